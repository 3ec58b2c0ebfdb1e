"""encode_clip.py: read a video with PyAV, hand its frames as RGB batches to aclvenc_video.VideoBatchEncoder,
write an MP4:

    python3 encode_clip.py INPUT OUTPUT.mp4 [--frames N] [--batch 16] [--codec h265] [--bitrate 2000] [--gop 30]
                           [--api media|himpi] [--matrix bt601|bt709]
"""

import argparse
import time

import av
import numpy as np

from aclvenc_video import VideoBatchEncoder


def rgb_batches(path, frames, batch):
    """(N, H, W, 3) uint8 batches of the first ``frames`` frames of ``path`` (all when 0) and the frame rate."""
    with av.open(path) as container:
        stream = container.streams.video[0]
        rate = stream.average_rate or stream.guessed_rate
        chunk = []
        count = 0
        for frame in container.decode(stream):
            chunk.append(frame.to_ndarray(format="rgb24"))
            count += 1
            if len(chunk) == batch:
                yield np.stack(chunk), rate
                chunk = []
            if frames and count == frames:
                break
        if chunk:
            yield np.stack(chunk), rate


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("input")
    p.add_argument("output")
    p.add_argument("--frames", type=int, default=0, help="frames to encode (default: all)")
    p.add_argument("--batch", type=int, default=16, help="frames per batch")
    p.add_argument("--codec", choices=("h264", "h265"), default="h265")
    p.add_argument("--bitrate", type=int, default=2000, help="kbit/s")
    p.add_argument("--gop", type=int, default=30)
    p.add_argument("--api", choices=("media", "himpi"), default="media")
    p.add_argument("--matrix", choices=("bt601", "bt709"), default="bt601")
    o = p.parse_args()
    start = time.perf_counter()
    encoder = None
    for batch, rate in rgb_batches(o.input, o.frames, o.batch):
        if encoder is None:
            encoder = VideoBatchEncoder(o.output, fps=round(float(rate)), codec=o.codec, bitrate_kbps=o.bitrate,
                                        gop=o.gop, api=o.api, matrix=o.matrix)
        encoder(batch)
    encoder.join()
    elapsed = time.perf_counter() - start
    print(f"encode_clip.py: {encoder.frames} frames -> {o.output} ({o.codec}, {o.api}, {o.matrix}) "
          f"in {elapsed:.1f} s")


if __name__ == "__main__":
    main()
