"""The vendor documentation's two pyACL flows (python/tests/seeds/, copied from shared/seeds/ with every change
marked) run under aclvenc-check: no finding, no leak, every C call seen by the shim, outputs ffprobe decodes."""

import os
import subprocess
import unittest

from .support import CheckedRunCase, Run, clip, ffprobe, out_dir

SEEDS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "seeds")


class SeedFlows(CheckedRunCase):
    def test_v1_venc_flow(self):
        path, width, height, _frames = clip()
        out = os.path.join(out_dir("seed_v1"), "output.h265")
        run = Run("seed_v1", [os.path.join(SEEDS, "venc_v1_seed.py"), path, str(width), str(height), out])
        self.assertClean(run)
        self.assertShimSawEveryCall(run)
        info = ffprobe(out)
        # The page sends its one picture 16 times.
        self.assertEqual((info["codec_name"], info["width"], info["height"], int(info["nb_read_frames"])),
                         ("hevc", width, height, 16), run.log)
        self.assertEqual(run.report["channels"][0]["outputs"], 16)

    def test_v2_jpege_flow(self):
        path, width, height, _frames = clip()
        work = out_dir("seed_v2")
        picture = os.path.join(work, "input_128x128.nv12")
        # The page encodes a 128x128 NV12 picture: the clip's first frame, scaled.
        subprocess.run(["ffmpeg", "-v", "error", "-y", "-f", "rawvideo", "-pix_fmt", "nv12", "-s",
                        f"{width}x{height}", "-i", path, "-frames:v", "1", "-vf", "scale=128:128", "-f", "rawvideo",
                        "-pix_fmt", "nv12", picture], check=True)
        out = os.path.join(work, "output.jpg")
        if os.path.exists(out):
            os.remove(out)
        run = Run("seed_v2", [os.path.join(SEEDS, "jpege_v2_seed.py"), picture, out])
        self.assertClean(run)
        self.assertShimSawEveryCall(run)
        info = ffprobe(out)
        self.assertEqual((info["codec_name"], info["width"], info["height"], int(info["nb_read_frames"])),
                         ("mjpeg", 128, 128, 1), run.log)


class GlobalScope(CheckedRunCase):
    """Why the acl package resolves through the global scope: through a library's own handle, the preloaded shim
    never sees the call. (The control that makes assertShimSawEveryCall meaningful.)"""

    def test_handle_lookup_bypasses_the_shim_and_global_lookup_does_not(self):
        program = os.path.join(out_dir("scope"), "scope.py")
        with open(program, "w", encoding="utf-8") as f:
            f.write(
                "import ctypes, acl\n"
                "from acl import _lib\n"
                "mode = ctypes.c_int()\n"
                "assert acl.rt.get_run_mode()[1] == 0\n"  # through the global scope: counted
                "ctypes.CDLL('libascendcl.so').aclrtGetRunMode(ctypes.byref(mode))\n"  # through the handle
                "ctypes.CDLL('libascendcl.so').aclrtGetRunMode(ctypes.byref(mode))\n"
            )
        run = Run("scope", [program])
        self.assertClean(run)
        self.assertEqual(run.report["calls"].get("aclrtGetRunMode"), 1, run.log)
        self.assertShimSawEveryCall(run)


if __name__ == "__main__":
    unittest.main()
