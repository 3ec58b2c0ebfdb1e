//! The JSON report the shim writes (`ACLVENC_SHIM_REPORT`, `aclvencShimWriteReport`) and `aclvenc-check` reads,
//! as serde types. Both sides use these types, so the shape cannot drift; the format is described in
//! `docs/shim-interface.md`. Every section is required; [`Report::from_json`] refuses a report of another
//! [`SCHEMA_VERSION`] by name.

use crate::settings::{Reading, Source};
use crate::{Mode, Severity};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The report format this crate writes and reads. Change it whenever a field is removed, renamed or changes
/// meaning.
pub const SCHEMA_VERSION: u32 = 5;

/// The whole report.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// [`SCHEMA_VERSION`] of the shim that wrote it.
    pub schema_version: u32,
    /// The shim's version, such as `0.1.0`.
    pub shim_version: String,
    /// The process id of the application the report is about (what `%p` became, the `==PID==` of its lines).
    pub pid: u32,
    /// `ACLVENC_SHIM_MODE` in force.
    pub mode: Mode,
    /// The chip the per-chip rules used, such as `Ascend310P3`.
    pub soc: String,
    /// Every setting in force, in the order of [`crate::settings::SETTINGS`].
    pub settings: Vec<SettingEntry>,
    /// The driver libraries the shim forwards to.
    pub driver: Drivers,
    /// Calls per exported function (functions never called are left out).
    pub calls: BTreeMap<String, u64>,
    /// Findings, merged by rule and function.
    pub findings: Vec<Finding>,
    /// Live objects, grouped by kind and creation site.
    pub leaks: Vec<Leak>,
    /// Every encoder channel seen, live or destroyed.
    pub channels: Vec<Channel>,
    /// Every suppressions entry loaded, with how often it matched.
    pub suppressions: Vec<SuppressionUse>,
    /// Findings of rules the rule filter or the minimum severity left out (not in `findings`).
    pub filtered: u64,
}

/// One application frame of a backtrace, symbolised where debug info exists.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Frame {
    /// The function (demangled), or the address (`0x...`) when it has no symbol.
    pub function: String,
    /// The source file, when known.
    pub file: Option<String>,
    /// The line in `file`, when known.
    pub line: Option<u32>,
}

impl std::fmt::Display for Frame {
    /// `function (file:line)`, or `function` alone.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (&self.file, self.line) {
            (Some(file), Some(line)) => write!(f, "{} ({file}:{line})", self.function),
            _ => f.write_str(&self.function),
        }
    }
}

/// One suppressions entry and how often it matched.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SuppressionUse {
    /// The entry as written, such as `VENC-SEND-AFTER-EOS:aclvencSendFrame`.
    pub entry: String,
    /// The file and line it is on: `/path/app.supp:3`.
    pub place: String,
    /// Findings it suppressed (each occurrence counted).
    pub findings: u64,
    /// Leaked objects it suppressed.
    pub leaks: u64,
}

/// One setting in force.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SettingEntry {
    /// The variable, such as `ACLVENC_SHIM_MODE`.
    pub name: String,
    /// The value as the variable spells it; `null` when unset.
    pub value: Option<String>,
    /// Where it came from (`env` or `default` in the shim).
    pub source: Source,
}

impl From<&Reading> for SettingEntry {
    fn from(r: &Reading) -> SettingEntry {
        SettingEntry { name: r.setting.env.into(), value: r.value.as_ref().map(|v| v.to_string()), source: r.source }
    }
}

/// The drivers the shim forwards to: `"<path> (<search step>)"`, or `"none found"`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Drivers {
    /// The V1 (`aclvenc*`, `acldvpp*`) driver.
    pub v1: String,
    /// The V2 (`hi_mpi_venc_*`, `hi_mpi_sys_*`, `hi_mpi_dvpp_*`) driver.
    pub v2: String,
    /// The acl runtime (`libascendcl.so`).
    pub runtime: String,
}

/// Findings of one rule in one function at one call site: how often, and the first one in full.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// The rule ID, such as `VENC-CHDESC-NULL`.
    pub rule: String,
    /// The rule's severity.
    pub severity: Severity,
    /// The exported function called.
    pub function: String,
    /// The first finding's message (actual values and how to fix it).
    pub message: String,
    /// How many times (at least 1).
    pub count: u64,
    /// How many of them were printed (at most `ACLVENC_SHIM_ERROR_LIMIT`; the rest were only counted).
    pub shown: u64,
    /// The thread that made the first call, as the OS names it: `"name" (tid N)`.
    pub thread: String,
    /// That thread's OS thread id (`gettid`).
    pub tid: u32,
    /// The application frames that made the first call, as text (`main (app.c:40) <- ...`).
    pub site: String,
    /// The same frames, one by one (at most `ACLVENC_SHIM_NUM_CALLERS`).
    pub stack: Vec<Frame>,
}

/// Live objects of one kind created at one site.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Leak {
    /// `aclvencChannelDesc`, `aclvenc channel`, `aclvencFrameConfig`, `hi_mpi_venc channel`, `hi_venc_stream`.
    pub kind: String,
    /// How many objects.
    pub count: u64,
    /// Each object's handle as the app sees it (`0x...`, `chn 3`).
    pub handles: Vec<String>,
    /// The creating thread (as [`Finding::thread`]).
    pub thread: String,
    /// The creating thread's OS thread id.
    pub tid: u32,
    /// The creating export, then the application frames.
    pub site: String,
    /// The application frames of the creating call, one by one.
    pub stack: Vec<Frame>,
    /// Bytes the objects hold (memory blocks; 0 for other objects).
    pub bytes: u64,
}

/// One encoder channel's totals.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Channel {
    /// `v1` or `v2`.
    pub api: String,
    /// The channel as the app names it (`0x...` desc or `chn 0`).
    pub id: String,
    /// `H264`, `H265` or `JPEG`.
    pub codec: String,
    /// Pictures sent.
    pub frames_sent: u64,
    /// Outputs received (V1 callbacks when wrapped, V2 streams obtained).
    pub outputs: u64,
    /// Bytes of encoded output.
    pub bytes: u64,
    /// How many channels the totals are for: 1, or, once more than [`KEPT_CHANNELS`] channels of one API were
    /// destroyed, how many later ones of that codec were folded into this entry.
    pub channels: u64,
    /// Latency, rate and stall figures (issue 11); `None` for a folded entry and when
    /// `ACLVENC_SHIM_FIGURES=off`.
    pub figures: Option<Figures>,
}

/// One channel's stream figures, measured by the shim as frames go in and outputs come out.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Figures {
    /// Sends the driver refused (the picture never entered the encoder).
    pub failed: u64,
    /// Outputs the encoder reported as failed (V1: a nonzero `retCode` in the callback's stream desc).
    pub dropped: u64,
    /// Pictures sent whose output had not arrived when the channel was destroyed or the report was written.
    pub pending: u64,
    /// Send-to-output latency over the run (V1: the send to the callback; V2: the send to the `get_stream` that
    /// returned that picture's stream); `None` before the first output.
    pub latency: Option<Latency>,
    /// The latency distribution: each bucket's upper bound (ms) and how many outputs fell in it, in rising order
    /// (logarithmic buckets, empty ones left out).
    pub latency_histogram: Vec<Bucket>,
    /// Seconds from the first send to the last output.
    pub duration_s: f64,
    /// Outputs per second over `duration_s`.
    pub output_fps: f64,
    /// Encoded bits per second of wall time over `duration_s`, in kbit/s (1000 bit/s).
    pub kbps: f64,
    /// The bit rate of the stream as a player sees it: the mean bits per output times the asked frame rate, in
    /// kbit/s; compare it with `target.kbps` (`kbps` differs when the encoder runs faster or slower than real
    /// time). `None` without an asked frame rate.
    pub stream_kbps: Option<f64>,
    /// The rate the channel was asked for, when its rate control sets one.
    pub target: Option<RateTarget>,
    /// One entry per second since the channel's first send (second 0 first; seconds with no output included, so
    /// the index is the time), at most [`KEPT_SECONDS`]; later seconds are only in the totals.
    pub seconds: Vec<Second>,
    /// Stalls: gaps with frames in flight and no output longer than `ACLVENC_SHIM_STALL_FRAMES` frame intervals
    /// (each is also a STREAM-STALL finding).
    pub stalls: u64,
    /// The longest gap between two outputs while frames were in flight (from the later of the previous output and the
    /// send of the picture that came out), in ms; the wait for the first output is not a gap.
    pub longest_gap_ms: f64,
}

/// Send-to-output latency, in ms.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Latency {
    /// Outputs measured.
    pub count: u64,
    /// The mean.
    pub mean_ms: f64,
    /// The median.
    pub p50_ms: f64,
    /// The 95th percentile.
    pub p95_ms: f64,
    /// The 99th percentile.
    pub p99_ms: f64,
    /// The largest.
    pub max_ms: f64,
}

/// One latency histogram bucket.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Bucket {
    /// The bucket's upper bound, in ms (outputs with a latency at most this and above the previous bound).
    pub le_ms: f64,
    /// Outputs in the bucket.
    pub count: u64,
}

/// The rate control a channel was configured with.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RateTarget {
    /// `CBR`, `VBR`, `AVBR`, `QVBR`, `CVBR` or `FIXQP` (V2 `rc_mode`; V1 `rcMode` 1 = VBR, 2 = CBR).
    pub mode: String,
    /// The asked bit rate (CBR) or maximum bit rate (VBR and the others), in kbit/s; `None` for FIXQP.
    pub kbps: Option<u32>,
    /// The asked output frame rate (V2 `dst_frame_rate`; V1 `srcRate`), in frames per second, when set.
    pub fps: Option<u32>,
}

/// One second of a channel's output.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Second {
    /// Outputs that arrived in this second.
    pub outputs: u32,
    /// Encoded output in this second, in kbit (1000 bit).
    pub kbits: f64,
    /// Mean and largest send-to-output latency of those outputs, in ms (0 when none arrived).
    pub latency_mean_ms: f64,
    /// See `latency_mean_ms`.
    pub latency_max_ms: f64,
}

/// How many seconds of per-second figures a channel keeps (one hour).
pub const KEPT_SECONDS: usize = 3600;

/// How many destroyed channels of each API the report lists one by one; later ones are folded per codec into one
/// entry each (its `channels` says how many), so memory and the report stay bounded whatever the churn.
pub const KEPT_CHANNELS: usize = 256;

/// Why a text is not a report this crate reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// Not JSON at all (serde's message).
    NotJson(String),
    /// JSON without a numeric `schema_version`.
    NoSchema,
    /// A report of another schema.
    OtherSchema(u32),
    /// The right schema, but a section is missing or mistyped (serde's message).
    Malformed(String),
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::NotJson(e) => write!(f, "not JSON: {e}"),
            ReadError::NoSchema => {
                write!(f, "no schema_version: not an aclvenc-shim report of schema {SCHEMA_VERSION}")
            }
            ReadError::OtherSchema(n) => {
                write!(f, "report schema {n} is not the schema {SCHEMA_VERSION} this aclvenc-check reads")
            }
            ReadError::Malformed(e) => write!(f, "not a schema {SCHEMA_VERSION} report: {e}"),
        }
    }
}

impl std::error::Error for ReadError {}

impl Report {
    /// Parses a report.
    ///
    /// # Errors
    /// [`ReadError`]: not JSON, no `schema_version`, another schema (refused before anything else is read), or a
    /// missing or mistyped section.
    pub fn from_json(text: &str) -> Result<Report, ReadError> {
        let value: serde_json::Value = serde_json::from_str(text).map_err(|e| ReadError::NotJson(e.to_string()))?;
        let schema = value.get("schema_version").and_then(serde_json::Value::as_u64).ok_or(ReadError::NoSchema)?;
        if schema != u64::from(SCHEMA_VERSION) {
            return Err(ReadError::OtherSchema(u32::try_from(schema).unwrap_or(u32::MAX)));
        }
        serde_json::from_value(value).map_err(|e| ReadError::Malformed(e.to_string()))
    }

    /// All findings (the merged counts added up).
    pub fn finding_count(&self) -> u64 {
        self.findings.iter().map(|f| f.count).sum()
    }

    /// Findings of severity [`Severity::Error`].
    pub fn error_count(&self) -> u64 {
        self.findings.iter().filter(|f| f.severity == Severity::Error).map(|f| f.count).sum()
    }

    /// Leaked objects.
    pub fn leak_count(&self) -> u64 {
        self.leaks.iter().map(|l| l.count).sum()
    }

    /// Findings counted but not printed because of the error limit.
    pub fn limited_count(&self) -> u64 {
        self.findings.iter().map(|f| f.count.saturating_sub(f.shown)).sum()
    }

    /// Findings and leaked objects the suppressions kept out.
    pub fn suppressed_count(&self) -> (u64, u64) {
        (self.suppressions.iter().map(|s| s.findings).sum(), self.suppressions.iter().map(|s| s.leaks).sum())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::{read, Defaults};

    fn sample() -> Report {
        let (readings, _) = read(|_| None, |_| None, Defaults::Shim);
        Report {
            schema_version: SCHEMA_VERSION,
            shim_version: "0.1.0".into(),
            pid: 42,
            mode: Mode::Reject,
            soc: "Ascend310P3".into(),
            settings: readings.iter().map(SettingEntry::from).collect(),
            driver: Drivers {
                v1: "/d/libacl_dvpp.so (soname)".into(),
                v2: "none found".into(),
                runtime: "none found".into(),
            },
            calls: [("aclvencSendFrame".to_string(), 3)].into(),
            findings: vec![Finding {
                rule: "VENC-SEND-AFTER-EOS".into(),
                severity: Severity::Warning,
                function: "aclvencSendFrame".into(),
                message: "m".into(),
                count: 7,
                shown: 5,
                thread: "\"app\" (tid 42)".into(),
                tid: 42,
                site: "main (app.c:4)".into(),
                stack: vec![Frame { function: "main".into(), file: Some("app.c".into()), line: Some(4) }],
            }],
            leaks: vec![Leak {
                kind: "aclvencFrameConfig".into(),
                count: 1,
                handles: vec!["0x1".into()],
                thread: "\"app\" (tid 42)".into(),
                tid: 42,
                site: "s".into(),
                stack: vec![],
                bytes: 0,
            }],
            channels: vec![Channel {
                api: "v1".into(),
                id: "0x2".into(),
                codec: "H265".into(),
                frames_sent: 3,
                outputs: 3,
                bytes: 10,
                channels: 1,
                figures: Some(Figures {
                    latency: Some(Latency {
                        count: 3,
                        mean_ms: 2.0,
                        p50_ms: 2.0,
                        p95_ms: 3.0,
                        p99_ms: 3.0,
                        max_ms: 3.0,
                    }),
                    latency_histogram: vec![Bucket { le_ms: 2.0, count: 2 }, Bucket { le_ms: 3.0, count: 1 }],
                    target: Some(RateTarget { mode: "CBR".into(), kbps: Some(1000), fps: Some(25) }),
                    seconds: vec![Second { outputs: 3, kbits: 0.08, latency_mean_ms: 2.0, latency_max_ms: 3.0 }],
                    ..Figures::default()
                }),
            }],
            suppressions: vec![SuppressionUse {
                entry: "VENC-CHDESC-NULL".into(),
                place: "a.supp:1".into(),
                findings: 3,
                leaks: 0,
            }],
            filtered: 0,
        }
    }

    #[test]
    fn a_written_report_reads_back_the_same() {
        let r = sample();
        let text = serde_json::to_string_pretty(&r).unwrap();
        assert!(text.contains("\"mode\": \"reject\"") && text.contains("\"severity\": \"warning\""), "{text}");
        assert!(text.contains("\"name\": \"ACLVENC_SHIM_MODE\""), "{text}");
        assert_eq!(Report::from_json(&text), Ok(r.clone()));
        assert_eq!((r.finding_count(), r.error_count(), r.leak_count()), (7, 0, 1));
        assert_eq!((r.limited_count(), r.suppressed_count()), (2, (3, 0)));
        assert_eq!(r.findings[0].stack[0].to_string(), "main (app.c:4)");
    }

    #[test]
    fn another_schema_or_a_missing_section_is_refused_by_name() {
        let mut v = serde_json::to_value(sample()).unwrap();
        v["schema_version"] = (SCHEMA_VERSION - 1).into();
        let e = Report::from_json(&v.to_string()).unwrap_err();
        let want =
            format!("report schema {} is not the schema {SCHEMA_VERSION} this aclvenc-check reads", SCHEMA_VERSION - 1);
        assert_eq!(e.to_string(), want);
        v["schema_version"] = SCHEMA_VERSION.into();
        v.as_object_mut().unwrap().remove("settings");
        let e = Report::from_json(&v.to_string()).unwrap_err();
        assert!(matches!(&e, ReadError::Malformed(m) if m.contains("settings")), "{e}");
        assert_eq!(Report::from_json(r#"{"calls": {}}"#), Err(ReadError::NoSchema));
        assert!(matches!(Report::from_json("{"), Err(ReadError::NotJson(_))));
    }
}
