//! The runtime a benchmark's encoder calls run in, set up and torn down through the shim as a program does.

use crate::{protos, sym};
use aclvenc_abi::*;
use libloading::Library;

/// What a program sets up before its first encoder call, made through `lib` (the shim) in this order:
/// `aclInit(NULL)`, `aclrtSetDevice(0)`, `aclrtCreateContext(&ctx, 0)`, `hi_mpi_sys_init()`. [`Runtime::close`]
/// undoes them in reverse, so that the shim's exit report names no leaked context, device or MPI system.
pub struct Runtime<'l> {
    lib: &'l Library,
    ctx: aclrtContext,
}

impl<'l> Runtime<'l> {
    /// Sets the runtime up through `lib`.
    ///
    /// # Panics
    /// A call that does not return success (`ACL_SUCCESS` / `HI_SUCCESS`), naming it.
    ///
    /// # Safety
    /// `lib` exports these functions with the vendor prototypes (the shim, an emulated or the empty driver).
    pub unsafe fn open(lib: &'l Library) -> Self {
        let mut ctx: aclrtContext = std::ptr::null_mut();
        // SAFETY: the caller's contract; each prototype is the ABI table's, `ctx` a live out-parameter.
        unsafe {
            assert_eq!(sym::<protos::aclInit>(lib, "aclInit")(std::ptr::null()), ACL_SUCCESS, "aclInit");
            assert_eq!(sym::<protos::aclrtSetDevice>(lib, "aclrtSetDevice")(0), ACL_SUCCESS, "aclrtSetDevice");
            let created = sym::<protos::aclrtCreateContext>(lib, "aclrtCreateContext")(&mut ctx, 0);
            assert_eq!(created, ACL_SUCCESS, "aclrtCreateContext");
            assert_eq!(sym::<protos::hi_mpi_sys_init>(lib, "hi_mpi_sys_init")(), HI_SUCCESS, "hi_mpi_sys_init");
        }
        Runtime { lib, ctx }
    }

    /// Tears it down: `hi_mpi_sys_exit()`, `aclrtDestroyContext(ctx)`, `aclrtResetDevice(0)`, `aclFinalize()`.
    ///
    /// # Panics
    /// A call that does not return success, naming it.
    pub fn close(self) {
        let lib = self.lib;
        // SAFETY: `lib` met `open`'s contract; `ctx` is the context it created, destroyed once here.
        unsafe {
            assert_eq!(sym::<protos::hi_mpi_sys_exit>(lib, "hi_mpi_sys_exit")(), HI_SUCCESS, "hi_mpi_sys_exit");
            let destroyed = sym::<protos::aclrtDestroyContext>(lib, "aclrtDestroyContext")(self.ctx);
            assert_eq!(destroyed, ACL_SUCCESS, "aclrtDestroyContext");
            assert_eq!(sym::<protos::aclrtResetDevice>(lib, "aclrtResetDevice")(0), ACL_SUCCESS, "aclrtResetDevice");
            assert_eq!(sym::<protos::aclFinalize>(lib, "aclFinalize")(), ACL_SUCCESS, "aclFinalize");
        }
    }
}
