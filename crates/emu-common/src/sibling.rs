//! Reaching another emulated library at run time, as the vendor libraries reach each other: first
//! `dlsym(RTLD_DEFAULT, name)` (the app linked it, or it is already loaded globally), else `dlopen` of the file of
//! that name next to the calling library (found with `dladdr`) and `dlsym` in it. The handle is never closed.
//!
//! This is the driver-resolution place of the emulated libraries (STYLE.md convention 4): the only `dlopen` and
//! `dlsym` calls. Casting a found address to a function type stays with the caller, who knows the prototype.

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
