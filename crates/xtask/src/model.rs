//! The ABI table as typed data, and a parser for the C type spellings it uses.

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

pub struct Param {
    pub name: String,
    pub ty: String,
}

pub struct Function {
    pub name: String,
    pub ret: String,
    pub params: Vec<Param>,
    pub header: String,
    pub library: String,
    pub group: String,
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

pub struct Field {
    pub name: String,
    pub ty: String,
    pub offset: u64,
    pub size: u64,
    /// `union#N` when the field is a member of the N-th anonymous union of its parent.
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

fn s(v: &Value) -> String {
    v.as_str().unwrap_or_else(|| panic!("expected string, got {v}")).to_string()
}

fn params(v: &Value) -> Vec<Param> {
    v.as_array().unwrap().iter().map(|p| Param { name: s(&p["name"]), ty: s(&p["type"]) }).collect()
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

impl Spec {
    pub fn parse(text: &str) -> Spec {
        let v: Value = serde_json::from_str(text).expect("abi-spec.json is JSON");
        let functions = v["functions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| Function {
                name: s(&f["name"]),
                ret: s(&f["ret"]),
                params: params(&f["params"]),
                header: s(&f["header"]),
                library: s(&f["library"]),
                group: s(&f["group"]),
            })
            .collect();
        let enums: Vec<Enum> = v["enums"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| Enum {
                name: s(&e["name"]),
                values: e["values"]
                    .as_object()
                    .unwrap()
                    .iter()
                    .map(|(k, v)| (k.clone(), v.as_i64().unwrap()))
                    .collect(),
                header: s(&e["header"]),
                tag_only: e["c_spelling"].as_str().unwrap_or("").starts_with("enum tag only"),
            })
            .collect();
        let structs = v["structs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|st| Struct {
                name: s(&st["name"]),
                is_union: st["kind"] == "union",
                size: st["size"].as_u64().unwrap(),
                align: st["align"].as_u64().unwrap(),
                header: s(&st["header"]),
                fields: st["fields"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|f| Field {
                        name: s(&f["name"]),
                        ty: s(&f["type"]),
                        offset: f["offset"].as_u64().unwrap(),
                        size: f["size"].as_u64().unwrap(),
                        anon: f.get("anonymous_member_of").map(s),
                    })
                    .collect(),
            })
            .collect();
        let constants = v["constants"]
            .as_object()
            .unwrap()
            .iter()
            .filter_map(|(k, c)| {
                Some(Constant {
                    name: k.clone(),
                    value: c.get("value")?.as_i64()?,
                    header: s(&c["header"]),
                    hex: c.get("hex").map(s),
                    c_type: c.get("c_type").map(s).unwrap_or_default(),
                })
            })
            .collect();
        let callbacks = v["callbacks"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| Callback {
                name: s(&c["name"]),
                ret: s(&c["ret"]),
                params: params(&c["params"]),
                header: s(&c["header"]),
            })
            .collect();
        let enum_names: BTreeSet<String> = enums.iter().map(|e| e.name.clone()).collect();
        let mut aliases = Vec::new();
        let mut opaque = Vec::new();
        for (name, target) in v["typedefs"].as_object().unwrap() {
            let target = s(target);
            let header = typedef_header(name).to_string();
            if enum_names.contains(name) || name == "hi_void" {
                continue;
            }
            if target.starts_with("opaque struct") {
                opaque.push((name.clone(), header));
            } else {
                aliases.push(Alias { name: name.clone(), target, header });
            }
        }
        Spec { functions, enums, structs, constants, callbacks, aliases, opaque }
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
