//! The V1 callback contract (crate docs, docs/validation-rules.md A.3-A.5): callbacks run only on the thread given to
//! aclvencSetChannelDescThreadId and only inside its aclrtProcessReport; aclrtProcessReport returns the timeout code
//! when nothing is pending; an EOS send returns only after every earlier callback ran. With a real report thread
//! and small NV12 pictures, through the exported C symbols on an emulated 310P3.

mod common;

use std::time::{Duration, Instant};

use aclvenc_abi::*;
use common::*;

fn v() -> &'static V1 {
    v1("Ascend310P3", "")
}

#[test]
fn callbacks_run_only_on_the_subscribed_thread_inside_process_report() {
    let v = v();
    let rt = ReportThread::start(v);
    let mut enc = Encoder::created(v, rt.tid, Recorder::new(Duration::ZERO));
    let input = Input::nv12(v, 8);
    for i in 0..3 {
        assert_eq!(enc.send(&input), ACL_SUCCESS, "send {i}");
    }
    // Encoded by now or not, nothing may run while the report thread is not in aclrtProcessReport.
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(frames(&enc.rec.deliveries()), Vec::<usize>::new(), "a callback ran outside aclrtProcessReport");

    let (r, _) = rt.once(5000);
    assert_eq!(r, ACL_SUCCESS, "aclrtProcessReport with callbacks pending");
    let after_one = enc.rec.deliveries();
    assert!(!after_one.is_empty(), "aclrtProcessReport returned success without running a callback");

    rt.start_pump();
    assert_eq!(enc.eos(), ACL_SUCCESS);
    let d = enc.rec.deliveries();
    assert_eq!(frames(&d), [0, 1, 2], "one callback per frame, in send order");
    assert_all_encoded(&d);
    let me = this_thread();
    for x in &d {
        assert_eq!(x.thread, rt.tid, "frame {}: callback on thread {:#x}, not the report thread", x.frame, x.thread);
        assert_ne!(x.thread, me);
        assert!(x.in_process_report, "frame {}: callback outside aclrtProcessReport", x.frame);
    }
    enc.finish(true);
    rt.stop_pump();
}

#[test]
fn process_report_returns_the_timeout_code_when_nothing_is_pending() {
    let v = v();
    let rt = ReportThread::start(v);
    let enc = Encoder::created(v, rt.tid, Recorder::new(Duration::ZERO));
    let (r, took) = rt.once(100);
    assert_eq!(r, ACL_ERROR_RT_REPORT_TIMEOUT, "subscribed thread, nothing sent");
    assert!(took >= Duration::from_millis(100), "returned after {took:?}, before its 100 ms timeout");
    assert!(enc.rec.deliveries().is_empty());
    rt.start_pump();
    enc.finish(true);
    rt.stop_pump();
}

#[test]
fn eos_send_returns_only_after_every_earlier_callback_ran() {
    let v = v();
    let rt = ReportThread::start(v);
    rt.start_pump();
    // A slow app callback (40 ms each), so an EOS that did not wait would see callbacks still outstanding.
    let mut enc = Encoder::created(v, rt.tid, Recorder::new(Duration::from_millis(40)));
    let input = Input::nv12(v, 9);
    const SENT: usize = 5;
    for i in 0..SENT {
        assert_eq!(enc.send(&input), ACL_SUCCESS, "send {i}");
    }
    assert_eq!(enc.eos(), ACL_SUCCESS, "EOS with a NULL picture (VENC-SEND-EOS-310P-DRAIN)");
    let eos_returned = Instant::now();
    let d = enc.rec.deliveries();
    assert_eq!(frames(&d), (0..SENT).collect::<Vec<_>>(), "callbacks that had run when the EOS send returned");
    // Each callback sleeps 40 ms after recording itself: EOS must also have waited for the last one to return.
    let last = d.last().unwrap().at;
    assert!(
        eos_returned - last >= Duration::from_millis(40),
        "EOS returned {:?} after the last callback started, while it was still running",
        eos_returned - last
    );
    enc.finish(true);
    rt.stop_pump();
}
