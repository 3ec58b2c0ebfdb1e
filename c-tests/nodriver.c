/* No driver anywhere (ACLVENC_SHIM_DRIVER_V1/_V2 point at files that do not exist): every call returns the vendor's
 * code for an unavailable device or system, pointer-returning calls return NULL, nothing crashes. */
#define ENABLE_DVPP_INTERFACE
#include "acl/acl.h"
#include "acl/ops/acl_dvpp.h"
#include "acl/dvpp/hi_dvpp.h"
#include "aclvenc_shim.h"
#include <stdio.h>
#include <string.h>

static int failures;

#define EXPECT(cond)                                                                                                   \
    do {                                                                                                               \
        if (!(cond)) {                                                                                                 \
            fprintf(stderr, "%s:%d: expected %s\n", __FILE__, __LINE__, #cond);                                      \
            failures++;                                                                                                \
        }                                                                                                              \
    } while (0)

int main(void)
{
    hi_venc_chn_attr attr;
    hi_venc_start_param start = { -1 };
    memset(&attr, 0, sizeof attr);
    EXPECT(aclvencCreateChannelDesc() == NULL);
    EXPECT(aclvencCreateFrameConfig() == NULL);
    EXPECT(aclvencSetChannelDescPicWidth(NULL, 1280) == ACL_ERROR_RT_NO_DEVICE);
    EXPECT(aclvencGetChannelDescPicWidth(NULL) == 0);
    EXPECT(hi_mpi_venc_create_chn(0, &attr) == (hi_s32)HI_ERR_VENC_SYS_NOT_READY);
    EXPECT(hi_mpi_venc_start_chn(0, &start) == (hi_s32)HI_ERR_VENC_SYS_NOT_READY);
    EXPECT(aclvencShimVersion() != NULL && strlen(aclvencShimVersion()) > 0);
    if (failures == 0)
        printf("nodriver: all checks passed\n");
    return failures == 0 ? 0 : 1;
}
