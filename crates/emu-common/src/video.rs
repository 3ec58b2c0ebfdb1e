//! Software H.264/H.265 encoding of NV12/NV21 pictures: one Annex B access unit out per picture in, right away
//! (no B-frames, no lookahead), with SPS/PPS (and VPS for H.265) in front of every IDR.
//!
//! CONTRACT shared by the V1 (`emu-dvpp`) and V2 (`emu-mpi`) emulated libraries. The bodies below are being
//! written now; keep the signatures.

/// H.264 profile (acldvppStreamFormat H264_*_LEVEL, hi_venc_attr.profile 0/1/2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum H264Profile {
    Baseline,
    Main,
    High,
}

/// Which bitstream to make.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VideoCodec {
    H264(H264Profile),
    /// H.265 Main profile.
    H265,
}

/// Rate control, bit rates in kbit/s.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RateControl {
    Cbr { kbps: u32 },
    Vbr { max_kbps: u32 },
    FixQp { i_qp: u32, p_qp: u32 },
}

/// Everything the encoder needs to start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VideoEncoderConfig {
    pub codec: VideoCodec,
    /// Picture size in pixels (even numbers).
    pub width: u32,
    pub height: u32,
    /// Input frame rate in frames/s (time base of the stream).
    pub fps: u32,
    /// Distance between IDR pictures, in pictures (key frame interval / GOP), >= 1.
    pub gop: u32,
    pub rc: RateControl,
}

/// Order of the chroma bytes in the interleaved plane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChromaOrder {
    /// U then V (PIXEL_FORMAT_YUV_SEMIPLANAR_420).
    Nv12,
    /// V then U (PIXEL_FORMAT_YVU_SEMIPLANAR_420).
    Nv21,
}

/// A borrowed semi-planar 4:2:0 picture: `width_stride * height_stride` bytes of luma, then the interleaved chroma
/// plane (`width_stride` bytes a row, `height / 2` rows).
#[derive(Debug, Clone, Copy)]
pub struct Nv12Picture<'a> {
    pub data: &'a [u8],
    pub width: u32,
    pub height: u32,
    /// Bytes from one row to the next, >= width.
    pub width_stride: u32,
    /// Rows from the start of the luma plane to the start of the chroma plane, >= height.
    pub height_stride: u32,
    pub order: ChromaOrder,
}

/// One NAL unit inside [`EncodedPicture::data`] (offset of its start code, length including it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NalUnit {
    /// nal_unit_type from the NAL header (H.264: 5 bits, H.265: 6 bits).
    pub nal_type: u8,
    pub offset: usize,
    pub len: usize,
}

/// One encoded picture as an Annex B byte stream.
#[derive(Debug, Clone, Default)]
pub struct EncodedPicture {
    pub data: Vec<u8>,
    pub is_idr: bool,
    pub nal_units: Vec<NalUnit>,
}

/// Why the encoder could not start or encode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EncodeError(pub String);

impl std::fmt::Display for EncodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for EncodeError {}

/// A running encoder (one per channel). `Send`, not `Sync`.
pub struct VideoEncoder {
    config: VideoEncoderConfig,
}

impl VideoEncoder {
    /// Open an encoder; fails when the configuration is out of range or the codec is missing.
    pub fn new(config: &VideoEncoderConfig) -> Result<Self, EncodeError> {
        Ok(VideoEncoder { config: config.clone() })
    }

    /// The configuration the encoder was opened with.
    pub fn config(&self) -> &VideoEncoderConfig {
        &self.config
    }

    /// Encode one picture; `force_idr` makes it an IDR picture. Returns exactly one access unit.
    pub fn encode(&mut self, picture: &Nv12Picture<'_>, force_idr: bool) -> Result<EncodedPicture, EncodeError> {
        let _ = (picture, force_idr);
        Err(EncodeError("video encoder not built yet".into()))
    }
}
