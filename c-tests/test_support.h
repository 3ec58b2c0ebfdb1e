/* Helpers shared by the C tests: checks that count failures, the shim's API declared weakly (so one program can
 * run with the shim linked, preloaded, or absent), loading the null driver's control API, and a small reader for
 * the shim's JSON report. Compiles as C11 and C++17 with -Wall -Wextra -Werror. */
#ifndef ACLVENC_TEST_SUPPORT_H
#define ACLVENC_TEST_SUPPORT_H

#define ENABLE_DVPP_INTERFACE
#include "acl/acl.h"
#include "acl/ops/acl_dvpp.h"
#include "acl/dvpp/hi_dvpp.h"

#define NULLDRV_WANT_LOADER
#include "nulldrv.h"

#include <dlfcn.h>
#include <inttypes.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The shim's own API as docs/shim-interface.md specifies it. Weak: NULL at run time when no shim is loaded. The
 * header test checks these prototypes against include/aclvenc_shim.h. A program linked against the static shim
 * defines ACLVENC_TEST_SHIM_STATIC: a weak reference does not pull a member out of an archive. */
#ifdef ACLVENC_TEST_SHIM_STATIC
#define SHIM_WEAK
#define SHIM_LOADED() 1
#else
#define SHIM_WEAK __attribute__((weak))
#define SHIM_LOADED() (aclvencShimFindingCount != NULL && aclvencShimWriteReport != NULL)
#endif
const char *aclvencShimVersion(void) SHIM_WEAK;
size_t aclvencShimReportLeaks(void) SHIM_WEAK;
size_t aclvencShimFindingCount(const char *rule_id) SHIM_WEAK;
int aclvencShimWriteReport(const char *path) SHIM_WEAK;
void aclvencShimResetFindings(void) SHIM_WEAK;

#ifdef __cplusplus
}
#endif

static int g_failures __attribute__((unused));

#define CHECK(cond)                                                                                                \
    do {                                                                                                           \
        if (!(cond)) {                                                                                             \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond);                               \
            g_failures++;                                                                                          \
        }                                                                                                          \
    } while (0)

#define CHECK_EQ_U64(actual, expected)                                                                             \
    do {                                                                                                           \
        uint64_t a_ = (uint64_t)(actual), e_ = (uint64_t)(expected);                                               \
        if (a_ != e_) {                                                                                            \
            fprintf(stderr, "%s:%d: %s == 0x%" PRIx64 ", expected %s == 0x%" PRIx64 "\n", __FILE__, __LINE__,      \
                    #actual, a_, #expected, e_);                                                                   \
            g_failures++;                                                                                          \
        }                                                                                                          \
    } while (0)

static inline uint64_t ptr_word(const void *p)
{
    return (uint64_t)(uintptr_t)p;
}

/* dlopen the null driver by `name` (a path, or a file name found through the loader's search path) and fill
 * `api`; exits the test on failure. Loading a file that is already loaded (by the link, or by the shim) returns
 * the same instance, so the test sees the calls the shim forwarded. */
static inline void load_nulldrv(const char *name, struct nulldrv_api *api)
{
    void *handle = dlopen(name, RTLD_NOW | RTLD_LOCAL);
    if (handle == NULL || nulldrv_load(handle, api) != 0) {
        fprintf(stderr, "cannot load the null driver %s: %s\n", name, dlerror());
        exit(2);
    }
}

/* Whole file as a NUL-terminated string (caller frees), or NULL. */
static inline char *read_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    char *buf;
    long size;
    if (f == NULL)
        return NULL;
    if (fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0) {
        fclose(f);
        return NULL;
    }
    buf = (char *)malloc((size_t)size + 1);
    if (buf != NULL) {
        size_t n = fread(buf, 1, (size_t)size, f);
        buf[n] = '\0';
    }
    fclose(f);
    return buf;
}

/* The JSON string value that follows `"key"` `:` at `p` (p points at the opening quote of the key), copied to
 * `out` (at most `cap - 1` bytes, escapes kept verbatim). Returns the position after the value, or NULL. */
static inline const char *json_string_after_key(const char *p, const char *key, char *out, size_t cap)
{
    size_t klen = strlen(key), n = 0;
    if (p[0] != '"' || strncmp(p + 1, key, klen) != 0 || p[1 + klen] != '"')
        return NULL;
    p += klen + 2;
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
        p++;
    if (*p++ != ':')
        return NULL;
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
        p++;
    if (*p++ != '"')
        return NULL;
    while (*p != '\0' && *p != '"') {
        if (*p == '\\' && p[1] != '\0') {
            if (n + 1 < cap)
                out[n++] = *p;
            p++;
        }
        if (n + 1 < cap)
            out[n++] = *p;
        p++;
    }
    out[n] = '\0';
    return *p == '"' ? p + 1 : NULL;
}

/* How many objects in `json` have `"key": "<value>"`; with `value` NULL, how many have the key at all. The
 * shim's report uses "rule" only in findings and "kind" only in leaks, so this counts those entries. */
static inline int json_count_key(const char *json, const char *key, const char *value)
{
    int count = 0;
    const char *p = json;
    char buf[256];
    while ((p = strchr(p, '"')) != NULL) {
        const char *next = json_string_after_key(p, key, buf, sizeof buf);
        if (next != NULL) {
            if (value == NULL || strcmp(buf, value) == 0)
                count++;
            p = next;
        } else {
            /* skip this string token */
            p++;
            while (*p != '\0' && *p != '"') {
                if (*p == '\\' && p[1] != '\0')
                    p++;
                p++;
            }
            if (*p == '"')
                p++;
        }
    }
    return count;
}

/* A valid 1920x1080 H.264 CBR channel attribute, zeroed first as the vendor samples do. */
static inline void fill_h264_attr(hi_venc_chn_attr *attr)
{
    memset(attr, 0, sizeof *attr);
    attr->venc_attr.type = HI_PT_H264;
    attr->venc_attr.max_pic_width = 1920;
    attr->venc_attr.max_pic_height = 1080;
    attr->venc_attr.pic_width = 1920;
    attr->venc_attr.pic_height = 1080;
    attr->venc_attr.buf_size = 1920 * 1080 * 3 / 2;
    attr->venc_attr.profile = 0;
    attr->venc_attr.is_by_frame = HI_TRUE;
    attr->rc_attr.rc_mode = HI_VENC_RC_MODE_H264_CBR;
    attr->rc_attr.h264_cbr.gop = 30;
    attr->rc_attr.h264_cbr.stats_time = 1;
    attr->rc_attr.h264_cbr.src_frame_rate = 30;
    attr->rc_attr.h264_cbr.dst_frame_rate = 30;
    attr->rc_attr.h264_cbr.bit_rate = 4000;
    attr->gop_attr.gop_mode = HI_VENC_GOP_MODE_NORMAL_P;
    attr->gop_attr.normal_p.ip_qp_delta = 3;
}

#endif /* ACLVENC_TEST_SUPPORT_H */
