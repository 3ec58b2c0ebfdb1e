//! Call tracing: every call through `log` (target `aclvenc_shim::trace`, level trace) with decoded arguments,
//! the return value with its symbolic name and the duration; and, with `ACLVENC_SHIM_TRACE_FILE`, as Chrome trace
//! events (a JSON array that chrome://tracing and Perfetto load). File records go through a bounded queue to a
//! writer thread: no file I/O on the caller's thread, and a full queue drops events (counted) rather than block.

use crate::chassis::{Call, FfiRet, Verdict};
use crate::config::Settings;
use parking_lot::Mutex;
use std::io::Write;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// Log target of trace lines: `ACLVENC_SHIM_LOG=aclvenc_shim::trace=trace` turns them on.
pub const TARGET: &str = "aclvenc_shim::trace";
/// Events the trace-file queue holds before it drops.
const QUEUE: usize = 16 * 1024;

static LOG_ON: AtomicBool = AtomicBool::new(false);
static FILE_ON: AtomicBool = AtomicBool::new(false);
static DROPPED: AtomicU64 = AtomicU64::new(0);
static EPOCH: OnceLock<Instant> = OnceLock::new();
static SENDER: Mutex<Option<SyncSender<Msg>>> = Mutex::new(None);

/// Formats an argument for the trace (`Debug`: numbers, pointers as `0x..`, enums by their vendor name).
pub struct Arg<'a, T>(pub &'a T);

impl<T: std::fmt::Debug> std::fmt::Debug for Arg<'_, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

struct Event {
    name: &'static str,
    cat: &'static str,
    ts_us: u64,
    dur_us: u64,
    tid: u64,
    args: String,
    ret: String,
}

enum Msg {
    Event(Event),
    Finish(SyncSender<()>),
}

fn thread_number() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    thread_local!(static N: u64 = NEXT.fetch_add(1, Ordering::Relaxed));
    N.try_with(|n| *n).unwrap_or(0)
}

/// Called once at init, after the logger is set up: decides what is traced, starts the file writer.
pub fn start(settings: &Settings) {
    EPOCH.get_or_init(Instant::now);
    LOG_ON.store(log::log_enabled!(target: TARGET, log::Level::Trace), Ordering::Relaxed);
    let Some(path) = &settings.trace_file else { return };
    let file = match std::fs::File::create(path) {
        Ok(f) => f,
        Err(e) => {
            log::error!(target: "aclvenc_shim", "cannot create the trace file {}: {e}", path.display());
            return;
        }
    };
    let (tx, rx) = sync_channel(QUEUE);
    let spawned = std::thread::Builder::new().name("aclvenc-shim-trace".into()).spawn(move || writer(file, rx));
    if spawned.is_ok() {
        *SENDER.lock() = Some(tx);
        FILE_ON.store(true, Ordering::Relaxed);
    }
}

fn writer(file: std::fs::File, rx: Receiver<Msg>) {
    let mut out = std::io::BufWriter::new(file);
    let pid = std::process::id();
    let _ = out.write_all(b"[\n");
    let mut first = true;
    for msg in rx {
        match msg {
            Msg::Event(e) => {
                let record = serde_json::json!({
                    "name": e.name, "cat": e.cat, "ph": "X", "ts": e.ts_us, "dur": e.dur_us, "pid": pid, "tid": e.tid,
                    "args": { "args": e.args, "ret": e.ret },
                });
                let sep = if first { "" } else { ",\n" };
                first = false;
                let _ = write!(out, "{sep}{record}");
            }
            Msg::Finish(ack) => {
                let dropped = DROPPED.load(Ordering::Relaxed);
                let sep = if first { "" } else { ",\n" };
                let meta = serde_json::json!({
                    "name": "aclvenc-shim", "ph": "M", "pid": pid, "args": { "dropped_events": dropped },
                });
                let _ = write!(out, "{sep}{meta}\n]\n");
                let _ = out.flush();
                let _ = ack.send(());
                return;
            }
        }
    }
}

/// Start of a call: logs the enter line; returns whether this call is traced at all.
pub fn enter<C: Call>(call: &C) -> bool {
    let log_on = LOG_ON.load(Ordering::Relaxed);
    if log_on {
        let mut args = String::new();
        call.fmt_args(&mut args);
        log::trace!(target: TARGET, "-> {}({args})", C::NAME);
    }
    log_on || FILE_ON.load(Ordering::Relaxed)
}

/// End of a call: the exit line (arguments, symbolic return value, duration) and the trace-file event.
pub fn exit<C: Call>(traced: bool, call: &C, ret: &C::Ret, started: Option<Instant>, verdict: Verdict) {
    if !traced {
        return;
    }
    let dur = started.map(|s| s.elapsed()).unwrap_or(Duration::ZERO);
    let mut args = String::new();
    call.fmt_args(&mut args);
    let mut ret_text = ret.describe(C::FAMILY);
    if let Verdict::Refuse(_) = verdict {
        ret_text.push_str(" [refused by the shim, not forwarded]");
    }
    if LOG_ON.load(Ordering::Relaxed) {
        log::trace!(target: TARGET, "<- {}({args}) = {ret_text} in {dur:?}", C::NAME);
    }
    if FILE_ON.load(Ordering::Relaxed) {
        let epoch = *EPOCH.get_or_init(Instant::now);
        let ts = started.map(|s| s.saturating_duration_since(epoch)).unwrap_or_default();
        let cat = if C::FAMILY == crate::chassis::Family::V1 { "aclvenc" } else { "hi_mpi_venc" };
        let ev = Event {
            name: C::NAME,
            cat,
            ts_us: ts.as_micros() as u64,
            dur_us: dur.as_micros() as u64,
            tid: thread_number(),
            args,
            ret: ret_text,
        };
        let sent = SENDER.lock().as_ref().map(|tx| tx.try_send(Msg::Event(ev)).is_ok());
        if sent == Some(false) {
            DROPPED.fetch_add(1, Ordering::Relaxed);
        }
    }
}

/// At exit: closes the trace file (waits up to 2 s for the writer).
pub fn finish() {
    FILE_ON.store(false, Ordering::Relaxed);
    let Some(tx) = SENDER.lock().take() else { return };
    let (ack_tx, ack_rx) = sync_channel(1);
    if tx.send(Msg::Finish(ack_tx)).is_ok() {
        let _ = ack_rx.recv_timeout(Duration::from_secs(2));
    }
}
