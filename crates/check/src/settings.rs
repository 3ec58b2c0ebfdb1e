//! The effective settings of one run: each shim setting from its flag, else its `ACLVENC_SHIM_*` variable, else
//! the checker's or the shim's default (read with `aclvenc_interface::settings::read`, the same table the shim
//! parses); the shim to preload; the driver the application will run on; where the report goes; and the
//! environment handed to the application.

use std::ffi::OsString;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use aclvenc_interface::driver::{driver_settings, Library};
use aclvenc_interface::filter;
use aclvenc_interface::path::{describe_kind, has_pid};
use aclvenc_interface::settings::{self, Defaults, Key, Kind, Reading, Setting, Source};

use crate::cli::{Cli, Emu};
use crate::locate::{self, Found};

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

/// Where the shim writes its JSON report.
#[derive(Debug)]
pub enum ReportFile {
    /// The user's path (`--report`, `ACLVENC_SHIM_REPORT`): never removed.
    Kept(PathBuf),
    /// `report.json` in a private temporary directory, removed with everything in it when this is dropped.
    Temporary(tempfile::TempDir),
}

impl ReportFile {
    /// The report's path.
    pub fn path(&self) -> PathBuf {
        match self {
            ReportFile::Kept(p) => p.clone(),
            ReportFile::Temporary(dir) => dir.path().join("report.json"),
        }
    }
}

/// Refuses, before the application starts, a report path the shim could not write its report to: a path that
/// exists and is not a regular file (a directory, a device, a FIFO; links followed), or one whose directory does
/// not exist. The parts of the path that hold `%p` (the application's pid, not known yet) are not checked.
///
/// # Errors
/// One message naming the path and what is wrong with it.
pub fn check_report_path(path: &Path) -> Result<PathBuf, String> {
    let name = || format!("report path {}", path.display());
    if !has_pid(path) {
        if let Ok(meta) = std::fs::metadata(path) {
            if !meta.is_file() {
                let what = describe_kind(meta.file_type());
                return Err(format!("{} is {what}; the shim writes its report only to a regular file", name()));
            }
        }
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    if !has_pid(dir) {
        match std::fs::metadata(dir) {
            Ok(meta) if meta.is_dir() => {}
            Ok(meta) => {
                return Err(format!(
                    "{}: {} is {}, not a directory",
                    name(),
                    dir.display(),
                    describe_kind(meta.file_type())
                ))
            }
            Err(e) => return Err(format!("{}: directory {}: {e}", name(), dir.display())),
        }
    }
    Ok(path.to_path_buf())
}

/// Everything decided before the application starts.
#[derive(Debug)]
pub struct Plan {
    /// Every shim setting, in the table's order.
    pub readings: Vec<Reading>,
    /// Variables that did not parse (the shim ignores them too).
    pub warnings: Vec<String>,
    /// Exit status for error findings (`--error-exitcode`).
    pub error_exitcode: Option<u8>,
    /// Exit status for leaks (flag or `ACLVENC_SHIM_LEAK_EXITCODE`), as the checker applies it.
    pub leak_exitcode: Option<u8>,
    /// Where the shim writes its JSON report.
    pub report: ReportFile,
    /// The shim to preload.
    pub shim: Result<Found, String>,
    pub driver: Driver,
}

/// Reads the environment through a function (the process environment, or a map in tests).
pub type Env<'a> = &'a dyn Fn(&str) -> Option<String>;

impl Plan {
    /// Decides every setting. `exe_dir` is the directory of `aclvenc-check`; `cache` what the loader cache lists
    /// for `libacl_dvpp.so`.
    ///
    /// # Errors
    /// When the report path given cannot take the report ([`check_report_path`]), when none is given and no
    /// temporary directory can be made for it, or when a suppressions file cannot be read or has a bad line.
    pub fn new(cli: &Cli, env: Env, exe_dir: &Path, cache: &[PathBuf]) -> Result<Plan, String> {
        // A path on the command line is made absolute, so it means the same to the application.
        let flag = |s: &Setting| {
            let (_, v) = cli.settings.iter().find(|(k, _)| *k == s.key)?;
            Some(match s.kind {
                Kind::Path => locate::absolute(Path::new(v)).display().to_string(),
                Kind::PathList => {
                    let paths: Vec<String> =
                        v.split(':').map(|p| locate::absolute(Path::new(p)).display().to_string()).collect();
                    paths.join(":")
                }
                _ => v.clone(),
            })
        };
        let (readings, warnings) = settings::read(flag, |k| env(k), Defaults::Checker);
        let value = |key: Key| readings[key as usize].value.clone();
        let leak_exitcode = value(Key::LeakExitcode).and_then(|v| v.exit_status());
        // A suppressions file with a bad line is refused before the run, naming the file and line.
        let files = value(Key::Suppressions).and_then(|v| v.paths()).unwrap_or_default();
        filter::load_suppressions(&files)?;
        let report = match value(Key::Report).and_then(|v| v.path()) {
            Some(p) => ReportFile::Kept(check_report_path(&p)?),
            None => ReportFile::Temporary(
                tempfile::Builder::new()
                    .prefix("aclvenc-check-")
                    .tempdir()
                    .map_err(|e| format!("cannot make a temporary directory for the report: {e}"))?,
            ),
        };
        let shim = locate::find_shim(cli.shim.as_deref(), exe_dir);
        let named: Vec<String> = driver_settings().into_iter().filter_map(value).map(|v| v.to_string()).collect();
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
        Ok(Plan { readings, warnings, error_exitcode: cli.error_exitcode, leak_exitcode, report, shim, driver })
    }

    /// The path of a path setting, if set (`%p` not yet expanded).
    pub fn path(&self, key: Key) -> Option<PathBuf> {
        self.readings[key as usize].value.as_ref().and_then(|v| v.path())
    }

    /// The variables to set in the application's environment (`env` is the checker's own environment): every
    /// setting someone chose (flag, variable, or the checker's default), the report path, `LD_PRELOAD` and, on the
    /// emulated driver, `LD_LIBRARY_PATH`. The SARIF and JUnit paths stay with the checker, which writes both
    /// files from the report after the run; the variables are removed, so the shim does not write them too.
    pub fn child_env(&self, env: Env) -> Vec<(&'static str, OsString)> {
        let mut out: Vec<(&'static str, OsString)> = Vec::new();
        let own = [Key::Report, Key::Sarif, Key::Junit];
        for r in &self.readings {
            if let (Some(v), false) = (&r.value, r.source == Source::Default || own.contains(&r.setting.key)) {
                out.push((r.setting.env, v.to_string().into()));
            }
        }
        out.push((Key::Report.env(), self.report.path().into()));
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
        let (file, places) = (Library::V1.soname(), locate::vendor_search_places());
        match &self.driver {
            Driver::Emulated(dir) => Some(format!(
                "no Ascend driver installed (no {file} via {places}): running on the emulated driver in {}",
                dir.display()
            )),
            Driver::Missing => Some(format!(
                "no Ascend driver found (no {file} via {places}) and no emulated driver next to aclvenc-check: the \
                 application's encoder calls will fail"
            )),
            Driver::Named(_) | Driver::Vendor(_) => None,
        }
    }

    /// `--print-settings`: every setting, its value and where it comes from, one per line in aligned columns,
    /// then any variable that did not parse.
    pub fn describe(&self) -> String {
        let mut rows: Vec<(String, String, String)> = Vec::new();
        for r in &self.readings {
            let value = match (&self.report, r.setting.key) {
                (ReportFile::Temporary(_), Key::Report) => format!("{} (temporary)", self.report.path().display()),
                _ => r.value_text(),
            };
            rows.push((format!("{} {}", r.setting.flag_text(), r.setting.env), value, r.source.describe(r.setting)));
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
        for w in &self.warnings {
            let _ = writeln!(s, "  warning: {w}");
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aclvenc_interface::settings::SETTINGS;
    use std::collections::HashMap;

    fn env_of(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    fn plan(args: &[&str], env: &HashMap<String, String>) -> Plan {
        let cli = crate::cli::parse_from(std::iter::once("aclvenc-check").chain(args.iter().copied())).unwrap();
        Plan::new(&cli, &|k| env.get(k).cloned(), Path::new("/nonexistent/bin"), &[]).unwrap()
    }

    fn reading(p: &Plan, key: Key) -> &Reading {
        &p.readings[key as usize]
    }

    #[test]
    fn flag_beats_env_beats_default() {
        let env = env_of(&[("ACLVENC_SHIM_MODE", "reject"), ("ACLVENC_SHIM_LOG", "info"), ("ACLVENC_SHIM_SOC", "")]);
        let p = plan(&["--mode", "abort", "--", "app"], &env);
        assert_eq!(
            (reading(&p, Key::Mode).value_text(), reading(&p, Key::Mode).source),
            ("abort".into(), Source::Flag)
        );
        assert_eq!((reading(&p, Key::Log).value_text(), reading(&p, Key::Log).source), ("info".into(), Source::Env));
        // An empty variable counts as unset.
        assert_eq!((reading(&p, Key::Soc).value.clone(), reading(&p, Key::Soc).source), (None, Source::Default));
        assert_eq!(p.readings.len(), SETTINGS.len());
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
        assert!(p.warnings[0].starts_with("ACLVENC_SHIM_LEAK_EXITCODE=\"lots\""), "{:?}", p.warnings);
        assert!(p.describe().contains("warning: ACLVENC_SHIM_LEAK_EXITCODE"));
    }

    #[test]
    fn report_is_temporary_unless_named_and_a_named_one_is_kept() {
        let p = plan(&["--", "app"], &env_of(&[]));
        let ReportFile::Temporary(dir) = &p.report else { panic!("{:?}", p.report) };
        let (dir, path) = (dir.path().to_path_buf(), p.report.path());
        assert!(dir.is_dir() && path.starts_with(&dir));
        std::fs::write(&path, "{}").unwrap();
        drop(p);
        assert!(!dir.exists(), "the temporary directory goes with the plan");

        let kept = tempfile::tempdir().unwrap();
        let kept_path = kept.path().join("r.json");
        std::fs::write(&kept_path, "{}").unwrap();
        let p = plan(&["--", "app"], &env_of(&[("ACLVENC_SHIM_REPORT", kept_path.to_str().unwrap())]));
        assert_eq!(p.report.path(), kept_path);
        drop(p);
        assert!(kept_path.is_file(), "a kept report is never removed");
        let p = plan(&["--report", "/tmp/x.json", "--", "app"], &env_of(&[("ACLVENC_SHIM_REPORT", "/tmp/r.json")]));
        assert_eq!(p.report.path(), Path::new("/tmp/x.json"));
    }

    /// A report path the shim cannot write to fails before the application runs, naming the path and why.
    #[test]
    fn an_unwritable_report_path_is_refused_up_front() {
        let dir = tempfile::tempdir().unwrap();
        let try_plan = |path: &Path| {
            let cli = crate::cli::parse_from(["aclvenc-check", "--report", path.to_str().unwrap(), "--", "app"]);
            Plan::new(&cli.unwrap(), &|_| None, Path::new("/nonexistent/bin"), &[]).map(|p| p.report.path())
        };
        let file = dir.path().join("file");
        std::fs::write(&file, "").unwrap();
        for (path, why) in [
            (dir.path().to_path_buf(), "is a directory; the shim writes its report only to a regular file"),
            (PathBuf::from("/dev/null"), "is a character device"),
            (PathBuf::from("/nonexistent/r.json"), "directory /nonexistent: No such file or directory"),
            (file.join("r.json"), "is a regular file, not a directory"),
        ] {
            let e = try_plan(&path).unwrap_err();
            assert!(e.starts_with(&format!("report path {}", path.display())) && e.contains(why), "{e}");
        }
        let fine = [dir.path().join("new.json"), file.clone(), dir.path().join("r.%p.json"), "/tmp/%p/r.json".into()];
        for path in fine {
            assert_eq!(try_plan(&path), Ok(path));
        }
    }

    /// A suppressions file with an unknown rule ID is refused before the run, naming the file and line; its path
    /// reaches the shim absolute.
    #[test]
    fn suppressions_are_checked_before_the_run() {
        let dir = tempfile::tempdir().unwrap();
        let bad = dir.path().join("bad.supp");
        std::fs::write(&bad, "VENC-SEND-AFTER-EOS\nVENC-NOT-A-RULE\n").unwrap();
        let cli = crate::cli::parse_from(["aclvenc-check", "--suppressions", bad.to_str().unwrap(), "--", "app"]);
        let e = Plan::new(&cli.unwrap(), &|_| None, Path::new("/nonexistent/bin"), &[]).unwrap_err();
        assert!(e.starts_with(&format!("{}:2: \"VENC-NOT-A-RULE\" names no rule ID", bad.display())), "{e}");
        let good = dir.path().join("good.supp");
        std::fs::write(&good, "leak:*\n").unwrap();
        let env = env_of(&[("ACLVENC_SHIM_SARIF", "/tmp/x.sarif")]);
        let p = plan(&["--suppressions", good.to_str().unwrap(), "--junit", "/tmp/j.xml", "--", "app"], &env);
        let child: HashMap<_, _> = p.child_env(&|_| None).into_iter().collect();
        assert_eq!(child["ACLVENC_SHIM_SUPPRESSIONS"], good.as_os_str());
        assert!(!child.contains_key("ACLVENC_SHIM_SARIF") && !child.contains_key("ACLVENC_SHIM_JUNIT"));
        assert_eq!((p.path(Key::Sarif), p.path(Key::Junit)), (Some("/tmp/x.sarif".into()), Some("/tmp/j.xml".into())));
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
        let mut p = plan(&["--mode", "reject", "--no-banner", "--report-interval-ms", "50", "--", "app"], &env);
        p.shim = Ok(Found { path: "/x/libaclvenc_shim.so".into(), how: "test".into() });
        p.driver = Driver::Emulated("/x/emu".into());
        let lookup = |k: &str| env.get(k).cloned();
        let child: HashMap<_, _> = p.child_env(&lookup).into_iter().collect();
        assert_eq!(child["ACLVENC_SHIM_MODE"], "reject");
        assert_eq!(child["ACLVENC_SHIM_BANNER"], "0");
        assert_eq!(child["ACLVENC_SHIM_REPORT_INTERVAL_MS"], "50");
        assert_eq!(child["ACLVENC_SHIM_WRAP_CALLBACKS"], "1", "the checker wraps callbacks unless told not to");
        assert_eq!(child["ACLVENC_SHIM_REPORT"], OsString::from(p.report.path()));
        assert_eq!(child["LD_PRELOAD"], "/x/libaclvenc_shim.so:libother.so");
        assert_eq!(child["LD_LIBRARY_PATH"], "/x/emu:/usr/local/lib");
        assert!(!child.contains_key("ACLVENC_SHIM_SOC") && !child.contains_key("ACLVENC_SHIM_LOG"));
        assert_eq!(child["ACLVENC_SHIM_EXIT_SUMMARY"], "0", "one summary: the shim's exit leak print is silenced");
        assert!(p.driver_notice().unwrap().contains("emulated driver in /x/emu"));
        let p = plan(&["--no-wrap-callbacks", "--", "app"], &env);
        let child: HashMap<_, _> = p.child_env(&lookup).into_iter().collect();
        assert_eq!(child["ACLVENC_SHIM_WRAP_CALLBACKS"], "0");
    }

    #[test]
    fn describe_names_every_source() {
        let env = env_of(&[("ACLVENC_SHIM_LOG", "debug")]);
        let text = plan(&["--mode", "reject", "--print-settings"], &env).describe();
        let line = |var: &str| text.lines().find(|l| l.contains(var)).unwrap().to_string();
        assert!(line("ACLVENC_SHIM_MODE").ends_with("flag --mode"), "{text}");
        assert!(line("ACLVENC_SHIM_LOG").ends_with("env ACLVENC_SHIM_LOG"), "{text}");
        assert!(line("ACLVENC_SHIM_SOC").ends_with("default"), "{text}");
        assert!(line("ACLVENC_SHIM_WRAP_CALLBACKS").ends_with("aclvenc-check default"), "{text}");
        assert!(line("ACLVENC_SHIM_REPORT ").contains("(temporary)"), "{text}");
        assert!(line("--shim").contains("NOT FOUND"), "{text}");
        assert_eq!(text.lines().count(), 1 + SETTINGS.len() + 3, "{text}");
    }
}
