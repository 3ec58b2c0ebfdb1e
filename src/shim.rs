//! Everything the shim knows, made once by the first intercepted call: the settings, the resolved driver, the
//! tracked state, the call counters and the chip. Starting what runs beside the application (the banner, the exit
//! hook, report snapshots) is the chassis's job, once, after this exists.

use crate::config::Settings;
use crate::resolve::Driver;
use crate::soc::Soc;
use crate::state::State;
use crate::table::Family;
use crate::trace;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

/// Per-function call counters, one list per family.
pub struct Stats {
    families: [Vec<AtomicU64>; 6],
}

impl Stats {
    pub(crate) fn new() -> Stats {
        Stats { families: Family::ALL.map(|f| f.names().iter().map(|_| AtomicU64::new(0)).collect()) }
    }

    pub(crate) fn count(&self, family: Family, index: usize) {
        self.families[family.index()][index].fetch_add(1, Ordering::Relaxed);
    }

    /// `(function, calls)` for every function called at least once.
    pub fn snapshot(&self) -> Vec<(&'static str, u64)> {
        Family::ALL
            .iter()
            .flat_map(|f| f.names().iter().zip(&self.families[f.index()]))
            .map(|(n, c)| (*n, c.load(Ordering::Relaxed)))
            .filter(|(_, c)| *c > 0)
            .collect()
    }
}

/// Everything the shim knows, made once by the first intercepted call.
pub struct Shim {
    pub settings: Settings,
    pub driver: Driver,
    pub state: State,
    pub stats: Stats,
    pub soc: Soc,
}

static SHIM: OnceLock<Shim> = OnceLock::new();

impl Shim {
    /// The shim, initialising it on first use (settings, logger, driver, chip, trace).
    pub fn get() -> &'static Shim {
        SHIM.get_or_init(|| {
            crate::resolve::pin_self();
            let settings = Settings::from_env();
            crate::output::init_logger(&settings);
            #[cfg(not(test))]
            let driver = Driver::resolve(&settings);
            #[cfg(test)]
            let driver = crate::testing::fake_driver();
            let soc = Soc::detect(&settings, driver.soc_name());
            #[cfg(test)]
            let state = {
                let state = State::default();
                crate::testing::seed(&state);
                state
            };
            #[cfg(not(test))]
            let state = State::default();
            let shim = Shim { settings, driver, state, stats: Stats::new(), soc };
            trace::start(&shim.settings);
            shim
        })
    }

    /// The shim if it is already initialised (never initialises: safe from re-entrant and exit paths).
    pub fn try_get() -> Option<&'static Shim> {
        SHIM.get()
    }
}
