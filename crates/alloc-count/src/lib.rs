//! A global allocator for test binaries that counts, per thread, the heap allocations (and reallocations) made
//! while [`allocations_in`] runs, so that a test can prove a per-frame path allocates nothing. A test binary installs
//! it with
//!
//! ```ignore
//! #[global_allocator]
//! static ALLOCATOR: aclvenc_alloc_count::Counting = aclvenc_alloc_count::Counting;
//! ```
//!
//! Only the calling thread's allocations count, so tests running in parallel do not disturb each other; code that
//! is not under test (a fake driver) runs in [`uncounted`].

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

/// The counting allocator: every request goes to the system allocator unchanged.
pub struct Counting;

thread_local! {
    /// Whether this thread counts now.
    static COUNTING: Cell<bool> = const { Cell::new(false) };
    static ALLOCATIONS: Cell<u64> = const { Cell::new(0) };
}

fn count() {
    if COUNTING.try_with(Cell::get).unwrap_or(false) {
        let _ = ALLOCATIONS.try_with(|a| a.set(a.get() + 1));
    }
}

// SAFETY: every request goes to the system allocator unchanged; the counters are const-initialised thread-locals
// without destructors, read with `try_with`, so counting never allocates or touches a destroyed thread-local.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count();
        // SAFETY: the caller's layout, as GlobalAlloc::alloc requires.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from `alloc` above with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count();
        // SAFETY: as GlobalAlloc::realloc requires, from the caller.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

/// How many heap allocations and reallocations `f` made on this thread (outside [`uncounted`]). Always 0 when
/// [`Counting`] is not the binary's global allocator.
pub fn allocations_in(f: impl FnOnce()) -> u64 {
    let before = ALLOCATIONS.with(Cell::get);
    let was = COUNTING.with(|c| c.replace(true));
    f();
    COUNTING.with(|c| c.set(was));
    ALLOCATIONS.with(Cell::get) - before
}

/// Runs `f` without counting its allocations.
pub fn uncounted<R>(f: impl FnOnce() -> R) -> R {
    let was = COUNTING.with(|c| c.replace(false));
    let r = f();
    COUNTING.with(|c| c.set(was));
    r
}
