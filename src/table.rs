//! The vendor functions the shim exports, by API family, generated from the one API table (the `aclvenc_abi::*_fns!`
//! macros, themselves generated from `abi/abi-spec.json` and `abi/abi-overlay.json`): for each family, the
//! function names in table order, an index per function, and the driver's implementations, resolved all at once.

use aclvenc_interface::driver::Library;
use core::ffi::c_void;

/// Which kind of error code a family's functions return.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codes {
    /// `aclError` (ACL_ERROR_*).
    Acl,
    /// `hi_s32` of the VENC module (HI_ERR_VENC_*).
    HiVenc,
    /// `hi_s32` of the SYS module (HI_ERR_SYS_*).
    HiSys,
}

/// Hands every family to `$m` as `$m! { Family, module, "category"; fn ...; ... }`.
macro_rules! for_each_family {
    ($m:ident) => {
        aclvenc_abi::aclvenc_fns!($m; V1, v1, "aclvenc";);
        aclvenc_abi::acldvpp_fns!($m; Dvpp, dvpp, "acldvpp";);
        aclvenc_abi::acl_runtime_fns!($m; Rt, rt, "aclrt";);
        aclvenc_abi::hi_mpi_venc_fns!($m; V2, v2, "hi_mpi_venc";);
        aclvenc_abi::hi_mpi_sys_fns!($m; Sys, sys, "hi_mpi_sys";);
        aclvenc_abi::hi_mpi_dvpp_fns!($m; MpiDvpp, mpi_dvpp, "hi_mpi_dvpp";);
    };
}
pub(crate) use for_each_family;

/// The API families the shim exports, in [`Family::ALL`] order.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash, serde::Serialize)]
pub enum Family {
    /// The 38 `aclvenc*` encoder functions (media V1), `libacl_dvpp.so`; return `aclError`.
    V1,
    /// The `acldvpp*` picture/stream desc and DVPP memory functions, `libacl_dvpp.so`; return `aclError`.
    Dvpp,
    /// The `acl*` / `aclrt*` runtime functions an encoder program uses, `libascendcl.so`; return `aclError`.
    Rt,
    /// The 47 `hi_mpi_venc_*` encoder functions (media V2), `libacl_dvpp_mpi.so`; return `hi_s32`.
    V2,
    /// The `hi_mpi_sys_*` functions (MPI system and its epoll), `libacl_dvpp_mpi.so`; return `hi_s32`.
    Sys,
    /// The `hi_mpi_dvpp_*` memory functions, `libacl_dvpp_mpi.so`; return `hi_s32`.
    MpiDvpp,
}

impl Family {
    /// Every family.
    pub const ALL: [Family; 6] = [Family::V1, Family::Dvpp, Family::Rt, Family::V2, Family::Sys, Family::MpiDvpp];

    /// The family's index in [`Family::ALL`].
    pub const fn index(self) -> usize {
        self as usize
    }

    /// The vendor library that implements the family.
    pub fn library(self) -> Library {
        match self {
            Family::V1 | Family::Dvpp => Library::V1,
            Family::Rt => Library::Runtime,
            Family::V2 | Family::Sys | Family::MpiDvpp => Library::V2,
        }
    }

    /// The kind of code the family returns.
    pub fn codes(self) -> Codes {
        match self {
            Family::V1 | Family::Dvpp | Family::Rt => Codes::Acl,
            Family::V2 => Codes::HiVenc,
            Family::Sys | Family::MpiDvpp => Codes::HiSys,
        }
    }

    /// What a call returns when the shim itself failed (a panic while forwarding).
    pub fn internal_error(self) -> i32 {
        match self.codes() {
            Codes::Acl => aclvenc_abi::ACL_ERROR_INTERNAL_ERROR,
            Codes::HiVenc => aclvenc_abi::HI_ERR_VENC_SYS_ERROR,
            Codes::HiSys => aclvenc_abi::HI_ERR_SYS_ERR,
        }
    }

    /// What a call returns when no driver (or no such symbol in it) was found.
    pub fn no_driver(self) -> i32 {
        match self.codes() {
            Codes::Acl => aclvenc_abi::ACL_ERROR_RT_NO_DEVICE,
            Codes::HiVenc => aclvenc_abi::HI_ERR_VENC_SYS_NOT_READY,
            Codes::HiSys => aclvenc_abi::HI_ERR_SYS_NOT_READY,
        }
    }

    /// What a call returns when the shim refuses it because a handle was never created or is already destroyed.
    pub fn bad_handle(self) -> i32 {
        match self.codes() {
            Codes::Acl => aclvenc_abi::ACL_ERROR_INVALID_PARAM,
            Codes::HiVenc => aclvenc_abi::HI_ERR_VENC_UNEXIST,
            Codes::HiSys => aclvenc_abi::HI_ERR_SYS_ILLEGAL_PARAM,
        }
    }

    /// The vendor's symbolic name of a code this family returns, if it has one.
    pub fn code_name(self, code: i32) -> Option<&'static str> {
        match self.codes() {
            Codes::Acl => aclvenc_abi::acl_error_name(code),
            Codes::HiVenc | Codes::HiSys => aclvenc_abi::hi_error_name(code),
        }
    }

    /// The family's function names, in table order.
    pub const fn names(self) -> &'static [&'static str] {
        match self {
            Family::V1 => v1::NAMES,
            Family::Dvpp => dvpp::NAMES,
            Family::Rt => rt::NAMES,
            Family::V2 => v2::NAMES,
            Family::Sys => sys::NAMES,
            Family::MpiDvpp => mpi_dvpp::NAMES,
        }
    }

    /// The trace category: `aclvenc`, `acldvpp`, `aclrt`, `hi_mpi_venc`, `hi_mpi_sys`, `hi_mpi_dvpp`.
    pub fn category(self) -> &'static str {
        match self {
            Family::V1 => v1::CATEGORY,
            Family::Dvpp => dvpp::CATEGORY,
            Family::Rt => rt::CATEGORY,
            Family::V2 => v2::CATEGORY,
            Family::Sys => sys::CATEGORY,
            Family::MpiDvpp => mpi_dvpp::CATEGORY,
        }
    }
}

/// Generates one family's module: name list, index enum and function table.
macro_rules! define_table {
    ($fam:ident, $module:ident, $cat:literal; $(fn $name:ident($($p:ident: $t:ty),*) -> $r:ty;)*) => {
        #[doc = concat!("The `", $cat, "` functions.")]
        pub mod $module {
            use super::*;

            /// The family.
            pub const FAMILY: Family = Family::$fam;
            /// The trace category.
            pub const CATEGORY: &str = $cat;

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
                            Some(unsafe {
                                core::mem::transmute::<*mut c_void, unsafe extern "C" fn($($t),*) -> $r>(p)
                            })
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
        }
    };
}

for_each_family!(define_table);

/// The driver's tables, one per family.
#[derive(Clone, Copy, Default)]
pub struct Tables {
    pub v1: v1::Table,
    pub dvpp: dvpp::Table,
    pub rt: rt::Table,
    pub v2: v2::Table,
    pub sys: sys::Table,
    pub mpi_dvpp: mpi_dvpp::Table,
}

impl Tables {
    /// Resolves the tables of the families `library` implements with `lookup`; the others stay empty.
    pub fn resolve_library(&mut self, library: Library, mut lookup: impl FnMut(&'static str) -> *mut c_void) {
        match library {
            Library::V1 => {
                self.v1 = v1::Table::resolve(&mut lookup);
                self.dvpp = dvpp::Table::resolve(&mut lookup);
            }
            Library::V2 => {
                self.v2 = v2::Table::resolve(&mut lookup);
                self.sys = sys::Table::resolve(&mut lookup);
                self.mpi_dvpp = mpi_dvpp::Table::resolve(&mut lookup);
            }
            Library::Runtime => self.rt = rt::Table::resolve(&mut lookup),
        }
    }

    /// The functions of `library` the driver does not export.
    pub fn missing(&self, library: Library) -> Vec<&'static str> {
        match library {
            Library::V1 => [self.v1.missing(), self.dvpp.missing()].concat(),
            Library::V2 => [self.v2.missing(), self.sys.missing(), self.mpi_dvpp.missing()].concat(),
            Library::Runtime => self.rt.missing(),
        }
    }
}
