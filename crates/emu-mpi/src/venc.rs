//! `hi_mpi_venc_*`: the V2 encoder API over [`crate::channel`].
//!
//! Every function checks, in this order (after the export layer counted the call for fault injection): the chip
//! (MPI-NOT-SUPPORTED-CHIP → NOT_SUPPORT on 310), `hi_mpi_sys_init` (MPI-SYS-INIT-REQUIRED → SYS_NOT_READY), the
//! channel id (MPI-CHN-RANGE → INVALID_CHN_ID), the channel's existence (MPI-CHN-UNEXIST → UNEXIST), then NULL
//! pointers (MPI-NULL-PTR) and values. A refused call changes nothing. The functions the emulator does not
//! implement are generated from `abi/abi-overlay.json` by the export layer (they return `HI_ERR_VENC_NOT_SUPPORT`
//! and read none of their arguments).
//!
//! Every setter and creator reads only the struct members its mode selects and the vendor documents as used
//! (MPI-STRUCT-UNINIT): garbage a client left in a reserved member or in a union member the mode does not select is
//! never looked at; each function's doc names what it reads. A setter stores the struct as given, so the getter
//! returns it unchanged.

use std::collections::BTreeMap;
use std::sync::Arc;

use aclvenc_abi::*;
use aclvenc_ptr::{In, Out};
use parking_lot::Mutex;

use crate::attr::{self, ChipV2, Codec};
use crate::channel::{self, Channel, Inner, Job, JpegOut};
use crate::fd::EventFd;
use crate::frame::{self, HI_ERR_VENC_SIZE_NOT_ENOUGH};
use crate::jpeg;
use crate::mem::{self, MemError};
use crate::ring::Ring;

/// Every created channel, by id. JPEGE and H.264/H.265 share one id space (MPI-CHN-RANGE).
static CHANNELS: Mutex<BTreeMap<i32, Arc<Channel>>> = Mutex::new(BTreeMap::new());

/// Module parameters set with `hi_mpi_venc_set_mod_param`, by `hi_venc_mod_type` (1..=4).
static MOD_PARAMS: Mutex<[Option<hi_venc_mod_param>; 5]> = Mutex::new([None; 5]);

/// Default JPEG quality of a new JPEGE channel (emulator choice; the vendor default is not documented).
pub const DEFAULT_QFACTOR: u32 = 90;

/// `true` when a `queue_full:` rule of `ACLVENC_EMU_FAULTS` says this send finds the input queue full.
fn injected_queue_full(name: &str, chn: hi_s32) -> bool {
    let hit = aclvenc_emu_common::faults::queue_full(name);
    if hit {
        log::warn!("{name}: channel {chn}: input queue full (fault injection, MPI-SEND-QUEUE-FULL)");
    }
    hit
}

/// Ids of the channels that exist now.
pub fn live_channels() -> Vec<i32> {
    CHANNELS.lock().keys().copied().collect()
}

fn precheck(name: &str) -> Result<ChipV2, hi_s32> {
    let settings = aclvenc_emu_common::settings::get();
    let Some(limits) = ChipV2::of(settings.limits()) else {
        log::error!("{name}: the emulated {} has no V2 encoder (MPI-NOT-SUPPORTED-CHIP)", settings.soc_name);
        return Err(HI_ERR_VENC_NOT_SUPPORT);
    };
    if !crate::sys::ready() {
        log::error!("{name}: hi_mpi_sys_init has not been called (MPI-SYS-INIT-REQUIRED)");
        return Err(HI_ERR_VENC_SYS_NOT_READY);
    }
    Ok(limits)
}

fn check_id(name: &str, chn: hi_s32, limits: &ChipV2) -> Result<(), hi_s32> {
    let n = limits.v2.channels;
    if chn < 0 || chn as u32 >= n {
        log::error!("{name}: channel {chn} is outside [0, {n}) (MPI-CHN-RANGE)");
        return Err(HI_ERR_VENC_INVALID_CHN_ID);
    }
    Ok(())
}

/// The checks common to every call on an existing channel.
fn channel(name: &str, chn: hi_s32) -> Result<Arc<Channel>, hi_s32> {
    channel_and_limits(name, chn).map(|(ch, _)| ch)
}

/// [`channel`], also returning the chip's V2 limits from the same [`precheck`].
fn channel_and_limits(name: &str, chn: hi_s32) -> Result<(Arc<Channel>, ChipV2), hi_s32> {
    let limits = precheck(name)?;
    check_id(name, chn, &limits)?;
    let ch = CHANNELS.lock().get(&chn).cloned().ok_or_else(|| {
        log::error!("{name}: channel {chn} does not exist (MPI-CHN-UNEXIST)");
        HI_ERR_VENC_UNEXIST
    })?;
    Ok((ch, limits))
}

macro_rules! tri {
    ($e:expr) => {
        match $e {
            Ok(v) => v,
            Err(code) => return code,
        }
    };
}

fn null(name: &str, what: &str) -> hi_s32 {
    log::error!("{name}: {what} is NULL (MPI-NULL-PTR)");
    HI_ERR_VENC_NULL_PTR
}

/// Log why channel `chn` refused the call and return the vendor `code`.
fn refuse(name: &str, chn: hi_s32, msg: &str, code: hi_s32) -> hi_s32 {
    log::error!("{name}: channel {chn}: {msg}");
    code
}

fn illegal(name: &str, why: std::fmt::Arguments<'_>) -> hi_s32 {
    log::error!("{name}: {why}");
    HI_ERR_VENC_ILLEGAL_PARAM
}

fn default_jpeg_param() -> hi_venc_jpeg_param {
    let mut p = hi_venc_jpeg_param::default();
    set_jpeg_tables(&mut p, DEFAULT_QFACTOR);
    p
}

fn set_jpeg_tables(p: &mut hi_venc_jpeg_param, q: u32) {
    p.qfactor = q;
    p.y_qt = jpeg::ijg_scale(&jpeg::ANNEX_K_LUMA, q);
    p.cb_qt = jpeg::ijg_scale(&jpeg::ANNEX_K_CHROMA, q);
    p.cr_qt = p.cb_qt;
}

/// QP bounds and the I-frame proportion shared by the CBR/VBR/AVBR/QVBR/CVBR parameter structs
/// (`min_i_proportion` is reserved on every chip with a V2 encoder and is not read).
#[derive(Debug, Clone, Copy)]
struct QpBounds {
    max_i_prop: u32,
    max_qp: u32,
    min_qp: u32,
    max_i_qp: u32,
    min_i_qp: u32,
}

macro_rules! qp_access {
    ($p:expr, $get:ident) => {{
        let x = $p.$get();
        QpBounds {
            max_i_prop: x.max_i_proportion,
            max_qp: x.max_qp,
            min_qp: x.min_qp,
            max_i_qp: x.max_i_qp,
            min_i_qp: x.min_i_qp,
        }
    }};
}

macro_rules! qp_store {
    ($p:expr, $get:ident, $b:expr) => {{
        let x = $p.$get();
        x.max_i_proportion = $b.max_i_prop;
        x.max_qp = $b.max_qp;
        x.min_qp = $b.min_qp;
        x.max_i_qp = $b.max_i_qp;
        x.min_i_qp = $b.min_i_qp;
    }};
}

fn qp_bounds(p: &hi_venc_rc_param, mode: hi_venc_rc_mode) -> Option<QpBounds> {
    Some(match mode.0 {
        1 => qp_access!(p, h264_cbr_param),
        2 => qp_access!(p, h264_vbr_param),
        3 => qp_access!(p, h264_avbr_param),
        4 => qp_access!(p, h264_qvbr_param),
        5 => qp_access!(p, h264_cvbr_param),
        11 => qp_access!(p, h265_cbr_param),
        12 => qp_access!(p, h265_vbr_param),
        13 => qp_access!(p, h265_avbr_param),
        14 => qp_access!(p, h265_qvbr_param),
        15 => qp_access!(p, h265_cvbr_param),
        _ => return None,
    })
}

/// Default advanced rate-control parameters: QP range [0, 51] for I and P, I-proportion [1, 100], start QP
/// chosen by the encoder (-1). Emulator choice (the vendor defaults are not documented).
fn default_rc_param(mode: hi_venc_rc_mode) -> hi_venc_rc_param {
    let mut p = hi_venc_rc_param::default();
    p.first_frame_start_qp = -1;
    let b = QpBounds { max_i_prop: 100, max_qp: 51, min_qp: 0, max_i_qp: 51, min_i_qp: 0 };
    match mode.0 {
        1 => qp_store!(p, h264_cbr_param_mut, b),
        2 => qp_store!(p, h264_vbr_param_mut, b),
        3 => qp_store!(p, h264_avbr_param_mut, b),
        4 => qp_store!(p, h264_qvbr_param_mut, b),
        5 => qp_store!(p, h264_cvbr_param_mut, b),
        11 => qp_store!(p, h265_cbr_param_mut, b),
        12 => qp_store!(p, h265_vbr_param_mut, b),
        13 => qp_store!(p, h265_avbr_param_mut, b),
        14 => qp_store!(p, h265_qvbr_param_mut, b),
        15 => qp_store!(p, h265_cvbr_param_mut, b),
        _ => {}
    }
    p
}

fn default_chn_param() -> hi_venc_chn_param {
    hi_venc_chn_param { poll_wake_up_frame_cnt: 1, ..Default::default() }
}

// ---------------------------------------------------------------------------------------------------------------
// Channel lifecycle
// ---------------------------------------------------------------------------------------------------------------

/// `hi_mpi_venc_create_chn` (MPI-CHN-EXIST, sections C and D for the attribute). Reads (`attr::check`):
/// `venc_attr` `type`, `profile`, `is_by_frame`, `pic_width`/`pic_height`, `max_pic_width`, and for H.264/H.265
/// `max_pic_height` and `buf_size` (JPEG: `buf_size`; not `max_pic_height`, which does not apply to JPEG); for
/// H.264/H.265 only, `rc_attr.rc_mode` and the one union member it selects, and `gop_attr.gop_mode` and the one
/// member it selects. Never the `h264_attr`/`h265_attr`/`jpeg_attr`/`prores_attr` union, nor `rc_attr` and
/// `gop_attr` of a JPEG channel.
pub fn hi_mpi_venc_create_chn(chn: hi_venc_chn, attr: In<'_, hi_venc_chn_attr>) -> hi_s32 {
    const NAME: &str = "hi_mpi_venc_create_chn";
    let limits = tri!(precheck(NAME));
    tri!(check_id(NAME, chn, &limits));
    let Some(attr) = attr.read() else { return null(NAME, "attr") };
    if CHANNELS.lock().contains_key(&chn) {
        log::error!("{NAME}: channel {chn} already exists (MPI-CHN-EXIST)");
        return HI_ERR_VENC_EXIST;
    }
    let spec = match attr::check(&attr, &limits) {
        Ok(s) => s,
        Err(e) => return refuse(NAME, chn, &e.msg, e.code),
    };
    let ring = if spec.buf_size > 0 {
        match Ring::new(spec.buf_size as usize) {
            Some(r) => Some(r),
            None => {
                log::error!("{NAME}: cannot allocate the {}-byte stream buffer", spec.buf_size);
                return HI_ERR_VENC_NO_MEM;
            }
        }
    } else {
        None
    };
    let encoder = match channel::open_encoder(&spec) {
        Ok(e) => e,
        Err(e) => {
            log::error!("{NAME}: channel {chn}: the software encoder cannot start: {e}");
            return HI_ERR_VENC_SYS_ERROR;
        }
    };
    let ch = Arc::new(Channel {
        id: chn,
        inner: Mutex::new(Inner {
            spec,
            attr,
            attr_gen: 0,
            receiving: false,
            recv_left: None,
            counted: false,
            input: Default::default(),
            encoding: false,
            units: Default::default(),
            fetched: 0,
            ring,
            next_seq: 0,
            force_idr: false,
            destroyed: false,
            jpeg_param: default_jpeg_param(),
            rc_param: default_rc_param(attr.rc_attr.rc_mode),
            chn_param: default_chn_param(),
            scene_mode: hi_venc_scene_mode::HI_VENC_SCENE_0,
            color_to_grey: false,
            fd: None,
            release_pic_pts: 0,
            jpeg_update_cnt: 0,
            last_pic_bytes: 0,
            last_is_idr: false,
            pic_cnt: 0,
        }),
        cv: Default::default(),
        worker: Mutex::new(None),
    });
    {
        let mut table = CHANNELS.lock();
        if table.contains_key(&chn) {
            log::error!("{NAME}: channel {chn} already exists (MPI-CHN-EXIST)");
            return HI_ERR_VENC_EXIST;
        }
        table.insert(chn, Arc::clone(&ch));
    }
    if let Err(e) = channel::spawn_worker(&ch, encoder, 0) {
        CHANNELS.lock().remove(&chn);
        log::error!("{NAME}: cannot start the encoder thread: {e}");
        return HI_ERR_VENC_NO_MEM;
    }
    log::debug!("{NAME}: channel {chn} created: {spec:?}");
    HI_SUCCESS
}

/// `hi_mpi_venc_destroy_chn`: refused while receiving (MPI-STOP-BEFORE-DESTROY); unfetched or unreleased streams
/// are logged (MPI-DESTROY-UNRELEASED) and discarded.
pub fn hi_mpi_venc_destroy_chn(chn: hi_venc_chn) -> hi_s32 {
    const NAME: &str = "hi_mpi_venc_destroy_chn";
    let ch = tri!(channel(NAME, chn));
    {
        let g = ch.inner.lock();
        if g.receiving {
            log::error!(
                "{NAME}: channel {chn} is still receiving; call hi_mpi_venc_stop_chn first (MPI-STOP-BEFORE-DESTROY)"
            );
            return HI_ERR_VENC_NOT_PERM;
        }
        if !g.units.is_empty() || !g.input.is_empty() {
            log::warn!(
                "{NAME}: channel {chn} still has {} unencoded frames, {} unfetched and {} unreleased streams \
                 (MPI-DESTROY-UNRELEASED)",
                g.input.len(),
                g.pending(),
                g.fetched
            );
        }
    }
    {
        let mut table = CHANNELS.lock();
        match table.get(&chn) {
            Some(c) if Arc::ptr_eq(c, &ch) => {
                table.remove(&chn);
            }
            _ => return HI_ERR_VENC_UNEXIST,
        }
    }
    ch.shut_down();
    HI_SUCCESS
}

/// `hi_mpi_venc_start_chn`: `recv_pic_num` (the struct's one member) -1 (unlimited) or > 0 (MPI-START-RECV-NUM); a
/// repeated start while receiving succeeds with -1 and is refused with a count (MPI-START-RESTART-COUNTED).
pub fn hi_mpi_venc_start_chn(chn: hi_venc_chn, recv_param: In<'_, hi_venc_start_param>) -> hi_s32 {
    const NAME: &str = "hi_mpi_venc_start_chn";
    let ch = tri!(channel(NAME, chn));
    let Some(p) = recv_param.read() else { return null(NAME, "recv_param") };
    let n = p.recv_pic_num;
    if n == 0 || n < -1 {
        return illegal(NAME, format_args!("recv_pic_num {n} must be -1 or > 0 (MPI-START-RECV-NUM)"));
    }
    let mut g = ch.inner.lock();
    if g.receiving {
        if n == -1 {
            return HI_SUCCESS;
        }
        log::error!(
            "{NAME}: channel {chn} is already receiving; a counted restart is refused (MPI-START-RESTART-COUNTED)"
        );
        return HI_ERR_VENC_NOT_PERM;
    }
    g.receiving = true;
    g.recv_left = (n > 0).then_some(n as u32);
    g.counted = n > 0;
    ch.cv.notify_all();
    HI_SUCCESS
}

/// `hi_mpi_venc_stop_chn`: stop receiving; idempotent; frames already queued are still encoded and produced
/// streams stay fetchable (MPI-STOP-IDEMPOTENT).
pub fn hi_mpi_venc_stop_chn(chn: hi_venc_chn) -> hi_s32 {
    let ch = tri!(channel("hi_mpi_venc_stop_chn", chn));
    let mut g = ch.inner.lock();
    g.receiving = false;
    g.recv_left = None;
    ch.cv.notify_all();
    HI_SUCCESS
}

/// `hi_mpi_venc_query_status` (D-MPI-QUERY): `cur_packs` is the pack count of the next stream get_stream returns.
pub fn hi_mpi_venc_query_status(chn: hi_venc_chn, status: Out<'_, hi_venc_chn_status>) -> hi_s32 {
    get_param("hi_mpi_venc_query_status", chn, status, "status", Accepts::Any, |g| {
        let mut s = hi_venc_chn_status::default();
        let queued = (g.input.len() + g.encoding as usize) as u32;
        s.left_pics = queued;
        let pending: Vec<_> = g.units.iter().skip(g.fetched).collect();
        s.left_stream_bytes = pending.iter().map(|u| u.bytes()).sum();
        s.left_stream_frames = pending.len() as u32;
        s.cur_packs = pending.first().map_or(0, |u| u.packs.len() as u32);
        s.left_recv_pics = g.recv_left.unwrap_or(0);
        s.left_enc_pics = g.recv_left.unwrap_or(0) + queued;
        let snap_end = g.spec.codec == Codec::Jpeg && g.counted && !g.receiving && queued == 0;
        s.is_jpeg_snap_end = if snap_end { hi_bool::HI_TRUE } else { hi_bool::HI_FALSE };
        s.release_pic_pts = g.release_pic_pts;
        s.stream_info.pic_bytes = g.last_pic_bytes;
        s.stream_info.pic_cnt = g.pic_cnt;
        s.stream_info.ref_type = if g.last_is_idr {
            hi_venc_ref_type::HI_VENC_BASE_IDR_SLICE
        } else {
            hi_venc_ref_type::HI_VENC_BASE_P_SLICE_REF_BY_BASE
        };
        s
    })
}

// ---------------------------------------------------------------------------------------------------------------
// Frames in, streams out
// ---------------------------------------------------------------------------------------------------------------

/// MPI-START-BEFORE-SEND: a send to a channel that is not receiving.
fn not_started(name: &str, chn: hi_s32) -> hi_s32 {
    log::error!("{name}: channel {chn} is not started (MPI-START-BEFORE-SEND)");
    HI_ERR_VENC_NOT_PERM
}

/// Queue a checked picture on `ch` (NO_BUF when a `queue_full:` fault says the input queue is full).
fn enqueue(name: &str, ch: &Channel, job: Job, milli_sec: hi_s32) -> hi_s32 {
    if injected_queue_full(name, ch.id) {
        return HI_ERR_VENC_NO_BUF;
    }
    match ch.enqueue(job, milli_sec) {
        Ok(()) => HI_SUCCESS,
        Err(code) => code,
    }
}

fn check_millis(name: &str, ms: hi_s32) -> Result<(), hi_s32> {
    if ms < -1 {
        return Err(illegal(name, format_args!("milli_sec {ms} must be >= -1 (MPI-MILLISEC-RANGE)")));
    }
    Ok(())
}

/// `hi_mpi_venc_send_frame`: queue one picture (NV12/NV21 for video; NV12/NV21/packed 4:2:2 for JPEGE channels
/// with a stream buffer).
pub fn hi_mpi_venc_send_frame(chn: hi_venc_chn, frame: In<'_, hi_video_frame_info>, milli_sec: hi_s32) -> hi_s32 {
    const NAME: &str = "hi_mpi_venc_send_frame";
    let (ch, limits) = tri!(channel_and_limits(NAME, chn));
    let Some(info) = frame.read() else { return null(NAME, "frame") };
    tri!(check_millis(NAME, milli_sec));
    let (spec, receiving) = {
        let g = ch.inner.lock();
        (g.spec, g.receiving)
    };
    if !receiving {
        return not_started(NAME, chn);
    }
    if spec.codec == Codec::Jpeg && spec.buf_size == 0 {
        log::error!(
            "{NAME}: JPEGE channel {chn} has buf_size 0; use hi_mpi_venc_send_jpege_frame (MPI-JPEGE-BUFSIZE-MODE)"
        );
        return HI_ERR_VENC_NOT_SUPPORT;
    }
    let geo = if spec.codec == Codec::Jpeg {
        frame::check_jpeg(&info.v_frame, spec.width, spec.height, limits.v2.jpeg_dims.min)
    } else {
        frame::check_video(&info.v_frame, spec.width, spec.height)
    };
    let owned = match geo.and_then(|g| frame::copy(&info.v_frame, g, mem::accepted(spec.codec.is_video()))) {
        Ok(f) => f,
        Err(e) => return refuse(NAME, chn, &e.msg, e.code),
    };
    enqueue(NAME, &ch, Job { frame: owned, jpeg_out: None }, milli_sec)
}

/// `hi_mpi_venc_send_jpege_frame`: queue one picture whose JPEG goes into the caller's DVPP buffer
/// (`jpege_stream`); the channel must have `buf_size == 0` (MPI-JPEGE-BUFSIZE-MODE, MPI-JPEGE-OUTBUF). Of
/// `jpege_stream` only `addr` and `len` are read (not `type`, `pts` or `reserved`); the frame as for send_frame.
pub fn hi_mpi_venc_send_jpege_frame(
    chn: hi_venc_chn,
    frame: In<'_, hi_video_frame_info>,
    jpege_stream: In<'_, hi_img_stream>,
    milli_sec: hi_s32,
) -> hi_s32 {
    const NAME: &str = "hi_mpi_venc_send_jpege_frame";
    let (ch, limits) = tri!(channel_and_limits(NAME, chn));
    let (info, out) = (frame.read(), jpege_stream.read());
    let Some(info) = info else { return null(NAME, "frame") };
    let Some(out) = out else { return null(NAME, "jpege_stream") };
    tri!(check_millis(NAME, milli_sec));
    let (spec, receiving) = {
        let g = ch.inner.lock();
        (g.spec, g.receiving)
    };
    if spec.codec != Codec::Jpeg || spec.buf_size != 0 {
        log::error!("{NAME}: channel {chn} is not a JPEGE channel created with buf_size 0 (MPI-JPEGE-BUFSIZE-MODE)");
        return HI_ERR_VENC_NOT_SUPPORT;
    }
    if !receiving {
        return not_started(NAME, chn);
    }
    let addr = out.addr as usize;
    if addr == 0 {
        return null(NAME, "jpege_stream->addr");
    }
    if addr % 16 != 0 {
        return illegal(NAME, format_args!("jpege_stream->addr {addr:#x} is not 16-byte aligned (MPI-JPEGE-OUTBUF)"));
    }
    // Pinned from here until the stream is released: an early free is quarantined (crate::channel docs).
    let pin = match mem::pin(addr, out.len as usize, mem::DVPP) {
        Ok(p) => p,
        Err(MemError::Unknown) => {
            log::error!(
                "{NAME}: jpege_stream->addr {addr:#x} is not hi_mpi_dvpp_malloc (or acldvppMalloc) memory \
                 (MPI-MEM-DVPP)"
            );
            return HI_ERR_VENC_BAD_ADDR;
        }
        Err(MemError::Refused(who)) => {
            log::error!(
                "{NAME}: jpege_stream->addr {addr:#x} is {} memory, not DVPP memory (MPI-MEM-DVPP)",
                who.name()
            );
            return HI_ERR_VENC_BAD_ADDR;
        }
        Err(MemError::TooSmall { available }) => {
            return illegal(
                NAME,
                format_args!("jpege_stream->len {} runs past its DVPP block ({available} bytes left)", out.len),
            )
        }
    };
    let geo = match frame::check_jpeg(&info.v_frame, spec.width, spec.height, limits.v2.jpeg_dims.min) {
        Ok(g) => g,
        Err(e) => return refuse(NAME, chn, &e.msg, e.code),
    };
    let need = jpeg::predicted_size(geo.fmt, geo.width, geo.height);
    if (out.len as u64) < need {
        log::error!(
            "{NAME}: jpege_stream->len {} is below the predicted size {need} (hi_mpi_venc_get_jpege_predicted_size, \
             MPI-JPEGE-OUTBUF)",
            out.len
        );
        return HI_ERR_VENC_SIZE_NOT_ENOUGH;
    }
    let owned = match frame::copy(&info.v_frame, geo, mem::accepted(false)) {
        Ok(f) => f,
        Err(e) => return refuse(NAME, chn, &e.msg, e.code),
    };
    enqueue(NAME, &ch, Job { frame: owned, jpeg_out: Some(JpegOut { pin, addr, len: out.len }) }, milli_sec)
}

/// `hi_mpi_venc_get_jpege_predicted_size`: an upper bound of the JPEG size of `frame` (see
/// [`jpeg::predicted_size`]); `jpeg_param` is reserved and may be NULL (MPI-JPEGE-PREDSIZE-ARGS).
pub fn hi_mpi_venc_get_jpege_predicted_size(
    frame: In<'_, hi_video_frame_info>,
    _jpeg_param: In<'_, hi_venc_jpeg_param>,
    size: Out<'_, hi_u32>,
) -> hi_s32 {
    const NAME: &str = "hi_mpi_venc_get_jpege_predicted_size";
    let limits = tri!(precheck(NAME));
    let Some(info) = frame.read() else { return null(NAME, "frame") };
    if size.is_null() {
        return null(NAME, "size");
    }
    let r = limits.v2.jpeg_dims;
    let geo = match frame::check_jpeg(&info.v_frame, r.max, r.max, r.min) {
        Ok(g) => g,
        Err(e) => {
            log::error!("{NAME}: {}", e.msg);
            return e.code;
        }
    };
    let n = jpeg::predicted_size(geo.fmt, geo.width, geo.height).min(u32::MAX as u64) as u32;
    size.write(n);
    HI_SUCCESS
}

/// `hi_mpi_venc_get_stream`: hand out the next stream (D-MPI-GETSTREAM). `milli_sec` -1 blocks, 0 polls
/// (BUF_EMPTY when nothing is ready), > 0 waits up to that many ms. Frame mode gives one pack per NAL unit
/// (SPS/PPS/[VPS]/SEI/slice, `data_type` = NAL type, `is_frame_end` on the last); packet mode gives one NAL unit
/// per call; JPEG gives one pack. Every pack carries the frame's `pts` and `input_addr` (its `virt_addr[0]`).
pub fn hi_mpi_venc_get_stream(chn: hi_venc_chn, stream: Out<'_, hi_venc_stream>, milli_sec: hi_s32) -> hi_s32 {
    const NAME: &str = "hi_mpi_venc_get_stream";
    let ch = tri!(channel(NAME, chn));
    let Some(mut st) = stream.read() else { return null(NAME, "stream") };
    if st.pack.is_null() {
        return null(NAME, "stream->pack");
    }
    if st.pack_cnt == 0 {
        return illegal(NAME, format_args!("stream->pack_cnt is 0 (MPI-GETSTREAM-PACK)"));
    }
    tri!(check_millis(NAME, milli_sec));
    let codec = ch.inner.lock().spec.codec;
    let unit = match ch.fetch(milli_sec, st.pack_cnt) {
        Ok(u) => u,
        Err(code) => return code,
    };
    let packs: Vec<hi_venc_pack> = unit
        .packs
        .iter()
        .map(|p| {
            let mut hp = hi_venc_pack::default();
            *hp.input_addr_mut() = unit.input_addr;
            hp.addr = p.addr as *mut hi_u8;
            hp.len = p.len;
            hp.pts = unit.pts;
            hp.is_frame_end = if p.is_frame_end { hi_bool::HI_TRUE } else { hi_bool::HI_FALSE };
            match codec {
                Codec::H264(_) => *hp.data_type.h264_type_mut() = hi_venc_h264_nalu_type(p.data_type),
                Codec::H265 => *hp.data_type.h265_type_mut() = hi_venc_h265_nalu_type(p.data_type),
                Codec::Jpeg => *hp.data_type.jpeg_type_mut() = hi_venc_jpege_pack_type(p.data_type),
            }
            hp
        })
        .collect();
    st.pack_cnt = packs.len() as u32;
    st.seq = unit.seq;
    let ref_type = if unit.is_idr {
        hi_venc_ref_type::HI_VENC_BASE_IDR_SLICE
    } else {
        hi_venc_ref_type::HI_VENC_BASE_P_SLICE_REF_BY_BASE
    };
    match codec {
        Codec::H264(_) => {
            let i = st.h264_info_mut();
            *i = hi_venc_h264_stream_info::default();
            i.pic_bytes = unit.pic_bytes;
            i.ref_type = ref_type;
        }
        Codec::H265 => {
            let i = st.h265_info_mut();
            *i = hi_venc_h265_stream_info::default();
            i.pic_bytes = unit.pic_bytes;
            i.ref_type = ref_type;
        }
        Codec::Jpeg => {
            let i = st.jpeg_info_mut();
            i.pic_bytes = unit.pic_bytes;
            i.qfactor = unit.qfactor;
            i.update_attr_cnt = ch.inner.lock().jpeg_update_cnt;
        }
    }
    // `fetch` checked that the caller's pack_cnt packs have room for `packs`.
    stream.nested(st.pack).write_all(&packs);
    stream.write(st);
    HI_SUCCESS
}

/// `hi_mpi_venc_release_stream`: give back the oldest stream from get_stream (FIFO; MPI-RELEASE-ORDER,
/// MPI-RELEASE-INVALID → ILLEGAL_PARAM). Its bytes stay readable until the stream buffer wraps onto them.
pub fn hi_mpi_venc_release_stream(chn: hi_venc_chn, stream: Out<'_, hi_venc_stream>) -> hi_s32 {
    const NAME: &str = "hi_mpi_venc_release_stream";
    let ch = tri!(channel(NAME, chn));
    let Some(st) = stream.read() else { return null(NAME, "stream") };
    if st.pack_cnt == 0 {
        return illegal(NAME, format_args!("stream->pack_cnt is 0 (MPI-RELEASE-INVALID)"));
    }
    let Some(first) = stream.as_in().nested(st.pack.cast_const()).read() else { return null(NAME, "stream->pack") };
    match ch.release(st.seq, first.addr as usize) {
        Ok(()) => HI_SUCCESS,
        Err(why) => illegal(NAME, format_args!("channel {chn}: {why}")),
    }
}

/// `hi_mpi_venc_get_fd`: the channel's readiness descriptor (readable while a stream waits); negative on error.
pub fn hi_mpi_venc_get_fd(chn: hi_venc_chn) -> hi_s32 {
    const NAME: &str = "hi_mpi_venc_get_fd";
    let ch = tri!(channel(NAME, chn));
    let mut g = ch.inner.lock();
    if g.fd.is_none() {
        match EventFd::new() {
            Ok(fd) => g.fd = Some(fd),
            Err(e) => {
                log::error!("{NAME}: channel {chn}: eventfd: {e}");
                return HI_ERR_VENC_SYS_ERROR;
            }
        }
        g.sync_fd();
    }
    g.fd.as_ref().map_or(HI_ERR_VENC_SYS_ERROR, EventFd::raw)
}

/// `hi_mpi_venc_close_fd`: close the channel's descriptor (a later get_fd makes a new one; MPI-CLOSEFD).
pub fn hi_mpi_venc_close_fd(chn: hi_venc_chn) -> hi_s32 {
    let ch = tri!(channel("hi_mpi_venc_close_fd", chn));
    ch.inner.lock().fd = None;
    HI_SUCCESS
}

// ---------------------------------------------------------------------------------------------------------------
// Parameters
// ---------------------------------------------------------------------------------------------------------------

/// Which channels a parameter call accepts; the others get NOT_SUPPORT.
#[derive(Debug, Clone, Copy)]
enum Accepts {
    /// JPEGE, H.264 and H.265 channels.
    Any,
    /// JPEGE channels only (MPI-JPEGE-SETPARAM-TYPE).
    Jpeg,
    /// H.264/H.265 channels only; the text is appended to the "is a JPEG channel" message.
    Video(&'static str),
}

impl Accepts {
    fn check(self, name: &str, chn: hi_s32, codec: Codec) -> Result<(), hi_s32> {
        match self {
            Accepts::Jpeg if codec != Codec::Jpeg => {
                log::error!("{name}: channel {chn} is not a JPEG channel (MPI-JPEGE-SETPARAM-TYPE)");
                Err(HI_ERR_VENC_NOT_SUPPORT)
            }
            Accepts::Video(why) if !codec.is_video() => {
                log::error!("{name}: channel {chn} is a JPEG channel{why}");
                Err(HI_ERR_VENC_NOT_SUPPORT)
            }
            _ => Ok(()),
        }
    }
}

/// Rate-control parameters apply to H.264/H.265 channels only.
const RATE_CONTROL: Accepts = Accepts::Video("; rate control applies to H.264/H.265 only");

/// Run `f` on the locked state of `ch` (channel `chn`) if `accepts` allows the channel's kind.
fn locked<R>(
    name: &str,
    chn: hi_s32,
    ch: &Channel,
    accepts: Accepts,
    f: impl FnOnce(&mut Inner) -> Result<R, hi_s32>,
) -> Result<R, hi_s32> {
    let mut g = ch.inner.lock();
    accepts.check(name, chn, g.spec.codec)?;
    f(&mut g)
}

/// A `get_*` call: the channel checks, NULL `out` (named `what`) → NULL_PTR, the channel kind, then `read` of the
/// channel state is written to `out`.
fn get_param<T>(
    name: &str,
    chn: hi_s32,
    out: Out<'_, T>,
    what: &str,
    accepts: Accepts,
    read: impl FnOnce(&Inner) -> T,
) -> hi_s32 {
    let ch = tri!(channel(name, chn));
    if out.is_null() {
        return null(name, what);
    }
    let v = tri!(locked(name, chn, &ch, accepts, |g| Ok(read(g))));
    out.write(v);
    HI_SUCCESS
}

/// A `set_*` call: the channel checks, NULL `input` (named `what`) → NULL_PTR, the channel kind, then `store`
/// validates the value and stores it (an `Err` leaves the channel unchanged).
fn set_param<T: aclvenc_ptr::Plain>(
    name: &str,
    chn: hi_s32,
    input: In<'_, T>,
    what: &str,
    accepts: Accepts,
    store: impl FnOnce(&mut Inner, T) -> Result<(), hi_s32>,
) -> hi_s32 {
    let ch = tri!(channel(name, chn));
    let Some(v) = input.read() else { return null(name, what) };
    tri!(locked(name, chn, &ch, accepts, |g| store(g, v)));
    HI_SUCCESS
}

/// `hi_mpi_venc_set_jpeg_param` (MPI-JPEGE-QFACTOR, MPI-JPEGE-SETPARAM-TYPE): `qfactor` 1..=100 scales the Annex K
/// tables (IJG) and the `*_qt` members are not read; 0xFFFFFFFF uses `y_qt` and `cb_qt` (natural order, entries
/// 1..=255; `cr_qt` must equal `cb_qt`). `mcu_per_ecs` and `ecs_output_en` are reserved and never read.
pub fn hi_mpi_venc_set_jpeg_param(chn: hi_venc_chn, jpeg_param: In<'_, hi_venc_jpeg_param>) -> hi_s32 {
    const NAME: &str = "hi_mpi_venc_set_jpeg_param";
    set_param(NAME, chn, jpeg_param, "jpeg_param", Accepts::Jpeg, |g, mut p| {
        if p.qfactor == jpeg::QFACTOR_USER_TABLES {
            if p.cb_qt != p.cr_qt {
                return Err(illegal(
                    NAME,
                    format_args!("user tables: cb_qt and cr_qt must be identical (MPI-JPEGE-QFACTOR)"),
                ));
            }
            if p.y_qt.contains(&0) || p.cb_qt.contains(&0) {
                return Err(illegal(NAME, format_args!("user tables: quantisation entries must be in [1, 255]")));
            }
        } else if !(1..=100).contains(&p.qfactor) {
            return Err(illegal(
                NAME,
                format_args!("qfactor {} is not in [1, 100] or 0xFFFFFFFF (MPI-JPEGE-QFACTOR)", p.qfactor),
            ));
        } else {
            let q = p.qfactor;
            set_jpeg_tables(&mut p, q);
        }
        g.jpeg_param = p;
        g.jpeg_update_cnt = g.jpeg_update_cnt.wrapping_add(1);
        Ok(())
    })
}

/// `hi_mpi_venc_get_jpeg_param`: the current JPEG parameters (tables as used: scaled for a `qfactor`, or the
/// user's).
pub fn hi_mpi_venc_get_jpeg_param(chn: hi_venc_chn, jpeg_param: Out<'_, hi_venc_jpeg_param>) -> hi_s32 {
    get_param("hi_mpi_venc_get_jpeg_param", chn, jpeg_param, "jpeg_param", Accepts::Jpeg, |g| g.jpeg_param)
}

/// `hi_mpi_venc_set_rc_param` (MPI-VENC-RC-QP): reads `first_frame_start_qp` ([-1, 51]) and, of the union, only the
/// member of the channel's rate-control mode: QP bounds in [0, 51] with min <= max and `max_i_proportion` in
/// [1, 100] (`min_i_proportion` and `qpmap_en` are reserved and not read; FIXQP and QPMAP channels have no member).
/// Stored and reported; the emulated encoder applies its own QP range.
pub fn hi_mpi_venc_set_rc_param(chn: hi_venc_chn, rc_param: In<'_, hi_venc_rc_param>) -> hi_s32 {
    const NAME: &str = "hi_mpi_venc_set_rc_param";
    set_param(NAME, chn, rc_param, "rc_param", RATE_CONTROL, |g, p| {
        if let Some(b) = qp_bounds(&p, g.attr.rc_attr.rc_mode) {
            let qp_ok = [b.max_qp, b.min_qp, b.max_i_qp, b.min_i_qp].iter().all(|&q| q <= 51)
                && b.min_qp <= b.max_qp
                && b.min_i_qp <= b.max_i_qp;
            if !qp_ok || !(1..=100).contains(&b.max_i_prop) {
                return Err(illegal(
                    NAME,
                    format_args!("QP bounds or max_i_proportion out of range: {b:?} (MPI-VENC-RC-QP)"),
                ));
            }
        }
        if p.first_frame_start_qp < -1 || p.first_frame_start_qp > 51 {
            return Err(illegal(
                NAME,
                format_args!("first_frame_start_qp {} is outside [-1, 51]", p.first_frame_start_qp),
            ));
        }
        g.rc_param = p;
        Ok(())
    })
}

/// `hi_mpi_venc_get_rc_param`.
pub fn hi_mpi_venc_get_rc_param(chn: hi_venc_chn, rc_param: Out<'_, hi_venc_rc_param>) -> hi_s32 {
    get_param("hi_mpi_venc_get_rc_param", chn, rc_param, "rc_param", RATE_CONTROL, |g| g.rc_param)
}

/// `hi_mpi_venc_set_chn_attr` (MPI-VENC-SETCHNATTR-STATIC): H.264/H.265 channels only; the payload type, sizes,
/// buffer, profile and stream mode are static (NOT_PERM); rate control and GOP may change and take effect at the
/// next picture, which becomes an IDR. Reads what create_chn reads.
pub fn hi_mpi_venc_set_chn_attr(chn: hi_venc_chn, chn_attr: In<'_, hi_venc_chn_attr>) -> hi_s32 {
    const NAME: &str = "hi_mpi_venc_set_chn_attr";
    let (ch, limits) = tri!(channel_and_limits(NAME, chn));
    let Some(attr) = chn_attr.read() else { return null(NAME, "chn_attr") };
    tri!(locked(NAME, chn, &ch, Accepts::Video(" (MPI-VENC-SETCHNATTR-STATIC)"), |g| {
        let (a, b) = (&g.attr.venc_attr, &attr.venc_attr);
        let same_static = a.r#type == b.r#type
            && a.max_pic_width == b.max_pic_width
            && a.max_pic_height == b.max_pic_height
            && a.buf_size == b.buf_size
            && a.profile == b.profile
            && a.is_by_frame == b.is_by_frame
            && a.pic_width == b.pic_width
            && a.pic_height == b.pic_height;
        if !same_static {
            log::error!(
                "{NAME}: channel {chn}: type, picture sizes, buf_size, profile and is_by_frame cannot change after \
                 creation (MPI-VENC-SETCHNATTR-STATIC)"
            );
            return Err(HI_ERR_VENC_NOT_PERM);
        }
        let spec = attr::check(&attr, &limits).map_err(|e| refuse(NAME, chn, &e.msg, e.code))?;
        if attr.rc_attr.rc_mode != g.attr.rc_attr.rc_mode {
            g.rc_param = default_rc_param(attr.rc_attr.rc_mode);
        }
        g.spec = spec;
        g.attr = attr;
        g.attr_gen += 1;
        Ok(())
    }));
    HI_SUCCESS
}

/// `hi_mpi_venc_get_chn_attr`: the attribute as created or last set.
pub fn hi_mpi_venc_get_chn_attr(chn: hi_venc_chn, chn_attr: Out<'_, hi_venc_chn_attr>) -> hi_s32 {
    get_param("hi_mpi_venc_get_chn_attr", chn, chn_attr, "chn_attr", Accepts::Any, |g| g.attr)
}

/// `hi_mpi_venc_set_chn_param`: reads `priority` ([0, 2)), and `color_to_grey_en` (HI_TRUE/HI_FALSE, applied) on
/// the chips that support it (`aclvenc_chip::V2Limits::chn_param_color_to_grey`: 310B); on the 310P it is reserved.
/// `max_stream_cnt`, `poll_wake_up_frame_cnt`, `crop_info` and `frame_rate` are reserved on every chip with a V2
/// encoder and never read (so MPI-VENC-RC-FRAMERATE's `frame_rate` range is not enforced here). Priority is stored
/// and reported only.
pub fn hi_mpi_venc_set_chn_param(chn: hi_venc_chn, chn_param: In<'_, hi_venc_chn_param>) -> hi_s32 {
    const NAME: &str = "hi_mpi_venc_set_chn_param";
    let v2 = aclvenc_emu_common::settings::get().limits().v2;
    let grey_read = v2.is_some_and(|v| v.chn_param_color_to_grey);
    set_param(NAME, chn, chn_param, "chn_param", Accepts::Any, |g, p| {
        if p.priority >= 2 {
            return Err(illegal(NAME, format_args!("priority {} is outside [0, 2)", p.priority)));
        }
        if grey_read && p.color_to_grey_en.0 as u32 > 1 {
            return Err(illegal(
                NAME,
                format_args!("color_to_grey_en {} is not HI_TRUE or HI_FALSE", p.color_to_grey_en.0),
            ));
        }
        g.color_to_grey = grey_read && p.color_to_grey_en == hi_bool::HI_TRUE;
        g.chn_param = p;
        Ok(())
    })
}

/// `hi_mpi_venc_get_chn_param`.
pub fn hi_mpi_venc_get_chn_param(chn: hi_venc_chn, chn_param: Out<'_, hi_venc_chn_param>) -> hi_s32 {
    get_param("hi_mpi_venc_get_chn_param", chn, chn_param, "chn_param", Accepts::Any, |g| g.chn_param)
}

fn mod_index(name: &str, t: hi_venc_mod_type) -> Result<usize, hi_s32> {
    match t.0 {
        1..=4 => Ok(t.0 as usize),
        5 => {
            log::error!("{name}: mod_type HI_VENC_MOD_RC has no parameter block in this ABI");
            Err(HI_ERR_VENC_NOT_SUPPORT)
        }
        v => Err(illegal(name, format_args!("mod_type {v} is not VENC (1), H264 (2), H265 (3) or JPEG (4)"))),
    }
}

/// `hi_mpi_venc_set_mod_param`: module-wide parameters, stored per `mod_type` (the only member read; the union
/// member it selects is stored, the others are ignored). Refused with NOT_PERM while any channel exists (emulator
/// choice, L: module parameters size the channels' buffers).
pub fn hi_mpi_venc_set_mod_param(mod_param: In<'_, hi_venc_mod_param>) -> hi_s32 {
    const NAME: &str = "hi_mpi_venc_set_mod_param";
    tri!(precheck(NAME));
    let Some(p) = mod_param.read() else { return null(NAME, "mod_param") };
    let idx = tri!(mod_index(NAME, p.mod_type));
    if !CHANNELS.lock().is_empty() {
        log::error!("{NAME}: module parameters must be set before any channel is created");
        return HI_ERR_VENC_NOT_PERM;
    }
    MOD_PARAMS.lock()[idx] = Some(p);
    HI_SUCCESS
}

/// `hi_mpi_venc_get_mod_param`: reads `mod_param->mod_type` and fills the rest (zeros until set).
pub fn hi_mpi_venc_get_mod_param(mod_param: Out<'_, hi_venc_mod_param>) -> hi_s32 {
    const NAME: &str = "hi_mpi_venc_get_mod_param";
    tri!(precheck(NAME));
    let Some(p) = mod_param.read() else { return null(NAME, "mod_param") };
    let idx = tri!(mod_index(NAME, p.mod_type));
    let out = MOD_PARAMS.lock()[idx].unwrap_or_else(|| {
        let mut d = hi_venc_mod_param::default();
        d.mod_type = p.mod_type;
        d
    });
    mod_param.write(out);
    HI_SUCCESS
}

/// `hi_mpi_venc_set_scene_mode`: H.264/H.265 channels; `HI_VENC_SCENE_0..=2`. Stored and reported.
pub fn hi_mpi_venc_set_scene_mode(chn: hi_venc_chn, scene_mode: hi_venc_scene_mode) -> hi_s32 {
    const NAME: &str = "hi_mpi_venc_set_scene_mode";
    let ch = tri!(channel(NAME, chn));
    tri!(locked(NAME, chn, &ch, Accepts::Video(""), |g| {
        if !(0..hi_venc_scene_mode::HI_VENC_SCENE_BUTT.0).contains(&scene_mode.0) {
            return Err(illegal(NAME, format_args!("scene_mode {} is not 0, 1 or 2", scene_mode.0)));
        }
        g.scene_mode = scene_mode;
        Ok(())
    }));
    HI_SUCCESS
}

/// `hi_mpi_venc_get_scene_mode`.
pub fn hi_mpi_venc_get_scene_mode(chn: hi_venc_chn, scene_mode: Out<'_, hi_venc_scene_mode>) -> hi_s32 {
    get_param("hi_mpi_venc_get_scene_mode", chn, scene_mode, "scene_mode", Accepts::Video(""), |g| g.scene_mode)
}

/// `hi_mpi_venc_request_idr` (MPI-VENC-IDR): the next picture encoded becomes an IDR (both `instant` values).
pub fn hi_mpi_venc_request_idr(chn: hi_venc_chn, instant: hi_bool) -> hi_s32 {
    const NAME: &str = "hi_mpi_venc_request_idr";
    let ch = tri!(channel(NAME, chn));
    if instant.0 > 1 || instant.0 < 0 {
        return illegal(NAME, format_args!("instant {} is not HI_TRUE or HI_FALSE", instant.0));
    }
    tri!(locked(NAME, chn, &ch, Accepts::Video(" (every JPEG picture is intra)"), |g| {
        g.force_idr = true;
        Ok(())
    }));
    HI_SUCCESS
}
