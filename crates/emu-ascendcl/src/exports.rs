//! The exported C symbols, generated from the ABI table (`aclvenc_abi::acl_runtime_fns!`, which includes
//! `aclrtGetSocName` from `abi/abi-overlay.json`).

/// What an export returns when an injected fault refuses the call: the code for `aclError`, NULL for a pointer.
trait Failed {
    fn failed(code: i32) -> Self;
}

impl Failed for i32 {
    fn failed(code: i32) -> Self {
        code
    }
}

impl<T> Failed for *const T {
    fn failed(_: i32) -> Self {
        std::ptr::null()
    }
}

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
                    return <$ret as Failed>::failed(code);
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
        aclrtGetRunMode, aclrtGetSocName, aclrtResetDevice, aclrtSetCurrentContext, aclrtSetDevice,
    };
    pub(crate) use crate::memory::{aclrtFree, aclrtFreeHost, aclrtMalloc, aclrtMallocHost, aclrtMemcpy};
    pub(crate) use crate::report::{
        aclrtCreateStream, aclrtDestroyStream, aclrtLaunchCallback, aclrtProcessReport, aclrtSubscribeReport,
        aclrtSynchronizeStream, aclrtUnSubscribeReport,
    };
}

aclvenc_abi::acl_runtime_fns!(export_runtime);
