//! Emulated `libacl_dvpp.so`: the `acldvpp*` picture/stream descriptions and DVPP memory, and the 38 `aclvenc*`
//! functions of the V1 video encoder, encoding in software (`aclvenc_emu_common::video`).
//!
//! The vendor contract apps depend on, and how it is kept here:
//! * the callback runs on the thread given to `aclvencSetChannelDescThreadId`, only inside that thread's
//!   `aclrtProcessReport`: each channel gets its own stream (made with `aclrtCreateStream`), `aclvencCreateChannel`
//!   subscribes the desc's thread to it (`aclrtSubscribeReport`), and the per-channel worker thread delivers each
//!   frame with `aclrtLaunchCallback` on that stream. The acl runtime is reached through the public dynamic
//!   symbols of `libascendcl.so` ([`rt`]), like the real library;
//! * the frame config is copied during `aclvencSendFrame`; the input buffer and pic desc are borrowed until the
//!   frame's callback; one callback per frame, in order;
//! * an EOS send (null picture allowed) returns once every earlier callback has run;
//! * per-chip behaviour and vendor error codes from validation-rules.md sections A and F.
#![allow(non_snake_case)]

mod channel;
mod chdesc;
mod cptr;
mod desc;
mod exports;
mod handles;
mod memory;
mod rt;
