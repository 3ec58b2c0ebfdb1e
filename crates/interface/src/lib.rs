//! The contract between the shim (`aclvenc-shim`) and `aclvenc-check`, written once and used by both:
//!
//! - [`settings`]: every `ACLVENC_SHIM_*` setting (variable, `aclvenc-check` flag, value type, default, help), and
//!   how a value is read and shown;
//! - [`Mode`], [`Severity`]: the enums both sides name;
//! - [`rules`]: every validation rule (stable ID, severity, vendor return code, summary);
//! - [`report`]: the JSON report the shim writes and `aclvenc-check` reads, as serde types with a schema version;
//! - [`driver`]: where the real driver libraries are searched for, in order;
//! - [`path`]: `%p` (the process id) in the output path settings;
//! - [`filter`]: the rule filter and suppressions files (which findings and leaks are reported);
//! - [`sarif`], [`junit`]: the report as a SARIF 2.1.0 log and as JUnit XML, for CI;
//! - [`docs`]: the markdown made from these tables (`docs/settings.md`, `docs/rules.md`, the README's table).
//!
//! No C exports: this is a plain Rust library linked into both the shim and the checker.

#![deny(missing_docs)]

pub mod docs;
pub mod driver;
pub mod enums;
pub mod filter;
pub mod junit;
pub mod path;
pub mod report;
pub mod rules;
pub mod sarif;
pub mod settings;

pub use enums::{Mode, Severity};
