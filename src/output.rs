//! The shim's own output lines (findings and trace lines). The caller's thread formats only what needs the call's
//! data, then hands the line through a bounded queue to one writer thread, which symbolises the call site and
//! writes through `log` (so `ACLVENC_SHIM_LOG` still filters it). No terminal I/O and no symbolisation on the
//! application's threads; a full queue drops lines (counted, and said at exit) rather than block the caller.
//!
//! Fork: the writer holds [`writer_fork_lock`] while it handles a line (symbolising, writing stderr),
//! so the fork handlers ([`crate::process`]) wait for it; a forked child forgets the parent's queue and starts its
//! own writer at its first line.

use crate::config::Settings;
use crate::process::ForkLock;
use crate::site::Origin;
use parking_lot::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender, TrySendError};
use std::time::{Duration, Instant};

/// Lines the queue holds before it drops.
const QUEUE: usize = 4096;

enum Msg {
    Line { target: &'static str, level: log::Level, text: String, site: Option<Origin> },
    Flush(SyncSender<()>),
}

static SENDER: Mutex<Option<SyncSender<Msg>>> = Mutex::new(None);
/// Held by the writer thread while it handles one message.
static BUSY: Mutex<()> = Mutex::new(());
static DROPPED: AtomicU64 = AtomicU64::new(0);

fn write(target: &'static str, level: log::Level, text: &str, site: Option<&Origin>) {
    match site {
        Some(o) => log::log!(target: target, level, "{text}\n    called from {}", o.caller()),
        None => log::log!(target: target, level, "{text}"),
    }
}

fn writer(rx: Receiver<Msg>) {
    for msg in rx {
        let _busy = BUSY.lock();
        match msg {
            Msg::Line { target, level, text, site } => write(target, level, &text, site.as_ref()),
            Msg::Flush(ack) => {
                let _ = ack.send(());
            }
        }
    }
}

/// Writes `text` (and, when given, the application frame of `site` on the next line) at `level` to `target`,
/// from the writer thread, which is started here on first use. Without a writer thread (it could not be started)
/// the line is written here.
pub fn emit(target: &'static str, level: log::Level, text: String, site: Option<Origin>) {
    if cfg!(test) {
        return write(target, level, &text, site.as_ref());
    }
    let mut guard = SENDER.lock();
    if guard.is_none() {
        let (tx, rx) = sync_channel(QUEUE);
        if std::thread::Builder::new().name("aclvenc-shim-output".into()).spawn(move || writer(rx)).is_ok() {
            *guard = Some(tx);
        }
    }
    let Some(tx) = guard.as_ref() else {
        drop(guard);
        return write(target, level, &text, site.as_ref());
    };
    // Under the lock (try_send never blocks), so no thread is inside the queue when the fork handlers hold it.
    if tx.try_send(Msg::Line { target, level, text, site }).is_err() {
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
}

/// Sets up `log` output from `ACLVENC_SHIM_LOG` (RUST_LOG syntax). Keeps the application's logger if it has one.
pub fn init_logger(settings: &Settings) {
    let mut b = env_logger::Builder::new();
    b.parse_filters(&settings.log.value);
    b.format(|buf, record| {
        use std::io::Write;
        writeln!(buf, "[aclvenc-shim {} {}] {}", record.level(), record.target(), record.args())
    });
    b.target(env_logger::Target::Stderr);
    let _ = b.try_init();
}
