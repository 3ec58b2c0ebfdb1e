/* generated from abi/abi-spec.json by `cargo run -p xtask -- gen`; do not edit */
/* Vendor-compatible acl/dvpp/hi_media_type.h: basic hi_* types. Written from the ABI facts, not copied. */
#ifndef ACLVENC_VENDOR_ACL_DVPP_HI_MEDIA_TYPE_H_
#define ACLVENC_VENDOR_ACL_DVPP_HI_MEDIA_TYPE_H_

#define HI_FAILURE (-1)
#define HI_NULL 0L
#define HI_SUCCESS 0
#define hi_void void

typedef enum {
    HI_FALSE = 0,
    HI_TRUE = 1
} hi_bool;

typedef char hi_char;
typedef double hi_double;
typedef float hi_float;
typedef unsigned int hi_u32;
typedef hi_u32 hi_fr32;
typedef short hi_s16;
typedef int hi_s32;
typedef long long hi_s64;
typedef signed char hi_s8;
typedef unsigned short hi_u16;
typedef unsigned long long hi_u64;
typedef unsigned char hi_u8;

#endif /* ACLVENC_VENDOR_ACL_DVPP_HI_MEDIA_TYPE_H_ */
