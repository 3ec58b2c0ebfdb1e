/* generated from abi/abi-spec.json by `cargo run -p xtask -- gen`; do not edit */
/* Vendor-compatible acl/acl_rt.h: runtime: devices, contexts, streams, report threads, memory. Written from the ABI facts, not copied. */
#ifndef ACLVENC_VENDOR_ACL_ACL_RT_H_
#define ACLVENC_VENDOR_ACL_ACL_RT_H_

#include "acl_base.h"

typedef enum {
    ACL_CALLBACK_BLOCK = 1,
    ACL_CALLBACK_NO_BLOCK = 0
} aclrtCallbackBlockType;

typedef enum {
    ACL_DEVICE = 0,
    ACL_HOST = 1
} aclrtRunMode;

typedef enum {
    ACL_MEMCPY_DEFAULT = 4,
    ACL_MEMCPY_DEVICE_TO_DEVICE = 3,
    ACL_MEMCPY_DEVICE_TO_HOST = 2,
    ACL_MEMCPY_HOST_TO_BUF_TO_DEVICE = 5,
    ACL_MEMCPY_HOST_TO_DEVICE = 1,
    ACL_MEMCPY_HOST_TO_HOST = 0,
    ACL_MEMCPY_INNER_DEVICE_TO_DEVICE = 6,
    ACL_MEMCPY_INTER_DEVICE_TO_DEVICE = 7
} aclrtMemcpyKind;

typedef enum {
    ACL_MEM_ACCESS_USER_SPACE_READONLY = 1048576,
    ACL_MEM_MALLOC_HUGE1G_ONLY = 6,
    ACL_MEM_MALLOC_HUGE1G_ONLY_P2P = 7,
    ACL_MEM_MALLOC_HUGE_FIRST = 0,
    ACL_MEM_MALLOC_HUGE_FIRST_P2P = 3,
    ACL_MEM_MALLOC_HUGE_ONLY = 1,
    ACL_MEM_MALLOC_HUGE_ONLY_P2P = 4,
    ACL_MEM_MALLOC_NORMAL_ONLY = 2,
    ACL_MEM_MALLOC_NORMAL_ONLY_P2P = 5,
    ACL_MEM_TYPE_HIGH_BAND_WIDTH = 4096,
    ACL_MEM_TYPE_LOW_BAND_WIDTH = 256
} aclrtMemMallocPolicy;

typedef void (*aclrtCallback)(void *userData);

#ifdef __cplusplus
extern "C" {
#endif

/* libascendcl.so */
aclError aclrtSetDevice(int32_t deviceId);
/* libascendcl.so */
aclError aclrtCreateContext(aclrtContext *context, int32_t deviceId);
/* libascendcl.so */
aclError aclrtGetRunMode(aclrtRunMode *runMode);
/* libascendcl.so */
aclError aclrtCreateStream(aclrtStream *stream);
/* libascendcl.so */
aclError aclrtSubscribeReport(uint64_t threadId, aclrtStream stream);
/* libascendcl.so */
aclError aclrtProcessReport(int32_t timeout);
/* libascendcl.so */
aclError aclrtLaunchCallback(aclrtCallback fn, void *userData, aclrtCallbackBlockType blockType, aclrtStream stream);
/* libascendcl.so */
aclError aclrtResetDevice(int32_t deviceId);
/* libascendcl.so */
aclError aclrtDestroyContext(aclrtContext context);
/* libascendcl.so */
aclError aclrtSetCurrentContext(aclrtContext context);
/* libascendcl.so */
aclError aclrtGetCurrentContext(aclrtContext *context);
/* libascendcl.so */
aclError aclrtGetDeviceCount(uint32_t *count);
/* libascendcl.so */
aclError aclrtDestroyStream(aclrtStream stream);
/* libascendcl.so */
aclError aclrtSynchronizeStream(aclrtStream stream);
/* libascendcl.so */
aclError aclrtUnSubscribeReport(uint64_t threadId, aclrtStream stream);
/* libascendcl.so */
aclError aclrtMalloc(void **devPtr, size_t size, aclrtMemMallocPolicy policy);
/* libascendcl.so */
aclError aclrtFree(void *devPtr);
/* libascendcl.so */
aclError aclrtMallocHost(void **hostPtr, size_t size);
/* libascendcl.so */
aclError aclrtFreeHost(void *hostPtr);
/* libascendcl.so */
aclError aclrtMemcpy(void *dst, size_t destMax, const void *src, size_t count, aclrtMemcpyKind kind);
/* libascendcl.so; abi/abi-overlay.json */
const char *aclrtGetSocName(void);

#ifdef __cplusplus
}
#endif

#endif /* ACLVENC_VENDOR_ACL_ACL_RT_H_ */
