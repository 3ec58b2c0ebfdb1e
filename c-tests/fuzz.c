/* Seeded fuzz harness over every function the shim exports (157, table in fuzz_table.h), linked against the shim
 * with the null driver underneath. It makes random sequences of calls with live, destroyed and never-created
 * handles (V1 channel descs and frame configs, V2 channels, pic/stream descs, contexts, streams), NULLs, random
 * integers and enums, and random or garbage structs, while the null driver returns random scripted codes. It asserts:
 *   - no crash (a signal handler names the call that crashed, with the seed and call number to replay it);
 *   - no handle the null driver never created, or already destroyed, reaches it (nulldrv_violation_count); a V2
 *     channel number the driver does not know is forwarded in report mode by design (MPI-CHN-UNEXIST is reported
 *     and the driver answers HI_ERR_VENC_UNEXIST), so it counts only in reject mode;
 *   - no panic inside the shim (caught by its boundary, but a bug: ctest fails the run on "panicked at");
 *   - every forwarded call reaches the driver bit for bit (the null driver records the argument words of the last
 *     call of each function; each is compared with the word the harness passed, converted the way the driver
 *     records it) and the application gets the driver's return value unchanged;
 *   - in report mode, each of the 85 driver functions is forwarded at least once (the run is not vacuous).
 * The mode (ACLVENC_SHIM_MODE=report or reject) is the shim's own setting, read from the environment.
 *
 * What an application must get right itself is kept right, since no layer can survive it: a pointer the callee
 * reads or writes (class BUF) points to FUZZ_BUF_SIZE bytes of harness memory (random, zero or a valid struct) or
 * is NULL, a length that goes with such a pointer is at most FUZZ_BUF_SIZE, and a hi_venc_stream's pack pointer
 * covers its pack_cnt. Handles, addresses the callee does not read (class VOIDP), integers and enums are anything.
 *
 *   fuzz <path of libaclvenc_nulldrv.so>
 *   ACLVENC_FUZZ_SEED=<n>      the seed (default 1)
 *   ACLVENC_FUZZ_CALLS=<n>     how many calls (default 200000)
 *   ACLVENC_FUZZ_SECONDS=<s>   run for this long instead (the nightly run)
 *   ACLVENC_FUZZ_TRACE=1       print every call before making it (to replay a crash) */
#define _POSIX_C_SOURCE 200809L
#include "test_support.h"
#include "fuzz_table.h"
#include "fuzz_abi_names.h"

#include <signal.h>
#include <time.h>
#include <unistd.h>

#define FUZZ_BUF_SIZE 4096
#define FUZZ_MAX_ARGS 5
#define POOL_CAP 64
#define EPISODE_CALLS 4096
#define MAX_REPORTED 20

/* ---- the function table ---------------------------------------------------------------------------------------- */

enum arg_class { C_DESC, C_FCFG, C_PICD, C_STRD, C_CTX, C_STRM, C_CHN, C_VCB, C_RTCB, C_CSTR, C_VOIDP, C_BUF,
                 C_VSTREAM, C_U8, C_U32, C_U64, C_SIZE, C_I32, C_ENUM };
enum ret_class { R_I32, R_U8, R_U32, R_U64, R_PTR };

/* An argument word cast to the parameter's exact type (pointers through uintptr_t). */
#define CONV_P(t, w) ((t)(uintptr_t)(w))
#define CONV_I(t, w) ((t)(w))
#define CONV_DESC CONV_P
#define CONV_FCFG CONV_P
#define CONV_PICD CONV_P
#define CONV_STRD CONV_P
#define CONV_CTX CONV_P
#define CONV_STRM CONV_P
#define CONV_VCB CONV_P
#define CONV_RTCB CONV_P
#define CONV_CSTR CONV_P
#define CONV_VOIDP CONV_P
#define CONV_BUF CONV_P
#define CONV_VSTREAM CONV_P
#define CONV_CHN CONV_I
#define CONV_U8 CONV_I
#define CONV_U32 CONV_I
#define CONV_U64 CONV_I
#define CONV_SIZE CONV_I
#define CONV_I32 CONV_I
#define CONV_ENUM CONV_I
/* A return value as a word, the way the null driver records the value it returns. */
#define RET_I32(e) ((uint64_t)(int64_t)(int32_t)(e))
#define RET_U8(e) ((uint64_t)(uint8_t)(e))
#define RET_U32(e) ((uint64_t)(uint32_t)(e))
#define RET_U64(e) ((uint64_t)(e))
#define RET_PTR(e) ((uint64_t)(uintptr_t)(e))

#define W0(f, rc, rt)                                                                                              \
    static uint64_t call_##f(const uint64_t *w)                                                                    \
    {                                                                                                              \
        (void)w;                                                                                                   \
        return RET_##rc(f());                                                                                      \
    }
#define W1(f, rc, rt, c0, t0)                                                                                      \
    static uint64_t call_##f(const uint64_t *w) { return RET_##rc(f(CONV_##c0(t0, w[0]))); }
#define W2(f, rc, rt, c0, t0, c1, t1)                                                                              \
    static uint64_t call_##f(const uint64_t *w) { return RET_##rc(f(CONV_##c0(t0, w[0]), CONV_##c1(t1, w[1]))); }
#define W3(f, rc, rt, c0, t0, c1, t1, c2, t2)                                                                      \
    static uint64_t call_##f(const uint64_t *w)                                                                    \
    {                                                                                                              \
        return RET_##rc(f(CONV_##c0(t0, w[0]), CONV_##c1(t1, w[1]), CONV_##c2(t2, w[2])));                         \
    }
#define W4(f, rc, rt, c0, t0, c1, t1, c2, t2, c3, t3)                                                              \
    static uint64_t call_##f(const uint64_t *w)                                                                    \
    {                                                                                                              \
        return RET_##rc(f(CONV_##c0(t0, w[0]), CONV_##c1(t1, w[1]), CONV_##c2(t2, w[2]), CONV_##c3(t3, w[3])));    \
    }
#define W5(f, rc, rt, c0, t0, c1, t1, c2, t2, c3, t3, c4, t4)                                                      \
    static uint64_t call_##f(const uint64_t *w)                                                                    \
    {                                                                                                              \
        return RET_##rc(f(CONV_##c0(t0, w[0]), CONV_##c1(t1, w[1]), CONV_##c2(t2, w[2]), CONV_##c3(t3, w[3]),      \
                          CONV_##c4(t4, w[4])));                                                                   \
    }
FUZZ_FUNCTIONS(W0, W1, W2, W3, W4, W5)

struct fn {
    const char *name;
    uint64_t (*call)(const uint64_t *w);
    enum ret_class ret;
    int nargs;
    enum arg_class cls[FUZZ_MAX_ARGS];
    const char *ret_type;
    /* filled at start */
    int in_driver;      /* the null driver exports it */
    int64_t calls, forwarded;
};

#define D0(f, rc, rt) {#f, call_##f, R_##rc, 0, {C_U8}, #rt, 0, 0, 0},
#define D1(f, rc, rt, c0, t0) {#f, call_##f, R_##rc, 1, {C_##c0}, #rt, 0, 0, 0},
#define D2(f, rc, rt, c0, t0, c1, t1) {#f, call_##f, R_##rc, 2, {C_##c0, C_##c1}, #rt, 0, 0, 0},
#define D3(f, rc, rt, c0, t0, c1, t1, c2, t2) {#f, call_##f, R_##rc, 3, {C_##c0, C_##c1, C_##c2}, #rt, 0, 0, 0},
#define D4(f, rc, rt, c0, t0, c1, t1, c2, t2, c3, t3)                                                              \
    {#f, call_##f, R_##rc, 4, {C_##c0, C_##c1, C_##c2, C_##c3}, #rt, 0, 0, 0},
#define D5(f, rc, rt, c0, t0, c1, t1, c2, t2, c3, t3, c4, t4)                                                      \
    {#f, call_##f, R_##rc, 5, {C_##c0, C_##c1, C_##c2, C_##c3, C_##c4}, #rt, 0, 0, 0},
static struct fn g_fns[] = {FUZZ_FUNCTIONS(D0, D1, D2, D3, D4, D5)};
#define N_FNS (sizeof g_fns / sizeof g_fns[0])

/* ---- random numbers: xorshift64*, one stream per seed ----------------------------------------------------------- */

static uint64_t g_rng;
static uint64_t rnd(void)
{
    g_rng ^= g_rng >> 12;
    g_rng ^= g_rng << 25;
    g_rng ^= g_rng >> 27;
    return g_rng * 0x2545F4914F6CDD1Dull;
}
static uint32_t below(uint32_t n)
{
    return (uint32_t)(rnd() % n);
}
static int chance(uint32_t percent)
{
    return below(100) < percent;
}

/* ---- the objects the harness knows: live ones, and destroyed ones to hand back -------------------------------- */

struct pool {
    const char *kind; /* the null driver's name for it (nulldrv_is_live), NULL: the driver does not know it */
    uint64_t live[POOL_CAP];
    int nlive;
    uint64_t dead[POOL_CAP];
    int ndead;
};
static struct pool g_descs = {"aclvencChannelDesc", {0}, 0, {0}, 0};
static struct pool g_configs = {"aclvencFrameConfig", {0}, 0, {0}, 0};
static struct pool g_chns = {"hi_venc_chn", {0}, 0, {0}, 0};
static struct pool g_pics = {NULL, {0}, 0, {0}, 0};
static struct pool g_streams = {NULL, {0}, 0, {0}, 0};

static void pool_forget(struct pool *p, uint64_t v)
{
    int i;
    for (i = 0; i < p->nlive; i++) {
        if (p->live[i] == v) {
            p->live[i] = p->live[--p->nlive];
            break;
        }
    }
    for (i = 0; i < p->ndead; i++) {
        if (p->dead[i] == v) {
            p->dead[i] = p->dead[--p->ndead];
            break;
        }
    }
}

/* Files `v` as live or dead. */
static void pool_put(struct pool *p, uint64_t v, int live)
{
    pool_forget(p, v);
    if (live) {
        if (p->nlive < POOL_CAP)
            p->live[p->nlive++] = v;
    } else if (p->ndead < POOL_CAP) {
        p->dead[p->ndead++] = v;
    } else {
        p->dead[below(POOL_CAP)] = v;
    }
}

static struct nulldrv_api g_drv;

/* Re-reads what the driver says about `v` (the driver decides whether a create or destroy took effect). */
static void pool_sync(struct pool *p, uint64_t v)
{
    int live, i, known = 0;
    if (p->kind == NULL)
        return;
    live = g_drv.is_live(p->kind, v);
    for (i = 0; i < p->nlive && !known; i++)
        known = p->live[i] == v;
    for (i = 0; i < p->ndead && !known; i++)
        known = p->dead[i] == v;
    if (live == 1 || known)
        pool_put(p, v, live == 1);
}

/* A value that was never a handle of this kind: small numbers, random words, harness memory, a neighbour of a live
 * null-driver handle (the driver's next handles are 0x40 apart), another kind's handle. */
static uint64_t never_created(const struct pool *p, const struct pool *other)
{
    static char stack_like[64];
    switch (below(6)) {
    case 0:
        return 0x1234;
    case 1:
        return rnd();
    case 2:
        return (uint64_t)(uintptr_t)stack_like + below(64);
    case 3:
        return p->nlive > 0 ? p->live[below((uint32_t)p->nlive)] + 0x40ull * (1 + below(1u << 20)) : 0x5678;
    case 4:
        return other != NULL && other->nlive > 0 ? other->live[below((uint32_t)other->nlive)] : 8;
    default:
        return (uint64_t)below(1u << 16) << 6;
    }
}

static uint64_t pick_handle(struct pool *p, const struct pool *other)
{
    uint32_t r = below(100);
    if (r < 50 && p->nlive > 0)
        return p->live[below((uint32_t)p->nlive)];
    if (r < 65 && p->ndead > 0)
        return p->dead[below((uint32_t)p->ndead)];
    if (r < 75)
        return 0;
    return never_created(p, other);
}

static uint64_t pick_chn(void)
{
    uint32_t r = below(100);
    if (r < 50 && g_chns.nlive > 0)
        return g_chns.live[below((uint32_t)g_chns.nlive)];
    if (r < 60 && g_chns.ndead > 0)
        return g_chns.dead[below((uint32_t)g_chns.ndead)];
    if (r < 90)
        return below(64); /* may be live, dead or new: create_chn takes it */
    return (uint64_t)(int64_t)(int32_t)rnd();
}

/* ---- argument buffers -------------------------------------------------------------------------------------------- */

static _Alignas(64) unsigned char g_bufs[FUZZ_MAX_ARGS][FUZZ_BUF_SIZE];
static _Alignas(64) unsigned char g_packs[FUZZ_BUF_SIZE];

static void fill_random(unsigned char *p, size_t n)
{
    size_t i;
    for (i = 0; i + 8 <= n; i += 8) {
        uint64_t r = rnd();
        memcpy(p + i, &r, 8);
    }
}

static void app_callback(acldvppPicDesc *input, acldvppStreamDesc *output, void *userdata)
{
    (void)input, (void)output, (void)userdata;
}
static void app_rt_callback(void *userdata)
{
    (void)userdata;
}

/* Points BUF argument `i` at its buffer, filled for function `f`. */
static uint64_t make_buf(const struct fn *f, int i)
{
    unsigned char *b = g_bufs[i];
    uint32_t r = below(100);
    if (r < 12)
        return 0;
    if (r < 50)
        fill_random(b, FUZZ_BUF_SIZE);
    else
        memset(b, 0, FUZZ_BUF_SIZE);
    /* a valid channel attribute now and then, so channels get created in reject mode too */
    if (r >= 75 && (strcmp(f->name, "hi_mpi_venc_create_chn") == 0 || strcmp(f->name, "hi_mpi_venc_set_chn_attr") == 0))
        fill_h264_attr((hi_venc_chn_attr *)(void *)b);
    return (uint64_t)(uintptr_t)b;
}

/* A hi_venc_stream: random fields, and a pack pointer that is NULL or covers pack_cnt packs. */
static uint64_t make_vstream(int i)
{
    hi_venc_stream *s = (hi_venc_stream *)(void *)g_bufs[i];
    uint32_t r = below(100);
    if (r < 12)
        return 0;
    fill_random(g_bufs[i], FUZZ_BUF_SIZE);
    fill_random(g_packs, sizeof g_packs);
    if (r < 40) {
        s->pack = NULL;
    } else {
        s->pack = (hi_venc_pack *)(void *)g_packs;
        s->pack_cnt = below(FUZZ_BUF_SIZE / sizeof(hi_venc_pack) + 1);
    }
    return (uint64_t)(uintptr_t)s;
}

static uint64_t make_arg(const struct fn *f, int i)
{
    switch (f->cls[i]) {
    case C_DESC:
        return pick_handle(&g_descs, &g_configs);
    case C_FCFG:
        return pick_handle(&g_configs, &g_descs);
    case C_PICD:
        return pick_handle(&g_pics, &g_streams);
    case C_STRD:
        return pick_handle(&g_streams, &g_pics);
    case C_CTX:
    case C_STRM:
    case C_VOIDP:
        switch (below(4)) {
        case 0:
            return 0;
        case 1:
            return (uint64_t)(uintptr_t)g_bufs[i];
        case 2:
            return rnd();
        default:
            return (uint64_t)below(1u << 20) << 12;
        }
    case C_CHN:
        return pick_chn();
    case C_VCB:
        return below(3) == 0 ? 0 : below(2) ? (uint64_t)(uintptr_t)&app_callback : 0x4000;
    case C_RTCB:
        return below(3) == 0 ? 0 : below(2) ? (uint64_t)(uintptr_t)&app_rt_callback : 0x4000;
    case C_CSTR:
        return below(3) == 0 ? 0 : below(2) ? (uint64_t)(uintptr_t)"" : (uint64_t)(uintptr_t)"/nonexistent/acl.json";
    case C_BUF:
        return make_buf(f, i);
    case C_VSTREAM:
        return make_vstream(i);
    case C_U8:
        return below(2) ? below(3) : (uint8_t)rnd();
    case C_U32: {
        static const uint32_t common[] = {0, 1, 2, 16, 128, 1080, 1920, 4096, 8192, 0x80000000u, 0xFFFFFFFFu};
        return below(2) ? common[below(sizeof common / sizeof common[0])] : (uint32_t)rnd();
    }
    case C_U64:
        return below(2) ? below(1024) : rnd();
    case C_SIZE:
        return below(4) ? below(FUZZ_BUF_SIZE + 1) : rnd();
    case C_I32:
    case C_ENUM:
        return (uint64_t)(int64_t)(below(2) ? (int32_t)below(12) - 1 : (int32_t)rnd());
    }
    return 0;
}

/* The word the null driver records for argument class `c` (unsigned zero-extended, signed sign-extended). */
static uint64_t arg_word(enum arg_class c, uint64_t w)
{
    switch (c) {
    case C_U8:
        return (uint8_t)w;
    case C_U32:
        return (uint32_t)w;
    case C_CHN:
    case C_I32:
    case C_ENUM:
        return (uint64_t)(int64_t)(int32_t)w;
    default:
        return w;
    }
}

static uint64_t ret_word(enum ret_class c, uint64_t w)
{
    switch (c) {
    case R_I32:
        return (uint64_t)(int64_t)(int32_t)w;
    case R_U8:
        return (uint8_t)w;
    case R_U32:
        return (uint32_t)w;
    default:
        return w;
    }
}

/* Keeps the application's side of the memory contract (see the top of the file): a length that goes with a BUF
 * argument fits its buffer. */
static void fix_lengths(const struct fn *f, uint64_t *w)
{
    if (strcmp(f->name, "aclvencSetChannelDescParam") == 0 || strcmp(f->name, "aclvencGetChannelDescParam") == 0)
        w[2] %= FUZZ_BUF_SIZE + 1;
    else if (strcmp(f->name, "aclrtMemcpy") == 0) {
        w[1] %= FUZZ_BUF_SIZE + 1;
        w[3] %= FUZZ_BUF_SIZE + 1;
    } else if (strcmp(f->name, "hi_mpi_sys_get_image_align_info") == 0) {
        w[1] %= FUZZ_BUF_SIZE / 32;
    } else if (strcmp(f->name, "hi_mpi_sys_wait_epoll") == 0) {
        w[2] = (uint64_t)(int64_t)(int32_t)((int32_t)w[2] % (FUZZ_BUF_SIZE / (int32_t)sizeof(hi_dvpp_epoll_event)));
        w[3] = 0; /* no waiting */
    }
}

/* ---- crash reporting --------------------------------------------------------------------------------------------- */

static char g_where[256];
static size_t g_where_len;

static void on_fatal_signal(int sig)
{
    static const char head[] = "\nfuzz: CRASH (fatal signal) in ";
    ssize_t unused = write(2, head, sizeof head - 1);
    unused = write(2, g_where, g_where_len);
    (void)unused;
    signal(sig, SIG_DFL);
    raise(sig);
}

static void install_crash_handler(void)
{
    static const int sigs[] = {SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGILL};
    size_t i;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_fatal_signal;
    for (i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
        sigaction(sigs[i], &sa, NULL);
}

/* ---- one call ---------------------------------------------------------------------------------------------------- */

static uint64_t g_seed;
static int64_t g_calls, g_forwarded, g_violations, g_arg_mismatches, g_ret_mismatches, g_extra_calls;
static int64_t g_chn_forwarded;
static int g_reported, g_reject;
static int g_trace;

static void describe_call(char *out, size_t cap, const struct fn *f, const uint64_t *w, int64_t n)
{
    int i, len = snprintf(out, cap, "call #%" PRId64 " (seed %" PRIu64 "): %s(", n, g_seed, f->name);
    for (i = 0; i < f->nargs && len > 0 && (size_t)len < cap; i++)
        len += snprintf(out + len, cap - (size_t)len, "%s0x%" PRIx64, i ? ", " : "", w[i]);
    if (len > 0 && (size_t)len < cap)
        snprintf(out + len, cap - (size_t)len, ")\n");
}

static void failure(const char *what, const struct fn *f, const uint64_t *w, const char *detail)
{
    char call[256];
    g_failures++;
    if (g_reported++ >= MAX_REPORTED)
        return;
    describe_call(call, sizeof call, f, w, g_calls);
    fprintf(stderr, "FAIL %s: %s%s%s", what, call, detail ? detail : "", detail ? "\n" : "");
}

/* Scripts what the driver answers: usually its default, sometimes a random code (or a failed create). */
static void script_return(const struct fn *f)
{
    static const int64_t codes[] = {0, ACL_ERROR_INVALID_PARAM, ACL_ERROR_FAILURE, (int64_t)HI_ERR_VENC_NULL_PTR,
                                    (int64_t)HI_ERR_VENC_UNEXIST, (int64_t)HI_ERR_VENC_BUF_EMPTY, -1};
    if (!f->in_driver)
        return;
    if (f->nargs == 0) { /* a create: sometimes it fails (NULL) */
        if (chance(10))
            g_drv.set_return(f->name, 0);
        else
            g_drv.clear_return(f->name);
    } else if (chance(30)) {
        g_drv.set_return(f->name, below(2) ? codes[below(sizeof codes / sizeof codes[0])] : (int64_t)rnd());
    } else {
        g_drv.clear_return(f->name);
    }
}

static void sync_objects(const struct fn *f, const uint64_t *w, uint64_t ret)
{
    int i;
    for (i = 0; i < f->nargs; i++) {
        if (f->cls[i] == C_DESC)
            pool_sync(&g_descs, w[i]);
        else if (f->cls[i] == C_FCFG)
            pool_sync(&g_configs, w[i]);
        else if (f->cls[i] == C_CHN)
            pool_sync(&g_chns, arg_word(C_CHN, w[i]));
    }
    if (f->nargs == 0 && ret != 0) {
        if (strcmp(f->ret_type, "p_aclvencChannelDesc") == 0)
            pool_sync(&g_descs, ret);
        else if (strcmp(f->ret_type, "p_aclvencFrameConfig") == 0)
            pool_sync(&g_configs, ret);
        else if (strcmp(f->ret_type, "p_acldvppPicDesc") == 0)
            pool_put(&g_pics, ret, 1);
        else if (strcmp(f->ret_type, "p_acldvppStreamDesc") == 0)
            pool_put(&g_streams, ret, 1);
    }
}

static void fuzz_call(struct fn *f, uint64_t *w)
{
    int64_t before = 0, after, violations_before = g_drv.violation_count();
    uint64_t ret, driver_ret, recorded[8];
    int i, n;

    g_where_len = 0;
    describe_call(g_where, sizeof g_where, f, w, g_calls);
    g_where_len = strlen(g_where);
    if (g_trace)
        fputs(g_where, stderr);
    if (f->in_driver)
        before = g_drv.call_count(f->name);

    ret = f->call(w);

    g_calls++;
    f->calls++;
    if (g_drv.violation_count() != violations_before) {
        int64_t k, n_new = g_drv.violation_count() - violations_before;
        for (k = 0; k < n_new; k++) {
            char text[256];
            text[0] = '\0';
            g_drv.violation((size_t)k, text, sizeof text);
            /* A V2 channel is a number the driver validates itself: report mode reports MPI-CHN-UNEXIST and
             * forwards it, by design (docs/rules.md). Pointer handles are refused in every mode, and reject mode
             * refuses an unknown channel too. */
            if (!g_reject && strstr(text, "(Chn)") != NULL) {
                g_chn_forwarded++;
                continue;
            }
            g_violations++;
            failure("a handle the driver never created (or destroyed) reached it", f, w, text);
        }
        g_drv.reset(); /* forget the violations so the next one is attributed to its own call */
    }
    if (f->in_driver && (after = g_drv.call_count(f->name)) > before) {
        g_forwarded++;
        f->forwarded++;
        if (after - before != 1) {
            /* the shim called this driver function on its own too: the last record may not be this call */
            g_extra_calls++;
            failure("one call reached the driver more than once", f, w, NULL);
        } else {
            n = g_drv.last_args(f->name, recorded, 8);
            for (i = 0; i < f->nargs; i++) {
                if (n != f->nargs || recorded[i] != arg_word(f->cls[i], w[i])) {
                    char detail[128];
                    snprintf(detail, sizeof detail, "argument %d reached the driver as 0x%" PRIx64 " (nargs %d)", i,
                             n > i ? recorded[i] : 0, n);
                    g_arg_mismatches++;
                    failure("argument changed on the way to the driver", f, w, detail);
                    break;
                }
            }
            if (g_drv.last_return(f->name, &driver_ret) != 0 || ret_word(f->ret, driver_ret) != ret_word(f->ret, ret)) {
                char detail[128];
                snprintf(detail, sizeof detail, "the driver returned 0x%" PRIx64 ", the application got 0x%" PRIx64,
                         ret_word(f->ret, driver_ret), ret_word(f->ret, ret));
                g_ret_mismatches++;
                failure("return value changed on the way back", f, w, detail);
            }
        }
    }
    sync_objects(f, w, ret);
}

/* Destroys every object the harness knows is live, with the driver answering success (end of an episode). */
static void clean_up(void)
{
    size_t i;
    for (i = 0; i < N_FNS; i++)
        if (g_fns[i].in_driver)
            g_drv.clear_return(g_fns[i].name);
    while (g_chns.nlive > 0) {
        uint64_t c = g_chns.live[0];
        (void)hi_mpi_venc_stop_chn((hi_venc_chn)c);
        (void)hi_mpi_venc_destroy_chn((hi_venc_chn)c);
        pool_forget(&g_chns, c);
    }
    while (g_descs.nlive > 0) {
        uint64_t d = g_descs.live[0];
        (void)aclvencDestroyChannel((aclvencChannelDesc *)(uintptr_t)d);
        (void)aclvencDestroyChannelDesc((aclvencChannelDesc *)(uintptr_t)d);
        pool_forget(&g_descs, d);
    }
    while (g_configs.nlive > 0) {
        uint64_t c = g_configs.live[0];
        (void)aclvencDestroyFrameConfig((aclvencFrameConfig *)(uintptr_t)c);
        pool_forget(&g_configs, c);
    }
    while (g_pics.nlive > 0) {
        (void)acldvppDestroyPicDesc((acldvppPicDesc *)(uintptr_t)g_pics.live[0]);
        pool_forget(&g_pics, g_pics.live[0]);
    }
    while (g_streams.nlive > 0) {
        (void)acldvppDestroyStreamDesc((acldvppStreamDesc *)(uintptr_t)g_streams.live[0]);
        pool_forget(&g_streams, g_streams.live[0]);
    }
    /* cleaning up makes no violation: these were all live */
    if (g_drv.violation_count() != 0) {
        fprintf(stderr, "FAIL clean-up handed the driver %" PRId64 " handle(s) it did not know\n",
                g_drv.violation_count());
        g_failures++;
        g_drv.reset();
    }
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static uint64_t env_u64(const char *name, uint64_t fallback)
{
    const char *v = getenv(name);
    return v != NULL && *v != '\0' ? strtoull(v, NULL, 0) : fallback;
}

/* The table names exactly the functions of abi/abi-spec.json and abi/abi-overlay.json. */
static void check_table(void)
{
    size_t i, j;
    CHECK_EQ_U64(N_FNS, sizeof fuzz_abi_names / sizeof fuzz_abi_names[0]);
    for (i = 0; i < sizeof fuzz_abi_names / sizeof fuzz_abi_names[0]; i++) {
        for (j = 0; j < N_FNS && strcmp(g_fns[j].name, fuzz_abi_names[i]) != 0; j++)
            ;
        if (j == N_FNS) {
            fprintf(stderr, "FAIL fuzz_table.h lacks %s (in the ABI table)\n", fuzz_abi_names[i]);
            g_failures++;
        }
    }
}

int main(int argc, char **argv)
{
    uint64_t limit_calls, w[FUZZ_MAX_ARGS];
    double seconds, start, elapsed;
    const char *mode = getenv("ACLVENC_SHIM_MODE");
    size_t i, driver_fns = 0, driver_fns_forwarded = 0;

    if (argc != 2) {
        fprintf(stderr, "usage: %s <path of libaclvenc_nulldrv.so>\n", argv[0]);
        return 2;
    }
    if (!SHIM_LOADED()) {
        fprintf(stderr, "the shim is not loaded\n");
        return 2;
    }
    g_reject = mode != NULL && strcmp(mode, "reject") == 0;
    load_nulldrv(argv[1], &g_drv);
    check_table();
    g_seed = env_u64("ACLVENC_FUZZ_SEED", 1);
    g_rng = g_seed * 0x9E3779B97F4A7C15ull + 0x632BE59BD9B4E019ull;
    limit_calls = env_u64("ACLVENC_FUZZ_CALLS", 200000);
    seconds = (double)env_u64("ACLVENC_FUZZ_SECONDS", 0);
    g_trace = env_u64("ACLVENC_FUZZ_TRACE", 0) != 0;
    install_crash_handler();

    for (i = 0; i < N_FNS; i++) {
        g_fns[i].in_driver = g_drv.call_count(g_fns[i].name) >= 0;
        driver_fns += (size_t)g_fns[i].in_driver;
    }
    CHECK_EQ_U64(driver_fns, g_drv.function_count());
    g_drv.reset();

    start = now_s();
    for (;;) {
        struct fn *f;
        int a;
        elapsed = now_s() - start;
        if (seconds > 0 ? elapsed >= seconds : (uint64_t)g_calls >= limit_calls)
            break;
        if (g_calls % EPISODE_CALLS == EPISODE_CALLS - 1)
            clean_up();
        f = &g_fns[below((uint32_t)N_FNS)];
        for (a = 0; a < f->nargs; a++)
            w[a] = make_arg(f, a);
        fix_lengths(f, w);
        script_return(f);
        fuzz_call(f, w);
    }
    clean_up();
    elapsed = now_s() - start;

    for (i = 0; i < N_FNS; i++) {
        if (g_fns[i].calls == 0) {
            fprintf(stderr, "FAIL %s was never called\n", g_fns[i].name);
            g_failures++;
        }
        if (g_fns[i].in_driver && g_fns[i].forwarded > 0)
            driver_fns_forwarded++;
        else if (g_fns[i].in_driver && !g_reject) {
            /* report mode forwards every call on a live handle: each driver function must have been reached */
            fprintf(stderr, "FAIL %s never reached the driver in report mode\n", g_fns[i].name);
            g_failures++;
        }
    }
    CHECK(g_forwarded > 0);
    printf("fuzz: mode %s, seed %" PRIu64 ": %" PRId64 " calls of %zu functions in %.1f s (%.0f/s); %" PRId64
           " forwarded (%zu of the driver's %zu functions reached); %" PRId64 " never-created or destroyed handles"
           " reached the driver (and %" PRId64 " unknown V2 channel numbers, forwarded by design in report mode), %"
           PRId64 " arguments and %" PRId64 " return values changed, %" PRId64
           " calls reached the driver more than once; no crash\n",
           g_reject ? "reject" : "report", g_seed, g_calls, N_FNS, elapsed, (double)g_calls / elapsed, g_forwarded,
           driver_fns_forwarded, driver_fns, g_violations, g_chn_forwarded, g_arg_mismatches, g_ret_mismatches,
           g_extra_calls);
    if (g_failures != 0) {
        fprintf(stderr, "fuzz: %d failure(s)%s\n", g_failures,
                g_reported > MAX_REPORTED ? " (the first 20 printed)" : "");
        return 1;
    }
    return 0;
}
