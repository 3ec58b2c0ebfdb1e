//! Per-thread "inside the shim" flag. Vendor implementations call sibling exports internally (for example
//! `aclvencSetChannelDescParam` calling the typed setters); such calls arrive while the same thread is already
//! inside the shim and are forwarded straight through, without a second validation or trace line.

use std::cell::Cell;

thread_local! {
    static INSIDE: Cell<bool> = const { Cell::new(false) };
}

/// Whether this thread is already inside an intercepted call. During thread teardown, when the flag is gone,
/// the answer is `true` so that nothing but forwarding happens.
pub fn inside() -> bool {
    INSIDE.try_with(Cell::get).unwrap_or(true)
}

/// Marks the thread as inside the shim until dropped.
pub struct Guard(());

impl Guard {
    pub fn enter() -> Guard {
        let _ = INSIDE.try_with(|f| f.set(true));
        Guard(())
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        let _ = INSIDE.try_with(|f| f.set(false));
    }
}
