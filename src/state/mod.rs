//! What the shim tracks: V1 channel descs (with their attributes and channel), frame configs; V2 channels with
//! their receive state and the streams obtained but not yet released; and the pipeline around them (memory,
//! descs, the runtime, the MPI system). One short lock each; never held while the driver or a user callback runs,
//! and never two at once.

pub mod pipe;
pub mod v1;
pub mod v2;

use crate::site::Origin;
use parking_lot::Mutex;

/// Everything tracked.
#[derive(Default)]
pub struct State {
    pub v1: Mutex<v1::V1State>,
    pub v2: Mutex<v2::V2State>,
    pub pipe: Mutex<pipe::PipeState>,
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
}

impl State {
    /// Every object created and not destroyed (or stream obtained and not released).
    pub fn live_objects(&self) -> Vec<LiveObject> {
        let mut v = self.v1.lock().live_objects();
        v.extend(self.v2.lock().live_objects());
        v.extend(self.pipe.lock().live_objects());
        v
    }

    /// Counters of every channel seen, live or destroyed.
    pub fn channel_summaries(&self) -> Vec<ChannelSummary> {
        let mut v = self.v1.lock().summaries();
        v.extend(self.v2.lock().summaries());
        v
    }
}
