//! Fault injection for the emulated driver, driven by `ACLVENC_EMU_FAULTS` (syntax in the crate README).
//!
//! A plan is a list of rules separated by `;`:
//!
//! | Rule | Effect |
//! |---|---|
//! | `fail:FN@N=CODE` | the Nth call (1-based) of function `FN` returns `CODE` without doing anything |
//! | `delay_cb=MS` | every completion (V1 callback, V2 stream) is delivered `MS` milliseconds late |
//! | `drop_cb@N` | the Nth completion of a channel is never delivered (the frame is still consumed) |
//! | `queue_full:FN@N` | the Nth call of `FN` (a V2 send) finds the input queue full |
//!
//! `N` is `3` (only the 3rd), `3+` (the 3rd and every later one) or `*` (every one). `CODE` is decimal
//! (`500003`, `-1`) or hexadecimal (`0xA0088012`, taken as the 32-bit pattern of an `int`).
//!
//! The export layer ([`crate::export::run`]) calls [`check`] once per call of every export, so `fail:` works for any
//! exported function; the libraries call [`callback_delay`] and [`should_drop_callback`] where they deliver
//! completions, and [`queue_full`] in their send path. Each function keeps its own per-name call counter, so
//! `check("x")` and `queue_full("x")` count independently.

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard, OnceLock};
use std::time::Duration;

/// Which occurrences a rule applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Occurrence {
    /// Only the Nth (1-based).
    Nth(u64),
    /// The Nth and every later one.
    From(u64),
    /// Every one.
    Every,
}

impl Occurrence {
    /// Whether the `n`th occurrence (1-based) matches.
    pub fn matches(self, n: u64) -> bool {
        match self {
            Occurrence::Nth(k) => n == k,
            Occurrence::From(k) => n >= k,
            Occurrence::Every => true,
        }
    }
}

/// One parsed rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FaultRule {
    Fail { function: String, when: Occurrence, code: i32 },
    DelayCallbacks { ms: u64 },
    DropCallback { when: Occurrence },
    QueueFull { function: String, when: Occurrence },
}

/// A parsed plan.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FaultPlan {
    pub rules: Vec<FaultRule>,
}

fn parse_occurrence(s: &str) -> Result<Occurrence, String> {
    let s = s.trim();
    if s == "*" {
        return Ok(Occurrence::Every);
    }
    let (num, from) = match s.strip_suffix('+') {
        Some(n) => (n, true),
        None => (s, false),
    };
    let n: u64 = num.parse().map_err(|_| format!("bad occurrence {s:?} (want N, N+ or *)"))?;
    if n == 0 {
        return Err("occurrences count from 1".into());
    }
    Ok(if from { Occurrence::From(n) } else { Occurrence::Nth(n) })
}

fn parse_code(s: &str) -> Result<i32, String> {
    let s = s.trim();
    if let Some(hex) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        u32::from_str_radix(hex, 16).map(|v| v as i32).map_err(|_| format!("bad hex code {s:?}"))
    } else {
        s.parse::<i32>().map_err(|_| format!("bad code {s:?}"))
    }
}

/// `FN@N` → (FN, N).
fn parse_fn_at(s: &str) -> Result<(String, Occurrence), String> {
    let (f, n) = s.split_once('@').ok_or_else(|| format!("{s:?}: expected FUNCTION@N"))?;
    let f = f.trim();
    if f.is_empty() {
        return Err(format!("{s:?}: empty function name"));
    }
    Ok((f.to_string(), parse_occurrence(n)?))
}

impl FaultPlan {
    /// Parse the `ACLVENC_EMU_FAULTS` syntax. Empty text is an empty plan.
    pub fn parse(text: &str) -> Result<FaultPlan, String> {
        let mut rules = Vec::new();
        for item in text.split(';').map(str::trim).filter(|s| !s.is_empty()) {
            let rule = if let Some(rest) = item.strip_prefix("fail:") {
                let (lhs, code) = rest.split_once('=').ok_or_else(|| format!("{item:?}: expected fail:FN@N=CODE"))?;
                let (function, when) = parse_fn_at(lhs)?;
                FaultRule::Fail { function, when, code: parse_code(code)? }
            } else if let Some(ms) = item.strip_prefix("delay_cb=") {
                let ms = ms.trim().parse().map_err(|_| format!("{item:?}: delay must be whole milliseconds"))?;
                FaultRule::DelayCallbacks { ms }
            } else if let Some(n) = item.strip_prefix("drop_cb@") {
                FaultRule::DropCallback { when: parse_occurrence(n)? }
            } else if let Some(rest) = item.strip_prefix("queue_full:") {
                let (function, when) = parse_fn_at(rest)?;
                FaultRule::QueueFull { function, when }
            } else {
                return Err(format!("{item:?}: unknown rule (fail:, delay_cb=, drop_cb@, queue_full:)"));
            };
            rules.push(rule);
        }
        Ok(FaultPlan { rules })
    }
}

#[derive(Default)]
struct State {
    plan: FaultPlan,
    fail_calls: HashMap<String, u64>,
    queue_calls: HashMap<String, u64>,
}

fn state() -> MutexGuard<'static, State> {
    static STATE: OnceLock<Mutex<State>> = OnceLock::new();
    let m = STATE.get_or_init(|| {
        let text = &crate::settings::get().faults;
        let plan = FaultPlan::parse(text).unwrap_or_else(|e| {
            eprintln!("aclvenc-emu: ACLVENC_EMU_FAULTS ignored: {e}");
            FaultPlan::default()
        });
        Mutex::new(State { plan, ..State::default() })
    });
    // A panic while holding this lock cannot leave the plan half-written; keep using it.
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// Replace the plan (and reset every counter). For tests and tools; the libraries use the environment.
pub fn install(text: &str) -> Result<(), String> {
    let plan = FaultPlan::parse(text)?;
    let mut s = state();
    *s = State { plan, ..State::default() };
    Ok(())
}

/// Count one call of `fn_name`; returns the error code to return instead of running it, if a `fail:` rule
/// matches this call.
pub fn check(fn_name: &str) -> Option<i32> {
    let mut s = state();
    if !s.plan.rules.iter().any(|r| matches!(r, FaultRule::Fail { function, .. } if function == fn_name)) {
        return None;
    }
    let n = {
        let c = s.fail_calls.entry(fn_name.to_string()).or_insert(0);
        *c += 1;
        *c
    };
    let hit = s.plan.rules.iter().find_map(|r| match r {
        FaultRule::Fail { function, when, code } if function == fn_name && when.matches(n) => Some(*code),
        _ => None,
    });
    if let Some(code) = hit {
        log::warn!("fault injection: call #{n} of {fn_name} fails with {code}");
    }
    hit
}

/// How long every completion (V1 callback, V2 stream) is held back, if a `delay_cb=` rule exists.
pub fn callback_delay() -> Option<Duration> {
    state().plan.rules.iter().find_map(|r| match r {
        FaultRule::DelayCallbacks { ms } => Some(Duration::from_millis(*ms)),
        _ => None,
    })
}

/// Whether the `n`th completion (1-based, counted per channel by the caller) must be dropped.
pub fn should_drop_callback(n: u64) -> bool {
    let hit = state().plan.rules.iter().any(|r| matches!(r, FaultRule::DropCallback { when } if when.matches(n)));
    if hit {
        log::warn!("fault injection: completion #{n} dropped");
    }
    hit
}

/// Count one call of `fn_name` (a send); `true` when a `queue_full:` rule says the input queue is full now.
pub fn queue_full(fn_name: &str) -> bool {
    let mut s = state();
    if !s.plan.rules.iter().any(|r| matches!(r, FaultRule::QueueFull { function, .. } if function == fn_name)) {
        return false;
    }
    let n = {
        let c = s.queue_calls.entry(fn_name.to_string()).or_insert(0);
        *c += 1;
        *c
    };
    let hit = s
        .plan
        .rules
        .iter()
        .any(|r| matches!(r, FaultRule::QueueFull { function, when } if function == fn_name && when.matches(n)));
    if hit {
        log::warn!("fault injection: call #{n} of {fn_name} finds the input queue full");
    }
    hit
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_rule() {
        let p = FaultPlan::parse(
            "fail:aclvencSendFrame@3=500003; delay_cb=25; drop_cb@2+; queue_full:hi_mpi_venc_send_frame@*;\
             fail:x@1=0xA0088012",
        )
        .unwrap();
        assert_eq!(
            p.rules,
            vec![
                FaultRule::Fail { function: "aclvencSendFrame".into(), when: Occurrence::Nth(3), code: 500003 },
                FaultRule::DelayCallbacks { ms: 25 },
                FaultRule::DropCallback { when: Occurrence::From(2) },
                FaultRule::QueueFull { function: "hi_mpi_venc_send_frame".into(), when: Occurrence::Every },
                FaultRule::Fail { function: "x".into(), when: Occurrence::Nth(1), code: 0xA0088012_u32 as i32 },
            ]
        );
        assert!(FaultPlan::parse("bogus").is_err());
        assert!(FaultPlan::parse("fail:f@0=1").is_err());
        assert_eq!(FaultPlan::parse("").unwrap(), FaultPlan::default());
    }

    #[test]
    fn counts_calls_per_function() {
        // One test touches the global plan, so the order is deterministic.
        install("fail:f@2=7;queue_full:f@1;drop_cb@3;delay_cb=5").unwrap();
        assert_eq!(check("f"), None);
        assert_eq!(check("g"), None);
        assert_eq!(check("f"), Some(7));
        assert_eq!(check("f"), None);
        assert!(queue_full("f"));
        assert!(!queue_full("f"));
        assert!(!should_drop_callback(2));
        assert!(should_drop_callback(3));
        assert_eq!(callback_delay(), Some(Duration::from_millis(5)));
        install("").unwrap();
        assert_eq!(callback_delay(), None);
    }
}
