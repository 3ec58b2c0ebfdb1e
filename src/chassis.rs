//! The one pipeline every exported call goes through: panic boundary, re-entry check, lazy init, trace enter,
//! validate, forward or refuse (by mode), record the new state, trace exit.
//!
//! No shim lock is held while the driver runs: checks take the state lock briefly to read, forwarding runs
//! unlocked, and recording takes it again. The boundary fails open: a panic in the shim's own checks, recording
//! or tracing never changes what the application gets; only a panic while forwarding returns the internal-error
//! code.

use crate::config::Mode;
use crate::reentry::ThreadState;
use crate::report::{self, Severity};
use crate::site::Origin;
use crate::soc::Soc;
use crate::state::pipe::{BlockCell, Found, PicCell, PipeState, Where};
use crate::state::v1::{ConfigCell, DescCell, Known, V1State};
use crate::state::v2::V2State;
use crate::{reentry, trace};
use aclvenc_abi::*;
use aclvenc_interface::driver::Library;
use aclvenc_interface::rules::Rule;
use parking_lot::MutexGuard;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Once;

pub use crate::resolve::Driver;
pub use crate::shim::Shim;
pub use crate::table::{self, Family};

/// A vendor function's return type: how to make one from an error code, and whether a value means success.
pub trait FfiRet: Copy {
    /// The value returned for a refused or failed call: `code` for `aclError`/`hi_s32`, NULL or 0 otherwise (the
    /// value the vendor's getters return for a bad argument).
    fn from_code(code: i32) -> Self;
    /// Whether the driver succeeded (0 for codes, non-NULL for created handles; always true for plain values).
    fn is_success(&self) -> bool;
    /// The value for the trace, with the vendor's symbolic name for codes.
    fn describe(&self, family: Family) -> String;
    /// The error code, when the value is one that says the driver failed (`aclError` non-zero, `hi_s32`
    /// negative); `None` for success and for values that carry no code.
    fn failure_code(&self, _family: Family) -> Option<i32> {
        None
    }
}

impl FfiRet for i32 {
    fn from_code(code: i32) -> Self {
        code
    }
    fn is_success(&self) -> bool {
        *self == 0
    }
    fn failure_code(&self, family: Family) -> Option<i32> {
        let failed = if family.codes() == table::Codes::Acl { *self != 0 } else { *self < 0 };
        failed.then_some(*self)
    }
    fn describe(&self, family: Family) -> String {
        match family.code_name(*self) {
            Some(n) => format!("{n} ({self})"),
            None if family.codes() != table::Codes::Acl && *self < 0 => format!("{:#010X}", *self as u32),
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
aclvenc_abi::plain_return_types!(plain_ret);

impl<T> FfiRet for *const T {
    fn from_code(_: i32) -> Self {
        std::ptr::null()
    }
    fn is_success(&self) -> bool {
        !self.is_null()
    }
    fn describe(&self, _: Family) -> String {
        format!("{:p}", *self)
    }
}

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
    /// Records that a call is about to be forwarded: for calls that block in the driver (a thread waiting in
    /// `aclrtProcessReport` is pumping reports while it waits), frames that are in flight before the send
    /// returns, and destroys, whose object leaves the live set before the driver can reuse its handle
    /// ([`crate::state::Dying`]). `record` settles it, also when the driver lacks the function.
    fn entered(&self, _cx: &Cx<'_>) {}
    /// Records the effect of a forwarded call on the tracked state, given what the driver returned.
    fn record(&self, _ret: &Self::Ret, _cx: &Cx<'_>) {}
    /// The most likely cause of the driver failing this call with `code`, from what the shim knows of its
    /// arguments and objects (DRIVER-ERROR).
    fn explain_failure(&self, _code: i32, _cx: &Cx<'_>) -> Option<String> {
        None
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
    /// The export's return address into the application (0: unknown), for [`crate::site::Origin::of_call`].
    pub caller: usize,
    pub family: Family,
    /// The calling thread's state (its caches of live objects).
    pub thread: &'a ThreadState,
    /// Set by a hook's `entered` for its `record` in the same call (a V2 send counted as sent when it entered).
    pub entered_did: std::cell::Cell<bool>,
    worst: Option<Severity>,
    /// An error was reported or the call refused: the verdict may be other than forwarding.
    judged: bool,
    first_error_code: Option<i32>,
    /// Set when the driver must not see the call in any mode (a handle the shim never saw created).
    refuse_code: Option<i32>,
}

impl<'a> Cx<'a> {
    pub fn new(shim: &'a Shim, func: &'static str, family: Family, thread: &'a ThreadState) -> Cx<'a> {
        let entered_did = std::cell::Cell::new(false);
        Cx {
            shim,
            func,
            caller: 0,
            family,
            thread,
            entered_did,
            worst: None,
            judged: false,
            first_error_code: None,
            refuse_code: None,
        }
    }

    /// The cell of the live V1 channel desc `p` ([`DescCell`]); `Err(Some(where))` for a destroyed desc, `Err(None)`
    /// for one never created. A desc this thread used since the last create or destroy of a V1 object is found
    /// without the V1 lock ([`crate::reentry::HandleCache`]).
    pub fn v1_desc(&self, p: usize) -> Result<&'static DescCell, Option<Origin>> {
        self.v1_cached(&self.thread.descs, p, |v1| v1.desc(p), |d| d.cell)
    }

    /// The cell of the live V1 frame config `p` ([`ConfigCell`]), as [`Cx::v1_desc`].
    pub fn v1_config(&self, p: usize) -> Result<&'static ConfigCell, Option<Origin>> {
        self.v1_cached(&self.thread.configs, p, |v1| v1.config(p), |c| c.cell)
    }

    /// The cell of the live V1 object `p`: from `cache`, else `find` under the V1 lock (and cached).
    #[inline]
    fn v1_cached<T, O>(
        &self,
        cache: &crate::reentry::HandleCache<T>,
        p: usize,
        find: impl FnOnce(&V1State) -> Known<'_, O>,
        cell: impl FnOnce(&O) -> &'static T,
    ) -> Result<&'static T, Option<Origin>> {
        match cache.get(p, self.shim.state.v1_gen.get()) {
            Some(c) => Ok(c),
            None => self.v1_lookup(cache, p, find, cell),
        }
    }

    /// [`Cx::v1_cached`] on a miss: under the V1 lock.
    #[cold]
    #[inline(never)]
    fn v1_lookup<T, O>(
        &self,
        cache: &crate::reentry::HandleCache<T>,
        p: usize,
        find: impl FnOnce(&V1State) -> Known<'_, O>,
        cell: impl FnOnce(&O) -> &'static T,
    ) -> Result<&'static T, Option<Origin>> {
        let v1 = self.v1();
        let found = match find(&v1) {
            Known::Live(o) => Ok(cell(o)),
            Known::Destroyed(by) => Err(Some(by.clone())),
            Known::Unknown => Err(None),
        };
        if let Ok(c) = found {
            cache.put(p, v1.gen.get(), c);
        }
        found
    }

    /// The fields of the live pic desc `p` ([`PicCell`]); `None` when it is not live. A pic desc this thread used
    /// since the last create or destroy of one is found without the pipe lock.
    #[inline]
    pub fn pic_desc(&self, p: usize) -> Option<&'static PicCell> {
        match self.thread.pics.get(p, self.shim.state.pic_gen.get()) {
            Some(c) => Some(c),
            None => self.pic_desc_locked(p),
        }
    }

    /// [`Cx::pic_desc`] on a miss: under the pipe lock.
    #[cold]
    #[inline(never)]
    fn pic_desc_locked(&self, p: usize) -> Option<&'static PicCell> {
        let pipe = self.pipe();
        let cell = pipe.pic_descs.get(&p)?.cell;
        self.thread.pics.put(p, pipe.pic_gen.get(), cell);
        Some(cell)
    }

    /// The live block `addr` points into ([`BlockCell`]); `None` when it is in none (the pipe state's
    /// [`PipeState::find`] tells what became of it). A block this thread named since the last allocation or free
    /// is found without the pipe lock.
    #[inline]
    pub fn block_at(&self, addr: usize) -> Option<&'static BlockCell> {
        self.cached_block_at(addr).or_else(|| self.block_at_locked(addr))
    }

    /// [`Cx::block_at`] from this thread's cache only: `None` when the block is not in it (it may still be live).
    #[inline]
    pub fn cached_block_at(&self, addr: usize) -> Option<&'static BlockCell> {
        let gen = self.shim.state.block_gen.get();
        self.thread.blocks.all().find(|(_, g, c)| *g == gen && c.holds(addr)).map(|(_, _, c)| c)
    }

    /// [`Cx::block_at`] on a miss: under the pipe lock.
    #[cold]
    #[inline(never)]
    fn block_at_locked(&self, addr: usize) -> Option<&'static BlockCell> {
        let pipe = self.pipe();
        let Found::Live { base, block } = pipe.find(addr) else { return None };
        self.thread.blocks.put(base, pipe.block_gen.get(), block.cell);
        Some(block.cell)
    }

    /// What `addr` points into: a live block found as [`Cx::block_at`], else what the pipe state knows of it.
    #[inline]
    pub fn where_is(&self, addr: usize) -> Where {
        match self.block_at(addr) {
            Some(b) => Where::Live(b.get()),
            None => self.pipe().find(addr).into(),
        }
    }

    /// The calling thread's current acl context (`Some(0)`: a device's default one), as [`PipeState::context_of`];
    /// while no thread's context changed since this thread last asked, without the pipe lock.
    pub fn current_context(&self) -> Option<usize> {
        let gen = self.shim.state.ctx_gen.get();
        match self.thread.context.get() {
            Some((g, c)) if g == gen => c,
            _ => {
                let pipe = self.pipe();
                let c = pipe.context_of(self.thread());
                self.thread.context.set(Some((pipe.ctx_gen.get(), c)));
                c
            }
        }
    }

    /// The V1 objects, locked (briefly: never across the driver call or a user callback).
    pub fn v1(&self) -> MutexGuard<'a, V1State> {
        self.shim.state.v1.lock()
    }

    /// The V2 objects; each call into them locks one channel, or the registry then one channel (briefly: never
    /// across the driver call or a user callback).
    pub fn v2(&self) -> &'a V2State {
        &self.shim.state.v2
    }

    /// The pipeline's objects (memory, descs, runtime, MPI system), locked (briefly, and never together with
    /// [`Cx::v1`] or [`Cx::v2`]).
    pub fn pipe(&self) -> MutexGuard<'a, PipeState> {
        self.shim.state.pipe.lock()
    }

    /// The calling thread's `pthread_t`.
    pub fn thread(&self) -> u64 {
        crate::process::current_thread_id()
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
    /// A finding the rule filter, the minimum severity or a suppression leaves out changes nothing.
    #[cold]
    #[inline(never)]
    pub fn report(&mut self, rule: Rule, message: impl FnOnce() -> String) {
        let sev = rule.severity();
        if !report::submit(rule, self.func, message) {
            return;
        }
        if sev == Severity::Error && self.first_error_code.is_none() {
            self.first_error_code = Some(rule.code());
            self.judged = true;
        }
        if self.worst.is_none_or(|w| sev > w) {
            self.worst = Some(sev);
        }
    }

    /// Reports a finding noticed after the driver returned (it cannot change the call's outcome any more).
    #[cold]
    #[inline(never)]
    pub fn note(&self, rule: Rule, message: impl FnOnce() -> String) {
        report::submit(rule, self.func, message);
    }

    /// Reports a finding and refuses the call in every mode: forwarding it would make the driver touch an object
    /// that was never created or is already destroyed.
    #[cold]
    #[inline(never)]
    pub fn refuse(&mut self, rule: Rule, message: impl FnOnce() -> String) {
        self.report(rule, message);
        self.refuse_code.get_or_insert(self.family.bad_handle());
        self.judged = true;
    }

    /// Whether any error-level finding was reported.
    pub fn has_error(&self) -> bool {
        self.worst == Some(Severity::Error)
    }

    #[inline]
    fn verdict(&self, mode: Mode) -> Verdict {
        // No error reported and nothing refused, the common case: forward in every mode.
        if !self.judged {
            return Verdict::Forward;
        }
        self.judged(mode)
    }

    /// [`Cx::verdict`] for a call with an error reported or a refusal.
    #[cold]
    #[inline(never)]
    fn judged(&self, mode: Mode) -> Verdict {
        if mode == Mode::Abort && self.has_error() {
            crate::exit::abort_now(self.func);
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

/// Starts, once, what runs beside the application: the banner, the exit hook and the report snapshots.
fn start(shim: &'static Shim) {
    static STARTED: Once = Once::new();
    if cfg!(test) {
        return;
    }
    STARTED.call_once(|| {
        print_banner(shim);
        crate::exit::install_exit_hook();
        if let Some(path) = &shim.settings.report_path {
            report::json::start_snapshots(path.clone(), shim.settings.report_interval_ms);
        }
    });
}

/// The one-time banner: version, mode, the driver and how it was found, the chip, every setting with its source.
fn print_banner(shim: &Shim) {
    let s = &shim.settings;
    for w in &s.warnings {
        log::warn!(target: "aclvenc_shim", "{w}");
    }
    if !s.banner {
        return;
    }
    let mut text = format!(
        "aclvenc-shim {} active: mode={}; V1 driver: {}; V2 driver: {}; runtime: {}; chip {} ({})",
        env!("CARGO_PKG_VERSION"),
        s.mode.as_str(),
        shim.driver.source(Library::V1).describe(),
        shim.driver.source(Library::V2).describe(),
        shim.driver.source(Library::Runtime).describe(),
        shim.soc.name(),
        shim.soc.source,
    );
    text.push_str("\naclvenc-shim settings: ");
    text.push_str(&s.describe().join(", "));
    eprintln!("{text}");
}

/// Codes that answer a poll rather than report a failure: a report wait that timed out or found the thread not
/// subscribed yet (report threads start pumping before the channel subscribes them), no stream yet, a full input
/// queue. The program polls again; they make no finding.
const POLL_CODES: [i32; 4] =
    [ACL_ERROR_RT_REPORT_TIMEOUT, ACL_ERROR_RT_THREAD_SUBSCRIBE, HI_ERR_VENC_BUF_EMPTY, HI_ERR_VENC_BUF_FULL];

/// DRIVER-ERROR: the driver failed a call the shim forwarded. One finding per function and code, with a count:
/// info when the shim already reported what is wrong with the call (the failure is its consequence), warning
/// when it saw nothing wrong, so a program whose every call fails never ends with no finding.
fn driver_error<C: Hooks>(call: &C, code: i32, cx: &Cx<'_>) {
    if POLL_CODES.contains(&code) {
        return;
    }
    let had_findings = cx.worst.is_some();
    let severity = if had_findings { Severity::Info } else { Severity::Warning };
    let name = C::FAMILY.code_name(code).map_or_else(|| format!("{code:#x}"), |n| format!("{n} ({code})"));
    report::submit_detail(Rule::DriverError, severity, C::NAME, i64::from(code), || {
        let cause = call.explain_failure(code, cx).unwrap_or_else(|| {
            if had_findings {
                "the findings reported for this call say what the driver refused".into()
            } else {
                "the shim saw nothing wrong with the arguments; the driver's log says more".into()
            }
        });
        format!("{} failed with {name}: {cause}", C::NAME)
    });
}

/// The body of every export: the pipeline. In pass-through mode (`ACLVENC_SHIM_MODE=off`) the driver gets the
/// call and nothing else happens; otherwise [`run_on_thread`] runs it inside the panic boundary, which only a panic
/// while forwarding reaches (checks, recording and tracing have their own, see [`run_with`]): it becomes the
/// family's internal-error code (or NULL/0) plus a message, and never unwinds into C.
///
/// `caller` is the address the export was called from (0 when unknown): a call from the driver's own code is the
/// driver calling a sibling function, and goes straight through, untracked and unjudged.
#[inline(always)]
pub fn dispatch<C: Hooks>(call: C, caller: usize) -> C::Ret {
    let shim = Shim::try_get();
    if let Some(shim) = shim.filter(|s| s.settings.mode == Mode::Off) {
        // No shim code that could panic runs here, so no panic boundary either, and the export's frame is the
        // driver's.
        return forward_only(call, shim);
    }
    run_on_thread(call, caller, shim)
}

/// Runs `f`, the shim's own work around a call (`stage`: checking, recording, tracing); a panic in it is said and
/// turned into `None`, so that it never changes what the application gets.
#[inline(always)]
fn fail_open<R>(name: &'static str, stage: &str, f: impl FnOnce() -> R) -> Option<R> {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(r) => Some(r),
        Err(payload) => {
            report::panicked(name, stage, payload, "The call went on as without the shim");
            None
        }
    }
}

/// The call forwarded as it is to `shim`'s driver, untracked and unjudged (the no-driver code without one).
fn forward_only<C: Hooks>(call: C, shim: &Shim) -> C::Ret {
    call.forward(&shim.driver).unwrap_or_else(|| C::Ret::from_code(C::FAMILY.no_driver()))
}

/// The call forwarded as it is, untracked and unjudged.
fn straight<C: Hooks>(call: C) -> C::Ret {
    match Shim::try_get() {
        Some(shim) => forward_only(call, shim),
        None => C::Ret::from_code(C::FAMILY.no_driver()),
    }
}

/// [`dispatch`] past pass-through mode, given the shim if it was initialised (then not in pass-through mode),
/// inside the panic boundary. The thread-local is reached here rather than in the export, whose frame then stays
/// small.
#[inline(never)]
fn run_on_thread<C: Hooks>(call: C, caller: usize, shim: Option<&'static Shim>) -> C::Ret {
    // During thread teardown the flag is gone: nothing but forwarding.
    let run = || reentry::with_thread(|thread| run_with(call, caller, shim, thread)).unwrap_or_else(|| straight(call));
    match catch_unwind(AssertUnwindSafe(run)) {
        Ok(ret) => ret,
        Err(payload) => {
            report::panicked(C::NAME, "forwarding", payload, "The call returned the internal-error code");
            C::Ret::from_code(C::FAMILY.internal_error())
        }
    }
}

/// [`run_on_thread`] with this thread's state (its re-entry flag and call counters). The checks run in their own
/// panic boundary and a panic there forwards the application's arguments unchanged (the boundary fails open);
/// recording and tracing likewise. Only a panic while forwarding returns the internal-error code.
#[inline(always)]
fn run_with<C: Hooks>(call: C, caller: usize, shim: Option<&'static Shim>, thread: &reentry::ThreadState) -> C::Ret {
    let flag = &thread.inside;
    if flag.get() {
        // The driver calling a sibling export inside a call the shim is handling: straight through, no second
        // validation or trace line.
        return straight(call);
    }
    let inside = reentry::Guard::enter(flag);
    let shim = match shim {
        Some(shim) => shim,
        None => {
            let shim = Shim::get();
            if shim.settings.mode == Mode::Off {
                // The first call of a pass-through run, which initialised the shim: the banner and the exit report
                // say so.
                drop(inside);
                start(shim);
                return forward_only(call, shim);
            }
            shim
        }
    };
    if shim.driver.owns(caller) {
        // The driver calling a sibling function from its own code (on any thread): not the application's call.
        return forward_only(call, shim);
    }
    start(shim);
    shim.stats.count(thread, C::FAMILY, C::INDEX);
    // When the call started, for a call the trace shows.
    let started = if trace::entering() { trace_enter(&call) } else { None };
    let mut cx = Cx::new(shim, C::NAME, C::FAMILY, thread);
    cx.caller = caller;
    let checked = fail_open(C::NAME, "checking", || {
        #[cfg(test)]
        crate::testing::maybe_panic_in_check();
        call.check(&mut cx);
        let verdict = cx.verdict(shim.settings.mode);
        let args = if verdict == Verdict::Forward { call.forward_args(&cx) } else { call };
        if verdict == Verdict::Forward {
            call.entered(&cx);
        }
        (verdict, args)
    });
    // A panic while checking: forward what the application passed, unless a check already found a handle the
    // driver must never see (a never-created or destroyed one).
    let fallback = || match cx.refuse_code {
        Some(code) => (Verdict::Refuse(code), call),
        None => (Verdict::Forward, call),
    };
    let (verdict, args) = checked.unwrap_or_else(fallback);
    let ret = match verdict {
        Verdict::Refuse(code) => {
            // The shim's work on the call ends here, as it does after recording a forwarded one.
            drop(inside);
            C::Ret::from_code(code)
        }
        Verdict::Forward => {
            // The driver runs outside the guard: what it calls back into (the application's callbacks, and their
            // calls of vendor functions) is the application's again; its own calls of sibling functions are told
            // by address.
            drop(inside);
            let forwarded = args.forward(&shim.driver);
            let _inside = reentry::Guard::enter(flag);
            match forwarded {
                Some(ret) => {
                    let adjusted = fail_open(C::NAME, "adjusting the result of", || call.adjust_ret(ret, &cx));
                    let ret = adjusted.unwrap_or(ret);
                    fail_open(C::NAME, "recording", || call.record(&ret, &cx));
                    if let Some(code) = ret.failure_code(C::FAMILY) {
                        fail_open(C::NAME, "judging the result of", || driver_error(&call, code, &cx));
                    }
                    ret
                }
                None => {
                    shim.driver.report_missing(C::FAMILY, C::NAME);
                    let ret = C::Ret::from_code(C::FAMILY.no_driver());
                    // What `entered` began (a destroy, a frame in flight) ends as for any call the driver failed.
                    if !ret.is_success() {
                        fail_open(C::NAME, "recording", || call.record(&ret, &cx));
                    }
                    ret
                }
            }
        }
    };
    if let Some(started) = started {
        trace_exit(&call, ret, verdict, started);
    }
    ret
}

/// Traces the entry of `call` (out of line: nothing is traced on the fast path); when the trace shows it, the
/// time the call started.
#[cold]
#[inline(never)]
fn trace_enter<C: Hooks>(call: &C) -> Option<u64> {
    let traced = fail_open(C::NAME, "tracing", || trace::enter(C::NAME, |out: &mut String| call.fmt_args(out)));
    (traced == Some(true)).then(trace::now_ns)
}

/// Traces the exit of `call`, which started at `started` and returned `ret` (`verdict`: whether the shim refused
/// it).
#[cold]
#[inline(never)]
fn trace_exit<C: Hooks>(call: &C, ret: C::Ret, verdict: Verdict, started: u64) {
    fail_open(C::NAME, "tracing", || {
        let cat = C::FAMILY.category();
        let refused = matches!(verdict, Verdict::Refuse(_));
        let ret = ret.describe(C::FAMILY);
        let fmt_args = |out: &mut String| call.fmt_args(out);
        trace::exit(trace::Exit { name: C::NAME, cat, fmt_args: &fmt_args, ret, started: Some(started), refused });
    });
}
