//! The exported C symbols, generated from the ABI tables (`aclvenc_abi::acldvpp_fns!`, `aclvenc_fns!`). Every
//! body passes the panic boundary, then fault injection (`ACLVENC_EMU_FAULTS`, for functions whose return type
//! can carry an error), then the implementation of the same name.

use aclvenc_abi::*;

/// How an injected fault code shows up in a return type: `aclError` returns the code, pointer-returning
/// creators return NULL, plain getters cannot fail (no injection).
pub(crate) trait Injectable: Sized {
    fn injected(code: i32) -> Option<Self>;
}

impl Injectable for i32 {
    fn injected(code: i32) -> Option<Self> {
        Some(code)
    }
}

impl<T> Injectable for *mut T {
    fn injected(_: i32) -> Option<Self> {
        Some(std::ptr::null_mut())
    }
}

macro_rules! not_injectable {
    ($($t:ty),*) => {$(
        impl Injectable for $t {
            fn injected(_: i32) -> Option<Self> {
                None
            }
        }
    )*};
}
not_injectable!(u8, u32, u64, acldvppStreamFormat, acldvppPixelFormat, aclvencCallback);

macro_rules! export_dvpp {
    ($(fn $name:ident($($p:ident: $t:ty),* $(,)?) -> $ret:ty;)*) => {$(
        /// Vendor symbol of `libacl_dvpp.so` (emulated); see the crate documentation for its behaviour.
        ///
        /// # Safety
        /// The C contract of the vendor function: pointer arguments are NULL, handles from this library, or valid
        /// for the access the vendor documents.
        #[no_mangle]
        pub unsafe extern "C" fn $name($($p: $t),*) -> $ret {
            aclvenc_emu_common::boundary::guard(stringify!($name), || {
                aclvenc_emu_common::logging::init("libacl_dvpp");
                if let Some(code) = aclvenc_emu_common::faults::check(stringify!($name)) {
                    if let Some(v) = <$ret as Injectable>::injected(code) {
                        return v;
                    }
                }
                crate::exports::api::$name($($p),*)
            })
        }
    )*};
}

/// The bodies, by vendor name.
pub(crate) mod api {
    pub(crate) use crate::channel::{aclvencCreateChannel, aclvencDestroyChannel, aclvencSendFrame};
    pub(crate) use crate::chdesc::*;
    pub(crate) use crate::desc::*;
    pub(crate) use crate::memory::{acldvppFree, acldvppMalloc};
}

aclvenc_abi::acldvpp_fns!(export_dvpp);
aclvenc_abi::aclvenc_fns!(export_dvpp);
