//! `acldvppMalloc`/`acldvppFree`: "device" memory for DVPP, which is host memory in the emulator.
//!
//! Like the vendor (D-DVPPMALLOC, S1 `acldvppMalloc`): the size is rounded up to a multiple of 32 bytes and 32
//! bytes are added, and the memory is 128-byte aligned. Every allocation is remembered in the device-memory
//! registry the emulated libraries share (`aclvenc_emu_common::devmem`, owned by `libascendcl.so`), so the encoder
//! can tell how many bytes are really behind an input pointer (VENC-SEND-INPUT-PROVENANCE), the V2 encoder of
//! `libacl_dvpp_mpi.so` takes this memory as DVPP memory (MPI-MEM-DVPP), and freeing a foreign pointer is an
//! error, not UB.

use std::ffi::c_void;

use aclvenc_abi::*;
use aclvenc_emu_common::devmem::{self, AllocSet, Allocator, FreeError, MemError};
use aclvenc_ptr::Out;

/// Alignment of every DVPP allocation, in bytes.
#[cfg(test)]
pub(crate) const DVPP_ALIGN: usize = devmem::ALIGN;

/// The size the vendor really allocates for a request of `size` bytes: round up to 32, plus 32.
pub(crate) fn rounded_size(size: usize) -> Option<usize> {
    size.checked_add(31).map(|s| s & !31)?.checked_add(32)
}

/// Allocate `size` bytes (rounded like the vendor); the start address.
pub(crate) fn alloc(size: usize) -> Result<usize, aclError> {
    if size == 0 {
        return Err(ACL_ERROR_INVALID_PARAM);
    }
    let real = rounded_size(size).ok_or(ACL_ERROR_BAD_ALLOC)?;
    devmem::alloc(Allocator::AcldvppMalloc, real).ok_or(ACL_ERROR_BAD_ALLOC)
}

/// Free an allocation made by [`alloc`].
pub(crate) fn free(p: usize) -> aclError {
    match devmem::free(Allocator::AcldvppMalloc, p) {
        Ok(()) => ACL_SUCCESS,
        Err(FreeError::OtherAllocator(who)) => {
            log::error!("acldvppFree: {p:#x} was allocated by {}, not acldvppMalloc", who.name());
            ACL_ERROR_INVALID_PARAM
        }
        Err(FreeError::Unknown) => {
            log::error!("acldvppFree: {p:#x} was not returned by acldvppMalloc, or was already freed");
            ACL_ERROR_INVALID_PARAM
        }
    }
}

/// `acldvppMalloc` memory only.
const DVPP: AllocSet = AllocSet::of(&[Allocator::AcldvppMalloc]);

/// If `p` points into a live `acldvppMalloc` allocation, the number of bytes from `p` to the end of it.
pub(crate) fn bytes_after(p: usize) -> Option<usize> {
    devmem::lookup(p, 0, DVPP).ok().map(|(_, n)| n)
}

/// Copies `len` bytes of the `acldvppMalloc` memory at `p` (under the registry lock, so a concurrent free cannot
/// pull the block away).
pub(crate) fn copy_in(p: usize, len: usize) -> Result<Vec<u8>, MemError> {
    devmem::copy_in(p, len, DVPP)
}

/// Copies `data` into the `acldvppMalloc` memory at `p`.
pub(crate) fn copy_out(p: usize, data: &[u8]) -> Result<(), MemError> {
    devmem::copy_out(p, data, DVPP)
}

/// `acldvppMalloc(&p, size)`.
pub(crate) fn acldvppMalloc(dev_ptr: Out<'_, *mut c_void>, size: usize) -> aclError {
    if dev_ptr.is_null() {
        return ACL_ERROR_INVALID_PARAM;
    }
    match alloc(size) {
        Ok(p) => {
            dev_ptr.write(p as *mut c_void);
            ACL_SUCCESS
        }
        Err(e) => e,
    }
}

/// `acldvppFree(p)`.
pub(crate) fn acldvppFree(dev_ptr: Out<'_, c_void>) -> aclError {
    if dev_ptr.is_null() {
        return ACL_ERROR_INVALID_PARAM;
    }
    free(dev_ptr.addr())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vendor_rounding_and_alignment() {
        assert_eq!(rounded_size(1), Some(64));
        assert_eq!(rounded_size(32), Some(64));
        assert_eq!(rounded_size(33), Some(96));
        let p = alloc(100).unwrap();
        assert_eq!(p % DVPP_ALIGN, 0);
        assert_eq!(bytes_after(p), Some(160));
        assert_eq!(bytes_after(p + 10), Some(150));
        assert_eq!(free(p), ACL_SUCCESS);
        assert_eq!(free(p), ACL_ERROR_INVALID_PARAM);
    }
}
