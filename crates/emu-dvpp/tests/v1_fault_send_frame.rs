//! Fault injection on V1, `fail:aclvencSendFrame@3=500003`: the 3rd send returns ACL_ERROR_RT_FAILURE and does
//! nothing else; the other sends succeed and the channel still delivers their callbacks. Through the exported C
//! symbols of the built libraries (one fault plan per test binary: the libraries read it once).

mod common;

use std::time::Duration;

use aclvenc_abi::*;
use common::*;

#[test]
fn third_send_fails_with_the_injected_code_and_the_others_are_delivered() {
    let v = v1("Ascend310P3", "fail:aclvencSendFrame@3=500003");
    let rt = ReportThread::start(v);
    rt.start_pump();
    let mut enc = Encoder::created(v, rt.tid, Recorder::new(Duration::ZERO));
    let input = Input::nv12(v, 1);

    let codes: Vec<aclError> = (0..5).map(|_| enc.send(&input)).collect();
    assert_eq!(codes, [ACL_SUCCESS, ACL_SUCCESS, ACL_ERROR_RT_FAILURE, ACL_SUCCESS, ACL_SUCCESS], "send results");
    assert_eq!(enc.eos(), ACL_SUCCESS, "EOS send (the 6th call) is not hit by @3");

    let d = enc.rec.deliveries();
    assert_eq!(frames(&d), [0, 1, 3, 4], "one callback per accepted send, in order; none for the refused one");
    assert_all_encoded(&d);
    let ts: Vec<u64> = d.iter().map(|x| x.timestamp).collect();
    assert_eq!(ts, [0, 1, 2, 3], "the refused frame never reached the encoder (output timestamps stay dense)");

    enc.finish(true);
    rt.stop_pump();
}
