//! Rust output: `#[repr(C)]` types, function-table macros and the layout table.

use crate::model::{rust_ident, CType, Spec, Struct};
use crate::GENERATED_NOTE;
use std::fmt::Write;
use std::io::Write as _;
use std::process::{Command, Stdio};

/// The API families: the `macro_rules!` name each gets and the JSON groups it covers.
pub const FAMILIES: &[(&str, &[&str], &str)] = &[
    ("aclvenc_fns", &["aclvenc"], "The 38 `aclvenc*` functions (media V1 video encoder, `libacl_dvpp.so`)."),
    ("hi_mpi_venc_fns", &["hi_mpi_venc"], "The 47 `hi_mpi_venc_*` functions (media V2 encoder, `libacl_dvpp_mpi.so`)."),
    (
        "acldvpp_fns",
        &["acldvpp-support"],
        "The `acldvpp*` picture/stream description and DVPP memory functions (`libacl_dvpp.so`).",
    ),
    (
        "acl_runtime_fns",
        &["acl-runtime", "acl-runtime-extra"],
        "The `acl*`/`aclrt*` runtime functions (`libascendcl.so`).",
    ),
    ("hi_mpi_sys_fns", &["hi_mpi_sys"], "The `hi_mpi_sys_*` functions (`libacl_dvpp_mpi.so`)."),
    ("hi_mpi_dvpp_fns", &["hi_mpi_dvpp"], "The `hi_mpi_dvpp_*` memory functions (`libacl_dvpp_mpi.so`)."),
];

fn prim(base: &str) -> Option<&'static str> {
    Some(match base {
        "void" => "::core::ffi::c_void",
        "char" => "::core::ffi::c_char",
        "int" => "::core::ffi::c_int",
        "size_t" => "usize",
        "uint8_t" | "unsigned char" => "u8",
        "signed char" => "i8",
        "unsigned short" => "u16",
        "short" => "i16",
        "uint32_t" | "unsigned int" => "u32",
        "int32_t" => "i32",
        "uint64_t" | "unsigned long long" => "u64",
        "long long" => "i64",
        "double" => "f64",
        "float" => "f32",
        _ => return None,
    })
}

/// Rust spelling of a C type; `qual` prefixes vendor type names (`$crate::` inside exported macros).
pub fn rust_ty(c: &str, qual: &str) -> String {
    let ct = CType::parse(c);
    if ct.base == "void" && ct.pointers == 0 {
        return "()".into();
    }
    let mut t = match prim(&ct.base) {
        Some(p) => p.to_string(),
        None => format!("{qual}{}", ct.base),
    };
    for i in 0..ct.pointers {
        t = if i == 0 && ct.is_const { format!("*const {t}") } else { format!("*mut {t}") };
    }
    if let Some(n) = ct.array {
        t = format!("[{t}; {n}]");
    }
    t
}

fn fn_sig(name: &str, params: &[crate::model::Param], ret: &str, qual: &str) -> String {
    let ps: Vec<String> = params.iter().map(|p| format!("{}: {}", rust_ident(&p.name), rust_ty(&p.ty, qual))).collect();
    format!("fn {name}({}) -> {}", ps.join(", "), rust_ty(ret, qual))
}

pub fn rustfmt(src: String) -> String {
    let mut child = Command::new("rustfmt")
        .args(["--edition", "2021", "--emit", "stdout", "--quiet", "--config-path"])
        .arg(crate::repo_root().join("rustfmt.toml"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("rustfmt on PATH");
    child.stdin.take().unwrap().write_all(src.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "rustfmt failed on generated code");
    String::from_utf8(out.stdout).unwrap()
}

fn union_groups(st: &Struct) -> Vec<String> {
    let mut groups: Vec<String> = Vec::new();
    for f in &st.fields {
        if let Some(g) = &f.anon {
            if !groups.contains(g) {
                groups.push(g.clone());
            }
        }
    }
    groups
}

fn union_field_name(group: &str) -> String {
    format!("union{}", group.trim_start_matches("union#"))
}

fn gen_struct(st: &Struct, out: &mut String) {
    let groups = union_groups(st);
    let plain_debug = groups.is_empty() && !st.is_union;
    let kw = if st.is_union { "union" } else { "struct" };
    let _ = writeln!(out, "/// `{}` from `{}`: {} bytes, aligned to {}.", st.name, st.header, st.size, st.align);
    if !groups.is_empty() {
        let _ = writeln!(
            out,
            "///\n/// Members of the vendor's anonymous unions are read and written through the accessor methods."
        );
    }
    let _ = writeln!(out, "#[repr(C)]\n#[derive(Clone, Copy{})]", if plain_debug { ", Debug" } else { "" });
    let _ = writeln!(out, "pub {kw} {} {{", st.name);
    let mut emitted = Vec::new();
    for f in &st.fields {
        match &f.anon {
            None if st.is_union => {
                let _ = writeln!(out, "    pub(crate) {}: {},", rust_ident(&f.name), rust_ty(&f.ty, ""));
            }
            None => {
                let _ = writeln!(out, "    pub {}: {},", rust_ident(&f.name), rust_ty(&f.ty, ""));
            }
            Some(g) if !emitted.contains(g) => {
                emitted.push(g.clone());
                let _ = writeln!(out, "    pub(crate) {}: {}_{},", union_field_name(g), st.name, union_field_name(g));
            }
            Some(_) => {}
        }
    }
    let _ = writeln!(out, "}}\n");
    // The anonymous unions themselves.
    for g in &groups {
        let _ = writeln!(out, "/// Anonymous union `{g}` of `{}`.", st.name);
        let _ = writeln!(out, "#[repr(C)]\n#[derive(Clone, Copy)]\npub union {}_{} {{", st.name, union_field_name(g));
        for f in st.fields.iter().filter(|f| f.anon.as_ref() == Some(g)) {
            let _ = writeln!(out, "    pub(crate) {}: {},", rust_ident(&f.name), rust_ty(&f.ty, ""));
        }
        let _ = writeln!(out, "}}\n");
    }
    // Accessors for union members.
    let members: Vec<_> = st.fields.iter().filter(|f| f.anon.is_some() || st.is_union).collect();
    if !members.is_empty() {
        let _ = writeln!(out, "impl {} {{", st.name);
        for f in members {
            let path = match &f.anon {
                Some(g) => format!("self.{}.{}", union_field_name(g), rust_ident(&f.name)),
                None => format!("self.{}", rust_ident(&f.name)),
            };
            let ty = rust_ty(&f.ty, "");
            let _ = writeln!(
                out,
                "    /// The `{n}` member (offset {o}, {s} bytes).\n    pub fn {n}(&self) -> &{ty} {{\n        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.\n        unsafe {{ &{path} }}\n    }}",
                n = f.name,
                o = f.offset,
                s = f.size,
            );
            let _ = writeln!(
                out,
                "    /// Mutable access to the `{n}` member.\n    pub fn {n}_mut(&mut self) -> &mut {ty} {{\n        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.\n        unsafe {{ &mut {path} }}\n    }}",
                n = f.name,
            );
        }
        let _ = writeln!(out, "}}\n");
    }
    let _ = writeln!(
        out,
        "impl Default for {n} {{\n    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.\n    fn default() -> Self {{\n        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.\n        unsafe {{ ::core::mem::zeroed() }}\n    }}\n}}\n",
        n = st.name
    );
    if !plain_debug {
        let _ = writeln!(out, "impl ::core::fmt::Debug for {} {{", st.name);
        let _ = writeln!(out, "    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {{");
        let _ = write!(out, "        f.debug_struct(\"{}\")", st.name);
        if !st.is_union {
            for fl in st.fields.iter().filter(|f| f.anon.is_none()) {
                let _ = write!(out, ".field(\"{}\", &self.{})", fl.name, rust_ident(&fl.name));
            }
        }
        let _ = writeln!(out, ".finish_non_exhaustive()\n    }}\n}}\n");
    }
}

fn gen_types(spec: &Spec) -> String {
    let mut o = String::new();
    let _ = writeln!(o, "// {GENERATED_NOTE}\n");
    let _ = writeln!(o, "use ::core::ffi::{{c_char, c_int, c_void}};\n");
    o.push_str("// ---- typedefs ----\n\n");
    for a in &spec.aliases {
        let _ = writeln!(o, "/// `{}` (`{}`), from `{}`.", a.name, a.target, a.header);
        let _ = writeln!(o, "pub type {} = {};", a.name, rust_ty(&a.target, "").replace("::core::ffi::", ""));
    }
    o.push_str("\n// ---- opaque objects (only pointers cross the ABI) ----\n\n");
    for (name, header) in &spec.opaque {
        let _ = writeln!(
            o,
            "/// Opaque `{name}` from `{header}`: created and destroyed by the library, only pointers cross the ABI.\n#[repr(C)]\npub struct {name} {{\n    _opaque: [u8; 0],\n    _marker: ::core::marker::PhantomData<(*mut u8, ::core::marker::PhantomPinned)>,\n}}\n"
        );
    }
    o.push_str("// ---- callbacks ----\n\n");
    for cb in &spec.callbacks {
        let ps: Vec<String> = cb
            .params
            .iter()
            .map(|p| format!("{}: {}", rust_ident(&p.name), rust_ty(&p.ty, "").replace("::core::ffi::", "")))
            .collect();
        let ret = rust_ty(&cb.ret, "");
        let ret = if ret == "()" { String::new() } else { format!(" -> {ret}") };
        let _ = writeln!(o, "/// `{}` from `{}` (NULL is `None`).", cb.name, cb.header);
        let _ = writeln!(o, "pub type {} = Option<unsafe extern \"C\" fn({}){ret}>;\n", cb.name, ps.join(", "));
    }
    o.push_str("// ---- enums: C passes any integer, so each is a transparent newtype with named values ----\n\n");
    for e in &spec.enums {
        let repr = if e.unsigned() { "u32" } else { "i32" };
        let _ = writeln!(o, "/// Enum `{}` from `{}` (4 bytes).", e.name, e.header);
        let _ = writeln!(o, "#[repr(transparent)]\n#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]");
        let _ = writeln!(o, "pub struct {}(pub {repr});\n", e.name);
        let _ = writeln!(o, "impl {} {{", e.name);
        for (n, v) in &e.values {
            let _ = writeln!(o, "    pub const {n}: Self = Self({v});");
        }
        let _ = writeln!(o, "    /// Every named value, in header order.");
        let _ = write!(o, "    pub const VALUES: &'static [(&'static str, Self)] = &[");
        for (n, _) in &e.values {
            let _ = write!(o, "(\"{n}\", Self::{n}),");
        }
        let _ = writeln!(o, "];");
        let _ = writeln!(
            o,
            "    /// The vendor's name for this value (the first one, where names share a value), or `None`.\n    pub fn name(self) -> Option<&'static str> {{\n        Self::VALUES.iter().find(|(_, v)| *v == self).map(|(n, _)| *n)\n    }}\n    /// Whether the value has a name in the vendor header.\n    pub fn is_named(self) -> bool {{\n        self.name().is_some()\n    }}\n}}\n"
        );
        let _ = writeln!(
            o,
            "impl ::core::fmt::Debug for {n} {{\n    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {{\n        match self.name() {{\n            Some(name) => f.write_str(name),\n            None => write!(f, \"{n}({{}})\", self.0),\n        }}\n    }}\n}}\n",
            n = e.name
        );
    }
    o.push_str("// ---- structs and unions ----\n\n");
    let order = spec.type_order();
    for name in &order {
        if let Some(st) = spec.structs.iter().find(|s| &s.name == name) {
            gen_struct(st, &mut o);
        }
    }
    // Every enum, struct and union is plain data (valid for any bit pattern) and passed by value as itself.
    o.push_str("// ---- plain data, for the pointer contract (aclvenc-ptr) ----\n\n");
    let plain: Vec<&str> =
        spec.enums.iter().map(|e| e.name.as_str()).chain(spec.structs.iter().map(|s| s.name.as_str())).collect();
    let _ = writeln!(o, "aclvenc_ptr::plain_types!({});\n", plain.join(", "));
    o.push_str("// ---- constants ----\n\n");
    for c in &spec.constants {
        let (ty, val) = if let Some(hex) = &c.hex {
            ("hi_s32", format!("{hex}u32 as hi_s32"))
        } else if c.name.starts_with("ACL_") {
            ("aclError", c.value.to_string())
        } else if c.name == "HI_SUCCESS" || c.name == "HI_FAILURE" {
            ("hi_s32", c.value.to_string())
        } else {
            ("u32", format!("{:#x}", c.value))
        };
        let _ = writeln!(o, "/// `{}` from `{}`.", c.name, c.header);
        let _ = writeln!(o, "pub const {}: {ty} = {val};", c.name);
    }
    // Silence unused-import warnings when a spec has no use for one of the C primitives.
    o.push_str("\n#[allow(dead_code)]\ntype _Prims = (c_char, c_int, *mut c_void);\n");
    rustfmt(o)
}

fn gen_functions(spec: &Spec) -> String {
    let mut o = String::new();
    let _ =
        writeln!(o, "// {GENERATED_NOTE}\n// The functions come from abi/abi-spec.json and abi/abi-overlay.json.\n");
    o.push_str(FN_TABLE_HELPERS);
    for (mac, groups, doc) in FAMILIES {
        let fns: Vec<_> = spec.functions.iter().filter(|f| groups.contains(&f.group.as_str())).collect();
        let _ = writeln!(o, "/// {doc}\n///\n/// `{mac}!(m)` expands to `m! {{ fn name(param: Type, ...) -> Ret; ... }}` with all {} functions,", fns.len());
        let _ = writeln!(
            o,
            "/// every type spelled as a full path, so one table drives every export stub and forwarding table;\n/// `{mac}!(path::m; EXTRA)` expands to `path::m! {{ EXTRA fn ...; ... }}` (tokens passed through first)."
        );
        let _ = writeln!(
            o,
            "///\n/// `{mac}!(path::m, emulator; EXTRA)` expands to\n/// `path::m! {{ EXTRA implemented {{ fn ...; ... }} not_implemented {{ fn ... = \"reason\"; ... }} }}`: the same functions, in\n/// the same order, split by whether the emulated driver implements them (the reasons come from\n/// `emulator_not_implemented` in `abi/abi-overlay.json`); `; EXTRA` is optional and passed through first."
        );
        let _ = writeln!(
            o,
            "#[macro_export]\nmacro_rules! {mac} {{\n    ($m:ident) => {{\n        $crate::__{mac}_table! {{ __fns_plain [$m] [] [] }}\n    }};\n    ($($m:ident)::+; $($extra:tt)*) => {{\n        $crate::__{mac}_table! {{ __fns_plain [$($m)::+] [$($extra)*] [] }}\n    }};\n    ($($m:ident)::+, emulator $(; $($extra:tt)*)?) => {{\n        $crate::__{mac}_table! {{ __fns_emulator [$($m)::+] [$($($extra)*)?] [] [] }}\n    }};\n}}\n"
        );
        let _ = writeln!(
            o,
            "/// The table of [`{mac}!`], handed to one of the helpers above.\n#[doc(hidden)]\n#[macro_export]\nmacro_rules! __{mac}_table {{\n    ($helper:ident $($args:tt)*) => {{\n        $crate::$helper! {{ $($args)*"
        );
        for f in &fns {
            let sig = fn_sig(&f.name, &f.params, &f.ret, "$crate::");
            match &f.emulator_not_implemented {
                None => {
                    let _ = writeln!(o, "            {sig};");
                }
                Some(why) => {
                    let _ = writeln!(o, "            {sig} = {why:?};");
                }
            }
        }
        let _ = writeln!(o, "        }}\n    }};\n}}\n");
    }
    let _ = writeln!(o, "/// One vendor function: its name, the library that exports it, and its header.");
    let _ = writeln!(o, "#[derive(Debug, Clone, Copy)]\npub struct FnInfo {{\n    pub name: &'static str,\n    pub library: &'static str,\n    pub header: &'static str,\n    pub group: &'static str,\n}}\n");
    let tables = [
        ("FUNCTIONS", "Every function of the ABI table (`abi/abi-spec.json`), in table order.", false),
        (
            "OVERLAY_FUNCTIONS",
            "The vendor functions `abi/abi-overlay.json` adds to the ABI table; the `*_fns!` tables carry them too.",
            true,
        ),
    ];
    for (name, doc, overlay) in tables {
        let _ = writeln!(o, "/// {doc}");
        let _ = writeln!(o, "pub const {name}: &[FnInfo] = &[");
        for f in spec.functions.iter().filter(|f| f.from_overlay == overlay) {
            let _ = writeln!(
                o,
                "    FnInfo {{ name: \"{}\", library: \"{}\", header: \"{}\", group: \"{}\" }},",
                f.name, f.library, f.header, f.group
            );
        }
        let _ = writeln!(o, "];");
    }
    rustfmt(o)
}

/// The helpers every family table expands through: the table lists each function once, as
/// `fn name(params) -> Ret;` or, when the emulated driver does not implement it, `fn name(params) -> Ret = "reason";`.
const FN_TABLE_HELPERS: &str = r#"/// Hands a table to the macro at path `[$m]` as `$m! { EXTRA fn ...; ... }` (the reasons dropped), in table order.
#[doc(hidden)]
#[macro_export]
macro_rules! __fns_plain {
    ([$($m:tt)*] [$($extra:tt)*] [$($out:tt)*]) => {
        $($m)*! { $($extra)* $($out)* }
    };
    ([$($m:tt)*] [$($extra:tt)*] [$($out:tt)*] fn $name:ident $params:tt -> $ret:ty; $($rest:tt)*) => {
        $crate::__fns_plain! { [$($m)*] [$($extra)*] [$($out)* fn $name $params -> $ret;] $($rest)* }
    };
    ([$($m:tt)*] [$($extra:tt)*] [$($out:tt)*] fn $name:ident $params:tt -> $ret:ty = $why:literal; $($rest:tt)*) => {
        $crate::__fns_plain! { [$($m)*] [$($extra)*] [$($out)* fn $name $params -> $ret;] $($rest)* }
    };
}

/// Hands a table to the macro at path `[$m]` as `$m! { EXTRA implemented { ... } not_implemented { ... = "reason"; } }`,
/// in table order (`EXTRA`: the tokens after `emulator;`).
#[doc(hidden)]
#[macro_export]
macro_rules! __fns_emulator {
    ([$($m:tt)*] [$($extra:tt)*] [$($yes:tt)*] [$($no:tt)*]) => {
        $($m)*! { $($extra)* implemented { $($yes)* } not_implemented { $($no)* } }
    };
    ([$($m:tt)*] [$($extra:tt)*] [$($yes:tt)*] [$($no:tt)*] fn $name:ident $params:tt -> $ret:ty; $($rest:tt)*) => {
        $crate::__fns_emulator! { [$($m)*] [$($extra)*] [$($yes)* fn $name $params -> $ret;] [$($no)*] $($rest)* }
    };
    (
        [$($m:tt)*] [$($extra:tt)*] [$($yes:tt)*] [$($no:tt)*]
        fn $name:ident $params:tt -> $ret:ty = $why:literal; $($rest:tt)*
    ) => {
        $crate::__fns_emulator! { [$($m)*] [$($extra)*] [$($yes)*] [$($no)* fn $name $params -> $ret = $why;] $($rest)* }
    };
}

"#;

fn gen_layout(spec: &Spec) -> String {
    let mut o = String::new();
    let _ = writeln!(o, "// {GENERATED_NOTE}\n");
    o.push_str("use super::types::*;\nuse crate::layout_support::size_of_pointee;\nuse crate::{EnumLayout, FieldLayout, StructLayout};\nuse alloc::vec;\nuse alloc::vec::Vec;\n\n");
    o.push_str("/// Size, alignment and every member's offset and size, as the Rust compiler laid the types out.\npub fn structs() -> Vec<StructLayout> {\n    let mut v = Vec::new();\n");
    for st in &spec.structs {
        let _ = writeln!(
            o,
            "    {{\n        let u = ::core::mem::MaybeUninit::<{n}>::uninit();\n        let base = u.as_ptr();",
            n = st.name
        );
        let _ = writeln!(
            o,
            "        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references."
        );
        let _ = writeln!(o, "        let fields = unsafe {{ vec![");
        for f in &st.fields {
            let path = match &f.anon {
                Some(g) => format!("{}.{}", union_field_name(g), rust_ident(&f.name)),
                None => rust_ident(&f.name),
            };
            let _ = writeln!(
                o,
                "            FieldLayout {{ name: \"{}\", offset: ::core::ptr::addr_of!((*base).{path}) as usize - base as usize, size: size_of_pointee(::core::ptr::addr_of!((*base).{path})) }},",
                f.name
            );
        }
        let _ = writeln!(
            o,
            "        ] }};\n        v.push(StructLayout {{ name: \"{n}\", size: ::core::mem::size_of::<{n}>(), align: ::core::mem::align_of::<{n}>(), fields }});\n    }}",
            n = st.name
        );
    }
    o.push_str("    v\n}\n\n");
    o.push_str("/// Every enum's size and named values.\npub fn enums() -> Vec<EnumLayout> {\n    vec![\n");
    for e in &spec.enums {
        let _ = writeln!(
            o,
            "        EnumLayout {{ name: \"{n}\", size: ::core::mem::size_of::<{n}>(), values: {n}::VALUES.iter().map(|(k, v)| (*k, v.0 as i64)).collect() }},",
            n = e.name
        );
    }
    o.push_str("    ]\n}\n\n");
    o.push_str("/// Every constant with its value (hi_mpi error codes as their unsigned 32-bit value, as in the JSON).\npub fn constants() -> Vec<(&'static str, i64)> {\n    vec![\n");
    for c in &spec.constants {
        let cast = if c.hex.is_some() { " as u32 as i64" } else { " as i64" };
        let _ = writeln!(o, "        (\"{n}\", {n}{cast}),", n = c.name);
    }
    o.push_str("    ]\n}\n");
    rustfmt(o)
}

fn gen_names(spec: &Spec) -> String {
    let mut o = String::new();
    let _ = writeln!(o, "// {GENERATED_NOTE}\n");
    o.push_str("use super::types::*;\n\n");
    let acl: Vec<_> = spec
        .constants
        .iter()
        .filter(|c| c.name == "ACL_SUCCESS" || (c.name.starts_with("ACL_ERROR_") && c.name != "ACL_ERROR_NONE"))
        .collect();
    o.push_str("/// Every named `aclError` value (ACL_SUCCESS first), for decoding return values.\npub const ACL_ERROR_NAMES: &[(&str, aclError)] = &[\n");
    for c in acl {
        let _ = writeln!(o, "    (\"{n}\", {n}),", n = c.name);
    }
    o.push_str("];\n\n/// Every named V2 `hi_s32` return value, for decoding return values.\npub const HI_ERROR_NAMES: &[(&str, hi_s32)] = &[\n");
    for c in spec.constants.iter().filter(|c| c.name == "HI_SUCCESS" || c.name == "HI_FAILURE" || c.hex.is_some()) {
        let _ = writeln!(o, "    (\"{n}\", {n}),", n = c.name);
    }
    o.push_str("];\n");
    rustfmt(o)
}

pub fn generate(spec: &Spec) -> Vec<(String, String)> {
    vec![
        ("crates/abi/src/generated/names.rs".into(), gen_names(spec)),
        ("crates/abi/src/generated/types.rs".into(), gen_types(spec)),
        ("crates/abi/src/generated/functions.rs".into(), gen_functions(spec)),
        ("crates/abi/src/generated/layout.rs".into(), gen_layout(spec)),
    ]
}
