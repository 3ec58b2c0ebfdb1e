//! The HTML report's plots of one channel, drawn as inline SVG with plotters (its SVG backend, no fonts: the
//! browser lays the text out). Only numbers and fixed words reach a plot, never a string from the report.

use aclvenc_interface::report::{Bucket, RateTarget, Second};
use plotters::coord::Shift;
use plotters::prelude::*;

use crate::report::{ms, rate};

/// Every plot's size in SVG units (it scales with the page).
const SIZE: (u32, u32) = (480, 280);
const MEAN: RGBColor = RGBColor(0x0b, 0x62, 0xa4);
const MAX: RGBColor = RGBColor(0xd0, 0x5a, 0x1c);
const RATE: RGBColor = RGBColor(0x2e, 0x7d, 0x32);
const TARGET: RGBColor = RGBColor(0xb3, 0x26, 0x1e);
const STREAM: RGBColor = RGBColor(0x5b, 0x63, 0x6d);
const GRID: RGBColor = RGBColor(0xe4, 0xe7, 0xeb);

/// An axis label: whole numbers once the axis spans more than 10, else as [`ms`] writes them.
fn tick(v: f64, top: f64) -> String {
    if top > 10.0 {
        format!("{v:.0}")
    } else {
        ms(v)
    }
}

/// A histogram bucket's bound: `0.50`, `1.5`, `8` (the shim's bounds sit just below a power of two, `7.999`).
fn bound(v: f64) -> String {
    if v < 1.0 {
        return ms(v);
    }
    let tenths = (v * 10.0).round() / 10.0;
    if tenths.fract() == 0.0 {
        format!("{tenths:.0}")
    } else {
        format!("{tenths:.1}")
    }
}

/// A drawing error as text.
fn fail(e: impl std::fmt::Display) -> String {
    format!("cannot draw the plot: {e}")
}

/// Draws into a fresh SVG document of [`SIZE`] and returns it.
fn svg(draw: impl FnOnce(&DrawingArea<SVGBackend<'_>, Shift>) -> Result<(), String>) -> Result<String, String> {
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, SIZE).into_drawing_area();
        root.fill(&WHITE).map_err(fail)?;
        draw(&root)?;
        root.present().map_err(fail)?;
    }
    Ok(out)
}

/// The top of a value axis: a little above the largest value, and never an empty range.
fn top(values: impl Iterator<Item = f64>) -> f64 {
    let max = values.filter(|v| v.is_finite()).fold(0.0_f64, f64::max);
    if max > 0.0 {
        max * 1.15
    } else {
        1.0
    }
}

/// The right end of a per-second time axis, in whole seconds (so its labels are whole seconds too).
fn last_second(seconds: &[Second]) -> u32 {
    u32::try_from(seconds.len().saturating_sub(1)).unwrap_or(u32::MAX).max(1)
}

/// `(second, value)` points in runs of consecutive seconds that had output: a second without output has no
/// latency, so the line breaks there instead of dropping to 0.
fn runs(seconds: &[Second], value: fn(&Second) -> f64) -> Vec<Vec<(u32, f64)>> {
    let mut out: Vec<Vec<(u32, f64)>> = Vec::new();
    let mut open = false;
    for (i, s) in (0u32..).zip(seconds) {
        if s.outputs == 0 {
            open = false;
            continue;
        }
        let point = (i, value(s));
        match out.last_mut() {
            Some(run) if open => run.push(point),
            _ => out.push(vec![point]),
        }
        open = true;
    }
    out
}

/// Latency over time: each second's mean and largest send-to-output latency, in ms.
/// A chart of per-second values on `root`: seconds `0..x_end` across, `0..y_top` up (labelled `y_desc`, its labels in
/// `y_labels` pixels), with its grid drawn; evaluates to the chart, or returns the error. A macro, as the chart's
/// lifetimes are tied to the closure of [`svg`] that draws it.
macro_rules! per_second_chart {
    ($root:expr, $x_end:expr, $y_top:expr, $y_desc:expr, $y_labels:expr) => {{
        let y_top = $y_top;
        let mut chart = ChartBuilder::on($root)
            .margin(12)
            .x_label_area_size(40)
            .y_label_area_size($y_labels)
            .build_cartesian_2d(0..$x_end, 0.0..y_top)
            .map_err(fail)?;
        chart
            .configure_mesh()
            .light_line_style(TRANSPARENT)
            .bold_line_style(GRID)
            .x_desc("second")
            .y_desc($y_desc)
            .label_style(("sans-serif", 15))
            .axis_desc_style(("sans-serif", 15))
            .y_label_formatter(&|v| tick(*v, y_top))
            .draw()
            .map_err(fail)?;
        chart
    }};
}

pub fn latency(seconds: &[Second]) -> Result<String, String> {
    svg(|root| {
        let y_top = top(seconds.iter().filter(|s| s.outputs > 0).map(|s| s.latency_max_ms));
        let mut chart = per_second_chart!(root, last_second(seconds), y_top, "latency, ms", 56);
        let mut any = false;
        for (name, color, value) in [
            ("max", MAX, (|s: &Second| s.latency_max_ms) as fn(&Second) -> f64),
            ("mean", MEAN, |s: &Second| s.latency_mean_ms),
        ] {
            for (i, run) in runs(seconds, value).into_iter().enumerate() {
                let style = color.stroke_width(2);
                let series = if run.len() == 1 {
                    chart.draw_series(run.into_iter().map(|p| Circle::new(p, 3, style.filled()))).map_err(fail)?
                } else {
                    chart.draw_series(LineSeries::new(run, style)).map_err(fail)?
                };
                if i == 0 {
                    series.label(name).legend(move |(x, y)| PathElement::new([(x, y), (x + 18, y)], style));
                    any = true;
                }
            }
        }
        if any {
            legend(&mut chart)?;
        }
        Ok(())
    })
}

/// The latency histogram: one bar per bucket, labelled with its upper bound in ms.
pub fn histogram(buckets: &[Bucket]) -> Result<String, String> {
    svg(|root| {
        let n = u32::try_from(buckets.len()).unwrap_or(u32::MAX);
        // A count of outputs: exact in an f64 up to 2^53.
        #[allow(clippy::cast_precision_loss)]
        let y_top = top(buckets.iter().map(|b| b.count as f64));
        let mut chart = ChartBuilder::on(root)
            .margin(12)
            .x_label_area_size(40)
            .y_label_area_size(56)
            // A segmented 0..k has a segment for each of 0 to k: one per bucket.
            .build_cartesian_2d((0..n.saturating_sub(1).max(1)).into_segmented(), 0.0..y_top)
            .map_err(fail)?;
        let bound = |v: &SegmentValue<u32>| match v {
            SegmentValue::CenterOf(i) => buckets.get(*i as usize).map(|b| bound(b.le_ms)).unwrap_or_default(),
            _ => String::new(),
        };
        chart
            .configure_mesh()
            .disable_x_mesh()
            .light_line_style(TRANSPARENT)
            .bold_line_style(GRID)
            .x_labels(buckets.len().clamp(1, 16))
            .x_label_formatter(&bound)
            .y_label_formatter(&|v| format!("{v:.0}"))
            .x_desc("latency up to, ms")
            .y_desc("outputs")
            .label_style(("sans-serif", 15))
            .axis_desc_style(("sans-serif", 15))
            .draw()
            .map_err(fail)?;
        let bars = buckets.iter().zip(0u32..).map(|(b, i)| {
            #[allow(clippy::cast_precision_loss)]
            let count = b.count as f64;
            let mut bar = Rectangle::new(
                [(SegmentValue::Exact(i), 0.0), (SegmentValue::Exact(i + 1), count)],
                MEAN.mix(0.75).filled(),
            );
            bar.set_margin(0, 0, 2, 2);
            bar
        });
        chart.draw_series(bars).map_err(fail)?;
        Ok(())
    })
}

/// Bit rate over time: each second's output in kbit/s; the asked rate as a dashed line when the rate control sets
/// one, and the stream's rate at the asked frame rate (`stream`, what the target is about) as a thin line.
pub fn bitrate(seconds: &[Second], target: Option<&RateTarget>, stream: Option<f64>) -> Result<String, String> {
    svg(|root| {
        let asked = target.and_then(|t| t.kbps).map(f64::from);
        let stream = stream.filter(|k| k.is_finite());
        let y_top = top(seconds.iter().map(|s| s.kbits).chain(asked).chain(stream));
        let x_end = last_second(seconds);
        let mut chart = per_second_chart!(root, x_end, y_top, "kbit/s", 64);
        let points: Vec<(u32, f64)> = (0u32..).zip(seconds).map(|(i, s)| (i, s.kbits)).collect();
        let style = RATE.stroke_width(2);
        let legend_line = move |style: ShapeStyle| move |(x, y)| PathElement::new([(x, y), (x + 18, y)], style);
        let series = if points.len() == 1 {
            chart.draw_series(points.into_iter().map(|p| Circle::new(p, 3, style.filled()))).map_err(fail)?
        } else {
            chart.draw_series(LineSeries::new(points, style)).map_err(fail)?
        };
        series.label("output").legend(legend_line(style));
        if let Some(kbps) = stream {
            let style = STREAM.stroke_width(1);
            chart
                .draw_series(LineSeries::new([(0, kbps), (x_end, kbps)], style))
                .map_err(fail)?
                .label(format!("stream {} kbit/s", rate(kbps)))
                .legend(legend_line(style));
        }
        if let (Some(kbps), Some(t)) = (asked, target) {
            let style = TARGET.stroke_width(2);
            chart
                .draw_series(DashedLineSeries::new([(0, kbps), (x_end, kbps)], 8, 5, style))
                .map_err(fail)?
                .label(format!("target {} kbit/s {}", t.kbps.unwrap_or_default(), mode_word(&t.mode)))
                .legend(legend_line(style));
        }
        legend(&mut chart)
    })
}

/// A rate-control mode as a plot label: only the vendor's names, so no report text reaches the SVG unchecked.
fn mode_word(mode: &str) -> &'static str {
    ["CBR", "VBR", "AVBR", "QVBR", "CVBR", "FIXQP"].into_iter().find(|m| *m == mode).unwrap_or("")
}

fn legend<'a, X: Ranged, Y: Ranged>(
    chart: &mut ChartContext<'a, SVGBackend<'a>, Cartesian2d<X, Y>>,
) -> Result<(), String> {
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::LowerRight)
        .background_style(WHITE.mix(0.85))
        .border_style(GRID)
        .label_font(("sans-serif", 15))
        .draw()
        .map_err(fail)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn second(outputs: u32, kbits: f64, mean: f64, max: f64) -> Second {
        Second { outputs, kbits, latency_mean_ms: mean, latency_max_ms: max }
    }

    /// A second without output breaks the latency line (no fake 0 ms); a lone second is a dot.
    #[test]
    fn latency_lines_break_where_no_output_arrived() {
        let s = [
            second(25, 1.0, 10.0, 12.0),
            second(25, 1.0, 11.0, 14.0),
            second(0, 0.0, 0.0, 0.0),
            second(3, 1.0, 9.0, 9.0),
        ];
        let r = runs(&s, |s| s.latency_mean_ms);
        assert_eq!(r, vec![vec![(0, 10.0), (1, 11.0)], vec![(3, 9.0)]]);
        let svg = latency(&s).unwrap();
        assert!(svg.starts_with("<svg") && svg.contains("viewBox=\"0 0 480 280\""), "{svg}");
        for color in ["#0B62A4", "#D05A1C"] {
            // The mean and the max: a line for seconds 0-1, a dot for second 3, and the legend's sample line.
            assert_eq!(
                svg.matches(&format!("<polyline fill=\"none\" opacity=\"1\" stroke=\"{color}\"")).count(),
                2,
                "{svg}"
            );
            assert_eq!(svg.matches(&format!(" r=\"3\" opacity=\"1\" fill=\"{color}\"")).count(), 1, "{svg}");
        }
        assert!(svg.contains(">\nmean\n</text>") && svg.contains(">\nmax\n</text>"), "the legend: {svg}");
    }

    #[test]
    fn every_plot_draws_without_data_too() {
        for svg in [latency(&[]), histogram(&[]), bitrate(&[], None, None)] {
            let svg = svg.unwrap();
            assert!(svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"), "{svg}");
        }
    }

    #[test]
    fn the_target_rate_is_a_dashed_line_with_its_label() {
        let t = RateTarget { mode: "CBR".into(), kbps: Some(1000), fps: Some(25) };
        let s: Vec<Second> = (0..30).map(|i| second(25, 950.0 + f64::from(i), 20.0, 30.0)).collect();
        let svg = bitrate(&s, Some(&t), Some(987.6)).unwrap();
        assert!(svg.contains(">\ntarget 1000 kbit/s CBR\n<") && svg.contains(">\nstream 988 kbit/s\n<"), "{svg}");
        let no_target = bitrate(&s, None, None).unwrap();
        assert!(!no_target.contains("target") && !no_target.contains("stream"), "{no_target}");
        let odd = RateTarget { mode: "<b>".into(), kbps: Some(5), fps: None };
        assert!(!bitrate(&s, Some(&odd), None).unwrap().contains("<b>"));
    }

    #[test]
    fn the_histogram_has_a_bar_per_bucket_labelled_by_its_bound() {
        let b = [Bucket { le_ms: 0.5, count: 3 }, Bucket { le_ms: 1.5, count: 40 }, Bucket { le_ms: 63.999, count: 2 }];
        let svg = histogram(&b).unwrap();
        for label in [">\n0.50\n<", ">\n1.5\n<", ">\n64\n<"] {
            assert!(svg.contains(label), "{label}: {svg}");
        }
    }
}
