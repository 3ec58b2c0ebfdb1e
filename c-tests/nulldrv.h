/* Control API of the null driver (crates/nulldrv, libaclvenc_nulldrv.so), a test-only stand-in for the vendor
 * encoder libraries. It exports the 38 aclvenc* and 47 hi_mpi_venc_* functions, records every call (count,
 * arguments and return value of the last call), returns scripted values, and records every call handed a handle
 * it never created (nulldrv_violation_count).
 *
 * Arguments are recorded as 64-bit words: pointers by address, unsigned integers zero-extended, signed integers
 * and enums sign-extended. By default every function returns 0 (success, 0, NULL), except aclvencCreateChannelDesc
 * and aclvencCreateFrameConfig, which return a fresh unique non-NULL handle on each call.
 *
 * Functions are named by their vendor name, e.g. "aclvencSendFrame". Every function here is thread-safe.
 * Install the library under the vendor names (libacl_dvpp.so, libacl_dvpp_mpi.so) as symlinks to one file so both
 * names share one record. Use it either by linking libaclvenc_nulldrv.so, or through nulldrv_load() on a dlopen
 * handle when the library is loaded by someone else (the shim). */
#ifndef ACLVENC_NULLDRV_H
#define ACLVENC_NULLDRV_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Forgets every call count, last call and scripted return value. Handles stay unique across resets. */
void nulldrv_reset(void);
/* From now on function `name` returns `value`, truncated to its return type (for pointers: the address).
 * 0, or -1 if `name` is NULL or unknown. */
int nulldrv_set_return(const char *name, int64_t value);
/* Function `name` returns its default again. 0, or -1 if `name` is NULL or unknown. */
int nulldrv_clear_return(const char *name);
/* Calls of `name` since the last reset; with `name` NULL, of all 85 functions together. -1 if unknown. */
int64_t nulldrv_call_count(const char *name);
/* Copies up to `capacity` argument words of the last call of `name` to `args` and returns that call's number of
 * arguments; -1 if `name` is unknown or was not called since the last reset. */
int nulldrv_last_args(const char *name, uint64_t *args, size_t capacity);
/* The word the last call of `name` returned, in *value. 0, or -1 (unknown, not called, or `value` NULL). */
int nulldrv_last_return(const char *name, uint64_t *value);
/* Number of exported vendor functions (85), and the name of each (NULL when out of range). */
size_t nulldrv_function_count(void);
const char *nulldrv_function_name(size_t index);
/* The driver knows its objects: the V1 channel descs and frame configs it returned, the V2 channels it accepted
 * (a create or destroy that fails changes nothing; a second create of a live V2 channel returns HI_ERR_VENC_EXIST
 * unless a return value is scripted). A call handed a non-NULL one it never created or already destroyed is a
 * violation (the shim must never forward one). Violations since the last reset: */
int64_t nulldrv_violation_count(void);
/* The description of violation `index` (the first 64 are kept), NUL-terminated and truncated to `capacity`; returns
 * its full length, or -1 if there is none. */
int nulldrv_violation(size_t index, char *buf, size_t capacity);
/* 1 if object `word` of type `kind` ("aclvencChannelDesc", "aclvencFrameConfig", "hi_venc_chn") is live, 0 if not,
 * -1 for an unknown kind. Objects outlive nulldrv_reset(). */
int nulldrv_is_live(const char *kind, uint64_t word);

/* The same API as function pointers, for a null driver loaded with dlopen (see nulldrv_load). */
struct nulldrv_api {
    void (*reset)(void);
    int (*set_return)(const char *name, int64_t value);
    int (*clear_return)(const char *name);
    int64_t (*call_count)(const char *name);
    int (*last_args)(const char *name, uint64_t *args, size_t capacity);
    int (*last_return)(const char *name, uint64_t *value);
    size_t (*function_count)(void);
    const char *(*function_name)(size_t index);
    int64_t (*violation_count)(void);
    int (*violation)(size_t index, char *buf, size_t capacity);
    int (*is_live)(const char *kind, uint64_t word);
};

#ifdef NULLDRV_WANT_LOADER
#include <dlfcn.h>
#include <string.h>
/* Fills `api` from `handle` (a dlopen handle of the null driver). 0, or -1 if a symbol is missing. Define
 * NULLDRV_WANT_LOADER before including this header and link with -ldl (glibc < 2.34). */
static inline int nulldrv_load(void *handle, struct nulldrv_api *api)
{
    static const char *const names[] = {"nulldrv_reset",      "nulldrv_set_return",  "nulldrv_clear_return",
                                        "nulldrv_call_count", "nulldrv_last_args",   "nulldrv_last_return",
                                        "nulldrv_function_count", "nulldrv_function_name",
                                        "nulldrv_violation_count", "nulldrv_violation",
                                        "nulldrv_is_live"};
    void *syms[sizeof names / sizeof names[0]];
    size_t i;
    if (handle == NULL || api == NULL)
        return -1;
    for (i = 0; i < sizeof names / sizeof names[0]; i++) {
        syms[i] = dlsym(handle, names[i]);
        if (syms[i] == NULL)
            return -1;
    }
    /* POSIX guarantees that a dlsym result converts to a function pointer; memcpy keeps -Wpedantic quiet. */
    memcpy(&api->reset, &syms[0], sizeof syms[0]);
    memcpy(&api->set_return, &syms[1], sizeof syms[1]);
    memcpy(&api->clear_return, &syms[2], sizeof syms[2]);
    memcpy(&api->call_count, &syms[3], sizeof syms[3]);
    memcpy(&api->last_args, &syms[4], sizeof syms[4]);
    memcpy(&api->last_return, &syms[5], sizeof syms[5]);
    memcpy(&api->function_count, &syms[6], sizeof syms[6]);
    memcpy(&api->function_name, &syms[7], sizeof syms[7]);
    memcpy(&api->violation_count, &syms[8], sizeof syms[8]);
    memcpy(&api->violation, &syms[9], sizeof syms[9]);
    memcpy(&api->is_live, &syms[10], sizeof syms[10]);
    return 0;
}
#endif

#ifdef __cplusplus
}
#endif

#endif /* ACLVENC_NULLDRV_H */
