//! Reading the shim's JSON report (the `aclvenc_interface::report` types the shim writes it with), the end-of-run
//! summary, and the exit status.

use std::fmt::Write as _;
use std::path::Path;

use aclvenc_interface::filter::suggest;
use aclvenc_interface::path::describe_kind;
use aclvenc_interface::report::{Channel, Figures, Frame, Latency, RateTarget, Report};
use aclvenc_interface::settings::{Key, Source};
use aclvenc_interface::Severity;

/// Findings of one rule across functions: what the summary shows per rule ID.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleTotal {
    pub rule: String,
    pub severity: Severity,
    pub count: u64,
    /// The first finding's function, message, site, thread and frames.
    pub function: String,
    pub message: String,
    pub site: String,
    pub thread: String,
    pub stack: Vec<Frame>,
}

/// Every exit status of `aclvenc-check` (running an application), in the order they are decided: the first that
/// applies is the status. `--help`, README.md and docs/aclvenc-check.md show this table; each row has a test in
/// `tests/exit_status.rs`.
pub const EXIT_STATUSES: &[(&str, &str)] = &[
    (
        "2",
        "usage error, a report path the shim cannot write to (a directory, a device, a directory that does not \
         exist), or a suppressions file that cannot be read or has a bad line: refused before the application runs",
    ),
    ("127", "the application is not found"),
    ("126", "the application cannot be run"),
    ("128+SIG", "a signal SIG killed the application (the summary comes from the shim's last report snapshot)"),
    (
        "125",
        "the shim's report cannot be read after the application exited (none written, not a regular file, not \
         JSON, another schema version): the run was not checked, so it never passes",
    ),
    ("--error-exitcode N", "error findings were reported (suppressed and filtered findings do not count)"),
    ("--leak-exitcode N", "objects leaked (suppressed leaks do not count); also ACLVENC_SHIM_LEAK_EXITCODE"),
    ("the app's status", "otherwise: the application's own exit status"),
];

/// The checker's own exit status when it cannot read the shim's report after the application exited (missing,
/// not a regular file, unreadable, not JSON, another schema version): the run was not checked, so it never passes.
/// 125, below the shell's 126 (cannot execute) and 127 (not found), as `timeout` and `env` use it for their own
/// failures.
pub const REPORT_UNREADABLE: u8 = 125;

/// Reads a report file.
///
/// # Errors
/// A message that starts with `path`: it does not exist or cannot be read, it is not a regular file (a
/// directory, a device), it is not JSON or not a report, or it is a report of another schema version (refused by
/// name, before anything else in it is read).
pub fn load(path: &Path) -> Result<Report, String> {
    let fail = |e: &dyn std::fmt::Display| format!("{}: {e}", path.display());
    let meta = std::fs::metadata(path).map_err(|e| fail(&e))?;
    if !meta.is_file() {
        return Err(format!("{} is {}, not a report file", path.display(), describe_kind(meta.file_type())));
    }
    let text = std::fs::read_to_string(path).map_err(|e| fail(&e))?;
    Report::from_json(&text).map_err(|e| fail(&e))
}

/// Findings summed per rule ID, in the order the rules first appear, keeping the first message of each.
pub fn rule_totals(report: &Report) -> Vec<RuleTotal> {
    let mut out: Vec<RuleTotal> = Vec::new();
    for f in &report.findings {
        match out.iter_mut().find(|t| t.rule == f.rule) {
            Some(t) => t.count += f.count,
            None => out.push(RuleTotal {
                rule: f.rule.clone(),
                severity: f.severity,
                count: f.count,
                function: f.function.clone(),
                message: f.message.clone(),
                site: f.site.clone(),
                thread: f.thread.clone(),
                stack: f.stack.clone(),
            }),
        }
    }
    out
}

/// How the application ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ending {
    /// It exited with this status.
    Exited(i32),
    /// A signal ended it.
    Signaled(i32),
}

impl Ending {
    /// The status a shell would report: the exit status, or 128 + the signal.
    pub fn shell_status(self) -> i32 {
        match self {
            Ending::Exited(code) => code,
            Ending::Signaled(sig) => 128 + sig,
        }
    }
}

/// The checker's exit status: 128+signal if the application was killed; else [`REPORT_UNREADABLE`] if there is no
/// report (`None`: the shim's report could not be read); else `error_exitcode` if there were error findings, else
/// `leak_exitcode` if objects leaked, else the application's own status.
pub fn exit_status(
    ending: Ending,
    report: Option<&Report>,
    error_exitcode: Option<u8>,
    leak_exitcode: Option<u8>,
) -> i32 {
    if let Ending::Signaled(_) = ending {
        return ending.shell_status();
    }
    let Some(r) = report else { return i32::from(REPORT_UNREADABLE) };
    if let Some(code) = error_exitcode.filter(|_| r.error_count() > 0) {
        return i32::from(code);
    }
    if let Some(code) = leak_exitcode.filter(|_| r.leak_count() > 0) {
        return i32::from(code);
    }
    ending.shell_status()
}

/// The name of signal `sig`, such as `SIGKILL`, or `signal 64`.
pub fn signal_name(sig: i32) -> String {
    nix::sys::signal::Signal::try_from(sig).map_or_else(|_| format!("signal {sig}"), |s| s.as_str().to_string())
}

fn plural(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// How the application ended, as the summary says it: `exited with status 3`, `was killed by SIGKILL (status
/// 137)`.
pub fn ended(ending: Ending) -> String {
    match ending {
        Ending::Exited(code) => format!("exited with status {code}"),
        Ending::Signaled(sig) => format!("was killed by {} (status {})", signal_name(sig), ending.shell_status()),
    }
}

/// The end-of-run summary. `report` is `Err` when the shim left no report (why); `stale` says it is the last
/// periodic snapshot of an application that did not exit normally.
pub fn summary(app: &str, ending: Ending, report: Result<&Report, &str>) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "==== aclvenc-check summary: {app} {}", ended(ending));
    let r = match report {
        Ok(r) => r,
        Err(why) => {
            let _ = writeln!(s, "  no report from the shim: {why}");
            return s;
        }
    };
    if let Ending::Signaled(_) = ending {
        let _ = writeln!(s, "  (from the shim's last report snapshot before the application died)");
    }
    body(&mut s, r);
    s
}

/// The summary of a saved report (`aclvenc-check report FILE.json`): as after a run, with the file named instead
/// of how the application ended.
pub fn summary_of_file(file: &Path, r: &Report) -> String {
    let mut s = format!("==== aclvenc-check summary of {} (pid {})\n", file.display(), r.pid);
    body(&mut s, r);
    s
}

/// A channel as the summary and the HTML report name it: `v2 chn 0 H264`, with the number of channels a folded
/// entry stands for.
pub fn channel_name(c: &Channel) -> String {
    let name = format!("{} {} {}", c.api, c.id, c.codec);
    if c.channels > 1 {
        format!("{name} ({} channels)", c.channels)
    } else {
        name
    }
}

/// Milliseconds with as many decimals as they need: `0`, `0.42`, `12.3`, `250`.
pub fn ms(v: f64) -> String {
    if v == 0.0 {
        "0".into()
    } else if v < 1.0 {
        format!("{v:.2}")
    } else if v < 100.0 {
        format!("{v:.1}")
    } else {
        format!("{v:.0}")
    }
}

/// A rate (frames per second, kbit/s) with one decimal below 100 and none above.
pub fn rate(v: f64) -> String {
    if v < 100.0 {
        format!("{v:.1}")
    } else {
        format!("{v:.0}")
    }
}

/// A byte count in SI units: `512 B`, `123.5 kB`, `2.10 MB`.
pub fn bytes(n: u64) -> String {
    // Only for display: the precision lost above 2^52 bytes does not show.
    #[allow(clippy::cast_precision_loss)]
    let v = n as f64;
    if n < 1000 {
        format!("{n} B")
    } else if n < 1_000_000 {
        format!("{:.1} kB", v / 1e3)
    } else if n < 1_000_000_000 {
        format!("{:.2} MB", v / 1e6)
    } else {
        format!("{:.2} GB", v / 1e9)
    }
}

/// A channel's bit rate as it compares with its target: the stream's rate at the asked frame rate when there is
/// one, else the rate over the wall time of the run.
pub fn rate_kbps(f: &Figures) -> f64 {
    f.stream_kbps.unwrap_or(f.kbps)
}

/// The rate a channel was asked for: `1000 CBR`, `FIXQP`, `VBR`.
pub fn target(t: &RateTarget) -> String {
    match t.kbps {
        Some(k) => format!("{k} {}", t.mode),
        None => t.mode.clone(),
    }
}

/// The summary's channel table, one line per channel under a header line, columns padded to their widest cell
/// (the last, `kbit/s`, with trailing blanks the caller trims). `kbit/s` is [`rate_kbps`], then the target. A
/// channel without figures (a folded entry, or `ACLVENC_SHIM_FIGURES=off`) has `-` in the columns the figures fill.
pub fn channel_table(channels: &[Channel]) -> Vec<String> {
    const HEADER: [&str; 12] =
        ["channel", "sent", "out", "bytes", "fail/pend", "p50", "p95", "p99", "max", "fps", "stalls", "kbit/s"];
    // The kbit/s column is `actual / target`: the actual rates are right-aligned among themselves first.
    let kbps: Vec<Option<String>> = channels.iter().map(|c| c.figures.as_ref().map(|f| rate(rate_kbps(f)))).collect();
    let kbps_width = kbps.iter().flatten().map(String::len).max().unwrap_or(0);
    let mut rows: Vec<[String; 12]> = vec![HEADER.map(String::from)];
    for (c, kbps) in channels.iter().zip(kbps) {
        let dash = || "-".to_string();
        let f = c.figures.as_ref();
        let lat = f.and_then(|f| f.latency.as_ref());
        let lat_col = |pick: fn(&Latency) -> f64| lat.map_or_else(dash, |l| ms(pick(l)));
        let kbit = match (kbps, f.and_then(|f| f.target.as_ref())) {
            (Some(k), Some(t)) => format!("{k:>kbps_width$} / {}", target(t)),
            (Some(k), None) => format!("{k:>kbps_width$}"),
            (None, _) => dash(),
        };
        rows.push([
            channel_name(c),
            c.frames_sent.to_string(),
            c.outputs.to_string(),
            bytes(c.bytes),
            f.map_or_else(dash, |f| format!("{}/{}", f.failed, f.pending)),
            lat_col(|l| l.p50_ms),
            lat_col(|l| l.p95_ms),
            lat_col(|l| l.p99_ms),
            lat_col(|l| l.max_ms),
            f.map_or_else(dash, |f| rate(f.output_fps)),
            f.map_or_else(dash, |f| f.stalls.to_string()),
            kbit,
        ]);
    }
    let mut widths = [0usize; 12];
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    rows.iter()
        .map(|row| {
            let mut line = String::new();
            for (i, (cell, w)) in row.iter().zip(widths).enumerate() {
                let pad = " ".repeat(w - cell.chars().count());
                // The name and the kbit/s column are text (left-aligned); the rest are numbers.
                match i {
                    0 | 11 => line.push_str(&format!("{cell}{pad}")),
                    _ => line.push_str(&format!("{pad}{cell}")),
                }
                // The four latency columns are one group, a blank apart.
                line.push_str(match i {
                    5..=7 => " ",
                    11 => "",
                    _ => "  ",
                });
            }
            line
        })
        .collect()
}

/// Everything the summary says about a report.
fn body(s: &mut String, r: &Report) {
    let _ = writeln!(s, "  shim {} mode {} chip {}", r.shim_version, r.mode, r.soc);
    let _ = writeln!(s, "  driver: V1 {}; V2 {}", r.driver.v1, r.driver.v2);

    let total: u64 = r.calls.values().sum();
    let _ = writeln!(
        s,
        "  calls: {} to {}",
        plural(total, "call", "calls"),
        plural(r.calls.len() as u64, "function", "functions")
    );
    let mut calls: Vec<(&String, &u64)> = r.calls.iter().collect();
    calls.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
    for (name, n) in calls {
        let _ = writeln!(s, "    {n:>8}  {name}");
    }

    let chosen = chosen_settings(r);
    if !chosen.is_empty() {
        let _ = writeln!(s, "  settings: {}", chosen.join(", "));
    }

    let totals = rule_totals(r);
    if totals.is_empty() {
        let _ = writeln!(s, "  findings: none");
    } else {
        let _ = writeln!(
            s,
            "  findings: {} ({} error) under {}",
            r.finding_count(),
            r.error_count(),
            plural(totals.len() as u64, "rule", "rules")
        );
        let gen = r.settings.iter().any(|s| s.name == Key::GenSuppressions.env() && s.value.as_deref() == Some("1"));
        for t in &totals {
            let _ = writeln!(s, "    {:>6}x {} [{}] in {}: {}", t.count, t.rule, t.severity, t.function, t.message);
            if !t.site.is_empty() {
                let _ = writeln!(s, "            first at {} on thread {}", t.site, t.thread);
            }
            if gen {
                let _ = writeln!(s, "            suppression: {}", suggest(&t.rule, &t.function, &t.stack));
            }
        }
    }
    let limited = r.limited_count();
    if limited > 0 {
        let limit = r.settings.iter().find(|s| s.name == Key::ErrorLimit.env()).and_then(|s| s.value.clone());
        let _ = writeln!(
            s,
            "  error limit: {} counted but not printed (ACLVENC_SHIM_ERROR_LIMIT={} per rule and call site)",
            plural(limited, "finding", "findings"),
            limit.unwrap_or_default()
        );
    }
    if r.filtered > 0 {
        let _ = writeln!(
            s,
            "  filtered: {} of disabled rules or below the minimum severity, not counted",
            plural(r.filtered, "finding", "findings")
        );
    }
    if !r.suppressions.is_empty() {
        let (findings, leaks) = r.suppressed_count();
        let _ = writeln!(
            s,
            "  suppressed: {} and {} by {}:",
            plural(findings, "finding", "findings"),
            plural(leaks, "leaked object", "leaked objects"),
            plural(r.suppressions.len() as u64, "suppression", "suppressions")
        );
        for u in &r.suppressions {
            let _ = writeln!(
                s,
                "    {:>6}x {}  ({}; {} findings, {} leaks)",
                u.findings + u.leaks,
                u.entry,
                u.place,
                u.findings,
                u.leaks
            );
        }
    }

    if r.leaks.is_empty() {
        let _ = writeln!(s, "  leaks: none");
    } else {
        let _ = writeln!(
            s,
            "  leaks: {} from {}",
            plural(r.leak_count(), "object", "objects"),
            plural(r.leaks.len() as u64, "creation site", "creation sites")
        );
        for l in &r.leaks {
            let _ = writeln!(s, "    {:>6}x {} created by {} at {}", l.count, l.kind, l.thread, l.site);
        }
    }

    if r.channels.is_empty() {
        let _ = writeln!(s, "  channels: none");
    } else {
        let _ = writeln!(s, "  channels: {} (latency from send to output, in ms)", r.channels.len());
        for line in channel_table(&r.channels) {
            let _ = writeln!(s, "    {}", line.trim_end());
        }
    }
    let _ = writeln!(
        s,
        "==== {}, {}",
        plural(r.finding_count(), "finding", "findings"),
        plural(r.leak_count(), "leaked object", "leaked objects")
    );
}

/// The settings someone chose (not left at their default), as `NAME=value`.
pub fn chosen_settings(r: &Report) -> Vec<String> {
    let chosen = r.settings.iter().filter(|s| s.source != Source::Default);
    chosen.map(|s| format!("{}={}", s.name, s.value.as_deref().unwrap_or(""))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use aclvenc_interface::report::SCHEMA_VERSION;

    const SAMPLE: &str = r#"{
      "schema_version": SCHEMA, "shim_version": "0.1.0", "pid": 4242, "mode": "report", "soc": "Ascend310P3",
      "settings": [
        {"name": "ACLVENC_SHIM_MODE", "value": "report", "source": "default"},
        {"name": "ACLVENC_SHIM_WRAP_CALLBACKS", "value": "1", "source": "env"},
        {"name": "ACLVENC_SHIM_TRACE_FILE", "value": null, "source": "default"},
        {"name": "ACLVENC_SHIM_ERROR_LIMIT", "value": "5", "source": "default"},
        {"name": "ACLVENC_SHIM_GEN_SUPPRESSIONS", "value": "1", "source": "env"}
      ],
      "driver": {"v1": "/emu/libacl_dvpp.so (RTLD_NEXT)", "v2": "/emu/libacl_dvpp_mpi.so (RTLD_NEXT)",
                 "runtime": "/emu/libascendcl.so (RTLD_NEXT)"},
      "calls": {"aclvencSendFrame": 300, "aclvencCreateChannel": 1, "hi_mpi_venc_get_stream": 300},
      "findings": [
        {"rule": "VENC-SEND-AFTER-EOS", "severity": "warning", "function": "aclvencSendFrame",
         "message": "a picture after EOS", "count": 2, "shown": 2, "thread": "\"app\" (tid 4242)", "tid": 4242,
         "site": "main (app.c:40)", "stack": [{"function": "main", "file": "/src/app.c", "line": 40}]},
        {"rule": "VENC-CHDESC-WIDTH-RANGE", "severity": "error", "function": "aclvencSetChannelDescPicWidth",
         "message": "width 99 outside [128, 4096]", "count": 1, "shown": 1, "thread": "main", "tid": 4242,
         "site": "main (app.c:12)", "stack": []},
        {"rule": "VENC-SEND-AFTER-EOS", "severity": "warning", "function": "aclvencSendFrame2",
         "message": "second", "count": 9, "shown": 5, "thread": "main", "tid": 4242, "site": "", "stack": []}
      ],
      "leaks": [
        {"kind": "aclvencChannelDesc", "count": 2, "handles": ["0x1", "0x2"], "thread": "\"app\" (tid 4242)",
         "tid": 4242, "site": "aclvencCreateChannelDesc <- main (app.c:12)", "stack": [], "bytes": 0}
      ],
      "channels": [
        {"api": "v2", "id": "chn 0", "codec": "H264", "frames_sent": 300, "outputs": 299, "bytes": 123456, "channels": 1}
      ],
      "suppressions": [
        {"entry": "MPI-NULL-PTR", "place": "/s/a.supp:3", "findings": 4, "leaks": 0},
        {"entry": "leak:*", "place": "/s/a.supp:4", "findings": 0, "leaks": 0}
      ],
      "filtered": 2,
      "future_field": 1
    }"#;

    /// [`SAMPLE`] with the schema version this checker reads.
    fn sample_text() -> String {
        SAMPLE.replace("SCHEMA", &SCHEMA_VERSION.to_string())
    }

    fn sample() -> Report {
        Report::from_json(&sample_text()).unwrap()
    }

    #[test]
    fn findings_are_summed_per_rule_keeping_the_first_message() {
        let r = sample();
        let t = rule_totals(&r);
        assert_eq!(t.len(), 2);
        assert_eq!(
            (t[0].rule.as_str(), t[0].count, t[0].message.as_str()),
            ("VENC-SEND-AFTER-EOS", 11, "a picture after EOS")
        );
        assert_eq!((r.finding_count(), r.error_count(), r.leak_count()), (12, 1, 2));
    }

    #[test]
    fn a_report_of_another_schema_is_refused_by_name() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.json");
        let (ours, other) = (SCHEMA_VERSION, SCHEMA_VERSION + 1);
        std::fs::write(&path, SAMPLE.replace("SCHEMA", &other.to_string())).unwrap();
        let e = load(&path).unwrap_err();
        assert!(
            e.ends_with(&format!(": report schema {other} is not the schema {ours} this aclvenc-check reads")),
            "{e}"
        );
        std::fs::write(&path, sample_text()).unwrap();
        assert_eq!(load(&path), Ok(sample()));
    }

    /// A report that cannot be read is the checker's own failure, whatever the application's status, never a
    /// pass (it was a clean status 0 with "no encoder call" before).
    #[test]
    fn an_unreadable_report_is_the_checkers_own_exit_status() {
        for (app, error, leak) in [(0, Some(1), None), (0, None, None), (5, Some(1), Some(2))] {
            assert_eq!(exit_status(Ending::Exited(app), None, error, leak), 125, "app {app}");
        }
        assert_eq!(i32::from(REPORT_UNREADABLE), 125);
    }

    #[test]
    fn every_way_a_report_cannot_be_read_is_an_error_naming_the_path() {
        let dir = tempfile::tempdir().unwrap();
        let at = |name: &str| dir.path().join(name);
        std::fs::write(at("empty.json"), "").unwrap();
        std::fs::write(at("text.json"), "garbage").unwrap();
        std::fs::write(at("other.json"), r#"{"schema_version": 1}"#).unwrap();
        std::fs::write(at("partial.json"), format!(r#"{{"schema_version": {SCHEMA_VERSION}, "calls": 3}}"#)).unwrap();
        std::fs::create_dir(at("dir.json")).unwrap();
        for (name, why) in [
            ("missing.json", "No such file"),
            ("dir.json", "is a directory, not a report file"),
            ("empty.json", "not JSON"),
            ("text.json", "not JSON"),
            ("other.json", "report schema 1 is not the schema"),
            ("partial.json", "not a schema"),
        ] {
            let e = load(&at(name)).unwrap_err();
            assert!(e.starts_with(&at(name).display().to_string()) && e.contains(why), "{name}: {e}");
        }
        assert!(load(Path::new("/dev/null")).unwrap_err().contains("/dev/null is a character device"));
    }

    #[test]
    fn an_empty_report_says_none() {
        let text = summary("app", Ending::Exited(0), Ok(&Report::default()));
        assert!(text.contains("findings: none") && text.contains("leaks: none") && text.contains("channels: none"));
        assert!(!text.contains("settings:"), "{text}");
    }

    #[test]
    fn summary_lists_calls_findings_leaks_and_channels() {
        let r = sample();
        let text = summary("./app", Ending::Exited(3), Ok(&r));
        assert!(text.contains("./app exited with status 3"), "{text}");
        assert!(text.contains("calls: 601 calls to 3 functions"), "{text}");
        let chosen = "\n  settings: ACLVENC_SHIM_WRAP_CALLBACKS=1, ACLVENC_SHIM_GEN_SUPPRESSIONS=1\n";
        assert!(text.contains(chosen), "only settings someone chose: {text}");
        // Most called first, ties by name.
        let send = text.find("aclvencSendFrame").unwrap();
        let get = text.find("hi_mpi_venc_get_stream").unwrap();
        let create = text.find("aclvencCreateChannel\n").unwrap();
        assert!(send < get && get < create, "{text}");
        assert!(text.contains("11x VENC-SEND-AFTER-EOS [warning] in aclvencSendFrame: a picture after EOS"), "{text}");
        assert!(text.contains("first at main (app.c:40) on thread \"app\" (tid 4242)"), "{text}");
        assert!(text.contains("suppression: VENC-SEND-AFTER-EOS:aclvencSendFrame:main\n"), "{text}");
        assert!(text.contains("2x aclvencChannelDesc created by \"app\" (tid 4242) at aclvencCreateChannelDesc"));
        // A channel without figures (this report has none): the totals, and `-` where the figures go.
        assert!(text.contains("\n  channels: 1 (latency from send to output, in ms)\n"), "{text}");
        assert!(text
            .contains("\n    channel        sent  out     bytes  fail/pend  p50 p95 p99 max  fps  stalls  kbit/s\n"));
        assert!(text.contains("\n    v2 chn 0 H264   300  299  123.5 kB          -    -   -   -   -    -       -  -\n"));
        assert!(text.contains("error limit: 4 findings counted but not printed (ACLVENC_SHIM_ERROR_LIMIT=5"), "{text}");
        assert!(text.contains("filtered: 2 findings of disabled rules"), "{text}");
        assert!(text.contains("suppressed: 4 findings and 0 leaked objects by 2 suppressions:"), "{text}");
        assert!(text.contains("4x MPI-NULL-PTR  (/s/a.supp:3; 4 findings, 0 leaks)"), "{text}");
        assert!(text.contains("0x leak:*  (/s/a.supp:4"), "an unused entry is listed too: {text}");
        assert!(text.ends_with("==== 12 findings, 2 leaked objects\n"), "{text}");
    }

    fn channel(api: &str, id: &str, codec: &str, figures: Option<Figures>) -> Channel {
        Channel {
            api: api.into(),
            id: id.into(),
            codec: codec.into(),
            frames_sent: 795,
            outputs: 794,
            bytes: 2_512_345,
            channels: 1,
            figures,
        }
    }

    fn figures(p50: f64, kbps: f64, target: Option<RateTarget>) -> Figures {
        Figures {
            failed: 0,
            dropped: 0,
            pending: 1,
            latency: Some(Latency {
                count: 794,
                mean_ms: p50,
                p50_ms: p50,
                p95_ms: p50 * 2.0,
                p99_ms: p50 * 3.0,
                max_ms: 250.0,
            }),
            duration_s: 31.8,
            output_fps: 24.97,
            kbps,
            target,
            stalls: 2,
            longest_gap_ms: 480.0,
            ..Figures::default()
        }
    }

    /// One row per channel under one header: latency percentiles, rate (the stream's when known, else over the
    /// wall time) against its target, stalls; `-` where a
    /// channel has no figures (a folded entry) or no latency yet; columns line up and stay within 100 columns for
    /// V2 channels and 120 for V1 channels (named by their desc's address).
    #[test]
    fn the_channel_table_has_a_row_per_channel_with_its_figures() {
        let cbr = RateTarget { mode: "CBR".into(), kbps: Some(1000), fps: Some(25) };
        let fixqp = RateTarget { mode: "FIXQP".into(), kbps: None, fps: Some(25) };
        let mut idle = figures(0.0, 0.0, None);
        idle.latency = None;
        let mut folded = channel("v2", "chn 7", "H264", None);
        folded.channels = 40;
        let channels = vec![
            channel(
                "v2",
                "chn 0",
                "H265",
                Some(Figures { stream_kbps: Some(1001.0), ..figures(12.34, 1005.2, Some(cbr)) }),
            ),
            channel("v2", "chn 1", "JPEG", Some(figures(0.42, 12345.0, Some(fixqp)))),
            channel("v2", "chn 2", "H264", Some(idle)),
            folded,
        ];
        let lines = channel_table(&channels);
        let text = lines.iter().map(|l| format!("{}\n", l.trim_end())).collect::<String>();
        let want = "\
channel                      sent  out    bytes  fail/pend   p50  p95  p99 max   fps  stalls  kbit/s
v2 chn 0 H265                 795  794  2.51 MB        0/1  12.3 24.7 37.0 250  25.0       2   1001 / 1000 CBR
v2 chn 1 JPEG                 795  794  2.51 MB        0/1  0.42 0.84  1.3 250  25.0       2  12345 / FIXQP
v2 chn 2 H264                 795  794  2.51 MB        0/1     -    -    -   -  25.0       2    0.0
v2 chn 7 H264 (40 channels)   795  794  2.51 MB          -     -    -    -   -     -       -  -
";
        assert_eq!(text, want, "{text}");
        assert!(lines.iter().all(|l| l.trim_end().len() + 4 <= 120), "{text}");
        // Typical V2 channels fit in 100 columns with the summary's indent; a V1 channel's desc address in 120.
        let v2 = channel_table(&channels[..3]);
        assert!(v2.iter().all(|l| l.trim_end().len() + 4 <= 100), "{v2:#?}");
        let v1 = channel_table(&[channel("v1", "0x55d0c0a0b2c0", "H265", Some(figures(123.4, 99999.0, None)))]);
        assert!(v1.iter().all(|l| l.trim_end().len() + 4 <= 120), "{v1:#?}");
    }

    #[test]
    fn killed_application_summary_says_so() {
        let r = sample();
        let text = summary("app", Ending::Signaled(libc::SIGKILL), Ok(&r));
        assert!(text.contains("was killed by SIGKILL (status 137)"), "{text}");
        assert!(text.contains("last report snapshot"), "{text}");
        let text = summary("app", Ending::Exited(0), Err("the application made no encoder call"));
        assert!(text.contains("no report from the shim: the application made no encoder call"));
    }

    #[test]
    fn exit_status_rules() {
        let dirty = sample();
        let clean = Report::default();
        // The application's status by default.
        assert_eq!(exit_status(Ending::Exited(0), Some(&dirty), None, None), 0);
        assert_eq!(exit_status(Ending::Exited(4), Some(&clean), Some(1), Some(2)), 4);
        // Error findings first, then leaks.
        assert_eq!(exit_status(Ending::Exited(0), Some(&dirty), Some(1), Some(2)), 1);
        assert_eq!(exit_status(Ending::Exited(0), Some(&dirty), None, Some(2)), 2);
        let mut warnings_only = dirty.clone();
        warnings_only.findings.retain(|f| f.severity != Severity::Error);
        warnings_only.leaks.clear();
        assert_eq!(exit_status(Ending::Exited(0), Some(&warnings_only), Some(1), Some(2)), 0);
        // A killed application: 128 + signal, whatever was found.
        assert_eq!(exit_status(Ending::Signaled(libc::SIGKILL), Some(&dirty), Some(1), Some(2)), 137);
        assert_eq!(exit_status(Ending::Signaled(libc::SIGSEGV), None, None, None), 139);
        assert_eq!(signal_name(libc::SIGTERM), "SIGTERM");
        assert_eq!(signal_name(64), "signal 64");
    }
}
