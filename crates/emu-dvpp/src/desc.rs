//! `acldvppPicDesc` and `acldvppStreamDesc`: plain records behind opaque handles. Setters on NULL or unknown
//! handles return ACL_ERROR_INVALID_PARAM; getters return 0 / NULL (the vendor hides the error the same way).

use std::ffi::c_void;

use aclvenc_abi::*;
use aclvenc_ptr::{In, Out};

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
pub(crate) fn pic(h: usize) -> Option<PicDesc> {
    PIC_DESCS.with(h, |d| *d)
}

fn set_pic(h: Out<'_, acldvppPicDesc>, f: impl FnOnce(&mut PicDesc)) -> aclError {
    PIC_DESCS.update(h.addr(), "acldvppPicDesc", |d| {
        f(d);
        ACL_SUCCESS
    })
}

fn get_pic<R: Default>(h: In<'_, acldvppPicDesc>, f: impl FnOnce(&PicDesc) -> R) -> R {
    PIC_DESCS.get_or_default(h.addr(), f)
}

fn set_stream(h: Out<'_, acldvppStreamDesc>, f: impl FnOnce(&mut StreamDesc)) -> aclError {
    STREAM_DESCS.update(h.addr(), "acldvppStreamDesc", |d| {
        f(d);
        ACL_SUCCESS
    })
}

fn get_stream<R: Default>(h: In<'_, acldvppStreamDesc>, f: impl FnOnce(&StreamDesc) -> R) -> R {
    STREAM_DESCS.get_or_default(h.addr(), f)
}

pub(crate) fn acldvppCreatePicDesc() -> *mut acldvppPicDesc {
    PIC_DESCS.insert(PicDesc::default()) as *mut acldvppPicDesc
}
/// NULL or unknown: ACL_ERROR_INVALID_PARAM. Does not free the data buffer.
pub(crate) fn acldvppDestroyPicDesc(h: Out<'_, acldvppPicDesc>) -> aclError {
    match PIC_DESCS.remove(h.addr()) {
        Some(_) => ACL_SUCCESS,
        None => ACL_ERROR_INVALID_PARAM,
    }
}
pub(crate) fn acldvppSetPicDescData(h: Out<'_, acldvppPicDesc>, data: Out<'_, c_void>) -> aclError {
    set_pic(h, |d| d.data = data.addr())
}
pub(crate) fn acldvppSetPicDescSize(h: Out<'_, acldvppPicDesc>, size: u32) -> aclError {
    set_pic(h, |d| d.size = size)
}
pub(crate) fn acldvppSetPicDescFormat(h: Out<'_, acldvppPicDesc>, format: acldvppPixelFormat) -> aclError {
    set_pic(h, |d| d.format = format.0)
}
pub(crate) fn acldvppSetPicDescWidth(h: Out<'_, acldvppPicDesc>, v: u32) -> aclError {
    set_pic(h, |d| d.width = v)
}
pub(crate) fn acldvppSetPicDescHeight(h: Out<'_, acldvppPicDesc>, v: u32) -> aclError {
    set_pic(h, |d| d.height = v)
}
pub(crate) fn acldvppSetPicDescWidthStride(h: Out<'_, acldvppPicDesc>, v: u32) -> aclError {
    set_pic(h, |d| d.width_stride = v)
}
pub(crate) fn acldvppSetPicDescHeightStride(h: Out<'_, acldvppPicDesc>, v: u32) -> aclError {
    set_pic(h, |d| d.height_stride = v)
}
pub(crate) fn acldvppSetPicDescRetCode(h: Out<'_, acldvppPicDesc>, v: u32) -> aclError {
    set_pic(h, |d| d.ret_code = v)
}
pub(crate) fn acldvppGetPicDescData(h: In<'_, acldvppPicDesc>) -> *mut c_void {
    get_pic(h, |d| d.data) as *mut c_void
}
pub(crate) fn acldvppGetPicDescSize(h: In<'_, acldvppPicDesc>) -> u32 {
    get_pic(h, |d| d.size)
}
/// NULL or unknown: PIXEL_FORMAT_YUV_400 (0).
pub(crate) fn acldvppGetPicDescFormat(h: In<'_, acldvppPicDesc>) -> acldvppPixelFormat {
    acldvppPixelFormat(get_pic(h, |d| d.format))
}
pub(crate) fn acldvppGetPicDescWidth(h: In<'_, acldvppPicDesc>) -> u32 {
    get_pic(h, |d| d.width)
}
pub(crate) fn acldvppGetPicDescHeight(h: In<'_, acldvppPicDesc>) -> u32 {
    get_pic(h, |d| d.height)
}
pub(crate) fn acldvppGetPicDescWidthStride(h: In<'_, acldvppPicDesc>) -> u32 {
    get_pic(h, |d| d.width_stride)
}
pub(crate) fn acldvppGetPicDescHeightStride(h: In<'_, acldvppPicDesc>) -> u32 {
    get_pic(h, |d| d.height_stride)
}
pub(crate) fn acldvppGetPicDescRetCode(h: In<'_, acldvppPicDesc>) -> u32 {
    get_pic(h, |d| d.ret_code)
}

pub(crate) fn acldvppCreateStreamDesc() -> *mut acldvppStreamDesc {
    STREAM_DESCS.insert(StreamDesc::default()) as *mut acldvppStreamDesc
}
/// NULL or unknown: ACL_ERROR_INVALID_PARAM. Does not free the data buffer.
pub(crate) fn acldvppDestroyStreamDesc(h: Out<'_, acldvppStreamDesc>) -> aclError {
    match STREAM_DESCS.remove(h.addr()) {
        Some(_) => ACL_SUCCESS,
        None => ACL_ERROR_INVALID_PARAM,
    }
}
pub(crate) fn acldvppSetStreamDescData(h: Out<'_, acldvppStreamDesc>, data: Out<'_, c_void>) -> aclError {
    set_stream(h, |d| d.data = data.addr())
}
pub(crate) fn acldvppSetStreamDescSize(h: Out<'_, acldvppStreamDesc>, v: u32) -> aclError {
    set_stream(h, |d| d.size = v)
}
pub(crate) fn acldvppSetStreamDescFormat(h: Out<'_, acldvppStreamDesc>, v: acldvppStreamFormat) -> aclError {
    set_stream(h, |d| d.format = v.0)
}
pub(crate) fn acldvppSetStreamDescTimestamp(h: Out<'_, acldvppStreamDesc>, v: u64) -> aclError {
    set_stream(h, |d| d.timestamp = v)
}
pub(crate) fn acldvppSetStreamDescRetCode(h: Out<'_, acldvppStreamDesc>, v: u32) -> aclError {
    set_stream(h, |d| d.ret_code = v)
}
/// Any non-zero value is stored as 1.
pub(crate) fn acldvppSetStreamDescEos(h: Out<'_, acldvppStreamDesc>, v: u8) -> aclError {
    set_stream(h, |d| d.eos = u8::from(v != 0))
}
pub(crate) fn acldvppGetStreamDescData(h: In<'_, acldvppStreamDesc>) -> *mut c_void {
    get_stream(h, |d| d.data) as *mut c_void
}
pub(crate) fn acldvppGetStreamDescSize(h: In<'_, acldvppStreamDesc>) -> u32 {
    get_stream(h, |d| d.size)
}
/// NULL or unknown: H265_MAIN_LEVEL (0).
pub(crate) fn acldvppGetStreamDescFormat(h: In<'_, acldvppStreamDesc>) -> acldvppStreamFormat {
    acldvppStreamFormat(get_stream(h, |d| d.format))
}
pub(crate) fn acldvppGetStreamDescTimestamp(h: In<'_, acldvppStreamDesc>) -> u64 {
    get_stream(h, |d| d.timestamp)
}
pub(crate) fn acldvppGetStreamDescRetCode(h: In<'_, acldvppStreamDesc>) -> u32 {
    get_stream(h, |d| d.ret_code)
}
pub(crate) fn acldvppGetStreamDescEos(h: In<'_, acldvppStreamDesc>) -> u8 {
    get_stream(h, |d| d.eos)
}
