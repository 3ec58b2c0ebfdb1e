/* generated from abi/abi-spec.json by `cargo run -p xtask -- gen`; do not edit */
/* Vendor-compatible acl/ops/acl_dvpp.h: media data processing V1: descriptions, DVPP memory, aclvenc. Written from the ABI facts, not copied. */
#ifndef ACLVENC_VENDOR_ACL_OPS_ACL_DVPP_H_
#define ACLVENC_VENDOR_ACL_OPS_ACL_DVPP_H_

#if !defined(ENABLE_DVPP_INTERFACE)
#error "acl/ops/acl_dvpp.h needs ENABLE_DVPP_INTERFACE defined before it is included (as the vendor header does)"
#endif

#include "../acl.h"

/* Opaque: created and destroyed by the library; only pointers cross the ABI. */
typedef struct acldvppPicDesc acldvppPicDesc;
/* Opaque: created and destroyed by the library; only pointers cross the ABI. */
typedef struct acldvppStreamDesc acldvppStreamDesc;
/* Opaque: created and destroyed by the library; only pointers cross the ABI. */
typedef struct aclvencChannelDesc aclvencChannelDesc;
/* Opaque: created and destroyed by the library; only pointers cross the ABI. */
typedef struct aclvencFrameConfig aclvencFrameConfig;
enum acldvppStreamFormat {
    H264_BASELINE_LEVEL = 1,
    H264_HIGH_LEVEL = 3,
    H264_MAIN_LEVEL = 2,
    H265_MAIN_LEVEL = 0
};
typedef enum acldvppStreamFormat acldvppStreamFormat;

enum acldvppPixelFormat {
    PIXEL_FORMAT_ABGR_1555 = 34,
    PIXEL_FORMAT_ABGR_4444 = 26,
    PIXEL_FORMAT_ABGR_8565 = 38,
    PIXEL_FORMAT_ABGR_8888 = 15,
    PIXEL_FORMAT_ARGB_1555 = 33,
    PIXEL_FORMAT_ARGB_4444 = 25,
    PIXEL_FORMAT_ARGB_8565 = 37,
    PIXEL_FORMAT_ARGB_8888 = 14,
    PIXEL_FORMAT_BGRA_1555 = 36,
    PIXEL_FORMAT_BGRA_4444 = 28,
    PIXEL_FORMAT_BGRA_8565 = 40,
    PIXEL_FORMAT_BGRA_8888 = 17,
    PIXEL_FORMAT_BGR_444 = 24,
    PIXEL_FORMAT_BGR_555 = 30,
    PIXEL_FORMAT_BGR_565 = 32,
    PIXEL_FORMAT_BGR_888 = 13,
    PIXEL_FORMAT_BGR_888_PLANAR = 70,
    PIXEL_FORMAT_BUTT = 1003,
    PIXEL_FORMAT_FLOAT32 = 1002,
    PIXEL_FORMAT_HSV_888_PACKAGE = 71,
    PIXEL_FORMAT_HSV_888_PLANAR = 72,
    PIXEL_FORMAT_LAB_888_PACKAGE = 73,
    PIXEL_FORMAT_LAB_888_PLANAR = 74,
    PIXEL_FORMAT_RGBA_1555 = 35,
    PIXEL_FORMAT_RGBA_4444 = 27,
    PIXEL_FORMAT_RGBA_8565 = 39,
    PIXEL_FORMAT_RGBA_8888 = 16,
    PIXEL_FORMAT_RGB_444 = 23,
    PIXEL_FORMAT_RGB_555 = 29,
    PIXEL_FORMAT_RGB_565 = 31,
    PIXEL_FORMAT_RGB_888 = 12,
    PIXEL_FORMAT_RGB_BAYER_10BPP = 51,
    PIXEL_FORMAT_RGB_BAYER_12BPP = 52,
    PIXEL_FORMAT_RGB_BAYER_14BPP = 53,
    PIXEL_FORMAT_RGB_BAYER_16BPP = 54,
    PIXEL_FORMAT_RGB_BAYER_8BPP = 50,
    PIXEL_FORMAT_S16C1 = 78,
    PIXEL_FORMAT_S32C1 = 81,
    PIXEL_FORMAT_S64C1 = 84,
    PIXEL_FORMAT_S8C1 = 75,
    PIXEL_FORMAT_S8C2_PACKAGE = 76,
    PIXEL_FORMAT_S8C2_PLANAR = 77,
    PIXEL_FORMAT_U16C1 = 80,
    PIXEL_FORMAT_U32C1 = 82,
    PIXEL_FORMAT_U64C1 = 83,
    PIXEL_FORMAT_U8C1 = 79,
    PIXEL_FORMAT_UNKNOWN = 10000,
    PIXEL_FORMAT_UYVY_PACKED_422 = 8,
    PIXEL_FORMAT_VYUY_PACKED_422 = 10,
    PIXEL_FORMAT_YUV_400 = 0,
    PIXEL_FORMAT_YUV_PACKED_444 = 11,
    PIXEL_FORMAT_YUV_SEMIPLANAR_420 = 1,
    PIXEL_FORMAT_YUV_SEMIPLANAR_422 = 3,
    PIXEL_FORMAT_YUV_SEMIPLANAR_440 = 1000,
    PIXEL_FORMAT_YUV_SEMIPLANAR_444 = 5,
    PIXEL_FORMAT_YUV_SEMI_PLANNER_420_10BIT = 18,
    PIXEL_FORMAT_YUYV_PACKED_422 = 7,
    PIXEL_FORMAT_YVU_PLANAR_420 = 20,
    PIXEL_FORMAT_YVU_PLANAR_422 = 21,
    PIXEL_FORMAT_YVU_PLANAR_444 = 22,
    PIXEL_FORMAT_YVU_SEMIPLANAR_420 = 2,
    PIXEL_FORMAT_YVU_SEMIPLANAR_422 = 4,
    PIXEL_FORMAT_YVU_SEMIPLANAR_440 = 1001,
    PIXEL_FORMAT_YVU_SEMIPLANAR_444 = 6,
    PIXEL_FORMAT_YVU_SEMI_PLANNER_420_10BIT = 19,
    PIXEL_FORMAT_YVYU_PACKED_422 = 9
};
typedef enum acldvppPixelFormat acldvppPixelFormat;

enum aclvencChannelDescParamType {
    ACL_VENC_BUF_ADDR_PTR = 7,
    ACL_VENC_BUF_SIZE_UINT32 = 8,
    ACL_VENC_CALLBACK_PTR = 1,
    ACL_VENC_ENCODE_TYPE_UINT32 = 3,
    ACL_VENC_KEY_FRAME_INTERVAL_UINT32 = 6,
    ACL_VENC_MAX_BITRATE_UINT32 = 11,
    ACL_VENC_MAX_IP_PROP_UINT32 = 12,
    ACL_VENC_PIC_HEIGHT_UINT32 = 5,
    ACL_VENC_PIC_WIDTH_UINT32 = 4,
    ACL_VENC_PIXEL_FORMAT_UINT32 = 2,
    ACL_VENC_RC_MODE_UINT32 = 9,
    ACL_VENC_SRC_RATE_UINT32 = 10,
    ACL_VENC_THREAD_ID_UINT64 = 0
};
typedef enum aclvencChannelDescParamType aclvencChannelDescParamType;

typedef void (*aclvencCallback)(acldvppPicDesc *input, acldvppStreamDesc *output, void *userdata);

#ifdef __cplusplus
extern "C" {
#endif

/* libacl_dvpp.so */
aclvencChannelDesc *aclvencCreateChannelDesc(void);
/* libacl_dvpp.so */
aclError aclvencDestroyChannelDesc(aclvencChannelDesc *channelDesc);
/* libacl_dvpp.so */
aclError aclvencSetChannelDescThreadId(aclvencChannelDesc *channelDesc, uint64_t threadId);
/* libacl_dvpp.so */
aclError aclvencSetChannelDescCallback(aclvencChannelDesc *channelDesc, aclvencCallback callback);
/* libacl_dvpp.so */
aclError aclvencSetChannelDescEnType(aclvencChannelDesc *channelDesc, acldvppStreamFormat enType);
/* libacl_dvpp.so */
aclError aclvencSetChannelDescPicFormat(aclvencChannelDesc *channelDesc, acldvppPixelFormat picFormat);
/* libacl_dvpp.so */
aclError aclvencSetChannelDescPicWidth(aclvencChannelDesc *channelDesc, uint32_t picWidth);
/* libacl_dvpp.so */
aclError aclvencSetChannelDescPicHeight(aclvencChannelDesc *channelDesc, uint32_t picHeight);
/* libacl_dvpp.so */
aclError aclvencSetChannelDescKeyFrameInterval(aclvencChannelDesc *channelDesc, uint32_t keyFrameInterval);
/* libacl_dvpp.so */
aclError aclvencSetChannelDescBufAddr(aclvencChannelDesc *channelDesc, void *bufAddr);
/* libacl_dvpp.so */
aclError aclvencSetChannelDescBufSize(aclvencChannelDesc *channelDesc, uint32_t bufSize);
/* libacl_dvpp.so */
aclError aclvencSetChannelDescRcMode(aclvencChannelDesc *channelDesc, uint32_t rcMode);
/* libacl_dvpp.so */
aclError aclvencSetChannelDescSrcRate(aclvencChannelDesc *channelDesc, uint32_t srcRate);
/* libacl_dvpp.so */
aclError aclvencSetChannelDescMaxBitRate(aclvencChannelDesc *channelDesc, uint32_t maxBitRate);
/* libacl_dvpp.so */
aclError aclvencSetChannelDescParam(aclvencChannelDesc *channelDesc, aclvencChannelDescParamType paramType, size_t length, const void *param);
/* libacl_dvpp.so */
void *aclvencGetChannelDescBufAddr(const aclvencChannelDesc *channelDesc);
/* libacl_dvpp.so */
uint32_t aclvencGetChannelDescBufSize(const aclvencChannelDesc *channelDesc);
/* libacl_dvpp.so */
uint32_t aclvencGetChannelDescChannelId(const aclvencChannelDesc *channelDesc);
/* libacl_dvpp.so */
uint64_t aclvencGetChannelDescThreadId(const aclvencChannelDesc *channelDesc);
/* libacl_dvpp.so */
aclvencCallback aclvencGetChannelDescCallback(const aclvencChannelDesc *channelDesc);
/* libacl_dvpp.so */
acldvppStreamFormat aclvencGetChannelDescEnType(const aclvencChannelDesc *channelDesc);
/* libacl_dvpp.so */
acldvppPixelFormat aclvencGetChannelDescPicFormat(const aclvencChannelDesc *channelDesc);
/* libacl_dvpp.so */
uint32_t aclvencGetChannelDescPicWidth(const aclvencChannelDesc *channelDesc);
/* libacl_dvpp.so */
uint32_t aclvencGetChannelDescPicHeight(const aclvencChannelDesc *channelDesc);
/* libacl_dvpp.so */
uint32_t aclvencGetChannelDescKeyFrameInterval(const aclvencChannelDesc *channelDesc);
/* libacl_dvpp.so */
uint32_t aclvencGetChannelDescRcMode(const aclvencChannelDesc *channelDesc);
/* libacl_dvpp.so */
uint32_t aclvencGetChannelDescSrcRate(const aclvencChannelDesc *channelDesc);
/* libacl_dvpp.so */
uint32_t aclvencGetChannelDescMaxBitRate(const aclvencChannelDesc *channelDesc);
/* libacl_dvpp.so */
aclError aclvencGetChannelDescParam(const aclvencChannelDesc *channelDesc, aclvencChannelDescParamType paramType, size_t length, size_t *paramRetSize, void *param);
/* libacl_dvpp.so */
uint8_t aclvencGetFrameConfigForceIFrame(const aclvencFrameConfig *config);
/* libacl_dvpp.so */
uint8_t aclvencGetFrameConfigEos(const aclvencFrameConfig *config);
/* libacl_dvpp.so */
aclError aclvencSetFrameConfigForceIFrame(aclvencFrameConfig *config, uint8_t forceIFrame);
/* libacl_dvpp.so */
aclError aclvencSetFrameConfigEos(aclvencFrameConfig *config, uint8_t eos);
/* libacl_dvpp.so */
aclError aclvencDestroyFrameConfig(aclvencFrameConfig *config);
/* libacl_dvpp.so */
aclvencFrameConfig *aclvencCreateFrameConfig(void);
/* libacl_dvpp.so */
aclError aclvencCreateChannel(aclvencChannelDesc *channelDesc);
/* libacl_dvpp.so */
aclError aclvencDestroyChannel(aclvencChannelDesc *channelDesc);
/* libacl_dvpp.so */
aclError aclvencSendFrame(aclvencChannelDesc *channelDesc, acldvppPicDesc *input, void *reserve, aclvencFrameConfig *config, void *userdata);
/* libacl_dvpp.so */
acldvppPicDesc *acldvppCreatePicDesc(void);
/* libacl_dvpp.so */
aclError acldvppDestroyPicDesc(acldvppPicDesc *picDesc);
/* libacl_dvpp.so */
aclError acldvppSetPicDescData(acldvppPicDesc *picDesc, void *dataDev);
/* libacl_dvpp.so */
aclError acldvppSetPicDescSize(acldvppPicDesc *picDesc, uint32_t size);
/* libacl_dvpp.so */
aclError acldvppSetPicDescFormat(acldvppPicDesc *picDesc, acldvppPixelFormat format);
/* libacl_dvpp.so */
aclError acldvppSetPicDescWidth(acldvppPicDesc *picDesc, uint32_t width);
/* libacl_dvpp.so */
aclError acldvppSetPicDescHeight(acldvppPicDesc *picDesc, uint32_t height);
/* libacl_dvpp.so */
aclError acldvppSetPicDescWidthStride(acldvppPicDesc *picDesc, uint32_t widthStride);
/* libacl_dvpp.so */
aclError acldvppSetPicDescHeightStride(acldvppPicDesc *picDesc, uint32_t heightStride);
/* libacl_dvpp.so */
aclError acldvppSetPicDescRetCode(acldvppPicDesc *picDesc, uint32_t retCode);
/* libacl_dvpp.so */
void *acldvppGetPicDescData(const acldvppPicDesc *picDesc);
/* libacl_dvpp.so */
uint32_t acldvppGetPicDescSize(const acldvppPicDesc *picDesc);
/* libacl_dvpp.so */
acldvppPixelFormat acldvppGetPicDescFormat(const acldvppPicDesc *picDesc);
/* libacl_dvpp.so */
uint32_t acldvppGetPicDescWidth(const acldvppPicDesc *picDesc);
/* libacl_dvpp.so */
uint32_t acldvppGetPicDescHeight(const acldvppPicDesc *picDesc);
/* libacl_dvpp.so */
uint32_t acldvppGetPicDescWidthStride(const acldvppPicDesc *picDesc);
/* libacl_dvpp.so */
uint32_t acldvppGetPicDescHeightStride(const acldvppPicDesc *picDesc);
/* libacl_dvpp.so */
uint32_t acldvppGetPicDescRetCode(const acldvppPicDesc *picDesc);
/* libacl_dvpp.so */
acldvppStreamDesc *acldvppCreateStreamDesc(void);
/* libacl_dvpp.so */
aclError acldvppDestroyStreamDesc(acldvppStreamDesc *streamDesc);
/* libacl_dvpp.so */
aclError acldvppSetStreamDescData(acldvppStreamDesc *streamDesc, void *dataDev);
/* libacl_dvpp.so */
aclError acldvppSetStreamDescSize(acldvppStreamDesc *streamDesc, uint32_t size);
/* libacl_dvpp.so */
aclError acldvppSetStreamDescFormat(acldvppStreamDesc *streamDesc, acldvppStreamFormat format);
/* libacl_dvpp.so */
aclError acldvppSetStreamDescTimestamp(acldvppStreamDesc *streamDesc, uint64_t timestamp);
/* libacl_dvpp.so */
aclError acldvppSetStreamDescRetCode(acldvppStreamDesc *streamDesc, uint32_t retCode);
/* libacl_dvpp.so */
aclError acldvppSetStreamDescEos(acldvppStreamDesc *streamDesc, uint8_t eos);
/* libacl_dvpp.so */
void *acldvppGetStreamDescData(const acldvppStreamDesc *streamDesc);
/* libacl_dvpp.so */
uint32_t acldvppGetStreamDescSize(const acldvppStreamDesc *streamDesc);
/* libacl_dvpp.so */
acldvppStreamFormat acldvppGetStreamDescFormat(const acldvppStreamDesc *streamDesc);
/* libacl_dvpp.so */
uint64_t acldvppGetStreamDescTimestamp(const acldvppStreamDesc *streamDesc);
/* libacl_dvpp.so */
uint32_t acldvppGetStreamDescRetCode(const acldvppStreamDesc *streamDesc);
/* libacl_dvpp.so */
uint8_t acldvppGetStreamDescEos(const acldvppStreamDesc *streamDesc);
/* libacl_dvpp.so */
aclError acldvppMalloc(void **devPtr, size_t size);
/* libacl_dvpp.so */
aclError acldvppFree(void *devPtr);

#ifdef __cplusplus
}
#endif

#endif /* ACLVENC_VENDOR_ACL_OPS_ACL_DVPP_H_ */
