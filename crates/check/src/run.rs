//! Running the application: spawn it with the shim's environment, forward the signals sent to the checker, and
//! learn how it ended.

use std::ffi::OsString;
use std::io;
use std::os::unix::process::ExitStatusExt;
use std::process::Command;

use nix::sys::signal::{kill, Signal};
use nix::unistd::Pid;
use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
use signal_hook::iterator::exfiltrator::WithOrigin;
use signal_hook::iterator::SignalsInfo;
use signal_hook::low_level::siginfo::Cause;

use crate::report::Ending;

/// Signals the checker passes on to the application.
const FORWARDED: [i32; 4] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT];

/// Passes each signal another process sends the checker (kill, sigqueue, tgkill) on to `child`, until the
/// iterator is closed. Signals the kernel generates, such as the terminal's Ctrl-C, already reach the application
/// through its process group, so they are not sent twice.
fn forward(mut signals: SignalsInfo<WithOrigin>, child: Pid) {
    for origin in signals.forever() {
        if matches!(origin.cause, Cause::Sent(_)) {
            if let Ok(sig) = Signal::try_from(origin.signal) {
                let _ = kill(child, sig);
            }
        }
    }
}

/// Why the application could not be started, with the shell's status for it (127: not found, 126: not
/// executable).
#[derive(Debug)]
pub struct SpawnError {
    pub message: String,
    pub status: i32,
}

/// How the application ended, and its process id (what `%p` in the shim's paths became in it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Finished {
    pub ending: Ending,
    pub pid: u32,
}

/// Runs `command` with `env` added to the checker's environment and waits for it, forwarding signals meanwhile.
/// `on_spawn` gets the application's pid as soon as it runs.
pub fn run(
    command: &[OsString],
    env: &[(&'static str, OsString)],
    on_spawn: &dyn Fn(u32),
) -> Result<Finished, SpawnError> {
    let (app, args) = command.split_first().ok_or(SpawnError { message: "no application given".into(), status: 2 })?;
    // Handlers go in before the spawn, so a signal that arrives meanwhile waits for the forwarder instead of
    // killing the checker; exec resets them, so the application starts with the default dispositions.
    let signals = SignalsInfo::<WithOrigin>::new(FORWARDED)
        .map_err(|e| SpawnError { message: format!("cannot install signal handlers: {e}"), status: 2 })?;
    let handle = signals.handle();
    let spawned = Command::new(app).args(args).envs(env.iter().map(|(k, v)| (k, v))).spawn();
    let mut child = spawned.map_err(|e| {
        handle.close();
        let status = if e.kind() == io::ErrorKind::NotFound { 127 } else { 126 };
        SpawnError { message: format!("cannot run {}: {e}", app.to_string_lossy()), status }
    })?;
    on_spawn(child.id());
    let pid = Pid::from_raw(i32::try_from(child.id()).unwrap_or(0));
    let forwarder = std::thread::spawn(move || forward(signals, pid));
    let status = child.wait();
    handle.close();
    let _ = forwarder.join();
    let status = status.map_err(|e| SpawnError { message: format!("waiting for the application: {e}"), status: 2 })?;
    let ending = match (status.code(), status.signal()) {
        (Some(code), _) => Ending::Exited(code),
        (None, Some(sig)) => Ending::Signaled(sig),
        (None, None) => Ending::Exited(1),
    };
    Ok(Finished { ending, pid: child.id() })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::Ordering;

    /// Signal handlers are process-wide: one run at a time, so a signal meant for one test's application is
    /// not forwarded to another's.
    static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

    fn run(command: &[OsString], env: &[(&'static str, OsString)]) -> Result<Ending, SpawnError> {
        let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
        super::run(command, env, &|_| {}).map(|f| f.ending)
    }

    /// The pid is the application's own: what `$$` is in it.
    #[test]
    fn the_pid_is_the_applications() {
        let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("pid");
        let env = [("ACLVENC_CHECK_TEST", file.clone().into_os_string())];
        let seen = std::sync::atomic::AtomicU32::new(0);
        let f =
            super::run(&sh("echo $$ > \"$ACLVENC_CHECK_TEST\""), &env, &|p| seen.store(p, Ordering::Relaxed)).unwrap();
        assert_eq!(seen.load(Ordering::Relaxed), f.pid, "on_spawn gets the same pid");
        assert_eq!(std::fs::read_to_string(&file).unwrap().trim(), f.pid.to_string());
    }

    fn sh(script: &str) -> Vec<OsString> {
        vec!["/bin/sh".into(), "-c".into(), script.into()]
    }

    #[test]
    fn exit_status_and_environment_reach_the_application() {
        let env = [("ACLVENC_CHECK_TEST", OsString::from("42"))];
        assert_eq!(run(&sh("exit $ACLVENC_CHECK_TEST"), &env).unwrap(), Ending::Exited(42));
    }

    #[test]
    fn a_killed_application_is_reported_with_its_signal() {
        assert_eq!(run(&sh("kill -KILL $$"), &[]).unwrap(), Ending::Signaled(libc::SIGKILL));
        assert_eq!(run(&sh("kill -SEGV $$"), &[]).unwrap(), Ending::Signaled(libc::SIGSEGV));
    }

    /// A SIGTERM sent to the checker (here: by the application to its parent) reaches the application.
    #[test]
    fn a_signal_sent_to_the_checker_is_forwarded() {
        let script = "trap 'exit 42' TERM; kill -TERM $PPID; sleep 5 & wait $!; exit 1";
        assert_eq!(run(&sh(script), &[]).unwrap(), Ending::Exited(42));
    }

    #[test]
    fn a_file_that_cannot_be_run_is_126() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("not-executable");
        std::fs::write(&file, "#!/bin/sh\nexit 0\n").unwrap();
        let e = run(&[file.into_os_string()], &[]).unwrap_err();
        assert_eq!(e.status, 126, "{}", e.message);
    }

    #[test]
    fn missing_application_is_127() {
        let e = run(&["/nonexistent/app".into()], &[]).unwrap_err();
        assert_eq!(e.status, 127);
        assert!(e.message.contains("/nonexistent/app"));
        assert_eq!(run(&[], &[]).unwrap_err().status, 2);
    }
}
