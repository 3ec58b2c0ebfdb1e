//! The report as a SARIF 2.1.0 log (`ACLVENC_SHIM_SARIF`, `aclvenc-check --sarif`, `aclvenc-check report
//! --format sarif`), for code-scanning UIs: one result per finding (rule ID, level, message, the application call
//! site as the physical location, the backtrace as a stack) and one per leak group (rule `LEAK`). The run's tool
//! lists every rule of the rule table with its summary as the help text. The tests of `aclvenc-check` validate the
//! output against the OASIS schema.

use crate::filter::family;
use crate::report::{Frame, Report};
use crate::rules::Rule;
use crate::Severity;
use percent_encoding::{utf8_percent_encode, AsciiSet, CONTROLS};
use serde_json::{json, Value};
use std::path::Path;

/// The rule ID of leak results.
pub const LEAK_RULE: &str = "LEAK";

/// The SARIF `uriBaseId` under which paths below the source root are given.
pub const SRCROOT: &str = "SRCROOT";

/// Characters a path keeps escaped in a URI: controls, space and the URI delimiters other than `/`.
const PATH: &AsciiSet = &CONTROLS.add(b' ').add(b'"').add(b'#').add(b'%').add(b'<').add(b'>').add(b'?').add(b'`');

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// `(uri, uriBaseId)` of a source file: relative to `root` (with [`SRCROOT`]) when below it, else a `file://`
/// URI for an absolute path, else the path as a relative reference.
fn artifact(file: &str, root: Option<&Path>) -> (String, Option<&'static str>) {
    let path = Path::new(file);
    if let Some(rel) = root.and_then(|r| path.strip_prefix(r).ok()) {
        return (utf8_percent_encode(&rel.to_string_lossy(), PATH).to_string(), Some(SRCROOT));
    }
    let enc = utf8_percent_encode(file, PATH).to_string();
    if path.is_absolute() {
        (format!("file://{enc}"), None)
    } else {
        (enc, None)
    }
}

/// A SARIF `location` for one frame: a physical location when the file and line are known, and the function as
/// a logical location.
fn location(f: &Frame, root: Option<&Path>) -> Value {
    let mut loc = json!({ "logicalLocations": [{ "name": f.function, "kind": "function" }] });
    if let (Some(file), Some(line)) = (&f.file, f.line) {
        let (uri, base) = artifact(file, root);
        let mut art = json!({ "uri": uri });
        if let Some(base) = base {
            art["uriBaseId"] = base.into();
        }
        loc["physicalLocation"] = json!({ "artifactLocation": art, "region": { "startLine": line.max(1) } });
    }
    loc
}

/// The locations of a result: the first application frame that has a source line (so code-scanning UIs show the
/// result on it), else the first frame; and the whole backtrace as a stack.
fn locations(stack: &[Frame], root: Option<&Path>) -> (Vec<Value>, Vec<Value>) {
    let Some(first) = stack.iter().find(|f| f.file.is_some() && f.line.is_some()).or(stack.first()) else {
        return (Vec::new(), Vec::new());
    };
    let frames: Vec<Value> = stack.iter().map(|f| json!({ "location": location(f, root) })).collect();
    (vec![location(first, root)], vec![json!({ "message": { "text": "call stack" }, "frames": frames })])
}

fn rule_descriptor(r: Rule) -> Value {
    let code = r.code_name().map_or(String::new(), |c| format!(" ACLVENC_SHIM_MODE=reject returns {c}."));
    json!({
        "id": r.id(),
        "shortDescription": { "text": r.summary() },
        "fullDescription": { "text": r.summary() },
        "help": { "text": format!("{}{code} Rule table: docs/rules.md.", r.summary()) },
        "defaultConfiguration": { "level": level(r.severity()) },
        "properties": { "tags": [family(r.id())] },
    })
}

/// The report as a SARIF 2.1.0 log. `root`: the source root; files below it are given relative to it, under the
/// `uriBaseId` [`SRCROOT`] (code-scanning UIs resolve them against the checkout).
pub fn render(report: &Report, root: Option<&Path>) -> Value {
    let mut rules: Vec<Value> = Rule::ALL.iter().map(|r| rule_descriptor(*r)).collect();
    rules.push(json!({
        "id": LEAK_RULE,
        "shortDescription": { "text": "An object still live at exit (never destroyed, freed or released)." },
        "help": { "text": "Destroy each object (and release each stream) before exit; the result's location is \
                            where it was created." },
        "defaultConfiguration": { "level": "error" },
    }));
    let index = |id: &str| Rule::ALL.iter().position(|r| r.id() == id);
    let mut results = Vec::new();
    for f in &report.findings {
        let (locs, stacks) = locations(&f.stack, root);
        let mut r = json!({
            "ruleId": f.rule,
            "level": level(f.severity),
            "message": { "text": format!("{}: {}", f.function, f.message) },
            "locations": locs,
            "stacks": stacks,
            "occurrenceCount": f.count.max(1),
            "properties": { "function": f.function, "thread": f.thread, "count": f.count },
        });
        if let Some(i) = index(&f.rule) {
            r["ruleIndex"] = i.into();
        }
        results.push(r);
    }
    for l in &report.leaks {
        let (locs, stacks) = locations(&l.stack, root);
        let bytes = if l.bytes > 0 { format!(", {} bytes", l.bytes) } else { String::new() };
        results.push(json!({
            "ruleId": LEAK_RULE,
            "ruleIndex": Rule::ALL.len(),
            "level": "error",
            "message": { "text": format!("{} x {} leaked{bytes}, created at {}", l.count, l.kind, l.site) },
            "locations": locs,
            "stacks": stacks,
            "properties": { "kind": l.kind, "handles": l.handles, "thread": l.thread },
        }));
    }
    let mut run = json!({
        "tool": { "driver": {
            "name": "aclvenc-shim",
            "version": report.shim_version,
            "rules": rules,
        }},
        "results": results,
        "properties": { "pid": report.pid, "mode": report.mode.as_str(), "soc": report.soc },
    });
    if let Some(root) = root {
        let mut uri = format!("file://{}", utf8_percent_encode(&root.to_string_lossy(), PATH));
        if !uri.ends_with('/') {
            uri.push('/');
        }
        run["originalUriBaseIds"] = json!({ SRCROOT: { "uri": uri } });
    }
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [run],
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Finding, Leak};

    fn frame(function: &str, file: Option<&str>, line: Option<u32>) -> Frame {
        Frame { function: function.into(), file: file.map(String::from), line }
    }

    #[test]
    fn a_finding_is_a_result_on_its_source_line() {
        let r = Report {
            findings: vec![Finding {
                rule: "VENC-CHDESC-WIDTH-RANGE".into(),
                severity: Severity::Error,
                function: "aclvencSetChannelDescPicWidth".into(),
                message: "width 5000".into(),
                count: 2,
                shown: 2,
                thread: "\"app\" (tid 9)".into(),
                tid: 9,
                site: String::new(),
                stack: vec![frame("0x1234", None, None), frame("main", Some("/src/my app.c"), Some(41))],
            }],
            leaks: vec![Leak { kind: "aclvencFrameConfig".into(), count: 1, ..Leak::default() }],
            ..Report::default()
        };
        let v = render(&r, Some(Path::new("/src")));
        let res = &v["runs"][0]["results"][0];
        assert_eq!(res["ruleId"], "VENC-CHDESC-WIDTH-RANGE");
        assert_eq!(res["level"], "error");
        let art = &res["locations"][0]["physicalLocation"]["artifactLocation"];
        assert_eq!((art["uri"].as_str(), art["uriBaseId"].as_str()), (Some("my%20app.c"), Some(SRCROOT)));
        assert_eq!(res["locations"][0]["physicalLocation"]["region"]["startLine"], 41);
        let rules = v["runs"][0]["tool"]["driver"]["rules"].as_array().unwrap();
        let i = res["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[i]["id"], "VENC-CHDESC-WIDTH-RANGE");
        assert_eq!(rules.len(), Rule::ALL.len() + 1);
        assert_eq!(v["runs"][0]["results"][1]["ruleId"], LEAK_RULE);
        assert_eq!(v["runs"][0]["originalUriBaseIds"][SRCROOT]["uri"], "file:///src/");
        let v = render(&r, None);
        let art = &v["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"];
        assert_eq!(art["uri"], "file:///src/my%20app.c");
    }
}
