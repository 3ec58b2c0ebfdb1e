//! The per-function record: call count, arguments and return value of the last call, scripted return value.
//!
//! One slot per exported function, indexed like [`NAMES`]-order (V1 first, then V2). Counts are atomics; the last
//! call and the script sit behind short per-slot mutexes, so concurrent callers of different functions never
//! contend. A poisoned mutex is used as is (the data is plain words), so no lock can make a stub panic.

use crate::stubs::{v1, v2};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard};

/// Number of exported vendor functions (38 `aclvenc*` + 47 `hi_mpi_venc_*`).
pub const FUNCTION_COUNT: usize = v1::NAMES.len() + v2::NAMES.len();

/// Most arguments any vendor VENC function takes.
pub const MAX_ARGS: usize = 8;

/// First handle the `Create*` functions hand out; each call adds [`HANDLE_STEP`]. Recognisable in a debugger
/// ("nul" in ASCII), 64-byte aligned, and far from where glibc puts heap and stack on x86_64 and aarch64.
const HANDLE_BASE: u64 = 0x0000_6e75_6c00_0000;
const HANDLE_STEP: u64 = 0x40;

#[derive(Clone, Copy, Default)]
pub(crate) struct LastCall {
    pub args: [u64; MAX_ARGS],
    pub nargs: usize,
    pub ret: u64,
}

struct Slot {
    count: AtomicU64,
    last: Mutex<LastCall>,
    script: Mutex<Option<u64>>,
}

impl Slot {
    const fn new() -> Self {
        Slot {
            count: AtomicU64::new(0),
            last: Mutex::new(LastCall { args: [0; MAX_ARGS], nargs: 0, ret: 0 }),
            script: Mutex::new(None),
        }
    }
}

static SLOTS: [Slot; FUNCTION_COUNT] = [const { Slot::new() }; FUNCTION_COUNT];
static NEXT_HANDLE: AtomicU64 = AtomicU64::new(0);

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The NUL-terminated name of function `index`.
pub(crate) fn name_nul(index: usize) -> Option<&'static str> {
    if index < v1::NAMES.len() {
        Some(v1::NAMES[index])
    } else {
        v2::NAMES.get(index - v1::NAMES.len()).copied()
    }
}

/// The name of function `index`, without the NUL.
pub(crate) fn name(index: usize) -> Option<&'static str> {
    name_nul(index).map(|n| n.trim_end_matches('\0'))
}

/// The index of the function called `wanted`.
pub(crate) fn index_of(wanted: &[u8]) -> Option<usize> {
    (0..FUNCTION_COUNT).find(|&i| name(i).is_some_and(|n| n.as_bytes() == wanted))
}

/// A function that returns a new object (an `aclvencCreate*` without arguments): by default it hands out a fresh
/// handle instead of 0.
fn is_creator(index: usize, nargs: usize) -> bool {
    nargs == 0 && name(index).is_some_and(|n| n.contains("Create"))
}

/// Records one call of function `index` with `args` and returns the word the stub returns: the scripted value,
/// else a fresh handle for a creator, else 0. Never panics out: on an internal panic the result is 0.
pub(crate) fn call(index: usize, args: &[u64]) -> u64 {
    catch_unwind(AssertUnwindSafe(|| record(index, args))).unwrap_or(0)
}

fn record(index: usize, args: &[u64]) -> u64 {
    let Some(slot) = SLOTS.get(index) else { return 0 };
    let ret = match *lock(&slot.script) {
        Some(word) => word,
        None if is_creator(index, args.len()) => {
            HANDLE_BASE + HANDLE_STEP * NEXT_HANDLE.fetch_add(1, Ordering::Relaxed)
        }
        None => 0,
    };
    {
        let mut last = lock(&slot.last);
        let n = args.len().min(MAX_ARGS);
        last.args = [0; MAX_ARGS];
        last.args[..n].copy_from_slice(&args[..n]);
        last.nargs = n;
        last.ret = ret;
    }
    slot.count.fetch_add(1, Ordering::SeqCst);
    ret
}

/// Forgets every count, last call and script (the handle counter keeps going, so handles stay unique).
pub(crate) fn reset() {
    for slot in &SLOTS {
        *lock(&slot.script) = None;
        *lock(&slot.last) = LastCall::default();
        slot.count.store(0, Ordering::SeqCst);
    }
}

pub(crate) fn set_script(index: usize, word: Option<u64>) {
    if let Some(slot) = SLOTS.get(index) {
        *lock(&slot.script) = word;
    }
}

pub(crate) fn count(index: usize) -> u64 {
    SLOTS.get(index).map_or(0, |s| s.count.load(Ordering::SeqCst))
}

pub(crate) fn total_count() -> u64 {
    SLOTS.iter().map(|s| s.count.load(Ordering::SeqCst)).sum()
}

pub(crate) fn last_call(index: usize) -> Option<LastCall> {
    SLOTS.get(index).map(|s| *lock(&s.last))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn the_table_has_85_unique_names() {
        assert_eq!(v1::NAMES.len(), 38);
        assert_eq!(v2::NAMES.len(), 47);
        let names: HashSet<_> = (0..FUNCTION_COUNT).filter_map(name).collect();
        assert_eq!(names.len(), FUNCTION_COUNT);
        assert!(names.iter().all(|n| n.starts_with("aclvenc") || n.starts_with("hi_mpi_venc_")));
        assert_eq!(index_of(b"aclvencCreateChannelDesc"), Some(0));
        assert_eq!(index_of(b"hi_mpi_venc_create_chn"), Some(38));
        assert_eq!(index_of(b"nope"), None);
    }
}
