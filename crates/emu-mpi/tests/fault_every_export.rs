//! `fail:FN@N=CODE` works for every export of `libacl_dvpp_mpi.so`, because the one export layer counts it: an
//! allocator function (`hi_mpi_dvpp_free`, which has no encoder checks at all), a system function
//! (`hi_mpi_sys_get_image_align_info`) and an encoder function the emulator does not implement
//! (`hi_mpi_venc_set_roi_attr`). The refused call does nothing; the calls before and after behave normally.

mod common;

use std::ffi::c_void;

use aclvenc_abi::*;
use common::*;

#[test]
fn fail_rules_count_allocator_system_and_unimplemented_exports() {
    // Before the library reads its settings (first call below); this test binary has no other test.
    std::env::set_var("ACLVENC_EMU_SOC", "Ascend310P3");
    std::env::set_var(
        "ACLVENC_EMU_FAULTS",
        format!(
            "fail:hi_mpi_dvpp_free@2={HI_ERR_SYS_NOT_PERM};fail:hi_mpi_venc_set_roi_attr@2=7;\
             fail:hi_mpi_sys_get_image_align_info@1=-5"
        ),
    );
    let m = mpi_ready();
    let alloc = || {
        let mut p: *mut c_void = std::ptr::null_mut();
        // SAFETY: `p` is a valid out-param.
        assert_eq!(unsafe { (m.dvpp.hi_mpi_dvpp_malloc)(0, &mut p, 4096) }, HI_SUCCESS);
        p
    };
    let (a, b) = (alloc(), alloc());
    // SAFETY: `a` and `b` come from hi_mpi_dvpp_malloc; the library only looks them up.
    let frees = unsafe {
        [
            (m.dvpp.hi_mpi_dvpp_free)(a),
            (m.dvpp.hi_mpi_dvpp_free)(b),
            (m.dvpp.hi_mpi_dvpp_free)(b),
            (m.dvpp.hi_mpi_dvpp_free)(a),
        ]
    };
    assert_eq!(
        frees,
        [HI_SUCCESS, HI_ERR_SYS_NOT_PERM, HI_SUCCESS, HI_ERR_SYS_ILLEGAL_PARAM],
        "free #2 fails with the injected code and frees nothing (#3 frees `b`); #4 frees `a` a second time"
    );

    // SAFETY: the emulator does not read the arguments of functions it does not implement.
    let roi = unsafe { [0, 1].map(|_| (m.venc.hi_mpi_venc_set_roi_attr)(0, std::ptr::null())) };
    assert_eq!(roi, [HI_ERR_VENC_NOT_SUPPORT, 7], "the 2nd call of an unimplemented function is hit too");
    // SAFETY: as above.
    let align = unsafe {
        [0, 1].map(|_| {
            (m.sys.hi_mpi_sys_get_image_align_info)(std::ptr::null(), 0, std::ptr::null(), std::ptr::null_mut())
        })
    };
    assert_eq!(align, [-5, HI_ERR_SYS_NOT_SUPPORT], "a negative decimal CODE is returned as is");
}
