"""acl.media: the media V1 video encoder (all 38 ``venc_*`` functions) and the ``dvpp_*`` picture/stream
description and DVPP memory functions (libacl_dvpp.so).

As in pyACL: ``venc_set_channel_desc_callback(desc, callback)`` takes a Python callable, called as
``callback(input_pic_desc, output_stream_desc, user_data)`` on the thread given to
``venc_set_channel_desc_thread_id`` while it is inside ``acl.rt.process_report(timeout)``; ``user_data`` is the
Python object given to ``venc_send_frame`` (None for None or 0). ``venc_set_channel_desc_param`` /
``venc_get_channel_desc_param`` take and return the value itself (its C type follows the parameter's name:
``..._UINT32``, ``..._UINT64``, ``..._PTR``; ``ACL_VENC_CALLBACK_PTR`` takes a callable). Getters return the value;
``dvpp_malloc(size)`` returns ``(ptr, ret)``.
"""

import ctypes
import itertools
import threading

from . import _api, _lib
from .generated import abi

_HAND_MADE = (
    "aclvencSetChannelDescCallback",
    "aclvencGetChannelDescCallback",
    "aclvencSetChannelDescParam",
    "aclvencGetChannelDescParam",
    "aclvencSendFrame",
    "aclvencDestroyChannel",
    "aclvencDestroyChannelDesc",
)
_RENAMES = {
    "aclvencSetChannelDescEnType": "venc_set_channel_desc_entype",
    "aclvencGetChannelDescEnType": "venc_get_channel_desc_entype",
}

PROVIDED = _api.export(globals(), "acl.media", "aclvenc", "venc_", ("aclvenc",), _RENAMES, _HAND_MADE)
PROVIDED.update(_api.export(globals(), "acl.media", "acldvpp", "dvpp_", ("acldvpp-support",)))

_lock = threading.Lock()
# channel desc -> (Python callback, its C thunk): kept alive until the desc is destroyed.
_callbacks = {}
# user-data token (the void * the driver hands back) -> (channel desc, Python object).
_user_data = {}
_tokens = itertools.count(1)


def _take_user_data(token):
    if not token:
        return None
    with _lock:
        entry = _user_data.pop(token, None)
    return None if entry is None else entry[1]


def _thunk_for(desc, callback):
    """The C function pointer (int) that calls ``callback`` for channel desc ``desc``; kept alive with the desc."""
    if not callable(callback):
        raise TypeError(f"acl.media: the channel callback must be callable, got {type(callback).__name__}")

    def trampoline(input_pic_desc, output_stream_desc, user_data):
        callback(input_pic_desc or 0, output_stream_desc or 0, _take_user_data(user_data))

    thunk = abi.aclvencCallback(trampoline)
    with _lock:
        _callbacks[desc] = (callback, thunk)
    return ctypes.cast(thunk, ctypes.c_void_p).value


def _python_callback(desc, address):
    """The Python callable behind C function pointer ``address`` of ``desc`` (the address itself if foreign)."""
    if not address:
        return None
    with _lock:
        entry = _callbacks.get(desc)
    if entry is not None and ctypes.cast(entry[1], ctypes.c_void_p).value == address:
        return entry[0]
    return address


def venc_set_channel_desc_callback(venc_channel_desc, callback):
    """``ret = acl.media.venc_set_channel_desc_callback(desc, callback)``: aclvencSetChannelDescCallback with a
    Python callable ``callback(input_pic_desc, output_stream_desc, user_data)``."""
    return _lib.call("aclvencSetChannelDescCallback", venc_channel_desc, _thunk_for(venc_channel_desc, callback))


def venc_get_channel_desc_callback(venc_channel_desc):
    """``callback = acl.media.venc_get_channel_desc_callback(desc)``: the Python callable set on ``desc``."""
    return _python_callback(venc_channel_desc, _lib.call("aclvencGetChannelDescCallback", venc_channel_desc))


def _param_ctype(param_type):
    """The C type of channel desc parameter ``param_type``, from its enum name (``ACL_VENC_SRC_RATE_UINT32``)."""
    for name, value in abi.ENUMS["aclvencChannelDescParamType"].items():
        if value == param_type:
            if name.endswith("_UINT64"):
                return name, ctypes.c_uint64
            if name.endswith("_PTR"):
                return name, ctypes.c_void_p
            return name, ctypes.c_uint32
    return None, ctypes.c_uint32


def venc_set_channel_desc_param(venc_channel_desc, param_type, value):
    """``ret = acl.media.venc_set_channel_desc_param(desc, param_type, value)``: aclvencSetChannelDescParam."""
    name, ctype = _param_ctype(param_type)
    if name == "ACL_VENC_CALLBACK_PTR":
        value = _thunk_for(venc_channel_desc, value)
    cell = ctype(_api._c_arg(("value", name or "uint32_t", ctype, "in", None), value,
                             "acl.media.venc_set_channel_desc_param"))
    return _lib.call("aclvencSetChannelDescParam", venc_channel_desc, param_type, ctypes.sizeof(cell),
                     ctypes.addressof(cell))


def venc_get_channel_desc_param(venc_channel_desc, param_type):
    """``value, ret = acl.media.venc_get_channel_desc_param(desc, param_type)``: aclvencGetChannelDescParam."""
    name, ctype = _param_ctype(param_type)
    cell, ret_size = ctype(), ctypes.c_size_t()
    ret = _lib.call("aclvencGetChannelDescParam", venc_channel_desc, param_type, ctypes.sizeof(cell),
                    ctypes.addressof(ret_size), ctypes.addressof(cell))
    value = cell.value or 0
    if name == "ACL_VENC_CALLBACK_PTR":
        value = _python_callback(venc_channel_desc, value)
    return value, ret


def venc_send_frame(venc_channel_desc, input, reserve, config, userdata):  # noqa: A002 (pyACL's name)
    """``ret = acl.media.venc_send_frame(desc, input, reserve, config, userdata)``: aclvencSendFrame; ``userdata``
    (any Python object) reaches the channel callback."""
    token = None
    if userdata is not None and not (isinstance(userdata, int) and userdata == 0):
        token = next(_tokens)
        with _lock:
            _user_data[token] = (venc_channel_desc, userdata)
    ret = _lib.call("aclvencSendFrame", venc_channel_desc, input or None, reserve or None, config or None, token)
    if ret != 0 and token is not None:
        _take_user_data(token)
    return ret


def venc_destroy_channel(venc_channel_desc):
    """``ret = acl.media.venc_destroy_channel(desc)``: aclvencDestroyChannel (waits for the channel's callbacks)."""
    ret = _lib.call("aclvencDestroyChannel", venc_channel_desc)
    if ret == 0:
        with _lock:
            for token in [t for t, (d, _) in _user_data.items() if d == venc_channel_desc]:
                del _user_data[token]
    return ret


def venc_destroy_channel_desc(venc_channel_desc):
    """``ret = acl.media.venc_destroy_channel_desc(desc)``: aclvencDestroyChannelDesc; drops its callback."""
    ret = _lib.call("aclvencDestroyChannelDesc", venc_channel_desc)
    if ret == 0:
        with _lock:
            _callbacks.pop(venc_channel_desc, None)
    return ret


__getattr__ = _api.module_getattr(
    "acl.media",
    {
        "vdec_create_channel": "the video decoder (vdec_*) is outside this package, which covers the encoder",
        "dvpp_vpc_resize_async": "VPC image processing is outside this package, which covers the encoder",
        "dvpp_jpeg_encode_async": "JPEG encoding through V1 (acldvppJpegEncodeAsync) is not in the ABI table; "
                                  "use acl.himpi (V2)",
    },
)
