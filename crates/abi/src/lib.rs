//! The Ascend CANN video-encoder ABI as Rust types: every type, enum, constant and function prototype that the 38
//! `aclvenc*` (V1, `libacl_dvpp.so`) and 47 `hi_mpi_venc_*` (V2, `libacl_dvpp_mpi.so`) functions use, plus the
//! `acl` runtime, `acldvpp` and `hi_mpi_sys`/`hi_mpi_dvpp` pieces an encoder application needs.
//!
//! Everything under [`generated`] is made from `abi/abi-spec.json` by `cargo run -p xtask -- gen`; the layout test
//! (`tests/abi_layout.rs`) proves it against that JSON. This crate exports no C symbols: the shim and the emulated
//! driver both depend on it and must never be linked into one binary.
//!
//! Conventions (see docs/STYLE.md): vendor names are kept exactly; vendor enums are `#[repr(transparent)]` integer
//! newtypes with named constants (C may pass any integer); members of the vendor's anonymous unions are reached
//! through accessor methods named like the member (`attr.venc_attr.h264_attr()`).
#![allow(non_camel_case_types, non_snake_case, non_upper_case_globals, clippy::missing_safety_doc)]
#![no_std]
extern crate alloc;

/// Code generated from `abi/abi-spec.json` by `cargo run -p xtask -- gen` (CI runs `cargo run -p xtask -- check`).
/// Do not edit these files by hand.
#[allow(missing_docs, clippy::all)]
pub mod generated {
    #[macro_use]
    pub mod functions;
    pub mod layout;
    pub mod names;
    pub mod types;
}

pub use generated::functions::{FnInfo, FUNCTIONS};
pub use layout_support::{EnumLayout, FieldLayout, StructLayout};

/// Shapes of the tables in [`generated::layout`].
mod layout_support {
    use alloc::vec::Vec;

    /// One member of a struct or union as laid out by the Rust compiler (offset and size in bytes).
    #[derive(Debug, Clone)]
    pub struct FieldLayout {
        pub name: &'static str,
        pub offset: usize,
        pub size: usize,
    }

    /// A struct or union as laid out by the Rust compiler (size and alignment in bytes).
    #[derive(Debug, Clone)]
    pub struct StructLayout {
        pub name: &'static str,
        pub size: usize,
        pub align: usize,
        pub fields: Vec<FieldLayout>,
    }

    /// An enum's size in bytes and its named values.
    #[derive(Debug, Clone)]
    pub struct EnumLayout {
        pub name: &'static str,
        pub size: usize,
        pub values: Vec<(&'static str, i64)>,
    }

    pub(crate) fn size_of_pointee<T>(_: *const T) -> usize {
        core::mem::size_of::<T>()
    }
}

pub use generated::types::*;

/// `HI_DEFINE_ERR`: the hi_mpi error code for module `module` (`hi_mod_id`), level `level` (`hi_err_level`) and
/// error number `errno` (`hi_errno`), as the `hi_s32` the functions return (abi-facts §6.2).
pub const fn hi_define_err(module: hi_mod_id, level: hi_err_level, errno: hi_errno) -> hi_s32 {
    (HI_ERR_APP_ID | ((module.0 as u32) << 16) | ((level.0 as u32) << 13) | errno.0 as u32) as hi_s32
}

/// A V2 encoder error code, `HI_DEFINE_ERR(HI_ID_VENC, HI_ERR_LEVEL_ERROR, errno)`.
pub const fn venc_err(errno: hi_errno) -> hi_s32 {
    hi_define_err(hi_mod_id::HI_ID_VENC, hi_err_level::HI_ERR_LEVEL_ERROR, errno)
}

/// The vendor's name for an `aclError` value (`"ACL_ERROR_INVALID_PARAM"`), if it has one.
pub fn acl_error_name(code: aclError) -> Option<&'static str> {
    generated::names::ACL_ERROR_NAMES.iter().find(|(_, v)| *v == code).map(|(n, _)| *n)
}

/// The vendor's name for a V2 `hi_s32` return value (`"HI_ERR_VENC_BUF_EMPTY"`), if it has one.
pub fn hi_error_name(code: hi_s32) -> Option<&'static str> {
    generated::names::HI_ERROR_NAMES.iter().find(|(_, v)| *v == code).map(|(n, _)| *n)
}

/// Hands the plain return types of the vendor functions (values that are neither an error code nor a pointer) to
/// `$m!` as one list: `$m!(u8, u32, u64, acldvppStreamFormat, acldvppPixelFormat, aclvencCallback)`. Code that
/// needs one impl per return type (the shim's fallbacks, fake and empty drivers) takes the list from here, and the
/// test `every_plain_return_type_is_listed` proves it holds every such type of the function tables.
#[macro_export]
macro_rules! plain_return_types {
    ($m:ident) => {
        $m! { u8, u32, u64, $crate::acldvppStreamFormat, $crate::acldvppPixelFormat, $crate::aclvencCallback }
    };
}

#[cfg(test)]
mod tests {
    /// The return types of every function in the tables, by name.
    macro_rules! returns {
        ($(fn $name:ident($($p:ident: $t:ty),* $(,)?) -> $ret:ty;)*) => {
            &[$(stringify!($ret)),*]
        };
    }

    macro_rules! listed {
        ($($t:ty),*) => {
            &[$(stringify!($t)),*]
        };
    }

    #[test]
    fn every_plain_return_type_is_listed() {
        let listed: &[&str] = crate::plain_return_types!(listed);
        let listed: alloc::vec::Vec<&str> = listed.iter().map(|t| t.rsplit("::").next().unwrap_or(t).trim()).collect();
        let tables: [&[&str]; 6] = [
            crate::aclvenc_fns!(returns),
            crate::acldvpp_fns!(returns),
            crate::acl_runtime_fns!(returns),
            crate::hi_mpi_venc_fns!(returns),
            crate::hi_mpi_sys_fns!(returns),
            crate::hi_mpi_dvpp_fns!(returns),
        ];
        for ret in tables.iter().flat_map(|t| t.iter()) {
            let ret = ret.trim();
            let last = ret.rsplit("::").next().unwrap_or(ret).trim();
            let code_or_pointer = ret.starts_with('*') || matches!(last, "aclError" | "hi_s32" | "i32");
            assert!(code_or_pointer || listed.contains(&last), "return type {ret} is not in plain_return_types!");
        }
    }
}
