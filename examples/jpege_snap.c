/*
 * jpege_snap: JPEG snapshots of chosen frames of a raw NV12 file with the V2 encoder (hi_mpi_venc), the flow of
 * the vendor documentation for JPEGE with user output buffers:
 *
 *   aclInit -> aclrtSetDevice -> aclrtCreateContext -> hi_mpi_sys_init
 *   hi_mpi_venc_create_chn (HI_PT_JPEG, buf_size 0) -> get/set_jpeg_param (qfactor)
 *   hi_mpi_venc_get_fd + hi_mpi_sys_create_epoll + ctl_epoll(ADD) -> hi_mpi_venc_start_chn
 *   per snapshot: hi_mpi_dvpp_malloc'd NV12 input -> get_jpege_predicted_size -> hi_mpi_dvpp_malloc output ->
 *     send_jpege_frame -> wait_epoll -> get_stream -> write NAME_<frame>.jpg -> release_stream -> free output
 *   stop_chn -> ctl_epoll(DEL) -> destroy_chn -> close_epoll -> hi_mpi_sys_exit -> context, device, aclFinalize
 *
 *   jpege_snap --input clip.nv12 --size 768x576 --output snaps/vtest [--quality 1..100] [--every N] [--count N]
 *
 * Snapshots frames 0, N, 2N, ... (--every, default 25), at most --count of them (default: to the end). Exit
 * status 0 when every snapshot was written.
 */
#define _POSIX_C_SOURCE 200809L

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "acl/acl.h"
#include "acl/dvpp/hi_dvpp.h"

#include "example_util.h"

#define CHECK_HI(call)                                                                               \
    do {                                                                                             \
        hi_s32 rc_ = (call);                                                                         \
        if (rc_ != HI_SUCCESS) {                                                                     \
            fprintf(stderr, "jpege_snap: %s failed: %#x (line %d)\n", #call, (unsigned)rc_, __LINE__); \
            goto fail;                                                                               \
        }                                                                                            \
    } while (0)

#define CHN 0

struct options {
    const char *input;
    const char *output;
    uint32_t width, height, quality, every, count;
};

static int parse(int argc, char **argv, struct options *o) {
    *o = (struct options){.quality = 90, .every = 25};
    for (int i = 1; i < argc; ++i) {
        const char *v;
        if (ex_common_opt(argc, argv, &i, &o->input, &o->output, &o->width, &o->height)) {
            continue;
        } else if ((v = ex_opt(argc, argv, &i, "--quality"))) {
            o->quality = ex_u32("--quality", v);
        } else if ((v = ex_opt(argc, argv, &i, "--every"))) {
            o->every = ex_u32("--every", v);
        } else if ((v = ex_opt(argc, argv, &i, "--count"))) {
            o->count = ex_u32("--count", v);
        } else {
            fprintf(stderr, "unknown option %s\n", argv[i]);
            return -1;
        }
    }
    if (o->quality < 1 || o->quality > 100 || o->every == 0) {
        fprintf(stderr, "--quality takes 1..100, --every at least 1\n");
        return -1;
    }
    return o->input && o->output && o->width ? 0 : -1;
}

/* A hi_video_frame_info for an NV12 picture at `buf` with 16-aligned rows. */
static void describe_frame(hi_video_frame_info *f, const struct options *o, void *buf, uint64_t pts) {
    const uint32_t stride = EX_ALIGN16(o->width);
    memset(f, 0, sizeof *f);
    f->v_frame.width = o->width;
    f->v_frame.height = o->height;
    f->v_frame.field = HI_VIDEO_FIELD_FRAME;
    f->v_frame.pixel_format = HI_PIXEL_FORMAT_YUV_SEMIPLANAR_420;
    f->v_frame.video_format = HI_VIDEO_FORMAT_LINEAR;
    f->v_frame.compress_mode = HI_COMPRESS_MODE_NONE;
    f->v_frame.dynamic_range = HI_DYNAMIC_RANGE_SDR8;
    f->v_frame.color_gamut = HI_COLOR_GAMUT_BT709;
    f->v_frame.width_stride[0] = stride;
    f->v_frame.width_stride[1] = stride;
    f->v_frame.height_stride[0] = o->height;
    f->v_frame.height_stride[1] = o->height;
    f->v_frame.virt_addr[0] = buf;
    f->v_frame.virt_addr[1] = (uint8_t *)buf + (size_t)stride * o->height;
    f->v_frame.pts = pts;
}

int main(int argc, char **argv) {
    struct options o;
    if (parse(argc, argv, &o) != 0) {
        fprintf(stderr,
                "usage: %s --input NV12 --size WxH --output PREFIX [--quality 1..100] [--every N] [--count N]\n",
                argv[0]);
        return 2;
    }
    const uint32_t available = ex_nv12_frames(o.input, o.width, o.height);
    uint32_t wanted = available == 0 ? 0 : (available - 1) / o.every + 1;
    if (o.count != 0 && o.count < wanted) {
        wanted = o.count;
    }
    FILE *in = fopen(o.input, "rb");
    if (in == NULL || wanted == 0) {
        fprintf(stderr, "jpege_snap: %s holds no %ux%u NV12 frame\n", o.input, o.width, o.height);
        return 2;
    }

    int status = 1, acl_up = 0, device_up = 0, sys_up = 0, created = 0, started = 0, in_epoll = 0;
    aclrtContext context = NULL;
    hi_s32 epoll_fd = -1, fd = -1;
    void *input = NULL;
    uint32_t written = 0;
    uint64_t bytes = 0;

    if (aclInit(NULL) != ACL_SUCCESS) {
        fprintf(stderr, "jpege_snap: aclInit failed\n");
        goto fail;
    }
    acl_up = 1;
    if (aclrtSetDevice(0) != ACL_SUCCESS || (device_up = 1, aclrtCreateContext(&context, 0)) != ACL_SUCCESS) {
        fprintf(stderr, "jpege_snap: no device or context\n");
        goto fail;
    }
    CHECK_HI(hi_mpi_sys_init());
    sys_up = 1;

    /* The channel: JPEG, the picture's size, buf_size 0 = the app supplies every output buffer. */
    hi_venc_chn_attr attr;
    memset(&attr, 0, sizeof attr);
    attr.venc_attr.type = HI_PT_JPEG;
    attr.venc_attr.max_pic_width = EX_ALIGN16(o.width);
    attr.venc_attr.max_pic_height = EX_ALIGN16(o.height);
    attr.venc_attr.pic_width = EX_ALIGN16(o.width);
    attr.venc_attr.pic_height = EX_ALIGN16(o.height);
    attr.venc_attr.buf_size = 0;
    attr.venc_attr.is_by_frame = HI_TRUE;
    attr.venc_attr.profile = 0;
    CHECK_HI(hi_mpi_venc_create_chn(CHN, &attr));
    created = 1;

    hi_venc_jpeg_param param;
    CHECK_HI(hi_mpi_venc_get_jpeg_param(CHN, &param));
    param.qfactor = o.quality;
    CHECK_HI(hi_mpi_venc_set_jpeg_param(CHN, &param));

    fd = hi_mpi_venc_get_fd(CHN);
    if (fd < 0) {
        fprintf(stderr, "jpege_snap: hi_mpi_venc_get_fd failed: %#x\n", (unsigned)fd);
        goto fail;
    }
    CHECK_HI(hi_mpi_sys_create_epoll(4, &epoll_fd));
    hi_dvpp_epoll_event ev = {.events = HI_DVPP_EPOLL_IN, .data = NULL};
    CHECK_HI(hi_mpi_sys_ctl_epoll(epoll_fd, HI_DVPP_EPOLL_CTL_ADD, fd, &ev));
    in_epoll = 1;

    hi_venc_start_param start = {.recv_pic_num = -1};
    CHECK_HI(hi_mpi_venc_start_chn(CHN, &start));
    started = 1;

    const uint32_t stride = EX_ALIGN16(o.width);
    CHECK_HI(hi_mpi_dvpp_malloc(0, &input, (hi_u64)stride * o.height * 3 / 2));
    for (uint32_t k = 0; k < wanted; ++k) {
        const uint32_t index = k * o.every;
        if (ex_read_nv12(in, o.width, o.height, index, (uint8_t *)input, stride) != 0) {
            fprintf(stderr, "jpege_snap: short read at frame %u\n", index);
            goto fail;
        }
        hi_video_frame_info frame;
        describe_frame(&frame, &o, input, index);
        hi_u32 size = 0;
        CHECK_HI(hi_mpi_venc_get_jpege_predicted_size(&frame, &param, &size));
        void *out = NULL;
        CHECK_HI(hi_mpi_dvpp_malloc(0, &out, size));
        hi_img_stream img;
        memset(&img, 0, sizeof img);
        img.type = HI_PT_JPEG;
        img.addr = (hi_u8 *)out;
        img.len = size;
        img.pts = index;
        hi_s32 rc = hi_mpi_venc_send_jpege_frame(CHN, &frame, &img, 1000);
        if (rc != HI_SUCCESS) {
            fprintf(stderr, "jpege_snap: send_jpege_frame(%u) failed: %#x\n", index, (unsigned)rc);
            (void)hi_mpi_dvpp_free(out);
            goto fail;
        }

        /* Wait for the stream on the channel's fd, then take it. */
        hi_dvpp_epoll_event events[1];
        hi_s32 n = 0;
        rc = hi_mpi_sys_wait_epoll(epoll_fd, events, 1, 5000, &n);
        hi_venc_pack pack;
        hi_venc_stream stream;
        memset(&stream, 0, sizeof stream);
        stream.pack = &pack;
        stream.pack_cnt = 1;
        if (rc == HI_SUCCESS && n == 1) {
            rc = hi_mpi_venc_get_stream(CHN, &stream, 0);
        } else if (rc == HI_SUCCESS) {
            fprintf(stderr, "jpege_snap: no stream for frame %u within 5 s\n", index);
            rc = -1;
        }
        if (rc != HI_SUCCESS) {
            fprintf(stderr, "jpege_snap: waiting for frame %u failed: %#x\n", index, (unsigned)rc);
            (void)hi_mpi_dvpp_free(out);
            goto fail;
        }
        char name[4096];
        snprintf(name, sizeof name, "%s_%04u.jpg", o.output, index);
        FILE *jpg = fopen(name, "wb");
        const hi_u32 len = pack.len - pack.offset;
        const int ok = jpg != NULL && pack.len > pack.offset && fwrite(pack.addr + pack.offset, 1, len, jpg) == len;
        if (jpg != NULL && fclose(jpg) != 0) {
            fprintf(stderr, "jpege_snap: writing %s failed\n", name);
        }
        bytes += len;
        /* Release before freeing the buffer the stream lives in. */
        rc = hi_mpi_venc_release_stream(CHN, &stream);
        (void)hi_mpi_dvpp_free(out);
        if (!ok || rc != HI_SUCCESS) {
            fprintf(stderr, "jpege_snap: snapshot %s failed (release %#x)\n", name, (unsigned)rc);
            goto fail;
        }
        ++written;
    }
    status = 0;

fail:
    if (input != NULL) {
        (void)hi_mpi_dvpp_free(input);
    }
    if (started && hi_mpi_venc_stop_chn(CHN) != HI_SUCCESS) {
        status = 1;
    }
    if (in_epoll && hi_mpi_sys_ctl_epoll(epoll_fd, HI_DVPP_EPOLL_CTL_DEL, fd, NULL) != HI_SUCCESS) {
        status = 1;
    }
    if (created && hi_mpi_venc_destroy_chn(CHN) != HI_SUCCESS) {
        status = 1;
    }
    if (epoll_fd >= 0 && hi_mpi_sys_close_epoll(epoll_fd) != HI_SUCCESS) {
        status = 1;
    }
    if (sys_up && hi_mpi_sys_exit() != HI_SUCCESS) {
        status = 1;
    }
    if (context != NULL && aclrtDestroyContext(context) != ACL_SUCCESS) {
        status = 1;
    }
    if (device_up && aclrtResetDevice(0) != ACL_SUCCESS) {
        status = 1;
    }
    if (acl_up && aclFinalize() != ACL_SUCCESS) {
        status = 1;
    }
    fclose(in);
    printf("jpege_snap: %u of %u snapshots (every %u frames, quality %u), %llu bytes -> %s_NNNN.jpg\n", written,
           wanted, o.every, o.quality, (unsigned long long)bytes, o.output);
    return status;
}
