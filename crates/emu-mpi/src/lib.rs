//! Emulated libacl_dvpp_mpi.so: hi_mpi_sys, hi_mpi_dvpp and hi_mpi_venc V2 encoder (H.264, H.265, JPEG).
