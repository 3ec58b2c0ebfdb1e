//! The V2 contract real applications depend on, checked through the exported C symbols of the built
//! `libacl_dvpp_mpi.so` (rule IDs from docs/validation-rules.md sections B, C, D, E). Each test uses its own channel id.

mod common;

use std::time::{Duration, Instant};

use aclvenc_abi::*;
use common::*;

/// Send one 4:2:0 picture of `w` x `h` to a JPEG or video channel (the picture is `noise` with `seed`).
fn send_nv12(m: &Mpi, chn: i32, w: u32, h: u32, pts: u64, seed: u64, ms: i32) -> (i32, DvppBuf) {
    let stride = (w + 15) & !15;
    let mut buf = DvppBuf::new((stride * h * 3 / 2) as usize);
    buf.fill(&noise(buf.len, seed));
    let f = nv12_frame(&buf, w, h, pts);
    // SAFETY: `f` describes `buf`, a live DVPP block.
    let r = unsafe { (m.venc.hi_mpi_venc_send_frame)(chn, &f, ms) };
    (r, buf)
}

fn create(m: &Mpi, chn: i32, attr: &hi_venc_chn_attr) -> i32 {
    // SAFETY: `attr` is a valid attribute.
    unsafe { (m.venc.hi_mpi_venc_create_chn)(chn, attr) }
}

fn get(m: &Mpi, chn: i32, s: &mut hi_venc_stream, ms: i32) -> i32 {
    // SAFETY: `s.pack` points to `s.pack_cnt` packs owned by the caller.
    unsafe { (m.venc.hi_mpi_venc_get_stream)(chn, s, ms) }
}

fn release(m: &Mpi, chn: i32, s: &mut hi_venc_stream) -> i32 {
    // SAFETY: as for `get`.
    unsafe { (m.venc.hi_mpi_venc_release_stream)(chn, s) }
}

#[test]
fn mpi_chn_exist_range_unexist_and_start_rules() {
    let m = mpi_ready();
    let a = jpeg_attr(64, 64, 64 * 64 * 2);
    assert_eq!(create(m, 10, &a), HI_SUCCESS);
    assert_eq!(create(m, 10, &a), HI_ERR_VENC_EXIST, "MPI-CHN-EXIST");
    assert_eq!(create(m, 10, &video_attr(false, 320, 240, 1000)), HI_ERR_VENC_EXIST, "JPEGE and VENC share ids");
    assert_eq!(create(m, 256, &a), HI_ERR_VENC_INVALID_CHN_ID, "MPI-CHN-RANGE (310P: [0, 256))");
    assert_eq!(create(m, -1, &a), HI_ERR_VENC_INVALID_CHN_ID);
    // SAFETY: NULL is a legal argument to test.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_create_chn)(11, std::ptr::null()) }, HI_ERR_VENC_NULL_PTR);
    // SAFETY: no pointers.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_destroy_chn)(11) }, HI_ERR_VENC_UNEXIST, "MPI-CHN-UNEXIST");
    assert_eq!(start(m, 10, 0), HI_ERR_VENC_ILLEGAL_PARAM, "MPI-START-RECV-NUM");
    assert_eq!(start(m, 10, -2), HI_ERR_VENC_ILLEGAL_PARAM);
    assert_eq!(start(m, 10, -1), HI_SUCCESS);
    assert_eq!(start(m, 10, -1), HI_SUCCESS, "a repeated start with -1 succeeds");
    assert_eq!(start(m, 10, 5), HI_ERR_VENC_NOT_PERM, "MPI-START-RESTART-COUNTED");
    // SAFETY: no pointers.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_destroy_chn)(10) }, HI_ERR_VENC_NOT_PERM, "MPI-STOP-BEFORE-DESTROY");
    // SAFETY: no pointers.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_stop_chn)(10) }, HI_SUCCESS);
    stop_destroy(m, 10); // MPI-STOP-IDEMPOTENT: the second stop succeeds
    assert_eq!(create(m, 10, &a), HI_SUCCESS, "the id is free again after destroy");
    stop_destroy(m, 10);
}

#[test]
fn mpi_create_rejects_bad_attributes_and_changes_nothing() {
    let m = mpi_ready();
    let mut a = video_attr(false, 320, 240, 1000);
    a.venc_attr.pic_width = 100; // 310P: [128, 4096]
    assert_eq!(create(m, 12, &a), HI_ERR_VENC_ILLEGAL_PARAM, "MPI-VENC-PIC-RANGE");
    let mut b = video_attr(false, 320, 240, 1000);
    b.venc_attr.buf_size = 1000;
    assert_eq!(create(m, 12, &b), HI_ERR_VENC_ILLEGAL_PARAM, "MPI-VENC-BUFSIZE");
    let mut c = video_attr(true, 320, 240, 1000);
    c.rc_attr.rc_mode = hi_venc_rc_mode::HI_VENC_RC_MODE_H264_CBR;
    assert_eq!(create(m, 12, &c), HI_ERR_VENC_ILLEGAL_PARAM, "MPI-VENC-RCMODE-MATCH");
    let mut d = video_attr(false, 320, 240, 1000);
    d.venc_attr.r#type = hi_payload_type::HI_PT_MJPEG;
    assert_eq!(create(m, 12, &d), HI_ERR_VENC_NOT_SUPPORT, "MPI-VENC-TYPE");
    let mut e = video_attr(false, 320, 240, 700_000);
    e.rc_attr.h264_cbr_mut().bit_rate = 700_000;
    assert_eq!(create(m, 12, &e), HI_ERR_VENC_ILLEGAL_PARAM, "MPI-VENC-RC-BITRATE");
    assert_eq!(create(m, 12, &jpeg_attr(31, 64, 0)), HI_ERR_VENC_ILLEGAL_PARAM, "MPI-JPEGE-CHN-RES");
    // Nothing was created by the refused calls.
    // SAFETY: no pointers.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_stop_chn)(12) }, HI_ERR_VENC_UNEXIST);
}

#[test]
fn mpi_getstream_empty_timeout_and_blocking() {
    let m = mpi_ready();
    let chn = 20;
    assert_eq!(create(m, chn, &jpeg_attr(64, 64, 64 * 64 * 4)), HI_SUCCESS);
    assert_eq!(start(m, chn, -1), HI_SUCCESS);
    let (mut s, _packs) = stream_with(4);
    assert_eq!(get(m, chn, &mut s, 0), HI_ERR_VENC_BUF_EMPTY, "MPI-GETSTREAM-EMPTY");
    let t = Instant::now();
    assert_eq!(get(m, chn, &mut s, 150), HI_ERR_VENC_BUF_EMPTY);
    assert!(t.elapsed() >= Duration::from_millis(140), "the timeout is honoured: {:?}", t.elapsed());
    assert_eq!(get(m, chn, &mut s, -2), HI_ERR_VENC_ILLEGAL_PARAM, "MPI-MILLISEC-RANGE");

    // A blocking get returns once a frame arrives 300 ms later.
    let sender = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(300));
        let (r, buf) = send_nv12(mpi(), chn, 64, 64, 777, 1, -1);
        assert_eq!(r, HI_SUCCESS);
        buf.ptr as u64
    });
    let t = Instant::now();
    let (mut s, packs) = stream_with(4);
    assert_eq!(get(m, chn, &mut s, -1), HI_SUCCESS);
    assert!(t.elapsed() >= Duration::from_millis(250), "get_stream(-1) blocked: {:?}", t.elapsed());
    let input = sender.join().unwrap();
    assert_eq!(s.pack_cnt, 1);
    let p = &packs[0];
    assert_eq!(p.pts, 777, "the pack carries the frame's pts");
    assert_eq!(*p.input_addr(), input, "the pack carries the frame's input address");
    assert_eq!(p.is_frame_end, hi_bool::HI_TRUE);
    assert_eq!(*p.data_type.jpeg_type(), hi_venc_jpege_pack_type::HI_VENC_JPEG_PACK_PIC);
    // SAFETY: the pack points at `len` bytes of the channel's stream buffer, held until release.
    let jpeg = unsafe { std::slice::from_raw_parts(p.addr, p.len as usize) };
    assert_eq!(&jpeg[..2], &[0xFF, 0xD8]);
    assert_eq!(release(m, chn, &mut s), HI_SUCCESS);
    stop_destroy(m, chn);
}

#[test]
fn mpi_send_queue_full_gives_no_buf() {
    let m = mpi_ready();
    let chn = 30;
    let (w, h) = (256, 256);
    // A stream buffer that holds about one noise JPEG: the worker stalls, then the 6-deep queue fills.
    assert_eq!(create(m, chn, &jpeg_attr(w, h, w * h * 3 / 2)), HI_SUCCESS);
    assert_eq!(start(m, chn, -1), HI_SUCCESS);
    let mut bufs = Vec::new();
    let mut accepted = 0u64;
    let mut full = false;
    let mut i = 0u64;
    while i < 40 {
        let (r, b) = send_nv12(m, chn, w, h, accepted, i + 1, 0);
        bufs.push(b);
        i += 1;
        if r == HI_ERR_VENC_NO_BUF {
            // Full now; once the worker has stalled on the unreleased stream buffer it stays full.
            std::thread::sleep(Duration::from_millis(300));
            let (r2, b2) = send_nv12(m, chn, w, h, accepted, i + 1, 0);
            bufs.push(b2);
            if r2 == HI_ERR_VENC_NO_BUF {
                full = true;
                break;
            }
            assert_eq!(r2, HI_SUCCESS);
        } else {
            assert_eq!(r, HI_SUCCESS);
        }
        accepted += 1;
    }
    assert!(full, "MPI-SEND-QUEUE-FULL: a non-blocking send must fail with NO_BUF once the queue is full");
    assert!((7..=12).contains(&accepted), "6 queued + the stream buffer's and encoder's share, got {accepted}");
    // With a timeout the send waits, then gives up with NO_BUF.
    let t = Instant::now();
    let (r, _b) = send_nv12(m, chn, w, h, 99, 99, 100);
    assert_eq!(r, HI_ERR_VENC_NO_BUF);
    assert!(t.elapsed() >= Duration::from_millis(90));
    // Draining streams unblocks everything: every accepted frame comes out, in order.
    let mut pts = Vec::new();
    for _ in 0..accepted {
        let (mut s, packs) = stream_with(1);
        assert_eq!(get(m, chn, &mut s, 5000), HI_SUCCESS);
        pts.push(packs[0].pts);
        assert_eq!(release(m, chn, &mut s), HI_SUCCESS);
    }
    assert_eq!(pts, (0..accepted).collect::<Vec<_>>());
    stop_destroy(m, chn);
}

#[test]
fn mpi_release_is_fifo_and_released_bytes_stay_readable() {
    let m = mpi_ready();
    let chn = 40;
    assert_eq!(create(m, chn, &jpeg_attr(64, 64, 1 << 20)), HI_SUCCESS);
    assert_eq!(start(m, chn, -1), HI_SUCCESS);
    let _a = send_nv12(m, chn, 64, 64, 1, 5, -1);
    let _b = send_nv12(m, chn, 64, 64, 2, 6, -1);
    let (mut s1, p1) = stream_with(2);
    let (mut s2, p2) = stream_with(2);
    assert_eq!(get(m, chn, &mut s1, 2000), HI_SUCCESS);
    assert_eq!(get(m, chn, &mut s2, 2000), HI_SUCCESS);
    assert_eq!((p1[0].pts, p2[0].pts), (1, 2));
    assert_ne!(s1.seq, s2.seq);
    // SAFETY: held stream bytes.
    let copy1 = unsafe { std::slice::from_raw_parts(p1[0].addr, p1[0].len as usize) }.to_vec();
    assert_eq!(release(m, chn, &mut s2), HI_ERR_VENC_ILLEGAL_PARAM, "MPI-RELEASE-ORDER");
    assert_eq!(release(m, chn, &mut s1), HI_SUCCESS);
    assert_eq!(release(m, chn, &mut s1), HI_ERR_VENC_ILLEGAL_PARAM, "MPI-RELEASE-INVALID (double release)");
    // SAFETY: released but not yet overwritten: the ring has not wrapped (contract of the emulated ring).
    let after = unsafe { std::slice::from_raw_parts(p1[0].addr, p1[0].len as usize) };
    assert_eq!(after, &copy1[..], "released bytes stay readable until the ring wraps");
    assert_eq!(release(m, chn, &mut s2), HI_SUCCESS);
    // SAFETY: NULL is a legal argument to test.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_release_stream)(chn, std::ptr::null_mut()) }, HI_ERR_VENC_NULL_PTR);
    stop_destroy(m, chn);
}

#[test]
fn mpi_epoll_timeout_readiness_and_data_echo() {
    let m = mpi_ready();
    let chn = 50;
    assert_eq!(create(m, chn, &jpeg_attr(64, 64, 1 << 20)), HI_SUCCESS);
    // SAFETY: no pointers.
    let fd = unsafe { (m.venc.hi_mpi_venc_get_fd)(chn) };
    assert!(fd >= 0);
    let mut ep = -1;
    // SAFETY: valid out-param.
    assert_eq!(unsafe { (m.sys.hi_mpi_sys_create_epoll)(10, &mut ep) }, HI_SUCCESS);
    let tag = 0x5eed_usize as *mut std::ffi::c_void;
    let mut ev = hi_dvpp_epoll_event { events: hi_dvpp_epoll_event_type::HI_DVPP_EPOLL_IN.0, data: tag };
    // SAFETY: valid event.
    assert_eq!(unsafe { (m.sys.hi_mpi_sys_ctl_epoll)(ep, 1, fd, &mut ev) }, HI_SUCCESS);
    // SAFETY: valid event; 12345 is not a channel fd.
    assert_eq!(unsafe { (m.sys.hi_mpi_sys_ctl_epoll)(ep, 1, 12345, &mut ev) }, HI_ERR_SYS_ILLEGAL_PARAM);
    let mut out = [hi_dvpp_epoll_event { events: 0, data: std::ptr::null_mut() }; 4];
    let mut n = -1;
    let t = Instant::now();
    // SAFETY: `out` has 4 slots.
    assert_eq!(unsafe { (m.sys.hi_mpi_sys_wait_epoll)(ep, out.as_mut_ptr(), 4, 120, &mut n) }, HI_SUCCESS);
    assert_eq!(n, 0, "nothing ready before a frame is encoded");
    assert!(t.elapsed() >= Duration::from_millis(110), "wait_epoll honours its timeout: {:?}", t.elapsed());
    assert_eq!(start(m, chn, -1), HI_SUCCESS);
    let _f = send_nv12(m, chn, 64, 64, 3, 3, -1);
    // SAFETY: as above.
    assert_eq!(unsafe { (m.sys.hi_mpi_sys_wait_epoll)(ep, out.as_mut_ptr(), 4, 3000, &mut n) }, HI_SUCCESS);
    assert_eq!(n, 1);
    assert_eq!(out[0].data, tag, "the caller's data comes back unchanged");
    assert_eq!(out[0].events & 1, 1);
    let (mut s, _p) = stream_with(1);
    assert_eq!(get(m, chn, &mut s, 0), HI_SUCCESS);
    // SAFETY: as above.
    assert_eq!(unsafe { (m.sys.hi_mpi_sys_wait_epoll)(ep, out.as_mut_ptr(), 4, 0, &mut n) }, HI_SUCCESS);
    assert_eq!(n, 0, "not ready once the stream is fetched");
    assert_eq!(release(m, chn, &mut s), HI_SUCCESS);
    // SAFETY: DEL takes no event.
    assert_eq!(unsafe { (m.sys.hi_mpi_sys_ctl_epoll)(ep, 3, fd, std::ptr::null_mut()) }, HI_SUCCESS);
    stop_destroy(m, chn);
    // SAFETY: no pointers.
    assert_eq!(unsafe { (m.sys.hi_mpi_sys_close_epoll)(ep) }, HI_SUCCESS);
    // SAFETY: no pointers.
    assert_eq!(unsafe { (m.sys.hi_mpi_sys_close_epoll)(ep) }, HI_ERR_SYS_ILLEGAL_PARAM);
}

#[test]
fn mpi_send_jpege_frame_writes_into_the_callers_buffer() {
    let m = mpi_ready();
    let chn = 60;
    let (w, h) = (96, 64);
    assert_eq!(create(m, chn, &jpeg_attr(128, 128, 0)), HI_SUCCESS);
    assert_eq!(start(m, chn, -1), HI_SUCCESS);
    let mut input = DvppBuf::new((w * h * 3 / 2) as usize);
    input.fill(&noise(input.len, 9));
    let f = nv12_frame(&input, w, h, 42);
    let mut size = 0u32;
    // SAFETY: valid frame and out-param; jpeg_param is reserved (NULL allowed).
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_get_jpege_predicted_size)(&f, std::ptr::null(), &mut size) }, HI_SUCCESS);
    assert!(size as usize > (w * h) as usize);
    let out = DvppBuf::new(size as usize);
    let small = hi_img_stream { addr: out.ptr, len: size - 1, ..Default::default() };
    // SAFETY: valid frame and stream descriptions.
    let r = unsafe { (m.venc.hi_mpi_venc_send_jpege_frame)(chn, &f, &small, -1) };
    assert_eq!(r as u32, 0xA008_8013, "MPI-JPEGE-OUTBUF: below the predicted size");
    let mut heap = vec![0u8; size as usize + 16];
    let not_dvpp = hi_img_stream { addr: heap.as_mut_ptr(), len: size, ..Default::default() };
    // SAFETY: as above.
    let r = unsafe { (m.venc.hi_mpi_venc_send_jpege_frame)(chn, &f, &not_dvpp, -1) };
    assert!(r == HI_ERR_VENC_BAD_ADDR || r == HI_ERR_VENC_ILLEGAL_PARAM, "MPI-MEM-DVPP: {r:#x}");
    // SAFETY: as above.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_send_frame)(chn, &f, -1) }, HI_ERR_VENC_NOT_SUPPORT, "buf_size 0 mode");
    let good = hi_img_stream { addr: out.ptr, len: size, ..Default::default() };
    // SAFETY: as above.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_send_jpege_frame)(chn, &f, &good, -1) }, HI_SUCCESS);
    let (mut s, p) = stream_with(1);
    assert_eq!(get(m, chn, &mut s, 3000), HI_SUCCESS);
    assert_eq!(p[0].addr, out.ptr, "the pack's address is the caller's output buffer");
    assert_eq!(p[0].pts, 42);
    assert_eq!(&out.bytes()[..2], &[0xFF, 0xD8]);
    assert_eq!(release(m, chn, &mut s), HI_SUCCESS);
    stop_destroy(m, chn);
}

#[test]
fn mpi_jpeg_param_qfactor_and_user_tables() {
    let m = mpi_ready();
    let chn = 70;
    assert_eq!(create(m, chn, &jpeg_attr(64, 64, 1 << 20)), HI_SUCCESS);
    let mut p = hi_venc_jpeg_param::default();
    // SAFETY: valid out-param.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_get_jpeg_param)(chn, &mut p) }, HI_SUCCESS);
    assert!((1..=100).contains(&p.qfactor));
    p.qfactor = 0;
    // SAFETY: valid parameter.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_set_jpeg_param)(chn, &p) }, HI_ERR_VENC_ILLEGAL_PARAM, "MPI-JPEGE-QFACTOR");
    p.qfactor = 0xFFFF_FFFF;
    p.y_qt = [4; 64];
    p.cb_qt = [6; 64];
    p.cr_qt = [7; 64];
    // SAFETY: valid parameter.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_set_jpeg_param)(chn, &p) }, HI_ERR_VENC_ILLEGAL_PARAM, "Cb != Cr");
    p.cr_qt = [6; 64];
    // SAFETY: valid parameter.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_set_jpeg_param)(chn, &p) }, HI_SUCCESS);
    assert_eq!(start(m, chn, -1), HI_SUCCESS);
    let _f = send_nv12(m, chn, 64, 64, 1, 1, -1);
    let (mut s, pk) = stream_with(1);
    assert_eq!(get(m, chn, &mut s, 3000), HI_SUCCESS);
    // SAFETY: held stream bytes.
    let jpeg = unsafe { std::slice::from_raw_parts(pk[0].addr, pk[0].len as usize) };
    // The first DQT segment (FF DB, length 67, table 0) holds the user's luma table.
    let dqt = jpeg.windows(2).position(|w| w == [0xFF, 0xDB]).expect("DQT");
    assert_eq!(&jpeg[dqt + 5..dqt + 5 + 64], &[4u8; 64][..]);
    assert_eq!(release(m, chn, &mut s), HI_SUCCESS);
    // A video-only parameter on a JPEG channel.
    // SAFETY: no pointers.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_request_idr)(chn, hi_bool::HI_TRUE) }, HI_ERR_VENC_NOT_SUPPORT);
    stop_destroy(m, chn);
}

/// The functions `abi/abi-overlay.json` lists as not implemented return their family's NOT_SUPPORT code (the QP-map
/// size helpers too: they return `hi_s32`, and a negative value is their error).
#[test]
fn mpi_unsupported_functions_say_so() {
    let m = mpi_ready();
    // SAFETY: the emulator does not read the arguments of unsupported functions.
    unsafe {
        assert_eq!((m.venc.hi_mpi_venc_set_roi_attr)(0, std::ptr::null()), HI_ERR_VENC_NOT_SUPPORT);
        assert_eq!((m.venc.hi_mpi_venc_send_frame_ex)(0, std::ptr::null(), 0), HI_ERR_VENC_NOT_SUPPORT);
        assert_eq!((m.venc.hi_mpi_venc_get_qpmap_stride)(64), HI_ERR_VENC_NOT_SUPPORT);
        assert_eq!((m.sys.hi_mpi_sys_bind)(std::ptr::null(), std::ptr::null()), HI_ERR_SYS_NOT_SUPPORT);
    }
}

#[test]
fn mpi_h264_and_h265_frame_mode_packs() {
    let m = mpi_ready();
    for (chn, h265) in [(80, false), (81, true)] {
        let (w, h) = (320, 240);
        assert_eq!(create(m, chn, &video_attr(h265, w, h, 1000)), HI_SUCCESS);
        assert_eq!(start(m, chn, -1), HI_SUCCESS);
        let mut kept = Vec::new();
        for i in 0..4u64 {
            if i == 2 {
                // SAFETY: no pointers.
                assert_eq!(unsafe { (m.venc.hi_mpi_venc_request_idr)(chn, hi_bool::HI_TRUE) }, HI_SUCCESS);
            }
            let (r, b) = send_nv12(m, chn, w, h, 1000 + i, i + 1, -1);
            assert_eq!(r, HI_SUCCESS);
            let mut st = hi_venc_chn_status::default();
            let (mut s, packs) = stream_with(16);
            assert_eq!(get(m, chn, &mut s, 5000), HI_SUCCESS, "h265={h265} frame {i}");
            // SAFETY: valid out-param.
            assert_eq!(unsafe { (m.venc.hi_mpi_venc_query_status)(chn, &mut st) }, HI_SUCCESS);
            let n = s.pack_cnt as usize;
            let types: Vec<i32> = packs[..n]
                .iter()
                .map(|p| if h265 { p.data_type.h265_type().0 } else { p.data_type.h264_type().0 })
                .collect();
            assert!(packs[..n].iter().all(|p| p.pts == 1000 + i && *p.input_addr() == b.ptr as u64));
            assert_eq!(packs[n - 1].is_frame_end, hi_bool::HI_TRUE);
            assert!(packs[..n - 1].iter().all(|p| p.is_frame_end == hi_bool::HI_FALSE));
            let idr = if h265 { 19 } else { 5 };
            if i == 0 || i == 2 {
                let params: &[i32] = if h265 { &[32, 33, 34] } else { &[7, 8] };
                for t in params {
                    assert!(types.contains(t), "h265={h265} frame {i}: parameter set {t} in {types:?}");
                }
                assert!(types.contains(&idr), "h265={h265} frame {i} is an IDR: {types:?}");
            } else {
                assert!(!types.contains(&idr), "h265={h265} frame {i} is not an IDR: {types:?}");
            }
            for p in &packs[..n] {
                // SAFETY: held stream bytes.
                let nal = unsafe { std::slice::from_raw_parts(p.addr, p.len as usize) };
                assert!(nal.starts_with(&[0, 0, 1]) || nal.starts_with(&[0, 0, 0, 1]), "Annex B start code");
            }
            kept.push(b);
            assert_eq!(release(m, chn, &mut s), HI_SUCCESS);
        }
        stop_destroy(m, chn);
    }
}
