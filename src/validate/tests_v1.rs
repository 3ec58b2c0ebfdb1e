//! One negative test (exactly that rule fires) and one positive test (correct use fires nothing) per V1 rule,
//! through the whole export pipeline over the fake driver. Names: `<rule>_fires` / `<rule>_clean`.
//!
//! The `unsafe` blocks below call the shim's exports the way a C client would; the fake driver never dereferences
//! its arguments, and every pointer passed is live or deliberately bogus (the point of the test).
#![allow(clippy::undocumented_unsafe_blocks)]

use crate::calls::v1::*;
use crate::soc::Chip;
use crate::testing::{clean, driver_calls, on_chip, only, rules_of};
use crate::validate::rules::Rule;
use aclvenc_abi::*;
use core::ffi::c_void;

unsafe extern "C" fn on_frame(_: *mut acldvppPicDesc, _: *mut acldvppStreamDesc, _: *mut c_void) {}

type Desc = *mut aclvencChannelDesc;

fn new_desc() -> Desc {
    crate::testing::with_device();
    unsafe { aclvencCreateChannelDesc() }
}

/// A desc with every required attribute set, no channel.
fn ready() -> Desc {
    let d = new_desc();
    unsafe {
        aclvencSetChannelDescThreadId(d, crate::testing::pump_thread());
        aclvencSetChannelDescCallback(d, Some(on_frame));
        aclvencSetChannelDescEnType(d, acldvppStreamFormat::H264_MAIN_LEVEL);
        aclvencSetChannelDescPicFormat(d, acldvppPixelFormat::PIXEL_FORMAT_YUV_SEMIPLANAR_420);
        aclvencSetChannelDescPicWidth(d, 1280);
        aclvencSetChannelDescPicHeight(d, 720);
    }
    d
}

/// A desc with a live channel.
fn live() -> Desc {
    let d = ready();
    assert_eq!(unsafe { aclvencCreateChannel(d) }, ACL_SUCCESS);
    d
}

fn cfg(eos: u8) -> *mut aclvencFrameConfig {
    let c = unsafe { aclvencCreateFrameConfig() };
    unsafe { aclvencSetFrameConfigEos(c, eos) };
    c
}

fn pic() -> *mut acldvppPicDesc {
    unsafe { crate::calls::dvpp::acldvppCreatePicDesc() }
}

fn bogus<T>() -> *mut T {
    0x5eed_0000_usize as *mut T
}

fn set_param<T>(d: Desc, t: aclvencChannelDescParamType, len: usize, v: &T) -> aclError {
    unsafe { aclvencSetChannelDescParam(d, t, len, (v as *const T).cast()) }
}

#[test]
fn venc_chdesc_null() {
    only(Rule::VencChdescNull, || unsafe {
        aclvencSetChannelDescPicWidth(std::ptr::null_mut(), 1280);
    });
    let d = new_desc();
    clean(|| unsafe {
        aclvencSetChannelDescPicWidth(d, 1280);
    });
}

#[test]
fn venc_chdesc_unknown_handle_is_refused_in_report_mode() {
    driver_calls();
    let msg = only(Rule::VencChdescUnknownHandle, || {
        assert_eq!(unsafe { aclvencSetChannelDescPicWidth(bogus(), 1280) }, ACL_ERROR_INVALID_PARAM);
    });
    assert!(msg.contains("never returned"), "{msg}");
    assert!(driver_calls().is_empty(), "a never-created handle reached the driver");
    // Use after destroy.
    let d = new_desc();
    unsafe { aclvencDestroyChannelDesc(d) };
    driver_calls();
    let msg = only(Rule::VencChdescUnknownHandle, || unsafe {
        aclvencGetChannelDescPicWidth(d);
    });
    assert!(msg.contains("already destroyed"), "{msg}");
    assert!(driver_calls().is_empty());
    let d = new_desc();
    clean(|| unsafe {
        aclvencGetChannelDescPicWidth(d);
    });
}

#[test]
fn venc_chdesc_get_null() {
    only(Rule::VencChdescGetNull, || unsafe {
        aclvencGetChannelDescPicWidth(std::ptr::null());
    });
    let d = ready();
    clean(|| unsafe {
        aclvencGetChannelDescPicWidth(d);
    });
}

#[test]
fn venc_chdesc_param_null() {
    let d = new_desc();
    only(Rule::VencChdescParamNull, || unsafe {
        aclvencSetChannelDescParam(d, aclvencChannelDescParamType::ACL_VENC_PIC_WIDTH_UINT32, 4, std::ptr::null());
    });
    clean(|| {
        set_param(d, aclvencChannelDescParamType::ACL_VENC_PIC_WIDTH_UINT32, 4, &1280u32);
    });
}

#[test]
fn venc_chdesc_param_type() {
    let d = new_desc();
    only(Rule::VencChdescParamType, || {
        set_param(d, aclvencChannelDescParamType(13), 4, &1280u32);
    });
    clean(|| {
        set_param(d, aclvencChannelDescParamType::ACL_VENC_PIC_HEIGHT_UINT32, 4, &720u32);
    });
}

#[test]
fn venc_chdesc_param_len_over() {
    let d = new_desc();
    let msg = only(Rule::VencChdescParamLenOver, || {
        set_param(d, aclvencChannelDescParamType::ACL_VENC_PIC_WIDTH_UINT32, 5, &1280u64);
    });
    assert!(msg.contains("length 5"), "{msg}");
    clean(|| {
        set_param(d, aclvencChannelDescParamType::ACL_VENC_PIC_WIDTH_UINT32, 4, &1280u32);
    });
}

#[test]
fn venc_chdesc_param_len_under() {
    let d = new_desc();
    only(Rule::VencChdescParamLenUnder, || {
        set_param(d, aclvencChannelDescParamType::ACL_VENC_THREAD_ID_UINT64, 4, &42u64);
    });
    clean(|| {
        set_param(d, aclvencChannelDescParamType::ACL_VENC_THREAD_ID_UINT64, 8, &42u64);
    });
}

#[test]
fn venc_chdesc_getparam_null() {
    let d = ready();
    let mut out = 0u64;
    let mut size = 0usize;
    only(Rule::VencChdescGetparamNull, || unsafe {
        let t = aclvencChannelDescParamType::ACL_VENC_PIC_WIDTH_UINT32;
        aclvencGetChannelDescParam(d, t, 4, std::ptr::null_mut(), (&mut out as *mut u64).cast());
    });
    clean(|| unsafe {
        let t = aclvencChannelDescParamType::ACL_VENC_PIC_WIDTH_UINT32;
        aclvencGetChannelDescParam(d, t, 4, &mut size, (&mut out as *mut u64).cast());
    });
}

#[test]
fn venc_chdesc_getparam_len() {
    let d = ready();
    let mut out = 0u64;
    let mut size = 0usize;
    let t = aclvencChannelDescParamType::ACL_VENC_THREAD_ID_UINT64;
    only(Rule::VencChdescGetparamLen, || unsafe {
        aclvencGetChannelDescParam(d, t, 4, &mut size, (&mut out as *mut u64).cast());
    });
    clean(|| unsafe {
        aclvencGetChannelDescParam(d, t, 8, &mut size, (&mut out as *mut u64).cast());
    });
}

#[test]
fn venc_chdesc_set_after_create() {
    let d = live();
    only(Rule::VencChdescSetAfterCreate, || unsafe {
        aclvencSetChannelDescMaxBitRate(d, 4000);
    });
    let d = ready();
    clean(|| unsafe {
        aclvencSetChannelDescMaxBitRate(d, 4000);
    });
}

#[test]
fn venc_chdesc_destroy_live() {
    let d = live();
    only(Rule::VencChdescDestroyLive, || unsafe {
        aclvencDestroyChannelDesc(d);
    });
    let d = live();
    unsafe { aclvencDestroyChannel(d) };
    clean(|| unsafe {
        aclvencDestroyChannelDesc(d);
    });
}

#[test]
fn venc_chdesc_double_destroy() {
    let d = new_desc();
    clean(|| assert_eq!(unsafe { aclvencDestroyChannelDesc(d) }, ACL_SUCCESS));
    driver_calls();
    only(Rule::VencChdescDoubleDestroy, || {
        assert_eq!(unsafe { aclvencDestroyChannelDesc(d) }, ACL_ERROR_INVALID_PARAM);
    });
    assert!(driver_calls().is_empty(), "the second destroy reached the driver");
}

#[test]
fn venc_chdesc_callback_null() {
    let d = new_desc();
    only(Rule::VencChdescCallbackNull, || unsafe {
        aclvencSetChannelDescCallback(d, None);
    });
    clean(|| unsafe {
        aclvencSetChannelDescCallback(d, Some(on_frame));
    });
}

/// A desc with every required attribute but the one `skip` names.
fn ready_without(skip: &str) -> Desc {
    let d = new_desc();
    unsafe {
        if skip != "thread" {
            aclvencSetChannelDescThreadId(d, crate::testing::pump_thread());
        }
        if skip != "callback" {
            aclvencSetChannelDescCallback(d, Some(on_frame));
        }
        aclvencSetChannelDescEnType(d, acldvppStreamFormat::H265_MAIN_LEVEL);
        if skip != "format" {
            aclvencSetChannelDescPicFormat(d, acldvppPixelFormat::PIXEL_FORMAT_YVU_SEMIPLANAR_420);
        }
        aclvencSetChannelDescPicWidth(d, 1920);
        if skip != "height" {
            aclvencSetChannelDescPicHeight(d, 1080);
        }
    }
    d
}

#[test]
fn venc_chdesc_callback_missing() {
    let d = ready_without("callback");
    only(Rule::VencChdescCallbackMissing, || unsafe {
        aclvencCreateChannel(d);
    });
    let d = ready_without("");
    clean(|| unsafe {
        aclvencCreateChannel(d);
    });
}

#[test]
fn venc_chdesc_threadid_missing() {
    let d = ready_without("thread");
    only(Rule::VencChdescThreadidMissing, || unsafe {
        aclvencCreateChannel(d);
    });
    let d = ready_without("");
    clean(|| unsafe {
        aclvencCreateChannel(d);
    });
}

#[test]
fn venc_chdesc_picformat() {
    let d = new_desc();
    only(Rule::VencChdescPicformat, || unsafe {
        aclvencSetChannelDescPicFormat(d, acldvppPixelFormat::PIXEL_FORMAT_RGB_888);
    });
    clean(|| unsafe {
        aclvencSetChannelDescPicFormat(d, acldvppPixelFormat::PIXEL_FORMAT_YVU_SEMIPLANAR_420);
    });
}

#[test]
fn venc_chdesc_picformat_missing() {
    let d = ready_without("format");
    only(Rule::VencChdescPicformatMissing, || unsafe {
        aclvencCreateChannel(d);
    });
    let d = ready_without("");
    clean(|| unsafe {
        aclvencCreateChannel(d);
    });
}

#[test]
fn venc_chdesc_entype() {
    let d = new_desc();
    only(Rule::VencChdescEntype, || unsafe {
        aclvencSetChannelDescEnType(d, acldvppStreamFormat(7));
    });
    clean(|| unsafe {
        aclvencSetChannelDescEnType(d, acldvppStreamFormat::H264_HIGH_LEVEL);
    });
}

#[test]
fn venc_chdesc_width_range_per_chip() {
    let d = new_desc();
    let msg = only(Rule::VencChdescWidthRange, || unsafe {
        aclvencSetChannelDescPicWidth(d, 5000);
    });
    assert!(msg.contains("5000") && msg.contains("[128, 4096]"), "{msg}");
    on_chip(Chip::Ascend310, || {
        only(Rule::VencChdescWidthRange, || unsafe {
            aclvencSetChannelDescPicWidth(d, 2560);
        })
    });
    clean(|| unsafe {
        aclvencSetChannelDescPicWidth(d, 4096);
    });
    on_chip(Chip::Ascend310B, || {
        clean(|| unsafe {
            aclvencSetChannelDescPicWidth(d, 8192);
        })
    });
}

#[test]
fn venc_chdesc_height_range() {
    let d = new_desc();
    only(Rule::VencChdescHeightRange, || unsafe {
        aclvencSetChannelDescPicHeight(d, 64);
    });
    clean(|| unsafe {
        aclvencSetChannelDescPicHeight(d, 128);
    });
}

#[test]
fn venc_chdesc_width_align() {
    let d = new_desc();
    only(Rule::VencChdescWidthAlign, || unsafe {
        aclvencSetChannelDescPicWidth(d, 1281);
    });
    clean(|| unsafe {
        aclvencSetChannelDescPicWidth(d, 1282);
    });
}

#[test]
fn venc_chdesc_height_align() {
    let d = new_desc();
    only(Rule::VencChdescHeightAlign, || unsafe {
        aclvencSetChannelDescPicHeight(d, 721);
    });
    clean(|| unsafe {
        aclvencSetChannelDescPicHeight(d, 720);
    });
}

#[test]
fn venc_chdesc_dims_missing() {
    let d = ready_without("height");
    only(Rule::VencChdescDimsMissing, || unsafe {
        aclvencCreateChannel(d);
    });
    let d = ready_without("");
    clean(|| unsafe {
        aclvencCreateChannel(d);
    });
}

#[test]
fn venc_chdesc_keyframe_range() {
    let d = new_desc();
    only(Rule::VencChdescKeyframeRange, || unsafe {
        aclvencSetChannelDescKeyFrameInterval(d, 0);
    });
    clean(|| unsafe {
        aclvencSetChannelDescKeyFrameInterval(d, 30);
    });
}

#[test]
fn venc_chdesc_rcmode_range() {
    let d = new_desc();
    only(Rule::VencChdescRcmodeRange, || unsafe {
        aclvencSetChannelDescRcMode(d, 3);
    });
    clean(|| unsafe {
        aclvencSetChannelDescRcMode(d, 2);
    });
}

#[test]
fn venc_chdesc_srcrate_range() {
    let d = new_desc();
    only(Rule::VencChdescSrcrateRange, || unsafe {
        aclvencSetChannelDescSrcRate(d, 241);
    });
    on_chip(Chip::Ascend310, || {
        only(Rule::VencChdescSrcrateRange, || unsafe {
            aclvencSetChannelDescSrcRate(d, 121);
        })
    });
    clean(|| unsafe {
        aclvencSetChannelDescSrcRate(d, 0);
        aclvencSetChannelDescSrcRate(d, 240);
    });
}

#[test]
fn venc_chdesc_maxbitrate_range() {
    let d = new_desc();
    only(Rule::VencChdescMaxbitrateRange, || unsafe {
        aclvencSetChannelDescMaxBitRate(d, 1);
    });
    on_chip(Chip::Ascend310, || {
        only(Rule::VencChdescMaxbitrateRange, || unsafe {
            aclvencSetChannelDescMaxBitRate(d, 40000);
        })
    });
    clean(|| unsafe {
        aclvencSetChannelDescMaxBitRate(d, 0);
        aclvencSetChannelDescMaxBitRate(d, 40000);
    });
}

#[test]
fn venc_chdesc_ipprop_range() {
    let d = new_desc();
    let t = aclvencChannelDescParamType::ACL_VENC_MAX_IP_PROP_UINT32;
    on_chip(Chip::Ascend310, || {
        only(Rule::VencChdescIppropRange, || {
            set_param(d, t, 4, &101u32);
        });
        clean(|| {
            set_param(d, t, 4, &50u32);
        });
    });
}

#[test]
fn venc_chdesc_ipprop_unsupported() {
    let d = new_desc();
    let t = aclvencChannelDescParamType::ACL_VENC_MAX_IP_PROP_UINT32;
    only(Rule::VencChdescIppropUnsupported, || {
        set_param(d, t, 4, &50u32);
    });
    on_chip(Chip::Ascend310, || {
        clean(|| {
            set_param(d, t, 4, &50u32);
        })
    });
}

#[test]
fn venc_chdesc_buf_unsupported() {
    let d = new_desc();
    on_chip(Chip::Ascend310, || {
        only(Rule::VencChdescBufUnsupported, || unsafe {
            aclvencSetChannelDescBufSize(d, 8 << 20);
        })
    });
    clean(|| unsafe {
        aclvencSetChannelDescBufSize(d, 8 << 20);
    });
}

#[test]
fn venc_chdesc_bufaddr_null() {
    let d = new_desc();
    only(Rule::VencChdescBufaddrNull, || unsafe {
        aclvencSetChannelDescBufAddr(d, std::ptr::null_mut());
    });
    clean(|| unsafe {
        aclvencSetChannelDescBufAddr(d, bogus::<c_void>());
    });
}

#[test]
fn venc_chdesc_bufaddr_twice() {
    let d = new_desc();
    clean(|| unsafe {
        aclvencSetChannelDescBufAddr(d, bogus::<c_void>());
    });
    only(Rule::VencChdescBufaddrTwice, || unsafe {
        aclvencSetChannelDescBufAddr(d, bogus::<c_void>());
    });
}

#[test]
fn venc_chdesc_bufsize_min() {
    let d = new_desc();
    only(Rule::VencChdescBufsizeMin, || unsafe {
        aclvencSetChannelDescBufSize(d, 1 << 20);
    });
    clean(|| unsafe {
        aclvencSetChannelDescBufSize(d, 5 << 20);
    });
}

#[test]
fn venc_chdesc_buf_pair() {
    let d = ready();
    unsafe { aclvencSetChannelDescBufAddr(d, bogus::<c_void>()) };
    only(Rule::VencChdescBufPair, || unsafe {
        aclvencCreateChannel(d);
    });
    let d = ready();
    let mut buf = std::ptr::null_mut();
    unsafe {
        crate::calls::dvpp::acldvppMalloc(&mut buf, 8 << 20);
        aclvencSetChannelDescBufAddr(d, buf);
        aclvencSetChannelDescBufSize(d, 8 << 20);
    }
    clean(|| unsafe {
        aclvencCreateChannel(d);
    });
}

#[test]
fn venc_chan_create_null() {
    only(Rule::VencChanCreateNull, || unsafe {
        aclvencCreateChannel(std::ptr::null_mut());
    });
    let d = ready();
    clean(|| unsafe {
        aclvencCreateChannel(d);
    });
}

#[test]
fn venc_chan_create_twice() {
    let d = live();
    only(Rule::VencChanCreateTwice, || unsafe {
        aclvencCreateChannel(d);
    });
    let d = live();
    unsafe { aclvencDestroyChannel(d) };
    clean(|| unsafe {
        // A destroyed channel may be created again on the same desc.
        aclvencCreateChannel(d);
    });
}

#[test]
fn venc_chan_destroy_null() {
    only(Rule::VencChanDestroyNull, || unsafe {
        aclvencDestroyChannel(std::ptr::null_mut());
    });
    let d = live();
    clean(|| unsafe {
        aclvencDestroyChannel(d);
    });
}

#[test]
fn venc_chan_destroy_not_created() {
    let d = ready();
    only(Rule::VencChanDestroyNotCreated, || unsafe {
        aclvencDestroyChannel(d);
    });
    let d = live();
    unsafe { aclvencDestroyChannel(d) };
    let msg = only(Rule::VencChanDestroyNotCreated, || unsafe {
        aclvencDestroyChannel(d);
    });
    assert!(msg.contains("already destroyed"), "{msg}");
    let d = live();
    clean(|| unsafe {
        aclvencDestroyChannel(d);
    });
}

#[test]
fn venc_framecfg_null() {
    only(Rule::VencFramecfgNull, || unsafe {
        aclvencSetFrameConfigEos(std::ptr::null_mut(), 1);
    });
    let c = unsafe { aclvencCreateFrameConfig() };
    clean(|| unsafe {
        aclvencSetFrameConfigEos(c, 1);
        aclvencSetFrameConfigForceIFrame(c, 1);
        aclvencDestroyFrameConfig(c);
    });
}

#[test]
fn venc_framecfg_unknown_handle() {
    driver_calls();
    only(Rule::VencFramecfgUnknownHandle, || {
        assert_eq!(unsafe { aclvencSetFrameConfigForceIFrame(bogus(), 1) }, ACL_ERROR_INVALID_PARAM);
    });
    assert!(driver_calls().is_empty());
    let c = unsafe { aclvencCreateFrameConfig() };
    unsafe { aclvencDestroyFrameConfig(c) };
    only(Rule::VencFramecfgUnknownHandle, || unsafe {
        aclvencDestroyFrameConfig(c);
    });
    let c = unsafe { aclvencCreateFrameConfig() };
    clean(|| unsafe {
        aclvencDestroyFrameConfig(c);
    });
}

#[test]
fn venc_send_null_desc() {
    let c = cfg(0);
    only(Rule::VencSendNullDesc, || unsafe {
        aclvencSendFrame(std::ptr::null_mut(), pic(), std::ptr::null_mut(), c, std::ptr::null_mut());
    });
    let d = live();
    clean(|| unsafe {
        aclvencSendFrame(d, pic(), std::ptr::null_mut(), c, std::ptr::null_mut());
    });
}

#[test]
fn venc_send_not_created() {
    let (d, c) = (ready(), cfg(0));
    only(Rule::VencSendNotCreated, || unsafe {
        aclvencSendFrame(d, pic(), std::ptr::null_mut(), c, std::ptr::null_mut());
    });
    unsafe { aclvencCreateChannel(d) };
    clean(|| unsafe {
        aclvencSendFrame(d, pic(), std::ptr::null_mut(), c, std::ptr::null_mut());
    });
}

#[test]
fn venc_send_null_config() {
    let d = live();
    only(Rule::VencSendNullConfig, || unsafe {
        aclvencSendFrame(d, pic(), std::ptr::null_mut(), std::ptr::null_mut(), std::ptr::null_mut());
    });
    clean(|| unsafe {
        aclvencSendFrame(d, pic(), std::ptr::null_mut(), cfg(0), std::ptr::null_mut());
    });
}

#[test]
fn venc_send_null_input() {
    let d = live();
    only(Rule::VencSendNullInput, || unsafe {
        aclvencSendFrame(d, std::ptr::null_mut(), std::ptr::null_mut(), cfg(0), std::ptr::null_mut());
    });
    clean(|| unsafe {
        // EOS with no picture is the documented flush.
        aclvencSendFrame(d, std::ptr::null_mut(), std::ptr::null_mut(), cfg(1), std::ptr::null_mut());
    });
}

#[test]
fn venc_send_after_eos() {
    let d = live();
    let (frame, eos) = (cfg(0), cfg(1));
    clean(|| unsafe {
        aclvencSendFrame(d, pic(), std::ptr::null_mut(), frame, std::ptr::null_mut());
        aclvencSendFrame(d, std::ptr::null_mut(), std::ptr::null_mut(), eos, std::ptr::null_mut());
    });
    only(Rule::VencSendAfterEos, || unsafe {
        aclvencSendFrame(d, pic(), std::ptr::null_mut(), frame, std::ptr::null_mut());
    });
}

#[test]
fn a_correct_v1_session_makes_no_findings_and_no_leaks() {
    let ids = rules_of(|| unsafe {
        let d = ready();
        aclvencSetChannelDescKeyFrameInterval(d, 30);
        aclvencSetChannelDescMaxBitRate(d, 2000);
        aclvencSetChannelDescSrcRate(d, 30);
        aclvencSetChannelDescRcMode(d, 2);
        assert_eq!(aclvencCreateChannel(d), ACL_SUCCESS);
        let c = aclvencCreateFrameConfig();
        aclvencSetFrameConfigForceIFrame(c, 0);
        for _ in 0..10 {
            aclvencSendFrame(d, pic(), std::ptr::null_mut(), c, std::ptr::null_mut());
        }
        aclvencSetFrameConfigEos(c, 1);
        aclvencSendFrame(d, std::ptr::null_mut(), std::ptr::null_mut(), c, std::ptr::null_mut());
        aclvencDestroyChannel(d);
        aclvencDestroyChannelDesc(d);
        aclvencDestroyFrameConfig(c);
        let shim = crate::shim::Shim::get();
        let live = shim.state.live_objects();
        assert!(!live.iter().any(|o| o.handle == format!("{d:p}") || o.handle == format!("{c:p}")), "{live:?}");
        let done = shim.state.channel_summaries();
        assert!(done.iter().any(|s| s.id == format!("{d:p}") && s.frames_sent == 10), "{done:?}");
    });
    assert!(ids.is_empty(), "{ids:?}");
}

#[test]
fn arguments_reach_the_driver_and_codes_come_back() {
    let d = new_desc();
    crate::testing::script("aclvencSetChannelDescPicWidth", ACL_ERROR_RT_AICPU_EXCEPTION);
    driver_calls();
    assert_eq!(unsafe { aclvencSetChannelDescPicWidth(d, 1280) }, ACL_ERROR_RT_AICPU_EXCEPTION);
    assert_eq!(driver_calls(), vec!["aclvencSetChannelDescPicWidth"]);
    crate::testing::script("aclvencSetChannelDescPicWidth", 0);
}

/// With ACLVENC_SHIM_WRAP_CALLBACKS: a live channel whose callback went through the shim, and the trampoline the
/// driver got for it (tests call it as the driver's report thread would).
fn wrapped_live(user: crate::testing::UserCallback) -> (Desc, crate::testing::UserCallback) {
    crate::testing::wrapping(|| {
        let d = ready();
        unsafe { aclvencSetChannelDescCallback(d, Some(user)) };
        assert_eq!(unsafe { aclvencCreateChannel(d) }, ACL_SUCCESS);
        (d, crate::callbacks::bound(d as usize, user as usize).expect("a trampoline"))
    })
}

unsafe extern "C" fn destroy_own_channel(_: *mut acldvppPicDesc, _: *mut acldvppStreamDesc, desc: *mut c_void) {
    unsafe { aclvencDestroyChannel(desc.cast()) };
}

fn output(size: u32, ret: u32) -> *mut acldvppStreamDesc {
    Box::into_raw(Box::new([size, ret])).cast()
}

#[test]
fn venc_chan_destroy_in_callback() {
    let (d, tramp) = wrapped_live(destroy_own_channel);
    only(Rule::VencChanDestroyInCallback, || unsafe { tramp(pic(), output(100, 0), d.cast()) });
    let (d, tramp) = wrapped_live(on_frame);
    clean(|| unsafe {
        tramp(pic(), output(100, 0), d.cast());
        aclvencDestroyChannel(d);
    });
}

#[test]
fn venc_cb_retcode() {
    let (d, tramp) = wrapped_live(on_frame);
    only(Rule::VencCbRetcode, || unsafe { tramp(pic(), output(0, 507018), d.cast()) });
    clean(|| unsafe { tramp(pic(), output(4096, 0), d.cast()) });
}

#[test]
fn wrapped_callbacks_count_outputs_and_give_the_app_its_own_callback_back() {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static SEEN: AtomicUsize = AtomicUsize::new(0);
    unsafe extern "C" fn count(_: *mut acldvppPicDesc, out: *mut acldvppStreamDesc, user: *mut c_void) {
        assert_eq!(user as usize, 0xabc, "userdata reaches the app unchanged");
        assert!(!out.is_null());
        SEEN.fetch_add(1, Ordering::SeqCst);
    }
    let (d, tramp) = wrapped_live(count);
    let count_addr = count as *const () as usize;
    assert_ne!(tramp as usize, count_addr, "the driver got a trampoline");
    assert_eq!(crate::callbacks::unwrap(tramp as usize), count_addr);
    for size in [1000, 2000, 3000] {
        unsafe { tramp(pic(), output(size, 0), 0xabc as *mut c_void) };
    }
    assert_eq!(SEEN.load(Ordering::SeqCst), 3);
    unsafe { aclvencDestroyChannel(d) };
    let s = crate::shim::Shim::get().state.channel_summaries();
    let mine = s.iter().find(|s| s.id == format!("{d:p}")).expect("summary");
    assert_eq!((mine.outputs, mine.bytes), (3, 6000));
    // Without wrapping the driver gets the application's callback bit for bit: nothing is bound.
    let d = ready();
    assert!(!crate::callbacks::wrapped(d as usize));
}

#[test]
fn venc_chdesc_threadid_not_pumping_sending_thread() {
    // The thread that sends the pictures registered as the channel's report thread.
    let d = ready();
    unsafe {
        aclvencSetChannelDescThreadId(d, crate::process::current_thread_id());
        aclvencCreateChannel(d);
    }
    let c = cfg(0);
    only(Rule::VencChdescThreadidNotPumping, || unsafe {
        aclvencSendFrame(d, pic(), std::ptr::null_mut(), c, std::ptr::null_mut());
    });
    let d = live();
    clean(|| unsafe {
        aclvencSendFrame(d, pic(), std::ptr::null_mut(), c, std::ptr::null_mut());
    });
}

#[test]
fn venc_chdesc_threadid_not_pumping() {
    // The registered report thread never called aclrtProcessReport: the EOS send and the destroy, which wait
    // for the callbacks of the pictures sent, would hang.
    crate::testing::with_idle_thread(|idle| {
        let d = ready();
        unsafe {
            aclvencSetChannelDescThreadId(d, idle);
            aclvencCreateChannel(d);
            aclvencSendFrame(d, pic(), std::ptr::null_mut(), cfg(0), std::ptr::null_mut());
        }
        only(Rule::VencChdescThreadidNotPumping, || unsafe {
            aclvencSendFrame(d, std::ptr::null_mut(), std::ptr::null_mut(), cfg(1), std::ptr::null_mut());
        });
        only(Rule::VencChdescThreadidNotPumping, || unsafe {
            aclvencDestroyChannel(d);
        });
    });
    // A report thread that pumps: nothing to say.
    let d = live();
    clean(|| unsafe {
        aclvencSendFrame(d, pic(), std::ptr::null_mut(), cfg(0), std::ptr::null_mut());
        aclvencSendFrame(d, std::ptr::null_mut(), std::ptr::null_mut(), cfg(1), std::ptr::null_mut());
        aclvencDestroyChannel(d);
    });
}

/// Every rule of the table has a test named after it here, in tests_v2.rs, tests_pipeline.rs, tests_abuse.rs or
/// tests_stream.rs, and that test
/// has both a negative (`only(`, `attr_rule(`) and a positive (`clean(`, `attr_rule(`) half.
#[test]
fn every_rule_has_a_negative_and_a_positive_test() {
    let src = [
        include_str!("tests_v1.rs"),
        include_str!("tests_v2.rs"),
        include_str!("tests_pipeline.rs"),
        include_str!("tests_abuse.rs"),
        include_str!("tests_stream.rs"),
    ]
    .concat();
    for rule in Rule::ALL {
        let name = format!("fn {}", rule.id().to_ascii_lowercase().replace('-', "_"));
        let start = src.find(&name).unwrap_or_else(|| panic!("no test function starting with `{name}`"));
        let body = &src[start..];
        let body = &body[..body[1..].find("\n#[test]").map_or(body.len(), |e| e + 1)];
        let neg = body.contains("only(") || body.contains("attr_rule(");
        let pos = body.contains("clean(") || body.contains("attr_rule(");
        assert!(neg && pos, "{name}: negative half {neg}, positive half {pos}");
    }
}

#[test]
fn calls_from_inside_the_driver_go_straight_through() {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static INNER: AtomicUsize = AtomicUsize::new(0);
    let d = new_desc();
    // The driver's aclvencSetChannelDescParam calls the typed setter, with a value the shim would flag.
    crate::testing::on_next_driver_call(|| {
        INNER.store(0x5eed_0000, Ordering::SeqCst);
        let r = unsafe { aclvencSetChannelDescPicWidth(bogus(), 99999) };
        assert_eq!(r, ACL_SUCCESS, "a nested call must be forwarded, not refused");
    });
    driver_calls();
    clean(|| {
        set_param(d, aclvencChannelDescParamType::ACL_VENC_PIC_WIDTH_UINT32, 4, &1280u32);
    });
    assert_eq!(INNER.load(Ordering::SeqCst), 0x5eed_0000);
    assert_eq!(driver_calls(), vec!["aclvencSetChannelDescParam", "aclvencSetChannelDescPicWidth"]);
}
