//! Per-thread "inside the shim" flag. Vendor implementations call sibling exports internally (for example
//! `aclvencSetChannelDescParam` calling the typed setters); such calls arrive while the same thread is already
//! inside the shim and are forwarded straight through, without a second validation or trace line.
//!
//! A call reaches the flag once ([`with_flag`]: one thread-local access, which in a shared library is a call into
//! the dynamic loader) and sets and clears it through the reference from then on.

use std::cell::Cell;

thread_local! {
    static INSIDE: Cell<bool> = const { Cell::new(false) };
}

/// Runs `f` with this thread's flag; `None` during thread teardown, when the flag is gone (then nothing but
/// forwarding may happen).
pub fn with_flag<R>(f: impl FnOnce(&Cell<bool>) -> R) -> Option<R> {
    INSIDE.try_with(f).ok()
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
