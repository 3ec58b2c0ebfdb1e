#!/usr/bin/env bash
# Release tarball for one architecture, laid out for `tar -x -C /usr/local` (or any prefix of the user's choice):
#
#   scripts/package.sh [--target aarch64-unknown-linux-gnu] [--check]
#
# writes target/dist/aclvenc-shim-<version>-<arch>-linux-gnu.tar.gz (version from Cargo.toml) holding
#   bin/aclvenc-check
#   lib/libaclvenc_shim.so, lib/libaclvenc_shim.a
#   lib/cmake/AclVencShim/        find_package(AclVencShim) package files
#   lib/pkgconfig/aclvenc-shim.pc relocatable (prefix found from the .pc file's own directory)
#   include/aclvenc_shim.h, include/aclvenc_shim/vendor/acl/...
#   lib/aclvenc-emu/              the emulated toolkit (scripts/emu-prefix.sh layout: runtime/lib64, runtime/include,
#                                 python/site-packages, set_env.sh), where aclvenc-check and the shim find it
#   share/doc/aclvenc-shim/README.md
# What is installed is what `cmake --install` installs (one set of install rules), from a Release build in its own
# CMake build directory (build-dist-<arch>) and the shared cargo target directory. --target cross-compiles with
# cmake/toolchains/aarch64-linux-gnu.cmake.
#
# --check: unpack the tarball into a fresh prefix, check every file above is there and built for <arch>, source
# set_env.sh from it, run aclvenc-check --version, and build and run c-tests/consumer against it (find_package,
# shared and static, and pkg-config); a cross tarball is built with the toolchain and run under its emulator.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo=$PWD

usage() { echo "usage: $0 [--target aarch64-unknown-linux-gnu] [--check]" >&2; exit 2; }
rust_target=""
check=0
while [ $# -gt 0 ]; do
    case $1 in
        --target) [ $# -ge 2 ] || usage; rust_target=$2; shift ;;
        --check) check=1 ;;
        *) usage ;;
    esac
    shift
done

toolchain_args=()
emulator=()
case "$rust_target" in
    "") arch=$(uname -m) ;;
    aarch64-unknown-linux-gnu)
        arch=aarch64
        toolchain=$repo/cmake/toolchains/aarch64-linux-gnu.cmake
        toolchain_args=("-DCMAKE_TOOLCHAIN_FILE=$toolchain")
        # The emulator the toolchain file names, for running what was cross-built.
        IFS=';' read -r -a emulator < <(cmake -DTOOLCHAIN="$toolchain" -P cmake/toolchains/print-emulator.cmake)
        ;;
    *) echo "package: no toolchain file for --target $rust_target" >&2; exit 2 ;;
esac
case $arch in
    x86_64) elf_machine="X86-64" ;;
    aarch64) elf_machine="AArch64" ;;
    *) echo "package: unknown architecture $arch" >&2; exit 2 ;;
esac

version=$(sed -n 's/^version = "\([0-9][0-9.]*\)"$/\1/p' Cargo.toml | head -n 1)
[ -n "$version" ] || { echo "package: no version in Cargo.toml" >&2; exit 1; }
name="aclvenc-shim-$version-$arch-linux-gnu"
target_dir=${CARGO_TARGET_DIR:-$repo/target}
dist_dir=$target_dir/dist
build_dir=$repo/build-dist-$arch
if [ -n "$rust_target" ]; then
    cargo_out=$target_dir/$rust_target/release
else
    cargo_out=$target_dir/release
fi

# BUILD_TESTING=OFF: only what is installed (shim, aclvenc-check, emulated driver) is built. lib, not lib64 or a
# multiarch directory, so the layout does not depend on the machine that made it.
cmake -S . -B "$build_dir" "${toolchain_args[@]}" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
    -DACLVENC_EXAMPLES=ON -DCMAKE_INSTALL_LIBDIR=lib
cmake --build "$build_dir" --target aclvenc_cargo_build

stage=$build_dir/stage
rm -rf "$stage"
cmake --install "$build_dir" --prefix "$stage"
# The rest of the emulated toolkit around the libraries the install put in lib/aclvenc-emu/runtime/lib64.
bash scripts/emu-prefix.sh "$stage/lib/aclvenc-emu" --no-build --libdir "$cargo_out" >/dev/null
# emu-prefix.sh writes the prefix's absolute path into set_env.sh; the unpacked tree lives elsewhere, so the script
# finds its own directory instead (it is sourced from bash, like the vendor's set_env.sh).
emu_env=$stage/lib/aclvenc-emu/set_env.sh
{
    sed -n '1p' "$emu_env"
    echo '_aclvenc_emu_home=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)'
    sed -n '2,$p' "$emu_env" | sed "s|$stage/lib/aclvenc-emu|\${_aclvenc_emu_home}|g"
} > "$emu_env.new"
mv "$emu_env.new" "$emu_env"
if grep -q "$stage" "$emu_env"; then
    echo "package: set_env.sh still names the staging directory" >&2
    exit 1
fi
install -D -m 644 README.md "$stage/share/doc/aclvenc-shim/README.md"

# Reproducible: sorted names, root owner, every mtime the last commit's.
mtime=$(git log -1 --format=%cI 2>/dev/null || date -u +%Y-%m-%dT%H:%M:%SZ)
mkdir -p "$dist_dir"
tarball=$dist_dir/$name.tar.gz
tar -C "$stage" --sort=name --owner=0 --group=0 --numeric-owner --mtime="$mtime" -czf "$tarball.tmp" \
    bin include lib share
mv "$tarball.tmp" "$tarball"
echo "package: $tarball ($(du -h "$tarball" | cut -f1))"

[ $check = 1 ] || exit 0

work=$build_dir/check
rm -rf "$work"
prefix=$work/prefix
mkdir -p "$prefix"
tar -x -C "$prefix" -f "$tarball"
for f in bin/aclvenc-check lib/libaclvenc_shim.so lib/libaclvenc_shim.a include/aclvenc_shim.h \
    include/aclvenc_shim/vendor/acl/acl.h include/aclvenc_shim/vendor/acl/ops/acl_dvpp.h \
    include/aclvenc_shim/vendor/acl/dvpp/hi_dvpp.h lib/cmake/AclVencShim/AclVencShimConfig.cmake \
    lib/cmake/AclVencShim/AclVencShimConfigVersion.cmake lib/pkgconfig/aclvenc-shim.pc \
    lib/aclvenc-emu/runtime/lib64/libascendcl.so lib/aclvenc-emu/runtime/lib64/libacl_dvpp.so \
    lib/aclvenc-emu/runtime/lib64/libacl_dvpp_mpi.so lib/aclvenc-emu/runtime/lib64/stub/libacl_dvpp.so \
    lib/aclvenc-emu/runtime/include/acl/acl.h lib/aclvenc-emu/python/site-packages/acl/__init__.py \
    lib/aclvenc-emu/set_env.sh share/doc/aclvenc-shim/README.md; do
    [ -f "$prefix/$f" ] || { echo "package check: $f is missing from $tarball" >&2; exit 1; }
done
for f in bin/aclvenc-check lib/libaclvenc_shim.so lib/aclvenc-emu/runtime/lib64/libacl_dvpp_mpi.so; do
    machine=$(readelf -h "$prefix/$f" | sed -n 's/^ *Machine: *//p')
    case "$machine" in
        *"$elf_machine"*) ;;
        *) echo "package check: $f is built for '$machine', not $elf_machine" >&2; exit 1 ;;
    esac
done
# set_env.sh points at wherever the tree was unpacked.
home=$(bash -c '. "$1" && echo "$ASCEND_HOME_PATH"' _ "$prefix/lib/aclvenc-emu/set_env.sh")
[ "$home" = "$prefix/lib/aclvenc-emu" ] || { echo "package check: set_env.sh gives $home" >&2; exit 1; }
# aclvenc-check starts (under the emulator for a cross tarball) and reports the packaged version.
check_version=$("${emulator[@]}" "$prefix/bin/aclvenc-check" --version)
case "$check_version" in
    *"$version"*) echo "package check: $check_version" ;;
    *) echo "package check: aclvenc-check --version says '$check_version', not $version" >&2; exit 1 ;;
esac
consumer_args=()
if [ -n "$rust_target" ]; then
    consumer_args=("-DTOOLCHAIN_FILE=$toolchain" "-DEMULATOR=$(IFS='|'; echo "${emulator[*]}")"
        -DC_COMPILER=aarch64-linux-gnu-gcc)
else
    consumer_args=(-DC_COMPILER=cc)
fi
cmake -DTARBALL="$tarball" -DSOURCE_DIR="$repo/c-tests/consumer" -DWORK_DIR="$work/consumer" \
    -DGENERATOR="Unix Makefiles" -DBUILD_TYPE=Release "${consumer_args[@]}" -P c-tests/consumer/run.cmake
echo "package check: $tarball passed"
