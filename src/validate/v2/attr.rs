//! Channel attributes (docs/validation-rules.md C.1, D.1): payload type, profile, picture and maximum sizes, buffer
//! size, then the rate-control block ([`super::rc`]).

use super::is_video;
use super::rc::check_rc;
use crate::chassis::Cx;
use crate::validate::rules::Rule;
use crate::validate::{align_up, range_text, yuv420_bytes};
use aclvenc_abi::*;

/// Checks a channel attribute for create_chn (and set_chn_attr).
pub(super) fn check_chn_attr(cx: &mut Cx<'_>, a: &hi_venc_chn_attr) {
    let soc = cx.soc();
    let va = &a.venc_attr;
    let (w, h) = (va.pic_width, va.pic_height);
    let t = va.r#type;
    if t == hi_payload_type::HI_PT_JPEG {
        if va.profile != 0 {
            cx.report(Rule::MpiJpegeType, || format!("JPEG profile {} is not 0 (baseline, the only one)", va.profile));
        }
        let (lo, hi) = soc.v2_jpeg_dims();
        if w < lo || w > hi || h < lo || h > hi || w % 2 != 0 || h % 2 != 0 {
            cx.report(Rule::MpiJpegeChnRes, || {
                format!(
                    "JPEG channel size {w}x{h} must be even and within {} pixels on {}",
                    range_text((lo, hi)),
                    soc.name()
                )
            });
        }
        let min = yuv420_bytes(align_up(w as u64, 16), align_up(h as u64, 16));
        if va.buf_size != 0 && (va.buf_size % 64 != 0 || (va.buf_size as u64) < min) {
            cx.report(Rule::MpiJpegeBufsizeRange, || {
                format!("JPEG buf_size {} bytes must be a multiple of 64 and at least {min} (ALIGN16(w) x ALIGN16(h) x 3/2); 0 selects the user-buffer mode of send_jpege_frame", va.buf_size)
            });
        }
        return;
    }
    if !is_video(t) {
        cx.report(Rule::MpiVencType, || format!("payload type {t:?} is not HI_PT_H264, HI_PT_H265 or HI_PT_JPEG"));
        return;
    }
    let h264 = t == hi_payload_type::HI_PT_H264;
    let profiles = if h264 { 0..=2 } else { 0..=0 };
    if !profiles.contains(&va.profile) {
        cx.report(Rule::MpiVencProfile, || {
            let allowed = if h264 { "0 (baseline), 1 (main) or 2 (high)" } else { "0 (main)" };
            format!("profile {} is not valid for {t:?}; use {allowed}", va.profile)
        });
    }
    let (lo, hi) = soc.v2_video_dims();
    let area_over = h264 && soc.h264_max_area().is_some_and(|m| w as u64 * h as u64 > m);
    if w < lo || w > hi || h < lo || h > hi || area_over {
        cx.report(Rule::MpiVencPicRange, || {
            let area = if area_over { " and H.264 needs width x height <= 4096 x 2304" } else { "" };
            format!("picture size {w}x{h} must be within {} pixels on {}{area}", range_text((lo, hi)), soc.name())
        });
    } else if w % 2 != 0 || h % 2 != 0 {
        cx.report(Rule::MpiVencAlign, || format!("picture size {w}x{h} must be even"));
    }
    let (mw, mh) = (va.max_pic_width, va.max_pic_height);
    if mw < w || mh < h || mw % 2 != 0 || mh % 2 != 0 {
        cx.report(Rule::MpiVencMaxpic, || {
            format!("max_pic_width/height {mw}x{mh} must be even and at least the picture size {w}x{h}")
        });
    }
    let b = va.buf_size;
    if b % 64 != 0 || !(32 * 1024..=1 << 30).contains(&b) {
        cx.report(Rule::MpiVencBufsize, || {
            format!("buf_size {b} bytes must be a multiple of 64 within [32 KiB, 1 GiB]")
        });
    } else if (b as u64) < align_up(yuv420_bytes(w as u64, h as u64), 64) {
        let need = align_up(yuv420_bytes(w as u64, h as u64), 64);
        cx.report(Rule::MpiVencBufsizeSmall, || {
            format!("buf_size {b} bytes is under one raw picture ({need} bytes for {w}x{h}); large frames get re-encoded and dropped")
        });
    }
    check_rc(cx, t, &a.rc_attr);
    super::uninit::check_attr_members(cx, a);
}
