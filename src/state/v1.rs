//! V1 (`aclvenc*`) objects: channel descs with the attributes set on them and their channel, and frame configs.

use super::{ChannelSummary, LiveObject};
use crate::report::site::Origin;
use std::collections::HashMap;

/// Attributes set on a channel desc (None: never set).
#[derive(Clone, Copy, Debug, Default)]
pub struct DescAttrs {
    pub thread_id: Option<u64>,
    pub callback: Option<usize>,
    pub en_type: Option<u32>,
    pub pic_format: Option<u32>,
    pub width: Option<u32>,
    pub height: Option<u32>,
    pub key_frame_interval: Option<u32>,
    pub rc_mode: Option<u32>,
    pub src_rate: Option<u32>,
    pub max_bit_rate: Option<u32>,
    pub buf_addr: Option<usize>,
    pub buf_size: Option<u32>,
    pub ip_prop: Option<u32>,
}

/// The channel of a desc.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// aclvencCreateChannel not called yet.
    NoChannel,
    /// Created and not destroyed.
    Live,
    /// Destroyed (the desc may get a new channel).
    Destroyed,
}

/// A live channel desc.
#[derive(Clone, Debug)]
pub struct Desc {
    pub origin: Origin,
    pub attrs: DescAttrs,
    pub phase: Phase,
    pub channel_origin: Option<Origin>,
    /// An EOS frame was sent on the live channel.
    pub eos_sent: bool,
    pub frames_sent: u64,
    /// Outputs delivered to the application's callback and their bytes (wrapped callbacks only).
    pub outputs: u64,
    pub bytes: u64,
    /// The callback trampoline slot bound to this desc (wrapped callbacks only).
    pub slot: Option<usize>,
    /// When the channel's first picture was sent, and whether a missing report thread was already reported.
    pub first_send: Option<std::time::Instant>,
    pub pump_reported: bool,
}

/// A live frame config.
#[derive(Clone, Debug)]
pub struct FrameConfig {
    pub origin: Origin,
    /// The EOS flag as last set (aclvencSetFrameConfigEos).
    pub eos: bool,
}

/// How many destroyed handles are remembered (to tell "destroyed" from "never created").
const DESTROYED_MEMORY: usize = 4096;

/// The V1 objects.
#[derive(Default)]
pub struct V1State {
    pub descs: HashMap<usize, Desc>,
    pub destroyed_descs: HashMap<usize, Origin>,
    pub configs: HashMap<usize, FrameConfig>,
    pub destroyed_configs: HashMap<usize, Origin>,
    /// Counters of channels already destroyed.
    pub finished: Vec<ChannelSummary>,
    /// Which desc each callback trampoline slot belongs to.
    pub slots: Vec<Option<usize>>,
}

/// What the shim knows about a handle.
pub enum Known<'a, T> {
    Live(&'a T),
    /// Destroyed, by this call.
    Destroyed(&'a Origin),
    /// Never returned by the create function (or forgotten long ago).
    Unknown,
}

fn remember(map: &mut HashMap<usize, Origin>, key: usize, origin: Origin) {
    if map.len() >= DESTROYED_MEMORY {
        if let Some(k) = map.keys().next().copied() {
            map.remove(&k);
        }
    }
    map.insert(key, origin);
}

impl V1State {
    pub fn desc(&self, p: usize) -> Known<'_, Desc> {
        match (self.descs.get(&p), self.destroyed_descs.get(&p)) {
            (Some(d), _) => Known::Live(d),
            (None, Some(o)) => Known::Destroyed(o),
            (None, None) => Known::Unknown,
        }
    }

    pub fn config(&self, p: usize) -> Known<'_, FrameConfig> {
        match (self.configs.get(&p), self.destroyed_configs.get(&p)) {
            (Some(c), _) => Known::Live(c),
            (None, Some(o)) => Known::Destroyed(o),
            (None, None) => Known::Unknown,
        }
    }

    pub fn add_desc(&mut self, p: usize, origin: Origin) {
        self.destroyed_descs.remove(&p);
        let desc = Desc {
            origin,
            attrs: DescAttrs::default(),
            phase: Phase::NoChannel,
            channel_origin: None,
            eos_sent: false,
            frames_sent: 0,
            outputs: 0,
            bytes: 0,
            slot: None,
            first_send: None,
            pump_reported: false,
        };
        self.descs.insert(p, desc);
    }

    pub fn remove_desc(&mut self, p: usize, by: Origin) {
        if let Some(d) = self.descs.remove(&p) {
            if let Some(n) = d.slot {
                self.slots[n] = None;
                crate::calls::callbacks::unbind(n);
            }
            remember(&mut self.destroyed_descs, p, by);
        }
    }

    /// The callback trampoline slot of desc `p`, binding a free one if it has none (None: all are in use).
    pub fn slot_for(&mut self, p: usize) -> Option<usize> {
        if self.slots.is_empty() {
            self.slots = vec![None; crate::calls::callbacks::SLOTS];
        }
        let d = self.descs.get_mut(&p)?;
        if let Some(n) = d.slot {
            return Some(n);
        }
        let n = self.slots.iter().position(Option::is_none)?;
        self.slots[n] = Some(p);
        d.slot = Some(n);
        Some(n)
    }

    pub fn add_config(&mut self, p: usize, origin: Origin) {
        self.destroyed_configs.remove(&p);
        self.configs.insert(p, FrameConfig { origin, eos: false });
    }

    pub fn remove_config(&mut self, p: usize, by: Origin) {
        if self.configs.remove(&p).is_some() {
            remember(&mut self.destroyed_configs, p, by);
        }
    }

    /// Summary of the channel of desc `p` (at destroy).
    pub fn summary(p: usize, d: &Desc) -> ChannelSummary {
        let codec = match d.attrs.en_type {
            Some(0) => "H265",
            Some(1..=3) => "H264",
            _ => "unknown",
        };
        ChannelSummary {
            api: "v1",
            id: format!("{p:#x}"),
            codec: codec.into(),
            frames_sent: d.frames_sent,
            outputs: d.outputs,
            bytes: d.bytes,
        }
    }

    pub(super) fn live_objects(&self) -> Vec<LiveObject> {
        let mut v = Vec::new();
        for (p, d) in &self.descs {
            v.push(LiveObject { kind: "aclvencChannelDesc", handle: format!("{p:#x}"), origin: d.origin.clone() });
            if d.phase == Phase::Live {
                if let Some(o) = &d.channel_origin {
                    v.push(LiveObject { kind: "aclvenc channel", handle: format!("desc {p:#x}"), origin: o.clone() });
                }
            }
        }
        for (p, c) in &self.configs {
            v.push(LiveObject { kind: "aclvencFrameConfig", handle: format!("{p:#x}"), origin: c.origin.clone() });
        }
        v
    }

    pub(super) fn summaries(&self) -> Vec<ChannelSummary> {
        let mut v = self.finished.clone();
        v.extend(self.descs.iter().filter(|(_, d)| d.phase == Phase::Live).map(|(p, d)| Self::summary(*p, d)));
        v
    }
}
