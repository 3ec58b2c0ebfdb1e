//! Emulated `libascendcl.so`: the acl runtime pieces an encoder app needs.
//!
//! * `aclInit` / `aclFinalize`, devices (`aclrtSetDevice`, `aclrtResetDevice`, `aclrtGetDeviceCount`), contexts
//!   with a per-thread current context, `aclrtGetRunMode` (always `ACL_HOST`), `aclrtGetSocName`.
//! * Streams and the report mechanism: a callback launched on a stream (`aclrtLaunchCallback`) runs on the thread
//!   subscribed to that stream (`aclrtSubscribeReport`), and only inside that thread's `aclrtProcessReport`;
//!   `aclrtSynchronizeStream` returns once every callback launched on the stream has run.
//! * Memory: `aclrtMalloc`/`aclrtFree`, `aclrtMallocHost`/`aclrtFreeHost`, `aclrtMemcpy` (device memory is host
//!   memory here).
//!
//! Every export is generated from `aclvenc_abi::acl_runtime_fns!` and passes the panic boundary of
//! `aclvenc_emu_common::boundary`; the bodies live in [`device`], [`report`] and [`memory`].
#![allow(non_snake_case)]

mod device;
mod exports;
mod memory;
mod outptr;
mod report;
