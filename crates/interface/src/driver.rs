//! Where the real driver libraries are looked for, in order. The shim (`src/resolve.rs`) tries each
//! [`Candidate`] with `dlopen`/`dlsym`; `aclvenc-check` (`crates/check/src/locate.rs`) walks the same list to tell
//! whether the application will find a vendor driver or needs the emulated one.
//!
//! Order for one library (first hit wins):
//! 1. its own setting (`ACLVENC_SHIM_DRIVER_V1` / `_V2` / `_RT`): when set, the only candidate;
//! 2. `ACLVENC_SHIM_DRIVER` (V1 and V2 only);
//! 3. `dlsym(RTLD_NEXT)`: the next definition after the shim (under `LD_PRELOAD`, or when the app links the
//!    driver too);
//! 4. the vendor soname through the loader's search path;
//! 5. `$ASCEND_HOME_PATH` and `$ASCEND_TOOLKIT_HOME`, each with `/lib64` and `/runtime/lib64`;
//! 6. the emulated driver: next to the shim, then in `aclvenc-emu/runtime/lib64` beside it ([`emulated_dirs`]).

use crate::settings::Key;
use std::path::{Path, PathBuf};

/// A vendor library: the two encoder drivers the shim forwards to, and the acl runtime the emulated toolkit
/// also provides.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum Library {
    /// Media V1, `libacl_dvpp.so` (the `aclvenc*` functions).
    V1,
    /// Media V2, `libacl_dvpp_mpi.so` (the `hi_mpi_venc_*` functions).
    V2,
    /// The acl runtime, `libascendcl.so` (`aclInit`, `aclrtSetDevice`, `aclrtGetSocName`, ...).
    Runtime,
}

impl Library {
    /// Every library; an emulated toolkit directory holds all of them.
    pub const ALL: [Library; 3] = [Library::V1, Library::V2, Library::Runtime];

    /// The vendor's file name, such as `libacl_dvpp.so`.
    pub fn soname(self) -> &'static str {
        match self {
            Library::V1 => "libacl_dvpp.so",
            Library::V2 => "libacl_dvpp_mpi.so",
            Library::Runtime => "libascendcl.so",
        }
    }

    /// The setting that names this library alone (`ACLVENC_SHIM_DRIVER_V1`, `_V2`, `_RT`).
    pub fn setting(self) -> Option<Key> {
        match self {
            Library::V1 => Some(Key::DriverV1),
            Library::V2 => Some(Key::DriverV2),
            Library::Runtime => Some(Key::DriverRt),
        }
    }

    /// Whether `ACLVENC_SHIM_DRIVER` (one library for both encoder APIs) is a candidate for this library.
    fn takes_shared_setting(self) -> bool {
        self != Library::Runtime
    }
}

/// Every setting that names a driver library: `ACLVENC_SHIM_DRIVER`, then each library's own.
pub fn driver_settings() -> Vec<Key> {
    std::iter::once(Key::Driver).chain(Library::ALL.into_iter().filter_map(Library::setting)).collect()
}

/// Where an install puts the emulated toolkit, relative to the shim's library directory.
pub const EMU_SUBDIR: &str = "aclvenc-emu/runtime/lib64";

/// A toolkit directory: `$<var>/<sub>`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct ToolkitDir {
    /// The environment variable holding the toolkit's root.
    pub var: &'static str,
    /// The library directory under it.
    pub sub: &'static str,
    /// How the search names it: `$ASCEND_HOME_PATH/lib64`.
    pub label: &'static str,
}

/// The vendor toolkit's library directories, in search order.
pub const TOOLKIT_DIRS: [ToolkitDir; 4] = [
    ToolkitDir { var: "ASCEND_HOME_PATH", sub: "lib64", label: "$ASCEND_HOME_PATH/lib64" },
    ToolkitDir { var: "ASCEND_HOME_PATH", sub: "runtime/lib64", label: "$ASCEND_HOME_PATH/runtime/lib64" },
    ToolkitDir { var: "ASCEND_TOOLKIT_HOME", sub: "lib64", label: "$ASCEND_TOOLKIT_HOME/lib64" },
    ToolkitDir { var: "ASCEND_TOOLKIT_HOME", sub: "runtime/lib64", label: "$ASCEND_TOOLKIT_HOME/runtime/lib64" },
];

/// Where the emulated driver may sit relative to the shim's directory: next to it (a cargo target directory),
/// then in [`EMU_SUBDIR`] beside it (the install layout).
pub fn emulated_dirs(shim_dir: &Path) -> Vec<PathBuf> {
    vec![shim_dir.to_path_buf(), shim_dir.join(EMU_SUBDIR)]
}

/// A search step.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Step {
    /// A driver setting.
    Setting(Key),
    /// `dlsym(RTLD_NEXT)`.
    Next,
    /// The soname through the loader's search path.
    Soname,
    /// A vendor toolkit directory.
    Toolkit(ToolkitDir),
    /// The project's emulated driver.
    Emulated,
}

impl Step {
    /// The step as messages name it: `ACLVENC_SHIM_DRIVER_V1`, `RTLD_NEXT`, `soname`, `$ASCEND_HOME_PATH/lib64`,
    /// `emulated driver`.
    pub fn label(self) -> &'static str {
        match self {
            Step::Setting(key) => key.env(),
            Step::Next => "RTLD_NEXT",
            Step::Soname => "soname",
            Step::Toolkit(dir) => dir.label,
            Step::Emulated => "emulated driver",
        }
    }
}

/// What a candidate asks the loader for.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Target {
    /// The next definition of the library's functions after the caller (`RTLD_NEXT`).
    Next,
    /// A bare file name, found through the loader's search path.
    Soname(&'static str),
    /// A file path.
    Path(PathBuf),
}

impl std::fmt::Display for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Target::Next => Ok(()),
            Target::Soname(name) => f.write_str(name),
            Target::Path(p) => write!(f, "{}", p.display()),
        }
    }
}

/// One place to look.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Candidate {
    /// The search step it belongs to.
    pub step: Step,
    /// What to load.
    pub target: Target,
}

/// What the search needs from its caller.
pub struct Search<'a> {
    /// The value of a driver setting ([`driver_settings`]) when set.
    pub setting: &'a dyn Fn(Key) -> Option<PathBuf>,
    /// The environment (`ASCEND_HOME_PATH`, `ASCEND_TOOLKIT_HOME`); empty values count as unset.
    pub env: &'a dyn Fn(&str) -> Option<String>,
    /// Directories the emulated driver may be in, in order ([`emulated_dirs`] of the shim's directory).
    pub emulated: &'a [PathBuf],
}

/// Every place to look for `library`, in order (see the module documentation).
pub fn candidates(library: Library, search: &Search) -> Vec<Candidate> {
    let path = |step: Step, p: PathBuf| Candidate { step, target: Target::Path(p) };
    if let Some(key) = library.setting() {
        if let Some(p) = (search.setting)(key) {
            return vec![path(Step::Setting(key), p)];
        }
    }
    let mut c = Vec::new();
    if library.takes_shared_setting() {
        if let Some(p) = (search.setting)(Key::Driver) {
            c.push(path(Step::Setting(Key::Driver), p));
        }
    }
    c.push(Candidate { step: Step::Next, target: Target::Next });
    c.push(Candidate { step: Step::Soname, target: Target::Soname(library.soname()) });
    for dir in TOOLKIT_DIRS {
        if let Some(home) = (search.env)(dir.var).filter(|h| !h.is_empty()) {
            c.push(path(Step::Toolkit(dir), Path::new(&home).join(dir.sub).join(library.soname())));
        }
    }
    for dir in search.emulated {
        c.push(path(Step::Emulated, dir.join(library.soname())));
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(c: &[Candidate]) -> Vec<String> {
        c.iter().map(|c| format!("{} {}", c.step.label(), c.target).trim_end().to_string()).collect()
    }

    #[test]
    fn search_order() {
        let env = |k: &str| match k {
            "ASCEND_HOME_PATH" => Some("/home".to_string()),
            "ASCEND_TOOLKIT_HOME" => Some(String::new()),
            _ => None,
        };
        let emulated = emulated_dirs(Path::new("/shim"));
        let none = |_: Key| None;
        let c = candidates(Library::V2, &Search { setting: &none, env: &env, emulated: &emulated });
        assert_eq!(
            labels(&c),
            [
                "RTLD_NEXT",
                "soname libacl_dvpp_mpi.so",
                "$ASCEND_HOME_PATH/lib64 /home/lib64/libacl_dvpp_mpi.so",
                "$ASCEND_HOME_PATH/runtime/lib64 /home/runtime/lib64/libacl_dvpp_mpi.so",
                "emulated driver /shim/libacl_dvpp_mpi.so",
                "emulated driver /shim/aclvenc-emu/runtime/lib64/libacl_dvpp_mpi.so",
            ]
        );
        let shared = |k: Key| (k == Key::Driver).then(|| PathBuf::from("/d.so"));
        let c = candidates(Library::V1, &Search { setting: &shared, env: &env, emulated: &[] });
        assert_eq!(labels(&c)[..2], ["ACLVENC_SHIM_DRIVER /d.so", "RTLD_NEXT"]);
        let c = candidates(Library::Runtime, &Search { setting: &shared, env: &env, emulated: &[] });
        assert_eq!(c[0].step, Step::Next, "ACLVENC_SHIM_DRIVER names an encoder driver, not the runtime");
    }

    #[test]
    fn a_library_setting_is_the_only_candidate() {
        let own = |k: Key| (k != Key::DriverV2).then(|| PathBuf::from(format!("/{}.so", k.env())));
        let env = |_: &str| Some("/home".to_string());
        let c = candidates(Library::V1, &Search { setting: &own, env: &env, emulated: &[] });
        assert_eq!(labels(&c), ["ACLVENC_SHIM_DRIVER_V1 /ACLVENC_SHIM_DRIVER_V1.so"]);
        let c = candidates(Library::V2, &Search { setting: &own, env: &env, emulated: &[] });
        assert_eq!(c[0].step, Step::Setting(Key::Driver));
        assert_eq!(driver_settings(), [Key::Driver, Key::DriverV1, Key::DriverV2, Key::DriverRt]);
    }
}
