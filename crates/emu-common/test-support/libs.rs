//! Test support shared by the emulated libraries' integration tests (included with `#[path]` from each crate's
//! `tests/common/mod.rs`): find the built cdylibs and type their exports with the ABI crate's function tables.

use std::path::PathBuf;

/// The cargo target profile directory (`target/debug`), found from the test executable (`target/debug/deps/x`).
pub fn target_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("current_exe");
    exe.parent().and_then(|d| d.parent()).expect("test binary lives in <target>/<profile>/deps").to_path_buf()
}

/// A built library of the workspace, or a panic that says how to build it.
pub fn built_lib(file: &str) -> PathBuf {
    let p = target_dir().join(file);
    assert!(p.is_file(), "{} is missing: run `cargo build --workspace` before these tests", p.display());
    p
}

/// `fn_table!(Name; fn f(p: T, ...) -> R; ...)`: a struct of the library's function pointers with `load(&lib)`,
/// fed by the ABI crate's `*_fns!` macros (the same tables the exports are generated from):
/// `aclvenc_abi::hi_mpi_venc_fns!(fn_table; Venc;)`.
macro_rules! fn_table {
    ($table:ident; $(fn $name:ident($($p:ident: $t:ty),* $(,)?) -> $ret:ty;)*) => {
        pub struct $table { $(pub $name: unsafe extern "C" fn($($t),*) -> $ret,)* }
        impl $table {
            fn load(lib: &libloading::Library) -> Self {
                // SAFETY: each symbol is looked up by its vendor name and typed with the vendor prototype from the
                // ABI crate's table, which the library's exports are generated from.
                unsafe {
                    $table { $($name: *lib.get(concat!(stringify!($name), "\0").as_bytes())
                        .unwrap_or_else(|e| panic!("{}: {e}", stringify!($name))),)* }
                }
            }
        }
    };
}

/// The repository root (both including crates sit at `crates/<name>`).
pub fn repo() -> PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("repo root")
}

/// Runs `cmd`, panicking with its output when it fails; returns its stdout.
pub fn run(cmd: &mut std::process::Command) -> String {
    let out = cmd.output().unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?} failed ({}):\n{}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}
