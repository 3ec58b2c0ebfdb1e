//! Checks and state recording for the 38 `aclvenc*` functions (validation-rules.md sections A.1-A.4, E).

use crate::calls::v1::args::*;
use crate::chassis::{Cx, Hooks};
use crate::report::site::Origin;
use crate::soc::Chip;
use crate::state::v1::{DescAttrs, Known, Phase, V1State};
use crate::validate::range_text;
use crate::validate::rules::Rule;
use aclvenc_abi::*;
use core::ffi::c_void;

/// What a check needs to know of a live desc, copied out of the state lock.
#[derive(Clone, Copy)]
struct DescSnap {
    attrs: DescAttrs,
    phase: Phase,
    eos_sent: bool,
}

/// Output buffers under this size are rejected on 310P/310B (VENC-CHDESC-BUFSIZE-MIN): 5 MiB.
const MIN_OUT_BUF: u64 = 5 * 1024 * 1024;

fn state<'a>(cx: &Cx<'a>) -> parking_lot::MutexGuard<'a, V1State> {
    cx.shim.state.v1.lock()
}

/// What a check keeps of a handle once the state lock is released: `Ok` with what it needs of a live object,
/// `Err(Some(where it was destroyed))` or `Err(None)` for a handle never created.
fn snapshot<T, S>(known: Known<'_, T>, take: impl FnOnce(&T) -> S) -> Result<S, Option<Origin>> {
    match known {
        Known::Live(t) => Ok(take(t)),
        Known::Destroyed(o) => Err(Some(o.clone())),
        Known::Unknown => Err(None),
    }
}

/// The live desc behind `p`. NULL reports `null_rule` (if any); a never-created or destroyed pointer is reported
/// and the call refused in every mode, because the driver would read freed or foreign memory.
fn desc(cx: &mut Cx<'_>, p: *const aclvencChannelDesc, null_rule: Option<Rule>) -> Option<DescSnap> {
    if p.is_null() {
        if let Some(rule) = null_rule {
            cx.report(rule, || "channelDesc is NULL; pass the pointer aclvencCreateChannelDesc returned".into());
        }
        return None;
    }
    let found =
        snapshot(state(cx).desc(p as usize), |d| DescSnap { attrs: d.attrs, phase: d.phase, eos_sent: d.eos_sent });
    match found {
        Ok(s) => Some(s),
        Err(Some(by)) => {
            cx.refuse(Rule::VencChdescUnknownHandle, || {
                format!(
                    "channelDesc {p:p} was already destroyed ({}); the call was not forwarded. Create a new desc with aclvencCreateChannelDesc",
                    by.site()
                )
            });
            None
        }
        Err(None) => {
            cx.refuse(Rule::VencChdescUnknownHandle, || {
                format!("channelDesc {p:p} was never returned by aclvencCreateChannelDesc; the call was not forwarded. Pass the pointer it returned")
            });
            None
        }
    }
}

/// The live frame config behind `p`: its EOS flag. NULL reports VENC-FRAMECFG-NULL; unknown ones are refused.
fn config(cx: &mut Cx<'_>, p: *const aclvencFrameConfig, null_rule: Rule) -> Option<bool> {
    if p.is_null() {
        cx.report(null_rule, || "config is NULL; pass the pointer aclvencCreateFrameConfig returned".into());
        return None;
    }
    let found = snapshot(state(cx).config(p as usize), |c| c.eos);
    match found {
        Ok(eos) => Some(eos),
        Err(by) => {
            cx.refuse(Rule::VencFramecfgUnknownHandle, || match by {
                Some(by) => {
                    format!("frame config {p:p} was already destroyed ({}); the call was not forwarded", by.site())
                }
                None => format!(
                    "frame config {p:p} was never returned by aclvencCreateFrameConfig; the call was not forwarded"
                ),
            });
            None
        }
    }
}

/// A channel desc attribute, as the typed setters and aclvencChannelDescParamType name them.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Attr {
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
}

impl Attr {
    /// From an aclvencChannelDescParamType value (0..=12, in this order).
    fn from_param(t: aclvencChannelDescParamType) -> Option<Attr> {
        use Attr::*;
        const ALL: [Attr; 13] = [
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
        ];
        usize::try_from(t.0).ok().and_then(|i| ALL.get(i).copied())
    }

    /// Bytes of the value's storage (VENC-CHDESC-PARAM-LEN-*).
    fn size(self) -> usize {
        match self {
            Attr::ThreadId | Attr::Callback | Attr::BufAddr => 8,
            _ => 4,
        }
    }
}

/// Checks a value about to be stored in a desc attribute (typed setter or aclvencSetChannelDescParam).
fn check_attr(cx: &mut Cx<'_>, attr: Attr, v: u64, snap: &DescSnap) {
    let soc = cx.soc();
    let chip = soc.name();
    match attr {
        Attr::ThreadId => {}
        Attr::Callback if v == 0 => cx.report(Rule::VencChdescCallbackNull, || {
            "callback is NULL; the encoder delivers every frame through it, so pass your aclvencCallback".into()
        }),
        Attr::PixelFormat if v != 1 && v != 2 => cx.report(Rule::VencChdescPicformat, || {
            format!("picture format {} is not supported; use PIXEL_FORMAT_YUV_SEMIPLANAR_420 (1, NV12) or PIXEL_FORMAT_YVU_SEMIPLANAR_420 (2, NV21)", fmt_pixel(v))
        }),
        Attr::EncodeType if v > 3 => cx.report(Rule::VencChdescEntype, || {
            format!("enType {v} is not an encoder output; use H265_MAIN_LEVEL (0), H264_BASELINE_LEVEL (1), H264_MAIN_LEVEL (2) or H264_HIGH_LEVEL (3)")
        }),
        Attr::Width | Attr::Height => {
            let (lo, hi) = soc.v1_dims();
            let (name, range_rule, align_rule) = if attr == Attr::Width {
                ("width", Rule::VencChdescWidthRange, Rule::VencChdescWidthAlign)
            } else {
                ("height", Rule::VencChdescHeightRange, Rule::VencChdescHeightAlign)
            };
            if v < lo as u64 || v > hi as u64 {
                cx.report(range_rule, || {
                    format!("{name} {v} pixels is outside {} on {chip}; the encoder fails on the device. Scale the picture into range", range_text((lo, hi)))
                });
            } else if v % 2 != 0 {
                cx.report(align_rule, || format!("{name} {v} is odd; NV12/NV21 need an even {name} (use {})", v + 1));
            }
        }
        Attr::KeyFrameInterval if !(1..=65536).contains(&v) => cx.report(Rule::VencChdescKeyframeRange, || {
            format!("key frame interval {v} is outside [1, 65536] pictures; set the GOP length, e.g. 30")
        }),
        Attr::BufAddr | Attr::BufSize if !soc.v1_user_out_buffer() => cx.report(Rule::VencChdescBufUnsupported, || {
            format!("{chip} keeps the output buffer internal; setting its {} returns ACL_ERROR_FEATURE_UNSUPPORTED. Remove the call", if attr == Attr::BufAddr { "address" } else { "size" })
        }),
        Attr::BufAddr if v == 0 => {
            cx.report(Rule::VencChdescBufaddrNull, || "output buffer address is NULL; pass memory from acldvppMalloc".into())
        }
        Attr::BufAddr if snap.attrs.buf_addr.is_some() => cx.report(Rule::VencChdescBufaddrTwice, || {
            format!("output buffer address already set ({:#x}); the vendor rejects a second one", snap.attrs.buf_addr.unwrap_or(0))
        }),
        Attr::BufSize if v < MIN_OUT_BUF => cx.report(Rule::VencChdescBufsizeMin, || {
            format!("output buffer size {v} bytes is under the 5 MiB ({MIN_OUT_BUF} bytes) minimum; the default is 8 MiB")
        }),
        Attr::RcMode if v > 2 => cx.report(Rule::VencChdescRcmodeRange, || {
            format!("rcMode {v} is not 0 (default), 1 (VBR) or 2 (CBR)")
        }),
        Attr::SrcRate if v != 0 && !in_range(v, soc.v1_src_rate()) => cx.report(Rule::VencChdescSrcrateRange, || {
            format!("source frame rate {v} frames/s is outside {} on {chip} (0 means 30)", range_text(soc.v1_src_rate()))
        }),
        Attr::MaxBitRate if v != 0 && !in_range(v, soc.v1_max_bit_rate()) => {
            cx.report(Rule::VencChdescMaxbitrateRange, || {
                format!("maximum bit rate {v} kbit/s is outside {} on {chip} (0 means the default)", range_text(soc.v1_max_bit_rate()))
            })
        }
        Attr::MaxIpProp if soc.chip != Chip::Ascend310 => cx.report(Rule::VencChdescIppropUnsupported, || {
            format!("ACL_VENC_MAX_IP_PROP_UINT32 is not available on {chip}; the call returns ACL_ERROR_FEATURE_UNSUPPORTED. Remove it")
        }),
        Attr::MaxIpProp if v > 100 => cx.report(Rule::VencChdescIppropRange, || {
            format!("I/P proportion {v} is not 0 (default) or in [1, 100]")
        }),
        _ => {}
    }
    if snap.phase == Phase::Live {
        cx.report(Rule::VencChdescSetAfterCreate, || {
            format!("{attr:?} changed to {v} after aclvencCreateChannel; the encoder already has its copy, so this has no effect. Set attributes before creating the channel")
        });
    }
}

fn in_range(v: u64, (lo, hi): (u32, u32)) -> bool {
    v >= lo as u64 && v <= hi as u64
}

fn fmt_pixel(v: u64) -> String {
    let f = acldvppPixelFormat(v as i32);
    format!("{f:?}")
}

fn apply_attr(a: &mut DescAttrs, attr: Attr, v: u64) {
    let v32 = Some(v as u32);
    match attr {
        Attr::ThreadId => a.thread_id = Some(v),
        Attr::Callback => a.callback = Some(v as usize),
        Attr::PixelFormat => a.pic_format = v32,
        Attr::EncodeType => a.en_type = v32,
        Attr::Width => a.width = v32,
        Attr::Height => a.height = v32,
        Attr::KeyFrameInterval => a.key_frame_interval = v32,
        Attr::BufAddr => a.buf_addr = (v != 0).then_some(v as usize),
        Attr::BufSize => a.buf_size = v32,
        Attr::RcMode => a.rc_mode = v32,
        Attr::SrcRate => a.src_rate = v32,
        Attr::MaxBitRate => a.max_bit_rate = v32,
        Attr::MaxIpProp => a.ip_prop = v32,
    }
}

fn record_attr(cx: &Cx<'_>, p: *const aclvencChannelDesc, attr: Attr, v: u64) {
    if let Some(d) = state(cx).descs.get_mut(&(p as usize)) {
        apply_attr(&mut d.attrs, attr, v);
    }
}

/// A setter argument as the 64-bit value the rules compare.
trait AsU64 {
    fn as_u64(&self) -> u64;
}
impl AsU64 for u32 {
    fn as_u64(&self) -> u64 {
        *self as u64
    }
}
impl AsU64 for u64 {
    fn as_u64(&self) -> u64 {
        *self
    }
}
impl AsU64 for *mut c_void {
    fn as_u64(&self) -> u64 {
        *self as usize as u64
    }
}
impl AsU64 for aclvencCallback {
    fn as_u64(&self) -> u64 {
        self.map_or(0, |f| f as usize as u64)
    }
}
impl AsU64 for acldvppStreamFormat {
    fn as_u64(&self) -> u64 {
        self.0 as u32 as u64
    }
}
impl AsU64 for acldvppPixelFormat {
    fn as_u64(&self) -> u64 {
        self.0 as u32 as u64
    }
}

/// Typed setters: `fn(channelDesc, value) -> aclError`.
macro_rules! setters {
    ($($f:ident . $v:ident => $attr:ident;)*) => {$(
        impl Hooks for $f {
            fn check(&self, cx: &mut Cx<'_>) {
                if let Some(s) = desc(cx, self.channelDesc, Some(Rule::VencChdescNull)) {
                    check_attr(cx, Attr::$attr, self.$v.as_u64(), &s);
                }
            }
            fn record(&self, ret: &i32, cx: &Cx<'_>) {
                if *ret == ACL_SUCCESS {
                    record_attr(cx, self.channelDesc, Attr::$attr, self.$v.as_u64());
                }
            }
        }
    )*};
}

setters! {
    aclvencSetChannelDescThreadId.threadId => ThreadId;
    aclvencSetChannelDescEnType.enType => EncodeType;
    aclvencSetChannelDescPicFormat.picFormat => PixelFormat;
    aclvencSetChannelDescPicWidth.picWidth => Width;
    aclvencSetChannelDescPicHeight.picHeight => Height;
    aclvencSetChannelDescKeyFrameInterval.keyFrameInterval => KeyFrameInterval;
    aclvencSetChannelDescBufAddr.bufAddr => BufAddr;
    aclvencSetChannelDescBufSize.bufSize => BufSize;
    aclvencSetChannelDescRcMode.rcMode => RcMode;
    aclvencSetChannelDescSrcRate.srcRate => SrcRate;
    aclvencSetChannelDescMaxBitRate.maxBitRate => MaxBitRate;
}

/// Typed getters: `fn(const channelDesc) -> value`; a NULL desc returns a default value (a warning).
macro_rules! getters {
    ($($f:ident),*) => {$(
        impl Hooks for $f {
            fn check(&self, cx: &mut Cx<'_>) {
                desc(cx, self.channelDesc, Some(Rule::VencChdescGetNull));
            }
        }
    )*};
}

getters!(
    aclvencGetChannelDescBufAddr,
    aclvencGetChannelDescBufSize,
    aclvencGetChannelDescChannelId,
    aclvencGetChannelDescThreadId,
    aclvencGetChannelDescEnType,
    aclvencGetChannelDescPicFormat,
    aclvencGetChannelDescPicWidth,
    aclvencGetChannelDescPicHeight,
    aclvencGetChannelDescKeyFrameInterval,
    aclvencGetChannelDescRcMode,
    aclvencGetChannelDescSrcRate,
    aclvencGetChannelDescMaxBitRate
);

impl Hooks for aclvencSetChannelDescParam {
    fn check(&self, cx: &mut Cx<'_>) {
        let Some(s) = desc(cx, self.channelDesc, Some(Rule::VencChdescNull)) else { return };
        if self.param.is_null() {
            cx.report(Rule::VencChdescParamNull, || "param is NULL; pass a pointer to the value".into());
            return;
        }
        let Some(attr) = Attr::from_param(self.paramType) else {
            cx.report(Rule::VencChdescParamType, || {
                format!("paramType {} is not an aclvencChannelDescParamType (0..=12)", self.paramType.0)
            });
            return;
        };
        let size = attr.size();
        if self.length > size {
            cx.report(Rule::VencChdescParamLenOver, || {
                format!(
                    "length {} is larger than the {size}-byte value of {:?}; pass sizeof the value ({size})",
                    self.length, self.paramType
                )
            });
            return;
        }
        if self.length < size {
            cx.report(Rule::VencChdescParamLenUnder, || {
                format!("length {} is smaller than the {size}-byte value of {:?}; the vendor keeps only the first {} bytes. Pass {size}", self.length, self.paramType, self.length)
            });
        }
        if let Some(v) = crate::ptr::read_bytes_u64(self.param, self.length.min(size)) {
            check_attr(cx, attr, v, &s);
        }
    }

    fn forward_args(&self, cx: &Cx<'_>) -> Self {
        if Attr::from_param(self.paramType) != Some(Attr::Callback) || self.length != 8 {
            return *self;
        }
        let user = crate::ptr::read_bytes_u64(self.param, 8).unwrap_or(0) as usize;
        match wrap(cx, self.channelDesc, user) {
            Some((n, _)) => Self { param: crate::calls::callbacks::cell(n), ..*self },
            None => *self,
        }
    }

    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret != ACL_SUCCESS {
            return;
        }
        if let Some(attr) = Attr::from_param(self.paramType) {
            if let Some(v) = crate::ptr::read_bytes_u64(self.param, self.length.min(attr.size())) {
                record_attr(cx, self.channelDesc, attr, v);
            }
        }
    }
}

impl Hooks for aclvencGetChannelDescParam {
    fn adjust_ret(&self, ret: i32, _cx: &Cx<'_>) -> i32 {
        if ret == ACL_SUCCESS && Attr::from_param(self.paramType) == Some(Attr::Callback) && self.length >= 8 {
            if let Some(v) = crate::ptr::read_bytes_u64(self.param, 8) {
                let user = crate::calls::callbacks::unwrap(v as usize) as u64;
                if user != v {
                    crate::ptr::write_u64(self.param, user);
                }
            }
        }
        ret
    }

    fn check(&self, cx: &mut Cx<'_>) {
        if self.channelDesc.is_null() || self.paramRetSize.is_null() || self.param.is_null() {
            cx.report(Rule::VencChdescGetparamNull, || {
                format!(
                    "channelDesc ({:p}), paramRetSize ({:p}) and param ({:p}) must all be non-NULL",
                    self.channelDesc, self.paramRetSize, self.param
                )
            });
            return;
        }
        if desc(cx, self.channelDesc, None).is_none() {
            return;
        }
        let Some(attr) = Attr::from_param(self.paramType) else {
            cx.report(Rule::VencChdescParamType, || {
                format!("paramType {} is not an aclvencChannelDescParamType (0..=12)", self.paramType.0)
            });
            return;
        };
        if self.length < attr.size() {
            cx.report(Rule::VencChdescGetparamLen, || {
                format!("length {} is smaller than the {}-byte value of {:?}", self.length, attr.size(), self.paramType)
            });
        }
        let soc = cx.soc();
        if attr == Attr::MaxIpProp && soc.chip != Chip::Ascend310 {
            cx.report(Rule::VencChdescIppropUnsupported, || {
                format!("ACL_VENC_MAX_IP_PROP_UINT32 is not available on {}", soc.name())
            });
        }
        if matches!(attr, Attr::BufAddr | Attr::BufSize) && !soc.v1_user_out_buffer() {
            cx.report(Rule::VencChdescBufUnsupported, || {
                format!("{} keeps the output buffer internal; its address and size cannot be read", soc.name())
            });
        }
    }
}

impl Hooks for aclvencCreateChannelDesc {
    fn record(&self, ret: &*mut aclvencChannelDesc, cx: &Cx<'_>) {
        if !ret.is_null() {
            state(cx).add_desc(*ret as usize, Origin::capture(cx.func));
        }
    }
}

impl Hooks for aclvencDestroyChannelDesc {
    fn check(&self, cx: &mut Cx<'_>) {
        let p = self.channelDesc;
        if p.is_null() {
            return; // The vendor treats NULL as a no-op and returns success.
        }
        let known = snapshot(state(cx).desc(p as usize), |d| d.phase);
        match known {
            Ok(Phase::Live) => cx.report(Rule::VencChdescDestroyLive, || {
                format!("channelDesc {p:p} still has a live channel; its streams leak and callbacks in flight read freed memory. Call aclvencDestroyChannel first")
            }),
            Ok(_) => {}
            Err(Some(by)) => cx.refuse(Rule::VencChdescDoubleDestroy, || {
                format!("channelDesc {p:p} was already destroyed ({}); a second destroy frees it twice. The call was not forwarded", by.site())
            }),
            Err(None) => cx.refuse(Rule::VencChdescUnknownHandle, || {
                format!("channelDesc {p:p} was never returned by aclvencCreateChannelDesc; the call was not forwarded")
            }),
        }
    }

    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret != ACL_SUCCESS || self.channelDesc.is_null() {
            return;
        }
        let key = self.channelDesc as usize;
        let mut st = state(cx);
        if let Some(d) = st.descs.get(&key) {
            if d.phase == Phase::Live {
                let summary = V1State::summary(key, d);
                st.finished.push(summary);
            }
        }
        st.remove_desc(key, Origin::capture(cx.func));
    }
}

impl Hooks for aclvencCreateChannel {
    fn check(&self, cx: &mut Cx<'_>) {
        let Some(s) = desc(cx, self.channelDesc, Some(Rule::VencChanCreateNull)) else { return };
        let p = self.channelDesc;
        if s.phase == Phase::Live {
            cx.report(Rule::VencChanCreateTwice, || {
                format!(
                    "channelDesc {p:p} already has a live channel; the old channel's streams leak. Destroy it first"
                )
            });
            return;
        }
        let a = s.attrs;
        if a.callback.is_none() {
            cx.report(Rule::VencChdescCallbackMissing, || {
                "no callback set; every encoded frame would be dropped. Call aclvencSetChannelDescCallback first".into()
            });
        }
        if a.thread_id.unwrap_or(0) == 0 {
            cx.report(Rule::VencChdescThreadidMissing, || {
                "no report thread id set; callbacks are delivered on the thread given to aclvencSetChannelDescThreadId, which must loop on aclrtProcessReport".into()
            });
        }
        if a.pic_format.is_none() {
            cx.report(Rule::VencChdescPicformatMissing, || {
                "picture format never set; the device default (YUV400) is unsupported. Set PIXEL_FORMAT_YUV_SEMIPLANAR_420".into()
            });
        }
        if a.width.is_none() || a.height.is_none() {
            cx.report(Rule::VencChdescDimsMissing, || {
                format!(
                    "picture width ({:?}) and height ({:?}) must both be set before aclvencCreateChannel",
                    a.width, a.height
                )
            });
        }
        if cx.soc().v1_user_out_buffer() && a.buf_addr.is_some() != a.buf_size.is_some() {
            cx.report(Rule::VencChdescBufPair, || {
                format!("only the output buffer {} is set; set both address and size, or neither (then an 8 MiB buffer is allocated)", if a.buf_addr.is_some() { "address" } else { "size" })
            });
        }
    }

    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret != ACL_SUCCESS {
            return;
        }
        if let Some(d) = state(cx).descs.get_mut(&(self.channelDesc as usize)) {
            d.phase = Phase::Live;
            d.channel_origin = Some(Origin::capture(cx.func));
            d.eos_sent = false;
            d.frames_sent = 0;
            d.outputs = 0;
            d.bytes = 0;
            d.first_send = None;
            d.pump_reported = false;
        }
    }
}

impl Hooks for aclvencDestroyChannel {
    fn check(&self, cx: &mut Cx<'_>) {
        let Some(s) = desc(cx, self.channelDesc, Some(Rule::VencChanDestroyNull)) else { return };
        if let Some(inside) = crate::calls::callbacks::in_callback() {
            let p = self.channelDesc;
            cx.report(Rule::VencChanDestroyInCallback, || {
                format!("aclvencDestroyChannel({p:p}) called from inside the aclvencCallback of channelDesc {inside:#x}; destroy waits for the callbacks, so it deadlocks. Destroy the channel from another thread after the last callback")
            });
        }
        if s.phase != Phase::Live {
            let p = self.channelDesc;
            cx.report(Rule::VencChanDestroyNotCreated, || {
                let why = if s.phase == Phase::Destroyed { "was already destroyed" } else { "was never created" };
                format!(
                    "the channel of channelDesc {p:p} {why}; the driver would synchronise streams that do not exist"
                )
            });
        }
    }

    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret != ACL_SUCCESS {
            return;
        }
        let key = self.channelDesc as usize;
        let mut st = state(cx);
        if let Some(d) = st.descs.get_mut(&key) {
            if d.phase == Phase::Live {
                d.phase = Phase::Destroyed;
                let summary = V1State::summary(key, d);
                st.finished.push(summary);
            }
        }
    }
}

impl Hooks for aclvencCreateFrameConfig {
    fn record(&self, ret: &*mut aclvencFrameConfig, cx: &Cx<'_>) {
        if !ret.is_null() {
            state(cx).add_config(*ret as usize, Origin::capture(cx.func));
        }
    }
}

impl Hooks for aclvencDestroyFrameConfig {
    fn check(&self, cx: &mut Cx<'_>) {
        config(cx, self.config, Rule::VencFramecfgNull);
    }

    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret == ACL_SUCCESS {
            state(cx).remove_config(self.config as usize, Origin::capture(cx.func));
        }
    }
}

impl Hooks for aclvencSetFrameConfigEos {
    fn check(&self, cx: &mut Cx<'_>) {
        config(cx, self.config, Rule::VencFramecfgNull);
    }

    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret == ACL_SUCCESS {
            if let Some(c) = state(cx).configs.get_mut(&(self.config as usize)) {
                c.eos = self.eos != 0;
            }
        }
    }
}

impl Hooks for aclvencSetFrameConfigForceIFrame {
    fn check(&self, cx: &mut Cx<'_>) {
        config(cx, self.config, Rule::VencFramecfgNull);
    }
}

impl Hooks for aclvencGetFrameConfigEos {
    fn check(&self, cx: &mut Cx<'_>) {
        config(cx, self.config, Rule::VencFramecfgNull);
    }
}

impl Hooks for aclvencGetFrameConfigForceIFrame {
    fn check(&self, cx: &mut Cx<'_>) {
        config(cx, self.config, Rule::VencFramecfgNull);
    }
}

impl Hooks for aclvencSendFrame {
    fn check(&self, cx: &mut Cx<'_>) {
        let Some(s) = desc(cx, self.channelDesc, Some(Rule::VencSendNullDesc)) else { return };
        let p = self.channelDesc;
        if s.phase != Phase::Live {
            cx.report(Rule::VencSendNotCreated, || {
                format!("channelDesc {p:p} has no live channel; call aclvencCreateChannel before sending pictures")
            });
        }
        let Some(eos) = config(cx, self.config, Rule::VencSendNullConfig) else { return };
        if !eos && self.input.is_null() {
            cx.report(Rule::VencSendNullInput, || {
                "input is NULL on a frame without EOS; pass a pic desc, or set EOS on the frame config to flush".into()
            });
        }
        if s.attrs.thread_id.is_some_and(|t| t == crate::resolve::current_thread_id()) {
            cx.report(Rule::VencChdescThreadidNotPumping, || {
                format!("the report thread of channelDesc {p:p} (thread id {:#x}) is the thread sending pictures: while it is in aclvencSendFrame it is not in aclrtProcessReport, so callbacks wait, and the EOS send or aclvencDestroyChannel, which wait for them, deadlock. Give the channel a dedicated thread that loops on aclrtProcessReport", s.attrs.thread_id.unwrap_or(0))
            });
        }
        if !eos && s.eos_sent {
            cx.report(Rule::VencSendAfterEos, || {
                format!("a picture was sent after EOS on channelDesc {p:p}; EOS ends the stream. Destroy and recreate the channel to encode more")
            });
        }
    }

    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret != ACL_SUCCESS {
            return;
        }
        let mut st = state(cx);
        let eos = st.configs.get(&(self.config as usize)).is_some_and(|c| c.eos);
        if let Some(d) = st.descs.get_mut(&(self.channelDesc as usize)) {
            if eos {
                d.eos_sent = true;
            } else {
                d.frames_sent += 1;
                d.first_send.get_or_insert_with(std::time::Instant::now);
            }
        }
    }
}

/// Binds a trampoline slot to desc `p` for the application's callback `user`; returns the trampoline's address,
/// or None when wrapping is off, `user` is NULL, the desc is unknown, or all slots are taken (then the callback is
/// forwarded unwrapped).
fn wrap(cx: &Cx<'_>, p: *const aclvencChannelDesc, user: usize) -> Option<(usize, usize)> {
    if !cx.wrap_callbacks() || user == 0 {
        return None;
    }
    let slot = state(cx).slot_for(p as usize);
    if slot.is_none() {
        log::info!(
            target: "aclvenc_shim",
            "all {} callback slots are in use; the callback of channelDesc {p:p} is not wrapped (no output counts for it)",
            crate::calls::callbacks::SLOTS
        );
    }
    slot.map(|n| (n, crate::calls::callbacks::bind(n, p as usize, user)))
}

impl Hooks for aclvencSetChannelDescCallback {
    fn check(&self, cx: &mut Cx<'_>) {
        if let Some(s) = desc(cx, self.channelDesc, Some(Rule::VencChdescNull)) {
            check_attr(cx, Attr::Callback, self.callback.as_u64(), &s);
        }
    }

    fn forward_args(&self, cx: &Cx<'_>) -> Self {
        match wrap(cx, self.channelDesc, self.callback.as_u64() as usize) {
            Some((_, t)) => Self { callback: crate::calls::callbacks::as_callback(t), ..*self },
            None => *self,
        }
    }

    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret == ACL_SUCCESS {
            record_attr(cx, self.channelDesc, Attr::Callback, self.callback.as_u64());
        }
    }
}

impl Hooks for aclvencGetChannelDescCallback {
    fn check(&self, cx: &mut Cx<'_>) {
        desc(cx, self.channelDesc, Some(Rule::VencChdescGetNull));
    }

    fn adjust_ret(&self, ret: aclvencCallback, _cx: &Cx<'_>) -> aclvencCallback {
        crate::calls::callbacks::as_callback(crate::calls::callbacks::unwrap(ret.as_u64() as usize))
    }
}

/// Counts one output delivered to the application's callback of `desc`, and checks its return code
/// (VENC-CB-RETCODE). Runs on the driver's report thread, from the callback trampoline.
pub(crate) fn on_output(desc: usize, output: *const acldvppStreamDesc) {
    let Some(shim) = crate::chassis::Shim::try_get() else { return };
    let read = shim.driver.stream_desc.read(output);
    if let Some((size, ret)) = read {
        if ret != 0 || size == 0 {
            crate::report::submit(Rule::VencCbRetcode, "aclvencCallback", || {
                format!("channelDesc {desc:#x}: an output arrived with retCode {ret} and size {size} bytes: that frame failed to encode. Check acldvppGetStreamDescRetCode in your callback")
            });
        }
    }
    let late = {
        let mut st = shim.state.v1.lock();
        let Some(d) = st.descs.get_mut(&desc) else { return };
        let late = d.outputs == 0 && !d.pump_reported && first_output_overdue(d, shim.settings.callback_timeout_ms);
        d.pump_reported |= late;
        d.outputs += 1;
        d.bytes += read.map_or(0, |(size, _)| size as u64);
        late.then(|| d.first_send.map(|t| t.elapsed()))
    };
    if let Some(waited) = late {
        report_not_pumping(desc, waited, shim.settings.callback_timeout_ms);
    }
}

/// Whether a channel has had pictures in flight and no output for longer than `timeout_ms`.
fn first_output_overdue(d: &crate::state::v1::Desc, timeout_ms: u64) -> bool {
    d.outputs == 0 && d.first_send.is_some_and(|t| t.elapsed().as_millis() as u64 > timeout_ms)
}

fn report_not_pumping(desc: usize, waited: Option<std::time::Duration>, timeout_ms: u64) {
    crate::report::submit(Rule::VencChdescThreadidNotPumping, "aclvencSendFrame", || {
        format!(
            "channelDesc {desc:#x}: pictures were sent but no output arrived for {} ms (limit {timeout_ms} ms): the thread given to aclvencSetChannelDescThreadId is not looping on aclrtProcessReport, so callbacks never run and aclvencDestroyChannel can hang. Run a report thread that calls aclrtProcessReport in a loop",
            waited.map_or(timeout_ms as u128, |w| w.as_millis())
        )
    });
}

/// With wrapped callbacks: every 200 ms, reports channels whose first output is overdue
/// (VENC-CHDESC-THREADID-NOT-PUMPING: the registered thread exited or never pumps). The first late output reports
/// it too, so a busy watchdog cannot hide it. The limit is generous (`ACLVENC_SHIM_CALLBACK_TIMEOUT_MS`, 10 s):
/// software encoders can take a second or more for a first picture on a loaded machine. The common case, the
/// sending thread registered as the report thread, is caught exactly at aclvencSendFrame instead.
pub(crate) fn start_pump_watchdog() {
    let _ = std::thread::Builder::new().name("aclvenc-shim-watchdog".into()).spawn(|| loop {
        std::thread::sleep(std::time::Duration::from_millis(200));
        let Some(shim) = crate::chassis::Shim::try_get() else { continue };
        let timeout = shim.settings.callback_timeout_ms;
        let overdue: Vec<(usize, Option<std::time::Duration>)> = {
            let mut st = shim.state.v1.lock();
            st.descs
                .iter_mut()
                .filter(|(_, d)| d.phase == Phase::Live && !d.pump_reported && first_output_overdue(d, timeout))
                .map(|(k, d)| {
                    d.pump_reported = true;
                    (*k, d.first_send.map(|t| t.elapsed()))
                })
                .collect()
        };
        for (desc, waited) in overdue {
            report_not_pumping(desc, waited, timeout);
        }
    });
}
