//! The empty driver: the baseline of the shim's cost benchmarks (issue 9). It exports every vendor function the
//! shim exports (the 157 of all six families, from the ABI crate's tables; nothing is named by hand but the five
//! functions that hand out memory or handles through an out-parameter), and each one only returns: success
//! (`0`) for codes, a fresh non-NULL handle from the create functions, `0`/NULL/the default for the rest. The
//! allocators and the context, stream and epoll creators write a fresh fake address or fd through their
//! out-parameter, so that a program's later calls name an object the shim saw created; nothing is ever
//! dereferenced or allocated. A call costs what a call into a shared library costs, which is what the shim's
//! added cost is measured against.
//!
//! Install it under the vendor names with the shim's driver settings (`ACLVENC_SHIM_DRIVER`,
//! `ACLVENC_SHIM_DRIVER_RT`), or load it directly.

use core::ffi::c_void;
use std::sync::atomic::{AtomicUsize, Ordering};

/// A fresh fake address: unique, 4 KiB aligned, never dereferenced (created objects and allocated blocks).
fn fresh() -> usize {
    static NEXT: AtomicUsize = AtomicUsize::new(0x5e00_0000_0000);
    NEXT.fetch_add(1 << 20, Ordering::Relaxed)
}

/// What an empty function returns.
trait Empty {
    fn empty() -> Self;
}

impl Empty for i32 {
    fn empty() -> Self {
        0
    }
}

impl<T> Empty for *mut T {
    /// The create functions' new handle.
    fn empty() -> Self {
        fresh() as *mut T
    }
}

impl<T> Empty for *const T {
    fn empty() -> Self {
        core::ptr::null()
    }
}

macro_rules! defaults {
    ($($t:ty),*) => {$(impl Empty for $t { fn empty() -> Self { Default::default() } })*};
}
aclvenc_abi::plain_return_types!(defaults);

/// Writes `v` through the out-parameter `p`, unless NULL.
fn out<T>(p: *mut T, v: T) {
    if !p.is_null() {
        // SAFETY: the vendor contract of the functions that call this: `p` points to the caller's variable that
        // receives the new block, handle or fd.
        unsafe { p.write_unaligned(v) };
    }
}

/// The body of one function: the out-parameter writes of the few functions that have one, nothing elsewhere.
macro_rules! effect {
    (acldvppMalloc, $p:ident, $size:ident) => {
        out($p, fresh() as *mut c_void)
    };
    (aclrtMalloc, $p:ident, $size:ident, $policy:ident) => {
        out($p, fresh() as *mut c_void)
    };
    (aclrtMallocHost, $p:ident, $size:ident) => {
        out($p, fresh() as *mut c_void)
    };
    (hi_mpi_dvpp_malloc, $dev:ident, $p:ident, $size:ident) => {
        out($p, fresh() as *mut c_void)
    };
    (aclrtCreateContext, $p:ident, $dev:ident) => {
        out($p, fresh() as *mut c_void)
    };
    (aclrtCreateStream, $p:ident) => {
        out($p, fresh() as *mut c_void)
    };
    (hi_mpi_sys_create_epoll, $size:ident, $p:ident) => {{
        static NEXT_FD: std::sync::atomic::AtomicI32 = std::sync::atomic::AtomicI32::new(1000);
        out($p, NEXT_FD.fetch_add(1, Ordering::Relaxed))
    }};
    ($name:ident $(, $p:ident)*) => {};
}

macro_rules! family {
    ($(fn $name:ident($($p:ident: $t:ty),* $(,)?) -> $ret:ty;)*) => {$(
        #[no_mangle]
        #[allow(non_snake_case, unused_variables)]
        pub extern "C" fn $name($($p: $t),*) -> $ret {
            effect!($name $(, $p)*);
            <$ret as Empty>::empty()
        }
    )*};
}

aclvenc_abi::aclvenc_fns!(family);
aclvenc_abi::acldvpp_fns!(family);
aclvenc_abi::acl_runtime_fns!(family);
aclvenc_abi::hi_mpi_venc_fns!(family);
aclvenc_abi::hi_mpi_sys_fns!(family);
aclvenc_abi::hi_mpi_dvpp_fns!(family);
