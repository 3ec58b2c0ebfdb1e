//! The ABI table as typed data, and a parser for the C type spellings it uses.
//!
//! [`Spec::load`] reads `abi/abi-spec.json` (the vendor ABI, a verbatim copy of `../shared/abi/abi-spec.json`, see abi/SOURCE.md) and
//! merges `abi/abi-overlay.json` into it: vendor functions the table lacks (shaped like its `functions` entries)
//! and the list of functions the emulated driver does not implement, each with the reason.

use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

#[derive(Deserialize)]
pub struct Param {
    pub name: String,
    #[serde(rename = "type")]
    pub ty: String,
}

#[derive(Deserialize)]
pub struct Function {
    pub name: String,
    pub ret: String,
    pub params: Vec<Param>,
    pub header: String,
    pub library: String,
    pub group: String,
    /// Set by [`Spec::load`]: the function comes from `abi/abi-overlay.json`, not from `abi/abi-spec.json`.
    #[serde(skip)]
    pub from_overlay: bool,
    /// Set by [`Spec::load`]: why the emulated driver does not implement the function (`None`: it does).
    #[serde(skip)]
    pub emulator_not_implemented: Option<String>,
}

pub struct Enum {
    pub name: String,
    pub values: Vec<(String, i64)>,
    pub header: String,
    /// The vendor declares the enum as a bare tag (`enum X {...}`) rather than a typedef.
    pub tag_only: bool,
}

impl Enum {
    pub fn unsigned(&self) -> bool {
        self.values.iter().any(|(_, v)| *v > i32::MAX as i64)
    }
}

#[derive(Deserialize)]
pub struct Field {
    pub name: String,
    #[serde(rename = "type")]
    pub ty: String,
    pub offset: u64,
    pub size: u64,
    /// `union#N` when the field is a member of the N-th anonymous union of its parent.
    #[serde(rename = "anonymous_member_of")]
    pub anon: Option<String>,
}

pub struct Struct {
    pub name: String,
    pub is_union: bool,
    pub size: u64,
    pub align: u64,
    pub header: String,
    pub fields: Vec<Field>,
}

pub struct Constant {
    pub name: String,
    pub value: i64,
    pub header: String,
    pub hex: Option<String>,
    pub c_type: String,
}

#[derive(Deserialize)]
pub struct Callback {
    pub name: String,
    pub ret: String,
    pub params: Vec<Param>,
    pub header: String,
}

/// A typedef that is neither an enum nor an opaque struct: `name` is an alias of the C type `target`.
pub struct Alias {
    pub name: String,
    pub target: String,
    pub header: String,
}

pub struct Spec {
    pub functions: Vec<Function>,
    pub enums: Vec<Enum>,
    pub structs: Vec<Struct>,
    pub constants: Vec<Constant>,
    pub callbacks: Vec<Callback>,
    pub aliases: Vec<Alias>,
    pub opaque: Vec<(String, String)>,
}

// ---- the JSON shapes (fields the generator does not use are ignored) ----

#[derive(Deserialize)]
struct SpecFile {
    functions: Vec<Function>,
    callbacks: Vec<Callback>,
    /// Name to C target; `BTreeMap` keeps the generated order stable (sorted by name).
    typedefs: BTreeMap<String, String>,
    enums: Vec<EnumEntry>,
    structs: Vec<StructEntry>,
    constants: BTreeMap<String, ConstantEntry>,
}

#[derive(Deserialize)]
struct EnumEntry {
    name: String,
    values: BTreeMap<String, i64>,
    header: String,
    #[serde(default)]
    c_spelling: String,
}

#[derive(Deserialize)]
struct StructEntry {
    name: String,
    kind: String,
    size: u64,
    align: u64,
    header: String,
    fields: Vec<Field>,
}

#[derive(Deserialize)]
struct ConstantEntry {
    /// Absent for function-like macros (`HI_DEFINE_ERR`), which are not constants.
    value: Option<i64>,
    /// Absent with `value` (function-like macros).
    header: Option<String>,
    hex: Option<String>,
    #[serde(default)]
    c_type: String,
}

/// `abi/abi-overlay.json`.
#[derive(Deserialize)]
struct OverlayFile {
    /// Where the additions come from (documentation only; required so the file says it).
    #[allow(dead_code)]
    source: String,
    functions: Vec<Function>,
    emulator_not_implemented: Vec<NotImplemented>,
}

#[derive(Deserialize)]
struct NotImplemented {
    name: String,
    reason: String,
}

/// Header of a typedef: the JSON lists typedefs without one, so it is decided by the name.
fn typedef_header(name: &str) -> &'static str {
    match name {
        "aclError" | "aclrtStream" | "aclrtContext" | "aclrtEvent" => "acl/acl_base.h",
        n if n.starts_with("acl") => "acl/ops/acl_dvpp.h",
        "hi_venc_chn" => "acl/dvpp/hi_dvpp_venc.h",
        n if n.starts_with("hi_venc_") => "acl/dvpp/hi_dvpp_venc.h",
        "hi_vb_pool" => "acl/dvpp/hi_media_common.h",
        _ => "acl/dvpp/hi_media_type.h",
    }
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
}

impl Spec {
    /// `abi/abi-spec.json` with `abi/abi-overlay.json` merged in, from the repository at `root`.
    pub fn load(root: &Path) -> Spec {
        let mut spec = Spec::parse(&read(&root.join("abi/abi-spec.json")));
        let overlay = root.join("abi/abi-overlay.json");
        let overlay: OverlayFile =
            serde_json::from_str(&read(&overlay)).unwrap_or_else(|e| panic!("{}: {e}", overlay.display()));
        spec.merge(overlay);
        spec
    }

    /// The vendor ABI table alone.
    pub fn parse(text: &str) -> Spec {
        let file: SpecFile = serde_json::from_str(text).unwrap_or_else(|e| panic!("abi-spec.json: {e}"));
        let enums: Vec<Enum> = file
            .enums
            .into_iter()
            .map(|e| Enum {
                tag_only: e.c_spelling.starts_with("enum tag only"),
                name: e.name,
                values: e.values.into_iter().collect(),
                header: e.header,
            })
            .collect();
        let structs = file
            .structs
            .into_iter()
            .map(|s| Struct {
                is_union: s.kind == "union",
                name: s.name,
                size: s.size,
                align: s.align,
                header: s.header,
                fields: s.fields,
            })
            .collect();
        let constants = file
            .constants
            .into_iter()
            .filter_map(|(name, c)| {
                Some(Constant { name, value: c.value?, header: c.header?, hex: c.hex, c_type: c.c_type })
            })
            .collect();
        let enum_names: BTreeSet<&str> = enums.iter().map(|e| e.name.as_str()).collect();
        let mut aliases = Vec::new();
        let mut opaque = Vec::new();
        for (name, target) in file.typedefs {
            if enum_names.contains(name.as_str()) || name == "hi_void" {
                continue;
            }
            let header = typedef_header(&name).to_string();
            if target.starts_with("opaque struct") {
                opaque.push((name, header));
            } else {
                aliases.push(Alias { name, target, header });
            }
        }
        Spec { functions: file.functions, enums, structs, constants, callbacks: file.callbacks, aliases, opaque }
    }

    /// Appends the overlay's functions (after the table's, so the table keeps its order) and marks the functions the
    /// emulated driver does not implement. Panics on a name the table already has or a name it does not know.
    fn merge(&mut self, overlay: OverlayFile) {
        for mut f in overlay.functions {
            assert!(
                self.functions.iter().all(|g| g.name != f.name),
                "abi-overlay.json adds {}, which abi-spec.json already has",
                f.name
            );
            f.from_overlay = true;
            self.functions.push(f);
        }
        for n in overlay.emulator_not_implemented {
            let f = self.functions.iter_mut().find(|f| f.name == n.name).unwrap_or_else(|| {
                panic!("abi-overlay.json: emulator_not_implemented names {}, which is no function", n.name)
            });
            assert!(f.emulator_not_implemented.is_none(), "abi-overlay.json lists {} twice", n.name);
            f.emulator_not_implemented = Some(n.reason);
        }
    }

    /// Every named type (alias, struct, union) in an order where each comes after the types it mentions.
    pub fn type_order(&self) -> Vec<String> {
        let mut deps: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for a in &self.aliases {
            deps.entry(a.name.clone()).or_default().insert(CType::parse(&a.target).base);
        }
        for st in &self.structs {
            let d = deps.entry(st.name.clone()).or_default();
            for f in &st.fields {
                d.insert(CType::parse(&f.ty).base);
            }
        }
        let mut order = Vec::new();
        let mut done = BTreeSet::new();
        fn visit(
            n: &str,
            deps: &BTreeMap<String, BTreeSet<String>>,
            done: &mut BTreeSet<String>,
            order: &mut Vec<String>,
        ) {
            if done.contains(n) || !deps.contains_key(n) {
                return;
            }
            done.insert(n.to_string());
            for d in &deps[n] {
                visit(d, deps, done, order);
            }
            order.push(n.to_string());
        }
        // Keep the JSON order where dependencies allow: aliases first, then structs as listed.
        for a in &self.aliases {
            visit(&a.name, &deps, &mut done, &mut order);
        }
        for st in &self.structs {
            visit(&st.name, &deps, &mut done, &mut order);
        }
        order
    }
}

/// A C type spelling from the JSON, such as `const hi_venc_chn_attr *`, `void *[3]` or `hi_u32[16]`.
#[derive(Debug, Clone)]
pub struct CType {
    pub is_const: bool,
    pub base: String,
    pub pointers: usize,
    pub array: Option<u64>,
}

impl CType {
    pub fn parse(text: &str) -> CType {
        let mut t = text.trim().to_string();
        let mut array = None;
        if let Some(open) = t.rfind('[') {
            array = Some(t[open + 1..t.len() - 1].parse().expect("array length"));
            t.truncate(open);
        }
        let pointers = t.matches('*').count();
        let t = t.replace('*', " ");
        let mut words: Vec<&str> = t.split_whitespace().collect();
        let is_const = words.first() == Some(&"const");
        if is_const {
            words.remove(0);
        }
        CType { is_const, base: words.join(" "), pointers, array }
    }
}

pub const RUST_KEYWORDS: &[&str] =
    &["type", "match", "mod", "ref", "fn", "impl", "loop", "move", "self", "use", "where"];

/// A C identifier spelled for Rust (raw identifier where it is a keyword).
pub fn rust_ident(name: &str) -> String {
    if RUST_KEYWORDS.contains(&name) {
        format!("r#{name}")
    } else {
        name.to_string()
    }
}
