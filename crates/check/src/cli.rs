//! The command line: `aclvenc-check [options] -- <app> [args...]`.
//!
//! The shim's settings are not declared here: [`command`] makes one flag per row of the settings table in
//! `aclvenc-interface` (`--<flag> VALUE`, and for an on/off setting also `--no-<flag>`), with that row's help,
//! variable and default, and the same value check the shim applies. So a setting cannot lack a flag. A flag wins
//! over the variable, which wins over the default. `--error-exitcode`, `--shim`, `--emu`, `--html` and
//! `--print-settings` belong to the checker.

use std::ffi::OsString;
use std::path::PathBuf;

use aclvenc_interface::settings::{Key, Kind, Setting, SETTINGS};
use aclvenc_interface::{Mode, Severity};
use clap::builder::{PossibleValue, PossibleValuesParser};
use clap::{Arg, ArgAction, ArgMatches, Args, Command, FromArgMatches, ValueEnum};

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

/// The parsed command line: the checker's own options, and the shim settings given as flags.
#[derive(Args, Debug, Default)]
pub struct Cli {
    /// Exit status when the shim reported error findings (like valgrind's --error-exitcode)
    #[arg(long, value_name = "N")]
    pub error_exitcode: Option<u8>,

    /// The shim library to preload [default: next to aclvenc-check, then its install lib directory]
    #[arg(long, value_name = "PATH")]
    pub shim: Option<PathBuf>,

    /// When to run the application on the emulated driver
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = Emu::Auto)]
    pub emu: Emu,

    /// After the run, write the report as one self-contained HTML page to PATH (findings with their call stacks,
    /// leaks, suppressions, and per channel its figures and plots of latency and bit rate); `%p` becomes the
    /// application's pid. A checker option: the shim alone does not write it
    #[arg(long, value_name = "PATH")]
    pub html: Option<PathBuf>,

    /// Print the effective settings and where each comes from (flag, env, default), then run the application if
    /// one is given
    #[arg(long)]
    pub print_settings: bool,

    /// The application and its arguments
    #[arg(last = true, value_name = "APP", required_unless_present = "print_settings")]
    pub command: Vec<OsString>,

    /// Shim settings given on the command line: the setting and its value as the variable spells it.
    #[arg(skip)]
    pub settings: Vec<(Key, String)>,
}

const ABOUT: &str = "Runs an Ascend video-encoder application under aclvenc-shim (validation, tracing, leak \
                     tracking) and prints a summary of its encoder calls, findings, leaks and channels, like \
                     valgrind or compute-sanitizer.";

const EXAMPLES: &str =
    "Examples:\n  aclvenc-check -- ./venc_file --input clip.nv12 --size 768x576 --output out.h265\n  \
                        aclvenc-check --error-exitcode 1 --leak-exitcode 23 --report report.json -- ./app\n  \
                        aclvenc-check --suppressions known.supp --rules=-VENC-CHDESC-* --sarif out.sarif -- ./app\n  \
                        aclvenc-check --html report.%p.html -- ./app\n  \
                        aclvenc-check report report.json --format junit --output junit.xml\n  \
                        aclvenc-check report report.json --html report.html\n  \
                        aclvenc-check --print-settings";

/// `--help`'s closing text: examples and the exit statuses ([`crate::report::EXIT_STATUSES`]).
fn after_help() -> String {
    let mut s = format!("{EXAMPLES}\n\nExit status (the first that applies):\n");
    for (status, meaning) in crate::report::EXIT_STATUSES {
        s.push_str(&format!("  {status:<18} {meaning}\n"));
    }
    s
}

/// The id and long name of a switch's negative flag: `no-banner`.
fn negative(s: &Setting) -> String {
    format!("no-{}", s.flag)
}

/// The flags of one setting, from its table row.
fn setting_args(s: &'static Setting) -> Vec<Arg> {
    let default = match s.checker_default {
        Some(v) => format!("{v} (the shim alone: {})", s.default_text()),
        None => s.default_text().to_string(),
    };
    let help = format!("{} [env {}; default: {default}]", s.help, s.env);
    let long_help = if s.details.is_empty() { help.clone() } else { format!("{help}\n{}", s.details) };
    let arg = Arg::new(s.flag).long(s.flag).value_name(s.kind.value_name()).help(help).long_help(long_help);
    match s.kind {
        Kind::Switch => vec![
            arg.num_args(0..=1).default_missing_value("1").value_parser(["0", "1"]),
            Arg::new(negative(s))
                .long(negative(s))
                .action(ArgAction::SetTrue)
                .help(format!("Same as --{}=0", s.flag))
                .conflicts_with(s.flag),
        ],
        Kind::Mode => {
            let modes = Mode::ALL.map(|m| PossibleValue::new(m.as_str()).help(m.help()));
            vec![arg.value_parser(PossibleValuesParser::new(modes))]
        }
        Kind::Severity => vec![arg.value_parser(Severity::ALL.map(|s| PossibleValue::new(s.as_str())))],
        Kind::PathList => {
            vec![arg.action(ArgAction::Append).value_parser(move |v: &str| s.kind.parse(v).map(|_| v.to_string()))]
        }
        kind => vec![arg.value_parser(move |v: &str| kind.parse(v).map(|_| v.to_string()))],
    }
}

/// The whole command: the checker's options and one flag (two for a switch) per shim setting.
pub fn command() -> Command {
    let cmd = Command::new("aclvenc-check").args(SETTINGS.iter().flat_map(setting_args));
    // After the derive's additions, which would take the struct's doc comment as the about text.
    Cli::augment_args(cmd).version(env!("CARGO_PKG_VERSION")).about(ABOUT).long_about(None).after_help(after_help())
}

/// The shim settings present in `m`, as the variable would spell them.
fn settings_from(m: &ArgMatches) -> Vec<(Key, String)> {
    SETTINGS
        .iter()
        .filter_map(|s| {
            let negated = s.kind == Kind::Switch && m.get_flag(&negative(s));
            let value = match (negated, s.kind) {
                (true, _) => Some("0".to_string()),
                // A repeated list flag: the values joined as the variable separates them.
                (false, Kind::PathList) => {
                    m.get_many::<String>(s.flag).map(|v| v.cloned().collect::<Vec<_>>().join(":"))
                }
                (false, _) => m.get_one::<String>(s.flag).cloned(),
            };
            value.map(|v| (s.key, v))
        })
        .collect()
}

/// Parses `args` (the first is the program name).
///
/// # Errors
/// clap's error for an unknown flag, a bad value or a missing application.
pub fn parse_from<I, T>(args: I) -> Result<Cli, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let m = command().try_get_matches_from(args)?;
    let mut cli = Cli::from_arg_matches(&m)?;
    cli.settings = settings_from(&m);
    Ok(cli)
}

/// Parses the process's arguments, or prints clap's message and exits (status 2; 0 for `--help`).
pub fn parse() -> Cli {
    parse_from(std::env::args_os()).unwrap_or_else(|e| e.exit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Cli, clap::Error> {
        parse_from(std::iter::once("aclvenc-check").chain(args.iter().copied()))
    }

    fn given(cli: &Cli, key: Key) -> Option<&str> {
        cli.settings.iter().find(|(k, _)| *k == key).map(|(_, v)| v.as_str())
    }

    #[test]
    fn the_command_is_well_formed() {
        command().debug_assert();
    }

    /// `--help` lists every exit status of the checker's own next to the application's.
    #[test]
    fn help_documents_the_exit_statuses() {
        let help = command().render_help().to_string().replace('\n', " ");
        let statuses = ["--error-exitcode N", "--leak-exitcode N", "128+SIG", "125", "127", "126", "2 "];
        for status in statuses {
            assert!(help.contains(status), "{status}: {help}");
        }
        assert!(help.contains(&crate::report::REPORT_UNREADABLE.to_string()));
        assert!(help.contains("--html <PATH>") && help.contains("aclvenc-check --html report.%p.html -- ./app"));
    }

    #[test]
    fn app_and_its_arguments_come_after_the_separator() {
        let cli = parse(&["--mode", "reject", "--", "./app", "--mode", "x", "--", "y"]).unwrap();
        assert_eq!(given(&cli, Key::Mode), Some("reject"));
        assert_eq!(cli.command, ["./app", "--mode", "x", "--", "y"]);
    }

    /// Every row of the settings table has a flag (and a switch its `--no-` form), and a value given there
    /// reaches the setting.
    #[test]
    fn every_shim_setting_has_a_flag() {
        let cmd = command();
        let longs: Vec<&str> = cmd.get_arguments().filter_map(|a| a.get_long()).collect();
        let sample = |s: &Setting| match s.kind {
            Kind::Mode => "abort",
            Kind::Text(_) => "Ascend310",
            Kind::Path => "/x.so",
            Kind::Millis { .. } => "100",
            Kind::ExitStatus => "23",
            Kind::Switch => "0",
            Kind::PathList => "/a.supp",
            Kind::Count { .. } => "7",
            Kind::Severity => "warning",
            Kind::RuleFilter => "-VENC-CHDESC-*",
        };
        for s in SETTINGS {
            assert!(longs.contains(&s.flag), "--{} missing", s.flag);
            if s.kind == Kind::Switch {
                assert!(longs.contains(&negative(s).as_str()), "--no-{} missing", s.flag);
            }
            let cli = parse(&[&format!("--{}={}", s.flag, sample(s)), "--", "app"]).unwrap();
            assert_eq!(cli.settings, [(s.key, sample(s).to_string())], "--{}", s.flag);
        }
    }

    #[test]
    fn checker_options_and_switch_forms() {
        let cli = parse(&[
            "--error-exitcode=1",
            "--shim=/s.so",
            "--emu=never",
            "--no-banner",
            "--wrap-callbacks",
            "--html=r.%p.html",
            "--",
            "app",
        ])
        .unwrap();
        assert_eq!((cli.error_exitcode, cli.emu), (Some(1), Emu::Never));
        assert_eq!(cli.html, Some(PathBuf::from("r.%p.html")), "a checker option, not a shim setting");
        assert!(!cli.settings.iter().any(|(k, _)| k.setting().flag == "html"));
        assert_eq!(cli.shim, Some(PathBuf::from("/s.so")));
        assert_eq!((given(&cli, Key::Banner), given(&cli, Key::WrapCallbacks)), (Some("0"), Some("1")));
        assert!(parse(&["--banner=1", "--no-banner", "--", "app"]).is_err());
    }

    /// `--suppressions` may be repeated; the files reach the shim as one `:`-separated list.
    #[test]
    fn repeated_list_flags_are_joined() {
        let cli = parse(&["--suppressions", "/a.supp", "--suppressions=/b.supp", "--", "app"]).unwrap();
        assert_eq!(given(&cli, Key::Suppressions), Some("/a.supp:/b.supp"));
        assert!(parse(&["--rules", "-VENC-NOPE-*", "--", "app"]).is_err(), "a filter naming no rule is refused");
        assert!(parse(&["--min-severity", "fatal", "--", "app"]).is_err());
        assert!(parse(&["--num-callers", "0", "--", "app"]).is_err());
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
        assert!(parse(&["--report-interval-ms", "soon", "--", "app"]).is_err());
        assert!(parse(&["--error-exitcode", "-1", "--", "app"]).is_err());
        assert!(parse(&["--emu", "maybe", "--", "app"]).is_err());
        assert!(parse(&["--banner=2", "--", "app"]).is_err());
    }
}
