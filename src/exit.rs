//! The end of the process, as the shim sees it: at exit, finish the output and trace, report leaks, write the
//! final JSON report and apply `ACLVENC_SHIM_LEAK_EXITCODE`; in abort mode, stop at the first error.

use crate::report::{json, leaks};
use crate::shim::Shim;
use std::sync::atomic::{AtomicBool, Ordering};

/// `ACLVENC_SHIM_MODE=abort`: print where, write the report, abort.
pub fn abort_now(function: &str) -> ! {
    crate::output::flush(std::time::Duration::from_secs(2));
    eprintln!("aclvenc-shim: aborting on an error-level finding in {function} (ACLVENC_SHIM_MODE=abort)");
    eprintln!("{:?}", backtrace::Backtrace::new());
    if let Some(shim) = Shim::try_get() {
        if let Some(path) = &shim.settings.report_path {
            let _ = json::write(shim, path);
        }
    }
    std::process::abort();
}

static EXIT_HOOK: AtomicBool = AtomicBool::new(false);

/// Registers [`at_exit`] once.
pub fn install_exit_hook() {
    if !EXIT_HOOK.swap(true, Ordering::SeqCst) {
        crate::process::at_process_exit(at_exit);
    }
}

/// At process exit: finish the trace file, report leaks and unreleased streams, write the JSON report, and apply
/// `ACLVENC_SHIM_LEAK_EXITCODE`. Never calls the driver (it may be gone), never panics into C.
extern "C" fn at_exit() {
    let _ = std::panic::catch_unwind(|| {
        let Some(shim) = Shim::try_get() else { return };
        crate::output::flush(std::time::Duration::from_secs(2));
        crate::trace::finish();
        let live = leaks::log_report(shim, "at exit");
        if let Some(path) = &shim.settings.report_path {
            if let Err(e) = json::write_final(shim, path) {
                eprintln!("aclvenc-shim: cannot write the report to {}: {e}", path.display());
            }
        }
        if live > 0 {
            if let Some(code) = shim.settings.leak_exitcode {
                eprintln!(
                    "aclvenc-shim: {live} leaked objects; exiting with status {code} (ACLVENC_SHIM_LEAK_EXITCODE)"
                );
                crate::process::exit_now(code);
            }
        }
    });
}
