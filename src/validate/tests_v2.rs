//! One negative test (exactly that rule fires) and one positive test (correct use fires nothing) per V2 rule,
//! through the whole export pipeline over the fake driver.
//!
//! The `unsafe` blocks below call the shim's exports the way a C client would; the fake driver never dereferences
//! its arguments, and every pointer passed points to a live local.
#![allow(clippy::undocumented_unsafe_blocks)]

use crate::calls::v2::*;
use crate::soc::Chip;
use crate::testing::{clean, driver_calls, on_chip, only, rules_of};
use crate::validate::rules::Rule;
use aclvenc_abi::*;
use std::sync::atomic::{AtomicI32, Ordering};

/// A channel id no other test uses (the fake driver and the shim state are shared by parallel tests).
pub(super) fn next_chn() -> i32 {
    static NEXT: AtomicI32 = AtomicI32::new(0);
    let c = NEXT.fetch_add(1, Ordering::SeqCst);
    assert!(c < 128, "out of test channel ids");
    c
}

pub(super) fn video_attr(t: hi_payload_type, w: u32, h: u32) -> hi_venc_chn_attr {
    let mut a = hi_venc_chn_attr::default();
    let va = &mut a.venc_attr;
    va.r#type = t;
    (va.pic_width, va.pic_height, va.max_pic_width, va.max_pic_height) = (w, h, w, h);
    va.buf_size = ((w * h * 3 / 2).div_ceil(64) * 64).max(32 * 1024);
    va.profile = if t == hi_payload_type::HI_PT_H264 { 1 } else { 0 };
    va.is_by_frame = hi_bool::HI_TRUE;
    let h264 = t == hi_payload_type::HI_PT_H264;
    a.rc_attr.rc_mode =
        if h264 { hi_venc_rc_mode::HI_VENC_RC_MODE_H264_CBR } else { hi_venc_rc_mode::HI_VENC_RC_MODE_H265_CBR };
    let cbr = a.rc_attr.h264_cbr_mut();
    (cbr.gop, cbr.stats_time, cbr.src_frame_rate, cbr.dst_frame_rate, cbr.bit_rate) = (30, 1, 30, 30, 2000);
    a.gop_attr.gop_mode = hi_venc_gop_mode::HI_VENC_GOP_MODE_NORMAL_P;
    a
}

pub(super) fn h264(w: u32, h: u32) -> hi_venc_chn_attr {
    video_attr(hi_payload_type::HI_PT_H264, w, h)
}

pub(super) fn jpeg(w: u32, h: u32) -> hi_venc_chn_attr {
    let mut a = hi_venc_chn_attr::default();
    let va = &mut a.venc_attr;
    va.r#type = hi_payload_type::HI_PT_JPEG;
    (va.pic_width, va.pic_height, va.max_pic_width, va.max_pic_height) = (w, h, w, h);
    a
}

pub(super) fn create(a: &hi_venc_chn_attr) -> i32 {
    let c = next_chn();
    assert_eq!(unsafe { hi_mpi_venc_create_chn(c, a) }, HI_SUCCESS);
    c
}

pub(super) fn start(c: i32, n: i32) -> i32 {
    let p = hi_venc_start_param { recv_pic_num: n };
    unsafe { hi_mpi_venc_start_chn(c, &p) }
}

pub(super) fn started(a: &hi_venc_chn_attr) -> i32 {
    let c = create(a);
    assert_eq!(start(c, -1), HI_SUCCESS);
    c
}

pub(super) fn nv12(w: u32, h: u32) -> hi_video_frame_info {
    let mut f = hi_video_frame_info::default();
    let v = &mut f.v_frame;
    (v.width, v.height) = (w, h);
    v.pixel_format = hi_pixel_format::HI_PIXEL_FORMAT_YUV_SEMIPLANAR_420;
    v.width_stride[0] = w.div_ceil(16) * 16;
    v.width_stride[1] = v.width_stride[0];
    v.height_stride = [h, h, 0];
    f
}

pub(super) fn send(c: i32, f: &hi_video_frame_info) -> i32 {
    unsafe { hi_mpi_venc_send_frame(c, f, -1) }
}

/// A stream struct as an app prepares it for get_stream: `packs` entries with `len` bytes each.
pub(super) struct Packs {
    pub(super) packs: Vec<hi_venc_pack>,
    pub(super) stream: hi_venc_stream,
}

pub(super) fn packs(n: usize, len: u32) -> Box<Packs> {
    let mut p = Box::new(Packs { packs: vec![hi_venc_pack::default(); n], stream: hi_venc_stream::default() });
    for k in &mut p.packs {
        k.len = len;
    }
    p.stream.pack = p.packs.as_mut_ptr();
    p.stream.pack_cnt = n as u32;
    p
}

pub(super) fn get(c: i32, p: &mut Packs) -> i32 {
    unsafe { hi_mpi_venc_get_stream(c, &mut p.stream, -1) }
}

pub(super) fn release(c: i32, p: &mut Packs) -> i32 {
    unsafe { hi_mpi_venc_release_stream(c, &mut p.stream) }
}

#[test]
fn mpi_not_supported_chip() {
    let a = h264(1280, 720);
    let c = next_chn();
    on_chip(Chip::Ascend310, || {
        only(Rule::MpiNotSupportedChip, || unsafe {
            hi_mpi_venc_create_chn(c, &a);
        })
    });
    let c = next_chn();
    clean(|| unsafe {
        hi_mpi_venc_create_chn(c, &a);
    });
}

#[test]
fn mpi_chn_range() {
    let a = h264(1280, 720);
    only(Rule::MpiChnRange, || unsafe {
        hi_mpi_venc_create_chn(256, &a);
    });
    on_chip(Chip::Ascend310B, || {
        only(Rule::MpiChnRange, || unsafe {
            hi_mpi_venc_create_chn(200, &a);
        })
    });
    let c = next_chn();
    clean(|| unsafe {
        hi_mpi_venc_create_chn(c, &a);
    });
}

#[test]
fn mpi_chn_exist() {
    let a = h264(1280, 720);
    let c = create(&a);
    only(Rule::MpiChnExist, || unsafe {
        hi_mpi_venc_create_chn(c, &a);
    });
    unsafe { hi_mpi_venc_destroy_chn(c) };
    clean(|| unsafe {
        hi_mpi_venc_create_chn(c, &a);
    });
}

#[test]
fn mpi_chn_unexist() {
    let c = next_chn();
    only(Rule::MpiChnUnexist, || {
        start(c, -1);
    });
    let c = create(&h264(1280, 720));
    clean(|| {
        start(c, -1);
    });
    unsafe {
        hi_mpi_venc_stop_chn(c);
        hi_mpi_venc_destroy_chn(c);
    }
    let msg = only(Rule::MpiChnUnexist, || unsafe {
        hi_mpi_venc_request_idr(c, hi_bool::HI_TRUE);
    });
    assert!(msg.contains("destroyed"), "{msg}");
}

#[test]
fn mpi_null_ptr() {
    let c = next_chn();
    only(Rule::MpiNullPtr, || unsafe {
        hi_mpi_venc_create_chn(c, std::ptr::null());
    });
    let a = h264(1280, 720);
    clean(|| unsafe {
        hi_mpi_venc_create_chn(c, &a);
    });
    let mut st = hi_venc_chn_status::default();
    only(Rule::MpiNullPtr, || unsafe {
        hi_mpi_venc_query_status(c, std::ptr::null_mut());
    });
    clean(|| unsafe {
        hi_mpi_venc_query_status(c, &mut st);
    });
}

#[test]
fn mpi_start_before_send() {
    let c = create(&h264(1280, 720));
    only(Rule::MpiStartBeforeSend, || {
        send(c, &nv12(1280, 720));
    });
    start(c, -1);
    clean(|| {
        send(c, &nv12(1280, 720));
    });
}

#[test]
fn mpi_start_recv_num() {
    let c = create(&h264(1280, 720));
    only(Rule::MpiStartRecvNum, || {
        start(c, 0);
    });
    let c = create(&h264(1280, 720));
    only(Rule::MpiStartRecvNum, || {
        start(c, -2);
    });
    let c = create(&h264(1280, 720));
    clean(|| {
        start(c, 25);
    });
}

#[test]
fn mpi_start_restart_counted() {
    let c = create(&h264(1280, 720));
    start(c, 10);
    only(Rule::MpiStartRestartCounted, || {
        start(c, 5);
    });
    let c = started(&h264(1280, 720));
    clean(|| {
        start(c, -1);
    });
}

#[test]
fn mpi_stop_before_destroy() {
    let c = started(&h264(1280, 720));
    only(Rule::MpiStopBeforeDestroy, || unsafe {
        hi_mpi_venc_destroy_chn(c);
    });
    let c = started(&h264(1280, 720));
    clean(|| unsafe {
        hi_mpi_venc_stop_chn(c);
        hi_mpi_venc_destroy_chn(c);
    });
}

#[test]
fn mpi_destroy_unreleased() {
    let c = started(&h264(1280, 720));
    let mut p = packs(2, 100);
    get(c, &mut p);
    unsafe { hi_mpi_venc_stop_chn(c) };
    only(Rule::MpiDestroyUnreleased, || unsafe {
        hi_mpi_venc_destroy_chn(c);
    });
    let c = started(&h264(1280, 720));
    let mut p = packs(2, 100);
    clean(|| unsafe {
        get(c, &mut p);
        release(c, &mut p);
        hi_mpi_venc_stop_chn(c);
        hi_mpi_venc_destroy_chn(c);
    });
}

#[test]
fn mpi_millisec_range() {
    let c = started(&h264(1280, 720));
    let mut p = packs(1, 10);
    only(Rule::MpiMillisecRange, || unsafe {
        hi_mpi_venc_get_stream(c, &mut p.stream, -2);
    });
    clean(|| unsafe {
        hi_mpi_venc_get_stream(c, &mut p.stream, 0);
    });
}

#[test]
fn mpi_getstream_pack() {
    let c = started(&h264(1280, 720));
    let mut s = hi_venc_stream::default();
    only(Rule::MpiGetstreamPack, || unsafe {
        hi_mpi_venc_get_stream(c, &mut s, -1);
    });
    let mut p = packs(4, 10);
    clean(|| {
        get(c, &mut p);
    });
    // Fewer packs than query_status said the next stream has.
    let mut st = hi_venc_chn_status { cur_packs: 3, ..Default::default() };
    unsafe { hi_mpi_venc_query_status(c, &mut st) };
    let mut small = packs(2, 10);
    only(Rule::MpiGetstreamPack, || {
        get(c, &mut small);
    });
    unsafe { hi_mpi_venc_query_status(c, &mut st) };
    let mut enough = packs(3, 10);
    clean(|| {
        get(c, &mut enough);
    });
}

#[test]
fn mpi_getstream_len0() {
    let c = started(&h264(1280, 720));
    let mut p = packs(1, 0);
    only(Rule::MpiGetstreamLen0, || {
        get(c, &mut p);
    });
    let mut p = packs(1, 100);
    clean(|| {
        get(c, &mut p);
    });
}

#[test]
fn mpi_release_order() {
    let c = started(&h264(1280, 720));
    let (mut a, mut b) = (packs(1, 10), packs(1, 10));
    get(c, &mut a);
    get(c, &mut b);
    only(Rule::MpiReleaseOrder, || {
        release(c, &mut b);
    });
    clean(|| {
        release(c, &mut a);
    });
}

#[test]
fn mpi_release_invalid() {
    let c = started(&h264(1280, 720));
    let mut never = packs(1, 10);
    only(Rule::MpiReleaseInvalid, || {
        release(c, &mut never);
    });
    let mut p = packs(1, 10);
    get(c, &mut p);
    clean(|| {
        release(c, &mut p);
    });
    only(Rule::MpiReleaseInvalid, || {
        release(c, &mut p);
    });
}

#[test]
fn mpi_getfd_order() {
    let c = next_chn();
    only(Rule::MpiGetfdOrder, || unsafe {
        hi_mpi_venc_get_fd(c);
    });
    let a = h264(1280, 720);
    unsafe { hi_mpi_venc_create_chn(c, &a) };
    clean(|| unsafe {
        hi_mpi_venc_get_fd(c);
    });
}

fn create_rules(a: &hi_venc_chn_attr) -> Vec<&'static str> {
    let c = next_chn();
    rules_of(|| unsafe {
        hi_mpi_venc_create_chn(c, a);
    })
}

/// Asserts that creating a channel with `bad` fires exactly `rule` and with `good` fires nothing.
#[track_caller]
fn attr_rule(rule: Rule, bad: hi_venc_chn_attr, good: hi_venc_chn_attr) {
    assert_eq!(create_rules(&bad), vec![rule.id()]);
    assert_eq!(create_rules(&good), Vec::<&str>::new());
}

#[test]
fn mpi_jpege_type() {
    let mut bad = jpeg(1920, 1080);
    bad.venc_attr.profile = 1;
    attr_rule(Rule::MpiJpegeType, bad, jpeg(1920, 1080));
}

#[test]
fn mpi_jpege_chn_res() {
    attr_rule(Rule::MpiJpegeChnRes, jpeg(20000, 1080), jpeg(8192, 1080));
    attr_rule(Rule::MpiJpegeChnRes, jpeg(1921, 1080), jpeg(1922, 1080));
}

#[test]
fn mpi_jpege_bufsize_range() {
    let mut bad = jpeg(1920, 1080);
    bad.venc_attr.buf_size = 100;
    let mut good = jpeg(1920, 1080);
    good.venc_attr.buf_size = 1920 * 1088 * 3 / 2;
    attr_rule(Rule::MpiJpegeBufsizeRange, bad, good);
}

fn jpege_out(addr: usize) -> hi_img_stream {
    hi_img_stream { r#type: hi_payload_type::HI_PT_JPEG, addr: addr as *mut u8, len: 1 << 20, pts: 0, reserved: [0; 2] }
}

fn send_jpege(c: i32, f: &hi_video_frame_info, out: &hi_img_stream) -> i32 {
    unsafe { hi_mpi_venc_send_jpege_frame(c, f, out, -1) }
}

#[test]
fn mpi_jpege_bufsize_mode() {
    let mut a = jpeg(1920, 1080);
    a.venc_attr.buf_size = 1920 * 1088 * 3 / 2;
    let c = started(&a);
    only(Rule::MpiJpegeBufsizeMode, || {
        send_jpege(c, &nv12(1920, 1080), &jpege_out(0x10000));
    });
    let c = started(&jpeg(1920, 1080));
    clean(|| {
        send_jpege(c, &nv12(1920, 1080), &jpege_out(0x10000));
    });
}

#[test]
fn mpi_jpege_outbuf() {
    let c = started(&jpeg(1920, 1080));
    only(Rule::MpiJpegeOutbuf, || {
        send_jpege(c, &nv12(1920, 1080), &jpege_out(0x10008));
    });
    only(Rule::MpiJpegeOutbuf, || {
        send_jpege(c, &nv12(1920, 1080), &jpege_out(0));
    });
    clean(|| {
        send_jpege(c, &nv12(1920, 1080), &jpege_out(0x10000));
    });
}

#[test]
fn mpi_jpege_frame_le_chn() {
    let c = started(&jpeg(1280, 720));
    only(Rule::MpiJpegeFrameLeChn, || {
        send(c, &nv12(1920, 1080));
    });
    clean(|| {
        send(c, &nv12(640, 480));
    });
}

#[test]
fn mpi_jpege_format() {
    let c = started(&jpeg(1280, 720));
    let mut f = nv12(1280, 720);
    f.v_frame.pixel_format = hi_pixel_format::HI_PIXEL_FORMAT_RGB_888;
    only(Rule::MpiJpegeFormat, || {
        send(c, &f);
    });
    f.v_frame.pixel_format = hi_pixel_format::HI_PIXEL_FORMAT_YUYV_PACKED_422;
    f.v_frame.width_stride[0] = 2560;
    clean(|| {
        send(c, &f);
    });
}

#[test]
fn mpi_jpege_align() {
    let c = started(&jpeg(1280, 720));
    only(Rule::MpiJpegeAlign, || {
        send(c, &nv12(641, 480));
    });
    clean(|| {
        send(c, &nv12(642, 480));
    });
}

#[test]
fn mpi_jpege_stride() {
    let c = started(&jpeg(1280, 720));
    let mut f = nv12(640, 480);
    f.v_frame.width_stride[0] = 648;
    only(Rule::MpiJpegeStride, || {
        send(c, &f);
    });
    f.v_frame.width_stride[0] = 768;
    clean(|| {
        send(c, &f);
    });
}

#[test]
fn mpi_jpege_predsize_args() {
    let f = nv12(640, 480);
    let mut size = 0u32;
    only(Rule::MpiJpegePredsizeArgs, || unsafe {
        hi_mpi_venc_get_jpege_predicted_size(&f, std::ptr::null(), std::ptr::null_mut());
    });
    clean(|| unsafe {
        hi_mpi_venc_get_jpege_predicted_size(&f, std::ptr::null(), &mut size);
    });
}

#[test]
fn mpi_jpege_qfactor() {
    let c = create(&jpeg(1280, 720));
    let mut p = hi_venc_jpeg_param { qfactor: 0, ..Default::default() };
    only(Rule::MpiJpegeQfactor, || unsafe {
        hi_mpi_venc_set_jpeg_param(c, &p);
    });
    p.qfactor = 90;
    clean(|| unsafe {
        hi_mpi_venc_set_jpeg_param(c, &p);
    });
    p.qfactor = u32::MAX;
    clean(|| unsafe {
        hi_mpi_venc_set_jpeg_param(c, &p);
    });
}

#[test]
fn mpi_jpege_setparam_type() {
    let c = create(&h264(1280, 720));
    let p = hi_venc_jpeg_param { qfactor: 90, ..Default::default() };
    only(Rule::MpiJpegeSetparamType, || unsafe {
        hi_mpi_venc_set_jpeg_param(c, &p);
    });
    let c = create(&jpeg(1280, 720));
    clean(|| unsafe {
        hi_mpi_venc_set_jpeg_param(c, &p);
    });
}

#[test]
fn mpi_venc_type() {
    let bad = video_attr(hi_payload_type::HI_PT_MJPEG, 1280, 720);
    attr_rule(Rule::MpiVencType, bad, h264(1280, 720));
}

#[test]
fn mpi_venc_pic_range() {
    attr_rule(Rule::MpiVencPicRange, h264(5000, 720), h264(4096, 720));
    // 310P: H.264 area <= 4096 x 2304, H.265 may use the whole 4096 x 4096.
    attr_rule(Rule::MpiVencPicRange, h264(4096, 4096), video_attr(hi_payload_type::HI_PT_H265, 4096, 4096));
}

#[test]
fn mpi_venc_maxpic() {
    let mut bad = h264(1280, 720);
    bad.venc_attr.max_pic_width = 640;
    attr_rule(Rule::MpiVencMaxpic, bad, h264(1280, 720));
}

#[test]
fn mpi_venc_align() {
    let mut bad = h264(1281, 720);
    bad.venc_attr.max_pic_width = 1282;
    attr_rule(Rule::MpiVencAlign, bad, h264(1282, 720));
}

#[test]
fn mpi_venc_bufsize() {
    let mut bad = h264(1280, 720);
    bad.venc_attr.buf_size = 1280 * 720 * 3 / 2 + 1;
    attr_rule(Rule::MpiVencBufsize, bad, h264(1280, 720));
}

#[test]
fn mpi_venc_bufsize_small() {
    let mut bad = h264(1920, 1080);
    bad.venc_attr.buf_size = 64 * 1024;
    attr_rule(Rule::MpiVencBufsizeSmall, bad, h264(1920, 1080));
}

#[test]
fn mpi_venc_profile() {
    let mut bad = video_attr(hi_payload_type::HI_PT_H265, 1280, 720);
    bad.venc_attr.profile = 1;
    attr_rule(Rule::MpiVencProfile, bad, video_attr(hi_payload_type::HI_PT_H265, 1280, 720));
}

#[test]
fn mpi_venc_rcmode_match() {
    let mut bad = h264(1280, 720);
    bad.rc_attr.rc_mode = hi_venc_rc_mode::HI_VENC_RC_MODE_H265_CBR;
    attr_rule(Rule::MpiVencRcmodeMatch, bad, h264(1280, 720));
}

#[test]
fn mpi_venc_rc_gop() {
    let mut bad = h264(1280, 720);
    bad.rc_attr.h264_cbr_mut().gop = 0;
    attr_rule(Rule::MpiVencRcGop, bad, h264(1280, 720));
}

#[test]
fn mpi_venc_rc_statstime() {
    let mut bad = h264(1280, 720);
    bad.rc_attr.h264_cbr_mut().stats_time = 61;
    attr_rule(Rule::MpiVencRcStatstime, bad, h264(1280, 720));
}

#[test]
fn mpi_venc_rc_framerate() {
    let mut bad = h264(1280, 720);
    bad.rc_attr.h264_cbr_mut().dst_frame_rate = 60;
    attr_rule(Rule::MpiVencRcFramerate, bad, h264(1280, 720));
}

#[test]
fn mpi_venc_rc_bitrate() {
    let mut bad = h264(1280, 720);
    bad.rc_attr.h264_cbr_mut().bit_rate = 1;
    attr_rule(Rule::MpiVencRcBitrate, bad, h264(1280, 720));
}

#[test]
fn mpi_venc_rc_qp() {
    let fixqp = |i_qp| {
        let mut a = video_attr(hi_payload_type::HI_PT_H265, 1280, 720);
        a.rc_attr = hi_venc_rc_attr::default();
        a.rc_attr.rc_mode = hi_venc_rc_mode::HI_VENC_RC_MODE_H265_FIXQP;
        let q = a.rc_attr.h265_fixqp_mut();
        (q.gop, q.src_frame_rate, q.dst_frame_rate, q.i_qp, q.p_qp, q.b_qp) = (30, 25, 25, i_qp, 32, 32);
        a
    };
    attr_rule(Rule::MpiVencRcQp, fixqp(60), fixqp(30));
}

#[test]
fn v2_checks_read_only_the_selected_union_members() {
    // Garbage in the unused members (a real app's uninitialised stack) must not fire anything.
    let mut a = h264(1280, 720);
    a.venc_attr.jpeg_attr_mut().recv_mode = hi_venc_pic_recv_mode(0x7777);
    a.venc_attr.h265_attr_mut().frame_buf_ratio = 0xdead;
    a.rc_attr.h264_cbr_mut().bit_rate = 2000;
    a.gop_attr.bipred_b_mut().b_qp_delta = -999;
    assert_eq!(create_rules(&a), Vec::<&str>::new());
}

#[test]
fn mpi_venc_frame_size() {
    let c = started(&h264(1280, 720));
    only(Rule::MpiVencFrameSize, || {
        send(c, &nv12(640, 480));
    });
    clean(|| {
        send(c, &nv12(1280, 720));
    });
}

#[test]
fn mpi_venc_frame_format() {
    let c = started(&h264(1280, 720));
    let mut f = nv12(1280, 720);
    f.v_frame.pixel_format = hi_pixel_format::HI_PIXEL_FORMAT_RGB_888;
    only(Rule::MpiVencFrameFormat, || {
        send(c, &f);
    });
    f.v_frame.pixel_format = hi_pixel_format::HI_PIXEL_FORMAT_YVU_SEMIPLANAR_420;
    clean(|| {
        send(c, &f);
    });
}

#[test]
fn mpi_venc_frame_stride() {
    let c = started(&h264(1280, 720));
    let mut f = nv12(1280, 720);
    f.v_frame.width_stride[0] = 1000;
    only(Rule::MpiVencFrameStride, || {
        send(c, &f);
    });
    f.v_frame.width_stride[0] = 1408;
    clean(|| {
        send(c, &f);
    });
}

#[test]
fn a_correct_v2_session_makes_no_findings_and_counts_bytes() {
    let c = next_chn();
    let a = video_attr(hi_payload_type::HI_PT_H265, 1920, 1080);
    let ids = rules_of(|| unsafe {
        assert_eq!(hi_mpi_venc_create_chn(c, &a), HI_SUCCESS);
        hi_mpi_venc_get_fd(c);
        start(c, -1);
        for _ in 0..5 {
            send(c, &nv12(1920, 1080));
            let mut st = hi_venc_chn_status::default();
            hi_mpi_venc_query_status(c, &mut st);
            let mut p = packs(3, 1000);
            get(c, &mut p);
            release(c, &mut p);
        }
        hi_mpi_venc_stop_chn(c);
        hi_mpi_venc_destroy_chn(c);
    });
    assert!(ids.is_empty(), "{ids:?}");
    let s = crate::shim::Shim::get().state.channel_summaries();
    let mine = s.iter().find(|s| s.id == format!("chn {c}")).expect("summary");
    assert_eq!((mine.frames_sent, mine.outputs, mine.bytes, mine.codec.as_str()), (5, 5, 15000, "H265"));
}

#[test]
fn v2_codes_come_back_unchanged() {
    let c = create(&h264(1280, 720));
    driver_calls();
    crate::testing::script("hi_mpi_venc_start_chn", HI_ERR_VENC_NO_MEM);
    assert_eq!(start(c, -1), HI_ERR_VENC_NO_MEM);
    crate::testing::script("hi_mpi_venc_start_chn", 0);
    assert_eq!(driver_calls(), vec!["hi_mpi_venc_start_chn"]);
    // A failed start leaves the channel not receiving.
    only(Rule::MpiStartBeforeSend, || {
        send(c, &nv12(1280, 720));
    });
}

/// The boundary fails open: a panic inside a check is said, and the call still reaches the driver with the
/// application's arguments, the application gets the driver's code, and the call is recorded.
#[test]
fn a_panicking_check_still_forwards_records_and_returns_the_drivers_code() {
    let c = started(&h264(1280, 720));
    let f = nv12(1280, 720);
    crate::testing::script("hi_mpi_venc_send_frame", HI_ERR_VENC_BUF_FULL);
    driver_calls();
    crate::testing::panic_in_next_check();
    assert_eq!(send(c, &f), HI_ERR_VENC_BUF_FULL);
    assert_eq!(driver_calls(), vec!["hi_mpi_venc_send_frame"]);
    crate::testing::script("hi_mpi_venc_send_frame", HI_SUCCESS);
    crate::testing::panic_in_next_check();
    assert_eq!(send(c, &f), HI_SUCCESS);
    assert_eq!(driver_calls(), vec!["hi_mpi_venc_send_frame"]);
    assert_eq!(
        crate::shim::Shim::get().state.v2.chns.on(c, |c| c.frames_sent).unwrap(),
        1,
        "the forwarded call is recorded"
    );
}
