# Tests of venc_leaky_v1 / venc_leaky_v2 (examples/venc_leaky_v*.c): third-party-shaped encoder clients, one
# mistake per option, run under aclvenc-check on the test clip; each test asserts exactly the rule IDs and leak
# kinds of the JSON report (examples/cmake/ExampleCheck.cmake) and, where the mistake leaves the encode intact,
# that ffprobe decodes every frame. Included at the end of examples/CMakeLists.txt (needs aclvenc_example_test,
# clip, size and out from there). Test names start with leaky_.
# The mistake modes carry the label pipeline (the rules of the shim's companion-API tracking):
#   ctest --test-dir build -L pipeline

set(leaky_frames 24)
set(leaky_out "${out}/leaky")
file(MAKE_DIRECTORY "${leaky_out}")

# aclvenc_leaky_test(<name> PROGRAM v1|v2 [RUNNER check|direct] [MODE <--option>] [RULES <id>...] [LEAKS <kind>...]
#                    [DECODES] [PIPELINE])
#   runs venc_leaky_<PROGRAM> (venc_leaky_<PROGRAM>_linked for RUNNER direct) on leaky_frames frames of the clip;
#   DECODES: the output decodes to leaky_frames frames; PIPELINE: label pipeline.
function(aclvenc_leaky_test name)
  cmake_parse_arguments(A "DECODES;PIPELINE" "PROGRAM;RUNNER;MODE" "RULES;LEAKS" ${ARGN})
  if(NOT A_RUNNER)
    set(A_RUNNER check)
  endif()
  set(exe venc_leaky_${A_PROGRAM})
  if(A_RUNNER STREQUAL "direct")
    set(exe ${exe}_linked)
  endif()
  set(stream "${leaky_out}/${name}.h264")
  set(options "")
  if(A_RULES)
    list(JOIN A_RULES "|" rules)
    list(APPEND options "-DEXPECT_RULES=${rules}")
  endif()
  if(A_LEAKS)
    list(JOIN A_LEAKS "|" leaks)
    list(APPEND options "-DEXPECT_LEAKS=${leaks}")
  endif()
  if(A_DECODES)
    list(APPEND options "-DSTREAMS=${stream}:${leaky_frames}")
  endif()
  aclvenc_example_test(${name} RUNNER ${A_RUNNER} OPTIONS ${options}
    COMMAND $<TARGET_FILE:${exe}> --input "${clip}" --size ${size} --frames ${leaky_frames} --output "${stream}"
            ${A_MODE})
  if(A_PIPELINE)
    set_tests_properties(${name} PROPERTIES LABELS pipeline)
  endif()
endfunction()

# ---- V1 (aclvenc) ---------------------------------------------------------------------------------------------------
aclvenc_leaky_test(leaky_v1.clean PROGRAM v1 DECODES)
aclvenc_leaky_test(leaky_v1.clean.linked PROGRAM v1 RUNNER direct DECODES)
# N-1 of the N input blocks are lost when the pointer is overwritten.
aclvenc_leaky_test(leaky_v1.overwrite_malloc PROGRAM v1 MODE --overwrite-malloc DECODES
  LEAKS "acldvppMalloc block" PIPELINE)
# acldvppFree + acldvppDestroyPicDesc while the frame is in flight (the emulated driver copied the picture at send,
# so the stream still decodes there).
aclvenc_leaky_test(leaky_v1.free_after_send PROGRAM v1 MODE --free-after-send DECODES
  RULES VENC-SEND-INPUT-FREE-EARLY PIPELINE)
# The callback freed the last input; the teardown frees it again. Only the shim's rule: a free of a block already
# freed is refused like a destroyed handle (not forwarded), so no DRIVER-ERROR.
aclvenc_leaky_test(leaky_v1.double_free PROGRAM v1 MODE --double-free DECODES
  RULES DVPP-MEM-DOUBLE-FREE PIPELINE)
# Declared 768x592 strides for a 768x576 buffer: the shim names it, the driver refuses every send (DRIVER-ERROR,
# once: one function, one code). The program frees what was refused, so nothing leaks; the output is empty.
aclvenc_leaky_test(leaky_v1.tall_strides PROGRAM v1 MODE --tall-strides
  RULES VENC-SEND-INPUT-SIZE-MIN DRIVER-ERROR PIPELINE)
# aclrtMemcpy of outputs whose callbacks returned (the bytes may already be overwritten: no decode check).
aclvenc_leaky_test(leaky_v1.copy_after_callback PROGRAM v1 MODE --copy-after-callback
  RULES VENC-CB-OUTPUT-LIFETIME PIPELINE)

# ---- V2 (hi_mpi_venc) -----------------------------------------------------------------------------------------------
aclvenc_leaky_test(leaky_v2.clean PROGRAM v2 DECODES)
aclvenc_leaky_test(leaky_v2.clean.linked PROGRAM v2 RUNNER direct DECODES)
# Everything but hi_mpi_sys_exit is released, the epoll instance included.
aclvenc_leaky_test(leaky_v2.no_sys_exit PROGRAM v2 MODE --no-sys-exit DECODES
  LEAKS "hi_mpi_sys (never exited)" PIPELINE)
# main returns after the encoder teardown: no aclrtDestroyStream, aclrtDestroyContext, aclrtResetDevice (nor
# aclFinalize). The stream is a real leak because nothing took it along.
aclvenc_leaky_test(leaky_v2.leak_stream PROGRAM v2 MODE --leak-stream DECODES
  LEAKS aclrtStream aclrtContext "device (never reset)" PIPELINE)
# aclrtMemcpy from pack[i].addr + offset after release_stream (no decode check: the bytes may be reused).
aclvenc_leaky_test(leaky_v2.copy_after_release PROGRAM v2 MODE --copy-after-release
  RULES VENC-CB-OUTPUT-LIFETIME PIPELINE)
# hi_mpi_dvpp_free right after send_frame, before get_stream returned the frame.
aclvenc_leaky_test(leaky_v2.free_after_send PROGRAM v2 MODE --free-after-send DECODES
  RULES MPI-INPUT-FREE-EARLY PIPELINE)
# hi_mpi_dvpp_free(virt_addr[1]): an interior pointer of a live block (refused by the shim, so no DRIVER-ERROR).
aclvenc_leaky_test(leaky_v2.free_planes PROGRAM v2 MODE --free-planes DECODES
  RULES DVPP-MEM-FREE-UNKNOWN PIPELINE)
# destroy_chn with the channel fd still in the epoll set.
aclvenc_leaky_test(leaky_v2.no_epoll_del PROGRAM v2 MODE --no-epoll-del DECODES
  RULES MPI-EPOLL-SET PIPELINE)
# hi_mpi_sys_exit while the epoll instance is open (docs/validation-rules.md B: both rules name this).
aclvenc_leaky_test(leaky_v2.close_epoll_late PROGRAM v2 MODE --close-epoll-late DECODES
  RULES MPI-SYS-EXIT-ORDER MPI-EPOLL-SET PIPELINE)

# ---- survival: every mistake 20 times in a row on the emulated driver alone (no shim), exit status 0 each time ----
set(leaky_survival_v1 --overwrite-malloc --free-after-send --double-free --tall-strides --copy-after-callback)
set(leaky_survival_v2 --no-sys-exit --leak-stream --copy-after-release --free-after-send --free-planes --no-epoll-del
    --close-epoll-late)
foreach(prog v1 v2)
  foreach(mode IN LISTS leaky_survival_${prog})
    string(REGEX REPLACE "^--" "" mode_name "${mode}")
    string(REPLACE "-" "_" mode_name "${mode_name}")
    set(name leaky_survival.${prog}.${mode_name})
    add_test(NAME ${name}
      COMMAND "${CMAKE_COMMAND}" -E env ${ACLVENC_EXAMPLES_CLEAN_ENV}
              "${CMAKE_COMMAND}" "-DNAME=${name}" -DRUNS=20 -DTIMEOUT=60
              -P "${ACLVENC_EXAMPLES_DIR}/cmake/RepeatRun.cmake" --
              $<TARGET_FILE:venc_leaky_${prog}> --input "${clip}" --size ${size} --frames 4 --output /dev/null ${mode})
    set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED aclvenc_clip TIMEOUT 300)
  endforeach()
endforeach()
