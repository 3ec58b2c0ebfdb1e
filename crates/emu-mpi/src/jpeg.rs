//! Baseline JPEG encoding of the JPEGE inputs (NV12, NV21, packed 4:2:2) with the `jpeg-encoder` crate.
//!
//! Why `jpeg-encoder`: it is pure Rust (no C toolchain or system library for the emulator), writes baseline
//! sequential JFIF with 8-bit quantisation tables, scales the ITU-T T.81 Annex K tables with exactly the IJG
//! quality formula (`q < 50 ? 5000 / q : 200 - 2q`, clamped to [1, 255]), and takes user tables in natural
//! (row-major) order, which is what `hi_venc_jpeg_param.qfactor` and its `y_qt`/`cb_qt`/`cr_qt` need
//! (rule MPI-JPEGE-QFACTOR). Chroma is sampled 2x2 (4:2:0 inputs) or 2x1 (4:2:2 inputs), like the input.
//!
//! Emulator choice (not documented by the vendor): the `*_qt` tables are read and reported in natural order.

use jpeg_encoder::{Encoder, JpegColorType, QuantizationTableType, SamplingFactor};

use crate::frame::{align16, OwnedFrame, PixFmt};

/// `qfactor` value that selects the user's quantisation tables (MPI-JPEGE-QFACTOR).
pub const QFACTOR_USER_TABLES: u32 = 0xFFFF_FFFF;

/// ITU-T T.81 Annex K.1 luminance table, natural order.
pub const ANNEX_K_LUMA: [u8; 64] = [
    16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22, 29, 51,
    87, 80, 62, 18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92, 49, 64, 78, 87, 103, 121, 120, 101,
    72, 92, 95, 98, 112, 100, 103, 99,
];

/// ITU-T T.81 Annex K.2 chrominance table, natural order.
pub const ANNEX_K_CHROMA: [u8; 64] = [
    17, 18, 24, 47, 99, 99, 99, 99, 18, 21, 26, 66, 99, 99, 99, 99, 24, 26, 56, 99, 99, 99, 99, 99, 47, 66, 99, 99, 99,
    99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99,
    99, 99, 99, 99, 99, 99,
];

/// How to quantise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Quant {
    /// IJG quality 1..=100 applied to the Annex K tables.
    Quality(u8),
    /// User tables (natural order, entries 1..=255): one for Y, one shared by Cb and Cr.
    Tables { luma: [u8; 64], chroma: [u8; 64] },
}

/// `base` scaled by IJG quality `q` (1..=100), entries clamped to [1, 255] for baseline JPEG.
pub fn ijg_scale(base: &[u8; 64], q: u32) -> [u8; 64] {
    let q = q.clamp(1, 100);
    let scale = if q < 50 { 5000 / q } else { 200 - 2 * q };
    base.map(|v| ((v as u32 * scale + 50) / 100).clamp(1, 255) as u8)
}

/// A conservative upper bound of the JPEG size for a `width` x `height` picture, in bytes: twice the 16-aligned
/// raw size (4:2:0: 1.5 bytes a pixel, packed 4:2:2: 2) plus 4 KiB of headers. Used by
/// `hi_mpi_venc_get_jpege_predicted_size` and for the output-buffer check of `send_jpege_frame` (MPI-JPEGE-OUTBUF).
pub fn predicted_size(fmt: PixFmt, width: u32, height: u32) -> u64 {
    let area = align16(width) as u64 * align16(height) as u64;
    let raw = if fmt.is_packed_422() { area * 2 } else { area * 3 / 2 };
    raw * 2 + 4096
}

/// The picture as the encoder's row source: full-resolution Y, Cb, Cr per pixel (the encoder subsamples chroma
/// back by averaging, which reproduces the input's own chroma exactly because each value is repeated 2x2 / 2x1).
struct Source<'a>(&'a OwnedFrame);

impl jpeg_encoder::ImageBuffer for Source<'_> {
    fn get_jpeg_color_type(&self) -> JpegColorType {
        JpegColorType::Ycbcr
    }

    fn width(&self) -> u16 {
        self.0.geo.width as u16
    }

    fn height(&self) -> u16 {
        self.0.geo.height as u16
    }

    fn fill_buffers(&self, y: u16, buffers: &mut [Vec<u8>; 4]) {
        let g = self.0.geo;
        let d = &self.0.data;
        let stride = g.stride as usize;
        let y = y as usize;
        let w = g.width as usize;
        match g.fmt {
            PixFmt::Nv12 | PixFmt::Nv21 => {
                let luma = &d[y * stride..y * stride + w];
                let c0 = stride * g.height as usize + (y / 2) * stride;
                let chroma = &d[c0..c0 + w.div_ceil(2) * 2];
                let (ui, vi) = if g.fmt == PixFmt::Nv12 { (0, 1) } else { (1, 0) };
                for (x, &l) in luma.iter().enumerate() {
                    let c = (x / 2) * 2;
                    buffers[0].push(l);
                    buffers[1].push(chroma[c + ui]);
                    buffers[2].push(chroma[c + vi]);
                }
            }
            fmt => {
                // Byte positions of Y0, U, Y1, V inside each 4-byte pair of pixels.
                let (y0, u, y1, v) = match fmt {
                    PixFmt::Yuyv => (0, 1, 2, 3),
                    PixFmt::Uyvy => (1, 0, 3, 2),
                    PixFmt::Yvyu => (0, 3, 2, 1),
                    _ => (1, 2, 3, 0), // VYUY
                };
                let row = &d[y * stride..y * stride + w * 2];
                for x in 0..w {
                    let p = &row[(x / 2) * 4..(x / 2) * 4 + 4];
                    buffers[0].push(if x % 2 == 0 { p[y0] } else { p[y1] });
                    buffers[1].push(p[u]);
                    buffers[2].push(p[v]);
                }
            }
        }
    }
}

/// Encode one picture as a baseline JFIF image.
pub fn encode(frame: &OwnedFrame, quant: &Quant) -> Result<Vec<u8>, String> {
    let g = frame.geo;
    if g.width == 0 || g.height == 0 || g.width > u16::MAX as u32 || g.height > u16::MAX as u32 {
        return Err(format!("{}x{} cannot be a JPEG picture", g.width, g.height));
    }
    let need = g.bytes();
    if frame.data.len() < need {
        return Err(format!("input has {} bytes, the picture needs {need}", frame.data.len()));
    }
    let mut out = Vec::with_capacity(need / 4 + 1024);
    let (quality, tables) = match quant {
        Quant::Quality(q) => (*q, None),
        Quant::Tables { luma, chroma } => (100, Some((luma, chroma))),
    };
    let mut enc = Encoder::new(&mut out, quality.clamp(1, 100));
    enc.set_sampling_factor(if g.fmt.is_packed_422() { SamplingFactor::F_2_1 } else { SamplingFactor::F_2_2 });
    if let Some((l, c)) = tables {
        let widen = |t: &[u8; 64]| Box::new(t.map(|v| v.max(1) as u16));
        enc.set_quantization_tables(QuantizationTableType::Custom(widen(l)), QuantizationTableType::Custom(widen(c)));
    }
    enc.encode_image(Source(frame)).map_err(|e| format!("JPEG encoder: {e}"))?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::frame::Geometry;

    fn gradient(fmt: PixFmt, w: u32, h: u32) -> OwnedFrame {
        let stride = if fmt.is_packed_422() { align16(2 * w) } else { align16(w) };
        let geo = Geometry { fmt, width: w, height: h, stride };
        let data = (0..geo.bytes()).map(|i| ((i * 7) % 251) as u8 ^ ((i / 97) as u8)).collect();
        OwnedFrame { geo, data, pts: 0, input_addr: 0 }
    }

    #[test]
    fn scaling_matches_ijg() {
        assert_eq!(ijg_scale(&ANNEX_K_LUMA, 50), ANNEX_K_LUMA);
        assert_eq!(ijg_scale(&ANNEX_K_LUMA, 100), [1; 64]);
        assert_eq!(ijg_scale(&ANNEX_K_LUMA, 1)[0], 255);
    }

    #[test]
    fn encodes_every_format_and_size_grows_with_quality() {
        for fmt in [PixFmt::Nv12, PixFmt::Nv21, PixFmt::Yuyv, PixFmt::Uyvy, PixFmt::Yvyu, PixFmt::Vyuy] {
            let f = gradient(fmt, 98, 66);
            let lo = encode(&f, &Quant::Quality(10)).unwrap();
            let hi = encode(&f, &Quant::Quality(95)).unwrap();
            assert_eq!(&lo[..2], &[0xFF, 0xD8]);
            assert!(hi.len() > lo.len(), "{fmt:?}");
            assert!((hi.len() as u64) < predicted_size(fmt, 98, 66));
        }
        let f = gradient(PixFmt::Nv12, 64, 64);
        let t = encode(&f, &Quant::Tables { luma: [2; 64], chroma: [3; 64] }).unwrap();
        assert_eq!(&t[t.len() - 2..], &[0xFF, 0xD9]);
    }
}
