#!/usr/bin/env bash
# THE test command: formatting, lints, generated files, the Rust build and tests, then the CMake build of the C/C++
# tests and ctest, the release tarball, and the aarch64 cross build tested under qemu (scripts/cross-aarch64.sh).
# Everything shares one cargo target directory; the CMake step reuses what `cargo build` made.
#   bash scripts/test-all.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

jobs="$(nproc 2>/dev/null || echo 2)"
build_dir="${ACLVENC_BUILD_DIR:-build}"

step() {
    printf '\n==> %s\n' "$*"
}

step "cargo fmt --all --check"
cargo fmt --all --check

step "cargo clippy --workspace --all-targets -- -D warnings"
cargo clippy --workspace --all-targets -- -D warnings

step "cargo run -q -p xtask -- check"
cargo run -q -p xtask -- check

step "cargo build --workspace"
cargo build --workspace

step "test clip (scripts/fetch-test-clip.sh; cached under target/media)"
# The emulated driver's tests, aclvenc-check's integration tests and the examples' ctest runs encode this clip.
bash scripts/fetch-test-clip.sh

step "cargo test --workspace"
# aclvenc-check's HTML report test loads its page in headless Chromium (/usr/bin/chromium; .ci/run installs it).
cargo test --workspace

step "cmake configure ($build_dir)"
# --workspace: the CMake cargo step builds exactly what `cargo build --workspace` built, so it is a no-op.
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Debug -DACLVENC_CARGO_PACKAGES=--workspace

step "cmake build"
cmake --build "$build_dir" -j "$jobs"

step "ctest --output-on-failure (C tests; examples under aclvenc-check, linked, and from an installed package)"
(cd "$build_dir" && ctest --output-on-failure -j "$jobs")

step "C tests with AddressSanitizer + UndefinedBehaviorSanitizer ($build_dir-asan; about 2 min)"
# The C side built once more under the sanitizers (cmake/Sanitize.cmake); cargo's output is shared, so only the C
# programs are rebuilt. Only the tests that link the shim: ASan cannot run behind an LD_PRELOADed shim.
cmake -S . -B "$build_dir-asan" -DCMAKE_BUILD_TYPE=Debug -DACLVENC_CARGO_PACKAGES=--workspace \
    -DACLVENC_SANITIZE=address,undefined -DACLVENC_FUZZ_CALLS=100000
cmake --build "$build_dir-asan" -j "$jobs" --target fuzz leak rules stress passthrough_shim
(cd "$build_dir-asan" && ctest --output-on-failure -j "$jobs" -R '^(fuzz\.|leak\.|rule\.|stress\.|passthrough\.linked_)')

step "release tarball, $(uname -m) (scripts/package.sh --check; about 3 min)"
# A Release build of what is installed, packed, unpacked into a fresh prefix and built against (the consumer).
bash scripts/package.sh --check

step "aarch64: cross build, C tests under qemu, release tarball (scripts/cross-aarch64.sh; about 4.5 min)"
bash scripts/cross-aarch64.sh

printf '\ntest-all: all steps passed\n'
