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
use aclvenc_emu_common::process;
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
/// `destMax` (bytes); a copy of 0 bytes does nothing. Every kind is a host copy here, overlapping ranges copied as
/// `memmove` does.
///
/// The device side of a copy (the destination of `HOST_TO_DEVICE` and `HOST_TO_BUF_TO_DEVICE`, the source of
/// `DEVICE_TO_HOST`, both sides of the device-to-device kinds) must lie in one block of the device-memory registry:
/// any allocator's, or an encoder's stream buffer, live or quarantined (a block the application freed while a job
/// still used it stays readable and writable, as device memory does after a free the device does not know of). It
/// is read or written under the registry's lock, after `count` was checked against the block. The host side is
/// copied by the kernel ([`process::copy_within_self`]).
///
/// So device memory freed, never allocated or shorter than `count` (a stream copied after its channel was
/// destroyed, a block freed by another thread), and host memory not mapped, or not writable as a destination,
/// return ACL_ERROR_INVALID_PARAM, logged, instead of a crash. A refused host destination may have received the
/// bytes before the fault. With `ACL_MEMCPY_DEFAULT` a side inside a registry block is device memory and any other
/// is host memory: there a freed device block is copied as host memory (checked, so no crash, but not refused).
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
    if count == 0 {
        return ACL_SUCCESS;
    }
    let (s, d) = (src.addr(), dst.addr());
    // A copy with a host side: `side` names it when the other side is device memory.
    let host = |to: usize, from: usize, side: Option<(&str, usize)>| {
        process::copy_within_self(to, from, count).map_err(|_| match side {
            Some((side, addr)) => refused(side, false, addr, count, kind, MemError::Unknown),
            None => refused_host(s, d, count, kind),
        })
    };
    let device = |side: &str, addr: usize, f: &dyn Fn(usize) -> Result<(), aclError>| {
        devmem::with_range(addr, count, AllocSet::ANY, devmem::ACCESS_QUARANTINED, f)
            .map_err(|e| refused(side, true, addr, count, kind, e))
            .and_then(|r| r)
    };
    let copied = match device_sides(kind, s, d) {
        (false, false) => host(d, s, None),
        (true, false) => device("source", s, &|p| host(d, p, Some(("destination", d)))),
        (false, true) => device("destination", d, &|p| host(p, s, Some(("source", s)))),
        (true, true) => devmem::copy_in_flags(s, count, AllocSet::ANY, devmem::ACCESS_QUARANTINED)
            .map_err(|e| refused("source", true, s, count, kind, e))
            .and_then(|data| {
                devmem::copy_out_flags(d, &data, AllocSet::ANY, devmem::ACCESS_QUARANTINED)
                    .map_err(|e| refused("destination", true, d, count, kind, e))
            }),
    };
    match copied {
        Ok(()) => ACL_SUCCESS,
        Err(e) => e,
    }
}

/// Which sides of a copy of `kind` are device memory, `(source, destination)`. `DEFAULT` lets the runtime tell by
/// the address: a side inside a registry block (live or quarantined) is device memory.
fn device_sides(kind: aclrtMemcpyKind, src: usize, dst: usize) -> (bool, bool) {
    let known = |addr: usize| devmem::lookup_flags(addr, 1, AllocSet::ANY, devmem::ACCESS_QUARANTINED).is_ok();
    match kind {
        aclrtMemcpyKind::ACL_MEMCPY_HOST_TO_HOST => (false, false),
        aclrtMemcpyKind::ACL_MEMCPY_HOST_TO_DEVICE | aclrtMemcpyKind::ACL_MEMCPY_HOST_TO_BUF_TO_DEVICE => (false, true),
        aclrtMemcpyKind::ACL_MEMCPY_DEVICE_TO_HOST => (true, false),
        aclrtMemcpyKind::ACL_MEMCPY_DEFAULT => (known(src), known(dst)),
        _ => (true, true),
    }
}

/// Logs why the device `side` (`source` or `destination`) of a copy was refused; returns ACL_ERROR_INVALID_PARAM.
fn refused(side: &str, device: bool, addr: usize, count: usize, kind: aclrtMemcpyKind, e: MemError) -> aclError {
    let memory = if device { "device" } else { "host" };
    match e {
        MemError::TooSmall { available } => log::error!(
            "aclrtMemcpy ({kind:?}): the {side} {addr:#x} has {available} bytes of {memory} memory left, {count} asked"
        ),
        MemError::Unknown | MemError::Refused(_) if device => log::error!(
            "aclrtMemcpy ({kind:?}): the {side} {addr:#x} is not in device memory (never allocated, freed, or an \
             encoder buffer whose channel was destroyed)"
        ),
        MemError::Unknown | MemError::Refused(_) => log::error!(
            "aclrtMemcpy ({kind:?}): {count} bytes of host memory at the {side} {addr:#x} are not mapped (freed, or \
             never allocated)"
        ),
    }
    ACL_ERROR_INVALID_PARAM
}

/// Logs a refused copy between host ranges (the source not readable, or the destination not writable); returns
/// ACL_ERROR_INVALID_PARAM.
fn refused_host(src: usize, dst: usize, count: usize, kind: aclrtMemcpyKind) -> aclError {
    log::error!(
        "aclrtMemcpy ({kind:?}): {count} bytes from {src:#x} to {dst:#x}: the source is not mapped readable or the \
         destination not writable (freed, never allocated, or read-only)"
    );
    ACL_ERROR_INVALID_PARAM
}
