//! The exported C symbols, generated from the ABI table (`aclvenc_abi::acl_runtime_fns!`), plus
//! `aclrtGetSocName`, which is not in the ABI JSON function list.

use std::ffi::{c_char, CStr};
use std::sync::OnceLock;

macro_rules! export_runtime {
    ($(fn $name:ident($($p:ident: $t:ty),* $(,)?) -> $ret:ty;)*) => {$(
        /// Vendor symbol of `libascendcl.so` (emulated); see the crate documentation for its behaviour.
        ///
        /// # Safety
        /// The C contract of the vendor function: pointer arguments are NULL or valid for the access the vendor
        /// documents.
        #[no_mangle]
        pub unsafe extern "C" fn $name($($p: $t),*) -> $ret {
            aclvenc_emu_common::boundary::guard(stringify!($name), || {
                aclvenc_emu_common::logging::init("libascendcl");
                if let Some(code) = aclvenc_emu_common::faults::check(stringify!($name)) {
                    return code;
                }
                crate::exports::api::$name($($p),*)
            })
        }
    )*};
}

/// The bodies, by vendor name.
pub(crate) mod api {
    pub(crate) use crate::device::{
        aclFinalize, aclInit, aclrtCreateContext, aclrtDestroyContext, aclrtGetCurrentContext, aclrtGetDeviceCount,
        aclrtGetRunMode, aclrtResetDevice, aclrtSetCurrentContext, aclrtSetDevice,
    };
    pub(crate) use crate::memory::{aclrtFree, aclrtFreeHost, aclrtMalloc, aclrtMallocHost, aclrtMemcpy};
    pub(crate) use crate::report::{
        aclrtCreateStream, aclrtDestroyStream, aclrtLaunchCallback, aclrtProcessReport, aclrtSubscribeReport,
        aclrtSynchronizeStream, aclrtUnSubscribeReport,
    };
}

aclvenc_abi::acl_runtime_fns!(export_runtime);

/// `const char *aclrtGetSocName(void)`: the name of the emulated chip (`Ascend310`, `Ascend310P3`,
/// `Ascend310B1`, ...), from `ACLVENC_EMU_SOC` (default `Ascend310P3`).
///
/// Not in the ABI JSON function list (the table covers the encoder-related calls only), so this export is written
/// by hand with the vendor prototype from `acl/acl_rt.h`. The string is static and owned by the library; it stays
/// valid until the library is unloaded. Never NULL.
#[no_mangle]
pub extern "C" fn aclrtGetSocName() -> *const c_char {
    static NAME: OnceLock<Vec<u8>> = OnceLock::new();
    aclvenc_emu_common::boundary::guard("aclrtGetSocName", || {
        let bytes = NAME.get_or_init(|| {
            let mut v: Vec<u8> = aclvenc_emu_common::settings::get().soc_name.bytes().filter(|b| *b != 0).collect();
            v.push(0);
            v
        });
        CStr::from_bytes_with_nul(bytes).map_or(std::ptr::null(), CStr::as_ptr)
    })
}
