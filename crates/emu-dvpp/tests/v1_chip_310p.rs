//! Per-chip V1 behaviour on an emulated Ascend 310P3 (docs/validation-rules.md A.2, A.3 and F): MAX_IP_PROP is
//! ACL_ERROR_FEATURE_UNSUPPORTED (VENC-CHDESC-IPPROP-UNSUPPORTED); bufAddr and bufSize go together or not at all
//! (VENC-CHDESC-BUF-PAIR: create → ACL_ERROR_RT_FAILURE); bufSize < 5 MiB is ACL_ERROR_INVALID_PARAM
//! (VENC-CHDESC-BUFSIZE-MIN); a user buffer set with both is where the output lands. Through the exported C
//! symbols.

mod common;

use std::time::Duration;

use aclvenc_abi::*;
use common::*;

type P = aclvencChannelDescParamType;

fn v() -> &'static V1 {
    v1("Ascend310P3", "")
}

#[test]
fn max_ip_prop_is_unsupported() {
    let v = v();
    let enc = Encoder::new(v, this_thread(), Recorder::new(Duration::ZERO));
    assert_eq!(set_param_u32(v, enc.desc, P::ACL_VENC_MAX_IP_PROP_UINT32, 50), ACL_ERROR_FEATURE_UNSUPPORTED);
    assert_eq!(set_param_u32(v, enc.desc, P::ACL_VENC_MAX_IP_PROP_UINT32, 0), ACL_ERROR_FEATURE_UNSUPPORTED);
    assert_eq!(get_param(v, enc.desc, P::ACL_VENC_MAX_IP_PROP_UINT32).0, ACL_ERROR_FEATURE_UNSUPPORTED);
    enc.finish(false);
}

#[test]
fn only_one_of_buf_addr_and_buf_size_fails_create_with_rt_failure() {
    let v = v();
    let rt = ReportThread::start(v);
    let input = Input::nv12(v, 6);
    let buf = DvppMem::new(v, MIN_BUF as usize);

    let mut addr_only = Encoder::new(v, rt.tid, Recorder::new(Duration::ZERO));
    // SAFETY: live desc; `buf` is a live acldvppMalloc block.
    assert_eq!(unsafe { (v.venc.aclvencSetChannelDescBufAddr)(addr_only.desc, buf.ptr.cast()) }, ACL_SUCCESS);
    assert_eq!(addr_only.create(), ACL_ERROR_RT_FAILURE, "bufAddr without bufSize (VENC-CHDESC-BUF-PAIR)");
    assert_eq!(addr_only.send(&input), ACL_ERROR_INVALID_PARAM, "no channel after the refused create");

    let size_only = Encoder::new(v, rt.tid, Recorder::new(Duration::ZERO));
    // SAFETY: live desc.
    assert_eq!(unsafe { (v.venc.aclvencSetChannelDescBufSize)(size_only.desc, MIN_BUF) }, ACL_SUCCESS);
    assert_eq!(size_only.create(), ACL_ERROR_RT_FAILURE, "bufSize without bufAddr (VENC-CHDESC-BUF-PAIR)");

    let (r, _) = rt.once(20);
    assert_eq!(r, ACL_ERROR_RT_THREAD_SUBSCRIBE, "the refused creates subscribed nothing");
    addr_only.finish(false);
    size_only.finish(false);
}

#[test]
fn buf_size_below_5_mib_is_invalid_param() {
    let v = v();
    let enc = Encoder::new(v, this_thread(), Recorder::new(Duration::ZERO));
    let d = enc.desc;
    // SAFETY: live desc.
    unsafe {
        assert_eq!((v.venc.aclvencSetChannelDescBufSize)(d, MIN_BUF - 1), ACL_ERROR_INVALID_PARAM, "5 MiB - 1");
        assert_eq!((v.venc.aclvencGetChannelDescBufSize)(d), 0, "a refused set changes nothing");
    }
    assert_eq!(set_param_u32(v, d, P::ACL_VENC_BUF_SIZE_UINT32, 1 << 20), ACL_ERROR_INVALID_PARAM, "Param: 1 MiB");
    // SAFETY: live desc.
    unsafe {
        assert_eq!((v.venc.aclvencSetChannelDescBufSize)(d, MIN_BUF), ACL_SUCCESS, "exactly 5 MiB");
        assert_eq!((v.venc.aclvencGetChannelDescBufSize)(d), MIN_BUF);
    }
    enc.finish(false);
}

#[test]
fn output_lands_in_the_user_buffer_when_both_are_set() {
    let v = v();
    let rt = ReportThread::start(v);
    rt.start_pump();
    let buf = DvppMem::new(v, MIN_BUF as usize);
    let mut enc = Encoder::new(v, rt.tid, Recorder::new(Duration::ZERO));
    // SAFETY: live desc; `buf` is a live acldvppMalloc block of MIN_BUF bytes that outlives the channel.
    unsafe {
        assert_eq!((v.venc.aclvencSetChannelDescBufAddr)(enc.desc, buf.ptr.cast()), ACL_SUCCESS);
        assert_eq!((v.venc.aclvencSetChannelDescBufSize)(enc.desc, MIN_BUF), ACL_SUCCESS);
    }
    assert_eq!(enc.create(), ACL_SUCCESS);
    let input = Input::nv12(v, 7);
    for i in 0..3 {
        assert_eq!(enc.send(&input), ACL_SUCCESS, "send {i}");
    }
    assert_eq!(enc.eos(), ACL_SUCCESS);
    let d = enc.rec.deliveries();
    assert_eq!(frames(&d), [0, 1, 2]);
    assert_all_encoded(&d);
    for x in &d {
        assert!(
            buf.contains(x.data, x.size as usize),
            "frame {}: output {:#x}+{} outside the user buffer",
            x.frame,
            x.data,
            x.size
        );
    }
    enc.finish(true);
    rt.stop_pump();
}
