//! Checks for the `hi_mpi_sys_*` functions (the MPI system and its epoll) and the `hi_mpi_dvpp_*` memory
//! functions, `libacl_dvpp_mpi.so` (validation-rules.md B).

use super::dvpp::{free_hooks, record_alloc};
use crate::calls::mpi_dvpp::args::*;
use crate::calls::sys::args::*;
use crate::chassis::{Cx, Hooks};
use crate::site::Origin;
use crate::state::pipe::Allocator;
use aclvenc_abi::*;
use aclvenc_interface::rules::Rule;

/// MPI-SYS-INIT-REQUIRED: `hi_mpi_sys_init` must come first in every process that uses the MPI (when the driver
/// has an MPI system at all).
#[inline]
pub(crate) fn sys_ready(cx: &mut Cx<'_>) {
    if cx.shim.driver.tables.sys.hi_mpi_sys_init.is_none() || cx.shim.state.sys_everywhere.get() {
        return; // No MPI system to initialise, or it is ready for every thread: no lock needed.
    }
    sys_ready_here(cx);
}

/// [`sys_ready`] while the MPI system is not ready for every thread: whether it is for this one, under the pipe
/// lock.
#[cold]
#[inline(never)]
fn sys_ready_here(cx: &mut Cx<'_>) {
    let thread = cx.thread();
    if !cx.pipe().sys_ready(thread) {
        let func = cx.func;
        cx.report(Rule::MpiSysInitRequired, || {
            format!("{func} before hi_mpi_sys_init: the MPI system is not initialised in this process, so the call fails with SYS_NOT_READY. Call hi_mpi_sys_init after aclrtSetDevice, before any hi_mpi_venc or hi_mpi_dvpp call")
        });
    }
}

impl Hooks for hi_mpi_sys_init {
    fn check(&self, cx: &mut Cx<'_>) {
        let thread = cx.thread();
        let (init, device) = {
            let pipe = cx.pipe();
            (pipe.acl_init, pipe.device_of(thread))
        };
        if !init || device.is_none() {
            cx.report(Rule::MpiSysInitOrder, || {
                let missing = if init { "aclrtSetDevice" } else { "aclInit and aclrtSetDevice" };
                format!("hi_mpi_sys_init before {missing}: the MPI system needs the acl runtime and a device first. Call aclInit, aclrtSetDevice (and create a context), then hi_mpi_sys_init")
            });
        }
    }
    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret == HI_SUCCESS {
            cx.pipe().sys_initialised(cx.thread(), Origin::capture(cx.func));
        }
    }
}

impl Hooks for hi_mpi_sys_exit {
    fn check(&self, cx: &mut Cx<'_>) {
        // The exit ends the MPI system of the thread's device (of every device for a thread that set none): only
        // that device's channels and epoll instances must be gone.
        let device = cx.pipe().device_of(cx.thread());
        let exits = |d: i32| device.is_none_or(|e| e == d);
        let mut chns: Vec<i32> = Vec::new();
        cx.v2().chns.for_each(|id, c| {
            if exits(c.device) {
                chns.push(id);
            }
        });
        chns.sort_unstable();
        let mut epolls: Vec<i32> = cx.pipe().epolls.iter().filter(|(_, e)| exits(e.device)).map(|(k, _)| *k).collect();
        epolls.sort_unstable();
        // Exit is the last step: every channel destroyed and every epoll instance closed before it (the catalogue
        // names both under MPI-SYS-EXIT-ORDER; the open instances also break MPI-EPOLL-SET).
        if !chns.is_empty() || !epolls.is_empty() {
            cx.report(Rule::MpiSysExitOrder, || {
                let what = match (chns.is_empty(), epolls.is_empty()) {
                    (false, true) => format!("channels {chns:?} still exist"),
                    (true, false) => format!("epoll instances {epolls:?} are still open"),
                    _ => format!("channels {chns:?} still exist and epoll instances {epolls:?} are still open"),
                };
                format!("hi_mpi_sys_exit while {what}: exit is the last step. Destroy every channel and close every epoll instance first")
            });
        }
        if !epolls.is_empty() {
            cx.report(Rule::MpiEpollSet, || {
                format!("hi_mpi_sys_exit while epoll instances {epolls:?} are still open: close each with hi_mpi_sys_close_epoll first")
            });
        }
    }
    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret == HI_SUCCESS {
            cx.pipe().sys_exited(cx.thread());
        }
    }
}

impl Hooks for hi_mpi_sys_create_epoll {
    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret == HI_SUCCESS {
            if let Some(fd) = self.epoll_fd().read() {
                cx.pipe().epoll_created(fd, cx.thread(), Origin::capture(cx.func));
            }
        }
    }
}

impl Hooks for hi_mpi_sys_ctl_epoll {
    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret != HI_SUCCESS {
            return;
        }
        let op = hi_dvpp_epoll_ctl_op(self.operation);
        if op == hi_dvpp_epoll_ctl_op::HI_DVPP_EPOLL_CTL_ADD || op == hi_dvpp_epoll_ctl_op::HI_DVPP_EPOLL_CTL_DEL {
            cx.pipe().epoll_ctl(self.epoll_fd, self.fd, op == hi_dvpp_epoll_ctl_op::HI_DVPP_EPOLL_CTL_ADD);
        }
    }
}

impl Hooks for hi_mpi_sys_close_epoll {
    fn entered(&self, cx: &Cx<'_>) {
        cx.pipe().epoll_closing(self.epoll_fd);
    }
    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        cx.pipe().epoll_closed(self.epoll_fd, *ret == HI_SUCCESS);
    }
}

impl Hooks for hi_mpi_dvpp_malloc {
    fn check(&self, cx: &mut Cx<'_>) {
        sys_ready(cx);
    }
    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret == HI_SUCCESS {
            record_alloc(cx, self.dev_ptr(), self.size as usize, Allocator::HiMpiDvppMalloc);
        }
    }
}

free_hooks!(hi_mpi_dvpp_free.dev_ptr, Allocator::HiMpiDvppMalloc, HI_SUCCESS);

/// Functions with nothing to check or record.
macro_rules! untracked {
    ($($f:ident),* $(,)?) => {$(impl Hooks for $f {})*};
}

untracked!(
    hi_mpi_sys_wait_epoll,
    hi_mpi_sys_set_chn_csc_matrix,
    hi_mpi_sys_get_chn_csc_matrix,
    hi_mpi_sys_bind,
    hi_mpi_sys_unbind,
    hi_mpi_sys_get_image_align_info,
    hi_mpi_sys_full_init,
    hi_mpi_dvpp_get_version
);
