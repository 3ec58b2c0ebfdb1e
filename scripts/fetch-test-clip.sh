#!/usr/bin/env bash
# Fetch the test clip (OpenCV's vtest.avi from Debian's opencv-doc package) and convert it to raw NV12.
#
#   scripts/fetch-test-clip.sh [DIR]       (DIR defaults to ${ACLVENC_MEDIA_DIR:-target/media})
#
# Prints one line: PATH WIDTH HEIGHT FRAMES. Cached: a second run only prints the line.
# Needs apt-get (root, after apt-get update) the first time, and ffmpeg/ffprobe.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dir=${1:-${ACLVENC_MEDIA_DIR:-$repo/target/media}}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
raw=$dir/vtest_nv12.yuv
meta=$dir/vtest_nv12.txt

if [ -s "$raw" ] && [ -s "$meta" ]; then
  echo "$raw $(cat "$meta")"
  exit 0
fi

avi=$dir/vtest.avi
if [ ! -s "$avi" ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  (
    cd "$work"
    if ! apt-get download opencv-doc >/dev/null 2>&1; then
      apt-get update -qq >/dev/null 2>&1 || true
      apt-get download opencv-doc >/dev/null 2>&1 || { echo "fetch-test-clip: apt-get download opencv-doc failed" >&2; exit 1; }
    fi
    dpkg-deb -x opencv-doc_*.deb x
  )
  found=$(find "$work/x" -name vtest.avi | head -n1)
  if [ -z "$found" ]; then
    echo "fetch-test-clip: vtest.avi not found in opencv-doc" >&2; exit 1
  fi
  # Debian may ship it compressed.
  case $found in
    *.gz) gzip -dc "$found" > "$avi.tmp" ;;
    *) cp "$found" "$avi.tmp" ;;
  esac
  mv "$avi.tmp" "$avi"
fi

ffmpeg -nostdin -v error -y -i "$avi" -pix_fmt nv12 -f rawvideo "$raw.tmp"
mv "$raw.tmp" "$raw"
IFS=x read -r w h < <(ffprobe -v error -select_streams v:0 -show_entries stream=width,height -of csv=p=0:s=x "$avi")
size=$(stat -c %s "$raw")
frames=$(( size / (w * h * 3 / 2) ))
echo "$w $h $frames" > "$meta"
echo "$raw $w $h $frames"
