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

thread_local! {
    static TAPPING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    static STALLS: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether channels this thread's test creates look for stalls: only under [`detecting_stalls`], as a loaded
/// machine can hold any test's thread long enough to make a gap look like one.
pub fn stalls_looked_for() -> bool {
    STALLS.with(|t| t.get())
}

/// Runs `f` with channels created in it looking for stalls (`ACLVENC_SHIM_STALL_FRAMES`).
pub fn detecting_stalls<R>(f: impl FnOnce() -> R) -> R {
    STALLS.with(|t| t.set(true));
    let r = f();
    STALLS.with(|t| t.set(false));
    r
}

/// Whether this thread's test reads outputs for the stream checks (the fake driver's packs are made up, except in
/// the tests that run under [`tapping`]).
pub fn tapping_now() -> bool {
    TAPPING.with(|t| t.get())
}

/// Runs `f` with the stream checks reading outputs; the checks run on this thread, so `only`/`clean` see them. One
/// test at a time: the stream checks' recycled jobs are shared, and a test counting allocations must not find the
/// pool emptied by another.
pub fn tapping<R>(f: impl FnOnce() -> R) -> R {
    static ONE_AT_A_TIME: parking_lot::ReentrantMutex<()> = parking_lot::ReentrantMutex::new(());
    let _one = ONE_AT_A_TIME.lock();
    let was = TAPPING.with(|t| t.replace(true));
    let r = f();
    TAPPING.with(|t| t.set(was));
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

/// Records that the fake driver's `name` was called (its own allocations are not the shim's: not counted by
/// [`allocations_in`]).
fn note_call(name: &'static str) {
    uncounted(|| CALLS.with(|c| c.borrow_mut().push(name)));
}

/// Counts, per thread, the allocations made while [`allocations_in`] runs, so that a test can prove a per-frame
/// path allocates nothing (issue 9); the fake driver's own allocations are not the shim's ([`uncounted`]).
#[global_allocator]
static ALLOCATOR: aclvenc_alloc_count::Counting = aclvenc_alloc_count::Counting;

pub use aclvenc_alloc_count::allocations_in;
use aclvenc_alloc_count::uncounted;

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
        // A unique, never-freed, non-NULL address per created object, unless a test makes the driver reuse one.
        match REUSE.with(Cell::take) {
            Some(addr) => addr as *mut T,
            None => Box::into_raw(Box::new([0u64; 4])).cast(),
        }
    }
}

/// An address the driver reuses, and the create that gets it back on another thread.
type Race = (usize, fn() -> usize);

thread_local! {
    static REUSE: Cell<Option<usize>> = const { Cell::new(None) };
    static RACE: Cell<Option<Race>> = const { Cell::new(None) };
    static RACED: Cell<usize> = const { Cell::new(0) };
}

/// Makes the next fake create or allocation on this thread return `addr`, as a driver reusing the address of an
/// object it has just freed does.
pub fn reuse_next(addr: usize) {
    REUSE.with(|r| r.set(Some(addr)));
}

/// Runs `destroy` (a destroy or free of the object at `addr`) so that, while the fake driver runs it, another
/// thread's `create` gets `addr` back (the driver reusing the address it has just freed, before the destroy has
/// returned); returns what `create` returned on that thread.
pub fn racing_create(addr: usize, create: fn() -> usize, destroy: impl FnOnce()) -> usize {
    RACE.with(|r| r.set(Some((addr, create))));
    on_next_driver_call(|| {
        let Some((addr, create)) = RACE.with(Cell::take) else { return };
        let got = std::thread::spawn(move || {
            with_device();
            reuse_next(addr);
            create()
        })
        .join()
        .unwrap_or(0);
        RACED.with(|r| r.set(got));
    });
    destroy();
    RACED.with(Cell::take)
}

macro_rules! plain_fake {
    ($($t:ty),*) => {$(impl FakeRet for $t { fn fake(_: &'static str) -> Self { Default::default() } })*};
}
aclvenc_abi::plain_return_types!(plain_fake);

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
                    super::note_call(stringify!($name));
                    super::IN_FAKE.with(|f| f.set(true));
                    super::reenter();
                    super::IN_FAKE.with(|f| f.set(false));
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

/// The data pointers of the fake output stream descs made by [`fake_output`], by desc address.
static OUTPUT_DATA: std::sync::Mutex<Vec<(usize, usize)>> = std::sync::Mutex::new(Vec::new());

/// A fake output stream desc of `size` bytes and `ret` whose data (acldvppGetStreamDescData) is at `data`.
pub fn fake_output(size: u32, ret: u32, data: usize) -> *mut aclvenc_abi::acldvppStreamDesc {
    let d: *mut FakeStreamDesc = Box::into_raw(Box::new([size, ret]));
    OUTPUT_DATA.lock().unwrap_or_else(|e| e.into_inner()).push((d as usize, data));
    d.cast()
}

/// acldvppGetStreamDescData: the data given to [`fake_output`], else a unique fake address, as before.
unsafe extern "C" fn fake_stream_data(d: *const aclvenc_abi::acldvppStreamDesc) -> *mut core::ffi::c_void {
    note_call("acldvppGetStreamDescData");
    let known =
        OUTPUT_DATA.lock().unwrap_or_else(|e| e.into_inner()).iter().find(|(k, _)| *k == d as usize).map(|e| e.1);
    known.map_or_else(|| <*mut core::ffi::c_void as FakeRet>::fake("acldvppGetStreamDescData"), |p| p as *mut _)
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
    t.dvpp.acldvppGetStreamDescData = Some(fake_stream_data);
    t.dvpp.acldvppMalloc = Some(fake_acldvpp_malloc);
    t.mpi_dvpp.hi_mpi_dvpp_malloc = Some(fake_hi_mpi_dvpp_malloc);
    t.rt.aclrtMalloc = Some(fake_aclrt_malloc);
    t.rt.aclrtMallocHost = Some(fake_aclrt_malloc_host);
    t.rt.aclrtCreateContext = Some(fake_create_context);
    t.rt.aclrtCreateStream = Some(fake_create_stream);
    t.sys.hi_mpi_sys_create_epoll = Some(fake_create_epoll);
    Driver::from_tables(t)
}

/// Fake device memory: unique, 128-byte aligned addresses nobody dereferences, `size` bytes apart.
fn fake_block(size: usize) -> *mut core::ffi::c_void {
    use std::sync::atomic::{AtomicUsize, Ordering};
    if let Some(addr) = REUSE.with(Cell::take) {
        return addr as *mut core::ffi::c_void;
    }
    static NEXT: AtomicUsize = AtomicUsize::new(0x7100_0000_0000);
    NEXT.fetch_add(size.div_ceil(4096).max(1) * 4096, Ordering::Relaxed) as *mut core::ffi::c_void
}

/// Writes `v` through the out-param `p` of a fake driver function.
fn fake_out<T>(p: *mut T, v: T) {
    // SAFETY: tests pass a valid out-param (a local), as the vendor contract requires.
    let out = unsafe { aclvenc_ptr::Arg::view(p) };
    out.write(v);
}

unsafe extern "C" fn fake_acldvpp_malloc(p: *mut *mut core::ffi::c_void, size: usize) -> aclvenc_abi::aclError {
    note_call("acldvppMalloc");
    fake_out(p, fake_block(size));
    0
}

unsafe extern "C" fn fake_hi_mpi_dvpp_malloc(_: u32, p: *mut *mut core::ffi::c_void, size: u64) -> i32 {
    note_call("hi_mpi_dvpp_malloc");
    fake_out(p, fake_block(size as usize));
    0
}

unsafe extern "C" fn fake_aclrt_malloc(
    p: *mut *mut core::ffi::c_void,
    size: usize,
    _: aclvenc_abi::aclrtMemMallocPolicy,
) -> aclvenc_abi::aclError {
    note_call("aclrtMalloc");
    fake_out(p, fake_block(size));
    0
}

unsafe extern "C" fn fake_aclrt_malloc_host(p: *mut *mut core::ffi::c_void, size: usize) -> aclvenc_abi::aclError {
    note_call("aclrtMallocHost");
    fake_out(p, fake_block(size));
    0
}

unsafe extern "C" fn fake_create_context(p: *mut aclvenc_abi::aclrtContext, _: i32) -> aclvenc_abi::aclError {
    note_call("aclrtCreateContext");
    fake_out(p, fake_block(64));
    0
}

unsafe extern "C" fn fake_create_stream(p: *mut aclvenc_abi::aclrtStream) -> aclvenc_abi::aclError {
    note_call("aclrtCreateStream");
    fake_out(p, fake_block(64));
    0
}

unsafe extern "C" fn fake_create_epoll(_: i32, p: *mut i32) -> i32 {
    use std::sync::atomic::{AtomicI32, Ordering};
    static NEXT: AtomicI32 = AtomicI32::new(1000);
    note_call("hi_mpi_sys_create_epoll");
    fake_out(p, NEXT.fetch_add(1, Ordering::Relaxed));
    0
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
    static IN_FAKE: Cell<bool> = const { Cell::new(false) };
}

/// Whether this thread is running fake driver code (its calls of exports are the driver's own).
pub fn in_fake_driver() -> bool {
    IN_FAKE.with(Cell::get)
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

/// Tests run on many threads at once against one shim: each starts from an MPI system initialised for threads that
/// set no device (the per-device rules are tested on threads that set one).
pub fn seed(state: &crate::state::State) {
    let mut pipe = state.pipe.lock();
    pipe.acl_initialised();
    pipe.sys.insert(-1, crate::site::Origin::light("test setup"));
    // pthread ids are reused by later threads, and tests that set a device use device 0.
    pipe.sys.insert(0, crate::site::Origin::light("test setup"));
}

/// The pthread id of a thread that has called aclrtProcessReport (a report thread that pumps). The thread stays
/// alive, so no other thread gets its id.
pub fn pump_thread() -> u64 {
    static ID: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
    *ID.get_or_init(|| {
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            // SAFETY: the export with a plain timeout argument; the fake driver returns at once.
            unsafe { crate::calls::rt::aclrtProcessReport(0) };
            let _ = tx.send(crate::process::current_thread_id());
            loop {
                std::thread::park();
            }
        });
        rx.recv().unwrap_or(0)
    })
}

/// Runs `f` with the pthread id of a live thread that never pumps reports.
pub fn with_idle_thread<R>(f: impl FnOnce(u64) -> R) -> R {
    let (id_tx, id_rx) = std::sync::mpsc::channel();
    let (done_tx, done_rx) = std::sync::mpsc::channel::<()>();
    let t = std::thread::spawn(move || {
        let _ = id_tx.send(crate::process::current_thread_id());
        let _ = done_rx.recv();
    });
    let r = f(id_rx.recv().unwrap_or(0));
    let _ = done_tx.send(());
    let _ = t.join();
    r
}

/// Gives this thread a device (and so the device's default context), as an encoder thread has.
pub fn with_device() {
    thread_local!(static DONE: Cell<bool> = const { Cell::new(false) });
    if !DONE.with(|d| d.replace(true)) {
        // SAFETY: the export with a plain device id.
        unsafe { crate::calls::rt::aclrtSetDevice(0) };
    }
}
