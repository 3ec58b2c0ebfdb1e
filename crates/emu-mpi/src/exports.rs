//! The exported C symbols, generated from the ABI crate's function tables (`hi_mpi_venc_fns!`, `hi_mpi_sys_fns!`,
//! `hi_mpi_dvpp_fns!`), so no vendor signature is written by hand (STYLE.md convention 1).
//!
//! Each stub forwards to the function of the same name in [`crate::venc`], [`crate::sys`] or [`crate::mem`]
//! through [`crate::boundary::guard`]. Those implementations take the raw C arguments unchanged.

macro_rules! export_group {
    ($module:path; $(fn $name:ident($($p:ident: $t:ty),* $(,)?) -> $ret:ty;)*) => {
        $(
            #[doc = concat!("Exported `", stringify!($name), "`; see abi-facts.md §2/§3 for the C contract.")]
            ///
            /// # Safety
            /// The caller passes arguments that satisfy the vendor's C prototype: every pointer is NULL or valid
            /// for the access the vendor documents for it.
            #[no_mangle]
            pub unsafe extern "C" fn $name($($p: $t),*) -> $ret {
                use $module as imp;
                let fallback = crate::boundary::fallback_for(stringify!($name));
                crate::boundary::guard(stringify!($name), fallback, move || {
                    // SAFETY: the arguments come straight from the C caller, who upholds the prototype's pointer
                    // contract (the same obligation this function's `# Safety` section states).
                    unsafe { imp::$name($($p),*) }
                })
            }
        )*
    };
}

macro_rules! export_venc {
    ($($body:tt)*) => { export_group!(crate::venc; $($body)*); };
}
macro_rules! export_sys {
    ($($body:tt)*) => { export_group!(crate::sys; $($body)*); };
}
macro_rules! export_dvpp {
    ($($body:tt)*) => { export_group!(crate::mem; $($body)*); };
}

aclvenc_abi::hi_mpi_venc_fns!(export_venc);
aclvenc_abi::hi_mpi_sys_fns!(export_sys);
aclvenc_abi::hi_mpi_dvpp_fns!(export_dvpp);
