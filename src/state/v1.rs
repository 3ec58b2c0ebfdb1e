//! V1 (`aclvenc*`) objects: channel descs with the attributes set on them and their channel, and frame configs.
//! The methods named after events (`desc_created`, `attr_set`, `channel_created`, ...) are the only state
//! transitions; each `record` hook in `validate/v1` is one call into them.

use super::figures::{now_ns, Meter};
use super::{ChannelSummary, Dying, Entering, Finished, Flight, LiveObject, Out};
use crate::site::Origin;
use aclvenc_abi::aclvencChannelDescParamType;
use rustc_hash::FxHashMap as HashMap;
use std::collections::VecDeque;

/// Declares [`Attr`] and its aclvencChannelDescParamType order in one list.
macro_rules! attrs {
    ($($a:ident),* $(,)?) => {
        /// A channel desc attribute, as the typed setters and aclvencChannelDescParamType name them.
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        pub enum Attr {
            $($a,)*
        }

        impl Attr {
            /// From an aclvencChannelDescParamType value (0..=12, in declaration order).
            pub fn from_param(t: aclvencChannelDescParamType) -> Option<Attr> {
                const ALL: &[Attr] = &[$(Attr::$a),*];
                usize::try_from(t.0).ok().and_then(|i| ALL.get(i).copied())
            }
        }
    };
}

attrs!(
    ThreadId,
    Callback,
    PixelFormat,
    EncodeType,
    Width,
    Height,
    KeyFrameInterval,
    BufAddr,
    BufSize,
    RcMode,
    SrcRate,
    MaxBitRate,
    MaxIpProp,
);

impl Attr {
    /// Bytes of the value's storage (VENC-CHDESC-PARAM-LEN-*): 8 for ids and pointers, 4 otherwise.
    pub fn size(self) -> usize {
        match self {
            Attr::ThreadId | Attr::Callback | Attr::BufAddr => 8,
            _ => 4,
        }
    }
}

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

impl DescAttrs {
    /// Stores `v` (the setter's value widened to 64 bits) as `attr`.
    fn apply(&mut self, attr: Attr, v: u64) {
        let v32 = Some(v as u32);
        match attr {
            Attr::ThreadId => self.thread_id = Some(v),
            Attr::Callback => self.callback = Some(v as usize),
            Attr::PixelFormat => self.pic_format = v32,
            Attr::EncodeType => self.en_type = v32,
            Attr::Width => self.width = v32,
            Attr::Height => self.height = v32,
            Attr::KeyFrameInterval => self.key_frame_interval = v32,
            Attr::BufAddr => self.buf_addr = (v != 0).then_some(v as usize),
            Attr::BufSize => self.buf_size = v32,
            Attr::RcMode => self.rc_mode = v32,
            Attr::SrcRate => self.src_rate = v32,
            Attr::MaxBitRate => self.max_bit_rate = v32,
            Attr::MaxIpProp => self.ip_prop = v32,
        }
    }
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
    /// The current acl context of the thread that created the channel (`Some(0)`: a device's default one).
    pub context: Option<usize>,
    /// Pictures sent and not yet delivered to the callback (wrapped callbacks only).
    pub in_flight: VecDeque<Flight>,
    /// The number of the last picture handed to the driver.
    pub next_frame: u64,
    /// The live channel's latency, rate and stall figures (`None` when `ACLVENC_SHIM_FIGURES` is off).
    pub meter: Option<Box<Meter>>,
    /// The live channel's track ([`super::figures::next_track`]; 0 before its first channel).
    pub track: u32,
}

/// A live frame config.
#[derive(Clone, Debug)]
pub struct FrameConfig {
    pub origin: Origin,
    /// The EOS flag as last set (aclvencSetFrameConfigEos).
    pub eos: bool,
    /// The force-I flag as last set (aclvencSetFrameConfigForceIFrame).
    pub force_i: bool,
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
    pub finished: Finished,
    /// Descs and frame configs whose destroy the driver is running.
    dying_descs: Dying<usize, Desc>,
    dying_configs: Dying<usize, FrameConfig>,
}

/// What the shim knows about a handle.
pub enum Known<'a, T> {
    Live(&'a T),
    /// Destroyed, by this call.
    Destroyed(&'a Origin),
    /// Never returned by the create function (or forgotten long ago).
    Unknown,
}

/// `p` in `live`, else in `destroyed`: one hash lookup for a live handle, the common case on every call.
fn known<'a, T>(live: &'a HashMap<usize, T>, destroyed: &'a HashMap<usize, Origin>, p: usize) -> Known<'a, T> {
    if let Some(t) = live.get(&p) {
        return Known::Live(t);
    }
    destroyed.get(&p).map_or(Known::Unknown, Known::Destroyed)
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
    /// What the shim knows of the desc `p` (the destroyed ones are looked at only when it is not live).
    pub fn desc(&self, p: usize) -> Known<'_, Desc> {
        known(&self.descs, &self.destroyed_descs, p)
    }

    /// What the shim knows of the frame config `p` (the destroyed ones are looked at only when it is not live).
    pub fn config(&self, p: usize) -> Known<'_, FrameConfig> {
        known(&self.configs, &self.destroyed_configs, p)
    }

    /// aclvencCreateChannelDesc returned `p`.
    pub fn desc_created(&mut self, p: usize, origin: Origin) {
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
            context: None,
            in_flight: VecDeque::new(),
            next_frame: 0,
            meter: None,
            track: 0,
        };
        self.descs.insert(p, desc);
    }

    /// aclvencDestroyChannelDesc(p) is about to be forwarded.
    pub fn desc_destroying(&mut self, p: usize) {
        self.dying_descs.begin(&mut self.descs, p);
    }

    /// The driver answered aclvencDestroyChannelDesc(p) (`ok`: it succeeded; `by`: where, made only on success);
    /// a live channel's counters are kept for the summary.
    pub fn desc_destroyed(&mut self, p: usize, ok: bool, by: impl FnOnce() -> Origin) {
        if let Some(d) = self.dying_descs.end(&mut self.descs, p, ok) {
            if d.phase == Phase::Live {
                self.finished.push(Self::summary(p, &d));
            }
            remember(&mut self.destroyed_descs, p, by());
        }
    }

    /// A setter stored `v` (widened to 64 bits) as `attr` of desc `p`.
    pub fn attr_set(&mut self, p: usize, attr: Attr, v: u64) {
        if let Some(d) = self.descs.get_mut(&p) {
            d.attrs.apply(attr, v);
        }
    }

    /// aclvencCreateChannel(p) succeeded on a thread whose current context is `context`.
    pub fn channel_created(
        &mut self,
        p: usize,
        origin: Origin,
        context: Option<usize>,
        (meter, track): (Option<Box<Meter>>, u32),
    ) {
        if let Some(d) = self.descs.get_mut(&p) {
            d.phase = Phase::Live;
            d.channel_origin = Some(origin);
            d.eos_sent = false;
            d.frames_sent = 0;
            d.outputs = 0;
            d.bytes = 0;
            d.context = context;
            d.in_flight.clear();
            d.next_frame = 0;
            d.meter = meter;
            d.track = track;
        }
    }

    /// aclvencDestroyChannel(p) succeeded; the channel's counters are kept for the summary. Returns its track, and
    /// its bit rate since the timeline's last value ([`Meter::closing_kbps`]).
    pub fn channel_destroyed(&mut self, p: usize) -> Option<(u32, Option<f64>)> {
        let d = self.descs.get_mut(&p).filter(|d| d.phase == Phase::Live)?;
        d.phase = Phase::Destroyed;
        d.in_flight.clear();
        let summary = Self::summary(p, d);
        let closing = (d.track, d.meter.as_ref().and_then(|m| m.closing_kbps(now_ns())));
        self.finished.push(summary);
        Some(closing)
    }

    /// aclvencCreateFrameConfig returned `p`.
    pub fn config_created(&mut self, p: usize, origin: Origin) {
        self.destroyed_configs.remove(&p);
        self.configs.insert(p, FrameConfig { origin, eos: false, force_i: false });
    }

    /// aclvencDestroyFrameConfig(p) is about to be forwarded.
    pub fn config_destroying(&mut self, p: usize) {
        self.dying_configs.begin(&mut self.configs, p);
    }

    /// The driver answered aclvencDestroyFrameConfig(p) (`ok`: it succeeded; `by`: where, made only on success).
    pub fn config_destroyed(&mut self, p: usize, ok: bool, by: impl FnOnce() -> Origin) {
        if self.dying_configs.end(&mut self.configs, p, ok).is_some() {
            remember(&mut self.destroyed_configs, p, by());
        }
    }

    /// aclvencSetFrameConfigForceIFrame(p, force) succeeded.
    pub fn config_force_i_set(&mut self, p: usize, force: bool) {
        if let Some(c) = self.configs.get_mut(&p) {
            c.force_i = force;
        }
    }

    /// aclvencSetFrameConfigEos(p, eos) succeeded.
    pub fn config_eos_set(&mut self, p: usize, eos: bool) {
        if let Some(c) = self.configs.get_mut(&p) {
            c.eos = eos;
        }
    }

    /// aclvencSendFrame(desc, pic, ..., config) is about to be forwarded (its callback may come before the send
    /// returns): a picture unless the config says EOS; it is in flight until its callback. Returns its number on
    /// the channel (`None` for EOS).
    ///
    /// Past [`super::MAX_IN_FLIGHT`] the oldest frame is forgotten; its number comes second.
    pub fn frame_entering(&mut self, desc: usize, pic: usize, config: usize) -> Option<Entering> {
        let c = self.configs.get(&config);
        if c.is_some_and(|c| c.eos) {
            return None;
        }
        let forced_idr = c.is_some_and(|c| c.force_i).then_some(0);
        let d = self.descs.get_mut(&desc)?;
        d.next_frame += 1;
        let sent_ns = d.meter.as_mut().map_or(0, |m| {
            let now = now_ns();
            m.sent(now);
            now
        });
        let f = Flight { frame: d.next_frame, input: pic, pts: 0, sent_ns, forced_idr };
        let forgotten = if d.in_flight.len() >= super::MAX_IN_FLIGHT { d.in_flight.pop_front() } else { None };
        d.in_flight.push_back(f);
        Some(Entering { flight: f, forgotten, in_flight: d.in_flight.len(), track: d.track })
    }

    /// The driver answered aclvencSendFrame(desc, pic, ..., config): on success an EOS or a picture is counted;
    /// a refused picture is no longer in flight (it is returned).
    pub fn frame_answered(&mut self, desc: usize, pic: usize, config: usize, ok: bool) -> Option<Flight> {
        let eos = self.configs.get(&config).is_some_and(|c| c.eos);
        let d = self.descs.get_mut(&desc)?;
        match (ok, eos) {
            (true, true) => d.eos_sent = true,
            (true, false) => d.frames_sent += 1,
            (false, true) => {}
            (false, false) => {
                let i = d.in_flight.iter().rposition(|f| f.input == pic)?;
                if let Some(m) = &mut d.meter {
                    m.refused();
                }
                return d.in_flight.remove(i);
            }
        }
        None
    }

    /// A wrapped callback delivered an output of `bytes` bytes for `desc`, for the picture `pic` (`failed`: its
    /// retCode said the picture failed to encode).
    pub fn output_delivered(&mut self, desc: usize, pic: usize, bytes: u64, failed: bool) -> Out {
        let Some(d) = self.descs.get_mut(&desc) else { return Out::default() };
        d.outputs += 1;
        d.bytes += bytes;
        let i = d.in_flight.iter().position(|f| f.input == pic).or((!d.in_flight.is_empty()).then_some(0));
        let flight = i.and_then(|i| d.in_flight.remove(i));
        let (mut at_ns, mut stall, mut kbps) = (0, None, None);
        if let Some(m) = &mut d.meter {
            at_ns = now_ns();
            stall = m.output(at_ns, flight.map(|f| f.sent_ns), bytes, failed);
            kbps = m.second_closed(at_ns);
        }
        let codec = d.attrs.en_type.and_then(aclvenc_bitstream::Codec::from_v1_en_type);
        Out { flight, stall, pending: d.in_flight.len(), at_ns, kbps, track: d.track, codec }
    }

    /// Summary of the channel of desc `p`.
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
            channels: 1,
            figures: d.meter.as_ref().map(|m| m.figures(d.in_flight.len() as u64)),
        }
    }

    pub(super) fn live_objects(&self) -> Vec<LiveObject> {
        let mut v = Vec::new();
        for (p, d) in &self.descs {
            v.push(LiveObject::new("aclvencChannelDesc", format!("{p:#x}"), d.origin.clone()));
            if d.phase == Phase::Live {
                if let Some(o) = &d.channel_origin {
                    v.push(LiveObject::new("aclvenc channel", format!("desc {p:#x}"), o.clone()));
                }
            }
        }
        for (p, c) in &self.configs {
            v.push(LiveObject::new("aclvencFrameConfig", format!("{p:#x}"), c.origin.clone()));
        }
        v
    }

    pub(super) fn summaries(&self) -> Vec<ChannelSummary> {
        let mut v = self.finished.all();
        v.extend(self.descs.iter().filter(|(_, d)| d.phase == Phase::Live).map(|(p, d)| Self::summary(*p, d)));
        v
    }
}
