//! Which findings and leaks are reported: the rule filter (`ACLVENC_SHIM_RULES`, `--rules`) and suppressions files
//! (`ACLVENC_SHIM_SUPPRESSIONS`, `--suppressions`). Both are parsed here, once, by the shim at its first
//! intercepted call and by `aclvenc-check` before it starts the application (so a mistake is refused before the
//! run, naming the file and line). The shim turns the rule filter into one flag per rule, looked up only when a
//! rule is broken: a call without findings never reaches this code.
//!
//! Globs (`*`, `?`, `[...]`) are those of the `glob` crate's [`glob::Pattern`]; `*` also matches `/` and `:`.

use crate::report::Frame;
use crate::rules::Rule;
use glob::Pattern;
use std::path::{Path, PathBuf};

/// The family of a rule ID: its first two words (`VENC-CHDESC` for `VENC-CHDESC-WIDTH-RANGE`, `DRIVER-ERROR`).
pub fn family(id: &str) -> &str {
    match id.match_indices('-').nth(1) {
        Some((at, _)) => &id[..at],
        None => id,
    }
}

/// Every rule family, in rule-table order.
pub fn families() -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for r in Rule::ALL {
        let f = family(r.id());
        if !out.contains(&f) {
            out.push(f);
        }
    }
    out
}

/// A pattern over rule IDs: a glob (`VENC-CHDESC-*`), an exact ID, or a family written alone (`MPI-JPEGE`, which
/// means `MPI-JPEGE-*` and the ID itself).
#[derive(Clone, Debug)]
struct IdPattern {
    glob: Pattern,
    text: String,
}

impl IdPattern {
    /// # Errors
    /// The pattern is not a valid glob, or matches no rule ID.
    fn parse(text: &str) -> Result<IdPattern, String> {
        let glob = Pattern::new(text).map_err(|e| format!("{text:?} is not a valid pattern: {e}"))?;
        let p = IdPattern { glob, text: text.to_string() };
        if !Rule::ALL.iter().any(|r| p.matches(r.id())) {
            return Err(format!("{text:?} names no rule ID (docs/rules.md lists them)"));
        }
        Ok(p)
    }

    fn matches(&self, id: &str) -> bool {
        self.glob.matches(id) || id.strip_prefix(self.text.as_str()).is_some_and(|rest| rest.starts_with('-'))
    }
}

/// Which rules are checked: one flag per rule, indexed by `Rule as usize`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleFilter {
    enabled: Vec<bool>,
}

impl Default for RuleFilter {
    fn default() -> Self {
        RuleFilter { enabled: vec![true; Rule::ALL.len()] }
    }
}

impl RuleFilter {
    /// Parses `spec`: comma-separated entries applied in order, each a rule ID, a family (`MPI-JPEGE`) or a glob
    /// (`VENC-CHDESC-*`), with a leading `-` to disable the rules it matches, or none (or `+`) to enable them. A
    /// list whose first entry enables starts from no rule enabled; one whose first entry disables starts from
    /// every rule enabled. Blank entries are ignored.
    ///
    /// # Errors
    /// An entry that matches no rule ID, or is not a valid glob: the message names it.
    pub fn parse(spec: &str) -> Result<RuleFilter, String> {
        let entries: Vec<&str> = spec.split(',').map(str::trim).filter(|e| !e.is_empty()).collect();
        let starts_enabled = entries.first().is_none_or(|e| e.starts_with('-'));
        let mut enabled = vec![starts_enabled; Rule::ALL.len()];
        for entry in entries {
            let (on, text) = match entry.as_bytes()[0] {
                b'-' => (false, &entry[1..]),
                b'+' => (true, &entry[1..]),
                _ => (true, entry),
            };
            let p = IdPattern::parse(text)?;
            for (i, r) in Rule::ALL.iter().enumerate() {
                if p.matches(r.id()) {
                    enabled[i] = on;
                }
            }
        }
        Ok(RuleFilter { enabled })
    }

    /// Whether `rule` is checked.
    pub fn enabled(&self, rule: Rule) -> bool {
        self.enabled[rule as usize]
    }

    /// Whether the rule with ID `id` is checked (`true` for an ID not in the table, such as `LEAK`).
    pub fn enabled_id(&self, id: &str) -> bool {
        Rule::from_id(id).is_none_or(|r| self.enabled(r))
    }
}

/// What a suppression matches.
#[derive(Clone, Debug)]
enum Target {
    /// Findings of the rules this pattern matches.
    Rules(IdPattern),
    /// Leaks of the kinds this glob matches.
    Leak(Pattern),
}

/// One entry of a suppressions file.
#[derive(Clone, Debug)]
pub struct Suppression {
    target: Target,
    function: Option<Pattern>,
    site: Option<Pattern>,
    /// The entry as written (trimmed).
    pub text: String,
    /// The file it came from.
    pub file: PathBuf,
    /// Its line in that file, from 1.
    pub line: usize,
}

fn glob(text: &str, what: &str) -> Result<Option<Pattern>, String> {
    let text = text.trim();
    if text.is_empty() || text == "*" {
        return Ok(None);
    }
    Pattern::new(text).map(Some).map_err(|e| format!("{what} {text:?} is not a valid pattern: {e}"))
}

/// Whether `site` matches one of `frames`: its function, its `file:line` (the full path or the file name), or
/// `function (file:line)`.
fn any_frame(site: &Pattern, frames: &[Frame]) -> bool {
    frames.iter().any(|f| {
        let mut texts = vec![f.function.clone()];
        if let (Some(file), Some(line)) = (&f.file, f.line) {
            let name = Path::new(file).file_name().map_or(file.clone(), |n| n.to_string_lossy().into_owned());
            texts.push(format!("{file}:{line}"));
            texts.push(format!("{name}:{line}"));
            texts.push(format!("{} ({name}:{line})", f.function));
            texts.push(format!("{} ({file}:{line})", f.function));
        }
        texts.iter().any(|t| site.matches(t))
    })
}

impl Suppression {
    /// Parses one line: `RULE[:FUNCTION[:SITE]]` or `leak:KIND[:SITE]` (the site pattern may contain `:`).
    ///
    /// # Errors
    /// A rule pattern that names no rule, an empty kind, or an invalid glob.
    fn parse(text: &str, file: &Path, line: usize) -> Result<Suppression, String> {
        let (target, function, site) = match text.strip_prefix("leak:") {
            Some(rest) => {
                let (kind, site) = rest.split_once(':').unwrap_or((rest, ""));
                let kind = kind.trim();
                if kind.is_empty() {
                    return Err("leak: needs a kind (`leak:*` for every kind)".into());
                }
                let kind = Pattern::new(kind).map_err(|e| format!("kind {kind:?} is not a valid pattern: {e}"))?;
                (Target::Leak(kind), None, glob(site, "site")?)
            }
            None => {
                let mut parts = text.splitn(3, ':');
                let rule = parts.next().unwrap_or_default().trim();
                let (function, site) = (parts.next().unwrap_or_default(), parts.next().unwrap_or_default());
                (Target::Rules(IdPattern::parse(rule)?), glob(function, "function")?, glob(site, "site")?)
            }
        };
        Ok(Suppression { target, function, site, text: text.to_string(), file: file.to_path_buf(), line })
    }

    /// Whether this entry suppresses a finding of rule `id` in the export `function` called from `frames`.
    pub fn matches_finding(&self, id: &str, function: &str, frames: &[Frame]) -> bool {
        let Target::Rules(p) = &self.target else { return false };
        p.matches(id)
            && self.function.as_ref().is_none_or(|f| f.matches(function))
            && self.site.as_ref().is_none_or(|s| any_frame(s, frames))
    }

    /// Whether this entry suppresses leaks of `kind` created from `frames`.
    pub fn matches_leak(&self, kind: &str, frames: &[Frame]) -> bool {
        let Target::Leak(k) = &self.target else { return false };
        k.matches(kind) && self.site.as_ref().is_none_or(|s| any_frame(s, frames))
    }

    /// `file:line`, as messages and the report name the entry.
    pub fn place(&self) -> String {
        format!("{}:{}", self.file.display(), self.line)
    }
}

/// Parses the text of one suppressions file (`file` names it in messages). Blank lines and lines starting with
/// `#` are skipped.
///
/// # Errors
/// The first bad line: `FILE:LINE: <why>` (a rule ID that names no rule, an empty kind, an invalid glob).
pub fn parse_suppressions(text: &str, file: &Path) -> Result<Vec<Suppression>, String> {
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let s = Suppression::parse(line, file, i + 1).map_err(|why| format!("{}:{}: {why}", file.display(), i + 1))?;
        out.push(s);
    }
    Ok(out)
}

/// Reads and parses every file in `paths`, in order.
///
/// # Errors
/// A file that cannot be read (`FILE: <io error>`) or has a bad line ([`parse_suppressions`]).
pub fn load_suppressions(paths: &[PathBuf]) -> Result<Vec<Suppression>, String> {
    let mut out = Vec::new();
    for p in paths {
        let text = std::fs::read_to_string(p).map_err(|e| format!("suppressions file {}: {e}", p.display()))?;
        out.extend(parse_suppressions(&text, p)?);
    }
    Ok(out)
}

/// A suppressions entry for a finding of rule `id` in `function` called from `frames` (`--gen-suppressions`):
/// `RULE:FUNCTION:SITE`, the site being the first application frame's function (or `RULE:FUNCTION` without one).
pub fn suggest(id: &str, function: &str, frames: &[Frame]) -> String {
    match frames.first().map(|f| f.function.as_str()).filter(|f| !f.is_empty() && !f.starts_with("0x")) {
        Some(site) => format!("{id}:{function}:{site}"),
        None => format!("{id}:{function}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(function: &str, file: &str, line: u32) -> Frame {
        Frame { function: function.into(), file: Some(file.into()), line: Some(line) }
    }

    #[test]
    fn families_are_the_first_two_words() {
        assert_eq!(family("VENC-CHDESC-WIDTH-RANGE"), "VENC-CHDESC");
        assert_eq!(family("DRIVER-ERROR"), "DRIVER-ERROR");
        assert_eq!(family("LEAK"), "LEAK");
        let f = families();
        assert!(f.contains(&"VENC-CHDESC") && f.contains(&"MPI-JPEGE") && f.contains(&"DRIVER-ERROR"), "{f:?}");
    }

    /// A family filter: disabling `VENC-CHDESC-*` leaves other VENC rules on; enabling one family alone turns
    /// everything else off; later entries win.
    #[test]
    fn a_family_filter_disables_and_enables_whole_families() {
        let f = RuleFilter::parse("-VENC-CHDESC-*").unwrap();
        assert!(!f.enabled(Rule::VencChdescWidthRange) && !f.enabled(Rule::VencChdescNull));
        assert!(f.enabled(Rule::VencSendAfterEos) && f.enabled(Rule::MpiNullPtr));
        let f = RuleFilter::parse("-VENC-CHDESC-*, VENC-CHDESC-NULL").unwrap();
        assert!(f.enabled(Rule::VencChdescNull) && !f.enabled(Rule::VencChdescWidthRange));
        let f = RuleFilter::parse("MPI-JPEGE").unwrap();
        let on: Vec<&str> = Rule::ALL.iter().filter(|r| f.enabled(**r)).map(|r| r.id()).collect();
        assert!(!on.is_empty() && on.iter().all(|id| id.starts_with("MPI-JPEGE-")), "{on:?}");
        let f = RuleFilter::parse("+DRIVER-ERROR").unwrap();
        assert!(f.enabled(Rule::DriverError) && !f.enabled(Rule::MpiNullPtr));
        assert_eq!(RuleFilter::parse("").unwrap(), RuleFilter::default());
        assert!(RuleFilter::default().enabled_id("LEAK"));
    }

    #[test]
    fn a_filter_entry_that_names_no_rule_is_an_error() {
        let e = RuleFilter::parse("-VENC-CHDESK-*").unwrap_err();
        assert!(e.contains("\"VENC-CHDESK-*\" names no rule ID"), "{e}");
        assert!(RuleFilter::parse("VENC").is_ok(), "a one-word family is a prefix too");
        assert!(RuleFilter::parse("VENC-CHDESC-WIDTH").unwrap().enabled(Rule::VencChdescWidthAlign), "words");
        assert!(RuleFilter::parse("VENC-CHDESC-WID").is_err(), "not a whole word of an ID");
    }

    #[test]
    fn a_suppression_matches_by_rule_function_and_site() {
        let text = "# ours\n\nVENC-SEND-AFTER-EOS:aclvencSendFrame:send_after_eos\nMPI-*::*app.c:4?\n";
        let s = parse_suppressions(text, Path::new("s.supp")).unwrap();
        assert_eq!((s.len(), s[0].line, s[0].place()), (2, 3, "s.supp:3".to_string()));
        let frames = [frame("send_after_eos", "/src/app.c", 120), frame("main", "/src/app.c", 300)];
        assert!(s[0].matches_finding("VENC-SEND-AFTER-EOS", "aclvencSendFrame", &frames));
        // Each field can fail the match on its own.
        assert!(!s[0].matches_finding("VENC-CHDESC-NULL", "aclvencSendFrame", &frames));
        assert!(!s[0].matches_finding("VENC-SEND-AFTER-EOS", "aclvencDestroyChannel", &frames));
        assert!(!s[0].matches_finding("VENC-SEND-AFTER-EOS", "aclvencSendFrame", &frames[1..]));
        // A site glob over `file:line`, any frame.
        assert!(!s[1].matches_finding("MPI-NULL-PTR", "hi_mpi_venc_send_frame", &frames));
        let frames = [frame("helper", "/src/lib.c", 9), frame("main", "/src/app.c", 41)];
        assert!(s[1].matches_finding("MPI-NULL-PTR", "hi_mpi_venc_send_frame", &frames));
        assert!(!s[1].matches_leak("hi_mpi_venc channel", &frames), "a rule entry never matches a leak");
    }

    #[test]
    fn leak_suppressions_match_kind_and_site() {
        let s = parse_suppressions("leak:hi_mpi_venc channel:*not_destroyed*\nleak:*\n", Path::new("x")).unwrap();
        let frames = [frame("channel_not_destroyed", "/a/venc_mistakes.c", 200)];
        assert!(s[0].matches_leak("hi_mpi_venc channel", &frames));
        assert!(!s[0].matches_leak("aclvencChannelDesc", &frames));
        assert!(!s[0].matches_leak("hi_mpi_venc channel", &[frame("main", "/a/m.c", 1)]));
        assert!(s[1].matches_leak("anything", &[]));
        assert!(!s[0].matches_finding("MPI-NULL-PTR", "f", &frames));
    }

    #[test]
    fn an_unknown_rule_id_is_an_error_naming_the_line() {
        let e = parse_suppressions("VENC-SEND-AFTER-EOS\n\nVENC-NO-SUCH-RULE:f\n", Path::new("/t/a.supp")).unwrap_err();
        assert!(e.starts_with("/t/a.supp:3: \"VENC-NO-SUCH-RULE\" names no rule ID"), "{e}");
        let e = parse_suppressions("leak:\n", Path::new("b")).unwrap_err();
        assert!(e.starts_with("b:1: leak: needs a kind"), "{e}");
        let e = load_suppressions(&[PathBuf::from("/nonexistent/x.supp")]).unwrap_err();
        assert!(e.contains("/nonexistent/x.supp"), "{e}");
    }

    #[test]
    fn a_suggested_entry_parses_and_matches_its_finding() {
        let frames = [frame("send_after_eos", "/src/app.c", 120)];
        let entry = suggest("VENC-SEND-AFTER-EOS", "aclvencSendFrame", &frames);
        assert_eq!(entry, "VENC-SEND-AFTER-EOS:aclvencSendFrame:send_after_eos");
        let s = parse_suppressions(&entry, Path::new("g")).unwrap();
        assert!(s[0].matches_finding("VENC-SEND-AFTER-EOS", "aclvencSendFrame", &frames));
        assert_eq!(suggest("MPI-NULL-PTR", "f", &[]), "MPI-NULL-PTR:f");
    }
}
