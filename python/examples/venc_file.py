"""venc_file.py: encode a raw NV12 file to an H.264 or H.265 elementary stream with the V1 encoder (acl.media),
the Python twin of examples/venc_file.c (same options, same calls in the same order), for pyACL or this
repository's acl package:

    python3 venc_file.py --input clip.nv12 --size 768x576 --output out.h265 [--codec h264|h265] [--bitrate KBPS]
                         [--gop N] [--fps N] [--frames N]

Prints the frames sent and encoded and the wall time per frame (from the first send to the end of stream).
Exit status 0 when every frame was encoded.
"""

import argparse
import os
import sys
import threading
import time

import numpy as np

import acl

ACL_MEMCPY_HOST_TO_DEVICE = 1
ACL_MEMCPY_DEVICE_TO_HOST = 2
H264_MAIN_LEVEL = 2
H265_MAIN_LEVEL = 0
PIXEL_FORMAT_YUV_SEMIPLANAR_420 = 1
RC_MODE_CBR = 2


def parse():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--input", required=True, help="raw NV12 frames")
    p.add_argument("--size", required=True, help="WIDTHxHEIGHT in pixels")
    p.add_argument("--output", required=True, help="the elementary stream to write")
    p.add_argument("--codec", choices=("h264", "h265"), default="h265")
    p.add_argument("--bitrate", type=int, default=2000, help="kbit/s (CBR)")
    p.add_argument("--gop", type=int, default=30, help="key frame interval in frames")
    p.add_argument("--fps", type=int, default=30, help="source frame rate")
    p.add_argument("--frames", type=int, default=0, help="frames to encode (default: all)")
    o = p.parse_args()
    o.width, o.height = (int(v) for v in o.size.lower().split("x"))
    return o


def check(ret, what):
    if ret != 0:
        raise RuntimeError(f"venc_file.py: {what} failed: {ret}")


def main():
    o = parse()
    frame_size = o.width * o.height * 3 // 2
    available = os.path.getsize(o.input) // frame_size
    frames = o.frames or available
    if not 0 < frames <= available:
        print(f"venc_file.py: {o.input} holds {available} {o.width}x{o.height} NV12 frames, {frames} asked")
        return 2
    stride = (o.width + 15) // 16 * 16
    buf_size = stride * o.height * 3 // 2
    state = {"outputs": 0, "failed": 0, "bytes": 0}
    stop = threading.Event()
    out = open(o.output, "wb")

    def on_encoded(input_pic_desc, output_stream_desc, user_data):
        # One encoded frame: append it, then free the input picture (the encoder's until now).
        ret = acl.media.dvpp_get_stream_desc_ret_code(output_stream_desc)
        data = acl.media.dvpp_get_stream_desc_data(output_stream_desc)
        size = acl.media.dvpp_get_stream_desc_size(output_stream_desc)
        if ret != 0 or not data or not size:
            state["failed"] += 1
        else:
            packet = np.empty(size, dtype=np.uint8)
            acl.rt.memcpy(acl.util.numpy_to_ptr(packet), size, data, size, ACL_MEMCPY_DEVICE_TO_HOST)
            out.write(packet.tobytes())
            state["bytes"] += size
        if input_pic_desc:
            buf = acl.media.dvpp_get_pic_desc_data(input_pic_desc)
            if buf:
                acl.media.dvpp_free(buf)
            acl.media.dvpp_destroy_pic_desc(input_pic_desc)
        state["outputs"] += 1

    def report_thread(_args):
        # The callback calls acl.rt.memcpy, which needs the context on this thread too.
        check(acl.rt.set_context(context), "acl.rt.set_context (report thread)")
        while not stop.is_set():
            acl.rt.process_report(100)

    check(acl.init(), "acl.init")
    check(acl.rt.set_device(0), "acl.rt.set_device")
    context, ret = acl.rt.create_context(0)
    check(ret, "acl.rt.create_context")
    thread_id, ret = acl.util.start_thread(report_thread, [])
    check(ret, "acl.util.start_thread")

    desc = acl.media.venc_create_channel_desc()
    check(acl.media.venc_set_channel_desc_thread_id(desc, thread_id), "thread_id")
    check(acl.media.venc_set_channel_desc_callback(desc, on_encoded), "callback")
    check(acl.media.venc_set_channel_desc_entype(desc, H265_MAIN_LEVEL if o.codec == "h265" else H264_MAIN_LEVEL),
          "entype")
    check(acl.media.venc_set_channel_desc_pic_format(desc, PIXEL_FORMAT_YUV_SEMIPLANAR_420), "pic_format")
    check(acl.media.venc_set_channel_desc_pic_width(desc, o.width), "pic_width")
    check(acl.media.venc_set_channel_desc_pic_height(desc, o.height), "pic_height")
    check(acl.media.venc_set_channel_desc_key_frame_interval(desc, o.gop), "key_frame_interval")
    check(acl.media.venc_set_channel_desc_rc_mode(desc, RC_MODE_CBR), "rc_mode")
    check(acl.media.venc_set_channel_desc_src_rate(desc, o.fps), "src_rate")
    check(acl.media.venc_set_channel_desc_max_bit_rate(desc, o.bitrate), "max_bit_rate")
    check(acl.media.venc_create_channel(desc), "acl.media.venc_create_channel")
    config = acl.media.venc_create_frame_config()
    check(acl.media.venc_set_frame_config_force_i_frame(config, 0), "force_i_frame")
    check(acl.media.venc_set_frame_config_eos(config, 0), "eos")

    start = time.perf_counter()
    host = np.zeros((o.height * 3 // 2, stride), dtype=np.uint8)  # the picture at the 16-aligned stride, as in C
    host_ptr = acl.util.numpy_to_ptr(host)
    with open(o.input, "rb") as f:
        for i in range(frames):
            host[:, : o.width] = np.frombuffer(f.read(frame_size), dtype=np.uint8).reshape(-1, o.width)
            buf, ret = acl.media.dvpp_malloc(buf_size)
            check(ret, "acl.media.dvpp_malloc")
            check(acl.rt.memcpy(buf, buf_size, host_ptr, buf_size,
                                ACL_MEMCPY_HOST_TO_DEVICE), "acl.rt.memcpy")
            pic = acl.media.dvpp_create_pic_desc()
            check(acl.media.dvpp_set_pic_desc_data(pic, buf), "pic data")
            check(acl.media.dvpp_set_pic_desc_size(pic, buf_size), "pic size")
            check(acl.media.dvpp_set_pic_desc_format(pic, PIXEL_FORMAT_YUV_SEMIPLANAR_420), "pic format")
            check(acl.media.dvpp_set_pic_desc_width(pic, o.width), "pic width")
            check(acl.media.dvpp_set_pic_desc_height(pic, o.height), "pic height")
            check(acl.media.dvpp_set_pic_desc_width_stride(pic, stride), "pic width stride")
            check(acl.media.dvpp_set_pic_desc_height_stride(pic, o.height), "pic height stride")
            check(acl.media.venc_send_frame(desc, pic, 0, config, None), "acl.media.venc_send_frame")
    # End of stream: returns once every callback of the frames above has run.
    check(acl.media.venc_set_frame_config_eos(config, 1), "eos")
    check(acl.media.venc_send_frame(desc, 0, 0, config, None), "acl.media.venc_send_frame (EOS)")
    elapsed = time.perf_counter() - start

    check(acl.media.venc_destroy_frame_config(config), "destroy_frame_config")
    check(acl.media.venc_destroy_channel(desc), "destroy_channel")
    check(acl.media.venc_destroy_channel_desc(desc), "destroy_channel_desc")
    stop.set()
    acl.util.stop_thread(thread_id)
    check(acl.rt.destroy_context(context), "destroy_context")
    check(acl.rt.reset_device(0), "reset_device")
    check(acl.finalize(), "acl.finalize")
    out.close()
    print(f"venc_file.py: {o.codec.upper()} {o.width}x{o.height}, {frames} frames sent, {state['outputs']} encoded, "
          f"{state['bytes']} bytes -> {o.output}; {1000 * elapsed / frames:.2f} ms per frame")
    return 0 if state["outputs"] == frames and state["failed"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
