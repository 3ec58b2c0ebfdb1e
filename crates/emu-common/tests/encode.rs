//! Encode synthetic NV12/NV21 pictures with the software encoder and check the bitstream with ffprobe/ffmpeg:
//! codec, profile, size, frame count, IDR placement, parameter sets before every IDR, clean decode, PSNR.

use std::path::Path;
use std::process::Command;

use aclvenc_emu_common::annexb;
use aclvenc_emu_common::video::*;

const W: u32 = 352;
const H: u32 = 288;

/// A moving pattern (so that P pictures carry real motion), NV12 with the given strides.
fn synth(n: u32, ws: u32, hs: u32, order: ChromaOrder) -> Vec<u8> {
    let mut buf = vec![0u8; (ws * hs + ws * H / 2) as usize];
    for y in 0..H {
        for x in 0..W {
            let v = ((x + 2 * n) ^ (y + n)) as u8 / 2 + ((x * 3 + y * 2 + 4 * n) % 97) as u8;
            buf[(y * ws + x) as usize] = v;
        }
    }
    for y in 0..H / 2 {
        for x in 0..W / 2 {
            let u = (128 + ((x + n) % 64) as i32 - 32) as u8;
            let v = (128 + ((y + 2 * n) % 64) as i32 - 32) as u8;
            let off = (ws * hs + y * ws + 2 * x) as usize;
            let (a, b) = match order {
                ChromaOrder::Nv12 => (u, v),
                ChromaOrder::Nv21 => (v, u),
            };
            buf[off] = a;
            buf[off + 1] = b;
        }
    }
    buf
}

/// Tight NV12 copy (what a decoder gives back) of a strided picture, for PSNR.
fn tight(buf: &[u8], ws: u32, hs: u32, order: ChromaOrder) -> Vec<u8> {
    let mut out = Vec::with_capacity((W * H * 3 / 2) as usize);
    for y in 0..H {
        out.extend_from_slice(&buf[(y * ws) as usize..(y * ws + W) as usize]);
    }
    for y in 0..H / 2 {
        let row = &buf[(ws * hs + y * ws) as usize..(ws * hs + y * ws + W) as usize];
        for px in row.chunks_exact(2) {
            match order {
                ChromaOrder::Nv12 => out.extend_from_slice(px),
                ChromaOrder::Nv21 => out.extend_from_slice(&[px[1], px[0]]),
            }
        }
    }
    out
}

fn ffprobe(path: &Path, entries: &str) -> String {
    let out = Command::new("ffprobe")
        .args(["-v", "error", "-count_frames", "-select_streams", "v:0", "-show_entries", entries])
        .args(["-of", "default=noprint_wrappers=1"])
        .arg(path)
        .output()
        .expect("ffprobe must be installed (apt-get install ffmpeg)");
    assert!(out.status.success(), "ffprobe failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// Decode to tight NV12 with `-xerror`; panics on any decode error or warning.
fn decode(path: &Path) -> Vec<u8> {
    let out = Command::new("ffmpeg")
        .args(["-hide_banner", "-v", "warning", "-xerror", "-i"])
        .arg(path)
        .args(["-f", "rawvideo", "-pix_fmt", "nv12", "-"])
        .output()
        .expect("ffmpeg must be installed");
    assert!(
        out.status.success() && out.stderr.is_empty(),
        "decode not clean: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn psnr(a: &[u8], b: &[u8]) -> f64 {
    assert_eq!(a.len(), b.len());
    let mse: f64 = a.iter().zip(b).map(|(x, y)| (f64::from(*x) - f64::from(*y)).powi(2)).sum::<f64>() / a.len() as f64;
    if mse == 0.0 {
        100.0
    } else {
        10.0 * (255.0 * 255.0 / mse).log10()
    }
}

struct Case {
    codec: VideoCodec,
    rc: RateControl,
    order: ChromaOrder,
    ws: u32,
    hs: u32,
    expect_codec: &'static str,
    expect_profile: &'static str,
}

fn run(case: Case, tag: &str) {
    const FRAMES: u32 = 40;
    const GOP: u32 = 12;
    const FORCED: u32 = 17;
    let cfg = VideoEncoderConfig { codec: case.codec, width: W, height: H, fps: 25, gop: GOP, rc: case.rc };
    let mut enc = VideoEncoder::new(&cfg).expect("open encoder");
    let mut stream = Vec::new();
    let mut reference = Vec::new();
    let syntax = match case.codec {
        VideoCodec::H264(_) => annexb::NalSyntax::H264,
        VideoCodec::H265 => annexb::NalSyntax::H265,
    };
    let mut since_idr = 0;
    for n in 0..FRAMES {
        let buf = synth(n, case.ws, case.hs, case.order);
        let pic = Nv12Picture {
            data: &buf,
            width: W,
            height: H,
            width_stride: case.ws,
            height_stride: case.hs,
            order: case.order,
        };
        let au = enc.encode(&pic, n == FORCED).expect("encode");
        assert!(!au.data.is_empty(), "frame {n}: one access unit per picture, right away");
        // IDR exactly at 0, GOP, 2*GOP... and at the forced picture (which restarts the GOP count).
        let expect_idr = n == 0 || n == FORCED || since_idr == GOP;
        assert_eq!(au.is_idr, expect_idr, "{tag}: frame {n} IDR flag");
        since_idr = if au.is_idr { 1 } else { since_idr + 1 };
        // nal_units cover the whole access unit.
        assert_eq!(au.nal_units.first().map(|u| u.offset), Some(0));
        assert_eq!(au.nal_units.iter().map(|u| u.len).sum::<usize>(), au.data.len());
        let types: Vec<u8> = au.nal_units.iter().map(|u| u.nal_type).collect();
        if au.is_idr {
            match syntax {
                annexb::NalSyntax::H264 => {
                    assert!(types.contains(&annexb::H264_NAL_SPS) && types.contains(&annexb::H264_NAL_PPS), "{types:?}")
                }
                annexb::NalSyntax::H265 => assert!(
                    [annexb::H265_NAL_VPS, annexb::H265_NAL_SPS, annexb::H265_NAL_PPS]
                        .iter()
                        .all(|t| types.contains(t)),
                    "{types:?}"
                ),
            }
        }
        stream.extend_from_slice(&au.data);
        reference.extend_from_slice(&tight(&buf, case.ws, case.hs, case.order));
    }
    let dir = tempfile::Builder::new().prefix(&format!("aclvenc-emu-common-{tag}-")).tempdir().unwrap();
    let path = dir.path().join(if case.expect_codec == "h264" { "out.h264" } else { "out.h265" });
    std::fs::write(&path, &stream).unwrap();
    let info = ffprobe(&path, "stream=codec_name,profile,width,height,nb_read_frames");
    assert!(info.contains(&format!("codec_name={}", case.expect_codec)), "{info}");
    assert!(info.contains(&format!("profile={}\n", case.expect_profile)), "{info}");
    assert!(info.contains(&format!("width={W}")) && info.contains(&format!("height={H}")), "{info}");
    assert!(info.contains(&format!("nb_read_frames={FRAMES}")), "{info}");
    let decoded = decode(&path);
    let p = psnr(&decoded, &reference);
    println!("{tag}: {} bytes, PSNR {p:.2} dB", stream.len());
    assert!(p > 30.0, "{tag}: PSNR {p:.2} dB");
}

#[test]
fn h264_baseline_cbr_nv12() {
    let c = Case {
        codec: VideoCodec::H264(H264Profile::Baseline),
        rc: RateControl::Cbr { kbps: 3000 },
        order: ChromaOrder::Nv12,
        ws: W,
        hs: H,
        expect_codec: "h264",
        expect_profile: "Constrained Baseline",
    };
    run(c, "h264-baseline");
}

#[test]
fn h264_main_vbr_nv21_strided() {
    let c = Case {
        codec: VideoCodec::H264(H264Profile::Main),
        rc: RateControl::Vbr { max_kbps: 3000 },
        order: ChromaOrder::Nv21,
        ws: 384,
        hs: 304,
        expect_codec: "h264",
        expect_profile: "Main",
    };
    run(c, "h264-main");
}

#[test]
fn h264_high_fixqp() {
    let c = Case {
        codec: VideoCodec::H264(H264Profile::High),
        rc: RateControl::FixQp { i_qp: 22, p_qp: 26 },
        order: ChromaOrder::Nv12,
        ws: 368,
        hs: H,
        expect_codec: "h264",
        expect_profile: "High",
    };
    run(c, "h264-high");
}

#[test]
fn h265_main_cbr_nv21() {
    let c = Case {
        codec: VideoCodec::H265,
        rc: RateControl::Cbr { kbps: 3000 },
        order: ChromaOrder::Nv21,
        ws: 384,
        hs: 290,
        expect_codec: "hevc",
        expect_profile: "Main",
    };
    run(c, "h265-main");
}

#[test]
fn rejects_bad_input() {
    let cfg = VideoEncoderConfig {
        codec: VideoCodec::H264(H264Profile::Main),
        width: W,
        height: H,
        fps: 30,
        gop: 30,
        rc: RateControl::Cbr { kbps: 1000 },
    };
    assert!(VideoEncoder::new(&VideoEncoderConfig { width: 351, ..cfg.clone() }).is_err());
    assert!(VideoEncoder::new(&VideoEncoderConfig { gop: 0, ..cfg.clone() }).is_err());
    let mut enc = VideoEncoder::new(&cfg).unwrap();
    let short = vec![0u8; 100];
    let pic =
        Nv12Picture { data: &short, width: W, height: H, width_stride: W, height_stride: H, order: ChromaOrder::Nv12 };
    assert!(enc.encode(&pic, false).is_err());
    let ok = synth(0, W, H, ChromaOrder::Nv12);
    let bad_stride =
        Nv12Picture { data: &ok, width: W, height: H, width_stride: W - 2, height_stride: H, order: ChromaOrder::Nv12 };
    assert!(enc.encode(&bad_stride, false).is_err());
}
