//! Call tracing: every call as a line (target `aclvenc_shim::trace`, level trace, written by the output writer
//! thread) with decoded arguments, the return value with its symbolic name and the duration; and, with
//! `ACLVENC_SHIM_TRACE_FILE`, as Chrome trace events (the Trace Event Format's JSON Array Format, which
//! chrome://tracing and Perfetto load, see [`Records`]).
//!
//! The same writer serves both trace event files ([`Out`]): the trace file (the calls, and the channel timeline of
//! [`crate::timeline`]) and `ACLVENC_SHIM_TIMELINE` (the timeline alone). Each file has its bounded queue and its
//! writer thread, one instance of [`writer`]: no file I/O on the caller's thread, a full queue drops events
//! (counted, said in the file's last event) rather than block, and a stalled reader of one file does not hold up
//! the other. A thread's identical calls back to back (a busy poll) are one event ([`Run`]), so a poll loop does not
//! fill the queue. At exit the shim waits at most [`crate::exit::EXIT_WAIT`] for both writers together (a slow reader
//! of a FIFO cannot hold the exit).

use crate::config::Settings;
use crate::process::monotonic_ns;
use crate::timeline;
use aclvenc_interface::settings::Key;
use parking_lot::Mutex;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicU8, Ordering};
use std::sync::mpsc::{sync_channel, Receiver, RecvTimeoutError, SyncSender};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// Log target of trace lines: `ACLVENC_SHIM_LOG=aclvenc_shim::trace=trace` turns them on.
pub const TARGET: &str = "aclvenc_shim::trace";
/// Events a file's queue holds before it drops.
const QUEUE: usize = 16 * 1024;
/// How long a thread's run of identical calls ([`Run`]) lasts before it is written as one event and a new run
/// starts, and how long a run whose thread went quiet waits before the writer queues it (ns).
const RUN_SPAN_NS: u64 = 1_000_000_000;
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
/// The files' queues, and each thread's run of calls; one lock for all (a timeline event goes to both files in one
/// go, and a thread's calls reach the trace file in the order the thread made them).
pub(crate) type Senders = Mutex<Queues>;
static SENDERS: Senders = Mutex::new(Queues::new([None, None]));

/// What [`SENDERS`] guards.
#[derive(Default)]
pub(crate) struct Queues {
    /// Each file's queue, by [`Out`].
    tx: [Option<SyncSender<Msg>>; 2],
    /// Each thread's run of calls (by OS thread id), until the thread ends or the trace file closes.
    runs: BTreeMap<u64, Run>,
}

impl Queues {
    /// The queues `tx` (by [`Out`]), with no call made yet.
    pub(crate) const fn new(tx: [Option<SyncSender<Msg>>; 2]) -> Self {
        Queues { tx, runs: BTreeMap::new() }
    }

    /// A call for the trace file: queued now, or counted in its thread's run (see [`Run`]).
    fn call(&mut self, ev: Event) {
        let [ended, now] = self.runs.entry(ev.tid).or_default().take(ev);
        for ev in [ended, now].into_iter().flatten() {
            self.send_call(ev);
        }
    }

    /// The thread `tid` ended: its run of repeats, if any, is queued, and its run forgotten.
    fn thread_ended(&mut self, tid: u64) {
        if let Some(ended) = self.runs.remove(&tid).and_then(|mut run| run.repeats.take()) {
            self.send_call(ended);
        }
    }

    /// The runs whose latest repeat ended by `cutoff` ([`now_ns`]) are queued: a thread that stopped polling
    /// (blocked, or busy elsewhere) does not keep its repeats from a live reader, or from a file cut short by a
    /// kill, for long.
    fn end_idle_runs(&mut self, cutoff: u64) {
        let idle = |run: &Run| run.repeats.as_ref().is_some_and(|r| r.end_ns() <= cutoff);
        let ended: Vec<Event> =
            self.runs.values_mut().filter(|run| idle(run)).filter_map(|run| run.repeats.take()).collect();
        for ev in ended {
            self.send_call(ev);
        }
    }

    /// Every thread's run of repeats is queued, and the runs forgotten (the trace file is about to close).
    fn end_runs(&mut self) {
        self.end_idle_runs(u64::MAX);
        self.runs.clear();
    }

    fn send_call(&self, ev: Event) {
        let sent = self.tx[Out::Trace as usize].as_ref().map(|tx| tx.try_send(Msg::Call(ev)).is_ok());
        if sent == Some(false) {
            DROPPED[Out::Trace as usize].fetch_add(1, Ordering::Relaxed);
        }
    }
}

/// One thread's calls on their way to the trace file. A call equal to the thread's call before it (same function,
/// arguments and result: a report thread polling `aclrtProcessReport` before its channel subscribes it, a loop on
/// `hi_mpi_venc_query_status`) is not queued on its own. The repeats are counted, and queued as one event that
/// spans them, with `"calls": N` in its args, when the thread makes another call, when a repeat comes
/// [`RUN_SPAN_NS`] after the run began, when the run has been idle that long (the writer looks at least once a
/// second), when the thread ends, and when the file closes. So a busy poll is a few events, not hundreds of
/// thousands that no writer keeps up with (the events a full queue drops are lost for good). A call at another
/// depth (inside another traced call, or around one) is never a repeat ([`Event::same_call`]).
#[derive(Default)]
pub(crate) struct Run {
    /// The thread's last call queued as its own event: what a repeat equals.
    last: Option<Event>,
    /// The repeats of `last` since then, not queued yet: the first one, spanning to the end of the latest, with
    /// their number in `calls`.
    repeats: Option<Event>,
}

impl Run {
    /// Takes the thread's next call; returns what to queue now, in this order: the repeats it ends, and itself. A
    /// thread's first call (the one that names it) is never a repeat, even when an ended thread's run had the same
    /// OS id and call.
    fn take(&mut self, ev: Event) -> [Option<Event>; 2] {
        if ev.thread_name.is_none() && self.last.as_ref().is_some_and(|last| last.same_call(&ev)) {
            let run = match &mut self.repeats {
                Some(run) => {
                    run.calls += 1;
                    run.dur_ns = ev.end_ns().saturating_sub(run.ts_ns);
                    run
                }
                None => self.repeats.insert(ev),
            };
            let full = run.dur_ns >= RUN_SPAN_NS;
            return [self.repeats.take_if(|_| full), None];
        }
        self.last = Some(Event { thread_name: None, ..ev.clone() });
        [self.repeats.take(), Some(ev)]
    }
}

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

#[derive(Clone)]
pub(crate) struct Event {
    name: &'static str,
    cat: &'static str,
    /// When the call started: ns since the shim started ([`now_ns`]).
    ts_ns: u64,
    /// ns.
    dur_ns: u64,
    /// The OS thread id.
    tid: u64,
    /// The thread's name, on its first event (the writer puts a `thread_name` metadata event before it).
    thread_name: Option<std::sync::Arc<str>>,
    args: String,
    ret: String,
    /// The calls it stands for: 1, or more for a run of repeats ([`Run`]).
    calls: u64,
    /// How many traced calls of its thread it ran inside (0: called by the application's own code).
    depth: u32,
}

impl Event {
    fn end_ns(&self) -> u64 {
        self.ts_ns.saturating_add(self.dur_ns)
    }

    /// Whether `other` is the same call again: the same thread, depth, function, arguments and result. A call at
    /// another depth ends a run, so a run never spans the start of a call around a later repeat (a callback making
    /// the same call inside `aclrtProcessReport`), and events nest as the calls did.
    fn same_call(&self, other: &Event) -> bool {
        (self.tid, self.depth, self.name, self.cat, &self.args, &self.ret)
            == (other.tid, other.depth, other.name, other.cat, &other.args, &other.ret)
    }
}

pub(crate) enum Msg {
    /// A call (the trace file only).
    Call(Event),
    /// A timeline event (every file).
    Timeline(timeline::Record),
    Finish(SyncSender<()>),
}

/// A thread's tracing state: its OS id once it traced a call (when the thread ends, its run of repeats is queued,
/// [`Queues::thread_ended`]), and how many traced calls it is inside (a callback's calls run inside the call that
/// runs it).
struct Traced {
    tid: std::cell::Cell<Option<u64>>,
    depth: std::cell::Cell<u32>,
}

impl Drop for Traced {
    fn drop(&mut self) {
        if let Some(tid) = self.tid.get() {
            SENDERS.lock().thread_ended(tid);
        }
    }
}

thread_local!(static TRACED: Traced = const { Traced { tid: std::cell::Cell::new(None), depth: std::cell::Cell::new(0) } });

/// The calling thread as its events name it: its OS id, its pthread name on the first event it traces, and
/// whether its tracing state still exists (not during the thread's own exit, after [`Traced`] was dropped).
fn thread_id() -> (u64, Option<std::sync::Arc<str>>, bool) {
    let state = TRACED.try_with(|t| t.tid.get().is_none());
    let first = state.unwrap_or(false);
    let t = crate::site::this_thread(first);
    let tid = u64::from(t.tid);
    if first {
        let _ = TRACED.try_with(|t| t.tid.set(Some(tid)));
    }
    (tid, first.then(|| t.name().into()), state.is_ok())
}

/// One more (`+1`) or one fewer (`-1`) traced call the calling thread is inside; returns the depth before.
fn nest(by: i32) -> u32 {
    TRACED
        .try_with(|t| {
            let was = t.depth.get();
            t.depth.set(was.saturating_add_signed(by));
            was
        })
        .unwrap_or(0)
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
        Ok(_) => senders.tx[out as usize] = Some(tx),
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
    let queues = senders.lock();
    let senders = &queues.tx;
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

/// The event's line: times in whole µs, its end rounded down like its start, so that events nest as the calls did.
fn event_line(e: &Event, pid: u32) -> String {
    let (ts, end) = (e.ts_ns / 1000, e.end_ns() / 1000);
    let mut args = serde_json::json!({ "args": e.args, "ret": e.ret });
    if e.calls > 1 {
        args["calls"] = e.calls.into();
    }
    let record = serde_json::json!({
        "name": e.name, "cat": e.cat, "ph": "X", "ts": ts, "dur": end - ts, "pid": pid, "tid": e.tid, "args": args,
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
    let mut swept = now_ns();
    loop {
        let first = match rx.recv_timeout(Duration::from_nanos(RUN_SPAN_NS)) {
            Ok(msg) => Some(msg),
            Err(RecvTimeoutError::Timeout) => None,
            Err(RecvTimeoutError::Disconnected) => break,
        };
        // At least once a second, whether events keep coming or not: the runs of threads that went quiet.
        let now = now_ns();
        if out == Out::Trace && now.saturating_sub(swept) >= RUN_SPAN_NS {
            swept = now;
            SENDERS.lock().end_idle_runs(now.saturating_sub(RUN_SPAN_NS));
        }
        let Some(first) = first else { continue };
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
    let traced = log_on || file_on(Out::Trace);
    if traced {
        nest(1);
    }
    traced
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
    let depth = nest(-1).saturating_sub(1);
    if file_on(Out::Trace) {
        let (tid, thread_name, tracked) = thread_id();
        let ev = Event {
            name: call.name,
            cat: call.cat,
            ts_ns: call.started.unwrap_or_default(),
            dur_ns: dur.as_nanos() as u64,
            tid,
            thread_name,
            args,
            ret: ret_text,
            calls: 1,
            depth,
        };
        let mut queues = SENDERS.lock();
        if tracked {
            queues.call(ev);
        } else {
            // The thread is ending and its state is gone: no run, which nothing would end before the file closes.
            queues.send_call(ev);
        }
    }
}

/// At exit: closes the trace event files, waiting until `deadline` at the latest for the writers to write what is
/// queued and the closing `]` (both at once: a file whose reader is slow or gone is left without it, which viewers
/// accept, and does not hold up the other).
pub fn finish(deadline: Instant) {
    FILES_ON.store(0, Ordering::Relaxed);
    let queues = {
        let mut queues = SENDERS.lock();
        queues.end_runs();
        std::mem::take(&mut queues.tx)
    };
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
    let mut queues = SENDERS.lock();
    std::mem::forget(std::mem::take(&mut queues.tx));
    queues.runs.clear();
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
            ts_ns: i * 1000,
            dur_ns: 1000,
            tid: 1,
            thread_name: None,
            args: "x".repeat(args),
            ret: "0".into(),
            calls: 1,
            depth: 0,
        }
    }

    /// A call of `tid` to `name` that returned `ret`, from `ts` to `end` (µs).
    fn call(tid: u64, name: &'static str, ret: &str, ts: u64, end: u64) -> Event {
        Event { name, tid, ts_ns: ts * 1000, dur_ns: (end - ts) * 1000, ret: ret.into(), ..event(0, 3) }
    }

    /// The calls queued so far: (tid, name, ret, ts µs, end µs, calls).
    fn queued(rx: &Receiver<Msg>) -> Vec<(u64, &'static str, String, u64, u64, u64)> {
        rx.try_iter()
            .map(|m| match m {
                Msg::Call(e) => (e.tid, e.name, e.ret.clone(), e.ts_ns / 1000, e.end_ns() / 1000, e.calls),
                _ => panic!("only calls are queued"),
            })
            .collect()
    }

    /// A busy poll (the same call, arguments and result, back to back) is its first call, then one event spanning
    /// the repeats with their number; the next different call ends the run, and closing the file ends the last.
    #[test]
    fn a_busy_poll_is_its_first_call_and_one_event_for_the_repeats() {
        let (tx, rx) = sync_channel(64);
        let mut q = Queues::new([Some(tx), None]);
        for i in 0..1000 {
            q.call(call(7, "aclrtProcessReport", "timeout", 10 * i, 10 * i + 3));
        }
        let mut got = queued(&rx);
        assert_eq!(got.len(), 1, "the repeats wait for the run to end");
        q.call(call(7, "aclvencSendFrame", "0", 10_000, 10_005));
        q.call(call(7, "aclrtProcessReport", "timeout", 10_010, 10_013));
        q.call(call(7, "aclrtProcessReport", "timeout", 10_020, 10_023));
        q.call(call(7, "aclrtProcessReport", "timeout", 10_030, 10_033));
        q.end_runs();
        got.extend(queued(&rx));
        let report = "aclrtProcessReport";
        assert_eq!(
            got,
            [
                (7, report, "timeout".into(), 0, 3, 1),
                (7, report, "timeout".into(), 10, 9993, 999),
                (7, "aclvencSendFrame", "0".into(), 10_000, 10_005, 1),
                (7, report, "timeout".into(), 10_010, 10_013, 1),
                (7, report, "timeout".into(), 10_020, 10_033, 2),
            ]
        );
    }

    /// A run is one thread's: another thread's calls between its repeats do not end it, and a different result
    /// or different arguments do.
    #[test]
    fn a_run_is_one_threads_same_call_and_result() {
        let (tx, rx) = sync_channel(64);
        let mut q = Queues::new([Some(tx), None]);
        for i in 0..4 {
            q.call(call(1, "hi_mpi_venc_query_status", "0", 10 * i, 10 * i + 1));
            q.call(call(2, "hi_mpi_venc_query_status", "0", 10 * i + 2, 10 * i + 3));
        }
        q.call(call(1, "hi_mpi_venc_query_status", "HI_ERR_VENC_UNEXIST", 50, 51));
        q.call(Event { args: "other".into(), ..call(1, "hi_mpi_venc_query_status", "HI_ERR_VENC_UNEXIST", 60, 61) });
        q.thread_ended(2);
        q.end_runs();
        let status = "hi_mpi_venc_query_status";
        assert_eq!(
            queued(&rx),
            [
                (1, status, "0".into(), 0, 1, 1),
                (2, status, "0".into(), 2, 3, 1),
                (1, status, "0".into(), 10, 31, 3),
                (1, status, "HI_ERR_VENC_UNEXIST".into(), 50, 51, 1),
                (1, status, "HI_ERR_VENC_UNEXIST".into(), 60, 61, 1),
                (2, status, "0".into(), 12, 33, 3),
            ]
        );
    }

    /// A thread's first call names it, so it is queued even when the OS id is reused and the call is the same as
    /// the last one of an ended thread whose run was not ended (its thread-local state was already gone).
    #[test]
    fn a_threads_first_call_is_never_a_repeat() {
        let (tx, rx) = sync_channel(64);
        let mut q = Queues::new([Some(tx), None]);
        q.call(call(5, "aclrtProcessReport", "timeout", 0, 1));
        q.call(Event { thread_name: Some("reporter".into()), ..call(5, "aclrtProcessReport", "timeout", 2, 3) });
        let named: Vec<_> = rx.try_iter().map(|m| matches!(m, Msg::Call(e) if e.thread_name.is_some())).collect();
        assert_eq!(named, [false, true]);
    }

    /// A run whose thread went quiet is queued once its latest repeat is older than the cutoff; a live one waits.
    #[test]
    fn an_idle_run_is_queued_and_a_live_one_waits() {
        let (tx, rx) = sync_channel(64);
        let mut q = Queues::new([Some(tx), None]);
        for i in 0..3 {
            q.call(call(1, "aclrtProcessReport", "timeout", 10 * i, 10 * i + 5));
            q.call(call(2, "hi_mpi_venc_query_status", "0", 1000 + 10 * i, 1000 + 10 * i + 5));
        }
        let firsts = queued(&rx).len();
        q.end_idle_runs(500_000); // ns: thread 1's repeats ended at 25 µs, thread 2's at 1025 µs
        assert_eq!(
            (firsts, queued(&rx).iter().map(|c| (c.0, c.3, c.4, c.5)).collect::<Vec<_>>()),
            (2, vec![(1, 10, 25, 2)])
        );
        q.end_runs();
        assert_eq!(queued(&rx).iter().map(|c| (c.0, c.5)).collect::<Vec<_>>(), [(2, 2)]);
    }

    /// The same call inside a call around a later repeat (a callback inside `aclrtProcessReport` making the call
    /// its thread made before) ends the run at its own depth, so the events nest as the calls did.
    #[test]
    fn a_run_never_spans_the_start_of_a_call_around_a_later_repeat() {
        let (tx, rx) = sync_channel(64);
        let mut q = Queues::new([Some(tx), None]);
        let set = |ts, end, depth| Event { depth, ..call(4, "aclrtSetCurrentContext", "0", ts, end) };
        q.call(set(0, 1, 0));
        q.call(set(2, 3, 0));
        q.call(set(5, 6, 1)); // inside the next call
        q.call(call(4, "aclrtProcessReport", "0", 4, 10));
        let spans: Vec<_> = queued(&rx).iter().map(|c| (c.1, c.3, c.4, c.5)).collect();
        let set = "aclrtSetCurrentContext";
        assert_eq!(spans, [(set, 0, 1, 1), (set, 2, 3, 1), (set, 5, 6, 1), ("aclrtProcessReport", 4, 10, 1)]);
    }

    /// Repeats lasting longer than RUN_SPAN_NS are queued a run at a time, so a live reader sees the poll.
    #[test]
    fn a_long_poll_is_queued_once_a_second() {
        let (tx, rx) = sync_channel(64);
        let mut q = Queues::new([Some(tx), None]);
        let step = 100_000; // µs: 10 polls of 100 ms a second
        for i in 0..26 {
            q.call(call(3, "aclrtProcessReport", "timeout", step * i, step * (i + 1)));
        }
        let runs: Vec<_> = queued(&rx).iter().map(|c| (c.3, c.4, c.5)).collect();
        assert_eq!(runs, [(0, step, 1), (step, 11 * step, 10), (11 * step, 21 * step, 10)]);
        q.end_runs();
        assert_eq!(queued(&rx).iter().map(|c| (c.3, c.4, c.5)).collect::<Vec<_>>(), [(21 * step, 26 * step, 5)]);
    }

    /// The events of a run name their number of calls in args.calls; a single call has no `calls`, and the end
    /// is rounded down like the start, so a call inside another stays inside it.
    #[test]
    fn a_run_says_its_calls_and_ends_are_rounded_like_starts() {
        let line = |e: &Event| {
            serde_json::from_str::<serde_json::Value>(event_line(e, 1).trim_end_matches([',', '\n'])).unwrap()
        };
        let one = Event { ts_ns: 1_999, dur_ns: 1_002, ..event(0, 1) };
        let v = line(&one);
        assert_eq!((v["ts"].as_u64(), v["dur"].as_u64(), v["args"].get("calls")), (Some(1), Some(2), None));
        let run = Event { calls: 40, ..one };
        assert_eq!(line(&run)["args"]["calls"].as_u64(), Some(40));
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
        let (tid, name, tracked) =
            std::thread::Builder::new().name("venc-worker".into()).spawn(thread_id).unwrap().join().unwrap();
        assert_eq!(name.as_deref(), Some("venc-worker"), "the first event of a thread carries its name");
        assert!(tracked, "the thread's tracing state exists while it runs");
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
        SENDERS.lock().tx[Out::Trace as usize] = Some(tx);
        let started = Instant::now();
        finish(started + Duration::from_millis(300));
        let took = started.elapsed();
        drop(rx);
        assert!(took >= Duration::from_millis(300) && took < Duration::from_millis(800), "{took:?}");
    }
}
