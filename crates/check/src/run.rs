//! Running the application: spawn it with the shim's environment, forward the signals sent to the checker, and
//! learn how it ended.

use std::ffi::{c_int, c_void, OsString};
use std::io;
use std::os::unix::process::ExitStatusExt;
use std::process::Command;
use std::sync::atomic::{AtomicI32, Ordering};

use crate::report::Ending;

/// The running application's pid (0 when none), read by the signal handler.
static CHILD: AtomicI32 = AtomicI32::new(0);

/// Signals the checker passes on to the application.
const FORWARDED: [c_int; 4] = [libc::SIGINT, libc::SIGTERM, libc::SIGHUP, libc::SIGQUIT];

/// Passes a signal sent to the checker with kill(2) (or sigqueue, tgkill) on to the application. Signals the
/// kernel generates, such as the terminal's Ctrl-C, already reach the application through its process group, so
/// they are not sent twice. Only async-signal-safe calls.
extern "C" fn forward(sig: c_int, info: *mut libc::siginfo_t, _ctx: *mut c_void) {
    let pid = CHILD.load(Ordering::SeqCst);
    if pid <= 0 || info.is_null() {
        return;
    }
    // SAFETY: with SA_SIGINFO the kernel passes a valid siginfo_t for the duration of the handler.
    let code = unsafe { (*info).si_code };
    if code <= 0 {
        // SAFETY: kill(2) is async-signal-safe and has no memory-safety requirements.
        unsafe { libc::kill(pid, sig) };
    }
}

/// Installs [`forward`] for the [`FORWARDED`] signals. Handlers are reset at exec, so the application starts with
/// the default dispositions.
fn install_forwarding() {
    for sig in FORWARDED {
        // SAFETY: a zeroed sigaction is a valid starting value; sa_sigaction holds a handler with the SA_SIGINFO
        // signature, and sigaction(2) only reads the struct.
        unsafe {
            let mut sa: libc::sigaction = std::mem::zeroed();
            sa.sa_sigaction = forward as *const () as libc::sighandler_t;
            sa.sa_flags = libc::SA_SIGINFO | libc::SA_RESTART;
            libc::sigemptyset(&mut sa.sa_mask);
            libc::sigaction(sig, &sa, std::ptr::null_mut());
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

/// Runs `command` with `env` added to the checker's environment and waits for it, forwarding signals meanwhile.
pub fn run(command: &[OsString], env: &[(&'static str, OsString)]) -> Result<Ending, SpawnError> {
    let (app, args) = command.split_first().ok_or(SpawnError { message: "no application given".into(), status: 2 })?;
    let mut child = Command::new(app).args(args).envs(env.iter().map(|(k, v)| (k, v))).spawn().map_err(|e| {
        let status = if e.kind() == io::ErrorKind::NotFound { 127 } else { 126 };
        SpawnError { message: format!("cannot run {}: {e}", app.to_string_lossy()), status }
    })?;
    CHILD.store(i32::try_from(child.id()).unwrap_or(0), Ordering::SeqCst);
    install_forwarding();
    let status = child.wait();
    CHILD.store(0, Ordering::SeqCst);
    let status = status.map_err(|e| SpawnError { message: format!("waiting for the application: {e}"), status: 2 })?;
    Ok(match (status.code(), status.signal()) {
        (Some(code), _) => Ending::Exited(code),
        (None, Some(sig)) => Ending::Signaled(sig),
        (None, None) => Ending::Exited(1),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn missing_application_is_127() {
        let e = run(&["/nonexistent/app".into()], &[]).unwrap_err();
        assert_eq!(e.status, 127);
        assert!(e.message.contains("/nonexistent/app"));
        assert_eq!(run(&[], &[]).unwrap_err().status, 2);
    }
}
