//! The pipeline around the encoder: DVPP memory blocks (from every allocator), picture and stream descs, the acl
//! runtime's devices, contexts, streams, report subscriptions and the threads that pump `aclrtProcessReport`, and
//! the MPI system with its epoll instances. Each block and pic desc counts the frames in flight that read it
//! ([`ReadCount`]; the frames themselves are in their channel's [`super::InFlight`]), so that freeing one of those
//! while the encoder still reads it is seen at the free.
//!
//! The methods named after events (`block_allocated`, `block_freed`, `pic_desc_set`, `context_created`, ...) are
//! the only state transitions; each `record` hook of the companion functions is one call into them.

use super::{Dying, Gen, LiveMap, LiveObject, Pool, Remembered};
use crate::site::Origin;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicU8, AtomicUsize, Ordering};
use std::sync::Arc;

/// Who allocated a block.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum Allocator {
    /// `acldvppMalloc` (V1 input and output buffers).
    AcldvppMalloc,
    /// `hi_mpi_dvpp_malloc` (V2 input and JPEG output buffers).
    HiMpiDvppMalloc,
    /// `aclrtMalloc` (device memory; V1 input on 310P/310B, V2 input on 310B).
    AclrtMalloc,
    /// `aclrtMallocHost` (host memory: never encoder input).
    AclrtMallocHost,
}

impl Allocator {
    /// The leak kind of its blocks, as the report names it.
    pub fn kind(self) -> &'static str {
        match self {
            Allocator::AcldvppMalloc => "acldvppMalloc block",
            Allocator::HiMpiDvppMalloc => "hi_mpi_dvpp_malloc block",
            Allocator::AclrtMalloc => "aclrtMalloc block",
            Allocator::AclrtMallocHost => "aclrtMallocHost block",
        }
    }

    /// The allocating function.
    pub fn malloc(self) -> &'static str {
        match self {
            Allocator::AcldvppMalloc => "acldvppMalloc",
            Allocator::HiMpiDvppMalloc => "hi_mpi_dvpp_malloc",
            Allocator::AclrtMalloc => "aclrtMalloc",
            Allocator::AclrtMallocHost => "aclrtMallocHost",
        }
    }

    /// The matching free.
    pub fn free(self) -> &'static str {
        match self {
            Allocator::AcldvppMalloc => "acldvppFree",
            Allocator::HiMpiDvppMalloc => "hi_mpi_dvpp_free",
            Allocator::AclrtMalloc => "aclrtFree",
            Allocator::AclrtMallocHost => "aclrtFreeHost",
        }
    }
}

/// An encoder channel, as frames in flight name it (a number, not text: it is recorded once per frame).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Channel {
    /// The V1 channel of the channel desc at this address.
    V1(usize),
    /// V2 channel `chn`.
    V2(i32),
}

impl std::fmt::Display for Channel {
    /// `channelDesc 0x...` or `chn 3`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Channel::V1(desc) => write!(f, "channelDesc {desc:#x}"),
            Channel::V2(chn) => write!(f, "chn {chn}"),
        }
    }
}

/// How many frames in flight read an object (a block, a pic desc), kept in the object's cell as
/// `epoch << 32 | count` and changed without a lock (issue 9: a send and an output count their reads with one
/// atomic instruction each, not under the pipe lock). A cell serves object after object; its epoch changes with
/// each ([`ReadCount::renew`]), so the end of a read begun on an object since freed changes nothing.
#[derive(Debug, Default)]
pub struct ReadCount(AtomicU64);

impl ReadCount {
    /// A frame now in flight reads the object. A send racing with the free of its own input (already a finding)
    /// may count itself on the object the cell serves next; its end uncounts it there.
    pub fn begin(&'static self) -> Reading {
        let was = self.0.fetch_add(1, Ordering::AcqRel);
        Reading { of: self, epoch: (was >> 32) as u32 }
    }

    /// How many frames in flight read the object.
    pub fn count(&self) -> u32 {
        self.0.load(Ordering::Acquire) as u32
    }

    /// The cell serves another object (or none): no frame reads it, and reads begun before end in vain. Called
    /// under the pipe lock, the one writer of epochs: a load and a store, no locked instruction. A read that begins
    /// or ends between them counts in the old epoch, which the store then drops, so it stays consistent: its end
    /// changes nothing.
    fn renew(&self) {
        let epoch = self.0.load(Ordering::Acquire) >> 32;
        self.0.store((epoch + 1) << 32, Ordering::Release);
    }
}

/// One frame's read of an object ([`ReadCount::begin`]), held by the frame while it is in flight
/// ([`super::InFlight`] ends it when the frame leaves).
#[derive(Clone, Copy, Debug)]
pub struct Reading {
    of: &'static ReadCount,
    epoch: u32,
}

impl Reading {
    /// The frame no longer reads the object (nothing, if the object was freed since).
    pub fn end(self) {
        let _ = self.of.0.fetch_update(Ordering::AcqRel, Ordering::Acquire, |w| {
            ((w >> 32) as u32 == self.epoch && w as u32 > 0).then(|| w - 1)
        });
    }

    /// Whether this is a read of the object `of` serves now.
    pub fn reads(&self, of: &ReadCount) -> bool {
        std::ptr::eq(self.of, of) && (of.0.load(Ordering::Acquire) >> 32) as u32 == self.epoch
    }
}

/// A frame in flight that reads a block or a pic desc: which API and channel, its number on the channel, and
/// where it was sent (thread and function; no stack is captured per frame).
#[derive(Clone, Debug)]
pub struct Reader {
    pub channel: Channel,
    /// The frame's number on the channel, from 1.
    pub frame: u64,
    pub sent: Origin,
}

/// What the per-frame checks read of a live block without the pipe lock (issue 9): where it starts, its size and
/// its allocator, which never change while it is live, and how many frames in flight read it. A freed block's
/// cell serves the next block allocated.
#[derive(Debug)]
pub struct BlockCell {
    base: AtomicUsize,
    size: AtomicUsize,
    allocator: AtomicU8,
    /// A live V1 channel writes its streams into the block (aclvencSetChannelDescBufAddr).
    written: AtomicBool,
    /// Frames in flight that read the block.
    pub reads: ReadCount,
}

impl BlockCell {
    /// The block's start, its size in bytes and its allocator.
    pub fn get(&self) -> (usize, usize, Allocator) {
        let allocator = match self.allocator.load(Ordering::Relaxed) {
            0 => Allocator::AcldvppMalloc,
            1 => Allocator::HiMpiDvppMalloc,
            2 => Allocator::AclrtMalloc,
            _ => Allocator::AclrtMallocHost,
        };
        (self.base.load(Ordering::Relaxed), self.size.load(Ordering::Relaxed), allocator)
    }

    /// Whether no frame in flight reads the block and no V1 channel writes into it.
    pub fn quiet(&self) -> bool {
        self.reads.count() == 0 && !self.written.load(Ordering::Acquire)
    }

    /// Whether `addr` lies in the block (a 0-byte block holds its start).
    pub fn holds(&self, addr: usize) -> bool {
        let base = self.base.load(Ordering::Relaxed);
        addr >= base && addr - base < self.size.load(Ordering::Relaxed).max(1)
    }
}

/// A live block.
#[derive(Clone, Debug)]
pub struct Block {
    /// Bytes asked for.
    pub size: usize,
    pub allocator: Allocator,
    /// What the checks read of it without the pipe lock.
    pub cell: &'static BlockCell,
    pub origin: Origin,
    /// The V1 channel desc that uses it as its output buffer (aclvencSetChannelDescBufAddr), while live.
    pub output_of: Option<usize>,
}

impl Block {
    /// Publishes in its cell whether a V1 channel writes into the block ([`BlockCell::quiet`]), after
    /// [`Block::output_of`] changed.
    fn settle(&self) {
        self.cell.written.store(self.output_of.is_some(), Ordering::Release);
    }
}

/// The live blocks by base address: an ordered index (for the block any address points into) over a slab that
/// holds the blocks in place. A block is written once, when allocated, and never moved: the index's nodes hold
/// 4-byte slots, not whole blocks, and a freed block's slot (with its readers' capacity) serves the next block
/// allocated (issue 9: a free and an allocation per frame move no block and allocate nothing).
#[derive(Default)]
pub struct Blocks {
    index: BTreeMap<usize, u32>,
    slab: Vec<Block>,
    /// Slots of freed blocks.
    free: Vec<u32>,
}

impl Blocks {
    /// The live block that starts at or below `addr`: its base and its slot.
    fn last_at_or_below(&self, addr: usize) -> Option<(usize, u32)> {
        self.index.range(..=addr).next_back().map(|(b, i)| (*b, *i))
    }

    /// The block `addr` points into (a 0-byte block holds its base), with its base.
    pub fn holding(&self, addr: usize) -> Option<(usize, &Block)> {
        let (base, i) = self.last_at_or_below(addr)?;
        let b = &self.slab[i as usize];
        (addr - base < b.size.max(1)).then_some((base, b))
    }

    /// [`Blocks::holding`], to change the block (a 0-byte block holds nothing).
    pub fn holding_mut(&mut self, addr: usize) -> Option<(usize, &mut Block)> {
        let (base, i) = self.last_at_or_below(addr)?;
        let b = &mut self.slab[i as usize];
        (addr - base < b.size).then_some((base, b))
    }

    pub fn get(&self, base: &usize) -> Option<&Block> {
        self.index.get(base).map(|i| &self.slab[*i as usize])
    }

    pub fn get_mut(&mut self, base: &usize) -> Option<&mut Block> {
        self.index.get(base).map(|i| &mut self.slab[*i as usize])
    }

    /// Every live block, by base address.
    pub fn iter(&self) -> impl Iterator<Item = (usize, &Block)> {
        self.index.iter().map(|(b, i)| (*b, &self.slab[*i as usize]))
    }

    /// Runs `f` on every live block.
    pub fn for_each_mut(&mut self, mut f: impl FnMut(&mut Block)) {
        for i in self.index.values() {
            f(&mut self.slab[*i as usize]);
        }
    }

    /// Records a block allocated at `base` (replacing a live one there, whose cell it takes); returns its cell.
    fn allocated(
        &mut self,
        base: usize,
        size: usize,
        allocator: Allocator,
        origin: Origin,
        cell: impl FnOnce() -> &'static BlockCell,
    ) -> &'static BlockCell {
        if let Some(b) = self.get_mut(&base) {
            b.size = size;
            b.allocator = allocator;
            b.origin = origin;
            b.output_of = None;
            return b.cell;
        }
        let cell = cell();
        let i = match self.free.pop() {
            Some(i) => {
                let b = &mut self.slab[i as usize];
                (b.size, b.allocator, b.cell, b.origin, b.output_of) = (size, allocator, cell, origin, None);
                i
            }
            None => {
                self.slab.push(Block { size, allocator, cell, origin, output_of: None });
                (self.slab.len() - 1) as u32
            }
        };
        self.index.insert(base, i);
        cell
    }

    /// The block in slot `i`, which leaves the slab (its slot serves the next block).
    fn release(&mut self, i: u32) -> &Block {
        self.free.push(i);
        &self.slab[i as usize]
    }
}

impl std::ops::Index<&usize> for Blocks {
    type Output = Block;

    fn index(&self, base: &usize) -> &Block {
        self.get(base).expect("a live block at this base")
    }
}

/// A free moves a block's slot out of the index while the driver runs it ([`Dying`]).
impl LiveMap<usize, u32> for Blocks {
    fn take(&mut self, k: &usize) -> Option<u32> {
        self.index.remove(k)
    }
    fn put(&mut self, k: usize, i: u32) {
        self.index.insert(k, i);
    }
    fn has(&self, k: &usize) -> bool {
        self.index.contains_key(k)
    }
    fn discard(&mut self, i: u32) {
        self.free.push(i);
    }
}

/// A freed block, remembered to tell a double free from a free of a pointer no allocator returned.
#[derive(Clone, Debug)]
pub struct Freed {
    pub size: usize,
    pub allocator: Allocator,
    pub by: Origin,
}

/// A picture desc and the fields set on it.
#[derive(Clone, Debug)]
pub struct PicDesc {
    pub origin: Option<Origin>,
    /// Its fields, read and written by the setters and sends without the pipe lock, and its readers.
    pub cell: &'static PicCell,
}

impl PicDesc {
    /// The fields set on it.
    pub fn fields(&self) -> PicFields {
        self.cell.fields()
    }
}

/// How many fields a pic desc setter can set ([`PicField`]).
const PIC_FIELDS: usize = 7;

/// The fields of a pic desc in atomics, read and written by its setters and the sends without the pipe lock (issue
/// 9). A cell serves one pic desc at a time (`owner`); a destroyed desc's cell serves the next one created, and a
/// setter racing with the destroy of its own desc writes nothing (every write checks the owner first).
#[derive(Debug)]
pub struct PicCell {
    owner: AtomicUsize,
    vals: [AtomicU64; PIC_FIELDS],
    set: [AtomicBool; PIC_FIELDS],
    /// Frames in flight that read the pic desc.
    pub reads: ReadCount,
}

impl PicCell {
    fn new() -> PicCell {
        PicCell {
            owner: AtomicUsize::new(0),
            vals: [const { AtomicU64::new(0) }; PIC_FIELDS],
            set: [const { AtomicBool::new(false) }; PIC_FIELDS],
            reads: ReadCount::default(),
        }
    }

    /// The value of `field`, if set.
    fn field(&self, field: PicField) -> Option<u64> {
        let i = field as usize;
        self.set[i].load(Ordering::Acquire).then(|| self.vals[i].load(Ordering::Relaxed))
    }

    /// The fields set so far.
    pub fn fields(&self) -> PicFields {
        let f32 = |f| self.field(f).map(|v| v as u32);
        PicFields {
            data: self.field(PicField::Data).map(|v| v as usize),
            size: f32(PicField::Size),
            format: f32(PicField::Format),
            width: f32(PicField::Width),
            height: f32(PicField::Height),
            width_stride: f32(PicField::WidthStride),
            height_stride: f32(PicField::HeightStride),
        }
    }

    /// A setter of pic desc `p` stored `v` (widened to 64 bits) as `field`.
    pub fn set(&self, p: usize, field: PicField, v: u64) {
        if self.owner.load(Ordering::Relaxed) == p {
            self.vals[field as usize].store(v, Ordering::Relaxed);
            self.set[field as usize].store(true, Ordering::Release);
        }
    }

    /// Serves pic desc `p` from now on (0: none), with nothing set and no reader.
    fn reset(&self, p: usize) {
        self.reads.renew();
        for (v, s) in self.vals.iter().zip(&self.set) {
            s.store(false, Ordering::Relaxed);
            v.store(0, Ordering::Relaxed);
        }
        self.owner.store(p, Ordering::Release);
    }
}

/// The fields set on a pic desc (None: never set): what the send checks copy out of the pipe lock (a copy of the
/// whole [`PicDesc`] would clone its readers, an allocation per frame while frames are in flight).
#[derive(Clone, Copy, Debug, Default)]
pub struct PicFields {
    pub data: Option<usize>,
    pub size: Option<u32>,
    pub format: Option<u32>,
    pub width: Option<u32>,
    pub height: Option<u32>,
    pub width_stride: Option<u32>,
    pub height_stride: Option<u32>,
}

/// A field of a pic desc, as its setter names it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum PicField {
    Data,
    Size,
    Format,
    Width,
    Height,
    WidthStride,
    HeightStride,
}

/// Memory handed to the application for reading that it no longer owns: a released V2 stream's packs, or a V1
/// output after its callback returned.
#[derive(Clone, Debug)]
pub struct Expired {
    pub start: usize,
    pub end: usize,
    pub what: Output,
}

/// An output range the application was handed and gave back. Handing it out again (a driver reuses its output
/// buffers) marks it, rather than removing it, and giving it back again overwrites it in place: once a channel has
/// run a while its outputs change no node of the map, so they allocate nothing (issue 9).
#[derive(Debug)]
struct OutputRange {
    range: Expired,
    /// Given back and not handed out again since.
    expired: bool,
}

/// Which output memory expired (kept as numbers: it is recorded once per frame, and formatted only if shown).
#[derive(Clone, Copy, Debug)]
pub enum Output {
    /// Packs `pack` to `last` of stream `seq` of V2 channel `chn` (adjacent in memory, kept as one range),
    /// released with hi_mpi_venc_release_stream.
    V2 { chn: i32, seq: u32, pack: usize, last: usize },
    /// The output of frame `frame` of V1 channel desc `desc`, whose aclvencCallback returned.
    V1 { desc: usize, frame: u64 },
}

impl std::fmt::Display for Output {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Output::V2 { chn, seq, pack, last } => {
                match last > pack {
                    true => write!(f, "packs {pack} to {last}")?,
                    false => write!(f, "pack {pack}")?,
                }
                write!(f, " of chn {chn} stream seq {seq}, which hi_mpi_venc_release_stream handed back")
            }
            Output::V1 { desc, frame } => {
                write!(f, "the output of channelDesc {desc:#x} frame {frame}, whose aclvencCallback returned")
            }
        }
    }
}

/// An acl context.
#[derive(Clone, Debug)]
pub struct Context {
    pub device: i32,
    pub origin: Origin,
}

/// An acl stream and the context it was created in (0: the device's default context).
#[derive(Clone, Debug)]
pub struct Stream {
    pub context: usize,
    pub origin: Origin,
}

/// An MPI epoll instance and the channel fds registered with it.
#[derive(Clone, Debug)]
pub struct Epoll {
    pub origin: Origin,
    /// The device of the thread that created it (0 for a thread that set none).
    pub device: i32,
    pub fds: HashSet<i32>,
}

/// How many freed blocks and expired output ranges are remembered.
const MEMORY: usize = 4096;

/// The pipeline's objects.
#[derive(Default)]
pub struct PipeState {
    /// Live blocks by base address.
    pub blocks: Blocks,
    pub freed: Remembered<usize, Freed>,
    pub pic_descs: HashMap<usize, PicDesc>,
    pub stream_descs: HashMap<usize, Origin>,
    /// Output ranges by start address, expired or handed out again since ([`OutputRange`]); no two overlap.
    expired: BTreeMap<usize, OutputRange>,
    /// aclInit succeeded (and aclFinalize not yet).
    pub acl_init: bool,
    /// Devices set and not reset, with where they were set.
    pub devices: HashMap<i32, Origin>,
    pub contexts: HashMap<usize, Context>,
    /// The current context of each thread (by pthread id); absent: none.
    pub current: HashMap<u64, usize>,
    pub streams: HashMap<usize, Stream>,
    /// Report subscriptions: (thread id, stream) with where they were made.
    pub subscriptions: HashMap<(u64, usize), Origin>,
    /// Threads (pthread ids) that have called aclrtProcessReport.
    pub pumps: HashSet<u64>,
    /// The device each thread works on (aclrtSetDevice, or its current context's device).
    pub thread_device: HashMap<u64, i32>,
    /// Devices whose MPI system is initialised (hi_mpi_sys_init succeeded, hi_mpi_sys_exit not yet), with where.
    pub sys: HashMap<i32, Origin>,
    pub epolls: HashMap<i32, Epoll>,
    /// Whether every thread's device has its MPI system, readable without this state's lock.
    sys_everywhere: SysEverywhere,
    /// Objects whose free or destroy the driver is running.
    /// Blocks whose free the driver is running (their slots in [`Blocks`]).
    dying_blocks: Dying<usize, u32>,
    dying_pic_descs: Dying<usize, PicDesc>,
    dying_stream_descs: Dying<usize, Origin>,
    dying_contexts: Dying<usize, Context>,
    dying_streams: Dying<usize, Stream>,
    dying_epolls: Dying<i32, Epoll>,
    pic_cells: Pool<PicCell>,
    block_cells: Pool<BlockCell>,
    /// Bumped by every create and destroy of a pic desc.
    pub pic_gen: Gen,
    /// Bumped by every allocation and free of a block.
    pub block_gen: Gen,
    /// Bumped by every change of the threads' current contexts.
    pub ctx_gen: Gen,
    /// Bumped whenever output memory expires ([`PipeState::output_expired`]).
    pub expire_gen: Gen,
}

/// The lowest start and the highest end of every output range that ever expired ([`PipeState::may_be_expired`]).
static EXPIRED_SPAN: [AtomicUsize; 2] = [AtomicUsize::new(usize::MAX), AtomicUsize::new(0)];

/// What a pointer is, as far as the allocators know.
pub enum Found<'a> {
    /// Inside the live block at `base`.
    Live { base: usize, block: &'a Block },
    /// The base of a block already freed.
    Freed(&'a Freed),
    /// The base of a block another call is freeing right now.
    Freeing,
    /// Not from any allocator the shim saw.
    Unknown,
}

/// What a pointer is, as [`Found`], owned: what a check keeps once the pipe lock is released.
pub enum Where {
    /// Inside a live block: its start, size in bytes and allocator.
    Live((usize, usize, Allocator)),
    /// The base of a block already freed, and where.
    Freed(Origin),
    /// The base of a block another call is freeing right now.
    Freeing,
    /// Not from any allocator the shim saw.
    Unknown,
}

impl From<Found<'_>> for Where {
    fn from(found: Found<'_>) -> Where {
        match found {
            Found::Live { base, block } => Where::Live((base, block.size, block.allocator)),
            Found::Freed(f) => Where::Freed(f.by.clone()),
            Found::Freeing => Where::Freeing,
            Found::Unknown => Where::Unknown,
        }
    }
}

/// Whether the MPI system is initialised for the device of every thread that set one, and for some device (so
/// [`PipeState::sys_ready`] holds for every thread): a flag the V2 calls read without the pipe lock, made again
/// by every change of a thread's device or of the MPI systems. A test that writes [`PipeState::sys`] or
/// [`PipeState::thread_device`] itself leaves it as it was, which is safe for adding systems or ending threads.
#[derive(Clone, Default)]
pub struct SysEverywhere(Arc<AtomicBool>);

impl SysEverywhere {
    /// Whether the MPI system is ready for every thread.
    pub fn get(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }
}

impl PipeState {
    /// The block `addr` points into, or what became of it.
    pub fn find(&self, addr: usize) -> Found<'_> {
        if let Some((base, block)) = self.blocks.holding(addr) {
            return Found::Live { base, block };
        }
        match self.freed.get(&addr) {
            _ if self.dying_blocks.contains(&addr) => Found::Freeing,
            Some(f) => Found::Freed(f),
            None => Found::Unknown,
        }
    }

    /// An allocator returned `base` for `size` bytes.
    /// Returns the block's cell.
    pub fn block_allocated(
        &mut self,
        base: usize,
        size: usize,
        allocator: Allocator,
        origin: Origin,
    ) -> &'static BlockCell {
        self.freed.remove(&base);
        let cells = &mut self.block_cells;
        let cell = self.blocks.allocated(base, size, allocator, origin, || {
            cells.take(|| BlockCell {
                base: AtomicUsize::new(0),
                size: AtomicUsize::new(0),
                allocator: AtomicU8::new(0),
                written: AtomicBool::new(false),
                reads: ReadCount::default(),
            })
        });
        cell.base.store(base, Ordering::Relaxed);
        cell.size.store(size, Ordering::Relaxed);
        cell.allocator.store(allocator as u8, Ordering::Relaxed);
        cell.written.store(false, Ordering::Relaxed);
        cell.reads.renew();
        self.block_gen.bump();
        cell
    }

    /// The free of the block at `base` is about to be forwarded.
    pub fn block_freeing(&mut self, base: usize) {
        self.dying_blocks.begin(&mut self.blocks, base);
        self.block_gen.bump();
    }

    /// The driver answered the free of `base` (`ok`: it succeeded; `by`: where, made only on success).
    pub fn block_freed(&mut self, base: usize, ok: bool, by: impl FnOnce() -> Origin) {
        if let Some(i) = self.dying_blocks.end(&mut self.blocks, base, ok) {
            let b = self.blocks.release(i);
            // A thread that still holds the cell finds nothing in it.
            b.cell.size.store(0, Ordering::Relaxed);
            b.cell.base.store(usize::MAX, Ordering::Relaxed);
            let freed = Freed { size: b.size, allocator: b.allocator, by: by() };
            self.block_cells.0.push(b.cell);
            self.freed.insert(base, freed);
        }
        self.block_gen.bump();
    }

    /// acldvppCreatePicDesc returned `p`.
    pub fn pic_desc_created(&mut self, p: usize, origin: Origin) {
        let cell = match self.pic_descs.remove(&p) {
            Some(old) => old.cell,
            None => self.pic_cells.take(PicCell::new),
        };
        cell.reset(p);
        self.pic_descs.insert(p, PicDesc { origin: Some(origin), cell });
        self.pic_gen.bump();
    }

    /// acldvppDestroyPicDesc(p) is about to be forwarded.
    pub fn pic_desc_destroying(&mut self, p: usize) {
        self.dying_pic_descs.begin(&mut self.pic_descs, p);
        self.pic_gen.bump();
    }

    /// The driver answered acldvppDestroyPicDesc(p) (`ok`: it succeeded).
    pub fn pic_desc_destroyed(&mut self, p: usize, ok: bool) {
        if let Some(d) = self.dying_pic_descs.end(&mut self.pic_descs, p, ok) {
            d.cell.reset(0);
            self.pic_cells.0.push(d.cell);
        }
        self.pic_gen.bump();
    }

    /// acldvppCreateStreamDesc returned `p`.
    pub fn stream_desc_created(&mut self, p: usize, origin: Origin) {
        self.stream_descs.insert(p, origin);
    }

    /// acldvppDestroyStreamDesc(p) is about to be forwarded.
    pub fn stream_desc_destroying(&mut self, p: usize) {
        self.dying_stream_descs.begin(&mut self.stream_descs, p);
    }

    /// The driver answered acldvppDestroyStreamDesc(p) (`ok`: it succeeded).
    pub fn stream_desc_destroyed(&mut self, p: usize, ok: bool) {
        self.dying_stream_descs.end(&mut self.stream_descs, p, ok);
    }

    /// The V1 channel desc `desc` uses the block holding `addr` as its output buffer (`None`: no longer).
    pub fn output_buffer(&mut self, desc: usize, addr: Option<usize>) {
        self.blocks.for_each_mut(|b| {
            if b.output_of == Some(desc) {
                b.output_of = None;
                b.settle();
            }
        });
        if let Some(addr) = addr {
            if let Some((_, b)) = self.blocks.holding_mut(addr) {
                b.output_of = Some(desc);
                b.settle();
            }
        }
    }

    /// `[start, end)` of output memory was handed back (`what` it was).
    pub fn output_expired(&mut self, start: usize, end: usize, what: Output) {
        match self.expired.get_mut(&start) {
            // The range handed out again and back (an encoder's output buffer reused as it was): one lookup.
            Some(r) if r.range.end == end => *r = OutputRange { range: Expired { start, end, what }, expired: true },
            _ => self.expire_new(start, end, what),
        }
        self.expire_gen.bump();
        // Under the pipe lock there is one writer: loads and stores, no locked instruction.
        if start < EXPIRED_SPAN[0].load(Ordering::Relaxed) {
            EXPIRED_SPAN[0].store(start, Ordering::Release);
        }
        if end > EXPIRED_SPAN[1].load(Ordering::Relaxed) {
            EXPIRED_SPAN[1].store(end, Ordering::Release);
        }
    }

    /// [`PipeState::output_expired`] for a range not expired before as it is.
    fn expire_new(&mut self, start: usize, end: usize, what: Output) {
        use std::ops::Bound::Excluded;
        // The ranges it overlaps go, but one that starts where it does, which it overwrites in place: those that
        // start inside it, and the one before it if that reaches into it (no two ranges overlap, so no other can).
        while let Some((&k, _)) = self.expired.range((Excluded(start), Excluded(end))).next_back() {
            self.expired.remove(&k);
        }
        if let Some((&k, r)) = self.expired.range(..start).next_back() {
            if r.range.end > start {
                self.expired.remove(&k);
            }
        }
        if !self.expired.contains_key(&start) && self.expired.len() >= MEMORY {
            self.expired.pop_first();
        }
        self.expired.insert(start, OutputRange { range: Expired { start, end, what }, expired: true });
    }

    /// Whether `addr` may lie in expired output: inside the span from the lowest start to the highest end of every
    /// output range that ever expired (it never shrinks). Read without the pipe lock: memory outside it, such as
    /// the host buffer a picture is uploaded from, is never expired output.
    #[inline]
    pub fn may_be_expired(addr: usize) -> bool {
        EXPIRED_SPAN[0].load(Ordering::Acquire) <= addr && addr < EXPIRED_SPAN[1].load(Ordering::Acquire)
    }

    /// `[start, end)` is output memory handed to the application again (a new stream or output reuses it), on the
    /// thread that `held` belongs to (`None`: a thread whose thread-locals are gone): the ranges it overlaps are no
    /// longer expired, and the thread holds it.
    pub fn revive(&mut self, start: usize, end: usize, held: Option<&crate::reentry::HeldRanges>) {
        if let Some(held) = held {
            held.put(start, end, self.expire_gen.get());
        }
        // The ranges that start before `end` and reach past `start`, found from the highest start down.
        for (_, r) in self.expired.range_mut(..end).rev() {
            if r.range.end <= start {
                break;
            }
            r.expired = false;
        }
    }

    /// The expired output range `addr` lies in, if any.
    pub fn expired_at(&self, addr: usize) -> Option<&Expired> {
        let (_, r) = self.expired.range(..=addr).next_back()?;
        (r.expired && addr < r.range.end).then_some(&r.range)
    }

    /// aclrtSetDevice(device) succeeded on `thread`: the device's default context becomes current there.
    pub fn device_set(&mut self, device: i32, thread: u64, origin: Origin) {
        self.devices.entry(device).or_insert(origin);
        self.current.entry(thread).or_insert(0);
        self.thread_device.insert(thread, device);
        self.settle_sys();
    }

    /// aclrtResetDevice(device) succeeded: its contexts and their streams go with it.
    pub fn device_reset(&mut self, device: i32) {
        self.devices.remove(&device);
        let gone: Vec<usize> = self.contexts.iter().filter(|(_, c)| c.device == device).map(|(k, _)| *k).collect();
        for c in gone {
            self.contexts.remove(&c);
            self.context_gone(c);
        }
        self.streams.retain(|_, s| s.context != 0);
        if self.devices.is_empty() {
            self.current.clear();
        }
        self.ctx_gen.bump();
    }

    /// aclrtCreateContext made `ctx` on `device` and made it current on `thread`.
    pub fn context_created(&mut self, ctx: usize, device: i32, thread: u64, origin: Origin) {
        self.contexts.insert(ctx, Context { device, origin });
        self.current.insert(thread, ctx);
        self.thread_device.insert(thread, device);
        self.settle_sys();
    }

    /// aclrtDestroyContext(ctx) is about to be forwarded.
    pub fn context_destroying(&mut self, ctx: usize) {
        self.dying_contexts.begin(&mut self.contexts, ctx);
    }

    /// The driver answered aclrtDestroyContext(ctx) (`ok`: it succeeded): its streams go with it, unless
    /// another thread already created a context at the same address.
    pub fn context_destroyed(&mut self, ctx: usize, ok: bool) {
        if self.dying_contexts.end(&mut self.contexts, ctx, ok).is_some() && !self.contexts.contains_key(&ctx) {
            self.context_gone(ctx);
        }
    }

    /// The streams of the context `ctx`, and its being current anywhere, end with it.
    fn context_gone(&mut self, ctx: usize) {
        self.streams.retain(|_, s| s.context != ctx);
        self.current.retain(|_, c| *c != ctx);
        self.ctx_gen.bump();
    }

    /// aclrtSetCurrentContext(ctx) succeeded on `thread`.
    pub fn context_current(&mut self, ctx: usize, thread: u64) {
        self.current.insert(thread, ctx);
        if let Some(c) = self.contexts.get(&ctx) {
            self.thread_device.insert(thread, c.device);
        }
        self.settle_sys();
    }

    /// The current context of `thread`: `Some(0)` for a device's default context, `None` for none.
    pub fn context_of(&self, thread: u64) -> Option<usize> {
        self.current.get(&thread).copied()
    }

    /// aclrtCreateStream made `stream` in the current context of `thread`.
    pub fn stream_created(&mut self, stream: usize, thread: u64, origin: Origin) {
        let context = self.context_of(thread).unwrap_or(0);
        self.streams.insert(stream, Stream { context, origin });
    }

    /// aclrtDestroyStream(stream) is about to be forwarded.
    pub fn stream_destroying(&mut self, stream: usize) {
        self.dying_streams.begin(&mut self.streams, stream);
    }

    /// The driver answered aclrtDestroyStream(stream) (`ok`: it succeeded).
    pub fn stream_destroyed(&mut self, stream: usize, ok: bool) {
        self.dying_streams.end(&mut self.streams, stream, ok);
    }

    /// aclrtSubscribeReport(thread, stream) succeeded.
    pub fn subscribed(&mut self, thread: u64, stream: usize, origin: Origin) {
        self.subscriptions.insert((thread, stream), origin);
    }

    /// aclrtUnSubscribeReport(thread, stream) succeeded.
    pub fn unsubscribed(&mut self, thread: u64, stream: usize) {
        self.subscriptions.remove(&(thread, stream));
    }

    /// `thread` ended: its device, current context and pumping go with it (a later thread may get its id).
    pub fn thread_ended(&mut self, thread: u64) {
        self.current.remove(&thread);
        self.thread_device.remove(&thread);
        self.pumps.remove(&thread);
        self.settle_sys();
    }

    /// `thread` called aclrtProcessReport.
    pub fn pumped(&mut self, thread: u64) {
        self.pumps.insert(thread);
    }

    /// aclInit succeeded.
    pub fn acl_initialised(&mut self) {
        self.acl_init = true;
    }

    /// aclFinalize succeeded: the runtime's objects are gone with it.
    pub fn acl_finalised(&mut self) {
        self.acl_init = false;
        self.devices.clear();
        self.contexts.clear();
        self.streams.clear();
        self.current.clear();
        self.thread_device.clear();
        self.subscriptions.clear();
        self.settle_sys();
    }

    /// The device `thread` works on, if it set one.
    pub fn device_of(&self, thread: u64) -> Option<i32> {
        self.thread_device.get(&thread).copied()
    }

    /// Whether the MPI system is initialised for the device of `thread` (for a thread that set none: for any).
    pub fn sys_ready(&self, thread: u64) -> bool {
        match self.device_of(thread) {
            Some(d) => self.sys.contains_key(&d),
            None => !self.sys.is_empty(),
        }
    }

    /// hi_mpi_sys_init succeeded on `thread` (for its device; device 0 when it set none).
    pub fn sys_initialised(&mut self, thread: u64, origin: Origin) {
        let device = self.device_of(thread).unwrap_or(0);
        self.sys.entry(device).or_insert(origin);
        self.settle_sys();
    }

    /// hi_mpi_sys_exit succeeded on `thread` (for its device; every device when it set none).
    pub fn sys_exited(&mut self, thread: u64) {
        match self.device_of(thread) {
            Some(d) => {
                self.sys.remove(&d);
            }
            None => self.sys.clear(),
        }
        self.settle_sys();
    }

    /// The flag [`PipeState::sys_ready`] reads without the lock (shared: the same flag as every clone's).
    pub fn sys_everywhere(&self) -> SysEverywhere {
        self.sys_everywhere.clone()
    }

    /// Makes [`SysEverywhere`] again after a change of a thread's device or of the MPI systems.
    fn settle_sys(&self) {
        // Every change of a thread's device or context ends here.
        self.ctx_gen.bump();
        let everywhere = !self.sys.is_empty() && self.thread_device.values().all(|d| self.sys.contains_key(d));
        self.sys_everywhere.0.store(everywhere, Ordering::Relaxed);
    }

    /// hi_mpi_sys_create_epoll returned `fd` on `thread`.
    pub fn epoll_created(&mut self, fd: i32, thread: u64, origin: Origin) {
        let device = self.device_of(thread).unwrap_or(0);
        self.epolls.insert(fd, Epoll { origin, device, fds: HashSet::default() });
    }

    /// hi_mpi_sys_ctl_epoll added (`add`) or deleted a channel fd.
    pub fn epoll_ctl(&mut self, epoll: i32, fd: i32, add: bool) {
        if let Some(e) = self.epolls.get_mut(&epoll) {
            if add {
                e.fds.insert(fd);
            } else {
                e.fds.remove(&fd);
            }
        }
    }

    /// hi_mpi_sys_close_epoll(fd) is about to be forwarded.
    pub fn epoll_closing(&mut self, fd: i32) {
        self.dying_epolls.begin(&mut self.epolls, fd);
    }

    /// The driver answered hi_mpi_sys_close_epoll(fd) (`ok`: it succeeded).
    pub fn epoll_closed(&mut self, fd: i32, ok: bool) {
        self.dying_epolls.end(&mut self.epolls, fd, ok);
    }

    /// The epoll instances `fd` is still registered with.
    pub fn epolls_watching(&self, fd: i32) -> Vec<i32> {
        self.epolls.iter().filter(|(_, e)| e.fds.contains(&fd)).map(|(k, _)| *k).collect()
    }

    pub(super) fn live_objects(&self) -> Vec<LiveObject> {
        let mut v = Vec::new();
        for (base, b) in self.blocks.iter() {
            v.push(LiveObject {
                kind: b.allocator.kind(),
                handle: format!("{base:#x} ({} bytes)", b.size),
                origin: b.origin.clone(),
                bytes: b.size as u64,
            });
        }
        for (p, d) in &self.pic_descs {
            if let Some(origin) = &d.origin {
                v.push(LiveObject::new("acldvppPicDesc", format!("{p:#x}"), origin.clone()));
            }
        }
        for (p, origin) in &self.stream_descs {
            v.push(LiveObject::new("acldvppStreamDesc", format!("{p:#x}"), origin.clone()));
        }
        for (s, st) in &self.streams {
            v.push(LiveObject::new("aclrtStream", format!("{s:#x}"), st.origin.clone()));
        }
        for (c, ctx) in &self.contexts {
            v.push(LiveObject::new("aclrtContext", format!("{c:#x} (device {})", ctx.device), ctx.origin.clone()));
        }
        for ((thread, stream), origin) in &self.subscriptions {
            let handle = format!("thread {thread:#x}, stream {stream:#x}");
            v.push(LiveObject::new("report subscription", handle, origin.clone()));
        }
        for (d, origin) in &self.devices {
            v.push(LiveObject::new("device (never reset)", format!("device {d}"), origin.clone()));
        }
        for (d, origin) in &self.sys {
            v.push(LiveObject::new("hi_mpi_sys (never exited)", format!("device {d}"), origin.clone()));
        }
        for (fd, e) in &self.epolls {
            v.push(LiveObject::new("hi_mpi_sys epoll instance", format!("epoll fd {fd}"), e.origin.clone()));
        }
        v
    }
}

#[cfg(test)]
mod tests {
    use super::ReadCount;

    /// A read begun on one object of a cell and ended after the cell was renewed (the object freed) changes
    /// nothing; reads of the cell's next object count as usual.
    #[test]
    fn a_read_ends_only_on_the_object_it_began_on() {
        let cell: &'static ReadCount = Box::leak(Box::default());
        let old = cell.begin();
        assert_eq!(cell.count(), 1);
        assert!(old.reads(cell));
        cell.renew();
        assert_eq!(cell.count(), 0);
        assert!(!old.reads(cell));
        let new = cell.begin();
        old.end();
        assert_eq!(cell.count(), 1, "the old object's read ended in vain");
        new.end();
        new.end();
        assert_eq!(cell.count(), 0, "an end never takes the count below 0");
    }
}
