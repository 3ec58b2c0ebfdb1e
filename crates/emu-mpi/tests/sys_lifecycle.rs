//! MPI-SYS-INIT-REQUIRED / MPI-SYS-INIT-REPEAT in a fresh process (nothing else has called hi_mpi_sys_init).

mod common;

use aclvenc_abi::*;
use common::*;

#[test]
fn mpi_sys_init_required_and_reference_counted() {
    let m = mpi();
    let a = jpeg_attr(64, 64, 0);
    // SAFETY: valid attribute / no pointers throughout.
    unsafe {
        assert_eq!((m.venc.hi_mpi_venc_create_chn)(1, &a), HI_ERR_VENC_SYS_NOT_READY, "before hi_mpi_sys_init");
        assert_eq!((m.sys.hi_mpi_sys_init)(), HI_SUCCESS);
        assert_eq!((m.sys.hi_mpi_sys_init)(), HI_SUCCESS, "a repeated init succeeds");
        assert_eq!((m.venc.hi_mpi_venc_create_chn)(1, &a), HI_SUCCESS);
        assert_eq!((m.venc.hi_mpi_venc_destroy_chn)(1), HI_SUCCESS);
        assert_eq!((m.sys.hi_mpi_sys_exit)(), HI_SUCCESS);
        assert_eq!((m.venc.hi_mpi_venc_create_chn)(1, &a), HI_SUCCESS, "one init is still outstanding");
        assert_eq!((m.venc.hi_mpi_venc_destroy_chn)(1), HI_SUCCESS);
        assert_eq!((m.sys.hi_mpi_sys_exit)(), HI_SUCCESS);
        assert_eq!((m.venc.hi_mpi_venc_create_chn)(1, &a), HI_ERR_VENC_SYS_NOT_READY, "after the last exit");
        let (mut ma, mut mi, mut pa) = (0, 0, 0);
        assert_eq!((m.dvpp.hi_mpi_dvpp_get_version)(&mut ma, &mut mi, &mut pa), HI_SUCCESS);
        assert!(ma > 0);
    }
}
