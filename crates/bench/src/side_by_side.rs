//! The shim benchmarks' common frame: the project's libraries loaded into the benchmark process, each call measured
//! through the shim and straight into the library the shim forwards to, as the `shim` and `direct` functions of one
//! criterion group, then a table of criterion's median ns per call of both, the difference and the ratio.

use crate::{Estimates, Statistic};
use criterion::Criterion;
use libloading::{Library, Symbol};
use std::path::{Path, PathBuf};

/// The directory the libraries were built into: `cargo bench` builds a benchmark as
/// `target/release/deps/<bench>-<hash>`, and `cargo build --release` the libraries into `target/release`.
pub fn lib_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("current exe");
    exe.ancestors().nth(2).expect("target/<profile>").to_path_buf()
}

/// Loads the project library at `path`; `build` is the command that builds it, named when it is missing.
pub fn load(path: &Path, build: &str) -> Library {
    // SAFETY: the project's own libraries (the shim, the null driver, the emulated driver) are loaded; their
    // initialisers are their own and only set up their state.
    unsafe { Library::new(path) }
        .unwrap_or_else(|e| panic!("cannot load {}: {e}. Build first: {build}", path.display()))
}

/// The shim and the empty driver (`crates/emptydrv`) loaded side by side, the shim set to forward to the empty
/// driver (every library) with its banner and log quiet: `(shim, empty driver)`. `build` is the command that builds
/// them, named when one is missing. Call before anything else loads the shim (it reads its settings once).
pub fn shim_over_empty_driver(build: &str) -> (Library, Library) {
    let dir = lib_dir();
    let empty_path = dir.join("libaclvenc_emptydrv.so");
    std::env::set_var("ACLVENC_SHIM_DRIVER", &empty_path);
    std::env::set_var("ACLVENC_SHIM_DRIVER_RT", &empty_path);
    std::env::set_var("ACLVENC_SHIM_BANNER", "0");
    std::env::set_var("ACLVENC_SHIM_LOG", "error");
    let empty = load(&empty_path, build);
    (load(&dir.join("libaclvenc_shim.so"), build), empty)
}

/// The function `name` of `lib`, as a `T` (an `unsafe extern "C" fn` type).
///
/// # Safety
/// `T` must be the vendor prototype of `name` (the ABI table's).
pub unsafe fn sym<'l, T>(lib: &'l Library, name: &str) -> Symbol<'l, T> {
    // SAFETY: the caller names the prototype of `name` as `T`.
    unsafe { lib.get(name.as_bytes()) }.unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// The function `name` of the shim `s` and of the library `e` it forwards to, as `T`: `(shim's, direct)`.
///
/// # Safety
/// As [`sym`], for both.
pub unsafe fn both<'l, T>(s: &'l Library, e: &'l Library, name: &str) -> (Symbol<'l, T>, Symbol<'l, T>) {
    // SAFETY: the caller names the prototype of `name` as `T`.
    unsafe { (sym(s, name), sym(e, name)) }
}

/// One run of side-by-side measurements: a criterion group per call with the functions `shim` and `direct`, and
/// the table of their medians at the end.
///
/// With `ACLVENC_BENCH_COUNT=<iterations>[:<call>]` set, each call (or only `<call>`) instead runs its shim and its
/// direct side that many times, in [`shim_side`] and [`direct_side`], for callgrind to count the instructions of
/// each (`scripts/instructions-per-call.sh`): a count that is the same on a loaded machine.
pub struct SideBySide {
    estimates: Estimates,
    criterion: Criterion,
    groups: Vec<&'static str>,
    counting: Option<(u64, Option<String>)>,
    /// [`SideBySide::only`]: the calls measured, and the label added to their names.
    only: Option<(&'static [&'static str], &'static str)>,
}

/// The variable that switches a run to counting (see [`SideBySide`]).
pub const COUNT: &str = "ACLVENC_BENCH_COUNT";

/// Runs `f` `n` times: the shim side of a counted call (callgrind's `--toggle-collect=*shim_side*`).
#[inline(never)]
pub fn shim_side<R>(n: u64, f: &mut impl FnMut() -> R) {
    // Not the same machine code as `direct_side` for the same closure shape, which the linker would fold into one.
    std::hint::black_box("shim");
    for _ in 0..n {
        std::hint::black_box(f());
    }
}

/// Runs `f` `n` times: the direct side of a counted call (callgrind's `--toggle-collect=*direct_side*`).
#[inline(never)]
pub fn direct_side<R>(n: u64, f: &mut impl FnMut() -> R) {
    std::hint::black_box("direct");
    for _ in 0..n {
        std::hint::black_box(f());
    }
}

impl SideBySide {
    /// Call first, before anything else reads or sets criterion's output directory ([`Estimates::for_this_run`]).
    /// Criterion's options come from the command line (after `--` of `cargo bench`).
    #[allow(clippy::new_without_default)]
    pub fn new() -> SideBySide {
        let estimates = Estimates::for_this_run();
        let criterion = Criterion::default().without_plots().configure_from_args();
        let counting = std::env::var(COUNT).ok().map(|v| {
            let (n, call) = v.split_once(':').map_or((v.as_str(), None), |(n, c)| (n, Some(c.to_string())));
            (n.parse().unwrap_or_else(|_| panic!("{COUNT}={v}: expected <iterations>[:<call>]")), call)
        });
        SideBySide { estimates, criterion, groups: Vec::new(), counting, only: None }
    }

    /// Measures only the calls `names` from now on, each as `<name> <label>` (a run of the same calls under other
    /// settings, whose criterion groups must not take the first run's names). Criterion cuts a group's directory
    /// name at 64 bytes: `<name> <label>` must fit in that.
    pub fn only(&mut self, names: &'static [&'static str], label: &'static str) {
        self.only = Some((names, label));
    }

    /// Whether this run counts instructions instead of measuring time (`ACLVENC_BENCH_COUNT`).
    pub fn counting(&self) -> bool {
        self.counting.is_some()
    }

    /// Benchmarks `shim` and `direct` (one iteration each: the same calls through the shim and straight into the
    /// driver) as the two functions of group `name`, which must be a plain name (see [`Estimates::ns`]).
    pub fn bench<R>(&mut self, name: &'static str, mut shim: impl FnMut() -> R, mut direct: impl FnMut() -> R) {
        let name = match self.only {
            Some((names, _)) if !names.contains(&name) => return,
            // A few names per run: leaked, as criterion's groups and the table need them to the end.
            Some((_, label)) => {
                let labelled = format!("{name} {label}");
                assert!(labelled.len() <= 64, "{labelled}: criterion would cut this group name at 64 bytes");
                &*Box::leak(labelled.into_boxed_str())
            }
            None => name,
        };
        if let Some((n, only)) = &self.counting {
            if only.as_deref().is_none_or(|c| c == name) {
                shim_side(*n, &mut shim);
                direct_side(*n, &mut direct);
                println!("counted {name}");
            }
            return;
        }
        let mut g = self.criterion.benchmark_group(name);
        g.bench_function("shim", |b| b.iter(&mut shim));
        g.bench_function("direct", |b| b.iter(&mut direct));
        g.finish();
        self.groups.push(name);
    }

    /// Ends criterion's report and prints the table: `title`, then per group criterion's median ns per iteration
    /// through the shim and direct, the difference (the shim's cost) and the ratio.
    pub fn finish(self, title: &str) {
        if self.counting.is_some() {
            return;
        }
        self.criterion.final_summary();
        println!("\n{title}: criterion's median ns per call, shim and direct measured side by side in this run");
        println!("{:<54} {:>10} {:>10} {:>10} {:>7}", "call", "shim ns", "direct ns", "added ns", "ratio");
        for name in self.groups {
            let median = |side| self.estimates.ns(name, side, Statistic::Median);
            match (median("shim"), median("direct")) {
                (Some(s), Some(d)) => println!("{name:<54} {s:>10.1} {d:>10.1} {:>10.1} {:>7.2}", s - d, s / d),
                _ => println!("{name:<54} not measured in this run (filtered out, test mode, or results not saved)"),
            }
        }
    }
}
