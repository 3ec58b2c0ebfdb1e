# aclvenc_script_command(<out-var> <script-name>): the command given to a `cmake -P <script> -- <app> <args>...`
# run, i.e. every argument after `--`; fails with a message naming the script when there is none. Used by the ctest
# drivers run_example.cmake and cmake/RepeatRun.cmake.
function(aclvenc_script_command out script)
  set(command "")
  set(seen_separator FALSE)
  math(EXPR last "${CMAKE_ARGC} - 1")
  foreach(i RANGE 1 ${last})
    if(seen_separator)
      list(APPEND command "${CMAKE_ARGV${i}}")
    elseif(CMAKE_ARGV${i} STREQUAL "--")
      set(seen_separator TRUE)
    endif()
  endforeach()
  if(NOT command)
    message(FATAL_ERROR "${script}: no command after --")
  endif()
  set(${out} "${command}" PARENT_SCOPE)
endfunction()
