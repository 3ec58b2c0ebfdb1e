/* Stress test: a correct program driving many V1 and V2 channels from several threads at once, linked against
 * the shim with the emulated driver underneath (real H.264 encoding). V1 and V2 run at the same time: THREADS
 * sender threads per API, each owning CHANNELS channels and interleaving frames across them; one report thread
 * pumps aclrtProcessReport for every V1 channel's callbacks.
 *
 * Asserts, per channel: every frame sent produced exactly one output (V1 callbacks, V2 streams), none failed; the
 * shim's JSON report (`channels`) counts the same frames and outputs per channel (V1 outputs are counted through
 * the shim's callback trampoline, so the test runs with ACLVENC_SHIM_WRAP_CALLBACKS=1); zero findings and zero
 * leaks. A deadlock is caught by ctest's TIMEOUT.
 *
 *   stress <report.json> [frames per channel (60) [threads per API (2, at most 8) [channels per thread (2, at most
 *   8)]]] */
#define _POSIX_C_SOURCE 200809L
#include "test_support.h"

#include <pthread.h>
#include <stdatomic.h>
#include <time.h>

#define MAX_THREADS 8
#define MAX_CHANNELS 8
#define NCH_MAX (MAX_THREADS * MAX_CHANNELS)
#define WIDTH 128
#define HEIGHT 128
#define FRAME_BYTES (WIDTH * HEIGHT * 3 / 2)

static uint32_t g_frames = 60;
static int THREADS = 2, CHANNELS = 2, NCH = 4;
static aclrtContext g_context;
static aclrtStream g_stream;
static pthread_t g_report_thread;
static atomic_int g_report_run = 1;

/* ---- V1 ---------------------------------------------------------------------------------------------------------- */

struct v1_channel {
    aclvencChannelDesc *desc;
    aclvencFrameConfig *config;
    uint32_t sent;
    atomic_uint outputs, failed;
    char id[32];
};
static struct v1_channel g_v1[NCH_MAX];

static void *report_thread(void *arg)
{
    (void)arg;
    CHECK(aclrtSetCurrentContext(g_context) == ACL_SUCCESS);
    while (atomic_load(&g_report_run))
        (void)aclrtProcessReport(50);
    return NULL;
}

/* Runs on the report thread: count, then free what the frame used (the sample's way). */
static void v1_callback(acldvppPicDesc *input, acldvppStreamDesc *output, void *userdata)
{
    struct v1_channel *c = (struct v1_channel *)userdata;
    if (acldvppGetStreamDescRetCode(output) != 0 || acldvppGetStreamDescSize(output) == 0)
        atomic_fetch_add(&c->failed, 1);
    if (input != NULL) {
        void *buf = acldvppGetPicDescData(input);
        if (buf != NULL)
            (void)acldvppFree(buf);
        (void)acldvppDestroyPicDesc(input);
    }
    atomic_fetch_add(&c->outputs, 1);
}

static void fill_frame(uint8_t *p, uint32_t frame, uint32_t salt)
{
    uint32_t i;
    for (i = 0; i < FRAME_BYTES; i++)
        p[i] = (uint8_t)((i % WIDTH) + frame * 3 + salt * 17 + (i / WIDTH));
}

static int v1_open(struct v1_channel *c)
{
    c->desc = aclvencCreateChannelDesc();
    if (c->desc == NULL)
        return -1;
    if (aclvencSetChannelDescThreadId(c->desc, (uint64_t)g_report_thread) != ACL_SUCCESS ||
        aclvencSetChannelDescCallback(c->desc, v1_callback) != ACL_SUCCESS ||
        aclvencSetChannelDescEnType(c->desc, H264_MAIN_LEVEL) != ACL_SUCCESS ||
        aclvencSetChannelDescPicFormat(c->desc, PIXEL_FORMAT_YUV_SEMIPLANAR_420) != ACL_SUCCESS ||
        aclvencSetChannelDescPicWidth(c->desc, WIDTH) != ACL_SUCCESS ||
        aclvencSetChannelDescPicHeight(c->desc, HEIGHT) != ACL_SUCCESS ||
        aclvencSetChannelDescKeyFrameInterval(c->desc, 16) != ACL_SUCCESS ||
        aclvencSetChannelDescRcMode(c->desc, 1) != ACL_SUCCESS || aclvencSetChannelDescSrcRate(c->desc, 25) != ACL_SUCCESS ||
        aclvencSetChannelDescMaxBitRate(c->desc, 1000) != ACL_SUCCESS || aclvencCreateChannel(c->desc) != ACL_SUCCESS)
        return -1;
    c->config = aclvencCreateFrameConfig();
    if (c->config == NULL || aclvencSetFrameConfigForceIFrame(c->config, 0) != ACL_SUCCESS ||
        aclvencSetFrameConfigEos(c->config, 0) != ACL_SUCCESS)
        return -1;
    snprintf(c->id, sizeof c->id, "0x%" PRIxPTR, (uintptr_t)c->desc);
    return 0;
}

static int v1_send(struct v1_channel *c, uint32_t frame, uint32_t salt)
{
    void *buf = NULL;
    acldvppPicDesc *pic;
    if (acldvppMalloc(&buf, FRAME_BYTES) != ACL_SUCCESS)
        return -1;
    fill_frame((uint8_t *)buf, frame, salt);
    pic = acldvppCreatePicDesc();
    if (pic == NULL) {
        (void)acldvppFree(buf);
        return -1;
    }
    (void)acldvppSetPicDescData(pic, buf);
    (void)acldvppSetPicDescSize(pic, FRAME_BYTES);
    (void)acldvppSetPicDescFormat(pic, PIXEL_FORMAT_YUV_SEMIPLANAR_420);
    (void)acldvppSetPicDescWidth(pic, WIDTH);
    (void)acldvppSetPicDescHeight(pic, HEIGHT);
    (void)acldvppSetPicDescWidthStride(pic, WIDTH);
    (void)acldvppSetPicDescHeightStride(pic, HEIGHT);
    if (aclvencSendFrame(c->desc, pic, NULL, c->config, c) != ACL_SUCCESS) {
        (void)acldvppFree(buf);
        (void)acldvppDestroyPicDesc(pic);
        return -1;
    }
    c->sent++;
    return 0;
}

/* EOS returns once every callback of the channel has run; then the teardown. */
static int v1_close(struct v1_channel *c)
{
    int bad = 0;
    bad |= aclvencSetFrameConfigEos(c->config, 1) != ACL_SUCCESS;
    bad |= aclvencSendFrame(c->desc, NULL, NULL, c->config, c) != ACL_SUCCESS;
    bad |= aclvencDestroyFrameConfig(c->config) != ACL_SUCCESS;
    bad |= aclvencDestroyChannel(c->desc) != ACL_SUCCESS;
    bad |= aclvencDestroyChannelDesc(c->desc) != ACL_SUCCESS;
    return bad ? -1 : 0;
}

static void *v1_sender(void *arg)
{
    struct v1_channel *mine = (struct v1_channel *)arg;
    uint32_t f;
    int k, bad = 0;
    CHECK(aclrtSetCurrentContext(g_context) == ACL_SUCCESS);
    for (k = 0; k < CHANNELS; k++)
        bad |= v1_open(&mine[k]);
    for (f = 0; f < g_frames && !bad; f++)
        for (k = 0; k < CHANNELS; k++)
            bad |= v1_send(&mine[k], f, k);
    for (k = 0; k < CHANNELS; k++)
        if (mine[k].desc != NULL)
            bad |= v1_close(&mine[k]);
    if (bad) {
        fprintf(stderr, "FAIL a V1 call failed in a correct program\n");
        g_failures++;
    }
    return NULL;
}

/* ---- V2 ---------------------------------------------------------------------------------------------------------- */

struct v2_channel {
    hi_venc_chn chn;
    void *buf;
    uint32_t sent, outputs, failed;
    char id[32];
};
static struct v2_channel g_v2[NCH_MAX];

static int v2_open(struct v2_channel *c)
{
    hi_venc_chn_attr attr;
    hi_venc_start_param start;
    fill_h264_attr(&attr);
    attr.venc_attr.max_pic_width = attr.venc_attr.pic_width = WIDTH;
    attr.venc_attr.max_pic_height = attr.venc_attr.pic_height = HEIGHT;
    attr.venc_attr.buf_size = (WIDTH * HEIGHT * 3 / 2 * 4 + 63) / 64 * 64;
    attr.rc_attr.h264_cbr.bit_rate = 1000;
    if (hi_mpi_venc_create_chn(c->chn, &attr) != HI_SUCCESS)
        return -1;
    if (hi_mpi_dvpp_malloc(0, &c->buf, FRAME_BYTES) != HI_SUCCESS)
        return -1;
    memset(&start, 0, sizeof start);
    start.recv_pic_num = -1;
    snprintf(c->id, sizeof c->id, "chn %d", c->chn);
    return hi_mpi_venc_start_chn(c->chn, &start) == HI_SUCCESS ? 0 : -1;
}

static int v2_send(struct v2_channel *c, uint32_t frame, uint32_t salt)
{
    hi_video_frame_info f;
    fill_frame((uint8_t *)c->buf, frame, salt + 100);
    memset(&f, 0, sizeof f);
    f.v_frame.width = WIDTH;
    f.v_frame.height = HEIGHT;
    f.v_frame.field = HI_VIDEO_FIELD_FRAME;
    f.v_frame.pixel_format = HI_PIXEL_FORMAT_YUV_SEMIPLANAR_420;
    f.v_frame.video_format = HI_VIDEO_FORMAT_LINEAR;
    f.v_frame.compress_mode = HI_COMPRESS_MODE_NONE;
    f.v_frame.dynamic_range = HI_DYNAMIC_RANGE_SDR8;
    f.v_frame.color_gamut = HI_COLOR_GAMUT_BT709;
    f.v_frame.width_stride[0] = f.v_frame.width_stride[1] = WIDTH;
    f.v_frame.height_stride[0] = f.v_frame.height_stride[1] = HEIGHT;
    f.v_frame.virt_addr[0] = c->buf;
    f.v_frame.virt_addr[1] = (uint8_t *)c->buf + WIDTH * HEIGHT;
    f.v_frame.pts = (uint64_t)frame * 40000u;
    if (hi_mpi_venc_send_frame(c->chn, &f, -1) != HI_SUCCESS)
        return -1;
    c->sent++;
    return 0;
}

/* Takes the stream of the frame just sent (waiting up to 5 s) and releases it. The buffer is the encoder's until
 * then, so the next frame is written only after this. */
static int v2_receive(struct v2_channel *c)
{
    hi_venc_pack packs[8];
    hi_venc_stream stream;
    hi_u32 i;
    memset(&stream, 0, sizeof stream);
    stream.pack = packs;
    stream.pack_cnt = 8;
    if (hi_mpi_venc_get_stream(c->chn, &stream, 5000) != HI_SUCCESS)
        return -1;
    for (i = 0; i < stream.pack_cnt; i++)
        if (stream.pack[i].len <= stream.pack[i].offset)
            c->failed++;
    c->outputs++;
    return hi_mpi_venc_release_stream(c->chn, &stream) == HI_SUCCESS ? 0 : -1;
}

static int v2_close(struct v2_channel *c)
{
    hi_venc_chn_status st;
    int bad = 0;
    bad |= hi_mpi_venc_stop_chn(c->chn) != HI_SUCCESS;
    memset(&st, 0, sizeof st);
    bad |= hi_mpi_venc_query_status(c->chn, &st) != HI_SUCCESS;
    if (st.left_stream_frames != 0) {
        fprintf(stderr, "FAIL chn %d: %u streams left after every frame's stream was taken\n", c->chn,
                st.left_stream_frames);
        bad = 1;
    }
    bad |= hi_mpi_venc_destroy_chn(c->chn) != HI_SUCCESS;
    bad |= hi_mpi_dvpp_free(c->buf) != HI_SUCCESS;
    return bad ? -1 : 0;
}

static void *v2_sender(void *arg)
{
    struct v2_channel *mine = (struct v2_channel *)arg;
    uint32_t f;
    int k, bad = 0;
    CHECK(aclrtSetCurrentContext(g_context) == ACL_SUCCESS);
    for (k = 0; k < CHANNELS; k++)
        bad |= v2_open(&mine[k]);
    for (f = 0; f < g_frames && !bad; f++) {
        for (k = 0; k < CHANNELS; k++)
            bad |= v2_send(&mine[k], f, k);
        for (k = 0; k < CHANNELS && !bad; k++)
            bad |= v2_receive(&mine[k]);
    }
    for (k = 0; k < CHANNELS; k++)
        bad |= v2_close(&mine[k]);
    if (bad) {
        fprintf(stderr, "FAIL a V2 call failed in a correct program\n");
        g_failures++;
    }
    return NULL;
}

/* ---- the report ------------------------------------------------------------------------------------------------- */

/* The number after `"key":` in the object that starts at or before `from` and ends at the next '}'; -1 if none. */
static long long json_number_in_object(const char *from, const char *key)
{
    char pattern[64];
    const char *end = strchr(from, '}'), *p;
    snprintf(pattern, sizeof pattern, "\"%s\"", key);
    p = strstr(from, pattern);
    if (p == NULL || (end != NULL && p > end))
        return -1;
    p += strlen(pattern);
    while (*p == ' ' || *p == ':' || *p == '\n')
        p++;
    return strtoll(p, NULL, 10);
}

/* The report's counts for channel `id` match `sent` and `outputs`. */
static void check_report_channel(const char *json, const char *id, uint32_t sent, uint32_t outputs)
{
    char pattern[64];
    const char *channels = strstr(json, "\"channels\""), *p;
    int seen = 0;
    snprintf(pattern, sizeof pattern, "\"%s\"", id);
    for (p = channels; p != NULL && (p = strstr(p, pattern)) != NULL; p++) {
        long long s = json_number_in_object(p, "frames_sent"), o = json_number_in_object(p, "outputs");
        seen++;
        if (s != (long long)sent || o != (long long)outputs) {
            fprintf(stderr, "FAIL report channel %s: frames_sent %lld, outputs %lld; the program sent %u and got %u\n",
                    id, s, o, sent, outputs);
            g_failures++;
        }
    }
    if (channels == NULL || seen != 1) {
        fprintf(stderr, "FAIL report: channel %s appears %d times in \"channels\" (want once)\n", id, seen);
        g_failures++;
    }
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    pthread_t v1_threads[MAX_THREADS], v2_threads[MAX_THREADS];
    uint64_t total_sent = 0, total_out = 0;
    double start;
    char *json;
    int t, i;

    if (argc < 2 || argc > 5) {
        fprintf(stderr, "usage: %s <report.json> [frames per channel [threads per API [channels per thread]]]\n",
                argv[0]);
        return 2;
    }
    if (!SHIM_LOADED()) {
        fprintf(stderr, "the shim is not loaded\n");
        return 2;
    }
    if (argc >= 3)
        g_frames = (uint32_t)strtoul(argv[2], NULL, 10);
    if (argc >= 4)
        THREADS = atoi(argv[3]);
    if (argc >= 5)
        CHANNELS = atoi(argv[4]);
    if (THREADS < 1 || THREADS > MAX_THREADS || CHANNELS < 1 || CHANNELS > MAX_CHANNELS) {
        fprintf(stderr, "threads and channels take 1..8\n");
        return 2;
    }
    NCH = THREADS * CHANNELS;
    start = now_s();

    if (aclInit(NULL) != ACL_SUCCESS || aclrtSetDevice(0) != ACL_SUCCESS ||
        aclrtCreateContext(&g_context, 0) != ACL_SUCCESS || aclrtCreateStream(&g_stream) != ACL_SUCCESS ||
        hi_mpi_sys_init() != HI_SUCCESS) {
        fprintf(stderr, "setting up the runtime failed\n");
        return 1;
    }
    if (pthread_create(&g_report_thread, NULL, report_thread, NULL) != 0 ||
        aclrtSubscribeReport((uint64_t)g_report_thread, g_stream) != ACL_SUCCESS) {
        fprintf(stderr, "the report thread failed\n");
        return 1;
    }
    for (i = 0; i < NCH; i++)
        g_v2[i].chn = i;
    for (t = 0; t < THREADS; t++) {
        CHECK(pthread_create(&v1_threads[t], NULL, v1_sender, &g_v1[t * CHANNELS]) == 0);
        CHECK(pthread_create(&v2_threads[t], NULL, v2_sender, &g_v2[t * CHANNELS]) == 0);
    }
    for (t = 0; t < THREADS; t++) {
        pthread_join(v1_threads[t], NULL);
        pthread_join(v2_threads[t], NULL);
    }
    CHECK(aclrtUnSubscribeReport((uint64_t)g_report_thread, g_stream) == ACL_SUCCESS);
    atomic_store(&g_report_run, 0);
    pthread_join(g_report_thread, NULL);
    CHECK(hi_mpi_sys_exit() == HI_SUCCESS);
    CHECK(aclrtDestroyStream(g_stream) == ACL_SUCCESS);
    CHECK(aclrtDestroyContext(g_context) == ACL_SUCCESS);
    CHECK(aclrtResetDevice(0) == ACL_SUCCESS);
    CHECK(aclFinalize() == ACL_SUCCESS);

    /* every frame sent came back, once, and encoded */
    for (i = 0; i < NCH; i++) {
        struct v1_channel *a = &g_v1[i];
        struct v2_channel *b = &g_v2[i];
        uint32_t a_out = atomic_load(&a->outputs);
        if (a->sent != g_frames || a_out != a->sent || atomic_load(&a->failed) != 0) {
            fprintf(stderr, "FAIL V1 channel %s: %u frames to send, %u sent, %u outputs, %u failed\n", a->id, g_frames,
                    a->sent, a_out, atomic_load(&a->failed));
            g_failures++;
        }
        if (b->sent != g_frames || b->outputs != b->sent || b->failed != 0) {
            fprintf(stderr, "FAIL V2 %s: %u frames to send, %u sent, %u outputs, %u failed\n", b->id, g_frames,
                    b->sent, b->outputs, b->failed);
            g_failures++;
        }
        total_sent += a->sent + b->sent;
        total_out += a_out + b->outputs;
    }

    /* the shim saw the same: no finding, no leak, the same counts per channel */
    CHECK_EQ_U64(aclvencShimFindingCount(NULL), 0);
    CHECK_EQ_U64(aclvencShimReportLeaks(), 0);
    CHECK(aclvencShimWriteReport(argv[1]) == 0);
    json = read_file(argv[1]);
    CHECK(json != NULL);
    if (json != NULL) {
        for (i = 0; i < NCH; i++) {
            check_report_channel(json, g_v1[i].id, g_v1[i].sent, atomic_load(&g_v1[i].outputs));
            check_report_channel(json, g_v2[i].id, g_v2[i].sent, g_v2[i].outputs);
        }
        CHECK(json_count_key(json, "rule", NULL) == 0);
        free(json);
    }
    printf("stress: %d V1 + %d V2 channels on %d + %d threads, %u frames each: %" PRIu64 " frames sent, %" PRIu64
           " outputs, %" PRIu64 " lost, in %.1f s\n",
           NCH, NCH, THREADS, THREADS, g_frames, total_sent, total_out, total_sent - total_out, now_s() - start);
    return g_failures == 0 ? 0 : 1;
}
