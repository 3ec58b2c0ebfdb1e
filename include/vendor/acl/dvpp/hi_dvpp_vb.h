/* generated from abi/abi-spec.json by `cargo run -p xtask -- gen`; do not edit */
/* Vendor-compatible acl/dvpp/hi_dvpp_vb.h: video buffer sources. Written from the ABI facts, not copied. */
#ifndef ACLVENC_VENDOR_ACL_DVPP_HI_DVPP_VB_H_
#define ACLVENC_VENDOR_ACL_DVPP_HI_DVPP_VB_H_

#include "hi_media_common.h"

typedef enum {
    HI_VB_SRC_BUTT = 4,
    HI_VB_SRC_COMMON = 0,
    HI_VB_SRC_MOD = 1,
    HI_VB_SRC_PRIVATE = 2,
    HI_VB_SRC_USER = 3
} hi_vb_src;


#endif /* ACLVENC_VENDOR_ACL_DVPP_HI_DVPP_VB_H_ */
