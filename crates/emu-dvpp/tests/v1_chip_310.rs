//! Per-chip V1 behaviour on an emulated Ascend 310 (docs/validation-rules.md A.2 and F): the output buffer is internal,
//! so BufAddr/BufSize are ACL_ERROR_FEATURE_UNSUPPORTED and the typed getters return NULL/0
//! (VENC-CHDESC-BUF-UNSUPPORTED); MAX_IP_PROP exists on 310. Through the exported C symbols.

mod common;

use std::time::Duration;

use aclvenc_abi::*;
use common::*;

type P = aclvencChannelDescParamType;

fn v() -> &'static V1 {
    v1("Ascend310", "")
}

#[test]
fn buf_addr_and_buf_size_are_unsupported_and_the_typed_getters_return_null_and_zero() {
    let v = v();
    let enc = Encoder::new(v, this_thread(), Recorder::new(Duration::ZERO));
    let d = enc.desc;
    let buf = DvppMem::new(v, 8 << 20);
    // SAFETY: live desc; `buf` is a live acldvppMalloc block.
    unsafe {
        assert_eq!((v.venc.aclvencSetChannelDescBufAddr)(d, buf.ptr.cast()), ACL_ERROR_FEATURE_UNSUPPORTED);
        assert_eq!((v.venc.aclvencSetChannelDescBufSize)(d, 8 << 20), ACL_ERROR_FEATURE_UNSUPPORTED);
    }
    assert_eq!(set_param_u64(v, d, P::ACL_VENC_BUF_ADDR_PTR, buf.ptr as u64), ACL_ERROR_FEATURE_UNSUPPORTED);
    assert_eq!(set_param_u32(v, d, P::ACL_VENC_BUF_SIZE_UINT32, 8 << 20), ACL_ERROR_FEATURE_UNSUPPORTED);
    assert_eq!(get_param(v, d, P::ACL_VENC_BUF_ADDR_PTR).0, ACL_ERROR_FEATURE_UNSUPPORTED);
    assert_eq!(get_param(v, d, P::ACL_VENC_BUF_SIZE_UINT32).0, ACL_ERROR_FEATURE_UNSUPPORTED);
    // SAFETY: live desc.
    unsafe {
        assert!((v.venc.aclvencGetChannelDescBufAddr)(d).is_null(), "typed getter BufAddr on 310");
        assert_eq!((v.venc.aclvencGetChannelDescBufSize)(d), 0, "typed getter BufSize on 310");
    }
    enc.finish(false);
}

#[test]
fn max_ip_prop_is_supported_on_310() {
    let v = v();
    let enc = Encoder::new(v, this_thread(), Recorder::new(Duration::ZERO));
    assert_eq!(set_param_u32(v, enc.desc, P::ACL_VENC_MAX_IP_PROP_UINT32, 50), ACL_SUCCESS);
    assert_eq!(get_param(v, enc.desc, P::ACL_VENC_MAX_IP_PROP_UINT32), (ACL_SUCCESS, 50, 4));
    enc.finish(false);
}

#[test]
fn channel_encodes_into_the_internal_buffer_on_310() {
    let v = v();
    let rt = ReportThread::start(v);
    rt.start_pump();
    let mut enc = Encoder::created(v, rt.tid, Recorder::new(Duration::ZERO));
    let input = Input::nv12(v, 5);
    for i in 0..2 {
        assert_eq!(
            enc.send(&input),
            ACL_SUCCESS,
            "send {i} (size {} = w*h*3/2 passes the 310 size check)",
            W * H * 3 / 2
        );
    }
    // EOS with a NULL picture: docs/validation-rules.md documents NULL only for 310P (VENC-SEND-EOS-310P-DRAIN); the
    // emulator accepts it and drains on every chip.
    assert_eq!(enc.eos(), ACL_SUCCESS);
    let d = enc.rec.deliveries();
    assert_eq!(frames(&d), [0, 1]);
    assert_all_encoded(&d);
    enc.finish(true);
    rt.stop_pump();
}
