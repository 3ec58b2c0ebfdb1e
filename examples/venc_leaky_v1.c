/*
 * venc_leaky_v1: a V1 (aclvenc) encoder client written the way third-party Ascend programs are written (the
 * vendor sample's shape: global resources, a report thread subscribed to the app's stream, acldvppMalloc'd inputs
 * filled from an NV12 file, pic descs built with the acldvppSetPicDesc* setters, a callback that copies the stream
 * out with aclrtMemcpy and frees its input), with the mistakes such programs really make, one option each, so the
 * shim can be shown to catch every one of them. Without an option it is a correct program.
 *
 *   aclInit -> aclrtSetDevice -> aclrtCreateContext -> aclrtCreateStream
 *   pthread_create(report thread: aclrtSetCurrentContext, loop on aclrtProcessReport) -> aclrtSubscribeReport
 *   aclvencCreateChannelDesc + setters -> aclvencCreateChannel -> aclvencCreateFrameConfig
 *   per frame: acldvppMalloc -> fill -> acldvppCreatePicDesc + setters -> aclvencSendFrame
 *   EOS -> aclvencDestroyFrameConfig -> aclvencDestroyChannel -> aclvencDestroyChannelDesc
 *   aclrtUnSubscribeReport -> stop the thread -> aclrtDestroyStream -> aclrtDestroyContext -> aclrtResetDevice
 *   -> aclFinalize
 *
 *   venc_leaky_v1 --input clip.nv12 --size 768x576 --output out.h264 [--frames N] [--codec h264|h265] [MISTAKE...]
 *
 * MISTAKE (any combination; the tests use one at a time):
 *   --overwrite-malloc     one global input pointer, overwritten by a new acldvppMalloc every frame; the callback
 *                          only destroys the pic desc (the program thinks main owns the buffer) and the teardown
 *                          frees the pointer once: every block but the last leaks.
 *   --free-after-send      acldvppFree of the input and acldvppDestroyPicDesc right after aclvencSendFrame returns,
 *                          while the frame is still being encoded (the callback then leaves its input alone).
 *   --double-free          the callback frees each input (correct), and the teardown "cleans up" the last input
 *                          buffer it remembers with acldvppFree again: that block is freed twice.
 *   --tall-strides         the pic desc declares heightStride = ALIGN16(height + 8) (1080 -> 1088, 576 -> 592), as
 *                          programs that align the height do, for a buffer allocated (and sized in the pic desc)
 *                          for widthStride x height x 3/2: the declared layout is bigger than the buffer, so every
 *                          send fails in the driver; the program frees the refused inputs and carries on.
 *   --copy-after-callback  the callback only records the output's data pointer and size; main copies them out with
 *                          aclrtMemcpy after the EOS, when the callbacks have long returned.
 *
 * Exit status: 0 when the program got through its whole flow (like the vendor samples, it prints a failing
 * per-frame call and carries on; the frames that made it are in --output), 1 when a setup call failed, 2 on a
 * usage error.
 */
#define _POSIX_C_SOURCE 200809L

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "acl/acl.h"
#define ENABLE_DVPP_INTERFACE
#include "acl/ops/acl_dvpp.h"

#include "example_util.h"

#define INFO_LOG(fmt, ...) fprintf(stdout, "[INFO]  " fmt "\n", ##__VA_ARGS__)
#define ERROR_LOG(fmt, ...) fprintf(stderr, "[ERROR] " fmt "\n", ##__VA_ARGS__)

/* The usual globals of a vendor-style sample. */
static int32_t g_deviceId = 0;
static aclrtContext g_context = NULL;
static aclrtStream g_stream = NULL;
static pthread_t g_threadId;
static atomic_bool g_runFlag = 1;
/* Set once aclrtSubscribeReport returned: until then the runtime answers aclrtProcessReport with
 * ACL_ERROR_RT_THREAD_SUBSCRIBE (107012), so the thread waits for it instead of racing the subscription. */
static atomic_bool g_subscribed;
static FILE *g_outFile = NULL;

/* The mistakes. */
static int g_overwriteMalloc, g_freeAfterSend, g_doubleFree, g_tallStrides, g_copyAfterCallback;

/* --overwrite-malloc: THE input buffer (one pointer for every frame). */
static void *g_inBuf = NULL;
/* --double-free: the last input buffer, remembered "to clean up at the end". */
static void *g_lastInBuf = NULL;

/* Host copy of one output (the callback's data is device memory). Used by the report thread only. */
static void *g_hostBuf = NULL;
static size_t g_hostBufSize = 0;

/* --copy-after-callback: what the callback remembered. */
#define MAX_KEPT 4096
static struct {
    void *data;
    uint32_t size;
} g_kept[MAX_KEPT];
static atomic_uint g_keptCount;

static atomic_uint g_outputs;
static atomic_uint g_failedOutputs;
static atomic_ullong g_bytes;

static void *ReportThread(void *arg) {
    (void)arg;
    /* The sample's report thread binds the context, so the callbacks may call ACL (aclrtMemcpy, acldvppFree). */
    aclError ret = aclrtSetCurrentContext(g_context);
    if (ret != ACL_SUCCESS) {
        ERROR_LOG("report thread: aclrtSetCurrentContext failed, errorCode = %d", (int)ret);
    }
    while (atomic_load(&g_runFlag) && !atomic_load(&g_subscribed)) {
        ex_sleep_ms(1);
    }
    while (atomic_load(&g_runFlag)) {
        /* A timeout only means nothing was reported. */
        (void)aclrtProcessReport(100);
    }
    return NULL;
}

static int WriteOutput(const void *devData, uint32_t size) {
    if (size > g_hostBufSize) {
        void *p = realloc(g_hostBuf, size);
        if (p == NULL) {
            return -1;
        }
        g_hostBuf = p;
        g_hostBufSize = size;
    }
    aclError ret = aclrtMemcpy(g_hostBuf, g_hostBufSize, devData, size, ACL_MEMCPY_DEVICE_TO_HOST);
    if (ret != ACL_SUCCESS) {
        ERROR_LOG("aclrtMemcpy of the stream failed, errorCode = %d", (int)ret);
        return -1;
    }
    if (fwrite(g_hostBuf, 1, size, g_outFile) != size) {
        return -1;
    }
    atomic_fetch_add(&g_bytes, size);
    return 0;
}

static void VencCallback(acldvppPicDesc *input, acldvppStreamDesc *output, void *userdata) {
    (void)userdata;
    const uint32_t retCode = acldvppGetStreamDescRetCode(output);
    void *data = acldvppGetStreamDescData(output);
    const uint32_t size = acldvppGetStreamDescSize(output);
    if (retCode != 0 || data == NULL || size == 0) {
        ERROR_LOG("venc failed: retCode %u, size %u", retCode, size);
        atomic_fetch_add(&g_failedOutputs, 1);
    } else if (g_copyAfterCallback) {
        /* MISTAKE (--copy-after-callback): keep the pointer, copy "later". */
        unsigned n = atomic_load(&g_keptCount);
        if (n < MAX_KEPT) {
            g_kept[n].data = data;
            g_kept[n].size = size;
            atomic_store(&g_keptCount, n + 1);
        }
    } else if (WriteOutput(data, size) != 0) {
        atomic_fetch_add(&g_failedOutputs, 1);
    }

    if (g_freeAfterSend) {
        /* Freed by main already (that is the mistake); nothing left to do here. */
    } else if (input != NULL) {
        if (!g_overwriteMalloc) {
            /* MISTAKE (--overwrite-malloc) is to skip this: "main owns g_inBuf". */
            void *buf = acldvppGetPicDescData(input);
            if (buf != NULL) {
                (void)acldvppFree(buf);
            }
        }
        (void)acldvppDestroyPicDesc(input);
    }
    atomic_fetch_add(&g_outputs, 1);
}

struct options {
    const char *input;
    const char *output;
    uint32_t width, height, frames;
    int h265;
};

static int parse(int argc, char **argv, struct options *o) {
    *o = (struct options){.frames = 0, .h265 = 0};
    for (int i = 1; i < argc; ++i) {
        const char *v;
        if (ex_common_opt(argc, argv, &i, &o->input, &o->output, &o->width, &o->height)) {
            continue;
        } else if ((v = ex_opt(argc, argv, &i, "--frames"))) {
            o->frames = ex_u32("--frames", v);
        } else if ((v = ex_opt(argc, argv, &i, "--codec"))) {
            ex_codec(v, &o->h265);
        } else if (strcmp(argv[i], "--overwrite-malloc") == 0) {
            g_overwriteMalloc = 1;
        } else if (strcmp(argv[i], "--free-after-send") == 0) {
            g_freeAfterSend = 1;
        } else if (strcmp(argv[i], "--double-free") == 0) {
            g_doubleFree = 1;
        } else if (strcmp(argv[i], "--tall-strides") == 0) {
            g_tallStrides = 1;
        } else if (strcmp(argv[i], "--copy-after-callback") == 0) {
            g_copyAfterCallback = 1;
        } else {
            fprintf(stderr, "unknown option %s\n", argv[i]);
            return -1;
        }
    }
    return o->input && o->output && o->width ? 0 : -1;
}

int main(int argc, char **argv) {
    struct options o;
    if (parse(argc, argv, &o) != 0) {
        fprintf(stderr,
                "usage: %s --input NV12 --size WxH --output STREAM [--frames N] [--codec h264|h265]\n"
                "          [--overwrite-malloc] [--free-after-send] [--double-free] [--tall-strides]\n"
                "          [--copy-after-callback]\n",
                argv[0]);
        return 2;
    }
    const uint32_t available = ex_nv12_frames(o.input, o.width, o.height);
    const uint32_t frames = o.frames ? o.frames : available;
    if (frames == 0 || frames > available) {
        ERROR_LOG("%s holds %u %ux%u NV12 frames, %u asked", o.input, available, o.width, o.height, frames);
        return 2;
    }
    FILE *in = fopen(o.input, "rb");
    g_outFile = fopen(o.output, "wb");
    if (in == NULL || g_outFile == NULL) {
        ERROR_LOG("cannot open %s or %s", o.input, o.output);
        return 1;
    }

    /* ---- InitResource ---- */
    aclError ret = aclInit(NULL);
    if (ret != ACL_SUCCESS) {
        ERROR_LOG("acl init failed, errorCode = %d", (int)ret);
        return 1;
    }
    ret = aclrtSetDevice(g_deviceId);
    if (ret != ACL_SUCCESS) {
        ERROR_LOG("acl set device %d failed, errorCode = %d", g_deviceId, (int)ret);
        return 1;
    }
    ret = aclrtCreateContext(&g_context, g_deviceId);
    if (ret != ACL_SUCCESS) {
        ERROR_LOG("acl create context failed, errorCode = %d", (int)ret);
        return 1;
    }
    ret = aclrtCreateStream(&g_stream);
    if (ret != ACL_SUCCESS) {
        ERROR_LOG("acl create stream failed, errorCode = %d", (int)ret);
        return 1;
    }
    if (pthread_create(&g_threadId, NULL, ReportThread, NULL) != 0) {
        ERROR_LOG("create report thread failed");
        return 1;
    }
    ret = aclrtSubscribeReport((uint64_t)g_threadId, g_stream);
    if (ret != ACL_SUCCESS) {
        ERROR_LOG("acl subscribe report failed, errorCode = %d", (int)ret);
        return 1;
    }
    atomic_store(&g_subscribed, 1);

    /* ---- the channel ---- */
    aclvencChannelDesc *vencChannelDesc = aclvencCreateChannelDesc();
    if (vencChannelDesc == NULL) {
        ERROR_LOG("aclvencCreateChannelDesc failed");
        return 1;
    }
    if (aclvencSetChannelDescThreadId(vencChannelDesc, (uint64_t)g_threadId) != ACL_SUCCESS ||
        aclvencSetChannelDescCallback(vencChannelDesc, VencCallback) != ACL_SUCCESS ||
        aclvencSetChannelDescEnType(vencChannelDesc, o.h265 ? H265_MAIN_LEVEL : H264_MAIN_LEVEL) != ACL_SUCCESS ||
        aclvencSetChannelDescPicFormat(vencChannelDesc, PIXEL_FORMAT_YUV_SEMIPLANAR_420) != ACL_SUCCESS ||
        aclvencSetChannelDescPicWidth(vencChannelDesc, o.width) != ACL_SUCCESS ||
        aclvencSetChannelDescPicHeight(vencChannelDesc, o.height) != ACL_SUCCESS ||
        aclvencSetChannelDescKeyFrameInterval(vencChannelDesc, 16) != ACL_SUCCESS ||
        aclvencSetChannelDescRcMode(vencChannelDesc, 1) != ACL_SUCCESS || /* VBR */
        aclvencSetChannelDescSrcRate(vencChannelDesc, 25) != ACL_SUCCESS ||
        aclvencSetChannelDescMaxBitRate(vencChannelDesc, 2000) != ACL_SUCCESS) {
        ERROR_LOG("setting the venc channel desc failed");
        return 1;
    }
    ret = aclvencCreateChannel(vencChannelDesc);
    if (ret != ACL_SUCCESS) {
        ERROR_LOG("aclvencCreateChannel failed, errorCode = %d", (int)ret);
        return 1;
    }
    aclvencFrameConfig *vencFrameConfig = aclvencCreateFrameConfig();
    if (vencFrameConfig == NULL || aclvencSetFrameConfigForceIFrame(vencFrameConfig, 0) != ACL_SUCCESS ||
        aclvencSetFrameConfigEos(vencFrameConfig, 0) != ACL_SUCCESS) {
        ERROR_LOG("creating the frame config failed");
        return 1;
    }

    /* ---- the frames ---- */
    const uint32_t widthStride = EX_ALIGN16(o.width);
    /* The buffer holds widthStride x height rows (and the pic desc says so in its size). */
    const uint32_t inputSize = widthStride * o.height * 3 / 2;
    /* MISTAKE (--tall-strides): the declared height stride, aligned up past the height. */
    const uint32_t heightStride = g_tallStrides ? EX_ALIGN16(o.height + 8) : o.height;
    uint32_t sent = 0, refused = 0;
    for (uint32_t i = 0; i < frames; ++i) {
        void *inBuf = NULL;
        /* MISTAKE (--overwrite-malloc): the same variable for every frame; the previous block is lost. */
        void **slot = g_overwriteMalloc ? &g_inBuf : &inBuf;
        ret = acldvppMalloc(slot, inputSize);
        if (ret != ACL_SUCCESS) {
            ERROR_LOG("acldvppMalloc(%u) failed, errorCode = %d", inputSize, (int)ret);
            continue;
        }
        inBuf = *slot;
        /* The file is tightly packed; rows land widthStride apart, the chroma rows right after the luma. */
        if (ex_read_nv12(in, o.width, o.height, i, (uint8_t *)inBuf, widthStride) != 0) {
            ERROR_LOG("short read at frame %u", i);
            (void)acldvppFree(inBuf);
            *slot = NULL;
            break;
        }
        acldvppPicDesc *inputPicDesc = acldvppCreatePicDesc();
        if (inputPicDesc == NULL) {
            (void)acldvppFree(inBuf);
            *slot = NULL;
            break;
        }
        (void)acldvppSetPicDescData(inputPicDesc, inBuf);
        (void)acldvppSetPicDescSize(inputPicDesc, inputSize);
        (void)acldvppSetPicDescFormat(inputPicDesc, PIXEL_FORMAT_YUV_SEMIPLANAR_420);
        (void)acldvppSetPicDescWidth(inputPicDesc, o.width);
        (void)acldvppSetPicDescHeight(inputPicDesc, o.height);
        (void)acldvppSetPicDescWidthStride(inputPicDesc, widthStride);
        (void)acldvppSetPicDescHeightStride(inputPicDesc, heightStride);
        ret = aclvencSendFrame(vencChannelDesc, inputPicDesc, NULL, vencFrameConfig, NULL);
        if (ret != ACL_SUCCESS) {
            /* Refused: no callback will come for it, so it is ours to free. */
            ERROR_LOG("aclvencSendFrame of frame %u failed, errorCode = %d", i, (int)ret);
            ++refused;
            (void)acldvppFree(inBuf);
            *slot = NULL;
            (void)acldvppDestroyPicDesc(inputPicDesc);
            continue;
        }
        ++sent;
        if (g_freeAfterSend) {
            /* MISTAKE (--free-after-send): "the send has returned, the frame is the encoder's copy now". */
            (void)acldvppFree(inBuf);
            (void)acldvppDestroyPicDesc(inputPicDesc);
        }
        g_lastInBuf = inBuf;
    }

    /* EOS: returns once every callback of the frames above has run. */
    (void)aclvencSetFrameConfigEos(vencFrameConfig, 1);
    ret = aclvencSendFrame(vencChannelDesc, NULL, NULL, vencFrameConfig, NULL);
    if (ret != ACL_SUCCESS) {
        ERROR_LOG("aclvencSendFrame(EOS) failed, errorCode = %d", (int)ret);
    }
    if (g_copyAfterCallback) {
        /* MISTAKE (--copy-after-callback): every one of these callbacks has returned by now. */
        const unsigned kept = atomic_load(&g_keptCount);
        for (unsigned k = 0; k < kept; ++k) {
            if (WriteOutput(g_kept[k].data, g_kept[k].size) != 0) {
                atomic_fetch_add(&g_failedOutputs, 1);
            }
        }
    }

    /* ---- DestroyResource ---- */
    (void)aclvencDestroyFrameConfig(vencFrameConfig);
    ret = aclvencDestroyChannel(vencChannelDesc);
    if (ret != ACL_SUCCESS) {
        ERROR_LOG("aclvencDestroyChannel failed, errorCode = %d", (int)ret);
    }
    (void)aclvencDestroyChannelDesc(vencChannelDesc);
    if (g_overwriteMalloc && g_inBuf != NULL) {
        (void)acldvppFree(g_inBuf); /* the last block; every earlier one is gone */
        g_inBuf = NULL;
    }
    if (g_doubleFree && g_lastInBuf != NULL) {
        /* MISTAKE (--double-free): the callback freed it already. */
        ret = acldvppFree(g_lastInBuf);
        INFO_LOG("acldvppFree of the last input at teardown: %d", (int)ret);
    }
    ret = aclrtUnSubscribeReport((uint64_t)g_threadId, g_stream);
    if (ret != ACL_SUCCESS) {
        ERROR_LOG("acl unsubscribe report failed, errorCode = %d", (int)ret);
    }
    atomic_store(&g_runFlag, 0);
    pthread_join(g_threadId, NULL);
    (void)aclrtDestroyStream(g_stream);
    (void)aclrtDestroyContext(g_context);
    (void)aclrtResetDevice(g_deviceId);
    (void)aclFinalize();

    fclose(in);
    fclose(g_outFile);
    free(g_hostBuf);
    INFO_LOG("%u frames: %u sent, %u refused, %u outputs (%u failed), %llu bytes -> %s", frames, sent, refused,
             atomic_load(&g_outputs), atomic_load(&g_failedOutputs), (unsigned long long)atomic_load(&g_bytes),
             o.output);
    return 0;
}
