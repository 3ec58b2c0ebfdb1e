//! Throughput of the emulator's software encoder against the `ffmpeg` command line, side by side in one run.
//!
//! Both encode the same raw NV12 clip (scripts/fetch-test-clip.sh) with the same encoder and the same settings
//! (`VideoEncoderConfig::codec_options`: preset, zerolatency, GOP, rate control, profile), reading the file frame
//! by frame. Each case is a criterion benchmark group with two functions, `emulator` and `ffmpeg`, whose iteration
//! is one frame: the emulator encodes the next frames of the clip with one open encoder (wrapping at the end of the
//! clip); `ffmpeg` is run once per sample with `-frames:v N` (`-stream_loop -1`). Criterion samples linearly and
//! estimates the slope, the time one more frame costs, so starting the `ffmpeg` process and opening its encoder
//! do not count against it.
//!
//!   cargo bench -p aclvenc-emu-common --bench throughput
//!   cargo bench -p aclvenc-emu-common --bench throughput -- --warm-up-time 1 --measurement-time 5   # short
//!   cargo bench -p aclvenc-emu-common --bench throughput -- h265                                     # one case
//!
//! After criterion's report it prints frames/s for both and the ratio emulator / ffmpeg (goal >= 0.9).

use std::io::{BufReader, Read, Seek};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use aclvenc_bench::{Estimates, Statistic};
use aclvenc_emu_common::video::*;
use criterion::{Criterion, SamplingMode, Throughput};

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

/// The emulator's encoder with the clip open, positioned at the next frame to encode.
struct Emulator<'c> {
    clip: &'c Clip,
    enc: VideoEncoder,
    file: BufReader<std::fs::File>,
    buf: Vec<u8>,
    next: u32,
}

impl<'c> Emulator<'c> {
    fn new(clip: &'c Clip, cfg: &VideoEncoderConfig) -> Self {
        Emulator {
            clip,
            enc: VideoEncoder::new(cfg).expect("open encoder"),
            file: BufReader::with_capacity(1 << 20, std::fs::File::open(&clip.path).unwrap()),
            buf: vec![0u8; (clip.width * clip.height * 3 / 2) as usize],
            next: 0,
        }
    }

    /// Reads and encodes the next `frames` frames; returns the time taken.
    fn encode(&mut self, frames: u64) -> Duration {
        let start = Instant::now();
        for _ in 0..frames {
            if self.next == self.clip.frames {
                self.file.rewind().unwrap();
                self.next = 0;
            }
            self.file.read_exact(&mut self.buf).unwrap();
            self.next += 1;
            let pic = Nv12Picture {
                data: &self.buf,
                width: self.clip.width,
                height: self.clip.height,
                width_stride: self.clip.width,
                height_stride: self.clip.height,
                order: ChromaOrder::Nv12,
            };
            let out = self.enc.encode(&pic, false).expect("encode");
            assert!(!out.data.is_empty(), "the encoder returned an empty access unit");
        }
        start.elapsed()
    }
}

/// The `ffmpeg` arguments that encode `frames` frames of the clip like the emulator (`frames` as text, so the
/// printed command can show a placeholder).
fn ffmpeg_args(c: &Clip, cfg: &VideoEncoderConfig, frames: &str, preset: &str) -> Vec<String> {
    let mut a: Vec<String> =
        ["-hide_banner", "-nostdin", "-v", "error", "-stream_loop", "-1", "-f", "rawvideo", "-pix_fmt", "nv12"]
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

/// Runs `ffmpeg` on `frames` frames; returns the wall time of the whole process.
fn run_ffmpeg(c: &Clip, cfg: &VideoEncoderConfig, frames: u64, preset: &str) -> Duration {
    let args = ffmpeg_args(c, cfg, &frames.to_string(), preset);
    let start = Instant::now();
    let out = Command::new("ffmpeg").args(&args).output().expect("ffmpeg must be installed");
    let t = start.elapsed();
    assert!(out.status.success(), "ffmpeg failed: {}", String::from_utf8_lossy(&out.stderr));
    t
}

fn main() {
    let estimates = Estimates::for_this_run();
    let c = clip();
    let preset = aclvenc_emu_common::settings::get().preset.clone();
    // Ten samples of a few to a few dozen frames each; criterion's options after `--` override both.
    let mut crit = Criterion::default()
        .without_plots()
        .sample_size(10)
        .measurement_time(Duration::from_secs(20))
        .configure_from_args();
    println!("clip {} ({}x{}, {} frames), preset {preset}", c.path.display(), c.width, c.height, c.frames);
    let cases = [
        ("h264-main-vbr2000", "H.264 main, VBR 2000 kbit/s", VideoCodec::H264(H264Profile::Main)),
        ("h265-main-vbr2000", "H.265 main, VBR 2000 kbit/s", VideoCodec::H265),
    ];
    let mut rows = Vec::new();
    for (id, name, codec) in cases {
        let cfg = VideoEncoderConfig {
            codec,
            width: c.width,
            height: c.height,
            fps: 30,
            gop: 16,
            rc: RateControl::Vbr { max_kbps: 2000 },
        };
        let mut g = crit.benchmark_group(id);
        g.sampling_mode(SamplingMode::Linear);
        g.throughput(Throughput::Elements(1));
        let mut emulator = None;
        g.bench_function("emulator", |b| {
            let emu = emulator.get_or_insert_with(|| Emulator::new(&c, &cfg));
            b.iter_custom(|frames| emu.encode(frames))
        });
        drop(emulator);
        g.bench_function("ffmpeg", |b| b.iter_custom(|frames| run_ffmpeg(&c, &cfg, frames, &preset)));
        g.finish();
        rows.push((id, name, ffmpeg_args(&c, &cfg, "N", &preset)));
    }
    crit.final_summary();

    println!("\nthroughput: frames/s from criterion's slope (time per additional frame), side by side in this run");
    for (id, name, args) in rows {
        println!("{name} ({id}):");
        let fps = |side| estimates.ns(id, side, Statistic::Slope).map(|ns| 1e9 / ns);
        match (fps("emulator"), fps("ffmpeg")) {
            (Some(emu), Some(ff)) => {
                println!("  emulator encoder : {emu:8.1} frames/s");
                println!("  ffmpeg           : {ff:8.1} frames/s");
                println!("  ratio            : {:.3}  (goal >= 0.9)", emu / ff);
            }
            _ => println!("  not measured in this run (filtered out, test mode, or results not saved)"),
        }
        println!("  ffmpeg {}", args.join(" "));
    }
}
