//! The cost of one call through the shim's whole pipeline (re-entry check, trace check, validation, forward,
//! record) next to the same call made directly to the null driver, measured side by side in one run:
//!
//!   cargo build --release -p aclvenc-shim -p aclvenc-nulldrv && cargo bench -p aclvenc-bench --bench shim-overhead
//!
//! Both libraries are loaded into this process: the null driver directly, and the shim with
//! `ACLVENC_SHIM_DRIVER` pointing at the same null driver. Each call is a criterion benchmark group with two
//! functions, `shim` and `direct`; after criterion's report a table gives criterion's median ns per call of both,
//! the difference and the ratio. Criterion's options follow `--`, e.g. a short run:
//! `cargo bench -p aclvenc-bench --bench shim-overhead -- --warm-up-time 1 --measurement-time 2`.

use aclvenc_abi::*;
use aclvenc_bench::{lib_dir, load, sym, SideBySide};

const BUILD: &str = "cargo build --release -p aclvenc-shim -p aclvenc-nulldrv";

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
    let mut run = SideBySide::new();
    let dir = lib_dir();
    let null_path = dir.join("libaclvenc_nulldrv.so");
    std::env::set_var("ACLVENC_SHIM_DRIVER", &null_path);
    std::env::set_var("ACLVENC_SHIM_BANNER", "0");
    std::env::set_var("ACLVENC_SHIM_LOG", "error");
    let null = load(&null_path, BUILD);
    let shim = load(&dir.join("libaclvenc_shim.so"), BUILD);

    // SAFETY: every call below uses the vendor prototype from the ABI table, handles the shim saw created, and
    // pointers to live locals; the null driver only records its arguments.
    unsafe {
        let desc = sym::<CreateDesc>(&shim, "aclvencCreateChannelDesc")();
        let (s_set, d_set) = (
            sym::<SetU32>(&shim, "aclvencSetChannelDescPicWidth"),
            sym::<SetU32>(&null, "aclvencSetChannelDescPicWidth"),
        );
        run.bench("aclvencSetChannelDescPicWidth", || s_set(desc, 1280), || d_set(desc, 1280));
        let (s_get, d_get) = (
            sym::<GetU32>(&shim, "aclvencGetChannelDescPicWidth"),
            sym::<GetU32>(&null, "aclvencGetChannelDescPicWidth"),
        );
        run.bench("aclvencGetChannelDescPicWidth", || s_get(desc), || d_get(desc));

        let mut attr = hi_venc_chn_attr::default();
        let va = &mut attr.venc_attr;
        va.r#type = hi_payload_type::HI_PT_H264;
        (va.pic_width, va.pic_height, va.max_pic_width, va.max_pic_height, va.buf_size) =
            (1920, 1080, 1920, 1080, 3_110_400);
        va.profile = 1;
        attr.rc_attr.rc_mode = hi_venc_rc_mode::HI_VENC_RC_MODE_H264_CBR;
        let cbr = attr.rc_attr.h264_cbr_mut();
        (cbr.gop, cbr.stats_time, cbr.src_frame_rate, cbr.dst_frame_rate, cbr.bit_rate) = (30, 1, 30, 30, 4000);
        sym::<CreateChn>(&shim, "hi_mpi_venc_create_chn")(7, &attr);
        sym::<StartChn>(&shim, "hi_mpi_venc_start_chn")(7, &hi_venc_start_param { recv_pic_num: -1 });
        let mut status = hi_venc_chn_status::default();
        let status: *mut hi_venc_chn_status = &mut status;
        let (s_q, d_q) =
            (sym::<Query>(&shim, "hi_mpi_venc_query_status"), sym::<Query>(&null, "hi_mpi_venc_query_status"));
        run.bench("hi_mpi_venc_query_status", || s_q(7, status), || d_q(7, status));

        let mut frame = hi_video_frame_info::default();
        let v = &mut frame.v_frame;
        (v.width, v.height, v.width_stride[0]) = (1920, 1080, 1920);
        v.pixel_format = hi_pixel_format::HI_PIXEL_FORMAT_YUV_SEMIPLANAR_420;
        let (s_send, d_send) =
            (sym::<Send>(&shim, "hi_mpi_venc_send_frame"), sym::<Send>(&null, "hi_mpi_venc_send_frame"));
        run.bench("hi_mpi_venc_send_frame", || s_send(7, &frame, -1), || d_send(7, &frame, -1));

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
        run.bench(
            "hi_mpi_venc_get_stream + release_stream",
            || (s_get(7, sp, -1), rel_s(7, sp)),
            || (d_get(7, sp, -1), rel_d(7, sp)),
        );

        // Leave nothing behind, so the shim's exit report stays quiet.
        type Chn = unsafe extern "C" fn(hi_venc_chn) -> hi_s32;
        sym::<Chn>(&shim, "hi_mpi_venc_stop_chn")(7);
        sym::<Chn>(&shim, "hi_mpi_venc_destroy_chn")(7);
        type Destroy = unsafe extern "C" fn(*mut aclvencChannelDesc) -> aclError;
        sym::<Destroy>(&shim, "aclvencDestroyChannelDesc")(desc);
    }
    run.finish("shim-overhead");
}
