//! Fault injection counts calls, not internal checks: with `fail:hi_mpi_venc_set_chn_attr@2=<code>` exactly the
//! 2nd call of `hi_mpi_venc_set_chn_attr` fails with the code (and changes nothing); the 1st and 3rd succeed.

mod common;

use aclvenc_abi::*;
use common::*;

#[test]
fn set_chn_attr_fault_counts_each_call_once() {
    // Before the library reads its settings (first call below); this test binary has no other test.
    std::env::set_var("ACLVENC_EMU_SOC", "Ascend310P3");
    std::env::set_var("ACLVENC_EMU_FAULTS", format!("fail:hi_mpi_venc_set_chn_attr@2={HI_ERR_VENC_BUSY}"));
    let m = mpi_ready();
    let (chn, w, h) = (0, 320, 240);
    // SAFETY: valid attribute.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_create_chn)(chn, &video_attr(false, w, h, 1000)) }, HI_SUCCESS);
    let bit_rate = |m: &Mpi| {
        let mut a = hi_venc_chn_attr::default();
        // SAFETY: valid out-param.
        assert_eq!(unsafe { (m.venc.hi_mpi_venc_get_chn_attr)(chn, &mut a) }, HI_SUCCESS);
        a.rc_attr.h264_cbr_mut().bit_rate
    };

    let results: Vec<(hi_s32, u32)> = [2000, 3000, 4000]
        .into_iter()
        .map(|kbps| {
            // SAFETY: valid attribute.
            let r = unsafe { (m.venc.hi_mpi_venc_set_chn_attr)(chn, &video_attr(false, w, h, kbps)) };
            (r, bit_rate(m))
        })
        .collect();
    assert_eq!(
        results,
        [(HI_SUCCESS, 2000), (HI_ERR_VENC_BUSY, 2000), (HI_SUCCESS, 4000)],
        "(result, bit rate after the call) of set_chn_attr calls 1, 2, 3: only the 2nd fails, and it changes nothing"
    );
    // SAFETY: no pointers.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_destroy_chn)(chn) }, HI_SUCCESS);
}
