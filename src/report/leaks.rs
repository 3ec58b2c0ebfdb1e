//! The leak report: every object still live, with its kind, handle and creating thread, grouped by creation site
//! (like LeakSanitizer), so the one line that forgets to destroy is named once however many objects it leaked.

use crate::shim::Shim;
use crate::state::LiveObject;

/// Live objects grouped by (kind, creation site), largest group first.
#[derive(Clone, Debug, serde::Serialize)]
pub struct LeakGroup {
    pub kind: &'static str,
    pub count: usize,
    pub handles: Vec<String>,
    pub thread: String,
    pub site: String,
    /// Bytes the group's objects hold (memory blocks).
    pub bytes: u64,
}

/// Groups `objects` by kind and symbolised creation site.
pub fn group(objects: Vec<LiveObject>) -> Vec<LeakGroup> {
    let mut groups: Vec<LeakGroup> = Vec::new();
    for o in objects {
        let site = o.origin.site();
        match groups.iter_mut().find(|g| g.kind == o.kind && g.site == site) {
            Some(g) => {
                g.count += 1;
                g.bytes += o.bytes;
                g.handles.push(o.handle);
            }
            None => groups.push(LeakGroup {
                kind: o.kind,
                count: 1,
                handles: vec![o.handle],
                thread: o.origin.thread(),
                site,
                bytes: o.bytes,
            }),
        }
    }
    groups.sort_by(|a, b| b.count.cmp(&a.count).then(a.kind.cmp(b.kind)));
    groups
}

/// Logs the leak report (`when`: "at exit" or "on request"); returns how many objects are live.
pub fn log_report(shim: &Shim, when: &str) -> usize {
    let groups = group(shim.state.live_objects());
    let total: usize = groups.iter().map(|g| g.count).sum();
    if total == 0 {
        log::info!(target: "aclvenc_shim::leaks", "no live objects {when}");
        return 0;
    }
    let mut text = format!("{total} objects live {when}, from {} creation sites:", groups.len());
    for g in &groups {
        let shown: Vec<&str> = g.handles.iter().take(4).map(String::as_str).collect();
        let more = if g.handles.len() > 4 { format!(", +{} more", g.handles.len() - 4) } else { String::new() };
        let bytes = if g.bytes > 0 { format!(", {} bytes in all", g.bytes) } else { String::new() };
        text.push_str(&format!(
            "\n  {} x {} ({}{more}{bytes}), created on thread {}\n      at {}",
            g.count,
            g.kind,
            shown.join(", "),
            g.thread,
            g.site
        ));
    }
    text.push_str("\n  Destroy each object (and release each stream) before exit; run with ACLVENC_SHIM_LEAK_EXITCODE=N to fail the run on leaks.");
    log::error!(target: "aclvenc_shim::leaks", "{text}");
    total
}
