# ctest driver: install the build tree into a fresh prefix, configure and build c-tests/consumer against it with
# find_package(AclVencShim), run both consumers, then build main.c once more with pkg-config.
#   cmake -DBUILD_DIR=... -DSOURCE_DIR=... -DWORK_DIR=... -DGENERATOR=... -DBUILD_TYPE=... -DC_COMPILER=... -P run.cmake
# From a release tarball instead (scripts/package.sh --check): -DTARBALL=<file> in place of -DBUILD_DIR, unpacked
# into a fresh prefix. A cross build adds -DTOOLCHAIN_FILE=<file> and -DEMULATOR=<cmd|arg|...>, which runs the
# consumers (qemu-aarch64-static -L /usr/aarch64-linux-gnu).
foreach(var SOURCE_DIR WORK_DIR GENERATOR C_COMPILER)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "${var} is not set")
  endif()
endforeach()
if(NOT DEFINED BUILD_DIR AND NOT DEFINED TARBALL)
  message(FATAL_ERROR "BUILD_DIR or TARBALL is needed")
endif()
string(REPLACE "|" ";" EMULATOR "${EMULATOR}")

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
  message(STATUS "$ ${ARGN}\n${out}${err}")
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "failed (${result}): ${ARGN}")
  endif()
endfunction()

file(REMOVE_RECURSE "${WORK_DIR}")
set(prefix "${WORK_DIR}/prefix")
if(DEFINED TARBALL)
  file(MAKE_DIRECTORY "${prefix}")
  run("${CMAKE_COMMAND}" -E chdir "${prefix}" "${CMAKE_COMMAND}" -E tar xf "${TARBALL}")
else()
  run("${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${prefix}")
endif()

foreach(f include/aclvenc_shim.h include/aclvenc_shim/vendor/acl/acl.h)
  if(NOT EXISTS "${prefix}/${f}")
    message(FATAL_ERROR "not installed: ${f}")
  endif()
endforeach()

set(toolchain "")
if(DEFINED TOOLCHAIN_FILE)
  set(toolchain "-DCMAKE_TOOLCHAIN_FILE=${TOOLCHAIN_FILE}")
endif()
run("${CMAKE_COMMAND}" -S "${SOURCE_DIR}" -B "${WORK_DIR}/build" -G "${GENERATOR}" ${toolchain}
    "-DCMAKE_BUILD_TYPE=${BUILD_TYPE}" "-DCMAKE_C_COMPILER=${C_COMPILER}" "-DCMAKE_PREFIX_PATH=${prefix}")
run("${CMAKE_COMMAND}" --build "${WORK_DIR}/build")

# The installed shared library is found through LD_LIBRARY_PATH (the consumer's RPATH points there too).
set(ENV{LD_LIBRARY_PATH} "${prefix}/lib:$ENV{LD_LIBRARY_PATH}")
run(${EMULATOR} "${WORK_DIR}/build/consumer_shared")
run(${EMULATOR} "${WORK_DIR}/build/consumer_static")

# pkg-config (.ci/run installs it; a missing one fails the test rather than leaving the .pc file unchecked)
find_program(PKG_CONFIG_EXECUTABLE NAMES pkg-config pkgconf REQUIRED)
file(GLOB_RECURSE pc_files "${prefix}/*/aclvenc-shim.pc")
list(GET pc_files 0 pc_file)
get_filename_component(pc_dir "${pc_file}" DIRECTORY)
set(ENV{PKG_CONFIG_PATH} "${pc_dir}")
execute_process(COMMAND "${PKG_CONFIG_EXECUTABLE}" --cflags --libs aclvenc-shim
                RESULT_VARIABLE result OUTPUT_VARIABLE flags OUTPUT_STRIP_TRAILING_WHITESPACE)
execute_process(COMMAND "${PKG_CONFIG_EXECUTABLE}" --modversion aclvenc-shim
                OUTPUT_VARIABLE version OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "pkg-config does not know aclvenc-shim")
endif()
separate_arguments(flags UNIX_COMMAND "${flags}")
run("${C_COMPILER}" -std=c11 -Wall -Wextra -Werror "-DEXPECTED_VERSION=\"${version}\"" "${SOURCE_DIR}/main.c"
    -o "${WORK_DIR}/consumer_pkgconfig" ${flags})
run(${EMULATOR} "${WORK_DIR}/consumer_pkgconfig")
