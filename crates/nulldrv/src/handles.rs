//! What the null driver created, and every call that handed it something it did not create.
//!
//! A real driver dereferences its handles, so a handle it never returned (or one it already destroyed) is memory
//! corruption on the device side. The shim promises never to forward one; this module checks that promise. It
//! tracks the driver's objects: the V1 channel descs and frame configs the `aclvencCreate*` functions returned, and
//! the V2 channel numbers `hi_mpi_venc_create_chn` accepted. A handle argument (found by its parameter type, see
//! [`Kind::of_type`]) that is not NULL and not live is a violation: counted, and the first [`KEPT`] described.
//! Two calls are exempt: `hi_mpi_venc_create_chn` (its channel does not exist yet) and `hi_mpi_venc_close_fd` (the
//! vendor closes a channel's fd after `hi_mpi_venc_destroy_chn`).
//!
//! Lifetime follows the driver's answer, as a real driver's would: a create that returns NULL (or fails) creates
//! nothing, a destroy that fails destroys nothing. A V2 create of a live channel fails with `HI_ERR_VENC_EXIST`
//! unless a return value is scripted. Handles outlive [`crate::record::reset`] (they are the driver's objects, not
//! call records); violations do not.

use aclvenc_abi as abi;
use std::collections::HashSet;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard};

/// How many violations are kept with their description (all are counted).
pub const KEPT: usize = 64;

/// What a parameter is, for lifetime tracking.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Kind {
    /// `aclvencChannelDesc *`
    ChannelDesc,
    /// `aclvencFrameConfig *`
    FrameConfig,
    /// `hi_venc_chn` (by value)
    Chn,
    /// anything else: not tracked
    Other,
}

impl Kind {
    /// The kind of a parameter from its Rust type as the function table spells it (`stringify!` of
    /// `*mut $crate::aclvencChannelDesc`, `$crate::hi_venc_chn`, ...): the last path segment decides, so
    /// `hi_venc_chn_attr` is not a channel.
    pub(crate) fn of_type(ty: &str) -> Kind {
        let pointer = ty.trim_start().starts_with('*');
        let last = ty.rsplit("::").next().unwrap_or(ty).trim();
        let last = last.rsplit(' ').next().unwrap_or(last);
        match (pointer, last) {
            (true, "aclvencChannelDesc") => Kind::ChannelDesc,
            (true, "aclvencFrameConfig") => Kind::FrameConfig,
            (false, "hi_venc_chn") => Kind::Chn,
            _ => Kind::Other,
        }
    }
}

/// What a function does to the lifetime of the objects it is handed or returns.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Effect {
    /// Returns a new object of this kind (`aclvencCreateChannelDesc`, `aclvencCreateFrameConfig`).
    Returns(Kind),
    /// Destroys the object in its first argument on success.
    Destroys,
    /// Creates the V2 channel in its first argument on success.
    CreatesChn,
    /// Only uses its arguments.
    Uses,
}

impl Effect {
    pub(crate) fn of(name: &str, ret: Kind, nargs: usize) -> Effect {
        match name {
            "hi_mpi_venc_create_chn" => Effect::CreatesChn,
            "aclvencDestroyChannelDesc" | "aclvencDestroyFrameConfig" | "hi_mpi_venc_destroy_chn" => Effect::Destroys,
            _ if nargs == 0 && ret != Kind::Other => Effect::Returns(ret),
            _ => Effect::Uses,
        }
    }
}

#[derive(Default)]
struct Live {
    descs: HashSet<u64>,
    configs: HashSet<u64>,
    chns: HashSet<u64>,
    /// Every handle ever returned (to tell "destroyed" from "never created" in a violation).
    ever: HashSet<(u8, u64)>,
}

impl Live {
    fn set(&mut self, kind: Kind) -> Option<&mut HashSet<u64>> {
        match kind {
            Kind::ChannelDesc => Some(&mut self.descs),
            Kind::FrameConfig => Some(&mut self.configs),
            Kind::Chn => Some(&mut self.chns),
            Kind::Other => None,
        }
    }
}

static LIVE: Mutex<Option<Live>> = Mutex::new(None);
static VIOLATIONS: AtomicU64 = AtomicU64::new(0);
static KEPT_TEXT: Mutex<Vec<String>> = Mutex::new(Vec::new());

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// One call as the driver sees it: checks every handle argument, then gives the call's answer (`ret`, computed by
/// the caller from the script) the effect a driver would. `ret` may be changed (a V2 create of a live channel).
pub(crate) fn on_call(name: &str, kinds: &[Kind], effect: Effect, args: &[u64], ret: &mut u64, scripted: bool) {
    let mut guard = lock(&LIVE);
    let live = guard.get_or_insert_with(Live::default);
    // create_chn names a channel that does not exist yet; close_fd comes after destroy_chn in the vendor's order
    // (the fd outlives the channel), so the shim forwards it whatever the channel's state.
    let check_from = if effect == Effect::CreatesChn || name == "hi_mpi_venc_close_fd" { kinds.len() } else { 0 };
    for (i, (&kind, &word)) in kinds.iter().zip(args).enumerate().skip(check_from) {
        // NULL pointers are the vendor's documented error case, not a handle; channel numbers have no NULL.
        if kind == Kind::Other || (kind != Kind::Chn && word == 0) {
            continue;
        }
        let Some(set) = live.set(kind) else { continue };
        if !set.contains(&word) {
            let why = if live.ever.contains(&(kind as u8, word)) { "destroyed" } else { "never created" };
            violation(format!("{name}: argument {i} ({kind:?}) = {word:#x} was {why} by this driver"));
        }
    }
    match effect {
        Effect::Returns(kind) if *ret != 0 => {
            live.ever.insert((kind as u8, *ret));
            if let Some(set) = live.set(kind) {
                set.insert(*ret);
            }
        }
        Effect::CreatesChn => {
            let chn = args.first().copied().unwrap_or(0);
            if !scripted && live.chns.contains(&chn) {
                *ret = abi::HI_ERR_VENC_EXIST as u32 as u64;
            } else if *ret as u32 == 0 {
                live.chns.insert(chn);
                live.ever.insert((Kind::Chn as u8, chn));
            }
        }
        Effect::Destroys if *ret as u32 == 0 => {
            if let (Some(&kind), Some(&word)) = (kinds.first(), args.first()) {
                if let Some(set) = live.set(kind) {
                    set.remove(&word);
                }
            }
        }
        _ => {}
    }
}

fn violation(text: String) {
    VIOLATIONS.fetch_add(1, Ordering::SeqCst);
    let mut kept = lock(&KEPT_TEXT);
    if kept.len() < KEPT {
        kept.push(text);
    }
}

/// Forgets the violations (the handles stay: they are the driver's objects).
pub(crate) fn reset_violations() {
    VIOLATIONS.store(0, Ordering::SeqCst);
    lock(&KEPT_TEXT).clear();
}

pub(crate) fn violation_count() -> u64 {
    VIOLATIONS.load(Ordering::SeqCst)
}

pub(crate) fn violation_text(index: usize) -> Option<String> {
    lock(&KEPT_TEXT).get(index).cloned()
}

/// Whether the object `word` of `kind` is live.
pub(crate) fn is_live(kind: Kind, word: u64) -> bool {
    let mut guard = lock(&LIVE);
    let live = guard.get_or_insert_with(Live::default);
    live.set(kind).is_some_and(|s| s.contains(&word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_come_from_the_last_path_segment() {
        assert_eq!(Kind::of_type("*mut $crate::aclvencChannelDesc"), Kind::ChannelDesc);
        assert_eq!(Kind::of_type("* const aclvenc_abi :: aclvencChannelDesc"), Kind::ChannelDesc);
        assert_eq!(Kind::of_type("*mut $crate::aclvencFrameConfig"), Kind::FrameConfig);
        assert_eq!(Kind::of_type("$crate::hi_venc_chn"), Kind::Chn);
        assert_eq!(Kind::of_type("*const $crate::hi_venc_chn_attr"), Kind::Other);
        assert_eq!(Kind::of_type("*mut $crate::hi_venc_chn"), Kind::Other);
        assert_eq!(Kind::of_type("u32"), Kind::Other);
    }
}
