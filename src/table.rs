//! The driver's function tables, generated from the one API table (`aclvenc_abi::aclvenc_fns!` and
//! `aclvenc_abi::hi_mpi_venc_fns!`, themselves generated from `abi/abi-spec.json`): for each API family, the
//! function names in table order and a table of the driver's implementations, resolved all at once.

use core::ffi::c_void;

/// The two API families the shim exports.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash, serde::Serialize)]
pub enum Family {
    /// `aclvenc*`, returns `aclError`.
    V1,
    /// `hi_mpi_venc_*`, returns `hi_s32`.
    V2,
}

impl Family {
    /// What a call returns when the shim itself failed (a panic while forwarding).
    pub fn internal_error(self) -> i32 {
        match self {
            Family::V1 => aclvenc_abi::ACL_ERROR_INTERNAL_ERROR,
            Family::V2 => aclvenc_abi::HI_ERR_VENC_SYS_ERROR,
        }
    }

    /// What a call returns when no driver (or no such symbol in it) was found.
    pub fn no_driver(self) -> i32 {
        match self {
            Family::V1 => aclvenc_abi::ACL_ERROR_RT_NO_DEVICE,
            Family::V2 => aclvenc_abi::HI_ERR_VENC_SYS_NOT_READY,
        }
    }

    /// What a call returns when the shim refuses it because a handle was never created or is already destroyed.
    pub fn bad_handle(self) -> i32 {
        match self {
            Family::V1 => aclvenc_abi::ACL_ERROR_INVALID_PARAM,
            Family::V2 => aclvenc_abi::HI_ERR_VENC_UNEXIST,
        }
    }

    /// The family's function names, in table order.
    pub fn names(self) -> &'static [&'static str] {
        match self {
            Family::V1 => v1::NAMES,
            Family::V2 => v2::NAMES,
        }
    }
}

/// Generates one family's name list, index enum and function table.
macro_rules! define_table {
    ($(fn $name:ident($($p:ident: $t:ty),*) -> $r:ty;)*) => {
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
    };
}

/// The 38 `aclvenc*` functions (V1, `libacl_dvpp.so`).
pub mod v1 {
    use super::*;
    aclvenc_abi::aclvenc_fns!(define_table);
}

/// The 47 `hi_mpi_venc_*` functions (V2, `libacl_dvpp_mpi.so`).
pub mod v2 {
    use super::*;
    aclvenc_abi::hi_mpi_venc_fns!(define_table);
}
