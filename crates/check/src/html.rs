//! The HTML report (`--html PATH` after a run, `aclvenc-check report FILE.json --format html`): one
//! self-contained page. The header (application, pid, shim, chip, mode, drivers), the counts, the findings with
//! their call stacks, the leaks, the suppressions, the calls, and per channel a table of its figures and three
//! plots (latency over time, the latency histogram, bit rate over time against the target), drawn as inline SVG.
//!
//! Nothing is loaded from anywhere: the CSS, the SVG and a small script (sortable tables, a findings filter; the
//! page reads the same without it) are in the page, and its Content-Security-Policy allows nothing else, not even
//! an inline script or style other than these two (by their hashes). Every string from the report goes through
//! maud, which escapes it.

mod plot;

use aclvenc_interface::report::{Channel, Figures, Finding, Frame, Report};
use aclvenc_interface::Severity;
use maud::{html, Markup, PreEscaped, DOCTYPE};

use crate::report::{bytes, channel_name, ms, rate, rate_kbps, rule_totals, target};

/// The page's stylesheet and script, inlined.
const STYLE: &str = include_str!("html/style.css");
const SCRIPT: &str = include_str!("html/script.js");
/// Their SHA-256 hashes, as the Content-Security-Policy names them. After editing either file, put the new hash
/// here: `the_policy_hashes_are_those_of_the_inlined_style_and_script` fails with it.
const STYLE_HASH: &str = "sha256-ZFtaZbFL6YNbi72PTN4mD67M8FnrUfv2h2kI/+z5q78=";
const SCRIPT_HASH: &str = "sha256-ryS4caigQrdc5q2DEjKamAdgeDM73il/3dsVF6EL2is=";

/// The page for `r`. `about` says what it is about, as the summary's first line does: `./app exited with status
/// 0`, or `saved report r.json (pid 4242)`.
pub fn page(r: &Report, about: &str) -> String {
    let csp = format!(
        "default-src 'none'; style-src '{STYLE_HASH}'; script-src '{SCRIPT_HASH}'; base-uri 'none'; form-action 'none'"
    );
    let markup = html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta http-equiv="Content-Security-Policy" content=(csp);
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="generator" content=(format!("aclvenc-check {}", env!("CARGO_PKG_VERSION")));
                title { "aclvenc-check: " (about) }
                style { (PreEscaped(STYLE)) }
            }
            body {
                header { (heading(r, about)) }
                main {
                    (counts(r))
                    (findings(r))
                    (leaks(r))
                    (suppressions(r))
                    (channels(r))
                    (calls(r))
                }
                script { (PreEscaped(SCRIPT)) }
            }
        }
    };
    let mut text = markup.into_string();
    text.push('\n');
    text
}

/// `n thing` or `n things`.
fn plural(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn heading(r: &Report, about: &str) -> Markup {
    let chosen = crate::report::chosen_settings(r);
    html! {
        h1 { "aclvenc-check report" }
        p.about { (about) }
        dl.facts {
            dt { "pid" } dd { (r.pid) }
            dt { "shim" } dd { (r.shim_version) }
            dt { "chip" } dd { (r.soc) }
            dt { "mode" } dd { (r.mode) }
            dt { "V1 driver" } dd { code { (r.driver.v1) } }
            dt { "V2 driver" } dd { code { (r.driver.v2) } }
            dt { "runtime" } dd { code { (r.driver.runtime) } }
            @if !chosen.is_empty() {
                dt { "settings" } dd { code { (chosen.join(" ")) } }
            }
        }
    }
}

fn count_box(id: &str, n: u64, what: &str, bad: bool) -> Markup {
    html! {
        div.count.bad[bad] id=(id) { b { (n) } (what) }
    }
}

fn counts(r: &Report) -> Markup {
    let (suppressed_findings, suppressed_leaks) = r.suppressed_count();
    let leaked_bytes: u64 = r.leaks.iter().map(|l| l.bytes).sum();
    html! {
        section #summary {
            h2 { "Summary" }
            div.counts {
                (count_box("count-findings", r.finding_count(), "findings", false))
                (count_box("count-errors", r.error_count(), "error findings", r.error_count() > 0))
                (count_box("count-rules", rule_totals(r).len() as u64, "rules", false))
                (count_box("count-leaks", r.leak_count(), "leaked objects", r.leak_count() > 0))
                (count_box("count-channels", r.channels.len() as u64, "channels", false))
                (count_box("count-calls", r.calls.values().sum(), "calls", false))
            }
            ul {
                @if leaked_bytes > 0 { li { "Leaked memory: " (bytes(leaked_bytes)) "." } }
                @if r.limited_count() > 0 {
                    li { (plural(r.limited_count(), "finding was", "findings were"))
                        " counted but not printed (the error limit per rule and call site)." }
                }
                @if r.filtered > 0 {
                    li { (plural(r.filtered, "finding", "findings"))
                        " of disabled rules or below the minimum severity, not counted." }
                }
                li { "Suppressed: " (plural(suppressed_findings, "finding", "findings")) " and "
                    (plural(suppressed_leaks, "leaked object", "leaked objects")) "." }
            }
        }
    }
}

fn severity(s: Severity) -> Markup {
    let class = format!("sev-{}", s.as_str());
    html! { span class=(class) { (s.as_str()) } }
}

/// A call stack, one application frame a line: `function file:line`; the site text when there are no frames.
fn stack(frames: &[Frame], site: &str) -> Markup {
    html! {
        @if frames.is_empty() {
            @if site.is_empty() { span.none { "unknown" } } @else { code { (site) } }
        } @else {
            ol.stack {
                @for f in frames {
                    li {
                        (f.function)
                        @if let (Some(file), Some(line)) = (&f.file, f.line) {
                            " " span.loc { (file) ":" (line) }
                        }
                    }
                }
            }
        }
    }
}

fn finding_row(f: &Finding) -> Markup {
    html! {
        tr.finding {
            td.rule { code { (f.rule) } }
            td data-sort=(f.severity as u8) { (severity(f.severity)) }
            td { code { (f.function) } }
            td.num data-sort=(f.count) {
                (f.count)
                @if f.shown < f.count { br; span.note { "(" (f.shown) " printed)" } }
            }
            td.message { (f.message) }
            td { (f.thread) }
            td { (stack(&f.stack, &f.site)) }
        }
    }
}

fn findings(r: &Report) -> Markup {
    html! {
        section #findings {
            h2 { "Findings" }
            @if r.findings.is_empty() {
                p.none { "No findings." }
            } @else {
                table.sortable data-filter="findings" {
                    thead { tr {
                        th { "rule" } th { "severity" } th { "function" } th.num { "count" } th { "message" }
                        th { "thread" } th { "call site" }
                    } }
                    tbody { @for f in &r.findings { (finding_row(f)) } }
                }
            }
        }
    }
}

fn leaks(r: &Report) -> Markup {
    html! {
        section #leaks {
            h2 { "Leaks" }
            @if r.leaks.is_empty() {
                p.none { "No leaks." }
            } @else {
                table.sortable {
                    thead { tr {
                        th { "kind" } th.num { "count" } th.num { "bytes" } th { "thread" } th { "creation site" }
                        th { "handles" }
                    } }
                    tbody {
                        @for l in &r.leaks {
                            tr.leak {
                                td { (l.kind) }
                                td.num data-sort=(l.count) { (l.count) }
                                td.num data-sort=(l.bytes) { @if l.bytes > 0 { (bytes(l.bytes)) } @else { "-" } }
                                td { (l.thread) }
                                td { code { (l.site) } (stack(&l.stack, "")) }
                                td {
                                    details {
                                        summary { (plural(l.handles.len() as u64, "handle", "handles")) }
                                        code { (l.handles.join(" ")) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn suppressions(r: &Report) -> Markup {
    html! {
        section #suppressions {
            h2 { "Suppressions" }
            @if r.suppressions.is_empty() {
                p.none { "No suppressions loaded." }
            } @else {
                table.sortable {
                    thead { tr { th { "entry" } th { "place" } th.num { "findings" } th.num { "leaks" } } }
                    tbody {
                        @for u in &r.suppressions {
                            tr.suppression {
                                td { code { (u.entry) } }
                                td { code { (u.place) } }
                                td.num { (u.findings) }
                                td.num { (u.leaks) }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// A figure cell: the value, or `-` when the channel has none.
fn cell<T>(value: Option<T>, show: impl Fn(T) -> String) -> String {
    value.map_or_else(|| "-".to_string(), show)
}

fn overview(r: &Report) -> Markup {
    html! {
        table.sortable #channel-table {
            thead { tr {
                th { "channel" } th.num { "sent" } th.num { "outputs" } th.num { "bytes" } th.num { "failed" }
                th.num { "dropped" } th.num { "pending" } th.num { "p50 ms" } th.num { "p95 ms" }
                th.num { "p99 ms" } th.num { "max ms" } th.num { "fps" }
                th.num title="The stream's bit rate at the asked frame rate; without one, over the run's wall time" {
                    "kbit/s"
                }
                th { "target" }
                th.num { "stalls" }
            } }
            tbody {
                @for (n, c) in r.channels.iter().enumerate() {
                    @let f = c.figures.as_ref();
                    @let lat = f.and_then(|f| f.latency.as_ref());
                    tr {
                        td { a href=(format!("#channel-{n}")) { (channel_name(c)) } }
                        td.num { (c.frames_sent) }
                        td.num { (c.outputs) }
                        td.num data-sort=(c.bytes) { (bytes(c.bytes)) }
                        td.num { (cell(f, |f| f.failed.to_string())) }
                        td.num { (cell(f, |f| f.dropped.to_string())) }
                        td.num { (cell(f, |f| f.pending.to_string())) }
                        td.num { (cell(lat, |l| ms(l.p50_ms))) }
                        td.num { (cell(lat, |l| ms(l.p95_ms))) }
                        td.num { (cell(lat, |l| ms(l.p99_ms))) }
                        td.num { (cell(lat, |l| ms(l.max_ms))) }
                        td.num { (cell(f, |f| rate(f.output_fps))) }
                        td.num { (cell(f, |f| rate(rate_kbps(f)))) }
                        td { (cell(f.and_then(|f| f.target.as_ref()), target)) }
                        td.num { (cell(f, |f| f.stalls.to_string())) }
                    }
                }
            }
        }
    }
}

/// One plot in its figure: `plot-<kind>-<n>`, the SVG, and a caption; a note instead when it cannot be drawn.
fn plot(kind: &str, n: usize, caption: &str, svg: Result<String, String>) -> Markup {
    html! {
        figure class=(format!("plot plot-{kind}")) id=(format!("plot-{kind}-{n}")) {
            @match svg {
                Ok(svg) => (PreEscaped(svg)),
                Err(e) => p.note { (e) },
            }
            figcaption { (caption) }
        }
    }
}

/// One channel's figures as a table of four rows (totals, losses, latency, rate) of four name-value pairs. The
/// stream bit rate (at the asked frame rate) is the one to compare with the target; the rate over the run is per
/// second of wall time, as the bit rate plot draws it.
fn figure_table(c: &Channel, f: &Figures) -> Markup {
    let latency = match &f.latency {
        Some(l) => [
            ("latency measured", plural(l.count, "output", "outputs")),
            ("latency mean", format!("{} ms", ms(l.mean_ms))),
            ("latency p50 / p95 / p99", format!("{} / {} / {} ms", ms(l.p50_ms), ms(l.p95_ms), ms(l.p99_ms))),
            ("latency max", format!("{} ms", ms(l.max_ms))),
        ],
        None => [
            ("latency measured", "no output yet".into()),
            ("latency mean", "-".into()),
            ("latency p50 / p95 / p99", "-".into()),
            ("latency max", "-".into()),
        ],
    };
    let asked = f.target.as_ref().map_or_else(
        || "none set".to_string(),
        |t| format!("{}{}", target(t), t.fps.map(|fps| format!(", {fps} fps")).unwrap_or_default()),
    );
    let stream = f.stream_kbps.map_or_else(|| "- (no frame rate asked)".to_string(), |k| format!("{} kbit/s", rate(k)));
    let rows = [
        [
            ("frames sent", c.frames_sent.to_string()),
            ("outputs", c.outputs.to_string()),
            ("bytes", format!("{} ({})", c.bytes, bytes(c.bytes))),
            ("duration", format!("{:.2} s", f.duration_s)),
        ],
        [
            ("failed sends", f.failed.to_string()),
            ("dropped outputs", f.dropped.to_string()),
            ("pending", f.pending.to_string()),
            ("stalls", format!("{} (longest gap {} ms)", f.stalls, ms(f.longest_gap_ms))),
        ],
        latency,
        [
            ("output rate", format!("{} fps", rate(f.output_fps))),
            ("stream bit rate", stream),
            ("bit rate over the run", format!("{} kbit/s", rate(f.kbps))),
            ("target", asked),
        ],
    ];
    html! {
        div.scroll {
            table.figures {
                tbody { @for row in rows { tr { @for (name, value) in row { th { (name) } td { (value) } } } } }
            }
        }
    }
}

fn channel(n: usize, c: &Channel) -> Markup {
    html! {
        section.channel id=(format!("channel-{n}")) {
            h3 { (channel_name(c)) }
            @match &c.figures {
                Some(f) => {
                    (figure_table(c, f))
                    div.plots {
                        (plot("latency", n, "Latency per second: mean and max, ms", plot::latency(&f.seconds)))
                        (plot("histogram", n, "Latency histogram", plot::histogram(&f.latency_histogram)))
                        (plot("bitrate", n, "Bit rate per second of wall time, kbit/s; dashed: the target",
                            plot::bitrate(&f.seconds, f.target.as_ref(), f.stream_kbps)))
                    }
                },
                None => {
                    p {
                        (plural(c.frames_sent, "frame", "frames")) " sent, "
                        (plural(c.outputs, "output", "outputs")) " received, "
                        (plural(c.bytes, "byte", "bytes")) " produced."
                    }
                    p.note {
                        @if c.channels > 1 {
                            "The totals of " (c.channels) " destroyed channels folded into one entry: no figures or plots."
                        } @else {
                            "No figures for this channel (ACLVENC_SHIM_FIGURES=off, or a shim that does not measure them): no plots."
                        }
                    }
                },
            }
        }
    }
}

fn channels(r: &Report) -> Markup {
    html! {
        section #channels {
            h2 { "Channels" }
            @if r.channels.is_empty() {
                p.none { "No encoder channels." }
            } @else {
                (overview(r))
                @for (n, c) in r.channels.iter().enumerate() { (channel(n, c)) }
            }
        }
    }
}

fn calls(r: &Report) -> Markup {
    let mut calls: Vec<(&String, &u64)> = r.calls.iter().collect();
    calls.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
    html! {
        section #calls {
            h2 { "Calls" }
            @if calls.is_empty() {
                p.none { "No calls." }
            } @else {
                table.sortable {
                    thead { tr { th { "function" } th.num { "calls" } } }
                    tbody { @for (name, n) in calls { tr { td { code { (name) } } td.num { (n) } } } }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aclvenc_interface::report::{
        Bucket, Drivers, Latency, Leak, RateTarget, Second, SettingEntry, SuppressionUse, SCHEMA_VERSION,
    };
    use aclvenc_interface::settings::Source;
    use aclvenc_interface::Mode;

    /// `'sha256-<base64>'` of `text`, as a Content-Security-Policy names an inline script or style.
    fn csp_hash(text: &str) -> String {
        use sha2::Digest as _;
        format!("sha256-{}", data_encoding::BASE64.encode(&sha2::Sha256::digest(text.as_bytes())))
    }

    /// The policy's hashes are those of the style and script the page inlines: an edit to either without a new
    /// hash would leave the page unstyled or without its script (the browser test sees that too).
    #[test]
    fn the_policy_hashes_are_those_of_the_inlined_style_and_script() {
        assert_eq!(STYLE_HASH, csp_hash(STYLE), "update STYLE_HASH for html/style.css");
        assert_eq!(SCRIPT_HASH, csp_hash(SCRIPT), "update SCRIPT_HASH for html/script.js");
        let page = page(&Report::default(), "x");
        assert!(
            page.contains(&format!("<style>{STYLE}</style>")) && page.contains(&format!("<script>{SCRIPT}</script>"))
        );
    }

    const HOSTILE: &str = "<script>alert('x')</script> & \"quoted\" <img src=x onerror=alert(1)>";

    fn figures(n: u32, target: Option<RateTarget>) -> Figures {
        let seconds: Vec<Second> = (0..40)
            .map(|s| {
                let outputs = if n == 1 && (10..14).contains(&s) { 0 } else { 25 };
                let wobble = f64::from((s * 7 + n * 3) % 11);
                Second {
                    outputs,
                    kbits: if outputs == 0 { 0.0 } else { 900.0 + 20.0 * wobble },
                    latency_mean_ms: if outputs == 0 { 0.0 } else { 10.0 + wobble },
                    latency_max_ms: if outputs == 0 { 0.0 } else { 20.0 + 2.0 * wobble },
                }
            })
            .collect();
        Figures {
            failed: u64::from(n),
            dropped: 0,
            pending: 1,
            latency: Some(Latency {
                count: 999,
                mean_ms: 12.5,
                p50_ms: 12.0,
                p95_ms: 19.0,
                p99_ms: 28.0,
                max_ms: 40.0,
            }),
            latency_histogram: [4.0, 8.0, 16.0, 32.0, 64.0]
                .iter()
                .zip([3, 40, 900, 50, 6])
                .map(|(&le_ms, count)| Bucket { le_ms, count })
                .collect(),
            duration_s: 40.0,
            output_fps: 24.97,
            kbps: 1005.2,
            stream_kbps: (n == 0).then_some(1001.5),
            target,
            seconds,
            stalls: u64::from(n == 1),
            longest_gap_ms: 480.0,
        }
    }

    fn channel(n: u32, codec: &str, figures: Option<Figures>) -> Channel {
        Channel {
            api: "v2".into(),
            id: format!("chn {n}"),
            codec: codec.into(),
            frames_sent: 1000,
            outputs: 999,
            bytes: 5_026_000,
            channels: 1,
            figures,
        }
    }

    /// A report with findings, a leak, a suppression and a setting whose strings carry markup, four channels with
    /// figures and one folded channel without.
    fn sample() -> Report {
        let cbr = RateTarget { mode: "CBR".into(), kbps: Some(1000), fps: Some(25) };
        let vbr = RateTarget { mode: "VBR".into(), kbps: Some(1200), fps: None };
        let mut folded = channel(9, "H264", None);
        folded.channels = 40;
        Report {
            schema_version: SCHEMA_VERSION,
            shim_version: "0.1.0".into(),
            pid: 4242,
            mode: Mode::Report,
            soc: "Ascend310P3".into(),
            settings: vec![SettingEntry {
                name: "ACLVENC_SHIM_SUPPRESSIONS".into(),
                value: Some(format!("/s/{HOSTILE}.supp")),
                source: Source::Flag,
            }],
            driver: Drivers {
                v1: "/emu/libacl_dvpp.so (RTLD_NEXT)".into(),
                v2: "none found".into(),
                runtime: "none".into(),
            },
            calls: [("hi_mpi_venc_send_frame".to_string(), 4000)].into(),
            findings: vec![Finding {
                rule: "MPI-NULL-PTR".into(),
                severity: Severity::Error,
                function: "hi_mpi_venc_send_frame".into(),
                message: format!("the frame is NULL {HOSTILE}"),
                count: 7,
                shown: 5,
                thread: format!("\"{HOSTILE}\" (tid 4243)"),
                tid: 4243,
                site: "encode_one (app.c:41) <- main (app.c:90)".into(),
                stack: vec![
                    Frame { function: "encode_one".into(), file: Some("/src/app.c".into()), line: Some(41) },
                    Frame { function: "main".into(), file: Some("/src/app.c".into()), line: Some(90) },
                    Frame { function: "0x5555".into(), file: None, line: None },
                ],
            }],
            leaks: vec![Leak {
                kind: format!("hi_mpi_venc channel {HOSTILE}"),
                count: 2,
                handles: vec!["chn 0".into(), "chn 1".into()],
                thread: "main".into(),
                tid: 4242,
                site: "hi_mpi_venc_create_chn <- main (app.c:12)".into(),
                stack: vec![Frame { function: "main".into(), file: Some("app.c".into()), line: Some(12) }],
                bytes: 4096,
            }],
            channels: vec![
                channel(0, "H264", Some(figures(0, Some(cbr)))),
                channel(1, "H265", Some(figures(1, Some(vbr)))),
                channel(2, "JPEG", Some(figures(2, None))),
                channel(3, HOSTILE, Some(figures(3, None))),
                folded,
            ],
            suppressions: vec![SuppressionUse {
                entry: format!("leak:{HOSTILE}"),
                place: "a.supp:1".into(),
                findings: 0,
                leaks: 1,
            }],
            filtered: 3,
        }
    }

    fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
        let from = text.find(start).unwrap_or_else(|| panic!("{start} missing"));
        let to = text[from..].find(end).map_or(text.len(), |e| from + e);
        &text[from..to]
    }

    /// Every string from the report is escaped: the one `<script>` is the page's own, no `<img>` exists.
    #[test]
    fn report_strings_are_escaped() {
        let page = page(&sample(), &format!("./app {HOSTILE} exited with status 0"));
        assert_eq!(page.matches("<script").count(), 1, "only the page's own script");
        assert!(!page.contains("<img") && !page.contains("alert('x')</script>"), "{page}");
        let escaped =
            "&lt;script&gt;alert('x')&lt;/script&gt; &amp; &quot;quoted&quot; &lt;img src=x onerror=alert(1)&gt;";
        // The title, the about line, the settings, a message, a thread, a leak kind, a suppression, a channel.
        assert!(page.matches(escaped).count() >= 8, "{}", page.matches(escaped).count());
    }

    /// Nothing is loaded from anywhere: no `src`, no link, no URL but the SVG namespace and in-page anchors; the
    /// policy allows nothing else.
    #[test]
    fn the_page_is_self_contained() {
        let page = page(&sample(), "x");
        assert!(page.starts_with("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"), "{page}");
        assert!(page.contains("content=\"default-src 'none'; style-src 'sha256-"));
        assert!(!page.contains("src=\"") && !page.contains("<link") && !page.contains("url("));
        let urls = page.matches("http").count();
        assert_eq!(
            urls,
            page.matches("xmlns=\"http://www.w3.org/2000/svg\"").count() + 1,
            "SVG namespaces and the policy's meta: {urls}"
        );
        for href in page.split(" href=\"").skip(1) {
            assert!(href.starts_with('#'), "{}", &href[..40.min(href.len())]);
        }
    }

    /// The sections, a findings row with its stack, the leak and suppression; a plot set per channel with figures
    /// (`plot-<kind>-<n>`), and the folded channel's totals with a note instead.
    #[test]
    fn the_page_has_every_section_and_a_plot_set_per_channel_with_figures() {
        let page = page(&sample(), "./app exited with status 0");
        for id in ["summary", "findings", "leaks", "suppressions", "channels", "calls", "channel-table"] {
            assert_eq!(page.matches(&format!(" id=\"{id}\"")).count(), 1, "{id}");
        }
        for tag in ["section", "table", "figure", "svg", "tr", "td", "ol", "li", "details"] {
            let open = page.matches(&format!("<{tag}>")).count() + page.matches(&format!("<{tag} ")).count();
            assert_eq!(open, page.matches(&format!("</{tag}>")).count(), "<{tag}> balanced");
        }
        assert!(page.contains("<dt>pid</dt><dd>4242</dd><dt>shim</dt><dd>0.1.0</dd><dt>chip</dt><dd>Ascend310P3</dd>"));
        assert!(page.contains("<dt>mode</dt><dd>report</dd>"));
        assert!(page.contains("<div class=\"count bad\" id=\"count-errors\"><b>7</b>error findings</div>"), "{page}");
        let row = between(&page, "<tr class=\"finding\">", "</tr>");
        assert!(row.contains("<code>MPI-NULL-PTR</code>") && row.contains("class=\"sev-error\""), "{row}");
        assert!(
            row.contains("<td class=\"num\" data-sort=\"7\">7<br><span class=\"note\">(5 printed)</span></td>"),
            "{row}"
        );
        assert!(row.contains("<li>encode_one <span class=\"loc\">/src/app.c:41</span></li>"), "{row}");
        assert!(row.contains("<li>0x5555</li>"), "a frame without a line: {row}");
        let leak = between(&page, "<tr class=\"leak\">", "</tr>");
        assert!(
            leak.contains("4.1 kB") && leak.contains("<summary>2 handles</summary><code>chn 0 chn 1</code>"),
            "{leak}"
        );
        assert!(page.contains("<tr class=\"suppression\"><td><code>leak:&lt;script&gt;"), "{page}");
        for kind in ["latency", "histogram", "bitrate"] {
            assert_eq!(page.matches(&format!("class=\"plot plot-{kind}\"")).count(), 4, "{kind}");
            for n in 0..4 {
                let fig = between(&page, &format!("id=\"plot-{kind}-{n}\""), "</figure>");
                assert!(fig.contains("<svg") && fig.contains("</svg>"), "{kind} {n}");
            }
            assert!(!page.contains(&format!("id=\"plot-{kind}-4\"")), "the folded channel has no plots");
        }
        assert_eq!(page.matches("<svg").count(), 12);
        let ch1 = between(&page, "id=\"channel-1\"", "</section>");
        assert!(ch1.contains("<th>target</th><td>1200 VBR</td>"), "{ch1}");
        assert!(ch1.contains("<th>pending</th><td>1</td><th>stalls</th><td>1 (longest gap 480 ms)</td></tr>"));
        assert!(ch1.contains("<th>stream bit rate</th><td>- (no frame rate asked)</td>"), "{ch1}");
        let ch0 = between(&page, "id=\"channel-0\"", "</section>");
        assert!(
            ch0.contains("<th>stream bit rate</th><td>1002 kbit/s</td><th>bit rate over the run</th><td>1005 kbit/s")
        );
        assert!(ch1.contains("<th>latency p50 / p95 / p99</th><td>12.0 / 19.0 / 28.0 ms</td>"), "{ch1}");
        assert!(ch1.contains("<tr><th>frames sent</th><td>1000</td><th>outputs</th><td>999</td>"), "{ch1}");
        let ch2 = between(&page, "id=\"channel-2\"", "</section>");
        assert!(ch2.contains("<th>target</th><td>none set</td>"), "{ch2}");
        let ch0 = between(&page, "id=\"plot-bitrate-0\"", "</figure>");
        assert!(ch0.contains("target 1000 kbit/s CBR"), "the target line: {ch0}");
        let folded = between(&page, "id=\"channel-4\"", "</section>");
        assert!(folded.contains("<h3>v2 chn 9 H264 (40 channels)</h3>"), "{folded}");
        assert!(folded.contains("1000 frames sent, 999 outputs received, 5026000 bytes produced."), "{folded}");
        assert!(folded.contains("The totals of 40 destroyed channels folded into one entry"), "{folded}");
        let table = between(&page, "id=\"channel-table\"", "</table>");
        assert_eq!(table.matches("<tr>").count(), 1 + 5, "a header and a row per channel");
        assert!(table
            .contains("<td><a href=\"#channel-4\">v2 chn 9 H264 (40 channels)</a></td><td class=\"num\">1000</td>"));
    }

    /// An empty report still makes a page that says so in each section.
    #[test]
    fn an_empty_report_says_none_in_each_section() {
        let page = page(&Report::default(), "x");
        for none in ["No findings.", "No leaks.", "No suppressions loaded.", "No encoder channels.", "No calls."] {
            assert!(page.contains(none), "{none}");
        }
        assert!(!page.contains("<svg"));
    }
}
