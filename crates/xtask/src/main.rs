//! Code generator for aclvenc-shim.
//!
//! `cargo run -p xtask -- gen` reads `abi/abi-spec.json` (the vendor ABI as data) with `abi/abi-overlay.json` merged in
//! (vendor functions the table lacks; the functions the emulated driver does not implement, with the reasons) and
//! writes:
//! - `crates/abi/src/generated/{types,functions,layout}.rs`: the `#[repr(C)]` Rust types, the function tables
//!   (one `macro_rules!` per API family) and a layout table the ABI test compares with the JSON;
//! - `include/vendor/acl/...`: vendor-compatible C headers (same file, type, member and enum names and layouts as
//!   the vendor's), used by the shim's C clients and installed as the emulated toolkit's headers;
//! - `c-tests/generated/abi_asserts.c`: compile-time C/C++ assertions of every size, offset, enum value and prototype;
//! - `python/acl/generated/abi.py`: the same ABI as Python `ctypes` types and tables for the pyACL-compatible `acl`
//!   package (its dict <-> struct conversion walks them);
//! - `docs/rules.md`, `docs/settings.md` and README.md's settings table, from `aclvenc-interface`'s tables.
//!
//! `cargo run -p xtask -- check` regenerates in memory and fails (exit 1) when any file on disk differs.

mod c_headers;
mod docs;
mod model;
mod py_gen;
mod rust_gen;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Banner every generated file starts with (in the file's comment syntax).
pub const GENERATED_NOTE: &str = "generated from abi/abi-spec.json by `cargo run -p xtask -- gen`; do not edit";

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("repo root")
}

fn all_outputs(root: &Path) -> Vec<(PathBuf, String)> {
    let spec = model::Spec::load(root);
    let mut out = Vec::new();
    for (rel, text) in rust_gen::generate(&spec) {
        out.push((root.join(rel), text));
    }
    for (rel, text) in c_headers::generate(&spec) {
        out.push((root.join(rel), text));
    }
    for (rel, text) in py_gen::generate(&spec) {
        out.push((root.join(rel), text));
    }
    out.push((root.join("include/aclvenc_shim.h"), shim_header(root)));
    out.extend(docs::generate(root));
    out
}

/// `include/aclvenc_shim.h`: the shim's own API, made by cbindgen (pinned in Cargo.toml) from `src/api.rs`.
fn shim_header(root: &Path) -> String {
    let config = cbindgen::Config::from_file(root.join("cbindgen.toml")).expect("cbindgen.toml");
    let bindings = cbindgen::Builder::new()
        .with_config(config)
        .with_src(root.join("src/api.rs"))
        .generate()
        .expect("cbindgen could not read src/api.rs");
    let mut out = Vec::new();
    bindings.write(&mut out);
    String::from_utf8(out).expect("UTF-8 header")
}

fn main() -> ExitCode {
    let cmd = std::env::args().nth(1).unwrap_or_default();
    let root = repo_root();
    match cmd.as_str() {
        "gen" => {
            for (path, text) in all_outputs(&root) {
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
                    std::fs::write(&path, text).unwrap();
                    println!("wrote {}", path.strip_prefix(&root).unwrap().display());
                }
            }
            ExitCode::SUCCESS
        }
        "check" => {
            let stale: Vec<_> = all_outputs(&root)
                .into_iter()
                .filter(|(p, t)| std::fs::read_to_string(p).ok().as_deref() != Some(t.as_str()))
                .map(|(p, _)| p.strip_prefix(&root).unwrap().display().to_string())
                .collect();
            if stale.is_empty() {
                println!("generated files are current");
                ExitCode::SUCCESS
            } else {
                eprintln!("stale generated files (run `cargo run -p xtask -- gen`):");
                for s in stale {
                    eprintln!("  {s}");
                }
                ExitCode::FAILURE
            }
        }
        _ => {
            eprintln!("usage: cargo run -p xtask -- gen|check");
            ExitCode::from(2)
        }
    }
}
