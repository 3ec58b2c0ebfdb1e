//! The pointer module: the only place (with [`crate::mem`], [`crate::ring`] and [`crate::fd`]) where raw C
//! pointers are read or written. Out-params are written only on success (STYLE.md convention 5).

/// Copy the `T` a C caller passed by pointer; `None` for NULL.
///
/// # Safety
/// `p` is NULL or points to a readable, initialised `T` (any bit pattern of the `#[repr(C)]` ABI types is valid).
pub unsafe fn read<T: Copy>(p: *const T) -> Option<T> {
    if p.is_null() {
        None
    } else {
        // SAFETY: non-NULL and, by the caller's contract, valid for reading one `T`; read_unaligned because C may
        // hand us a packed or misaligned buffer.
        Some(unsafe { p.read_unaligned() })
    }
}

/// Store `v` through a C out-param; `false` for NULL.
///
/// # Safety
/// `p` is NULL or valid for writing one `T` (it may be uninitialised).
pub unsafe fn write<T>(p: *mut T, v: T) -> bool {
    if p.is_null() {
        false
    } else {
        // SAFETY: non-NULL and, by the caller's contract, valid for writing one `T`; write_unaligned neither reads
        // nor drops the old (possibly uninitialised) contents.
        unsafe { p.write_unaligned(v) };
        true
    }
}

/// Store `vals` into the C array at `p` (element `i` at `p + i`).
///
/// # Safety
/// `p` is valid for writing `vals.len()` consecutive `T`s.
pub unsafe fn write_array<T: Copy>(p: *mut T, vals: &[T]) {
    for (i, v) in vals.iter().enumerate() {
        // SAFETY: `i < vals.len()`, and the caller guarantees room for that many elements.
        unsafe { p.add(i).write_unaligned(*v) };
    }
}
