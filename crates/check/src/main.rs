//! `aclvenc-check [options] -- <app> [args...]`: runs an Ascend video-encoder application under aclvenc-shim, the
//! way valgrind or compute-sanitizer run a program under their tool.
//!
//! The shim is preloaded (`LD_PRELOAD`) and configured through its `ACLVENC_SHIM_*` variables; when no vendor
//! driver is installed the application is pointed at the emulated one. The shim writes its JSON report at exit
//! and every few hundred milliseconds while the application runs, so even an application that crashes or is
//! killed gets a summary: calls per function, findings per rule ID, leaks per creation site and per-channel
//! totals. The exit status is the application's unless `--error-exitcode` / `--leak-exitcode` ask otherwise,
//! 128+signal when a signal ended the application, and 125 when the shim's report cannot be read: a run that was
//! not checked never passes.

mod cli;
mod html;
mod locate;
mod progress;
mod render;
mod report;
mod run;
mod settings;

use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;

use aclvenc_interface::driver::Library;
use aclvenc_interface::path::{expand_pid, has_pid};
use aclvenc_interface::settings::Key;

use crate::report::Ending;
use crate::settings::{Plan, ReportFile};

/// Prefix of every line the checker prints.
const TAG: &str = "aclvenc-check:";

/// The directory of the running binary (symlinks resolved, so an installed link still finds its prefix).
fn exe_dir() -> PathBuf {
    std::env::current_exe()
        .and_then(|p| p.canonicalize())
        .ok()
        .and_then(|p| p.parent().map(Path::to_path_buf))
        .unwrap_or_else(|| PathBuf::from("."))
}

/// Which file is at `path` now (device, inode, modification time). The shim replaces its report with a rename, so
/// a report written during this run is a different file from one an earlier run left at a kept path.
fn file_identity(path: &Path) -> Option<(u64, u64, i64, i64)> {
    std::fs::metadata(path).ok().map(|m| (m.dev(), m.ino(), m.mtime(), m.mtime_nsec()))
}

/// Why there is no report of this run at `path` (nothing there, or an earlier run's file, `before`).
fn not_written(path: &Path, ending: Ending, before: Option<(u64, u64, i64, i64)>) -> String {
    let there = if before.is_some() { "only an earlier run's report is" } else { "no report is" };
    match ending {
        Ending::Signaled(_) => {
            format!("{there} at {}: the application died before the shim wrote its first snapshot", path.display())
        }
        Ending::Exited(_) => format!(
            "{there} at {}: the application made no encoder call (the shim starts at the first), the shim was not \
             loaded (a static or setuid application ignores LD_PRELOAD), or it could not write there (its message \
             above says why)",
            path.display()
        ),
    }
}

/// `code` as the process's exit status (clamped to 0-255).
pub(crate) fn status(code: i32) -> ExitCode {
    ExitCode::from(u8::try_from(code.clamp(0, 255)).unwrap_or(255))
}

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if args.get(1).is_some_and(|a| a == "report") {
        return render::main(args[1..].to_vec());
    }
    let cli = cli::parse();
    let env = |k: &str| std::env::var(k).ok();
    let plan = match Plan::new(&cli, &env, &exe_dir(), &locate::ldconfig_paths(Library::V1.soname())) {
        Ok(plan) => plan,
        Err(e) => {
            eprintln!("{TAG} error: {e}");
            return status(2);
        }
    };
    if cli.print_settings {
        print!("{}", plan.describe());
        if cli.command.is_empty() {
            return ExitCode::SUCCESS;
        }
    }
    if let Err(e) = &plan.shim {
        eprintln!("{TAG} error: {e}");
        return status(2);
    }
    if let Some(notice) = plan.driver_notice() {
        eprintln!("{TAG} {notice}");
    }

    // A kept report path may hold an earlier run's report: it is left in place (never deleted), and read only if
    // the shim replaced it during this run. With `%p` the path is known once the application has its pid.
    let template = plan.report.path();
    let before = if has_pid(&template) { None } else { file_identity(&template) };
    let app = cli.command[0].to_string_lossy().into_owned();
    let spawned = Arc::new(AtomicU32::new(0));
    let progress = progress::Progress::start(template.clone(), spawned.clone());
    let finished = run::run(&cli.command, &plan.child_env(&env), &|pid| spawned.store(pid, Ordering::Relaxed));
    progress.stop();
    let (ending, pid) = match finished {
        Ok(run::Finished { ending, pid }) => (ending, pid),
        Err(e) => {
            eprintln!("{TAG} error: {}", e.message);
            return status(e.status);
        }
    };

    let report_path = expand_pid(&template, pid);
    let written = file_identity(&report_path).is_some_and(|now| Some(now) != before);
    let report = if written { report::load(&report_path) } else { Err(not_written(&report_path, ending, before)) };
    eprint!("{}", report::summary(&app, ending, report.as_ref().map_err(String::as_str)));
    if let Ok(r) = &report {
        let path = |key: Key| plan.path(key).map(|p| expand_pid(&p, pid));
        let outputs = render::Outputs {
            sarif: path(Key::Sarif),
            junit: path(Key::Junit),
            html: cli.html.as_deref().map(|p| expand_pid(p, pid)),
        };
        for e in render::write_ci_files(r, &format!("{app} {}", report::ended(ending)), outputs) {
            eprintln!("{TAG} error: {e}");
        }
    }
    match (&plan.report, &report) {
        (ReportFile::Kept(_), Ok(_)) => eprintln!("{TAG} report kept in {}", report_path.display()),
        (_, Err(why)) if matches!(ending, Ending::Exited(_)) => {
            eprintln!("{TAG} error: cannot read the shim's report, so the run is not checked: {why}");
        }
        _ => {}
    }

    let code = report::exit_status(ending, report.as_ref().ok(), plan.error_exitcode, plan.leak_exitcode);
    if code != ending.shell_status() {
        eprintln!("{TAG} exit status {code} (the application's was {})", ending.shell_status());
    }
    // Dropping the plan removes a temporary report with its directory.
    drop(plan);
    status(code)
}
