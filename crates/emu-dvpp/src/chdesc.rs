//! `aclvencChannelDesc` and `aclvencFrameConfig`: records behind opaque handles, with the ACL-side checks of
//! docs/validation-rules.md A.1/A.2/A.4 (the device-side ones run at `aclvencCreateChannel`, see [`crate::channel`]).

use std::ffi::c_void;
use std::sync::Arc;

use aclvenc_abi::*;
use aclvenc_emu_common::export::venc_callback_at;
use aclvenc_emu_common::settings;
use aclvenc_ptr::{In, Out};

use crate::channel::Channel;
use crate::handles::Handles;

/// Fields of an `aclvencChannelDesc` (dimensions in pixels, rates in frames/s, bit rates in kbit/s, sizes in
/// bytes). Defaults are the vendor's: everything 0/NULL, enType H265_MAIN_LEVEL (0), picFormat 0.
#[derive(Default)]
pub(crate) struct ChannelDesc {
    pub thread_id: u64,
    pub callback: aclvencCallback,
    pub en_type: i32,
    pub pic_format: i32,
    pub width: u32,
    pub height: u32,
    pub key_frame_interval: u32,
    pub buf_addr: usize,
    pub buf_size: u32,
    pub rc_mode: u32,
    pub src_rate: u32,
    pub max_bit_rate: u32,
    pub max_ip_prop: u32,
    /// Channel id (valid while a channel is live).
    pub channel_id: u32,
    /// The live channel, between aclvencCreateChannel and aclvencDestroyChannel.
    pub live: Option<Arc<Channel>>,
}

/// Fields of an `aclvencFrameConfig` (each 0 or 1).
#[derive(Default, Clone, Copy)]
pub(crate) struct FrameConfig {
    pub force_i_frame: u8,
    pub eos: u8,
}

pub(crate) static CHANNEL_DESCS: Handles<ChannelDesc> = Handles::new();
pub(crate) static FRAME_CONFIGS: Handles<FrameConfig> = Handles::new();

fn with_desc(h: usize, f: impl FnOnce(&mut ChannelDesc) -> aclError) -> aclError {
    CHANNEL_DESCS.update(h, "aclvencChannelDesc", f)
}

fn get<R: Default>(h: In<'_, aclvencChannelDesc>, f: impl FnOnce(&ChannelDesc) -> R) -> R {
    CHANNEL_DESCS.get_or_default(h.addr(), f)
}

/// VENC-CHDESC-BUF-UNSUPPORTED / VENC-CHDESC-IPPROP-UNSUPPORTED: `what` does not exist on the emulated chip.
fn unsupported(what: &str, rule: &str) -> aclError {
    log::error!("{}: {what} is not supported ({rule})", settings::get().soc_name);
    ACL_ERROR_FEATURE_UNSUPPORTED
}

fn warn_if_live(d: &ChannelDesc, what: &str) {
    if d.live.is_some() {
        log::warn!(
            "{what} after aclvencCreateChannel has no effect on the live channel (VENC-CHDESC-SET-AFTER-CREATE)"
        );
    }
}

/// One typed value of the generic param interface.
#[derive(Debug, Clone, Copy)]
enum Value {
    U64(u64),
    U32(u32),
}

/// Size in bytes of the value behind each param type (abi-facts section 1), or `None` for an unknown type.
fn param_size(t: aclvencChannelDescParamType) -> Option<usize> {
    match t.0 {
        0 | 1 | 7 => Some(8),
        2..=6 | 8..=12 => Some(4),
        _ => None,
    }
}

fn set_value(d: &mut ChannelDesc, t: aclvencChannelDescParamType, v: Value) -> aclError {
    let u32v = match v {
        Value::U32(x) => x,
        Value::U64(x) => x as u32,
    };
    let u64v = match v {
        Value::U32(x) => u64::from(x),
        Value::U64(x) => x,
    };
    let limits = settings::get().limits();
    type P = aclvencChannelDescParamType;
    match t {
        P::ACL_VENC_THREAD_ID_UINT64 => d.thread_id = u64v,
        P::ACL_VENC_CALLBACK_PTR => {
            if u64v == 0 {
                return ACL_ERROR_INVALID_PARAM;
            }
            d.callback = venc_callback_at(u64v as usize);
        }
        P::ACL_VENC_PIXEL_FORMAT_UINT32 => {
            let f = acldvppPixelFormat(u32v as i32);
            if f != acldvppPixelFormat::PIXEL_FORMAT_YUV_SEMIPLANAR_420
                && f != acldvppPixelFormat::PIXEL_FORMAT_YVU_SEMIPLANAR_420
            {
                log::error!("picFormat {f:?}: only NV12 (1) and NV21 (2) can be encoded (VENC-CHDESC-PICFORMAT)");
                return ACL_ERROR_INVALID_PARAM;
            }
            d.pic_format = f.0;
        }
        P::ACL_VENC_ENCODE_TYPE_UINT32 => d.en_type = u32v as i32,
        P::ACL_VENC_PIC_WIDTH_UINT32 => d.width = u32v,
        P::ACL_VENC_PIC_HEIGHT_UINT32 => d.height = u32v,
        P::ACL_VENC_KEY_FRAME_INTERVAL_UINT32 => d.key_frame_interval = u32v,
        P::ACL_VENC_BUF_ADDR_PTR => {
            if !limits.v1_user_out_buffer {
                return unsupported("the output buffer is internal; BufAddr", "VENC-CHDESC-BUF-UNSUPPORTED");
            }
            if u64v == 0 {
                return ACL_ERROR_INVALID_PARAM;
            }
            if d.buf_addr != 0 {
                log::error!("bufAddr is already set (VENC-CHDESC-BUFADDR-TWICE)");
                return ACL_ERROR_INVALID_PARAM;
            }
            d.buf_addr = u64v as usize;
        }
        P::ACL_VENC_BUF_SIZE_UINT32 => {
            if !limits.v1_user_out_buffer {
                return unsupported("the output buffer is internal; BufSize", "VENC-CHDESC-BUF-UNSUPPORTED");
            }
            if u32v < limits.v1_min_out_buf_bytes {
                log::error!("bufSize {u32v} B < {} B (VENC-CHDESC-BUFSIZE-MIN)", limits.v1_min_out_buf_bytes);
                return ACL_ERROR_INVALID_PARAM;
            }
            d.buf_size = u32v;
        }
        P::ACL_VENC_RC_MODE_UINT32 => {
            if limits.v1_rc_mode_checked && u32v > 2 {
                log::error!("rcMode {u32v} not in {{0, 1 VBR, 2 CBR}} (VENC-CHDESC-RCMODE-RANGE)");
                return ACL_ERROR_INVALID_PARAM;
            }
            d.rc_mode = u32v;
        }
        P::ACL_VENC_SRC_RATE_UINT32 => d.src_rate = u32v,
        P::ACL_VENC_MAX_BITRATE_UINT32 => d.max_bit_rate = u32v,
        P::ACL_VENC_MAX_IP_PROP_UINT32 => {
            if !limits.v1_ip_prop_supported {
                return unsupported("MAX_IP_PROP", "VENC-CHDESC-IPPROP-UNSUPPORTED");
            }
            d.max_ip_prop = u32v;
        }
        _ => return ACL_ERROR_INVALID_PARAM,
    }
    ACL_SUCCESS
}

fn get_value(d: &ChannelDesc, t: aclvencChannelDescParamType) -> Result<Value, aclError> {
    let limits = settings::get().limits();
    type P = aclvencChannelDescParamType;
    Ok(match t {
        P::ACL_VENC_THREAD_ID_UINT64 => Value::U64(d.thread_id),
        P::ACL_VENC_CALLBACK_PTR => Value::U64(d.callback.map_or(0, |f| f as usize as u64)),
        P::ACL_VENC_PIXEL_FORMAT_UINT32 => Value::U32(d.pic_format as u32),
        P::ACL_VENC_ENCODE_TYPE_UINT32 => Value::U32(d.en_type as u32),
        P::ACL_VENC_PIC_WIDTH_UINT32 => Value::U32(d.width),
        P::ACL_VENC_PIC_HEIGHT_UINT32 => Value::U32(d.height),
        P::ACL_VENC_KEY_FRAME_INTERVAL_UINT32 => Value::U32(d.key_frame_interval),
        P::ACL_VENC_BUF_ADDR_PTR | P::ACL_VENC_BUF_SIZE_UINT32 if !limits.v1_user_out_buffer => {
            return Err(ACL_ERROR_FEATURE_UNSUPPORTED)
        }
        P::ACL_VENC_BUF_ADDR_PTR => Value::U64(d.buf_addr as u64),
        P::ACL_VENC_BUF_SIZE_UINT32 => Value::U32(d.buf_size),
        P::ACL_VENC_RC_MODE_UINT32 => Value::U32(d.rc_mode),
        P::ACL_VENC_SRC_RATE_UINT32 => Value::U32(d.src_rate),
        P::ACL_VENC_MAX_BITRATE_UINT32 => Value::U32(d.max_bit_rate),
        P::ACL_VENC_MAX_IP_PROP_UINT32 if !limits.v1_ip_prop_supported => return Err(ACL_ERROR_FEATURE_UNSUPPORTED),
        P::ACL_VENC_MAX_IP_PROP_UINT32 => Value::U32(d.max_ip_prop),
        _ => return Err(ACL_ERROR_INVALID_PARAM),
    })
}

fn set_typed(h: Out<'_, aclvencChannelDesc>, t: aclvencChannelDescParamType, v: Value, name: &str) -> aclError {
    with_desc(h.addr(), |d| {
        warn_if_live(d, name);
        set_value(d, t, v)
    })
}

pub(crate) fn aclvencCreateChannelDesc() -> *mut aclvencChannelDesc {
    CHANNEL_DESCS.insert(ChannelDesc::default()) as *mut aclvencChannelDesc
}

/// NULL: success (VENC-CHDESC-DESTROY-NULL). A desc whose channel is still live has the channel destroyed
/// first (the vendor leaks it and later reads freed memory: VENC-CHDESC-DESTROY-LIVE).
pub(crate) fn aclvencDestroyChannelDesc(h: Out<'_, aclvencChannelDesc>) -> aclError {
    if h.is_null() {
        return ACL_SUCCESS;
    }
    let live = CHANNEL_DESCS.with(h.addr(), |d| d.live.is_some());
    match live {
        None => {
            log::error!("aclvencDestroyChannelDesc: {:#x} is not a live channel desc", h.addr());
            ACL_ERROR_INVALID_PARAM
        }
        Some(live) => {
            if live {
                log::warn!("aclvencDestroyChannelDesc: the channel is still live; destroying it first (VENC-CHDESC-DESTROY-LIVE)");
                let r = crate::channel::aclvencDestroyChannel(h);
                if r != ACL_SUCCESS {
                    return r;
                }
            }
            CHANNEL_DESCS.remove(h.addr());
            ACL_SUCCESS
        }
    }
}

type P = aclvencChannelDescParamType;

pub(crate) fn aclvencSetChannelDescThreadId(h: Out<'_, aclvencChannelDesc>, v: u64) -> aclError {
    set_typed(h, P::ACL_VENC_THREAD_ID_UINT64, Value::U64(v), "SetThreadId")
}
/// NULL callback: ACL_ERROR_INVALID_PARAM (VENC-CHDESC-CALLBACK-NULL).
pub(crate) fn aclvencSetChannelDescCallback(h: Out<'_, aclvencChannelDesc>, cb: aclvencCallback) -> aclError {
    set_typed(h, P::ACL_VENC_CALLBACK_PTR, Value::U64(cb.map_or(0, |f| f as usize as u64)), "SetCallback")
}
pub(crate) fn aclvencSetChannelDescEnType(h: Out<'_, aclvencChannelDesc>, v: acldvppStreamFormat) -> aclError {
    set_typed(h, P::ACL_VENC_ENCODE_TYPE_UINT32, Value::U32(v.0 as u32), "SetEnType")
}
/// Only NV12/NV21, else ACL_ERROR_INVALID_PARAM (VENC-CHDESC-PICFORMAT).
pub(crate) fn aclvencSetChannelDescPicFormat(h: Out<'_, aclvencChannelDesc>, v: acldvppPixelFormat) -> aclError {
    set_typed(h, P::ACL_VENC_PIXEL_FORMAT_UINT32, Value::U32(v.0 as u32), "SetPicFormat")
}
pub(crate) fn aclvencSetChannelDescPicWidth(h: Out<'_, aclvencChannelDesc>, v: u32) -> aclError {
    set_typed(h, P::ACL_VENC_PIC_WIDTH_UINT32, Value::U32(v), "SetPicWidth")
}
pub(crate) fn aclvencSetChannelDescPicHeight(h: Out<'_, aclvencChannelDesc>, v: u32) -> aclError {
    set_typed(h, P::ACL_VENC_PIC_HEIGHT_UINT32, Value::U32(v), "SetPicHeight")
}
pub(crate) fn aclvencSetChannelDescKeyFrameInterval(h: Out<'_, aclvencChannelDesc>, v: u32) -> aclError {
    set_typed(h, P::ACL_VENC_KEY_FRAME_INTERVAL_UINT32, Value::U32(v), "SetKeyFrameInterval")
}
/// 310: ACL_ERROR_FEATURE_UNSUPPORTED; NULL or set twice: ACL_ERROR_INVALID_PARAM.
pub(crate) fn aclvencSetChannelDescBufAddr(h: Out<'_, aclvencChannelDesc>, v: Out<'_, c_void>) -> aclError {
    set_typed(h, P::ACL_VENC_BUF_ADDR_PTR, Value::U64(v.addr() as u64), "SetBufAddr")
}
/// 310: ACL_ERROR_FEATURE_UNSUPPORTED; < 5 MiB: ACL_ERROR_INVALID_PARAM.
pub(crate) fn aclvencSetChannelDescBufSize(h: Out<'_, aclvencChannelDesc>, v: u32) -> aclError {
    set_typed(h, P::ACL_VENC_BUF_SIZE_UINT32, Value::U32(v), "SetBufSize")
}
/// 0 default, 1 VBR, 2 CBR; 310P/310B reject > 2 with ACL_ERROR_INVALID_PARAM, 310 stores anything.
pub(crate) fn aclvencSetChannelDescRcMode(h: Out<'_, aclvencChannelDesc>, v: u32) -> aclError {
    set_typed(h, P::ACL_VENC_RC_MODE_UINT32, Value::U32(v), "SetRcMode")
}
/// Frames/s; 0 = 30.
pub(crate) fn aclvencSetChannelDescSrcRate(h: Out<'_, aclvencChannelDesc>, v: u32) -> aclError {
    set_typed(h, P::ACL_VENC_SRC_RATE_UINT32, Value::U32(v), "SetSrcRate")
}
/// kbit/s; 0 = the chip default (310: 300, 310P/310B: 2000).
pub(crate) fn aclvencSetChannelDescMaxBitRate(h: Out<'_, aclvencChannelDesc>, v: u32) -> aclError {
    set_typed(h, P::ACL_VENC_MAX_BITRATE_UINT32, Value::U32(v), "SetMaxBitRate")
}

/// Generic setter: copies `length` bytes of `param` into a zeroed value of the type's size; a longer `length`
/// is ACL_ERROR_INVALID_PARAM (VENC-CHDESC-PARAM-LEN-OVER), a shorter one truncates silently (-LEN-UNDER).
pub(crate) fn aclvencSetChannelDescParam(
    h: Out<'_, aclvencChannelDesc>,
    t: aclvencChannelDescParamType,
    length: usize,
    param: In<'_, c_void>,
) -> aclError {
    if h.is_null() || param.is_null() {
        return ACL_ERROR_INVALID_PARAM;
    }
    let Some(size) = param_size(t) else {
        log::error!("aclvencSetChannelDescParam: unknown param type {t:?} (VENC-CHDESC-PARAM-TYPE)");
        return ACL_ERROR_INVALID_PARAM;
    };
    if length > size {
        log::error!("aclvencSetChannelDescParam: length {length} > {size} for {t:?} (VENC-CHDESC-PARAM-LEN-OVER)");
        return ACL_ERROR_INVALID_PARAM;
    }
    let Some(bytes) = param.bytes(length) else { return ACL_ERROR_INVALID_PARAM };
    let mut buf = [0u8; 8];
    bytes.copy_to(&mut buf);
    let v = if size == 8 {
        Value::U64(u64::from_ne_bytes(buf))
    } else {
        Value::U32(u32::from_ne_bytes([buf[0], buf[1], buf[2], buf[3]]))
    };
    set_typed(h, t, v, "SetChannelDescParam")
}

/// Generic getter: `length` smaller than the value is ACL_ERROR_INVALID_PARAM (VENC-CHDESC-GETPARAM-LEN); writes
/// the value and its size.
pub(crate) fn aclvencGetChannelDescParam(
    h: In<'_, aclvencChannelDesc>,
    t: aclvencChannelDescParamType,
    length: usize,
    ret_size: Out<'_, usize>,
    param: Out<'_, c_void>,
) -> aclError {
    if h.is_null() || ret_size.is_null() || param.is_null() {
        return ACL_ERROR_INVALID_PARAM;
    }
    let Some(size) = param_size(t) else { return ACL_ERROR_INVALID_PARAM };
    if length < size {
        return ACL_ERROR_INVALID_PARAM;
    }
    let v = match CHANNEL_DESCS.with(h.addr(), |d| get_value(d, t)) {
        None => return ACL_ERROR_INVALID_PARAM,
        Some(Err(e)) => return e,
        Some(Ok(v)) => v,
    };
    match v {
        Value::U64(x) => param.write_bytes(&x.to_ne_bytes()),
        Value::U32(x) => param.write_bytes(&x.to_ne_bytes()),
    };
    ret_size.write(size);
    ACL_SUCCESS
}

/// 310: NULL (VENC-CHDESC-BUF-UNSUPPORTED: the typed getters do not fail).
pub(crate) fn aclvencGetChannelDescBufAddr(h: In<'_, aclvencChannelDesc>) -> *mut c_void {
    get(h, |d| d.buf_addr) as *mut c_void
}
/// 310: 0.
pub(crate) fn aclvencGetChannelDescBufSize(h: In<'_, aclvencChannelDesc>) -> u32 {
    get(h, |d| d.buf_size)
}
pub(crate) fn aclvencGetChannelDescChannelId(h: In<'_, aclvencChannelDesc>) -> u32 {
    get(h, |d| d.channel_id)
}
pub(crate) fn aclvencGetChannelDescThreadId(h: In<'_, aclvencChannelDesc>) -> u64 {
    get(h, |d| d.thread_id)
}
pub(crate) fn aclvencGetChannelDescCallback(h: In<'_, aclvencChannelDesc>) -> aclvencCallback {
    CHANNEL_DESCS.with(h.addr(), |d| d.callback).flatten()
}
/// NULL: H265_MAIN_LEVEL (VENC-CHDESC-GET-NULL).
pub(crate) fn aclvencGetChannelDescEnType(h: In<'_, aclvencChannelDesc>) -> acldvppStreamFormat {
    acldvppStreamFormat(get(h, |d| d.en_type))
}
/// NULL: NV12 (VENC-CHDESC-GET-NULL).
pub(crate) fn aclvencGetChannelDescPicFormat(h: In<'_, aclvencChannelDesc>) -> acldvppPixelFormat {
    CHANNEL_DESCS
        .with(h.addr(), |d| acldvppPixelFormat(d.pic_format))
        .unwrap_or(acldvppPixelFormat::PIXEL_FORMAT_YUV_SEMIPLANAR_420)
}
pub(crate) fn aclvencGetChannelDescPicWidth(h: In<'_, aclvencChannelDesc>) -> u32 {
    get(h, |d| d.width)
}
pub(crate) fn aclvencGetChannelDescPicHeight(h: In<'_, aclvencChannelDesc>) -> u32 {
    get(h, |d| d.height)
}
pub(crate) fn aclvencGetChannelDescKeyFrameInterval(h: In<'_, aclvencChannelDesc>) -> u32 {
    get(h, |d| d.key_frame_interval)
}
pub(crate) fn aclvencGetChannelDescRcMode(h: In<'_, aclvencChannelDesc>) -> u32 {
    get(h, |d| d.rc_mode)
}
pub(crate) fn aclvencGetChannelDescSrcRate(h: In<'_, aclvencChannelDesc>) -> u32 {
    get(h, |d| d.src_rate)
}
pub(crate) fn aclvencGetChannelDescMaxBitRate(h: In<'_, aclvencChannelDesc>) -> u32 {
    get(h, |d| d.max_bit_rate)
}

pub(crate) fn aclvencCreateFrameConfig() -> *mut aclvencFrameConfig {
    FRAME_CONFIGS.insert(FrameConfig::default()) as *mut aclvencFrameConfig
}
pub(crate) fn aclvencDestroyFrameConfig(h: Out<'_, aclvencFrameConfig>) -> aclError {
    if h.is_null() {
        return ACL_SUCCESS;
    }
    match FRAME_CONFIGS.remove(h.addr()) {
        Some(_) => ACL_SUCCESS,
        None => ACL_ERROR_INVALID_PARAM,
    }
}
fn set_cfg(h: Out<'_, aclvencFrameConfig>, f: impl FnOnce(&mut FrameConfig)) -> aclError {
    if h.is_null() {
        return ACL_ERROR_INVALID_PARAM;
    }
    FRAME_CONFIGS.with(h.addr(), f).map_or(ACL_ERROR_INVALID_PARAM, |()| ACL_SUCCESS)
}
/// Any non-zero value is stored as 1 (VENC-FRAMECFG-BOOL).
pub(crate) fn aclvencSetFrameConfigForceIFrame(h: Out<'_, aclvencFrameConfig>, v: u8) -> aclError {
    set_cfg(h, |c| c.force_i_frame = u8::from(v != 0))
}
pub(crate) fn aclvencSetFrameConfigEos(h: Out<'_, aclvencFrameConfig>, v: u8) -> aclError {
    set_cfg(h, |c| c.eos = u8::from(v != 0))
}
/// NULL or unknown: 255 (the header's -1 through a uint8_t).
pub(crate) fn aclvencGetFrameConfigForceIFrame(h: In<'_, aclvencFrameConfig>) -> u8 {
    FRAME_CONFIGS.with(h.addr(), |c| c.force_i_frame).unwrap_or(u8::MAX)
}
pub(crate) fn aclvencGetFrameConfigEos(h: In<'_, aclvencFrameConfig>) -> u8 {
    FRAME_CONFIGS.with(h.addr(), |c| c.eos).unwrap_or(u8::MAX)
}
