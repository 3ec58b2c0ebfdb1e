/* Per-rule tests, linked against libaclvenc_shim.so with the null driver underneath (ACLVENC_SHIM_DRIVER), in the
 * default report mode. A negative case breaks exactly one rule and asserts that rule ID, once, and no other
 * finding, both through aclvencShimFindingCount and in the JSON report (aclvencShimWriteReport). A positive case
 * uses the same calls correctly and asserts zero findings.
 *
 *   rules <case> <report.json>      case: see the table at the bottom */
#include "test_support.h"

static const char *g_report_path;

/* Exactly `n` findings, all of rule `rule` (or none at all when rule is NULL and n is 0), according to both the
 * live counter and the JSON report. */
static void expect_findings(const char *rule, size_t n)
{
    char *json;
    size_t total = aclvencShimFindingCount(NULL);
    if (total != n) {
        fprintf(stderr, "expected %zu finding(s) in total, the shim counts %zu\n", n, total);
        g_failures++;
    }
    if (rule != NULL)
        CHECK_EQ_U64(aclvencShimFindingCount(rule), n);

    CHECK(aclvencShimWriteReport(g_report_path) == 0);
    json = read_file(g_report_path);
    if (json == NULL) {
        fprintf(stderr, "no report at %s\n", g_report_path);
        g_failures++;
        return;
    }
    if (rule != NULL && n > 0) {
        /* merged by rule and function: one entry for one call */
        CHECK(json_count_key(json, "rule", rule) == 1);
        CHECK(json_count_key(json, "rule", NULL) == 1);
    } else {
        CHECK(json_count_key(json, "rule", NULL) == 0);
    }
    if (g_failures != 0)
        fprintf(stderr, "report:\n%s\n", json);
    free(json);
}

/* hi_mpi_venc_create_chn with a NULL attribute. */
static void mpi_null_ptr_negative(void)
{
    (void)hi_mpi_venc_create_chn(0, NULL);
    expect_findings("MPI-NULL-PTR", 1);
}

static void mpi_null_ptr_positive(void)
{
    hi_venc_chn_attr attr;
    hi_venc_chn_status status;
    fill_h264_attr(&attr);
    CHECK(hi_mpi_venc_create_chn(0, &attr) == HI_SUCCESS);
    memset(&status, 0, sizeof status);
    CHECK(hi_mpi_venc_query_status(0, &status) == HI_SUCCESS);
    CHECK(hi_mpi_venc_destroy_chn(0) == HI_SUCCESS);
    expect_findings(NULL, 0);
}

/* Starting a channel that was never created. */
static void mpi_chn_unexist_negative(void)
{
    hi_venc_start_param start;
    memset(&start, 0, sizeof start);
    start.recv_pic_num = -1;
    (void)hi_mpi_venc_start_chn(3, &start);
    expect_findings("MPI-CHN-UNEXIST", 1);
}

/* The same start on a created channel, then the documented teardown. */
static void mpi_chn_unexist_positive(void)
{
    hi_venc_chn_attr attr;
    hi_venc_start_param start;
    fill_h264_attr(&attr);
    memset(&start, 0, sizeof start);
    start.recv_pic_num = -1;
    CHECK(hi_mpi_venc_create_chn(3, &attr) == HI_SUCCESS);
    CHECK(hi_mpi_venc_start_chn(3, &start) == HI_SUCCESS);
    CHECK(hi_mpi_venc_stop_chn(3) == HI_SUCCESS);
    CHECK(hi_mpi_venc_destroy_chn(3) == HI_SUCCESS);
    expect_findings(NULL, 0);
}

/* A pointer that aclvencCreateChannelDesc never returned, and one that was already destroyed. */
static void venc_chdesc_unknown_handle_negative(void)
{
    aclvencChannelDesc *const never_created = (aclvencChannelDesc *)(uintptr_t)0x00005EED00000040ull;
    (void)aclvencSetChannelDescPicWidth(never_created, 1920);
    expect_findings("VENC-CHDESC-UNKNOWN-HANDLE", 1);
}

static void venc_chdesc_use_after_destroy_negative(void)
{
    aclvencChannelDesc *desc = aclvencCreateChannelDesc();
    CHECK(desc != NULL);
    CHECK(aclvencDestroyChannelDesc(desc) == ACL_SUCCESS);
    (void)aclvencSetChannelDescPicWidth(desc, 1920);
    expect_findings("VENC-CHDESC-UNKNOWN-HANDLE", 1);
}

/* A created description: set, read back, destroy. */
static void venc_chdesc_positive(void)
{
    aclvencChannelDesc *desc = aclvencCreateChannelDesc();
    CHECK(desc != NULL);
    CHECK(aclvencSetChannelDescPicWidth(desc, 1920) == ACL_SUCCESS);
    CHECK(aclvencSetChannelDescPicHeight(desc, 1080) == ACL_SUCCESS);
    (void)aclvencGetChannelDescPicWidth(desc);
    CHECK(aclvencDestroyChannelDesc(desc) == ACL_SUCCESS);
    expect_findings(NULL, 0);
}

/* A NULL description. */
static void venc_chdesc_null_negative(void)
{
    (void)aclvencSetChannelDescPicWidth(NULL, 1920);
    expect_findings("VENC-CHDESC-NULL", 1);
}

/* A bitstream rule through the null driver (ACLVENC_SHIM_STREAM_CHECKS=1): get_stream hands back a real H.264
 * stream, the file ACLVENC_TEST_H264 names (320x240, main profile, GOP 10: crates/bitstream/tests/data), in one pack
 * on a channel created at `w` x `h`. */
static void stream_case(uint32_t w, uint32_t h)
{
    const char *path = getenv("ACLVENC_TEST_H264");
    FILE *f = path != NULL ? fopen(path, "rb") : NULL;
    static unsigned char data[1 << 16];
    size_t n;
    hi_venc_chn_attr attr;
    hi_venc_start_param start = {-1};
    hi_venc_pack pack;
    hi_venc_stream stream;

    if (f == NULL) {
        fprintf(stderr, "cannot open ACLVENC_TEST_H264 (%s)\n", path != NULL ? path : "unset");
        g_failures++;
        return;
    }
    n = fread(data, 1, sizeof data, f);
    fclose(f);
    CHECK(n > 0 && n < sizeof data);
    fill_h264_attr(&attr);
    attr.venc_attr.max_pic_width = attr.venc_attr.pic_width = w;
    attr.venc_attr.max_pic_height = attr.venc_attr.pic_height = h;
    attr.venc_attr.buf_size = w * h * 3 / 2;
    attr.venc_attr.profile = 1;
    attr.rc_attr.h264_cbr.gop = 10;
    CHECK(hi_mpi_venc_create_chn(0, &attr) == HI_SUCCESS);
    CHECK(hi_mpi_venc_start_chn(0, &start) == HI_SUCCESS);
    memset(&pack, 0, sizeof pack);
    memset(&stream, 0, sizeof stream);
    pack.addr = data;
    pack.len = (hi_u32)n;
    stream.pack = &pack;
    stream.pack_cnt = 1;
    CHECK(hi_mpi_venc_get_stream(0, &stream, -1) == HI_SUCCESS);
    CHECK(hi_mpi_venc_release_stream(0, &stream) == HI_SUCCESS);
    CHECK(hi_mpi_venc_stop_chn(0) == HI_SUCCESS);
    CHECK(hi_mpi_venc_destroy_chn(0) == HI_SUCCESS);
}

/* The channel asks for 640x480; the stream's SPS says 320x240. */
static void stream_sps_size_negative(void)
{
    stream_case(640, 480);
    expect_findings("STREAM-SPS-SIZE", 1);
}

static void stream_sps_size_positive(void)
{
    stream_case(320, 240);
    expect_findings(NULL, 0);
}

int main(int argc, char **argv)
{
    static const struct {
        const char *name;
        void (*run)(void);
    } cases[] = {
        {"MPI-NULL-PTR.negative", mpi_null_ptr_negative},
        {"MPI-NULL-PTR.positive", mpi_null_ptr_positive},
        {"MPI-CHN-UNEXIST.negative", mpi_chn_unexist_negative},
        {"MPI-CHN-UNEXIST.positive", mpi_chn_unexist_positive},
        {"VENC-CHDESC-UNKNOWN-HANDLE.negative", venc_chdesc_unknown_handle_negative},
        {"VENC-CHDESC-UNKNOWN-HANDLE.destroyed", venc_chdesc_use_after_destroy_negative},
        {"VENC-CHDESC-UNKNOWN-HANDLE.positive", venc_chdesc_positive},
        {"VENC-CHDESC-NULL.negative", venc_chdesc_null_negative},
        {"VENC-CHDESC-NULL.positive", venc_chdesc_positive},
        {"STREAM-SPS-SIZE.negative", stream_sps_size_negative},
        {"STREAM-SPS-SIZE.positive", stream_sps_size_positive},
    };
    size_t i;

    if (argc != 3) {
        fprintf(stderr, "usage: %s <case> <report.json>\n", argv[0]);
        return 2;
    }
    if (!SHIM_LOADED()) {
        fprintf(stderr, "the shim is not loaded\n");
        return 2;
    }
    g_report_path = argv[2];
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        if (strcmp(argv[1], cases[i].name) == 0) {
            cases[i].run();
            if (g_failures != 0) {
                fprintf(stderr, "%s: %d check(s) failed\n", argv[1], g_failures);
                return 1;
            }
            printf("%s: ok\n", argv[1]);
            return 0;
        }
    }
    fprintf(stderr, "unknown case %s\n", argv[1]);
    return 2;
}
