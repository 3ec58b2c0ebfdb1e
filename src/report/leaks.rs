//! The leak report: every object still live, with its kind, handle and creating thread, grouped by creation site
//! (like LeakSanitizer), so the one line that forgets to destroy is named once however many objects it leaked.

use crate::output::LEAKS_TARGET;
use crate::shim::Shim;
use crate::state::LiveObject;
use aclvenc_interface::report::Frame;

/// Live objects grouped by (kind, creation site), largest group first.
#[derive(Clone, Debug)]
pub struct LeakGroup {
    pub kind: &'static str,
    pub count: usize,
    pub handles: Vec<String>,
    pub thread: String,
    pub tid: u32,
    pub site: String,
    /// The application frames of the creating call.
    pub stack: Vec<Frame>,
    /// Bytes the group's objects hold (memory blocks).
    pub bytes: u64,
}

/// The leak groups that count, and how many leaked objects each suppression kept out (in suppression order).
pub struct Leaks {
    pub groups: Vec<LeakGroup>,
    pub suppressed: Vec<u64>,
}

/// Groups `objects` by kind and symbolised creation site, leaving out (and counting) those a `leak:` suppression
/// matches.
pub fn group(objects: Vec<LiveObject>) -> Leaks {
    let suppressions = &crate::report::policy().suppressions;
    let mut suppressed = vec![0u64; suppressions.len()];
    let mut groups: Vec<LeakGroup> = Vec::new();
    for o in objects {
        let site = o.origin.site();
        let stack = o.origin.frames();
        if let Some(i) = suppressions.iter().position(|s| s.matches_leak(o.kind, &stack)) {
            suppressed[i] += 1;
            continue;
        }
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
                tid: o.origin.thread_name().tid,
                site,
                stack,
                bytes: o.bytes,
            }),
        }
    }
    groups.sort_by(|a, b| b.count.cmp(&a.count).then(a.kind.cmp(b.kind)));
    Leaks { groups, suppressed }
}

/// How many objects are live now (suppressed leaks left out).
pub fn live_count(shim: &Shim) -> usize {
    group(shim.state.live_objects()).groups.iter().map(|g| g.count).sum()
}

/// Logs the leak report (`when`: "at exit" or "on request"); returns how many objects are live (suppressed leaks
/// left out).
pub fn log_report(shim: &Shim, when: &str) -> usize {
    let Leaks { groups, suppressed } = group(shim.state.live_objects());
    let total: usize = groups.iter().map(|g| g.count).sum();
    let hidden: u64 = suppressed.iter().sum();
    let hidden = if hidden > 0 { format!(" ({hidden} more suppressed)") } else { String::new() };
    if total == 0 {
        log::info!(target: LEAKS_TARGET, "no live objects {when}{hidden}");
        return 0;
    }
    let mut text = format!("{total} objects live {when}, from {} creation sites{hidden}:", groups.len());
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
    log::error!(target: LEAKS_TARGET, "{text}");
    total
}
