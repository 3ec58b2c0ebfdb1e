//! H.265 NAL unit header (H.265 7.3.1.2) and the start of the sequence parameter set (7.3.2.2) up to the bit
//! depths: profile_tier_level (7.3.3), the picture size, the conformance window and chroma_format_idc. Our own
//! parser: the Rust HEVC crates parse the whole SPS (VUI, extensions) and fail on what they do not model, and
//! only this prefix is needed. Reads the escaped NAL unit directly (emulation prevention bytes skipped as read).

use crate::bits::{BitsError, RbspBits};

/// The 2-byte H.265 NAL unit header.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct NalHeader {
    /// `nal_unit_type` (6 bits).
    pub nal_unit_type: u8,
    /// `nuh_layer_id` (6 bits); 0 for the base layer.
    pub layer_id: u8,
    /// `nuh_temporal_id_plus1` - 1 (0..=6).
    pub temporal_id: u8,
}

impl NalHeader {
    /// Parses the first two bytes of `nal`; `None` if it is shorter, the forbidden_zero_bit is set or
    /// nuh_temporal_id_plus1 is 0.
    pub fn parse(nal: &[u8]) -> Option<NalHeader> {
        let (&b0, &b1) = (nal.first()?, nal.get(1)?);
        let temporal_id_plus1 = b1 & 0x07;
        if b0 & 0x80 != 0 || temporal_id_plus1 == 0 {
            return None;
        }
        Some(NalHeader {
            nal_unit_type: (b0 >> 1) & 0x3f,
            layer_id: ((b0 & 1) << 5) | (b1 >> 3),
            temporal_id: temporal_id_plus1 - 1,
        })
    }
}

/// Why an SPS could not be read.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SpsError {
    /// The NAL header is malformed or the NAL unit is not an SPS (type 33).
    NotSps,
    /// The NAL unit ends before the picture size and bit depths.
    Truncated,
    /// nuh_layer_id is not 0: the SPS of a multi-layer extension layer (F.7.3.2.2.1), which starts differently.
    NotBaseLayer,
    /// A field holds a value the spec does not allow: its name.
    Invalid(&'static str),
}

impl std::fmt::Display for SpsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SpsError::NotSps => f.write_str("not an SPS NAL unit (type 33) with a valid header"),
            SpsError::Truncated => f.write_str("the NAL unit ends before the picture size and bit depths"),
            SpsError::NotBaseLayer => f.write_str("nuh_layer_id is not 0 (a multi-layer extension SPS)"),
            SpsError::Invalid(what) => write!(f, "{what}"),
        }
    }
}

impl std::error::Error for SpsError {}

impl From<BitsError> for SpsError {
    fn from(e: BitsError) -> Self {
        match e {
            BitsError::End => SpsError::Truncated,
            BitsError::UeTooLong => SpsError::Invalid("an Exp-Golomb value longer than 32 bits"),
        }
    }
}

/// The conformance window offsets, in chroma sample units (multiply by SubWidthC / SubHeightC for luma).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct ConformanceWindow {
    /// `conf_win_left_offset`.
    pub left: u32,
    /// `conf_win_right_offset`.
    pub right: u32,
    /// `conf_win_top_offset`.
    pub top: u32,
    /// `conf_win_bottom_offset`.
    pub bottom: u32,
}

/// The fields of an H.265 SPS the checks use.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Sps {
    /// `sps_video_parameter_set_id`.
    pub vps_id: u8,
    /// `sps_max_sub_layers_minus1` + 1 (1..=7).
    pub max_sub_layers: u8,
    /// `general_profile_space` (0 for every profile of the spec).
    pub profile_space: u8,
    /// `general_tier_flag`: false Main tier, true High tier.
    pub high_tier: bool,
    /// `general_profile_idc`: 1 Main, 2 Main 10, 3 Main Still Picture, 4 range extensions.
    pub profile_idc: u8,
    /// `general_profile_compatibility_flag[j]`, bit j at `1 << j`.
    pub profile_compatibility: u32,
    /// `general_level_idc`: 30 x the level (level 4.1 = 123).
    pub level_idc: u8,
    /// `sps_seq_parameter_set_id` (0..=15).
    pub sps_id: u32,
    /// `chroma_format_idc`: 0 monochrome, 1 4:2:0, 2 4:2:2, 3 4:4:4.
    pub chroma_format_idc: u32,
    /// `separate_colour_plane_flag` (4:4:4 only).
    pub separate_colour_plane: bool,
    /// `pic_width_in_luma_samples`: the coded width, in pixels.
    pub pic_width: u32,
    /// `pic_height_in_luma_samples`: the coded height, in pixels.
    pub pic_height: u32,
    /// The conformance window, when `conformance_window_flag` is set.
    pub conformance_window: Option<ConformanceWindow>,
    /// `bit_depth_luma_minus8` + 8.
    pub bit_depth_luma: u32,
    /// `bit_depth_chroma_minus8` + 8.
    pub bit_depth_chroma: u32,
}

/// Skips profile_tier_level(1, max_sub_layers_minus1) after its general part (H.265 7.3.3).
fn skip_sub_layers(r: &mut RbspBits<'_>, max_sub_layers_minus1: u32) -> Result<(), SpsError> {
    let mut present = [(false, false); 7];
    for p in present.iter_mut().take(max_sub_layers_minus1 as usize) {
        *p = (r.bit()?, r.bit()?);
    }
    if max_sub_layers_minus1 > 0 {
        r.skip(2 * (8 - max_sub_layers_minus1))?; // reserved_zero_2bits
    }
    for &(profile, level) in present.iter().take(max_sub_layers_minus1 as usize) {
        if profile {
            r.skip(88)?;
        }
        if level {
            r.skip(8)?;
        }
    }
    Ok(())
}

impl Sps {
    /// Parses an SPS NAL unit: `nal` is escaped and starts with the 2-byte NAL header (no start code).
    pub fn parse(nal: &[u8]) -> Result<Sps, SpsError> {
        let header = NalHeader::parse(nal).ok_or(SpsError::NotSps)?;
        if header.nal_unit_type != crate::annexb::h265_type::SPS {
            return Err(SpsError::NotSps);
        }
        if header.layer_id != 0 {
            return Err(SpsError::NotBaseLayer);
        }
        let r = &mut RbspBits::new(&nal[2..]);
        let vps_id = r.bits(4)? as u8;
        let max_sub_layers_minus1 = r.bits(3)?;
        if max_sub_layers_minus1 > 6 {
            return Err(SpsError::Invalid("sps_max_sub_layers_minus1 is 7 (at most 6)"));
        }
        r.skip(1)?; // sps_temporal_id_nesting_flag
        let profile_space = r.bits(2)? as u8;
        let high_tier = r.bit()?;
        let profile_idc = r.bits(5)? as u8;
        let profile_compatibility = r.bits(32)?.reverse_bits();
        r.skip(4 + 43 + 1)?; // source flags, constraint flags, general_inbld_flag / reserved
        let level_idc = r.bits(8)? as u8;
        skip_sub_layers(r, max_sub_layers_minus1)?;
        let sps_id = r.ue()?;
        if sps_id > 15 {
            return Err(SpsError::Invalid("sps_seq_parameter_set_id is above 15"));
        }
        let chroma_format_idc = r.ue()?;
        if chroma_format_idc > 3 {
            return Err(SpsError::Invalid("chroma_format_idc is above 3"));
        }
        let separate_colour_plane = chroma_format_idc == 3 && r.bit()?;
        let pic_width = r.ue()?;
        let pic_height = r.ue()?;
        if pic_width == 0 || pic_height == 0 {
            return Err(SpsError::Invalid("pic_width_in_luma_samples or pic_height_in_luma_samples is 0"));
        }
        let conformance_window = if r.bit()? {
            Some(ConformanceWindow { left: r.ue()?, right: r.ue()?, top: r.ue()?, bottom: r.ue()? })
        } else {
            None
        };
        let bit_depth_luma = r.ue()?.saturating_add(8);
        let bit_depth_chroma = r.ue()?.saturating_add(8);
        if bit_depth_luma > 16 || bit_depth_chroma > 16 {
            return Err(SpsError::Invalid("bit_depth_luma_minus8 or bit_depth_chroma_minus8 is above 8"));
        }
        let sps = Sps {
            vps_id,
            max_sub_layers: max_sub_layers_minus1 as u8 + 1,
            profile_space,
            high_tier,
            profile_idc,
            profile_compatibility,
            level_idc,
            sps_id,
            chroma_format_idc,
            separate_colour_plane,
            pic_width,
            pic_height,
            conformance_window,
            bit_depth_luma,
            bit_depth_chroma,
        };
        sps.cropped_size().ok_or(SpsError::Invalid("the conformance window is larger than the picture"))?;
        Ok(sps)
    }

    /// SubWidthC and SubHeightC (H.265 Table 6-1): 2, 2 for 4:2:0; 2, 1 for 4:2:2; 1, 1 otherwise.
    pub fn chroma_subsampling(&self) -> (u32, u32) {
        match (self.chroma_format_idc, self.separate_colour_plane) {
            (1, _) => (2, 2),
            (2, _) => (2, 1),
            _ => (1, 1),
        }
    }

    /// The output picture size in pixels: the coded size less the conformance window (H.265 7.4.3.2.1); `None`
    /// when the window is larger than the picture.
    pub fn cropped_size(&self) -> Option<(u32, u32)> {
        let Some(w) = self.conformance_window else {
            return Some((self.pic_width, self.pic_height));
        };
        let (sw, sh) = self.chroma_subsampling();
        let width = self.pic_width.checked_sub(w.left.checked_add(w.right)?.checked_mul(sw)?)?;
        let height = self.pic_height.checked_sub(w.top.checked_add(w.bottom)?.checked_mul(sh)?)?;
        (width > 0 && height > 0).then_some((width, height))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A bit writer that inserts emulation prevention bytes, to build SPS NAL units.
    struct Writer {
        bits: Vec<bool>,
    }

    impl Writer {
        fn u(&mut self, n: u32, v: u64) -> &mut Self {
            for i in (0..n).rev() {
                self.bits.push(v.checked_shr(i).unwrap_or(0) & 1 == 1);
            }
            self
        }
        fn ue(&mut self, v: u32) -> &mut Self {
            let x = u64::from(v) + 1;
            let len = 64 - x.leading_zeros();
            self.u(len - 1, 0).u(len, x)
        }
        /// The NAL unit: header, escaped RBSP with the stop bit.
        fn nal(&mut self, header: [u8; 2]) -> Vec<u8> {
            self.bits.push(true);
            while self.bits.len() % 8 != 0 {
                self.bits.push(false);
            }
            let mut out = header.to_vec();
            let mut zeros = 0;
            for byte in self.bits.chunks(8) {
                let b = byte.iter().fold(0u8, |a, &bit| (a << 1) | u8::from(bit));
                if zeros >= 2 && b <= 3 {
                    out.push(3);
                    zeros = 0;
                }
                zeros = if b == 0 { zeros + 1 } else { 0 };
                out.push(b);
            }
            out
        }
    }

    /// An SPS with `sub_layers_minus1` sub-layers (each with profile and level), 4:2:0, the given size and window.
    fn sps(sub_layers_minus1: u32, width: u32, height: u32, window: Option<[u32; 4]>) -> Vec<u8> {
        let mut w = Writer { bits: Vec::new() };
        w.u(4, 0).u(3, sub_layers_minus1.into()).u(1, 1);
        // general: space 0, tier 0, profile 2 (Main 10), compatibility flags 1 and 2, 48 zero flag bits, level 93.
        w.u(2, 0).u(1, 0).u(5, 2).u(32, 0x6000_0000).u(48, 0).u(8, 93);
        for _ in 0..sub_layers_minus1 {
            w.u(2, 0b11);
        }
        if sub_layers_minus1 > 0 {
            w.u(2 * (8 - sub_layers_minus1), 0);
        }
        for _ in 0..sub_layers_minus1 {
            w.u(88, 0).u(8, 90);
        }
        w.ue(0).ue(1).ue(width).ue(height);
        match window {
            Some([l, r, t, b]) => w.u(1, 1).ue(l).ue(r).ue(t).ue(b),
            None => w.u(1, 0),
        };
        w.ue(2).ue(2);
        w.nal([0x42, 0x01])
    }

    #[test]
    fn reads_size_window_and_profile_past_sub_layers() {
        for sub_layers in [0, 1, 3, 6] {
            let nal = sps(sub_layers, 1920, 1088, Some([0, 0, 0, 4]));
            let s = Sps::parse(&nal).unwrap();
            assert_eq!((s.max_sub_layers, s.profile_idc, s.level_idc), (sub_layers as u8 + 1, 2, 93));
            assert_eq!(s.profile_compatibility, 0b110);
            assert_eq!((s.pic_width, s.pic_height, s.bit_depth_luma), (1920, 1088, 10));
            assert_eq!(s.cropped_size(), Some((1920, 1080)));
        }
        assert_eq!(Sps::parse(&sps(0, 64, 64, None)).unwrap().cropped_size(), Some((64, 64)));
    }

    #[test]
    fn escaped_sps_is_read_through_emulation_prevention() {
        // The zero constraint flags make 00 00 runs, so the writer had to insert 03 bytes.
        let nal = sps(0, 1280, 720, None);
        assert!(nal.windows(3).any(|w| w == [0, 0, 3]), "{nal:02x?}");
        assert_eq!(Sps::parse(&nal).unwrap().cropped_size(), Some((1280, 720)));
    }

    #[test]
    fn refuses_what_is_not_a_valid_sps() {
        assert_eq!(Sps::parse(&[0x40, 0x01, 0x0c]), Err(SpsError::NotSps)); // a VPS
        assert_eq!(Sps::parse(&[0xc2, 0x01, 0x0c]), Err(SpsError::NotSps)); // forbidden_zero_bit
        let nal = sps(0, 1920, 1080, None);
        assert_eq!(Sps::parse(&nal[..10]), Err(SpsError::Truncated));
        assert!(matches!(Sps::parse(&sps(0, 0, 1080, None)), Err(SpsError::Invalid(_))));
        assert!(matches!(Sps::parse(&sps(0, 64, 64, Some([0, 0, 40, 0]))), Err(SpsError::Invalid(_))));
        assert_eq!(NalHeader::parse(&[0x40, 0x00]), None); // temporal_id_plus1 0
        assert_eq!(NalHeader::parse(&[0x26, 0x01]), Some(NalHeader { nal_unit_type: 19, layer_id: 0, temporal_id: 0 }));
    }
}
