"""acl.util: pyACL's helpers for threads and memory addresses.

``start_thread(func, args)`` runs ``func(args)`` on a new thread and returns ``(thread_id, ret)``, where
``thread_id`` is that thread's pthread_t (what ``venc_set_channel_desc_thread_id`` and
``acl.rt.subscribe_report`` expect); ``stop_thread(thread_id)`` waits for it to return (the function must see its
own stop flag: Python cannot kill a thread). Addresses are ints.
"""

import ctypes
import threading

ACL_SUCCESS = 0
ACL_ERROR_INVALID_PARAM = 100000

_threads = {}
_lock = threading.Lock()


def start_thread(func, args):
    """``thread_id, ret = acl.util.start_thread(func, args)``: ``func(args)`` on a new (daemon) thread."""
    if not callable(func):
        raise TypeError(f"acl.util.start_thread(func): expected a callable, got {type(func).__name__}")
    t = threading.Thread(target=func, args=(args,), name="acl.util.start_thread", daemon=True)
    t.start()
    with _lock:
        _threads[t.ident] = t  # threading's ident is pthread_self() of the thread on POSIX
    return t.ident, ACL_SUCCESS


def stop_thread(thread_id):
    """``ret = acl.util.stop_thread(thread_id)``: wait for a thread made by start_thread to return."""
    with _lock:
        t = _threads.pop(thread_id, None)
    if t is None:
        return ACL_ERROR_INVALID_PARAM
    t.join()
    return ACL_SUCCESS


def bytes_to_ptr(data):
    """``ptr = acl.util.bytes_to_ptr(data)``: the address of a bytes object's own buffer (no copy; as in pyACL a
    C function may write into it, so keep ``data`` alive and do not share it)."""
    if not isinstance(data, bytes):
        raise TypeError(f"acl.util.bytes_to_ptr(data): expected bytes, got {type(data).__name__}")
    return ctypes.cast(ctypes.c_char_p(data), ctypes.c_void_p).value or 0


def ptr_to_bytes(ptr, size):
    """``data = acl.util.ptr_to_bytes(ptr, size)``: a copy of ``size`` bytes at address ``ptr``."""
    return ctypes.string_at(ptr, size)


def numpy_to_ptr(array):
    """``ptr = acl.util.numpy_to_ptr(array)``: the address of a C-contiguous numpy array's data (no copy)."""
    flags = getattr(array, "flags", None)
    if flags is None or not flags["C_CONTIGUOUS"]:
        raise TypeError("acl.util.numpy_to_ptr(array): expected a C-contiguous numpy array")
    return array.ctypes.data


def ptr_to_numpy(ptr, shape, np_type):
    """``array = acl.util.ptr_to_numpy(ptr, shape, np_type)``: a numpy view (no copy) of the memory at ``ptr``;
    ``np_type`` is a numpy type number (pyACL's convention, e.g. ``numpy.dtype('uint8').num``) or a dtype."""
    import numpy as np

    if isinstance(np_type, int):
        matches = [t for t in set(np.sctypeDict.values()) if np.dtype(t).num == np_type]
        if not matches:
            raise TypeError(f"acl.util.ptr_to_numpy(np_type): {np_type} is no numpy type number")
        dtype = np.dtype(matches[0])
    else:
        dtype = np.dtype(np_type)
    shape = (shape,) if isinstance(shape, int) else tuple(shape)
    count = 1
    for n in shape:
        count *= n
    buf = (ctypes.c_char * (count * dtype.itemsize)).from_address(ptr)
    return np.frombuffer(buf, dtype=dtype).reshape(shape)
