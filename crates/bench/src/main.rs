//! `cargo run --release -p aclvenc-bench` (after `cargo build --release -p aclvenc-shim -p aclvenc-nulldrv`):
//! the cost of one call through the shim's whole pipeline (re-entry check, trace check, validation, forward,
//! record) next to the same call made directly to the null driver, measured side by side in one run.
//!
//! Both libraries are loaded into this process: the null driver directly, and the shim with
//! `ACLVENC_SHIM_DRIVER` pointing at the same null driver. Batches of shim and direct calls alternate, and the
//! median over batches is printed in ns per call with the difference and the ratio.

use aclvenc_abi::*;
use libloading::{Library, Symbol};
use std::path::{Path, PathBuf};
use std::time::Instant;

const BATCH: u32 = 20_000;
const BATCHES: usize = 41;

fn target_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("current exe");
    exe.parent().expect("target dir").to_path_buf()
}

fn load(path: &Path) -> Library {
    // SAFETY: loading the project's own libraries; their initialisers are the shim's and null driver's own.
    unsafe { Library::new(path) }.unwrap_or_else(|e| {
        panic!(
            "cannot load {}: {e}. Build first: cargo build --release -p aclvenc-shim -p aclvenc-nulldrv",
            path.display()
        )
    })
}

fn sym<'l, T>(lib: &'l Library, name: &str) -> Symbol<'l, T> {
    // SAFETY: each name is looked up with the vendor prototype the ABI table gives it (the casts below).
    unsafe { lib.get(name.as_bytes()) }.unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Median ns per call of `f` over the batches, timing `shim` and `direct` batches alternately.
fn measure(mut shim: impl FnMut(), mut direct: impl FnMut()) -> (f64, f64) {
    let run = |f: &mut dyn FnMut()| {
        let t = Instant::now();
        for _ in 0..BATCH {
            f();
        }
        t.elapsed().as_nanos() as f64 / BATCH as f64
    };
    for _ in 0..3 {
        run(&mut shim);
        run(&mut direct);
    }
    let (mut s, mut d) = (Vec::new(), Vec::new());
    for _ in 0..BATCHES {
        s.push(run(&mut shim));
        d.push(run(&mut direct));
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(|a, b| a.total_cmp(b));
        v[v.len() / 2]
    };
    (median(&mut s), median(&mut d))
}

type CreateDesc = unsafe extern "C" fn() -> *mut aclvencChannelDesc;
type SetU32 = unsafe extern "C" fn(*mut aclvencChannelDesc, u32) -> aclError;
type GetU32 = unsafe extern "C" fn(*const aclvencChannelDesc) -> u32;
type CreateChn = unsafe extern "C" fn(hi_venc_chn, *const hi_venc_chn_attr) -> hi_s32;
type StartChn = unsafe extern "C" fn(hi_venc_chn, *const hi_venc_start_param) -> hi_s32;
type Query = unsafe extern "C" fn(hi_venc_chn, *mut hi_venc_chn_status) -> hi_s32;
type Send = unsafe extern "C" fn(hi_venc_chn, *const hi_video_frame_info, hi_s32) -> hi_s32;
type GetStream = unsafe extern "C" fn(hi_venc_chn, *mut hi_venc_stream, hi_s32) -> hi_s32;
type Release = unsafe extern "C" fn(hi_venc_chn, *mut hi_venc_stream) -> hi_s32;

fn main() {
    let dir = target_dir();
    let null_path = dir.join("libaclvenc_nulldrv.so");
    std::env::set_var("ACLVENC_SHIM_DRIVER", &null_path);
    std::env::set_var("ACLVENC_SHIM_BANNER", "0");
    std::env::set_var("ACLVENC_SHIM_LOG", "error");
    let null = load(&null_path);
    let shim = load(&dir.join("libaclvenc_shim.so"));

    let mut rows: Vec<(&str, f64, f64)> = Vec::new();
    // SAFETY: every call below uses the vendor prototype from the ABI table, handles the shim saw created, and
    // pointers to live locals; the null driver only records its arguments.
    unsafe {
        let desc = sym::<CreateDesc>(&shim, "aclvencCreateChannelDesc")();
        let (s_set, d_set) = (
            sym::<SetU32>(&shim, "aclvencSetChannelDescPicWidth"),
            sym::<SetU32>(&null, "aclvencSetChannelDescPicWidth"),
        );
        let (s, d) = measure(|| _ = s_set(desc, 1280), || _ = d_set(desc, 1280));
        rows.push(("aclvencSetChannelDescPicWidth", s, d));
        let (s_get, d_get) = (
            sym::<GetU32>(&shim, "aclvencGetChannelDescPicWidth"),
            sym::<GetU32>(&null, "aclvencGetChannelDescPicWidth"),
        );
        let (s, d) = measure(|| _ = s_get(desc), || _ = d_get(desc));
        rows.push(("aclvencGetChannelDescPicWidth", s, d));

        let mut attr = hi_venc_chn_attr::default();
        let va = &mut attr.venc_attr;
        va.r#type = hi_payload_type::HI_PT_H264;
        (va.pic_width, va.pic_height, va.max_pic_width, va.max_pic_height, va.buf_size) =
            (1920, 1080, 1920, 1080, 3_110_400);
        va.profile = 1;
        attr.rc_attr.rc_mode = hi_venc_rc_mode::HI_VENC_RC_MODE_H264_CBR;
        let c = attr.rc_attr.h264_cbr_mut();
        (c.gop, c.stats_time, c.src_frame_rate, c.dst_frame_rate, c.bit_rate) = (30, 1, 30, 30, 4000);
        sym::<CreateChn>(&shim, "hi_mpi_venc_create_chn")(7, &attr);
        sym::<StartChn>(&shim, "hi_mpi_venc_start_chn")(7, &hi_venc_start_param { recv_pic_num: -1 });
        let mut status = hi_venc_chn_status::default();
        let status: *mut hi_venc_chn_status = &mut status;
        let (s_q, d_q) =
            (sym::<Query>(&shim, "hi_mpi_venc_query_status"), sym::<Query>(&null, "hi_mpi_venc_query_status"));
        let (s, d) = measure(|| _ = s_q(7, status), || _ = d_q(7, status));
        rows.push(("hi_mpi_venc_query_status", s, d));

        let mut frame = hi_video_frame_info::default();
        let v = &mut frame.v_frame;
        (v.width, v.height, v.width_stride[0]) = (1920, 1080, 1920);
        v.pixel_format = hi_pixel_format::HI_PIXEL_FORMAT_YUV_SEMIPLANAR_420;
        let (s_send, d_send) =
            (sym::<Send>(&shim, "hi_mpi_venc_send_frame"), sym::<Send>(&null, "hi_mpi_venc_send_frame"));
        let (s, d) = measure(|| _ = s_send(7, &frame, -1), || _ = d_send(7, &frame, -1));
        rows.push(("hi_mpi_venc_send_frame", s, d));

        let mut packs = [hi_venc_pack::default(); 4];
        for p in &mut packs {
            p.len = 4096;
        }
        let mut stream = hi_venc_stream::default();
        (stream.pack, stream.pack_cnt) = (packs.as_mut_ptr(), 4);
        let (s_get, d_get) =
            (sym::<GetStream>(&shim, "hi_mpi_venc_get_stream"), sym::<GetStream>(&null, "hi_mpi_venc_get_stream"));
        let (rel_s, rel_d) =
            (sym::<Release>(&shim, "hi_mpi_venc_release_stream"), sym::<Release>(&null, "hi_mpi_venc_release_stream"));
        let sp: *mut hi_venc_stream = &mut stream;
        let (s, d) = measure(
            || {
                s_get(7, sp, -1);
                rel_s(7, sp);
            },
            || {
                d_get(7, sp, -1);
                rel_d(7, sp);
            },
        );
        rows.push(("hi_mpi_venc_get_stream + release_stream", s, d));

        // Leave nothing behind, so the shim's exit report stays quiet.
        type Chn = unsafe extern "C" fn(hi_venc_chn) -> hi_s32;
        sym::<Chn>(&shim, "hi_mpi_venc_stop_chn")(7);
        sym::<Chn>(&shim, "hi_mpi_venc_destroy_chn")(7);
        type Destroy = unsafe extern "C" fn(*mut aclvencChannelDesc) -> aclError;
        sym::<Destroy>(&shim, "aclvencDestroyChannelDesc")(desc);
    }

    println!("shim-overhead: median ns per call over {BATCHES} batches of {BATCH} calls, shim and direct alternating");
    println!("{:<42} {:>10} {:>10} {:>10} {:>7}", "call", "shim ns", "direct ns", "added ns", "ratio");
    for (name, s, d) in rows {
        println!("{name:<42} {s:>10.1} {d:>10.1} {:>10.1} {:>7.2}", s - d, s / d);
    }
}
