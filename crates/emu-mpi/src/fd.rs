//! Kernel objects behind the DVPP event API: one `eventfd` per channel (what `hi_mpi_venc_get_fd` returns) and one
//! `epoll` instance per `hi_mpi_sys_create_epoll` (made with `aclvenc_emu_common::process`).
//!
//! A channel's eventfd is kept level-triggered: readable exactly while `hi_mpi_venc_query_status` would report a
//! stream to fetch (D-MPI-EPOLL). Because these are real descriptors, an application may also `poll`/`epoll` them
//! directly. Only descriptors created here are accepted by the `hi_mpi_sys_*_epoll` calls.

use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::io::{self, Read, Write};
use std::os::fd::{AsFd, AsRawFd, OwnedFd};
use std::sync::Arc;

use aclvenc_emu_common::process;
use parking_lot::Mutex;

/// Channel eventfds currently open (accepted by `hi_mpi_sys_ctl_epoll`).
static CHANNEL_FDS: Mutex<Option<HashSet<i32>>> = Mutex::new(None);
/// Epoll instances currently open, by descriptor number (an `Arc`, so a wait keeps its instance open while a
/// concurrent close forgets it).
static EPOLL_FDS: Mutex<Option<HashMap<i32, Arc<OwnedFd>>>> = Mutex::new(None);

/// A channel's readiness descriptor (non-blocking, close-on-exec eventfd), closed on drop.
#[derive(Debug)]
pub struct EventFd {
    file: File,
    signalled: bool,
}

impl EventFd {
    /// Create a new, not-ready eventfd.
    pub fn new() -> io::Result<EventFd> {
        let file = File::from(process::eventfd()?);
        CHANNEL_FDS.lock().get_or_insert_with(HashSet::new).insert(file.as_raw_fd());
        Ok(EventFd { file, signalled: false })
    }

    /// The descriptor number handed to C.
    pub fn raw(&self) -> i32 {
        self.file.as_raw_fd()
    }

    /// Make the descriptor readable (`true`) or not (`false`); a no-op when already in that state.
    pub fn set_ready(&mut self, ready: bool) {
        if ready == self.signalled {
            return;
        }
        if ready {
            self.signalled = self.file.write(&1u64.to_ne_bytes()).is_ok_and(|n| n == 8);
        } else {
            let mut count = [0u8; 8];
            // Non-blocking: nothing to read (already not ready) is fine.
            let _ = self.file.read(&mut count);
            self.signalled = false;
        }
    }
}

impl Drop for EventFd {
    fn drop(&mut self) {
        // Forget the number before the descriptor is closed (when `file` drops), so it is never accepted stale.
        if let Some(s) = CHANNEL_FDS.lock().as_mut() {
            s.remove(&self.file.as_raw_fd());
        }
    }
}

/// `true` when `fd` is an open channel descriptor made by [`EventFd::new`].
pub fn is_channel_fd(fd: i32) -> bool {
    CHANNEL_FDS.lock().as_ref().is_some_and(|s| s.contains(&fd))
}

fn epoll(epfd: i32) -> Option<Arc<OwnedFd>> {
    EPOLL_FDS.lock().as_ref()?.get(&epfd).cloned()
}

/// `true` when `fd` is an epoll instance made by [`epoll_create`] and not yet closed.
pub fn is_epoll_fd(fd: i32) -> bool {
    epoll(fd).is_some()
}

/// Create an epoll instance (close-on-exec); its descriptor number.
pub fn epoll_create() -> io::Result<i32> {
    let fd = process::epoll_create()?;
    let n = fd.as_raw_fd();
    EPOLL_FDS.lock().get_or_insert_with(HashMap::new).insert(n, Arc::new(fd));
    Ok(n)
}

/// Close an epoll instance made by [`epoll_create`]; `false` when `epfd` is not one.
pub fn epoll_close(epfd: i32) -> bool {
    EPOLL_FDS.lock().as_mut().and_then(|m| m.remove(&epfd)).is_some()
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

fn not_epoll() -> io::Error {
    io::Error::from(io::ErrorKind::InvalidInput)
}

/// `epoll_ctl` with DVPP event bits; `op` is 1 (ADD), 2 (MOD) or 3 (DEL); `data` is echoed back by [`epoll_wait`].
pub fn epoll_ctl(epfd: i32, op: i32, fd: i32, dvpp_events: u32, data: u64) -> io::Result<()> {
    let kop = match op {
        1 => libc::EPOLL_CTL_ADD,
        2 => libc::EPOLL_CTL_MOD,
        3 => libc::EPOLL_CTL_DEL,
        _ => return Err(io::Error::from(io::ErrorKind::InvalidInput)),
    };
    let ep = epoll(epfd).ok_or_else(not_epoll)?;
    process::epoll_ctl(ep.as_fd(), kop, fd, to_kernel_events(dvpp_events), data)
}

/// Wait up to `timeout_ms` (-1 = forever, 0 = poll) for at most `max` events; returns (DVPP events, data) pairs.
/// Interrupted waits are resumed with the remaining time.
pub fn epoll_wait(epfd: i32, max: usize, timeout_ms: i32) -> io::Result<Vec<(u32, u64)>> {
    let ep = epoll(epfd).ok_or_else(not_epoll)?;
    let max = max.clamp(1, 4096);
    let deadline =
        (timeout_ms > 0).then(|| std::time::Instant::now() + std::time::Duration::from_millis(timeout_ms as u64));
    let mut timeout = timeout_ms;
    loop {
        match process::epoll_wait(ep.as_fd(), max, timeout) {
            Ok(ready) => return Ok(ready.into_iter().map(|(e, data)| (from_kernel_events(e), data)).collect()),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
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
        assert!(is_channel_fd(e.raw()) && is_epoll_fd(ep));
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
        let raw = e.raw();
        drop(e);
        assert!(!is_channel_fd(raw), "a closed channel fd is forgotten");
    }
}
