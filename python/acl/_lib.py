"""Loading the vendor libraries and calling their C functions through the process's global symbol scope.

The three libraries (libascendcl.so, libacl_dvpp.so, libacl_dvpp_mpi.so) are loaded with RTLD_GLOBAL, found the
way the dynamic loader finds a linked library (LD_LIBRARY_PATH, which the toolkit's set_env.sh and aclvenc-check
set, then the loader's cache), with $ASCEND_TOOLKIT_HOME/runtime/lib64 and $ASCEND_HOME_PATH/runtime/lib64 as the
last places. Every function is then looked up in the global scope (``ctypes.CDLL(None)``, i.e. dlsym(RTLD_DEFAULT)),
as pyACL's own C extension, linked against those libraries, resolves them: so a preloaded library that defines the
same symbols (LD_PRELOAD=libaclvenc_shim.so, or ``aclvenc-check -- python3 app.py``) sees every call. Looking a
function up through a library's own handle (``ctypes.CDLL(path).fn``) would bypass the preloaded shim entirely.

``calls()`` counts every C call made through this module, by C name; with ACL_PY_CALL_COUNTS=PATH set, the counts
are written to PATH as JSON when the interpreter exits (the tests compare them with the shim's report).
"""

import atexit
import collections
import ctypes
import json
import os
import threading

from .generated import abi

LIBRARIES = ("libascendcl.so", "libacl_dvpp.so", "libacl_dvpp_mpi.so")

_lock = threading.Lock()
_handles = []
_global = None
_functions = {}
_counts = collections.Counter()
_count_lock = threading.Lock()


def _load_one(name):
    """dlopen ``name`` RTLD_GLOBAL: by bare name first (the loader's search), then in the toolkit's lib64."""
    mode = ctypes.RTLD_GLOBAL | os.RTLD_NOW
    errors = []
    try:
        return ctypes.CDLL(name, mode=mode)
    except OSError as e:
        errors.append(str(e))
    for var in ("ASCEND_TOOLKIT_HOME", "ASCEND_HOME_PATH"):
        home = os.environ.get(var)
        if home:
            path = os.path.join(home, "runtime", "lib64", name)
            try:
                return ctypes.CDLL(path, mode=mode)
            except OSError as e:
                errors.append(str(e))
    raise ImportError(
        f"acl: cannot load {name} ({'; '.join(errors)}); source the toolkit's set_env.sh "
        "(for the emulated toolkit: scripts/emu-prefix.sh PREFIX && . PREFIX/set_env.sh) or run under aclvenc-check"
    )


def _scope():
    global _global
    if _global is None:
        with _lock:
            if _global is None:
                for name in LIBRARIES:
                    _handles.append(_load_one(name))
                _global = ctypes.CDLL(None)
    return _global


def function(name):
    """The C function ``name`` from the global scope, typed from the ABI table (FUNCTIONS in generated/abi.py)."""
    fn = _functions.get(name)
    if fn is None:
        library, _family, restype, params, _ret = abi.FUNCTIONS[name]
        try:
            fn = getattr(_scope(), name)
        except AttributeError:
            raise NotImplementedError(f"{name} is not exported by the loaded {library}") from None
        fn.restype = restype
        fn.argtypes = [p[2] for p in params]
        _functions[name] = fn
    return fn


def call(name, *args):
    """Call C function ``name`` with ``args`` (ctypes converts ints, None and ctypes objects); counted."""
    fn = _functions.get(name) or function(name)
    with _count_lock:
        _counts[name] += 1
    return fn(*args)


def calls():
    """How many times each C function was called through this package so far: {C name: count}."""
    with _count_lock:
        return dict(_counts)


def _write_counts(path):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(calls(), f, indent=1, sort_keys=True)


if os.environ.get("ACL_PY_CALL_COUNTS"):
    atexit.register(_write_counts, os.environ["ACL_PY_CALL_COUNTS"])
