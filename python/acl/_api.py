"""How a C function becomes a pyACL function: the naming and the calling convention, applied to the ABI table.

pyACL's convention (the vendor's Python API reference): handles and pointers are Python ints (0 is NULL); a
function whose C version writes out-parameters returns them followed by the error code, ``(value, ..., ret)``, and
takes only the other parameters; any other function returns what the C function returns (the error code, a
handle, a value). acl.himpi passes structs as dicts (acl/_convert.py).
"""

import ctypes
import re

from . import _convert, _lib
from .generated import abi


class NotProvided(NotImplementedError, AttributeError):
    """A pyACL function this package does not provide (an AttributeError too, so hasattr() is False)."""


def snake(name):
    """``SetChannelDescPicWidth`` -> ``set_channel_desc_pic_width``; ``ForceIFrame`` -> ``force_i_frame``."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()


def module_getattr(module, not_provided):
    """A module ``__getattr__`` that names ``module.<name>`` in a NotProvided error, with the reason when known."""

    def __getattr__(name):
        if name.startswith("__"):
            raise AttributeError(name)
        reason = not_provided.get(name, "it is outside what this package covers (the video encoder and what an "
                                        "encoder application calls around it)")
        raise NotProvided(f"{module}.{name} is not provided: {reason}")

    return __getattr__


def not_implemented(py_name, c_name):
    """A function that raises NotImplementedError naming ``py_name`` and why the emulated driver lacks it."""

    def fn(*_args, **_kwargs):
        raise NotImplementedError(
            f"{py_name} ({c_name}) is not provided: the emulated driver does not implement it "
            f"({abi.NOT_IMPLEMENTED[c_name]})"
        )

    fn.__name__ = py_name.rsplit(".", 1)[-1]
    fn.__doc__ = f"Not provided: {c_name} is not implemented by the emulated driver ({abi.NOT_IMPLEMENTED[c_name]})."
    return fn


def _c_arg(param, value, py_name):
    """Check a by-value argument the way ctypes would, but naming the parameter."""
    pname, c_type, ctype, _role, _pointee = param
    if value is None and ctype is ctypes.c_void_p:
        return None
    kind = "float" if ctype in (ctypes.c_float, ctypes.c_double) else "ptr" if ctype is ctypes.c_void_p else "int"
    return _convert._scalar(value, kind, ctype, c_type, f"{py_name}({pname})")


def wrap(c_name, py_name, struct_roles=None):
    """The pyACL function ``py_name`` for C function ``c_name``.

    Parameters with role "out" are dropped from the Python signature and returned before ``ret``; "struct_in"
    parameters take a dict; "struct_out" parameters are returned as dicts, unless ``struct_roles`` maps the
    parameter to "in" (a dict the function reads through a non-const pointer) or "inout" (a dict passed in and
    returned as the function left it)."""
    _library, _family, restype, params, ret_c_type = abi.FUNCTIONS[c_name]
    struct_roles = struct_roles or {}
    roles = []
    for p in params:
        role = p[3]
        if role == "struct_out":
            role = {"in": "struct_in", "inout": "struct_inout"}.get(struct_roles.get(p[0]), role)
        roles.append(role)
    inputs = [p for p, r in zip(params, roles) if r in ("in", "struct_in", "struct_inout")]
    has_outs = any(r in ("out", "struct_out", "struct_inout") for r in roles)
    pointer_ret = restype is ctypes.c_void_p

    def fn(*args):
        if len(args) != len(inputs):
            names = ", ".join(p[0] for p in inputs)
            raise TypeError(f"{py_name}({names}) takes {len(inputs)} arguments, {len(args)} given")
        it = iter(args)
        c_args, outs, keep = [], [], []
        for p, role in zip(params, roles):
            if role == "in":
                c_args.append(_c_arg(p, next(it), py_name))
            elif role == "out":
                cell = p[4]()
                outs.append(("scalar", cell, None))
                c_args.append(ctypes.addressof(cell))
            else:
                arg = next(it) if role in ("struct_in", "struct_inout") else {}
                obj = _convert.to_struct(p[4], arg, f"{py_name}({p[0]})")
                keep.append(obj)
                if role != "struct_in":
                    outs.append(("struct", obj, p[4]))
                c_args.append(ctypes.addressof(obj))
        result = _lib.call(c_name, *c_args)
        if pointer_ret:
            result = result or 0
        if not has_outs:
            return result
        values = [
            (cell.value or 0) if isinstance(cell, ctypes.c_void_p) else cell.value if kind == "scalar"
            else _convert.from_struct(cell, struct)
            for kind, cell, struct in outs
        ]
        return (*values, result)

    fn.__name__ = py_name.rsplit(".", 1)[-1]
    sig = ", ".join(p[0] for p in inputs)
    out_names = [p[0] for p, r in zip(params, roles) if r in ("out", "struct_out", "struct_inout")]
    returns = f"({', '.join(out_names)}, ret)" if has_outs else ("ret" if ret_c_type in ("aclError", "hi_s32") else ret_c_type)
    fn.__doc__ = f"{py_name}({sig}) -> {returns}: calls {c_name}."
    return fn


def export(namespace, module, c_prefix, py_prefix, families, renames=None, skip=()):
    """Define in ``namespace`` the pyACL function of every C function of ``families`` whose name starts with
    ``c_prefix``: ``py_prefix`` + the snake-cased rest, or as ``renames`` says; except those in ``skip`` (defined by
    hand). Functions the emulated driver does not implement raise NotImplementedError. Returns {py name: C name}."""
    renames = renames or {}
    made = {}
    for c_name, (_lib_name, family, *_rest) in abi.FUNCTIONS.items():
        if family not in families or not c_name.startswith(c_prefix):
            continue
        py = renames.get(c_name) or py_prefix + snake(c_name[len(c_prefix):])
        made[py] = c_name
        if c_name in skip:
            continue
        qual = f"{module}.{py}"
        namespace[py] = not_implemented(qual, c_name) if c_name in abi.NOT_IMPLEMENTED else wrap(c_name, qual)
    return made
