//! aclvenc-shim: a validation, tracing and leak-tracking layer between an application and the Ascend CANN video
//! encoder driver. It exports exactly the vendor's 38 `aclvenc*` (V1, `libacl_dvpp.so`) and 47 `hi_mpi_venc_*`
//! (V2, `libacl_dvpp_mpi.so`) C functions plus its own `aclvencShim*` API, checks every call against the rules in
//! [`validate::rules`], traces it, tracks the objects it creates, and forwards it to the real driver.
//!
//! Every export goes through one pipeline ([`chassis`]): re-entry check, lazy init, trace enter, validate, forward
//! (or refuse, by mode), record the new state, trace exit, all inside one panic boundary.
//!
//! `unsafe` lives in three places only: [`ptr`] (raw pointer to reference), [`resolve`] (`dlsym`/`dlopen` and
//! function-pointer casts) and the generated stubs in [`calls`].
#![deny(unsafe_op_in_unsafe_fn, clippy::undocumented_unsafe_blocks)]

pub mod api;
pub mod calls;
pub mod chassis;
pub mod config;
pub mod ptr;
pub mod reentry;
pub mod report;
pub mod resolve;
pub mod soc;
pub mod state;
pub mod trace;
pub mod validate;

#[cfg(test)]
mod testing;
