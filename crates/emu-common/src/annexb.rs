//! Annex B byte-stream parsing (ITU-T H.264 / H.265 Annex B): split an access unit into NAL units.

use crate::video::NalUnit;

/// Which NAL header layout to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NalSyntax {
    /// H.264: `nal_unit_type` is the low 5 bits of the first header byte.
    H264,
    /// H.265: `nal_unit_type` is bits 1..=6 of the first header byte.
    H265,
}

/// H.264 `nal_unit_type` of an IDR slice.
pub const H264_NAL_IDR: u8 = 5;
/// H.264 SPS / PPS.
pub const H264_NAL_SPS: u8 = 7;
pub const H264_NAL_PPS: u8 = 8;
/// H.265 IDR_W_RADL / IDR_N_LP.
pub const H265_NAL_IDR_W_RADL: u8 = 19;
pub const H265_NAL_IDR_N_LP: u8 = 20;
/// H.265 VPS / SPS / PPS.
pub const H265_NAL_VPS: u8 = 32;
pub const H265_NAL_SPS: u8 = 33;
pub const H265_NAL_PPS: u8 = 34;

/// Split `data` at its start codes (`00 00 01`, or `00 00 00 01` whose leading zero is counted as part of the
/// unit). Each [`NalUnit`] spans from its start code to the next one (or the end). Bytes before the first start
/// code are not covered.
pub fn split(data: &[u8], syntax: NalSyntax) -> Vec<NalUnit> {
    // (start of the start code, first header byte)
    let mut starts: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i + 3 <= data.len() {
        if data[i] == 0 && data[i + 1] == 0 && data[i + 2] == 1 {
            let sc = if i > 0 && data[i - 1] == 0 { i - 1 } else { i };
            starts.push((sc, i + 3));
            i += 3;
        } else {
            i += 1;
        }
    }
    let mut out = Vec::with_capacity(starts.len());
    for (k, &(sc, hdr)) in starts.iter().enumerate() {
        let end = starts.get(k + 1).map_or(data.len(), |&(next, _)| next);
        let nal_type = match (data.get(hdr), syntax) {
            (Some(b), NalSyntax::H264) => b & 0x1f,
            (Some(b), NalSyntax::H265) => (b >> 1) & 0x3f,
            (None, _) => continue,
        };
        out.push(NalUnit { nal_type, offset: sc, len: end - sc });
    }
    out
}

/// Whether `nal_type` is an IDR picture's slice.
pub fn is_idr_type(nal_type: u8, syntax: NalSyntax) -> bool {
    match syntax {
        NalSyntax::H264 => nal_type == H264_NAL_IDR,
        NalSyntax::H265 => nal_type == H265_NAL_IDR_W_RADL || nal_type == H265_NAL_IDR_N_LP,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_three_and_four_byte_start_codes() {
        let data = [0, 0, 0, 1, 0x67, 1, 2, 0, 0, 1, 0x68, 3, 0, 0, 0, 1, 0x65, 9, 9];
        let nals = split(&data, NalSyntax::H264);
        assert_eq!(
            nals,
            vec![
                NalUnit { nal_type: 7, offset: 0, len: 7 },
                NalUnit { nal_type: 8, offset: 7, len: 5 },
                NalUnit { nal_type: 5, offset: 12, len: 7 },
            ]
        );
        let h265 = [0, 0, 1, 0x40, 1, 0, 0, 1, 0x26, 1];
        let nals = split(&h265, NalSyntax::H265);
        assert_eq!(nals[0].nal_type, H265_NAL_VPS);
        assert_eq!(nals[1].nal_type, H265_NAL_IDR_W_RADL);
    }
}
