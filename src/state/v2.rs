//! V2 (`hi_mpi_venc_*`) objects: channels by id with their receive state, and the streams obtained with
//! `hi_mpi_venc_get_stream` and not yet released (in the order they were obtained).

use super::{ChannelSummary, LiveObject};
use crate::report::site::Origin;
use std::collections::{HashMap, VecDeque};

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
}

/// The V2 objects.
#[derive(Default)]
pub struct V2State {
    pub chns: HashMap<i32, Chn>,
    /// Channels destroyed, with where (to tell "destroyed" from "never created").
    pub destroyed: HashMap<i32, Origin>,
    /// Counters of channels already destroyed.
    pub finished: Vec<ChannelSummary>,
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
        }
    }
}

impl V2State {
    pub(super) fn live_objects(&self) -> Vec<LiveObject> {
        let mut v = Vec::new();
        for (id, c) in &self.chns {
            v.push(LiveObject { kind: "hi_mpi_venc channel", handle: format!("chn {id}"), origin: c.origin.clone() });
            for s in &c.outstanding {
                v.push(LiveObject {
                    kind: "hi_venc_stream (not released)",
                    handle: format!("chn {id} seq {} pack {:#x}", s.seq, s.pack),
                    origin: s.origin.clone(),
                });
            }
        }
        v
    }

    pub(super) fn summaries(&self) -> Vec<ChannelSummary> {
        let mut v = self.finished.clone();
        v.extend(self.chns.iter().map(|(id, c)| c.summary(*id)));
        v
    }
}
