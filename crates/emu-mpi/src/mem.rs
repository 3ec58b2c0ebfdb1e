//! DVPP memory: `hi_mpi_dvpp_malloc` / `hi_mpi_dvpp_free` / `hi_mpi_dvpp_get_version`, and which memory the encoder
//! takes (rule MPI-MEM-DVPP: anything else gets `HI_ERR_VENC_BAD_ADDR`).
//!
//! Blocks live in the device-memory registry the emulated libraries share (`aclvenc_emu_common::devmem`, owned by
//! `libascendcl.so`), so memory from `acldvppMalloc` (`libacl_dvpp.so`) and `aclrtMalloc` (`libascendcl.so`) is
//! recognised too; [`accepted`] says which of them a send takes on the emulated chip. All copies in and out of
//! caller memory happen under the registry lock, so a concurrent free can never pull a block out from under a copy.

use std::ffi::c_void;

use aclvenc_abi::{
    hi_s32, hi_u32, hi_u64, HI_ERR_SYS_ILLEGAL_PARAM, HI_ERR_SYS_NO_MEM, HI_ERR_SYS_NULL_PTR, HI_SUCCESS,
};
use aclvenc_emu_common::devmem::{self, FreeError};
pub use aclvenc_emu_common::devmem::{AllocSet, Allocator, MemError, Pin};
use aclvenc_ptr::Out;

/// Alignment of every block, in bytes.
pub const DVPP_ALIGN: usize = devmem::ALIGN;

/// Largest single allocation accepted, in bytes (4 GiB; a real device has less).
pub const DVPP_MAX_ALLOC: u64 = 4 << 30;

/// The DVPP API version reported by `hi_mpi_dvpp_get_version`: the CANN release the ABI facts come from
/// (8.1.RC1, abi-facts §0).
pub const DVPP_VERSION: (i32, i32, i32) = (8, 1, 0);

/// DVPP memory: `hi_mpi_dvpp_malloc`, and `acldvppMalloc`, which allocates from the same DVPP pool in the vendor
/// stack (D-DVPPMALLOC, D-MPI-DVPPMALLOC).
pub const DVPP: AllocSet = AllocSet::of(&[Allocator::HiMpiDvppMalloc, Allocator::AcldvppMalloc]);

/// DVPP memory or `aclrtMalloc` device memory.
const DVPP_OR_RT: AllocSet =
    AllocSet::of(&[Allocator::HiMpiDvppMalloc, Allocator::AcldvppMalloc, Allocator::AclrtMalloc]);

/// The memory a send takes (MPI-MEM-DVPP). DVPP memory always. `aclrtMalloc` memory only as the input picture of
/// an H.264/H.265 channel, on the chips whose limits say so (`aclvenc_chip::V2Limits::video_input_aclrt_malloc`:
/// 310P and 310B); nothing says so for JPEGE input or the JPEGE output buffer. `aclrtMallocHost` and unknown
/// memory: BAD_ADDR.
pub fn accepted(video_input: bool) -> AllocSet {
    let v2 = aclvenc_emu_common::settings::get().limits().v2;
    if video_input && v2.is_some_and(|v| v.video_input_aclrt_malloc) {
        DVPP_OR_RT
    } else {
        DVPP
    }
}

/// Check that `[addr, addr + len)` lies inside one live block of an allocator in `accept`.
pub fn check(addr: usize, len: usize, accept: AllocSet) -> Result<(), MemError> {
    devmem::lookup(addr, len, accept).map(|_| ())
}

/// Copy `len` bytes of accepted memory at `addr` into a new vector.
pub fn copy_in(addr: usize, len: usize, accept: AllocSet) -> Result<Vec<u8>, MemError> {
    devmem::copy_in(addr, len, accept)
}

/// Copy `data` into accepted memory at `addr`.
pub fn copy_out(addr: usize, data: &[u8], accept: AllocSet) -> Result<(), MemError> {
    devmem::copy_out(addr, data, accept)
}

/// Pin the accepted block holding `[addr, addr + len)` for a queued job (kept allocated until the [`Pin`] drops,
/// even if the application frees it).
pub fn pin(addr: usize, len: usize, accept: AllocSet) -> Result<Pin, MemError> {
    devmem::pin(addr, len, accept)
}

/// Allocate one zeroed, 128-byte-aligned block of `size` bytes and register it; `None` when out of memory.
pub fn alloc(size: usize) -> Option<usize> {
    devmem::alloc(Allocator::HiMpiDvppMalloc, size)
}

/// Free a block by its start address; `false` when `addr` is not the start of a live `hi_mpi_dvpp_malloc` block.
/// A block a queued job still uses is quarantined until the job is done (`aclvenc_emu_common::devmem`).
pub fn free(addr: usize) -> bool {
    match devmem::free(Allocator::HiMpiDvppMalloc, addr) {
        Ok(_) => true,
        Err(FreeError::OtherAllocator(who)) => {
            log::error!("hi_mpi_dvpp_free: {addr:#x} was allocated by {}; free it with that library", who.name());
            false
        }
        Err(FreeError::Unknown) => false,
    }
}
/// `hi_mpi_dvpp_malloc`: allocate `size` bytes of DVPP memory on device `dev_id` (only device 0 is emulated).
pub fn hi_mpi_dvpp_malloc(dev_id: hi_u32, dev_ptr: Out<'_, *mut c_void>, size: hi_u64) -> hi_s32 {
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
    dev_ptr.write(addr as *mut c_void);
    HI_SUCCESS
}

/// `hi_mpi_dvpp_free`: free memory from `hi_mpi_dvpp_malloc`.
pub fn hi_mpi_dvpp_free(dev_ptr: Out<'_, c_void>) -> hi_s32 {
    if dev_ptr.is_null() {
        log::error!("hi_mpi_dvpp_free: dev_ptr is NULL");
        return HI_ERR_SYS_NULL_PTR;
    }
    if free(dev_ptr.addr()) {
        HI_SUCCESS
    } else {
        log::error!(
            "hi_mpi_dvpp_free: {:#x} was not returned by hi_mpi_dvpp_malloc, or was already freed",
            dev_ptr.addr()
        );
        HI_ERR_SYS_ILLEGAL_PARAM
    }
}

/// `hi_mpi_dvpp_get_version`: write the DVPP API version triple ([`DVPP_VERSION`]).
pub fn hi_mpi_dvpp_get_version(major: Out<'_, hi_s32>, minor: Out<'_, hi_s32>, patch: Out<'_, hi_s32>) -> hi_s32 {
    if major.is_null() || minor.is_null() || patch.is_null() {
        log::error!("hi_mpi_dvpp_get_version: NULL out-param");
        return HI_ERR_SYS_NULL_PTR;
    }
    major.write(DVPP_VERSION.0);
    minor.write(DVPP_VERSION.1);
    patch.write(DVPP_VERSION.2);
    HI_SUCCESS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_bounds() {
        let a = alloc(1000).unwrap();
        assert_eq!(a % DVPP_ALIGN, 0);
        assert!(check(a, 1000, DVPP).is_ok());
        assert!(check(a + 10, 990, DVPP).is_ok());
        assert_eq!(check(a + 10, 991, DVPP), Err(MemError::TooSmall { available: 990 }));
        assert_eq!(check(a + 1000, 1, DVPP), Err(MemError::Unknown));
        copy_out(a + 4, &[1, 2, 3], DVPP).unwrap();
        assert_eq!(copy_in(a + 3, 5, DVPP).unwrap(), vec![0, 1, 2, 3, 0]);
        assert!(free(a));
        assert!(!free(a));
        assert_eq!(check(a, 1, DVPP), Err(MemError::Unknown));
    }

    #[test]
    fn acl_memory_is_taken_per_chip() {
        // The unit-test process emulates the default chip, 310P.
        assert_eq!(aclvenc_emu_common::settings::get().chip, aclvenc_chip::Chip::Ascend310P);
        assert!(accepted(true).contains(Allocator::AclrtMalloc), "310P: aclrtMalloc memory as VENC input");
        assert!(!accepted(false).contains(Allocator::AclrtMalloc), "not as JPEGE input");
        for video in [true, false] {
            assert!(accepted(video).contains(Allocator::AcldvppMalloc));
            assert!(accepted(video).contains(Allocator::HiMpiDvppMalloc));
            assert!(!accepted(video).contains(Allocator::AclrtMallocHost));
        }
    }
}
