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
use aclvenc_emu_common::devmem::{self, AllocSet, Allocator, FreeError, MemError, MemOps};
use aclvenc_emu_common::process::{self, CopyError};
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
/// `destMax` (bytes). Every kind is a host copy here, overlapping ranges copied as if through a buffer. The device
/// side of a copy (the destination of `HOST_TO_DEVICE`, the source of `DEVICE_TO_HOST`, both of the device-to-device
/// kinds; with `DEFAULT`, a side inside a live block) must lie in one live block of the device-memory registry (any
/// allocator's, or an encoder's stream buffer), and is read or written under the registry's lock. The host side is
/// read and written through the kernel's checked copy (`process_vm_readv`/`writev` on this process). So memory
/// freed, never allocated, shorter than `count`, or not mapped (a stream copied after its channel was destroyed, a
/// block freed by another thread, a freed host buffer) returns ACL_ERROR_INVALID_PARAM, logged, instead of a crash.
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
    let (src_device, dst_device) = device_sides(kind, src.addr(), dst.addr());
    let data = if src_device {
        devmem::copy_in(src.addr(), count, AllocSet::ANY)
            .map_err(|e| refused("source", true, src.addr(), count, kind, e))
    } else {
        match process::copy_from_self(src.addr(), count) {
            Ok(data) => Ok(data),
            Err(CopyError::NotMapped) => Err(refused("source", false, src.addr(), count, kind, MemError::Unknown)),
            // The kernel does not allow the checked copy here: read through the pointer, as the vendor does.
            Err(CopyError::Unavailable(_)) => {
                src.bytes(count).map(|b| b.as_slice().to_vec()).ok_or(ACL_ERROR_INVALID_PARAM)
            }
        }
    };
    let data = match data {
        Ok(data) => data,
        Err(e) => return e,
    };
    let written = if dst_device {
        devmem::copy_out(dst.addr(), &data, AllocSet::ANY)
            .map_err(|e| refused("destination", true, dst.addr(), count, kind, e))
    } else {
        match process::copy_to_self(dst.addr(), &data) {
            Ok(()) => Ok(()),
            Err(CopyError::NotMapped) => Err(refused("destination", false, dst.addr(), count, kind, MemError::Unknown)),
            Err(CopyError::Unavailable(_)) => dst.write_bytes(&data).then_some(()).ok_or(ACL_ERROR_INVALID_PARAM),
        }
    };
    match written {
        Ok(()) => ACL_SUCCESS,
        Err(e) => e,
    }
}

/// Which sides of a copy of `kind` are device memory, `(source, destination)`. `DEFAULT` lets the runtime tell by
/// the address: a side inside a live registry block is device memory.
fn device_sides(kind: aclrtMemcpyKind, src: usize, dst: usize) -> (bool, bool) {
    let known = |addr: usize| devmem::lookup(addr, 1, AllocSet::ANY).is_ok();
    match kind {
        aclrtMemcpyKind::ACL_MEMCPY_HOST_TO_HOST => (false, false),
        aclrtMemcpyKind::ACL_MEMCPY_HOST_TO_DEVICE | aclrtMemcpyKind::ACL_MEMCPY_HOST_TO_BUF_TO_DEVICE => (false, true),
        aclrtMemcpyKind::ACL_MEMCPY_DEVICE_TO_HOST => (true, false),
        aclrtMemcpyKind::ACL_MEMCPY_DEFAULT => (known(src), known(dst)),
        _ => (true, true),
    }
}

/// Logs why the `side` (`source` or `destination`; device memory or not) of a copy was refused; returns
/// ACL_ERROR_INVALID_PARAM.
fn refused(side: &str, device: bool, addr: usize, count: usize, kind: aclrtMemcpyKind, e: MemError) -> aclError {
    match e {
        MemError::TooSmall { available } => log::error!(
            "aclrtMemcpy ({kind:?}): the {side} {addr:#x} has {available} bytes of device memory left, {count} asked"
        ),
        MemError::Unknown | MemError::Refused(_) if device => log::error!(
            "aclrtMemcpy ({kind:?}): the {side} {addr:#x} is not in live device memory (never allocated, freed, or \
             an encoder buffer whose channel was destroyed)"
        ),
        MemError::Unknown | MemError::Refused(_) => log::error!(
            "aclrtMemcpy ({kind:?}): {count} bytes of host memory at the {side} {addr:#x} are not mapped (freed, or \
             never allocated)"
        ),
    }
    ACL_ERROR_INVALID_PARAM
}
