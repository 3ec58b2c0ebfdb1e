//! This run's criterion estimates, read from `<group>/<function>/new/estimates.json` under criterion's output
//! directory.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// A statistic criterion estimates for a benchmark, in ns per iteration.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Statistic {
    /// Median of the samples' mean times per iteration.
    Median,
    /// Slope of time over iterations (linear sampling only): the cost of one more iteration, without any
    /// constant per-sample cost such as starting a process.
    Slope,
}

impl Statistic {
    fn key(self) -> &'static str {
        match self {
            Statistic::Median => "median",
            Statistic::Slope => "slope",
        }
    }
}

/// The estimates criterion writes in this run.
#[derive(Debug)]
pub struct Estimates {
    dir: PathBuf,
    since: SystemTime,
}

impl Estimates {
    /// Call before creating the `Criterion`. Criterion writes to `$CRITERION_HOME`, else to `criterion/` in the
    /// cargo target directory; when `CRITERION_HOME` is unset this sets it to the latter (found from this
    /// executable's path, `<target>/<profile>/deps/<bench>`), so both sides agree on the place.
    pub fn for_this_run() -> Estimates {
        let dir = match std::env::var_os("CRITERION_HOME") {
            Some(dir) => PathBuf::from(dir),
            None => {
                let exe = std::env::current_exe().expect("path of the benchmark executable");
                let target = exe.ancestors().nth(3).expect("benchmark executable under <target>/<profile>/deps");
                let dir = target.join("criterion");
                std::env::set_var("CRITERION_HOME", &dir);
                dir
            }
        };
        // Whole seconds, so a file system with coarse timestamps still counts this run's files as new.
        let now = SystemTime::now().duration_since(UNIX_EPOCH).expect("clock after 1970");
        Estimates::in_dir(&dir, UNIX_EPOCH + Duration::from_secs(now.as_secs()))
    }

    /// Estimates under `dir` written at or after `since`.
    pub fn in_dir(dir: &Path, since: SystemTime) -> Estimates {
        Estimates { dir: dir.to_path_buf(), since }
    }

    /// `statistic` of `group`/`function` in ns per iteration, if criterion measured it in this run (`None` when
    /// the benchmark was filtered out, ran in test mode, or criterion was told not to save results).
    /// `group` and `function` must be plain names (no `/`, `\`, `:`, `*`, `?`, `"`, `<`, `>`, `|`, `^`), which
    /// criterion uses as directory names unchanged.
    pub fn ns(&self, group: &str, function: &str, statistic: Statistic) -> Option<f64> {
        let path = self.dir.join(group).join(function).join("new/estimates.json");
        let modified = std::fs::metadata(&path).and_then(|m| m.modified()).ok()?;
        if modified < self.since {
            return None;
        }
        let text = std::fs::read_to_string(&path).ok()?;
        let v: serde_json::Value = serde_json::from_str(&text).ok()?;
        v[statistic.key()]["point_estimate"].as_f64()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write_estimates(root: &Path, group: &str, function: &str) {
        let dir = root.join(group).join(function).join("new");
        std::fs::create_dir_all(&dir).unwrap();
        let estimate = |x: f64| serde_json::json!({ "point_estimate": x, "standard_error": 0.1 });
        let v = serde_json::json!({ "mean": estimate(12.0), "median": estimate(11.5), "slope": estimate(11.0) });
        std::fs::write(dir.join("estimates.json"), v.to_string()).unwrap();
    }

    #[test]
    fn reads_the_statistic_of_this_run() {
        let root = tempfile::tempdir().unwrap();
        let start = SystemTime::now() - Duration::from_secs(1);
        write_estimates(root.path(), "aclvencSetChannelDescPicWidth", "shim");
        let e = Estimates::in_dir(root.path(), start);
        assert_eq!(e.ns("aclvencSetChannelDescPicWidth", "shim", Statistic::Median), Some(11.5));
        assert_eq!(e.ns("aclvencSetChannelDescPicWidth", "shim", Statistic::Slope), Some(11.0));
        assert_eq!(e.ns("aclvencSetChannelDescPicWidth", "direct", Statistic::Median), None);
    }

    #[test]
    fn ignores_estimates_of_an_earlier_run() {
        let root = tempfile::tempdir().unwrap();
        write_estimates(root.path(), "g", "f");
        let later = SystemTime::now() + Duration::from_secs(60);
        assert_eq!(Estimates::in_dir(root.path(), later).ns("g", "f", Statistic::Median), None);
    }
}
