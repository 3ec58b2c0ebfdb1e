//! One negative test (exactly that rule fires) and one positive test (correct use fires nothing) per rule on the
//! encoder's output (issue 11): stalls, and the bitstream checks, through the whole export pipeline over the fake
//! driver, which hands back the streams the tests put in the packs.
//!
//! The `unsafe` blocks below call the shim's exports the way a C client would; every pointer passed points to a
//! live local.
#![allow(clippy::undocumented_unsafe_blocks)]

use super::tests_v2::{get, h264, jpeg, nv12, packs, release, send, started, video_attr};
use crate::calls::v2::hi_mpi_venc_request_idr;
use crate::testing::{clean, only, tapping};
use crate::validate::rules::Rule;
use aclvenc_abi::*;
use aclvenc_bitstream::Codec;
use std::time::Duration;

/// A channel at 240 frames/s has a stall threshold of 30 x 4.2 ms = 125 ms (floor 100 ms): once two outputs set the
/// encoder's pace, 200 ms without output with a frame in flight is a stall; an output right after its send is not.
#[test]
fn stream_stall() {
    let mut a = h264(640, 480);
    let cbr = a.rc_attr.h264_cbr_mut();
    (cbr.src_frame_rate, cbr.dst_frame_rate) = (240, 240);
    let c = crate::testing::detecting_stalls(|| started(&a));
    let f = nv12(640, 480);
    let mut p = packs(1, 100);
    for _ in 0..2 {
        send(c, &f);
        get(c, &mut p);
        release(c, &mut p);
    }
    only(Rule::StreamStall, || {
        send(c, &f);
        std::thread::sleep(Duration::from_millis(200));
        get(c, &mut p);
        release(c, &mut p);
    });
    clean(|| {
        send(c, &f);
        get(c, &mut p);
        release(c, &mut p);
    });
}

// ---- The bitstream checks (aclvenc-bitstream), fed real streams (crates/bitstream/tests/data, made by ffmpeg) ----

const H264_MAIN_320X240_G10: &[u8] = include_bytes!("../../crates/bitstream/tests/data/h264_main_320x240_g10.h264");
const H265_MAIN_320X240_G10: &[u8] = include_bytes!("../../crates/bitstream/tests/data/h265_main_320x240_g10.h265");
const JPEG_176X144: &[u8] = include_bytes!("../../crates/bitstream/tests/data/jpeg_176x144.jpg");

/// The access units (one coded picture each) of an Annex B stream.
fn pictures(codec: Codec, data: &[u8]) -> Vec<Vec<u8>> {
    aclvenc_bitstream::annexb::access_units(codec, data).map(<[u8]>::to_vec).collect()
}

/// A started V2 channel of `t` at `w` x `h` with GOP `gop` and `profile`, known to the stream checks.
fn channel(t: hi_payload_type, (w, h): (u32, u32), gop: u32, profile: u32) -> i32 {
    let mut a = video_attr(t, w, h);
    a.venc_attr.profile = profile;
    a.rc_attr.h264_cbr_mut().gop = gop;
    tapping(|| started(&a))
}

/// The H.264 test channel: 320x240 main profile (V2 profile 1), GOP 10, as the fixture was made.
fn h264_channel() -> i32 {
    channel(hi_payload_type::HI_PT_H264, (320, 240), 10, 1)
}

/// get_stream hands the application `bytes` in one pack (from `offset`), then it is released.
fn output_at(c: i32, bytes: &[u8], offset: u32) {
    let mut p = packs(1, bytes.len() as u32);
    p.packs[0].addr = bytes.as_ptr().cast_mut();
    p.packs[0].offset = offset;
    assert_eq!(get(c, &mut p), HI_SUCCESS);
    assert_eq!(release(c, &mut p), HI_SUCCESS);
}

fn output(c: i32, bytes: &[u8]) {
    output_at(c, bytes, 0);
}

/// Each output of `pics` in order, with the stream checks reading them.
fn outputs(c: i32, pics: &[Vec<u8>]) {
    tapping(|| pics.iter().for_each(|p| output(c, p)));
}

/// The stream without its NAL units of `drop` types (H.264 header byte & 0x1f).
fn without_nal_types(data: &[u8], drop: &[u8]) -> Vec<u8> {
    let mut v = Vec::new();
    for n in aclvenc_bitstream::annexb::nal_units(data).filter(|n| !drop.contains(&(n.data[0] & 0x1f))) {
        v.extend_from_slice(&[0, 0, 0, 1]);
        v.extend_from_slice(n.data);
    }
    v
}

#[test]
fn stream_empty_pack() {
    let pics = pictures(Codec::H264, H264_MAIN_320X240_G10);
    let c = h264_channel();
    // A pack whose payload (from its offset to its len) is empty.
    only(Rule::StreamEmptyPack, || tapping(|| output_at(c, &pics[0], pics[0].len() as u32)));
    let c = h264_channel();
    clean(|| outputs(c, &pics[..3]));
}

#[test]
fn stream_not_annexb() {
    let pics = pictures(Codec::H264, H264_MAIN_320X240_G10);
    let c = h264_channel();
    tapping(|| output(c, &pics[0]));
    // A picture with two bytes in front of its start code (a length prefix, as in MP4, instead of Annex B).
    let prefixed = [&[0x12, 0x34][..], &pics[1]].concat();
    only(Rule::StreamNotAnnexb, || tapping(|| output(c, &prefixed)));
    let c = h264_channel();
    clean(|| outputs(c, &pics[..2]));
}

#[test]
fn stream_first_not_idr() {
    let pics = pictures(Codec::H264, H264_MAIN_320X240_G10);
    let c = h264_channel();
    // The parameter sets, then a P picture first.
    let mut first = without_nal_types(&pics[0], &[5]);
    first.extend_from_slice(&pics[1]);
    only(Rule::StreamFirstNotIdr, || tapping(|| output(c, &first)));
    let c = h264_channel();
    clean(|| outputs(c, &pics[..2]));
}

#[test]
fn stream_paramsets_missing() {
    let pics = pictures(Codec::H264, H264_MAIN_320X240_G10);
    let c = h264_channel();
    // The IDR picture without its SPS (7) and PPS (8).
    let bare = without_nal_types(&pics[0], &[7, 8]);
    only(Rule::StreamParamsetsMissing, || tapping(|| output(c, &bare)));
    // H.265 as well: the whole fixture is clean.
    let c = channel(hi_payload_type::HI_PT_H265, (320, 240), 10, 0);
    clean(|| outputs(c, &pictures(Codec::H265, H265_MAIN_320X240_G10)));
}

#[test]
fn stream_idr_interval() {
    let pics = pictures(Codec::H264, H264_MAIN_320X240_G10);
    // The channel asked for GOP 5; the stream has an IDR every 10 pictures: picture 5 is not one.
    let c = channel(hi_payload_type::HI_PT_H264, (320, 240), 5, 1);
    only(Rule::StreamIdrInterval, || outputs(c, &pics[..6]));
    let c = h264_channel();
    clean(|| outputs(c, &pics));
}

#[test]
fn stream_forced_idr_missing() {
    let pics = pictures(Codec::H264, H264_MAIN_320X240_G10);
    let c = h264_channel();
    let f = nv12(320, 240);
    tapping(|| {
        send(c, &f);
        output(c, &pics[0]);
    });
    // An IDR asked for the next picture, which comes out as a P picture.
    only(Rule::StreamForcedIdrMissing, || {
        assert_eq!(unsafe { hi_mpi_venc_request_idr(c, hi_bool::HI_TRUE) }, HI_SUCCESS);
        send(c, &f);
        tapping(|| output(c, &pics[1]));
    });
    // Asked for picture 10, which is an IDR.
    clean(|| {
        tapping(|| (2..10).for_each(|i| output(c, &pics[i])));
        assert_eq!(unsafe { hi_mpi_venc_request_idr(c, hi_bool::HI_TRUE) }, HI_SUCCESS);
        send(c, &f);
        tapping(|| output(c, &pics[10]));
    });
}

#[test]
fn stream_sps_invalid() {
    let pics = pictures(Codec::H264, H264_MAIN_320X240_G10);
    let c = h264_channel();
    // An SPS cut to its first three bytes (profile, constraints, level), then the rest of the picture.
    let mut broken = vec![0, 0, 0, 1, 0x67, 77, 0];
    broken.extend_from_slice(&without_nal_types(&pics[0], &[7]));
    only(Rule::StreamSpsInvalid, || tapping(|| output(c, &broken)));
    let c = h264_channel();
    clean(|| outputs(c, &pics[..1]));
}

#[test]
fn stream_sps_size() {
    let pics = pictures(Codec::H264, H264_MAIN_320X240_G10);
    // The channel is 640x480; the encoder produced 320x240.
    let c = channel(hi_payload_type::HI_PT_H264, (640, 480), 10, 1);
    only(Rule::StreamSpsSize, || outputs(c, &pics[..1]));
    let c = h264_channel();
    clean(|| outputs(c, &pics[..1]));
}

#[test]
fn stream_sps_profile() {
    let pics = pictures(Codec::H264, H264_MAIN_320X240_G10);
    // The channel asked for the high profile (2); the stream is main.
    let c = channel(hi_payload_type::HI_PT_H264, (320, 240), 10, 2);
    only(Rule::StreamSpsProfile, || outputs(c, &pics[..1]));
    let c = h264_channel();
    clean(|| outputs(c, &pics[..1]));
}

fn jpeg_channel(w: u32, h: u32) -> i32 {
    tapping(|| started(&jpeg(w, h)))
}

#[test]
fn stream_jpeg_markers() {
    let c = jpeg_channel(176, 144);
    // The picture without its EOI marker.
    let cut = &JPEG_176X144[..JPEG_176X144.len() - 2];
    only(Rule::StreamJpegMarkers, || tapping(|| output(c, cut)));
    clean(|| tapping(|| output(c, JPEG_176X144)));
}

#[test]
fn stream_jpeg_size() {
    // The channel takes pictures up to 160x120; the picture is 176x144.
    let c = jpeg_channel(160, 120);
    only(Rule::StreamJpegSize, || tapping(|| output(c, JPEG_176X144)));
    // Up to 320x180: a 176x144 picture is fine.
    let c = jpeg_channel(320, 180);
    clean(|| tapping(|| output(c, JPEG_176X144)));
}

unsafe extern "C" fn ignore(_: *mut acldvppPicDesc, _: *mut acldvppStreamDesc, _: *mut core::ffi::c_void) {}

/// V1: a wrapped callback's output goes through the same checks (here a channel desc asking for 1280x720 getting a
/// 320x240 stream).
#[test]
fn v1_outputs_are_checked_too() {
    let pics = pictures(Codec::H264, H264_MAIN_320X240_G10);
    let (d, tramp) = tapping(|| super::tests_pipeline::wrapped_live(ignore));
    let out = |p: &[u8]| crate::testing::fake_output(p.len() as u32, 0, p.as_ptr() as usize);
    let pic = super::tests_pipeline::blank_pic;
    let rules = crate::testing::rules_of(|| tapping(|| unsafe { tramp(pic(), out(&pics[0]), d.cast()) }));
    assert_eq!(rules, vec!["STREAM-SPS-SIZE"]);
    let rules = crate::testing::rules_of(|| tapping(|| unsafe { tramp(pic(), out(&pics[1]), d.cast()) }));
    assert!(rules.is_empty(), "{rules:?}");
}

/// With the stream checks reading every output (here inline, as the analysis thread would), a channel's per-frame
/// calls still allocate nothing once warm: the excerpt's buffers and the jobs are reused.
#[test]
fn checked_outputs_make_no_heap_allocation() {
    let pics = pictures(Codec::H264, H264_MAIN_320X240_G10);
    let gop = &pics[..10];
    let c = h264_channel();
    let f = nv12(320, 240);
    let mut p = packs(1, 0);
    let mut frame = |i: usize| {
        let pic = &gop[i % gop.len()];
        (p.packs[0].addr, p.packs[0].len) = (pic.as_ptr().cast_mut(), pic.len() as u32);
        send(c, &f);
        assert_eq!(get(c, &mut p), HI_SUCCESS);
        assert_eq!(release(c, &mut p), HI_SUCCESS);
    };
    clean(|| {
        tapping(|| {
            (0..200).for_each(&mut frame);
            let n = crate::testing::allocations_in(|| (200..1200).for_each(&mut frame));
            assert_eq!(n, 0, "checked outputs allocated");
        })
    });
}
