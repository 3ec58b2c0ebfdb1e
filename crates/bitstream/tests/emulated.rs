//! The project's own emulated encoder (`aclvenc-emu-common`: x264 / x265 through libavcodec, configured like a
//! hardware encoder) checked output by output, with forced IDRs: zero problems, IDRs at the GOP and where forced
//! (a forced IDR restarts the GOP), and the rules fire when the expectations are wrong.

mod common;

use aclvenc_bitstream::{Checker, Codec, Excerpt, Expect, PictureKind, Profile};
use aclvenc_emu_common::video::*;
use aclvenc_interface::rules::Rule;

const W: u32 = 160;
const H: u32 = 96;

/// A moving NV12 pattern, tight strides.
fn picture(n: u32) -> Vec<u8> {
    let mut buf = vec![128u8; (W * H * 3 / 2) as usize];
    for y in 0..H {
        for x in 0..W {
            buf[(y * W + x) as usize] = ((x + 3 * n) ^ (y + n)) as u8;
        }
    }
    buf
}

/// Encodes `count` pictures with an IDR forced on `forced`; returns each output's bytes and `is_idr`.
fn encode(codec: VideoCodec, gop: u32, count: u32, forced: &[u32]) -> Vec<(Vec<u8>, bool)> {
    let config = VideoEncoderConfig { codec, width: W, height: H, fps: 25, gop, rc: RateControl::Cbr { kbps: 300 } };
    let mut enc = VideoEncoder::new(&config).expect("encoder");
    (0..count)
        .map(|n| {
            let data = picture(n);
            let pic = Nv12Picture {
                data: &data,
                width: W,
                height: H,
                width_stride: W,
                height_stride: H,
                order: ChromaOrder::Nv12,
            };
            let out = enc.encode(&pic, forced.contains(&n)).expect("encode");
            (out.data, out.is_idr)
        })
        .collect()
}

#[test]
fn emulated_encoder_output_passes_with_forced_idrs() {
    let forced = [9, 20];
    for (codec, expect) in [
        (VideoCodec::H264(H264Profile::High), Expect::new(Codec::H264, W, H).with_profile(Profile::H264High)),
        (VideoCodec::H264(H264Profile::Baseline), Expect::new(Codec::H264, W, H).with_profile(Profile::H264Baseline)),
        (VideoCodec::H265, Expect::new(Codec::H265, W, H).with_profile(Profile::H265Main)),
    ] {
        let outs = encode(codec, 6, 24, &forced);
        let expect = expect.with_gop(6);
        let mut checker = Checker::new(expect);
        let mut excerpt = Excerpt::new();
        let mut idrs = Vec::new();
        for (i, (data, is_idr)) in outs.iter().enumerate() {
            excerpt.clear();
            excerpt.add_pack(expect.codec, data);
            let problems = checker.check(&excerpt, forced.contains(&(i as u32)));
            assert!(problems.is_empty(), "{codec:?} output {i}: {problems:#?}");
            let info = checker.last_output();
            assert_eq!(info.picture == PictureKind::Idr, *is_idr, "{codec:?} output {i}");
            if *is_idr {
                idrs.push(i);
            }
        }
        // Every 6 pictures, and a forced IDR restarts the count: 0 6 | 9 15 | 20.
        assert_eq!(idrs, vec![0, 6, 9, 15, 20], "{codec:?}");
    }
}

#[test]
fn emulated_encoder_output_breaks_the_rules_it_should() {
    let outs = encode(VideoCodec::H264(H264Profile::Main), 8, 17, &[]);
    let outputs: Vec<Vec<Vec<u8>>> = outs.into_iter().map(|(d, _)| vec![d]).collect();
    let expect = Expect::new(Codec::H264, W, H).with_gop(8).with_profile(Profile::H264Main);
    common::run(expect, &outputs, |_| false).clean();
    common::run(expect.with_gop(4), &outputs, |_| false).only(Rule::StreamIdrInterval, 2);
    common::run(expect, &outputs, |i| i == 5).only(Rule::StreamForcedIdrMissing, 1);
    common::run(Expect { width: 176, height: 144, ..expect }, &outputs, |_| false).only(Rule::StreamSpsSize, 1);
    common::run(expect.with_profile(Profile::H264Baseline), &outputs, |_| false).only(Rule::StreamSpsProfile, 1);
}
