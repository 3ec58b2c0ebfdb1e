//! The exported vendor functions, generated from the one API table (`aclvenc_abi::aclvenc_fns!` and
//! `aclvenc_abi::hi_mpi_venc_fns!`, themselves generated from `abi/abi-spec.json`).
//!
//! For every function the table yields: an argument struct (`args::name`), its [`Call`] impl (name, family,
//! forwarding through the resolved driver table, argument formatting for the trace), the driver table entry, and
//! the `#[no_mangle]` export whose whole body is one call into [`crate::chassis::dispatch`]. Adding a function is
//! one entry in the JSON; the checks for it live in `validate/` as a [`crate::chassis::Hooks`] impl.

use crate::chassis::{Call, Family};
use core::ffi::c_void;

/// Generates everything mechanical for one API family. `$tbl` names the family's field in
/// [`crate::resolve::Driver`].
macro_rules! define_family {
    ($family:expr, $tbl:ident; $(fn $name:ident($($p:ident: $t:ty),*) -> $r:ty;)*) => {
        /// The arguments of each call, exactly as the application passed them.
        #[allow(non_camel_case_types, non_snake_case)]
        pub mod args {
            $(
                #[doc = concat!("Arguments of `", stringify!($name), "`.")]
                #[derive(Clone, Copy)]
                pub struct $name { $(pub $p: $t,)* }
            )*
        }

        /// Index of each function in [`NAMES`].
        #[allow(non_camel_case_types)]
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        #[repr(usize)]
        pub enum Id { $($name,)* }

        /// The family's function names, in table order.
        pub const NAMES: &[&str] = &[$(stringify!($name)),*];

        /// The driver's implementation of each function (`None`: the driver lacks that symbol).
        #[allow(non_snake_case)]
        #[derive(Clone, Copy, Default)]
        pub struct Table { $(pub $name: Option<unsafe extern "C" fn($($t),*) -> $r>,)* }

        impl Table {
            /// Looks every function up with `lookup` (NUL-terminated name to address, NULL when absent).
            pub fn resolve(mut lookup: impl FnMut(&'static str) -> *mut c_void) -> Table {
                Table { $($name: {
                    let p = lookup(concat!(stringify!($name), "\0"));
                    if p.is_null() {
                        None
                    } else {
                        // SAFETY: `p` is the driver's definition of this symbol, which the vendor ABI (and the
                        // ABI table this prototype is generated from) gives exactly this C prototype.
                        Some(unsafe { core::mem::transmute::<*mut c_void, unsafe extern "C" fn($($t),*) -> $r>(p) })
                    }
                },)* }
            }

            /// Names of the functions the driver does not export.
            pub fn missing(&self) -> Vec<&'static str> {
                let mut v = Vec::new();
                $(if self.$name.is_none() { v.push(stringify!($name)); })*
                v
            }
        }

        $(
            impl Call for args::$name {
                type Ret = $r;
                const FAMILY: Family = $family;
                const INDEX: usize = Id::$name as usize;
                const NAME: &'static str = stringify!($name);

                fn forward(self, driver: &crate::resolve::Driver) -> Option<$r> {
                    let f = driver.$tbl.$name?;
                    // SAFETY: the application's arguments go to the driver unchanged, as they would without the
                    // shim; `f` has this function's exact prototype (see `Table::resolve`).
                    Some(unsafe { f($(self.$p),*) })
                }

                #[allow(unused_imports, unused_variables)]
                fn fmt_args(&self, out: &mut String) {
                    use core::fmt::Write as _;
                    let mut _first = true;
                    $(
                        if !_first { out.push_str(", "); }
                        _first = false;
                        let _ = write!(out, "{}={:?}", stringify!($p), crate::trace::Arg(&self.$p));
                    )*
                }
            }

            #[doc = concat!("The vendor's `", stringify!($name), "`, validated, traced and forwarded.")]
            ///
            /// # Safety
            /// The vendor's contract for this function: pointer arguments are NULL or valid for the access the
            /// vendor documents.
            #[no_mangle]
            pub unsafe extern "C" fn $name($($p: $t),*) -> $r {
                crate::chassis::dispatch(args::$name { $($p),* })
            }
        )*
    };
}

/// The 38 `aclvenc*` functions (V1, `libacl_dvpp.so`).
pub mod v1 {
    use super::*;
    macro_rules! define_v1 { ($($t:tt)*) => { define_family!(Family::V1, v1; $($t)*); } }
    aclvenc_abi::aclvenc_fns!(define_v1);
}

/// The 47 `hi_mpi_venc_*` functions (V2, `libacl_dvpp_mpi.so`).
pub mod v2 {
    use super::*;
    macro_rules! define_v2 { ($($t:tt)*) => { define_family!(Family::V2, v2; $($t)*); } }
    aclvenc_abi::hi_mpi_venc_fns!(define_v2);
}

/// Wrapped V1 callbacks (`ACLVENC_SHIM_WRAP_CALLBACKS=1`): a fixed pool of [`callbacks::SLOTS`] trampolines, one
/// bound to each channel desc that sets a callback. The driver gets the trampoline instead of the application's
/// `aclvencCallback`; the trampoline counts the output, checks its return code, marks the thread as inside a
/// callback, and calls the application's callback with the same three arguments. Everything else reaches the
/// driver bit for bit; the getters hand the application its own callback back.
pub mod callbacks {
    use aclvenc_abi::{acldvppPicDesc, acldvppStreamDesc};
    use core::ffi::c_void;
    use std::cell::Cell;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// How many channel descs can have a wrapped callback at once (the V1 channel limit of 310P is 128).
    pub const SLOTS: usize = 128;

    type Callback = unsafe extern "C" fn(*mut acldvppPicDesc, *mut acldvppStreamDesc, *mut c_void);

    struct Slot {
        /// The application's callback (0: none).
        user: AtomicUsize,
        /// The channel desc the slot belongs to.
        desc: AtomicUsize,
        /// The trampoline's address, for aclvencSetChannelDescParam(ACL_VENC_CALLBACK_PTR), which passes a pointer
        /// to the value.
        cell: AtomicUsize,
    }

    #[allow(clippy::declare_interior_mutable_const)]
    const EMPTY: Slot = Slot { user: AtomicUsize::new(0), desc: AtomicUsize::new(0), cell: AtomicUsize::new(0) };
    static TABLE: [Slot; SLOTS] = [EMPTY; SLOTS];

    thread_local! {
        static IN_CALLBACK: Cell<usize> = const { Cell::new(0) };
    }

    unsafe extern "C" fn tramp<const N: usize>(
        input: *mut acldvppPicDesc,
        output: *mut acldvppStreamDesc,
        userdata: *mut c_void,
    ) {
        deliver(N, input, output, userdata);
    }

    const TRAMPOLINES: [Callback; SLOTS] = [
        tramp::<0>,
        tramp::<1>,
        tramp::<2>,
        tramp::<3>,
        tramp::<4>,
        tramp::<5>,
        tramp::<6>,
        tramp::<7>,
        tramp::<8>,
        tramp::<9>,
        tramp::<10>,
        tramp::<11>,
        tramp::<12>,
        tramp::<13>,
        tramp::<14>,
        tramp::<15>,
        tramp::<16>,
        tramp::<17>,
        tramp::<18>,
        tramp::<19>,
        tramp::<20>,
        tramp::<21>,
        tramp::<22>,
        tramp::<23>,
        tramp::<24>,
        tramp::<25>,
        tramp::<26>,
        tramp::<27>,
        tramp::<28>,
        tramp::<29>,
        tramp::<30>,
        tramp::<31>,
        tramp::<32>,
        tramp::<33>,
        tramp::<34>,
        tramp::<35>,
        tramp::<36>,
        tramp::<37>,
        tramp::<38>,
        tramp::<39>,
        tramp::<40>,
        tramp::<41>,
        tramp::<42>,
        tramp::<43>,
        tramp::<44>,
        tramp::<45>,
        tramp::<46>,
        tramp::<47>,
        tramp::<48>,
        tramp::<49>,
        tramp::<50>,
        tramp::<51>,
        tramp::<52>,
        tramp::<53>,
        tramp::<54>,
        tramp::<55>,
        tramp::<56>,
        tramp::<57>,
        tramp::<58>,
        tramp::<59>,
        tramp::<60>,
        tramp::<61>,
        tramp::<62>,
        tramp::<63>,
        tramp::<64>,
        tramp::<65>,
        tramp::<66>,
        tramp::<67>,
        tramp::<68>,
        tramp::<69>,
        tramp::<70>,
        tramp::<71>,
        tramp::<72>,
        tramp::<73>,
        tramp::<74>,
        tramp::<75>,
        tramp::<76>,
        tramp::<77>,
        tramp::<78>,
        tramp::<79>,
        tramp::<80>,
        tramp::<81>,
        tramp::<82>,
        tramp::<83>,
        tramp::<84>,
        tramp::<85>,
        tramp::<86>,
        tramp::<87>,
        tramp::<88>,
        tramp::<89>,
        tramp::<90>,
        tramp::<91>,
        tramp::<92>,
        tramp::<93>,
        tramp::<94>,
        tramp::<95>,
        tramp::<96>,
        tramp::<97>,
        tramp::<98>,
        tramp::<99>,
        tramp::<100>,
        tramp::<101>,
        tramp::<102>,
        tramp::<103>,
        tramp::<104>,
        tramp::<105>,
        tramp::<106>,
        tramp::<107>,
        tramp::<108>,
        tramp::<109>,
        tramp::<110>,
        tramp::<111>,
        tramp::<112>,
        tramp::<113>,
        tramp::<114>,
        tramp::<115>,
        tramp::<116>,
        tramp::<117>,
        tramp::<118>,
        tramp::<119>,
        tramp::<120>,
        tramp::<121>,
        tramp::<122>,
        tramp::<123>,
        tramp::<124>,
        tramp::<125>,
        tramp::<126>,
        tramp::<127>,
    ];

    fn deliver(n: usize, input: *mut acldvppPicDesc, output: *mut acldvppStreamDesc, userdata: *mut c_void) {
        let slot = &TABLE[n];
        let (user, desc) = (slot.user.load(Ordering::Acquire), slot.desc.load(Ordering::Acquire));
        let _ = std::panic::catch_unwind(|| crate::validate::v1::on_output(desc, output));
        if user == 0 {
            return;
        }
        let outer = IN_CALLBACK.try_with(|c| c.replace(desc)).unwrap_or(0);
        // SAFETY: `user` is the aclvencCallback the application gave for this desc (stored by `bind`), called with
        // the driver's three arguments unchanged, on the driver's report thread, as without the shim.
        unsafe { core::mem::transmute::<usize, Callback>(user)(input, output, userdata) };
        let _ = IN_CALLBACK.try_with(|c| c.set(outer));
    }

    /// The desc whose callback this thread is running, if any.
    pub fn in_callback() -> Option<usize> {
        IN_CALLBACK.try_with(Cell::get).ok().filter(|d| *d != 0)
    }

    /// Binds slot `n` to `desc` and the application's `user` callback; returns the trampoline's address.
    pub fn bind(n: usize, desc: usize, user: usize) -> usize {
        let t = TRAMPOLINES[n] as usize;
        TABLE[n].desc.store(desc, Ordering::Release);
        TABLE[n].user.store(user, Ordering::Release);
        TABLE[n].cell.store(t, Ordering::Release);
        t
    }

    /// `addr` (0, a trampoline, or the address of an application `aclvencCallback`) as the vendor's callback type.
    pub fn as_callback(addr: usize) -> aclvenc_abi::aclvencCallback {
        // SAFETY: every non-zero address passed here came from an `aclvencCallback` (the application's or a
        // trampoline, which has the same prototype), so it is a function of that prototype.
        (addr != 0).then(|| unsafe { core::mem::transmute::<usize, Callback>(addr) })
    }

    /// Slot `n`'s trampoline, as the driver sees it.
    pub fn trampoline(n: usize) -> Callback {
        TRAMPOLINES[n]
    }

    /// Unbinds slot `n` (its desc is destroyed).
    pub fn unbind(n: usize) {
        TABLE[n].user.store(0, Ordering::Release);
        TABLE[n].desc.store(0, Ordering::Release);
    }

    /// A pointer to an 8-byte cell holding slot `n`'s trampoline address.
    pub fn cell(n: usize) -> *const c_void {
        TABLE[n].cell.as_ptr().cast_const().cast()
    }

    /// The application's callback behind `addr` if `addr` is one of the trampolines, else `addr` itself.
    pub fn unwrap(addr: usize) -> usize {
        match TRAMPOLINES.iter().position(|t| *t as usize == addr) {
            Some(n) => TABLE[n].user.load(Ordering::Acquire),
            None => addr,
        }
    }
}
