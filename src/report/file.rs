//! Writing a file the shim owns (the JSON report) so that a reader never sees part of it and nothing but that
//! file is touched: the bytes go to a new temporary file with a unique name, made in the directory of the real
//! target, which is then renamed over the target (`rename(2)` replaces it in one step). Several processes that
//! share one path each write their own temporary file, so a reader sees one whole file or another, never an empty
//! or a mixed one; a file named like a temporary file (`r.tmp` beside `r.json`) is never touched.
//!
//! A symbolic link is followed to the file it names, which is replaced while the link stays. An existing target
//! that is not a regular file (a directory, a device such as `/dev/null`, a FIFO, a socket) is refused, so the
//! shim never replaces one, even as root.

use aclvenc_interface::path::describe_kind;
use std::ffi::OsString;
use std::fs::Permissions;
use std::io::{self, Write as _};
use std::os::unix::fs::PermissionsExt as _;
use std::path::{Path, PathBuf};

/// How many symbolic links are followed before giving up: Linux's own limit (`MAXSYMLINKS`, `ELOOP`).
const MAX_LINKS: usize = 40;

/// Replaces the file at `path` (following symbolic links) with `bytes`, atomically: readers see the old file or
/// the new one, whole. The new file gets mode 0666 less the umask, as `std::fs::write` would give a new file. It is
/// not fsynced: it survives the process being killed, not a power cut.
///
/// # Errors
/// - `path`, or the file its links lead to, exists and is not a regular file: `InvalidInput`, with a message naming
///   the path and what it is (`/tmp/r (a link to /dev/null) is a character device, not a regular file; not
///   replaced`); nothing is written.
/// - more than 40 links in a row: `InvalidInput`, naming the path.
/// - the target's directory does not exist, is not a directory, or a file cannot be made in it: the I/O error's
///   kind, with a message naming the directory.
/// - the write or the rename fails: the I/O error; the temporary file is removed.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let target = resolve(path)?;
    let Some(name) = target.file_name() else {
        return Err(io::Error::new(io::ErrorKind::InvalidInput, format!("{} names no file", shown(path, &target))));
    };
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let cannot = |e: io::Error| {
        io::Error::new(e.kind(), format!("cannot make a file in {} for {}: {e}", dir.display(), path.display()))
    };
    match std::fs::metadata(dir) {
        Ok(m) if m.is_dir() => {}
        Ok(_) => return Err(cannot(io::Error::from(io::ErrorKind::NotADirectory))),
        Err(e) => return Err(cannot(e)),
    }
    let mut prefix = OsString::from(".");
    prefix.push(name);
    prefix.push(".");
    let mut tmp = tempfile::Builder::new()
        .prefix(&prefix)
        .suffix(".tmp")
        .permissions(Permissions::from_mode(0o666))
        .tempfile_in(dir)
        .map_err(|e| cannot(io::Error::from(e.kind())))?;
    tmp.write_all(bytes)?;
    tmp.persist(&target).map_err(|e| e.error)?;
    Ok(())
}

/// The file `path` leads to: `path` itself, or where its chain of symbolic links ends (which may not exist yet).
///
/// # Errors
/// An existing non-regular file at the end, a chain longer than [`MAX_LINKS`], or an I/O error reading a link.
fn resolve(path: &Path) -> io::Result<PathBuf> {
    let mut p = path.to_path_buf();
    for _ in 0..=MAX_LINKS {
        let meta = match std::fs::symlink_metadata(&p) {
            Ok(m) => m,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(p),
            Err(e) => return Err(io::Error::new(e.kind(), format!("{}: {e}", shown(path, &p)))),
        };
        let kind = meta.file_type();
        if kind.is_file() {
            return Ok(p);
        }
        if !kind.is_symlink() {
            let what = format!("{} is {}, not a regular file; not replaced", shown(path, &p), describe_kind(kind));
            return Err(io::Error::new(io::ErrorKind::InvalidInput, what));
        }
        // A relative link is relative to the directory that holds it; an absolute one replaces the whole path.
        let link = std::fs::read_link(&p)?;
        p = p.parent().map_or_else(|| link.clone(), |dir| dir.join(&link));
    }
    let what = format!("{}: more than {MAX_LINKS} symbolic links in a row", path.display());
    Err(io::Error::new(io::ErrorKind::InvalidInput, what))
}

/// `path`, and where its links lead when that is elsewhere: `/tmp/r (a link to /dev/null)`.
fn shown(path: &Path, target: &Path) -> String {
    if path == target {
        path.display().to_string()
    } else {
        format!("{} (a link to {})", path.display(), target.display())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::FileTypeExt;
    use std::path::PathBuf;

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> =
            std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        v.sort();
        v
    }

    fn mkfifo(path: &Path) {
        let ok = std::process::Command::new("mkfifo").arg(path).status().unwrap().success();
        assert!(ok, "mkfifo {}", path.display());
    }

    #[test]
    fn a_file_named_like_the_temp_file_is_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let (report, trace) = (dir.path().join("r.json"), dir.path().join("r.tmp"));
        std::fs::write(&trace, "[the trace]").unwrap();
        write_atomically(&report, b"{}\n").unwrap();
        write_atomically(&report, b"{\"a\": 1}\n").unwrap();
        assert_eq!(std::fs::read_to_string(&trace).unwrap(), "[the trace]");
        assert_eq!(std::fs::read_to_string(&report).unwrap(), "{\"a\": 1}\n");
        assert_eq!(names(dir.path()), ["r.json", "r.tmp"], "no temporary file is left behind");
    }

    #[test]
    fn a_symlinked_path_is_written_through_to_its_target() {
        let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let real = b.path().join("real.json");
        std::fs::write(&real, "old").unwrap();
        let link = a.path().join("link.json");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        write_atomically(&link, b"new").unwrap();
        assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "the link is kept");
        assert_eq!(std::fs::read_to_string(&real).unwrap(), "new");
        assert_eq!((names(a.path()), names(b.path())), (vec!["link.json".to_string()], vec!["real.json".to_string()]));

        // A relative link, to a link, to a file that does not exist yet: the file is made where the links lead.
        std::os::unix::fs::symlink("next.json", a.path().join("first.json")).unwrap();
        std::os::unix::fs::symlink(b.path().join("new.json"), a.path().join("next.json")).unwrap();
        write_atomically(&a.path().join("first.json"), b"made").unwrap();
        assert_eq!(std::fs::read_to_string(b.path().join("new.json")).unwrap(), "made");
        assert!(std::fs::symlink_metadata(a.path().join("first.json")).unwrap().file_type().is_symlink());
        assert!(std::fs::symlink_metadata(a.path().join("next.json")).unwrap().file_type().is_symlink());
    }

    /// A directory, a FIFO (standing in for a device such as /dev/null, which only root could replace) and a link
    /// to a FIFO are refused with one message naming the path and what it is, and nothing is left beside them.
    #[test]
    fn non_regular_targets_are_refused_by_name() {
        let dir = tempfile::tempdir().unwrap();
        let sub = dir.path().join("sub");
        std::fs::create_dir(&sub).unwrap();
        let fifo = dir.path().join("fifo");
        mkfifo(&fifo);
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(&fifo, &link).unwrap();
        for (path, what) in [(&sub, "a directory"), (&fifo, "a FIFO"), (&link, "a FIFO")] {
            let e = write_atomically(path, b"{}").unwrap_err().to_string();
            assert!(e.contains(&path.display().to_string()) && e.contains(what), "{}: {e}", path.display());
        }
        assert!(std::fs::metadata(&sub).unwrap().is_dir() && names(&sub).is_empty());
        assert!(std::fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());
        assert_eq!(names(dir.path()), ["fifo", "link", "sub"], "no stray file");

        let e = write_atomically(Path::new("/dev/null"), b"{}").unwrap_err().to_string();
        assert!(e.contains("/dev/null") && e.contains("a character device"), "{e}");
        let e = write_atomically(&dir.path().join("missing/r.json"), b"{}").unwrap_err().to_string();
        assert!(e.contains("missing"), "{e}");
    }

    /// Three writers replace one path while a reader reads it: every read is one whole file.
    #[test]
    fn concurrent_writers_never_show_a_reader_a_partial_file() {
        let dir = tempfile::tempdir().unwrap();
        let path: PathBuf = dir.path().join("r.json");
        write_atomically(&path, b"{\"writer\": 0, \"n\": 0}").unwrap();
        let done = std::sync::atomic::AtomicBool::new(false);
        let (failed_writes, reads, bad) = std::thread::scope(|s| {
            let writers: Vec<_> = (1..=3)
                .map(|w| {
                    let path = &path;
                    s.spawn(move || {
                        let mut failed = Vec::new();
                        for n in 0..300 {
                            let pad = "x".repeat((n * 37 + w * 1000) % 20_000);
                            let text = format!("{{\"writer\": {w}, \"n\": {n}, \"pad\": \"{pad}\"}}");
                            if let Err(e) = write_atomically(path, text.as_bytes()) {
                                failed.push(e.to_string());
                            }
                        }
                        failed
                    })
                })
                .collect();
            let reader = s.spawn(|| {
                let (mut reads, mut bad) = (0u32, Vec::new());
                while !done.load(std::sync::atomic::Ordering::Relaxed) {
                    reads += 1;
                    match std::fs::read_to_string(&path) {
                        Ok(text) if serde_json::from_str::<serde_json::Value>(&text).is_ok() => {}
                        Ok(text) => bad.push(format!("{} bytes", text.len())),
                        Err(e) => bad.push(e.to_string()),
                    }
                }
                (reads, bad)
            });
            let failed: Vec<String> = writers.into_iter().flat_map(|w| w.join().unwrap_or_default()).collect();
            done.store(true, std::sync::atomic::Ordering::Relaxed);
            let (reads, bad) = reader.join().unwrap_or_default();
            (failed, reads, bad)
        });
        assert!(bad.is_empty(), "{} of {reads} reads were not one whole JSON file: {:?}", bad.len(), &bad[..1]);
        assert!(failed_writes.is_empty(), "{} writes failed: {:?}", failed_writes.len(), &failed_writes[..1]);
        assert!(reads > 0);
        assert_eq!(names(dir.path()), ["r.json"]);
    }
}
