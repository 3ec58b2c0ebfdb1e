//! The shim's settings, each written once in [`SETTINGS`]: the environment variable the shim reads, the
//! `aclvenc-check` flag that sets it, the value type, the default and the help text. The shim's parser
//! (`src/config.rs`), `aclvenc-check`'s options, the shim's banner, `aclvenc-check --print-settings`, the report's
//! `settings` section, `docs/settings.md` and the README's table are all made from this table.
//!
//! A value is read with [`read`]: a flag (only `aclvenc-check` has flags), else the variable (an empty value counts
//! as unset), else the default; a value that does not parse is reported in a warning and the next layer applies.

use crate::{Mode, Severity};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// What a setting holds: how its value is parsed, and what its flag accepts.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    /// A [`Mode`]: `report`, `reject`, `abort` or `off`.
    Mode,
    /// Any non-empty text; the string is the flag's value name (`FILTER`, `NAME`).
    Text(&'static str),
    /// A file path.
    Path,
    /// A whole number of milliseconds, at least `min`.
    Millis {
        /// The smallest value accepted, in ms.
        min: u64,
    },
    /// A process exit status, 0-255.
    ExitStatus,
    /// `0` (off) or `1` (on).
    Switch,
    /// One or more file paths, separated by `:` in the variable; the flag may be given more than once.
    PathList,
    /// A whole number in `min..=max`.
    Count {
        /// The smallest value accepted.
        min: u64,
        /// The largest value accepted.
        max: u64,
    },
    /// A [`Severity`]: `info`, `warning` or `error`.
    Severity,
    /// A rule filter ([`crate::filter::RuleFilter::parse`]): comma-separated rule IDs or families, each may start
    /// with `-` (disable) or `+` (enable).
    RuleFilter,
}

impl Kind {
    /// The value's name in `--help` (`MODE`, `PATH`, `MS`, ...).
    pub fn value_name(self) -> &'static str {
        match self {
            Kind::Mode => "MODE",
            Kind::Text(name) => name,
            Kind::Path => "PATH",
            Kind::Millis { .. } => "MS",
            Kind::ExitStatus => "N",
            Kind::Switch => "0|1",
            Kind::PathList => "FILE",
            Kind::Count { .. } => "N",
            Kind::Severity => "LEVEL",
            Kind::RuleFilter => "RULES",
        }
    }

    /// What a valid value is, as the end of "`x` is not ...".
    pub fn expects(self) -> String {
        match self {
            Kind::Mode => "report, reject, abort or off".into(),
            Kind::Text(_) => "a non-empty text".into(),
            Kind::Path => "a path".into(),
            Kind::Millis { min: 0 } => "a number of ms".into(),
            Kind::Millis { min } => format!("a number of ms, at least {min}"),
            Kind::ExitStatus => "an exit status 0-255".into(),
            Kind::Switch => "0 or 1".into(),
            Kind::PathList => "a path, or paths separated by ':'".into(),
            Kind::Count { min, max } => format!("a whole number from {min} to {max}"),
            Kind::Severity => "info, warning or error".into(),
            Kind::RuleFilter => "a list of rule IDs or families such as -VENC-CHDESC-*,MPI-NULL-PTR".into(),
        }
    }

    /// Parses `raw` as this kind of value.
    ///
    /// # Errors
    /// `"<raw> is not <what is expected>"` when `raw` is not a valid value (an empty text is never valid); for a
    /// rule filter, the filter's own message (the pattern that names no rule).
    pub fn parse(self, raw: &str) -> Result<Value, String> {
        let bad = || format!("{raw:?} is not {}", self.expects());
        if raw.is_empty() {
            return Err(bad());
        }
        match self {
            Kind::Mode => Mode::from_name(raw).map(Value::Mode).ok_or_else(bad),
            Kind::Text(_) => Ok(Value::Text(raw.to_string())),
            Kind::Path => Ok(Value::Path(PathBuf::from(raw))),
            Kind::Millis { min } => raw.parse::<u64>().ok().filter(|n| *n >= min).map(Value::Millis).ok_or_else(bad),
            Kind::ExitStatus => raw.parse::<u8>().map(Value::ExitStatus).map_err(|_| bad()),
            Kind::Switch => match raw {
                "0" => Ok(Value::Switch(false)),
                "1" => Ok(Value::Switch(true)),
                _ => Err(bad()),
            },
            Kind::PathList => {
                let paths: Vec<PathBuf> = raw.split(':').filter(|p| !p.is_empty()).map(PathBuf::from).collect();
                if paths.is_empty() {
                    Err(bad())
                } else {
                    Ok(Value::Paths(paths))
                }
            }
            Kind::Count { min, max } => {
                raw.parse::<u64>().ok().filter(|n| (min..=max).contains(n)).map(Value::Count).ok_or_else(bad)
            }
            Kind::Severity => Severity::from_name(raw).map(Value::Severity).ok_or_else(bad),
            Kind::RuleFilter => match crate::filter::RuleFilter::parse(raw) {
                Ok(_) => Ok(Value::Text(raw.to_string())),
                Err(why) => Err(format!("{raw:?}: {why}")),
            },
        }
    }
}

/// A parsed setting value; [`std::fmt::Display`] spells it the way the variable does.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Value {
    /// [`Kind::Mode`].
    Mode(Mode),
    /// [`Kind::Text`].
    Text(String),
    /// [`Kind::Path`].
    Path(PathBuf),
    /// [`Kind::Millis`], in ms.
    Millis(u64),
    /// [`Kind::ExitStatus`].
    ExitStatus(u8),
    /// [`Kind::Switch`]: `true` for `1`.
    Switch(bool),
    /// [`Kind::PathList`], in the order given.
    Paths(Vec<PathBuf>),
    /// [`Kind::Count`].
    Count(u64),
    /// [`Kind::Severity`].
    Severity(Severity),
}

impl Value {
    /// The mode, if this is a [`Value::Mode`].
    pub fn mode(&self) -> Option<Mode> {
        match self {
            Value::Mode(m) => Some(*m),
            _ => None,
        }
    }

    /// The text, if this is a [`Value::Text`].
    pub fn text(&self) -> Option<&str> {
        match self {
            Value::Text(t) => Some(t),
            _ => None,
        }
    }

    /// The path, if this is a [`Value::Path`].
    pub fn path(&self) -> Option<PathBuf> {
        match self {
            Value::Path(p) => Some(p.clone()),
            _ => None,
        }
    }

    /// The number of ms, if this is a [`Value::Millis`].
    pub fn millis(&self) -> Option<u64> {
        match self {
            Value::Millis(n) => Some(*n),
            _ => None,
        }
    }

    /// The exit status, if this is a [`Value::ExitStatus`].
    pub fn exit_status(&self) -> Option<u8> {
        match self {
            Value::ExitStatus(n) => Some(*n),
            _ => None,
        }
    }

    /// On or off, if this is a [`Value::Switch`].
    pub fn switch(&self) -> Option<bool> {
        match self {
            Value::Switch(b) => Some(*b),
            _ => None,
        }
    }

    /// The paths, if this is a [`Value::Paths`] (or one [`Value::Path`]).
    pub fn paths(&self) -> Option<Vec<PathBuf>> {
        match self {
            Value::Paths(p) => Some(p.clone()),
            Value::Path(p) => Some(vec![p.clone()]),
            _ => None,
        }
    }

    /// The number, if this is a [`Value::Count`].
    pub fn count(&self) -> Option<u64> {
        match self {
            Value::Count(n) => Some(*n),
            _ => None,
        }
    }

    /// The severity, if this is a [`Value::Severity`].
    pub fn severity(&self) -> Option<Severity> {
        match self {
            Value::Severity(s) => Some(*s),
            _ => None,
        }
    }
}

impl std::fmt::Display for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Mode(m) => f.write_str(m.as_str()),
            Value::Text(t) => f.write_str(t),
            Value::Path(p) => write!(f, "{}", p.display()),
            Value::Millis(n) => write!(f, "{n}"),
            Value::ExitStatus(n) => write!(f, "{n}"),
            Value::Switch(b) => f.write_str(if *b { "1" } else { "0" }),
            Value::Paths(p) => {
                let parts: Vec<String> = p.iter().map(|p| p.display().to_string()).collect();
                f.write_str(&parts.join(":"))
            }
            Value::Count(n) => write!(f, "{n}"),
            Value::Severity(s) => f.write_str(s.as_str()),
        }
    }
}

/// A setting's default.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DefaultValue {
    /// This value, spelled as the variable would spell it (it parses as the setting's [`Kind`]).
    Value(&'static str),
    /// No value; the text says what the shim does then (`search`, `none`, ...).
    Unset(&'static str),
}

/// One shim setting: everything the shim, `aclvenc-check` and the docs know about it.
#[derive(Debug)]
pub struct Setting {
    /// Which setting (the shim matches on it to fill its typed field).
    pub key: Key,
    /// The environment variable the shim reads, such as `ACLVENC_SHIM_MODE`.
    pub env: &'static str,
    /// `aclvenc-check`'s long option, without the dashes (`mode` for `--mode`). A [`Kind::Switch`] also gets
    /// `--no-<flag>`.
    pub flag: &'static str,
    /// The value type.
    pub kind: Kind,
    /// What applies when nobody sets it.
    pub default: DefaultValue,
    /// One sentence: what it does.
    pub help: &'static str,
    /// More detail for the docs and `--help` (may be empty).
    pub details: &'static str,
    /// The value `aclvenc-check` passes when neither its flag nor the variable is set, where it differs from the
    /// shim's default.
    pub checker_default: Option<&'static str>,
}

impl Setting {
    /// The default as the docs and `--print-settings` show it: the value, or what happens when unset.
    pub fn default_text(&self) -> &'static str {
        match self.default {
            DefaultValue::Value(v) | DefaultValue::Unset(v) => v,
        }
    }

    /// The flag as typed: `--mode`.
    pub fn flag_text(&self) -> String {
        format!("--{}", self.flag)
    }
}

macro_rules! settings {
    ($($(#[doc = $doc:literal])* $key:ident { $($field:ident: $value:expr,)* })*) => {
        /// Names one row of [`SETTINGS`]; `SETTINGS[key as usize].key == key`.
        #[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
        pub enum Key {
            $($(#[doc = $doc])* $key,)*
        }

        /// Every setting, in the order the banner, `--print-settings` and the docs list them.
        pub const SETTINGS: &[Setting] = &[$(Setting { key: Key::$key, $($field: $value,)* },)*];
    };
}

settings! {
    /// `ACLVENC_SHIM_MODE`.
    Mode {
        env: "ACLVENC_SHIM_MODE",
        flag: "mode",
        kind: Kind::Mode,
        default: DefaultValue::Value("report"),
        help: "What the shim does with a call that has an error-level finding.",
        details: "",
        checker_default: None,
    }
    /// `ACLVENC_SHIM_LOG`.
    Log {
        env: "ACLVENC_SHIM_LOG",
        flag: "log",
        kind: Kind::Text("FILTER"),
        default: DefaultValue::Value("warn"),
        help: "The shim's log filter, in `RUST_LOG` syntax.",
        details: "`aclvenc_shim::trace=trace` traces every call with decoded arguments, symbolic return value and \
                  duration.",
        checker_default: None,
    }
    /// `ACLVENC_SHIM_DRIVER`.
    Driver {
        env: "ACLVENC_SHIM_DRIVER",
        flag: "driver",
        kind: Kind::Path,
        default: DefaultValue::Unset("search"),
        help: "The driver library to forward to: one library that exports both APIs, or the V1 one.",
        details: "Tried first, before the search (docs/shim-interface.md).",
        checker_default: None,
    }
    /// `ACLVENC_SHIM_DRIVER_V1`.
    DriverV1 {
        env: "ACLVENC_SHIM_DRIVER_V1",
        flag: "driver-v1",
        kind: Kind::Path,
        default: DefaultValue::Unset("search"),
        help: "The V1 driver (`libacl_dvpp.so`) to forward to.",
        details: "When set, the only place the V1 functions are looked for.",
        checker_default: None,
    }
    /// `ACLVENC_SHIM_DRIVER_V2`.
    DriverV2 {
        env: "ACLVENC_SHIM_DRIVER_V2",
        flag: "driver-v2",
        kind: Kind::Path,
        default: DefaultValue::Unset("search"),
        help: "The V2 driver (`libacl_dvpp_mpi.so`) to forward to.",
        details: "When set, the only place the V2 functions are looked for.",
        checker_default: None,
    }
    /// `ACLVENC_SHIM_DRIVER_RT`.
    DriverRt {
        env: "ACLVENC_SHIM_DRIVER_RT",
        flag: "driver-rt",
        kind: Kind::Path,
        default: DefaultValue::Unset("search"),
        help: "The acl runtime (`libascendcl.so`) to forward the runtime functions to.",
        details: "When set, the only place the `acl*`/`aclrt*` functions are looked for.",
        checker_default: None,
    }
    /// `ACLVENC_SHIM_REPORT`.
    Report {
        env: "ACLVENC_SHIM_REPORT",
        flag: "report",
        kind: Kind::Path,
        default: DefaultValue::Unset("none"),
        help: "Where the shim writes its JSON report (settings, calls, findings, leaks, channels).",
        details: "Written at exit and rewritten every `ACLVENC_SHIM_REPORT_INTERVAL_MS` while the process runs, so a \
                  crashed or killed process leaves what the shim knew. aclvenc-check keeps the file at this path; \
                  without it, it uses a file in a temporary directory and removes it after the run. `%p` in the path \
                  becomes the process id. A forked child writes its own report, at this path with `.<pid>` appended \
                  (with `%p`: its own pid there). Replaced atomically through a uniquely named file beside it; a \
                  symbolic link is followed; a directory, device or FIFO there is refused, never replaced.",
        checker_default: None,
    }
    /// `ACLVENC_SHIM_REPORT_INTERVAL_MS`.
    ReportIntervalMs {
        env: "ACLVENC_SHIM_REPORT_INTERVAL_MS",
        flag: "report-interval-ms",
        kind: Kind::Millis { min: 0 },
        default: DefaultValue::Value("500"),
        help: "Milliseconds between report snapshots while the process runs; `0`: only at exit.",
        details: "",
        checker_default: None,
    }
    /// `ACLVENC_SHIM_TRACE_FILE`.
    TraceFile {
        env: "ACLVENC_SHIM_TRACE_FILE",
        flag: "trace-file",
        kind: Kind::Path,
        default: DefaultValue::Unset("none"),
        help: "Where the shim writes every call as a Chrome trace event.",
        details: "A JSON array (the Trace Event Format's JSON Array Format), one event per line; load it in Perfetto \
                  or chrome://tracing. A thread's identical calls back to back (a busy poll) are one event after the \
                  first, with `calls` in its args. Written by a background thread; at exit the shim waits at most 2 s for it, so \
                  a stalled reader cannot hold the exit. A killed process (or a stalled reader) leaves the array \
                  without its closing `]`, which both viewers accept. `%p` in the path becomes the process id. A \
                  forked child writes its own file, at this path with `.<pid>` appended (with `%p`: its own pid \
                  there).",
        checker_default: None,
    }
    /// `ACLVENC_SHIM_TIMELINE`.
    Timeline {
        env: "ACLVENC_SHIM_TIMELINE",
        flag: "timeline",
        kind: Kind::Path,
        default: DefaultValue::Unset("none"),
        help: "Where the shim writes a timeline of the encoder channels, to open in ui.perfetto.dev.",
        details: "Only the channels, not the calls, so it is cheap enough to leave on: per channel one track with \
                  each frame's span from its send to its output (frame number, encoded bytes, IDR), counter tracks \
                  of its frames in flight and its bit rate, and every finding printed as an instant event \
                  (docs/shim-interface.md). Written like `ACLVENC_SHIM_TRACE_FILE`, in the same format, by a \
                  background thread of its own; `ACLVENC_SHIM_TRACE_FILE` gets the same events beside the calls. \
                  `%p` in the path becomes the process id; a forked child writes its own file, at this path with \
                  `.<pid>` appended (with `%p`: its own pid there).",
        checker_default: None,
    }
    /// `ACLVENC_SHIM_LEAK_EXITCODE`.
    LeakExitcode {
        env: "ACLVENC_SHIM_LEAK_EXITCODE",
        flag: "leak-exitcode",
        kind: Kind::ExitStatus,
        default: DefaultValue::Unset("keep the app's exit status"),
        help: "Exit status for the process when objects leak at exit (like LeakSanitizer's `exitcode`).",
        details: "",
        checker_default: None,
    }
    /// `ACLVENC_SHIM_SOC`.
    Soc {
        env: "ACLVENC_SHIM_SOC",
        flag: "soc",
        kind: Kind::Text("NAME"),
        default: DefaultValue::Unset("`aclrtGetSocName()` if the app loaded the runtime, else `Ascend310P3`"),
        help: "The chip for the per-chip rules: `Ascend310`, `Ascend310P3` or `Ascend310B1`.",
        details: "Any `Ascend310P*` or `Ascend310B*` name selects that family; another name is warned about and \
                  ignored.",
        checker_default: None,
    }
    /// `ACLVENC_SHIM_WRAP_CALLBACKS`.
    WrapCallbacks {
        env: "ACLVENC_SHIM_WRAP_CALLBACKS",
        flag: "wrap-callbacks",
        kind: Kind::Switch,
        default: DefaultValue::Value("0"),
        help: "`1`: the driver gets a shim trampoline instead of each V1 channel's `aclvencCallback`.",
        details: "The trampoline (pool of 128) counts outputs and bytes per channel, checks each output's retCode \
                  (`VENC-CB-RETCODE`), catches `aclvencDestroyChannel` from inside a callback \
                  (`VENC-CHAN-DESTROY-IN-CALLBACK`), then calls the app's callback with the same arguments; the \
                  getters return the app's own callback. Off in the shim alone so every argument reaches the driver \
                  bit for bit; aclvenc-check turns it on.",
        checker_default: Some("1"),
    }
    /// `ACLVENC_SHIM_BANNER`.
    Banner {
        env: "ACLVENC_SHIM_BANNER",
        flag: "banner",
        kind: Kind::Switch,
        default: DefaultValue::Value("1"),
        help: "`0` silences the shim's one-line banner at load.",
        details: "",
        checker_default: None,
    }
    /// `ACLVENC_SHIM_SUPPRESSIONS`.
    Suppressions {
        env: "ACLVENC_SHIM_SUPPRESSIONS",
        flag: "suppressions",
        kind: Kind::PathList,
        default: DefaultValue::Unset("none"),
        help: "Suppressions files: findings and leaks they match are not reported (like LeakSanitizer's and \
               valgrind's suppressions).",
        details: "Several files are separated by `:` in the variable; the flag may be given more than once. One \
                  entry per line (`#` starts a comment): `RULE-ID`, `RULE-ID:FUNCTION`, `RULE-ID:FUNCTION:SITE`, \
                  `leak:KIND` or `leak:KIND:SITE`. RULE-ID may be a family (`VENC-CHDESC-*`); FUNCTION matches the \
                  exported function called; SITE matches any application frame of the call's backtrace (its \
                  function, `file:line`, or `function (file:line)`); KIND is a leak kind such as `hi_mpi_venc \
                  channel`. `*` and `?` are globs. A rule ID that names no rule, or a malformed line, is an error \
                  naming the file and line: the shim then applies none of that file, and aclvenc-check refuses to \
                  run (status 2). Suppressed findings do not count, do not reject or abort a call, and do not set \
                  an exit status; the report and the summary list each entry and how often it matched. Format: \
                  docs/aclvenc-check.md.",
        checker_default: None,
    }
    /// `ACLVENC_SHIM_GEN_SUPPRESSIONS`.
    GenSuppressions {
        env: "ACLVENC_SHIM_GEN_SUPPRESSIONS",
        flag: "gen-suppressions",
        kind: Kind::Switch,
        default: DefaultValue::Value("0"),
        help: "`1`: print a ready suppressions entry under each finding shown.",
        details: "The entry names the rule, the function and the first application frame, as a suppressions \
                  file line.",
        checker_default: None,
    }
    /// `ACLVENC_SHIM_RULES`.
    Rules {
        env: "ACLVENC_SHIM_RULES",
        flag: "rules",
        kind: Kind::RuleFilter,
        default: DefaultValue::Unset("every rule"),
        help: "Which rules are checked, like the validation layers' message-ID filter.",
        details: "A comma-separated list, applied in order, of rule IDs or families (`VENC-CHDESC-*`, \
                  `MPI-JPEGE-*`, or `MPI-JPEGE` alone), each disabled with a leading `-` and enabled with none \
                  or `+`. A list that starts with an enabling entry starts from no rule (`MPI-*`: only the V2 \
                  rules); one that starts with `-` starts from every rule (`-VENC-CHDESC-*,VENC-CHDESC-NULL`). An \
                  entry that matches no rule ID is an error. A disabled rule is neither reported nor counted, and \
                  does not reject or abort a call.",
        checker_default: None,
    }
    /// `ACLVENC_SHIM_MIN_SEVERITY`.
    MinSeverity {
        env: "ACLVENC_SHIM_MIN_SEVERITY",
        flag: "min-severity",
        kind: Kind::Severity,
        default: DefaultValue::Value("info"),
        help: "The least severe finding reported: `info`, `warning` or `error`.",
        details: "Findings below it are neither reported nor counted.",
        checker_default: None,
    }
    /// `ACLVENC_SHIM_LOG_FILE`.
    LogFile {
        env: "ACLVENC_SHIM_LOG_FILE",
        flag: "log-file",
        kind: Kind::Path,
        default: DefaultValue::Unset("stderr"),
        help: "Where the shim writes its findings and messages instead of stderr (like valgrind's `--log-file`).",
        details: "`%p` in the path becomes the process id, so processes that share the setting each write their \
                  own file. Created, or truncated, at the first intercepted call; a forked child keeps writing to \
                  its parent's file (each line starts with its own `==PID==`).",
        checker_default: None,
    }
    /// `ACLVENC_SHIM_NUM_CALLERS`.
    NumCallers {
        env: "ACLVENC_SHIM_NUM_CALLERS",
        flag: "num-callers",
        kind: Kind::Count { min: 1, max: 64 },
        default: DefaultValue::Value("4"),
        help: "How many application frames a finding's call site and a leak's creation site show (1-64).",
        details: "",
        checker_default: None,
    }
    /// `ACLVENC_SHIM_ERROR_LIMIT`.
    ErrorLimit {
        env: "ACLVENC_SHIM_ERROR_LIMIT",
        flag: "error-limit",
        kind: Kind::Count { min: 0, max: u32::MAX as u64 },
        default: DefaultValue::Value("5"),
        help: "How many findings of one rule at one call site are printed; later ones are only counted.",
        details: "`0`: no limit. At exit one line says how many findings the limit kept from being printed; the \
                  report and the summary count them all.",
        checker_default: None,
    }
    /// `ACLVENC_SHIM_EXIT_SUMMARY`.
    ExitSummary {
        env: "ACLVENC_SHIM_EXIT_SUMMARY",
        flag: "exit-summary",
        kind: Kind::Switch,
        default: DefaultValue::Value("1"),
        help: "`1`: at exit the shim prints its leak report and how many findings the error limit kept back.",
        details: "aclvenc-check turns it off: its own summary holds both, so nothing is printed twice.",
        checker_default: Some("0"),
    }
    /// `ACLVENC_SHIM_FIGURES`.
    Figures {
        env: "ACLVENC_SHIM_FIGURES",
        flag: "figures",
        kind: Kind::Switch,
        default: DefaultValue::Value("1"),
        help: "`1`: per channel send-to-output latency, output rate, bit rate and stalls (`STREAM-STALL`).",
        details: "Each send and each output reads the monotonic clock once and records into the channel's latency \
                  histogram (1 µs to 1 h, 2 significant digits) and per-second totals; nothing is allocated per \
                  frame. The figures are in the report's `channels[].figures`, the summary's channel table and the \
                  HTML report. V1 outputs are seen only with wrapped callbacks (`ACLVENC_SHIM_WRAP_CALLBACKS`). \
                  `0`: nothing is added to the per-frame calls.",
        checker_default: None,
    }
    /// `ACLVENC_SHIM_STALL_FRAMES`.
    StallFrames {
        env: "ACLVENC_SHIM_STALL_FRAMES",
        flag: "stall-frames",
        kind: Kind::Count { min: 0, max: 1_000_000 },
        default: DefaultValue::Value("30"),
        help: "A gap with frames in flight and no output longer than this many frame intervals is a stall.",
        details: "The frame interval is the longest of the asked one (V2 `dst_frame_rate`, V1 `srcRate`), the mean \
                  interval between the channel's sends (an application feeding as fast as the encoder takes \
                  pictures sets its own pace) and the mean interval between its outputs (so does an encoder slower \
                  than real time); a gap shorter than 100 ms is never a stall. Gaps are judged once two outputs \
                  have set the pace (the wait for the first output is the encoder filling its pipeline). For a V2 \
                  channel with B pictures (`HI_VENC_GOP_MODE_BIPRED_B`) a gap counts from the first picture sent \
                  after the last output (before it the application paused). Each stall is a `STREAM-STALL` finding \
                  naming the channel, the gap and the frames pending. `0`: stalls are not looked for.",
        checker_default: None,
    }
    /// `ACLVENC_SHIM_STREAM_CHECKS`.
    StreamChecks {
        env: "ACLVENC_SHIM_STREAM_CHECKS",
        flag: "stream-checks",
        kind: Kind::Switch,
        default: DefaultValue::Unset("auto: on with the emulated driver"),
        help: "`1`: check every encoder output's bitstream (the `STREAM-*` rules) off the application's thread.",
        details: "While the application holds an output (V2 between `get_stream` and its return, V1 in the \
                  wrapped callback) the shim copies what the checks need: each NAL unit's header and first bytes, \
                  whole parameter sets, a JPEG's headers. An analysis thread checks parameter sets before the first \
                  IDR, IDRs at the configured GOP and on forced-I requests, the SPS size and profile against the \
                  channel's, empty packs, and JPEG markers and size. Unset: on for each API whose driver is the \
                  emulated one, whose outputs are host memory; a vendor driver's outputs may be device memory \
                  (Atlas 300I cards), so set `1` only where they are host-readable (Atlas 200I/500 A2). When the \
                  analysis thread falls 256 outputs behind, outputs are skipped rather than hold the application \
                  (the channel's checks resume at its next IDR; the count is logged at exit); a channel's create, \
                  change or destroy waits at most 1 s for room. At exit the shim waits at most 1 s for the checks. \
                  Off in a forked child (the analysis thread stays in the parent).",
        checker_default: None,
    }
    /// `ACLVENC_SHIM_CAPTURE_DIR`.
    CaptureDir {
        env: "ACLVENC_SHIM_CAPTURE_DIR",
        flag: "capture-dir",
        kind: Kind::Path,
        default: DefaultValue::Unset("none"),
        help: "A directory where the shim writes each channel's output as a playable file.",
        details: "`chn0.h264`, `desc-0x55d0c0a0.h265` (the whole Annex B stream of the channel), `chn3-000017.jpg` \
                  (one file per JPEG output); written by the analysis thread of `ACLVENC_SHIM_STREAM_CHECKS`, which \
                  must be on. An existing file is never overwritten: the name gets `.2`, `.3`, ... The directory \
                  is created if missing. `%p` in the path becomes the process id.",
        checker_default: None,
    }
    /// `ACLVENC_SHIM_CAPTURE_INPUT`.
    CaptureInput {
        env: "ACLVENC_SHIM_CAPTURE_INPUT",
        flag: "capture-input",
        kind: Kind::Count { min: 0, max: 1_000_000 },
        default: DefaultValue::Value("0"),
        help: "With `ACLVENC_SHIM_CAPTURE_DIR`: also write each channel's first N input pictures as raw NV12.",
        details: "`chn0-768x576.nv12`: the pictures as the encoder got them (YUV 4:2:0 semi-planar, strides \
                  removed), for `ffplay -f rawvideo -pix_fmt nv12 -video_size 768x576`. Only NV12 pictures \
                  (`PIXEL_FORMAT_YUV_SEMIPLANAR_420`) whose planes lie in memory blocks the shim saw allocated \
                  and that hold them; V1 pictures only with wrapped callbacks.",
        checker_default: None,
    }
    /// `ACLVENC_SHIM_SARIF`.
    Sarif {
        env: "ACLVENC_SHIM_SARIF",
        flag: "sarif",
        kind: Kind::Path,
        default: DefaultValue::Unset("none"),
        help: "Where to write the findings and leaks as a SARIF 2.1.0 log, for code-scanning UIs.",
        details: "One result per finding (rule ID, level, message, the application call site as the physical \
                  location) and per leak; the rules carry their help text from the rule table. The shim writes it \
                  at exit; aclvenc-check writes it itself from the report after the run (so a killed application \
                  gets one too). `%p` in the path becomes the process id.",
        checker_default: None,
    }
    /// `ACLVENC_SHIM_JUNIT`.
    Junit {
        env: "ACLVENC_SHIM_JUNIT",
        flag: "junit",
        kind: Kind::Path,
        default: DefaultValue::Unset("none"),
        help: "Where to write the findings and leaks as JUnit XML, for CI test reports.",
        details: "One test case per rule family (`VENC-CHDESC`, `MPI-JPEGE`, ...) with one failure per finding, \
                  and one for leaks. Written like `ACLVENC_SHIM_SARIF`.",
        checker_default: None,
    }
}

impl Key {
    /// This setting's row.
    pub fn setting(self) -> &'static Setting {
        &SETTINGS[self as usize]
    }

    /// This setting's environment variable.
    pub fn env(self) -> &'static str {
        self.setting().env
    }
}

/// Where a setting's value comes from.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    /// An `aclvenc-check` flag.
    Flag,
    /// The environment variable.
    Env,
    /// Nobody set it: the shim's default.
    #[default]
    Default,
    /// Nobody set it: `aclvenc-check`'s own default ([`Setting::checker_default`]).
    Checker,
}

impl Source {
    /// How the banner and `--print-settings` say it: `flag --mode`, `env ACLVENC_SHIM_MODE`, `default`,
    /// `aclvenc-check default`.
    pub fn describe(self, setting: &Setting) -> String {
        match self {
            Source::Flag => format!("flag {}", setting.flag_text()),
            Source::Env => format!("env {}", setting.env),
            Source::Default => "default".into(),
            Source::Checker => "aclvenc-check default".into(),
        }
    }
}

/// Whose defaults apply to settings nobody set.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Defaults {
    /// The shim's ([`Setting::default`]).
    Shim,
    /// `aclvenc-check`'s ([`Setting::checker_default`]), else the shim's.
    Checker,
}

/// One setting's value in force and where it came from.
#[derive(Clone, Debug)]
pub struct Reading {
    /// The setting.
    pub setting: &'static Setting,
    /// The value: as set, else the default; `None` when unset with no default value.
    pub value: Option<Value>,
    /// Where the value comes from.
    pub source: Source,
}

impl Reading {
    /// The value as the variable spells it, or `unset: <what the default means>`.
    pub fn value_text(&self) -> String {
        match &self.value {
            Some(v) => v.to_string(),
            None => format!("unset: {}", self.setting.default_text()),
        }
    }

    /// `VAR=value (source)`, as the shim's banner lists it; unset: `VAR=unset (default: <meaning>)`.
    pub fn describe(&self) -> String {
        match &self.value {
            Some(v) => format!("{}={v} ({})", self.setting.env, self.source.describe(self.setting)),
            None => format!("{}=unset (default: {})", self.setting.env, self.setting.default_text()),
        }
    }
}

/// Reads every setting, in [`SETTINGS`] order: `flag(setting)` (`aclvenc-check`'s command line), else
/// `env(variable)`, else the default chosen by `defaults`. Empty values count as unset. A value that does not
/// parse adds a warning (`ACLVENC_SHIM_MODE="strict" is not report, reject or abort; using the default report`)
/// and the next layer applies. Returns the readings and the warnings.
pub fn read(
    flag: impl Fn(&Setting) -> Option<String>,
    env: impl Fn(&str) -> Option<String>,
    defaults: Defaults,
) -> (Vec<Reading>, Vec<String>) {
    let mut warnings = Vec::new();
    let readings = SETTINGS
        .iter()
        .map(|setting| {
            let layers = [
                (Source::Flag, setting.flag_text(), flag(setting)),
                (Source::Env, setting.env.into(), env(setting.env)),
            ];
            for (source, name, raw) in layers {
                let Some(raw) = raw.filter(|v| !v.is_empty()) else { continue };
                match setting.kind.parse(&raw) {
                    Ok(value) => return Reading { setting, value: Some(value), source },
                    Err(why) => {
                        let then = match setting.default {
                            DefaultValue::Value(v) => format!("using the default {v}"),
                            DefaultValue::Unset(_) => "ignored".into(),
                        };
                        warnings.push(format!("{name}={why}; {then}"));
                    }
                }
            }
            let (raw, source) = match (defaults, setting.checker_default, setting.default) {
                (Defaults::Checker, Some(v), _) => (Some(v), Source::Checker),
                (_, _, DefaultValue::Value(v)) => (Some(v), Source::Default),
                (_, _, DefaultValue::Unset(_)) => (None, Source::Default),
            };
            Reading { setting, value: raw.and_then(|v| setting.kind.parse(v).ok()), source }
        })
        .collect();
    (readings, warnings)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{HashMap, HashSet};

    fn repo_file(rel: &str) -> String {
        let path = format!("{}/../../{rel}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    /// The guard the brief asks for: no setting without a flag, a variable, help text, a valid default, or a row
    /// in the generated docs (`docs/settings.md`, README.md; `cargo run -p xtask -- gen` writes them).
    #[test]
    fn every_setting_has_a_flag_a_variable_help_and_a_doc_row() {
        let (settings_doc, readme) = (repo_file("docs/settings.md"), repo_file("README.md"));
        let table = crate::docs::settings_markdown();
        let (mut envs, mut flags) = (HashSet::new(), HashSet::new());
        for (i, s) in SETTINGS.iter().enumerate() {
            assert_eq!(s.key as usize, i, "{}: Key order differs from the table", s.env);
            assert!(s.env.starts_with("ACLVENC_SHIM_") && s.env.len() > 13, "{:?}: bad variable name", s.key);
            assert!(s.env.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_'), "{}", s.env);
            assert!(
                !s.flag.is_empty() && s.flag.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{}: flag {:?} is not a kebab-case long option",
                s.env,
                s.flag
            );
            assert!(envs.insert(s.env) && flags.insert(s.flag), "{}: variable or flag used twice", s.env);
            assert!(s.help.ends_with('.') && s.help.len() > 10, "{}: help text missing or not a sentence", s.env);
            if let DefaultValue::Value(v) = s.default {
                assert!(s.kind.parse(v).is_ok(), "{}: default {v:?} does not parse", s.env);
            }
            if let Some(v) = s.checker_default {
                assert!(s.kind.parse(v).is_ok(), "{}: aclvenc-check default {v:?} does not parse", s.env);
            }
            let row = format!("| `{}` |", s.env);
            assert_eq!(table.matches(&row).count(), 1, "{}: no row in settings_markdown()", s.env);
            for (file, text) in [("docs/settings.md", &settings_doc), ("README.md", &readme)] {
                assert!(text.contains(&row), "{}: no row in {file}; run `cargo run -p xtask -- gen`", s.env);
            }
        }
        assert!(
            flags.iter().all(|f| !flags.contains(format!("no-{f}").as_str())),
            "a flag collides with --no-<switch>"
        );
    }

    fn read_env(pairs: &[(&str, &str)], defaults: Defaults) -> (Vec<Reading>, Vec<String>) {
        let m: HashMap<&str, &str> = pairs.iter().copied().collect();
        read(|_| None, |k| m.get(k).map(|v| v.to_string()), defaults)
    }

    #[test]
    fn flag_beats_env_beats_default_and_empty_is_unset() {
        let flag = |s: &Setting| (s.key == Key::Mode).then(|| "abort".to_string());
        let env = |k: &str| match k {
            "ACLVENC_SHIM_MODE" => Some("reject".to_string()),
            "ACLVENC_SHIM_LOG" => Some("info".to_string()),
            "ACLVENC_SHIM_SOC" => Some(String::new()),
            _ => None,
        };
        let (r, warnings) = read(flag, env, Defaults::Shim);
        assert!(warnings.is_empty());
        let get = |k: Key| &r[k as usize];
        assert_eq!(
            (get(Key::Mode).value.clone(), get(Key::Mode).source),
            (Some(Value::Mode(Mode::Abort)), Source::Flag)
        );
        assert_eq!(get(Key::Log).describe(), "ACLVENC_SHIM_LOG=info (env ACLVENC_SHIM_LOG)");
        assert_eq!((get(Key::Soc).value.clone(), get(Key::Soc).source), (None, Source::Default));
        assert!(get(Key::Soc).describe().starts_with("ACLVENC_SHIM_SOC=unset (default: `aclrtGetSocName()`"));
        assert_eq!(get(Key::ReportIntervalMs).describe(), "ACLVENC_SHIM_REPORT_INTERVAL_MS=500 (default)");
        assert_eq!(get(Key::Driver).value_text(), "unset: search");
        assert_eq!(get(Key::Mode).source.describe(get(Key::Mode).setting), "flag --mode");
    }

    #[test]
    fn bad_values_warn_and_fall_back() {
        let (r, w) = read_env(
            &[
                ("ACLVENC_SHIM_MODE", "strict"),
                ("ACLVENC_SHIM_LEAK_EXITCODE", "300"),
                ("ACLVENC_SHIM_REPORT_INTERVAL_MS", "soon"),
                ("ACLVENC_SHIM_BANNER", "no"),
            ],
            Defaults::Shim,
        );
        assert_eq!(w.len(), 4, "{w:?}");
        assert_eq!(w[0], "ACLVENC_SHIM_MODE=\"strict\" is not report, reject, abort or off; using the default report");
        assert!(w[1].starts_with("ACLVENC_SHIM_REPORT_INTERVAL_MS=\"soon\" is not a number of ms"), "{w:?}");
        assert!(w[2].ends_with("is not an exit status 0-255; ignored"), "{w:?}");
        assert_eq!(r[Key::Mode as usize].value, Some(Value::Mode(Mode::Report)));
        assert_eq!(r[Key::LeakExitcode as usize].value, None);
        assert_eq!(r[Key::ReportIntervalMs as usize].value, Some(Value::Millis(500)));
        assert_eq!(r[Key::Banner as usize].value, Some(Value::Switch(true)));
    }

    #[test]
    fn checker_defaults_apply_only_for_the_checker() {
        let wrap = |d| read_env(&[], d).0[Key::WrapCallbacks as usize].clone();
        assert_eq!(
            (wrap(Defaults::Shim).value, wrap(Defaults::Shim).source),
            (Some(Value::Switch(false)), Source::Default)
        );
        assert_eq!(
            (wrap(Defaults::Checker).value, wrap(Defaults::Checker).source),
            (Some(Value::Switch(true)), Source::Checker)
        );
        let (r, _) = read_env(&[("ACLVENC_SHIM_WRAP_CALLBACKS", "0")], Defaults::Checker);
        assert_eq!(r[Key::WrapCallbacks as usize].value, Some(Value::Switch(false)));
    }

    #[test]
    fn kinds_parse_what_they_promise() {
        assert_eq!(Kind::ExitStatus.parse("255"), Ok(Value::ExitStatus(255)));
        assert!(Kind::ExitStatus.parse("-1").is_err());
        assert_eq!(Kind::Millis { min: 0 }.parse("0"), Ok(Value::Millis(0)));
        assert!(Kind::Millis { min: 0 }.parse("1.5").is_err());
        assert!(Kind::Switch.parse("yes").is_err());
        assert!(Kind::Text("X").parse("").is_err());
        assert_eq!(Value::Path("/a/b".into()).to_string(), "/a/b");
        assert_eq!(Key::Banner.env(), "ACLVENC_SHIM_BANNER");
    }
}
