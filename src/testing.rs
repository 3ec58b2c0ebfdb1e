//! Test support: a fake driver (every vendor function, returning success or a scripted code, and unique handles
//! from the create functions), per-thread chip override, and helpers to run one call and see which rules fired.

use crate::resolve::Driver;
use crate::soc::{Chip, Soc};
use aclvenc_interface::rules::Rule;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

thread_local! {
    static SOC: Cell<Option<Chip>> = const { Cell::new(None) };
    static SCRIPT: RefCell<HashMap<&'static str, i32>> = RefCell::new(HashMap::new());
    static CALLS: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
}

thread_local! {
    static PANIC_IN_CHECK: Cell<bool> = const { Cell::new(false) };
}

/// Makes the next check on this thread panic (to prove the boundary fails open).
pub fn panic_in_next_check() {
    PANIC_IN_CHECK.with(|p| p.set(true));
}

/// Called by the chassis inside the checks' panic boundary.
pub fn maybe_panic_in_check() {
    if PANIC_IN_CHECK.with(|p| p.replace(false)) {
        panic!("a check panicked (injected by a test)");
    }
}

thread_local! {
    static WRAP: Cell<Option<bool>> = const { Cell::new(None) };
}

pub fn wrap_override() -> Option<bool> {
    WRAP.with(|w| w.get())
}

/// Runs `f` with ACLVENC_SHIM_WRAP_CALLBACKS on.
pub fn wrapping<R>(f: impl FnOnce() -> R) -> R {
    WRAP.with(|w| w.set(Some(true)));
    let r = f();
    WRAP.with(|w| w.set(None));
    r
}

pub fn soc_override() -> Option<Soc> {
    SOC.with(|s| s.get()).map(|chip| Soc { chip, source: "test" })
}

/// Runs `f` with the per-chip rules of `chip`.
pub fn on_chip<R>(chip: Chip, f: impl FnOnce() -> R) -> R {
    SOC.with(|s| s.set(Some(chip)));
    let r = f();
    SOC.with(|s| s.set(None));
    r
}

/// Makes the fake driver's `name` return `code` on this thread.
pub fn script(name: &'static str, code: i32) {
    SCRIPT.with(|s| s.borrow_mut().insert(name, code));
}

/// The fake driver functions called on this thread since the last call, in order.
pub fn driver_calls() -> Vec<&'static str> {
    CALLS.with(|c| std::mem::take(&mut *c.borrow_mut()))
}

trait FakeRet {
    fn fake(name: &'static str) -> Self;
}

impl FakeRet for i32 {
    fn fake(name: &'static str) -> Self {
        SCRIPT.with(|s| s.borrow().get(name).copied().unwrap_or(0))
    }
}

impl<T> FakeRet for *mut T {
    fn fake(_: &'static str) -> Self {
        // A unique, never-freed, non-NULL address per created object.
        Box::into_raw(Box::new([0u64; 4])).cast()
    }
}

macro_rules! plain_fake {
    ($($t:ty),*) => {$(impl FakeRet for $t { fn fake(_: &'static str) -> Self { Default::default() } })*};
}
plain_fake!(
    u8,
    u32,
    u64,
    aclvenc_abi::acldvppStreamFormat,
    aclvenc_abi::acldvppPixelFormat,
    aclvenc_abi::aclvencCallback
);

impl<T> FakeRet for *const T {
    fn fake(_: &'static str) -> Self {
        std::ptr::null()
    }
}

macro_rules! fake_family {
    ($fam:ident, $module:ident, $cat:literal; $(fn $name:ident($($p:ident: $t:ty),*) -> $r:ty;)*) => {
        mod $module {
            $(
                #[allow(non_snake_case, unused_variables)]
                pub unsafe extern "C" fn $name($($p: $t),*) -> $r {
                    super::CALLS.with(|c| c.borrow_mut().push(stringify!($name)));
                    super::reenter();
                    <$r as super::FakeRet>::fake(stringify!($name))
                }
            )*

            pub fn table() -> crate::table::$module::Table {
                crate::table::$module::Table { $($name: Some($name),)* }
            }
        }
    };
}
crate::table::for_each_family!(fake_family);

/// A fake output stream desc: `[size in bytes, retCode]`.
pub type FakeStreamDesc = [u32; 2];

unsafe extern "C" fn fake_stream_size(d: *const aclvenc_abi::acldvppStreamDesc) -> u32 {
    // SAFETY: tests pass a `FakeStreamDesc` as the output stream desc.
    unsafe { (*d.cast::<FakeStreamDesc>())[0] }
}

unsafe extern "C" fn fake_stream_ret(d: *const aclvenc_abi::acldvppStreamDesc) -> u32 {
    // SAFETY: as above.
    unsafe { (*d.cast::<FakeStreamDesc>())[1] }
}

pub fn fake_driver() -> Driver {
    let mut t = crate::table::Tables {
        v1: v1::table(),
        dvpp: dvpp::table(),
        rt: rt::table(),
        v2: v2::table(),
        sys: sys::table(),
        mpi_dvpp: mpi_dvpp::table(),
    };
    t.dvpp.acldvppGetStreamDescSize = Some(fake_stream_size);
    t.dvpp.acldvppGetStreamDescRetCode = Some(fake_stream_ret);
    Driver::from_tables(t)
}

/// The rule IDs `f` made findings of, on this thread, in order.
pub fn rules_of(f: impl FnOnce()) -> Vec<&'static str> {
    crate::report::capture(f).into_iter().map(|(r, _)| r.id()).collect()
}

/// Asserts that `f` makes exactly one finding, of `rule`, and returns its message.
#[track_caller]
pub fn only(rule: Rule, f: impl FnOnce()) -> String {
    let got = crate::report::capture(f);
    let ids: Vec<_> = got.iter().map(|(r, _)| r.id()).collect();
    assert_eq!(ids, vec![rule.id()], "expected exactly {}", rule.id());
    got.into_iter().next().map(|(_, m)| m).unwrap_or_default()
}

/// Asserts that `f` makes no finding.
#[track_caller]
pub fn clean(f: impl FnOnce()) {
    let got = crate::report::capture(f);
    assert!(got.is_empty(), "expected no findings, got {got:?}");
}

thread_local! {
    static REENTER: Cell<Option<fn()>> = const { Cell::new(None) };
}

/// Makes the next fake driver call run `f` first, on the same thread, as a vendor implementation calling a
/// sibling export does.
pub fn on_next_driver_call(f: fn()) {
    REENTER.with(|r| r.set(Some(f)));
}

fn reenter() {
    if let Some(f) = REENTER.with(|r| r.take()) {
        f();
    }
}

/// The aclvencCallback prototype.
pub type UserCallback =
    unsafe extern "C" fn(*mut aclvenc_abi::acldvppPicDesc, *mut aclvenc_abi::acldvppStreamDesc, *mut core::ffi::c_void);
