// V2 (hi_mpi_venc) encoder sample, written the way the vendor documents the flow (D-MPI-FLOW, section E of
// docs/validation-rules.md): aclInit -> aclrtSetDevice -> aclrtCreateContext -> hi_mpi_sys_init -> create_chn ->
// get_fd + epoll -> start_chn -> send_frame from hi_mpi_dvpp_malloc'd NV12 / get_stream + release_stream ->
// stop_chn -> drain -> epoll DEL -> destroy_chn -> close_epoll -> hi_mpi_sys_exit -> context/device/aclFinalize.
//
//   venc_v2_sample --codec h264|h265 --in clip.nv12 --width W --height H [--frames N] [--bitrate KBPS]
//                  [--profile P] [--chn C] --out out.264
//   venc_v2_sample --codec jpeg --in clip.nv12 --width W --height H [--frames N] [--qfactor Q] [--chn C]
//                  --out snap   (writes snap_0.jpg ... snap_{N-1}.jpg, one snapshot per frame)
//
// The input file is raw NV12 with rows of exactly W bytes; each frame is copied into a DVPP buffer whose stride is
// ALIGN16(W). Exit status 0 on success; every failing call is printed with its hex code.
#include <acl/acl.h>
#include <acl/dvpp/hi_dvpp.h>

#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <fstream>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace {

#define CHECK_HI(call)                                                                     \
    do {                                                                                   \
        hi_s32 rc_ = (call);                                                               \
        if (rc_ != HI_SUCCESS) {                                                           \
            std::fprintf(stderr, "%s failed: %#x (line %d)\n", #call, (unsigned)rc_, __LINE__); \
            return false;                                                                  \
        }                                                                                  \
    } while (0)

#define CHECK_ACL(call)                                                                    \
    do {                                                                                   \
        aclError rc_ = (call);                                                             \
        if (rc_ != ACL_SUCCESS) {                                                          \
            std::fprintf(stderr, "%s failed: %d (line %d)\n", #call, (int)rc_, __LINE__);  \
            return 1;                                                                      \
        }                                                                                  \
    } while (0)

struct Options {
    std::string codec = "h264";
    std::string in;
    std::string out;
    uint32_t width = 0;
    uint32_t height = 0;
    uint32_t frames = 0;  // 0: every frame of the input
    uint32_t bitrate = 2000;
    uint32_t profile = 2;
    uint32_t qfactor = 90;
    int chn = 0;
};

uint32_t Align16(uint32_t x) { return (x + 15u) & ~15u; }

// Reads frame `index` of a tightly packed NV12 file into a DVPP buffer with stride ALIGN16(width).
bool LoadFrame(std::ifstream &file, const Options &o, uint32_t index, uint8_t *dst) {
    const size_t frame_bytes = size_t(o.width) * o.height * 3 / 2;
    file.seekg(std::streamoff(frame_bytes) * index);
    std::vector<uint8_t> row(o.width);
    const uint32_t stride = Align16(o.width);
    for (uint32_t y = 0; y < o.height * 3 / 2; ++y) {
        if (!file.read(reinterpret_cast<char *>(row.data()), o.width)) return false;
        std::memcpy(dst + size_t(y) * stride, row.data(), o.width);
    }
    return true;
}

void FillFrame(hi_video_frame_info &f, const Options &o, void *buf, uint64_t pts) {
    std::memset(&f, 0, sizeof f);
    const uint32_t stride = Align16(o.width);
    f.v_frame.width = o.width;
    f.v_frame.height = o.height;
    f.v_frame.field = HI_VIDEO_FIELD_FRAME;
    f.v_frame.pixel_format = HI_PIXEL_FORMAT_YUV_SEMIPLANAR_420;
    f.v_frame.video_format = HI_VIDEO_FORMAT_LINEAR;
    f.v_frame.compress_mode = HI_COMPRESS_MODE_NONE;
    f.v_frame.dynamic_range = HI_DYNAMIC_RANGE_SDR8;
    f.v_frame.color_gamut = HI_COLOR_GAMUT_BT709;
    f.v_frame.width_stride[0] = stride;
    f.v_frame.width_stride[1] = stride;
    f.v_frame.height_stride[0] = o.height;
    f.v_frame.height_stride[1] = o.height;
    f.v_frame.virt_addr[0] = buf;
    f.v_frame.virt_addr[1] = static_cast<uint8_t *>(buf) + size_t(stride) * o.height;
    f.v_frame.pts = pts;
}

// A pool of DVPP input buffers; a buffer comes back when a stream names it in pack.input_addr.
class InputPool {
public:
    bool Init(size_t count, size_t bytes) {
        for (size_t i = 0; i < count; ++i) {
            void *p = nullptr;
            CHECK_HI(hi_mpi_dvpp_malloc(0, &p, bytes));
            all_.push_back(p);
            free_.push_back(p);
        }
        return true;
    }
    void *Take() {
        std::unique_lock<std::mutex> lk(mu_);
        cv_.wait(lk, [this] { return !free_.empty(); });
        void *p = free_.front();
        free_.pop_front();
        return p;
    }
    void Give(uint64_t addr) {
        std::lock_guard<std::mutex> lk(mu_);
        for (void *p : all_) {
            if (reinterpret_cast<uint64_t>(p) == addr) {
                free_.push_back(p);
                cv_.notify_one();
                return;
            }
        }
    }
    ~InputPool() {
        for (void *p : all_) hi_mpi_dvpp_free(p);
    }

private:
    std::mutex mu_;
    std::condition_variable cv_;
    std::vector<void *> all_;
    std::deque<void *> free_;
};

bool RunVideo(const Options &o, uint32_t frames) {
    const bool h265 = o.codec == "h265";
    hi_venc_chn_attr attr;
    std::memset(&attr, 0, sizeof attr);
    attr.venc_attr.type = h265 ? HI_PT_H265 : HI_PT_H264;
    attr.venc_attr.max_pic_width = o.width;
    attr.venc_attr.max_pic_height = o.height;
    attr.venc_attr.pic_width = o.width;
    attr.venc_attr.pic_height = o.height;
    attr.venc_attr.buf_size = ((o.width * o.height * 3 / 2 * 4) + 63) / 64 * 64;
    attr.venc_attr.profile = h265 ? 0 : o.profile;
    attr.venc_attr.is_by_frame = HI_TRUE;
    attr.rc_attr.rc_mode = h265 ? HI_VENC_RC_MODE_H265_CBR : HI_VENC_RC_MODE_H264_CBR;
    hi_venc_h264_cbr &cbr = h265 ? attr.rc_attr.h265_cbr : attr.rc_attr.h264_cbr;
    cbr.gop = 30;
    cbr.stats_time = 1;
    cbr.src_frame_rate = 30;
    cbr.dst_frame_rate = 30;
    cbr.bit_rate = o.bitrate;
    attr.gop_attr.gop_mode = HI_VENC_GOP_MODE_NORMAL_P;
    attr.gop_attr.normal_p.ip_qp_delta = 3;
    CHECK_HI(hi_mpi_venc_create_chn(o.chn, &attr));

    const hi_s32 fd = hi_mpi_venc_get_fd(o.chn);
    if (fd < 0) {
        std::fprintf(stderr, "hi_mpi_venc_get_fd failed: %#x\n", (unsigned)fd);
        return false;
    }
    hi_s32 epoll_fd = -1;
    CHECK_HI(hi_mpi_sys_create_epoll(10, &epoll_fd));
    hi_dvpp_epoll_event ev;
    ev.events = HI_DVPP_EPOLL_IN;
    ev.data = reinterpret_cast<void *>(static_cast<intptr_t>(o.chn));
    CHECK_HI(hi_mpi_sys_ctl_epoll(epoll_fd, HI_DVPP_EPOLL_CTL_ADD, fd, &ev));

    hi_venc_start_param start;
    start.recv_pic_num = -1;
    CHECK_HI(hi_mpi_venc_start_chn(o.chn, &start));

    const size_t in_bytes = size_t(Align16(o.width)) * o.height * 3 / 2;
    InputPool pool;
    if (!pool.Init(8, in_bytes)) return false;
    std::ifstream in(o.in, std::ios::binary);
    std::ofstream out(o.out, std::ios::binary);
    if (!in || !out) {
        std::fprintf(stderr, "cannot open %s or %s\n", o.in.c_str(), o.out.c_str());
        return false;
    }

    bool send_ok = true;
    std::thread sender([&] {
        for (uint32_t i = 0; i < frames; ++i) {
            void *buf = pool.Take();
            if (!LoadFrame(in, o, i, static_cast<uint8_t *>(buf))) {
                std::fprintf(stderr, "short read at frame %u\n", i);
                send_ok = false;
                return;
            }
            hi_video_frame_info f;
            FillFrame(f, o, buf, 1000ull * i);
            hi_s32 rc = hi_mpi_venc_send_frame(o.chn, &f, -1);
            if (rc != HI_SUCCESS) {
                std::fprintf(stderr, "hi_mpi_venc_send_frame(%u) failed: %#x\n", i, (unsigned)rc);
                send_ok = false;
                return;
            }
        }
    });

    uint32_t got = 0;
    uint64_t bytes = 0;
    uint64_t expect_pts = 0;
    bool ok = true;
    while (got < frames && ok) {
        hi_dvpp_epoll_event events[4];
        hi_s32 n = 0;
        if (hi_mpi_sys_wait_epoll(epoll_fd, events, 4, 2000, &n) != HI_SUCCESS) {
            ok = false;
            break;
        }
        if (n == 0) {
            if (!send_ok) ok = false;
            continue;
        }
        if (reinterpret_cast<intptr_t>(events[0].data) != o.chn) {
            std::fprintf(stderr, "epoll data not echoed\n");
            ok = false;
            break;
        }
        hi_venc_chn_status st;
        if (hi_mpi_venc_query_status(o.chn, &st) != HI_SUCCESS || st.cur_packs == 0) continue;
        std::vector<hi_venc_pack> packs(st.cur_packs);
        hi_venc_stream stream;
        std::memset(&stream, 0, sizeof stream);
        stream.pack = packs.data();
        stream.pack_cnt = st.cur_packs;
        hi_s32 rc = hi_mpi_venc_get_stream(o.chn, &stream, 0);
        if (static_cast<hi_u32>(rc) == HI_ERR_VENC_BUF_EMPTY) continue;  // the header macro is unsigned
        if (rc != HI_SUCCESS) {
            std::fprintf(stderr, "hi_mpi_venc_get_stream failed: %#x\n", (unsigned)rc);
            ok = false;
            break;
        }
        for (uint32_t i = 0; i < stream.pack_cnt; ++i) {
            const hi_venc_pack &p = stream.pack[i];
            out.write(reinterpret_cast<const char *>(p.addr + p.offset), p.len - p.offset);
            bytes += p.len - p.offset;
            if (p.pts != expect_pts) {
                std::fprintf(stderr, "pts %llu, expected %llu\n", (unsigned long long)p.pts,
                             (unsigned long long)expect_pts);
                ok = false;
            }
        }
        pool.Give(stream.pack[0].input_addr);
        CHECK_HI(hi_mpi_venc_release_stream(o.chn, &stream));
        expect_pts += 1000;
        ++got;
    }
    sender.join();

    CHECK_HI(hi_mpi_venc_stop_chn(o.chn));
    hi_venc_chn_status st;
    CHECK_HI(hi_mpi_venc_query_status(o.chn, &st));
    if (st.left_stream_frames != 0) std::fprintf(stderr, "warning: %u streams left\n", st.left_stream_frames);
    CHECK_HI(hi_mpi_sys_ctl_epoll(epoll_fd, HI_DVPP_EPOLL_CTL_DEL, fd, nullptr));
    CHECK_HI(hi_mpi_venc_destroy_chn(o.chn));
    CHECK_HI(hi_mpi_sys_close_epoll(epoll_fd));
    std::printf("encoded %u frames, %llu bytes\n", got, (unsigned long long)bytes);
    return ok && send_ok && got == frames;
}

bool RunJpeg(const Options &o, uint32_t frames) {
    hi_venc_chn_attr attr;
    std::memset(&attr, 0, sizeof attr);
    attr.venc_attr.type = HI_PT_JPEG;
    attr.venc_attr.max_pic_width = Align16(o.width);
    attr.venc_attr.max_pic_height = Align16(o.height);
    attr.venc_attr.pic_width = Align16(o.width);
    attr.venc_attr.pic_height = Align16(o.height);
    attr.venc_attr.buf_size = 0;  // user output buffers: hi_mpi_venc_send_jpege_frame
    attr.venc_attr.is_by_frame = HI_TRUE;
    attr.venc_attr.profile = 0;
    CHECK_HI(hi_mpi_venc_create_chn(o.chn, &attr));

    hi_venc_jpeg_param param;
    CHECK_HI(hi_mpi_venc_get_jpeg_param(o.chn, &param));
    param.qfactor = o.qfactor;
    CHECK_HI(hi_mpi_venc_set_jpeg_param(o.chn, &param));

    hi_venc_start_param start;
    start.recv_pic_num = -1;
    CHECK_HI(hi_mpi_venc_start_chn(o.chn, &start));

    std::ifstream in(o.in, std::ios::binary);
    void *input = nullptr;
    CHECK_HI(hi_mpi_dvpp_malloc(0, &input, size_t(Align16(o.width)) * o.height * 3 / 2));
    bool ok = static_cast<bool>(in);
    uint64_t total = 0;
    for (uint32_t i = 0; ok && i < frames; ++i) {
        if (!LoadFrame(in, o, i, static_cast<uint8_t *>(input))) {
            ok = false;
            break;
        }
        hi_video_frame_info f;
        FillFrame(f, o, input, i);
        hi_u32 size = 0;
        CHECK_HI(hi_mpi_venc_get_jpege_predicted_size(&f, &param, &size));
        void *outbuf = nullptr;
        CHECK_HI(hi_mpi_dvpp_malloc(0, &outbuf, size));
        hi_img_stream img;
        std::memset(&img, 0, sizeof img);
        img.type = HI_PT_JPEG;
        img.addr = static_cast<hi_u8 *>(outbuf);
        img.len = size;
        img.pts = i;
        CHECK_HI(hi_mpi_venc_send_jpege_frame(o.chn, &f, &img, -1));
        hi_venc_pack pack;
        hi_venc_stream stream;
        std::memset(&stream, 0, sizeof stream);
        stream.pack = &pack;
        stream.pack_cnt = 1;
        CHECK_HI(hi_mpi_venc_get_stream(o.chn, &stream, -1));
        if (pack.addr != outbuf || pack.len == 0) {
            std::fprintf(stderr, "snapshot %u: unexpected pack (addr %p, len %u)\n", i, (void *)pack.addr, pack.len);
            ok = false;
        }
        std::string name = o.out + "_" + std::to_string(i) + ".jpg";
        std::ofstream(name, std::ios::binary).write(reinterpret_cast<const char *>(pack.addr + pack.offset),
                                                    pack.len - pack.offset);
        total += pack.len;
        CHECK_HI(hi_mpi_venc_release_stream(o.chn, &stream));
        CHECK_HI(hi_mpi_dvpp_free(outbuf));
    }
    CHECK_HI(hi_mpi_dvpp_free(input));
    CHECK_HI(hi_mpi_venc_stop_chn(o.chn));
    CHECK_HI(hi_mpi_venc_destroy_chn(o.chn));
    std::printf("wrote %u JPEG snapshots, %llu bytes, qfactor %u\n", frames, (unsigned long long)total, o.qfactor);
    return ok;
}

bool ParseArgs(int argc, char **argv, Options &o) {
    for (int i = 1; i + 1 < argc; i += 2) {
        std::string k = argv[i];
        std::string v = argv[i + 1];
        if (k == "--codec") o.codec = v;
        else if (k == "--in") o.in = v;
        else if (k == "--out") o.out = v;
        else if (k == "--width") o.width = std::strtoul(v.c_str(), nullptr, 10);
        else if (k == "--height") o.height = std::strtoul(v.c_str(), nullptr, 10);
        else if (k == "--frames") o.frames = std::strtoul(v.c_str(), nullptr, 10);
        else if (k == "--bitrate") o.bitrate = std::strtoul(v.c_str(), nullptr, 10);
        else if (k == "--profile") o.profile = std::strtoul(v.c_str(), nullptr, 10);
        else if (k == "--qfactor") o.qfactor = std::strtoul(v.c_str(), nullptr, 10);
        else if (k == "--chn") o.chn = std::atoi(v.c_str());
        else return false;
    }
    return !o.in.empty() && !o.out.empty() && o.width > 0 && o.height > 0 &&
           (o.codec == "h264" || o.codec == "h265" || o.codec == "jpeg");
}

}  // namespace

int main(int argc, char **argv) {
    Options o;
    if (!ParseArgs(argc, argv, o)) {
        std::fprintf(stderr,
                     "usage: %s --codec h264|h265|jpeg --in NV12 --width W --height H --out PATH [--frames N] "
                     "[--bitrate KBPS] [--profile P] [--qfactor Q] [--chn C]\n",
                     argv[0]);
        return 2;
    }
    std::ifstream probe(o.in, std::ios::binary | std::ios::ate);
    const uint64_t file_frames = uint64_t(probe.tellg()) / (uint64_t(o.width) * o.height * 3 / 2);
    const uint32_t frames = o.frames ? o.frames : uint32_t(file_frames);
    if (frames == 0 || frames > file_frames) {
        std::fprintf(stderr, "the input has %llu frames, %u requested\n", (unsigned long long)file_frames, frames);
        return 2;
    }

    CHECK_ACL(aclInit(nullptr));
    CHECK_ACL(aclrtSetDevice(0));
    aclrtContext ctx = nullptr;
    CHECK_ACL(aclrtCreateContext(&ctx, 0));
    if (hi_mpi_sys_init() != HI_SUCCESS) {
        std::fprintf(stderr, "hi_mpi_sys_init failed\n");
        return 1;
    }
    const bool ok = o.codec == "jpeg" ? RunJpeg(o, frames) : RunVideo(o, frames);
    hi_mpi_sys_exit();
    CHECK_ACL(aclrtDestroyContext(ctx));
    CHECK_ACL(aclrtResetDevice(0));
    CHECK_ACL(aclFinalize());
    return ok ? 0 : 1;
}
