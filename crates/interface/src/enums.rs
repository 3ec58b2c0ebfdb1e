//! The enums the shim and `aclvenc-check` both name: the shim's [`Mode`] and a finding's [`Severity`]. In the
//! JSON report and in `ACLVENC_SHIM_MODE` both are spelled in lower case (`reject`, `error`).

use serde::{Deserialize, Serialize};

/// What the shim does with a call that has an error-level finding (`ACLVENC_SHIM_MODE`, `aclvenc-check --mode`).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// Report, then forward unchanged (only calls on never-created or destroyed handles are refused).
    #[default]
    Report,
    /// Report and return the vendor's error code without forwarding.
    Reject,
    /// Report, print a backtrace and abort the process (for CI).
    Abort,
    /// Pass-through: forward every call unchanged, checking, tracking, tracing and counting nothing (to rule the
    /// shim out, or to measure what it costs; issue 9).
    Off,
}

impl Mode {
    /// Every mode, in the order the docs list them.
    pub const ALL: [Mode; 4] = [Mode::Report, Mode::Reject, Mode::Abort, Mode::Off];

    /// The value as `ACLVENC_SHIM_MODE` and the report spell it: `report`, `reject`, `abort` or `off`.
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Report => "report",
            Mode::Reject => "reject",
            Mode::Abort => "abort",
            Mode::Off => "off",
        }
    }

    /// The mode spelled `name` (exactly as [`Mode::as_str`] spells it), or `None`.
    pub fn from_name(name: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|m| m.as_str() == name)
    }

    /// What the mode does, one sentence (aclvenc-check `--help`, the settings docs).
    pub fn help(self) -> &'static str {
        match self {
            Mode::Report => {
                "report, then forward unchanged (a correct program behaves exactly as without the shim; only calls on \
                 handles that were never created or are destroyed are refused, with the vendor's error code)"
            }
            Mode::Reject => "return the vendor's error code for every error-level finding without forwarding",
            Mode::Abort => "report, print a backtrace, abort (for CI)",
            Mode::Off => "pass-through: forward every call unchanged and check, track, trace and count nothing",
        }
    }
}

impl std::fmt::Display for Mode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How bad a finding is (`Sev` in `docs/validation-rules.md`). Ordered: `Info < Warning < Error`.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// A behaviour worth knowing; not a violation.
    Info,
    /// Legal, but almost always a bug or a portability trap.
    Warning,
    /// The vendor rejects the call, or the behaviour is undefined, a hang or a corrupt stream.
    Error,
}

impl Severity {
    /// The severity as the report spells it: `info`, `warning` or `error`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    /// Every severity, least severe first.
    pub const ALL: [Severity; 3] = [Severity::Info, Severity::Warning, Severity::Error];

    /// The severity spelled `name` (as [`Severity::as_str`] spells it), or `None`.
    pub fn from_name(name: &str) -> Option<Severity> {
        Severity::ALL.into_iter().find(|s| s.as_str() == name)
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_the_serde_spelling() {
        for m in Mode::ALL {
            assert_eq!(serde_json::to_string(&m).unwrap(), format!("\"{}\"", m.as_str()));
            assert_eq!(Mode::from_name(m.as_str()), Some(m));
        }
        assert_eq!(Mode::from_name("Report"), None);
        for s in [Severity::Info, Severity::Warning, Severity::Error] {
            assert_eq!(serde_json::to_string(&s).unwrap(), format!("\"{s}\""));
        }
        assert!(Severity::Info < Severity::Warning && Severity::Warning < Severity::Error);
    }
}
