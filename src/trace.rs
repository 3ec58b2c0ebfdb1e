//! Call tracing: every call as a line (target `aclvenc_shim::trace`, level trace, written by the output writer
//! thread) with decoded arguments, the return value with its symbolic name and the duration; and, with
//! `ACLVENC_SHIM_TRACE_FILE`, as Chrome trace events (the Trace Event Format's JSON Array Format, which
//! chrome://tracing and Perfetto load, see [`Records`]).
//!
//! The same writer serves both trace event files ([`Out`]): the trace file (the calls, and the channel timeline of
//! [`crate::timeline`]) and `ACLVENC_SHIM_TIMELINE` (the timeline alone). Each file has its bounded queue and its
//! writer thread, one instance of [`writer`]: no file I/O on the caller's thread, a full queue drops events
//! (counted, said in the file's last event) rather than block, and a stalled reader of one file does not hold up
//! the other. At exit the shim waits at most [`crate::exit::EXIT_WAIT`] for both writers together (a slow reader
//! of a FIFO cannot hold the exit).

use crate::config::Settings;
use crate::process::monotonic_ns;
use crate::timeline;
use aclvenc_interface::settings::Key;
use parking_lot::Mutex;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicU8, Ordering};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// Log target of trace lines: `ACLVENC_SHIM_LOG=aclvenc_shim::trace=trace` turns them on.
pub const TARGET: &str = "aclvenc_shim::trace";
/// Events a file's queue holds before it drops.
const QUEUE: usize = 16 * 1024;
/// Bytes the writer gathers before it writes them, when events keep coming.
const BATCH: usize = 64 * 1024;
/// A write that SIGKILL interrupts stops at a boundary of this many bytes (Linux copies a write into the page
/// cache page by page and checks for a fatal signal between pages); no event line straddles one.
const PAGE: u64 = 4096;

/// One of the trace event files the shim writes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Out {
    /// `ACLVENC_SHIM_TRACE_FILE`: every call, and the channel timeline.
    Trace,
    /// `ACLVENC_SHIM_TIMELINE`: the channel timeline alone.
    Timeline,
}

impl Out {
    /// Both files.
    pub const ALL: [Out; 2] = [Out::Trace, Out::Timeline];

    /// Its bit in [`FILES_ON`].
    fn bit(self) -> u8 {
        1 << self as u8
    }

    /// The setting that names the file.
    pub fn key(self) -> Key {
        match self {
            Out::Trace => Key::TraceFile,
            Out::Timeline => Key::Timeline,
        }
    }

    /// The file's path in `settings` (`%p` expanded), if it is set.
    pub fn path(self, settings: &Settings) -> Option<&PathBuf> {
        match self {
            Out::Trace => settings.trace_file.as_ref(),
            Out::Timeline => settings.timeline.as_ref(),
        }
    }

    /// Its writer thread's name.
    fn thread_name(self) -> &'static str {
        match self {
            Out::Trace => "aclvenc-shim-trace",
            Out::Timeline => "aclvenc-shim-timeline",
        }
    }

    /// The file as messages name it.
    fn what(self) -> &'static str {
        match self {
            Out::Trace => "trace file",
            Out::Timeline => "timeline",
        }
    }
}

static LOG_ON: AtomicBool = AtomicBool::new(false);
/// Whether a call must go through [`enter`]: the trace log or a trace file is on, or a forked child has its
/// outputs to resume. Set, never cleared: the per-call path reads one flag ([`entering`]) and skips [`enter`].
static ENTER: AtomicBool = AtomicBool::new(false);
/// A bit per [`Out`] whose writer runs: one relaxed load tells whether anything is written to a file at all.
static FILES_ON: AtomicU8 = AtomicU8::new(0);
/// Events each file's full queue dropped, by [`Out`].
static DROPPED: [AtomicU64; 2] = [AtomicU64::new(0), AtomicU64::new(0)];
/// [`monotonic_ns`] when the shim started.
static EPOCH: OnceLock<u64> = OnceLock::new();
/// Each file's queue, by [`Out`]; one lock for both (a timeline event goes to both in one go).
pub(crate) type Senders = Mutex<[Option<SyncSender<Msg>>; 2]>;
static SENDERS: Senders = Mutex::new([None, None]);

/// The shim's clock: ns since the shim started (`CLOCK_MONOTONIC`, the clock `Instant` reads), the time base of
/// every trace and timeline event and of the per-channel figures. Read as one clock call and an integer
/// subtraction (issue 9: twice per frame with figures on).
pub fn now_ns() -> u64 {
    let epoch = *EPOCH.get_or_init(monotonic_ns);
    monotonic_ns().saturating_sub(epoch)
}

/// Whether a call must go through [`enter`] (issue 9: one load on the per-call path when nothing is traced).
#[inline]
pub fn entering() -> bool {
    ENTER.load(Ordering::Relaxed)
}

/// From now on every call goes through [`enter`].
pub(crate) fn must_enter() {
    ENTER.store(true, Ordering::Relaxed);
}

/// Whether the file `out` is being written.
pub(crate) fn file_on(out: Out) -> bool {
    FILES_ON.load(Ordering::Relaxed) & out.bit() != 0
}

/// Whether any trace event file is being written (timeline events go to every one that is).
pub(crate) fn any_file_on() -> bool {
    FILES_ON.load(Ordering::Relaxed) != 0
}

pub(crate) struct Event {
    name: &'static str,
    cat: &'static str,
    ts_us: u64,
    dur_us: u64,
    /// The OS thread id.
    tid: u64,
    /// The thread's name, on its first event (the writer puts a `thread_name` metadata event before it).
    thread_name: Option<std::sync::Arc<str>>,
    args: String,
    ret: String,
}

pub(crate) enum Msg {
    /// A call (the trace file only).
    Call(Event),
    /// A timeline event (every file).
    Timeline(timeline::Record),
    Finish(SyncSender<()>),
}

/// The calling thread's OS id, and its pthread name on the first event this thread traces.
fn thread_id() -> (u64, Option<std::sync::Arc<str>>) {
    thread_local!(static NAMED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) });
    let first = NAMED.try_with(|n| !n.replace(true)).unwrap_or(false);
    let t = crate::site::this_thread(first);
    (u64::from(t.tid), first.then(|| t.name().into()))
}

/// Called once at init, after the logger is set up: decides what is traced, starts the file writers.
pub fn start(settings: &Settings) {
    EPOCH.get_or_init(monotonic_ns);
    let log_on = log::log_enabled!(target: TARGET, log::Level::Trace);
    LOG_ON.store(log_on, Ordering::Relaxed);
    if log_on {
        must_enter();
    }
    for out in Out::ALL {
        if let Some(path) = out.path(settings) {
            start_file(out, path.clone());
        }
    }
}

/// Starts a writer thread that writes the trace event file `out` to `path` (created, or truncated, by that thread:
/// opening a FIFO waits for its reader, never on the application's thread).
pub fn start_file(out: Out, path: PathBuf) {
    let (tx, rx) = sync_channel(QUEUE);
    let mut senders = SENDERS.lock();
    FILES_ON.fetch_or(out.bit(), Ordering::Relaxed);
    must_enter();
    let spawned = std::thread::Builder::new().name(out.thread_name().into()).spawn(move || writer(out, &path, rx));
    match spawned {
        Ok(_) => senders[out as usize] = Some(tx),
        Err(e) => {
            FILES_ON.fetch_and(!out.bit(), Ordering::Relaxed);
            log::error!(target: "aclvenc_shim", "cannot start the {} writer: {e}", out.what());
        }
    }
}

/// Queues a timeline event for every file being written (cloned for all but the last; the per-frame records are
/// plain values, so nothing is allocated here). A full queue drops it, counted.
pub(crate) fn send_timeline(record: timeline::Record) {
    send_timeline_to(&SENDERS, FILES_ON.load(Ordering::Relaxed), record);
}

/// [`send_timeline`] to the queues of `senders` whose bit is in `on`.
pub(crate) fn send_timeline_to(senders: &Senders, on: u8, record: timeline::Record) {
    let senders = senders.lock();
    let last = Out::ALL.iter().rposition(|o| on & o.bit() != 0 && senders[*o as usize].is_some());
    let Some(last) = last else { return };
    let mut record = Some(record);
    for (i, out) in Out::ALL.iter().enumerate().take(last + 1) {
        let Some(tx) = senders[*out as usize].as_ref().filter(|_| on & out.bit() != 0) else { continue };
        let msg = if i == last { record.take() } else { record.clone() };
        if let Some(msg) = msg {
            if tx.try_send(Msg::Timeline(msg)).is_err() {
                DROPPED[*out as usize].fetch_add(1, Ordering::Relaxed);
            }
        }
    }
}

/// The trace file as it is written: the Trace Event Format's JSON Array Format, `[`, then one event per line,
/// each followed by a comma, then at exit a metadata event and `]`. The format allows the array without its `]`,
/// so a killed process leaves a file Perfetto and chrome://tracing load (a reader drops the trailing comma and
/// closes the array, or reads it line by line). Lines are gathered and written whole, and no line straddles a
/// [`PAGE`] boundary of the file (the rest of the page is filled with spaces, which JSON allows between
/// elements), so a write cut short by SIGKILL still ends with a whole line.
struct Records<W: Write> {
    out: W,
    buf: Vec<u8>,
    /// Bytes given to [`Records::line`] so far: the file offset the next line starts at.
    offset: u64,
}

impl<W: Write> Records<W> {
    fn new(out: W) -> Self {
        let mut r = Records { out, buf: Vec::with_capacity(BATCH + PAGE as usize), offset: 0 };
        r.line("[\n");
        r
    }

    fn line(&mut self, text: &str) {
        let len = text.len() as u64;
        let room = PAGE - self.offset % PAGE;
        if room != PAGE && len > room {
            self.buf.extend(std::iter::repeat_n(b' ', room as usize - 1));
            self.buf.push(b'\n');
            self.offset += room;
        }
        self.buf.extend_from_slice(text.as_bytes());
        self.offset += len;
    }

    fn write(&mut self) -> std::io::Result<()> {
        let r = self.out.write_all(&self.buf);
        self.buf.clear();
        r
    }
}

fn event_line(e: &Event, pid: u32) -> String {
    let record = serde_json::json!({
        "name": e.name, "cat": e.cat, "ph": "X", "ts": e.ts_us, "dur": e.dur_us, "pid": pid, "tid": e.tid,
        "args": { "args": e.args, "ret": e.ret },
    });
    format!("{record},\n")
}

/// The writer thread of the file `out`: creates `path`, then writes what comes through `rx` until
/// [`Msg::Finish`] (or until a write fails, which stops this file only).
pub(crate) fn writer(out: Out, path: &Path, rx: Receiver<Msg>) {
    crate::process::ignore_sigpipe_on_this_thread();
    let file = match std::fs::File::create(path) {
        Ok(f) => f,
        Err(e) => {
            FILES_ON.fetch_and(!out.bit(), Ordering::Relaxed);
            log::error!(target: "aclvenc_shim", "cannot create the {} {}: {e}", out.what(), path.display());
            return;
        }
    };
    let pid = std::process::id();
    let mut records = Records::new(file);
    let mut timeline = timeline::Encoder::new(pid);
    records.line(&timeline.process_name());
    while let Ok(first) = rx.recv() {
        let mut next = Some(first);
        while let Some(msg) = next {
            match msg {
                Msg::Call(e) => {
                    if let Some(name) = &e.thread_name {
                        let meta = serde_json::json!({
                            "name": "thread_name", "ph": "M", "pid": pid, "tid": e.tid, "args": { "name": &**name },
                        });
                        records.line(&format!("{meta},\n"));
                    }
                    records.line(&event_line(&e, pid));
                }
                Msg::Timeline(r) => timeline.encode(&r, |line| records.line(line)),
                Msg::Finish(ack) => {
                    let dropped = DROPPED[out as usize].load(Ordering::Relaxed);
                    let meta = serde_json::json!({
                        "name": "aclvenc-shim", "ph": "M", "pid": pid, "args": { "dropped_events": dropped },
                    });
                    records.line(&format!("{meta}\n]\n"));
                    let _ = records.write();
                    let _ = ack.send(());
                    return;
                }
            }
            if records.buf.len() >= BATCH {
                break;
            }
            next = rx.try_recv().ok();
        }
        if let Err(e) = records.write() {
            FILES_ON.fetch_and(!out.bit(), Ordering::Relaxed);
            let (what, path) = (out.what(), path.display());
            log::error!(target: "aclvenc_shim", "cannot write the {what} {path}: {e}; writing to it stops");
            return;
        }
    }
}

/// Start of a call to `name`: queues the enter line; returns whether this call is traced at all.
pub fn enter(name: &'static str, fmt_args: impl Fn(&mut String)) -> bool {
    crate::process::resume_after_fork();
    let log_on = LOG_ON.load(Ordering::Relaxed);
    if log_on {
        let mut args = String::new();
        fmt_args(&mut args);
        crate::output::emit(TARGET, log::Level::Trace, format!("-> {name}({args})"), None);
    }
    log_on || file_on(Out::Trace)
}

/// What one traced call did, for [`exit`].
pub struct Exit<'a> {
    pub name: &'static str,
    /// `aclvenc` or `hi_mpi_venc`: the trace event's category.
    pub cat: &'static str,
    pub fmt_args: &'a dyn Fn(&mut String),
    /// The return value with its symbolic name.
    pub ret: String,
    /// When the call started ([`now_ns`]).
    pub started: Option<u64>,
    /// The shim refused the call (it never reached the driver).
    pub refused: bool,
}

/// End of a traced call: the exit line (arguments, symbolic return value, duration) and the trace-file event.
pub fn exit(call: Exit<'_>) {
    let dur = call.started.map_or(Duration::ZERO, |s| Duration::from_nanos(now_ns().saturating_sub(s)));
    let mut args = String::new();
    (call.fmt_args)(&mut args);
    let mut ret_text = call.ret;
    if call.refused {
        ret_text.push_str(" [refused by the shim, not forwarded]");
    }
    if LOG_ON.load(Ordering::Relaxed) {
        let line = format!("<- {}({args}) = {ret_text} in {dur:?}", call.name);
        crate::output::emit(TARGET, log::Level::Trace, line, None);
    }
    if file_on(Out::Trace) {
        let ts = Duration::from_nanos(call.started.unwrap_or_default());
        let (tid, thread_name) = thread_id();
        let ev = Event {
            name: call.name,
            cat: call.cat,
            ts_us: ts.as_micros() as u64,
            dur_us: dur.as_micros() as u64,
            tid,
            thread_name,
            args,
            ret: ret_text,
        };
        let sent = SENDERS.lock()[Out::Trace as usize].as_ref().map(|tx| tx.try_send(Msg::Call(ev)).is_ok());
        if sent == Some(false) {
            DROPPED[Out::Trace as usize].fetch_add(1, Ordering::Relaxed);
        }
    }
}

/// At exit: closes the trace event files, waiting until `deadline` at the latest for the writers to write what is
/// queued and the closing `]` (both at once: a file whose reader is slow or gone is left without it, which viewers
/// accept, and does not hold up the other).
pub fn finish(deadline: Instant) {
    FILES_ON.store(0, Ordering::Relaxed);
    let queues = std::mem::take(&mut *SENDERS.lock());
    let mut acks = Vec::new();
    for tx in queues.iter().flatten() {
        let (ack_tx, ack_rx) = sync_channel(1);
        if crate::output::send_until(tx, Msg::Finish(ack_tx), deadline) {
            acks.push(ack_rx);
        }
    }
    for ack in acks {
        let _ = ack.recv_timeout(deadline.saturating_duration_since(Instant::now()));
    }
}

/// For the fork handlers: the lock around the queues.
pub fn fork_lock() -> &'static impl crate::process::ForkLock {
    &SENDERS
}

/// In a forked child: the writer threads do not exist here. Forgets their queues (without touching the channels)
/// and stops writing the files until [`crate::process::resume_after_fork`] starts the child's own.
pub fn forget_writer_in_child() {
    FILES_ON.store(0, Ordering::Relaxed);
    std::mem::forget(std::mem::take(&mut *SENDERS.lock()));
    for d in &DROPPED {
        d.store(0, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a viewer does with a trace file: closes an array that a killed process left open (without a
    /// trailing comma) and parses it.
    fn load(bytes: &[u8]) -> Result<Vec<serde_json::Value>, String> {
        let text = std::str::from_utf8(bytes).map_err(|e| e.to_string())?.trim_end();
        let text = if text.ends_with(']') { text.to_string() } else { format!("{}]", text.trim_end_matches(',')) };
        serde_json::from_str(&text).map_err(|e| format!("{e} in {:?}", &text[text.len().saturating_sub(200)..]))
    }

    fn event(i: u64, args: usize) -> Event {
        Event {
            name: "aclvencSendFrame",
            cat: "aclvenc",
            ts_us: i,
            dur_us: 1,
            tid: 1,
            thread_name: None,
            args: "x".repeat(args),
            ret: "0".into(),
        }
    }

    /// A kill can end the file at any page boundary of a write, or between writes: every such prefix loads, with
    /// every event before it.
    #[test]
    fn a_file_cut_at_any_page_boundary_loads() {
        let mut r = Records::new(Vec::new());
        let mut ends = Vec::new();
        for i in 0..600u64 {
            r.line(&event_line(&event(i, (i as usize * 37) % 900), 7));
            ends.push(r.offset);
        }
        r.write().unwrap();
        let file = r.out;
        assert!(file.len() > 60 * PAGE as usize);
        for cut in (0..=file.len()).step_by(PAGE as usize).skip(1) {
            let events = load(&file[..cut]).unwrap_or_else(|e| panic!("cut at {cut}: {e}"));
            let whole = ends.iter().filter(|&&end| end as usize <= cut).count();
            assert_eq!(events.len(), whole, "cut at {cut}");
        }
        for (i, end) in ends.iter().enumerate().step_by(29) {
            let events = load(&file[..*end as usize]).unwrap();
            assert_eq!(events.len(), i + 1);
            assert_eq!(events[i]["ts"], i as u64);
        }
    }

    /// A thread's first event is preceded by a `thread_name` metadata event with its OS id and pthread name, which
    /// Perfetto and chrome://tracing show as the track's name.
    #[test]
    fn the_os_thread_id_and_name_label_the_events() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.json");
        let (tx, rx) = sync_channel(8);
        let (tid, name) =
            std::thread::Builder::new().name("venc-worker".into()).spawn(thread_id).unwrap().join().unwrap();
        assert_eq!(name.as_deref(), Some("venc-worker"), "the first event of a thread carries its name");
        let mut e = event(1, 1);
        (e.tid, e.thread_name) = (tid, name);
        tx.send(Msg::Call(e)).unwrap();
        tx.send(Msg::Call(Event { tid, thread_name: None, ..event(2, 1) })).unwrap();
        let (ack, _ack_rx) = sync_channel(1);
        tx.send(Msg::Finish(ack)).unwrap();
        writer(Out::Trace, &path, rx);
        let v: Vec<serde_json::Value> = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert_eq!(v[0]["name"].as_str(), Some("process_name"), "the file starts by naming the process");
        assert_eq!((v[1]["name"].as_str(), v[1]["args"]["name"].as_str()), (Some("thread_name"), Some("venc-worker")));
        assert_eq!(
            (v[1]["tid"].as_u64(), v[2]["tid"].as_u64(), v[3]["tid"].as_u64()),
            (Some(tid), Some(tid), Some(tid))
        );
        assert_ne!(tid, 0);
        assert_eq!(v.len(), 5, "the process, one thread name, two events, the closing metadata");
    }

    /// The finished file is plain JSON, `[` first and `]` on the last line, as the trace.file ctest checks.
    #[test]
    fn a_finished_file_is_a_json_array() {
        let mut r = Records::new(Vec::new());
        r.line(&event_line(&event(1, 10), 7));
        r.line("{\"name\":\"aclvenc-shim\",\"ph\":\"M\"}\n]\n");
        r.write().unwrap();
        let text = String::from_utf8(r.out).unwrap();
        let v: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap();
        assert_eq!((v.len(), v[0]["ph"].as_str()), (2, Some("X")));
        assert!(text.starts_with('[') && text.lines().last() == Some("]"));
    }

    /// A writer whose file never drains (a FIFO nobody reads) holds `finish` no longer than its deadline, even
    /// with the queue full.
    #[test]
    fn finish_returns_by_its_deadline_when_the_writer_is_stuck() {
        let (tx, rx) = sync_channel::<Msg>(4);
        for i in 0..4 {
            tx.try_send(Msg::Call(event(i, 1))).unwrap();
        }
        SENDERS.lock()[Out::Trace as usize] = Some(tx);
        let started = Instant::now();
        finish(started + Duration::from_millis(300));
        let took = started.elapsed();
        drop(rx);
        assert!(took >= Duration::from_millis(300) && took < Duration::from_millis(800), "{took:?}");
    }
}
