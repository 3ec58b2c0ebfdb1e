//! Checks for the 38 `aclvenc*` functions (docs/validation-rules.md sections A.1-A.4, E), one file per concern:
//! [`chdesc`] (channel desc attributes, setters, getters, params and callbacks), [`channel`] (create and destroy
//! channel), [`framecfg`] (frame configs) and [`send`] (aclvencSendFrame). This file holds the handle lookups they
//! share. Each `record` hook is one call into the state transitions of [`crate::state::v1`].

use crate::chassis::Cx;
use crate::site::Origin;
use crate::state::v1::{DescAttrs, Known, Phase};
use crate::validate::rules::Rule;
use aclvenc_abi::*;

mod channel;
mod chdesc;
mod framecfg;
mod send;

/// What a check needs to know of a live desc, copied out of the state lock.
#[derive(Clone, Copy)]
pub(super) struct DescSnap {
    pub(super) attrs: DescAttrs,
    pub(super) phase: Phase,
    pub(super) eos_sent: bool,
}

/// What a check keeps of a handle once the state lock is released: `Ok` with what it needs of a live object,
/// `Err(Some(where it was destroyed))` or `Err(None)` for a handle never created.
pub(super) fn snapshot<T, S>(known: Known<'_, T>, take: impl FnOnce(&T) -> S) -> Result<S, Option<Origin>> {
    match known {
        Known::Live(t) => Ok(take(t)),
        Known::Destroyed(o) => Err(Some(o.clone())),
        Known::Unknown => Err(None),
    }
}

/// The live desc behind `p`. NULL reports `null_rule` (if any); a never-created or destroyed pointer is reported
/// and the call refused in every mode, because the driver would read freed or foreign memory.
pub(super) fn desc(cx: &mut Cx<'_>, p: *const aclvencChannelDesc, null_rule: Option<Rule>) -> Option<DescSnap> {
    if p.is_null() {
        if let Some(rule) = null_rule {
            cx.report(rule, || "channelDesc is NULL; pass the pointer aclvencCreateChannelDesc returned".into());
        }
        return None;
    }
    let found =
        snapshot(cx.v1().desc(p as usize), |d| DescSnap { attrs: d.attrs, phase: d.phase, eos_sent: d.eos_sent });
    match found {
        Ok(s) => Some(s),
        Err(Some(by)) => {
            cx.refuse(Rule::VencChdescUnknownHandle, || {
                format!(
                    "channelDesc {p:p} was already destroyed ({}); the call was not forwarded. Create a new desc with aclvencCreateChannelDesc",
                    by.site()
                )
            });
            None
        }
        Err(None) => {
            cx.refuse(Rule::VencChdescUnknownHandle, || {
                format!("channelDesc {p:p} was never returned by aclvencCreateChannelDesc; the call was not forwarded. Pass the pointer it returned")
            });
            None
        }
    }
}

/// The live frame config behind `p`: its EOS flag. NULL reports VENC-FRAMECFG-NULL; unknown ones are refused.
pub(super) fn config(cx: &mut Cx<'_>, p: *const aclvencFrameConfig, null_rule: Rule) -> Option<bool> {
    if p.is_null() {
        cx.report(null_rule, || "config is NULL; pass the pointer aclvencCreateFrameConfig returned".into());
        return None;
    }
    let found = snapshot(cx.v1().config(p as usize), |c| c.eos);
    match found {
        Ok(eos) => Some(eos),
        Err(by) => {
            cx.refuse(Rule::VencFramecfgUnknownHandle, || match by {
                Some(by) => {
                    format!("frame config {p:p} was already destroyed ({}); the call was not forwarded", by.site())
                }
                None => format!(
                    "frame config {p:p} was never returned by aclvencCreateFrameConfig; the call was not forwarded"
                ),
            });
            None
        }
    }
}
