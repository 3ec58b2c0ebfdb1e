//! Filling an [`Excerpt`] allocates nothing once it has held outputs as large as the next ones, and checking a
//! clean output allocates nothing once its SPS was seen: counted with a global allocator (this test binary only).

mod common;

use std::cell::Cell;

use aclvenc_bitstream::{Checker, Codec, Excerpt, Expect};

/// A heap allocator that counts, per thread, the allocations made while [`allocations_in`] runs.
struct Counting;

thread_local! {
    static COUNTING: Cell<bool> = const { Cell::new(false) };
    static ALLOCATIONS: Cell<u64> = const { Cell::new(0) };
}

// SAFETY: every request goes to the system allocator unchanged; the counters are const-initialised thread-locals
// without destructors, so counting never allocates or touches a destroyed thread-local.
unsafe impl std::alloc::GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        if COUNTING.try_with(Cell::get).unwrap_or(false) {
            let _ = ALLOCATIONS.try_with(|a| a.set(a.get() + 1));
        }
        // SAFETY: the caller's layout, as GlobalAlloc::alloc requires.
        unsafe { std::alloc::System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: std::alloc::Layout) {
        // SAFETY: `ptr` came from `alloc` above with this layout.
        unsafe { std::alloc::System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new_size: usize) -> *mut u8 {
        if COUNTING.try_with(Cell::get).unwrap_or(false) {
            let _ = ALLOCATIONS.try_with(|a| a.set(a.get() + 1));
        }
        // SAFETY: as GlobalAlloc::realloc requires, from the caller.
        unsafe { std::alloc::System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// How many heap allocations (and reallocations) `f` made on this thread.
fn allocations_in(f: impl FnOnce()) -> u64 {
    let before = ALLOCATIONS.with(Cell::get);
    COUNTING.with(|c| c.set(true));
    f();
    COUNTING.with(|c| c.set(false));
    ALLOCATIONS.with(Cell::get) - before
}

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
