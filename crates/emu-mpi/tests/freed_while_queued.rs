//! V2 clients that free DVPP memory a queued job still uses (MPI-INPUT-FREE-EARLY), through the exported C symbols:
//! the input of `send_frame` may be freed as soon as the call returns (the picture was copied); the JPEGE output
//! buffer of `send_jpege_frame` freed before its stream is fetched is kept until the stream is released, so the
//! JPEG still lands there and the pack address stays readable; memory freed before a send is BAD_ADDR. Nothing
//! crashes, and a second free of any of them is HI_ERR_SYS_ILLEGAL_PARAM.
//!
//! The tests run one at a time: they re-free addresses, which a parallel test's allocation could reuse.

mod common;

use std::sync::{Mutex, MutexGuard};

use aclvenc_abi::*;
use common::*;

fn serial() -> MutexGuard<'static, ()> {
    static SERIAL: Mutex<()> = Mutex::new(());
    SERIAL.lock().unwrap_or_else(|p| p.into_inner())
}

fn create_started(m: &Mpi, chn: i32, attr: &hi_venc_chn_attr) {
    // SAFETY: `attr` is a valid attribute.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_create_chn)(chn, attr) }, HI_SUCCESS);
    assert_eq!(start(m, chn, -1), HI_SUCCESS);
}

#[test]
fn mpi_input_free_early_send_frame_input_freed_right_after_the_send() {
    let _s = serial();
    let m = mpi_ready();
    let (chn, w, h) = (80, 192, 128);
    create_started(m, chn, &video_attr(true, w, h, 800));
    let mut inputs = Vec::new();
    for pts in 0..4u64 {
        let p = nv12_raw(w, h, pts + 1);
        let f = nv12_frame_at(p, w, h, pts);
        // SAFETY: `f` describes `p`, live during the call.
        assert_eq!(unsafe { (m.venc.hi_mpi_venc_send_frame)(chn, &f, -1) }, HI_SUCCESS, "send {pts}");
        assert_eq!(dvpp_free_raw(p), HI_SUCCESS, "free {pts} right after its send");
        inputs.push(p);
    }
    for pts in 0..4u64 {
        let (mut s, packs) = stream_with(8);
        // SAFETY: `s.pack` points to `s.pack_cnt` packs owned here.
        unsafe { assert_eq!((m.venc.hi_mpi_venc_get_stream)(chn, &mut s, 5000), HI_SUCCESS) };
        let n = s.pack_cnt as usize;
        assert!(n > 0 && packs[..n].iter().all(|p| p.pts == pts && p.len > 0), "stream {pts}");
        // SAFETY: a pack handed out by get_stream, readable until its release.
        let head = unsafe { std::slice::from_raw_parts(packs[0].addr, 4) };
        assert_eq!(head, [0, 0, 0, 1], "stream {pts}: Annex B");
        // SAFETY: as above.
        unsafe { assert_eq!((m.venc.hi_mpi_venc_release_stream)(chn, &mut s), HI_SUCCESS) };
    }
    for p in inputs {
        assert_eq!(dvpp_free_raw(p), HI_ERR_SYS_ILLEGAL_PARAM, "double free");
    }
    stop_destroy(m, chn);
}

#[test]
fn mpi_input_free_early_jpege_output_freed_before_its_stream_is_kept_until_release() {
    let _s = serial();
    let m = mpi_ready();
    let (chn, w, h) = (81, 96, 64);
    create_started(m, chn, &jpeg_attr(w, h, 0));
    let input = nv12_raw(w, h, 9);
    let f = nv12_frame_at(input, w, h, 42);
    let mut size = 0u32;
    // SAFETY: valid frame and out-param; jpeg_param is reserved (NULL allowed).
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_get_jpege_predicted_size)(&f, std::ptr::null(), &mut size) }, HI_SUCCESS);
    let out = dvpp_alloc_raw(size as usize);
    let stream = hi_img_stream { addr: out, len: size, ..Default::default() };
    // SAFETY: valid frame and stream descriptions.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_send_jpege_frame)(chn, &f, &stream, -1) }, HI_SUCCESS);
    assert_eq!(dvpp_free_raw(input), HI_SUCCESS, "the input right after the send");
    assert_eq!(dvpp_free_raw(out), HI_SUCCESS, "the output before its stream: succeeds, as on the device");
    assert_eq!(dvpp_free_raw(out), HI_ERR_SYS_ILLEGAL_PARAM, "a second free of the kept block");
    // The freed block is no DVPP memory for a new send.
    let again = nv12_raw(w, h, 10);
    let f2 = nv12_frame_at(again, w, h, 43);
    // SAFETY: as above.
    let r = unsafe { (m.venc.hi_mpi_venc_send_jpege_frame)(chn, &f2, &stream, 0) };
    assert_eq!(r, HI_ERR_VENC_BAD_ADDR, "freed output buffer (MPI-MEM-DVPP)");

    let (mut s, packs) = stream_with(1);
    // SAFETY: `s.pack` points to one pack owned here.
    unsafe { assert_eq!((m.venc.hi_mpi_venc_get_stream)(chn, &mut s, 5000), HI_SUCCESS) };
    assert_eq!((packs[0].addr, packs[0].pts), (out, 42));
    assert!(packs[0].len > 4);
    // SAFETY: the pack points into the kept block, readable until the release.
    let jpeg = unsafe { std::slice::from_raw_parts(packs[0].addr, packs[0].len as usize) };
    assert_eq!((&jpeg[..2], &jpeg[jpeg.len() - 2..]), (&[0xFF, 0xD8][..], &[0xFF, 0xD9][..]));
    // SAFETY: as above.
    unsafe { assert_eq!((m.venc.hi_mpi_venc_release_stream)(chn, &mut s), HI_SUCCESS) };
    assert_eq!(dvpp_free_raw(out), HI_ERR_SYS_ILLEGAL_PARAM, "released with the stream");
    assert_eq!(dvpp_free_raw(again), HI_SUCCESS);
    stop_destroy(m, chn);
}

#[test]
fn mpi_input_free_early_jpege_output_freed_and_channel_destroyed_before_the_stream() {
    let _s = serial();
    let m = mpi_ready();
    let (chn, w, h) = (82, 64, 64);
    create_started(m, chn, &jpeg_attr(w, h, 0));
    let input = nv12_raw(w, h, 11);
    let f = nv12_frame_at(input, w, h, 1);
    let mut size = 0u32;
    // SAFETY: valid frame and out-param.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_get_jpege_predicted_size)(&f, std::ptr::null(), &mut size) }, HI_SUCCESS);
    let outs: Vec<*mut u8> = (0..3).map(|_| dvpp_alloc_raw(size as usize)).collect();
    for (i, &out) in outs.iter().enumerate() {
        let stream = hi_img_stream { addr: out, len: size, ..Default::default() };
        // SAFETY: valid frame and stream descriptions.
        assert_eq!(unsafe { (m.venc.hi_mpi_venc_send_jpege_frame)(chn, &f, &stream, -1) }, HI_SUCCESS, "send {i}");
        assert_eq!(dvpp_free_raw(out), HI_SUCCESS, "output {i} freed while queued");
    }
    // Destroyed with jobs queued or streams unfetched: the kept blocks go with them.
    stop_destroy(m, chn);
    for out in outs {
        assert_eq!(dvpp_free_raw(out), HI_ERR_SYS_ILLEGAL_PARAM);
    }
    assert_eq!(dvpp_free_raw(input), HI_SUCCESS);
}

#[test]
fn mpi_mem_dvpp_memory_freed_before_the_send_is_bad_addr() {
    let _s = serial();
    let m = mpi_ready();
    let (chn, w, h) = (83, 128, 128);
    create_started(m, chn, &video_attr(false, w, h, 500));
    let p = nv12_raw(w, h, 12);
    assert_eq!(dvpp_free_raw(p), HI_SUCCESS);
    let f = nv12_frame_at(p, w, h, 0);
    // SAFETY: `f` names freed memory; the emulator checks it against its registry and never reads it.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_send_frame)(chn, &f, 0) }, HI_ERR_VENC_BAD_ADDR);
    stop_destroy(m, chn);
}
