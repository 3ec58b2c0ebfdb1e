//! aclvenc-shim: a validation, tracing and leak-tracking layer between an application and the Ascend CANN video
//! encoder driver. It exports exactly the vendor's 38 `aclvenc*` (V1, `libacl_dvpp.so`) and 47 `hi_mpi_venc_*`
//! (V2, `libacl_dvpp_mpi.so`) C functions plus its own `aclvencShim*` API, checks every call against the rules in
//! [`validate::rules`], traces it, tracks the objects it creates, and forwards it to the real driver.
//!
//! Every export goes through one pipeline ([`chassis`]): re-entry check, lazy init, trace enter, validate, forward
//! (or refuse, by mode), record the new state, trace exit, all inside one panic boundary.
//!
//! `unsafe` lives in few places only: the pointer contract crate `aclvenc-ptr` (raw pointer to typed view), the
//! generated stubs in [`calls`] (making those views) and [`table`] (function-pointer casts), driver resolution in
//! [`resolve`] (`dlsym`/`dlopen`), the libc process calls in [`process`], the callback trampolines in
//! [`callbacks`], and the C string arguments of the shim's own API in [`api`].
#![deny(unsafe_op_in_unsafe_fn, clippy::undocumented_unsafe_blocks)]

pub mod api;
pub mod callbacks;
pub mod calls;
pub mod chassis;
pub mod config;
pub mod exit;
pub mod output;
pub mod process;
pub mod reentry;
pub mod report;
pub mod resolve;
pub mod shim;
pub mod site;
pub mod soc;
pub mod state;
pub mod table;
pub mod tap;
pub mod timeline;
pub mod trace;
pub mod validate;

#[cfg(test)]
mod testing;
