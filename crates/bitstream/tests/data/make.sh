#!/usr/bin/env bash
# Regenerates the real-stream fixtures of the aclvenc-bitstream tests (not run by the tests; the outputs are
# committed). Needs ffmpeg with libx264, libx265 (with 10-bit support) and mjpeg. Every stream is small (< 20 KB):
# a high CRF, few pictures, the lavfi testsrc2 pattern. B-frames and scene-cut detection are off, so the IDR (H.265:
# IRAP) pictures sit exactly every `g` pictures, as on a hardware encoder; x264/x265 repeat the parameter sets in
# front of every IDR/IRAP (their default when writing a raw Annex B stream).
#   bash crates/bitstream/tests/data/make.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

ff() { ffmpeg -hide_banner -loglevel error -y -f lavfi -i "testsrc2=size=$1:rate=25" "${@:2}"; }

# H.264 Main, 320x240 (a multiple of 16: no cropping), IDR every 10 pictures.
ff 320x240 -frames:v 30 -c:v libx264 -profile:v main -g 10 -bf 0 -crf 40 -x264-params scenecut=0 \
    -f h264 h264_main_320x240_g10.h264
# H.264 High, 320x180: coded as 320x192, frame cropping removes 12 rows. IDR every 8 pictures.
ff 320x180 -frames:v 24 -c:v libx264 -profile:v high -g 8 -bf 0 -crf 40 -x264-params scenecut=0 \
    -f h264 h264_high_320x180_g8.h264
# H.264 (constrained) Baseline, 176x144 (QCIF), two slices per picture, IDR every 5 pictures.
ff 176x144 -frames:v 20 -c:v libx264 -profile:v baseline -g 5 -crf 40 -x264-params scenecut=0:slices=2 \
    -f h264 h264_baseline_176x144_g5.h264
# H.265 Main, 320x240, IRAP every 10 pictures: an IDR first, then CRA pictures (x265's default open GOP).
ff 320x240 -frames:v 30 -c:v libx265 -profile:v main -crf 40 \
    -x265-params keyint=10:min-keyint=10:scenecut=0:bframes=0:log-level=error \
    -f hevc h265_main_320x240_g10.h265
# H.265 Main 10, 320x180: coded as 320x184, the conformance window removes 4 rows. IDR every 8 pictures.
ff 320x180 -frames:v 24 -c:v libx265 -pix_fmt yuv420p10le -profile:v main10 -crf 40 \
    -x265-params keyint=8:min-keyint=8:scenecut=0:bframes=0:open-gop=0:log-level=error \
    -f hevc h265_main10_320x180_g8.h265
# Baseline JPEG pictures (one frame each): QCIF and a size that is not a multiple of 16 (MCU padding).
ff 176x144 -frames:v 1 -c:v mjpeg -q:v 20 -f mjpeg jpeg_176x144.jpg
ff 320x180 -frames:v 1 -c:v mjpeg -q:v 25 -f mjpeg jpeg_320x180.jpg
ls -l
