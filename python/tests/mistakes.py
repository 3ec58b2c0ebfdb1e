"""One deliberate mistake per run, in Python through the acl package, for the shim to catch
(python/tests/test_mistakes.py runs each under aclvenc-check and asserts exactly its rule):

    python3 mistakes.py frame-after-eos NV12_FILE WIDTH HEIGHT
        V1: a correct encode of 4 frames, then a picture sent after the EOS frame (VENC-SEND-AFTER-EOS).
    python3 mistakes.py unreleased-stream NV12_FILE WIDTH HEIGHT
        V2: an H.264 channel whose one stream is obtained and never released before destroy_chn
        (MPI-DESTROY-UNRELEASED).

Everything else is the documented flow, torn down completely.
"""

import sys
import threading

import numpy as np

import acl
from acl.generated import abi


def ok(ret, what):
    assert ret == 0, f"{what}: {ret}"


def load_frame(path, width, height):
    return np.fromfile(path, dtype=np.uint8, count=width * height * 3 // 2)


def frame_after_eos(path, width, height):
    frame = load_frame(path, width, height)
    stop = threading.Event()
    outputs = []

    def on_encoded(pic, stream, user_data):
        outputs.append(acl.media.dvpp_get_stream_desc_size(stream))

    def pump(_args):
        while not stop.is_set():
            acl.rt.process_report(100)

    ok(acl.init(), "init")
    ok(acl.rt.set_device(0), "set_device")
    context, ret = acl.rt.create_context(0)
    ok(ret, "create_context")
    tid, ret = acl.util.start_thread(pump, None)
    desc = acl.media.venc_create_channel_desc()
    ok(acl.media.venc_set_channel_desc_thread_id(desc, tid), "thread_id")
    ok(acl.media.venc_set_channel_desc_callback(desc, on_encoded), "callback")
    ok(acl.media.venc_set_channel_desc_entype(desc, abi.H264_MAIN_LEVEL), "entype")
    ok(acl.media.venc_set_channel_desc_pic_format(desc, abi.PIXEL_FORMAT_YUV_SEMIPLANAR_420), "format")
    ok(acl.media.venc_set_channel_desc_pic_width(desc, width), "width")
    ok(acl.media.venc_set_channel_desc_pic_height(desc, height), "height")
    ok(acl.media.venc_create_channel(desc), "create_channel")
    config = acl.media.venc_create_frame_config()
    buf, ret = acl.media.dvpp_malloc(frame.size)
    ok(ret, "dvpp_malloc")
    ok(acl.rt.memcpy(buf, frame.size, acl.util.numpy_to_ptr(frame), frame.size, abi.ACL_MEMCPY_HOST_TO_DEVICE), "memcpy")
    pic = acl.media.dvpp_create_pic_desc()
    ok(acl.media.dvpp_set_pic_desc_data(pic, buf), "data")
    ok(acl.media.dvpp_set_pic_desc_size(pic, frame.size), "size")
    for _ in range(4):
        ok(acl.media.venc_send_frame(desc, pic, 0, config, None), "send_frame")
    ok(acl.media.venc_set_frame_config_eos(config, 1), "eos")
    ok(acl.media.venc_send_frame(desc, 0, 0, config, None), "send_frame (EOS)")
    # THE MISTAKE: one more picture after the end of stream.
    ok(acl.media.venc_set_frame_config_eos(config, 0), "eos 0")
    acl.media.venc_send_frame(desc, pic, 0, config, None)
    ok(acl.media.venc_destroy_channel(desc), "destroy_channel")
    ok(acl.media.dvpp_destroy_pic_desc(pic), "destroy_pic_desc")
    ok(acl.media.dvpp_free(buf), "dvpp_free")
    ok(acl.media.venc_destroy_frame_config(config), "destroy_frame_config")
    ok(acl.media.venc_destroy_channel_desc(desc), "destroy_channel_desc")
    stop.set()
    acl.util.stop_thread(tid)
    ok(acl.rt.destroy_context(context), "destroy_context")
    ok(acl.rt.reset_device(0), "reset_device")
    ok(acl.finalize(), "finalize")
    assert len(outputs) >= 4, outputs


def unreleased_stream(path, width, height):
    frame = load_frame(path, width, height)
    chn = 0
    ok(acl.init(), "init")
    ok(acl.rt.set_device(0), "set_device")
    context, ret = acl.rt.create_context(0)
    ok(ret, "create_context")
    ok(acl.himpi.sys_init(), "sys_init")
    attr = {
        "venc_attr": {"type": abi.HI_PT_H264, "max_pic_width": width, "max_pic_height": height,
                      "pic_width": width, "pic_height": height, "buf_size": width * height * 2, "is_by_frame": 1,
                      "profile": 1},
        "rc_attr": {"rc_mode": abi.HI_VENC_RC_MODE_H264_CBR,
                    "h264_cbr": {"gop": 30, "stats_time": 1, "src_frame_rate": 30, "dst_frame_rate": 30,
                                 "bit_rate": 2000}},
        "gop_attr": {"gop_mode": abi.HI_VENC_GOP_MODE_NORMAL_P, "normal_p": {"ip_qp_delta": 3}},
    }
    ok(acl.himpi.venc_create_chn(chn, attr), "venc_create_chn")
    ok(acl.himpi.venc_start_chn(chn, {"recv_pic_num": -1}), "venc_start_chn")
    buf, ret = acl.himpi.dvpp_malloc(0, frame.size)
    ok(ret, "dvpp_malloc")
    ok(acl.rt.memcpy(buf, frame.size, acl.util.numpy_to_ptr(frame), frame.size, abi.ACL_MEMCPY_HOST_TO_DEVICE), "memcpy")
    v_frame = {"width": width, "height": height, "field": abi.HI_VIDEO_FIELD_FRAME,
               "pixel_format": abi.HI_PIXEL_FORMAT_YUV_SEMIPLANAR_420, "width_stride": [width, width, 0],
               "height_stride": [height, height, 0], "virt_addr": [buf, buf + width * height, 0]}
    ok(acl.himpi.venc_send_frame(chn, {"v_frame": v_frame}, 1000), "venc_send_frame")
    status, ret = acl.himpi.venc_query_status(chn)
    for _ in range(100):
        if status["cur_packs"]:
            break
        fd = acl.himpi.venc_get_fd(chn)
        epoll_fd, ret = acl.himpi.sys_create_epoll(1)
        acl.himpi.sys_ctl_epoll(epoll_fd, abi.HI_DVPP_EPOLL_CTL_ADD, fd, {"events": abi.HI_DVPP_EPOLL_IN, "data": fd})
        acl.himpi.sys_wait_epoll(epoll_fd, 1, 100)
        acl.himpi.sys_ctl_epoll(epoll_fd, abi.HI_DVPP_EPOLL_CTL_DEL, fd, {"events": abi.HI_DVPP_EPOLL_IN, "data": fd})
        acl.himpi.sys_close_epoll(epoll_fd)
        status, ret = acl.himpi.venc_query_status(chn)
    stream, ret = acl.himpi.venc_get_stream(chn, {"pack_cnt": status["cur_packs"]}, 1000)
    ok(ret, "venc_get_stream")
    assert stream["pack"][0]["len"] > 0, stream
    # THE MISTAKE: the stream is never handed back with venc_release_stream.
    ok(acl.himpi.venc_stop_chn(chn), "venc_stop_chn")
    acl.himpi.venc_destroy_chn(chn)
    ok(acl.himpi.dvpp_free(buf), "dvpp_free")
    ok(acl.himpi.sys_exit(), "sys_exit")
    ok(acl.rt.destroy_context(context), "destroy_context")
    ok(acl.rt.reset_device(0), "reset_device")
    ok(acl.finalize(), "finalize")


if __name__ == "__main__":
    mistake, path, w, h = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    {"frame-after-eos": frame_after_eos, "unreleased-stream": unreleased_stream}[mistake](path, w, h)
