//! Checking a `hi_venc_chn_attr` (create_chn / set_chn_attr) and turning it into what a channel needs.
//!
//! Rules: MPI-VENC-TYPE, MPI-VENC-PIC-RANGE, MPI-VENC-MAXPIC, MPI-VENC-ALIGN, MPI-VENC-BUFSIZE(-SMALL),
//! MPI-VENC-PROFILE, MPI-VENC-RCMODE-MATCH, MPI-VENC-RC-GOP, MPI-VENC-RC-STATSTIME, MPI-VENC-RC-FRAMERATE,
//! MPI-VENC-RC-BITRATE, MPI-VENC-RC-QP, MPI-VENC-GOPMODE (section D); MPI-JPEGE-TYPE, MPI-JPEGE-CHN-RES,
//! MPI-JPEGE-BUFSIZE-RANGE (section C). A failure names the rule and carries the vendor code.

use aclvenc_abi::{
    hi_bool, hi_payload_type, hi_s32, hi_venc_chn_attr, hi_venc_gop_mode, hi_venc_rc_mode, HI_ERR_VENC_ILLEGAL_PARAM,
    HI_ERR_VENC_NOT_SUPPORT,
};
use aclvenc_emu_common::video::{H264Profile, RateControl, VideoCodec};

use aclvenc_chip::{Limits, V2Limits};

use crate::frame::align16;

/// What the V2 checks need from the emulated chip's limits (`aclvenc-chip`, the one per-chip table).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChipV2 {
    /// The V2 encoder's channel count and picture ranges.
    pub v2: V2Limits,
    /// Largest H.264 picture area, in pixels (MPI-VENC-PIC-RANGE; `None`: the ranges only).
    pub h264_max_area: Option<u64>,
}

impl ChipV2 {
    /// The V2 limits of a chip, or `None` when it has no V2 encoder (MPI-NOT-SUPPORTED-CHIP).
    pub fn of(l: &Limits) -> Option<ChipV2> {
        l.v2.map(|v2| ChipV2 { v2, h264_max_area: l.h264_max_area })
    }
}

/// Which encoder a channel runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Codec {
    H264(H264Profile),
    H265,
    Jpeg,
}

impl Codec {
    /// `true` for H.264 and H.265.
    pub fn is_video(self) -> bool {
        !matches!(self, Codec::Jpeg)
    }
}

/// Rate-control and GOP settings of a video channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VideoRc {
    pub rc: RateControl,
    /// IDR interval in pictures.
    pub gop: u32,
    /// Input and output frame rates in frames/s (`dst <= src`; frames are dropped to reach `dst`).
    pub src_fps: u32,
    pub dst_fps: u32,
}

/// A checked channel attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChannelSpec {
    pub codec: Codec,
    /// Picture size in pixels.
    pub width: u32,
    pub height: u32,
    /// Output ring size in bytes (0: JPEGE with user output buffers only).
    pub buf_size: u32,
    /// `is_by_frame`: one get_stream per frame (packs per NAL unit) instead of one per NAL unit.
    pub by_frame: bool,
    /// `None` for JPEG.
    pub video: Option<VideoRc>,
}

impl ChannelSpec {
    /// The emu-common encoder codec for a video channel.
    pub fn video_codec(&self) -> Option<VideoCodec> {
        match self.codec {
            Codec::H264(p) => Some(VideoCodec::H264(p)),
            Codec::H265 => Some(VideoCodec::H265),
            Codec::Jpeg => None,
        }
    }
}

/// A refused attribute: the vendor code and the reason (with the rule ID).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttrError {
    pub code: hi_s32,
    pub msg: String,
}

fn illegal(msg: String) -> AttrError {
    AttrError { code: HI_ERR_VENC_ILLEGAL_PARAM, msg }
}

fn unsupported(msg: String) -> AttrError {
    AttrError { code: HI_ERR_VENC_NOT_SUPPORT, msg }
}

/// Smallest and largest `buf_size`, in bytes (MPI-VENC-BUFSIZE: [32 KiB, 1 GiB], multiple of 64).
pub const BUF_MIN: u32 = 32 * 1024;
pub const BUF_MAX: u32 = 1 << 30;

fn in_range(v: u32, lo: u32, hi: u32) -> bool {
    (lo..=hi).contains(&v)
}

/// Check `attr` for a chip with `limits`.
pub fn check(attr: &hi_venc_chn_attr, limits: &ChipV2) -> Result<ChannelSpec, AttrError> {
    let va = &attr.venc_attr;
    let by_frame = match va.is_by_frame {
        hi_bool::HI_TRUE => true,
        hi_bool::HI_FALSE => false,
        b => return Err(illegal(format!("is_by_frame {} is not HI_TRUE or HI_FALSE", b.0))),
    };
    let codec = match va.r#type {
        hi_payload_type::HI_PT_H264 => match va.profile {
            0 => Codec::H264(H264Profile::Baseline),
            1 => Codec::H264(H264Profile::Main),
            2 => Codec::H264(H264Profile::High),
            3 => return Err(unsupported("H.264 profile 3 (SVC-T) is not supported (MPI-VENC-PROFILE)".into())),
            p => return Err(illegal(format!("H.264 profile {p} is not 0, 1 or 2 (MPI-VENC-PROFILE)"))),
        },
        hi_payload_type::HI_PT_H265 => match va.profile {
            0 => Codec::H265,
            1 => return Err(unsupported("H.265 profile 1 (Main10) is not supported (MPI-VENC-PROFILE)".into())),
            p => return Err(illegal(format!("H.265 profile {p} is not 0 (Main) (MPI-VENC-PROFILE)"))),
        },
        hi_payload_type::HI_PT_JPEG => {
            if va.profile != 0 {
                return Err(illegal(format!("JPEG profile {} is not 0 (baseline) (MPI-JPEGE-TYPE)", va.profile)));
            }
            Codec::Jpeg
        }
        t => {
            return Err(unsupported(format!(
                "payload type {} is not H.264 (96), H.265 (265) or JPEG (26) (MPI-VENC-TYPE)",
                t.0
            )))
        }
    };
    let (w, h) = (va.pic_width, va.pic_height);
    if codec == Codec::Jpeg {
        let r = limits.v2.jpeg_dims;
        if !r.contains(w) || !r.contains(h) || w % 2 != 0 || h % 2 != 0 {
            return Err(illegal(format!(
                "JPEG picture {w}x{h} must be even and within [{}, {}] (MPI-JPEGE-CHN-RES)",
                r.min, r.max
            )));
        }
        if va.max_pic_width != 0 && (!r.contains(va.max_pic_width) || va.max_pic_width < w || va.max_pic_width % 2 != 0)
        {
            return Err(illegal(format!(
                "max_pic_width {} must be even, >= pic_width {w} and within [{}, {}] (MPI-JPEGE-CHN-RES)",
                va.max_pic_width, r.min, r.max
            )));
        }
        if va.buf_size != 0 {
            let mw = va.max_pic_width.max(w);
            let min = align16(mw) as u64 * align16(h) as u64 * 3 / 2;
            if va.buf_size % 64 != 0 || (va.buf_size as u64) < min || va.buf_size > BUF_MAX {
                return Err(illegal(format!(
                    "JPEG buf_size {} must be 0 (user output buffers) or a multiple of 64 in [{min}, {BUF_MAX}] \
                     (MPI-JPEGE-BUFSIZE-RANGE)",
                    va.buf_size
                )));
            }
        }
        return Ok(ChannelSpec { codec, width: w, height: h, buf_size: va.buf_size, by_frame, video: None });
    }

    let r = limits.v2.video_dims;
    if !r.contains(w) || !r.contains(h) {
        return Err(illegal(format!("picture {w}x{h} is outside [{}, {}] (MPI-VENC-PIC-RANGE)", r.min, r.max)));
    }
    if w % 2 != 0 || h % 2 != 0 {
        return Err(illegal(format!("picture {w}x{h} must have even width and height (MPI-VENC-ALIGN)")));
    }
    if let (Codec::H264(_), Some(area)) = (codec, limits.h264_max_area) {
        if w as u64 * h as u64 > area {
            return Err(illegal(format!("H.264 picture {w}x{h} exceeds {area} pixels (MPI-VENC-PIC-RANGE)")));
        }
    }
    let (mw, mh) = (va.max_pic_width, va.max_pic_height);
    if !r.contains(mw) || !r.contains(mh) || mw % 2 != 0 || mh % 2 != 0 || mw < w || mh < h {
        return Err(illegal(format!(
            "max picture {mw}x{mh} must be even, within [{}, {}] and at least {w}x{h} (MPI-VENC-MAXPIC)",
            r.min, r.max
        )));
    }
    let bs = va.buf_size;
    if bs % 64 != 0 || !in_range(bs, BUF_MIN, BUF_MAX) {
        return Err(illegal(format!(
            "buf_size {bs} must be a multiple of 64 in [{BUF_MIN}, {BUF_MAX}] (MPI-VENC-BUFSIZE)"
        )));
    }
    let frame_bytes = (w as u64 * h as u64 * 3 / 2).div_ceil(64) * 64;
    if (bs as u64) < frame_bytes {
        log::warn!(
            "buf_size {bs} is below ALIGN64(w*h*3/2) = {frame_bytes}: large frames will wait for releases or be \
             dropped (MPI-VENC-BUFSIZE-SMALL)"
        );
    }
    let video = check_rc(attr, codec)?;
    check_gop(attr, video.gop)?;
    Ok(ChannelSpec { codec, width: w, height: h, buf_size: bs, by_frame, video: Some(video) })
}

/// The rate-control part of a video attribute.
pub fn check_rc(attr: &hi_venc_chn_attr, codec: Codec) -> Result<VideoRc, AttrError> {
    let rc = &attr.rc_attr;
    let m = rc.rc_mode;
    let is264 = matches!(codec, Codec::H264(_));
    let ok_mode = if is264 {
        (hi_venc_rc_mode::HI_VENC_RC_MODE_H264_CBR.0..=hi_venc_rc_mode::HI_VENC_RC_MODE_H264_QPMAP.0).contains(&m.0)
    } else {
        (hi_venc_rc_mode::HI_VENC_RC_MODE_H265_CBR.0..=hi_venc_rc_mode::HI_VENC_RC_MODE_H265_QPMAP.0).contains(&m.0)
    };
    if !ok_mode {
        return Err(illegal(format!(
            "rc_mode {} does not belong to {} (MPI-VENC-RCMODE-MATCH)",
            m.0,
            if is264 { "H.264 (1-7)" } else { "H.265 (11-17)" }
        )));
    }
    // H.265 modes are the H.264 ones + 10, and the union members share layouts (abi-facts §5).
    let k = if is264 { m.0 } else { m.0 - 10 };
    // Checks the timing fields every mode has; on success, the constructor of the mode's `VideoRc`.
    let common = |gop: u32, stats: Option<u32>, src: u32, dst: u32| {
        if !in_range(gop, 1, 65536) {
            return Err(illegal(format!("gop {gop} is outside [1, 65536] (MPI-VENC-RC-GOP)")));
        }
        if let Some(s) = stats {
            if !in_range(s, 1, 60) {
                return Err(illegal(format!("stats_time {s} is outside [1, 60] s (MPI-VENC-RC-STATSTIME)")));
            }
        }
        if !in_range(src, 1, 240) || !in_range(dst, 1, 240) || dst > src {
            return Err(illegal(format!(
                "src_frame_rate {src} / dst_frame_rate {dst} must be in [1, 240] with dst <= src (MPI-VENC-RC-FRAMERATE)"
            )));
        }
        Ok(move |rc| VideoRc { rc, gop, src_fps: src, dst_fps: dst })
    };
    let bitrate = |name: &str, v: u32| -> Result<u32, AttrError> {
        if in_range(v, 2, 614_400) {
            Ok(v)
        } else {
            Err(illegal(format!("{name} {v} kbps is outside [2, 614400] (MPI-VENC-RC-BITRATE)")))
        }
    };
    let out = match k {
        1 => {
            let c = rc.h264_cbr();
            let video_rc = common(c.gop, Some(c.stats_time), c.src_frame_rate, c.dst_frame_rate)?;
            let kbps = bitrate("bit_rate", c.bit_rate)?;
            video_rc(RateControl::Cbr { kbps })
        }
        2 | 3 => {
            // VBR and AVBR: same fields at the same offsets (abi-facts §5).
            let (gop, stats, src, dst, max) = if k == 2 {
                let c = rc.h264_vbr();
                (c.gop, c.stats_time, c.src_frame_rate, c.dst_frame_rate, c.max_bit_rate)
            } else {
                let c = rc.h264_avbr();
                (c.gop, c.stats_time, c.src_frame_rate, c.dst_frame_rate, c.max_bit_rate)
            };
            let video_rc = common(gop, Some(stats), src, dst)?;
            let max_kbps = bitrate("max_bit_rate", max)?;
            video_rc(RateControl::Vbr { max_kbps })
        }
        4 => {
            let c = rc.h264_qvbr();
            let video_rc = common(c.gop, Some(c.stats_time), c.src_frame_rate, c.dst_frame_rate)?;
            let max_kbps = bitrate("target_bit_rate", c.target_bit_rate)?;
            video_rc(RateControl::Vbr { max_kbps })
        }
        5 => {
            let c = rc.h264_cvbr();
            let video_rc = common(c.gop, Some(c.stats_time), c.src_frame_rate, c.dst_frame_rate)?;
            let max_kbps = bitrate("max_bit_rate", c.max_bit_rate)?;
            let lt_max = bitrate("long_term_max_bit_rate", c.long_term_max_bit_rate)?;
            let lt_min = c.long_term_min_bit_rate;
            if lt_max > max_kbps || lt_min > lt_max {
                return Err(illegal(format!(
                    "CVBR long-term bit rates {lt_min}..{lt_max} must satisfy min <= max <= max_bit_rate {max_kbps} \
                     (MPI-VENC-RC-BITRATE)"
                )));
            }
            video_rc(RateControl::Vbr { max_kbps })
        }
        6 => {
            let c = rc.h264_fixqp();
            let video_rc = common(c.gop, None, c.src_frame_rate, c.dst_frame_rate)?;
            for (n, q) in [("i_qp", c.i_qp), ("p_qp", c.p_qp), ("b_qp", c.b_qp)] {
                if q > 51 {
                    return Err(illegal(format!("{n} {q} is outside [0, 51] (MPI-VENC-RC-QP)")));
                }
            }
            video_rc(RateControl::FixQp { i_qp: c.i_qp, p_qp: c.p_qp })
        }
        _ => {
            return Err(unsupported(format!(
                "rc_mode {} (QPMAP) needs per-frame QP maps (hi_mpi_venc_send_frame_ex), which the emulator does not \
                 support",
                m.0
            )))
        }
    };
    Ok(out)
}

/// The GOP-structure part of a video attribute (MPI-VENC-GOPMODE). Every accepted mode is encoded as plain
/// IPPP with IDR every `gop` pictures (the emulated encoder has no B pictures or long-term references).
pub fn check_gop(attr: &hi_venc_chn_attr, gop: u32) -> Result<(), AttrError> {
    let g = &attr.gop_attr;
    let delta = |name: &str, d: i32| -> Result<(), AttrError> {
        if (-10..=30).contains(&d) {
            Ok(())
        } else {
            Err(illegal(format!("{name} {d} is outside [-10, 30] (MPI-VENC-GOPMODE)")))
        }
    };
    match g.gop_mode {
        hi_venc_gop_mode::HI_VENC_GOP_MODE_NORMAL_P => delta("ip_qp_delta", g.normal_p().ip_qp_delta),
        hi_venc_gop_mode::HI_VENC_GOP_MODE_DUAL_P => {
            let d = g.dual_p();
            delta("sp_qp_delta", d.sp_qp_delta)?;
            delta("ip_qp_delta", d.ip_qp_delta)
        }
        hi_venc_gop_mode::HI_VENC_GOP_MODE_SMART_P | hi_venc_gop_mode::HI_VENC_GOP_MODE_ADV_SMART_P => {
            let s = if g.gop_mode == hi_venc_gop_mode::HI_VENC_GOP_MODE_SMART_P {
                *g.smart_p()
            } else {
                let a = g.adv_smart_p();
                aclvenc_abi::hi_venc_gop_smart_p {
                    bg_interval: a.bg_interval,
                    bg_qp_delta: a.bg_qp_delta,
                    vi_qp_delta: a.vi_qp_delta,
                }
            };
            if s.bg_interval < gop {
                return Err(illegal(format!("bg_interval {} is below gop {gop} (MPI-VENC-GOPMODE)", s.bg_interval)));
            }
            delta("bg_qp_delta", s.bg_qp_delta)?;
            delta("vi_qp_delta", s.vi_qp_delta)
        }
        hi_venc_gop_mode::HI_VENC_GOP_MODE_BIPRED_B => {
            let b = g.bipred_b();
            if !in_range(b.b_frame_num, 1, 3) {
                return Err(illegal(format!("b_frame_num {} is outside [1, 3] (MPI-VENC-GOPMODE)", b.b_frame_num)));
            }
            delta("b_qp_delta", b.b_qp_delta)?;
            delta("ip_qp_delta", b.ip_qp_delta)
        }
        hi_venc_gop_mode::HI_VENC_GOP_MODE_LOW_DELAY_B => {
            Err(unsupported("gop_mode LOW_DELAY_B is not supported (MPI-VENC-GOPMODE)".into()))
        }
        m => Err(illegal(format!("gop_mode {} is not a hi_venc_gop_mode value (MPI-VENC-GOPMODE)", m.0))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aclvenc_chip::Chip;

    pub(crate) fn h264_attr(w: u32, h: u32) -> hi_venc_chn_attr {
        let mut a = hi_venc_chn_attr::default();
        a.venc_attr.r#type = hi_payload_type::HI_PT_H264;
        a.venc_attr.max_pic_width = w;
        a.venc_attr.max_pic_height = h;
        a.venc_attr.pic_width = w;
        a.venc_attr.pic_height = h;
        a.venc_attr.buf_size = (w * h * 2).div_ceil(64) * 64;
        a.venc_attr.profile = 2;
        a.venc_attr.is_by_frame = hi_bool::HI_TRUE;
        a.rc_attr.rc_mode = hi_venc_rc_mode::HI_VENC_RC_MODE_H264_CBR;
        let c = a.rc_attr.h264_cbr_mut();
        c.gop = 30;
        c.stats_time = 1;
        c.src_frame_rate = 30;
        c.dst_frame_rate = 30;
        c.bit_rate = 2000;
        a
    }

    #[test]
    fn video_attr_rules() {
        let l = ChipV2::of(Chip::Ascend310P.limits()).unwrap();
        let a = h264_attr(640, 480);
        let s = check(&a, &l).unwrap();
        assert_eq!(s.codec, Codec::H264(H264Profile::High));
        let mut b = a;
        b.venc_attr.pic_width = 4096;
        b.venc_attr.max_pic_width = 4096;
        b.venc_attr.pic_height = 4096;
        b.venc_attr.max_pic_height = 4096;
        assert_eq!(check(&b, &l).unwrap_err().code, HI_ERR_VENC_ILLEGAL_PARAM, "H.264 area on 310P");
        assert!(check(&b, &ChipV2::of(Chip::Ascend310B.limits()).unwrap()).is_ok());
        let mut c = a;
        c.venc_attr.buf_size = 32 * 1024 + 1;
        assert_eq!(check(&c, &l).unwrap_err().code, HI_ERR_VENC_ILLEGAL_PARAM);
        let mut d = a;
        d.rc_attr.rc_mode = hi_venc_rc_mode::HI_VENC_RC_MODE_H265_CBR;
        assert_eq!(check(&d, &l).unwrap_err().code, HI_ERR_VENC_ILLEGAL_PARAM);
        let mut e = a;
        e.rc_attr.h264_cbr_mut().dst_frame_rate = 60;
        assert!(check(&e, &l).is_err());
        let mut f = a;
        f.venc_attr.r#type = hi_payload_type::HI_PT_MJPEG;
        assert_eq!(check(&f, &l).unwrap_err().code, HI_ERR_VENC_NOT_SUPPORT);
        let mut g = a;
        g.gop_attr.gop_mode = hi_venc_gop_mode::HI_VENC_GOP_MODE_LOW_DELAY_B;
        assert_eq!(check(&g, &l).unwrap_err().code, HI_ERR_VENC_NOT_SUPPORT);
    }
}
