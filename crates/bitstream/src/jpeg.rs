//! JPEG markers (ITU-T T.81 B.1): SOI, the frame header (SOFn) with the picture size, the scan header (SOS) that
//! ends the headers, and EOI. Only the marker segments are read; nothing is decoded.

/// SOI, start of image (`FF D8`).
pub const SOI: u8 = 0xd8;
/// EOI, end of image (`FF D9`).
pub const EOI: u8 = 0xd9;
/// SOS, start of scan (`FF DA`).
pub const SOS: u8 = 0xda;

/// Whether `marker` (the byte after `FF`) is a frame header: SOF0..SOF15 (`C0`..`CF`) less DHT (`C4`), JPG (`C8`)
/// and DAC (`CC`).
pub fn is_sof(marker: u8) -> bool {
    (0xc0..=0xcf).contains(&marker) && !matches!(marker, 0xc4 | 0xc8 | 0xcc)
}

/// The frame header (T.81 B.2.2).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct FrameHeader {
    /// Which SOFn: 0 baseline, 1 extended sequential, 2 progressive, ... (the marker less `C0`).
    pub sof: u8,
    /// Sample precision in bits (8 for baseline).
    pub precision: u8,
    /// Number of samples per line: the width in pixels.
    pub width: u16,
    /// Number of lines: the height in pixels (0: defined later by a DNL marker).
    pub height: u16,
    /// Number of image components (3 for YCbCr, 1 for grey).
    pub components: u8,
}

/// What the headers of a JPEG picture hold, from [`scan_headers`].
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Headers {
    /// The data starts with SOI (`FF D8`).
    pub soi: bool,
    /// The first frame header, if one was found before the scan.
    pub frame: Option<FrameHeader>,
    /// The offset just past the SOS marker segment (where the entropy-coded data starts), if it was reached.
    pub sos_end: Option<usize>,
    /// A marker segment runs past the end of the data (the headers were cut short, e.g. by a copy cap).
    pub truncated: bool,
    /// The marker structure is broken: a non-marker byte where a marker must be, a length below 2, EOI before
    /// any scan, or a frame header too short for its fields.
    pub malformed: bool,
}

/// Walks the marker segments of `data` from SOI to the first SOS (T.81 B.1.1): the frame header and where the
/// headers end. Stops at the first SOS, at EOI, at anything malformed or at the end of `data`.
pub fn scan_headers(data: &[u8]) -> Headers {
    let mut h = Headers::default();
    if data.len() < 2 || data[0] != 0xff || data[1] != SOI {
        return h;
    }
    h.soi = true;
    let mut pos = 2;
    loop {
        // A marker: FF, any number of FF fill bytes, then the code.
        if pos >= data.len() {
            h.truncated = true;
            return h;
        }
        if data[pos] != 0xff {
            h.malformed = true;
            return h;
        }
        while pos < data.len() && data[pos] == 0xff {
            pos += 1;
        }
        let Some(&marker) = data.get(pos) else {
            h.truncated = true;
            return h;
        };
        pos += 1;
        match marker {
            0x01 | 0xd0..=0xd7 => continue, // TEM, RSTn: no length
            EOI | SOI | 0x00 => {
                h.malformed = true;
                return h;
            }
            _ => {}
        }
        let Some(len) = data.get(pos..pos + 2).map(|b| usize::from(u16::from_be_bytes([b[0], b[1]]))) else {
            h.truncated = true;
            return h;
        };
        if len < 2 {
            h.malformed = true;
            return h;
        }
        let end = pos + len;
        if is_sof(marker) && h.frame.is_none() {
            if len < 8 {
                h.malformed = true;
                return h;
            }
            let Some(f) = data.get(pos + 2..pos + 8) else {
                h.truncated = true;
                return h;
            };
            h.frame = Some(FrameHeader {
                sof: marker - 0xc0,
                precision: f[0],
                height: u16::from_be_bytes([f[1], f[2]]),
                width: u16::from_be_bytes([f[3], f[4]]),
                components: f[5],
            });
        }
        if end > data.len() {
            h.truncated = true;
            return h;
        }
        if marker == SOS {
            h.sos_end = Some(end);
            return h;
        }
        pos = end;
    }
}

/// Whether `tail` (the last bytes of a picture) ends with EOI (`FF D9`), allowing zero bytes after it (the padding
/// some hardware encoders add up to an alignment).
pub fn ends_with_eoi(tail: &[u8]) -> bool {
    let end = tail.iter().rposition(|&b| b != 0).map_or(0, |p| p + 1);
    end >= 2 && tail[end - 2] == 0xff && tail[end - 1] == EOI
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: [u8; 31] = [
        0xff, 0xd8, // SOI
        0xff, 0xe0, 0x00, 0x04, 0x4a, 0x46, // APP0, 2 bytes of payload
        0xff, 0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x90, 0x00, 0xb0, 0x01, 0x01, 0x11,
        0x00, // fill, SOF0 176x144 grey
        0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, // SOS, one byte short of its length
    ];

    #[test]
    fn finds_the_frame_header_and_the_scan() {
        let mut data = HEAD.to_vec();
        data.extend([0x00, 0x12, 0x34]);
        let h = scan_headers(&data);
        assert!(h.soi && !h.truncated && !h.malformed);
        assert_eq!(h.frame, Some(FrameHeader { sof: 0, precision: 8, width: 176, height: 144, components: 1 }));
        assert_eq!(h.sos_end, Some(32));
        let h = scan_headers(&HEAD);
        assert!(h.truncated && h.sos_end.is_none() && h.frame.is_some());
        let h = scan_headers(&HEAD[..12]);
        assert!(h.truncated && h.frame.is_none());
    }

    #[test]
    fn refuses_broken_marker_structure() {
        assert!(!scan_headers(&HEAD[2..]).soi);
        assert!(scan_headers(&[0xff, 0xd8, 0x12, 0x34]).malformed);
        assert!(scan_headers(&[0xff, 0xd8, 0xff, 0xd9]).malformed);
        assert!(scan_headers(&[0xff, 0xd8, 0xff, 0xe0, 0x00, 0x01]).malformed);
        assert!(scan_headers(&[0xff, 0xd8, 0xff, 0xc0, 0x00, 0x04, 0x08, 0x00]).malformed);
        assert!(!is_sof(0xc4) && is_sof(0xc2) && !is_sof(0xdb));
    }

    #[test]
    fn eoi_at_the_end_with_zero_padding_only() {
        assert!(ends_with_eoi(&[0x12, 0xff, 0xd9]));
        assert!(ends_with_eoi(&[0xff, 0xd9, 0, 0, 0]));
        assert!(!ends_with_eoi(&[0xff, 0xd9, 0x01]));
        assert!(!ends_with_eoi(&[0xd9]));
        assert!(!ends_with_eoi(&[0, 0]));
    }
}
