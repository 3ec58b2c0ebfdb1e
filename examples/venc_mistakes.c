/*
 * venc_mistakes: an application that makes, one after the other, the mistakes users of the Ascend video encoder
 * really make (docs/validation-rules.md, section G), so each can be seen named by aclvenc-check:
 *
 *   1. stream-not-released   V2: a stream obtained with get_stream is never released; the channel is then
 *                            stopped and destroyed with it outstanding.
 *   2. channel-not-destroyed V2: a channel that is created, used and stopped, but never destroyed (a leak).
 *   3. invalid-width         V1: a picture width below the chip's minimum (100 < 128).
 *   4. frame-after-eos       V1: a picture sent on a channel after its EOS.
 *   5. no-report-thread      V1: no thread runs aclrtProcessReport for the channel:
 *                            a) no report thread id is given to the channel desc at all;
 *                            b) the thread id given is one that never calls aclrtProcessReport, so no callback
 *                               ever arrives (here: the sending thread itself). The app waits a bounded time
 *                               (--wait-ms), then pumps the reports itself so it can shut down instead of hanging in
 *                               the EOS/destroy that follow.
 *
 *   venc_mistakes --input clip.nv12 --size 768x576 [--only NAME] [--wait-ms MS]
 *
 * It uses only the vendor API and terminates with or without the shim: status 0 when every mistake was made and
 * the app got past it (the driver's answers to the mistakes are printed, not judged).
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
#include "acl/dvpp/hi_dvpp.h"

#include "example_util.h"

struct options {
    const char *input;
    uint32_t width, height;
    const char *only;
    uint32_t wait_ms;
};

static struct options g_opt;
static FILE *g_in;

/* ---- V1 helpers -------------------------------------------------------------------------------------------- */

static atomic_bool g_stop_reports;
static atomic_uint g_callbacks;

static void *report_thread(void *arg) {
    (void)arg;
    while (!atomic_load(&g_stop_reports)) {
        (void)aclrtProcessReport(100);
    }
    return NULL;
}

/* Counts the output and frees the input picture (the encoder owned it until now). */
static void on_encoded(acldvppPicDesc *input, acldvppStreamDesc *output, void *userdata) {
    (void)output;
    (void)userdata;
    if (input != NULL) {
        void *buf = acldvppGetPicDescData(input);
        if (buf != NULL) {
            (void)acldvppFree(buf);
        }
        (void)acldvppDestroyPicDesc(input);
    }
    atomic_fetch_add(&g_callbacks, 1);
}

/* A V1 desc for an H.264 channel of the clip's size; `thread` 0 leaves the report thread id unset. */
static aclvencChannelDesc *v1_desc(uint64_t thread, uint32_t width) {
    aclvencChannelDesc *desc = aclvencCreateChannelDesc();
    if (desc == NULL) {
        return NULL;
    }
    if (thread != 0) {
        (void)aclvencSetChannelDescThreadId(desc, thread);
    }
    (void)aclvencSetChannelDescCallback(desc, on_encoded);
    (void)aclvencSetChannelDescEnType(desc, H264_MAIN_LEVEL);
    (void)aclvencSetChannelDescPicFormat(desc, PIXEL_FORMAT_YUV_SEMIPLANAR_420);
    (void)aclvencSetChannelDescPicWidth(desc, width);
    (void)aclvencSetChannelDescPicHeight(desc, g_opt.height);
    (void)aclvencSetChannelDescKeyFrameInterval(desc, 30);
    return desc;
}

/* Sends frame `index` of the clip; the callback frees the picture. */
static aclError v1_send(aclvencChannelDesc *desc, aclvencFrameConfig *config, uint32_t index) {
    const uint32_t stride = EX_ALIGN16(g_opt.width);
    const uint32_t size = stride * g_opt.height * 3 / 2;
    void *buf = NULL;
    aclError rc = acldvppMalloc(&buf, size);
    if (rc != ACL_SUCCESS) {
        return rc;
    }
    acldvppPicDesc *pic = acldvppCreatePicDesc();
    if (pic == NULL || ex_read_nv12(g_in, g_opt.width, g_opt.height, index, (uint8_t *)buf, stride) != 0) {
        (void)acldvppFree(buf);
        if (pic != NULL) {
            (void)acldvppDestroyPicDesc(pic);
        }
        return ACL_ERROR_FAILURE;
    }
    (void)acldvppSetPicDescData(pic, buf);
    (void)acldvppSetPicDescSize(pic, size);
    (void)acldvppSetPicDescFormat(pic, PIXEL_FORMAT_YUV_SEMIPLANAR_420);
    (void)acldvppSetPicDescWidth(pic, g_opt.width);
    (void)acldvppSetPicDescHeight(pic, g_opt.height);
    (void)acldvppSetPicDescWidthStride(pic, stride);
    (void)acldvppSetPicDescHeightStride(pic, g_opt.height);
    rc = aclvencSendFrame(desc, pic, NULL, config, NULL);
    if (rc != ACL_SUCCESS) {
        /* Not accepted: the callback will not run for it. */
        (void)acldvppFree(buf);
        (void)acldvppDestroyPicDesc(pic);
    }
    return rc;
}

static aclError v1_eos(aclvencChannelDesc *desc, aclvencFrameConfig *config) {
    (void)aclvencSetFrameConfigEos(config, 1);
    aclError rc = aclvencSendFrame(desc, NULL, NULL, config, NULL);
    (void)aclvencSetFrameConfigEos(config, 0);
    return rc;
}

/* ---- V2 helpers -------------------------------------------------------------------------------------------- */

static hi_s32 v2_create(hi_venc_chn chn) {
    hi_venc_chn_attr attr;
    memset(&attr, 0, sizeof attr);
    attr.venc_attr.type = HI_PT_H264;
    attr.venc_attr.max_pic_width = g_opt.width;
    attr.venc_attr.max_pic_height = g_opt.height;
    attr.venc_attr.pic_width = g_opt.width;
    attr.venc_attr.pic_height = g_opt.height;
    attr.venc_attr.buf_size = (g_opt.width * g_opt.height * 3 / 2 * 4 + 63) / 64 * 64;
    attr.venc_attr.profile = 1;
    attr.venc_attr.is_by_frame = HI_TRUE;
    attr.rc_attr.rc_mode = HI_VENC_RC_MODE_H264_CBR;
    attr.rc_attr.h264_cbr.gop = 30;
    attr.rc_attr.h264_cbr.stats_time = 1;
    attr.rc_attr.h264_cbr.src_frame_rate = 25;
    attr.rc_attr.h264_cbr.dst_frame_rate = 25;
    attr.rc_attr.h264_cbr.bit_rate = 2000;
    attr.gop_attr.gop_mode = HI_VENC_GOP_MODE_NORMAL_P;
    attr.gop_attr.normal_p.ip_qp_delta = 3;
    hi_s32 rc = hi_mpi_venc_create_chn(chn, &attr);
    if (rc == HI_SUCCESS) {
        hi_venc_start_param start = {.recv_pic_num = -1};
        rc = hi_mpi_venc_start_chn(chn, &start);
    }
    return rc;
}

/* Sends frame `index` from `buf` (a DVPP buffer) and waits up to 5 s for its stream; fills `stream`. */
static hi_s32 v2_encode_one(hi_venc_chn chn, void *buf, uint32_t index, hi_venc_stream *stream) {
    const uint32_t stride = EX_ALIGN16(g_opt.width);
    if (ex_read_nv12(g_in, g_opt.width, g_opt.height, index, (uint8_t *)buf, stride) != 0) {
        return -1;
    }
    hi_video_frame_info f;
    memset(&f, 0, sizeof f);
    f.v_frame.width = g_opt.width;
    f.v_frame.height = g_opt.height;
    f.v_frame.field = HI_VIDEO_FIELD_FRAME;
    f.v_frame.pixel_format = HI_PIXEL_FORMAT_YUV_SEMIPLANAR_420;
    f.v_frame.video_format = HI_VIDEO_FORMAT_LINEAR;
    f.v_frame.compress_mode = HI_COMPRESS_MODE_NONE;
    f.v_frame.dynamic_range = HI_DYNAMIC_RANGE_SDR8;
    f.v_frame.color_gamut = HI_COLOR_GAMUT_BT709;
    f.v_frame.width_stride[0] = stride;
    f.v_frame.width_stride[1] = stride;
    f.v_frame.height_stride[0] = g_opt.height;
    f.v_frame.height_stride[1] = g_opt.height;
    f.v_frame.virt_addr[0] = buf;
    f.v_frame.virt_addr[1] = (uint8_t *)buf + (size_t)stride * g_opt.height;
    f.v_frame.pts = index;
    hi_s32 rc = hi_mpi_venc_send_frame(chn, &f, 1000);
    if (rc != HI_SUCCESS) {
        return rc;
    }
    /* Size stream->pack from query_status (an IDR frame comes in several packs). */
    hi_venc_chn_status st;
    memset(&st, 0, sizeof st);
    const uint64_t deadline = ex_now_ms() + 5000;
    while ((rc = hi_mpi_venc_query_status(chn, &st)) == HI_SUCCESS && st.cur_packs == 0 && ex_now_ms() < deadline) {
        ex_sleep_ms(5);
    }
    if (rc != HI_SUCCESS || st.cur_packs == 0 || st.cur_packs > stream->pack_cnt) {
        return rc != HI_SUCCESS ? rc : -1;
    }
    stream->pack_cnt = st.cur_packs;
    return hi_mpi_venc_get_stream(chn, stream, 0);
}

/* ---- the mistakes ------------------------------------------------------------------------------------------ */

static int stream_not_released(void) {
    static hi_venc_pack packs[16];
    hi_venc_stream stream;
    memset(&stream, 0, sizeof stream);
    stream.pack = packs;
    stream.pack_cnt = 16;
    void *buf = NULL;
    if (v2_create(0) != HI_SUCCESS ||
        hi_mpi_dvpp_malloc(0, &buf, (hi_u64)EX_ALIGN16(g_opt.width) * g_opt.height * 3 / 2) != HI_SUCCESS) {
        return 1;
    }
    hi_s32 rc = v2_encode_one(0, buf, 0, &stream);
    printf("  get_stream: %#x, %u packs; never released\n", (unsigned)rc, stream.pack_cnt);
    /* MISTAKE: no hi_mpi_venc_release_stream(0, &stream). */
    (void)hi_mpi_venc_stop_chn(0);
    rc = hi_mpi_venc_destroy_chn(0);
    printf("  destroy_chn with the stream outstanding: %#x\n", (unsigned)rc);
    (void)hi_mpi_dvpp_free(buf);
    return 0;
}

static int channel_not_destroyed(void) {
    static hi_venc_pack packs[16];
    hi_venc_stream stream;
    memset(&stream, 0, sizeof stream);
    stream.pack = packs;
    stream.pack_cnt = 16;
    void *buf = NULL;
    if (v2_create(1) != HI_SUCCESS ||
        hi_mpi_dvpp_malloc(0, &buf, (hi_u64)EX_ALIGN16(g_opt.width) * g_opt.height * 3 / 2) != HI_SUCCESS) {
        return 1;
    }
    hi_s32 rc = v2_encode_one(1, buf, 1, &stream);
    if (rc == HI_SUCCESS) {
        rc = hi_mpi_venc_release_stream(1, &stream);
    }
    printf("  encoded and released: %#x\n", (unsigned)rc);
    (void)hi_mpi_venc_stop_chn(1);
    /* MISTAKE: no hi_mpi_venc_destroy_chn(1). */
    (void)hi_mpi_dvpp_free(buf);
    return 0;
}

static int invalid_width(pthread_t reporter) {
    /* MISTAKE: 100 is below the chip's minimum width (128 on every chip with a V1 encoder). */
    aclvencChannelDesc *desc = v1_desc((uint64_t)reporter, 100);
    if (desc == NULL) {
        return 1;
    }
    aclError rc = aclvencCreateChannel(desc);
    printf("  aclvencCreateChannel with width 100: %d\n", (int)rc);
    if (rc == ACL_SUCCESS) {
        (void)aclvencDestroyChannel(desc);
    }
    (void)aclvencDestroyChannelDesc(desc);
    return 0;
}

static int frame_after_eos(pthread_t reporter) {
    aclvencChannelDesc *desc = v1_desc((uint64_t)reporter, g_opt.width);
    aclvencFrameConfig *config = aclvencCreateFrameConfig();
    if (desc == NULL || config == NULL || aclvencCreateChannel(desc) != ACL_SUCCESS) {
        return 1;
    }
    (void)v1_send(desc, config, 0);
    (void)v1_send(desc, config, 1);
    aclError rc = v1_eos(desc, config);
    /* MISTAKE: the stream has ended; this picture comes after its EOS. */
    aclError late = v1_send(desc, config, 2);
    printf("  EOS: %d, then a picture after it: %d\n", (int)rc, (int)late);
    (void)v1_eos(desc, config);
    (void)aclvencDestroyChannel(desc);
    (void)aclvencDestroyChannelDesc(desc);
    (void)aclvencDestroyFrameConfig(config);
    return 0;
}

static int no_report_thread(void) {
    /* a) MISTAKE: no report thread id at all. */
    aclvencChannelDesc *desc = v1_desc(0, g_opt.width);
    if (desc == NULL) {
        return 1;
    }
    aclError rc = aclvencCreateChannel(desc);
    printf("  a) aclvencCreateChannel without a report thread id: %d\n", (int)rc);
    if (rc == ACL_SUCCESS) {
        (void)aclvencDestroyChannel(desc);
    }
    (void)aclvencDestroyChannelDesc(desc);

    /* b) MISTAKE: this thread's id, but this thread never calls aclrtProcessReport. */
    desc = v1_desc((uint64_t)pthread_self(), g_opt.width);
    aclvencFrameConfig *config = aclvencCreateFrameConfig();
    if (desc == NULL || config == NULL) {
        return 1;
    }
    rc = aclvencCreateChannel(desc);
    if (rc != ACL_SUCCESS) {
        printf("  b) aclvencCreateChannel: %d\n", (int)rc);
        (void)aclvencDestroyChannelDesc(desc);
        (void)aclvencDestroyFrameConfig(config);
        return 0;
    }
    const unsigned before = atomic_load(&g_callbacks);
    rc = v1_send(desc, config, 3);
    /* Bounded wait: an app that waits forever here (or in the EOS below) hangs. */
    const uint64_t deadline = ex_now_ms() + g_opt.wait_ms;
    while (atomic_load(&g_callbacks) == before && ex_now_ms() < deadline) {
        ex_sleep_ms(10);
    }
    const int arrived = atomic_load(&g_callbacks) != before;
    printf("  b) send: %d; callback %s within %u ms\n", (int)rc, arrived ? "arrived" : "did NOT arrive", g_opt.wait_ms);
    if (!arrived && rc == ACL_SUCCESS) {
        /* Rescue: run the reports on the registered thread (this one) so the callback and the EOS can finish. */
        const uint64_t rescue = ex_now_ms() + 5000;
        while (atomic_load(&g_callbacks) == before && ex_now_ms() < rescue) {
            (void)aclrtProcessReport(100);
        }
        printf("  b) after pumping the reports here: callback %s\n",
               atomic_load(&g_callbacks) != before ? "arrived" : "still missing");
    }
    if (atomic_load(&g_callbacks) != before || rc != ACL_SUCCESS) {
        (void)v1_eos(desc, config);
        (void)aclvencDestroyChannel(desc);
    } else {
        printf("  b) giving up on the channel: its EOS and destroy would wait for the callback forever\n");
    }
    (void)aclvencDestroyChannelDesc(desc);
    (void)aclvencDestroyFrameConfig(config);
    return 0;
}

static int wanted(const char *name) { return g_opt.only == NULL || strcmp(g_opt.only, name) == 0; }

int main(int argc, char **argv) {
    g_opt = (struct options){.wait_ms = 1500};
    for (int i = 1; i < argc; ++i) {
        const char *v;
        if ((v = ex_opt(argc, argv, &i, "--input"))) {
            g_opt.input = v;
        } else if ((v = ex_opt(argc, argv, &i, "--size"))) {
            ex_size(v, &g_opt.width, &g_opt.height);
        } else if ((v = ex_opt(argc, argv, &i, "--only"))) {
            g_opt.only = v;
        } else if ((v = ex_opt(argc, argv, &i, "--wait-ms"))) {
            g_opt.wait_ms = ex_u32("--wait-ms", v);
        } else {
            fprintf(stderr, "unknown option %s\n", argv[i]);
            g_opt.input = NULL;
            break;
        }
    }
    if (g_opt.input == NULL || g_opt.width == 0) {
        fprintf(stderr,
                "usage: %s --input NV12 --size WxH [--only stream-not-released|channel-not-destroyed|"
                "invalid-width|frame-after-eos|no-report-thread] [--wait-ms MS]\n",
                argv[0]);
        return 2;
    }
    g_in = fopen(g_opt.input, "rb");
    if (g_in == NULL || ex_nv12_frames(g_opt.input, g_opt.width, g_opt.height) < 4) {
        fprintf(stderr, "venc_mistakes: %s needs at least 4 %ux%u NV12 frames\n", g_opt.input, g_opt.width,
                g_opt.height);
        return 2;
    }

    aclrtContext context = NULL;
    if (aclInit(NULL) != ACL_SUCCESS || aclrtSetDevice(0) != ACL_SUCCESS ||
        aclrtCreateContext(&context, 0) != ACL_SUCCESS) {
        fprintf(stderr, "venc_mistakes: no ACL device or context\n");
        return 1;
    }
    int failed = 0;
    const int v2 = wanted("stream-not-released") || wanted("channel-not-destroyed");
    if (v2 && hi_mpi_sys_init() != HI_SUCCESS) {
        fprintf(stderr, "venc_mistakes: hi_mpi_sys_init failed\n");
        return 1;
    }
    if (wanted("stream-not-released")) {
        printf("mistake 1: a stream never released\n");
        failed |= stream_not_released();
    }
    if (wanted("channel-not-destroyed")) {
        printf("mistake 2: a channel never destroyed\n");
        failed |= channel_not_destroyed();
    }

    pthread_t reporter;
    if (pthread_create(&reporter, NULL, report_thread, NULL) != 0) {
        return 1;
    }
    if (wanted("invalid-width")) {
        printf("mistake 3: an invalid width\n");
        failed |= invalid_width(reporter);
    }
    if (wanted("frame-after-eos")) {
        printf("mistake 4: a frame after EOS\n");
        failed |= frame_after_eos(reporter);
    }
    if (wanted("no-report-thread")) {
        printf("mistake 5: no thread running aclrtProcessReport\n");
        failed |= no_report_thread();
    }
    atomic_store(&g_stop_reports, 1);
    pthread_join(reporter, NULL);

    if (v2) {
        (void)hi_mpi_sys_exit();
    }
    (void)aclrtDestroyContext(context);
    (void)aclrtResetDevice(0);
    (void)aclFinalize();
    fclose(g_in);
    printf("venc_mistakes: done (%s)\n", failed ? "a step could not be set up" : "every mistake made");
    return failed;
}
