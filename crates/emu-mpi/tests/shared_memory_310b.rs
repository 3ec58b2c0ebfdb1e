//! MPI-MEM-DVPP on an emulated Ascend 310B: like 310P, `aclrtMalloc` memory is taken as H.264/H.265 input (newer
//! docs), `aclrtMallocHost` memory is not.

mod common;

use std::ffi::c_void;

use aclvenc_abi::*;
use common::*;

#[test]
fn mpi_mem_dvpp_aclrt_malloc_video_input_on_310b() {
    // Before the library reads its settings (first call below); this test binary has no other test.
    std::env::set_var("ACLVENC_EMU_SOC", "Ascend310B1");
    let (m, a) = (mpi_ready(), acl());
    let (chn, w, h) = (5, 320, 240);
    let len = (w * h * 3 / 2) as usize;
    let mut dev: *mut c_void = std::ptr::null_mut();
    let mut host: *mut c_void = std::ptr::null_mut();
    // SAFETY: valid out-params, attribute and frame descriptions; the buffers live until they are freed at the end.
    unsafe {
        assert_eq!((a.rt.aclrtMalloc)(&mut dev, len, aclrtMemMallocPolicy::ACL_MEM_MALLOC_HUGE_FIRST), ACL_SUCCESS);
        assert_eq!((a.rt.aclrtMallocHost)(&mut host, len), ACL_SUCCESS);
        assert_eq!((m.venc.hi_mpi_venc_create_chn)(chn, &video_attr(true, w, h, 1000)), HI_SUCCESS);
        assert_eq!(start(m, chn, -1), HI_SUCCESS);
        let mut f = hi_video_frame_info::default();
        f.v_frame.width = w;
        f.v_frame.height = h;
        f.v_frame.pixel_format = hi_pixel_format::HI_PIXEL_FORMAT_YUV_SEMIPLANAR_420;
        f.v_frame.width_stride = [w, w, 0];
        f.v_frame.height_stride = [h, h, 0];
        f.v_frame.virt_addr[0] = host;
        assert_eq!((m.venc.hi_mpi_venc_send_frame)(chn, &f, -1), HI_ERR_VENC_BAD_ADDR, "aclrtMallocHost");
        f.v_frame.virt_addr[0] = dev;
        assert_eq!((m.venc.hi_mpi_venc_send_frame)(chn, &f, -1), HI_SUCCESS, "aclrtMalloc on 310B");
        let (mut s, _packs) = stream_with(8);
        assert_eq!((m.venc.hi_mpi_venc_get_stream)(chn, &mut s, 5000), HI_SUCCESS);
        assert_eq!((m.venc.hi_mpi_venc_release_stream)(chn, &mut s), HI_SUCCESS);
        stop_destroy(m, chn);
        assert_eq!((a.rt.aclrtFree)(dev), ACL_SUCCESS);
        assert_eq!((a.rt.aclrtFreeHost)(host), ACL_SUCCESS);
    }
}
