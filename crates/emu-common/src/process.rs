//! The libc calls about the process the emulated libraries make that have no safe std equivalent.

/// The calling thread's id as the vendor API spells thread ids (`pthread_self()`, e.g. for
/// `aclvencSetChannelDescThreadId` and `aclrtSubscribeReport`).
pub fn this_thread() -> u64 {
    // SAFETY: pthread_self has no preconditions and cannot fail.
    unsafe { libc::pthread_self() as u64 }
}
