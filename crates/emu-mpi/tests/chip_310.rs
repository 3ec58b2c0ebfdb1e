//! MPI-NOT-SUPPORTED-CHIP: on an emulated Ascend 310 every V2 encoder call answers NOT_SUPPORT.

mod common;

use aclvenc_abi::*;
use common::*;

#[test]
fn mpi_not_supported_on_ascend310() {
    // Before the library reads its settings (first call below); this test binary has no other test.
    std::env::set_var("ACLVENC_EMU_SOC", "Ascend310");
    let m = mpi_ready();
    let a = jpeg_attr(64, 64, 0);
    // SAFETY: valid attribute / out-param.
    unsafe {
        assert_eq!((m.venc.hi_mpi_venc_create_chn)(0, &a), HI_ERR_VENC_NOT_SUPPORT);
        let mut st = hi_venc_chn_status::default();
        assert_eq!((m.venc.hi_mpi_venc_query_status)(0, &mut st), HI_ERR_VENC_NOT_SUPPORT);
    }
}
