//! Warm-up curves as an SVG line chart, written as text: one polyline per
//! runner, x = iteration, y = time per iteration on a log scale (engines
//! differ by orders of magnitude, and a tier-up is a drop by a factor). No
//! plotting crate: the chart is a few dozen elements.

use std::fmt::Write;

/// One runner's curve: its label, what the legend adds after it (e.g. the
/// median wall time), and its times per iteration in ms.
pub struct Series<'a> {
    pub label: &'a str,
    pub note: String,
    pub times_ms: &'a [f64],
}

const WIDTH: f64 = 760.0;
const HEIGHT: f64 = 440.0;
const LEFT: f64 = 70.0;
const RIGHT: f64 = 230.0;
const TOP: f64 = 40.0;
const BOTTOM: f64 = 50.0;
/// Line colours, one per runner in order (a colour-blind-safe palette).
const COLOURS: [&str; 8] = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000", "#999999"];
/// Times below this are drawn at it (a log scale has no zero).
const FLOOR_MS: f64 = 0.001;

/// The SVG document of one program's warm-up curves. Series without times
/// get a legend entry but no polyline.
pub fn warmup_svg(title: &str, series: &[Series]) -> String {
    let all = series.iter().flat_map(|s| s.times_ms.iter().map(|t| t.max(FLOOR_MS)));
    let (lo, hi) = all.fold((f64::INFINITY, 0.0f64), |(lo, hi), t| (lo.min(t), hi.max(t)));
    // Whole decades, so the grid lines fall on 1 ms, 10 ms, ...
    let (lo_exp, hi_exp) = if lo.is_finite() { (lo.log10().floor() as i32, (hi.log10().ceil() as i32).max(lo.log10().floor() as i32 + 1)) } else { (0, 1) };
    let iterations = series.iter().map(|s| s.times_ms.len()).max().unwrap_or(0).max(2);
    let plot_w = WIDTH - LEFT - RIGHT;
    let plot_h = HEIGHT - TOP - BOTTOM;
    let x_of = |i: usize| LEFT + plot_w * (i as f64) / ((iterations - 1) as f64);
    let y_of = |ms: f64| {
        let f = (ms.max(FLOOR_MS).log10() - lo_exp as f64) / (hi_exp - lo_exp) as f64;
        TOP + plot_h * (1.0 - f)
    };

    let mut svg = String::new();
    let _ = writeln!(svg, r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" font-family="sans-serif" font-size="12">"#);
    let _ = writeln!(svg, r#"<rect width="{WIDTH}" height="{HEIGHT}" fill="white"/>"#);
    let _ = writeln!(svg, r#"<text x="{}" y="22" font-size="15" text-anchor="middle">{} — time per iteration</text>"#, LEFT + plot_w / 2.0, escape(title));
    // Decade grid lines and labels.
    for e in lo_exp..=hi_exp {
        let y = y_of(10f64.powi(e));
        let _ = writeln!(svg, r##"<line x1="{LEFT}" y1="{y:.1}" x2="{:.1}" y2="{y:.1}" stroke="#ddd"/>"##, LEFT + plot_w);
        let _ = writeln!(svg, r#"<text x="{:.1}" y="{:.1}" text-anchor="end">{}</text>"#, LEFT - 6.0, y + 4.0, decade_label(e));
    }
    // x ticks: about six, at round iteration numbers.
    let step = nice_step(iterations);
    let mut i = step;
    while i <= iterations {
        let x = x_of(i - 1);
        let _ = writeln!(svg, r##"<line x1="{x:.1}" y1="{:.1}" x2="{x:.1}" y2="{:.1}" stroke="#888"/>"##, TOP + plot_h, TOP + plot_h + 5.0);
        let _ = writeln!(svg, r#"<text x="{x:.1}" y="{:.1}" text-anchor="middle">{i}</text>"#, TOP + plot_h + 18.0);
        i += step;
    }
    let _ = writeln!(svg, r##"<rect x="{LEFT}" y="{TOP}" width="{plot_w}" height="{plot_h}" fill="none" stroke="#888"/>"##);
    let _ = writeln!(svg, r#"<text x="{:.1}" y="{:.1}" text-anchor="middle">iteration (stderr line)</text>"#, LEFT + plot_w / 2.0, HEIGHT - 10.0);
    let _ = writeln!(svg, r#"<text x="16" y="{:.1}" text-anchor="middle" transform="rotate(-90 16 {:.1})">ms per iteration (log scale)</text>"#, TOP + plot_h / 2.0, TOP + plot_h / 2.0);

    for (n, s) in series.iter().enumerate() {
        let colour = COLOURS[n % COLOURS.len()];
        if !s.times_ms.is_empty() {
            let points: Vec<String> = s.times_ms.iter().enumerate().map(|(i, &t)| format!("{:.1},{:.1}", x_of(i), y_of(t))).collect();
            let _ = writeln!(svg, r#"<polyline fill="none" stroke="{colour}" stroke-width="1.5" points="{}"><title>{}</title></polyline>"#, points.join(" "), escape(s.label));
        }
        let y = TOP + 10.0 + 20.0 * n as f64;
        let x = WIDTH - RIGHT + 14.0;
        let _ = writeln!(svg, r#"<line x1="{x}" y1="{y}" x2="{}" y2="{y}" stroke="{colour}" stroke-width="3"/>"#, x + 22.0);
        let mut text = s.label.to_string();
        for extra in [s.note.as_str(), if s.times_ms.is_empty() { "(no lines)" } else { "" }] {
            if !extra.is_empty() {
                text = format!("{text} {extra}");
            }
        }
        let _ = writeln!(svg, r#"<text x="{}" y="{}">{}</text>"#, x + 28.0, y + 4.0, escape(&text));
    }
    svg.push_str("</svg>\n");
    svg
}

/// `0.01 ms`, `1 ms`, `10 s`: the label of the grid line at 10^e ms.
fn decade_label(e: i32) -> String {
    if e >= 3 {
        format!("{} s", 10u64.pow((e - 3) as u32))
    } else if e >= 0 {
        format!("{} ms", 10u64.pow(e as u32))
    } else {
        format!("{} ms", 10f64.powi(e))
    }
}

/// A step of 1, 2 or 5 × 10^k that puts about six ticks on 1..=n.
fn nice_step(n: usize) -> usize {
    let raw = (n as f64 / 6.0).max(1.0);
    let mag = 10f64.powi(raw.log10().floor() as i32);
    let step = [1.0, 2.0, 5.0, 10.0].iter().map(|m| m * mag).find(|s| *s >= raw).unwrap_or(10.0 * mag);
    step as usize
}

/// Text made safe inside SVG elements and attributes.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_polyline_per_series_with_times() {
        let a = [100.0, 50.0, 1.0, 1.0];
        let b = [2.0, 2.0, 2.0];
        let series = |label, times_ms| Series { label, note: String::new(), times_ms };
        let svg = warmup_svg("x<y", &[series("kiln jit", &a), series("node", &b), series("empty", &[])]);
        assert!(svg.starts_with("<svg "));
        assert!(svg.trim_end().ends_with("</svg>"));
        assert_eq!(svg.matches("<polyline").count(), 2);
        assert!(svg.contains("x&lt;y"));
        assert!(svg.contains(">empty (no lines)</text>"));
        // 1 ms to 100 ms: three decade lines.
        assert!(svg.contains(">1 ms<") && svg.contains(">10 ms<") && svg.contains(">100 ms<"));
    }

    #[test]
    fn log_scale_puts_decades_evenly() {
        let a = [1.0, 10.0, 100.0];
        let svg = warmup_svg("t", &[Series { label: "a", note: "(1 s)".into(), times_ms: &a }]);
        assert!(svg.contains(">a (1 s)</text>"));
        let points = svg.split("points=\"").nth(1).unwrap().split('"').next().unwrap();
        let ys: Vec<f64> = points.split(' ').map(|p| p.split(',').nth(1).unwrap().parse().unwrap()).collect();
        assert!((ys[0] - ys[1] - (ys[1] - ys[2])).abs() < 0.2, "{ys:?}");
        assert!(ys[0] > ys[2], "slower is higher up the chart");
    }

    #[test]
    fn labels_and_steps() {
        assert_eq!(decade_label(-2), "0.01 ms");
        assert_eq!(decade_label(0), "1 ms");
        assert_eq!(decade_label(4), "10 s");
        assert_eq!(nice_step(3), 1);
        assert_eq!(nice_step(60), 10);
        assert_eq!(nice_step(500), 100);
    }
}
