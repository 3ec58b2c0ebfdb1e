//! Wrapped V1 callbacks (`ACLVENC_SHIM_WRAP_CALLBACKS=1`), in one place: the trampoline pool, binding a
//! trampoline to a channel desc, output accounting, the callback-return-code check, the end of each frame's reads
//! of its input, and the lifetime of each output (readable until its callback returns).
//!
//! The driver gets a trampoline instead of the application's `aclvencCallback`; the trampoline counts the output,
//! checks its return code, marks the thread as inside a callback, and calls the application's callback with the
//! same three arguments. Everything else reaches the driver bit for bit, and the getters hand the application its
//! own callback back.

use crate::shim::Shim;
use aclvenc_abi::{acldvppPicDesc, acldvppStreamDesc};
use aclvenc_interface::rules::Rule;
use core::ffi::c_void;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// How many (channel desc, callback) bindings can be wrapped at once: each channel desc needs one per distinct
/// callback it is given (usually one), and the chips allow 128 V1 channels per device. Beyond that a callback is
/// forwarded unwrapped, and this is said once.
pub const SLOTS: usize = 1024;

type Callback = unsafe extern "C" fn(*mut acldvppPicDesc, *mut acldvppStreamDesc, *mut c_void);

struct Slot {
    /// The application's callback (0: none). Never changes while the slot is bound: a new callback for the same
    /// desc gets its own slot, so whichever trampoline the driver holds calls the callback it was given for.
    user: AtomicUsize,
    /// The channel desc the slot belongs to (0: free).
    desc: AtomicUsize,
    /// The desc's destroy is running: the slot stays bound (the driver may still hold its trampoline if the
    /// destroy fails) but is not found for a new desc at the same address.
    dying: AtomicBool,
    /// The trampoline's address, for aclvencSetChannelDescParam(ACL_VENC_CALLBACK_PTR), which passes a pointer to
    /// the value.
    cell: AtomicUsize,
}

#[allow(clippy::declare_interior_mutable_const)]
const EMPTY: Slot = Slot {
    user: AtomicUsize::new(0),
    desc: AtomicUsize::new(0),
    dying: AtomicBool::new(false),
    cell: AtomicUsize::new(0),
};
static TABLE: [Slot; SLOTS] = [EMPTY; SLOTS];

unsafe extern "C" fn tramp<const N: usize>(
    input: *mut acldvppPicDesc,
    output: *mut acldvppStreamDesc,
    userdata: *mut c_void,
) {
    deliver(N, input, output, userdata);
}

const TRAMPOLINES: [Callback; SLOTS] = seq_macro::seq!(N in 0..1024 { [#(tramp::<N>,)*] });

fn deliver(n: usize, input: *mut acldvppPicDesc, output: *mut acldvppStreamDesc, userdata: *mut c_void) {
    let slot = &TABLE[n];
    let (user, desc) = (slot.user.load(Ordering::Acquire), slot.desc.load(Ordering::Acquire));
    let data = std::panic::catch_unwind(|| on_output(desc, input, output)).ok().flatten();
    if user != 0 {
        let outer = crate::reentry::with_thread(|t| t.in_callback.replace(desc)).unwrap_or(0);
        // SAFETY: `user` is the aclvencCallback the application gave for this desc (stored by `bind`), called with
        // the driver's three arguments unchanged, on the driver's report thread, as without the shim.
        unsafe { core::mem::transmute::<usize, Callback>(user)(input, output, userdata) };
        let _ = crate::reentry::with_thread(|t| t.in_callback.set(outer));
    }
    if let Some((start, end, frame)) = data {
        let _ = std::panic::catch_unwind(|| {
            let Some(shim) = Shim::try_get() else { return };
            let what = crate::state::pipe::Output::V1 { desc, frame };
            shim.state.pipe.lock().output_expired(start, end, what);
        });
    }
}

/// The desc whose callback the thread whose state is `thread` is running, if any.
pub fn in_callback(thread: &crate::reentry::ThreadState) -> Option<usize> {
    Some(thread.in_callback.get()).filter(|d| *d != 0)
}

/// Slots bound to `desc` (not being destroyed).
fn slots_of(desc: usize) -> impl Iterator<Item = usize> {
    TABLE
        .iter()
        .enumerate()
        .filter(move |(_, s)| desc != 0 && s.desc.load(Ordering::Acquire) == desc && !s.dying.load(Ordering::Acquire))
        .map(|(n, _)| n)
}

/// Whether a trampoline is bound to `desc` (its outputs are counted).
pub fn wrapped(desc: usize) -> bool {
    slots_of(desc).next().is_some()
}

/// The trampoline for the application's callback `user` on `desc`: the slot already bound to that pair, else a
/// free one, bound now (before the driver gets the trampoline, so no output can reach an unbound slot). Returns
/// `(slot, trampoline address)`, or `None` when every slot is taken (the callback is then forwarded unwrapped,
/// and this is said once). A slot the driver then refuses stays bound to its pair until the desc is destroyed.
pub fn bind(desc: usize, user: usize) -> Option<(usize, usize)> {
    let n = slots_of(desc).find(|n| TABLE[*n].user.load(Ordering::Acquire) == user).or_else(|| {
        let n =
            TABLE.iter().position(|s| s.desc.compare_exchange(0, desc, Ordering::AcqRel, Ordering::Acquire).is_ok())?;
        TABLE[n].user.store(user, Ordering::Release);
        TABLE[n].cell.store(TRAMPOLINES[n] as usize, Ordering::Release);
        Some(n)
    });
    let Some(n) = n else {
        static SAID: AtomicBool = AtomicBool::new(false);
        if !SAID.swap(true, Ordering::Relaxed) {
            log::warn!(
                target: "aclvenc_shim",
                "all {SLOTS} callback slots are in use; the callback of channelDesc {desc:#x} and later ones are forwarded unwrapped: their outputs are not counted and their frames are not tracked in flight"
            );
        }
        return None;
    };
    Some((n, TRAMPOLINES[n] as usize))
}

/// The destroy of `desc` is about to be forwarded: its slots are no longer found for it (a new desc at the same
/// address gets its own), but stay bound until [`released`] settles the destroy.
pub fn releasing(desc: usize) {
    for s in TABLE.iter().filter(|s| desc != 0 && s.desc.load(Ordering::Acquire) == desc) {
        s.dying.store(true, Ordering::Release);
    }
}

/// The driver answered the destroy of `desc` (`ok`: it succeeded): its slots are freed, or found again.
pub fn released(desc: usize, ok: bool) {
    for s in
        TABLE.iter().filter(|s| desc != 0 && s.desc.load(Ordering::Acquire) == desc && s.dying.load(Ordering::Acquire))
    {
        if ok {
            s.user.store(0, Ordering::Release);
            s.desc.store(0, Ordering::Release);
        }
        s.dying.store(false, Ordering::Release);
    }
}

/// `addr` (0, a trampoline, or the address of an application `aclvencCallback`) as the vendor's callback type.
pub fn as_callback(addr: usize) -> aclvenc_abi::aclvencCallback {
    // SAFETY: every non-zero address passed here came from an `aclvencCallback` (the application's or a
    // trampoline, which has the same prototype), so it is a function of that prototype.
    (addr != 0).then(|| unsafe { core::mem::transmute::<usize, Callback>(addr) })
}

/// The trampoline bound to `desc` for the application's callback `user`, if any (tests play the driver's report
/// thread with it).
#[cfg(test)]
pub fn bound(desc: usize, user: usize) -> Option<Callback> {
    slots_of(desc).find(|n| TABLE[*n].user.load(Ordering::Acquire) == user).map(|n| TRAMPOLINES[n])
}

/// A pointer to an 8-byte cell holding slot `n`'s trampoline address.
pub fn cell(n: usize) -> *const c_void {
    TABLE[n].cell.as_ptr().cast_const().cast()
}

/// The application's callback behind `addr` if `addr` is one of the trampolines, else `addr` itself.
pub fn unwrap(addr: usize) -> usize {
    match TRAMPOLINES.iter().position(|t| *t as usize == addr) {
        Some(n) => TABLE[n].user.load(Ordering::Acquire),
        None => addr,
    }
}

/// Counts one output delivered to the application's callback of `desc` for the picture `input`, checks its return
/// code (VENC-CB-RETCODE), ends the frame's reads of its input (VENC-SEND-INPUT-FREE-EARLY) and makes the output
/// memory readable again; returns that memory (`[start, end)`) and the frame number, to expire it when the callback
/// returns. Runs on the driver's report thread, from the trampoline.
fn on_output(
    desc: usize,
    input: *const acldvppPicDesc,
    output: *const acldvppStreamDesc,
) -> Option<(usize, usize, u64)> {
    let shim = Shim::try_get()?;
    let read = shim.driver.read_stream_desc(output);
    let failed = read.is_some_and(|(size, ret)| ret != 0 || size == 0);
    if let Some((size, ret)) = read.filter(|_| failed) {
        crate::report::submit(Rule::VencCbRetcode, "aclvencCallback", || {
            format!("channelDesc {desc:#x}: an output arrived with retCode {ret} and size {size} bytes: that frame failed to encode. Check acldvppGetStreamDescRetCode in your callback")
        });
    }
    let bytes = read.map_or(0, |(size, _)| u64::from(size));
    let out = shim.state.v1.lock().output_delivered(desc, input as usize, bytes, failed);
    if let Some(stall) = out.stall {
        crate::validate::stream::stalled("aclvencCallback", &format!("channelDesc {desc:#x}"), stall, out.pending);
    }
    let frame = out.flight.map(|f| f.frame);
    let data = shim.driver.read_stream_desc_data(output).filter(|d| *d != 0);
    // A failed picture (VENC-CB-RETCODE) has no bitstream to check, nor has an output whose size is unknown.
    let tapped = crate::tap::on(crate::tap::Api::V1) && !failed && read.is_some();
    let mut idr = None;
    if let (true, Some(codec), Some(data)) = (tapped, out.codec, data) {
        // SAFETY: the driver handed this output to the callback now running: `bytes` bytes at `data` (its stream
        // desc's data and size) are the encoder's output, readable until the callback returns; the stream checks
        // are on only where outputs are host memory (`tap::start`).
        let slice = unsafe { std::slice::from_raw_parts(data as *const u8, bytes as usize) };
        let forced = out.flight.and_then(|f| f.forced_idr);
        idr = crate::tap::output(out.track, codec, forced, std::iter::once(slice));
    }
    crate::validate::stream::came_out(out.track, out.flight, out.at_ns, bytes, out.pending, out.kbps, idr);
    let data = data?;
    let mut pipe = shim.state.pipe.lock();
    let end = data + bytes as usize;
    // The callback runs on this thread (the driver's report thread), which holds the output until it returns.
    if crate::reentry::with_thread(|t| pipe.revive(data, end, Some(&t.held))).is_none() {
        pipe.revive(data, end, None);
    }
    Some((data, end, frame.unwrap_or(0)))
}
