//! Per-channel stream figures (issue 11): send-to-output latency (an HDR histogram, 1 µs to 1 h at 2 significant
//! digits), output rate and bit rate per second against the asked rate, and stalls (a gap with frames in flight and
//! no output longer than `ACLVENC_SHIM_STALL_FRAMES` frame intervals). A [`Meter`] lives in its channel's state;
//! recording a send or an output allocates nothing (the per-second list grows once a second at most).

use crate::config::Settings;
use aclvenc_interface::report::{Bucket, Figures, Latency, RateTarget, Second, KEPT_SECONDS};
use hdrhistogram::Histogram;

/// The clock of the figures, shared with the timeline: ns since the shim started, monotonic.
pub use crate::trace::now_ns;

/// A new channel's track number: one per channel created in the process (a reused V2 id or V1 desc gets a new
/// one), naming it to the timeline and the stream analysis.
pub fn next_track() -> u32 {
    static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// A meter for a channel being created, when `ACLVENC_SHIM_FIGURES` is on.
pub fn meter_for(settings: &Settings, target: Option<RateTarget>) -> Option<Box<Meter>> {
    let stall_frames = settings.stall_frames;
    #[cfg(test)]
    let stall_frames = if crate::testing::stalls_looked_for() { stall_frames } else { 0 };
    settings.figures.then(|| Box::new(Meter::new(stall_frames, target)))
}

/// The shortest gap that counts as a stall, whatever the frame interval, in ns: a burst of sends a few µs apart
/// must not make every normal encode time a stall.
pub const STALL_FLOOR_NS: u64 = 100_000_000;

const NS_PER_US: u64 = 1_000;
const NS_PER_MS: f64 = 1e6;
const NS_PER_S: u64 = 1_000_000_000;

/// One second's output, as it accumulates.
#[derive(Clone, Copy, Default)]
struct SecondSum {
    outputs: u32,
    bytes: u64,
    /// Outputs whose send was seen, and their latency.
    latencies: u32,
    latency_sum_us: u64,
    latency_max_us: u64,
}

/// A stall found when an output arrived: the gap and the threshold it passed, in ns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stall {
    pub gap_ns: u64,
    pub threshold_ns: u64,
}

/// One channel's figures as they accumulate; times are [`now_ns`] values.
#[derive(Clone)]
pub struct Meter {
    /// Send-to-output latency, in µs.
    latency: Histogram<u64>,
    first_send_ns: Option<u64>,
    last_send_ns: u64,
    sends: u64,
    first_output_ns: Option<u64>,
    last_output_ns: Option<u64>,
    outputs: u64,
    bytes: u64,
    failed: u64,
    dropped: u64,
    seconds: Vec<SecondSum>,
    stalls: u64,
    longest_gap_ns: u64,
    /// `ACLVENC_SHIM_STALL_FRAMES` (0: stalls are not looked for).
    stall_frames: u32,
    /// The last second whose bit rate [`Meter::second_closed`] returned.
    closed_second: usize,
    /// The encoder reorders pictures (B pictures): it holds a picture until the next ones arrive, so a gap counts
    /// only from the first send after the last output (before it, the application paused, not the encoder).
    reorders: bool,
    /// The first send after the last output.
    fed_since_output: Option<u64>,
    /// The rate control asked for, when known.
    pub target: Option<RateTarget>,
}

impl std::fmt::Debug for Meter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Meter").field("outputs", &self.outputs).field("bytes", &self.bytes).finish_non_exhaustive()
    }
}

impl Meter {
    /// A meter for a channel just created; `stall_frames` is `ACLVENC_SHIM_STALL_FRAMES`.
    pub fn new(stall_frames: u32, target: Option<RateTarget>) -> Meter {
        // 1 µs .. 1 h at 2 significant digits: about 26 KiB of counts, allocated once here.
        let latency = Histogram::new_with_bounds(1, 3_600_000_000, 2).unwrap_or_else(|_| Histogram::new(2).unwrap());
        Meter {
            latency,
            first_send_ns: None,
            last_send_ns: 0,
            sends: 0,
            first_output_ns: None,
            last_output_ns: None,
            outputs: 0,
            bytes: 0,
            failed: 0,
            dropped: 0,
            seconds: Vec::new(),
            stalls: 0,
            longest_gap_ns: 0,
            stall_frames,
            closed_second: 0,
            reorders: false,
            fed_since_output: None,
            target,
        }
    }

    /// Whether the encoder reorders pictures (V2 `HI_VENC_GOP_MODE_BIPRED_B`).
    pub fn set_reordering(&mut self, reorders: bool) {
        self.reorders = reorders;
    }

    /// A picture is handed to the driver at `now`.
    pub fn sent(&mut self, now: u64) {
        self.first_send_ns.get_or_insert(now);
        self.fed_since_output.get_or_insert(now);
        self.last_send_ns = now;
        self.sends += 1;
    }

    /// The driver refused a send.
    pub fn refused(&mut self) {
        self.failed += 1;
    }

    /// The time between pictures, in ns: the longest of the asked frame rate's interval, the mean interval of the
    /// sends so far (an application that feeds as fast as the encoder takes pictures sets its own pace) and the
    /// mean interval of the outputs so far (an encoder slower than real time, such as a software one on a loaded
    /// machine, sets its own); `None` with none of them.
    fn frame_interval_ns(&self) -> Option<u64> {
        let asked = self.target.as_ref().and_then(|t| t.fps).filter(|f| *f > 0).map(|fps| NS_PER_S / u64::from(fps));
        let mean = |first: Option<u64>, last: u64, n: u64| first.filter(|_| n > 1).map(|f| (last - f) / (n - 1));
        let fed = mean(self.first_send_ns, self.last_send_ns, self.sends);
        let produced = mean(self.first_output_ns, self.last_output_ns.unwrap_or(0), self.outputs);
        asked.max(fed).max(produced)
    }

    /// The gap above which no output with frames in flight is a stall, in ns (`None`: not looked for).
    pub fn stall_threshold_ns(&self) -> Option<u64> {
        if self.stall_frames == 0 {
            return None;
        }
        let interval = self.frame_interval_ns()?;
        Some(interval.saturating_mul(u64::from(self.stall_frames)).max(STALL_FLOOR_NS))
    }

    /// A gap from `since` to `now` with frames in flight and no output: counted when it is the longest, and
    /// returned when it is a stall.
    pub fn gap(&mut self, since: u64, now: u64) -> Option<Stall> {
        let gap_ns = now.saturating_sub(since);
        self.longest_gap_ns = self.longest_gap_ns.max(gap_ns);
        let threshold_ns = self.stall_threshold_ns()?;
        (gap_ns > threshold_ns).then(|| {
            self.stalls += 1;
            Stall { gap_ns, threshold_ns }
        })
    }

    /// An output of `bytes` bytes for the picture sent at `sent` ([`now_ns`]) came out now (`failed`: it failed to
    /// encode): when ([`now_ns`]), the stall it ended ([`Meter::output`]) and, when it opens a new second, the last
    /// second's kbit/s ([`Meter::second_closed`]).
    pub fn came_out(&mut self, sent: Option<u64>, bytes: u64, failed: bool) -> (u64, Option<Stall>, Option<f64>) {
        let now = now_ns();
        (now, self.output(now, sent, bytes, failed), self.second_closed(now))
    }

    /// An output of `bytes` bytes arrived at `now` for a picture sent at `sent` (`None`: its send was not
    /// seen); `failed`: the encoder said the picture failed. Returns a stall when the gap before it was one.
    pub fn output(&mut self, now: u64, sent: Option<u64>, bytes: u64, failed: bool) -> Option<Stall> {
        // The wait for the first output is the encoder filling its pipeline (lookahead, reordering): latency, not a
        // stall; and until two outputs came, the encoder's own pace is not known (a software encoder on a loaded
        // machine may be far slower than the asked frame rate), so a gap counts but is not judged.
        let mut since = self.last_output_ns.map(|last| sent.map_or(last, |s| last.max(s)));
        if self.reorders {
            // A reordering encoder waits for the next pictures: the gap starts when one came.
            since = since.map(|s| s.max(self.fed_since_output.unwrap_or(now)));
        }
        self.fed_since_output = None;
        let stall = match since {
            Some(since) if self.outputs >= 2 => self.gap(since, now),
            Some(since) => {
                self.longest_gap_ns = self.longest_gap_ns.max(now.saturating_sub(since));
                None
            }
            None => None,
        };
        self.first_output_ns.get_or_insert(now);
        self.last_output_ns = Some(now);
        self.outputs += 1;
        self.bytes += bytes;
        if failed {
            self.dropped += 1;
        }
        let latency_us = sent.map(|s| now.saturating_sub(s) / NS_PER_US);
        if let Some(us) = latency_us {
            self.latency.saturating_record(us.max(1));
        }
        let first = *self.first_send_ns.get_or_insert(now);
        let second = usize::try_from(now.saturating_sub(first) / NS_PER_S).unwrap_or(usize::MAX);
        if second < KEPT_SECONDS {
            if self.seconds.len() <= second {
                self.seconds.resize(second + 1, SecondSum::default());
            }
            let s = &mut self.seconds[second];
            s.outputs += 1;
            s.bytes += bytes;
            if let Some(us) = latency_us {
                s.latencies += 1;
                s.latency_sum_us += us;
                s.latency_max_us = s.latency_max_us.max(us);
            }
        }
        stall
    }

    /// The bit rate of the second before the one `now` is in, in kbit/s, once per second (for the timeline's
    /// counter track): `None` until a new second starts.
    pub fn second_closed(&mut self, now: u64) -> Option<f64> {
        let first = self.first_send_ns?;
        let second = usize::try_from(now.saturating_sub(first) / NS_PER_S).ok()?;
        if second <= self.closed_second || second > KEPT_SECONDS {
            return None;
        }
        self.closed_second = second;
        let s = self.seconds.get(second - 1).copied().unwrap_or_default();
        Some(s.bytes as f64 * 8.0 / 1000.0)
    }

    /// The bit rate since the last value [`Meter::second_closed`] returned (or the first send), in kbit/s, at
    /// `now`: the timeline's last bit-rate value when the channel ends (`None` before any send).
    pub fn closing_kbps(&self, now: u64) -> Option<f64> {
        if self.closed_second >= KEPT_SECONDS {
            return None;
        }
        let since = self.first_send_ns? + self.closed_second as u64 * NS_PER_S;
        let bytes: u64 = self.seconds.iter().skip(self.closed_second).map(|s| s.bytes).sum();
        let s = now.saturating_sub(since).max(1_000_000) as f64 / NS_PER_S as f64;
        Some(bytes as f64 * 8.0 / 1000.0 / s)
    }

    /// The figures so far; `pending` pictures were sent and had no output yet.
    pub fn figures(&self, pending: u64) -> Figures {
        let ms = |us: u64| us as f64 / 1000.0;
        let h = &self.latency;
        let latency = (!h.is_empty()).then(|| Latency {
            count: h.len(),
            mean_ms: h.mean() / 1000.0,
            p50_ms: ms(h.value_at_quantile(0.50)),
            p95_ms: ms(h.value_at_quantile(0.95)),
            p99_ms: ms(h.value_at_quantile(0.99)),
            max_ms: ms(h.max()),
        });
        let latency_histogram = if h.is_empty() {
            Vec::new()
        } else {
            // Buckets doubling from 0.25 ms; empty ones left out.
            h.iter_log(250, 2.0)
                .filter(|v| v.count_since_last_iteration() > 0)
                .map(|v| Bucket { le_ms: ms(v.value_iterated_to()), count: v.count_since_last_iteration() })
                .collect()
        };
        let duration_ns = match (self.first_send_ns, self.last_output_ns) {
            (Some(first), Some(last)) => last.saturating_sub(first),
            _ => 0,
        };
        let duration_s = duration_ns as f64 / NS_PER_S as f64;
        let per_s = |x: f64| if duration_ns == 0 { 0.0 } else { x / duration_s };
        let seconds = self
            .seconds
            .iter()
            .map(|s| Second {
                outputs: s.outputs,
                kbits: s.bytes as f64 * 8.0 / 1000.0,
                latency_mean_ms: if s.latencies == 0 { 0.0 } else { ms(s.latency_sum_us) / f64::from(s.latencies) },
                latency_max_ms: ms(s.latency_max_us),
            })
            .collect();
        Figures {
            failed: self.failed,
            dropped: self.dropped,
            pending,
            latency,
            latency_histogram,
            duration_s,
            output_fps: per_s(self.outputs as f64),
            kbps: per_s(self.bytes as f64 * 8.0 / 1000.0),
            stream_kbps: self
                .target
                .as_ref()
                .and_then(|t| t.fps)
                .filter(|_| self.outputs > 0)
                .map(|fps| self.bytes as f64 * 8.0 / 1000.0 / self.outputs as f64 * f64::from(fps)),
            target: self.target.clone(),
            seconds,
            stalls: self.stalls,
            longest_gap_ms: self.longest_gap_ns as f64 / NS_PER_MS,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MS: u64 = 1_000_000;

    /// 25 frames at 40 ms, each out 10 ms after its send, 1000 bytes each: 25 fps, 200 kbit/s, p50 10 ms.
    #[test]
    fn steady_channel_figures() {
        let mut m = Meter::new(30, Some(RateTarget { mode: "CBR".into(), kbps: Some(200), fps: Some(25) }));
        for i in 0..50u64 {
            let t = i * 40 * MS;
            m.sent(t);
            assert_eq!(m.output(t + 10 * MS, Some(t), 1000, false), None);
        }
        let f = m.figures(0);
        let l = f.latency.unwrap();
        assert_eq!(l.count, 50);
        assert!((l.p50_ms - 10.0).abs() < 0.1 && (l.max_ms - 10.0).abs() < 0.1, "{l:?}");
        // 50 outputs from the first send (0 ms) to the last output (1970 ms).
        assert!((f.duration_s - 1.97).abs() < 1e-9, "{}", f.duration_s);
        assert!((f.output_fps - 50.0 / 1.97).abs() < 1e-9, "{}", f.output_fps);
        assert!((f.kbps - 50.0 * 8.0 / 1.97).abs() < 1e-9, "{}", f.kbps);
        // 8 kbit per output at 25 frames/s.
        assert!((f.stream_kbps.unwrap() - 200.0).abs() < 1e-9);
        assert_eq!(f.seconds.len(), 2);
        assert_eq!(f.seconds[0].outputs, 25);
        assert!((f.seconds[0].kbits - 200.0).abs() < 1e-9);
        assert_eq!(f.latency_histogram.iter().map(|b| b.count).sum::<u64>(), 50);
        assert_eq!((f.stalls, f.failed, f.dropped), (0, 0, 0));
        // Each picture is in flight 10 ms with no output before its own.
        assert!((f.longest_gap_ms - 10.0).abs() < 0.1, "{}", f.longest_gap_ms);
    }

    /// A gap of 2 s at 25 fps passes 30 frame intervals (1.2 s): one stall.
    #[test]
    fn a_gap_longer_than_the_stall_frames_is_a_stall() {
        let mut m = Meter::new(30, Some(RateTarget { mode: "VBR".into(), kbps: None, fps: Some(25) }));
        m.sent(0);
        m.sent(40 * MS);
        m.sent(80 * MS);
        // The first output comes late: the encoder filling its pipeline, not a stall; the second sets a pace.
        assert_eq!(m.output(3000 * MS, Some(0), 10, false), None);
        assert_eq!(m.output(3040 * MS, Some(40 * MS), 10, false), None);
        let s = m.output(5040 * MS, Some(80 * MS), 10, false).unwrap();
        assert_eq!(s, Stall { gap_ns: 2000 * MS, threshold_ns: 1200 * MS });
        // Now the outputs come 1.02 s apart on average and the sends 1.69 s apart: the slower pace sets it.
        m.sent(5080 * MS);
        assert_eq!(m.stall_threshold_ns(), Some(30 * (5080 * MS / 3)));
        assert_eq!(m.figures(0).stalls, 1);
        // The interval is the longer of the asked one and the mean between sends (here 1 s: threshold 30 s).
        let mut m = Meter::new(30, None);
        m.sent(0);
        m.sent(1000 * MS);
        assert_eq!(m.stall_threshold_ns(), Some(30_000 * MS));
        assert_eq!(Meter::new(0, None).stall_threshold_ns(), None);
    }

    /// A reordering encoder holds a picture until the next one: a gap in which nothing was sent is the
    /// application's pause; with a send in it, it is a stall.
    #[test]
    fn a_reordering_encoder_waits_for_pictures_without_stalling() {
        let run = |reorders: bool| {
            let mut m = Meter::new(30, Some(RateTarget { mode: "CBR".into(), kbps: None, fps: Some(25) }));
            m.set_reordering(reorders);
            for i in 0..100u64 {
                m.sent(i * 40 * MS);
                m.output(i * 40 * MS + 45 * MS, Some(i * 40 * MS), 10, false);
            }
            // The source pauses 2.5 s (the pace is now about 65 ms: threshold about 2 s); the held picture comes
            // out after the next send.
            let t = 99 * 40 * MS;
            m.sent(t + 2500 * MS);
            let paused = m.output(t + 2510 * MS, Some(t), 10, false);
            // Sends go on every 40 ms and no output comes for 3 s.
            let t = t + 2510 * MS;
            for i in 1..=75u64 {
                m.sent(t + i * 40 * MS);
            }
            let stalled = m.output(t + 3000 * MS, Some(t + 40 * MS), 10, false);
            (paused.is_some(), stalled.is_some())
        };
        assert_eq!(run(true), (false, true));
        assert_eq!(run(false), (true, true), "without reordering the pause is a stall too");
    }

    /// Recording sends and outputs allocates nothing once the second's entry exists.
    #[test]
    fn recording_allocates_nothing() {
        let mut m = Meter::new(30, None);
        m.sent(0);
        m.output(MS, Some(0), 1, false);
        let n = crate::testing::allocations_in(|| {
            for i in 1..1000u64 {
                m.sent(i * 100_000);
                m.output(i * 100_000 + MS, Some(i * 100_000), 100, i % 7 == 0);
            }
        });
        assert_eq!(n, 0);
    }
}
