//! Frames going into a channel and its outputs coming out (issue 11): the timeline's spans and counters, and the
//! stalls the channel's [`crate::state::figures::Meter`] finds.

use crate::chassis::Cx;
use crate::state::figures::Stall;
use crate::state::pipe::Found;
use crate::state::{Entering, Flight};
use crate::timeline;
use crate::validate::rules::Rule;
use aclvenc_ptr::In;

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

/// An NV12 picture as the encoder reads it: `width` x `height` pixels, the luma plane at `y` and the interleaved
/// chroma plane at `uv` (addresses in the application's memory), each row `*_stride` bytes apart.
pub(crate) struct Nv12 {
    pub width: u32,
    pub height: u32,
    pub y: usize,
    pub y_stride: u32,
    pub uv: usize,
    pub uv_stride: u32,
}

/// Hands `pic`, a picture being sent to the channel of `track`, to the input capture (`ACLVENC_SHIM_CAPTURE_INPUT`),
/// when both planes lie in live blocks the shim tracks that hold them. `view` is an argument view of the send: the
/// planes are read through it, under the same contract (readable during the call).
pub(crate) fn capture_input<T>(cx: &Cx<'_>, track: u32, pic: &Nv12, view: In<'_, T>) {
    let (w, h) = (pic.width as usize, pic.height as usize);
    let (ys, uvs) = (pic.y_stride as usize, pic.uv_stride as usize);
    let room = |addr: usize| match cx.pipe().find(addr) {
        Found::Live { base, block } => base + block.size - addr,
        _ => 0,
    };
    let (y_len, uv_len) = (ys * h, uvs * h.div_ceil(2));
    if w == 0 || ys < w || uvs < w || pic.y == 0 || room(pic.y) < y_len || room(pic.uv) < uv_len {
        return;
    }
    let plane = |addr: usize, len: usize| view.nested(addr as *const u8).elements(len).map(|p| p.as_slice());
    let (Some(yp), Some(uvp)) = (plane(pic.y, y_len), plane(pic.uv, uv_len)) else { return };
    crate::tap::input(
        track,
        (pic.width, pic.height),
        |i| yp.get(i * ys..i * ys + w),
        |i| uvp.get(i * uvs..i * uvs + w),
    );
}
