//! The libc process calls the shim makes, in one place: the calling thread's id, the exit hook, ending the
//! process with a status.

/// The calling thread's `pthread_t`, as apps pass it to `aclvencSetChannelDescThreadId` (`(uint64_t)pthread_self()`).
pub fn current_thread_id() -> u64 {
    // SAFETY: pthread_self has no preconditions and cannot fail.
    unsafe { libc::pthread_self() as u64 }
}

/// Runs `f` at process exit (before library destructors), as `atexit` does.
pub fn at_process_exit(f: extern "C" fn()) {
    // SAFETY: registering a plain `extern "C" fn()`; the caller's function never unwinds (it catches panics).
    unsafe { libc::atexit(f) };
}

/// Flushes C stdio and ends the process with `code` now, without running further exit handlers (what
/// LeakSanitizer's `exitcode` does).
pub fn exit_now(code: i32) -> ! {
    // SAFETY: flushing every C stdio stream (NULL means all), then `_exit`, which never returns.
    unsafe {
        libc::fflush(std::ptr::null_mut());
        libc::_exit(code)
    }
}
