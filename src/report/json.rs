//! The machine-readable report (`ACLVENC_SHIM_REPORT`, `aclvencShimWriteReport`); format in
//! `docs/shim-interface.md`.

use crate::chassis::Shim;
use serde_json::json;
use std::path::Path;

/// The whole report as JSON.
pub fn build(shim: &Shim) -> serde_json::Value {
    let calls: serde_json::Map<String, serde_json::Value> =
        shim.stats.snapshot().into_iter().map(|(n, c)| (n.to_string(), json!(c))).collect();
    json!({
        "shim_version": env!("CARGO_PKG_VERSION"),
        "mode": shim.settings.mode,
        "soc": shim.soc.name(),
        "driver": { "v1": shim.driver.v1_source.describe(), "v2": shim.driver.v2_source.describe() },
        "calls": calls,
        "findings": super::findings(),
        "leaks": super::leaks::group(shim.state.live_objects()),
        "channels": shim.state.channel_summaries(),
    })
}

/// Serialises report writers; `true` once the final (at-exit) report is written, after which snapshots stop, so
/// a snapshot taken before the application's last destroy can never replace the final report.
static WRITING: parking_lot::Mutex<bool> = parking_lot::Mutex::new(false);

fn write_locked(shim: &Shim, path: &Path) -> std::io::Result<()> {
    let text = serde_json::to_string_pretty(&build(shim))?;
    let tmp = path.with_extension("tmp");
    std::fs::write(&tmp, text + "\n")?;
    std::fs::rename(tmp, path)
}

/// Writes the report to `path` now (through a temporary file, so readers never see half a report).
pub fn write(shim: &Shim, path: &Path) -> std::io::Result<()> {
    let _one = WRITING.lock();
    write_locked(shim, path)
}

/// Writes the final report at exit; no snapshot is written after it.
pub fn write_final(shim: &Shim, path: &Path) -> std::io::Result<()> {
    let mut done = WRITING.lock();
    *done = true;
    write_locked(shim, path)
}

/// A periodic snapshot, unless the final report is already written.
fn write_snapshot(shim: &Shim, path: &Path) {
    let done = WRITING.lock();
    if !*done {
        let _ = write_locked(shim, path);
    }
}

/// Rewrites the report every `interval_ms` on a background thread (no I/O on the application's threads).
pub fn start_snapshots(path: std::path::PathBuf, interval_ms: u64) {
    if interval_ms == 0 {
        return;
    }
    let _ = std::thread::Builder::new().name("aclvenc-shim-report".into()).spawn(move || {
        // The shim finishes initialising right after this thread starts; write the first snapshot then.
        let shim = loop {
            match Shim::try_get() {
                Some(shim) => break shim,
                None => std::thread::sleep(std::time::Duration::from_millis(5)),
            }
        };
        loop {
            write_snapshot(shim, &path);
            std::thread::sleep(std::time::Duration::from_millis(interval_ms));
        }
    });
}
