//! Emulated driver shared core: the software video encoder (libavcodec through `ffmpeg-next`), NV12/NV21 picture
//! views, per-chip limits and defaults, settings, fault injection, the panic boundary and logging. No C symbols
//! are exported from here: each emulated library (`libascendcl.so`, `libacl_dvpp.so`, `libacl_dvpp_mpi.so`) is
//! its own cdylib crate on top of this one.

pub mod annexb;
pub mod boundary;
pub mod chip;
pub mod devmem;
pub mod faults;
pub mod logging;
pub mod settings;
pub mod sibling;
pub mod video;
