//! `aclrtMalloc`/`aclrtFree`, `aclrtMallocHost`/`aclrtFreeHost`, `aclrtMemcpy`. "Device" memory is host memory
//! in the emulator; every allocation is remembered, so freeing an unknown pointer is an error, not UB.

use std::alloc::Layout;
use std::collections::HashMap;
use std::ffi::c_void;
use std::sync::{Mutex, MutexGuard, OnceLock};

use aclvenc_abi::*;

use crate::outptr;

/// Alignment of every allocation, in bytes.
const ALIGN: usize = 128;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Device,
    Host,
}

fn table() -> MutexGuard<'static, HashMap<usize, (Layout, Kind)>> {
    static T: OnceLock<Mutex<HashMap<usize, (Layout, Kind)>>> = OnceLock::new();
    T.get_or_init(Mutex::default).lock().unwrap_or_else(|p| p.into_inner())
}

fn alloc(out: *mut *mut c_void, size: usize, kind: Kind) -> aclError {
    if out.is_null() || size == 0 {
        return ACL_ERROR_INVALID_PARAM;
    }
    let Ok(layout) = Layout::from_size_align(size, ALIGN) else {
        return ACL_ERROR_BAD_ALLOC;
    };
    // SAFETY: `layout` has a non-zero size (checked above).
    let p = unsafe { std::alloc::alloc(layout) };
    if p.is_null() {
        return ACL_ERROR_RT_MEMORY_ALLOCATION;
    }
    table().insert(p as usize, (layout, kind));
    if !outptr::write(out, p.cast()) {
        free(p.cast(), kind);
        return ACL_ERROR_INVALID_PARAM;
    }
    ACL_SUCCESS
}

fn free(p: *mut c_void, kind: Kind) -> aclError {
    if p.is_null() {
        return ACL_ERROR_INVALID_PARAM;
    }
    let mut t = table();
    match t.get(&(p as usize)) {
        Some(&(layout, k)) if k == kind => {
            t.remove(&(p as usize));
            drop(t);
            // SAFETY: `p` was returned by `std::alloc::alloc(layout)` in `alloc` and is removed from the table, so
            // it is freed exactly once.
            unsafe { std::alloc::dealloc(p.cast(), layout) };
            ACL_SUCCESS
        }
        Some(_) => {
            log::error!("{p:p} was allocated by the other allocator (aclrtMalloc vs aclrtMallocHost)");
            ACL_ERROR_INVALID_PARAM
        }
        None => {
            log::error!("{p:p} was not allocated by aclrtMalloc/aclrtMallocHost or was already freed");
            ACL_ERROR_INVALID_PARAM
        }
    }
}

/// `aclrtMalloc(&p, size, policy)`: `size` bytes, 128-byte aligned. The policy is accepted and ignored.
pub(crate) fn aclrtMalloc(dev_ptr: *mut *mut c_void, size: usize, _policy: aclrtMemMallocPolicy) -> aclError {
    alloc(dev_ptr, size, Kind::Device)
}

/// `aclrtFree(p)`.
pub(crate) fn aclrtFree(dev_ptr: *mut c_void) -> aclError {
    free(dev_ptr, Kind::Device)
}

/// `aclrtMallocHost(&p, size)`.
pub(crate) fn aclrtMallocHost(host_ptr: *mut *mut c_void, size: usize) -> aclError {
    alloc(host_ptr, size, Kind::Host)
}

/// `aclrtFreeHost(p)`.
pub(crate) fn aclrtFreeHost(host_ptr: *mut c_void) -> aclError {
    free(host_ptr, Kind::Host)
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
