//! V1 (`aclvenc*`) objects: channel descs with the attributes set on them and their channel, and frame configs.
//! The methods named after events (`desc_created`, `attr_set`, `channel_created`, ...) are the only state
//! transitions; each `record` hook in `validate/v1` is one call into them.

use super::figures::{now_ns, Meter};
use super::{BeginReads, ChannelSummary, Dying, Entering, Finished, Flight, Gen, InFlight, LiveObject, Out, Pool};
use super::{Held, Remembered, Sender};
use crate::site::Origin;
use aclvenc_abi::aclvencChannelDescParamType;
use rustc_hash::FxHashMap as HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicU8, AtomicUsize, Ordering::*};

/// Declares [`Attr`] and its aclvencChannelDescParamType order in one list.
macro_rules! attrs {
    ($($a:ident),* $(,)?) => {
        /// A channel desc attribute, as the typed setters and aclvencChannelDescParamType name them.
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        pub enum Attr {
            $($a,)*
        }

        impl Attr {
            /// Every attribute, in aclvencChannelDescParamType order.
            pub const ALL: &[Attr] = &[$(Attr::$a),*];

            /// From an aclvencChannelDescParamType value (0..=12, in declaration order).
            pub fn from_param(t: aclvencChannelDescParamType) -> Option<Attr> {
                usize::try_from(t.0).ok().and_then(|i| Self::ALL.get(i).copied())
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

/// What the setters, getters and sends read and write of a desc without the V1 lock (issue 9): its attributes,
/// its channel's phase and send state, in atomics. A cell serves one desc at a time (`owner`); a destroyed desc's
/// cell serves the next desc created, so a call racing with the destroy of its own desc may read the next desc's
/// values, and writes nothing to it (every write checks the owner first).
#[derive(Debug)]
pub struct DescCell {
    /// The desc this cell serves (0: none).
    owner: AtomicUsize,
    /// Each attribute's value as its setter widened it to 64 bits, and whether it was set ([`Attr`] order).
    vals: [AtomicU64; Attr::ALL.len()],
    set: [AtomicBool; Attr::ALL.len()],
    /// The channel's [`Phase`] (its discriminant).
    phase: AtomicU8,
    /// An EOS frame was sent on the live channel.
    eos_sent: AtomicBool,
    /// Pictures the driver accepted on the live channel.
    frames_sent: AtomicU64,
    /// The current acl context of the thread that created the channel, plus one (0: none known).
    context: AtomicUsize,
}

impl DescCell {
    fn new() -> DescCell {
        DescCell {
            owner: AtomicUsize::new(0),
            vals: [const { AtomicU64::new(0) }; Attr::ALL.len()],
            set: [const { AtomicBool::new(false) }; Attr::ALL.len()],
            phase: AtomicU8::new(Phase::NoChannel as u8),
            eos_sent: AtomicBool::new(false),
            frames_sent: AtomicU64::new(0),
            context: AtomicUsize::new(0),
        }
    }

    /// Whether the cell serves desc `p`.
    pub fn serves(&self, p: usize) -> bool {
        self.owner.load(Relaxed) == p
    }

    /// The attributes set so far.
    pub fn attrs(&self) -> DescAttrs {
        let mut a = DescAttrs::default();
        for (i, attr) in Attr::ALL.iter().enumerate() {
            if self.set[i].load(Acquire) {
                a.apply(*attr, self.vals[i].load(Relaxed));
            }
        }
        a
    }

    /// The value of `attr`, if set.
    pub fn attr(&self, attr: Attr) -> Option<u64> {
        let i = attr as usize;
        self.set[i].load(Acquire).then(|| self.vals[i].load(Relaxed))
    }

    /// A setter of desc `p` stored `v` (widened to 64 bits) as `attr`.
    pub fn attr_set(&self, p: usize, attr: Attr, v: u64) {
        if self.serves(p) {
            self.vals[attr as usize].store(v, Relaxed);
            self.set[attr as usize].store(true, Release);
        }
    }

    pub fn phase(&self) -> Phase {
        match self.phase.load(Acquire) {
            1 => Phase::Live,
            2 => Phase::Destroyed,
            _ => Phase::NoChannel,
        }
    }

    pub fn eos_sent(&self) -> bool {
        self.eos_sent.load(Relaxed)
    }

    pub fn frames_sent(&self) -> u64 {
        self.frames_sent.load(Relaxed)
    }

    /// The current acl context of the thread that created the live channel (`Some(0)`: a device's default one).
    pub fn context(&self) -> Option<usize> {
        self.context.load(Relaxed).checked_sub(1)
    }

    /// The driver accepted a frame on desc `p`'s channel: an EOS, or one more picture. Counted with a load and a
    /// store, not a locked add (issue 9): two threads sending on one channel at the same instant may count their
    /// two pictures as one in the summary.
    pub fn frame_accepted(&self, p: usize, eos: bool) {
        if !self.serves(p) {
            return;
        }
        if eos {
            self.eos_sent.store(true, Relaxed);
        } else {
            self.frames_sent.store(self.frames_sent.load(Relaxed) + 1, Relaxed);
        }
    }

    /// Serves desc `p` from now on, with nothing set.
    fn reset(&self, p: usize) {
        for (v, s) in self.vals.iter().zip(&self.set) {
            s.store(false, Relaxed);
            v.store(0, Relaxed);
        }
        self.phase.store(Phase::NoChannel as u8, Relaxed);
        self.eos_sent.store(false, Relaxed);
        self.frames_sent.store(0, Relaxed);
        self.context.store(0, Relaxed);
        self.owner.store(p, Release);
    }
}

/// A live channel desc.
#[derive(Debug)]
pub struct Desc {
    pub origin: Origin,
    /// Its attributes and channel state, read and written without the V1 lock.
    pub cell: &'static DescCell,
    pub channel_origin: Option<Origin>,
    /// Outputs delivered to the application's callback and their bytes (wrapped callbacks only).
    pub outputs: u64,
    pub bytes: u64,
    /// Pictures sent and not yet delivered to the callback (wrapped callbacks only).
    pub in_flight: InFlight,
    /// The number of the last picture handed to the driver.
    pub next_frame: u64,
    /// The live channel's latency, rate and stall figures (`None` when `ACLVENC_SHIM_FIGURES` is off).
    pub meter: Option<Box<Meter>>,
    /// The live channel's track ([`super::figures::next_track`]; 0 before its first channel).
    pub track: u32,
}

impl Desc {
    pub fn attrs(&self) -> DescAttrs {
        self.cell.attrs()
    }

    pub fn phase(&self) -> Phase {
        self.cell.phase()
    }
}

/// What the sends read of a frame config without the V1 lock (issue 9): its flags, in atomics. Served to one
/// config at a time, as [`DescCell`].
#[derive(Debug)]
pub struct ConfigCell {
    owner: AtomicUsize,
    /// The EOS flag as last set (aclvencSetFrameConfigEos).
    eos: AtomicBool,
    /// The force-I flag as last set (aclvencSetFrameConfigForceIFrame).
    force_i: AtomicBool,
}

impl ConfigCell {
    pub fn eos(&self) -> bool {
        self.eos.load(Relaxed)
    }

    pub fn force_i(&self) -> bool {
        self.force_i.load(Relaxed)
    }

    /// aclvencSetFrameConfigEos(p, eos) succeeded.
    pub fn eos_set(&self, p: usize, eos: bool) {
        if self.owner.load(Relaxed) == p {
            self.eos.store(eos, Relaxed);
        }
    }

    /// aclvencSetFrameConfigForceIFrame(p, force) succeeded.
    pub fn force_i_set(&self, p: usize, force: bool) {
        if self.owner.load(Relaxed) == p {
            self.force_i.store(force, Relaxed);
        }
    }
}

/// A live frame config.
#[derive(Clone, Debug)]
pub struct FrameConfig {
    pub origin: Origin,
    pub cell: &'static ConfigCell,
}

/// The V1 objects.
#[derive(Default)]
pub struct V1State {
    pub descs: HashMap<usize, Desc>,
    pub destroyed_descs: Remembered<usize, Origin>,
    pub configs: HashMap<usize, FrameConfig>,
    pub destroyed_configs: Remembered<usize, Origin>,
    /// Counters of channels already destroyed.
    pub finished: Finished,
    /// Descs and frame configs whose destroy the driver is running.
    dying_descs: Dying<usize, Desc>,
    dying_configs: Dying<usize, FrameConfig>,
    desc_cells: Pool<DescCell>,
    config_cells: Pool<ConfigCell>,
    /// Bumped by every create and destroy of a desc or frame config.
    pub gen: Gen,
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
fn known<'a, T>(live: &'a HashMap<usize, T>, destroyed: &'a Remembered<usize, Origin>, p: usize) -> Known<'a, T> {
    if let Some(t) = live.get(&p) {
        return Known::Live(t);
    }
    destroyed.get(&p).map_or(Known::Unknown, Known::Destroyed)
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
        let cell = match self.descs.remove(&p) {
            Some(old) => old.cell,
            None => self.desc_cells.take(DescCell::new),
        };
        cell.reset(p);
        let desc = Desc {
            origin,
            cell,
            channel_origin: None,
            outputs: 0,
            bytes: 0,
            in_flight: InFlight::default(),
            next_frame: 0,
            meter: None,
            track: 0,
        };
        self.descs.insert(p, desc);
        self.gen.bump();
    }

    /// aclvencDestroyChannelDesc(p) is about to be forwarded.
    pub fn desc_destroying(&mut self, p: usize) {
        self.dying_descs.begin(&mut self.descs, p);
        self.gen.bump();
    }

    /// The driver answered aclvencDestroyChannelDesc(p) (`ok`: it succeeded; `by`: where, made only on success);
    /// a live channel's counters are kept for the summary.
    pub fn desc_destroyed(&mut self, p: usize, ok: bool, by: impl FnOnce() -> Origin) {
        if let Some(d) = self.dying_descs.end(&mut self.descs, p, ok) {
            if d.phase() == Phase::Live {
                self.finished.push(Self::summary(p, &d));
            }
            d.cell.owner.store(0, Release);
            self.desc_cells.0.push(d.cell);
            self.destroyed_descs.insert(p, by());
        }
        self.gen.bump();
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
            d.channel_origin = Some(origin);
            d.outputs = 0;
            d.bytes = 0;
            d.in_flight.clear();
            d.next_frame = 0;
            d.meter = meter;
            d.track = track;
            let c = d.cell;
            c.eos_sent.store(false, Relaxed);
            c.frames_sent.store(0, Relaxed);
            c.context.store(context.map_or(0, |c| c + 1), Relaxed);
            c.phase.store(Phase::Live as u8, Release);
        }
    }

    /// aclvencDestroyChannel(p) succeeded; the channel's counters are kept for the summary. Returns its track, and
    /// its bit rate since the timeline's last value ([`Meter::closing_kbps`]).
    pub fn channel_destroyed(&mut self, p: usize) -> Option<(u32, Option<f64>)> {
        let d = self.descs.get_mut(&p).filter(|d| d.phase() == Phase::Live)?;
        d.cell.phase.store(Phase::Destroyed as u8, Release);
        d.in_flight.clear();
        let summary = Self::summary(p, d);
        let closing = (d.track, d.meter.as_ref().and_then(|m| m.closing_kbps(now_ns())));
        self.finished.push(summary);
        Some(closing)
    }

    /// aclvencCreateFrameConfig returned `p`.
    pub fn config_created(&mut self, p: usize, origin: Origin) {
        self.destroyed_configs.remove(&p);
        let cell = match self.configs.remove(&p) {
            Some(old) => old.cell,
            None => self.config_cells.take(|| ConfigCell {
                owner: AtomicUsize::new(0),
                eos: AtomicBool::new(false),
                force_i: AtomicBool::new(false),
            }),
        };
        cell.eos.store(false, Relaxed);
        cell.force_i.store(false, Relaxed);
        cell.owner.store(p, Release);
        self.configs.insert(p, FrameConfig { origin, cell });
        self.gen.bump();
    }

    /// aclvencDestroyFrameConfig(p) is about to be forwarded.
    pub fn config_destroying(&mut self, p: usize) {
        self.dying_configs.begin(&mut self.configs, p);
        self.gen.bump();
    }

    /// The driver answered aclvencDestroyFrameConfig(p) (`ok`: it succeeded; `by`: where, made only on success).
    pub fn config_destroyed(&mut self, p: usize, ok: bool, by: impl FnOnce() -> Origin) {
        if let Some(c) = self.dying_configs.end(&mut self.configs, p, ok) {
            c.cell.owner.store(0, Release);
            self.config_cells.0.push(c.cell);
            self.destroyed_configs.insert(p, by());
        }
        self.gen.bump();
    }

    /// aclvencSendFrame(desc, pic, ..., config) is about to be forwarded (its callback may come before the send
    /// returns): a picture unless the config says EOS; it is in flight until its callback. Returns its number on
    /// the channel (`None` for EOS).
    ///
    /// Past [`super::MAX_IN_FLIGHT`] the oldest frame is forgotten.
    pub fn frame_entering(
        &mut self,
        (desc, pic, config): (usize, usize, usize),
        sender: Sender,
        reads: BeginReads<'_>,
    ) -> Option<Entering> {
        let c = self.configs.get(&config).map(|c| c.cell);
        if c.is_some_and(|c| c.eos()) {
            return None;
        }
        let forced_idr = c.is_some_and(|c| c.force_i()).then_some(0);
        let d = self.descs.get_mut(&desc)?;
        d.next_frame += 1;
        let sent_ns = d.meter.as_mut().map_or(0, |m| {
            let now = now_ns();
            m.sent(now);
            now
        });
        let f = Flight { frame: d.next_frame, input: pic, pts: 0, sent_ns, forced_idr };
        d.in_flight.push(f, Held { reads: reads(), sender });
        Some(Entering { flight: f, in_flight: d.in_flight.len(), track: d.track })
    }

    /// The driver refused the picture `pic` on `desc` (wrapped callbacks only): it is no longer in flight (it is
    /// returned). What the driver accepted is counted in the desc's cell ([`DescCell::frame_accepted`]).
    pub fn frame_refused(&mut self, desc: usize, pic: usize) -> Option<Flight> {
        let d = self.descs.get_mut(&desc)?;
        let i = d.in_flight.iter().rposition(|f| f.input == pic)?;
        if let Some(m) = &mut d.meter {
            m.refused();
        }
        d.in_flight.take(i)
    }

    /// A wrapped callback delivered an output of `bytes` bytes for `desc`, for the picture `pic` (`failed`: its
    /// retCode said the picture failed to encode).
    pub fn output_delivered(&mut self, desc: usize, pic: usize, bytes: u64, failed: bool) -> Out {
        let Some(d) = self.descs.get_mut(&desc) else { return Out::default() };
        d.outputs += 1;
        d.bytes += bytes;
        let i = d.in_flight.iter().position(|f| f.input == pic).or((!d.in_flight.is_empty()).then_some(0));
        let flight = i.and_then(|i| d.in_flight.take(i));
        let sent = flight.map(|f| f.sent_ns);
        let (at_ns, stall, kbps) = d.meter.as_mut().map_or((0, None, None), |m| m.came_out(sent, bytes, failed));
        let codec = d.attrs().en_type.and_then(aclvenc_bitstream::Codec::from_v1_en_type);
        Out { flight, stall, pending: d.in_flight.len(), at_ns, kbps, track: d.track, codec }
    }

    /// Summary of the channel of desc `p`.
    pub fn summary(p: usize, d: &Desc) -> ChannelSummary {
        let codec = match d.attrs().en_type {
            Some(0) => "H265",
            Some(1..=3) => "H264",
            _ => "unknown",
        };
        ChannelSummary {
            api: "v1",
            id: format!("{p:#x}"),
            codec: codec.into(),
            frames_sent: d.cell.frames_sent(),
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
            if d.phase() == Phase::Live {
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
        v.extend(self.descs.iter().filter(|(_, d)| d.phase() == Phase::Live).map(|(p, d)| Self::summary(*p, d)));
        v
    }
}
