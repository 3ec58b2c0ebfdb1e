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
use crate::table::{Family, Tables};
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

/// The resolved driver: one function table per family, where each library came from, and where the driver
/// libraries' code lies (to tell the driver's own calls of sibling functions from the application's).
pub struct Driver {
    pub tables: Tables,
    /// Where each library's functions come from, in `Library::ALL` order.
    sources: [Source; 3],
    /// `[start, end)` of each driver library's mapped span, once per library (one library may serve several
    /// families): a short list, checked on a call from inside `hull`.
    code: Vec<(usize, usize)>,
    /// `(start, length)` of the span of every range of `code` (`(0, 0)`: none), so that a call from outside the
    /// driver, the common case, is told with one comparison.
    hull: (usize, usize),
    /// Per library (`Library::ALL` order): it exports `aclvenc_emu_host_memory` itself, as the project's emulated
    /// driver does, whose encoder outputs and pictures are host memory the shim can read.
    host_memory: [bool; 3],
    missing_reported: Mutex<HashSet<&'static str>>,
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

/// One library's search: the probe symbol and the library (its soname, setting and search order come from
/// `aclvenc_interface::driver`, shared with aclvenc-check).
struct LibrarySearch {
    probe: &'static str,
    library: Library,
}

const SEARCHES: [LibrarySearch; 3] = [
    LibrarySearch { probe: "aclvencCreateChannelDesc\0", library: Library::V1 },
    LibrarySearch { probe: "hi_mpi_venc_create_chn\0", library: Library::V2 },
    LibrarySearch { probe: "aclrtSetDevice\0", library: Library::Runtime },
];

/// Opens `what` (a path or a soname) with RTLD_NOW | RTLD_LOCAL; the handle is never closed.
fn open(what: &str) -> Result<*mut c_void, String> {
    // SAFETY: loading a driver library runs its initialisers, which is what the application itself would do
    // when it links the vendor library.
    let lib = unsafe { libloading::os::unix::Library::open(Some(what), libc::RTLD_NOW | libc::RTLD_LOCAL) };
    lib.map(|l| l.into_raw()).map_err(|e| e.to_string())
}

impl LibrarySearch {
    /// Tries one handle: the probe symbol must exist and must not belong to a shim (this one, or a copy of it
    /// installed under the vendor's name, which is a different object at a different address).
    fn try_handle(&self, handle: *mut c_void) -> Result<(String, usize), String> {
        let p = sym(handle, self.probe);
        if p.is_null() {
            return Err(format!("no {}", self.probe.trim_end_matches('\0')));
        }
        let Some((path, base)) = object_of(p) else { return Ok(("?".into(), 0)) };
        if base == own_object().1 || is_shim_object(&path, base) {
            return Err(format!("{path} is aclvenc-shim itself (it exports aclvencShimVersion)"));
        }
        Ok((path, base))
    }

    /// Every place to look, in order, as (search step, path or soname; empty for RTLD_NEXT).
    fn candidates(&self, settings: &Settings) -> Vec<(&'static str, String)> {
        let setting = |key: Key| match key {
            Key::Driver => settings.driver.clone(),
            Key::DriverV1 => settings.driver_v1.clone(),
            Key::DriverV2 => settings.driver_v2.clone(),
            Key::DriverRt => settings.driver_rt.clone(),
            _ => None,
        };
        let env = |var: &str| std::env::var(var).ok();
        let search = Search { setting: &setting, env: &env, emulated: &emulated_dirs() };
        driver::candidates(self.library, &search).into_iter().map(|c| (c.step.label(), c.target.to_string())).collect()
    }

    /// The first candidate that is the real library: its handle, where it was found, and its base address.
    fn resolve(&self, settings: &Settings) -> (Option<(*mut c_void, usize)>, Source) {
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
                Ok((path, base)) => return (Some((handle, base)), Source::Found { how, path }),
                Err(why) => searched.push(format!("{how} {what}: {why}").replace("  ", " ")),
            }
        }
        (None, Source::NotFound { searched })
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
    /// Resolves every library; logs one error per library that has no driver, listing every place searched, and
    /// one warning per library whose driver lacks some functions, naming all of them.
    pub fn resolve(settings: &Settings) -> Driver {
        let mut tables = Tables::default();
        let mut code = Vec::new();
        let mut host_memory = [false; 3];
        let sources = SEARCHES.map(|search| {
            let (found, source) = search.resolve(settings);
            if let Some((handle, base)) = found {
                tables.resolve_library(search.library, |n| sym(handle, n));
                let span = span_of(base);
                host_memory[Library::ALL.iter().position(|l| *l == search.library).unwrap_or(0)] =
                    span.is_some_and(|span| has_own_mark(base, span));
                if let Some(span) = span.filter(|s| !code.contains(s)) {
                    code.push(span);
                }
            }
            source
        });
        let hull = hull_of(&code);
        let driver = Driver { tables, sources, code, hull, host_memory, missing_reported: Mutex::new(HashSet::new()) };
        for lib in Library::ALL {
            let what = match lib {
                Library::V1 => "V1 (aclvenc, acldvpp)",
                Library::V2 => "V2 (hi_mpi_venc, hi_mpi_sys, hi_mpi_dvpp)",
                Library::Runtime => "acl runtime",
            };
            match driver.source(lib) {
                Source::NotFound { searched } => log::error!(
                    target: "aclvenc_shim",
                    "no {what} driver ({}) found, so every call to it returns the vendor's no-device code. Searched: {}. Set {} to the library.",
                    lib.soname(),
                    searched.join("; "),
                    lib.setting().map_or(Key::Driver.env(), Key::env)
                ),
                Source::Found { path, .. } => {
                    let missing = driver.tables.missing(lib);
                    if !missing.is_empty() {
                        log::warn!(
                            target: "aclvenc_shim",
                            "the {what} driver {path} lacks {} functions; calls to them return the vendor's no-device code: {}",
                            missing.len(),
                            missing.join(", ")
                        );
                    }
                }
            }
        }
        driver
    }

    /// A driver with the given tables (tests).
    pub fn from_tables(tables: Tables) -> Driver {
        let test = || Source::Found { how: "test", path: "test driver".into() };
        Driver {
            tables,
            sources: [test(), test(), test()],
            code: Vec::new(),
            hull: (0, 0),
            host_memory: [true; 3],
            missing_reported: Mutex::new(HashSet::new()),
        }
    }

    /// Whether `library`'s encoder outputs and pictures are host memory the shim can read (the emulated driver's).
    pub fn host_memory(&self, library: Library) -> bool {
        self.host_memory[Library::ALL.iter().position(|l| *l == library).unwrap_or(0)]
    }

    /// Where `library` came from.
    pub fn source(&self, library: Library) -> &Source {
        let i = Library::ALL.iter().position(|l| *l == library).unwrap_or(0);
        &self.sources[i]
    }

    /// Whether `addr` (a call's return address) lies in the driver's own code: the call is the driver calling a
    /// sibling function, from the application's thread or one of its own.
    pub fn owns(&self, addr: usize) -> bool {
        #[cfg(test)]
        if crate::testing::in_fake_driver() {
            return true;
        }
        // `addr - start < length` is `start <= addr < start + length`, and false for every `addr` when the hull is
        // empty.
        let (start, length) = self.hull;
        addr.wrapping_sub(start) < length && self.owns_in_hull(addr)
    }

    /// [`Driver::owns`] for an address inside the hull: which library's span holds it (the gaps between them hold
    /// the application's own libraries).
    #[cold]
    #[inline(never)]
    fn owns_in_hull(&self, addr: usize) -> bool {
        self.code.iter().any(|(start, end)| (*start..*end).contains(&addr))
    }

    /// Says once per function that the driver lacks it.
    pub fn report_missing(&self, family: Family, name: &'static str) {
        if self.missing_reported.lock().insert(name) {
            let src = self.source(family.library());
            if src.is_found() {
                log::error!(target: "aclvenc_shim", "{name}: the driver {} does not export it", src.describe());
            }
        }
    }

    /// `(size in bytes, retCode)` of an output stream desc the driver just handed to a V1 callback, read with the
    /// driver's own getters.
    pub(crate) fn read_stream_desc(&self, output: *const aclvenc_abi::acldvppStreamDesc) -> Option<(u32, u32)> {
        let (size, ret) = (self.tables.dvpp.acldvppGetStreamDescSize?, self.tables.dvpp.acldvppGetStreamDescRetCode?);
        if output.is_null() {
            return None;
        }
        // SAFETY: `output` is the stream desc the driver passed to the callback now running; the driver's own
        // getters read it.
        Some(unsafe { (size(output), ret(output)) })
    }

    /// The data pointer of an output stream desc the driver just handed to a V1 callback.
    pub(crate) fn read_stream_desc_data(&self, output: *const aclvenc_abi::acldvppStreamDesc) -> Option<usize> {
        let data = self.tables.dvpp.acldvppGetStreamDescData?;
        if output.is_null() {
            return None;
        }
        // SAFETY: as for `read_stream_desc`.
        Some(unsafe { data(output) } as usize)
    }

    /// The chip name the runtime reports (`aclrtGetSocName()`), if the runtime has the function.
    pub fn soc_name(&self) -> Option<String> {
        let f = self.tables.rt.aclrtGetSocName?;
        // SAFETY: calling the runtime's own query, which takes no arguments.
        let s = unsafe { f() };
        // SAFETY: the runtime returns NULL or a NUL-terminated string it owns for the life of the process.
        let s = unsafe { aclvenc_ptr::Arg::view(s) };
        s.c_str().map(|c| c.to_string_lossy().into_owned())
    }
}

/// Whether the shared object loaded at `base` (spanning `[start, end)`) defines the emulated driver's mark,
/// `aclvenc_emu_host_memory`, itself: looked up through a handle of that very object (a search handle such as
/// `RTLD_NEXT` finds the first object's in load order), and only counted inside its span (not a dependency's).
fn has_own_mark(base: usize, (start, end): (usize, usize)) -> bool {
    let Some((path, _)) = object_of(base as *const c_void) else { return false };
    let Ok(path) = std::ffi::CString::new(path) else { return false };
    // SAFETY: `path` is NUL-terminated; RTLD_NOLOAD only returns a handle of an object already loaded (the driver
    // library, pinned for the process), whose reference the dlclose below gives back.
    let handle = unsafe { libc::dlopen(path.as_ptr(), libc::RTLD_LAZY | libc::RTLD_NOLOAD) };
    if handle.is_null() {
        return false;
    }
    let mark = sym(handle, "aclvenc_emu_host_memory\0") as usize;
    // SAFETY: `handle` came from the dlopen above; the object stays loaded (the shim's own handle keeps it).
    unsafe { libc::dlclose(handle) };
    mark != 0 && (start..end).contains(&mark)
}

/// `(start, length)` of the span from the lowest start to the highest end of `spans`; `(0, 0)` for none.
fn hull_of(spans: &[(usize, usize)]) -> (usize, usize) {
    let start = spans.iter().map(|s| s.0).min();
    let end = spans.iter().map(|s| s.1).max();
    start.zip(end).map_or((0, 0), |(start, end)| (start, end - start))
}

/// `[start, end)` of the shared object loaded at `base`: from the start of its first loadable segment to the end of
/// its last. The loader reserves that whole span for the object, so the gaps between its segments hold no other
/// code, and one range per library is enough for [`Driver::owns`].
fn span_of(base: usize) -> Option<(usize, usize)> {
    struct Search {
        base: usize,
        found: Vec<(usize, usize)>,
    }
    unsafe extern "C" fn visit(info: *mut libc::dl_phdr_info, _size: usize, data: *mut c_void) -> libc::c_int {
        // SAFETY: the loader passes a valid `dl_phdr_info` for the duration of the call, and `data` is the
        // `Search` handed to `dl_iterate_phdr` below, which outlives the iteration.
        let (info, search) = unsafe { (&*info, &mut *data.cast::<Search>()) };
        let headers = if info.dlpi_phdr.is_null() {
            &[][..]
        } else {
            // SAFETY: `dlpi_phdr` points to `dlpi_phnum` program headers of the object.
            unsafe { std::slice::from_raw_parts(info.dlpi_phdr, usize::from(info.dlpi_phnum)) }
        };
        let bias = info.dlpi_addr as usize;
        let loads: Vec<(usize, usize)> = headers
            .iter()
            .filter(|h| h.p_type == libc::PT_LOAD)
            .map(|h| (bias + h.p_vaddr as usize, bias + (h.p_vaddr + h.p_memsz) as usize))
            .collect();
        if loads.iter().any(|(start, end)| (*start..*end).contains(&search.base)) || bias == search.base {
            search.found = loads;
            return 1;
        }
        0
    }
    let mut search = Search { base, found: Vec::new() };
    // SAFETY: `visit` matches the callback prototype and only reads what the loader passes; `search` lives on this
    // stack frame for the whole (synchronous) iteration.
    unsafe { libc::dl_iterate_phdr(Some(visit), (&mut search as *mut Search).cast()) };
    let start = search.found.iter().map(|s| s.0).min()?;
    let end = search.found.iter().map(|s| s.1).max()?;
    Some((start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The hull spans every library's range, so that only an address inside it needs the list; none gives an empty
    /// hull, which holds no address, 0 included.
    #[test]
    fn the_hull_spans_every_library() {
        assert_eq!(hull_of(&[(0x7000, 0x8000), (0x3000, 0x4000)]), (0x3000, 0x5000));
        assert_eq!(hull_of(&[]), (0, 0));
        let mut d = Driver::from_tables(Tables::default());
        d.code = vec![(0x7000, 0x8000), (0x3000, 0x4000)];
        d.hull = hull_of(&d.code);
        let owned: Vec<usize> =
            [0, 0x2fff, 0x3000, 0x3fff, 0x5000, 0x7fff, 0x8000].into_iter().filter(|a| d.owns(*a)).collect();
        assert_eq!(owned, [0x3000, 0x3fff, 0x7fff]);
        assert!(!Driver::from_tables(Tables::default()).owns(0));
    }
}
