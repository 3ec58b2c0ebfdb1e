//! `%p` in the shim's output path settings (`ACLVENC_SHIM_REPORT`, `ACLVENC_SHIM_TRACE_FILE`) stands for the
//! process id, so processes that share one environment (a pipeline of encoder processes, a test runner) each
//! write their own file. The shim expands it once, when it reads its settings; `aclvenc-check` expands it with
//! the application's pid to find the report. The driver paths are files the shim reads, taken as written.

use std::ffi::OsString;
use std::fs::FileType;
use std::os::unix::ffi::{OsStrExt as _, OsStringExt as _};
use std::os::unix::fs::FileTypeExt as _;
use std::path::{Path, PathBuf};

/// `path` with every `%p` replaced by `pid` in decimal; every other byte (another `%` sequence too) unchanged.
/// Works on the path's bytes, so a path that is not UTF-8 keeps its bytes.
pub fn expand_pid(path: &Path, pid: u32) -> PathBuf {
    if !has_pid(path) {
        return path.to_path_buf();
    }
    let bytes = path.as_os_str().as_bytes();
    let pid = pid.to_string();
    let mut out = Vec::with_capacity(bytes.len() + pid.len());
    let mut rest = bytes;
    while let Some(at) = rest.windows(2).position(|w| w == b"%p") {
        out.extend_from_slice(&rest[..at]);
        out.extend_from_slice(pid.as_bytes());
        rest = &rest[at + 2..];
    }
    out.extend_from_slice(rest);
    PathBuf::from(OsString::from_vec(out))
}

/// Whether `path` contains `%p`.
pub fn has_pid(path: &Path) -> bool {
    path.as_os_str().as_bytes().windows(2).any(|w| w == b"%p")
}

/// What a file is, as the end of "`path` is ...": `a regular file`, `a directory`, `a character device` (such as
/// `/dev/null`), `a block device`, `a FIFO`, `a socket`, `a symbolic link`. For the messages that refuse to write
/// a report or trace over something that is not a regular file.
pub fn describe_kind(kind: FileType) -> &'static str {
    if kind.is_file() {
        "a regular file"
    } else if kind.is_dir() {
        "a directory"
    } else if kind.is_symlink() {
        "a symbolic link"
    } else if kind.is_char_device() {
        "a character device"
    } else if kind.is_block_device() {
        "a block device"
    } else if kind.is_fifo() {
        "a FIFO"
    } else if kind.is_socket() {
        "a socket"
    } else {
        "an unknown kind of file"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_percent_p_becomes_the_pid_and_nothing_else_changes() {
        assert_eq!(expand_pid(Path::new("/tmp/r.%p.json"), 42), Path::new("/tmp/r.42.json"));
        assert_eq!(expand_pid(Path::new("/%p/t-%p-%s%.json"), 7), Path::new("/7/t-7-%s%.json"));
        assert_eq!(expand_pid(Path::new("/tmp/r.json"), 7), Path::new("/tmp/r.json"));
        assert_eq!(expand_pid(Path::new("%%p"), 7), Path::new("%7"));
        let odd = PathBuf::from(OsString::from_vec(b"/tmp/\xff%p".to_vec()));
        assert_eq!(expand_pid(&odd, 1).as_os_str().as_bytes(), b"/tmp/\xff1");
        assert!(has_pid(Path::new("a%p")) && !has_pid(Path::new("a%P")));
    }

    #[test]
    fn kinds_are_named() {
        let kind = |p: &str| describe_kind(std::fs::symlink_metadata(p).unwrap().file_type());
        assert_eq!((kind("/"), kind("/dev/null")), ("a directory", "a character device"));
        assert_eq!(kind(env!("CARGO_MANIFEST_PATH")), "a regular file");
    }
}
