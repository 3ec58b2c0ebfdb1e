//! Finding the shim to preload, an installed vendor driver, and the emulated driver.
//!
//! Layouts understood:
//! - a cargo target directory: `target/<profile>/aclvenc-check` next to `libaclvenc_shim.so` and the emulated
//!   driver's `libascendcl.so`, `libacl_dvpp.so`, `libacl_dvpp_mpi.so`;
//! - an installed prefix: `PREFIX/bin/aclvenc-check`, `PREFIX/<libdir>/libaclvenc_shim.so` and the emulated
//!   toolkit under `PREFIX/<libdir>/aclvenc-emu/runtime/lib64` (where the shim itself looks for it last).

use std::path::{Path, PathBuf};
use std::process::Command;

/// The shim's file name.
pub const SHIM_FILE: &str = "libaclvenc_shim.so";
/// The V1 driver's file name: the one whose presence means "a driver is installed".
pub const V1_DRIVER_FILE: &str = "libacl_dvpp.so";
/// Every library of the emulated toolkit (the runtime and both encoder drivers).
pub const EMU_FILES: [&str; 3] = ["libascendcl.so", "libacl_dvpp.so", "libacl_dvpp_mpi.so"];
/// Where an install puts the emulated toolkit, relative to the library directory.
pub const EMU_SUBDIR: &str = "aclvenc-emu/runtime/lib64";

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

/// An installed vendor V1 driver (`libacl_dvpp.so`), looked for where the application's loader and the shim would
/// find it: `LD_LIBRARY_PATH`, the loader cache, `$ASCEND_HOME_PATH` and `$ASCEND_TOOLKIT_HOME` (each with
/// `/lib64` and `/runtime/lib64`), and the default library directories.
///
/// `env` reads the environment; `cache` is what the loader cache lists for the file.
pub fn find_vendor_driver(env: &dyn Fn(&str) -> Option<String>, cache: &[PathBuf]) -> Option<Found> {
    let mut candidates: Vec<(PathBuf, String)> = Vec::new();
    if let Some(ld) = env("LD_LIBRARY_PATH") {
        for dir in ld.split(':').filter(|d| !d.is_empty()) {
            candidates.push((Path::new(dir).join(V1_DRIVER_FILE), "LD_LIBRARY_PATH".into()));
        }
    }
    for p in cache {
        candidates.push((p.clone(), "loader cache".into()));
    }
    for var in ["ASCEND_HOME_PATH", "ASCEND_TOOLKIT_HOME"] {
        if let Some(home) = env(var).filter(|h| !h.is_empty()) {
            for sub in ["lib64", "runtime/lib64"] {
                candidates.push((Path::new(&home).join(sub).join(V1_DRIVER_FILE), format!("${var}/{sub}")));
            }
        }
    }
    for dir in ["/lib64", "/usr/lib64", "/lib", "/usr/lib"] {
        candidates.push((Path::new(dir).join(V1_DRIVER_FILE), "default library path".into()));
    }
    candidates.into_iter().find(|(p, _)| p.is_file()).map(|(path, how)| Found { path, how })
}

/// Where the vendor driver was looked for, in the words of the one-line notice.
pub const VENDOR_SEARCH_PLACES: &str = "ASCEND_HOME_PATH, ASCEND_TOOLKIT_HOME or the loader path";

/// The emulated toolkit's library directory: the directory of `aclvenc-check` (a cargo target directory), else
/// `<libdir>/aclvenc-emu/runtime/lib64` of the install prefix or of the shim's directory. A directory counts only
/// if it holds all of [`EMU_FILES`].
pub fn find_emu(exe_dir: &Path, shim: Option<&Path>) -> Option<PathBuf> {
    let mut dirs = vec![exe_dir.to_path_buf()];
    dirs.extend(prefix_lib_dirs(exe_dir).into_iter().map(|d| d.join(EMU_SUBDIR)));
    if let Some(shim_dir) = shim.and_then(Path::parent) {
        dirs.push(shim_dir.join(EMU_SUBDIR));
        dirs.push(shim_dir.to_path_buf());
    }
    dirs.into_iter().find(|d| EMU_FILES.iter().all(|f| d.join(f).is_file()))
}

/// `p` made absolute against the current directory (without resolving symlinks).
pub fn absolute(p: &Path) -> PathBuf {
    std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    /// A fresh scratch directory under the system temp dir.
    fn scratch(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("aclvenc-check-locate-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    fn touch(p: &Path) {
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, b"").unwrap();
    }

    #[test]
    fn shim_next_to_the_binary_then_in_the_prefix() {
        let d = scratch("shim");
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
        std::fs::remove_dir_all(d).unwrap();
    }

    #[test]
    fn vendor_driver_search_order() {
        let d = scratch("vendor");
        let env_map: HashMap<&str, String> = [
            ("LD_LIBRARY_PATH", format!("{}::{}", d.join("ld1").display(), d.join("ld2").display())),
            ("ASCEND_HOME_PATH", d.join("home").display().to_string()),
            ("ASCEND_TOOLKIT_HOME", d.join("toolkit").display().to_string()),
        ]
        .into_iter()
        .collect();
        let env = |k: &str| env_map.get(k).cloned();
        // Nothing there (the host's default directories have no Ascend driver in the test environment).
        if find_vendor_driver(&|_| None, &[]).is_none() {
            assert_eq!(find_vendor_driver(&env, &[]), None);
        }
        touch(&d.join("toolkit/lib64").join(V1_DRIVER_FILE));
        assert_eq!(find_vendor_driver(&env, &[]).unwrap().how, "$ASCEND_TOOLKIT_HOME/lib64");
        touch(&d.join("home/runtime/lib64").join(V1_DRIVER_FILE));
        assert_eq!(find_vendor_driver(&env, &[]).unwrap().how, "$ASCEND_HOME_PATH/runtime/lib64");
        let cached = d.join("cache").join(V1_DRIVER_FILE);
        touch(&cached);
        assert_eq!(find_vendor_driver(&env, std::slice::from_ref(&cached)).unwrap().how, "loader cache");
        touch(&d.join("ld2").join(V1_DRIVER_FILE));
        let f = find_vendor_driver(&env, &[cached]).unwrap();
        assert_eq!((f.path, f.how.as_str()), (d.join("ld2").join(V1_DRIVER_FILE), "LD_LIBRARY_PATH"));
        std::fs::remove_dir_all(d).unwrap();
    }

    #[test]
    fn ldconfig_output() {
        let text = "3 libs found in cache `/etc/ld.so.cache'\n\
                    \tlibacl_dvpp.so (libc6,x86-64) => /usr/local/lib/libacl_dvpp.so\n\
                    \tlibacl_dvpp_mpi.so (libc6,x86-64) => /usr/local/lib/libacl_dvpp_mpi.so\n";
        assert_eq!(parse_ldconfig(text, V1_DRIVER_FILE), [PathBuf::from("/usr/local/lib/libacl_dvpp.so")]);
        assert!(parse_ldconfig(text, "libfoo.so").is_empty());
    }

    #[test]
    fn emu_needs_all_three_libraries() {
        let d = scratch("emu");
        let bin = d.join("bin");
        std::fs::create_dir_all(&bin).unwrap();
        let emu = d.join("lib").join(EMU_SUBDIR);
        touch(&emu.join("libacl_dvpp.so"));
        assert_eq!(find_emu(&bin, None), None);
        for f in EMU_FILES {
            touch(&emu.join(f));
        }
        assert_eq!(find_emu(&bin, None), Some(emu));
        for f in EMU_FILES {
            touch(&bin.join(f));
        }
        assert_eq!(find_emu(&bin, None), Some(bin.clone()));
        std::fs::remove_dir_all(d).unwrap();
    }
}
