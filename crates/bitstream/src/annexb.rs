//! Annex B byte streams (ITU-T H.264 Annex B, H.265 Annex B): start codes, NAL unit headers and types, and the
//! split of a stream into access units (one coded picture each).

use crate::Codec;

/// H.264 `nal_unit_type` values (H.264 Table 7-1).
pub mod h264_type {
    /// Coded slice of a non-IDR picture.
    pub const SLICE: u8 = 1;
    /// Coded slice of an IDR picture.
    pub const IDR: u8 = 5;
    /// Supplemental enhancement information.
    pub const SEI: u8 = 6;
    /// Sequence parameter set.
    pub const SPS: u8 = 7;
    /// Picture parameter set.
    pub const PPS: u8 = 8;
    /// Access unit delimiter.
    pub const AUD: u8 = 9;
    /// Subset sequence parameter set (SVC, MVC).
    pub const SUBSET_SPS: u8 = 15;
}

/// H.265 `nal_unit_type` values (H.265 Table 7-1).
pub mod h265_type {
    /// First IRAP type (BLA_W_LP).
    pub const BLA_W_LP: u8 = 16;
    /// IDR picture with RADL pictures.
    pub const IDR_W_RADL: u8 = 19;
    /// IDR picture without leading pictures.
    pub const IDR_N_LP: u8 = 20;
    /// Clean random access picture.
    pub const CRA: u8 = 21;
    /// Video parameter set.
    pub const VPS: u8 = 32;
    /// Sequence parameter set.
    pub const SPS: u8 = 33;
    /// Picture parameter set.
    pub const PPS: u8 = 34;
    /// Access unit delimiter.
    pub const AUD: u8 = 35;
    /// Prefix SEI.
    pub const PREFIX_SEI: u8 = 39;
}

/// The `nal_unit_type` in the first header byte of a NAL unit: H.264 its low 5 bits, H.265 bits 1..=6. JPEG has
/// no NAL units (0).
pub fn nal_type(codec: Codec, header: u8) -> u8 {
    match codec {
        Codec::H264 => header & 0x1f,
        Codec::H265 => (header >> 1) & 0x3f,
        Codec::Jpeg => 0,
    }
}

/// Whether `nal_type` is a coded slice of a picture (VCL): H.264 types 1..=5, H.265 types 0..=31.
pub fn is_vcl(codec: Codec, nal_type: u8) -> bool {
    match codec {
        Codec::H264 => (1..=5).contains(&nal_type),
        Codec::H265 => nal_type <= 31,
        Codec::Jpeg => false,
    }
}

/// Whether `nal_type` is a slice of an IDR picture: H.264 type 5, H.265 IDR_W_RADL (19) and IDR_N_LP (20).
pub fn is_idr(codec: Codec, nal_type: u8) -> bool {
    match codec {
        Codec::H264 => nal_type == h264_type::IDR,
        Codec::H265 => nal_type == h265_type::IDR_W_RADL || nal_type == h265_type::IDR_N_LP,
        Codec::Jpeg => false,
    }
}

/// Whether `nal_type` is a slice of a random access point where decoding can start: H.264 IDR (5), H.265 IRAP
/// (BLA, IDR and CRA: 16..=21).
pub fn is_irap(codec: Codec, nal_type: u8) -> bool {
    match codec {
        Codec::H264 => nal_type == h264_type::IDR,
        Codec::H265 => (h265_type::BLA_W_LP..=h265_type::CRA).contains(&nal_type),
        Codec::Jpeg => false,
    }
}

/// Whether `nal_type` is a parameter set: H.264 SPS, PPS and subset SPS; H.265 VPS, SPS and PPS.
pub fn is_parameter_set(codec: Codec, nal_type: u8) -> bool {
    match codec {
        Codec::H264 => matches!(nal_type, h264_type::SPS | h264_type::PPS | h264_type::SUBSET_SPS),
        Codec::H265 => matches!(nal_type, h265_type::VPS | h265_type::SPS | h265_type::PPS),
        Codec::Jpeg => false,
    }
}

/// A short name of `nal_type` for messages (`"SPS"`, `"IDR slice"`, `"type 12"`).
pub fn type_name(codec: Codec, nal_type: u8) -> &'static str {
    match (codec, nal_type) {
        (Codec::H264, 1) => "non-IDR slice",
        (Codec::H264, 2..=4) => "slice data partition",
        (Codec::H264, 5) => "IDR slice",
        (Codec::H264, 6) => "SEI",
        (Codec::H264, 7) => "SPS",
        (Codec::H264, 8) => "PPS",
        (Codec::H264, 9) => "AUD",
        (Codec::H264, 10) => "end of sequence",
        (Codec::H264, 11) => "end of stream",
        (Codec::H264, 12) => "filler",
        (Codec::H264, 15) => "subset SPS",
        (Codec::H265, 0..=9) => "non-IRAP slice",
        (Codec::H265, 16..=18) => "BLA slice",
        (Codec::H265, 19 | 20) => "IDR slice",
        (Codec::H265, 21) => "CRA slice",
        (Codec::H265, 32) => "VPS",
        (Codec::H265, 33) => "SPS",
        (Codec::H265, 34) => "PPS",
        (Codec::H265, 35) => "AUD",
        (Codec::H265, 36) => "end of sequence",
        (Codec::H265, 37) => "end of bitstream",
        (Codec::H265, 38) => "filler",
        (Codec::H265, 39 | 40) => "SEI",
        _ => "other",
    }
}

/// One NAL unit of an Annex B byte stream.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct NalUnit<'a> {
    /// Offset in the stream of its start code (of the zero byte of a 4-byte start code).
    pub start_code_offset: usize,
    /// Offset in the stream of its first header byte.
    pub offset: usize,
    /// The NAL unit from its header to the next start code, trailing zero bytes (trailing_zero_8bits, the
    /// zero_byte of the next 4-byte start code) not included. Still escaped (emulation prevention bytes in).
    pub data: &'a [u8],
}

/// Iterator over the NAL units of an Annex B byte stream; see [`nal_units`].
#[derive(Clone, Debug)]
pub struct NalUnits<'a> {
    data: &'a [u8],
    /// Offset of the next start code's `00 00 01`, if any.
    next: Option<usize>,
}

/// The position of the first `00 00 01` at or after `from`.
fn find_start_code(data: &[u8], from: usize) -> Option<usize> {
    memchr::memmem::find(data.get(from..)?, &[0, 0, 1]).map(|p| p + from)
}

/// The NAL units of `data`, an Annex B byte stream (start codes `00 00 01` or `00 00 00 01`). Bytes before the
/// first start code are not a NAL unit (see [`leading_bytes`]); a start code with nothing after it is skipped.
pub fn nal_units(data: &[u8]) -> NalUnits<'_> {
    NalUnits { data, next: find_start_code(data, 0) }
}

impl<'a> Iterator for NalUnits<'a> {
    type Item = NalUnit<'a>;

    fn next(&mut self) -> Option<NalUnit<'a>> {
        loop {
            let sc = self.next?;
            let offset = sc + 3;
            self.next = find_start_code(self.data, offset);
            let mut end = self.next.unwrap_or(self.data.len());
            while end > offset && self.data[end - 1] == 0 {
                end -= 1;
            }
            let start_code_offset = if sc > 0 && self.data[sc - 1] == 0 { sc - 1 } else { sc };
            if end > offset {
                return Some(NalUnit { start_code_offset, offset, data: &self.data[offset..end] });
            }
        }
    }
}

/// How many bytes come before the first start code of `data`, not counting the zero bytes just in front of it
/// (leading_zero_8bits, the zero_byte of a 4-byte start code): 0 when `data` starts with a start code,
/// `data.len()` when it holds none.
pub fn leading_bytes(data: &[u8]) -> usize {
    match find_start_code(data, 0) {
        Some(mut sc) => {
            while sc > 0 && data[sc - 1] == 0 {
                sc -= 1;
            }
            sc
        }
        None => data.len(),
    }
}

/// Whether `nal` (escaped, header first) is the first slice of a new picture: H.264 `first_mb_in_slice == 0`
/// (the first bit after the 1-byte header is 1), H.265 `first_slice_segment_in_pic_flag` (the first bit after the
/// 2-byte header).
fn is_first_slice(codec: Codec, nal: &[u8]) -> bool {
    let skip = if codec == Codec::H265 { 2 } else { 1 };
    nal.get(skip).is_some_and(|b| b & 0x80 != 0)
}

/// Whether a NAL unit of `nal_type` that follows a picture's slices starts the next access unit (H.264 7.4.1.2.3:
/// AUD, SPS, PPS, SEI, types 14..=18; H.265 7.4.2.4.4: AUD, VPS, SPS, PPS, prefix SEI, types 41..=44 and 48..=55).
fn starts_access_unit(codec: Codec, nal_type: u8) -> bool {
    match codec {
        Codec::H264 => matches!(nal_type, 6..=9 | 14..=18),
        Codec::H265 => matches!(nal_type, 32..=35 | 39 | 41..=44 | 48..=55),
        Codec::Jpeg => false,
    }
}

/// Iterator over the access units of an Annex B byte stream; see [`access_units`].
#[derive(Clone, Debug)]
pub struct AccessUnits<'a> {
    codec: Codec,
    data: &'a [u8],
    nals: std::iter::Peekable<NalUnits<'a>>,
    start: usize,
}

/// The access units of `data` (one coded picture each, with the parameter sets and SEI in front of it), as the
/// byte ranges an encoder hands out one per picture: a new one starts at the first AUD, parameter set, SEI or
/// first slice of a picture that follows a slice (H.264 7.4.1.2.3, H.265 7.4.2.4.4). Bytes before the first
/// start code go with the first access unit. For a whole file; the shim gets one output per picture already.
pub fn access_units(codec: Codec, data: &[u8]) -> AccessUnits<'_> {
    AccessUnits { codec, data, nals: nal_units(data).peekable(), start: 0 }
}

impl<'a> Iterator for AccessUnits<'a> {
    type Item = &'a [u8];

    fn next(&mut self) -> Option<&'a [u8]> {
        if self.start >= self.data.len() {
            return None;
        }
        let mut seen_vcl = false;
        while let Some(nal) = self.nals.peek() {
            let t = nal_type(self.codec, nal.data[0]);
            let vcl = is_vcl(self.codec, t);
            if seen_vcl
                && ((vcl && is_first_slice(self.codec, nal.data)) || (!vcl && starts_access_unit(self.codec, t)))
            {
                let au = &self.data[self.start..nal.start_code_offset];
                self.start = nal.start_code_offset;
                return Some(au);
            }
            seen_vcl |= vcl;
            self.nals.next();
        }
        let au = &self.data[self.start..];
        self.start = self.data.len();
        Some(au)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_three_and_four_byte_start_codes_and_trims_trailing_zeros() {
        let data = [0, 0, 0, 1, 0x67, 1, 2, 0, 0, 0, 1, 0x68, 3, 0, 0, 1, 0x65, 9, 0, 0, 0, 1];
        let nals: Vec<_> = nal_units(&data).collect();
        assert_eq!(nals.len(), 3);
        assert_eq!((nals[0].start_code_offset, nals[0].offset, nals[0].data), (0, 4, &[0x67, 1, 2][..]));
        assert_eq!((nals[1].start_code_offset, nals[1].offset, nals[1].data), (7, 11, &[0x68, 3][..]));
        assert_eq!((nals[2].start_code_offset, nals[2].data), (13, &[0x65, 9][..]));
        assert_eq!(leading_bytes(&data), 0);
        assert_eq!(leading_bytes(&[0, 0, 0, 0, 1, 0x65]), 0);
        assert_eq!(leading_bytes(&[7, 0, 0, 1, 0x65]), 1);
        assert_eq!(leading_bytes(&[7, 8, 0, 0, 0, 1, 0x65]), 2);
        assert_eq!(leading_bytes(&[7, 8, 9]), 3);
        assert_eq!(nal_units(&[1, 2, 3]).count(), 0);
    }

    #[test]
    fn nal_types_of_both_codecs() {
        assert_eq!(nal_type(Codec::H264, 0x65), h264_type::IDR);
        assert_eq!(nal_type(Codec::H265, 0x40), h265_type::VPS);
        assert_eq!(nal_type(Codec::H265, 0x28), h265_type::IDR_N_LP);
        assert!(is_irap(Codec::H265, h265_type::CRA) && !is_idr(Codec::H265, h265_type::CRA));
        assert!(!is_irap(Codec::H265, 22) && is_vcl(Codec::H265, 22));
        assert!(is_parameter_set(Codec::H264, h264_type::PPS) && !is_vcl(Codec::H264, h264_type::SPS));
    }

    #[test]
    fn access_units_split_at_parameter_sets_and_first_slices() {
        // SPS PPS IDR(first) IDR(second slice) | P(first) | AUD P(first)
        let data = [
            0, 0, 0, 1, 0x67, 0xaa, 0, 0, 1, 0x68, 0xbb, 0, 0, 1, 0x65, 0x88, 0, 0, 1, 0x65, 0x40, 0, 0, 1, 0x41, 0x9a,
            0, 0, 1, 0x09, 0xf0, 0, 0, 1, 0x41, 0x9b,
        ];
        let aus: Vec<_> = access_units(Codec::H264, &data).collect();
        assert_eq!(aus, vec![&data[..21], &data[21..26], &data[26..]]);
    }
}
