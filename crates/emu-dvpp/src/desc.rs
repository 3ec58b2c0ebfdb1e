//! `acldvppPicDesc` and `acldvppStreamDesc`: plain records behind opaque handles. Setters on NULL or unknown
//! handles return ACL_ERROR_INVALID_PARAM; getters return 0 / NULL (the vendor hides the error the same way).
//!
//! A pic desc sent with `aclvencSendFrame` is pinned ([`PicPin`]) until its callback: destroying it earlier
//! (VENC-SEND-INPUT-FREE-EARLY) succeeds, and the desc stays readable with its last values until the callback that
//! receives it has returned, as freed memory would on the device; a second destroy returns
//! ACL_ERROR_INVALID_PARAM. The output stream descs the library makes for callbacks are the library's: the
//! application cannot destroy them (ACL_ERROR_INVALID_PARAM; VENC-CB-OUTPUT-LIFETIME).

use std::ffi::c_void;
use std::sync::atomic::{AtomicBool, Ordering};

use aclvenc_abi::*;
use aclvenc_ptr::{In, Out};

use crate::handles::{Destroyed, Handles};

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
    /// Made by the library for a callback (destroyed by it when the callback returns), not by the application.
    pub library: bool,
}

pub(crate) static PIC_DESCS: Handles<PicDesc> = Handles::new();
pub(crate) static STREAM_DESCS: Handles<StreamDesc> = Handles::new();

/// A copy of the pic desc behind a handle.
pub(crate) fn pic(h: usize) -> Option<PicDesc> {
    PIC_DESCS.with(h, |d| *d)
}

/// A queued frame's hold on its pic desc (see the module docs); dropping it lets a desc destroyed early go.
#[derive(Debug)]
pub(crate) struct PicPin(usize);

impl PicPin {
    /// Pin the live pic desc `h`.
    pub(crate) fn new(h: usize) -> Option<PicPin> {
        PIC_DESCS.pin(h).then_some(PicPin(h))
    }

    /// Before the callback: let go of a desc the application has not destroyed (so that it may destroy it inside
    /// the callback, the usual place, without it counting as early); a desc destroyed early is kept, readable,
    /// until the returned pin drops after the callback.
    pub(crate) fn release_if_live(self) -> Option<PicPin> {
        let h = self.0;
        if PIC_DESCS.unpin(h, true) {
            std::mem::forget(self);
            None
        } else {
            Some(self)
        }
    }
}

impl Drop for PicPin {
    fn drop(&mut self) {
        PIC_DESCS.unpin(self.0, false);
    }
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
/// NULL, unknown or already destroyed: ACL_ERROR_INVALID_PARAM. Does not free the data buffer. A desc whose frame
/// is in flight is kept, readable, until that frame's callback has returned (module docs).
pub(crate) fn acldvppDestroyPicDesc(h: Out<'_, acldvppPicDesc>) -> aclError {
    match PIC_DESCS.destroy(h.addr()) {
        Some(Destroyed::Removed) => ACL_SUCCESS,
        Some(Destroyed::Kept) => {
            static LOGGED: AtomicBool = AtomicBool::new(false);
            if !LOGGED.swap(true, Ordering::Relaxed) {
                log::warn!(
                    "acldvppDestroyPicDesc: {:#x} belongs to a frame still in flight; the callback receives it \
                     (VENC-SEND-INPUT-FREE-EARLY). It is kept, with its last values, until that callback returns. \
                     Logged once",
                    h.addr()
                );
            }
            ACL_SUCCESS
        }
        None => {
            log::error!("acldvppDestroyPicDesc: {:#x} is not a live acldvppPicDesc (destroyed twice?)", h.addr());
            ACL_ERROR_INVALID_PARAM
        }
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
/// NULL, unknown or already destroyed, or an output desc the library made for a callback: ACL_ERROR_INVALID_PARAM.
/// Does not free the data buffer.
pub(crate) fn acldvppDestroyStreamDesc(h: Out<'_, acldvppStreamDesc>) -> aclError {
    match STREAM_DESCS.remove_if(h.addr(), |d| !d.library) {
        Some(Ok(_)) => ACL_SUCCESS,
        Some(Err(())) => {
            log::error!(
                "acldvppDestroyStreamDesc: {:#x} is the output desc of an aclvencCallback; the library destroys it when \
                 the callback returns (VENC-CB-OUTPUT-LIFETIME)",
                h.addr()
            );
            ACL_ERROR_INVALID_PARAM
        }
        None => {
            log::error!("acldvppDestroyStreamDesc: {:#x} is not a live acldvppStreamDesc (destroyed twice?)", h.addr());
            ACL_ERROR_INVALID_PARAM
        }
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
