/* Helpers of the exit, fork and trace-file tests: a monotonic clock in ms, a sleep, a strict JSON syntax check
 * (RFC 8259), and the trace file read the way a trace viewer reads the Trace Event Format's JSON Array Format (an
 * array left open by a killed process is closed, after dropping a trailing comma, before it is parsed). The
 * including file defines _POSIX_C_SOURCE (clock_gettime, nanosleep). Compiles as C11 with -Wall -Wextra -Werror. */
#ifndef ACLVENC_EXIT_SUPPORT_H
#define ACLVENC_EXIT_SUPPORT_H

#include <stdlib.h>
#include <string.h>
#include <time.h>

/* CLOCK_MONOTONIC in ms: comparable between processes. */
static inline double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static inline void sleep_ms(long ms)
{
    struct timespec t = {ms / 1000, (ms % 1000) * 1000000L};
    nanosleep(&t, NULL);
}

static const char *jc_ws(const char *p)
{
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
        p++;
    return p;
}

static const char *jc_string(const char *p)
{
    if (*p++ != '"')
        return NULL;
    while (*p != '"') {
        if ((unsigned char)*p < 0x20)
            return NULL; /* also the end of the text */
        if (*p == '\\') {
            p++;
            if (*p == 'u') {
                for (int i = 1; i <= 4; i++)
                    if (strchr("0123456789abcdefABCDEF", p[i]) == NULL || p[i] == '\0')
                        return NULL;
                p += 4;
            } else if (*p == '\0' || strchr("\"\\/bfnrt", *p) == NULL) {
                return NULL;
            }
        }
        p++;
    }
    return p + 1;
}

static const char *jc_digits(const char *p)
{
    if (*p < '0' || *p > '9')
        return NULL;
    while (*p >= '0' && *p <= '9')
        p++;
    return p;
}

static const char *jc_number(const char *p)
{
    if (*p == '-')
        p++;
    if (*p == '0')
        p++;
    else if ((p = jc_digits(p)) == NULL)
        return NULL;
    if (*p == '.' && (p = jc_digits(p + 1)) == NULL)
        return NULL;
    if (*p == 'e' || *p == 'E') {
        p++;
        if (*p == '+' || *p == '-')
            p++;
        p = jc_digits(p);
    }
    return p;
}

/* One value at `p` (after whitespace); returns the position after it, or NULL. `elements`, when not NULL, gets
 * the number of elements of the value when it is an array. */
static const char *jc_value(const char *p, int depth, long *elements)
{
    p = jc_ws(p);
    if (depth > 64)
        return NULL;
    if (*p == '{' || *p == '[') {
        char close = *p == '{' ? '}' : ']';
        long n = 0;
        p = jc_ws(p + 1);
        if (*p == close) {
            if (elements != NULL)
                *elements = 0;
            return p + 1;
        }
        for (;;) {
            if (close == '}') {
                if ((p = jc_string(jc_ws(p))) == NULL)
                    return NULL;
                p = jc_ws(p);
                if (*p++ != ':')
                    return NULL;
            }
            if ((p = jc_value(p, depth + 1, NULL)) == NULL)
                return NULL;
            n++;
            p = jc_ws(p);
            if (*p == ',') {
                p++;
                continue;
            }
            if (*p != close)
                return NULL;
            if (elements != NULL && close == ']')
                *elements = n;
            return p + 1;
        }
    }
    if (*p == '"')
        return jc_string(p);
    if (strncmp(p, "true", 4) == 0 || strncmp(p, "null", 4) == 0)
        return p + 4;
    if (strncmp(p, "false", 5) == 0)
        return p + 5;
    return jc_number(p);
}

/* 1 when `text` is one JSON value and nothing else but whitespace; `elements` as for jc_value. */
static inline int json_valid(const char *text, long *elements)
{
    const char *end = jc_value(text, 0, elements);
    return end != NULL && *jc_ws(end) == '\0';
}

/* 1 when `text` is a trace file a viewer loads: a JSON array, or one whose closing `]` is missing (after a
 * trailing comma and whitespace); `events` gets its number of elements. */
static inline int trace_loadable(const char *text, long *events)
{
    size_t n = strlen(text);
    char *closed = (char *)malloc(n + 2);
    int ok;
    if (closed == NULL)
        return 0;
    memcpy(closed, text, n + 1);
    while (n > 0 && strchr(" \t\r\n", closed[n - 1]) != NULL)
        n--;
    if (n == 0 || closed[n - 1] != ']') {
        if (n > 0 && closed[n - 1] == ',')
            n--;
        closed[n++] = ']';
    }
    closed[n] = '\0';
    ok = jc_ws(closed)[0] == '[' && json_valid(closed, events);
    free(closed);
    return ok;
}

#endif
