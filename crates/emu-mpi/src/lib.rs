//! Emulated `libacl_dvpp_mpi.so`: the media-data-processing V2 API of the Ascend CANN toolkit, done in software.
//!
//! * `hi_mpi_sys_*`: reference-counted init/exit and the DVPP epoll calls (real kernel epoll and eventfd objects).
//! * `hi_mpi_dvpp_*`: a DVPP memory allocator whose blocks the encoder recognises (rule MPI-MEM-DVPP).
//! * `hi_mpi_venc_*`: JPEG (JPEGE), H.264 and H.265 channels with the vendor's state machine, queue depths, stream
//!   ring and error codes (docs/validation-rules.md sections B, C, D, E, F), each channel encoding on its own thread.
//!
//! Every exported symbol is generated from the ABI crate's function tables by the emulated driver's one export
//! layer ([`exports`], `aclvenc_emu_common::export!`), which hands the implementations typed views of their C
//! arguments (`aclvenc_ptr`); DVPP memory is read and written through the shared registry ([`mem`]); the kernel
//! objects live in [`fd`]; the stream ring's raw memory lives in [`ring`].

// Unsafe code lives in the export layer and the other modules of aclvenc-emu-common, not here.
#![deny(unsafe_code)]

pub mod attr;
pub mod channel;
pub mod exports;
pub mod fd;
pub mod frame;
pub mod jpeg;
pub mod mem;
pub mod ring;
pub mod sys;
pub mod venc;
