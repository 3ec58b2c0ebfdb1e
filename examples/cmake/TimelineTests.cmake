# Tests of the channel timeline (ACLVENC_SHIM_TIMELINE, aclvenc-check --timeline; docs/shim-interface.md): the
# examples run under aclvenc-check with --timeline and --trace-file, and scripts/check-trace.py checks both files
# as Perfetto's JSON importer reads them (cmake/TimelineRun.cmake). Included by examples/CMakeLists.txt (needs
# aclvenc_example_test's clip, size, out and ACLVENC_EXAMPLES_CLEAN_ENV from there). Test names start with
# timeline.
#   timeline.checker          the checker's own tests: it rejects what Perfetto would mis-read
#   timeline.venc_mistakes    every finding printed is an instant event of both files
#   timeline.venc_multi       3 V2 channels: 3 channel tracks, 30 frame spans each, in flight and bit rate counters
#   timeline.venc_file        1 V1 channel (wrapped callbacks): 1 track, 30 frame spans, counters
# Perfetto's own trace processor cannot be used here: the `perfetto` package from PyPI downloads its
# trace_processor_shell binary at run time, and no registry this project uses ships one.

find_program(ACLVENC_PYTHON3 NAMES python3)
if(NOT ACLVENC_PYTHON3)
  set(ACLVENC_PYTHON3 python3) # the tests fail, naming it, rather than being skipped
endif()
set(timeline_checker "${PROJECT_SOURCE_DIR}/scripts/check-trace.py")
set(timeline_out "${out}/timeline")
file(MAKE_DIRECTORY "${timeline_out}")

add_test(NAME timeline.checker COMMAND "${ACLVENC_PYTHON3}" "${timeline_checker}" --self-test)

# aclvenc_timeline_test(<name> [CHECKER_ARGS <arg>...] COMMAND <app> <args>...)
function(aclvenc_timeline_test name)
  cmake_parse_arguments(A "" "" "CHECKER_ARGS;COMMAND" ${ARGN})
  list(JOIN A_CHECKER_ARGS "|" checker_args)
  add_test(NAME ${name}
    COMMAND "${CMAKE_COMMAND}" -E env ${ACLVENC_EXAMPLES_CLEAN_ENV} ACLVENC_SHIM_BANNER=0
            "${CMAKE_COMMAND}" "-DNAME=${name}" "-DCHECK_EXE=${ACLVENC_CHECK_EXE}" "-DPYTHON=${ACLVENC_PYTHON3}"
            "-DCHECKER=${timeline_checker}" "-DOUT=${timeline_out}/${name}" "-DCHECKER_ARGS=${checker_args}"
            -P "${ACLVENC_EXAMPLES_DIR}/cmake/TimelineRun.cmake" -- ${A_COMMAND})
  set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED aclvenc_clip TIMEOUT 600)
endfunction()

aclvenc_timeline_test(timeline.venc_mistakes
  COMMAND $<TARGET_FILE:venc_mistakes> --input "${clip}" --size ${size} --wait-ms 500)
aclvenc_timeline_test(timeline.venc_multi CHECKER_ARGS --channels 3 --frames 30 --counters
  COMMAND $<TARGET_FILE:venc_multi> --input "${clip}" --size ${size} --channels 3 --codec h265 --frames 30
          --output "${timeline_out}/cam")
aclvenc_timeline_test(timeline.venc_file CHECKER_ARGS --channels 1 --frames 30 --counters
  COMMAND $<TARGET_FILE:venc_file> --input "${clip}" --size ${size} --codec h264 --frames 30
          --output "${timeline_out}/venc_file.h264")
