//! Emulated driver shared core: the software video encoder (libavcodec through `ffmpeg-next`), NV12/NV21 picture
//! views, per-chip limits and defaults, and fault injection. No C symbols are exported from here: each emulated
//! library (`libascendcl.so`, `libacl_dvpp.so`, `libacl_dvpp_mpi.so`) is its own cdylib crate on top of this one.

pub mod video;
