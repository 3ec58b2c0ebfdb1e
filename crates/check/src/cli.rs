//! The command line: `aclvenc-check [options] -- <app> [args...]`.
//!
//! Every shim setting (`ACLVENC_SHIM_*`, see `docs/shim-interface.md`) has a flag of its own; a flag wins over the
//! variable, which wins over the default. `--report` and `--error-exitcode` belong to the checker.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{Parser, ValueEnum};

/// What the shim does with a call that has an error-level finding (`ACLVENC_SHIM_MODE`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Mode {
    /// Report, then forward the call unchanged (only calls on never-created or destroyed objects are refused).
    Report,
    /// Refuse every call with an error finding, returning the vendor's error code.
    Reject,
    /// Report, print a backtrace and abort the process.
    Abort,
}

impl Mode {
    /// The value as `ACLVENC_SHIM_MODE` spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Report => "report",
            Mode::Reject => "reject",
            Mode::Abort => "abort",
        }
    }
}

/// When to point the application at the emulated driver.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum Emu {
    /// Only when no vendor driver is found and no driver is named.
    #[default]
    Auto,
    /// Always (ignores an installed vendor driver).
    Always,
    /// Never (the application runs on whatever driver the loader finds, or none).
    Never,
}

/// Runs an Ascend video-encoder application under aclvenc-shim (validation, tracing, leak tracking) and prints a
/// summary of its encoder calls, findings, leaks and channels, like valgrind or compute-sanitizer.
#[derive(Parser, Debug, Default)]
#[command(
    name = "aclvenc-check",
    version,
    about,
    after_help = "Examples:\n  aclvenc-check -- ./venc_file --input clip.nv12 --size 768x576 --output out.h265\n  \
                  aclvenc-check --error-exitcode 1 --leak-exitcode 23 --report report.json -- ./app\n  \
                  aclvenc-check --print-settings\n\n\
                  Exit status: the application's; --error-exitcode N if error findings were reported, else \
                  --leak-exitcode N if objects leaked; 128+SIG if the application was killed by signal SIG."
)]
pub struct Cli {
    /// What the shim does with a call that has an error finding [env ACLVENC_SHIM_MODE; default report]
    #[arg(long, value_enum, value_name = "MODE")]
    pub mode: Option<Mode>,

    /// The shim's log filter, RUST_LOG syntax; `aclvenc_shim::trace=trace` traces every call
    /// [env ACLVENC_SHIM_LOG; default warn]
    #[arg(long, value_name = "FILTER")]
    pub log: Option<String>,

    /// Write every call as a Chrome trace event (chrome://tracing, Perfetto) [env ACLVENC_SHIM_TRACE_FILE]
    #[arg(long, value_name = "PATH")]
    pub trace_file: Option<PathBuf>,

    /// Exit status when objects leak (like LeakSanitizer's exitcode) [env ACLVENC_SHIM_LEAK_EXITCODE]
    #[arg(long, value_name = "N")]
    pub leak_exitcode: Option<u8>,

    /// Exit status when the shim reported error findings (like valgrind's --error-exitcode)
    #[arg(long, value_name = "N")]
    pub error_exitcode: Option<u8>,

    /// The driver library to forward to (one exporting both APIs, or the V1 one) [env ACLVENC_SHIM_DRIVER]
    #[arg(long, value_name = "PATH")]
    pub driver: Option<PathBuf>,

    /// The V1 driver (libacl_dvpp.so) to forward to [env ACLVENC_SHIM_DRIVER_V1]
    #[arg(long, value_name = "PATH")]
    pub driver_v1: Option<PathBuf>,

    /// The V2 driver (libacl_dvpp_mpi.so) to forward to [env ACLVENC_SHIM_DRIVER_V2]
    #[arg(long, value_name = "PATH")]
    pub driver_v2: Option<PathBuf>,

    /// Chip for the per-chip rules: Ascend310, Ascend310P3, Ascend310B1 [env ACLVENC_SHIM_SOC; default: asked from
    /// the runtime]
    #[arg(long, value_name = "NAME")]
    pub soc: Option<String>,

    /// Keep the shim's JSON report at PATH (otherwise a temporary file is used and removed) [env ACLVENC_SHIM_REPORT]
    #[arg(long, value_name = "PATH")]
    pub report: Option<PathBuf>,

    /// How often the shim rewrites the report while the application runs, so a killed application still leaves
    /// one [env ACLVENC_SHIM_REPORT_INTERVAL_MS; default 500]
    #[arg(long, value_name = "MS")]
    pub report_interval_ms: Option<u64>,

    /// Do not wrap the application's aclvenc callbacks (by default aclvenc-check wraps them so the shim sees every
    /// V1 output: counts, bytes, callback rules) [env ACLVENC_SHIM_WRAP_CALLBACKS=0]
    #[arg(long)]
    pub no_wrap_callbacks: bool,

    /// Silence the shim's one-line banner [env ACLVENC_SHIM_BANNER=0]
    #[arg(long)]
    pub no_banner: bool,

    /// The shim library to preload [default: next to aclvenc-check, then its install lib directory]
    #[arg(long, value_name = "PATH")]
    pub shim: Option<PathBuf>,

    /// When to run the application on the emulated driver
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = Emu::Auto)]
    pub emu: Emu,

    /// Print the effective settings and where each comes from (flag, env, default), then run the application if
    /// one is given
    #[arg(long)]
    pub print_settings: bool,

    /// The application and its arguments
    #[arg(last = true, value_name = "APP", required_unless_present = "print_settings")]
    pub command: Vec<OsString>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Cli, clap::Error> {
        Cli::try_parse_from(std::iter::once("aclvenc-check").chain(args.iter().copied()))
    }

    #[test]
    fn app_and_its_arguments_come_after_the_separator() {
        let cli = parse(&["--mode", "reject", "--", "./app", "--mode", "x", "--", "y"]).unwrap();
        assert_eq!(cli.mode, Some(Mode::Reject));
        assert_eq!(cli.command, ["./app", "--mode", "x", "--", "y"]);
    }

    #[test]
    fn every_shim_setting_has_a_flag() {
        let cli = parse(&[
            "--mode=abort",
            "--log=aclvenc_shim::trace=trace",
            "--trace-file=t.json",
            "--leak-exitcode=23",
            "--error-exitcode=1",
            "--driver=/d.so",
            "--driver-v1=/v1.so",
            "--driver-v2=/v2.so",
            "--soc=Ascend310",
            "--report=r.json",
            "--report-interval-ms=100",
            "--no-banner",
            "--no-wrap-callbacks",
            "--shim=/s.so",
            "--emu=never",
            "--",
            "app",
        ])
        .unwrap();
        assert_eq!(cli.mode, Some(Mode::Abort));
        assert_eq!(cli.log.as_deref(), Some("aclvenc_shim::trace=trace"));
        assert_eq!(cli.leak_exitcode, Some(23));
        assert_eq!(cli.error_exitcode, Some(1));
        assert_eq!(cli.soc.as_deref(), Some("Ascend310"));
        assert_eq!(cli.report_interval_ms, Some(100));
        assert!(cli.no_banner && cli.no_wrap_callbacks);
        assert_eq!(cli.emu, Emu::Never);
    }

    #[test]
    fn an_app_is_required_unless_only_printing_settings() {
        assert!(parse(&[]).is_err());
        assert!(parse(&["--mode", "report"]).is_err());
        assert!(parse(&["--print-settings"]).unwrap().command.is_empty());
    }

    #[test]
    fn bad_values_are_refused() {
        assert!(parse(&["--mode", "strict", "--", "app"]).is_err());
        assert!(parse(&["--leak-exitcode", "300", "--", "app"]).is_err());
        assert!(parse(&["--error-exitcode", "-1", "--", "app"]).is_err());
        assert!(parse(&["--emu", "maybe", "--", "app"]).is_err());
    }
}
