//! Creating and destroying V1 channels (docs/validation-rules.md A.3).

use super::{desc, needs_context, waits_for_callbacks};
use crate::calls::v1::args::*;
use crate::chassis::{Cx, Hooks};
use crate::site::Origin;
use crate::state::pipe::{Allocator, Channel, Found};
use crate::state::v1::Phase;
use crate::validate::rules::Rule;
use aclvenc_abi::*;

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
        let a = s.attrs;
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
        let a = cx.v1().descs.get(&(self.channelDesc as usize))?.attrs;
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
        cx.v1().channel_created(p, Origin::capture(cx.func), context);
        let buf = cx.v1().descs.get(&p).and_then(|d| d.attrs.buf_addr);
        cx.pipe().output_buffer(p, buf);
    }
}

impl Hooks for aclvencDestroyChannel {
    fn check(&self, cx: &mut Cx<'_>) {
        let Some(s) = desc(cx, self.channelDesc, Some(Rule::VencChanDestroyNull)) else { return };
        if let Some(inside) = crate::callbacks::in_callback() {
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
            cx.v1().channel_destroyed(p);
            let mut pipe = cx.pipe();
            pipe.channel_done(Channel::V1(p));
            pipe.output_buffer(p, None);
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
