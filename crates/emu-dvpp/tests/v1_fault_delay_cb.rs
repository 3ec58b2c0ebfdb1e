//! Fault injection on V1, `delay_cb=MS`: every callback arrives no earlier than MS after its frame was sent;
//! EOS still returns only after the (late) callbacks ran.

mod common;

use std::time::Duration;

use aclvenc_abi::*;
use common::*;

const DELAY_MS: u64 = 250;

#[test]
fn every_callback_arrives_no_earlier_than_the_delay() {
    let v = v1("Ascend310P3", &format!("delay_cb={DELAY_MS}"));
    let rt = ReportThread::start(v);
    rt.start_pump();
    let mut enc = Encoder::created(v, rt.tid, Recorder::new(Duration::ZERO));
    let input = Input::nv12(v, 3);

    for i in 0..2 {
        assert_eq!(enc.send(&input), ACL_SUCCESS, "send {i}");
    }
    assert_eq!(enc.eos(), ACL_SUCCESS);
    let d = enc.rec.deliveries();
    assert_eq!(frames(&d), [0, 1], "EOS returned before the delayed callbacks ran");
    assert_all_encoded(&d);
    for x in &d {
        let late = x.at - enc.sent_at[x.frame];
        assert!(
            late >= Duration::from_millis(DELAY_MS),
            "frame {}: callback {late:?} after its send, expected at least {DELAY_MS} ms",
            x.frame
        );
    }

    enc.finish(true);
    rt.stop_pump();
}
