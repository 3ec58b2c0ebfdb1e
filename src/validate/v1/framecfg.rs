//! Frame configs (docs/validation-rules.md A.4): created, destroyed, and their EOS and force-I flags.

use super::config;
use crate::calls::v1::args::*;
use crate::chassis::{Cx, Hooks};
use crate::site::Origin;
use crate::validate::rules::Rule;
use aclvenc_abi::*;

impl Hooks for aclvencCreateFrameConfig {
    fn record(&self, ret: &*mut aclvencFrameConfig, cx: &Cx<'_>) {
        if !ret.is_null() {
            cx.v1().config_created(*ret as usize, Origin::capture(cx.func));
        }
    }
}

impl Hooks for aclvencDestroyFrameConfig {
    fn check(&self, cx: &mut Cx<'_>) {
        config(cx, self.config, Rule::VencFramecfgNull);
    }

    fn entered(&self, cx: &Cx<'_>) {
        cx.v1().config_destroying(self.config as usize);
    }

    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        cx.v1().config_destroyed(self.config as usize, *ret == ACL_SUCCESS, || Origin::capture(cx.func));
    }
}

impl Hooks for aclvencSetFrameConfigEos {
    fn check(&self, cx: &mut Cx<'_>) {
        config(cx, self.config, Rule::VencFramecfgNull);
    }

    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret == ACL_SUCCESS {
            let p = self.config as usize;
            if let Ok(c) = cx.v1_config(p) {
                c.eos_set(p, self.eos != 0);
            }
        }
    }
}

impl Hooks for aclvencSetFrameConfigForceIFrame {
    fn check(&self, cx: &mut Cx<'_>) {
        config(cx, self.config, Rule::VencFramecfgNull);
    }

    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret == ACL_SUCCESS {
            let p = self.config as usize;
            if let Ok(c) = cx.v1_config(p) {
                c.force_i_set(p, self.forceIFrame != 0);
            }
        }
    }
}

impl Hooks for aclvencGetFrameConfigEos {
    fn check(&self, cx: &mut Cx<'_>) {
        config(cx, self.config, Rule::VencFramecfgNull);
    }
}

impl Hooks for aclvencGetFrameConfigForceIFrame {
    fn check(&self, cx: &mut Cx<'_>) {
        config(cx, self.config, Rule::VencFramecfgNull);
    }
}
