//! Rate-control attributes of video channels (docs/validation-rules.md C.2): GOP, statistics window, frame rates,
//! bit rate and QP bounds of the block `rc_mode` selects.

use crate::chassis::Cx;
use crate::validate::rules::Rule;
use aclvenc_abi::*;

/// The members every rate-control block shares: GOP (pictures), statistics window (s, absent for FIXQP), frame
/// rates (frames/s) and the bit rate member with its name (kbit/s, absent for FIXQP and QPMAP).
struct RcCommon {
    gop: u32,
    stats_time: Option<u32>,
    src: u32,
    dst: u32,
    rate: Option<(&'static str, u32)>,
}

/// Checks a rate-control attribute block of a video channel, reading only the member `rc_mode` selects.
pub(super) fn check_rc(cx: &mut Cx<'_>, codec: hi_payload_type, rc: &hi_venc_rc_attr) {
    use hi_venc_rc_mode as M;
    let mode = rc.rc_mode;
    let h264 = codec == hi_payload_type::HI_PT_H264;
    let ok = if h264 { (1..=7).contains(&mode.0) } else { (11..=17).contains(&mode.0) };
    if !ok {
        cx.report(Rule::MpiVencRcmodeMatch, || {
            let family = if h264 { "HI_VENC_RC_MODE_H264_*" } else { "HI_VENC_RC_MODE_H265_*" };
            format!("rc_mode {mode:?} does not match the payload type {codec:?}; use one of {family}")
        });
        return;
    }
    // The H.265 blocks are typedefs of the H.264 ones: same layout, same checks.
    let common = |gop, stats_time, src, dst, rate| RcCommon { gop, stats_time, src, dst, rate };
    // The blocks with a statistics window and one bit-rate member, named `$rate`.
    macro_rules! rated {
        ($c:expr, $rate:ident) => {{
            let c = $c;
            common(c.gop, Some(c.stats_time), c.src_frame_rate, c.dst_frame_rate, Some((stringify!($rate), c.$rate)))
        }};
    }
    let RcCommon { gop, stats_time: stats, src, dst, rate } = match mode {
        M::HI_VENC_RC_MODE_H264_CBR | M::HI_VENC_RC_MODE_H265_CBR => rated!(rc.h264_cbr(), bit_rate),
        M::HI_VENC_RC_MODE_H264_VBR | M::HI_VENC_RC_MODE_H265_VBR => rated!(rc.h264_vbr(), max_bit_rate),
        M::HI_VENC_RC_MODE_H264_AVBR | M::HI_VENC_RC_MODE_H265_AVBR => rated!(rc.h264_avbr(), max_bit_rate),
        M::HI_VENC_RC_MODE_H264_QVBR | M::HI_VENC_RC_MODE_H265_QVBR => rated!(rc.h264_qvbr(), target_bit_rate),
        M::HI_VENC_RC_MODE_H264_CVBR | M::HI_VENC_RC_MODE_H265_CVBR => rated!(rc.h264_cvbr(), max_bit_rate),
        M::HI_VENC_RC_MODE_H264_FIXQP | M::HI_VENC_RC_MODE_H265_FIXQP => {
            let c = rc.h264_fixqp();
            for (name, qp) in [("i_qp", c.i_qp), ("p_qp", c.p_qp), ("b_qp", c.b_qp)] {
                if qp > 51 {
                    cx.report(Rule::MpiVencRcQp, || format!("FIXQP {name} {qp} is outside [0, 51]"));
                }
            }
            common(c.gop, None, c.src_frame_rate, c.dst_frame_rate, None)
        }
        _ => {
            let c = rc.h264_qpmap();
            common(c.gop, Some(c.stats_time), c.src_frame_rate, c.dst_frame_rate, None)
        }
    };
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
