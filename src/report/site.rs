//! Where things happened: the application frame that made a call, and creation sites of tracked objects.
//! Backtraces are captured only on create and on a finding's first occurrence, never per frame, and symbolised
//! only when shown.

use backtrace::Backtrace;
use std::sync::{Arc, OnceLock};

/// `name (ThreadId(N))` of the calling thread.
pub fn thread_label() -> String {
    label(&std::thread::current())
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

/// The application frame (and two callers) that called the export `function` on this thread, right now.
pub fn caller_of(function: &str) -> String {
    describe_after(&Backtrace::new(), function, 3)
}

/// Where and by which thread an object was created (backtrace captured unresolved, symbolised once, when first
/// shown; clones share the capture).
#[derive(Clone)]
pub struct Origin {
    pub function: &'static str,
    /// The creating thread (its label is formatted only when shown).
    thread: std::thread::Thread,
    /// The stack (unresolved) and its symbolised text; `None` for per-frame records, which never capture a stack.
    captured: Option<Arc<(Backtrace, OnceLock<String>)>>,
}

impl Origin {
    /// Captures the current thread and stack, inside the export `function`.
    pub fn capture(function: &'static str) -> Origin {
        let captured = Some(Arc::new((Backtrace::new_unresolved(), OnceLock::new())));
        Origin { function, thread: std::thread::current(), captured }
    }

    /// `name (ThreadId(N))` of the creating thread.
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
        let Some(captured) = &self.captured else {
            return format!("{} (no stack is captured per frame)", self.function);
        };
        let (bt, site) = &**captured;
        site.get_or_init(|| {
            let mut bt = bt.clone();
            bt.resolve();
            format!("{} <- {}", self.function, describe_after(&bt, self.function, 4))
        })
        .clone()
    }
}

impl std::fmt::Debug for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} on {}", self.function, self.thread())
    }
}
