//! The chip the per-chip rules apply to. Its limits come from the one per-chip table, `aclvenc-chip` (shared with
//! the emulated driver; each value there names its rule ID and source); this module only chooses the chip and
//! gives the rules the values in the shape they use.

pub use aclvenc_chip::Chip;

use crate::config::Settings;

/// The chip and where the shim learned it.
#[derive(Clone, Copy, Debug)]
pub struct Soc {
    pub chip: Chip,
    /// `env ACLVENC_SHIM_SOC`, `aclrtGetSocName()` or `default`.
    pub source: &'static str,
}

/// An inclusive range of allowed values.
pub type Range = (u32, u32);

fn pair(r: aclvenc_chip::Range) -> Range {
    (r.min, r.max)
}

impl Soc {
    /// Chooses the chip: `ACLVENC_SHIM_SOC`, else the runtime's `aclrtGetSocName()`, else Ascend 310P.
    /// `runtime_soc` is what the resolved runtime's `aclrtGetSocName()` said.
    pub fn detect(settings: &Settings, runtime_soc: Option<String>) -> Soc {
        if let Some(chip) = settings.soc.as_deref().and_then(Chip::from_soc_name) {
            return Soc { chip, source: "env ACLVENC_SHIM_SOC" };
        }
        if let Some(chip) = runtime_soc.as_deref().and_then(Chip::from_soc_name) {
            return Soc { chip, source: "aclrtGetSocName()" };
        }
        Soc { chip: Chip::Ascend310P, source: "default" }
    }

    /// The chip's usual `aclrtGetSocName()` name (`Ascend310`, `Ascend310P3`, `Ascend310B1`).
    pub fn name(self) -> &'static str {
        self.chip.soc_name()
    }

    /// The chip's limits.
    pub fn limits(self) -> &'static aclvenc_chip::Limits {
        self.chip.limits()
    }

    /// V1 picture width and height range in pixels (VENC-CHDESC-WIDTH-RANGE, -HEIGHT-RANGE).
    pub fn v1_dims(self) -> Range {
        pair(self.limits().v1_dims)
    }

    /// V1 source frame rate range in frames/s; 0 means the default 30 (VENC-CHDESC-SRCRATE-RANGE).
    pub fn v1_src_rate(self) -> Range {
        pair(self.limits().v1_src_rate)
    }

    /// V1 maximum bit rate range in kbit/s; 0 means the default (VENC-CHDESC-MAXBITRATE-RANGE).
    pub fn v1_max_bit_rate(self) -> Range {
        pair(self.limits().v1_bit_rate_kbps)
    }

    /// Whether the app may supply the V1 output buffer (VENC-CHDESC-BUF-UNSUPPORTED: not on 310).
    pub fn v1_user_out_buffer(self) -> bool {
        self.limits().v1_user_out_buffer
    }

    /// Whether hi_mpi_venc H.264/H.265/JPEG exists on the chip (MPI-NOT-SUPPORTED-CHIP).
    pub fn has_v2(self) -> bool {
        self.limits().v2.is_some()
    }

    /// The V2 limits; on a chip without a V2 encoder the 310P ones, so that a call there is reported once, as
    /// MPI-NOT-SUPPORTED-CHIP, and not again for its values.
    fn v2(self) -> aclvenc_chip::V2Limits {
        self.limits().v2.unwrap_or(aclvenc_chip::ASCEND310P_V2)
    }

    /// Number of V2 channel ids, `[0, n)` (MPI-CHN-RANGE).
    pub fn v2_channels(self) -> i32 {
        self.v2().channels as i32
    }

    /// V2 H.264/H.265 picture size range in pixels (MPI-VENC-PIC-RANGE).
    pub fn v2_video_dims(self) -> Range {
        pair(self.v2().video_dims)
    }

    /// Largest H.264 picture area on the chip, in pixels (310P: 4096 x 2304).
    pub fn h264_max_area(self) -> Option<u64> {
        self.limits().h264_max_area
    }

    /// V2 JPEG picture size range in pixels (MPI-JPEGE-CHN-RES).
    pub fn v2_jpeg_dims(self) -> Range {
        pair(self.v2().jpeg_dims)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_come_from_the_chip_table() {
        let soc = |chip| Soc { chip, source: "test" };
        assert_eq!(soc(Chip::Ascend310).v1_dims(), (128, 1920));
        assert_eq!(soc(Chip::Ascend310B).v2_video_dims(), (114, 8192));
        assert_eq!(soc(Chip::Ascend310P).v2_channels(), 256);
        assert!(!soc(Chip::Ascend310).has_v2());
        assert_eq!(soc(Chip::Ascend310P).name(), "Ascend310P3");
    }
}
