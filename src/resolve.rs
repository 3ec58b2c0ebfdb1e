//! Finding the real driver. One search per family (V1 `libacl_dvpp.so`, V2 `libacl_dvpp_mpi.so`), done once;
//! the whole function table is resolved at once and every missing symbol is named in one message.
//!
//! Order (first hit wins; a candidate whose functions are the shim's own is skipped, so the shim may be installed
//! under the vendor's name without looping): the explicit path setting, `dlsym(RTLD_NEXT)` (under `LD_PRELOAD`,
//! or when the app links the driver too), the vendor soname through the loader's search path, the toolkit
//! directories from `ASCEND_HOME_PATH` / `ASCEND_TOOLKIT_HOME`, then the project's emulated driver. Libraries are
//! never closed, so the shim stays safe during process teardown. Pinning the shim itself (`dlopen` with
//! `RTLD_NODELETE`) lives here too; the other libc process calls are in `process`.

use crate::config::Settings;
use crate::table::{v1, v2, Family};
use aclvenc_interface::driver::{self, Library, Search};
use aclvenc_interface::settings::Key;
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

/// One family's search: the probe symbol and the library (its soname, setting and search order come from
/// `aclvenc_interface::driver`, shared with aclvenc-check).
struct FamilySearch {
    probe: &'static str,
    library: Library,
}

const V1_SEARCH: FamilySearch = FamilySearch { probe: "aclvencCreateChannelDesc\0", library: Library::V1 };
const V2_SEARCH: FamilySearch = FamilySearch { probe: "hi_mpi_venc_create_chn\0", library: Library::V2 };

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

    /// Every place to look, in order, as (search step, path or soname; empty for RTLD_NEXT).
    fn candidates(&self, settings: &Settings) -> Vec<(&'static str, String)> {
        let setting = |key: Key| match key {
            Key::Driver => settings.driver.clone(),
            Key::DriverV1 => settings.driver_v1.clone(),
            Key::DriverV2 => settings.driver_v2.clone(),
            _ => None,
        };
        let env = |var: &str| std::env::var(var).ok();
        let search = Search { setting: &setting, env: &env, emulated: &emulated_dirs() };
        driver::candidates(self.library, &search).into_iter().map(|c| (c.step.label(), c.target.to_string())).collect()
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

/// Where the project's emulated driver may sit relative to the shim (`aclvenc_interface::driver::emulated_dirs`:
/// next to it, then `aclvenc-emu/runtime/lib64` beside it), then the directory given at build time.
fn emulated_dirs() -> Vec<PathBuf> {
    let (own, _) = own_object();
    let mut dirs = Path::new(&own).parent().map(driver::emulated_dirs).unwrap_or_default();
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
                "no {fam} driver found, so every {fam} call returns {code}. Searched: {}. Set {} to the driver library.",
                searched.join("; "),
                Key::Driver.env()
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
    // SAFETY: the runtime returns NULL or a NUL-terminated string it owns for the life of the process.
    let s = unsafe { aclvenc_ptr::Arg::view(s) };
    s.c_str().map(|c| c.to_string_lossy().into_owned())
}
