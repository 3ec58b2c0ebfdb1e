//! aclvenc-check running the real C examples (examples/*.c, compiled here with the system C compiler) on the
//! real test clip, on the emulated driver. Needs the workspace built first (`cargo build --workspace`: the shim
//! and the emulated driver next to the aclvenc-check binary), a C compiler, ffmpeg/ffprobe and the clip
//! (`scripts/fetch-test-clip.sh`, cached under target/media).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use aclvenc_interface::report::Report;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

fn check_exe() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_aclvenc-check"))
}

/// target/<profile>: where the binary, the shim and the emulated driver are.
fn out_dir() -> PathBuf {
    check_exe().parent().unwrap().to_path_buf()
}

fn scratch() -> PathBuf {
    let d = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("aclvenc-check-examples");
    std::fs::create_dir_all(&d).unwrap();
    d
}

struct Clip {
    path: PathBuf,
    size: String,
}

fn clip() -> &'static Clip {
    static CLIP: OnceLock<Clip> = OnceLock::new();
    CLIP.get_or_init(|| {
        let out = Command::new("bash").arg(repo().join("scripts/fetch-test-clip.sh")).output().unwrap();
        assert!(out.status.success(), "fetch-test-clip.sh failed: {}", String::from_utf8_lossy(&out.stderr));
        let line = String::from_utf8(out.stdout).unwrap();
        let f: Vec<&str> = line.split_whitespace().collect();
        Clip { path: PathBuf::from(f[0]), size: format!("{}x{}", f[1], f[2]) }
    })
}

/// Compiles examples/<name>.c against the vendor headers and the emulated driver (-Wall -Wextra -Werror).
fn example(name: &'static str) -> PathBuf {
    static BUILT: OnceLock<std::sync::Mutex<Vec<&'static str>>> = OnceLock::new();
    let lock = BUILT.get_or_init(Default::default);
    let mut built = lock.lock().unwrap();
    let exe = scratch().join(name);
    if built.contains(&name) {
        return exe;
    }
    for lib in ["libaclvenc_shim.so", "libascendcl.so", "libacl_dvpp.so", "libacl_dvpp_mpi.so"] {
        assert!(
            out_dir().join(lib).is_file(),
            "{lib} is not in {}: run `cargo build --workspace` first",
            out_dir().display()
        );
    }
    let r = repo();
    let out = Command::new(std::env::var("CC").unwrap_or_else(|_| "cc".into()))
        .args(["-std=c11", "-Wall", "-Wextra", "-Werror", "-g"])
        .arg(format!("-I{}", r.join("include/vendor").display()))
        .arg(format!("-I{}", r.join("examples").display()))
        .arg(r.join(format!("examples/{name}.c")))
        .arg("-o")
        .arg(&exe)
        .arg(format!("-L{}", out_dir().display()))
        .args(["-lascendcl", "-lacl_dvpp", "-lacl_dvpp_mpi", "-lpthread"])
        .output()
        .unwrap();
    assert!(out.status.success(), "compiling {name}: {}", String::from_utf8_lossy(&out.stderr));
    built.push(name);
    exe
}

/// Runs aclvenc-check with `args` in a clean environment (no shim or vendor settings inherited).
fn check(args: &[&str]) -> Output {
    let mut cmd = Command::new(check_exe());
    for var in ["LD_PRELOAD", "LD_LIBRARY_PATH", "ASCEND_HOME_PATH", "ASCEND_TOOLKIT_HOME"] {
        cmd.env_remove(var);
    }
    for (k, _) in std::env::vars() {
        if k.starts_with("ACLVENC_SHIM_") || k.starts_with("ACLVENC_EMU_") {
            cmd.env_remove(k);
        }
    }
    cmd.env("ACLVENC_SHIM_BANNER", "0").args(args).output().unwrap()
}

/// Runs `app` on the test clip under aclvenc-check: `aclvenc-check <checker> -- <app> --input <clip> --size <WxH>
/// <app_args>`.
fn check_on_clip(checker: &[&str], app: &Path, app_args: &[&str]) -> Output {
    let c = clip();
    let clip_args = ["--", app.to_str().unwrap(), "--input", c.path.to_str().unwrap(), "--size", &c.size];
    check(&[checker, &clip_args, app_args].concat())
}

fn text(o: &Output) -> String {
    format!("stdout:\n{}\nstderr:\n{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

/// The shim's report, read with the types aclvenc-check reads it with (so its schema is checked too).
fn report(path: &Path) -> Report {
    Report::from_json(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn decoded_frames(path: &Path) -> u64 {
    let out = Command::new("ffprobe")
        .args(["-v", "error", "-count_frames", "-select_streams", "v:0"])
        .args(["-show_entries", "stream=nb_read_frames", "-of", "csv=p=0"])
        .arg(path)
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).trim().parse().unwrap_or(0)
}

#[test]
fn venc_file_runs_clean_on_the_emulated_driver() {
    let app = example("venc_file");
    let d = scratch();
    let (stream, rep, page) = (d.join("venc_file.h264"), d.join("venc_file.json"), d.join("venc_file.html"));
    let html = ["--html", page.to_str().unwrap()];
    let o = check_on_clip(
        &[&["--report", rep.to_str().unwrap(), "--error-exitcode", "1", "--leak-exitcode", "1"][..], &html].concat(),
        &app,
        &["--codec", "h264", "--frames", "20", "--output", stream.to_str().unwrap()],
    );
    let t = text(&o);
    assert_eq!(o.status.code(), Some(0), "{t}");
    assert!(t.contains("running on the emulated driver in"), "{t}");
    assert!(t.contains("==== 0 findings, 0 leaked objects"), "{t}");
    // The channel table's row: `v1 0x... H264  20  20 ...` (sent, outputs).
    let row = t.lines().find(|l| l.starts_with("    v1 0x") && l.contains(" H264 ")).unwrap_or_else(|| panic!("{t}"));
    assert_eq!(row.split_whitespace().skip(3).take(2).collect::<Vec<_>>(), ["20", "20"], "{row}");
    let r = report(&rep);
    // The HTML page of the run: a section per channel, a plot set per channel with figures.
    let page = std::fs::read_to_string(&page).unwrap();
    assert!(page.contains("<section class=\"channel\" id=\"channel-0\"><h3>v1 0x"), "{page}");
    let with_figures = r.channels.iter().filter(|c| c.figures.is_some()).count();
    assert_eq!(page.matches("class=\"plot plot-latency\"").count(), with_figures, "{page}");
    assert!(r.findings.is_empty() && r.leaks.is_empty(), "{r:?}");
    assert_eq!(r.calls["aclvencSendFrame"], 21, "20 pictures and the EOS: {r:?}");
    let wrap = r.settings.iter().find(|s| s.name == "ACLVENC_SHIM_WRAP_CALLBACKS").unwrap();
    assert_eq!(wrap.value.as_deref(), Some("1"), "aclvenc-check turns callback wrapping on: {r:?}");
    assert_eq!(decoded_frames(&stream), 20);
}

#[test]
fn venc_mistakes_are_named_by_rule_id_and_leaks_set_the_exit_status() {
    let app = example("venc_mistakes");
    let rep = scratch().join("venc_mistakes.json");
    let o = check_on_clip(&["--report", rep.to_str().unwrap(), "--leak-exitcode", "23"], &app, &["--wait-ms", "300"]);
    let t = text(&o);
    assert_eq!(o.status.code(), Some(23), "{t}");
    let r = report(&rep);
    let expected: BTreeSet<String> = [
        "MPI-DESTROY-UNRELEASED",
        "VENC-CHDESC-WIDTH-RANGE",
        "VENC-SEND-AFTER-EOS",
        "VENC-CHDESC-THREADID-MISSING",
        "VENC-CHDESC-THREADID-NOT-PUMPING",
        // The desc with the bad width: the driver refuses its channel.
        "DRIVER-ERROR",
        // The never-destroyed V2 channel still exists at hi_mpi_sys_exit.
        "MPI-SYS-EXIT-ORDER",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    assert_eq!(r.findings.iter().map(|f| f.rule.clone()).collect::<BTreeSet<_>>(), expected, "{t}");
    let kinds: BTreeSet<&str> = r.leaks.iter().map(|l| l.kind.as_str()).collect();
    assert_eq!(kinds, ["hi_mpi_venc channel"].into(), "{t}");
    for rule in &expected {
        assert!(t.contains(&format!("x {rule} [")), "{rule} missing from the summary:\n{t}");
    }
    assert!(t.contains("channel_not_destroyed"), "the leak's creation site names the function:\n{t}");
}

#[test]
fn error_exitcode_wins_over_the_app_status() {
    let app = example("venc_mistakes");
    let o = check_on_clip(&["--error-exitcode", "9"], &app, &["--only", "invalid-width"]);
    let t = text(&o);
    assert_eq!(o.status.code(), Some(9), "{t}");
    assert!(t.contains("1x VENC-CHDESC-WIDTH-RANGE [error]"), "{t}");
    assert!(t.contains("1x DRIVER-ERROR [warning]"), "the driver refuses the channel: {t}");
    assert!(t.contains("==== 2 findings, 0 leaked objects"), "{t}");
}

#[test]
fn a_killed_app_still_gets_its_summary_from_the_last_snapshot() {
    let app = example("venc_file");
    let d = scratch();
    let c = clip();
    let mut cmd = Command::new(check_exe());
    cmd.env_remove("LD_PRELOAD").env_remove("ASCEND_HOME_PATH").env_remove("ASCEND_TOOLKIT_HOME");
    cmd.env("ACLVENC_SHIM_BANNER", "0")
        .args(["--report-interval-ms", "100"])
        .arg("--report")
        .arg(d.join("killed.json"))
        .arg("--")
        .arg(&app)
        .args(["--input", c.path.to_str().unwrap(), "--size", &c.size, "--output"])
        .arg(d.join("killed.h265"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let rep = d.join("killed.json");
    let _ = std::fs::remove_file(&rep);
    let child = cmd.spawn().unwrap();
    // Let it encode until the shim has written a snapshot that has the channel's creation (the whole clip takes
    // far longer; a snapshot can take a second in a debug build), then ask the checker to stop: it passes SIGTERM on
    // to the application.
    let start = Instant::now();
    let created = || {
        let text = std::fs::read_to_string(&rep).unwrap_or_default();
        Report::from_json(&text).is_ok_and(|r| r.calls.contains_key("aclvencCreateChannel"))
    };
    while !created() && start.elapsed() < Duration::from_secs(120) {
        std::thread::sleep(Duration::from_millis(50));
    }
    // SAFETY: kill(2) on the pid of a child we spawned and have not reaped.
    assert_eq!(unsafe { libc::kill(child.id() as i32, libc::SIGTERM) }, 0);
    let o = child.wait_with_output().unwrap();
    let t = text(&o);
    assert_eq!(o.status.code(), Some(128 + libc::SIGTERM), "{t}");
    assert!(t.contains("was killed by SIGTERM (status 143)"), "{t}");
    assert!(t.contains("last report snapshot"), "{t}");
    assert!(t.contains("aclvencCreateChannel"), "the snapshot has the calls made before the kill:\n{t}");
}

#[test]
fn print_settings_names_each_source() {
    let o = Command::new(check_exe())
        .env("ACLVENC_SHIM_LOG", "info")
        .env_remove("ACLVENC_SHIM_MODE")
        .args(["--print-settings", "--soc", "Ascend310"])
        .output()
        .unwrap();
    let t = String::from_utf8_lossy(&o.stdout).to_string();
    assert!(o.status.success(), "{t}");
    let line = |needle: &str| t.lines().find(|l| l.contains(needle)).unwrap_or_default().to_string();
    assert!(line("ACLVENC_SHIM_SOC").ends_with("flag --soc"), "{t}");
    assert!(line("ACLVENC_SHIM_LOG").ends_with("env ACLVENC_SHIM_LOG"), "{t}");
    assert!(line("ACLVENC_SHIM_MODE").ends_with("default"), "{t}");
    assert!(line("--shim").contains("libaclvenc_shim.so"), "{t}");
}

#[test]
fn a_missing_app_is_status_127() {
    let o = check(&["--", "/nonexistent/venc-app"]);
    assert_eq!(o.status.code(), Some(127), "{}", text(&o));
}

fn sarif_validator() -> jsonschema::Validator {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/sarif-schema-2.1.0.json");
    let schema: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    jsonschema::options().should_validate_formats(true).build(&schema).unwrap()
}

/// Issue 10's closing-note run: venc_mistakes with a suppressions file of three entries: one that matches (its
/// rule's findings leave the report, the summary counts them under the entry) and two that do not (a wrong
/// function, a leak site no frame has: their findings and leaks stay). With --gen-suppressions, --sarif and
/// --junit. Prints the summary and the SARIF result of one finding (`--nocapture` shows them).
#[test]
fn suppressions_that_match_and_that_do_not_and_the_ci_files_of_a_real_run() {
    let app = example("venc_mistakes");
    let d = scratch();
    let supp = d.join("venc_mistakes.supp");
    std::fs::write(
        &supp,
        "# known and accepted\nVENC-SEND-AFTER-EOS:aclvencSendFrame\n\
         # these two match nothing here\nVENC-CHDESC-WIDTH-RANGE:aclvencSendFrame\nleak:hi_mpi_venc channel:*no_such_function*\n",
    )
    .unwrap();
    let (rep, sarif, junit) = (d.join("supp.json"), d.join("supp.sarif"), d.join("supp.xml"));
    let o = check_on_clip(
        &[
            "--report",
            rep.to_str().unwrap(),
            "--suppressions",
            supp.to_str().unwrap(),
            "--gen-suppressions",
            "--sarif",
            sarif.to_str().unwrap(),
            "--junit",
            junit.to_str().unwrap(),
        ],
        &app,
        &["--wait-ms", "300"],
    );
    let t = text(&o);
    let r = report(&rep);
    let rules: BTreeSet<&str> = r.findings.iter().map(|f| f.rule.as_str()).collect();
    assert!(!rules.contains("VENC-SEND-AFTER-EOS"), "the matching entry suppresses it: {t}");
    assert!(rules.contains("VENC-CHDESC-WIDTH-RANGE"), "an entry for another function does not: {t}");
    assert!(r.leaks.iter().any(|l| l.kind == "hi_mpi_venc channel"), "nor a leak entry for another site: {t}");
    let used: Vec<(u64, u64)> = r.suppressions.iter().map(|s| (s.findings, s.leaks)).collect();
    assert!(used[0].0 >= 1 && used[1] == (0, 0) && used[2] == (0, 0), "{used:?}");
    assert!(t.contains("suppressed: ") && t.contains("x VENC-SEND-AFTER-EOS:aclvencSendFrame  ("), "{t}");
    assert!(!t.contains("[VENC-SEND-AFTER-EOS]"), "a suppressed finding is not printed: {t}");
    // --gen-suppressions: a ready entry under each printed finding, which parses and matches it.
    let entry = t.lines().find_map(|l| l.split_once("suppression: VENC-CHDESC-WIDTH-RANGE:").map(|(_, e)| e));
    let entry = format!("VENC-CHDESC-WIDTH-RANGE:{}", entry.expect("an entry under the finding"));
    let parsed = aclvenc_interface::filter::parse_suppressions(&entry, Path::new("gen")).unwrap();
    let width = r.findings.iter().find(|f| f.rule == "VENC-CHDESC-WIDTH-RANGE").unwrap();
    assert!(parsed[0].matches_finding(&width.rule, &width.function, &width.stack), "{entry}");
    // One summary: the shim's own exit-time leak report is silenced under aclvenc-check.
    assert!(!t.contains("objects live at exit"), "{t}");
    assert!(width.thread.contains("(tid ") && !width.thread.contains("ThreadId"), "{}", width.thread);

    let log: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&sarif).unwrap()).unwrap();
    let v = sarif_validator();
    let errors: Vec<String> = v.iter_errors(&log).map(|e| format!("{e} at {}", e.instance_path())).collect();
    assert!(errors.is_empty(), "{errors:?}");
    let results = log["runs"][0]["results"].as_array().unwrap();
    let result = results.iter().find(|r| r["ruleId"] == "VENC-CHDESC-WIDTH-RANGE").unwrap();
    let uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].as_str().unwrap_or_default();
    assert!(uri.ends_with("venc_mistakes.c"), "the call site is the source line: {result}");
    let xml = std::fs::read_to_string(&junit).unwrap();
    assert!(xml.contains("<testcase classname=\"aclvenc-shim\" name=\"VENC-CHDESC\">"), "{xml}");
    let summary = String::from_utf8_lossy(&o.stderr);
    let summary = &summary[summary.find("==== aclvenc-check summary").unwrap_or(0)..];
    println!("{summary}\n{}", serde_json::to_string_pretty(result).unwrap());
}

/// A family filter: with `--rules=-VENC-CHDESC-*` the bad width is neither printed nor counted (the driver still
/// refuses the channel: DRIVER-ERROR stays), and the report counts it as filtered.
#[test]
fn a_family_filter_leaves_the_family_out() {
    let app = example("venc_mistakes");
    let rep = scratch().join("family.json");
    let o = check_on_clip(
        &["--report", rep.to_str().unwrap(), "--rules=-VENC-CHDESC-*", "--error-exitcode", "9"],
        &app,
        &["--only", "invalid-width"],
    );
    let t = text(&o);
    let r = report(&rep);
    let rules: Vec<&str> = r.findings.iter().map(|f| f.rule.as_str()).collect();
    assert_eq!(rules, ["DRIVER-ERROR"], "{t}");
    assert_eq!(r.filtered, 1, "{t}");
    assert_eq!(o.status.code(), Some(0), "no error finding counts: {t}");
    assert!(!t.contains("[VENC-CHDESC-WIDTH-RANGE]") && !t.contains("x VENC-CHDESC-WIDTH-RANGE ["), "{t}");
    assert!(t.contains("filtered: 1 finding of disabled rules"), "{t}");
}

/// `--log-file` with `%p` and two processes at once: each writes its own file, named with its pid, whose lines
/// all start with that pid; nothing of it reaches stderr.
#[test]
fn percent_p_gives_two_processes_two_log_files() {
    let app = example("venc_mistakes");
    let dir = scratch().join("logs");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let log = dir.join("shim.%p.log");
    let runs: Vec<_> = (0..2)
        .map(|_| {
            let (log, app) = (log.clone(), app.clone());
            std::thread::spawn(move || {
                check_on_clip(&["--log-file", log.to_str().unwrap()], &app, &["--only", "invalid-width"])
            })
        })
        .collect();
    let outputs: Vec<Output> = runs.into_iter().map(|r| r.join().unwrap()).collect();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    assert_eq!(files.len(), 2, "{files:?}");
    for f in &files {
        let name = f.file_name().unwrap().to_str().unwrap();
        let pid = name.strip_prefix("shim.").and_then(|n| n.strip_suffix(".log")).unwrap();
        let text = std::fs::read_to_string(f).unwrap();
        let head = format!("=={pid}== [VENC-CHDESC-WIDTH-RANGE] error: aclvencSetChannelDescPicWidth: ");
        assert!(text.contains(&head), "{name}: {text}");
        assert!(text.lines().all(|l| l.starts_with(&format!("=={pid}== "))), "{name}: {text}");
        assert!(text.contains(&format!("=={pid}==    at ")), "the call site follows: {text}");
    }
    for o in &outputs {
        assert!(!text(o).contains("] error: aclvencSetChannelDescPicWidth"), "{}", text(o));
    }
}
