//! Every row of aclvenc-check's exit-status table (`EXIT_STATUSES` in src/report.rs, shown by `--help`, README.md and
//! docs/aclvenc-check.md) has a test here, run on the real binary with a stand-in shim (an empty file: the loader
//! cannot preload it and runs the application anyway) and a shell script as the application, which writes the
//! report each case needs. Also: a run whose stderr is not a terminal prints no progress line, and one on a
//! terminal (through `script`, when installed) does. Needs nothing built but aclvenc-check.

use std::path::Path;
use std::process::Command;

mod common;

use aclvenc_interface::report::{Finding, Leak, Report, SCHEMA_VERSION};
use aclvenc_interface::Severity;
use common::{check, checker, stderr, FIND_REPORT};

/// The statuses the table promises, in its order, as its first column spells them.
const ROWS: [&str; 8] =
    ["2", "127", "126", "128+SIG", "125", "--error-exitcode N", "--leak-exitcode N", "the app's status"];

/// A script that writes a report with `errors` error findings and `leaks` leaked objects, then exits `status`.
fn writes_report(errors: u64, leaks: u64, status: i32) -> String {
    let mut r = Report { schema_version: SCHEMA_VERSION, ..Report::default() };
    if errors > 0 {
        r.findings.push(Finding {
            rule: "MPI-NULL-PTR".into(),
            severity: Severity::Error,
            function: "hi_mpi_venc_send_frame".into(),
            message: "m".into(),
            count: errors,
            shown: errors,
            thread: "t".into(),
            tid: 1,
            site: String::new(),
            stack: vec![],
        });
    }
    if leaks > 0 {
        r.leaks.push(Leak { kind: "hi_mpi_venc channel".into(), count: leaks, ..Leak::default() });
    }
    format!("printf '%s' '{}' > \"$R\"; exit {status}", serde_json::to_string(&r).unwrap())
}

#[test]
fn status_2_usage_errors_and_bad_suppressions_are_refused_before_the_run() {
    let dir = tempfile::tempdir().unwrap();
    let marker = dir.path().join("ran");
    let script = format!("touch {}", marker.display());
    let supp = dir.path().join("bad.supp");
    std::fs::write(&supp, "# known\nMPI-NULL-PTR\nVENC-NO-SUCH-RULE:aclvencSendFrame\n").unwrap();
    let o = check(dir.path(), &["--suppressions", supp.to_str().unwrap()], &script);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains(&format!("{}:3: \"VENC-NO-SUCH-RULE\" names no rule ID", supp.display())));
    let o = check(dir.path(), &["--rules", "-VENC-NO-SUCH-*"], &script);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let o = check(dir.path(), &["--no-such-flag"], &script);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(!marker.exists(), "the application never ran");
}

#[test]
fn status_127_and_126_when_the_application_cannot_be_found_or_run() {
    let dir = tempfile::tempdir().unwrap();
    let o = checker(dir.path(), &["--", "/nonexistent/app"]).output().unwrap();
    assert_eq!(o.status.code(), Some(127), "{}", stderr(&o));
    let plain = dir.path().join("not-executable");
    std::fs::write(&plain, "#!/bin/sh\n").unwrap();
    let o = checker(dir.path(), &["--", plain.to_str().unwrap()]).output().unwrap();
    assert_eq!(o.status.code(), Some(126), "{}", stderr(&o));
}

#[test]
fn status_128_plus_the_signal_beats_every_other() {
    let dir = tempfile::tempdir().unwrap();
    let script = format!("{}; kill -KILL $$", writes_report(1, 1, 0).trim_end_matches("; exit 0"));
    let o = check(dir.path(), &["--error-exitcode", "9", "--leak-exitcode", "8"], &script);
    assert_eq!(o.status.code(), Some(128 + 9), "{}", stderr(&o));
}

#[test]
fn status_125_when_the_report_cannot_be_read() {
    let dir = tempfile::tempdir().unwrap();
    let o = check(dir.path(), &["--error-exitcode", "9"], "echo garbage > \"$R\"; exit 0");
    assert_eq!(o.status.code(), Some(125), "{}", stderr(&o));
}

#[test]
fn error_then_leak_exitcodes_then_the_applications_own() {
    let dir = tempfile::tempdir().unwrap();
    let codes = ["--error-exitcode", "9", "--leak-exitcode", "8"];
    assert_eq!(check(dir.path(), &codes, &writes_report(1, 1, 3)).status.code(), Some(9), "errors first");
    assert_eq!(check(dir.path(), &codes, &writes_report(0, 1, 3)).status.code(), Some(8), "then leaks");
    assert_eq!(check(dir.path(), &codes, &writes_report(0, 0, 3)).status.code(), Some(3), "else the app's");
    assert_eq!(check(dir.path(), &[], &writes_report(1, 1, 0)).status.code(), Some(0), "no codes asked for");
}

/// The table is one list: `--help`, README.md and docs/aclvenc-check.md show every row this file tests.
#[test]
fn the_table_is_documented_where_users_look() {
    let help = Command::new(env!("CARGO_BIN_EXE_aclvenc-check")).arg("--help").output().unwrap();
    let help = String::from_utf8_lossy(&help.stdout).into_owned();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let doc = std::fs::read_to_string(root.join("docs/aclvenc-check.md")).unwrap();
    for row in ROWS {
        assert!(help.contains(&format!("  {row} ")), "--help lacks {row}: {help}");
        for (name, text) in [("README.md", &readme), ("docs/aclvenc-check.md", &doc)] {
            assert!(text.contains(&format!("| {row} |")), "{name} lacks the row {row}");
        }
    }
}

/// A report snapshot exists while the application sleeps past two progress intervals: with stderr a pipe no
/// progress line is printed; on a terminal (`script` gives the checker one) it is.
#[test]
fn progress_only_on_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let script = writes_report(0, 0, 0).replace("; exit 0", "; sleep 1.5; exit 0");
    let o = check(dir.path(), &[], &script);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(!stderr(&o).contains("[aclvenc-check ") && !stderr(&o).contains('\r'), "{}", stderr(&o));

    if Command::new("script").arg("--version").output().is_err() {
        eprintln!("script(1) is not installed: the terminal half is skipped");
        return;
    }
    let app = dir.path().join("app.sh");
    std::fs::write(&app, format!("{FIND_REPORT} {script}\n")).unwrap();
    let fake_shim = dir.path().join("fake-shim.so");
    let line = format!(
        "{} --shim {} --emu never -- /bin/sh {}",
        env!("CARGO_BIN_EXE_aclvenc-check"),
        fake_shim.display(),
        app.display()
    );
    let mut cmd = Command::new("script");
    for (k, _) in std::env::vars() {
        if k.starts_with("ACLVENC_SHIM_") || k == "LD_PRELOAD" {
            cmd.env_remove(k);
        }
    }
    let o = cmd.args(["-qec", &line, "/dev/null"]).output().unwrap();
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("\r\x1b[2K[aclvenc-check ") && out.contains("| findings 0"), "{out}");
}
