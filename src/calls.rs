//! The exported vendor functions, generated from the one API table (`aclvenc_abi::aclvenc_fns!` and
//! `aclvenc_abi::hi_mpi_venc_fns!`, themselves generated from `abi/abi-spec.json`).
//!
//! For every function the table yields: an argument struct (`args::name`) with one view accessor per argument
//! (the pointer contract of `aclvenc-ptr`: `*const T` as `In<T>`, `*mut T` as `Out<T>`, values as they are), its
//! [`Call`] impl (name, family, forwarding through the resolved driver table, argument formatting for the trace),
//! and the `#[no_mangle]` export whose whole body is one call into [`crate::chassis::dispatch`]. Adding a function
//! is one entry in the JSON; the checks for it live in `validate/` as a [`crate::chassis::Hooks`] impl. This
//! module depends on the chassis only.

use crate::chassis::{Call, Driver, Family};

/// Generates everything mechanical for one API family. `$tbl` names the family's field in [`Driver`] and its
/// module in `crate::chassis::table`.
macro_rules! define_family {
    ($family:expr, $tbl:ident; $(fn $name:ident($($p:ident: $t:ty),*) -> $r:ty;)*) => {
        /// The arguments of each call, exactly as the application passed them.
        #[allow(non_camel_case_types, non_snake_case)]
        pub mod args {
            $(
                #[doc = concat!("Arguments of `", stringify!($name), "`.")]
                #[derive(Clone, Copy)]
                pub struct $name { $(pub $p: $t,)* }

                impl $name {
                    $(
                        #[doc = concat!("The `", stringify!($p), "` argument as the pointer contract's view.")]
                        #[allow(clippy::needless_lifetimes)]
                        pub fn $p<'a>(&'a self) -> <$t as aclvenc_ptr::Arg>::View<'a> {
                            // SAFETY: `self` holds the arguments of the intercepted call now running on this
                            // thread (the chassis never keeps them past the call), whose C caller promised the
                            // vendor's contract for each of them; the view borrows `self`, so it ends with it.
                            unsafe { aclvenc_ptr::Arg::view(self.$p) }
                        }
                    )*
                }
            )*
        }

        $(
            impl Call for args::$name {
                type Ret = $r;
                const FAMILY: Family = $family;
                const INDEX: usize = crate::chassis::table::$tbl::Id::$name as usize;
                const NAME: &'static str = stringify!($name);

                fn forward(self, driver: &Driver) -> Option<$r> {
                    let f = driver.$tbl.$name?;
                    // SAFETY: the application's arguments go to the driver unchanged, as they would without the
                    // shim; `f` has this function's exact prototype (see `table::Table::resolve`).
                    Some(unsafe { f($(self.$p),*) })
                }

                #[allow(unused_imports, unused_variables)]
                fn fmt_args(&self, out: &mut String) {
                    use core::fmt::Write as _;
                    let mut _first = true;
                    $(
                        if !_first { out.push_str(", "); }
                        _first = false;
                        let _ = write!(out, "{}={:?}", stringify!($p), self.$p);
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
