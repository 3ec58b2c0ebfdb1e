//! Support for the project's criterion benchmarks (`benches/shim_overhead.rs` and `benches/pipeline_overhead.rs`
//! here, `benches/throughput.rs` in aclvenc-emu-common). Each measures two sides of one thing as two functions of
//! one criterion benchmark group in one run, then prints their ratio from criterion's own estimates, which
//! criterion writes to `<group>/<function>/new/estimates.json` under its output directory ([`Estimates`]). The
//! shim benchmarks load the shim and the library it forwards to into one process and run each call through both
//! ([`SideBySide`]).

mod estimates;
mod side_by_side;

pub use estimates::{Estimates, Statistic};
pub use side_by_side::{lib_dir, load, sym, SideBySide};
