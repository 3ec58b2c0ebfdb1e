# Cross build for aarch64 Ascend hosts (Atlas 200I DK A2, Atlas 500, Kunpeng + Atlas 300I) on a Debian x86_64
# machine: Debian's gcc-aarch64-linux-gnu / g++-aarch64-linux-gnu, cargo with --target aarch64-unknown-linux-gnu
# (linker in .cargo/config.toml), test programs run under qemu-user-static with Debian's arm64 multiarch libraries.
#   cmake -S . -B build-aarch64 -DCMAKE_TOOLCHAIN_FILE=cmake/toolchains/aarch64-linux-gnu.cmake
# scripts/cross-aarch64.sh does this, builds the C tests and runs them; scripts/package.sh --target uses it too.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(CMAKE_C_COMPILER aarch64-linux-gnu-gcc)
set(CMAKE_CXX_COMPILER aarch64-linux-gnu-g++)

# The static qemu, not the dynamic qemu-aarch64: the tests set LD_PRELOAD and LD_LIBRARY_PATH to aarch64 libraries,
# which a dynamically linked x86_64 qemu would try (and fail, noisily) to load itself. The static one passes them
# to the guest's loader untouched.
# -L /: the guest's ld.so is Debian's multiarch libc6:arm64 (/lib/ld-linux-aarch64.so.1), the same package as the
# libc it loads. Not -L /usr/aarch64-linux-gnu: once libc6:arm64 is installed (the arm64 FFmpeg of the emulated
# driver needs it), that cross ld.so (libc6-arm64-cross, an older 2.36 build) finds the multiarch libc.so.6 through
# /etc/ld.so.cache, and a mismatched ld.so and libc hang in the first pthread_create.
set(CMAKE_CROSSCOMPILING_EMULATOR qemu-aarch64-static -L /)

# The Rust target the top-level CMakeLists.txt hands to cargo (--target), and whose output directory it uses.
set(ACLVENC_RUST_TARGET aarch64-unknown-linux-gnu CACHE STRING "cargo --target triple")

