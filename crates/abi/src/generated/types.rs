// generated from abi/abi-spec.json by `cargo run -p xtask -- gen`; do not edit

use ::core::ffi::{c_char, c_int, c_void};

// ---- typedefs ----

/// `aclError` (`int`), from `acl/acl_base.h`.
pub type aclError = c_int;
/// `aclrtContext` (`void *`), from `acl/acl_base.h`.
pub type aclrtContext = *mut c_void;
/// `aclrtEvent` (`void *`), from `acl/acl_base.h`.
pub type aclrtEvent = *mut c_void;
/// `aclrtStream` (`void *`), from `acl/acl_base.h`.
pub type aclrtStream = *mut c_void;
/// `hi_char` (`char`), from `acl/dvpp/hi_media_type.h`.
pub type hi_char = c_char;
/// `hi_double` (`double`), from `acl/dvpp/hi_media_type.h`.
pub type hi_double = f64;
/// `hi_float` (`float`), from `acl/dvpp/hi_media_type.h`.
pub type hi_float = f32;
/// `hi_fr32` (`hi_u32`), from `acl/dvpp/hi_media_type.h`.
pub type hi_fr32 = hi_u32;
/// `hi_s16` (`short`), from `acl/dvpp/hi_media_type.h`.
pub type hi_s16 = i16;
/// `hi_s32` (`int`), from `acl/dvpp/hi_media_type.h`.
pub type hi_s32 = c_int;
/// `hi_s64` (`long long`), from `acl/dvpp/hi_media_type.h`.
pub type hi_s64 = i64;
/// `hi_s8` (`signed char`), from `acl/dvpp/hi_media_type.h`.
pub type hi_s8 = i8;
/// `hi_u16` (`unsigned short`), from `acl/dvpp/hi_media_type.h`.
pub type hi_u16 = u16;
/// `hi_u32` (`unsigned int`), from `acl/dvpp/hi_media_type.h`.
pub type hi_u32 = u32;
/// `hi_u64` (`unsigned long long`), from `acl/dvpp/hi_media_type.h`.
pub type hi_u64 = u64;
/// `hi_u8` (`unsigned char`), from `acl/dvpp/hi_media_type.h`.
pub type hi_u8 = u8;
/// `hi_vb_pool` (`hi_u32`), from `acl/dvpp/hi_media_common.h`.
pub type hi_vb_pool = hi_u32;
/// `hi_venc_chn` (`hi_s32`), from `acl/dvpp/hi_dvpp_venc.h`.
pub type hi_venc_chn = hi_s32;
/// `hi_venc_h265_avbr` (`hi_venc_h264_avbr`), from `acl/dvpp/hi_dvpp_venc.h`.
pub type hi_venc_h265_avbr = hi_venc_h264_avbr;
/// `hi_venc_h265_cbr` (`hi_venc_h264_cbr`), from `acl/dvpp/hi_dvpp_venc.h`.
pub type hi_venc_h265_cbr = hi_venc_h264_cbr;
/// `hi_venc_h265_cvbr` (`hi_venc_h264_cvbr`), from `acl/dvpp/hi_dvpp_venc.h`.
pub type hi_venc_h265_cvbr = hi_venc_h264_cvbr;
/// `hi_venc_h265_fixqp` (`hi_venc_h264_fixqp`), from `acl/dvpp/hi_dvpp_venc.h`.
pub type hi_venc_h265_fixqp = hi_venc_h264_fixqp;
/// `hi_venc_h265_qvbr` (`hi_venc_h264_qvbr`), from `acl/dvpp/hi_dvpp_venc.h`.
pub type hi_venc_h265_qvbr = hi_venc_h264_qvbr;
/// `hi_venc_h265_vbr` (`hi_venc_h264_vbr`), from `acl/dvpp/hi_dvpp_venc.h`.
pub type hi_venc_h265_vbr = hi_venc_h264_vbr;

// ---- opaque objects (only pointers cross the ABI) ----

/// Opaque `acldvppPicDesc` from `acl/ops/acl_dvpp.h`: created and destroyed by the library, only pointers cross the ABI.
#[repr(C)]
pub struct acldvppPicDesc {
    _opaque: [u8; 0],
    _marker: ::core::marker::PhantomData<(*mut u8, ::core::marker::PhantomPinned)>,
}

/// Opaque `acldvppStreamDesc` from `acl/ops/acl_dvpp.h`: created and destroyed by the library, only pointers cross the ABI.
#[repr(C)]
pub struct acldvppStreamDesc {
    _opaque: [u8; 0],
    _marker: ::core::marker::PhantomData<(*mut u8, ::core::marker::PhantomPinned)>,
}

/// Opaque `aclvencChannelDesc` from `acl/ops/acl_dvpp.h`: created and destroyed by the library, only pointers cross the ABI.
#[repr(C)]
pub struct aclvencChannelDesc {
    _opaque: [u8; 0],
    _marker: ::core::marker::PhantomData<(*mut u8, ::core::marker::PhantomPinned)>,
}

/// Opaque `aclvencFrameConfig` from `acl/ops/acl_dvpp.h`: created and destroyed by the library, only pointers cross the ABI.
#[repr(C)]
pub struct aclvencFrameConfig {
    _opaque: [u8; 0],
    _marker: ::core::marker::PhantomData<(*mut u8, ::core::marker::PhantomPinned)>,
}

// ---- callbacks ----

/// `aclvencCallback` from `acl/ops/acl_dvpp.h` (NULL is `None`).
pub type aclvencCallback =
    Option<unsafe extern "C" fn(input: *mut acldvppPicDesc, output: *mut acldvppStreamDesc, userdata: *mut c_void)>;

/// `aclrtCallback` from `acl/acl_rt.h` (NULL is `None`).
pub type aclrtCallback = Option<unsafe extern "C" fn(userData: *mut c_void)>;

// ---- enums: C passes any integer, so each is a transparent newtype with named values ----

/// Enum `acldvppStreamFormat` from `acl/ops/acl_dvpp.h` (4 bytes).
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct acldvppStreamFormat(pub i32);

impl acldvppStreamFormat {
    pub const H264_BASELINE_LEVEL: Self = Self(1);
    pub const H264_HIGH_LEVEL: Self = Self(3);
    pub const H264_MAIN_LEVEL: Self = Self(2);
    pub const H265_MAIN_LEVEL: Self = Self(0);
    /// Every named value, in header order.
    pub const VALUES: &'static [(&'static str, Self)] = &[
        ("H264_BASELINE_LEVEL", Self::H264_BASELINE_LEVEL),
        ("H264_HIGH_LEVEL", Self::H264_HIGH_LEVEL),
        ("H264_MAIN_LEVEL", Self::H264_MAIN_LEVEL),
        ("H265_MAIN_LEVEL", Self::H265_MAIN_LEVEL),
    ];
    /// The vendor's name for this value (the first one, where names share a value), or `None`.
    pub fn name(self) -> Option<&'static str> {
        Self::VALUES.iter().find(|(_, v)| *v == self).map(|(n, _)| *n)
    }
    /// Whether the value has a name in the vendor header.
    pub fn is_named(self) -> bool {
        self.name().is_some()
    }
}

impl ::core::fmt::Debug for acldvppStreamFormat {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self.name() {
            Some(name) => f.write_str(name),
            None => write!(f, "acldvppStreamFormat({})", self.0),
        }
    }
}

/// Enum `acldvppPixelFormat` from `acl/ops/acl_dvpp.h` (4 bytes).
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct acldvppPixelFormat(pub i32);

impl acldvppPixelFormat {
    pub const PIXEL_FORMAT_ABGR_1555: Self = Self(34);
    pub const PIXEL_FORMAT_ABGR_4444: Self = Self(26);
    pub const PIXEL_FORMAT_ABGR_8565: Self = Self(38);
    pub const PIXEL_FORMAT_ABGR_8888: Self = Self(15);
    pub const PIXEL_FORMAT_ARGB_1555: Self = Self(33);
    pub const PIXEL_FORMAT_ARGB_4444: Self = Self(25);
    pub const PIXEL_FORMAT_ARGB_8565: Self = Self(37);
    pub const PIXEL_FORMAT_ARGB_8888: Self = Self(14);
    pub const PIXEL_FORMAT_BGRA_1555: Self = Self(36);
    pub const PIXEL_FORMAT_BGRA_4444: Self = Self(28);
    pub const PIXEL_FORMAT_BGRA_8565: Self = Self(40);
    pub const PIXEL_FORMAT_BGRA_8888: Self = Self(17);
    pub const PIXEL_FORMAT_BGR_444: Self = Self(24);
    pub const PIXEL_FORMAT_BGR_555: Self = Self(30);
    pub const PIXEL_FORMAT_BGR_565: Self = Self(32);
    pub const PIXEL_FORMAT_BGR_888: Self = Self(13);
    pub const PIXEL_FORMAT_BGR_888_PLANAR: Self = Self(70);
    pub const PIXEL_FORMAT_BUTT: Self = Self(1003);
    pub const PIXEL_FORMAT_FLOAT32: Self = Self(1002);
    pub const PIXEL_FORMAT_HSV_888_PACKAGE: Self = Self(71);
    pub const PIXEL_FORMAT_HSV_888_PLANAR: Self = Self(72);
    pub const PIXEL_FORMAT_LAB_888_PACKAGE: Self = Self(73);
    pub const PIXEL_FORMAT_LAB_888_PLANAR: Self = Self(74);
    pub const PIXEL_FORMAT_RGBA_1555: Self = Self(35);
    pub const PIXEL_FORMAT_RGBA_4444: Self = Self(27);
    pub const PIXEL_FORMAT_RGBA_8565: Self = Self(39);
    pub const PIXEL_FORMAT_RGBA_8888: Self = Self(16);
    pub const PIXEL_FORMAT_RGB_444: Self = Self(23);
    pub const PIXEL_FORMAT_RGB_555: Self = Self(29);
    pub const PIXEL_FORMAT_RGB_565: Self = Self(31);
    pub const PIXEL_FORMAT_RGB_888: Self = Self(12);
    pub const PIXEL_FORMAT_RGB_BAYER_10BPP: Self = Self(51);
    pub const PIXEL_FORMAT_RGB_BAYER_12BPP: Self = Self(52);
    pub const PIXEL_FORMAT_RGB_BAYER_14BPP: Self = Self(53);
    pub const PIXEL_FORMAT_RGB_BAYER_16BPP: Self = Self(54);
    pub const PIXEL_FORMAT_RGB_BAYER_8BPP: Self = Self(50);
    pub const PIXEL_FORMAT_S16C1: Self = Self(78);
    pub const PIXEL_FORMAT_S32C1: Self = Self(81);
    pub const PIXEL_FORMAT_S64C1: Self = Self(84);
    pub const PIXEL_FORMAT_S8C1: Self = Self(75);
    pub const PIXEL_FORMAT_S8C2_PACKAGE: Self = Self(76);
    pub const PIXEL_FORMAT_S8C2_PLANAR: Self = Self(77);
    pub const PIXEL_FORMAT_U16C1: Self = Self(80);
    pub const PIXEL_FORMAT_U32C1: Self = Self(82);
    pub const PIXEL_FORMAT_U64C1: Self = Self(83);
    pub const PIXEL_FORMAT_U8C1: Self = Self(79);
    pub const PIXEL_FORMAT_UNKNOWN: Self = Self(10000);
    pub const PIXEL_FORMAT_UYVY_PACKED_422: Self = Self(8);
    pub const PIXEL_FORMAT_VYUY_PACKED_422: Self = Self(10);
    pub const PIXEL_FORMAT_YUV_400: Self = Self(0);
    pub const PIXEL_FORMAT_YUV_PACKED_444: Self = Self(11);
    pub const PIXEL_FORMAT_YUV_SEMIPLANAR_420: Self = Self(1);
    pub const PIXEL_FORMAT_YUV_SEMIPLANAR_422: Self = Self(3);
    pub const PIXEL_FORMAT_YUV_SEMIPLANAR_440: Self = Self(1000);
    pub const PIXEL_FORMAT_YUV_SEMIPLANAR_444: Self = Self(5);
    pub const PIXEL_FORMAT_YUV_SEMI_PLANNER_420_10BIT: Self = Self(18);
    pub const PIXEL_FORMAT_YUYV_PACKED_422: Self = Self(7);
    pub const PIXEL_FORMAT_YVU_PLANAR_420: Self = Self(20);
    pub const PIXEL_FORMAT_YVU_PLANAR_422: Self = Self(21);
    pub const PIXEL_FORMAT_YVU_PLANAR_444: Self = Self(22);
    pub const PIXEL_FORMAT_YVU_SEMIPLANAR_420: Self = Self(2);
    pub const PIXEL_FORMAT_YVU_SEMIPLANAR_422: Self = Self(4);
    pub const PIXEL_FORMAT_YVU_SEMIPLANAR_440: Self = Self(1001);
    pub const PIXEL_FORMAT_YVU_SEMIPLANAR_444: Self = Self(6);
    pub const PIXEL_FORMAT_YVU_SEMI_PLANNER_420_10BIT: Self = Self(19);
    pub const PIXEL_FORMAT_YVYU_PACKED_422: Self = Self(9);
    /// Every named value, in header order.
    pub const VALUES: &'static [(&'static str, Self)] = &[
        ("PIXEL_FORMAT_ABGR_1555", Self::PIXEL_FORMAT_ABGR_1555),
        ("PIXEL_FORMAT_ABGR_4444", Self::PIXEL_FORMAT_ABGR_4444),
        ("PIXEL_FORMAT_ABGR_8565", Self::PIXEL_FORMAT_ABGR_8565),
        ("PIXEL_FORMAT_ABGR_8888", Self::PIXEL_FORMAT_ABGR_8888),
        ("PIXEL_FORMAT_ARGB_1555", Self::PIXEL_FORMAT_ARGB_1555),
        ("PIXEL_FORMAT_ARGB_4444", Self::PIXEL_FORMAT_ARGB_4444),
        ("PIXEL_FORMAT_ARGB_8565", Self::PIXEL_FORMAT_ARGB_8565),
        ("PIXEL_FORMAT_ARGB_8888", Self::PIXEL_FORMAT_ARGB_8888),
        ("PIXEL_FORMAT_BGRA_1555", Self::PIXEL_FORMAT_BGRA_1555),
        ("PIXEL_FORMAT_BGRA_4444", Self::PIXEL_FORMAT_BGRA_4444),
        ("PIXEL_FORMAT_BGRA_8565", Self::PIXEL_FORMAT_BGRA_8565),
        ("PIXEL_FORMAT_BGRA_8888", Self::PIXEL_FORMAT_BGRA_8888),
        ("PIXEL_FORMAT_BGR_444", Self::PIXEL_FORMAT_BGR_444),
        ("PIXEL_FORMAT_BGR_555", Self::PIXEL_FORMAT_BGR_555),
        ("PIXEL_FORMAT_BGR_565", Self::PIXEL_FORMAT_BGR_565),
        ("PIXEL_FORMAT_BGR_888", Self::PIXEL_FORMAT_BGR_888),
        ("PIXEL_FORMAT_BGR_888_PLANAR", Self::PIXEL_FORMAT_BGR_888_PLANAR),
        ("PIXEL_FORMAT_BUTT", Self::PIXEL_FORMAT_BUTT),
        ("PIXEL_FORMAT_FLOAT32", Self::PIXEL_FORMAT_FLOAT32),
        ("PIXEL_FORMAT_HSV_888_PACKAGE", Self::PIXEL_FORMAT_HSV_888_PACKAGE),
        ("PIXEL_FORMAT_HSV_888_PLANAR", Self::PIXEL_FORMAT_HSV_888_PLANAR),
        ("PIXEL_FORMAT_LAB_888_PACKAGE", Self::PIXEL_FORMAT_LAB_888_PACKAGE),
        ("PIXEL_FORMAT_LAB_888_PLANAR", Self::PIXEL_FORMAT_LAB_888_PLANAR),
        ("PIXEL_FORMAT_RGBA_1555", Self::PIXEL_FORMAT_RGBA_1555),
        ("PIXEL_FORMAT_RGBA_4444", Self::PIXEL_FORMAT_RGBA_4444),
        ("PIXEL_FORMAT_RGBA_8565", Self::PIXEL_FORMAT_RGBA_8565),
        ("PIXEL_FORMAT_RGBA_8888", Self::PIXEL_FORMAT_RGBA_8888),
        ("PIXEL_FORMAT_RGB_444", Self::PIXEL_FORMAT_RGB_444),
        ("PIXEL_FORMAT_RGB_555", Self::PIXEL_FORMAT_RGB_555),
        ("PIXEL_FORMAT_RGB_565", Self::PIXEL_FORMAT_RGB_565),
        ("PIXEL_FORMAT_RGB_888", Self::PIXEL_FORMAT_RGB_888),
        ("PIXEL_FORMAT_RGB_BAYER_10BPP", Self::PIXEL_FORMAT_RGB_BAYER_10BPP),
        ("PIXEL_FORMAT_RGB_BAYER_12BPP", Self::PIXEL_FORMAT_RGB_BAYER_12BPP),
        ("PIXEL_FORMAT_RGB_BAYER_14BPP", Self::PIXEL_FORMAT_RGB_BAYER_14BPP),
        ("PIXEL_FORMAT_RGB_BAYER_16BPP", Self::PIXEL_FORMAT_RGB_BAYER_16BPP),
        ("PIXEL_FORMAT_RGB_BAYER_8BPP", Self::PIXEL_FORMAT_RGB_BAYER_8BPP),
        ("PIXEL_FORMAT_S16C1", Self::PIXEL_FORMAT_S16C1),
        ("PIXEL_FORMAT_S32C1", Self::PIXEL_FORMAT_S32C1),
        ("PIXEL_FORMAT_S64C1", Self::PIXEL_FORMAT_S64C1),
        ("PIXEL_FORMAT_S8C1", Self::PIXEL_FORMAT_S8C1),
        ("PIXEL_FORMAT_S8C2_PACKAGE", Self::PIXEL_FORMAT_S8C2_PACKAGE),
        ("PIXEL_FORMAT_S8C2_PLANAR", Self::PIXEL_FORMAT_S8C2_PLANAR),
        ("PIXEL_FORMAT_U16C1", Self::PIXEL_FORMAT_U16C1),
        ("PIXEL_FORMAT_U32C1", Self::PIXEL_FORMAT_U32C1),
        ("PIXEL_FORMAT_U64C1", Self::PIXEL_FORMAT_U64C1),
        ("PIXEL_FORMAT_U8C1", Self::PIXEL_FORMAT_U8C1),
        ("PIXEL_FORMAT_UNKNOWN", Self::PIXEL_FORMAT_UNKNOWN),
        ("PIXEL_FORMAT_UYVY_PACKED_422", Self::PIXEL_FORMAT_UYVY_PACKED_422),
        ("PIXEL_FORMAT_VYUY_PACKED_422", Self::PIXEL_FORMAT_VYUY_PACKED_422),
        ("PIXEL_FORMAT_YUV_400", Self::PIXEL_FORMAT_YUV_400),
        ("PIXEL_FORMAT_YUV_PACKED_444", Self::PIXEL_FORMAT_YUV_PACKED_444),
        ("PIXEL_FORMAT_YUV_SEMIPLANAR_420", Self::PIXEL_FORMAT_YUV_SEMIPLANAR_420),
        ("PIXEL_FORMAT_YUV_SEMIPLANAR_422", Self::PIXEL_FORMAT_YUV_SEMIPLANAR_422),
        ("PIXEL_FORMAT_YUV_SEMIPLANAR_440", Self::PIXEL_FORMAT_YUV_SEMIPLANAR_440),
        ("PIXEL_FORMAT_YUV_SEMIPLANAR_444", Self::PIXEL_FORMAT_YUV_SEMIPLANAR_444),
        ("PIXEL_FORMAT_YUV_SEMI_PLANNER_420_10BIT", Self::PIXEL_FORMAT_YUV_SEMI_PLANNER_420_10BIT),
        ("PIXEL_FORMAT_YUYV_PACKED_422", Self::PIXEL_FORMAT_YUYV_PACKED_422),
        ("PIXEL_FORMAT_YVU_PLANAR_420", Self::PIXEL_FORMAT_YVU_PLANAR_420),
        ("PIXEL_FORMAT_YVU_PLANAR_422", Self::PIXEL_FORMAT_YVU_PLANAR_422),
        ("PIXEL_FORMAT_YVU_PLANAR_444", Self::PIXEL_FORMAT_YVU_PLANAR_444),
        ("PIXEL_FORMAT_YVU_SEMIPLANAR_420", Self::PIXEL_FORMAT_YVU_SEMIPLANAR_420),
        ("PIXEL_FORMAT_YVU_SEMIPLANAR_422", Self::PIXEL_FORMAT_YVU_SEMIPLANAR_422),
        ("PIXEL_FORMAT_YVU_SEMIPLANAR_440", Self::PIXEL_FORMAT_YVU_SEMIPLANAR_440),
        ("PIXEL_FORMAT_YVU_SEMIPLANAR_444", Self::PIXEL_FORMAT_YVU_SEMIPLANAR_444),
        ("PIXEL_FORMAT_YVU_SEMI_PLANNER_420_10BIT", Self::PIXEL_FORMAT_YVU_SEMI_PLANNER_420_10BIT),
        ("PIXEL_FORMAT_YVYU_PACKED_422", Self::PIXEL_FORMAT_YVYU_PACKED_422),
    ];
    /// The vendor's name for this value (the first one, where names share a value), or `None`.
    pub fn name(self) -> Option<&'static str> {
        Self::VALUES.iter().find(|(_, v)| *v == self).map(|(n, _)| *n)
    }
    /// Whether the value has a name in the vendor header.
    pub fn is_named(self) -> bool {
        self.name().is_some()
    }
}

impl ::core::fmt::Debug for acldvppPixelFormat {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self.name() {
            Some(name) => f.write_str(name),
            None => write!(f, "acldvppPixelFormat({})", self.0),
        }
    }
}

/// Enum `aclvencChannelDescParamType` from `acl/ops/acl_dvpp.h` (4 bytes).
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct aclvencChannelDescParamType(pub i32);

impl aclvencChannelDescParamType {
    pub const ACL_VENC_BUF_ADDR_PTR: Self = Self(7);
    pub const ACL_VENC_BUF_SIZE_UINT32: Self = Self(8);
    pub const ACL_VENC_CALLBACK_PTR: Self = Self(1);
    pub const ACL_VENC_ENCODE_TYPE_UINT32: Self = Self(3);
    pub const ACL_VENC_KEY_FRAME_INTERVAL_UINT32: Self = Self(6);
    pub const ACL_VENC_MAX_BITRATE_UINT32: Self = Self(11);
    pub const ACL_VENC_MAX_IP_PROP_UINT32: Self = Self(12);
    pub const ACL_VENC_PIC_HEIGHT_UINT32: Self = Self(5);
    pub const ACL_VENC_PIC_WIDTH_UINT32: Self = Self(4);
    pub const ACL_VENC_PIXEL_FORMAT_UINT32: Self = Self(2);
    pub const ACL_VENC_RC_MODE_UINT32: Self = Self(9);
    pub const ACL_VENC_SRC_RATE_UINT32: Self = Self(10);
    pub const ACL_VENC_THREAD_ID_UINT64: Self = Self(0);
    /// Every named value, in header order.
    pub const VALUES: &'static [(&'static str, Self)] = &[
        ("ACL_VENC_BUF_ADDR_PTR", Self::ACL_VENC_BUF_ADDR_PTR),
        ("ACL_VENC_BUF_SIZE_UINT32", Self::ACL_VENC_BUF_SIZE_UINT32),
        ("ACL_VENC_CALLBACK_PTR", Self::ACL_VENC_CALLBACK_PTR),
        ("ACL_VENC_ENCODE_TYPE_UINT32", Self::ACL_VENC_ENCODE_TYPE_UINT32),
        ("ACL_VENC_KEY_FRAME_INTERVAL_UINT32", Self::ACL_VENC_KEY_FRAME_INTERVAL_UINT32),
        ("ACL_VENC_MAX_BITRATE_UINT32", Self::ACL_VENC_MAX_BITRATE_UINT32),
        ("ACL_VENC_MAX_IP_PROP_UINT32", Self::ACL_VENC_MAX_IP_PROP_UINT32),
        ("ACL_VENC_PIC_HEIGHT_UINT32", Self::ACL_VENC_PIC_HEIGHT_UINT32),
        ("ACL_VENC_PIC_WIDTH_UINT32", Self::ACL_VENC_PIC_WIDTH_UINT32),
        ("ACL_VENC_PIXEL_FORMAT_UINT32", Self::ACL_VENC_PIXEL_FORMAT_UINT32),
        ("ACL_VENC_RC_MODE_UINT32", Self::ACL_VENC_RC_MODE_UINT32),
        ("ACL_VENC_SRC_RATE_UINT32", Self::ACL_VENC_SRC_RATE_UINT32),
        ("ACL_VENC_THREAD_ID_UINT64", Self::ACL_VENC_THREAD_ID_UINT64),
    ];
    /// The vendor's name for this value (the first one, where names share a value), or `None`.
    pub fn name(self) -> Option<&'static str> {
        Self::VALUES.iter().find(|(_, v)| *v == self).map(|(n, _)| *n)
    }
    /// Whether the value has a name in the vendor header.
    pub fn is_named(self) -> bool {
        self.name().is_some()
    }
}

impl ::core::fmt::Debug for aclvencChannelDescParamType {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self.name() {
            Some(name) => f.write_str(name),
            None => write!(f, "aclvencChannelDescParamType({})", self.0),
        }
    }
}

/// Enum `aclrtCallbackBlockType` from `acl/acl_rt.h` (4 bytes).
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct aclrtCallbackBlockType(pub i32);

impl aclrtCallbackBlockType {
    pub const ACL_CALLBACK_BLOCK: Self = Self(1);
    pub const ACL_CALLBACK_NO_BLOCK: Self = Self(0);
    /// Every named value, in header order.
    pub const VALUES: &'static [(&'static str, Self)] =
        &[("ACL_CALLBACK_BLOCK", Self::ACL_CALLBACK_BLOCK), ("ACL_CALLBACK_NO_BLOCK", Self::ACL_CALLBACK_NO_BLOCK)];
    /// The vendor's name for this value (the first one, where names share a value), or `None`.
    pub fn name(self) -> Option<&'static str> {
        Self::VALUES.iter().find(|(_, v)| *v == self).map(|(n, _)| *n)
    }
    /// Whether the value has a name in the vendor header.
    pub fn is_named(self) -> bool {
        self.name().is_some()
    }
}

impl ::core::fmt::Debug for aclrtCallbackBlockType {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self.name() {
            Some(name) => f.write_str(name),
            None => write!(f, "aclrtCallbackBlockType({})", self.0),
        }
    }
}

/// Enum `aclrtRunMode` from `acl/acl_rt.h` (4 bytes).
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct aclrtRunMode(pub i32);

impl aclrtRunMode {
    pub const ACL_DEVICE: Self = Self(0);
    pub const ACL_HOST: Self = Self(1);
    /// Every named value, in header order.
    pub const VALUES: &'static [(&'static str, Self)] =
        &[("ACL_DEVICE", Self::ACL_DEVICE), ("ACL_HOST", Self::ACL_HOST)];
    /// The vendor's name for this value (the first one, where names share a value), or `None`.
    pub fn name(self) -> Option<&'static str> {
        Self::VALUES.iter().find(|(_, v)| *v == self).map(|(n, _)| *n)
    }
    /// Whether the value has a name in the vendor header.
    pub fn is_named(self) -> bool {
        self.name().is_some()
    }
}

impl ::core::fmt::Debug for aclrtRunMode {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self.name() {
            Some(name) => f.write_str(name),
            None => write!(f, "aclrtRunMode({})", self.0),
        }
    }
}

/// Enum `aclrtMemcpyKind` from `acl/acl_rt.h` (4 bytes).
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct aclrtMemcpyKind(pub i32);

impl aclrtMemcpyKind {
    pub const ACL_MEMCPY_DEFAULT: Self = Self(4);
    pub const ACL_MEMCPY_DEVICE_TO_DEVICE: Self = Self(3);
    pub const ACL_MEMCPY_DEVICE_TO_HOST: Self = Self(2);
    pub const ACL_MEMCPY_HOST_TO_BUF_TO_DEVICE: Self = Self(5);
    pub const ACL_MEMCPY_HOST_TO_DEVICE: Self = Self(1);
    pub const ACL_MEMCPY_HOST_TO_HOST: Self = Self(0);
    pub const ACL_MEMCPY_INNER_DEVICE_TO_DEVICE: Self = Self(6);
    pub const ACL_MEMCPY_INTER_DEVICE_TO_DEVICE: Self = Self(7);
    /// Every named value, in header order.
    pub const VALUES: &'static [(&'static str, Self)] = &[
        ("ACL_MEMCPY_DEFAULT", Self::ACL_MEMCPY_DEFAULT),
        ("ACL_MEMCPY_DEVICE_TO_DEVICE", Self::ACL_MEMCPY_DEVICE_TO_DEVICE),
        ("ACL_MEMCPY_DEVICE_TO_HOST", Self::ACL_MEMCPY_DEVICE_TO_HOST),
        ("ACL_MEMCPY_HOST_TO_BUF_TO_DEVICE", Self::ACL_MEMCPY_HOST_TO_BUF_TO_DEVICE),
        ("ACL_MEMCPY_HOST_TO_DEVICE", Self::ACL_MEMCPY_HOST_TO_DEVICE),
        ("ACL_MEMCPY_HOST_TO_HOST", Self::ACL_MEMCPY_HOST_TO_HOST),
        ("ACL_MEMCPY_INNER_DEVICE_TO_DEVICE", Self::ACL_MEMCPY_INNER_DEVICE_TO_DEVICE),
        ("ACL_MEMCPY_INTER_DEVICE_TO_DEVICE", Self::ACL_MEMCPY_INTER_DEVICE_TO_DEVICE),
    ];
    /// The vendor's name for this value (the first one, where names share a value), or `None`.
    pub fn name(self) -> Option<&'static str> {
        Self::VALUES.iter().find(|(_, v)| *v == self).map(|(n, _)| *n)
    }
    /// Whether the value has a name in the vendor header.
    pub fn is_named(self) -> bool {
        self.name().is_some()
    }
}

impl ::core::fmt::Debug for aclrtMemcpyKind {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self.name() {
            Some(name) => f.write_str(name),
            None => write!(f, "aclrtMemcpyKind({})", self.0),
        }
    }
}

/// Enum `aclrtMemMallocPolicy` from `acl/acl_rt.h` (4 bytes).
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct aclrtMemMallocPolicy(pub i32);

impl aclrtMemMallocPolicy {
    pub const ACL_MEM_ACCESS_USER_SPACE_READONLY: Self = Self(1048576);
    pub const ACL_MEM_MALLOC_HUGE1G_ONLY: Self = Self(6);
    pub const ACL_MEM_MALLOC_HUGE1G_ONLY_P2P: Self = Self(7);
    pub const ACL_MEM_MALLOC_HUGE_FIRST: Self = Self(0);
    pub const ACL_MEM_MALLOC_HUGE_FIRST_P2P: Self = Self(3);
    pub const ACL_MEM_MALLOC_HUGE_ONLY: Self = Self(1);
    pub const ACL_MEM_MALLOC_HUGE_ONLY_P2P: Self = Self(4);
    pub const ACL_MEM_MALLOC_NORMAL_ONLY: Self = Self(2);
    pub const ACL_MEM_MALLOC_NORMAL_ONLY_P2P: Self = Self(5);
    pub const ACL_MEM_TYPE_HIGH_BAND_WIDTH: Self = Self(4096);
    pub const ACL_MEM_TYPE_LOW_BAND_WIDTH: Self = Self(256);
    /// Every named value, in header order.
    pub const VALUES: &'static [(&'static str, Self)] = &[
        ("ACL_MEM_ACCESS_USER_SPACE_READONLY", Self::ACL_MEM_ACCESS_USER_SPACE_READONLY),
        ("ACL_MEM_MALLOC_HUGE1G_ONLY", Self::ACL_MEM_MALLOC_HUGE1G_ONLY),
        ("ACL_MEM_MALLOC_HUGE1G_ONLY_P2P", Self::ACL_MEM_MALLOC_HUGE1G_ONLY_P2P),
        ("ACL_MEM_MALLOC_HUGE_FIRST", Self::ACL_MEM_MALLOC_HUGE_FIRST),
        ("ACL_MEM_MALLOC_HUGE_FIRST_P2P", Self::ACL_MEM_MALLOC_HUGE_FIRST_P2P),
        ("ACL_MEM_MALLOC_HUGE_ONLY", Self::ACL_MEM_MALLOC_HUGE_ONLY),
        ("ACL_MEM_MALLOC_HUGE_ONLY_P2P", Self::ACL_MEM_MALLOC_HUGE_ONLY_P2P),
        ("ACL_MEM_MALLOC_NORMAL_ONLY", Self::ACL_MEM_MALLOC_NORMAL_ONLY),
        ("ACL_MEM_MALLOC_NORMAL_ONLY_P2P", Self::ACL_MEM_MALLOC_NORMAL_ONLY_P2P),
        ("ACL_MEM_TYPE_HIGH_BAND_WIDTH", Self::ACL_MEM_TYPE_HIGH_BAND_WIDTH),
        ("ACL_MEM_TYPE_LOW_BAND_WIDTH", Self::ACL_MEM_TYPE_LOW_BAND_WIDTH),
    ];
    /// The vendor's name for this value (the first one, where names share a value), or `None`.
    pub fn name(self) -> Option<&'static str> {
        Self::VALUES.iter().find(|(_, v)| *v == self).map(|(n, _)| *n)
    }
    /// Whether the value has a name in the vendor header.
    pub fn is_named(self) -> bool {
        self.name().is_some()
    }
}

impl ::core::fmt::Debug for aclrtMemMallocPolicy {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self.name() {
            Some(name) => f.write_str(name),
            None => write!(f, "aclrtMemMallocPolicy({})", self.0),
        }
    }
}

/// Enum `hi_bool` from `acl/dvpp/hi_media_type.h` (4 bytes).
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct hi_bool(pub i32);

impl hi_bool {
    pub const HI_FALSE: Self = Self(0);
    pub const HI_TRUE: Self = Self(1);
    /// Every named value, in header order.
    pub const VALUES: &'static [(&'static str, Self)] = &[("HI_FALSE", Self::HI_FALSE), ("HI_TRUE", Self::HI_TRUE)];
    /// The vendor's name for this value (the first one, where names share a value), or `None`.
    pub fn name(self) -> Option<&'static str> {
        Self::VALUES.iter().find(|(_, v)| *v == self).map(|(n, _)| *n)
    }
    /// Whether the value has a name in the vendor header.
    pub fn is_named(self) -> bool {
        self.name().is_some()
    }
}

impl ::core::fmt::Debug for hi_bool {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self.name() {
            Some(name) => f.write_str(name),
            None => write!(f, "hi_bool({})", self.0),
        }
    }
}

/// Enum `hi_color_gamut` from `acl/dvpp/hi_media_common.h` (4 bytes).
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct hi_color_gamut(pub i32);

impl hi_color_gamut {
    pub const HI_COLOR_GAMUT_BT2020: Self = Self(2);
    pub const HI_COLOR_GAMUT_BT601: Self = Self(0);
    pub const HI_COLOR_GAMUT_BT709: Self = Self(1);
    pub const HI_COLOR_GAMUT_BUTT: Self = Self(4);
    pub const HI_COLOR_GAMUT_USER: Self = Self(3);
    /// Every named value, in header order.
    pub const VALUES: &'static [(&'static str, Self)] = &[
        ("HI_COLOR_GAMUT_BT2020", Self::HI_COLOR_GAMUT_BT2020),
        ("HI_COLOR_GAMUT_BT601", Self::HI_COLOR_GAMUT_BT601),
        ("HI_COLOR_GAMUT_BT709", Self::HI_COLOR_GAMUT_BT709),
        ("HI_COLOR_GAMUT_BUTT", Self::HI_COLOR_GAMUT_BUTT),
        ("HI_COLOR_GAMUT_USER", Self::HI_COLOR_GAMUT_USER),
    ];
    /// The vendor's name for this value (the first one, where names share a value), or `None`.
    pub fn name(self) -> Option<&'static str> {
        Self::VALUES.iter().find(|(_, v)| *v == self).map(|(n, _)| *n)
    }
    /// Whether the value has a name in the vendor header.
    pub fn is_named(self) -> bool {
        self.name().is_some()
    }
}

impl ::core::fmt::Debug for hi_color_gamut {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self.name() {
            Some(name) => f.write_str(name),
            None => write!(f, "hi_color_gamut({})", self.0),
        }
    }
}

/// Enum `hi_compress_mode` from `acl/dvpp/hi_media_common.h` (4 bytes).
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct hi_compress_mode(pub i32);

impl hi_compress_mode {
    pub const HI_COMPRESS_MODE_BUTT: Self = Self(6);
    pub const HI_COMPRESS_MODE_FRAME: Self = Self(5);
    pub const HI_COMPRESS_MODE_HFBC: Self = Self(3);
    pub const HI_COMPRESS_MODE_LINE: Self = Self(4);
    pub const HI_COMPRESS_MODE_NONE: Self = Self(0);
    pub const HI_COMPRESS_MODE_SEG: Self = Self(1);
    pub const HI_COMPRESS_MODE_TILE: Self = Self(2);
    /// Every named value, in header order.
    pub const VALUES: &'static [(&'static str, Self)] = &[
        ("HI_COMPRESS_MODE_BUTT", Self::HI_COMPRESS_MODE_BUTT),
        ("HI_COMPRESS_MODE_FRAME", Self::HI_COMPRESS_MODE_FRAME),
        ("HI_COMPRESS_MODE_HFBC", Self::HI_COMPRESS_MODE_HFBC),
        ("HI_COMPRESS_MODE_LINE", Self::HI_COMPRESS_MODE_LINE),
        ("HI_COMPRESS_MODE_NONE", Self::HI_COMPRESS_MODE_NONE),
        ("HI_COMPRESS_MODE_SEG", Self::HI_COMPRESS_MODE_SEG),
        ("HI_COMPRESS_MODE_TILE", Self::HI_COMPRESS_MODE_TILE),
    ];
    /// The vendor's name for this value (the first one, where names share a value), or `None`.
    pub fn name(self) -> Option<&'static str> {
        Self::VALUES.iter().find(|(_, v)| *v == self).map(|(n, _)| *n)
    }
    /// Whether the value has a name in the vendor header.
    pub fn is_named(self) -> bool {
        self.name().is_some()
    }
}

impl ::core::fmt::Debug for hi_compress_mode {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self.name() {
            Some(name) => f.write_str(name),
            None => write!(f, "hi_compress_mode({})", self.0),
        }
    }
}

/// Enum `hi_csc_matrix` from `acl/dvpp/hi_media_common.h` (4 bytes).
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct hi_csc_matrix(pub i32);

impl hi_csc_matrix {
    pub const HI_CSC_MATRIX_BT2020_NARROW: Self = Self(5);
    pub const HI_CSC_MATRIX_BT2020_WIDE: Self = Self(4);
    pub const HI_CSC_MATRIX_BT601_NARROW: Self = Self(1);
    pub const HI_CSC_MATRIX_BT601_WIDE: Self = Self(0);
    pub const HI_CSC_MATRIX_BT709_NARROW: Self = Self(3);
    pub const HI_CSC_MATRIX_BT709_WIDE: Self = Self(2);
    pub const HI_CSC_MATRIX_BUTT: Self = Self(101);
    pub const HI_CSC_MATRIX_USER: Self = Self(100);
    /// Every named value, in header order.
    pub const VALUES: &'static [(&'static str, Self)] = &[
        ("HI_CSC_MATRIX_BT2020_NARROW", Self::HI_CSC_MATRIX_BT2020_NARROW),
        ("HI_CSC_MATRIX_BT2020_WIDE", Self::HI_CSC_MATRIX_BT2020_WIDE),
        ("HI_CSC_MATRIX_BT601_NARROW", Self::HI_CSC_MATRIX_BT601_NARROW),
        ("HI_CSC_MATRIX_BT601_WIDE", Self::HI_CSC_MATRIX_BT601_WIDE),
        ("HI_CSC_MATRIX_BT709_NARROW", Self::HI_CSC_MATRIX_BT709_NARROW),
        ("HI_CSC_MATRIX_BT709_WIDE", Self::HI_CSC_MATRIX_BT709_WIDE),
        ("HI_CSC_MATRIX_BUTT", Self::HI_CSC_MATRIX_BUTT),
        ("HI_CSC_MATRIX_USER", Self::HI_CSC_MATRIX_USER),
    ];
    /// The vendor's name for this value (the first one, where names share a value), or `None`.
    pub fn name(self) -> Option<&'static str> {
        Self::VALUES.iter().find(|(_, v)| *v == self).map(|(n, _)| *n)
    }
    /// Whether the value has a name in the vendor header.
    pub fn is_named(self) -> bool {
        self.name().is_some()
    }
}

impl ::core::fmt::Debug for hi_csc_matrix {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self.name() {
            Some(name) => f.write_str(name),
            None => write!(f, "hi_csc_matrix({})", self.0),
        }
    }
}

/// Enum `hi_data_bit_width` from `acl/dvpp/hi_media_common.h` (4 bytes).
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct hi_data_bit_width(pub i32);

impl hi_data_bit_width {
    pub const HI_DATA_BIT_WIDTH_10: Self = Self(1);
    pub const HI_DATA_BIT_WIDTH_12: Self = Self(2);
    pub const HI_DATA_BIT_WIDTH_14: Self = Self(3);
    pub const HI_DATA_BIT_WIDTH_16: Self = Self(4);
    pub const HI_DATA_BIT_WIDTH_8: Self = Self(0);
    pub const HI_DATA_BIT_WIDTH_BUTT: Self = Self(5);
    /// Every named value, in header order.
    pub const VALUES: &'static [(&'static str, Self)] = &[
        ("HI_DATA_BIT_WIDTH_10", Self::HI_DATA_BIT_WIDTH_10),
        ("HI_DATA_BIT_WIDTH_12", Self::HI_DATA_BIT_WIDTH_12),
        ("HI_DATA_BIT_WIDTH_14", Self::HI_DATA_BIT_WIDTH_14),
        ("HI_DATA_BIT_WIDTH_16", Self::HI_DATA_BIT_WIDTH_16),
        ("HI_DATA_BIT_WIDTH_8", Self::HI_DATA_BIT_WIDTH_8),
        ("HI_DATA_BIT_WIDTH_BUTT", Self::HI_DATA_BIT_WIDTH_BUTT),
    ];
    /// The vendor's name for this value (the first one, where names share a value), or `None`.
    pub fn name(self) -> Option<&'static str> {
        Self::VALUES.iter().find(|(_, v)| *v == self).map(|(n, _)| *n)
    }
    /// Whether the value has a name in the vendor header.
    pub fn is_named(self) -> bool {
        self.name().is_some()
    }
}

impl ::core::fmt::Debug for hi_data_bit_width {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self.name() {
            Some(name) => f.write_str(name),
            None => write!(f, "hi_data_bit_width({})", self.0),
        }
    }
}

/// Enum `hi_dvpp_epoll_ctl_op` from `acl/dvpp/hi_mpi_sys.h` (4 bytes).
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct hi_dvpp_epoll_ctl_op(pub i32);

impl hi_dvpp_epoll_ctl_op {
    pub const HI_DVPP_EPOLL_CTL_ADD: Self = Self(1);
    pub const HI_DVPP_EPOLL_CTL_BUTT: Self = Self(4);
    pub const HI_DVPP_EPOLL_CTL_DEL: Self = Self(3);
    pub const HI_DVPP_EPOLL_CTL_MOD: Self = Self(2);
    /// Every named value, in header order.
    pub const VALUES: &'static [(&'static str, Self)] = &[
        ("HI_DVPP_EPOLL_CTL_ADD", Self::HI_DVPP_EPOLL_CTL_ADD),
        ("HI_DVPP_EPOLL_CTL_BUTT", Self::HI_DVPP_EPOLL_CTL_BUTT),
        ("HI_DVPP_EPOLL_CTL_DEL", Self::HI_DVPP_EPOLL_CTL_DEL),
        ("HI_DVPP_EPOLL_CTL_MOD", Self::HI_DVPP_EPOLL_CTL_MOD),
    ];
    /// The vendor's name for this value (the first one, where names share a value), or `None`.
    pub fn name(self) -> Option<&'static str> {
        Self::VALUES.iter().find(|(_, v)| *v == self).map(|(n, _)| *n)
    }
    /// Whether the value has a name in the vendor header.
    pub fn is_named(self) -> bool {
        self.name().is_some()
    }
}

impl ::core::fmt::Debug for hi_dvpp_epoll_ctl_op {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self.name() {
            Some(name) => f.write_str(name),
            None => write!(f, "hi_dvpp_epoll_ctl_op({})", self.0),
        }
    }
}

/// Enum `hi_dvpp_epoll_event_type` from `acl/dvpp/hi_mpi_sys.h` (4 bytes).
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct hi_dvpp_epoll_event_type(pub u32);

impl hi_dvpp_epoll_event_type {
    pub const HI_DVPP_EPOLL_ET: Self = Self(2147483648);
    pub const HI_DVPP_EPOLL_IN: Self = Self(1);
    pub const HI_DVPP_EPOLL_OUT: Self = Self(2);
    /// Every named value, in header order.
    pub const VALUES: &'static [(&'static str, Self)] = &[
        ("HI_DVPP_EPOLL_ET", Self::HI_DVPP_EPOLL_ET),
        ("HI_DVPP_EPOLL_IN", Self::HI_DVPP_EPOLL_IN),
        ("HI_DVPP_EPOLL_OUT", Self::HI_DVPP_EPOLL_OUT),
    ];
    /// The vendor's name for this value (the first one, where names share a value), or `None`.
    pub fn name(self) -> Option<&'static str> {
        Self::VALUES.iter().find(|(_, v)| *v == self).map(|(n, _)| *n)
    }
    /// Whether the value has a name in the vendor header.
    pub fn is_named(self) -> bool {
        self.name().is_some()
    }
}

impl ::core::fmt::Debug for hi_dvpp_epoll_event_type {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self.name() {
            Some(name) => f.write_str(name),
            None => write!(f, "hi_dvpp_epoll_event_type({})", self.0),
        }
    }
}

/// Enum `hi_dynamic_range` from `acl/dvpp/hi_media_common.h` (4 bytes).
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct hi_dynamic_range(pub i32);

impl hi_dynamic_range {
    pub const HI_DYNAMIC_RANGE_BUTT: Self = Self(6);
    pub const HI_DYNAMIC_RANGE_HDR10: Self = Self(2);
    pub const HI_DYNAMIC_RANGE_HLG: Self = Self(3);
    pub const HI_DYNAMIC_RANGE_SDR10: Self = Self(1);
    pub const HI_DYNAMIC_RANGE_SDR8: Self = Self(0);
    pub const HI_DYNAMIC_RANGE_SLF: Self = Self(4);
    pub const HI_DYNAMIC_RANGE_XDR: Self = Self(5);
    /// Every named value, in header order.
    pub const VALUES: &'static [(&'static str, Self)] = &[
        ("HI_DYNAMIC_RANGE_BUTT", Self::HI_DYNAMIC_RANGE_BUTT),
        ("HI_DYNAMIC_RANGE_HDR10", Self::HI_DYNAMIC_RANGE_HDR10),
        ("HI_DYNAMIC_RANGE_HLG", Self::HI_DYNAMIC_RANGE_HLG),
        ("HI_DYNAMIC_RANGE_SDR10", Self::HI_DYNAMIC_RANGE_SDR10),
        ("HI_DYNAMIC_RANGE_SDR8", Self::HI_DYNAMIC_RANGE_SDR8),
        ("HI_DYNAMIC_RANGE_SLF", Self::HI_DYNAMIC_RANGE_SLF),
        ("HI_DYNAMIC_RANGE_XDR", Self::HI_DYNAMIC_RANGE_XDR),
    ];
    /// The vendor's name for this value (the first one, where names share a value), or `None`.
    pub fn name(self) -> Option<&'static str> {
        Self::VALUES.iter().find(|(_, v)| *v == self).map(|(n, _)| *n)
    }
    /// Whether the value has a name in the vendor header.
    pub fn is_named(self) -> bool {
        self.name().is_some()
    }
}

impl ::core::fmt::Debug for hi_dynamic_range {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self.name() {
            Some(name) => f.write_str(name),
            None => write!(f, "hi_dynamic_range({})", self.0),
        }
    }
}

/// Enum `hi_err_level` from `acl/dvpp/hi_media_common.h` (4 bytes).
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct hi_err_level(pub i32);

impl hi_err_level {
    pub const HI_ERR_LEVEL_ALERT: Self = Self(6);
    pub const HI_ERR_LEVEL_BUTT: Self = Self(8);
    pub const HI_ERR_LEVEL_CRIT: Self = Self(5);
    pub const HI_ERR_LEVEL_DEBUG: Self = Self(0);
    pub const HI_ERR_LEVEL_ERROR: Self = Self(4);
    pub const HI_ERR_LEVEL_FATAL: Self = Self(7);
    pub const HI_ERR_LEVEL_INFO: Self = Self(1);
    pub const HI_ERR_LEVEL_NOTICE: Self = Self(2);
    pub const HI_ERR_LEVEL_WARNING: Self = Self(3);
    /// Every named value, in header order.
    pub const VALUES: &'static [(&'static str, Self)] = &[
        ("HI_ERR_LEVEL_ALERT", Self::HI_ERR_LEVEL_ALERT),
        ("HI_ERR_LEVEL_BUTT", Self::HI_ERR_LEVEL_BUTT),
        ("HI_ERR_LEVEL_CRIT", Self::HI_ERR_LEVEL_CRIT),
        ("HI_ERR_LEVEL_DEBUG", Self::HI_ERR_LEVEL_DEBUG),
        ("HI_ERR_LEVEL_ERROR", Self::HI_ERR_LEVEL_ERROR),
        ("HI_ERR_LEVEL_FATAL", Self::HI_ERR_LEVEL_FATAL),
        ("HI_ERR_LEVEL_INFO", Self::HI_ERR_LEVEL_INFO),
        ("HI_ERR_LEVEL_NOTICE", Self::HI_ERR_LEVEL_NOTICE),
        ("HI_ERR_LEVEL_WARNING", Self::HI_ERR_LEVEL_WARNING),
    ];
    /// The vendor's name for this value (the first one, where names share a value), or `None`.
    pub fn name(self) -> Option<&'static str> {
        Self::VALUES.iter().find(|(_, v)| *v == self).map(|(n, _)| *n)
    }
    /// Whether the value has a name in the vendor header.
    pub fn is_named(self) -> bool {
        self.name().is_some()
    }
}

impl ::core::fmt::Debug for hi_err_level {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self.name() {
            Some(name) => f.write_str(name),
            None => write!(f, "hi_err_level({})", self.0),
        }
    }
}

/// Enum `hi_errno` from `acl/dvpp/hi_media_common.h` (4 bytes).
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct hi_errno(pub i32);

impl hi_errno {
    pub const HI_ERR_BAD_ADDR: Self = Self(17);
    pub const HI_ERR_BINDED: Self = Self(28);
    pub const HI_ERR_BUF_EMPTY: Self = Self(14);
    pub const HI_ERR_BUF_FULL: Self = Self(15);
    pub const HI_ERR_BUSY: Self = Self(18);
    pub const HI_ERR_BUTT: Self = Self(63);
    pub const HI_ERR_EXIST: Self = Self(4);
    pub const HI_ERR_ILLEGAL_PARAM: Self = Self(3);
    pub const HI_ERR_INVALID_CHN_ID: Self = Self(2);
    pub const HI_ERR_INVALID_DEV_ID: Self = Self(1);
    pub const HI_ERR_INVALID_GRP_ID: Self = Self(11);
    pub const HI_ERR_INVALID_LAYER_ID: Self = Self(22);
    pub const HI_ERR_INVALID_PIPE_ID: Self = Self(10);
    pub const HI_ERR_NOT_BINDED: Self = Self(27);
    pub const HI_ERR_NOT_CFG: Self = Self(7);
    pub const HI_ERR_NOT_DISABLE: Self = Self(24);
    pub const HI_ERR_NOT_ENABLE: Self = Self(23);
    pub const HI_ERR_NOT_PERM: Self = Self(9);
    pub const HI_ERR_NOT_READY: Self = Self(16);
    pub const HI_ERR_NOT_START: Self = Self(25);
    pub const HI_ERR_NOT_STOP: Self = Self(26);
    pub const HI_ERR_NOT_SUPPORT: Self = Self(8);
    pub const HI_ERR_NO_BUF: Self = Self(13);
    pub const HI_ERR_NO_MEM: Self = Self(12);
    pub const HI_ERR_NULL_PTR: Self = Self(6);
    pub const HI_ERR_REG: Self = Self(29);
    pub const HI_ERR_SIZE_NOT_ENOUGH: Self = Self(19);
    pub const HI_ERR_SYS_ERROR: Self = Self(21);
    pub const HI_ERR_TIMEOUT: Self = Self(20);
    pub const HI_ERR_UNEXIST: Self = Self(5);
    /// Every named value, in header order.
    pub const VALUES: &'static [(&'static str, Self)] = &[
        ("HI_ERR_BAD_ADDR", Self::HI_ERR_BAD_ADDR),
        ("HI_ERR_BINDED", Self::HI_ERR_BINDED),
        ("HI_ERR_BUF_EMPTY", Self::HI_ERR_BUF_EMPTY),
        ("HI_ERR_BUF_FULL", Self::HI_ERR_BUF_FULL),
        ("HI_ERR_BUSY", Self::HI_ERR_BUSY),
        ("HI_ERR_BUTT", Self::HI_ERR_BUTT),
        ("HI_ERR_EXIST", Self::HI_ERR_EXIST),
        ("HI_ERR_ILLEGAL_PARAM", Self::HI_ERR_ILLEGAL_PARAM),
        ("HI_ERR_INVALID_CHN_ID", Self::HI_ERR_INVALID_CHN_ID),
        ("HI_ERR_INVALID_DEV_ID", Self::HI_ERR_INVALID_DEV_ID),
        ("HI_ERR_INVALID_GRP_ID", Self::HI_ERR_INVALID_GRP_ID),
        ("HI_ERR_INVALID_LAYER_ID", Self::HI_ERR_INVALID_LAYER_ID),
        ("HI_ERR_INVALID_PIPE_ID", Self::HI_ERR_INVALID_PIPE_ID),
        ("HI_ERR_NOT_BINDED", Self::HI_ERR_NOT_BINDED),
        ("HI_ERR_NOT_CFG", Self::HI_ERR_NOT_CFG),
        ("HI_ERR_NOT_DISABLE", Self::HI_ERR_NOT_DISABLE),
        ("HI_ERR_NOT_ENABLE", Self::HI_ERR_NOT_ENABLE),
        ("HI_ERR_NOT_PERM", Self::HI_ERR_NOT_PERM),
        ("HI_ERR_NOT_READY", Self::HI_ERR_NOT_READY),
        ("HI_ERR_NOT_START", Self::HI_ERR_NOT_START),
        ("HI_ERR_NOT_STOP", Self::HI_ERR_NOT_STOP),
        ("HI_ERR_NOT_SUPPORT", Self::HI_ERR_NOT_SUPPORT),
        ("HI_ERR_NO_BUF", Self::HI_ERR_NO_BUF),
        ("HI_ERR_NO_MEM", Self::HI_ERR_NO_MEM),
        ("HI_ERR_NULL_PTR", Self::HI_ERR_NULL_PTR),
        ("HI_ERR_REG", Self::HI_ERR_REG),
        ("HI_ERR_SIZE_NOT_ENOUGH", Self::HI_ERR_SIZE_NOT_ENOUGH),
        ("HI_ERR_SYS_ERROR", Self::HI_ERR_SYS_ERROR),
        ("HI_ERR_TIMEOUT", Self::HI_ERR_TIMEOUT),
        ("HI_ERR_UNEXIST", Self::HI_ERR_UNEXIST),
    ];
    /// The vendor's name for this value (the first one, where names share a value), or `None`.
    pub fn name(self) -> Option<&'static str> {
        Self::VALUES.iter().find(|(_, v)| *v == self).map(|(n, _)| *n)
    }
    /// Whether the value has a name in the vendor header.
    pub fn is_named(self) -> bool {
        self.name().is_some()
    }
}

impl ::core::fmt::Debug for hi_errno {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self.name() {
            Some(name) => f.write_str(name),
            None => write!(f, "hi_errno({})", self.0),
        }
    }
}

/// Enum `hi_mod_id` from `acl/dvpp/hi_media_common.h` (4 bytes).
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct hi_mod_id(pub i32);

impl hi_mod_id {
    pub const HI_ID_ADEC: Self = Self(24);
    pub const HI_ID_AENC: Self = Self(23);
    pub const HI_ID_AI: Self = Self(21);
    pub const HI_ID_AIO: Self = Self(20);
    pub const HI_ID_AO: Self = Self(22);
    pub const HI_ID_AVS: Self = Self(6);
    pub const HI_ID_BUTT: Self = Self(256);
    pub const HI_ID_CHNL: Self = Self(4);
    pub const HI_ID_CMPI: Self = Self(0);
    pub const HI_ID_DCC: Self = Self(66);
    pub const HI_ID_DCCM: Self = Self(31);
    pub const HI_ID_DCCS: Self = Self(32);
    pub const HI_ID_DIS: Self = Self(17);
    pub const HI_ID_DPU_MATCH: Self = Self(54);
    pub const HI_ID_DPU_RECT: Self = Self(53);
    pub const HI_ID_DRV_VPC: Self = Self(63);
    pub const HI_ID_FB: Self = Self(39);
    pub const HI_ID_FD: Self = Self(47);
    pub const HI_ID_GDC: Self = Self(37);
    pub const HI_ID_GYRODIS: Self = Self(57);
    pub const HI_ID_H264D: Self = Self(36);
    pub const HI_ID_H264E: Self = Self(10);
    pub const HI_ID_H265E: Self = Self(13);
    pub const HI_ID_HDMI: Self = Self(40);
    pub const HI_ID_HDR: Self = Self(43);
    pub const HI_ID_ISP: Self = Self(28);
    pub const HI_ID_IVE: Self = Self(29);
    pub const HI_ID_IVP: Self = Self(60);
    pub const HI_ID_JPEGD: Self = Self(14);
    pub const HI_ID_JPEGE: Self = Self(11);
    pub const HI_ID_LOG: Self = Self(34);
    pub const HI_ID_LPR: Self = Self(50);
    pub const HI_ID_MCF: Self = Self(61);
    pub const HI_ID_MOTIONFUSION: Self = Self(56);
    pub const HI_ID_MOTIONSENSOR: Self = Self(55);
    pub const HI_ID_MPEG4E: Self = Self(12);
    pub const HI_ID_ODT: Self = Self(48);
    pub const HI_ID_PCIV: Self = Self(26);
    pub const HI_ID_PCIVFMW: Self = Self(27);
    pub const HI_ID_PHOTO: Self = Self(38);
    pub const HI_ID_PM: Self = Self(58);
    pub const HI_ID_PNGD: Self = Self(64);
    pub const HI_ID_PROC: Self = Self(33);
    pub const HI_ID_PRORES: Self = Self(44);
    pub const HI_ID_RC: Self = Self(19);
    pub const HI_ID_RGN: Self = Self(3);
    pub const HI_ID_SVP: Self = Self(9);
    pub const HI_ID_SVP_ALG: Self = Self(59);
    pub const HI_ID_SVP_DSP: Self = Self(52);
    pub const HI_ID_SVP_NNIE: Self = Self(51);
    pub const HI_ID_SYS: Self = Self(2);
    pub const HI_ID_TDE: Self = Self(42);
    pub const HI_ID_USER: Self = Self(30);
    pub const HI_ID_VALG: Self = Self(18);
    pub const HI_ID_VB: Self = Self(1);
    pub const HI_ID_VDEC: Self = Self(5);
    pub const HI_ID_VDEC_ADAPT: Self = Self(65);
    pub const HI_ID_VDEC_SERVER: Self = Self(67);
    pub const HI_ID_VENC: Self = Self(8);
    pub const HI_ID_VFMW: Self = Self(35);
    pub const HI_ID_VGS: Self = Self(45);
    pub const HI_ID_VI: Self = Self(16);
    pub const HI_ID_VO: Self = Self(15);
    pub const HI_ID_VOIE: Self = Self(41);
    pub const HI_ID_VPC: Self = Self(7);
    pub const HI_ID_VPSS: Self = Self(62);
    pub const HI_ID_VPU: Self = Self(25);
    pub const HI_ID_VQA: Self = Self(49);
    /// Every named value, in header order.
    pub const VALUES: &'static [(&'static str, Self)] = &[
        ("HI_ID_ADEC", Self::HI_ID_ADEC),
        ("HI_ID_AENC", Self::HI_ID_AENC),
        ("HI_ID_AI", Self::HI_ID_AI),
        ("HI_ID_AIO", Self::HI_ID_AIO),
        ("HI_ID_AO", Self::HI_ID_AO),
        ("HI_ID_AVS", Self::HI_ID_AVS),
        ("HI_ID_BUTT", Self::HI_ID_BUTT),
        ("HI_ID_CHNL", Self::HI_ID_CHNL),
        ("HI_ID_CMPI", Self::HI_ID_CMPI),
        ("HI_ID_DCC", Self::HI_ID_DCC),
        ("HI_ID_DCCM", Self::HI_ID_DCCM),
        ("HI_ID_DCCS", Self::HI_ID_DCCS),
        ("HI_ID_DIS", Self::HI_ID_DIS),
        ("HI_ID_DPU_MATCH", Self::HI_ID_DPU_MATCH),
        ("HI_ID_DPU_RECT", Self::HI_ID_DPU_RECT),
        ("HI_ID_DRV_VPC", Self::HI_ID_DRV_VPC),
        ("HI_ID_FB", Self::HI_ID_FB),
        ("HI_ID_FD", Self::HI_ID_FD),
        ("HI_ID_GDC", Self::HI_ID_GDC),
        ("HI_ID_GYRODIS", Self::HI_ID_GYRODIS),
        ("HI_ID_H264D", Self::HI_ID_H264D),
        ("HI_ID_H264E", Self::HI_ID_H264E),
        ("HI_ID_H265E", Self::HI_ID_H265E),
        ("HI_ID_HDMI", Self::HI_ID_HDMI),
        ("HI_ID_HDR", Self::HI_ID_HDR),
        ("HI_ID_ISP", Self::HI_ID_ISP),
        ("HI_ID_IVE", Self::HI_ID_IVE),
        ("HI_ID_IVP", Self::HI_ID_IVP),
        ("HI_ID_JPEGD", Self::HI_ID_JPEGD),
        ("HI_ID_JPEGE", Self::HI_ID_JPEGE),
        ("HI_ID_LOG", Self::HI_ID_LOG),
        ("HI_ID_LPR", Self::HI_ID_LPR),
        ("HI_ID_MCF", Self::HI_ID_MCF),
        ("HI_ID_MOTIONFUSION", Self::HI_ID_MOTIONFUSION),
        ("HI_ID_MOTIONSENSOR", Self::HI_ID_MOTIONSENSOR),
        ("HI_ID_MPEG4E", Self::HI_ID_MPEG4E),
        ("HI_ID_ODT", Self::HI_ID_ODT),
        ("HI_ID_PCIV", Self::HI_ID_PCIV),
        ("HI_ID_PCIVFMW", Self::HI_ID_PCIVFMW),
        ("HI_ID_PHOTO", Self::HI_ID_PHOTO),
        ("HI_ID_PM", Self::HI_ID_PM),
        ("HI_ID_PNGD", Self::HI_ID_PNGD),
        ("HI_ID_PROC", Self::HI_ID_PROC),
        ("HI_ID_PRORES", Self::HI_ID_PRORES),
        ("HI_ID_RC", Self::HI_ID_RC),
        ("HI_ID_RGN", Self::HI_ID_RGN),
        ("HI_ID_SVP", Self::HI_ID_SVP),
        ("HI_ID_SVP_ALG", Self::HI_ID_SVP_ALG),
        ("HI_ID_SVP_DSP", Self::HI_ID_SVP_DSP),
        ("HI_ID_SVP_NNIE", Self::HI_ID_SVP_NNIE),
        ("HI_ID_SYS", Self::HI_ID_SYS),
        ("HI_ID_TDE", Self::HI_ID_TDE),
        ("HI_ID_USER", Self::HI_ID_USER),
        ("HI_ID_VALG", Self::HI_ID_VALG),
        ("HI_ID_VB", Self::HI_ID_VB),
        ("HI_ID_VDEC", Self::HI_ID_VDEC),
        ("HI_ID_VDEC_ADAPT", Self::HI_ID_VDEC_ADAPT),
        ("HI_ID_VDEC_SERVER", Self::HI_ID_VDEC_SERVER),
        ("HI_ID_VENC", Self::HI_ID_VENC),
        ("HI_ID_VFMW", Self::HI_ID_VFMW),
        ("HI_ID_VGS", Self::HI_ID_VGS),
        ("HI_ID_VI", Self::HI_ID_VI),
        ("HI_ID_VO", Self::HI_ID_VO),
        ("HI_ID_VOIE", Self::HI_ID_VOIE),
        ("HI_ID_VPC", Self::HI_ID_VPC),
        ("HI_ID_VPSS", Self::HI_ID_VPSS),
        ("HI_ID_VPU", Self::HI_ID_VPU),
        ("HI_ID_VQA", Self::HI_ID_VQA),
    ];
    /// The vendor's name for this value (the first one, where names share a value), or `None`.
    pub fn name(self) -> Option<&'static str> {
        Self::VALUES.iter().find(|(_, v)| *v == self).map(|(n, _)| *n)
    }
    /// Whether the value has a name in the vendor header.
    pub fn is_named(self) -> bool {
        self.name().is_some()
    }
}

impl ::core::fmt::Debug for hi_mod_id {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self.name() {
            Some(name) => f.write_str(name),
            None => write!(f, "hi_mod_id({})", self.0),
        }
    }
}

/// Enum `hi_module_type` from `acl/dvpp/hi_mpi_sys.h` (4 bytes).
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct hi_module_type(pub i32);

impl hi_module_type {
    pub const HI_MOD_ALL: Self = Self(100);
    pub const HI_MOD_BUTT: Self = Self(255);
    pub const HI_MOD_JPEGD: Self = Self(4);
    pub const HI_MOD_JPEGE: Self = Self(3);
    pub const HI_MOD_PNGD: Self = Self(5);
    pub const HI_MOD_VDEC: Self = Self(2);
    pub const HI_MOD_VENC: Self = Self(1);
    pub const HI_MOD_VPC: Self = Self(0);
    /// Every named value, in header order.
    pub const VALUES: &'static [(&'static str, Self)] = &[
        ("HI_MOD_ALL", Self::HI_MOD_ALL),
        ("HI_MOD_BUTT", Self::HI_MOD_BUTT),
        ("HI_MOD_JPEGD", Self::HI_MOD_JPEGD),
        ("HI_MOD_JPEGE", Self::HI_MOD_JPEGE),
        ("HI_MOD_PNGD", Self::HI_MOD_PNGD),
        ("HI_MOD_VDEC", Self::HI_MOD_VDEC),
        ("HI_MOD_VENC", Self::HI_MOD_VENC),
        ("HI_MOD_VPC", Self::HI_MOD_VPC),
    ];
    /// The vendor's name for this value (the first one, where names share a value), or `None`.
    pub fn name(self) -> Option<&'static str> {
        Self::VALUES.iter().find(|(_, v)| *v == self).map(|(n, _)| *n)
    }
    /// Whether the value has a name in the vendor header.
    pub fn is_named(self) -> bool {
        self.name().is_some()
    }
}

impl ::core::fmt::Debug for hi_module_type {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self.name() {
            Some(name) => f.write_str(name),
            None => write!(f, "hi_module_type({})", self.0),
        }
    }
}

/// Enum `hi_op_mode` from `acl/dvpp/hi_media_common.h` (4 bytes).
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct hi_op_mode(pub i32);

impl hi_op_mode {
    pub const HI_OP_MODE_AUTO: Self = Self(0);
    pub const HI_OP_MODE_MANUAL: Self = Self(1);
    /// Every named value, in header order.
    pub const VALUES: &'static [(&'static str, Self)] =
        &[("HI_OP_MODE_AUTO", Self::HI_OP_MODE_AUTO), ("HI_OP_MODE_MANUAL", Self::HI_OP_MODE_MANUAL)];
    /// The vendor's name for this value (the first one, where names share a value), or `None`.
    pub fn name(self) -> Option<&'static str> {
        Self::VALUES.iter().find(|(_, v)| *v == self).map(|(n, _)| *n)
    }
    /// Whether the value has a name in the vendor header.
    pub fn is_named(self) -> bool {
        self.name().is_some()
    }
}

impl ::core::fmt::Debug for hi_op_mode {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self.name() {
            Some(name) => f.write_str(name),
            None => write!(f, "hi_op_mode({})", self.0),
        }
    }
}

/// Enum `hi_payload_type` from `acl/dvpp/hi_media_common.h` (4 bytes).
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct hi_payload_type(pub i32);

impl hi_payload_type {
    pub const HI_PT_1016: Self = Self(1);
    pub const HI_PT_AAC: Self = Self(37);
    pub const HI_PT_ADPCMA: Self = Self(49);
    pub const HI_PT_AEC: Self = Self(50);
    pub const HI_PT_AMR: Self = Self(1001);
    pub const HI_PT_AMRWB: Self = Self(1003);
    pub const HI_PT_AVS: Self = Self(258);
    pub const HI_PT_BUTT: Self = Self(2001);
    pub const HI_PT_CN: Self = Self(13);
    pub const HI_PT_CPV: Self = Self(30);
    pub const HI_PT_CUSM: Self = Self(27);
    pub const HI_PT_CelB: Self = Self(25);
    pub const HI_PT_DIVX3: Self = Self(257);
    pub const HI_PT_DVI4_16K: Self = Self(6);
    pub const HI_PT_DVI4_3: Self = Self(16);
    pub const HI_PT_DVI4_4: Self = Self(17);
    pub const HI_PT_DVI4_8K: Self = Self(5);
    pub const HI_PT_D_AVI: Self = Self(256);
    pub const HI_PT_D_BMPEG: Self = Self(224);
    pub const HI_PT_D_BT656: Self = Self(220);
    pub const HI_PT_D_GSM_EFR: Self = Self(201);
    pub const HI_PT_D_GSM_HR: Self = Self(200);
    pub const HI_PT_D_H263_1998: Self = Self(221);
    pub const HI_PT_D_L8: Self = Self(202);
    pub const HI_PT_D_MP1S: Self = Self(222);
    pub const HI_PT_D_MP2P: Self = Self(223);
    pub const HI_PT_D_RED: Self = Self(203);
    pub const HI_PT_D_VDVI: Self = Self(204);
    pub const HI_PT_G711A: Self = Self(19);
    pub const HI_PT_G711U: Self = Self(20);
    pub const HI_PT_G721: Self = Self(2);
    pub const HI_PT_G722: Self = Self(9);
    pub const HI_PT_G723: Self = Self(4);
    pub const HI_PT_G726: Self = Self(21);
    pub const HI_PT_G728: Self = Self(15);
    pub const HI_PT_G729: Self = Self(18);
    pub const HI_PT_G729A: Self = Self(22);
    pub const HI_PT_GSM: Self = Self(3);
    pub const HI_PT_H261: Self = Self(31);
    pub const HI_PT_H263: Self = Self(34);
    pub const HI_PT_H264: Self = Self(96);
    pub const HI_PT_H265: Self = Self(265);
    pub const HI_PT_HEAAC: Self = Self(39);
    pub const HI_PT_JPEG: Self = Self(26);
    pub const HI_PT_JVC_ASF: Self = Self(255);
    pub const HI_PT_LPC: Self = Self(7);
    pub const HI_PT_LPCM: Self = Self(23);
    pub const HI_PT_MJPEG: Self = Self(1002);
    pub const HI_PT_MP3: Self = Self(43);
    pub const HI_PT_MP4AUDIO: Self = Self(237);
    pub const HI_PT_MP4VIDEO: Self = Self(230);
    pub const HI_PT_MPEG2TS: Self = Self(33);
    pub const HI_PT_MPEG2VIDEO: Self = Self(36);
    pub const HI_PT_MPEGAUDIO: Self = Self(14);
    pub const HI_PT_MPEGVIDEO: Self = Self(32);
    pub const HI_PT_MVC: Self = Self(267);
    pub const HI_PT_NV: Self = Self(28);
    pub const HI_PT_OPUS: Self = Self(1007);
    pub const HI_PT_PCMA: Self = Self(8);
    pub const HI_PT_PCMU: Self = Self(0);
    pub const HI_PT_PCM_AUDIO: Self = Self(41);
    pub const HI_PT_PCM_VOICE: Self = Self(40);
    pub const HI_PT_PICW: Self = Self(29);
    pub const HI_PT_PNG: Self = Self(268);
    pub const HI_PT_PRORES: Self = Self(1006);
    pub const HI_PT_QCELP: Self = Self(12);
    pub const HI_PT_REAL8: Self = Self(259);
    pub const HI_PT_REAL9: Self = Self(260);
    pub const HI_PT_S16BE_MONO: Self = Self(11);
    pub const HI_PT_S16BE_STEREO: Self = Self(10);
    pub const HI_PT_SORENSON: Self = Self(264);
    pub const HI_PT_SPEG: Self = Self(35);
    pub const HI_PT_VC1: Self = Self(238);
    pub const HI_PT_VP6: Self = Self(261);
    pub const HI_PT_VP6A: Self = Self(263);
    pub const HI_PT_VP6F: Self = Self(262);
    pub const HI_PT_VP8: Self = Self(266);
    pub const HI_PT_VPC: Self = Self(2000);
    pub const HI_PT_WMA9STD: Self = Self(38);
    pub const HI_PT_X_LD: Self = Self(95);
    /// Every named value, in header order.
    pub const VALUES: &'static [(&'static str, Self)] = &[
        ("HI_PT_1016", Self::HI_PT_1016),
        ("HI_PT_AAC", Self::HI_PT_AAC),
        ("HI_PT_ADPCMA", Self::HI_PT_ADPCMA),
        ("HI_PT_AEC", Self::HI_PT_AEC),
        ("HI_PT_AMR", Self::HI_PT_AMR),
        ("HI_PT_AMRWB", Self::HI_PT_AMRWB),
        ("HI_PT_AVS", Self::HI_PT_AVS),
        ("HI_PT_BUTT", Self::HI_PT_BUTT),
        ("HI_PT_CN", Self::HI_PT_CN),
        ("HI_PT_CPV", Self::HI_PT_CPV),
        ("HI_PT_CUSM", Self::HI_PT_CUSM),
        ("HI_PT_CelB", Self::HI_PT_CelB),
        ("HI_PT_DIVX3", Self::HI_PT_DIVX3),
        ("HI_PT_DVI4_16K", Self::HI_PT_DVI4_16K),
        ("HI_PT_DVI4_3", Self::HI_PT_DVI4_3),
        ("HI_PT_DVI4_4", Self::HI_PT_DVI4_4),
        ("HI_PT_DVI4_8K", Self::HI_PT_DVI4_8K),
        ("HI_PT_D_AVI", Self::HI_PT_D_AVI),
        ("HI_PT_D_BMPEG", Self::HI_PT_D_BMPEG),
        ("HI_PT_D_BT656", Self::HI_PT_D_BT656),
        ("HI_PT_D_GSM_EFR", Self::HI_PT_D_GSM_EFR),
        ("HI_PT_D_GSM_HR", Self::HI_PT_D_GSM_HR),
        ("HI_PT_D_H263_1998", Self::HI_PT_D_H263_1998),
        ("HI_PT_D_L8", Self::HI_PT_D_L8),
        ("HI_PT_D_MP1S", Self::HI_PT_D_MP1S),
        ("HI_PT_D_MP2P", Self::HI_PT_D_MP2P),
        ("HI_PT_D_RED", Self::HI_PT_D_RED),
        ("HI_PT_D_VDVI", Self::HI_PT_D_VDVI),
        ("HI_PT_G711A", Self::HI_PT_G711A),
        ("HI_PT_G711U", Self::HI_PT_G711U),
        ("HI_PT_G721", Self::HI_PT_G721),
        ("HI_PT_G722", Self::HI_PT_G722),
        ("HI_PT_G723", Self::HI_PT_G723),
        ("HI_PT_G726", Self::HI_PT_G726),
        ("HI_PT_G728", Self::HI_PT_G728),
        ("HI_PT_G729", Self::HI_PT_G729),
        ("HI_PT_G729A", Self::HI_PT_G729A),
        ("HI_PT_GSM", Self::HI_PT_GSM),
        ("HI_PT_H261", Self::HI_PT_H261),
        ("HI_PT_H263", Self::HI_PT_H263),
        ("HI_PT_H264", Self::HI_PT_H264),
        ("HI_PT_H265", Self::HI_PT_H265),
        ("HI_PT_HEAAC", Self::HI_PT_HEAAC),
        ("HI_PT_JPEG", Self::HI_PT_JPEG),
        ("HI_PT_JVC_ASF", Self::HI_PT_JVC_ASF),
        ("HI_PT_LPC", Self::HI_PT_LPC),
        ("HI_PT_LPCM", Self::HI_PT_LPCM),
        ("HI_PT_MJPEG", Self::HI_PT_MJPEG),
        ("HI_PT_MP3", Self::HI_PT_MP3),
        ("HI_PT_MP4AUDIO", Self::HI_PT_MP4AUDIO),
        ("HI_PT_MP4VIDEO", Self::HI_PT_MP4VIDEO),
        ("HI_PT_MPEG2TS", Self::HI_PT_MPEG2TS),
        ("HI_PT_MPEG2VIDEO", Self::HI_PT_MPEG2VIDEO),
        ("HI_PT_MPEGAUDIO", Self::HI_PT_MPEGAUDIO),
        ("HI_PT_MPEGVIDEO", Self::HI_PT_MPEGVIDEO),
        ("HI_PT_MVC", Self::HI_PT_MVC),
        ("HI_PT_NV", Self::HI_PT_NV),
        ("HI_PT_OPUS", Self::HI_PT_OPUS),
        ("HI_PT_PCMA", Self::HI_PT_PCMA),
        ("HI_PT_PCMU", Self::HI_PT_PCMU),
        ("HI_PT_PCM_AUDIO", Self::HI_PT_PCM_AUDIO),
        ("HI_PT_PCM_VOICE", Self::HI_PT_PCM_VOICE),
        ("HI_PT_PICW", Self::HI_PT_PICW),
        ("HI_PT_PNG", Self::HI_PT_PNG),
        ("HI_PT_PRORES", Self::HI_PT_PRORES),
        ("HI_PT_QCELP", Self::HI_PT_QCELP),
        ("HI_PT_REAL8", Self::HI_PT_REAL8),
        ("HI_PT_REAL9", Self::HI_PT_REAL9),
        ("HI_PT_S16BE_MONO", Self::HI_PT_S16BE_MONO),
        ("HI_PT_S16BE_STEREO", Self::HI_PT_S16BE_STEREO),
        ("HI_PT_SORENSON", Self::HI_PT_SORENSON),
        ("HI_PT_SPEG", Self::HI_PT_SPEG),
        ("HI_PT_VC1", Self::HI_PT_VC1),
        ("HI_PT_VP6", Self::HI_PT_VP6),
        ("HI_PT_VP6A", Self::HI_PT_VP6A),
        ("HI_PT_VP6F", Self::HI_PT_VP6F),
        ("HI_PT_VP8", Self::HI_PT_VP8),
        ("HI_PT_VPC", Self::HI_PT_VPC),
        ("HI_PT_WMA9STD", Self::HI_PT_WMA9STD),
        ("HI_PT_X_LD", Self::HI_PT_X_LD),
    ];
    /// The vendor's name for this value (the first one, where names share a value), or `None`.
    pub fn name(self) -> Option<&'static str> {
        Self::VALUES.iter().find(|(_, v)| *v == self).map(|(n, _)| *n)
    }
    /// Whether the value has a name in the vendor header.
    pub fn is_named(self) -> bool {
        self.name().is_some()
    }
}

impl ::core::fmt::Debug for hi_payload_type {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self.name() {
            Some(name) => f.write_str(name),
            None => write!(f, "hi_payload_type({})", self.0),
        }
    }
}

/// Enum `hi_pixel_format` from `acl/dvpp/hi_media_common.h` (4 bytes).
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct hi_pixel_format(pub i32);

impl hi_pixel_format {
    pub const HI_PIXEL_FORMAT_ABGR_1555: Self = Self(34);
    pub const HI_PIXEL_FORMAT_ABGR_4444: Self = Self(26);
    pub const HI_PIXEL_FORMAT_ABGR_8565: Self = Self(38);
    pub const HI_PIXEL_FORMAT_ABGR_8888: Self = Self(15);
    pub const HI_PIXEL_FORMAT_ARGB_1555: Self = Self(33);
    pub const HI_PIXEL_FORMAT_ARGB_4444: Self = Self(25);
    pub const HI_PIXEL_FORMAT_ARGB_8565: Self = Self(37);
    pub const HI_PIXEL_FORMAT_ARGB_8888: Self = Self(14);
    pub const HI_PIXEL_FORMAT_ARGB_CLUT2: Self = Self(41);
    pub const HI_PIXEL_FORMAT_ARGB_CLUT4: Self = Self(42);
    pub const HI_PIXEL_FORMAT_BGRA_1555: Self = Self(36);
    pub const HI_PIXEL_FORMAT_BGRA_4444: Self = Self(28);
    pub const HI_PIXEL_FORMAT_BGRA_8565: Self = Self(40);
    pub const HI_PIXEL_FORMAT_BGRA_8888: Self = Self(17);
    pub const HI_PIXEL_FORMAT_BGR_444: Self = Self(24);
    pub const HI_PIXEL_FORMAT_BGR_555: Self = Self(30);
    pub const HI_PIXEL_FORMAT_BGR_565: Self = Self(32);
    pub const HI_PIXEL_FORMAT_BGR_888: Self = Self(13);
    pub const HI_PIXEL_FORMAT_BGR_888_BF16: Self = Self(1015);
    pub const HI_PIXEL_FORMAT_BGR_888_FP16: Self = Self(1011);
    pub const HI_PIXEL_FORMAT_BGR_888_FP32: Self = Self(1013);
    pub const HI_PIXEL_FORMAT_BGR_888_INT16: Self = Self(113);
    pub const HI_PIXEL_FORMAT_BGR_888_INT32: Self = Self(115);
    pub const HI_PIXEL_FORMAT_BGR_888_INT8: Self = Self(111);
    pub const HI_PIXEL_FORMAT_BGR_888_PLANAR: Self = Self(70);
    pub const HI_PIXEL_FORMAT_BGR_888_PLANAR_BF16: Self = Self(1009);
    pub const HI_PIXEL_FORMAT_BGR_888_PLANAR_FP16: Self = Self(1005);
    pub const HI_PIXEL_FORMAT_BGR_888_PLANAR_FP32: Self = Self(1007);
    pub const HI_PIXEL_FORMAT_BGR_888_PLANAR_INT16: Self = Self(123);
    pub const HI_PIXEL_FORMAT_BGR_888_PLANAR_INT32: Self = Self(125);
    pub const HI_PIXEL_FORMAT_BGR_888_PLANAR_INT8: Self = Self(121);
    pub const HI_PIXEL_FORMAT_BGR_888_PLANAR_UINT16: Self = Self(127);
    pub const HI_PIXEL_FORMAT_BGR_888_PLANAR_UINT32: Self = Self(129);
    pub const HI_PIXEL_FORMAT_BGR_888_UINT16: Self = Self(117);
    pub const HI_PIXEL_FORMAT_BGR_888_UINT32: Self = Self(119);
    pub const HI_PIXEL_FORMAT_BUTT: Self = Self(1003);
    pub const HI_PIXEL_FORMAT_FLOAT32: Self = Self(1002);
    pub const HI_PIXEL_FORMAT_HSV_888_PACKAGE: Self = Self(71);
    pub const HI_PIXEL_FORMAT_HSV_888_PLANAR: Self = Self(72);
    pub const HI_PIXEL_FORMAT_LAB_888_PACKAGE: Self = Self(73);
    pub const HI_PIXEL_FORMAT_LAB_888_PLANAR: Self = Self(74);
    pub const HI_PIXEL_FORMAT_RGBA_1555: Self = Self(35);
    pub const HI_PIXEL_FORMAT_RGBA_4444: Self = Self(27);
    pub const HI_PIXEL_FORMAT_RGBA_8565: Self = Self(39);
    pub const HI_PIXEL_FORMAT_RGBA_8888: Self = Self(16);
    pub const HI_PIXEL_FORMAT_RGB_444: Self = Self(23);
    pub const HI_PIXEL_FORMAT_RGB_555: Self = Self(29);
    pub const HI_PIXEL_FORMAT_RGB_565: Self = Self(31);
    pub const HI_PIXEL_FORMAT_RGB_888: Self = Self(12);
    pub const HI_PIXEL_FORMAT_RGB_888_BF16: Self = Self(1014);
    pub const HI_PIXEL_FORMAT_RGB_888_FP16: Self = Self(1010);
    pub const HI_PIXEL_FORMAT_RGB_888_FP32: Self = Self(1012);
    pub const HI_PIXEL_FORMAT_RGB_888_INT16: Self = Self(112);
    pub const HI_PIXEL_FORMAT_RGB_888_INT32: Self = Self(114);
    pub const HI_PIXEL_FORMAT_RGB_888_INT8: Self = Self(110);
    pub const HI_PIXEL_FORMAT_RGB_888_PLANAR: Self = Self(69);
    pub const HI_PIXEL_FORMAT_RGB_888_PLANAR_BF16: Self = Self(1008);
    pub const HI_PIXEL_FORMAT_RGB_888_PLANAR_FP16: Self = Self(1004);
    pub const HI_PIXEL_FORMAT_RGB_888_PLANAR_FP32: Self = Self(1006);
    pub const HI_PIXEL_FORMAT_RGB_888_PLANAR_INT16: Self = Self(122);
    pub const HI_PIXEL_FORMAT_RGB_888_PLANAR_INT32: Self = Self(124);
    pub const HI_PIXEL_FORMAT_RGB_888_PLANAR_INT8: Self = Self(120);
    pub const HI_PIXEL_FORMAT_RGB_888_PLANAR_UINT16: Self = Self(126);
    pub const HI_PIXEL_FORMAT_RGB_888_PLANAR_UINT32: Self = Self(128);
    pub const HI_PIXEL_FORMAT_RGB_888_UINT16: Self = Self(116);
    pub const HI_PIXEL_FORMAT_RGB_888_UINT32: Self = Self(118);
    pub const HI_PIXEL_FORMAT_RGB_BAYER_10BPP: Self = Self(51);
    pub const HI_PIXEL_FORMAT_RGB_BAYER_12BPP: Self = Self(52);
    pub const HI_PIXEL_FORMAT_RGB_BAYER_14BPP: Self = Self(53);
    pub const HI_PIXEL_FORMAT_RGB_BAYER_16BPP: Self = Self(54);
    pub const HI_PIXEL_FORMAT_RGB_BAYER_8BPP: Self = Self(50);
    pub const HI_PIXEL_FORMAT_S16C1: Self = Self(78);
    pub const HI_PIXEL_FORMAT_S32C1: Self = Self(81);
    pub const HI_PIXEL_FORMAT_S64C1: Self = Self(84);
    pub const HI_PIXEL_FORMAT_S8C1: Self = Self(75);
    pub const HI_PIXEL_FORMAT_S8C2_PACKAGE: Self = Self(76);
    pub const HI_PIXEL_FORMAT_S8C2_PLANAR: Self = Self(77);
    pub const HI_PIXEL_FORMAT_U16C1: Self = Self(80);
    pub const HI_PIXEL_FORMAT_U32C1: Self = Self(82);
    pub const HI_PIXEL_FORMAT_U64C1: Self = Self(83);
    pub const HI_PIXEL_FORMAT_U8C1: Self = Self(79);
    pub const HI_PIXEL_FORMAT_UNKNOWN: Self = Self(10000);
    pub const HI_PIXEL_FORMAT_UYVY_PACKED_422: Self = Self(8);
    pub const HI_PIXEL_FORMAT_VYUY_PACKED_422: Self = Self(10);
    pub const HI_PIXEL_FORMAT_XYUV_PACKED_444: Self = Self(59);
    pub const HI_PIXEL_FORMAT_XYVU_PACKED_444: Self = Self(60);
    pub const HI_PIXEL_FORMAT_YUV400_BF16: Self = Self(140);
    pub const HI_PIXEL_FORMAT_YUV400_FP16: Self = Self(137);
    pub const HI_PIXEL_FORMAT_YUV400_FP32: Self = Self(138);
    pub const HI_PIXEL_FORMAT_YUV400_FP64: Self = Self(139);
    pub const HI_PIXEL_FORMAT_YUV400_INT16: Self = Self(134);
    pub const HI_PIXEL_FORMAT_YUV400_INT32: Self = Self(135);
    pub const HI_PIXEL_FORMAT_YUV400_INT64: Self = Self(136);
    pub const HI_PIXEL_FORMAT_YUV400_INT8: Self = Self(133);
    pub const HI_PIXEL_FORMAT_YUV400_UINT16: Self = Self(130);
    pub const HI_PIXEL_FORMAT_YUV400_UINT32: Self = Self(131);
    pub const HI_PIXEL_FORMAT_YUV400_UINT64: Self = Self(132);
    pub const HI_PIXEL_FORMAT_YUV_400: Self = Self(0);
    pub const HI_PIXEL_FORMAT_YUV_PACKED_444: Self = Self(11);
    pub const HI_PIXEL_FORMAT_YUV_PLANAR_411: Self = Self(63);
    pub const HI_PIXEL_FORMAT_YUV_PLANAR_420: Self = Self(55);
    pub const HI_PIXEL_FORMAT_YUV_PLANAR_422: Self = Self(56);
    pub const HI_PIXEL_FORMAT_YUV_PLANAR_440: Self = Self(65);
    pub const HI_PIXEL_FORMAT_YUV_PLANAR_444: Self = Self(57);
    pub const HI_PIXEL_FORMAT_YUV_SEMIPLANAR_411: Self = Self(61);
    pub const HI_PIXEL_FORMAT_YUV_SEMIPLANAR_420: Self = Self(1);
    pub const HI_PIXEL_FORMAT_YUV_SEMIPLANAR_422: Self = Self(3);
    pub const HI_PIXEL_FORMAT_YUV_SEMIPLANAR_440: Self = Self(1000);
    pub const HI_PIXEL_FORMAT_YUV_SEMIPLANAR_444: Self = Self(5);
    pub const HI_PIXEL_FORMAT_YUV_SEMI_PLANNER_420_10BIT: Self = Self(18);
    pub const HI_PIXEL_FORMAT_YUYV_PACKED_422: Self = Self(7);
    pub const HI_PIXEL_FORMAT_YVU_PACKED_444: Self = Self(58);
    pub const HI_PIXEL_FORMAT_YVU_PLANAR_411: Self = Self(64);
    pub const HI_PIXEL_FORMAT_YVU_PLANAR_420: Self = Self(20);
    pub const HI_PIXEL_FORMAT_YVU_PLANAR_422: Self = Self(21);
    pub const HI_PIXEL_FORMAT_YVU_PLANAR_440: Self = Self(66);
    pub const HI_PIXEL_FORMAT_YVU_PLANAR_444: Self = Self(22);
    pub const HI_PIXEL_FORMAT_YVU_SEMIPLANAR_411: Self = Self(62);
    pub const HI_PIXEL_FORMAT_YVU_SEMIPLANAR_420: Self = Self(2);
    pub const HI_PIXEL_FORMAT_YVU_SEMIPLANAR_422: Self = Self(4);
    pub const HI_PIXEL_FORMAT_YVU_SEMIPLANAR_440: Self = Self(1001);
    pub const HI_PIXEL_FORMAT_YVU_SEMIPLANAR_444: Self = Self(6);
    pub const HI_PIXEL_FORMAT_YVU_SEMI_PLANNER_420_10BIT: Self = Self(19);
    pub const HI_PIXEL_FORMAT_YVYU_PACKED_422: Self = Self(9);
    /// Every named value, in header order.
    pub const VALUES: &'static [(&'static str, Self)] = &[
        ("HI_PIXEL_FORMAT_ABGR_1555", Self::HI_PIXEL_FORMAT_ABGR_1555),
        ("HI_PIXEL_FORMAT_ABGR_4444", Self::HI_PIXEL_FORMAT_ABGR_4444),
        ("HI_PIXEL_FORMAT_ABGR_8565", Self::HI_PIXEL_FORMAT_ABGR_8565),
        ("HI_PIXEL_FORMAT_ABGR_8888", Self::HI_PIXEL_FORMAT_ABGR_8888),
        ("HI_PIXEL_FORMAT_ARGB_1555", Self::HI_PIXEL_FORMAT_ARGB_1555),
        ("HI_PIXEL_FORMAT_ARGB_4444", Self::HI_PIXEL_FORMAT_ARGB_4444),
        ("HI_PIXEL_FORMAT_ARGB_8565", Self::HI_PIXEL_FORMAT_ARGB_8565),
        ("HI_PIXEL_FORMAT_ARGB_8888", Self::HI_PIXEL_FORMAT_ARGB_8888),
        ("HI_PIXEL_FORMAT_ARGB_CLUT2", Self::HI_PIXEL_FORMAT_ARGB_CLUT2),
        ("HI_PIXEL_FORMAT_ARGB_CLUT4", Self::HI_PIXEL_FORMAT_ARGB_CLUT4),
        ("HI_PIXEL_FORMAT_BGRA_1555", Self::HI_PIXEL_FORMAT_BGRA_1555),
        ("HI_PIXEL_FORMAT_BGRA_4444", Self::HI_PIXEL_FORMAT_BGRA_4444),
        ("HI_PIXEL_FORMAT_BGRA_8565", Self::HI_PIXEL_FORMAT_BGRA_8565),
        ("HI_PIXEL_FORMAT_BGRA_8888", Self::HI_PIXEL_FORMAT_BGRA_8888),
        ("HI_PIXEL_FORMAT_BGR_444", Self::HI_PIXEL_FORMAT_BGR_444),
        ("HI_PIXEL_FORMAT_BGR_555", Self::HI_PIXEL_FORMAT_BGR_555),
        ("HI_PIXEL_FORMAT_BGR_565", Self::HI_PIXEL_FORMAT_BGR_565),
        ("HI_PIXEL_FORMAT_BGR_888", Self::HI_PIXEL_FORMAT_BGR_888),
        ("HI_PIXEL_FORMAT_BGR_888_BF16", Self::HI_PIXEL_FORMAT_BGR_888_BF16),
        ("HI_PIXEL_FORMAT_BGR_888_FP16", Self::HI_PIXEL_FORMAT_BGR_888_FP16),
        ("HI_PIXEL_FORMAT_BGR_888_FP32", Self::HI_PIXEL_FORMAT_BGR_888_FP32),
        ("HI_PIXEL_FORMAT_BGR_888_INT16", Self::HI_PIXEL_FORMAT_BGR_888_INT16),
        ("HI_PIXEL_FORMAT_BGR_888_INT32", Self::HI_PIXEL_FORMAT_BGR_888_INT32),
        ("HI_PIXEL_FORMAT_BGR_888_INT8", Self::HI_PIXEL_FORMAT_BGR_888_INT8),
        ("HI_PIXEL_FORMAT_BGR_888_PLANAR", Self::HI_PIXEL_FORMAT_BGR_888_PLANAR),
        ("HI_PIXEL_FORMAT_BGR_888_PLANAR_BF16", Self::HI_PIXEL_FORMAT_BGR_888_PLANAR_BF16),
        ("HI_PIXEL_FORMAT_BGR_888_PLANAR_FP16", Self::HI_PIXEL_FORMAT_BGR_888_PLANAR_FP16),
        ("HI_PIXEL_FORMAT_BGR_888_PLANAR_FP32", Self::HI_PIXEL_FORMAT_BGR_888_PLANAR_FP32),
        ("HI_PIXEL_FORMAT_BGR_888_PLANAR_INT16", Self::HI_PIXEL_FORMAT_BGR_888_PLANAR_INT16),
        ("HI_PIXEL_FORMAT_BGR_888_PLANAR_INT32", Self::HI_PIXEL_FORMAT_BGR_888_PLANAR_INT32),
        ("HI_PIXEL_FORMAT_BGR_888_PLANAR_INT8", Self::HI_PIXEL_FORMAT_BGR_888_PLANAR_INT8),
        ("HI_PIXEL_FORMAT_BGR_888_PLANAR_UINT16", Self::HI_PIXEL_FORMAT_BGR_888_PLANAR_UINT16),
        ("HI_PIXEL_FORMAT_BGR_888_PLANAR_UINT32", Self::HI_PIXEL_FORMAT_BGR_888_PLANAR_UINT32),
        ("HI_PIXEL_FORMAT_BGR_888_UINT16", Self::HI_PIXEL_FORMAT_BGR_888_UINT16),
        ("HI_PIXEL_FORMAT_BGR_888_UINT32", Self::HI_PIXEL_FORMAT_BGR_888_UINT32),
        ("HI_PIXEL_FORMAT_BUTT", Self::HI_PIXEL_FORMAT_BUTT),
        ("HI_PIXEL_FORMAT_FLOAT32", Self::HI_PIXEL_FORMAT_FLOAT32),
        ("HI_PIXEL_FORMAT_HSV_888_PACKAGE", Self::HI_PIXEL_FORMAT_HSV_888_PACKAGE),
        ("HI_PIXEL_FORMAT_HSV_888_PLANAR", Self::HI_PIXEL_FORMAT_HSV_888_PLANAR),
        ("HI_PIXEL_FORMAT_LAB_888_PACKAGE", Self::HI_PIXEL_FORMAT_LAB_888_PACKAGE),
        ("HI_PIXEL_FORMAT_LAB_888_PLANAR", Self::HI_PIXEL_FORMAT_LAB_888_PLANAR),
        ("HI_PIXEL_FORMAT_RGBA_1555", Self::HI_PIXEL_FORMAT_RGBA_1555),
        ("HI_PIXEL_FORMAT_RGBA_4444", Self::HI_PIXEL_FORMAT_RGBA_4444),
        ("HI_PIXEL_FORMAT_RGBA_8565", Self::HI_PIXEL_FORMAT_RGBA_8565),
        ("HI_PIXEL_FORMAT_RGBA_8888", Self::HI_PIXEL_FORMAT_RGBA_8888),
        ("HI_PIXEL_FORMAT_RGB_444", Self::HI_PIXEL_FORMAT_RGB_444),
        ("HI_PIXEL_FORMAT_RGB_555", Self::HI_PIXEL_FORMAT_RGB_555),
        ("HI_PIXEL_FORMAT_RGB_565", Self::HI_PIXEL_FORMAT_RGB_565),
        ("HI_PIXEL_FORMAT_RGB_888", Self::HI_PIXEL_FORMAT_RGB_888),
        ("HI_PIXEL_FORMAT_RGB_888_BF16", Self::HI_PIXEL_FORMAT_RGB_888_BF16),
        ("HI_PIXEL_FORMAT_RGB_888_FP16", Self::HI_PIXEL_FORMAT_RGB_888_FP16),
        ("HI_PIXEL_FORMAT_RGB_888_FP32", Self::HI_PIXEL_FORMAT_RGB_888_FP32),
        ("HI_PIXEL_FORMAT_RGB_888_INT16", Self::HI_PIXEL_FORMAT_RGB_888_INT16),
        ("HI_PIXEL_FORMAT_RGB_888_INT32", Self::HI_PIXEL_FORMAT_RGB_888_INT32),
        ("HI_PIXEL_FORMAT_RGB_888_INT8", Self::HI_PIXEL_FORMAT_RGB_888_INT8),
        ("HI_PIXEL_FORMAT_RGB_888_PLANAR", Self::HI_PIXEL_FORMAT_RGB_888_PLANAR),
        ("HI_PIXEL_FORMAT_RGB_888_PLANAR_BF16", Self::HI_PIXEL_FORMAT_RGB_888_PLANAR_BF16),
        ("HI_PIXEL_FORMAT_RGB_888_PLANAR_FP16", Self::HI_PIXEL_FORMAT_RGB_888_PLANAR_FP16),
        ("HI_PIXEL_FORMAT_RGB_888_PLANAR_FP32", Self::HI_PIXEL_FORMAT_RGB_888_PLANAR_FP32),
        ("HI_PIXEL_FORMAT_RGB_888_PLANAR_INT16", Self::HI_PIXEL_FORMAT_RGB_888_PLANAR_INT16),
        ("HI_PIXEL_FORMAT_RGB_888_PLANAR_INT32", Self::HI_PIXEL_FORMAT_RGB_888_PLANAR_INT32),
        ("HI_PIXEL_FORMAT_RGB_888_PLANAR_INT8", Self::HI_PIXEL_FORMAT_RGB_888_PLANAR_INT8),
        ("HI_PIXEL_FORMAT_RGB_888_PLANAR_UINT16", Self::HI_PIXEL_FORMAT_RGB_888_PLANAR_UINT16),
        ("HI_PIXEL_FORMAT_RGB_888_PLANAR_UINT32", Self::HI_PIXEL_FORMAT_RGB_888_PLANAR_UINT32),
        ("HI_PIXEL_FORMAT_RGB_888_UINT16", Self::HI_PIXEL_FORMAT_RGB_888_UINT16),
        ("HI_PIXEL_FORMAT_RGB_888_UINT32", Self::HI_PIXEL_FORMAT_RGB_888_UINT32),
        ("HI_PIXEL_FORMAT_RGB_BAYER_10BPP", Self::HI_PIXEL_FORMAT_RGB_BAYER_10BPP),
        ("HI_PIXEL_FORMAT_RGB_BAYER_12BPP", Self::HI_PIXEL_FORMAT_RGB_BAYER_12BPP),
        ("HI_PIXEL_FORMAT_RGB_BAYER_14BPP", Self::HI_PIXEL_FORMAT_RGB_BAYER_14BPP),
        ("HI_PIXEL_FORMAT_RGB_BAYER_16BPP", Self::HI_PIXEL_FORMAT_RGB_BAYER_16BPP),
        ("HI_PIXEL_FORMAT_RGB_BAYER_8BPP", Self::HI_PIXEL_FORMAT_RGB_BAYER_8BPP),
        ("HI_PIXEL_FORMAT_S16C1", Self::HI_PIXEL_FORMAT_S16C1),
        ("HI_PIXEL_FORMAT_S32C1", Self::HI_PIXEL_FORMAT_S32C1),
        ("HI_PIXEL_FORMAT_S64C1", Self::HI_PIXEL_FORMAT_S64C1),
        ("HI_PIXEL_FORMAT_S8C1", Self::HI_PIXEL_FORMAT_S8C1),
        ("HI_PIXEL_FORMAT_S8C2_PACKAGE", Self::HI_PIXEL_FORMAT_S8C2_PACKAGE),
        ("HI_PIXEL_FORMAT_S8C2_PLANAR", Self::HI_PIXEL_FORMAT_S8C2_PLANAR),
        ("HI_PIXEL_FORMAT_U16C1", Self::HI_PIXEL_FORMAT_U16C1),
        ("HI_PIXEL_FORMAT_U32C1", Self::HI_PIXEL_FORMAT_U32C1),
        ("HI_PIXEL_FORMAT_U64C1", Self::HI_PIXEL_FORMAT_U64C1),
        ("HI_PIXEL_FORMAT_U8C1", Self::HI_PIXEL_FORMAT_U8C1),
        ("HI_PIXEL_FORMAT_UNKNOWN", Self::HI_PIXEL_FORMAT_UNKNOWN),
        ("HI_PIXEL_FORMAT_UYVY_PACKED_422", Self::HI_PIXEL_FORMAT_UYVY_PACKED_422),
        ("HI_PIXEL_FORMAT_VYUY_PACKED_422", Self::HI_PIXEL_FORMAT_VYUY_PACKED_422),
        ("HI_PIXEL_FORMAT_XYUV_PACKED_444", Self::HI_PIXEL_FORMAT_XYUV_PACKED_444),
        ("HI_PIXEL_FORMAT_XYVU_PACKED_444", Self::HI_PIXEL_FORMAT_XYVU_PACKED_444),
        ("HI_PIXEL_FORMAT_YUV400_BF16", Self::HI_PIXEL_FORMAT_YUV400_BF16),
        ("HI_PIXEL_FORMAT_YUV400_FP16", Self::HI_PIXEL_FORMAT_YUV400_FP16),
        ("HI_PIXEL_FORMAT_YUV400_FP32", Self::HI_PIXEL_FORMAT_YUV400_FP32),
        ("HI_PIXEL_FORMAT_YUV400_FP64", Self::HI_PIXEL_FORMAT_YUV400_FP64),
        ("HI_PIXEL_FORMAT_YUV400_INT16", Self::HI_PIXEL_FORMAT_YUV400_INT16),
        ("HI_PIXEL_FORMAT_YUV400_INT32", Self::HI_PIXEL_FORMAT_YUV400_INT32),
        ("HI_PIXEL_FORMAT_YUV400_INT64", Self::HI_PIXEL_FORMAT_YUV400_INT64),
        ("HI_PIXEL_FORMAT_YUV400_INT8", Self::HI_PIXEL_FORMAT_YUV400_INT8),
        ("HI_PIXEL_FORMAT_YUV400_UINT16", Self::HI_PIXEL_FORMAT_YUV400_UINT16),
        ("HI_PIXEL_FORMAT_YUV400_UINT32", Self::HI_PIXEL_FORMAT_YUV400_UINT32),
        ("HI_PIXEL_FORMAT_YUV400_UINT64", Self::HI_PIXEL_FORMAT_YUV400_UINT64),
        ("HI_PIXEL_FORMAT_YUV_400", Self::HI_PIXEL_FORMAT_YUV_400),
        ("HI_PIXEL_FORMAT_YUV_PACKED_444", Self::HI_PIXEL_FORMAT_YUV_PACKED_444),
        ("HI_PIXEL_FORMAT_YUV_PLANAR_411", Self::HI_PIXEL_FORMAT_YUV_PLANAR_411),
        ("HI_PIXEL_FORMAT_YUV_PLANAR_420", Self::HI_PIXEL_FORMAT_YUV_PLANAR_420),
        ("HI_PIXEL_FORMAT_YUV_PLANAR_422", Self::HI_PIXEL_FORMAT_YUV_PLANAR_422),
        ("HI_PIXEL_FORMAT_YUV_PLANAR_440", Self::HI_PIXEL_FORMAT_YUV_PLANAR_440),
        ("HI_PIXEL_FORMAT_YUV_PLANAR_444", Self::HI_PIXEL_FORMAT_YUV_PLANAR_444),
        ("HI_PIXEL_FORMAT_YUV_SEMIPLANAR_411", Self::HI_PIXEL_FORMAT_YUV_SEMIPLANAR_411),
        ("HI_PIXEL_FORMAT_YUV_SEMIPLANAR_420", Self::HI_PIXEL_FORMAT_YUV_SEMIPLANAR_420),
        ("HI_PIXEL_FORMAT_YUV_SEMIPLANAR_422", Self::HI_PIXEL_FORMAT_YUV_SEMIPLANAR_422),
        ("HI_PIXEL_FORMAT_YUV_SEMIPLANAR_440", Self::HI_PIXEL_FORMAT_YUV_SEMIPLANAR_440),
        ("HI_PIXEL_FORMAT_YUV_SEMIPLANAR_444", Self::HI_PIXEL_FORMAT_YUV_SEMIPLANAR_444),
        ("HI_PIXEL_FORMAT_YUV_SEMI_PLANNER_420_10BIT", Self::HI_PIXEL_FORMAT_YUV_SEMI_PLANNER_420_10BIT),
        ("HI_PIXEL_FORMAT_YUYV_PACKED_422", Self::HI_PIXEL_FORMAT_YUYV_PACKED_422),
        ("HI_PIXEL_FORMAT_YVU_PACKED_444", Self::HI_PIXEL_FORMAT_YVU_PACKED_444),
        ("HI_PIXEL_FORMAT_YVU_PLANAR_411", Self::HI_PIXEL_FORMAT_YVU_PLANAR_411),
        ("HI_PIXEL_FORMAT_YVU_PLANAR_420", Self::HI_PIXEL_FORMAT_YVU_PLANAR_420),
        ("HI_PIXEL_FORMAT_YVU_PLANAR_422", Self::HI_PIXEL_FORMAT_YVU_PLANAR_422),
        ("HI_PIXEL_FORMAT_YVU_PLANAR_440", Self::HI_PIXEL_FORMAT_YVU_PLANAR_440),
        ("HI_PIXEL_FORMAT_YVU_PLANAR_444", Self::HI_PIXEL_FORMAT_YVU_PLANAR_444),
        ("HI_PIXEL_FORMAT_YVU_SEMIPLANAR_411", Self::HI_PIXEL_FORMAT_YVU_SEMIPLANAR_411),
        ("HI_PIXEL_FORMAT_YVU_SEMIPLANAR_420", Self::HI_PIXEL_FORMAT_YVU_SEMIPLANAR_420),
        ("HI_PIXEL_FORMAT_YVU_SEMIPLANAR_422", Self::HI_PIXEL_FORMAT_YVU_SEMIPLANAR_422),
        ("HI_PIXEL_FORMAT_YVU_SEMIPLANAR_440", Self::HI_PIXEL_FORMAT_YVU_SEMIPLANAR_440),
        ("HI_PIXEL_FORMAT_YVU_SEMIPLANAR_444", Self::HI_PIXEL_FORMAT_YVU_SEMIPLANAR_444),
        ("HI_PIXEL_FORMAT_YVU_SEMI_PLANNER_420_10BIT", Self::HI_PIXEL_FORMAT_YVU_SEMI_PLANNER_420_10BIT),
        ("HI_PIXEL_FORMAT_YVYU_PACKED_422", Self::HI_PIXEL_FORMAT_YVYU_PACKED_422),
    ];
    /// The vendor's name for this value (the first one, where names share a value), or `None`.
    pub fn name(self) -> Option<&'static str> {
        Self::VALUES.iter().find(|(_, v)| *v == self).map(|(n, _)| *n)
    }
    /// Whether the value has a name in the vendor header.
    pub fn is_named(self) -> bool {
        self.name().is_some()
    }
}

impl ::core::fmt::Debug for hi_pixel_format {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self.name() {
            Some(name) => f.write_str(name),
            None => write!(f, "hi_pixel_format({})", self.0),
        }
    }
}

/// Enum `hi_vb_src` from `acl/dvpp/hi_dvpp_vb.h` (4 bytes).
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct hi_vb_src(pub i32);

impl hi_vb_src {
    pub const HI_VB_SRC_BUTT: Self = Self(4);
    pub const HI_VB_SRC_COMMON: Self = Self(0);
    pub const HI_VB_SRC_MOD: Self = Self(1);
    pub const HI_VB_SRC_PRIVATE: Self = Self(2);
    pub const HI_VB_SRC_USER: Self = Self(3);
    /// Every named value, in header order.
    pub const VALUES: &'static [(&'static str, Self)] = &[
        ("HI_VB_SRC_BUTT", Self::HI_VB_SRC_BUTT),
        ("HI_VB_SRC_COMMON", Self::HI_VB_SRC_COMMON),
        ("HI_VB_SRC_MOD", Self::HI_VB_SRC_MOD),
        ("HI_VB_SRC_PRIVATE", Self::HI_VB_SRC_PRIVATE),
        ("HI_VB_SRC_USER", Self::HI_VB_SRC_USER),
    ];
    /// The vendor's name for this value (the first one, where names share a value), or `None`.
    pub fn name(self) -> Option<&'static str> {
        Self::VALUES.iter().find(|(_, v)| *v == self).map(|(n, _)| *n)
    }
    /// Whether the value has a name in the vendor header.
    pub fn is_named(self) -> bool {
        self.name().is_some()
    }
}

impl ::core::fmt::Debug for hi_vb_src {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self.name() {
            Some(name) => f.write_str(name),
            None => write!(f, "hi_vb_src({})", self.0),
        }
    }
}

/// Enum `hi_venc_frame_type` from `acl/dvpp/hi_dvpp_venc.h` (4 bytes).
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct hi_venc_frame_type(pub i32);

impl hi_venc_frame_type {
    pub const VENC_FRAME_TYPE_BUTT: Self = Self(4);
    pub const VENC_FRAME_TYPE_IDR: Self = Self(2);
    pub const VENC_FRAME_TYPE_NONE: Self = Self(1);
    pub const VENC_FRAME_TYPE_PSKIP: Self = Self(3);
    /// Every named value, in header order.
    pub const VALUES: &'static [(&'static str, Self)] = &[
        ("VENC_FRAME_TYPE_BUTT", Self::VENC_FRAME_TYPE_BUTT),
        ("VENC_FRAME_TYPE_IDR", Self::VENC_FRAME_TYPE_IDR),
        ("VENC_FRAME_TYPE_NONE", Self::VENC_FRAME_TYPE_NONE),
        ("VENC_FRAME_TYPE_PSKIP", Self::VENC_FRAME_TYPE_PSKIP),
    ];
    /// The vendor's name for this value (the first one, where names share a value), or `None`.
    pub fn name(self) -> Option<&'static str> {
        Self::VALUES.iter().find(|(_, v)| *v == self).map(|(n, _)| *n)
    }
    /// Whether the value has a name in the vendor header.
    pub fn is_named(self) -> bool {
        self.name().is_some()
    }
}

impl ::core::fmt::Debug for hi_venc_frame_type {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self.name() {
            Some(name) => f.write_str(name),
            None => write!(f, "hi_venc_frame_type({})", self.0),
        }
    }
}

/// Enum `hi_venc_gop_mode` from `acl/dvpp/hi_dvpp_venc.h` (4 bytes).
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct hi_venc_gop_mode(pub i32);

impl hi_venc_gop_mode {
    pub const HI_VENC_GOP_MODE_ADV_SMART_P: Self = Self(3);
    pub const HI_VENC_GOP_MODE_BIPRED_B: Self = Self(4);
    pub const HI_VENC_GOP_MODE_BUTT: Self = Self(6);
    pub const HI_VENC_GOP_MODE_DUAL_P: Self = Self(1);
    pub const HI_VENC_GOP_MODE_LOW_DELAY_B: Self = Self(5);
    pub const HI_VENC_GOP_MODE_NORMAL_P: Self = Self(0);
    pub const HI_VENC_GOP_MODE_SMART_P: Self = Self(2);
    /// Every named value, in header order.
    pub const VALUES: &'static [(&'static str, Self)] = &[
        ("HI_VENC_GOP_MODE_ADV_SMART_P", Self::HI_VENC_GOP_MODE_ADV_SMART_P),
        ("HI_VENC_GOP_MODE_BIPRED_B", Self::HI_VENC_GOP_MODE_BIPRED_B),
        ("HI_VENC_GOP_MODE_BUTT", Self::HI_VENC_GOP_MODE_BUTT),
        ("HI_VENC_GOP_MODE_DUAL_P", Self::HI_VENC_GOP_MODE_DUAL_P),
        ("HI_VENC_GOP_MODE_LOW_DELAY_B", Self::HI_VENC_GOP_MODE_LOW_DELAY_B),
        ("HI_VENC_GOP_MODE_NORMAL_P", Self::HI_VENC_GOP_MODE_NORMAL_P),
        ("HI_VENC_GOP_MODE_SMART_P", Self::HI_VENC_GOP_MODE_SMART_P),
    ];
    /// The vendor's name for this value (the first one, where names share a value), or `None`.
    pub fn name(self) -> Option<&'static str> {
        Self::VALUES.iter().find(|(_, v)| *v == self).map(|(n, _)| *n)
    }
    /// Whether the value has a name in the vendor header.
    pub fn is_named(self) -> bool {
        self.name().is_some()
    }
}

impl ::core::fmt::Debug for hi_venc_gop_mode {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self.name() {
            Some(name) => f.write_str(name),
            None => write!(f, "hi_venc_gop_mode({})", self.0),
        }
    }
}

/// Enum `hi_venc_h264_nalu_type` from `acl/dvpp/hi_dvpp_venc.h` (4 bytes).
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct hi_venc_h264_nalu_type(pub i32);

impl hi_venc_h264_nalu_type {
    pub const HI_VENC_H264_NALU_BUTT: Self = Self(9);
    pub const HI_VENC_H264_NALU_B_SLICE: Self = Self(0);
    pub const HI_VENC_H264_NALU_IDR_SLICE: Self = Self(5);
    pub const HI_VENC_H264_NALU_I_SLICE: Self = Self(2);
    pub const HI_VENC_H264_NALU_PPS: Self = Self(8);
    pub const HI_VENC_H264_NALU_P_SLICE: Self = Self(1);
    pub const HI_VENC_H264_NALU_SEI: Self = Self(6);
    pub const HI_VENC_H264_NALU_SPS: Self = Self(7);
    /// Every named value, in header order.
    pub const VALUES: &'static [(&'static str, Self)] = &[
        ("HI_VENC_H264_NALU_BUTT", Self::HI_VENC_H264_NALU_BUTT),
        ("HI_VENC_H264_NALU_B_SLICE", Self::HI_VENC_H264_NALU_B_SLICE),
        ("HI_VENC_H264_NALU_IDR_SLICE", Self::HI_VENC_H264_NALU_IDR_SLICE),
        ("HI_VENC_H264_NALU_I_SLICE", Self::HI_VENC_H264_NALU_I_SLICE),
        ("HI_VENC_H264_NALU_PPS", Self::HI_VENC_H264_NALU_PPS),
        ("HI_VENC_H264_NALU_P_SLICE", Self::HI_VENC_H264_NALU_P_SLICE),
        ("HI_VENC_H264_NALU_SEI", Self::HI_VENC_H264_NALU_SEI),
        ("HI_VENC_H264_NALU_SPS", Self::HI_VENC_H264_NALU_SPS),
    ];
    /// The vendor's name for this value (the first one, where names share a value), or `None`.
    pub fn name(self) -> Option<&'static str> {
        Self::VALUES.iter().find(|(_, v)| *v == self).map(|(n, _)| *n)
    }
    /// Whether the value has a name in the vendor header.
    pub fn is_named(self) -> bool {
        self.name().is_some()
    }
}

impl ::core::fmt::Debug for hi_venc_h264_nalu_type {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self.name() {
            Some(name) => f.write_str(name),
            None => write!(f, "hi_venc_h264_nalu_type({})", self.0),
        }
    }
}

/// Enum `hi_venc_h265_nalu_type` from `acl/dvpp/hi_dvpp_venc.h` (4 bytes).
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct hi_venc_h265_nalu_type(pub i32);

impl hi_venc_h265_nalu_type {
    pub const HI_VENC_H265_NALU_BUTT: Self = Self(65);
    pub const HI_VENC_H265_NALU_B_SLICE: Self = Self(0);
    pub const HI_VENC_H265_NALU_ENHANCE: Self = Self(64);
    pub const HI_VENC_H265_NALU_IDR_SLICE: Self = Self(19);
    pub const HI_VENC_H265_NALU_I_SLICE: Self = Self(2);
    pub const HI_VENC_H265_NALU_PPS: Self = Self(34);
    pub const HI_VENC_H265_NALU_P_SLICE: Self = Self(1);
    pub const HI_VENC_H265_NALU_SEI: Self = Self(39);
    pub const HI_VENC_H265_NALU_SPS: Self = Self(33);
    pub const HI_VENC_H265_NALU_VPS: Self = Self(32);
    /// Every named value, in header order.
    pub const VALUES: &'static [(&'static str, Self)] = &[
        ("HI_VENC_H265_NALU_BUTT", Self::HI_VENC_H265_NALU_BUTT),
        ("HI_VENC_H265_NALU_B_SLICE", Self::HI_VENC_H265_NALU_B_SLICE),
        ("HI_VENC_H265_NALU_ENHANCE", Self::HI_VENC_H265_NALU_ENHANCE),
        ("HI_VENC_H265_NALU_IDR_SLICE", Self::HI_VENC_H265_NALU_IDR_SLICE),
        ("HI_VENC_H265_NALU_I_SLICE", Self::HI_VENC_H265_NALU_I_SLICE),
        ("HI_VENC_H265_NALU_PPS", Self::HI_VENC_H265_NALU_PPS),
        ("HI_VENC_H265_NALU_P_SLICE", Self::HI_VENC_H265_NALU_P_SLICE),
        ("HI_VENC_H265_NALU_SEI", Self::HI_VENC_H265_NALU_SEI),
        ("HI_VENC_H265_NALU_SPS", Self::HI_VENC_H265_NALU_SPS),
        ("HI_VENC_H265_NALU_VPS", Self::HI_VENC_H265_NALU_VPS),
    ];
    /// The vendor's name for this value (the first one, where names share a value), or `None`.
    pub fn name(self) -> Option<&'static str> {
        Self::VALUES.iter().find(|(_, v)| *v == self).map(|(n, _)| *n)
    }
    /// Whether the value has a name in the vendor header.
    pub fn is_named(self) -> bool {
        self.name().is_some()
    }
}

impl ::core::fmt::Debug for hi_venc_h265_nalu_type {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self.name() {
            Some(name) => f.write_str(name),
            None => write!(f, "hi_venc_h265_nalu_type({})", self.0),
        }
    }
}

/// Enum `hi_venc_intra_refresh_mode` from `acl/dvpp/hi_dvpp_venc.h` (4 bytes).
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct hi_venc_intra_refresh_mode(pub i32);

impl hi_venc_intra_refresh_mode {
    pub const INTRA_REFRESH_BUTT: Self = Self(2);
    pub const INTRA_REFRESH_COLUMN: Self = Self(1);
    pub const INTRA_REFRESH_ROW: Self = Self(0);
    /// Every named value, in header order.
    pub const VALUES: &'static [(&'static str, Self)] = &[
        ("INTRA_REFRESH_BUTT", Self::INTRA_REFRESH_BUTT),
        ("INTRA_REFRESH_COLUMN", Self::INTRA_REFRESH_COLUMN),
        ("INTRA_REFRESH_ROW", Self::INTRA_REFRESH_ROW),
    ];
    /// The vendor's name for this value (the first one, where names share a value), or `None`.
    pub fn name(self) -> Option<&'static str> {
        Self::VALUES.iter().find(|(_, v)| *v == self).map(|(n, _)| *n)
    }
    /// Whether the value has a name in the vendor header.
    pub fn is_named(self) -> bool {
        self.name().is_some()
    }
}

impl ::core::fmt::Debug for hi_venc_intra_refresh_mode {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self.name() {
            Some(name) => f.write_str(name),
            None => write!(f, "hi_venc_intra_refresh_mode({})", self.0),
        }
    }
}

/// Enum `hi_venc_jpege_pack_type` from `acl/dvpp/hi_dvpp_venc.h` (4 bytes).
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct hi_venc_jpege_pack_type(pub i32);

impl hi_venc_jpege_pack_type {
    pub const HI_VENC_JPEG_PACK_APP: Self = Self(6);
    pub const HI_VENC_JPEG_PACK_BUTT: Self = Self(11);
    pub const HI_VENC_JPEG_PACK_DCF: Self = Self(9);
    pub const HI_VENC_JPEG_PACK_DCF_PIC: Self = Self(10);
    pub const HI_VENC_JPEG_PACK_ECS: Self = Self(5);
    pub const HI_VENC_JPEG_PACK_PIC: Self = Self(8);
    pub const HI_VENC_JPEG_PACK_VDO: Self = Self(7);
    /// Every named value, in header order.
    pub const VALUES: &'static [(&'static str, Self)] = &[
        ("HI_VENC_JPEG_PACK_APP", Self::HI_VENC_JPEG_PACK_APP),
        ("HI_VENC_JPEG_PACK_BUTT", Self::HI_VENC_JPEG_PACK_BUTT),
        ("HI_VENC_JPEG_PACK_DCF", Self::HI_VENC_JPEG_PACK_DCF),
        ("HI_VENC_JPEG_PACK_DCF_PIC", Self::HI_VENC_JPEG_PACK_DCF_PIC),
        ("HI_VENC_JPEG_PACK_ECS", Self::HI_VENC_JPEG_PACK_ECS),
        ("HI_VENC_JPEG_PACK_PIC", Self::HI_VENC_JPEG_PACK_PIC),
        ("HI_VENC_JPEG_PACK_VDO", Self::HI_VENC_JPEG_PACK_VDO),
    ];
    /// The vendor's name for this value (the first one, where names share a value), or `None`.
    pub fn name(self) -> Option<&'static str> {
        Self::VALUES.iter().find(|(_, v)| *v == self).map(|(n, _)| *n)
    }
    /// Whether the value has a name in the vendor header.
    pub fn is_named(self) -> bool {
        self.name().is_some()
    }
}

impl ::core::fmt::Debug for hi_venc_jpege_pack_type {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self.name() {
            Some(name) => f.write_str(name),
            None => write!(f, "hi_venc_jpege_pack_type({})", self.0),
        }
    }
}

/// Enum `hi_venc_mod_type` from `acl/dvpp/hi_dvpp_venc.h` (4 bytes).
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct hi_venc_mod_type(pub i32);

impl hi_venc_mod_type {
    pub const HI_VENC_MOD_BUTT: Self = Self(6);
    pub const HI_VENC_MOD_H264: Self = Self(2);
    pub const HI_VENC_MOD_H265: Self = Self(3);
    pub const HI_VENC_MOD_JPEG: Self = Self(4);
    pub const HI_VENC_MOD_RC: Self = Self(5);
    pub const HI_VENC_MOD_VENC: Self = Self(1);
    /// Every named value, in header order.
    pub const VALUES: &'static [(&'static str, Self)] = &[
        ("HI_VENC_MOD_BUTT", Self::HI_VENC_MOD_BUTT),
        ("HI_VENC_MOD_H264", Self::HI_VENC_MOD_H264),
        ("HI_VENC_MOD_H265", Self::HI_VENC_MOD_H265),
        ("HI_VENC_MOD_JPEG", Self::HI_VENC_MOD_JPEG),
        ("HI_VENC_MOD_RC", Self::HI_VENC_MOD_RC),
        ("HI_VENC_MOD_VENC", Self::HI_VENC_MOD_VENC),
    ];
    /// The vendor's name for this value (the first one, where names share a value), or `None`.
    pub fn name(self) -> Option<&'static str> {
        Self::VALUES.iter().find(|(_, v)| *v == self).map(|(n, _)| *n)
    }
    /// Whether the value has a name in the vendor header.
    pub fn is_named(self) -> bool {
        self.name().is_some()
    }
}

impl ::core::fmt::Debug for hi_venc_mod_type {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self.name() {
            Some(name) => f.write_str(name),
            None => write!(f, "hi_venc_mod_type({})", self.0),
        }
    }
}

/// Enum `hi_venc_pic_recv_mode` from `acl/dvpp/hi_dvpp_venc.h` (4 bytes).
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct hi_venc_pic_recv_mode(pub i32);

impl hi_venc_pic_recv_mode {
    pub const HI_VENC_PIC_RECV_BUTT: Self = Self(2);
    pub const HI_VENC_PIC_RECV_MULTI: Self = Self(1);
    pub const HI_VENC_PIC_RECV_SINGLE: Self = Self(0);
    /// Every named value, in header order.
    pub const VALUES: &'static [(&'static str, Self)] = &[
        ("HI_VENC_PIC_RECV_BUTT", Self::HI_VENC_PIC_RECV_BUTT),
        ("HI_VENC_PIC_RECV_MULTI", Self::HI_VENC_PIC_RECV_MULTI),
        ("HI_VENC_PIC_RECV_SINGLE", Self::HI_VENC_PIC_RECV_SINGLE),
    ];
    /// The vendor's name for this value (the first one, where names share a value), or `None`.
    pub fn name(self) -> Option<&'static str> {
        Self::VALUES.iter().find(|(_, v)| *v == self).map(|(n, _)| *n)
    }
    /// Whether the value has a name in the vendor header.
    pub fn is_named(self) -> bool {
        self.name().is_some()
    }
}

impl ::core::fmt::Debug for hi_venc_pic_recv_mode {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self.name() {
            Some(name) => f.write_str(name),
            None => write!(f, "hi_venc_pic_recv_mode({})", self.0),
        }
    }
}

/// Enum `hi_venc_prores_aspect_ratio` from `acl/dvpp/hi_dvpp_venc.h` (4 bytes).
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct hi_venc_prores_aspect_ratio(pub i32);

impl hi_venc_prores_aspect_ratio {
    pub const HI_VENC_PRORES_ASPECT_RATIO_16_9: Self = Self(3);
    pub const HI_VENC_PRORES_ASPECT_RATIO_4_3: Self = Self(2);
    pub const HI_VENC_PRORES_ASPECT_RATIO_BUTT: Self = Self(4);
    pub const HI_VENC_PRORES_ASPECT_RATIO_SQUARE: Self = Self(1);
    pub const HI_VENC_PRORES_ASPECT_RATIO_UNKNOWN: Self = Self(0);
    /// Every named value, in header order.
    pub const VALUES: &'static [(&'static str, Self)] = &[
        ("HI_VENC_PRORES_ASPECT_RATIO_16_9", Self::HI_VENC_PRORES_ASPECT_RATIO_16_9),
        ("HI_VENC_PRORES_ASPECT_RATIO_4_3", Self::HI_VENC_PRORES_ASPECT_RATIO_4_3),
        ("HI_VENC_PRORES_ASPECT_RATIO_BUTT", Self::HI_VENC_PRORES_ASPECT_RATIO_BUTT),
        ("HI_VENC_PRORES_ASPECT_RATIO_SQUARE", Self::HI_VENC_PRORES_ASPECT_RATIO_SQUARE),
        ("HI_VENC_PRORES_ASPECT_RATIO_UNKNOWN", Self::HI_VENC_PRORES_ASPECT_RATIO_UNKNOWN),
    ];
    /// The vendor's name for this value (the first one, where names share a value), or `None`.
    pub fn name(self) -> Option<&'static str> {
        Self::VALUES.iter().find(|(_, v)| *v == self).map(|(n, _)| *n)
    }
    /// Whether the value has a name in the vendor header.
    pub fn is_named(self) -> bool {
        self.name().is_some()
    }
}

impl ::core::fmt::Debug for hi_venc_prores_aspect_ratio {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self.name() {
            Some(name) => f.write_str(name),
            None => write!(f, "hi_venc_prores_aspect_ratio({})", self.0),
        }
    }
}

/// Enum `hi_venc_prores_frame_rate` from `acl/dvpp/hi_dvpp_venc.h` (4 bytes).
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct hi_venc_prores_frame_rate(pub i32);

impl hi_venc_prores_frame_rate {
    pub const HI_VENC_PRORES_FRAME_RATE_100: Self = Self(9);
    pub const HI_VENC_PRORES_FRAME_RATE_119_88: Self = Self(10);
    pub const HI_VENC_PRORES_FRAME_RATE_120: Self = Self(11);
    pub const HI_VENC_PRORES_FRAME_RATE_23_976: Self = Self(1);
    pub const HI_VENC_PRORES_FRAME_RATE_24: Self = Self(2);
    pub const HI_VENC_PRORES_FRAME_RATE_25: Self = Self(3);
    pub const HI_VENC_PRORES_FRAME_RATE_29_97: Self = Self(4);
    pub const HI_VENC_PRORES_FRAME_RATE_30: Self = Self(5);
    pub const HI_VENC_PRORES_FRAME_RATE_50: Self = Self(6);
    pub const HI_VENC_PRORES_FRAME_RATE_59_94: Self = Self(7);
    pub const HI_VENC_PRORES_FRAME_RATE_60: Self = Self(8);
    pub const HI_VENC_PRORES_FRAME_RATE_BUTT: Self = Self(12);
    pub const HI_VENC_PRORES_FRAME_RATE_UNKNOWN: Self = Self(0);
    /// Every named value, in header order.
    pub const VALUES: &'static [(&'static str, Self)] = &[
        ("HI_VENC_PRORES_FRAME_RATE_100", Self::HI_VENC_PRORES_FRAME_RATE_100),
        ("HI_VENC_PRORES_FRAME_RATE_119_88", Self::HI_VENC_PRORES_FRAME_RATE_119_88),
        ("HI_VENC_PRORES_FRAME_RATE_120", Self::HI_VENC_PRORES_FRAME_RATE_120),
        ("HI_VENC_PRORES_FRAME_RATE_23_976", Self::HI_VENC_PRORES_FRAME_RATE_23_976),
        ("HI_VENC_PRORES_FRAME_RATE_24", Self::HI_VENC_PRORES_FRAME_RATE_24),
        ("HI_VENC_PRORES_FRAME_RATE_25", Self::HI_VENC_PRORES_FRAME_RATE_25),
        ("HI_VENC_PRORES_FRAME_RATE_29_97", Self::HI_VENC_PRORES_FRAME_RATE_29_97),
        ("HI_VENC_PRORES_FRAME_RATE_30", Self::HI_VENC_PRORES_FRAME_RATE_30),
        ("HI_VENC_PRORES_FRAME_RATE_50", Self::HI_VENC_PRORES_FRAME_RATE_50),
        ("HI_VENC_PRORES_FRAME_RATE_59_94", Self::HI_VENC_PRORES_FRAME_RATE_59_94),
        ("HI_VENC_PRORES_FRAME_RATE_60", Self::HI_VENC_PRORES_FRAME_RATE_60),
        ("HI_VENC_PRORES_FRAME_RATE_BUTT", Self::HI_VENC_PRORES_FRAME_RATE_BUTT),
        ("HI_VENC_PRORES_FRAME_RATE_UNKNOWN", Self::HI_VENC_PRORES_FRAME_RATE_UNKNOWN),
    ];
    /// The vendor's name for this value (the first one, where names share a value), or `None`.
    pub fn name(self) -> Option<&'static str> {
        Self::VALUES.iter().find(|(_, v)| *v == self).map(|(n, _)| *n)
    }
    /// Whether the value has a name in the vendor header.
    pub fn is_named(self) -> bool {
        self.name().is_some()
    }
}

impl ::core::fmt::Debug for hi_venc_prores_frame_rate {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self.name() {
            Some(name) => f.write_str(name),
            None => write!(f, "hi_venc_prores_frame_rate({})", self.0),
        }
    }
}

/// Enum `hi_venc_prores_pack_type` from `acl/dvpp/hi_dvpp_venc.h` (4 bytes).
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct hi_venc_prores_pack_type(pub i32);

impl hi_venc_prores_pack_type {
    pub const HI_VENC_PRORES_PACK_BUTT: Self = Self(2);
    pub const HI_VENC_PRORES_PACK_PIC: Self = Self(1);
    /// Every named value, in header order.
    pub const VALUES: &'static [(&'static str, Self)] = &[
        ("HI_VENC_PRORES_PACK_BUTT", Self::HI_VENC_PRORES_PACK_BUTT),
        ("HI_VENC_PRORES_PACK_PIC", Self::HI_VENC_PRORES_PACK_PIC),
    ];
    /// The vendor's name for this value (the first one, where names share a value), or `None`.
    pub fn name(self) -> Option<&'static str> {
        Self::VALUES.iter().find(|(_, v)| *v == self).map(|(n, _)| *n)
    }
    /// Whether the value has a name in the vendor header.
    pub fn is_named(self) -> bool {
        self.name().is_some()
    }
}

impl ::core::fmt::Debug for hi_venc_prores_pack_type {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self.name() {
            Some(name) => f.write_str(name),
            None => write!(f, "hi_venc_prores_pack_type({})", self.0),
        }
    }
}

/// Enum `hi_venc_rc_mode` from `acl/dvpp/hi_dvpp_venc.h` (4 bytes).
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct hi_venc_rc_mode(pub i32);

impl hi_venc_rc_mode {
    pub const HI_VENC_RC_MODE_BUTT: Self = Self(18);
    pub const HI_VENC_RC_MODE_H264_AVBR: Self = Self(3);
    pub const HI_VENC_RC_MODE_H264_CBR: Self = Self(1);
    pub const HI_VENC_RC_MODE_H264_CVBR: Self = Self(5);
    pub const HI_VENC_RC_MODE_H264_FIXQP: Self = Self(6);
    pub const HI_VENC_RC_MODE_H264_QPMAP: Self = Self(7);
    pub const HI_VENC_RC_MODE_H264_QVBR: Self = Self(4);
    pub const HI_VENC_RC_MODE_H264_VBR: Self = Self(2);
    pub const HI_VENC_RC_MODE_H265_AVBR: Self = Self(13);
    pub const HI_VENC_RC_MODE_H265_CBR: Self = Self(11);
    pub const HI_VENC_RC_MODE_H265_CVBR: Self = Self(15);
    pub const HI_VENC_RC_MODE_H265_FIXQP: Self = Self(16);
    pub const HI_VENC_RC_MODE_H265_QPMAP: Self = Self(17);
    pub const HI_VENC_RC_MODE_H265_QVBR: Self = Self(14);
    pub const HI_VENC_RC_MODE_H265_VBR: Self = Self(12);
    pub const HI_VENC_RC_MODE_MJPEG_CBR: Self = Self(8);
    pub const HI_VENC_RC_MODE_MJPEG_FIXQP: Self = Self(10);
    pub const HI_VENC_RC_MODE_MJPEG_VBR: Self = Self(9);
    /// Every named value, in header order.
    pub const VALUES: &'static [(&'static str, Self)] = &[
        ("HI_VENC_RC_MODE_BUTT", Self::HI_VENC_RC_MODE_BUTT),
        ("HI_VENC_RC_MODE_H264_AVBR", Self::HI_VENC_RC_MODE_H264_AVBR),
        ("HI_VENC_RC_MODE_H264_CBR", Self::HI_VENC_RC_MODE_H264_CBR),
        ("HI_VENC_RC_MODE_H264_CVBR", Self::HI_VENC_RC_MODE_H264_CVBR),
        ("HI_VENC_RC_MODE_H264_FIXQP", Self::HI_VENC_RC_MODE_H264_FIXQP),
        ("HI_VENC_RC_MODE_H264_QPMAP", Self::HI_VENC_RC_MODE_H264_QPMAP),
        ("HI_VENC_RC_MODE_H264_QVBR", Self::HI_VENC_RC_MODE_H264_QVBR),
        ("HI_VENC_RC_MODE_H264_VBR", Self::HI_VENC_RC_MODE_H264_VBR),
        ("HI_VENC_RC_MODE_H265_AVBR", Self::HI_VENC_RC_MODE_H265_AVBR),
        ("HI_VENC_RC_MODE_H265_CBR", Self::HI_VENC_RC_MODE_H265_CBR),
        ("HI_VENC_RC_MODE_H265_CVBR", Self::HI_VENC_RC_MODE_H265_CVBR),
        ("HI_VENC_RC_MODE_H265_FIXQP", Self::HI_VENC_RC_MODE_H265_FIXQP),
        ("HI_VENC_RC_MODE_H265_QPMAP", Self::HI_VENC_RC_MODE_H265_QPMAP),
        ("HI_VENC_RC_MODE_H265_QVBR", Self::HI_VENC_RC_MODE_H265_QVBR),
        ("HI_VENC_RC_MODE_H265_VBR", Self::HI_VENC_RC_MODE_H265_VBR),
        ("HI_VENC_RC_MODE_MJPEG_CBR", Self::HI_VENC_RC_MODE_MJPEG_CBR),
        ("HI_VENC_RC_MODE_MJPEG_FIXQP", Self::HI_VENC_RC_MODE_MJPEG_FIXQP),
        ("HI_VENC_RC_MODE_MJPEG_VBR", Self::HI_VENC_RC_MODE_MJPEG_VBR),
    ];
    /// The vendor's name for this value (the first one, where names share a value), or `None`.
    pub fn name(self) -> Option<&'static str> {
        Self::VALUES.iter().find(|(_, v)| *v == self).map(|(n, _)| *n)
    }
    /// Whether the value has a name in the vendor header.
    pub fn is_named(self) -> bool {
        self.name().is_some()
    }
}

impl ::core::fmt::Debug for hi_venc_rc_mode {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self.name() {
            Some(name) => f.write_str(name),
            None => write!(f, "hi_venc_rc_mode({})", self.0),
        }
    }
}

/// Enum `hi_venc_rc_qpmap_mode` from `acl/dvpp/hi_dvpp_venc.h` (4 bytes).
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct hi_venc_rc_qpmap_mode(pub i32);

impl hi_venc_rc_qpmap_mode {
    pub const HI_VENC_RC_QPMAP_MODE_BUTT: Self = Self(3);
    pub const HI_VENC_RC_QPMAP_MODE_MAX_QP: Self = Self(2);
    pub const HI_VENC_RC_QPMAP_MODE_MEAN_QP: Self = Self(0);
    pub const HI_VENC_RC_QPMAP_MODE_MIN_QP: Self = Self(1);
    /// Every named value, in header order.
    pub const VALUES: &'static [(&'static str, Self)] = &[
        ("HI_VENC_RC_QPMAP_MODE_BUTT", Self::HI_VENC_RC_QPMAP_MODE_BUTT),
        ("HI_VENC_RC_QPMAP_MODE_MAX_QP", Self::HI_VENC_RC_QPMAP_MODE_MAX_QP),
        ("HI_VENC_RC_QPMAP_MODE_MEAN_QP", Self::HI_VENC_RC_QPMAP_MODE_MEAN_QP),
        ("HI_VENC_RC_QPMAP_MODE_MIN_QP", Self::HI_VENC_RC_QPMAP_MODE_MIN_QP),
    ];
    /// The vendor's name for this value (the first one, where names share a value), or `None`.
    pub fn name(self) -> Option<&'static str> {
        Self::VALUES.iter().find(|(_, v)| *v == self).map(|(n, _)| *n)
    }
    /// Whether the value has a name in the vendor header.
    pub fn is_named(self) -> bool {
        self.name().is_some()
    }
}

impl ::core::fmt::Debug for hi_venc_rc_qpmap_mode {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self.name() {
            Some(name) => f.write_str(name),
            None => write!(f, "hi_venc_rc_qpmap_mode({})", self.0),
        }
    }
}

/// Enum `hi_venc_ref_type` from `acl/dvpp/hi_dvpp_venc.h` (4 bytes).
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct hi_venc_ref_type(pub i32);

impl hi_venc_ref_type {
    pub const HI_VENC_BASE_IDR_SLICE: Self = Self(0);
    pub const HI_VENC_BASE_P_SLICE_REF_BY_BASE: Self = Self(2);
    pub const HI_VENC_BASE_P_SLICE_REF_BY_ENHANCE: Self = Self(3);
    pub const HI_VENC_BASE_P_SLICE_REF_TO_IDR: Self = Self(1);
    pub const HI_VENC_ENHANCE_P_SLICE_NOT_FOR_REF: Self = Self(5);
    pub const HI_VENC_ENHANCE_P_SLICE_REF_BY_ENHANCE: Self = Self(4);
    pub const HI_VENC_P_SLICE_BUTT: Self = Self(6);
    /// Every named value, in header order.
    pub const VALUES: &'static [(&'static str, Self)] = &[
        ("HI_VENC_BASE_IDR_SLICE", Self::HI_VENC_BASE_IDR_SLICE),
        ("HI_VENC_BASE_P_SLICE_REF_BY_BASE", Self::HI_VENC_BASE_P_SLICE_REF_BY_BASE),
        ("HI_VENC_BASE_P_SLICE_REF_BY_ENHANCE", Self::HI_VENC_BASE_P_SLICE_REF_BY_ENHANCE),
        ("HI_VENC_BASE_P_SLICE_REF_TO_IDR", Self::HI_VENC_BASE_P_SLICE_REF_TO_IDR),
        ("HI_VENC_ENHANCE_P_SLICE_NOT_FOR_REF", Self::HI_VENC_ENHANCE_P_SLICE_NOT_FOR_REF),
        ("HI_VENC_ENHANCE_P_SLICE_REF_BY_ENHANCE", Self::HI_VENC_ENHANCE_P_SLICE_REF_BY_ENHANCE),
        ("HI_VENC_P_SLICE_BUTT", Self::HI_VENC_P_SLICE_BUTT),
    ];
    /// The vendor's name for this value (the first one, where names share a value), or `None`.
    pub fn name(self) -> Option<&'static str> {
        Self::VALUES.iter().find(|(_, v)| *v == self).map(|(n, _)| *n)
    }
    /// Whether the value has a name in the vendor header.
    pub fn is_named(self) -> bool {
        self.name().is_some()
    }
}

impl ::core::fmt::Debug for hi_venc_ref_type {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self.name() {
            Some(name) => f.write_str(name),
            None => write!(f, "hi_venc_ref_type({})", self.0),
        }
    }
}

/// Enum `hi_venc_scene_mode` from `acl/dvpp/hi_dvpp_venc.h` (4 bytes).
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct hi_venc_scene_mode(pub i32);

impl hi_venc_scene_mode {
    pub const HI_VENC_SCENE_0: Self = Self(0);
    pub const HI_VENC_SCENE_1: Self = Self(1);
    pub const HI_VENC_SCENE_2: Self = Self(2);
    pub const HI_VENC_SCENE_BUTT: Self = Self(3);
    /// Every named value, in header order.
    pub const VALUES: &'static [(&'static str, Self)] = &[
        ("HI_VENC_SCENE_0", Self::HI_VENC_SCENE_0),
        ("HI_VENC_SCENE_1", Self::HI_VENC_SCENE_1),
        ("HI_VENC_SCENE_2", Self::HI_VENC_SCENE_2),
        ("HI_VENC_SCENE_BUTT", Self::HI_VENC_SCENE_BUTT),
    ];
    /// The vendor's name for this value (the first one, where names share a value), or `None`.
    pub fn name(self) -> Option<&'static str> {
        Self::VALUES.iter().find(|(_, v)| *v == self).map(|(n, _)| *n)
    }
    /// Whether the value has a name in the vendor header.
    pub fn is_named(self) -> bool {
        self.name().is_some()
    }
}

impl ::core::fmt::Debug for hi_venc_scene_mode {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self.name() {
            Some(name) => f.write_str(name),
            None => write!(f, "hi_venc_scene_mode({})", self.0),
        }
    }
}

/// Enum `hi_video_field` from `acl/dvpp/hi_media_common.h` (4 bytes).
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct hi_video_field(pub i32);

impl hi_video_field {
    pub const HI_VIDEO_FIELD_BOTTOM: Self = Self(2);
    pub const HI_VIDEO_FIELD_BUTT: Self = Self(5);
    pub const HI_VIDEO_FIELD_FRAME: Self = Self(4);
    pub const HI_VIDEO_FIELD_INTERLACED: Self = Self(3);
    pub const HI_VIDEO_FIELD_TOP: Self = Self(1);
    /// Every named value, in header order.
    pub const VALUES: &'static [(&'static str, Self)] = &[
        ("HI_VIDEO_FIELD_BOTTOM", Self::HI_VIDEO_FIELD_BOTTOM),
        ("HI_VIDEO_FIELD_BUTT", Self::HI_VIDEO_FIELD_BUTT),
        ("HI_VIDEO_FIELD_FRAME", Self::HI_VIDEO_FIELD_FRAME),
        ("HI_VIDEO_FIELD_INTERLACED", Self::HI_VIDEO_FIELD_INTERLACED),
        ("HI_VIDEO_FIELD_TOP", Self::HI_VIDEO_FIELD_TOP),
    ];
    /// The vendor's name for this value (the first one, where names share a value), or `None`.
    pub fn name(self) -> Option<&'static str> {
        Self::VALUES.iter().find(|(_, v)| *v == self).map(|(n, _)| *n)
    }
    /// Whether the value has a name in the vendor header.
    pub fn is_named(self) -> bool {
        self.name().is_some()
    }
}

impl ::core::fmt::Debug for hi_video_field {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self.name() {
            Some(name) => f.write_str(name),
            None => write!(f, "hi_video_field({})", self.0),
        }
    }
}

/// Enum `hi_video_format` from `acl/dvpp/hi_media_common.h` (4 bytes).
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct hi_video_format(pub i32);

impl hi_video_format {
    pub const HI_VIDEO_FORMAT_BUTT: Self = Self(2);
    pub const HI_VIDEO_FORMAT_LINEAR: Self = Self(0);
    pub const HI_VIDEO_FORMAT_TILE_64x16: Self = Self(1);
    /// Every named value, in header order.
    pub const VALUES: &'static [(&'static str, Self)] = &[
        ("HI_VIDEO_FORMAT_BUTT", Self::HI_VIDEO_FORMAT_BUTT),
        ("HI_VIDEO_FORMAT_LINEAR", Self::HI_VIDEO_FORMAT_LINEAR),
        ("HI_VIDEO_FORMAT_TILE_64x16", Self::HI_VIDEO_FORMAT_TILE_64x16),
    ];
    /// The vendor's name for this value (the first one, where names share a value), or `None`.
    pub fn name(self) -> Option<&'static str> {
        Self::VALUES.iter().find(|(_, v)| *v == self).map(|(n, _)| *n)
    }
    /// Whether the value has a name in the vendor header.
    pub fn is_named(self) -> bool {
        self.name().is_some()
    }
}

impl ::core::fmt::Debug for hi_video_format {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self.name() {
            Some(name) => f.write_str(name),
            None => write!(f, "hi_video_format({})", self.0),
        }
    }
}

// ---- structs and unions ----

/// `hi_venc_h264_avbr` from `acl/dvpp/hi_dvpp_venc.h`: 20 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_h264_avbr {
    pub gop: hi_u32,
    pub stats_time: hi_u32,
    pub src_frame_rate: hi_u32,
    pub dst_frame_rate: hi_u32,
    pub max_bit_rate: hi_u32,
}

impl Default for hi_venc_h264_avbr {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_h264_cbr` from `acl/dvpp/hi_dvpp_venc.h`: 20 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_h264_cbr {
    pub gop: hi_u32,
    pub stats_time: hi_u32,
    pub src_frame_rate: hi_u32,
    pub dst_frame_rate: hi_u32,
    pub bit_rate: hi_u32,
}

impl Default for hi_venc_h264_cbr {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_h264_cvbr` from `acl/dvpp/hi_dvpp_venc.h`: 36 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_h264_cvbr {
    pub gop: hi_u32,
    pub stats_time: hi_u32,
    pub src_frame_rate: hi_u32,
    pub dst_frame_rate: hi_u32,
    pub max_bit_rate: hi_u32,
    pub short_term_stats_time: hi_u32,
    pub long_term_stats_time: hi_u32,
    pub long_term_max_bit_rate: hi_u32,
    pub long_term_min_bit_rate: hi_u32,
}

impl Default for hi_venc_h264_cvbr {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_h264_fixqp` from `acl/dvpp/hi_dvpp_venc.h`: 24 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_h264_fixqp {
    pub gop: hi_u32,
    pub src_frame_rate: hi_u32,
    pub dst_frame_rate: hi_u32,
    pub i_qp: hi_u32,
    pub p_qp: hi_u32,
    pub b_qp: hi_u32,
}

impl Default for hi_venc_h264_fixqp {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_h264_qvbr` from `acl/dvpp/hi_dvpp_venc.h`: 20 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_h264_qvbr {
    pub gop: hi_u32,
    pub stats_time: hi_u32,
    pub src_frame_rate: hi_u32,
    pub dst_frame_rate: hi_u32,
    pub target_bit_rate: hi_u32,
}

impl Default for hi_venc_h264_qvbr {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_h264_vbr` from `acl/dvpp/hi_dvpp_venc.h`: 20 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_h264_vbr {
    pub gop: hi_u32,
    pub stats_time: hi_u32,
    pub src_frame_rate: hi_u32,
    pub dst_frame_rate: hi_u32,
    pub max_bit_rate: hi_u32,
}

impl Default for hi_venc_h264_vbr {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_h264_attr` from `acl/dvpp/hi_dvpp_venc.h`: 8 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_h264_attr {
    pub rcn_ref_share_buf_en: hi_bool,
    pub frame_buf_ratio: hi_u32,
}

impl Default for hi_venc_h264_attr {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_h265_attr` from `acl/dvpp/hi_dvpp_venc.h`: 8 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_h265_attr {
    pub rcn_ref_share_buf_en: hi_bool,
    pub frame_buf_ratio: hi_u32,
}

impl Default for hi_venc_h265_attr {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_video_size` from `acl/dvpp/hi_media_common.h`: 8 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_video_size {
    pub width: hi_u32,
    pub height: hi_u32,
}

impl Default for hi_video_size {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_mpf_cfg` from `acl/dvpp/hi_dvpp_venc.h`: 20 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_mpf_cfg {
    pub large_thumbnail_num: hi_u8,
    pub large_thumbnail_size: [hi_video_size; 2],
}

impl Default for hi_venc_mpf_cfg {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_jpeg_attr` from `acl/dvpp/hi_dvpp_venc.h`: 28 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_jpeg_attr {
    pub dcf_en: hi_bool,
    pub mpf_cfg: hi_venc_mpf_cfg,
    pub recv_mode: hi_venc_pic_recv_mode,
}

impl Default for hi_venc_jpeg_attr {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_prores_attr` from `acl/dvpp/hi_dvpp_venc.h`: 12 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_prores_attr {
    pub identifier: [hi_char; 4],
    pub frame_rate_code: hi_venc_prores_frame_rate,
    pub aspect_ratio: hi_venc_prores_aspect_ratio,
}

impl Default for hi_venc_prores_attr {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_attr` from `acl/dvpp/hi_dvpp_venc.h`: 60 bytes, aligned to 4.
///
/// Members of the vendor's anonymous unions are read and written through the accessor methods.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct hi_venc_attr {
    pub r#type: hi_payload_type,
    pub max_pic_width: hi_u32,
    pub max_pic_height: hi_u32,
    pub buf_size: hi_u32,
    pub profile: hi_u32,
    pub is_by_frame: hi_bool,
    pub pic_width: hi_u32,
    pub pic_height: hi_u32,
    pub(crate) union1: hi_venc_attr_union1,
}

/// Anonymous union `union#1` of `hi_venc_attr`.
#[repr(C)]
#[derive(Clone, Copy)]
pub union hi_venc_attr_union1 {
    pub(crate) h264_attr: hi_venc_h264_attr,
    pub(crate) h265_attr: hi_venc_h265_attr,
    pub(crate) jpeg_attr: hi_venc_jpeg_attr,
    pub(crate) prores_attr: hi_venc_prores_attr,
}

impl hi_venc_attr {
    /// The `h264_attr` member (offset 32, 8 bytes).
    pub fn h264_attr(&self) -> &hi_venc_h264_attr {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.h264_attr }
    }
    /// Mutable access to the `h264_attr` member.
    pub fn h264_attr_mut(&mut self) -> &mut hi_venc_h264_attr {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.h264_attr }
    }
    /// The `h265_attr` member (offset 32, 8 bytes).
    pub fn h265_attr(&self) -> &hi_venc_h265_attr {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.h265_attr }
    }
    /// Mutable access to the `h265_attr` member.
    pub fn h265_attr_mut(&mut self) -> &mut hi_venc_h265_attr {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.h265_attr }
    }
    /// The `jpeg_attr` member (offset 32, 28 bytes).
    pub fn jpeg_attr(&self) -> &hi_venc_jpeg_attr {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.jpeg_attr }
    }
    /// Mutable access to the `jpeg_attr` member.
    pub fn jpeg_attr_mut(&mut self) -> &mut hi_venc_jpeg_attr {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.jpeg_attr }
    }
    /// The `prores_attr` member (offset 32, 12 bytes).
    pub fn prores_attr(&self) -> &hi_venc_prores_attr {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.prores_attr }
    }
    /// Mutable access to the `prores_attr` member.
    pub fn prores_attr_mut(&mut self) -> &mut hi_venc_prores_attr {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.prores_attr }
    }
}

impl Default for hi_venc_attr {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

impl ::core::fmt::Debug for hi_venc_attr {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct("hi_venc_attr")
            .field("type", &self.r#type)
            .field("max_pic_width", &self.max_pic_width)
            .field("max_pic_height", &self.max_pic_height)
            .field("buf_size", &self.buf_size)
            .field("profile", &self.profile)
            .field("is_by_frame", &self.is_by_frame)
            .field("pic_width", &self.pic_width)
            .field("pic_height", &self.pic_height)
            .finish_non_exhaustive()
    }
}

/// `hi_venc_gop_adv_smart_p` from `acl/dvpp/hi_dvpp_venc.h`: 12 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_gop_adv_smart_p {
    pub bg_interval: hi_u32,
    pub bg_qp_delta: hi_s32,
    pub vi_qp_delta: hi_s32,
}

impl Default for hi_venc_gop_adv_smart_p {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_gop_bipred_b` from `acl/dvpp/hi_dvpp_venc.h`: 12 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_gop_bipred_b {
    pub b_frame_num: hi_u32,
    pub b_qp_delta: hi_s32,
    pub ip_qp_delta: hi_s32,
}

impl Default for hi_venc_gop_bipred_b {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_gop_dual_p` from `acl/dvpp/hi_dvpp_venc.h`: 12 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_gop_dual_p {
    pub sp_interval: hi_u32,
    pub sp_qp_delta: hi_s32,
    pub ip_qp_delta: hi_s32,
}

impl Default for hi_venc_gop_dual_p {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_gop_normal_p` from `acl/dvpp/hi_dvpp_venc.h`: 4 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_gop_normal_p {
    pub ip_qp_delta: hi_s32,
}

impl Default for hi_venc_gop_normal_p {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_gop_smart_p` from `acl/dvpp/hi_dvpp_venc.h`: 12 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_gop_smart_p {
    pub bg_interval: hi_u32,
    pub bg_qp_delta: hi_s32,
    pub vi_qp_delta: hi_s32,
}

impl Default for hi_venc_gop_smart_p {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_gop_attr` from `acl/dvpp/hi_dvpp_venc.h`: 16 bytes, aligned to 4.
///
/// Members of the vendor's anonymous unions are read and written through the accessor methods.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct hi_venc_gop_attr {
    pub gop_mode: hi_venc_gop_mode,
    pub(crate) union1: hi_venc_gop_attr_union1,
}

/// Anonymous union `union#1` of `hi_venc_gop_attr`.
#[repr(C)]
#[derive(Clone, Copy)]
pub union hi_venc_gop_attr_union1 {
    pub(crate) normal_p: hi_venc_gop_normal_p,
    pub(crate) dual_p: hi_venc_gop_dual_p,
    pub(crate) smart_p: hi_venc_gop_smart_p,
    pub(crate) adv_smart_p: hi_venc_gop_adv_smart_p,
    pub(crate) bipred_b: hi_venc_gop_bipred_b,
}

impl hi_venc_gop_attr {
    /// The `normal_p` member (offset 4, 4 bytes).
    pub fn normal_p(&self) -> &hi_venc_gop_normal_p {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.normal_p }
    }
    /// Mutable access to the `normal_p` member.
    pub fn normal_p_mut(&mut self) -> &mut hi_venc_gop_normal_p {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.normal_p }
    }
    /// The `dual_p` member (offset 4, 12 bytes).
    pub fn dual_p(&self) -> &hi_venc_gop_dual_p {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.dual_p }
    }
    /// Mutable access to the `dual_p` member.
    pub fn dual_p_mut(&mut self) -> &mut hi_venc_gop_dual_p {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.dual_p }
    }
    /// The `smart_p` member (offset 4, 12 bytes).
    pub fn smart_p(&self) -> &hi_venc_gop_smart_p {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.smart_p }
    }
    /// Mutable access to the `smart_p` member.
    pub fn smart_p_mut(&mut self) -> &mut hi_venc_gop_smart_p {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.smart_p }
    }
    /// The `adv_smart_p` member (offset 4, 12 bytes).
    pub fn adv_smart_p(&self) -> &hi_venc_gop_adv_smart_p {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.adv_smart_p }
    }
    /// Mutable access to the `adv_smart_p` member.
    pub fn adv_smart_p_mut(&mut self) -> &mut hi_venc_gop_adv_smart_p {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.adv_smart_p }
    }
    /// The `bipred_b` member (offset 4, 12 bytes).
    pub fn bipred_b(&self) -> &hi_venc_gop_bipred_b {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.bipred_b }
    }
    /// Mutable access to the `bipred_b` member.
    pub fn bipred_b_mut(&mut self) -> &mut hi_venc_gop_bipred_b {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.bipred_b }
    }
}

impl Default for hi_venc_gop_attr {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

impl ::core::fmt::Debug for hi_venc_gop_attr {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct("hi_venc_gop_attr").field("gop_mode", &self.gop_mode).finish_non_exhaustive()
    }
}

/// `hi_venc_h264_qpmap` from `acl/dvpp/hi_dvpp_venc.h`: 16 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_h264_qpmap {
    pub gop: hi_u32,
    pub stats_time: hi_u32,
    pub src_frame_rate: hi_u32,
    pub dst_frame_rate: hi_u32,
}

impl Default for hi_venc_h264_qpmap {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_h265_qpmap` from `acl/dvpp/hi_dvpp_venc.h`: 20 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_h265_qpmap {
    pub gop: hi_u32,
    pub stats_time: hi_u32,
    pub src_frame_rate: hi_u32,
    pub dst_frame_rate: hi_u32,
    pub qpmap_mode: hi_venc_rc_qpmap_mode,
}

impl Default for hi_venc_h265_qpmap {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_mjpeg_cbr` from `acl/dvpp/hi_dvpp_venc.h`: 16 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_mjpeg_cbr {
    pub stats_time: hi_u32,
    pub src_frame_rate: hi_u32,
    pub dst_frame_rate: hi_u32,
    pub bit_rate: hi_u32,
}

impl Default for hi_venc_mjpeg_cbr {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_mjpeg_fixqp` from `acl/dvpp/hi_dvpp_venc.h`: 12 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_mjpeg_fixqp {
    pub src_frame_rate: hi_u32,
    pub dst_frame_rate: hi_u32,
    pub qfactor: hi_u32,
}

impl Default for hi_venc_mjpeg_fixqp {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_mjpeg_vbr` from `acl/dvpp/hi_dvpp_venc.h`: 16 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_mjpeg_vbr {
    pub stats_time: hi_u32,
    pub src_frame_rate: hi_u32,
    pub dst_frame_rate: hi_u32,
    pub max_bit_rate: hi_u32,
}

impl Default for hi_venc_mjpeg_vbr {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_rc_attr` from `acl/dvpp/hi_dvpp_venc.h`: 40 bytes, aligned to 4.
///
/// Members of the vendor's anonymous unions are read and written through the accessor methods.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct hi_venc_rc_attr {
    pub rc_mode: hi_venc_rc_mode,
    pub(crate) union1: hi_venc_rc_attr_union1,
}

/// Anonymous union `union#1` of `hi_venc_rc_attr`.
#[repr(C)]
#[derive(Clone, Copy)]
pub union hi_venc_rc_attr_union1 {
    pub(crate) h264_cbr: hi_venc_h264_cbr,
    pub(crate) h264_vbr: hi_venc_h264_vbr,
    pub(crate) h264_avbr: hi_venc_h264_avbr,
    pub(crate) h264_qvbr: hi_venc_h264_qvbr,
    pub(crate) h264_cvbr: hi_venc_h264_cvbr,
    pub(crate) h264_fixqp: hi_venc_h264_fixqp,
    pub(crate) h264_qpmap: hi_venc_h264_qpmap,
    pub(crate) mjpeg_cbr: hi_venc_mjpeg_cbr,
    pub(crate) mjpeg_vbr: hi_venc_mjpeg_vbr,
    pub(crate) mjpeg_fixqp: hi_venc_mjpeg_fixqp,
    pub(crate) h265_cbr: hi_venc_h265_cbr,
    pub(crate) h265_vbr: hi_venc_h265_vbr,
    pub(crate) h265_avbr: hi_venc_h265_avbr,
    pub(crate) h265_qvbr: hi_venc_h265_qvbr,
    pub(crate) h265_cvbr: hi_venc_h265_cvbr,
    pub(crate) h265_fixqp: hi_venc_h265_fixqp,
    pub(crate) h265_qpmap: hi_venc_h265_qpmap,
}

impl hi_venc_rc_attr {
    /// The `h264_cbr` member (offset 4, 20 bytes).
    pub fn h264_cbr(&self) -> &hi_venc_h264_cbr {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.h264_cbr }
    }
    /// Mutable access to the `h264_cbr` member.
    pub fn h264_cbr_mut(&mut self) -> &mut hi_venc_h264_cbr {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.h264_cbr }
    }
    /// The `h264_vbr` member (offset 4, 20 bytes).
    pub fn h264_vbr(&self) -> &hi_venc_h264_vbr {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.h264_vbr }
    }
    /// Mutable access to the `h264_vbr` member.
    pub fn h264_vbr_mut(&mut self) -> &mut hi_venc_h264_vbr {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.h264_vbr }
    }
    /// The `h264_avbr` member (offset 4, 20 bytes).
    pub fn h264_avbr(&self) -> &hi_venc_h264_avbr {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.h264_avbr }
    }
    /// Mutable access to the `h264_avbr` member.
    pub fn h264_avbr_mut(&mut self) -> &mut hi_venc_h264_avbr {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.h264_avbr }
    }
    /// The `h264_qvbr` member (offset 4, 20 bytes).
    pub fn h264_qvbr(&self) -> &hi_venc_h264_qvbr {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.h264_qvbr }
    }
    /// Mutable access to the `h264_qvbr` member.
    pub fn h264_qvbr_mut(&mut self) -> &mut hi_venc_h264_qvbr {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.h264_qvbr }
    }
    /// The `h264_cvbr` member (offset 4, 36 bytes).
    pub fn h264_cvbr(&self) -> &hi_venc_h264_cvbr {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.h264_cvbr }
    }
    /// Mutable access to the `h264_cvbr` member.
    pub fn h264_cvbr_mut(&mut self) -> &mut hi_venc_h264_cvbr {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.h264_cvbr }
    }
    /// The `h264_fixqp` member (offset 4, 24 bytes).
    pub fn h264_fixqp(&self) -> &hi_venc_h264_fixqp {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.h264_fixqp }
    }
    /// Mutable access to the `h264_fixqp` member.
    pub fn h264_fixqp_mut(&mut self) -> &mut hi_venc_h264_fixqp {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.h264_fixqp }
    }
    /// The `h264_qpmap` member (offset 4, 16 bytes).
    pub fn h264_qpmap(&self) -> &hi_venc_h264_qpmap {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.h264_qpmap }
    }
    /// Mutable access to the `h264_qpmap` member.
    pub fn h264_qpmap_mut(&mut self) -> &mut hi_venc_h264_qpmap {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.h264_qpmap }
    }
    /// The `mjpeg_cbr` member (offset 4, 16 bytes).
    pub fn mjpeg_cbr(&self) -> &hi_venc_mjpeg_cbr {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.mjpeg_cbr }
    }
    /// Mutable access to the `mjpeg_cbr` member.
    pub fn mjpeg_cbr_mut(&mut self) -> &mut hi_venc_mjpeg_cbr {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.mjpeg_cbr }
    }
    /// The `mjpeg_vbr` member (offset 4, 16 bytes).
    pub fn mjpeg_vbr(&self) -> &hi_venc_mjpeg_vbr {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.mjpeg_vbr }
    }
    /// Mutable access to the `mjpeg_vbr` member.
    pub fn mjpeg_vbr_mut(&mut self) -> &mut hi_venc_mjpeg_vbr {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.mjpeg_vbr }
    }
    /// The `mjpeg_fixqp` member (offset 4, 12 bytes).
    pub fn mjpeg_fixqp(&self) -> &hi_venc_mjpeg_fixqp {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.mjpeg_fixqp }
    }
    /// Mutable access to the `mjpeg_fixqp` member.
    pub fn mjpeg_fixqp_mut(&mut self) -> &mut hi_venc_mjpeg_fixqp {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.mjpeg_fixqp }
    }
    /// The `h265_cbr` member (offset 4, 20 bytes).
    pub fn h265_cbr(&self) -> &hi_venc_h265_cbr {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.h265_cbr }
    }
    /// Mutable access to the `h265_cbr` member.
    pub fn h265_cbr_mut(&mut self) -> &mut hi_venc_h265_cbr {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.h265_cbr }
    }
    /// The `h265_vbr` member (offset 4, 20 bytes).
    pub fn h265_vbr(&self) -> &hi_venc_h265_vbr {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.h265_vbr }
    }
    /// Mutable access to the `h265_vbr` member.
    pub fn h265_vbr_mut(&mut self) -> &mut hi_venc_h265_vbr {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.h265_vbr }
    }
    /// The `h265_avbr` member (offset 4, 20 bytes).
    pub fn h265_avbr(&self) -> &hi_venc_h265_avbr {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.h265_avbr }
    }
    /// Mutable access to the `h265_avbr` member.
    pub fn h265_avbr_mut(&mut self) -> &mut hi_venc_h265_avbr {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.h265_avbr }
    }
    /// The `h265_qvbr` member (offset 4, 20 bytes).
    pub fn h265_qvbr(&self) -> &hi_venc_h265_qvbr {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.h265_qvbr }
    }
    /// Mutable access to the `h265_qvbr` member.
    pub fn h265_qvbr_mut(&mut self) -> &mut hi_venc_h265_qvbr {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.h265_qvbr }
    }
    /// The `h265_cvbr` member (offset 4, 36 bytes).
    pub fn h265_cvbr(&self) -> &hi_venc_h265_cvbr {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.h265_cvbr }
    }
    /// Mutable access to the `h265_cvbr` member.
    pub fn h265_cvbr_mut(&mut self) -> &mut hi_venc_h265_cvbr {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.h265_cvbr }
    }
    /// The `h265_fixqp` member (offset 4, 24 bytes).
    pub fn h265_fixqp(&self) -> &hi_venc_h265_fixqp {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.h265_fixqp }
    }
    /// Mutable access to the `h265_fixqp` member.
    pub fn h265_fixqp_mut(&mut self) -> &mut hi_venc_h265_fixqp {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.h265_fixqp }
    }
    /// The `h265_qpmap` member (offset 4, 20 bytes).
    pub fn h265_qpmap(&self) -> &hi_venc_h265_qpmap {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.h265_qpmap }
    }
    /// Mutable access to the `h265_qpmap` member.
    pub fn h265_qpmap_mut(&mut self) -> &mut hi_venc_h265_qpmap {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.h265_qpmap }
    }
}

impl Default for hi_venc_rc_attr {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

impl ::core::fmt::Debug for hi_venc_rc_attr {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct("hi_venc_rc_attr").field("rc_mode", &self.rc_mode).finish_non_exhaustive()
    }
}

/// `hi_venc_chn_attr` from `acl/dvpp/hi_dvpp_venc.h`: 116 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_chn_attr {
    pub venc_attr: hi_venc_attr,
    pub rc_attr: hi_venc_rc_attr,
    pub gop_attr: hi_venc_gop_attr,
}

impl Default for hi_venc_chn_attr {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_start_param` from `acl/dvpp/hi_dvpp_venc.h`: 4 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_start_param {
    pub recv_pic_num: hi_s32,
}

impl Default for hi_venc_start_param {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_video_supplement` from `acl/dvpp/hi_media_common.h`: 112 bytes, aligned to 8.
///
/// Members of the vendor's anonymous unions are read and written through the accessor methods.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct hi_video_supplement {
    pub misc_info_phys_addr: hi_u64,
    pub jpeg_dcf_phys_addr: hi_u64,
    pub isp_info_phys_addr: hi_u64,
    pub low_delay_phys_addr: hi_u64,
    pub bnr_rnt_phys_addr: hi_u64,
    pub motion_data_phys_addr: hi_u64,
    pub(crate) union1: hi_video_supplement_union1,
    pub misc_info_virt_addr: *mut ::core::ffi::c_void,
    pub jpeg_dcf_virt_addr: *mut ::core::ffi::c_void,
    pub isp_info_virt_addr: *mut ::core::ffi::c_void,
    pub low_delay_virt_addr: *mut ::core::ffi::c_void,
    pub bnr_mot_virt_addr: *mut ::core::ffi::c_void,
    pub motion_data_virt_addr: *mut ::core::ffi::c_void,
    pub frame_dng_virt_addr: *mut ::core::ffi::c_void,
}

/// Anonymous union `union#1` of `hi_video_supplement`.
#[repr(C)]
#[derive(Clone, Copy)]
pub union hi_video_supplement_union1 {
    pub(crate) frame_dng_phys_addr: hi_u64,
    pub(crate) offset: hi_u64,
}

impl hi_video_supplement {
    /// The `frame_dng_phys_addr` member (offset 48, 8 bytes).
    pub fn frame_dng_phys_addr(&self) -> &hi_u64 {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.frame_dng_phys_addr }
    }
    /// Mutable access to the `frame_dng_phys_addr` member.
    pub fn frame_dng_phys_addr_mut(&mut self) -> &mut hi_u64 {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.frame_dng_phys_addr }
    }
    /// The `offset` member (offset 48, 8 bytes).
    pub fn offset(&self) -> &hi_u64 {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.offset }
    }
    /// Mutable access to the `offset` member.
    pub fn offset_mut(&mut self) -> &mut hi_u64 {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.offset }
    }
}

impl Default for hi_video_supplement {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

impl ::core::fmt::Debug for hi_video_supplement {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct("hi_video_supplement")
            .field("misc_info_phys_addr", &self.misc_info_phys_addr)
            .field("jpeg_dcf_phys_addr", &self.jpeg_dcf_phys_addr)
            .field("isp_info_phys_addr", &self.isp_info_phys_addr)
            .field("low_delay_phys_addr", &self.low_delay_phys_addr)
            .field("bnr_rnt_phys_addr", &self.bnr_rnt_phys_addr)
            .field("motion_data_phys_addr", &self.motion_data_phys_addr)
            .field("misc_info_virt_addr", &self.misc_info_virt_addr)
            .field("jpeg_dcf_virt_addr", &self.jpeg_dcf_virt_addr)
            .field("isp_info_virt_addr", &self.isp_info_virt_addr)
            .field("low_delay_virt_addr", &self.low_delay_virt_addr)
            .field("bnr_mot_virt_addr", &self.bnr_mot_virt_addr)
            .field("motion_data_virt_addr", &self.motion_data_virt_addr)
            .field("frame_dng_virt_addr", &self.frame_dng_virt_addr)
            .finish_non_exhaustive()
    }
}

/// `hi_video_frame` from `acl/dvpp/hi_media_common.h`: 320 bytes, aligned to 8.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_video_frame {
    pub width: hi_u32,
    pub height: hi_u32,
    pub field: hi_video_field,
    pub pixel_format: hi_pixel_format,
    pub video_format: hi_video_format,
    pub compress_mode: hi_compress_mode,
    pub dynamic_range: hi_dynamic_range,
    pub color_gamut: hi_color_gamut,
    pub header_stride: [hi_u32; 3],
    pub width_stride: [hi_u32; 3],
    pub height_stride: [hi_u32; 3],
    pub header_phys_addr: [hi_u64; 3],
    pub phys_addr: [hi_u64; 3],
    pub header_virt_addr: [*mut ::core::ffi::c_void; 3],
    pub virt_addr: [*mut ::core::ffi::c_void; 3],
    pub time_ref: hi_u32,
    pub pts: hi_u64,
    pub user_data: [hi_u64; 2],
    pub frame_flag: hi_u32,
    pub supplement: hi_video_supplement,
}

impl Default for hi_video_frame {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_video_frame_info` from `acl/dvpp/hi_media_common.h`: 328 bytes, aligned to 8.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_video_frame_info {
    pub v_frame: hi_video_frame,
    pub pool_id: hi_u32,
    pub mod_id: hi_mod_id,
}

impl Default for hi_video_frame_info {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_sse_info` from `acl/dvpp/hi_dvpp_venc.h`: 16 bytes, aligned to 8.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_sse_info {
    pub enable: hi_bool,
    pub sse_val: hi_u64,
}

impl Default for hi_venc_sse_info {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_h264_adv_stream_info` from `acl/dvpp/hi_dvpp_venc.h`: 384 bytes, aligned to 8.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_h264_adv_stream_info {
    pub residual_bits: hi_u32,
    pub head_bits: hi_u32,
    pub madi_val: hi_u32,
    pub madp_val: hi_u32,
    pub psnr_val: hi_double,
    pub sse_lcu_cnt: hi_u32,
    pub sse_sum: hi_u64,
    pub sse_info: [hi_venc_sse_info; 8],
    pub qp_hist: [hi_u32; 52],
    pub move_scene16x16_num: hi_u32,
    pub move_scene_bits: hi_u32,
}

impl Default for hi_venc_h264_adv_stream_info {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_h264_stream_info` from `acl/dvpp/hi_dvpp_venc.h`: 44 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_h264_stream_info {
    pub pic_bytes: hi_u32,
    pub inter16x16_mb_num: hi_u32,
    pub inter8x8_mb_num: hi_u32,
    pub intra16_mb_num: hi_u32,
    pub intra8_mb_num: hi_u32,
    pub intra4_mb_num: hi_u32,
    pub ref_type: hi_venc_ref_type,
    pub update_attr_cnt: hi_u32,
    pub start_qp: hi_u32,
    pub mean_qp: hi_u32,
    pub is_p_skip: hi_bool,
}

impl Default for hi_venc_h264_stream_info {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_h265_adv_stream_info` from `acl/dvpp/hi_dvpp_venc.h`: 384 bytes, aligned to 8.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_h265_adv_stream_info {
    pub residual_bits: hi_u32,
    pub head_bits: hi_u32,
    pub madi_val: hi_u32,
    pub madp_val: hi_u32,
    pub psnr_val: hi_double,
    pub sse_lcu_cnt: hi_u32,
    pub sse_sum: hi_u64,
    pub sse_info: [hi_venc_sse_info; 8],
    pub qp_hist: [hi_u32; 52],
    pub move_scene32x32_num: hi_u32,
    pub move_scene_bits: hi_u32,
}

impl Default for hi_venc_h265_adv_stream_info {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_h265_stream_info` from `acl/dvpp/hi_dvpp_venc.h`: 56 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_h265_stream_info {
    pub pic_bytes: hi_u32,
    pub inter64x64_cu_num: hi_u32,
    pub inter32x32_cu_num: hi_u32,
    pub inter16x16_cu_num: hi_u32,
    pub inter8x8_cu_num: hi_u32,
    pub intra32x32_cu_num: hi_u32,
    pub intra16x16_cu_num: hi_u32,
    pub intra8x8_cu_num: hi_u32,
    pub intra4x4_cu_num: hi_u32,
    pub ref_type: hi_venc_ref_type,
    pub update_attr_cnt: hi_u32,
    pub start_qp: hi_u32,
    pub mean_qp: hi_u32,
    pub is_p_skip: hi_bool,
}

impl Default for hi_venc_h265_stream_info {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_jpeg_stream_info` from `acl/dvpp/hi_dvpp_venc.h`: 12 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_jpeg_stream_info {
    pub pic_bytes: hi_u32,
    pub update_attr_cnt: hi_u32,
    pub qfactor: hi_u32,
}

impl Default for hi_venc_jpeg_stream_info {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_data_type` from `acl/dvpp/hi_dvpp_venc.h`: 4 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy)]
pub union hi_venc_data_type {
    pub(crate) h264_type: hi_venc_h264_nalu_type,
    pub(crate) jpeg_type: hi_venc_jpege_pack_type,
    pub(crate) h265_type: hi_venc_h265_nalu_type,
    pub(crate) prores_type: hi_venc_prores_pack_type,
}

impl hi_venc_data_type {
    /// The `h264_type` member (offset 0, 4 bytes).
    pub fn h264_type(&self) -> &hi_venc_h264_nalu_type {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.h264_type }
    }
    /// Mutable access to the `h264_type` member.
    pub fn h264_type_mut(&mut self) -> &mut hi_venc_h264_nalu_type {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.h264_type }
    }
    /// The `jpeg_type` member (offset 0, 4 bytes).
    pub fn jpeg_type(&self) -> &hi_venc_jpege_pack_type {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.jpeg_type }
    }
    /// Mutable access to the `jpeg_type` member.
    pub fn jpeg_type_mut(&mut self) -> &mut hi_venc_jpege_pack_type {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.jpeg_type }
    }
    /// The `h265_type` member (offset 0, 4 bytes).
    pub fn h265_type(&self) -> &hi_venc_h265_nalu_type {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.h265_type }
    }
    /// Mutable access to the `h265_type` member.
    pub fn h265_type_mut(&mut self) -> &mut hi_venc_h265_nalu_type {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.h265_type }
    }
    /// The `prores_type` member (offset 0, 4 bytes).
    pub fn prores_type(&self) -> &hi_venc_prores_pack_type {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.prores_type }
    }
    /// Mutable access to the `prores_type` member.
    pub fn prores_type_mut(&mut self) -> &mut hi_venc_prores_pack_type {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.prores_type }
    }
}

impl Default for hi_venc_data_type {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

impl ::core::fmt::Debug for hi_venc_data_type {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct("hi_venc_data_type").finish_non_exhaustive()
    }
}

/// `hi_venc_pack_info` from `acl/dvpp/hi_dvpp_venc.h`: 12 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_pack_info {
    pub pack_type: hi_venc_data_type,
    pub pack_offset: hi_u32,
    pub pack_len: hi_u32,
}

impl Default for hi_venc_pack_info {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_pack` from `acl/dvpp/hi_dvpp_venc.h`: 144 bytes, aligned to 8.
///
/// Members of the vendor's anonymous unions are read and written through the accessor methods.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct hi_venc_pack {
    pub(crate) union1: hi_venc_pack_union1,
    pub addr: *mut hi_u8,
    pub len: hi_u32,
    pub pts: hi_u64,
    pub is_frame_end: hi_bool,
    pub data_type: hi_venc_data_type,
    pub offset: hi_u32,
    pub data_num: hi_u32,
    pub pack_info: [hi_venc_pack_info; 8],
}

/// Anonymous union `union#1` of `hi_venc_pack`.
#[repr(C)]
#[derive(Clone, Copy)]
pub union hi_venc_pack_union1 {
    pub(crate) phys_addr: hi_u64,
    pub(crate) input_addr: hi_u64,
}

impl hi_venc_pack {
    /// The `phys_addr` member (offset 0, 8 bytes).
    pub fn phys_addr(&self) -> &hi_u64 {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.phys_addr }
    }
    /// Mutable access to the `phys_addr` member.
    pub fn phys_addr_mut(&mut self) -> &mut hi_u64 {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.phys_addr }
    }
    /// The `input_addr` member (offset 0, 8 bytes).
    pub fn input_addr(&self) -> &hi_u64 {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.input_addr }
    }
    /// Mutable access to the `input_addr` member.
    pub fn input_addr_mut(&mut self) -> &mut hi_u64 {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.input_addr }
    }
}

impl Default for hi_venc_pack {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

impl ::core::fmt::Debug for hi_venc_pack {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct("hi_venc_pack")
            .field("addr", &self.addr)
            .field("len", &self.len)
            .field("pts", &self.pts)
            .field("is_frame_end", &self.is_frame_end)
            .field("data_type", &self.data_type)
            .field("offset", &self.offset)
            .field("data_num", &self.data_num)
            .field("pack_info", &self.pack_info)
            .finish_non_exhaustive()
    }
}

/// `hi_venc_prores_stream_info` from `acl/dvpp/hi_dvpp_venc.h`: 8 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_prores_stream_info {
    pub pic_bytes: hi_u32,
    pub update_attr_cnt: hi_u32,
}

impl Default for hi_venc_prores_stream_info {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_stream` from `acl/dvpp/hi_dvpp_venc.h`: 456 bytes, aligned to 8.
///
/// Members of the vendor's anonymous unions are read and written through the accessor methods.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct hi_venc_stream {
    pub pack: *mut hi_venc_pack,
    pub pack_cnt: hi_u32,
    pub seq: hi_u32,
    pub(crate) union1: hi_venc_stream_union1,
    pub(crate) union2: hi_venc_stream_union2,
}

/// Anonymous union `union#1` of `hi_venc_stream`.
#[repr(C)]
#[derive(Clone, Copy)]
pub union hi_venc_stream_union1 {
    pub(crate) h264_info: hi_venc_h264_stream_info,
    pub(crate) jpeg_info: hi_venc_jpeg_stream_info,
    pub(crate) h265_info: hi_venc_h265_stream_info,
    pub(crate) prores_info: hi_venc_prores_stream_info,
}

/// Anonymous union `union#2` of `hi_venc_stream`.
#[repr(C)]
#[derive(Clone, Copy)]
pub union hi_venc_stream_union2 {
    pub(crate) h264_adv_info: hi_venc_h264_adv_stream_info,
    pub(crate) h265_adv_info: hi_venc_h265_adv_stream_info,
}

impl hi_venc_stream {
    /// The `h264_info` member (offset 16, 44 bytes).
    pub fn h264_info(&self) -> &hi_venc_h264_stream_info {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.h264_info }
    }
    /// Mutable access to the `h264_info` member.
    pub fn h264_info_mut(&mut self) -> &mut hi_venc_h264_stream_info {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.h264_info }
    }
    /// The `jpeg_info` member (offset 16, 12 bytes).
    pub fn jpeg_info(&self) -> &hi_venc_jpeg_stream_info {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.jpeg_info }
    }
    /// Mutable access to the `jpeg_info` member.
    pub fn jpeg_info_mut(&mut self) -> &mut hi_venc_jpeg_stream_info {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.jpeg_info }
    }
    /// The `h265_info` member (offset 16, 56 bytes).
    pub fn h265_info(&self) -> &hi_venc_h265_stream_info {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.h265_info }
    }
    /// Mutable access to the `h265_info` member.
    pub fn h265_info_mut(&mut self) -> &mut hi_venc_h265_stream_info {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.h265_info }
    }
    /// The `prores_info` member (offset 16, 8 bytes).
    pub fn prores_info(&self) -> &hi_venc_prores_stream_info {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.prores_info }
    }
    /// Mutable access to the `prores_info` member.
    pub fn prores_info_mut(&mut self) -> &mut hi_venc_prores_stream_info {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.prores_info }
    }
    /// The `h264_adv_info` member (offset 72, 384 bytes).
    pub fn h264_adv_info(&self) -> &hi_venc_h264_adv_stream_info {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union2.h264_adv_info }
    }
    /// Mutable access to the `h264_adv_info` member.
    pub fn h264_adv_info_mut(&mut self) -> &mut hi_venc_h264_adv_stream_info {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union2.h264_adv_info }
    }
    /// The `h265_adv_info` member (offset 72, 384 bytes).
    pub fn h265_adv_info(&self) -> &hi_venc_h265_adv_stream_info {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union2.h265_adv_info }
    }
    /// Mutable access to the `h265_adv_info` member.
    pub fn h265_adv_info_mut(&mut self) -> &mut hi_venc_h265_adv_stream_info {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union2.h265_adv_info }
    }
}

impl Default for hi_venc_stream {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

impl ::core::fmt::Debug for hi_venc_stream {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct("hi_venc_stream")
            .field("pack", &self.pack)
            .field("pack_cnt", &self.pack_cnt)
            .field("seq", &self.seq)
            .finish_non_exhaustive()
    }
}

/// `hi_venc_stream_info` from `acl/dvpp/hi_dvpp_venc.h`: 64 bytes, aligned to 8.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_stream_info {
    pub ref_type: hi_venc_ref_type,
    pub pic_bytes: hi_u32,
    pub pic_cnt: hi_u32,
    pub start_qp: hi_u32,
    pub mean_qp: hi_u32,
    pub is_p_skip: hi_bool,
    pub residual_bits: hi_u32,
    pub head_bits: hi_u32,
    pub madi_val: hi_u32,
    pub madp_val: hi_u32,
    pub sse_sum: hi_u64,
    pub sse_lcu_cnt: hi_u32,
    pub psnr_val: hi_double,
}

impl Default for hi_venc_stream_info {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_chn_status` from `acl/dvpp/hi_dvpp_venc.h`: 104 bytes, aligned to 8.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_chn_status {
    pub left_pics: hi_u32,
    pub left_stream_bytes: hi_u32,
    pub left_stream_frames: hi_u32,
    pub cur_packs: hi_u32,
    pub left_recv_pics: hi_u32,
    pub left_enc_pics: hi_u32,
    pub is_jpeg_snap_end: hi_bool,
    pub release_pic_pts: hi_u64,
    pub stream_info: hi_venc_stream_info,
}

impl Default for hi_venc_chn_status {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_jpeg_param` from `acl/dvpp/hi_dvpp_venc.h`: 204 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_jpeg_param {
    pub qfactor: hi_u32,
    pub y_qt: [hi_u8; 64],
    pub cb_qt: [hi_u8; 64],
    pub cr_qt: [hi_u8; 64],
    pub mcu_per_ecs: hi_u32,
    pub ecs_output_en: hi_bool,
}

impl Default for hi_venc_jpeg_param {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_h264_avbr_param` from `acl/dvpp/hi_dvpp_venc.h`: 60 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_h264_avbr_param {
    pub chg_pos: hi_s32,
    pub max_i_proportion: hi_u32,
    pub min_i_proportion: hi_u32,
    pub max_reencode_times: hi_s32,
    pub qpmap_en: hi_bool,
    pub min_still_percent: hi_s32,
    pub max_still_qp: hi_u32,
    pub min_still_psnr: hi_u32,
    pub max_qp: hi_u32,
    pub min_qp: hi_u32,
    pub max_i_qp: hi_u32,
    pub min_i_qp: hi_u32,
    pub min_qp_delta: hi_u32,
    pub motion_sensitivity: hi_u32,
    pub save_bitrate_en: hi_bool,
}

impl Default for hi_venc_h264_avbr_param {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_h264_cbr_param` from `acl/dvpp/hi_dvpp_venc.h`: 32 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_h264_cbr_param {
    pub max_i_proportion: hi_u32,
    pub min_i_proportion: hi_u32,
    pub max_qp: hi_u32,
    pub min_qp: hi_u32,
    pub max_i_qp: hi_u32,
    pub min_i_qp: hi_u32,
    pub max_reencode_times: hi_s32,
    pub qpmap_en: hi_bool,
}

impl Default for hi_venc_h264_cbr_param {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_h264_cvbr_param` from `acl/dvpp/hi_dvpp_venc.h`: 52 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_h264_cvbr_param {
    pub max_i_proportion: hi_u32,
    pub min_i_proportion: hi_u32,
    pub max_reencode_times: hi_s32,
    pub qpmap_en: hi_bool,
    pub max_qp: hi_u32,
    pub min_qp: hi_u32,
    pub max_i_qp: hi_u32,
    pub min_i_qp: hi_u32,
    pub min_qp_delta: hi_u32,
    pub max_qp_delta: hi_u32,
    pub extra_bit_percent: hi_u32,
    pub long_term_stats_time_unit: hi_u32,
    pub save_bitrate_en: hi_bool,
}

impl Default for hi_venc_h264_cvbr_param {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_h264_qvbr_param` from `acl/dvpp/hi_dvpp_venc.h`: 48 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_h264_qvbr_param {
    pub max_i_proportion: hi_u32,
    pub min_i_proportion: hi_u32,
    pub max_reencode_times: hi_s32,
    pub qpmap_en: hi_bool,
    pub max_qp: hi_u32,
    pub min_qp: hi_u32,
    pub max_i_qp: hi_u32,
    pub min_i_qp: hi_u32,
    pub max_bit_percent: hi_s32,
    pub min_bit_percent: hi_s32,
    pub max_psnr_fluctuate: hi_s32,
    pub min_psnr_fluctuate: hi_s32,
}

impl Default for hi_venc_h264_qvbr_param {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_h264_vbr_param` from `acl/dvpp/hi_dvpp_venc.h`: 36 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_h264_vbr_param {
    pub chg_pos: hi_s32,
    pub max_i_proportion: hi_u32,
    pub min_i_proportion: hi_u32,
    pub max_reencode_times: hi_s32,
    pub qpmap_en: hi_bool,
    pub max_qp: hi_u32,
    pub min_qp: hi_u32,
    pub max_i_qp: hi_u32,
    pub min_i_qp: hi_u32,
}

impl Default for hi_venc_h264_vbr_param {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_h265_avbr_param` from `acl/dvpp/hi_dvpp_venc.h`: 60 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_h265_avbr_param {
    pub chg_pos: hi_s32,
    pub max_i_proportion: hi_u32,
    pub min_i_proportion: hi_u32,
    pub max_reencode_times: hi_s32,
    pub min_still_percent: hi_s32,
    pub max_still_qp: hi_u32,
    pub min_still_psnr: hi_u32,
    pub max_qp: hi_u32,
    pub min_qp: hi_u32,
    pub max_i_qp: hi_u32,
    pub min_i_qp: hi_u32,
    pub min_qp_delta: hi_u32,
    pub motion_sensitivity: hi_u32,
    pub qpmap_en: hi_bool,
    pub qpmap_mode: hi_venc_rc_qpmap_mode,
}

impl Default for hi_venc_h265_avbr_param {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_h265_cbr_param` from `acl/dvpp/hi_dvpp_venc.h`: 36 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_h265_cbr_param {
    pub max_i_proportion: hi_u32,
    pub min_i_proportion: hi_u32,
    pub max_qp: hi_u32,
    pub min_qp: hi_u32,
    pub max_i_qp: hi_u32,
    pub min_i_qp: hi_u32,
    pub max_reencode_times: hi_s32,
    pub qpmap_en: hi_bool,
    pub qpmap_mode: hi_venc_rc_qpmap_mode,
}

impl Default for hi_venc_h265_cbr_param {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_h265_cvbr_param` from `acl/dvpp/hi_dvpp_venc.h`: 52 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_h265_cvbr_param {
    pub max_i_proportion: hi_u32,
    pub min_i_proportion: hi_u32,
    pub max_reencode_times: hi_s32,
    pub qpmap_en: hi_bool,
    pub qpmap_mode: hi_venc_rc_qpmap_mode,
    pub max_qp: hi_u32,
    pub min_qp: hi_u32,
    pub max_i_qp: hi_u32,
    pub min_i_qp: hi_u32,
    pub min_qp_delta: hi_u32,
    pub max_qp_delta: hi_u32,
    pub extra_bit_percent: hi_u32,
    pub long_term_stats_time_unit: hi_u32,
}

impl Default for hi_venc_h265_cvbr_param {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_h265_qvbr_param` from `acl/dvpp/hi_dvpp_venc.h`: 52 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_h265_qvbr_param {
    pub max_i_proportion: hi_u32,
    pub min_i_proportion: hi_u32,
    pub max_reencode_times: hi_s32,
    pub qpmap_en: hi_bool,
    pub qpmap_mode: hi_venc_rc_qpmap_mode,
    pub max_qp: hi_u32,
    pub min_qp: hi_u32,
    pub max_i_qp: hi_u32,
    pub min_i_qp: hi_u32,
    pub max_bit_percent: hi_s32,
    pub min_bit_percent: hi_s32,
    pub max_psnr_fluctuate: hi_s32,
    pub min_psnr_fluctuate: hi_s32,
}

impl Default for hi_venc_h265_qvbr_param {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_h265_vbr_param` from `acl/dvpp/hi_dvpp_venc.h`: 40 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_h265_vbr_param {
    pub chg_pos: hi_s32,
    pub max_i_proportion: hi_u32,
    pub min_i_proportion: hi_u32,
    pub max_reencode_times: hi_s32,
    pub max_qp: hi_u32,
    pub min_qp: hi_u32,
    pub max_i_qp: hi_u32,
    pub min_i_qp: hi_u32,
    pub qpmap_en: hi_bool,
    pub qpmap_mode: hi_venc_rc_qpmap_mode,
}

impl Default for hi_venc_h265_vbr_param {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_mjpeg_cbr_param` from `acl/dvpp/hi_dvpp_venc.h`: 8 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_mjpeg_cbr_param {
    pub max_qfactor: hi_u32,
    pub min_qfactor: hi_u32,
}

impl Default for hi_venc_mjpeg_cbr_param {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_mjpeg_vbr_param` from `acl/dvpp/hi_dvpp_venc.h`: 12 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_mjpeg_vbr_param {
    pub chg_pos: hi_s32,
    pub max_qfactor: hi_u32,
    pub min_qfactor: hi_u32,
}

impl Default for hi_venc_mjpeg_vbr_param {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_scene_chg_detect` from `acl/dvpp/hi_dvpp_venc.h`: 8 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_scene_chg_detect {
    pub detect_scene_chg_en: hi_bool,
    pub adapt_insert_idr_frame_en: hi_bool,
}

impl Default for hi_venc_scene_chg_detect {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_rc_param` from `acl/dvpp/hi_dvpp_venc.h`: 272 bytes, aligned to 4.
///
/// Members of the vendor's anonymous unions are read and written through the accessor methods.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct hi_venc_rc_param {
    pub threshold_i: [hi_u32; 16],
    pub threshold_p: [hi_u32; 16],
    pub threshold_b: [hi_u32; 16],
    pub direction: hi_u32,
    pub row_qp_delta: hi_u32,
    pub first_frame_start_qp: hi_s32,
    pub scene_chg_detect: hi_venc_scene_chg_detect,
    pub(crate) union1: hi_venc_rc_param_union1,
}

/// Anonymous union `union#1` of `hi_venc_rc_param`.
#[repr(C)]
#[derive(Clone, Copy)]
pub union hi_venc_rc_param_union1 {
    pub(crate) h264_cbr_param: hi_venc_h264_cbr_param,
    pub(crate) h264_vbr_param: hi_venc_h264_vbr_param,
    pub(crate) h264_avbr_param: hi_venc_h264_avbr_param,
    pub(crate) h264_qvbr_param: hi_venc_h264_qvbr_param,
    pub(crate) h264_cvbr_param: hi_venc_h264_cvbr_param,
    pub(crate) h265_cbr_param: hi_venc_h265_cbr_param,
    pub(crate) h265_vbr_param: hi_venc_h265_vbr_param,
    pub(crate) h265_avbr_param: hi_venc_h265_avbr_param,
    pub(crate) h265_qvbr_param: hi_venc_h265_qvbr_param,
    pub(crate) h265_cvbr_param: hi_venc_h265_cvbr_param,
    pub(crate) mjpeg_cbr_param: hi_venc_mjpeg_cbr_param,
    pub(crate) mjpeg_vbr_param: hi_venc_mjpeg_vbr_param,
}

impl hi_venc_rc_param {
    /// The `h264_cbr_param` member (offset 212, 32 bytes).
    pub fn h264_cbr_param(&self) -> &hi_venc_h264_cbr_param {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.h264_cbr_param }
    }
    /// Mutable access to the `h264_cbr_param` member.
    pub fn h264_cbr_param_mut(&mut self) -> &mut hi_venc_h264_cbr_param {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.h264_cbr_param }
    }
    /// The `h264_vbr_param` member (offset 212, 36 bytes).
    pub fn h264_vbr_param(&self) -> &hi_venc_h264_vbr_param {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.h264_vbr_param }
    }
    /// Mutable access to the `h264_vbr_param` member.
    pub fn h264_vbr_param_mut(&mut self) -> &mut hi_venc_h264_vbr_param {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.h264_vbr_param }
    }
    /// The `h264_avbr_param` member (offset 212, 60 bytes).
    pub fn h264_avbr_param(&self) -> &hi_venc_h264_avbr_param {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.h264_avbr_param }
    }
    /// Mutable access to the `h264_avbr_param` member.
    pub fn h264_avbr_param_mut(&mut self) -> &mut hi_venc_h264_avbr_param {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.h264_avbr_param }
    }
    /// The `h264_qvbr_param` member (offset 212, 48 bytes).
    pub fn h264_qvbr_param(&self) -> &hi_venc_h264_qvbr_param {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.h264_qvbr_param }
    }
    /// Mutable access to the `h264_qvbr_param` member.
    pub fn h264_qvbr_param_mut(&mut self) -> &mut hi_venc_h264_qvbr_param {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.h264_qvbr_param }
    }
    /// The `h264_cvbr_param` member (offset 212, 52 bytes).
    pub fn h264_cvbr_param(&self) -> &hi_venc_h264_cvbr_param {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.h264_cvbr_param }
    }
    /// Mutable access to the `h264_cvbr_param` member.
    pub fn h264_cvbr_param_mut(&mut self) -> &mut hi_venc_h264_cvbr_param {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.h264_cvbr_param }
    }
    /// The `h265_cbr_param` member (offset 212, 36 bytes).
    pub fn h265_cbr_param(&self) -> &hi_venc_h265_cbr_param {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.h265_cbr_param }
    }
    /// Mutable access to the `h265_cbr_param` member.
    pub fn h265_cbr_param_mut(&mut self) -> &mut hi_venc_h265_cbr_param {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.h265_cbr_param }
    }
    /// The `h265_vbr_param` member (offset 212, 40 bytes).
    pub fn h265_vbr_param(&self) -> &hi_venc_h265_vbr_param {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.h265_vbr_param }
    }
    /// Mutable access to the `h265_vbr_param` member.
    pub fn h265_vbr_param_mut(&mut self) -> &mut hi_venc_h265_vbr_param {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.h265_vbr_param }
    }
    /// The `h265_avbr_param` member (offset 212, 60 bytes).
    pub fn h265_avbr_param(&self) -> &hi_venc_h265_avbr_param {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.h265_avbr_param }
    }
    /// Mutable access to the `h265_avbr_param` member.
    pub fn h265_avbr_param_mut(&mut self) -> &mut hi_venc_h265_avbr_param {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.h265_avbr_param }
    }
    /// The `h265_qvbr_param` member (offset 212, 52 bytes).
    pub fn h265_qvbr_param(&self) -> &hi_venc_h265_qvbr_param {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.h265_qvbr_param }
    }
    /// Mutable access to the `h265_qvbr_param` member.
    pub fn h265_qvbr_param_mut(&mut self) -> &mut hi_venc_h265_qvbr_param {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.h265_qvbr_param }
    }
    /// The `h265_cvbr_param` member (offset 212, 52 bytes).
    pub fn h265_cvbr_param(&self) -> &hi_venc_h265_cvbr_param {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.h265_cvbr_param }
    }
    /// Mutable access to the `h265_cvbr_param` member.
    pub fn h265_cvbr_param_mut(&mut self) -> &mut hi_venc_h265_cvbr_param {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.h265_cvbr_param }
    }
    /// The `mjpeg_cbr_param` member (offset 212, 8 bytes).
    pub fn mjpeg_cbr_param(&self) -> &hi_venc_mjpeg_cbr_param {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.mjpeg_cbr_param }
    }
    /// Mutable access to the `mjpeg_cbr_param` member.
    pub fn mjpeg_cbr_param_mut(&mut self) -> &mut hi_venc_mjpeg_cbr_param {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.mjpeg_cbr_param }
    }
    /// The `mjpeg_vbr_param` member (offset 212, 12 bytes).
    pub fn mjpeg_vbr_param(&self) -> &hi_venc_mjpeg_vbr_param {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.mjpeg_vbr_param }
    }
    /// Mutable access to the `mjpeg_vbr_param` member.
    pub fn mjpeg_vbr_param_mut(&mut self) -> &mut hi_venc_mjpeg_vbr_param {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.mjpeg_vbr_param }
    }
}

impl Default for hi_venc_rc_param {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

impl ::core::fmt::Debug for hi_venc_rc_param {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct("hi_venc_rc_param")
            .field("threshold_i", &self.threshold_i)
            .field("threshold_p", &self.threshold_p)
            .field("threshold_b", &self.threshold_b)
            .field("direction", &self.direction)
            .field("row_qp_delta", &self.row_qp_delta)
            .field("first_frame_start_qp", &self.first_frame_start_qp)
            .field("scene_chg_detect", &self.scene_chg_detect)
            .finish_non_exhaustive()
    }
}

/// `hi_dvpp_epoll_event` from `acl/dvpp/hi_mpi_sys.h`: 16 bytes, aligned to 8.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_dvpp_epoll_event {
    pub events: hi_u32,
    pub data: *mut ::core::ffi::c_void,
}

impl Default for hi_dvpp_epoll_event {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_img_stream` from `acl/dvpp/hi_media_common.h`: 40 bytes, aligned to 8.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_img_stream {
    pub r#type: hi_payload_type,
    pub addr: *mut hi_u8,
    pub len: hi_u32,
    pub pts: hi_u64,
    pub reserved: [hi_s32; 2],
}

impl Default for hi_img_stream {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_coefficient` from `acl/dvpp/hi_media_common.h`: 96 bytes, aligned to 8.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_coefficient {
    pub csc_matrix_r0_c0: hi_double,
    pub csc_matrix_r0_c1: hi_double,
    pub csc_matrix_r0_c2: hi_double,
    pub csc_matrix_r1_c0: hi_double,
    pub csc_matrix_r1_c1: hi_double,
    pub csc_matrix_r1_c2: hi_double,
    pub csc_matrix_r2_c0: hi_double,
    pub csc_matrix_r2_c1: hi_double,
    pub csc_matrix_r2_c2: hi_double,
    pub csc_bias_r0: hi_double,
    pub csc_bias_r1: hi_double,
    pub csc_bias_r2: hi_double,
}

impl Default for hi_coefficient {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_rect` from `acl/dvpp/hi_media_common.h`: 16 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_rect {
    pub x: hi_s32,
    pub y: hi_s32,
    pub width: hi_u32,
    pub height: hi_u32,
}

impl Default for hi_rect {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_crop_info` from `acl/dvpp/hi_media_common.h`: 20 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_crop_info {
    pub enable: hi_bool,
    pub rect: hi_rect,
}

impl Default for hi_crop_info {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_csc_coefficient` from `acl/dvpp/hi_media_common.h`: 192 bytes, aligned to 8.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_csc_coefficient {
    pub yuv_to_rgb_coefficient: hi_coefficient,
    pub rgb_to_yuv_coefficient: hi_coefficient,
}

impl Default for hi_csc_coefficient {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_frame_rate_ctrl` from `acl/dvpp/hi_media_common.h`: 8 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_frame_rate_ctrl {
    pub src_frame_rate: hi_s32,
    pub dst_frame_rate: hi_s32,
}

impl Default for hi_frame_rate_ctrl {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_img_align_info` from `acl/dvpp/hi_mpi_sys.h`: 32 bytes, aligned to 8.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_img_align_info {
    pub width_stride: hi_u32,
    pub height_stride: hi_u32,
    pub img_buf_size: hi_u64,
    pub reserved: [hi_u64; 2],
}

impl Default for hi_img_align_info {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_img_base_info` from `acl/dvpp/hi_mpi_sys.h`: 32 bytes, aligned to 8.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_img_base_info {
    pub width: hi_u32,
    pub height: hi_u32,
    pub pixel_format: hi_pixel_format,
    pub reserved: [hi_u64; 2],
}

impl Default for hi_img_base_info {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_mpp_chn` from `acl/dvpp/hi_media_common.h`: 12 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_mpp_chn {
    pub mod_id: hi_mod_id,
    pub dev_id: hi_s32,
    pub chn_id: hi_s32,
}

impl Default for hi_mpp_chn {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_user_rc_info` from `acl/dvpp/hi_dvpp_venc.h`: 40 bytes, aligned to 8.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_user_rc_info {
    pub qp_map_valid: hi_bool,
    pub skip_weight_valid: hi_bool,
    pub blk_start_qp: hi_u32,
    pub qp_map_phy_addr: hi_u64,
    pub skip_weight_phy_addr: hi_u64,
    pub frame_type: hi_venc_frame_type,
}

impl Default for hi_user_rc_info {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_user_roi_map` from `acl/dvpp/hi_dvpp_venc.h`: 16 bytes, aligned to 8.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_user_roi_map {
    pub valid: hi_bool,
    pub phy_addr: hi_u64,
}

impl Default for hi_user_roi_map {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_user_frame_info` from `acl/dvpp/hi_dvpp_venc.h`: 384 bytes, aligned to 8.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_user_frame_info {
    pub user_frame: hi_video_frame_info,
    pub user_rc_info: hi_user_rc_info,
    pub user_roi_map: hi_user_roi_map,
}

impl Default for hi_user_frame_info {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_chn_param` from `acl/dvpp/hi_dvpp_venc.h`: 44 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_chn_param {
    pub color_to_grey_en: hi_bool,
    pub priority: hi_u32,
    pub max_stream_cnt: hi_u32,
    pub poll_wake_up_frame_cnt: hi_u32,
    pub crop_info: hi_crop_info,
    pub frame_rate: hi_frame_rate_ctrl,
}

impl Default for hi_venc_chn_param {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_cu_prediction` from `acl/dvpp/hi_dvpp_venc.h`: 36 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_cu_prediction {
    pub pred_mode: hi_op_mode,
    pub intra32_cost: hi_u32,
    pub intra16_cost: hi_u32,
    pub intra8_cost: hi_u32,
    pub intra4_cost: hi_u32,
    pub inter64_cost: hi_u32,
    pub inter32_cost: hi_u32,
    pub inter16_cost: hi_u32,
    pub inter8_cost: hi_u32,
}

impl Default for hi_venc_cu_prediction {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_h264_mod_param` from `acl/dvpp/hi_dvpp_venc.h`: 24 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_h264_mod_param {
    pub one_stream_buf: hi_u32,
    pub mini_buf_mode: hi_u32,
    pub low_power_mode: hi_u32,
    pub vb_src: hi_vb_src,
    pub qp_hist_en: hi_bool,
    pub max_user_data_len: hi_u32,
}

impl Default for hi_venc_h264_mod_param {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_vui_aspect_ratio` from `acl/dvpp/hi_dvpp_venc.h`: 8 bytes, aligned to 2.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_vui_aspect_ratio {
    pub aspect_ratio_info_present_flag: hi_u8,
    pub aspect_ratio_idc: hi_u8,
    pub overscan_info_present_flag: hi_u8,
    pub overscan_appropriate_flag: hi_u8,
    pub sar_width: hi_u16,
    pub sar_height: hi_u16,
}

impl Default for hi_venc_vui_aspect_ratio {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_vui_bitstream_restric` from `acl/dvpp/hi_dvpp_venc.h`: 1 bytes, aligned to 1.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_vui_bitstream_restric {
    pub bitstream_restriction_flag: hi_u8,
}

impl Default for hi_venc_vui_bitstream_restric {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_vui_h264_time_info` from `acl/dvpp/hi_dvpp_venc.h`: 12 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_vui_h264_time_info {
    pub timing_info_present_flag: hi_u8,
    pub fixed_frame_rate_flag: hi_u8,
    pub num_units_in_tick: hi_u32,
    pub time_scale: hi_u32,
}

impl Default for hi_venc_vui_h264_time_info {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_vui_video_signal` from `acl/dvpp/hi_dvpp_venc.h`: 7 bytes, aligned to 1.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_vui_video_signal {
    pub video_signal_type_present_flag: hi_u8,
    pub video_format: hi_u8,
    pub video_full_range_flag: hi_u8,
    pub colour_description_present_flag: hi_u8,
    pub colour_primaries: hi_u8,
    pub transfer_characteristics: hi_u8,
    pub matrix_coefficients: hi_u8,
}

impl Default for hi_venc_vui_video_signal {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_h264_vui` from `acl/dvpp/hi_dvpp_venc.h`: 28 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_h264_vui {
    pub vui_aspect_ratio: hi_venc_vui_aspect_ratio,
    pub vui_time_info: hi_venc_vui_h264_time_info,
    pub vui_video_signal: hi_venc_vui_video_signal,
    pub vui_bitstream_restric: hi_venc_vui_bitstream_restric,
}

impl Default for hi_venc_h264_vui {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_h265_mod_param` from `acl/dvpp/hi_dvpp_venc.h`: 24 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_h265_mod_param {
    pub one_stream_buf: hi_u32,
    pub mini_buf_mode: hi_u32,
    pub low_power_mode: hi_u32,
    pub vb_src: hi_vb_src,
    pub qp_hist_en: hi_bool,
    pub max_user_data_len: hi_u32,
}

impl Default for hi_venc_h265_mod_param {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_vui_h265_time_info` from `acl/dvpp/hi_dvpp_venc.h`: 16 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_vui_h265_time_info {
    pub timing_info_present_flag: hi_u32,
    pub num_units_in_tick: hi_u32,
    pub time_scale: hi_u32,
    pub num_ticks_poc_diff_one_minus1: hi_u32,
}

impl Default for hi_venc_vui_h265_time_info {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_h265_vui` from `acl/dvpp/hi_dvpp_venc.h`: 32 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_h265_vui {
    pub vui_aspect_ratio: hi_venc_vui_aspect_ratio,
    pub vui_time_info: hi_venc_vui_h265_time_info,
    pub vui_video_signal: hi_venc_vui_video_signal,
    pub vui_bitstream_restric: hi_venc_vui_bitstream_restric,
}

impl Default for hi_venc_h265_vui {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_huffman_ac_table` from `acl/dvpp/hi_dvpp_venc.h`: 178 bytes, aligned to 1.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_huffman_ac_table {
    pub ac_bits: [hi_u8; 16],
    pub ac_value: [hi_u8; 162],
}

impl Default for hi_venc_huffman_ac_table {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_huffman_dc_table` from `acl/dvpp/hi_dvpp_venc.h`: 28 bytes, aligned to 1.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_huffman_dc_table {
    pub dc_bits: [hi_u8; 16],
    pub dc_value: [hi_u8; 12],
}

impl Default for hi_venc_huffman_dc_table {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_intra_refresh` from `acl/dvpp/hi_dvpp_venc.h`: 16 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_intra_refresh {
    pub refresh_enable: hi_bool,
    pub intra_refresh_mode: hi_venc_intra_refresh_mode,
    pub refresh_num: hi_u32,
    pub req_i_qp: hi_u32,
}

impl Default for hi_venc_intra_refresh {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_jpeg_huffman_param` from `acl/dvpp/hi_dvpp_venc.h`: 628 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_jpeg_huffman_param {
    pub dc_tables: [hi_venc_huffman_dc_table; 3],
    pub ac_tables: [hi_venc_huffman_ac_table; 3],
    pub reserved: [hi_u32; 2],
}

impl Default for hi_venc_jpeg_huffman_param {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_jpeg_mod_param` from `acl/dvpp/hi_dvpp_venc.h`: 16 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_jpeg_mod_param {
    pub one_stream_buf: hi_u32,
    pub mini_buf_mode: hi_u32,
    pub clear_stream_buf: hi_u32,
    pub dering_mode: hi_u32,
}

impl Default for hi_venc_jpeg_mod_param {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_venc_mod_param` from `acl/dvpp/hi_dvpp_venc.h`: 8 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_venc_mod_param {
    pub buf_cache: hi_u32,
    pub frame_buf_recycle: hi_u32,
}

impl Default for hi_venc_venc_mod_param {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_mod_param` from `acl/dvpp/hi_dvpp_venc.h`: 28 bytes, aligned to 4.
///
/// Members of the vendor's anonymous unions are read and written through the accessor methods.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct hi_venc_mod_param {
    pub mod_type: hi_venc_mod_type,
    pub(crate) union1: hi_venc_mod_param_union1,
}

/// Anonymous union `union#1` of `hi_venc_mod_param`.
#[repr(C)]
#[derive(Clone, Copy)]
pub union hi_venc_mod_param_union1 {
    pub(crate) venc_mod_param: hi_venc_venc_mod_param,
    pub(crate) h264_mod_param: hi_venc_h264_mod_param,
    pub(crate) h265_mod_param: hi_venc_h265_mod_param,
    pub(crate) jpeg_mod_param: hi_venc_jpeg_mod_param,
}

impl hi_venc_mod_param {
    /// The `venc_mod_param` member (offset 4, 8 bytes).
    pub fn venc_mod_param(&self) -> &hi_venc_venc_mod_param {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.venc_mod_param }
    }
    /// Mutable access to the `venc_mod_param` member.
    pub fn venc_mod_param_mut(&mut self) -> &mut hi_venc_venc_mod_param {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.venc_mod_param }
    }
    /// The `h264_mod_param` member (offset 4, 24 bytes).
    pub fn h264_mod_param(&self) -> &hi_venc_h264_mod_param {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.h264_mod_param }
    }
    /// Mutable access to the `h264_mod_param` member.
    pub fn h264_mod_param_mut(&mut self) -> &mut hi_venc_h264_mod_param {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.h264_mod_param }
    }
    /// The `h265_mod_param` member (offset 4, 24 bytes).
    pub fn h265_mod_param(&self) -> &hi_venc_h265_mod_param {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.h265_mod_param }
    }
    /// Mutable access to the `h265_mod_param` member.
    pub fn h265_mod_param_mut(&mut self) -> &mut hi_venc_h265_mod_param {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.h265_mod_param }
    }
    /// The `jpeg_mod_param` member (offset 4, 16 bytes).
    pub fn jpeg_mod_param(&self) -> &hi_venc_jpeg_mod_param {
        // SAFETY: every member of this union is plain data (integers, floats, raw pointers, enum newtypes) valid for any bit pattern, and values are only ever made zeroed (Default) or by C.
        unsafe { &self.union1.jpeg_mod_param }
    }
    /// Mutable access to the `jpeg_mod_param` member.
    pub fn jpeg_mod_param_mut(&mut self) -> &mut hi_venc_jpeg_mod_param {
        // SAFETY: as for the shared accessor; any write leaves the union's bytes initialised.
        unsafe { &mut self.union1.jpeg_mod_param }
    }
}

impl Default for hi_venc_mod_param {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

impl ::core::fmt::Debug for hi_venc_mod_param {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct("hi_venc_mod_param").field("mod_type", &self.mod_type).finish_non_exhaustive()
    }
}

/// `hi_venc_ref_param` from `acl/dvpp/hi_dvpp_venc.h`: 12 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_ref_param {
    pub base: hi_u32,
    pub enhance: hi_u32,
    pub pred_en: hi_bool,
}

impl Default for hi_venc_ref_param {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_roi_attr` from `acl/dvpp/hi_dvpp_venc.h`: 32 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_roi_attr {
    pub idx: hi_u32,
    pub enable: hi_bool,
    pub is_abs_qp: hi_bool,
    pub qp: hi_s32,
    pub rect: hi_rect,
}

impl Default for hi_venc_roi_attr {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_slice_split` from `acl/dvpp/hi_dvpp_venc.h`: 24 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_slice_split {
    pub split_enable: hi_bool,
    pub split_mode: hi_u32,
    pub split_size: hi_u32,
    pub slice_output_en: hi_bool,
    pub reserved: [hi_u32; 2],
}

impl Default for hi_venc_slice_split {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

/// `hi_venc_streamcopy_param` from `acl/dvpp/hi_dvpp_venc.h`: 8 bytes, aligned to 4.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct hi_venc_streamcopy_param {
    pub copy_en: hi_bool,
    pub copy_interval: hi_u32,
}

impl Default for hi_venc_streamcopy_param {
    /// All fields zero, as a C client's `memset(&x, 0, sizeof x)`.
    fn default() -> Self {
        // SAFETY: all-zero bytes are a valid value: every field is an integer, float, raw pointer, enum newtype, or an array, struct or union of those.
        unsafe { ::core::mem::zeroed() }
    }
}

// ---- plain data, for the pointer contract (aclvenc-ptr) ----

aclvenc_ptr::plain_types!(
    acldvppStreamFormat,
    acldvppPixelFormat,
    aclvencChannelDescParamType,
    aclrtCallbackBlockType,
    aclrtRunMode,
    aclrtMemcpyKind,
    aclrtMemMallocPolicy,
    hi_bool,
    hi_color_gamut,
    hi_compress_mode,
    hi_csc_matrix,
    hi_data_bit_width,
    hi_dvpp_epoll_ctl_op,
    hi_dvpp_epoll_event_type,
    hi_dynamic_range,
    hi_err_level,
    hi_errno,
    hi_mod_id,
    hi_module_type,
    hi_op_mode,
    hi_payload_type,
    hi_pixel_format,
    hi_vb_src,
    hi_venc_frame_type,
    hi_venc_gop_mode,
    hi_venc_h264_nalu_type,
    hi_venc_h265_nalu_type,
    hi_venc_intra_refresh_mode,
    hi_venc_jpege_pack_type,
    hi_venc_mod_type,
    hi_venc_pic_recv_mode,
    hi_venc_prores_aspect_ratio,
    hi_venc_prores_frame_rate,
    hi_venc_prores_pack_type,
    hi_venc_rc_mode,
    hi_venc_rc_qpmap_mode,
    hi_venc_ref_type,
    hi_venc_scene_mode,
    hi_video_field,
    hi_video_format,
    hi_venc_chn_attr,
    hi_venc_attr,
    hi_venc_h264_attr,
    hi_venc_h265_attr,
    hi_venc_jpeg_attr,
    hi_venc_mpf_cfg,
    hi_video_size,
    hi_venc_prores_attr,
    hi_venc_rc_attr,
    hi_venc_h264_cbr,
    hi_venc_h264_vbr,
    hi_venc_h264_avbr,
    hi_venc_h264_qvbr,
    hi_venc_h264_cvbr,
    hi_venc_h264_fixqp,
    hi_venc_h264_qpmap,
    hi_venc_h265_qpmap,
    hi_venc_mjpeg_cbr,
    hi_venc_mjpeg_vbr,
    hi_venc_mjpeg_fixqp,
    hi_venc_gop_attr,
    hi_venc_gop_normal_p,
    hi_venc_gop_dual_p,
    hi_venc_gop_smart_p,
    hi_venc_gop_adv_smart_p,
    hi_venc_gop_bipred_b,
    hi_venc_start_param,
    hi_video_frame_info,
    hi_video_frame,
    hi_video_supplement,
    hi_venc_stream,
    hi_venc_pack,
    hi_venc_pack_info,
    hi_venc_data_type,
    hi_venc_h264_stream_info,
    hi_venc_h265_stream_info,
    hi_venc_jpeg_stream_info,
    hi_venc_prores_stream_info,
    hi_venc_h264_adv_stream_info,
    hi_venc_h265_adv_stream_info,
    hi_venc_sse_info,
    hi_venc_chn_status,
    hi_venc_stream_info,
    hi_venc_jpeg_param,
    hi_venc_rc_param,
    hi_dvpp_epoll_event,
    hi_img_stream,
    hi_coefficient,
    hi_crop_info,
    hi_csc_coefficient,
    hi_frame_rate_ctrl,
    hi_img_align_info,
    hi_img_base_info,
    hi_mpp_chn,
    hi_rect,
    hi_user_frame_info,
    hi_user_rc_info,
    hi_user_roi_map,
    hi_venc_chn_param,
    hi_venc_cu_prediction,
    hi_venc_h264_avbr_param,
    hi_venc_h264_cbr_param,
    hi_venc_h264_cvbr_param,
    hi_venc_h264_mod_param,
    hi_venc_h264_qvbr_param,
    hi_venc_h264_vbr_param,
    hi_venc_h264_vui,
    hi_venc_h265_avbr_param,
    hi_venc_h265_cbr_param,
    hi_venc_h265_cvbr_param,
    hi_venc_h265_mod_param,
    hi_venc_h265_qvbr_param,
    hi_venc_h265_vbr_param,
    hi_venc_h265_vui,
    hi_venc_huffman_ac_table,
    hi_venc_huffman_dc_table,
    hi_venc_intra_refresh,
    hi_venc_jpeg_huffman_param,
    hi_venc_jpeg_mod_param,
    hi_venc_mjpeg_cbr_param,
    hi_venc_mjpeg_vbr_param,
    hi_venc_mod_param,
    hi_venc_ref_param,
    hi_venc_roi_attr,
    hi_venc_scene_chg_detect,
    hi_venc_slice_split,
    hi_venc_streamcopy_param,
    hi_venc_venc_mod_param,
    hi_venc_vui_aspect_ratio,
    hi_venc_vui_bitstream_restric,
    hi_venc_vui_h264_time_info,
    hi_venc_vui_h265_time_info,
    hi_venc_vui_video_signal
);

// ---- constants ----

/// `ACL_COMPILE_FLAG_BIN_SELECTOR` from `acl/acl_base.h`.
pub const ACL_COMPILE_FLAG_BIN_SELECTOR: aclError = 1;
/// `ACL_ERROR_API_NOT_SUPPORT` from `acl/acl_base.h`.
pub const ACL_ERROR_API_NOT_SUPPORT: aclError = 200001;
/// `ACL_ERROR_BAD_ALLOC` from `acl/acl_base.h`.
pub const ACL_ERROR_BAD_ALLOC: aclError = 200000;
/// `ACL_ERROR_BIN_SELECTOR_ALREADY_REGISTERED` from `acl/acl_base.h`.
pub const ACL_ERROR_BIN_SELECTOR_ALREADY_REGISTERED: aclError = 100030;
/// `ACL_ERROR_BIN_SELECTOR_NOT_REGISTERED` from `acl/acl_base.h`.
pub const ACL_ERROR_BIN_SELECTOR_NOT_REGISTERED: aclError = 100028;
/// `ACL_ERROR_COMPILING_STUB_MODE` from `acl/acl_base.h`.
pub const ACL_ERROR_COMPILING_STUB_MODE: aclError = 100039;
/// `ACL_ERROR_DESERIALIZE_MODEL` from `acl/acl_base.h`.
pub const ACL_ERROR_DESERIALIZE_MODEL: aclError = 100012;
/// `ACL_ERROR_DRV_FAILURE` from `acl/acl_base.h`.
pub const ACL_ERROR_DRV_FAILURE: aclError = 500004;
/// `ACL_ERROR_DUMP_ALREADY_RUN` from `acl/acl_base.h`.
pub const ACL_ERROR_DUMP_ALREADY_RUN: aclError = 100044;
/// `ACL_ERROR_DUMP_NOT_RUN` from `acl/acl_base.h`.
pub const ACL_ERROR_DUMP_NOT_RUN: aclError = 100045;
/// `ACL_ERROR_FAILURE` from `acl/acl_base.h`.
pub const ACL_ERROR_FAILURE: aclError = 500001;
/// `ACL_ERROR_FEATURE_UNSUPPORTED` from `acl/acl_base.h`.
pub const ACL_ERROR_FEATURE_UNSUPPORTED: aclError = 200006;
/// `ACL_ERROR_FILE_ATTR_INVALID` from `acl/acl_base.h`.
pub const ACL_ERROR_FILE_ATTR_INVALID: aclError = 100008;
/// `ACL_ERROR_FILE_MISSING_ATTR` from `acl/acl_base.h`.
pub const ACL_ERROR_FILE_MISSING_ATTR: aclError = 100007;
/// `ACL_ERROR_FORMAT_NOT_MATCH` from `acl/acl_base.h`.
pub const ACL_ERROR_FORMAT_NOT_MATCH: aclError = 100027;
/// `ACL_ERROR_GROUP_NOT_CREATE` from `acl/acl_base.h`.
pub const ACL_ERROR_GROUP_NOT_CREATE: aclError = 100041;
/// `ACL_ERROR_GROUP_NOT_SET` from `acl/acl_base.h`.
pub const ACL_ERROR_GROUP_NOT_SET: aclError = 100040;
/// `ACL_ERROR_INTERNAL_ERROR` from `acl/acl_base.h`.
pub const ACL_ERROR_INTERNAL_ERROR: aclError = 500000;
/// `ACL_ERROR_INVALID_BUNDLE_MODEL_ID` from `acl/acl_base.h`.
pub const ACL_ERROR_INVALID_BUNDLE_MODEL_ID: aclError = 148053;
/// `ACL_ERROR_INVALID_DEVICE` from `acl/acl_base.h`.
pub const ACL_ERROR_INVALID_DEVICE: aclError = 200002;
/// `ACL_ERROR_INVALID_DUMP_CONFIG` from `acl/acl_base.h`.
pub const ACL_ERROR_INVALID_DUMP_CONFIG: aclError = 100009;
/// `ACL_ERROR_INVALID_FILE` from `acl/acl_base.h`.
pub const ACL_ERROR_INVALID_FILE: aclError = 100003;
/// `ACL_ERROR_INVALID_FILE_SIZE` from `acl/acl_base.h`.
pub const ACL_ERROR_INVALID_FILE_SIZE: aclError = 100005;
/// `ACL_ERROR_INVALID_MAX_OPQUEUE_NUM_CONFIG` from `acl/acl_base.h`.
pub const ACL_ERROR_INVALID_MAX_OPQUEUE_NUM_CONFIG: aclError = 148048;
/// `ACL_ERROR_INVALID_MODEL_ID` from `acl/acl_base.h`.
pub const ACL_ERROR_INVALID_MODEL_ID: aclError = 100011;
/// `ACL_ERROR_INVALID_OPP_PATH` from `acl/acl_base.h`.
pub const ACL_ERROR_INVALID_OPP_PATH: aclError = 148049;
/// `ACL_ERROR_INVALID_PARAM` from `acl/acl_base.h`.
pub const ACL_ERROR_INVALID_PARAM: aclError = 100000;
/// `ACL_ERROR_INVALID_PROFILING_CONFIG` from `acl/acl_base.h`.
pub const ACL_ERROR_INVALID_PROFILING_CONFIG: aclError = 100010;
/// `ACL_ERROR_INVALID_QUEUE_ID` from `acl/acl_base.h`.
pub const ACL_ERROR_INVALID_QUEUE_ID: aclError = 100032;
/// `ACL_ERROR_INVALID_RESOURCE_HANDLE` from `acl/acl_base.h`.
pub const ACL_ERROR_INVALID_RESOURCE_HANDLE: aclError = 200005;
/// `ACL_ERROR_KERNEL_ALREADY_REGISTERED` from `acl/acl_base.h`.
pub const ACL_ERROR_KERNEL_ALREADY_REGISTERED: aclError = 100031;
/// `ACL_ERROR_KERNEL_NOT_FOUND` from `acl/acl_base.h`.
pub const ACL_ERROR_KERNEL_NOT_FOUND: aclError = 100029;
/// `ACL_ERROR_MEMORY_ADDRESS_UNALIGNED` from `acl/acl_base.h`.
pub const ACL_ERROR_MEMORY_ADDRESS_UNALIGNED: aclError = 200003;
/// `ACL_ERROR_MODEL_INPUT_NOT_MATCH` from `acl/acl_base.h`.
pub const ACL_ERROR_MODEL_INPUT_NOT_MATCH: aclError = 100017;
/// `ACL_ERROR_MODEL_MISSING_ATTR` from `acl/acl_base.h`.
pub const ACL_ERROR_MODEL_MISSING_ATTR: aclError = 100016;
/// `ACL_ERROR_MODEL_NOT_DYNAMIC` from `acl/acl_base.h`.
pub const ACL_ERROR_MODEL_NOT_DYNAMIC: aclError = 100019;
/// `ACL_ERROR_MODEL_OUTPUT_NOT_MATCH` from `acl/acl_base.h`.
pub const ACL_ERROR_MODEL_OUTPUT_NOT_MATCH: aclError = 100018;
/// `ACL_ERROR_MODEL_SIZE_INVALID` from `acl/acl_base.h`.
pub const ACL_ERROR_MODEL_SIZE_INVALID: aclError = 100015;
/// `ACL_ERROR_NONE` from `acl/acl_base.h`.
pub const ACL_ERROR_NONE: aclError = 0;
/// `ACL_ERROR_NOT_STATIC_AIPP` from `acl/acl_base.h`.
pub const ACL_ERROR_NOT_STATIC_AIPP: aclError = 100038;
/// `ACL_ERROR_OP_ATTR_NOT_MATCH` from `acl/acl_base.h`.
pub const ACL_ERROR_OP_ATTR_NOT_MATCH: aclError = 100023;
/// `ACL_ERROR_OP_INPUT_NOT_MATCH` from `acl/acl_base.h`.
pub const ACL_ERROR_OP_INPUT_NOT_MATCH: aclError = 100021;
/// `ACL_ERROR_OP_LOAD_FAILED` from `acl/acl_base.h`.
pub const ACL_ERROR_OP_LOAD_FAILED: aclError = 100025;
/// `ACL_ERROR_OP_NOT_FOUND` from `acl/acl_base.h`.
pub const ACL_ERROR_OP_NOT_FOUND: aclError = 100024;
/// `ACL_ERROR_OP_OUTPUT_NOT_MATCH` from `acl/acl_base.h`.
pub const ACL_ERROR_OP_OUTPUT_NOT_MATCH: aclError = 100022;
/// `ACL_ERROR_OP_TYPE_NOT_MATCH` from `acl/acl_base.h`.
pub const ACL_ERROR_OP_TYPE_NOT_MATCH: aclError = 100020;
/// `ACL_ERROR_OP_UNSUPPORTED_DYNAMIC` from `acl/acl_base.h`.
pub const ACL_ERROR_OP_UNSUPPORTED_DYNAMIC: aclError = 148050;
/// `ACL_ERROR_PARSE_FILE` from `acl/acl_base.h`.
pub const ACL_ERROR_PARSE_FILE: aclError = 100006;
/// `ACL_ERROR_PARSE_MODEL` from `acl/acl_base.h`.
pub const ACL_ERROR_PARSE_MODEL: aclError = 100013;
/// `ACL_ERROR_PROFILING_FAILURE` from `acl/acl_base.h`.
pub const ACL_ERROR_PROFILING_FAILURE: aclError = 500005;
/// `ACL_ERROR_PROF_ALREADY_RUN` from `acl/acl_base.h`.
pub const ACL_ERROR_PROF_ALREADY_RUN: aclError = 100042;
/// `ACL_ERROR_PROF_API_CONFLICT` from `acl/acl_base.h`.
pub const ACL_ERROR_PROF_API_CONFLICT: aclError = 148047;
/// `ACL_ERROR_PROF_MODULES_UNSUPPORTED` from `acl/acl_base.h`.
pub const ACL_ERROR_PROF_MODULES_UNSUPPORTED: aclError = 200007;
/// `ACL_ERROR_PROF_NOT_RUN` from `acl/acl_base.h`.
pub const ACL_ERROR_PROF_NOT_RUN: aclError = 100043;
/// `ACL_ERROR_PROF_REPEAT_SUBSCRIBE` from `acl/acl_base.h`.
pub const ACL_ERROR_PROF_REPEAT_SUBSCRIBE: aclError = 148046;
/// `ACL_ERROR_READ_MODEL_FAILURE` from `acl/acl_base.h`.
pub const ACL_ERROR_READ_MODEL_FAILURE: aclError = 100014;
/// `ACL_ERROR_RELATIVE_RESOURCE_NOT_CLEARED` from `acl/acl_base.h`.
pub const ACL_ERROR_RELATIVE_RESOURCE_NOT_CLEARED: aclError = 148051;
/// `ACL_ERROR_REPEAT_FINALIZE` from `acl/acl_base.h`.
pub const ACL_ERROR_REPEAT_FINALIZE: aclError = 100037;
/// `ACL_ERROR_REPEAT_INITIALIZE` from `acl/acl_base.h`.
pub const ACL_ERROR_REPEAT_INITIALIZE: aclError = 100002;
/// `ACL_ERROR_REPEAT_SUBSCRIBE` from `acl/acl_base.h`.
pub const ACL_ERROR_REPEAT_SUBSCRIBE: aclError = 100033;
/// `ACL_ERROR_RESOURCE_NOT_MATCH` from `acl/acl_base.h`.
pub const ACL_ERROR_RESOURCE_NOT_MATCH: aclError = 200004;
/// `ACL_ERROR_RT_ADDR_UNALIGNED` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_ADDR_UNALIGNED: aclError = 107008;
/// `ACL_ERROR_RT_AICORE_EXCEPTION` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_AICORE_EXCEPTION: aclError = 507015;
/// `ACL_ERROR_RT_AICORE_OVER_FLOW` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_AICORE_OVER_FLOW: aclError = 207003;
/// `ACL_ERROR_RT_AICORE_TIMEOUT` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_AICORE_TIMEOUT: aclError = 507014;
/// `ACL_ERROR_RT_AICORE_TRAP_EXCEPTION` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_AICORE_TRAP_EXCEPTION: aclError = 507016;
/// `ACL_ERROR_RT_AICORE_TRAP_READ_OVERFLOW` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_AICORE_TRAP_READ_OVERFLOW: aclError = 507042;
/// `ACL_ERROR_RT_AICORE_TRAP_WRITE_OVERFLOW` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_AICORE_TRAP_WRITE_OVERFLOW: aclError = 507043;
/// `ACL_ERROR_RT_AICPU_DATADUMP_RSP_ERR` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_AICPU_DATADUMP_RSP_ERR: aclError = 507019;
/// `ACL_ERROR_RT_AICPU_EXCEPTION` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_AICPU_EXCEPTION: aclError = 507018;
/// `ACL_ERROR_RT_AICPU_INFO_LOAD_RSP_ERR` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_AICPU_INFO_LOAD_RSP_ERR: aclError = 507902;
/// `ACL_ERROR_RT_AICPU_INTERNAL_ERROR` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_AICPU_INTERNAL_ERROR: aclError = 507900;
/// `ACL_ERROR_RT_AICPU_MODEL_RSP_ERR` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_AICPU_MODEL_RSP_ERR: aclError = 507020;
/// `ACL_ERROR_RT_AICPU_TIMEOUT` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_AICPU_TIMEOUT: aclError = 507017;
/// `ACL_ERROR_RT_AIVEC_OVER_FLOW` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_AIVEC_OVER_FLOW: aclError = 207016;
/// `ACL_ERROR_RT_CAPTURE_DEPENDENCY` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_CAPTURE_DEPENDENCY: aclError = 107024;
/// `ACL_ERROR_RT_CAPTURE_MODE_NOT_SUPPORT` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_CAPTURE_MODE_NOT_SUPPORT: aclError = 107030;
/// `ACL_ERROR_RT_CDQ_BATCH_ABNORMAL` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_CDQ_BATCH_ABNORMAL: aclError = 507037;
/// `ACL_ERROR_RT_CONTEXT_NULL` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_CONTEXT_NULL: aclError = 107002;
/// `ACL_ERROR_RT_CONTEXT_RELEASE_ERROR` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_CONTEXT_RELEASE_ERROR: aclError = 507007;
/// `ACL_ERROR_RT_COPY_DATA` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_COPY_DATA: aclError = 507052;
/// `ACL_ERROR_RT_DEBUG_REGISTER_FAIL` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_DEBUG_REGISTER_FAIL: aclError = 507029;
/// `ACL_ERROR_RT_DEBUG_UNREGISTER_FAIL` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_DEBUG_UNREGISTER_FAIL: aclError = 507030;
/// `ACL_ERROR_RT_DEVICE_MEM_ERROR` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_DEVICE_MEM_ERROR: aclError = 507053;
/// `ACL_ERROR_RT_DEVICE_OOM` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_DEVICE_OOM: aclError = 207018;
/// `ACL_ERROR_RT_DEVICE_TASK_ABORT` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_DEVICE_TASK_ABORT: aclError = 107022;
/// `ACL_ERROR_RT_DEV_SETUP_ERROR` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_DEV_SETUP_ERROR: aclError = 507033;
/// `ACL_ERROR_RT_DIE_MODE_CHANGE_ERROR` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_DIE_MODE_CHANGE_ERROR: aclError = 507038;
/// `ACL_ERROR_RT_DIE_MODE_NOT_SET` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_DIE_MODE_NOT_SET: aclError = 507041;
/// `ACL_ERROR_RT_DIE_SET_ERROR` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_DIE_SET_ERROR: aclError = 507039;
/// `ACL_ERROR_RT_DRV_INTERNAL_ERROR` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_DRV_INTERNAL_ERROR: aclError = 507899;
/// `ACL_ERROR_RT_END_OF_SEQUENCE` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_END_OF_SEQUENCE: aclError = 507005;
/// `ACL_ERROR_RT_EVENT_CAPTURED` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_EVENT_CAPTURED: aclError = 107028;
/// `ACL_ERROR_RT_EVENT_NOT_COMPLETE` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_EVENT_NOT_COMPLETE: aclError = 507006;
/// `ACL_ERROR_RT_EVENT_SYNC_TIMEOUT` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_EVENT_SYNC_TIMEOUT: aclError = 507047;
/// `ACL_ERROR_RT_EVENT_TIMESTAMP_INVALID` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_EVENT_TIMESTAMP_INVALID: aclError = 107006;
/// `ACL_ERROR_RT_EVENT_TIMESTAMP_REVERSAL` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_EVENT_TIMESTAMP_REVERSAL: aclError = 107007;
/// `ACL_ERROR_RT_FAILURE` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_FAILURE: aclError = 500003;
/// `ACL_ERROR_RT_FEATURE_NOT_SUPPORT` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_FEATURE_NOT_SUPPORT: aclError = 207000;
/// `ACL_ERROR_RT_FFTS_PLUS_EXCEPTION` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_FFTS_PLUS_EXCEPTION: aclError = 507049;
/// `ACL_ERROR_RT_FFTS_PLUS_TIMEOUT` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_FFTS_PLUS_TIMEOUT: aclError = 507048;
/// `ACL_ERROR_RT_FFTS_PLUS_TRAP_EXCEPTION` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_FFTS_PLUS_TRAP_EXCEPTION: aclError = 507050;
/// `ACL_ERROR_RT_FILE_OPEN` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_FILE_OPEN: aclError = 107009;
/// `ACL_ERROR_RT_FILE_WRITE` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_FILE_WRITE: aclError = 107010;
/// `ACL_ERROR_RT_GROUP_NOT_CREATE` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_GROUP_NOT_CREATE: aclError = 107014;
/// `ACL_ERROR_RT_GROUP_NOT_SET` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_GROUP_NOT_SET: aclError = 107013;
/// `ACL_ERROR_RT_HBM_MULTI_BIT_ECC_ERROR` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_HBM_MULTI_BIT_ECC_ERROR: aclError = 507054;
/// `ACL_ERROR_RT_INTERNAL_ERROR` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_INTERNAL_ERROR: aclError = 507000;
/// `ACL_ERROR_RT_INVALID_DEVICEID` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_INVALID_DEVICEID: aclError = 107001;
/// `ACL_ERROR_RT_INVALID_DIEID` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_INVALID_DIEID: aclError = 507040;
/// `ACL_ERROR_RT_INVALID_HANDLE` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_INVALID_HANDLE: aclError = 107017;
/// `ACL_ERROR_RT_INVALID_MALLOC_TYPE` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_INVALID_MALLOC_TYPE: aclError = 107018;
/// `ACL_ERROR_RT_INVALID_MEMORY_TYPE` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_INVALID_MEMORY_TYPE: aclError = 107016;
/// `ACL_ERROR_RT_IPC_ERROR` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_IPC_ERROR: aclError = 507022;
/// `ACL_ERROR_RT_KERNEL_DUPLICATE` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_KERNEL_DUPLICATE: aclError = 507028;
/// `ACL_ERROR_RT_KERNEL_LOOKUP` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_KERNEL_LOOKUP: aclError = 507027;
/// `ACL_ERROR_RT_KERNEL_UNREGISTERING` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_KERNEL_UNREGISTERING: aclError = 507024;
/// `ACL_ERROR_RT_LABEL_CONTEXT` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_LABEL_CONTEXT: aclError = 507031;
/// `ACL_ERROR_RT_LOST_HEARTBEAT` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_LOST_HEARTBEAT: aclError = 507010;
/// `ACL_ERROR_RT_MEMORY_ALLOCATION` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_MEMORY_ALLOCATION: aclError = 207001;
/// `ACL_ERROR_RT_MEMORY_FREE` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_MEMORY_FREE: aclError = 207002;
/// `ACL_ERROR_RT_MODEL_ABORT_NORMAL` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_MODEL_ABORT_NORMAL: aclError = 507023;
/// `ACL_ERROR_RT_MODEL_CAPTURED` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_MODEL_CAPTURED: aclError = 107026;
/// `ACL_ERROR_RT_MODEL_CONTEXT` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_MODEL_CONTEXT: aclError = 107004;
/// `ACL_ERROR_RT_MODEL_EXECUTE` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_MODEL_EXECUTE: aclError = 507011;
/// `ACL_ERROR_RT_NO_CDQ_RESOURCE` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_NO_CDQ_RESOURCE: aclError = 207011;
/// `ACL_ERROR_RT_NO_DEVICE` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_NO_DEVICE: aclError = 207004;
/// `ACL_ERROR_RT_NO_EVENT_RESOURCE` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_NO_EVENT_RESOURCE: aclError = 207007;
/// `ACL_ERROR_RT_NO_MODEL_RESOURCE` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_NO_MODEL_RESOURCE: aclError = 207010;
/// `ACL_ERROR_RT_NO_NOTIFY_RESOURCE` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_NO_NOTIFY_RESOURCE: aclError = 207009;
/// `ACL_ERROR_RT_NO_PERMISSION` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_NO_PERMISSION: aclError = 207006;
/// `ACL_ERROR_RT_NO_STREAM_RESOURCE` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_NO_STREAM_RESOURCE: aclError = 207008;
/// `ACL_ERROR_RT_OVER_FLOW` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_OVER_FLOW: aclError = 207017;
/// `ACL_ERROR_RT_OVER_LIMIT` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_OVER_LIMIT: aclError = 207012;
/// `ACL_ERROR_RT_PARAM_INVALID` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_PARAM_INVALID: aclError = 107000;
/// `ACL_ERROR_RT_PROFILING_ERROR` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_PROFILING_ERROR: aclError = 507021;
/// `ACL_ERROR_RT_PROGRAM_USE_OUT` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_PROGRAM_USE_OUT: aclError = 507032;
/// `ACL_ERROR_RT_QUEUE_EMPTY` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_QUEUE_EMPTY: aclError = 207013;
/// `ACL_ERROR_RT_QUEUE_FULL` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_QUEUE_FULL: aclError = 207014;
/// `ACL_ERROR_RT_REPEATED_INIT` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_REPEATED_INIT: aclError = 207015;
/// `ACL_ERROR_RT_REPORT_TIMEOUT` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_REPORT_TIMEOUT: aclError = 507012;
/// `ACL_ERROR_RT_RESOURCE_ALLOC_FAIL` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_RESOURCE_ALLOC_FAIL: aclError = 207005;
/// `ACL_ERROR_RT_RINGBUFFER_NOT_INIT` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_RINGBUFFER_NOT_INIT: aclError = 507025;
/// `ACL_ERROR_RT_RINGBUFFER_NO_DATA` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_RINGBUFFER_NO_DATA: aclError = 507026;
/// `ACL_ERROR_RT_SEND_MSG` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_SEND_MSG: aclError = 507051;
/// `ACL_ERROR_RT_SOCKET_CLOSE` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_SOCKET_CLOSE: aclError = 507901;
/// `ACL_ERROR_RT_SOC_VERSION` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_SOC_VERSION: aclError = 507008;
/// `ACL_ERROR_RT_STREAM_ABORT` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_STREAM_ABORT: aclError = 107023;
/// `ACL_ERROR_RT_STREAM_CAPTURED` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_STREAM_CAPTURED: aclError = 107027;
/// `ACL_ERROR_RT_STREAM_CAPTURE_IMPLICIT` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_STREAM_CAPTURE_IMPLICIT: aclError = 107031;
/// `ACL_ERROR_RT_STREAM_CAPTURE_INVALIDATED` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_STREAM_CAPTURE_INVALIDATED: aclError = 507903;
/// `ACL_ERROR_RT_STREAM_CONTEXT` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_STREAM_CONTEXT: aclError = 107003;
/// `ACL_ERROR_RT_STREAM_MODEL` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_STREAM_MODEL: aclError = 107005;
/// `ACL_ERROR_RT_STREAM_NOT_CAPTURED` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_STREAM_NOT_CAPTURED: aclError = 107029;
/// `ACL_ERROR_RT_STREAM_NOT_COMPLETE` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_STREAM_NOT_COMPLETE: aclError = 507004;
/// `ACL_ERROR_RT_STREAM_NO_CB_REG` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_STREAM_NO_CB_REG: aclError = 107015;
/// `ACL_ERROR_RT_STREAM_SUBSCRIBE` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_STREAM_SUBSCRIBE: aclError = 107011;
/// `ACL_ERROR_RT_STREAM_SYNC_TIMEOUT` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_STREAM_SYNC_TIMEOUT: aclError = 507046;
/// `ACL_ERROR_RT_STREAM_TASK_EMPTY` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_STREAM_TASK_EMPTY: aclError = 507003;
/// `ACL_ERROR_RT_STREAM_TASK_FULL` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_STREAM_TASK_FULL: aclError = 507002;
/// `ACL_ERROR_RT_STREAM_UNJOINED` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_STREAM_UNJOINED: aclError = 107025;
/// `ACL_ERROR_RT_SYSPARAMOPT_NOT_SET` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_SYSPARAMOPT_NOT_SET: aclError = 107021;
/// `ACL_ERROR_RT_SYS_DMA` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_SYS_DMA: aclError = 507013;
/// `ACL_ERROR_RT_TASK_TIMEOUT` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_TASK_TIMEOUT: aclError = 107020;
/// `ACL_ERROR_RT_TASK_TYPE_NOT_SUPPORT` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_TASK_TYPE_NOT_SUPPORT: aclError = 507009;
/// `ACL_ERROR_RT_THREAD_SUBSCRIBE` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_THREAD_SUBSCRIBE: aclError = 107012;
/// `ACL_ERROR_RT_TS_ERROR` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_TS_ERROR: aclError = 507001;
/// `ACL_ERROR_RT_VECTOR_CORE_EXCEPTION` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_VECTOR_CORE_EXCEPTION: aclError = 507035;
/// `ACL_ERROR_RT_VECTOR_CORE_TIMEOUT` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_VECTOR_CORE_TIMEOUT: aclError = 507034;
/// `ACL_ERROR_RT_VECTOR_CORE_TRAP_EXCEPTION` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_VECTOR_CORE_TRAP_EXCEPTION: aclError = 507036;
/// `ACL_ERROR_RT_VECTOR_CORE_TRAP_READ_OVERFLOW` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_VECTOR_CORE_TRAP_READ_OVERFLOW: aclError = 507044;
/// `ACL_ERROR_RT_VECTOR_CORE_TRAP_WRITE_OVERFLOW` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_VECTOR_CORE_TRAP_WRITE_OVERFLOW: aclError = 507045;
/// `ACL_ERROR_RT_WAIT_TIMEOUT` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_ERROR_RT_WAIT_TIMEOUT: aclError = 107019;
/// `ACL_ERROR_STORAGE_OVER_LIMIT` from `acl/acl_base.h`.
pub const ACL_ERROR_STORAGE_OVER_LIMIT: aclError = 300000;
/// `ACL_ERROR_STREAM_CAPTURE_CONFLICT` from `acl/acl_base.h`.
pub const ACL_ERROR_STREAM_CAPTURE_CONFLICT: aclError = 107032;
/// `ACL_ERROR_STREAM_NOT_SUBSCRIBE` from `acl/acl_base.h`.
pub const ACL_ERROR_STREAM_NOT_SUBSCRIBE: aclError = 100034;
/// `ACL_ERROR_STREAM_TASK_GROUP_INTR` from `acl/acl_base.h`.
pub const ACL_ERROR_STREAM_TASK_GROUP_INTR: aclError = 107034;
/// `ACL_ERROR_STREAM_TASK_GROUP_STATUS` from `acl/acl_base.h`.
pub const ACL_ERROR_STREAM_TASK_GROUP_STATUS: aclError = 107033;
/// `ACL_ERROR_THREAD_NOT_SUBSCRIBE` from `acl/acl_base.h`.
pub const ACL_ERROR_THREAD_NOT_SUBSCRIBE: aclError = 100035;
/// `ACL_ERROR_UNINITIALIZE` from `acl/acl_base.h`.
pub const ACL_ERROR_UNINITIALIZE: aclError = 100001;
/// `ACL_ERROR_UNSUPPORTED_DATA_TYPE` from `acl/acl_base.h`.
pub const ACL_ERROR_UNSUPPORTED_DATA_TYPE: aclError = 100026;
/// `ACL_ERROR_UNSUPPORTED_JPEG` from `acl/acl_base.h`.
pub const ACL_ERROR_UNSUPPORTED_JPEG: aclError = 148052;
/// `ACL_ERROR_WAIT_CALLBACK_TIMEOUT` from `acl/acl_base.h`.
pub const ACL_ERROR_WAIT_CALLBACK_TIMEOUT: aclError = 100036;
/// `ACL_ERROR_WRITE_FILE` from `acl/acl_base.h`.
pub const ACL_ERROR_WRITE_FILE: aclError = 100004;
/// `ACL_RT_SUCCESS` from `acl/error_codes/rt_error_codes.h`.
pub const ACL_RT_SUCCESS: aclError = 0;
/// `ACL_SUCCESS` from `acl/acl_base.h`.
pub const ACL_SUCCESS: aclError = 0;
/// `ALIGN_NUM` from `acl/dvpp/hi_media_common.h`.
pub const ALIGN_NUM: u32 = 0x8;
/// `DEFAULT_ALIGN` from `acl/dvpp/hi_media_common.h`.
pub const DEFAULT_ALIGN: u32 = 0x20;
/// `HI_ERR_APP_ID` from `acl/dvpp/hi_media_common.h`.
pub const HI_ERR_APP_ID: u32 = 0xa0000000;
/// `HI_ERR_SYS_BUSY` from `acl/dvpp/hi_mpi_sys.h`.
pub const HI_ERR_SYS_BUSY: hi_s32 = 0xA0028012u32 as hi_s32;
/// `HI_ERR_SYS_ERR` from `acl/dvpp/hi_mpi_sys.h`.
pub const HI_ERR_SYS_ERR: hi_s32 = 0xA0028015u32 as hi_s32;
/// `HI_ERR_SYS_EXIST` from `acl/dvpp/hi_mpi_sys.h`.
pub const HI_ERR_SYS_EXIST: hi_s32 = 0xA0028004u32 as hi_s32;
/// `HI_ERR_SYS_ILLEGAL_PARAM` from `acl/dvpp/hi_mpi_sys.h`.
pub const HI_ERR_SYS_ILLEGAL_PARAM: hi_s32 = 0xA0028003u32 as hi_s32;
/// `HI_ERR_SYS_NOT_PERM` from `acl/dvpp/hi_mpi_sys.h`.
pub const HI_ERR_SYS_NOT_PERM: hi_s32 = 0xA0028009u32 as hi_s32;
/// `HI_ERR_SYS_NOT_READY` from `acl/dvpp/hi_mpi_sys.h`.
pub const HI_ERR_SYS_NOT_READY: hi_s32 = 0xA0028010u32 as hi_s32;
/// `HI_ERR_SYS_NOT_SUPPORT` from `acl/dvpp/hi_mpi_sys.h`.
pub const HI_ERR_SYS_NOT_SUPPORT: hi_s32 = 0xA0028008u32 as hi_s32;
/// `HI_ERR_SYS_NO_MEM` from `acl/dvpp/hi_mpi_sys.h`.
pub const HI_ERR_SYS_NO_MEM: hi_s32 = 0xA002800Cu32 as hi_s32;
/// `HI_ERR_SYS_NULL_PTR` from `acl/dvpp/hi_mpi_sys.h`.
pub const HI_ERR_SYS_NULL_PTR: hi_s32 = 0xA0028006u32 as hi_s32;
/// `HI_ERR_SYS_UNEXIST` from `acl/dvpp/hi_mpi_sys.h`.
pub const HI_ERR_SYS_UNEXIST: hi_s32 = 0xA0028005u32 as hi_s32;
/// `HI_ERR_VENC_BAD_ADDR` from `acl/dvpp/hi_dvpp_venc.h`.
pub const HI_ERR_VENC_BAD_ADDR: hi_s32 = 0xA0088011u32 as hi_s32;
/// `HI_ERR_VENC_BUF_EMPTY` from `acl/dvpp/hi_dvpp_venc.h`.
pub const HI_ERR_VENC_BUF_EMPTY: hi_s32 = 0xA008800Eu32 as hi_s32;
/// `HI_ERR_VENC_BUF_FULL` from `acl/dvpp/hi_dvpp_venc.h`.
pub const HI_ERR_VENC_BUF_FULL: hi_s32 = 0xA008800Fu32 as hi_s32;
/// `HI_ERR_VENC_BUSY` from `acl/dvpp/hi_dvpp_venc.h`.
pub const HI_ERR_VENC_BUSY: hi_s32 = 0xA0088012u32 as hi_s32;
/// `HI_ERR_VENC_EXIST` from `acl/dvpp/hi_dvpp_venc.h`.
pub const HI_ERR_VENC_EXIST: hi_s32 = 0xA0088004u32 as hi_s32;
/// `HI_ERR_VENC_ILLEGAL_PARAM` from `acl/dvpp/hi_dvpp_venc.h`.
pub const HI_ERR_VENC_ILLEGAL_PARAM: hi_s32 = 0xA0088003u32 as hi_s32;
/// `HI_ERR_VENC_INVALID_CHN_ID` from `acl/dvpp/hi_dvpp_venc.h`.
pub const HI_ERR_VENC_INVALID_CHN_ID: hi_s32 = 0xA0088002u32 as hi_s32;
/// `HI_ERR_VENC_NOT_CFG` from `acl/dvpp/hi_dvpp_venc.h`.
pub const HI_ERR_VENC_NOT_CFG: hi_s32 = 0xA0088007u32 as hi_s32;
/// `HI_ERR_VENC_NOT_PERM` from `acl/dvpp/hi_dvpp_venc.h`.
pub const HI_ERR_VENC_NOT_PERM: hi_s32 = 0xA0088009u32 as hi_s32;
/// `HI_ERR_VENC_NOT_SUPPORT` from `acl/dvpp/hi_dvpp_venc.h`.
pub const HI_ERR_VENC_NOT_SUPPORT: hi_s32 = 0xA0088008u32 as hi_s32;
/// `HI_ERR_VENC_NO_BUF` from `acl/dvpp/hi_dvpp_venc.h`.
pub const HI_ERR_VENC_NO_BUF: hi_s32 = 0xA008800Du32 as hi_s32;
/// `HI_ERR_VENC_NO_MEM` from `acl/dvpp/hi_dvpp_venc.h`.
pub const HI_ERR_VENC_NO_MEM: hi_s32 = 0xA008800Cu32 as hi_s32;
/// `HI_ERR_VENC_NULL_PTR` from `acl/dvpp/hi_dvpp_venc.h`.
pub const HI_ERR_VENC_NULL_PTR: hi_s32 = 0xA0088006u32 as hi_s32;
/// `HI_ERR_VENC_SYS_ERROR` from `acl/dvpp/hi_dvpp_venc.h`.
pub const HI_ERR_VENC_SYS_ERROR: hi_s32 = 0xA0088015u32 as hi_s32;
/// `HI_ERR_VENC_SYS_NOT_READY` from `acl/dvpp/hi_dvpp_venc.h`.
pub const HI_ERR_VENC_SYS_NOT_READY: hi_s32 = 0xA0088010u32 as hi_s32;
/// `HI_ERR_VENC_UNEXIST` from `acl/dvpp/hi_dvpp_venc.h`.
pub const HI_ERR_VENC_UNEXIST: hi_s32 = 0xA0088005u32 as hi_s32;
/// `HI_FAILURE` from `acl/dvpp/hi_media_type.h`.
pub const HI_FAILURE: hi_s32 = -1;
/// `HI_MAX_COLOR_COMPONENT` from `acl/dvpp/hi_media_common.h`.
pub const HI_MAX_COLOR_COMPONENT: u32 = 0x3;
/// `HI_MAX_USER_DATA_NUM` from `acl/dvpp/hi_media_common.h`.
pub const HI_MAX_USER_DATA_NUM: u32 = 0x2;
/// `HI_NULL` from `acl/dvpp/hi_media_type.h`.
pub const HI_NULL: u32 = 0x0;
/// `HI_SUCCESS` from `acl/dvpp/hi_media_type.h`.
pub const HI_SUCCESS: hi_s32 = 0;
/// `HI_VENC_JPEG_QT_COEF_NUM` from `acl/dvpp/hi_dvpp_venc.h`.
pub const HI_VENC_JPEG_QT_COEF_NUM: u32 = 0x40;
/// `HI_VENC_MAX_MPF_NUM` from `acl/dvpp/hi_dvpp_venc.h`.
pub const HI_VENC_MAX_MPF_NUM: u32 = 0x2;
/// `HI_VENC_MAX_PACK_INFO_NUM` from `acl/dvpp/hi_dvpp_venc.h`.
pub const HI_VENC_MAX_PACK_INFO_NUM: u32 = 0x8;
/// `HI_VENC_MAX_SSE_NUM` from `acl/dvpp/hi_dvpp_venc.h`.
pub const HI_VENC_MAX_SSE_NUM: u32 = 0x8;
/// `HI_VENC_PRORES_MAX_ID_CHAR_NUM` from `acl/dvpp/hi_dvpp_venc.h`.
pub const HI_VENC_PRORES_MAX_ID_CHAR_NUM: u32 = 0x4;
/// `HI_VENC_QP_HIST_NUM` from `acl/dvpp/hi_dvpp_venc.h`.
pub const HI_VENC_QP_HIST_NUM: u32 = 0x34;
/// `HI_VENC_TEXTURE_THRESHOLD_SIZE` from `acl/dvpp/hi_dvpp_venc.h`.
pub const HI_VENC_TEXTURE_THRESHOLD_SIZE: u32 = 0x10;

#[allow(dead_code)]
type _Prims = (c_char, c_int, *mut c_void);
