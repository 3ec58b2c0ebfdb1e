//! End to end: lay out the emulated toolkit prefix (scripts/emu-prefix.sh) from the libraries cargo built, build
//! the C++ V1 sample (tests-emu/v1) with CMake against it, run it on the real test clip
//! (scripts/fetch-test-clip.sh) for H.264 and H.265, and check the output with ffprobe/ffmpeg: codec, profile,
//! resolution, frame count, clean decode, and PSNR against the input at the chip's default bit rate.
//!
//! Needs: `cargo build --workspace` first (the .so files), cmake and a C++ compiler, ffmpeg/ffprobe, and the clip
//! (fetched once with apt-get by the script).

mod common;

use common::{repo, run};
use std::path::PathBuf;
use std::process::Command;
use std::sync::OnceLock;

/// target/<profile>, holding the three emulated libraries this test lays out as a prefix.
fn lib_dir() -> PathBuf {
    for lib in ["libascendcl.so", "libacl_dvpp.so", "libacl_dvpp_mpi.so"] {
        common::built_lib(lib);
    }
    common::target_dir()
}

struct Clip {
    path: PathBuf,
    width: u32,
    height: u32,
    frames: u32,
}

fn clip() -> &'static Clip {
    static C: OnceLock<Clip> = OnceLock::new();
    C.get_or_init(|| {
        let line = run(&mut Command::new(repo().join("scripts/fetch-test-clip.sh")));
        let f: Vec<&str> = line.split_whitespace().collect();
        assert_eq!(f.len(), 4, "fetch-test-clip.sh printed {line:?}");
        Clip {
            path: f[0].into(),
            width: f[1].parse().unwrap(),
            height: f[2].parse().unwrap(),
            frames: f[3].parse().unwrap(),
        }
    })
}

/// (prefix, built sample binary); made once per test process, in a temporary directory that lives as long as the
/// process.
fn sample() -> &'static (PathBuf, PathBuf) {
    static WORK: OnceLock<tempfile::TempDir> = OnceLock::new();
    static S: OnceLock<(PathBuf, PathBuf)> = OnceLock::new();
    S.get_or_init(|| {
        let work = WORK
            .get_or_init(|| tempfile::Builder::new().prefix("aclvenc-emu-v1-").tempdir().expect("temporary directory"))
            .path();
        let prefix = work.join("prefix");
        let build = work.join("build");
        run(Command::new(repo().join("scripts/emu-prefix.sh"))
            .arg(&prefix)
            .args(["--no-build", "--libdir"])
            .arg(lib_dir()));
        let stub = prefix.join("runtime/lib64/stub");
        run(Command::new("cmake")
            .arg("-S")
            .arg(repo().join("tests-emu/v1"))
            .arg("-B")
            .arg(&build)
            .env("DDK_PATH", &prefix)
            .env("NPU_HOST_LIB", &stub));
        run(Command::new("cmake").arg("--build").arg(&build));
        let bin = build.join("venc_v1_sample");
        assert!(bin.is_file());
        (prefix, bin)
    })
}

fn psnr(a: &[u8], b: &[u8]) -> f64 {
    assert_eq!(a.len(), b.len(), "decoded size differs from the input size");
    let sse: u64 = a.iter().zip(b).map(|(x, y)| u64::from(x.abs_diff(*y)).pow(2)).sum();
    let mse = sse as f64 / a.len() as f64;
    if mse == 0.0 {
        100.0
    } else {
        10.0 * (255.0 * 255.0 / mse).log10()
    }
}

fn encode_and_check(en_type: u32, file: &str, codec: &str, profile: &str) {
    let c = clip();
    let (prefix, bin) = sample();
    let out = bin.parent().unwrap().join(file);
    let stdout = run(Command::new(bin)
        .arg(&c.path)
        .args([c.width.to_string(), c.height.to_string(), c.frames.to_string()])
        .arg(&out)
        .arg(en_type.to_string())
        .env("LD_LIBRARY_PATH", prefix.join("runtime/lib64"))
        .env("ACLVENC_EMU_SOC", "Ascend310P3"));
    println!("{file}: {}", stdout.trim());

    let info = run(Command::new("ffprobe")
        .args(["-v", "error", "-count_frames", "-select_streams", "v:0"])
        .args(["-show_entries", "stream=codec_name,profile,width,height,nb_read_frames", "-of", "default=nw=1"])
        .arg(&out));
    for want in [
        format!("codec_name={codec}"),
        format!("profile={profile}"),
        format!("width={}", c.width),
        format!("height={}", c.height),
        format!("nb_read_frames={}", c.frames),
    ] {
        assert!(info.lines().any(|l| l == want), "{file}: expected {want} in ffprobe output:\n{info}");
    }

    let dec = Command::new("ffmpeg")
        .args(["-hide_banner", "-nostdin", "-v", "warning", "-xerror", "-i"])
        .arg(&out)
        .args(["-f", "rawvideo", "-pix_fmt", "nv12", "-"])
        .output()
        .expect("ffmpeg");
    assert!(
        dec.status.success() && dec.stderr.is_empty(),
        "{file}: decode not clean: {}",
        String::from_utf8_lossy(&dec.stderr)
    );
    let input = std::fs::read(&c.path).unwrap();
    let p = psnr(&dec.stdout, &input);
    let bytes = std::fs::metadata(&out).unwrap().len();
    let kbps = bytes as f64 * 8.0 / 1000.0 / (f64::from(c.frames) / 30.0);
    println!(
        "{file}: {codec} {profile} {}x{} {} frames, {bytes} bytes ({kbps:.0} kbit/s at 30 frames/s), PSNR {p:.2} dB",
        c.width, c.height, c.frames
    );
    assert!(p >= 35.0, "{file}: PSNR {p:.2} dB < 35 dB at the default bit rate");
}

#[test]
fn v1_sample_h264_main_on_clip() {
    encode_and_check(2, "out.h264", "h264", "Main");
}

#[test]
fn v1_sample_h265_main_on_clip() {
    encode_and_check(0, "out.h265", "hevc", "Main");
}
