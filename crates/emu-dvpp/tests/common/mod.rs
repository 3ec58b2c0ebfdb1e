//! Shared helpers of the emu-dvpp integration tests: load the built `libascendcl.so` and `libacl_dvpp.so` with
//! `dlopen`, call them through function tables generated from the ABI crate, and drive V1 channels with a real
//! report thread and small synthetic NV12 pictures.
//!
//! The libraries read `ACLVENC_EMU_SOC` / `ACLVENC_EMU_FAULTS` once, so every test binary fixes its settings in
//! [`v1`] before the first load; a binary that asks for two different settings fails.
#![allow(dead_code, clippy::missing_safety_doc)]

use std::cell::Cell;
use std::ffi::c_void;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, OnceLock};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use aclvenc_abi::*;

/// Picture size of the synthetic frames (small, so a test encodes in milliseconds).
pub const W: u32 = 256;
pub const H: u32 = 144;
/// 5 MiB: the smallest output buffer 310P/310B accept (VENC-CHDESC-BUFSIZE-MIN).
pub const MIN_BUF: u32 = 5 * 1024 * 1024;

#[macro_use]
#[path = "../../../emu-common/test-support/libs.rs"]
mod libs;
#[allow(unused_imports)] // each test binary uses a different subset
pub use libs::{built_lib, repo, run, target_dir};

aclvenc_abi::acl_runtime_fns!(fn_table; AclRt;);
aclvenc_abi::acldvpp_fns!(fn_table; AclDvpp;);
aclvenc_abi::aclvenc_fns!(fn_table; AclVenc;);

/// The two loaded libraries and their function tables.
pub struct V1 {
    _rt_lib: libloading::Library,
    _dvpp_lib: libloading::Library,
    pub rt: AclRt,
    pub dvpp: AclDvpp,
    pub venc: AclVenc,
}

static LIBS: OnceLock<((String, String), V1)> = OnceLock::new();

/// Load `libascendcl.so` and `libacl_dvpp.so` once per test process, emulating `soc` with the fault plan
/// `faults` (both set in the environment before the load), and call `aclInit`.
pub fn v1(soc: &str, faults: &str) -> &'static V1 {
    let (settings, v) = LIBS.get_or_init(|| {
        std::env::set_var("ACLVENC_EMU_SOC", soc);
        std::env::set_var("ACLVENC_EMU_FAULTS", faults);
        let load = |file: &str| {
            let path = built_lib(file);
            // SAFETY: loading our own emulated driver; its initialisers only set up Rust statics.
            unsafe { libloading::Library::new(&path) }.unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        };
        let (rt_lib, dvpp_lib) = (load("libascendcl.so"), load("libacl_dvpp.so"));
        let v = V1 {
            rt: AclRt::load(&rt_lib),
            dvpp: AclDvpp::load(&dvpp_lib),
            venc: AclVenc::load(&dvpp_lib),
            _rt_lib: rt_lib,
            _dvpp_lib: dvpp_lib,
        };
        // SAFETY: NULL config path is allowed.
        assert_eq!(unsafe { (v.rt.aclInit)(std::ptr::null()) }, ACL_SUCCESS, "aclInit");
        ((soc.to_string(), faults.to_string()), v)
    });
    assert_eq!(
        (settings.0.as_str(), settings.1.as_str()),
        (soc, faults),
        "one test binary, one emulator setting: the libraries read ACLVENC_EMU_* once"
    );
    v
}

/// `aclrtSetDevice(0)` on the calling thread (its current context is what `aclvencCreateChannel` needs).
pub fn set_device(v: &V1) {
    // SAFETY: no pointers.
    assert_eq!(unsafe { (v.rt.aclrtSetDevice)(0) }, ACL_SUCCESS, "aclrtSetDevice(0)");
}

/// The calling thread's id as the vendor API spells it (`pthread_self()`).
pub use aclvenc_emu_common::process::this_thread;

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

// ---- memory and pictures ----

/// `acldvppMalloc` memory, freed on drop (leaked instead when the test is already failing, so a worker that may
/// still read it never touches freed memory).
pub struct DvppMem {
    v: &'static V1,
    pub ptr: *mut u8,
    pub len: usize,
}

impl DvppMem {
    pub fn new(v: &'static V1, len: usize) -> DvppMem {
        let mut p: *mut c_void = std::ptr::null_mut();
        // SAFETY: `p` is a valid out-param.
        assert_eq!(unsafe { (v.dvpp.acldvppMalloc)(&mut p, len) }, ACL_SUCCESS, "acldvppMalloc({len})");
        DvppMem { v, ptr: p.cast(), len }
    }

    /// Whether `[addr, addr + len)` lies inside this block.
    pub fn contains(&self, addr: usize, len: usize) -> bool {
        let base = self.ptr as usize;
        addr >= base && addr + len <= base + self.len
    }
}

impl Drop for DvppMem {
    fn drop(&mut self) {
        if std::thread::panicking() {
            return;
        }
        // SAFETY: the pointer came from acldvppMalloc and is freed once.
        assert_eq!(unsafe { (self.v.dvpp.acldvppFree)(self.ptr.cast()) }, ACL_SUCCESS, "acldvppFree");
    }
}

/// Deterministic noise (xorshift), so the pictures do not compress away.
pub fn noise(len: usize, seed: u64) -> Vec<u8> {
    let mut x = seed | 1;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

/// One NV12 picture of `W` x `H` (stride ALIGN16(W)) in DVPP memory, with its `acldvppPicDesc`.
pub struct Input {
    v: &'static V1,
    pub mem: DvppMem,
    pub desc: *mut acldvppPicDesc,
}

impl Input {
    pub fn nv12(v: &'static V1, seed: u64) -> Input {
        let stride = (W + 15) & !15;
        let size = stride * H * 3 / 2;
        let mem = DvppMem::new(v, size as usize);
        let data = noise(size as usize, seed);
        // SAFETY: `mem` is a live block of `size` bytes and `data` has exactly that length.
        unsafe { std::ptr::copy_nonoverlapping(data.as_ptr(), mem.ptr, data.len()) };
        // SAFETY: no arguments.
        let desc = unsafe { (v.dvpp.acldvppCreatePicDesc)() };
        assert!(!desc.is_null(), "acldvppCreatePicDesc");
        // SAFETY: `desc` is a live pic desc; `mem` outlives it (both dropped together, desc first).
        unsafe {
            assert_eq!((v.dvpp.acldvppSetPicDescData)(desc, mem.ptr.cast()), ACL_SUCCESS);
            assert_eq!((v.dvpp.acldvppSetPicDescSize)(desc, size), ACL_SUCCESS);
            let f = acldvppPixelFormat::PIXEL_FORMAT_YUV_SEMIPLANAR_420;
            assert_eq!((v.dvpp.acldvppSetPicDescFormat)(desc, f), ACL_SUCCESS);
            assert_eq!((v.dvpp.acldvppSetPicDescWidth)(desc, W), ACL_SUCCESS);
            assert_eq!((v.dvpp.acldvppSetPicDescHeight)(desc, H), ACL_SUCCESS);
            assert_eq!((v.dvpp.acldvppSetPicDescWidthStride)(desc, stride), ACL_SUCCESS);
            assert_eq!((v.dvpp.acldvppSetPicDescHeightStride)(desc, H), ACL_SUCCESS);
        }
        Input { v, mem, desc }
    }
}

impl Input {
    /// Free the picture buffer and destroy the pic desc now, as a client does right after an asynchronous send
    /// (VENC-SEND-INPUT-FREE-EARLY), asserting that both calls succeed.
    pub fn free_now(self) {
        let me = std::mem::ManuallyDrop::new(self);
        // SAFETY: the buffer came from acldvppMalloc and the desc from acldvppCreatePicDesc; `me` is never dropped,
        // so each is freed exactly once, here.
        unsafe {
            assert_eq!((me.v.dvpp.acldvppFree)(me.mem.ptr.cast()), ACL_SUCCESS, "acldvppFree of a queued input");
            assert_eq!((me.v.dvpp.acldvppDestroyPicDesc)(me.desc), ACL_SUCCESS, "acldvppDestroyPicDesc in flight");
        }
    }
}

impl Drop for Input {
    fn drop(&mut self) {
        if std::thread::panicking() {
            return; // the worker may still read the picture; `mem` leaks too
        }
        // SAFETY: `desc` came from acldvppCreatePicDesc and is destroyed once.
        assert_eq!(unsafe { (self.v.dvpp.acldvppDestroyPicDesc)(self.desc) }, ACL_SUCCESS);
    }
}

// ---- callbacks ----

thread_local! {
    /// True while this thread is inside `aclrtProcessReport` (set by [`ReportThread`]).
    static IN_PROCESS_REPORT: Cell<bool> = const { Cell::new(false) };
}

/// What one `aclvencCallback` saw.
#[derive(Debug, Clone)]
pub struct Delivery {
    /// Index of the `Encoder::send` call that queued the frame (from the userdata).
    pub frame: usize,
    /// Thread the callback ran on, and whether that was inside `aclrtProcessReport`.
    pub thread: u64,
    pub in_process_report: bool,
    pub at: Instant,
    /// The output stream desc: data address, size, return code, timestamp.
    pub data: usize,
    pub size: u32,
    pub ret_code: u32,
    pub timestamp: u64,
    /// `acldvppGetPicDescData` of the input desc the callback received.
    pub input_data: usize,
    /// With [`Recorder::probing`]: what `acldvppDestroyStreamDesc` of the output desc returned inside the callback.
    pub output_destroy: Option<aclError>,
    /// The first 4 bytes of the output (read inside the callback).
    pub head: [u8; 4],
}

/// The deliveries of one channel.
#[derive(Default)]
pub struct Recorder {
    deliveries: Mutex<Vec<Delivery>>,
    cv: Condvar,
    /// How long each callback sleeps before it returns (a slow app callback).
    hold: Duration,
    /// Whether the callback also tries to destroy the library's output desc (a client mistake).
    probe_output_destroy: bool,
}

impl Recorder {
    pub fn new(hold: Duration) -> Arc<Recorder> {
        Arc::new(Recorder { hold, ..Recorder::default() })
    }

    /// A recorder whose callback also calls `acldvppDestroyStreamDesc` on the output desc it receives.
    pub fn probing(hold: Duration) -> Arc<Recorder> {
        Arc::new(Recorder { hold, probe_output_destroy: true, ..Recorder::default() })
    }

    pub fn deliveries(&self) -> Vec<Delivery> {
        lock(&self.deliveries).clone()
    }

    /// Wait up to `timeout` until at least `n` callbacks ran; all deliveries so far.
    pub fn wait_for(&self, n: usize, timeout: Duration) -> Vec<Delivery> {
        let deadline = Instant::now() + timeout;
        let mut d = lock(&self.deliveries);
        while d.len() < n {
            let now = Instant::now();
            if now >= deadline {
                break;
            }
            d = self.cv.wait_timeout(d, deadline - now).unwrap_or_else(|p| p.into_inner()).0;
        }
        d.clone()
    }
}

/// The userdata of one frame.
struct FrameTag {
    rec: Arc<Recorder>,
    frame: usize,
}

/// The `aclvencCallback` of every test channel: records what it saw (it must not panic: it runs inside C).
unsafe extern "C" fn on_frame(input: *mut acldvppPicDesc, output: *mut acldvppStreamDesc, userdata: *mut c_void) {
    let at = Instant::now();
    let Some((_, v)) = LIBS.get() else { return };
    if userdata.is_null() {
        return;
    }
    // SAFETY: `userdata` is the `FrameTag` an `Encoder` passed to aclvencSendFrame; the encoder keeps every tag
    // until its channel is destroyed (which waits for the callbacks), or leaks them.
    let tag = unsafe { &*userdata.cast::<FrameTag>() };
    // SAFETY: `output` is the stream desc the library made for this callback, live until the callback returns;
    // `input` is the pic desc given to the send (the getters answer 0 for a handle that is not a desc).
    let (data, size, ret_code, timestamp, input_data) = unsafe {
        (
            (v.dvpp.acldvppGetStreamDescData)(output) as usize,
            (v.dvpp.acldvppGetStreamDescSize)(output),
            (v.dvpp.acldvppGetStreamDescRetCode)(output),
            (v.dvpp.acldvppGetStreamDescTimestamp)(output),
            (v.dvpp.acldvppGetPicDescData)(input) as usize,
        )
    };
    let mut head = [0u8; 4];
    if data != 0 && size >= 4 {
        // SAFETY: the library's contract: `size` bytes of output at `data`, readable during the callback.
        unsafe { std::ptr::copy_nonoverlapping(data as *const u8, head.as_mut_ptr(), 4) };
    }
    // SAFETY: `output` is a handle the library passed; destroying it is refused, which is what is recorded.
    let output_destroy = tag.rec.probe_output_destroy.then(|| unsafe { (v.dvpp.acldvppDestroyStreamDesc)(output) });
    lock(&tag.rec.deliveries).push(Delivery {
        frame: tag.frame,
        thread: this_thread(),
        in_process_report: IN_PROCESS_REPORT.with(Cell::get),
        at,
        data,
        size,
        ret_code,
        timestamp,
        input_data,
        output_destroy,
        head,
    });
    tag.rec.cv.notify_all();
    if !tag.rec.hold.is_zero() {
        std::thread::sleep(tag.rec.hold);
    }
}

// ---- the report thread ----

enum Cmd {
    /// One `aclrtProcessReport(timeout)`; replies with its result and duration.
    Once(i32),
    /// Call `aclrtProcessReport` in a loop until [`ReportThread::stop_pump`].
    Pump,
}

/// An application thread that runs the callbacks: either one `aclrtProcessReport` at a time on request, or in a
/// loop (the vendor's pattern).
pub struct ReportThread {
    /// Its `pthread_self()`, for `aclvencSetChannelDescThreadId`.
    pub tid: u64,
    cmd: Option<Sender<Cmd>>,
    reply: Receiver<(aclError, Duration)>,
    pumping: Arc<AtomicBool>,
    /// Results of the pump loop other than success, timeout and "not subscribed yet".
    unexpected: Arc<Mutex<Vec<aclError>>>,
    handle: Option<JoinHandle<()>>,
}

fn process_report(v: &V1, timeout: i32) -> aclError {
    IN_PROCESS_REPORT.with(|f| f.set(true));
    // SAFETY: no pointers.
    let r = unsafe { (v.rt.aclrtProcessReport)(timeout) };
    IN_PROCESS_REPORT.with(|f| f.set(false));
    r
}

impl ReportThread {
    pub fn start(v: &'static V1) -> ReportThread {
        let (cmd_tx, cmd_rx) = channel::<Cmd>();
        let (reply_tx, reply_rx) = channel();
        let (tid_tx, tid_rx) = channel();
        let pumping = Arc::new(AtomicBool::new(false));
        let unexpected = Arc::new(Mutex::new(Vec::new()));
        let (p, u) = (pumping.clone(), unexpected.clone());
        let handle = std::thread::Builder::new()
            .name("report".into())
            .spawn(move || {
                tid_tx.send(this_thread()).unwrap();
                for c in cmd_rx {
                    match c {
                        Cmd::Once(t) => {
                            let t0 = Instant::now();
                            let r = process_report(v, t);
                            let _ = reply_tx.send((r, t0.elapsed()));
                        }
                        Cmd::Pump => {
                            while p.load(Ordering::SeqCst) {
                                match process_report(v, 20) {
                                    ACL_SUCCESS | ACL_ERROR_RT_REPORT_TIMEOUT => {}
                                    ACL_ERROR_RT_THREAD_SUBSCRIBE => std::thread::sleep(Duration::from_millis(2)),
                                    e => lock(&u).push(e),
                                }
                            }
                            let _ = reply_tx.send((ACL_SUCCESS, Duration::ZERO));
                        }
                    }
                }
            })
            .expect("spawn the report thread");
        let tid = tid_rx.recv().expect("report thread id");
        ReportThread { tid, cmd: Some(cmd_tx), reply: reply_rx, pumping, unexpected, handle: Some(handle) }
    }

    /// One `aclrtProcessReport(timeout)` on the report thread: its result and how long it took.
    pub fn once(&self, timeout: i32) -> (aclError, Duration) {
        assert!(!self.pumping.load(Ordering::SeqCst), "once() while pumping");
        self.cmd.as_ref().unwrap().send(Cmd::Once(timeout)).unwrap();
        self.reply.recv().expect("report thread reply")
    }

    pub fn start_pump(&self) {
        self.pumping.store(true, Ordering::SeqCst);
        self.cmd.as_ref().unwrap().send(Cmd::Pump).unwrap();
    }

    /// Stop the loop (after the channels are destroyed, VENC-CHAN-DESTROY-THREAD-ORDER) and check it saw no
    /// unexpected result.
    pub fn stop_pump(&self) {
        self.pumping.store(false, Ordering::SeqCst);
        self.reply.recv().expect("report thread reply");
        assert_eq!(*lock(&self.unexpected), Vec::<aclError>::new(), "aclrtProcessReport results in the pump loop");
    }
}

impl Drop for ReportThread {
    fn drop(&mut self) {
        if std::thread::panicking() {
            // Leave it running: a channel of the failing test may still need it.
            std::mem::forget(self.handle.take());
            std::mem::forget(self.cmd.take());
            return;
        }
        self.pumping.store(false, Ordering::SeqCst);
        self.cmd.take();
        if let Some(h) = self.handle.take() {
            h.join().expect("report thread");
        }
    }
}

// ---- a V1 channel ----

/// A channel desc set up for H.264 Main, NV12, `W` x `H`, callbacks on `report_tid`, and the frames sent on it.
pub struct Encoder {
    v: &'static V1,
    pub desc: *mut aclvencChannelDesc,
    pub rec: Arc<Recorder>,
    cfg: *mut aclvencFrameConfig,
    eos_cfg: *mut aclvencFrameConfig,
    /// Boxed: each tag's address is a frame's userdata and must not move when the vector grows.
    #[allow(clippy::vec_box)]
    tags: Vec<Box<FrameTag>>,
    /// When each `send` was called, by frame index.
    pub sent_at: Vec<Instant>,
    finished: bool,
}

impl Encoder {
    /// The desc only (not created yet); also makes sure the calling thread has a current context.
    pub fn new(v: &'static V1, report_tid: u64, rec: Arc<Recorder>) -> Encoder {
        set_device(v);
        // SAFETY: no arguments.
        let desc = unsafe { (v.venc.aclvencCreateChannelDesc)() };
        assert!(!desc.is_null(), "aclvencCreateChannelDesc");
        // SAFETY: `desc` is a live desc; `on_frame` has the aclvencCallback prototype.
        unsafe {
            assert_eq!((v.venc.aclvencSetChannelDescThreadId)(desc, report_tid), ACL_SUCCESS);
            assert_eq!((v.venc.aclvencSetChannelDescCallback)(desc, Some(on_frame)), ACL_SUCCESS);
            let en = acldvppStreamFormat::H264_MAIN_LEVEL;
            assert_eq!((v.venc.aclvencSetChannelDescEnType)(desc, en), ACL_SUCCESS);
            let f = acldvppPixelFormat::PIXEL_FORMAT_YUV_SEMIPLANAR_420;
            assert_eq!((v.venc.aclvencSetChannelDescPicFormat)(desc, f), ACL_SUCCESS);
            assert_eq!((v.venc.aclvencSetChannelDescPicWidth)(desc, W), ACL_SUCCESS);
            assert_eq!((v.venc.aclvencSetChannelDescPicHeight)(desc, H), ACL_SUCCESS);
        }
        // SAFETY: no arguments.
        let (cfg, eos_cfg) = unsafe { ((v.venc.aclvencCreateFrameConfig)(), (v.venc.aclvencCreateFrameConfig)()) };
        assert!(!cfg.is_null() && !eos_cfg.is_null(), "aclvencCreateFrameConfig");
        // SAFETY: live frame configs.
        unsafe {
            assert_eq!((v.venc.aclvencSetFrameConfigEos)(cfg, 0), ACL_SUCCESS);
            assert_eq!((v.venc.aclvencSetFrameConfigForceIFrame)(cfg, 0), ACL_SUCCESS);
            assert_eq!((v.venc.aclvencSetFrameConfigEos)(eos_cfg, 1), ACL_SUCCESS);
        }
        Encoder { v, desc, rec, cfg, eos_cfg, tags: Vec::new(), sent_at: Vec::new(), finished: false }
    }

    /// A created channel (asserting success).
    pub fn created(v: &'static V1, report_tid: u64, rec: Arc<Recorder>) -> Encoder {
        let e = Encoder::new(v, report_tid, rec);
        assert_eq!(e.create(), ACL_SUCCESS, "aclvencCreateChannel");
        e
    }

    pub fn create(&self) -> aclError {
        // SAFETY: `desc` is a live desc.
        unsafe { (self.v.venc.aclvencCreateChannel)(self.desc) }
    }

    /// `aclvencSendFrame` of `input`; the frame's index (its userdata) is the number of earlier `send` calls.
    pub fn send(&mut self, input: &Input) -> aclError {
        self.send_desc(input.desc)
    }

    /// `aclvencSendFrame` of the pic desc `pic` (a frame index like [`Encoder::send`]).
    pub fn send_desc(&mut self, pic: *mut acldvppPicDesc) -> aclError {
        let tag = Box::new(FrameTag { rec: self.rec.clone(), frame: self.tags.len() });
        let user = &*tag as *const FrameTag as *mut c_void;
        self.tags.push(tag);
        self.sent_at.push(Instant::now());
        // SAFETY: live desc and config; the library checks `pic`; the tag outlives the frame's callback (kept until
        // `finish`, which destroys the channel first).
        unsafe { (self.v.venc.aclvencSendFrame)(self.desc, pic, std::ptr::null_mut(), self.cfg, user) }
    }

    /// An EOS send with a NULL picture (allowed on 310P: VENC-SEND-EOS-310P-DRAIN).
    pub fn eos(&self) -> aclError {
        // SAFETY: live desc and config; NULL input and userdata are allowed for EOS.
        unsafe {
            (self.v.venc.aclvencSendFrame)(
                self.desc,
                std::ptr::null_mut(),
                std::ptr::null_mut(),
                self.eos_cfg,
                std::ptr::null_mut(),
            )
        }
    }

    /// Destroy the channel (if `created`) and the desc, asserting success. The report thread must still pump.
    pub fn finish(mut self, created: bool) {
        // SAFETY: live handles, each destroyed once.
        unsafe {
            if created {
                assert_eq!((self.v.venc.aclvencDestroyChannel)(self.desc), ACL_SUCCESS, "aclvencDestroyChannel");
            }
            assert_eq!((self.v.venc.aclvencDestroyChannelDesc)(self.desc), ACL_SUCCESS, "aclvencDestroyChannelDesc");
            assert_eq!((self.v.venc.aclvencDestroyFrameConfig)(self.cfg), ACL_SUCCESS);
            assert_eq!((self.v.venc.aclvencDestroyFrameConfig)(self.eos_cfg), ACL_SUCCESS);
        }
        self.finished = true;
    }
}

impl Drop for Encoder {
    fn drop(&mut self) {
        if !self.finished {
            // A failing test: callbacks may still come and read the tags, so they are leaked.
            std::mem::forget(std::mem::take(&mut self.tags));
        }
    }
}

/// The frame indices of `d`, in delivery order.
pub fn frames(d: &[Delivery]) -> Vec<usize> {
    d.iter().map(|x| x.frame).collect()
}

/// Every delivery carries an encoded access unit (size > 0, return code 0).
pub fn assert_all_encoded(d: &[Delivery]) {
    for x in d {
        assert!(x.size > 0 && x.data != 0 && x.ret_code == 0, "frame {}: empty or failed output {x:?}", x.frame);
    }
}

/// Set a 4-byte value through `aclvencSetChannelDescParam`.
pub fn set_param_u32(v: &V1, desc: *mut aclvencChannelDesc, t: aclvencChannelDescParamType, x: u32) -> aclError {
    // SAFETY: `x` is 4 readable bytes; `desc` is the caller's live desc.
    unsafe { (v.venc.aclvencSetChannelDescParam)(desc, t, 4, (&x as *const u32).cast()) }
}

/// Set an 8-byte value through `aclvencSetChannelDescParam`.
pub fn set_param_u64(v: &V1, desc: *mut aclvencChannelDesc, t: aclvencChannelDescParamType, x: u64) -> aclError {
    // SAFETY: `x` is 8 readable bytes; `desc` is the caller's live desc.
    unsafe { (v.venc.aclvencSetChannelDescParam)(desc, t, 8, (&x as *const u64).cast()) }
}

/// Read a value (up to 8 bytes) through `aclvencGetChannelDescParam`: the result code, the value, its size.
pub fn get_param(v: &V1, desc: *mut aclvencChannelDesc, t: aclvencChannelDescParamType) -> (aclError, u64, usize) {
    let (mut x, mut n) = (0u64, 0usize);
    // SAFETY: `x` has room for 8 bytes; `n` is a valid out-param; `desc` is the caller's live desc.
    let r = unsafe { (v.venc.aclvencGetChannelDescParam)(desc, t, 8, &mut n, (&mut x as *mut u64).cast()) };
    (r, x, n)
}
