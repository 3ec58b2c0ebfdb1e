//! Streams and the callback report mechanism.
//!
//! A stream here carries only host callbacks (there is no device work to queue). `aclrtLaunchCallback` puts a
//! report in the queue of the thread subscribed to the stream; that thread runs it inside its next
//! `aclrtProcessReport(timeout)`, in launch order. `aclrtSynchronizeStream` waits until every callback launched on
//! the stream has run. NULL as a stream means the current context's default stream.
//!
//! Error codes (the runtime's own, which ACL passes through; hicann/runtime `aclrt_c/runtime/callback.c`):
//! not subscribed on launch → ACL_ERROR_RT_STREAM_NO_CB_REG (107015); `aclrtProcessReport` on a thread with no
//! subscription → ACL_ERROR_RT_THREAD_SUBSCRIBE (107012); timeout → ACL_ERROR_RT_REPORT_TIMEOUT (507012);
//! timeout other than -1 or > 0 → ACL_ERROR_RT_PARAM_INVALID (vendor docs: "-1 waits forever, > 0 waits that
//! many ms"); stream already subscribed / not subscribed → ACL_ERROR_RT_STREAM_SUBSCRIBE (107011).

use std::collections::{HashMap, VecDeque};
use std::ffi::c_void;
use std::sync::{Arc, Condvar, Mutex, MutexGuard, OnceLock};
use std::time::{Duration, Instant};

use aclvenc_abi::*;
use aclvenc_emu_common::export::call_report_callback;
use aclvenc_emu_common::process::this_thread;
use aclvenc_ptr::Out;

use crate::device;

#[derive(Default)]
struct StreamState {
    /// Callbacks launched / run so far.
    launched: u64,
    done: u64,
    /// Thread (pthread_t value) the stream's callbacks go to.
    subscriber: Option<u64>,
}

pub(crate) struct Stream {
    st: Mutex<StreamState>,
    cv: Condvar,
}

impl Stream {
    fn state(&self) -> MutexGuard<'_, StreamState> {
        self.st.lock().unwrap_or_else(|p| p.into_inner())
    }
}

struct Report {
    stream: Arc<Stream>,
    /// Never `None` (checked at launch).
    f: aclrtCallback,
    /// The `void *userData`, carried as an integer (it is only handed back to `f`).
    user: usize,
}

#[derive(Default)]
struct ThreadQueue {
    q: Mutex<VecDeque<Report>>,
    cv: Condvar,
}

#[derive(Default)]
struct Registry {
    streams: HashMap<usize, Arc<Stream>>,
    /// Default stream (NULL handle) per context.
    default_streams: HashMap<usize, Arc<Stream>>,
    /// Report queue per thread ever subscribed.
    threads: HashMap<u64, Arc<ThreadQueue>>,
    /// Live subscriptions per thread (for the per-chip thread cap).
    subscriptions: HashMap<u64, u32>,
}

fn registry() -> MutexGuard<'static, Registry> {
    static R: OnceLock<Mutex<Registry>> = OnceLock::new();
    R.get_or_init(Mutex::default).lock().unwrap_or_else(|p| p.into_inner())
}

fn new_stream() -> Arc<Stream> {
    Arc::new(Stream { st: Mutex::new(StreamState::default()), cv: Condvar::new() })
}

/// A stream handle as the application passed it (`aclrtStream`, a `void *` only looked up, never dereferenced).
type StreamArg<'a> = Out<'a, c_void>;

/// Find the stream behind a handle (NULL = the current context's default stream).
fn resolve(reg: &mut Registry, stream: StreamArg<'_>) -> Result<Arc<Stream>, aclError> {
    if stream.is_null() {
        let (ctx, _) = device::current_context().ok_or(ACL_ERROR_RT_CONTEXT_NULL)?;
        return Ok(reg.default_streams.entry(ctx).or_insert_with(new_stream).clone());
    }
    reg.streams.get(&stream.addr()).cloned().ok_or_else(|| {
        log::error!("{:#x} is not a live stream", stream.addr());
        ACL_ERROR_RT_PARAM_INVALID
    })
}

/// `aclrtCreateStream(&stream)`: needs a current context (ACL_ERROR_RT_CONTEXT_NULL otherwise).
pub(crate) fn aclrtCreateStream(stream: Out<'_, aclrtStream>) -> aclError {
    if stream.is_null() {
        return ACL_ERROR_INVALID_PARAM;
    }
    if device::current_context().is_none() {
        log::error!("aclrtCreateStream: the calling thread has no current context");
        return ACL_ERROR_RT_CONTEXT_NULL;
    }
    let s = new_stream();
    let handle = Arc::as_ptr(&s) as usize;
    registry().streams.insert(handle, s);
    stream.write(handle as aclrtStream);
    ACL_SUCCESS
}

/// `aclrtDestroyStream(stream)`: drops the stream and its subscription; callbacks already launched still run.
pub(crate) fn aclrtDestroyStream(stream: StreamArg<'_>) -> aclError {
    if stream.is_null() {
        return ACL_ERROR_INVALID_PARAM;
    }
    let mut reg = registry();
    let Some(s) = reg.streams.remove(&stream.addr()) else {
        log::error!("aclrtDestroyStream: {:#x} is not a live stream", stream.addr());
        return ACL_ERROR_RT_PARAM_INVALID;
    };
    let sub = s.state().subscriber.take();
    if let Some(t) = sub {
        unsubscribe_count(&mut reg, t);
    }
    ACL_SUCCESS
}

fn unsubscribe_count(reg: &mut Registry, thread: u64) {
    if let Some(n) = reg.subscriptions.get_mut(&thread) {
        *n -= 1;
        if *n == 0 {
            reg.subscriptions.remove(&thread);
        }
    }
}

/// `aclrtSubscribeReport(threadId, stream)`: callbacks of `stream` will run on thread `threadId`.
pub(crate) fn aclrtSubscribeReport(thread_id: u64, stream: StreamArg<'_>) -> aclError {
    if thread_id == 0 {
        log::error!("aclrtSubscribeReport: thread id 0 is not a thread");
        return ACL_ERROR_RT_THREAD_SUBSCRIBE;
    }
    let mut reg = registry();
    let s = match resolve(&mut reg, stream) {
        Ok(s) => s,
        Err(e) => return e,
    };
    let mut st = s.state();
    if st.subscriber.is_some() {
        log::error!("aclrtSubscribeReport: stream {:#x} is already subscribed", stream.addr());
        return ACL_ERROR_RT_STREAM_SUBSCRIBE;
    }
    let cap = aclvenc_emu_common::settings::get().limits().max_report_threads as usize;
    if !reg.subscriptions.contains_key(&thread_id) && reg.subscriptions.len() >= cap {
        log::error!("aclrtSubscribeReport: more than {cap} report threads in one process (VENC-CHDESC-THREAD-LIMIT)");
        return ACL_ERROR_RT_THREAD_SUBSCRIBE;
    }
    st.subscriber = Some(thread_id);
    *reg.subscriptions.entry(thread_id).or_insert(0) += 1;
    reg.threads.entry(thread_id).or_default();
    ACL_SUCCESS
}

/// `aclrtUnSubscribeReport(threadId, stream)`.
pub(crate) fn aclrtUnSubscribeReport(thread_id: u64, stream: StreamArg<'_>) -> aclError {
    let mut reg = registry();
    let s = match resolve(&mut reg, stream) {
        Ok(s) => s,
        Err(e) => return e,
    };
    let mut st = s.state();
    if st.subscriber != Some(thread_id) {
        log::error!("aclrtUnSubscribeReport: stream {:#x} is not subscribed to thread {thread_id:#x}", stream.addr());
        return ACL_ERROR_RT_STREAM_SUBSCRIBE;
    }
    st.subscriber = None;
    drop(st);
    unsubscribe_count(&mut reg, thread_id);
    ACL_SUCCESS
}

/// `aclrtLaunchCallback(fn, userData, blockType, stream)`: queue `fn(userData)` for the stream's subscribed thread.
pub(crate) fn aclrtLaunchCallback(
    f: aclrtCallback,
    user_data: Out<'_, c_void>,
    block_type: aclrtCallbackBlockType,
    stream: StreamArg<'_>,
) -> aclError {
    if f.is_none() {
        return ACL_ERROR_INVALID_PARAM;
    }
    if block_type != aclrtCallbackBlockType::ACL_CALLBACK_BLOCK
        && block_type != aclrtCallbackBlockType::ACL_CALLBACK_NO_BLOCK
    {
        return ACL_ERROR_INVALID_PARAM;
    }
    let mut reg = registry();
    let s = match resolve(&mut reg, stream) {
        Ok(s) => s,
        Err(e) => return e,
    };
    let mut st = s.state();
    let Some(thread) = st.subscriber else {
        log::error!("aclrtLaunchCallback: no thread is subscribed to stream {:#x}", stream.addr());
        return ACL_ERROR_RT_STREAM_NO_CB_REG;
    };
    let Some(tq) = reg.threads.get(&thread).cloned() else {
        return ACL_ERROR_RT_STREAM_NO_CB_REG;
    };
    st.launched += 1;
    drop(st);
    drop(reg);
    tq.q.lock().unwrap_or_else(|p| p.into_inner()).push_back(Report { stream: s, f, user: user_data.addr() });
    tq.cv.notify_all();
    ACL_SUCCESS
}

/// `aclrtProcessReport(timeout)`: wait up to `timeout` ms (-1: forever) for callbacks meant for the calling
/// thread, run every one that is pending, in launch order, and return.
pub(crate) fn aclrtProcessReport(timeout: i32) -> aclError {
    if timeout == 0 || timeout < -1 {
        log::error!("aclrtProcessReport: timeout {timeout} ms (must be -1 or > 0)");
        return ACL_ERROR_RT_PARAM_INVALID;
    }
    let me = this_thread();
    let Some(tq) = registry().threads.get(&me).cloned() else {
        return ACL_ERROR_RT_THREAD_SUBSCRIBE;
    };
    let deadline = (timeout > 0).then(|| Instant::now() + Duration::from_millis(timeout as u64));
    let mut q = tq.q.lock().unwrap_or_else(|p| p.into_inner());
    while q.is_empty() {
        match deadline {
            None => q = tq.cv.wait(q).unwrap_or_else(|p| p.into_inner()),
            Some(d) => {
                let now = Instant::now();
                if now >= d {
                    return ACL_ERROR_RT_REPORT_TIMEOUT;
                }
                q = tq.cv.wait_timeout(q, d - now).unwrap_or_else(|p| p.into_inner()).0;
            }
        }
    }
    let batch: Vec<Report> = q.drain(..).collect();
    drop(q);
    for r in batch {
        call_report_callback(r.f, r.user);
        let mut st = r.stream.state();
        st.done += 1;
        drop(st);
        r.stream.cv.notify_all();
    }
    ACL_SUCCESS
}

/// `aclrtSynchronizeStream(stream)`: returns once every callback launched on `stream` has run. Called on the
/// stream's own report thread with callbacks still pending it would wait forever (the vendor hangs); the emulator
/// logs and returns ACL_ERROR_RT_INTERNAL_ERROR instead.
pub(crate) fn aclrtSynchronizeStream(stream: StreamArg<'_>) -> aclError {
    let s = match resolve(&mut registry(), stream) {
        Ok(s) => s,
        Err(e) => return e,
    };
    let me = this_thread();
    let mut st = s.state();
    if st.launched != st.done && st.subscriber == Some(me) {
        log::error!(
            "aclrtSynchronizeStream: called on the report thread of stream {:#x} with callbacks pending (deadlock)",
            stream.addr()
        );
        return ACL_ERROR_RT_INTERNAL_ERROR;
    }
    while st.launched != st.done {
        st = s.cv.wait(st).unwrap_or_else(|p| p.into_inner());
    }
    ACL_SUCCESS
}
