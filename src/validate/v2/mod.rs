//! Checks for the 47 `hi_mpi_venc_*` functions (docs/validation-rules.md sections B, C, D, E), one file per concern:
//! [`chn`] (channel lifecycle), [`attr`] and [`rc`] (channel and rate-control attributes), [`send`] (pictures),
//! [`jpeg`] (JPEG snapshots), [`stream`] (status, get and release of streams) and [`params`] (the other
//! parameter calls). This file holds the channel lookups they share. Attribute checks read only the struct
//! members that `venc_attr.type` and `rc_attr.rc_mode` select: real apps leave the rest of the unions
//! uninitialised. Each `record` hook is one call into the state transitions of [`crate::state::v2`].

use crate::chassis::Cx;
use crate::state::v2::Seen;
use crate::validate::rules::Rule;
use aclvenc_abi::*;

mod attr;
mod chn;
mod jpeg;
mod params;
mod rc;
mod send;
mod stream;
mod uninit;

/// Chip support and range of `chn` (reported; false means the id itself is bad).
#[inline]
pub(super) fn chn_id_ok(cx: &mut Cx<'_>, chn: i32) -> bool {
    crate::validate::sys::sys_ready(cx);
    // A chip without a V2 encoder has no channel to be in range of: its calls go to the report below.
    let n = cx.soc().limits().v2.map_or(0, |v2| v2.channels);
    (chn as u32) < n || chn_id_bad(cx, chn)
}

/// [`chn_id_ok`] for an id out of range, or any id on a chip without a V2 encoder: reports which.
#[cold]
#[inline(never)]
fn chn_id_bad(cx: &mut Cx<'_>, chn: i32) -> bool {
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

/// The created channel `chn`, as its slot publishes it (read without a lock); reports MPI-CHN-RANGE /
/// MPI-CHN-UNEXIST otherwise. The driver checks channel ids itself, so an unknown id is reported but not refused
/// in report mode.
#[inline]
pub(super) fn chn(cx: &mut Cx<'_>, chn: i32) -> Option<Seen> {
    if !chn_id_ok(cx, chn) {
        return None;
    }
    // Every id in range has a slot (no chip has more than SLOTS channels). The channel is read from the slot on
    // every path, never returned by the cold one: merged with a value returned through memory, the fast path
    // would build it in memory and copy it out, stalling on store forwarding.
    let v2 = cx.v2();
    match v2.chns.published(chn) {
        Some(s) => Some(s),
        None if unknown(cx, chn) => v2.chns.published(chn),
        None => None,
    }
}

/// Whether `chn` is a created channel, as [`chn`], for calls that read nothing else of it (one load).
#[inline]
pub(super) fn live_chn(cx: &mut Cx<'_>, chn: i32) -> bool {
    chn_id_ok(cx, chn) && (cx.v2().chns.contains(chn) || unknown(cx, chn))
}

/// [`chn`] for a channel not live when first looked at: whether it is live after all (created meanwhile, or a
/// destroy failed); else reports MPI-CHN-UNEXIST.
#[cold]
#[inline(never)]
fn unknown(cx: &mut Cx<'_>, chn: i32) -> bool {
    let Err(by) = cx.v2().known(chn) else { return true };
    cx.report(Rule::MpiChnUnexist, || match by {
        Some(o) => format!("channel {chn} was destroyed ({}); create it again with hi_mpi_venc_create_chn", o.site()),
        None => format!("channel {chn} was never created; call hi_mpi_venc_create_chn first"),
    });
    false
}

/// Reports MPI-NULL-PTR for a NULL required pointer; true when it is non-NULL.
#[inline]
pub(super) fn non_null<T>(cx: &mut Cx<'_>, p: *const T, what: &'static str) -> bool {
    !p.is_null() || null::<T>(cx, what)
}

/// [`non_null`] for NULL: reports it; false.
#[cold]
#[inline(never)]
fn null<T>(cx: &mut Cx<'_>, what: &'static str) -> bool {
    cx.report(Rule::MpiNullPtr, || format!("{what} is NULL; pass a pointer to a {}", short_type::<T>()));
    false
}

fn short_type<T>() -> &'static str {
    std::any::type_name::<T>().rsplit("::").next().unwrap_or("value")
}

pub(super) fn millisec(cx: &mut Cx<'_>, ms: i32) {
    if ms < -1 {
        cx.report(Rule::MpiMillisecRange, || {
            format!("milli_sec {ms} is below -1; use -1 (block), 0 (non-blocking) or a timeout in ms")
        });
    }
}

pub(super) fn is_video(t: hi_payload_type) -> bool {
    t == hi_payload_type::HI_PT_H264 || t == hi_payload_type::HI_PT_H265
}
