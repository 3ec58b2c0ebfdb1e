/* generated from abi/abi-spec.json by `cargo run -p xtask -- gen`; do not edit */
/* Vendor-compatible acl/acl.h: initialisation. Written from the ABI facts, not copied. */
#ifndef ACLVENC_VENDOR_ACL_ACL_H_
#define ACLVENC_VENDOR_ACL_ACL_H_

#include "acl_rt.h"

#ifdef __cplusplus
extern "C" {
#endif

/* libascendcl.so */
aclError aclInit(const char *configPath);
/* libascendcl.so */
aclError aclFinalize(void);

#ifdef __cplusplus
}
#endif

#endif /* ACLVENC_VENDOR_ACL_ACL_H_ */
