//! One device-memory registry for the emulated libraries (MPI-MEM-DVPP, VENC-SEND-INPUT-PROVENANCE): the V2 sends of
//! `libacl_dvpp_mpi.so` take `acldvppMalloc` memory from `libacl_dvpp.so` as DVPP memory, and on the emulated
//! 310P (the default chip) `aclrtMalloc` memory from `libascendcl.so` as H.264/H.265 input only; everything else
//! is BAD_ADDR. Called through the exported C symbols of the three built libraries.

mod common;

use std::ffi::c_void;

use aclvenc_abi::*;
use common::*;

/// A buffer from one of the allocators, freed by the matching free.
struct Mem {
    ptr: *mut u8,
    len: usize,
    free: Box<dyn Fn(*mut c_void)>,
}

impl Mem {
    fn acldvpp(len: usize) -> Mem {
        let a = acl();
        let mut p: *mut c_void = std::ptr::null_mut();
        // SAFETY: `p` is a valid out-param.
        assert_eq!(unsafe { (a.dvpp.acldvppMalloc)(&mut p, len) }, ACL_SUCCESS);
        // SAFETY: freed once, with the matching free.
        Mem { ptr: p.cast(), len, free: Box::new(|p| assert_eq!(unsafe { (acl().dvpp.acldvppFree)(p) }, ACL_SUCCESS)) }
    }

    fn aclrt(len: usize) -> Mem {
        let a = acl();
        let mut p: *mut c_void = std::ptr::null_mut();
        let policy = aclrtMemMallocPolicy::ACL_MEM_MALLOC_HUGE_FIRST;
        // SAFETY: `p` is a valid out-param.
        assert_eq!(unsafe { (a.rt.aclrtMalloc)(&mut p, len, policy) }, ACL_SUCCESS);
        // SAFETY: freed once, with the matching free.
        Mem { ptr: p.cast(), len, free: Box::new(|p| assert_eq!(unsafe { (acl().rt.aclrtFree)(p) }, ACL_SUCCESS)) }
    }

    fn aclrt_host(len: usize) -> Mem {
        let a = acl();
        let mut p: *mut c_void = std::ptr::null_mut();
        // SAFETY: `p` is a valid out-param.
        assert_eq!(unsafe { (a.rt.aclrtMallocHost)(&mut p, len) }, ACL_SUCCESS);
        Mem {
            ptr: p.cast(),
            len,
            // SAFETY: freed once, with the matching free.
            free: Box::new(|p| assert_eq!(unsafe { (acl().rt.aclrtFreeHost)(p) }, ACL_SUCCESS)),
        }
    }

    fn fill(&mut self, data: &[u8]) {
        assert!(data.len() <= self.len);
        // SAFETY: `ptr` is a live allocation of `len` bytes owned by this value, and `data` fits.
        unsafe { std::ptr::copy_nonoverlapping(data.as_ptr(), self.ptr, data.len()) };
    }

    fn bytes(&self) -> &[u8] {
        // SAFETY: `ptr` is a live allocation of `len` bytes owned by this value.
        unsafe { std::slice::from_raw_parts(self.ptr, self.len) }
    }
}

impl Drop for Mem {
    fn drop(&mut self) {
        (self.free)(self.ptr.cast());
    }
}

fn nv12(mem: fn(usize) -> Mem, w: u32, h: u32, seed: u64) -> Mem {
    let mut m = mem((((w + 15) & !15) * h * 3 / 2) as usize);
    m.fill(&noise(m.len, seed));
    m
}

fn create_started(m: &Mpi, chn: i32, attr: &hi_venc_chn_attr) {
    // SAFETY: `attr` is a valid attribute.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_create_chn)(chn, attr) }, HI_SUCCESS);
    assert_eq!(start(m, chn, -1), HI_SUCCESS);
}

/// Fetch and release one stream; the pts of its first pack.
fn one_stream(m: &Mpi, chn: i32) -> u64 {
    let (mut s, packs) = stream_with(8);
    // SAFETY: `s.pack` points to `s.pack_cnt` packs owned by this function.
    unsafe {
        assert_eq!((m.venc.hi_mpi_venc_get_stream)(chn, &mut s, 5000), HI_SUCCESS);
        assert_eq!((m.venc.hi_mpi_venc_release_stream)(chn, &mut s), HI_SUCCESS);
    }
    packs[0].pts
}

#[test]
fn mpi_mem_dvpp_video_input_from_acldvpp_malloc_and_aclrt_malloc_on_310p() {
    let m = mpi_ready();
    let (chn, w, h) = (60, 320, 240);
    create_started(m, chn, &video_attr(false, w, h, 1000));
    for (pts, mem) in [(1, Mem::acldvpp as fn(usize) -> Mem), (2, Mem::aclrt)] {
        let buf = nv12(mem, w, h, pts);
        let f = nv12_frame_at(buf.ptr, w, h, pts);
        // SAFETY: `f` describes `buf`, which lives until the stream is fetched.
        assert_eq!(unsafe { (m.venc.hi_mpi_venc_send_frame)(chn, &f, -1) }, HI_SUCCESS, "MPI-MEM-DVPP ({pts})");
        assert_eq!(one_stream(m, chn), pts);
    }
    let host = nv12(Mem::aclrt_host, w, h, 3);
    let f = nv12_frame_at(host.ptr, w, h, 3);
    // SAFETY: as above.
    let r = unsafe { (m.venc.hi_mpi_venc_send_frame)(chn, &f, -1) };
    assert_eq!(r, HI_ERR_VENC_BAD_ADDR, "MPI-MEM-DVPP: aclrtMallocHost memory is not device memory");
    stop_destroy(m, chn);
}

#[test]
fn mpi_mem_dvpp_jpege_takes_acldvpp_malloc_but_not_aclrt_malloc() {
    let m = mpi_ready();
    let (chn, w, h) = (61, 64, 64);
    create_started(m, chn, &jpeg_attr(w, h, 0));
    let input = nv12(Mem::acldvpp, w, h, 4);
    let f = nv12_frame_at(input.ptr, w, h, 4);
    let mut size = 0u32;
    // SAFETY: valid frame and out-param; jpeg_param is reserved (NULL allowed).
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_get_jpege_predicted_size)(&f, std::ptr::null(), &mut size) }, HI_SUCCESS);

    // aclrtMalloc memory: neither JPEGE input nor JPEGE output.
    let rt_out = Mem::aclrt(size as usize);
    let stream = hi_img_stream { addr: rt_out.ptr, len: size, ..Default::default() };
    // SAFETY: valid frame and stream descriptions.
    let r = unsafe { (m.venc.hi_mpi_venc_send_jpege_frame)(chn, &f, &stream, -1) };
    assert_eq!(r, HI_ERR_VENC_BAD_ADDR, "MPI-JPEGE-OUTBUF: aclrtMalloc output");
    let rt_in = nv12(Mem::aclrt, w, h, 5);
    let out = Mem::acldvpp(size as usize);
    let stream = hi_img_stream { addr: out.ptr, len: size, ..Default::default() };
    let f_rt = nv12_frame_at(rt_in.ptr, w, h, 5);
    // SAFETY: as above.
    let r = unsafe { (m.venc.hi_mpi_venc_send_jpege_frame)(chn, &f_rt, &stream, -1) };
    assert_eq!(r, HI_ERR_VENC_BAD_ADDR, "MPI-MEM-DVPP: aclrtMalloc JPEGE input");

    // acldvppMalloc input and output: accepted, and the JPEG lands in the caller's buffer.
    // SAFETY: as above; both buffers live until the stream is fetched.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_send_jpege_frame)(chn, &f, &stream, -1) }, HI_SUCCESS);
    assert_eq!(one_stream(m, chn), 4);
    assert_eq!(&out.bytes()[..2], &[0xFF, 0xD8]);
    stop_destroy(m, chn);
}

#[test]
fn each_free_takes_only_its_own_allocators_memory() {
    let m = mpi_ready();
    let a = acl();
    let v1 = Mem::acldvpp(256);
    let v2 = DvppBuf::new(256);
    // SAFETY: both pointers are live blocks; the refused frees leave them alone.
    unsafe {
        assert_eq!((m.dvpp.hi_mpi_dvpp_free)(v1.ptr.cast()), HI_ERR_SYS_ILLEGAL_PARAM);
        assert_eq!((a.dvpp.acldvppFree)(v2.ptr.cast()), ACL_ERROR_INVALID_PARAM);
        assert_eq!((a.rt.aclrtFree)(v2.ptr.cast()), ACL_ERROR_INVALID_PARAM);
    }
}
