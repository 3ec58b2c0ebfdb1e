//! aclvencSendFrame (docs/validation-rules.md A.4, E): a live channel, a known frame config, an input unless EOS, a
//! report thread other than the sender, nothing after EOS.

use super::{config, desc};
use crate::calls::v1::args::*;
use crate::chassis::{Cx, Hooks};
use crate::state::v1::Phase;
use crate::validate::rules::Rule;
use aclvenc_abi::*;

impl Hooks for aclvencSendFrame {
    fn check(&self, cx: &mut Cx<'_>) {
        let Some(s) = desc(cx, self.channelDesc, Some(Rule::VencSendNullDesc)) else { return };
        let p = self.channelDesc;
        if s.phase != Phase::Live {
            cx.report(Rule::VencSendNotCreated, || {
                format!("channelDesc {p:p} has no live channel; call aclvencCreateChannel before sending pictures")
            });
        }
        let Some(eos) = config(cx, self.config, Rule::VencSendNullConfig) else { return };
        if !eos && self.input.is_null() {
            cx.report(Rule::VencSendNullInput, || {
                "input is NULL on a frame without EOS; pass a pic desc, or set EOS on the frame config to flush".into()
            });
        }
        if s.attrs.thread_id.is_some_and(|t| t == crate::process::current_thread_id()) {
            cx.report(Rule::VencChdescThreadidNotPumping, || {
                format!("the report thread of channelDesc {p:p} (thread id {:#x}) is the thread sending pictures: while it is in aclvencSendFrame it is not in aclrtProcessReport, so callbacks wait, and the EOS send or aclvencDestroyChannel, which wait for them, deadlock. Give the channel a dedicated thread that loops on aclrtProcessReport", s.attrs.thread_id.unwrap_or(0))
            });
        }
        if !eos && s.eos_sent {
            cx.report(Rule::VencSendAfterEos, || {
                format!("a picture was sent after EOS on channelDesc {p:p}; EOS ends the stream. Destroy and recreate the channel to encode more")
            });
        }
    }

    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret == ACL_SUCCESS {
            cx.v1().frame_sent(self.channelDesc as usize, self.config as usize);
        }
    }
}
