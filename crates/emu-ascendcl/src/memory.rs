//! `aclrtMalloc`/`aclrtFree`, `aclrtMallocHost`/`aclrtFreeHost`, `aclrtMemcpy`. "Device" memory is host memory
//! in the emulator; every allocation is remembered, so freeing an unknown pointer is an error, not UB: a double
//! free, a pointer into a block, and memory of another allocator all return ACL_ERROR_INVALID_PARAM. A block a
//! queued encode still uses is quarantined by the registry until that job finishes (the free succeeds).
//!
//! This library owns the device-memory registry the emulated libraries share (`aclvenc_emu_common::devmem`):
//! [`aclvencEmuMemRegistry`] hands it to `libacl_dvpp.so` (`acldvppMalloc`) and `libacl_dvpp_mpi.so`
//! (`hi_mpi_dvpp_malloc`, and the V2 encoder, which takes `aclrtMalloc` memory as H.264/H.265 input on 310P/310B).

use std::alloc::Layout;
use std::ffi::c_void;

use aclvenc_abi::*;
use aclvenc_emu_common::devmem::{self, Allocator, FreeError, MemOps};
use aclvenc_ptr::{In, Out};

/// **Emulator-internal, not vendor API** (exported as `aclvencEmuMemRegistry`). The process's device-memory
/// registry of the emulated driver, as a table of C functions (`aclvenc_emu_common::devmem::MemOps`), for the other
/// emulated libraries. Never NULL; the table is static and lives as long as this library.
pub(crate) fn aclvencEmuMemRegistry() -> *const MemOps {
    &devmem::LOCAL_OPS
}

fn alloc(out: Out<'_, *mut c_void>, size: usize, who: Allocator) -> aclError {
    if out.is_null() || size == 0 {
        return ACL_ERROR_INVALID_PARAM;
    }
    if Layout::from_size_align(size, devmem::ALIGN).is_err() {
        return ACL_ERROR_BAD_ALLOC;
    }
    let Some(p) = devmem::alloc(who, size) else {
        return ACL_ERROR_RT_MEMORY_ALLOCATION;
    };
    out.write(p as *mut c_void);
    ACL_SUCCESS
}

fn free(p: Out<'_, c_void>, who: Allocator) -> aclError {
    if p.is_null() {
        return ACL_ERROR_INVALID_PARAM;
    }
    let p = p.addr();
    match devmem::free(who, p) {
        Ok(_) => ACL_SUCCESS,
        Err(FreeError::OtherAllocator(other)) => {
            log::error!("{p:#x} was allocated by {}, not {}", other.name(), who.name());
            ACL_ERROR_INVALID_PARAM
        }
        Err(FreeError::Unknown) => {
            log::error!("{p:#x} was not allocated by aclrtMalloc/aclrtMallocHost or was already freed");
            ACL_ERROR_INVALID_PARAM
        }
    }
}

/// `aclrtMalloc(&p, size, policy)`: `size` bytes, 128-byte aligned. The policy is accepted and ignored.
pub(crate) fn aclrtMalloc(dev_ptr: Out<'_, *mut c_void>, size: usize, _policy: aclrtMemMallocPolicy) -> aclError {
    alloc(dev_ptr, size, Allocator::AclrtMalloc)
}

/// `aclrtFree(p)`.
pub(crate) fn aclrtFree(dev_ptr: Out<'_, c_void>) -> aclError {
    free(dev_ptr, Allocator::AclrtMalloc)
}

/// `aclrtMallocHost(&p, size)`.
pub(crate) fn aclrtMallocHost(host_ptr: Out<'_, *mut c_void>, size: usize) -> aclError {
    alloc(host_ptr, size, Allocator::AclrtMallocHost)
}

/// `aclrtFreeHost(p)`.
pub(crate) fn aclrtFreeHost(host_ptr: Out<'_, c_void>) -> aclError {
    free(host_ptr, Allocator::AclrtMallocHost)
}

/// `aclrtMemcpy(dst, destMax, src, count, kind)`: synchronous copy of `count` bytes; `count` must not exceed
/// `destMax` (bytes). Every kind is a plain host copy here; overlapping ranges are copied as if through a buffer.
pub(crate) fn aclrtMemcpy(
    dst: Out<'_, c_void>,
    dest_max: usize,
    src: In<'_, c_void>,
    count: usize,
    kind: aclrtMemcpyKind,
) -> aclError {
    if dst.is_null() || src.is_null() || count > dest_max || !kind.is_named() {
        return ACL_ERROR_INVALID_PARAM;
    }
    let Some(from) = src.bytes(count) else { return ACL_ERROR_INVALID_PARAM };
    let overlap = src.addr() < dst.addr().saturating_add(count) && dst.addr() < src.addr().saturating_add(count);
    let copied = if overlap {
        let data = from.as_slice().to_vec();
        dst.write_bytes(&data)
    } else {
        dst.write_bytes(from.as_slice())
    };
    if copied {
        ACL_SUCCESS
    } else {
        ACL_ERROR_INVALID_PARAM
    }
}
