//! The rule table lives in `aclvenc-interface` (`crates/interface/src/rules.rs`), shared with `aclvenc-check`;
//! `crate::validate::rules::Rule` names it here. `docs/rules.md` is rendered from it by `cargo run -p xtask -- gen`.

pub use aclvenc_interface::rules::Rule;

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn ids_are_unique_and_well_formed() {
        let mut seen = HashSet::new();
        for r in Rule::ALL {
            assert!(seen.insert(r.id()), "duplicate {}", r.id());
            let known = ["VENC-", "MPI-", "DVPP-", "DRIVER-", "STREAM-"];
            assert!(known.iter().any(|p| r.id().starts_with(p)), "{}", r.id());
            assert!(!r.summary().is_empty());
        }
        assert!(Rule::ALL.len() >= 25);
    }

    /// Rule IDs come from `docs/validation-rules.md` (the repository's copy of `shared/rules/`), unless the
    /// summary says "(ours)".
    #[test]
    fn ids_come_from_the_rules_file_unless_marked_ours() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/validation-rules.md");
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
        for r in Rule::ALL {
            let ours = r.summary().starts_with("(ours)");
            assert!(ours || text.contains(&format!("| {} |", r.id())), "{} is not in docs/validation-rules.md", r.id());
        }
    }
}
