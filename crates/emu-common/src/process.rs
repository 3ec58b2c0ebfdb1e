//! The libc calls about the process the emulated libraries make that have no safe std equivalent: the calling
//! thread's id, the kernel objects behind the DVPP event API (`eventfd`, `epoll`), and copies of application memory
//! that fail instead of crashing when the memory is not mapped ([`copy_from_self`], [`copy_within_self`]).

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

/// Why a checked copy ([`copy_from_self`], [`copy_within_self`]) was refused: a range is not mapped with the access
/// the copy needs (freed and given back to the system, read-only, a wild pointer).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotMapped;

/// Copy `len` bytes at `addr` of this process's memory into a new vector, checked as [`copy_within_self`]: memory
/// that is not mapped readable (a pointer into a block the application already freed and the allocator gave back
/// to the system, a wild pointer) is [`NotMapped`] instead of a crash, and so is a `len` larger than this process
/// can allocate.
pub fn copy_from_self(addr: usize, len: usize) -> Result<Vec<u8>, NotMapped> {
    let mut out = Vec::new();
    out.try_reserve_exact(len).map_err(|_| NotMapped)?;
    out.resize(len, 0);
    copy_within_self(out.as_mut_ptr() as usize, addr, len)?;
    Ok(out)
}

/// Copy `len` bytes of this process's memory from `src` to `dst` (as `memmove`, overlapping ranges included),
/// checked: when either range is not mapped with the access it needs (`src` readable, `dst` writable), [`NotMapped`]
/// instead of a crash. The kernel copies with `process_vm_readv` on this process, so the bytes before a fault may
/// have been written. When the kernel cannot copy (a device mapping such as a V4L2 capture buffer, a kernel that
/// does not allow the call under seccomp or qemu-user, overlapping ranges), the copy goes through the pointers once
/// `/proc/self/maps` shows both ranges mapped (or cannot be read, as the vendor's plain copy would). Nothing is
/// allocated.
pub fn copy_within_self(dst: usize, src: usize, len: usize) -> Result<(), NotMapped> {
    let overlap = src < dst.saturating_add(len) && dst < src.saturating_add(len);
    if !overlap && kernel_copy(dst, src, len) {
        return Ok(());
    }
    if mapped(src, len, Access::Read) == Some(false) || mapped(dst, len, Access::Write) == Some(false) {
        return Err(NotMapped);
    }
    // SAFETY: `/proc/self/maps` showed `src..src + len` mapped readable and `dst..dst + len` writable (or could not
    // be read, and then this is the vendor's plain copy); `copy` allows the ranges to overlap.
    unsafe { std::ptr::copy(src as *const u8, dst as *mut u8, len) };
    Ok(())
}

/// Copies `len` bytes from `src` to `dst` (ranges that do not overlap) with `process_vm_readv` on this process,
/// retrying after EINTR and after a partial copy: `false` when the kernel refused (EFAULT: a range it cannot
/// access; ENOSYS or EPERM: the call is not allowed here), maybe after copying some of the bytes.
fn kernel_copy(dst: usize, src: usize, len: usize) -> bool {
    let mut done = 0usize;
    while done < len {
        let local = libc::iovec { iov_base: dst.wrapping_add(done) as *mut libc::c_void, iov_len: len - done };
        let remote = libc::iovec { iov_base: src.wrapping_add(done) as *mut libc::c_void, iov_len: len - done };
        // SAFETY: no Rust reference to either range exists; the kernel checks both (the destination as the local
        // iovec it writes, the source as the remote one it reads) and reports memory it cannot access as EFAULT.
        let n = unsafe { libc::process_vm_readv(libc::getpid(), &local, 1, &remote, 1, 0) };
        if n > 0 {
            done += n as usize;
        } else if n == 0 || io::Error::last_os_error().raw_os_error() != Some(libc::EINTR) {
            return false;
        }
    }
    true
}

/// What a range must allow.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Access {
    Read,
    Write,
}

/// Whether `[addr, addr + len)` lies in mappings of this process that allow `access`, by `/proc/self/maps`:
/// `None` when the file cannot be read (or `len` is 0).
fn mapped(addr: usize, len: usize, access: Access) -> Option<bool> {
    if len == 0 {
        return None;
    }
    let end = addr.checked_add(len)?;
    let maps = std::fs::read_to_string("/proc/self/maps").ok()?;
    let mut covered = addr;
    // The file lists the mappings in address order.
    for line in maps.lines() {
        let mut fields = line.split_whitespace();
        let (Some(range), Some(perms)) = (fields.next(), fields.next()) else { continue };
        let Some((lo, hi)) = range.split_once('-') else { continue };
        let (Ok(lo), Ok(hi)) = (usize::from_str_radix(lo, 16), usize::from_str_radix(hi, 16)) else { continue };
        if hi <= covered {
            continue;
        }
        let allows = match access {
            Access::Read => perms.starts_with('r'),
            Access::Write => perms.as_bytes().get(1) == Some(&b'w'),
        };
        if lo > covered || !allows {
            return Some(false);
        }
        covered = hi;
        if covered >= end {
            return Some(true);
        }
    }
    Some(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copy_from_self_reads_mapped_memory_and_refuses_unmapped_memory() {
        let data: Vec<u8> = (0..=255).collect();
        assert_eq!(copy_from_self(data.as_ptr() as usize + 10, 200).unwrap(), data[10..210].to_vec());
        assert_eq!(copy_from_self(data.as_ptr() as usize, 0).unwrap(), Vec::<u8>::new());
        assert!(matches!(copy_from_self(data.as_ptr() as usize + 200, 100), Err(NotMapped) | Ok(_)));
        // The first page is never mapped in a Linux process.
        assert!(matches!(copy_from_self(16, 64), Err(NotMapped)));
        // A page the process may not read (as a freed block's pages are once the allocator returned them).
        // SAFETY: a fresh anonymous private mapping of one inaccessible page, owned by this test only.
        let guard = unsafe {
            libc::mmap(std::ptr::null_mut(), 4096, libc::PROT_NONE, libc::MAP_PRIVATE | libc::MAP_ANONYMOUS, -1, 0)
        };
        assert_ne!(guard, libc::MAP_FAILED);
        let gone = guard as usize;
        assert!(matches!(copy_from_self(gone, 8), Err(NotMapped)));
        // SAFETY: the mapping made above, unmapped once.
        assert_eq!(unsafe { libc::munmap(guard, 4096) }, 0);
    }

    #[test]
    fn copy_within_self_copies_mapped_memory_and_refuses_what_it_cannot_access() {
        let mut buf: Vec<u8> = (0..64).collect();
        let at = buf.as_mut_ptr() as usize;
        copy_within_self(at + 40, at, 8).unwrap();
        assert_eq!(&buf[40..48], &[0, 1, 2, 3, 4, 5, 6, 7]);
        copy_within_self(at + 2, at, 8).unwrap(); // overlapping, as memmove
        assert_eq!(&buf[..10], &[0, 1, 0, 1, 2, 3, 4, 5, 6, 7]);
        assert!(matches!(copy_within_self(at, 16, 1), Err(NotMapped)));
        assert!(matches!(copy_within_self(16, at, 1), Err(NotMapped)));
        assert!(matches!(copy_within_self(at, at + 8, usize::MAX / 2), Err(NotMapped)), "a wild length");
        // SAFETY: a fresh anonymous private mapping of one read-only page, owned by this test only.
        let page = unsafe {
            libc::mmap(std::ptr::null_mut(), 4096, libc::PROT_READ, libc::MAP_PRIVATE | libc::MAP_ANONYMOUS, -1, 0)
        };
        assert_ne!(page, libc::MAP_FAILED);
        assert!(matches!(copy_within_self(page as usize, at, 8), Err(NotMapped)), "a read-only page");
        copy_within_self(at, page as usize, 8).unwrap();
        assert_eq!(&buf[..8], &[0; 8], "read from the read-only page");
        // SAFETY: the mapping made above, readable, unmapped once.
        unsafe {
            assert_eq!(*page.cast::<u8>(), 0, "nothing was written");
            assert_eq!(libc::munmap(page, 4096), 0);
        }
    }

    #[test]
    fn the_maps_tell_mapped_ranges_and_their_access() {
        let buf = vec![7u8; 8192];
        let at = buf.as_ptr() as usize;
        assert_eq!(mapped(at, 8192, Access::Read), Some(true));
        assert_eq!(mapped(at, 8192, Access::Write), Some(true));
        assert_eq!(mapped(16, 8, Access::Read), Some(false));
        assert_eq!(mapped(at, usize::MAX - at, Access::Read), Some(false));
        let code = mapped as *const () as usize; // this library's text: readable, not writable
        assert_eq!((mapped(code, 16, Access::Read), mapped(code, 16, Access::Write)), (Some(true), Some(false)));
    }
}
