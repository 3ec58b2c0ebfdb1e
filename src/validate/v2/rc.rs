//! Rate-control attributes of video channels (docs/validation-rules.md C.2): GOP, statistics window, frame rates,
//! bit rate and QP bounds of the block `rc_mode` selects.

use crate::chassis::Cx;
use crate::validate::rules::Rule;
use aclvenc_abi::*;
use aclvenc_interface::report::RateTarget;

/// The members every rate-control block shares: the mode's name, GOP (pictures), statistics window (s, absent for
/// FIXQP), frame rates (frames/s) and the bit rate member with its name (kbit/s, absent for FIXQP and QPMAP).
pub(crate) struct RcCommon {
    pub mode: &'static str,
    pub gop: u32,
    pub stats_time: Option<u32>,
    pub src: u32,
    pub dst: u32,
    pub rate: Option<(&'static str, u32)>,
}

/// The block of `rc` that `rc_mode` selects (reading only that member), or `None` when `rc_mode` is not one of the
/// video modes of `codec`.
pub(crate) fn rc_common(codec: hi_payload_type, rc: &hi_venc_rc_attr) -> Option<RcCommon> {
    use hi_venc_rc_mode as M;
    let mode = rc.rc_mode;
    let h264 = codec == hi_payload_type::HI_PT_H264;
    let ok = if h264 { (1..=7).contains(&mode.0) } else { (11..=17).contains(&mode.0) };
    if !ok {
        return None;
    }
    // The H.265 blocks are typedefs of the H.264 ones: same layout, same members.
    let common = |mode, gop, stats_time, src, dst, rate| RcCommon { mode, gop, stats_time, src, dst, rate };
    // The blocks with a statistics window and one bit-rate member, named `$rate`.
    macro_rules! rated {
        ($mode:literal, $c:expr, $rate:ident) => {{
            let c = $c;
            let rate = Some((stringify!($rate), c.$rate));
            common($mode, c.gop, Some(c.stats_time), c.src_frame_rate, c.dst_frame_rate, rate)
        }};
    }
    Some(match mode {
        M::HI_VENC_RC_MODE_H264_CBR | M::HI_VENC_RC_MODE_H265_CBR => rated!("CBR", rc.h264_cbr(), bit_rate),
        M::HI_VENC_RC_MODE_H264_VBR | M::HI_VENC_RC_MODE_H265_VBR => rated!("VBR", rc.h264_vbr(), max_bit_rate),
        M::HI_VENC_RC_MODE_H264_AVBR | M::HI_VENC_RC_MODE_H265_AVBR => rated!("AVBR", rc.h264_avbr(), max_bit_rate),
        M::HI_VENC_RC_MODE_H264_QVBR | M::HI_VENC_RC_MODE_H265_QVBR => {
            rated!("QVBR", rc.h264_qvbr(), target_bit_rate)
        }
        M::HI_VENC_RC_MODE_H264_CVBR | M::HI_VENC_RC_MODE_H265_CVBR => rated!("CVBR", rc.h264_cvbr(), max_bit_rate),
        M::HI_VENC_RC_MODE_H264_FIXQP | M::HI_VENC_RC_MODE_H265_FIXQP => {
            let c = rc.h264_fixqp();
            common("FIXQP", c.gop, None, c.src_frame_rate, c.dst_frame_rate, None)
        }
        _ => {
            let c = rc.h264_qpmap();
            common("QPMAP", c.gop, Some(c.stats_time), c.src_frame_rate, c.dst_frame_rate, None)
        }
    })
}

/// The rate and GOP a video channel was asked for (the figures' target, the stream checks' GOP).
pub(crate) fn rate_target(codec: hi_payload_type, rc: &hi_venc_rc_attr) -> Option<(RateTarget, u32)> {
    let c = rc_common(codec, rc)?;
    let target = RateTarget { mode: c.mode.into(), kbps: c.rate.map(|(_, r)| r), fps: (c.dst > 0).then_some(c.dst) };
    Some((target, c.gop))
}

/// Checks a rate-control attribute block of a video channel, reading only the member `rc_mode` selects.
pub(super) fn check_rc(cx: &mut Cx<'_>, codec: hi_payload_type, rc: &hi_venc_rc_attr) {
    let mode = rc.rc_mode;
    let Some(RcCommon { gop, stats_time: stats, src, dst, rate, .. }) = rc_common(codec, rc) else {
        let h264 = codec == hi_payload_type::HI_PT_H264;
        cx.report(Rule::MpiVencRcmodeMatch, || {
            let family = if h264 { "HI_VENC_RC_MODE_H264_*" } else { "HI_VENC_RC_MODE_H265_*" };
            format!("rc_mode {mode:?} does not match the payload type {codec:?}; use one of {family}")
        });
        return;
    };
    if mode == hi_venc_rc_mode::HI_VENC_RC_MODE_H264_FIXQP || mode == hi_venc_rc_mode::HI_VENC_RC_MODE_H265_FIXQP {
        let c = rc.h264_fixqp();
        for (name, qp) in [("i_qp", c.i_qp), ("p_qp", c.p_qp), ("b_qp", c.b_qp)] {
            if qp > 51 {
                cx.report(Rule::MpiVencRcQp, || format!("FIXQP {name} {qp} is outside [0, 51]"));
            }
        }
    }
    if !(1..=65536).contains(&gop) {
        cx.report(Rule::MpiVencRcGop, || format!("gop {gop} is outside [1, 65536] pictures"));
    }
    if let Some(s) = stats {
        if !(1..=60).contains(&s) {
            cx.report(Rule::MpiVencRcStatstime, || format!("stats_time {s} s is outside [1, 60]"));
        }
    }
    if !(1..=240).contains(&src) || !(1..=240).contains(&dst) || dst > src {
        cx.report(Rule::MpiVencRcFramerate, || {
            format!("src_frame_rate {src} and dst_frame_rate {dst} must be in [1, 240] frames/s with dst <= src")
        });
    }
    if let Some((name, r)) = rate {
        if !(2..=614_400).contains(&r) {
            cx.report(Rule::MpiVencRcBitrate, || format!("{name} {r} kbit/s is outside [2, 614400]"));
        }
    }
}
