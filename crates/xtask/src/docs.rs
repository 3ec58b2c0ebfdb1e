//! Documentation made from `aclvenc-interface`'s tables: `docs/rules.md`, `docs/settings.md`, the settings table
//! in README.md between [`BEGIN`] and [`END`], and the README's count of rules (`[N rules](docs/rules.md)`).

use aclvenc_interface::docs::{rules_markdown, settings_markdown};
use std::path::{Path, PathBuf};

/// The line before the README's generated settings table.
pub const BEGIN: &str = "<!-- settings:begin -->";
/// The line after it.
pub const END: &str = "<!-- settings:end -->";

const SETTINGS_NOTE: &str = "Generated from the settings table in `crates/interface/src/settings.rs` by \
                             `cargo run -p xtask -- gen`; do not edit.";

/// `docs/settings.md`: the settings table with a few words on how settings are read.
fn settings_page() -> String {
    format!(
        "# Settings\n\n{SETTINGS_NOTE}\n\n\
         The shim reads each variable once, at the first intercepted call, and prints every setting with its \
         source in a one-line banner. `aclvenc-check` sets the same variables from its flags (a flag wins over \
         the variable, which wins over the default); `aclvenc-check --print-settings` shows the effective ones. An \
         empty variable counts as unset; a value that does not parse is named in a warning and the default \
         applies.\n\n{}",
        settings_markdown()
    )
}

/// `readme` with the text between the settings markers replaced by the current table.
///
/// # Panics
/// When README.md lacks the markers (or has them out of order).
fn readme_with_table(readme: &str) -> String {
    let begin = readme.find(BEGIN).map(|i| i + BEGIN.len()).expect("README.md has no <!-- settings:begin --> line");
    let end = readme[begin..].find(END).map(|i| begin + i).expect("README.md has no <!-- settings:end --> line");
    format!("{}\n{}{}", &readme[..begin], settings_markdown(), &readme[end..])
}

/// The link text before `](docs/rules.md)` that counts the rules.
const RULES_LINK: &str = " rules](docs/rules.md)";

/// `readme` with every `[N rules](docs/rules.md)` saying how many rules the table holds.
fn readme_with_rule_count(readme: &str) -> String {
    let n = aclvenc_interface::rules::Rule::ALL.len();
    let mut out = String::with_capacity(readme.len());
    let mut rest = readme;
    while let Some(i) = rest.find(RULES_LINK) {
        let head = &rest[..i];
        match head.rfind('[').filter(|o| head[o + 1..].bytes().all(|b| b.is_ascii_digit()) && *o + 1 < head.len()) {
            Some(open) => out.push_str(&format!("{}[{n}", &head[..open])),
            None => out.push_str(head),
        }
        out.push_str(RULES_LINK);
        rest = &rest[i + RULES_LINK.len()..];
    }
    out.push_str(rest);
    out
}

/// Every documentation file made here, as (path, text).
pub fn generate(root: &Path) -> Vec<(PathBuf, String)> {
    let readme = std::fs::read_to_string(root.join("README.md")).expect("read README.md");
    vec![
        (root.join("docs/rules.md"), rules_markdown()),
        (root.join("docs/settings.md"), settings_page()),
        (root.join("README.md"), readme_with_rule_count(&readme_with_table(&readme))),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readme_table_is_replaced_between_the_markers_only() {
        let text = format!("intro\n{BEGIN}\nold table\n{END}\nrest\n");
        let out = readme_with_table(&text);
        assert_eq!(out, format!("intro\n{BEGIN}\n{}{END}\nrest\n", settings_markdown()));
        assert_eq!(readme_with_table(&out), out, "regenerating changes nothing");
    }

    #[test]
    fn the_rule_count_follows_the_table() {
        let n = aclvenc_interface::rules::Rule::ALL.len();
        let out = readme_with_rule_count("against [7 rules](docs/rules.md) and [the rules](docs/rules.md).");
        assert_eq!(out, format!("against [{n} rules](docs/rules.md) and [the rules](docs/rules.md)."));
    }
}
