"""aclvenc_video: batches of RGB frames to an MP4 file through the Ascend video encoder (the acl package).

The Ascend analogue of CV-CUDA's ``VideoBatchEncoder`` sample: ``VideoBatchEncoder(path, fps)(batch)`` takes
batches of RGB frames (numpy ``uint8`` arrays shaped ``(N, H, W, 3)``; torch tensors too), converts them to NV12
with an explicit BT.601 or BT.709 matrix (``rgb_to_nv12``), encodes them with ``acl.media.venc_*`` (V1, the
callback flow) or ``acl.himpi.venc_*`` (V2, get/release stream), and writes the H.264/H.265 packets into an MP4
with PyAV; ``join()`` ends the stream, writes what is left and closes the file.
"""

from .batch_encoder import VideoBatchEncoder
from .colour import MATRICES, rgb_to_nv12

__all__ = ["VideoBatchEncoder", "rgb_to_nv12", "MATRICES"]
