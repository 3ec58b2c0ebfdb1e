//! Frees a client gets wrong, through the exported C symbols of the three built libraries: a double free, a pointer
//! no allocator returned (never allocated, a pointer into a block), memory of another allocator, NULL, and an
//! encoder's own stream buffer. Each returns the family's error code and changes nothing; nothing aborts.
//!
//! The codes: `hi_mpi_dvpp_free` → HI_ERR_SYS_ILLEGAL_PARAM (0xA0028003), NULL → HI_ERR_SYS_NULL_PTR
//! (0xA0028006); `acldvppFree`, `aclrtFree`, `aclrtFreeHost` → ACL_ERROR_INVALID_PARAM (100000), NULL included.
//! `hi_mpi_dvpp_free` takes only `hi_mpi_dvpp_malloc` memory and `acldvppFree` only `acldvppMalloc` memory, as the
//! vendor documents (hi_mpi_dvpp_free: "can only free memory allocated by hi_mpi_dvpp_malloc").
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

/// The four allocators and their frees.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    HiMpi,
    AclDvpp,
    AclRt,
    AclRtHost,
}

const KINDS: [Kind; 4] = [Kind::HiMpi, Kind::AclDvpp, Kind::AclRt, Kind::AclRtHost];

fn alloc(k: Kind, len: usize) -> *mut c_void {
    let (m, a) = (mpi_ready(), acl());
    let mut p: *mut c_void = std::ptr::null_mut();
    let policy = aclrtMemMallocPolicy::ACL_MEM_MALLOC_HUGE_FIRST;
    // SAFETY: `p` is a valid out-param.
    let r = unsafe {
        match k {
            Kind::HiMpi => (m.dvpp.hi_mpi_dvpp_malloc)(0, &mut p, len as u64),
            Kind::AclDvpp => (a.dvpp.acldvppMalloc)(&mut p, len),
            Kind::AclRt => (a.rt.aclrtMalloc)(&mut p, len, policy),
            Kind::AclRtHost => (a.rt.aclrtMallocHost)(&mut p, len),
        }
    };
    assert_eq!(r, 0, "{k:?} alloc");
    p
}

fn free(k: Kind, p: *mut c_void) -> i32 {
    let (m, a) = (mpi_ready(), acl());
    // SAFETY: the emulator checks every pointer against its registry before it touches memory.
    unsafe {
        match k {
            Kind::HiMpi => (m.dvpp.hi_mpi_dvpp_free)(p),
            Kind::AclDvpp => (a.dvpp.acldvppFree)(p),
            Kind::AclRt => (a.rt.aclrtFree)(p),
            Kind::AclRtHost => (a.rt.aclrtFreeHost)(p),
        }
    }
}

/// The code each free returns for a pointer it does not take.
fn refused(k: Kind) -> i32 {
    if k == Kind::HiMpi {
        HI_ERR_SYS_ILLEGAL_PARAM
    } else {
        ACL_ERROR_INVALID_PARAM
    }
}

#[test]
fn double_free_returns_the_error_code() {
    let _s = serial();
    for k in KINDS {
        let p = alloc(k, 4096);
        assert_eq!(free(k, p), 0, "{k:?}: first free");
        assert_eq!(free(k, p), refused(k), "{k:?}: double free");
    }
}

#[test]
fn pointers_no_allocator_returned_are_refused() {
    let _s = serial();
    let on_stack = 0u64;
    let heap = Box::new([0u8; 64]);
    for k in KINDS {
        let p = alloc(k, 4096);
        let interior = (p as usize + 64) as *mut c_void;
        assert_eq!(free(k, interior), refused(k), "{k:?}: pointer into a block");
        assert_eq!(free(k, (&on_stack as *const u64).cast_mut().cast()), refused(k), "{k:?}: stack address");
        assert_eq!(free(k, heap.as_ptr().cast_mut().cast()), refused(k), "{k:?}: malloc memory");
        assert_eq!(free(k, 0x10 as *mut c_void), refused(k), "{k:?}: wild pointer");
        assert_eq!(free(k, p), 0, "{k:?}: the block itself is still there and frees");
    }
}

#[test]
fn memory_of_another_allocator_is_refused_and_kept() {
    let _s = serial();
    for owner in KINDS {
        let p = alloc(owner, 512);
        for k in KINDS.into_iter().filter(|&k| k != owner) {
            assert_eq!(free(k, p), refused(k), "{k:?} of {owner:?} memory");
        }
        assert_eq!(free(owner, p), 0, "{owner:?}: still its own to free");
    }
}

#[test]
fn null_is_refused() {
    let _s = serial();
    assert_eq!(free(Kind::HiMpi, std::ptr::null_mut()), HI_ERR_SYS_NULL_PTR);
    for k in [Kind::AclDvpp, Kind::AclRt, Kind::AclRtHost] {
        assert_eq!(free(k, std::ptr::null_mut()), ACL_ERROR_INVALID_PARAM, "{k:?}");
    }
}

#[test]
fn an_encoders_stream_buffer_is_not_the_applications_to_free() {
    let _s = serial();
    let m = mpi_ready();
    let (chn, w, h) = (70, 128, 128);
    let attr = video_attr(false, w, h, 500);
    // SAFETY: `attr` is a valid attribute.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_create_chn)(chn, &attr) }, HI_SUCCESS);
    assert_eq!(start(m, chn, -1), HI_SUCCESS);
    let mut input = DvppBuf::new((w * h * 3 / 2) as usize);
    input.fill(&noise(input.len, 1));
    let f = nv12_frame(&input, w, h, 1);
    let (mut s, packs) = stream_with(8);
    // SAFETY: `f` describes `input`; `s.pack` points to `s.pack_cnt` packs owned here.
    unsafe {
        assert_eq!((m.venc.hi_mpi_venc_send_frame)(chn, &f, -1), HI_SUCCESS);
        assert_eq!((m.venc.hi_mpi_venc_get_stream)(chn, &mut s, 5000), HI_SUCCESS);
    }
    let pack = packs[0].addr.cast::<c_void>();
    for k in KINDS {
        assert_eq!(free(k, pack), refused(k), "{k:?} of a stream pack");
    }
    // SAFETY: as above.
    assert_eq!(unsafe { (m.venc.hi_mpi_venc_release_stream)(chn, &mut s) }, HI_SUCCESS);
    stop_destroy(m, chn);
}
