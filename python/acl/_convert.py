"""Dict <-> C struct conversion for acl.himpi, driven by the generated tables (generated/abi.py: MEMBERS, LAYOUT and
the ctypes classes); nothing here knows a struct's layout.

A dict's keys are the C member names; nested structs are nested dicts, arrays are lists, pointers are ints (0 is
NULL), and a pointer to an array of structs (``hi_venc_stream.pack``) is a list of dicts whose length is the
counting member (``pack_cnt``). Members left out are zero. A key that is no member raises KeyError, a value of the
wrong type TypeError, an integer the member cannot hold OverflowError; each names the member's path
(``attr.venc_attr.jpeg_attr.mpf_cfg.large_thumbnail_num``).

Members of one anonymous union overlap; ``to_struct`` accepts several of them only when they agree on the bytes
they share (so a dict returned by ``from_struct``, which holds every member, converts back unchanged).
"""

import ctypes
import functools
import operator
from collections.abc import Mapping

from .generated import abi


def check_layout():
    """Raise ImportError unless every generated ctypes class has the size, alignment and offsets of LAYOUT."""
    for name, (size, align, offsets) in abi.LAYOUT.items():
        cls = getattr(abi, name)
        got = (ctypes.sizeof(cls), ctypes.alignment(cls))
        if got != (size, align):
            raise ImportError(f"acl: ctypes lays out {name} as {got} (size, alignment); the ABI table says {(size, align)}")
        for member, offset in offsets.items():
            if getattr(cls, member).offset != offset:
                raise ImportError(f"acl: {name}.{member} is at offset {getattr(cls, member).offset}, not {offset}")


def _int_range(ctype):
    bits = 8 * ctypes.sizeof(ctype)
    if ctype(-1).value < 0:
        return -(1 << (bits - 1)), (1 << (bits - 1)) - 1
    return 0, (1 << bits) - 1


def _scalar(value, kind, ctype, c_type, path):
    """The Python value a scalar member of C type ``c_type`` stores, or the error naming ``path``."""
    if kind == "float":
        if isinstance(value, (bool, str, bytes)) or not isinstance(value, (int, float)) and not hasattr(value, "__float__"):
            raise TypeError(f"{path}: expected a number ({c_type}), got {type(value).__name__} {value!r}")
        return float(value)
    if kind == "ptr" and value is None:
        return None
    try:
        v = operator.index(value)
    except TypeError:
        what = "an int address (0 for NULL)" if kind == "ptr" else "an int"
        raise TypeError(f"{path}: expected {what} ({c_type}), got {type(value).__name__} {value!r}") from None
    if kind == "ptr":
        if not 0 <= v < 1 << (8 * ctypes.sizeof(ctypes.c_void_p)):
            raise OverflowError(f"{path}: {v} is no address ({c_type})")
        return v or None
    lo, hi = _int_range(ctype)
    if not lo <= v <= hi:
        raise OverflowError(f"{path}: {v} does not fit {c_type} [{lo}, {hi}]")
    return v


@functools.lru_cache(maxsize=None)
def _member_ctype(type_name, name):
    """The ctypes type of member ``name`` of ``type_name`` (looking inside its anonymous unions)."""
    cls = getattr(abi, type_name)
    fields = dict(cls._fields_)
    if name in fields:
        return fields[name]
    for union in getattr(cls, "_anonymous_", ()):
        inner = dict(fields[union]._fields_)
        if name in inner:
            return inner[name]
    raise KeyError(name)


@functools.lru_cache(maxsize=None)
def _members(type_name):
    return {m[0]: m for m in abi.MEMBERS[type_name]}


def _fill(obj, type_name, values, path, keep):
    if not isinstance(values, Mapping):
        raise TypeError(f"{path}: expected a dict ({type_name}), got {type(values).__name__} {values!r}")
    members = _members(type_name)
    for key in values:
        if key not in members:
            raise KeyError(
                f"{path}: {type_name} has no member {key!r}; its members: {', '.join(members)}"
            )
    unions = {}
    for key, value in values.items():
        member = members[key]
        if member[5] is not None:
            unions.setdefault(member[5], []).append(key)
    for keys in unions.values():
        if len(keys) > 1:
            _check_union_agrees(type_name, values, keys, path)
    for member in abi.MEMBERS[type_name]:
        name, c_type, kind, target, length, _union = member
        if name in values:
            _set(obj, type_name, member, values[name], f"{path}.{name}", keep, values)
    # A counted struct array given only by its count: the caller allocates it (pack_cnt entries, zeroed).
    for name, c_type, kind, target, length, _union in abi.MEMBERS[type_name]:
        if kind == "struct_ptr" and name not in values:
            count = getattr(obj, target[1])
            if count:
                arr = (getattr(abi, target[0]) * count)()
                keep.append(arr)
                setattr(obj, name, ctypes.addressof(arr))


def _set(obj, type_name, member, value, path, keep, siblings):
    name, c_type, kind, target, length, _union = member
    ctype = _member_ctype(type_name, name)
    if kind == "struct_ptr":
        struct_name, count_name = target
        if not isinstance(value, (list, tuple)):
            raise TypeError(f"{path}: expected a list of dicts ({struct_name}), got {type(value).__name__} {value!r}")
        if count_name in siblings and operator.index(siblings[count_name]) != len(value):
            raise ValueError(f"{path}: {len(value)} entries, but {count_name} is {siblings[count_name]}")
        arr = (getattr(abi, struct_name) * len(value))()
        for i, item in enumerate(value):
            _fill(arr[i], struct_name, item, f"{path}[{i}]", keep)
        keep.append(arr)
        setattr(obj, count_name, len(value))
        setattr(obj, name, ctypes.addressof(arr) if value else None)
        return
    if length:
        if isinstance(value, (str, bytes, Mapping)) or not hasattr(value, "__len__"):
            raise TypeError(f"{path}: expected a list of up to {length} ({c_type}), got {type(value).__name__} {value!r}")
        if len(value) > length:
            raise TypeError(f"{path}: {len(value)} entries, {c_type} holds {length}")
        arr = getattr(obj, name)
        for i, item in enumerate(value):
            if kind == "struct":
                _fill(arr[i], target, item, f"{path}[{i}]", keep)
            else:
                arr[i] = _scalar(item, kind, ctype._type_, c_type, f"{path}[{i}]")
        return
    if kind == "struct":
        _fill(getattr(obj, name), target, value, path, keep)
        return
    setattr(obj, name, _scalar(value, kind, ctype, c_type, path))


def _check_union_agrees(type_name, values, keys, path):
    """Several members of one anonymous union were given: they must agree on the bytes they share."""
    cls = getattr(abi, type_name)
    images = []
    for key in keys:
        alone = cls()
        _fill(alone, type_name, {key: values[key]}, path, [])
        field = getattr(cls, key)
        images.append((key, bytes(alone)[field.offset : field.offset + field.size]))
    first_key, first = images[0]
    for key, image in images[1:]:
        n = min(len(first), len(image))
        if first[:n] != image[:n]:
            raise TypeError(
                f"{path}: members {first_key!r} and {key!r} share a union and disagree; give only the one you mean"
            )


def to_struct(type_name, values, path=None):
    """A new ctypes ``type_name`` filled from the dict ``values`` (missing members zero).

    Arrays the struct points to are kept alive by the returned object (its ``_acl_keep`` attribute)."""
    obj = getattr(abi, type_name)()
    keep = []
    _fill(obj, type_name, values, path or type_name, keep)
    obj._acl_keep = keep
    return obj


def from_struct(obj, type_name):
    """The dict of a ctypes ``type_name``: every member, in declaration order (all members of each union)."""
    out = {}
    for name, c_type, kind, target, length, _union in abi.MEMBERS[type_name]:
        value = getattr(obj, name)
        if kind == "struct_ptr":
            struct_name, count_name = target
            count = getattr(obj, count_name)
            if not value or not count:
                out[name] = []
            else:
                arr = (getattr(abi, struct_name) * count).from_address(value)
                out[name] = [from_struct(arr[i], struct_name) for i in range(count)]
        elif length:
            if kind == "struct":
                out[name] = [from_struct(v, target) for v in value]
            else:
                out[name] = [(v or 0) if kind == "ptr" else v for v in value]
        elif kind == "struct":
            out[name] = from_struct(value, target)
        elif kind == "ptr":
            out[name] = value or 0
        else:
            out[name] = value
    return out
