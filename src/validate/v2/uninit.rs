//! MPI-STRUCT-UNINIT (docs/validation-rules.md B): a member the call reads holds a value no program sets on purpose
//! (a boolean that is neither HI_TRUE nor HI_FALSE, an enum far outside its named values): the struct was not
//! zeroed, or not filled from the matching `hi_mpi_venc_get_*`, before the members were set.

use crate::chassis::Cx;
use aclvenc_abi::*;
use aclvenc_interface::rules::Rule;

/// An enum value this far past the largest named value is garbage, not a newer vendor value.
const FAR: i64 = 1 << 16;

/// Reports `member` of `what` when it holds `value`, which only an uninitialised struct holds.
fn garbage(cx: &mut Cx<'_>, what: &'static str, member: &'static str, value: i64, fix: &'static str) {
    cx.report(Rule::MpiStructUninit, || {
        format!(
            "{what}.{member} is {value} ({value:#x}), a value no program sets: the struct was not initialised. {fix}"
        )
    });
}

fn check_bool(cx: &mut Cx<'_>, what: &'static str, member: &'static str, b: hi_bool, fix: &'static str) {
    if b != hi_bool::HI_TRUE && b != hi_bool::HI_FALSE {
        garbage(cx, what, member, i64::from(b.0), fix);
    }
}

/// Whether an enum value lies far outside the named ones (negative, or far above the largest).
fn far_out(value: i64, named: impl Iterator<Item = i64>) -> bool {
    let max = named.max().unwrap_or(0);
    value < 0 || value > max + FAR
}

/// The members of a picture that send_frame reads besides those its own rules check.
pub(super) fn check_frame_members(cx: &mut Cx<'_>, f: &hi_video_frame) {
    let fix = "Zero the hi_video_frame_info (memset or = {0}) before filling it";
    let v = i64::from(f.compress_mode.0);
    if far_out(v, hi_compress_mode::VALUES.iter().map(|(_, x)| i64::from(x.0))) {
        garbage(cx, "frame->v_frame", "compress_mode", v, fix);
    }
    let v = i64::from(f.video_format.0);
    if far_out(v, hi_video_format::VALUES.iter().map(|(_, x)| i64::from(x.0))) {
        garbage(cx, "frame->v_frame", "video_format", v, fix);
    }
}

/// The members of a channel attribute that create_chn and set_chn_attr read besides those their own rules check.
pub(super) fn check_attr_members(cx: &mut Cx<'_>, a: &hi_venc_chn_attr) {
    let fix = "Zero the hi_venc_chn_attr before filling it, or start from hi_mpi_venc_get_chn_attr";
    if a.venc_attr.r#type != hi_payload_type::HI_PT_JPEG {
        check_bool(cx, "attr->venc_attr", "is_by_frame", a.venc_attr.is_by_frame, fix);
        let v = i64::from(a.gop_attr.gop_mode.0);
        if far_out(v, hi_venc_gop_mode::VALUES.iter().map(|(_, x)| i64::from(x.0))) {
            garbage(cx, "attr->gop_attr", "gop_mode", v, fix);
        }
    }
}
