//! C output: vendor-compatible headers (same file names, type names, member names, enum values and layouts as
//! the vendor toolkit's) and the C/C++ ABI assertions.

use crate::model::{CType, Spec, Struct};
use crate::GENERATED_NOTE;
use std::fmt::Write;

/// Headers in include order: each may use what the earlier ones declare. (path, includes, description)
const HEADERS: &[(&str, &[&str], &str)] = &[
    ("acl/error_codes/rt_error_codes.h", &[], "runtime error codes (ACL_ERROR_RT_*)"),
    (
        "acl/acl_base.h",
        &["<stddef.h>", "<stdint.h>", "\"error_codes/rt_error_codes.h\""],
        "base types and return codes",
    ),
    ("acl/acl_rt.h", &["\"acl_base.h\""], "runtime: devices, contexts, streams, report threads, memory"),
    ("acl/acl.h", &["\"acl_rt.h\""], "initialisation"),
    ("acl/ops/acl_dvpp.h", &["\"../acl.h\""], "media data processing V1: descriptions, DVPP memory, aclvenc"),
    ("acl/dvpp/hi_media_type.h", &[], "basic hi_* types"),
    ("acl/dvpp/hi_media_common.h", &["\"hi_media_type.h\""], "common media types, error code layout"),
    ("acl/dvpp/hi_dvpp_vb.h", &["\"hi_media_common.h\""], "video buffer sources"),
    ("acl/dvpp/hi_mpi_sys.h", &["\"hi_media_common.h\"", "\"hi_dvpp_vb.h\""], "system init, epoll"),
    (
        "acl/dvpp/hi_dvpp_venc.h",
        &["\"hi_media_common.h\"", "\"hi_dvpp_vb.h\"", "\"hi_mpi_sys.h\""],
        "media data processing V2 video/JPEG encoder",
    ),
];

/// Umbrella and compatibility headers: (path, includes).
const WRAPPERS: &[(&str, &[&str])] = &[
    ("acl/dvpp/hi_dvpp.h", &["\"hi_media_common.h\"", "\"hi_mpi_sys.h\"", "\"hi_dvpp_vb.h\"", "\"hi_dvpp_venc.h\""]),
    ("acl/dvpp/hi_dvpp_common.h", &["\"hi_media_common.h\""]),
    ("acl/dvpp/hi_dvpp_sys.h", &["\"hi_mpi_sys.h\""]),
    ("acl/dvpp/hi_dvpp_type.h", &["\"hi_media_type.h\""]),
];

/// Extra macros the vendor headers give and apps use, keyed by header.
fn extra_macros(header: &str) -> &'static str {
    match header {
        "acl/dvpp/hi_media_type.h" => "#define hi_void void\n",
        "acl/dvpp/hi_media_common.h" => concat!(
            "/* Composition of every hi_mpi error code: app id, module, level, error number. */\n",
            "#define HI_DEFINE_ERR(mod, level, err) \\\n",
            "    ((hi_s32)(HI_ERR_APP_ID | ((unsigned int)(mod) << 16) | ((unsigned int)(level) << 13) | (unsigned int)(err)))\n",
            "/* Round x up to a multiple of a (a power of two). */\n",
            "#ifndef ALIGN_UP\n#define ALIGN_UP(x, a) ((((x) + ((a) - 1)) / (a)) * (a))\n#endif\n",
            "#define ATTRIBUTE __attribute__((aligned(ALIGN_NUM)))\n",
        ),
        _ => "",
    }
}

fn guard(path: &str) -> String {
    format!("ACLVENC_VENDOR_{}_", path.replace(['/', '.'], "_").to_uppercase())
}

/// `T name`, `T *name`, `T name[N]` or `T *name[N]` from a JSON type spelling.
pub fn c_decl(ty: &str, name: &str) -> String {
    let ct = CType::parse(ty);
    let base = if let Some(open) = ty.rfind('[') { ty[..open].trim() } else { ty.trim() };
    let sep = if base.ends_with('*') { "" } else { " " };
    match ct.array {
        Some(n) => format!("{base}{sep}{name}[{n}]"),
        None => format!("{base}{sep}{name}"),
    }
}

fn c_params(params: &[crate::model::Param]) -> String {
    if params.is_empty() {
        "void".into()
    } else {
        params.iter().map(|p| c_decl(&p.ty, &p.name)).collect::<Vec<_>>().join(", ")
    }
}

fn c_struct(st: &Struct, o: &mut String) {
    let kw = if st.is_union { "union" } else { "struct" };
    let _ = writeln!(o, "/* {} bytes, aligned to {}. */", st.size, st.align);
    let _ = writeln!(o, "typedef {kw} {} {{", st.name);
    let mut i = 0;
    while i < st.fields.len() {
        let f = &st.fields[i];
        match &f.anon {
            None => {
                let _ = writeln!(o, "    {};", c_decl(&f.ty, &f.name));
                i += 1;
            }
            Some(g) => {
                let _ = writeln!(o, "    union {{");
                while i < st.fields.len() && st.fields[i].anon.as_ref() == Some(g) {
                    let _ = writeln!(o, "        {};", c_decl(&st.fields[i].ty, &st.fields[i].name));
                    i += 1;
                }
                let _ = writeln!(o, "    }};");
            }
        }
    }
    let _ = writeln!(o, "}} {};\n", st.name);
}

fn c_constant(c: &crate::model::Constant) -> String {
    if c.c_type.starts_with("int (static const") {
        format!("static const int {} = {};\n", c.name, c.value)
    } else if let Some(hex) = &c.hex {
        format!("#define {} {hex}\n", c.name)
    } else if c.value < 0 {
        format!("#define {} ({})\n", c.name, c.value)
    } else if c.value > i32::MAX as i64 {
        format!("#define {} {:#X}u\n", c.name, c.value)
    } else if c.c_type.starts_with("long") {
        // A `long` macro (HI_NULL is written 0L), so it compares with pointers and handles without a warning.
        format!("#define {} {}L\n", c.name, c.value)
    } else {
        format!("#define {} {}\n", c.name, c.value)
    }
}

fn header_body(spec: &Spec, path: &str) -> String {
    let mut o = String::new();
    for c in spec.constants.iter().filter(|c| c.header == path) {
        o.push_str(&c_constant(c));
    }
    o.push_str(extra_macros(path));
    if !o.is_empty() {
        o.push('\n');
    }
    for (name, _) in spec.opaque.iter().filter(|(_, h)| h == path) {
        let _ = writeln!(o, "/* Opaque: created and destroyed by the library; only pointers cross the ABI. */");
        let _ = writeln!(o, "typedef struct {name} {name};");
    }
    for e in spec.enums.iter().filter(|e| e.header == path) {
        let body: Vec<String> = e
            .values
            .iter()
            .map(|(n, v)| if *v > i32::MAX as i64 { format!("    {n} = {v:#X}u") } else { format!("    {n} = {v}") })
            .collect();
        if e.tag_only {
            let _ = writeln!(o, "enum {} {{\n{}\n}};", e.name, body.join(",\n"));
            let _ = writeln!(o, "typedef enum {n} {n};\n", n = e.name);
        } else {
            let _ = writeln!(o, "typedef enum {{\n{}\n}} {};\n", body.join(",\n"), e.name);
        }
    }
    for name in spec.type_order() {
        if let Some(a) = spec.aliases.iter().find(|a| a.name == name && a.header == path) {
            let _ = writeln!(o, "typedef {};", c_decl(&a.target, &a.name));
        }
        if let Some(st) = spec.structs.iter().find(|s| s.name == name && s.header == path) {
            c_struct(st, &mut o);
        }
    }
    for cb in spec.callbacks.iter().filter(|c| c.header == path) {
        let _ = writeln!(o, "typedef {} (*{})({});\n", cb.ret, cb.name, c_params(&cb.params));
    }
    let fns: Vec<_> = spec.functions.iter().filter(|f| f.header == path).collect();
    if !fns.is_empty() {
        o.push_str("#ifdef __cplusplus\nextern \"C\" {\n#endif\n\n");
        for f in fns {
            let ret = f.ret.trim();
            let sep = if ret.ends_with('*') { "" } else { " " };
            let from = if f.from_overlay { "; abi/abi-overlay.json" } else { "" };
            let _ = writeln!(o, "/* {}{from} */\n{ret}{sep}{}({});", f.library, f.name, c_params(&f.params));
        }
        o.push_str("\n#ifdef __cplusplus\n}\n#endif\n");
    }
    o
}

fn wrap(path: &str, includes: &[&str], what: &str, body: &str, pre: &str) -> String {
    let g = guard(path);
    let mut o = format!("/* {GENERATED_NOTE} */\n/* Vendor-compatible {path}: {what}. Written from the ABI facts, not copied. */\n#ifndef {g}\n#define {g}\n\n{pre}");
    for inc in includes {
        let _ = writeln!(o, "#include {inc}");
    }
    if !includes.is_empty() {
        o.push('\n');
    }
    o.push_str(body);
    let _ = writeln!(o, "\n#endif /* {g} */");
    o
}

fn gen_asserts(spec: &Spec) -> String {
    let mut o = format!("/* {GENERATED_NOTE} */\n");
    o.push_str(concat!(
        "/* Compile-time proof that include/vendor matches abi/abi-spec.json: every struct size, alignment, member\n",
        " * offset and size, enum value and size, constant, and function prototype. Builds as C11 and as C++17. */\n",
        "#define ENABLE_DVPP_INTERFACE\n#include \"acl/acl.h\"\n#include \"acl/ops/acl_dvpp.h\"\n#include \"acl/dvpp/hi_dvpp.h\"\n#include <stddef.h>\n\n",
        "#ifdef __cplusplus\n#include <type_traits>\n#define ABI_ASSERT(c) static_assert(c, #c)\n#define ABI_ALIGNOF(t) alignof(t)\n",
        "#define ABI_SAME_FN(fn, ...) static_assert(std::is_same<decltype(&fn), __VA_ARGS__>::value, #fn)\n",
        "#else\n#define ABI_ASSERT(c) _Static_assert(c, #c)\n#define ABI_ALIGNOF(t) _Alignof(t)\n",
        "#define ABI_SAME_FN(fn, ...) _Static_assert(__builtin_types_compatible_p(__typeof__(&fn), __VA_ARGS__), #fn)\n#endif\n",
        "#define MEMBER_SIZE(t, m) sizeof(((t *)0)->m)\n\n",
    ));
    for st in &spec.structs {
        let _ = writeln!(
            o,
            "ABI_ASSERT(sizeof({n}) == {}); ABI_ASSERT(ABI_ALIGNOF({n}) == {});",
            st.size,
            st.align,
            n = st.name
        );
        for f in &st.fields {
            let _ = writeln!(
                o,
                "ABI_ASSERT(offsetof({n}, {m}) == {}); ABI_ASSERT(MEMBER_SIZE({n}, {m}) == {});",
                f.offset,
                f.size,
                n = st.name,
                m = f.name
            );
        }
    }
    for e in &spec.enums {
        let _ = writeln!(o, "ABI_ASSERT(sizeof({}) == 4);", e.name);
        for (n, v) in &e.values {
            let _ = writeln!(o, "ABI_ASSERT((long long){n} == {v}LL);");
        }
    }
    let mut cxx_only = String::new();
    for c in &spec.constants {
        let line = format!("ABI_ASSERT((long long){} == {}LL);\n", c.name, c.value);
        if c.c_type.starts_with("int (static const") {
            cxx_only.push_str(&line);
        } else if c.hex.is_some() {
            let _ = writeln!(o, "ABI_ASSERT((long long)(unsigned int){} == {}LL);", c.name, c.value);
        } else {
            o.push_str(&line);
        }
    }
    let _ =
        writeln!(o, "#ifdef __cplusplus /* static const int is a constant expression only in C++ */\n{cxx_only}#endif");
    for f in &spec.functions {
        let ps: Vec<String> = f.params.iter().map(|p| p.ty.clone()).collect();
        let ps = if ps.is_empty() { "void".to_string() } else { ps.join(", ") };
        let _ = writeln!(o, "ABI_SAME_FN({}, {} (*)({ps}));", f.name, f.ret);
    }
    o.push_str("\nint main(void) { return 0; }\n");
    o
}

pub fn generate(spec: &Spec) -> Vec<(String, String)> {
    let known: Vec<&str> = HEADERS.iter().map(|h| h.0).collect();
    let used = spec
        .functions
        .iter()
        .map(|f| &f.header)
        .chain(spec.enums.iter().map(|e| &e.header))
        .chain(spec.structs.iter().map(|s| &s.header))
        .chain(spec.constants.iter().map(|c| &c.header))
        .chain(spec.callbacks.iter().map(|c| &c.header))
        .chain(spec.aliases.iter().map(|a| &a.header));
    for h in used {
        assert!(known.contains(&h.as_str()), "abi-spec.json names header {h}, which the generator does not emit");
    }
    let mut out = Vec::new();
    for (path, includes, what) in HEADERS {
        let pre = if *path == "acl/ops/acl_dvpp.h" {
            "#if !defined(ENABLE_DVPP_INTERFACE)\n#error \"acl/ops/acl_dvpp.h needs ENABLE_DVPP_INTERFACE defined before it is included (as the vendor header does)\"\n#endif\n\n"
        } else {
            ""
        };
        out.push((format!("include/vendor/{path}"), wrap(path, includes, what, &header_body(spec, path), pre)));
    }
    for (path, includes) in WRAPPERS {
        out.push((format!("include/vendor/{path}"), wrap(path, includes, "includes the split headers", "", "")));
    }
    out.push(("c-tests/generated/abi_asserts.c".into(), gen_asserts(spec)));
    out
}
