//! Per-thread "inside the shim" flag. Vendor implementations call sibling exports internally (for example
//! `aclvencSetChannelDescParam` calling the typed setters); such calls arrive while the same thread is already
//! inside the shim and are forwarded straight through, without a second validation or trace line.
//!
//! A call reaches the flag once ([`with_thread`]: one thread-local access, which in a shared library is a call into
//! the dynamic loader) and sets and clears it through the reference from then on. The same access gives the
//! thread's call counters ([`crate::shim::Stats`]), so a call makes one thread-local access in all (issue 9).

use crate::shim::CountBlock;
use std::cell::Cell;

/// What the shim keeps per thread. Constant-initialised and without a destructor: reachable with one access, also
/// while the thread's other thread-locals are being destroyed.
pub struct ThreadState {
    /// The thread is inside the shim.
    pub inside: Cell<bool>,
    /// Where the thread counts its calls, once it counted one ([`crate::shim::Stats::count`]).
    pub counts: Cell<Option<&'static CountBlock>>,
}

thread_local! {
    static THREAD: ThreadState = const { ThreadState { inside: Cell::new(false), counts: Cell::new(None) } };
}

/// Runs `f` with this thread's state; `None` if the thread-local cannot be reached (then nothing but forwarding
/// may happen).
pub fn with_thread<R>(f: impl FnOnce(&ThreadState) -> R) -> Option<R> {
    THREAD.try_with(f).ok()
}

/// Marks the thread as inside the shim until dropped, also when a panic unwinds through it.
pub struct Guard<'a>(&'a Cell<bool>);

impl<'a> Guard<'a> {
    pub fn enter(flag: &'a Cell<bool>) -> Guard<'a> {
        flag.set(true);
        Guard(flag)
    }
}

impl Drop for Guard<'_> {
    fn drop(&mut self) {
        self.0.set(false);
    }
}
