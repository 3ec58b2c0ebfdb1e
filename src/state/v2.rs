//! V2 (`hi_mpi_venc_*`) objects: channels by id with their receive state, and the streams obtained with
//! `hi_mpi_venc_get_stream` and not yet released (in the order they were obtained). The methods named after
//! events (`chn_created`, `chn_started`, `stream_obtained`, ...) are the only state transitions; each `record`
//! hook in `validate/v2` is one call into them.

use super::{ChannelSummary, Dying, Finished, LiveObject};
use crate::site::Origin;
use aclvenc_abi::{hi_bool, hi_venc_chn_attr};
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
    /// Pictures sent whose stream get_stream has not returned yet: frame number, input address and pts.
    pub in_flight: VecDeque<(u64, usize, u64)>,
    /// The number of the last picture handed to the driver.
    pub next_frame: u64,
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
        }
    }
}

impl V2State {
    /// hi_mpi_venc_create_chn(chn, attr) succeeded on `device`.
    pub fn chn_created(&mut self, chn: i32, attr: &hi_venc_chn_attr, device: i32, origin: Origin) {
        let va = &attr.venc_attr;
        let c = Chn {
            origin,
            device,
            payload: va.r#type.0,
            pic_width: va.pic_width,
            pic_height: va.pic_height,
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
        };
        self.destroyed.remove(&chn);
        self.chns.insert(chn, c);
    }

    /// hi_mpi_venc_destroy_chn(chn) is about to be forwarded.
    pub fn chn_destroying(&mut self, chn: i32) {
        self.dying.begin(&mut self.chns, chn);
    }

    /// The driver answered hi_mpi_venc_destroy_chn(chn) (`ok`: it succeeded; `by`: where, made only on success);
    /// its counters are kept for the summary.
    pub fn chn_destroyed(&mut self, chn: i32, ok: bool, by: impl FnOnce() -> Origin) {
        if let Some(c) = self.dying.end(&mut self.chns, chn, ok) {
            self.finished.push(c.summary(chn));
            self.destroyed.insert(chn, by());
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
    /// forwarded: the encoder may return its stream before the send returns); returns its frame number on the
    /// channel. It stays in flight until get_stream returns its stream, or the driver refuses the send.
    ///
    /// Returns the frame's number and, past [`super::MAX_IN_FLIGHT`], the number of the oldest frame, forgotten.
    pub fn frame_entering(&mut self, chn: i32, input: usize, pts: u64) -> Option<(u64, Option<u64>)> {
        let c = self.chns.get_mut(&chn)?;
        c.next_frame += 1;
        let forgotten = if c.in_flight.len() >= super::MAX_IN_FLIGHT { c.in_flight.pop_front() } else { None };
        c.in_flight.push_back((c.next_frame, input, pts));
        Some((c.next_frame, forgotten.map(|(n, _, _)| n)))
    }

    /// The send of the picture at `input` to `chn` succeeded.
    pub fn frame_sent(&mut self, chn: i32) {
        if let Some(c) = self.chns.get_mut(&chn) {
            c.frames_sent += 1;
        }
    }

    /// The driver refused the send of the picture at `input` to `chn`: it is not in flight; returns its number.
    pub fn frame_refused(&mut self, chn: i32, input: usize) -> Option<u64> {
        let c = self.chns.get_mut(&chn)?;
        let i = c.in_flight.iter().rposition(|(_, a, _)| *a == input)?;
        c.in_flight.remove(i).map(|(frame, _, _)| frame)
    }

    /// get_stream returned the stream of the picture at `input` (pack 0's `input_addr`) or with `pts`, else the
    /// oldest in flight; returns that frame's number.
    pub fn frame_out(&mut self, chn: i32, input: usize, pts: u64) -> Option<u64> {
        let c = self.chns.get_mut(&chn)?;
        let i = c
            .in_flight
            .iter()
            .position(|(_, a, _)| input != 0 && *a == input)
            .or_else(|| c.in_flight.iter().position(|(_, _, p)| *p == pts && pts != 0))
            .or((!c.in_flight.is_empty()).then_some(0))?;
        c.in_flight.remove(i).map(|(frame, _, _)| frame)
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
