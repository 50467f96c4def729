//! `kiln bench FILE…`: times programs on each kiln engine and on node (plain
//! and `--jitless`), several runs each, and reports median wall times,
//! ratios to node and between engines, and whether every engine printed
//! what node printed, with a warm-up curve per program (`plot`).
//!
//! Each run is a child process (`kiln run --engine=E FILE`, `node FILE`), so
//! an engine is measured as a user runs it, startup included. A program
//! marks its iterations by writing a line to stderr (`console.error`) after
//! each: every engine writes stderr unbuffered, so the gaps between the
//! lines' arrival are the times per iteration, and stdout (the result that
//! must equal node's) stays untouched.

mod plot;

use crate::serve::json_string;
use indicatif::{ProgressBar, ProgressStyle};
use std::ffi::OsString;
use std::fmt::Write as _;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

/// What `kiln bench` was asked to do.
pub struct BenchOptions {
    pub files: Vec<PathBuf>,
    pub runs: usize,
    /// The kiln engines, as `kiln run --engine` names them.
    pub engines: Vec<String>,
    /// The node binary; None to leave node out.
    pub node: Option<OsString>,
    /// Where the report and the SVG curves go.
    pub out: PathBuf,
    /// Where to write the results as JSON (for `benches/run.js`).
    pub json: Option<PathBuf>,
    /// Passed to `kiln run --timeout` (node runs have no limit).
    pub timeout: Option<f64>,
}

/// One way of running a program: a kiln engine or node.
struct Runner {
    label: String,
    program: OsString,
    args: Vec<OsString>,
    kiln: bool,
}

/// One run of one program by one runner.
struct Run {
    wall_ms: f64,
    /// When each stderr line arrived, in ms since the spawn.
    ticks_ms: Vec<f64>,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    /// The exit code; None when a signal ended the program.
    code: Option<i32>,
    rss_kib: Option<u64>,
}

/// Every run of one runner on one program.
struct Measured {
    label: String,
    kiln: bool,
    runs: Vec<Run>,
    median_ms: f64,
    rss_kib: Option<u64>,
    /// Times per iteration in ms: each the median over the runs.
    curve: Vec<f64>,
}

/// The peak-RSS wrapper, when the machine has GNU time.
struct Rss {
    file: PathBuf,
}

/// A program's name (its file's stem), its file, and each runner's runs.
type Results = Vec<(String, PathBuf, Vec<Measured>)>;

pub fn bench(options: BenchOptions) -> ExitCode {
    let exe = match std::env::current_exe() {
        Ok(exe) => exe,
        Err(e) => {
            eprintln!("kiln: cannot find the kiln executable: {e}");
            return ExitCode::from(2);
        }
    };
    let node = options.node.clone().filter(|node| Command::new(node).arg("--version").stdout(Stdio::null()).stderr(Stdio::null()).status().is_ok_and(|s| s.success()));
    if options.node.is_some() && node.is_none() {
        eprintln!("kiln: node not found: timing kiln only");
    }
    let runners = runners(&exe, &options, node.as_ref());
    let rss = gnu_time();
    let overhead_ms = spawn_overhead(rss.as_ref());
    let results = measure(&options, &runners, rss.as_ref(), overhead_ms);
    if let Some(rss) = &rss {
        let _ = std::fs::remove_file(&rss.file);
    }
    match results.and_then(|results| report(&options, &results, overhead_ms, rss.is_some())) {
        Ok(false) => ExitCode::SUCCESS,
        Ok(true) => ExitCode::from(1),
        Err(e) => {
            eprintln!("kiln: {e}");
            ExitCode::from(2)
        }
    }
}

/// Runs every program with every runner, `options.runs` times, under a
/// progress bar (plain lines when stderr is not a terminal).
fn measure(options: &BenchOptions, runners: &[Runner], rss: Option<&Rss>, overhead_ms: f64) -> Result<Results, String> {
    let total = (options.files.len() * runners.len() * options.runs) as u64;
    let bar = ProgressBar::new(total);
    bar.set_style(ProgressStyle::with_template("{bar:30.cyan/blue} {pos}/{len} runs, {elapsed} {wide_msg}").unwrap_or_else(|_| ProgressStyle::default_bar()));
    // Redrawn twice a second, so the clock moves during a long run.
    bar.enable_steady_tick(Duration::from_millis(500));
    let mut results = Vec::new();
    for file in &options.files {
        let name = file.file_stem().map_or("program".to_string(), |s| s.to_string_lossy().into_owned());
        let mut measured = Vec::new();
        for runner in runners {
            let mut runs = Vec::new();
            for i in 0..options.runs {
                bar.set_message(format!("{name} [{}] run {}/{}", runner.label, i + 1, options.runs));
                let mut run = run_once(runner, file, rss).map_err(|e| {
                    bar.abandon();
                    format!("cannot run {}: {e}", runner.label)
                })?;
                run.wall_ms = (run.wall_ms - overhead_ms).max(0.0);
                if bar.is_hidden() {
                    eprintln!("  {name} [{}] run {}/{}: {}", runner.label, i + 1, options.runs, format_ms(run.wall_ms));
                }
                bar.inc(1);
                runs.push(run);
            }
            measured.push(summarize(runner, runs));
        }
        results.push((name, file.clone(), measured));
    }
    bar.finish_and_clear();
    Ok(results)
}

/// Prints the tables and writes the report, the curves and the JSON.
/// Returns whether a kiln engine failed or printed something else than node.
fn report(options: &BenchOptions, results: &Results, overhead_ms: f64, rss: bool) -> Result<bool, String> {
    let write = |path: &Path, text: &str| std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()));
    std::fs::create_dir_all(&options.out).map_err(|e| format!("cannot create {}: {e}", options.out.display()))?;
    let mut report = String::new();
    let mut failed = false;
    let mut names = std::collections::HashSet::new();
    let mut json_programs = Vec::new();
    for (name, file, measured) in results {
        // Two files with one stem get distinct charts.
        let mut svg_name = format!("{name}.svg");
        let mut n = 2;
        while !names.insert(svg_name.clone()) {
            svg_name = format!("{name}-{n}.svg");
            n += 1;
        }
        let series: Vec<plot::Series> = measured.iter().map(|m| plot::Series { label: &m.label, note: format!("({})", format_ms(m.median_ms)), times_ms: &m.curve }).collect();
        let svg_path = options.out.join(&svg_name);
        write(&svg_path, &plot::warmup_svg(name, &series))?;
        let outputs: Vec<String> = measured.iter().map(|m| output_check(m, measured)).collect();
        failed |= outputs.iter().any(|o| is_failure(o));
        json_programs.push(json_program(name, file, &svg_path, measured, &outputs));
        let _ = writeln!(report, "{}\n\n![{name} warm-up curves]({svg_name})\n", table(name, measured, &outputs));
        for (m, output) in measured.iter().zip(&outputs) {
            if is_failure(output) {
                let _ = writeln!(report, "{}\n", describe_difference(name, m, measured));
            }
        }
    }
    let _ = writeln!(
        report,
        "Median of {} run(s) per runner; wall times exclude {overhead_ms:.1} ms of spawn overhead (measured on `true`); peak RSS {}.\n\
         A curve point is the gap between two stderr lines (the first from the spawn), the median over the runs.",
        options.runs,
        if rss { "by GNU time" } else { "not measured (no /usr/bin/time)" }
    );
    print!("{report}");
    let report_path = options.out.join("report.md");
    write(&report_path, &format!("# kiln bench\n\n{report}"))?;
    println!("wrote {} and the curves beside it", report_path.display());
    if let Some(json) = &options.json {
        write(json, &format!("{{\"overhead_ms\": {overhead_ms:.3}, \"rss\": {rss}, \"programs\": [\n{}\n]}}\n", json_programs.join(",\n")))?;
    }
    Ok(failed)
}

fn runners(exe: &Path, options: &BenchOptions, node: Option<&OsString>) -> Vec<Runner> {
    let mut runners: Vec<Runner> = options
        .engines
        .iter()
        .map(|engine| {
            let mut args: Vec<OsString> = vec!["run".into(), format!("--engine={engine}").into()];
            if let Some(t) = options.timeout {
                args.push(format!("--timeout={t}").into());
            }
            Runner { label: format!("kiln {engine}"), program: exe.as_os_str().to_os_string(), args, kiln: true }
        })
        .collect();
    if let Some(node) = node {
        runners.push(Runner { label: "node".into(), program: node.clone(), args: vec![], kiln: false });
        // `--no-expose-wasm` silences the warning `--jitless` prints on
        // stderr, which would count as an iteration.
        runners.push(Runner { label: "node --jitless".into(), program: node.clone(), args: vec!["--jitless".into(), "--no-expose-wasm".into()], kiln: false });
    }
    runners
}

/// GNU time's `-f %M`, when it works here.
fn gnu_time() -> Option<Rss> {
    let file = std::env::temp_dir().join(format!("kiln-bench-{}.rss", std::process::id()));
    let ok = Command::new("/usr/bin/time").args(["-f", "%M", "-o"]).arg(&file).arg("true").stdout(Stdio::null()).stderr(Stdio::null()).status().is_ok_and(|s| s.success());
    (ok && read_rss(&file).is_some()).then_some(Rss { file })
}

fn read_rss(file: &Path) -> Option<u64> {
    // GNU time may put "Command exited with non-zero status N" first.
    std::fs::read_to_string(file).ok()?.lines().filter_map(|l| l.trim().parse().ok()).last()
}

/// The cost of starting a process through the same wrapper, which every
/// wall time includes: it matters for short programs only.
fn spawn_overhead(rss: Option<&Rss>) -> f64 {
    let runner = Runner { label: "true".into(), program: "true".into(), args: vec![], kiln: false };
    let mut times: Vec<f64> = (0..10).filter_map(|_| run_once(&runner, Path::new(""), rss).ok()).map(|r| r.wall_ms).collect();
    median(&mut times).unwrap_or(0.0)
}

fn run_once(runner: &Runner, file: &Path, rss: Option<&Rss>) -> std::io::Result<Run> {
    let mut command = match rss {
        Some(rss) => {
            let _ = std::fs::remove_file(&rss.file);
            let mut c = Command::new("/usr/bin/time");
            c.args(["-f", "%M", "-o"]).arg(&rss.file).arg(&runner.program);
            c
        }
        None => Command::new(&runner.program),
    };
    command.args(&runner.args);
    if !file.as_os_str().is_empty() {
        command.arg(file);
    }
    command.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let started = Instant::now();
    let mut child = command.spawn()?;
    let mut out = child.stdout.take().expect("piped stdout");
    let reader = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        out.read_to_end(&mut bytes).map(|_| bytes)
    });
    let mut err = child.stderr.take().expect("piped stderr");
    let mut stderr = Vec::new();
    let mut ticks = Ticks::default();
    let mut buf = vec![0u8; 64 << 10];
    loop {
        let n = err.read(&mut buf)?;
        if n == 0 {
            break;
        }
        ticks.feed(&buf[..n], ms(started.elapsed()));
        stderr.extend_from_slice(&buf[..n]);
        // Keep the start and the end of a long stderr, for error reports.
        if stderr.len() > 1 << 20 {
            stderr.drain(4096..stderr.len() - 4096);
        }
    }
    let ticks_ms = ticks.times_ms;
    let status = child.wait()?;
    let wall_ms = ms(started.elapsed());
    let stdout = reader.join().map_err(|_| std::io::Error::other("the stdout reader panicked"))??;
    Ok(Run { wall_ms, ticks_ms, stdout, stderr, code: status.code(), rss_kib: rss.and_then(|r| read_rss(&r.file)) })
}

/// When a program's stderr lines were written, from when they were read.
/// Lines that come in one read were written after the previous read
/// returned (else it would have brought them): when the reader fell
/// behind, they are spread evenly over that window, not stacked at its end
/// with gaps of zero.
#[derive(Default)]
struct Ticks {
    last_read_ms: f64,
    times_ms: Vec<f64>,
}

impl Ticks {
    fn feed(&mut self, bytes: &[u8], at_ms: f64) {
        let lines = bytes.iter().filter(|&&b| b == b'\n').count();
        let from = self.last_read_ms;
        self.times_ms.extend((1..=lines).map(|i| from + (at_ms - from) * i as f64 / lines as f64));
        self.last_read_ms = at_ms;
    }
}

fn summarize(runner: &Runner, runs: Vec<Run>) -> Measured {
    let mut walls: Vec<f64> = runs.iter().map(|r| r.wall_ms).collect();
    let median_ms = median(&mut walls).unwrap_or(0.0);
    let mut rss: Vec<f64> = runs.iter().filter_map(|r| r.rss_kib.map(|k| k as f64)).collect();
    let rss_kib = median(&mut rss).map(|k| k as u64);
    let curve = median_curve(&runs.iter().map(|r| gaps(&r.ticks_ms)).collect::<Vec<_>>());
    Measured { label: runner.label.clone(), kiln: runner.kiln, runs, median_ms, rss_kib, curve }
}

/// Times per iteration from the arrival times of the lines.
fn gaps(ticks_ms: &[f64]) -> Vec<f64> {
    let mut last = 0.0;
    ticks_ms
        .iter()
        .map(|&t| {
            let gap = t - last;
            last = t;
            gap
        })
        .collect()
}

/// Point by point, the median of the runs' times per iteration, as long
/// as the longest run goes: on a loaded machine one run's iteration may
/// wait for the CPU, or two lines may be read in one go (a gap near zero);
/// the median of several runs leaves such accidents out.
fn median_curve(curves: &[Vec<f64>]) -> Vec<f64> {
    let len = curves.iter().map(Vec::len).max().unwrap_or(0);
    (0..len).filter_map(|i| median(&mut curves.iter().filter_map(|c| c.get(i).copied()).collect::<Vec<_>>())).collect()
}

/// The median, averaging the middle two of an even count; sorts `xs`.
fn median(xs: &mut [f64]) -> Option<f64> {
    xs.sort_by(f64::total_cmp);
    let n = xs.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(xs[n / 2]),
        _ => Some((xs[n / 2 - 1] + xs[n / 2]) / 2.0),
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn find<'a>(measured: &'a [Measured], label: &str) -> Option<&'a Measured> {
    measured.iter().find(|m| m.label == label)
}

/// `same` when a kiln engine's first run printed node's stdout and exit
/// code, `DIFF` when not; without node, `unchecked` after a clean exit and
/// `exit N` (a failure) after another; empty for node itself.
fn output_check(m: &Measured, all: &[Measured]) -> String {
    if !m.kiln {
        return String::new();
    }
    let run = &m.runs[0];
    match find(all, "node") {
        Some(node) if node.runs[0].stdout == run.stdout && node.runs[0].code == run.code => "same".into(),
        Some(_) => "DIFF".into(),
        None if run.code == Some(0) => "unchecked".into(),
        None => run.code.map_or("killed by a signal".into(), |c| format!("exit {c}")),
    }
}

/// Whether an output check is a failure (the command then exits with 1).
fn is_failure(check: &str) -> bool {
    check == "DIFF" || check.starts_with("exit") || check.starts_with("killed")
}

fn describe_difference(name: &str, m: &Measured, all: &[Measured]) -> String {
    let node = find(all, "node").map(|n| &n.runs[0]);
    let run = &m.runs[0];
    let head = |bytes: &[u8]| String::from_utf8_lossy(&bytes[..bytes.len().min(300)]).into_owned();
    let what = if node.is_some() { "output differs from node's" } else { "failed" };
    let mut text = format!("{name} [{}]: {what} (exit {:?}, node exit {:?})", m.label, run.code, node.and_then(|n| n.code));
    let _ = write!(text, "\n  kiln stdout: {:?}\n  node stdout: {:?}", head(&run.stdout), node.map(|n| head(&n.stdout)).unwrap_or_default());
    let stderr = String::from_utf8_lossy(&run.stderr);
    let tail: Vec<&str> = stderr.lines().filter(|l| !l.starts_with("tick")).take(5).collect();
    if !tail.is_empty() {
        let _ = write!(text, "\n  kiln stderr: {:?}", tail.join("\n"));
    }
    text
}

fn table(name: &str, measured: &[Measured], outputs: &[String]) -> String {
    let node = find(measured, "node").map(|m| m.median_ms);
    let jitless = find(measured, "node --jitless").map(|m| m.median_ms);
    let interp = find(measured, "kiln interp").map(|m| m.median_ms);
    let ratio = |a: f64, b: Option<f64>, own: bool| match b {
        Some(b) if b > 0.0 && !own => format!("{:.2}×", a / b),
        _ => String::new(),
    };
    let header = ["program", "runner", "median wall", "runs", "peak RSS", "vs node", "vs jitless", "vs interp", "iterations", "output"];
    let rows: Vec<Vec<String>> = measured
        .iter()
        .zip(outputs)
        .enumerate()
        .map(|(i, (m, output))| {
            let mut walls: Vec<f64> = m.runs.iter().map(|r| r.wall_ms).collect();
            walls.sort_by(f64::total_cmp);
            let spread = if walls.len() > 1 { format!("{}–{}", format_ms(walls[0]), format_ms(walls[walls.len() - 1])) } else { "1".to_string() };
            vec![
                if i == 0 { name.to_string() } else { String::new() },
                m.label.clone(),
                format_ms(m.median_ms),
                spread,
                m.rss_kib.map_or("n/a".to_string(), |k| format!("{:.1} MiB", k as f64 / 1024.0)),
                ratio(m.median_ms, node, m.label == "node"),
                ratio(m.median_ms, jitless, m.label == "node --jitless"),
                if m.kiln { ratio(m.median_ms, interp, m.label == "kiln interp") } else { String::new() },
                m.curve.len().to_string(),
                output.to_string(),
            ]
        })
        .collect();
    markdown_table(&header, &rows)
}

/// A Markdown table with padded columns (readable as text too).
fn markdown_table(header: &[&str], rows: &[Vec<String>]) -> String {
    let width = |i: usize| rows.iter().map(|r| r[i].chars().count()).chain([header[i].chars().count()]).max().unwrap_or(0);
    let widths: Vec<usize> = (0..header.len()).map(width).collect();
    let line = |cells: Vec<&str>| {
        let padded: Vec<String> = cells.iter().zip(&widths).map(|(c, w)| format!("{c}{}", " ".repeat(w - c.chars().count()))).collect();
        format!("| {} |", padded.join(" | "))
    };
    let mut lines = vec![line(header.to_vec())];
    lines.push(format!("|{}|", widths.iter().map(|w| "-".repeat(w + 2)).collect::<Vec<_>>().join("|")));
    lines.extend(rows.iter().map(|r| line(r.iter().map(String::as_str).collect())));
    lines.join("\n")
}

fn format_ms(ms: f64) -> String {
    if ms < 100.0 {
        format!("{ms:.1} ms")
    } else {
        format!("{:.2} s", ms / 1000.0)
    }
}

fn json_program(name: &str, file: &Path, svg: &Path, measured: &[Measured], outputs: &[String]) -> String {
    let runners: Vec<String> = measured
        .iter()
        .zip(outputs)
        .map(|(m, output)| {
            let runs: Vec<String> = m.runs.iter().map(|r| format!("{:.3}", r.wall_ms)).collect();
            let curve: Vec<String> = m.curve.iter().map(|t| format!("{t:.3}")).collect();
            let run = &m.runs[0];
            format!(
                "    {{\"label\": {}, \"kiln\": {}, \"median_ms\": {:.3}, \"runs_ms\": [{}], \"rss_kib\": {}, \"code\": {}, \"output\": {}, \"curve_ms\": [{}], \"stdout_head\": {}, \"stderr_head\": {}}}",
                json_string(&m.label),
                m.kiln,
                m.median_ms,
                runs.join(", "),
                m.rss_kib.map_or("null".to_string(), |k| k.to_string()),
                run.code.map_or("null".to_string(), |c| c.to_string()),
                json_string(output),
                curve.join(", "),
                json_string(&String::from_utf8_lossy(&run.stdout[..run.stdout.len().min(300)])),
                json_string(&String::from_utf8_lossy(&run.stderr[..run.stderr.len().min(500)])),
            )
        })
        .collect();
    format!(
        "  {{\"name\": {}, \"file\": {}, \"svg\": {}, \"runners\": [\n{}\n  ]}}",
        json_string(name),
        json_string(&file.display().to_string()),
        json_string(&svg.display().to_string()),
        runners.join(",\n")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medians() {
        assert_eq!(median(&mut []), None);
        assert_eq!(median(&mut [3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&mut [4.0, 1.0, 3.0, 2.0]), Some(2.5));
    }

    #[test]
    fn curves_take_the_median_point_by_point() {
        let curves = vec![vec![10.0, 0.001, 5.0], vec![12.0, 6.0, 5.0], vec![11.0, 5.0]];
        assert_eq!(median_curve(&curves), vec![11.0, 5.0, 5.0]);
        assert_eq!(median_curve(&[]), Vec::<f64>::new());
    }

    #[test]
    fn lines_read_together_are_spread_over_the_window() {
        let mut ticks = Ticks::default();
        ticks.feed(b"tick 0\n", 10.0);
        ticks.feed(b"tick 1\ntick 2\ntick", 40.0);
        ticks.feed(b" 3\n", 45.0);
        ticks.feed(b"no newline", 50.0);
        assert_eq!(ticks.times_ms, vec![10.0, 25.0, 40.0, 45.0]);
    }

    #[test]
    fn gaps_start_at_the_spawn() {
        assert_eq!(gaps(&[5.0, 7.0, 12.0]), vec![5.0, 2.0, 5.0]);
    }

    #[test]
    fn tables_pad_columns() {
        let t = markdown_table(&["a", "bb"], &[vec!["xyz".into(), "×".into()]]);
        assert_eq!(t, "| a   | bb |\n|-----|----|\n| xyz | ×  |");
    }
}
