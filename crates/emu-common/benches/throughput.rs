//! Throughput of the emulator's software encoder against the `ffmpeg` command line, in one run.
//!
//! Both encode the same raw NV12 clip (scripts/fetch-test-clip.sh) with the same encoder and the same settings
//! (`VideoEncoderConfig::codec_options`: preset, zerolatency, GOP, rate control, profile), reading the file frame
//! by frame. Each side runs `ROUNDS` times, alternating, and the best time counts (the machine is shared).
//!
//!   cargo bench -p aclvenc-emu-common --bench throughput
//!   BENCH_FRAMES=300 BENCH_ROUNDS=1 cargo bench -p aclvenc-emu-common --bench throughput
//!
//! Prints frames/s for both and the ratio emulator / ffmpeg (goal >= 0.9).

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use aclvenc_emu_common::video::*;

struct Clip {
    path: PathBuf,
    width: u32,
    height: u32,
    frames: u32,
}

fn clip() -> Clip {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scripts/fetch-test-clip.sh");
    let out = Command::new(&script).output().expect("run scripts/fetch-test-clip.sh");
    assert!(out.status.success(), "fetch-test-clip.sh failed: {}", String::from_utf8_lossy(&out.stderr));
    let line = String::from_utf8(out.stdout).unwrap();
    let f: Vec<&str> = line.split_whitespace().collect();
    Clip {
        path: f[0].into(),
        width: f[1].parse().unwrap(),
        height: f[2].parse().unwrap(),
        frames: f[3].parse().unwrap(),
    }
}

fn run_emulator(c: &Clip, cfg: &VideoEncoderConfig, frames: u32) -> (Duration, usize) {
    let start = Instant::now();
    let mut enc = VideoEncoder::new(cfg).expect("open encoder");
    let mut file = std::io::BufReader::with_capacity(1 << 20, std::fs::File::open(&c.path).unwrap());
    let mut buf = vec![0u8; (c.width * c.height * 3 / 2) as usize];
    let mut bytes = 0;
    for _ in 0..frames {
        file.read_exact(&mut buf).unwrap();
        let pic = Nv12Picture {
            data: &buf,
            width: c.width,
            height: c.height,
            width_stride: c.width,
            height_stride: c.height,
            order: ChromaOrder::Nv12,
        };
        bytes += enc.encode(&pic, false).expect("encode").data.len();
    }
    drop(enc);
    (start.elapsed(), bytes)
}

fn ffmpeg_args(c: &Clip, cfg: &VideoEncoderConfig, frames: u32, preset: &str) -> Vec<String> {
    let mut a: Vec<String> = ["-hide_banner", "-nostdin", "-v", "error", "-f", "rawvideo", "-pix_fmt", "nv12"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    a.extend(["-s".into(), format!("{}x{}", c.width, c.height), "-r".into(), cfg.fps.to_string()]);
    a.extend(["-i".into(), c.path.display().to_string(), "-frames:v".into(), frames.to_string()]);
    a.extend([
        "-c:v".into(),
        cfg.codec.encoder_name().into(),
        "-g".into(),
        cfg.gop.to_string(),
        "-bf".into(),
        "0".into(),
    ]);
    for (k, v) in cfg.codec_options(preset) {
        let k = if k == "profile" { "profile:v".to_string() } else { k };
        a.extend([format!("-{k}"), v]);
    }
    a.extend(["-f".into(), "null".into(), "-".into()]);
    a
}

fn run_ffmpeg(args: &[String]) -> Duration {
    let start = Instant::now();
    let out = Command::new("ffmpeg").args(args).output().expect("ffmpeg must be installed");
    let t = start.elapsed();
    assert!(out.status.success(), "ffmpeg failed: {}", String::from_utf8_lossy(&out.stderr));
    t
}

fn main() {
    // `cargo bench` passes --bench; nothing else is accepted.
    let c = clip();
    let frames: u32 = std::env::var("BENCH_FRAMES").ok().and_then(|v| v.parse().ok()).unwrap_or(c.frames).min(c.frames);
    let rounds: u32 = std::env::var("BENCH_ROUNDS").ok().and_then(|v| v.parse().ok()).unwrap_or(2).max(1);
    let preset = aclvenc_emu_common::settings::get().preset.clone();
    println!(
        "clip {} ({}x{}, {frames} of {} frames), preset {preset}, best of {rounds}",
        c.path.display(),
        c.width,
        c.height,
        c.frames
    );
    let cases = [
        ("H.264 main, VBR 2000 kbit/s", VideoCodec::H264(H264Profile::Main)),
        ("H.265 main, VBR 2000 kbit/s", VideoCodec::H265),
    ];
    for (name, codec) in cases {
        let cfg = VideoEncoderConfig {
            codec,
            width: c.width,
            height: c.height,
            fps: 30,
            gop: 16,
            rc: RateControl::Vbr { max_kbps: 2000 },
        };
        let args = ffmpeg_args(&c, &cfg, frames, &preset);
        let (mut best_emu, mut best_ff) = (Duration::MAX, Duration::MAX);
        let mut bytes = 0;
        for _ in 0..rounds {
            let (t, b) = run_emulator(&c, &cfg, frames);
            best_emu = best_emu.min(t);
            bytes = b;
            best_ff = best_ff.min(run_ffmpeg(&args));
        }
        let fps_emu = f64::from(frames) / best_emu.as_secs_f64();
        let fps_ff = f64::from(frames) / best_ff.as_secs_f64();
        println!("{name}:");
        println!("  emulator encoder : {fps_emu:8.1} frames/s ({:.2} s, {bytes} bytes)", best_emu.as_secs_f64());
        println!("  ffmpeg {:>9} : {fps_ff:8.1} frames/s ({:.2} s)", cfg.codec.encoder_name(), best_ff.as_secs_f64());
        println!("  ratio            : {:.3}  (goal >= 0.9)", fps_emu / fps_ff);
        println!("  ffmpeg {}", args.join(" "));
    }
}
