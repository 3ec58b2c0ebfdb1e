// V1 (aclvenc) encoding sample, following the vendor's documented flow: aclInit, aclrtSetDevice,
// aclrtCreateContext, a report thread looping on aclrtProcessReport, a channel desc (thread id, callback,
// enType, picFormat, width, height, bit rate, key-frame interval), aclvencCreateChannel, one aclvencSendFrame per
// NV12 frame with acldvppMalloc'd input whose buffer and pic desc are freed in the callback, an EOS send, then
// teardown in the documented order (channel, desc, and only then the report thread).
//
// usage: venc_v1_sample INPUT_NV12 WIDTH HEIGHT FRAMES OUTPUT ENTYPE [MAX_BITRATE_KBPS]
//   ENTYPE: 0 H.265 main, 1 H.264 baseline, 2 H.264 main, 3 H.264 high.  Exit status 0 on success.
#include <pthread.h>

#include <atomic>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "acl/acl.h"
#include "acl/ops/acl_dvpp.h"

namespace {

std::atomic<bool> g_exit(false);
std::atomic<uint32_t> g_callbacks(0);
std::atomic<uint32_t> g_bad_callbacks(0);
std::atomic<uint64_t> g_bytes(0);
FILE *g_out = nullptr;
pthread_t g_report_thread;

#define CHECK_ACL(call)                                                         \
    do {                                                                        \
        aclError ret_ = (call);                                                 \
        if (ret_ != ACL_SUCCESS) {                                              \
            std::fprintf(stderr, "%s failed: %d (line %d)\n", #call, ret_, __LINE__); \
            return 1;                                                           \
        }                                                                       \
    } while (0)

void *ReportThread(void *) {
    while (!g_exit.load()) {
        // 1000 ms timeout; a timeout is not an error, just nothing to do yet.
        (void)aclrtProcessReport(1000);
    }
    return nullptr;
}

// Runs on g_report_thread inside aclrtProcessReport: write the stream, then free the input picture.
void EncodeCallback(acldvppPicDesc *input, acldvppStreamDesc *output, void *userdata) {
    (void)userdata;
    if (!pthread_equal(pthread_self(), g_report_thread)) {
        std::fprintf(stderr, "callback ran on the wrong thread\n");
        g_bad_callbacks++;
    }
    uint32_t ret = acldvppGetStreamDescRetCode(output);
    void *data = acldvppGetStreamDescData(output);
    uint32_t size = acldvppGetStreamDescSize(output);
    if (ret != 0 || data == nullptr || size == 0) {
        std::fprintf(stderr, "frame failed: retCode %u size %u\n", ret, size);
        g_bad_callbacks++;
    } else {
        if (std::fwrite(data, 1, size, g_out) != size) {
            g_bad_callbacks++;
        }
        g_bytes += size;
    }
    void *in = acldvppGetPicDescData(input);
    if (in != nullptr) {
        (void)acldvppFree(in);
    }
    (void)acldvppDestroyPicDesc(input);
    g_callbacks++;
}

}  // namespace

int main(int argc, char **argv) {
    if (argc < 7) {
        std::fprintf(stderr, "usage: %s INPUT_NV12 WIDTH HEIGHT FRAMES OUTPUT ENTYPE [MAX_BITRATE_KBPS]\n", argv[0]);
        return 2;
    }
    const char *inPath = argv[1];
    const uint32_t width = (uint32_t)std::strtoul(argv[2], nullptr, 10);
    const uint32_t height = (uint32_t)std::strtoul(argv[3], nullptr, 10);
    const uint32_t frames = (uint32_t)std::strtoul(argv[4], nullptr, 10);
    const char *outPath = argv[5];
    const int enType = std::atoi(argv[6]);
    const uint32_t bitRate = argc > 7 ? (uint32_t)std::strtoul(argv[7], nullptr, 10) : 0;

    FILE *in = std::fopen(inPath, "rb");
    g_out = std::fopen(outPath, "wb");
    if (in == nullptr || g_out == nullptr) {
        std::fprintf(stderr, "cannot open %s or %s\n", inPath, outPath);
        return 1;
    }

    // 1. Runtime resources.
    CHECK_ACL(aclInit(nullptr));
    CHECK_ACL(aclrtSetDevice(0));
    aclrtContext context = nullptr;
    CHECK_ACL(aclrtCreateContext(&context, 0));
    aclrtRunMode runMode;
    CHECK_ACL(aclrtGetRunMode(&runMode));

    // 2. The report thread that will run the callbacks.
    if (pthread_create(&g_report_thread, nullptr, ReportThread, nullptr) != 0) {
        return 1;
    }

    // 3. Channel description and channel.
    aclvencChannelDesc *desc = aclvencCreateChannelDesc();
    if (desc == nullptr) {
        return 1;
    }
    CHECK_ACL(aclvencSetChannelDescThreadId(desc, (uint64_t)g_report_thread));
    CHECK_ACL(aclvencSetChannelDescCallback(desc, EncodeCallback));
    CHECK_ACL(aclvencSetChannelDescEnType(desc, (acldvppStreamFormat)enType));
    CHECK_ACL(aclvencSetChannelDescPicFormat(desc, PIXEL_FORMAT_YUV_SEMIPLANAR_420));
    CHECK_ACL(aclvencSetChannelDescPicWidth(desc, width));
    CHECK_ACL(aclvencSetChannelDescPicHeight(desc, height));
    CHECK_ACL(aclvencSetChannelDescKeyFrameInterval(desc, 16));
    if (bitRate != 0) {
        CHECK_ACL(aclvencSetChannelDescMaxBitRate(desc, bitRate));
    }
    CHECK_ACL(aclvencCreateChannel(desc));

    aclvencFrameConfig *config = aclvencCreateFrameConfig();
    if (config == nullptr) {
        return 1;
    }
    CHECK_ACL(aclvencSetFrameConfigForceIFrame(config, 0));
    CHECK_ACL(aclvencSetFrameConfigEos(config, 0));

    // 4. One send per frame. widthStride = width rounded up to 16, heightStride = height.
    const uint32_t widthStride = (width + 15) / 16 * 16;
    const uint32_t heightStride = height;
    const uint32_t bufSize = widthStride * heightStride * 3 / 2;
    const uint32_t frameBytes = width * height * 3 / 2;
    unsigned char *row = (unsigned char *)std::malloc(frameBytes);
    uint32_t sent = 0;
    for (; sent < frames; ++sent) {
        if (std::fread(row, 1, frameBytes, in) != frameBytes) {
            break;
        }
        void *buf = nullptr;
        CHECK_ACL(acldvppMalloc(&buf, bufSize));
        unsigned char *dst = (unsigned char *)buf;
        for (uint32_t y = 0; y < height * 3 / 2; ++y) {
            std::memcpy(dst + (size_t)y * widthStride, row + (size_t)y * width, width);
        }
        acldvppPicDesc *pic = acldvppCreatePicDesc();
        if (pic == nullptr) {
            return 1;
        }
        CHECK_ACL(acldvppSetPicDescData(pic, buf));
        CHECK_ACL(acldvppSetPicDescSize(pic, bufSize));
        CHECK_ACL(acldvppSetPicDescFormat(pic, PIXEL_FORMAT_YUV_SEMIPLANAR_420));
        CHECK_ACL(acldvppSetPicDescWidth(pic, width));
        CHECK_ACL(acldvppSetPicDescHeight(pic, height));
        CHECK_ACL(acldvppSetPicDescWidthStride(pic, widthStride));
        CHECK_ACL(acldvppSetPicDescHeightStride(pic, heightStride));
        // buf and pic are freed by EncodeCallback.
        CHECK_ACL(aclvencSendFrame(desc, pic, nullptr, config, nullptr));
    }
    std::free(row);
    std::fclose(in);

    // 5. End of stream: returns after every earlier callback has run, so the file can be closed now.
    CHECK_ACL(aclvencSetFrameConfigEos(config, 1));
    CHECK_ACL(aclvencSendFrame(desc, nullptr, nullptr, config, nullptr));
    std::fclose(g_out);
    g_out = nullptr;
    const uint32_t done = g_callbacks.load();

    // 6. Teardown: channel, desc, then the report thread.
    CHECK_ACL(aclvencDestroyFrameConfig(config));
    CHECK_ACL(aclvencDestroyChannel(desc));
    CHECK_ACL(aclvencDestroyChannelDesc(desc));
    g_exit = true;
    pthread_join(g_report_thread, nullptr);
    CHECK_ACL(aclrtDestroyContext(context));
    CHECK_ACL(aclrtResetDevice(0));
    CHECK_ACL(aclFinalize());

    std::printf("sent %u frames, %u callbacks before EOS returned, %u bad, %llu bytes\n", sent, done,
                g_bad_callbacks.load(), (unsigned long long)g_bytes.load());
    if (sent != frames || done != sent || g_bad_callbacks.load() != 0) {
        return 1;
    }
    return 0;
}
