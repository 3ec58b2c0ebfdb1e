//! V2 (`hi_mpi_venc_*`) objects: channels by id with their receive state, and the streams obtained with
//! `hi_mpi_venc_get_stream` and not yet released (in the order they were obtained). The methods named after
//! events (`chn_created`, `chn_started`, `stream_obtained`, ...) are the only state transitions; each `record`
//! hook in `validate/v2` is one call into them.
//!
//! Each channel id of a chip (0..[`SLOTS`]) has a slot of its own, with its own lock on cache lines of its own:
//! threads calling on different channels share no lock and no written cache line (issue 9). What only creating
//! and destroying channels touch (the destroyed and dying channels, the counters of destroyed ones) is in one
//! [`Registry`], whose lock is taken before a slot's, never after.
//!
//! What the checks of the per-frame calls read of a channel ([`Seen`]) is also published in its slot, in atomics
//! written under the slot's lock and read without it (a sequence lock: [`Board`]), so that query_status takes no
//! lock and send_frame, get_stream and release_stream take the slot's lock once, to record (issue 9).

use super::figures::{now_ns, Meter};
use super::{
    BeginReads, ChannelSummary, Dying, Entering, Finished, Flight, Held, InFlight, LiveMap, LiveObject, Out, Sender,
};
use crate::site::Origin;
use aclvenc_abi::{hi_bool, hi_payload_type, hi_venc_chn_attr};
use aclvenc_interface::report::RateTarget;
use parking_lot::Mutex;
use rustc_hash::FxHashMap as HashMap;
use std::collections::VecDeque;
use std::sync::atomic::{fence, AtomicBool, AtomicI32, AtomicU32, AtomicU64, AtomicUsize, Ordering::*};

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
#[derive(Debug)]
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
    /// Pictures sent: counted when they enter ([`V2State::frame_entering`]), uncounted when the driver refuses
    /// them.
    pub frames_sent: u64,
    pub streams: u64,
    pub bytes: u64,
    pub outstanding: VecDeque<Outstanding>,
    /// Pictures sent whose stream get_stream has not returned yet.
    pub in_flight: InFlight,
    /// The number of the last picture handed to the driver.
    pub next_frame: u64,
    /// hi_mpi_venc_request_idr(instant) was called: the next picture sent is to be an IDR, or one of the pictures
    /// in flight then (how many: the value).
    pub idr_requested: Option<u32>,
    /// Latency, rate and stall figures (`None` when `ACLVENC_SHIM_FIGURES` is off).
    pub meter: Option<Box<Meter>>,
    /// The channel's track ([`super::figures::next_track`]).
    pub track: u32,
}

/// How many channel ids have a slot of their own: every id of every chip (`hi_venc_chn` is below 256 on all).
pub const SLOTS: usize = 256;

/// What the checks read of a live channel: its [`Board`] holds it for reads without the channel's lock.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Seen {
    /// `venc_attr.type`.
    pub payload: hi_payload_type,
    pub pic_width: u32,
    pub pic_height: u32,
    pub buf_size: u32,
    pub recv: Recv,
    /// Streams obtained with get_stream and not released yet.
    pub outstanding: usize,
    /// `stream.pack` of the oldest of them (0: none, or NULL).
    pub oldest: usize,
    /// `cur_packs` of the last successful query_status (packs of the stream get_stream returns next), in frame
    /// mode (`is_by_frame`) only.
    pub cur_packs: Option<u32>,
}

impl Recv {
    /// As one word: the state in the high half, the limit in the low one.
    fn pack(self) -> u64 {
        match self {
            Recv::Created => 0,
            Recv::Receiving { limit } => 1 << 32 | u64::from(limit as u32),
            Recv::Stopped => 2 << 32,
        }
    }

    fn unpack(w: u64) -> Recv {
        match w >> 32 {
            0 => Recv::Created,
            1 => Recv::Receiving { limit: w as u32 as i32 },
            _ => Recv::Stopped,
        }
    }
}

/// A slot's channel as the checks see it, published for reads without the slot's lock: [`Board::publish`] runs
/// under the lock (so one writer at a time) after each change of what [`Seen`] holds, and [`Board::read`] retries
/// while a publish is under way (a sequence lock: plain loads and stores, no locked instruction on either side).
/// `cur_packs` is one word of its own, which query_status's record stores without the lock.
#[derive(Default)]
pub struct Board {
    /// Odd while a publish is under way; bumped twice by each.
    seq: AtomicU32,
    live: AtomicBool,
    by_frame: AtomicBool,
    payload: AtomicI32,
    buf_size: AtomicU32,
    /// Width in the high half, height in the low one.
    size: AtomicU64,
    /// [`Recv::pack`].
    recv: AtomicU64,
    outstanding: AtomicUsize,
    oldest: AtomicUsize,
    /// 0: none; else `1 << 32 | cur_packs`.
    cur_packs: AtomicU64,
}

impl Board {
    /// Publishes `place` (`None`: not live). Only under the slot's lock.
    fn publish(&self, place: &Option<Chn>) {
        let s = self.seq.load(Relaxed);
        self.seq.store(s.wrapping_add(1), Relaxed);
        // The odd sequence is seen before any field changes.
        fence(Release);
        self.live.store(place.is_some(), Relaxed);
        if let Some(c) = place {
            self.by_frame.store(c.is_by_frame, Relaxed);
            self.payload.store(c.payload, Relaxed);
            self.buf_size.store(c.buf_size, Relaxed);
            self.size.store(u64::from(c.pic_width) << 32 | u64::from(c.pic_height), Relaxed);
            self.recv.store(c.recv.pack(), Relaxed);
            self.outstanding.store(c.outstanding.len(), Relaxed);
            self.oldest.store(c.outstanding.front().map_or(0, |o| o.pack), Relaxed);
        }
        self.seq.store(s.wrapping_add(2), Release);
    }

    /// Whether the channel is live, as last published (one load: for calls that read nothing else of it).
    #[inline(always)]
    fn is_live(&self) -> bool {
        self.live.load(Acquire)
    }

    /// The channel as last published; `None` when it is not live. `lock` is the slot's lock, which a publish holds.
    #[inline(always)]
    fn read(&self, lock: &Mutex<Option<Chn>>) -> Option<Seen> {
        match self.try_read() {
            Some(seen) => seen,
            None => self.read_during_publish(lock),
        }
    }

    /// [`Board::read`] while a publish is under way: a few more tries, then (its writer, which holds the slot's
    /// lock, was likely preempted) a wait on the lock instead of spinning; with the lock held nothing is
    /// published, so the read holds.
    #[cold]
    #[inline(never)]
    fn read_during_publish(&self, lock: &Mutex<Option<Chn>>) -> Option<Seen> {
        for _ in 0..SPINS {
            std::hint::spin_loop();
            if let Some(seen) = self.try_read() {
                return seen;
            }
        }
        let _publishing = lock.lock();
        loop {
            if let Some(seen) = self.try_read() {
                return seen;
            }
        }
    }

    /// One attempt at [`Board::read`]: `None` when a publish was under way.
    #[inline(always)]
    fn try_read(&self) -> Option<Option<Seen>> {
        let s = self.seq.load(Acquire);
        if s % 2 == 1 {
            return None;
        }
        let (live, by_frame) = (self.live.load(Relaxed), self.by_frame.load(Relaxed));
        let (payload, buf_size) = (self.payload.load(Relaxed), self.buf_size.load(Relaxed));
        let (size, recv) = (self.size.load(Relaxed), self.recv.load(Relaxed));
        let (outstanding, oldest) = (self.outstanding.load(Relaxed), self.oldest.load(Relaxed));
        let cur_packs = self.cur_packs.load(Relaxed);
        // The fields are read before the sequence is read again.
        fence(Acquire);
        if self.seq.load(Relaxed) != s {
            return None;
        }
        // Built from the words read, not in the loop: a struct built in memory and copied out stalls on store
        // forwarding (wider loads of narrower stores), which cost more than the rest of the read.
        Some(live.then(|| Seen {
            payload: hi_payload_type(payload),
            pic_width: (size >> 32) as u32,
            pic_height: size as u32,
            buf_size,
            recv: Recv::unpack(recv),
            outstanding,
            oldest,
            cur_packs: unpack_packs(cur_packs).filter(|_| by_frame),
        }))
    }

    /// query_status said `cur_packs` (`None`: get_stream took that stream).
    fn set_cur_packs(&self, cur_packs: Option<u32>) {
        self.cur_packs.store(cur_packs.map_or(0, |n| 1 << 32 | u64::from(n)), Release);
    }
}

/// How many times a read of a [`Board`] tries before it waits on the slot's lock for the publish under way.
const SPINS: u32 = 64;

fn unpack_packs(w: u64) -> Option<u32> {
    (w >> 32 != 0).then_some(w as u32)
}

/// One channel id's slot, aligned to two cache lines (the adjacent-line prefetcher pairs them) so that no two
/// slots share one: the channel behind its lock, and what the checks read of it without the lock.
#[derive(Default)]
#[repr(align(128))]
pub struct Slot {
    chn: Mutex<Option<Chn>>,
    board: Board,
}

/// The live channels: ids `0..SLOTS` each in its own [`Slot`]; any other id (none is valid on any chip:
/// MPI-CHN-RANGE, but a driver may still create it) in one map under one lock.
pub struct Chns {
    slots: Box<[Slot]>,
    others: Mutex<HashMap<i32, Chn>>,
}

impl Default for Chns {
    fn default() -> Chns {
        Chns { slots: (0..SLOTS).map(|_| Slot::default()).collect(), others: Mutex::default() }
    }
}

impl Chns {
    #[inline]
    fn slot(&self, chn: i32) -> Option<&Slot> {
        usize::try_from(chn).ok().and_then(|i| self.slots.get(i))
    }

    /// Runs `f` on channel `chn`'s place (`None`: not live), holding only that channel's lock, and publishes
    /// what the checks read of it ([`Board`]).
    fn with<R>(&self, chn: i32, f: impl FnOnce(&mut Option<Chn>) -> R) -> R {
        match self.slot(chn) {
            Some(slot) => {
                let mut place = slot.chn.lock();
                let r = f(&mut place);
                slot.board.publish(&place);
                r
            }
            None => {
                let mut others = self.others.lock();
                let mut place = others.remove(&chn);
                let r = f(&mut place);
                if let Some(c) = place {
                    others.insert(chn, c);
                }
                r
            }
        }
    }

    /// Runs `f` on the live channel `chn`, holding only its lock; `None` when it is not live. `f` must not change
    /// what [`Seen`] holds (that goes through [`Chns::edit`]).
    pub fn on<R>(&self, chn: i32, f: impl FnOnce(&mut Chn) -> R) -> Option<R> {
        match self.slot(chn) {
            Some(slot) => slot.chn.lock().as_mut().map(f),
            None => self.with(chn, |place| place.as_mut().map(f)),
        }
    }

    /// [`Chns::on`] for a change of what [`Seen`] holds: published before the lock is released.
    fn edit<R>(&self, chn: i32, f: impl FnOnce(&mut Chn) -> R) -> Option<R> {
        self.with(chn, |place| place.as_mut().map(f))
    }

    /// Whether channel `chn` is live: one load of its slot's board (without its lock) for ids that have a slot.
    #[inline]
    pub fn contains(&self, chn: i32) -> bool {
        match self.slot(chn) {
            Some(slot) => slot.board.is_live(),
            None => self.with(chn, |place| place.is_some()),
        }
    }

    /// What the checks read of channel `chn` when it is live and its id has a slot, read without a lock.
    #[inline(always)]
    pub fn published(&self, chn: i32) -> Option<Seen> {
        self.slot(chn).and_then(|s| s.board.read(&s.chn))
    }

    /// What the checks read of channel `chn` when it is live: without a lock for ids that have a slot.
    pub fn seen(&self, chn: i32) -> Option<Seen> {
        match self.slot(chn) {
            Some(slot) => slot.board.read(&slot.chn),
            None => self.on(chn, |c| c.seen()),
        }
    }

    /// Runs `f` on every live channel, each under its own lock in turn, in id order (then the other ids).
    pub fn for_each(&self, mut f: impl FnMut(i32, &Chn)) {
        for (id, slot) in (0..).zip(self.slots.iter()) {
            if let Some(c) = &*slot.chn.lock() {
                f(id, c);
            }
        }
        for (id, c) in self.others.lock().iter() {
            f(*id, c);
        }
    }

    /// Every lock of the channels, for the fork handlers ([`crate::process`]).
    pub fn locks(&self) -> impl Iterator<Item = &Mutex<Option<Chn>>> {
        self.slots.iter().map(|s| &s.chn)
    }

    /// The lock of the channels with ids outside the slots, for the fork handlers.
    pub fn others_lock(&self) -> &Mutex<HashMap<i32, Chn>> {
        &self.others
    }
}

/// [`Dying`] works on the slots through this.
impl LiveMap<i32, Chn> for &Chns {
    fn take(&mut self, k: &i32) -> Option<Chn> {
        self.with(*k, Option::take)
    }
    fn put(&mut self, k: i32, t: Chn) {
        self.with(k, |place| *place = Some(t));
    }
    fn has(&self, k: &i32) -> bool {
        self.contains(*k)
    }
}

/// What only creating and destroying channels touch.
#[derive(Default)]
pub struct Registry {
    /// Channels destroyed, with where (to tell "destroyed" from "never created").
    pub destroyed: HashMap<i32, Origin>,
    /// Counters of channels already destroyed.
    pub finished: Finished,
    /// Channels whose destroy the driver is running.
    dying: Dying<i32, Chn>,
}

/// The V2 objects.
#[derive(Default)]
pub struct V2State {
    /// The live channels, each behind its own lock.
    pub chns: Chns,
    /// Taken before a channel's lock, never after (creating and destroying channels take both).
    pub registry: Mutex<Registry>,
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

    /// What the checks read of it, for an id without a slot (which keeps no `cur_packs`: [`Board`]).
    fn seen(&self) -> Seen {
        Seen {
            payload: hi_payload_type(self.payload),
            pic_width: self.pic_width,
            pic_height: self.pic_height,
            buf_size: self.buf_size,
            recv: self.recv,
            outstanding: self.outstanding.len(),
            oldest: self.outstanding.front().map_or(0, |o| o.pack),
            cur_packs: None,
        }
    }

    /// A picture at `input` with `pts` enters the channel ([`V2State::frame_entering`]).
    fn entering(&mut self, input: usize, pts: u64, sender: Sender, reads: BeginReads<'_>) -> Entering {
        self.next_frame += 1;
        self.frames_sent += 1;
        let sent_ns = self.meter.as_mut().map_or(0, |m| {
            let now = now_ns();
            m.sent(now);
            now
        });
        let forced_idr = self.idr_requested.take();
        let f = Flight { frame: self.next_frame, input, pts, sent_ns, forced_idr };
        self.in_flight.push(f, Held { reads: reads(), sender });
        Entering { flight: f, in_flight: self.in_flight.len(), track: self.track }
    }

    /// The driver refused the picture at `input` ([`V2State::frame_refused`]); `counted`: its entering counted it.
    fn refused(&mut self, input: usize, counted: bool) -> Option<Flight> {
        if counted {
            self.frames_sent = self.frames_sent.saturating_sub(1);
        }
        let i = self.in_flight.iter().rposition(|f| f.input == input)?;
        let f = self.in_flight.take(i)?;
        self.idr_requested = self.idr_requested.or(f.forced_idr);
        if let Some(m) = &mut self.meter {
            m.refused();
        }
        Some(f)
    }

    /// An output for the picture at `input` or with `pts` ([`V2State::frame_out`]).
    fn out(&mut self, input: usize, pts: u64, bytes: u64, failed: bool) -> Out {
        let i = self
            .in_flight
            .iter()
            .position(|f| input != 0 && f.input == input)
            .or_else(|| self.in_flight.iter().position(|f| f.pts == pts && pts != 0))
            .or((!self.in_flight.is_empty()).then_some(0));
        let flight = i.and_then(|i| self.in_flight.take(i));
        let sent = flight.map(|f| f.sent_ns);
        let (at_ns, stall, kbps) = self.meter.as_mut().map_or((0, None, None), |m| m.came_out(sent, bytes, failed));
        let codec = u32::try_from(self.payload).ok().and_then(aclvenc_bitstream::Codec::from_v2_payload_type);
        Out { flight, stall, pending: self.in_flight.len(), at_ns, kbps, track: self.track, codec }
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
        &self,
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
            streams: 0,
            bytes: 0,
            outstanding: VecDeque::new(),
            in_flight: InFlight::default(),
            next_frame: 0,
            idr_requested: None,
            meter,
            track,
        };
        let mut registry = self.registry.lock();
        registry.destroyed.remove(&chn);
        self.chns.with(chn, |place| {
            *place = Some(c);
            if let Some(slot) = self.chns.slot(chn) {
                slot.board.set_cur_packs(None);
            }
        });
    }

    /// The track of channel `chn` when it exists.
    pub fn track(&self, chn: i32) -> Option<u32> {
        self.chns.on(chn, |c| c.track)
    }

    /// What a check needs of the live channel `chn`, else where it was destroyed (`Err(None)`: never created, or
    /// forgotten). The checks read a live channel with [`Chns::published`] first, without a lock.
    pub fn known(&self, chn: i32) -> Result<Seen, Option<Origin>> {
        if let Some(s) = self.chns.seen(chn) {
            return Ok(s);
        }
        // Not live: look again under the registry lock, so that a create or a failed destroy running on another
        // thread is seen whole (both publish under it).
        let registry = self.registry.lock();
        match self.chns.seen(chn) {
            Some(s) => Ok(s),
            None => Err(registry.destroyed.get(&chn).cloned()),
        }
    }

    /// hi_mpi_venc_destroy_chn(chn) is about to be forwarded.
    pub fn chn_destroying(&self, chn: i32) {
        self.registry.lock().dying.begin(&mut &self.chns, chn);
    }

    /// The driver answered hi_mpi_venc_destroy_chn(chn) (`ok`: it succeeded; `by`: where, made only on success);
    /// its counters are kept for the summary.
    /// Returns the destroyed channel's track, and its bit rate since the timeline's last value ([`Meter::closing_kbps`]).
    pub fn chn_destroyed(&self, chn: i32, ok: bool, by: impl FnOnce() -> Origin) -> Option<(u32, Option<f64>)> {
        let mut registry = self.registry.lock();
        let c = registry.dying.end(&mut &self.chns, chn, ok)?;
        registry.finished.push(c.summary(chn));
        registry.destroyed.insert(chn, by());
        Some((c.track, c.meter.as_ref().and_then(|m| m.closing_kbps(now_ns()))))
    }

    /// hi_mpi_venc_set_chn_attr(chn, attr) succeeded: the picture size, profile, GOP and rate may have changed.
    pub fn attr_changed(&self, chn: i32, attr: &hi_venc_chn_attr, target: Option<RateTarget>, gop: Option<u32>) {
        self.chns.edit(chn, |c| {
            let va = &attr.venc_attr;
            (c.pic_width, c.pic_height, c.profile, c.gop) = (va.pic_width, va.pic_height, va.profile, gop);
            if let Some(m) = &mut c.meter {
                m.target = target;
            }
        });
    }

    /// hi_mpi_venc_start_chn(chn) succeeded with `recv_pic_num` `limit`.
    pub fn chn_started(&self, chn: i32, limit: i32) {
        self.chns.edit(chn, |c| {
            c.recv = Recv::Receiving { limit };
        });
    }

    /// hi_mpi_venc_stop_chn(chn) succeeded.
    pub fn chn_stopped(&self, chn: i32) {
        self.chns.edit(chn, |c| {
            c.recv = Recv::Stopped;
        });
    }

    /// hi_mpi_venc_get_fd(chn) returned `fd`.
    pub fn fd_obtained(&self, chn: i32, fd: i32) {
        self.chns.on(chn, |c| {
            c.fd = Some(fd);
        });
    }

    /// A picture at `input` with `pts` is being sent to `chn` (send_frame or send_jpege_frame, about to be
    /// forwarded: the encoder may return its stream before the send returns); it stays in flight until get_stream
    /// returns its stream, or the driver refuses the send. It counts as sent ([`Chn::frames_sent`]) unless the
    /// driver refuses it ([`V2State::frame_refused`] with `counted`), so that a send that succeeds takes no lock
    /// after the driver returns.
    ///
    /// Past [`super::MAX_IN_FLIGHT`] the oldest picture is forgotten.
    pub fn frame_entering(
        &self,
        (chn, input, pts): (i32, usize, u64),
        sender: Sender,
        reads: BeginReads<'_>,
    ) -> Option<Entering> {
        self.chns.on(chn, |c| c.entering(input, pts, sender, reads))
    }

    /// The send of a picture to `chn` succeeded, and [`V2State::frame_entering`] did not count it.
    pub fn frame_sent(&self, chn: i32) {
        self.chns.on(chn, |c| {
            c.frames_sent += 1;
        });
    }

    /// The driver refused the send of the picture at `input` to `chn`: it is not in flight; returns it.
    /// `counted`: [`V2State::frame_entering`] counted it as sent.
    pub fn frame_refused(&self, chn: i32, input: usize, counted: bool) -> Option<Flight> {
        self.chns.on(chn, |c| c.refused(input, counted)).flatten()
    }

    /// hi_mpi_venc_request_idr(chn, instant) succeeded with `instant` true (without it the encoder may wait for the
    /// GOP's next IDR, so nothing is expected of a given picture).
    pub fn idr_requested(&self, chn: i32) {
        self.chns.on(chn, |c| {
            c.idr_requested = Some(u32::try_from(c.in_flight.len()).unwrap_or(u32::MAX));
        });
    }

    /// query_status(chn) said the next stream has `cur_packs` packs: stored without a lock (ids without a slot,
    /// which the checks never look up, keep none).
    pub fn status_queried(&self, chn: i32, cur_packs: u32) {
        if let Some(slot) = self.chns.slot(chn).filter(|s| s.board.live.load(Acquire)) {
            slot.board.set_cur_packs(Some(cur_packs));
        }
    }

    /// get_stream(chn) returned `stream`, of `bytes` bytes (the packs' payload), now owed a release, for the
    /// picture at `input` (pack 0's `input_addr`) or with `pts`, else the oldest in flight; `failed`: a pack of it
    /// had len 0. One lock of the channel.
    pub fn stream_obtained(
        &self,
        chn: i32,
        stream: Outstanding,
        (input, pts): (usize, u64),
        bytes: u64,
        failed: bool,
    ) -> Out {
        let out = self.chns.edit(chn, |c| {
            c.streams += 1;
            c.bytes += bytes;
            c.outstanding.push_back(stream);
            c.out(input, pts, bytes, failed)
        });
        if let Some(slot) = self.chns.slot(chn).filter(|_| out.is_some()) {
            slot.board.set_cur_packs(None);
        }
        out.unwrap_or_default()
    }

    /// Where the stream whose pack array is at `pack` is among channel `chn`'s outstanding ones (0: the oldest);
    /// `None` when it is not one of them (or the channel is not live).
    pub fn outstanding_at(&self, chn: i32, pack: usize) -> Option<usize> {
        self.chns.on(chn, |c| c.outstanding.iter().position(|o| o.pack == pack)).flatten()
    }

    /// release_stream(chn) released the stream whose pack array is at `pack`.
    pub fn stream_released(&self, chn: i32, pack: usize) {
        self.chns.edit(chn, |c| {
            if let Some(i) = c.outstanding.iter().position(|o| o.pack == pack) {
                c.outstanding.remove(i);
            }
        });
    }

    pub(super) fn live_objects(&self) -> Vec<LiveObject> {
        let mut v = Vec::new();
        self.chns.for_each(|id, c| {
            v.push(LiveObject::new("hi_mpi_venc channel", format!("chn {id}"), c.origin.clone()));
            for s in &c.outstanding {
                let handle = format!("chn {id} seq {} pack {:#x}", s.seq, s.pack);
                v.push(LiveObject::new("hi_venc_stream (not released)", handle, s.origin.clone()));
            }
        });
        v
    }

    pub(super) fn summaries(&self) -> Vec<ChannelSummary> {
        let registry = self.registry.lock();
        let mut v = registry.finished.all();
        self.chns.for_each(|id, c| v.push(c.summary(id)));
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicBool;
    use std::time::Duration;

    /// The calling thread's CPU time.
    fn cpu() -> Duration {
        let mut t = libc::timespec { tv_sec: 0, tv_nsec: 0 };
        // SAFETY: `t` is a valid timespec to write; the calling thread's CPU clock always exists.
        unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) };
        Duration::new(t.tv_sec as u64, t.tv_nsec as u32)
    }

    /// A read that finds a publish under way whose writer does not go on (preempted while it holds the slot's lock)
    /// waits on the lock without spinning (it burns almost no CPU meanwhile), and returns what the writer published
    /// once it releases it.
    #[test]
    fn a_read_during_a_stalled_publish_waits_for_its_lock() {
        let (board, lock) = (Board::default(), Mutex::new(None::<Chn>));
        let held = lock.lock();
        // The writer is mid-publish: odd sequence, the channel made live but not yet finished.
        board.seq.store(1, Relaxed);
        board.live.store(true, Relaxed);
        let done = AtomicBool::new(false);
        std::thread::scope(|s| {
            let reader = s.spawn(|| {
                let start = cpu();
                let seen = board.read(&lock);
                done.store(true, Relaxed);
                (seen, cpu() - start)
            });
            std::thread::sleep(Duration::from_millis(100));
            assert!(!done.load(Relaxed), "the read returned while the publish was under way");
            board.payload.store(96, Relaxed);
            board.seq.store(2, Release);
            drop(held);
            let (seen, burnt) = reader.join().expect("the reader");
            assert_eq!(seen.expect("live").payload, hi_payload_type(96));
            assert!(burnt < Duration::from_millis(30), "the read spun for {burnt:?} of CPU while it waited");
        });
    }
}
