//! Where findings go: each is logged with its rule ID, the function, the actual values and how to fix it, and the
//! application frame that made the call. Findings with the same rule and function are merged: the first
//! [`SHOW_PER_SITE`] are shown, later ones are counted (no message floods) and summed up in the report.

pub mod json;
pub mod leaks;
pub mod site;

use crate::chassis::Shim;
use crate::config::Settings;
use crate::validate::rules::Rule;
use parking_lot::Mutex;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};

/// How bad a finding is (validation-rules.md "Sev").
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// A behaviour worth knowing; not a violation.
    Info,
    /// Legal, but almost always a bug or a portability trap.
    Warning,
    /// The vendor rejects the call, or the behaviour is undefined, a hang or a corrupt stream.
    Error,
}

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

/// Every finding so far, merged by (rule, function).
#[derive(Default)]
struct Store {
    list: Vec<Finding>,
    index: HashMap<(Rule, &'static str), usize>,
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

/// Records a finding of `rule` in `function`; formats `message` only when it will be shown.
pub fn submit(rule: Rule, function: &'static str, message: impl FnOnce() -> String) {
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
    // Count under the lock; format the message and find the call site outside it, and only when shown.
    let count = with_store(|st| match st.index.get(&(rule, function)) {
        Some(&i) => {
            st.list[i].count += 1;
            st.list[i].count
        }
        None => 0,
    });
    let (count, shown, site) = if count == 0 {
        let text = message();
        let site = site::caller_of(function);
        let count = with_store(|st| match st.index.get(&(rule, function)) {
            Some(&i) => {
                st.list[i].count += 1;
                st.list[i].count
            }
            None => {
                st.index.insert((rule, function), st.list.len());
                st.list.push(Finding {
                    rule: rule.id(),
                    severity: rule.severity(),
                    function,
                    message: text.clone(),
                    count: 1,
                    thread: site::thread_label(),
                    site: site.clone(),
                });
                1
            }
        });
        (count, Some(text), format!("\n    called from {site}"))
    } else {
        (count, (count <= SHOW_PER_SITE).then(message), String::new())
    };
    let level = match rule.severity() {
        Severity::Error => log::Level::Error,
        Severity::Warning => log::Level::Warn,
        Severity::Info => log::Level::Info,
    };
    if let Some(text) = shown {
        log::log!(target: "aclvenc_shim::rule", level, "[{}] {function}: {text}{site}", rule.id());
    } else if count == SHOW_PER_SITE + 1 {
        log::log!(
            target: "aclvenc_shim::rule",
            level,
            "[{}] {function}: further findings are counted, not shown (see the exit summary)",
            rule.id()
        );
    }
}

/// Every finding so far (merged).
pub fn findings() -> Vec<Finding> {
    with_store(|st| st.list.clone())
}

/// How many findings of `rule` (its ID, such as `"MPI-NULL-PTR"`) so far, or of every rule when `None`.
pub fn finding_count(rule: Option<&str>) -> u64 {
    with_store(|st| st.list.iter().filter(|f| rule.is_none_or(|r| r == f.rule)).map(|f| f.count).sum())
}

/// Forgets every finding.
pub fn reset_findings() {
    *STORE.lock() = None;
}

/// Sets up `log` output from `ACLVENC_SHIM_LOG` (RUST_LOG syntax). Keeps the application's logger if it has one.
pub fn init_logger(settings: &Settings) {
    let mut b = env_logger::Builder::new();
    b.parse_filters(&settings.log.value);
    b.format(|buf, record| {
        use std::io::Write;
        writeln!(buf, "[aclvenc-shim {} {}] {}", record.level(), record.target(), record.args())
    });
    b.target(env_logger::Target::Stderr);
    let _ = b.try_init();
}

/// A panic inside the shim: say so; the caller gets the internal-error code.
pub fn panicked(function: &str, payload: Box<dyn std::any::Any + Send>) {
    let what = payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".into());
    log::error!(
        target: "aclvenc_shim",
        "internal error in the shim during {function}: {what}. The call returned the internal-error code and was not forwarded; please report this."
    );
}

/// `ACLVENC_SHIM_MODE=abort`: print where, write the report, abort.
pub fn abort_now(function: &str) -> ! {
    eprintln!("aclvenc-shim: aborting on an error-level finding in {function} (ACLVENC_SHIM_MODE=abort)");
    eprintln!("{:?}", backtrace::Backtrace::new());
    if let Some(shim) = Shim::try_get() {
        if let Some(path) = &shim.settings.report_path {
            let _ = json::write(shim, path);
        }
    }
    std::process::abort();
}

static EXIT_HOOK: AtomicBool = AtomicBool::new(false);

/// Registers [`at_exit`] once.
pub fn install_exit_hook() {
    if !EXIT_HOOK.swap(true, Ordering::SeqCst) {
        crate::resolve::at_process_exit(at_exit);
    }
}

/// At process exit: finish the trace file, report leaks and unreleased streams, write the JSON report, and apply
/// `ACLVENC_SHIM_LEAK_EXITCODE`. Never calls the driver (it may be gone), never panics into C.
extern "C" fn at_exit() {
    let _ = std::panic::catch_unwind(|| {
        let Some(shim) = Shim::try_get() else { return };
        crate::trace::finish();
        let live = leaks::log_report(shim, "at exit");
        if let Some(path) = &shim.settings.report_path {
            if let Err(e) = json::write_final(shim, path) {
                eprintln!("aclvenc-shim: cannot write the report to {}: {e}", path.display());
            }
        }
        if live > 0 {
            if let Some(code) = shim.settings.leak_exitcode {
                eprintln!(
                    "aclvenc-shim: {live} leaked objects; exiting with status {code} (ACLVENC_SHIM_LEAK_EXITCODE)"
                );
                crate::resolve::exit_now(code);
            }
        }
    });
}
