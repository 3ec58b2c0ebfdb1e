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
