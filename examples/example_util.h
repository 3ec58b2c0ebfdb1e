/*
 * Small helpers shared by the examples: option values, NV12 file input, clocks. Plain C11 + POSIX, no vendor
 * calls (each example shows the vendor API flow in full in its own file).
 */
#ifndef ACLVENC_EXAMPLE_UTIL_H
#define ACLVENC_EXAMPLE_UTIL_H

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

/* ALIGN16(x): the DVPP input stride for NV12 (hi_mpi and aclvenc both want 16-aligned rows). */
#define EX_ALIGN16(x) (((x) + 15u) & ~15u)

/* "--name value" at argv[*i]: returns the value and advances *i, or NULL when `name` does not match. Exits with
 * status 2 when the value is missing. */
static inline const char *ex_opt(int argc, char **argv, int *i, const char *name) {
    if (strcmp(argv[*i], name) != 0) {
        return NULL;
    }
    if (*i + 1 >= argc) {
        fprintf(stderr, "%s needs a value\n", name);
        exit(2);
    }
    *i += 1;
    return argv[*i];
}

/* A decimal unsigned value; exits with status 2 when `text` is not one. */
static inline uint32_t ex_u32(const char *name, const char *text) {
    char *end = NULL;
    errno = 0;
    unsigned long v = strtoul(text, &end, 10);
    if (errno != 0 || end == text || *end != '\0' || v > UINT32_MAX) {
        fprintf(stderr, "%s: '%s' is not a number\n", name, text);
        exit(2);
    }
    return (uint32_t)v;
}

/* "WIDTHxHEIGHT"; exits with status 2 when malformed. */
static inline void ex_size(const char *text, uint32_t *w, uint32_t *h) {
    unsigned long a = 0, b = 0;
    char x = 0;
    if (sscanf(text, "%lu%c%lu", &a, &x, &b) != 3 || (x != 'x' && x != 'X') || a == 0 || b == 0 || a > 65536 ||
        b > 65536) {
        fprintf(stderr, "--size: '%s' is not WIDTHxHEIGHT\n", text);
        exit(2);
    }
    *w = (uint32_t)a;
    *h = (uint32_t)b;
}

/* "--codec h264|h265": sets *h265; exits with status 2 on anything else. */
static inline void ex_codec(const char *text, int *h265) {
    if (strcmp(text, "h264") != 0 && strcmp(text, "h265") != 0) {
        fprintf(stderr, "--codec: '%s' is not h264 or h265\n", text);
        exit(2);
    }
    *h265 = strcmp(text, "h265") == 0;
}

/* The options every example takes: --input PATH, --output PATH, --size WxH. Returns 1 when argv[*i] was one of
 * them (and consumes its value), 0 otherwise. */
static inline int ex_common_opt(int argc, char **argv, int *i, const char **input, const char **output, uint32_t *w,
                                uint32_t *h) {
    const char *v;
    if ((v = ex_opt(argc, argv, i, "--input"))) {
        *input = v;
    } else if ((v = ex_opt(argc, argv, i, "--output"))) {
        *output = v;
    } else if ((v = ex_opt(argc, argv, i, "--size"))) {
        ex_size(v, w, h);
    } else {
        return 0;
    }
    return 1;
}

/* Bytes of one tightly packed NV12 frame. */
static inline size_t ex_nv12_bytes(uint32_t w, uint32_t h) { return (size_t)w * h * 3 / 2; }

/* Whole NV12 frames in the file at `path` of `w`x`h` pictures; 0 when unreadable. */
static inline uint32_t ex_nv12_frames(const char *path, uint32_t w, uint32_t h) {
    struct stat st;
    if (stat(path, &st) != 0 || st.st_size <= 0) {
        return 0;
    }
    return (uint32_t)((uint64_t)st.st_size / ex_nv12_bytes(w, h));
}

/* Reads frame `index` of a tightly packed NV12 file into `dst`, whose rows are `stride` bytes apart (the luma
 * plane then the interleaved chroma plane, `h` and `h/2` rows). Returns 0 on success. */
static inline int ex_read_nv12(FILE *f, uint32_t w, uint32_t h, uint32_t index, uint8_t *dst, uint32_t stride) {
    if (fseek(f, (long)(ex_nv12_bytes(w, h) * index), SEEK_SET) != 0) {
        return -1;
    }
    for (uint32_t y = 0; y < h * 3 / 2; ++y) {
        if (fread(dst + (size_t)y * stride, 1, w, f) != w) {
            return -1;
        }
    }
    return 0;
}

/* Monotonic time in milliseconds. */
static inline uint64_t ex_now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
}

/* Sleeps `ms` milliseconds. */
static inline void ex_sleep_ms(uint32_t ms) {
    struct timespec ts = {(time_t)(ms / 1000u), (long)(ms % 1000u) * 1000000L};
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
    }
}

#endif /* ACLVENC_EXAMPLE_UTIL_H */
