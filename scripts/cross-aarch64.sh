#!/usr/bin/env bash
# The aarch64 part of the test command (scripts/test-all.sh runs it): the shim, the null driver, aclvenc-check and
# the emulated driver cross-built for aarch64-unknown-linux-gnu (release, the profile that is shipped), the C tests
# and examples cross-compiled (cmake/toolchains/aarch64-linux-gnu.cmake), the C tests run under qemu-aarch64-static,
# then the aarch64 release tarball made and checked (scripts/package.sh --target ... --check).
#   bash scripts/cross-aarch64.sh
# Needs what .ci/run installs: the rustup target, gcc/g++-aarch64-linux-gnu, qemu-user-static and Debian's arm64
# multiarch FFmpeg (libavcodec-dev:arm64 ...).
#
# Run under emulation (c-tests/, about 1 min on a 2-core machine): the ABI assertions (C11, C++17), every header,
# pass-through in every linking mode over the null driver (driver alone, preloaded, linked with the default
# search and by path, static, the shim under the vendor's names) in pass, reject and off modes, the per-rule tests,
# abort mode, no driver, the trace file, the leak report and leak exit code, exit and fork, the installed package
# consumer (find_package and pkg-config, cross-compiled), stress (V1+V2 threads on the emulated driver over arm64
# FFmpeg, 100 frames per channel instead of 500) and fuzz (all 157 exports, 20,000 calls per mode instead of
# 200,000: the same code paths, and each run takes a minute under qemu otherwise).
# Left out:
#   churn.bounded_memory  measures RSS growth over 2x10^5 create/destroy cycles: under qemu the RSS is the
#                         emulator's (its translation cache grows with the run), and the shim's bookkeeping it bounds
#                         is the same code on both architectures; it runs natively.
#   examples/ and python/ tests  they run the apps under aclvenc-check, which execs them: a guest exec of an
#                         aarch64 program needs binfmt_misc, which CI machines do not register. The examples are
#                         still cross-compiled (-Werror), and the tarball check runs aarch64 aclvenc-check.
#   Rust unit and integration tests  architecture-independent logic; the part that differs per target is the C
#                         ABI, which the C tests cover.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

target=aarch64-unknown-linux-gnu
build_dir="${ACLVENC_BUILD_DIR:-build}-aarch64"
jobs="$(nproc 2>/dev/null || echo 2)"

step() {
    printf '\n==> [aarch64] %s\n' "$*"
}

step "cmake configure ($build_dir, toolchain cmake/toolchains/aarch64-linux-gnu.cmake, Release)"
cmake -S . -B "$build_dir" -DCMAKE_TOOLCHAIN_FILE=cmake/toolchains/aarch64-linux-gnu.cmake \
    -DCMAKE_BUILD_TYPE=Release -DACLVENC_FUZZ_CALLS=20000 -DACLVENC_STRESS_FRAMES=100

step "cmake build (cargo build --release --target $target; C tests and examples with aarch64-linux-gnu-gcc)"
cmake --build "$build_dir" -j "$jobs"

step "ctest under qemu-aarch64-static (c-tests; churn left out, see above)"
(cd "$build_dir/c-tests" && ctest --output-on-failure -j "$jobs" -E '^churn\.')

step "release tarball (scripts/package.sh --target $target --check)"
bash scripts/package.sh --target "$target" --check
