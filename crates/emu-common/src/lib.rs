//! Emulated driver shared core: the one export layer (the generated C stubs, the panic boundary, fault injection,
//! the application's callbacks), the software video encoder (libavcodec through `ffmpeg-next`), NV12/NV21 picture
//! views, settings, the device-memory registry, sibling-library resolution and logging. No C symbols are exported
//! from here: each emulated library (`libascendcl.so`, `libacl_dvpp.so`, `libacl_dvpp_mpi.so`) is its own cdylib
//! crate on top of this one and expands [`export!`] over its ABI function tables.

pub mod annexb;
pub mod devmem;
pub mod export;
pub mod faults;
pub mod logging;
pub mod process;
pub mod settings;
pub mod sibling;
pub mod video;
