# ctest driver: install the build tree into a fresh prefix, build examples/package against it with
# find_package(AclVencShim), then run the examples with the installed aclvenc-check (which must find the installed
# shim and emulated driver by itself) and linked with the installed shim; same expectations as the build-tree tests.
#   cmake -DBUILD_DIR=... -DEXAMPLES_DIR=... -DWORK_DIR=... -DGENERATOR=... -DBUILD_TYPE=... -DC_COMPILER=...
#         -DCLIP=... -DSIZE=... -DMISTAKE_RULES=a|b -DMISTAKE_LEAKS=a|b -P run.cmake
cmake_minimum_required(VERSION 3.19)
include("${CMAKE_CURRENT_LIST_DIR}/../cmake/ExampleCheck.cmake")
foreach(var BUILD_DIR EXAMPLES_DIR WORK_DIR GENERATOR C_COMPILER CLIP SIZE MISTAKE_RULES MISTAKE_LEAKS)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "${var} is not set")
  endif()
endforeach()
string(REPLACE "|" ";" MISTAKE_RULES "${MISTAKE_RULES}")
string(REPLACE "|" ";" MISTAKE_LEAKS "${MISTAKE_LEAKS}")

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
  message(STATUS "$ ${ARGN}\n${out}${err}")
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "failed (${result}): ${ARGN}")
  endif()
endfunction()

file(REMOVE_RECURSE "${WORK_DIR}")
set(prefix "${WORK_DIR}/prefix")
run("${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${prefix}")
run("${CMAKE_COMMAND}" -S "${EXAMPLES_DIR}/package" -B "${WORK_DIR}/build" -G "${GENERATOR}"
    "-DCMAKE_BUILD_TYPE=${BUILD_TYPE}" "-DCMAKE_C_COMPILER=${C_COMPILER}" "-DCMAKE_PREFIX_PATH=${prefix}")
run("${CMAKE_COMMAND}" --build "${WORK_DIR}/build")

set(check "${prefix}/bin/aclvenc-check")
set(bin "${WORK_DIR}/build")
set(o "${WORK_DIR}/out")
file(MAKE_DIRECTORY "${o}")
file(GLOB libdirs LIST_DIRECTORIES true "${prefix}/lib*/aclvenc-emu/runtime/lib64" "${prefix}/lib/*/aclvenc-emu/runtime/lib64")
list(GET libdirs 0 emu)
get_filename_component(shim_dir "${emu}/../../.." ABSOLUTE)
# Linked runs find the installed shim and the emulated driver through the loader path.
set(linked_env "LD_LIBRARY_PATH=${shim_dir}:${emu}")

foreach(variant check linked)
  if(variant STREQUAL "check")
    set(how RUNNER check CHECK_EXE "${check}")
    set(suffix "")
  else()
    set(how RUNNER direct ENV "${linked_env}")
    set(suffix _linked)
  endif()
  aclvenc_example_run(NAME package.venc_file.${variant} ${how} REPORT "${o}/venc_file.${variant}.json"
    STREAM "${o}/venc_file.${variant}.h265" FRAMES 30
    COMMAND "${bin}/venc_file${suffix}" --input "${CLIP}" --size ${SIZE} --frames 30 --fps 10
            --output "${o}/venc_file.${variant}.h265")
  aclvenc_example_run(NAME package.jpege_snap.${variant} ${how} REPORT "${o}/jpege_snap.${variant}.json"
    JPEG_PREFIX "${o}/snap_${variant}" JPEG_COUNT 4
    COMMAND "${bin}/jpege_snap${suffix}" --input "${CLIP}" --size ${SIZE} --every 200 --output "${o}/snap_${variant}")
  aclvenc_example_run(NAME package.venc_multi.${variant} ${how} REPORT "${o}/venc_multi.${variant}.json"
    STREAM "${o}/cam_${variant}_0.h264" "${o}/cam_${variant}_1.h264" FRAMES 20 20
    COMMAND "${bin}/venc_multi${suffix}" --input "${CLIP}" --size ${SIZE} --channels 2 --frames 20
            --output "${o}/cam_${variant}")
  aclvenc_example_run(NAME package.venc_mistakes.${variant} ${how} REPORT "${o}/venc_mistakes.${variant}.json"
    EXPECT_RULES ${MISTAKE_RULES} EXPECT_LEAKS ${MISTAKE_LEAKS}
    COMMAND "${bin}/venc_mistakes${suffix}" --input "${CLIP}" --size ${SIZE} --wait-ms 500)
endforeach()
