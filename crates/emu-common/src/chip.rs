//! Per-chip limits and defaults of the video encoder, as the emulated driver applies them.
//!
//! Source: validation-rules.md section F (per-chip differences) and rules VENC-CHDESC-WIDTH-RANGE,
//! VENC-CHDESC-HEIGHT-RANGE, VENC-CHDESC-H264-AREA, VENC-CHDESC-RCMODE-*, VENC-CHDESC-SRCRATE-RANGE,
//! VENC-CHDESC-MAXBITRATE-*, VENC-CHDESC-IPPROP-*, VENC-CHDESC-BUF*, VENC-SEND-INPUT-SIZE-RANGE and
//! VENC-CHDESC-THREAD-LIMIT. Where the rules mark a 310B value as inferred (section H), the 310P value is used.

use std::fmt;

/// The chip family the emulator pretends to be (chosen by `ACLVENC_EMU_SOC`, see [`crate::settings`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChipKind {
    /// Ascend 310 (Atlas 200/300/500 inference), DVPP kernel V100.
    Ascend310,
    /// Ascend 310P (Atlas inference products), DVPP kernel V200.
    Ascend310P,
    /// Ascend 310B (Atlas 200I/500 A2).
    Ascend310B,
}

/// Rate-control mode a V1 channel uses when `rcMode` is 0 (rule VENC-CHDESC-RCMODE-DEFAULT).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DefaultRcMode {
    Cbr,
    Vbr,
}

/// An inclusive range `[min, max]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Range {
    pub min: u32,
    pub max: u32,
}

impl Range {
    /// `true` when `min <= v <= max`.
    pub const fn contains(&self, v: u32) -> bool {
        v >= self.min && v <= self.max
    }
}

impl fmt::Display for Range {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[{}, {}]", self.min, self.max)
    }
}

/// Everything that differs between chips for the encoder (section F of validation-rules.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChipLimits {
    pub kind: ChipKind,
    /// Input picture width range of a V1 channel, in pixels (VENC-CHDESC-WIDTH-RANGE).
    pub width: Range,
    /// Input picture height range of a V1 channel, in pixels (VENC-CHDESC-HEIGHT-RANGE).
    pub height: Range,
    /// Largest H.264 picture area in pixels, if the chip limits it (310P: 4096 x 2304, VENC-CHDESC-H264-AREA).
    pub h264_max_area: Option<u64>,
    /// Bit rate used when `maxBitRate` is 0, in kbit/s (310: 300, 310P/310B: 2000; VENC-CHDESC-MAXBITRATE-DEFAULT).
    pub default_bitrate_kbps: u32,
    /// Accepted non-zero `maxBitRate` values, in kbit/s (VENC-CHDESC-MAXBITRATE-RANGE).
    pub bitrate_kbps: Range,
    /// What `rcMode` 0 means (310: CBR, 310P/310B: VBR).
    pub default_rc: DefaultRcMode,
    /// Whether `aclvencSetChannelDescRcMode` rejects values above 2 with ACL_ERROR_INVALID_PARAM (310P/310B), or
    /// stores them unchecked (310) (VENC-CHDESC-RCMODE-RANGE).
    pub rc_mode_checked: bool,
    /// Accepted non-zero `srcRate` values, in frames/s (310: [1, 120], others [1, 240]); 0 means 30.
    pub src_rate: Range,
    /// Frame rate used when `srcRate` is 0, in frames/s.
    pub default_src_rate: u32,
    /// Whether the user may supply the output buffer (`BufAddr`/`BufSize`); on 310 those calls fail with
    /// ACL_ERROR_FEATURE_UNSUPPORTED (VENC-CHDESC-BUF-UNSUPPORTED).
    pub user_out_buffer: bool,
    /// Size of the channel's internal output buffer when the user gives none, in bytes
    /// (310: 3,686,400 = 1920 x 1920; 310P/310B: 8 MiB; D-BUFSIZE).
    pub default_out_buf_bytes: u32,
    /// Smallest `bufSize` accepted, in bytes (5 MiB on 310P/310B; VENC-CHDESC-BUFSIZE-MIN).
    pub min_out_buf_bytes: u32,
    /// Whether `ACL_VENC_MAX_IP_PROP_UINT32` is supported (310 only; otherwise ACL_ERROR_FEATURE_UNSUPPORTED).
    pub ip_prop_supported: bool,
    /// Whether `aclvencSendFrame` checks the input size against `[w*h*3/2, w*h*3)` (310 only,
    /// VENC-SEND-INPUT-SIZE-RANGE).
    pub send_checks_input_size: bool,
    /// Largest number of distinct threads that may be subscribed with `aclrtSubscribeReport` in one process
    /// (VENC-CHDESC-THREAD-LIMIT: 128 on 310, 1024 on 310P; 310B not documented, 1024 assumed).
    pub max_report_threads: u32,
    /// Number of V2 (`hi_mpi_venc`) channels, ids `[0, n)`, shared with JPEGE; `None` when the chip has no V2
    /// video encoder (310). Section F, D-MPI-CREATE.
    pub v2_channels: Option<u32>,
}

impl ChipKind {
    /// The limits and defaults of this chip.
    pub const fn limits(self) -> ChipLimits {
        match self {
            ChipKind::Ascend310 => ChipLimits {
                kind: self,
                width: Range { min: 128, max: 1920 },
                height: Range { min: 128, max: 1920 },
                h264_max_area: None,
                default_bitrate_kbps: 300,
                bitrate_kbps: Range { min: 10, max: 30_000 },
                default_rc: DefaultRcMode::Cbr,
                rc_mode_checked: false,
                src_rate: Range { min: 1, max: 120 },
                default_src_rate: 30,
                user_out_buffer: false,
                default_out_buf_bytes: 3_686_400,
                min_out_buf_bytes: 0,
                ip_prop_supported: true,
                send_checks_input_size: true,
                max_report_threads: 128,
                v2_channels: None,
            },
            ChipKind::Ascend310P => ChipLimits {
                width: Range { min: 128, max: 4096 },
                height: Range { min: 128, max: 4096 },
                h264_max_area: Some(4096 * 2304),
                v2_channels: Some(256),
                ..Self::v200_family(self)
            },
            ChipKind::Ascend310B => ChipLimits {
                width: Range { min: 114, max: 8192 },
                height: Range { min: 114, max: 8192 },
                h264_max_area: None,
                v2_channels: Some(128),
                ..Self::v200_family(self)
            },
        }
    }

    /// What 310P and 310B share (the DVPP V200 behaviour; section H: 310B is inferred to follow the 310P rules).
    /// The picture ranges, the H.264 area limit and the V2 channel count differ and are set by [`Self::limits`].
    const fn v200_family(kind: ChipKind) -> ChipLimits {
        ChipLimits {
            kind,
            width: Range { min: 128, max: 4096 },
            height: Range { min: 128, max: 4096 },
            h264_max_area: None,
            default_bitrate_kbps: 2000,
            bitrate_kbps: Range { min: 2, max: 614_400 },
            default_rc: DefaultRcMode::Vbr,
            rc_mode_checked: true,
            src_rate: Range { min: 1, max: 240 },
            default_src_rate: 30,
            user_out_buffer: true,
            default_out_buf_bytes: 8 * 1024 * 1024,
            min_out_buf_bytes: 5 * 1024 * 1024,
            ip_prop_supported: false,
            send_checks_input_size: false,
            max_report_threads: 1024,
            v2_channels: None,
        }
    }

    /// Parse an `aclrtGetSocName`-style name: `Ascend310P3` → 310P, `Ascend310B1` → 310B, `Ascend310` → 310.
    /// Case-insensitive; `None` for anything else (910 and friends have no video encoder).
    pub fn from_soc_name(name: &str) -> Option<ChipKind> {
        let n = name.trim().to_ascii_lowercase();
        let rest = n.strip_prefix("ascend")?;
        if rest.starts_with("310p") {
            Some(ChipKind::Ascend310P)
        } else if rest.starts_with("310b") {
            Some(ChipKind::Ascend310B)
        } else if rest == "310" {
            Some(ChipKind::Ascend310)
        } else {
            None
        }
    }

    /// The canonical SoC name reported by `aclrtGetSocName` for this family.
    pub const fn default_soc_name(self) -> &'static str {
        match self {
            ChipKind::Ascend310 => "Ascend310",
            ChipKind::Ascend310P => "Ascend310P3",
            ChipKind::Ascend310B => "Ascend310B1",
        }
    }
}

impl ChipLimits {
    /// The bit rate a V1 channel encodes at for a `maxBitRate` value (0 = default), in kbit/s.
    pub const fn effective_bitrate_kbps(&self, max_bit_rate: u32) -> u32 {
        if max_bit_rate == 0 {
            self.default_bitrate_kbps
        } else {
            max_bit_rate
        }
    }

    /// The frame rate a V1 channel encodes at for a `srcRate` value (0 = default), in frames/s.
    pub const fn effective_src_rate(&self, src_rate: u32) -> u32 {
        if src_rate == 0 {
            self.default_src_rate
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
        assert_eq!(ChipKind::from_soc_name("Ascend310"), Some(ChipKind::Ascend310));
        assert_eq!(ChipKind::from_soc_name("Ascend310P3"), Some(ChipKind::Ascend310P));
        assert_eq!(ChipKind::from_soc_name("ascend310b1"), Some(ChipKind::Ascend310B));
        assert_eq!(ChipKind::from_soc_name("Ascend910B"), None);
    }

    #[test]
    fn defaults_differ_per_chip() {
        assert_eq!(ChipKind::Ascend310.limits().default_bitrate_kbps, 300);
        assert_eq!(ChipKind::Ascend310P.limits().default_bitrate_kbps, 2000);
        assert_eq!(ChipKind::Ascend310.limits().default_rc, DefaultRcMode::Cbr);
        assert_eq!(ChipKind::Ascend310B.limits().default_rc, DefaultRcMode::Vbr);
    }
}
