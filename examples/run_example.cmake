# ctest driver for one example run: cmake -DNAME=... -DRUNNER=... [-DCHECK_EXE=...] [-DREPORT=...]
#   [-DCHECK_ARGS=a|b] [-DENV=A=1|B=2] [-DEXPECT_STATUS=n] [-DEXPECT_RULES=R1|R2] [-DEXPECT_LEAKS=k1|k2]
#   [-DSTREAMS=file:frames|file:frames] [-DJPEG_PREFIX=... -DJPEG_COUNT=n] [-DFRESH_DIR=dir]
#   [-DFILES=file:bytes|file:bytes] -P run_example.cmake -- <app> <args>...
# Lists use "|" so they survive add_test(); see cmake/ExampleCheck.cmake for what is checked.
cmake_minimum_required(VERSION 3.19)
include("${CMAKE_CURRENT_LIST_DIR}/cmake/ExampleCheck.cmake")

include("${CMAKE_CURRENT_LIST_DIR}/cmake/ScriptCommand.cmake")
aclvenc_script_command(command run_example.cmake)

foreach(var CHECK_ARGS ENV EXPECT_RULES EXPECT_LEAKS STREAMS FILES)
  if(DEFINED ${var})
    string(REPLACE "|" ";" ${var} "${${var}}")
  endif()
endforeach()
set(streams "")
set(frames "")
foreach(entry IN LISTS STREAMS)
  string(REGEX MATCH "^(.*):([0-9]+)$" _ "${entry}")
  list(APPEND streams "${CMAKE_MATCH_1}")
  list(APPEND frames "${CMAKE_MATCH_2}")
endforeach()
set(files "")
set(bytes "")
foreach(entry IN LISTS FILES)
  string(REGEX MATCH "^(.*):([0-9]+)$" _ "${entry}")
  list(APPEND files "${CMAKE_MATCH_1}")
  list(APPEND bytes "${CMAKE_MATCH_2}")
endforeach()
set(optional "")
foreach(var CHECK_EXE REPORT EXPECT_STATUS JPEG_PREFIX JPEG_COUNT FRESH_DIR)
  if(DEFINED ${var})
    list(APPEND optional ${var} "${${var}}")
  endif()
endforeach()

aclvenc_example_run(NAME "${NAME}" RUNNER "${RUNNER}" ${optional}
  CHECK_ARGS ${CHECK_ARGS} ENV ${ENV} EXPECT_RULES ${EXPECT_RULES} EXPECT_LEAKS ${EXPECT_LEAKS}
  STREAM ${streams} FRAMES ${frames} FILE ${files} BYTES ${bytes} COMMAND ${command})
