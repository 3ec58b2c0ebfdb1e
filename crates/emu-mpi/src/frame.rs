//! Input pictures: checking a `hi_video_frame` against the vendor's format, size and stride rules, and copying its
//! pixels out of DVPP memory into an owned buffer the channel's worker encodes from.
//!
//! H.264/H.265 (section D): MPI-VENC-FRAME-SIZE, MPI-VENC-FRAME-FORMAT, MPI-VENC-FRAME-STRIDE, MPI-VENC-ALIGN.
//! JPEGE (section C): MPI-JPEGE-FRAME-LE-CHN, MPI-JPEGE-FORMAT, MPI-JPEGE-ALIGN, MPI-JPEGE-STRIDE.
//! Both: MPI-MEM-DVPP (BAD_ADDR), MPI-MEM-SIZE, MPI-STRUCT-UNINIT (compressed or tiled input is refused).
//! The chroma plane of a semi-planar picture starts `width_stride * height` bytes after `virt_addr[0]`
//! (`height_stride` is not used; MPI-VENC-FRAME-STRIDE).
//!
//! Members read (hi_video_frame, CANN aclcppdevg_03_0780): `width`, `height`, `pixel_format`, `video_format`,
//! `compress_mode`, `width_stride[0]`, `virt_addr[0]` and `pts` (echoed in the packs). Never read: the members
//! the vendor marks reserved (`field`, `dynamic_range`, `color_gamut`, `header_stride`, `height_stride` for
//! VENC/JPEGE, `header_phys_addr`, `phys_addr`, `header_virt_addr`), nor `time_ref`, `user_data`, `frame_flag`,
//! `supplement`, and `pool_id`/`mod_id` of `hi_video_frame_info`.

use aclvenc_abi::{
    hi_compress_mode, hi_errno, hi_pixel_format, hi_s32, hi_video_format, hi_video_frame, venc_err,
    HI_ERR_VENC_BAD_ADDR, HI_ERR_VENC_ILLEGAL_PARAM, HI_ERR_VENC_NOT_SUPPORT, HI_ERR_VENC_NULL_PTR,
};

use crate::mem::{self, AllocSet, MemError};

/// The input pixel layouts the emulated encoders accept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PixFmt {
    /// Semi-planar 4:2:0, U before V (`HI_PIXEL_FORMAT_YUV_SEMIPLANAR_420`).
    Nv12,
    /// Semi-planar 4:2:0, V before U (`HI_PIXEL_FORMAT_YVU_SEMIPLANAR_420`).
    Nv21,
    /// Packed 4:2:2, bytes Y0 U Y1 V.
    Yuyv,
    /// Packed 4:2:2, bytes U Y0 V Y1.
    Uyvy,
    /// Packed 4:2:2, bytes Y0 V Y1 U.
    Yvyu,
    /// Packed 4:2:2, bytes V Y0 U Y1.
    Vyuy,
}

impl PixFmt {
    /// Map a vendor pixel format; `None` for every format the encoders do not take.
    pub fn from_hi(f: hi_pixel_format) -> Option<PixFmt> {
        Some(match f {
            hi_pixel_format::HI_PIXEL_FORMAT_YUV_SEMIPLANAR_420 => PixFmt::Nv12,
            hi_pixel_format::HI_PIXEL_FORMAT_YVU_SEMIPLANAR_420 => PixFmt::Nv21,
            hi_pixel_format::HI_PIXEL_FORMAT_YUYV_PACKED_422 => PixFmt::Yuyv,
            hi_pixel_format::HI_PIXEL_FORMAT_UYVY_PACKED_422 => PixFmt::Uyvy,
            hi_pixel_format::HI_PIXEL_FORMAT_YVYU_PACKED_422 => PixFmt::Yvyu,
            hi_pixel_format::HI_PIXEL_FORMAT_VYUY_PACKED_422 => PixFmt::Vyuy,
            _ => return None,
        })
    }

    /// `true` for the packed 4:2:2 layouts.
    pub fn is_packed_422(self) -> bool {
        !matches!(self, PixFmt::Nv12 | PixFmt::Nv21)
    }

    /// Bytes of a picture with this layout: `stride * height * 3 / 2` (4:2:0) or `stride * height` (packed 4:2:2).
    pub fn buffer_bytes(self, stride: u32, height: u32) -> usize {
        let base = stride as usize * height as usize;
        if self.is_packed_422() {
            base
        } else {
            base + base / 2
        }
    }
}

/// `x` rounded up to a multiple of 16.
pub const fn align16(x: u32) -> u32 {
    (x + 15) & !15
}

/// A checked picture geometry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Geometry {
    pub fmt: PixFmt,
    /// Picture size in pixels.
    pub width: u32,
    pub height: u32,
    /// Bytes from one row to the next (`width_stride[0]`).
    pub stride: u32,
}

impl Geometry {
    /// Bytes the picture occupies in the input buffer.
    pub fn bytes(&self) -> usize {
        self.fmt.buffer_bytes(self.stride, self.height)
    }
}

/// An input picture copied out of DVPP memory.
#[derive(Debug, Clone)]
pub struct OwnedFrame {
    pub geo: Geometry,
    /// `geo.bytes()` bytes, laid out as in the caller's buffer.
    pub data: Vec<u8>,
    /// The caller's `pts`, returned in every pack of this frame's stream.
    pub pts: u64,
    /// The caller's `virt_addr[0]`, returned as `pack.input_addr`.
    pub input_addr: u64,
}

/// A refused frame: the vendor code and the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrameError {
    pub code: hi_s32,
    pub msg: String,
}

fn err(code: hi_s32, msg: String) -> FrameError {
    FrameError { code, msg }
}

fn check_plain(f: &hi_video_frame) -> Result<(), FrameError> {
    if f.compress_mode != hi_compress_mode::HI_COMPRESS_MODE_NONE
        || f.video_format != hi_video_format::HI_VIDEO_FORMAT_LINEAR
    {
        return Err(err(
            HI_ERR_VENC_NOT_SUPPORT,
            format!(
                "compress_mode {}, video_format {}: only uncompressed linear input is supported (zero the struct \
                 before filling it; MPI-STRUCT-UNINIT)",
                f.compress_mode.0, f.video_format.0
            ),
        ));
    }
    Ok(())
}

/// Check an H.264/H.265 input picture against a channel of `pic_w` x `pic_h`.
pub fn check_video(f: &hi_video_frame, pic_w: u32, pic_h: u32) -> Result<Geometry, FrameError> {
    if f.width != pic_w || f.height != pic_h {
        return Err(err(
            HI_ERR_VENC_ILLEGAL_PARAM,
            format!("frame is {}x{} but the channel is {pic_w}x{pic_h} (MPI-VENC-FRAME-SIZE)", f.width, f.height),
        ));
    }
    let fmt = match PixFmt::from_hi(f.pixel_format) {
        Some(p @ (PixFmt::Nv12 | PixFmt::Nv21)) => p,
        _ => {
            return Err(err(
                HI_ERR_VENC_ILLEGAL_PARAM,
                format!("pixel_format {} is not NV12 (1) or NV21 (2) (MPI-VENC-FRAME-FORMAT)", f.pixel_format.0),
            ))
        }
    };
    check_plain(f)?;
    let stride = f.width_stride[0];
    if stride != align16(f.width) {
        return Err(err(
            HI_ERR_VENC_ILLEGAL_PARAM,
            format!("width_stride[0] {stride} must be ALIGN16(width) = {} (MPI-VENC-FRAME-STRIDE)", align16(f.width)),
        ));
    }
    Ok(Geometry { fmt, width: f.width, height: f.height, stride })
}

/// Check a JPEGE input picture; it may be smaller than the channel's `chn_w` x `chn_h`, never larger.
pub fn check_jpeg(f: &hi_video_frame, chn_w: u32, chn_h: u32, min_dim: u32) -> Result<Geometry, FrameError> {
    let fmt = PixFmt::from_hi(f.pixel_format).ok_or_else(|| {
        err(
            HI_ERR_VENC_ILLEGAL_PARAM,
            format!(
                "pixel_format {} is not NV12, NV21 or packed 4:2:2 YUYV/UYVY/YVYU/VYUY (MPI-JPEGE-FORMAT)",
                f.pixel_format.0
            ),
        )
    })?;
    check_plain(f)?;
    if f.width > chn_w || f.height > chn_h || f.width < min_dim || f.height < min_dim {
        return Err(err(
            HI_ERR_VENC_ILLEGAL_PARAM,
            format!(
                "frame {}x{} must lie within [{min_dim}, channel {chn_w}x{chn_h}] (MPI-JPEGE-FRAME-LE-CHN)",
                f.width, f.height
            ),
        ));
    }
    let odd_h = !fmt.is_packed_422() && f.height % 2 != 0;
    if f.width % 2 != 0 || odd_h {
        return Err(err(
            HI_ERR_VENC_ILLEGAL_PARAM,
            format!(
                "frame {}x{}: width (and, for NV12/NV21, height) must be even (MPI-JPEGE-ALIGN)",
                f.width, f.height
            ),
        ));
    }
    let stride = f.width_stride[0];
    let ok = if fmt.is_packed_422() { stride == align16(2 * f.width) } else { stride % 16 == 0 && stride >= f.width };
    if !ok {
        let want = if fmt.is_packed_422() {
            format!("ALIGN16(2 x width) = {}", align16(2 * f.width))
        } else {
            "a multiple of 16 >= width".to_string()
        };
        return Err(err(
            HI_ERR_VENC_ILLEGAL_PARAM,
            format!("width_stride[0] {stride} must be {want} (MPI-JPEGE-STRIDE)"),
        ));
    }
    Ok(Geometry { fmt, width: f.width, height: f.height, stride })
}

/// Copy the picture described by `f` and `geo` out of memory from an allocator in `accept` (see
/// [`mem::accepted`]).
pub fn copy(f: &hi_video_frame, geo: Geometry, accept: AllocSet) -> Result<OwnedFrame, FrameError> {
    let addr = f.virt_addr[0] as usize;
    if addr == 0 {
        return Err(err(HI_ERR_VENC_NULL_PTR, "virt_addr[0] is NULL".into()));
    }
    let data = mem::copy_in(addr, geo.bytes(), accept).map_err(|e| match e {
        MemError::Unknown => err(
            HI_ERR_VENC_BAD_ADDR,
            format!(
                "virt_addr[0] {addr:#x} was not allocated with hi_mpi_dvpp_malloc (or acldvppMalloc) (MPI-MEM-DVPP)"
            ),
        ),
        MemError::Refused(who) => err(
            HI_ERR_VENC_BAD_ADDR,
            format!(
                "virt_addr[0] {addr:#x} is {} memory, which this channel does not take on the emulated chip; use \
                 hi_mpi_dvpp_malloc (MPI-MEM-DVPP)",
                who.name()
            ),
        ),
        MemError::TooSmall { available } => err(
            HI_ERR_VENC_ILLEGAL_PARAM,
            format!(
                "the input buffer has {available} bytes from virt_addr[0] but the picture needs {} (MPI-MEM-SIZE)",
                geo.bytes()
            ),
        ),
    })?;
    Ok(OwnedFrame { geo, data, pts: f.pts, input_addr: addr as u64 })
}

/// The vendor's "size not enough" code (0xA0088013, MPI-JPEGE-OUTBUF).
pub const HI_ERR_VENC_SIZE_NOT_ENOUGH: hi_s32 = venc_err(hi_errno::HI_ERR_SIZE_NOT_ENOUGH);

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(w: u32, h: u32, fmt: hi_pixel_format, stride: u32) -> hi_video_frame {
        hi_video_frame { width: w, height: h, pixel_format: fmt, width_stride: [stride, 0, 0], ..Default::default() }
    }

    #[test]
    fn video_rules() {
        let nv12 = hi_pixel_format::HI_PIXEL_FORMAT_YUV_SEMIPLANAR_420;
        assert!(check_video(&frame(640, 480, nv12, 640), 640, 480).is_ok());
        assert_eq!(check_video(&frame(640, 480, nv12, 656), 640, 480).unwrap_err().code, HI_ERR_VENC_ILLEGAL_PARAM);
        assert_eq!(check_video(&frame(320, 480, nv12, 320), 640, 480).unwrap_err().code, HI_ERR_VENC_ILLEGAL_PARAM);
        let yuyv = hi_pixel_format::HI_PIXEL_FORMAT_YUYV_PACKED_422;
        assert_eq!(check_video(&frame(640, 480, yuyv, 1280), 640, 480).unwrap_err().code, HI_ERR_VENC_ILLEGAL_PARAM);
        assert_eq!(HI_ERR_VENC_SIZE_NOT_ENOUGH as u32, 0xA008_8013);
    }

    #[test]
    fn jpeg_rules() {
        let yuyv = hi_pixel_format::HI_PIXEL_FORMAT_YUYV_PACKED_422;
        let g = check_jpeg(&frame(100, 51, yuyv, 208), 128, 128, 32).unwrap();
        assert_eq!(g.bytes(), 208 * 51);
        assert!(check_jpeg(&frame(100, 50, yuyv, 200), 128, 128, 32).is_err());
        let nv21 = hi_pixel_format::HI_PIXEL_FORMAT_YVU_SEMIPLANAR_420;
        assert!(check_jpeg(&frame(100, 51, nv21, 112), 128, 128, 32).is_err());
        assert!(check_jpeg(&frame(130, 50, nv21, 144), 128, 128, 32).is_err());
        assert_eq!(check_jpeg(&frame(100, 50, nv21, 128), 128, 128, 32).unwrap().bytes(), 128 * 75);
    }
}
