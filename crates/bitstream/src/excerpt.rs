//! [`Excerpt`]: the bytes of one encoder output the checks need, copied on the application's thread while the
//! shim still owns the output, so the checks can run later on another thread.

use crate::annexb;
use crate::jpeg;
use crate::Codec;

/// Most NAL units recorded per output (their type, length and first bytes); further ones are counted and their
/// types noted, not copied.
pub const MAX_NAL_UNITS: usize = 256;
/// Bytes copied of a NAL unit that is not a parameter set: its header and the start of its slice header.
pub const NAL_HEAD_BYTES: usize = 32;
/// Bytes copied at most of a parameter set (VPS, SPS, PPS); an SPS longer than this is not parsed.
pub const PARAM_SET_BYTES: usize = 2048;
/// Bytes copied at most of a JPEG picture's headers (SOI up to the end of the SOS marker segment).
pub const JPEG_HEAD_BYTES: usize = 4096;
/// Bytes kept of the end of an output (for JPEG's EOI).
pub const TAIL_BYTES: usize = 16;

/// One pack as recorded.
#[derive(Clone, Copy, Debug)]
pub(crate) struct PackRecord {
    /// Its length in bytes.
    pub len: usize,
    /// Annex B: bytes before its first start code (not counting zero bytes); its length when it has none.
    pub leading: usize,
    /// Its first bytes (up to 4), for messages.
    pub first: [u8; 4],
    /// Annex B: its NAL units, recorded or not.
    pub nal_units: u32,
    /// Annex B: it does not start with a start code but follows a non-empty pack of the same output, so its
    /// leading bytes continue the previous pack's last NAL unit.
    pub continuation: bool,
}

impl PackRecord {
    pub(crate) fn first_bytes(&self) -> &[u8] {
        &self.first[..self.len.min(4)]
    }
}

/// One NAL unit as recorded.
#[derive(Clone, Copy, Debug)]
pub(crate) struct NalRecord {
    /// Index of its pack in the output.
    pub pack: u32,
    /// `nal_unit_type`.
    pub nal_type: u8,
    /// Where its copied bytes start in [`Excerpt::bytes`].
    pub start: u32,
    /// How many of its bytes were copied (from the header on, escaped).
    pub copied: u32,
    /// Its whole length in bytes, from the header to the next start code.
    pub len: usize,
}

/// The bytes of one output (one encoded picture, one or more packs) that [`crate::Checker::check`] needs.
///
/// What is copied from each pack given to [`Excerpt::add_pack`]:
/// * H.264 / H.265 (Annex B): per NAL unit its type, its length and its first bytes: the whole NAL unit up to
///   [`PARAM_SET_BYTES`] for parameter sets (VPS, SPS, PPS, subset SPS), [`NAL_HEAD_BYTES`] for the others; at
///   most [`MAX_NAL_UNITS`] NAL units per output (the types of further ones are still noted). Finding the NAL
///   units scans the pack for start codes (`memchr`'s `memmem`, vectorised): O(pack length), no copy.
/// * JPEG: the headers from SOI to the end of the SOS marker segment, at most [`JPEG_HEAD_BYTES`] (taken from the
///   first packs until SOS is reached).
/// * A pack that does not start with a start code but follows a non-empty pack of the same output continues the
///   previous pack's last NAL unit (a NAL unit split over two packs, as when the driver's stream buffer wraps
///   around); only the output's first pack must start with a start code (STREAM-NOT-ANNEXB).
/// * Every codec: each pack's length and first 4 bytes, and the last [`TAIL_BYTES`] bytes of the output.
///
/// Memory: the buffers grow to the largest output seen (at most `MAX_NAL_UNITS` x 32 bytes plus the parameter
/// sets, about 1 to 4 KiB for a real stream; 4 KiB + 16 bytes for JPEG) and [`Excerpt::clear`] keeps them, so
/// once an excerpt has held an output as large (as many packs, NAL units and parameter-set bytes) as the next one,
/// filling it allocates nothing. Keep one per channel (or per output thread) and reuse it.
#[derive(Clone, Debug, Default)]
pub struct Excerpt {
    codec: Option<Codec>,
    packs: Vec<PackRecord>,
    nals: Vec<NalRecord>,
    /// Annex B: the copied NAL unit bytes; JPEG: the headers.
    bytes: Vec<u8>,
    nal_count: u32,
    /// Bit `t` set: the output holds a NAL unit of type `t` (H.264 types < 32, H.265 types < 64).
    types: u64,
    total_len: u64,
    jpeg_head_done: bool,
    /// Annex B: zero bytes after the last NAL unit of the last pack (not part of it unless the next pack
    /// continues it).
    pending_zeros: usize,
    tail: [u8; TAIL_BYTES],
    tail_len: usize,
}

impl Excerpt {
    /// An empty excerpt; it allocates on its first outputs (see the type's docs).
    pub fn new() -> Excerpt {
        Excerpt::default()
    }

    /// Empties it for the next output, keeping the capacity.
    pub fn clear(&mut self) {
        self.codec = None;
        self.packs.clear();
        self.nals.clear();
        self.bytes.clear();
        self.nal_count = 0;
        self.types = 0;
        self.total_len = 0;
        self.jpeg_head_done = false;
        self.pending_zeros = 0;
        self.tail_len = 0;
    }

    /// Records one pack of the output: `data` is the pack's bytes as the driver wrote them (V1: the stream desc's
    /// data; V2: one `hi_venc_pack` from `addr + offset`, `len - offset` bytes). Call it once per pack, in order;
    /// a 0-byte pack is recorded as such (STREAM-EMPTY-PACK). `codec` is the channel's codec.
    pub fn add_pack(&mut self, codec: Codec, data: &[u8]) {
        self.codec.get_or_insert(codec);
        let pack = self.packs.len() as u32;
        let mut first = [0u8; 4];
        let n = data.len().min(4);
        first[..n].copy_from_slice(&data[..n]);
        let mut record = PackRecord { len: data.len(), leading: 0, first, nal_units: 0, continuation: false };
        self.total_len += data.len() as u64;
        self.push_tail(data);
        match codec {
            Codec::H264 | Codec::H265 if !data.is_empty() => {
                record.leading = annexb::leading_bytes(data);
                if record.leading > 0 && self.total_len > data.len() as u64 {
                    record.continuation = true;
                    self.continue_last_nal(codec, &data[..record.leading]);
                }
                let mut end = if record.continuation { data.len() } else { 0 };
                for nal in annexb::nal_units(data) {
                    end = nal.offset + nal.data.len();
                    record.nal_units += 1;
                    self.nal_count += 1;
                    let t = annexb::nal_type(codec, nal.data[0]);
                    self.types |= 1u64 << t;
                    if self.nals.len() < MAX_NAL_UNITS {
                        let cap = if annexb::is_parameter_set(codec, t) { PARAM_SET_BYTES } else { NAL_HEAD_BYTES };
                        let copied = nal.data.len().min(cap);
                        let start = self.bytes.len() as u32;
                        self.bytes.extend_from_slice(&nal.data[..copied]);
                        self.nals.push(NalRecord {
                            pack,
                            nal_type: t,
                            start,
                            copied: copied as u32,
                            len: nal.data.len(),
                        });
                    }
                }
                self.pending_zeros = if end > 0 { data.len() - end } else { 0 };
            }
            Codec::Jpeg if !self.jpeg_head_done && !data.is_empty() => {
                let take = data.len().min(JPEG_HEAD_BYTES - self.bytes.len());
                self.bytes.extend_from_slice(&data[..take]);
                let h = jpeg::scan_headers(&self.bytes);
                if let Some(end) = h.sos_end {
                    self.bytes.truncate(end);
                    self.jpeg_head_done = true;
                } else if !h.truncated || self.bytes.len() >= JPEG_HEAD_BYTES {
                    self.jpeg_head_done = true;
                }
            }
            _ => {}
        }
        self.packs.push(record);
    }

    /// Appends `more`, the start of a pack without a start code, to the last NAL unit, with the zero bytes that
    /// ended the pack before (a NAL unit split over two packs, as when the driver's stream buffer wraps around).
    fn continue_last_nal(&mut self, codec: Codec, more: &[u8]) {
        let zeros = std::mem::take(&mut self.pending_zeros);
        if self.nal_count as usize != self.nals.len() {
            return; // the last NAL unit was not recorded
        }
        let Some(last) = self.nals.last_mut() else { return };
        if last.copied as usize == last.len {
            let cap = if annexb::is_parameter_set(codec, last.nal_type) { PARAM_SET_BYTES } else { NAL_HEAD_BYTES };
            let room = cap.saturating_sub(last.len);
            let z = zeros.min(room);
            let n = more.len().min(room - z);
            self.bytes.resize(self.bytes.len() + z, 0);
            self.bytes.extend_from_slice(&more[..n]);
            last.copied += (z + n) as u32;
        }
        last.len += zeros + more.len();
    }

    fn push_tail(&mut self, data: &[u8]) {
        let n = data.len().min(TAIL_BYTES);
        let keep = (TAIL_BYTES - n).min(self.tail_len);
        self.tail.copy_within(self.tail_len - keep..self.tail_len, 0);
        self.tail[keep..keep + n].copy_from_slice(&data[data.len() - n..]);
        self.tail_len = keep + n;
    }

    /// Whether the output holds a random access picture (an H.264 IDR slice, an H.265 IRAP slice: BLA, IDR, CRA),
    /// from the NAL unit types noted; `None` for JPEG (where every picture is one) and before any pack.
    pub fn random_access(&self) -> Option<bool> {
        let codec = self.codec.filter(|c| c.is_annexb())?;
        Some((0..64u8).any(|t| self.types & (1 << t) != 0 && annexb::is_irap(codec, t)))
    }

    /// Whether no pack was added since it was made or cleared.
    pub fn is_empty(&self) -> bool {
        self.packs.is_empty()
    }

    /// The codec of the first pack, if any.
    pub fn codec(&self) -> Option<Codec> {
        self.codec
    }

    /// How many packs it holds.
    pub fn pack_count(&self) -> usize {
        self.packs.len()
    }

    /// The output's length in bytes, all packs together.
    pub fn byte_len(&self) -> u64 {
        self.total_len
    }

    /// Annex B: how many NAL units the output holds (also those past [`MAX_NAL_UNITS`]).
    pub fn nal_unit_count(&self) -> usize {
        self.nal_count as usize
    }

    pub(crate) fn packs(&self) -> &[PackRecord] {
        &self.packs
    }

    pub(crate) fn nals(&self) -> &[NalRecord] {
        &self.nals
    }

    pub(crate) fn nal_bytes(&self, nal: &NalRecord) -> &[u8] {
        &self.bytes[nal.start as usize..(nal.start + nal.copied) as usize]
    }

    pub(crate) fn types(&self) -> u64 {
        self.types
    }

    /// JPEG: the copied headers.
    pub(crate) fn jpeg_head(&self) -> &[u8] {
        &self.bytes
    }

    /// The last bytes of the output (up to [`TAIL_BYTES`]).
    pub(crate) fn tail(&self) -> &[u8] {
        &self.tail[..self.tail_len]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_nal_units_of_all_packs() {
        let mut e = Excerpt::new();
        assert!(e.is_empty());
        let sps: Vec<u8> = [0, 0, 0, 1, 0x67].into_iter().chain(1..=100).collect();
        let slice: Vec<u8> = [0, 0, 1, 0x65].into_iter().chain(1..=100).collect();
        e.add_pack(Codec::H264, &sps);
        e.add_pack(Codec::H264, &[]);
        e.add_pack(Codec::H264, &slice);
        assert_eq!((e.pack_count(), e.nal_unit_count(), e.byte_len()), (3, 2, 209));
        let nals = e.nals();
        assert_eq!((nals[0].pack, nals[0].nal_type, nals[0].copied, nals[0].len), (0, 7, 101, 101));
        assert_eq!((nals[1].pack, nals[1].nal_type, nals[1].copied, nals[1].len), (2, 5, 32, 101));
        assert_eq!(e.nal_bytes(&nals[1])[..3], [0x65, 1, 2]);
        assert_eq!(e.types(), (1 << 7) | (1 << 5));
        assert_eq!(e.tail(), &(85..=100).collect::<Vec<u8>>()[..]);
        assert_eq!(e.packs()[1].len, 0);
        assert_eq!(e.random_access(), Some(true));
        e.clear();
        assert!(e.is_empty() && e.nals().is_empty() && e.tail().is_empty() && e.byte_len() == 0);
        assert_eq!(e.random_access(), None);
        e.add_pack(Codec::H264, &[0, 0, 1, 0x41, 1, 2]);
        assert_eq!(e.random_access(), Some(false));
        e.clear();
        e.add_pack(Codec::H265, &[0, 0, 1, 21 << 1, 1, 2]);
        assert_eq!(e.random_access(), Some(true), "H.265 CRA is a random access picture");
        e.clear();
        e.add_pack(Codec::Jpeg, &[0xff, 0xd8]);
        assert_eq!(e.random_access(), None);
    }

    #[test]
    fn a_pack_without_start_code_continues_the_last_nal_unit() {
        let mut e = Excerpt::new();
        let sps: Vec<u8> = [0, 0, 0, 1, 0x67].into_iter().chain(1..=10).collect();
        e.add_pack(Codec::H264, &sps);
        e.add_pack(Codec::H264, &[0, 0]); // the SPS continues with two zero bytes...
        let rest: Vec<u8> = [3].into_iter().chain(11..=20).chain([0, 0, 1, 0x65, 0x88]).collect();
        e.add_pack(Codec::H264, &rest); // ... then 03 (an emulation prevention byte) and more
        let nals = e.nals();
        assert_eq!(e.nal_unit_count(), 2);
        assert_eq!((nals[0].nal_type, nals[0].copied, nals[0].len), (7, 24, 24));
        let sps: Vec<u8> = [0x67].into_iter().chain(1..=10).chain([0, 0, 3]).chain(11..=20).collect();
        assert_eq!(e.nal_bytes(&nals[0]), &sps[..]);
        assert_eq!(e.nal_bytes(&nals[1]), &[0x65, 0x88]);
        assert!(!e.packs()[0].continuation && e.packs()[1].continuation && e.packs()[2].continuation);
        assert_eq!((e.packs()[1].leading, e.packs()[2].leading), (2, 11));
    }

    #[test]
    fn tail_spans_short_packs() {
        let mut e = Excerpt::new();
        e.add_pack(Codec::Jpeg, &[1; 10]);
        e.add_pack(Codec::Jpeg, &[2; 10]);
        e.add_pack(Codec::Jpeg, &[0xff, 0xd9]);
        let mut want = vec![1; 4];
        want.extend([2; 10]);
        want.extend([0xff, 0xd9]);
        assert_eq!(e.tail(), &want[..]);
    }

    #[test]
    fn jpeg_headers_stop_at_sos_and_may_span_packs() {
        let pic = [
            0xff, 0xd8, 0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x10, 0x00, 0x20, 0x01, 0x01, 0x11, 0x00, 0xff, 0xda, 0x00,
            0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, 0x00, 0x12, 0x34, 0xff, 0xd9,
        ];
        let mut e = Excerpt::new();
        e.add_pack(Codec::Jpeg, &pic[..9]);
        e.add_pack(Codec::Jpeg, &pic[9..]);
        assert_eq!(e.jpeg_head(), &pic[..25]);
        assert_eq!(jpeg::scan_headers(e.jpeg_head()).sos_end, Some(25));
    }
}
