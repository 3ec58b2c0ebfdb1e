//! Conversions between the vendor's argument/return types and the 64-bit words the null driver records.
//!
//! Arguments become words ([`ToWord`]): pointers and callbacks by address, unsigned integers zero-extended, signed
//! integers and the vendor's enums (4-byte signed newtypes) sign-extended. Scripted return values come back from a
//! word ([`FromWord`]) by truncation, so a C test can script any bit pattern of the return type.

use aclvenc_abi as abi;

/// One argument as the word the null driver records.
pub(crate) trait ToWord {
    fn to_word(self) -> u64;
}

/// A return value made from a scripted word.
pub(crate) trait FromWord: Sized {
    fn from_word(word: u64) -> Self;
}

impl<T> ToWord for *mut T {
    fn to_word(self) -> u64 {
        self as usize as u64
    }
}

impl<T> ToWord for *const T {
    fn to_word(self) -> u64 {
        self as usize as u64
    }
}

impl<T> FromWord for *mut T {
    fn from_word(word: u64) -> Self {
        word as usize as *mut T
    }
}

macro_rules! unsigned_words {
    ($($t:ty),*) => {$(
        impl ToWord for $t {
            fn to_word(self) -> u64 {
                self as u64
            }
        }
        impl FromWord for $t {
            fn from_word(word: u64) -> Self {
                word as $t
            }
        }
    )*};
}
unsigned_words!(u8, u32, u64, usize);

impl ToWord for i32 {
    fn to_word(self) -> u64 {
        self as i64 as u64
    }
}

impl FromWord for i32 {
    fn from_word(word: u64) -> Self {
        word as u32 as i32
    }
}

macro_rules! enum_words {
    ($($t:ident),*) => {$(
        impl ToWord for abi::$t {
            fn to_word(self) -> u64 {
                self.0.to_word()
            }
        }
        impl FromWord for abi::$t {
            fn from_word(word: u64) -> Self {
                abi::$t(i32::from_word(word))
            }
        }
    )*};
}
enum_words!(
    acldvppPixelFormat,
    acldvppStreamFormat,
    aclvencChannelDescParamType,
    hi_bool,
    hi_payload_type,
    hi_venc_scene_mode
);

impl ToWord for abi::aclvencCallback {
    fn to_word(self) -> u64 {
        self.map_or(0, |f| f as usize as u64)
    }
}

impl FromWord for abi::aclvencCallback {
    fn from_word(word: u64) -> Self {
        if word == 0 {
            return None;
        }
        // SAFETY: `aclvencCallback` is an `Option` of a function pointer, which has the size and representation of
        // an address on the LP64 targets the vendor ships, and every non-zero address is a valid value of it. The
        // null driver never calls it; a test that scripts this return value is responsible for what the caller does
        // with it.
        unsafe { core::mem::transmute::<usize, abi::aclvencCallback>(word as usize) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signed_values_are_sign_extended() {
        assert_eq!((-1i32).to_word(), u64::MAX);
        assert_eq!(abi::hi_bool(-2).to_word(), 0xFFFF_FFFF_FFFF_FFFE);
        assert_eq!(0xA008_8006u32.to_word(), 0xA008_8006);
    }

    #[test]
    fn scripted_words_truncate_to_the_return_type() {
        assert_eq!(i32::from_word(0xA008_8006), 0xA008_8006u32 as i32);
        assert_eq!(u8::from_word(0x1FF), 0xFF);
        assert_eq!(<*mut core::ffi::c_void>::from_word(0x1234) as usize, 0x1234);
        assert!(abi::aclvencCallback::from_word(0).is_none());
        assert_eq!(abi::aclvencCallback::from_word(0x4000).to_word(), 0x4000);
    }
}
