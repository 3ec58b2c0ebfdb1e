//! aclvenc-check: runs an application under the shim (being written).
fn main() {}
