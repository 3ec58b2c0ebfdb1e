//! Kernel objects behind the DVPP event API: one `eventfd` per channel (what `hi_mpi_venc_get_fd` returns) and one
//! `epoll` instance per `hi_mpi_sys_create_epoll`.
//!
//! A channel's eventfd is kept level-triggered: readable exactly while `hi_mpi_venc_query_status` would report a
//! stream to fetch (D-MPI-EPOLL). Because these are real descriptors, an application may also `poll`/`epoll` them
//! directly. Only descriptors created here are accepted by the `hi_mpi_sys_*_epoll` calls.

use std::collections::HashSet;
use std::io;

use parking_lot::Mutex;

/// Channel eventfds currently open (accepted by `hi_mpi_sys_ctl_epoll`).
static CHANNEL_FDS: Mutex<Option<HashSet<i32>>> = Mutex::new(None);
/// Epoll instances currently open.
static EPOLL_FDS: Mutex<Option<HashSet<i32>>> = Mutex::new(None);

fn set_insert(set: &Mutex<Option<HashSet<i32>>>, fd: i32) {
    set.lock().get_or_insert_with(HashSet::new).insert(fd);
}
fn set_remove(set: &Mutex<Option<HashSet<i32>>>, fd: i32) -> bool {
    set.lock().as_mut().is_some_and(|s| s.remove(&fd))
}
fn set_contains(set: &Mutex<Option<HashSet<i32>>>, fd: i32) -> bool {
    set.lock().as_ref().is_some_and(|s| s.contains(&fd))
}

/// A channel's readiness descriptor (non-blocking, close-on-exec eventfd), closed on drop.
#[derive(Debug)]
pub struct EventFd {
    fd: i32,
    signalled: bool,
}

impl EventFd {
    /// Create a new, not-ready eventfd.
    pub fn new() -> io::Result<EventFd> {
        // SAFETY: plain syscall wrapper with constant flags; no pointers involved.
        let fd = unsafe { libc::eventfd(0, libc::EFD_NONBLOCK | libc::EFD_CLOEXEC) };
        if fd < 0 {
            return Err(io::Error::last_os_error());
        }
        set_insert(&CHANNEL_FDS, fd);
        Ok(EventFd { fd, signalled: false })
    }

    /// The descriptor number handed to C.
    pub fn raw(&self) -> i32 {
        self.fd
    }

    /// Make the descriptor readable (`true`) or not (`false`); a no-op when already in that state.
    pub fn set_ready(&mut self, ready: bool) {
        if ready == self.signalled {
            return;
        }
        if ready {
            let one: u64 = 1;
            // SAFETY: `self.fd` is our open eventfd and `one` is a live 8-byte buffer, as eventfd writes require.
            let n = unsafe { libc::write(self.fd, (&one as *const u64).cast(), 8) };
            self.signalled = n == 8;
        } else {
            let mut v: u64 = 0;
            // SAFETY: `self.fd` is our open eventfd and `v` is a live, writable 8-byte buffer.
            let _ = unsafe { libc::read(self.fd, (&mut v as *mut u64).cast(), 8) };
            self.signalled = false;
        }
    }
}

impl Drop for EventFd {
    fn drop(&mut self) {
        set_remove(&CHANNEL_FDS, self.fd);
        // SAFETY: we own this descriptor and close it exactly once (the registry entry is already gone).
        unsafe { libc::close(self.fd) };
    }
}

/// `true` when `fd` is an open channel descriptor made by [`EventFd::new`].
pub fn is_channel_fd(fd: i32) -> bool {
    set_contains(&CHANNEL_FDS, fd)
}

/// `true` when `fd` is an epoll instance made by [`epoll_create`] and not yet closed.
pub fn is_epoll_fd(fd: i32) -> bool {
    set_contains(&EPOLL_FDS, fd)
}

/// Create an epoll instance (close-on-exec).
pub fn epoll_create() -> io::Result<i32> {
    // SAFETY: plain syscall wrapper with a constant flag.
    let fd = unsafe { libc::epoll_create1(libc::EPOLL_CLOEXEC) };
    if fd < 0 {
        return Err(io::Error::last_os_error());
    }
    set_insert(&EPOLL_FDS, fd);
    Ok(fd)
}

/// Close an epoll instance made by [`epoll_create`]; `false` when `epfd` is not one.
pub fn epoll_close(epfd: i32) -> bool {
    if !set_remove(&EPOLL_FDS, epfd) {
        return false;
    }
    // SAFETY: `epfd` was created by `epoll_create` and has just left the registry, so it is closed once.
    unsafe { libc::close(epfd) };
    true
}

/// Kernel epoll event bits for the DVPP ones: IN = 1, OUT = 2, ET = 1 << 31 (abi-facts §4.2).
pub fn to_kernel_events(dvpp: u32) -> u32 {
    let mut k = 0u32;
    if dvpp & 1 != 0 {
        k |= libc::EPOLLIN as u32;
    }
    if dvpp & 2 != 0 {
        k |= libc::EPOLLOUT as u32;
    }
    if dvpp & (1 << 31) != 0 {
        k |= libc::EPOLLET as u32;
    }
    k
}

/// DVPP event bits for kernel ones (the inverse of [`to_kernel_events`]; errors and hang-ups read as IN).
pub fn from_kernel_events(k: u32) -> u32 {
    let mut d = 0u32;
    if k & (libc::EPOLLIN | libc::EPOLLERR | libc::EPOLLHUP) as u32 != 0 {
        d |= 1;
    }
    if k & libc::EPOLLOUT as u32 != 0 {
        d |= 2;
    }
    d
}

/// `epoll_ctl` with DVPP event bits; `op` is 1 (ADD), 2 (MOD) or 3 (DEL); `data` is echoed back by [`epoll_wait`].
pub fn epoll_ctl(epfd: i32, op: i32, fd: i32, dvpp_events: u32, data: u64) -> io::Result<()> {
    let kop = match op {
        1 => libc::EPOLL_CTL_ADD,
        2 => libc::EPOLL_CTL_MOD,
        3 => libc::EPOLL_CTL_DEL,
        _ => return Err(io::Error::from(io::ErrorKind::InvalidInput)),
    };
    let mut ev = libc::epoll_event { events: to_kernel_events(dvpp_events), u64: data };
    // SAFETY: `ev` is a live epoll_event; the kernel validates both descriptors and only reads `ev`.
    let r = unsafe { libc::epoll_ctl(epfd, kop, fd, &mut ev) };
    if r < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(())
    }
}

/// Wait up to `timeout_ms` (-1 = forever, 0 = poll) for at most `max` events; returns (DVPP events, data) pairs.
/// Interrupted waits are resumed with the remaining time.
pub fn epoll_wait(epfd: i32, max: usize, timeout_ms: i32) -> io::Result<Vec<(u32, u64)>> {
    let max = max.clamp(1, 4096);
    let mut evs = vec![libc::epoll_event { events: 0, u64: 0 }; max];
    let deadline =
        (timeout_ms > 0).then(|| std::time::Instant::now() + std::time::Duration::from_millis(timeout_ms as u64));
    let mut timeout = timeout_ms;
    loop {
        // SAFETY: `evs` holds `max` writable epoll_event slots and we pass exactly that count.
        let n = unsafe { libc::epoll_wait(epfd, evs.as_mut_ptr(), max as i32, timeout) };
        if n >= 0 {
            return Ok(evs[..n as usize].iter().map(|e| (from_kernel_events(e.events), e.u64)).collect());
        }
        let err = io::Error::last_os_error();
        if err.kind() != io::ErrorKind::Interrupted {
            return Err(err);
        }
        if let Some(d) = deadline {
            let left = d.saturating_duration_since(std::time::Instant::now());
            timeout = left.as_millis().min(i32::MAX as u128) as i32;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eventfd_level_and_epoll_echo() {
        let mut e = EventFd::new().unwrap();
        let ep = epoll_create().unwrap();
        epoll_ctl(ep, 1, e.raw(), 1, 0xdead_beef).unwrap();
        assert!(epoll_wait(ep, 4, 0).unwrap().is_empty());
        e.set_ready(true);
        e.set_ready(true);
        assert_eq!(epoll_wait(ep, 4, 10).unwrap(), vec![(1, 0xdead_beef)]);
        assert_eq!(epoll_wait(ep, 4, 0).unwrap().len(), 1, "level-triggered");
        e.set_ready(false);
        let t = std::time::Instant::now();
        assert!(epoll_wait(ep, 4, 50).unwrap().is_empty());
        assert!(t.elapsed() >= std::time::Duration::from_millis(45));
        assert!(epoll_close(ep));
        assert!(!epoll_close(ep));
    }
}
