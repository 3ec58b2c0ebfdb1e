//! Creating and destroying V1 channels (docs/validation-rules.md A.3).

use super::{desc, needs_context, waits_for_callbacks};
use crate::calls::v1::args::*;
use crate::chassis::{Cx, Hooks};
use crate::site::Origin;
use crate::state::figures::{meter_for, next_track};
use crate::state::pipe::{Allocator, Found};
use crate::state::v1::{DescAttrs, Phase};
use crate::validate::rules::Rule;
use aclvenc_abi::*;
use aclvenc_bitstream::{Codec, Expect, Profile};
use aclvenc_chip::DefaultRcMode;
use aclvenc_interface::report::RateTarget;

/// What a desc's channel outputs should be, for the stream checks (`None`: no known `enType`).
fn expect(a: &DescAttrs) -> Option<Expect> {
    let en_type = a.en_type?;
    let codec = Codec::from_v1_en_type(en_type)?;
    let (width, height) = (a.width.unwrap_or(0), a.height.unwrap_or(0));
    Some(Expect {
        codec,
        width,
        height,
        gop: a.key_frame_interval.filter(|g| *g > 0),
        profile: Profile::from_v1_en_type(en_type),
    })
}

/// The rate control a desc asks for: `rcMode` (0: the chip's default), `maxBitRate` (0: the chip's default) and
/// `srcRate` (0: 30 frames/s). VENC-CHDESC-RCMODE-DEFAULT, VENC-CHDESC-MAXBITRATE-DEFAULT.
fn asked_rate(cx: &Cx<'_>, a: &DescAttrs) -> RateTarget {
    let chip = cx.soc().limits();
    let mode = match (a.rc_mode.unwrap_or(0), chip.v1_default_rc) {
        (1, _) | (0, DefaultRcMode::Vbr) => "VBR",
        _ => "CBR",
    };
    let kbps = a.max_bit_rate.filter(|r| *r != 0).unwrap_or(chip.v1_default_bit_rate_kbps);
    let fps = a.src_rate.filter(|r| *r != 0).unwrap_or(chip.v1_default_src_rate);
    RateTarget { mode: mode.into(), kbps: Some(kbps), fps: Some(fps) }
}

impl Hooks for aclvencCreateChannel {
    fn check(&self, cx: &mut Cx<'_>) {
        let Some(s) = desc(cx, self.channelDesc, Some(Rule::VencChanCreateNull)) else { return };
        let p = self.channelDesc;
        if s.phase == Phase::Live {
            cx.report(Rule::VencChanCreateTwice, || {
                format!(
                    "channelDesc {p:p} already has a live channel; the old channel's streams leak. Destroy it first"
                )
            });
            return;
        }
        let a = s.cell.attrs();
        if a.callback.is_none() {
            cx.report(Rule::VencChdescCallbackMissing, || {
                "no callback set; every encoded frame would be dropped. Call aclvencSetChannelDescCallback first".into()
            });
        }
        if a.thread_id.unwrap_or(0) == 0 {
            cx.report(Rule::VencChdescThreadidMissing, || {
                "no report thread id set; callbacks are delivered on the thread given to aclvencSetChannelDescThreadId, which must loop on aclrtProcessReport".into()
            });
        }
        if a.pic_format.is_none() {
            cx.report(Rule::VencChdescPicformatMissing, || {
                "picture format never set; the device default (YUV400) is unsupported. Set PIXEL_FORMAT_YUV_SEMIPLANAR_420".into()
            });
        }
        if a.width.is_none() || a.height.is_none() {
            cx.report(Rule::VencChdescDimsMissing, || {
                format!(
                    "picture width ({:?}) and height ({:?}) must both be set before aclvencCreateChannel",
                    a.width, a.height
                )
            });
        }
        if cx.soc().v1_user_out_buffer() && a.buf_addr.is_some() != a.buf_size.is_some() {
            cx.report(Rule::VencChdescBufPair, || {
                format!("only the output buffer {} is set; set both address and size, or neither (then an 8 MiB buffer is allocated)", if a.buf_addr.is_some() { "address" } else { "size" })
            });
        }
        if let (Some(addr), Some(size)) = (a.buf_addr, a.buf_size) {
            output_buffer_provenance(cx, addr, size as usize);
        }
        needs_context(cx);
    }

    fn explain_failure(&self, _code: i32, cx: &Cx<'_>) -> Option<String> {
        let a = cx.v1().descs.get(&(self.channelDesc as usize))?.attrs();
        let (lo, hi) = cx.soc().v1_dims();
        let (w, h) = (a.width?, a.height?);
        let outside = |v: u32| v < lo || v > hi;
        (outside(w) || outside(h)).then(|| {
            format!("the desc's picture is {w}x{h}, outside [{lo}, {hi}] on {}: see VENC-CHDESC-WIDTH-RANGE / -HEIGHT-RANGE for this desc", cx.soc().name())
        })
    }

    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret != ACL_SUCCESS {
            return;
        }
        let p = self.channelDesc as usize;
        let context = cx.pipe().context_of(cx.thread());
        let attrs = cx.v1().descs.get(&p).map(|d| d.attrs());
        let meter = meter_for(&cx.shim.settings, attrs.map(|a| asked_rate(cx, &a)));
        let (origin, track) = (Origin::capture(cx.func), next_track());
        if let Some(expect) = attrs.filter(|_| crate::tap::on(crate::tap::Api::V1)).and_then(|a| expect(&a)) {
            let (name, stem) = (format!("channelDesc {p:#x}"), format!("desc-{p:#x}"));
            let (function, origin) = ("aclvencCallback", origin.clone());
            crate::tap::open(crate::tap::Opening { track, name, stem, expect, function, origin });
        }
        if crate::timeline::timeline_on() {
            let codec = attrs.and_then(|a| Codec::from_v1_en_type(a.en_type?)).map_or("", Codec::name);
            crate::timeline::channel_track(track, format!("desc {p:#x} {codec}"));
        }
        cx.v1().channel_created(p, origin, context, (meter, track));
        let buf = cx.v1().descs.get(&p).and_then(|d| d.attrs().buf_addr);
        cx.pipe().output_buffer(p, buf);
    }
}

impl Hooks for aclvencDestroyChannel {
    fn check(&self, cx: &mut Cx<'_>) {
        let Some(s) = desc(cx, self.channelDesc, Some(Rule::VencChanDestroyNull)) else { return };
        if let Some(inside) = crate::callbacks::in_callback(cx.thread) {
            let p = self.channelDesc;
            cx.report(Rule::VencChanDestroyInCallback, || {
                format!("aclvencDestroyChannel({p:p}) called from inside the aclvencCallback of channelDesc {inside:#x}; destroy waits for the callbacks, so it deadlocks. Destroy the channel from another thread after the last callback")
            });
        }
        waits_for_callbacks(cx, self.channelDesc, &s);
        if s.phase != Phase::Live {
            let p = self.channelDesc;
            cx.report(Rule::VencChanDestroyNotCreated, || {
                let why = if s.phase == Phase::Destroyed { "was already destroyed" } else { "was never created" };
                format!(
                    "the channel of channelDesc {p:p} {why}; the driver would synchronise streams that do not exist"
                )
            });
        }
    }

    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret == ACL_SUCCESS {
            let p = self.channelDesc as usize;
            if let Some((track, kbps)) = cx.v1().channel_destroyed(p) {
                crate::validate::stream::ended(track, kbps);
            }
            cx.pipe().output_buffer(p, None);
        }
    }
}

/// VENC-CHDESC-BUFADDR-PROVENANCE: the user output buffer must be acldvppMalloc memory of at least `size` bytes.
fn output_buffer_provenance(cx: &mut Cx<'_>, addr: usize, size: usize) {
    let problem = match cx.pipe().find(addr) {
        Found::Live { base, block } if block.allocator != Allocator::AcldvppMalloc => {
            Some(format!("comes from {} (block {base:#x}), not from acldvppMalloc", block.allocator.malloc()))
        }
        Found::Live { base, block } if base + block.size - addr < size => Some(format!(
            "holds only {} bytes from {addr:#x} to the end of its {}-byte block {base:#x}, less than bufSize {size}",
            base + block.size - addr,
            block.size
        )),
        Found::Live { .. } => None,
        Found::Freed(f) => Some(format!("was already freed ({})", f.by.site())),
        Found::Freeing => Some("is being freed by another thread".into()),
        Found::Unknown => Some("was never returned by acldvppMalloc".into()),
    };
    if let Some(problem) = problem {
        cx.report(Rule::VencChdescBufaddrProvenance, || {
            format!("the output buffer {addr:#x} {problem}; the encoder writes up to bufSize ({size} bytes) there. Allocate it with acldvppMalloc(bufSize)")
        });
    }
}
