//! The end of the process, as the shim sees it: at exit, finish the output and trace, report leaks and how many
//! findings the error limit kept back (unless `ACLVENC_SHIM_EXIT_SUMMARY=0`, as under aclvenc-check, whose summary
//! has both), write the final JSON report, SARIF log and JUnit file, and apply `ACLVENC_SHIM_LEAK_EXITCODE`; in
//! abort mode, stop at the first error.
//!
//! The exit hook is registered when the library loads (an ELF constructor, [`crate::process`]), before the
//! application's `main` registers any handler of its own: `atexit` handlers run in reverse order, so the shim's
//! runs after all of them, and ending the process there with the leak status skips nothing the application
//! registered (LeakSanitizer's approach).

use crate::process;
use crate::report::{json, leaks};
use crate::shim::Shim;
use aclvenc_interface::settings::Key;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// The longest the shim waits at exit (and before an abort) for its threads, all of them together: the stream
/// checks of the outputs already handed to them (at most half of it, [`STREAM_CHECKS_WAIT`]), then the output lines
/// and the trace files. A slow or stalled reader cannot hold the exit longer. The docs of `ACLVENC_SHIM_TRACE_FILE`
/// state it (a test checks they say this value).
pub const EXIT_WAIT: Duration = Duration::from_secs(2);

/// The part of [`EXIT_WAIT`] the stream checks may take at exit; the rest is the output's and the trace files'.
pub const STREAM_CHECKS_WAIT: Duration = Duration::from_secs(1);

/// `ACLVENC_SHIM_MODE=abort`: print where, write the report, abort.
pub fn abort_now(function: &str) -> ! {
    crate::output::flush(Instant::now() + EXIT_WAIT);
    eprintln!("aclvenc-shim: aborting on an error-level finding in {function} (ACLVENC_SHIM_MODE=abort)");
    eprintln!("{}", crate::site::backtrace_now());
    if let Some(shim) = Shim::try_get() {
        if let Some(path) = report_path(shim) {
            let _ = json::write(shim, &path);
        }
    }
    std::process::abort();
}

static EXIT_HOOK: AtomicBool = AtomicBool::new(false);

/// Registers [`at_exit`] with `atexit`, once. The library's constructor calls it as the library loads.
pub fn register_exit_hook() {
    if !EXIT_HOOK.swap(true, Ordering::SeqCst) {
        process::at_process_exit(at_exit);
    }
}

/// At the first intercepted call: the exit hook, if the constructor has not registered it (a static link that
/// left the constructor out), and the fork handlers.
pub fn install_exit_hook() {
    register_exit_hook();
    process::install_fork_handlers();
}

/// Where this process writes its report (`ACLVENC_SHIM_REPORT`; a forked child writes its own, with its pid in
/// the path, see [`process::path_for_this_process`]); `None` when no report is asked for.
pub fn report_path(shim: &Shim) -> Option<PathBuf> {
    let s = &shim.settings;
    let path = s.report_path.as_ref()?;
    Some(process::path_for_this_process(path, process::raw_setting(s, Key::Report)))
}

/// At process exit, after the application's own exit handlers: finish the output and the trace file (waiting at
/// most [`EXIT_WAIT`] in all), report leaks and unreleased streams, write the JSON report, and apply
/// `ACLVENC_SHIM_LEAK_EXITCODE`. Never calls the driver (it may be gone), never panics into C.
extern "C" fn at_exit() {
    let _ = std::panic::catch_unwind(|| {
        let Some(shim) = Shim::try_get() else { return };
        let start = Instant::now();
        let deadline = start + EXIT_WAIT;
        // The stream checks' last findings first, so the output, the summary and the report hold them.
        crate::tap::flush(start + STREAM_CHECKS_WAIT);
        let skipped = crate::tap::skipped();
        if skipped > 0 {
            log::warn!(target: "aclvenc_shim", "{skipped} outputs went unchecked by the stream checks: their queue was full (the analysis thread could not keep up); each channel's checks resumed at its next IDR");
        }
        crate::output::flush(deadline);
        crate::trace::finish(deadline);
        let live = if shim.settings.exit_summary {
            print_limited(shim.settings.error_limit);
            leaks::log_report(shim, "at exit")
        } else {
            leaks::live_count(shim)
        };
        if let Some(path) = report_path(shim) {
            if let Err(e) = json::write_final(shim, &path) {
                eprintln!("aclvenc-shim: cannot write the report to {}: {e}", path.display());
            }
        }
        write_ci_files(shim);
        if live > 0 {
            if let Some(code) = shim.settings.leak_exitcode {
                eprintln!(
                    "aclvenc-shim: {live} leaked objects; exiting with status {code} (ACLVENC_SHIM_LEAK_EXITCODE)"
                );
                process::exit_now(code);
            }
        }
    });
}

/// The final line of the error limit: how many findings were counted but not printed.
fn print_limited(limit: u64) {
    let n = crate::report::limited_count();
    if n > 0 {
        let text = format!(
            "{n} more findings were counted but not printed: ACLVENC_SHIM_ERROR_LIMIT={limit} per rule and call site \
             (the report has them all)"
        );
        crate::output::write_block(&crate::output::prefixed(&text));
    }
}

/// Writes `ACLVENC_SHIM_SARIF` and `ACLVENC_SHIM_JUNIT`, when set, from the final report (atomically, like the
/// report; a forked child writes its own, at the path with `.<pid>` appended).
fn write_ci_files(shim: &Shim) {
    let s = &shim.settings;
    let files = [(Key::Sarif, &s.sarif), (Key::Junit, &s.junit)];
    if files.iter().all(|(_, p)| p.is_none()) {
        return;
    }
    let report = json::build(shim);
    let root = std::env::current_dir().ok();
    for (key, path) in files {
        let Some(path) = path else { continue };
        let path = process::path_for_this_process(path, process::raw_setting(s, key));
        let text = match key {
            Key::Sarif => aclvenc_interface::sarif::render(&report, root.as_deref()).to_string(),
            _ => aclvenc_interface::junit::render(&report),
        };
        if let Err(e) = crate::report::file::write_atomically(&path, text.as_bytes()) {
            eprintln!("aclvenc-shim: cannot write {} to {}: {e}", key.env(), path.display());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bound is one number: the trace file's documentation states the value the code waits.
    #[test]
    fn the_documented_exit_wait_is_the_one_the_code_uses() {
        let row = aclvenc_interface::settings::SETTINGS.iter().find(|s| s.key == Key::TraceFile).unwrap();
        let said = format!("at most {} s", EXIT_WAIT.as_secs());
        assert_eq!(Duration::from_secs(EXIT_WAIT.as_secs()), EXIT_WAIT, "a whole number of seconds");
        assert!(row.details.contains(&said), "ACLVENC_SHIM_TRACE_FILE's docs must say {said:?}: {}", row.details);
    }
}
