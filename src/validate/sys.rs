//! Checks for the `hi_mpi_sys_*` (the MPI system and its epoll) and `hi_mpi_dvpp_*` (memory) functions,
//! `libacl_dvpp_mpi.so`.

use crate::calls::mpi_dvpp::args::*;
use crate::calls::sys::args::*;
use crate::chassis::Hooks;

impl Hooks for hi_mpi_sys_init {}
impl Hooks for hi_mpi_sys_exit {}
impl Hooks for hi_mpi_sys_create_epoll {}
impl Hooks for hi_mpi_sys_ctl_epoll {}
impl Hooks for hi_mpi_sys_wait_epoll {}
impl Hooks for hi_mpi_sys_close_epoll {}
impl Hooks for hi_mpi_sys_set_chn_csc_matrix {}
impl Hooks for hi_mpi_sys_get_chn_csc_matrix {}
impl Hooks for hi_mpi_sys_bind {}
impl Hooks for hi_mpi_sys_unbind {}
impl Hooks for hi_mpi_sys_get_image_align_info {}
impl Hooks for hi_mpi_sys_full_init {}
impl Hooks for hi_mpi_dvpp_malloc {}
impl Hooks for hi_mpi_dvpp_free {}
impl Hooks for hi_mpi_dvpp_get_version {}
