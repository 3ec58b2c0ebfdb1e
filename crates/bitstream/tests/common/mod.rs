//! Helpers shared by the integration tests: the fixtures of `tests/data` (made by `tests/data/make.sh`) and a
//! driver that feeds a stream to a [`Checker`] one output (access unit) at a time.

#![allow(dead_code)] // each test binary uses part of it

use aclvenc_bitstream::annexb;
use aclvenc_bitstream::{Checker, Codec, Excerpt, Expect, OutputInfo, Problem};
use aclvenc_interface::rules::Rule;

/// The bytes of `tests/data/<name>`.
pub fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The access units of an Annex B fixture, as owned outputs of one pack each.
pub fn outputs(codec: Codec, data: &[u8]) -> Vec<Vec<Vec<u8>>> {
    annexb::access_units(codec, data).map(|au| vec![au.to_vec()]).collect()
}

/// What a run found: every problem, and what each output was.
pub struct Run {
    pub problems: Vec<Problem>,
    pub infos: Vec<OutputInfo>,
}

impl Run {
    /// The rules that fired, in order.
    pub fn rules(&self) -> Vec<Rule> {
        self.problems.iter().map(|p| p.rule).collect()
    }

    /// The output numbers of the random access pictures (IDR/IRAP).
    pub fn random_access(&self) -> Vec<u64> {
        self.infos.iter().filter(|i| i.picture.is_random_access()).map(|i| i.index).collect()
    }

    /// Asserts that only `rule` fired, `count` times, and returns the messages.
    pub fn only(&self, rule: Rule, count: usize) -> Vec<String> {
        assert!(
            self.problems.iter().all(|p| p.rule == rule) && self.problems.len() == count,
            "expected {count} x {} and nothing else, got {:#?}",
            rule.id(),
            self.problems
        );
        self.problems.iter().map(|p| p.message.clone()).collect()
    }

    /// Asserts that nothing fired.
    pub fn clean(&self) {
        assert!(self.problems.is_empty(), "{:#?}", self.problems);
    }
}

/// Checks `outputs` (each a list of packs) in order with a checker for `expect`; `forced(i)` tells whether an IDR
/// was requested for output `i`.
pub fn run(expect: Expect, outputs: &[Vec<Vec<u8>>], forced: impl Fn(usize) -> bool) -> Run {
    let mut checker = Checker::new(expect);
    let mut excerpt = Excerpt::new();
    let mut run = Run { problems: Vec::new(), infos: Vec::new() };
    for (i, packs) in outputs.iter().enumerate() {
        excerpt.clear();
        for pack in packs {
            excerpt.add_pack(expect.codec, pack);
        }
        run.problems.extend(checker.check(&excerpt, forced(i)));
        run.infos.push(*checker.last_output());
    }
    run
}

/// The same outputs with every NAL unit in a pack of its own (the shape of V2 `hi_venc_stream` packs).
pub fn one_pack_per_nal(outputs: &[Vec<Vec<u8>>]) -> Vec<Vec<Vec<u8>>> {
    outputs
        .iter()
        .map(|packs| {
            packs
                .iter()
                .flat_map(|p| annexb::nal_units(p).map(|n| [&[0u8, 0, 0, 1][..], n.data].concat()).collect::<Vec<_>>())
                .collect()
        })
        .collect()
}

/// The output with the NAL units of type `nal_type` removed.
pub fn without_nal_type(codec: Codec, output: &[Vec<u8>], nal_type: u8) -> Vec<Vec<u8>> {
    output
        .iter()
        .map(|p| {
            annexb::nal_units(p)
                .filter(|n| annexb::nal_type(codec, n.data[0]) != nal_type)
                .flat_map(|n| [&[0u8, 0, 0, 1][..], n.data].concat())
                .collect()
        })
        .collect()
}

/// The output with each NAL unit of type `nal_type` replaced by `f(its bytes)`.
pub fn map_nal_type(codec: Codec, output: &[Vec<u8>], nal_type: u8, f: impl Fn(&[u8]) -> Vec<u8>) -> Vec<Vec<u8>> {
    output
        .iter()
        .map(|p| {
            annexb::nal_units(p)
                .flat_map(|n| {
                    let body = if annexb::nal_type(codec, n.data[0]) == nal_type { f(n.data) } else { n.data.to_vec() };
                    [vec![0u8, 0, 0, 1], body].concat()
                })
                .collect()
        })
        .collect()
}
