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
