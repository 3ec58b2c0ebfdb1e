"""acl.rt: the runtime functions an encoder application calls (libascendcl.so).

Provided: set_device, reset_device, get_device_count, create_context, destroy_context, set_context,
get_context, create_stream, destroy_stream, synchronize_stream, get_run_mode, malloc, free, malloc_host,
free_host, memcpy, subscribe_report, unsubscribe_report, process_report, launch_callback. Values out are returned
before ``ret``: ``context, ret = acl.rt.create_context(0)``; pointers and handles are ints.
"""

import ctypes
import itertools
import threading

from . import _api, _lib
from .generated import abi

PROVIDED = _api.export(
    globals(),
    "acl.rt",
    "aclrt",
    "",
    ("acl-runtime", "acl-runtime-extra"),
    renames={
        "aclrtSetCurrentContext": "set_context",
        "aclrtGetCurrentContext": "get_context",
        "aclrtUnSubscribeReport": "unsubscribe_report",
        "aclrtGetSocName": "get_soc_name",
    },
    skip=("aclrtLaunchCallback", "aclrtGetSocName"),
)
del PROVIDED["get_soc_name"]  # acl.get_soc_name

_pending_lock = threading.Lock()
_pending = {}
_tokens = itertools.count(1)


def _run_launched(token):
    with _pending_lock:
        _thunk, fn, data = _pending.pop(token)
    fn(data)


_launched_trampoline = abi.aclrtCallback(_run_launched)


def launch_callback(fn, user_data, block_type, stream):
    """``ret = acl.rt.launch_callback(fn, user_data, block_type, stream)``: aclrtLaunchCallback. ``fn(user_data)``
    runs once, on the thread subscribed to ``stream`` (inside its ``acl.rt.process_report``)."""
    if not callable(fn):
        raise TypeError(f"acl.rt.launch_callback(fn): expected a callable, got {type(fn).__name__}")
    token = next(_tokens)
    with _pending_lock:
        _pending[token] = (None, fn, user_data)
    ret = _lib.call("aclrtLaunchCallback", ctypes.cast(_launched_trampoline, ctypes.c_void_p).value, token,
                    block_type, stream)
    if ret != 0:
        with _pending_lock:
            _pending.pop(token, None)
    return ret


PROVIDED["launch_callback"] = "aclrtLaunchCallback"

__getattr__ = _api.module_getattr(
    "acl.rt",
    {
        "create_event": "events are outside what an encoder application needs here (no aclrt*Event in the ABI table)",
        "memset": "aclrtMemset is not in the ABI table",
        "memcpy_async": "aclrtMemcpyAsync is not in the ABI table",
    },
)
