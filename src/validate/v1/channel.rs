//! Creating and destroying V1 channels (docs/validation-rules.md A.3).

use super::desc;
use crate::calls::v1::args::*;
use crate::chassis::{Cx, Hooks};
use crate::site::Origin;
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
    }

    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret == ACL_SUCCESS {
            cx.v1().channel_created(self.channelDesc as usize, Origin::capture(cx.func));
        }
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
            cx.v1().channel_destroyed(self.channelDesc as usize);
        }
    }
}
