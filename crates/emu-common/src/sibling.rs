//! Reaching another emulated library at run time, as the vendor libraries reach each other: first
//! `dlsym(RTLD_DEFAULT, name)` (the app linked it, or it is already loaded globally), else `dlopen` of the file of
//! that name next to the calling library (found with `dladdr`) and `dlsym` in it. The handle is never closed.
//!
//! This is the driver-resolution place of the emulated libraries (docs/STYLE.md convention 4): the only `dlopen` and
//! `dlsym` calls, and the typed calls into the acl runtime of `libascendcl.so` ([`runtime`]), whose prototypes come
//! from the ABI table.

use std::ffi::{c_void, CStr, CString};
use std::path::PathBuf;

fn dlsym(handle: *mut c_void, name: &str) -> *mut c_void {
    let Ok(c) = CString::new(name) else { return std::ptr::null_mut() };
    // SAFETY: `handle` is RTLD_DEFAULT or a handle returned by dlopen; `c` is a NUL-terminated string.
    unsafe { libc::dlsym(handle, c.as_ptr()) }
}

/// Directory of the file the calling library was loaded from (this code is linked into each emulated library).
pub fn own_dir() -> Option<PathBuf> {
    let mut info = libc::Dl_info {
        dli_fname: std::ptr::null(),
        dli_fbase: std::ptr::null_mut(),
        dli_sname: std::ptr::null(),
        dli_saddr: std::ptr::null_mut(),
    };
    let addr = own_dir as fn() -> Option<PathBuf> as *const c_void;
    // SAFETY: `addr` is an address inside this library; `info` is a valid out-parameter.
    if unsafe { libc::dladdr(addr, &mut info) } == 0 || info.dli_fname.is_null() {
        return None;
    }
    // SAFETY: dladdr succeeded, so `dli_fname` is a NUL-terminated path owned by the dynamic loader.
    let path = unsafe { CStr::from_ptr(info.dli_fname) }.to_str().ok()?;
    std::path::Path::new(path).parent().map(|p| p.to_path_buf())
}

/// The addresses of `names`, all from the process's global scope or all from `lib` (a file name such as
/// `libascendcl.so`) next to the calling library. `Err` names what is missing or what could not be opened.
pub fn resolve(lib: &str, names: &[&str]) -> Result<Vec<*mut c_void>, String> {
    let mut ptrs: Vec<*mut c_void> = names.iter().map(|n| dlsym(libc::RTLD_DEFAULT, n)).collect();
    if ptrs.iter().any(|p| p.is_null()) {
        let dir = own_dir().ok_or("cannot find the directory of the calling library (dladdr failed)")?;
        let path = dir.join(lib);
        let c = CString::new(path.to_string_lossy().into_owned()).map_err(|e| e.to_string())?;
        // SAFETY: `c` is a NUL-terminated path; the handle is kept for the life of the process.
        let h = unsafe { libc::dlopen(c.as_ptr(), libc::RTLD_NOW | libc::RTLD_GLOBAL) };
        if h.is_null() {
            return Err(format!("{lib} is not loaded and {} cannot be opened", path.display()));
        }
        ptrs = names.iter().map(|n| dlsym(h, n)).collect();
    }
    let missing: Vec<&str> = names.iter().zip(&ptrs).filter(|(_, p)| p.is_null()).map(|(n, _)| *n).collect();
    if missing.is_empty() {
        Ok(ptrs)
    } else {
        Err(format!("{lib} lacks {}", missing.join(", ")))
    }
}

// ---------------------------------------------------------------------------------------------------------------
// The acl runtime of libascendcl.so, typed by the ABI table
// ---------------------------------------------------------------------------------------------------------------

macro_rules! runtime_table {
    ($(fn $name:ident($($p:ident: $t:ty),* $(,)?) -> $ret:ty;)*) => {
        /// Every `libascendcl.so` function of the ABI table (`aclvenc_abi::acl_runtime_fns!`), resolved at once.
        #[allow(non_snake_case, dead_code)]
        struct RuntimeFns {
            $($name: unsafe extern "C" fn($($t),*) -> $ret,)*
        }

        impl RuntimeFns {
            fn resolve() -> Result<RuntimeFns, String> {
                let ptrs = resolve("libascendcl.so", &[$(stringify!($name)),*])?;
                let mut it = ptrs.into_iter();
                // SAFETY: each address is the non-NULL export of that name (checked by `resolve`), whose C prototype
                // is the one of the ABI table this struct is generated from, which the emulated and the vendor
                // library both implement.
                Ok(unsafe {
                    RuntimeFns {
                        $($name: std::mem::transmute::<*mut c_void, unsafe extern "C" fn($($t),*) -> $ret>(
                            it.next().unwrap_or(std::ptr::null_mut()),
                        ),)*
                    }
                })
            }
        }
    };
}
aclvenc_abi::acl_runtime_fns!(runtime_table);

/// A stream made by [`Runtime::create_stream`] (only such handles are passed back to the runtime).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stream(usize);

/// The acl runtime entry points the encoders use, as safe calls: first from the process's global scope (the app
/// linked `-lascendcl`), else from the `libascendcl.so` next to the calling library, like the vendor's libraries.
pub struct Runtime {
    fns: RuntimeFns,
}

/// The runtime, or ACL_ERROR_RT_FAILURE (logged once) when it cannot be found.
pub fn runtime() -> Result<&'static Runtime, aclvenc_abi::aclError> {
    static RT: std::sync::OnceLock<Result<Runtime, String>> = std::sync::OnceLock::new();
    match RT.get_or_init(|| {
        RuntimeFns::resolve()
            .map(|fns| Runtime { fns })
            .inspect_err(|e| log::error!("cannot reach the acl runtime: {e}"))
    }) {
        Ok(rt) => Ok(rt),
        Err(_) => Err(aclvenc_abi::ACL_ERROR_RT_FAILURE),
    }
}

fn status(code: aclvenc_abi::aclError) -> Result<(), aclvenc_abi::aclError> {
    if code == aclvenc_abi::ACL_SUCCESS {
        Ok(())
    } else {
        Err(code)
    }
}

// SAFETY (for every call below): the functions have their exact prototypes (`RuntimeFns::resolve`); out-params are
// live locals; stream handles are ones the runtime returned (`Stream`); callbacks are safe `extern "C"` functions,
// callable with any argument.
impl Runtime {
    /// `aclrtCreateStream`.
    pub fn create_stream(&self) -> Result<Stream, aclvenc_abi::aclError> {
        let mut s: aclvenc_abi::aclrtStream = std::ptr::null_mut();
        // SAFETY: see the impl comment; `s` is a live local.
        status(unsafe { (self.fns.aclrtCreateStream)(&mut s) })?;
        Ok(Stream(s as usize))
    }

    /// `aclrtDestroyStream`.
    pub fn destroy_stream(&self, s: Stream) -> aclvenc_abi::aclError {
        // SAFETY: see the impl comment.
        unsafe { (self.fns.aclrtDestroyStream)(s.0 as aclvenc_abi::aclrtStream) }
    }

    /// `aclrtSynchronizeStream`: returns once every callback launched on `s` has run.
    pub fn synchronize_stream(&self, s: Stream) -> aclvenc_abi::aclError {
        // SAFETY: see the impl comment.
        unsafe { (self.fns.aclrtSynchronizeStream)(s.0 as aclvenc_abi::aclrtStream) }
    }

    /// `aclrtSubscribeReport(thread, s)`.
    pub fn subscribe_report(&self, thread: u64, s: Stream) -> aclvenc_abi::aclError {
        // SAFETY: see the impl comment.
        unsafe { (self.fns.aclrtSubscribeReport)(thread, s.0 as aclvenc_abi::aclrtStream) }
    }

    /// `aclrtUnSubscribeReport(thread, s)`.
    pub fn unsubscribe_report(&self, thread: u64, s: Stream) -> aclvenc_abi::aclError {
        // SAFETY: see the impl comment.
        unsafe { (self.fns.aclrtUnSubscribeReport)(thread, s.0 as aclvenc_abi::aclrtStream) }
    }

    /// `aclrtLaunchCallback`: queue `f(token)` on `s`; it runs later on the stream's subscribed report thread.
    pub fn launch_callback(&self, f: extern "C" fn(*mut c_void), token: usize, s: Stream) -> aclvenc_abi::aclError {
        let block = aclvenc_abi::aclrtCallbackBlockType::ACL_CALLBACK_BLOCK;
        // SAFETY: see the impl comment; `f` is a safe function, so any `token` is a valid argument.
        unsafe { (self.fns.aclrtLaunchCallback)(Some(f), token as *mut c_void, block, s.0 as aclvenc_abi::aclrtStream) }
    }

    /// Whether the calling thread has a current context (`aclrtGetCurrentContext`); the runtime's error if not.
    pub fn current_context(&self) -> Result<(), aclvenc_abi::aclError> {
        let mut c: aclvenc_abi::aclrtContext = std::ptr::null_mut();
        // SAFETY: see the impl comment; `c` is a live local.
        status(unsafe { (self.fns.aclrtGetCurrentContext)(&mut c) })
    }
}
