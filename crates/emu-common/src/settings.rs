//! All emulator settings, read once from the environment (docs/STYLE.md convention 8: one struct, parsed once).
//!
//! | Variable | Meaning | Default |
//! |---|---|---|
//! | `ACLVENC_EMU_SOC` | chip to emulate, as `aclrtGetSocName` spells it: `Ascend310`, `Ascend310P3`, `Ascend310B1`, ... | `Ascend310P3` |
//! | `ACLVENC_EMU_DEVICES` | number of devices `aclrtGetDeviceCount` reports (1..=64) | `1` |
//! | `ACLVENC_EMU_PRESET` | x264/x265 speed preset used by the software encoder | `veryfast` |
//! | `ACLVENC_EMU_FAULTS` | fault injection plan, see [`crate::faults`] and the crate README | empty |
//! | `ACLVENC_EMU_LOG` | log filter of the emulated libraries, `RUST_LOG` syntax (a level such as `debug`, or directives) | `warn` |

use std::sync::OnceLock;

use aclvenc_chip::{Chip, Limits};

/// Where a setting's value came from (printed in the banner).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Default,
    Env,
}

/// The parsed settings; get them with [`get`].
#[derive(Debug, Clone)]
pub struct Settings {
    /// The name `aclrtGetSocName` returns.
    pub soc_name: String,
    /// The chip family derived from `soc_name`.
    pub chip: Chip,
    pub soc_source: Source,
    /// Number of emulated devices.
    pub device_count: u32,
    /// x264/x265 preset (`ultrafast` ... `placebo`).
    pub preset: String,
    /// Raw fault plan text (parsed by [`crate::faults`]).
    pub faults: String,
    /// Log filter text (`RUST_LOG` syntax, see [`crate::logging`]).
    pub log_level: String,
}

impl Settings {
    /// The limits of the emulated chip (`aclvenc-chip`, the one per-chip table).
    pub fn limits(&self) -> &'static Limits {
        self.chip.limits()
    }

    /// Read the settings from an environment lookup function (tests pass their own).
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Settings {
        let default_chip = Chip::Ascend310P;
        let (soc_name, chip, soc_source) = match lookup("ACLVENC_EMU_SOC").filter(|s| !s.trim().is_empty()) {
            Some(name) => match Chip::from_soc_name(&name) {
                Some(chip) => (name.trim().to_string(), chip, Source::Env),
                None => {
                    eprintln!(
                        "aclvenc-emu: ACLVENC_EMU_SOC={name:?} is not a chip with a video encoder \
                         (Ascend310, Ascend310P*, Ascend310B*); using {}",
                        default_chip.soc_name()
                    );
                    (default_chip.soc_name().to_string(), default_chip, Source::Default)
                }
            },
            None => (default_chip.soc_name().to_string(), default_chip, Source::Default),
        };
        let device_count = lookup("ACLVENC_EMU_DEVICES")
            .and_then(|v| v.trim().parse::<u32>().ok())
            .filter(|n| (1..=64).contains(n))
            .unwrap_or(1);
        let preset = lookup("ACLVENC_EMU_PRESET")
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "veryfast".to_string());
        Settings {
            soc_name,
            chip,
            soc_source,
            device_count,
            preset,
            faults: lookup("ACLVENC_EMU_FAULTS").unwrap_or_default(),
            log_level: lookup("ACLVENC_EMU_LOG").unwrap_or_else(|| "warn".to_string()),
        }
    }

    /// One line describing the settings and their sources, for the libraries' banner.
    pub fn banner(&self) -> String {
        format!(
            "soc={} ({:?}, from {:?}) devices={} preset={} faults={:?}",
            self.soc_name, self.chip, self.soc_source, self.device_count, self.preset, self.faults
        )
    }
}

/// The process-wide settings, parsed from the environment on first use.
pub fn get() -> &'static Settings {
    static SETTINGS: OnceLock<Settings> = OnceLock::new();
    SETTINGS.get_or_init(|| Settings::from_lookup(|k| std::env::var(k).ok()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_is_310p3() {
        let s = Settings::from_lookup(|_| None);
        assert_eq!(s.chip, Chip::Ascend310P);
        assert_eq!(s.soc_name, "Ascend310P3");
        assert_eq!(s.preset, "veryfast");
    }

    #[test]
    fn env_selects_chip() {
        let s = Settings::from_lookup(|k| (k == "ACLVENC_EMU_SOC").then(|| "Ascend310".to_string()));
        assert_eq!(s.chip, Chip::Ascend310);
        assert_eq!(s.limits().v1_default_bit_rate_kbps, 300);
    }
}
