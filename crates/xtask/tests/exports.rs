//! The built libraries' dynamic symbol tables against `abi/abi-spec.json`: the shim exports exactly every vendor
//! function of the table (the 38 `aclvenc*` and 47 `hi_mpi_venc_*` encoder functions and the companion functions
//! an encoder program calls around them, overlay included) plus its own `aclvencShim*` API; each emulated library exports every
//! function the JSON (and any overlay `abi/*.json` with a `functions` list) assigns to the vendor library of its
//! name and none assigned to another; the null driver exports all 85.
//! Needs `cargo build --workspace` first (scripts/test-all.sh does that).
//!
//! The exports are read from each library's ELF dynamic symbol table with the `object` crate: defined, global (weak
//! included, as the dynamic linker binds to those too) function symbols (`STT_FUNC`, `STT_GNU_IFUNC`).

use object::{Object, ObjectSymbol, SymbolKind};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn target_dir() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    exe.parent().and_then(Path::parent).unwrap().to_path_buf()
}

fn abi_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../abi")
}

fn exports(lib: &str) -> BTreeSet<String> {
    let path = target_dir().join(lib);
    assert!(path.exists(), "{} is missing: run `cargo build --workspace` first", path.display());
    let data = std::fs::read(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    let file = object::File::parse(&*data).unwrap_or_else(|e| panic!("parse {}: {e}", path.display()));
    assert_eq!(file.format(), object::BinaryFormat::Elf, "{} is not ELF", path.display());
    let names: BTreeSet<String> = file
        .dynamic_symbols()
        // Functions only; data symbols of the toolchain are not part of the API.
        .filter(|s| s.is_definition() && s.is_global() && s.kind() == SymbolKind::Text)
        .map(|s| s.name().unwrap_or_else(|e| panic!("symbol name in {}: {e}", path.display())).to_string())
        .collect();
    assert!(!names.is_empty(), "{} has no dynamic function symbols", path.display());
    names
}

fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("parse {}: {e}", path.display()))
}

/// The `functions` entries of `abi/abi-spec.json`.
fn spec_functions() -> Vec<Value> {
    read_json(&abi_dir().join("abi-spec.json"))["functions"].as_array().expect("abi-spec.json: functions").clone()
}

/// The `functions` entries of `abi/abi-spec.json` and of every other `abi/*.json` (overlays of extra functions the
/// emulated libraries export, shaped like the spec's list: `name`, `library`).
fn all_functions() -> Vec<Value> {
    let mut all = spec_functions();
    let mut overlays: Vec<PathBuf> = std::fs::read_dir(abi_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json") && p.file_name().is_some_and(|n| n != "abi-spec.json"))
        .collect();
    overlays.sort();
    for path in overlays {
        let v = read_json(&path);
        let fns = v["functions"].as_array().unwrap_or_else(|| {
            panic!("{} has no `functions` list; abi/*.json overlays list functions like abi-spec.json", path.display())
        });
        all.extend(fns.iter().cloned());
    }
    all
}

fn names(fns: &[Value], pred: impl Fn(&Value) -> bool) -> BTreeSet<String> {
    fns.iter()
        .filter(|f| pred(f))
        .map(|f| f["name"].as_str().unwrap_or_else(|| panic!("function without a name: {f}")).to_string())
        .collect()
}

fn venc_functions() -> BTreeSet<String> {
    names(&spec_functions(), |f| f["group"] == "aclvenc" || f["group"] == "hi_mpi_venc")
}

#[test]
fn shim_exports_exactly_the_vendor_functions_and_its_own_api() {
    let want = names(&all_functions(), |_| true);
    assert!(venc_functions().is_subset(&want));
    assert_eq!(want.len(), 85 + 72, "the 85 encoder functions and the 72 companion functions");
    let got = exports("libaclvenc_shim.so");
    let missing: Vec<_> = want.difference(&got).collect();
    let extra: Vec<_> = got.difference(&want).filter(|n| !n.starts_with("aclvencShim")).collect();
    assert!(missing.is_empty(), "the shim does not export {missing:?}");
    assert!(extra.is_empty(), "the shim exports more than the vendor functions and aclvencShim*: {extra:?}");
    let own: Vec<_> = got.iter().filter(|n| n.starts_with("aclvencShim")).collect();
    assert_eq!(own.len(), 5, "{own:?}");
}

#[test]
fn each_emulated_library_exports_what_the_vendor_library_of_its_name_exports() {
    let all = all_functions();
    for lib in ["libascendcl.so", "libacl_dvpp.so", "libacl_dvpp_mpi.so"] {
        let want = names(&all, |f| f["library"] == lib);
        assert!(!want.is_empty());
        let got = exports(lib);
        let missing: Vec<_> = want.difference(&got).collect();
        assert!(missing.is_empty(), "{lib} lacks {missing:?}");
        // Nothing of another vendor library, so an app that links the wrong one fails at link time as it would.
        let others = names(&all, |f| f["library"] != lib);
        let foreign: Vec<_> = got.intersection(&others).collect();
        assert!(foreign.is_empty(), "{lib} also exports {foreign:?}");
    }
}

#[test]
fn null_driver_exports_every_venc_function() {
    let got = exports("libaclvenc_nulldrv.so");
    let missing: Vec<_> = venc_functions().difference(&got).cloned().collect();
    assert!(missing.is_empty(), "{missing:?}");
}
