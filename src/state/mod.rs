//! What the shim tracks: V1 channel descs (with their attributes and channel), frame configs; V2 channels with
//! their receive state and the streams obtained but not yet released; and the pipeline around them (memory,
//! descs, the runtime, the MPI system). One short lock each; never held while the driver or a user callback runs,
//! and never two at once.

pub mod figures;
pub mod pipe;
pub mod v1;
pub mod v2;

use crate::site::Origin;
use aclvenc_interface::report::{Figures, KEPT_CHANNELS};
use parking_lot::Mutex;
use rustc_hash::FxHashMap as HashMap;
use std::collections::{BTreeMap, VecDeque};
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// Everything tracked.
pub struct State {
    pub v1: Mutex<v1::V1State>,
    /// The generation of the V1 descs and frame configs (the V1 state's, read without its lock).
    pub v1_gen: Gen,
    /// The V2 objects: each channel behind a lock of its own.
    pub v2: v2::V2State,
    pub pipe: Mutex<pipe::PipeState>,
    /// The generations of the pic descs and of the memory blocks (the pipe state's, read without its lock).
    pub pic_gen: Gen,
    pub block_gen: Gen,
    /// The generation of the threads' current contexts (the pipe state's, read without its lock).
    pub ctx_gen: Gen,
    /// The generation of expired outputs (the pipe state's, read without its lock).
    pub expire_gen: Gen,
    /// Whether the MPI system is ready for every thread (the pipe state's flag, read without its lock).
    pub sys_everywhere: pipe::SysEverywhere,
}

impl Default for State {
    fn default() -> State {
        let pipe = pipe::PipeState::default();
        let sys_everywhere = pipe.sys_everywhere();
        let v1 = v1::V1State::default();
        let v1_gen = v1.gen.clone();
        let (pic_gen, block_gen, ctx_gen) = (pipe.pic_gen.clone(), pipe.block_gen.clone(), pipe.ctx_gen.clone());
        let expire_gen = pipe.expire_gen.clone();
        State {
            v1: Mutex::new(v1),
            v1_gen,
            v2: v2::V2State::default(),
            pipe: Mutex::new(pipe),
            pic_gen,
            block_gen,
            ctx_gen,
            expire_gen,
            sys_everywhere,
        }
    }
}

/// The generation of one kind of tracked object (V1 descs and frame configs; pic descs; memory blocks): bumped,
/// under the state lock that guards the kind, by every create and destroy of one, and read without the lock to
/// tell whether what a thread cached of the kind is still current ([`crate::reentry::HandleCache`]).
#[derive(Clone, Default)]
pub struct Gen(Arc<AtomicU64>);

impl Gen {
    /// The current generation.
    #[inline]
    pub fn get(&self) -> u64 {
        self.0.load(Ordering::Acquire)
    }

    /// A create or destroy changed the kind's set (called with its state lock held).
    pub fn bump(&self) {
        // Under the state lock there is one writer: a load and a store, no locked instruction.
        self.0.store(self.0.load(Ordering::Relaxed) + 1, Ordering::Release);
    }
}

/// Cells of destroyed objects, for the next ones created (they are never freed: a thread may still read one).
pub struct Pool<T: 'static>(pub Vec<&'static T>);

impl<T> Default for Pool<T> {
    fn default() -> Self {
        Pool(Vec::new())
    }
}

impl<T> Pool<T> {
    pub fn take(&mut self, new: impl FnOnce() -> T) -> &'static T {
        self.0.pop().unwrap_or_else(|| Box::leak(Box::new(new())))
    }
}

/// How many destroyed (or freed) objects of one kind are remembered, to tell a use after destroy from a handle
/// never created.
pub const REMEMBERED: usize = 4096;

/// The last [`REMEMBERED`] destroyed (or freed) objects of one kind by handle, with what the shim keeps of each;
/// the oldest is forgotten first. Every operation is O(1) amortised: a free per frame costs no scan of the map.
pub struct Remembered<K, V> {
    map: HashMap<K, (V, u64)>,
    /// Keys in the order they were remembered, with their sequence number (a key removed or remembered again
    /// leaves a stale entry, skipped when it comes up).
    order: std::collections::VecDeque<(K, u64)>,
    next: u64,
}

impl<K, V> Default for Remembered<K, V> {
    fn default() -> Self {
        Remembered { map: HashMap::default(), order: std::collections::VecDeque::new(), next: 0 }
    }
}

impl<K: Hash + Eq + Copy, V> Remembered<K, V> {
    pub fn get(&self, k: &K) -> Option<&V> {
        self.map.get(k).map(|(v, _)| v)
    }

    /// Forgets `k` (a new object got its handle).
    pub fn remove(&mut self, k: &K) -> Option<V> {
        self.map.remove(k).map(|(v, _)| v)
    }

    /// Remembers `v` for `k`, forgetting the oldest when [`REMEMBERED`] are kept.
    pub fn insert(&mut self, k: K, v: V) {
        if self.map.len() >= REMEMBERED {
            while let Some((old, seq)) = self.order.pop_front() {
                if self.map.get(&old).is_some_and(|(_, s)| *s == seq) {
                    self.map.remove(&old);
                    break;
                }
            }
        }
        if self.order.len() >= 2 * REMEMBERED {
            // Drop the stale entries (at most once per REMEMBERED inserts).
            let map = &self.map;
            self.order.retain(|(k, seq)| map.get(k).is_some_and(|(_, s)| s == seq));
        }
        self.next += 1;
        self.map.insert(k, (v, self.next));
        self.order.push_back((k, self.next));
    }
}

/// A map of live objects by handle (`HashMap` or `BTreeMap`).
pub trait LiveMap<K, T> {
    fn take(&mut self, k: &K) -> Option<T>;
    fn put(&mut self, k: K, t: T);
    fn has(&self, k: &K) -> bool;
    /// `t` (taken from this map) is dropped for good.
    fn discard(&mut self, _t: T) {}
}

/// [`LiveMap`] for a std map type with `remove`, `insert` and `contains_key`.
macro_rules! live_map {
    ($map:ident, $($bound:tt)+) => {
        impl<K: $($bound)+, T> LiveMap<K, T> for $map<K, T> {
            fn take(&mut self, k: &K) -> Option<T> {
                self.remove(k)
            }
            fn put(&mut self, k: K, t: T) {
                self.insert(k, t);
            }
            fn has(&self, k: &K) -> bool {
                self.contains_key(k)
            }
        }
    };
}

live_map!(HashMap, Hash + Eq);
live_map!(BTreeMap, Ord);

/// Objects whose destroy (or free) the driver is running. A destroy takes its object out of the live map just
/// before the driver gets the call ([`Dying::begin`]), and settles it when the driver answers ([`Dying::end`]):
/// a create on another thread that gets the same handle back in between (the driver may reuse it as soon as it
/// freed it) records a new live object that the destroy's end never touches (issue 8, defect 2).
pub struct Dying<K, T>(Vec<(K, T)>);

impl<K, T> Default for Dying<K, T> {
    fn default() -> Self {
        Dying(Vec::new())
    }
}

impl<K: Eq + Copy, T> Dying<K, T> {
    /// The destroy of `k` is about to be forwarded: its object leaves `live`.
    pub fn begin(&mut self, live: &mut impl LiveMap<K, T>, k: K) {
        if let Some(t) = live.take(&k) {
            // Destroys running at one time are few (one per thread at most): a list, not a map.
            self.0.push((k, t));
        }
    }

    /// The driver answered the destroy of `k`: on success the object, for the caller to record as destroyed;
    /// on failure `None`, and the object is live again (unless the handle was never live when it began).
    pub fn end(&mut self, live: &mut impl LiveMap<K, T>, k: K, ok: bool) -> Option<T> {
        let i = self.0.iter().position(|(d, _)| *d == k)?;
        let (_, t) = self.0.swap_remove(i);
        if ok {
            return Some(t);
        }
        if live.has(&k) {
            live.discard(t);
        } else {
            live.put(k, t);
        }
        None
    }

    /// Whether the destroy of `k` is running.
    pub fn contains(&self, k: &K) -> bool {
        self.0.iter().any(|(d, _)| d == k)
    }
}

/// How many frames of one channel are tracked in flight at most: a driver's input queue is far shorter, so more
/// means the driver stopped answering; the oldest is then forgotten (its reads end), to keep memory bounded.
pub const MAX_IN_FLIGHT: usize = 1024;

/// A picture in flight: handed to the driver, its output not yet seen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Flight {
    /// Its number on the channel (1 for the first picture).
    pub frame: u64,
    /// The picture: V1 its pic desc, V2 `v_frame.virt_addr[0]`.
    pub input: usize,
    /// V2 `v_frame.pts` (0 for V1).
    pub pts: u64,
    /// When it was handed to the driver ([`figures::now_ns`]; 0 when figures are off).
    pub sent_ns: u64,
    /// The application asked for an IDR for it (V1 frame config forceIFrame, V2 `hi_mpi_venc_request_idr` with
    /// `instant`): `Some(n)`, where `n` pictures were already in flight when it asked (the encoder may make any of
    /// them the IDR instead); `None` when it did not ask.
    pub forced_idr: Option<u32>,
}

/// Who sends a picture: the export and the thread ([`Held::sender`]).
#[derive(Clone, Copy, Debug)]
pub struct Sender {
    pub function: &'static str,
    pub thread: crate::site::ThreadName,
}

impl Sender {
    /// The call `cx` checks (its thread's cached name: no thread-local access).
    pub fn of(cx: &crate::chassis::Cx<'_>) -> Sender {
        Sender { function: cx.func, thread: crate::site::thread_of(cx.thread, false) }
    }
}

/// What a picture entering a channel reads, begun only when it does enter ([`Held::reads`]).
pub type BeginReads<'a> = &'a dyn Fn() -> [Option<pipe::Reading>; 2];

/// What a picture in flight holds besides its [`Flight`] (kept apart: a flight is copied into every output's
/// record): what it reads (V1: its pic desc and the block of its data; V2: its input block and a JPEG output
/// block), and who sent it.
#[derive(Clone, Copy, Debug)]
pub struct Held {
    pub reads: [Option<pipe::Reading>; 2],
    pub sender: Sender,
}

/// The pictures in flight on one channel, oldest first. Every way out of it (an output, a refusal, being forgotten
/// past [`MAX_IN_FLIGHT`], the channel's end, its own drop) ends the reads the picture holds ([`Held::reads`]).
/// Not `Clone` (nor are the channel states that hold one): a copy would end the same reads twice.
#[derive(Debug, Default)]
pub struct InFlight(VecDeque<(Flight, Held)>);

impl InFlight {
    /// Adds `f`, which holds `held`; past [`MAX_IN_FLIGHT`] the oldest is forgotten (its reads end).
    pub fn push(&mut self, f: Flight, held: Held) {
        if self.0.len() >= MAX_IN_FLIGHT {
            self.take(0);
        }
        self.0.push_back((f, held));
    }

    /// Takes the picture at `i` out (its reads end).
    pub fn take(&mut self, i: usize) -> Option<Flight> {
        // Frames mostly leave oldest first: the front without `remove`'s general move.
        let (f, held) = if i == 0 { self.0.pop_front() } else { self.0.remove(i) }?;
        held.reads.into_iter().flatten().for_each(pipe::Reading::end);
        Some(f)
    }

    /// The oldest picture that reads the object `of` counts, as the findings name it, on `channel` (this one's).
    pub fn reader_of(&self, of: &pipe::ReadCount, channel: pipe::Channel) -> Option<pipe::Reader> {
        let (f, held) = self.0.iter().find(|(_, h)| h.reads.iter().flatten().any(|r| r.reads(of)))?;
        let sent = Origin::light_from(held.sender.function, held.sender.thread);
        Some(pipe::Reader { channel, frame: f.frame, sent })
    }

    /// Ends every picture (the channel was destroyed or made anew).
    pub fn clear(&mut self) {
        while self.take(0).is_some() {}
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &Flight> + ExactSizeIterator {
        self.0.iter().map(|(f, _)| f)
    }
}

/// A channel state dropped with frames still in flight (destroyed, or replaced by a new one of the same handle):
/// nothing reads what they read any more.
impl Drop for InFlight {
    fn drop(&mut self) {
        self.clear();
    }
}

/// A picture that entered a channel: it, and how many are in flight now on the channel's track.
#[derive(Clone, Copy, Debug)]
pub struct Entering {
    pub flight: Flight,
    pub in_flight: usize,
    pub track: u32,
}

/// What an output (a V2 stream from get_stream, a V1 output delivered to a wrapped callback) was for: the picture,
/// when one was in flight, and what the channel's figures made of it.
#[derive(Clone, Copy, Debug, Default)]
pub struct Out {
    pub flight: Option<Flight>,
    /// A stall that ended with it.
    pub stall: Option<figures::Stall>,
    /// Pictures still in flight after it.
    pub pending: usize,
    /// When it arrived ([`figures::now_ns`]; 0 when figures are off).
    pub at_ns: u64,
    /// The channel's bit rate of the last second, in kbit/s, when this output is the first of a new second.
    pub kbps: Option<f64>,
    /// The channel's track.
    pub track: u32,
    /// The channel's codec, when the stream checks know it.
    pub codec: Option<aclvenc_bitstream::Codec>,
}

/// A live object for the leak report.
#[derive(Clone, Debug)]
pub struct LiveObject {
    /// `aclvencChannelDesc`, `aclvenc channel`, `aclvencFrameConfig`, `hi_mpi_venc channel`, `hi_venc_stream`.
    pub kind: &'static str,
    /// The handle as the app sees it (`0x...` or `chn 3`).
    pub handle: String,
    pub origin: Origin,
    /// Bytes it holds (memory blocks; 0 for other objects).
    pub bytes: u64,
}

impl LiveObject {
    /// A live object that holds no memory of its own.
    pub fn new(kind: &'static str, handle: String, origin: Origin) -> LiveObject {
        LiveObject { kind, handle, origin, bytes: 0 }
    }
}

/// Per-channel counters for the summary.
#[derive(Clone, Debug, serde::Serialize)]
pub struct ChannelSummary {
    pub api: &'static str,
    pub id: String,
    pub codec: String,
    pub frames_sent: u64,
    pub outputs: u64,
    pub bytes: u64,
    /// How many channels the counters are for: 1, or how many destroyed channels were folded into them.
    pub channels: u64,
    /// Latency, rate and stall figures (`None` when figures are off, and for folded summaries).
    pub figures: Option<Figures>,
}

/// The counters of destroyed channels, in bounded memory whatever the churn (issue 8, defect 8): the first
/// [`KEPT_CHANNELS`] one by one, the rest folded into one summary per codec that counts them.
#[derive(Default)]
pub struct Finished {
    kept: Vec<ChannelSummary>,
    folded: BTreeMap<String, ChannelSummary>,
}

impl Finished {
    /// A channel was destroyed with the counters `s`.
    pub fn push(&mut self, s: ChannelSummary) {
        if self.kept.len() < KEPT_CHANNELS {
            return self.kept.push(s);
        }
        let f = self.folded.entry(s.codec.clone()).or_insert_with(|| ChannelSummary {
            api: s.api,
            id: String::new(),
            codec: s.codec.clone(),
            frames_sent: 0,
            outputs: 0,
            bytes: 0,
            channels: 0,
            figures: None,
        });
        f.frames_sent += s.frames_sent;
        f.outputs += s.outputs;
        f.bytes += s.bytes;
        f.channels += s.channels;
    }

    /// Every summary, the ones kept first; a folded one is named by how many channels it holds.
    pub fn all(&self) -> Vec<ChannelSummary> {
        let folded = self
            .folded
            .values()
            .map(|f| ChannelSummary { id: format!("{} more destroyed {} channels", f.channels, f.api), ..f.clone() });
        self.kept.iter().cloned().chain(folded).collect()
    }
}

impl State {
    /// A frame in flight that reads the object `of` counts (a block, a pic desc): the oldest of the first channel
    /// that has one, V1 channels first. Looked for only when a free or destroy finds `of` read ([`ReadCount::count`]):
    /// each channel's lock in turn, never two at once, and never with the pipe lock.
    ///
    /// [`ReadCount::count`]: pipe::ReadCount::count
    pub fn reader_of(&self, of: &pipe::ReadCount) -> Option<pipe::Reader> {
        let v1 = self.v1.lock().descs.iter().find_map(|(p, d)| d.in_flight.reader_of(of, pipe::Channel::V1(*p)));
        v1.or_else(|| {
            let mut found = None;
            self.v2.chns.for_each(|chn, c| {
                if found.is_none() {
                    found = c.in_flight.reader_of(of, pipe::Channel::V2(chn));
                }
            });
            found
        })
    }

    /// Every object created and not destroyed (or stream obtained and not released).
    pub fn live_objects(&self) -> Vec<LiveObject> {
        let mut v = self.v1.lock().live_objects();
        v.extend(self.v2.live_objects());
        v.extend(self.pipe.lock().live_objects());
        v
    }

    /// Counters of every channel seen, live or destroyed.
    pub fn channel_summaries(&self) -> Vec<ChannelSummary> {
        let mut v = self.v1.lock().summaries();
        v.extend(self.v2.summaries());
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(n: u64) -> ChannelSummary {
        ChannelSummary {
            api: "v2",
            id: format!("chn {n}"),
            codec: "H264".into(),
            frames_sent: n,
            outputs: n,
            bytes: 10 * n,
            channels: 1,
            figures: None,
        }
    }

    /// Past `KEPT_CHANNELS` destroyed channels, the rest fold into one summary per codec that counts them.
    #[test]
    fn destroyed_channels_beyond_the_kept_ones_fold_per_codec() {
        let mut f = Finished::default();
        for n in 0..KEPT_CHANNELS as u64 + 3 {
            f.push(summary(n));
        }
        let all = f.all();
        assert_eq!(all.len(), KEPT_CHANNELS + 1);
        let folded = &all[KEPT_CHANNELS];
        let k = KEPT_CHANNELS as u64;
        assert_eq!((folded.channels, folded.frames_sent, folded.bytes), (3, 3 * k + 3, 10 * (3 * k + 3)));
        assert_eq!(folded.id, "3 more destroyed v2 channels");
        assert_eq!(all[0].id, "chn 0");
    }
}
