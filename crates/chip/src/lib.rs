//! The per-chip limits of the Ascend video encoders, written once: the shim's per-chip rules (`src/soc.rs`) and the
//! emulated driver (`crates/emu-*`) both read this table. It exports no C symbols.
//!
//! Source of every value: `docs/validation-rules.md` section F (per-chip differences) and the rule named on each field of
//! [`Limits`], which cites the vendor documents (D-VENC-FR-310/601/900, D-BITRATE, D-BUFSIZE, D-RCMODE,
//! D-SUBSCRIBE, D-MPI-CREATE, D-MPI-VENC-FR, D-JPEGE-FR, MSADV). Where section H marks a 310B value as inferred,
//! the 310P value is used, as the rules do.

use core::fmt;

/// A chip family with its own encoder rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Chip {
    /// Ascend 310 (Atlas 200/300/500 inference), DVPP V100: the V1 encoder only.
    Ascend310,
    /// Ascend 310P (Atlas inference products), DVPP V200.
    Ascend310P,
    /// Ascend 310B (Atlas 200I/500 A2).
    Ascend310B,
}

impl Chip {
    /// Every chip family, in this order.
    pub const ALL: [Chip; 3] = [Chip::Ascend310, Chip::Ascend310P, Chip::Ascend310B];

    /// The family of an `aclrtGetSocName()` name, case-insensitive: `Ascend310` → 310, `Ascend310P3` (any
    /// `Ascend310P*`) → 310P, `Ascend310B1` (any `Ascend310B*`) → 310B. `None` for every other name (910 and the
    /// other training parts have no video encoder).
    pub fn from_soc_name(name: &str) -> Option<Chip> {
        let n = name.trim().to_ascii_lowercase();
        let rest = n.strip_prefix("ascend310")?;
        if rest.is_empty() {
            Some(Chip::Ascend310)
        } else if rest.starts_with('p') {
            Some(Chip::Ascend310P)
        } else if rest.starts_with('b') {
            Some(Chip::Ascend310B)
        } else {
            None
        }
    }

    /// The name `aclrtGetSocName()` returns for the family's usual part: `Ascend310`, `Ascend310P3`, `Ascend310B1`.
    pub const fn soc_name(self) -> &'static str {
        match self {
            Chip::Ascend310 => "Ascend310",
            Chip::Ascend310P => "Ascend310P3",
            Chip::Ascend310B => "Ascend310B1",
        }
    }

    /// The family's limits.
    pub const fn limits(self) -> &'static Limits {
        match self {
            Chip::Ascend310 => &ASCEND310,
            Chip::Ascend310P => &ASCEND310P,
            Chip::Ascend310B => &ASCEND310B,
        }
    }
}

/// An inclusive range `[min, max]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Range {
    /// The smallest allowed value.
    pub min: u32,
    /// The largest allowed value.
    pub max: u32,
}

impl Range {
    /// Whether `min <= v <= max`.
    pub const fn contains(&self, v: u32) -> bool {
        v >= self.min && v <= self.max
    }
}

impl fmt::Display for Range {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[{}, {}]", self.min, self.max)
    }
}

/// What a V1 channel's `rcMode` 0 means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DefaultRcMode {
    /// Constant bit rate.
    Cbr,
    /// Variable bit rate.
    Vbr,
}

/// Everything about the video encoders that differs between chips.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The chip these limits belong to.
    pub chip: Chip,
    /// V1 input picture width and height, in pixels. VENC-CHDESC-WIDTH-RANGE / -HEIGHT-RANGE (D-VENC-FR-310,
    /// D-VENC-FR-601, D-VENC-FR-900): [128, 1920] on 310, [128, 4096] on 310P, [114, 8192] on 310B.
    pub v1_dims: Range,
    /// Largest H.264 picture area, in pixels, V1 and V2 (`None`: only the ranges apply). VENC-CHDESC-H264-AREA and
    /// MPI-VENC-PIC-RANGE: 4096 x 2304 on 310P.
    pub h264_max_area: Option<u64>,
    /// V1 `maxBitRate` used when it is 0, in kbit/s. VENC-CHDESC-MAXBITRATE-DEFAULT (D-BITRATE): 300 on 310, 2000 on
    /// 310P/310B.
    pub v1_default_bit_rate_kbps: u32,
    /// Accepted non-zero V1 `maxBitRate`, in kbit/s. VENC-CHDESC-MAXBITRATE-RANGE (D-BITRATE): [10, 30000] on 310,
    /// [2, 614400] on 310P/310B.
    pub v1_bit_rate_kbps: Range,
    /// What V1 `rcMode` 0 means. VENC-CHDESC-RCMODE-DEFAULT (D-RCMODE, MSADV `paramtype.json`): CBR on 310, VBR on
    /// 310P/310B.
    pub v1_default_rc: DefaultRcMode,
    /// Whether `aclvencSetChannelDescRcMode` rejects values above 2 with ACL_ERROR_INVALID_PARAM (310P/310B) instead
    /// of storing them unchecked (310). VENC-CHDESC-RCMODE-RANGE (S1 `v100/`, `v200/`).
    pub v1_rc_mode_checked: bool,
    /// Accepted non-zero V1 `srcRate`, in frames/s (0 means [`Self::v1_default_src_rate`]).
    /// VENC-CHDESC-SRCRATE-RANGE (D-VENC-FR-310/601/900): [1, 120] on 310, [1, 240] on 310P/310B.
    pub v1_src_rate: Range,
    /// V1 `srcRate` used when it is 0, in frames/s: 30 on every chip (D-VENC-FR-*).
    pub v1_default_src_rate: u32,
    /// Whether the application may give the V1 output buffer (`BufAddr`/`BufSize`); on 310 those calls fail with
    /// ACL_ERROR_FEATURE_UNSUPPORTED and the getters return NULL/0. VENC-CHDESC-BUF-UNSUPPORTED (S1 base, D-BUFSIZE).
    pub v1_user_out_buffer: bool,
    /// Size of a V1 channel's output buffer when the application gives none, in bytes: 3,686,400 (1920 x 1920) on
    /// 310, 8 MiB on 310P/310B. D-BUFSIZE.
    pub v1_default_out_buf_bytes: u32,
    /// Smallest V1 `bufSize` accepted, in bytes: 5 MiB on 310P/310B (310: no user buffer).
    /// VENC-CHDESC-BUFSIZE-MIN (S1 `v200/`, D-BUFSIZE).
    pub v1_min_out_buf_bytes: u32,
    /// Whether `ACL_VENC_MAX_IP_PROP_UINT32` exists (310 only; elsewhere ACL_ERROR_FEATURE_UNSUPPORTED).
    /// VENC-CHDESC-IPPROP-UNSUPPORTED (MSADV `310_Transfer_v1.json`).
    pub v1_ip_prop_supported: bool,
    /// Whether `aclvencSendFrame` checks the input size against `[w*h*3/2, w*h*3)` (310 only).
    /// VENC-SEND-INPUT-SIZE-RANGE (S1 `v100/`).
    pub v1_send_checks_input_size: bool,
    /// Most distinct report threads one process may subscribe with `aclrtSubscribeReport`: 128 on 310, 1024 on
    /// 310P (310B not documented; 1024 assumed). VENC-CHDESC-THREAD-LIMIT (D-SUBSCRIBE).
    pub max_report_threads: u32,
    /// The V2 (`hi_mpi_venc`) encoder, or `None` where the chip has none (310). MPI-NOT-SUPPORTED-CHIP
    /// (D-MPI-CREATE, D-MPI-SEND).
    pub v2: Option<V2Limits>,
}

/// The V2 (`hi_mpi_venc`) encoder of a chip.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct V2Limits {
    /// Channel ids are `[0, channels)`, shared by JPEGE and H.264/H.265: 256 on 310P, 128 on 310B. MPI-CHN-RANGE
    /// (D-MPI-CREATE, HDR `VENC_MAX_CHN_NUM`).
    pub channels: u32,
    /// H.264/H.265 picture width and height, in pixels: [128, 4096] on 310P, [114, 8192] on 310B.
    /// MPI-VENC-PIC-RANGE (D-MPI-VENC-FR).
    pub video_dims: Range,
    /// JPEGE picture width and height, in pixels: [32, 8192] on 310P, [32, 16384] on 310B. MPI-JPEGE-CHN-RES
    /// (D-JPEGE-FR, D-MPI-ATTR).
    pub jpeg_dims: Range,
    /// Whether `aclrtMalloc` memory is accepted as H.264/H.265 input besides DVPP memory (newer 310P/310B docs);
    /// never as JPEGE input or output. MPI-MEM-DVPP, VENC-SEND-INPUT-PROVENANCE (D-VENC-FR-900, section F "Input
    /// memory").
    pub video_input_aclrt_malloc: bool,
    /// Whether `hi_mpi_venc_set_chn_param` reads `hi_venc_chn_param.color_to_grey_en` (colour to grey): yes on the
    /// 310B (Atlas 200I/500 A2); on the 310P ("Atlas inference products") the member is reserved and not read. Of
    /// the other members only `priority` ([0, 2)) is read; `max_stream_cnt`, `poll_wake_up_frame_cnt`,
    /// `crop_info` and `frame_rate` are reserved on both (hi_venc_chn_param: Atlas200IDKA2DeveloperKit
    /// aclcppdevg_03_1501, CANN 910 aclcppdevg_03_1190). MPI-STRUCT-UNINIT.
    pub chn_param_color_to_grey: bool,
}

/// Ascend 310 (DVPP V100).
pub const ASCEND310: Limits = Limits {
    chip: Chip::Ascend310,
    v1_dims: Range { min: 128, max: 1920 },
    h264_max_area: None,
    v1_default_bit_rate_kbps: 300,
    v1_bit_rate_kbps: Range { min: 10, max: 30_000 },
    v1_default_rc: DefaultRcMode::Cbr,
    v1_rc_mode_checked: false,
    v1_src_rate: Range { min: 1, max: 120 },
    v1_default_src_rate: 30,
    v1_user_out_buffer: false,
    v1_default_out_buf_bytes: 3_686_400,
    v1_min_out_buf_bytes: 0,
    v1_ip_prop_supported: true,
    v1_send_checks_input_size: true,
    max_report_threads: 128,
    v2: None,
};

/// Ascend 310P (DVPP V200).
pub const ASCEND310P: Limits = Limits {
    chip: Chip::Ascend310P,
    v1_dims: Range { min: 128, max: 4096 },
    h264_max_area: Some(4096 * 2304),
    v1_default_bit_rate_kbps: 2000,
    v1_bit_rate_kbps: Range { min: 2, max: 614_400 },
    v1_default_rc: DefaultRcMode::Vbr,
    v1_rc_mode_checked: true,
    v1_src_rate: Range { min: 1, max: 240 },
    v1_default_src_rate: 30,
    v1_user_out_buffer: true,
    v1_default_out_buf_bytes: 8 * 1024 * 1024,
    v1_min_out_buf_bytes: 5 * 1024 * 1024,
    v1_ip_prop_supported: false,
    v1_send_checks_input_size: false,
    max_report_threads: 1024,
    v2: Some(ASCEND310P_V2),
};

/// The V2 encoder of the Ascend 310P.
pub const ASCEND310P_V2: V2Limits = V2Limits {
    channels: 256,
    video_dims: Range { min: 128, max: 4096 },
    jpeg_dims: Range { min: 32, max: 8192 },
    video_input_aclrt_malloc: true,
    chn_param_color_to_grey: false,
};

/// Ascend 310B: the 310P behaviour (section H: inferred where undocumented) with its own picture ranges, no H.264
/// area limit and 128 V2 channels.
pub const ASCEND310B: Limits = Limits {
    chip: Chip::Ascend310B,
    v1_dims: Range { min: 114, max: 8192 },
    h264_max_area: None,
    v2: Some(V2Limits {
        channels: 128,
        video_dims: Range { min: 114, max: 8192 },
        jpeg_dims: Range { min: 32, max: 16384 },
        video_input_aclrt_malloc: true,
        chn_param_color_to_grey: true,
    }),
    ..ASCEND310P
};

impl Limits {
    /// The bit rate a V1 channel encodes at for a `maxBitRate` value (0 = the chip's default), in kbit/s.
    pub const fn v1_effective_bit_rate_kbps(&self, max_bit_rate: u32) -> u32 {
        if max_bit_rate == 0 {
            self.v1_default_bit_rate_kbps
        } else {
            max_bit_rate
        }
    }

    /// The frame rate a V1 channel encodes at for a `srcRate` value (0 = the default), in frames/s.
    pub const fn v1_effective_src_rate(&self, src_rate: u32) -> u32 {
        if src_rate == 0 {
            self.v1_default_src_rate
        } else {
            src_rate
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn soc_names_parse() {
        assert_eq!(Chip::from_soc_name("Ascend310"), Some(Chip::Ascend310));
        assert_eq!(Chip::from_soc_name("Ascend310P3"), Some(Chip::Ascend310P));
        assert_eq!(Chip::from_soc_name(" ascend310b4 "), Some(Chip::Ascend310B));
        assert_eq!(Chip::from_soc_name("Ascend910B"), None);
        assert_eq!(Chip::from_soc_name("Ascend310X"), None);
        for c in Chip::ALL {
            assert_eq!(Chip::from_soc_name(c.soc_name()), Some(c));
            assert_eq!(c.limits().chip, c);
        }
    }

    #[test]
    fn chips_differ_where_section_f_says() {
        let (a, p, b) = (Chip::Ascend310.limits(), Chip::Ascend310P.limits(), Chip::Ascend310B.limits());
        assert_eq!((a.v1_default_bit_rate_kbps, p.v1_default_bit_rate_kbps), (300, 2000));
        assert_eq!((a.v1_default_rc, b.v1_default_rc), (DefaultRcMode::Cbr, DefaultRcMode::Vbr));
        assert!(a.v2.is_none());
        assert_eq!(p.v2.map(|v| v.channels), Some(256));
        assert_eq!(b.v2.map(|v| v.channels), Some(128));
        assert_eq!(p.v2.map(|v| v.chn_param_color_to_grey), Some(false), "reserved on Atlas inference products");
        assert_eq!(b.v2.map(|v| v.chn_param_color_to_grey), Some(true));
        assert_eq!((p.h264_max_area, b.h264_max_area), (Some(4096 * 2304), None));
        assert_eq!(b.v1_min_out_buf_bytes, p.v1_min_out_buf_bytes, "310B follows 310P where undocumented");
        assert!(Range { min: 1, max: 240 }.contains(240) && !Range { min: 1, max: 240 }.contains(0));
        assert_eq!(Range { min: 2, max: 614_400 }.to_string(), "[2, 614400]");
    }
}
