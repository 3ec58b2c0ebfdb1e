/*
 * venc_leaky_v2: a V2 (hi_mpi_venc) H.264/H.265 encoder client written the way third-party Ascend programs are
 * written (the vendor sample's shape: ACL runtime first, hi_mpi_sys_init, one channel, hi_mpi_dvpp_malloc'd inputs
 * filled from an NV12 file, a get-stream thread on hi_mpi_sys_wait_epoll that runs query_status, get_stream, copies
 * every pack out with aclrtMemcpy, release_stream, and frees the frame's input), with the mistakes such programs
 * really make, one option each, so the shim can be shown to catch every one of them. Without an option it is a
 * correct program.
 *
 *   aclInit -> aclrtSetDevice -> aclrtCreateContext -> aclrtCreateStream -> hi_mpi_sys_init
 *   hi_mpi_venc_create_chn -> get_fd -> hi_mpi_sys_create_epoll -> ctl_epoll(ADD) -> start_chn
 *   get-stream thread: wait_epoll -> query_status -> get_stream -> aclrtMemcpy -> release_stream -> free input
 *   per frame: hi_mpi_dvpp_malloc -> fill -> send_frame
 *   stop_chn -> ctl_epoll(DEL) -> destroy_chn -> close_epoll -> hi_mpi_sys_exit
 *   aclrtDestroyStream -> aclrtDestroyContext -> aclrtResetDevice -> aclFinalize
 *
 *   venc_leaky_v2 --input clip.nv12 --size 768x576 --output out.h264 [--frames N] [--codec h264|h265] [MISTAKE...]
 *
 * MISTAKE (any combination; the tests use one at a time):
 *   --no-sys-exit          never calls hi_mpi_sys_exit (everything else, the epoll instance included, is closed).
 *   --leak-stream          after the encoder teardown (sys_exit included) main returns: the aclrtStream is never
 *                          destroyed, and neither the context nor the device that would take it along is released
 *                          (no aclrtDestroyStream, aclrtDestroyContext, aclrtResetDevice or aclFinalize).
 *   --copy-after-release   the get-stream thread releases the stream first and copies the packs out (aclrtMemcpy
 *                          from pack[i].addr + offset) afterwards.
 *   --free-after-send      hi_mpi_dvpp_free of each input right after hi_mpi_venc_send_frame returns, before
 *                          get_stream has returned that frame.
 *   --free-planes          each frame is freed plane by plane, hi_mpi_dvpp_free(virt_addr[1]) then
 *                          hi_mpi_dvpp_free(virt_addr[0]), as if the chroma plane were an allocation of its own:
 *                          virt_addr[1] points into the middle of the block, no allocator returned it.
 *   --no-epoll-del         destroys the channel while its fd is still registered in the epoll set (no CTL_DEL).
 *   --close-epoll-late     calls hi_mpi_sys_exit before hi_mpi_sys_close_epoll.
 *
 * Exit status: 0 when the program got through its whole flow (a failing per-frame call is printed, and the frames
 * that made it are in --output), 1 when a setup call failed, 2 on a usage error.
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

#define INFO_LOG(fmt, ...) fprintf(stdout, "[INFO]  " fmt "\n", ##__VA_ARGS__)
#define ERROR_LOG(fmt, ...) fprintf(stderr, "[ERROR] " fmt "\n", ##__VA_ARGS__)

#define MAX_FRAMES 4096

static int32_t g_deviceId = 0;
static aclrtContext g_context = NULL;
static aclrtStream g_stream = NULL;
static hi_venc_chn g_chn = 0;
static hi_s32 g_epollFd = -1;
static FILE *g_outFile = NULL;

/* The mistakes. */
static int g_noSysExit, g_leakStream, g_copyAfterRelease, g_freeAfterSend, g_freePlanes, g_noEpollDel,
    g_closeEpollLate;

/* The planes of every frame sent, by frame index (NULL: already freed); guarded by g_mutex. The get-stream thread
 * frees frame k's input once it got frame k's stream (one stream per frame, in order). */
static struct {
    void *y;
    void *uv;
} g_inputs[MAX_FRAMES];
static pthread_mutex_t g_mutex = PTHREAD_MUTEX_INITIALIZER;
static uint32_t g_sent;
static atomic_bool g_sendDone;
static atomic_uint g_got;
static atomic_uint g_failedStreams;
static atomic_ullong g_bytes;

static void FreeInput(uint32_t k) {
    pthread_mutex_lock(&g_mutex);
    void *y = g_inputs[k].y, *uv = g_inputs[k].uv;
    g_inputs[k].y = g_inputs[k].uv = NULL;
    pthread_mutex_unlock(&g_mutex);
    if (y == NULL) {
        return;
    }
    if (g_freePlanes) {
        /* MISTAKE (--free-planes): the chroma plane is not an allocation. */
        hi_s32 ret = hi_mpi_dvpp_free(uv);
        if (ret != HI_SUCCESS) {
            ERROR_LOG("hi_mpi_dvpp_free(uv plane) failed, ret = %#x", (unsigned)ret);
        }
    }
    (void)hi_mpi_dvpp_free(y);
}

/* Copies pack `p` to the host and appends it to the output file. */
static int SavePack(const hi_venc_pack *p, void **host, size_t *hostSize) {
    if (p->len <= p->offset) {
        return -1; /* len 0: the frame failed to encode */
    }
    const hi_u32 len = p->len - p->offset;
    if (len > *hostSize) {
        void *n = realloc(*host, len);
        if (n == NULL) {
            return -1;
        }
        *host = n;
        *hostSize = len;
    }
    aclError ret = aclrtMemcpy(*host, *hostSize, p->addr + p->offset, len, ACL_MEMCPY_DEVICE_TO_HOST);
    if (ret != ACL_SUCCESS) {
        ERROR_LOG("aclrtMemcpy of a pack failed, errorCode = %d", (int)ret);
        return -1;
    }
    if (fwrite(*host, 1, len, g_outFile) != len) {
        return -1;
    }
    atomic_fetch_add(&g_bytes, len);
    return 0;
}

static int AllStreamsIn(void) {
    if (!atomic_load(&g_sendDone)) {
        return 0;
    }
    pthread_mutex_lock(&g_mutex);
    const uint32_t sent = g_sent;
    pthread_mutex_unlock(&g_mutex);
    return atomic_load(&g_got) >= sent;
}

static void *GetStreamThread(void *arg) {
    (void)arg;
    (void)aclrtSetCurrentContext(g_context);
    void *host = NULL;
    size_t hostSize = 0;
    uint64_t lastStream = ex_now_ms();
    while (!AllStreamsIn()) {
        if (ex_now_ms() - lastStream > 10000) {
            ERROR_LOG("no stream for 10 s, giving up");
            break;
        }
        hi_dvpp_epoll_event events[4];
        hi_s32 eventNum = 0;
        hi_s32 ret = hi_mpi_sys_wait_epoll(g_epollFd, events, 4, 200, &eventNum);
        if (ret != HI_SUCCESS) {
            ERROR_LOG("hi_mpi_sys_wait_epoll failed, ret = %#x", (unsigned)ret);
            break;
        }
        if (eventNum == 0) {
            continue;
        }
        for (;;) {
            hi_venc_chn_status stat; /* filled by query_status */
            ret = hi_mpi_venc_query_status(g_chn, &stat);
            if (ret != HI_SUCCESS) {
                ERROR_LOG("hi_mpi_venc_query_status failed, ret = %#x", (unsigned)ret);
                break;
            }
            if (stat.cur_packs == 0) {
                break;
            }
            hi_venc_stream stream; /* only pack and pack_cnt are inputs; get_stream fills the rest */
            stream.pack_cnt = stat.cur_packs;
            stream.pack = malloc(sizeof(hi_venc_pack) * stat.cur_packs);
            if (stream.pack == NULL) {
                break;
            }
            ret = hi_mpi_venc_get_stream(g_chn, &stream, 0);
            if (ret != HI_SUCCESS) {
                free(stream.pack);
                if ((hi_u32)ret != HI_ERR_VENC_BUF_EMPTY) {
                    ERROR_LOG("hi_mpi_venc_get_stream failed, ret = %#x", (unsigned)ret);
                }
                break;
            }
            int bad = 0;
            if (!g_copyAfterRelease) {
                for (hi_u32 i = 0; i < stream.pack_cnt; ++i) {
                    bad |= SavePack(&stream.pack[i], &host, &hostSize) != 0;
                }
            }
            ret = hi_mpi_venc_release_stream(g_chn, &stream);
            if (ret != HI_SUCCESS) {
                ERROR_LOG("hi_mpi_venc_release_stream failed, ret = %#x", (unsigned)ret);
                bad = 1;
            }
            if (g_copyAfterRelease) {
                /* MISTAKE (--copy-after-release): the stream buffer behind pack[i].addr is the encoder's again. */
                for (hi_u32 i = 0; i < stream.pack_cnt; ++i) {
                    bad |= SavePack(&stream.pack[i], &host, &hostSize) != 0;
                }
            }
            free(stream.pack);
            const uint32_t k = atomic_fetch_add(&g_got, 1);
            if (k < MAX_FRAMES) {
                FreeInput(k);
            }
            if (bad) {
                atomic_fetch_add(&g_failedStreams, 1);
            }
            lastStream = ex_now_ms();
        }
    }
    free(host);
    return NULL;
}

struct options {
    const char *input;
    const char *output;
    uint32_t width, height, frames;
    int h265;
};

static int parse(int argc, char **argv, struct options *o) {
    *o = (struct options){.frames = 0, .h265 = 0};
    static const struct {
        const char *name;
        int *flag;
    } mistakes[] = {
        {"--no-sys-exit", &g_noSysExit},
        {"--leak-stream", &g_leakStream},
        {"--copy-after-release", &g_copyAfterRelease},
        {"--free-after-send", &g_freeAfterSend},
        {"--free-planes", &g_freePlanes},
        {"--no-epoll-del", &g_noEpollDel},
        {"--close-epoll-late", &g_closeEpollLate},
    };
    for (int i = 1; i < argc; ++i) {
        const char *v;
        if (ex_common_opt(argc, argv, &i, &o->input, &o->output, &o->width, &o->height)) {
            continue;
        } else if ((v = ex_opt(argc, argv, &i, "--frames"))) {
            o->frames = ex_u32("--frames", v);
            continue;
        } else if ((v = ex_opt(argc, argv, &i, "--codec"))) {
            ex_codec(v, &o->h265);
            continue;
        }
        size_t m = 0;
        while (m < sizeof mistakes / sizeof mistakes[0] && strcmp(argv[i], mistakes[m].name) != 0) {
            ++m;
        }
        if (m == sizeof mistakes / sizeof mistakes[0]) {
            fprintf(stderr, "unknown option %s\n", argv[i]);
            return -1;
        }
        *mistakes[m].flag = 1;
    }
    return o->input && o->output && o->width ? 0 : -1;
}

static hi_s32 CreateChannel(const struct options *o) {
    hi_venc_chn_attr attr;
    memset(&attr, 0, sizeof attr);
    attr.venc_attr.type = o->h265 ? HI_PT_H265 : HI_PT_H264;
    attr.venc_attr.max_pic_width = o->width;
    attr.venc_attr.max_pic_height = o->height;
    attr.venc_attr.pic_width = o->width;
    attr.venc_attr.pic_height = o->height;
    attr.venc_attr.buf_size = (o->width * o->height * 3 / 2 * 4 + 63) / 64 * 64;
    attr.venc_attr.profile = o->h265 ? 0 : 1;
    attr.venc_attr.is_by_frame = HI_TRUE;
    attr.rc_attr.rc_mode = o->h265 ? HI_VENC_RC_MODE_H265_CBR : HI_VENC_RC_MODE_H264_CBR;
    hi_venc_h264_cbr *cbr = o->h265 ? &attr.rc_attr.h265_cbr : &attr.rc_attr.h264_cbr;
    cbr->gop = 16;
    cbr->stats_time = 1;
    cbr->src_frame_rate = 25;
    cbr->dst_frame_rate = 25;
    cbr->bit_rate = 2000;
    attr.gop_attr.gop_mode = HI_VENC_GOP_MODE_NORMAL_P;
    attr.gop_attr.normal_p.ip_qp_delta = 3;
    return hi_mpi_venc_create_chn(g_chn, &attr);
}

int main(int argc, char **argv) {
    struct options o;
    if (parse(argc, argv, &o) != 0) {
        fprintf(stderr,
                "usage: %s --input NV12 --size WxH --output STREAM [--frames N] [--codec h264|h265]\n"
                "          [--no-sys-exit] [--leak-stream] [--copy-after-release] [--free-after-send]\n"
                "          [--free-planes] [--no-epoll-del] [--close-epoll-late]\n",
                argv[0]);
        return 2;
    }
    const uint32_t available = ex_nv12_frames(o.input, o.width, o.height);
    const uint32_t frames = o.frames ? o.frames : available;
    if (frames == 0 || frames > available || frames > MAX_FRAMES) {
        ERROR_LOG("%s holds %u %ux%u NV12 frames, %u asked (at most %d)", o.input, available, o.width, o.height,
                  frames, MAX_FRAMES);
        return 2;
    }
    FILE *in = fopen(o.input, "rb");
    g_outFile = fopen(o.output, "wb");
    if (in == NULL || g_outFile == NULL) {
        ERROR_LOG("cannot open %s or %s", o.input, o.output);
        return 1;
    }

    /* ---- InitResource ---- */
    aclError aret = aclInit(NULL);
    if (aret != ACL_SUCCESS || (aret = aclrtSetDevice(g_deviceId)) != ACL_SUCCESS ||
        (aret = aclrtCreateContext(&g_context, g_deviceId)) != ACL_SUCCESS ||
        (aret = aclrtCreateStream(&g_stream)) != ACL_SUCCESS) {
        ERROR_LOG("acl init / set device / create context / create stream failed, errorCode = %d", (int)aret);
        return 1;
    }
    hi_s32 ret = hi_mpi_sys_init();
    if (ret != HI_SUCCESS) {
        ERROR_LOG("hi_mpi_sys_init failed, ret = %#x", (unsigned)ret);
        return 1;
    }

    /* ---- the channel and its epoll set ---- */
    ret = CreateChannel(&o);
    if (ret != HI_SUCCESS) {
        ERROR_LOG("hi_mpi_venc_create_chn failed, ret = %#x", (unsigned)ret);
        return 1;
    }
    const hi_s32 vencFd = hi_mpi_venc_get_fd(g_chn);
    if (vencFd < 0) {
        ERROR_LOG("hi_mpi_venc_get_fd failed, ret = %#x", (unsigned)vencFd);
        return 1;
    }
    ret = hi_mpi_sys_create_epoll(10, &g_epollFd);
    if (ret != HI_SUCCESS) {
        ERROR_LOG("hi_mpi_sys_create_epoll failed, ret = %#x", (unsigned)ret);
        return 1;
    }
    hi_dvpp_epoll_event event;
    event.events = HI_DVPP_EPOLL_IN;
    event.data = (void *)(uintptr_t)g_chn;
    ret = hi_mpi_sys_ctl_epoll(g_epollFd, HI_DVPP_EPOLL_CTL_ADD, vencFd, &event);
    if (ret != HI_SUCCESS) {
        ERROR_LOG("hi_mpi_sys_ctl_epoll(ADD) failed, ret = %#x", (unsigned)ret);
        return 1;
    }
    hi_venc_start_param recvParam;
    recvParam.recv_pic_num = -1;
    ret = hi_mpi_venc_start_chn(g_chn, &recvParam);
    if (ret != HI_SUCCESS) {
        ERROR_LOG("hi_mpi_venc_start_chn failed, ret = %#x", (unsigned)ret);
        return 1;
    }
    pthread_t getThread;
    if (pthread_create(&getThread, NULL, GetStreamThread, NULL) != 0) {
        ERROR_LOG("create get-stream thread failed");
        return 1;
    }

    /* ---- the frames ---- */
    const uint32_t widthStride = EX_ALIGN16(o.width);
    const hi_u64 inputSize = (hi_u64)widthStride * o.height * 3 / 2;
    uint32_t refused = 0;
    for (uint32_t i = 0; i < frames; ++i) {
        void *inBuf = NULL;
        ret = hi_mpi_dvpp_malloc(0, &inBuf, inputSize);
        if (ret != HI_SUCCESS) {
            ERROR_LOG("hi_mpi_dvpp_malloc failed, ret = %#x", (unsigned)ret);
            break;
        }
        if (ex_read_nv12(in, o.width, o.height, i, (uint8_t *)inBuf, widthStride) != 0) {
            ERROR_LOG("short read at frame %u", i);
            (void)hi_mpi_dvpp_free(inBuf);
            break;
        }
        hi_video_frame_info frame;
        memset(&frame, 0, sizeof frame);
        frame.mod_id = HI_ID_VENC;
        frame.v_frame.width = o.width;
        frame.v_frame.height = o.height;
        frame.v_frame.field = HI_VIDEO_FIELD_FRAME;
        frame.v_frame.pixel_format = HI_PIXEL_FORMAT_YUV_SEMIPLANAR_420;
        frame.v_frame.video_format = HI_VIDEO_FORMAT_LINEAR;
        frame.v_frame.compress_mode = HI_COMPRESS_MODE_NONE;
        frame.v_frame.dynamic_range = HI_DYNAMIC_RANGE_SDR8;
        frame.v_frame.color_gamut = HI_COLOR_GAMUT_BT709;
        frame.v_frame.width_stride[0] = widthStride;
        frame.v_frame.width_stride[1] = widthStride;
        frame.v_frame.height_stride[0] = o.height;
        frame.v_frame.height_stride[1] = o.height;
        frame.v_frame.virt_addr[0] = inBuf;
        frame.v_frame.virt_addr[1] = (hi_u8 *)inBuf + (size_t)widthStride * o.height;
        frame.v_frame.frame_flag = 0;
        frame.v_frame.time_ref = 2 * i;
        frame.v_frame.pts = (hi_u64)i * 40000u;
        /* Recorded before the send: the get-stream thread may free it as soon as its stream is out. */
        pthread_mutex_lock(&g_mutex);
        g_inputs[g_sent].y = frame.v_frame.virt_addr[0];
        g_inputs[g_sent].uv = frame.v_frame.virt_addr[1];
        pthread_mutex_unlock(&g_mutex);
        ret = hi_mpi_venc_send_frame(g_chn, &frame, -1);
        if (ret != HI_SUCCESS) {
            ERROR_LOG("hi_mpi_venc_send_frame of frame %u failed, ret = %#x", i, (unsigned)ret);
            ++refused;
            pthread_mutex_lock(&g_mutex);
            g_inputs[g_sent].y = g_inputs[g_sent].uv = NULL;
            pthread_mutex_unlock(&g_mutex);
            (void)hi_mpi_dvpp_free(inBuf);
            continue;
        }
        pthread_mutex_lock(&g_mutex);
        const uint32_t k = g_sent++;
        pthread_mutex_unlock(&g_mutex);
        if (g_freeAfterSend) {
            /* MISTAKE (--free-after-send): "send_frame has returned, the encoder has its copy". */
            FreeInput(k);
        }
    }
    atomic_store(&g_sendDone, 1);
    pthread_join(getThread, NULL);

    /* ---- DestroyResource ---- */
    ret = hi_mpi_venc_stop_chn(g_chn);
    if (ret != HI_SUCCESS) {
        ERROR_LOG("hi_mpi_venc_stop_chn failed, ret = %#x", (unsigned)ret);
    }
    if (!g_noEpollDel) {
        ret = hi_mpi_sys_ctl_epoll(g_epollFd, HI_DVPP_EPOLL_CTL_DEL, vencFd, NULL);
        if (ret != HI_SUCCESS) {
            ERROR_LOG("hi_mpi_sys_ctl_epoll(DEL) failed, ret = %#x", (unsigned)ret);
        }
    }
    /* MISTAKE (--no-epoll-del): the fd is still in the epoll set here. */
    ret = hi_mpi_venc_destroy_chn(g_chn);
    if (ret != HI_SUCCESS) {
        ERROR_LOG("hi_mpi_venc_destroy_chn failed, ret = %#x", (unsigned)ret);
    }
    for (uint32_t k = 0; k < g_sent; ++k) {
        FreeInput(k); /* inputs whose stream never came; none when every frame was encoded */
    }
    if (!g_closeEpollLate) {
        (void)hi_mpi_sys_close_epoll(g_epollFd);
    }
    if (!g_noSysExit) {
        /* MISTAKE (--no-sys-exit) is to skip this. */
        ret = hi_mpi_sys_exit();
        if (ret != HI_SUCCESS) {
            ERROR_LOG("hi_mpi_sys_exit failed, ret = %#x", (unsigned)ret);
        }
    }
    if (g_closeEpollLate) {
        /* MISTAKE (--close-epoll-late): after hi_mpi_sys_exit. */
        (void)hi_mpi_sys_close_epoll(g_epollFd);
    }
    fclose(in);
    fclose(g_outFile);
    INFO_LOG("%u frames: %u sent, %u refused, %u streams (%u failed), %llu bytes -> %s", frames, g_sent, refused,
             atomic_load(&g_got), atomic_load(&g_failedStreams), (unsigned long long)atomic_load(&g_bytes),
             o.output);
    if (g_leakStream) {
        /* MISTAKE (--leak-stream): "the process is ending anyway". */
        return 0;
    }
    (void)aclrtDestroyStream(g_stream);
    (void)aclrtDestroyContext(g_context);
    (void)aclrtResetDevice(g_deviceId);
    (void)aclFinalize();
    return 0;
}
