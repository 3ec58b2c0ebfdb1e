//! Software H.264/H.265 encoding of NV12/NV21 pictures: one Annex B access unit out per picture in, right away
//! (no B-frames, no lookahead), with SPS/PPS (and VPS for H.265) in front of every IDR.
//!
//! CONTRACT shared by the V1 (`emu-dvpp`) and V2 (`emu-mpi`) emulated libraries; keep the signatures.
//!
//! Implementation: libavcodec (FFmpeg, through `ffmpeg-next`) with libx264 for H.264 and libx265 for H.265.
//! Settings that make it behave like a hardware encoder:
//! * `tune=zerolatency`, no B-frames, no lookahead: one access unit comes out for every picture that goes in,
//!   during the same [`VideoEncoder::encode`] call.
//! * `keyint = gop`, `scenecut = 0`, closed GOP: an IDR picture every `gop` pictures and nowhere else (unless
//!   forced with `force_idr`, which also restarts the GOP).
//! * headers repeated: SPS and PPS (and VPS for H.265) in front of every IDR picture, Annex B start codes.
//! * rate control: CBR = average `kbps` with a VBV of `kbps` max rate and a 1 s buffer; VBR = constant quality
//!   (CRF 23) capped by a VBV of `max_kbps` and a 1 s buffer; FixQP = constant QP, the I-picture QP reached
//!   through the I/P QP ratio.
//! * speed preset from `ACLVENC_EMU_PRESET` (default `veryfast`, see [`crate::settings`]).

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

use std::sync::OnceLock;

use ffmpeg_next as ff;

use crate::annexb::{self, NalSyntax};

/// The constant rate factor used for VBR (quality-driven, capped by the VBV at `max_kbps`).
pub const VBR_CRF: u32 = 23;

/// Largest picture side the encoder accepts, in pixels (libx264/libx265 and every chip limit stay below it).
pub const MAX_SIDE: u32 = 16384;

fn init_ffmpeg() -> Result<(), EncodeError> {
    static INIT: OnceLock<Result<(), String>> = OnceLock::new();
    INIT.get_or_init(|| {
        ff::init().map_err(|e| format!("libavcodec initialisation failed: {e}"))?;
        // Keep libx264/libx265 chatter ("using cpu capabilities", final statistics) off the app's stderr.
        if std::env::var_os("ACLVENC_EMU_AV_LOG").is_none() {
            ff::util::log::set_level(ff::util::log::Level::Error);
        }
        Ok(())
    })
    .clone()
    .map_err(EncodeError)
}

/// How the input picture is laid out in the libavcodec frame handed to the codec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FrameLayout {
    /// Copied as is (interleaved chroma): libx264 takes NV12 and NV21 natively.
    SemiPlanar,
    /// De-interleaved into I420 (libx265 only takes planar 4:2:0).
    Planar,
}

impl VideoCodec {
    /// libavcodec encoder name.
    pub fn encoder_name(&self) -> &'static str {
        match self {
            VideoCodec::H264(_) => "libx264",
            VideoCodec::H265 => "libx265",
        }
    }

    fn nal_syntax(&self) -> NalSyntax {
        match self {
            VideoCodec::H264(_) => NalSyntax::H264,
            VideoCodec::H265 => NalSyntax::H265,
        }
    }
}

impl VideoEncoderConfig {
    /// Check ranges the encoder itself needs (the per-chip API limits are checked by the libraries).
    pub fn validate(&self) -> Result<(), EncodeError> {
        let err = |m: String| Err(EncodeError(m));
        if self.width < 2 || self.height < 2 || self.width > MAX_SIDE || self.height > MAX_SIDE {
            return err(format!("picture size {}x{} outside [2, {MAX_SIDE}]", self.width, self.height));
        }
        if self.width % 2 != 0 || self.height % 2 != 0 {
            return err(format!("picture size {}x{} must be even for 4:2:0", self.width, self.height));
        }
        if self.fps == 0 || self.fps > 1000 {
            return err(format!("frame rate {} outside [1, 1000] frames/s", self.fps));
        }
        if self.gop == 0 {
            return err("gop must be >= 1".into());
        }
        match self.rc {
            RateControl::Cbr { kbps } | RateControl::Vbr { max_kbps: kbps } if kbps == 0 || kbps > 10_000_000 => {
                err(format!("bit rate {kbps} kbit/s outside [1, 10000000]"))
            }
            RateControl::FixQp { i_qp, p_qp } if i_qp > 51 || p_qp > 51 => {
                err(format!("QP i={i_qp} p={p_qp} outside [0, 51]"))
            }
            _ => Ok(()),
        }
    }

    /// The encoder options (the `x264-params` / `x265-params` text plus the libavcodec private options) this
    /// configuration maps to, with `preset`. The benchmark uses the same list for the `ffmpeg` command line.
    pub fn codec_options(&self, preset: &str) -> Vec<(String, String)> {
        let mut params: Vec<String> = vec![
            format!("keyint={}", self.gop),
            format!("min-keyint={}", self.gop),
            "scenecut=0".into(),
            "bframes=0".into(),
            "rc-lookahead=0".into(),
            "repeat-headers=1".into(),
            "annexb=1".into(),
        ];
        match self.rc {
            RateControl::Cbr { kbps } => {
                params.push(format!("bitrate={kbps}"));
                params.push(format!("vbv-maxrate={kbps}"));
                params.push(format!("vbv-bufsize={kbps}"));
            }
            RateControl::Vbr { max_kbps } => {
                params.push(format!("crf={VBR_CRF}"));
                params.push(format!("vbv-maxrate={max_kbps}"));
                params.push(format!("vbv-bufsize={max_kbps}"));
            }
            RateControl::FixQp { i_qp, p_qp } => {
                // QP(I) = QP(P) - 6 * log2(ipratio)  =>  ipratio = 2^((QP(P) - QP(I)) / 6)
                let ipratio = 2f64.powf((f64::from(p_qp) - f64::from(i_qp)) / 6.0);
                params.push(format!("qp={p_qp}"));
                params.push(format!("ipratio={ipratio:.4}"));
            }
        }
        let mut opts = vec![
            ("preset".to_string(), preset.to_string()),
            ("tune".to_string(), "zerolatency".to_string()),
            ("forced-idr".to_string(), "1".to_string()),
        ];
        match self.codec {
            VideoCodec::H264(p) => {
                let profile = match p {
                    H264Profile::Baseline => "baseline",
                    H264Profile::Main => "main",
                    H264Profile::High => "high",
                };
                opts.push(("profile".into(), profile.into()));
                params.push("sync-lookahead=0".into());
                opts.push(("x264-params".into(), params.join(":")));
            }
            VideoCodec::H265 => {
                opts.push(("profile".into(), "main".into()));
                params.extend(["open-gop=0".into(), "info=0".into(), "log-level=error".into()]);
                opts.push(("x265-params".into(), params.join(":")));
            }
        }
        opts
    }
}

impl<'a> Nv12Picture<'a> {
    /// Bytes the picture needs in `data`: the luma plane up to `height_stride` rows, then `height / 2` chroma rows
    /// of `width_stride` bytes (the last row only needs `width` bytes).
    pub fn required_len(&self) -> usize {
        let ws = self.width_stride as usize;
        let luma = ws * self.height_stride as usize;
        let chroma_rows = (self.height as usize) / 2;
        luma + ws * chroma_rows.saturating_sub(1) + self.width as usize
    }

    /// Check the strides and the buffer length.
    pub fn validate(&self) -> Result<(), EncodeError> {
        if self.width_stride < self.width {
            return Err(EncodeError(format!("width stride {} < width {}", self.width_stride, self.width)));
        }
        if self.height_stride < self.height {
            return Err(EncodeError(format!("height stride {} < height {}", self.height_stride, self.height)));
        }
        if self.data.len() < self.required_len() {
            return Err(EncodeError(format!(
                "picture buffer has {} bytes, {}x{} (strides {}x{}) needs {}",
                self.data.len(),
                self.width,
                self.height,
                self.width_stride,
                self.height_stride,
                self.required_len()
            )));
        }
        Ok(())
    }

    fn luma_row(&self, y: usize) -> &'a [u8] {
        let off = y * self.width_stride as usize;
        &self.data[off..off + self.width as usize]
    }

    fn chroma_row(&self, y: usize) -> &'a [u8] {
        let off = (self.width_stride * self.height_stride) as usize + y * self.width_stride as usize;
        &self.data[off..off + self.width as usize]
    }
}

/// A running encoder (one per channel). `Send`, not `Sync`.
pub struct VideoEncoder {
    config: VideoEncoderConfig,
    encoder: ff::encoder::video::Encoder,
    /// Reused input frame. Safe to overwrite between calls: libavcodec drops its reference once the picture is
    /// handed to libx264/libx265 inside `send_frame`, and both copy the picture into their own buffers.
    frame: ff::frame::Video,
    /// Chroma order of `frame` when `layout` is semi-planar.
    frame_order: ChromaOrder,
    layout: FrameLayout,
    packet: ff::Packet,
    next_pts: i64,
}

impl std::fmt::Debug for VideoEncoder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VideoEncoder").field("config", &self.config).field("next_pts", &self.next_pts).finish()
    }
}

impl VideoEncoder {
    /// Open an encoder; fails when the configuration is out of range or the codec is missing.
    pub fn new(config: &VideoEncoderConfig) -> Result<Self, EncodeError> {
        Self::with_order(config, ChromaOrder::Nv12)
    }

    /// Like [`VideoEncoder::new`], with a hint of the chroma order most pictures will have (libx264 then takes
    /// them without conversion). Pictures of the other order are still accepted.
    pub fn with_order(config: &VideoEncoderConfig, order: ChromaOrder) -> Result<Self, EncodeError> {
        config.validate()?;
        init_ffmpeg()?;
        let name = config.codec.encoder_name();
        let codec = ff::encoder::find_by_name(name)
            .ok_or_else(|| EncodeError(format!("libavcodec has no {name} encoder (install libavcodec-extra)")))?;
        let wanted = match order {
            ChromaOrder::Nv12 => ff::format::Pixel::NV12,
            ChromaOrder::Nv21 => ff::format::Pixel::NV21,
        };
        let supported: Vec<ff::format::Pixel> =
            codec.video().ok().and_then(|v| v.formats()).map(|f| f.collect()).unwrap_or_default();
        let (pix, layout) = if supported.contains(&wanted) {
            (wanted, FrameLayout::SemiPlanar)
        } else if supported.contains(&ff::format::Pixel::YUV420P) {
            (ff::format::Pixel::YUV420P, FrameLayout::Planar)
        } else {
            return Err(EncodeError(format!("{name} takes neither {wanted:?} nor YUV420P")));
        };

        let mut enc = ff::codec::context::Context::new_with_codec(codec)
            .encoder()
            .video()
            .map_err(|e| EncodeError(format!("{name}: cannot make a video encoder context: {e}")))?;
        enc.set_width(config.width);
        enc.set_height(config.height);
        enc.set_format(pix);
        enc.set_time_base((1, config.fps as i32));
        enc.set_frame_rate(Some((config.fps as i32, 1)));
        enc.set_gop(config.gop);
        enc.set_max_b_frames(0);
        // thread_count 0 = let the codec pick (what the ffmpeg command line does by default).
        enc.set_threading(ff::codec::threading::Config { count: 0, ..Default::default() });
        let mut dict = ff::Dictionary::new();
        for (k, v) in config.codec_options(&crate::settings::get().preset) {
            dict.set(&k, &v);
        }
        let encoder = enc.open_with(dict).map_err(|e| EncodeError(format!("{name}: open failed: {e}")))?;
        let frame = ff::frame::Video::new(pix, config.width, config.height);
        Ok(VideoEncoder {
            config: config.clone(),
            encoder,
            frame,
            frame_order: order,
            layout,
            packet: ff::Packet::empty(),
            next_pts: 0,
        })
    }

    /// The configuration the encoder was opened with.
    pub fn config(&self) -> &VideoEncoderConfig {
        &self.config
    }

    /// Copy `picture` into the reusable libavcodec frame.
    fn fill_frame(&mut self, picture: &Nv12Picture<'_>) {
        let w = picture.width as usize;
        let h = picture.height as usize;
        let stride0 = self.frame.stride(0);
        {
            let y_plane = self.frame.data_mut(0);
            for y in 0..h {
                y_plane[y * stride0..y * stride0 + w].copy_from_slice(picture.luma_row(y));
            }
        }
        match self.layout {
            FrameLayout::SemiPlanar => {
                let stride1 = self.frame.stride(1);
                let swap = picture.order != self.frame_order;
                let uv = self.frame.data_mut(1);
                for y in 0..h / 2 {
                    let src = picture.chroma_row(y);
                    let dst = &mut uv[y * stride1..y * stride1 + w];
                    if swap {
                        for (d, s) in dst.chunks_exact_mut(2).zip(src.chunks_exact(2)) {
                            d[0] = s[1];
                            d[1] = s[0];
                        }
                    } else {
                        dst.copy_from_slice(src);
                    }
                }
            }
            FrameLayout::Planar => {
                let (su, sv) = (self.frame.stride(1), self.frame.stride(2));
                let (ui, vi) = match picture.order {
                    ChromaOrder::Nv12 => (0, 1),
                    ChromaOrder::Nv21 => (1, 0),
                };
                for y in 0..h / 2 {
                    let src = picture.chroma_row(y);
                    {
                        let u = &mut self.frame.data_mut(1)[y * su..y * su + w / 2];
                        for (d, s) in u.iter_mut().zip(src.chunks_exact(2)) {
                            *d = s[ui];
                        }
                    }
                    let v = &mut self.frame.data_mut(2)[y * sv..y * sv + w / 2];
                    for (d, s) in v.iter_mut().zip(src.chunks_exact(2)) {
                        *d = s[vi];
                    }
                }
            }
        }
    }

    /// Encode one picture; `force_idr` makes it an IDR picture. Returns exactly one access unit.
    pub fn encode(&mut self, picture: &Nv12Picture<'_>, force_idr: bool) -> Result<EncodedPicture, EncodeError> {
        if picture.width != self.config.width || picture.height != self.config.height {
            return Err(EncodeError(format!(
                "picture is {}x{}, the encoder was opened for {}x{}",
                picture.width, picture.height, self.config.width, self.config.height
            )));
        }
        picture.validate()?;
        self.fill_frame(picture);
        self.frame.set_pts(Some(self.next_pts));
        self.next_pts += 1;
        self.frame.set_kind(if force_idr { ff::picture::Type::I } else { ff::picture::Type::None });
        self.encoder.send_frame(&self.frame).map_err(|e| EncodeError(format!("send_frame failed: {e}")))?;

        let mut out = EncodedPicture::default();
        match self.encoder.receive_packet(&mut self.packet) {
            Ok(()) => {
                if let Some(d) = self.packet.data() {
                    out.data.extend_from_slice(d);
                }
            }
            Err(ff::Error::Other { errno }) if errno == ff::util::error::EAGAIN => {
                return Err(EncodeError("encoder held the picture back (not zero latency)".into()));
            }
            Err(e) => return Err(EncodeError(format!("receive_packet failed: {e}"))),
        }
        let syntax = self.config.codec.nal_syntax();
        out.nal_units = annexb::split(&out.data, syntax);
        out.is_idr = out.nal_units.iter().any(|n| annexb::is_idr_type(n.nal_type, syntax));
        Ok(out)
    }
}
