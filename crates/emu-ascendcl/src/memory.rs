//! `aclrtMalloc`/`aclrtFree`, `aclrtMallocHost`/`aclrtFreeHost`, `aclrtMemcpy`. "Device" memory is host memory
//! in the emulator; every allocation is remembered, so freeing an unknown pointer is an error, not UB.
//!
//! This library owns the device-memory registry the emulated libraries share (`aclvenc_emu_common::devmem`):
//! [`aclvencEmuMemRegistry`] hands it to `libacl_dvpp.so` (`acldvppMalloc`) and `libacl_dvpp_mpi.so`
//! (`hi_mpi_dvpp_malloc`, and the V2 encoder, which takes `aclrtMalloc` memory as H.264/H.265 input on 310P/310B).

use std::alloc::Layout;
use std::ffi::c_void;

use aclvenc_abi::*;
use aclvenc_emu_common::devmem::{self, Allocator, FreeError, MemOps};

use crate::outptr;

/// **Emulator-internal, not vendor API.** The process's device-memory registry of the emulated driver, as a table
/// of C functions (`aclvenc_emu_common::devmem::MemOps`), for the other emulated libraries. Never NULL; the table
/// is static and lives as long as this library.
#[no_mangle]
pub extern "C" fn aclvencEmuMemRegistry() -> *const MemOps {
    &devmem::LOCAL_OPS
}

fn alloc(out: *mut *mut c_void, size: usize, who: Allocator) -> aclError {
    if out.is_null() || size == 0 {
        return ACL_ERROR_INVALID_PARAM;
    }
    if Layout::from_size_align(size, devmem::ALIGN).is_err() {
        return ACL_ERROR_BAD_ALLOC;
    }
    let Some(p) = devmem::alloc(who, size) else {
        return ACL_ERROR_RT_MEMORY_ALLOCATION;
    };
    if !outptr::write(out, p as *mut c_void) {
        free(p as *mut c_void, who);
        return ACL_ERROR_INVALID_PARAM;
    }
    ACL_SUCCESS
}

fn free(p: *mut c_void, who: Allocator) -> aclError {
    if p.is_null() {
        return ACL_ERROR_INVALID_PARAM;
    }
    match devmem::free(who, p as usize) {
        Ok(()) => ACL_SUCCESS,
        Err(FreeError::OtherAllocator(other)) => {
            log::error!("{p:p} was allocated by {}, not {}", other.name(), who.name());
            ACL_ERROR_INVALID_PARAM
        }
        Err(FreeError::Unknown) => {
            log::error!("{p:p} was not allocated by aclrtMalloc/aclrtMallocHost or was already freed");
            ACL_ERROR_INVALID_PARAM
        }
    }
}

/// `aclrtMalloc(&p, size, policy)`: `size` bytes, 128-byte aligned. The policy is accepted and ignored.
pub(crate) fn aclrtMalloc(dev_ptr: *mut *mut c_void, size: usize, _policy: aclrtMemMallocPolicy) -> aclError {
    alloc(dev_ptr, size, Allocator::AclrtMalloc)
}

/// `aclrtFree(p)`.
pub(crate) fn aclrtFree(dev_ptr: *mut c_void) -> aclError {
    free(dev_ptr, Allocator::AclrtMalloc)
}

/// `aclrtMallocHost(&p, size)`.
pub(crate) fn aclrtMallocHost(host_ptr: *mut *mut c_void, size: usize) -> aclError {
    alloc(host_ptr, size, Allocator::AclrtMallocHost)
}

/// `aclrtFreeHost(p)`.
pub(crate) fn aclrtFreeHost(host_ptr: *mut c_void) -> aclError {
    free(host_ptr, Allocator::AclrtMallocHost)
}

/// `aclrtMemcpy(dst, destMax, src, count, kind)`: synchronous copy of `count` bytes; `count` must not exceed
/// `destMax` (bytes). Every kind is a plain host copy here.
pub(crate) fn aclrtMemcpy(
    dst: *mut c_void,
    dest_max: usize,
    src: *const c_void,
    count: usize,
    kind: aclrtMemcpyKind,
) -> aclError {
    if dst.is_null() || src.is_null() || count > dest_max || !kind.is_named() {
        return ACL_ERROR_INVALID_PARAM;
    }
    if count == 0 {
        return ACL_SUCCESS;
    }
    // SAFETY: the C contract of aclrtMemcpy: `src` is readable and `dst` writable for `count` bytes (`count` <=
    // `destMax`, checked). `copy` allows overlap.
    unsafe { std::ptr::copy(src.cast::<u8>(), dst.cast::<u8>(), count) };
    ACL_SUCCESS
}
