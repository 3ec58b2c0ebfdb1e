//! What the shim tracks: V1 channel descs (with their attributes and channel), frame configs; V2 channels with
//! their receive state and the streams obtained but not yet released. One short lock per family; never held
//! while the driver or a user callback runs.

pub mod v1;
pub mod v2;

use crate::site::Origin;
use parking_lot::Mutex;

/// Everything tracked.
#[derive(Default)]
pub struct State {
    pub v1: Mutex<v1::V1State>,
    pub v2: Mutex<v2::V2State>,
}

/// A live object for the leak report.
#[derive(Clone, Debug)]
pub struct LiveObject {
    /// `aclvencChannelDesc`, `aclvenc channel`, `aclvencFrameConfig`, `hi_mpi_venc channel`, `hi_venc_stream`.
    pub kind: &'static str,
    /// The handle as the app sees it (`0x...` or `chn 3`).
    pub handle: String,
    pub origin: Origin,
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
        v
    }

    /// Counters of every channel seen, live or destroyed.
    pub fn channel_summaries(&self) -> Vec<ChannelSummary> {
        let mut v = self.v1.lock().summaries();
        v.extend(self.v2.lock().summaries());
        v
    }
}
