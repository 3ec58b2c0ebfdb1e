//! `fail:FN@N=CODE` works for every export of `libascendcl.so` and `libacl_dvpp.so`, whatever the return type: the
//! refused call returns the type's documented error value (NULL for `aclrtGetSocName` and the desc creators, 0 for
//! a `uint32_t` getter) and does nothing; the next call behaves normally.

mod common;

use std::ffi::CStr;

use aclvenc_abi::*;
use common::*;

#[test]
fn fail_rules_hit_pointer_and_getter_exports_of_both_libraries() {
    let v = v1(
        "Ascend310P3",
        "fail:aclrtGetSocName@1=1;fail:acldvppCreatePicDesc@1=1;fail:acldvppGetPicDescWidth@1=1;\
         fail:acldvppSetPicDescWidth@2=507899",
    );
    // SAFETY: no arguments; the name is a static NUL-terminated string when not NULL.
    unsafe {
        assert!((v.rt.aclrtGetSocName)().is_null(), "1st aclrtGetSocName: injected fault, NULL");
        let name = (v.rt.aclrtGetSocName)();
        assert_eq!(CStr::from_ptr(name).to_str(), Ok("Ascend310P3"), "2nd call: the emulated chip");
    }
    // SAFETY: no arguments.
    let refused = unsafe { (v.dvpp.acldvppCreatePicDesc)() };
    assert!(refused.is_null(), "1st acldvppCreatePicDesc: injected fault, NULL");
    // SAFETY: no arguments.
    let desc = unsafe { (v.dvpp.acldvppCreatePicDesc)() };
    assert!(!desc.is_null(), "2nd acldvppCreatePicDesc: a desc");
    // SAFETY: `desc` is a live pic desc for every call below.
    unsafe {
        assert_eq!((v.dvpp.acldvppSetPicDescWidth)(desc, 64), ACL_SUCCESS);
        assert_eq!((v.dvpp.acldvppSetPicDescWidth)(desc, 96), 507899, "2nd set: the injected code, nothing set");
        assert_eq!((v.dvpp.acldvppGetPicDescWidth)(desc), 0, "1st get: injected fault, the getter's 0");
        assert_eq!((v.dvpp.acldvppGetPicDescWidth)(desc), 64, "2nd get: the width of the 1st set");
        assert_eq!((v.dvpp.acldvppDestroyPicDesc)(desc), ACL_SUCCESS);
    }
}
