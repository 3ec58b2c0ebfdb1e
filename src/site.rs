//! Where things happened: the application frame that made a call, and creation sites of tracked objects.
//! Backtraces are captured unresolved on the caller's thread only on create and on a finding's first occurrence,
//! never per frame, and symbolised only when shown, off the caller's thread (the output writer, the report).
//!
//! Every use of the backtrace crate (capture, symbolisation) happens under one lock, [`fork_lock`]: the fork
//! handlers hold it across `fork`, so no thread is inside the crate's own global lock, or initialising an
//! origin's symbolised stack, when a child starts.

use aclvenc_interface::report::Frame;
use backtrace::Backtrace;
use parking_lot::Mutex;
use std::hash::{Hash as _, Hasher as _};
use std::sync::atomic::{AtomicUsize, Ordering};
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

/// How many application frames a site shows (`ACLVENC_SHIM_NUM_CALLERS`).
static NUM_CALLERS: AtomicUsize = AtomicUsize::new(4);

/// Sets how many application frames sites show (`ACLVENC_SHIM_NUM_CALLERS`, 1-64), once the settings are read.
pub fn set_num_callers(n: usize) {
    NUM_CALLERS.store(n.clamp(1, 64), Ordering::Relaxed);
}

/// A thread as the OS names it: its thread id (`gettid`) and its pthread name (`pthread_getname_np`; a thread
/// nobody named has its process's name). `Copy`, with the name inline: a per-frame record ([`Origin::light`])
/// copies it without touching a reference count (a locked instruction, issue 9).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct ThreadName {
    /// The OS thread id.
    pub tid: u32,
    /// The pthread name's UTF-8 bytes (Linux names have at most 15), then zeros.
    name: [u8; NAME_BYTES],
    /// How many bytes of `name` are the name.
    len: u8,
}

/// The most bytes of a thread's name kept (Linux: 15, plus room for a few replaced invalid bytes).
const NAME_BYTES: usize = 31;

impl ThreadName {
    /// `name` cut to at most [`NAME_BYTES`] bytes, at a character boundary.
    fn new(tid: u32, name: &str) -> ThreadName {
        let mut len = name.len().min(NAME_BYTES);
        while !name.is_char_boundary(len) {
            len -= 1;
        }
        let mut bytes = [0u8; NAME_BYTES];
        bytes[..len].copy_from_slice(&name.as_bytes()[..len]);
        ThreadName { tid, name: bytes, len: len as u8 }
    }

    /// The pthread name.
    pub fn name(&self) -> &str {
        std::str::from_utf8(self.name.get(..usize::from(self.len)).unwrap_or_default()).unwrap_or_default()
    }
}

impl std::fmt::Debug for ThreadName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ThreadName").field("tid", &self.tid).field("name", &self.name()).finish()
    }
}

impl std::fmt::Display for ThreadName {
    /// `"name" (tid N)`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?} (tid {})", self.name(), self.tid)
    }
}

/// Reads the calling thread's OS id and pthread name now.
fn read_thread_name() -> ThreadName {
    // SAFETY: gettid has no preconditions and cannot fail.
    let tid = unsafe { libc::gettid() };
    let mut buf = [0u8; 64];
    // SAFETY: pthread_self is the calling thread, which is alive; buf is writable for buf.len() bytes and the call
    // writes at most that many, NUL-terminated.
    let rc = unsafe { libc::pthread_getname_np(libc::pthread_self(), buf.as_mut_ptr().cast(), buf.len()) };
    let end = buf.iter().position(|b| *b == 0).unwrap_or(buf.len());
    let name = if rc == 0 { String::from_utf8_lossy(&buf[..end]) } else { "".into() };
    ThreadName::new(u32::try_from(tid).unwrap_or(0), &name)
}

/// The calling thread's OS id and pthread name. `fresh`: read the name again (it costs a system call; a thread
/// may rename itself), else the one read last on this thread.
pub fn this_thread(fresh: bool) -> ThreadName {
    crate::reentry::with_thread(|t| thread_of(t, fresh)).unwrap_or_else(read_thread_name)
}

/// [`this_thread`] on the thread whose state is `thread` (the caller's): the name it last read, kept in its state.
pub fn thread_of(thread: &crate::reentry::ThreadState, fresh: bool) -> ThreadName {
    match thread.name.get() {
        Some(t) if !fresh => t,
        _ => {
            let t = read_thread_name();
            thread.name.set(Some(t));
            t
        }
    }
}

/// The frames of `bt` that follow the export `function` (the application's side), at most `depth` of them.
/// Falls back to the first frames when the export is not on the stack.
fn frames_after(bt: &Backtrace, function: &str, depth: usize) -> Vec<Frame> {
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
    frames[start..]
        .iter()
        .take(depth)
        .map(|f| {
            let sym = f.symbols().first();
            let function = sym.and_then(|s| s.name()).map(|n| n.to_string()).unwrap_or_else(|| format!("{:?}", f.ip()));
            let file = sym.and_then(|s| s.filename()).map(|p| p.display().to_string());
            Frame { function, file, line: sym.and_then(|s| s.lineno()) }
        })
        .collect()
}

/// `frames` as `symbol (file:line)` joined by `<-`, or `an unknown frame`.
pub fn describe(frames: &[Frame]) -> String {
    if frames.is_empty() {
        return "an unknown frame".into();
    }
    frames.iter().map(Frame::to_string).collect::<Vec<_>>().join(" <- ")
}

/// The frame of the return address `at`, symbolised (the address one byte back, inside the call instruction).
fn resolve_one(at: usize) -> Option<Frame> {
    if at == 0 {
        return None;
    }
    let _one = BACKTRACE.lock();
    let mut frame = None;
    backtrace::resolve((at - 1) as *mut core::ffi::c_void, |s| {
        if frame.is_none() {
            let function = s.name().map(|n| n.to_string()).unwrap_or_else(|| format!("{at:#x}"));
            let file = s.filename().map(|p| p.display().to_string());
            frame = Some(Frame { function, file, line: s.lineno() });
        }
    });
    Some(frame.unwrap_or_else(|| Frame { function: format!("{at:#x}"), file: None, line: None }))
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
    /// The thread, as the OS names it.
    thread: ThreadName,
    /// The stack; `None` for per-frame records, which never capture a stack.
    captured: Option<Arc<Captured>>,
    /// Without a stack: the return address into the application of the export call (0: unknown), symbolised
    /// when shown.
    at: usize,
}

impl Origin {
    /// Captures the current thread (its name read afresh) and stack, inside the export `function`.
    pub fn capture(function: &'static str) -> Origin {
        let raw = {
            let _one = BACKTRACE.lock();
            Backtrace::new_unresolved()
        };
        let captured = Some(Arc::new(Captured { raw, resolved: OnceLock::new() }));
        Origin { function, thread: this_thread(true), captured, at: 0 }
    }

    /// `"name" (tid N)` of the thread.
    pub fn thread(&self) -> String {
        self.thread.to_string()
    }

    /// The thread's OS id and name.
    pub fn thread_name(&self) -> &ThreadName {
        &self.thread
    }

    /// The thread only, no stack: for records made once per frame (streams), where a backtrace would cost more
    /// than the call. The thread's name is the one it had when the shim last read it.
    pub fn light(function: &'static str) -> Origin {
        Origin { function, thread: this_thread(false), captured: None, at: 0 }
    }

    /// The thread and the application's call site only, of the call `cx` checks (its function, the export's return
    /// address `cx.caller`, 0 when unknown, and the thread's cached name): for objects a program may create once per
    /// frame (DVPP blocks, pic descs), where unwinding the stack would cost microseconds a frame. Shown as the one
    /// application frame that called the function.
    pub fn of_call(cx: &crate::chassis::Cx<'_>) -> Origin {
        Origin { function: cx.func, thread: thread_of(cx.thread, false), captured: None, at: cx.caller }
    }

    /// [`Origin::light`] for the call `cx` checks (its thread's cached name, with no thread-local access).
    pub fn light_of(cx: &crate::chassis::Cx<'_>) -> Origin {
        Origin { function: cx.func, thread: thread_of(cx.thread, false), captured: None, at: 0 }
    }

    /// An origin in `function` on `thread`, without a stack: a frame in flight's sender ([`crate::state::Flight`]).
    pub fn light_from(function: &'static str, thread: ThreadName) -> Origin {
        Origin { function, thread, captured: None, at: 0 }
    }

    /// A key for the call site without symbolising: a hash of the captured stack's return addresses (0 without a
    /// stack). Equal sites give equal keys.
    pub fn stack_key(&self) -> u64 {
        let Some(c) = &self.captured else { return self.at as u64 };
        let mut h = std::collections::hash_map::DefaultHasher::new();
        for f in c.raw.frames() {
            (f.ip() as usize).hash(&mut h);
        }
        h.finish()
    }

    /// The application frames that called the export `function`, symbolised, at most `ACLVENC_SHIM_NUM_CALLERS`
    /// of them; empty without a stack.
    pub fn frames(&self) -> Vec<Frame> {
        match &self.captured {
            Some(c) => frames_after(c.resolved(), self.function, NUM_CALLERS.load(Ordering::Relaxed)),
            None if self.at != 0 => resolve_one(self.at).into_iter().collect(),
            None => Vec::new(),
        }
    }

    /// The creating call and its callers, symbolised: `function <- caller (file:line) <- ...`.
    pub fn site(&self) -> String {
        if self.captured.is_none() && self.at == 0 {
            return format!("{} on thread {} (no stack is captured for per-frame calls)", self.function, self.thread());
        }
        format!("{} <- {}", self.function, describe(&self.frames()))
    }

    /// The application frames that called the export `function`, symbolised, as one line.
    pub fn caller(&self) -> String {
        describe(&self.frames())
    }
}

impl std::fmt::Debug for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} on {}", self.function, self.thread())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A finding's or leak's thread is named as the OS names it: the pthread name and the `gettid` id; a rename
    /// shows at the next capture.
    #[test]
    fn threads_are_named_by_pthread_name_and_os_thread_id() {
        let (label, tid, renamed) = std::thread::Builder::new()
            .name("venc-worker".into())
            .spawn(|| {
                let o = Origin::capture("aclvencSendFrame");
                // SAFETY: gettid has no preconditions.
                let tid = unsafe { libc::gettid() } as u32;
                let name = std::ffi::CString::new("renamed").unwrap();
                // SAFETY: the calling thread names itself with a NUL-terminated name of at most 15 bytes.
                unsafe { libc::pthread_setname_np(libc::pthread_self(), name.as_ptr()) };
                (o.thread(), tid, (Origin::light("x").thread(), Origin::capture("y").thread()))
            })
            .unwrap()
            .join()
            .unwrap();
        assert_eq!(label, format!("\"venc-worker\" (tid {tid})"));
        assert_ne!(tid, std::process::id(), "not the main thread's id");
        assert_eq!(renamed.0, label, "a light record reuses the name read last");
        assert_eq!(renamed.1, format!("\"renamed\" (tid {tid})"));
    }
}
