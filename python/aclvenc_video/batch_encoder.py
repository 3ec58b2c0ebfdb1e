"""VideoBatchEncoder: RGB batches -> NV12 -> the Ascend encoder (acl.media V1 or acl.himpi V2) -> MP4 (PyAV)."""

import ctypes
import queue
import threading
from fractions import Fraction

import numpy as np

import acl
from acl.generated import abi

from .colour import rgb_to_nv12

_CODECS = {
    # codec: (PyAV/FFmpeg name, V1 acldvppStreamFormat, V2 hi_payload_type, V2 CBR rc mode, its rc_attr member)
    "h264": ("h264", abi.H264_MAIN_LEVEL, abi.HI_PT_H264, abi.HI_VENC_RC_MODE_H264_CBR, "h264_cbr"),
    "h265": ("hevc", abi.H265_MAIN_LEVEL, abi.HI_PT_H265, abi.HI_VENC_RC_MODE_H265_CBR, "h265_cbr"),
}
_RC_MODE_CBR_V1 = 2  # aclvencSetChannelDescRcMode: 1 VBR, 2 CBR


def _check(ret, what):
    if ret != 0:
        raise RuntimeError(f"VideoBatchEncoder: {what} failed with {ret}")


def _is_keyframe(codec, data):
    """Whether an Annex B access unit holds an IDR (H.264 NAL type 5) or IRAP (H.265 types 16-23) picture."""
    buf = np.frombuffer(data, dtype=np.uint8)
    starts = np.flatnonzero((buf[:-3] == 0) & (buf[1:-2] == 0) & (buf[2:-1] == 1)) + 3
    for s in starts:
        if codec == "h264" and buf[s] & 0x1F == 5:
            return True
        if codec == "h265" and 16 <= (buf[s] >> 1) & 0x3F <= 23:
            return True
    return False


def _align(n, a):
    return (n + a - 1) // a * a


class _V1:
    """The V1 callback flow: a report thread in acl.rt.process_report, one DVPP buffer and pic desc per frame,
    freed by the callback; outputs go to ``packets`` in order."""

    def __init__(self, width, height, codec, bitrate_kbps, gop, fps, packets, context):
        self.width, self.height, self.packets, self.context = width, height, packets, context
        self.stride, self.height_stride = _align(width, 16), _align(height, 2)
        self.buf_size = self.stride * self.height_stride * 3 // 2
        self.stop = threading.Event()
        self.failed = 0
        self.thread_id, ret = acl.util.start_thread(self._pump, None)
        _check(ret, "acl.util.start_thread")
        d = self.desc = acl.media.venc_create_channel_desc()
        if not d:
            raise RuntimeError("VideoBatchEncoder: acl.media.venc_create_channel_desc failed")
        m = acl.media
        _check(m.venc_set_channel_desc_thread_id(d, self.thread_id), "venc_set_channel_desc_thread_id")
        _check(m.venc_set_channel_desc_callback(d, self._on_encoded), "venc_set_channel_desc_callback")
        _check(m.venc_set_channel_desc_entype(d, _CODECS[codec][1]), "venc_set_channel_desc_entype")
        _check(m.venc_set_channel_desc_pic_format(d, abi.PIXEL_FORMAT_YUV_SEMIPLANAR_420), "pic_format")
        _check(m.venc_set_channel_desc_pic_width(d, width), "venc_set_channel_desc_pic_width")
        _check(m.venc_set_channel_desc_pic_height(d, height), "venc_set_channel_desc_pic_height")
        _check(m.venc_set_channel_desc_key_frame_interval(d, gop), "venc_set_channel_desc_key_frame_interval")
        _check(m.venc_set_channel_desc_rc_mode(d, _RC_MODE_CBR_V1), "venc_set_channel_desc_rc_mode")
        _check(m.venc_set_channel_desc_src_rate(d, fps), "venc_set_channel_desc_src_rate")
        _check(m.venc_set_channel_desc_max_bit_rate(d, bitrate_kbps), "venc_set_channel_desc_max_bit_rate")
        _check(m.venc_create_channel(d), "acl.media.venc_create_channel")
        self.config = m.venc_create_frame_config()
        _check(m.venc_set_frame_config_eos(self.config, 0), "venc_set_frame_config_eos")
        _check(m.venc_set_frame_config_force_i_frame(self.config, 0), "venc_set_frame_config_force_i_frame")
        self.host = np.zeros((self.height_stride * 3 // 2, self.stride), dtype=np.uint8)

    def _pump(self, _args):
        # The callbacks call acl.rt.memcpy: the thread needs the context (VENC-CB-THREAD-CONTEXT).
        _check(acl.rt.set_context(self.context), "acl.rt.set_context (report thread)")
        while not self.stop.is_set():
            acl.rt.process_report(100)

    def _on_encoded(self, pic, stream, index):
        m = acl.media
        data, size = m.dvpp_get_stream_desc_data(stream), m.dvpp_get_stream_desc_size(stream)
        if m.dvpp_get_stream_desc_ret_code(stream) != 0 or not data or not size:
            self.failed += 1
        else:
            out = np.empty(size, dtype=np.uint8)
            acl.rt.memcpy(acl.util.numpy_to_ptr(out), size, data, size, abi.ACL_MEMCPY_DEVICE_TO_HOST)
            self.packets.put((index, out.tobytes()))
        if pic:
            m.dvpp_free(m.dvpp_get_pic_desc_data(pic))
            m.dvpp_destroy_pic_desc(pic)

    def send(self, nv12, index):
        h, w = self.height, self.width
        self.host[:h, :w] = nv12[:h]
        self.host[self.height_stride : self.height_stride + h // 2, :w] = nv12[h:]
        m = acl.media
        buf, ret = m.dvpp_malloc(self.buf_size)
        _check(ret, "acl.media.dvpp_malloc")
        _check(acl.rt.memcpy(buf, self.buf_size, acl.util.numpy_to_ptr(self.host), self.buf_size,
                             abi.ACL_MEMCPY_HOST_TO_DEVICE), "acl.rt.memcpy")
        pic = m.dvpp_create_pic_desc()
        _check(m.dvpp_set_pic_desc_data(pic, buf), "dvpp_set_pic_desc_data")
        _check(m.dvpp_set_pic_desc_size(pic, self.buf_size), "dvpp_set_pic_desc_size")
        _check(m.dvpp_set_pic_desc_format(pic, abi.PIXEL_FORMAT_YUV_SEMIPLANAR_420), "dvpp_set_pic_desc_format")
        _check(m.dvpp_set_pic_desc_width(pic, w), "dvpp_set_pic_desc_width")
        _check(m.dvpp_set_pic_desc_height(pic, h), "dvpp_set_pic_desc_height")
        _check(m.dvpp_set_pic_desc_width_stride(pic, self.stride), "dvpp_set_pic_desc_width_stride")
        _check(m.dvpp_set_pic_desc_height_stride(pic, self.height_stride), "dvpp_set_pic_desc_height_stride")
        ret = m.venc_send_frame(self.desc, pic, 0, self.config, index)
        if ret != 0:
            m.dvpp_destroy_pic_desc(pic)
            m.dvpp_free(buf)
            _check(ret, "acl.media.venc_send_frame")

    def finish(self):
        """End of stream: returns once every frame's callback has run."""
        _check(acl.media.venc_set_frame_config_eos(self.config, 1), "venc_set_frame_config_eos")
        _check(acl.media.venc_send_frame(self.desc, 0, 0, self.config, None), "acl.media.venc_send_frame (EOS)")

    def close(self):
        m = acl.media
        _check(m.venc_destroy_frame_config(self.config), "venc_destroy_frame_config")
        _check(m.venc_destroy_channel(self.desc), "acl.media.venc_destroy_channel")
        _check(m.venc_destroy_channel_desc(self.desc), "acl.media.venc_destroy_channel_desc")
        self.stop.set()
        acl.util.stop_thread(self.thread_id)
        if self.failed:
            raise RuntimeError(f"VideoBatchEncoder: {self.failed} frames failed to encode")


class _V2:
    """The V2 flow: one channel, each frame sent, waited for on the channel's fd (epoll), its stream obtained,
    copied and released, then its buffer freed."""

    def __init__(self, width, height, codec, bitrate_kbps, gop, fps, packets, _context, chn=0):
        self.width, self.height, self.packets, self.chn = width, height, packets, chn
        self.stride, self.height_stride = _align(width, 16), _align(height, 2)
        self.buf_size = self.stride * self.height_stride * 3 // 2
        _check(acl.himpi.sys_init(), "acl.himpi.sys_init")
        _name, _v1, payload, rc_mode, rc_member = _CODECS[codec]
        attr = {
            "venc_attr": {"type": payload, "max_pic_width": width, "max_pic_height": height, "pic_width": width,
                          "pic_height": height, "buf_size": _align(width * height * 3 // 2, 64), "is_by_frame": 1,
                          "profile": 1 if codec == "h264" else 0},
            "rc_attr": {"rc_mode": rc_mode, rc_member: {"gop": gop, "stats_time": 1, "src_frame_rate": fps,
                                                        "dst_frame_rate": fps, "bit_rate": bitrate_kbps}},
            "gop_attr": {"gop_mode": abi.HI_VENC_GOP_MODE_NORMAL_P, "normal_p": {"ip_qp_delta": 3}},
        }
        _check(acl.himpi.venc_create_chn(chn, attr), "acl.himpi.venc_create_chn")
        _check(acl.himpi.venc_start_chn(chn, {"recv_pic_num": -1}), "acl.himpi.venc_start_chn")
        self.fd = acl.himpi.venc_get_fd(chn)
        self.epoll_fd, ret = acl.himpi.sys_create_epoll(1)
        _check(ret, "acl.himpi.sys_create_epoll")
        self.event = {"events": abi.HI_DVPP_EPOLL_IN, "data": self.fd}
        _check(acl.himpi.sys_ctl_epoll(self.epoll_fd, abi.HI_DVPP_EPOLL_CTL_ADD, self.fd, self.event), "epoll add")
        self.buf, ret = acl.himpi.dvpp_malloc(0, self.buf_size)
        _check(ret, "acl.himpi.dvpp_malloc")
        self.host = np.zeros((self.height_stride * 3 // 2, self.stride), dtype=np.uint8)

    def send(self, nv12, index):
        h, w = self.height, self.width
        self.host[:h, :w] = nv12[:h]
        self.host[self.height_stride : self.height_stride + h // 2, :w] = nv12[h:]
        _check(acl.rt.memcpy(self.buf, self.buf_size, acl.util.numpy_to_ptr(self.host), self.buf_size,
                             abi.ACL_MEMCPY_HOST_TO_DEVICE), "acl.rt.memcpy")
        luma = self.stride * self.height_stride
        v_frame = {"width": w, "height": h, "field": abi.HI_VIDEO_FIELD_FRAME,
                   "pixel_format": abi.HI_PIXEL_FORMAT_YUV_SEMIPLANAR_420, "video_format": abi.HI_VIDEO_FORMAT_LINEAR,
                   "width_stride": [self.stride, self.stride, 0],
                   "height_stride": [self.height_stride, self.height_stride, 0],
                   "virt_addr": [self.buf, self.buf + luma, 0], "time_ref": 2 * index, "pts": index}
        _check(acl.himpi.venc_send_frame(self.chn, {"v_frame": v_frame}, 1000), "acl.himpi.venc_send_frame")
        self._collect(index)

    def _collect(self, index):
        for _ in range(100):
            status, ret = acl.himpi.venc_query_status(self.chn)
            _check(ret, "acl.himpi.venc_query_status")
            if status["cur_packs"]:
                break
            acl.himpi.sys_wait_epoll(self.epoll_fd, 1, 100)
        else:
            raise RuntimeError(f"VideoBatchEncoder: no stream for frame {index} after 10 s")
        stream, ret = acl.himpi.venc_get_stream(self.chn, {"pack_cnt": status["cur_packs"]}, 1000)
        _check(ret, "acl.himpi.venc_get_stream")
        data = b""
        for pack in stream["pack"]:
            size = pack["len"] - pack["offset"]
            out = np.empty(size, dtype=np.uint8)
            _check(acl.rt.memcpy(acl.util.numpy_to_ptr(out), size, pack["addr"] + pack["offset"], size,
                                 abi.ACL_MEMCPY_DEVICE_TO_HOST), "acl.rt.memcpy")
            data += out.tobytes()
        _check(acl.himpi.venc_release_stream(self.chn, stream), "acl.himpi.venc_release_stream")
        self.packets.put((index, data))

    def finish(self):
        pass

    def close(self):
        h = acl.himpi
        _check(h.venc_stop_chn(self.chn), "acl.himpi.venc_stop_chn")
        _check(h.sys_ctl_epoll(self.epoll_fd, abi.HI_DVPP_EPOLL_CTL_DEL, self.fd, self.event), "epoll del")
        _check(h.sys_close_epoll(self.epoll_fd), "acl.himpi.sys_close_epoll")
        _check(h.venc_destroy_chn(self.chn), "acl.himpi.venc_destroy_chn")
        _check(h.dvpp_free(self.buf), "acl.himpi.dvpp_free")
        _check(h.sys_exit(), "acl.himpi.sys_exit")


class VideoBatchEncoder:
    """Encode batches of RGB frames to an MP4 file on the Ascend video encoder.

    ``VideoBatchEncoder(output_path, fps, codec="h265", bitrate_kbps=2000, gop=30, api="media",
    matrix="bt601", device_id=0)``; then ``encoder(batch)`` per batch and ``encoder.join()`` at the end (or use
    it as a context manager).

    - ``batch``: uint8 RGB frames ``(N, H, W, 3)`` (a numpy array, or a torch tensor: moved to the CPU); every
      batch has the first batch's H and W, both even.
    - ``fps``: frames per second of the output (int); ``bitrate_kbps``: the encoder's CBR target in kbit/s;
      ``gop``: frames between key frames; ``codec``: ``"h264"`` or ``"h265"``.
    - ``api``: ``"media"`` (acl.media.venc_*, V1) or ``"himpi"`` (acl.himpi.venc_*, V2).
    - ``matrix``: the RGB -> Y'CbCr matrix, ``"bt601"`` or ``"bt709"`` (limited range); the MP4 stream is tagged
      with it.

    The first call initialises acl (``acl.init``, device ``device_id``, a context); ``join()`` flushes the
    encoder, writes the remaining packets, closes the MP4 and releases everything it made. Frames are timed
    ``i / fps``; ``frames`` counts the frames written so far.
    """

    def __init__(self, output_path, fps, codec="h265", bitrate_kbps=2000, gop=30, api="media", matrix="bt601",
                 device_id=0):
        if codec not in _CODECS:
            raise ValueError(f"VideoBatchEncoder: codec must be one of {sorted(_CODECS)}, got {codec!r}")
        if api not in ("media", "himpi"):
            raise ValueError(f"VideoBatchEncoder: api must be 'media' or 'himpi', got {api!r}")
        rgb_to_nv12(np.zeros((2, 2, 3), np.uint8), matrix)  # validates the matrix name now
        self.output_path, self.fps, self.codec = str(output_path), int(fps), codec
        self.bitrate_kbps, self.gop, self.api, self.matrix, self.device_id = bitrate_kbps, gop, api, matrix, device_id
        self.frames = 0
        self._backend = None
        self._packets = queue.Queue()
        self._written = 0

    def _open(self, height, width):
        import av

        _check(acl.init(), "acl.init")
        _check(acl.rt.set_device(self.device_id), "acl.rt.set_device")
        self._context, ret = acl.rt.create_context(self.device_id)
        _check(ret, "acl.rt.create_context")
        backend = _V1 if self.api == "media" else _V2
        self._backend = backend(width, height, self.codec, self.bitrate_kbps, self.gop, self.fps, self._packets,
                                self._context)
        self._container = av.open(self.output_path, mode="w", format="mp4")
        self._stream = self._container.add_stream(_CODECS[self.codec][0], rate=self.fps)
        self._stream.width, self._stream.height = width, height
        self._stream.pix_fmt = "yuv420p"
        cc = self._stream.codec_context
        cc.colorspace = 1 if self.matrix == "bt709" else 6  # AVCOL_SPC_BT709 / AVCOL_SPC_SMPTE170M (BT.601)
        cc.color_range = 1  # AVCOL_RANGE_MPEG (limited)
        self._size = (height, width)

    def __call__(self, batch):
        """Convert and encode one batch (see the class doc); writes the packets that are ready."""
        if hasattr(batch, "detach"):  # torch
            batch = batch.detach().cpu().numpy()
        batch = np.asarray(batch)
        if batch.ndim != 4 or batch.shape[-1] != 3 or batch.dtype != np.uint8:
            raise ValueError(f"VideoBatchEncoder: expected uint8 RGB (N, H, W, 3), got {batch.dtype} {batch.shape}")
        if self._backend is None:
            self._open(batch.shape[1], batch.shape[2])
        elif batch.shape[1:3] != self._size:
            raise ValueError(f"VideoBatchEncoder: frames are {self._size[1]}x{self._size[0]}, this batch "
                             f"{batch.shape[2]}x{batch.shape[1]}")
        for frame in rgb_to_nv12(batch, self.matrix):
            self._backend.send(frame, self.frames)
            self.frames += 1
        self._write_ready()

    def _write_ready(self):
        import av

        while True:
            try:
                index, data = self._packets.get_nowait()
            except queue.Empty:
                return
            packet = av.Packet(data)
            packet.stream = self._stream
            packet.time_base = Fraction(1, self.fps)  # mux() rescales to the stream's (the muxer picks it)
            packet.pts = packet.dts = self._written
            packet.duration = 1
            packet.is_keyframe = _is_keyframe(self.codec, data)
            self._container.mux(packet)
            self._written += 1

    def join(self):
        """End the stream: flush the encoder, write every remaining packet, close the MP4 and tear down."""
        if self._backend is None:
            return
        try:
            self._backend.finish()
            self._write_ready()
        finally:
            self._backend.close()
            self._container.close()
            _check(acl.rt.destroy_context(self._context), "acl.rt.destroy_context")
            _check(acl.rt.reset_device(self.device_id), "acl.rt.reset_device")
            _check(acl.finalize(), "acl.finalize")
            self._backend = None
        if self._written != self.frames:
            raise RuntimeError(f"VideoBatchEncoder: {self.frames} frames sent, {self._written} packets written")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.join()
