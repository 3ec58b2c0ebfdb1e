"""acl.himpi: media V2 (libacl_dvpp_mpi.so): the ``venc_*`` encoder functions, the ``sys_*`` system and epoll
functions and ``dvpp_malloc``/``dvpp_free``, with structs as dicts keyed by the C member names (nested dicts for
nested structs, lists for arrays; see acl/_convert.py).

As in pyACL: ``attr`` dicts go in (``venc_create_chn(chn, attr)``); structs a function fills come back before
``ret`` (``status, ret = venc_query_status(chn)``, ``param, ret = venc_get_jpeg_param(chn)``);
``stream, ret = venc_get_stream(chn, {'pack_cnt': n}, milli_sec)`` returns the stream with ``stream['pack']`` a
list of n pack dicts, and ``venc_release_stream(chn, stream)`` takes that dict back;
``events, event_num, ret = sys_wait_epoll(epoll_fd, max_events, timeout)``; ``sys_ctl_epoll(epoll_fd, op, fd,
event)`` takes the event dict; ``epoll_fd, ret = sys_create_epoll(size)``; ``ptr, ret = dvpp_malloc(dev_id,
size)``; ``fd = venc_get_fd(chn)``. Functions the emulated driver does not implement raise NotImplementedError.
"""

import ctypes
import threading

from . import _api, _convert, _lib
from .generated import abi

_HAND_MADE = ("hi_mpi_venc_get_stream", "hi_mpi_venc_release_stream", "hi_mpi_sys_wait_epoll", "hi_mpi_sys_ctl_epoll")

PROVIDED = _api.export(globals(), "acl.himpi", "hi_mpi_", "", ("hi_mpi_venc", "hi_mpi_sys", "hi_mpi_dvpp"),
                       skip=_HAND_MADE)

sys_ctl_epoll = _api.wrap("hi_mpi_sys_ctl_epoll", "acl.himpi.sys_ctl_epoll", {"event": "in"})

_lock = threading.Lock()
# (chn, seq, address of the first pack) -> the hi_venc_stream get_stream filled (its pack array is what the driver
# and the shim know the stream by, so release_stream passes that same array back).
_streams = {}


def _stream_key(chn, stream):
    packs = stream.get("pack") or []
    first = packs[0].get("addr", 0) if packs and isinstance(packs[0], dict) else 0
    return chn, stream.get("seq", 0), first


def venc_get_stream(chn, stream, milli_sec):
    """``stream, ret = acl.himpi.venc_get_stream(chn, stream, milli_sec)``: ``stream`` gives ``pack_cnt`` (the
    ``cur_packs`` of venc_query_status); the result holds ``pack``, a list of that many pack dicts."""
    obj = _convert.to_struct("hi_venc_stream", stream, "acl.himpi.venc_get_stream(stream)")
    ret = _lib.call("hi_mpi_venc_get_stream", chn, ctypes.addressof(obj), milli_sec)
    out = _convert.from_struct(obj, "hi_venc_stream")
    if ret == 0:
        with _lock:
            _streams[_stream_key(chn, out)] = obj
    return out, ret


def venc_release_stream(chn, stream):
    """``ret = acl.himpi.venc_release_stream(chn, stream)``: hands back a stream dict from venc_get_stream."""
    obj = _convert.to_struct("hi_venc_stream", stream, "acl.himpi.venc_release_stream(stream)")
    with _lock:
        got = _streams.pop(_stream_key(chn, stream), None)
    if got is not None and got.pack_cnt == obj.pack_cnt:
        ctypes.memmove(got.pack, obj.pack, ctypes.sizeof(abi.hi_venc_pack) * obj.pack_cnt)
        obj.pack = got.pack
        obj._acl_keep.append(got)
    ret = _lib.call("hi_mpi_venc_release_stream", chn, ctypes.addressof(obj))
    if ret != 0 and got is not None:
        with _lock:
            _streams.setdefault(_stream_key(chn, stream), got)
    return ret


def sys_wait_epoll(epoll_fd, max_events, timeout):
    """``events, event_num, ret = acl.himpi.sys_wait_epoll(epoll_fd, max_events, timeout)``: ``events`` is a list
    of ``event_num`` event dicts (``{'events': ..., 'data': ...}``)."""
    count = max(int(max_events), 0)
    events = (abi.hi_dvpp_epoll_event * max(count, 1))()
    num = ctypes.c_int32()
    ret = _lib.call("hi_mpi_sys_wait_epoll", epoll_fd, ctypes.addressof(events), max_events, timeout,
                    ctypes.addressof(num))
    got = min(num.value, count) if ret == 0 else 0
    return [_convert.from_struct(events[i], "hi_dvpp_epoll_event") for i in range(got)], num.value, ret


__getattr__ = _api.module_getattr(
    "acl.himpi",
    {
        "vdec_create_chn": "the V2 video decoder (hi_mpi_vdec_*) is outside this package, which covers the encoder",
        "vpc_create_chn": "VPC (hi_mpi_vpc_*) is outside this package, which covers the encoder",
    },
)
