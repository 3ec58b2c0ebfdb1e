//! Call tracing: every call as a line (target `aclvenc_shim::trace`, level trace, written by the output writer
//! thread) with decoded arguments, the return value with its symbolic name and the duration; and, with `ACLVENC_SHIM_TRACE_FILE`, as Chrome trace
//! events (a JSON array that chrome://tracing and Perfetto load). File records go through a bounded queue to a
//! writer thread: no file I/O on the caller's thread, and a full queue drops events (counted) rather than block.

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

/// Start of a call to `name`: queues the enter line; returns whether this call is traced at all.
pub fn enter(name: &'static str, fmt_args: impl Fn(&mut String)) -> bool {
    let log_on = LOG_ON.load(Ordering::Relaxed);
    if log_on {
        let mut args = String::new();
        fmt_args(&mut args);
        crate::output::emit(TARGET, log::Level::Trace, format!("-> {name}({args})"), None);
    }
    log_on || FILE_ON.load(Ordering::Relaxed)
}

/// What one traced call did, for [`exit`].
pub struct Exit<'a> {
    pub name: &'static str,
    /// `aclvenc` or `hi_mpi_venc`: the trace event's category.
    pub cat: &'static str,
    pub fmt_args: &'a dyn Fn(&mut String),
    /// The return value with its symbolic name.
    pub ret: String,
    pub started: Option<Instant>,
    /// The shim refused the call (it never reached the driver).
    pub refused: bool,
}

/// End of a traced call: the exit line (arguments, symbolic return value, duration) and the trace-file event.
pub fn exit(call: Exit<'_>) {
    let dur = call.started.map(|s| s.elapsed()).unwrap_or(Duration::ZERO);
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
    if FILE_ON.load(Ordering::Relaxed) {
        let epoch = *EPOCH.get_or_init(Instant::now);
        let ts = call.started.map(|s| s.saturating_duration_since(epoch)).unwrap_or_default();
        let ev = Event {
            name: call.name,
            cat: call.cat,
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
