//! aclvenc-check never passes a run it could not check: a report it cannot read after the run is its own exit
//! status (125), and a report path the shim could not write to is refused before the application starts (2).
//! Runs the real binary with a stand-in shim (an empty file: the loader says it cannot preload it and runs the
//! application anyway) and a shell script as the application, which puts at the report path what each test needs.
//! Needs nothing built but aclvenc-check itself.

use std::path::{Path, PathBuf};

mod common;

use aclvenc_interface::report::{Finding, Frame, Report, SCHEMA_VERSION};
use aclvenc_interface::Severity;
use common::{check, stderr};

/// A report with one error finding, as the shim writes it.
fn report_with_an_error() -> String {
    let finding = Finding {
        rule: "VENC-CHDESC-WIDTH-RANGE".into(),
        severity: Severity::Error,
        function: "aclvencSetChannelDescPicWidth".into(),
        message: "width 5000".into(),
        count: 1,
        shown: 1,
        thread: "\"app\" (tid 1)".into(),
        tid: 1,
        site: "main (app.c:41)".into(),
        stack: vec![Frame { function: "main".into(), file: Some("/src/app.c".into()), line: Some(41) }],
    };
    let r = Report { schema_version: SCHEMA_VERSION, findings: vec![finding], ..Report::default() };
    serde_json::to_string(&r).unwrap()
}

fn report_path(dir: &Path, name: &str) -> (PathBuf, String) {
    let p = dir.join(name);
    let s = p.to_str().unwrap().to_string();
    (p, s)
}

/// Before the fix, each of these exited 0 with "the application made no encoder call" (or read nothing at all).
#[test]
fn a_report_that_cannot_be_read_is_status_125_never_a_pass() {
    let dir = tempfile::tempdir().unwrap();
    let other_schema = format!("{{\"schema_version\": {}}}", SCHEMA_VERSION + 1);
    let cases = [
        ("none.json", "exit 0".to_string(), "no report is at"),
        ("garbage.json", "echo garbage > \"$R\"".into(), "not JSON"),
        ("empty.json", ": > \"$R\"".into(), "not JSON"),
        ("schema.json", format!("printf '%s' '{other_schema}' > \"$R\""), "is not the schema"),
        ("dir.json", "mkdir \"$R\"".into(), "is a directory, not a report file"),
    ];
    for (name, script, why) in cases {
        let (path, arg) = report_path(dir.path(), name);
        let o = check(dir.path(), &["--error-exitcode", "1", "--report", &arg], &script);
        let e = stderr(&o);
        assert_eq!(o.status.code(), Some(125), "{name}: {e}");
        assert!(e.contains("error: cannot read the shim's report") && e.contains(why), "{name}: {e}");
        assert!(e.contains(path.to_str().unwrap()), "{name}: the path is named: {e}");
        assert!(!e.contains("findings: none"), "{name}: no clean summary: {e}");
    }

    // An earlier run's report at a kept path is not this run's.
    let (path, arg) = report_path(dir.path(), "old.json");
    std::fs::write(&path, report_with_an_error()).unwrap();
    let o = check(dir.path(), &["--report", &arg], "exit 0");
    assert_eq!(o.status.code(), Some(125), "{}", stderr(&o));
    assert!(stderr(&o).contains("only an earlier run's report is at"), "{}", stderr(&o));
}

/// The command: `--report /nonexistent/r.json` exited 0 after running the application; now it fails before.
#[test]
fn a_report_path_the_shim_cannot_write_to_is_refused_before_the_run() {
    let dir = tempfile::tempdir().unwrap();
    let marker = dir.path().join("ran");
    let script = format!("touch {}", marker.display());
    let dir_arg = dir.path().to_str().unwrap();
    for (arg, why) in [
        ("/nonexistent/r.json", "directory /nonexistent: No such file or directory"),
        (dir_arg, "is a directory; the shim writes its report only to a regular file"),
    ] {
        let o = check(dir.path(), &["--error-exitcode", "1", "--report", arg], &script);
        let e = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{arg}: {e}");
        assert!(e.contains(&format!("error: report path {arg}")) && e.contains(why), "{arg}: {e}");
        assert!(!marker.exists(), "{arg}: the application was not run");
    }
}

/// A readable report is read, at the path `%p` names in the application, and its findings set the status.
#[test]
fn a_report_at_a_percent_p_path_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let (_, arg) = report_path(dir.path(), "r.%p.json");
    let script = format!("printf '%s' '{}' > \"$R\"", report_with_an_error());
    let o = check(dir.path(), &["--error-exitcode", "7", "--report", &arg], &script);
    let e = stderr(&o);
    assert_eq!(o.status.code(), Some(7), "{e}");
    assert!(e.contains("1x VENC-CHDESC-WIDTH-RANGE [error]") && e.contains("report kept in"), "{e}");
    let kept: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert!(kept.iter().any(|n| n.to_str().is_some_and(|n| n.starts_with("r.") && !n.contains("%p"))), "{kept:?}");
}
