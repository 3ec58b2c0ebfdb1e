//! The device-memory registry the three emulated libraries share: which allocator made each block, and how many
//! bytes it has, so the encoders can tell DVPP memory from other memory (MPI-MEM-DVPP, VENC-SEND-INPUT-PROVENANCE,
//! VENC-CHDESC-BUFADDR-PROVENANCE) whichever library allocated it.
//!
//! There is one registry per process and it lives in `libascendcl.so`: in the vendor stack the runtime owns
//! device memory and `acldvppMalloc` and `hi_mpi_dvpp_malloc` are fronts for it. `libascendcl.so` exports it as
//! [`REGISTRY_SYMBOL`] (`aclvencEmuMemRegistry`), an **emulator-internal** symbol that is not vendor API: it
//! returns a [`MemOps`] table of C functions over its registry. `libacl_dvpp.so` and `libacl_dvpp_mpi.so` find
//! it once through [`crate::sibling`] (the app's `libascendcl.so`, else the one next to them). When it cannot be
//! found (a library used on its own), the library uses a private registry: then only its own blocks are known.
//!
//! Blocks are host memory (the emulator has no device), zeroed, aligned to [`ALIGN`] bytes and owned by the
//! registry. Copies in and out of a block run under the registry lock, so a concurrent free cannot pull a block
//! out from under a copy. Allocation policy (rounding, size limits, error codes) stays with each allocator.
//!
//! **Blocks an encode still uses.** A queued or running job that will write into (or hand out) application memory
//! after the call that gave it returns holds a [`Pin`] on that block: the V1 user output buffer
//! (`aclvencSetChannelDescBufAddr`) for the channel's life, the JPEGE output buffer of `hi_mpi_venc_send_jpege_frame`
//! until its stream is released. When the application frees a pinned block (VENC-CHDESC-BUFADDR-LIFETIME,
//! MPI-INPUT-FREE-EARLY), the free succeeds, as on the device, whose free does not know about the job; the block
//! leaves the application's view at once (a second free, a send or a lookup sees unknown memory) but stays
//! *quarantined*, still allocated, so the job's late writes land in memory nobody else owns (the output may be
//! stale, as on the device) and the pointers it hands out stay readable; the last unpin releases it. The first
//! quarantine of each allocator's memory is logged once.

use std::alloc::{alloc_zeroed, dealloc, Layout};
use std::collections::BTreeMap;
use std::ffi::c_void;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Mutex, MutexGuard, OnceLock};

/// Alignment of every block, in bytes (the alignment the DVPP allocators document, D-DVPPMALLOC).
pub const ALIGN: usize = 128;

/// The emulator-internal symbol of `libascendcl.so` that returns the process's [`MemOps`] table.
pub const REGISTRY_SYMBOL: &str = "aclvencEmuMemRegistry";

/// Version of the [`MemOps`] table: its layout and the [`Allocator`] values it takes (2: `EncoderStream` added;
/// 3: pins, quarantined frees and the `flags` of `access`); a table of another version is not used.
pub const MEM_OPS_VERSION: u32 = 3;

/// The allocator a block came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u32)]
pub enum Allocator {
    /// `aclrtMalloc` (device memory).
    AclrtMalloc = 1,
    /// `aclrtMallocHost` (host memory: never DVPP memory).
    AclrtMallocHost = 2,
    /// `acldvppMalloc`.
    AcldvppMalloc = 3,
    /// `hi_mpi_dvpp_malloc`.
    HiMpiDvppMalloc = 4,
    /// The encoders' own output buffers (the `hi_mpi_venc` stream ring, the V1 channel's internal output buffer):
    /// handed to the application for reading, never accepted as input or freed by an application call.
    EncoderStream = 5,
}

impl Allocator {
    fn from_u32(v: u32) -> Option<Allocator> {
        [
            Allocator::AclrtMalloc,
            Allocator::AclrtMallocHost,
            Allocator::AcldvppMalloc,
            Allocator::HiMpiDvppMalloc,
            Allocator::EncoderStream,
        ]
        .into_iter()
        .find(|a| *a as u32 == v)
    }

    /// The vendor function name (for [`Allocator::EncoderStream`], whose buffer it is).
    pub const fn name(self) -> &'static str {
        match self {
            Allocator::AclrtMalloc => "aclrtMalloc",
            Allocator::AclrtMallocHost => "aclrtMallocHost",
            Allocator::AcldvppMalloc => "acldvppMalloc",
            Allocator::HiMpiDvppMalloc => "hi_mpi_dvpp_malloc",
            Allocator::EncoderStream => "an encoder's own stream buffer",
        }
    }
}

/// A set of allocators whose memory a caller accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AllocSet(pub u32);

impl AllocSet {
    /// Every allocator.
    pub const ANY: AllocSet = AllocSet(u32::MAX);

    pub const fn of(list: &[Allocator]) -> AllocSet {
        let mut bits = 0;
        let mut i = 0;
        while i < list.len() {
            bits |= 1 << list[i] as u32;
            i += 1;
        }
        AllocSet(bits)
    }

    pub const fn contains(self, a: Allocator) -> bool {
        self.0 & (1 << a as u32) != 0
    }
}

/// Why memory was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MemError {
    /// The address is not inside any live block.
    Unknown,
    /// The address is inside a block of an allocator the caller does not accept.
    Refused(Allocator),
    /// The address is inside an accepted block, but `len` bytes from it run past the block's end.
    TooSmall { available: usize },
}

/// Why a free was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FreeError {
    /// Not the start of a live block (never allocated, already freed, or a pointer into a block).
    Unknown,
    /// The start of a block made by another allocator.
    OtherAllocator(Allocator),
}

/// What a successful free did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Freed {
    /// The memory is released.
    Released,
    /// A job still uses the block (it is pinned): it is gone for the application, and released when the last pin
    /// is dropped.
    Quarantined,
}

// ---------------------------------------------------------------------------------------------------------------
// The registry itself (one instance per library; the shared one is libascendcl.so's)
// ---------------------------------------------------------------------------------------------------------------

struct Block {
    /// Usable bytes (what the allocator promises the caller).
    size: usize,
    layout: Layout,
    who: Allocator,
    /// Jobs that still use the block ([`Pin`]s).
    pins: u32,
    /// Freed by the application while pinned: unknown to every lookup but a pin holder's, released at the last
    /// unpin.
    quarantined: bool,
}

static BLOCKS: Mutex<BTreeMap<usize, Block>> = Mutex::new(BTreeMap::new());

fn blocks() -> MutexGuard<'static, BTreeMap<usize, Block>> {
    BLOCKS.lock().unwrap_or_else(|p| p.into_inner())
}

/// The accepted block holding `[addr, addr + len)`: its start, its allocator and the bytes from `addr` to its end.
/// A quarantined block counts only when `quarantined` is set (a pin holder's access).
fn find(
    b: &BTreeMap<usize, Block>,
    addr: usize,
    len: usize,
    accept: AllocSet,
    quarantined: bool,
) -> Result<(usize, BlockInfo), MemError> {
    let (&base, block) = b.range(..=addr).next_back().ok_or(MemError::Unknown)?;
    if addr >= base + block.size.max(1) || (block.quarantined && !quarantined) {
        return Err(MemError::Unknown);
    }
    if !accept.contains(block.who) {
        return Err(MemError::Refused(block.who));
    }
    let available = base + block.size - addr;
    if len > available {
        return Err(MemError::TooSmall { available });
    }
    Ok((base, BlockInfo { who: block.who as u32, available }))
}

fn local_alloc(who: Allocator, size: usize) -> Option<usize> {
    let layout = Layout::from_size_align(size.max(1), ALIGN).ok()?;
    // SAFETY: the layout has a non-zero size.
    let p = unsafe { alloc_zeroed(layout) };
    if p.is_null() {
        return None;
    }
    blocks().insert(p as usize, Block { size, layout, who, pins: 0, quarantined: false });
    Some(p as usize)
}

/// Take the block at `addr` out of the registry and give its memory back.
fn release(mut b: MutexGuard<'_, BTreeMap<usize, Block>>, addr: usize) {
    if let Some(block) = b.remove(&addr) {
        drop(b);
        // SAFETY: `addr` was returned by `alloc_zeroed` with exactly this layout and was still registered; it has
        // just been removed, so it is freed once.
        unsafe { dealloc(addr as *mut u8, block.layout) };
    }
}

fn local_free(who: Allocator, addr: usize) -> Result<Freed, FreeError> {
    let mut b = blocks();
    let block = b.get_mut(&addr).filter(|k| !k.quarantined).ok_or(FreeError::Unknown)?;
    if block.who != who {
        return Err(FreeError::OtherAllocator(block.who));
    }
    if block.pins > 0 {
        block.quarantined = true;
        return Ok(Freed::Quarantined);
    }
    release(b, addr);
    Ok(Freed::Released)
}

fn local_pin(addr: usize, len: usize, accept: AllocSet) -> Result<(usize, BlockInfo), MemError> {
    let mut b = blocks();
    let (base, info) = find(&b, addr, len, accept, false)?;
    if let Some(block) = b.get_mut(&base) {
        block.pins += 1;
    }
    Ok((base, info))
}

fn local_unpin(base: usize) -> bool {
    let mut b = blocks();
    let Some(block) = b.get_mut(&base).filter(|k| k.pins > 0) else { return false };
    block.pins -= 1;
    if block.pins == 0 && block.quarantined {
        release(b, base);
    }
    true
}

// ---------------------------------------------------------------------------------------------------------------
// The C table (what crosses between the libraries)
// ---------------------------------------------------------------------------------------------------------------

/// What [`MemOps::access`] reports about the block it found.
#[repr(C)]
#[derive(Debug, Clone, Copy, Default)]
pub struct BlockInfo {
    /// The [`Allocator`] value.
    pub who: u32,
    /// Bytes from the address to the end of the block.
    pub available: usize,
}

/// Called by [`MemOps::access`] with the checked address while the registry lock is held.
pub type AccessFn = unsafe extern "C" fn(ctx: *mut c_void, addr: *mut u8);

/// [`MemOps::access`] flag: quarantined blocks count too (an access by a pin holder).
pub const ACCESS_QUARANTINED: u32 = 1;

/// The registry as C functions, so two libraries built separately can share it. Status values: 0 success;
/// 1 unknown address; 2 a block of an allocator not accepted (`info`/`owner` say which); 3 too small (`info` says
/// how many bytes there are); 4 out of memory or a bad argument; 5 (free only) freed but pinned: quarantined until
/// the last unpin.
#[repr(C)]
pub struct MemOps {
    pub version: u32,
    /// Allocate `size` usable bytes for allocator `who`; the address in `*out`.
    pub alloc: unsafe extern "C" fn(who: u32, size: usize, out: *mut usize) -> i32,
    /// Free the block starting at `addr`, if allocator `who` made it (else `*owner` names the one that did).
    pub free: unsafe extern "C" fn(who: u32, addr: usize, owner: *mut u32) -> i32,
    /// Check that `[addr, addr + len)` lies in one block of an allocator in the `accept` bit set (quarantined
    /// blocks too with [`ACCESS_QUARANTINED`] in `flags`), write what was found to `*info`, and if `f` is not NULL
    /// call `f(ctx, addr)` before the lock is released.
    pub access: unsafe extern "C" fn(
        addr: usize,
        len: usize,
        accept: u32,
        flags: u32,
        info: *mut BlockInfo,
        f: Option<AccessFn>,
        ctx: *mut c_void,
    ) -> i32,
    /// Like `access` without `f` (live blocks only), and on success take a pin on the block and write its start to
    /// `*base`.
    pub pin: unsafe extern "C" fn(addr: usize, len: usize, accept: u32, info: *mut BlockInfo, base: *mut usize) -> i32,
    /// Drop one pin of the block starting at `base`; the last one releases a quarantined block. 1 when `base` holds
    /// no pin.
    pub unpin: unsafe extern "C" fn(base: usize) -> i32,
}

fn status_of(e: MemError) -> i32 {
    match e {
        MemError::Unknown => 1,
        MemError::Refused(_) => 2,
        MemError::TooSmall { .. } => 3,
    }
}

unsafe extern "C" fn c_alloc(who: u32, size: usize, out: *mut usize) -> i32 {
    crate::export::catch(REGISTRY_SYMBOL, 4, || {
        let (Some(who), false) = (Allocator::from_u32(who), out.is_null()) else { return 4 };
        let Some(addr) = local_alloc(who, size) else { return 4 };
        // SAFETY: non-NULL (checked); the caller passes a writable `usize`.
        unsafe { out.write(addr) };
        0
    })
}

unsafe extern "C" fn c_free(who: u32, addr: usize, owner: *mut u32) -> i32 {
    crate::export::catch(REGISTRY_SYMBOL, 4, || {
        let Some(who) = Allocator::from_u32(who) else { return 4 };
        match local_free(who, addr) {
            Ok(Freed::Released) => 0,
            Ok(Freed::Quarantined) => 5,
            Err(FreeError::Unknown) => 1,
            Err(FreeError::OtherAllocator(o)) => {
                if !owner.is_null() {
                    // SAFETY: non-NULL (checked); the caller passes a writable `u32`.
                    unsafe { owner.write(o as u32) };
                }
                2
            }
        }
    })
}

/// The status and [`BlockInfo`] a lookup reports through the C table.
fn report(r: Result<(usize, BlockInfo), MemError>) -> (i32, BlockInfo) {
    match r {
        Ok((_, i)) => (0, i),
        Err(MemError::Refused(who)) => (2, BlockInfo { who: who as u32, available: 0 }),
        Err(MemError::TooSmall { available }) => (3, BlockInfo { who: 0, available }),
        Err(e) => (status_of(e), BlockInfo::default()),
    }
}

unsafe extern "C" fn c_access(
    addr: usize,
    len: usize,
    accept: u32,
    flags: u32,
    info: *mut BlockInfo,
    f: Option<AccessFn>,
    ctx: *mut c_void,
) -> i32 {
    crate::export::catch(REGISTRY_SYMBOL, 4, || {
        let b = blocks();
        let (status, found) = report(find(&b, addr, len, AllocSet(accept), flags & ACCESS_QUARANTINED != 0));
        if !info.is_null() {
            // SAFETY: non-NULL (checked); the caller passes a writable `BlockInfo`.
            unsafe { info.write(found) };
        }
        if status == 0 {
            if let Some(f) = f {
                // SAFETY: `[addr, addr + len)` lies in a live block, kept alive by the lock held here; `f` and
                // `ctx` come together from the caller, who made `f` accept `ctx`.
                unsafe { f(ctx, addr as *mut u8) };
            }
        }
        status
    })
}

unsafe extern "C" fn c_pin(addr: usize, len: usize, accept: u32, info: *mut BlockInfo, base: *mut usize) -> i32 {
    crate::export::catch(REGISTRY_SYMBOL, 4, || {
        let r = local_pin(addr, len, AllocSet(accept));
        let start = r.as_ref().map_or(0, |&(s, _)| s);
        let (status, found) = report(r);
        if !info.is_null() {
            // SAFETY: non-NULL (checked); the caller passes a writable `BlockInfo`.
            unsafe { info.write(found) };
        }
        if !base.is_null() {
            // SAFETY: non-NULL (checked); the caller passes a writable `usize`.
            unsafe { base.write(start) };
        }
        status
    })
}

unsafe extern "C" fn c_unpin(base: usize) -> i32 {
    crate::export::catch(REGISTRY_SYMBOL, 4, || if local_unpin(base) { 0 } else { 1 })
}

/// This library's own registry as a C table. `libascendcl.so` exports it as the shared one.
pub static LOCAL_OPS: MemOps =
    MemOps { version: MEM_OPS_VERSION, alloc: c_alloc, free: c_free, access: c_access, pin: c_pin, unpin: c_unpin };

// ---------------------------------------------------------------------------------------------------------------
// The Rust side every library uses
// ---------------------------------------------------------------------------------------------------------------

/// The registry this library uses: `libascendcl.so`'s shared one if it can be reached, else [`LOCAL_OPS`].
pub fn ops() -> &'static MemOps {
    static OPS: OnceLock<&'static MemOps> = OnceLock::new();
    OPS.get_or_init(|| {
        let found = crate::sibling::resolve("libascendcl.so", &[REGISTRY_SYMBOL]).and_then(|p| {
            // SAFETY: the symbol is `aclvencEmuMemRegistry` of an emulated libascendcl.so, whose prototype is
            // `extern "C" fn() -> *const MemOps`.
            let get = unsafe { std::mem::transmute::<*mut c_void, extern "C" fn() -> *const MemOps>(p[0]) };
            // SAFETY: the function returns a pointer to a static table that lives as long as the library, which
            // is never unloaded (the handle is not closed).
            match unsafe { get().as_ref() } {
                Some(t) if t.version == MEM_OPS_VERSION => Ok(t),
                _ => Err(format!("{REGISTRY_SYMBOL} returned no table of version {MEM_OPS_VERSION}")),
            }
        });
        found.unwrap_or_else(|e| {
            log::warn!(
                "device memory: using this library's own registry ({e}): the blocks it allocates are unknown to \
                 aclrtMemcpy and to the other emulated libraries"
            );
            &LOCAL_OPS
        })
    })
}

fn decode(status: i32, info: BlockInfo) -> Result<BlockInfo, MemError> {
    match status {
        0 => Ok(info),
        2 => Err(Allocator::from_u32(info.who).map_or(MemError::Unknown, MemError::Refused)),
        3 => Err(MemError::TooSmall { available: info.available }),
        _ => Err(MemError::Unknown),
    }
}

/// Allocate `size` usable bytes (zeroed, [`ALIGN`]-aligned) for `who`; `None` when out of memory.
pub fn alloc(who: Allocator, size: usize) -> Option<usize> {
    let mut addr = 0usize;
    // SAFETY: `addr` is a live local; the table's functions follow the `MemOps` contract.
    (unsafe { (ops().alloc)(who as u32, size, &mut addr) } == 0).then_some(addr)
}

/// Free the block starting at `addr`, which `who` must have allocated. A pinned block is quarantined
/// ([`Freed::Quarantined`], logged once per allocator in this library).
pub fn free(who: Allocator, addr: usize) -> Result<Freed, FreeError> {
    let mut owner = 0u32;
    // SAFETY: `owner` is a live local; the table's functions follow the `MemOps` contract.
    match unsafe { (ops().free)(who as u32, addr, &mut owner) } {
        0 => Ok(Freed::Released),
        5 => {
            static LOGGED: AtomicU32 = AtomicU32::new(0);
            if LOGGED.fetch_or(1 << who as u32, Ordering::Relaxed) & (1 << who as u32) == 0 {
                log::warn!(
                    "{addr:#x} ({} memory) was freed while a queued or running encode still uses it (on the device the \
                     encoder would read or write freed memory: VENC-CHDESC-BUFADDR-LIFETIME, MPI-INPUT-FREE-EARLY); \
                     it is kept until that job finishes, and its output may be lost. Logged once for {} memory",
                    who.name(),
                    who.name()
                );
            }
            Ok(Freed::Quarantined)
        }
        2 => Err(Allocator::from_u32(owner).map_or(FreeError::Unknown, FreeError::OtherAllocator)),
        _ => Err(FreeError::Unknown),
    }
}

/// The allocator of the accepted block holding `[addr, addr + len)`, and the bytes from `addr` to its end.
pub fn lookup(addr: usize, len: usize, accept: AllocSet) -> Result<(Allocator, usize), MemError> {
    lookup_flags(addr, len, accept, 0)
}

/// [`lookup`], of quarantined blocks too with [`ACCESS_QUARANTINED`] in `flags`.
pub fn lookup_flags(addr: usize, len: usize, accept: AllocSet, flags: u32) -> Result<(Allocator, usize), MemError> {
    let mut info = BlockInfo::default();
    // SAFETY: `info` is a live local; no callback.
    let status = unsafe { (ops().access)(addr, len, accept.0, flags, &mut info, None, std::ptr::null_mut()) };
    let info = decode(status, info)?;
    Ok((Allocator::from_u32(info.who).ok_or(MemError::Unknown)?, info.available))
}

/// A job's hold on one block (see the module docs): while it lives, the block's memory stays allocated even if the
/// application frees it, and the holder can still copy in and out of it. Dropping it releases a quarantined block.
#[derive(Debug)]
pub struct Pin {
    base: usize,
    size: usize,
    who: Allocator,
}

/// Pin the accepted live block holding `[addr, addr + len)`.
pub fn pin(addr: usize, len: usize, accept: AllocSet) -> Result<Pin, MemError> {
    let (mut info, mut base) = (BlockInfo::default(), 0usize);
    // SAFETY: `info` and `base` are live locals; the table's functions follow the `MemOps` contract.
    let status = unsafe { (ops().pin)(addr, len, accept.0, &mut info, &mut base) };
    let info = decode(status, info)?;
    let who = Allocator::from_u32(info.who).ok_or(MemError::Unknown)?;
    Ok(Pin { base, size: addr - base + info.available, who })
}

impl Pin {
    /// The start of the block.
    pub fn base(&self) -> usize {
        self.base
    }

    /// The allocator that made the block.
    pub fn allocator(&self) -> Allocator {
        self.who
    }

    /// `[addr, addr + len)` inside the pinned block, else the error a lookup would give.
    fn check(&self, addr: usize, len: usize) -> Result<(), MemError> {
        if addr < self.base || addr >= self.base + self.size.max(1) {
            return Err(MemError::Unknown);
        }
        let available = self.base + self.size - addr;
        if len > available {
            return Err(MemError::TooSmall { available });
        }
        Ok(())
    }

    /// Copy `data` to `addr` inside the pinned block, whether or not the application freed it.
    pub fn copy_out(&self, addr: usize, data: &[u8]) -> Result<(), MemError> {
        self.check(addr, data.len())?;
        copy_out_flags(addr, data, AllocSet::of(&[self.who]), ACCESS_QUARANTINED)
    }

    /// Copy `len` bytes at `addr` inside the pinned block, whether or not the application freed it.
    pub fn copy_in(&self, addr: usize, len: usize) -> Result<Vec<u8>, MemError> {
        self.check(addr, len)?;
        copy_in_flags(addr, len, AllocSet::of(&[self.who]), ACCESS_QUARANTINED)
    }
}

impl Drop for Pin {
    fn drop(&mut self) {
        // SAFETY: the table's functions follow the `MemOps` contract; `base` holds the pin this value took.
        if unsafe { (ops().unpin)(self.base) } != 0 {
            log::error!("device memory {:#x}: the registry held no pin to drop", self.base);
        }
    }
}

/// Run `f(addr)` while `[addr, addr + len)` is known to lie in one accepted block (live, or quarantined too with
/// [`ACCESS_QUARANTINED`]; the registry lock is held: `f` must not call back into the registry).
fn with_block(
    addr: usize,
    len: usize,
    accept: AllocSet,
    flags: u32,
    f: &mut dyn FnMut(*mut u8),
) -> Result<(), MemError> {
    unsafe extern "C" fn tramp(ctx: *mut c_void, p: *mut u8) {
        // SAFETY: `ctx` is the `&mut &mut dyn FnMut` passed below, alive for the whole `access` call.
        let f = unsafe { &mut *ctx.cast::<&mut dyn FnMut(*mut u8)>() };
        f(p);
    }
    let mut f = f;
    let mut info = BlockInfo::default();
    let ctx = (&mut f as *mut &mut dyn FnMut(*mut u8)).cast::<c_void>();
    // SAFETY: `info` is a live local; `tramp` accepts `ctx`, which outlives the call.
    let status = unsafe { (ops().access)(addr, len, accept.0, flags, &mut info, Some(tramp), ctx) };
    decode(status, info).map(|_| ())
}

/// Runs `f` with the address `addr` while `[addr, addr + len)` lies in one accepted block (live; with
/// [`ACCESS_QUARANTINED`] in `flags`, quarantined too), under the registry lock: a concurrent free waits for `f`,
/// which must not call into the registry. `len` is checked against the block before `f` runs, so `f` may touch
/// those `len` bytes.
pub fn with_range<R>(
    addr: usize,
    len: usize,
    accept: AllocSet,
    flags: u32,
    f: impl FnOnce(usize) -> R,
) -> Result<R, MemError> {
    let (mut f, mut out) = (Some(f), None);
    with_block(addr, len, accept, flags, &mut |p| out = f.take().map(|f| f(p as usize)))?;
    out.ok_or(MemError::Unknown)
}

/// Copy `len` bytes of the accepted live block memory at `addr` into a new vector.
pub fn copy_in(addr: usize, len: usize, accept: AllocSet) -> Result<Vec<u8>, MemError> {
    copy_in_flags(addr, len, accept, 0)
}

/// [`copy_in`], of quarantined blocks too with [`ACCESS_QUARANTINED`] in `flags`. The vector is allocated once
/// `len` is known to fit the block, so a wild `len` is [`MemError::TooSmall`], never a failed allocation.
pub fn copy_in_flags(addr: usize, len: usize, accept: AllocSet, flags: u32) -> Result<Vec<u8>, MemError> {
    let mut out = Vec::new();
    with_block(addr, len, accept, flags, &mut |p| {
        out = vec![0u8; len];
        // SAFETY: `p..p + len` lies in a live block (checked under the lock held during this call); `out` is a
        // distinct allocation of `len` bytes.
        unsafe { std::ptr::copy_nonoverlapping(p, out.as_mut_ptr(), len) }
    })?;
    Ok(out)
}

/// Copy `data` into the accepted live block memory at `addr`.
pub fn copy_out(addr: usize, data: &[u8], accept: AllocSet) -> Result<(), MemError> {
    copy_out_flags(addr, data, accept, 0)
}

/// [`copy_out`], to quarantined blocks too with [`ACCESS_QUARANTINED`] in `flags`.
pub fn copy_out_flags(addr: usize, data: &[u8], accept: AllocSet, flags: u32) -> Result<(), MemError> {
    with_block(addr, data.len(), accept, flags, &mut |p| {
        // SAFETY: `p..p + data.len()` lies in a live block (checked under the lock held during this call); `data`
        // is Rust memory that cannot overlap a registry block.
        unsafe { std::ptr::copy_nonoverlapping(data.as_ptr(), p, data.len()) }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const DVPP: AllocSet = AllocSet::of(&[Allocator::AcldvppMalloc, Allocator::HiMpiDvppMalloc]);

    #[test]
    fn bounds_owners_and_copies() {
        let a = alloc(Allocator::HiMpiDvppMalloc, 1000).unwrap();
        let r = alloc(Allocator::AclrtMalloc, 64).unwrap();
        assert_eq!(a % ALIGN, 0);
        assert_eq!(lookup(a, 1000, DVPP), Ok((Allocator::HiMpiDvppMalloc, 1000)));
        assert_eq!(lookup(a + 10, 991, DVPP), Err(MemError::TooSmall { available: 990 }));
        assert_eq!(lookup(a + 1000, 1, DVPP), Err(MemError::Unknown));
        assert_eq!(lookup(r, 1, DVPP), Err(MemError::Refused(Allocator::AclrtMalloc)));
        assert_eq!(lookup(r, 64, AllocSet::ANY), Ok((Allocator::AclrtMalloc, 64)));
        copy_out(a + 4, &[1, 2, 3], DVPP).unwrap();
        assert_eq!(copy_in(a + 3, 5, DVPP).unwrap(), vec![0, 1, 2, 3, 0]);
        assert_eq!(copy_in(r, 4, DVPP), Err(MemError::Refused(Allocator::AclrtMalloc)));
        assert_eq!(free(Allocator::AcldvppMalloc, a), Err(FreeError::OtherAllocator(Allocator::HiMpiDvppMalloc)));
        assert_eq!(free(Allocator::HiMpiDvppMalloc, a + 1), Err(FreeError::Unknown), "interior pointer");
        assert_eq!(free(Allocator::HiMpiDvppMalloc, a), Ok(Freed::Released));
        assert_eq!(free(Allocator::HiMpiDvppMalloc, a), Err(FreeError::Unknown));
        assert_eq!(lookup(a, 1, AllocSet::ANY), Err(MemError::Unknown));
        assert_eq!(free(Allocator::AclrtMalloc, r), Ok(Freed::Released));
    }

    #[test]
    fn a_pinned_block_freed_by_the_app_is_quarantined_until_the_last_unpin() {
        let a = alloc(Allocator::AcldvppMalloc, 256).unwrap();
        let p1 = pin(a + 16, 32, DVPP).unwrap();
        let p2 = pin(a, 256, DVPP).unwrap();
        assert_eq!((p1.base(), p1.allocator()), (a, Allocator::AcldvppMalloc));
        assert_eq!(free(Allocator::AcldvppMalloc, a), Ok(Freed::Quarantined));
        // Gone for the application: a second free, a lookup, a plain copy and a new pin all see unknown memory.
        assert_eq!(free(Allocator::AcldvppMalloc, a), Err(FreeError::Unknown), "double free");
        assert_eq!(lookup(a, 1, AllocSet::ANY), Err(MemError::Unknown));
        assert_eq!(copy_in(a, 1, DVPP), Err(MemError::Unknown));
        assert_eq!(pin(a, 1, DVPP).unwrap_err(), MemError::Unknown);
        // Still there for the pin holders, inside the block only.
        p1.copy_out(a + 100, &[9, 8, 7]).unwrap();
        assert_eq!(p2.copy_in(a + 99, 5).unwrap(), vec![0, 9, 8, 7, 0]);
        assert_eq!(p1.copy_out(a + 255, &[1, 2]), Err(MemError::TooSmall { available: 1 }));
        assert_eq!(p1.copy_in(a + 256, 1), Err(MemError::Unknown));
        drop(p1);
        assert_eq!(p2.copy_in(a, 1).unwrap(), vec![0], "one pin left keeps it");
        drop(p2);
        assert!(!blocks().contains_key(&a), "the last unpin released it");
    }

    #[test]
    fn an_unpinned_block_is_released_by_its_free_not_by_the_unpin() {
        let a = alloc(Allocator::HiMpiDvppMalloc, 64).unwrap();
        drop(pin(a, 64, DVPP).unwrap());
        assert_eq!(lookup(a, 64, DVPP), Ok((Allocator::HiMpiDvppMalloc, 64)), "unpinning a live block keeps it");
        assert_eq!(pin(a, 65, DVPP).unwrap_err(), MemError::TooSmall { available: 64 });
        assert_eq!(
            pin(a, 1, AllocSet::of(&[Allocator::AclrtMalloc])).unwrap_err(),
            MemError::Refused(Allocator::HiMpiDvppMalloc)
        );
        assert_eq!(free(Allocator::HiMpiDvppMalloc, a), Ok(Freed::Released));
        assert_eq!(pin(a, 1, DVPP).unwrap_err(), MemError::Unknown);
    }
}
