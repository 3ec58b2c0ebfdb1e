//! The emulated libraries' logger: the `log`/`env_logger` pair the shim uses, writing to stderr. Each cdylib has its
//! own copy of the `log` crate, so each starts its logger once, at its first export call ([`crate::export::run`]).
//!
//! Filter: `ACLVENC_EMU_LOG` in `RUST_LOG` syntax (default `warn`): a level (`off`, `error`, `warn`, `info`,
//! `debug`, `trace`; `0` also means `off`) or per-module directives such as `warn,acl_dvpp_mpi::venc=debug`. Lines
//! read `[aclvenc-emu LEVEL module] message`; the module path names the library (`ascendcl::…`, `acl_dvpp::…`,
//! `acl_dvpp_mpi::…`, or `aclvenc_emu_common::…` for the shared core).

use std::io::Write;
use std::sync::Once;

/// Starts the logger (idempotent) and prints the settings banner at `info` level.
pub fn init() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let settings = crate::settings::get();
        let filter = match settings.log_level.trim() {
            "0" => "off",
            "" => "warn",
            f => f,
        };
        let mut b = env_logger::Builder::new();
        b.parse_filters(filter);
        b.format(|buf, record| writeln!(buf, "[aclvenc-emu {} {}] {}", record.level(), record.target(), record.args()));
        b.target(env_logger::Target::Stderr);
        if b.try_init().is_ok() {
            log::info!("emulated driver: {}", settings.banner());
        }
    });
}
