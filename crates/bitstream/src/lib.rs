//! Checks on encoder output (issue 11, "stream insight"): each output of a channel, copied into an [`Excerpt`]
//! on the application's thread, is checked later by the channel's [`Checker`] against what the channel was
//! configured with ([`Expect`]). Every check is a `STREAM-*` rule of `aclvenc_interface::rules`:
//! H.264 / H.265 Annex B (start codes, parameter sets before the first IDR, IDR pictures at the configured GOP and
//! when forced, the SPS's picture size and profile) and JPEG (SOI / EOI, the frame header's size).
//!
//! H.264 SPS are read with `h264-reader`; the H.265 NAL header and SPS prefix ([`h265`]), the Annex B framing
//! ([`annexb`]) and the JPEG markers ([`jpeg`]) with our own small parsers. No `unsafe`, no exports.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod annexb;
mod bits;
mod checker;
mod excerpt;
mod expect;
pub mod h264;
pub mod h265;
pub mod jpeg;

pub use checker::{Checker, OutputInfo, PictureKind, Problem};
pub use excerpt::{Excerpt, JPEG_HEAD_BYTES, MAX_NAL_UNITS, NAL_HEAD_BYTES, PARAM_SET_BYTES, TAIL_BYTES};
pub use expect::{Codec, Expect, Profile};
