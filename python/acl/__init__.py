"""acl: a pyACL-compatible module for the Ascend video encoder, over the vendor C libraries (ctypes).

The subset of pyACL an encoder application uses, with pyACL's names and calling conventions (see acl/_api.py):

- ``acl.init``, ``acl.finalize``, ``acl.get_soc_name``;
- ``acl.rt``: devices, contexts, streams, run mode, memory (device and host), memcpy, report subscription and
  processing, launch_callback, synchronize_stream;
- ``acl.media``: all 38 ``venc_*`` functions (media V1) and the ``dvpp_*`` picture/stream description and memory
  functions;
- ``acl.himpi``: the ``venc_*`` (media V2), ``sys_*`` and ``dvpp_*`` functions, structs as dicts keyed by member;
- ``acl.util``: start_thread/stop_thread, bytes_to_ptr, ptr_to_bytes, numpy_to_ptr, ptr_to_numpy.

Every call reaches the C symbol through the process's global scope, so a preloaded aclvenc-shim sees it
(``aclvenc-check -- python3 app.py``). Anything else pyACL has raises NotImplementedError naming it.
"""

from . import _api, _convert, _lib

_convert.check_layout()

from . import himpi, media, rt, util  # noqa: E402  (after the layout check)


def init(config_path=None):
    """``ret = acl.init(config_path=None)``: aclInit; ``config_path`` is a JSON file path or None."""
    return _lib.call("aclInit", None if config_path is None else str(config_path).encode())


def finalize():
    """``ret = acl.finalize()``: aclFinalize."""
    return _lib.call("aclFinalize")


def get_soc_name():
    """``name = acl.get_soc_name()``: aclrtGetSocName, the chip name (``"Ascend310P3"``), or None."""
    name = _lib.call("aclrtGetSocName")
    return None if name is None else name.decode()


__getattr__ = _api.module_getattr(
    "acl",
    {
        "mdl": "model inference is outside this package (it covers the video encoder)",
        "op": "single-operator execution is outside this package (it covers the video encoder)",
        "prof": "profiling is outside this package",
    },
)
