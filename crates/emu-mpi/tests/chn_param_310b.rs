//! MPI-STRUCT-UNINIT on an emulated Ascend 310B: unlike the 310P, `hi_mpi_venc_set_chn_param` reads
//! `color_to_grey_en` there (`aclvenc_chip::V2Limits::chn_param_color_to_grey`), so garbage in it is
//! HI_ERR_VENC_ILLEGAL_PARAM; the reserved members (`max_stream_cnt`, `poll_wake_up_frame_cnt`, `crop_info`,
//! `frame_rate`) are still never read.

mod common;

use aclvenc_abi::*;
use common::*;

#[test]
fn mpi_struct_uninit_set_chn_param_reads_color_to_grey_on_310b() {
    // Before the library reads its settings (first call below); this test binary has no other test.
    std::env::set_var("ACLVENC_EMU_SOC", "Ascend310B1");
    let m = mpi_ready();
    let chn = 6;
    // SAFETY: a valid attribute.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_create_chn)(chn, &video_attr(false, 128, 128, 500)) }, HI_SUCCESS);
    let mut p = hi_venc_chn_param {
        priority: 1,
        max_stream_cnt: 0xA5A5_A5A5,
        poll_wake_up_frame_cnt: 0xA5A5_A5A5,
        frame_rate: hi_frame_rate_ctrl { src_frame_rate: -5, dst_frame_rate: 1000 },
        ..Default::default()
    };
    p.crop_info.enable = hi_bool(0x5A5A_5A5A);
    p.color_to_grey_en = hi_bool(0xA5A5_A5A5_u32 as i32);
    // SAFETY: `p` is a valid hi_venc_chn_param.
    unsafe {
        assert_eq!((m.venc.hi_mpi_venc_set_chn_param)(chn, &p), HI_ERR_VENC_ILLEGAL_PARAM, "garbage color_to_grey_en");
        p.color_to_grey_en = hi_bool::HI_TRUE;
        assert_eq!((m.venc.hi_mpi_venc_set_chn_param)(chn, &p), HI_SUCCESS, "reserved members are not read");
        assert_eq!((m.venc.hi_mpi_venc_destroy_chn)(chn), HI_SUCCESS);
    }
}
