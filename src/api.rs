//! The shim's own C API (prefix `aclvencShim`), declared in `include/aclvenc_shim.h` (made by cbindgen).
//! Thread-safe; usable before or without any vendor call.

use crate::report;
use crate::shim::Shim;
use core::ffi::{c_char, c_int};

fn guard<T>(fallback: T, f: impl FnOnce() -> T) -> T {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).unwrap_or(fallback)
}

/// The shim's version as a NUL-terminated string (`"0.1.0"`), owned by the shim; never NULL.
#[no_mangle]
pub extern "C" fn aclvencShimVersion() -> *const c_char {
    concat!(env!("CARGO_PKG_VERSION"), "\0").as_ptr().cast()
}

/// Logs every live object now (kind, handle, creating thread and creation backtrace, grouped by creation site:
/// channel descs, channels, frame configs, V2 channels and streams obtained but not released) and returns how
/// many there are.
#[no_mangle]
pub extern "C" fn aclvencShimReportLeaks() -> usize {
    guard(0, || report::leaks::log_report(Shim::get(), "on request"))
}

/// How many findings of the rule `rule_id` (a NUL-terminated ID such as `"MPI-NULL-PTR"`) the shim has made so
/// far, or of every rule when `rule_id` is NULL. The outputs already handed to the stream checks are checked first
/// (waiting at most [`STREAM_WAIT`]), so their `STREAM-*` findings count.
///
/// # Safety
/// `rule_id` is NULL or a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn aclvencShimFindingCount(rule_id: *const c_char) -> usize {
    guard(0, || {
        // SAFETY: the caller promised NULL or a NUL-terminated string, valid during this call.
        let rule = unsafe { aclvenc_ptr::Arg::view(rule_id) };
        let rule = rule.c_str().map(|c| c.to_string_lossy().into_owned());
        settle_stream_checks();
        report::finding_count(rule.as_deref()) as usize
    })
}

/// Writes the JSON report (settings, driver, call counts, findings, leaks, channels; format in
/// docs/shim-interface.md) to the NUL-terminated `path`, after the outputs already handed to the stream checks are
/// checked (waiting at most [`STREAM_WAIT`]). Returns 0 on success, -1 when `path` is NULL or the
/// file cannot be written (the reason is logged).
///
/// # Safety
/// `path` is NULL or a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn aclvencShimWriteReport(path: *const c_char) -> c_int {
    guard(-1, || {
        // SAFETY: the caller promised NULL or a NUL-terminated string, valid during this call.
        let path = unsafe { aclvenc_ptr::Arg::view(path) };
        let Some(path) = path.c_str().map(|c| c.to_string_lossy().into_owned()) else { return -1 };
        settle_stream_checks();
        match report::json::write(Shim::get(), std::path::Path::new(&path)) {
            Ok(()) => 0,
            Err(e) => {
                log::error!(target: "aclvenc_shim", "cannot write the report to {path}: {e}");
                -1
            }
        }
    })
}

/// Forgets every finding made so far, those of the outputs already handed to the stream checks included (tracked
/// objects are kept). For tests that check one call at a time.
#[no_mangle]
pub extern "C" fn aclvencShimResetFindings() {
    guard((), || {
        settle_stream_checks();
        report::reset_findings();
    })
}

/// How long the API's calls wait for the stream checks of the outputs already handed to them.
pub const STREAM_WAIT: std::time::Duration = std::time::Duration::from_secs(1);

/// Waits until the stream checks have checked every output handed to them so far (at most [`STREAM_WAIT`]).
fn settle_stream_checks() {
    crate::tap::flush(std::time::Instant::now() + STREAM_WAIT);
}
