//! `aclrtMemcpy` of the emulated runtime, through the exported C symbols, with the memory clients get wrong: a
//! device block already freed (large enough to be unmapped on free), a copy longer than its block, host memory
//! given as the device side, an encoder's stream copied after its channel was destroyed, and host memory that is
//! not mapped or not writable. Each returns ACL_ERROR_INVALID_PARAM and touches nothing, instead of reading or
//! writing memory the process may no longer map. Correct copies of every kind move the bytes, a copy of 0 bytes
//! does nothing, and a JPEG output buffer freed while its job ran stays readable until its stream is released.
//!
//! The tests run one at a time: a freed address may be handed out again by a parallel test's allocation.

mod common;

use std::ffi::c_void;
use std::sync::{Mutex, MutexGuard};

use aclvenc_abi::*;
use common::*;

fn serial() -> MutexGuard<'static, ()> {
    static SERIAL: Mutex<()> = Mutex::new(());
    SERIAL.lock().unwrap_or_else(|p| p.into_inner())
}

/// `aclrtMemcpy(dst, dest_max, src, count, kind)` of the emulated runtime.
fn memcpy(dst: *mut u8, dest_max: usize, src: *const u8, count: usize, kind: aclrtMemcpyKind) -> aclError {
    // SAFETY: the emulator checks the device sides against its registry; the host sides are live test buffers of
    // at least `count` bytes wherever a test expects success.
    unsafe { (acl().rt.aclrtMemcpy)(dst.cast::<c_void>(), dest_max, src.cast::<c_void>(), count, kind) }
}

const H2D: aclrtMemcpyKind = aclrtMemcpyKind::ACL_MEMCPY_HOST_TO_DEVICE;
const D2H: aclrtMemcpyKind = aclrtMemcpyKind::ACL_MEMCPY_DEVICE_TO_HOST;
const D2D: aclrtMemcpyKind = aclrtMemcpyKind::ACL_MEMCPY_DEVICE_TO_DEVICE;
const AUTO: aclrtMemcpyKind = aclrtMemcpyKind::ACL_MEMCPY_DEFAULT;

#[test]
fn copies_of_every_kind_move_the_bytes() {
    let _s = serial();
    let (a, b) = (DvppBuf::new(4096), DvppBuf::new(4096));
    let data = noise(4096, 7);
    let mut back = vec![0u8; 4096];
    assert_eq!(memcpy(a.ptr, 4096, data.as_ptr(), 4096, H2D), ACL_SUCCESS, "host to device");
    assert_eq!(memcpy(b.ptr, 4096, a.ptr, 4096, D2D), ACL_SUCCESS, "device to device");
    assert_eq!(memcpy(back.as_mut_ptr(), 4096, b.ptr, 4096, D2H), ACL_SUCCESS, "device to host");
    assert_eq!(back, data);
    let mut host = vec![0u8; 100];
    assert_eq!(memcpy(host.as_mut_ptr(), 100, a.ptr.wrapping_add(50), 100, AUTO), ACL_SUCCESS, "default, from device");
    assert_eq!(host, data[50..150]);
    let mut again = vec![0u8; 100];
    assert_eq!(memcpy(again.as_mut_ptr(), 100, host.as_ptr(), 100, AUTO), ACL_SUCCESS, "default, host to host");
    assert_eq!(again, host);
}

#[test]
fn a_freed_block_is_refused_either_way() {
    let _s = serial();
    let len = 8 << 20; // the allocator returns a block this large to the system on free
    let p = dvpp_alloc_raw(len);
    assert_eq!(dvpp_free_raw(p), HI_SUCCESS);
    let mut host = vec![0u8; len];
    assert_eq!(memcpy(host.as_mut_ptr(), len, p, len, D2H), ACL_ERROR_INVALID_PARAM, "read of a freed block");
    assert_eq!(memcpy(p, len, host.as_ptr(), len, H2D), ACL_ERROR_INVALID_PARAM, "write to a freed block");
    assert!(host.iter().all(|&x| x == 0), "the refused copy wrote nothing");
}

#[test]
fn a_copy_past_the_end_of_its_block_is_refused() {
    let _s = serial();
    let a = DvppBuf::new(4096);
    let mut host = vec![0u8; 8192];
    assert_eq!(memcpy(host.as_mut_ptr(), 8192, a.ptr, 8192, D2H), ACL_ERROR_INVALID_PARAM, "read past the end");
    assert_eq!(memcpy(a.ptr.wrapping_add(4000), 8192, host.as_ptr(), 200, H2D), ACL_ERROR_INVALID_PARAM, "write");
    assert_eq!(memcpy(host.as_mut_ptr(), 8192, a.ptr.wrapping_add(4000), 96, D2H), ACL_SUCCESS, "the block's tail");
}

#[test]
fn host_memory_given_as_the_device_side_is_refused() {
    let _s = serial();
    let (src, mut dst) = (noise(256, 3), vec![0u8; 256]);
    assert_eq!(memcpy(dst.as_mut_ptr(), 256, src.as_ptr(), 256, D2H), ACL_ERROR_INVALID_PARAM, "host as source");
    assert_eq!(memcpy(dst.as_mut_ptr(), 256, src.as_ptr(), 256, H2D), ACL_ERROR_INVALID_PARAM, "host as dest");
    assert!(dst.iter().all(|&x| x == 0));
}

#[test]
fn a_stream_copied_after_its_channel_was_destroyed_is_refused() {
    let _s = serial();
    let m = mpi_ready();
    let (chn, w, h) = (90, 1920, 1088);
    // SAFETY: a valid attribute.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_create_chn)(chn, &video_attr(false, w, h, 4000)) }, HI_SUCCESS);
    assert_eq!(start(m, chn, -1), HI_SUCCESS);
    let input = DvppBuf::new((w * h * 3 / 2) as usize);
    let f = nv12_frame(&input, w, h, 0);
    // SAFETY: `f` describes `input`, live during the call.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_send_frame)(chn, &f, -1) }, HI_SUCCESS);
    let (mut s, packs) = stream_with(8);
    // SAFETY: `s` has room for 8 packs.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_get_stream)(chn, &mut s, 5000) }, HI_SUCCESS);
    let p = packs[0];
    let (at, len) = (p.addr.wrapping_add(p.offset as usize).cast_const(), (p.len - p.offset) as usize);
    let mut host = vec![0u8; len];
    assert_eq!(memcpy(host.as_mut_ptr(), len, at, len, D2H), ACL_SUCCESS, "the pack, before its release");
    assert!(host.iter().any(|&x| x != 0));
    // SAFETY: the stream get_stream filled.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_release_stream)(chn, &mut s) }, HI_SUCCESS);
    stop_destroy(m, chn);
    let mut late = vec![0u8; len];
    assert_eq!(memcpy(late.as_mut_ptr(), len, at, len, D2H), ACL_ERROR_INVALID_PARAM, "after the destroy");
    assert!(late.iter().all(|&x| x == 0));
}

/// One anonymous page with protection `prot`, unmapped when dropped.
struct Page(*mut c_void);

impl Page {
    fn new(prot: i32) -> Page {
        // SAFETY: a fresh anonymous private mapping, owned by this value.
        let p = unsafe { libc::mmap(std::ptr::null_mut(), 4096, prot, libc::MAP_PRIVATE | libc::MAP_ANONYMOUS, -1, 0) };
        assert_ne!(p, libc::MAP_FAILED);
        Page(p)
    }
}

impl Drop for Page {
    fn drop(&mut self) {
        // SAFETY: the mapping `new` made, unmapped once.
        unsafe { libc::munmap(self.0, 4096) };
    }
}

#[test]
fn host_memory_that_is_not_mapped_or_not_writable_is_refused() {
    let _s = serial();
    let a = DvppBuf::new(4096);
    let (gone, read_only) = (Page::new(libc::PROT_NONE), Page::new(libc::PROT_READ));
    let (gone, read_only) = (gone.0.cast::<u8>(), read_only.0.cast::<u8>());
    assert_eq!(memcpy(a.ptr, 4096, gone, 64, H2D), ACL_ERROR_INVALID_PARAM, "host source not mapped");
    assert_eq!(memcpy(read_only, 4096, a.ptr, 64, D2H), ACL_ERROR_INVALID_PARAM, "host destination read-only");
    let mut host = vec![0u8; 64];
    let kind = aclrtMemcpyKind::ACL_MEMCPY_HOST_TO_HOST;
    assert_eq!(memcpy(host.as_mut_ptr(), 64, gone, 64, kind), ACL_ERROR_INVALID_PARAM, "host to host, not mapped");
    assert_eq!(memcpy(read_only, 64, host.as_ptr(), 64, kind), ACL_ERROR_INVALID_PARAM, "host to host, read-only");
    // SAFETY: the read-only page is mapped readable.
    assert_eq!(unsafe { *read_only }, 0, "nothing was written");
}

#[test]
fn a_copy_of_nothing_succeeds_wherever_it_points() {
    let _s = serial();
    let mut host = [0u8; 4];
    assert_eq!(memcpy(host.as_mut_ptr(), 4, 16 as *const u8, 0, D2H), ACL_SUCCESS);
    assert_eq!(memcpy(16 as *mut u8, 4, host.as_ptr(), 0, H2D), ACL_SUCCESS);
}

#[test]
fn a_wild_count_is_refused_without_allocating_it() {
    let _s = serial();
    let a = DvppBuf::new(4096);
    let mut host = [0u8; 4];
    let wild = usize::MAX / 4;
    assert_eq!(memcpy(host.as_mut_ptr(), wild, a.ptr, wild, D2H), ACL_ERROR_INVALID_PARAM, "device source");
    assert_eq!(memcpy(a.ptr, wild, host.as_ptr(), wild, H2D), ACL_ERROR_INVALID_PARAM, "device destination");
    assert_eq!(memcpy(a.ptr, wild, a.ptr.wrapping_add(8), wild, D2D), ACL_ERROR_INVALID_PARAM, "device to device");
}

#[test]
fn a_jpeg_output_buffer_freed_while_its_job_ran_is_copied_until_its_release() {
    let _s = serial();
    let m = mpi_ready();
    let (chn, w, h) = (91, 96, 64);
    // SAFETY: a valid attribute.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_create_chn)(chn, &jpeg_attr(w, h, 0)) }, HI_SUCCESS);
    assert_eq!(start(m, chn, -1), HI_SUCCESS);
    let input = DvppBuf::new((w * h * 3 / 2) as usize);
    let f = nv12_frame(&input, w, h, 1);
    let mut size = 0u32;
    // SAFETY: valid frame and out-param; jpeg_param is reserved (NULL allowed).
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_get_jpege_predicted_size)(&f, std::ptr::null(), &mut size) }, HI_SUCCESS);
    let out = dvpp_alloc_raw(size as usize);
    let stream = hi_img_stream { addr: out, len: size, ..Default::default() };
    // SAFETY: valid frame and stream descriptions.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_send_jpege_frame)(chn, &f, &stream, -1) }, HI_SUCCESS);
    assert_eq!(dvpp_free_raw(out), HI_SUCCESS, "the output buffer, before its stream (MPI-INPUT-FREE-EARLY)");
    let (mut s, packs) = stream_with(1);
    // SAFETY: `s.pack` points to one pack owned here.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_get_stream)(chn, &mut s, 5000) }, HI_SUCCESS);
    let len = packs[0].len as usize;
    let mut jpeg = vec![0u8; len];
    assert_eq!(memcpy(jpeg.as_mut_ptr(), len, packs[0].addr, len, D2H), ACL_SUCCESS, "the kept block is readable");
    assert_eq!((&jpeg[..2], &jpeg[len - 2..]), (&[0xFF, 0xD8][..], &[0xFF, 0xD9][..]));
    // SAFETY: the stream get_stream filled.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_release_stream)(chn, &mut s) }, HI_SUCCESS);
    assert_eq!(memcpy(jpeg.as_mut_ptr(), len, packs[0].addr, len, D2H), ACL_ERROR_INVALID_PARAM, "after release");
    stop_destroy(m, chn);
}
