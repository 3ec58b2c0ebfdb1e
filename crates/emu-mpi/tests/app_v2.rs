//! End-to-end proof: the C++ sample app `tests-emu/v2` (vendor V2 flow) is built with CMake against a toolkit
//! prefix made by `scripts/emu-prefix.sh` from the built emulated libraries, and run on the real test clip
//! (`scripts/fetch-test-clip.sh`). The streams are checked with ffprobe/ffmpeg; PSNR is computed here.
//! Needs cmake, a C++ compiler, ffmpeg and ffprobe; the clip is fetched once and cached under target/media.

mod common;

use common::{repo, run};

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

struct Setup {
    /// A fresh temporary directory for this test process (the prefix, the build and the outputs).
    work: tempfile::TempDir,
    prefix: PathBuf,
    app: PathBuf,
    clip: PathBuf,
    width: u32,
    height: u32,
}

/// Build the prefix and the app once per test process.
fn setup() -> &'static Setup {
    static S: OnceLock<Setup> = OnceLock::new();
    S.get_or_init(|| {
        for lib in ["libascendcl.so", "libacl_dvpp.so", "libacl_dvpp_mpi.so"] {
            common::built_lib(lib);
        }
        let line = run(Command::new("bash").arg(repo().join("scripts/fetch-test-clip.sh")));
        let f: Vec<&str> = line.split_whitespace().collect();
        assert_eq!(f.len(), 4, "fetch-test-clip.sh printed {line:?}");
        let work = tempfile::Builder::new().prefix("aclvenc-emu-mpi-app-").tempdir().expect("temporary directory");
        let prefix = work.path().join("prefix");
        run(Command::new("bash")
            .arg(repo().join("scripts/emu-prefix.sh"))
            .arg(&prefix)
            .args(["--no-build", "--libdir"])
            .arg(common::target_dir()));
        let build = work.path().join("build");
        let env = [("DDK_PATH", prefix.clone()), ("NPU_HOST_LIB", prefix.join("runtime/lib64/stub"))];
        run(Command::new("cmake")
            .arg("-S")
            .arg(repo().join("tests-emu/v2"))
            .arg("-B")
            .arg(&build)
            .arg("-DCMAKE_BUILD_TYPE=Release")
            .envs(env.iter().map(|(k, v)| (*k, v.as_os_str()))));
        run(Command::new("cmake").arg("--build").arg(&build).envs(env.iter().map(|(k, v)| (*k, v.as_os_str()))));
        Setup {
            app: build.join("venc_v2_sample"),
            prefix,
            work,
            clip: PathBuf::from(f[0]),
            width: f[1].parse().unwrap(),
            height: f[2].parse().unwrap(),
        }
    })
}

fn app(s: &Setup, args: &[&str]) -> String {
    run(Command::new(&s.app)
        .args(["--in", s.clip.to_str().unwrap(), "--width", &s.width.to_string(), "--height", &s.height.to_string()])
        .args(args)
        .env("LD_LIBRARY_PATH", s.prefix.join("runtime/lib64")))
}

fn probe(path: &Path, entries: &str) -> String {
    run(Command::new("ffprobe")
        .args(["-v", "error", "-count_frames", "-select_streams", "v:0", "-show_entries"])
        .arg(entries)
        .args(["-of", "default=nw=1"])
        .arg(path))
}

/// Mean PSNR (dB) of the luma and of all three planes over `frames` frames of `dec` against `src` (both NV12).
fn psnr(dec: &[u8], src: &[u8], w: usize, h: usize, frames: usize) -> (f64, f64) {
    let fb = w * h * 3 / 2;
    let mut luma = 0.0;
    let mut all = 0.0;
    for i in 0..frames {
        let (d, s) = (&dec[i * fb..(i + 1) * fb], &src[i * fb..(i + 1) * fb]);
        let mse = |a: &[u8], b: &[u8]| {
            a.iter().zip(b).map(|(x, y)| (*x as f64 - *y as f64).powi(2)).sum::<f64>() / a.len() as f64
        };
        let db = |m: f64| if m == 0.0 { 100.0 } else { 10.0 * (255.0f64 * 255.0 / m).log10() };
        luma += db(mse(&d[..w * h], &s[..w * h]));
        all += db(mse(d, s));
    }
    (luma / frames as f64, all / frames as f64)
}

fn check_video(codec: &str, ffname: &str, profile: &str) {
    let s = setup();
    let frames = 100usize;
    let out = s.work.path().join(format!("clip.{codec}"));
    let log = app(
        s,
        &["--codec", codec, "--frames", &frames.to_string(), "--bitrate", "2000", "--out", out.to_str().unwrap()],
    );
    println!("{codec}: {}", log.trim());
    let p = probe(&out, "stream=codec_name,profile,width,height,nb_read_frames");
    assert!(p.contains(&format!("codec_name={ffname}")), "{p}");
    assert!(p.contains(&format!("profile={profile}")), "{p}");
    assert!(p.contains(&format!("width={}", s.width)) && p.contains(&format!("height={}", s.height)), "{p}");
    assert!(p.contains(&format!("nb_read_frames={frames}")), "{p}");
    // Clean decode: no decoder errors at all.
    let dec = s.work.path().join(format!("clip_{codec}.nv12"));
    let o = Command::new("ffmpeg")
        .args(["-nostdin", "-v", "error", "-y", "-i"])
        .arg(&out)
        .args(["-f", "rawvideo", "-pix_fmt", "nv12"])
        .arg(&dec)
        .output()
        .unwrap();
    assert!(o.status.success() && o.stderr.is_empty(), "decode errors: {}", String::from_utf8_lossy(&o.stderr));
    let d = std::fs::read(&dec).unwrap();
    let fb = (s.width * s.height * 3 / 2) as usize;
    assert_eq!(d.len(), fb * frames);
    let src = std::fs::read(&s.clip).unwrap();
    let (y, all) = psnr(&d, &src, s.width as usize, s.height as usize, frames);
    let kbps = std::fs::metadata(&out).unwrap().len() as f64 * 8.0 / (frames as f64 / 30.0) / 1000.0;
    println!("{codec}: PSNR Y {y:.2} dB, YUV {all:.2} dB at 2000 kbps target ({kbps:.0} kbps measured)");
    assert!(y >= 35.0, "{codec}: luma PSNR {y:.2} dB < 35 dB");
}

#[test]
fn app_v2_h264_on_the_test_clip() {
    check_video("h264", "h264", "High");
}

#[test]
fn app_v2_h265_on_the_test_clip() {
    check_video("h265", "hevc", "Main");
}

#[test]
fn app_v2_jpeg_snapshots_grow_with_qfactor() {
    let s = setup();
    let mut sizes = Vec::new();
    for q in [10, 50, 90, 100] {
        let base = s.work.path().join(format!("snap_q{q}"));
        let log = app(
            s,
            &[
                "--codec",
                "jpeg",
                "--frames",
                "3",
                "--qfactor",
                &q.to_string(),
                "--out",
                base.to_str().unwrap(),
                "--chn",
                "3",
            ],
        );
        println!("{}", log.trim());
        let mut total = 0;
        for i in 0..3 {
            let f = PathBuf::from(format!("{}_{i}.jpg", base.display()));
            let p = probe(&f, "stream=codec_name,width,height");
            assert!(p.contains("codec_name=mjpeg"), "{p}");
            assert!(p.contains(&format!("width={}", s.width)) && p.contains(&format!("height={}", s.height)), "{p}");
            total += std::fs::metadata(&f).unwrap().len();
        }
        sizes.push((q, total));
    }
    println!("JPEG bytes for 3 snapshots by qfactor: {sizes:?}");
    assert!(sizes.windows(2).all(|w| w[1].1 > w[0].1), "JPEG size must grow with qfactor: {sizes:?}");
}
