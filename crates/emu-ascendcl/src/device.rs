//! `aclInit`/`aclFinalize`, devices and contexts.
//!
//! Contexts are opaque handles (addresses of boxed records, never dereferenced by this library when they come
//! back from C: they are looked up in a table, so an unknown or destroyed handle is an error, not UB).
//! `aclrtSetDevice` creates the device's default context on first use and makes it current for the calling
//! thread; `aclrtCreateContext` makes the new context current; the current context is per thread.

use std::cell::Cell;
use std::collections::HashMap;
use std::ffi::{c_char, c_void, CString};
use std::sync::{Mutex, MutexGuard, OnceLock};

use aclvenc_abi::*;
use aclvenc_ptr::{In, Out};

/// One context.
pub(crate) struct Context {
    pub device: i32,
    /// The device's default context (made by `aclrtSetDevice`; the app may not destroy it).
    pub is_default: bool,
}

#[derive(Default)]
struct Global {
    initialized: bool,
    /// `aclrtSetDevice` count per device (each `aclrtResetDevice` takes one back).
    device_refs: HashMap<i32, u32>,
    default_ctx: HashMap<i32, usize>,
    contexts: HashMap<usize, Box<Context>>,
}

fn global() -> MutexGuard<'static, Global> {
    static G: OnceLock<Mutex<Global>> = OnceLock::new();
    G.get_or_init(Mutex::default).lock().unwrap_or_else(|p| p.into_inner())
}

thread_local! {
    /// The calling thread's current context (0 = none).
    static CURRENT: Cell<usize> = const { Cell::new(0) };
}

/// The calling thread's current context handle and its device, if the context still exists.
pub(crate) fn current_context() -> Option<(usize, i32)> {
    let cur = CURRENT.with(Cell::get);
    if cur == 0 {
        return None;
    }
    global().contexts.get(&cur).map(|c| (cur, c.device))
}

fn valid_device(device_id: i32) -> bool {
    device_id >= 0 && (device_id as u32) < aclvenc_emu_common::settings::get().device_count
}

fn new_context(g: &mut Global, device: i32, is_default: bool) -> usize {
    let ctx = Box::new(Context { device, is_default });
    let handle = &*ctx as *const Context as usize;
    g.contexts.insert(handle, ctx);
    handle
}

/// `aclInit(configPath)`: process-wide start. `configPath` may be NULL; its contents are not read.
/// A second call without `aclFinalize` returns ACL_ERROR_REPEAT_INITIALIZE.
pub(crate) fn aclInit(_config_path: In<'_, c_char>) -> aclError {
    let mut g = global();
    if g.initialized {
        return ACL_ERROR_REPEAT_INITIALIZE;
    }
    g.initialized = true;
    log::info!("aclInit: emulated {}", aclvenc_emu_common::settings::get().soc_name);
    ACL_SUCCESS
}

/// `aclFinalize()`: ACL_ERROR_REPEAT_FINALIZE when not initialised.
pub(crate) fn aclFinalize() -> aclError {
    let mut g = global();
    if !g.initialized {
        return ACL_ERROR_REPEAT_FINALIZE;
    }
    g.initialized = false;
    ACL_SUCCESS
}

/// `aclrtSetDevice(deviceId)`: binds the device's default context to the calling thread.
pub(crate) fn aclrtSetDevice(device_id: i32) -> aclError {
    if !valid_device(device_id) {
        return ACL_ERROR_RT_INVALID_DEVICEID;
    }
    let mut g = global();
    *g.device_refs.entry(device_id).or_insert(0) += 1;
    let ctx = match g.default_ctx.get(&device_id) {
        Some(&c) => c,
        None => {
            let c = new_context(&mut g, device_id, true);
            g.default_ctx.insert(device_id, c);
            c
        }
    };
    CURRENT.with(|c| c.set(ctx));
    ACL_SUCCESS
}

/// `aclrtResetDevice(deviceId)`: gives one `aclrtSetDevice` back; the last one destroys the default context.
pub(crate) fn aclrtResetDevice(device_id: i32) -> aclError {
    if !valid_device(device_id) {
        return ACL_ERROR_RT_INVALID_DEVICEID;
    }
    let mut g = global();
    let left = match g.device_refs.get_mut(&device_id) {
        Some(n) if *n > 0 => {
            *n -= 1;
            *n
        }
        _ => return ACL_SUCCESS,
    };
    if left == 0 {
        if let Some(ctx) = g.default_ctx.remove(&device_id) {
            g.contexts.remove(&ctx);
            CURRENT.with(|c| {
                if c.get() == ctx {
                    c.set(0)
                }
            });
        }
    }
    ACL_SUCCESS
}

/// `aclrtCreateContext(&ctx, deviceId)`: a new context, current for the calling thread.
pub(crate) fn aclrtCreateContext(context: Out<'_, aclrtContext>, device_id: i32) -> aclError {
    if context.is_null() {
        return ACL_ERROR_INVALID_PARAM;
    }
    if !valid_device(device_id) {
        return ACL_ERROR_RT_INVALID_DEVICEID;
    }
    let handle = new_context(&mut global(), device_id, false);
    context.write(handle as aclrtContext);
    CURRENT.with(|c| c.set(handle));
    ACL_SUCCESS
}

/// `aclrtDestroyContext(ctx)`: unknown handles and default contexts give ACL_ERROR_RT_PARAM_INVALID.
pub(crate) fn aclrtDestroyContext(context: Out<'_, c_void>) -> aclError {
    if context.is_null() {
        return ACL_ERROR_INVALID_PARAM;
    }
    let key = context.addr();
    let mut g = global();
    match g.contexts.get(&key) {
        Some(c) if !c.is_default => {
            g.contexts.remove(&key);
            CURRENT.with(|c| {
                if c.get() == key {
                    c.set(0)
                }
            });
            ACL_SUCCESS
        }
        Some(_) => {
            log::error!("aclrtDestroyContext: {key:#x} is a default context (release it with aclrtResetDevice)");
            ACL_ERROR_RT_PARAM_INVALID
        }
        None => {
            log::error!("aclrtDestroyContext: {key:#x} is not a live context");
            ACL_ERROR_RT_PARAM_INVALID
        }
    }
}

/// `aclrtSetCurrentContext(ctx)`.
pub(crate) fn aclrtSetCurrentContext(context: Out<'_, c_void>) -> aclError {
    if context.is_null() {
        return ACL_ERROR_INVALID_PARAM;
    }
    let key = context.addr();
    if !global().contexts.contains_key(&key) {
        log::error!("aclrtSetCurrentContext: {key:#x} is not a live context");
        return ACL_ERROR_RT_PARAM_INVALID;
    }
    CURRENT.with(|c| c.set(key));
    ACL_SUCCESS
}

/// `aclrtGetCurrentContext(&ctx)`: ACL_ERROR_RT_CONTEXT_NULL when the thread has none.
pub(crate) fn aclrtGetCurrentContext(context: Out<'_, aclrtContext>) -> aclError {
    if context.is_null() {
        return ACL_ERROR_INVALID_PARAM;
    }
    match current_context() {
        Some((ctx, _)) => {
            context.write(ctx as aclrtContext);
            ACL_SUCCESS
        }
        None => ACL_ERROR_RT_CONTEXT_NULL,
    }
}

/// `aclrtGetDeviceCount(&n)`: `ACLVENC_EMU_DEVICES` (default 1).
pub(crate) fn aclrtGetDeviceCount(count: Out<'_, u32>) -> aclError {
    if count.write(aclvenc_emu_common::settings::get().device_count) {
        ACL_SUCCESS
    } else {
        ACL_ERROR_INVALID_PARAM
    }
}

/// `aclrtGetRunMode(&mode)`: always ACL_HOST (the app runs on a host next to the device).
pub(crate) fn aclrtGetRunMode(run_mode: Out<'_, aclrtRunMode>) -> aclError {
    if run_mode.write(aclrtRunMode::ACL_HOST) {
        ACL_SUCCESS
    } else {
        ACL_ERROR_INVALID_PARAM
    }
}

/// `aclrtGetSocName()`: the name of the emulated chip (`Ascend310`, `Ascend310P3`, `Ascend310B1`, ...), from
/// `ACLVENC_EMU_SOC` (default `Ascend310P3`). The string is static and owned by the library; it stays valid until
/// the library is unloaded. Never NULL.
pub(crate) fn aclrtGetSocName() -> *const c_char {
    static NAME: OnceLock<CString> = OnceLock::new();
    NAME.get_or_init(|| {
        let name = aclvenc_emu_common::settings::get().soc_name.replace('\0', "");
        CString::new(name).unwrap_or_default()
    })
    .as_ptr()
}
