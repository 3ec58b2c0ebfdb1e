//! The per-function record: call count, arguments and return value of the last call, scripted return value.
//!
//! One slot per exported function, indexed like [`NAMES`]-order (V1 first, then V2). Counts are atomics; the last
//! call and the script sit behind short per-slot mutexes, so concurrent callers of different functions never
//! contend. A poisoned mutex is used as is (the data is plain words), so no lock can make a stub panic.

use crate::handles::{self, Effect, Kind};
use crate::stubs::{v1, v2};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard, OnceLock};

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

/// The kind of each parameter of function `index` and what it does to object lifetimes, from the table's types.
fn shape(index: usize) -> Option<&'static (Vec<Kind>, Effect)> {
    static SHAPES: OnceLock<Vec<(Vec<Kind>, Effect)>> = OnceLock::new();
    let shapes = SHAPES.get_or_init(|| {
        (0..FUNCTION_COUNT)
            .map(|i| {
                let (params, ret) = if i < v1::TYPES.len() { v1::TYPES[i] } else { v2::TYPES[i - v1::TYPES.len()] };
                let kinds: Vec<Kind> = params.iter().map(|t| Kind::of_type(t)).collect();
                let effect = Effect::of(name(i).unwrap_or(""), Kind::of_type(ret), kinds.len());
                (kinds, effect)
            })
            .collect()
    });
    shapes.get(index)
}

/// Records one call of function `index` with `args` and returns the word the stub returns: the scripted value,
/// else a fresh handle for a creator, else 0. Never panics out: on an internal panic the result is 0.
pub(crate) fn call(index: usize, args: &[u64]) -> u64 {
    catch_unwind(AssertUnwindSafe(|| record(index, args))).unwrap_or(0)
}

fn record(index: usize, args: &[u64]) -> u64 {
    let Some(slot) = SLOTS.get(index) else { return 0 };
    let script = *lock(&slot.script);
    let mut ret = match script {
        Some(word) => word,
        None if is_creator(index, args.len()) => {
            HANDLE_BASE + HANDLE_STEP * NEXT_HANDLE.fetch_add(1, Ordering::Relaxed)
        }
        None => 0,
    };
    if let Some((kinds, effect)) = shape(index) {
        handles::on_call(name(index).unwrap_or(""), kinds, *effect, args, &mut ret, script.is_some());
    }
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

/// Forgets every count, last call, script and violation (the handle counter keeps going, so handles stay unique;
/// live objects stay live).
pub(crate) fn reset() {
    handles::reset_violations();
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

    #[test]
    fn shapes_name_the_handles() {
        let of = |n: &str| shape(index_of(n.as_bytes()).unwrap_or(usize::MAX)).cloned();
        assert_eq!(of("aclvencCreateChannelDesc"), Some((vec![], Effect::Returns(Kind::ChannelDesc))));
        assert_eq!(of("aclvencCreateFrameConfig"), Some((vec![], Effect::Returns(Kind::FrameConfig))));
        let send = of("aclvencSendFrame").map(|(k, _)| k);
        assert_eq!(send, Some(vec![Kind::ChannelDesc, Kind::Other, Kind::Other, Kind::FrameConfig, Kind::Other]));
        assert_eq!(of("hi_mpi_venc_create_chn"), Some((vec![Kind::Chn, Kind::Other], Effect::CreatesChn)));
        assert_eq!(of("hi_mpi_venc_destroy_chn"), Some((vec![Kind::Chn], Effect::Destroys)));
        assert_eq!(of("aclvencDestroyFrameConfig"), Some((vec![Kind::FrameConfig], Effect::Destroys)));
        assert_eq!(of("hi_mpi_venc_get_qpmap_stride"), Some((vec![Kind::Other], Effect::Uses)));
        assert_eq!(of("aclvencGetChannelDescParam").map(|(k, _)| k[0]), Some(Kind::ChannelDesc));
    }
}
