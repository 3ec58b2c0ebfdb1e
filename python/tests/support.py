"""What the tests share: their inputs (from the environment python/CMakeLists.txt sets; a missing one fails the
test), running a Python program under aclvenc-check, and probing outputs with ffprobe."""

import json
import os
import subprocess
import sys
import unittest

PYTHON_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def need(var):
    """The value of environment variable ``var``; fails the calling test when it is unset or names no file."""
    value = os.environ.get(var)
    if not value:
        raise AssertionError(f"{var} is not set (python/CMakeLists.txt sets it for ctest)")
    if var != "ACLVENC_TEST_OUT" and not os.path.exists(value):
        raise AssertionError(f"{var}={value} does not exist")
    return value


def clip():
    """(raw NV12 clip, width, height, frames) from ACLVENC_CLIP and its scripts/fetch-test-clip.sh metadata."""
    path = need("ACLVENC_CLIP")
    with open(os.path.splitext(path)[0] + ".txt", encoding="utf-8") as f:
        width, height, frames = (int(v) for v in f.read().split())
    return path, width, height, frames


def out_dir(name):
    path = os.path.join(need("ACLVENC_TEST_OUT"), name)
    os.makedirs(path, exist_ok=True)
    return path


def clean_env(**extra):
    """This environment without the shim's and the emulator's settings (and without LD_PRELOAD), plus ``extra``."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("ACLVENC_SHIM_", "ACLVENC_EMU_")) and k not in ("LD_PRELOAD", "ACL_PY_CALL_COUNTS")}
    env["PYTHONPATH"] = PYTHON_DIR
    env["ACLVENC_SHIM_BANNER"] = "0"
    env.update(extra)
    return env


class Run:
    """One program run under aclvenc-check: its exit status, output, the shim's JSON report and the acl package's
    own count of the C calls it made."""

    def __init__(self, name, argv, timeout=600):
        work = out_dir(name)
        self.report_path = os.path.join(work, "report.json")
        self.counts_path = os.path.join(work, "python-calls.json")
        for p in (self.report_path, self.counts_path):
            if os.path.exists(p):
                os.remove(p)
        cmd = [need("ACLVENC_CHECK"), "--report", self.report_path, "--", sys.executable, *argv]
        proc = subprocess.run(cmd, env=clean_env(ACL_PY_CALL_COUNTS=self.counts_path), cwd=work,
                              capture_output=True, text=True, timeout=timeout)
        self.status, self.stdout, self.stderr = proc.returncode, proc.stdout, proc.stderr
        self.log = f"$ {' '.join(cmd)}\n--- stdout (tail)\n{proc.stdout[-4000:]}\n--- stderr (tail)\n{proc.stderr[-6000:]}"
        self.report = None
        if os.path.exists(self.report_path):
            with open(self.report_path, encoding="utf-8") as f:
                self.report = json.load(f)
        self.counts = None
        if os.path.exists(self.counts_path):
            with open(self.counts_path, encoding="utf-8") as f:
                self.counts = json.load(f)

    def rules(self):
        return sorted({f["rule"] for f in self.report["findings"]})

    def leaks(self):
        return sorted({leak["kind"] for leak in self.report["leaks"]})


class CheckedRunCase(unittest.TestCase):
    """Assertions on a Run."""

    def assertRan(self, run, status=0):
        self.assertEqual(run.status, status, run.log)
        self.assertIsNotNone(run.report, f"no shim report\n{run.log}")

    def assertClean(self, run):
        self.assertRan(run)
        self.assertEqual(run.rules(), [], run.log)
        self.assertEqual(run.leaks(), [], run.log)

    def assertShimSawEveryCall(self, run):
        """The shim counted exactly the C calls the acl package made: every call went through the global scope."""
        self.assertIsNotNone(run.counts, f"the acl package wrote no call counts\n{run.log}")
        self.assertGreater(sum(run.counts.values()), 0)
        shim = run.report["calls"]
        diff = {f: (n, shim.get(f, 0)) for f, n in run.counts.items() if shim.get(f, 0) != n}
        extra = {f: n for f, n in shim.items() if f not in run.counts}
        self.assertEqual(diff, {}, "(python count, shim count) per function that differs")
        self.assertEqual(extra, {}, "functions the shim saw that the Python flow did not call")


def ffprobe(path, count=True):
    """{'codec_name', 'width', 'height', 'nb_read_frames', 'duration', ...} of the first video stream of ``path``."""
    cmd = ["ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries",
           "stream=codec_name,width,height,nb_read_frames,duration,color_space", "-of", "json", path]
    if count:
        cmd.insert(3, "-count_frames")
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise AssertionError(f"ffprobe {path} failed: {proc.stderr}")
    streams = json.loads(proc.stdout).get("streams", [])
    if not streams:
        raise AssertionError(f"ffprobe found no video stream in {path}")
    return streams[0]
