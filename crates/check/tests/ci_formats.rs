//! The CI formats, made by the real binary from a saved report (`aclvenc-check report FILE.json`): the SARIF log
//! validates against the OASIS SARIF 2.1.0 schema (vendored in tests/data, see its README) with the `jsonschema`
//! crate, formats included; the JUnit file parses as XML with `quick-xml` and has one test case per rule family
//! with one failure per finding. Needs nothing built but aclvenc-check.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use aclvenc_interface::report::{Finding, Frame, Leak, Report, SuppressionUse, SCHEMA_VERSION};
use aclvenc_interface::Severity;
use quick_xml::events::Event;

fn finding(rule: &str, severity: Severity, function: &str, stack: Vec<Frame>) -> Finding {
    Finding {
        rule: rule.into(),
        severity,
        function: function.into(),
        message: format!("{rule} <broken> & \"quoted\""),
        count: 3,
        shown: 3,
        thread: "\"venc_app\" (tid 4242)".into(),
        tid: 4242,
        site: String::new(),
        stack,
    }
}

fn frame(function: &str, file: Option<&str>, line: Option<u32>) -> Frame {
    Frame { function: function.into(), file: file.map(String::from), line }
}

/// A report with findings at a source line, with no debug info, of an ID outside the table, and a leak.
fn sample(dir: &Path) -> PathBuf {
    let src = dir.join("src dir/app.c");
    let r = Report {
        schema_version: SCHEMA_VERSION,
        shim_version: "0.1.0".into(),
        pid: 4242,
        soc: "Ascend310P3".into(),
        findings: vec![
            finding(
                "VENC-CHDESC-WIDTH-RANGE",
                Severity::Error,
                "aclvencSetChannelDescPicWidth",
                vec![frame("main", src.to_str(), Some(41)), frame("__libc_start_main", None, None)],
            ),
            finding("VENC-SEND-AFTER-EOS", Severity::Warning, "aclvencSendFrame", vec![frame("0x5555", None, None)]),
            finding("DRIVER-ERROR", Severity::Info, "hi_mpi_venc_create_chn", vec![]),
        ],
        leaks: vec![Leak {
            kind: "hi_mpi_venc channel".into(),
            count: 2,
            handles: vec!["chn 0".into(), "chn 1".into()],
            thread: "\"venc_app\" (tid 4242)".into(),
            tid: 4242,
            site: "hi_mpi_venc_create_chn <- main (app.c:12)".into(),
            stack: vec![frame("main", Some("/elsewhere/app.c"), Some(12))],
            bytes: 0,
        }],
        suppressions: vec![SuppressionUse { entry: "leak:*".into(), place: "a.supp:1".into(), findings: 0, leaks: 1 }],
        ..Report::default()
    };
    let path = dir.join("r.json");
    std::fs::write(&path, serde_json::to_string_pretty(&r).unwrap()).unwrap();
    path
}

fn report_cmd(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_aclvenc-check")).arg("report").args(args).current_dir(cwd).output().unwrap()
}

fn schema() -> jsonschema::Validator {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/sarif-schema-2.1.0.json");
    let schema: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    jsonschema::options().should_validate_formats(true).build(&schema).unwrap()
}

fn errors(v: &jsonschema::Validator, instance: &serde_json::Value) -> Vec<String> {
    v.iter_errors(instance).map(|e| format!("{} at {}", e, e.instance_path())).collect()
}

#[test]
fn the_sarif_log_validates_against_the_sarif_2_1_0_schema() {
    let dir = tempfile::tempdir().unwrap();
    let report = sample(dir.path());
    let out = dir.path().join("out.sarif");
    let o = report_cmd(&[report.to_str().unwrap(), "--format", "sarif", "-o", out.to_str().unwrap()], dir.path());
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let log: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let v = schema();
    assert_eq!(errors(&v, &log), Vec::<String>::new());
    let results = log["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 4, "three findings and one leak");
    let first = &results[0]["locations"][0]["physicalLocation"];
    assert_eq!(first["artifactLocation"]["uri"], "src%20dir/app.c", "relative to the source root (the cwd)");
    assert_eq!(first["artifactLocation"]["uriBaseId"], "SRCROOT");
    assert_eq!(first["region"]["startLine"], 41);
    assert_eq!(results[2]["level"], "note");

    // The validator is not a rubber stamp: a broken log fails it.
    let mut broken = log.clone();
    broken["runs"][0]["results"][0]["level"] = "fatal".into();
    broken["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0.into();
    let e = errors(&v, &broken);
    assert!(e.iter().any(|e| e.contains("\"fatal\"")) && e.iter().any(|e| e.contains("startLine")), "{e:?}");
}

#[test]
fn the_junit_file_parses_with_a_case_per_family_and_a_failure_per_finding() {
    let dir = tempfile::tempdir().unwrap();
    let report = sample(dir.path());
    let o = report_cmd(&[report.to_str().unwrap(), "--format", "junit"], dir.path());
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let mut reader = quick_xml::Reader::from_reader(o.stdout.as_slice());
    let (mut cases, mut failures, mut case) = (Vec::<String>::new(), Vec::<(String, String)>::new(), String::new());
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf).expect("well-formed XML") {
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == b"testcase" => {
                let name = e.try_get_attribute("name").unwrap().unwrap().unescape_value().unwrap().into_owned();
                cases.push(name.clone());
                case = name;
            }
            Event::Start(e) if e.name().as_ref() == b"failure" => {
                let msg = e.try_get_attribute("message").unwrap().unwrap().unescape_value().unwrap().into_owned();
                failures.push((case.clone(), msg));
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    assert!(cases.contains(&"VENC-CHDESC".to_string()) && cases.contains(&"MPI-JPEGE".to_string()), "{cases:?}");
    assert_eq!(cases.iter().filter(|c| *c == "VENC-CHDESC").count(), 1, "one case per family");
    assert_eq!(failures.len(), 4, "{failures:?}");
    assert!(failures.contains(&(
        "VENC-CHDESC".into(),
        "[VENC-CHDESC-WIDTH-RANGE] aclvencSetChannelDescPicWidth: VENC-CHDESC-WIDTH-RANGE <broken> & \"quoted\" (3 times)"
            .into()
    )));
    assert!(failures.iter().any(|(c, m)| c == "leaks" && m == "2 x hi_mpi_venc channel leaked"), "{failures:?}");
}

#[test]
fn the_text_summary_of_a_saved_report_and_its_exit_statuses() {
    let dir = tempfile::tempdir().unwrap();
    let report = sample(dir.path());
    let o = report_cmd(&[report.to_str().unwrap()], dir.path());
    let text = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "{text}");
    assert!(text.starts_with(&format!("==== aclvenc-check summary of {} (pid 4242)", report.display())), "{text}");
    assert!(text.contains("suppressed: 0 findings and 1 leaked object by 1 suppression:"), "{text}");
    let o = report_cmd(&[report.to_str().unwrap(), "--error-exitcode", "3"], dir.path());
    assert_eq!(o.status.code(), Some(3), "error findings");
    std::fs::write(dir.path().join("bad.json"), "{}").unwrap();
    let o = report_cmd(&["bad.json"], dir.path());
    assert_eq!(o.status.code(), Some(125), "{}", String::from_utf8_lossy(&o.stderr));
    let o = report_cmd(&[report.to_str().unwrap(), "--format", "pdf"], dir.path());
    assert_eq!(o.status.code(), Some(2), "usage error");
}
