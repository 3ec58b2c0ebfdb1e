//! V1 clients that free memory a queued or running encode still uses, or free what is not theirs, on an emulated
//! 310P3: the process never crashes and the calls return the vendor's codes. Inputs and pic descs freed right after
//! `aclvencSendFrame` (VENC-SEND-INPUT-FREE-EARLY) still encode, and the callback still reads the desc's last
//! values; a user output buffer freed while its channel lives (VENC-CHDESC-BUFADDR-LIFETIME) is kept until
//! `aclvencDestroyChannel`; the library's output desc and buffer cannot be freed by the application
//! (VENC-CB-OUTPUT-LIFETIME); unmapped input memory is refused, not read (VENC-SEND-INPUT-PROVENANCE). Through the
//! exported C symbols.
//!
//! The tests run one at a time: they free and re-free addresses, which a parallel test's allocation could reuse.

mod common;

use std::ffi::c_void;
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use aclvenc_abi::*;
use common::*;

fn v() -> &'static V1 {
    v1("Ascend310P3", "")
}

fn serial() -> MutexGuard<'static, ()> {
    static SERIAL: Mutex<()> = Mutex::new(());
    SERIAL.lock().unwrap_or_else(|p| p.into_inner())
}

/// An Annex B start code (3 or 4 bytes) at the head of an access unit.
fn starts_annex_b(head: [u8; 4]) -> bool {
    head == [0, 0, 0, 1] || head[..3] == [0, 0, 1]
}

#[test]
fn venc_send_input_free_early_inputs_and_descs_freed_right_after_send_still_encode() {
    let _s = serial();
    let v = v();
    let rt = ReportThread::start(v);
    rt.start_pump();
    // Slow callbacks keep the later frames in flight while the client frees their inputs.
    let mut enc = Encoder::created(v, rt.tid, Recorder::new(Duration::from_millis(20)));
    let mut sent = Vec::new();
    for i in 0..6 {
        let input = Input::nv12(v, 10 + i);
        let (data, desc) = (input.mem.ptr as usize, input.desc);
        assert_eq!(enc.send(&input), ACL_SUCCESS, "send {i}");
        input.free_now();
        sent.push((data, desc));
    }
    assert_eq!(enc.eos(), ACL_SUCCESS);
    let d = enc.rec.deliveries();
    assert_eq!(frames(&d), [0, 1, 2, 3, 4, 5]);
    assert_all_encoded(&d);
    for (x, &(data, _)) in d.iter().zip(&sent) {
        assert_eq!(x.input_data, data, "frame {}: the callback reads the destroyed desc's last values", x.frame);
        assert!(starts_annex_b(x.head), "frame {}: output {:?}", x.frame, x.head);
    }
    // Every callback has returned: the early-destroyed descs are gone now, and the frees were real frees.
    for &(data, desc) in &sent {
        // SAFETY: both were freed above; the emulator must refuse the second free, not touch the memory.
        unsafe {
            assert_eq!((v.dvpp.acldvppDestroyPicDesc)(desc), ACL_ERROR_INVALID_PARAM, "double destroy");
            assert_eq!((v.dvpp.acldvppFree)(data as *mut c_void), ACL_ERROR_INVALID_PARAM, "double free");
        }
    }
    enc.finish(true);
    rt.stop_pump();
}

#[test]
fn venc_chdesc_bufaddr_lifetime_user_buffer_freed_while_the_channel_lives_is_kept_until_destroy() {
    let _s = serial();
    let v = v();
    let rt = ReportThread::start(v);
    rt.start_pump();
    let mut p: *mut c_void = std::ptr::null_mut();
    // SAFETY: `p` is a valid out-param.
    assert_eq!(unsafe { (v.dvpp.acldvppMalloc)(&mut p, MIN_BUF as usize) }, ACL_SUCCESS);
    let buf = p as usize;
    let mut enc = Encoder::new(v, rt.tid, Recorder::new(Duration::ZERO));
    // SAFETY: live desc; `p` is a live acldvppMalloc block of MIN_BUF bytes.
    unsafe {
        assert_eq!((v.venc.aclvencSetChannelDescBufAddr)(enc.desc, p), ACL_SUCCESS);
        assert_eq!((v.venc.aclvencSetChannelDescBufSize)(enc.desc, MIN_BUF), ACL_SUCCESS);
    }
    assert_eq!(enc.create(), ACL_SUCCESS);
    // SAFETY: the emulator owns the checks; the block is not touched by this test after the free.
    unsafe {
        assert_eq!((v.dvpp.acldvppFree)(p), ACL_SUCCESS, "the free itself succeeds, as on the device");
        assert_eq!((v.dvpp.acldvppFree)(p), ACL_ERROR_INVALID_PARAM, "a second free of it is refused");
    }
    // A new channel cannot take the freed buffer.
    let other = Encoder::new(v, rt.tid, Recorder::new(Duration::ZERO));
    // SAFETY: live desc; the address is only recorded and checked by the library.
    unsafe {
        assert_eq!((v.venc.aclvencSetChannelDescBufAddr)(other.desc, p), ACL_SUCCESS);
        assert_eq!((v.venc.aclvencSetChannelDescBufSize)(other.desc, MIN_BUF), ACL_SUCCESS);
    }
    assert_eq!(other.create(), ACL_ERROR_INVALID_PARAM, "freed memory as bufAddr (VENC-CHDESC-BUFADDR-PROVENANCE)");
    other.finish(false);

    let input = Input::nv12(v, 3);
    for i in 0..3 {
        assert_eq!(enc.send(&input), ACL_SUCCESS, "send {i}");
    }
    assert_eq!(enc.eos(), ACL_SUCCESS);
    let d = enc.rec.deliveries();
    assert_eq!(frames(&d), [0, 1, 2]);
    assert_all_encoded(&d);
    for x in &d {
        assert!(x.data >= buf && x.data + x.size as usize <= buf + MIN_BUF as usize, "frame {}", x.frame);
        assert!(starts_annex_b(x.head), "frame {}: output {:?}", x.frame, x.head);
    }
    enc.finish(true);
    // SAFETY: as above.
    assert_eq!(unsafe { (v.dvpp.acldvppFree)(p) }, ACL_ERROR_INVALID_PARAM, "released with the channel");
    rt.stop_pump();
}

#[test]
fn venc_cb_output_lifetime_the_library_output_desc_and_buffer_are_not_the_apps_to_free() {
    let _s = serial();
    let v = v();
    let rt = ReportThread::start(v);
    rt.start_pump();
    let mut enc = Encoder::created(v, rt.tid, Recorder::probing(Duration::ZERO));
    let input = Input::nv12(v, 4);
    for i in 0..2 {
        assert_eq!(enc.send(&input), ACL_SUCCESS, "send {i}");
    }
    assert_eq!(enc.eos(), ACL_SUCCESS);
    let d = enc.rec.deliveries();
    assert_eq!(frames(&d), [0, 1]);
    assert_all_encoded(&d);
    for x in &d {
        assert_eq!(x.output_destroy, Some(ACL_ERROR_INVALID_PARAM), "frame {}: acldvppDestroyStreamDesc", x.frame);
        // SAFETY: a pointer into the channel's internal output buffer; the emulator refuses to free it.
        let r = unsafe { (v.dvpp.acldvppFree)(x.data as *mut c_void) };
        assert_eq!(r, ACL_ERROR_INVALID_PARAM, "frame {}: acldvppFree of the library's output buffer", x.frame);
    }
    enc.finish(true);
    rt.stop_pump();
}

#[test]
fn venc_send_input_provenance_unmapped_input_memory_is_refused_not_read() {
    let _s = serial();
    let v = v();
    let rt = ReportThread::start(v);
    rt.start_pump();
    let mut enc = Encoder::created(v, rt.tid, Recorder::new(Duration::ZERO));
    let good = Input::nv12(v, 5);
    let stride = (W + 15) & !15;
    // The second page of the address space: never mapped in a Linux process (vm.mmap_min_addr).
    let wild = good_copy_with_data(v, &good, 0x1000 as *mut c_void, stride * H * 3 / 2);
    assert_eq!(enc.send_desc(wild), ACL_ERROR_INVALID_PARAM, "unmapped input (VENC-SEND-INPUT-PROVENANCE)");
    assert_eq!(enc.send(&good), ACL_SUCCESS, "the channel still works");
    assert_eq!(enc.eos(), ACL_SUCCESS);
    assert_eq!(frames(&enc.rec.deliveries()), [1], "only the good frame (send index 1) has a callback");
    // SAFETY: the desc made above, destroyed once.
    assert_eq!(unsafe { (v.dvpp.acldvppDestroyPicDesc)(wild) }, ACL_SUCCESS);
    enc.finish(true);
    rt.stop_pump();
}

/// A new pic desc like `like`'s, but with `data` and `size`.
fn good_copy_with_data(v: &V1, like: &Input, data: *mut c_void, size: u32) -> *mut acldvppPicDesc {
    // SAFETY: no arguments.
    let d = unsafe { (v.dvpp.acldvppCreatePicDesc)() };
    assert!(!d.is_null());
    // SAFETY: `d` and `like.desc` are live pic descs; the data pointer is only recorded by the setter.
    unsafe {
        let src = like.desc;
        assert_eq!((v.dvpp.acldvppSetPicDescData)(d, data), ACL_SUCCESS);
        assert_eq!((v.dvpp.acldvppSetPicDescSize)(d, size), ACL_SUCCESS);
        assert_eq!((v.dvpp.acldvppSetPicDescFormat)(d, (v.dvpp.acldvppGetPicDescFormat)(src)), ACL_SUCCESS);
        assert_eq!((v.dvpp.acldvppSetPicDescWidth)(d, (v.dvpp.acldvppGetPicDescWidth)(src)), ACL_SUCCESS);
        assert_eq!((v.dvpp.acldvppSetPicDescHeight)(d, (v.dvpp.acldvppGetPicDescHeight)(src)), ACL_SUCCESS);
        let ws = (v.dvpp.acldvppGetPicDescWidthStride)(src);
        assert_eq!((v.dvpp.acldvppSetPicDescWidthStride)(d, ws), ACL_SUCCESS);
        let hs = (v.dvpp.acldvppGetPicDescHeightStride)(src);
        assert_eq!((v.dvpp.acldvppSetPicDescHeightStride)(d, hs), ACL_SUCCESS);
    }
    d
}
