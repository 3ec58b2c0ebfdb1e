//! Raw pointers from C to Rust values: with `resolve` and the generated stubs, the only place where the shim
//! dereferences application memory. It reads only what the vendor function itself reads, only after a NULL check,
//! and never writes through application pointers.
//!
//! These functions are safe to call *only* with pointer arguments of the intercepted call now running on this
//! thread (or pointers the driver just returned from it): the caller of that `unsafe extern "C"` export promised
//! the vendor's contract, that each such pointer is NULL or valid for the read the vendor function makes. That is
//! why they are `pub(crate)` and used only from the checks in `validate/`.

/// Reads `*p` when `p` is non-NULL.
pub(crate) fn read<T: Copy>(p: *const T) -> Option<T> {
    // SAFETY: see the module contract: `p` is NULL or valid for reads of `T` during the current call.
    unsafe { p.as_ref().copied() }
}

/// Reads element `i` of the array at `p` (non-NULL, with at least `i + 1` elements by the vendor contract).
pub(crate) fn read_at<T: Copy>(p: *const T, i: usize) -> Option<T> {
    if p.is_null() {
        return None;
    }
    // SAFETY: see the module contract: the caller checked `i` against the element count the vendor API states.
    unsafe { Some(*p.add(i)) }
}

/// Reads the first `len` bytes at `p` (at most 8) into a little-endian `u64`, zero-extended.
pub(crate) fn read_bytes_u64(p: *const core::ffi::c_void, len: usize) -> Option<u64> {
    if p.is_null() {
        return None;
    }
    let mut buf = [0u8; 8];
    let n = len.min(8);
    // SAFETY: see the module contract: the vendor copies `len` bytes from `p`, so `n <= len` bytes are readable.
    unsafe { core::ptr::copy_nonoverlapping(p.cast::<u8>(), buf.as_mut_ptr(), n) };
    Some(u64::from_le_bytes(buf))
}

/// Writes `value` as 8 little-endian bytes to the out-param `p`, which the driver just filled with 8 bytes (used
/// only to hand back the application's own callback instead of a shim trampoline).
pub(crate) fn write_u64(p: *mut core::ffi::c_void, value: u64) {
    if p.is_null() {
        return;
    }
    // SAFETY: see the module contract: the vendor wrote 8 bytes through `p` during this call, so 8 are writable.
    unsafe { core::ptr::copy_nonoverlapping(value.to_le_bytes().as_ptr(), p.cast::<u8>(), 8) };
}

/// Reads a NUL-terminated C string when `p` is non-NULL (lossy UTF-8).
pub(crate) fn c_str(p: *const core::ffi::c_char) -> Option<String> {
    if p.is_null() {
        return None;
    }
    // SAFETY: see the module contract: `p` is a NUL-terminated string.
    Some(unsafe { core::ffi::CStr::from_ptr(p) }.to_string_lossy().into_owned())
}
