//! `acldvppMalloc`/`acldvppFree`: "device" memory for DVPP, which is host memory in the emulator.
//!
//! Like the vendor (D-DVPPMALLOC, S1 `acldvppMalloc`): the size is rounded up to a multiple of 32 bytes and 32
//! bytes are added, and the memory is 128-byte aligned. Every allocation is remembered in the device-memory
//! registry the emulated libraries share (`aclvenc_emu_common::devmem`, owned by `libascendcl.so`), so the encoder
//! can tell how many bytes are really behind an input pointer (VENC-SEND-INPUT-PROVENANCE), the V2 encoder of
//! `libacl_dvpp_mpi.so` takes this memory as DVPP memory (MPI-MEM-DVPP), and freeing a foreign pointer is an
//! error, not UB: `acldvppFree` of a pointer it did not return (never allocated, already freed, a pointer into a
//! block, memory of `hi_mpi_dvpp_malloc`, `aclrtMalloc` or an encoder's own output buffer) returns
//! ACL_ERROR_INVALID_PARAM and changes nothing.
//!
//! A channel's user output buffer (`aclvencSetChannelDescBufAddr`) is pinned for the channel's life
//! ([`pin_user_buffer`]): an `acldvppFree` of it while the channel lives succeeds and the block is quarantined
//! until the channel is destroyed (VENC-CHDESC-BUFADDR-LIFETIME). The library's own output buffer
//! ([`alloc_internal`]) is an encoder stream buffer of the registry, which no application free takes.

use std::ffi::c_void;

use aclvenc_abi::*;
use aclvenc_emu_common::devmem::{self, AllocSet, Allocator, FreeError, MemError, Pin};
use aclvenc_emu_common::process;
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
        Ok(_) => ACL_SUCCESS,
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

/// Pins the `acldvppMalloc` block holding the user output buffer `[p, p + len)` for a channel's life.
pub(crate) fn pin_user_buffer(p: usize, len: usize) -> Result<Pin, MemError> {
    devmem::pin(p, len, DVPP)
}

/// The encoders' own buffers.
const INTERNAL: AllocSet = AllocSet::of(&[Allocator::EncoderStream]);

/// A channel's internal output buffer of `size` bytes, pinned: its start and the pin. The application may read it
/// (the callbacks hand out pointers into it) but no application free takes it. Release it with [`free_internal`]
/// after dropping the pin.
pub(crate) fn alloc_internal(size: usize) -> Result<(usize, Pin), aclError> {
    let base = devmem::alloc(Allocator::EncoderStream, size).ok_or(ACL_ERROR_BAD_ALLOC)?;
    match devmem::pin(base, size, INTERNAL) {
        Ok(p) => Ok((base, p)),
        Err(e) => {
            log::error!("internal output buffer {base:#x}: cannot pin it ({e:?})");
            free_internal(base);
            Err(ACL_ERROR_BAD_ALLOC)
        }
    }
}

/// Free a buffer made by [`alloc_internal`] (its pin already dropped).
pub(crate) fn free_internal(base: usize) {
    if let Err(e) = devmem::free(Allocator::EncoderStream, base) {
        log::error!("internal output buffer {base:#x}: the registry refused the free ({e:?})");
    }
}

/// Copies `len` bytes of application memory at `p` that no allocator of the registry made (the V1 input may be any
/// memory the application can read, VENC-SEND-INPUT-PROVENANCE), checked ([`process::copy_from_self`]): `None`,
/// logged, when the memory is not mapped (a wild pointer, or a freed block whose pages went back to the system)
/// instead of a crash.
pub(crate) fn copy_foreign(p: usize, len: usize) -> Option<Vec<u8>> {
    process::copy_from_self(p, len)
        .inspect_err(|_| log::error!("{len} bytes at {p:#x} cannot be read: not mapped (freed, or never allocated?)"))
        .ok()
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
