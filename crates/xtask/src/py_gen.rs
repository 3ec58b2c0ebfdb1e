//! Python output: `python/acl/generated/abi.py`, the vendor ABI as `ctypes` types and tables for the `acl` package
//! (the pyACL-compatible module in `python/`).
//!
//! It holds, all from the ABI table: every enum value and constant; every struct and union as a `ctypes` class
//! (anonymous unions as `_anonymous_` members); `MEMBERS`, what the dict <-> struct conversion walks (each member's
//! kind, C type, array length and union); `LAYOUT`, the size, alignment and member offsets the JSON gives, which the
//! package compares with what `ctypes` laid out when it is imported; `FUNCTIONS`, each function's library, family,
//! return and parameter types; `NOT_IMPLEMENTED`, the functions the emulated driver does not implement, with the
//! reason; and the two callback prototypes. No struct layout in `python/` is written by hand.

use crate::model::{CType, Spec, Struct};
use crate::GENERATED_NOTE;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

/// Where the module is written, relative to the repository root.
pub const OUTPUT: &str = "python/acl/generated/abi.py";
/// The package marker next to it.
pub const PACKAGE_INIT: &str = "python/acl/generated/__init__.py";

/// The `ctypes` spelling of a C scalar base type.
fn prim(base: &str) -> Option<&'static str> {
    Some(match base {
        "char" | "signed char" => "_C.c_int8",
        "unsigned char" | "uint8_t" => "_C.c_uint8",
        "short" => "_C.c_int16",
        "unsigned short" => "_C.c_uint16",
        "int" | "int32_t" => "_C.c_int32",
        "unsigned int" | "uint32_t" => "_C.c_uint32",
        "long long" => "_C.c_int64",
        "unsigned long long" | "uint64_t" => "_C.c_uint64",
        "size_t" => "_C.c_size_t",
        "float" => "_C.c_float",
        "double" => "_C.c_double",
        _ => return None,
    })
}

/// How the dict <-> struct conversion treats a member or parameter.
#[derive(Clone, Debug, PartialEq)]
enum Kind {
    Int,
    Float,
    /// A pointer, passed as a Python int (0 is NULL).
    Ptr,
    /// A nested struct or union: a nested dict.
    Struct(String),
    /// A pointer to an array of structs: a list of dicts, as long as the sibling member named here.
    StructPtr(String, String),
}

/// Names the resolver needs: aliases, enums (with signedness), structs, opaque types and callbacks.
struct Names<'a> {
    aliases: BTreeMap<&'a str, &'a str>,
    enums: BTreeMap<&'a str, bool>,
    structs: BTreeSet<&'a str>,
    opaque: BTreeSet<&'a str>,
    callbacks: BTreeSet<&'a str>,
}

impl<'a> Names<'a> {
    fn new(spec: &'a Spec) -> Self {
        Names {
            aliases: spec.aliases.iter().map(|a| (a.name.as_str(), a.target.as_str())).collect(),
            enums: spec.enums.iter().map(|e| (e.name.as_str(), e.unsigned())).collect(),
            structs: spec.structs.iter().map(|s| s.name.as_str()).collect(),
            opaque: spec.opaque.iter().map(|(n, _)| n.as_str()).collect(),
            callbacks: spec.callbacks.iter().map(|c| c.name.as_str()).collect(),
        }
    }

    /// The `ctypes` type of a C type spelling (pointers and callbacks are `c_void_p`: Python ints).
    fn ctype(&self, c: &str) -> String {
        let ct = CType::parse(c);
        let base = if ct.pointers > 0 { "_C.c_void_p".to_string() } else { self.base_ctype(&ct.base) };
        match ct.array {
            Some(n) => format!("({base} * {n})"),
            None => base,
        }
    }

    fn base_ctype(&self, base: &str) -> String {
        if let Some(p) = prim(base) {
            return p.to_string();
        }
        if let Some(unsigned) = self.enums.get(base) {
            return if *unsigned { "_C.c_uint32" } else { "_C.c_int32" }.to_string();
        }
        if self.callbacks.contains(base) {
            return "_C.c_void_p".to_string();
        }
        if let Some(target) = self.aliases.get(base) {
            if self.structs.contains(CType::parse(target).base.as_str()) && !target.contains('*') {
                return base.to_string();
            }
            return self.ctype(target);
        }
        assert!(self.structs.contains(base), "py_gen: no ctypes spelling for C type `{base}`");
        base.to_string()
    }

    /// A parameter's role and pointee (see the FUNCTIONS comment in the generated module).
    fn role(&self, ty: &str) -> (&'static str, String) {
        let ct = CType::parse(ty);
        if ct.array.is_some() || ct.pointers == 0 || self.callbacks.contains(ct.base.as_str()) {
            return ("in", "None".into());
        }
        if let Some(s) = self.struct_name(&ct.base).filter(|_| ct.pointers == 1) {
            return (if ct.is_const { "struct_in" } else { "struct_out" }, py_str(&s));
        }
        let to_pointer = ct.pointers == 2 || self.aliases.get(ct.base.as_str()).is_some_and(|t| t.contains('*'));
        if ct.is_const || self.opaque.contains(ct.base.as_str()) || (ct.base == "void" && ct.pointers == 1) {
            return ("in", "None".into());
        }
        let pointee = if to_pointer { "_C.c_void_p".to_string() } else { self.base_ctype(&ct.base) };
        ("out", pointee)
    }

    /// The struct a C type names, through aliases (`hi_venc_h265_cbr` is `hi_venc_h264_cbr`).
    fn struct_name(&self, base: &str) -> Option<String> {
        if self.structs.contains(base) {
            return Some(base.to_string());
        }
        let target = self.aliases.get(base)?;
        let t = CType::parse(target);
        if t.pointers == 0 && t.array.is_none() {
            self.struct_name(&t.base)
        } else {
            None
        }
    }

    fn is_float(&self, base: &str) -> bool {
        match self.aliases.get(base) {
            Some(target) => self.is_float(&CType::parse(target).base),
            None => base == "float" || base == "double",
        }
    }

    /// How member `name` of `st`, of C type `ty`, converts.
    fn kind(&self, st: &Struct, name: &str, ty: &str) -> Kind {
        let ct = CType::parse(ty);
        if ct.pointers > 0 {
            if ct.pointers == 1 && ct.array.is_none() {
                if let Some(target) = self.struct_name(&ct.base) {
                    let count = format!("{name}_cnt");
                    assert!(
                        st.fields.iter().any(|f| f.name == count),
                        "py_gen: {}.{} points to {target} structs, but there is no `{count}` member to count them",
                        st.name,
                        name
                    );
                    return Kind::StructPtr(target, count);
                }
            }
            return Kind::Ptr;
        }
        if self.opaque.contains(ct.base.as_str()) {
            panic!("py_gen: {} holds an opaque {} by value", st.name, ct.base);
        }
        if let Some(s) = self.struct_name(&ct.base) {
            return Kind::Struct(s);
        }
        if self.is_float(&ct.base) {
            Kind::Float
        } else {
            Kind::Int
        }
    }
}

fn union_groups(st: &Struct) -> Vec<String> {
    let mut groups: Vec<String> = Vec::new();
    for f in st.fields.iter().filter_map(|f| f.anon.as_ref()) {
        if !groups.contains(f) {
            groups.push(f.clone());
        }
    }
    groups
}

/// The Python attribute holding anonymous union `union#N` of a struct.
fn union_attr(group: &str) -> String {
    format!("_union{}", group.trim_start_matches("union#"))
}

fn py_str(s: &str) -> String {
    format!("{s:?}")
}

fn gen_struct(names: &Names, st: &Struct, o: &mut String) {
    let base = if st.is_union { "_C.Union" } else { "_C.Structure" };
    let groups = union_groups(st);
    for g in &groups {
        let _ = writeln!(o, "class _{}{}(_C.Union):", st.name, union_attr(g));
        let _ = writeln!(o, "    \"\"\"Anonymous union `{g}` of `{}`.\"\"\"\n", st.name);
        let _ = writeln!(o, "    _fields_ = [");
        for f in st.fields.iter().filter(|f| f.anon.as_ref() == Some(g)) {
            let _ = writeln!(o, "        ({}, {}),", py_str(&f.name), names.ctype(&f.ty));
        }
        let _ = writeln!(o, "    ]\n\n");
    }
    let _ = writeln!(o, "class {}({base}):", st.name);
    let _ = writeln!(
        o,
        "    \"\"\"`{}` from `{}`: {} bytes, aligned to {}.\"\"\"\n",
        st.name, st.header, st.size, st.align
    );
    if !groups.is_empty() {
        let attrs: Vec<String> = groups.iter().map(|g| py_str(&union_attr(g))).collect();
        let _ = writeln!(o, "    _anonymous_ = ({},)", attrs.join(", "));
    }
    let _ = writeln!(o, "    _fields_ = [");
    let mut emitted = Vec::new();
    for f in &st.fields {
        match &f.anon {
            None => {
                let _ = writeln!(o, "        ({}, {}),", py_str(&f.name), names.ctype(&f.ty));
            }
            Some(g) if !emitted.contains(g) => {
                emitted.push(g.clone());
                let _ = writeln!(o, "        ({}, _{}{}),", py_str(&union_attr(g)), st.name, union_attr(g));
            }
            Some(_) => {}
        }
    }
    let _ = writeln!(o, "    ]\n\n");
}

fn gen_members(names: &Names, spec: &Spec, o: &mut String) {
    o.push_str(
        "# MEMBERS[struct] = ((member, C type, kind, target, array length, union), ...) in declaration order.\n\
         # kind: \"int\", \"float\", \"ptr\" (a Python int, 0 is NULL), \"struct\" (target: the struct, a nested dict) or\n\
         # \"struct_ptr\" (target: (the struct, the member counting them); a list of dicts). array length: 0 for a\n\
         # scalar. union: the anonymous union the member shares (its members overlap), or None.\n",
    );
    o.push_str("MEMBERS = {\n");
    for st in &spec.structs {
        let _ = writeln!(o, "    {}: (", py_str(&st.name));
        for f in &st.fields {
            let ct = CType::parse(&f.ty);
            let (kind, target) = match names.kind(st, &f.name, &f.ty) {
                Kind::Int => ("int", "None".to_string()),
                Kind::Float => ("float", "None".to_string()),
                Kind::Ptr => ("ptr", "None".to_string()),
                Kind::Struct(s) => ("struct", py_str(&s)),
                Kind::StructPtr(s, count) => ("struct_ptr", format!("({}, {})", py_str(&s), py_str(&count))),
            };
            let union = f.anon.as_deref().map(py_str).unwrap_or_else(|| "None".into());
            let _ = writeln!(
                o,
                "        ({}, {}, {}, {target}, {}, {union}),",
                py_str(&f.name),
                py_str(&f.ty),
                py_str(kind),
                ct.array.unwrap_or(0)
            );
        }
        let _ = writeln!(o, "    ),");
    }
    o.push_str("}\n\n");
}

fn gen_layout(spec: &Spec, o: &mut String) {
    o.push_str("# LAYOUT[struct] = (size, alignment, {member: offset}) as the ABI table gives them.\nLAYOUT = {\n");
    for st in &spec.structs {
        let offsets: Vec<String> = st.fields.iter().map(|f| format!("{}: {}", py_str(&f.name), f.offset)).collect();
        let _ = writeln!(o, "    {}: ({}, {}, {{{}}}),", py_str(&st.name), st.size, st.align, offsets.join(", "));
    }
    o.push_str("}\n\n");
}

fn gen_functions(names: &Names, spec: &Spec, o: &mut String) {
    o.push_str(
        "# FUNCTIONS[name] = (library, family, return ctype or None, (parameter, ...), return C type), where a\n\
         # parameter is (name, C type, ctype, role, pointee). role: \"in\" (passed by value: a number, a handle, a data\n\
         # pointer, a callback), \"out\" (a non-const pointer to a number or pointer the function writes; pointee: its\n\
         # ctype), \"struct_in\" (a const pointer to a struct; pointee: the struct) or \"struct_out\" (a non-const\n\
         # pointer to a struct; pointee: the struct).\n\
         FUNCTIONS = {\n",
    );
    for f in &spec.functions {
        let ret = match f.ret.as_str() {
            "void" => "None".to_string(),
            "const char *" => "_C.c_char_p".to_string(),
            r => names.ctype(r),
        };
        let _ = writeln!(o, "    {}: (", py_str(&f.name));
        let _ = writeln!(o, "        {}, {}, {ret},", py_str(&f.library), py_str(&f.group));
        let _ = write!(o, "        (");
        for p in &f.params {
            let (role, pointee) = names.role(&p.ty);
            let _ = write!(
                o,
                "({}, {}, {}, {}, {pointee}), ",
                py_str(&p.name),
                py_str(&p.ty),
                names.ctype(&p.ty),
                py_str(role)
            );
        }
        let _ = writeln!(o, "),");
        let _ = writeln!(o, "        {},", py_str(&f.ret));
        let _ = writeln!(o, "    ),");
    }
    o.push_str("}\n\n");
    o.push_str("# The functions the emulated driver does not implement, with the reason (abi/abi-overlay.json).\n");
    o.push_str("NOT_IMPLEMENTED = {\n");
    for f in &spec.functions {
        if let Some(reason) = &f.emulator_not_implemented {
            let _ = writeln!(o, "    {}: {},", py_str(&f.name), py_str(reason));
        }
    }
    o.push_str("}\n\n");
    o.push_str("# Callback prototypes (ctypes.CFUNCTYPE).\n");
    for cb in &spec.callbacks {
        let ret = if cb.ret == "void" { "None".to_string() } else { names.ctype(&cb.ret) };
        let params: Vec<String> = cb.params.iter().map(|p| names.ctype(&p.ty)).collect();
        let _ = writeln!(o, "{} = _C.CFUNCTYPE({ret}, {})", cb.name, params.join(", "));
    }
}

fn gen_module(spec: &Spec) -> String {
    let names = Names::new(spec);
    let mut o = String::new();
    let _ = writeln!(o, "# {GENERATED_NOTE}");
    o.push_str(
        "\"\"\"The vendor ABI (abi/abi-spec.json with abi/abi-overlay.json) as ctypes types and tables, for the acl\n\
         package: enum values and constants, every struct and union, MEMBERS (what the dict <-> struct conversion\n\
         walks), LAYOUT (the table's sizes and offsets), FUNCTIONS, NOT_IMPLEMENTED and the callback prototypes.\"\"\"\n\n\
         import ctypes as _C\n\n",
    );
    o.push_str("# ---- enum values ----\n\n");
    for e in &spec.enums {
        let _ = writeln!(o, "# {} ({})", e.name, e.header);
        for (n, v) in &e.values {
            let _ = writeln!(o, "{n} = {v}");
        }
    }
    o.push_str("\n# ENUMS[enum] = {name: value}\nENUMS = {\n");
    for e in &spec.enums {
        let vals: Vec<String> = e.values.iter().map(|(n, v)| format!("{}: {v}", py_str(n))).collect();
        let _ = writeln!(o, "    {}: {{{}}},", py_str(&e.name), vals.join(", "));
    }
    o.push_str("}\n\n# ---- constants ----\n\n");
    let enum_values: BTreeSet<&str> =
        spec.enums.iter().flat_map(|e| e.values.iter().map(|(n, _)| n.as_str())).collect();
    for c in spec.constants.iter().filter(|c| !enum_values.contains(c.name.as_str())) {
        let _ = writeln!(o, "{} = {}", c.name, c.value);
    }
    o.push_str("\n# ---- structs and unions ----\n\n\n");
    let by_name: BTreeMap<&str, &Struct> = spec.structs.iter().map(|s| (s.name.as_str(), s)).collect();
    for name in spec.type_order() {
        if let Some(st) = by_name.get(name.as_str()) {
            gen_struct(&names, st, &mut o);
        } else if let Some(target) = names.aliases.get(name.as_str()) {
            if let Some(s) = names.struct_name(target) {
                let _ = writeln!(o, "{name} = {s}\n\n");
            }
        }
    }
    gen_members(&names, spec, &mut o);
    gen_layout(spec, &mut o);
    gen_functions(&names, spec, &mut o);
    o
}

/// Every Python file made here, as (path relative to the repository root, text).
pub fn generate(spec: &Spec) -> Vec<(String, String)> {
    vec![
        (OUTPUT.into(), gen_module(spec)),
        (PACKAGE_INIT.into(), format!("# {GENERATED_NOTE}\n\"\"\"Generated modules of the acl package.\"\"\"\n")),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec() -> Spec {
        Spec::load(&crate::repo_root())
    }

    #[test]
    fn every_member_and_parameter_has_a_ctypes_spelling() {
        let spec = spec();
        let text = gen_module(&spec);
        for st in &spec.structs {
            assert!(text.contains(&format!("\nclass {}(", st.name)), "{} has no class", st.name);
        }
        for f in &spec.functions {
            assert!(text.contains(&format!("    {}: (", py_str(&f.name))), "{} is not in FUNCTIONS", f.name);
        }
    }

    #[test]
    fn the_pack_pointer_is_a_list_counted_by_pack_cnt() {
        let spec = spec();
        let names = Names::new(&spec);
        let stream = spec.structs.iter().find(|s| s.name == "hi_venc_stream").unwrap();
        assert_eq!(
            names.kind(stream, "pack", "hi_venc_pack *"),
            Kind::StructPtr("hi_venc_pack".into(), "pack_cnt".into())
        );
        assert_eq!(names.kind(stream, "seq", "hi_u32"), Kind::Int);
        let attr = spec.structs.iter().find(|s| s.name == "hi_venc_rc_attr").unwrap();
        assert_eq!(names.kind(attr, "h265_cbr", "hi_venc_h265_cbr"), Kind::Struct("hi_venc_h264_cbr".into()));
    }
}
