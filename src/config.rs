//! All settings in one struct, parsed once from the environment at the first intercepted call and printed in the
//! banner with where each came from. The settings themselves (variables, types, defaults, help) are the table in
//! `aclvenc-interface` (`crates/interface/src/settings.rs`, rendered in `docs/settings.md`); this module walks it
//! and fills the typed fields the shim uses.

use crate::soc::Chip;
use aclvenc_interface::filter::{self, RuleFilter, Suppression};
use aclvenc_interface::settings::{self, Defaults, Key, Reading, Source, Value};
use aclvenc_interface::Severity;
use std::path::PathBuf;

/// `%p` in a path (the process id): see [`aclvenc_interface::path`]. [`Settings`] has it expanded already in
/// `report_path`, `trace_file` and `timeline`; the raw values stay in `readings`.
pub use aclvenc_interface::path::expand_pid;

/// What the shim does with a call that has an error-level finding (shared with aclvenc-check).
pub use aclvenc_interface::Mode;

/// A setting's value and where it came from.
#[derive(Clone, Debug, Default)]
pub struct Setting<T> {
    pub value: T,
    pub source: Source,
}

/// Every setting of the shim, typed. Names and meanings: `docs/settings.md`.
#[derive(Clone, Debug, Default)]
pub struct Settings {
    pub mode: Mode,
    /// `ACLVENC_SHIM_LOG`: an env_logger filter.
    pub log: Setting<String>,
    pub driver: Option<PathBuf>,
    pub driver_v1: Option<PathBuf>,
    pub driver_v2: Option<PathBuf>,
    /// `ACLVENC_SHIM_DRIVER_RT`: the acl runtime library to forward to.
    pub driver_rt: Option<PathBuf>,
    /// `ACLVENC_SHIM_REPORT`, with `%p` replaced by this process's id.
    pub report_path: Option<PathBuf>,
    /// With a report path: rewrite the report every this many ms (0: only at exit), so a killed process still
    /// leaves what the shim knew.
    pub report_interval_ms: u64,
    /// `ACLVENC_SHIM_TRACE_FILE`, with `%p` replaced by this process's id.
    pub trace_file: Option<PathBuf>,
    /// `ACLVENC_SHIM_TIMELINE`, with `%p` replaced by this process's id.
    pub timeline: Option<PathBuf>,
    /// Exit status 0-255 for the process when objects leak at exit.
    pub leak_exitcode: Option<i32>,
    /// `ACLVENC_SHIM_SOC`: a name [`Chip::from_soc_name`] knows (any other is warned about and left unset).
    pub soc: Option<String>,
    /// Wrap each V1 channel's aclvencCallback to count outputs and bytes and to catch misuse inside callbacks.
    pub wrap_callbacks: bool,
    pub banner: bool,
    /// `ACLVENC_SHIM_SUPPRESSIONS`: the files named, in order.
    pub suppression_files: Vec<PathBuf>,
    /// The entries of every suppressions file that parsed (a file with a bad line is left out, with a warning).
    pub suppressions: Vec<Suppression>,
    /// `ACLVENC_SHIM_GEN_SUPPRESSIONS`: print a suppressions entry under each finding shown.
    pub gen_suppressions: bool,
    /// `ACLVENC_SHIM_RULES`: which rules are checked.
    pub rules: RuleFilter,
    /// `ACLVENC_SHIM_MIN_SEVERITY`: the least severe finding reported.
    pub min_severity: Option<Severity>,
    /// `ACLVENC_SHIM_LOG_FILE`, with `%p` replaced by this process's id.
    pub log_file: Option<PathBuf>,
    /// `ACLVENC_SHIM_NUM_CALLERS`: application frames shown per site.
    pub num_callers: usize,
    /// `ACLVENC_SHIM_ERROR_LIMIT`: findings printed per rule and call site; 0: no limit.
    pub error_limit: u64,
    /// `ACLVENC_SHIM_EXIT_SUMMARY`: print the leak report and the error-limit line at exit.
    pub exit_summary: bool,
    /// `ACLVENC_SHIM_FIGURES`: per-channel latency, rate and stall figures.
    pub figures: bool,
    /// `ACLVENC_SHIM_STALL_FRAMES`: frame intervals without output that make a stall (0: not looked for).
    pub stall_frames: u32,
    /// `ACLVENC_SHIM_STREAM_CHECKS`: `None` (unset) means on with the emulated driver.
    pub stream_checks: Option<bool>,
    /// `ACLVENC_SHIM_CAPTURE_DIR`, with `%p` replaced by this process's id.
    pub capture_dir: Option<PathBuf>,
    /// `ACLVENC_SHIM_CAPTURE_INPUT`: input pictures captured per channel.
    pub capture_input: u64,
    /// `ACLVENC_SHIM_SARIF`, with `%p` replaced by this process's id.
    pub sarif: Option<PathBuf>,
    /// `ACLVENC_SHIM_JUNIT`, with `%p` replaced by this process's id.
    pub junit: Option<PathBuf>,
    /// Every setting as read, in table order (the banner and the report's `settings` section).
    pub readings: Vec<Reading>,
    /// Problems found while parsing, shown in the banner (a bad value falls back to the default).
    pub warnings: Vec<String>,
}

fn var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

impl Settings {
    /// Reads every setting from the environment.
    pub fn from_env() -> Settings {
        Self::from_lookup(var)
    }

    /// Reads every setting through `get` (the environment, or a map in tests), walking the settings table.
    /// `%p` in an output path becomes this process's id.
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Settings {
        let (mut readings, mut warnings) = settings::read(|_| None, get, Defaults::Shim);
        check_soc(&mut readings[Key::Soc as usize], &mut warnings);
        let (mut s, pid) = (Settings { warnings, ..Settings::default() }, std::process::id());
        for r in &readings {
            s.apply(r, pid);
        }
        s.readings = readings;
        s.load_suppressions();
        s
    }

    /// Loads every suppressions file; a file that cannot be read or has a bad line adds a warning naming the file
    /// and line, and none of its entries apply.
    fn load_suppressions(&mut self) {
        for file in &self.suppression_files {
            match filter::load_suppressions(std::slice::from_ref(file)) {
                Ok(entries) => self.suppressions.extend(entries),
                Err(why) => self.warnings.push(format!("error: {why}; no suppression of {} applies", file.display())),
            }
        }
    }

    /// Puts one reading into its typed field, with `%p` in the output paths replaced by `pid`. Every [`Key`] has
    /// an arm, so a new setting cannot be forgotten.
    fn apply(&mut self, r: &Reading, pid: u32) {
        let v = r.value.as_ref();
        match r.setting.key {
            Key::Mode => self.mode = v.and_then(|v| v.mode()).unwrap_or_default(),
            Key::Log => self.log = Setting { value: v.map(|v| v.to_string()).unwrap_or_default(), source: r.source },
            Key::Driver => self.driver = v.and_then(|v| v.path()),
            Key::DriverV1 => self.driver_v1 = v.and_then(|v| v.path()),
            Key::DriverV2 => self.driver_v2 = v.and_then(|v| v.path()),
            Key::DriverRt => self.driver_rt = v.and_then(|v| v.path()),
            Key::Report => self.report_path = v.and_then(|v| v.path()).map(|p| expand_pid(&p, pid)),
            Key::ReportIntervalMs => self.report_interval_ms = v.and_then(|v| v.millis()).unwrap_or_default(),
            Key::TraceFile => self.trace_file = v.and_then(|v| v.path()).map(|p| expand_pid(&p, pid)),
            Key::Timeline => self.timeline = v.and_then(|v| v.path()).map(|p| expand_pid(&p, pid)),
            Key::LeakExitcode => self.leak_exitcode = v.and_then(|v| v.exit_status()).map(i32::from),
            Key::Soc => self.soc = v.and_then(|v| v.text()).map(str::to_string),
            Key::WrapCallbacks => self.wrap_callbacks = v.and_then(|v| v.switch()).unwrap_or_default(),
            Key::Banner => self.banner = v.and_then(|v| v.switch()).unwrap_or_default(),
            Key::Suppressions => self.suppression_files = v.and_then(|v| v.paths()).unwrap_or_default(),
            Key::GenSuppressions => self.gen_suppressions = v.and_then(|v| v.switch()).unwrap_or_default(),
            Key::Rules => {
                let spec = v.and_then(|v| v.text());
                self.rules = spec.and_then(|t| RuleFilter::parse(t).ok()).unwrap_or_default();
            }
            Key::MinSeverity => self.min_severity = v.and_then(|v| v.severity()),
            Key::LogFile => self.log_file = v.and_then(|v| v.path()).map(|p| expand_pid(&p, pid)),
            Key::NumCallers => self.num_callers = v.and_then(|v| v.count()).unwrap_or(4) as usize,
            Key::ErrorLimit => self.error_limit = v.and_then(|v| v.count()).unwrap_or_default(),
            Key::ExitSummary => self.exit_summary = v.and_then(|v| v.switch()).unwrap_or_default(),
            Key::Figures => self.figures = v.and_then(|v| v.switch()).unwrap_or_default(),
            Key::StallFrames => {
                self.stall_frames = v.and_then(|v| v.count()).and_then(|n| u32::try_from(n).ok()).unwrap_or_default()
            }
            Key::StreamChecks => self.stream_checks = v.and_then(|v| v.switch()),
            Key::CaptureDir => self.capture_dir = v.and_then(|v| v.path()).map(|p| expand_pid(&p, pid)),
            Key::CaptureInput => self.capture_input = v.and_then(|v| v.count()).unwrap_or_default(),
            Key::Sarif => self.sarif = v.and_then(|v| v.path()).map(|p| expand_pid(&p, pid)),
            Key::Junit => self.junit = v.and_then(|v| v.path()).map(|p| expand_pid(&p, pid)),
        }
    }

    /// `NAME=value (source)` for every setting, as the banner prints them.
    pub fn describe(&self) -> Vec<String> {
        self.readings.iter().map(Reading::describe).collect()
    }
}

/// `ACLVENC_SHIM_SOC` names a chip with a video encoder ([`Chip::from_soc_name`]); any other name gets the
/// warning every bad value gets, with the valid names, and the setting is left unset.
fn check_soc(reading: &mut Reading, warnings: &mut Vec<String>) {
    let Some(name) = reading.value.as_ref().and_then(Value::text) else { return };
    if Chip::from_soc_name(name).is_some() {
        return;
    }
    let valid = Chip::ALL.map(Chip::soc_name);
    warnings.push(format!(
        "{}={name:?} is not a chip with a video encoder: {}, {} or {} (any Ascend310P*, Ascend310B*); ignored",
        reading.setting.env, valid[0], valid[1], valid[2]
    ));
    reading.value = None;
    reading.source = Source::Default;
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn parse(pairs: &[(&str, &str)]) -> Settings {
        let m: HashMap<String, String> = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        Settings::from_lookup(|k| m.get(k).cloned())
    }

    #[test]
    fn defaults_come_from_the_table() {
        let s = parse(&[]);
        assert_eq!((s.mode, s.log.value.as_str(), s.log.source), (Mode::Report, "warn", Source::Default));
        assert_eq!(s.report_interval_ms, 500);
        assert!(s.banner && !s.wrap_callbacks && s.warnings.is_empty());
        assert!(s.leak_exitcode.is_none() && s.report_path.is_none() && s.driver.is_none() && s.soc.is_none());
        assert_eq!((s.num_callers, s.error_limit, s.exit_summary, s.gen_suppressions), (4, 5, true, false));
        assert!(s.suppressions.is_empty() && s.log_file.is_none() && s.sarif.is_none() && s.junit.is_none());
        assert_eq!(s.min_severity, Some(Severity::Info));
        assert_eq!(s.describe().len(), settings::SETTINGS.len());
    }

    #[test]
    fn every_variable_reaches_its_field() {
        let s = parse(&[
            ("ACLVENC_SHIM_MODE", "reject"),
            ("ACLVENC_SHIM_LOG", "debug"),
            ("ACLVENC_SHIM_DRIVER", "/d.so"),
            ("ACLVENC_SHIM_DRIVER_V1", "/v1.so"),
            ("ACLVENC_SHIM_DRIVER_V2", "/v2.so"),
            ("ACLVENC_SHIM_REPORT", "/r.json"),
            ("ACLVENC_SHIM_REPORT_INTERVAL_MS", "0"),
            ("ACLVENC_SHIM_TRACE_FILE", "/t.json"),
            ("ACLVENC_SHIM_TIMELINE", "/tl.json"),
            ("ACLVENC_SHIM_LEAK_EXITCODE", "23"),
            ("ACLVENC_SHIM_SOC", "Ascend310"),
            ("ACLVENC_SHIM_WRAP_CALLBACKS", "1"),
            ("ACLVENC_SHIM_BANNER", "0"),
            ("ACLVENC_SHIM_GEN_SUPPRESSIONS", "1"),
            ("ACLVENC_SHIM_RULES", "-VENC-CHDESC-*"),
            ("ACLVENC_SHIM_MIN_SEVERITY", "warning"),
            ("ACLVENC_SHIM_LOG_FILE", "/l.%p.log"),
            ("ACLVENC_SHIM_NUM_CALLERS", "12"),
            ("ACLVENC_SHIM_ERROR_LIMIT", "0"),
            ("ACLVENC_SHIM_EXIT_SUMMARY", "0"),
            ("ACLVENC_SHIM_SARIF", "/s.sarif"),
            ("ACLVENC_SHIM_JUNIT", "/j.xml"),
        ]);
        assert!(s.warnings.is_empty(), "{:?}", s.warnings);
        assert!(s.gen_suppressions && !s.exit_summary);
        assert!(!s.rules.enabled(aclvenc_interface::rules::Rule::VencChdescNull));
        assert_eq!((s.min_severity, s.num_callers, s.error_limit), (Some(Severity::Warning), 12, 0));
        assert_eq!(s.log_file, Some(PathBuf::from(format!("/l.{}.log", std::process::id()))));
        assert_eq!((s.sarif.as_deref(), s.junit.as_deref()), (Some("/s.sarif".as_ref()), Some("/j.xml".as_ref())));
        assert!(s.describe().iter().any(|l| l == "ACLVENC_SHIM_MODE=reject (env ACLVENC_SHIM_MODE)"));
        assert_eq!((s.mode, s.log.value.as_str(), s.log.source), (Mode::Reject, "debug", Source::Env));
        let p = |x: &str| Some(PathBuf::from(x));
        assert_eq!((s.driver, s.driver_v1, s.driver_v2), (p("/d.so"), p("/v1.so"), p("/v2.so")));
        assert_eq!((s.report_path, s.trace_file, s.timeline), (p("/r.json"), p("/t.json"), p("/tl.json")));
        assert_eq!((s.report_interval_ms, s.leak_exitcode), (0, Some(23)));
        assert_eq!(s.soc.as_deref(), Some("Ascend310"));
        assert!(s.wrap_callbacks && !s.banner);
    }

    #[test]
    fn off_is_the_pass_through_mode() {
        assert_eq!(parse(&[("ACLVENC_SHIM_MODE", "off")]).mode, Mode::Off);
    }

    #[test]
    fn bad_values_fall_back_with_a_warning() {
        let s = parse(&[("ACLVENC_SHIM_MODE", "strict"), ("ACLVENC_SHIM_LEAK_EXITCODE", "300")]);
        assert_eq!(s.mode, Mode::Report);
        assert!(s.leak_exitcode.is_none());
        assert_eq!(s.warnings.len(), 2, "{:?}", s.warnings);
    }

    /// A suppressions file with a rule ID that names no rule: an error naming the file and line, and none of that
    /// file applies; a good file next to it does.
    #[test]
    fn a_bad_suppressions_file_is_named_and_left_out() {
        let dir = tempfile::tempdir().unwrap();
        let (good, bad) = (dir.path().join("good.supp"), dir.path().join("bad.supp"));
        std::fs::write(&good, "VENC-SEND-AFTER-EOS\nleak:*\n").unwrap();
        std::fs::write(&bad, "MPI-NULL-PTR\n# c\nVENC-TYPO\n").unwrap();
        let list = format!("{}:{}", good.display(), bad.display());
        let s = parse(&[("ACLVENC_SHIM_SUPPRESSIONS", &list)]);
        assert_eq!(s.suppressions.len(), 2, "only the good file's entries");
        assert_eq!(s.warnings.len(), 1, "{:?}", s.warnings);
        let want = format!("error: {}:3: \"VENC-TYPO\" names no rule ID", bad.display());
        assert!(s.warnings[0].starts_with(&want), "{:?}", s.warnings);
    }

    #[test]
    fn an_unknown_chip_is_warned_about_with_the_valid_names_and_ignored() {
        let s = parse(&[("ACLVENC_SHIM_SOC", "Ascend910B")]);
        assert!(s.soc.is_none());
        assert_eq!(s.warnings.len(), 1, "{:?}", s.warnings);
        let w = &s.warnings[0];
        assert!(w.starts_with("ACLVENC_SHIM_SOC=\"Ascend910B\" is not"), "{w}");
        assert!(["Ascend310,", "Ascend310P3", "Ascend310B1", "ignored"].iter().all(|v| w.contains(v)), "{w}");
        assert!(s.describe().iter().any(|l| l.starts_with("ACLVENC_SHIM_SOC=unset")), "{:?}", s.describe());
        let s = parse(&[("ACLVENC_SHIM_SOC", "ascend310p1")]);
        assert!(s.warnings.is_empty() && s.soc.as_deref() == Some("ascend310p1"), "{:?}", s.warnings);
    }

    #[test]
    fn percent_p_in_an_output_path_is_this_process_id() {
        let s = parse(&[
            ("ACLVENC_SHIM_REPORT", "/tmp/r.%p.json"),
            ("ACLVENC_SHIM_TRACE_FILE", "/tmp/%p/t.json"),
            ("ACLVENC_SHIM_TIMELINE", "/tmp/tl.%p.json"),
            ("ACLVENC_SHIM_DRIVER", "/opt/%p.so"),
        ]);
        let pid = std::process::id();
        assert_eq!(s.report_path, Some(PathBuf::from(format!("/tmp/r.{pid}.json"))));
        assert_eq!(s.trace_file, Some(PathBuf::from(format!("/tmp/{pid}/t.json"))));
        assert_eq!(s.timeline, Some(PathBuf::from(format!("/tmp/tl.{pid}.json"))));
        assert_eq!(s.driver, Some(PathBuf::from("/opt/%p.so")), "a driver path is read as written");
        assert!(s.describe().iter().any(|l| l.starts_with("ACLVENC_SHIM_REPORT=/tmp/r.%p.json ")), "the raw value");
    }
}
