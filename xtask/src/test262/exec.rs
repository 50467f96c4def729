//! Runs the engine once per test, on N worker threads, each test in its own
//! process with a timeout, so that a crash, an abort or an infinite loop
//! fails one test and not the run. Shows progress while it goes.

use std::fs::{self, File};
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use super::meta::{build_script, Harness, TestMeta};
use super::verdict::{judge, Exit, Run, Verdict};

/// An engine process is killed once either output file passes this size.
const OUTPUT_LIMIT: u64 = 8 << 20;
/// How much of a failing test's output the report keeps.
const KEPT_OUTPUT: usize = 2000;

/// The result of one test, in the order of the selection.
pub struct Outcome {
    pub verdict: Verdict,
    /// The start of the engine's stdout and stderr, for `--verbose`.
    pub output: String,
    pub elapsed: Duration,
}

/// How to run the engine: `program args… <script file>`.
pub struct Engine {
    pub argv: Vec<String>,
    pub timeout: Duration,
}

/// Runs `program` on `script`, output to files (no pipes: nothing can
/// block on a full pipe), polling until it exits or the timeout passes.
fn run_one(engine: &Engine, script: &Path, out_path: &Path, err_path: &Path) -> Run {
    let files = File::create(out_path).and_then(|o| Ok((o, File::create(err_path)?)));
    let (out, err) = match files {
        Ok(f) => f,
        Err(e) => return Run { exit: Exit::SpawnError(format!("temp file: {e}")), stdout: String::new(), stderr: String::new() },
    };
    let mut cmd = Command::new(&engine.argv[0]);
    cmd.args(&engine.argv[1..]).arg(script).stdin(Stdio::null()).stdout(out).stderr(err);
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => return Run { exit: Exit::SpawnError(format!("{}: {e}", engine.argv[0])), stdout: String::new(), stderr: String::new() },
    };
    let start = Instant::now();
    let mut pause = Duration::from_millis(1);
    let mut polls = 0u32;
    let exit = loop {
        match child.try_wait() {
            Ok(Some(status)) => {
                break match status.code() {
                    Some(c) => Exit::Code(c),
                    None => Exit::Killed(describe_signal(&status)),
                }
            }
            Ok(None) => {}
            Err(e) => break Exit::Killed(format!("wait failed: {e}")),
        }
        if start.elapsed() >= engine.timeout {
            let _ = child.kill();
            let _ = child.wait();
            break Exit::Timeout;
        }
        polls += 1;
        if polls.is_multiple_of(16) && [out_path, err_path].iter().any(|p| fs::metadata(p).map(|m| m.len() > OUTPUT_LIMIT).unwrap_or(false)) {
            let _ = child.kill();
            let _ = child.wait();
            break Exit::OutputLimit;
        }
        thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(20));
    };
    Run { exit, stdout: read_capped(out_path), stderr: read_capped(err_path) }
}

#[cfg(unix)]
fn describe_signal(status: &std::process::ExitStatus) -> String {
    use std::os::unix::process::ExitStatusExt;
    match status.signal() {
        Some(s) => format!("killed by signal {s}{}", if status.core_dumped() { " (core dumped)" } else { "" }),
        None => "exited without a status".into(),
    }
}

#[cfg(not(unix))]
fn describe_signal(_: &std::process::ExitStatus) -> String {
    "exited without a status".into()
}

fn read_capped(path: &Path) -> String {
    let mut bytes = Vec::new();
    if let Ok(f) = File::open(path) {
        let _ = f.take(OUTPUT_LIMIT).read_to_end(&mut bytes);
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// The start of a run's output for the report: stdout then stderr.
fn keep_output(run: &Run) -> String {
    let mut s = String::new();
    for part in [&run.stdout, &run.stderr] {
        for line in part.lines().filter(|l| !l.trim().is_empty() && l.trim() != "Test262:Done") {
            if s.len() + line.len() > KEPT_OUTPUT {
                return s;
            }
            s.push_str(line);
            s.push('\n');
        }
    }
    s
}

/// Running tallies for the progress line.
#[derive(Default)]
struct Tally {
    done: usize,
    passed: usize,
    failed: usize,
    skipped: usize,
}

impl Tally {
    fn add(&mut self, v: &Verdict) {
        self.done += 1;
        match v {
            Verdict::Pass => self.passed += 1,
            Verdict::Fail { .. } => self.failed += 1,
            Verdict::Skip { .. } => self.skipped += 1,
        }
    }
    fn line(&self, total: usize, start: Instant) -> String {
        format!(
            "[{}/{total}] {} passed, {} failed, {} skipped ({:.0} s)",
            self.done,
            self.passed,
            self.failed,
            self.skipped,
            start.elapsed().as_secs_f64()
        )
    }
}

/// Runs every test of `tests` and returns their outcomes in the same order.
/// `root` is the test262 directory; scripts go to `scratch`.
pub fn run_all(root: &Path, tests: &[TestMeta], harness: &Harness, engine: &Engine, jobs: usize, scratch: &Path) -> Vec<Outcome> {
    let next = AtomicUsize::new(0);
    let (tx, rx) = mpsc::channel::<(usize, Outcome)>();
    let mut results: Vec<Option<Outcome>> = (0..tests.len()).map(|_| None).collect();
    let start = Instant::now();
    let tty = std::io::stderr().is_terminal();
    thread::scope(|s| {
        for worker in 0..jobs.max(1) {
            let tx = tx.clone();
            let next = &next;
            s.spawn(move || {
                let base: PathBuf = scratch.join(format!("w{worker}"));
                let (script, out, err) = (base.with_extension("js"), base.with_extension("out"), base.with_extension("err"));
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(meta) = tests.get(i) else { break };
                    let t0 = Instant::now();
                    let run = match fs::read(root.join(&meta.path)) {
                        Err(e) => Run { exit: Exit::SpawnError(format!("cannot read {}: {e}", meta.path)), stdout: String::new(), stderr: String::new() },
                        Ok(src) => match fs::write(&script, build_script(meta, harness, &src)) {
                            Err(e) => Run { exit: Exit::SpawnError(format!("cannot write script: {e}")), stdout: String::new(), stderr: String::new() },
                            Ok(()) => run_one(engine, &script, &out, &err),
                        },
                    };
                    let verdict = judge(&meta.kind, &run);
                    let output = if verdict.is_pass() { String::new() } else { keep_output(&run) };
                    if tx.send((i, Outcome { verdict, output, elapsed: t0.elapsed() })).is_err() {
                        break;
                    }
                }
                for p in [&script, &out, &err] {
                    let _ = fs::remove_file(p);
                }
            });
        }
        drop(tx);
        let mut tally = Tally::default();
        let mut last_draw = Instant::now() - Duration::from_secs(1);
        for (i, outcome) in rx {
            tally.add(&outcome.verdict);
            results[i] = Some(outcome);
            if tty && (last_draw.elapsed() >= Duration::from_millis(250) || tally.done == tests.len()) {
                eprint!("\r\x1b[K{}", tally.line(tests.len(), start));
                let _ = std::io::stderr().flush();
                last_draw = Instant::now();
            } else if !tty && tally.done.is_multiple_of(1000) {
                eprintln!("{}", tally.line(tests.len(), start));
            }
        }
        if tty {
            eprintln!();
        }
    });
    results.into_iter().map(|r| r.expect("every test yields an outcome")).collect()
}
