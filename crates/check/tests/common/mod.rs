//! What the tests that run the real aclvenc-check with a stand-in shim share: an empty file as the shim (the
//! loader cannot preload it and runs the application anyway) and a shell script as the application.

use std::path::Path;
use std::process::{Command, Output};

/// `aclvenc-check --shim <empty file> --emu never <args>` in an environment without shim settings.
pub fn checker(dir: &Path, args: &[&str]) -> Command {
    let fake_shim = dir.join("fake-shim.so");
    std::fs::write(&fake_shim, "").unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_aclvenc-check"));
    for (k, _) in std::env::vars() {
        if k.starts_with("ACLVENC_SHIM_") || k.starts_with("ACLVENC_EMU_") || k == "LD_PRELOAD" {
            cmd.env_remove(k);
        }
    }
    cmd.arg("--shim").arg(&fake_shim).args(["--emu", "never"]).args(args);
    cmd
}

/// The line an application script starts with: `$R` is the report path, with `%p` replaced by its pid.
pub const FIND_REPORT: &str = "R=$(printf %s \"$ACLVENC_SHIM_REPORT\" | sed \"s/%p/$$/g\");";

/// Runs `/bin/sh -c <script>` under [`checker`]; the script finds the report path in `$R`.
pub fn check(dir: &Path, args: &[&str], script: &str) -> Output {
    let script = format!("{FIND_REPORT} {script}");
    checker(dir, args).args(["--", "/bin/sh", "-c", &script]).output().unwrap()
}

/// The output's stderr as text.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}
