//! All settings in one struct, parsed once from the environment at the first intercepted call and printed in the
//! banner with where each came from. The settings themselves (variables, types, defaults, help) are the table in
//! `aclvenc-interface` (`crates/interface/src/settings.rs`, rendered in `docs/settings.md`); this module walks it
//! and fills the typed fields the shim uses.

use crate::soc::Chip;
use aclvenc_interface::settings::{self, Defaults, Key, Reading, Source, Value};
use std::path::PathBuf;

/// `%p` in a path (the process id): see [`aclvenc_interface::path`]. [`Settings`] has it expanded already in
/// `report_path` and `trace_file`; the raw values stay in `readings`.
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
    /// Exit status 0-255 for the process when objects leak at exit.
    pub leak_exitcode: Option<i32>,
    /// `ACLVENC_SHIM_SOC`: a name [`Chip::from_soc_name`] knows (any other is warned about and left unset).
    pub soc: Option<String>,
    /// Wrap each V1 channel's aclvencCallback to count outputs and bytes and to catch misuse inside callbacks.
    pub wrap_callbacks: bool,
    pub banner: bool,
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
        s
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
            Key::LeakExitcode => self.leak_exitcode = v.and_then(|v| v.exit_status()).map(i32::from),
            Key::Soc => self.soc = v.and_then(|v| v.text()).map(str::to_string),
            Key::WrapCallbacks => self.wrap_callbacks = v.and_then(|v| v.switch()).unwrap_or_default(),
            Key::Banner => self.banner = v.and_then(|v| v.switch()).unwrap_or_default(),
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
            ("ACLVENC_SHIM_LEAK_EXITCODE", "23"),
            ("ACLVENC_SHIM_SOC", "Ascend310"),
            ("ACLVENC_SHIM_WRAP_CALLBACKS", "1"),
            ("ACLVENC_SHIM_BANNER", "0"),
        ]);
        assert!(s.warnings.is_empty(), "{:?}", s.warnings);
        assert!(s.describe().iter().any(|l| l == "ACLVENC_SHIM_MODE=reject (env ACLVENC_SHIM_MODE)"));
        assert_eq!((s.mode, s.log.value.as_str(), s.log.source), (Mode::Reject, "debug", Source::Env));
        let p = |x: &str| Some(PathBuf::from(x));
        assert_eq!((s.driver, s.driver_v1, s.driver_v2), (p("/d.so"), p("/v1.so"), p("/v2.so")));
        assert_eq!((s.report_path, s.trace_file), (p("/r.json"), p("/t.json")));
        assert_eq!((s.report_interval_ms, s.leak_exitcode), (0, Some(23)));
        assert_eq!(s.soc.as_deref(), Some("Ascend310"));
        assert!(s.wrap_callbacks && !s.banner);
    }

    #[test]
    fn bad_values_fall_back_with_a_warning() {
        let s = parse(&[("ACLVENC_SHIM_MODE", "strict"), ("ACLVENC_SHIM_LEAK_EXITCODE", "300")]);
        assert_eq!(s.mode, Mode::Report);
        assert!(s.leak_exitcode.is_none());
        assert_eq!(s.warnings.len(), 2, "{:?}", s.warnings);
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
            ("ACLVENC_SHIM_DRIVER", "/opt/%p.so"),
        ]);
        let pid = std::process::id();
        assert_eq!(s.report_path, Some(PathBuf::from(format!("/tmp/r.{pid}.json"))));
        assert_eq!(s.trace_file, Some(PathBuf::from(format!("/tmp/{pid}/t.json"))));
        assert_eq!(s.driver, Some(PathBuf::from("/opt/%p.so")), "a driver path is read as written");
        assert!(s.describe().iter().any(|l| l.starts_with("ACLVENC_SHIM_REPORT=/tmp/r.%p.json ")), "the raw value");
    }
}
