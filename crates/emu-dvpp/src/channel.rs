//! `aclvencCreateChannel`, `aclvencSendFrame`, `aclvencDestroyChannel`: one software encoder and one worker
//! thread per channel; completions go back to the app through the acl runtime's report mechanism.
//!
//! Flow of one frame: `aclvencSendFrame` checks the picture, copies the frame config and queues a job (blocking
//! while the bounded input queue is full, like the vendor's synchronous send, VENC-SEND-BLOCKING). The worker
//! encodes it, copies the access unit into the channel's output buffer (a ring inside DVPP memory: the user's
//! `bufAddr` on 310P/310B, else an internal buffer of the chip's default size), fills a fresh output stream desc
//! and calls `aclrtLaunchCallback` on the channel's stream. The app's report thread then runs the trampoline
//! inside `aclrtProcessReport`, which calls the app's `aclvencCallback(input, output, userdata)` and afterwards
//! releases the output region and destroys the output desc (VENC-CB-OUTPUT-LIFETIME).
//!
//! Application memory the device would still use after a call returns: the picture is copied during the send (the
//! input buffer may be freed as soon as `aclvencSendFrame` returns without harm here; the device would read it
//! until the callback); the pic desc is pinned until its callback ([`crate::desc::PicPin`]); a user output buffer
//! is pinned for the channel's life, so an early `acldvppFree` of it is quarantined until `aclvencDestroyChannel`
//! ([`crate::memory::pin_user_buffer`]); the internal output buffer cannot be freed by the application.
//!
//! Device-side rejections (values ACL itself does not check; "–" in docs/validation-rules.md A.2) are reported by
//! `aclvencCreateChannel` as ACL_ERROR_RT_AICPU_EXCEPTION (507018), the code seen in the field for device-side
//! VENC failures (ANEC-1), with a log line naming the rule.

use std::cell::Cell;
use std::collections::VecDeque;
use std::ffi::c_void;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::JoinHandle;

use aclvenc_abi::*;
use aclvenc_chip::DefaultRcMode;
use aclvenc_emu_common::devmem::{MemError, Pin};
use aclvenc_emu_common::export::call_venc_callback;
use aclvenc_emu_common::sibling::{runtime, Stream};
use aclvenc_emu_common::video::{
    ChromaOrder, H264Profile, Nv12Picture, RateControl, VideoCodec, VideoEncoder, VideoEncoderConfig,
};
use aclvenc_emu_common::{faults, settings};
use aclvenc_ptr::Out;

use crate::chdesc::{CHANNEL_DESCS, FRAME_CONFIGS};
use crate::desc::{self, PicPin, StreamDesc, STREAM_DESCS};
use crate::handles::Handles;
use crate::memory;

/// Depth of a channel's input queue, in frames (sends block beyond it).
const INPUT_QUEUE_FRAMES: usize = 4;
/// Key-frame interval used when the app leaves it 0 (not documented; the device default is unknown, so one
/// IDR per second at the default 30 frames/s).
const DEFAULT_GOP: u32 = 30;
/// Code for device-side rejections (see the module docs).
const DEVICE_ERROR: aclError = ACL_ERROR_RT_AICPU_EXCEPTION;

/// The output ring: regions handed to callbacks, released when each callback returns.
struct OutRing {
    base: usize,
    cap: usize,
    /// The channel's pin on the block (taken out and dropped in `drop`): the block stays allocated while the
    /// channel writes into it, even if the application frees a user buffer early.
    mem: Option<Pin>,
    /// Allocated by the library (an encoder stream buffer, freed with the channel) or the user's `bufAddr` (never
    /// freed here).
    owned: bool,
    st: Mutex<RingState>,
    cv: Condvar,
}

#[derive(Default)]
struct RingState {
    /// Live regions (offset, length), oldest first.
    regions: VecDeque<(usize, usize)>,
    /// End of the newest region.
    write: usize,
    closed: bool,
}

impl OutRing {
    fn lock(&self) -> MutexGuard<'_, RingState> {
        self.st.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Reserve `len` bytes (waiting for callbacks to release space); `None` if `len` can never fit.
    fn reserve(&self, len: usize) -> Option<usize> {
        if len == 0 || len > self.cap {
            return None;
        }
        let mut st = self.lock();
        loop {
            if st.closed {
                return None;
            }
            let off = match st.regions.front() {
                None => Some(0),
                Some(&(tail, _)) => {
                    if st.write > tail {
                        if self.cap - st.write >= len {
                            Some(st.write)
                        } else if tail >= len {
                            Some(0)
                        } else {
                            None
                        }
                    } else if tail - st.write >= len {
                        Some(st.write)
                    } else {
                        None
                    }
                }
            };
            if let Some(off) = off {
                st.regions.push_back((off, len));
                st.write = off + len;
                return Some(off);
            }
            st = self.cv.wait(st).unwrap_or_else(|p| p.into_inner());
        }
    }

    /// Copy an access unit into the reserved region at `off`.
    fn write(&self, off: usize, data: &[u8]) -> Result<(), MemError> {
        self.mem.as_ref().ok_or(MemError::Unknown)?.copy_out(self.base + off, data)
    }

    fn release(&self, off: usize, len: usize) {
        let mut st = self.lock();
        if let Some(i) = st.regions.iter().position(|&r| r == (off, len)) {
            st.regions.remove(i);
        }
        if st.regions.is_empty() {
            st.write = 0;
        }
        drop(st);
        self.cv.notify_all();
    }
}

impl Drop for OutRing {
    fn drop(&mut self) {
        // Unpin first: a user buffer the application already freed is released now; the library's own buffer is
        // then freed (no application call can free it, so nothing races with this).
        drop(self.mem.take());
        if self.owned {
            memory::free_internal(self.base);
        }
    }
}

/// One frame to encode.
struct FrameJob {
    /// The picture bytes, copied at `aclvencSendFrame` (so no application pointer outlives the call).
    data: Vec<u8>,
    width_stride: u32,
    height_stride: u32,
    order: ChromaOrder,
    force_idr: bool,
    input_desc: usize,
    /// Keeps the pic desc readable until its callback, if the application destroys it earlier.
    input_pin: Option<PicPin>,
    userdata: usize,
}

enum Job {
    Frame(FrameJob),
    /// Acknowledge once every earlier frame has been handed to the runtime.
    Flush(SyncSender<()>),
}

/// A live channel.
pub(crate) struct Channel {
    id: u32,
    stream: Stream,
    thread_id: u64,
    tx: Mutex<Option<SyncSender<Job>>>,
    worker: Mutex<Option<JoinHandle<()>>>,
    ring: Arc<OutRing>,
}

/// What the worker and the trampoline share.
struct Shared {
    id: u32,
    stream: Stream,
    callback: aclvencCallback,
    format: acldvppStreamFormat,
    width: u32,
    height: u32,
    ring: Arc<OutRing>,
}

/// Passed through `aclrtLaunchCallback` to [`trampoline`], as its key in [`COMPLETIONS`].
struct Completion {
    shared: Arc<Shared>,
    input_desc: usize,
    input_pin: Option<PicPin>,
    output_desc: usize,
    userdata: usize,
    region: Option<(usize, usize)>,
}

thread_local! {
    /// Id + 1 of the channel whose callback is running on this thread (0 = none).
    static IN_CALLBACK: Cell<u32> = const { Cell::new(0) };
}

static NEXT_ID: AtomicU32 = AtomicU32::new(0);

/// Completions launched and not yet delivered; the key is what `aclrtLaunchCallback` hands the trampoline.
static COMPLETIONS: Handles<Completion> = Handles::new();

/// Runs on the report thread inside `aclrtProcessReport`: delivers one frame to the application's callback, then
/// releases its output region and destroys its output desc.
extern "C" fn trampoline(key: *mut c_void) {
    aclvenc_emu_common::export::catch("aclvencCallback trampoline", (), || {
        let Some(mut c) = COMPLETIONS.remove(key as usize) else {
            log::error!("aclvencCallback trampoline: {key:p} is not a pending completion");
            return;
        };
        // Dropped after the callback: only a desc destroyed before its callback is still held here.
        let _early = c.input_pin.take().and_then(PicPin::release_if_live);
        match c.shared.callback {
            Some(_) => {
                let prev = IN_CALLBACK.with(|f| f.replace(c.shared.id + 1));
                call_venc_callback(c.shared.callback, c.input_desc, c.output_desc, c.userdata);
                IN_CALLBACK.with(|f| f.set(prev));
            }
            None => log::error!(
                "channel {}: call back func is null; result dropped (VENC-CHDESC-CALLBACK-MISSING)",
                c.shared.id
            ),
        }
        STREAM_DESCS.remove(c.output_desc);
        if let Some((off, len)) = c.region {
            c.shared.ring.release(off, len);
        }
    })
}

fn worker(shared: Arc<Shared>, mut enc: VideoEncoder, rx: Receiver<Job>) {
    let rt = match runtime() {
        Ok(rt) => rt,
        Err(_) => return,
    };
    let mut index: u64 = 0;
    for job in rx {
        let f = match job {
            Job::Flush(ack) => {
                let _ = ack.send(());
                continue;
            }
            Job::Frame(f) => f,
        };
        index += 1;
        let pic = Nv12Picture {
            data: &f.data,
            width: shared.width,
            height: shared.height,
            width_stride: f.width_stride,
            height_stride: f.height_stride,
            order: f.order,
        };
        let mut out =
            StreamDesc { format: shared.format.0, timestamp: index - 1, library: true, ..StreamDesc::default() };
        let mut region = None;
        match enc.encode(&pic, f.force_idr) {
            Ok(au) => match shared.ring.reserve(au.data.len()) {
                Some(off) => match shared.ring.write(off, &au.data) {
                    Ok(()) => {
                        out.data = shared.ring.base + off;
                        out.size = au.data.len() as u32;
                        region = Some((off, au.data.len()));
                    }
                    Err(e) => {
                        log::error!(
                            "channel {}: the output buffer cannot be written ({e:?}); frame {} lost",
                            shared.id,
                            index - 1
                        );
                        shared.ring.release(off, au.data.len());
                        out.ret_code = DEVICE_ERROR as u32;
                    }
                },
                None => {
                    log::error!(
                        "channel {}: frame {} needs {} B, the output buffer has {} B (MPI-VENC-BUFSIZE-SMALL)",
                        shared.id,
                        index - 1,
                        au.data.len(),
                        shared.ring.cap
                    );
                    out.ret_code = DEVICE_ERROR as u32;
                }
            },
            Err(e) => {
                log::error!("channel {}: frame {} failed to encode: {e}", shared.id, index - 1);
                out.ret_code = DEVICE_ERROR as u32;
            }
        }
        let output_desc = STREAM_DESCS.insert(out);
        if faults::should_drop_callback(index) {
            STREAM_DESCS.remove(output_desc);
            if let Some((off, len)) = region {
                shared.ring.release(off, len);
            }
            continue;
        }
        if let Some(d) = faults::callback_delay() {
            std::thread::sleep(d);
        }
        let key = COMPLETIONS.insert(Completion {
            shared: shared.clone(),
            input_desc: f.input_desc,
            input_pin: f.input_pin,
            output_desc,
            userdata: f.userdata,
            region,
        });
        let r = rt.launch_callback(trampoline, key, shared.stream);
        if r != ACL_SUCCESS {
            log::error!("channel {}: aclrtLaunchCallback failed with {r}; frame {} lost", shared.id, index - 1);
            if let Some(c) = COMPLETIONS.remove(key) {
                STREAM_DESCS.remove(c.output_desc);
                if let Some((off, len)) = c.region {
                    shared.ring.release(off, len);
                }
            }
        }
    }
}

fn codec_of(en_type: i32) -> Option<VideoCodec> {
    match acldvppStreamFormat(en_type) {
        acldvppStreamFormat::H265_MAIN_LEVEL => Some(VideoCodec::H265),
        acldvppStreamFormat::H264_BASELINE_LEVEL => Some(VideoCodec::H264(H264Profile::Baseline)),
        acldvppStreamFormat::H264_MAIN_LEVEL => Some(VideoCodec::H264(H264Profile::Main)),
        acldvppStreamFormat::H264_HIGH_LEVEL => Some(VideoCodec::H264(H264Profile::High)),
        _ => None,
    }
}

fn order_of(format: i32) -> Option<ChromaOrder> {
    match acldvppPixelFormat(format) {
        acldvppPixelFormat::PIXEL_FORMAT_YUV_SEMIPLANAR_420 => Some(ChromaOrder::Nv12),
        acldvppPixelFormat::PIXEL_FORMAT_YVU_SEMIPLANAR_420 => Some(ChromaOrder::Nv21),
        _ => None,
    }
}

/// Everything CreateChannel needs from the desc, copied under the table lock.
struct Snapshot {
    thread_id: u64,
    callback: aclvencCallback,
    en_type: i32,
    pic_format: i32,
    width: u32,
    height: u32,
    gop: u32,
    buf_addr: usize,
    buf_size: u32,
    rc_mode: u32,
    src_rate: u32,
    max_bit_rate: u32,
    max_ip_prop: u32,
    live: bool,
}

fn device_check(s: &Snapshot) -> Result<(VideoEncoderConfig, ChromaOrder), aclError> {
    let set = settings::get();
    let l = set.limits();
    let fail = |rule: &str, msg: String| {
        log::error!("aclvencCreateChannel: {msg} on {} ({rule})", set.soc_name);
        Err(DEVICE_ERROR)
    };
    let Some(codec) = codec_of(s.en_type) else {
        return fail("VENC-CHDESC-ENTYPE", format!("enType {} is not H265_MAIN/H264_BASELINE/MAIN/HIGH", s.en_type));
    };
    let Some(order) = order_of(s.pic_format) else {
        return fail("VENC-CHDESC-PICFORMAT-MISSING", format!("picFormat {} is not NV12/NV21", s.pic_format));
    };
    if s.width == 0 || s.height == 0 {
        return fail("VENC-CHDESC-DIMS-MISSING", "width or height not set".into());
    }
    if !l.v1_dims.contains(s.width) || !l.v1_dims.contains(s.height) {
        return fail(
            "VENC-CHDESC-WIDTH-RANGE/HEIGHT-RANGE",
            format!("{}x{} outside {} (width and height)", s.width, s.height, l.v1_dims),
        );
    }
    if s.width % 2 != 0 || s.height % 2 != 0 {
        return fail("VENC-CHDESC-WIDTH-ALIGN/HEIGHT-ALIGN", format!("{}x{} is not even", s.width, s.height));
    }
    if let (Some(max), VideoCodec::H264(_)) = (l.h264_max_area, codec) {
        if u64::from(s.width) * u64::from(s.height) > max {
            return fail("VENC-CHDESC-H264-AREA", format!("H.264 {}x{} is larger than 4096x2304", s.width, s.height));
        }
    }
    if s.gop > 65536 {
        return fail("VENC-CHDESC-KEYFRAME-RANGE", format!("keyFrameInterval {} > 65536", s.gop));
    }
    if s.src_rate != 0 && !l.v1_src_rate.contains(s.src_rate) {
        return fail("VENC-CHDESC-SRCRATE-RANGE", format!("srcRate {} outside {}", s.src_rate, l.v1_src_rate));
    }
    if s.max_bit_rate != 0 && !l.v1_bit_rate_kbps.contains(s.max_bit_rate) {
        return fail(
            "VENC-CHDESC-MAXBITRATE-RANGE",
            format!("maxBitRate {} kbit/s outside {}", s.max_bit_rate, l.v1_bit_rate_kbps),
        );
    }
    if s.rc_mode > 2 {
        return fail("VENC-CHDESC-RCMODE-RANGE", format!("rcMode {}", s.rc_mode));
    }
    if s.max_ip_prop > 100 {
        return fail("VENC-CHDESC-IPPROP-RANGE", format!("MAX_IP_PROP {} > 100", s.max_ip_prop));
    }
    let kbps = l.v1_effective_bit_rate_kbps(s.max_bit_rate);
    let cbr = match s.rc_mode {
        1 => false,
        2 => true,
        _ => l.v1_default_rc == DefaultRcMode::Cbr,
    };
    let rc = if cbr { RateControl::Cbr { kbps } } else { RateControl::Vbr { max_kbps: kbps } };
    let gop = if s.gop == 0 { DEFAULT_GOP } else { s.gop };
    Ok((
        VideoEncoderConfig {
            codec,
            width: s.width,
            height: s.height,
            fps: l.v1_effective_src_rate(s.src_rate),
            gop,
            rc,
        },
        order,
    ))
}

/// `aclvencCreateChannel(desc)`.
pub(crate) fn aclvencCreateChannel(h: Out<'_, aclvencChannelDesc>) -> aclError {
    if h.is_null() {
        return ACL_ERROR_INVALID_PARAM;
    }
    let h = h.addr();
    let snap = CHANNEL_DESCS.with(h, |d| Snapshot {
        thread_id: d.thread_id,
        callback: d.callback,
        en_type: d.en_type,
        pic_format: d.pic_format,
        width: d.width,
        height: d.height,
        gop: d.key_frame_interval,
        buf_addr: d.buf_addr,
        buf_size: d.buf_size,
        rc_mode: d.rc_mode,
        src_rate: d.src_rate,
        max_bit_rate: d.max_bit_rate,
        max_ip_prop: d.max_ip_prop,
        live: d.live.is_some(),
    });
    let Some(snap) = snap else {
        log::error!("aclvencCreateChannel: {h:#x} is not a live channel desc");
        return ACL_ERROR_INVALID_PARAM;
    };
    if snap.live {
        log::error!("aclvencCreateChannel: the desc already has a live channel (VENC-CHAN-CREATE-TWICE)");
        return ACL_ERROR_INVALID_PARAM;
    }
    let rt = match runtime() {
        Ok(rt) => rt,
        Err(e) => return e,
    };
    if let Err(e) = rt.current_context() {
        log::error!("aclvencCreateChannel: the calling thread has no acl context (VENC-CHAN-CREATE-NO-CONTEXT)");
        return e;
    }
    let limits = settings::get().limits();
    if limits.v1_user_out_buffer && ((snap.buf_addr == 0) != (snap.buf_size == 0)) {
        log::error!("aclvencCreateChannel: set both bufAddr and bufSize, or neither (VENC-CHDESC-BUF-PAIR)");
        return ACL_ERROR_RT_FAILURE;
    }
    if snap.callback.is_none() {
        log::warn!(
            "aclvencCreateChannel: no callback set; every result will be dropped (VENC-CHDESC-CALLBACK-MISSING)"
        );
    }
    let (cfg, order) = match device_check(&snap) {
        Ok(c) => c,
        Err(e) => return e,
    };
    let ring = if snap.buf_addr != 0 {
        let pin = match memory::pin_user_buffer(snap.buf_addr, snap.buf_size as usize) {
            Ok(p) => p,
            Err(e) => {
                log::error!(
                    "aclvencCreateChannel: bufAddr {:#x} is not an acldvppMalloc buffer of at least bufSize {} B \
                     ({e:?}; VENC-CHDESC-BUFADDR-PROVENANCE); the emulator will not write to unknown memory",
                    snap.buf_addr,
                    snap.buf_size
                );
                return ACL_ERROR_INVALID_PARAM;
            }
        };
        OutRing {
            base: snap.buf_addr,
            cap: snap.buf_size as usize,
            mem: Some(pin),
            owned: false,
            st: Mutex::default(),
            cv: Condvar::new(),
        }
    } else {
        let cap = limits.v1_default_out_buf_bytes as usize;
        match memory::alloc_internal(cap) {
            Ok((base, pin)) => {
                OutRing { base, cap, mem: Some(pin), owned: true, st: Mutex::default(), cv: Condvar::new() }
            }
            Err(e) => return e,
        }
    };
    let ring = Arc::new(ring);
    let enc = match VideoEncoder::with_order(&cfg, order) {
        Ok(e) => e,
        Err(e) => {
            log::error!("aclvencCreateChannel: software encoder: {e}");
            return DEVICE_ERROR;
        }
    };
    let stream = match rt.create_stream() {
        Ok(s) => s,
        Err(e) => return e,
    };
    let r = rt.subscribe_report(snap.thread_id, stream);
    if r != ACL_SUCCESS {
        log::error!(
            "aclvencCreateChannel: subscribing thread {:#x} to the callback stream failed with {r} \
             (VENC-CHDESC-THREADID-MISSING?)",
            snap.thread_id
        );
        rt.destroy_stream(stream);
        return r;
    }
    let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
    let shared = Arc::new(Shared {
        id,
        stream,
        callback: snap.callback,
        format: acldvppStreamFormat(snap.en_type),
        width: cfg.width,
        height: cfg.height,
        ring: ring.clone(),
    });
    let (tx, rx) = sync_channel(INPUT_QUEUE_FRAMES);
    let handle = match std::thread::Builder::new().name(format!("venc-chn{id}")).spawn(move || worker(shared, enc, rx))
    {
        Ok(h) => h,
        Err(e) => {
            log::error!("aclvencCreateChannel: cannot start the encoder thread: {e}");
            rt.unsubscribe_report(snap.thread_id, stream);
            rt.destroy_stream(stream);
            return ACL_ERROR_BAD_ALLOC;
        }
    };
    log::info!("channel {id}: {cfg:?} order={order:?} out buffer {} B", ring.cap);
    let ch = Arc::new(Channel {
        id,
        stream,
        thread_id: snap.thread_id,
        tx: Mutex::new(Some(tx)),
        worker: Mutex::new(Some(handle)),
        ring,
    });
    CHANNEL_DESCS.with(h, |d| {
        d.channel_id = id;
        d.live = Some(ch);
    });
    ACL_SUCCESS
}

fn live_channel(h: usize) -> Option<Arc<Channel>> {
    CHANNEL_DESCS.with(h, |d| d.live.clone()).flatten()
}

impl Channel {
    fn sender(&self) -> Option<SyncSender<Job>> {
        self.tx.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// Wait until every frame sent so far has been encoded and its callback has run.
    fn drain(&self) -> aclError {
        let rt = match runtime() {
            Ok(rt) => rt,
            Err(e) => return e,
        };
        if IN_CALLBACK.with(Cell::get) == self.id + 1 {
            log::error!(
                "channel {}: flush/destroy from inside its own callback would deadlock (VENC-CHAN-DESTROY-IN-CALLBACK)",
                self.id
            );
            return ACL_ERROR_FAILURE;
        }
        if let Some(tx) = self.sender() {
            let (ack_tx, ack_rx) = sync_channel(1);
            if tx.send(Job::Flush(ack_tx)).is_ok() {
                let _ = ack_rx.recv();
            }
        }
        rt.synchronize_stream(self.stream)
    }
}

/// `aclvencSendFrame(desc, input, reserve, config, userdata)`.
pub(crate) fn aclvencSendFrame(
    h: Out<'_, aclvencChannelDesc>,
    input: Out<'_, acldvppPicDesc>,
    _reserve: Out<'_, c_void>,
    config: Out<'_, aclvencFrameConfig>,
    userdata: Out<'_, c_void>,
) -> aclError {
    if h.is_null() || config.is_null() {
        return ACL_ERROR_INVALID_PARAM;
    }
    let Some(ch) = live_channel(h.addr()) else {
        log::error!("aclvencSendFrame: the channel was not created or was destroyed (VENC-SEND-NOT-CREATED)");
        return ACL_ERROR_INVALID_PARAM;
    };
    // VENC-FRAMECFG-REUSE: the config is copied now; the app may destroy it as soon as we return.
    let Some(cfg) = FRAME_CONFIGS.with(config.addr(), |c| *c) else {
        log::error!("aclvencSendFrame: {:#x} is not a live frame config", config.addr());
        return ACL_ERROR_INVALID_PARAM;
    };
    if cfg.eos != 0 {
        return ch.drain();
    }
    let Some(pic) = desc::pic(input.addr()) else {
        log::error!("aclvencSendFrame: input {:#x} is not a live acldvppPicDesc (VENC-SEND-NULL-INPUT)", input.addr());
        return ACL_ERROR_INVALID_PARAM;
    };
    let (width, height, order) = match CHANNEL_DESCS.with(h.addr(), |d| (d.width, d.height, order_of(d.pic_format))) {
        Some((w, hh, Some(o))) => (w, hh, o),
        _ => return ACL_ERROR_INVALID_PARAM,
    };
    let limits = settings::get().limits();
    let (w, hh) = (u64::from(width), u64::from(height));
    if limits.v1_send_checks_input_size {
        let size = u64::from(pic.size);
        if size < w * hh * 3 / 2 || size >= w * hh * 3 {
            log::error!("aclvencSendFrame: size {size} B outside [w*h*3/2, w*h*3) for {width}x{height} (VENC-SEND-INPUT-SIZE-RANGE)");
            return ACL_ERROR_INVALID_PARAM;
        }
    }
    if pic.data == 0 || pic.size == 0 {
        log::error!("aclvencSendFrame: empty picture with eos = 0 (VENC-SEND-EMPTY-FRAME)");
        return ACL_ERROR_INVALID_PARAM;
    }
    if (pic.width != 0 && pic.width != width) || (pic.height != 0 && pic.height != height) {
        log::warn!(
            "aclvencSendFrame: pic desc is {}x{}, the channel {width}x{height}; the channel size is used (VENC-SEND-PICDESC-DIMS)",
            pic.width,
            pic.height
        );
    }
    let ws = if pic.width_stride == 0 { width } else { pic.width_stride };
    let hs = if pic.height_stride == 0 { height } else { pic.height_stride };
    if ws < width || hs < height {
        log::error!("aclvencSendFrame: strides {ws}x{hs} smaller than {width}x{height} (VENC-SEND-STRIDE)");
        return ACL_ERROR_INVALID_PARAM;
    }
    let len = pic.size as usize;
    let dvpp = memory::bytes_after(pic.data);
    if let Some(avail) = dvpp {
        if len > avail {
            log::error!("aclvencSendFrame: size {len} B but only {avail} B are allocated behind the data pointer");
            return ACL_ERROR_INVALID_PARAM;
        }
    } else {
        log::debug!("aclvencSendFrame: input not from acldvppMalloc; trusting its size (VENC-SEND-INPUT-PROVENANCE)");
    }
    let need = Nv12Picture { data: &[], width, height, width_stride: ws, height_stride: hs, order }.required_len();
    if len < need {
        log::error!("aclvencSendFrame: {len} B < {need} B needed for {width}x{height} strides {ws}x{hs} (VENC-SEND-INPUT-SIZE-MIN)");
        return ACL_ERROR_INVALID_PARAM;
    }
    // The picture is copied now: DVPP memory under the registry lock; other memory with a copy that fails instead
    // of crashing on unmapped memory (a buffer freed before the send).
    let data = match dvpp {
        Some(_) => memory::copy_in(pic.data, len).ok(),
        None => memory::copy_foreign(pic.data, len),
    };
    let Some(data) = data else {
        log::error!(
            "aclvencSendFrame: the picture data {:#x} cannot be read (freed before the send?; VENC-SEND-INPUT-PROVENANCE)",
            pic.data
        );
        return ACL_ERROR_INVALID_PARAM;
    };
    let job = FrameJob {
        data,
        width_stride: ws,
        height_stride: hs,
        order,
        force_idr: cfg.force_i_frame != 0,
        input_desc: input.addr(),
        input_pin: PicPin::new(input.addr()),
        userdata: userdata.addr(),
    };
    match ch.sender() {
        Some(tx) if tx.send(Job::Frame(job)).is_ok() => ACL_SUCCESS,
        _ => ACL_ERROR_INVALID_PARAM,
    }
}

/// `aclvencDestroyChannel(desc)`: flushes (every sent frame is encoded and its callback has run), stops the
/// worker, unsubscribes the report thread and destroys the stream (VENC-CHAN-DESTROY-FLUSHES).
pub(crate) fn aclvencDestroyChannel(h: Out<'_, aclvencChannelDesc>) -> aclError {
    if h.is_null() {
        return ACL_ERROR_INVALID_PARAM;
    }
    let Some(ch) = live_channel(h.addr()) else {
        log::error!("aclvencDestroyChannel: no live channel on this desc (VENC-CHAN-DESTROY-NOT-CREATED)");
        return ACL_ERROR_INVALID_PARAM;
    };
    let r = ch.drain();
    if r == ACL_ERROR_FAILURE {
        return r;
    }
    ch.tx.lock().unwrap_or_else(|p| p.into_inner()).take();
    if let Some(w) = ch.worker.lock().unwrap_or_else(|p| p.into_inner()).take() {
        let _ = w.join();
    }
    ch.ring.lock().closed = true;
    ch.ring.cv.notify_all();
    let rt = match runtime() {
        Ok(rt) => rt,
        Err(e) => return e,
    };
    rt.unsubscribe_report(ch.thread_id, ch.stream);
    rt.destroy_stream(ch.stream);
    CHANNEL_DESCS.with(h.addr(), |d| d.live = None);
    if r != ACL_SUCCESS {
        log::warn!("channel {}: draining before destroy returned {r}", ch.id);
    }
    ACL_SUCCESS
}
