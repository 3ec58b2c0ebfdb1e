//! Where findings go: each is printed as `==PID== [RULE-ID] error: function: message` with its call site on the
//! next lines (the actual values and how to fix it are in the message), and merged with earlier findings of the
//! same rule, function and call site: the first `ACLVENC_SHIM_ERROR_LIMIT` are printed, later ones only counted
//! (no message floods), and at exit one line says how many the limit kept back.
//!
//! What is reported is decided here, so the chassis needs no part of it: the rule filter and minimum severity
//! (`ACLVENC_SHIM_RULES`, `ACLVENC_SHIM_MIN_SEVERITY`, one flag per rule decided once) and the suppressions
//! (`ACLVENC_SHIM_SUPPRESSIONS`, matched once per call site, on the first finding there). This code runs only when
//! a rule is broken: a call without findings never pays for any of it.

pub mod file;
pub mod json;
pub mod leaks;

use crate::config::Settings;
use crate::site::Origin;
use aclvenc_interface::filter::{RuleFilter, Suppression};
use aclvenc_interface::report::Frame;
use aclvenc_interface::rules::Rule;
use parking_lot::Mutex;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

/// How bad a finding is (docs/validation-rules.md "Sev"); shared with aclvenc-check through `aclvenc-interface`.
pub use aclvenc_interface::Severity;

/// One merged finding: a rule broken in one function at one call site, how often, and the first occurrence.
#[derive(Clone, Debug)]
pub struct Finding {
    pub rule: &'static str,
    pub severity: Severity,
    pub function: &'static str,
    pub message: String,
    pub count: u64,
    /// How many were printed.
    pub shown: u64,
    pub thread: String,
    pub tid: u32,
    /// The application frames that made the first offending call.
    pub stack: Vec<Frame>,
}

impl Finding {
    /// The call site as one line: `main (app.c:40) <- ...`.
    pub fn site(&self) -> String {
        crate::site::describe(&self.stack)
    }
}

/// What is reported, decided once from the settings.
pub struct Policy {
    /// Whether each rule is checked, indexed by `Rule as usize`.
    filter: RuleFilter,
    min_severity: Severity,
    pub(crate) suppressions: Vec<Suppression>,
    /// Findings each suppression matched.
    used: Vec<AtomicU64>,
    /// Findings printed per rule and call site; 0: all.
    error_limit: u64,
    gen_suppressions: bool,
}

impl Policy {
    fn new(s: &Settings) -> Policy {
        Policy {
            filter: s.rules.clone(),
            min_severity: s.min_severity.unwrap_or(Severity::Info),
            suppressions: s.suppressions.clone(),
            used: s.suppressions.iter().map(|_| AtomicU64::new(0)).collect(),
            error_limit: s.error_limit,
            gen_suppressions: s.gen_suppressions,
        }
    }

    /// Whether findings of `rule` at `severity` are reported at all.
    fn reports(&self, rule: Rule, severity: Severity) -> bool {
        self.filter.enabled(rule) && severity >= self.min_severity
    }

    /// Findings each suppression matched so far, in suppression order.
    pub fn used(&self) -> Vec<u64> {
        self.used.iter().map(|n| n.load(Ordering::Relaxed)).collect()
    }
}

static POLICY: OnceLock<Policy> = OnceLock::new();

/// Decides, once, what is reported (the shim's initialisation calls it with the settings). Findings submitted
/// before it (none in the shim; unit tests) use the defaults: every rule, no suppressions, limit 5.
pub fn configure(settings: &Settings) {
    let _ = POLICY.set(Policy::new(settings));
}

/// The reporting policy in force.
pub fn policy() -> &'static Policy {
    POLICY.get_or_init(|| Policy::new(&crate::config::Settings { error_limit: 5, ..Settings::default() }))
}

/// Findings the rule filter or the minimum severity left out.
static FILTERED: AtomicU64 = AtomicU64::new(0);

/// Findings the rule filter or the minimum severity left out so far.
pub fn filtered_count() -> u64 {
    FILTERED.load(Ordering::Relaxed)
}

/// A finding as stored: the first occurrence's stack is kept unresolved until the finding is shown.
struct Entry {
    rule: Rule,
    severity: Severity,
    function: &'static str,
    message: String,
    count: u64,
    shown: u64,
    origin: Origin,
    /// The suppression that matched this call site.
    suppressed: Option<usize>,
}

/// What findings are merged by: the rule, the function, a detail (the driver's code for DRIVER-ERROR, else 0) and
/// the call site ([`Origin::stack_key`]).
type Key = (Rule, &'static str, i64, u64);

/// Every finding so far, merged by [`Key`].
#[derive(Default)]
struct Store {
    list: Vec<Entry>,
    index: HashMap<Key, usize>,
}

static STORE: Mutex<Option<Store>> = Mutex::new(None);

fn with_store<R>(f: impl FnOnce(&mut Store) -> R) -> R {
    f(STORE.lock().get_or_insert_with(Store::default))
}

#[cfg(test)]
thread_local! {
    /// Rules reported on this thread while a test captures them.
    static CAPTURE: std::cell::RefCell<Option<Vec<(Rule, String)>>> = const { std::cell::RefCell::new(None) };
}

/// Runs `f` and returns every finding it reported on this thread (rule and message), in order.
#[cfg(test)]
pub fn capture(f: impl FnOnce()) -> Vec<(Rule, String)> {
    CAPTURE.with(|c| *c.borrow_mut() = Some(Vec::new()));
    f();
    CAPTURE.with(|c| c.borrow_mut().take().unwrap_or_default())
}

/// What happened to one occurrence at an existing entry: suppressed by this suppression, or counted (and whether
/// it is printed).
enum Seen {
    Suppressed(usize),
    Counted { shown: bool },
}

fn bump(st: &mut Store, key: Key, limit: u64) -> Option<Seen> {
    let e = &mut st.list[*st.index.get(&key)?];
    if let Some(i) = e.suppressed {
        return Some(Seen::Suppressed(i));
    }
    e.count += 1;
    let shown = limit == 0 || e.shown < limit;
    if shown {
        e.shown += 1;
    }
    Some(Seen::Counted { shown })
}

/// Records a finding of `rule` in `function`; formats `message` only when it will be printed. Returns whether
/// the finding counts: `false` when the rule filter, the minimum severity or a suppression leaves it out (then it
/// must not change the call's outcome either).
pub fn submit(rule: Rule, function: &'static str, message: impl FnOnce() -> String) -> bool {
    submit_detail(rule, rule.severity(), function, 0, message)
}

/// [`submit`] with the severity given (instead of the rule's) and findings merged per `detail` too (the driver's
/// code, for DRIVER-ERROR).
pub fn submit_detail(
    rule: Rule,
    severity: Severity,
    function: &'static str,
    detail: i64,
    message: impl FnOnce() -> String,
) -> bool {
    submit_at(rule, severity, function, detail, || Origin::capture(function), message)
}

/// [`submit`] from another thread than the call's (the output analysis thread): the finding's site is `origin`
/// (where the channel was created), made only when the finding is counted.
pub fn submit_from(
    rule: Rule,
    function: &'static str,
    origin: impl FnOnce() -> Origin,
    message: impl FnOnce() -> String,
) -> bool {
    submit_at(rule, rule.severity(), function, 0, origin, message)
}

fn submit_at(
    rule: Rule,
    severity: Severity,
    function: &'static str,
    detail: i64,
    origin: impl FnOnce() -> Origin,
    message: impl FnOnce() -> String,
) -> bool {
    #[cfg(test)]
    let message = {
        let text = message();
        CAPTURE.with(|c| {
            if let Some(v) = c.borrow_mut().as_mut() {
                v.push((rule, text.clone()));
            }
        });
        move || text
    };
    let mut message = Some(message);
    let mut format = move || message.take().map(|m| m()).unwrap_or_default();
    let p = policy();
    if !p.reports(rule, severity) {
        FILTERED.fetch_add(1, Ordering::Relaxed);
        return false;
    }
    // The stack is captured unresolved (no symbols) to tell call sites apart; it is symbolised on this thread only
    // for the first finding at a site when suppressions are loaded, else by the output writer when printed.
    let origin = origin();
    let key = (rule, function, detail, origin.stack_key());
    let seen = with_store(|st| bump(st, key, p.error_limit));
    let (shown, text) = match seen {
        Some(Seen::Suppressed(i)) => return suppressed_by(p, i),
        Some(Seen::Counted { shown }) => (shown, None),
        None => {
            // The first finding at this call site: the suppressions decide, for this site, once.
            let frames = if p.suppressions.is_empty() { Vec::new() } else { origin.frames() };
            let suppressed = p.suppressions.iter().position(|s| s.matches_finding(rule.id(), function, &frames));
            let text = if suppressed.is_none() { format() } else { String::new() };
            let raced = with_store(|st| {
                let seen = bump(st, key, p.error_limit);
                if seen.is_none() {
                    st.index.insert(key, st.list.len());
                    let (count, origin, message) = (u64::from(suppressed.is_none()), origin.clone(), text.clone());
                    st.list.push(Entry { rule, severity, function, message, count, shown: count, origin, suppressed });
                }
                seen
            });
            match (raced, suppressed) {
                (Some(Seen::Suppressed(i)), _) | (None, Some(i)) => return suppressed_by(p, i),
                (Some(Seen::Counted { shown }), _) => (shown, Some(text)),
                (None, None) => (true, Some(text)),
            }
        }
    };
    if shown {
        let text = text.unwrap_or_else(format);
        let head = format!("[{}] {severity}: {function}: {text}", rule.id());
        let gen = p.gen_suppressions.then_some(rule.id());
        crate::output::emit_finding(severity, head, origin, gen);
    }
    true
}

/// Counts a finding suppression `i` kept out; it does not count (`false`).
fn suppressed_by(p: &Policy, i: usize) -> bool {
    p.used[i].fetch_add(1, Ordering::Relaxed);
    false
}

/// Log target of findings.
pub const RULE_TARGET: &str = "aclvenc_shim::rule";

/// Every finding so far that counts (suppressed ones are left out), merged; those whose symbolised call site is
/// the same (a deeper caller differs) are merged once more.
pub fn findings() -> Vec<Finding> {
    let entries: Vec<(Rule, Severity, &'static str, String, u64, u64, Origin)> = with_store(|st| {
        st.list
            .iter()
            .filter(|e| e.suppressed.is_none())
            .map(|e| (e.rule, e.severity, e.function, e.message.clone(), e.count, e.shown, e.origin.clone()))
            .collect()
    });
    // Symbolised outside the lock.
    let mut out: Vec<Finding> = Vec::new();
    for (rule, severity, function, message, count, shown, origin) in entries {
        let stack = origin.frames();
        let same = |f: &&mut Finding| f.rule == rule.id() && f.function == function && f.stack == stack;
        if let Some(f) = out.iter_mut().find(|f| same(f) && f.severity == severity && f.message == message) {
            f.count += count;
            f.shown += shown;
            continue;
        }
        let thread = origin.thread_name();
        out.push(Finding {
            rule: rule.id(),
            severity,
            function,
            message,
            count,
            shown,
            thread: thread.to_string(),
            tid: thread.tid,
            stack,
        });
    }
    out
}

/// How many findings of `rule` (its ID, such as `"MPI-NULL-PTR"`) so far, or of every rule when `None`;
/// suppressed and filtered findings are not counted.
pub fn finding_count(rule: Option<&str>) -> u64 {
    with_store(|st| {
        st.list
            .iter()
            .filter(|e| e.suppressed.is_none() && rule.is_none_or(|r| r == e.rule.id()))
            .map(|e| e.count)
            .sum()
    })
}

/// Findings counted but not printed because of `ACLVENC_SHIM_ERROR_LIMIT`.
pub fn limited_count() -> u64 {
    with_store(|st| st.list.iter().filter(|e| e.suppressed.is_none()).map(|e| e.count - e.shown).sum())
}

/// For the fork handlers: the lock around the findings.
pub fn fork_lock() -> &'static impl crate::process::ForkLock {
    &STORE
}

/// Forgets every finding.
pub fn reset_findings() {
    *STORE.lock() = None;
}

/// A panic inside the shim: say so.
/// `consequence` says what the application got (the internal-error code, or its call forwarded unchanged).
pub fn panicked(function: &str, stage: &str, payload: Box<dyn std::any::Any + Send>, consequence: &str) {
    let what = payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".into());
    log::error!(
        target: "aclvenc_shim",
        "internal error in the shim while {stage} {function}: {what}. {consequence}; please report this."
    );
}
