//! The effective settings of one run: each shim setting from its flag, else its `ACLVENC_SHIM_*` variable, else
//! the default; the shim to preload; the driver the application will run on; and the environment handed to the
//! application.

use std::ffi::OsString;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::cli::{Cli, Emu};
use crate::locate::{self, Found};

/// Where a setting's value comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// A command-line flag (its spelling).
    Flag(&'static str),
    /// An environment variable already set (its name).
    Env(&'static str),
    /// Nobody set it.
    Default,
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Source::Flag(flag) => write!(f, "flag {flag}"),
            Source::Env(var) => write!(f, "env {var}"),
            Source::Default => f.write_str("default"),
        }
    }
}

/// One shim setting as it will be passed to the application.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The flag that sets it.
    pub flag: &'static str,
    /// The shim's variable.
    pub var: &'static str,
    /// The value passed on; `None` leaves the variable unset (the shim's default applies).
    pub value: Option<String>,
    pub source: Source,
    /// What the default means, shown when the value is unset.
    pub default_text: &'static str,
}

/// The driver the application will run on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Driver {
    /// A driver named by `--driver*` / `ACLVENC_SHIM_DRIVER*`: the shim forwards to it.
    Named(String),
    /// An installed vendor driver (found where the loader and the shim look).
    Vendor(Found),
    /// The emulated driver in this directory (prepended to `LD_LIBRARY_PATH`).
    Emulated(PathBuf),
    /// Nothing found: the application's encoder calls will fail.
    Missing,
}

/// Everything decided before the application starts.
#[derive(Clone, Debug)]
pub struct Plan {
    /// Every shim setting, in the order of `docs/shim-interface.md`.
    pub entries: Vec<Entry>,
    /// Exit status for error findings (`--error-exitcode`).
    pub error_exitcode: Option<u8>,
    /// Exit status for leaks (flag or `ACLVENC_SHIM_LEAK_EXITCODE`), as the checker applies it.
    pub leak_exitcode: Option<u8>,
    /// Where the shim writes its JSON report.
    pub report_path: PathBuf,
    /// Whether the report is the user's (kept) or a temporary file (removed after the run).
    pub keep_report: bool,
    /// The shim to preload.
    pub shim: Result<Found, String>,
    pub driver: Driver,
}

/// Reads the environment through a function (the process environment, or a map in tests).
pub type Env<'a> = &'a dyn Fn(&str) -> Option<String>;

/// The value of a flag, else of the variable `var` (non-empty), with its source.
fn pick(flag: Option<String>, flag_name: &'static str, var: &'static str, env: Env) -> (Option<String>, Source) {
    match flag {
        Some(v) => (Some(v), Source::Flag(flag_name)),
        None => match env(var).filter(|v| !v.is_empty()) {
            Some(v) => (Some(v), Source::Env(var)),
            None => (None, Source::Default),
        },
    }
}

fn path_text(p: &Option<PathBuf>) -> Option<String> {
    p.as_ref().map(|p| locate::absolute(p).display().to_string())
}

/// The temporary report path of this process.
pub fn temp_report_path() -> PathBuf {
    std::env::temp_dir().join(format!("aclvenc-check-{}.json", std::process::id()))
}

impl Plan {
    /// Decides every setting. `exe_dir` is the directory of `aclvenc-check`; `cache` what the loader cache lists
    /// for `libacl_dvpp.so`.
    pub fn new(cli: &Cli, env: Env, exe_dir: &Path, cache: &[PathBuf]) -> Plan {
        let mut entries = Vec::new();
        let mut add = |flag: &'static str, var: &'static str, v: Option<String>, default_text: &'static str| {
            let (value, source) = pick(v, flag, var, env);
            entries.push(Entry { flag, var, value, source, default_text });
        };
        add("--mode", "ACLVENC_SHIM_MODE", cli.mode.map(|m| m.as_str().to_string()), "report");
        add("--log", "ACLVENC_SHIM_LOG", cli.log.clone(), "warn");
        add("--driver", "ACLVENC_SHIM_DRIVER", path_text(&cli.driver), "search");
        add("--driver-v1", "ACLVENC_SHIM_DRIVER_V1", path_text(&cli.driver_v1), "search");
        add("--driver-v2", "ACLVENC_SHIM_DRIVER_V2", path_text(&cli.driver_v2), "search");
        add("--report", "ACLVENC_SHIM_REPORT", path_text(&cli.report), "a temporary file, removed after the run");
        add(
            "--report-interval-ms",
            "ACLVENC_SHIM_REPORT_INTERVAL_MS",
            cli.report_interval_ms.map(|n| n.to_string()),
            "500",
        );
        add("--trace-file", "ACLVENC_SHIM_TRACE_FILE", path_text(&cli.trace_file), "none");
        add(
            "--leak-exitcode",
            "ACLVENC_SHIM_LEAK_EXITCODE",
            cli.leak_exitcode.map(|n| n.to_string()),
            "keep the app's exit status",
        );
        add("--soc", "ACLVENC_SHIM_SOC", cli.soc.clone(), "aclrtGetSocName(), else Ascend310P3");
        add("--no-wrap-callbacks", "ACLVENC_SHIM_WRAP_CALLBACKS", cli.no_wrap_callbacks.then(|| "0".to_string()), "1");
        add("--no-banner", "ACLVENC_SHIM_BANNER", cli.no_banner.then(|| "0".to_string()), "1");

        let value = |var: &str| entries.iter().find(|e| e.var == var).and_then(|e| e.value.clone());
        let leak_exitcode = value("ACLVENC_SHIM_LEAK_EXITCODE").and_then(|v| v.trim().parse::<u8>().ok());
        let (report_path, keep_report) = match value("ACLVENC_SHIM_REPORT") {
            Some(p) => (PathBuf::from(p), true),
            None => (temp_report_path(), false),
        };
        let shim = locate::find_shim(cli.shim.as_deref(), exe_dir);
        let named = ["ACLVENC_SHIM_DRIVER", "ACLVENC_SHIM_DRIVER_V1", "ACLVENC_SHIM_DRIVER_V2"]
            .iter()
            .filter_map(|v| value(v))
            .collect::<Vec<_>>();
        let emu = || locate::find_emu(exe_dir, shim.as_ref().ok().map(|f| f.path.as_path()));
        let driver = match cli.emu {
            Emu::Always => emu().map_or(Driver::Missing, Driver::Emulated),
            _ if !named.is_empty() => Driver::Named(named.join(", ")),
            mode => match locate::find_vendor_driver(env, cache) {
                Some(found) => Driver::Vendor(found),
                None if mode == Emu::Auto => emu().map_or(Driver::Missing, Driver::Emulated),
                None => Driver::Missing,
            },
        };
        Plan { entries, error_exitcode: cli.error_exitcode, leak_exitcode, report_path, keep_report, shim, driver }
    }

    /// The variables to set in the application's environment (`env` is the checker's own environment).
    pub fn child_env(&self, env: Env) -> Vec<(&'static str, OsString)> {
        let mut out: Vec<(&'static str, OsString)> = Vec::new();
        for e in &self.entries {
            if e.var == "ACLVENC_SHIM_REPORT" {
                continue;
            }
            if let Some(v) = &e.value {
                out.push((e.var, v.into()));
            }
        }
        out.push(("ACLVENC_SHIM_REPORT", self.report_path.clone().into()));
        // The checker wraps V1 callbacks unless told not to (the shim alone does not, so that every argument
        // reaches the driver unchanged).
        if self.entries.iter().any(|e| e.var == "ACLVENC_SHIM_WRAP_CALLBACKS" && e.value.is_none()) {
            out.push(("ACLVENC_SHIM_WRAP_CALLBACKS", "1".into()));
        }
        if let Ok(shim) = &self.shim {
            let mut preload = OsString::from(&shim.path);
            if let Some(old) = env("LD_PRELOAD").filter(|v| !v.trim().is_empty()) {
                preload.push(":");
                preload.push(old);
            }
            out.push(("LD_PRELOAD", preload));
        }
        if let Driver::Emulated(dir) = &self.driver {
            let mut path = OsString::from(dir);
            if let Some(old) = env("LD_LIBRARY_PATH").filter(|v| !v.is_empty()) {
                path.push(":");
                path.push(old);
            }
            out.push(("LD_LIBRARY_PATH", path));
        }
        out
    }

    /// The one line saying which driver the application runs on, when it is worth saying.
    pub fn driver_notice(&self) -> Option<String> {
        match &self.driver {
            Driver::Emulated(dir) => Some(format!(
                "no Ascend driver installed (no {} via {}): running on the emulated driver in {}",
                locate::V1_DRIVER_FILE,
                locate::VENDOR_SEARCH_PLACES,
                dir.display()
            )),
            Driver::Missing => Some(format!(
                "no Ascend driver found (no {} via {}) and no emulated driver next to aclvenc-check: the \
                 application's encoder calls will fail",
                locate::V1_DRIVER_FILE,
                locate::VENDOR_SEARCH_PLACES
            )),
            Driver::Named(_) | Driver::Vendor(_) => None,
        }
    }

    /// `--print-settings`: every setting, its value and where it comes from, one per line in aligned columns.
    pub fn describe(&self) -> String {
        let mut rows: Vec<(String, String, String)> = Vec::new();
        for e in &self.entries {
            let (value, source) = match (&e.value, e.var) {
                (Some(v), _) => (v.clone(), e.source.to_string()),
                (None, "ACLVENC_SHIM_REPORT") => {
                    (format!("{} (temporary)", self.report_path.display()), "default".into())
                }
                (None, _) => (format!("unset: {}", e.default_text), "default".into()),
            };
            rows.push((format!("{} {}", e.flag, e.var), value, source));
        }
        rows.push(match self.error_exitcode {
            Some(n) => ("--error-exitcode".into(), n.to_string(), "flag --error-exitcode".into()),
            None => ("--error-exitcode".into(), "unset: keep the app's exit status".into(), "default".into()),
        });
        rows.push(match &self.shim {
            Ok(f) => ("--shim".into(), f.path.display().to_string(), f.how.clone()),
            Err(e) => ("--shim".into(), format!("NOT FOUND: {e}"), "-".into()),
        });
        rows.push(match &self.driver {
            Driver::Named(p) => ("driver".into(), p.clone(), "named by --driver*/ACLVENC_SHIM_DRIVER*".into()),
            Driver::Vendor(f) => ("driver".into(), f.path.display().to_string(), format!("vendor driver, {}", f.how)),
            Driver::Emulated(d) => ("driver".into(), d.display().to_string(), "emulated driver (--emu)".into()),
            Driver::Missing => ("driver".into(), "none found".into(), "-".into()),
        });
        let w0 = rows.iter().map(|r| r.0.len()).max().unwrap_or(0);
        let w1 = rows.iter().map(|r| r.1.len()).max().unwrap_or(0).min(60);
        let mut s =
            format!("aclvenc-check {} effective settings (flag/variable, value, source):\n", env!("CARGO_PKG_VERSION"));
        for (name, value, source) in rows {
            let _ = writeln!(s, "  {name:<w0$}  {value:<w1$}  {source}");
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::Mode;
    use clap::Parser;
    use std::collections::HashMap;

    fn env_of(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    fn plan(args: &[&str], env: &HashMap<String, String>) -> Plan {
        let cli = Cli::try_parse_from(std::iter::once("aclvenc-check").chain(args.iter().copied())).unwrap();
        Plan::new(&cli, &|k| env.get(k).cloned(), Path::new("/nonexistent/bin"), &[])
    }

    fn entry<'a>(p: &'a Plan, var: &str) -> &'a Entry {
        p.entries.iter().find(|e| e.var == var).unwrap()
    }

    #[test]
    fn flag_beats_env_beats_default() {
        let env = env_of(&[("ACLVENC_SHIM_MODE", "reject"), ("ACLVENC_SHIM_LOG", "info"), ("ACLVENC_SHIM_SOC", "")]);
        let p = plan(&["--mode", "abort", "--", "app"], &env);
        assert_eq!(entry(&p, "ACLVENC_SHIM_MODE").value.as_deref(), Some("abort"));
        assert_eq!(entry(&p, "ACLVENC_SHIM_MODE").source, Source::Flag("--mode"));
        assert_eq!(entry(&p, "ACLVENC_SHIM_LOG").value.as_deref(), Some("info"));
        assert_eq!(entry(&p, "ACLVENC_SHIM_LOG").source, Source::Env("ACLVENC_SHIM_LOG"));
        // An empty variable counts as unset.
        assert_eq!(entry(&p, "ACLVENC_SHIM_SOC").source, Source::Default);
        assert_eq!(entry(&p, "ACLVENC_SHIM_SOC").value, None);
        assert_eq!(Mode::Abort.as_str(), "abort");
    }

    #[test]
    fn exit_codes_from_flags_or_env() {
        let env = env_of(&[("ACLVENC_SHIM_LEAK_EXITCODE", "23")]);
        let p = plan(&["--", "app"], &env);
        assert_eq!((p.leak_exitcode, p.error_exitcode), (Some(23), None));
        let p = plan(&["--leak-exitcode", "7", "--error-exitcode", "9", "--", "app"], &env);
        assert_eq!((p.leak_exitcode, p.error_exitcode), (Some(7), Some(9)));
        let p = plan(&["--", "app"], &env_of(&[("ACLVENC_SHIM_LEAK_EXITCODE", "lots")]));
        assert_eq!(p.leak_exitcode, None);
    }

    #[test]
    fn report_is_temporary_unless_named() {
        let p = plan(&["--", "app"], &env_of(&[]));
        assert!(!p.keep_report);
        assert_eq!(p.report_path, temp_report_path());
        let p = plan(&["--", "app"], &env_of(&[("ACLVENC_SHIM_REPORT", "/tmp/r.json")]));
        assert!(p.keep_report);
        assert_eq!(p.report_path, Path::new("/tmp/r.json"));
        let p = plan(&["--report", "/tmp/x.json", "--", "app"], &env_of(&[("ACLVENC_SHIM_REPORT", "/tmp/r.json")]));
        assert_eq!(p.report_path, Path::new("/tmp/x.json"));
    }

    #[test]
    fn named_driver_means_no_emulator() {
        let p = plan(&["--driver", "/opt/drv.so", "--", "app"], &env_of(&[]));
        assert_eq!(p.driver, Driver::Named("/opt/drv.so".into()));
        assert_eq!(p.driver_notice(), None);
        let p = plan(&["--", "app"], &env_of(&[("ACLVENC_SHIM_DRIVER_V2", "/opt/mpi.so")]));
        assert_eq!(p.driver, Driver::Named("/opt/mpi.so".into()));
    }

    #[test]
    fn child_environment() {
        let env = env_of(&[("LD_PRELOAD", "libother.so"), ("LD_LIBRARY_PATH", "/usr/local/lib")]);
        let mut p = plan(&["--mode", "reject", "--no-banner", "--", "app"], &env);
        p.shim = Ok(Found { path: "/x/libaclvenc_shim.so".into(), how: "test".into() });
        p.driver = Driver::Emulated("/x/emu".into());
        let lookup = |k: &str| env.get(k).cloned();
        let child: HashMap<_, _> = p.child_env(&lookup).into_iter().collect();
        assert_eq!(child["ACLVENC_SHIM_MODE"], "reject");
        assert_eq!(child["ACLVENC_SHIM_BANNER"], "0");
        assert_eq!(child["ACLVENC_SHIM_REPORT"], OsString::from(temp_report_path()));
        assert_eq!(child["LD_PRELOAD"], "/x/libaclvenc_shim.so:libother.so");
        assert_eq!(child["LD_LIBRARY_PATH"], "/x/emu:/usr/local/lib");
        assert!(!child.contains_key("ACLVENC_SHIM_SOC"));
        assert!(p.driver_notice().unwrap().contains("emulated driver in /x/emu"));
    }

    #[test]
    fn describe_names_every_source() {
        let env = env_of(&[("ACLVENC_SHIM_LOG", "debug")]);
        let text = plan(&["--mode", "reject", "--print-settings"], &env).describe();
        let line = |var: &str| text.lines().find(|l| l.contains(var)).unwrap().to_string();
        assert!(line("ACLVENC_SHIM_MODE").ends_with("flag --mode"), "{text}");
        assert!(line("ACLVENC_SHIM_LOG").ends_with("env ACLVENC_SHIM_LOG"), "{text}");
        assert!(line("ACLVENC_SHIM_SOC").ends_with("default"), "{text}");
        assert!(line("--shim").contains("NOT FOUND"), "{text}");
        assert_eq!(text.lines().count(), 1 + 12 + 3, "{text}");
    }
}
