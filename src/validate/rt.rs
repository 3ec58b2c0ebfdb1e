//! Checks for the `acl*` / `aclrt*` runtime functions an encoder program calls, `libascendcl.so`: the runtime's
//! lifetime (init, devices, contexts and each thread's current one, streams), report subscriptions and the threads
//! that pump `aclrtProcessReport`, device and host memory, and copies out of output memory (validation-rules.md
//! A.3, A.5, E).

use super::dvpp::{free_hooks, record_alloc};
use crate::calls::rt::args::*;
use crate::chassis::{Cx, Hooks};
use crate::site::Origin;
use crate::state::pipe::{Allocator, PipeState};
use aclvenc_abi::*;
use aclvenc_interface::rules::Rule;

impl Hooks for aclInit {
    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret == ACL_SUCCESS {
            cx.pipe().acl_initialised();
        }
    }
}

impl Hooks for aclFinalize {
    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret == ACL_SUCCESS {
            cx.pipe().acl_finalised();
        }
    }
}

impl Hooks for aclrtSetDevice {
    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret == ACL_SUCCESS {
            cx.pipe().device_set(self.deviceId, cx.thread(), Origin::capture(cx.func));
            watch_thread_exit();
        }
    }
}

impl Hooks for aclrtResetDevice {
    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret == ACL_SUCCESS {
            cx.pipe().device_reset(self.deviceId);
        }
    }
}

impl Hooks for aclrtCreateContext {
    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret != ACL_SUCCESS {
            return;
        }
        if let Some(ctx) = self.context().read().filter(|c| !c.is_null()) {
            cx.pipe().context_created(ctx as usize, self.deviceId, cx.thread(), Origin::capture(cx.func));
            watch_thread_exit();
        }
    }
}

impl Hooks for aclrtDestroyContext {
    fn entered(&self, cx: &Cx<'_>) {
        cx.pipe().context_destroying(self.context as usize);
    }
    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        cx.pipe().context_destroyed(self.context as usize, *ret == ACL_SUCCESS);
    }
}

impl Hooks for aclrtSetCurrentContext {
    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret == ACL_SUCCESS {
            cx.pipe().context_current(self.context as usize, cx.thread());
            watch_thread_exit();
        }
    }
}

impl Hooks for aclrtCreateStream {
    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret != ACL_SUCCESS {
            return;
        }
        if let Some(s) = self.stream().read().filter(|s| !s.is_null()) {
            cx.pipe().stream_created(s as usize, cx.thread(), Origin::capture(cx.func));
        }
    }
}

impl Hooks for aclrtDestroyStream {
    fn entered(&self, cx: &Cx<'_>) {
        cx.pipe().stream_destroying(self.stream as usize);
    }
    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        cx.pipe().stream_destroyed(self.stream as usize, *ret == ACL_SUCCESS);
    }
}

impl Hooks for aclrtSubscribeReport {
    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret == ACL_SUCCESS {
            cx.pipe().subscribed(self.threadId, self.stream as usize, Origin::capture(cx.func));
        }
    }
}

impl Hooks for aclrtUnSubscribeReport {
    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret == ACL_SUCCESS {
            cx.pipe().unsubscribed(self.threadId, self.stream as usize);
        }
    }
}

impl Hooks for aclrtProcessReport {
    /// The thread is pumping reports from the moment it waits in the driver.
    fn entered(&self, cx: &Cx<'_>) {
        cx.pipe().pumped(cx.thread());
        watch_thread_exit();
    }
}

impl Hooks for aclrtMalloc {
    fn check(&self, cx: &mut Cx<'_>) {
        context_for_callback(cx);
    }
    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret == ACL_SUCCESS {
            record_alloc(cx, self.devPtr(), self.size, Allocator::AclrtMalloc);
        }
    }
}

free_hooks!(aclrtFree.devPtr, Allocator::AclrtMalloc, ACL_SUCCESS, context_for_callback);

impl Hooks for aclrtMallocHost {
    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret == ACL_SUCCESS {
            record_alloc(cx, self.hostPtr(), self.size, Allocator::AclrtMallocHost);
        }
    }
}

free_hooks!(aclrtFreeHost.hostPtr, Allocator::AclrtMallocHost, ACL_SUCCESS);

impl Hooks for aclrtMemcpy {
    #[inline]
    fn check(&self, cx: &mut Cx<'_>) {
        context_for_callback(cx);
        let src = self.src as usize;
        if PipeState::may_be_expired(src) && !cx.thread.held.holds(src, cx.shim.state.expire_gen.get()) {
            copy_from_output(cx, src, self.count);
        }
        // Else memory no output ever was, or the output this thread holds (no output expired since it was handed
        // out): not expired, and no pipe lock taken.
    }
}

/// VENC-CB-OUTPUT-LIFETIME: an `aclrtMemcpy` of `count` bytes from `src`, which may lie in output the application
/// handed back (looked up under the pipe lock).
#[cold]
#[inline(never)]
fn copy_from_output(cx: &mut Cx<'_>, src: usize, count: usize) {
    let expired = cx.pipe().expired_at(src).cloned();
    if let Some(e) = expired {
        cx.report(Rule::VencCbOutputLifetime, || {
            format!("the source {src:#x} ({count} bytes) lies in {}: the encoder may already have written the next stream there. Copy the data before handing it back", e.what)
        });
    }
}

/// Forgets, when this thread ends, what the pipeline state keeps by its pthread id (its device, current context,
/// pumping): pthread ids are reused, and a later thread must not inherit them.
fn watch_thread_exit() {
    struct Watch(u64);
    impl Drop for Watch {
        fn drop(&mut self) {
            let _ = std::panic::catch_unwind(|| {
                if let Some(shim) = crate::shim::Shim::try_get() {
                    shim.state.pipe.lock().thread_ended(self.0);
                }
            });
        }
    }
    thread_local!(static WATCH: std::cell::OnceCell<Watch> = const { std::cell::OnceCell::new() });
    let _ = WATCH.try_with(|w| {
        w.get_or_init(|| Watch(crate::process::current_thread_id()));
    });
}

/// VENC-CB-THREAD-CONTEXT: an acl call inside a V1 callback, on a report thread with no current acl context.
#[inline]
pub(crate) fn context_for_callback(cx: &mut Cx<'_>) {
    if let Some(desc) = crate::callbacks::in_callback(cx.thread) {
        callback_context(cx, desc);
    }
}

/// [`context_for_callback`] inside the callback of `desc`: under the pipe lock.
#[cold]
#[inline(never)]
fn callback_context(cx: &mut Cx<'_>, desc: usize) {
    let thread = cx.thread();
    if cx.pipe().context_of(thread).is_none() {
        let func = cx.func;
        cx.report(Rule::VencCbThreadContext, || {
            format!("{func} is called inside the aclvencCallback of channelDesc {desc:#x}, on report thread {thread:#x}, which has no acl context: the runtime call fails there. Call aclrtSetCurrentContext (or aclrtSetDevice) at the start of the report thread")
        });
    }
}

/// Functions with nothing to check or record.
macro_rules! untracked {
    ($($f:ident),* $(,)?) => {$(impl Hooks for $f {})*};
}

untracked!(
    aclrtGetRunMode,
    aclrtLaunchCallback,
    aclrtGetCurrentContext,
    aclrtGetDeviceCount,
    aclrtSynchronizeStream,
    aclrtGetSocName
);
