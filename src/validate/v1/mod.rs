//! Checks for the 38 `aclvenc*` functions (docs/validation-rules.md sections A.1-A.4, E), one file per concern:
//! [`chdesc`] (channel desc attributes, setters, getters, params and callbacks), [`channel`] (create and destroy
//! channel), [`framecfg`] (frame configs) and [`send`] (aclvencSendFrame). This file holds the handle lookups they
//! share. Each `record` hook is one call into the state transitions of [`crate::state::v1`].

use crate::chassis::Cx;
use crate::site::Origin;
use crate::state::v1::{Attr, DescCell, Known, Phase};
use crate::validate::rules::Rule;
use aclvenc_abi::*;

mod channel;
mod chdesc;
mod framecfg;
mod send;

/// VENC-CHAN-CREATE-NO-CONTEXT: `func` (creating a desc or a channel) on a thread with no current acl context.
pub(super) fn needs_context(cx: &mut Cx<'_>) {
    if cx.shim.driver.tables.rt.aclrtSetDevice.is_none() {
        return; // No acl runtime to have a context in.
    }
    let thread = cx.thread();
    if cx.pipe().context_of(thread).is_none() {
        let func = cx.func;
        cx.report(Rule::VencChanCreateNoContext, || {
            format!("{func} on thread {thread:#x}, which has no current acl context: the channel's streams are created in it. Call aclInit, aclrtSetDevice and aclrtCreateContext (or aclrtSetCurrentContext) on this thread first")
        });
    }
}

/// VENC-CHDESC-THREADID-NOT-PUMPING, exact: `func` waits for the channel's callbacks, which only the registered
/// report thread delivers, from inside aclrtProcessReport; a thread that never called it never will.
pub(super) fn waits_for_callbacks(cx: &mut Cx<'_>, p: *const aclvencChannelDesc, s: &DescSnap) {
    let Some(t) = s.cell.attr(Attr::ThreadId).filter(|t| *t != 0) else { return };
    if s.phase != Phase::Live || s.frames_sent == 0 || cx.pipe().pumps.contains(&t) {
        return;
    }
    let (func, frames) = (cx.func, s.frames_sent);
    cx.report(Rule::VencChdescThreadidNotPumping, || {
        format!("{func} waits for the callbacks of the {frames} pictures sent on channelDesc {p:p}, but its report thread {t:#x} has never called aclrtProcessReport: the callbacks never run and this call hangs. Run a thread that loops on aclrtProcessReport and pass its pthread_t to aclvencSetChannelDescThreadId")
    });
}

/// What a check needs to know of a live desc, copied out of the state lock.
#[derive(Clone, Copy)]
pub(super) struct DescSnap {
    /// The desc's cell: its attributes are read from it one at a time (a send reads four of thirteen).
    pub(super) cell: &'static DescCell,
    pub(super) phase: Phase,
    pub(super) eos_sent: bool,
    pub(super) frames_sent: u64,
    /// The current acl context of the thread that created the live channel.
    pub(super) context: Option<usize>,
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
    lookup(cx, p, null_rule, |d| DescSnap {
        cell: d,
        phase: d.phase(),
        eos_sent: d.eos_sent(),
        frames_sent: d.frames_sent(),
        context: d.context(),
    })
}

/// The cell of the live desc behind `p`, as [`desc`], for the attribute checks (which read of it only what the
/// attribute at hand needs).
#[inline]
pub(super) fn desc_for_attr(
    cx: &mut Cx<'_>,
    p: *const aclvencChannelDesc,
    null_rule: Option<Rule>,
) -> Option<&'static DescCell> {
    lookup(cx, p, null_rule, |d| d)
}

/// Whether `p` is a live desc, for calls that check nothing else of it (the getters): as [`desc`], without copying
/// its state out.
pub(super) fn live_desc(cx: &mut Cx<'_>, p: *const aclvencChannelDesc, null_rule: Option<Rule>) -> bool {
    lookup(cx, p, null_rule, |_| ()).is_some()
}

/// [`desc`] with what to `take` of the live desc.
#[inline]
fn lookup<S>(
    cx: &mut Cx<'_>,
    p: *const aclvencChannelDesc,
    null_rule: Option<Rule>,
    take: impl FnOnce(&'static DescCell) -> S,
) -> Option<S> {
    match cx.v1_desc(p as usize) {
        Ok(d) if !p.is_null() => Some(take(d)),
        found => {
            not_live(cx, p, null_rule, found.err().flatten());
            None
        }
    }
}

/// Reports a NULL desc (`null_rule`, if any) or refuses one that is not live (`by`: where it was destroyed).
#[cold]
#[inline(never)]
fn not_live(cx: &mut Cx<'_>, p: *const aclvencChannelDesc, null_rule: Option<Rule>, by: Option<Origin>) {
    if p.is_null() {
        if let Some(rule) = null_rule {
            cx.report(rule, || "channelDesc is NULL; pass the pointer aclvencCreateChannelDesc returned".into());
        }
        return;
    }
    match by {
        Some(by) => cx.refuse(Rule::VencChdescUnknownHandle, || {
            format!(
                "channelDesc {p:p} was already destroyed ({}); the call was not forwarded. Create a new desc with aclvencCreateChannelDesc",
                by.site()
            )
        }),
        None => cx.refuse(Rule::VencChdescUnknownHandle, || {
            format!("channelDesc {p:p} was never returned by aclvencCreateChannelDesc; the call was not forwarded. Pass the pointer it returned")
        }),
    }
}

/// The live frame config behind `p`: its EOS flag. NULL reports VENC-FRAMECFG-NULL; unknown ones are refused.
pub(super) fn config(cx: &mut Cx<'_>, p: *const aclvencFrameConfig, null_rule: Rule) -> Option<bool> {
    if p.is_null() {
        cx.report(null_rule, || "config is NULL; pass the pointer aclvencCreateFrameConfig returned".into());
        return None;
    }
    match cx.v1_config(p as usize) {
        Ok(c) => Some(c.eos()),
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
