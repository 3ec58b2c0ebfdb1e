# generated from abi/abi-spec.json by `cargo run -p xtask -- gen`; do not edit
"""Generated modules of the acl package."""
