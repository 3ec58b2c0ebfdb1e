//! The one pipeline every exported call goes through: panic boundary, re-entry check, lazy init, trace enter,
//! validate, forward or refuse (by mode), record the new state, trace exit.
//!
//! No shim lock is held while the driver runs: checks take the state lock briefly to read, forwarding runs
//! unlocked, and recording takes it again.

use crate::config::{Mode, Settings};
use crate::report::{self, Severity};
use crate::resolve::Driver;
use crate::soc::Soc;
use crate::state::State;
use crate::validate::rules::Rule;
use crate::{reentry, trace};
use aclvenc_abi::*;
use std::panic::AssertUnwindSafe;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;
use std::time::Instant;

/// The two API families the shim exports.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash, serde::Serialize)]
pub enum Family {
    /// `aclvenc*`, returns `aclError`.
    V1,
    /// `hi_mpi_venc_*`, returns `hi_s32`.
    V2,
}

impl Family {
    /// What a call returns when the shim itself failed (a panic inside the shim).
    pub fn internal_error(self) -> i32 {
        match self {
            Family::V1 => ACL_ERROR_INTERNAL_ERROR,
            Family::V2 => HI_ERR_VENC_SYS_ERROR,
        }
    }

    /// What a call returns when no driver (or no such symbol in it) was found.
    pub fn no_driver(self) -> i32 {
        match self {
            Family::V1 => ACL_ERROR_RT_NO_DEVICE,
            Family::V2 => HI_ERR_VENC_SYS_NOT_READY,
        }
    }

    /// What a call returns when the shim refuses it because a handle was never created or is already destroyed.
    pub fn bad_handle(self) -> i32 {
        match self {
            Family::V1 => ACL_ERROR_INVALID_PARAM,
            Family::V2 => HI_ERR_VENC_UNEXIST,
        }
    }
}

/// A vendor function's return type: how to make one from an error code, and whether a value means success.
pub trait FfiRet: Copy {
    /// The value returned for a refused or failed call: `code` for `aclError`/`hi_s32`, NULL or 0 otherwise (the
    /// value the vendor's getters return for a bad argument).
    fn from_code(code: i32) -> Self;
    /// Whether the driver succeeded (0 for codes, non-NULL for created handles; always true for plain values).
    fn is_success(&self) -> bool;
    /// The value for the trace, with the vendor's symbolic name for codes.
    fn describe(&self, family: Family) -> String;
}

impl FfiRet for i32 {
    fn from_code(code: i32) -> Self {
        code
    }
    fn is_success(&self) -> bool {
        *self == 0
    }
    fn describe(&self, family: Family) -> String {
        let name = match family {
            Family::V1 => acl_error_name(*self),
            Family::V2 => hi_error_name(*self),
        };
        match name {
            Some(n) => format!("{n} ({self})"),
            None if family == Family::V2 && *self < 0 => format!("{:#010X}", *self as u32),
            None => self.to_string(),
        }
    }
}

macro_rules! plain_ret {
    ($($t:ty),*) => {$(
        impl FfiRet for $t {
            fn from_code(_: i32) -> Self {
                Default::default()
            }
            fn is_success(&self) -> bool {
                true
            }
            fn describe(&self, _: Family) -> String {
                format!("{:?}", self)
            }
        }
    )*};
}
plain_ret!(u8, u32, u64, acldvppStreamFormat, acldvppPixelFormat, aclvencCallback);

impl<T> FfiRet for *mut T {
    fn from_code(_: i32) -> Self {
        std::ptr::null_mut()
    }
    fn is_success(&self) -> bool {
        !self.is_null()
    }
    fn describe(&self, _: Family) -> String {
        format!("{:p}", *self)
    }
}

/// One vendor function's call: the parts generated from the ABI table (see [`crate::calls`]).
pub trait Call: Copy {
    type Ret: FfiRet;
    const FAMILY: Family;
    /// Index in the family's name table.
    const INDEX: usize;
    const NAME: &'static str;
    /// Calls the driver with the arguments unchanged; `None` when the driver lacks the symbol.
    fn forward(self, driver: &Driver) -> Option<Self::Ret>;
    /// `name=value, ...` for the trace.
    fn fmt_args(&self, out: &mut String);
}

/// The hand-written part of a call: its checks and its effect on the tracked state (`validate/`).
pub trait Hooks: Call {
    /// Validates the call against the rules and the tracked state. Must not change the state.
    fn check(&self, _cx: &mut Cx<'_>) {}
    /// The arguments the driver gets: the application's, unchanged, except where the shim wraps a callback
    /// (`ACLVENC_SHIM_WRAP_CALLBACKS`).
    fn forward_args(&self, _cx: &Cx<'_>) -> Self {
        *self
    }
    /// What the application gets back: the driver's value, except where it would reveal a wrapped callback.
    fn adjust_ret(&self, ret: Self::Ret, _cx: &Cx<'_>) -> Self::Ret {
        ret
    }
    /// Records the effect of a forwarded call on the tracked state, given what the driver returned.
    fn record(&self, _ret: &Self::Ret, _cx: &Cx<'_>) {}
}

/// Per-function call counters.
pub struct Stats {
    v1: Vec<AtomicU64>,
    v2: Vec<AtomicU64>,
}

impl Stats {
    fn new() -> Stats {
        let zeros = |n: usize| (0..n).map(|_| AtomicU64::new(0)).collect();
        Stats { v1: zeros(crate::calls::v1::NAMES.len()), v2: zeros(crate::calls::v2::NAMES.len()) }
    }

    fn count(&self, family: Family, index: usize) {
        let v = if family == Family::V1 { &self.v1 } else { &self.v2 };
        v[index].fetch_add(1, Ordering::Relaxed);
    }

    /// `(function, calls)` for every function called at least once.
    pub fn snapshot(&self) -> Vec<(&'static str, u64)> {
        let pick = |names: &[&'static str], v: &[AtomicU64]| {
            names
                .iter()
                .zip(v)
                .map(|(n, c)| (*n, c.load(Ordering::Relaxed)))
                .filter(|(_, c)| *c > 0)
                .collect::<Vec<_>>()
        };
        let mut out = pick(crate::calls::v1::NAMES, &self.v1);
        out.extend(pick(crate::calls::v2::NAMES, &self.v2));
        out
    }
}

/// Everything the shim knows, made once by the first intercepted call.
pub struct Shim {
    pub settings: Settings,
    pub driver: Driver,
    pub state: State,
    pub stats: Stats,
    pub soc: Soc,
}

static SHIM: OnceLock<Shim> = OnceLock::new();

impl Shim {
    /// The shim, initialising it on first use (settings, logger, driver, banner, exit hook).
    pub fn get() -> &'static Shim {
        SHIM.get_or_init(|| {
            crate::resolve::pin_self();
            let settings = Settings::from_env();
            report::init_logger(&settings);
            #[cfg(not(test))]
            let driver = Driver::resolve(&settings);
            #[cfg(test)]
            let driver = crate::testing::fake_driver();
            let soc = Soc::detect(&settings);
            let shim = Shim { settings, driver, state: State::default(), stats: Stats::new(), soc };
            trace::start(&shim.settings);
            if !cfg!(test) {
                crate::config::print_banner(&shim);
                report::install_exit_hook();
                if let Some(path) = &shim.settings.report_path {
                    report::json::start_snapshots(path.clone(), shim.settings.report_interval_ms);
                }
                if shim.settings.wrap_callbacks {
                    crate::validate::v1::start_pump_watchdog();
                }
            }
            shim
        })
    }

    /// The shim if it is already initialised (never initialises: safe from re-entrant and exit paths).
    pub fn try_get() -> Option<&'static Shim> {
        SHIM.get()
    }
}

/// What happens to a call after its checks.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Verdict {
    Forward,
    Refuse(i32),
}

/// The check context of one call: where findings go and what the call's verdict will be.
pub struct Cx<'a> {
    pub shim: &'a Shim,
    pub func: &'static str,
    pub family: Family,
    worst: Option<Severity>,
    first_error_code: Option<i32>,
    /// Set when the driver must not see the call in any mode (a handle the shim never saw created).
    refuse_code: Option<i32>,
}

impl<'a> Cx<'a> {
    pub fn new(shim: &'a Shim, func: &'static str, family: Family) -> Cx<'a> {
        Cx { shim, func, family, worst: None, first_error_code: None, refuse_code: None }
    }

    /// Whether V1 callbacks are wrapped (`ACLVENC_SHIM_WRAP_CALLBACKS=1`).
    pub fn wrap_callbacks(&self) -> bool {
        #[cfg(test)]
        if let Some(on) = crate::testing::wrap_override() {
            return on;
        }
        self.shim.settings.wrap_callbacks
    }

    /// The chip the per-chip rules apply to.
    pub fn soc(&self) -> Soc {
        #[cfg(test)]
        if let Some(soc) = crate::testing::soc_override() {
            return soc;
        }
        self.shim.soc
    }

    /// Reports a finding of `rule`; `message` (the actual values and how to fix it) is formatted only if shown.
    pub fn report(&mut self, rule: Rule, message: impl FnOnce() -> String) {
        let sev = rule.severity();
        report::submit(rule, self.func, message);
        if sev == Severity::Error && self.first_error_code.is_none() {
            self.first_error_code = Some(rule.code());
        }
        if self.worst.is_none_or(|w| sev > w) {
            self.worst = Some(sev);
        }
    }

    /// Reports a finding noticed after the driver returned (it cannot change the call's outcome any more).
    pub fn note(&self, rule: Rule, message: impl FnOnce() -> String) {
        report::submit(rule, self.func, message);
    }

    /// Reports a finding and refuses the call in every mode: forwarding it would make the driver touch an object
    /// that was never created or is already destroyed.
    pub fn refuse(&mut self, rule: Rule, message: impl FnOnce() -> String) {
        self.report(rule, message);
        self.refuse_code.get_or_insert(self.family.bad_handle());
    }

    /// Whether any error-level finding was reported.
    pub fn has_error(&self) -> bool {
        self.worst == Some(Severity::Error)
    }

    fn verdict(&self, mode: Mode) -> Verdict {
        if mode == Mode::Abort && self.has_error() {
            report::abort_now(self.func);
        }
        if let Some(code) = self.refuse_code {
            return Verdict::Refuse(code);
        }
        match (mode, self.first_error_code) {
            (Mode::Reject, Some(code)) => Verdict::Refuse(code),
            _ => Verdict::Forward,
        }
    }
}

/// The body of every export: runs [`run`] inside the panic boundary. A panic becomes the family's internal-error
/// code (or NULL/0) plus a message; it never unwinds into C.
pub fn dispatch<C: Hooks>(call: C) -> C::Ret {
    match std::panic::catch_unwind(AssertUnwindSafe(|| run(call))) {
        Ok(ret) => ret,
        Err(payload) => {
            report::panicked(C::NAME, payload);
            C::Ret::from_code(C::FAMILY.internal_error())
        }
    }
}

fn run<C: Hooks>(call: C) -> C::Ret {
    if reentry::inside() {
        // The driver calling a sibling export: straight through, no second validation or trace line.
        return match Shim::try_get() {
            Some(shim) => call.forward(&shim.driver).unwrap_or_else(|| C::Ret::from_code(C::FAMILY.no_driver())),
            None => C::Ret::from_code(C::FAMILY.no_driver()),
        };
    }
    let _inside = reentry::Guard::enter();
    let shim = Shim::get();
    shim.stats.count(C::FAMILY, C::INDEX);
    let traced = trace::enter(&call);
    let started = traced.then(Instant::now);
    let mut cx = Cx::new(shim, C::NAME, C::FAMILY);
    call.check(&mut cx);
    let verdict = cx.verdict(shim.settings.mode);
    let ret = match verdict {
        Verdict::Forward => match call.forward_args(&cx).forward(&shim.driver) {
            Some(ret) => {
                let ret = call.adjust_ret(ret, &cx);
                call.record(&ret, &cx);
                ret
            }
            None => {
                shim.driver.report_missing(C::FAMILY, C::NAME);
                C::Ret::from_code(C::FAMILY.no_driver())
            }
        },
        Verdict::Refuse(code) => C::Ret::from_code(code),
    };
    trace::exit(traced, &call, &ret, started, verdict);
    ret
}
