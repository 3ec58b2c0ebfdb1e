/*
 * venc_multi: N H.264/H.265 channels of the V2 encoder (hi_mpi_venc) at once, each fed by its own thread, all
 * drained by one epoll thread, the shape of a multi-camera recorder:
 *
 *   aclInit -> aclrtSetDevice -> aclrtCreateContext -> hi_mpi_sys_init -> hi_mpi_sys_create_epoll
 *   per channel: create_chn -> get_fd -> ctl_epoll(ADD, data = channel) -> start_chn
 *   N feeder threads: hi_mpi_dvpp_malloc'd NV12 buffers (a small ring per channel, a buffer reused only once the
 *     stream of the frame that used it was obtained) -> send_frame
 *   1 drain thread: wait_epoll -> query_status -> get_stream -> write -> release_stream
 *   per channel: stop_chn -> ctl_epoll(DEL) -> destroy_chn; then close_epoll -> hi_mpi_sys_exit -> context, device,
 *   aclFinalize
 *
 *   venc_multi --input clip.nv12 --size 768x576 --output out/cam [--channels N] [--codec h264|h265]
 *              [--bitrate KBPS] [--frames N]
 *
 * Writes PREFIX_<chn>.h264 or .h265 per channel (each channel starts at a different frame of the input so the
 * streams differ). Exit status 0 when every channel encoded every frame.
 */
#define _POSIX_C_SOURCE 200809L

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "acl/acl.h"
#include "acl/dvpp/hi_dvpp.h"

#include "example_util.h"

#define MAX_CHANNELS 16
/* Input buffers per channel: fewer than the encoder's input queue, so a send never waits for a buffer and a
 * stream at the same time. */
#define RING 4

struct options {
    const char *input;
    const char *output;
    uint32_t width, height, channels, bitrate_kbps, frames;
    int h265;
};

/* One channel: its feeder's buffers and the drain thread's progress. */
struct channel {
    hi_venc_chn id;
    hi_s32 fd;
    int created, started, in_epoll;
    pthread_t feeder;
    int feeder_up;
    void *buf[RING];
    FILE *out;
    /* Streams obtained so far (the drain thread counts, the feeder waits on it before reusing a buffer). */
    pthread_mutex_t mu;
    pthread_cond_t cv;
    uint32_t got;
    uint64_t bytes;
    atomic_int failed;
};

static struct options g_opt;
static struct channel g_ch[MAX_CHANNELS];
static uint32_t g_frames;
static atomic_int g_abort;

static void *feeder(void *arg) {
    struct channel *c = arg;
    const struct options *o = &g_opt;
    const uint32_t stride = EX_ALIGN16(o->width);
    FILE *in = fopen(o->input, "rb");
    if (in == NULL) {
        atomic_store(&c->failed, 1);
        return NULL;
    }
    const uint32_t available = ex_nv12_frames(o->input, o->width, o->height);
    for (uint32_t k = 0; k < g_frames && !atomic_load(&g_abort); ++k) {
        /* Buffer k % RING was last used by frame k - RING: wait until its stream came out. */
        pthread_mutex_lock(&c->mu);
        while (k >= RING && c->got + RING <= k && !atomic_load(&g_abort)) {
            pthread_cond_wait(&c->cv, &c->mu);
        }
        pthread_mutex_unlock(&c->mu);
        void *buf = c->buf[k % RING];
        const uint32_t index = (k + (uint32_t)c->id * 7u) % available;
        if (ex_read_nv12(in, o->width, o->height, index, (uint8_t *)buf, stride) != 0) {
            fprintf(stderr, "venc_multi: chn %d: short read at frame %u\n", c->id, index);
            atomic_store(&c->failed, 1);
            break;
        }
        hi_video_frame_info f;
        memset(&f, 0, sizeof f);
        f.v_frame.width = o->width;
        f.v_frame.height = o->height;
        f.v_frame.field = HI_VIDEO_FIELD_FRAME;
        f.v_frame.pixel_format = HI_PIXEL_FORMAT_YUV_SEMIPLANAR_420;
        f.v_frame.video_format = HI_VIDEO_FORMAT_LINEAR;
        f.v_frame.compress_mode = HI_COMPRESS_MODE_NONE;
        f.v_frame.dynamic_range = HI_DYNAMIC_RANGE_SDR8;
        f.v_frame.color_gamut = HI_COLOR_GAMUT_BT709;
        f.v_frame.width_stride[0] = stride;
        f.v_frame.width_stride[1] = stride;
        f.v_frame.height_stride[0] = o->height;
        f.v_frame.height_stride[1] = o->height;
        f.v_frame.virt_addr[0] = buf;
        f.v_frame.virt_addr[1] = (uint8_t *)buf + (size_t)stride * o->height;
        f.v_frame.pts = (uint64_t)k * 40000u;
        /* Blocks while the channel's input queue is full. */
        const hi_s32 rc = hi_mpi_venc_send_frame(c->id, &f, -1);
        if (rc != HI_SUCCESS) {
            fprintf(stderr, "venc_multi: chn %d: send_frame(%u) failed: %#x\n", c->id, k, (unsigned)rc);
            atomic_store(&c->failed, 1);
            break;
        }
    }
    fclose(in);
    return NULL;
}

/* Takes one stream of channel `c`, writes it and releases it. Returns 0, or 1 when there was none, -1 on error. */
static int drain_one(struct channel *c) {
    hi_venc_chn_status st;
    if (hi_mpi_venc_query_status(c->id, &st) != HI_SUCCESS) {
        return -1;
    }
    if (st.cur_packs == 0) {
        return 1;
    }
    hi_venc_pack packs[8];
    hi_venc_stream stream;
    memset(&stream, 0, sizeof stream);
    stream.pack = packs;
    stream.pack_cnt = st.cur_packs < 8 ? st.cur_packs : 8;
    const hi_s32 rc = hi_mpi_venc_get_stream(c->id, &stream, 0);
    if ((hi_u32)rc == HI_ERR_VENC_BUF_EMPTY) {
        return 1;
    }
    if (rc != HI_SUCCESS) {
        fprintf(stderr, "venc_multi: chn %d: get_stream failed: %#x\n", c->id, (unsigned)rc);
        return -1;
    }
    int bad = 0;
    uint64_t bytes = 0;
    for (hi_u32 i = 0; i < stream.pack_cnt; ++i) {
        const hi_venc_pack *p = &stream.pack[i];
        if (p->len <= p->offset) {
            bad = 1; /* a pack of length 0: that frame failed to encode */
            continue;
        }
        const hi_u32 len = p->len - p->offset;
        if (fwrite(p->addr + p->offset, 1, len, c->out) != len) {
            bad = 1;
        }
        bytes += len;
    }
    if (hi_mpi_venc_release_stream(c->id, &stream) != HI_SUCCESS) {
        bad = 1;
    }
    pthread_mutex_lock(&c->mu);
    c->got += 1;
    c->bytes += bytes;
    pthread_cond_broadcast(&c->cv);
    pthread_mutex_unlock(&c->mu);
    return bad ? -1 : 0;
}

/* The drain thread: every channel's fd in one epoll set. Stops when every channel has all its streams, a
 * channel fails, or nothing arrives for 10 s. */
static void *drainer(void *arg) {
    const hi_s32 epoll_fd = *(const hi_s32 *)arg;
    uint64_t last = ex_now_ms();
    for (;;) {
        uint32_t done = 0;
        for (uint32_t i = 0; i < g_opt.channels; ++i) {
            pthread_mutex_lock(&g_ch[i].mu);
            done += g_ch[i].got >= g_frames || atomic_load(&g_ch[i].failed);
            pthread_mutex_unlock(&g_ch[i].mu);
        }
        if (done == g_opt.channels || atomic_load(&g_abort)) {
            break;
        }
        hi_dvpp_epoll_event events[MAX_CHANNELS];
        hi_s32 n = 0;
        if (hi_mpi_sys_wait_epoll(epoll_fd, events, MAX_CHANNELS, 500, &n) != HI_SUCCESS) {
            fprintf(stderr, "venc_multi: wait_epoll failed\n");
            break;
        }
        for (hi_s32 e = 0; e < n; ++e) {
            const intptr_t i = (intptr_t)events[e].data;
            if (i < 0 || (uint32_t)i >= g_opt.channels) {
                continue;
            }
            int r;
            while ((r = drain_one(&g_ch[i])) == 0) {
                last = ex_now_ms();
            }
            if (r < 0) {
                atomic_store(&g_ch[i].failed, 1);
            }
        }
        if (ex_now_ms() - last > 10000) {
            fprintf(stderr, "venc_multi: no stream for 10 s, giving up\n");
            break;
        }
    }
    atomic_store(&g_abort, 1);
    for (uint32_t i = 0; i < g_opt.channels; ++i) {
        pthread_mutex_lock(&g_ch[i].mu);
        pthread_cond_broadcast(&g_ch[i].cv);
        pthread_mutex_unlock(&g_ch[i].mu);
    }
    return NULL;
}

static int parse(int argc, char **argv, struct options *o) {
    *o = (struct options){.channels = 2, .bitrate_kbps = 2000, .h265 = 0};
    for (int i = 1; i < argc; ++i) {
        const char *v;
        if (ex_common_opt(argc, argv, &i, &o->input, &o->output, &o->width, &o->height)) {
            continue;
        } else if ((v = ex_opt(argc, argv, &i, "--channels"))) {
            o->channels = ex_u32("--channels", v);
        } else if ((v = ex_opt(argc, argv, &i, "--codec"))) {
            ex_codec(v, &o->h265);
        } else if ((v = ex_opt(argc, argv, &i, "--bitrate"))) {
            o->bitrate_kbps = ex_u32("--bitrate", v);
        } else if ((v = ex_opt(argc, argv, &i, "--frames"))) {
            o->frames = ex_u32("--frames", v);
        } else {
            fprintf(stderr, "unknown option %s\n", argv[i]);
            return -1;
        }
    }
    if (o->channels < 1 || o->channels > MAX_CHANNELS) {
        fprintf(stderr, "--channels takes 1..%d\n", MAX_CHANNELS);
        return -1;
    }
    return o->input && o->output && o->width ? 0 : -1;
}

/* Creates, registers and starts channel `c`. */
static int open_channel(struct channel *c, hi_s32 epoll_fd, uint32_t index) {
    const struct options *o = &g_opt;
    hi_venc_chn_attr attr;
    memset(&attr, 0, sizeof attr);
    attr.venc_attr.type = o->h265 ? HI_PT_H265 : HI_PT_H264;
    attr.venc_attr.max_pic_width = o->width;
    attr.venc_attr.max_pic_height = o->height;
    attr.venc_attr.pic_width = o->width;
    attr.venc_attr.pic_height = o->height;
    attr.venc_attr.buf_size = (o->width * o->height * 3 / 2 * 4 + 63) / 64 * 64;
    attr.venc_attr.profile = o->h265 ? 0 : 1; /* H.264 main */
    attr.venc_attr.is_by_frame = HI_TRUE;
    attr.rc_attr.rc_mode = o->h265 ? HI_VENC_RC_MODE_H265_CBR : HI_VENC_RC_MODE_H264_CBR;
    hi_venc_h264_cbr *cbr = o->h265 ? &attr.rc_attr.h265_cbr : &attr.rc_attr.h264_cbr;
    cbr->gop = 30;
    cbr->stats_time = 1;
    cbr->src_frame_rate = 25;
    cbr->dst_frame_rate = 25;
    cbr->bit_rate = o->bitrate_kbps;
    attr.gop_attr.gop_mode = HI_VENC_GOP_MODE_NORMAL_P;
    attr.gop_attr.normal_p.ip_qp_delta = 3;
    hi_s32 rc = hi_mpi_venc_create_chn(c->id, &attr);
    if (rc != HI_SUCCESS) {
        fprintf(stderr, "venc_multi: create_chn(%d) failed: %#x\n", c->id, (unsigned)rc);
        return -1;
    }
    c->created = 1;
    c->fd = hi_mpi_venc_get_fd(c->id);
    hi_dvpp_epoll_event ev = {.events = HI_DVPP_EPOLL_IN, .data = (void *)(intptr_t)index};
    if (c->fd < 0 || hi_mpi_sys_ctl_epoll(epoll_fd, HI_DVPP_EPOLL_CTL_ADD, c->fd, &ev) != HI_SUCCESS) {
        fprintf(stderr, "venc_multi: chn %d: no fd or epoll registration\n", c->id);
        return -1;
    }
    c->in_epoll = 1;
    const hi_u64 bytes = (hi_u64)EX_ALIGN16(o->width) * o->height * 3 / 2;
    for (int b = 0; b < RING; ++b) {
        if (hi_mpi_dvpp_malloc(0, &c->buf[b], bytes) != HI_SUCCESS) {
            return -1;
        }
    }
    hi_venc_start_param start = {.recv_pic_num = -1};
    if (hi_mpi_venc_start_chn(c->id, &start) != HI_SUCCESS) {
        return -1;
    }
    c->started = 1;
    return 0;
}

int main(int argc, char **argv) {
    if (parse(argc, argv, &g_opt) != 0) {
        fprintf(stderr,
                "usage: %s --input NV12 --size WxH --output PREFIX [--channels N] [--codec h264|h265] "
                "[--bitrate KBPS] [--frames N]\n",
                argv[0]);
        return 2;
    }
    const uint32_t available = ex_nv12_frames(g_opt.input, g_opt.width, g_opt.height);
    g_frames = g_opt.frames ? g_opt.frames : available;
    if (available == 0 || g_frames == 0) {
        fprintf(stderr, "venc_multi: %s holds no %ux%u NV12 frame\n", g_opt.input, g_opt.width, g_opt.height);
        return 2;
    }

    int status = 1, acl_up = 0, device_up = 0, sys_up = 0, drainer_up = 0;
    aclrtContext context = NULL;
    hi_s32 epoll_fd = -1;
    pthread_t drain_thread;

    if (aclInit(NULL) != ACL_SUCCESS) {
        goto fail;
    }
    acl_up = 1;
    if (aclrtSetDevice(0) != ACL_SUCCESS || (device_up = 1, aclrtCreateContext(&context, 0)) != ACL_SUCCESS) {
        fprintf(stderr, "venc_multi: no device or context\n");
        goto fail;
    }
    if (hi_mpi_sys_init() != HI_SUCCESS) {
        fprintf(stderr, "venc_multi: hi_mpi_sys_init failed\n");
        goto fail;
    }
    sys_up = 1;
    if (hi_mpi_sys_create_epoll((hi_s32)g_opt.channels, &epoll_fd) != HI_SUCCESS) {
        goto fail;
    }
    for (uint32_t i = 0; i < g_opt.channels; ++i) {
        struct channel *c = &g_ch[i];
        c->id = (hi_venc_chn)i;
        pthread_mutex_init(&c->mu, NULL);
        pthread_cond_init(&c->cv, NULL);
        char name[4096];
        snprintf(name, sizeof name, "%s_%u.%s", g_opt.output, i, g_opt.h265 ? "h265" : "h264");
        c->out = fopen(name, "wb");
        if (c->out == NULL || open_channel(c, epoll_fd, i) != 0) {
            fprintf(stderr, "venc_multi: cannot open channel %u (%s)\n", i, name);
            goto fail;
        }
    }
    if (pthread_create(&drain_thread, NULL, drainer, &epoll_fd) != 0) {
        goto fail;
    }
    drainer_up = 1;
    for (uint32_t i = 0; i < g_opt.channels; ++i) {
        if (pthread_create(&g_ch[i].feeder, NULL, feeder, &g_ch[i]) != 0) {
            atomic_store(&g_abort, 1);
            goto fail;
        }
        g_ch[i].feeder_up = 1;
    }
    status = 0;

fail:
    for (uint32_t i = 0; i < g_opt.channels; ++i) {
        if (g_ch[i].feeder_up) {
            pthread_join(g_ch[i].feeder, NULL);
        }
    }
    if (drainer_up) {
        pthread_join(drain_thread, NULL);
    }
    uint64_t total = 0;
    for (uint32_t i = 0; i < g_opt.channels; ++i) {
        struct channel *c = &g_ch[i];
        if (c->started) {
            status |= hi_mpi_venc_stop_chn(c->id) != HI_SUCCESS;
            /* Drain what is left so nothing is destroyed unreleased. */
            uint64_t until = ex_now_ms() + 2000;
            hi_venc_chn_status st;
            while (hi_mpi_venc_query_status(c->id, &st) == HI_SUCCESS && st.left_stream_frames > 0 &&
                   ex_now_ms() < until) {
                if (drain_one(c) != 0) {
                    ex_sleep_ms(5);
                }
            }
        }
        if (c->in_epoll) {
            status |= hi_mpi_sys_ctl_epoll(epoll_fd, HI_DVPP_EPOLL_CTL_DEL, c->fd, NULL) != HI_SUCCESS;
        }
        if (c->created) {
            status |= hi_mpi_venc_destroy_chn(c->id) != HI_SUCCESS;
        }
        for (int b = 0; b < RING; ++b) {
            if (c->buf[b] != NULL) {
                (void)hi_mpi_dvpp_free(c->buf[b]);
            }
        }
        if (c->out != NULL) {
            status |= fclose(c->out) != 0;
        }
        if (c->got != g_frames || atomic_load(&c->failed)) {
            status = 1;
        }
        printf("venc_multi: chn %u: %u of %u frames, %llu bytes\n", i, c->got, g_frames,
               (unsigned long long)c->bytes);
        total += c->bytes;
    }
    if (epoll_fd >= 0) {
        status |= hi_mpi_sys_close_epoll(epoll_fd) != HI_SUCCESS;
    }
    if (sys_up) {
        status |= hi_mpi_sys_exit() != HI_SUCCESS;
    }
    if (context != NULL) {
        status |= aclrtDestroyContext(context) != ACL_SUCCESS;
    }
    if (device_up) {
        status |= aclrtResetDevice(0) != ACL_SUCCESS;
    }
    if (acl_up) {
        status |= aclFinalize() != ACL_SUCCESS;
    }
    printf("venc_multi: %u %s channels, %llu bytes\n", g_opt.channels, g_opt.h265 ? "H.265" : "H.264",
           (unsigned long long)total);
    return status;
}
