//! Filling an [`Excerpt`] allocates nothing once it has held outputs as large as the next ones, and checking a
//! clean output allocates nothing once its SPS was seen: counted with a global allocator (this test binary only).

mod common;

use aclvenc_bitstream::{Checker, Codec, Excerpt, Expect};

#[global_allocator]
static ALLOCATOR: aclvenc_alloc_count::Counting = aclvenc_alloc_count::Counting;

use aclvenc_alloc_count::allocations_in;

#[test]
fn excerpt_filling_is_allocation_free_once_warm() {
    let cases = [
        (Codec::H264, "h264_baseline_176x144_g5.h264"),
        (Codec::H265, "h265_main_320x240_g10.h265"),
        (Codec::H264, "h264_main_320x240_g10.h264"),
    ];
    for (codec, file) in cases {
        let outs = common::outputs(codec, &common::fixture(file));
        let packed = common::one_pack_per_nal(&outs);
        let mut excerpt = Excerpt::new();
        let fill = |excerpt: &mut Excerpt, packs: &[Vec<u8>]| {
            excerpt.clear();
            for p in packs {
                excerpt.add_pack(codec, p);
            }
        };
        // Warm: the largest output (the first IDR with its parameter sets and SEI) in both shapes.
        fill(&mut excerpt, &outs[0]);
        fill(&mut excerpt, &packed[0]);
        let n = allocations_in(|| {
            for o in outs.iter().chain(&packed) {
                fill(&mut excerpt, o);
            }
        });
        assert_eq!(n, 0, "{file}: filling {} outputs allocated {n} times", 2 * outs.len());
    }
    // JPEG: the headers and the tail, one pack or several.
    let pic = common::fixture("jpeg_320x180.jpg");
    let mut excerpt = Excerpt::new();
    excerpt.add_pack(Codec::Jpeg, &pic);
    let n = allocations_in(|| {
        for _ in 0..10 {
            excerpt.clear();
            excerpt.add_pack(Codec::Jpeg, &pic[..300]);
            excerpt.add_pack(Codec::Jpeg, &pic[300..]);
            excerpt.clear();
            excerpt.add_pack(Codec::Jpeg, &pic);
        }
    });
    assert_eq!(n, 0, "JPEG: {n} allocations");
}

#[test]
fn checking_clean_outputs_is_allocation_free_after_the_first_sps() {
    for (codec, file, w, h) in
        [(Codec::H264, "h264_high_320x180_g8.h264", 320, 180), (Codec::H265, "h265_main10_320x180_g8.h265", 320, 180)]
    {
        let outs = common::outputs(codec, &common::fixture(file));
        let mut checker = Checker::new(Expect::new(codec, w, h).with_gop(8));
        let mut excerpt = Excerpt::new();
        excerpt.add_pack(codec, &outs[0][0]);
        assert!(checker.check(&excerpt, true).is_empty());
        let n = allocations_in(|| {
            for o in &outs[1..] {
                excerpt.clear();
                excerpt.add_pack(codec, &o[0]);
                assert!(checker.check(&excerpt, false).is_empty());
            }
        });
        assert_eq!(n, 0, "{file}: checking {} outputs allocated {n} times", outs.len() - 1);
    }
    let pic = common::fixture("jpeg_176x144.jpg");
    let mut checker = Checker::new(Expect::new(Codec::Jpeg, 176, 144));
    let mut excerpt = Excerpt::new();
    excerpt.add_pack(Codec::Jpeg, &pic);
    assert!(checker.check(&excerpt, false).is_empty());
    let n = allocations_in(|| {
        for _ in 0..10 {
            assert!(checker.check(&excerpt, false).is_empty());
        }
    });
    assert_eq!(n, 0, "JPEG: {n} allocations");
}
