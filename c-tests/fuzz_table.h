/* The fuzz harness's table of every function the shim exports (c-tests/fuzz.c): one X<n>(name, return class,
 * return type, then <class>, <type> per parameter) line per function, in abi/abi-spec.json order (then
 * abi/abi-overlay.json). Written once from the JSON; kept honest three ways: every call is compiled against the
 * vendor prototype in include/vendor (each argument is cast to the alias of its exact parameter type, so a wrong
 * pointer type is a -Werror error), the ctest run checks the names against the JSON (fuzz_abi_names.h, made by
 * c-tests/CMakeLists.txt), and each argument's class decides how the harness fills it and which 64-bit word the
 * null driver must record for it.
 *
 * Parameter classes: DESC/FCFG V1 channel desc / frame config handle, PICD/STRD pic/stream desc, CTX/STRM acl
 * context/stream, CHN V2 channel, VCB/RTCB callbacks, CSTR a string, VOIDP an address the callee does not read,
 * BUF a pointer to memory the callee may read or write (a struct, an out-param, a buffer), VSTREAM a
 * hi_venc_stream, U8/U32/U64/SIZE/I32/ENUM integers. Return classes: I32 (sign-extended), U8/U32/U64, PTR. */
#ifndef ACLVENC_FUZZ_TABLE_H
#define ACLVENC_FUZZ_TABLE_H

typedef acldvppPicDesc *p_acldvppPicDesc;
typedef acldvppStreamDesc *p_acldvppStreamDesc;
typedef aclrtContext *p_aclrtContext;
typedef aclrtRunMode *p_aclrtRunMode;
typedef aclrtStream *p_aclrtStream;
typedef aclvencChannelDesc *p_aclvencChannelDesc;
typedef aclvencFrameConfig *p_aclvencFrameConfig;
typedef hi_csc_coefficient *p_hi_csc_coefficient;
typedef hi_csc_matrix *p_hi_csc_matrix;
typedef hi_dvpp_epoll_event *p_hi_dvpp_epoll_event;
typedef hi_img_align_info *p_hi_img_align_info;
typedef hi_s32 *p_hi_s32;
typedef hi_u32 *p_hi_u32;
typedef hi_venc_chn_attr *p_hi_venc_chn_attr;
typedef hi_venc_chn_param *p_hi_venc_chn_param;
typedef hi_venc_chn_status *p_hi_venc_chn_status;
typedef hi_venc_cu_prediction *p_hi_venc_cu_prediction;
typedef hi_venc_h264_vui *p_hi_venc_h264_vui;
typedef hi_venc_h265_vui *p_hi_venc_h265_vui;
typedef hi_venc_intra_refresh *p_hi_venc_intra_refresh;
typedef hi_venc_jpeg_huffman_param *p_hi_venc_jpeg_huffman_param;
typedef hi_venc_jpeg_param *p_hi_venc_jpeg_param;
typedef hi_venc_mod_param *p_hi_venc_mod_param;
typedef hi_venc_rc_param *p_hi_venc_rc_param;
typedef hi_venc_ref_param *p_hi_venc_ref_param;
typedef hi_venc_roi_attr *p_hi_venc_roi_attr;
typedef hi_venc_scene_mode *p_hi_venc_scene_mode;
typedef hi_venc_slice_split *p_hi_venc_slice_split;
typedef hi_venc_stream *p_hi_venc_stream;
typedef hi_venc_streamcopy_param *p_hi_venc_streamcopy_param;
typedef void **p_p_void;
typedef size_t *p_size_t;
typedef uint32_t *p_uint32_t;
typedef void *p_void;
typedef const acldvppPicDesc *pc_acldvppPicDesc;
typedef const acldvppStreamDesc *pc_acldvppStreamDesc;
typedef const aclvencChannelDesc *pc_aclvencChannelDesc;
typedef const aclvencFrameConfig *pc_aclvencFrameConfig;
typedef const char *pc_char;
typedef const hi_img_base_info *pc_hi_img_base_info;
typedef const hi_img_stream *pc_hi_img_stream;
typedef const hi_module_type *pc_hi_module_type;
typedef const hi_mpp_chn *pc_hi_mpp_chn;
typedef const hi_user_frame_info *pc_hi_user_frame_info;
typedef const hi_venc_chn_attr *pc_hi_venc_chn_attr;
typedef const hi_venc_chn_param *pc_hi_venc_chn_param;
typedef const hi_venc_cu_prediction *pc_hi_venc_cu_prediction;
typedef const hi_venc_h264_vui *pc_hi_venc_h264_vui;
typedef const hi_venc_h265_vui *pc_hi_venc_h265_vui;
typedef const hi_venc_intra_refresh *pc_hi_venc_intra_refresh;
typedef const hi_venc_jpeg_huffman_param *pc_hi_venc_jpeg_huffman_param;
typedef const hi_venc_jpeg_param *pc_hi_venc_jpeg_param;
typedef const hi_venc_mod_param *pc_hi_venc_mod_param;
typedef const hi_venc_rc_param *pc_hi_venc_rc_param;
typedef const hi_venc_ref_param *pc_hi_venc_ref_param;
typedef const hi_venc_roi_attr *pc_hi_venc_roi_attr;
typedef const hi_venc_slice_split *pc_hi_venc_slice_split;
typedef const hi_venc_start_param *pc_hi_venc_start_param;
typedef const hi_venc_streamcopy_param *pc_hi_venc_streamcopy_param;
typedef const hi_video_frame_info *pc_hi_video_frame_info;
typedef const void *pc_void;

#define FUZZ_FUNCTIONS(X0, X1, X2, X3, X4, X5) \
    X0(aclvencCreateChannelDesc, PTR, p_aclvencChannelDesc) \
    X1(aclvencDestroyChannelDesc, I32, aclError, DESC, p_aclvencChannelDesc) \
    X2(aclvencSetChannelDescThreadId, I32, aclError, DESC, p_aclvencChannelDesc, U64, uint64_t) \
    X2(aclvencSetChannelDescCallback, I32, aclError, DESC, p_aclvencChannelDesc, VCB, aclvencCallback) \
    X2(aclvencSetChannelDescEnType, I32, aclError, DESC, p_aclvencChannelDesc, ENUM, acldvppStreamFormat) \
    X2(aclvencSetChannelDescPicFormat, I32, aclError, DESC, p_aclvencChannelDesc, ENUM, acldvppPixelFormat) \
    X2(aclvencSetChannelDescPicWidth, I32, aclError, DESC, p_aclvencChannelDesc, U32, uint32_t) \
    X2(aclvencSetChannelDescPicHeight, I32, aclError, DESC, p_aclvencChannelDesc, U32, uint32_t) \
    X2(aclvencSetChannelDescKeyFrameInterval, I32, aclError, DESC, p_aclvencChannelDesc, U32, uint32_t) \
    X2(aclvencSetChannelDescBufAddr, I32, aclError, DESC, p_aclvencChannelDesc, VOIDP, p_void) \
    X2(aclvencSetChannelDescBufSize, I32, aclError, DESC, p_aclvencChannelDesc, U32, uint32_t) \
    X2(aclvencSetChannelDescRcMode, I32, aclError, DESC, p_aclvencChannelDesc, U32, uint32_t) \
    X2(aclvencSetChannelDescSrcRate, I32, aclError, DESC, p_aclvencChannelDesc, U32, uint32_t) \
    X2(aclvencSetChannelDescMaxBitRate, I32, aclError, DESC, p_aclvencChannelDesc, U32, uint32_t) \
    X4(aclvencSetChannelDescParam, I32, aclError, DESC, p_aclvencChannelDesc, ENUM, aclvencChannelDescParamType, \
        SIZE, size_t, BUF, pc_void) \
    X1(aclvencGetChannelDescBufAddr, PTR, p_void, DESC, pc_aclvencChannelDesc) \
    X1(aclvencGetChannelDescBufSize, U32, uint32_t, DESC, pc_aclvencChannelDesc) \
    X1(aclvencGetChannelDescChannelId, U32, uint32_t, DESC, pc_aclvencChannelDesc) \
    X1(aclvencGetChannelDescThreadId, U64, uint64_t, DESC, pc_aclvencChannelDesc) \
    X1(aclvencGetChannelDescCallback, PTR, aclvencCallback, DESC, pc_aclvencChannelDesc) \
    X1(aclvencGetChannelDescEnType, I32, acldvppStreamFormat, DESC, pc_aclvencChannelDesc) \
    X1(aclvencGetChannelDescPicFormat, I32, acldvppPixelFormat, DESC, pc_aclvencChannelDesc) \
    X1(aclvencGetChannelDescPicWidth, U32, uint32_t, DESC, pc_aclvencChannelDesc) \
    X1(aclvencGetChannelDescPicHeight, U32, uint32_t, DESC, pc_aclvencChannelDesc) \
    X1(aclvencGetChannelDescKeyFrameInterval, U32, uint32_t, DESC, pc_aclvencChannelDesc) \
    X1(aclvencGetChannelDescRcMode, U32, uint32_t, DESC, pc_aclvencChannelDesc) \
    X1(aclvencGetChannelDescSrcRate, U32, uint32_t, DESC, pc_aclvencChannelDesc) \
    X1(aclvencGetChannelDescMaxBitRate, U32, uint32_t, DESC, pc_aclvencChannelDesc) \
    X5(aclvencGetChannelDescParam, I32, aclError, DESC, pc_aclvencChannelDesc, ENUM, aclvencChannelDescParamType, \
        SIZE, size_t, BUF, p_size_t, BUF, p_void) \
    X1(aclvencGetFrameConfigForceIFrame, U8, uint8_t, FCFG, pc_aclvencFrameConfig) \
    X1(aclvencGetFrameConfigEos, U8, uint8_t, FCFG, pc_aclvencFrameConfig) \
    X2(aclvencSetFrameConfigForceIFrame, I32, aclError, FCFG, p_aclvencFrameConfig, U8, uint8_t) \
    X2(aclvencSetFrameConfigEos, I32, aclError, FCFG, p_aclvencFrameConfig, U8, uint8_t) \
    X1(aclvencDestroyFrameConfig, I32, aclError, FCFG, p_aclvencFrameConfig) \
    X0(aclvencCreateFrameConfig, PTR, p_aclvencFrameConfig) \
    X1(aclvencCreateChannel, I32, aclError, DESC, p_aclvencChannelDesc) \
    X1(aclvencDestroyChannel, I32, aclError, DESC, p_aclvencChannelDesc) \
    X5(aclvencSendFrame, I32, aclError, DESC, p_aclvencChannelDesc, PICD, p_acldvppPicDesc, VOIDP, p_void, FCFG, \
        p_aclvencFrameConfig, VOIDP, p_void) \
    X0(acldvppCreatePicDesc, PTR, p_acldvppPicDesc) \
    X1(acldvppDestroyPicDesc, I32, aclError, PICD, p_acldvppPicDesc) \
    X2(acldvppSetPicDescData, I32, aclError, PICD, p_acldvppPicDesc, VOIDP, p_void) \
    X2(acldvppSetPicDescSize, I32, aclError, PICD, p_acldvppPicDesc, U32, uint32_t) \
    X2(acldvppSetPicDescFormat, I32, aclError, PICD, p_acldvppPicDesc, ENUM, acldvppPixelFormat) \
    X2(acldvppSetPicDescWidth, I32, aclError, PICD, p_acldvppPicDesc, U32, uint32_t) \
    X2(acldvppSetPicDescHeight, I32, aclError, PICD, p_acldvppPicDesc, U32, uint32_t) \
    X2(acldvppSetPicDescWidthStride, I32, aclError, PICD, p_acldvppPicDesc, U32, uint32_t) \
    X2(acldvppSetPicDescHeightStride, I32, aclError, PICD, p_acldvppPicDesc, U32, uint32_t) \
    X2(acldvppSetPicDescRetCode, I32, aclError, PICD, p_acldvppPicDesc, U32, uint32_t) \
    X1(acldvppGetPicDescData, PTR, p_void, PICD, pc_acldvppPicDesc) \
    X1(acldvppGetPicDescSize, U32, uint32_t, PICD, pc_acldvppPicDesc) \
    X1(acldvppGetPicDescFormat, I32, acldvppPixelFormat, PICD, pc_acldvppPicDesc) \
    X1(acldvppGetPicDescWidth, U32, uint32_t, PICD, pc_acldvppPicDesc) \
    X1(acldvppGetPicDescHeight, U32, uint32_t, PICD, pc_acldvppPicDesc) \
    X1(acldvppGetPicDescWidthStride, U32, uint32_t, PICD, pc_acldvppPicDesc) \
    X1(acldvppGetPicDescHeightStride, U32, uint32_t, PICD, pc_acldvppPicDesc) \
    X1(acldvppGetPicDescRetCode, U32, uint32_t, PICD, pc_acldvppPicDesc) \
    X0(acldvppCreateStreamDesc, PTR, p_acldvppStreamDesc) \
    X1(acldvppDestroyStreamDesc, I32, aclError, STRD, p_acldvppStreamDesc) \
    X2(acldvppSetStreamDescData, I32, aclError, STRD, p_acldvppStreamDesc, VOIDP, p_void) \
    X2(acldvppSetStreamDescSize, I32, aclError, STRD, p_acldvppStreamDesc, U32, uint32_t) \
    X2(acldvppSetStreamDescFormat, I32, aclError, STRD, p_acldvppStreamDesc, ENUM, acldvppStreamFormat) \
    X2(acldvppSetStreamDescTimestamp, I32, aclError, STRD, p_acldvppStreamDesc, U64, uint64_t) \
    X2(acldvppSetStreamDescRetCode, I32, aclError, STRD, p_acldvppStreamDesc, U32, uint32_t) \
    X2(acldvppSetStreamDescEos, I32, aclError, STRD, p_acldvppStreamDesc, U8, uint8_t) \
    X1(acldvppGetStreamDescData, PTR, p_void, STRD, pc_acldvppStreamDesc) \
    X1(acldvppGetStreamDescSize, U32, uint32_t, STRD, pc_acldvppStreamDesc) \
    X1(acldvppGetStreamDescFormat, I32, acldvppStreamFormat, STRD, pc_acldvppStreamDesc) \
    X1(acldvppGetStreamDescTimestamp, U64, uint64_t, STRD, pc_acldvppStreamDesc) \
    X1(acldvppGetStreamDescRetCode, U32, uint32_t, STRD, pc_acldvppStreamDesc) \
    X1(acldvppGetStreamDescEos, U8, uint8_t, STRD, pc_acldvppStreamDesc) \
    X2(acldvppMalloc, I32, aclError, BUF, p_p_void, SIZE, size_t) \
    X1(acldvppFree, I32, aclError, VOIDP, p_void) \
    X1(aclInit, I32, aclError, CSTR, pc_char) \
    X0(aclFinalize, I32, aclError) \
    X1(aclrtSetDevice, I32, aclError, I32, int32_t) \
    X2(aclrtCreateContext, I32, aclError, BUF, p_aclrtContext, I32, int32_t) \
    X1(aclrtGetRunMode, I32, aclError, BUF, p_aclrtRunMode) \
    X1(aclrtCreateStream, I32, aclError, BUF, p_aclrtStream) \
    X2(aclrtSubscribeReport, I32, aclError, U64, uint64_t, STRM, aclrtStream) \
    X1(aclrtProcessReport, I32, aclError, I32, int32_t) \
    X4(aclrtLaunchCallback, I32, aclError, RTCB, aclrtCallback, VOIDP, p_void, ENUM, aclrtCallbackBlockType, STRM, \
        aclrtStream) \
    X1(aclrtResetDevice, I32, aclError, I32, int32_t) \
    X1(aclrtDestroyContext, I32, aclError, CTX, aclrtContext) \
    X1(aclrtSetCurrentContext, I32, aclError, CTX, aclrtContext) \
    X1(aclrtGetCurrentContext, I32, aclError, BUF, p_aclrtContext) \
    X1(aclrtGetDeviceCount, I32, aclError, BUF, p_uint32_t) \
    X1(aclrtDestroyStream, I32, aclError, STRM, aclrtStream) \
    X1(aclrtSynchronizeStream, I32, aclError, STRM, aclrtStream) \
    X2(aclrtUnSubscribeReport, I32, aclError, U64, uint64_t, STRM, aclrtStream) \
    X3(aclrtMalloc, I32, aclError, BUF, p_p_void, SIZE, size_t, ENUM, aclrtMemMallocPolicy) \
    X1(aclrtFree, I32, aclError, VOIDP, p_void) \
    X2(aclrtMallocHost, I32, aclError, BUF, p_p_void, SIZE, size_t) \
    X1(aclrtFreeHost, I32, aclError, VOIDP, p_void) \
    X5(aclrtMemcpy, I32, aclError, BUF, p_void, SIZE, size_t, BUF, pc_void, SIZE, size_t, ENUM, aclrtMemcpyKind) \
    X2(hi_mpi_venc_create_chn, I32, hi_s32, CHN, hi_venc_chn, BUF, pc_hi_venc_chn_attr) \
    X1(hi_mpi_venc_destroy_chn, I32, hi_s32, CHN, hi_venc_chn) \
    X2(hi_mpi_venc_start_chn, I32, hi_s32, CHN, hi_venc_chn, BUF, pc_hi_venc_start_param) \
    X1(hi_mpi_venc_stop_chn, I32, hi_s32, CHN, hi_venc_chn) \
    X2(hi_mpi_venc_query_status, I32, hi_s32, CHN, hi_venc_chn, BUF, p_hi_venc_chn_status) \
    X3(hi_mpi_venc_get_stream, I32, hi_s32, CHN, hi_venc_chn, VSTREAM, p_hi_venc_stream, I32, hi_s32) \
    X2(hi_mpi_venc_release_stream, I32, hi_s32, CHN, hi_venc_chn, VSTREAM, p_hi_venc_stream) \
    X3(hi_mpi_venc_send_frame, I32, hi_s32, CHN, hi_venc_chn, BUF, pc_hi_video_frame_info, I32, hi_s32) \
    X3(hi_mpi_venc_send_frame_ex, I32, hi_s32, CHN, hi_venc_chn, BUF, pc_hi_user_frame_info, I32, hi_s32) \
    X1(hi_mpi_venc_get_qpmap_stride, I32, hi_s32, U32, hi_u32) \
    X3(hi_mpi_venc_get_qpmap_size, I32, hi_s32, ENUM, hi_payload_type, U32, hi_u32, U32, hi_u32) \
    X4(hi_mpi_venc_send_jpege_frame, I32, hi_s32, CHN, hi_venc_chn, BUF, pc_hi_video_frame_info, BUF, \
        pc_hi_img_stream, I32, hi_s32) \
    X3(hi_mpi_venc_get_jpege_predicted_size, I32, hi_s32, BUF, pc_hi_video_frame_info, BUF, pc_hi_venc_jpeg_param, \
        BUF, p_hi_u32) \
    X1(hi_mpi_venc_get_fd, I32, hi_s32, CHN, hi_venc_chn) \
    X1(hi_mpi_venc_close_fd, I32, hi_s32, CHN, hi_venc_chn) \
    X2(hi_mpi_venc_set_chn_param, I32, hi_s32, CHN, hi_venc_chn, BUF, pc_hi_venc_chn_param) \
    X2(hi_mpi_venc_get_chn_param, I32, hi_s32, CHN, hi_venc_chn, BUF, p_hi_venc_chn_param) \
    X1(hi_mpi_venc_set_mod_param, I32, hi_s32, BUF, pc_hi_venc_mod_param) \
    X1(hi_mpi_venc_get_mod_param, I32, hi_s32, BUF, p_hi_venc_mod_param) \
    X2(hi_mpi_venc_set_jpeg_param, I32, hi_s32, CHN, hi_venc_chn, BUF, pc_hi_venc_jpeg_param) \
    X2(hi_mpi_venc_get_jpeg_param, I32, hi_s32, CHN, hi_venc_chn, BUF, p_hi_venc_jpeg_param) \
    X2(hi_mpi_venc_set_jpeg_huffman_param, I32, hi_s32, CHN, hi_venc_chn, BUF, pc_hi_venc_jpeg_huffman_param) \
    X2(hi_mpi_venc_get_jpeg_huffman_param, I32, hi_s32, CHN, hi_venc_chn, BUF, p_hi_venc_jpeg_huffman_param) \
    X3(hi_mpi_venc_compact_jpeg_tables, I32, hi_s32, CHN, hi_venc_chn, U32, hi_u32, ENUM, hi_bool) \
    X2(hi_mpi_venc_request_idr, I32, hi_s32, CHN, hi_venc_chn, ENUM, hi_bool) \
    X2(hi_mpi_venc_set_scene_mode, I32, hi_s32, CHN, hi_venc_chn, ENUM, hi_venc_scene_mode) \
    X2(hi_mpi_venc_set_rc_param, I32, hi_s32, CHN, hi_venc_chn, BUF, pc_hi_venc_rc_param) \
    X2(hi_mpi_venc_get_rc_param, I32, hi_s32, CHN, hi_venc_chn, BUF, p_hi_venc_rc_param) \
    X2(hi_mpi_venc_set_roi_attr, I32, hi_s32, CHN, hi_venc_chn, BUF, pc_hi_venc_roi_attr) \
    X3(hi_mpi_venc_get_roi_attr, I32, hi_s32, CHN, hi_venc_chn, U32, hi_u32, BUF, p_hi_venc_roi_attr) \
    X2(hi_mpi_venc_set_ref_param, I32, hi_s32, CHN, hi_venc_chn, BUF, pc_hi_venc_ref_param) \
    X2(hi_mpi_venc_get_ref_param, I32, hi_s32, CHN, hi_venc_chn, BUF, p_hi_venc_ref_param) \
    X2(hi_mpi_venc_get_scene_mode, I32, hi_s32, CHN, hi_venc_chn, BUF, p_hi_venc_scene_mode) \
    X2(hi_mpi_venc_set_h264_vui, I32, hi_s32, CHN, hi_venc_chn, BUF, pc_hi_venc_h264_vui) \
    X2(hi_mpi_venc_get_h264_vui, I32, hi_s32, CHN, hi_venc_chn, BUF, p_hi_venc_h264_vui) \
    X2(hi_mpi_venc_set_h265_vui, I32, hi_s32, CHN, hi_venc_chn, BUF, pc_hi_venc_h265_vui) \
    X2(hi_mpi_venc_get_h265_vui, I32, hi_s32, CHN, hi_venc_chn, BUF, p_hi_venc_h265_vui) \
    X2(hi_mpi_venc_set_cu_pred, I32, hi_s32, CHN, hi_venc_chn, BUF, pc_hi_venc_cu_prediction) \
    X2(hi_mpi_venc_get_cu_pred, I32, hi_s32, CHN, hi_venc_chn, BUF, p_hi_venc_cu_prediction) \
    X2(hi_mpi_venc_set_intra_refresh, I32, hi_s32, CHN, hi_venc_chn, BUF, pc_hi_venc_intra_refresh) \
    X2(hi_mpi_venc_get_intra_refresh, I32, hi_s32, CHN, hi_venc_chn, BUF, p_hi_venc_intra_refresh) \
    X2(hi_mpi_venc_set_chn_attr, I32, hi_s32, CHN, hi_venc_chn, BUF, pc_hi_venc_chn_attr) \
    X2(hi_mpi_venc_get_chn_attr, I32, hi_s32, CHN, hi_venc_chn, BUF, p_hi_venc_chn_attr) \
    X2(hi_mpi_venc_set_slice_split, I32, hi_s32, CHN, hi_venc_chn, BUF, pc_hi_venc_slice_split) \
    X2(hi_mpi_venc_get_slice_split, I32, hi_s32, CHN, hi_venc_chn, BUF, p_hi_venc_slice_split) \
    X2(hi_mpi_venc_set_streamcopy_param, I32, hi_s32, CHN, hi_venc_chn, BUF, pc_hi_venc_streamcopy_param) \
    X2(hi_mpi_venc_get_streamcopy_param, I32, hi_s32, CHN, hi_venc_chn, BUF, p_hi_venc_streamcopy_param) \
    X0(hi_mpi_sys_init, I32, hi_s32) \
    X0(hi_mpi_sys_exit, I32, hi_s32) \
    X2(hi_mpi_sys_create_epoll, I32, hi_s32, I32, hi_s32, BUF, p_hi_s32) \
    X4(hi_mpi_sys_ctl_epoll, I32, hi_s32, I32, hi_s32, I32, hi_s32, I32, hi_s32, BUF, p_hi_dvpp_epoll_event) \
    X5(hi_mpi_sys_wait_epoll, I32, hi_s32, I32, hi_s32, BUF, p_hi_dvpp_epoll_event, I32, hi_s32, I32, hi_s32, BUF, \
        p_hi_s32) \
    X1(hi_mpi_sys_close_epoll, I32, hi_s32, I32, hi_s32) \
    X4(hi_mpi_sys_set_chn_csc_matrix, I32, hi_s32, ENUM, hi_mod_id, I32, hi_s32, ENUM, hi_csc_matrix, BUF, \
        p_hi_csc_coefficient) \
    X4(hi_mpi_sys_get_chn_csc_matrix, I32, hi_s32, ENUM, hi_mod_id, I32, hi_s32, BUF, p_hi_csc_matrix, BUF, \
        p_hi_csc_coefficient) \
    X2(hi_mpi_sys_bind, I32, hi_s32, BUF, pc_hi_mpp_chn, BUF, pc_hi_mpp_chn) \
    X2(hi_mpi_sys_unbind, I32, hi_s32, BUF, pc_hi_mpp_chn, BUF, pc_hi_mpp_chn) \
    X4(hi_mpi_sys_get_image_align_info, I32, hi_s32, BUF, pc_hi_module_type, U32, hi_u32, BUF, pc_hi_img_base_info, \
        BUF, p_hi_img_align_info) \
    X0(hi_mpi_sys_full_init, I32, hi_s32) \
    X3(hi_mpi_dvpp_malloc, I32, hi_s32, U32, hi_u32, BUF, p_p_void, U64, hi_u64) \
    X1(hi_mpi_dvpp_free, I32, hi_s32, VOIDP, p_void) \
    X3(hi_mpi_dvpp_get_version, I32, hi_s32, BUF, p_hi_s32, BUF, p_hi_s32, BUF, p_hi_s32) \
    X0(aclrtGetSocName, PTR, pc_char)

#endif /* ACLVENC_FUZZ_TABLE_H */
