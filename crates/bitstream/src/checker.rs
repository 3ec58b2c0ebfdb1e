//! [`Checker`]: the per-channel state and the STREAM-* checks on each output.

use std::fmt::Write as _;

use aclvenc_interface::rules::Rule;

use crate::annexb::{self, h264_type, h265_type};
use crate::excerpt::{Excerpt, PackRecord};
use crate::expect::profile_idc_name;
use crate::{h264, h265, jpeg, Codec, Expect};

/// One thing wrong with an output.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Problem {
    /// The rule it breaks (a STREAM-* rule of `aclvenc_interface::rules`).
    pub rule: Rule,
    /// What is wrong, with the actual values, and what it means or how to fix it. Starts with `output N:` (the
    /// channel's 0-based output number); the caller puts the channel's name in front.
    pub message: String,
}

/// What kind of picture an output held.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum PictureKind {
    /// No picture: no slice NAL unit, or nothing readable.
    #[default]
    None,
    /// An IDR picture (H.264 NAL type 5, H.265 IDR_W_RADL / IDR_N_LP).
    Idr,
    /// An H.265 IRAP picture that is not an IDR: CRA or BLA (decoding can start there too).
    OtherIrap,
    /// A picture decoding cannot start at (P, B, or an I picture that is not IRAP).
    NonIrap,
    /// A JPEG picture.
    Jpeg,
}

impl PictureKind {
    /// Whether decoding can start at it: IDR or other IRAP (what the timeline marks as a key frame), or JPEG.
    pub fn is_random_access(self) -> bool {
        matches!(self, PictureKind::Idr | PictureKind::OtherIrap | PictureKind::Jpeg)
    }
}

/// What the last checked output was.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct OutputInfo {
    /// Its 0-based number among the channel's outputs (the `N` of the messages' `output N:`).
    pub index: u64,
    /// What picture it held.
    pub picture: PictureKind,
    /// How many packs it had.
    pub packs: u32,
    /// Its length in bytes, all packs together.
    pub bytes: u64,
    /// Annex B: how many NAL units it held.
    pub nal_units: u32,
    /// Annex B: it held an SPS (and maybe VPS, PPS).
    pub has_sps: bool,
    /// The picture size it announced, in pixels: the cropped size of its SPS or its JPEG frame header.
    pub size: Option<(u32, u32)>,
    /// How many problems [`Checker::check`] found in it.
    pub problems: u32,
}

/// Parameter sets seen so far (bits).
const SEEN_VPS: u8 = 1;
const SEEN_SPS: u8 = 2;
const SEEN_PPS: u8 = 4;

/// The checks of one channel's outputs, with the state they need across outputs: parameter sets seen, pictures
/// since the last IDR, the last SPS. Feed it every output of the channel in order, one [`Excerpt`] each.
#[derive(Clone, Debug)]
pub struct Checker {
    expect: Expect,
    outputs: u64,
    /// Outputs that held a picture.
    pictures: u64,
    /// (picture number, output number) of the last IDR/IRAP picture.
    last_irap: Option<(u64, u64)>,
    seen: u8,
    first_irap_done: bool,
    /// The escaped bytes of the last SPS checked, to check each distinct SPS once (they repeat at every IDR).
    last_sps: Vec<u8>,
    /// The cropped size `last_sps` announced, when it could be read.
    last_sps_size: Option<(u32, u32)>,
    /// The last JPEG frame size checked, to check each distinct size once.
    last_jpeg_size: Option<(u16, u16)>,
    last: OutputInfo,
    /// Outputs were lost since the last IDR/IRAP ([`Checker::resync`]): the picture count is unknown until the next.
    lost: bool,
}

/// Records a problem; `message` starts with `output N:`.
fn push(problems: &mut Vec<Problem>, rule: Rule, message: String) {
    problems.push(Problem { rule, message });
}

/// The hex of `bytes`, space separated (`"12 34 56"`).
fn hex(bytes: &[u8]) -> String {
    let mut s = String::new();
    for (i, b) in bytes.iter().enumerate() {
        let _ = write!(s, "{}{b:02x}", if i > 0 { " " } else { "" });
    }
    s
}

/// The names of the NAL unit types in `types` (a bit per type) that `filter` keeps, such as `"IDR slice (5)"`.
fn type_list(codec: Codec, types: u64, filter: impl Fn(u8) -> bool) -> String {
    let mut s = String::new();
    for t in (0..64u8).filter(|&t| types & (1u64 << t) != 0 && filter(t)) {
        let _ = write!(s, "{}{} ({t})", if s.is_empty() { "" } else { ", " }, annexb::type_name(codec, t));
    }
    s
}

/// "IDR" for H.264, "IRAP (IDR, CRA or BLA)" for H.265.
fn irap_name(codec: Codec) -> &'static str {
    if codec == Codec::H265 {
        "IRAP picture (IDR, CRA or BLA; NAL types 16..=21)"
    } else {
        "IDR picture (NAL type 5)"
    }
}

impl Checker {
    /// A checker for a channel configured with `expect`.
    pub fn new(expect: Expect) -> Checker {
        Checker {
            expect,
            outputs: 0,
            pictures: 0,
            last_irap: None,
            seen: 0,
            first_irap_done: false,
            last_sps: Vec::new(),
            last_sps_size: None,
            last_jpeg_size: None,
            last: OutputInfo::default(),
            lost: false,
        }
    }

    /// Outputs of the channel went unchecked before the next one (the shim's analysis queue was full): what they
    /// held is unknown, so the checks that count pictures or need what came before (STREAM-FIRST-NOT-IDR,
    /// STREAM-IDR-INTERVAL, STREAM-PARAMSETS-MISSING) wait for the next IDR/IRAP picture, and count from it.
    pub fn resync(&mut self) {
        self.lost = true;
        self.first_irap_done = true;
    }

    /// What the channel is expected to make.
    pub fn expect(&self) -> &Expect {
        &self.expect
    }

    /// Changes what is expected (the app changed the channel's attributes, e.g. V2 `hi_mpi_venc_set_chn_attr`):
    /// the next SPS or JPEG frame header is checked against the new values even if it is the same as before.
    pub fn set_expect(&mut self, expect: Expect) {
        self.expect = expect;
        self.last_sps.clear();
        self.last_sps_size = None;
        self.last_jpeg_size = None;
    }

    /// How many outputs were checked.
    pub fn outputs_checked(&self) -> u64 {
        self.outputs
    }

    /// What the last checked output was (all zero before the first).
    pub fn last_output(&self) -> &OutputInfo {
        &self.last
    }

    /// Checks one output (one encoded picture, all its packs in `excerpt`). `forced_idr`: the app asked for an
    /// IDR picture for this picture (V1 `aclvencSetFrameConfigForceIFrame` on the frame's config, V2
    /// `hi_mpi_venc_request_idr` before it). Returns the problems found; allocates only when there is one (and
    /// once per distinct SPS, to remember it). [`Checker::last_output`] then tells what the output was.
    pub fn check(&mut self, excerpt: &Excerpt, forced_idr: bool) -> Vec<Problem> {
        let index = self.outputs;
        self.outputs += 1;
        let mut problems = Vec::new();
        self.last = OutputInfo {
            index,
            packs: excerpt.pack_count() as u32,
            bytes: excerpt.byte_len(),
            nal_units: excerpt.nal_unit_count() as u32,
            ..OutputInfo::default()
        };
        self.check_empty(excerpt, index, &mut problems);
        match self.expect.codec {
            Codec::Jpeg => self.check_jpeg(excerpt, index, &mut problems),
            codec => self.check_annexb(codec, excerpt, index, forced_idr, &mut problems),
        }
        self.last.problems = problems.len() as u32;
        problems
    }

    /// STREAM-EMPTY-PACK: no pack, 0-byte packs, Annex B packs with no NAL unit in them.
    fn check_empty(&self, excerpt: &Excerpt, index: u64, problems: &mut Vec<Problem>) {
        let packs = excerpt.packs();
        if packs.is_empty() {
            let message = format!(
                "output {index}: the output has no pack: the driver handed out an output with nothing in it (V1: a \
                 stream desc of size 0; V2: hi_venc_stream.pack_cnt 0). A muxer given it writes an empty sample; \
                 skip such outputs"
            );
            push(problems, Rule::StreamEmptyPack, message);
            return;
        }
        let annexb = self.expect.codec.is_annexb();
        let is_empty = |p: &&PackRecord| p.len == 0 || (annexb && p.leading == 0 && p.nal_units == 0);
        let Some(first) = packs.iter().position(|p| is_empty(&p)) else { return };
        let p = &packs[first];
        let what = if p.len == 0 {
            "is 0 bytes".to_string()
        } else {
            format!("holds {} bytes but no NAL unit (only a start code and zero bytes)", p.len)
        };
        let more = match packs.iter().filter(is_empty).count() {
            1 => String::new(),
            n => format!(" ({n} of its packs are empty)"),
        };
        let message = format!(
            "output {index}: pack {} of {} {what}{more}: the driver returned a pack with no data in it; a muxer or \
             decoder given it writes an empty sample or stops. Skip empty packs when writing the stream, and report \
             it to the driver vendor",
            first + 1,
            packs.len()
        );
        push(problems, Rule::StreamEmptyPack, message);
    }

    fn check_annexb(
        &mut self,
        codec: Codec,
        excerpt: &Excerpt,
        index: u64,
        forced_idr: bool,
        problems: &mut Vec<Problem>,
    ) {
        // STREAM-NOT-ANNEXB: the first non-empty pack does not start with a start code (later ones may continue a
        // NAL unit of the pack before them).
        let packs = excerpt.packs();
        if let Some((k, p)) = packs.iter().enumerate().find(|(_, p)| p.len > 0 && p.leading > 0 && !p.continuation) {
            let where_ = if p.leading == p.len {
                "and holds no start code at all".to_string()
            } else {
                format!("and {} bytes come before its first start code", p.leading)
            };
            let message = format!(
                "output {index}: pack {} of {} ({} bytes) begins {}, not an Annex B start code (00 00 01 or \
                 00 00 00 01), {where_}: {} output is an Annex B byte stream, and a decoder or muxer that expects \
                 one drops or misreads these bytes. The driver wrote something else into the output buffer (or the \
                 output was read at the wrong offset: V2 packs start at addr + offset)",
                k + 1,
                packs.len(),
                p.len,
                hex(p.first_bytes()),
                codec.name()
            );
            push(problems, Rule::StreamNotAnnexb, message);
        }

        // Parameter sets, the SPS checks and STREAM-PARAMSETS-MISSING, in NAL unit order.
        for nal in excerpt.nals() {
            match (codec, nal.nal_type) {
                (Codec::H264, h264_type::SPS) | (Codec::H265, h265_type::SPS) => {
                    self.seen |= SEEN_SPS;
                    self.last.has_sps = true;
                    self.check_sps(codec, excerpt.nal_bytes(nal), nal.len, nal.pack, index, problems);
                }
                (Codec::H264, h264_type::PPS) | (Codec::H265, h265_type::PPS) => self.seen |= SEEN_PPS,
                (Codec::H265, h265_type::VPS) => self.seen |= SEEN_VPS,
                (_, t) if !self.first_irap_done && annexb::is_irap(codec, t) => {
                    self.first_irap_done = true;
                    let needed =
                        if codec == Codec::H265 { SEEN_VPS | SEEN_SPS | SEEN_PPS } else { SEEN_SPS | SEEN_PPS };
                    let missing = needed & !self.seen;
                    if missing != 0 {
                        let names: Vec<&str> = [(SEEN_VPS, "VPS"), (SEEN_SPS, "SPS"), (SEEN_PPS, "PPS")]
                            .into_iter()
                            .filter(|&(bit, _)| missing & bit != 0)
                            .map(|(_, name)| name)
                            .collect();
                        let message = format!(
                            "output {index}: the channel's first {} comes before any {}: a decoder cannot decode a \
                             picture without its parameter sets, so the stream cannot be played from its start. \
                             The driver puts them in front of the first IDR; if the app drops or reorders packs, \
                             keep all the packs of an output, in order",
                            irap_name(codec),
                            names.join(" and ")
                        );
                        push(problems, Rule::StreamParamsetsMissing, message);
                    }
                }
                _ => {}
            }
        }

        // The picture: STREAM-FIRST-NOT-IDR, STREAM-IDR-INTERVAL, STREAM-FORCED-IDR-MISSING.
        let types = excerpt.types();
        let has = |f: fn(Codec, u8) -> bool| (0..64u8).any(|t| types & (1u64 << t) != 0 && f(codec, t));
        if !has(annexb::is_vcl) {
            return; // no picture: not counted (an empty or broken output was reported above)
        }
        let irap = has(annexb::is_irap);
        self.last.picture = match (irap, has(annexb::is_idr)) {
            (_, true) => PictureKind::Idr,
            (true, false) => PictureKind::OtherIrap,
            (false, false) => PictureKind::NonIrap,
        };
        let picture = self.pictures;
        self.pictures += 1;
        let slices = || type_list(codec, types, |t| annexb::is_vcl(codec, t));
        if self.lost {
            if irap {
                self.lost = false;
                self.last_irap = Some((picture, index));
            }
            return;
        }
        if picture == 0 && !irap {
            let message = format!(
                "output {index}: the channel's first picture is not an {} but has {}: a decoder cannot start \
                 decoding there and drops every picture up to the first IDR (H.264 and H.265 require a stream to \
                 start with one)",
                irap_name(codec),
                slices()
            );
            push(problems, Rule::StreamFirstNotIdr, message);
        }
        if let Some(gop) = self.expect.gop() {
            let (last_pic, last_out) = self.last_irap.unwrap_or((0, 0));
            let since = picture - last_pic;
            if !irap && since > 0 && since % u64::from(gop) == 0 {
                let from = match self.last_irap {
                    Some(_) => format!("the last one (output {last_out})"),
                    None => "the channel's first output".to_string(),
                };
                let message = format!(
                    "output {index}: {since} pictures have passed since {from} without an {}, and this one has {} \
                     only, but the channel's GOP is {gop} (an IDR every {gop} pictures; V1 keyFrameInterval, V2 \
                     gop): the encoder does not follow the configured key frame interval, so a player that joins or \
                     seeks waits longer than configured",
                    irap_name(codec),
                    slices()
                );
                push(problems, Rule::StreamIdrInterval, message);
            }
        }
        if forced_idr && !irap {
            let message = format!(
                "output {index}: an IDR picture was requested for this picture (V1 \
                 aclvencSetFrameConfigForceIFrame, V2 hi_mpi_venc_request_idr) but it is not an {}: it has {}. The \
                 request was ignored or applied to a later picture (V2: the request applies to the next picture the \
                 encoder starts)",
                irap_name(codec),
                slices()
            );
            push(problems, Rule::StreamForcedIdrMissing, message);
        }
        if irap {
            self.last_irap = Some((picture, index));
        }
    }

    /// STREAM-SPS-INVALID, STREAM-SPS-SIZE, STREAM-SPS-PROFILE on one SPS (`bytes` escaped, header first; `len`
    /// its whole length, more than `bytes.len()` when the excerpt cut it; `pack` the 0-based pack it is in).
    fn check_sps(
        &mut self,
        codec: Codec,
        bytes: &[u8],
        len: usize,
        pack: u32,
        index: u64,
        problems: &mut Vec<Problem>,
    ) {
        if bytes == self.last_sps.as_slice() {
            self.last.size = self.last.size.or(self.last_sps_size);
            return;
        }
        self.last_sps.clear();
        self.last_sps.extend_from_slice(bytes);
        self.last_sps_size = None;
        let parsed = match codec {
            Codec::H264 if bytes.len() < len => return, // cut by PARAM_SET_BYTES: h264-reader needs all of it
            Codec::H264 => h264::Sps::parse(bytes).map(|s| (s.cropped_size, s.coded_size, s.profile_idc)),
            _ => match h265::Sps::parse(bytes) {
                Err(h265::SpsError::Truncated) if bytes.len() < len => return,
                Err(h265::SpsError::NotBaseLayer) => return, // a multi-layer extension's SPS: not checked
                r => r
                    .map(|s| (s.cropped_size().unwrap_or_default(), (s.pic_width, s.pic_height), s.profile_idc))
                    .map_err(|e| e.to_string()),
            },
        };
        let (size, coded, profile_idc) = match parsed {
            Ok(v) => v,
            Err(e) => {
                let message = format!(
                    "output {index}: the {} SPS in pack {} (NAL type {}, {len} bytes: {}...) cannot be read: {e}. \
                     Decoders reject the stream; the driver wrote a broken parameter set",
                    codec.name(),
                    pack + 1,
                    if codec == Codec::H265 { h265_type::SPS } else { h264_type::SPS },
                    hex(&bytes[..bytes.len().min(8)])
                );
                push(problems, Rule::StreamSpsInvalid, message);
                return;
            }
        };
        self.last.size = Some(size);
        self.last_sps_size = Some(size);
        if let Some((w, h)) = self.expect.size().filter(|&want| want != size) {
            let (sw, sh) = size;
            let coded = match coded {
                (cw, ch) if coded != size => format!(" (coded {cw}x{ch}, cropped to {sw}x{sh})"),
                _ => String::new(),
            };
            let message = format!(
                "output {index}: SPS says {sw}x{sh}{coded} but the channel was created with a picture size of \
                 {w}x{h} (V1 picWidth x picHeight, V2 pic_width x pic_height): players show the stream at \
                 {sw}x{sh}. The driver encoded another size, or the channel attributes the shim saw are not the \
                 ones in effect"
            );
            push(problems, Rule::StreamSpsSize, message);
        }
        if let Some(want) = self.expect.profile.filter(|p| p.codec() == codec && p.profile_idc() != profile_idc) {
            let message = format!(
                "output {index}: SPS says profile_idc {profile_idc} ({}) but the channel asked for {} (profile_idc \
                 {}; V1 enType, V2 profile): decoders limited to {} may refuse the stream. The driver encoded \
                 another profile than the one configured",
                profile_idc_name(codec, profile_idc),
                want.name(),
                want.profile_idc(),
                want.name()
            );
            push(problems, Rule::StreamSpsProfile, message);
        }
    }

    /// STREAM-JPEG-MARKERS, STREAM-JPEG-SIZE.
    fn check_jpeg(&mut self, excerpt: &Excerpt, index: u64, problems: &mut Vec<Problem>) {
        if excerpt.byte_len() == 0 {
            return; // reported as STREAM-EMPTY-PACK
        }
        let head = excerpt.jpeg_head();
        let h = jpeg::scan_headers(head);
        let tail = excerpt.tail();
        let mut wrong = Vec::new();
        if !h.soi {
            wrong.push(format!("does not start with SOI (FF D8) but with {}", hex(&head[..head.len().min(4)])));
        } else if h.malformed || (h.frame.is_none() && !h.truncated) {
            wrong.push("has no frame header (SOF0..SOF15) before its scan, or a broken marker segment".to_string());
        }
        if !jpeg::ends_with_eoi(tail) {
            let last = hex(&tail[tail.len().saturating_sub(4)..]);
            wrong.push(format!("does not end with EOI (FF D9) but with {last}"));
        }
        if !wrong.is_empty() {
            let message = format!(
                "output {index}: the JPEG picture ({} bytes) {}: it is cut off or not a JPEG, and decoders reject it \
                 or show it partly. Check the output buffer size (V1 bufSize, V2 the stream buffer) and that all \
                 packs are written",
                excerpt.byte_len(),
                wrong.join(" and ")
            );
            push(problems, Rule::StreamJpegMarkers, message);
        }
        self.last.picture = if h.soi { PictureKind::Jpeg } else { PictureKind::None };
        let Some(frame) = h.frame else { return };
        let size = (u32::from(frame.width), u32::from(frame.height));
        self.last.size = Some(size);
        // Each distinct size is checked once (every picture of a JPEG channel has a frame header).
        let changed = self.last_jpeg_size != Some((frame.width, frame.height));
        self.last_jpeg_size = Some((frame.width, frame.height));
        let Some((w, h)) = self.expect.size() else { return };
        // A JPEGE channel's size is the largest picture it takes (smaller ones are sent too: MPI-JPEGE-FRAME-LE-CHN).
        let (sw, sh) = size;
        if changed && frame.height != 0 && (sw > w || sh > h) {
            let message = format!(
                "output {index}: the JPEG frame header (SOF{}) says {sw}x{sh}, larger than the channel's picture size \
                 {w}x{h} (V2 pic_width x pic_height, the largest picture a JPEGE channel takes): viewers show the \
                 picture at {sw}x{sh}. The driver encoded another size, or the channel attributes the shim saw are \
                 not the ones in effect",
                frame.sof
            );
            push(problems, Rule::StreamJpegSize, message);
        }
    }
}
