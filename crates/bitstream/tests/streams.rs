//! Every STREAM-* rule on real streams (x264, x265 and mjpeg output made by `tests/data/make.sh`): the streams as
//! they are pass with zero problems and with the IDR pictures where `-g` put them (positive tests); each broken
//! derivative triggers exactly its rule and nothing else (negative tests). Tests are named after their rule.

mod common;

use aclvenc_bitstream::annexb::{h264_type, h265_type};
use aclvenc_bitstream::{Checker, Codec, Excerpt, Expect, PictureKind, Profile};
use aclvenc_interface::rules::Rule;
use common::*;

const H264_MAIN: &str = "h264_main_320x240_g10.h264";
const H264_HIGH_CROPPED: &str = "h264_high_320x180_g8.h264";
const H264_BASELINE_SLICES: &str = "h264_baseline_176x144_g5.h264";
const H265_MAIN_CRA: &str = "h265_main_320x240_g10.h265";
const H265_MAIN10_CROPPED: &str = "h265_main10_320x180_g8.h265";

/// Every fixture with the channel it came from: (file, expect, pictures, IDR/IRAP outputs).
fn annexb_fixtures() -> Vec<(&'static str, Expect, usize, Vec<u64>)> {
    vec![
        (
            H264_MAIN,
            Expect::new(Codec::H264, 320, 240).with_gop(10).with_profile(Profile::H264Main),
            30,
            vec![0, 10, 20],
        ),
        (
            H264_HIGH_CROPPED,
            Expect::new(Codec::H264, 320, 180).with_gop(8).with_profile(Profile::H264High),
            24,
            vec![0, 8, 16],
        ),
        (
            H264_BASELINE_SLICES,
            Expect::new(Codec::H264, 176, 144).with_gop(5).with_profile(Profile::H264Baseline),
            20,
            vec![0, 5, 10, 15],
        ),
        (
            H265_MAIN_CRA,
            Expect::new(Codec::H265, 320, 240).with_gop(10).with_profile(Profile::H265Main),
            30,
            vec![0, 10, 20],
        ),
        (
            H265_MAIN10_CROPPED,
            Expect::new(Codec::H265, 320, 180).with_gop(8).with_profile(Profile::H265Main10),
            24,
            vec![0, 8, 16],
        ),
    ]
}

fn h264_main() -> (Expect, Vec<Vec<Vec<u8>>>) {
    let (_, expect, _, _) = annexb_fixtures().remove(0);
    (expect, outputs(Codec::H264, &fixture(H264_MAIN)))
}

fn h265_main() -> (Expect, Vec<Vec<Vec<u8>>>) {
    let (_, expect, _, _) = annexb_fixtures().remove(3);
    (expect, outputs(Codec::H265, &fixture(H265_MAIN_CRA)))
}

// ---- Positive: the real streams, whole and as V2-style packs ----

#[test]
fn positive_real_streams_have_no_problem_and_idr_at_the_gop() {
    for (file, expect, pictures, idrs) in annexb_fixtures() {
        let outs = outputs(expect.codec, &fixture(file));
        assert_eq!(outs.len(), pictures, "{file}: access units");
        for outs in [outs.clone(), one_pack_per_nal(&outs)] {
            let run = run(expect, &outs, |_| false);
            run.clean();
            assert_eq!(run.random_access(), idrs, "{file}");
            assert!(run.infos.iter().all(|i| i.picture != PictureKind::None), "{file}");
            for &i in &idrs {
                let info = run.infos[i as usize];
                assert_eq!(info.size, Some((expect.width, expect.height)), "{file} output {i}");
                assert!(info.has_sps, "{file} output {i}");
            }
        }
    }
}

#[test]
fn positive_h265_open_gop_cra_pictures_count_as_irap() {
    let (expect, outs) = h265_main();
    let run = run(expect, &outs, |_| false);
    run.clean();
    let kinds: Vec<_> = [0, 10, 20].iter().map(|&i| run.infos[i].picture).collect();
    assert_eq!(kinds, vec![PictureKind::Idr, PictureKind::OtherIrap, PictureKind::OtherIrap]);
    assert_eq!(run.infos[1].picture, PictureKind::NonIrap);
}

#[test]
fn positive_unknown_values_are_not_checked() {
    for (file, expect, _, _) in annexb_fixtures() {
        let outs = outputs(expect.codec, &fixture(file));
        run(Expect::new(expect.codec, 0, 0), &outs, |_| false).clean();
    }
}

// ---- STREAM-EMPTY-PACK ----

#[test]
fn stream_empty_pack_zero_byte_pack() {
    let (expect, mut outs) = h264_main();
    outs[3].push(Vec::new());
    let msgs = run(expect, &outs, |_| false).only(Rule::StreamEmptyPack, 1);
    assert!(msgs[0].starts_with("output 3: pack 2 of 2 is 0 bytes"), "{}", msgs[0]);
}

#[test]
fn stream_empty_pack_no_pack_and_start_code_only() {
    let (expect, mut outs) = h265_main();
    outs.insert(4, Vec::new());
    outs[7].insert(0, vec![0, 0, 0, 1, 0, 0]);
    // The extra output holds no picture, so the IRAP pictures still come every 10 pictures.
    let run = run(expect, &outs, |_| false);
    let msgs = run.only(Rule::StreamEmptyPack, 2);
    assert!(msgs[0].starts_with("output 4: the output has no pack"), "{}", msgs[0]);
    assert!(msgs[1].contains("pack 1 of 2 holds 6 bytes but no NAL unit"), "{}", msgs[1]);
    assert_eq!(run.random_access(), vec![0, 11, 21]);
}

#[test]
fn stream_empty_pack_positive() {
    let (expect, outs) = h264_main();
    run(expect, &one_pack_per_nal(&outs), |_| false).clean();
}

// ---- STREAM-NOT-ANNEXB ----

#[test]
fn stream_not_annexb_start_code_stripped() {
    let (expect, mut outs) = h264_main();
    let p = &mut outs[4][0];
    let sc = p.iter().position(|&b| b == 1).unwrap() + 1;
    p.drain(..sc);
    let msgs = run(expect, &outs, |_| false).only(Rule::StreamNotAnnexb, 1);
    assert!(msgs[0].contains("and holds no start code at all"), "{}", msgs[0]);
}

#[test]
fn stream_not_annexb_bytes_before_the_start_code() {
    let (expect, mut outs) = h265_main();
    outs[10][0].splice(0..0, [0xab, 0xcd]);
    let run = run(expect, &outs, |_| false);
    let msgs = run.only(Rule::StreamNotAnnexb, 1);
    assert!(msgs[0].starts_with("output 10: pack 1 of 1"), "{}", msgs[0]);
    assert!(msgs[0].contains("begins ab cd 00 00") && msgs[0].contains("2 bytes come before"), "{}", msgs[0]);
    // The NAL units after the garbage are still read: output 10 is still the CRA picture.
    assert_eq!(run.random_access(), vec![0, 10, 20]);
}

#[test]
fn stream_not_annexb_positive_nal_units_split_over_packs() {
    // A stream buffer that wraps around splits a NAL unit over two packs: only the first pack needs a start code.
    for (file, expect, _, idrs) in annexb_fixtures() {
        let outs: Vec<Vec<Vec<u8>>> = outputs(expect.codec, &fixture(file))
            .into_iter()
            .map(|o| {
                let (a, b) = o[0].split_at(o[0].len() * 2 / 3);
                vec![a.to_vec(), b.to_vec()]
            })
            .collect();
        let run = run(expect, &outs, |_| false);
        run.clean();
        assert_eq!(run.random_access(), idrs, "{file}");
    }
    // The SPS itself split in the middle is still read.
    let (expect, outs) = h265_main();
    let split: Vec<Vec<Vec<u8>>> = outs
        .iter()
        .map(|o| {
            let sps = o[0].windows(4).position(|w| w == [0, 0, 1, 0x42]).map_or(o[0].len() / 2, |p| p + 10);
            vec![o[0][..sps].to_vec(), o[0][sps..].to_vec()]
        })
        .collect();
    let run = run(Expect { width: 640, ..expect }, &split, |_| false);
    let msgs = run.only(Rule::StreamSpsSize, 1);
    assert!(msgs[0].contains("SPS says 320x240"), "{}", msgs[0]);
}

#[test]
fn stream_not_annexb_positive() {
    // 3-byte start codes and extra leading zero bytes (leading_zero_8bits) are Annex B too.
    let (expect, outs) = h264_main();
    let outs: Vec<Vec<Vec<u8>>> = outs
        .iter()
        .map(|o| {
            let p = &o[0];
            let sc = p.iter().position(|&b| b == 1).unwrap();
            vec![[&[0u8, 0, 0, 0][..], &p[sc - 2..]].concat()]
        })
        .collect();
    run(expect, &outs, |_| false).clean();
}

// ---- STREAM-FIRST-NOT-IDR ----

#[test]
fn stream_first_not_idr_stream_starts_with_a_p_picture() {
    for (file, expect, _, _) in annexb_fixtures() {
        let outs = outputs(expect.codec, &fixture(file));
        let run = run(expect, &outs[1..], |_| false);
        let msgs = run.only(Rule::StreamFirstNotIdr, 1);
        assert!(msgs[0].starts_with("output 0: the channel's first picture is not an I"), "{file}: {}", msgs[0]);
    }
}

#[test]
fn stream_first_not_idr_positive() {
    let (expect, outs) = h264_main();
    let run = run(expect, &outs, |_| false);
    run.clean();
    assert_eq!(run.infos[0].picture, PictureKind::Idr);
}

// ---- STREAM-PARAMSETS-MISSING ----

#[test]
fn stream_paramsets_missing_h264_sps_removed() {
    let (expect, mut outs) = h264_main();
    outs[0] = without_nal_type(Codec::H264, &outs[0], h264_type::SPS);
    let msgs = run(expect, &outs, |_| false).only(Rule::StreamParamsetsMissing, 1);
    assert!(
        msgs[0].starts_with("output 0: the channel's first IDR picture (NAL type 5) comes before any SPS:"),
        "{}",
        msgs[0]
    );
}

#[test]
fn stream_paramsets_missing_h265_vps_and_pps_removed() {
    let (expect, mut outs) = h265_main();
    outs[0] = without_nal_type(Codec::H265, &outs[0], h265_type::VPS);
    outs[0] = without_nal_type(Codec::H265, &outs[0], h265_type::PPS);
    let msgs = run(expect, &outs, |_| false).only(Rule::StreamParamsetsMissing, 1);
    assert!(msgs[0].contains("comes before any VPS and PPS"), "{}", msgs[0]);
}

#[test]
fn stream_paramsets_missing_positive_in_an_earlier_output() {
    // Parameter sets in an output of their own before the first IDR are fine too.
    let (expect, mut outs) = h264_main();
    let headers = without_nal_type(Codec::H264, &outs[0], h264_type::IDR);
    outs[0] = without_nal_type(Codec::H264, &outs[0], h264_type::SPS);
    outs[0] = without_nal_type(Codec::H264, &outs[0], h264_type::PPS);
    outs.insert(0, headers);
    let run = run(expect, &outs, |_| false);
    run.clean();
    assert_eq!(run.infos[0].picture, PictureKind::None);
    assert_eq!(run.random_access(), vec![1, 11, 21]);
}

// ---- STREAM-IDR-INTERVAL ----

#[test]
fn stream_idr_interval_gop_smaller_than_the_stream() {
    let (expect, outs) = h264_main();
    let msgs = run(expect.with_gop(5), &outs, |_| false).only(Rule::StreamIdrInterval, 3);
    assert!(
        msgs[0].starts_with(
            "output 5: 5 pictures have passed since the last one (output 0) without an IDR picture (NAL type 5), and \
             this one has non-IDR slice (1) only"
        ),
        "{}",
        msgs[0]
    );
    assert!(msgs[1].starts_with("output 15:") && msgs[2].starts_with("output 25:"), "{msgs:?}");
    // A GOP of 4 is overrun at 4 and 8, then at 14 and 18, 24 and 28: each time 4 more pictures pass.
    let (expect, outs) = h265_main();
    let run = run(expect.with_gop(4), &outs, |_| false);
    let at: Vec<String> =
        run.only(Rule::StreamIdrInterval, 6).iter().map(|m| m.split(':').next().unwrap().to_string()).collect();
    assert_eq!(at, ["output 4", "output 8", "output 14", "output 18", "output 24", "output 28"]);
}

#[test]
fn stream_idr_interval_from_the_start_when_the_first_idr_is_missing() {
    // The first IDR is not an IDR (its slices relabelled non-IDR): STREAM-FIRST-NOT-IDR, then, with a GOP of 3,
    // the interval counted from the start is overrun at outputs 3, 6 and 9.
    let (expect, mut outs) = h264_main();
    outs[0] = map_nal_type(Codec::H264, &outs[0], h264_type::IDR, |n| [&[0x21][..], &n[1..]].concat());
    let run = run(expect.with_gop(3), &outs[..10], |_| false);
    let rules = run.rules();
    assert_eq!(rules[0], Rule::StreamFirstNotIdr);
    assert!(rules[1..].iter().all(|&r| r == Rule::StreamIdrInterval) && rules.len() == 4, "{:#?}", run.problems);
    assert!(run.problems[1].message.contains("since the channel's first output"), "{}", run.problems[1].message);
}

#[test]
fn stream_idr_interval_positive_extra_idrs_and_larger_gop() {
    let (expect, outs) = h264_main();
    run(expect.with_gop(20), &outs, |_| false).clean();
    run(expect.with_gop(1000), &outs, |_| false).clean();
}

/// Outputs the shim could not check (its analysis queue was full) are told with `resync`: the checks that count
/// pictures wait for the next IDR instead of reporting the gap, or the first output seen, as a broken stream.
#[test]
fn lost_outputs_resync_at_the_next_idr() {
    let (expect, outs) = h264_main();
    let expect = expect.with_gop(10);
    let mut checker = Checker::new(expect);
    let mut excerpt = Excerpt::new();
    let mut check = |checker: &mut Checker, out: &Vec<Vec<u8>>| {
        excerpt.clear();
        out.iter().for_each(|p| excerpt.add_pack(expect.codec, p));
        checker.check(&excerpt, false)
    };
    // Outputs 0..=12 were lost (the first IDR and its parameter sets among them): 13..30 check clean, and the
    // pictures are counted from the IDR at 20.
    checker.resync();
    for out in &outs[13..] {
        assert!(check(&mut checker, out).is_empty());
    }
    // Without the resync the same outputs are a stream that starts with a P picture.
    let mut fresh = Checker::new(expect);
    assert_eq!(check(&mut fresh, &outs[13]).first().map(|p| p.rule), Some(Rule::StreamFirstNotIdr));
    // After a resync a real GOP overrun is still caught: from the IDR at 20, a GOP of 5 is overrun at 25.
    let mut later = Checker::new(expect.with_gop(5));
    later.resync();
    let found: Vec<Rule> = outs[20..].iter().flat_map(|o| check(&mut later, o)).map(|p| p.rule).collect();
    assert_eq!(found, vec![Rule::StreamIdrInterval]);
}

// ---- STREAM-FORCED-IDR-MISSING ----

#[test]
fn stream_forced_idr_missing_on_a_p_picture() {
    let (expect, outs) = h264_main();
    let msgs = run(expect, &outs, |i| i == 3).only(Rule::StreamForcedIdrMissing, 1);
    assert!(msgs[0].starts_with("output 3: an IDR picture was requested"), "{}", msgs[0]);
    assert!(msgs[0].contains("it has non-IDR slice (1)"), "{}", msgs[0]);
    let (expect, outs) = h265_main();
    run(expect, &outs, |i| i == 13 || i == 14).only(Rule::StreamForcedIdrMissing, 2);
}

#[test]
fn stream_forced_idr_missing_positive() {
    let (expect, outs) = h264_main();
    run(expect, &outs, |i| i % 10 == 0).clean();
    // A CRA picture answers a forced request on H.265 (any IRAP).
    let (expect, outs) = h265_main();
    run(expect, &outs, |i| i == 10).clean();
}

// ---- STREAM-SPS-INVALID ----

#[test]
fn stream_sps_invalid_truncated_sps() {
    let (expect, mut outs) = h264_main();
    outs[0] = map_nal_type(Codec::H264, &outs[0], h264_type::SPS, |n| n[..4].to_vec());
    let msgs = run(expect, &outs, |_| false).only(Rule::StreamSpsInvalid, 1);
    assert!(msgs[0].starts_with("output 0: the H.264 SPS in pack 1 (NAL type 7, 4 bytes: 67 4d"), "{}", msgs[0]);
    let (expect, mut outs) = h265_main();
    outs[10] = map_nal_type(Codec::H265, &outs[10], h265_type::SPS, |n| n[..12].to_vec());
    let msgs = run(expect, &outs, |_| false).only(Rule::StreamSpsInvalid, 1);
    assert!(msgs[0].contains("cannot be read: the NAL unit ends before the picture size"), "{}", msgs[0]);
}

#[test]
fn stream_sps_invalid_positive() {
    let (expect, outs) = h265_main();
    let run = run(expect, &outs, |_| false);
    run.clean();
    assert_eq!(run.infos[20].size, Some((320, 240)));
}

// ---- STREAM-SPS-SIZE ----

#[test]
fn stream_sps_size_wrong_channel_size() {
    for (file, expect, _, _) in annexb_fixtures() {
        let outs = outputs(expect.codec, &fixture(file));
        let wrong = Expect { width: 1920, height: 1080, ..expect };
        // The SPS repeats at every IDR but is reported once.
        let msgs = run(wrong, &outs, |_| false).only(Rule::StreamSpsSize, 1);
        let says = format!("output 0: SPS says {}x{}", expect.width, expect.height);
        assert!(msgs[0].starts_with(&says), "{file}: {}", msgs[0]);
        assert!(msgs[0].contains("picture size of 1920x1080"), "{file}: {}", msgs[0]);
    }
}

#[test]
fn stream_sps_size_cropping_applied() {
    // The coded size of the cropped streams is not the picture size.
    let outs = outputs(Codec::H264, &fixture(H264_HIGH_CROPPED));
    let msgs = run(Expect::new(Codec::H264, 320, 192), &outs, |_| false).only(Rule::StreamSpsSize, 1);
    assert!(msgs[0].contains("SPS says 320x180 (coded 320x192, cropped to 320x180)"), "{}", msgs[0]);
    let outs = outputs(Codec::H265, &fixture(H265_MAIN10_CROPPED));
    let msgs = run(Expect::new(Codec::H265, 320, 184), &outs, |_| false).only(Rule::StreamSpsSize, 1);
    assert!(msgs[0].contains("SPS says 320x180 (coded 320x184, cropped to 320x180)"), "{}", msgs[0]);
}

#[test]
fn stream_sps_size_positive_and_set_expect_rechecks() {
    let outs = outputs(Codec::H264, &fixture(H264_HIGH_CROPPED));
    let expect = Expect::new(Codec::H264, 320, 180);
    run(expect, &outs, |_| false).clean();
    // After the channel's size changed, the next SPS (same bytes as before) is checked again.
    let mut checker = aclvenc_bitstream::Checker::new(expect);
    let mut e = aclvenc_bitstream::Excerpt::new();
    let mut fired = Vec::new();
    for (i, out) in outs.iter().enumerate() {
        if i == 5 {
            checker.set_expect(Expect::new(Codec::H264, 640, 360));
        }
        e.clear();
        e.add_pack(Codec::H264, &out[0]);
        fired.extend(checker.check(&e, false).into_iter().map(|p| (i, p.rule)));
    }
    assert_eq!(fired, vec![(8, Rule::StreamSpsSize)]);
}

// ---- STREAM-SPS-PROFILE ----

#[test]
fn stream_sps_profile_wrong_profile() {
    let (expect, outs) = h264_main();
    let msgs = run(expect.with_profile(Profile::H264High), &outs, |_| false).only(Rule::StreamSpsProfile, 1);
    assert!(
        msgs[0].starts_with(
            "output 0: SPS says profile_idc 77 (Main) but the channel asked for H.264 High (profile_idc 100"
        ),
        "{}",
        msgs[0]
    );
    let outs = outputs(Codec::H265, &fixture(H265_MAIN10_CROPPED));
    let expect = Expect::new(Codec::H265, 320, 180).with_profile(Profile::H265Main);
    let msgs = run(expect, &outs, |_| false).only(Rule::StreamSpsProfile, 1);
    assert!(msgs[0].contains("profile_idc 2 (Main 10) but the channel asked for H.265 Main"), "{}", msgs[0]);
    let outs = outputs(Codec::H264, &fixture(H264_BASELINE_SLICES));
    let expect = Expect::new(Codec::H264, 176, 144).with_profile(Profile::H264Main);
    run(expect, &outs, |_| false).only(Rule::StreamSpsProfile, 1);
}

#[test]
fn stream_sps_profile_positive() {
    // Every fixture with its own profile passes (see annexb_fixtures); the vendor values map onto them.
    let (expect, outs) = h264_main();
    let v1 = Profile::from_v1_en_type(2).unwrap();
    let v2 = Profile::from_v2(Codec::H264, 1).unwrap();
    run(expect.with_profile(v1), &outs, |_| false).clean();
    run(expect.with_profile(v2), &outs, |_| false).clean();
    let (expect, outs) = h265_main();
    run(expect.with_profile(Profile::from_v1_en_type(0).unwrap()), &outs, |_| false).clean();
}

// ---- JPEG: STREAM-JPEG-MARKERS, STREAM-JPEG-SIZE ----

fn jpegs() -> Vec<(&'static str, Expect, Vec<u8>)> {
    vec![
        ("jpeg_176x144.jpg", Expect::new(Codec::Jpeg, 176, 144), fixture("jpeg_176x144.jpg")),
        ("jpeg_320x180.jpg", Expect::new(Codec::Jpeg, 320, 180), fixture("jpeg_320x180.jpg")),
    ]
}

#[test]
fn positive_real_jpegs_have_no_problem() {
    for (file, expect, pic) in jpegs() {
        // Five pictures of a JPEG channel, the first as one pack, the next split over three packs.
        let split = vec![pic[..100].to_vec(), pic[100..pic.len() - 1].to_vec(), pic[pic.len() - 1..].to_vec()];
        let outs = vec![vec![pic.clone()], split.clone(), vec![pic.clone()], split, vec![pic.clone()]];
        let run = run(expect, &outs, |i| i == 2);
        run.clean();
        assert!(
            run.infos.iter().all(|i| i.picture == PictureKind::Jpeg && i.size == Some((expect.width, expect.height))),
            "{file}"
        );
    }
}

#[test]
fn stream_jpeg_markers_eoi_cut_off() {
    for (file, expect, pic) in jpegs() {
        let cut = pic[..pic.len() - 2].to_vec();
        let msgs = run(expect, &[vec![pic.clone()], vec![cut]], |_| false).only(Rule::StreamJpegMarkers, 1);
        assert!(
            msgs[0].starts_with("output 1: the JPEG picture") && msgs[0].contains("does not end with EOI (FF D9)"),
            "{file}: {}",
            msgs[0]
        );
    }
}

#[test]
fn stream_jpeg_markers_soi_missing() {
    let (_, expect, pic) = jpegs().remove(0);
    let msgs = run(expect, &[vec![pic[2..].to_vec()]], |_| false).only(Rule::StreamJpegMarkers, 1);
    assert!(msgs[0].contains("does not start with SOI (FF D8) but with ff e0"), "{}", msgs[0]);
    // Nothing but the scan data: neither marker.
    let msgs = run(expect, &[vec![pic[700..pic.len() - 2].to_vec()]], |_| false).only(Rule::StreamJpegMarkers, 1);
    assert!(msgs[0].contains(" and does not end with EOI"), "{}", msgs[0]);
}

#[test]
fn stream_jpeg_markers_positive_zero_padding_after_eoi() {
    let (_, expect, pic) = jpegs().remove(1);
    let padded = [pic.clone(), vec![0; 6]].concat();
    run(expect, &[vec![padded]], |_| false).clean();
}

#[test]
fn stream_jpeg_size_wrong_channel_size() {
    let (_, _, pic) = jpegs().remove(0);
    let expect = Expect::new(Codec::Jpeg, 160, 120);
    let outs = vec![vec![pic.clone()]; 4];
    let msgs = run(expect, &outs, |_| false).only(Rule::StreamJpegSize, 1);
    let want = "output 0: the JPEG frame header (SOF0) says 176x144, larger than the channel's picture size 160x120";
    assert!(msgs[0].starts_with(want), "{}", msgs[0]);
    // A different wrong size is reported again.
    let (_, _, other) = jpegs().remove(1);
    let outs = vec![vec![pic.clone()], vec![other], vec![pic]];
    let fired: Vec<_> = run(expect, &outs, |_| false).problems.iter().map(|p| p.message[..8].to_string()).collect();
    assert_eq!(fired, ["output 0", "output 1", "output 2"]);
}

#[test]
fn stream_jpeg_size_positive() {
    for (_, expect, pic) in jpegs() {
        run(expect, &[vec![pic.clone()], vec![pic]], |_| false).clean();
    }
    // A smaller picture than the channel's size is fine: the channel's size is the largest it takes.
    let (_, _, pic) = jpegs().remove(0);
    run(Expect::new(Codec::Jpeg, 352, 288), &[vec![pic]], |_| false).clean();
}
