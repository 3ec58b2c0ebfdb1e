//! Shared helpers of the emu-mpi integration tests: load the built `libacl_dvpp_mpi.so` with `dlopen` and call it
//! through function tables generated from the ABI crate (the same tables the exports come from).
#![allow(dead_code, clippy::missing_safety_doc)]

use std::sync::OnceLock;

use aclvenc_abi::*;

#[macro_use]
#[path = "../../../emu-common/test-support/libs.rs"]
mod libs;
#[allow(unused_imports)] // each test binary uses a different subset
pub use libs::{built_lib, repo, run, target_dir};

aclvenc_abi::hi_mpi_venc_fns!(fn_table; Venc;);
aclvenc_abi::hi_mpi_sys_fns!(fn_table; Sys;);
aclvenc_abi::hi_mpi_dvpp_fns!(fn_table; Dvpp;);

/// The loaded library and its three function tables.
pub struct Mpi {
    _lib: libloading::Library,
    pub venc: Venc,
    pub sys: Sys,
    pub dvpp: Dvpp,
}

/// Load `libacl_dvpp_mpi.so` once per test process and call `hi_mpi_sys_init` once.
pub fn mpi() -> &'static Mpi {
    static MPI: OnceLock<Mpi> = OnceLock::new();
    MPI.get_or_init(|| {
        let path = built_lib("libacl_dvpp_mpi.so");
        // SAFETY: loading our own emulated driver; its initialisers only set up Rust statics.
        let lib = unsafe { libloading::Library::new(&path) }.unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        Mpi { venc: Venc::load(&lib), sys: Sys::load(&lib), dvpp: Dvpp::load(&lib), _lib: lib }
    })
}

/// `mpi()` plus a successful `hi_mpi_sys_init` (reference-counted, never exited by the tests).
pub fn mpi_ready() -> &'static Mpi {
    static INIT: OnceLock<()> = OnceLock::new();
    let m = mpi();
    INIT.get_or_init(|| {
        // SAFETY: no arguments.
        assert_eq!(unsafe { (m.sys.hi_mpi_sys_init)() }, HI_SUCCESS);
    });
    m
}

/// DVPP memory that frees itself.
pub struct DvppBuf {
    pub ptr: *mut u8,
    pub len: usize,
}

impl DvppBuf {
    pub fn new(len: usize) -> DvppBuf {
        let m = mpi_ready();
        let mut p: *mut std::ffi::c_void = std::ptr::null_mut();
        // SAFETY: `p` is a valid out-param.
        assert_eq!(unsafe { (m.dvpp.hi_mpi_dvpp_malloc)(0, &mut p, len as u64) }, HI_SUCCESS);
        DvppBuf { ptr: p.cast(), len }
    }

    pub fn bytes(&self) -> &[u8] {
        // SAFETY: `ptr` is a live allocation of `len` bytes owned by this value.
        unsafe { std::slice::from_raw_parts(self.ptr, self.len) }
    }

    pub fn fill(&mut self, data: &[u8]) {
        assert!(data.len() <= self.len);
        // SAFETY: as above, and `data` fits.
        unsafe { std::ptr::copy_nonoverlapping(data.as_ptr(), self.ptr, data.len()) };
    }
}

impl Drop for DvppBuf {
    fn drop(&mut self) {
        // SAFETY: the pointer came from hi_mpi_dvpp_malloc and is freed once.
        unsafe { (mpi().dvpp.hi_mpi_dvpp_free)(self.ptr.cast()) };
    }
}

/// Deterministic noise (xorshift) for pictures that do not compress away.
pub fn noise(len: usize, seed: u64) -> Vec<u8> {
    let mut x = seed | 1;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

/// A JPEG channel attribute (`buf_size` 0 = user output buffers).
pub fn jpeg_attr(w: u32, h: u32, buf_size: u32) -> hi_venc_chn_attr {
    let mut a = hi_venc_chn_attr::default();
    a.venc_attr.r#type = hi_payload_type::HI_PT_JPEG;
    a.venc_attr.max_pic_width = w;
    a.venc_attr.max_pic_height = h;
    a.venc_attr.pic_width = w;
    a.venc_attr.pic_height = h;
    a.venc_attr.buf_size = buf_size;
    a.venc_attr.is_by_frame = hi_bool::HI_TRUE;
    a
}

/// An H.264 (`h265 == false`) or H.265 CBR channel attribute at 30 fps.
pub fn video_attr(h265: bool, w: u32, h: u32, kbps: u32) -> hi_venc_chn_attr {
    let mut a = hi_venc_chn_attr::default();
    fill_video_attr(&mut a, h265, w, h, kbps);
    a
}

/// Set the members of `a` that create_chn reads for [`video_attr`]'s channel (every other byte is left as it is):
/// the `venc_attr` head, CBR rate control at 30 fps and `NORMAL_P` GOP with `ip_qp_delta` 0.
pub fn fill_video_attr(a: &mut hi_venc_chn_attr, h265: bool, w: u32, h: u32, kbps: u32) {
    a.venc_attr.r#type = if h265 { hi_payload_type::HI_PT_H265 } else { hi_payload_type::HI_PT_H264 };
    a.venc_attr.max_pic_width = w;
    a.venc_attr.max_pic_height = h;
    a.venc_attr.pic_width = w;
    a.venc_attr.pic_height = h;
    a.venc_attr.buf_size = (w * h * 3).div_ceil(64) * 64;
    a.venc_attr.profile = if h265 { 0 } else { 2 };
    a.venc_attr.is_by_frame = hi_bool::HI_TRUE;
    a.rc_attr.rc_mode =
        if h265 { hi_venc_rc_mode::HI_VENC_RC_MODE_H265_CBR } else { hi_venc_rc_mode::HI_VENC_RC_MODE_H264_CBR };
    let c = a.rc_attr.h264_cbr_mut();
    c.gop = 30;
    c.stats_time = 1;
    c.src_frame_rate = 30;
    c.dst_frame_rate = 30;
    c.bit_rate = kbps;
    a.gop_attr.gop_mode = hi_venc_gop_mode::HI_VENC_GOP_MODE_NORMAL_P;
    a.gop_attr.normal_p_mut().ip_qp_delta = 0;
}

/// `hi_mpi_dvpp_malloc` of `len` bytes, asserting success; the caller frees it (or not) with [`dvpp_free_raw`].
pub fn dvpp_alloc_raw(len: usize) -> *mut u8 {
    let mut p: *mut std::ffi::c_void = std::ptr::null_mut();
    // SAFETY: `p` is a valid out-param.
    assert_eq!(unsafe { (mpi_ready().dvpp.hi_mpi_dvpp_malloc)(0, &mut p, len as u64) }, HI_SUCCESS);
    p.cast()
}

/// `hi_mpi_dvpp_free(p)`: its result (the library checks `p` against its registry before touching memory).
pub fn dvpp_free_raw(p: *mut u8) -> i32 {
    // SAFETY: the library never dereferences a pointer its registry does not know.
    unsafe { (mpi_ready().dvpp.hi_mpi_dvpp_free)(p.cast()) }
}

/// A `w` x `h` NV12 picture of noise (stride ALIGN16(w)) in new DVPP memory the caller frees.
pub fn nv12_raw(w: u32, h: u32, seed: u64) -> *mut u8 {
    let len = (((w + 15) & !15) * h * 3 / 2) as usize;
    let p = dvpp_alloc_raw(len);
    let pixels = noise(len, seed);
    // SAFETY: `p` is a fresh block of `len` bytes.
    unsafe { std::ptr::copy_nonoverlapping(pixels.as_ptr(), p, len) };
    p
}

/// A frame description of an NV12 picture (stride ALIGN16(w)) in `buf`.
pub fn nv12_frame(buf: &DvppBuf, w: u32, h: u32, pts: u64) -> hi_video_frame_info {
    nv12_frame_at(buf.ptr, w, h, pts)
}

/// A frame description of an NV12 picture (stride ALIGN16(w)) at `ptr` (memory from any allocator).
pub fn nv12_frame_at(ptr: *mut u8, w: u32, h: u32, pts: u64) -> hi_video_frame_info {
    let mut f = hi_video_frame_info::default();
    f.v_frame.width = w;
    f.v_frame.height = h;
    f.v_frame.pixel_format = hi_pixel_format::HI_PIXEL_FORMAT_YUV_SEMIPLANAR_420;
    let stride = (w + 15) & !15;
    f.v_frame.width_stride = [stride, stride, 0];
    f.v_frame.height_stride = [h, h, 0];
    f.v_frame.virt_addr[0] = ptr.cast();
    // Only address arithmetic inside the caller's buffer; nothing is dereferenced here.
    f.v_frame.virt_addr[1] = ptr.wrapping_add((stride * h) as usize).cast();
    f.v_frame.pts = pts;
    f
}

/// A zeroed `hi_venc_stream` with room for `n` packs (the pack array is leaked into the returned box pair).
pub fn stream_with(n: usize) -> (hi_venc_stream, Vec<hi_venc_pack>) {
    let mut packs = vec![hi_venc_pack::default(); n];
    let mut s = hi_venc_stream::default();
    s.pack = packs.as_mut_ptr();
    s.pack_cnt = n as u32;
    (s, packs)
}

/// Start a channel with `recv_pic_num`.
pub fn start(m: &Mpi, chn: i32, n: i32) -> i32 {
    let p = hi_venc_start_param { recv_pic_num: n };
    // SAFETY: `p` is a valid start parameter.
    unsafe { (m.venc.hi_mpi_venc_start_chn)(chn, &p) }
}

/// Stop and destroy a channel, asserting success.
pub fn stop_destroy(m: &Mpi, chn: i32) {
    // SAFETY: no pointers.
    unsafe {
        assert_eq!((m.venc.hi_mpi_venc_stop_chn)(chn), HI_SUCCESS);
        assert_eq!((m.venc.hi_mpi_venc_destroy_chn)(chn), HI_SUCCESS);
    }
}

aclvenc_abi::acl_runtime_fns!(fn_table; AclRt;);
aclvenc_abi::acldvpp_fns!(fn_table; AclDvpp;);
aclvenc_abi::aclvenc_fns!(fn_table; AclVenc;);

/// The sibling libraries `libascendcl.so` and `libacl_dvpp.so`, loaded from the same directory as
/// `libacl_dvpp_mpi.so` (the one `libacl_dvpp_mpi.so` reaches for the shared device-memory registry).
pub struct Acl {
    _rt_lib: libloading::Library,
    _dvpp_lib: libloading::Library,
    pub rt: AclRt,
    pub dvpp: AclDvpp,
    /// The V1 encoder functions of `libacl_dvpp.so`.
    pub venc: AclVenc,
}

/// Load `libascendcl.so` and `libacl_dvpp.so` once per test process.
pub fn acl() -> &'static Acl {
    static ACL: OnceLock<Acl> = OnceLock::new();
    ACL.get_or_init(|| {
        let load = |file: &str| {
            let path = built_lib(file);
            // SAFETY: loading our own emulated driver; its initialisers only set up Rust statics.
            unsafe { libloading::Library::new(&path) }.unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        };
        let (rt_lib, dvpp_lib) = (load("libascendcl.so"), load("libacl_dvpp.so"));
        Acl {
            rt: AclRt::load(&rt_lib),
            dvpp: AclDvpp::load(&dvpp_lib),
            venc: AclVenc::load(&dvpp_lib),
            _rt_lib: rt_lib,
            _dvpp_lib: dvpp_lib,
        }
    })
}
