//! The null driver's own C API (prefix `nulldrv_`, declared in `c-tests/nulldrv.h`).
//!
//! Functions are named by their vendor name (`"aclvencSendFrame"`). Every entry point is thread-safe; a NULL or
//! unknown name is reported through the return value, never by a crash.

use crate::handles::{self, Kind};
use crate::record::{self, FUNCTION_COUNT};
use core::ffi::{c_char, c_int, CStr};

/// The index of the function named by the C string `name`, or None for NULL or an unknown name.
fn lookup(name: *const c_char) -> Option<usize> {
    if name.is_null() {
        return None;
    }
    // SAFETY: `name` is not NULL, and the C API requires it to point to a NUL-terminated string that stays valid
    // for the duration of the call (nulldrv.h).
    let name = unsafe { CStr::from_ptr(name) };
    record::index_of(name.to_bytes())
}

/// Forgets every call count, last-call record and scripted return value.
#[no_mangle]
pub extern "C" fn nulldrv_reset() {
    record::reset();
}

/// From now on, function `name` returns `value` (truncated to its return type; for a pointer, the address).
/// Returns 0, or -1 if `name` is NULL or not one of the 85 functions.
#[no_mangle]
pub extern "C" fn nulldrv_set_return(name: *const c_char, value: i64) -> c_int {
    match lookup(name) {
        Some(i) => {
            record::set_script(i, Some(value as u64));
            0
        }
        None => -1,
    }
}

/// Function `name` returns its default again (0, or a fresh handle for `aclvencCreate*`). 0, or -1 as above.
#[no_mangle]
pub extern "C" fn nulldrv_clear_return(name: *const c_char) -> c_int {
    match lookup(name) {
        Some(i) => {
            record::set_script(i, None);
            0
        }
        None => -1,
    }
}

/// How many times function `name` was called since the last reset; with `name` NULL, all functions together.
/// -1 if `name` is not one of the 85 functions.
#[no_mangle]
pub extern "C" fn nulldrv_call_count(name: *const c_char) -> i64 {
    if name.is_null() {
        return record::total_count() as i64;
    }
    lookup(name).map_or(-1, |i| record::count(i) as i64)
}

/// Copies up to `capacity` argument words of the last call of `name` into `args` (which may be NULL when
/// `capacity` is 0) and returns how many arguments that call had. -1 if `name` is unknown or was not called since
/// the last reset.
#[no_mangle]
pub extern "C" fn nulldrv_last_args(name: *const c_char, args: *mut u64, capacity: usize) -> c_int {
    let Some(i) = lookup(name) else { return -1 };
    if record::count(i) == 0 {
        return -1;
    }
    let Some(last) = record::last_call(i) else { return -1 };
    let n = last.nargs.min(capacity);
    if n > 0 && !args.is_null() {
        // SAFETY: `args` is not NULL and the caller guarantees it points to `capacity` writable u64 (nulldrv.h);
        // `n <= capacity`, and the source is a local array that cannot overlap caller memory.
        unsafe { core::ptr::copy_nonoverlapping(last.args.as_ptr(), args, n) };
    }
    last.nargs as c_int
}

/// Writes the value the last call of `name` returned (as a word) to `*value`. 0, or -1 if `name` is unknown, was
/// not called since the last reset, or `value` is NULL.
#[no_mangle]
pub extern "C" fn nulldrv_last_return(name: *const c_char, value: *mut u64) -> c_int {
    let Some(i) = lookup(name) else { return -1 };
    if value.is_null() || record::count(i) == 0 {
        return -1;
    }
    let Some(last) = record::last_call(i) else { return -1 };
    // SAFETY: `value` is not NULL and the caller guarantees it points to a writable u64 (nulldrv.h).
    unsafe { value.write(last.ret) };
    0
}

/// The number of functions the null driver exports (85).
#[no_mangle]
pub extern "C" fn nulldrv_function_count() -> usize {
    FUNCTION_COUNT
}

/// The name of function `index` (static storage), or NULL if `index >= nulldrv_function_count()`.
#[no_mangle]
pub extern "C" fn nulldrv_function_name(index: usize) -> *const c_char {
    record::name_nul(index).map_or(core::ptr::null(), |n| n.as_ptr().cast())
}

/// How many calls since the last reset were handed a driver handle (V1 channel desc or frame config, V2 channel)
/// that this driver never created or had destroyed.
#[no_mangle]
pub extern "C" fn nulldrv_violation_count() -> i64 {
    handles::violation_count() as i64
}

/// Copies the description of violation `index` (the first 64 are kept) to `buf` as a NUL-terminated string,
/// truncated to `capacity` bytes. Returns the full length without the NUL, or -1 if there is no such violation or
/// `buf` is NULL with a non-zero `capacity`.
#[no_mangle]
pub extern "C" fn nulldrv_violation(index: usize, buf: *mut c_char, capacity: usize) -> c_int {
    let Some(text) = handles::violation_text(index) else { return -1 };
    if capacity > 0 {
        if buf.is_null() {
            return -1;
        }
        let n = text.len().min(capacity - 1);
        // SAFETY: `buf` is not NULL and the caller guarantees it points to `capacity` writable bytes (nulldrv.h);
        // `n + 1 <= capacity`, and the source is a Rust string that cannot overlap caller memory.
        unsafe {
            core::ptr::copy_nonoverlapping(text.as_ptr().cast::<c_char>(), buf, n);
            buf.add(n).write(0);
        }
    }
    text.len() as c_int
}

/// Whether the driver object `word` of type `kind` ("aclvencChannelDesc", "aclvencFrameConfig" or "hi_venc_chn")
/// is live: 1 or 0, or -1 for a NULL or unknown `kind`.
#[no_mangle]
pub extern "C" fn nulldrv_is_live(kind: *const c_char, word: u64) -> c_int {
    if kind.is_null() {
        return -1;
    }
    // SAFETY: `kind` is not NULL, and the C API requires a NUL-terminated string valid for the call (nulldrv.h).
    let kind = match unsafe { CStr::from_ptr(kind) }.to_bytes() {
        b"aclvencChannelDesc" => Kind::ChannelDesc,
        b"aclvencFrameConfig" => Kind::FrameConfig,
        b"hi_venc_chn" => Kind::Chn,
        _ => return -1,
    };
    c_int::from(handles::is_live(kind, word))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stubs::{v1, v2};
    use aclvenc_abi as abi;
    use core::ffi::c_void;

    // One test: the record is process-global and the test harness runs tests in parallel.
    #[test]
    fn records_calls_and_returns_scripted_values() {
        nulldrv_reset();
        assert_eq!(nulldrv_call_count(core::ptr::null()), 0);

        let a = v1::aclvencCreateChannelDesc();
        let b = v1::aclvencCreateChannelDesc();
        assert!(!a.is_null() && !b.is_null() && a != b);
        assert_eq!(nulldrv_call_count(c"aclvencCreateChannelDesc".as_ptr()), 2);
        let mut ret = 0u64;
        assert_eq!(nulldrv_last_return(c"aclvencCreateChannelDesc".as_ptr(), &mut ret), 0);
        assert_eq!(ret, b as u64);

        assert_eq!(v1::aclvencSetChannelDescThreadId(a, 0xFEDC_BA98_7654_3210), 0);
        let mut args = [0u64; 8];
        assert_eq!(nulldrv_last_args(c"aclvencSetChannelDescThreadId".as_ptr(), args.as_mut_ptr(), 8), 2);
        assert_eq!(args[..2], [a as u64, 0xFEDC_BA98_7654_3210]);

        assert_eq!(v2::hi_mpi_venc_get_stream(-7, 0x1000 as *mut abi::hi_venc_stream, -1), 0);
        assert_eq!(nulldrv_last_args(c"hi_mpi_venc_get_stream".as_ptr(), args.as_mut_ptr(), 2), 3);
        assert_eq!(args[..2], [(-7i64) as u64, 0x1000]);

        assert_eq!(nulldrv_set_return(c"hi_mpi_venc_get_stream".as_ptr(), 0xA008_800E), 0);
        assert_eq!(v2::hi_mpi_venc_get_stream(1, core::ptr::null_mut(), 0), abi::HI_ERR_VENC_BUF_EMPTY);
        assert_eq!(nulldrv_set_return(c"aclvencCreateFrameConfig".as_ptr(), 0), 0);
        assert!(v1::aclvencCreateFrameConfig().is_null());
        assert_eq!(nulldrv_set_return(c"aclvencGetChannelDescBufAddr".as_ptr(), 0x1234), 0);
        assert_eq!(v1::aclvencGetChannelDescBufAddr(a) as usize, 0x1234);
        assert_eq!(nulldrv_clear_return(c"aclvencCreateFrameConfig".as_ptr()), 0);
        assert!(!v1::aclvencCreateFrameConfig().is_null());

        assert_eq!(nulldrv_set_return(c"notAFunction".as_ptr(), 1), -1);
        assert_eq!(nulldrv_set_return(core::ptr::null(), 1), -1);
        assert_eq!(nulldrv_call_count(c"notAFunction".as_ptr()), -1);
        assert_eq!(nulldrv_last_args(c"aclvencSendFrame".as_ptr(), args.as_mut_ptr(), 8), -1);
        assert_eq!(nulldrv_call_count(core::ptr::null()), 8);

        assert_eq!(nulldrv_function_count(), 85);
        assert!(nulldrv_function_name(85).is_null());
        // SAFETY: index 84 is in range, so the result is a NUL-terminated static string.
        let last = unsafe { CStr::from_ptr(nulldrv_function_name(84)) };
        assert!(last.to_str().is_ok_and(|n| n.starts_with("hi_mpi_venc_")));

        nulldrv_reset();
        assert_eq!(nulldrv_call_count(core::ptr::null()), 0);
        assert_eq!(
            v1::aclvencSendFrame(a, core::ptr::null_mut(), 8 as *mut c_void, core::ptr::null_mut(), b.cast()),
            0
        );
        assert_eq!(nulldrv_last_args(c"aclvencSendFrame".as_ptr(), args.as_mut_ptr(), 8), 5);
        assert_eq!(args[..5], [a as u64, 0, 8, 0, b as u64]);

        // handles the driver never created, or destroyed, are violations; NULL is not
        nulldrv_reset();
        assert_eq!(nulldrv_violation_count(), 0);
        assert_eq!(nulldrv_is_live(c"aclvencChannelDesc".as_ptr(), a as u64), 1);
        assert_eq!(v1::aclvencDestroyChannelDesc(a), 0);
        assert_eq!(nulldrv_is_live(c"aclvencChannelDesc".as_ptr(), a as u64), 0);
        assert_eq!(v1::aclvencGetChannelDescPicWidth(a), 0);
        assert_eq!(v1::aclvencGetChannelDescPicWidth(0x1234 as *const abi::aclvencChannelDesc), 0);
        assert_eq!(v1::aclvencGetChannelDescPicWidth(core::ptr::null()), 0);
        assert_eq!(nulldrv_violation_count(), 2);
        let mut text = [0 as c_char; 128];
        assert!(nulldrv_violation(0, text.as_mut_ptr(), text.len()) > 0);
        // SAFETY: nulldrv_violation NUL-terminated the buffer.
        let first = unsafe { CStr::from_ptr(text.as_ptr()) }.to_string_lossy().into_owned();
        assert!(
            first.starts_with("aclvencGetChannelDescPicWidth: argument 0")
                && first.ends_with("destroyed by this driver")
        );
        assert!(nulldrv_violation(1, text.as_mut_ptr(), text.len()) > 0);
        // SAFETY: as above.
        assert!(unsafe { CStr::from_ptr(text.as_ptr()) }.to_string_lossy().contains("0x1234 was never created"));
        assert_eq!(nulldrv_violation(2, text.as_mut_ptr(), text.len()), -1);
        // a failed destroy destroys nothing
        let config = v1::aclvencCreateFrameConfig();
        assert_eq!(nulldrv_set_return(c"aclvencDestroyFrameConfig".as_ptr(), 0x7_0000), 0);
        assert_eq!(v1::aclvencDestroyFrameConfig(config), 0x7_0000);
        assert_eq!(nulldrv_is_live(c"aclvencFrameConfig".as_ptr(), config as u64), 1);
        // V2: a channel exists once create_chn succeeded, a second create fails, calls after destroy are violations
        assert_eq!(v2::hi_mpi_venc_request_idr(40, abi::hi_bool(1)), 0);
        assert_eq!(v2::hi_mpi_venc_create_chn(41, core::ptr::null()), 0);
        assert_eq!(v2::hi_mpi_venc_create_chn(41, core::ptr::null()), abi::HI_ERR_VENC_EXIST);
        assert_eq!(v2::hi_mpi_venc_request_idr(41, abi::hi_bool(1)), 0);
        assert_eq!(v2::hi_mpi_venc_destroy_chn(41), 0);
        assert_eq!(v2::hi_mpi_venc_destroy_chn(41), 0);
        assert_eq!(nulldrv_is_live(c"hi_venc_chn".as_ptr(), 41), 0);
        assert_eq!(nulldrv_is_live(c"nope".as_ptr(), 41), -1);
        assert_eq!(nulldrv_violation_count(), 4);
        nulldrv_reset();
        assert_eq!(nulldrv_violation_count(), 0);

        // concurrent callers: every call is counted, handles stay unique
        let threads: Vec<_> = (0..4)
            .map(|t| {
                std::thread::spawn(move || {
                    (0..500)
                        .map(|_| {
                            assert_eq!(v2::hi_mpi_venc_request_idr(t, abi::hi_bool(1)), 0);
                            v1::aclvencCreateFrameConfig() as u64
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        let mut handles: Vec<u64> = threads.into_iter().flat_map(|t| t.join().unwrap_or_default()).collect();
        assert_eq!(nulldrv_call_count(c"hi_mpi_venc_request_idr".as_ptr()), 2000);
        assert_eq!(nulldrv_call_count(c"aclvencCreateFrameConfig".as_ptr()), 2000);
        handles.sort_unstable();
        handles.dedup();
        assert_eq!(handles.len(), 2000);
    }
}
