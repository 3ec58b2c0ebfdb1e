//! Proves the generated Rust types against `abi/abi-spec.json`: size, alignment and every member's offset and size
//! of each struct, every enum's size and values, every constant, and the function list.

use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

fn spec() -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../abi/abi-spec.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// `abi/abi-spec.json` is the copy whose SHA-256 `abi/SOURCE.md` records (a `sha256: <hex>` line), so an edited
/// copy fails here. Whether the copy is still the one in `../shared` is a developer's check, described there.
#[test]
fn abi_spec_matches_the_sha256_recorded_in_abi_source_md() {
    use sha2::{Digest, Sha256};
    let abi = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../abi");
    let source =
        std::fs::read_to_string(abi.join("SOURCE.md")).expect("abi/SOURCE.md records where abi-spec.json comes from");
    let recorded: Vec<&str> = source.lines().filter_map(|l| l.strip_prefix("sha256: ")).map(str::trim).collect();
    assert_eq!(recorded.len(), 1, "abi/SOURCE.md must have exactly one `sha256: <hex>` line, has {recorded:?}");
    let recorded = recorded[0];
    assert!(
        recorded.len() == 64 && recorded.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()),
        "abi/SOURCE.md: `{recorded}` is not a lower-case hex SHA-256"
    );
    let bytes = std::fs::read(abi.join("abi-spec.json")).unwrap();
    let actual: String = Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect();
    assert_eq!(
        actual, recorded,
        "abi/abi-spec.json is not the copy abi/SOURCE.md records. It must be a verbatim copy of \
         ../shared/abi/abi-spec.json: restore it, or after copying a new shared version record its hash with \
         `sed -i \"s/^sha256: .*/sha256: $(sha256sum abi/abi-spec.json | cut -d' ' -f1)/\" abi/SOURCE.md`"
    );
}

#[test]
fn every_struct_matches_size_alignment_and_offsets() {
    let spec = spec();
    let rust: BTreeMap<_, _> = aclvenc_abi::generated::layout::structs().into_iter().map(|s| (s.name, s)).collect();
    let structs = spec["structs"].as_array().unwrap();
    assert_eq!(structs.len(), rust.len());
    let mut checked_fields = 0;
    for s in structs {
        let name = s["name"].as_str().unwrap();
        let r = rust.get(name).unwrap_or_else(|| panic!("{name} missing from the Rust types"));
        assert_eq!(r.size as u64, s["size"].as_u64().unwrap(), "size of {name}");
        assert_eq!(r.align as u64, s["align"].as_u64().unwrap(), "alignment of {name}");
        let fields = s["fields"].as_array().unwrap();
        assert_eq!(fields.len(), r.fields.len(), "member count of {name}");
        for (f, rf) in fields.iter().zip(&r.fields) {
            assert_eq!(rf.name, f["name"].as_str().unwrap(), "member order of {name}");
            assert_eq!(rf.offset as u64, f["offset"].as_u64().unwrap(), "offset of {name}.{}", rf.name);
            assert_eq!(rf.size as u64, f["size"].as_u64().unwrap(), "size of {name}.{}", rf.name);
            checked_fields += 1;
        }
    }
    assert!(checked_fields > 500, "only {checked_fields} members checked");
    // The three the issue names.
    assert_eq!(std::mem::size_of::<aclvenc_abi::hi_venc_chn_attr>(), 116);
    assert_eq!(std::mem::size_of::<aclvenc_abi::hi_video_frame_info>(), 328);
    assert_eq!(std::mem::size_of::<aclvenc_abi::hi_venc_stream>(), 456);
}

#[test]
fn every_enum_matches_size_and_values() {
    let spec = spec();
    let rust: BTreeMap<_, _> = aclvenc_abi::generated::layout::enums().into_iter().map(|e| (e.name, e)).collect();
    for e in spec["enums"].as_array().unwrap() {
        let name = e["name"].as_str().unwrap();
        let r = rust.get(name).unwrap_or_else(|| panic!("enum {name} missing"));
        assert_eq!(r.size as u64, e["size"].as_u64().unwrap(), "size of {name}");
        let want: Vec<(String, i64)> =
            e["values"].as_object().unwrap().iter().map(|(k, v)| (k.clone(), v.as_i64().unwrap())).collect();
        let got: Vec<(String, i64)> = r.values.iter().map(|(k, v)| (k.to_string(), *v)).collect();
        assert_eq!(got, want, "values of {name}");
    }
}

#[test]
fn every_constant_matches() {
    let spec = spec();
    let rust: BTreeMap<_, _> = aclvenc_abi::generated::layout::constants().into_iter().collect();
    let mut n = 0;
    for (name, c) in spec["constants"].as_object().unwrap() {
        let Some(v) = c.get("value").and_then(Value::as_i64) else { continue };
        assert_eq!(rust.get(name.as_str()), Some(&v), "constant {name}");
        n += 1;
    }
    assert_eq!(n, rust.len());
}

#[test]
fn hi_define_err_reproduces_every_venc_and_sys_code() {
    use aclvenc_abi::*;
    for (name, code) in aclvenc_abi::generated::names::HI_ERROR_NAMES {
        let Some(rest) = name.strip_prefix("HI_ERR_") else { continue };
        let module = if rest.starts_with("VENC_") { hi_mod_id::HI_ID_VENC } else { hi_mod_id::HI_ID_SYS };
        let errno = hi_errno((*code as u32 & 0x1fff) as i32);
        assert_eq!(hi_define_err(module, hi_err_level::HI_ERR_LEVEL_ERROR, errno), *code, "{name}");
    }
    assert_eq!(venc_err(hi_errno::HI_ERR_NO_MEM) as u32, 0xA008800C);
    assert_eq!(hi_error_name(HI_ERR_VENC_BUF_EMPTY), Some("HI_ERR_VENC_BUF_EMPTY"));
    assert_eq!(acl_error_name(100000), Some("ACL_ERROR_INVALID_PARAM"));
    assert_eq!(acl_error_name(0), Some("ACL_SUCCESS"));
}

#[test]
fn function_table_matches() {
    let spec = spec();
    let fns = spec["functions"].as_array().unwrap();
    assert_eq!(fns.len(), aclvenc_abi::FUNCTIONS.len());
    for (f, r) in fns.iter().zip(aclvenc_abi::FUNCTIONS) {
        assert_eq!(r.name, f["name"].as_str().unwrap());
        assert_eq!(r.library, f["library"].as_str().unwrap());
    }
    let count = |g: &str| aclvenc_abi::FUNCTIONS.iter().filter(|f| f.group == g).count();
    assert_eq!(count("aclvenc"), 38);
    assert_eq!(count("hi_mpi_venc"), 47);
    // The function-table macros carry the same functions.
    macro_rules! names { ($(fn $name:ident($($p:ident: $t:ty),*) -> $r:ty;)*) => { vec![$(stringify!($name)),*] } }
    let v1: Vec<&str> = aclvenc_abi::aclvenc_fns!(names);
    let v2: Vec<&str> = aclvenc_abi::hi_mpi_venc_fns!(names);
    assert_eq!(v1.len(), 38);
    assert_eq!(v2.len(), 47);
}

#[test]
fn enum_newtypes_name_their_values() {
    use aclvenc_abi::*;
    assert_eq!(format!("{:?}", hi_payload_type::HI_PT_H265), "HI_PT_H265");
    assert_eq!(format!("{:?}", hi_payload_type(12345)), "hi_payload_type(12345)");
    assert!(!acldvppStreamFormat(9).is_named());
    let mut attr = hi_venc_chn_attr::default();
    attr.rc_attr.h265_cbr_mut().bit_rate = 2000;
    assert_eq!(attr.rc_attr.h264_cbr().bit_rate, 2000, "h265_cbr aliases h264_cbr in the anonymous union");
}
