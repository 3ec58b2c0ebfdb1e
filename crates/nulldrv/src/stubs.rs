//! The 85 vendor exports, generated from the ABI crate's function tables.
//!
//! `family!` turns one table (`fn name(param: Type, ...) -> Ret;` lines) into: an index per function (`Id`), the
//! NUL-terminated names in table order (`NAMES`), and one `#[no_mangle] extern "C"` stub per function. A stub turns
//! its arguments into words, hands them to [`crate::record::call`] and turns the word it gets back into the return
//! type. The stubs never dereference their pointer arguments, so they are safe functions. `TYPES` gives the
//! parameter and return types by name, so the record can tell which arguments are the driver's handles.

use crate::word::{FromWord, ToWord};

macro_rules! family {
    ($base:expr; $(fn $name:ident($($p:ident: $t:ty),* $(,)?) -> $ret:ty;)*) => {
        #[allow(non_camel_case_types, clippy::enum_variant_names)]
        #[derive(Clone, Copy)]
        enum Id {
            $($name),*
        }

        /// The functions of this family in table order, each NUL-terminated (for the C control API).
        pub(crate) const NAMES: &[&str] = &[$(concat!(stringify!($name), "\0")),*];

        /// The parameter types and the return type of each function, as the table spells them (for
        /// [`crate::handles::Kind::of_type`]).
        pub(crate) const TYPES: &[(&[&str], &str)] = &[$((&[$(stringify!($t)),*], stringify!($ret))),*];

        $(
            #[no_mangle]
            pub extern "C" fn $name($($p: $t),*) -> $ret {
                let args: &[u64] = &[$(ToWord::to_word($p)),*];
                FromWord::from_word(crate::record::call($base + Id::$name as usize, args))
            }
        )*
    };
}

/// The 38 `aclvenc*` functions of `libacl_dvpp.so`, indices `0..38`.
pub(crate) mod v1 {
    use super::{FromWord, ToWord};

    aclvenc_abi::aclvenc_fns!(family; 0;);
}

/// The 47 `hi_mpi_venc_*` functions of `libacl_dvpp_mpi.so`, indices `38..85`.
pub(crate) mod v2 {
    use super::{FromWord, ToWord};

    aclvenc_abi::hi_mpi_venc_fns!(family; super::v1::NAMES.len(););
}
