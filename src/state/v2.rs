//! V2 (`hi_mpi_venc_*`) objects: channels by id with their receive state, and the streams obtained with
//! `hi_mpi_venc_get_stream` and not yet released (in the order they were obtained). The methods named after
//! events (`chn_created`, `chn_started`, `stream_obtained`, ...) are the only state transitions; each `record`
//! hook in `validate/v2` is one call into them.

use super::figures::{now_ns, Meter};
use super::{ChannelSummary, Dying, Entering, Finished, Flight, LiveObject, Out};
use crate::site::Origin;
use aclvenc_abi::{hi_bool, hi_venc_chn_attr};
use aclvenc_interface::report::RateTarget;
use rustc_hash::FxHashMap as HashMap;
use std::collections::VecDeque;

/// Whether a channel accepts pictures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Recv {
    /// Created, never started.
    Created,
    /// Started; `limit` is `recv_pic_num` (-1: unlimited).
    Receiving { limit: i32 },
    /// Stopped.
    Stopped,
}

/// A stream obtained and not yet released.
#[derive(Clone, Debug)]
pub struct Outstanding {
    /// `stream.pack` as returned (the app passes the same struct back to release it).
    pub pack: usize,
    pub pack_cnt: u32,
    pub seq: u32,
    pub origin: Origin,
}

/// A created channel.
#[derive(Clone, Debug)]
pub struct Chn {
    pub origin: Origin,
    /// The device it was created on (the creating thread's; 0 for a thread that set none, as hi_mpi_sys_init).
    pub device: i32,
    /// `venc_attr.type` (hi_payload_type value).
    pub payload: i32,
    pub pic_width: u32,
    pub pic_height: u32,
    /// `venc_attr.profile` (H.264: 0 baseline, 1 main, 2 high; H.265: 0 main).
    pub profile: u32,
    /// The GOP of the rate control (pictures from one IDR to the next), for video channels.
    pub gop: Option<u32>,
    pub buf_size: u32,
    pub is_by_frame: bool,
    pub recv: Recv,
    pub fd: Option<i32>,
    pub frames_sent: u64,
    /// `cur_packs` of the last successful query_status (packs of the stream get_stream returns next).
    pub cur_packs: Option<u32>,
    pub streams: u64,
    pub bytes: u64,
    pub outstanding: VecDeque<Outstanding>,
    /// Pictures sent whose stream get_stream has not returned yet.
    pub in_flight: VecDeque<Flight>,
    /// The number of the last picture handed to the driver.
    pub next_frame: u64,
    /// hi_mpi_venc_request_idr was called: the next picture sent is to be an IDR.
    pub idr_requested: bool,
    /// Latency, rate and stall figures (`None` when `ACLVENC_SHIM_FIGURES` is off).
    pub meter: Option<Box<Meter>>,
    /// The channel's track ([`super::figures::next_track`]).
    pub track: u32,
}

/// The V2 objects.
#[derive(Default)]
pub struct V2State {
    pub chns: HashMap<i32, Chn>,
    /// Channels destroyed, with where (to tell "destroyed" from "never created").
    pub destroyed: HashMap<i32, Origin>,
    /// Counters of channels already destroyed.
    pub finished: Finished,
    /// Channels whose destroy the driver is running.
    dying: Dying<i32, Chn>,
}

impl Chn {
    pub fn codec(&self) -> &'static str {
        match self.payload {
            96 => "H264",
            265 => "H265",
            26 => "JPEG",
            _ => "other",
        }
    }

    pub fn summary(&self, chn: i32) -> ChannelSummary {
        ChannelSummary {
            api: "v2",
            id: format!("chn {chn}"),
            codec: self.codec().into(),
            frames_sent: self.frames_sent,
            outputs: self.streams,
            bytes: self.bytes,
            channels: 1,
            figures: self.meter.as_ref().map(|m| m.figures(self.in_flight.len() as u64)),
        }
    }
}

impl V2State {
    /// hi_mpi_venc_create_chn(chn, attr) succeeded on `device`.
    pub fn chn_created(
        &mut self,
        chn: i32,
        attr: &hi_venc_chn_attr,
        gop: Option<u32>,
        device: i32,
        origin: Origin,
        (meter, track): (Option<Box<Meter>>, u32),
    ) {
        let va = &attr.venc_attr;
        let c = Chn {
            origin,
            device,
            payload: va.r#type.0,
            pic_width: va.pic_width,
            pic_height: va.pic_height,
            profile: va.profile,
            gop,
            buf_size: va.buf_size,
            is_by_frame: va.is_by_frame == hi_bool::HI_TRUE,
            recv: Recv::Created,
            fd: None,
            frames_sent: 0,
            cur_packs: None,
            streams: 0,
            bytes: 0,
            outstanding: VecDeque::new(),
            in_flight: VecDeque::new(),
            next_frame: 0,
            idr_requested: false,
            meter,
            track,
        };
        self.destroyed.remove(&chn);
        self.chns.insert(chn, c);
    }

    /// The track of channel `chn` when it exists.
    pub fn track(&self, chn: i32) -> Option<u32> {
        self.chns.get(&chn).map(|c| c.track)
    }

    /// hi_mpi_venc_destroy_chn(chn) is about to be forwarded.
    pub fn chn_destroying(&mut self, chn: i32) {
        self.dying.begin(&mut self.chns, chn);
    }

    /// The driver answered hi_mpi_venc_destroy_chn(chn) (`ok`: it succeeded; `by`: where, made only on success);
    /// its counters are kept for the summary.
    /// Returns the destroyed channel's track, and its bit rate since the timeline's last value ([`Meter::closing_kbps`]).
    pub fn chn_destroyed(&mut self, chn: i32, ok: bool, by: impl FnOnce() -> Origin) -> Option<(u32, Option<f64>)> {
        let c = self.dying.end(&mut self.chns, chn, ok)?;
        self.finished.push(c.summary(chn));
        self.destroyed.insert(chn, by());
        Some((c.track, c.meter.as_ref().and_then(|m| m.closing_kbps(now_ns()))))
    }

    /// hi_mpi_venc_set_chn_attr(chn, attr) succeeded: the picture size, profile, GOP and rate may have changed.
    pub fn attr_changed(&mut self, chn: i32, attr: &hi_venc_chn_attr, target: Option<RateTarget>, gop: Option<u32>) {
        if let Some(c) = self.chns.get_mut(&chn) {
            let va = &attr.venc_attr;
            (c.pic_width, c.pic_height, c.profile, c.gop) = (va.pic_width, va.pic_height, va.profile, gop);
            if let Some(m) = &mut c.meter {
                m.target = target;
            }
        }
    }

    /// hi_mpi_venc_start_chn(chn) succeeded with `recv_pic_num` `limit`.
    pub fn chn_started(&mut self, chn: i32, limit: i32) {
        if let Some(c) = self.chns.get_mut(&chn) {
            c.recv = Recv::Receiving { limit };
        }
    }

    /// hi_mpi_venc_stop_chn(chn) succeeded.
    pub fn chn_stopped(&mut self, chn: i32) {
        if let Some(c) = self.chns.get_mut(&chn) {
            c.recv = Recv::Stopped;
        }
    }

    /// hi_mpi_venc_get_fd(chn) returned `fd`.
    pub fn fd_obtained(&mut self, chn: i32, fd: i32) {
        if let Some(c) = self.chns.get_mut(&chn) {
            c.fd = Some(fd);
        }
    }

    /// A picture at `input` with `pts` is being sent to `chn` (send_frame or send_jpege_frame, about to be
    /// forwarded: the encoder may return its stream before the send returns); it stays in flight until get_stream
    /// returns its stream, or the driver refuses the send.
    ///
    /// Past [`super::MAX_IN_FLIGHT`] the oldest picture is forgotten.
    pub fn frame_entering(&mut self, chn: i32, input: usize, pts: u64) -> Option<Entering> {
        let c = self.chns.get_mut(&chn)?;
        c.next_frame += 1;
        let sent_ns = c.meter.as_mut().map_or(0, |m| {
            let now = now_ns();
            m.sent(now);
            now
        });
        let f = Flight { frame: c.next_frame, input, pts, sent_ns, forced_idr: std::mem::take(&mut c.idr_requested) };
        let forgotten = if c.in_flight.len() >= super::MAX_IN_FLIGHT { c.in_flight.pop_front() } else { None };
        c.in_flight.push_back(f);
        Some(Entering { flight: f, forgotten, in_flight: c.in_flight.len(), track: c.track })
    }

    /// The send of the picture at `input` to `chn` succeeded.
    pub fn frame_sent(&mut self, chn: i32) {
        if let Some(c) = self.chns.get_mut(&chn) {
            c.frames_sent += 1;
        }
    }

    /// The driver refused the send of the picture at `input` to `chn`: it is not in flight; returns it.
    pub fn frame_refused(&mut self, chn: i32, input: usize) -> Option<Flight> {
        let c = self.chns.get_mut(&chn)?;
        let i = c.in_flight.iter().rposition(|f| f.input == input)?;
        let f = c.in_flight.remove(i)?;
        c.idr_requested |= f.forced_idr;
        if let Some(m) = &mut c.meter {
            m.refused();
        }
        Some(f)
    }

    /// hi_mpi_venc_request_idr(chn) succeeded.
    pub fn idr_requested(&mut self, chn: i32) {
        if let Some(c) = self.chns.get_mut(&chn) {
            c.idr_requested = true;
        }
    }

    /// get_stream returned a stream of `bytes` bytes for the picture at `input` (pack 0's `input_addr`) or with
    /// `pts`, else the oldest in flight; `failed`: a pack of it had len 0.
    pub fn frame_out(&mut self, chn: i32, input: usize, pts: u64, bytes: u64, failed: bool) -> Out {
        let Some(c) = self.chns.get_mut(&chn) else { return Out::default() };
        let i = c
            .in_flight
            .iter()
            .position(|f| input != 0 && f.input == input)
            .or_else(|| c.in_flight.iter().position(|f| f.pts == pts && pts != 0))
            .or((!c.in_flight.is_empty()).then_some(0));
        let flight = i.and_then(|i| c.in_flight.remove(i));
        let (mut at_ns, mut stall, mut kbps) = (0, None, None);
        if let Some(m) = &mut c.meter {
            at_ns = now_ns();
            stall = m.output(at_ns, flight.map(|f| f.sent_ns), bytes, failed);
            kbps = m.second_closed(at_ns);
        }
        Out { flight, stall, pending: c.in_flight.len(), at_ns, kbps, track: c.track }
    }

    /// query_status(chn) said the next stream has `cur_packs` packs.
    pub fn status_queried(&mut self, chn: i32, cur_packs: u32) {
        if let Some(c) = self.chns.get_mut(&chn) {
            c.cur_packs = Some(cur_packs);
        }
    }

    /// get_stream(chn) returned a stream of `bytes` bytes (the packs' payload), now owed a release.
    pub fn stream_obtained(&mut self, chn: i32, stream: Outstanding, bytes: u64) {
        if let Some(c) = self.chns.get_mut(&chn) {
            c.cur_packs = None;
            c.streams += 1;
            c.bytes += bytes;
            c.outstanding.push_back(stream);
        }
    }

    /// release_stream(chn) released the stream whose pack array is at `pack`.
    pub fn stream_released(&mut self, chn: i32, pack: usize) {
        if let Some(c) = self.chns.get_mut(&chn) {
            if let Some(i) = c.outstanding.iter().position(|o| o.pack == pack) {
                c.outstanding.remove(i);
            }
        }
    }

    pub(super) fn live_objects(&self) -> Vec<LiveObject> {
        let mut v = Vec::new();
        for (id, c) in &self.chns {
            v.push(LiveObject::new("hi_mpi_venc channel", format!("chn {id}"), c.origin.clone()));
            for s in &c.outstanding {
                let handle = format!("chn {id} seq {} pack {:#x}", s.seq, s.pack);
                v.push(LiveObject::new("hi_venc_stream (not released)", handle, s.origin.clone()));
            }
        }
        v
    }

    pub(super) fn summaries(&self) -> Vec<ChannelSummary> {
        let mut v = self.finished.all();
        v.extend(self.chns.iter().map(|(id, c)| c.summary(*id)));
        v
    }
}
