//! The shim's own output lines (findings and trace lines). The caller's thread formats only what needs the call's
//! data, then hands the line through a bounded queue to one writer thread, which symbolises the call site and
//! writes it (`ACLVENC_SHIM_LOG` still filters it). No terminal I/O and no symbolisation on the application's
//! threads; a full queue drops lines (counted, and said at exit) rather than block the caller. Trace lines may
//! not fill the last [`KEPT_FOR_FINDINGS`] places, so a flood of them (a busy poll traced to the log) cannot push
//! out the findings printed after it.
//!
//! Every line starts with `==PID==` (the writing process's id, as valgrind does). A finding is
//! `==PID== [RULE-ID] error: function: message`, then its call site (`at`, `by` lines), its thread and, with
//! `ACLVENC_SHIM_GEN_SUPPRESSIONS`, a ready suppressions entry. Each record (a finding with its lines, a log
//! message) is written with one `write` to the sink, stderr or `ACLVENC_SHIM_LOG_FILE`, so the shim's lines never
//! interleave mid-line with each other or with an application that writes whole lines.
//!
//! Fork: the writer holds [`writer_fork_lock`] while it handles a line (symbolising, writing stderr),
//! so the fork handlers ([`crate::process`]) wait for it; a forked child forgets the parent's queue and starts its
//! own writer at its first line.

use crate::config::Settings;
use crate::process::ForkLock;
use crate::report::{Severity, RULE_TARGET};
use crate::site::Origin;
use parking_lot::Mutex;
use std::fs::File;
use std::io::Write as _;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender, TrySendError};
use std::time::{Duration, Instant};

/// Lines the queue holds before it drops.
const QUEUE: usize = 4096;
/// Places of the queue trace lines may not take: they are kept for findings and the shim's own messages.
const KEPT_FOR_FINDINGS: usize = QUEUE / 4;

enum Msg {
    Line { target: &'static str, level: log::Level, text: String, site: Option<Origin> },
    Finding { level: log::Level, head: String, origin: Origin, gen: Option<&'static str> },
    Flush(SyncSender<()>),
}

/// `ACLVENC_SHIM_LOG_FILE`, once opened; stderr when `None`.
static LOG_FILE: Mutex<Option<File>> = Mutex::new(None);

/// Writes `text` (whole lines) to the sink with one `write_all`: the log file, or stderr.
pub fn write_block(text: &str) {
    let mut file = LOG_FILE.lock();
    let written = match file.as_mut() {
        Some(f) => f.write_all(text.as_bytes()),
        None => std::io::stderr().lock().write_all(text.as_bytes()),
    };
    let _ = written;
}

/// `text` with `==PID== ` before every line, ending with a newline.
pub fn prefixed(text: &str) -> String {
    let pid = std::process::id();
    let mut out = String::with_capacity(text.len() + 16);
    for line in text.lines() {
        out.push_str(&format!("=={pid}== {line}\n"));
    }
    out
}

/// The log level a finding of `severity` is printed at (what `ACLVENC_SHIM_LOG` filters).
pub fn level_of(severity: Severity) -> log::Level {
    match severity {
        Severity::Error => log::Level::Error,
        Severity::Warning => log::Level::Warn,
        Severity::Info => log::Level::Info,
    }
}

/// A finding's lines: the head, `at`/`by` frames, the thread, and the suppressions entry when asked for.
fn finding_text(head: &str, origin: &Origin, gen: Option<&str>) -> String {
    let frames = origin.frames();
    let mut text = format!("{head}\n");
    if frames.is_empty() {
        text.push_str("   at an unknown frame\n");
    }
    for (i, f) in frames.iter().enumerate() {
        text.push_str(&format!("   {} {f}\n", if i == 0 { "at" } else { "by" }));
    }
    text.push_str(&format!("   on thread {}\n", origin.thread()));
    if let Some(id) = gen {
        let entry = aclvenc_interface::filter::suggest(id, origin.function, &frames);
        text.push_str(&format!("   suppression: {entry}\n"));
    }
    prefixed(&text)
}

static SENDER: Mutex<Option<SyncSender<Msg>>> = Mutex::new(None);
/// Held by the writer thread while it handles one message.
static BUSY: Mutex<()> = Mutex::new(());
static DROPPED: AtomicU64 = AtomicU64::new(0);
/// Trace lines not queued because only the places kept for findings were left.
static DROPPED_TRACE: AtomicU64 = AtomicU64::new(0);
/// Messages in the queue: counted up before a send, down when the send fails or the writer takes one.
static QUEUED: AtomicUsize = AtomicUsize::new(0);

fn write(target: &'static str, level: log::Level, text: &str, site: Option<&Origin>) {
    match site {
        Some(o) => log::log!(target: target, level, "{text}\n    called from {}", o.caller()),
        None => log::log!(target: target, level, "{text}"),
    }
}

fn writer(rx: Receiver<Msg>) {
    for msg in rx {
        if !matches!(msg, Msg::Flush(_)) {
            // What `send` counted (a flush is queued by `send_until`, uncounted).
            QUEUED.fetch_sub(1, Ordering::Relaxed);
        }
        let _busy = BUSY.lock();
        match msg {
            Msg::Line { target, level, text, site } => write(target, level, &text, site.as_ref()),
            Msg::Finding { level, head, origin, gen } => write_finding(level, &head, &origin, gen),
            Msg::Flush(ack) => {
                let _ = ack.send(());
            }
        }
    }
}

fn write_finding(level: log::Level, head: &str, origin: &Origin, gen: Option<&'static str>) {
    if log::log_enabled!(target: RULE_TARGET, level) {
        write_block(&finding_text(head, origin, gen));
    }
}

/// Prints a finding (`head`: `[RULE-ID] severity: function: message`) with the call site of `origin`, symbolised
/// by the writer thread; `gen`: the rule ID, to print a suppressions entry under it.
pub fn emit_finding(severity: Severity, head: String, origin: Origin, gen: Option<&'static str>) {
    crate::timeline::printed_finding(&head);
    let level = level_of(severity);
    if cfg!(test) {
        return write_finding(level, &head, &origin, gen);
    }
    send(Msg::Finding { level, head, origin, gen }, |m| {
        if let Msg::Finding { level, head, origin, gen } = m {
            write_finding(level, &head, &origin, gen);
        }
    });
}

/// Writes `text` (and, when given, the application frame of `site` on the next line) at `level` to `target`,
/// from the writer thread, which is started here on first use. Without a writer thread (it could not be started)
/// the line is written here.
pub fn emit(target: &'static str, level: log::Level, text: String, site: Option<Origin>) {
    if cfg!(test) {
        return write(target, level, &text, site.as_ref());
    }
    if target == crate::trace::TARGET && QUEUED.load(Ordering::Relaxed) >= QUEUE - KEPT_FOR_FINDINGS {
        DROPPED_TRACE.fetch_add(1, Ordering::Relaxed);
        return;
    }
    send(Msg::Line { target, level, text, site }, |m| {
        if let Msg::Line { target, level, text, site } = m {
            write(target, level, &text, site.as_ref());
        }
    });
}

/// Queues `msg` for the writer thread, started here on first use; without a writer thread (it could not be
/// started) `here` handles it on this thread.
fn send(msg: Msg, here: impl FnOnce(Msg)) {
    let mut guard = SENDER.lock();
    if guard.is_none() {
        let (tx, rx) = sync_channel(QUEUE);
        if std::thread::Builder::new().name("aclvenc-shim-output".into()).spawn(move || writer(rx)).is_ok() {
            *guard = Some(tx);
        }
    }
    let Some(tx) = guard.as_ref() else {
        drop(guard);
        return here(msg);
    };
    // Under the lock (try_send never blocks), so no thread is inside the queue when the fork handlers hold it.
    QUEUED.fetch_add(1, Ordering::Relaxed);
    if tx.try_send(msg).is_err() {
        QUEUED.fetch_sub(1, Ordering::Relaxed);
        DROPPED.fetch_add(1, Ordering::Relaxed);
    }
}

/// Waits until `deadline` at the latest for every line queued so far to be written (at exit, before abort), then
/// says how many lines a full queue dropped.
pub fn flush(deadline: Instant) {
    let tx = SENDER.lock().clone();
    if let Some(tx) = tx {
        let (ack_tx, ack_rx) = sync_channel(1);
        if send_until(&tx, Msg::Flush(ack_tx), deadline) {
            let _ = ack_rx.recv_timeout(deadline.saturating_duration_since(Instant::now()));
        }
    }
    let dropped = DROPPED.swap(0, Ordering::Relaxed);
    if dropped > 0 {
        log::warn!(target: "aclvenc_shim", "{dropped} output lines were dropped because the output queue was full");
    }
    let trace = DROPPED_TRACE.swap(0, Ordering::Relaxed);
    if trace > 0 {
        log::warn!(
            target: "aclvenc_shim",
            "{trace} trace lines were dropped: the output queue was full but for the places kept for findings"
        );
    }
}

/// `SyncSender::send` with a deadline: retries until the queue has room or `deadline` passes. `false` when the
/// message could not be queued (the queue stayed full, or its reader is gone).
pub fn send_until<T>(tx: &SyncSender<T>, mut msg: T, deadline: Instant) -> bool {
    loop {
        match tx.try_send(msg) {
            Ok(()) => return true,
            Err(TrySendError::Full(m)) if Instant::now() < deadline => {
                msg = m;
                std::thread::sleep(Duration::from_millis(1));
            }
            Err(_) => return false,
        }
    }
}

/// For the fork handlers: the lock the writer thread holds while it writes a line.
pub fn writer_fork_lock() -> &'static impl ForkLock {
    &BUSY
}

/// For the fork handlers: the lock around the queue.
pub fn queue_fork_lock() -> &'static impl ForkLock {
    &SENDER
}

/// In a forked child: the writer thread does not exist here. Forgets its queue (without touching the channel,
/// whose reader's state belongs to that thread); the child's next line starts a writer of its own.
pub fn forget_writer_in_child() {
    std::mem::forget(SENDER.lock().take());
    DROPPED.store(0, Ordering::Relaxed);
    DROPPED_TRACE.store(0, Ordering::Relaxed);
    QUEUED.store(0, Ordering::Relaxed);
}

/// Where `log` records go: the sink of [`write_block`], one record per write.
struct Sink;

impl std::io::Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        write_block(&String::from_utf8_lossy(buf));
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Opens `ACLVENC_SHIM_LOG_FILE` (created or truncated); `Err` names the file and why.
fn open_log_file(path: &std::path::Path) -> Result<File, String> {
    std::fs::OpenOptions::new()
        .create(true)
        .write(true)
        .truncate(true)
        .open(path)
        .map_err(|e| format!("cannot open the log file {}: {e}; writing to stderr", path.display()))
}

/// Sets up the shim's output once the settings are read: the sink (`ACLVENC_SHIM_LOG_FILE`, else stderr), `log`
/// output from `ACLVENC_SHIM_LOG` (RUST_LOG syntax; the application's logger is kept if it has one), the call-site
/// depth, and what is reported ([`crate::report::configure`]).
pub fn init_logger(settings: &Settings) {
    crate::site::set_num_callers(settings.num_callers);
    crate::report::configure(settings);
    let mut failed = None;
    if let Some(path) = &settings.log_file {
        match open_log_file(path) {
            Ok(f) => *LOG_FILE.lock() = Some(f),
            Err(why) => failed = Some(why),
        }
    }
    let mut b = env_logger::Builder::new();
    b.parse_filters(&settings.log.value);
    b.format(|buf, record| {
        use std::io::Write;
        let text = match record.target() {
            RULE_TARGET | crate::trace::TARGET | LEAKS_TARGET => record.args().to_string(),
            _ => format!("aclvenc-shim {}: {}", record.level().as_str().to_lowercase(), record.args()),
        };
        buf.write_all(prefixed(&text).as_bytes())
    });
    b.target(env_logger::Target::Pipe(Box::new(Sink)));
    let _ = b.try_init();
    if let Some(why) = failed {
        log::error!(target: "aclvenc_shim", "{why}");
    }
}

/// Log target of the leak report.
pub const LEAKS_TARGET: &str = "aclvenc_shim::leaks";
