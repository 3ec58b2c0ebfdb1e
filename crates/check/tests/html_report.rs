//! The HTML report, made by the real binary: `--html PATH` after a run (`%p` is the application's pid), and
//! `aclvenc-check report FILE.json --html PATH` / `--format html`; then the page in a real browser. Headless
//! Chromium (`/usr/bin/chromium`, Debian's `chromium` package, which `.ci/run` installs; `ACLVENC_TEST_CHROMIUM`
//! names another) loads it from a `file://` URL: the page's own script ran under its Content-Security-Policy
//! (it marks `<html data-ready="1">`), the console has no message at all (no script error, no refused load or
//! inline code), the DOM has a plot set per channel with figures, and the report's markup-laden strings are text,
//! not elements. Two tampered copies show the checks can fail: a script error is seen, and a script injected into
//! the page is refused by its policy. A screenshot is kept in `target/tmp/html-report/report.png` (with the page
//! beside it) for people to look at. Without Chromium the browser test fails; it never skips. Needs nothing built
//! but aclvenc-check.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

mod common;

use aclvenc_interface::report::{
    Bucket, Channel, Drivers, Figures, Finding, Frame, Latency, Leak, RateTarget, Report, Second, SuppressionUse,
    SCHEMA_VERSION,
};
use aclvenc_interface::Severity;
use common::{check, stderr};

/// A message with markup in it: the page must show it as text.
const HOSTILE: &str =
    "<script>document.documentElement.setAttribute('data-pwned','1')</script> & \"quoted\" <img src=x>";

/// A small deterministic generator, so the plots have some texture and every run draws the same page.
struct Lcg(u64);

impl Lcg {
    /// A number in [0, 1).
    fn next(&mut self) -> f64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        // The top 53 bits: exact in an f64.
        #[allow(clippy::cast_precision_loss)]
        let v = (self.0 >> 11) as f64 / (1u64 << 53) as f64;
        v
    }
}

/// One channel's figures over `secs` seconds at 25 fps: about `kbps` and `lat_ms` of latency, no output in the
/// seconds of `gap` (a stall).
fn figures(
    seed: u64,
    secs: u32,
    kbps: f64,
    lat_ms: f64,
    target: Option<RateTarget>,
    gap: Option<(u32, u32)>,
) -> Figures {
    let mut rng = Lcg(seed);
    let seconds: Vec<Second> = (0..secs)
        .map(|s| {
            if gap.is_some_and(|(from, to)| (from..to).contains(&s)) {
                return Second::default();
            }
            let mean = lat_ms * (0.9 + 0.3 * rng.next());
            Second {
                outputs: 25,
                kbits: kbps * (0.85 + 0.3 * rng.next()),
                latency_mean_ms: mean,
                latency_max_ms: mean * (1.3 + rng.next()),
            }
        })
        .collect();
    let outputs = 25 * u64::from(secs - gap.map_or(0, |(from, to)| to - from));
    let histogram = [(1.0, 0.01), (2.0, 0.04), (4.0, 0.15), (8.0, 0.4), (16.0, 0.3), (32.0, 0.08), (64.0, 0.02)];
    Figures {
        failed: 0,
        dropped: 0,
        pending: 2,
        latency: Some(Latency {
            count: outputs,
            mean_ms: lat_ms * 1.05,
            p50_ms: lat_ms,
            p95_ms: lat_ms * 1.6,
            p99_ms: lat_ms * 2.1,
            max_ms: lat_ms * 3.0,
        }),
        latency_histogram: histogram
            .iter()
            .map(|&(le, share)| {
                // A share of a few thousand outputs.
                #[allow(clippy::cast_precision_loss, clippy::cast_possible_truncation, clippy::cast_sign_loss)]
                let count = (outputs as f64 * share) as u64;
                Bucket { le_ms: le * lat_ms / 8.0, count }
            })
            .collect(),
        duration_s: f64::from(secs),
        output_fps: 24.98,
        kbps: kbps * 1.004,
        // The shim gives the stream's rate when the channel asked for a frame rate.
        stream_kbps: target.as_ref().and_then(|t| t.fps).map(|_| kbps * 0.998),
        target,
        seconds,
        stalls: u64::from(gap.is_some()),
        longest_gap_ms: gap.map_or(90.0, |(from, to)| f64::from(to - from) * 1000.0),
    }
}

fn channel(api: &str, id: &str, codec: &str, figures: Option<Figures>) -> Channel {
    let outputs = figures.as_ref().map_or(1500, |f| f.seconds.iter().map(|s| u64::from(s.outputs)).sum());
    Channel {
        api: api.into(),
        id: id.into(),
        codec: codec.into(),
        frames_sent: outputs + 2,
        outputs,
        // A whole number of bytes of the kbit the seconds hold.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        bytes: figures.as_ref().map_or(7_500_000, |f| (f.seconds.iter().map(|s| s.kbits).sum::<f64>() * 125.0) as u64),
        channels: 1,
        figures,
    }
}

fn frame(function: &str, file: &str, line: u32) -> Frame {
    Frame { function: function.into(), file: Some(file.into()), line: Some(line) }
}

/// A report with four channels with figures (CBR, VBR with a stall, JPEG without a target, FIXQP) and a folded
/// one without; findings (one with markup in its message), a leak and a suppression.
fn sample() -> Report {
    let mut folded = channel("v2", "chn 4", "H264", None);
    folded.channels = 40;
    let cbr = RateTarget { mode: "CBR".into(), kbps: Some(1000), fps: Some(25) };
    let vbr = RateTarget { mode: "VBR".into(), kbps: Some(2400), fps: Some(25) };
    let fixqp = RateTarget { mode: "FIXQP".into(), kbps: None, fps: Some(25) };
    Report {
        schema_version: SCHEMA_VERSION,
        shim_version: "0.1.0".into(),
        pid: 4242,
        soc: "Ascend310P3".into(),
        driver: Drivers {
            v1: "/opt/aclvenc/lib/aclvenc-emu/runtime/lib64/libacl_dvpp.so (ASCEND_HOME_PATH)".into(),
            v2: "/opt/aclvenc/lib/aclvenc-emu/runtime/lib64/libacl_dvpp_mpi.so (ASCEND_HOME_PATH)".into(),
            runtime: "/opt/aclvenc/lib/aclvenc-emu/runtime/lib64/libascendcl.so (ASCEND_HOME_PATH)".into(),
        },
        calls: [("hi_mpi_venc_send_frame", 6000), ("hi_mpi_venc_get_stream", 5990), ("aclvencSendFrame", 1502)]
            .map(|(f, n)| (f.to_string(), n))
            .into(),
        findings: vec![
            Finding {
                rule: "STREAM-STALL".into(),
                severity: Severity::Warning,
                function: "hi_mpi_venc_get_stream".into(),
                message: format!("chn 1: no output for 4000 ms with 100 frames in flight {HOSTILE}"),
                count: 1,
                shown: 1,
                thread: "\"encoder\" (tid 4250)".into(),
                tid: 4250,
                site: "pump (app.c:88) <- main (app.c:140)".into(),
                stack: vec![frame("pump", "/src/app.c", 88), frame("main", "/src/app.c", 140)],
            },
            Finding {
                rule: "VENC-SEND-AFTER-EOS".into(),
                severity: Severity::Error,
                function: "aclvencSendFrame".into(),
                message: "a picture sent after the end-of-stream frame; the encoder drops it".into(),
                count: 12,
                shown: 5,
                thread: "\"app\" (tid 4242)".into(),
                tid: 4242,
                site: "main (app.c:150)".into(),
                stack: vec![frame("main", "/src/app.c", 150)],
            },
        ],
        leaks: vec![Leak {
            kind: "hi_venc_stream".into(),
            count: 2,
            handles: vec!["chn 0 seq 1499".into(), "chn 1 seq 1420".into()],
            thread: "\"encoder\" (tid 4250)".into(),
            tid: 4250,
            site: "hi_mpi_venc_get_stream <- pump (app.c:80)".into(),
            stack: vec![frame("pump", "/src/app.c", 80)],
            bytes: 81_920,
        }],
        channels: vec![
            channel("v2", "chn 0", "H264", Some(figures(1, 60, 1000.0, 11.0, Some(cbr), None))),
            channel("v2", "chn 1", "H265", Some(figures(2, 60, 2200.0, 16.0, Some(vbr), Some((20, 24))))),
            channel("v1", "0x55d0c0a0b2c0", "JPEG", Some(figures(3, 45, 8000.0, 4.0, None, None))),
            channel("v2", "chn 3", "H264", Some(figures(4, 60, 600.0, 30.0, Some(fixqp), None))),
            folded,
        ],
        suppressions: vec![SuppressionUse {
            entry: "VENC-CHDESC-PICFORMAT-MISSING".into(),
            place: "/src/known.supp:2".into(),
            findings: 3,
            leaks: 0,
        }],
        ..Report::default()
    }
}

fn write_sample(dir: &Path) -> PathBuf {
    let path = dir.join("r.json");
    std::fs::write(&path, serde_json::to_string_pretty(&sample()).unwrap()).unwrap();
    path
}

fn report_cmd(args: &[&str], cwd: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_aclvenc-check")).arg("report").args(args).current_dir(cwd).output().unwrap()
}

/// The part of `text` from `start` to the next `end`.
fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text.find(start).unwrap_or_else(|| panic!("{start} missing"));
    let to = text[from..].find(end).map_or(text.len(), |e| from + e);
    &text[from..to]
}

/// `--html` after a run: written from the report, at the path with `%p` made the application's pid, about the
/// application and how it ended; the summary has the channel table.
#[test]
fn html_after_a_run_goes_to_its_path_with_the_pid() {
    let dir = tempfile::tempdir().unwrap();
    let json = serde_json::to_string(&sample()).unwrap();
    let pattern = dir.path().join("page.%p.html");
    let script = format!("printf '%s' '{json}' > \"$R\"; echo $$ > {}; exit 3", dir.path().join("pid").display());
    let o = check(dir.path(), &["--html", pattern.to_str().unwrap()], &script);
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    let pid = std::fs::read_to_string(dir.path().join("pid")).unwrap();
    let page = std::fs::read_to_string(dir.path().join(format!("page.{}.html", pid.trim()))).unwrap();
    assert!(page.contains("<p class=\"about\">/bin/sh exited with status 3</p>"), "{page}");
    assert_eq!(page.matches("class=\"plot plot-latency\"").count(), 4);
    let summary = stderr(&o);
    assert!(
        summary.contains("\n    v2 chn 0 H264                1502  1500   7.54 MB        0/2  11.0 17.6"),
        "{summary}"
    );
    assert!(summary.contains("   998 / 1000 CBR\n"), "the stream's rate against the target: {summary}");

    // A directory that does not exist: named as an error, the run's status stays.
    let o = check(dir.path(), &["--html", "/nonexistent/dir/page.html"], &script);
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    assert!(stderr(&o).contains("aclvenc-check: error: cannot write /nonexistent/dir/page.html"), "{}", stderr(&o));
}

/// `report FILE.json --html PATH` writes the page and still prints the summary; `--format html` prints the same
/// page.
#[test]
fn report_html_and_format_html_make_the_same_page() {
    let dir = tempfile::tempdir().unwrap();
    let report = write_sample(dir.path());
    let o = report_cmd(&[report.to_str().unwrap(), "--html", "page.html"], dir.path());
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stdout).starts_with("==== aclvenc-check summary of"));
    let page = std::fs::read_to_string(dir.path().join("page.html")).unwrap();
    let o = report_cmd(&[report.to_str().unwrap(), "--format", "html"], dir.path());
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(String::from_utf8(o.stdout).unwrap(), page);
    assert!(page.contains(&format!("<p class=\"about\">saved report {} (pid 4242)</p>", report.display())));
    let o = report_cmd(&[report.to_str().unwrap(), "--html", "/nonexistent/dir/page.html"], dir.path());
    assert_eq!(o.status.code(), Some(2), "an output that cannot be written");
}

/// Headless Chromium, or a failure that says how to get it.
fn chromium() -> PathBuf {
    let path = PathBuf::from(std::env::var_os("ACLVENC_TEST_CHROMIUM").unwrap_or_else(|| "/usr/bin/chromium".into()));
    assert!(
        path.is_file(),
        "{} not found: this test needs headless Chromium. Install Debian's chromium package (apt-get install \
         chromium; .ci/run does), or name a Chromium binary in ACLVENC_TEST_CHROMIUM",
        path.display()
    );
    path
}

/// What one headless Chromium run printed.
struct Browser {
    stdout: String,
    stderr: String,
}

impl Browser {
    /// The console messages the page made (Chromium logs each as `...:CONSOLE:<line>] "<message>", source: ...`).
    fn console(&self) -> Vec<&str> {
        self.stderr.lines().filter(|l| l.contains(":CONSOLE")).collect()
    }
}

/// Loads `page` (a file) in headless Chromium with `args` (`--dump-dom`, `--screenshot=...`), started as the
/// machine notes say: no sandbox (root), no GPU, no network of its own, a fresh profile. Fails after 2 minutes.
fn load(page: &Path, args: &[&str]) -> Browser {
    let profile = tempfile::tempdir().unwrap();
    let (out, err) = (profile.path().join("stdout"), profile.path().join("stderr"));
    let mut child = Command::new(chromium())
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"])
        .args(["--disable-background-networking", "--disable-component-update", "--disable-sync"])
        .arg(format!("--user-data-dir={}", profile.path().join("profile").display()))
        .args(["--enable-logging=stderr", "--v=0", "--hide-scrollbars"])
        .args(args)
        .arg(format!("file://{}", page.canonicalize().unwrap().display()))
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&out).unwrap())
        .stderr(std::fs::File::create(&err).unwrap())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(120);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium did not finish in 2 minutes: {}", std::fs::read_to_string(&err).unwrap_or_default());
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let b = Browser {
        stdout: std::fs::read_to_string(&out).unwrap(),
        stderr: String::from_utf8_lossy(&std::fs::read(&err).unwrap()).into_owned(),
    };
    assert!(status.success(), "chromium failed ({status}): {}", b.stderr);
    b
}

/// Where the page and its screenshot are kept for people to look at: target/tmp/html-report.
fn kept() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("html-report");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The width and height in a PNG's header.
fn png_size(png: &[u8]) -> (u32, u32) {
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n") && &png[12..16] == b"IHDR", "not a PNG");
    let be = |at: usize| u32::from_be_bytes(png[at..at + 4].try_into().unwrap());
    (be(16), be(20))
}

#[test]
fn the_page_loads_in_headless_chromium_with_its_plots_and_no_console_message() {
    let dir = kept();
    let report = write_sample(&dir);
    let page = dir.join("report.html");
    let o = report_cmd(&[report.to_str().unwrap(), "--html", page.to_str().unwrap()], &dir);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));

    let b = load(&page, &["--dump-dom"]);
    assert_eq!(b.console(), Vec::<&str>::new(), "no script error, refused load or blocked inline code");
    let dom = &b.stdout;
    // The page's script ran (its hash is the one the policy allows) and did its work.
    assert!(dom.contains("<html lang=\"en\" data-ready=\"1\">"), "{dom}");
    assert!(dom.contains("<input type=\"search\" class=\"filter\" placeholder=\"Filter findings\">"), "{dom}");
    assert!(dom.matches("data-sort-dir=\"\"").count() >= 15, "sortable headers: {dom}");
    // One plot set per channel with figures, each an SVG; the folded channel has its note instead.
    for kind in ["latency", "histogram", "bitrate"] {
        assert_eq!(dom.matches(&format!("class=\"plot plot-{kind}\"")).count(), 4, "{kind}");
        for n in 0..4 {
            let fig = between(dom, &format!("id=\"plot-{kind}-{n}\""), "</figure>");
            assert!(fig.contains("<svg") && fig.contains("</svg>") && fig.contains("<polyline"), "{kind} {n}: {fig}");
        }
    }
    assert!(between(dom, "id=\"plot-bitrate-0\"", "</figure>").contains("target 1000 kbit/s CBR"));
    assert!(between(dom, "id=\"channel-4\"", "</section>").contains("40 destroyed channels folded"), "{dom}");
    // The markup in the message is text: the browser's parser made no element of it.
    assert_eq!(dom.matches("<script").count(), 1, "only the page's own script: {dom}");
    assert!(!dom.contains("<img") && !dom.contains("data-pwned=\"1\""), "{dom}");
    assert!(dom.contains("&lt;script&gt;document.documentElement.setAttribute('data-pwned','1')&lt;/script&gt; &amp;"));

    let png = dir.join("report.png");
    let _ = std::fs::remove_file(&png);
    load(&page, &["--window-size=1280,3600", &format!("--screenshot={}", png.display())]);
    let bytes = std::fs::read(&png).unwrap();
    assert_eq!(png_size(&bytes), (1280, 3600));
    assert!(bytes.len() > 100_000, "a page with text and plots, not a blank one: {} bytes", bytes.len());
    println!("screenshot: {}", png.display());
}

/// The browser checks are not a rubber stamp: a script error is seen on the console and leaves the page without
/// its `data-ready` mark; a script injected into the page (as a failure to escape would) is refused by the page's
/// policy, and the page's own script still runs.
#[test]
fn a_script_error_and_an_injected_script_are_caught() {
    let dir = tempfile::tempdir().unwrap();
    let report = write_sample(dir.path());
    let o = report_cmd(&[report.to_str().unwrap(), "--format", "html"], dir.path());
    let page = String::from_utf8(o.stdout).unwrap();

    // The policy removed and the script broken: an uncaught error.
    let policy = between(&page, "<meta http-equiv=\"Content-Security-Policy\"", ">").to_string() + ">";
    let broken = page.replace(&policy, "").replacen("<script>", "<script>no_such_function();", 1);
    let path = dir.path().join("broken.html");
    std::fs::write(&path, broken).unwrap();
    let b = load(&path, &["--dump-dom"]);
    assert!(b.console().iter().any(|l| l.contains("Uncaught ReferenceError: no_such_function")), "{}", b.stderr);
    assert!(!b.stdout.contains("data-ready=\"1\""), "{}", b.stdout);

    // An injected script under the page's policy: refused, reported, and without effect.
    let injected =
        page.replacen("<main>", "<main><script>document.documentElement.setAttribute('data-pwned','1')</script>", 1);
    let path = dir.path().join("injected.html");
    std::fs::write(&path, injected).unwrap();
    let b = load(&path, &["--dump-dom"]);
    assert!(b.console().iter().any(|l| l.contains("violates the following Content Security Policy")), "{}", b.stderr);
    assert!(!b.stdout.contains("data-pwned=\"1\"") && b.stdout.contains("data-ready=\"1\""), "{}", b.stdout);
}
