"""aclvenc_video.VideoBatchEncoder through examples/encode_clip.py under aclvenc-check, on the test clip (V1 and V2,
BT.601 and BT.709): no finding, no leak, and an MP4 with every frame, the right duration and >= 35 dB PSNR
against the source RGB frames."""

import math
import os
import unittest

import numpy as np

from .support import CheckedRunCase, Run, ffprobe, need, out_dir

EXAMPLE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "examples", "encode_clip.py")
FRAMES = 60


def rgb_frames(path, frames, colorspace=None):
    """The first ``frames`` frames of ``path`` as RGB arrays (YUV -> RGB with ``colorspace``, libswscale's)."""
    import av

    out = []
    with av.open(path) as container:
        for frame in container.decode(video=0):
            if colorspace is not None:
                frame = frame.reformat(format="rgb24", src_colorspace=colorspace, src_color_range="MPEG")
            out.append(frame.to_ndarray(format="rgb24"))
            if len(out) == frames:
                break
    return np.stack(out)


def psnr(a, b):
    mse = np.mean((a.astype(np.float64) - b.astype(np.float64)) ** 2)
    return math.inf if mse == 0 else 10 * math.log10(255.0**2 / mse)


class BatchEncoder(CheckedRunCase):
    def encode(self, name, api, codec, matrix, colorspace):
        source = need("ACLVENC_CLIP_AVI")
        mp4 = os.path.join(out_dir(name), "out.mp4")
        run = Run(name, [EXAMPLE, source, mp4, "--frames", str(FRAMES), "--batch", "16", "--api", api, "--codec",
                         codec, "--matrix", matrix])
        self.assertClean(run)
        self.assertShimSawEveryCall(run)
        self.assertEqual(run.report["channels"][0]["frames_sent"], FRAMES)
        info = ffprobe(mp4)
        self.assertEqual((info["width"], info["height"], int(info["nb_read_frames"])), (768, 576, FRAMES), run.log)
        fps = 10  # vtest.avi
        self.assertAlmostEqual(float(info["duration"]), FRAMES / fps, places=2)
        if codec == "h265":
            # The MP4's colr box (ffprobe shows it for HEVC; for H.264 it shows the bitstream's, which the encoder
            # does not signal).
            self.assertEqual(info.get("color_space"), {"bt601": "smpte170m", "bt709": "bt709"}[matrix], run.log)
        got = rgb_frames(mp4, FRAMES, colorspace)
        want = rgb_frames(source, FRAMES)
        self.assertEqual(got.shape, want.shape)
        quality = psnr(got, want)
        print(f"{name}: PSNR {quality:.2f} dB over {FRAMES} frames")
        self.assertGreaterEqual(quality, 35.0)
        return quality

    def test_media_v1_h265_bt601(self):
        self.encode("batch_v1_h265_bt601", "media", "h265", "bt601", "ITU601")

    def test_himpi_v2_h264_bt709(self):
        self.encode("batch_v2_h264_bt709", "himpi", "h264", "bt709", "ITU709")

    def test_himpi_v2_h265_bt709(self):
        self.encode("batch_v2_h265_bt709", "himpi", "h265", "bt709", "ITU709")


if __name__ == "__main__":
    unittest.main()
