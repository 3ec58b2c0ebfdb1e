//! The acl runtime, reached through the public dynamic symbols of `libascendcl.so`, as the real `libacl_dvpp.so`
//! does: first `dlsym(RTLD_DEFAULT, name)` (the app linked `-lascendcl`), else `dlopen` of the `libascendcl.so`
//! next to this library (`aclvenc_emu_common::sibling`). Resolved once; every missing symbol is named in one
//! message.

use std::ffi::c_void;
use std::sync::OnceLock;

use aclvenc_abi::*;

pub(crate) type CreateStreamFn = unsafe extern "C" fn(*mut aclrtStream) -> aclError;
pub(crate) type StreamFn = unsafe extern "C" fn(aclrtStream) -> aclError;
pub(crate) type SubscribeFn = unsafe extern "C" fn(u64, aclrtStream) -> aclError;
pub(crate) type LaunchCallbackFn =
    unsafe extern "C" fn(aclrtCallback, *mut c_void, aclrtCallbackBlockType, aclrtStream) -> aclError;
pub(crate) type GetCurrentContextFn = unsafe extern "C" fn(*mut aclrtContext) -> aclError;

/// The runtime entry points the encoder uses.
pub(crate) struct Runtime {
    create_stream: CreateStreamFn,
    destroy_stream: StreamFn,
    synchronize_stream: StreamFn,
    subscribe_report: SubscribeFn,
    unsubscribe_report: SubscribeFn,
    launch_callback: LaunchCallbackFn,
    get_current_context: GetCurrentContextFn,
}

const NAMES: [&str; 7] = [
    "aclrtCreateStream",
    "aclrtDestroyStream",
    "aclrtSynchronizeStream",
    "aclrtSubscribeReport",
    "aclrtUnSubscribeReport",
    "aclrtLaunchCallback",
    "aclrtGetCurrentContext",
];

fn resolve() -> Result<Runtime, String> {
    let ptrs = aclvenc_emu_common::sibling::resolve("libascendcl.so", &NAMES)?;
    // SAFETY: each pointer is the non-NULL address of the exported function of that name, whose C prototype
    // (acl/acl_rt.h, abi-spec.json) is exactly the function-pointer type it is cast to.
    unsafe {
        Ok(Runtime {
            create_stream: std::mem::transmute::<*mut c_void, CreateStreamFn>(ptrs[0]),
            destroy_stream: std::mem::transmute::<*mut c_void, StreamFn>(ptrs[1]),
            synchronize_stream: std::mem::transmute::<*mut c_void, StreamFn>(ptrs[2]),
            subscribe_report: std::mem::transmute::<*mut c_void, SubscribeFn>(ptrs[3]),
            unsubscribe_report: std::mem::transmute::<*mut c_void, SubscribeFn>(ptrs[4]),
            launch_callback: std::mem::transmute::<*mut c_void, LaunchCallbackFn>(ptrs[5]),
            get_current_context: std::mem::transmute::<*mut c_void, GetCurrentContextFn>(ptrs[6]),
        })
    }
}

/// The runtime, or ACL_ERROR_RT_FAILURE (logged once) when it cannot be found.
pub(crate) fn get() -> Result<&'static Runtime, aclError> {
    static RT: OnceLock<Result<Runtime, String>> = OnceLock::new();
    match RT.get_or_init(|| resolve().inspect_err(|e| log::error!("cannot reach the acl runtime: {e}"))) {
        Ok(rt) => Ok(rt),
        Err(_) => Err(ACL_ERROR_RT_FAILURE),
    }
}

// SAFETY (for all wrappers below): the function pointers were resolved from libascendcl.so with their exact C
// prototypes; the arguments obey those prototypes' contracts (out-pointers point to live locals, streams are
// handles the runtime returned).
impl Runtime {
    pub(crate) fn create_stream(&self) -> Result<aclrtStream, aclError> {
        let mut s: aclrtStream = std::ptr::null_mut();
        // SAFETY: see the impl comment; `s` is a live local.
        let r = unsafe { (self.create_stream)(&mut s) };
        if r == ACL_SUCCESS {
            Ok(s)
        } else {
            Err(r)
        }
    }

    pub(crate) fn destroy_stream(&self, s: aclrtStream) -> aclError {
        // SAFETY: see the impl comment.
        unsafe { (self.destroy_stream)(s) }
    }

    pub(crate) fn synchronize_stream(&self, s: aclrtStream) -> aclError {
        // SAFETY: see the impl comment.
        unsafe { (self.synchronize_stream)(s) }
    }

    pub(crate) fn subscribe_report(&self, thread: u64, s: aclrtStream) -> aclError {
        // SAFETY: see the impl comment.
        unsafe { (self.subscribe_report)(thread, s) }
    }

    pub(crate) fn unsubscribe_report(&self, thread: u64, s: aclrtStream) -> aclError {
        // SAFETY: see the impl comment.
        unsafe { (self.unsubscribe_report)(thread, s) }
    }

    /// Queue `f(user)` on stream `s` (run later on the stream's subscribed report thread).
    pub(crate) fn launch_callback(
        &self,
        f: unsafe extern "C" fn(*mut c_void),
        user: *mut c_void,
        s: aclrtStream,
    ) -> aclError {
        // SAFETY: see the impl comment; `f` is a trampoline of this library that accepts `user`.
        unsafe { (self.launch_callback)(Some(f), user, aclrtCallbackBlockType::ACL_CALLBACK_BLOCK, s) }
    }

    /// The calling thread's current context, or the runtime's error (ACL_ERROR_RT_CONTEXT_NULL).
    pub(crate) fn current_context(&self) -> Result<aclrtContext, aclError> {
        let mut c: aclrtContext = std::ptr::null_mut();
        // SAFETY: see the impl comment; `c` is a live local.
        let r = unsafe { (self.get_current_context)(&mut c) };
        if r == ACL_SUCCESS {
            Ok(c)
        } else {
            Err(r)
        }
    }
}
