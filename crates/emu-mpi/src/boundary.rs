//! The one panic boundary every export passes through, the library's logger, and the "not supported by the
//! emulator" answer.
//!
//! STYLE.md convention 3: each export body is one call into [`guard`], which runs the implementation in the
//! emulated driver's shared boundary (`aclvenc_emu_common::boundary::guard_with`) so that no panic crosses into
//! C; a panic turns into the fallback value the caller chose (`HI_ERR_VENC_SYS_ERROR` for the encoder,
//! `HI_ERR_SYS_ERR` for sys/dvpp, -1 for `hi_mpi_venc_get_fd`).

use aclvenc_abi::hi_s32;

/// Install the emulated driver's stderr logger for this library once (level from `ACLVENC_EMU_LOG`, default
/// `warn`; see `aclvenc_emu_common::logging`).
pub fn init_logging() {
    aclvenc_emu_common::logging::init("libacl_dvpp_mpi.so");
}

/// Run one export's implementation through the shared panic boundary (`aclvenc_emu_common::boundary`); a panic is
/// logged and becomes `fallback`.
pub fn guard(name: &'static str, fallback: hi_s32, f: impl FnOnce() -> hi_s32) -> hi_s32 {
    init_logging();
    aclvenc_emu_common::boundary::guard_with(
        name,
        || {
            log::error!("{name}: internal error in the emulated driver; returning {fallback:#x}");
            fallback
        },
        f,
    )
}

/// The value an export returns when its implementation panics: the vendor's system-error code of the function's
/// module, or -1 / 0 for the functions that return an fd or a size instead of a code (abi-facts §2).
pub fn fallback_for(name: &str) -> hi_s32 {
    match name {
        "hi_mpi_venc_get_fd" => -1,
        "hi_mpi_venc_get_qpmap_stride" | "hi_mpi_venc_get_qpmap_size" => 0,
        n if n.starts_with("hi_mpi_venc_") => aclvenc_abi::HI_ERR_VENC_SYS_ERROR,
        _ => aclvenc_abi::HI_ERR_SYS_ERR,
    }
}

/// Log that `name` is not implemented by the emulator and return `code` (the vendor's NOT_SUPPORT code of the
/// function's module, or 0 for the size helpers).
pub fn not_supported(name: &str, code: hi_s32) -> hi_s32 {
    log::warn!("{name} is not supported by the emulator (returning {code:#x})");
    code
}
