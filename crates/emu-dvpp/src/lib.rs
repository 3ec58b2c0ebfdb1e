//! Emulated libacl_dvpp.so: acldvpp descriptions and memory, aclvenc V1 encoder.
