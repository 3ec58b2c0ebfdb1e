//! Where findings go: each is logged with its rule ID, the function, the actual values and how to fix it, and the
//! application frame that made the call. Findings with the same rule and function are merged: the first
//! [`SHOW_PER_SITE`] are shown, later ones are counted (no message floods) and summed up in the report.

pub mod file;
pub mod json;
pub mod leaks;

use crate::site::Origin;
use aclvenc_interface::rules::Rule;
use parking_lot::Mutex;
use std::collections::HashMap;

/// How bad a finding is (docs/validation-rules.md "Sev"); shared with aclvenc-check through `aclvenc-interface`.
pub use aclvenc_interface::Severity;

/// How many findings of one rule in one function are shown before the rest are only counted.
pub const SHOW_PER_SITE: u64 = 5;

/// One merged finding: a rule broken in one function, how often, and the first occurrence in full.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Finding {
    pub rule: &'static str,
    pub severity: Severity,
    pub function: &'static str,
    pub message: String,
    pub count: u64,
    pub thread: String,
    /// The application frame that made the first offending call.
    pub site: String,
}

/// A finding as stored: the first occurrence's stack is kept unresolved until the finding is shown.
struct Entry {
    rule: Rule,
    severity: Severity,
    function: &'static str,
    message: String,
    count: u64,
    origin: Origin,
}

/// What findings are merged by: the rule, the function, and a detail (the driver's code for DRIVER-ERROR, else 0).
type Key = (Rule, &'static str, i64);

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

fn bump(st: &mut Store, key: Key) -> Option<u64> {
    let i = *st.index.get(&key)?;
    st.list[i].count += 1;
    Some(st.list[i].count)
}

/// Records a finding of `rule` in `function`; formats `message` only when it will be shown. The first occurrence
/// captures the stack (unresolved); the line goes to the output writer thread, which symbolises it.
pub fn submit(rule: Rule, function: &'static str, message: impl FnOnce() -> String) {
    submit_detail(rule, rule.severity(), function, 0, message);
}

/// [`submit`] with the severity given (instead of the rule's) and findings merged per `detail` too (the driver's
/// code, for DRIVER-ERROR).
pub fn submit_detail(
    rule: Rule,
    severity: Severity,
    function: &'static str,
    detail: i64,
    message: impl FnOnce() -> String,
) {
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
    // Count under the lock; format the message and capture the stack outside it, and only when shown.
    let key = (rule, function, detail);
    let count = with_store(|st| bump(st, key));
    let (count, shown, site) = match count {
        Some(n) => (n, (n <= SHOW_PER_SITE).then(message), None),
        None => {
            let text = message();
            let origin = Origin::capture(function);
            let n = with_store(|st| {
                bump(st, key).unwrap_or_else(|| {
                    st.index.insert(key, st.list.len());
                    let entry =
                        Entry { rule, severity, function, message: text.clone(), count: 1, origin: origin.clone() };
                    st.list.push(entry);
                    1
                })
            });
            (n, Some(text), (n == 1).then_some(origin))
        }
    };
    let level = match severity {
        Severity::Error => log::Level::Error,
        Severity::Warning => log::Level::Warn,
        Severity::Info => log::Level::Info,
    };
    if let Some(text) = shown {
        crate::output::emit(RULE_TARGET, level, format!("[{}] {function}: {text}", rule.id()), site);
    } else if count == SHOW_PER_SITE + 1 {
        let text =
            format!("[{}] {function}: further findings are counted, not shown (see the exit summary)", rule.id());
        crate::output::emit(RULE_TARGET, level, text, None);
    }
}

/// Log target of findings.
pub const RULE_TARGET: &str = "aclvenc_shim::rule";

/// Every finding so far (merged).
pub fn findings() -> Vec<Finding> {
    let entries: Vec<(Rule, Severity, &'static str, String, u64, Origin)> = with_store(|st| {
        st.list.iter().map(|e| (e.rule, e.severity, e.function, e.message.clone(), e.count, e.origin.clone())).collect()
    });
    // Symbolised outside the lock.
    entries
        .into_iter()
        .map(|(rule, severity, function, message, count, origin)| Finding {
            rule: rule.id(),
            severity,
            function,
            message,
            count,
            thread: origin.thread(),
            site: origin.caller(),
        })
        .collect()
}

/// How many findings of `rule` (its ID, such as `"MPI-NULL-PTR"`) so far, or of every rule when `None`.
pub fn finding_count(rule: Option<&str>) -> u64 {
    with_store(|st| st.list.iter().filter(|e| rule.is_none_or(|r| r == e.rule.id())).map(|e| e.count).sum())
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
