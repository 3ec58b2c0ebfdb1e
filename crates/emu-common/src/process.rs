//! The libc calls about the process the emulated libraries make that have no safe std equivalent: the calling
//! thread's id and the kernel objects behind the DVPP event API (`eventfd`, `epoll`).

use std::io;
use std::os::fd::{AsRawFd, BorrowedFd, FromRawFd, OwnedFd, RawFd};

/// The calling thread's id as the vendor API spells thread ids (`pthread_self()`, e.g. for
/// `aclvencSetChannelDescThreadId` and `aclrtSubscribeReport`).
pub fn this_thread() -> u64 {
    // SAFETY: pthread_self has no preconditions and cannot fail.
    unsafe { libc::pthread_self() as u64 }
}

fn owned(fd: RawFd) -> io::Result<OwnedFd> {
    if fd < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: `fd` was just returned by the kernel as a new descriptor of this process, owned by nobody else.
    Ok(unsafe { OwnedFd::from_raw_fd(fd) })
}

/// A new non-blocking, close-on-exec `eventfd` with count 0 (read and write it as a `File`: 8-byte counts).
pub fn eventfd() -> io::Result<OwnedFd> {
    // SAFETY: plain syscall with constant flags; no pointers.
    owned(unsafe { libc::eventfd(0, libc::EFD_NONBLOCK | libc::EFD_CLOEXEC) })
}

/// A new close-on-exec `epoll` instance.
pub fn epoll_create() -> io::Result<OwnedFd> {
    // SAFETY: plain syscall with a constant flag; no pointers.
    owned(unsafe { libc::epoll_create1(libc::EPOLL_CLOEXEC) })
}

/// `epoll_ctl(epoll, op, fd, {events, data})` with kernel event bits; `op` is `libc::EPOLL_CTL_ADD`, `_MOD` or
/// `_DEL`. The kernel checks `fd`.
pub fn epoll_ctl(epoll: BorrowedFd<'_>, op: i32, fd: RawFd, events: u32, data: u64) -> io::Result<()> {
    let mut ev = libc::epoll_event { events, u64: data };
    // SAFETY: `ev` is a live epoll_event the kernel only reads; `epoll` is an open descriptor.
    if unsafe { libc::epoll_ctl(epoll.as_raw_fd(), op, fd, &mut ev) } < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(())
    }
}

/// One `epoll_wait` for at most `max` (>= 1) events, `timeout_ms` as the kernel takes it (-1 forever, 0 poll);
/// the ready (kernel event bits, data) pairs. An interrupted wait is `ErrorKind::Interrupted`.
pub fn epoll_wait(epoll: BorrowedFd<'_>, max: usize, timeout_ms: i32) -> io::Result<Vec<(u32, u64)>> {
    let max = max.clamp(1, i32::MAX as usize);
    let mut evs = vec![libc::epoll_event { events: 0, u64: 0 }; max];
    // SAFETY: `evs` holds `max` writable epoll_event slots and exactly that count is passed.
    let n = unsafe { libc::epoll_wait(epoll.as_raw_fd(), evs.as_mut_ptr(), max as i32, timeout_ms) };
    if n < 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(evs[..n as usize].iter().map(|e| (e.events, e.u64)).collect())
}
