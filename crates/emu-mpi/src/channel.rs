//! One encoder channel: its state machine (created → receiving ⇄ stopped → destroyed), the 6-deep input queue,
//! the worker thread that encodes, the queue of produced streams and the output ring they live in.
//!
//! Rules: MPI-START-RECV-NUM, MPI-START-RESTART-COUNTED, MPI-STOP-IDEMPOTENT, MPI-START-BEFORE-SEND,
//! MPI-SEND-QUEUE-FULL (6 queued frames; NO_BUF when full), MPI-GETSTREAM-EMPTY (BUF_EMPTY), MPI-GETSTREAM-PACK,
//! MPI-RELEASE-ORDER / MPI-RELEASE-INVALID (FIFO), MPI-GET-RELEASE-PAIRING (the encoder waits for ring space),
//! docs/validation-rules.md section E (per-channel state machine).
//!
//! Locking: one mutex per channel guards all of its state; one condvar wakes senders, getters and the worker.
//! Encoding runs on the worker thread without the lock held.
//!
//! Application memory a queued job still uses: `send_frame` and `send_jpege_frame` copy the input picture before
//! they return (the input may be freed at once); the JPEGE output buffer of `send_jpege_frame` is pinned
//! ([`JpegOut`]) from the send until its stream is released (or the channel destroyed), so a `hi_mpi_dvpp_free` of
//! it in between is quarantined by the registry: the JPEG still lands there and the pack address stays readable
//! (MPI-INPUT-FREE-EARLY).

use std::collections::VecDeque;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use aclvenc_abi::{
    hi_venc_chn_attr, hi_venc_chn_param, hi_venc_jpeg_param, hi_venc_rc_param, hi_venc_scene_mode,
    HI_ERR_VENC_BUF_EMPTY, HI_ERR_VENC_NOT_PERM, HI_ERR_VENC_NO_BUF, HI_ERR_VENC_UNEXIST,
};
use aclvenc_emu_common::video::{ChromaOrder, Nv12Picture, VideoEncoder, VideoEncoderConfig};
use parking_lot::{Condvar, Mutex, MutexGuard};

use crate::attr::{ChannelSpec, Codec};
use crate::fd::EventFd;
use crate::frame::{OwnedFrame, PixFmt};
use crate::jpeg::{self, Quant};
use crate::mem::Pin;
use crate::ring::Ring;

/// Frames that may wait in a channel's input queue (MPI-SEND-QUEUE-FULL: "the input idle queue holds 6 frames").
pub const INPUT_QUEUE_DEPTH: usize = 6;

/// One pack of a produced stream.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PackOut {
    /// Address of the first byte (ring memory, or the caller's JPEGE buffer); 0 for a failed frame.
    pub addr: usize,
    pub len: u32,
    /// `hi_venc_data_type` value: the H.264/H.265 NAL type or HI_VENC_JPEG_PACK_PIC.
    pub data_type: i32,
    pub is_frame_end: bool,
}

/// One unit handed out by one `get_stream`: a whole frame (frame mode, JPEG) or one NAL unit (packet mode).
#[derive(Debug, Clone)]
pub struct StreamUnit {
    pub seq: u32,
    pub packs: Vec<PackOut>,
    pub pts: u64,
    pub input_addr: u64,
    /// Bytes of the whole picture this unit belongs to.
    pub pic_bytes: u32,
    pub is_idr: bool,
    /// JPEG quality used (0xFFFFFFFF for user tables), 0 for video.
    pub qfactor: u32,
    /// `true` when the unit holds a ring region (released with it).
    pub in_ring: bool,
    /// The JPEGE user output buffer the packs point into, pinned until the unit is released.
    pub out_buf: Option<Arc<Pin>>,
}

impl StreamUnit {
    /// Total bytes of all packs.
    pub fn bytes(&self) -> u32 {
        self.packs.iter().map(|p| p.len).sum()
    }
}

/// The JPEGE user output buffer of one `send_jpege_frame`.
#[derive(Debug)]
pub struct JpegOut {
    /// The block holding it, pinned from the send on.
    pub pin: Pin,
    pub addr: usize,
    pub len: u32,
}

/// A queued input picture.
#[derive(Debug)]
pub struct Job {
    pub frame: OwnedFrame,
    /// JPEGE user output buffer from `send_jpege_frame`.
    pub jpeg_out: Option<JpegOut>,
}

/// Everything a channel owns, under its mutex.
pub struct Inner {
    pub spec: ChannelSpec,
    pub attr: hi_venc_chn_attr,
    /// Bumped on every accepted `set_chn_attr`; the worker reopens its encoder when it changes.
    pub attr_gen: u64,
    pub receiving: bool,
    /// Frames still to accept in counted mode (`recv_pic_num > 0`); `None` for unlimited.
    pub recv_left: Option<u32>,
    /// `true` once a counted start has received all its frames (JPEG snapshot bookkeeping).
    pub counted: bool,
    pub input: VecDeque<Job>,
    /// The worker holds a frame it is encoding.
    pub encoding: bool,
    /// Produced streams, oldest first; the first `fetched` ones were handed out and await release.
    pub units: VecDeque<StreamUnit>,
    pub fetched: usize,
    pub ring: Option<Ring>,
    pub next_seq: u32,
    pub force_idr: bool,
    pub destroyed: bool,
    pub jpeg_param: hi_venc_jpeg_param,
    pub rc_param: hi_venc_rc_param,
    pub chn_param: hi_venc_chn_param,
    pub scene_mode: hi_venc_scene_mode,
    /// `hi_venc_chn_param.color_to_grey_en` as last set, on the chips that read it.
    pub color_to_grey: bool,
    pub fd: Option<EventFd>,
    pub release_pic_pts: u64,
    pub jpeg_update_cnt: u32,
    /// Stats of the newest produced picture (for query_status).
    pub last_pic_bytes: u32,
    pub last_is_idr: bool,
    pub pic_cnt: u32,
}

impl Inner {
    /// Streams produced and not yet handed out.
    pub fn pending(&self) -> usize {
        self.units.len() - self.fetched
    }

    /// Make the channel fd mirror "query_status would report packs".
    pub fn sync_fd(&mut self) {
        let ready = self.pending() > 0;
        if let Some(fd) = self.fd.as_mut() {
            fd.set_ready(ready);
        }
    }
}

/// A channel: shared by the API functions and its worker thread.
pub struct Channel {
    pub id: i32,
    pub inner: Mutex<Inner>,
    pub cv: Condvar,
    pub worker: Mutex<Option<JoinHandle<()>>>,
}

/// Wait on `cv` until `deadline` (`None`: forever); `false` when the deadline passed.
fn wait_until(cv: &Condvar, g: &mut MutexGuard<'_, Inner>, deadline: Option<Instant>) -> bool {
    match deadline {
        None => {
            cv.wait(g);
            true
        }
        Some(d) => !cv.wait_until(g, d).timed_out() || Instant::now() < d,
    }
}

/// The deadline for a vendor `milli_sec` argument (-1 blocks, 0 polls, > 0 waits that many ms).
pub fn deadline(milli_sec: i32) -> Option<Instant> {
    (milli_sec >= 0).then(|| Instant::now() + Duration::from_millis(milli_sec as u64))
}

impl Channel {
    /// Queue one picture; waits for room as `milli_sec` says (MPI-SEND-QUEUE-FULL). The caller checked the frame.
    pub fn enqueue(&self, job: Job, milli_sec: i32) -> Result<(), i32> {
        let dl = deadline(milli_sec);
        let mut g = self.inner.lock();
        loop {
            if g.destroyed {
                return Err(HI_ERR_VENC_UNEXIST);
            }
            if !g.receiving {
                log::error!("chn {}: send while the channel is not receiving (MPI-START-BEFORE-SEND)", self.id);
                return Err(HI_ERR_VENC_NOT_PERM);
            }
            if g.input.len() < INPUT_QUEUE_DEPTH {
                break;
            }
            if milli_sec == 0 || !wait_until(&self.cv, &mut g, dl) {
                log::debug!("chn {}: input queue full ({INPUT_QUEUE_DEPTH} frames) (MPI-SEND-QUEUE-FULL)", self.id);
                return Err(HI_ERR_VENC_NO_BUF);
            }
        }
        g.input.push_back(job);
        if let Some(left) = g.recv_left.as_mut() {
            *left -= 1;
            if *left == 0 {
                g.receiving = false;
                log::debug!("chn {}: received every frame of its counted start; receiving stops", self.id);
            }
        }
        self.cv.notify_all();
        Ok(())
    }

    /// Wait (as `milli_sec` says) for the next stream and hand it out; `Err(BUF_EMPTY)` when none came.
    pub fn fetch(&self, milli_sec: i32, max_packs: u32) -> Result<StreamUnit, i32> {
        let dl = deadline(milli_sec);
        let mut g = self.inner.lock();
        loop {
            if g.destroyed {
                return Err(HI_ERR_VENC_UNEXIST);
            }
            if g.pending() > 0 {
                break;
            }
            if milli_sec == 0 || !wait_until(&self.cv, &mut g, dl) {
                return Err(HI_ERR_VENC_BUF_EMPTY);
            }
        }
        let idx = g.fetched;
        let unit = g.units[idx].clone();
        if unit.packs.len() > max_packs as usize {
            log::error!(
                "chn {}: stream {} has {} packs but pack_cnt is {max_packs}; size stream.pack from query_status \
                 cur_packs (MPI-GETSTREAM-PACK)",
                self.id,
                unit.seq,
                unit.packs.len()
            );
            return Err(aclvenc_abi::HI_ERR_VENC_ILLEGAL_PARAM);
        }
        g.fetched += 1;
        g.sync_fd();
        Ok(unit)
    }

    /// Release the oldest handed-out stream if it is the one named by `seq` and `first_addr` (FIFO).
    pub fn release(&self, seq: u32, first_addr: usize) -> Result<(), String> {
        let mut g = self.inner.lock();
        if g.fetched == 0 {
            return Err("no stream is held: release_stream without a matching get_stream (MPI-RELEASE-INVALID)".into());
        }
        let oldest = &g.units[0];
        let matches = |u: &StreamUnit| u.seq == seq && u.packs.first().map(|p| p.addr) == Some(first_addr);
        if !matches(oldest) {
            let later = g.units.iter().take(g.fetched).skip(1).any(matches);
            return Err(if later {
                format!(
                    "stream {seq} released before the older stream {}: streams are released in the order they were \
                     fetched (MPI-RELEASE-ORDER)",
                    oldest.seq
                )
            } else {
                format!("stream {seq} was not returned by get_stream or was already released (MPI-RELEASE-INVALID)")
            });
        }
        let unit = g.units.pop_front().expect("fetched > 0");
        g.fetched -= 1;
        if unit.in_ring {
            if let Some(r) = g.ring.as_mut() {
                r.release_oldest();
            }
        }
        g.release_pic_pts = unit.pts;
        self.cv.notify_all();
        Ok(())
    }

    /// Stop the worker and wait for it (destroy). Pending input is dropped.
    pub fn shut_down(&self) {
        {
            let mut g = self.inner.lock();
            g.destroyed = true;
            g.input.clear();
            g.fd = None;
            self.cv.notify_all();
        }
        if let Some(h) = self.worker.lock().take() {
            let _ = h.join();
        }
    }
}

/// The per-channel encoder state the worker keeps.
struct WorkerState {
    video: Option<VideoEncoder>,
    attr_gen: u64,
    /// Frame-rate control accumulator (src -> dst decimation).
    fr_acc: u32,
    /// Pictures encoded so far (1-based count for fault injection).
    completions: u64,
}

/// The result of encoding one picture: bytes plus (offset, length, data_type) of each NAL / pack.
struct Encoded {
    data: Vec<u8>,
    parts: Vec<(usize, usize, i32)>,
    is_idr: bool,
    qfactor: u32,
}

/// Map a NAL unit type to the vendor's `hi_venc_h264_nalu_type` / `hi_venc_h265_nalu_type` value (abi-facts §4.2).
pub fn nal_data_type(codec: Codec, nal: u8) -> i32 {
    match codec {
        Codec::H264(_) => match nal {
            1 => 1, // non-IDR slice: P_SLICE (the emulated encoder makes no B slices)
            5..=8 => nal as i32,
            n => n as i32,
        },
        Codec::H265 => match nal {
            0..=9 => 1,    // trailing / leading pictures: P_SLICE
            19 | 20 => 19, // IDR_W_RADL, IDR_N_LP: IDR_SLICE
            16..=21 => 2,  // other IRAP: I_SLICE
            32..=34 => nal as i32,
            39 | 40 => 39, // prefix / suffix SEI
            n => n as i32,
        },
        Codec::Jpeg => 8, // HI_VENC_JPEG_PACK_PIC
    }
}

fn encoder_config(spec: &ChannelSpec) -> Option<VideoEncoderConfig> {
    let v = spec.video?;
    Some(VideoEncoderConfig {
        codec: spec.video_codec()?,
        width: spec.width,
        height: spec.height,
        fps: v.dst_fps.max(1),
        gop: v.gop.max(1),
        rc: v.rc,
    })
}

/// Open the video encoder for a channel spec (create_chn calls this so a failure is reported there).
pub fn open_encoder(spec: &ChannelSpec) -> Result<Option<VideoEncoder>, String> {
    match encoder_config(spec) {
        None => Ok(None),
        Some(cfg) => VideoEncoder::new(&cfg).map(Some).map_err(|e| e.to_string()),
    }
}

/// Spawn the worker of `ch`.
pub fn spawn_worker(ch: &Arc<Channel>, video: Option<VideoEncoder>, attr_gen: u64) -> std::io::Result<()> {
    let me = Arc::clone(ch);
    let h = std::thread::Builder::new()
        .name(format!("venc-chn{}", ch.id))
        .spawn(move || worker(me, WorkerState { video, attr_gen, fr_acc: 0, completions: 0 }))?;
    *ch.worker.lock() = Some(h);
    Ok(())
}

fn worker(ch: Arc<Channel>, mut st: WorkerState) {
    loop {
        let (job, spec, attr_gen, force_idr, quant, grey, qfactor) = {
            let mut g = ch.inner.lock();
            while g.input.is_empty() && !g.destroyed {
                ch.cv.wait(&mut g);
            }
            if g.destroyed {
                return;
            }
            let job = g.input.pop_front().expect("not empty");
            g.encoding = true;
            let force = std::mem::take(&mut g.force_idr);
            let jp = g.jpeg_param;
            let quant = if jp.qfactor == jpeg::QFACTOR_USER_TABLES {
                Quant::Tables { luma: jp.y_qt, chroma: jp.cb_qt }
            } else {
                Quant::Quality(jp.qfactor.clamp(1, 100) as u8)
            };
            let grey = g.color_to_grey;
            ch.cv.notify_all();
            (job, g.spec, g.attr_gen, force, quant, grey, jp.qfactor)
        };

        // Frame-rate control: keep dst of every src frames (hi_venc_rc_attr src/dst_frame_rate).
        let keep = match spec.video {
            Some(v) if v.dst_fps < v.src_fps => {
                st.fr_acc += v.dst_fps;
                if st.fr_acc >= v.src_fps {
                    st.fr_acc -= v.src_fps;
                    true
                } else {
                    false
                }
            }
            _ => true,
        };
        if !keep {
            let mut g = ch.inner.lock();
            g.encoding = false;
            ch.cv.notify_all();
            continue;
        }

        let mut force_idr = force_idr;
        if spec.codec.is_video() && (attr_gen != st.attr_gen || st.video.is_none()) {
            match open_encoder(&spec) {
                Ok(enc) => {
                    st.video = enc;
                    force_idr = true;
                }
                Err(e) => log::error!("chn {}: cannot reopen the encoder with the new attributes: {e}", ch.id),
            }
            st.attr_gen = attr_gen;
        }

        let mut frame = job.frame;
        if grey {
            make_grey(&mut frame);
        }
        let result = catch_unwind(AssertUnwindSafe(|| encode(&mut st, spec.codec, &frame, force_idr, &quant, qfactor)))
            .unwrap_or_else(|_| Err("encoder panicked".to_string()));
        // Fault injection (ACLVENC_EMU_FAULTS): late or lost completions.
        if let Some(d) = aclvenc_emu_common::faults::callback_delay() {
            std::thread::sleep(d);
        }
        st.completions += 1;
        let mut g = ch.inner.lock();
        if aclvenc_emu_common::faults::should_drop_callback(st.completions) {
            g.encoding = false;
            ch.cv.notify_all();
            continue;
        }
        publish(&ch, &mut g, &frame, job.jpeg_out, result);
        g.encoding = false;
        ch.cv.notify_all();
    }
}

fn make_grey(f: &mut OwnedFrame) {
    let g = f.geo;
    match g.fmt {
        PixFmt::Nv12 | PixFmt::Nv21 => {
            let c0 = g.stride as usize * g.height as usize;
            f.data[c0..].fill(128);
        }
        fmt => {
            let (u, v) = match fmt {
                PixFmt::Yuyv => (1, 3),
                PixFmt::Uyvy => (0, 2),
                PixFmt::Yvyu => (3, 1),
                _ => (2, 0),
            };
            for row in f.data.chunks_mut(g.stride as usize) {
                let n = (g.width as usize * 2).min(row.len());
                for px in row[..n].chunks_exact_mut(4) {
                    px[u] = 128;
                    px[v] = 128;
                }
            }
        }
    }
}

fn encode(
    st: &mut WorkerState,
    codec: Codec,
    frame: &OwnedFrame,
    force_idr: bool,
    quant: &Quant,
    qfactor: u32,
) -> Result<Encoded, String> {
    if codec == Codec::Jpeg {
        let data = jpeg::encode(frame, quant)?;
        let len = data.len();
        return Ok(Encoded { data, parts: vec![(0, len, 8)], is_idr: true, qfactor });
    }
    let enc = st.video.as_mut().ok_or("no encoder")?;
    let g = frame.geo;
    let pic = Nv12Picture {
        data: &frame.data,
        width: g.width,
        height: g.height,
        width_stride: g.stride,
        height_stride: g.height,
        order: if g.fmt == PixFmt::Nv21 { ChromaOrder::Nv21 } else { ChromaOrder::Nv12 },
    };
    let out = enc.encode(&pic, force_idr).map_err(|e| e.to_string())?;
    let mut parts: Vec<(usize, usize, i32)> =
        out.nal_units.iter().map(|n| (n.offset, n.len, nal_data_type(codec, n.nal_type))).collect();
    if parts.is_empty() && !out.data.is_empty() {
        let t = if out.is_idr { nal_data_type(codec, if codec == Codec::H265 { 19 } else { 5 }) } else { 1 };
        parts.push((0, out.data.len(), t));
    }
    Ok(Encoded { data: out.data, parts, is_idr: out.is_idr, qfactor: 0 })
}

/// Store an encoded picture as stream units (in the ring, or in the caller's JPEGE buffer).
fn publish(
    ch: &Channel,
    g: &mut MutexGuard<'_, Inner>,
    frame: &OwnedFrame,
    jpeg_out: Option<JpegOut>,
    result: Result<Encoded, String>,
) {
    let failed = |g: &mut MutexGuard<'_, Inner>, why: &str| {
        log::error!("chn {}: frame pts {} produced no stream: {why} (stream len 0)", ch.id, frame.pts);
        let seq = g.next_seq;
        g.next_seq = seq.wrapping_add(1);
        let dt = nal_data_type(g.spec.codec, 1);
        g.units.push_back(StreamUnit {
            seq,
            packs: vec![PackOut { addr: 0, len: 0, data_type: dt, is_frame_end: true }],
            pts: frame.pts,
            input_addr: frame.input_addr,
            pic_bytes: 0,
            is_idr: false,
            qfactor: 0,
            in_ring: false,
            out_buf: None,
        });
        g.sync_fd();
    };
    let enc = match result {
        Ok(e) => e,
        Err(e) => return failed(g, &e),
    };
    let pic_bytes = enc.data.len() as u32;
    g.last_pic_bytes = pic_bytes;
    g.last_is_idr = enc.is_idr;
    g.pic_cnt = g.pic_cnt.wrapping_add(1);

    if let Some(JpegOut { pin, addr, len: cap }) = jpeg_out {
        if enc.data.len() > cap as usize {
            return failed(g, &format!("JPEG of {} bytes does not fit the {cap}-byte output buffer", enc.data.len()));
        }
        if let Err(e) = pin.copy_out(addr, &enc.data) {
            return failed(g, &format!("output buffer {addr:#x} cannot be written ({e:?})"));
        }
        let seq = g.next_seq;
        g.next_seq = seq.wrapping_add(1);
        g.units.push_back(StreamUnit {
            seq,
            packs: vec![PackOut { addr, len: pic_bytes, data_type: 8, is_frame_end: true }],
            pts: frame.pts,
            input_addr: frame.input_addr,
            pic_bytes,
            is_idr: true,
            qfactor: enc.qfactor,
            in_ring: false,
            out_buf: Some(Arc::new(pin)),
        });
        g.sync_fd();
        return;
    }

    // Group the parts into units: the whole picture (frame mode, JPEG) or one NAL each (packet mode).
    let groups: Vec<Vec<(usize, usize, i32)>> = if g.spec.by_frame || g.spec.codec == Codec::Jpeg {
        vec![enc.parts.clone()]
    } else {
        enc.parts.iter().map(|p| vec![*p]).collect()
    };
    let n_groups = groups.len();
    for (gi, parts) in groups.into_iter().enumerate() {
        let start = parts.first().map(|p| p.0).unwrap_or(0);
        let end = parts.last().map(|p| p.0 + p.1).unwrap_or(0);
        let len = end - start;
        let off = loop {
            if g.destroyed {
                return;
            }
            let Some(ring) = g.ring.as_mut() else {
                return failed(g, "the channel has no stream buffer (buf_size 0)");
            };
            if len > ring.capacity() {
                let cap = ring.capacity();
                return failed(g, &format!("{len} bytes exceed the {cap}-byte stream buffer (MPI-VENC-BUFSIZE-SMALL)"));
            }
            if let Some(off) = ring.reserve(len) {
                break off;
            }
            log::debug!("chn {}: stream buffer full; waiting for release_stream (MPI-GET-RELEASE-PAIRING)", ch.id);
            ch.cv.wait(g);
        };
        let ring = g.ring.as_mut().expect("checked above");
        ring.write(off, &enc.data[start..end]);
        let base = ring.addr(off);
        let last_group = gi + 1 == n_groups;
        let np = parts.len();
        let packs = parts
            .iter()
            .enumerate()
            .map(|(i, &(o, l, t))| PackOut {
                addr: base + (o - start),
                len: l as u32,
                data_type: t,
                is_frame_end: last_group && i + 1 == np,
            })
            .collect();
        let seq = g.next_seq;
        g.next_seq = seq.wrapping_add(1);
        g.units.push_back(StreamUnit {
            seq,
            packs,
            pts: frame.pts,
            input_addr: frame.input_addr,
            pic_bytes,
            is_idr: enc.is_idr,
            qfactor: enc.qfactor,
            in_ring: true,
            out_buf: None,
        });
        g.sync_fd();
        ch.cv.notify_all();
    }
}
