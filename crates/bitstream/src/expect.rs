//! What a channel was configured with: the codec, the picture size, the IDR interval and the profile, mapped from
//! the vendor's V1 (`aclvencSetChannelDesc*`) and V2 (`hi_venc_chn_attr`) values.

/// The bitstream a channel makes.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Codec {
    /// H.264 / AVC, an Annex B byte stream (ITU-T H.264 Annex B).
    H264,
    /// H.265 / HEVC, an Annex B byte stream (ITU-T H.265 Annex B).
    H265,
    /// Baseline JPEG, one complete JFIF picture per output (ITU-T T.81).
    Jpeg,
}

impl Codec {
    /// The codec of a V1 `acldvppStreamFormat` enType: 0 H265_MAIN_LEVEL, 1..=3 H264_{BASELINE,MAIN,HIGH}_LEVEL
    /// (`abi/abi-facts.md`, rule VENC-CHDESC-ENTYPE); `None` for any other value.
    pub fn from_v1_en_type(en_type: u32) -> Option<Codec> {
        Profile::from_v1_en_type(en_type).map(Profile::codec)
    }

    /// The codec of a V2 `hi_payload_type`: HI_PT_H264 = 96, HI_PT_H265 = 265, HI_PT_JPEG = 26 and
    /// HI_PT_MJPEG = 1002 (`abi/abi-facts.md`); `None` for any other value.
    pub fn from_v2_payload_type(payload_type: u32) -> Option<Codec> {
        match payload_type {
            96 => Some(Codec::H264),
            265 => Some(Codec::H265),
            26 | 1002 => Some(Codec::Jpeg),
            _ => None,
        }
    }

    /// `"H.264"`, `"H.265"` or `"JPEG"`.
    pub fn name(self) -> &'static str {
        match self {
            Codec::H264 => "H.264",
            Codec::H265 => "H.265",
            Codec::Jpeg => "JPEG",
        }
    }

    /// Whether the output is an Annex B byte stream of NAL units (H.264, H.265).
    pub fn is_annexb(self) -> bool {
        matches!(self, Codec::H264 | Codec::H265)
    }
}

/// The profile a channel asked for. The vendor's outputs are H.264 Baseline/Main/High and H.265 Main
/// (`docs/validation-rules.md`, MPI-VENC-PROFILE); the V2 header also lists H.265 Main 10.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Profile {
    /// H.264 Baseline (profile_idc 66; Constrained Baseline is 66 too).
    H264Baseline,
    /// H.264 Main (profile_idc 77).
    H264Main,
    /// H.264 High (profile_idc 100).
    H264High,
    /// H.265 Main (general_profile_idc 1).
    H265Main,
    /// H.265 Main 10 (general_profile_idc 2).
    H265Main10,
}

impl Profile {
    /// The profile of a V1 `acldvppStreamFormat` enType: 0 H265_MAIN_LEVEL, 1 H264_BASELINE_LEVEL,
    /// 2 H264_MAIN_LEVEL, 3 H264_HIGH_LEVEL (`docs/validation-rules.md`, VENC-CHDESC-ENTYPE); `None` otherwise.
    pub fn from_v1_en_type(en_type: u32) -> Option<Profile> {
        match en_type {
            0 => Some(Profile::H265Main),
            1 => Some(Profile::H264Baseline),
            2 => Some(Profile::H264Main),
            3 => Some(Profile::H264High),
            _ => None,
        }
    }

    /// The profile of a V2 `hi_venc_attr.profile` for `codec`: H.264 0 baseline, 1 main, 2 high; H.265 0 main,
    /// 1 main 10 (`docs/validation-rules.md`, MPI-VENC-PROFILE). `None` for other values (H.264 3 = SVC-T has no
    /// single profile_idc) and for JPEG (baseline only, not carried in a parameter set).
    pub fn from_v2(codec: Codec, profile: u32) -> Option<Profile> {
        match (codec, profile) {
            (Codec::H264, 0) => Some(Profile::H264Baseline),
            (Codec::H264, 1) => Some(Profile::H264Main),
            (Codec::H264, 2) => Some(Profile::H264High),
            (Codec::H265, 0) => Some(Profile::H265Main),
            (Codec::H265, 1) => Some(Profile::H265Main10),
            _ => None,
        }
    }

    /// The codec the profile belongs to.
    pub fn codec(self) -> Codec {
        match self {
            Profile::H264Baseline | Profile::H264Main | Profile::H264High => Codec::H264,
            Profile::H265Main | Profile::H265Main10 => Codec::H265,
        }
    }

    /// The SPS value that carries it: H.264 `profile_idc` (66, 77, 100) or H.265 `general_profile_idc` (1, 2).
    pub fn profile_idc(self) -> u8 {
        match self {
            Profile::H264Baseline => 66,
            Profile::H264Main => 77,
            Profile::H264High => 100,
            Profile::H265Main => 1,
            Profile::H265Main10 => 2,
        }
    }

    /// Its name, such as `"H.264 High"`.
    pub fn name(self) -> &'static str {
        match self {
            Profile::H264Baseline => "H.264 Baseline",
            Profile::H264Main => "H.264 Main",
            Profile::H264High => "H.264 High",
            Profile::H265Main => "H.265 Main",
            Profile::H265Main10 => "H.265 Main 10",
        }
    }
}

/// The name of an SPS profile_idc of `codec`, for messages (`"High"`, `"Main 10"`, or `"unknown"`).
pub(crate) fn profile_idc_name(codec: Codec, idc: u8) -> &'static str {
    match (codec, idc) {
        (Codec::H264, 66) => "Baseline",
        (Codec::H264, 77) => "Main",
        (Codec::H264, 88) => "Extended",
        (Codec::H264, 100) => "High",
        (Codec::H264, 110) => "High 10",
        (Codec::H264, 122) => "High 4:2:2",
        (Codec::H264, 244) => "High 4:4:4 Predictive",
        (Codec::H265, 1) => "Main",
        (Codec::H265, 2) => "Main 10",
        (Codec::H265, 3) => "Main Still Picture",
        (Codec::H265, 4) => "Format Range Extensions",
        _ => "unknown",
    }
}

/// What the channel was configured with; a check whose value is not known is skipped.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Expect {
    /// The channel's codec (V1 enType, V2 `venc_attr.type`). Every pack of the channel is read as this codec.
    pub codec: Codec,
    /// Picture width in pixels (V1 picWidth, V2 `pic_width`); 0 = not known, the size is not checked.
    pub width: u32,
    /// Picture height in pixels (V1 picHeight, V2 `pic_height`); 0 = not known, the size is not checked.
    pub height: u32,
    /// Distance between IDR pictures, in pictures (V1 keyFrameInterval, V2 rate-control `gop`; for the V2 SMARTP
    /// GOP modes the IDR interval is `bg_interval`). `None` or `Some(0)`: not checked (STREAM-IDR-INTERVAL).
    pub gop: Option<u32>,
    /// The profile asked for; `None`: not checked (STREAM-SPS-PROFILE).
    pub profile: Option<Profile>,
}

impl Expect {
    /// A channel of `codec` with the picture size `width` x `height` and nothing else known.
    pub fn new(codec: Codec, width: u32, height: u32) -> Expect {
        Expect { codec, width, height, gop: None, profile: None }
    }

    /// The same with the IDR interval `gop`.
    pub fn with_gop(self, gop: u32) -> Expect {
        Expect { gop: Some(gop), ..self }
    }

    /// The same with the profile asked for.
    pub fn with_profile(self, profile: Profile) -> Expect {
        Expect { profile: Some(profile), ..self }
    }

    /// The picture size to check against, when both sides are known.
    pub(crate) fn size(&self) -> Option<(u32, u32)> {
        (self.width != 0 && self.height != 0).then_some((self.width, self.height))
    }

    /// The IDR interval to check against (>= 1), when known.
    pub(crate) fn gop(&self) -> Option<u32> {
        self.gop.filter(|&g| g > 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vendor_values_map_onto_profiles() {
        assert_eq!(Profile::from_v1_en_type(0), Some(Profile::H265Main));
        assert_eq!(Profile::from_v1_en_type(3), Some(Profile::H264High));
        assert_eq!(Profile::from_v1_en_type(4), None);
        assert_eq!(Codec::from_v1_en_type(2), Some(Codec::H264));
        assert_eq!(Profile::from_v2(Codec::H264, 0), Some(Profile::H264Baseline));
        assert_eq!(Profile::from_v2(Codec::H264, 3), None);
        assert_eq!(Profile::from_v2(Codec::H265, 1), Some(Profile::H265Main10));
        assert_eq!(Profile::from_v2(Codec::Jpeg, 0), None);
        assert_eq!(Codec::from_v2_payload_type(265), Some(Codec::H265));
        assert_eq!(Codec::from_v2_payload_type(1002), Some(Codec::Jpeg));
        assert_eq!(Codec::from_v2_payload_type(0), None);
        for p in [Profile::H264Baseline, Profile::H264Main, Profile::H264High, Profile::H265Main, Profile::H265Main10] {
            assert_ne!(profile_idc_name(p.codec(), p.profile_idc()), "unknown", "{p:?}");
        }
    }
}
