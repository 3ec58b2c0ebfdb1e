//! Null driver for tests: exports the 85 vendor VENC symbols (the 38 `aclvenc*` of `libacl_dvpp.so` and the 47
//! `hi_mpi_venc_*` of `libacl_dvpp_mpi.so`), records every call with its arguments and returns scripted values.
//!
//! The exports are generated from the ABI crate's function tables (`aclvenc_fns!`, `hi_mpi_venc_fns!`); nothing here
//! names a vendor function by hand. Each call stores, per function, a call count and the arguments of the last call
//! as 64-bit words (pointers cast to their address, unsigned integers zero-extended, signed integers and enums
//! sign-extended). By default every function returns 0 (success / 0 / NULL), except the two `Create*` functions,
//! which return a fresh, unique, non-NULL handle on every call. `nulldrv_set_return` scripts a fixed return value.
//!
//! It also knows which objects it created (V1 channel descs and frame configs it returned, V2 channels it accepted)
//! and counts every call handed one it never created or already destroyed ([`handles`]): the shim must never
//! forward such a handle, and the fuzz test (`c-tests/fuzz.c`) asserts it never does.
//!
//! The C control API (prefix `nulldrv_`, declared in `c-tests/nulldrv.h`) is in [`control`]. Everything is
//! thread-safe, and no panic crosses the C boundary: recording runs under `catch_unwind`, and on a panic the
//! call still returns its default value.
//!
//! Install it under the vendor file names (`libacl_dvpp.so`, `libacl_dvpp_mpi.so`) as symlinks to one file, so
//! both names load one instance with one shared record.

mod control;
mod handles;
mod record;
mod stubs;
mod word;

pub use record::{FUNCTION_COUNT, MAX_ARGS};
