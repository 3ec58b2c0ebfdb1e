//! The one pointer contract of the project: how Rust code looks at the C arguments of a vendor call. The shim and
//! every emulated library use it; it exports no C symbols.
//!
//! A C argument reaches Rust code as a *view* made by the generated export stub of that call (and nowhere else):
//! - `*const T` becomes [`In<'a, T>`]: read-only;
//! - `*mut T` becomes [`Out<'a, T>`]: written only through [`Out::write`], which the implementation calls on
//!   success only, and readable where the vendor documents the pointee as input too (in/out structs such as
//!   `hi_venc_stream`, handles);
//! - plain values (integers, vendor enum newtypes, callback pointers) stay as they are.
//!
//! `'a` is the duration of the call. The safety argument is the vendor's contract, which the C caller promised by
//! calling: every pointer argument, and every pointer and element count stored in the structs it points to, is
//! NULL or valid for the access the vendor documents for it, during the call. Reads are unaligned-safe and only of
//! [`Plain`] types (valid for any bit pattern), so garbage a client left in memory is a value to check, never
//! undefined behaviour. Views hand out copies, never references into application memory.

use core::ffi::{c_char, CStr};
use core::marker::PhantomData;

/// Types for which every bit pattern is a valid value: integers, floats, raw pointers, arrays of those, and the
/// vendor's enum newtypes, structs and unions (generated in `aclvenc-abi`), whose members are all of these.
///
/// # Safety
/// Implement only for types with no invalid bit patterns (no `bool`, Rust `enum`, reference or non-nullable
/// function pointer anywhere inside).
pub unsafe trait Plain: Copy {}

macro_rules! plain {
    ($($t:ty),*) => {$(
        // SAFETY: every bit pattern of this primitive is a valid value.
        unsafe impl Plain for $t {}
        impl Arg for $t {
            type View<'a> = $t;
            unsafe fn view<'a>(self) -> Self::View<'a> {
                self
            }
        }
    )*};
}
plain!(u8, i8, u16, i16, u32, i32, u64, i64, usize, isize, f32, f64);

// SAFETY: a raw pointer is an address; every address is a valid raw pointer value.
unsafe impl<T> Plain for *const T {}
// SAFETY: as for `*const T`.
unsafe impl<T> Plain for *mut T {}
// SAFETY: an array of `Plain` elements has no bit pattern that is invalid for one of them.
unsafe impl<T: Plain, const N: usize> Plain for [T; N] {}

/// A C argument type and the view Rust code gets of it (see the crate documentation).
pub trait Arg: Copy {
    /// `In<'a, T>` for `*const T`, `Out<'a, T>` for `*mut T`, the value itself otherwise.
    type View<'a>;
    /// Makes the view of an argument.
    ///
    /// # Safety
    /// Called only by a generated export stub, on an argument of the C call now running, whose caller promised the
    /// vendor's contract for it (see the crate documentation); the view must not outlive that call.
    unsafe fn view<'a>(self) -> Self::View<'a>;
}

impl<T> Arg for *const T {
    type View<'a> = In<'a, T>;
    unsafe fn view<'a>(self) -> Self::View<'a> {
        In { raw: self, _call: PhantomData }
    }
}

impl<T> Arg for *mut T {
    type View<'a> = Out<'a, T>;
    unsafe fn view<'a>(self) -> Self::View<'a> {
        Out { raw: self, _call: PhantomData }
    }
}

impl<F: Copy> Arg for Option<F> {
    type View<'a> = Option<F>;
    unsafe fn view<'a>(self) -> Self::View<'a> {
        self
    }
}

/// Declares vendor value types (enum newtypes, structs, unions, all made of [`Plain`] members) as `Plain` and as
/// arguments passed by value. Used by the generated `aclvenc-abi` types.
#[macro_export]
macro_rules! plain_types {
    ($($t:ty),* $(,)?) => {$(
        // SAFETY: generated for vendor types whose members are integers, floats, raw pointers, enum newtypes and
        // arrays, structs and unions of those: every bit pattern is a valid value.
        unsafe impl $crate::Plain for $t {}
        impl $crate::Arg for $t {
            type View<'a> = $t;
            unsafe fn view<'a>(self) -> Self::View<'a> {
                self
            }
        }
    )*};
}

/// A `*const T` argument of the call now running (or a pointer stored in a struct it points to).
pub struct In<'a, T> {
    raw: *const T,
    _call: PhantomData<&'a ()>,
}

impl<T> Clone for In<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for In<'_, T> {}

impl<'a, T> In<'a, T> {
    /// The pointer as the application passed it (to forward, compare or print; never to dereference).
    pub fn raw(self) -> *const T {
        self.raw
    }

    /// The address as a number (0 for NULL), as handles are tracked.
    pub fn addr(self) -> usize {
        self.raw as usize
    }

    /// Whether the application passed NULL.
    pub fn is_null(self) -> bool {
        self.raw.is_null()
    }

    /// A pointer stored in the pointee (for example `hi_venc_stream::pack`), under the same contract.
    pub fn nested<U>(self, raw: *const U) -> In<'a, U> {
        In { raw, _call: PhantomData }
    }
}

impl<'a, T: Plain> In<'a, T> {
    /// A copy of `*p`; `None` when NULL.
    pub fn read(self) -> Option<T> {
        // SAFETY: the crate contract: a non-NULL argument is valid for reading one `T` during the call; the read
        // is unaligned-safe and `T: Plain` makes any bytes a valid value.
        (!self.raw.is_null()).then(|| unsafe { self.raw.read_unaligned() })
    }

    /// The `len` elements starting at the pointer, where the vendor documents `len` (for example
    /// `hi_venc_stream::pack_cnt` packs); `None` when NULL.
    pub fn elements(self, len: usize) -> Option<InSlice<'a, T>> {
        (!self.raw.is_null()).then_some(InSlice { raw: self.raw, len, _call: PhantomData })
    }
}

impl<'a, T> In<'a, T> {
    /// The member of the pointee `offset` bytes in, of type `U` (NULL when the pointer is): a view to read one
    /// member without copying the whole struct (a large vendor struct is copied with a call to `memcpy`, issue 9).
    /// Called through [`member!`], which takes the offset and the type from the struct's definition; `_member`
    /// only names the type.
    #[doc(hidden)]
    pub fn member_at<U>(self, offset: usize, _member: fn(&T) -> &U) -> In<'a, U> {
        let raw = if self.raw.is_null() { core::ptr::null() } else { self.raw.wrapping_byte_add(offset).cast() };
        In { raw, _call: PhantomData }
    }
}

/// `member!(view, Struct, field)`: the [`In`] view of `field` of the `Struct` that `view` (an `In<'_, Struct>`)
/// points to, to read that member alone: `member!(stream, hi_venc_stream, pack_cnt).read()`.
#[macro_export]
macro_rules! member {
    ($view:expr, $t:ty, $field:ident) => {
        $view.member_at(::core::mem::offset_of!($t, $field), |s: &$t| &s.$field)
    };
}

impl<'a> In<'a, c_char> {
    /// The NUL-terminated string the argument points to; `None` when NULL.
    pub fn c_str(self) -> Option<&'a CStr> {
        // SAFETY: the crate contract: a non-NULL string argument is NUL-terminated and valid during the call.
        (!self.raw.is_null()).then(|| unsafe { CStr::from_ptr(self.raw) })
    }
}

impl<'a> In<'a, core::ffi::c_void> {
    /// The first `len` bytes at the pointer (the vendor documents `len`); `None` when NULL.
    pub fn bytes(self, len: usize) -> Option<InSlice<'a, u8>> {
        self.nested(self.raw.cast::<u8>()).elements(len)
    }
}

/// `len` elements of a `T` array the vendor documents, read one copy at a time.
pub struct InSlice<'a, T> {
    raw: *const T,
    len: usize,
    _call: PhantomData<&'a ()>,
}

impl<T> Clone for InSlice<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for InSlice<'_, T> {}

impl<'a, T: Plain> InSlice<'a, T> {
    /// The element count.
    pub fn len(self) -> usize {
        self.len
    }

    /// Whether there are no elements.
    pub fn is_empty(self) -> bool {
        self.len == 0
    }

    /// A copy of element `i`; `None` past the end.
    pub fn get(self, i: usize) -> Option<T> {
        // SAFETY: the crate contract: the array holds `len` elements and `i < len`; unaligned-safe read of a
        // `Plain` type.
        (i < self.len).then(|| unsafe { self.raw.add(i).read_unaligned() })
    }

    /// Views of every element, in order, to read members of each ([`member!`]) without copying whole elements.
    pub fn views(self) -> impl Iterator<Item = In<'a, T>> + use<'a, T> {
        // `wrapping_add`: the crate contract makes every element in bounds; no element is read here.
        (0..self.len).map(move |i| In { raw: self.raw.wrapping_add(i), _call: PhantomData })
    }

    /// Copies of every element, in order.
    pub fn iter(self) -> impl Iterator<Item = T> + use<'a, T> {
        (0..self.len).filter_map(move |i| self.get(i))
    }

    /// Copies the elements into `dst` (at most `dst.len()`); returns how many were copied.
    pub fn copy_to(self, dst: &mut [T]) -> usize {
        let n = self.len.min(dst.len());
        for (i, d) in dst.iter_mut().enumerate().take(n) {
            if let Some(v) = self.get(i) {
                *d = v;
            }
        }
        n
    }
}

impl<'a> InSlice<'a, u8> {
    /// The bytes as a slice of application memory, for bulk reads (checksums, bitstream parsing, encoding input).
    pub fn as_slice(self) -> &'a [u8] {
        if self.len == 0 {
            return &[];
        }
        // SAFETY: the crate contract: `len` bytes are readable during the call ('a); `u8` has no alignment and
        // every value is valid. The slice does not outlive the call.
        unsafe { core::slice::from_raw_parts(self.raw, self.len) }
    }
}

/// A `*mut T` argument of the call now running: an out-param, an in/out struct, or a handle.
pub struct Out<'a, T> {
    raw: *mut T,
    _call: PhantomData<&'a mut ()>,
}

impl<T> Clone for Out<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Out<'_, T> {}

impl<'a, T> Out<'a, T> {
    /// The pointer as the application passed it (to forward, compare or print; never to dereference).
    pub fn raw(self) -> *mut T {
        self.raw
    }

    /// The address as a number (0 for NULL), as handles are tracked.
    pub fn addr(self) -> usize {
        self.raw as usize
    }

    /// Whether the application passed NULL.
    pub fn is_null(self) -> bool {
        self.raw.is_null()
    }

    /// The same pointer, read-only (for in/out structs the vendor reads before it writes, and handles).
    pub fn as_in(self) -> In<'a, T> {
        In { raw: self.raw, _call: PhantomData }
    }

    /// Writes the result; call it only when the call succeeds (C clients do not expect out-params touched on
    /// failure). Returns `false`, writing nothing, when the application passed NULL.
    pub fn write(self, value: T) -> bool {
        if self.raw.is_null() {
            return false;
        }
        // SAFETY: the crate contract: a non-NULL out-param is valid for writing one `T` during the call;
        // `write_unaligned` neither reads nor drops the old (possibly uninitialised) bytes.
        unsafe { self.raw.write_unaligned(value) };
        true
    }
}

impl<'a, T: Plain> Out<'a, T> {
    /// A copy of `*p` where the vendor documents the pointee as input too; `None` when NULL.
    pub fn read(self) -> Option<T> {
        self.as_in().read()
    }

    /// A writable pointer stored in the pointee (for example `hi_venc_stream::pack`, the array the call fills),
    /// under the same contract.
    pub fn nested<U>(self, raw: *mut U) -> Out<'a, U> {
        Out { raw, _call: PhantomData }
    }

    /// Writes `values` as consecutive elements starting at the pointer, where the vendor documents room for at least
    /// `values.len()` of them (for example `hi_mpi_sys_wait_epoll`'s `events` for `max_events`); on success only.
    /// Returns `false`, writing nothing, when NULL.
    pub fn write_all(self, values: &[T]) -> bool {
        if self.raw.is_null() {
            return false;
        }
        for (i, v) in values.iter().enumerate() {
            // SAFETY: the crate contract: the array has room for `values.len()` elements and `i` is below that;
            // `write_unaligned` neither reads nor drops the old bytes.
            unsafe { self.raw.add(i).write_unaligned(*v) };
        }
        true
    }
}

impl<'a> Out<'a, core::ffi::c_void> {
    /// Writes `bytes` at the pointer, which the vendor documents as at least `bytes.len()` bytes long; on success
    /// only. Returns `false`, writing nothing, when NULL.
    pub fn write_bytes(self, bytes: &[u8]) -> bool {
        if self.raw.is_null() {
            return false;
        }
        // SAFETY: the crate contract: the out buffer is valid for `bytes.len()` bytes during the call, and cannot
        // overlap `bytes`, which is Rust-owned.
        unsafe { core::ptr::copy_nonoverlapping(bytes.as_ptr(), self.raw.cast::<u8>(), bytes.len()) };
        true
    }

    /// A writable byte slice of `len` bytes at the pointer (the vendor documents `len`), for bulk output such as
    /// encoded data; `None` when NULL.
    pub fn bytes_mut(self, len: usize) -> Option<&'a mut [u8]> {
        if self.raw.is_null() {
            return None;
        }
        if len == 0 {
            return Some(&mut []);
        }
        // SAFETY: the crate contract: `len` bytes are writable during the call; the application does not touch
        // the buffer while the call runs. Bytes may be uninitialised only in the sense of stale data, which `u8`
        // accepts.
        Some(unsafe { core::slice::from_raw_parts_mut(self.raw.cast::<u8>(), len) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[repr(C)]
    #[derive(Clone, Copy, Debug, PartialEq)]
    struct Pair {
        a: u32,
        b: u16,
    }
    plain_types!(Pair);

    #[test]
    fn in_reads_unaligned_and_null() {
        let bytes = [0u8, 1, 0, 0, 0, 2, 0, 0, 0];
        // SAFETY: test: the pointer is valid for reading one u32 at offset 1 (unaligned).
        let v: In<u32> = unsafe { (bytes.as_ptr().add(1) as *const u32).view() };
        assert_eq!(v.read(), Some(1));
        // SAFETY: test: NULL is always allowed.
        let n: In<u32> = unsafe { core::ptr::null::<u32>().view() };
        assert_eq!(n.read(), None);
        assert!(n.is_null() && n.elements(3).is_none());
    }

    #[test]
    fn slices_stop_at_len() {
        let xs = [Pair { a: 1, b: 2 }, Pair { a: 3, b: 4 }];
        // SAFETY: test: two elements.
        let v: In<Pair> = unsafe { xs.as_ptr().view() };
        let s = v.elements(2).unwrap();
        assert_eq!(s.get(1), Some(Pair { a: 3, b: 4 }));
        assert_eq!(s.get(2), None);
        assert_eq!(s.iter().count(), 2);
    }

    #[test]
    fn members_are_read_alone_and_null_stays_null() {
        let xs = [Pair { a: 1, b: 2 }, Pair { a: 3, b: 4 }];
        // SAFETY: test: two elements.
        let v: In<Pair> = unsafe { xs.as_ptr().view() };
        assert_eq!(member!(v, Pair, b).read(), Some(2));
        let bs: Vec<u16> = v.elements(2).unwrap().views().filter_map(|p| member!(p, Pair, b).read()).collect();
        assert_eq!(bs, [2, 4]);
        // SAFETY: test: NULL.
        let n: In<Pair> = unsafe { core::ptr::null::<Pair>().view() };
        assert_eq!(member!(n, Pair, b).read(), None, "a member of NULL is NULL, not an address near 0");
    }

    #[test]
    fn out_writes_only_non_null() {
        let mut x = 0u64;
        // SAFETY: test: valid for one u64.
        let o: Out<u64> = unsafe { (&mut x as *mut u64).view() };
        assert!(o.write(7));
        assert_eq!(x, 7);
        // SAFETY: test: NULL.
        let n: Out<u64> = unsafe { core::ptr::null_mut::<u64>().view() };
        assert!(!n.write(1));
    }

    #[test]
    fn out_arrays_through_a_nested_pointer() {
        #[repr(C)]
        #[derive(Clone, Copy)]
        struct List {
            items: *mut Pair,
            n: u32,
        }
        plain_types!(List);
        let mut items = [Pair { a: 0, b: 0 }; 3];
        let mut list = List { items: items.as_mut_ptr(), n: 3 };
        // SAFETY: test: valid for one List, whose `items` holds 3 pairs.
        let o: Out<List> = unsafe { (&mut list as *mut List).view() };
        let l = o.read().unwrap();
        assert!(o.nested(l.items).write_all(&[Pair { a: 1, b: 2 }, Pair { a: 3, b: 4 }]));
        assert_eq!(items[1], Pair { a: 3, b: 4 });
        assert_eq!(items[2], Pair { a: 0, b: 0 }, "only values.len() elements are written");
        assert!(!o.nested(core::ptr::null_mut::<Pair>()).write_all(&[Pair { a: 5, b: 6 }]));
    }

    #[test]
    fn c_strings() {
        let s = c"Ascend310P3";
        // SAFETY: test: NUL-terminated.
        let v: In<c_char> = unsafe { s.as_ptr().view() };
        assert_eq!(v.c_str().unwrap().to_str().unwrap(), "Ascend310P3");
    }
}
