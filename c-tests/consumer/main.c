/* Consumer of an installed aclvenc-shim: the vendor-compatible headers come from the package (#include "acl/..."),
 * the shim's API from aclvenc_shim.h. Without a driver, V2 calls return HI_ERR_VENC_SYS_NOT_READY (or the code of
 * a rule the call breaks), and the shim's API works. */
#define ENABLE_DVPP_INTERFACE
#include "acl/acl.h"
#include "acl/ops/acl_dvpp.h"
#include "acl/dvpp/hi_dvpp.h"
#include "aclvenc_shim.h"

#include <stdio.h>
#include <string.h>

int main(void)
{
    const char *version = aclvencShimVersion();
    hi_s32 ret;

    if (version == NULL || strcmp(version, EXPECTED_VERSION) != 0) {
        fprintf(stderr, "aclvencShimVersion() = %s, expected %s\n", version ? version : "(null)", EXPECTED_VERSION);
        return 1;
    }
    ret = hi_mpi_venc_create_chn(0, NULL);
    if (ret == HI_SUCCESS) {
        fprintf(stderr, "hi_mpi_venc_create_chn(0, NULL) succeeded\n");
        return 1;
    }
    if (aclvencShimFindingCount("MPI-NULL-PTR") != 1) {
        fprintf(stderr, "MPI-NULL-PTR was not reported\n");
        return 1;
    }
    printf("consumer: aclvenc-shim %s, create_chn(0, NULL) = 0x%08x\n", version, (unsigned)ret);
    return 0;
}
