/* Every vendor-compatible header (the list is generated at configure time into headers_all.h) and the shim's
 * own header compile together with -Wall -Wextra -Werror, as C11 (this file) and as C++17 (headers_cxx.cpp). The
 * shim's exported API is also checked against the prototypes docs/shim-interface.md promises. */
#define ENABLE_DVPP_INTERFACE
#include "headers_all.h"
#include "aclvenc_shim.h"
#include "aclvenc_shim.h" /* include guard */

#include <stddef.h>

#ifdef __cplusplus
#include <type_traits>
#define SAME_FN(fn, ...) static_assert(std::is_same<decltype(&fn), __VA_ARGS__>::value, #fn)
#else
#define SAME_FN(fn, ...) _Static_assert(__builtin_types_compatible_p(__typeof__(&fn), __VA_ARGS__), #fn)
#endif

SAME_FN(aclvencShimVersion, const char *(*)(void));
SAME_FN(aclvencShimReportLeaks, size_t (*)(void));
SAME_FN(aclvencShimFindingCount, size_t (*)(const char *));
SAME_FN(aclvencShimWriteReport, int (*)(const char *));
SAME_FN(aclvencShimResetFindings, void (*)(void));

int main(void)
{
    return 0;
}
