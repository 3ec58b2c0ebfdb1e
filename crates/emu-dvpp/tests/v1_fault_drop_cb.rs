//! Fault injection on V1, `drop_cb@2`: the 2nd completion of a channel is never delivered, so the app sees
//! exactly one callback fewer than it sent frames; EOS and destroy still return (they do not wait for it).

mod common;

use std::time::Duration;

use aclvenc_abi::*;
use common::*;

#[test]
fn second_completion_is_dropped_and_the_rest_arrive() {
    let v = v1("Ascend310P3", "drop_cb@2");
    let rt = ReportThread::start(v);
    rt.start_pump();
    let mut enc = Encoder::created(v, rt.tid, Recorder::new(Duration::ZERO));
    let input = Input::nv12(v, 2);

    const SENT: usize = 4;
    for i in 0..SENT {
        assert_eq!(enc.send(&input), ACL_SUCCESS, "send {i}");
    }
    assert_eq!(enc.eos(), ACL_SUCCESS, "EOS returns although one completion never comes");

    let d = enc.rec.deliveries();
    assert_eq!(d.len(), SENT - 1, "exactly one callback fewer than frames sent: {:?}", frames(&d));
    assert_eq!(frames(&d), [0, 2, 3], "the 2nd frame's callback is the one dropped");
    assert_all_encoded(&d);

    // Not merely late: it does not show up while the report thread keeps pumping.
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(frames(&enc.rec.deliveries()), [0, 2, 3], "a dropped completion arrived late");

    enc.finish(true);
    rt.stop_pump();
}
