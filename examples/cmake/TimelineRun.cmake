# ctest driver of one timeline test (examples/cmake/TimelineTests.cmake):
#   cmake -DNAME=... -DCHECK_EXE=<aclvenc-check> -DPYTHON=<python3> -DCHECKER=<scripts/check-trace.py> -DOUT=<prefix>
#         [-DCHECKER_ARGS=a|b] -P TimelineRun.cmake -- <app> <args>...
# Runs the app under aclvenc-check with --timeline OUT.timeline.json, --trace-file OUT.trace.json and --report
# OUT.report.json (it must exit 0), then checks with scripts/check-trace.py that the timeline file is a finished
# trace of the timeline alone, with every finding the report says was printed and the same timeline events as the
# trace file (plus CHECKER_ARGS: --channels, --frames, --counters, ...), and that the trace file is a finished,
# well-formed trace too, whose call events stand for every call the report counts. A missing python3 fails the test.
cmake_minimum_required(VERSION 3.19)
include("${CMAKE_CURRENT_LIST_DIR}/ScriptCommand.cmake")
aclvenc_script_command(command TimelineRun.cmake)
string(REPLACE "|" ";" CHECKER_ARGS "${CHECKER_ARGS}")

set(timeline "${OUT}.timeline.json")
set(trace "${OUT}.trace.json")
set(report "${OUT}.report.json")
file(REMOVE "${timeline}" "${trace}" "${report}")

function(run what)
  list(JOIN ARGN " " shown)
  message(STATUS "[${NAME}] $ ${shown}")
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 300)
  message(STATUS "[${NAME}] ${what}:\n${out}${err}")
  if(NOT "${status}" STREQUAL "0")
    message(FATAL_ERROR "[${NAME}] ${what}: exit status ${status}, expected 0")
  endif()
endfunction()

run("the app under aclvenc-check"
  "${CHECK_EXE}" --timeline "${timeline}" --trace-file "${trace}" --report "${report}" -- ${command})
run("the timeline" "${PYTHON}" "${CHECKER}" "${timeline}" --finished --no-calls --report "${report}"
    --same-timeline "${trace}" ${CHECKER_ARGS})
run("the trace file" "${PYTHON}" "${CHECKER}" "${trace}" --finished --report "${report}" --calls ${CHECKER_ARGS})
