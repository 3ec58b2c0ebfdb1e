//! DVPP memory: `hi_mpi_dvpp_malloc` / `hi_mpi_dvpp_free` / `hi_mpi_dvpp_get_version`, and the registry the encoder
//! uses to tell DVPP memory from other memory (rule MPI-MEM-DVPP: anything else gets `HI_ERR_VENC_BAD_ADDR`).
//!
//! Blocks are host memory aligned to 128 bytes (the alignment the DVPP allocators document, D-DVPPMALLOC), zeroed
//! and owned by the registry. All copies in and out of caller memory happen under the registry lock, so a
//! concurrent `hi_mpi_dvpp_free` can never pull a block out from under a copy.

use std::alloc::{alloc_zeroed, dealloc, Layout};
use std::collections::BTreeMap;
use std::ffi::c_void;

use aclvenc_abi::{
    hi_s32, hi_u32, hi_u64, HI_ERR_SYS_ILLEGAL_PARAM, HI_ERR_SYS_NO_MEM, HI_ERR_SYS_NULL_PTR, HI_SUCCESS,
};
use parking_lot::Mutex;

use crate::ptr;

/// Alignment of every block, in bytes.
pub const DVPP_ALIGN: usize = 128;

/// Largest single allocation accepted, in bytes (4 GiB; a real device has less).
pub const DVPP_MAX_ALLOC: u64 = 4 << 30;

/// The DVPP API version reported by `hi_mpi_dvpp_get_version`: the CANN release the ABI facts come from
/// (8.1.RC1, abi-facts §0).
pub const DVPP_VERSION: (i32, i32, i32) = (8, 1, 0);

#[derive(Debug)]
struct Block {
    /// Bytes the caller asked for.
    size: usize,
    layout: Layout,
}

static BLOCKS: Mutex<BTreeMap<usize, Block>> = Mutex::new(BTreeMap::new());

/// Why caller memory was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MemError {
    /// The address is not inside any block from `hi_mpi_dvpp_malloc` (MPI-MEM-DVPP).
    NotDvpp,
    /// The address is inside a block but `len` bytes from it run past the block's end (MPI-MEM-SIZE).
    TooSmall { available: usize },
}

fn find(blocks: &BTreeMap<usize, Block>, addr: usize, len: usize) -> Result<(), MemError> {
    let (&base, block) = blocks.range(..=addr).next_back().ok_or(MemError::NotDvpp)?;
    if addr >= base + block.size.max(1) {
        return Err(MemError::NotDvpp);
    }
    let available = base + block.size - addr;
    if len > available {
        return Err(MemError::TooSmall { available });
    }
    Ok(())
}

/// Check that `[addr, addr + len)` lies inside one live DVPP block.
pub fn check(addr: usize, len: usize) -> Result<(), MemError> {
    find(&BLOCKS.lock(), addr, len)
}

/// Copy `len` bytes of DVPP memory at `addr` into a new vector.
pub fn copy_in(addr: usize, len: usize) -> Result<Vec<u8>, MemError> {
    let blocks = BLOCKS.lock();
    find(&blocks, addr, len)?;
    let mut out = vec![0u8; len];
    // SAFETY: `find` proved `[addr, addr + len)` lies inside a live, zero-initialised block that we allocated, and
    // the registry lock keeps it alive for the copy; `out` is a distinct allocation of `len` bytes.
    unsafe { std::ptr::copy_nonoverlapping(addr as *const u8, out.as_mut_ptr(), len) };
    Ok(out)
}

/// Copy `data` into DVPP memory at `addr`.
pub fn copy_out(addr: usize, data: &[u8]) -> Result<(), MemError> {
    let blocks = BLOCKS.lock();
    find(&blocks, addr, data.len())?;
    // SAFETY: `find` proved the destination range lies inside a live block we allocated; the lock keeps it alive,
    // and `data` is Rust memory that cannot overlap a DVPP block.
    unsafe { std::ptr::copy_nonoverlapping(data.as_ptr(), addr as *mut u8, data.len()) };
    Ok(())
}

/// Allocate one zeroed, 128-byte-aligned block of `size` bytes and register it; `None` when out of memory.
pub fn alloc(size: usize) -> Option<usize> {
    let layout = Layout::from_size_align(size.max(1), DVPP_ALIGN).ok()?;
    // SAFETY: the layout has a non-zero size.
    let p = unsafe { alloc_zeroed(layout) };
    if p.is_null() {
        return None;
    }
    BLOCKS.lock().insert(p as usize, Block { size, layout });
    Some(p as usize)
}

/// Free a block by its start address; `false` when `addr` is not the start of a live block.
pub fn free(addr: usize) -> bool {
    let Some(block) = BLOCKS.lock().remove(&addr) else { return false };
    // SAFETY: `addr` was returned by `alloc_zeroed` with exactly this layout and was still registered, so it is
    // freed once.
    unsafe { dealloc(addr as *mut u8, block.layout) };
    true
}

/// `hi_mpi_dvpp_malloc`: allocate `size` bytes of DVPP memory on device `dev_id` (only device 0 is emulated).
///
/// # Safety
/// `dev_ptr` is NULL or valid for writing one pointer.
pub unsafe fn hi_mpi_dvpp_malloc(dev_id: hi_u32, dev_ptr: *mut *mut c_void, size: hi_u64) -> hi_s32 {
    if let Some(code) = crate::venc::fault("hi_mpi_dvpp_malloc") {
        return code;
    }
    if dev_ptr.is_null() {
        log::error!("hi_mpi_dvpp_malloc: dev_ptr is NULL");
        return HI_ERR_SYS_NULL_PTR;
    }
    if dev_id != 0 {
        log::error!("hi_mpi_dvpp_malloc: device {dev_id} does not exist (the emulator has device 0 only)");
        return HI_ERR_SYS_ILLEGAL_PARAM;
    }
    if size == 0 || size > DVPP_MAX_ALLOC {
        log::error!("hi_mpi_dvpp_malloc: size {size} is outside (0, {DVPP_MAX_ALLOC}] bytes");
        return HI_ERR_SYS_ILLEGAL_PARAM;
    }
    let Some(addr) = alloc(size as usize) else {
        log::error!("hi_mpi_dvpp_malloc: out of memory for {size} bytes");
        return HI_ERR_SYS_NO_MEM;
    };
    // SAFETY: non-NULL (checked above); the caller's contract makes it valid for one pointer write.
    unsafe { ptr::write(dev_ptr, addr as *mut c_void) };
    HI_SUCCESS
}

/// `hi_mpi_dvpp_free`: free memory from `hi_mpi_dvpp_malloc`.
///
/// # Safety
/// None beyond the C prototype: `dev_ptr` is only compared against the registry, never dereferenced.
pub unsafe fn hi_mpi_dvpp_free(dev_ptr: *mut c_void) -> hi_s32 {
    if dev_ptr.is_null() {
        log::error!("hi_mpi_dvpp_free: dev_ptr is NULL");
        return HI_ERR_SYS_NULL_PTR;
    }
    if free(dev_ptr as usize) {
        HI_SUCCESS
    } else {
        log::error!("hi_mpi_dvpp_free: {dev_ptr:p} was not returned by hi_mpi_dvpp_malloc, or was already freed");
        HI_ERR_SYS_ILLEGAL_PARAM
    }
}

/// `hi_mpi_dvpp_get_version`: write the DVPP API version triple ([`DVPP_VERSION`]).
///
/// # Safety
/// Each pointer is NULL or valid for writing one `hi_s32`.
pub unsafe fn hi_mpi_dvpp_get_version(major: *mut hi_s32, minor: *mut hi_s32, patch: *mut hi_s32) -> hi_s32 {
    if major.is_null() || minor.is_null() || patch.is_null() {
        log::error!("hi_mpi_dvpp_get_version: NULL out-param");
        return HI_ERR_SYS_NULL_PTR;
    }
    // SAFETY: all three are non-NULL (checked above) and, by the caller's contract, writable.
    unsafe {
        ptr::write(major, DVPP_VERSION.0);
        ptr::write(minor, DVPP_VERSION.1);
        ptr::write(patch, DVPP_VERSION.2);
    }
    HI_SUCCESS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_bounds() {
        let a = alloc(1000).unwrap();
        assert_eq!(a % DVPP_ALIGN, 0);
        assert!(check(a, 1000).is_ok());
        assert!(check(a + 10, 990).is_ok());
        assert_eq!(check(a + 10, 991), Err(MemError::TooSmall { available: 990 }));
        assert_eq!(check(a + 1000, 1), Err(MemError::NotDvpp));
        copy_out(a + 4, &[1, 2, 3]).unwrap();
        assert_eq!(copy_in(a + 3, 5).unwrap(), vec![0, 1, 2, 3, 0]);
        assert!(free(a));
        assert!(!free(a));
        assert_eq!(check(a, 1), Err(MemError::NotDvpp));
    }
}
