//! Frames going into a channel and its outputs coming out (issue 11): the timeline's spans and counters, and the
//! stalls the channel's [`crate::state::figures::Meter`] finds.

use crate::state::figures::Stall;
use crate::state::{Entering, Flight};
use crate::timeline;
use crate::validate::rules::Rule;

/// A picture entered a channel: the timeline's in-flight counter.
pub(crate) fn entered(e: &Entering) {
    if timeline::timeline_on() && e.flight.sent_ns != 0 {
        timeline::in_flight(e.track, e.flight.sent_ns, e.in_flight as u64);
    }
}

/// A channel ended (destroyed): its stream checks' capture closes, and its bit-rate counter gets its last value.
pub(crate) fn ended(track: u32, kbps: Option<f64>) {
    crate::tap::close(track);
    if let Some(k) = kbps.filter(|_| timeline::timeline_on()) {
        timeline::bit_rate(track, timeline::now_ns(), k);
    }
}

/// An output of `bytes` bytes arrived at `at_ns` on `track` for the picture `flight`, with `pending` pictures
/// still in flight: its span and the counters on the timeline (`kbps`: the last second's bit rate, once a second;
/// `idr`: it is a random access picture, when the stream checks read it).
pub(crate) fn came_out(
    track: u32,
    flight: Option<Flight>,
    at_ns: u64,
    bytes: u64,
    pending: usize,
    kbps: Option<f64>,
    idr: Option<bool>,
) {
    if !timeline::timeline_on() || at_ns == 0 {
        return;
    }
    if let Some(f) = flight.filter(|f| f.sent_ns != 0) {
        timeline::frame_span(track, f.frame, f.sent_ns, at_ns, bytes, idr);
    }
    timeline::in_flight(track, at_ns, pending as u64);
    if let Some(k) = kbps {
        timeline::bit_rate(track, at_ns, k);
    }
}

/// Reports a stall of the channel `name` that ended with an output (STREAM-STALL); `pending` pictures are still
/// in flight after it.
pub(crate) fn stalled(function: &'static str, name: &str, stall: Stall, pending: usize) {
    let ms = |ns: u64| ns as f64 / 1e6;
    crate::report::submit(Rule::StreamStall, function, || {
        format!(
            "{name} had frames in flight and no output for {:.1} ms (the stall threshold is {:.1} ms: ACLVENC_SHIM_STALL_FRAMES frame intervals); {pending} more pictures are pending. The encoder fell behind or the output loop (get_stream / the report thread) was not running",
            ms(stall.gap_ns),
            ms(stall.threshold_ns)
        )
    });
}
