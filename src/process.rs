//! The libc process calls the shim makes, in one place: the calling thread's id, the exit hook (registered from
//! an ELF constructor, so it runs after every exit handler the application registers), `fork` (`pthread_atfork`
//! handlers), ending the process with a status.
//!
//! Fork: a child starts with the forking thread only. A lock that another thread held at the fork stays held in
//! the child forever, so the prepare handler takes every shim lock, in the one order the shim nests them, before
//! the fork, and both sides release them after it. The child then forgets the queues of the output and trace
//! writer threads (they do not exist in it): the output writer restarts at the child's next line, the trace file
//! and the report snapshots at its next intercepted call ([`resume_after_fork`]), and the child writes its own
//! report and trace file, at a path with its pid ([`path_for_this_process`]).

use aclvenc_interface::settings::{Key, Value};
use std::any::Any;
use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::Once;

/// The calling thread's `pthread_t`, as apps pass it to `aclvencSetChannelDescThreadId` (`(uint64_t)pthread_self()`).
pub fn current_thread_id() -> u64 {
    // SAFETY: pthread_self has no preconditions and cannot fail.
    unsafe { libc::pthread_self() as u64 }
}

/// `CLOCK_MONOTONIC` (the clock `Instant` reads) in ns, read with one `clock_gettime` (through the vDSO).
pub fn monotonic_ns() -> u64 {
    let mut t = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `t` is a valid timespec to write; CLOCK_MONOTONIC exists on every Linux, so the call cannot fail.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut t) };
    (t.tv_sec as u64).saturating_mul(1_000_000_000).saturating_add(t.tv_nsec as u64)
}

/// Runs `f` at process exit, as `atexit` does (handlers run in the reverse order of registration).
pub fn at_process_exit(f: extern "C" fn()) {
    // SAFETY: registering a plain `extern "C" fn()`; the caller's function never unwinds (it catches panics).
    unsafe { libc::atexit(f) };
}

/// The shim's ELF constructor: it runs when the library is loaded (preloaded or linked: before the application's
/// `main`), so the exit hook it registers is the first `atexit` handler and runs after every handler the
/// application registers (the order LeakSanitizer relies on for its `exitcode`). Not in the unit-test binary,
/// which has no exit hook.
#[cfg(all(target_os = "linux", not(test)))]
#[used]
#[link_section = ".init_array"]
static AT_LOAD: extern "C" fn() = at_load;

#[cfg(all(target_os = "linux", not(test)))]
extern "C" fn at_load() {
    crate::exit::register_exit_hook();
}

/// Flushes C stdio and ends the process with `code` now, without running further exit handlers (what
/// LeakSanitizer's `exitcode` does). Called from the exit hook, which runs after the application's handlers.
pub fn exit_now(code: i32) -> ! {
    // SAFETY: flushing every C stdio stream (NULL means all), then `_exit`, which never returns.
    unsafe {
        libc::fflush(std::ptr::null_mut());
        libc::_exit(code)
    }
}

/// Blocks SIGPIPE on the calling thread (a shim writer thread): a write to a FIFO or pipe whose reader is gone
/// then fails with `EPIPE` instead of killing the application.
pub fn ignore_sigpipe_on_this_thread() {
    // SAFETY: the signal set lives on this stack and is initialised by sigemptyset before use; pthread_sigmask
    // changes the calling thread's mask only.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGPIPE);
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
    }
}

/// The pid of the process that read the settings (0 until [`install_fork_handlers`]).
static OWNER_PID: AtomicU32 = AtomicU32::new(0);
/// Set in a forked child until its first intercepted call restarts the trace file and report snapshots.
static RESUME: AtomicBool = AtomicBool::new(false);

/// Registers the fork handlers, once, and notes this process as the one whose paths are the settings' own.
pub fn install_fork_handlers() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        OWNER_PID.store(std::process::id(), Ordering::Relaxed);
        // SAFETY: three `extern "C" fn()` handlers that never unwind (each catches panics).
        let rc = unsafe { libc::pthread_atfork(Some(prepare), Some(parent), Some(child)) };
        if rc != 0 {
            log::warn!(target: "aclvenc_shim", "pthread_atfork failed ({rc}): a forked child may hang in the shim");
        }
    });
}

/// A shim lock the fork handlers hold across `fork` (every one is a `parking_lot::Mutex`).
pub trait ForkLock: Sync {
    /// Waits for the lock and returns its guard.
    fn hold(&'static self) -> Box<dyn Any>;
    /// In a forked child, after this thread dropped its guard: releases the lock for good. A thread that waited
    /// for it in the parent is still queued for it here, though it does not exist in the child, and a fair
    /// unlock hands the lock to that thread, which leaves it locked forever.
    fn release_in_child(&self);
}

impl<T: Send + 'static> ForkLock for parking_lot::Mutex<T> {
    fn hold(&'static self) -> Box<dyn Any> {
        Box::new(self.lock())
    }

    fn release_in_child(&self) {
        while self.is_locked() {
            // SAFETY: called in a forked child, where this thread is the only one and holds no guard of this lock
            // (it dropped its own); so the lock can only be held by a queued parent thread it was handed to,
            // which does not exist here. Each unlock hands it to the next such thread or frees it.
            unsafe { self.force_unlock() };
        }
    }
}

/// The shim's locks taken by [`prepare`], released (in reverse order) when dropped.
#[derive(Default)]
pub struct Held {
    guards: Vec<Box<dyn Any>>,
    locks: Vec<&'static dyn ForkLock>,
    stderr: Option<std::io::StderrLock<'static>>,
}

impl Held {
    fn take(&mut self, lock: &'static dyn ForkLock) {
        self.guards.push(lock.hold());
        self.locks.push(lock);
    }

    /// In a forked child: unlocks everything, taking back any lock handed to a thread left in the parent.
    fn release_in_child(mut self) {
        self.release();
        for lock in std::mem::take(&mut self.locks) {
            lock.release_in_child();
        }
    }

    fn release(&mut self) {
        self.stderr = None;
        while let Some(guard) = self.guards.pop() {
            drop(guard);
        }
    }
}

impl Drop for Held {
    fn drop(&mut self) {
        self.release();
    }
}

thread_local! {
    /// The locks the forking thread holds between [`prepare`] and [`parent`] / [`child`] (the same thread).
    static HELD: RefCell<Option<Held>> = const { RefCell::new(None) };
}

/// Every shim lock, outermost first: the order the shim nests them (the report writer and the output writer
/// take the state, findings and backtrace locks inside theirs; calls take a state lock, then findings, then a
/// backtrace, then a queue; stderr is written last). Waits for a report or an output line being written.
fn lock_all() -> Held {
    let mut held = Held::default();
    held.take(crate::report::json::fork_lock());
    held.take(crate::output::writer_fork_lock());
    if let Some(shim) = crate::shim::Shim::try_get() {
        held.take(&shim.state.v1);
        held.take(&shim.state.v2.registry);
        for lock in shim.state.v2.chns.locks() {
            held.take(lock);
        }
        held.take(shim.state.v2.chns.others_lock());
        held.take(&shim.state.pipe);
    }
    held.take(crate::report::fork_lock());
    held.take(crate::site::fork_lock());
    held.take(crate::output::queue_fork_lock());
    held.take(crate::trace::fork_lock());
    held.stderr = Some(std::io::stderr().lock());
    held
}

extern "C" fn prepare() {
    let _ = std::panic::catch_unwind(|| {
        let held = lock_all();
        let _ = HELD.try_with(|h| *h.borrow_mut() = Some(held));
    });
}

extern "C" fn parent() {
    let _ = std::panic::catch_unwind(|| HELD.try_with(|h| h.borrow_mut().take()));
}

extern "C" fn child() {
    let _ = std::panic::catch_unwind(|| {
        // Only this thread exists now: release, then forget what belonged to the parent's threads.
        if let Ok(Some(held)) = HELD.try_with(|h| h.borrow_mut().take()) {
            held.release_in_child();
        }
        crate::output::forget_writer_in_child();
        crate::trace::forget_writer_in_child();
        crate::tap::forget_in_child();
        RESUME.store(true, Ordering::Release);
        crate::trace::must_enter();
    });
}

/// In a forked child, at its first intercepted call (made by [`crate::trace::enter`]): restarts the trace event
/// files and the report snapshots at the child's own paths. Elsewhere one atomic load.
pub fn resume_after_fork() {
    if !RESUME.load(Ordering::Relaxed) || !RESUME.swap(false, Ordering::AcqRel) {
        return;
    }
    let Some(shim) = crate::shim::Shim::try_get() else { return };
    let s = &shim.settings;
    for out in crate::trace::Out::ALL {
        if let Some(path) = out.path(s) {
            crate::trace::start_file(out, path_for_this_process(path, raw_setting(s, out.key())));
        }
    }
    if let Some(path) = &s.report_path {
        let path = path_for_this_process(path, raw_setting(s, Key::Report));
        crate::report::json::start_snapshots(path, s.report_interval_ms);
    }
}

/// The path setting `key` as written (before any `%p` expansion), if set.
pub fn raw_setting(settings: &crate::config::Settings, key: Key) -> Option<&Path> {
    let reading = settings.readings.iter().find(|r| r.setting.key == key)?;
    match reading.value.as_ref()? {
        Value::Path(p) => Some(p.as_path()),
        _ => None,
    }
}

/// Where this process writes the file of a path setting whose value is `path` (`raw` as written, before any
/// `%p` expansion): `path` itself in the process that read the settings; in a process forked from it, the raw
/// setting with each `%p` replaced by the child's pid, or, when it has no `%p`, `path` with `.<pid>` appended,
/// so a child never writes over its parent's file.
pub fn path_for_this_process(path: &Path, raw: Option<&Path>) -> PathBuf {
    let pid = std::process::id();
    let owner = OWNER_PID.load(Ordering::Relaxed);
    if owner == 0 || owner == pid {
        return path.to_path_buf();
    }
    child_path(path, raw, pid)
}

fn child_path(path: &Path, raw: Option<&Path>, pid: u32) -> PathBuf {
    match raw.and_then(Path::to_str) {
        Some(raw) if raw.contains("%p") => PathBuf::from(raw.replace("%p", &pid.to_string())),
        _ => {
            let mut p = path.as_os_str().to_owned();
            p.push(format!(".{pid}"));
            PathBuf::from(p)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_child_writes_beside_its_parent_never_over_it() {
        let p = Path::new("/tmp/r.json");
        assert_eq!(child_path(p, Some(p), 42), Path::new("/tmp/r.json.42"));
        assert_eq!(child_path(p, None, 42), Path::new("/tmp/r.json.42"));
        let raw = Path::new("/tmp/r.%p.json");
        assert_eq!(child_path(Path::new("/tmp/r.7.json"), Some(raw), 42), Path::new("/tmp/r.42.json"));
        assert_eq!(path_for_this_process(p, Some(raw)), p, "the process that read the settings keeps the path");
    }

    #[test]
    fn held_locks_are_released_in_reverse_order() {
        use std::sync::Mutex;
        static ORDER: Mutex<Vec<u8>> = Mutex::new(Vec::new());
        struct Mark(u8);
        impl Drop for Mark {
            fn drop(&mut self) {
                ORDER.lock().unwrap().push(self.0);
            }
        }
        let mut held = Held::default();
        (1..=3).for_each(|i| held.guards.push(Box::new(Mark(i))));
        drop(held);
        assert_eq!(*ORDER.lock().unwrap(), [3, 2, 1]);
    }
}
