//! Support for the project's criterion benchmarks (`benches/shim_overhead.rs` and `benches/pipeline_overhead.rs`
//! here, `benches/throughput.rs` in aclvenc-emu-common). Each measures two sides of one thing as two functions of
//! one criterion benchmark group in one run, then prints their ratio from criterion's own estimates, which
//! criterion writes to `<group>/<function>/new/estimates.json` under its output directory ([`Estimates`]). The
//! shim benchmarks load the shim and the library it forwards to into one process and run each call through both
//! ([`SideBySide`]).

mod estimates;
mod runtime;
mod side_by_side;

pub use estimates::{Estimates, Statistic};
pub use runtime::Runtime;
pub use side_by_side::{both, direct_side, lib_dir, load, shim_over_empty_driver, shim_side, sym, SideBySide, COUNT};

/// The vendor prototypes as `unsafe extern "C" fn` types, one per exported function and named after it
/// (`protos::hi_mpi_venc_send_frame`), generated from the ABI table: what [`sym`] looks a function up as.
#[allow(non_camel_case_types)]
pub mod protos {
    use aclvenc_abi::*;

    macro_rules! prototypes {
        ($(fn $name:ident($($p:ident: $t:ty),* $(,)?) -> $ret:ty;)*) => {$(
            #[doc = concat!("`", stringify!($name), "`, as the ABI table declares it.")]
            pub type $name = unsafe extern "C" fn($($t),*) -> $ret;
        )*};
    }

    aclvenc_fns!(prototypes);
    acldvpp_fns!(prototypes);
    acl_runtime_fns!(prototypes);
    hi_mpi_venc_fns!(prototypes);
    hi_mpi_sys_fns!(prototypes);
    hi_mpi_dvpp_fns!(prototypes);
}
