//! Regression tests for the shim under abuse (issue 8): handles the shim never saw created never reach the driver,
//! whatever the other arguments; a destroy racing a create that gets the same address back keeps the new object;
//! wrapped callbacks change only when the driver accepts the change; no fixed pool makes a false finding.
//!
//! The `unsafe` blocks below call the shim's exports the way a C client would; the fake driver never dereferences
//! its arguments, and every pointer passed is live, a fake device address, or deliberately bogus (the point of
//! the test).
#![allow(clippy::undocumented_unsafe_blocks)]

use crate::calls::dvpp::*;
use crate::calls::v1::*;
use crate::testing::{clean, driver_calls, only, racing_create, rules_of, wrapping};
use crate::validate::rules::Rule;
use aclvenc_abi::*;
use core::ffi::c_void;
use std::sync::atomic::{AtomicUsize, Ordering};

type Desc = *mut aclvencChannelDesc;

fn new_desc() -> Desc {
    crate::testing::with_device();
    unsafe { aclvencCreateChannelDesc() }
}

fn bogus<T>(addr: usize) -> *mut T {
    addr as *mut T
}

// ---- Defect 1: every handle is looked up first ----

#[test]
fn get_channel_desc_param_looks_up_the_desc_whatever_the_other_arguments() {
    let ty = aclvencChannelDescParamType::ACL_VENC_PIC_WIDTH_UINT32;
    let mut value = 0u32;
    let mut size = 0usize;
    let param: *mut c_void = (&raw mut value).cast();
    for (ret_size, param) in [(std::ptr::null_mut(), param), (&raw mut size, std::ptr::null_mut())] {
        driver_calls();
        let rules = rules_of(|| unsafe {
            assert_ne!(aclvencGetChannelDescParam(bogus(0x1234), ty, 4, ret_size, param), ACL_SUCCESS);
        });
        assert!(rules.contains(&"VENC-CHDESC-UNKNOWN-HANDLE"), "{rules:?}");
        assert!(driver_calls().is_empty(), "a never-created desc reached the driver");
    }
}

#[test]
fn send_frame_looks_up_the_frame_config_without_a_desc() {
    driver_calls();
    let rules = rules_of(|| unsafe {
        use std::ptr::null_mut;
        assert_ne!(aclvencSendFrame(null_mut(), null_mut(), null_mut(), bogus(0x5678), null_mut()), ACL_SUCCESS);
    });
    assert!(rules.contains(&"VENC-FRAMECFG-UNKNOWN-HANDLE"), "{rules:?}");
    assert!(driver_calls().is_empty(), "a never-created frame config reached the driver");
}

#[test]
fn dvpp_desc_unknown_handle() {
    // A pic desc never created, given to a setter, a getter, a destroy, and as a send's input.
    let never: *mut acldvppPicDesc = bogus(0x9a80);
    let calls: [fn(*mut acldvppPicDesc); 3] = [
        |p| unsafe {
            acldvppSetPicDescWidth(p, 1280);
        },
        |p| unsafe {
            acldvppGetPicDescWidth(p);
        },
        |p| unsafe {
            acldvppDestroyPicDesc(p);
        },
    ];
    for call in calls {
        driver_calls();
        only(Rule::DvppDescUnknownHandle, || call(never));
        assert!(driver_calls().is_empty(), "a never-created pic desc reached the driver");
    }
    // Destroyed, then used.
    let pic = unsafe { acldvppCreatePicDesc() };
    clean(|| assert_eq!(unsafe { acldvppDestroyPicDesc(pic) }, ACL_SUCCESS));
    driver_calls();
    let msg = only(Rule::DvppDescUnknownHandle, || unsafe {
        acldvppSetPicDescHeight(pic, 720);
    });
    assert!(msg.contains("already destroyed"), "{msg}");
    assert!(driver_calls().is_empty());
    // A stream desc the application sets up must be one it created; the getters also read the driver's own.
    let stream: *mut acldvppStreamDesc = bogus(0x9b00);
    only(Rule::DvppDescUnknownHandle, || unsafe {
        acldvppSetStreamDescSize(stream, 10);
    });
    let from_driver = crate::testing::fake_output(100, 0, 0);
    clean(|| unsafe {
        assert_eq!(acldvppGetStreamDescSize(from_driver), 100);
    });
    // Correct use: created, set, read, destroyed.
    clean(|| unsafe {
        let pic = acldvppCreatePicDesc();
        assert_eq!(acldvppSetPicDescWidth(pic, 1280), ACL_SUCCESS);
        acldvppGetPicDescWidth(pic);
        assert_eq!(acldvppDestroyPicDesc(pic), ACL_SUCCESS);
        let s = acldvppCreateStreamDesc();
        assert_eq!(acldvppSetStreamDescSize(s, 10), ACL_SUCCESS);
        assert_eq!(acldvppDestroyStreamDesc(s), ACL_SUCCESS);
    });
}

// ---- Defect 2: a destroy racing a create of the same address ----

#[test]
fn a_free_racing_an_allocation_of_the_same_address_keeps_the_new_block() {
    let mut p = std::ptr::null_mut();
    assert_eq!(unsafe { acldvppMalloc(&mut p, 4096) }, ACL_SUCCESS);
    let alloc = || {
        let mut q = std::ptr::null_mut();
        unsafe { acldvppMalloc(&mut q, 4096) };
        q as usize
    };
    let got = racing_create(p as usize, alloc, || clean(|| assert_eq!(unsafe { acldvppFree(p) }, ACL_SUCCESS)));
    assert_eq!(got, p as usize, "the other thread got the freed address back");
    driver_calls();
    // The block at that address is the other thread's live block: its free is forwarded, with no finding.
    clean(|| assert_eq!(unsafe { acldvppFree(p) }, ACL_SUCCESS));
    assert_eq!(driver_calls(), vec!["acldvppFree"]);
}

#[test]
fn a_desc_destroy_racing_a_create_of_the_same_address_keeps_the_new_desc() {
    let d = new_desc();
    let create = || unsafe { aclvencCreateChannelDesc() } as usize;
    let got = racing_create(d as usize, create, || {
        clean(|| assert_eq!(unsafe { aclvencDestroyChannelDesc(d) }, ACL_SUCCESS))
    });
    assert_eq!(got, d as usize);
    driver_calls();
    clean(|| unsafe {
        assert_eq!(aclvencSetChannelDescPicWidth(d, 1280), ACL_SUCCESS);
        assert_eq!(aclvencDestroyChannelDesc(d), ACL_SUCCESS);
    });
    assert_eq!(driver_calls(), vec!["aclvencSetChannelDescPicWidth", "aclvencDestroyChannelDesc"]);
}

#[test]
fn a_failed_destroy_leaves_the_object_live() {
    let d = new_desc();
    crate::testing::script("aclvencDestroyChannelDesc", ACL_ERROR_INVALID_PARAM);
    unsafe { aclvencDestroyChannelDesc(d) };
    crate::testing::script("aclvencDestroyChannelDesc", 0);
    clean(|| unsafe {
        assert_eq!(aclvencSetChannelDescPicWidth(d, 1280), ACL_SUCCESS);
        assert_eq!(aclvencDestroyChannelDesc(d), ACL_SUCCESS);
    });
}

// ---- Defect 3: a wrapped callback changes only when the driver accepts the change ----

static FIRST: AtomicUsize = AtomicUsize::new(0);
static SECOND: AtomicUsize = AtomicUsize::new(0);

unsafe extern "C" fn first(_: *mut acldvppPicDesc, _: *mut acldvppStreamDesc, _: *mut c_void) {
    FIRST.fetch_add(1, Ordering::SeqCst);
}

unsafe extern "C" fn second(_: *mut acldvppPicDesc, _: *mut acldvppStreamDesc, _: *mut c_void) {
    SECOND.fetch_add(1, Ordering::SeqCst);
}

#[test]
fn a_refused_callback_change_leaves_the_outputs_with_the_accepted_callback() {
    wrapping(|| {
        let d = new_desc();
        assert_eq!(unsafe { aclvencSetChannelDescCallback(d, Some(first)) }, ACL_SUCCESS);
        let held = crate::callbacks::bound(d as usize, first as *const () as usize).expect("a trampoline");
        crate::testing::script("aclvencSetChannelDescCallback", ACL_ERROR_INVALID_PARAM);
        unsafe { aclvencSetChannelDescCallback(d, Some(second)) };
        crate::testing::script("aclvencSetChannelDescCallback", 0);
        // The driver still holds the first trampoline: it must call the first callback, and the getter must
        // name it.
        let out = crate::testing::fake_output(100, 0, 0);
        let (f, s) = (FIRST.load(Ordering::SeqCst), SECOND.load(Ordering::SeqCst));
        unsafe { held(std::ptr::null_mut(), out, std::ptr::null_mut()) };
        assert_eq!((FIRST.load(Ordering::SeqCst), SECOND.load(Ordering::SeqCst)), (f + 1, s));
        assert_eq!(crate::callbacks::unwrap(held as usize), first as *const () as usize);
        unsafe { aclvencDestroyChannelDesc(d) };
    });
}

// ---- Defect 10: no fixed pool makes a false finding ----

unsafe extern "C" fn quiet(_: *mut acldvppPicDesc, _: *mut acldvppStreamDesc, _: *mut c_void) {}

#[test]
fn more_wrapped_descs_than_the_chips_allow_are_all_wrapped() {
    wrapping(|| {
        let descs: Vec<Desc> = (0..200).map(|_| new_desc()).collect();
        for d in &descs {
            assert_eq!(unsafe { aclvencSetChannelDescCallback(*d, Some(quiet)) }, ACL_SUCCESS);
        }
        assert!(descs.iter().all(|d| crate::callbacks::wrapped(*d as usize)));
        for d in descs {
            unsafe { aclvencDestroyChannelDesc(d) };
            assert!(!crate::callbacks::wrapped(d as usize), "the slot is freed with its desc");
        }
    });
}
