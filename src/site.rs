//! Where things happened: the application frame that made a call, and creation sites of tracked objects.
//! Backtraces are captured unresolved on the caller's thread only on create and on a finding's first occurrence,
//! never per frame, and symbolised only when shown, off the caller's thread (the output writer, the report).
//!
//! Every use of the backtrace crate (capture, symbolisation) happens under one lock, [`fork_lock`]: the fork
//! handlers hold it across `fork`, so no thread is inside the crate's own global lock, or initialising an
//! origin's symbolised stack, when a child starts.

use backtrace::Backtrace;
use parking_lot::Mutex;
use std::sync::{Arc, OnceLock};

/// Held around every capture and symbolisation.
static BACKTRACE: Mutex<()> = Mutex::new(());

/// For the fork handlers: the lock held around every capture and symbolisation.
pub fn fork_lock() -> &'static impl crate::process::ForkLock {
    &BACKTRACE
}

/// The current stack, symbolised, as `Backtrace`'s `Debug` prints it (for the abort message).
pub fn backtrace_now() -> String {
    let _one = BACKTRACE.lock();
    format!("{:?}", Backtrace::new())
}

fn label(t: &std::thread::Thread) -> String {
    format!("{} ({:?})", t.name().unwrap_or("unnamed"), t.id())
}

/// The frames of `bt` that follow the export `function` (the application's side), at most `depth` of them,
/// as `symbol (file:line)` joined by `<-`. Falls back to the first frames when the export is not on the stack.
fn describe_after(bt: &Backtrace, function: &str, depth: usize) -> String {
    let frames = bt.frames();
    let is_export = |f: &backtrace::BacktraceFrame| {
        f.symbols().iter().any(|s| s.name().map(|n| n.to_string()).as_deref() == Some(function))
    };
    // After the export; or, for findings made outside any export (inside a wrapped callback), after the shim's
    // own frames and the backtrace machinery.
    let own = |f: &backtrace::BacktraceFrame| {
        f.symbols().iter().any(|s| {
            s.name().map(|n| n.to_string()).is_some_and(|n| {
                n.starts_with("aclvenc_shim::") || n.starts_with("backtrace::") || n.contains("catch_unwind")
            })
        })
    };
    let start = frames
        .iter()
        .rposition(is_export)
        .map(|i| i + 1)
        .or_else(|| frames.iter().rposition(own).map(|i| i + 1))
        .unwrap_or(0);
    let parts: Vec<String> = frames[start..]
        .iter()
        .take(depth)
        .map(|f| {
            let sym = f.symbols().first();
            let name = sym.and_then(|s| s.name()).map(|n| n.to_string()).unwrap_or_else(|| format!("{:?}", f.ip()));
            match sym.and_then(|s| Some((s.filename()?.display().to_string(), s.lineno()?))) {
                Some((file, line)) => format!("{name} ({file}:{line})"),
                None => name,
            }
        })
        .collect();
    if parts.is_empty() {
        "an unknown frame".into()
    } else {
        parts.join(" <- ")
    }
}

/// A captured stack: unresolved on the calling thread, symbolised once, when first shown (off the hot path).
struct Captured {
    raw: Backtrace,
    resolved: OnceLock<Backtrace>,
}

impl Captured {
    fn resolved(&self) -> &Backtrace {
        if let Some(bt) = self.resolved.get() {
            return bt;
        }
        // Initialised only under the lock: a fork never finds the cell half-initialised by a thread it left behind.
        let _one = BACKTRACE.lock();
        self.resolved.get_or_init(|| {
            let mut bt = self.raw.clone();
            bt.resolve();
            bt
        })
    }
}

/// Where and by which thread something happened: an object's creation, or a finding's call (backtrace captured
/// unresolved, symbolised once, when first shown; clones share the capture).
#[derive(Clone)]
pub struct Origin {
    pub function: &'static str,
    /// The thread (its label is formatted only when shown).
    thread: std::thread::Thread,
    /// The stack; `None` for per-frame records, which never capture a stack.
    captured: Option<Arc<Captured>>,
}

impl Origin {
    /// Captures the current thread and stack, inside the export `function`.
    pub fn capture(function: &'static str) -> Origin {
        let raw = {
            let _one = BACKTRACE.lock();
            Backtrace::new_unresolved()
        };
        let captured = Some(Arc::new(Captured { raw, resolved: OnceLock::new() }));
        Origin { function, thread: std::thread::current(), captured }
    }

    /// `name (ThreadId(N))` of the thread.
    pub fn thread(&self) -> String {
        label(&self.thread)
    }

    /// The thread only, no stack: for records made once per frame (streams), where a backtrace would cost more
    /// than the call.
    pub fn light(function: &'static str) -> Origin {
        Origin { function, thread: std::thread::current(), captured: None }
    }

    /// The creating call and its callers, symbolised: `function <- caller (file:line) <- ...`.
    pub fn site(&self) -> String {
        match &self.captured {
            Some(c) => format!("{} <- {}", self.function, describe_after(c.resolved(), self.function, 4)),
            None => format!("{} on thread {} (no stack is captured for per-frame calls)", self.function, self.thread()),
        }
    }

    /// The application frame (and two callers) that called the export `function`, symbolised.
    pub fn caller(&self) -> String {
        match &self.captured {
            Some(c) => describe_after(c.resolved(), self.function, 3),
            None => "an unknown frame".into(),
        }
    }
}

impl std::fmt::Debug for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} on {}", self.function, self.thread())
    }
}
