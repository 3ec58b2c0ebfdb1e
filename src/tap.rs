//! The encoder's output, read while the application holds it (V2 between `get_stream` and its return, V1 inside
//! the wrapped callback), for the bitstream checks (`aclvenc-bitstream`, the `STREAM-*` rules) and capture
//! (`ACLVENC_SHIM_CAPTURE_DIR`, `ACLVENC_SHIM_CAPTURE_INPUT`).
//!
//! The caller's thread copies only what the checks need (an [`Excerpt`]: each NAL unit's header and first bytes,
//! whole parameter sets, a JPEG's headers), plus the whole output or picture when capturing, into a recycled job,
//! and hands it to one analysis thread through a bounded queue: no allocation once warm, no file I/O and no
//! parsing on the caller's thread, and a full queue skips the job rather than hold the encoder loop: the channel's
//! checks then wait for its next IDR ([`Checker::resync`]), and the skips are counted and reported at exit.
//! Output memory is read only where it is host memory: each API's outputs with the emulated driver of that API, or
//! every output when `ACLVENC_SHIM_STREAM_CHECKS=1` says so. In a forked child the tap is off (its thread stayed in
//! the parent).

use crate::config::Settings;
use crate::resolve::Driver;
use crate::site::Origin;
use aclvenc_bitstream::{Checker, Codec, Excerpt, Expect, PictureKind};
use parking_lot::Mutex;
use rustc_hash::FxHashMap as HashMap;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender, TrySendError};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// The encoder API whose outputs are read.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Api {
    /// `aclvenc*` (libacl_dvpp.so): outputs in the wrapped callback.
    V1,
    /// `hi_mpi_venc_*` (libacl_dvpp_mpi.so): outputs of `get_stream`.
    V2,
}

/// How long a channel event (create, attribute change, destroy) waits for room in a full queue before it is
/// dropped (its channel's outputs are then not checked, or checked against the old attributes).
const EVENT_WAIT: Duration = Duration::from_secs(1);

/// Jobs the queue holds before it skips outputs.
const QUEUE: usize = 256;

/// A channel as the tap knows it, from its create to its destroy.
pub struct Opening {
    /// The channel's track number ([`crate::state::figures::next_track`]).
    pub track: u32,
    /// The channel as messages name it: `channel 3`, `channelDesc 0x55d0c0a0`.
    pub name: String,
    /// The capture file's stem: `chn3`, `desc-0x55d0c0a0`.
    pub stem: String,
    /// What the channel was configured with.
    pub expect: Expect,
    /// The function whose output the findings are about (`hi_mpi_venc_get_stream`, `aclvencCallback`).
    pub function: &'static str,
    /// Where the channel was created: the findings' site.
    pub origin: Origin,
}

/// One output or input picture on its way to the analysis thread; recycled.
struct Job {
    track: u32,
    /// The output's picture was asked to be an IDR, with this many pictures in flight then (see
    /// [`crate::state::Flight::forced_idr`]).
    forced: Option<u32>,
    /// Outputs of the channel were skipped (full queue) since its last job.
    resync: bool,
    excerpt: Excerpt,
    /// The whole output (capturing), or the input picture (`input` is then its size in pixels).
    data: Vec<u8>,
    input: Option<(u32, u32)>,
}

enum Msg {
    Open(Box<Opening>),
    Reconfigure(u32, Expect),
    Job(Box<Job>),
    Close(u32),
    Flush(SyncSender<()>),
}

struct Tap {
    tx: SyncSender<Msg>,
    /// Jobs done with, to fill again: boxed, as they travel through the queue (a pointer each).
    #[allow(clippy::vec_box)]
    free: Mutex<Vec<Box<Job>>>,
    /// Whether outputs and pictures are captured (off when the directory cannot be made).
    capture: AtomicBool,
    capture_input: u64,
    /// Which API's outputs are read.
    v1: bool,
    v2: bool,
    /// Jobs skipped because the queue was full, and the channels they were of (until their next job).
    skipped: AtomicU64,
    lost: Mutex<Vec<u32>>,
    any_lost: AtomicBool,
}

static TAP: OnceLock<Tap> = OnceLock::new();

/// Set in a forked child: the analysis thread is the parent's, so the child reads no output.
static FORKED: AtomicBool = AtomicBool::new(false);

/// The tap, when it runs in this process.
fn live() -> Option<&'static Tap> {
    TAP.get().filter(|_| !FORKED.load(Ordering::Relaxed))
}

/// In a forked child (the fork handler): the tap is off from now on.
pub fn forget_in_child() {
    FORKED.store(true, Ordering::Relaxed);
}

/// Starts the analysis thread when the bitstream checks are on (`ACLVENC_SHIM_STREAM_CHECKS`, by default with the
/// emulated driver). Called once, at init.
pub fn start(settings: &Settings, driver: &Driver) {
    use aclvenc_interface::driver::Library;
    let reads = |library| settings.stream_checks.unwrap_or_else(|| driver.host_memory(library));
    let (v1, v2) = (reads(Library::V1), reads(Library::V2));
    if !v1 && !v2 {
        if settings.capture_dir.is_some() {
            log::warn!(target: "aclvenc_shim", "ACLVENC_SHIM_CAPTURE_DIR is set but the stream checks are off (ACLVENC_SHIM_STREAM_CHECKS; a vendor driver's outputs may be device memory): nothing is captured. Set ACLVENC_SHIM_STREAM_CHECKS=1 where outputs are host memory");
        }
        return;
    }
    let mut dir = settings.capture_dir.clone();
    if let Some(d) = &dir {
        if let Err(e) = std::fs::create_dir_all(d) {
            log::error!(target: "aclvenc_shim", "cannot create the capture directory {}: {e}; nothing is captured", d.display());
            dir = None;
        }
    }
    let (tx, rx) = sync_channel(QUEUE);
    let tap = Tap {
        tx,
        free: Mutex::new(Vec::new()),
        capture: AtomicBool::new(dir.is_some()),
        capture_input: settings.capture_input,
        v1,
        v2,
        skipped: AtomicU64::new(0),
        lost: Mutex::new(Vec::new()),
        any_lost: AtomicBool::new(false),
    };
    let spawned = std::thread::Builder::new().name("aclvenc-shim-stream".into()).spawn(move || analyse(&rx, dir));
    match spawned {
        Ok(_) => {
            let _ = TAP.set(tap);
        }
        Err(e) => log::error!(target: "aclvenc_shim", "cannot start the stream analysis thread: {e}"),
    }
}

/// Whether `api`'s outputs are read (the stream checks are on for them).
pub fn on(api: Api) -> bool {
    #[cfg(test)]
    if !crate::testing::tapping_now() {
        return false;
    }
    live().is_some_and(|t| if api == Api::V1 { t.v1 } else { t.v2 })
}

/// Outputs (and input pictures) skipped because the analysis queue was full.
pub fn skipped() -> u64 {
    TAP.get().map_or(0, |t| t.skipped.load(Ordering::Relaxed))
}

fn send(tap: &Tap, msg: Msg) {
    // Tests check on the calling thread, so their findings are captured with the call's.
    #[cfg(test)]
    if crate::testing::tapping_now() {
        return INLINE.lock().get_or_insert_with(|| Analysis::new(None)).handle(msg);
    }
    match tap.tx.try_send(msg) {
        Ok(()) => {}
        Err(TrySendError::Full(Msg::Job(job))) => {
            tap.skipped.fetch_add(1, Ordering::Relaxed);
            // A skipped output leaves the channel's checks out of step; a skipped input picture does not.
            if job.input.is_none() {
                let mut lost = tap.lost.lock();
                if !lost.contains(&job.track) {
                    lost.push(job.track);
                }
                tap.any_lost.store(true, Ordering::Relaxed);
            }
            recycle(tap, job);
        }
        // Channel events wait a while for room: they are rare, and losing one leaves a channel unchecked.
        Err(TrySendError::Full(msg)) => {
            if !crate::output::send_until(&tap.tx, msg, Instant::now() + EVENT_WAIT) {
                log::warn!(target: "aclvenc_shim", "the stream checks' queue stayed full for {EVENT_WAIT:?}: a channel's create, change or destroy was not passed on, so its outputs may go unchecked");
            }
        }
        Err(TrySendError::Disconnected(_)) => {}
    }
}

/// Whether outputs of `track` were skipped since its last job (and forgets it).
fn take_lost(tap: &Tap, track: u32) -> bool {
    if !tap.any_lost.load(Ordering::Relaxed) {
        return false;
    }
    let mut lost = tap.lost.lock();
    let Some(i) = lost.iter().position(|t| *t == track) else { return false };
    lost.swap_remove(i);
    tap.any_lost.store(!lost.is_empty(), Ordering::Relaxed);
    true
}

fn recycle(tap: &Tap, mut job: Box<Job>) {
    job.excerpt.clear();
    job.data.clear();
    let mut free = tap.free.lock();
    if free.len() < QUEUE {
        free.push(job);
    }
}

fn job(tap: &Tap, track: u32) -> Box<Job> {
    let mut j = tap.free.lock().pop().unwrap_or_else(|| {
        Box::new(Job { track, forced: None, resync: false, excerpt: Excerpt::new(), data: Vec::new(), input: None })
    });
    j.track = track;
    j.input = None;
    j
}

/// A channel was created (or its desc got a new channel).
pub fn open(opening: Opening) {
    if let Some(tap) = live() {
        send(tap, Msg::Open(Box::new(opening)));
    }
}

/// A channel's attributes changed (hi_mpi_venc_set_chn_attr).
pub fn reconfigure(track: u32, expect: Expect) {
    if let Some(tap) = live() {
        send(tap, Msg::Reconfigure(track, expect));
    }
}

/// A channel was destroyed: its capture file is closed.
pub fn close(track: u32) {
    if let Some(tap) = live() {
        send(tap, Msg::Close(track));
    }
}

/// One output of `track`, as its packs (each a byte slice the application holds now); `forced`: its picture was
/// asked to be an IDR ([`crate::state::Flight::forced_idr`]). Copies what the checks need (and the whole output when
/// capturing). Returns whether it holds a random access picture (IDR, IRAP; `None` for JPEG), for the timeline.
pub fn output<'a>(
    track: u32,
    codec: Codec,
    forced: Option<u32>,
    packs: impl Iterator<Item = &'a [u8]>,
) -> Option<bool> {
    let tap = live()?;
    let mut j = job(tap, track);
    j.forced = forced;
    j.resync = take_lost(tap, track);
    let capture = tap.capture.load(Ordering::Relaxed);
    for p in packs {
        j.excerpt.add_pack(codec, p);
        if capture {
            j.data.extend_from_slice(p);
        }
    }
    let random_access = j.excerpt.random_access();
    send(tap, Msg::Job(j));
    random_access
}

/// Whether input picture number `frame` (1 for the first) of a channel is captured.
pub fn captures_input(frame: u64) -> bool {
    live().is_some_and(|t| frame <= t.capture_input && t.capture.load(Ordering::Relaxed))
}

/// An input picture of `track` sent to the encoder, `width` x `height` pixels of NV12: the luma plane's rows
/// `y_rows(i)` and the chroma plane's rows `uv_rows(i)`, each at least `width` bytes (strides removed here).
pub fn input<'a>(
    track: u32,
    (width, height): (u32, u32),
    y_row: impl Fn(usize) -> Option<&'a [u8]>,
    uv_row: impl Fn(usize) -> Option<&'a [u8]>,
) {
    let Some(tap) = live() else { return };
    let mut j = job(tap, track);
    j.input = Some((width, height));
    let w = width as usize;
    let rows = (0..height as usize).map(&y_row).chain((0..height.div_ceil(2) as usize).map(&uv_row));
    for row in rows {
        match row.and_then(|r| r.get(..w)) {
            Some(r) => j.data.extend_from_slice(r),
            None => return recycle(tap, j),
        }
    }
    send(tap, Msg::Job(j));
}

/// Waits until every job queued so far is checked and written (at most until `deadline`).
pub fn flush(deadline: Instant) {
    let Some(tap) = live() else { return };
    let (done_tx, done_rx) = sync_channel(1);
    if crate::output::send_until(&tap.tx, Msg::Flush(done_tx), deadline) {
        let _ = done_rx.recv_timeout(deadline.saturating_duration_since(Instant::now()));
    }
}

/// A channel on the analysis thread.
struct Chan {
    opening: Opening,
    checker: Checker,
    /// The channel's capture of Annex B output, opened at its first output.
    video: Option<BufWriter<File>>,
    input: Option<BufWriter<File>>,
    /// A capture file of the channel could not be made or written: its capture stopped (said once).
    capture_failed: bool,
    outputs: u64,
    /// Outputs since the last random access picture (for a forced IDR that the encoder gave a picture already in
    /// flight when it was asked for).
    since_irap: u64,
}

/// The analysis thread's channels, and where captures go.
struct Analysis {
    chans: HashMap<u32, Chan>,
    dir: Option<PathBuf>,
}

#[cfg(test)]
static INLINE: Mutex<Option<Analysis>> = Mutex::new(None);

fn analyse(rx: &Receiver<Msg>, dir: Option<PathBuf>) {
    let mut a = Analysis::new(dir);
    let mut said = false;
    while let Ok(msg) = rx.recv() {
        // A panic in a check costs that output's check, never the thread (the application's outputs go on).
        let handled = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| a.handle(msg)));
        if handled.is_err() && !std::mem::replace(&mut said, true) {
            log::error!(target: "aclvenc_shim", "internal error in the shim's stream checks: a check panicked; that output went unchecked (the later ones are checked). Please report this");
        }
    }
}

impl Analysis {
    fn new(dir: Option<PathBuf>) -> Analysis {
        Analysis { chans: HashMap::default(), dir }
    }

    fn handle(&mut self, msg: Msg) {
        match msg {
            Msg::Open(o) => {
                let checker = Checker::new(o.expect);
                let chan = Chan {
                    opening: *o,
                    checker,
                    video: None,
                    input: None,
                    capture_failed: false,
                    outputs: 0,
                    since_irap: u64::MAX,
                };
                self.chans.insert(chan.opening.track, chan);
            }
            Msg::Reconfigure(track, expect) => {
                if let Some(c) = self.chans.get_mut(&track) {
                    c.checker.set_expect(expect);
                }
            }
            Msg::Close(track) => {
                if let Some(mut c) = self.chans.remove(&track) {
                    finish_files(&mut c);
                }
            }
            Msg::Job(job) => {
                if let Some(c) = self.chans.get_mut(&job.track) {
                    handle(c, &job, self.dir.as_deref());
                }
                if let Some(tap) = TAP.get() {
                    recycle(tap, job);
                }
            }
            Msg::Flush(done) => {
                for c in self.chans.values_mut() {
                    for w in [&mut c.video, &mut c.input].into_iter().flatten() {
                        let _ = w.flush();
                    }
                }
                let _ = done.send(());
            }
        }
    }
}

fn finish_files(c: &mut Chan) {
    for w in [&mut c.video, &mut c.input].into_iter().flatten() {
        if let Err(e) = w.flush() {
            log::error!(target: "aclvenc_shim", "capture of {}: {e}", c.opening.name);
        }
    }
}

fn handle(c: &mut Chan, job: &Job, dir: Option<&Path>) {
    let dir = dir.filter(|_| !c.capture_failed);
    if let Some((w, h)) = job.input {
        if let Some(dir) = dir {
            let stem = format!("{}-{w}x{h}", c.opening.stem);
            c.capture_failed = !write_to(&mut c.input, dir, &stem, "nv12", &job.data, &c.opening.name);
        }
        return;
    }
    c.outputs += 1;
    if job.resync {
        c.checker.resync();
    }
    // A forced IDR the encoder gave to a picture already in flight at the request is honoured too.
    let forced = job.forced.is_some_and(|in_flight| c.since_irap >= u64::from(in_flight));
    let o = &c.opening;
    for p in c.checker.check(&job.excerpt, forced) {
        crate::report::submit_from(p.rule, o.function, || o.origin.clone(), || format!("{}: {}", o.name, p.message));
    }
    let picture = c.checker.last_output().picture;
    if picture.is_random_access() {
        c.since_irap = 0;
    } else if picture != PictureKind::None {
        c.since_irap = c.since_irap.saturating_add(1);
    }
    let Some(dir) = dir else { return };
    let written = match o.expect.codec {
        Codec::Jpeg => {
            let stem = format!("{}-{:06}", o.stem, c.outputs);
            let mut file = None;
            write_to(&mut file, dir, &stem, "jpg", &job.data, &o.name) && file.is_some_and(|mut f| f.flush().is_ok())
        }
        codec => {
            let ext = if codec == Codec::H264 { "h264" } else { "h265" };
            write_to(&mut c.video, dir, &o.stem, ext, &job.data, &o.name)
        }
    };
    c.capture_failed = !written;
}

/// Appends `data` to `file`, creating it first as `dir/stem.ext` (or `stem.2.ext`, ... : an existing file is
/// never overwritten). Returns false, having said why, when it cannot: the channel's capture then stops.
fn write_to(file: &mut Option<BufWriter<File>>, dir: &Path, stem: &str, ext: &str, data: &[u8], name: &str) -> bool {
    if file.is_none() {
        match create_new(dir, stem, ext) {
            Ok(f) => *file = Some(BufWriter::new(f)),
            Err(e) => {
                log::error!(target: "aclvenc_shim", "cannot capture {name} in {}: {e}; its capture stops", dir.display());
                return false;
            }
        }
    }
    let Some(f) = file else { return false };
    if let Err(e) = f.write_all(data) {
        log::error!(target: "aclvenc_shim", "capture of {name}: {e}; its capture stops");
        return false;
    }
    true
}

fn create_new(dir: &Path, stem: &str, ext: &str) -> std::io::Result<File> {
    let mut n = 1;
    loop {
        let name = if n == 1 { format!("{stem}.{ext}") } else { format!("{stem}.{n}.{ext}") };
        match File::options().write(true).create_new(true).open(dir.join(name)) {
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && n < 1000 => n += 1,
            r => return r,
        }
    }
}
