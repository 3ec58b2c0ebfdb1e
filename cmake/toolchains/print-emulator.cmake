# Prints the emulator a toolchain file names (CMAKE_CROSSCOMPILING_EMULATOR), one ;-separated line, so scripts run
# cross-built programs the way ctest does:  cmake -DTOOLCHAIN=<file> -P cmake/toolchains/print-emulator.cmake
include("${TOOLCHAIN}")
execute_process(COMMAND "${CMAKE_COMMAND}" -E echo "${CMAKE_CROSSCOMPILING_EMULATOR}")
