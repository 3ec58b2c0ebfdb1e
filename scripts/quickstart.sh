#!/usr/bin/env bash
# Quick start: from a checkout to an H.265 encode of a real clip under aclvenc-check, in one command.
#
#   bash scripts/quickstart.sh [--debug]
#
# 1. installs the system packages the build needs, only those missing (apt-get; sudo when not root), and Rust
#    (rustup) if cargo is missing;
# 2. builds the shim, aclvenc-check, the emulated driver and the examples with CMake (Release; --debug: Debug,
#    which reuses what scripts/test-all.sh built);
# 3. fetches the test clip (OpenCV's vtest.avi, converted to NV12; cached under target/media);
# 4. runs examples/venc_file on it under aclvenc-check, writing target/quickstart/vtest.h265 and a remuxed
#    target/quickstart/vtest.mp4 next to it;
# 5. prints the result: findings, leaks, the frame count and the bit rate. Exit status 0 when the run is clean.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo=$(pwd)
t0=$(date +%s)

build_type=Release
build_dir=build-quickstart
profile=release
if [ "${1:-}" = "--debug" ]; then
  build_type=Debug
  build_dir=build-quickstart-debug
  profile=debug
elif [ $# -gt 0 ]; then
  echo "usage: $0 [--debug]" >&2
  exit 2
fi

say() { printf '\n==> %s\n' "$*"; }

# ---- 1. system packages and Rust ----------------------------------------------------------------------------------
say "system packages"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
# C toolchain and CMake for the examples; clang/libclang for bindgen (ffmpeg-sys); FFmpeg for the emulated driver,
# ffmpeg/ffprobe for the clip and the remux; dpkg-dev for apt-get download of the clip's package.
packages=(
  build-essential ca-certificates curl git dpkg-dev
  cmake pkg-config
  clang libclang-dev
  libavcodec-dev libavformat-dev libavutil-dev libswscale-dev ffmpeg
)
missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "installing: ${missing[*]}"
  $sudo apt-get update
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
else
  echo "all present"
fi
if [ -f "$HOME/.cargo/env" ]; then
  # shellcheck disable=SC1091
  . "$HOME/.cargo/env"
fi
if ! command -v cargo >/dev/null 2>&1; then
  curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
  # shellcheck disable=SC1091
  . "$HOME/.cargo/env"
fi
t1=$(date +%s)

# ---- 2. build -----------------------------------------------------------------------------------------------------
say "build ($build_type: shim, aclvenc-check, emulated driver, examples)"
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE="$build_type" -DBUILD_TESTING=OFF -DACLVENC_EXAMPLES=ON >/dev/null
cmake --build "$build_dir" -j "$(nproc 2>/dev/null || echo 2)"
target_dir=${CARGO_TARGET_DIR:-$repo/target}
check="$target_dir/$profile/aclvenc-check"
app="$build_dir/examples/venc_file"
t2=$(date +%s)

# ---- 3. the clip --------------------------------------------------------------------------------------------------
say "test clip"
read -r clip width height clip_frames < <(bash scripts/fetch-test-clip.sh)
fps=$(ffprobe -v error -select_streams v:0 -show_entries stream=r_frame_rate -of csv=p=0 "$(dirname "$clip")/vtest.avi")
fps=$(( ${fps%/*} / ${fps#*/} ))
echo "$clip: ${width}x${height}, $clip_frames frames at $fps fps"
t3=$(date +%s)

# ---- 4. encode under aclvenc-check --------------------------------------------------------------------------------
say "aclvenc-check -- venc_file (H.265, ${clip_frames} frames)"
out=$target_dir/quickstart
mkdir -p "$out"
rm -f "$out/vtest.h265" "$out/vtest.mp4"
set +e
"$check" --report "$out/report.json" --error-exitcode 1 --leak-exitcode 1 -- \
  "$app" --input "$clip" --size "${width}x${height}" --codec h265 --fps "$fps" --bitrate 1000 --gop "$((fps * 2))" \
  --output "$out/vtest.h265" 2>&1 | tee "$out/check.log"
status=${PIPESTATUS[0]}
set -e
ffmpeg -nostdin -v error -y -f hevc -framerate "$fps" -i "$out/vtest.h265" -c copy "$out/vtest.mp4"
t4=$(date +%s)

# ---- 5. result ----------------------------------------------------------------------------------------------------
frames=$(ffprobe -v error -count_frames -select_streams v:0 -show_entries stream=nb_read_frames -of csv=p=0 "$out/vtest.mp4")
bytes=$(stat -c %s "$out/vtest.h265")
verdict=$(grep -E '^==== [0-9]+ findings?, [0-9]+ leaked' "$out/check.log" | tail -n1 | sed 's/^==== //')
kbps=$(awk -v b="$bytes" -v n="$frames" -v f="$fps" 'BEGIN { if (n > 0) printf "%.0f", b * 8 / (n / f) / 1000; else print 0 }')
say "result"
echo "  aclvenc-check: ${verdict:-no summary} (exit status $status)"
echo "  stream:  $out/vtest.h265 ($bytes bytes)"
echo "  mp4:     $out/vtest.mp4"
echo "  frames:  $frames of $clip_frames, at $fps fps ($(awk -v n="$frames" -v f="$fps" 'BEGIN { printf "%.1f", n / f }') s)"
echo "  bitrate: $kbps kbit/s (asked: 1000)"
echo "  time:    packages $((t1 - t0)) s, build $((t2 - t1)) s, clip $((t3 - t2)) s, encode $((t4 - t3)) s; total $((t4 - t0)) s"
if [ "$status" -ne 0 ] || [ "$frames" != "$clip_frames" ]; then
  echo "quickstart: FAILED" >&2
  exit 1
fi
echo "quickstart: OK"
