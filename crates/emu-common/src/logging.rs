//! A small stderr logger for the emulated libraries (each cdylib has its own copy of the `log` crate, so each
//! calls [`init`] once). Level from `ACLVENC_EMU_LOG` (default `warn`).

use std::io::Write;
use std::sync::Once;

struct StderrLogger {
    lib: &'static str,
}

impl log::Log for StderrLogger {
    fn enabled(&self, metadata: &log::Metadata<'_>) -> bool {
        metadata.level() <= log::max_level()
    }

    fn log(&self, record: &log::Record<'_>) {
        if self.enabled(record.metadata()) {
            // One write per line so lines from several threads do not interleave.
            let line = format!("[{} {}] {}\n", self.lib, record.level(), record.args());
            let _ = std::io::stderr().write_all(line.as_bytes());
        }
    }

    fn flush(&self) {}
}

/// Install the logger (idempotent) and print the settings banner at `info` level.
pub fn init(lib: &'static str) {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let settings = crate::settings::get();
        let level = match settings.log_level.trim().to_ascii_lowercase().as_str() {
            "off" | "0" => log::LevelFilter::Off,
            "error" => log::LevelFilter::Error,
            "info" => log::LevelFilter::Info,
            "debug" => log::LevelFilter::Debug,
            "trace" => log::LevelFilter::Trace,
            _ => log::LevelFilter::Warn,
        };
        let logger: &'static StderrLogger = Box::leak(Box::new(StderrLogger { lib }));
        if log::set_logger(logger).is_ok() {
            log::set_max_level(level);
        }
        log::info!("emulated driver: {}", settings.banner());
    });
}
