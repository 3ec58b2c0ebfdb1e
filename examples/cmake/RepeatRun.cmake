# ctest driver: run one command RUNS times in a row and fail unless every run exits with status 0 (a signal, a
# hang past TIMEOUT seconds or any other status fails the test at that run).
#
#   cmake -DNAME=<label> [-DRUNS=20] [-DTIMEOUT=60] -P RepeatRun.cmake -- <app> <args>...
cmake_minimum_required(VERSION 3.19)

include("${CMAKE_CURRENT_LIST_DIR}/ScriptCommand.cmake")
aclvenc_script_command(command RepeatRun.cmake)
if(NOT DEFINED RUNS)
  set(RUNS 20)
endif()
if(NOT DEFINED TIMEOUT)
  set(TIMEOUT 60)
endif()

message(STATUS "[${NAME}] ${RUNS} runs of: ${command}")
string(TIMESTAMP start "%s")
foreach(run RANGE 1 ${RUNS})
  execute_process(COMMAND ${command} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err
                  TIMEOUT ${TIMEOUT})
  if(NOT "${status}" STREQUAL "0")
    message(FATAL_ERROR "[${NAME}] run ${run} of ${RUNS}: exit status '${status}', expected 0\n"
                        "stdout:\n${out}\nstderr:\n${err}")
  endif()
endforeach()
string(TIMESTAMP end "%s")
math(EXPR seconds "${end} - ${start}")
message(STATUS "[${NAME}] ${RUNS} runs, every one exited 0 (about ${seconds} s)")
