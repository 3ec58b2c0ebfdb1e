//! Everything the shim knows, made once by the first intercepted call: the settings, the resolved driver, the
//! tracked state, the call counters and the chip. Starting what runs beside the application (the banner, the exit
//! hook, report snapshots) is the chassis's job, once, after this exists.

use crate::config::Settings;
use crate::reentry::ThreadState;
use crate::resolve::Driver;
use crate::soc::Soc;
use crate::state::State;
use crate::table::Family;
use crate::trace;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

/// Per-function call counters. Each thread counts into a block of its own (written only by that thread: no
/// locked instruction and no cache line shared between threads on the per-call path, issue 9), summed when read.
/// A thread's block goes back to a free list when the thread ends and the next new thread counts on in it, so
/// the sum keeps every call and memory stays bounded by the most threads alive at once.
pub struct Stats {
    /// Every block ever handed out, in use or free.
    blocks: parking_lot::Mutex<Vec<&'static CountBlock>>,
    /// Blocks whose thread ended.
    free: parking_lot::Mutex<Vec<&'static CountBlock>>,
}

/// One counter per function of every family, in family order; on cache lines of its own (aligned to two lines, the
/// adjacent-line prefetcher pairs them), so that no thread's counting writes a line another thread's block is on.
#[repr(align(128))]
pub struct CountBlock([AtomicU64; FUNCTIONS]);

impl std::ops::Deref for CountBlock {
    type Target = [AtomicU64; FUNCTIONS];

    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

/// How many functions the families hold together.
const FUNCTIONS: usize = {
    let mut n = 0;
    let mut i = 0;
    while i < Family::ALL.len() {
        n += Family::ALL[i].names().len();
        i += 1;
    }
    n
};

/// Where each family's counters start in a block.
const OFFSETS: [usize; 6] = {
    let mut o = [0; 6];
    let mut i = 1;
    while i < 6 {
        o[i] = o[i - 1] + Family::ALL[i - 1].names().len();
        i += 1;
    }
    o
};

/// Hands this thread's block back to the free list when the thread ends (a thread-local with a destructor, touched
/// once per thread; the calls reach the block through [`ThreadState::counts`], which has none).
struct Local(&'static CountBlock);

impl Drop for Local {
    fn drop(&mut self) {
        // The thread no longer counts in the block: a later call on it (from another thread-local's destructor)
        // counts atomically, as in [`Stats::count`].
        let _ = crate::reentry::with_thread(|t| t.counts.set(None));
        if let Some(shim) = Shim::try_get() {
            shim.stats.free.lock().push(self.0);
        }
    }
}

thread_local! {
    static LOCAL: std::cell::OnceCell<Local> = const { std::cell::OnceCell::new() };
}

impl Stats {
    pub(crate) fn new() -> Stats {
        Stats { blocks: parking_lot::Mutex::new(Vec::new()), free: parking_lot::Mutex::new(Vec::new()) }
    }

    /// A block for a new thread: a free one, else a new one (leaked: blocks live as long as the process).
    fn block(&self) -> &'static CountBlock {
        if let Some(b) = self.free.lock().pop() {
            return b;
        }
        let b: &'static CountBlock = Box::leak(Box::new(CountBlock([const { AtomicU64::new(0) }; FUNCTIONS])));
        self.blocks.lock().push(b);
        b
    }

    /// Counts a call of function `index` of `family` on the thread whose state is `thread`.
    #[inline]
    pub(crate) fn count(&self, thread: &ThreadState, family: Family, index: usize) {
        let i = OFFSETS[family.index()] + index;
        match thread.counts.get().or_else(|| self.adopt(thread)) {
            Some(block) => {
                // Only this thread writes its block: a plain load and store, no locked read-modify-write.
                let c = &block[i];
                c.store(c.load(Ordering::Relaxed) + 1, Ordering::Relaxed);
            }
            None => self.count_late(i),
        }
    }

    /// Counts call `i` of a thread that is ending (its block is gone): into the first block, atomically.
    #[cold]
    fn count_late(&self, i: usize) {
        if let Some(b) = self.blocks.lock().first() {
            b[i].fetch_add(1, Ordering::Relaxed);
        }
    }

    /// Gives the thread a block of its own, handed back when the thread ends; `None` when the thread is ending.
    #[cold]
    fn adopt(&self, thread: &ThreadState) -> Option<&'static CountBlock> {
        let block = LOCAL.try_with(|l| l.get_or_init(|| Local(self.block())).0).ok()?;
        thread.counts.set(Some(block));
        Some(block)
    }

    /// `(function, calls)` for every function called at least once.
    pub fn snapshot(&self) -> Vec<(&'static str, u64)> {
        let blocks = self.blocks.lock();
        let names = Family::ALL.iter().flat_map(|f| f.names().iter());
        names
            .enumerate()
            .map(|(i, n)| (*n, blocks.iter().map(|b| b[i].load(Ordering::Relaxed)).sum::<u64>()))
            .filter(|(_, c)| *c > 0)
            .collect()
    }
}

/// Everything the shim knows, made once by the first intercepted call.
pub struct Shim {
    pub settings: Settings,
    pub driver: Driver,
    pub state: State,
    pub stats: Stats,
    pub soc: Soc,
}

static SHIM: OnceLock<Shim> = OnceLock::new();

impl Shim {
    /// The shim, initialising it on first use (settings, logger, driver, chip, trace).
    pub fn get() -> &'static Shim {
        SHIM.get_or_init(|| {
            crate::resolve::pin_self();
            let settings = Settings::from_env();
            crate::output::init_logger(&settings);
            #[cfg(not(test))]
            let driver = Driver::resolve(&settings);
            #[cfg(test)]
            let driver = crate::testing::fake_driver();
            let soc = Soc::detect(&settings, driver.soc_name());
            #[cfg(test)]
            let state = {
                let state = State::default();
                crate::testing::seed(&state);
                state
            };
            #[cfg(not(test))]
            let state = State::default();
            let shim = Shim { settings, driver, state, stats: Stats::new(), soc };
            trace::start(&shim.settings);
            crate::tap::start(&shim.settings, &shim.driver);
            shim
        })
    }

    /// The shim if it is already initialised (never initialises: safe from re-entrant and exit paths).
    pub fn try_get() -> Option<&'static Shim> {
        SHIM.get()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Calls counted on many threads, some of which end and hand their block on, all reach the sum; blocks are
    /// reused, so threads that come and go do not add blocks.
    #[test]
    fn every_thread_s_calls_are_counted_and_blocks_are_reused() {
        let shim = Shim::get();
        let index = Family::MpiDvpp.names().iter().position(|n| *n == "hi_mpi_dvpp_get_version").unwrap();
        let calls = || {
            let snap = shim.stats.snapshot();
            snap.iter().find(|(n, _)| *n == "hi_mpi_dvpp_get_version").map_or(0, |(_, c)| *c)
        };
        let count = || crate::reentry::with_thread(|t| shim.stats.count(t, Family::MpiDvpp, index)).unwrap();
        let before = calls();
        for _ in 0..3 {
            std::thread::scope(|s| {
                for _ in 0..4 {
                    s.spawn(|| {
                        for _ in 0..1000 {
                            count();
                        }
                    });
                }
            });
        }
        assert_eq!(calls() - before, 12_000);
        let blocks = shim.stats.blocks.lock().len();
        std::thread::scope(|s| {
            for _ in 0..4 {
                s.spawn(count);
            }
        });
        assert!(shim.stats.blocks.lock().len() <= blocks + 4, "ended threads' blocks are reused");
        assert_eq!(calls() - before, 12_004);
    }
}
