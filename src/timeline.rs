//! The encoder channels' timeline, for ui.perfetto.dev: per channel one track with each frame's span from its send
//! to its output, counter tracks of the frames in flight and the bit rate, and the findings as instant events.
//! Written to `ACLVENC_SHIM_TIMELINE` (the timeline alone, cheap enough to leave on) and to
//! `ACLVENC_SHIM_TRACE_FILE` (beside the calls), by the trace writer threads ([`crate::trace`]).
//!
//! The caller's thread only queues a small record ([`Record`]; the per-frame ones are plain values, nothing is
//! allocated); the writer thread names the channel and formats the JSON. Every function here is one relaxed atomic
//! load when neither file is written.
//!
//! # The encoding (Chrome's Trace Event Format, JSON Array Format; see docs/shim-interface.md)
//! Frame spans overlap on a channel (several frames are in flight), which a thread track cannot show: its slices
//! must nest, and `X` or `B`/`E` events that overlap without nesting are dropped or mis-stacked. So a frame is a
//! nestable async event, `b` at its send and `e` at its output, in category `frame`, with an id of its own
//! (`<track>.<generation>.<frame>`) and the channel's name as the event name. Perfetto makes an async track per id
//! and shows every async track of a process with the same name as ONE track, stacking the slices that overlap
//! (its `AsyncSlices` plugin groups them by name); chrome://tracing groups async events by name too. The channel's
//! creation (`n`, category `channel`) and its findings (`n`, category `finding`) go on the same track the same way.
//! Counters are `C` events named `<channel> in flight` (arg `frames`) and `<channel> bit rate` (arg `kbit/s`), which
//! Perfetto shows as the tracks `<channel> in flight frames` and `<channel> bit rate kbit/s`. A finding of no
//! channel is a global instant (`i`, `"s": "g"`) named by its rule ID. Times are µs since the shim started
//! ([`now_ns`]), with ns as decimals.

use crate::trace;
use std::collections::HashMap;

pub use crate::trace::now_ns;

/// One timeline event as the caller queues it; the writer thread formats it ([`Encoder`]).
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Record {
    /// A channel's track is named (at its creation).
    Track { track: u32, t_ns: u64, name: String },
    /// One frame's span.
    Frame { track: u32, frame: u64, sent_ns: u64, out_ns: u64, bytes: u64, idr: Option<bool> },
    /// A channel's counter.
    Counter { track: u32, t_ns: u64, value: Counter },
    /// A finding, on a channel's track or global.
    Finding { track: Option<u32>, t_ns: u64, rule: &'static str, message: String },
}

/// A counter's value, which names the counter track.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Counter {
    /// Frames in flight.
    InFlight(u64),
    /// Bit rate of the last second, kbit/s.
    BitRate(f64),
}

/// Whether timeline events are written (`ACLVENC_SHIM_TIMELINE` or `ACLVENC_SHIM_TRACE_FILE` set).
pub fn timeline_on() -> bool {
    trace::any_file_on()
}

/// A channel's track: `track` is a small id the caller allocates per channel, `name` the channel as the app names
/// it (`chn 0 H265`, `desc 0x55d0c0a0 H264`). Called once per channel, when it is created: the track shows a
/// `created` marker there. Calling it again for `track` renames the track from then on (a new generation: earlier
/// spans keep the old name).
pub fn channel_track(track: u32, name: String) {
    if timeline_on() {
        trace::send_timeline(Record::Track { track, t_ns: now_ns(), name });
    }
}

/// One frame's span on its channel's track: sent at `sent_ns`, output at `out_ns` ([`now_ns`] values), `frame`
/// its number on the channel, `bytes` its encoded size, `idr` whether the output was an IDR/IRAP (`None`: not
/// known).
pub fn frame_span(track: u32, frame: u64, sent_ns: u64, out_ns: u64, bytes: u64, idr: Option<bool>) {
    if timeline_on() {
        trace::send_timeline(Record::Frame { track, frame, sent_ns, out_ns, bytes, idr });
    }
}

/// The channel's frames in flight at `t_ns`.
pub fn in_flight(track: u32, t_ns: u64, frames: u64) {
    if timeline_on() {
        trace::send_timeline(Record::Counter { track, t_ns, value: Counter::InFlight(frames) });
    }
}

/// The channel's bit rate (kbit/s) of the last second, at `t_ns`. A value that is not finite is left out.
pub fn bit_rate(track: u32, t_ns: u64, kbps: f64) {
    if timeline_on() {
        trace::send_timeline(Record::Counter { track, t_ns, value: Counter::BitRate(kbps) });
    }
}

/// A finding as an instant event, now: on the channel's track when `track` is `Some`, else global.
pub fn finding(track: Option<u32>, rule: &'static str, message: String) {
    if timeline_on() {
        trace::send_timeline(Record::Finding { track, t_ns: now_ns(), rule, message });
    }
}

/// Every finding the shim prints goes on the timeline too, as a global instant named by its rule ID: called by
/// [`crate::output::emit_finding`] with its head line, `[RULE-ID] severity: function: message`.
pub(crate) fn printed_finding(head: &str) {
    if timeline_on() {
        let (rule, message) = split_head(head);
        trace::send_timeline(Record::Finding { track: None, t_ns: now_ns(), rule, message: message.to_string() });
    }
}

/// The rule ID (as the rule table spells it, `"finding"` when it names no rule) and the rest of a finding's head.
fn split_head(head: &str) -> (&'static str, &str) {
    let parsed = head.strip_prefix('[').and_then(|h| h.split_once("] "));
    let rule = parsed.and_then(|(id, _)| aclvenc_interface::rules::Rule::from_id(id));
    match (rule, parsed) {
        (Some(rule), Some((_, rest))) => (rule.id(), rest),
        _ => ("finding", head),
    }
}

/// A channel's name, and how often its track was named (so a renamed track's spans get ids of their own).
struct Track {
    name: String,
    generation: u32,
}

/// The writer thread's side: turns [`Record`]s into trace event lines, knowing each track's name.
pub(crate) struct Encoder {
    pid: u32,
    tracks: HashMap<u32, Track>,
    findings: u64,
}

/// A `now_ns` value as the format's µs, with ns as decimals.
fn micros(ns: u64) -> f64 {
    ns as f64 / 1000.0
}

impl Encoder {
    pub(crate) fn new(pid: u32) -> Encoder {
        Encoder { pid, tracks: HashMap::new(), findings: 0 }
    }

    /// The first line of a file: the process's name (its main thread's, `/proc/self/comm`), which Perfetto shows
    /// on the process's group of tracks.
    pub(crate) fn process_name(&self) -> String {
        let comm = std::fs::read_to_string("/proc/self/comm").unwrap_or_default();
        let name = match comm.trim() {
            "" => "process",
            n => n,
        };
        let meta = serde_json::json!({ "name": "process_name", "ph": "M", "pid": self.pid, "args": { "name": name } });
        format!("{meta},\n")
    }

    /// The track's name and generation; an unnamed track (its naming record was dropped) is `track <n>`.
    fn track(&mut self, track: u32) -> (&str, u32) {
        let t = self.tracks.entry(track).or_insert_with(|| Track { name: format!("track {track}"), generation: 0 });
        (&t.name, t.generation)
    }

    /// Formats `record` as trace event lines (each ending `,\n`), handed to `line` one by one.
    pub(crate) fn encode(&mut self, record: &Record, mut line: impl FnMut(&str)) {
        let pid = self.pid;
        let mut emit = |v: serde_json::Value| line(&format!("{v},\n"));
        match record {
            Record::Track { track, t_ns, name } => {
                let generation = match self.tracks.get(track) {
                    Some(t) => t.generation + 1,
                    None => 0,
                };
                self.tracks.insert(*track, Track { name: name.clone(), generation });
                emit(serde_json::json!({
                    "name": name, "cat": "channel", "ph": "n", "id": format!("{track}.{generation}"),
                    "ts": micros(*t_ns), "pid": pid, "tid": pid, "args": { "event": "created", "track": track },
                }));
            }
            Record::Frame { track, frame, sent_ns, out_ns, bytes, idr } => {
                let (name, generation) = self.track(*track);
                let id = format!("{track}.{generation}.{frame}");
                let mut args = serde_json::json!({ "frame": frame, "bytes": bytes });
                if let Some(idr) = idr {
                    args["idr"] = (*idr).into();
                }
                emit(serde_json::json!({
                    "name": name, "cat": "frame", "ph": "b", "id": &id, "ts": micros(*sent_ns), "pid": pid,
                    "tid": pid, "args": args,
                }));
                emit(serde_json::json!({
                    "name": name, "cat": "frame", "ph": "e", "id": &id, "ts": micros((*out_ns).max(*sent_ns)),
                    "pid": pid, "tid": pid,
                }));
            }
            Record::Counter { track, t_ns, value } => {
                let (name, _) = self.track(*track);
                let (name, args) = match value {
                    Counter::InFlight(n) => (format!("{name} in flight"), serde_json::json!({ "frames": n })),
                    Counter::BitRate(k) if k.is_finite() => {
                        (format!("{name} bit rate"), serde_json::json!({ "kbit/s": k }))
                    }
                    Counter::BitRate(_) => return,
                };
                emit(serde_json::json!({ "name": name, "ph": "C", "ts": micros(*t_ns), "pid": pid, "args": args }));
            }
            Record::Finding { track: None, t_ns, rule, message } => {
                emit(serde_json::json!({
                    "name": rule, "cat": "finding", "ph": "i", "s": "g", "ts": micros(*t_ns), "pid": pid,
                    "tid": pid, "args": { "rule": rule, "message": message },
                }));
            }
            Record::Finding { track: Some(track), t_ns, rule, message } => {
                self.findings += 1;
                let id = format!("finding.{}", self.findings);
                let (name, _) = self.track(*track);
                emit(serde_json::json!({
                    "name": name, "cat": "finding", "ph": "n", "id": id, "ts": micros(*t_ns), "pid": pid,
                    "tid": pid, "args": { "rule": rule, "message": message },
                }));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::trace::{send_timeline_to, writer, Msg, Out, Queues, Senders};
    use serde_json::Value;
    use std::sync::mpsc::sync_channel;

    fn encode(enc: &mut Encoder, record: Record) -> Vec<Value> {
        let mut lines = Vec::new();
        enc.encode(&record, |l| lines.push(l.to_string()));
        lines
            .iter()
            .map(|l| {
                assert!(l.ends_with(",\n") && l.matches('\n').count() == 1, "one line with its comma: {l:?}");
                serde_json::from_str(l.trim_end_matches(",\n")).unwrap_or_else(|e| panic!("{e}: {l}"))
            })
            .collect()
    }

    const NASTY: &str = "chn \"0\" \\ H265\n\t\u{1}\u{7f} é 漢 </script> \u{2028}";

    /// Names and messages with quotes, backslashes, control characters and non-ASCII text come back unchanged.
    #[test]
    fn names_and_messages_are_escaped() {
        let mut enc = Encoder::new(7);
        let created = encode(&mut enc, Record::Track { track: 3, t_ns: 1_500, name: NASTY.into() });
        assert_eq!(created.len(), 1);
        assert_eq!((created[0]["name"].as_str(), created[0]["ph"].as_str()), (Some(NASTY), Some("n")));
        let frame =
            encode(&mut enc, Record::Frame { track: 3, frame: 0, sent_ns: 2_000, out_ns: 9_000, bytes: 1, idr: None });
        assert!(frame.iter().all(|e| e["name"] == NASTY));
        let message = format!("{NASTY} \"quoted\"");
        let f = encode(
            &mut enc,
            Record::Finding { track: Some(3), t_ns: 5, rule: "VENC-CHDESC-NULL", message: message.clone() },
        );
        assert_eq!((f[0]["name"].as_str(), f[0]["args"]["message"].as_str()), (Some(NASTY), Some(&*message)));
        let c = encode(&mut enc, Record::Counter { track: 3, t_ns: 5, value: Counter::InFlight(2) });
        assert_eq!(c[0]["name"].as_str(), Some(&*format!("{NASTY} in flight")));
    }

    /// A frame is a `b`/`e` pair with one id of its own, named by its channel, in category `frame`; overlapping
    /// frames of a channel get different ids; an output time before the send is clamped (no negative span).
    #[test]
    fn a_frame_is_an_async_pair_with_an_id_of_its_own() {
        let mut enc = Encoder::new(42);
        encode(&mut enc, Record::Track { track: 0, t_ns: 0, name: "chn 0 H265".into() });
        let a = encode(
            &mut enc,
            Record::Frame { track: 0, frame: 0, sent_ns: 1_000, out_ns: 40_500, bytes: 9, idr: Some(true) },
        );
        let b = encode(
            &mut enc,
            Record::Frame { track: 0, frame: 1, sent_ns: 2_000, out_ns: 50_000, bytes: 3, idr: Some(false) },
        );
        let late =
            encode(&mut enc, Record::Frame { track: 0, frame: 2, sent_ns: 9_000, out_ns: 8_000, bytes: 3, idr: None });
        for pair in [&a, &b, &late] {
            assert_eq!(pair.len(), 2);
            let (begin, end) = (&pair[0], &pair[1]);
            assert_eq!((begin["ph"].as_str(), end["ph"].as_str()), (Some("b"), Some("e")));
            for e in pair.iter() {
                assert_eq!((e["name"].as_str(), e["cat"].as_str()), (Some("chn 0 H265"), Some("frame")));
                assert_eq!((e["pid"].as_u64(), e["tid"].as_u64()), (Some(42), Some(42)));
            }
            assert_eq!(begin["id"], end["id"]);
            assert!(end["ts"].as_f64() >= begin["ts"].as_f64());
        }
        assert_ne!(a[0]["id"], b[0]["id"]);
        assert_eq!((a[0]["ts"].as_f64(), a[1]["ts"].as_f64()), (Some(1.0), Some(40.5)), "µs, ns as decimals");
        assert_eq!(a[0]["args"], serde_json::json!({ "frame": 0, "bytes": 9, "idr": true }));
        assert_eq!(late[0]["args"], serde_json::json!({ "frame": 2, "bytes": 3 }), "idr not known: left out");
        assert_eq!(late[1]["ts"], late[0]["ts"]);
    }

    /// Counters are named after the channel and what they count; a bit rate that is not a number is left out.
    #[test]
    fn counters_name_their_channel() {
        let mut enc = Encoder::new(1);
        encode(&mut enc, Record::Track { track: 5, t_ns: 0, name: "chn 5 H264".into() });
        let f = encode(&mut enc, Record::Counter { track: 5, t_ns: 3_000, value: Counter::InFlight(4) });
        assert_eq!(
            f[0],
            serde_json::json!({
                "name": "chn 5 H264 in flight", "ph": "C", "ts": 3.0, "pid": 1, "args": { "frames": 4 },
            })
        );
        let k = encode(&mut enc, Record::Counter { track: 5, t_ns: 0, value: Counter::BitRate(812.5) });
        assert_eq!(
            (k[0]["name"].as_str(), k[0]["args"]["kbit/s"].as_f64()),
            (Some("chn 5 H264 bit rate"), Some(812.5))
        );
        assert!(encode(&mut enc, Record::Counter { track: 5, t_ns: 0, value: Counter::BitRate(f64::NAN) }).is_empty());
        let unnamed = encode(&mut enc, Record::Counter { track: 9, t_ns: 0, value: Counter::InFlight(1) });
        assert_eq!(unnamed[0]["name"].as_str(), Some("track 9 in flight"), "a track whose naming was dropped");
    }

    /// A global finding is a global instant named by its rule; a channel's is an async instant on its track.
    #[test]
    fn findings_are_instants() {
        let mut enc = Encoder::new(1);
        let g = encode(&mut enc, Record::Finding { track: None, t_ns: 1, rule: "MPI-NULL-PTR", message: "m".into() });
        assert_eq!(
            (g[0]["ph"].as_str(), g[0]["s"].as_str(), g[0]["name"].as_str()),
            (Some("i"), Some("g"), Some("MPI-NULL-PTR"))
        );
        encode(&mut enc, Record::Track { track: 0, t_ns: 0, name: "chn 0".into() });
        let c1 =
            encode(&mut enc, Record::Finding { track: Some(0), t_ns: 1, rule: "STREAM-STALL", message: "x".into() });
        let c2 =
            encode(&mut enc, Record::Finding { track: Some(0), t_ns: 1, rule: "STREAM-STALL", message: "y".into() });
        assert_eq!(
            (c1[0]["ph"].as_str(), c1[0]["name"].as_str(), c1[0]["args"]["rule"].as_str()),
            (Some("n"), Some("chn 0"), Some("STREAM-STALL"))
        );
        assert_ne!(c1[0]["id"], c2[0]["id"]);
    }

    /// A track named again (a channel id reused) is a new generation: its frame ids differ from the old ones.
    #[test]
    fn a_renamed_track_starts_a_new_generation() {
        let mut enc = Encoder::new(1);
        let span = Record::Frame { track: 0, frame: 0, sent_ns: 0, out_ns: 1, bytes: 1, idr: None };
        encode(&mut enc, Record::Track { track: 0, t_ns: 0, name: "chn 0 H264".into() });
        let old = encode(&mut enc, span.clone());
        encode(&mut enc, Record::Track { track: 0, t_ns: 0, name: "chn 0 H265".into() });
        let new = encode(&mut enc, span);
        assert_ne!(old[0]["id"], new[0]["id"]);
        assert_eq!(new[0]["name"].as_str(), Some("chn 0 H265"));
    }

    #[test]
    fn the_rule_is_read_from_a_printed_head() {
        assert_eq!(split_head("[VENC-CHDESC-NULL] error: f: m [x]"), ("VENC-CHDESC-NULL", "error: f: m [x]"));
        assert_eq!(split_head("[NO-SUCH-RULE] error: f: m"), ("finding", "[NO-SUCH-RULE] error: f: m"));
        assert_eq!(split_head("plain"), ("finding", "plain"));
    }

    /// With both files on, a timeline record reaches both queues; queueing a frame or a counter allocates nothing
    /// on the caller's thread; with a file off nothing reaches its queue.
    #[test]
    fn a_record_goes_to_every_file_without_allocating() {
        let (trace_tx, trace_rx) = sync_channel(8);
        let (tl_tx, tl_rx) = sync_channel(8);
        let senders: Senders = parking_lot::Mutex::new(Queues::new([Some(trace_tx), Some(tl_tx)]));
        let both = 0b11;
        let frame = Record::Frame { track: 1, frame: 2, sent_ns: 3, out_ns: 4, bytes: 5, idr: Some(true) };
        let counter = Record::Counter { track: 1, t_ns: 3, value: Counter::BitRate(1.5) };
        send_timeline_to(&senders, both, frame.clone()); // the first send may set up the channel's internals
        let allocated = crate::testing::allocations_in(|| {
            send_timeline_to(&senders, both, frame.clone());
            send_timeline_to(&senders, both, counter.clone());
        });
        assert_eq!(allocated, 0);
        send_timeline_to(&senders, 0b10, counter.clone());
        let got = |rx: &std::sync::mpsc::Receiver<Msg>| {
            rx.try_iter()
                .map(|m| if let Msg::Timeline(r) = m { r } else { panic!("not a timeline record") })
                .collect::<Vec<_>>()
        };
        assert_eq!(got(&trace_rx), [frame.clone(), frame.clone(), counter.clone()]);
        assert_eq!(got(&tl_rx), [frame.clone(), frame, counter.clone(), counter]);
    }

    /// Off, each function is one load and queues nothing (the files are off in unit tests).
    #[test]
    fn off_nothing_is_queued() {
        assert!(!timeline_on());
        let allocated = crate::testing::allocations_in(|| {
            channel_track(0, String::new());
            frame_span(0, 0, 0, 0, 0, None);
            in_flight(0, 0, 0);
            bit_rate(0, 0, 0.0);
            finding(None, "MPI-NULL-PTR", String::new());
            printed_finding("[MPI-NULL-PTR] error: f: m");
        });
        assert_eq!(allocated, 0);
    }

    /// A timeline written by the writer thread's code, with two channels of overlapping frames, counters and
    /// findings, passes the trace checker the ctest runs on real runs (scripts/check-trace.py): a JSON array of
    /// well-formed events, `b`/`e` matched per id, one track per channel with its frames, counters and findings.
    #[test]
    fn a_written_timeline_passes_the_trace_checker() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("timeline.json");
        let (tx, rx) = sync_channel(256);
        let send = |r: Record| tx.send(Msg::Timeline(r)).unwrap();
        for track in 0..2u32 {
            send(Record::Track { track, t_ns: 10, name: format!("chn {track} \"H265\"") });
        }
        for frame in 0..5u64 {
            for track in 0..2u32 {
                let sent = 1_000_000 * frame + 1_000 * u64::from(track);
                let out = sent + 2_500_000; // three frames in flight
                send(Record::Counter { track, t_ns: sent, value: Counter::InFlight(frame.min(3)) });
                send(Record::Frame {
                    track,
                    frame,
                    sent_ns: sent,
                    out_ns: out,
                    bytes: 100 + frame,
                    idr: Some(frame == 0),
                });
                send(Record::Counter { track, t_ns: out, value: Counter::BitRate(8.0 * frame as f64) });
            }
        }
        send(Record::Finding { track: None, t_ns: 7, rule: "MPI-NULL-PTR", message: "a \"NULL\" \\ pointer\n".into() });
        send(Record::Finding { track: Some(1), t_ns: 8, rule: "STREAM-STALL", message: "no output".into() });
        let (ack, _ack_rx) = sync_channel(1);
        tx.send(Msg::Finish(ack)).unwrap();
        writer(Out::Timeline, &path, rx);
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/check-trace.py");
        let run = std::process::Command::new("python3")
            .arg(script)
            .arg(&path)
            .args(["--finished", "--no-calls", "--channels", "2", "--frames", "5", "--counters"])
            .args(["--rule", "MPI-NULL-PTR", "--rule", "STREAM-STALL"])
            .output()
            .expect("python3 runs scripts/check-trace.py (the Python tests need it too)");
        let said = format!("{}{}", String::from_utf8_lossy(&run.stdout), String::from_utf8_lossy(&run.stderr));
        assert!(run.status.success(), "{said}\n{}", std::fs::read_to_string(&path).unwrap());
        assert!(said.contains("2 channel tracks"), "{said}");
    }
}
