//! Fault injection counts calls, not internal checks: with `fail:hi_mpi_venc_send_frame@2=<code>` exactly the 2nd
//! send fails with the code (and queues nothing), the 1st and 3rd are encoded; the same for send_jpege_frame.

mod common;

use aclvenc_abi::*;
use common::*;

#[test]
fn send_faults_count_each_call_once() {
    // Before the library reads its settings (first call below); this test binary has no other test.
    std::env::set_var("ACLVENC_EMU_SOC", "Ascend310P3");
    std::env::set_var(
        "ACLVENC_EMU_FAULTS",
        format!(
            "fail:hi_mpi_venc_send_frame@2={HI_ERR_VENC_BUSY};fail:hi_mpi_venc_send_jpege_frame@2={HI_ERR_VENC_BUSY}"
        ),
    );
    let m = mpi_ready();
    let (w, h) = (320, 240);
    let mut input = DvppBuf::new((w * h * 3 / 2) as usize);
    input.fill(&noise((w * h * 3 / 2) as usize, 7));

    // H.264: three sends, the 2nd refused; exactly two streams come out.
    let chn = 0;
    // SAFETY: valid attribute.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_create_chn)(chn, &video_attr(false, w, h, 1000)) }, HI_SUCCESS);
    assert_eq!(start(m, chn, -1), HI_SUCCESS);
    let sent: Vec<hi_s32> = (0..3)
        .map(|pts| {
            let f = nv12_frame(&input, w, h, pts);
            // SAFETY: `f` describes a live DVPP buffer.
            unsafe { (m.venc.hi_mpi_venc_send_frame)(chn, &f, -1) }
        })
        .collect();
    assert_eq!(sent, [HI_SUCCESS, HI_ERR_VENC_BUSY, HI_SUCCESS], "send_frame calls 1, 2, 3");
    let mut pts = Vec::new();
    for _ in 0..2 {
        let (mut s, _packs) = stream_with(16);
        // SAFETY: `s` points at 16 packs owned by `_packs`.
        assert_eq!(unsafe { (m.venc.hi_mpi_venc_get_stream)(chn, &mut s, 5000) }, HI_SUCCESS);
        // SAFETY: get_stream filled at least one pack.
        pts.push(unsafe { (*s.pack).pts });
        // SAFETY: releasing the stream just obtained.
        assert_eq!(unsafe { (m.venc.hi_mpi_venc_release_stream)(chn, &mut s) }, HI_SUCCESS);
    }
    assert_eq!(pts, [0, 2], "the refused picture (pts 1) was never queued");
    let (mut s, _packs) = stream_with(16);
    // SAFETY: as above.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_get_stream)(chn, &mut s, 200) }, HI_ERR_VENC_BUF_EMPTY);
    stop_destroy(m, chn);

    // JPEG into the caller's buffer: the same count.
    let chn = 1;
    // SAFETY: valid attribute.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_create_chn)(chn, &jpeg_attr(w, h, 0)) }, HI_SUCCESS);
    assert_eq!(start(m, chn, -1), HI_SUCCESS);
    let out = DvppBuf::new(1 << 20);
    let sent: Vec<hi_s32> = (0..3)
        .map(|pts| {
            let f = nv12_frame(&input, w, h, pts);
            let dst = hi_img_stream {
                r#type: hi_payload_type::HI_PT_JPEG,
                addr: out.ptr,
                len: out.len as u32,
                pts,
                reserved: [0; 2],
            };
            // SAFETY: `f` and `dst` describe live DVPP buffers.
            let r = unsafe { (m.venc.hi_mpi_venc_send_jpege_frame)(chn, &f, &dst, -1) };
            if r == HI_SUCCESS {
                let (mut s, _packs) = stream_with(4);
                // SAFETY: `s` points at 4 packs owned by `_packs`.
                assert_eq!(unsafe { (m.venc.hi_mpi_venc_get_stream)(chn, &mut s, 5000) }, HI_SUCCESS);
                // SAFETY: releasing the stream just obtained.
                assert_eq!(unsafe { (m.venc.hi_mpi_venc_release_stream)(chn, &mut s) }, HI_SUCCESS);
            }
            r
        })
        .collect();
    assert_eq!(sent, [HI_SUCCESS, HI_ERR_VENC_BUSY, HI_SUCCESS], "send_jpege_frame calls 1, 2, 3");
    stop_destroy(m, chn);
}
