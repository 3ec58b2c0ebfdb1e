//! Markdown made from the tables: the settings table (`docs/settings.md` and the README) and the rule list
//! (`docs/rules.md`). `cargo run -p xtask -- gen` writes the files; `-- check` fails when they are stale.

use crate::rules::Rule;
use crate::settings::{DefaultValue, Kind, Setting, SETTINGS};
use crate::Mode;
use std::fmt::Write as _;

/// Escapes `|` so text stays in one table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|")
}

/// The flag column: `--mode MODE`; a switch also has `--no-<flag>`.
fn flags(s: &Setting) -> String {
    match s.kind {
        Kind::Switch => format!("`--{0}[=0\\|1]`, `--no-{0}`", s.flag),
        kind => format!("`{} {}`", s.flag_text(), kind.value_name()),
    }
}

/// The values column: the help, the details, and for the mode each mode's meaning.
fn values(s: &Setting) -> String {
    let mut text = s.help.to_string();
    if !s.details.is_empty() {
        text.push(' ');
        text.push_str(s.details);
    }
    if s.kind == Kind::Mode {
        for m in Mode::ALL {
            let _ = write!(text, " `{}`: {}.", m.as_str(), m.help());
        }
    }
    cell(&text)
}

/// The default column: the value in backquotes, or what happens when unset; and `aclvenc-check`'s own default.
fn default(s: &Setting) -> String {
    let mut text = match s.default {
        DefaultValue::Value(v) => format!("`{v}`"),
        DefaultValue::Unset(meaning) => meaning.to_string(),
    };
    if let Some(v) = s.checker_default {
        let _ = write!(text, " (aclvenc-check: `{v}`)");
    }
    cell(&text)
}

/// The settings as a markdown table, one row per setting in [`SETTINGS`] order: variable, `aclvenc-check` flag,
/// values, default. Ends with a newline.
pub fn settings_markdown() -> String {
    let mut out = String::from("| Variable | `aclvenc-check` flag | Values | Default |\n|---|---|---|---|\n");
    for s in SETTINGS {
        let _ = writeln!(out, "| `{}` | {} | {} | {} |", s.env, flags(s), values(s), default(s));
    }
    out
}

/// `docs/rules.md`: every rule with its ID, severity, the vendor code reject mode returns, and what it catches.
pub fn rules_markdown() -> String {
    let mut doc = String::from(
        "# Validation rules\n\nGenerated from the rule table in `crates/interface/src/rules.rs` by \
         `cargo run -p xtask -- gen`; do not edit.\n\n\
         IDs come from [validation-rules.md](validation-rules.md) (the repository's copy of \
         `shared/rules/validation-rules.md`) unless the description says \"(ours)\". \
         The code is what `ACLVENC_SHIM_MODE=reject` returns for a call that breaks the rule.\n\n\
         | Rule ID | Severity | Code | What it catches |\n|---|---|---|---|\n",
    );
    for r in Rule::ALL {
        let _ = writeln!(
            doc,
            "| `{}` | {:?} | {} | {} |",
            r.id(),
            r.severity(),
            r.code_name().unwrap_or("-"),
            cell(r.summary())
        );
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_have_one_row_per_entry() {
        let settings = settings_markdown();
        assert_eq!(settings.lines().count(), 2 + SETTINGS.len());
        assert!(settings.contains("| `ACLVENC_SHIM_BANNER` | `--banner[=0\\|1]`, `--no-banner` |"), "{settings}");
        assert!(settings.contains("`reject`: return the vendor's error code"), "{settings}");
        assert!(settings.contains("`0` (aclvenc-check: `1`)"), "{settings}");
        let rules = rules_markdown();
        assert_eq!(rules.lines().filter(|l| l.starts_with("| `")).count(), Rule::ALL.len());
        assert!(rules.contains("| `MPI-NULL-PTR` | Error | HI_ERR_VENC_NULL_PTR |"), "{rules}");
    }
}
