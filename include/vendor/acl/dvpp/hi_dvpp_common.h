/* generated from abi/abi-spec.json by `cargo run -p xtask -- gen`; do not edit */
/* Vendor-compatible acl/dvpp/hi_dvpp_common.h: includes the split headers. Written from the ABI facts, not copied. */
#ifndef ACLVENC_VENDOR_ACL_DVPP_HI_DVPP_COMMON_H_
#define ACLVENC_VENDOR_ACL_DVPP_HI_DVPP_COMMON_H_

#include "hi_media_common.h"


#endif /* ACLVENC_VENDOR_ACL_DVPP_HI_DVPP_COMMON_H_ */
