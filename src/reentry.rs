//! Per-thread "inside the shim" flag. Vendor implementations call sibling exports internally (for example
//! `aclvencSetChannelDescParam` calling the typed setters); such calls arrive while the same thread is already
//! inside the shim and are forwarded straight through, without a second validation or trace line.
//!
//! A call reaches the flag once ([`with_thread`]: one thread-local access, which in a shared library is a call into
//! the dynamic loader) and sets and clears it through the reference from then on. The same access gives the
//! thread's call counters ([`crate::shim::Stats`]), so a call makes one thread-local access in all (issue 9).

use crate::shim::CountBlock;
use crate::state::pipe::{BlockCell, PicCell};
use crate::state::v1::{ConfigCell, DescCell};
use std::cell::Cell;

/// What the shim keeps per thread. Constant-initialised and without a destructor: reachable with one access, also
/// while the thread's other thread-locals are being destroyed. Aligned to two cache lines: the loader allocates each
/// thread's block of the shim's thread-locals on the heap, next to whatever another thread allocated, and without
/// the alignment two threads' per-call writes shared a line (CPU time per call 1.9x with 4 threads on 2 cores).
#[repr(align(128))]
pub struct ThreadState {
    /// The thread is inside the shim.
    pub inside: Cell<bool>,
    /// Where the thread counts its calls, once it counted one ([`crate::shim::Stats::count`]).
    pub counts: Cell<Option<&'static CountBlock>>,
    /// The V1 desc whose wrapped callback the thread is running (0: none; [`crate::callbacks`]).
    pub in_callback: Cell<usize>,
    /// The live V1 channel descs, frame configs and pic descs this thread called on last, and the memory blocks
    /// it named last ([`HandleCache`]).
    pub descs: HandleCache<DescCell>,
    pub configs: HandleCache<ConfigCell>,
    pub pics: HandleCache<PicCell>,
    pub blocks: HandleCache<BlockCell>,
    /// This thread's current acl context as last looked up, and the generation of the contexts then
    /// ([`crate::chassis::Cx::current_context`]).
    pub context: Cell<Option<(u64, Option<usize>)>>,
    /// Output ranges handed to this thread ([`HeldRanges`]).
    pub held: HeldRanges,
    /// The thread's OS id and name as last read ([`crate::site::this_thread`]).
    pub name: Cell<Option<crate::site::ThreadName>>,
}

thread_local! {
    static THREAD: ThreadState = const {
        ThreadState {
            inside: Cell::new(false),
            counts: Cell::new(None),
            in_callback: Cell::new(0),
            descs: HandleCache::new(),
            configs: HandleCache::new(),
            pics: HandleCache::new(),
            blocks: HandleCache::new(),
            context: Cell::new(None),
            held: HeldRanges::new(),
            name: Cell::new(None),
        }
    };
}

/// How many output ranges a thread's [`HeldRanges`] keeps (a V2 stream's packs, or a V1 output).
const HELD: usize = 4;

/// The output ranges last handed to this thread (a stream `hi_mpi_venc_get_stream` returned, a V1 output its
/// callback got), each with the generation of expired outputs when it was handed out
/// ([`crate::state::pipe::PipeState::expire_gen`]). While no output expired anywhere since, a range is not expired:
/// a copy out of the output the thread holds is checked without the pipe lock (issue 9).
pub struct HeldRanges {
    ranges: [Cell<(usize, usize, u64)>; HELD],
    next: Cell<usize>,
}

impl Default for HeldRanges {
    fn default() -> Self {
        Self::new()
    }
}

impl HeldRanges {
    pub const fn new() -> HeldRanges {
        HeldRanges { ranges: [const { Cell::new((0, 0, 0)) }; HELD], next: Cell::new(0) }
    }

    /// `[start, end)` was handed to this thread when the generation of expired outputs was `gen`.
    pub fn put(&self, start: usize, end: usize, gen: u64) {
        let i = self.next.get();
        self.ranges[i % HELD].set((start, end, gen));
        self.next.set(i.wrapping_add(1));
    }

    /// Whether `addr` lies in a range handed to this thread while the generation of expired outputs is `gen`.
    #[inline]
    pub fn holds(&self, addr: usize, gen: u64) -> bool {
        self.ranges.iter().any(|r| {
            let (start, end, g) = r.get();
            g == gen && start <= addr && addr < end
        })
    }
}

/// How many entries a thread's [`HandleCache`] holds: a thread that drives this many channels in turn finds each
/// of them in it.
const CACHED: usize = 8;

/// A thread's few last-used live objects of one kind, each with the generation of its kind's tracked set when it
/// was looked up under the state lock ([`crate::state::Gen`]). An entry counts only while that generation is
/// still current: any create or destroy of the kind bumps it, so a hit is an object that was live at the last
/// create or destroy and is looked up without the lock and without a locked instruction (issue 9). Entries are
/// direct-mapped by key (a handle, or a block's start).
pub struct HandleCache<T: 'static> {
    entries: [Entry<T>; CACHED],
}

/// One [`HandleCache`] entry: key, generation, object. Padded to 32 bytes, so that a key's entry is at a shift and a
/// mask of the key, not a multiplication by 24.
#[repr(align(32))]
struct Entry<T: 'static>(Cell<(usize, u64, Option<&'static T>)>);

impl<T> Default for HandleCache<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T> HandleCache<T> {
    pub const fn new() -> HandleCache<T> {
        HandleCache { entries: [const { Entry(Cell::new((0, 0, None))) }; CACHED] }
    }

    #[inline]
    fn entry(&self, key: usize) -> &Cell<(usize, u64, Option<&'static T>)> {
        // Handles are heap addresses: the bits above the allocator's 16-byte granule tell them apart.
        &self.entries[(key >> 4) % CACHED].0
    }

    /// The object cached for `key` while the generation is `gen`.
    #[inline]
    pub fn get(&self, key: usize, gen: u64) -> Option<&'static T> {
        let (k, g, t) = self.entry(key).get();
        if k == key && g == gen {
            t
        } else {
            None
        }
    }

    /// Caches `t` for `key`, looked up at generation `gen`.
    pub fn put(&self, key: usize, gen: u64, t: &'static T) {
        self.entry(key).set((key, gen, Some(t)));
    }

    /// Every cached entry, for lookups by range ([`crate::state::pipe`]'s blocks).
    pub fn all(&self) -> impl Iterator<Item = (usize, u64, &'static T)> + '_ {
        self.entries.iter().filter_map(|e| {
            let (k, g, t) = e.0.get();
            t.map(|t| (k, g, t))
        })
    }
}

/// Runs `f` with this thread's state; `None` if the thread-local cannot be reached (then nothing but forwarding
/// may happen).
#[inline(always)]
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
