//! aclvencSendFrame (docs/validation-rules.md A.4, E): a live channel, a known frame config, an input unless EOS, a
//! report thread other than the sender, nothing after EOS.

use super::{config, desc, waits_for_callbacks, DescSnap};
use crate::calls::v1::args::*;
use crate::chassis::{Cx, Hooks};
use crate::state::pipe::{Allocator, PicFields, Where};
use crate::state::v1::{Attr, Phase};
use crate::state::Sender;
use crate::validate::rules::Rule;
use crate::validate::yuv420_bytes;
use aclvenc_abi::*;

impl Hooks for aclvencSendFrame {
    fn check(&self, cx: &mut Cx<'_>) {
        // Every handle first, whatever the other arguments: no desc, frame config or input pic desc the shim never
        // saw created reaches the driver (issue 8, defect 1).
        let s = desc(cx, self.channelDesc, Some(Rule::VencSendNullDesc));
        let eos = config(cx, self.config, Rule::VencSendNullConfig);
        crate::validate::dvpp::known_pic_desc(cx, self.input as usize, "input");
        let Some(s) = s else { return };
        let p = self.channelDesc;
        if s.phase != Phase::Live {
            cx.report(Rule::VencSendNotCreated, || {
                format!("channelDesc {p:p} has no live channel; call aclvencCreateChannel before sending pictures")
            });
        }
        let Some(eos) = eos else { return };
        if !eos && self.input.is_null() {
            cx.report(Rule::VencSendNullInput, || {
                "input is NULL on a frame without EOS; pass a pic desc, or set EOS on the frame config to flush".into()
            });
        }
        let thread_id = s.cell.attr(Attr::ThreadId);
        if thread_id.is_some_and(|t| t == crate::process::current_thread_id()) {
            cx.report(Rule::VencChdescThreadidNotPumping, || {
                format!("the report thread of channelDesc {p:p} (thread id {:#x}) is the thread sending pictures: while it is in aclvencSendFrame it is not in aclrtProcessReport, so callbacks wait, and the EOS send or aclvencDestroyChannel, which wait for them, deadlock. Give the channel a dedicated thread that loops on aclrtProcessReport", thread_id.unwrap_or(0))
            });
        }
        // The pipe lock is taken and released here: the picture checks take it again.
        let pic = if eos { None } else { cx.pic_desc(self.input as usize).map(|d| d.fields()) };
        if eos {
            waits_for_callbacks(cx, p, &s);
        } else if let Some(pic) = pic {
            check_picture(cx, &s, &pic);
        }
        let current = cx.current_context();
        if s.phase == Phase::Live && s.context.is_some() && current != s.context {
            let thread = cx.thread();
            cx.report(Rule::VencSendContext, || {
                format!("aclvencSendFrame on thread {thread:#x}, whose current context ({}) is not the one channelDesc {p:p} was created in ({}): the channel's streams belong to that context. Call aclrtSetCurrentContext with the channel's context on this thread", describe_context(current), describe_context(s.context))
            });
        }
        if !eos && s.eos_sent {
            cx.report(Rule::VencSendAfterEos, || {
                format!("a picture was sent after EOS on channelDesc {p:p}; EOS ends the stream. Destroy and recreate the channel to encode more")
            });
        }
    }

    fn explain_failure(&self, _code: i32, cx: &Cx<'_>) -> Option<String> {
        let pic = cx.pic_desc(self.input as usize).map(|d| d.fields())?;
        let (ws, size) = (pic.width_stride?, pic.size?);
        let h = pic.height?;
        let rows = pic.height_stride.filter(|hs| *hs > 0).unwrap_or(h);
        let need = yuv420_bytes(u64::from(ws), u64::from(rows));
        (u64::from(size) < need)
            .then(|| format!("the pic desc declares {ws}x{rows} strides ({need} bytes) but its size is {size}"))
    }

    /// With wrapped callbacks the picture is in flight from here until its callback (which may come before the
    /// send returns): it reads its pic desc and data.
    fn entered(&self, cx: &Cx<'_>) {
        let (p, pic) = (self.channelDesc as usize, self.input as usize);
        if !cx.wrap_callbacks() || !crate::callbacks::wrapped(p) {
            return;
        }
        // Found before the V1 lock, in this thread's caches (the send's check looked both up).
        let desc = cx.pic_desc(pic);
        let block = desc.and_then(|d| d.fields().data).filter(|d| *d != 0).and_then(|d| cx.block_at(d));
        let reads = || [desc.map(|d| d.reads.begin()), block.map(|b| b.reads.begin())];
        let handles = (p, pic, self.config as usize);
        let Some(e) = cx.v1().frame_entering(handles, Sender::of(cx), &reads) else { return };
        crate::validate::stream::entered(&e);
        let nv12 = desc.filter(|_| crate::tap::captures_input(e.flight.frame)).and_then(|d| nv12(&d.fields()));
        if let Some(nv12) = nv12 {
            crate::validate::stream::capture_input(cx, e.track, &nv12, self.input().as_in());
        }
    }

    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        let (p, pic) = (self.channelDesc as usize, self.input as usize);
        let eos = cx.v1_config(self.config as usize).is_ok_and(|c| c.eos());
        if *ret == ACL_SUCCESS {
            if let Ok(d) = cx.v1_desc(p) {
                d.frame_accepted(p, eos);
            }
        } else if !eos && cx.wrap_callbacks() && crate::callbacks::wrapped(p) {
            // Only a picture of a wrapped channel was put in flight (`entered`).
            cx.v1().frame_refused(p, pic);
        }
    }
}

/// The picture a pic desc describes, when it is NV12 (`PIXEL_FORMAT_YUV_SEMIPLANAR_420`) with data and size set:
/// the chroma plane follows the luma plane's `widthStride` x `heightStride` bytes.
fn nv12(d: &PicFields) -> Option<crate::validate::stream::Nv12> {
    if d.format != Some(acldvppPixelFormat::PIXEL_FORMAT_YUV_SEMIPLANAR_420.0 as u32) {
        return None;
    }
    let (y, width, height) = (d.data?, d.width?, d.height?);
    let y_stride = d.width_stride.filter(|s| *s > 0).unwrap_or(width);
    let rows = d.height_stride.filter(|s| *s > 0).unwrap_or(height);
    let uv = y + y_stride as usize * rows as usize;
    Some(crate::validate::stream::Nv12 { width, height, y, y_stride, uv, uv_stride: y_stride })
}

fn describe_context(c: Option<usize>) -> String {
    match c {
        None => "none".into(),
        Some(0) => "the device's default context".into(),
        Some(c) => format!("{c:#x}"),
    }
}

/// The checks of the picture a V1 frame reads (a pic desc made with acldvppCreatePicDesc, as its setters left it):
/// where its data lives, its alignment, strides and size against the channel (validation-rules.md A.4).
fn check_picture(cx: &mut Cx<'_>, s: &DescSnap, pic: &PicFields) {
    let soc = cx.soc();
    let attr = |a| s.cell.attr(a).map(|v| v as u32);
    let (cw, ch) = (attr(Attr::Width).unwrap_or(0), attr(Attr::Height).unwrap_or(0));
    let (w, h) = (pic.width.unwrap_or(cw), pic.height.unwrap_or(ch));
    if let Some(data) = pic.data.filter(|d| *d != 0) {
        // Where the data lives, and how many bytes of its block follow it.
        let (problem, room) = match cx.where_is(data) {
            Where::Live((base, size, allocator)) => {
                let allowed = match allocator {
                    Allocator::AcldvppMalloc | Allocator::HiMpiDvppMalloc => true,
                    Allocator::AclrtMalloc => soc.chip != crate::soc::Chip::Ascend310,
                    Allocator::AclrtMallocHost => false,
                };
                let problem = (!allowed).then(|| format!("comes from {}", allocator.malloc()));
                (problem, Some((base, size, base + size - data)))
            }
            Where::Freed(by) => (Some(format!("was freed ({})", by.site())), None),
            Where::Freeing => (Some("is being freed by another thread".into()), None),
            Where::Unknown => (Some("was never returned by acldvppMalloc".into()), None),
        };
        if let Some(problem) = problem {
            cx.report(Rule::VencSendInputProvenance, || {
                format!("the input data {data:#x} {problem}: the DVPP encoder reads only memory from acldvppMalloc (and aclrtMalloc on 310P/310B) on {}. Allocate the picture with acldvppMalloc", soc.name())
            });
        }
        if data % 16 != 0 {
            cx.report(Rule::VencSendInputAlign, || {
                format!("the input data {data:#x} is not 16-byte aligned; acldvppMalloc returns aligned memory, so pass the block's start (or an offset that is a multiple of 16)")
            });
        }
        if let (Some((base, size, room)), Some(ws)) = (room, pic.width_stride) {
            let rows = pic.height_stride.filter(|hs| *hs > 0).unwrap_or(h);
            let need = yuv420_bytes(u64::from(ws), u64::from(rows));
            if (room as u64) < need {
                cx.report(Rule::VencSendInputSizeMin, || {
                    format!("the input's block {base:#x} ({size} bytes) holds only {room} bytes from {data:#x}, but widthStride {ws} x heightStride {rows} x 3/2 = {need} bytes are read: the encoder reads past the block. Allocate {need} bytes")
                });
            }
        }
    }
    if let Some(ws) = pic.width_stride {
        if ws % 16 != 0 || ws < w {
            cx.report(Rule::VencSendStride, || {
                format!(
                    "widthStride {ws} must be a multiple of 16 and at least the width {w}; use {}",
                    w.div_ceil(16) * 16
                )
            });
        }
        let rows = pic.height_stride.filter(|hs| *hs > 0).unwrap_or(h);
        let need = yuv420_bytes(u64::from(ws), u64::from(rows));
        if let Some(size) = pic.size.filter(|size| u64::from(*size) < need) {
            cx.report(Rule::VencSendInputSizeMin, || {
                format!("the pic desc declares {ws}x{rows} strides ({ws} x {rows} x 3/2 = {need} bytes) but its size is {size} bytes: the encoder reads {} bytes past the picture and the driver refuses it. Set heightStride to the rows the buffer really has, or allocate and declare {need} bytes", need - u64::from(size))
            });
        }
    }
    if let Some(hs) = pic.height_stride.filter(|hs| *hs > 0) {
        if hs < h || hs % 2 != 0 {
            cx.report(Rule::VencSendHstride, || format!("heightStride {hs} must be even and at least the height {h}"));
        }
    }
    if soc.chip == crate::soc::Chip::Ascend310 {
        if let Some(size) = pic.size {
            let (lo, hi) =
                (yuv420_bytes(u64::from(cw), u64::from(ch)), (u64::from(cw) * u64::from(ch)).saturating_mul(3));
            if !(lo..hi).contains(&u64::from(size)) {
                cx.report(Rule::VencSendInputSizeRange, || {
                    format!("the pic desc size {size} bytes is outside [{lo}, {hi}) (w x h x 3/2 to w x h x 3 for the channel's {cw}x{ch}); Ascend310 refuses it")
                });
            }
        }
    }
    if (pic.width.is_some_and(|pw| pw != cw && cw != 0)) || (pic.height.is_some_and(|ph| ph != ch && ch != 0)) {
        cx.report(Rule::VencSendPicdescDims, || {
            format!("the pic desc is {w}x{h} but the channel is {cw}x{ch}: the encoder uses the channel's size. Send pictures of the channel's size")
        });
    }
    if let (Some(pf), Some(cf)) = (pic.format, attr(Attr::PixelFormat)) {
        if pf != cf {
            cx.report(Rule::VencSendPicdescFormatIgnored, || {
                format!("the pic desc format {} differs from the channel's {}: the encoder ignores the pic desc's and reads the data as the channel's format", fmt_pixel(pf), fmt_pixel(cf))
            });
        }
    }
}

fn fmt_pixel(v: u32) -> String {
    format!("{:?}", acldvppPixelFormat(v as i32))
}
