//! Live progress while the application runs, like `ffmpeg`'s status line: one stderr line, rewritten in place at
//! most twice a second, with the elapsed time, frames sent and outputs received per channel, and the findings so
//! far, read from the shim's periodic report snapshot. Only when stderr is a terminal: a CI log or a pipe never
//! gets it. The line is cleared before the summary.

use std::io::{IsTerminal as _, Write as _};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use aclvenc_interface::path::expand_pid;
use aclvenc_interface::report::Report;

/// How often the line is rewritten, at most.
pub const INTERVAL: Duration = Duration::from_millis(500);

/// The marker every progress line starts with (after the carriage return).
pub const MARK: &str = "[aclvenc-check ";

/// The status line for `report` after `elapsed`: `[aclvenc-check 12.5s] v1 0x55..: 120 sent/118 out | findings 3`.
pub fn line(elapsed: Duration, report: Option<&Report>) -> String {
    let mut s = format!("{MARK}{:.1}s]", elapsed.as_secs_f64());
    let Some(r) = report else {
        s.push_str(" starting");
        return s;
    };
    for c in r.channels.iter().take(3) {
        s.push_str(&format!(" {} {}: {} sent/{} out", c.api, c.id, c.frames_sent, c.outputs));
    }
    if r.channels.len() > 3 {
        s.push_str(&format!(" +{} channels", r.channels.len() - 3));
    }
    s.push_str(&format!(" | findings {}", r.finding_count()));
    s
}

/// The progress printer of one run; [`Progress::stop`] clears its line.
pub struct Progress {
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Progress {
    /// Starts printing when stderr is a terminal (else does nothing). `pid` is set once the application runs;
    /// `template` is the report path (`%p` becomes that pid).
    pub fn start(template: PathBuf, pid: Arc<AtomicU32>) -> Progress {
        let stop = Arc::new(AtomicBool::new(false));
        if !std::io::stderr().is_terminal() {
            return Progress { stop, thread: None };
        }
        let flag = stop.clone();
        let thread = std::thread::Builder::new()
            .name("aclvenc-check-progress".into())
            .spawn(move || {
                let started = Instant::now();
                while !flag.load(Ordering::Relaxed) {
                    std::thread::sleep(INTERVAL);
                    if flag.load(Ordering::Relaxed) {
                        break;
                    }
                    let path = expand_pid(&template, pid.load(Ordering::Relaxed));
                    let report = std::fs::read_to_string(path).ok().and_then(|t| Report::from_json(&t).ok());
                    let text = line(started.elapsed(), report.as_ref());
                    let _ = write!(std::io::stderr().lock(), "\r\x1b[2K{text}");
                }
            })
            .ok();
        Progress { stop, thread }
    }

    /// Stops the printer and clears its line.
    pub fn stop(mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
            let _ = write!(std::io::stderr().lock(), "\r\x1b[2K");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aclvenc_interface::report::Channel;

    #[test]
    fn the_line_has_time_channels_and_findings() {
        assert_eq!(line(Duration::from_millis(1500), None), "[aclvenc-check 1.5s] starting");
        let ch =
            |id: &str| Channel { api: "v2".into(), id: id.into(), frames_sent: 9, outputs: 8, ..Channel::default() };
        let r = Report { channels: vec![ch("chn 0"), ch("chn 1"), ch("chn 2"), ch("chn 3")], ..Report::default() };
        let l = line(Duration::from_secs(3), Some(&r));
        assert!(l.starts_with("[aclvenc-check 3.0s] v2 chn 0: 9 sent/8 out"), "{l}");
        assert!(l.ends_with(" +1 channels | findings 0"), "{l}");
    }
}
