//! The one place raw pointers from C are read or written (STYLE.md convention 4). Opaque handles are never
//! dereferenced: they are looked up in [`crate::handles`].

/// Write `value` through the out-parameter `out`; `false` (nothing written) when `out` is NULL or misaligned.
pub(crate) fn write<T>(out: *mut T, value: T) -> bool {
    if out.is_null() || !out.is_aligned() {
        return false;
    }
    // SAFETY: the C contract of the calling function: a non-NULL out pointer points to writable memory for one
    // `T`. `write` neither reads nor drops the old (possibly uninitialised) contents.
    unsafe { out.write(value) };
    true
}

/// Copy `len` bytes from the C buffer `p`; `None` when `p` is NULL.
pub(crate) fn read_bytes(p: *const core::ffi::c_void, len: usize) -> Option<Vec<u8>> {
    if p.is_null() {
        return None;
    }
    if len == 0 {
        return Some(Vec::new());
    }
    // SAFETY: the C contract (aclvencSetChannelDescParam): `param` points to at least `length` readable bytes.
    Some(unsafe { std::slice::from_raw_parts(p.cast::<u8>(), len) }.to_vec())
}

/// Copy `bytes` into the C buffer `p` (which the caller declared to have room for them); `false` when NULL.
pub(crate) fn write_bytes(p: *mut core::ffi::c_void, bytes: &[u8]) -> bool {
    if p.is_null() {
        return false;
    }
    // SAFETY: the C contract (aclvencGetChannelDescParam): `param` has `length` writable bytes and the caller
    // checked `bytes.len() <= length`. The regions cannot overlap (`bytes` is our own memory).
    unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), p.cast::<u8>(), bytes.len()) };
    true
}

/// Borrow `len` bytes of a frame buffer the app handed to `aclvencSendFrame`.
///
/// # Safety
/// `p` must be readable for `len` bytes and stay valid and unmodified until the frame's callback has run (the
/// vendor contract of aclvencSendFrame, D-SEND: the input belongs to the encoder until its callback).
pub(crate) unsafe fn frame_slice<'a>(p: usize, len: usize) -> &'a [u8] {
    // SAFETY: guaranteed by the caller, see above.
    unsafe { std::slice::from_raw_parts(p as *const u8, len) }
}

/// Copy an encoded access unit into the channel's output buffer.
///
/// # Safety
/// `dst` must be writable for `bytes.len()` bytes and not in use by anyone else (a region reserved in the
/// channel's output ring, inside an acldvppMalloc'd buffer that outlives the channel).
pub(crate) unsafe fn copy_out(dst: usize, bytes: &[u8]) {
    // SAFETY: guaranteed by the caller, see above.
    unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), dst as *mut u8, bytes.len()) };
}
