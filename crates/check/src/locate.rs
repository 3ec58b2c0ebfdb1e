//! Finding the shim to preload, an installed vendor driver, and the emulated driver.
//!
//! Layouts understood:
//! - a cargo target directory: `target/<profile>/aclvenc-check` next to `libaclvenc_shim.so` and the emulated
//!   driver's `libascendcl.so`, `libacl_dvpp.so`, `libacl_dvpp_mpi.so`;
//! - an installed prefix: `PREFIX/bin/aclvenc-check`, `PREFIX/<libdir>/libaclvenc_shim.so` and the emulated
//!   toolkit under `PREFIX/<libdir>/aclvenc-emu/runtime/lib64` (where the shim itself looks for it last).

use std::path::{Path, PathBuf};
use std::process::Command;

use aclvenc_interface::driver::{self, Library, Search, Step, TOOLKIT_DIRS};

/// The shim's file name.
pub const SHIM_FILE: &str = "libaclvenc_shim.so";

/// A file found, and a few words on how.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub path: PathBuf,
    pub how: String,
}

/// Library directories of an install prefix, relative to the directory holding `aclvenc-check` (`PREFIX/bin`):
/// `../lib`, `../lib64`, and Debian's multiarch `../lib/<triple>`.
fn prefix_lib_dirs(exe_dir: &Path) -> Vec<PathBuf> {
    let Some(prefix) = exe_dir.parent() else { return Vec::new() };
    let mut dirs = vec![prefix.join("lib"), prefix.join("lib64")];
    if let Ok(entries) = std::fs::read_dir(prefix.join("lib")) {
        let mut multiarch: Vec<PathBuf> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.is_dir() && p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.contains("-linux-")))
            .collect();
        multiarch.sort();
        dirs.extend(multiarch);
    }
    dirs
}

/// The shim to preload: `--shim PATH` if given (it must exist), else next to `aclvenc-check`, else in the install
/// prefix's library directory.
pub fn find_shim(explicit: Option<&Path>, exe_dir: &Path) -> Result<Found, String> {
    if let Some(p) = explicit {
        return if p.is_file() {
            Ok(Found { path: absolute(p), how: "flag --shim".into() })
        } else {
            Err(format!("--shim {}: no such file", p.display()))
        };
    }
    let mut tried = Vec::new();
    let next_to = exe_dir.join(SHIM_FILE);
    if next_to.is_file() {
        return Ok(Found { path: next_to, how: "next to aclvenc-check".into() });
    }
    tried.push(next_to);
    for dir in prefix_lib_dirs(exe_dir) {
        let p = dir.join(SHIM_FILE);
        if p.is_file() {
            return Ok(Found { path: p, how: "install prefix".into() });
        }
        tried.push(p);
    }
    let tried: Vec<String> = tried.iter().map(|p| p.display().to_string()).collect();
    Err(format!("{SHIM_FILE} not found (tried {}); pass --shim PATH", tried.join(", ")))
}

/// Paths `ldconfig -p` lists for `file` (the loader's cache); empty when ldconfig is unavailable.
pub fn ldconfig_paths(file: &str) -> Vec<PathBuf> {
    for ldconfig in ["ldconfig", "/sbin/ldconfig", "/usr/sbin/ldconfig"] {
        if let Ok(out) = Command::new(ldconfig).arg("-p").output() {
            if out.status.success() {
                return parse_ldconfig(&String::from_utf8_lossy(&out.stdout), file);
            }
        }
    }
    Vec::new()
}

/// Parses `ldconfig -p` output: lines like `\tlibacl_dvpp.so (libc6,x86-64) => /usr/lib/libacl_dvpp.so`.
pub fn parse_ldconfig(text: &str, file: &str) -> Vec<PathBuf> {
    text.lines()
        .filter_map(|l| {
            let l = l.trim();
            let (name, rest) = l.split_once(' ')?;
            let (_, path) = rest.split_once("=> ")?;
            (name == file).then(|| PathBuf::from(path.trim()))
        })
        .collect()
}

/// Where the loader finds `file` by its bare name, in its order: `LD_LIBRARY_PATH`, its cache (`cache`, what
/// `ldconfig -p` lists for the file), then the default library directories.
fn loader_paths(file: &str, env: &dyn Fn(&str) -> Option<String>, cache: &[PathBuf]) -> Vec<(PathBuf, String)> {
    let mut paths = Vec::new();
    if let Some(ld) = env("LD_LIBRARY_PATH") {
        for dir in ld.split(':').filter(|d| !d.is_empty()) {
            paths.push((Path::new(dir).join(file), "LD_LIBRARY_PATH".into()));
        }
    }
    paths.extend(cache.iter().map(|p| (p.clone(), "loader cache".into())));
    for dir in ["/lib64", "/usr/lib64", "/lib", "/usr/lib"] {
        paths.push((Path::new(dir).join(file), "default library path".into()));
    }
    paths
}

/// An installed vendor V1 driver (`libacl_dvpp.so`), looked for the way the shim searches
/// (`aclvenc_interface::driver::candidates`) up to, not including, the emulated driver: the soname through the
/// loader's path ([`loader_paths`]), then `$ASCEND_HOME_PATH` and `$ASCEND_TOOLKIT_HOME` (each with `/lib64` and
/// `/runtime/lib64`). Named drivers are the caller's business; `RTLD_NEXT` is whatever the application links,
/// which the loader's path finds.
///
/// `env` reads the environment; `cache` is what the loader cache lists for the file.
pub fn find_vendor_driver(env: &dyn Fn(&str) -> Option<String>, cache: &[PathBuf]) -> Option<Found> {
    let unnamed = |_| None;
    let search = Search { setting: &unnamed, env, emulated: &[] };
    let mut places: Vec<(PathBuf, String)> = Vec::new();
    for c in driver::candidates(Library::V1, &search) {
        match (c.step, c.target) {
            (Step::Soname, _) => places.extend(loader_paths(Library::V1.soname(), env, cache)),
            (Step::Toolkit(dir), driver::Target::Path(p)) => places.push((p, dir.label.into())),
            _ => {}
        }
    }
    places.into_iter().find(|(p, _)| p.is_file()).map(|(path, how)| Found { path, how })
}

/// Where the vendor driver was looked for, in the words of the one-line notice: `the loader path,
/// $ASCEND_HOME_PATH or $ASCEND_TOOLKIT_HOME`.
pub fn vendor_search_places() -> String {
    let mut vars: Vec<String> = TOOLKIT_DIRS.iter().map(|d| format!("${}", d.var)).collect();
    vars.dedup();
    format!("the loader path, {}", vars.join(" or "))
}

/// The emulated toolkit's library directory: the directory of `aclvenc-check` (a cargo target directory), else
/// `<libdir>/aclvenc-emu/runtime/lib64` of the install prefix, else where the shim looks for it
/// (`aclvenc_interface::driver::emulated_dirs` of the shim's directory). A directory counts only if it holds
/// every library of [`Library::ALL`].
pub fn find_emu(exe_dir: &Path, shim: Option<&Path>) -> Option<PathBuf> {
    let mut dirs = vec![exe_dir.to_path_buf()];
    dirs.extend(prefix_lib_dirs(exe_dir).into_iter().map(|d| d.join(driver::EMU_SUBDIR)));
    if let Some(shim_dir) = shim.and_then(Path::parent) {
        dirs.extend(driver::emulated_dirs(shim_dir));
    }
    dirs.into_iter().find(|d| Library::ALL.iter().all(|l| d.join(l.soname()).is_file()))
}

/// `p` made absolute against the current directory (without resolving symlinks).
pub fn absolute(p: &Path) -> PathBuf {
    std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    const V1: &str = "libacl_dvpp.so";

    fn touch(p: &Path) {
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, b"").unwrap();
    }

    #[test]
    fn shim_next_to_the_binary_then_in_the_prefix() {
        let tmp = tempfile::tempdir().unwrap();
        let d = tmp.path();
        let bin = d.join("bin");
        std::fs::create_dir_all(&bin).unwrap();
        assert!(find_shim(None, &bin).unwrap_err().contains("pass --shim"));
        touch(&d.join("lib/x86_64-linux-gnu").join(SHIM_FILE));
        let f = find_shim(None, &bin).unwrap();
        assert_eq!((f.path, f.how.as_str()), (d.join("lib/x86_64-linux-gnu").join(SHIM_FILE), "install prefix"));
        touch(&d.join("lib64").join(SHIM_FILE));
        assert_eq!(find_shim(None, &bin).unwrap().path, d.join("lib64").join(SHIM_FILE));
        touch(&bin.join(SHIM_FILE));
        assert_eq!(find_shim(None, &bin).unwrap().how, "next to aclvenc-check");
        assert!(find_shim(Some(&d.join("nope.so")), &bin).is_err());
        assert_eq!(find_shim(Some(&bin.join(SHIM_FILE)), &bin).unwrap().how, "flag --shim");
    }

    /// The shim's order: the loader's path (LD_LIBRARY_PATH, cache, default directories), then the toolkit
    /// directories. Each file added below is found ahead of the ones before it.
    #[test]
    fn vendor_driver_search_order() {
        let tmp = tempfile::tempdir().unwrap();
        let d = tmp.path();
        let env_map: HashMap<&str, String> = [
            ("LD_LIBRARY_PATH", format!("{}::{}", d.join("ld1").display(), d.join("ld2").display())),
            ("ASCEND_HOME_PATH", d.join("home").display().to_string()),
            ("ASCEND_TOOLKIT_HOME", d.join("toolkit").display().to_string()),
        ]
        .into_iter()
        .collect();
        let env = |k: &str| env_map.get(k).cloned();
        // The host's default directories must have no Ascend driver for the toolkit steps to be reached.
        let host_has_one = find_vendor_driver(&|_| None, &[]).is_some();
        if !host_has_one {
            assert_eq!(find_vendor_driver(&env, &[]), None);
            touch(&d.join("toolkit/runtime/lib64").join(V1));
            assert_eq!(find_vendor_driver(&env, &[]).unwrap().how, "$ASCEND_TOOLKIT_HOME/runtime/lib64");
            touch(&d.join("toolkit/lib64").join(V1));
            assert_eq!(find_vendor_driver(&env, &[]).unwrap().how, "$ASCEND_TOOLKIT_HOME/lib64");
            touch(&d.join("home/runtime/lib64").join(V1));
            assert_eq!(find_vendor_driver(&env, &[]).unwrap().how, "$ASCEND_HOME_PATH/runtime/lib64");
        }
        let cached = d.join("cache").join(V1);
        touch(&cached);
        assert_eq!(find_vendor_driver(&env, std::slice::from_ref(&cached)).unwrap().how, "loader cache");
        touch(&d.join("ld2").join(V1));
        let f = find_vendor_driver(&env, &[cached]).unwrap();
        assert_eq!((f.path, f.how.as_str()), (d.join("ld2").join(V1), "LD_LIBRARY_PATH"));
        assert_eq!(vendor_search_places(), "the loader path, $ASCEND_HOME_PATH or $ASCEND_TOOLKIT_HOME");
    }

    #[test]
    fn ldconfig_output() {
        let text = "3 libs found in cache `/etc/ld.so.cache'\n\
                    \tlibacl_dvpp.so (libc6,x86-64) => /usr/local/lib/libacl_dvpp.so\n\
                    \tlibacl_dvpp_mpi.so (libc6,x86-64) => /usr/local/lib/libacl_dvpp_mpi.so\n";
        assert_eq!(parse_ldconfig(text, V1), [PathBuf::from("/usr/local/lib/libacl_dvpp.so")]);
        assert!(parse_ldconfig(text, "libfoo.so").is_empty());
    }

    #[test]
    fn emu_needs_all_three_libraries() {
        let tmp = tempfile::tempdir().unwrap();
        let d = tmp.path();
        let bin = d.join("bin");
        std::fs::create_dir_all(&bin).unwrap();
        let emu = d.join("lib").join(driver::EMU_SUBDIR);
        touch(&emu.join(V1));
        assert_eq!(find_emu(&bin, None), None);
        for l in Library::ALL {
            touch(&emu.join(l.soname()));
        }
        assert_eq!(find_emu(&bin, None), Some(emu.clone()));
        // Where the shim looks: beside the shim, in another tree.
        let other = tempfile::tempdir().unwrap();
        let shim_dir = other.path().join("shim");
        for l in Library::ALL {
            touch(&shim_dir.join(driver::EMU_SUBDIR).join(l.soname()));
        }
        let found = find_emu(&other.path().join("bin"), Some(&shim_dir.join(SHIM_FILE)));
        assert_eq!(found, Some(shim_dir.join(driver::EMU_SUBDIR)));
        for l in Library::ALL {
            touch(&bin.join(l.soname()));
        }
        assert_eq!(find_emu(&bin, None), Some(bin.clone()));
    }
}
