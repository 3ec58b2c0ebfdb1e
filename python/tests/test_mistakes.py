"""One deliberate mistake per run (python/tests/mistakes.py) under aclvenc-check: the shim reports exactly its
rule, and nothing leaks."""

import os
import unittest

from .support import CheckedRunCase, Run, clip

MISTAKES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "mistakes.py")


class Mistakes(CheckedRunCase):
    def run_mistake(self, mistake):
        path, width, height, _frames = clip()
        run = Run(f"mistake_{mistake}", [MISTAKES, mistake, path, str(width), str(height)])
        self.assertRan(run)
        self.assertEqual(run.leaks(), [], run.log)
        self.assertShimSawEveryCall(run)
        return run

    def test_frame_after_eos_is_VENC_SEND_AFTER_EOS(self):
        run = self.run_mistake("frame-after-eos")
        self.assertEqual(run.rules(), ["VENC-SEND-AFTER-EOS"], run.log)
        self.assertEqual(len(run.report["findings"]), 1, run.log)

    def test_unreleased_stream_is_MPI_DESTROY_UNRELEASED(self):
        run = self.run_mistake("unreleased-stream")
        self.assertEqual(run.rules(), ["MPI-DESTROY-UNRELEASED"], run.log)
        self.assertEqual(len(run.report["findings"]), 1, run.log)


if __name__ == "__main__":
    unittest.main()
