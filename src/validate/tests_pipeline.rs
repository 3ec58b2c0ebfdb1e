//! One test per pipeline rule (DVPP memory, pic descs, contexts and threads, the MPI system, epolls, driver
//! errors), each with a negative half (exactly that rule fires) and a positive half (correct use fires nothing),
//! through the whole export pipeline over the fake driver.
//!
//! Tests run in parallel against one shim: every test uses objects of its own (V2 channel ids from 200 up, devices
//! 7 to 11 for the per-device MPI system rules), and a rule that depends on a thread's device or context runs on a
//! thread the test spawns ([`on_new_thread`]).
//!
//! The `unsafe` blocks below call the shim's exports the way a C client would; the fake driver never dereferences
//! its arguments, and every pointer passed is live, a fake device address, or deliberately bogus (the point of
//! the test).
#![allow(clippy::undocumented_unsafe_blocks)]

use crate::calls::dvpp::*;
use crate::calls::mpi_dvpp::*;
use crate::calls::rt::*;
use crate::calls::sys::*;
use crate::calls::v1::*;
use crate::calls::v2::*;
use crate::report::Severity;
use crate::soc::Chip;
use crate::testing::{clean, driver_calls, on_chip, only, rules_of, script, wrapping};
use crate::validate::rules::Rule;
use aclvenc_abi::*;
use core::ffi::c_void;
use std::sync::atomic::{AtomicI32, Ordering};

// ---- Threads ----

/// Forgets what the shim keeps for the calling thread's pthread id (device, current context, report pumping).
/// A finished thread hands its pthread id on to the next thread, which starts with none of these in the runtime.
fn forget_this_thread() {
    let t = crate::process::current_thread_id();
    crate::shim::Shim::get().state.pipe.lock().thread_ended(t);
}

/// Runs `f` on a new thread with no device and no acl context, as a new thread starts, and leaves nothing of it
/// behind for the thread that reuses its pthread id. A panic in `f` fails the calling test.
fn on_new_thread<R: Send>(f: impl FnOnce() -> R + Send) -> R {
    std::thread::scope(|s| {
        let t = s.spawn(|| {
            forget_this_thread();
            let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
            forget_this_thread();
            r
        });
        match t.join() {
            Ok(Ok(r)) => r,
            Ok(Err(p)) | Err(p) => std::panic::resume_unwind(p),
        }
    })
}

// ---- Memory ----

fn dvpp_malloc(size: usize) -> *mut c_void {
    let mut p = std::ptr::null_mut();
    assert_eq!(unsafe { acldvppMalloc(&mut p, size) }, ACL_SUCCESS);
    p
}

fn mpi_malloc(size: u64) -> *mut c_void {
    let mut p = std::ptr::null_mut();
    assert_eq!(unsafe { hi_mpi_dvpp_malloc(0, &mut p, size) }, HI_SUCCESS);
    p
}

fn rt_malloc(size: usize) -> *mut c_void {
    let mut p = std::ptr::null_mut();
    assert_eq!(unsafe { aclrtMalloc(&mut p, size, aclrtMemMallocPolicy::ACL_MEM_MALLOC_HUGE_FIRST) }, ACL_SUCCESS);
    p
}

fn host_malloc(size: usize) -> *mut c_void {
    let mut p = std::ptr::null_mut();
    assert_eq!(unsafe { aclrtMallocHost(&mut p, size) }, ACL_SUCCESS);
    p
}

fn offset(p: *mut c_void, bytes: usize) -> *mut c_void {
    (p as usize + bytes) as *mut c_void
}

fn bogus<T>() -> *mut T {
    0x5eed_0000_usize as *mut T
}

/// A copy out of `src`, as a program reads an encoded stream.
fn copy_from(src: usize, count: usize) -> aclError {
    let mut dst = vec![0u8; count];
    unsafe {
        aclrtMemcpy(
            dst.as_mut_ptr().cast(),
            count,
            src as *const c_void,
            count,
            aclrtMemcpyKind::ACL_MEMCPY_DEVICE_TO_HOST,
        )
    }
}

// ---- V1 ----

pub(super) type Desc = *mut aclvencChannelDesc;

const NV12: acldvppPixelFormat = acldvppPixelFormat::PIXEL_FORMAT_YUV_SEMIPLANAR_420;
const NV21: acldvppPixelFormat = acldvppPixelFormat::PIXEL_FORMAT_YVU_SEMIPLANAR_420;

unsafe extern "C" fn on_frame(_: *mut acldvppPicDesc, _: *mut acldvppStreamDesc, _: *mut c_void) {}

/// A desc of a `w` x `h` NV12 channel with every required attribute set, made on the calling thread (which
/// needs an acl context).
fn desc_on_this_thread(w: u32, h: u32) -> Desc {
    let d = unsafe { aclvencCreateChannelDesc() };
    unsafe {
        aclvencSetChannelDescThreadId(d, crate::testing::pump_thread());
        aclvencSetChannelDescCallback(d, Some(on_frame));
        aclvencSetChannelDescEnType(d, acldvppStreamFormat::H264_MAIN_LEVEL);
        aclvencSetChannelDescPicFormat(d, NV12);
        aclvencSetChannelDescPicWidth(d, w);
        aclvencSetChannelDescPicHeight(d, h);
    }
    d
}

/// [`desc_on_this_thread`] on a thread with a device.
fn ready(w: u32, h: u32) -> Desc {
    crate::testing::with_device();
    desc_on_this_thread(w, h)
}

/// A desc with a live `w` x `h` channel.
fn live(w: u32, h: u32) -> Desc {
    let d = ready(w, h);
    assert_eq!(unsafe { aclvencCreateChannel(d) }, ACL_SUCCESS);
    d
}

/// With ACLVENC_SHIM_WRAP_CALLBACKS: a live 1280x720 channel whose callback `user` went through the shim, and the
/// trampoline the driver got for it (tests call it as the driver's report thread would).
pub(super) fn wrapped_live(user: crate::testing::UserCallback) -> (Desc, crate::testing::UserCallback) {
    wrapping(|| {
        let d = ready(1280, 720);
        unsafe { aclvencSetChannelDescCallback(d, Some(user)) };
        assert_eq!(unsafe { aclvencCreateChannel(d) }, ACL_SUCCESS);
        (d, crate::callbacks::bound(d as usize, user as usize).expect("a trampoline"))
    })
}

fn cfg(eos: u8) -> *mut aclvencFrameConfig {
    let c = unsafe { aclvencCreateFrameConfig() };
    unsafe { aclvencSetFrameConfigEos(c, eos) };
    c
}

/// A picture as a program describes it with acldvppCreatePicDesc and the setters.
#[derive(Clone, Copy)]
struct Pic {
    data: *mut c_void,
    size: u32,
    width: u32,
    height: u32,
    width_stride: u32,
    height_stride: u32,
    format: acldvppPixelFormat,
}

impl Pic {
    /// A correct NV12 picture of `w` x `h` in a fresh acldvppMalloc block of its size.
    fn nv12(w: u32, h: u32) -> Pic {
        let size = w * h * 3 / 2;
        Pic {
            data: dvpp_malloc(size as usize),
            size,
            width: w,
            height: h,
            width_stride: w,
            height_stride: h,
            format: NV12,
        }
    }

    fn desc(self) -> *mut acldvppPicDesc {
        let p = unsafe { acldvppCreatePicDesc() };
        unsafe {
            acldvppSetPicDescData(p, self.data);
            acldvppSetPicDescSize(p, self.size);
            acldvppSetPicDescFormat(p, self.format);
            acldvppSetPicDescWidth(p, self.width);
            acldvppSetPicDescHeight(p, self.height);
            acldvppSetPicDescWidthStride(p, self.width_stride);
            acldvppSetPicDescHeightStride(p, self.height_stride);
        }
        p
    }
}

fn send_pic(d: Desc, pic: *mut acldvppPicDesc) -> aclError {
    unsafe { aclvencSendFrame(d, pic, std::ptr::null_mut(), cfg(0), std::ptr::null_mut()) }
}

fn send(d: Desc, pic: Pic) -> aclError {
    send_pic(d, pic.desc())
}

/// A pic desc with no fields set (no picture checks apply).
pub(super) fn blank_pic() -> *mut acldvppPicDesc {
    unsafe { acldvppCreatePicDesc() }
}

// ---- V2 ----

/// A V2 channel id no other test uses: tests_v2.rs counts up from 0; these count up from 200 (310P has 256).
fn next_chn() -> i32 {
    static NEXT: AtomicI32 = AtomicI32::new(200);
    let c = NEXT.fetch_add(1, Ordering::SeqCst);
    assert!(c < 256, "out of test channel ids");
    c
}

fn h264(w: u32, h: u32) -> hi_venc_chn_attr {
    let mut a = hi_venc_chn_attr::default();
    let va = &mut a.venc_attr;
    va.r#type = hi_payload_type::HI_PT_H264;
    (va.pic_width, va.pic_height, va.max_pic_width, va.max_pic_height) = (w, h, w, h);
    va.buf_size = ((w * h * 3 / 2).div_ceil(64) * 64).max(32 * 1024);
    va.profile = 1;
    va.is_by_frame = hi_bool::HI_TRUE;
    a.rc_attr.rc_mode = hi_venc_rc_mode::HI_VENC_RC_MODE_H264_CBR;
    let cbr = a.rc_attr.h264_cbr_mut();
    (cbr.gop, cbr.stats_time, cbr.src_frame_rate, cbr.dst_frame_rate, cbr.bit_rate) = (30, 1, 30, 30, 2000);
    a.gop_attr.gop_mode = hi_venc_gop_mode::HI_VENC_GOP_MODE_NORMAL_P;
    a
}

fn create() -> i32 {
    let c = next_chn();
    assert_eq!(unsafe { hi_mpi_venc_create_chn(c, &h264(1280, 720)) }, HI_SUCCESS);
    c
}

fn started() -> i32 {
    let c = create();
    let p = hi_venc_start_param { recv_pic_num: -1 };
    assert_eq!(unsafe { hi_mpi_venc_start_chn(c, &p) }, HI_SUCCESS);
    c
}

fn destroy(c: i32) {
    unsafe {
        hi_mpi_venc_stop_chn(c);
        hi_mpi_venc_destroy_chn(c);
    }
}

/// A 1280x720 NV12 picture at `addr` with `pts`.
fn frame(addr: *mut c_void, pts: u64) -> hi_video_frame_info {
    let mut f = hi_video_frame_info::default();
    let v = &mut f.v_frame;
    (v.width, v.height) = (1280, 720);
    v.pixel_format = hi_pixel_format::HI_PIXEL_FORMAT_YUV_SEMIPLANAR_420;
    v.width_stride = [1280, 1280, 0];
    v.height_stride = [720, 720, 0];
    v.virt_addr[0] = addr;
    v.virt_addr[1] = offset(addr, 1280 * 720);
    v.pts = pts;
    f
}

const FRAME_BYTES: u64 = 1280 * 720 * 3 / 2;

fn send_frame(c: i32, f: &hi_video_frame_info) -> i32 {
    unsafe { hi_mpi_venc_send_frame(c, f, -1) }
}

/// A stream struct as the driver fills it in get_stream: one pack of `len` bytes at `addr`, for the picture at
/// `input` with `pts`.
struct Stream {
    packs: Vec<hi_venc_pack>,
    stream: hi_venc_stream,
}

fn stream(addr: usize, len: u32, input: usize, pts: u64) -> Box<Stream> {
    let mut s = Box::new(Stream { packs: vec![hi_venc_pack::default()], stream: hi_venc_stream::default() });
    let k = &mut s.packs[0];
    (k.addr, k.len, k.pts) = (addr as *mut u8, len, pts);
    *k.input_addr_mut() = input as u64;
    s.stream.pack = s.packs.as_mut_ptr();
    s.stream.pack_cnt = 1;
    s
}

fn get(c: i32, s: &mut Stream) -> i32 {
    unsafe { hi_mpi_venc_get_stream(c, &mut s.stream, -1) }
}

fn release(c: i32, s: &mut Stream) -> i32 {
    unsafe { hi_mpi_venc_release_stream(c, &mut s.stream) }
}

// ---- Early frees and the allocators ----

#[test]
fn venc_send_input_free_early() {
    // The frame is in flight from aclvencSendFrame until the driver calls the (wrapped) callback with its pic desc.
    let (d, tramp) = wrapped_live(on_frame);
    let out = || crate::testing::fake_output(4096, 0, 0);
    let (pic1, pic2) = (Pic::nv12(1280, 720), Pic::nv12(1280, 720));
    let (desc1, desc2) = (pic1.desc(), pic2.desc());
    wrapping(|| {
        clean(|| assert_eq!(send_pic(d, desc1), ACL_SUCCESS));
        clean(|| assert_eq!(send_pic(d, desc2), ACL_SUCCESS));
    });
    let msg = only(Rule::VencSendInputFreeEarly, || unsafe {
        acldvppFree(pic1.data);
    });
    assert!(msg.contains(&format!("channelDesc {:#x} frame", d as usize)), "{msg}");
    only(Rule::VencSendInputFreeEarly, || unsafe {
        acldvppDestroyPicDesc(desc2);
    });
    unsafe {
        tramp(desc1, out(), std::ptr::null_mut());
        tramp(desc2, out(), std::ptr::null_mut());
    }
    // Freed once the callback has delivered that frame's result.
    let pic3 = Pic::nv12(1280, 720);
    let desc3 = pic3.desc();
    wrapping(|| clean(|| assert_eq!(send_pic(d, desc3), ACL_SUCCESS)));
    clean(|| unsafe {
        tramp(desc3, out(), std::ptr::null_mut());
        assert_eq!(acldvppFree(pic3.data), ACL_SUCCESS);
        assert_eq!(acldvppDestroyPicDesc(desc3), ACL_SUCCESS);
    });
}

#[test]
fn mpi_input_free_early() {
    let c = started();
    let p = mpi_malloc(FRAME_BYTES);
    clean(|| assert_eq!(send_frame(c, &frame(p, 1)), HI_SUCCESS));
    let msg = only(Rule::MpiInputFreeEarly, || unsafe {
        hi_mpi_dvpp_free(p);
    });
    assert!(msg.contains(&format!("chn {c} frame 1")), "{msg}");
    // After get_stream returned the frame, matched by pack[0].input_addr.
    let c = started();
    let p = mpi_malloc(FRAME_BYTES);
    let mut s = stream(0, 100, p as usize, 0);
    clean(|| unsafe {
        send_frame(c, &frame(p, 1));
        get(c, &mut s);
        release(c, &mut s);
        assert_eq!(hi_mpi_dvpp_free(p), HI_SUCCESS);
    });
    // Matched by pts: get_stream returned the second picture, so the first is still read.
    let c = started();
    let (a, b) = (mpi_malloc(FRAME_BYTES), mpi_malloc(FRAME_BYTES));
    let mut s = stream(0, 100, 0, 22);
    clean(|| unsafe {
        send_frame(c, &frame(a, 11));
        send_frame(c, &frame(b, 22));
        get(c, &mut s);
        release(c, &mut s);
        hi_mpi_dvpp_free(b);
    });
    only(Rule::MpiInputFreeEarly, || unsafe {
        hi_mpi_dvpp_free(a);
    });
}

/// Issue 9: a frame counts its read in its block's cell, which serves another block once the first is freed; a
/// frame whose block was freed early (the finding) ends without uncounting a reader of any later block.
#[test]
fn a_frame_ending_after_its_block_was_freed_leaves_later_blocks_counted() {
    let c = started();
    let a = mpi_malloc(FRAME_BYTES);
    clean(|| assert_eq!(send_frame(c, &frame(a, 1)), HI_SUCCESS));
    only(Rule::MpiInputFreeEarly, || unsafe {
        hi_mpi_dvpp_free(a);
    });
    let b = mpi_malloc(FRAME_BYTES);
    let shim = crate::shim::Shim::get();
    let reads = || shim.state.pipe.lock().blocks[&(b as usize)].cell.reads.count();
    assert_eq!(reads(), 0);
    clean(|| assert_eq!(send_frame(c, &frame(b, 2)), HI_SUCCESS));
    assert_eq!(reads(), 1);
    // get_stream returns the first picture (pts 1): its end leaves the second one's read counted.
    let mut s = stream(0, 100, 0, 1);
    clean(|| {
        get(c, &mut s);
        release(c, &mut s);
    });
    assert_eq!(reads(), 1);
    let msg = only(Rule::MpiInputFreeEarly, || unsafe {
        hi_mpi_dvpp_free(b);
    });
    assert!(msg.contains(&format!("chn {c} frame 2")), "{msg}");
    destroy(c);
}

/// A free export: acldvppFree, hi_mpi_dvpp_free, aclrtFree, aclrtFreeHost.
type Free = unsafe extern "C" fn(*mut c_void) -> i32;

#[test]
fn dvpp_mem_double_free() {
    let blocks: [(_, Free); 4] = [
        (dvpp_malloc(4096), acldvppFree),
        (mpi_malloc(4096), hi_mpi_dvpp_free),
        (rt_malloc(4096), aclrtFree),
        (host_malloc(4096), aclrtFreeHost),
    ];
    for (p, free) in blocks {
        clean(|| assert_eq!(unsafe { free(p) }, 0));
        driver_calls();
        let msg = only(Rule::DvppMemDoubleFree, || {
            assert_ne!(unsafe { free(p) }, 0);
        });
        assert!(msg.contains("4096 bytes") && msg.contains("already freed"), "{msg}");
        assert!(driver_calls().is_empty(), "the second free reached the driver: {msg}");
    }
}

#[test]
fn dvpp_mem_free_unknown() {
    // An interior pointer: the chroma plane of a frame.
    let p = dvpp_malloc(8192);
    let msg = only(Rule::DvppMemFreeUnknown, || unsafe {
        acldvppFree(offset(p, 4096));
    });
    assert!(msg.contains("4096 bytes into the 8192-byte block"), "{msg}");
    // A pointer of another allocator.
    let q = mpi_malloc(4096);
    let msg = only(Rule::DvppMemFreeUnknown, || unsafe {
        acldvppFree(q);
    });
    assert!(msg.contains("came from hi_mpi_dvpp_malloc") && msg.contains("hi_mpi_dvpp_free"), "{msg}");
    // A pointer no allocator returned.
    let msg = only(Rule::DvppMemFreeUnknown, || unsafe {
        acldvppFree(bogus());
    });
    assert!(msg.contains("never returned by acldvppMalloc"), "{msg}");
    only(Rule::DvppMemFreeUnknown, || unsafe {
        aclrtFreeHost(bogus());
    });
    let (r, h, m) = (rt_malloc(4096), host_malloc(4096), mpi_malloc(4096));
    clean(|| unsafe {
        assert_eq!(acldvppFree(p), ACL_SUCCESS);
        assert_eq!(aclrtFree(r), ACL_SUCCESS);
        assert_eq!(aclrtFreeHost(h), ACL_SUCCESS);
        assert_eq!(hi_mpi_dvpp_free(m), HI_SUCCESS);
        // NULL is a no-op, as free(NULL).
        acldvppFree(std::ptr::null_mut());
    });
}

// ---- What a thread caches of live objects (issue 9) ----

/// A desc, frame config, pic desc and block this thread used (so it holds them in its caches, found without the
/// state locks), then destroyed or freed by another thread: the next call on this thread sees them gone.
#[test]
fn objects_this_thread_cached_and_another_thread_destroyed_are_seen_gone() {
    let d = live(1280, 720);
    let pic = Pic::nv12(1280, 720);
    let (p, c) = (pic.desc(), cfg(0));
    clean(|| {
        assert_eq!(send_pic(d, p), ACL_SUCCESS);
        assert_eq!(unsafe { aclvencSendFrame(d, p, std::ptr::null_mut(), c, std::ptr::null_mut()) }, ACL_SUCCESS);
    });
    let (addrs, data) = ([d as usize, p as usize, c as usize], pic.data as usize);
    on_new_thread(move || unsafe {
        aclvencDestroyChannel(addrs[0] as Desc);
        aclvencDestroyChannelDesc(addrs[0] as Desc);
        acldvppDestroyPicDesc(addrs[1] as *mut acldvppPicDesc);
        aclvencDestroyFrameConfig(addrs[2] as *mut aclvencFrameConfig);
        acldvppFree(data as *mut c_void);
    });
    driver_calls();
    let msg = only(Rule::VencChdescUnknownHandle, || unsafe {
        aclvencSetChannelDescPicWidth(d, 1280);
    });
    assert!(msg.contains("already destroyed"), "{msg}");
    only(Rule::DvppDescUnknownHandle, || unsafe {
        acldvppSetPicDescWidth(p, 1280);
    });
    only(Rule::VencFramecfgUnknownHandle, || unsafe {
        aclvencSetFrameConfigEos(c, 0);
    });
    assert!(driver_calls().is_empty(), "a destroyed handle reached the driver");
    // The freed block, named again by a new pic desc on a live channel.
    let d = live(1280, 720);
    let msg = only(Rule::VencSendInputProvenance, || {
        send(d, pic);
    });
    assert!(msg.contains("was freed"), "{msg}");
}

/// A desc created at the address of a destroyed one (the driver reusing it) starts with nothing set, whatever the
/// destroyed one had and whichever thread cached it.
#[test]
fn a_desc_created_where_a_destroyed_one_was_starts_empty() {
    let d = ready(1280, 720);
    let addr = d as usize;
    unsafe { aclvencDestroyChannelDesc(d) };
    crate::testing::reuse_next(addr);
    let again = unsafe { aclvencCreateChannelDesc() };
    assert_eq!(again as usize, addr);
    let v1 = crate::shim::Shim::get().state.v1.lock();
    let attrs = v1.descs.get(&addr).expect("the new desc").attrs();
    assert_eq!((attrs.width, attrs.height, attrs.en_type), (None, None, None));
}

// ---- The V1 picture ----

#[test]
fn venc_send_input_provenance() {
    let d = live(1280, 720);
    let host = Pic { data: host_malloc(1382400), ..Pic::nv12(1280, 720) };
    let msg = only(Rule::VencSendInputProvenance, || {
        send(d, host);
    });
    assert!(msg.contains("comes from aclrtMallocHost"), "{msg}");
    only(Rule::VencSendInputProvenance, || {
        send(d, Pic { data: bogus(), ..Pic::nv12(1280, 720) });
    });
    let freed = Pic::nv12(1280, 720);
    unsafe { acldvppFree(freed.data) };
    let msg = only(Rule::VencSendInputProvenance, || {
        send(d, freed);
    });
    assert!(msg.contains("was freed"), "{msg}");
    // aclrtMalloc memory: 310P and 310B accept it, 310 does not.
    let device = Pic { data: rt_malloc(1382400), ..Pic::nv12(1280, 720) };
    on_chip(Chip::Ascend310, || {
        only(Rule::VencSendInputProvenance, || {
            send(d, device);
        })
    });
    clean(|| {
        send(d, Pic::nv12(1280, 720));
        send(d, device);
    });
}

#[test]
fn venc_send_input_align() {
    let d = live(1280, 720);
    let block = dvpp_malloc(1382400 + 4096);
    let msg = only(Rule::VencSendInputAlign, || {
        send(d, Pic { data: offset(block, 8), ..Pic::nv12(1280, 720) });
    });
    assert!(msg.contains(&format!("{:#x}", block as usize + 8)), "{msg}");
    clean(|| {
        send(d, Pic { data: offset(block, 16), ..Pic::nv12(1280, 720) });
        send(d, Pic { data: block, ..Pic::nv12(1280, 720) });
    });
}

#[test]
fn venc_send_input_size_min() {
    let d = live(1920, 1080);
    // 1088-row strides (the aligned height) on a buffer declared for 1080 rows.
    let tall = Pic { data: dvpp_malloc(3133440), height_stride: 1088, ..Pic::nv12(1920, 1080) };
    assert_eq!(tall.size, 3110400);
    let msg = only(Rule::VencSendInputSizeMin, || {
        send(d, tall);
    });
    assert!(msg.contains("3133440") && msg.contains("3110400") && msg.contains("1920x1088"), "{msg}");
    // The size declared covers the strides, but the block does not.
    let short = Pic { data: dvpp_malloc(3110400), height_stride: 1088, size: 3133440, ..Pic::nv12(1920, 1080) };
    let msg = only(Rule::VencSendInputSizeMin, || {
        send(d, short);
    });
    assert!(msg.contains("holds only 3110400 bytes") && msg.contains("3133440"), "{msg}");
    clean(|| {
        send(d, Pic::nv12(1920, 1080));
        send(d, Pic { data: dvpp_malloc(3133440), height_stride: 1088, size: 3133440, ..Pic::nv12(1920, 1080) });
    });
}

#[test]
fn venc_send_input_size_range() {
    let d = live(1280, 720);
    // w x h x 3 is one past the range 310 accepts; 310P has no such limit.
    let big = Pic { data: dvpp_malloc(2764800), size: 2764800, ..Pic::nv12(1280, 720) };
    let msg = on_chip(Chip::Ascend310, || {
        only(Rule::VencSendInputSizeRange, || {
            send(d, big);
        })
    });
    assert!(msg.contains("[1382400, 2764800)"), "{msg}");
    on_chip(Chip::Ascend310, || {
        clean(|| {
            send(d, Pic::nv12(1280, 720));
            send(d, Pic { size: 2764799, ..big });
        })
    });
    clean(|| {
        send(d, big);
    });
}

#[test]
fn venc_send_stride() {
    let d = live(1280, 720);
    let msg = only(Rule::VencSendStride, || {
        send(d, Pic { width_stride: 1264, ..Pic::nv12(1280, 720) });
    });
    assert!(msg.contains("widthStride 1264") && msg.contains("use 1280"), "{msg}");
    let d = live(1272, 720);
    let p = Pic::nv12(1272, 720);
    only(Rule::VencSendStride, || {
        send(d, Pic { data: dvpp_malloc(1280 * 720 * 3 / 2), size: 1280 * 720 * 3 / 2, ..p });
    });
    clean(|| {
        send(d, Pic { data: dvpp_malloc(1280 * 720 * 3 / 2), size: 1280 * 720 * 3 / 2, width_stride: 1280, ..p });
    });
}

#[test]
fn venc_send_hstride() {
    let d = live(1280, 720);
    only(Rule::VencSendHstride, || {
        send(d, Pic { height_stride: 719, ..Pic::nv12(1280, 720) });
    });
    only(Rule::VencSendHstride, || {
        send(d, Pic { height_stride: 716, ..Pic::nv12(1280, 720) });
    });
    clean(|| {
        send(d, Pic::nv12(1280, 720));
        // 0: not set (310P says it need not be).
        send(d, Pic { height_stride: 0, ..Pic::nv12(1280, 720) });
    });
}

#[test]
fn venc_send_picdesc_dims() {
    let d = live(1280, 720);
    let msg = only(Rule::VencSendPicdescDims, || {
        send(d, Pic { width: 1264, ..Pic::nv12(1280, 720) });
    });
    assert!(msg.contains("1264x720") && msg.contains("1280x720"), "{msg}");
    only(Rule::VencSendPicdescDims, || {
        send(d, Pic { height: 704, ..Pic::nv12(1280, 720) });
    });
    clean(|| {
        send(d, Pic::nv12(1280, 720));
    });
}

#[test]
fn venc_send_picdesc_format_ignored() {
    let d = live(1280, 720);
    let msg = only(Rule::VencSendPicdescFormatIgnored, || {
        send(d, Pic { format: NV21, ..Pic::nv12(1280, 720) });
    });
    assert!(msg.contains("PIXEL_FORMAT_YVU_SEMIPLANAR_420"), "{msg}");
    clean(|| {
        send(d, Pic::nv12(1280, 720));
    });
}

// ---- The V2 picture ----

#[test]
fn mpi_mem_dvpp() {
    let c = started();
    let msg = only(Rule::MpiMemDvpp, || {
        send_frame(c, &frame(dvpp_malloc(FRAME_BYTES as usize), 0));
    });
    assert!(msg.contains("comes from acldvppMalloc"), "{msg}");
    only(Rule::MpiMemDvpp, || {
        send_frame(c, &frame(host_malloc(FRAME_BYTES as usize), 0));
    });
    let msg = only(Rule::MpiMemDvpp, || {
        send_frame(c, &frame(bogus(), 0));
    });
    assert!(msg.contains("never returned by hi_mpi_dvpp_malloc"), "{msg}");
    clean(|| {
        send_frame(c, &frame(mpi_malloc(FRAME_BYTES), 0));
    });
}

#[test]
fn mpi_mem_size() {
    let c = started();
    let msg = only(Rule::MpiMemSize, || {
        send_frame(c, &frame(mpi_malloc(1280 * 720), 0));
    });
    assert!(msg.contains("holds only 921600 bytes") && msg.contains("1382400"), "{msg}");
    clean(|| {
        send_frame(c, &frame(mpi_malloc(FRAME_BYTES), 0));
    });
}

// ---- The V1 output buffer and outputs ----

#[test]
fn venc_chdesc_bufaddr_provenance() {
    let with_buffer = |buf: *mut c_void| {
        let d = ready(1280, 720);
        unsafe {
            aclvencSetChannelDescBufAddr(d, buf);
            aclvencSetChannelDescBufSize(d, 8 << 20);
        }
        d
    };
    let d = with_buffer(mpi_malloc(8 << 20));
    let msg = only(Rule::VencChdescBufaddrProvenance, || unsafe {
        aclvencCreateChannel(d);
    });
    assert!(msg.contains("comes from hi_mpi_dvpp_malloc"), "{msg}");
    let d = with_buffer(dvpp_malloc(5 << 20));
    let msg = only(Rule::VencChdescBufaddrProvenance, || unsafe {
        aclvencCreateChannel(d);
    });
    assert!(msg.contains("holds only 5242880 bytes"), "{msg}");
    let d = with_buffer(bogus());
    only(Rule::VencChdescBufaddrProvenance, || unsafe {
        aclvencCreateChannel(d);
    });
    let d = with_buffer(dvpp_malloc(8 << 20));
    clean(|| unsafe {
        aclvencCreateChannel(d);
    });
}

#[test]
fn venc_chdesc_bufaddr_lifetime() {
    let with_buffer = || {
        let (d, buf) = (ready(1280, 720), dvpp_malloc(8 << 20));
        unsafe {
            aclvencSetChannelDescBufAddr(d, buf);
            aclvencSetChannelDescBufSize(d, 8 << 20);
            assert_eq!(aclvencCreateChannel(d), ACL_SUCCESS);
        }
        (d, buf)
    };
    let (d, buf) = with_buffer();
    let msg = only(Rule::VencChdescBufaddrLifetime, || unsafe {
        acldvppFree(buf);
    });
    assert!(msg.contains(&format!("channelDesc {:#x}", d as usize)), "{msg}");
    let (d, buf) = with_buffer();
    clean(|| unsafe {
        aclvencDestroyChannel(d);
        assert_eq!(acldvppFree(buf), ACL_SUCCESS);
    });
}

/// The output data [`copy_inside`] last copied from.
static COPIED: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// A callback that copies its output inside the callback, as the vendor sample does.
unsafe extern "C" fn copy_inside(_: *mut acldvppPicDesc, out: *mut acldvppStreamDesc, _: *mut c_void) {
    let (data, size) = unsafe { (acldvppGetStreamDescData(out), acldvppGetStreamDescSize(out)) };
    if copy_from(data as usize, size as usize) == ACL_SUCCESS {
        COPIED.store(data as usize, Ordering::SeqCst);
    }
}

#[test]
fn venc_cb_output_lifetime() {
    // V1: the output is the application's until its callback returns.
    let (d, tramp) = wrapped_live(copy_inside);
    let data = dvpp_malloc(4096) as usize;
    clean(|| unsafe { tramp(blank_pic(), crate::testing::fake_output(1000, 0, data), d.cast()) });
    assert_eq!(COPIED.load(Ordering::SeqCst), data, "the callback copied the output's data");
    let msg = only(Rule::VencCbOutputLifetime, || {
        copy_from(data + 10, 100);
    });
    assert!(msg.contains("whose aclvencCallback returned"), "{msg}");
    // V2: a stream's packs are the application's until it releases the stream.
    let c = started();
    let addr = rt_malloc(4096) as usize;
    let mut s = stream(addr, 1000, 0, 0);
    clean(|| {
        send_frame(c, &frame(mpi_malloc(FRAME_BYTES), 0));
        get(c, &mut s);
        copy_from(addr, 1000);
        release(c, &mut s);
    });
    let msg = only(Rule::VencCbOutputLifetime, || {
        copy_from(addr, 1000);
    });
    assert!(msg.contains(&format!("pack 0 of chn {c} stream")) && msg.contains("hi_mpi_venc_release_stream"), "{msg}");
    // The same memory in the next stream is readable again.
    let mut next = stream(addr, 1000, 0, 0);
    clean(|| {
        send_frame(c, &frame(mpi_malloc(FRAME_BYTES), 0));
        get(c, &mut next);
        copy_from(addr, 1000);
    });
    // A stream this thread got (it holds its packs, so copies from them are checked without the pipe lock) that
    // another thread released: a copy from it is reported.
    let stream_at = &mut next.stream as *mut hi_venc_stream as usize;
    // SAFETY: `next` outlives the thread, which is joined before it is used again.
    on_new_thread(move || unsafe { hi_mpi_venc_release_stream(c, stream_at as *mut hi_venc_stream) });
    only(Rule::VencCbOutputLifetime, || {
        copy_from(addr, 1000);
    });
}

/// Issue 9: the packs a stream lays out one after another are one range to the output-lifetime rule (one lookup
/// per stream, not per pack); a copy from any of them after the release names the packs, and a pack elsewhere is
/// a range of its own.
#[test]
fn adjacent_packs_expire_as_one_range() {
    let c = started();
    let (buf, other) = (rt_malloc(4096) as usize, rt_malloc(4096) as usize);
    let mut s = stream(buf, 100, 0, 0);
    s.packs = [(buf, 100), (buf + 100, 50), (buf + 150, 200), (other, 64)]
        .into_iter()
        .map(|(addr, len)| {
            let mut k = hi_venc_pack::default();
            (k.addr, k.len) = (addr as *mut u8, len);
            k
        })
        .collect();
    (s.stream.pack, s.stream.pack_cnt) = (s.packs.as_mut_ptr(), 4);
    clean(|| {
        send_frame(c, &frame(mpi_malloc(FRAME_BYTES), 0));
        get(c, &mut s);
        copy_from(buf + 120, 200);
        copy_from(other, 64);
        release(c, &mut s);
    });
    let msg = only(Rule::VencCbOutputLifetime, || {
        copy_from(buf + 160, 10);
    });
    assert!(msg.contains(&format!("packs 0 to 2 of chn {c} stream")), "{msg}");
    let msg = only(Rule::VencCbOutputLifetime, || {
        copy_from(other, 64);
    });
    assert!(msg.contains(&format!("pack 3 of chn {c} stream")), "{msg}");
    clean(|| assert_eq!(copy_from(buf + 350, 16), ACL_SUCCESS));
}

// ---- The MPI system, epolls, fds ----

#[test]
fn mpi_sys_init_required() {
    on_new_thread(|| unsafe {
        assert_eq!(aclrtSetDevice(7), ACL_SUCCESS);
        let mut p = std::ptr::null_mut();
        let msg = only(Rule::MpiSysInitRequired, || {
            hi_mpi_dvpp_malloc(7, &mut p, 4096);
        });
        assert!(msg.contains("hi_mpi_dvpp_malloc before hi_mpi_sys_init"), "{msg}");
        let mut param = hi_venc_mod_param::default();
        only(Rule::MpiSysInitRequired, || {
            hi_mpi_venc_get_mod_param(&mut param);
        });
        clean(|| {
            assert_eq!(hi_mpi_sys_init(), HI_SUCCESS);
            hi_mpi_dvpp_malloc(7, &mut p, 4096);
            hi_mpi_venc_get_mod_param(&mut param);
            hi_mpi_dvpp_free(p);
            assert_eq!(hi_mpi_sys_exit(), HI_SUCCESS);
        });
    });
}

#[test]
fn mpi_sys_init_order() {
    // (The shape "before aclInit" needs aclFinalize, which would end the runtime under every other test.)
    on_new_thread(|| {
        let msg = only(Rule::MpiSysInitOrder, || unsafe {
            hi_mpi_sys_init();
        });
        assert!(msg.contains("before aclrtSetDevice"), "{msg}");
    });
    on_new_thread(|| {
        assert_eq!(unsafe { aclrtSetDevice(8) }, ACL_SUCCESS);
        clean(|| unsafe {
            assert_eq!(hi_mpi_sys_init(), HI_SUCCESS);
            assert_eq!(hi_mpi_sys_exit(), HI_SUCCESS);
        });
    });
}

#[test]
fn mpi_sys_exit_order() {
    // Device 9's MPI system, with a channel of its own; the channels of other tests live on device 0, which
    // this exit leaves alone.
    on_new_thread(|| unsafe {
        assert_eq!(aclrtSetDevice(9), ACL_SUCCESS);
        assert_eq!(hi_mpi_sys_init(), HI_SUCCESS);
        let c = create();
        let msg = only(Rule::MpiSysExitOrder, || {
            hi_mpi_sys_exit();
        });
        assert!(msg.contains(&format!("channels [{c}]")), "{msg}");
        hi_mpi_sys_init();
        clean(|| {
            hi_mpi_venc_destroy_chn(c);
            assert_eq!(hi_mpi_sys_exit(), HI_SUCCESS);
        });
    });
}

fn epoll_ctl(epoll: i32, op: hi_dvpp_epoll_ctl_op, fd: i32) -> i32 {
    let mut ev = hi_dvpp_epoll_event { events: hi_dvpp_epoll_event_type::HI_DVPP_EPOLL_IN.0, ..Default::default() };
    unsafe { hi_mpi_sys_ctl_epoll(epoll, op.0, fd, &mut ev) }
}

/// A channel with an fd of its own (the fake get_fd returns the scripted value).
fn chn_with_fd() -> (i32, i32) {
    let c = create();
    let fd = 5000 + c;
    script("hi_mpi_venc_get_fd", fd);
    assert_eq!(unsafe { hi_mpi_venc_get_fd(c) }, fd);
    script("hi_mpi_venc_get_fd", 0);
    (c, fd)
}

#[test]
fn mpi_epoll_set() {
    // A channel fd still registered when its channel is destroyed.
    let mut epoll = 0;
    assert_eq!(unsafe { hi_mpi_sys_create_epoll(10, &mut epoll) }, HI_SUCCESS);
    let (c, fd) = chn_with_fd();
    assert_eq!(epoll_ctl(epoll, hi_dvpp_epoll_ctl_op::HI_DVPP_EPOLL_CTL_ADD, fd), HI_SUCCESS);
    let msg = only(Rule::MpiEpollSet, || unsafe {
        hi_mpi_venc_destroy_chn(c);
    });
    assert!(msg.contains(&format!("fd {fd}")) && msg.contains(&format!("[{epoll}]")), "{msg}");
    let (c, fd) = chn_with_fd();
    clean(|| unsafe {
        epoll_ctl(epoll, hi_dvpp_epoll_ctl_op::HI_DVPP_EPOLL_CTL_ADD, fd);
        epoll_ctl(epoll, hi_dvpp_epoll_ctl_op::HI_DVPP_EPOLL_CTL_DEL, fd);
        hi_mpi_venc_destroy_chn(c);
        assert_eq!(hi_mpi_sys_close_epoll(epoll), HI_SUCCESS);
    });
    // An epoll instance still open at hi_mpi_sys_exit (of device 10's MPI system).
    on_new_thread(|| unsafe {
        assert_eq!(aclrtSetDevice(10), ACL_SUCCESS);
        assert_eq!(hi_mpi_sys_init(), HI_SUCCESS);
        let mut epoll = 0;
        hi_mpi_sys_create_epoll(10, &mut epoll);
        // Both rules name this one: the exit is not the last step, and the epoll calls are not used as a set.
        let got = crate::report::capture(|| {
            hi_mpi_sys_exit();
        });
        let ids: Vec<_> = got.iter().map(|(r, _)| r.id()).collect();
        assert_eq!(ids, ["MPI-SYS-EXIT-ORDER", "MPI-EPOLL-SET"]);
        assert!(got[1].1.contains(&format!("[{epoll}]")), "{}", got[1].1);
        hi_mpi_sys_init();
        clean(|| {
            hi_mpi_sys_close_epoll(epoll);
            assert_eq!(hi_mpi_sys_exit(), HI_SUCCESS);
        });
    });
}

#[test]
fn mpi_closefd() {
    let c = create();
    only(Rule::MpiClosefd, || unsafe {
        hi_mpi_venc_close_fd(c);
    });
    unsafe { hi_mpi_venc_destroy_chn(c) };
    clean(|| unsafe {
        hi_mpi_venc_close_fd(c);
    });
}

// ---- Contexts and threads ----

#[test]
fn venc_chan_create_no_context() {
    // A thread that set no device: no context for the channel's streams.
    on_new_thread(|| {
        let mut d = std::ptr::null_mut();
        only(Rule::VencChanCreateNoContext, || d = unsafe { aclvencCreateChannelDesc() });
        unsafe {
            aclvencSetChannelDescThreadId(d, crate::testing::pump_thread());
            aclvencSetChannelDescCallback(d, Some(on_frame));
            aclvencSetChannelDescPicFormat(d, NV12);
            aclvencSetChannelDescPicWidth(d, 1280);
            aclvencSetChannelDescPicHeight(d, 720);
        }
        only(Rule::VencChanCreateNoContext, || unsafe {
            aclvencCreateChannel(d);
        });
    });
    // A device (its default context), or a context of its own.
    on_new_thread(|| {
        unsafe { aclrtSetDevice(0) };
        clean(|| unsafe {
            aclvencCreateChannel(desc_on_this_thread(1280, 720));
        });
    });
    on_new_thread(|| {
        let mut ctx: aclrtContext = std::ptr::null_mut();
        unsafe { aclrtCreateContext(&mut ctx, 0) };
        clean(|| unsafe {
            aclvencCreateChannel(desc_on_this_thread(1280, 720));
        });
    });
}

#[test]
fn venc_send_context() {
    // The channel is created in a context of its own; pictures come from another thread.
    let (d, ctx) = on_new_thread(|| {
        let mut ctx: aclrtContext = std::ptr::null_mut();
        assert_eq!(unsafe { aclrtCreateContext(&mut ctx, 0) }, ACL_SUCCESS);
        let d = desc_on_this_thread(1280, 720);
        assert_eq!(unsafe { aclvencCreateChannel(d) }, ACL_SUCCESS);
        (d as usize, ctx as usize)
    });
    on_new_thread(|| {
        let d = d as Desc;
        // The device's default context is not the channel's.
        unsafe { aclrtSetDevice(0) };
        let msg = only(Rule::VencSendContext, || {
            send_pic(d, blank_pic());
        });
        assert!(msg.contains("default context") && msg.contains(&format!("{ctx:#x}")), "{msg}");
        clean(|| unsafe {
            assert_eq!(aclrtSetCurrentContext(ctx as aclrtContext), ACL_SUCCESS);
            send_pic(d, blank_pic());
        });
    });
}

/// A callback that allocates device memory, which needs an acl context on the report thread.
unsafe extern "C" fn malloc_inside(_: *mut acldvppPicDesc, _: *mut acldvppStreamDesc, _: *mut c_void) {
    let mut p = std::ptr::null_mut();
    unsafe { aclrtMalloc(&mut p, 64, aclrtMemMallocPolicy::ACL_MEM_MALLOC_HUGE_FIRST) };
}

#[test]
fn venc_cb_thread_context() {
    let (d, tramp) = wrapped_live(malloc_inside);
    let d = d as usize;
    // The driver's report thread, which never set a context.
    on_new_thread(|| {
        let msg = only(Rule::VencCbThreadContext, || unsafe {
            tramp(blank_pic(), crate::testing::fake_output(100, 0, 0), d as *mut c_void);
        });
        assert!(msg.contains("aclrtMalloc") && msg.contains(&format!("channelDesc {d:#x}")), "{msg}");
    });
    // A report thread that set the device first (the official sample's).
    on_new_thread(|| {
        unsafe { aclrtSetDevice(0) };
        clean(|| unsafe {
            tramp(blank_pic(), crate::testing::fake_output(100, 0, 0), d as *mut c_void);
        });
    });
}

// ---- Uninitialised structs ----

#[test]
fn mpi_struct_uninit() {
    let mut a = h264(1280, 720);
    a.venc_attr.is_by_frame = hi_bool(7);
    let msg = only(Rule::MpiStructUninit, || unsafe {
        hi_mpi_venc_create_chn(next_chn(), &a);
    });
    assert!(msg.contains("is_by_frame is 7"), "{msg}");
    let mut a = h264(1280, 720);
    a.gop_attr.gop_mode = hi_venc_gop_mode(0x5eed_0000);
    let msg = only(Rule::MpiStructUninit, || unsafe {
        hi_mpi_venc_create_chn(next_chn(), &a);
    });
    assert!(msg.contains("gop_mode"), "{msg}");
    let c = started();
    let mut f = frame(mpi_malloc(FRAME_BYTES), 0);
    f.v_frame.compress_mode = hi_compress_mode(0x5eed_0000);
    let msg = only(Rule::MpiStructUninit, || {
        send_frame(c, &f);
    });
    assert!(msg.contains("compress_mode"), "{msg}");
    // Zeroed structs filled member by member; a JPEG channel does not read is_by_frame.
    let mut jpeg = hi_venc_chn_attr::default();
    let va = &mut jpeg.venc_attr;
    va.r#type = hi_payload_type::HI_PT_JPEG;
    (va.pic_width, va.pic_height, va.max_pic_width, va.max_pic_height) = (1280, 720, 1280, 720);
    va.is_by_frame = hi_bool(7);
    clean(|| unsafe {
        hi_mpi_venc_create_chn(next_chn(), &h264(1280, 720));
        hi_mpi_venc_create_chn(next_chn(), &jpeg);
        send_frame(c, &frame(mpi_malloc(FRAME_BYTES), 0));
    });
}

// ---- Driver errors ----

/// The merged finding of DRIVER-ERROR in `function` whose message has `text`.
fn driver_finding(function: &str, text: &str) -> crate::report::Finding {
    crate::report::findings()
        .into_iter()
        .find(|f| f.rule == "DRIVER-ERROR" && f.function == function && f.message.contains(text))
        .unwrap_or_else(|| panic!("no DRIVER-ERROR finding of {function} with {text:?}"))
}

#[test]
fn driver_error() {
    // A code the shim has no explanation for.
    let d = live(1280, 720);
    script("aclvencSendFrame", ACL_ERROR_RT_AICPU_EXCEPTION);
    let msg = only(Rule::DriverError, || {
        assert_eq!(send_pic(d, blank_pic()), ACL_ERROR_RT_AICPU_EXCEPTION);
    });
    assert!(msg.contains("ACL_ERROR_RT_AICPU_EXCEPTION (507018)") && msg.contains("saw nothing wrong"), "{msg}");
    // A pic desc with 1088-row strides and a size for 1080 rows: the message names the code and the likely cause.
    let d = live(1920, 1080);
    let tall = Pic { data: dvpp_malloc(3133440), height_stride: 1088, ..Pic::nv12(1920, 1080) };
    script("aclvencSendFrame", ACL_ERROR_INVALID_PARAM);
    let got = crate::report::capture(|| {
        send(d, tall);
    });
    script("aclvencSendFrame", 0);
    let ids: Vec<_> = got.iter().map(|(r, _)| r.id()).collect();
    assert_eq!(ids, ["VENC-SEND-INPUT-SIZE-MIN", "DRIVER-ERROR"]);
    let msg = &got[1].1;
    assert!(msg.contains("ACL_ERROR_INVALID_PARAM (100000)"), "{msg}");
    assert!(msg.contains("1920x1088 strides (3133440 bytes)") && msg.contains("its size is 3110400"), "{msg}");
    // Info: the finding above already says what is wrong, the failure is its consequence.
    assert_eq!(driver_finding("aclvencSendFrame", "ACL_ERROR_INVALID_PARAM (100000)").severity, Severity::Info);
    assert_eq!(driver_finding("aclvencSendFrame", "ACL_ERROR_RT_AICPU_EXCEPTION (507018)").severity, Severity::Warning);
    // A poll that found nothing ready answers the poll; it is no failure and makes no finding.
    let c = started();
    let mut s = stream(0, 100, 0, 0);
    script("hi_mpi_venc_get_stream", HI_ERR_VENC_BUF_EMPTY);
    clean(|| {
        assert_eq!(unsafe { hi_mpi_venc_get_stream(c, &mut s.stream, 0) }, HI_ERR_VENC_BUF_EMPTY);
    });
    script("hi_mpi_venc_get_stream", 0);
    let empty = |f: &crate::report::Finding| f.function == "hi_mpi_venc_get_stream" && f.message.contains("BUF_EMPTY");
    assert!(!crate::report::findings().iter().any(empty));
    // Calls the driver succeeds.
    clean(|| {
        assert_eq!(send(d, Pic::nv12(1920, 1080)), ACL_SUCCESS);
        assert_eq!(get(c, &mut s), HI_SUCCESS);
        assert_eq!(release(c, &mut s), HI_SUCCESS);
    });
    assert!(rules_of(|| destroy(c)).is_empty());
}

/// A driver that never hands a frame back (the benchmarks' empty driver, a hung device) must not make the shim's
/// memory grow: past `MAX_IN_FLIGHT` frames of one channel the oldest is forgotten and its reads end.
#[test]
fn frames_in_flight_stay_bounded_when_the_driver_never_answers() {
    use crate::state::MAX_IN_FLIGHT;
    let c = started();
    let addr = mpi_malloc(FRAME_BYTES);
    let f = frame(addr, 0);
    clean(|| {
        for _ in 0..MAX_IN_FLIGHT + 100 {
            assert_eq!(send_frame(c, &f), HI_SUCCESS);
        }
    });
    let shim = crate::shim::Shim::get();
    assert_eq!(shim.state.v2.chns.on(c, |c| c.in_flight.len()).unwrap(), MAX_IN_FLIGHT);
    let reads = || shim.state.pipe.lock().blocks[&(addr as usize)].cell.reads.count();
    assert_eq!(reads(), MAX_IN_FLIGHT as u32);
    destroy(c);
    assert_eq!(reads(), 0, "the channel's reads end with it");
    clean(|| assert_eq!(unsafe { hi_mpi_dvpp_free(addr) }, HI_SUCCESS));
}

/// Issue 9: once a channel has run a while, no per-frame call of a correct program allocates on the heap (trace
/// off): the V2 send, query, get and release, and the V1 pic desc setters, send and wrapped callback.
#[test]
fn per_frame_calls_make_no_heap_allocation() {
    use crate::testing::allocations_in;
    // V2.
    let c = started();
    let input = mpi_malloc(FRAME_BYTES);
    let out = mpi_malloc(1 << 16) as usize;
    let f = frame(input, 0);
    let mut st = stream(out, 1000, input as usize, 0);
    let mut status = hi_venc_chn_status::default();
    let mut v2_frame = || {
        assert_eq!(send_frame(c, &f), HI_SUCCESS);
        assert_eq!(unsafe { hi_mpi_venc_query_status(c, &mut status) }, HI_SUCCESS);
        assert_eq!(get(c, &mut st), HI_SUCCESS);
        assert_eq!(release(c, &mut st), HI_SUCCESS);
    };
    clean(|| {
        for _ in 0..5000 {
            v2_frame();
        }
        assert_eq!(allocations_in(|| (0..1000).for_each(|_| v2_frame())), 0, "V2 per-frame calls allocated");
    });
    destroy(c);
    // V1, with wrapped callbacks: the pic desc's fields set per frame, the send, the callback.
    let (d, tramp) = wrapped_live(on_frame);
    let p = Pic::nv12(1280, 720);
    let data = p.data;
    let pic = p.desc();
    let config = cfg(0);
    let outputs: Vec<_> = (0..6000).map(|_| crate::testing::fake_output(1000, 0, out)).collect();
    let mut next = outputs.into_iter();
    let mut v1_frame = || unsafe {
        assert_eq!(acldvppSetPicDescData(pic, data), ACL_SUCCESS);
        assert_eq!(acldvppSetPicDescSize(pic, FRAME_BYTES as u32), ACL_SUCCESS);
        assert_eq!(aclvencSendFrame(d, pic, std::ptr::null_mut(), config, std::ptr::null_mut()), ACL_SUCCESS);
        tramp(pic, next.next().unwrap_or(std::ptr::null_mut()), std::ptr::null_mut());
    };
    wrapping(|| {
        clean(|| {
            for _ in 0..5000 {
                v1_frame();
            }
            assert_eq!(allocations_in(|| (0..1000).for_each(|_| v1_frame())), 0, "V1 per-frame calls allocated");
        })
    });
    unsafe { aclvencDestroyChannel(d) };
}

/// The allocation counter of [`per_frame_calls_make_no_heap_allocation`] counts: a call that allocates is seen.
#[test]
fn the_allocation_counter_sees_an_allocation() {
    let n = crate::testing::allocations_in(|| {
        std::hint::black_box(vec![1u8; 16]);
    });
    assert_eq!(n, 1);
    // A finding allocates (its message), so a per-frame call that made one would fail the test above.
    let d = live(1280, 720);
    let n = crate::testing::allocations_in(|| {
        crate::report::capture(|| unsafe {
            aclvencSetChannelDescPicWidth(d, 1920);
        });
    });
    assert!(n > 0);
    unsafe { aclvencDestroyChannel(d) };
}
