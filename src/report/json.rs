//! The machine-readable report (`ACLVENC_SHIM_REPORT`, `aclvencShimWriteReport`), written with the serde types
//! of `aclvenc-interface` that `aclvenc-check` reads it with; format in `docs/shim-interface.md`.

use crate::shim::Shim;
use aclvenc_interface::driver::Library;
use aclvenc_interface::report::{
    Channel, Drivers, Finding, Leak, Report, SettingEntry, SuppressionUse, SCHEMA_VERSION,
};
use std::path::Path;

/// The whole report, in the types `aclvenc-check` reads it with.
pub fn build(shim: &Shim) -> Report {
    let leaks = super::leaks::group(shim.state.live_objects());
    let policy = super::policy();
    let suppressions = policy
        .suppressions
        .iter()
        .zip(policy.used())
        .zip(&leaks.suppressed)
        .map(|((s, findings), leaks)| SuppressionUse {
            entry: s.text.clone(),
            place: s.place(),
            findings,
            leaks: *leaks,
        })
        .collect();
    Report {
        schema_version: SCHEMA_VERSION,
        shim_version: env!("CARGO_PKG_VERSION").into(),
        pid: std::process::id(),
        mode: shim.settings.mode,
        soc: shim.soc.name().into(),
        settings: shim.settings.readings.iter().map(SettingEntry::from).collect(),
        driver: Drivers {
            v1: shim.driver.source(Library::V1).describe(),
            v2: shim.driver.source(Library::V2).describe(),
            runtime: shim.driver.source(Library::Runtime).describe(),
        },
        calls: shim.stats.snapshot().into_iter().map(|(name, n)| (name.to_string(), n)).collect(),
        findings: super::findings()
            .into_iter()
            .map(|f| Finding {
                rule: f.rule.into(),
                severity: f.severity,
                function: f.function.into(),
                site: f.site(),
                message: f.message,
                count: f.count,
                shown: f.shown,
                thread: f.thread,
                tid: f.tid,
                stack: f.stack,
            })
            .collect(),
        leaks: leaks
            .groups
            .into_iter()
            .map(|g| Leak {
                kind: g.kind.into(),
                count: g.count as u64,
                handles: g.handles,
                thread: g.thread,
                tid: g.tid,
                site: g.site,
                stack: g.stack,
                bytes: g.bytes,
            })
            .collect(),
        channels: shim
            .state
            .channel_summaries()
            .into_iter()
            .map(|c| Channel {
                api: c.api.into(),
                id: c.id,
                codec: c.codec,
                frames_sent: c.frames_sent,
                outputs: c.outputs,
                bytes: c.bytes,
                channels: c.channels,
                figures: c.figures,
            })
            .collect(),
        suppressions,
        filtered: super::filtered_count(),
    }
}

/// Serialises report writers; `true` once the final (at-exit) report is written, after which snapshots stop, so
/// a snapshot taken before the application's last destroy can never replace the final report.
static WRITING: parking_lot::Mutex<bool> = parking_lot::Mutex::new(false);

fn write_locked(shim: &Shim, path: &Path) -> std::io::Result<()> {
    let text = serde_json::to_string_pretty(&build(shim))?;
    super::file::write_atomically(path, (text + "\n").as_bytes())
}

/// For the fork handlers: the lock held while a report is written.
pub fn fork_lock() -> &'static impl crate::process::ForkLock {
    &WRITING
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

/// Rewrites the report at `path` every `interval_ms` on a background thread (no I/O on the application's threads).
/// A forked child, which has no such thread, starts its own (with its own path) at its first intercepted call.
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
