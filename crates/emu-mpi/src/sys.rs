//! `hi_mpi_sys_*`: the media system's reference-counted init/exit and the DVPP epoll calls.
//!
//! Rules: MPI-SYS-INIT-REQUIRED (the encoder answers `HI_ERR_VENC_SYS_NOT_READY` until init), MPI-SYS-INIT-REPEAT
//! (a repeated init succeeds; each init needs its exit), MPI-SYS-EXIT-ORDER (exit with live channels or epoll
//! instances is logged), MPI-EPOLL-SET, D-MPI-EPOLL.

use aclvenc_abi::{
    hi_dvpp_epoll_event, hi_s32, HI_ERR_SYS_ERR, HI_ERR_SYS_ILLEGAL_PARAM, HI_ERR_SYS_NULL_PTR, HI_SUCCESS,
};
use aclvenc_ptr::Out;
use parking_lot::Mutex;

use crate::fd;

/// Number of `hi_mpi_sys_init` calls not yet matched by `hi_mpi_sys_exit`.
static INIT_COUNT: Mutex<u32> = Mutex::new(0);

/// `true` between the first `hi_mpi_sys_init` and the matching last `hi_mpi_sys_exit`.
pub fn ready() -> bool {
    *INIT_COUNT.lock() > 0
}

/// `hi_mpi_sys_init`: initialise the media system (reference-counted; MPI-SYS-INIT-REPEAT).
pub fn hi_mpi_sys_init() -> hi_s32 {
    let mut n = INIT_COUNT.lock();
    *n = n.saturating_add(1);
    log::debug!("hi_mpi_sys_init: reference count {}", *n);
    HI_SUCCESS
}

/// `hi_mpi_sys_full_init`: treated exactly like `hi_mpi_sys_init`.
pub fn hi_mpi_sys_full_init() -> hi_s32 {
    hi_mpi_sys_init()
}

/// `hi_mpi_sys_exit`: drop one reference; the last one tears the system down. An exit without init succeeds.
pub fn hi_mpi_sys_exit() -> hi_s32 {
    let mut n = INIT_COUNT.lock();
    if *n == 0 {
        log::warn!("hi_mpi_sys_exit: called without a matching hi_mpi_sys_init (ignored)");
        return HI_SUCCESS;
    }
    *n -= 1;
    if *n == 0 {
        let live = crate::venc::live_channels();
        if !live.is_empty() {
            log::warn!(
                "hi_mpi_sys_exit: channels {live:?} still exist (MPI-SYS-EXIT-ORDER: destroy every channel first)"
            );
        }
    }
    HI_SUCCESS
}

/// `hi_mpi_sys_create_epoll`: create a DVPP epoll instance; `size` must be positive (otherwise ignored).
pub fn hi_mpi_sys_create_epoll(size: hi_s32, epoll_fd: Out<'_, hi_s32>) -> hi_s32 {
    if epoll_fd.is_null() {
        log::error!("hi_mpi_sys_create_epoll: epoll_fd is NULL");
        return HI_ERR_SYS_NULL_PTR;
    }
    if size <= 0 {
        log::error!("hi_mpi_sys_create_epoll: size {size} must be positive");
        return HI_ERR_SYS_ILLEGAL_PARAM;
    }
    match fd::epoll_create() {
        Ok(efd) => {
            epoll_fd.write(efd);
            HI_SUCCESS
        }
        Err(e) => {
            log::error!("hi_mpi_sys_create_epoll: {e}");
            HI_ERR_SYS_ERR
        }
    }
}

/// `hi_mpi_sys_ctl_epoll`: add (1), modify (2) or delete (3) a channel fd; `event->data` is echoed by wait.
pub fn hi_mpi_sys_ctl_epoll(
    epoll_fd: hi_s32,
    operation: hi_s32,
    fd: hi_s32,
    event: Out<'_, hi_dvpp_epoll_event>,
) -> hi_s32 {
    if !fd::is_epoll_fd(epoll_fd) {
        log::error!("hi_mpi_sys_ctl_epoll: {epoll_fd} is not an epoll instance from hi_mpi_sys_create_epoll");
        return HI_ERR_SYS_ILLEGAL_PARAM;
    }
    if !(1..=3).contains(&operation) {
        log::error!("hi_mpi_sys_ctl_epoll: operation {operation} is not ADD (1), MOD (2) or DEL (3)");
        return HI_ERR_SYS_ILLEGAL_PARAM;
    }
    if !fd::is_channel_fd(fd) {
        log::error!("hi_mpi_sys_ctl_epoll: {fd} is not a channel fd from hi_mpi_venc_get_fd");
        return HI_ERR_SYS_ILLEGAL_PARAM;
    }
    let ev = event.read();
    let (events, data) = match ev {
        Some(e) => (e.events, e.data as u64),
        None if operation == 3 => (0, 0),
        None => {
            log::error!("hi_mpi_sys_ctl_epoll: event is NULL");
            return HI_ERR_SYS_NULL_PTR;
        }
    };
    match fd::epoll_ctl(epoll_fd, operation, fd, events, data) {
        Ok(()) => HI_SUCCESS,
        Err(e) => {
            log::error!("hi_mpi_sys_ctl_epoll(epoll {epoll_fd}, op {operation}, fd {fd}): {e}");
            HI_ERR_SYS_ILLEGAL_PARAM
        }
    }
}

/// `hi_mpi_sys_wait_epoll`: wait up to `timeout` ms (-1 forever, 0 poll) and report ready channel fds with the
/// caller's `data` unchanged. A timeout is a success with `*event_num == 0`.
pub fn hi_mpi_sys_wait_epoll(
    epoll_fd: hi_s32,
    events: Out<'_, hi_dvpp_epoll_event>,
    max_events: hi_s32,
    timeout: hi_s32,
    event_num: Out<'_, hi_s32>,
) -> hi_s32 {
    if events.is_null() || event_num.is_null() {
        log::error!("hi_mpi_sys_wait_epoll: events or event_num is NULL");
        return HI_ERR_SYS_NULL_PTR;
    }
    if max_events <= 0 || timeout < -1 {
        log::error!("hi_mpi_sys_wait_epoll: max_events {max_events} must be > 0 and timeout {timeout} >= -1");
        return HI_ERR_SYS_ILLEGAL_PARAM;
    }
    if !fd::is_epoll_fd(epoll_fd) {
        log::error!("hi_mpi_sys_wait_epoll: {epoll_fd} is not an epoll instance from hi_mpi_sys_create_epoll");
        return HI_ERR_SYS_ILLEGAL_PARAM;
    }
    match fd::epoll_wait(epoll_fd, max_events as usize, timeout) {
        Ok(ready) => {
            let out: Vec<hi_dvpp_epoll_event> = ready
                .iter()
                .map(|&(ev, data)| hi_dvpp_epoll_event { events: ev, data: data as usize as *mut _ })
                .collect();
            // `out.len() <= max_events`: epoll_wait never returns more than asked.
            events.write_all(&out);
            event_num.write(out.len() as hi_s32);
            HI_SUCCESS
        }
        Err(e) => {
            log::error!("hi_mpi_sys_wait_epoll({epoll_fd}): {e}");
            HI_ERR_SYS_ERR
        }
    }
}

/// `hi_mpi_sys_close_epoll`: close an epoll instance.
pub fn hi_mpi_sys_close_epoll(epoll_fd: hi_s32) -> hi_s32 {
    if fd::epoll_close(epoll_fd) {
        HI_SUCCESS
    } else {
        log::error!("hi_mpi_sys_close_epoll: {epoll_fd} is not an open epoll instance from hi_mpi_sys_create_epoll");
        HI_ERR_SYS_ILLEGAL_PARAM
    }
}
