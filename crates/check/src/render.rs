//! The report in the formats CI reads and the HTML page, written by the checker itself from the report after a run
//! (so a killed application gets them too), and `aclvenc-check report FILE.json`, which re-renders a saved report
//! (text, SARIF, JUnit or HTML) without running anything.

use std::ffi::OsString;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use aclvenc_interface::report::Report;
use aclvenc_interface::{junit, sarif};
use clap::{Arg, ArgAction, Command, ValueEnum};

use crate::html;
use crate::report::{self, Ending, REPORT_UNREADABLE};

/// An output format of `aclvenc-check report`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// The summary aclvenc-check prints after a run.
    Text,
    /// A SARIF 2.1.0 log.
    Sarif,
    /// JUnit XML.
    Junit,
    /// One self-contained HTML page with per-channel plots.
    Html,
}

/// `report` in `format`; SARIF paths below `root` are given relative to it.
pub fn render(file: &Path, r: &Report, format: Format, root: Option<&Path>) -> String {
    match format {
        Format::Text => report::summary_of_file(file, r),
        Format::Sarif => {
            let mut text = serde_json::to_string_pretty(&sarif::render(r, root)).unwrap_or_default();
            text.push('\n');
            text
        }
        Format::Junit => junit::render(r),
        Format::Html => html::page(r, &saved(file, r)),
    }
}

/// What the HTML page of a saved report says it is about.
fn saved(file: &Path, r: &Report) -> String {
    format!("saved report {} (pid {})", file.display(), r.pid)
}

/// Writes `text` to `path`, replacing it in one step (a reader never sees half a file).
///
/// # Errors
/// A message naming the path: its directory does not exist or cannot be written, or the rename fails.
pub fn write_file(path: &Path, text: &str) -> Result<(), String> {
    let fail = |e: &dyn std::fmt::Display| format!("cannot write {}: {e}", path.display());
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    // Created as any file is (0666 less the umask), not 0600 as temporary files are: a report is there to be read.
    let mode = std::os::unix::fs::PermissionsExt::from_mode(0o666);
    let mut tmp = tempfile::Builder::new().permissions(mode).tempfile_in(dir).map_err(|e| fail(&e))?;
    tmp.write_all(text.as_bytes()).map_err(|e| fail(&e))?;
    tmp.persist(path).map_err(|e| fail(&e.error))?;
    Ok(())
}

/// The files asked for after a run (`%p` already expanded): `--sarif`, `--junit`, `--html`.
#[derive(Debug, Default)]
pub struct Outputs {
    pub sarif: Option<PathBuf>,
    pub junit: Option<PathBuf>,
    pub html: Option<PathBuf>,
}

/// After a run: writes each file of `outputs` from `report`; `about` is what the HTML page says it is about (the
/// application and how it ended). Returns the messages of the files it could not write.
pub fn write_ci_files(r: &Report, about: &str, outputs: Outputs) -> Vec<String> {
    let root = std::env::current_dir().ok();
    let mut errors = Vec::new();
    let texts = [(outputs.sarif, Format::Sarif), (outputs.junit, Format::Junit), (outputs.html, Format::Html)];
    for (path, format) in texts {
        if let Some(path) = path {
            let text = match format {
                Format::Html => html::page(r, about),
                // SARIF and JUnit do not name the report file.
                _ => render(&path, r, format, root.as_deref()),
            };
            if let Err(e) = write_file(&path, &text) {
                errors.push(e);
            }
        }
    }
    errors
}

fn command() -> Command {
    Command::new("aclvenc-check report")
        .about("Re-renders a saved report of the shim (ACLVENC_SHIM_REPORT) without running anything")
        .arg(Arg::new("file").value_name("FILE.json").required(true).value_parser(clap::value_parser!(PathBuf)))
        .arg(
            Arg::new("format")
                .long("format")
                .value_name("FORMAT")
                .default_value("text")
                .value_parser(clap::builder::EnumValueParser::<Format>::new())
                .help("What to print: the summary, a SARIF 2.1.0 log, JUnit XML or the HTML page"),
        )
        .arg(
            Arg::new("output")
                .long("output")
                .short('o')
                .value_name("PATH")
                .value_parser(clap::value_parser!(PathBuf))
                .help("Write it to PATH instead of stdout"),
        )
        .arg(Arg::new("html").long("html").value_name("PATH").value_parser(clap::value_parser!(PathBuf)).help(
            "Also write the HTML page (findings, leaks, per-channel figures and plots; self-contained) to \
                     PATH",
        ))
        .arg(
            Arg::new("source-root")
                .long("source-root")
                .value_name("DIR")
                .value_parser(clap::value_parser!(PathBuf))
                .help("SARIF: give source files below DIR relative to it [default: the current directory]"),
        )
        .arg(
            Arg::new("error-exitcode")
                .long("error-exitcode")
                .value_name("N")
                .value_parser(clap::value_parser!(u8))
                .action(ArgAction::Set)
                .help("Exit status when the report has error findings"),
        )
        .arg(
            Arg::new("leak-exitcode")
                .long("leak-exitcode")
                .value_name("N")
                .value_parser(clap::value_parser!(u8))
                .help("Exit status when the report has leaks"),
        )
        .after_help(
            "Exit status: 0; --error-exitcode N / --leak-exitcode N as after a run; 125 if the file is not a report \
             this aclvenc-check reads; 2 for a usage error or an output that cannot be written.",
        )
}

/// `aclvenc-check report FILE.json [--format text|sarif|junit|html] [--output PATH] [--html PATH]`; `args` starts
/// with `report`.
pub fn main(args: Vec<OsString>) -> ExitCode {
    let m = match command().try_get_matches_from(args) {
        Ok(m) => m,
        Err(e) => e.exit(),
    };
    let file = m.get_one::<PathBuf>("file").cloned().unwrap_or_default();
    let format = m.get_one::<Format>("format").copied().unwrap_or(Format::Text);
    let r = match report::load(&file) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("{} error: {e}", crate::TAG);
            return ExitCode::from(REPORT_UNREADABLE);
        }
    };
    let root = m.get_one::<PathBuf>("source-root").cloned().or_else(|| std::env::current_dir().ok());
    if let Some(path) = m.get_one::<PathBuf>("html") {
        if let Err(e) = write_file(path, &html::page(&r, &saved(&file, &r))) {
            eprintln!("{} error: {e}", crate::TAG);
            return ExitCode::from(2);
        }
    }
    let text = render(&file, &r, format, root.as_deref());
    match m.get_one::<PathBuf>("output") {
        Some(out) => {
            if let Err(e) = write_file(out, &text) {
                eprintln!("{} error: {e}", crate::TAG);
                return ExitCode::from(2);
            }
        }
        None => print!("{text}"),
    }
    let (error, leak) = (m.get_one::<u8>("error-exitcode").copied(), m.get_one::<u8>("leak-exitcode").copied());
    crate::status(report::exit_status(Ending::Exited(0), Some(&r), error, leak))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    /// A written report gets the permissions any new file gets here (the umask's), not a temporary file's 0600.
    #[test]
    fn a_written_file_has_the_permissions_of_a_new_file() {
        let dir = tempfile::tempdir().unwrap();
        let (written, plain) = (dir.path().join("report.html"), dir.path().join("plain"));
        write_file(&written, "<html></html>").unwrap();
        std::fs::File::create(&plain).unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&written), mode(&plain));
        assert_eq!(std::fs::read_to_string(&written).unwrap(), "<html></html>");
    }
}
