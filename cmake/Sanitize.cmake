# ACLVENC_SANITIZE: build the C/C++ tests and examples with compiler sanitizers, e.g.
#   cmake -S . -B build-asan -DACLVENC_SANITIZE=address,undefined
# (any list -fsanitize= accepts). UndefinedBehaviorSanitizer findings are made fatal (-fno-sanitize-recover), so a
# test with undefined behaviour fails instead of printing and passing.
#
# Only the C code is instrumented; the Rust shim and drivers are not, but their malloc/free go through the ASan
# runtime too (heap overflows of C buffers the shim writes, double frees across the boundary, leaks).
#
# Run the tests that LINK the shim (fuzz, leak, rule.*, stress, churn, passthrough.linked_*), not those that
# LD_PRELOAD it: with ASan the runtime must be the first object in the initial library list, and a preloaded
# shim comes before the executable's libasan (ASan aborts with "ASan runtime does not come first"). Preloading
# libasan.so ahead of the shim would work, but then every LD_PRELOAD test needs the compiler's runtime path; the
# linked tests exercise the same shim code. scripts/test-all.sh runs that subset in a separate build directory.
set(ACLVENC_SANITIZE "" CACHE STRING "Sanitizers for the C/C++ tests and examples (-fsanitize=...), e.g. address,undefined")
if(ACLVENC_SANITIZE)
  message(STATUS "C/C++ tests and examples built with -fsanitize=${ACLVENC_SANITIZE}")
  add_compile_options(-fsanitize=${ACLVENC_SANITIZE} -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_link_options(-fsanitize=${ACLVENC_SANITIZE})
endif()
