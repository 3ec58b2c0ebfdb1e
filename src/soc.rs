//! The chip the per-chip rules apply to, and its limits (validation-rules.md section F).

use crate::config::Settings;

/// Chip families with different encoder rules.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Chip {
    /// Ascend 310 (DVPP V100): V1 only.
    Ascend310,
    /// Ascend 310P (DVPP V200).
    Ascend310P,
    /// Atlas 200I/500 A2 (310B).
    Ascend310B,
}

/// The chip and where the shim learned it.
#[derive(Clone, Copy, Debug)]
pub struct Soc {
    pub chip: Chip,
    /// `env ACLVENC_SHIM_SOC`, `aclrtGetSocName()` or `default`.
    pub source: &'static str,
}

/// An inclusive range of allowed values.
pub type Range = (u32, u32);

impl Soc {
    /// Chooses the chip: `ACLVENC_SHIM_SOC`, else the runtime's `aclrtGetSocName()`, else Ascend 310P.
    pub fn detect(settings: &Settings) -> Soc {
        if let Some(chip) = settings.soc.as_deref().and_then(Chip::parse) {
            return Soc { chip, source: "env ACLVENC_SHIM_SOC" };
        }
        if let Some(chip) = crate::resolve::runtime_soc_name().as_deref().and_then(Chip::parse) {
            return Soc { chip, source: "aclrtGetSocName()" };
        }
        Soc { chip: Chip::Ascend310P, source: "default" }
    }

    pub fn name(self) -> &'static str {
        match self.chip {
            Chip::Ascend310 => "Ascend310",
            Chip::Ascend310P => "Ascend310P3",
            Chip::Ascend310B => "Ascend310B1",
        }
    }

    /// V1 picture width and height range in pixels (VENC-CHDESC-WIDTH-RANGE, -HEIGHT-RANGE).
    pub fn v1_dims(self) -> Range {
        match self.chip {
            Chip::Ascend310 => (128, 1920),
            Chip::Ascend310P => (128, 4096),
            Chip::Ascend310B => (114, 8192),
        }
    }

    /// V1 source frame rate range in frames/s; 0 means the default 30 (VENC-CHDESC-SRCRATE-RANGE).
    pub fn v1_src_rate(self) -> Range {
        match self.chip {
            Chip::Ascend310 => (1, 120),
            _ => (1, 240),
        }
    }

    /// V1 maximum bit rate range in kbit/s; 0 means the default (VENC-CHDESC-MAXBITRATE-RANGE).
    pub fn v1_max_bit_rate(self) -> Range {
        match self.chip {
            Chip::Ascend310 => (10, 30000),
            _ => (2, 614400),
        }
    }

    /// Whether the app may supply the V1 output buffer (VENC-CHDESC-BUF-UNSUPPORTED: not on 310).
    pub fn v1_user_out_buffer(self) -> bool {
        self.chip != Chip::Ascend310
    }

    /// Whether hi_mpi_venc H.264/H.265/JPEG exists on the chip (MPI-NOT-SUPPORTED-CHIP).
    pub fn has_v2(self) -> bool {
        self.chip != Chip::Ascend310
    }

    /// Number of V2 channel ids, `[0, n)` (MPI-CHN-RANGE).
    pub fn v2_channels(self) -> i32 {
        match self.chip {
            Chip::Ascend310B => 128,
            _ => 256,
        }
    }

    /// V2 H.264/H.265 picture size range in pixels (MPI-VENC-PIC-RANGE).
    pub fn v2_video_dims(self) -> Range {
        match self.chip {
            Chip::Ascend310B => (114, 8192),
            _ => (128, 4096),
        }
    }

    /// Largest H.264 picture area on the chip, in pixels (310P: 4096 x 2304).
    pub fn h264_max_area(self) -> Option<u64> {
        (self.chip == Chip::Ascend310P).then_some(4096 * 2304)
    }

    /// V2 JPEG picture size range in pixels (MPI-JPEGE-CHN-RES).
    pub fn v2_jpeg_dims(self) -> Range {
        match self.chip {
            Chip::Ascend310B => (32, 16384),
            _ => (32, 8192),
        }
    }
}

impl Chip {
    /// `Ascend310`, `Ascend310P3`, `Ascend310B1`, ... (case-insensitive prefix match on the SoC name).
    pub fn parse(name: &str) -> Option<Chip> {
        let n = name.trim().to_ascii_lowercase();
        if n.starts_with("ascend310p") {
            Some(Chip::Ascend310P)
        } else if n.starts_with("ascend310b") {
            Some(Chip::Ascend310B)
        } else if n.starts_with("ascend310") {
            Some(Chip::Ascend310)
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_soc_names() {
        assert_eq!(Chip::parse("Ascend310P3"), Some(Chip::Ascend310P));
        assert_eq!(Chip::parse("Ascend310B4"), Some(Chip::Ascend310B));
        assert_eq!(Chip::parse("Ascend310"), Some(Chip::Ascend310));
        assert_eq!(Chip::parse("Ascend910B"), None);
    }
}
