//! The report as JUnit XML (`ACLVENC_SHIM_JUNIT`, `aclvenc-check --junit`, `aclvenc-check report --format junit`),
//! for CI test reports: one test case per rule family (`VENC-CHDESC`, `MPI-JPEGE`, ... in rule-table order) with
//! one `<failure>` per finding, a test case `leaks` with one `<failure>` per leak group, and a family whose rules
//! the rule filter disabled `<skipped/>`.

use crate::filter::{families, family, RuleFilter};
use crate::report::Report;
use crate::settings::Key;
use quick_xml::escape::escape;
use std::fmt::Write as _;

/// One `<failure>`: its type, one-line message and body.
struct Failure {
    kind: String,
    message: String,
    body: String,
}

/// The rule filter the report was made with (every rule when none, or when it does not parse).
fn rule_filter(report: &Report) -> RuleFilter {
    let env = Key::Rules.env();
    let spec = report.settings.iter().find(|s| s.name == env).and_then(|s| s.value.clone());
    spec.and_then(|s| RuleFilter::parse(&s).ok()).unwrap_or_default()
}

fn testcase(out: &mut String, name: &str, skipped: bool, failures: &[Failure]) {
    let _ = write!(out, "    <testcase classname=\"aclvenc-shim\" name=\"{}\"", escape(name));
    if !skipped && failures.is_empty() {
        out.push_str("/>\n");
        return;
    }
    out.push_str(">\n");
    if skipped {
        out.push_str("      <skipped message=\"disabled by ACLVENC_SHIM_RULES\"/>\n");
    }
    for f in failures {
        let _ = writeln!(
            out,
            "      <failure type=\"{}\" message=\"{}\">{}</failure>",
            escape(&f.kind),
            escape(&f.message),
            escape(&f.body)
        );
    }
    out.push_str("    </testcase>\n");
}

/// The report as a JUnit XML document (UTF-8, with the XML declaration).
pub fn render(report: &Report) -> String {
    let filter = rule_filter(report);
    let mut cases: Vec<(String, bool, Vec<Failure>)> = families()
        .into_iter()
        .map(|fam| {
            let skipped = crate::rules::Rule::ALL.iter().filter(|r| family(r.id()) == fam).all(|r| !filter.enabled(*r));
            (fam.to_string(), skipped, Vec::new())
        })
        .collect();
    for f in &report.findings {
        let fam = family(&f.rule);
        let i = match cases.iter().position(|c| c.0 == fam) {
            Some(i) => i,
            None => {
                cases.push((fam.to_string(), false, Vec::new()));
                cases.len() - 1
            }
        };
        let times = if f.count > 1 { format!(" ({} times)", f.count) } else { String::new() };
        cases[i].2.push(Failure {
            kind: f.severity.as_str().into(),
            message: format!("[{}] {}: {}{times}", f.rule, f.function, f.message),
            body: format!("{} {}: {}\nthread {}\nat {}\n", f.rule, f.function, f.message, f.thread, f.site),
        });
    }
    let leaks: Vec<Failure> = report
        .leaks
        .iter()
        .map(|l| Failure {
            kind: "leak".into(),
            message: format!("{} x {} leaked", l.count, l.kind),
            body: format!(
                "{} x {} ({})\ncreated on thread {}\nat {}\n",
                l.count,
                l.kind,
                l.handles.join(", "),
                l.thread,
                l.site
            ),
        })
        .collect();
    cases.push(("leaks".into(), false, leaks));

    let tests = cases.len();
    let failures: usize = cases.iter().map(|c| c.2.len()).sum();
    let skipped = cases.iter().filter(|c| c.1).count();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(out, "<testsuites name=\"aclvenc-check\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\">");
    let _ = writeln!(
        out,
        "  <testsuite name=\"aclvenc-shim\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\" skipped=\"{skipped}\">"
    );
    let _ = writeln!(
        out,
        "    <properties><property name=\"pid\" value=\"{}\"/><property name=\"soc\" value=\"{}\"/></properties>",
        report.pid,
        escape(&report.soc)
    );
    for (name, skipped, failures) in &cases {
        testcase(&mut out, name, *skipped, failures);
    }
    out.push_str("  </testsuite>\n</testsuites>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Finding;
    use crate::Severity;

    #[test]
    fn findings_are_failures_of_their_family_and_text_is_escaped() {
        let r = Report {
            findings: vec![Finding {
                rule: "VENC-CHDESC-WIDTH-RANGE".into(),
                severity: Severity::Error,
                function: "f".into(),
                message: "width <5000> & \"more\"".into(),
                count: 1,
                shown: 1,
                thread: "t".into(),
                tid: 1,
                site: "main (a.c:1)".into(),
                stack: vec![],
            }],
            ..Report::default()
        };
        let x = render(&r);
        assert!(x.contains("name=\"VENC-CHDESC\">\n      <failure type=\"error\""), "{x}");
        assert!(x.contains("width &lt;5000&gt; &amp; &quot;more&quot;"), "{x}");
        assert!(x.contains("<testcase classname=\"aclvenc-shim\" name=\"MPI-JPEGE\"/>"), "{x}");
        assert!(x.contains("failures=\"1\""), "{x}");
    }
}
