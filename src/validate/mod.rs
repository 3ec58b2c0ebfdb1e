//! The checks, one file per API family: each vendor function's [`crate::chassis::Hooks`] impl validates its
//! arguments and the object state, and records the call's effect. Rule IDs come from [`rules::Rule`].

pub mod dvpp;
pub mod rt;
pub mod rules;
pub mod stream;
pub mod sys;
pub mod v1;
pub mod v2;

/// `lo..=hi` as text for messages.
pub(crate) fn range_text((lo, hi): (u32, u32)) -> String {
    format!("[{lo}, {hi}]")
}

/// Bytes of a YUV 4:2:0 picture of `width` x `rows` (x 3/2), saturating rather than overflowing on the absurd values
/// a program may pass.
pub(crate) fn yuv420_bytes(width: u64, rows: u64) -> u64 {
    width.saturating_mul(rows).saturating_mul(3) / 2
}

/// `x` rounded up to a multiple of `a` (a power of two).
pub(crate) fn align_up(x: u64, a: u64) -> u64 {
    x.div_ceil(a).saturating_mul(a)
}

#[cfg(test)]
mod tests_v1;

#[cfg(test)]
mod tests_v2;

#[cfg(test)]
mod tests_pipeline;

#[cfg(test)]
mod tests_abuse;

#[cfg(test)]
mod tests_stream;
