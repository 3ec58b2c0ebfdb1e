/* Pass-through test: with the null driver underneath, every argument reaches the driver bit for bit, every error
 * code the driver returns comes back unchanged, and (in ACLVENC_SHIM_MODE=reject) a rejected call never reaches the
 * driver and returns the vendor's code.
 *
 *   passthrough <driver> <expect-shim 0|1> pass     arguments and return codes
 *   passthrough <driver> 1 reject                   (run with ACLVENC_SHIM_MODE=reject) refused calls
 *   passthrough <driver> 1 off                      (run with ACLVENC_SHIM_MODE=off) pass-through: everything reaches
 *                                                   the driver, even a never-created handle
 *
 * <driver> is what to dlopen to reach the null driver's control API: the path of libaclvenc_nulldrv.so, or the
 * vendor name (libacl_dvpp.so) when the shim finds it through the loader's search path. The same source is built
 * linked against the null driver (driver alone, and shim preloaded), against libaclvenc_shim.so, and against
 * libaclvenc_shim.a; ctest runs each with the matching environment. */
#include "test_support.h"

static struct nulldrv_api drv;

static int64_t count(const char *fn)
{
    return drv.call_count(fn);
}

/* The last call of `fn` reached the driver with exactly `n` argument words `want`. */
static void expect_args(const char *fn, int n, const uint64_t *want, int line)
{
    uint64_t got[8] = {0};
    int i, got_n = drv.last_args(fn, got, 8);
    if (got_n != n) {
        fprintf(stderr, "line %d: %s reached the driver with %d arguments, expected %d\n", line, fn, got_n, n);
        g_failures++;
        return;
    }
    for (i = 0; i < n; i++) {
        if (got[i] != want[i]) {
            fprintf(stderr, "line %d: %s argument %d is 0x%" PRIx64 " at the driver, expected 0x%" PRIx64 "\n",
                    line, fn, i, got[i], want[i]);
            g_failures++;
        }
    }
}
#define EXPECT_ARGS(fn, ...)                                                                                       \
    do {                                                                                                           \
        const uint64_t want_[] = {__VA_ARGS__};                                                                    \
        expect_args(#fn, (int)(sizeof want_ / sizeof want_[0]), want_, __LINE__);                                 \
    } while (0)

static void encode_done(acldvppPicDesc *input, acldvppStreamDesc *output, void *userdata)
{
    (void)input;
    (void)output;
    (void)userdata;
}

/* The aclError codes the V1 encoder and the runtime under it return (docs/validation-rules.md, section 0). */
static const aclError acl_codes[] = {
    ACL_SUCCESS,           ACL_ERROR_INVALID_PARAM,    ACL_ERROR_BAD_ALLOC,   ACL_ERROR_FEATURE_UNSUPPORTED,
    ACL_ERROR_INTERNAL_ERROR, ACL_ERROR_FAILURE,       ACL_ERROR_RT_FAILURE,  ACL_ERROR_RT_AICPU_EXCEPTION,
    ACL_ERROR_RT_NO_DEVICE, ACL_ERROR_RT_CONTEXT_NULL, ACL_ERROR_RT_THREAD_SUBSCRIBE, ACL_ERROR_API_NOT_SUPPORT,
    ACL_ERROR_INVALID_RESOURCE_HANDLE, -1, 0x7fffffff};

/* Every HI_ERR_VENC_* code, plus the two the headers do not name (0x13 buffer too small, 0x14 timeout). */
static const uint32_t hi_codes[] = {
    HI_ERR_VENC_INVALID_CHN_ID, HI_ERR_VENC_ILLEGAL_PARAM, HI_ERR_VENC_EXIST,         HI_ERR_VENC_UNEXIST,
    HI_ERR_VENC_NULL_PTR,       HI_ERR_VENC_NOT_CFG,       HI_ERR_VENC_NOT_SUPPORT,   HI_ERR_VENC_NOT_PERM,
    HI_ERR_VENC_NO_MEM,         HI_ERR_VENC_NO_BUF,        HI_ERR_VENC_BUF_EMPTY,     HI_ERR_VENC_BUF_FULL,
    HI_ERR_VENC_SYS_NOT_READY,  HI_ERR_VENC_BAD_ADDR,      HI_ERR_VENC_BUSY,          0xA0088013u,
    0xA0088014u,                HI_ERR_VENC_SYS_ERROR,     0u};

static void v1_pass(void)
{
    aclvencChannelDesc *desc;
    aclvencFrameConfig *cfg;
    uint64_t ret_word = 0;
    uint32_t max_bitrate = 0x00ABCDEFu;
    size_t ret_size = 0;
    unsigned char param_buf[16];
    void *const buf_addr = (void *)(uintptr_t)0x0123456789ABCDEFull;
    acldvppPicDesc *const pic = (acldvppPicDesc *)(uintptr_t)0x1111222233334440ull;
    void *const reserve = (void *)(uintptr_t)0x5555000055550000ull;
    void *const userdata = (void *)(uintptr_t)0x8888999900001110ull;
    size_t i;

    desc = aclvencCreateChannelDesc();
    CHECK(desc != NULL);
    CHECK_EQ_U64(count("aclvencCreateChannelDesc"), 1);
    CHECK(drv.last_return("aclvencCreateChannelDesc", &ret_word) == 0);
    CHECK_EQ_U64(ptr_word(desc), ret_word); /* the app gets the driver's handle */

    CHECK(aclvencSetChannelDescThreadId(desc, 0xFEDCBA9876543210ull) == ACL_SUCCESS);
    EXPECT_ARGS(aclvencSetChannelDescThreadId, ptr_word(desc), 0xFEDCBA9876543210ull);
    CHECK(aclvencSetChannelDescCallback(desc, encode_done) == ACL_SUCCESS);
    EXPECT_ARGS(aclvencSetChannelDescCallback, ptr_word(desc), (uint64_t)(uintptr_t)encode_done);
    CHECK(aclvencSetChannelDescEnType(desc, (acldvppStreamFormat)-5) == ACL_SUCCESS);
    EXPECT_ARGS(aclvencSetChannelDescEnType, ptr_word(desc), 0xFFFFFFFFFFFFFFFBull);
    CHECK(aclvencSetChannelDescEnType(desc, H264_HIGH_LEVEL) == ACL_SUCCESS);
    EXPECT_ARGS(aclvencSetChannelDescEnType, ptr_word(desc), 3);
    CHECK(aclvencSetChannelDescPicFormat(desc, PIXEL_FORMAT_YVU_SEMIPLANAR_420) == ACL_SUCCESS);
    EXPECT_ARGS(aclvencSetChannelDescPicFormat, ptr_word(desc), 2);
    CHECK(aclvencSetChannelDescPicWidth(desc, 0x87654321u) == ACL_SUCCESS);
    EXPECT_ARGS(aclvencSetChannelDescPicWidth, ptr_word(desc), 0x87654321u);
    CHECK(aclvencSetChannelDescPicHeight(desc, 1080) == ACL_SUCCESS);
    EXPECT_ARGS(aclvencSetChannelDescPicHeight, ptr_word(desc), 1080);
    CHECK(aclvencSetChannelDescBufAddr(desc, buf_addr) == ACL_SUCCESS);
    EXPECT_ARGS(aclvencSetChannelDescBufAddr, ptr_word(desc), ptr_word(buf_addr));
    CHECK(aclvencSetChannelDescParam(desc, ACL_VENC_MAX_BITRATE_UINT32, sizeof max_bitrate, &max_bitrate) ==
          ACL_SUCCESS);
    EXPECT_ARGS(aclvencSetChannelDescParam, ptr_word(desc), 11, sizeof max_bitrate, ptr_word(&max_bitrate));
    CHECK(aclvencGetChannelDescParam(desc, ACL_VENC_PIC_WIDTH_UINT32, sizeof param_buf, &ret_size, param_buf) ==
          ACL_SUCCESS);
    EXPECT_ARGS(aclvencGetChannelDescParam, ptr_word(desc), 4, sizeof param_buf, ptr_word(&ret_size),
                ptr_word(param_buf));

    /* getters hand back what the driver returns */
    drv.set_return("aclvencGetChannelDescThreadId", (int64_t)0xA5A5A5A55A5A5A5Aull);
    CHECK_EQ_U64(aclvencGetChannelDescThreadId(desc), 0xA5A5A5A55A5A5A5Aull);
    EXPECT_ARGS(aclvencGetChannelDescThreadId, ptr_word(desc));
    drv.set_return("aclvencGetChannelDescPicWidth", (int64_t)0xFFFFFFFFu);
    CHECK_EQ_U64(aclvencGetChannelDescPicWidth(desc), 0xFFFFFFFFu);
    drv.set_return("aclvencGetChannelDescBufAddr", (int64_t)0x00007F0012345000ull);
    CHECK_EQ_U64(ptr_word(aclvencGetChannelDescBufAddr(desc)), 0x00007F0012345000ull);
    drv.set_return("aclvencGetChannelDescEnType", 2);
    CHECK(aclvencGetChannelDescEnType(desc) == H264_MAIN_LEVEL);

    cfg = aclvencCreateFrameConfig();
    CHECK(cfg != NULL);
    CHECK(aclvencSetFrameConfigForceIFrame(cfg, 0xA7) == ACL_SUCCESS);
    EXPECT_ARGS(aclvencSetFrameConfigForceIFrame, ptr_word(cfg), 0xA7);
    drv.set_return("aclvencGetFrameConfigEos", 0x1FE); /* truncated to the uint8_t return type */
    CHECK_EQ_U64(aclvencGetFrameConfigEos(cfg), 0xFE);

    CHECK(aclvencCreateChannel(desc) == ACL_SUCCESS);
    EXPECT_ARGS(aclvencCreateChannel, ptr_word(desc));
    CHECK(aclvencSendFrame(desc, pic, reserve, cfg, userdata) == ACL_SUCCESS);
    EXPECT_ARGS(aclvencSendFrame, ptr_word(desc), ptr_word(pic), ptr_word(reserve), ptr_word(cfg), ptr_word(userdata));

    /* every code the driver returns comes back unchanged, and each call reaches the driver once */
    for (i = 0; i < sizeof acl_codes / sizeof acl_codes[0]; i++) {
        int64_t before = count("aclvencSetChannelDescKeyFrameInterval");
        aclError got;
        drv.set_return("aclvencSetChannelDescKeyFrameInterval", acl_codes[i]);
        got = aclvencSetChannelDescKeyFrameInterval(desc, 30);
        if (got != acl_codes[i]) {
            fprintf(stderr, "aclvencSetChannelDescKeyFrameInterval: driver returned %d, app got %d\n", acl_codes[i],
                    got);
            g_failures++;
        }
        CHECK_EQ_U64(count("aclvencSetChannelDescKeyFrameInterval"), before + 1);

        drv.set_return("aclvencSendFrame", acl_codes[i]);
        got = aclvencSendFrame(desc, pic, NULL, cfg, userdata);
        if (got != acl_codes[i]) {
            fprintf(stderr, "aclvencSendFrame: driver returned %d, app got %d\n", acl_codes[i], got);
            g_failures++;
        }
    }
    drv.clear_return("aclvencSetChannelDescKeyFrameInterval");
    drv.clear_return("aclvencSendFrame");

    CHECK(aclvencDestroyChannel(desc) == ACL_SUCCESS);
    EXPECT_ARGS(aclvencDestroyChannel, ptr_word(desc));
    CHECK(aclvencDestroyFrameConfig(cfg) == ACL_SUCCESS);
    EXPECT_ARGS(aclvencDestroyFrameConfig, ptr_word(cfg));
    CHECK(aclvencDestroyChannelDesc(desc) == ACL_SUCCESS);
    EXPECT_ARGS(aclvencDestroyChannelDesc, ptr_word(desc));
}

static void v2_pass(void)
{
    const hi_venc_chn chn = 5;
    hi_venc_chn_attr attr;
    hi_venc_start_param start;
    hi_venc_chn_status status;
    hi_video_frame_info frame;
    size_t i;

    fill_h264_attr(&attr);
    CHECK(hi_mpi_venc_create_chn(chn, &attr) == HI_SUCCESS);
    EXPECT_ARGS(hi_mpi_venc_create_chn, 5, ptr_word(&attr));
    memset(&start, 0, sizeof start);
    start.recv_pic_num = -1;
    CHECK(hi_mpi_venc_start_chn(chn, &start) == HI_SUCCESS);
    EXPECT_ARGS(hi_mpi_venc_start_chn, 5, ptr_word(&start));

    memset(&frame, 0, sizeof frame);
    CHECK(hi_mpi_venc_send_frame(chn, &frame, -1) == HI_SUCCESS);
    EXPECT_ARGS(hi_mpi_venc_send_frame, 5, ptr_word(&frame), 0xFFFFFFFFFFFFFFFFull);
    CHECK(hi_mpi_venc_send_frame(chn, &frame, 0x7FFFFFFF) == HI_SUCCESS);
    EXPECT_ARGS(hi_mpi_venc_send_frame, 5, ptr_word(&frame), 0x7FFFFFFF);
    memset(&status, 0, sizeof status);
    CHECK(hi_mpi_venc_query_status(chn, &status) == HI_SUCCESS);
    EXPECT_ARGS(hi_mpi_venc_query_status, 5, ptr_word(&status));
    CHECK(hi_mpi_venc_request_idr(chn, HI_TRUE) == HI_SUCCESS);
    EXPECT_ARGS(hi_mpi_venc_request_idr, 5, 1);
    CHECK(hi_mpi_venc_set_scene_mode(chn, HI_VENC_SCENE_2) == HI_SUCCESS);
    EXPECT_ARGS(hi_mpi_venc_set_scene_mode, 5, 2);

    drv.set_return("hi_mpi_venc_get_qpmap_size", 0x12345);
    CHECK(hi_mpi_venc_get_qpmap_size(HI_PT_H265, 0x80000001u, 1080) == 0x12345);
    EXPECT_ARGS(hi_mpi_venc_get_qpmap_size, 265, 0x80000001u, 1080);
    drv.set_return("hi_mpi_venc_get_fd", 42);
    CHECK(hi_mpi_venc_get_fd(chn) == 42);
    EXPECT_ARGS(hi_mpi_venc_get_fd, 5);

    for (i = 0; i < sizeof hi_codes / sizeof hi_codes[0]; i++) {
        int64_t before = count("hi_mpi_venc_query_status");
        hi_s32 got;
        drv.set_return("hi_mpi_venc_query_status", (int64_t)hi_codes[i]);
        got = hi_mpi_venc_query_status(chn, &status);
        if ((uint32_t)got != hi_codes[i]) {
            fprintf(stderr, "hi_mpi_venc_query_status: driver returned 0x%08x, app got 0x%08x\n", hi_codes[i],
                    (uint32_t)got);
            g_failures++;
        }
        CHECK_EQ_U64(count("hi_mpi_venc_query_status"), before + 1);

        drv.set_return("hi_mpi_venc_send_frame", (int64_t)hi_codes[i]);
        got = hi_mpi_venc_send_frame(chn, &frame, 0);
        if ((uint32_t)got != hi_codes[i]) {
            fprintf(stderr, "hi_mpi_venc_send_frame: driver returned 0x%08x, app got 0x%08x\n", hi_codes[i],
                    (uint32_t)got);
            g_failures++;
        }
    }
    drv.clear_return("hi_mpi_venc_query_status");
    drv.clear_return("hi_mpi_venc_send_frame");

    CHECK(hi_mpi_venc_stop_chn(chn) == HI_SUCCESS);
    EXPECT_ARGS(hi_mpi_venc_stop_chn, 5);
    CHECK(hi_mpi_venc_destroy_chn(chn) == HI_SUCCESS);
    EXPECT_ARGS(hi_mpi_venc_destroy_chn, 5);
}

/* ACLVENC_SHIM_MODE=off: pass-through. Even a call every other mode refuses (a handle never created) reaches the
 * driver unchanged, and its code comes back. */
static void off(void)
{
    aclvencChannelDesc *never = (aclvencChannelDesc *)(uintptr_t)0x1234;
    int64_t before = count("aclvencSetChannelDescPicWidth");
    drv.set_return("aclvencSetChannelDescPicWidth", 507018);
    CHECK(aclvencSetChannelDescPicWidth(never, 99999) == 507018);
    CHECK(count("aclvencSetChannelDescPicWidth") == before + 1);
    EXPECT_ARGS(aclvencSetChannelDescPicWidth, ptr_word(never), 99999);
    drv.set_return("aclvencSetChannelDescPicWidth", 0);
}

/* ACLVENC_SHIM_MODE=reject: calls with an error-level finding are refused before the driver. */
static void reject(void)
{
    int64_t before;
    hi_s32 hret;
    aclError aret;
    hi_venc_chn_status status;
    aclvencChannelDesc *desc;
    aclvencChannelDesc *const never_created = (aclvencChannelDesc *)(uintptr_t)0x00005EED00000040ull;

    before = drv.call_count(NULL);
    hret = hi_mpi_venc_create_chn(0, NULL);
    CHECK_EQ_U64((uint32_t)hret, HI_ERR_VENC_NULL_PTR);
    CHECK_EQ_U64(drv.call_count(NULL), before);
    CHECK_EQ_U64(aclvencShimFindingCount("MPI-NULL-PTR"), 1);

    memset(&status, 0, sizeof status);
    hret = hi_mpi_venc_query_status(9, &status);
    CHECK_EQ_U64((uint32_t)hret, HI_ERR_VENC_UNEXIST);
    CHECK_EQ_U64(drv.call_count(NULL), before);
    CHECK_EQ_U64(aclvencShimFindingCount("MPI-CHN-UNEXIST"), 1);

    aret = aclvencSetChannelDescPicWidth(never_created, 1920);
    CHECK_EQ_U64((uint32_t)aret, (uint32_t)ACL_ERROR_INVALID_PARAM);
    CHECK_EQ_U64(drv.call_count(NULL), before);
    CHECK_EQ_U64(aclvencShimFindingCount("VENC-CHDESC-UNKNOWN-HANDLE"), 1);

    aret = aclvencSetChannelDescPicWidth(NULL, 1920);
    CHECK_EQ_U64((uint32_t)aret, (uint32_t)ACL_ERROR_INVALID_PARAM);
    CHECK_EQ_U64(drv.call_count(NULL), before);
    CHECK_EQ_U64(aclvencShimFindingCount("VENC-CHDESC-NULL"), 1);

    /* correct calls still go through in reject mode */
    desc = aclvencCreateChannelDesc();
    CHECK(desc != NULL);
    CHECK(aclvencSetChannelDescPicWidth(desc, 1920) == ACL_SUCCESS);
    EXPECT_ARGS(aclvencSetChannelDescPicWidth, ptr_word(desc), 1920);
    CHECK(aclvencDestroyChannelDesc(desc) == ACL_SUCCESS);
    CHECK_EQ_U64(drv.call_count(NULL), before + 3);
}

/* Default (report) mode: calls are forwarded unchanged, except those that would make the driver touch an object
 * that was never created or is already destroyed. */
static void report_mode_refusals(void)
{
    aclvencChannelDesc *const never_created = (aclvencChannelDesc *)(uintptr_t)0x00005EED00000040ull;
    aclvencChannelDesc *desc;
    int64_t before = drv.call_count(NULL);

    CHECK_EQ_U64((uint32_t)aclvencSetChannelDescPicWidth(never_created, 1920), (uint32_t)ACL_ERROR_INVALID_PARAM);
    CHECK_EQ_U64(drv.call_count(NULL), before);

    desc = aclvencCreateChannelDesc();
    CHECK(aclvencDestroyChannelDesc(desc) == ACL_SUCCESS);
    before = drv.call_count(NULL);
    CHECK_EQ_U64((uint32_t)aclvencSetChannelDescPicWidth(desc, 1920), (uint32_t)ACL_ERROR_INVALID_PARAM);
    CHECK_EQ_U64((uint32_t)aclvencDestroyChannelDesc(desc), (uint32_t)ACL_ERROR_INVALID_PARAM);
    CHECK_EQ_U64(drv.call_count(NULL), before);

    /* a NULL description is no object: forwarded, and the driver's answer comes back */
    drv.set_return("aclvencSetChannelDescPicWidth", ACL_ERROR_INVALID_PARAM);
    CHECK_EQ_U64((uint32_t)aclvencSetChannelDescPicWidth(NULL, 1920), (uint32_t)ACL_ERROR_INVALID_PARAM);
    EXPECT_ARGS(aclvencSetChannelDescPicWidth, 0, 1920);
    CHECK_EQ_U64(drv.call_count(NULL), before + 1);
    drv.clear_return("aclvencSetChannelDescPicWidth");
}

int main(int argc, char **argv)
{
    int expect_shim;
    const char *phase;

    if (argc != 4) {
        fprintf(stderr, "usage: %s <driver> <expect-shim 0|1> pass|reject|off\n", argv[0]);
        return 2;
    }
    expect_shim = atoi(argv[2]);
    phase = argv[3];
    load_nulldrv(argv[1], &drv);
    drv.reset();

    /* the right layers are in place: the shim exactly when expected */
    if (SHIM_LOADED() != (expect_shim != 0)) {
        fprintf(stderr, "shim %s, expected %s\n", SHIM_LOADED() ? "present" : "absent",
                expect_shim ? "present" : "absent");
        return 1;
    }

    if (strcmp(phase, "pass") == 0) {
        v1_pass();
        v2_pass();
        if (expect_shim) {
            report_mode_refusals();
            printf("shim %s\n", aclvencShimVersion());
        }
    } else if (strcmp(phase, "reject") == 0 && expect_shim) {
        reject();
    } else if (strcmp(phase, "off") == 0 && expect_shim) {
        v1_pass();
        v2_pass();
        off();
    } else {
        fprintf(stderr, "unknown phase %s\n", phase);
        return 2;
    }
    if (g_failures != 0) {
        fprintf(stderr, "%d check(s) failed\n", g_failures);
        return 1;
    }
    printf("passthrough %s: ok\n", phase);
    return 0;
}
