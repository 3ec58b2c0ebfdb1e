/* Churn test: a long-running program that creates and destroys channels all day must not make the shim grow.
 * Linked against the shim with the null driver underneath and a report path set (so the shim also rewrites its
 * report every ACLVENC_SHIM_REPORT_INTERVAL_MS). Runs CYCLES V1 cycles (channel desc + channel, created and
 * destroyed) and CYCLES V2 cycles (create_chn + destroy_chn), all correct calls, and asserts:
 *   - the process's resident memory grows by less than 8 MiB from the end of a warm-up (the first tenth of each
 *     phase) to the end;
 *   - the report the shim writes at the end is smaller than 1 MiB (what it says about destroyed channels is
 *     bounded, however many there were);
 *   - zero findings.
 *
 *   churn <report.json> [cycles per API, default 100000] */
#define _POSIX_C_SOURCE 200809L
#include "test_support.h"

#include <time.h>
#include <unistd.h>

#define RSS_GROWTH_LIMIT (8u << 20)
#define REPORT_SIZE_LIMIT (1u << 20)

static uint64_t rss_bytes(void)
{
    unsigned long size = 0, resident = 0;
    FILE *f = fopen("/proc/self/statm", "r");
    if (f != NULL) {
        if (fscanf(f, "%lu %lu", &size, &resident) != 2)
            resident = 0;
        fclose(f);
    }
    return (uint64_t)resident * (uint64_t)sysconf(_SC_PAGESIZE);
}

static void app_callback(acldvppPicDesc *input, acldvppStreamDesc *output, void *userdata)
{
    (void)input, (void)output, (void)userdata;
}

static void v1_cycle(void)
{
    aclvencChannelDesc *desc = aclvencCreateChannelDesc();
    CHECK(desc != NULL);
    /* No acl runtime under the null driver, so no report thread is checked for pumping; any id will do. */
    CHECK(aclvencSetChannelDescThreadId(desc, 1) == ACL_SUCCESS);
    CHECK(aclvencSetChannelDescCallback(desc, app_callback) == ACL_SUCCESS);
    CHECK(aclvencSetChannelDescEnType(desc, H264_MAIN_LEVEL) == ACL_SUCCESS);
    CHECK(aclvencSetChannelDescPicFormat(desc, PIXEL_FORMAT_YUV_SEMIPLANAR_420) == ACL_SUCCESS);
    CHECK(aclvencSetChannelDescPicWidth(desc, 1280) == ACL_SUCCESS);
    CHECK(aclvencSetChannelDescPicHeight(desc, 720) == ACL_SUCCESS);
    CHECK(aclvencCreateChannel(desc) == ACL_SUCCESS);
    CHECK(aclvencDestroyChannel(desc) == ACL_SUCCESS);
    CHECK(aclvencDestroyChannelDesc(desc) == ACL_SUCCESS);
}

static void v2_cycle(uint32_t i)
{
    hi_venc_chn_attr attr;
    const hi_venc_chn chn = (hi_venc_chn)(i % 64);
    fill_h264_attr(&attr);
    CHECK(hi_mpi_venc_create_chn(chn, &attr) == HI_SUCCESS);
    CHECK(hi_mpi_venc_destroy_chn(chn) == HI_SUCCESS);
}

/* Runs `cycles` cycles of one API; returns the RSS growth from the end of the warm-up to the end. */
static uint64_t phase(const char *api, uint32_t cycles, int v2)
{
    uint64_t warm = 0, end;
    uint32_t i, warmup = cycles / 10;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (i = 0; i < cycles && g_failures == 0; i++) {
        if (i == warmup)
            warm = rss_bytes();
        if (v2)
            v2_cycle(i);
        else
            v1_cycle();
    }
    end = rss_bytes();
    clock_gettime(CLOCK_MONOTONIC, &t1);
    printf("churn: %u %s cycles in %.1f s: RSS %.1f MiB after %u (warm-up), %.1f MiB at the end: +%.2f MiB\n", i,
           api, (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9, (double)warm / 1048576.0,
           warmup, (double)end / 1048576.0, end > warm ? (double)(end - warm) / 1048576.0 : 0.0);
    return end > warm ? end - warm : 0;
}

int main(int argc, char **argv)
{
    uint32_t cycles = 100000;
    uint64_t v1_growth, v2_growth;
    char *json;
    size_t report_size;

    if (argc < 2 || argc > 3) {
        fprintf(stderr, "usage: %s <report.json> [cycles per API]\n", argv[0]);
        return 2;
    }
    if (!SHIM_LOADED()) {
        fprintf(stderr, "the shim is not loaded\n");
        return 2;
    }
    if (argc == 3)
        cycles = (uint32_t)strtoul(argv[2], NULL, 10);

    v1_growth = phase("V1 create/destroy", cycles, 0);
    v2_growth = phase("V2 create_chn/destroy_chn", cycles, 1);
    if (v1_growth >= RSS_GROWTH_LIMIT || v2_growth >= RSS_GROWTH_LIMIT) {
        fprintf(stderr, "FAIL RSS grew by %.2f MiB (V1) and %.2f MiB (V2) after warm-up; the limit is %u MiB\n",
                (double)v1_growth / 1048576.0, (double)v2_growth / 1048576.0, RSS_GROWTH_LIMIT >> 20);
        g_failures++;
    }

    CHECK_EQ_U64(aclvencShimFindingCount(NULL), 0);
    CHECK(aclvencShimWriteReport(argv[1]) == 0);
    json = read_file(argv[1]);
    CHECK(json != NULL);
    report_size = json != NULL ? strlen(json) : 0;
    printf("churn: the report is %.2f MiB\n", (double)report_size / 1048576.0);
    if (report_size >= REPORT_SIZE_LIMIT) {
        fprintf(stderr, "FAIL the report is %zu bytes after %u + %u cycles; the limit is %u\n", report_size, cycles,
                cycles, REPORT_SIZE_LIMIT);
        g_failures++;
    }
    free(json);
    return g_failures == 0 ? 0 : 1;
}
