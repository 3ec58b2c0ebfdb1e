//! The built libraries' dynamic symbol tables against `abi/abi-spec.json`: the shim exports exactly the 38
//! `aclvenc*` and 47 `hi_mpi_venc_*` functions plus its own `aclvencShim*` API; each emulated library exports every
//! function the JSON assigns to the vendor library of its name; the null driver exports all 85.
//! Needs `cargo build --workspace` first (scripts/test-all.sh does that).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

fn target_dir() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    exe.parent().and_then(Path::parent).unwrap().to_path_buf()
}

fn exports(lib: &str) -> BTreeSet<String> {
    let path = target_dir().join(lib);
    assert!(path.exists(), "{} is missing: run `cargo build --workspace` first", path.display());
    let out = Command::new("nm").args(["-D", "--defined-only"]).arg(&path).output().expect("nm (binutils)");
    assert!(out.status.success(), "nm failed on {}", path.display());
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| {
            let mut f = l.split_whitespace();
            let (_, kind, name) = (f.next()?, f.next()?, f.next()?);
            // Functions only (text); data symbols of the toolchain are not part of the API.
            matches!(kind, "T" | "W" | "i").then(|| name.split('@').next().unwrap_or(name).to_string())
        })
        .collect()
}

fn spec_functions(pred: impl Fn(&serde_json::Value) -> bool) -> BTreeSet<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../abi/abi-spec.json");
    let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    v["functions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| pred(f))
        .map(|f| f["name"].as_str().unwrap().to_string())
        .collect()
}

fn venc_functions() -> BTreeSet<String> {
    spec_functions(|f| f["group"] == "aclvenc" || f["group"] == "hi_mpi_venc")
}

#[test]
fn shim_exports_exactly_the_vendor_venc_functions_and_its_own_api() {
    let want = venc_functions();
    assert_eq!(want.len(), 85);
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
    for lib in ["libascendcl.so", "libacl_dvpp.so", "libacl_dvpp_mpi.so"] {
        let want = spec_functions(|f| f["library"] == lib);
        assert!(!want.is_empty());
        let got = exports(lib);
        let missing: Vec<_> = want.difference(&got).collect();
        assert!(missing.is_empty(), "{lib} lacks {missing:?}");
        // Nothing of another vendor library, so an app that links the wrong one fails at link time as it would.
        let others = spec_functions(|f| f["library"] != lib);
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
