//! A client shaped like a real encoder application that gets memory wrong, run 20 times in a row as a child process
//! against the three built emulated libraries: every run must finish with exit status 0 and no signal.
//!
//! What the client does wrong (V1, then V2, through the exported C symbols): frees each input right after the
//! asynchronous send and destroys its pic desc before the callback (VENC-SEND-INPUT-FREE-EARLY,
//! MPI-INPUT-FREE-EARLY), frees the V1 user output buffer while the channel lives (VENC-CHDESC-BUFADDR-LIFETIME),
//! frees each JPEGE output buffer before fetching its stream, and at teardown frees and destroys everything a
//! second time, frees pointers into blocks and frees with the wrong allocator. It checks that every frame is still
//! encoded and that every wrong call returns the vendor's code.
//!
//! The child is this test binary itself, running the ignored test `careless_client_child`.

mod common;

use std::ffi::c_void;
use std::os::unix::process::ExitStatusExt;
use std::process::Command;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use aclvenc_abi::*;
use common::*;

const RUNS: usize = 20;
const DONE: &str = "careless client: every frame encoded, every wrong call refused";

#[test]
fn careless_client_survives_20_runs_in_a_row() {
    let exe = std::env::current_exe().expect("the test binary");
    for run in 1..=RUNS {
        let out = Command::new(&exe)
            .args(["--exact", "careless_client_child", "--ignored", "--nocapture", "--test-threads=1"])
            .env("ACLVENC_EMU_SOC", "Ascend310P3")
            .env_remove("ACLVENC_EMU_FAULTS")
            .env("ACLVENC_EMU_LOG", "off")
            .output()
            .expect("run the child");
        let text = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.signal(), None, "run {run}: killed by a signal\n{text}");
        assert!(out.status.success(), "run {run}: {}\n{text}\n{}", out.status, String::from_utf8_lossy(&out.stderr));
        assert!(text.contains(DONE), "run {run}: the client did not finish\n{text}");
    }
}

#[test]
#[ignore = "the child process of careless_client_survives_20_runs_in_a_row, which runs it"]
fn careless_client_child() {
    v1_client();
    v2_client();
    println!("{DONE}");
}

// ---- V1 ----

const W: u32 = 256;
const H: u32 = 144;
const FRAMES: usize = 8;
const OUT_BUF: u32 = 5 * 1024 * 1024;

/// What the callbacks saw: how many ran, and how many of them had a bad output.
static CALLBACKS: AtomicUsize = AtomicUsize::new(0);
static BAD_OUTPUTS: AtomicUsize = AtomicUsize::new(0);

unsafe extern "C" fn on_frame(input: *mut acldvppPicDesc, output: *mut acldvppStreamDesc, _user: *mut c_void) {
    let a = acl();
    // SAFETY: the library's callback contract: `output` is live until the callback returns, `size` bytes of data
    // are readable at its data pointer; `input` is the desc given to the send (destroyed early: still readable).
    let ok = unsafe {
        let (data, size) = ((a.dvpp.acldvppGetStreamDescData)(output), (a.dvpp.acldvppGetStreamDescSize)(output));
        let head = if data.is_null() || size < 4 { &[][..] } else { std::slice::from_raw_parts(data.cast::<u8>(), 4) };
        (a.dvpp.acldvppGetStreamDescRetCode)(output) == 0
            && head == [0, 0, 0, 1]
            && !(a.dvpp.acldvppGetPicDescData)(input).is_null()
    };
    if !ok {
        BAD_OUTPUTS.fetch_add(1, Ordering::SeqCst);
    }
    CALLBACKS.fetch_add(1, Ordering::SeqCst);
}

fn dvpp_malloc(len: usize) -> *mut c_void {
    let mut p: *mut c_void = std::ptr::null_mut();
    // SAFETY: `p` is a valid out-param.
    assert_eq!(unsafe { (acl().dvpp.acldvppMalloc)(&mut p, len) }, ACL_SUCCESS);
    p
}

fn v1_client() {
    let a = acl();
    // SAFETY: every call below follows the vendor prototypes; the pointers passed are live, or were freed on
    // purpose and are only checked by the library.
    unsafe {
        assert_eq!((a.rt.aclInit)(std::ptr::null()), ACL_SUCCESS);
        assert_eq!((a.rt.aclrtSetDevice)(0), ACL_SUCCESS);

        // The report thread, pumping aclrtProcessReport as the vendor samples do.
        let pumping = Arc::new(AtomicBool::new(true));
        let (tid_tx, tid_rx) = std::sync::mpsc::channel();
        let p = pumping.clone();
        let report = std::thread::spawn(move || {
            tid_tx.send(aclvenc_emu_common::process::this_thread()).unwrap();
            while p.load(Ordering::SeqCst) {
                (acl().rt.aclrtProcessReport)(20);
            }
        });
        let tid = tid_rx.recv().unwrap();

        let desc = (a.venc.aclvencCreateChannelDesc)();
        assert!(!desc.is_null());
        assert_eq!((a.venc.aclvencSetChannelDescThreadId)(desc, tid), ACL_SUCCESS);
        assert_eq!((a.venc.aclvencSetChannelDescCallback)(desc, Some(on_frame)), ACL_SUCCESS);
        assert_eq!((a.venc.aclvencSetChannelDescEnType)(desc, acldvppStreamFormat::H264_MAIN_LEVEL), ACL_SUCCESS);
        let nv12 = acldvppPixelFormat::PIXEL_FORMAT_YUV_SEMIPLANAR_420;
        assert_eq!((a.venc.aclvencSetChannelDescPicFormat)(desc, nv12), ACL_SUCCESS);
        assert_eq!((a.venc.aclvencSetChannelDescPicWidth)(desc, W), ACL_SUCCESS);
        assert_eq!((a.venc.aclvencSetChannelDescPicHeight)(desc, H), ACL_SUCCESS);
        let out_buf = dvpp_malloc(OUT_BUF as usize);
        assert_eq!((a.venc.aclvencSetChannelDescBufAddr)(desc, out_buf), ACL_SUCCESS);
        assert_eq!((a.venc.aclvencSetChannelDescBufSize)(desc, OUT_BUF), ACL_SUCCESS);
        assert_eq!((a.venc.aclvencCreateChannel)(desc), ACL_SUCCESS);
        // Mistake: the output buffer freed while the channel lives.
        assert_eq!((a.dvpp.acldvppFree)(out_buf), ACL_SUCCESS);

        let cfg = (a.venc.aclvencCreateFrameConfig)();
        assert_eq!((a.venc.aclvencSetFrameConfigEos)(cfg, 0), ACL_SUCCESS);
        let stride = (W + 15) & !15;
        let size = stride * H * 3 / 2;
        let mut freed = Vec::new();
        for i in 0..FRAMES {
            let data = dvpp_malloc(size as usize);
            let pixels = noise(size as usize, i as u64 + 1);
            std::ptr::copy_nonoverlapping(pixels.as_ptr(), data.cast::<u8>(), pixels.len());
            let pic = (a.dvpp.acldvppCreatePicDesc)();
            assert_eq!((a.dvpp.acldvppSetPicDescData)(pic, data), ACL_SUCCESS);
            assert_eq!((a.dvpp.acldvppSetPicDescSize)(pic, size), ACL_SUCCESS);
            assert_eq!((a.dvpp.acldvppSetPicDescFormat)(pic, nv12), ACL_SUCCESS);
            assert_eq!((a.dvpp.acldvppSetPicDescWidth)(pic, W), ACL_SUCCESS);
            assert_eq!((a.dvpp.acldvppSetPicDescHeight)(pic, H), ACL_SUCCESS);
            assert_eq!((a.dvpp.acldvppSetPicDescWidthStride)(pic, stride), ACL_SUCCESS);
            assert_eq!((a.dvpp.acldvppSetPicDescHeightStride)(pic, H), ACL_SUCCESS);
            let r = (a.venc.aclvencSendFrame)(desc, pic, std::ptr::null_mut(), cfg, std::ptr::null_mut());
            assert_eq!(r, ACL_SUCCESS, "send {i}");
            // Mistakes: the input and its desc freed right after the asynchronous send.
            assert_eq!((a.dvpp.acldvppFree)(data), ACL_SUCCESS);
            assert_eq!((a.dvpp.acldvppDestroyPicDesc)(pic), ACL_SUCCESS);
            freed.push((data, pic));
        }
        let eos = (a.venc.aclvencCreateFrameConfig)();
        assert_eq!((a.venc.aclvencSetFrameConfigEos)(eos, 1), ACL_SUCCESS);
        let r = (a.venc.aclvencSendFrame)(desc, std::ptr::null_mut(), std::ptr::null_mut(), eos, std::ptr::null_mut());
        assert_eq!(r, ACL_SUCCESS, "EOS");
        assert_eq!((a.venc.aclvencDestroyChannel)(desc), ACL_SUCCESS);
        assert_eq!((a.venc.aclvencDestroyChannelDesc)(desc), ACL_SUCCESS);
        assert_eq!((a.venc.aclvencDestroyFrameConfig)(cfg), ACL_SUCCESS);
        assert_eq!((a.venc.aclvencDestroyFrameConfig)(eos), ACL_SUCCESS);
        pumping.store(false, Ordering::SeqCst);
        report.join().unwrap();
        assert_eq!((CALLBACKS.load(Ordering::SeqCst), BAD_OUTPUTS.load(Ordering::SeqCst)), (FRAMES, 0));

        // Teardown mistakes: everything a second time, a pointer into a block, the wrong allocator.
        for (data, pic) in freed {
            assert_eq!((a.dvpp.acldvppFree)(data), ACL_ERROR_INVALID_PARAM, "double free");
            assert_eq!((a.dvpp.acldvppDestroyPicDesc)(pic), ACL_ERROR_INVALID_PARAM, "double destroy");
        }
        assert_eq!((a.dvpp.acldvppFree)(out_buf), ACL_ERROR_INVALID_PARAM, "double free of the output buffer");
        assert_eq!((a.venc.aclvencDestroyChannelDesc)(desc), ACL_ERROR_INVALID_PARAM, "double destroy");
        let block = dvpp_malloc(4096);
        assert_eq!((a.dvpp.acldvppFree)(block.cast::<u8>().add(256).cast()), ACL_ERROR_INVALID_PARAM, "interior");
        assert_eq!((mpi().dvpp.hi_mpi_dvpp_free)(block), HI_ERR_SYS_ILLEGAL_PARAM, "another allocator's free");
        assert_eq!((a.rt.aclrtFree)(block), ACL_ERROR_INVALID_PARAM, "another allocator's free");
        assert_eq!((a.dvpp.acldvppFree)(block), ACL_SUCCESS);
    }
}

// ---- V2 ----

fn v2_client() {
    let m = mpi_ready();
    let (w, h) = (256, 144);
    let mut freed = Vec::new();
    // SAFETY: as in `v1_client`.
    unsafe {
        // H.264: each input freed right after its send.
        assert_eq!((m.venc.hi_mpi_venc_create_chn)(0, &video_attr(false, w, h, 1000)), HI_SUCCESS);
        assert_eq!(start(m, 0, -1), HI_SUCCESS);
        for i in 0..FRAMES as u64 {
            let p = nv12_raw(w, h, 100 + i);
            assert_eq!((m.venc.hi_mpi_venc_send_frame)(0, &nv12_frame_at(p, w, h, i), -1), HI_SUCCESS);
            assert_eq!(dvpp_free_raw(p), HI_SUCCESS);
            freed.push(p);
            let (mut s, packs) = stream_with(8);
            assert_eq!((m.venc.hi_mpi_venc_get_stream)(0, &mut s, 5000), HI_SUCCESS);
            assert!(packs[0].pts == i && packs[0].len > 0);
            assert_eq!((m.venc.hi_mpi_venc_release_stream)(0, &mut s), HI_SUCCESS);
        }
        stop_destroy(m, 0);

        // JPEGE with user output buffers: input and output freed before the stream is fetched.
        assert_eq!((m.venc.hi_mpi_venc_create_chn)(1, &jpeg_attr(w, h, 0)), HI_SUCCESS);
        assert_eq!(start(m, 1, -1), HI_SUCCESS);
        for i in 0..4u64 {
            let p = nv12_raw(w, h, 200 + i);
            let f = nv12_frame_at(p, w, h, i);
            let mut size = 0u32;
            assert_eq!((m.venc.hi_mpi_venc_get_jpege_predicted_size)(&f, std::ptr::null(), &mut size), HI_SUCCESS);
            let out = dvpp_alloc_raw(size as usize);
            let stream = hi_img_stream { addr: out, len: size, ..Default::default() };
            assert_eq!((m.venc.hi_mpi_venc_send_jpege_frame)(1, &f, &stream, -1), HI_SUCCESS);
            assert_eq!(dvpp_free_raw(p), HI_SUCCESS);
            assert_eq!(dvpp_free_raw(out), HI_SUCCESS);
            freed.extend([p, out]);
            let (mut s, packs) = stream_with(1);
            assert_eq!((m.venc.hi_mpi_venc_get_stream)(1, &mut s, 5000), HI_SUCCESS);
            let jpeg = std::slice::from_raw_parts(packs[0].addr, packs[0].len as usize);
            assert_eq!((packs[0].addr, &jpeg[..2]), (out, &[0xFF, 0xD8][..]));
            assert_eq!((m.venc.hi_mpi_venc_release_stream)(1, &mut s), HI_SUCCESS);
        }
        // One more JPEGE frame whose output is freed and never fetched: destroyed with the channel.
        let p = nv12_raw(w, h, 300);
        let out = dvpp_alloc_raw(1 << 20);
        let stream = hi_img_stream { addr: out, len: 1 << 20, ..Default::default() };
        assert_eq!((m.venc.hi_mpi_venc_send_jpege_frame)(1, &nv12_frame_at(p, w, h, 9), &stream, -1), HI_SUCCESS);
        assert_eq!(dvpp_free_raw(out), HI_SUCCESS);
        std::thread::sleep(Duration::from_millis(5));
        stop_destroy(m, 1);
        assert_eq!(dvpp_free_raw(p), HI_SUCCESS);
        freed.extend([p, out]);

        // Teardown mistakes.
        for p in freed {
            assert_eq!(dvpp_free_raw(p), HI_ERR_SYS_ILLEGAL_PARAM, "double free");
        }
        let block = dvpp_alloc_raw(4096);
        assert_eq!(dvpp_free_raw(block.add(64)), HI_ERR_SYS_ILLEGAL_PARAM, "interior");
        assert_eq!((acl().dvpp.acldvppFree)(block.cast()), ACL_ERROR_INVALID_PARAM, "another allocator's free");
        assert_eq!(dvpp_free_raw(block), HI_SUCCESS);
        assert_eq!(dvpp_free_raw(std::ptr::null_mut()), HI_ERR_SYS_NULL_PTR);
    }
}
