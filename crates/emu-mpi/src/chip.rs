//! Which chip the emulator pretends to be, and the V2 encoder limits that follow from it.
//!
//! The chip comes from `ACLVENC_EMU_SOC` (`Ascend310`, `Ascend310P3` (default), `Ascend310B1`), read once.
//! Limits: validation-rules.md section F and rules MPI-NOT-SUPPORTED-CHIP, MPI-CHN-RANGE, MPI-VENC-PIC-RANGE,
//! MPI-JPEGE-CHN-RES.

use std::sync::OnceLock;

use aclvenc_emu_common::chip::ChipKind;

/// Environment variable naming the emulated SoC (the `aclrtGetSocName` spelling).
pub const SOC_ENV: &str = "ACLVENC_EMU_SOC";

/// The chip families the emulated driver knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chip {
    /// Ascend 310 (DVPP V100): no V2 encoder at all (MPI-NOT-SUPPORTED-CHIP).
    Ascend310,
    /// Ascend 310P (DVPP V200), the default.
    Ascend310P,
    /// Ascend 310B (Atlas 200I/500 A2).
    Ascend310B,
    /// Any other name (910, A2/A3 training parts): no V2 video encoder is emulated.
    Other,
}

/// An inclusive range of picture sizes, in pixels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DimRange {
    pub min: u32,
    pub max: u32,
}

impl DimRange {
    /// `true` when `min <= v <= max`.
    pub const fn contains(&self, v: u32) -> bool {
        v >= self.min && v <= self.max
    }
}

/// The V2 (`hi_mpi_venc`) limits of one chip.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct V2Limits {
    /// Channel ids are `[0, channels)`, shared by JPEGE and H.264/H.265 (MPI-CHN-RANGE: 256 on 310P, 128 on 310B).
    pub channels: i32,
    /// H.264/H.265 picture width and height range (MPI-VENC-PIC-RANGE: [128, 4096] on 310P, [114, 8192] on 310B).
    pub video: DimRange,
    /// Largest H.264 picture area in pixels (310P: 4096 x 2304).
    pub h264_max_area: Option<u64>,
    /// JPEGE picture width and height range (MPI-JPEGE-CHN-RES: [32, 8192] on 310P, [32, 16384] on 310B).
    pub jpeg: DimRange,
}

impl Chip {
    /// Parse an `aclrtGetSocName`-style name (case-insensitive).
    pub fn from_soc_name(name: &str) -> Chip {
        let n = name.trim().to_ascii_lowercase();
        match n.strip_prefix("ascend") {
            Some(r) if r.starts_with("310p") => Chip::Ascend310P,
            Some(r) if r.starts_with("310b") => Chip::Ascend310B,
            Some("310") => Chip::Ascend310,
            _ => Chip::Other,
        }
    }

    /// The V2 encoder limits, or `None` when the chip has no V2 encoder (310 and others).
    pub const fn v2_limits(self) -> Option<V2Limits> {
        match self {
            Chip::Ascend310P => Some(V2Limits {
                channels: 256,
                video: DimRange { min: 128, max: 4096 },
                h264_max_area: Some(4096 * 2304),
                jpeg: DimRange { min: 32, max: 8192 },
            }),
            Chip::Ascend310B => Some(V2Limits {
                channels: 128,
                video: DimRange { min: 114, max: 8192 },
                h264_max_area: None,
                jpeg: DimRange { min: 32, max: 16384 },
            }),
            Chip::Ascend310 | Chip::Other => None,
        }
    }
}

/// The emulated chip: the family of the driver-wide settings (`ACLVENC_EMU_SOC`, default Ascend310P3; parsed
/// once by `aclvenc_emu_common::settings`, so all three libraries agree).
pub fn current() -> Chip {
    static CHIP: OnceLock<Chip> = OnceLock::new();
    *CHIP.get_or_init(|| match aclvenc_emu_common::settings::get().chip {
        ChipKind::Ascend310 => Chip::Ascend310,
        ChipKind::Ascend310P => Chip::Ascend310P,
        ChipKind::Ascend310B => Chip::Ascend310B,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(Chip::from_soc_name("Ascend310P3"), Chip::Ascend310P);
        assert_eq!(Chip::from_soc_name("ascend310b1"), Chip::Ascend310B);
        assert_eq!(Chip::from_soc_name("Ascend310"), Chip::Ascend310);
        assert_eq!(Chip::from_soc_name("Ascend910B"), Chip::Other);
        assert!(Chip::Ascend310.v2_limits().is_none());
        assert_eq!(Chip::Ascend310B.v2_limits().map(|l| l.channels), Some(128));
    }
}
