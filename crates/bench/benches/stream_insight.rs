//! What stream insight (issue 11) costs per frame, next to what a frame costs to encode:
//!
//!   cargo build --release -p aclvenc-shim -p aclvenc-emptydrv && bash scripts/fetch-test-clip.sh &&
//!   cargo bench -p aclvenc-bench --bench stream-insight
//!
//! 1. The emulated driver's encoder (emu-common's `VideoEncoder`, libx264 / libx265 at the emulator's preset)
//!    encodes the first pictures of the test clip (768x576 NV12): the median ms per picture, H.264 and H.265.
//! 2. The caller's added time per frame: the V2 per-frame calls (`hi_mpi_venc_send_frame`, `hi_mpi_venc_get_stream`
//!    handing back one of the real encoded pictures, `hi_mpi_venc_release_stream`) through the shim and straight to
//!    the empty driver, side by side in alternating batches (median of the batches' ns per frame), in one process
//!    per setting (the shim reads its settings once): insight off (`ACLVENC_SHIM_FIGURES=0`,
//!    `ACLVENC_SHIM_STREAM_CHECKS=0`), figures only, and everything on (figures, stream checks, the timeline and
//!    capture of every output).
//! 3. The analysis thread's time per output: what it does for each output (the excerpt copy, which runs on the
//!    caller's thread and is in 2. already, then `Checker::check` and the capture write), timed here directly.
//!
//! The table ends with each cost as a share of the encode time of one picture.

use aclvenc_abi::*;
use aclvenc_bench::{lib_dir, protos, shim_over_empty_driver, sym, Runtime};
use aclvenc_bitstream::{Checker, Codec, Excerpt, Expect, Profile};
use aclvenc_emu_common::video::{
    ChromaOrder, H264Profile, Nv12Picture, RateControl, VideoCodec, VideoEncoder, VideoEncoderConfig,
};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::time::Instant;

const BUILD: &str = "cargo build --release -p aclvenc-shim -p aclvenc-emptydrv";
const W: u32 = 768;
const H: u32 = 576;
const FRAME: usize = (W * H * 3 / 2) as usize;
/// Pictures encoded from the clip.
const PICTURES: usize = 60;
const GOP: u32 = 30;
/// Frames per batch, and batches per side, of the side-by-side runs.
const BATCH: usize = 200;
const BATCHES: usize = 41;

/// Set in the child runs: the setting's name; the encoded pictures' file comes in [`PICTURES_FILE`].
const CHILD: &str = "ACLVENC_BENCH_INSIGHT";
const PICTURES_FILE: &str = "ACLVENC_BENCH_PICTURES";

/// The settings compared, each in a process of its own.
const SETTINGS: [(&str, &[(&str, &str)]); 3] = [
    ("off", &[("ACLVENC_SHIM_FIGURES", "0"), ("ACLVENC_SHIM_STREAM_CHECKS", "0")]),
    ("figures", &[("ACLVENC_SHIM_FIGURES", "1"), ("ACLVENC_SHIM_STREAM_CHECKS", "0")]),
    ("all", &[("ACLVENC_SHIM_FIGURES", "1"), ("ACLVENC_SHIM_STREAM_CHECKS", "1")]),
];

fn main() {
    if let Ok(name) = std::env::var(CHILD) {
        let file = std::env::var(PICTURES_FILE).expect("pictures file");
        let added = side_by_side(&read_pictures(Path::new(&file)));
        println!("RESULT {name} {added:.1}");
        return;
    }
    let clip = lib_dir().join("../media/vtest_nv12.yuv");
    let clip = std::fs::read(&clip).unwrap_or_else(|e| {
        panic!("{}: {e}. Fetch the test clip first: bash scripts/fetch-test-clip.sh", clip.display())
    });
    let h264 = encode(&clip, VideoCodec::H264(H264Profile::Main));
    let h265 = encode(&clip, VideoCodec::H265);
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("pictures.bin");
    write_pictures(&file, &h264.pictures);

    let mut added = Vec::new();
    for (name, env) in SETTINGS {
        let mut cmd = std::process::Command::new(std::env::current_exe().expect("exe"));
        cmd.env(CHILD, name).env(PICTURES_FILE, &file);
        for (k, v) in env {
            cmd.env(k, v);
        }
        if name == "all" {
            cmd.env("ACLVENC_SHIM_TIMELINE", dir.path().join("timeline.json"));
            cmd.env("ACLVENC_SHIM_CAPTURE_DIR", dir.path().join("capture"));
        }
        let out = cmd.output().expect("child run");
        let text = String::from_utf8_lossy(&out.stdout);
        let ns = text
            .lines()
            .find_map(|l| l.strip_prefix("RESULT ")?.split_whitespace().nth(1)?.parse::<f64>().ok())
            .unwrap_or_else(|| panic!("{name}: no result\n{text}\n{}", String::from_utf8_lossy(&out.stderr)));
        added.push((name, ns));
    }
    let analysis = analysis_ns(&h264.pictures, dir.path());

    let encode_ns = |e: &Encoded| e.median_ms * 1e6;
    println!("\nstream-insight: {PICTURES} pictures of the test clip, {W}x{H}");
    println!("  emulated encode, median per picture: H.264 {:.2} ms, H.265 {:.2} ms", h264.median_ms, h265.median_ms);
    println!(
        "  encoded: H.264 {:.1} kB and H.265 {:.1} kB per picture on average",
        h264.mean_bytes / 1e3,
        h265.mean_bytes / 1e3
    );
    println!(
        "\n{:<58} {:>10} {:>9} {:>9}",
        "per frame (send + get_stream + release_stream)", "ns", "% H.264", "% H.265"
    );
    let row = |what: &str, ns: f64| {
        println!(
            "{what:<58} {ns:>10.1} {:>8.3}% {:>8.3}%",
            100.0 * ns / encode_ns(&h264),
            100.0 * ns / encode_ns(&h265)
        )
    };
    let off = added[0].1;
    for (name, ns) in &added {
        row(&format!("shim's added time on the caller's thread, insight {name}"), *ns);
    }
    for (name, ns) in &added[1..] {
        row(&format!("  of which insight ({name} minus off)"), ns - off);
    }
    row("analysis thread per output (check + capture write)", analysis);
    row("insight all on, in all (caller + analysis thread)", added[2].1 - off + analysis);
}

/// The encoded pictures of one codec, and what encoding them took.
struct Encoded {
    pictures: Vec<Vec<u8>>,
    median_ms: f64,
    mean_bytes: f64,
}

fn encode(clip: &[u8], codec: VideoCodec) -> Encoded {
    let config =
        VideoEncoderConfig { codec, width: W, height: H, fps: 25, gop: GOP, rc: RateControl::Cbr { kbps: 2000 } };
    let mut enc = VideoEncoder::new(&config).expect("emulated encoder");
    let (mut pictures, mut ms) = (Vec::new(), Vec::new());
    for data in clip.chunks_exact(FRAME).take(PICTURES) {
        let pic =
            Nv12Picture { data, width: W, height: H, width_stride: W, height_stride: H, order: ChromaOrder::Nv12 };
        let t = Instant::now();
        let out = enc.encode(&pic, false).expect("encode");
        ms.push(t.elapsed().as_secs_f64() * 1e3);
        pictures.push(out.data);
    }
    let mean_bytes = pictures.iter().map(Vec::len).sum::<usize>() as f64 / pictures.len() as f64;
    Encoded { pictures, median_ms: median(ms), mean_bytes }
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// The pictures as a file: each a little-endian u32 length, then its bytes.
fn write_pictures(path: &Path, pictures: &[Vec<u8>]) {
    let mut f = std::fs::File::create(path).expect("pictures file");
    for p in pictures {
        f.write_all(&(p.len() as u32).to_le_bytes()).and_then(|()| f.write_all(p)).expect("write");
    }
}

fn read_pictures(path: &Path) -> Vec<Vec<u8>> {
    let bytes = std::fs::read(path).expect("pictures file");
    let (mut v, mut at) = (Vec::new(), 0);
    while at + 4 <= bytes.len() {
        let n = u32::from_le_bytes(bytes[at..at + 4].try_into().expect("4 bytes")) as usize;
        v.push(bytes[at + 4..at + 4 + n].to_vec());
        at += 4 + n;
    }
    v
}

/// What the analysis thread does per output, timed directly: `Checker::check` of the picture's excerpt and the
/// capture file's write (median ns over the pictures, several rounds).
fn analysis_ns(pictures: &[Vec<u8>], dir: &Path) -> f64 {
    let expect = Expect { codec: Codec::H264, width: W, height: H, gop: Some(GOP), profile: Some(Profile::H264Main) };
    let mut ns = Vec::new();
    let path: PathBuf = dir.join("analysis.h264");
    for _ in 0..20 {
        let mut checker = Checker::new(expect);
        let mut excerpt = Excerpt::new();
        let mut file = std::io::BufWriter::new(std::fs::File::create(&path).expect("capture file"));
        for p in pictures {
            excerpt.clear();
            excerpt.add_pack(Codec::H264, p);
            let t = Instant::now();
            let problems = checker.check(&excerpt, false);
            file.write_all(p).expect("write");
            ns.push(t.elapsed().as_nanos() as f64);
            assert!(problems.is_empty(), "the emulator's stream has problems: {problems:?}");
        }
    }
    median(ns)
}

/// The V2 per-frame calls of one library.
#[derive(Clone, Copy)]
struct PerFrame {
    send: protos::hi_mpi_venc_send_frame,
    get: protos::hi_mpi_venc_get_stream,
    release: protos::hi_mpi_venc_release_stream,
}

/// The shim's added ns per frame (median of alternating batches) over the empty driver, with the settings of this
/// process.
fn side_by_side(pictures: &[Vec<u8>]) -> f64 {
    let (s, e) = shim_over_empty_driver(BUILD);
    // SAFETY: every call uses the vendor prototype from the ABI table, a channel the shim saw created, and pointers
    // to live locals; the empty driver dereferences nothing but its allocators' out-parameters, and the shim reads
    // the packs, which point into `pictures`.
    unsafe {
        let runtime = Runtime::open(&s);
        let mut attr = hi_venc_chn_attr::default();
        let va = &mut attr.venc_attr;
        va.r#type = hi_payload_type::HI_PT_H264;
        (va.pic_width, va.pic_height, va.max_pic_width, va.max_pic_height) = (W, H, W, H);
        (va.buf_size, va.profile, va.is_by_frame) = (FRAME as u32, 1, hi_bool::HI_TRUE);
        attr.rc_attr.rc_mode = hi_venc_rc_mode::HI_VENC_RC_MODE_H264_CBR;
        let cbr = attr.rc_attr.h264_cbr_mut();
        (cbr.gop, cbr.stats_time, cbr.src_frame_rate, cbr.dst_frame_rate, cbr.bit_rate) = (GOP, 1, 25, 25, 2000);
        attr.gop_attr.gop_mode = hi_venc_gop_mode::HI_VENC_GOP_MODE_NORMAL_P;
        sym::<protos::hi_mpi_venc_create_chn>(&s, "hi_mpi_venc_create_chn")(0, &attr);
        sym::<protos::hi_mpi_venc_start_chn>(&s, "hi_mpi_venc_start_chn")(0, &hi_venc_start_param { recv_pic_num: -1 });
        let mut input = std::ptr::null_mut();
        sym::<protos::hi_mpi_dvpp_malloc>(&s, "hi_mpi_dvpp_malloc")(0, &mut input, FRAME as u64);
        let mut frame = hi_video_frame_info::default();
        let v = &mut frame.v_frame;
        (v.width, v.height, v.pixel_format) = (W, H, hi_pixel_format::HI_PIXEL_FORMAT_YUV_SEMIPLANAR_420);
        (v.width_stride, v.height_stride, v.virt_addr[0]) = ([W, W, 0], [H, H, 0], input);
        let mut packs = vec![hi_venc_pack::default(); 1];
        let mut stream = hi_venc_stream::default();
        (stream.pack, stream.pack_cnt) = (packs.as_mut_ptr(), 1);
        let calls = |lib: &libloading::Library| PerFrame {
            send: *sym::<protos::hi_mpi_venc_send_frame>(lib, "hi_mpi_venc_send_frame"),
            get: *sym::<protos::hi_mpi_venc_get_stream>(lib, "hi_mpi_venc_get_stream"),
            release: *sym::<protos::hi_mpi_venc_release_stream>(lib, "hi_mpi_venc_release_stream"),
        };
        let (through_shim, direct) = (calls(&s), calls(&e));
        let (mut shim_ns, mut direct_ns) = (Vec::new(), Vec::new());
        let mut i = 0;
        for batch in 0..BATCHES {
            for (f, out) in [(through_shim, &mut shim_ns), (direct, &mut direct_ns)] {
                let t = Instant::now();
                for _ in 0..BATCH {
                    let p = &pictures[i % pictures.len()];
                    (packs[0].addr, packs[0].len, packs[0].pts) = (p.as_ptr().cast_mut(), p.len() as u32, i as u64);
                    *packs[0].input_addr_mut() = input as u64;
                    (f.send)(0, &frame, -1);
                    (f.get)(0, &mut stream, -1);
                    (f.release)(0, &mut stream);
                    i += 1;
                }
                // The first batch warms up.
                if batch > 0 {
                    out.push(t.elapsed().as_nanos() as f64 / BATCH as f64);
                }
            }
        }
        sym::<protos::hi_mpi_venc_stop_chn>(&s, "hi_mpi_venc_stop_chn")(0);
        sym::<protos::hi_mpi_venc_destroy_chn>(&s, "hi_mpi_venc_destroy_chn")(0);
        sym::<protos::hi_mpi_dvpp_free>(&s, "hi_mpi_dvpp_free")(input);
        runtime.close();
        median(shim_ns) - median(direct_ns)
    }
}
