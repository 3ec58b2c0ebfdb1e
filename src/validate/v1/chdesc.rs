//! Channel desc attributes (docs/validation-rules.md A.1, A.2): the typed setters and getters,
//! aclvencSetChannelDescParam / aclvencGetChannelDescParam, the callback (wrapped through [`crate::callbacks`]
//! when `ACLVENC_SHIM_WRAP_CALLBACKS=1`), and creating and destroying descs.

use super::{desc_for_attr, live_desc, snapshot};
use crate::calls::v1::args::*;
use crate::chassis::{Cx, Hooks};
use crate::site::Origin;
use crate::soc::{Chip, Soc};
use crate::state::v1::{Attr, DescCell, Phase};
use crate::validate::range_text;
use crate::validate::rules::Rule;
use aclvenc_abi::*;
use aclvenc_ptr::In;
use core::ffi::c_void;

/// Output buffers under this size are rejected on 310P/310B (VENC-CHDESC-BUFSIZE-MIN): 5 MiB.
const MIN_OUT_BUF: u64 = 5 * 1024 * 1024;

/// Checks a value about to be stored in a desc attribute (typed setter or aclvencSetChannelDescParam) of the
/// desc whose cell is `desc`. Inlined: a typed setter's `attr` is a constant, so it runs only its own rules, and
/// a value that breaks none costs its comparisons only (the findings are worded out of line).
#[inline(always)]
fn check_attr(cx: &mut Cx<'_>, attr: Attr, v: u64, desc: &DescCell) {
    if let Some(rule) = broken_rule(cx.soc(), attr, v, desc) {
        report_attr(cx, rule, attr, v, desc);
    }
    if desc.phase() == Phase::Live {
        report_set_after_create(cx, attr, v);
    }
}

/// The rule the value `v` of `attr` breaks on `soc`, if any (at most one: the first that applies).
#[inline(always)]
fn broken_rule(soc: Soc, attr: Attr, v: u64, desc: &DescCell) -> Option<Rule> {
    match attr {
        Attr::ThreadId => None,
        Attr::Callback if v == 0 => Some(Rule::VencChdescCallbackNull),
        Attr::PixelFormat if v != 1 && v != 2 => Some(Rule::VencChdescPicformat),
        Attr::EncodeType if v > 3 => Some(Rule::VencChdescEntype),
        Attr::Width | Attr::Height => {
            let width = attr == Attr::Width;
            if !in_range(v, soc.v1_dims()) {
                Some(if width { Rule::VencChdescWidthRange } else { Rule::VencChdescHeightRange })
            } else if v % 2 != 0 {
                Some(if width { Rule::VencChdescWidthAlign } else { Rule::VencChdescHeightAlign })
            } else {
                None
            }
        }
        Attr::KeyFrameInterval if !(1..=65536).contains(&v) => Some(Rule::VencChdescKeyframeRange),
        Attr::BufAddr | Attr::BufSize if !soc.v1_user_out_buffer() => Some(Rule::VencChdescBufUnsupported),
        Attr::BufAddr if v == 0 => Some(Rule::VencChdescBufaddrNull),
        Attr::BufAddr if desc.attr(Attr::BufAddr).is_some_and(|a| a != 0) => Some(Rule::VencChdescBufaddrTwice),
        Attr::BufSize if v < MIN_OUT_BUF => Some(Rule::VencChdescBufsizeMin),
        Attr::RcMode if v > 2 => Some(Rule::VencChdescRcmodeRange),
        Attr::SrcRate if v != 0 && !in_range(v, soc.v1_src_rate()) => Some(Rule::VencChdescSrcrateRange),
        Attr::MaxBitRate if v != 0 && !in_range(v, soc.v1_max_bit_rate()) => Some(Rule::VencChdescMaxbitrateRange),
        Attr::MaxIpProp if soc.chip != Chip::Ascend310 => Some(Rule::VencChdescIppropUnsupported),
        Attr::MaxIpProp if v > 100 => Some(Rule::VencChdescIppropRange),
        _ => None,
    }
}

/// Reports `rule`, which the value `v` of `attr` breaks ([`broken_rule`]): the actual values and how to fix them.
#[cold]
#[inline(never)]
fn report_attr(cx: &mut Cx<'_>, rule: Rule, attr: Attr, v: u64, desc: &DescCell) {
    let soc = cx.soc();
    let chip = soc.name();
    let name = if attr == Attr::Width { "width" } else { "height" };
    let set = desc.attr(Attr::BufAddr).unwrap_or(0);
    cx.report(rule, || match rule {
        Rule::VencChdescCallbackNull => {
            "callback is NULL; the encoder delivers every frame through it, so pass your aclvencCallback".into()
        }
        Rule::VencChdescPicformat => format!("picture format {} is not supported; use PIXEL_FORMAT_YUV_SEMIPLANAR_420 (1, NV12) or PIXEL_FORMAT_YVU_SEMIPLANAR_420 (2, NV21)", fmt_pixel(v)),
        Rule::VencChdescEntype => format!("enType {v} is not an encoder output; use H265_MAIN_LEVEL (0), H264_BASELINE_LEVEL (1), H264_MAIN_LEVEL (2) or H264_HIGH_LEVEL (3)"),
        Rule::VencChdescWidthRange | Rule::VencChdescHeightRange => format!("{name} {v} pixels is outside {} on {chip}; the encoder fails on the device. Scale the picture into range", range_text(soc.v1_dims())),
        Rule::VencChdescWidthAlign | Rule::VencChdescHeightAlign => {
            format!("{name} {v} is odd; NV12/NV21 need an even {name} (use {})", v + 1)
        }
        Rule::VencChdescKeyframeRange => {
            format!("key frame interval {v} is outside [1, 65536] pictures; set the GOP length, e.g. 30")
        }
        Rule::VencChdescBufUnsupported => format!("{chip} keeps the output buffer internal; setting its {} returns ACL_ERROR_FEATURE_UNSUPPORTED. Remove the call", if attr == Attr::BufAddr { "address" } else { "size" }),
        Rule::VencChdescBufaddrNull => "output buffer address is NULL; pass memory from acldvppMalloc".into(),
        Rule::VencChdescBufaddrTwice => {
            format!("output buffer address already set ({set:#x}); the vendor rejects a second one")
        }
        Rule::VencChdescBufsizeMin => format!("output buffer size {v} bytes is under the 5 MiB ({MIN_OUT_BUF} bytes) minimum; the default is 8 MiB"),
        Rule::VencChdescRcmodeRange => format!("rcMode {v} is not 0 (default), 1 (VBR) or 2 (CBR)"),
        Rule::VencChdescSrcrateRange => format!("source frame rate {v} frames/s is outside {} on {chip} (0 means 30)", range_text(soc.v1_src_rate())),
        Rule::VencChdescMaxbitrateRange => format!("maximum bit rate {v} kbit/s is outside {} on {chip} (0 means the default)", range_text(soc.v1_max_bit_rate())),
        Rule::VencChdescIppropUnsupported => format!("ACL_VENC_MAX_IP_PROP_UINT32 is not available on {chip}; the call returns ACL_ERROR_FEATURE_UNSUPPORTED. Remove it"),
        Rule::VencChdescIppropRange => format!("I/P proportion {v} is not 0 (default) or in [1, 100]"),
        _ => format!("{attr:?} {v} breaks {rule:?}"),
    });
}

/// VENC-CHDESC-SET-AFTER-CREATE: `attr` changed to `v` on a desc whose channel is live.
#[cold]
#[inline(never)]
fn report_set_after_create(cx: &mut Cx<'_>, attr: Attr, v: u64) {
    cx.report(Rule::VencChdescSetAfterCreate, || {
        format!("{attr:?} changed to {v} after aclvencCreateChannel; the encoder already has its copy, so this has no effect. Set attributes before creating the channel")
    });
}

fn in_range(v: u64, (lo, hi): (u32, u32)) -> bool {
    v >= lo as u64 && v <= hi as u64
}

fn fmt_pixel(v: u64) -> String {
    let f = acldvppPixelFormat(v as i32);
    format!("{f:?}")
}

/// The first `len` bytes (at most 8) of a param value, little-endian and zero-extended, as the vendor stores it.
fn param_value(param: In<'_, c_void>, len: usize) -> Option<u64> {
    let mut buf = [0u8; 8];
    param.bytes(len.min(8))?.copy_to(&mut buf);
    Some(u64::from_le_bytes(buf))
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
            #[inline]
            fn check(&self, cx: &mut Cx<'_>) {
                if let Some(s) = desc_for_attr(cx, self.channelDesc, Some(Rule::VencChdescNull)) {
                    check_attr(cx, Attr::$attr, self.$v.as_u64(), s);
                }
            }
            fn record(&self, ret: &i32, cx: &Cx<'_>) {
                if *ret == ACL_SUCCESS {
                    let p = self.channelDesc as usize;
                    if let Ok(d) = cx.v1_desc(p) {
                        d.attr_set(p, Attr::$attr, self.$v.as_u64());
                    }
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
                live_desc(cx, self.channelDesc, Some(Rule::VencChdescGetNull));
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
        let Some(s) = desc_for_attr(cx, self.channelDesc, Some(Rule::VencChdescNull)) else { return };
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
        if let Some(v) = param_value(self.param(), self.length.min(size)) {
            check_attr(cx, attr, v, s);
        }
    }

    fn forward_args(&self, cx: &Cx<'_>) -> Self {
        if Attr::from_param(self.paramType) != Some(Attr::Callback) || self.length != 8 {
            return *self;
        }
        let user = param_value(self.param(), 8).unwrap_or(0) as usize;
        match wrap(cx, self.channelDesc, user) {
            Some((n, _)) => Self { param: crate::callbacks::cell(n), ..*self },
            None => *self,
        }
    }

    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret != ACL_SUCCESS {
            return;
        }
        if let Some(attr) = Attr::from_param(self.paramType) {
            if let Some(v) = param_value(self.param(), self.length.min(attr.size())) {
                let p = self.channelDesc as usize;
                if let Ok(d) = cx.v1_desc(p) {
                    d.attr_set(p, attr, v);
                }
            }
        }
    }
}

impl Hooks for aclvencGetChannelDescParam {
    fn adjust_ret(&self, ret: i32, _cx: &Cx<'_>) -> i32 {
        if ret == ACL_SUCCESS && Attr::from_param(self.paramType) == Some(Attr::Callback) && self.length >= 8 {
            if let Some(v) = param_value(self.param().as_in(), 8) {
                let user = crate::callbacks::unwrap(v as usize) as u64;
                if user != v {
                    self.param().write_bytes(&user.to_le_bytes());
                }
            }
        }
        ret
    }

    fn check(&self, cx: &mut Cx<'_>) {
        // The handle first, whatever the other arguments: a desc the shim never saw created never reaches the
        // driver (issue 8, defect 1).
        let known = live_desc(cx, self.channelDesc, None);
        if self.channelDesc.is_null() || self.paramRetSize.is_null() || self.param.is_null() {
            cx.report(Rule::VencChdescGetparamNull, || {
                format!(
                    "channelDesc ({:p}), paramRetSize ({:p}) and param ({:p}) must all be non-NULL",
                    self.channelDesc, self.paramRetSize, self.param
                )
            });
            return;
        }
        if !known {
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
    fn check(&self, cx: &mut Cx<'_>) {
        super::needs_context(cx);
    }

    fn record(&self, ret: &*mut aclvencChannelDesc, cx: &Cx<'_>) {
        if !ret.is_null() {
            cx.v1().desc_created(*ret as usize, Origin::capture(cx.func));
        }
    }
}

impl Hooks for aclvencDestroyChannelDesc {
    fn check(&self, cx: &mut Cx<'_>) {
        let p = self.channelDesc;
        if p.is_null() {
            return; // The vendor treats NULL as a no-op and returns success.
        }
        let known = snapshot(cx.v1().desc(p as usize), |d| d.phase());
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

    fn entered(&self, cx: &Cx<'_>) {
        let key = self.channelDesc as usize;
        cx.v1().desc_destroying(key);
        crate::callbacks::releasing(key);
    }

    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        let (key, ok) = (self.channelDesc as usize, *ret == ACL_SUCCESS);
        cx.v1().desc_destroyed(key, ok, || Origin::capture(cx.func));
        crate::callbacks::released(key, ok);
    }
}

/// Binds a trampoline to desc `p` for the application's callback `user`; returns `(slot, trampoline address)`,
/// or None when wrapping is off, `user` is NULL, the desc is unknown, or all slots are taken (then the callback is
/// forwarded unwrapped).
fn wrap(cx: &Cx<'_>, p: *const aclvencChannelDesc, user: usize) -> Option<(usize, usize)> {
    if !cx.wrap_callbacks() || user == 0 || !cx.v1().descs.contains_key(&(p as usize)) {
        return None;
    }
    crate::callbacks::bind(p as usize, user)
}

impl Hooks for aclvencSetChannelDescCallback {
    fn check(&self, cx: &mut Cx<'_>) {
        if let Some(s) = desc_for_attr(cx, self.channelDesc, Some(Rule::VencChdescNull)) {
            check_attr(cx, Attr::Callback, self.callback.as_u64(), s);
        }
    }

    fn forward_args(&self, cx: &Cx<'_>) -> Self {
        match wrap(cx, self.channelDesc, self.callback.as_u64() as usize) {
            Some((_, t)) => Self { callback: crate::callbacks::as_callback(t), ..*self },
            None => *self,
        }
    }

    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret == ACL_SUCCESS {
            let p = self.channelDesc as usize;
            if let Ok(d) = cx.v1_desc(p) {
                d.attr_set(p, Attr::Callback, self.callback.as_u64());
            }
        }
    }
}

impl Hooks for aclvencGetChannelDescCallback {
    fn check(&self, cx: &mut Cx<'_>) {
        live_desc(cx, self.channelDesc, Some(Rule::VencChdescGetNull));
    }

    fn adjust_ret(&self, ret: aclvencCallback, _cx: &Cx<'_>) -> aclvencCallback {
        crate::callbacks::as_callback(crate::callbacks::unwrap(ret.as_u64() as usize))
    }
}
