//! The one place raw out-parameter pointers from C are written (STYLE.md convention 4).

/// Write `value` through the C out-parameter `out`. Returns `false` (writing nothing) when `out` is NULL or not
/// aligned for `T`. Out-parameters are written only on success, so callers validate everything first.
pub(crate) fn write<T>(out: *mut T, value: T) -> bool {
    if out.is_null() || !out.is_aligned() {
        return false;
    }
    // SAFETY: the C contract of every function using this says a non-NULL out pointer points to writable memory
    // for one `T`; NULL and misalignment were rejected above. `write` does not read or drop the old contents
    // (which may be uninitialised).
    unsafe { out.write(value) };
    true
}
