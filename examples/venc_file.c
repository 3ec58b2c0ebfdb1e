/*
 * venc_file: encode a raw NV12 file to an H.264 or H.265 elementary stream with the V1 video encoder (aclvenc),
 * following the flow of the vendor documentation:
 *
 *   aclInit -> aclrtSetDevice -> aclrtCreateContext
 *   a report thread that loops on aclrtProcessReport (the callbacks run on it)
 *   aclvencCreateChannelDesc + thread id, callback, enType, picFormat, size, GOP, rate control -> aclvencCreateChannel
 *   per frame: acldvppMalloc + acldvppCreatePicDesc -> aclvencSendFrame (the callback writes the stream and frees
 *   the input)
 *   EOS (aclvencSendFrame with eos = 1 and no picture: returns once every callback has run)
 *   aclvencDestroyChannel -> aclvencDestroyChannelDesc -> stop the report thread -> context, device, aclFinalize
 *
 *   venc_file --input clip.nv12 --size 768x576 --output out.h265 [--codec h264|h265] [--bitrate KBPS] [--gop N]
 *             [--fps N] [--frames N]
 *
 * Exit status 0 when every frame was encoded; each failing call is printed with its code.
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

#define CHECK_ACL(call)                                                                     \
    do {                                                                                    \
        aclError rc_ = (call);                                                              \
        if (rc_ != ACL_SUCCESS) {                                                           \
            fprintf(stderr, "venc_file: %s failed: %d (line %d)\n", #call, (int)rc_, __LINE__); \
            goto fail;                                                                      \
        }                                                                                   \
    } while (0)

struct options {
    const char *input;
    const char *output;
    uint32_t width, height;
    int h265;
    uint32_t bitrate_kbps, gop, fps, frames;
};

/* State shared with the callback (it runs on the report thread). */
static FILE *g_out;
static atomic_bool g_stop;
static atomic_uint g_outputs;
static atomic_uint g_failed;
static atomic_ullong g_bytes;

/* The report thread: callbacks of the channel run inside aclrtProcessReport, here. */
static void *report_thread(void *arg) {
    (void)arg;
    while (!atomic_load(&g_stop)) {
        /* 100 ms: a timeout only means there was nothing to report yet. */
        (void)aclrtProcessReport(100);
    }
    return NULL;
}

/* One encoded frame: append it to the output file, then free the input picture (owned by the encoder until now).
 * `output` and its data belong to the encoder and must not be kept after returning. */
static void on_encoded(acldvppPicDesc *input, acldvppStreamDesc *output, void *userdata) {
    (void)userdata;
    const uint32_t ret = acldvppGetStreamDescRetCode(output);
    const void *data = acldvppGetStreamDescData(output);
    const uint32_t size = acldvppGetStreamDescSize(output);
    if (ret != 0 || data == NULL || size == 0) {
        fprintf(stderr, "venc_file: frame failed to encode (retCode %u, size %u)\n", ret, size);
        atomic_fetch_add(&g_failed, 1);
    } else if (fwrite(data, 1, size, g_out) != size) {
        fprintf(stderr, "venc_file: writing the stream failed\n");
        atomic_fetch_add(&g_failed, 1);
    } else {
        atomic_fetch_add(&g_bytes, size);
    }
    if (input != NULL) {
        void *buf = acldvppGetPicDescData(input);
        if (buf != NULL) {
            (void)acldvppFree(buf);
        }
        (void)acldvppDestroyPicDesc(input);
    }
    atomic_fetch_add(&g_outputs, 1);
}

static void usage(const char *argv0) {
    fprintf(stderr,
            "usage: %s --input NV12 --size WxH --output STREAM [--codec h264|h265] [--bitrate KBPS] [--gop N]\n"
            "          [--fps N] [--frames N]\n",
            argv0);
}

static int parse(int argc, char **argv, struct options *o) {
    *o = (struct options){.h265 = 1, .bitrate_kbps = 2000, .gop = 30, .fps = 30};
    for (int i = 1; i < argc; ++i) {
        const char *v;
        if (ex_common_opt(argc, argv, &i, &o->input, &o->output, &o->width, &o->height)) {
            continue;
        } else if ((v = ex_opt(argc, argv, &i, "--codec"))) {
            ex_codec(v, &o->h265);
        } else if ((v = ex_opt(argc, argv, &i, "--bitrate"))) {
            o->bitrate_kbps = ex_u32("--bitrate", v);
        } else if ((v = ex_opt(argc, argv, &i, "--gop"))) {
            o->gop = ex_u32("--gop", v);
        } else if ((v = ex_opt(argc, argv, &i, "--fps"))) {
            o->fps = ex_u32("--fps", v);
        } else if ((v = ex_opt(argc, argv, &i, "--frames"))) {
            o->frames = ex_u32("--frames", v);
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
        usage(argv[0]);
        return 2;
    }
    const uint32_t available = ex_nv12_frames(o.input, o.width, o.height);
    const uint32_t frames = o.frames ? o.frames : available;
    if (frames == 0 || frames > available) {
        fprintf(stderr, "venc_file: %s holds %u %ux%u NV12 frames, %u asked\n", o.input, available, o.width,
                o.height, frames);
        return 2;
    }
    FILE *in = fopen(o.input, "rb");
    g_out = fopen(o.output, "wb");
    if (in == NULL || g_out == NULL) {
        fprintf(stderr, "venc_file: cannot open %s or %s\n", o.input, o.output);
        return 1;
    }

    int status = 1;
    int acl_up = 0, device_up = 0, thread_up = 0;
    aclrtContext context = NULL;
    aclvencChannelDesc *desc = NULL;
    int channel_up = 0;
    aclvencFrameConfig *config = NULL;
    pthread_t reporter;
    uint32_t sent = 0;

    /* 1. Runtime: ACL, device, context. */
    CHECK_ACL(aclInit(NULL));
    acl_up = 1;
    CHECK_ACL(aclrtSetDevice(0));
    device_up = 1;
    CHECK_ACL(aclrtCreateContext(&context, 0));

    /* 2. The report thread, before the channel: aclvencCreateChannel subscribes it. */
    if (pthread_create(&reporter, NULL, report_thread, NULL) != 0) {
        fprintf(stderr, "venc_file: pthread_create failed\n");
        goto fail;
    }
    thread_up = 1;

    /* 3. Channel description and channel. */
    desc = aclvencCreateChannelDesc();
    if (desc == NULL) {
        fprintf(stderr, "venc_file: aclvencCreateChannelDesc failed\n");
        goto fail;
    }
    CHECK_ACL(aclvencSetChannelDescThreadId(desc, (uint64_t)reporter));
    CHECK_ACL(aclvencSetChannelDescCallback(desc, on_encoded));
    CHECK_ACL(aclvencSetChannelDescEnType(desc, o.h265 ? H265_MAIN_LEVEL : H264_MAIN_LEVEL));
    CHECK_ACL(aclvencSetChannelDescPicFormat(desc, PIXEL_FORMAT_YUV_SEMIPLANAR_420));
    CHECK_ACL(aclvencSetChannelDescPicWidth(desc, o.width));
    CHECK_ACL(aclvencSetChannelDescPicHeight(desc, o.height));
    CHECK_ACL(aclvencSetChannelDescKeyFrameInterval(desc, o.gop));
    CHECK_ACL(aclvencSetChannelDescRcMode(desc, 2)); /* CBR */
    CHECK_ACL(aclvencSetChannelDescSrcRate(desc, o.fps));
    CHECK_ACL(aclvencSetChannelDescMaxBitRate(desc, o.bitrate_kbps));
    CHECK_ACL(aclvencCreateChannel(desc));
    channel_up = 1;

    config = aclvencCreateFrameConfig();
    if (config == NULL) {
        fprintf(stderr, "venc_file: aclvencCreateFrameConfig failed\n");
        goto fail;
    }
    CHECK_ACL(aclvencSetFrameConfigForceIFrame(config, 0));
    CHECK_ACL(aclvencSetFrameConfigEos(config, 0));

    /* 4. One DVPP buffer and picture desc per frame; both are freed by on_encoded. */
    const uint32_t stride = EX_ALIGN16(o.width);
    const uint32_t buf_size = stride * o.height * 3 / 2;
    for (; sent < frames; ++sent) {
        void *buf = NULL;
        CHECK_ACL(acldvppMalloc(&buf, buf_size));
        if (ex_read_nv12(in, o.width, o.height, sent, (uint8_t *)buf, stride) != 0) {
            fprintf(stderr, "venc_file: short read at frame %u\n", sent);
            (void)acldvppFree(buf);
            goto fail;
        }
        acldvppPicDesc *pic = acldvppCreatePicDesc();
        if (pic == NULL) {
            (void)acldvppFree(buf);
            goto fail;
        }
        CHECK_ACL(acldvppSetPicDescData(pic, buf));
        CHECK_ACL(acldvppSetPicDescSize(pic, buf_size));
        CHECK_ACL(acldvppSetPicDescFormat(pic, PIXEL_FORMAT_YUV_SEMIPLANAR_420));
        CHECK_ACL(acldvppSetPicDescWidth(pic, o.width));
        CHECK_ACL(acldvppSetPicDescHeight(pic, o.height));
        CHECK_ACL(acldvppSetPicDescWidthStride(pic, stride));
        CHECK_ACL(acldvppSetPicDescHeightStride(pic, o.height));
        CHECK_ACL(aclvencSendFrame(desc, pic, NULL, config, NULL));
    }

    /* 5. End of stream: returns after every callback of the frames above has run. */
    CHECK_ACL(aclvencSetFrameConfigEos(config, 1));
    CHECK_ACL(aclvencSendFrame(desc, NULL, NULL, config, NULL));
    status = atomic_load(&g_outputs) == sent && atomic_load(&g_failed) == 0 ? 0 : 1;

fail:
    /* 6. Teardown in the documented order: frame config, channel, desc, and only then the report thread. */
    if (config != NULL && aclvencDestroyFrameConfig(config) != ACL_SUCCESS) {
        status = 1;
    }
    if (channel_up && aclvencDestroyChannel(desc) != ACL_SUCCESS) {
        status = 1;
    }
    if (desc != NULL && aclvencDestroyChannelDesc(desc) != ACL_SUCCESS) {
        status = 1;
    }
    if (thread_up) {
        atomic_store(&g_stop, 1);
        pthread_join(reporter, NULL);
    }
    if (context != NULL && aclrtDestroyContext(context) != ACL_SUCCESS) {
        status = 1;
    }
    if (device_up && aclrtResetDevice(0) != ACL_SUCCESS) {
        status = 1;
    }
    if (acl_up && aclFinalize() != ACL_SUCCESS) {
        status = 1;
    }
    fclose(in);
    if (fclose(g_out) != 0) {
        status = 1;
    }
    printf("venc_file: %s %ux%u, %u frames sent, %u encoded, %llu bytes -> %s\n", o.h265 ? "H.265" : "H.264",
           o.width, o.height, sent, atomic_load(&g_outputs), (unsigned long long)atomic_load(&g_bytes), o.output);
    return status;
}
