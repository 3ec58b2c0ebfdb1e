//! `acldvppPicDesc` and `acldvppStreamDesc`: plain records behind opaque handles. Setters on NULL or unknown
//! handles return ACL_ERROR_INVALID_PARAM; getters return 0 / NULL (the vendor hides the error the same way).

use std::ffi::c_void;

use aclvenc_abi::*;

use crate::handles::Handles;

/// Fields of an `acldvppPicDesc` (sizes in bytes, dimensions in pixels).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct PicDesc {
    pub data: usize,
    pub size: u32,
    pub format: i32,
    pub width: u32,
    pub height: u32,
    pub width_stride: u32,
    pub height_stride: u32,
    pub ret_code: u32,
}

/// Fields of an `acldvppStreamDesc`.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct StreamDesc {
    pub data: usize,
    /// Bytes of encoded data.
    pub size: u32,
    pub format: i32,
    pub timestamp: u64,
    pub ret_code: u32,
    pub eos: u8,
}

pub(crate) static PIC_DESCS: Handles<PicDesc> = Handles::new();
pub(crate) static STREAM_DESCS: Handles<StreamDesc> = Handles::new();

/// A copy of the pic desc behind a handle.
pub(crate) fn pic(h: *const acldvppPicDesc) -> Option<PicDesc> {
    PIC_DESCS.with(h as usize, |d| *d)
}

fn set_pic(h: *mut acldvppPicDesc, f: impl FnOnce(&mut PicDesc)) -> aclError {
    PIC_DESCS.update(h as usize, "acldvppPicDesc", |d| {
        f(d);
        ACL_SUCCESS
    })
}

fn get_pic<R: Default>(h: *const acldvppPicDesc, f: impl FnOnce(&PicDesc) -> R) -> R {
    PIC_DESCS.get_or_default(h as usize, f)
}

fn set_stream(h: *mut acldvppStreamDesc, f: impl FnOnce(&mut StreamDesc)) -> aclError {
    STREAM_DESCS.update(h as usize, "acldvppStreamDesc", |d| {
        f(d);
        ACL_SUCCESS
    })
}

fn get_stream<R: Default>(h: *const acldvppStreamDesc, f: impl FnOnce(&StreamDesc) -> R) -> R {
    STREAM_DESCS.get_or_default(h as usize, f)
}

pub(crate) fn acldvppCreatePicDesc() -> *mut acldvppPicDesc {
    PIC_DESCS.insert(PicDesc::default()) as *mut acldvppPicDesc
}
/// NULL or unknown: ACL_ERROR_INVALID_PARAM. Does not free the data buffer.
pub(crate) fn acldvppDestroyPicDesc(h: *mut acldvppPicDesc) -> aclError {
    match PIC_DESCS.remove(h as usize) {
        Some(_) => ACL_SUCCESS,
        None => ACL_ERROR_INVALID_PARAM,
    }
}
pub(crate) fn acldvppSetPicDescData(h: *mut acldvppPicDesc, data: *mut c_void) -> aclError {
    set_pic(h, |d| d.data = data as usize)
}
pub(crate) fn acldvppSetPicDescSize(h: *mut acldvppPicDesc, size: u32) -> aclError {
    set_pic(h, |d| d.size = size)
}
pub(crate) fn acldvppSetPicDescFormat(h: *mut acldvppPicDesc, format: acldvppPixelFormat) -> aclError {
    set_pic(h, |d| d.format = format.0)
}
pub(crate) fn acldvppSetPicDescWidth(h: *mut acldvppPicDesc, v: u32) -> aclError {
    set_pic(h, |d| d.width = v)
}
pub(crate) fn acldvppSetPicDescHeight(h: *mut acldvppPicDesc, v: u32) -> aclError {
    set_pic(h, |d| d.height = v)
}
pub(crate) fn acldvppSetPicDescWidthStride(h: *mut acldvppPicDesc, v: u32) -> aclError {
    set_pic(h, |d| d.width_stride = v)
}
pub(crate) fn acldvppSetPicDescHeightStride(h: *mut acldvppPicDesc, v: u32) -> aclError {
    set_pic(h, |d| d.height_stride = v)
}
pub(crate) fn acldvppSetPicDescRetCode(h: *mut acldvppPicDesc, v: u32) -> aclError {
    set_pic(h, |d| d.ret_code = v)
}
pub(crate) fn acldvppGetPicDescData(h: *const acldvppPicDesc) -> *mut c_void {
    get_pic(h, |d| d.data) as *mut c_void
}
pub(crate) fn acldvppGetPicDescSize(h: *const acldvppPicDesc) -> u32 {
    get_pic(h, |d| d.size)
}
/// NULL or unknown: PIXEL_FORMAT_YUV_400 (0).
pub(crate) fn acldvppGetPicDescFormat(h: *const acldvppPicDesc) -> acldvppPixelFormat {
    acldvppPixelFormat(get_pic(h, |d| d.format))
}
pub(crate) fn acldvppGetPicDescWidth(h: *const acldvppPicDesc) -> u32 {
    get_pic(h, |d| d.width)
}
pub(crate) fn acldvppGetPicDescHeight(h: *const acldvppPicDesc) -> u32 {
    get_pic(h, |d| d.height)
}
pub(crate) fn acldvppGetPicDescWidthStride(h: *const acldvppPicDesc) -> u32 {
    get_pic(h, |d| d.width_stride)
}
pub(crate) fn acldvppGetPicDescHeightStride(h: *const acldvppPicDesc) -> u32 {
    get_pic(h, |d| d.height_stride)
}
pub(crate) fn acldvppGetPicDescRetCode(h: *const acldvppPicDesc) -> u32 {
    get_pic(h, |d| d.ret_code)
}

pub(crate) fn acldvppCreateStreamDesc() -> *mut acldvppStreamDesc {
    STREAM_DESCS.insert(StreamDesc::default()) as *mut acldvppStreamDesc
}
/// NULL or unknown: ACL_ERROR_INVALID_PARAM. Does not free the data buffer.
pub(crate) fn acldvppDestroyStreamDesc(h: *mut acldvppStreamDesc) -> aclError {
    match STREAM_DESCS.remove(h as usize) {
        Some(_) => ACL_SUCCESS,
        None => ACL_ERROR_INVALID_PARAM,
    }
}
pub(crate) fn acldvppSetStreamDescData(h: *mut acldvppStreamDesc, data: *mut c_void) -> aclError {
    set_stream(h, |d| d.data = data as usize)
}
pub(crate) fn acldvppSetStreamDescSize(h: *mut acldvppStreamDesc, v: u32) -> aclError {
    set_stream(h, |d| d.size = v)
}
pub(crate) fn acldvppSetStreamDescFormat(h: *mut acldvppStreamDesc, v: acldvppStreamFormat) -> aclError {
    set_stream(h, |d| d.format = v.0)
}
pub(crate) fn acldvppSetStreamDescTimestamp(h: *mut acldvppStreamDesc, v: u64) -> aclError {
    set_stream(h, |d| d.timestamp = v)
}
pub(crate) fn acldvppSetStreamDescRetCode(h: *mut acldvppStreamDesc, v: u32) -> aclError {
    set_stream(h, |d| d.ret_code = v)
}
/// Any non-zero value is stored as 1.
pub(crate) fn acldvppSetStreamDescEos(h: *mut acldvppStreamDesc, v: u8) -> aclError {
    set_stream(h, |d| d.eos = u8::from(v != 0))
}
pub(crate) fn acldvppGetStreamDescData(h: *const acldvppStreamDesc) -> *mut c_void {
    get_stream(h, |d| d.data) as *mut c_void
}
pub(crate) fn acldvppGetStreamDescSize(h: *const acldvppStreamDesc) -> u32 {
    get_stream(h, |d| d.size)
}
/// NULL or unknown: H265_MAIN_LEVEL (0).
pub(crate) fn acldvppGetStreamDescFormat(h: *const acldvppStreamDesc) -> acldvppStreamFormat {
    acldvppStreamFormat(get_stream(h, |d| d.format))
}
pub(crate) fn acldvppGetStreamDescTimestamp(h: *const acldvppStreamDesc) -> u64 {
    get_stream(h, |d| d.timestamp)
}
pub(crate) fn acldvppGetStreamDescRetCode(h: *const acldvppStreamDesc) -> u32 {
    get_stream(h, |d| d.ret_code)
}
pub(crate) fn acldvppGetStreamDescEos(h: *const acldvppStreamDesc) -> u8 {
    get_stream(h, |d| d.eos)
}
