//! Fault injection on V1, `fail:aclvencCreateChannel@1=507018`: the first create returns
//! ACL_ERROR_RT_AICPU_EXCEPTION and does nothing else (no channel, no report subscription); a second create on the
//! same desc works normally.

mod common;

use std::time::Duration;

use aclvenc_abi::*;
use common::*;

#[test]
fn first_create_fails_with_the_injected_code_and_creates_nothing() {
    let v = v1("Ascend310P3", "fail:aclvencCreateChannel@1=507018");
    let rt = ReportThread::start(v);
    let mut enc = Encoder::new(v, rt.tid, Recorder::new(Duration::ZERO));
    let input = Input::nv12(v, 4);

    assert_eq!(enc.create(), ACL_ERROR_RT_AICPU_EXCEPTION, "1st aclvencCreateChannel");
    assert_eq!(enc.send(&input), ACL_ERROR_INVALID_PARAM, "no channel after the failed create (VENC-SEND-NOT-CREATED)");
    // SAFETY: live desc.
    let r = unsafe { (v.venc.aclvencDestroyChannel)(enc.desc) };
    assert_eq!(r, ACL_ERROR_INVALID_PARAM, "nothing to destroy (VENC-CHAN-DESTROY-NOT-CREATED)");
    let (r, _) = rt.once(50);
    assert_eq!(r, ACL_ERROR_RT_THREAD_SUBSCRIBE, "the failed create did not subscribe the report thread");

    assert_eq!(enc.create(), ACL_SUCCESS, "2nd aclvencCreateChannel");
    rt.start_pump();
    for i in 0..2 {
        assert_eq!(enc.send(&input), ACL_SUCCESS, "send {i} after the 2nd create");
    }
    assert_eq!(enc.eos(), ACL_SUCCESS);
    let d = enc.rec.deliveries();
    assert_eq!(frames(&d), [1, 2], "callbacks of the frames sent after the successful create");
    assert_all_encoded(&d);

    enc.finish(true);
    rt.stop_pump();
}
