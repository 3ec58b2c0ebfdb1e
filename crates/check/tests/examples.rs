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
    let (stream, rep) = (d.join("venc_file.h264"), d.join("venc_file.json"));
    let o = check_on_clip(
        &["--report", rep.to_str().unwrap(), "--error-exitcode", "1", "--leak-exitcode", "1"],
        &app,
        &["--codec", "h264", "--frames", "20", "--output", stream.to_str().unwrap()],
    );
    let t = text(&o);
    assert_eq!(o.status.code(), Some(0), "{t}");
    assert!(t.contains("running on the emulated driver in"), "{t}");
    assert!(t.contains("==== 0 findings, 0 leaked objects"), "{t}");
    assert!(t.contains("H264: 20 frames sent"), "{t}");
    let r = report(&rep);
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
