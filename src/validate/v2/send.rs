//! Sending pictures (docs/validation-rules.md C.3, D.2): the channel receiving, the picture's size, format and strides
//! against the channel.

use super::{chn, is_video, millisec, non_null};
use crate::calls::v2::args::*;
use crate::chassis::{Cx, Hooks};
use crate::state::pipe::{Allocator, Where};
use crate::state::v2::{Recv, Seen};
use crate::state::Sender;
use crate::validate::rules::Rule;
use crate::validate::stream::Nv12;
use crate::validate::{align_up, yuv420_bytes};
use aclvenc_abi::*;
use aclvenc_ptr::{member, In};

/// Checks a picture for a video channel (MPI-VENC-FRAME-*) or a JPEG channel (MPI-JPEGE-*).
fn check_frame(cx: &mut Cx<'_>, s: &Seen, f: &hi_video_frame) {
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

/// Checks a send to `chn_id`; returns the channel's `buf_size` when it is live (only that: a copy of the whole
/// [`Seen`] out of the function stalls on store forwarding).
pub(super) fn check_send(cx: &mut Cx<'_>, chn_id: i32, frame: In<'_, hi_video_frame_info>, ms: i32) -> Option<u32> {
    // Borrowed in place: moved out of the Option, it would be copied with wide loads of its narrow stores.
    let found = chn(cx, chn_id);
    let Some(s) = &found else { return None };
    millisec(cx, ms);
    if !non_null(cx, frame.raw(), "frame") {
        return None;
    }
    if !matches!(s.recv, Recv::Receiving { .. }) {
        cx.report(Rule::MpiStartBeforeSend, || {
            format!("channel {chn_id} is not receiving; call hi_mpi_venc_start_chn before sending pictures")
        });
    }
    if let Some(f) = frame.read() {
        check_frame(cx, s, &f.v_frame);
        check_input_memory(cx, &f.v_frame);
        super::uninit::check_frame_members(cx, &f.v_frame);
    }
    Some(s.buf_size)
}

/// MPI-MEM-DVPP and MPI-MEM-SIZE: the picture must lie in hi_mpi_dvpp_malloc memory (310B: aclrtMalloc too) that
/// holds width_stride x height x 3/2 bytes from `virt_addr[0]`.
fn check_input_memory(cx: &mut Cx<'_>, f: &hi_video_frame) {
    let addr = f.virt_addr[0] as usize;
    if addr == 0 {
        return;
    }
    let soc = cx.soc();
    let (ws, rows) = (f.width_stride[0], if f.height_stride[0] > 0 { f.height_stride[0] } else { f.height });
    let need = yuv420_bytes(u64::from(ws), u64::from(f.height));
    // A block this thread sent from before is found without the pipe lock.
    let (problem, room) = match cx.where_is(addr) {
        Where::Live((base, size, allocator)) => {
            let allowed = match allocator {
                Allocator::HiMpiDvppMalloc => true,
                Allocator::AclrtMalloc => soc.limits().v2.is_some_and(|v2| v2.video_input_aclrt_malloc),
                _ => false,
            };
            ((!allowed).then(|| format!("comes from {}", allocator.malloc())), Some((base, size, base + size - addr)))
        }
        Where::Freed(by) => (Some(format!("was freed ({})", by.site())), None),
        Where::Freeing => (Some("is being freed by another thread".into()), None),
        Where::Unknown => (Some("was never returned by hi_mpi_dvpp_malloc".into()), None),
    };
    if let Some(problem) = problem {
        cx.report(Rule::MpiMemDvpp, || {
            format!("v_frame.virt_addr[0] {addr:#x} {problem}: the DVPP hardware reads only memory from hi_mpi_dvpp_malloc on {} (the send fails with BAD_ADDR or reads garbage). Allocate the picture with hi_mpi_dvpp_malloc", soc.name())
        });
    }
    if let Some((base, size, room)) = room {
        if (room as u64) < need {
            cx.report(Rule::MpiMemSize, || {
                format!("the picture's block {base:#x} ({size} bytes) holds only {room} bytes from virt_addr[0] {addr:#x}, but width_stride {ws} x height {} x 3/2 = {need} bytes are read (height_stride {rows}): the encoder reads past the block. Allocate {need} bytes", f.height)
            });
        }
    }
}

/// Records, before the driver sees it, a picture being sent to `chn` from `frame`: it reads its input block (and
/// `out`, a JPEG output buffer) until get_stream returns its stream, which can happen before the send returns.
pub(super) fn entering(cx: &Cx<'_>, chn: i32, frame: In<'_, hi_video_frame_info>, out: Option<usize>) {
    // Two members read alone (a copy of the whole frame is a `memcpy`; issue 9).
    let v = member!(frame, hi_video_frame_info, v_frame);
    let Some([input, ..]) = member!(v, hi_video_frame, virt_addr).read() else { return };
    let (input, pts) = (input as usize, member!(v, hi_video_frame, pts).read().unwrap_or(0));
    // Found before the channel's lock (the send's check put the input's block in this thread's cache).
    let block = |addr: usize| (addr != 0).then(|| cx.block_at(addr)).flatten();
    let blocks = [block(input), out.and_then(block)];
    let reads = || blocks.map(|b| b.map(|b| b.reads.begin()));
    let Some(e) = cx.v2().frame_entering((chn, input, pts), Sender::of(cx), &reads) else { return };
    // Counted as sent: its record takes no lock when the send succeeds
    // ([`crate::state::v2::V2State::frame_entering`]).
    cx.entered_did.set(true);
    crate::validate::stream::entered(&e);
    if let Some(f) = frame.read().filter(|_| crate::tap::captures_input(e.flight.frame)) {
        capture_input(cx, e.track, &f.v_frame, frame);
    }
}

/// Hands an NV12 picture of the channel on `track` to the input capture (`ACLVENC_SHIM_CAPTURE_INPUT`).
fn capture_input(cx: &Cx<'_>, track: u32, v: &hi_video_frame, frame: In<'_, hi_video_frame_info>) {
    if v.pixel_format != hi_pixel_format::HI_PIXEL_FORMAT_YUV_SEMIPLANAR_420 {
        return;
    }
    let y_stride = v.width_stride[0];
    let rows = if v.height_stride[0] > 0 { v.height_stride[0] } else { v.height } as usize;
    let y = v.virt_addr[0] as usize;
    let pic = Nv12 {
        width: v.width,
        height: v.height,
        y,
        y_stride,
        uv: if v.virt_addr[1].is_null() { y + y_stride as usize * rows } else { v.virt_addr[1] as usize },
        uv_stride: if v.width_stride[1] > 0 { v.width_stride[1] } else { y_stride },
    };
    crate::validate::stream::capture_input(cx, track, &pic, frame);
}

/// Records the driver's answer to a send: counted when it succeeded (already, when [`entering`] ran), no longer in
/// flight and not counted when it was refused.
pub(super) fn record_sent(cx: &Cx<'_>, chn: i32, frame: In<'_, hi_video_frame_info>, ok: bool) {
    let counted = cx.entered_did.get();
    if ok {
        if !counted {
            cx.v2().frame_sent(chn);
        }
        return;
    }
    let Some(f) = frame.read() else { return };
    cx.v2().frame_refused(chn, f.v_frame.virt_addr[0] as usize, counted);
}

impl Hooks for hi_mpi_venc_send_frame {
    fn check(&self, cx: &mut Cx<'_>) {
        check_send(cx, self.chn, self.frame(), self.milli_sec);
    }

    fn entered(&self, cx: &Cx<'_>) {
        entering(cx, self.chn, self.frame(), None);
    }

    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        record_sent(cx, self.chn, self.frame(), *ret == HI_SUCCESS);
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
