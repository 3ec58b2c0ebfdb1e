//! H.264 sequence parameter sets, read with the `h264-reader` crate (`SeqParameterSet::from_bits`, H.264 7.3.2.1).

use h264_reader::nal::sps::SeqParameterSet;
use h264_reader::nal::{Nal, RefNal};

/// The fields of an H.264 SPS the checks use.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Sps {
    /// `profile_idc`: 66 Baseline, 77 Main, 88 Extended, 100 High, ...
    pub profile_idc: u8,
    /// `constraint_set0_flag`..`constraint_set5_flag` and the two reserved bits, as the byte in the SPS.
    pub constraint_flags: u8,
    /// `level_idc`: 10 x the level (level 4.1 = 41).
    pub level_idc: u8,
    /// `seq_parameter_set_id` (0..=31).
    pub sps_id: u8,
    /// The coded size in pixels: (`pic_width_in_mbs_minus1` + 1) x 16 by the frame height in macroblocks x 16.
    pub coded_size: (u32, u32),
    /// The output size in pixels: the coded size less the frame cropping (H.264 7.4.2.1.1).
    pub cropped_size: (u32, u32),
}

impl Sps {
    /// Parses an SPS NAL unit: `nal` is escaped and starts with its 1-byte NAL header (no start code). The error
    /// is `h264-reader`'s description of what is wrong.
    pub fn parse(nal: &[u8]) -> Result<Sps, String> {
        if nal.first().map(|&h| crate::annexb::nal_type(crate::Codec::H264, h)) != Some(crate::annexb::h264_type::SPS) {
            return Err("not an SPS NAL unit (type 7)".into());
        }
        let sps = SeqParameterSet::from_bits(RefNal::new(nal, &[], true).rbsp_bits()).map_err(|e| format!("{e:?}"))?;
        let cropped_size = sps.pixel_dimensions().map_err(|e| format!("{e:?}"))?;
        let mbs_height = match sps.frame_mbs_flags {
            h264_reader::nal::sps::FrameMbsFlags::Frames => 1,
            h264_reader::nal::sps::FrameMbsFlags::Fields { .. } => 2,
        };
        Ok(Sps {
            profile_idc: sps.profile_idc.into(),
            constraint_flags: sps.constraint_flags.into(),
            level_idc: sps.level_idc,
            sps_id: sps.seq_parameter_set_id.id(),
            coded_size: (
                sps.pic_width_in_mbs().saturating_mul(16),
                sps.pic_height_in_map_units().saturating_mul(16 * mbs_height),
            ),
            cropped_size,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_real_x264_sps() {
        // x264's SPS of a 1920x1080 High profile stream: 1920x1088 coded, 8 rows cropped.
        let nal = [
            0x67, 0x64, 0x00, 0x28, 0xac, 0xd9, 0x40, 0x78, 0x02, 0x27, 0xe5, 0xc0, 0x44, 0x00, 0x00, 0x03, 0x00, 0x04,
            0x00, 0x00, 0x03, 0x00, 0xc8, 0x3c, 0x60, 0xc6, 0x58,
        ];
        let sps = Sps::parse(&nal).unwrap();
        assert_eq!((sps.profile_idc, sps.level_idc), (100, 40));
        assert_eq!(sps.coded_size, (1920, 1088));
        assert_eq!(sps.cropped_size, (1920, 1080));
        assert!(Sps::parse(&nal[..6]).is_err());
        assert!(Sps::parse(&[0x68, 0xeb]).is_err());
    }
}
