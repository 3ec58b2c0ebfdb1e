//! MPI-STRUCT-UNINIT: every `hi_mpi_*` setter and creator reads only the struct members its mode selects and the
//! vendor documents as used. Each struct here starts as 0xA5 in every byte (padding included), as a C client's
//! uninitialised struct might; the test sets only the members the call reads and expects success, then puts a bad
//! value in one member the call does read and expects the vendor's code. Through the exported C symbols of the built
//! `libacl_dvpp_mpi.so`, on an emulated 310P3 (the default chip).
//!
//! Members never read (docs: hi_venc_attr, hi_venc_jpeg_attr, hi_venc_chn_param, hi_venc_rc_param and its mode
//! structs, hi_venc_jpeg_param, hi_video_frame): the `venc_attr` union (`h264_attr`/`h265_attr`/`jpeg_attr`, the
//! last reserved), `max_pic_height` of a JPEG channel, the `rc_attr` and `gop_attr` union members the modes do not
//! select (and both whole structs of a JPEG channel); all of `hi_venc_chn_param` but `priority` on 310P; the
//! `min_i_proportion` and `qpmap_en` of the rate-control mode structs and the union members of other modes; the
//! `*_qt` tables unless `qfactor` is 0xFFFFFFFF, `mcu_per_ecs`, `ecs_output_en`; the `hi_venc_mod_param` union
//! members `mod_type` does not select; the reserved `hi_video_frame` members (`field`, `dynamic_range`,
//! `color_gamut`, `header_*`, `height_stride`, `phys_addr`) and `time_ref`, `user_data`, `frame_flag`,
//! `supplement`, `pool_id`, `mod_id`; `type`, `pts` and `reserved` of `hi_img_stream`; the padding of
//! `hi_dvpp_epoll_event`.
//!
//! The tests run one at a time: `hi_mpi_venc_set_mod_param` is refused while any channel exists.

mod common;

use std::ffi::c_void;
use std::mem::MaybeUninit;
use std::sync::{Mutex, MutexGuard};

use aclvenc_abi::*;
use common::*;

fn serial() -> MutexGuard<'static, ()> {
    static SERIAL: Mutex<()> = Mutex::new(());
    SERIAL.lock().unwrap_or_else(|p| p.into_inner())
}

/// A `T` whose every byte, padding included, starts as 0xA5. Members are set through [`Garbage::get`] (a member
/// assignment never touches the padding); the call gets [`Garbage::ptr`].
struct Garbage<T>(Box<MaybeUninit<T>>);

impl<T: aclvenc_ptr::Plain> Garbage<T> {
    fn new() -> Self {
        let mut b = Box::new(MaybeUninit::<T>::uninit());
        // SAFETY: `b` owns `size_of::<T>()` writable bytes.
        unsafe { std::ptr::write_bytes(b.as_mut_ptr().cast::<u8>(), 0xA5, std::mem::size_of::<T>()) };
        Garbage(b)
    }

    fn get(&mut self) -> &mut T {
        // SAFETY: every byte was written in `new`, and `T: Plain` is valid for any bit pattern.
        unsafe { self.0.assume_init_mut() }
    }

    fn ptr(&mut self) -> *mut T {
        self.0.as_mut_ptr()
    }
}

const GARBAGE_U32: u32 = 0xA5A5_A5A5;

/// An H.264 (`h265 == false`) or H.265 CBR attribute on garbage: only the members create_chn reads are set.
fn garbage_video(h265: bool, w: u32, h: u32, kbps: u32) -> Garbage<hi_venc_chn_attr> {
    let mut g = Garbage::<hi_venc_chn_attr>::new();
    fill_video_attr(g.get(), h265, w, h, kbps);
    g
}

fn garbage_h264_cbr(w: u32, h: u32, kbps: u32) -> Garbage<hi_venc_chn_attr> {
    garbage_video(false, w, h, kbps)
}

fn create(m: &Mpi, chn: i32, attr: *const hi_venc_chn_attr) -> i32 {
    // SAFETY: `attr` points to a whole `hi_venc_chn_attr` owned by the caller.
    unsafe { (m.venc.hi_mpi_venc_create_chn)(chn, attr) }
}

fn destroy(m: &Mpi, chn: i32) {
    // SAFETY: no pointers.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_destroy_chn)(chn) }, HI_SUCCESS);
}

#[test]
fn mpi_struct_uninit_create_chn_reads_only_the_selected_members() {
    let _s = serial();
    let m = mpi_ready();
    let (w, h) = (160, 128);

    let mut cbr = garbage_h264_cbr(w, h, 600);
    assert_eq!(create(m, 90, cbr.ptr()), HI_SUCCESS, "H.264 CBR with garbage in the unselected members");
    destroy(m, 90);

    let mut vbr = garbage_video(true, w, h, 900);
    let a = vbr.get();
    a.rc_attr.rc_mode = hi_venc_rc_mode::HI_VENC_RC_MODE_H265_VBR;
    let c = a.rc_attr.h265_vbr_mut();
    c.gop = 60;
    c.stats_time = 2;
    c.src_frame_rate = 25;
    c.dst_frame_rate = 25;
    c.max_bit_rate = 900;
    assert_eq!(create(m, 91, vbr.ptr()), HI_SUCCESS, "H.265 VBR with garbage in the unselected members");
    destroy(m, 91);

    let mut fixqp = garbage_h264_cbr(w, h, 900);
    let a = fixqp.get();
    a.rc_attr.rc_mode = hi_venc_rc_mode::HI_VENC_RC_MODE_H264_FIXQP;
    let c = a.rc_attr.h264_fixqp_mut();
    (c.gop, c.src_frame_rate, c.dst_frame_rate, c.i_qp, c.p_qp, c.b_qp) = (30, 30, 15, 30, 32, 34);
    assert_eq!(create(m, 92, fixqp.ptr()), HI_SUCCESS, "H.264 FIXQP with garbage in the unselected members");
    destroy(m, 92);

    // JPEG: rc_attr, gop_attr, max_pic_height and the reserved jpeg_attr stay garbage.
    let mut jpeg = Garbage::<hi_venc_chn_attr>::new();
    let v = &mut jpeg.get().venc_attr;
    v.r#type = hi_payload_type::HI_PT_JPEG;
    (v.max_pic_width, v.pic_width, v.pic_height, v.buf_size, v.profile) = (w, w, h, 0, 0);
    v.is_by_frame = hi_bool::HI_TRUE;
    assert_eq!(create(m, 93, jpeg.ptr()), HI_SUCCESS, "JPEG with garbage in everything it does not read");
    destroy(m, 93);

    // A bad value in a member that is read: the vendor's code, and no channel.
    let mut bad = garbage_h264_cbr(w, h, 0);
    assert_eq!(create(m, 94, bad.ptr()), HI_ERR_VENC_ILLEGAL_PARAM, "bit_rate 0 (MPI-VENC-RC-BITRATE)");
    bad.get().rc_attr.h264_cbr_mut().bit_rate = GARBAGE_U32;
    assert_eq!(create(m, 94, bad.ptr()), HI_ERR_VENC_ILLEGAL_PARAM, "garbage bit_rate");
    let mut bad = garbage_h264_cbr(w, h, 600);
    bad.get().rc_attr.rc_mode = hi_venc_rc_mode(GARBAGE_U32 as i32);
    assert_eq!(create(m, 94, bad.ptr()), HI_ERR_VENC_ILLEGAL_PARAM, "garbage rc_mode (MPI-VENC-RCMODE-MATCH)");
    let mut bad = garbage_h264_cbr(w, h, 600);
    bad.get().gop_attr.gop_mode = hi_venc_gop_mode(GARBAGE_U32 as i32);
    assert_eq!(create(m, 94, bad.ptr()), HI_ERR_VENC_ILLEGAL_PARAM, "garbage gop_mode (MPI-VENC-GOPMODE)");
    let mut bad = garbage_h264_cbr(w, h, 600);
    bad.get().venc_attr.r#type = hi_payload_type(GARBAGE_U32 as i32);
    assert_eq!(create(m, 94, bad.ptr()), HI_ERR_VENC_NOT_SUPPORT, "garbage type (MPI-VENC-TYPE)");
    jpeg.get().venc_attr.pic_width = GARBAGE_U32;
    assert_eq!(create(m, 94, jpeg.ptr()), HI_ERR_VENC_ILLEGAL_PARAM, "garbage JPEG pic_width");
    // SAFETY: no pointers.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_destroy_chn)(94) }, HI_ERR_VENC_UNEXIST, "nothing was created");
}

#[test]
fn mpi_struct_uninit_set_chn_attr_reads_what_create_reads() {
    let _s = serial();
    let m = mpi_ready();
    let (chn, w, h) = (95, 160, 128);
    let clean = video_attr(false, w, h, 600);
    assert_eq!(create(m, chn, &clean), HI_SUCCESS);
    let mut g = garbage_h264_cbr(w, h, 1200);
    g.get().venc_attr.buf_size = clean.venc_attr.buf_size;
    g.get().venc_attr.profile = clean.venc_attr.profile;
    // SAFETY: `g` is a whole attribute.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_set_chn_attr)(chn, g.ptr()) }, HI_SUCCESS);
    g.get().rc_attr.h264_cbr_mut().gop = 0;
    // SAFETY: as above.
    let r = unsafe { (m.venc.hi_mpi_venc_set_chn_attr)(chn, g.ptr()) };
    assert_eq!(r, HI_ERR_VENC_ILLEGAL_PARAM, "gop 0 (MPI-VENC-RC-GOP)");
    g.get().rc_attr.h264_cbr_mut().gop = 30;
    g.get().venc_attr.max_pic_height = GARBAGE_U32;
    // SAFETY: as above.
    let r = unsafe { (m.venc.hi_mpi_venc_set_chn_attr)(chn, g.ptr()) };
    assert_eq!(r, HI_ERR_VENC_NOT_PERM, "garbage in a static member (MPI-VENC-SETCHNATTR-STATIC)");
    destroy(m, chn);
}

#[test]
fn mpi_struct_uninit_set_chn_param_reads_only_priority_on_310p() {
    let _s = serial();
    let m = mpi_ready();
    let chn = 96;
    assert_eq!(create(m, chn, &video_attr(true, 128, 128, 500)), HI_SUCCESS);
    let mut g = Garbage::<hi_venc_chn_param>::new();
    g.get().priority = 1;
    // SAFETY: `g` is a whole hi_venc_chn_param.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_set_chn_param)(chn, g.ptr()) }, HI_SUCCESS, "only priority set");
    let mut back = hi_venc_chn_param::default();
    // SAFETY: `back` is a valid out-param.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_get_chn_param)(chn, &mut back) }, HI_SUCCESS);
    assert_eq!(back.priority, 1);
    g.get().priority = 2;
    // SAFETY: as above.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_set_chn_param)(chn, g.ptr()) }, HI_ERR_VENC_ILLEGAL_PARAM, "priority 2");
    g.get().priority = GARBAGE_U32;
    // SAFETY: as above.
    let r = unsafe { (m.venc.hi_mpi_venc_set_chn_param)(chn, g.ptr()) };
    assert_eq!(r, HI_ERR_VENC_ILLEGAL_PARAM, "garbage priority");
    destroy(m, chn);
}

#[test]
fn mpi_struct_uninit_set_rc_param_reads_the_first_qp_and_the_mode_member_only() {
    let _s = serial();
    let m = mpi_ready();
    let chn = 97;
    assert_eq!(create(m, chn, &video_attr(false, 128, 128, 500)), HI_SUCCESS);
    let mut g = Garbage::<hi_venc_rc_param>::new();
    let p = g.get();
    // Documented members of the struct head (not checked by the emulator), at valid values.
    (p.threshold_i, p.threshold_p, p.threshold_b) = ([0; 16], [0; 16], [0; 16]);
    (p.direction, p.row_qp_delta, p.first_frame_start_qp) = (8, 0, -1);
    p.scene_chg_detect = hi_venc_scene_chg_detect::default();
    let c = p.h264_cbr_param_mut();
    (c.max_i_proportion, c.max_qp, c.min_qp, c.max_i_qp, c.min_i_qp, c.max_reencode_times) = (100, 51, 10, 51, 10, 2);
    // SAFETY: `g` is a whole hi_venc_rc_param.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_set_rc_param)(chn, g.ptr()) }, HI_SUCCESS, "reserved members garbage");
    g.get().h264_cbr_param_mut().max_qp = 52;
    // SAFETY: as above.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_set_rc_param)(chn, g.ptr()) }, HI_ERR_VENC_ILLEGAL_PARAM, "max_qp 52");
    g.get().h264_cbr_param_mut().max_qp = 51;
    g.get().first_frame_start_qp = GARBAGE_U32 as i32;
    // SAFETY: as above.
    let r = unsafe { (m.venc.hi_mpi_venc_set_rc_param)(chn, g.ptr()) };
    assert_eq!(r, HI_ERR_VENC_ILLEGAL_PARAM, "garbage first_frame_start_qp");
    destroy(m, chn);

    // FIXQP has no union member at all: everything but the head may be garbage.
    let mut attr = video_attr(false, 128, 128, 500);
    attr.rc_attr.rc_mode = hi_venc_rc_mode::HI_VENC_RC_MODE_H264_FIXQP;
    let c = attr.rc_attr.h264_fixqp_mut();
    (c.gop, c.src_frame_rate, c.dst_frame_rate, c.i_qp, c.p_qp, c.b_qp) = (30, 30, 30, 30, 30, 30);
    assert_eq!(create(m, chn, &attr), HI_SUCCESS);
    let mut g = Garbage::<hi_venc_rc_param>::new();
    g.get().first_frame_start_qp = 20;
    // SAFETY: as above.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_set_rc_param)(chn, g.ptr()) }, HI_SUCCESS, "FIXQP");
    destroy(m, chn);
}

#[test]
fn mpi_struct_uninit_set_jpeg_param_reads_the_tables_only_for_user_tables() {
    let _s = serial();
    let m = mpi_ready();
    let chn = 98;
    assert_eq!(create(m, chn, &jpeg_attr(64, 64, 0)), HI_SUCCESS);
    let mut g = Garbage::<hi_venc_jpeg_param>::new();
    g.get().qfactor = 50;
    // SAFETY: `g` is a whole hi_venc_jpeg_param.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_set_jpeg_param)(chn, g.ptr()) }, HI_SUCCESS, "qfactor only");
    let mut back = hi_venc_jpeg_param::default();
    // SAFETY: valid out-param.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_get_jpeg_param)(chn, &mut back) }, HI_SUCCESS);
    assert_eq!((back.qfactor, back.y_qt[0]), (50, 16), "Annex K tables at quality 50, not the garbage");
    let p = g.get();
    p.qfactor = 0xFFFF_FFFF;
    (p.y_qt, p.cb_qt, p.cr_qt) = ([4; 64], [6; 64], [6; 64]);
    // SAFETY: as above.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_set_jpeg_param)(chn, g.ptr()) }, HI_SUCCESS, "user tables");
    g.get().y_qt[7] = 0;
    // SAFETY: as above.
    let r = unsafe { (m.venc.hi_mpi_venc_set_jpeg_param)(chn, g.ptr()) };
    assert_eq!(r, HI_ERR_VENC_ILLEGAL_PARAM, "a 0 entry in a user table");
    g.get().qfactor = GARBAGE_U32;
    // SAFETY: as above.
    let r = unsafe { (m.venc.hi_mpi_venc_set_jpeg_param)(chn, g.ptr()) };
    assert_eq!(r, HI_ERR_VENC_ILLEGAL_PARAM, "garbage qfactor (MPI-JPEGE-QFACTOR)");
    destroy(m, chn);
}

#[test]
fn mpi_struct_uninit_set_mod_param_reads_mod_type_and_its_member() {
    let _s = serial();
    let m = mpi_ready();
    let mut g = Garbage::<hi_venc_mod_param>::new();
    g.get().mod_type = hi_venc_mod_type::HI_VENC_MOD_H264;
    // SAFETY: `g` is a whole hi_venc_mod_param.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_set_mod_param)(g.ptr()) }, HI_SUCCESS);
    g.get().mod_type = hi_venc_mod_type(GARBAGE_U32 as i32);
    // SAFETY: as above.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_set_mod_param)(g.ptr()) }, HI_ERR_VENC_ILLEGAL_PARAM, "garbage mod_type");
}

#[test]
fn mpi_struct_uninit_start_chn_and_scene_mode_values() {
    let _s = serial();
    let m = mpi_ready();
    let chn = 99;
    assert_eq!(create(m, chn, &video_attr(false, 128, 128, 500)), HI_SUCCESS);
    let mut g = Garbage::<hi_venc_start_param>::new();
    // SAFETY: `g` is a whole hi_venc_start_param (its one member is garbage).
    let r = unsafe { (m.venc.hi_mpi_venc_start_chn)(chn, g.ptr()) };
    assert_eq!(r, HI_ERR_VENC_ILLEGAL_PARAM, "garbage recv_pic_num (MPI-START-RECV-NUM)");
    g.get().recv_pic_num = -1;
    // SAFETY: as above.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_start_chn)(chn, g.ptr()) }, HI_SUCCESS);
    // SAFETY: no pointers.
    unsafe {
        assert_eq!(
            (m.venc.hi_mpi_venc_set_scene_mode)(chn, hi_venc_scene_mode(GARBAGE_U32 as i32)),
            HI_ERR_VENC_ILLEGAL_PARAM
        );
        assert_eq!((m.venc.hi_mpi_venc_set_scene_mode)(chn, hi_venc_scene_mode::HI_VENC_SCENE_1), HI_SUCCESS);
    }
    stop_destroy(m, chn);
}

/// The members of a frame description the emulator reads, on garbage (NV12 at `p`, stride ALIGN16(w)).
fn garbage_frame(p: *mut u8, w: u32, h: u32, pts: u64) -> Garbage<hi_video_frame_info> {
    let mut g = Garbage::<hi_video_frame_info>::new();
    let f = &mut g.get().v_frame;
    let stride = (w + 15) & !15;
    (f.width, f.height) = (w, h);
    f.pixel_format = hi_pixel_format::HI_PIXEL_FORMAT_YUV_SEMIPLANAR_420;
    f.video_format = hi_video_format::HI_VIDEO_FORMAT_LINEAR;
    f.compress_mode = hi_compress_mode::HI_COMPRESS_MODE_NONE;
    (f.width_stride[0], f.width_stride[1]) = (stride, stride);
    f.virt_addr[0] = p.cast();
    f.virt_addr[1] = p.wrapping_add((stride * h) as usize).cast();
    f.pts = pts;
    g
}

#[test]
fn mpi_struct_uninit_send_frame_reads_only_the_documented_frame_members() {
    let _s = serial();
    let m = mpi_ready();
    let (chn, w, h) = (100, 128, 128);
    assert_eq!(create(m, chn, &video_attr(false, w, h, 500)), HI_SUCCESS);
    assert_eq!(start(m, chn, -1), HI_SUCCESS);
    let mut input = DvppBuf::new((w * h * 3 / 2) as usize);
    input.fill(&noise(input.len, 3));
    let mut g = garbage_frame(input.ptr, w, h, 77);
    // SAFETY: `g` is a whole frame description of `input`.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_send_frame)(chn, g.ptr(), -1) }, HI_SUCCESS);
    let (mut s, packs) = stream_with(8);
    // SAFETY: `s.pack` points to `s.pack_cnt` packs owned here.
    unsafe {
        assert_eq!((m.venc.hi_mpi_venc_get_stream)(chn, &mut s, 5000), HI_SUCCESS);
        assert_eq!(packs[0].pts, 77);
        assert_eq!((m.venc.hi_mpi_venc_release_stream)(chn, &mut s), HI_SUCCESS);
    }
    g.get().v_frame.compress_mode = hi_compress_mode(GARBAGE_U32 as i32);
    // SAFETY: as above.
    let r = unsafe { (m.venc.hi_mpi_venc_send_frame)(chn, g.ptr(), 0) };
    assert_eq!(r, HI_ERR_VENC_NOT_SUPPORT, "garbage compress_mode (MPI-STRUCT-UNINIT)");
    let mut g = garbage_frame(input.ptr, w, h, 78);
    g.get().v_frame.pixel_format = hi_pixel_format(GARBAGE_U32 as i32);
    // SAFETY: as above.
    let r = unsafe { (m.venc.hi_mpi_venc_send_frame)(chn, g.ptr(), 0) };
    assert_eq!(r, HI_ERR_VENC_ILLEGAL_PARAM, "garbage pixel_format (MPI-VENC-FRAME-FORMAT)");
    stop_destroy(m, chn);
}

#[test]
fn mpi_struct_uninit_send_jpege_frame_reads_only_addr_and_len_of_the_stream() {
    let _s = serial();
    let m = mpi_ready();
    let (chn, w, h) = (101, 64, 48);
    assert_eq!(create(m, chn, &jpeg_attr(w, h, 0)), HI_SUCCESS);
    assert_eq!(start(m, chn, -1), HI_SUCCESS);
    let mut input = DvppBuf::new((w * h * 3 / 2) as usize);
    input.fill(&noise(input.len, 4));
    let mut f = garbage_frame(input.ptr, w, h, 5);
    let mut size = 0u32;
    // SAFETY: whole frame description; valid out-param; jpeg_param is reserved (NULL allowed).
    let r = unsafe { (m.venc.hi_mpi_venc_get_jpege_predicted_size)(f.ptr(), std::ptr::null(), &mut size) };
    assert_eq!(r, HI_SUCCESS);
    let out = DvppBuf::new(size as usize);
    let mut st = Garbage::<hi_img_stream>::new();
    (st.get().addr, st.get().len) = (out.ptr, size);
    // SAFETY: whole frame and stream descriptions of live DVPP buffers.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_send_jpege_frame)(chn, f.ptr(), st.ptr(), -1) }, HI_SUCCESS);
    let (mut s, packs) = stream_with(1);
    // SAFETY: `s.pack` points to one pack owned here.
    unsafe {
        assert_eq!((m.venc.hi_mpi_venc_get_stream)(chn, &mut s, 5000), HI_SUCCESS);
        assert_eq!((packs[0].addr, packs[0].pts), (out.ptr, 5));
        assert_eq!((m.venc.hi_mpi_venc_release_stream)(chn, &mut s), HI_SUCCESS);
    }
    assert_eq!(&out.bytes()[..2], &[0xFF, 0xD8]);
    st.get().len = 16;
    // SAFETY: as above.
    let r = unsafe { (m.venc.hi_mpi_venc_send_jpege_frame)(chn, f.ptr(), st.ptr(), 0) };
    assert_eq!(r as u32, 0xA008_8013, "len below the predicted size (MPI-JPEGE-OUTBUF)");
    stop_destroy(m, chn);
}

#[test]
fn mpi_struct_uninit_ctl_epoll_reads_events_and_data_only() {
    let _s = serial();
    let m = mpi_ready();
    let chn = 102;
    assert_eq!(create(m, chn, &video_attr(false, 128, 128, 500)), HI_SUCCESS);
    // SAFETY: no pointers.
    let fd = unsafe { (m.venc.hi_mpi_venc_get_fd)(chn) };
    assert!(fd >= 0);
    let mut ep = -1;
    // SAFETY: valid out-param.
    assert_eq!(unsafe { (m.sys.hi_mpi_sys_create_epoll)(4, &mut ep) }, HI_SUCCESS);
    let mut ev = Garbage::<hi_dvpp_epoll_event>::new();
    let token = 0x1234_5678usize as *mut c_void;
    (ev.get().events, ev.get().data) = (hi_dvpp_epoll_event_type::HI_DVPP_EPOLL_IN.0, token);
    // SAFETY: `ev` is a whole event whose padding is garbage.
    unsafe {
        assert_eq!((m.sys.hi_mpi_sys_ctl_epoll)(ep, 1, fd, ev.ptr()), HI_SUCCESS, "ADD");
        assert_eq!((m.sys.hi_mpi_sys_ctl_epoll)(ep, 1, fd, std::ptr::null_mut()), HI_ERR_SYS_NULL_PTR, "ADD, NULL");
        assert_eq!((m.sys.hi_mpi_sys_ctl_epoll)(ep, 3, fd, ev.ptr()), HI_SUCCESS, "DEL");
        assert_eq!((m.sys.hi_mpi_sys_close_epoll)(ep), HI_SUCCESS);
    }
    destroy(m, chn);
}

#[test]
fn mpi_struct_uninit_setters_the_emulator_does_not_implement_read_nothing() {
    let _s = serial();
    let m = mpi_ready();
    let v = &m.venc;
    macro_rules! reads_nothing {
        ($f:ident, $t:ty) => {{
            let mut g = Garbage::<$t>::new();
            // SAFETY: a whole (garbage) struct, and NULL: the stub reads neither.
            let (with, null) = unsafe { ((v.$f)(0, g.ptr()), (v.$f)(0, std::ptr::null())) };
            assert_eq!((with, null), (HI_ERR_VENC_NOT_SUPPORT, HI_ERR_VENC_NOT_SUPPORT), stringify!($f));
        }};
    }
    reads_nothing!(hi_mpi_venc_set_roi_attr, hi_venc_roi_attr);
    reads_nothing!(hi_mpi_venc_set_ref_param, hi_venc_ref_param);
    reads_nothing!(hi_mpi_venc_set_h264_vui, hi_venc_h264_vui);
    reads_nothing!(hi_mpi_venc_set_h265_vui, hi_venc_h265_vui);
    reads_nothing!(hi_mpi_venc_set_cu_pred, hi_venc_cu_prediction);
    reads_nothing!(hi_mpi_venc_set_intra_refresh, hi_venc_intra_refresh);
    reads_nothing!(hi_mpi_venc_set_slice_split, hi_venc_slice_split);
    reads_nothing!(hi_mpi_venc_set_streamcopy_param, hi_venc_streamcopy_param);
    reads_nothing!(hi_mpi_venc_set_jpeg_huffman_param, hi_venc_jpeg_huffman_param);
}
