//! The checks, one file per API family: each vendor function's [`crate::chassis::Hooks`] impl validates its
//! arguments and the object state, and records the call's effect. Rule IDs come from [`rules::Rule`].

pub mod dvpp;
pub mod rt;
pub mod rules;
pub mod sys;
pub mod v1;
pub mod v2;

/// `lo..=hi` as text for messages.
pub(crate) fn range_text((lo, hi): (u32, u32)) -> String {
    format!("[{lo}, {hi}]")
}

/// `x` rounded up to a multiple of `a` (a power of two).
pub(crate) fn align_up(x: u64, a: u64) -> u64 {
    x.div_ceil(a) * a
}

#[cfg(test)]
mod tests_v1;

#[cfg(test)]
mod tests_v2;

#[cfg(test)]
mod tests_pipeline;
