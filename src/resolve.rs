//! Finding the real driver. One search per family (V1 `libacl_dvpp.so`, V2 `libacl_dvpp_mpi.so`), done once;
//! the whole function table is resolved at once and every missing symbol is named in one message.
//!
//! Order (first hit wins; a candidate whose functions are the shim's own is skipped, so the shim may be installed
//! under the vendor's name without looping): the explicit path setting, `dlsym(RTLD_NEXT)` (under `LD_PRELOAD`,
//! or when the app links the driver too), the vendor soname through the loader's search path, the toolkit
//! directories from `ASCEND_HOME_PATH` / `ASCEND_TOOLKIT_HOME`, then the project's emulated driver. Libraries are
//! never closed, so the shim stays safe during process teardown. The few libc process calls the shim makes (pinning
//! itself, the exit hook) live here too, so that `unsafe` stays in this module, `ptr` and the generated stubs.

use crate::calls::{v1, v2};
use crate::chassis::Family;
use crate::config::{Settings, ENV_DRIVER, ENV_DRIVER_V1, ENV_DRIVER_V2};
use core::ffi::{c_char, c_void, CStr};
use parking_lot::Mutex;
use std::collections::HashSet;
use std::ffi::CString;
use std::path::{Path, PathBuf};

/// Where a family's functions come from.
#[derive(Clone, Debug)]
pub enum Source {
    /// Found; `how` is the search step, `path` the library that defines the functions.
    Found { how: &'static str, path: String },
    /// Not found; every place tried, with why it did not fit.
    NotFound { searched: Vec<String> },
}

impl Source {
    pub fn describe(&self) -> String {
        match self {
            Source::Found { how, path } => format!("{path} ({how})"),
            Source::NotFound { .. } => "none found".into(),
        }
    }

    pub fn is_found(&self) -> bool {
        matches!(self, Source::Found { .. })
    }
}

/// The resolved driver: one function table per family and where each came from.
pub struct Driver {
    pub v1: v1::Table,
    pub v2: v2::Table,
    pub v1_source: Source,
    pub v2_source: Source,
    /// The V1 library's `acldvppGetStreamDescSize` / `acldvppGetStreamDescRetCode`, for wrapped callbacks.
    pub stream_desc: StreamDescReaders,
    missing_reported: Mutex<HashSet<&'static str>>,
}

/// Readers of a V1 output stream desc, from the same library as the V1 functions.
#[derive(Clone, Copy, Default)]
pub struct StreamDescReaders {
    pub size: Option<unsafe extern "C" fn(*const aclvenc_abi::acldvppStreamDesc) -> u32>,
    pub ret_code: Option<unsafe extern "C" fn(*const aclvenc_abi::acldvppStreamDesc) -> u32>,
}

impl StreamDescReaders {
    fn resolve(handle: *mut c_void) -> StreamDescReaders {
        let get = |name: &str| {
            let p = sym(handle, name);
            // SAFETY: the vendor declares both as `uint32_t f(const acldvppStreamDesc *)`.
            (!p.is_null()).then(|| unsafe {
                std::mem::transmute::<*mut c_void, unsafe extern "C" fn(*const aclvenc_abi::acldvppStreamDesc) -> u32>(
                    p,
                )
            })
        };
        StreamDescReaders { size: get("acldvppGetStreamDescSize\0"), ret_code: get("acldvppGetStreamDescRetCode\0") }
    }

    /// `(size in bytes, retCode)` of an output stream desc the driver just handed to a callback.
    pub(crate) fn read(&self, output: *const aclvenc_abi::acldvppStreamDesc) -> Option<(u32, u32)> {
        let (size, ret) = (self.size?, self.ret_code?);
        if output.is_null() {
            return None;
        }
        // SAFETY: `output` is the stream desc the driver passed to the callback now running; the driver's own
        // getters read it.
        Some(unsafe { (size(output), ret(output)) })
    }
}

/// The file name of the shared object that defines `addr`, and its base address.
fn object_of(addr: *const c_void) -> Option<(String, usize)> {
    let mut info = std::mem::MaybeUninit::<libc::Dl_info>::zeroed();
    // SAFETY: dladdr only reads `addr` as a number and fills `info`; a zeroed Dl_info is a valid out value.
    let ok = unsafe { libc::dladdr(addr, info.as_mut_ptr()) };
    if ok == 0 {
        return None;
    }
    // SAFETY: dladdr succeeded, so it initialised `info`.
    let info = unsafe { info.assume_init() };
    let name = if info.dli_fname.is_null() {
        String::new()
    } else {
        // SAFETY: dli_fname is a NUL-terminated path owned by the loader, valid while the object is loaded.
        unsafe { CStr::from_ptr(info.dli_fname) }.to_string_lossy().into_owned()
    };
    Some((name, info.dli_fbase as usize))
}

/// Whether the object loaded from `path` at `base` is a shim: it defines the shim's own API.
fn is_shim_object(path: &str, base: usize) -> bool {
    let Ok(cpath) = CString::new(path) else { return false };
    // SAFETY: RTLD_NOLOAD only returns a handle to an object that is already loaded (it loads nothing).
    let h = unsafe { libc::dlopen(cpath.as_ptr(), libc::RTLD_NOW | libc::RTLD_NOLOAD) };
    if h.is_null() {
        return false;
    }
    let own_api = sym(h, "aclvencShimVersion\0");
    // The lookup also searches the object's dependencies: the symbol must be in the object itself.
    !own_api.is_null() && object_of(own_api).is_some_and(|(_, b)| b == base)
}

/// The shim's own object: its path and base address.
fn own_object() -> (String, usize) {
    object_of(own_object as *const c_void).unwrap_or_default()
}

/// The calling thread's `pthread_t`, as apps pass it to `aclvencSetChannelDescThreadId` (`(uint64_t)pthread_self()`).
pub fn current_thread_id() -> u64 {
    // SAFETY: pthread_self has no preconditions and cannot fail.
    unsafe { libc::pthread_self() as u64 }
}

/// Runs `f` at process exit (before library destructors), as `atexit` does.
pub fn at_process_exit(f: extern "C" fn()) {
    // SAFETY: registering a plain `extern "C" fn()`; the caller's function never unwinds (it catches panics).
    unsafe { libc::atexit(f) };
}

/// Flushes C stdio and ends the process with `code` now, without running further exit handlers (what
/// LeakSanitizer's `exitcode` does).
pub fn exit_now(code: i32) -> ! {
    // SAFETY: flushing every C stdio stream (NULL means all), then `_exit`, which never returns.
    unsafe {
        libc::fflush(std::ptr::null_mut());
        libc::_exit(code)
    }
}

/// Keeps the shim loaded for the life of the process, even if whoever loaded it calls `dlclose`: its exit hook and
/// thread-local destructors run at process exit and must still find its code.
pub fn pin_self() {
    let (path, _) = own_object();
    let Ok(path) = CString::new(path) else { return };
    // SAFETY: RTLD_NOLOAD only adds a reference (and the NODELETE flag) to the already-loaded shim; the handle is
    // deliberately never closed.
    unsafe { libc::dlopen(path.as_ptr(), libc::RTLD_NOW | libc::RTLD_NOLOAD | libc::RTLD_NODELETE) };
}

/// Looks `name` (NUL-terminated) up in `handle` with dlsym.
fn sym(handle: *mut c_void, name: &str) -> *mut c_void {
    // SAFETY: `handle` is RTLD_NEXT, RTLD_DEFAULT or a handle from dlopen that is never closed; `name` is
    // NUL-terminated (the generated tables append the NUL).
    unsafe { libc::dlsym(handle, name.as_ptr().cast::<c_char>()) }
}

/// One family's search: the probe symbol, the soname, the per-family setting.
struct FamilySearch {
    family: Family,
    probe: &'static str,
    soname: &'static str,
    env_specific: &'static str,
}

const V1_SEARCH: FamilySearch = FamilySearch {
    family: Family::V1,
    probe: "aclvencCreateChannelDesc\0",
    soname: "libacl_dvpp.so",
    env_specific: ENV_DRIVER_V1,
};
const V2_SEARCH: FamilySearch = FamilySearch {
    family: Family::V2,
    probe: "hi_mpi_venc_create_chn\0",
    soname: "libacl_dvpp_mpi.so",
    env_specific: ENV_DRIVER_V2,
};

/// Opens `what` (a path or a soname) with RTLD_NOW | RTLD_LOCAL; the handle is never closed.
fn open(what: &str) -> Result<*mut c_void, String> {
    // SAFETY: loading a driver library runs its initialisers, which is what the application itself would do
    // when it links the vendor library.
    let lib = unsafe { libloading::os::unix::Library::open(Some(what), libc::RTLD_NOW | libc::RTLD_LOCAL) };
    lib.map(|l| l.into_raw()).map_err(|e| e.to_string())
}

impl FamilySearch {
    /// Tries one handle: the probe symbol must exist and must not belong to a shim (this one, or a copy of it
    /// installed under the vendor's name, which is a different object at a different address).
    fn try_handle(&self, handle: *mut c_void) -> Result<String, String> {
        let p = sym(handle, self.probe);
        if p.is_null() {
            return Err(format!("no {}", self.probe.trim_end_matches('\0')));
        }
        let Some((path, base)) = object_of(p) else { return Ok("?".into()) };
        if base == own_object().1 || is_shim_object(&path, base) {
            return Err(format!("{path} is aclvenc-shim itself (it exports aclvencShimVersion)"));
        }
        Ok(path)
    }

    fn candidates(&self, settings: &Settings) -> Vec<(&'static str, String)> {
        let mut c = Vec::new();
        let specific = match self.family {
            Family::V1 => &settings.driver_v1,
            Family::V2 => &settings.driver_v2,
        };
        if let Some(p) = specific {
            // An explicit per-library path is the only candidate.
            return vec![(self.env_specific, p.display().to_string())];
        }
        if let Some(p) = &settings.driver {
            c.push((ENV_DRIVER, p.display().to_string()));
        }
        c.push(("RTLD_NEXT", String::new()));
        c.push(("soname", self.soname.to_string()));
        for var in ["ASCEND_HOME_PATH", "ASCEND_TOOLKIT_HOME"] {
            if let Ok(home) = std::env::var(var) {
                for sub in ["lib64", "runtime/lib64"] {
                    c.push((var_label(var), Path::new(&home).join(sub).join(self.soname).display().to_string()));
                }
            }
        }
        for dir in emulated_dirs() {
            c.push(("emulated driver", dir.join(self.soname).display().to_string()));
        }
        c
    }

    fn resolve<T>(&self, settings: &Settings, build: impl Fn(*mut c_void) -> T) -> (T, Source)
    where
        T: Default,
    {
        let mut searched = Vec::new();
        for (how, what) in self.candidates(settings) {
            let handle = if how == "RTLD_NEXT" {
                libc::RTLD_NEXT
            } else if !what.contains('/') || Path::new(&what).exists() {
                match open(&what) {
                    Ok(h) => h,
                    Err(e) => {
                        searched.push(format!("{how} {what}: {e}"));
                        continue;
                    }
                }
            } else {
                searched.push(format!("{how} {what}: no such file"));
                continue;
            };
            match self.try_handle(handle) {
                Ok(path) => return (build(handle), Source::Found { how, path }),
                Err(why) => searched.push(format!("{how} {what}: {why}").replace("  ", " ")),
            }
        }
        (T::default(), Source::NotFound { searched })
    }
}

fn var_label(var: &str) -> &'static str {
    if var == "ASCEND_HOME_PATH" {
        "$ASCEND_HOME_PATH"
    } else {
        "$ASCEND_TOOLKIT_HOME"
    }
}

/// Where the project's emulated driver may sit relative to the shim: next to it (a cargo target dir), in
/// `aclvenc-emu/runtime/lib64` beside it (the install layout), and the directory given at build time.
fn emulated_dirs() -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    let (own, _) = own_object();
    if let Some(dir) = Path::new(&own).parent() {
        dirs.push(dir.to_path_buf());
        dirs.push(dir.join("aclvenc-emu/runtime/lib64"));
    }
    if let Some(d) = option_env!("ACLVENC_SHIM_EMU_LIBDIR") {
        dirs.push(PathBuf::from(d));
    }
    dirs
}

impl Driver {
    /// Resolves both families; logs one error per family that has no driver, listing every place searched, and
    /// one warning per family whose driver lacks some functions, naming all of them.
    pub fn resolve(settings: &Settings) -> Driver {
        let ((v1, stream_desc), v1_source) =
            V1_SEARCH.resolve(settings, |h| (v1::Table::resolve(|n| sym(h, n)), StreamDescReaders::resolve(h)));
        let (v2, v2_source) = V2_SEARCH.resolve(settings, |h| v2::Table::resolve(|n| sym(h, n)));
        let report = |fam: &str, src: &Source, missing: Vec<&str>, code: &str| match src {
            Source::NotFound { searched } => log::error!(
                target: "aclvenc_shim",
                "no {fam} driver found, so every {fam} call returns {code}. Searched: {}. Set {ENV_DRIVER} to the driver library.",
                searched.join("; ")
            ),
            Source::Found { path, .. } if !missing.is_empty() => log::warn!(
                target: "aclvenc_shim",
                "the {fam} driver {path} lacks {} functions; calls to them return {code}: {}",
                missing.len(),
                missing.join(", ")
            ),
            Source::Found { .. } => {}
        };
        report("V1 (aclvenc)", &v1_source, v1.missing(), "ACL_ERROR_RT_NO_DEVICE");
        report("V2 (hi_mpi_venc)", &v2_source, v2.missing(), "HI_ERR_VENC_SYS_NOT_READY");
        Driver { v1, v2, v1_source, v2_source, stream_desc, missing_reported: Mutex::new(HashSet::new()) }
    }

    /// A driver with the given tables (tests).
    pub fn from_tables(v1: v1::Table, v2: v2::Table) -> Driver {
        let test = || Source::Found { how: "test", path: "test driver".into() };
        Driver {
            v1,
            v2,
            v1_source: test(),
            v2_source: test(),
            stream_desc: StreamDescReaders::default(),
            missing_reported: Mutex::new(HashSet::new()),
        }
    }

    /// Says once per function that the driver lacks it.
    pub fn report_missing(&self, family: Family, name: &'static str) {
        if self.missing_reported.lock().insert(name) {
            let src = if family == Family::V1 { &self.v1_source } else { &self.v2_source };
            if src.is_found() {
                log::error!(target: "aclvenc_shim", "{name}: the driver {} does not export it", src.describe());
            }
        }
    }
}

/// The runtime's `aclrtGetSocName()`, when the application has loaded the acl runtime.
pub fn runtime_soc_name() -> Option<String> {
    let name = CString::new("aclrtGetSocName").ok()?;
    // SAFETY: RTLD_DEFAULT lookup of a NUL-terminated name.
    let p = unsafe { libc::dlsym(libc::RTLD_DEFAULT, name.as_ptr()) };
    if p.is_null() {
        return None;
    }
    // SAFETY: the vendor runtime declares `const char *aclrtGetSocName(void)`.
    let f = unsafe { std::mem::transmute::<*mut c_void, unsafe extern "C" fn() -> *const c_char>(p) };
    // SAFETY: calling the runtime's own query, which takes no arguments.
    let s = unsafe { f() };
    crate::ptr::c_str(s)
}
