//! The one panic boundary every export of the emulated libraries goes through (STYLE.md convention 3).
//!
//! `guard(name, fallback, body)` runs `body`; if it panics, the panic is logged with the function name and
//! `fallback` is returned instead, so no unwind ever crosses into C. The fallback for each return type is chosen
//! by the library (ACL_ERROR_INTERNAL_ERROR for `aclError`, NULL for pointers, the vendor's documented
//! "error" value for getters); [`PanicFallback`] gives the common ones.

use std::panic::{catch_unwind, AssertUnwindSafe};

/// The value an export returns when its body panicked.
pub trait PanicFallback {
    fn panic_fallback() -> Self;
}

impl<T> PanicFallback for *mut T {
    fn panic_fallback() -> Self {
        std::ptr::null_mut()
    }
}

impl<T> PanicFallback for *const T {
    fn panic_fallback() -> Self {
        std::ptr::null()
    }
}

impl PanicFallback for () {
    fn panic_fallback() -> Self {}
}

macro_rules! zero_fallback {
    ($($t:ty),*) => {$(
        impl PanicFallback for $t {
            fn panic_fallback() -> Self {
                0
            }
        }
    )*};
}
zero_fallback!(u32, u64, usize);

impl PanicFallback for u8 {
    /// `aclvencGetFrameConfig*` document -1 as their error value, which a `uint8_t` carries as 255.
    fn panic_fallback() -> Self {
        u8::MAX
    }
}

impl PanicFallback for i32 {
    /// `aclError` and `hi_s32` are both `int`; ACL_ERROR_INTERNAL_ERROR (500000). V2 code that wants
    /// HI_ERR_VENC_SYS_ERROR passes it to [`guard_with`] instead.
    fn panic_fallback() -> Self {
        aclvenc_abi::ACL_ERROR_INTERNAL_ERROR
    }
}

impl<F> PanicFallback for Option<F> {
    /// NULL function pointer.
    fn panic_fallback() -> Self {
        None
    }
}

impl PanicFallback for aclvenc_abi::acldvppStreamFormat {
    /// The getters' documented default (VENC-CHDESC-GET-NULL).
    fn panic_fallback() -> Self {
        aclvenc_abi::acldvppStreamFormat::H265_MAIN_LEVEL
    }
}

impl PanicFallback for aclvenc_abi::acldvppPixelFormat {
    /// The getters' documented default (VENC-CHDESC-GET-NULL).
    fn panic_fallback() -> Self {
        aclvenc_abi::acldvppPixelFormat::PIXEL_FORMAT_YUV_SEMIPLANAR_420
    }
}

/// Run `body`, returning `R::panic_fallback()` if it panics.
pub fn guard<R: PanicFallback>(name: &str, body: impl FnOnce() -> R) -> R {
    guard_with(name, R::panic_fallback, body)
}

/// Run `body`, returning `fallback()` if it panics.
pub fn guard_with<R>(name: &str, fallback: impl FnOnce() -> R, body: impl FnOnce() -> R) -> R {
    match catch_unwind(AssertUnwindSafe(body)) {
        Ok(r) => r,
        Err(payload) => {
            let msg = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "non-string panic".into());
            log::error!("{name}: internal panic caught at the C boundary: {msg}");
            fallback()
        }
    }
}
