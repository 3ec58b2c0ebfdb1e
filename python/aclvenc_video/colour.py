"""RGB -> NV12 with an explicit colour matrix, vectorised with numpy.

NV12 here is "limited" (studio) range, as video encoders expect: Y in [16, 235], Cb/Cr in [16, 240]; the chroma of
each 2x2 block of pixels is the mean of the block's four chroma values (centred siting).
"""

import numpy as np

# Kr, Kb of each matrix (ITU-R BT.601 and BT.709); Kg = 1 - Kr - Kb.
MATRICES = {"bt601": (0.299, 0.114), "bt709": (0.2126, 0.0722)}


def _rgb_to_ycbcr_matrix(matrix):
    try:
        kr, kb = MATRICES[matrix]
    except KeyError:
        raise ValueError(f"rgb_to_nv12: matrix must be one of {sorted(MATRICES)}, got {matrix!r}") from None
    kg = 1.0 - kr - kb
    y = np.array([kr, kg, kb])
    cb = (np.array([0.0, 0.0, 1.0]) - y) / (2.0 * (1.0 - kb))
    cr = (np.array([1.0, 0.0, 0.0]) - y) / (2.0 * (1.0 - kr))
    # From 0..255 RGB to limited-range 8-bit Y'CbCr.
    return (np.stack([y * 219.0, cb * 224.0, cr * 224.0]) / 255.0).astype(np.float32)


def rgb_to_nv12(rgb, matrix="bt601"):
    """NV12 frames from RGB ones.

    ``rgb``: uint8 array ``(N, H, W, 3)`` (or ``(H, W, 3)``), H and W even. ``matrix``: ``"bt601"`` or
    ``"bt709"``. Returns uint8 ``(N, H * 3 // 2, W)``: per frame the H rows of Y, then H/2 rows of interleaved
    Cb, Cr (the NV12 layout, no row padding)."""
    rgb = np.asarray(rgb)
    single = rgb.ndim == 3
    if single:
        rgb = rgb[None]
    if rgb.ndim != 4 or rgb.shape[-1] != 3 or rgb.dtype != np.uint8:
        raise ValueError(f"rgb_to_nv12: expected uint8 (N, H, W, 3), got {rgb.dtype} {rgb.shape}")
    n, h, w, _ = rgb.shape
    if h % 2 or w % 2:
        raise ValueError(f"rgb_to_nv12: width and height must be even for NV12, got {w}x{h}")
    m = _rgb_to_ycbcr_matrix(matrix)
    ycc = rgb.astype(np.float32) @ m.T  # (N, H, W, 3): Y-16, Cb-128, Cr-128
    out = np.empty((n, h * 3 // 2, w), dtype=np.uint8)
    out[:, :h] = np.clip(np.rint(ycc[..., 0] + 16.0), 0, 255)
    chroma = ycc[..., 1:].reshape(n, h // 2, 2, w // 2, 2, 2).mean(axis=(2, 4))  # (N, H/2, W/2, 2)
    out[:, h:] = np.clip(np.rint(chroma + 128.0), 0, 255).reshape(n, h // 2, w)
    return out[0] if single else out
