//! The exported vendor functions, generated from the one API table (every `aclvenc_abi::*_fns!` family, see
//! [`crate::table`]).
//!
//! For every function the table yields: an argument struct (`<family>::args::name`) with one view accessor per
//! argument (the pointer contract of `aclvenc-ptr`: `*const T` as `In<T>`, `*mut T` as `Out<T>`, values as they
//! are), its [`Call`] impl (name, family, forwarding through the resolved driver table, argument formatting for the
//! trace), and the `#[no_mangle]` export, whose whole body is one call into [`crate::chassis::dispatch`] with the
//! call's arguments and the address it was called from (so that calls the driver makes to its own sibling
//! functions, from any thread, are told apart from the application's). Adding a function is one entry in the
//! JSON; its checks live in `validate/` as a [`crate::chassis::Hooks`] impl. This module depends on the chassis
//! only.

use crate::chassis::{table, Call, Driver, Family};

/// The register that carries the call's return address into the entry function: the first integer argument
/// register after the function's own parameters (every exported function takes at most five, all integers or
/// pointers).
#[cfg(target_arch = "x86_64")]
macro_rules! caller_register {
    () => {
        "rdi"
    };
    ($a:ident) => {
        "rsi"
    };
    ($a:ident $b:ident) => {
        "rdx"
    };
    ($a:ident $b:ident $c:ident) => {
        "rcx"
    };
    ($a:ident $b:ident $c:ident $d:ident) => {
        "r8"
    };
    ($a:ident $b:ident $c:ident $d:ident $e:ident) => {
        "r9"
    };
}

#[cfg(target_arch = "aarch64")]
macro_rules! caller_register {
    () => {
        "x0"
    };
    ($a:ident) => {
        "x1"
    };
    ($a:ident $b:ident) => {
        "x2"
    };
    ($a:ident $b:ident $c:ident) => {
        "x3"
    };
    ($a:ident $b:ident $c:ident $d:ident) => {
        "x4"
    };
    ($a:ident $b:ident $c:ident $d:ident $e:ident) => {
        "x5"
    };
}

/// One exported function: a naked stub that puts its return address in the next argument register and jumps to
/// the entry function, which takes it as a last argument (x86_64 and aarch64); elsewhere a plain export that
/// passes no address (every call then counts as the application's).
macro_rules! export {
    ($name:ident($($p:ident: $t:ty),*) -> $r:ty) => {
        /// The entry functions behind the naked export stubs.
        #[allow(non_snake_case, clippy::too_many_arguments)]
        mod $name {
            use super::*;
            /// # Safety
            /// Called only by the export stub, with the application's arguments and its return address.
            pub(super) unsafe extern "C" fn entry($($p: $t,)* caller: usize) -> $r {
                crate::chassis::dispatch(args::$name { $($p),* }, caller)
            }
        }

        #[doc = concat!("The vendor's `", stringify!($name), "`, validated, traced and forwarded.")]
        ///
        /// # Safety
        /// The vendor's contract for this function: pointer arguments are NULL or valid for the access the
        /// vendor documents.
        #[cfg(target_arch = "x86_64")]
        #[unsafe(naked)]
        #[no_mangle]
        #[allow(unused_variables)]
        pub unsafe extern "C" fn $name($($p: $t),*) -> $r {
            // The return address is at the top of the stack on entry; the tail jump leaves it there, so the entry
            // function returns straight to the application.
            core::arch::naked_asm!(
                concat!("mov ", caller_register!($($p)*), ", [rsp]"),
                "jmp {entry}",
                entry = sym $name::entry,
            )
        }

        #[doc = concat!("The vendor's `", stringify!($name), "`, validated, traced and forwarded.")]
        ///
        /// # Safety
        /// The vendor's contract for this function: pointer arguments are NULL or valid for the access the
        /// vendor documents.
        #[cfg(target_arch = "aarch64")]
        #[unsafe(naked)]
        #[no_mangle]
        #[allow(unused_variables)]
        pub unsafe extern "C" fn $name($($p: $t),*) -> $r {
            // The return address is in the link register on entry; the branch leaves it there.
            core::arch::naked_asm!(
                concat!("mov ", caller_register!($($p)*), ", x30"),
                "b {entry}",
                entry = sym $name::entry,
            )
        }

        #[doc = concat!("The vendor's `", stringify!($name), "`, validated, traced and forwarded.")]
        ///
        /// # Safety
        /// The vendor's contract for this function: pointer arguments are NULL or valid for the access the
        /// vendor documents.
        #[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
        #[no_mangle]
        pub unsafe extern "C" fn $name($($p: $t),*) -> $r {
            // SAFETY: the application's arguments, under the contract of this function.
            unsafe { $name::entry($($p,)* 0) }
        }
    };
}

/// Generates everything mechanical for one API family.
macro_rules! define_family {
    ($fam:ident, $module:ident, $cat:literal; $(fn $name:ident($($p:ident: $t:ty),*) -> $r:ty;)*) => {
        #[doc = concat!("The `", $cat, "` functions.")]
        pub mod $module {
            use super::*;

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
                    const FAMILY: Family = Family::$fam;
                    const INDEX: usize = table::$module::Id::$name as usize;
                    const NAME: &'static str = stringify!($name);

                    fn forward(self, driver: &Driver) -> Option<$r> {
                        let f = driver.tables.$module.$name?;
                        // SAFETY: the application's arguments go to the driver unchanged, as they would without
                        // the shim; `f` has this function's exact prototype (see `table`).
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

                export!($name($($p: $t),*) -> $r);
            )*
        }
    };
}

table::for_each_family!(define_family);
