//! All settings in one struct, parsed once from the environment at the first intercepted call and printed in the
//! banner with where each came from. The table of settings is in `docs/shim-interface.md` and the README.

use crate::chassis::Shim;
use std::path::PathBuf;

/// What the shim does with a call that has an error-level finding.
#[derive(Clone, Copy, PartialEq, Eq, Debug, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// Report, then forward unchanged (only calls on never-created or destroyed handles are refused).
    Report,
    /// Report and return the vendor's error code without forwarding.
    Reject,
    /// Report, print a backtrace and abort the process (for CI).
    Abort,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Report => "report",
            Mode::Reject => "reject",
            Mode::Abort => "abort",
        }
    }
}

/// A setting's value and where it came from (`env ACLVENC_SHIM_MODE` or `default`).
#[derive(Clone, Debug)]
pub struct Setting<T> {
    pub value: T,
    pub source: &'static str,
}

/// Every setting of the shim. Names and meanings: `docs/shim-interface.md`.
#[derive(Clone, Debug)]
pub struct Settings {
    pub mode: Mode,
    pub mode_src: &'static str,
    pub log: Setting<String>,
    pub driver: Option<PathBuf>,
    pub driver_v1: Option<PathBuf>,
    pub driver_v2: Option<PathBuf>,
    pub report_path: Option<PathBuf>,
    /// With a report path: rewrite the report every this many ms (0: only at exit), so a killed process still
    /// leaves what the shim knew.
    pub report_interval_ms: u64,
    pub trace_file: Option<PathBuf>,
    pub leak_exitcode: Option<i32>,
    pub soc: Option<String>,
    /// Wrap each V1 channel's aclvencCallback to count outputs and bytes and to catch misuse inside callbacks.
    pub wrap_callbacks: bool,
    /// With wrapped callbacks: how long a channel may have pictures in flight and no output before
    /// VENC-CHDESC-THREADID-NOT-PUMPING, in ms.
    pub callback_timeout_ms: u64,
    pub banner: bool,
    /// Problems found while parsing, shown in the banner (a bad value falls back to the default).
    pub warnings: Vec<String>,
}

pub const ENV_MODE: &str = "ACLVENC_SHIM_MODE";
pub const ENV_LOG: &str = "ACLVENC_SHIM_LOG";
pub const ENV_DRIVER: &str = "ACLVENC_SHIM_DRIVER";
pub const ENV_DRIVER_V1: &str = "ACLVENC_SHIM_DRIVER_V1";
pub const ENV_DRIVER_V2: &str = "ACLVENC_SHIM_DRIVER_V2";
pub const ENV_REPORT: &str = "ACLVENC_SHIM_REPORT";
pub const ENV_REPORT_INTERVAL: &str = "ACLVENC_SHIM_REPORT_INTERVAL_MS";
pub const ENV_TRACE_FILE: &str = "ACLVENC_SHIM_TRACE_FILE";
pub const ENV_LEAK_EXITCODE: &str = "ACLVENC_SHIM_LEAK_EXITCODE";
pub const ENV_SOC: &str = "ACLVENC_SHIM_SOC";
pub const ENV_BANNER: &str = "ACLVENC_SHIM_BANNER";
pub const ENV_WRAP_CALLBACKS: &str = "ACLVENC_SHIM_WRAP_CALLBACKS";
pub const ENV_CALLBACK_TIMEOUT: &str = "ACLVENC_SHIM_CALLBACK_TIMEOUT_MS";

fn var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

impl Settings {
    /// Reads every setting from the environment.
    pub fn from_env() -> Settings {
        Self::from_lookup(var)
    }

    /// Reads every setting through `get` (the environment, or a map in tests).
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Settings {
        let mut warnings = Vec::new();
        let (mode, mode_src) = match get(ENV_MODE).as_deref() {
            None => (Mode::Report, "default"),
            Some("report") => (Mode::Report, "env ACLVENC_SHIM_MODE"),
            Some("reject") => (Mode::Reject, "env ACLVENC_SHIM_MODE"),
            Some("abort") => (Mode::Abort, "env ACLVENC_SHIM_MODE"),
            Some(other) => {
                warnings.push(format!("{ENV_MODE}={other:?} is not report, reject or abort; using report"));
                (Mode::Report, "default")
            }
        };
        let log = match get(ENV_LOG) {
            Some(v) => Setting { value: v, source: "env ACLVENC_SHIM_LOG" },
            None => Setting { value: "warn".into(), source: "default" },
        };
        let leak_exitcode = get(ENV_LEAK_EXITCODE).and_then(|v| match v.parse::<i32>() {
            Ok(n) if (0..=255).contains(&n) => Some(n),
            _ => {
                warnings.push(format!("{ENV_LEAK_EXITCODE}={v:?} is not an exit status 0-255; ignored"));
                None
            }
        });
        let report_interval_ms = match get(ENV_REPORT_INTERVAL) {
            None => 500,
            Some(v) => v.parse::<u64>().unwrap_or_else(|_| {
                warnings.push(format!("{ENV_REPORT_INTERVAL}={v:?} is not a number of ms; using 500"));
                500
            }),
        };
        let callback_timeout_ms = match get(ENV_CALLBACK_TIMEOUT) {
            None => 10_000,
            Some(v) => v.parse::<u64>().ok().filter(|n| *n > 0).unwrap_or_else(|| {
                warnings.push(format!("{ENV_CALLBACK_TIMEOUT}={v:?} is not a positive number of ms; using 10000"));
                10_000
            }),
        };
        let banner = get(ENV_BANNER).is_none_or(|v| v != "0");
        Settings {
            mode,
            mode_src,
            log,
            driver: get(ENV_DRIVER).map(PathBuf::from),
            driver_v1: get(ENV_DRIVER_V1).map(PathBuf::from),
            driver_v2: get(ENV_DRIVER_V2).map(PathBuf::from),
            report_path: get(ENV_REPORT).map(PathBuf::from),
            report_interval_ms,
            trace_file: get(ENV_TRACE_FILE).map(PathBuf::from),
            leak_exitcode,
            soc: get(ENV_SOC),
            wrap_callbacks: get(ENV_WRAP_CALLBACKS).is_some_and(|v| v == "1"),
            callback_timeout_ms,
            banner,
            warnings,
        }
    }

    /// `name=value (source)` for every setting, as the banner prints them.
    pub fn describe(&self) -> Vec<String> {
        let env_or = |v: &Option<PathBuf>, name: &str| match v {
            Some(p) => format!("{}={} (env {name})", name, p.display()),
            None => format!("{name}=unset (default)"),
        };
        vec![
            format!("{ENV_MODE}={} ({})", self.mode.as_str(), self.mode_src),
            format!("{ENV_LOG}={} ({})", self.log.value, self.log.source),
            env_or(&self.driver, ENV_DRIVER),
            env_or(&self.driver_v1, ENV_DRIVER_V1),
            env_or(&self.driver_v2, ENV_DRIVER_V2),
            env_or(&self.report_path, ENV_REPORT),
            format!("{ENV_REPORT_INTERVAL}={}", self.report_interval_ms),
            env_or(&self.trace_file, ENV_TRACE_FILE),
            format!(
                "{ENV_WRAP_CALLBACKS}={} ({})",
                u8::from(self.wrap_callbacks),
                if self.wrap_callbacks { "env" } else { "default" }
            ),
            format!("{ENV_CALLBACK_TIMEOUT}={}", self.callback_timeout_ms),
            match self.leak_exitcode {
                Some(n) => format!("{ENV_LEAK_EXITCODE}={n} (env {ENV_LEAK_EXITCODE})"),
                None => format!("{ENV_LEAK_EXITCODE}=unset (default: keep the app's exit status)"),
            },
        ]
    }
}

/// The one-time banner: version, mode, the driver and how it was found, the chip, every setting with its source.
pub fn print_banner(shim: &Shim) {
    let s = &shim.settings;
    for w in &s.warnings {
        log::warn!(target: "aclvenc_shim", "{w}");
    }
    if !s.banner {
        return;
    }
    let mut text = format!(
        "aclvenc-shim {} active: mode={}; V1 driver: {}; V2 driver: {}; chip {} ({})",
        env!("CARGO_PKG_VERSION"),
        s.mode.as_str(),
        shim.driver.v1_source.describe(),
        shim.driver.v2_source.describe(),
        shim.soc.name(),
        shim.soc.source,
    );
    text.push_str("\naclvenc-shim settings: ");
    text.push_str(&s.describe().join(", "));
    eprintln!("{text}");
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
    fn defaults_and_sources() {
        let s = parse(&[]);
        assert_eq!(s.mode, Mode::Report);
        assert_eq!(s.mode_src, "default");
        assert_eq!(s.log.value, "warn");
        assert!(s.banner && s.leak_exitcode.is_none() && s.warnings.is_empty());
        let s = parse(&[(ENV_MODE, "reject"), (ENV_LEAK_EXITCODE, "23"), (ENV_BANNER, "0")]);
        assert_eq!((s.mode, s.mode_src), (Mode::Reject, "env ACLVENC_SHIM_MODE"));
        assert_eq!(s.leak_exitcode, Some(23));
        assert!(!s.banner);
        assert!(s.describe().iter().any(|l| l == "ACLVENC_SHIM_MODE=reject (env ACLVENC_SHIM_MODE)"));
    }

    #[test]
    fn bad_values_fall_back_with_a_warning() {
        let s = parse(&[(ENV_MODE, "strict"), (ENV_LEAK_EXITCODE, "300")]);
        assert_eq!(s.mode, Mode::Report);
        assert!(s.leak_exitcode.is_none());
        assert_eq!(s.warnings.len(), 2, "{:?}", s.warnings);
    }
}
