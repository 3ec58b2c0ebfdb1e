// generated from abi/abi-spec.json by `cargo run -p xtask -- gen`; do not edit
// The functions come from abi/abi-spec.json and abi/abi-overlay.json.

/// Hands a table to the macro at path `[$m]` as `$m! { EXTRA fn ...; ... }` (the reasons dropped), in table order.
#[doc(hidden)]
#[macro_export]
macro_rules! __fns_plain {
    ([$($m:tt)*] [$($extra:tt)*] [$($out:tt)*]) => {
        $($m)*! { $($extra)* $($out)* }
    };
    ([$($m:tt)*] [$($extra:tt)*] [$($out:tt)*] fn $name:ident $params:tt -> $ret:ty; $($rest:tt)*) => {
        $crate::__fns_plain! { [$($m)*] [$($extra)*] [$($out)* fn $name $params -> $ret;] $($rest)* }
    };
    ([$($m:tt)*] [$($extra:tt)*] [$($out:tt)*] fn $name:ident $params:tt -> $ret:ty = $why:literal; $($rest:tt)*) => {
        $crate::__fns_plain! { [$($m)*] [$($extra)*] [$($out)* fn $name $params -> $ret;] $($rest)* }
    };
}

/// Hands a table to the macro at path `[$m]` as `$m! { EXTRA implemented { ... } not_implemented { ... = "reason"; } }`,
/// in table order (`EXTRA`: the tokens after `emulator;`).
#[doc(hidden)]
#[macro_export]
macro_rules! __fns_emulator {
    ([$($m:tt)*] [$($extra:tt)*] [$($yes:tt)*] [$($no:tt)*]) => {
        $($m)*! { $($extra)* implemented { $($yes)* } not_implemented { $($no)* } }
    };
    ([$($m:tt)*] [$($extra:tt)*] [$($yes:tt)*] [$($no:tt)*] fn $name:ident $params:tt -> $ret:ty; $($rest:tt)*) => {
        $crate::__fns_emulator! { [$($m)*] [$($extra)*] [$($yes)* fn $name $params -> $ret;] [$($no)*] $($rest)* }
    };
    (
        [$($m:tt)*] [$($extra:tt)*] [$($yes:tt)*] [$($no:tt)*]
        fn $name:ident $params:tt -> $ret:ty = $why:literal; $($rest:tt)*
    ) => {
        $crate::__fns_emulator! { [$($m)*] [$($extra)*] [$($yes)*] [$($no)* fn $name $params -> $ret = $why;] $($rest)* }
    };
}

/// The 38 `aclvenc*` functions (media V1 video encoder, `libacl_dvpp.so`).
///
/// `aclvenc_fns!(m)` expands to `m! { fn name(param: Type, ...) -> Ret; ... }` with all 38 functions,
/// every type spelled as a full path, so one table drives every export stub and forwarding table;
/// `aclvenc_fns!(path::m; EXTRA)` expands to `path::m! { EXTRA fn ...; ... }` (tokens passed through first).
///
/// `aclvenc_fns!(path::m, emulator; EXTRA)` expands to
/// `path::m! { EXTRA implemented { fn ...; ... } not_implemented { fn ... = "reason"; ... } }`: the same functions, in
/// the same order, split by whether the emulated driver implements them (the reasons come from
/// `emulator_not_implemented` in `abi/abi-overlay.json`); `; EXTRA` is optional and passed through first.
#[macro_export]
macro_rules! aclvenc_fns {
    ($m:ident) => {
        $crate::__aclvenc_fns_table! { __fns_plain [$m] [] [] }
    };
    ($($m:ident)::+; $($extra:tt)*) => {
        $crate::__aclvenc_fns_table! { __fns_plain [$($m)::+] [$($extra)*] [] }
    };
    ($($m:ident)::+, emulator $(; $($extra:tt)*)?) => {
        $crate::__aclvenc_fns_table! { __fns_emulator [$($m)::+] [$($($extra)*)?] [] [] }
    };
}

/// The table of [`aclvenc_fns!`], handed to one of the helpers above.
#[doc(hidden)]
#[macro_export]
macro_rules! __aclvenc_fns_table {
    ($helper:ident $($args:tt)*) => {
        $crate::$helper! { $($args)*
            fn aclvencCreateChannelDesc() -> *mut $crate::aclvencChannelDesc;
            fn aclvencDestroyChannelDesc(channelDesc: *mut $crate::aclvencChannelDesc) -> $crate::aclError;
            fn aclvencSetChannelDescThreadId(channelDesc: *mut $crate::aclvencChannelDesc, threadId: u64) -> $crate::aclError;
            fn aclvencSetChannelDescCallback(channelDesc: *mut $crate::aclvencChannelDesc, callback: $crate::aclvencCallback) -> $crate::aclError;
            fn aclvencSetChannelDescEnType(channelDesc: *mut $crate::aclvencChannelDesc, enType: $crate::acldvppStreamFormat) -> $crate::aclError;
            fn aclvencSetChannelDescPicFormat(channelDesc: *mut $crate::aclvencChannelDesc, picFormat: $crate::acldvppPixelFormat) -> $crate::aclError;
            fn aclvencSetChannelDescPicWidth(channelDesc: *mut $crate::aclvencChannelDesc, picWidth: u32) -> $crate::aclError;
            fn aclvencSetChannelDescPicHeight(channelDesc: *mut $crate::aclvencChannelDesc, picHeight: u32) -> $crate::aclError;
            fn aclvencSetChannelDescKeyFrameInterval(channelDesc: *mut $crate::aclvencChannelDesc, keyFrameInterval: u32) -> $crate::aclError;
            fn aclvencSetChannelDescBufAddr(channelDesc: *mut $crate::aclvencChannelDesc, bufAddr: *mut ::core::ffi::c_void) -> $crate::aclError;
            fn aclvencSetChannelDescBufSize(channelDesc: *mut $crate::aclvencChannelDesc, bufSize: u32) -> $crate::aclError;
            fn aclvencSetChannelDescRcMode(channelDesc: *mut $crate::aclvencChannelDesc, rcMode: u32) -> $crate::aclError;
            fn aclvencSetChannelDescSrcRate(channelDesc: *mut $crate::aclvencChannelDesc, srcRate: u32) -> $crate::aclError;
            fn aclvencSetChannelDescMaxBitRate(channelDesc: *mut $crate::aclvencChannelDesc, maxBitRate: u32) -> $crate::aclError;
            fn aclvencSetChannelDescParam(channelDesc: *mut $crate::aclvencChannelDesc, paramType: $crate::aclvencChannelDescParamType, length: usize, param: *const ::core::ffi::c_void) -> $crate::aclError;
            fn aclvencGetChannelDescBufAddr(channelDesc: *const $crate::aclvencChannelDesc) -> *mut ::core::ffi::c_void;
            fn aclvencGetChannelDescBufSize(channelDesc: *const $crate::aclvencChannelDesc) -> u32;
            fn aclvencGetChannelDescChannelId(channelDesc: *const $crate::aclvencChannelDesc) -> u32;
            fn aclvencGetChannelDescThreadId(channelDesc: *const $crate::aclvencChannelDesc) -> u64;
            fn aclvencGetChannelDescCallback(channelDesc: *const $crate::aclvencChannelDesc) -> $crate::aclvencCallback;
            fn aclvencGetChannelDescEnType(channelDesc: *const $crate::aclvencChannelDesc) -> $crate::acldvppStreamFormat;
            fn aclvencGetChannelDescPicFormat(channelDesc: *const $crate::aclvencChannelDesc) -> $crate::acldvppPixelFormat;
            fn aclvencGetChannelDescPicWidth(channelDesc: *const $crate::aclvencChannelDesc) -> u32;
            fn aclvencGetChannelDescPicHeight(channelDesc: *const $crate::aclvencChannelDesc) -> u32;
            fn aclvencGetChannelDescKeyFrameInterval(channelDesc: *const $crate::aclvencChannelDesc) -> u32;
            fn aclvencGetChannelDescRcMode(channelDesc: *const $crate::aclvencChannelDesc) -> u32;
            fn aclvencGetChannelDescSrcRate(channelDesc: *const $crate::aclvencChannelDesc) -> u32;
            fn aclvencGetChannelDescMaxBitRate(channelDesc: *const $crate::aclvencChannelDesc) -> u32;
            fn aclvencGetChannelDescParam(channelDesc: *const $crate::aclvencChannelDesc, paramType: $crate::aclvencChannelDescParamType, length: usize, paramRetSize: *mut usize, param: *mut ::core::ffi::c_void) -> $crate::aclError;
            fn aclvencGetFrameConfigForceIFrame(config: *const $crate::aclvencFrameConfig) -> u8;
            fn aclvencGetFrameConfigEos(config: *const $crate::aclvencFrameConfig) -> u8;
            fn aclvencSetFrameConfigForceIFrame(config: *mut $crate::aclvencFrameConfig, forceIFrame: u8) -> $crate::aclError;
            fn aclvencSetFrameConfigEos(config: *mut $crate::aclvencFrameConfig, eos: u8) -> $crate::aclError;
            fn aclvencDestroyFrameConfig(config: *mut $crate::aclvencFrameConfig) -> $crate::aclError;
            fn aclvencCreateFrameConfig() -> *mut $crate::aclvencFrameConfig;
            fn aclvencCreateChannel(channelDesc: *mut $crate::aclvencChannelDesc) -> $crate::aclError;
            fn aclvencDestroyChannel(channelDesc: *mut $crate::aclvencChannelDesc) -> $crate::aclError;
            fn aclvencSendFrame(channelDesc: *mut $crate::aclvencChannelDesc, input: *mut $crate::acldvppPicDesc, reserve: *mut ::core::ffi::c_void, config: *mut $crate::aclvencFrameConfig, userdata: *mut ::core::ffi::c_void) -> $crate::aclError;
        }
    };
}

/// The 47 `hi_mpi_venc_*` functions (media V2 encoder, `libacl_dvpp_mpi.so`).
///
/// `hi_mpi_venc_fns!(m)` expands to `m! { fn name(param: Type, ...) -> Ret; ... }` with all 47 functions,
/// every type spelled as a full path, so one table drives every export stub and forwarding table;
/// `hi_mpi_venc_fns!(path::m; EXTRA)` expands to `path::m! { EXTRA fn ...; ... }` (tokens passed through first).
///
/// `hi_mpi_venc_fns!(path::m, emulator; EXTRA)` expands to
/// `path::m! { EXTRA implemented { fn ...; ... } not_implemented { fn ... = "reason"; ... } }`: the same functions, in
/// the same order, split by whether the emulated driver implements them (the reasons come from
/// `emulator_not_implemented` in `abi/abi-overlay.json`); `; EXTRA` is optional and passed through first.
#[macro_export]
macro_rules! hi_mpi_venc_fns {
    ($m:ident) => {
        $crate::__hi_mpi_venc_fns_table! { __fns_plain [$m] [] [] }
    };
    ($($m:ident)::+; $($extra:tt)*) => {
        $crate::__hi_mpi_venc_fns_table! { __fns_plain [$($m)::+] [$($extra)*] [] }
    };
    ($($m:ident)::+, emulator $(; $($extra:tt)*)?) => {
        $crate::__hi_mpi_venc_fns_table! { __fns_emulator [$($m)::+] [$($($extra)*)?] [] [] }
    };
}

/// The table of [`hi_mpi_venc_fns!`], handed to one of the helpers above.
#[doc(hidden)]
#[macro_export]
macro_rules! __hi_mpi_venc_fns_table {
    ($helper:ident $($args:tt)*) => {
        $crate::$helper! { $($args)*
            fn hi_mpi_venc_create_chn(chn: $crate::hi_venc_chn, attr: *const $crate::hi_venc_chn_attr) -> $crate::hi_s32;
            fn hi_mpi_venc_destroy_chn(chn: $crate::hi_venc_chn) -> $crate::hi_s32;
            fn hi_mpi_venc_start_chn(chn: $crate::hi_venc_chn, recv_param: *const $crate::hi_venc_start_param) -> $crate::hi_s32;
            fn hi_mpi_venc_stop_chn(chn: $crate::hi_venc_chn) -> $crate::hi_s32;
            fn hi_mpi_venc_query_status(chn: $crate::hi_venc_chn, status: *mut $crate::hi_venc_chn_status) -> $crate::hi_s32;
            fn hi_mpi_venc_get_stream(chn: $crate::hi_venc_chn, stream: *mut $crate::hi_venc_stream, milli_sec: $crate::hi_s32) -> $crate::hi_s32;
            fn hi_mpi_venc_release_stream(chn: $crate::hi_venc_chn, stream: *mut $crate::hi_venc_stream) -> $crate::hi_s32;
            fn hi_mpi_venc_send_frame(chn: $crate::hi_venc_chn, frame: *const $crate::hi_video_frame_info, milli_sec: $crate::hi_s32) -> $crate::hi_s32;
            fn hi_mpi_venc_send_frame_ex(chn: $crate::hi_venc_chn, frame: *const $crate::hi_user_frame_info, milli_sec: $crate::hi_s32) -> $crate::hi_s32 = "per-frame QP maps (QPMAP rate control) are not emulated";
            fn hi_mpi_venc_get_qpmap_stride(width: $crate::hi_u32) -> $crate::hi_s32 = "QP maps are not emulated";
            fn hi_mpi_venc_get_qpmap_size(r#type: $crate::hi_payload_type, width: $crate::hi_u32, height: $crate::hi_u32) -> $crate::hi_s32 = "QP maps are not emulated";
            fn hi_mpi_venc_send_jpege_frame(chn: $crate::hi_venc_chn, frame: *const $crate::hi_video_frame_info, jpege_stream: *const $crate::hi_img_stream, milli_sec: $crate::hi_s32) -> $crate::hi_s32;
            fn hi_mpi_venc_get_jpege_predicted_size(frame: *const $crate::hi_video_frame_info, jpeg_param: *const $crate::hi_venc_jpeg_param, size: *mut $crate::hi_u32) -> $crate::hi_s32;
            fn hi_mpi_venc_get_fd(chn: $crate::hi_venc_chn) -> $crate::hi_s32;
            fn hi_mpi_venc_close_fd(chn: $crate::hi_venc_chn) -> $crate::hi_s32;
            fn hi_mpi_venc_set_chn_param(chn: $crate::hi_venc_chn, chn_param: *const $crate::hi_venc_chn_param) -> $crate::hi_s32;
            fn hi_mpi_venc_get_chn_param(chn: $crate::hi_venc_chn, chn_param: *mut $crate::hi_venc_chn_param) -> $crate::hi_s32;
            fn hi_mpi_venc_set_mod_param(mod_param: *const $crate::hi_venc_mod_param) -> $crate::hi_s32;
            fn hi_mpi_venc_get_mod_param(mod_param: *mut $crate::hi_venc_mod_param) -> $crate::hi_s32;
            fn hi_mpi_venc_set_jpeg_param(chn: $crate::hi_venc_chn, jpeg_param: *const $crate::hi_venc_jpeg_param) -> $crate::hi_s32;
            fn hi_mpi_venc_get_jpeg_param(chn: $crate::hi_venc_chn, jpeg_param: *mut $crate::hi_venc_jpeg_param) -> $crate::hi_s32;
            fn hi_mpi_venc_set_jpeg_huffman_param(chn: $crate::hi_venc_chn, jpeg_huffman_param: *const $crate::hi_venc_jpeg_huffman_param) -> $crate::hi_s32 = "the emulated JPEG encoder uses the standard Huffman tables only";
            fn hi_mpi_venc_get_jpeg_huffman_param(chn: $crate::hi_venc_chn, jpeg_huffman_data: *mut $crate::hi_venc_jpeg_huffman_param) -> $crate::hi_s32 = "the emulated JPEG encoder uses the standard Huffman tables only";
            fn hi_mpi_venc_compact_jpeg_tables(chn: $crate::hi_venc_chn, table_type: $crate::hi_u32, enable: $crate::hi_bool) -> $crate::hi_s32 = "the emulated JPEG encoder uses the standard tables only";
            fn hi_mpi_venc_request_idr(chn: $crate::hi_venc_chn, instant: $crate::hi_bool) -> $crate::hi_s32;
            fn hi_mpi_venc_set_scene_mode(chn: $crate::hi_venc_chn, scene_mode: $crate::hi_venc_scene_mode) -> $crate::hi_s32;
            fn hi_mpi_venc_set_rc_param(chn: $crate::hi_venc_chn, rc_param: *const $crate::hi_venc_rc_param) -> $crate::hi_s32;
            fn hi_mpi_venc_get_rc_param(chn: $crate::hi_venc_chn, rc_param: *mut $crate::hi_venc_rc_param) -> $crate::hi_s32;
            fn hi_mpi_venc_set_roi_attr(chn: $crate::hi_venc_chn, roi_attr: *const $crate::hi_venc_roi_attr) -> $crate::hi_s32 = "regions of interest are not emulated";
            fn hi_mpi_venc_get_roi_attr(chn: $crate::hi_venc_chn, idx: $crate::hi_u32, roi_attr: *mut $crate::hi_venc_roi_attr) -> $crate::hi_s32 = "regions of interest are not emulated";
            fn hi_mpi_venc_set_ref_param(chn: $crate::hi_venc_chn, ref_param: *const $crate::hi_venc_ref_param) -> $crate::hi_s32 = "the emulated encoder has no long-term or skipped references (plain IPPP)";
            fn hi_mpi_venc_get_ref_param(chn: $crate::hi_venc_chn, ref_param: *mut $crate::hi_venc_ref_param) -> $crate::hi_s32 = "the emulated encoder has no long-term or skipped references (plain IPPP)";
            fn hi_mpi_venc_get_scene_mode(chn: $crate::hi_venc_chn, scene_mode: *mut $crate::hi_venc_scene_mode) -> $crate::hi_s32;
            fn hi_mpi_venc_set_h264_vui(chn: $crate::hi_venc_chn, h264_vui: *const $crate::hi_venc_h264_vui) -> $crate::hi_s32 = "VUI parameters are not emulated";
            fn hi_mpi_venc_get_h264_vui(chn: $crate::hi_venc_chn, h264_vui: *mut $crate::hi_venc_h264_vui) -> $crate::hi_s32 = "VUI parameters are not emulated";
            fn hi_mpi_venc_set_h265_vui(chn: $crate::hi_venc_chn, h265_vui: *const $crate::hi_venc_h265_vui) -> $crate::hi_s32 = "VUI parameters are not emulated";
            fn hi_mpi_venc_get_h265_vui(chn: $crate::hi_venc_chn, h265_vui: *mut $crate::hi_venc_h265_vui) -> $crate::hi_s32 = "VUI parameters are not emulated";
            fn hi_mpi_venc_set_cu_pred(chn: $crate::hi_venc_chn, cu_pred: *const $crate::hi_venc_cu_prediction) -> $crate::hi_s32 = "CU prediction tuning is not emulated";
            fn hi_mpi_venc_get_cu_pred(chn: $crate::hi_venc_chn, cu_pred: *mut $crate::hi_venc_cu_prediction) -> $crate::hi_s32 = "CU prediction tuning is not emulated";
            fn hi_mpi_venc_set_intra_refresh(chn: $crate::hi_venc_chn, intra_refresh: *const $crate::hi_venc_intra_refresh) -> $crate::hi_s32 = "intra refresh is not emulated";
            fn hi_mpi_venc_get_intra_refresh(chn: $crate::hi_venc_chn, intra_refresh: *mut $crate::hi_venc_intra_refresh) -> $crate::hi_s32 = "intra refresh is not emulated";
            fn hi_mpi_venc_set_chn_attr(chn: $crate::hi_venc_chn, chn_attr: *const $crate::hi_venc_chn_attr) -> $crate::hi_s32;
            fn hi_mpi_venc_get_chn_attr(chn: $crate::hi_venc_chn, chn_attr: *mut $crate::hi_venc_chn_attr) -> $crate::hi_s32;
            fn hi_mpi_venc_set_slice_split(chn: $crate::hi_venc_chn, slice_split: *const $crate::hi_venc_slice_split) -> $crate::hi_s32 = "slice splitting is not emulated (one slice per picture)";
            fn hi_mpi_venc_get_slice_split(chn: $crate::hi_venc_chn, slice_split: *mut $crate::hi_venc_slice_split) -> $crate::hi_s32 = "slice splitting is not emulated (one slice per picture)";
            fn hi_mpi_venc_set_streamcopy_param(chn: $crate::hi_venc_chn, streamcopy_param: *const $crate::hi_venc_streamcopy_param) -> $crate::hi_s32 = "stream copy is not emulated";
            fn hi_mpi_venc_get_streamcopy_param(chn: $crate::hi_venc_chn, streamcopy_param: *mut $crate::hi_venc_streamcopy_param) -> $crate::hi_s32 = "stream copy is not emulated";
        }
    };
}

/// The `acldvpp*` picture/stream description and DVPP memory functions (`libacl_dvpp.so`).
///
/// `acldvpp_fns!(m)` expands to `m! { fn name(param: Type, ...) -> Ret; ... }` with all 34 functions,
/// every type spelled as a full path, so one table drives every export stub and forwarding table;
/// `acldvpp_fns!(path::m; EXTRA)` expands to `path::m! { EXTRA fn ...; ... }` (tokens passed through first).
///
/// `acldvpp_fns!(path::m, emulator; EXTRA)` expands to
/// `path::m! { EXTRA implemented { fn ...; ... } not_implemented { fn ... = "reason"; ... } }`: the same functions, in
/// the same order, split by whether the emulated driver implements them (the reasons come from
/// `emulator_not_implemented` in `abi/abi-overlay.json`); `; EXTRA` is optional and passed through first.
#[macro_export]
macro_rules! acldvpp_fns {
    ($m:ident) => {
        $crate::__acldvpp_fns_table! { __fns_plain [$m] [] [] }
    };
    ($($m:ident)::+; $($extra:tt)*) => {
        $crate::__acldvpp_fns_table! { __fns_plain [$($m)::+] [$($extra)*] [] }
    };
    ($($m:ident)::+, emulator $(; $($extra:tt)*)?) => {
        $crate::__acldvpp_fns_table! { __fns_emulator [$($m)::+] [$($($extra)*)?] [] [] }
    };
}

/// The table of [`acldvpp_fns!`], handed to one of the helpers above.
#[doc(hidden)]
#[macro_export]
macro_rules! __acldvpp_fns_table {
    ($helper:ident $($args:tt)*) => {
        $crate::$helper! { $($args)*
            fn acldvppCreatePicDesc() -> *mut $crate::acldvppPicDesc;
            fn acldvppDestroyPicDesc(picDesc: *mut $crate::acldvppPicDesc) -> $crate::aclError;
            fn acldvppSetPicDescData(picDesc: *mut $crate::acldvppPicDesc, dataDev: *mut ::core::ffi::c_void) -> $crate::aclError;
            fn acldvppSetPicDescSize(picDesc: *mut $crate::acldvppPicDesc, size: u32) -> $crate::aclError;
            fn acldvppSetPicDescFormat(picDesc: *mut $crate::acldvppPicDesc, format: $crate::acldvppPixelFormat) -> $crate::aclError;
            fn acldvppSetPicDescWidth(picDesc: *mut $crate::acldvppPicDesc, width: u32) -> $crate::aclError;
            fn acldvppSetPicDescHeight(picDesc: *mut $crate::acldvppPicDesc, height: u32) -> $crate::aclError;
            fn acldvppSetPicDescWidthStride(picDesc: *mut $crate::acldvppPicDesc, widthStride: u32) -> $crate::aclError;
            fn acldvppSetPicDescHeightStride(picDesc: *mut $crate::acldvppPicDesc, heightStride: u32) -> $crate::aclError;
            fn acldvppSetPicDescRetCode(picDesc: *mut $crate::acldvppPicDesc, retCode: u32) -> $crate::aclError;
            fn acldvppGetPicDescData(picDesc: *const $crate::acldvppPicDesc) -> *mut ::core::ffi::c_void;
            fn acldvppGetPicDescSize(picDesc: *const $crate::acldvppPicDesc) -> u32;
            fn acldvppGetPicDescFormat(picDesc: *const $crate::acldvppPicDesc) -> $crate::acldvppPixelFormat;
            fn acldvppGetPicDescWidth(picDesc: *const $crate::acldvppPicDesc) -> u32;
            fn acldvppGetPicDescHeight(picDesc: *const $crate::acldvppPicDesc) -> u32;
            fn acldvppGetPicDescWidthStride(picDesc: *const $crate::acldvppPicDesc) -> u32;
            fn acldvppGetPicDescHeightStride(picDesc: *const $crate::acldvppPicDesc) -> u32;
            fn acldvppGetPicDescRetCode(picDesc: *const $crate::acldvppPicDesc) -> u32;
            fn acldvppCreateStreamDesc() -> *mut $crate::acldvppStreamDesc;
            fn acldvppDestroyStreamDesc(streamDesc: *mut $crate::acldvppStreamDesc) -> $crate::aclError;
            fn acldvppSetStreamDescData(streamDesc: *mut $crate::acldvppStreamDesc, dataDev: *mut ::core::ffi::c_void) -> $crate::aclError;
            fn acldvppSetStreamDescSize(streamDesc: *mut $crate::acldvppStreamDesc, size: u32) -> $crate::aclError;
            fn acldvppSetStreamDescFormat(streamDesc: *mut $crate::acldvppStreamDesc, format: $crate::acldvppStreamFormat) -> $crate::aclError;
            fn acldvppSetStreamDescTimestamp(streamDesc: *mut $crate::acldvppStreamDesc, timestamp: u64) -> $crate::aclError;
            fn acldvppSetStreamDescRetCode(streamDesc: *mut $crate::acldvppStreamDesc, retCode: u32) -> $crate::aclError;
            fn acldvppSetStreamDescEos(streamDesc: *mut $crate::acldvppStreamDesc, eos: u8) -> $crate::aclError;
            fn acldvppGetStreamDescData(streamDesc: *const $crate::acldvppStreamDesc) -> *mut ::core::ffi::c_void;
            fn acldvppGetStreamDescSize(streamDesc: *const $crate::acldvppStreamDesc) -> u32;
            fn acldvppGetStreamDescFormat(streamDesc: *const $crate::acldvppStreamDesc) -> $crate::acldvppStreamFormat;
            fn acldvppGetStreamDescTimestamp(streamDesc: *const $crate::acldvppStreamDesc) -> u64;
            fn acldvppGetStreamDescRetCode(streamDesc: *const $crate::acldvppStreamDesc) -> u32;
            fn acldvppGetStreamDescEos(streamDesc: *const $crate::acldvppStreamDesc) -> u8;
            fn acldvppMalloc(devPtr: *mut *mut ::core::ffi::c_void, size: usize) -> $crate::aclError;
            fn acldvppFree(devPtr: *mut ::core::ffi::c_void) -> $crate::aclError;
        }
    };
}

/// The `acl*`/`aclrt*` runtime functions (`libascendcl.so`).
///
/// `acl_runtime_fns!(m)` expands to `m! { fn name(param: Type, ...) -> Ret; ... }` with all 23 functions,
/// every type spelled as a full path, so one table drives every export stub and forwarding table;
/// `acl_runtime_fns!(path::m; EXTRA)` expands to `path::m! { EXTRA fn ...; ... }` (tokens passed through first).
///
/// `acl_runtime_fns!(path::m, emulator; EXTRA)` expands to
/// `path::m! { EXTRA implemented { fn ...; ... } not_implemented { fn ... = "reason"; ... } }`: the same functions, in
/// the same order, split by whether the emulated driver implements them (the reasons come from
/// `emulator_not_implemented` in `abi/abi-overlay.json`); `; EXTRA` is optional and passed through first.
#[macro_export]
macro_rules! acl_runtime_fns {
    ($m:ident) => {
        $crate::__acl_runtime_fns_table! { __fns_plain [$m] [] [] }
    };
    ($($m:ident)::+; $($extra:tt)*) => {
        $crate::__acl_runtime_fns_table! { __fns_plain [$($m)::+] [$($extra)*] [] }
    };
    ($($m:ident)::+, emulator $(; $($extra:tt)*)?) => {
        $crate::__acl_runtime_fns_table! { __fns_emulator [$($m)::+] [$($($extra)*)?] [] [] }
    };
}

/// The table of [`acl_runtime_fns!`], handed to one of the helpers above.
#[doc(hidden)]
#[macro_export]
macro_rules! __acl_runtime_fns_table {
    ($helper:ident $($args:tt)*) => {
        $crate::$helper! { $($args)*
            fn aclInit(configPath: *const ::core::ffi::c_char) -> $crate::aclError;
            fn aclFinalize() -> $crate::aclError;
            fn aclrtSetDevice(deviceId: i32) -> $crate::aclError;
            fn aclrtCreateContext(context: *mut $crate::aclrtContext, deviceId: i32) -> $crate::aclError;
            fn aclrtGetRunMode(runMode: *mut $crate::aclrtRunMode) -> $crate::aclError;
            fn aclrtCreateStream(stream: *mut $crate::aclrtStream) -> $crate::aclError;
            fn aclrtSubscribeReport(threadId: u64, stream: $crate::aclrtStream) -> $crate::aclError;
            fn aclrtProcessReport(timeout: i32) -> $crate::aclError;
            fn aclrtLaunchCallback(r#fn: $crate::aclrtCallback, userData: *mut ::core::ffi::c_void, blockType: $crate::aclrtCallbackBlockType, stream: $crate::aclrtStream) -> $crate::aclError;
            fn aclrtResetDevice(deviceId: i32) -> $crate::aclError;
            fn aclrtDestroyContext(context: $crate::aclrtContext) -> $crate::aclError;
            fn aclrtSetCurrentContext(context: $crate::aclrtContext) -> $crate::aclError;
            fn aclrtGetCurrentContext(context: *mut $crate::aclrtContext) -> $crate::aclError;
            fn aclrtGetDeviceCount(count: *mut u32) -> $crate::aclError;
            fn aclrtDestroyStream(stream: $crate::aclrtStream) -> $crate::aclError;
            fn aclrtSynchronizeStream(stream: $crate::aclrtStream) -> $crate::aclError;
            fn aclrtUnSubscribeReport(threadId: u64, stream: $crate::aclrtStream) -> $crate::aclError;
            fn aclrtMalloc(devPtr: *mut *mut ::core::ffi::c_void, size: usize, policy: $crate::aclrtMemMallocPolicy) -> $crate::aclError;
            fn aclrtFree(devPtr: *mut ::core::ffi::c_void) -> $crate::aclError;
            fn aclrtMallocHost(hostPtr: *mut *mut ::core::ffi::c_void, size: usize) -> $crate::aclError;
            fn aclrtFreeHost(hostPtr: *mut ::core::ffi::c_void) -> $crate::aclError;
            fn aclrtMemcpy(dst: *mut ::core::ffi::c_void, destMax: usize, src: *const ::core::ffi::c_void, count: usize, kind: $crate::aclrtMemcpyKind) -> $crate::aclError;
            fn aclrtGetSocName() -> *const ::core::ffi::c_char;
        }
    };
}

/// The `hi_mpi_sys_*` functions (`libacl_dvpp_mpi.so`).
///
/// `hi_mpi_sys_fns!(m)` expands to `m! { fn name(param: Type, ...) -> Ret; ... }` with all 12 functions,
/// every type spelled as a full path, so one table drives every export stub and forwarding table;
/// `hi_mpi_sys_fns!(path::m; EXTRA)` expands to `path::m! { EXTRA fn ...; ... }` (tokens passed through first).
///
/// `hi_mpi_sys_fns!(path::m, emulator; EXTRA)` expands to
/// `path::m! { EXTRA implemented { fn ...; ... } not_implemented { fn ... = "reason"; ... } }`: the same functions, in
/// the same order, split by whether the emulated driver implements them (the reasons come from
/// `emulator_not_implemented` in `abi/abi-overlay.json`); `; EXTRA` is optional and passed through first.
#[macro_export]
macro_rules! hi_mpi_sys_fns {
    ($m:ident) => {
        $crate::__hi_mpi_sys_fns_table! { __fns_plain [$m] [] [] }
    };
    ($($m:ident)::+; $($extra:tt)*) => {
        $crate::__hi_mpi_sys_fns_table! { __fns_plain [$($m)::+] [$($extra)*] [] }
    };
    ($($m:ident)::+, emulator $(; $($extra:tt)*)?) => {
        $crate::__hi_mpi_sys_fns_table! { __fns_emulator [$($m)::+] [$($($extra)*)?] [] [] }
    };
}

/// The table of [`hi_mpi_sys_fns!`], handed to one of the helpers above.
#[doc(hidden)]
#[macro_export]
macro_rules! __hi_mpi_sys_fns_table {
    ($helper:ident $($args:tt)*) => {
        $crate::$helper! { $($args)*
            fn hi_mpi_sys_init() -> $crate::hi_s32;
            fn hi_mpi_sys_exit() -> $crate::hi_s32;
            fn hi_mpi_sys_create_epoll(size: $crate::hi_s32, epoll_fd: *mut $crate::hi_s32) -> $crate::hi_s32;
            fn hi_mpi_sys_ctl_epoll(epoll_fd: $crate::hi_s32, operation: $crate::hi_s32, fd: $crate::hi_s32, event: *mut $crate::hi_dvpp_epoll_event) -> $crate::hi_s32;
            fn hi_mpi_sys_wait_epoll(epoll_fd: $crate::hi_s32, events: *mut $crate::hi_dvpp_epoll_event, max_events: $crate::hi_s32, timeout: $crate::hi_s32, event_num: *mut $crate::hi_s32) -> $crate::hi_s32;
            fn hi_mpi_sys_close_epoll(epoll_fd: $crate::hi_s32) -> $crate::hi_s32;
            fn hi_mpi_sys_set_chn_csc_matrix(mode: $crate::hi_mod_id, chn: $crate::hi_s32, csc_matrix: $crate::hi_csc_matrix, csc_coefficient: *mut $crate::hi_csc_coefficient) -> $crate::hi_s32 = "colour-space conversion matrices are not emulated";
            fn hi_mpi_sys_get_chn_csc_matrix(mode: $crate::hi_mod_id, chn: $crate::hi_s32, csc_matrix: *mut $crate::hi_csc_matrix, csc_coefficient: *mut $crate::hi_csc_coefficient) -> $crate::hi_s32 = "colour-space conversion matrices are not emulated";
            fn hi_mpi_sys_bind(src_chn: *const $crate::hi_mpp_chn, dest_chn: *const $crate::hi_mpp_chn) -> $crate::hi_s32 = "binding module channels is not emulated";
            fn hi_mpi_sys_unbind(src_chn: *const $crate::hi_mpp_chn, dest_chn: *const $crate::hi_mpp_chn) -> $crate::hi_s32 = "binding module channels is not emulated";
            fn hi_mpi_sys_get_image_align_info(mod_type: *const $crate::hi_module_type, mod_num: $crate::hi_u32, img_base_info: *const $crate::hi_img_base_info, img_align_info: *mut $crate::hi_img_align_info) -> $crate::hi_s32 = "image alignment queries are not emulated";
            fn hi_mpi_sys_full_init() -> $crate::hi_s32;
        }
    };
}

/// The `hi_mpi_dvpp_*` memory functions (`libacl_dvpp_mpi.so`).
///
/// `hi_mpi_dvpp_fns!(m)` expands to `m! { fn name(param: Type, ...) -> Ret; ... }` with all 3 functions,
/// every type spelled as a full path, so one table drives every export stub and forwarding table;
/// `hi_mpi_dvpp_fns!(path::m; EXTRA)` expands to `path::m! { EXTRA fn ...; ... }` (tokens passed through first).
///
/// `hi_mpi_dvpp_fns!(path::m, emulator; EXTRA)` expands to
/// `path::m! { EXTRA implemented { fn ...; ... } not_implemented { fn ... = "reason"; ... } }`: the same functions, in
/// the same order, split by whether the emulated driver implements them (the reasons come from
/// `emulator_not_implemented` in `abi/abi-overlay.json`); `; EXTRA` is optional and passed through first.
#[macro_export]
macro_rules! hi_mpi_dvpp_fns {
    ($m:ident) => {
        $crate::__hi_mpi_dvpp_fns_table! { __fns_plain [$m] [] [] }
    };
    ($($m:ident)::+; $($extra:tt)*) => {
        $crate::__hi_mpi_dvpp_fns_table! { __fns_plain [$($m)::+] [$($extra)*] [] }
    };
    ($($m:ident)::+, emulator $(; $($extra:tt)*)?) => {
        $crate::__hi_mpi_dvpp_fns_table! { __fns_emulator [$($m)::+] [$($($extra)*)?] [] [] }
    };
}

/// The table of [`hi_mpi_dvpp_fns!`], handed to one of the helpers above.
#[doc(hidden)]
#[macro_export]
macro_rules! __hi_mpi_dvpp_fns_table {
    ($helper:ident $($args:tt)*) => {
        $crate::$helper! { $($args)*
            fn hi_mpi_dvpp_malloc(dev_id: $crate::hi_u32, dev_ptr: *mut *mut ::core::ffi::c_void, size: $crate::hi_u64) -> $crate::hi_s32;
            fn hi_mpi_dvpp_free(dev_ptr: *mut ::core::ffi::c_void) -> $crate::hi_s32;
            fn hi_mpi_dvpp_get_version(major_version: *mut $crate::hi_s32, minor_version: *mut $crate::hi_s32, patch_version: *mut $crate::hi_s32) -> $crate::hi_s32;
        }
    };
}

/// One vendor function: its name, the library that exports it, and its header.
#[derive(Debug, Clone, Copy)]
pub struct FnInfo {
    pub name: &'static str,
    pub library: &'static str,
    pub header: &'static str,
    pub group: &'static str,
}

/// Every function of the ABI table (`abi/abi-spec.json`), in table order.
pub const FUNCTIONS: &[FnInfo] = &[
    FnInfo {
        name: "aclvencCreateChannelDesc",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "aclvenc",
    },
    FnInfo {
        name: "aclvencDestroyChannelDesc",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "aclvenc",
    },
    FnInfo {
        name: "aclvencSetChannelDescThreadId",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "aclvenc",
    },
    FnInfo {
        name: "aclvencSetChannelDescCallback",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "aclvenc",
    },
    FnInfo {
        name: "aclvencSetChannelDescEnType",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "aclvenc",
    },
    FnInfo {
        name: "aclvencSetChannelDescPicFormat",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "aclvenc",
    },
    FnInfo {
        name: "aclvencSetChannelDescPicWidth",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "aclvenc",
    },
    FnInfo {
        name: "aclvencSetChannelDescPicHeight",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "aclvenc",
    },
    FnInfo {
        name: "aclvencSetChannelDescKeyFrameInterval",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "aclvenc",
    },
    FnInfo {
        name: "aclvencSetChannelDescBufAddr",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "aclvenc",
    },
    FnInfo {
        name: "aclvencSetChannelDescBufSize",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "aclvenc",
    },
    FnInfo {
        name: "aclvencSetChannelDescRcMode",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "aclvenc",
    },
    FnInfo {
        name: "aclvencSetChannelDescSrcRate",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "aclvenc",
    },
    FnInfo {
        name: "aclvencSetChannelDescMaxBitRate",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "aclvenc",
    },
    FnInfo {
        name: "aclvencSetChannelDescParam",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "aclvenc",
    },
    FnInfo {
        name: "aclvencGetChannelDescBufAddr",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "aclvenc",
    },
    FnInfo {
        name: "aclvencGetChannelDescBufSize",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "aclvenc",
    },
    FnInfo {
        name: "aclvencGetChannelDescChannelId",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "aclvenc",
    },
    FnInfo {
        name: "aclvencGetChannelDescThreadId",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "aclvenc",
    },
    FnInfo {
        name: "aclvencGetChannelDescCallback",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "aclvenc",
    },
    FnInfo {
        name: "aclvencGetChannelDescEnType",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "aclvenc",
    },
    FnInfo {
        name: "aclvencGetChannelDescPicFormat",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "aclvenc",
    },
    FnInfo {
        name: "aclvencGetChannelDescPicWidth",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "aclvenc",
    },
    FnInfo {
        name: "aclvencGetChannelDescPicHeight",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "aclvenc",
    },
    FnInfo {
        name: "aclvencGetChannelDescKeyFrameInterval",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "aclvenc",
    },
    FnInfo {
        name: "aclvencGetChannelDescRcMode",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "aclvenc",
    },
    FnInfo {
        name: "aclvencGetChannelDescSrcRate",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "aclvenc",
    },
    FnInfo {
        name: "aclvencGetChannelDescMaxBitRate",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "aclvenc",
    },
    FnInfo {
        name: "aclvencGetChannelDescParam",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "aclvenc",
    },
    FnInfo {
        name: "aclvencGetFrameConfigForceIFrame",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "aclvenc",
    },
    FnInfo {
        name: "aclvencGetFrameConfigEos",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "aclvenc",
    },
    FnInfo {
        name: "aclvencSetFrameConfigForceIFrame",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "aclvenc",
    },
    FnInfo {
        name: "aclvencSetFrameConfigEos",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "aclvenc",
    },
    FnInfo {
        name: "aclvencDestroyFrameConfig",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "aclvenc",
    },
    FnInfo {
        name: "aclvencCreateFrameConfig",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "aclvenc",
    },
    FnInfo { name: "aclvencCreateChannel", library: "libacl_dvpp.so", header: "acl/ops/acl_dvpp.h", group: "aclvenc" },
    FnInfo { name: "aclvencDestroyChannel", library: "libacl_dvpp.so", header: "acl/ops/acl_dvpp.h", group: "aclvenc" },
    FnInfo { name: "aclvencSendFrame", library: "libacl_dvpp.so", header: "acl/ops/acl_dvpp.h", group: "aclvenc" },
    FnInfo {
        name: "acldvppCreatePicDesc",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "acldvpp-support",
    },
    FnInfo {
        name: "acldvppDestroyPicDesc",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "acldvpp-support",
    },
    FnInfo {
        name: "acldvppSetPicDescData",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "acldvpp-support",
    },
    FnInfo {
        name: "acldvppSetPicDescSize",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "acldvpp-support",
    },
    FnInfo {
        name: "acldvppSetPicDescFormat",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "acldvpp-support",
    },
    FnInfo {
        name: "acldvppSetPicDescWidth",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "acldvpp-support",
    },
    FnInfo {
        name: "acldvppSetPicDescHeight",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "acldvpp-support",
    },
    FnInfo {
        name: "acldvppSetPicDescWidthStride",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "acldvpp-support",
    },
    FnInfo {
        name: "acldvppSetPicDescHeightStride",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "acldvpp-support",
    },
    FnInfo {
        name: "acldvppSetPicDescRetCode",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "acldvpp-support",
    },
    FnInfo {
        name: "acldvppGetPicDescData",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "acldvpp-support",
    },
    FnInfo {
        name: "acldvppGetPicDescSize",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "acldvpp-support",
    },
    FnInfo {
        name: "acldvppGetPicDescFormat",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "acldvpp-support",
    },
    FnInfo {
        name: "acldvppGetPicDescWidth",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "acldvpp-support",
    },
    FnInfo {
        name: "acldvppGetPicDescHeight",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "acldvpp-support",
    },
    FnInfo {
        name: "acldvppGetPicDescWidthStride",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "acldvpp-support",
    },
    FnInfo {
        name: "acldvppGetPicDescHeightStride",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "acldvpp-support",
    },
    FnInfo {
        name: "acldvppGetPicDescRetCode",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "acldvpp-support",
    },
    FnInfo {
        name: "acldvppCreateStreamDesc",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "acldvpp-support",
    },
    FnInfo {
        name: "acldvppDestroyStreamDesc",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "acldvpp-support",
    },
    FnInfo {
        name: "acldvppSetStreamDescData",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "acldvpp-support",
    },
    FnInfo {
        name: "acldvppSetStreamDescSize",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "acldvpp-support",
    },
    FnInfo {
        name: "acldvppSetStreamDescFormat",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "acldvpp-support",
    },
    FnInfo {
        name: "acldvppSetStreamDescTimestamp",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "acldvpp-support",
    },
    FnInfo {
        name: "acldvppSetStreamDescRetCode",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "acldvpp-support",
    },
    FnInfo {
        name: "acldvppSetStreamDescEos",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "acldvpp-support",
    },
    FnInfo {
        name: "acldvppGetStreamDescData",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "acldvpp-support",
    },
    FnInfo {
        name: "acldvppGetStreamDescSize",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "acldvpp-support",
    },
    FnInfo {
        name: "acldvppGetStreamDescFormat",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "acldvpp-support",
    },
    FnInfo {
        name: "acldvppGetStreamDescTimestamp",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "acldvpp-support",
    },
    FnInfo {
        name: "acldvppGetStreamDescRetCode",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "acldvpp-support",
    },
    FnInfo {
        name: "acldvppGetStreamDescEos",
        library: "libacl_dvpp.so",
        header: "acl/ops/acl_dvpp.h",
        group: "acldvpp-support",
    },
    FnInfo { name: "acldvppMalloc", library: "libacl_dvpp.so", header: "acl/ops/acl_dvpp.h", group: "acldvpp-support" },
    FnInfo { name: "acldvppFree", library: "libacl_dvpp.so", header: "acl/ops/acl_dvpp.h", group: "acldvpp-support" },
    FnInfo { name: "aclInit", library: "libascendcl.so", header: "acl/acl.h", group: "acl-runtime" },
    FnInfo { name: "aclFinalize", library: "libascendcl.so", header: "acl/acl.h", group: "acl-runtime" },
    FnInfo { name: "aclrtSetDevice", library: "libascendcl.so", header: "acl/acl_rt.h", group: "acl-runtime" },
    FnInfo { name: "aclrtCreateContext", library: "libascendcl.so", header: "acl/acl_rt.h", group: "acl-runtime" },
    FnInfo { name: "aclrtGetRunMode", library: "libascendcl.so", header: "acl/acl_rt.h", group: "acl-runtime" },
    FnInfo { name: "aclrtCreateStream", library: "libascendcl.so", header: "acl/acl_rt.h", group: "acl-runtime" },
    FnInfo { name: "aclrtSubscribeReport", library: "libascendcl.so", header: "acl/acl_rt.h", group: "acl-runtime" },
    FnInfo { name: "aclrtProcessReport", library: "libascendcl.so", header: "acl/acl_rt.h", group: "acl-runtime" },
    FnInfo { name: "aclrtLaunchCallback", library: "libascendcl.so", header: "acl/acl_rt.h", group: "acl-runtime" },
    FnInfo { name: "aclrtResetDevice", library: "libascendcl.so", header: "acl/acl_rt.h", group: "acl-runtime-extra" },
    FnInfo {
        name: "aclrtDestroyContext",
        library: "libascendcl.so",
        header: "acl/acl_rt.h",
        group: "acl-runtime-extra",
    },
    FnInfo {
        name: "aclrtSetCurrentContext",
        library: "libascendcl.so",
        header: "acl/acl_rt.h",
        group: "acl-runtime-extra",
    },
    FnInfo {
        name: "aclrtGetCurrentContext",
        library: "libascendcl.so",
        header: "acl/acl_rt.h",
        group: "acl-runtime-extra",
    },
    FnInfo {
        name: "aclrtGetDeviceCount",
        library: "libascendcl.so",
        header: "acl/acl_rt.h",
        group: "acl-runtime-extra",
    },
    FnInfo {
        name: "aclrtDestroyStream",
        library: "libascendcl.so",
        header: "acl/acl_rt.h",
        group: "acl-runtime-extra",
    },
    FnInfo {
        name: "aclrtSynchronizeStream",
        library: "libascendcl.so",
        header: "acl/acl_rt.h",
        group: "acl-runtime-extra",
    },
    FnInfo {
        name: "aclrtUnSubscribeReport",
        library: "libascendcl.so",
        header: "acl/acl_rt.h",
        group: "acl-runtime-extra",
    },
    FnInfo { name: "aclrtMalloc", library: "libascendcl.so", header: "acl/acl_rt.h", group: "acl-runtime-extra" },
    FnInfo { name: "aclrtFree", library: "libascendcl.so", header: "acl/acl_rt.h", group: "acl-runtime-extra" },
    FnInfo { name: "aclrtMallocHost", library: "libascendcl.so", header: "acl/acl_rt.h", group: "acl-runtime-extra" },
    FnInfo { name: "aclrtFreeHost", library: "libascendcl.so", header: "acl/acl_rt.h", group: "acl-runtime-extra" },
    FnInfo { name: "aclrtMemcpy", library: "libascendcl.so", header: "acl/acl_rt.h", group: "acl-runtime-extra" },
    FnInfo {
        name: "hi_mpi_venc_create_chn",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_dvpp_venc.h",
        group: "hi_mpi_venc",
    },
    FnInfo {
        name: "hi_mpi_venc_destroy_chn",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_dvpp_venc.h",
        group: "hi_mpi_venc",
    },
    FnInfo {
        name: "hi_mpi_venc_start_chn",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_dvpp_venc.h",
        group: "hi_mpi_venc",
    },
    FnInfo {
        name: "hi_mpi_venc_stop_chn",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_dvpp_venc.h",
        group: "hi_mpi_venc",
    },
    FnInfo {
        name: "hi_mpi_venc_query_status",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_dvpp_venc.h",
        group: "hi_mpi_venc",
    },
    FnInfo {
        name: "hi_mpi_venc_get_stream",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_dvpp_venc.h",
        group: "hi_mpi_venc",
    },
    FnInfo {
        name: "hi_mpi_venc_release_stream",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_dvpp_venc.h",
        group: "hi_mpi_venc",
    },
    FnInfo {
        name: "hi_mpi_venc_send_frame",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_dvpp_venc.h",
        group: "hi_mpi_venc",
    },
    FnInfo {
        name: "hi_mpi_venc_send_frame_ex",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_dvpp_venc.h",
        group: "hi_mpi_venc",
    },
    FnInfo {
        name: "hi_mpi_venc_get_qpmap_stride",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_dvpp_venc.h",
        group: "hi_mpi_venc",
    },
    FnInfo {
        name: "hi_mpi_venc_get_qpmap_size",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_dvpp_venc.h",
        group: "hi_mpi_venc",
    },
    FnInfo {
        name: "hi_mpi_venc_send_jpege_frame",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_dvpp_venc.h",
        group: "hi_mpi_venc",
    },
    FnInfo {
        name: "hi_mpi_venc_get_jpege_predicted_size",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_dvpp_venc.h",
        group: "hi_mpi_venc",
    },
    FnInfo {
        name: "hi_mpi_venc_get_fd",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_dvpp_venc.h",
        group: "hi_mpi_venc",
    },
    FnInfo {
        name: "hi_mpi_venc_close_fd",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_dvpp_venc.h",
        group: "hi_mpi_venc",
    },
    FnInfo {
        name: "hi_mpi_venc_set_chn_param",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_dvpp_venc.h",
        group: "hi_mpi_venc",
    },
    FnInfo {
        name: "hi_mpi_venc_get_chn_param",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_dvpp_venc.h",
        group: "hi_mpi_venc",
    },
    FnInfo {
        name: "hi_mpi_venc_set_mod_param",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_dvpp_venc.h",
        group: "hi_mpi_venc",
    },
    FnInfo {
        name: "hi_mpi_venc_get_mod_param",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_dvpp_venc.h",
        group: "hi_mpi_venc",
    },
    FnInfo {
        name: "hi_mpi_venc_set_jpeg_param",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_dvpp_venc.h",
        group: "hi_mpi_venc",
    },
    FnInfo {
        name: "hi_mpi_venc_get_jpeg_param",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_dvpp_venc.h",
        group: "hi_mpi_venc",
    },
    FnInfo {
        name: "hi_mpi_venc_set_jpeg_huffman_param",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_dvpp_venc.h",
        group: "hi_mpi_venc",
    },
    FnInfo {
        name: "hi_mpi_venc_get_jpeg_huffman_param",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_dvpp_venc.h",
        group: "hi_mpi_venc",
    },
    FnInfo {
        name: "hi_mpi_venc_compact_jpeg_tables",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_dvpp_venc.h",
        group: "hi_mpi_venc",
    },
    FnInfo {
        name: "hi_mpi_venc_request_idr",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_dvpp_venc.h",
        group: "hi_mpi_venc",
    },
    FnInfo {
        name: "hi_mpi_venc_set_scene_mode",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_dvpp_venc.h",
        group: "hi_mpi_venc",
    },
    FnInfo {
        name: "hi_mpi_venc_set_rc_param",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_dvpp_venc.h",
        group: "hi_mpi_venc",
    },
    FnInfo {
        name: "hi_mpi_venc_get_rc_param",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_dvpp_venc.h",
        group: "hi_mpi_venc",
    },
    FnInfo {
        name: "hi_mpi_venc_set_roi_attr",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_dvpp_venc.h",
        group: "hi_mpi_venc",
    },
    FnInfo {
        name: "hi_mpi_venc_get_roi_attr",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_dvpp_venc.h",
        group: "hi_mpi_venc",
    },
    FnInfo {
        name: "hi_mpi_venc_set_ref_param",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_dvpp_venc.h",
        group: "hi_mpi_venc",
    },
    FnInfo {
        name: "hi_mpi_venc_get_ref_param",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_dvpp_venc.h",
        group: "hi_mpi_venc",
    },
    FnInfo {
        name: "hi_mpi_venc_get_scene_mode",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_dvpp_venc.h",
        group: "hi_mpi_venc",
    },
    FnInfo {
        name: "hi_mpi_venc_set_h264_vui",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_dvpp_venc.h",
        group: "hi_mpi_venc",
    },
    FnInfo {
        name: "hi_mpi_venc_get_h264_vui",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_dvpp_venc.h",
        group: "hi_mpi_venc",
    },
    FnInfo {
        name: "hi_mpi_venc_set_h265_vui",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_dvpp_venc.h",
        group: "hi_mpi_venc",
    },
    FnInfo {
        name: "hi_mpi_venc_get_h265_vui",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_dvpp_venc.h",
        group: "hi_mpi_venc",
    },
    FnInfo {
        name: "hi_mpi_venc_set_cu_pred",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_dvpp_venc.h",
        group: "hi_mpi_venc",
    },
    FnInfo {
        name: "hi_mpi_venc_get_cu_pred",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_dvpp_venc.h",
        group: "hi_mpi_venc",
    },
    FnInfo {
        name: "hi_mpi_venc_set_intra_refresh",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_dvpp_venc.h",
        group: "hi_mpi_venc",
    },
    FnInfo {
        name: "hi_mpi_venc_get_intra_refresh",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_dvpp_venc.h",
        group: "hi_mpi_venc",
    },
    FnInfo {
        name: "hi_mpi_venc_set_chn_attr",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_dvpp_venc.h",
        group: "hi_mpi_venc",
    },
    FnInfo {
        name: "hi_mpi_venc_get_chn_attr",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_dvpp_venc.h",
        group: "hi_mpi_venc",
    },
    FnInfo {
        name: "hi_mpi_venc_set_slice_split",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_dvpp_venc.h",
        group: "hi_mpi_venc",
    },
    FnInfo {
        name: "hi_mpi_venc_get_slice_split",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_dvpp_venc.h",
        group: "hi_mpi_venc",
    },
    FnInfo {
        name: "hi_mpi_venc_set_streamcopy_param",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_dvpp_venc.h",
        group: "hi_mpi_venc",
    },
    FnInfo {
        name: "hi_mpi_venc_get_streamcopy_param",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_dvpp_venc.h",
        group: "hi_mpi_venc",
    },
    FnInfo {
        name: "hi_mpi_sys_init",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_mpi_sys.h",
        group: "hi_mpi_sys",
    },
    FnInfo {
        name: "hi_mpi_sys_exit",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_mpi_sys.h",
        group: "hi_mpi_sys",
    },
    FnInfo {
        name: "hi_mpi_sys_create_epoll",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_mpi_sys.h",
        group: "hi_mpi_sys",
    },
    FnInfo {
        name: "hi_mpi_sys_ctl_epoll",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_mpi_sys.h",
        group: "hi_mpi_sys",
    },
    FnInfo {
        name: "hi_mpi_sys_wait_epoll",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_mpi_sys.h",
        group: "hi_mpi_sys",
    },
    FnInfo {
        name: "hi_mpi_sys_close_epoll",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_mpi_sys.h",
        group: "hi_mpi_sys",
    },
    FnInfo {
        name: "hi_mpi_sys_set_chn_csc_matrix",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_mpi_sys.h",
        group: "hi_mpi_sys",
    },
    FnInfo {
        name: "hi_mpi_sys_get_chn_csc_matrix",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_mpi_sys.h",
        group: "hi_mpi_sys",
    },
    FnInfo {
        name: "hi_mpi_sys_bind",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_mpi_sys.h",
        group: "hi_mpi_sys",
    },
    FnInfo {
        name: "hi_mpi_sys_unbind",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_mpi_sys.h",
        group: "hi_mpi_sys",
    },
    FnInfo {
        name: "hi_mpi_sys_get_image_align_info",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_mpi_sys.h",
        group: "hi_mpi_sys",
    },
    FnInfo {
        name: "hi_mpi_sys_full_init",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_mpi_sys.h",
        group: "hi_mpi_sys",
    },
    FnInfo {
        name: "hi_mpi_dvpp_malloc",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_media_common.h",
        group: "hi_mpi_dvpp",
    },
    FnInfo {
        name: "hi_mpi_dvpp_free",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_media_common.h",
        group: "hi_mpi_dvpp",
    },
    FnInfo {
        name: "hi_mpi_dvpp_get_version",
        library: "libacl_dvpp_mpi.so",
        header: "acl/dvpp/hi_media_common.h",
        group: "hi_mpi_dvpp",
    },
];
/// The vendor functions `abi/abi-overlay.json` adds to the ABI table; the `*_fns!` tables carry them too.
pub const OVERLAY_FUNCTIONS: &[FnInfo] = &[FnInfo {
    name: "aclrtGetSocName",
    library: "libascendcl.so",
    header: "acl/acl_rt.h",
    group: "acl-runtime-extra",
}];
