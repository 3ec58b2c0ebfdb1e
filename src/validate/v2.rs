//! Checks and state recording for the 47 `hi_mpi_venc_*` functions (validation-rules.md sections B, C, D, E).
//! Attribute checks read only the struct members that `venc_attr.type` and `rc_attr.rc_mode` select: real apps
//! leave the rest of the unions uninitialised.

use crate::calls::v2::args::*;
use crate::chassis::{Cx, Hooks};
use crate::ptr;
use crate::report::site::Origin;
use crate::state::v2::{Chn, Outstanding, Recv, V2State};
use crate::validate::rules::Rule;
use crate::validate::{align_up, range_text};
use aclvenc_abi::*;

fn state<'a>(cx: &Cx<'a>) -> parking_lot::MutexGuard<'a, V2State> {
    cx.shim.state.v2.lock()
}

/// What a check needs to know of a created channel, copied out of the state lock.
#[derive(Clone)]
struct ChnSnap {
    payload: hi_payload_type,
    pic_width: u32,
    pic_height: u32,
    buf_size: u32,
    recv: Recv,
    outstanding: Vec<usize>,
    /// `cur_packs` of the last query_status, in frame mode (`is_by_frame`) only.
    cur_packs: Option<u32>,
}

/// Chip support and range of `chn` (reported; false means the id itself is bad).
fn chn_id_ok(cx: &mut Cx<'_>, chn: i32) -> bool {
    let soc = cx.soc();
    if !soc.has_v2() {
        cx.report(Rule::MpiNotSupportedChip, || {
            format!("{} has no hi_mpi_venc encoder; use the aclvenc (V1) API there", soc.name())
        });
        return false;
    }
    let n = soc.v2_channels();
    if !(0..n).contains(&chn) {
        cx.report(Rule::MpiChnRange, || format!("channel id {chn} is outside [0, {n}) on {}", soc.name()));
        return false;
    }
    true
}

/// The created channel `chn`; reports MPI-CHN-RANGE / MPI-CHN-UNEXIST otherwise. The driver checks channel ids
/// itself, so an unknown id is reported but not refused in report mode.
fn chn(cx: &mut Cx<'_>, chn: i32) -> Option<ChnSnap> {
    if !chn_id_ok(cx, chn) {
        return None;
    }
    let found = {
        let st = state(cx);
        match st.chns.get(&chn) {
            Some(c) => Ok(ChnSnap {
                payload: hi_payload_type(c.payload),
                pic_width: c.pic_width,
                pic_height: c.pic_height,
                buf_size: c.buf_size,
                recv: c.recv,
                outstanding: c.outstanding.iter().map(|o| o.pack).collect(),
                cur_packs: c.cur_packs.filter(|_| c.is_by_frame),
            }),
            None => Err(st.destroyed.get(&chn).cloned()),
        }
    };
    match found {
        Ok(s) => Some(s),
        Err(by) => {
            cx.report(Rule::MpiChnUnexist, || match by {
                Some(o) => {
                    format!("channel {chn} was destroyed ({}); create it again with hi_mpi_venc_create_chn", o.site())
                }
                None => format!("channel {chn} was never created; call hi_mpi_venc_create_chn first"),
            });
            None
        }
    }
}

/// Reports MPI-NULL-PTR for a NULL required pointer; true when it is non-NULL.
fn non_null<T>(cx: &mut Cx<'_>, p: *const T, what: &str) -> bool {
    if p.is_null() {
        cx.report(Rule::MpiNullPtr, || format!("{what} is NULL; pass a pointer to a {}", short_type::<T>()));
        false
    } else {
        true
    }
}

fn short_type<T>() -> &'static str {
    std::any::type_name::<T>().rsplit("::").next().unwrap_or("value")
}

fn millisec(cx: &mut Cx<'_>, ms: i32) {
    if ms < -1 {
        cx.report(Rule::MpiMillisecRange, || {
            format!("milli_sec {ms} is below -1; use -1 (block), 0 (non-blocking) or a timeout in ms")
        });
    }
}

fn is_video(t: hi_payload_type) -> bool {
    t == hi_payload_type::HI_PT_H264 || t == hi_payload_type::HI_PT_H265
}

/// The members every rate-control block shares: GOP (pictures), statistics window (s, absent for FIXQP), frame
/// rates (frames/s) and the bit rate member with its name (kbit/s, absent for FIXQP and QPMAP).
struct RcCommon {
    gop: u32,
    stats_time: Option<u32>,
    src: u32,
    dst: u32,
    rate: Option<(&'static str, u32)>,
}

/// Checks a rate-control attribute block of a video channel, reading only the member `rc_mode` selects.
fn check_rc(cx: &mut Cx<'_>, codec: hi_payload_type, rc: &hi_venc_rc_attr) {
    use hi_venc_rc_mode as M;
    let mode = rc.rc_mode;
    let h264 = codec == hi_payload_type::HI_PT_H264;
    let ok = if h264 { (1..=7).contains(&mode.0) } else { (11..=17).contains(&mode.0) };
    if !ok {
        cx.report(Rule::MpiVencRcmodeMatch, || {
            let family = if h264 { "HI_VENC_RC_MODE_H264_*" } else { "HI_VENC_RC_MODE_H265_*" };
            format!("rc_mode {mode:?} does not match the payload type {codec:?}; use one of {family}")
        });
        return;
    }
    // The H.265 blocks are typedefs of the H.264 ones: same layout, same checks.
    let common = |gop, stats_time, src, dst, rate| RcCommon { gop, stats_time, src, dst, rate };
    let RcCommon { gop, stats_time: stats, src, dst, rate } = match mode {
        M::HI_VENC_RC_MODE_H264_CBR | M::HI_VENC_RC_MODE_H265_CBR => {
            let c = rc.h264_cbr();
            common(c.gop, Some(c.stats_time), c.src_frame_rate, c.dst_frame_rate, Some(("bit_rate", c.bit_rate)))
        }
        M::HI_VENC_RC_MODE_H264_VBR | M::HI_VENC_RC_MODE_H265_VBR => {
            let c = rc.h264_vbr();
            common(
                c.gop,
                Some(c.stats_time),
                c.src_frame_rate,
                c.dst_frame_rate,
                Some(("max_bit_rate", c.max_bit_rate)),
            )
        }
        M::HI_VENC_RC_MODE_H264_AVBR | M::HI_VENC_RC_MODE_H265_AVBR => {
            let c = rc.h264_avbr();
            common(
                c.gop,
                Some(c.stats_time),
                c.src_frame_rate,
                c.dst_frame_rate,
                Some(("max_bit_rate", c.max_bit_rate)),
            )
        }
        M::HI_VENC_RC_MODE_H264_QVBR | M::HI_VENC_RC_MODE_H265_QVBR => {
            let c = rc.h264_qvbr();
            let rate = Some(("target_bit_rate", c.target_bit_rate));
            common(c.gop, Some(c.stats_time), c.src_frame_rate, c.dst_frame_rate, rate)
        }
        M::HI_VENC_RC_MODE_H264_CVBR | M::HI_VENC_RC_MODE_H265_CVBR => {
            let c = rc.h264_cvbr();
            common(
                c.gop,
                Some(c.stats_time),
                c.src_frame_rate,
                c.dst_frame_rate,
                Some(("max_bit_rate", c.max_bit_rate)),
            )
        }
        M::HI_VENC_RC_MODE_H264_FIXQP | M::HI_VENC_RC_MODE_H265_FIXQP => {
            let c = rc.h264_fixqp();
            for (name, qp) in [("i_qp", c.i_qp), ("p_qp", c.p_qp), ("b_qp", c.b_qp)] {
                if qp > 51 {
                    cx.report(Rule::MpiVencRcQp, || format!("FIXQP {name} {qp} is outside [0, 51]"));
                }
            }
            common(c.gop, None, c.src_frame_rate, c.dst_frame_rate, None)
        }
        _ => {
            let c = rc.h264_qpmap();
            common(c.gop, Some(c.stats_time), c.src_frame_rate, c.dst_frame_rate, None)
        }
    };
    if !(1..=65536).contains(&gop) {
        cx.report(Rule::MpiVencRcGop, || format!("gop {gop} is outside [1, 65536] pictures"));
    }
    if let Some(s) = stats {
        if !(1..=60).contains(&s) {
            cx.report(Rule::MpiVencRcStatstime, || format!("stats_time {s} s is outside [1, 60]"));
        }
    }
    if !(1..=240).contains(&src) || !(1..=240).contains(&dst) || dst > src {
        cx.report(Rule::MpiVencRcFramerate, || {
            format!("src_frame_rate {src} and dst_frame_rate {dst} must be in [1, 240] frames/s with dst <= src")
        });
    }
    if let Some((name, r)) = rate {
        if !(2..=614_400).contains(&r) {
            cx.report(Rule::MpiVencRcBitrate, || format!("{name} {r} kbit/s is outside [2, 614400]"));
        }
    }
}

/// Checks a channel attribute for create_chn (and set_chn_attr).
fn check_chn_attr(cx: &mut Cx<'_>, a: &hi_venc_chn_attr) {
    let soc = cx.soc();
    let va = &a.venc_attr;
    let (w, h) = (va.pic_width, va.pic_height);
    let t = va.r#type;
    if t == hi_payload_type::HI_PT_JPEG {
        if va.profile != 0 {
            cx.report(Rule::MpiJpegeType, || format!("JPEG profile {} is not 0 (baseline, the only one)", va.profile));
        }
        let (lo, hi) = soc.v2_jpeg_dims();
        if w < lo || w > hi || h < lo || h > hi || w % 2 != 0 || h % 2 != 0 {
            cx.report(Rule::MpiJpegeChnRes, || {
                format!(
                    "JPEG channel size {w}x{h} must be even and within {} pixels on {}",
                    range_text((lo, hi)),
                    soc.name()
                )
            });
        }
        let min = align_up(w as u64, 16) * align_up(h as u64, 16) * 3 / 2;
        if va.buf_size != 0 && (va.buf_size % 64 != 0 || (va.buf_size as u64) < min) {
            cx.report(Rule::MpiJpegeBufsizeRange, || {
                format!("JPEG buf_size {} bytes must be a multiple of 64 and at least {min} (ALIGN16(w) x ALIGN16(h) x 3/2); 0 selects the user-buffer mode of send_jpege_frame", va.buf_size)
            });
        }
        return;
    }
    if !is_video(t) {
        cx.report(Rule::MpiVencType, || format!("payload type {t:?} is not HI_PT_H264, HI_PT_H265 or HI_PT_JPEG"));
        return;
    }
    let h264 = t == hi_payload_type::HI_PT_H264;
    let profiles = if h264 { 0..=2 } else { 0..=0 };
    if !profiles.contains(&va.profile) {
        cx.report(Rule::MpiVencProfile, || {
            let allowed = if h264 { "0 (baseline), 1 (main) or 2 (high)" } else { "0 (main)" };
            format!("profile {} is not valid for {t:?}; use {allowed}", va.profile)
        });
    }
    let (lo, hi) = soc.v2_video_dims();
    let area_over = h264 && soc.h264_max_area().is_some_and(|m| w as u64 * h as u64 > m);
    if w < lo || w > hi || h < lo || h > hi || area_over {
        cx.report(Rule::MpiVencPicRange, || {
            let area = if area_over { " and H.264 needs width x height <= 4096 x 2304" } else { "" };
            format!("picture size {w}x{h} must be within {} pixels on {}{area}", range_text((lo, hi)), soc.name())
        });
    } else if w % 2 != 0 || h % 2 != 0 {
        cx.report(Rule::MpiVencAlign, || format!("picture size {w}x{h} must be even"));
    }
    let (mw, mh) = (va.max_pic_width, va.max_pic_height);
    if mw < w || mh < h || mw % 2 != 0 || mh % 2 != 0 {
        cx.report(Rule::MpiVencMaxpic, || {
            format!("max_pic_width/height {mw}x{mh} must be even and at least the picture size {w}x{h}")
        });
    }
    let b = va.buf_size;
    if b % 64 != 0 || !(32 * 1024..=1 << 30).contains(&b) {
        cx.report(Rule::MpiVencBufsize, || {
            format!("buf_size {b} bytes must be a multiple of 64 within [32 KiB, 1 GiB]")
        });
    } else if (b as u64) < align_up(w as u64 * h as u64 * 3 / 2, 64) {
        let need = align_up(w as u64 * h as u64 * 3 / 2, 64);
        cx.report(Rule::MpiVencBufsizeSmall, || {
            format!("buf_size {b} bytes is under one raw picture ({need} bytes for {w}x{h}); large frames get re-encoded and dropped")
        });
    }
    check_rc(cx, t, &a.rc_attr);
}

impl Hooks for hi_mpi_venc_create_chn {
    fn check(&self, cx: &mut Cx<'_>) {
        if !chn_id_ok(cx, self.chn) || !non_null(cx, self.attr, "attr") {
            return;
        }
        if state(cx).chns.contains_key(&self.chn) {
            let c = self.chn;
            cx.report(Rule::MpiChnExist, || format!("channel {c} already exists; destroy it first or use a free id"));
            return;
        }
        if let Some(a) = ptr::read(self.attr) {
            check_chn_attr(cx, &a);
        }
    }

    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret != HI_SUCCESS {
            return;
        }
        let Some(a) = ptr::read(self.attr) else { return };
        let va = a.venc_attr;
        let chn = Chn {
            origin: Origin::capture(cx.func),
            payload: va.r#type.0,
            pic_width: va.pic_width,
            pic_height: va.pic_height,
            buf_size: va.buf_size,
            is_by_frame: va.is_by_frame == hi_bool::HI_TRUE,
            recv: Recv::Created,
            fd: None,
            frames_sent: 0,
            cur_packs: None,
            streams: 0,
            bytes: 0,
            outstanding: Default::default(),
        };
        let mut st = state(cx);
        st.destroyed.remove(&self.chn);
        st.chns.insert(self.chn, chn);
    }
}

impl Hooks for hi_mpi_venc_destroy_chn {
    fn check(&self, cx: &mut Cx<'_>) {
        let Some(s) = chn(cx, self.chn) else { return };
        let c = self.chn;
        if let Recv::Receiving { .. } = s.recv {
            cx.report(Rule::MpiStopBeforeDestroy, || {
                format!("channel {c} is still receiving; call hi_mpi_venc_stop_chn before hi_mpi_venc_destroy_chn")
            });
        }
        if !s.outstanding.is_empty() {
            let n = s.outstanding.len();
            cx.report(Rule::MpiDestroyUnreleased, || {
                format!("channel {c} has {n} streams obtained with get_stream and not released; release them first")
            });
        }
    }

    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret != HI_SUCCESS {
            return;
        }
        let mut st = state(cx);
        if let Some(c) = st.chns.remove(&self.chn) {
            st.finished.push(c.summary(self.chn));
            st.destroyed.insert(self.chn, Origin::capture(cx.func));
        }
    }
}

impl Hooks for hi_mpi_venc_start_chn {
    fn check(&self, cx: &mut Cx<'_>) {
        let Some(s) = chn(cx, self.chn) else { return };
        if !non_null(cx, self.recv_param, "recv_param") {
            return;
        }
        let Some(p) = ptr::read(self.recv_param) else { return };
        let n = p.recv_pic_num;
        if n == 0 || n < -1 {
            cx.report(Rule::MpiStartRecvNum, || {
                format!("recv_pic_num {n} must be -1 (unlimited) or a positive number of pictures")
            });
        } else if let Recv::Receiving { limit } = s.recv {
            if limit != -1 || n != -1 {
                let c = self.chn;
                cx.report(Rule::MpiStartRestartCounted, || {
                    format!("channel {c} is already receiving (recv_pic_num {limit}); only a repeated start with -1 is allowed")
                });
            }
        }
    }

    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret != HI_SUCCESS {
            return;
        }
        let limit = ptr::read(self.recv_param).map_or(-1, |p| p.recv_pic_num);
        if let Some(c) = state(cx).chns.get_mut(&self.chn) {
            c.recv = Recv::Receiving { limit };
        }
    }
}

impl Hooks for hi_mpi_venc_stop_chn {
    fn check(&self, cx: &mut Cx<'_>) {
        chn(cx, self.chn);
    }

    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret == HI_SUCCESS {
            if let Some(c) = state(cx).chns.get_mut(&self.chn) {
                c.recv = Recv::Stopped;
            }
        }
    }
}

/// Checks a picture for a video channel (MPI-VENC-FRAME-*) or a JPEG channel (MPI-JPEGE-*).
fn check_frame(cx: &mut Cx<'_>, s: &ChnSnap, f: &hi_video_frame) {
    let (w, h, stride) = (f.width, f.height, f.width_stride[0]);
    let fmt = f.pixel_format;
    let nv = fmt == hi_pixel_format::HI_PIXEL_FORMAT_YUV_SEMIPLANAR_420
        || fmt == hi_pixel_format::HI_PIXEL_FORMAT_YVU_SEMIPLANAR_420;
    if is_video(s.payload) {
        if w != s.pic_width || h != s.pic_height {
            cx.report(Rule::MpiVencFrameSize, || {
                format!(
                    "picture {w}x{h} differs from the channel's {}x{}; video channels need the exact size",
                    s.pic_width, s.pic_height
                )
            });
        }
        if !nv {
            cx.report(Rule::MpiVencFrameFormat, || format!("pixel format {fmt:?} is not NV12 or NV21"));
        } else if stride % 16 != 0 || stride < w {
            cx.report(Rule::MpiVencFrameStride, || {
                format!(
                    "width_stride[0] {stride} must be a multiple of 16 and at least the width {w} (use {})",
                    align_up(w as u64, 16)
                )
            });
        }
        return;
    }
    if s.payload != hi_payload_type::HI_PT_JPEG {
        return;
    }
    if w > s.pic_width || h > s.pic_height {
        cx.report(Rule::MpiJpegeFrameLeChn, || {
            format!("picture {w}x{h} is larger than the JPEG channel's {}x{}", s.pic_width, s.pic_height)
        });
    }
    let packed = (7..=10).contains(&fmt.0);
    if !nv && !packed {
        cx.report(Rule::MpiJpegeFormat, || {
            format!("pixel format {fmt:?} is not NV12, NV21 or packed 4:2:2 (YUYV/UYVY/YVYU/VYUY)")
        });
        return;
    }
    if w % 2 != 0 || (nv && h % 2 != 0) {
        cx.report(Rule::MpiJpegeAlign, || {
            format!("picture {w}x{h}: the width (and for 4:2:0 the height) must be even")
        });
    }
    let row = if packed { 2 * w } else { w };
    if stride % 16 != 0 || stride < row {
        cx.report(Rule::MpiJpegeStride, || {
            format!(
                "width_stride[0] {stride} must be a multiple of 16 and at least {row} bytes (use {})",
                align_up(row as u64, 16)
            )
        });
    }
}

fn check_send(cx: &mut Cx<'_>, chn_id: i32, frame: *const hi_video_frame_info, ms: i32) -> Option<ChnSnap> {
    let s = chn(cx, chn_id)?;
    millisec(cx, ms);
    if !non_null(cx, frame, "frame") {
        return None;
    }
    if !matches!(s.recv, Recv::Receiving { .. }) {
        cx.report(Rule::MpiStartBeforeSend, || {
            format!("channel {chn_id} is not receiving; call hi_mpi_venc_start_chn before sending pictures")
        });
    }
    if let Some(f) = ptr::read(frame) {
        check_frame(cx, &s, &f.v_frame);
    }
    Some(s)
}

fn count_sent(cx: &Cx<'_>, chn: i32) {
    if let Some(c) = state(cx).chns.get_mut(&chn) {
        c.frames_sent += 1;
    }
}

impl Hooks for hi_mpi_venc_send_frame {
    fn check(&self, cx: &mut Cx<'_>) {
        check_send(cx, self.chn, self.frame, self.milli_sec);
    }

    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret == HI_SUCCESS {
            count_sent(cx, self.chn);
        }
    }
}

impl Hooks for hi_mpi_venc_send_jpege_frame {
    fn check(&self, cx: &mut Cx<'_>) {
        let Some(s) = check_send(cx, self.chn, self.frame, self.milli_sec) else { return };
        if s.buf_size != 0 {
            let c = self.chn;
            cx.report(Rule::MpiJpegeBufsizeMode, || {
                format!("channel {c} was created with buf_size {}; send_jpege_frame needs buf_size 0", s.buf_size)
            });
        }
        if !non_null(cx, self.jpege_stream, "jpege_stream") {
            return;
        }
        if let Some(out) = ptr::read(self.jpege_stream) {
            if out.addr.is_null() || (out.addr as usize) % 16 != 0 {
                cx.report(Rule::MpiJpegeOutbuf, || {
                    format!("jpege_stream.addr {:p} must be a 16-byte aligned buffer from hi_mpi_dvpp_malloc", out.addr)
                });
            }
        }
    }

    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret == HI_SUCCESS {
            count_sent(cx, self.chn);
        }
    }
}

impl Hooks for hi_mpi_venc_send_frame_ex {
    fn check(&self, cx: &mut Cx<'_>) {
        if chn(cx, self.chn).is_some() {
            millisec(cx, self.milli_sec);
            non_null(cx, self.frame, "frame");
        }
    }
}

impl Hooks for hi_mpi_venc_get_jpege_predicted_size {
    fn check(&self, cx: &mut Cx<'_>) {
        if self.frame.is_null() || self.size.is_null() {
            let (f, s) = (self.frame, self.size);
            cx.report(Rule::MpiJpegePredsizeArgs, || format!("frame ({f:p}) and size ({s:p}) must not be NULL"));
        }
    }
}

impl Hooks for hi_mpi_venc_query_status {
    fn check(&self, cx: &mut Cx<'_>) {
        if chn(cx, self.chn).is_some() {
            non_null(cx, self.status, "status");
        }
    }

    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret != HI_SUCCESS {
            return;
        }
        if let Some(st) = ptr::read(self.status) {
            if let Some(c) = state(cx).chns.get_mut(&self.chn) {
                c.cur_packs = Some(st.cur_packs);
            }
        }
    }
}

impl Hooks for hi_mpi_venc_get_stream {
    fn check(&self, cx: &mut Cx<'_>) {
        let Some(c) = chn(cx, self.chn) else { return };
        millisec(cx, self.milli_sec);
        if !non_null(cx, self.stream, "stream") {
            return;
        }
        if let Some(s) = ptr::read(self.stream) {
            if s.pack.is_null() || s.pack_cnt == 0 {
                cx.report(Rule::MpiGetstreamPack, || {
                    format!("stream.pack {:p} with pack_cnt {}: allocate pack_cnt hi_venc_pack entries (cur_packs from query_status) and set both", s.pack, s.pack_cnt)
                });
            } else if let Some(need) = c.cur_packs.filter(|n| s.pack_cnt < *n) {
                let id = self.chn;
                cx.report(Rule::MpiGetstreamPack, || {
                    format!("pack_cnt {} is below the {need} packs query_status reported for channel {id}'s next stream; allocate at least cur_packs hi_venc_pack entries", s.pack_cnt)
                });
            }
        }
    }

    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret != HI_SUCCESS {
            return;
        }
        let Some(s) = ptr::read(self.stream) else { return };
        let mut bytes = 0u64;
        let mut empty = None;
        for i in 0..s.pack_cnt as usize {
            if let Some(p) = ptr::read_at(s.pack, i) {
                bytes += p.len.saturating_sub(p.offset) as u64;
                if p.len == 0 && empty.is_none() {
                    empty = Some(i);
                }
            }
        }
        if let Some(i) = empty {
            let c = self.chn;
            cx.note(Rule::MpiGetstreamLen0, || {
                format!("channel {c} stream seq {} pack {i} has len 0: that picture failed to encode (release the stream all the same)", s.seq)
            });
        }
        if let Some(c) = state(cx).chns.get_mut(&self.chn) {
            c.cur_packs = None;
            c.streams += 1;
            c.bytes += bytes;
            c.outstanding.push_back(Outstanding {
                pack: s.pack as usize,
                pack_cnt: s.pack_cnt,
                seq: s.seq,
                origin: Origin::light(cx.func),
            });
        }
    }
}

impl Hooks for hi_mpi_venc_release_stream {
    fn check(&self, cx: &mut Cx<'_>) {
        let Some(c) = chn(cx, self.chn) else { return };
        if !non_null(cx, self.stream, "stream") {
            return;
        }
        let Some(s) = ptr::read(self.stream) else { return };
        let key = s.pack as usize;
        let id = self.chn;
        match c.outstanding.iter().position(|p| *p == key) {
            None => cx.report(Rule::MpiReleaseInvalid, || {
                format!("stream (pack {:p}, seq {}) was not obtained from channel {id} with get_stream, or was already released", s.pack, s.seq)
            }),
            Some(0) => {}
            Some(i) => cx.report(Rule::MpiReleaseOrder, || {
                format!("stream seq {} released before {i} older streams of channel {id}; release in the order obtained (FIFO)", s.seq)
            }),
        }
    }

    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret != HI_SUCCESS {
            return;
        }
        let Some(s) = ptr::read(self.stream) else { return };
        if let Some(c) = state(cx).chns.get_mut(&self.chn) {
            if let Some(i) = c.outstanding.iter().position(|o| o.pack == s.pack as usize) {
                c.outstanding.remove(i);
            }
        }
    }
}

impl Hooks for hi_mpi_venc_get_fd {
    fn check(&self, cx: &mut Cx<'_>) {
        if !chn_id_ok(cx, self.chn) {
            return;
        }
        if !state(cx).chns.contains_key(&self.chn) {
            let c = self.chn;
            cx.report(Rule::MpiGetfdOrder, || {
                format!("channel {c} does not exist; call hi_mpi_venc_get_fd after create_chn")
            });
        }
    }

    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret >= 0 {
            if let Some(c) = state(cx).chns.get_mut(&self.chn) {
                c.fd = Some(*ret);
            }
        }
    }
}

impl Hooks for hi_mpi_venc_set_jpeg_param {
    fn check(&self, cx: &mut Cx<'_>) {
        let Some(s) = chn(cx, self.chn) else { return };
        if !non_null(cx, self.jpeg_param, "jpeg_param") {
            return;
        }
        if s.payload != hi_payload_type::HI_PT_JPEG {
            let c = self.chn;
            cx.report(Rule::MpiJpegeSetparamType, || format!("channel {c} is {:?}, not a JPEG channel", s.payload));
        }
        if let Some(p) = ptr::read(self.jpeg_param) {
            let q = p.qfactor;
            if q != u32::MAX && !(1..=100).contains(&q) {
                cx.report(Rule::MpiJpegeQfactor, || {
                    format!("qfactor {q} must be in [1, 100], or 0xFFFFFFFF to use the y/cb/cr quantisation tables")
                });
            }
        }
    }
}

impl Hooks for hi_mpi_venc_set_chn_attr {
    fn check(&self, cx: &mut Cx<'_>) {
        if chn(cx, self.chn).is_some() && non_null(cx, self.chn_attr, "chn_attr") {
            if let Some(a) = ptr::read(self.chn_attr) {
                check_chn_attr(cx, &a);
            }
        }
    }
}

/// `fn(chn, required pointer) -> hi_s32`: the channel must exist and the pointer be non-NULL.
macro_rules! chn_ptr {
    ($($f:ident . $p:ident),* $(,)?) => {$(
        impl Hooks for $f {
            fn check(&self, cx: &mut Cx<'_>) {
                if chn(cx, self.chn).is_some() {
                    non_null(cx, self.$p, stringify!($p));
                }
            }
        }
    )*};
}

chn_ptr!(
    hi_mpi_venc_set_chn_param.chn_param,
    hi_mpi_venc_get_chn_param.chn_param,
    hi_mpi_venc_get_jpeg_param.jpeg_param,
    hi_mpi_venc_set_jpeg_huffman_param.jpeg_huffman_param,
    hi_mpi_venc_get_jpeg_huffman_param.jpeg_huffman_data,
    hi_mpi_venc_set_rc_param.rc_param,
    hi_mpi_venc_get_rc_param.rc_param,
    hi_mpi_venc_set_roi_attr.roi_attr,
    hi_mpi_venc_get_roi_attr.roi_attr,
    hi_mpi_venc_set_ref_param.ref_param,
    hi_mpi_venc_get_ref_param.ref_param,
    hi_mpi_venc_get_scene_mode.scene_mode,
    hi_mpi_venc_set_h264_vui.h264_vui,
    hi_mpi_venc_get_h264_vui.h264_vui,
    hi_mpi_venc_set_h265_vui.h265_vui,
    hi_mpi_venc_get_h265_vui.h265_vui,
    hi_mpi_venc_set_cu_pred.cu_pred,
    hi_mpi_venc_get_cu_pred.cu_pred,
    hi_mpi_venc_set_intra_refresh.intra_refresh,
    hi_mpi_venc_get_intra_refresh.intra_refresh,
    hi_mpi_venc_get_chn_attr.chn_attr,
    hi_mpi_venc_set_slice_split.slice_split,
    hi_mpi_venc_get_slice_split.slice_split,
    hi_mpi_venc_set_streamcopy_param.streamcopy_param,
    hi_mpi_venc_get_streamcopy_param.streamcopy_param,
);

/// `fn(chn, values...) -> hi_s32`: the channel must exist.
macro_rules! chn_only {
    ($($f:ident),* $(,)?) => {$(
        impl Hooks for $f {
            fn check(&self, cx: &mut Cx<'_>) {
                chn(cx, self.chn);
            }
        }
    )*};
}

chn_only!(hi_mpi_venc_close_fd, hi_mpi_venc_compact_jpeg_tables, hi_mpi_venc_request_idr, hi_mpi_venc_set_scene_mode);

impl Hooks for hi_mpi_venc_set_mod_param {
    fn check(&self, cx: &mut Cx<'_>) {
        non_null(cx, self.mod_param, "mod_param");
    }
}

impl Hooks for hi_mpi_venc_get_mod_param {
    fn check(&self, cx: &mut Cx<'_>) {
        non_null(cx, self.mod_param, "mod_param");
    }
}

impl Hooks for hi_mpi_venc_get_qpmap_stride {}
impl Hooks for hi_mpi_venc_get_qpmap_size {}
