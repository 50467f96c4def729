//! Conformance harness: runs every `tests/conformance/**/*.js` program under
//! each kiln engine and checks stdout and exit code against node's (blessed
//! `.out` / `.exit` files), so that kiln prints exactly what node prints.
//!
//! * `KILN_ENGINES=interp,wasm,baseline,jit:2` — engines to test (default:
//!   interp, wasm, baseline, jit:1, the tiered engine tiering up and
//!   entering loops through OSR as early as it can, and jit, the default
//!   engine of `kiln run` with its default threshold); one trial per (engine, program), named like
//!   `interp::strings/slice`. `ENGINE:N` runs `--engine=ENGINE
//!   --jit-threshold=N` (functions tier up after N calls), with ENGINE's
//!   known failures.
//! * `KILN_TEST_TIMEOUT=20` — seconds before a run is killed.
//! * `KILN_HARNESS_NODE=1` — run `node <file>` instead of kiln (validates the
//!   corpus itself; every trial must pass).
//! * `tests/conformance/known-failures-<engine>.txt` — programs expected to
//!   fail on that engine. A listed program that fails passes; one that now
//!   passes fails, so the list must shrink as the engine improves.
//!
//! Filtering is libtest's: `cargo test --test conformance -- strings/`.

use libtest_mimic::{Arguments, Failed, Trial};
use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;
use wait_timeout::ChildExt;

const MAX_DIFF_LINES: usize = 60;
const MAX_STDERR_LINES: usize = 15;

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/conformance");
    let engines: Vec<String> = std::env::var("KILN_ENGINES")
        .unwrap_or_else(|_| "interp,wasm,baseline,jit:1,jit".into())
        .split(',')
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect();
    let timeout = std::env::var("KILN_TEST_TIMEOUT")
        .ok()
        .and_then(|s| s.parse::<u64>().ok())
        .unwrap_or(20);
    let use_node = std::env::var("KILN_HARNESS_NODE").is_ok_and(|v| !v.is_empty() && v != "0");

    let mut programs = Vec::new();
    collect_programs(&root, &mut programs);
    programs.sort();

    let mut trials = Vec::new();
    for engine in &engines {
        let base_engine = engine.split(':').next().unwrap_or(engine).to_string();
        let known = if use_node { HashSet::new() } else { known_failures(&root, &base_engine) };
        for path in &programs {
            let rel = relative_name(&root, path);
            let case = Case {
                path: path.clone(),
                engine: engine.clone(),
                timeout: Duration::from_secs(timeout),
                use_node,
                known_failure: known.contains(&rel),
                engine_file: format!("known-failures-{base_engine}.txt"),
            };
            trials.push(Trial::test(format!("{engine}::{rel}"), move || case.run()));
        }
    }
    libtest_mimic::run(&args, trials).exit();
}

/// One program under one engine.
struct Case {
    path: PathBuf,
    engine: String,
    timeout: Duration,
    use_node: bool,
    known_failure: bool,
    engine_file: String,
}

impl Case {
    fn run(&self) -> Result<(), Failed> {
        let outcome = self.check();
        match (outcome, self.known_failure) {
            (Ok(()), false) => Ok(()),
            (Err(e), false) => Err(e),
            (Err(_), true) => Ok(()),
            (Ok(()), true) => Err(format!(
                "{} now passes on engine `{}`: fixed: remove it from {}",
                self.path.display(),
                self.engine,
                self.engine_file
            )
            .into()),
        }
    }

    fn check(&self) -> Result<(), Failed> {
        let expected_out = std::fs::read(self.path.with_extension("out")).map_err(|e| {
            format!("{}: missing .out ({e}); run tests/conformance/bless.sh", self.path.display())
        })?;
        let expected_code = match std::fs::read_to_string(self.path.with_extension("exit")) {
            Ok(s) => s.trim().parse::<i32>().map_err(|e| format!("bad .exit file: {e}"))?,
            Err(_) => 0,
        };

        let mut cmd = if self.use_node {
            let mut c = Command::new("node");
            c.arg(&self.path);
            c
        } else {
            let mut c = Command::new(env!("CARGO_BIN_EXE_kiln"));
            c.arg("run");
            match self.engine.split_once(':') {
                Some((engine, threshold)) => c.arg(format!("--engine={engine}")).arg(format!("--jit-threshold={threshold}")),
                None => c.arg(format!("--engine={}", self.engine)),
            };
            c.arg(&self.path);
            c
        };
        let run = run_with_timeout(&mut cmd, self.timeout)?;

        if run.stdout == expected_out && run.code == Some(expected_code) {
            return Ok(());
        }
        let mut msg = format!("program: {}\nengine:  {}\n", self.path.display(), self.engine);
        if run.timed_out {
            msg += &format!("TIMED OUT after {}s\n", self.timeout.as_secs());
        }
        let code = run.code.map_or("none (killed by signal)".to_string(), |c| c.to_string());
        msg += &format!("exit code: expected {expected_code}, got {code}\n");
        if run.stdout != expected_out {
            msg += "stdout diff (- expected, + actual):\n";
            msg += &diff(&expected_out, &run.stdout);
        }
        let stderr = String::from_utf8_lossy(&run.stderr);
        if !stderr.trim().is_empty() {
            msg += "stderr:\n";
            for line in stderr.lines().take(MAX_STDERR_LINES) {
                msg += &format!("  {line}\n");
            }
        }
        Err(msg.into())
    }
}

struct RunResult {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    code: Option<i32>,
    timed_out: bool,
}

/// Runs `cmd`, draining stdout/stderr on threads so a chatty child never blocks.
fn run_with_timeout(cmd: &mut Command, timeout: Duration) -> Result<RunResult, Failed> {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot spawn {cmd:?}: {e}"))?;
    let out = drain(child.stdout.take().unwrap());
    let err = drain(child.stderr.take().unwrap());
    let (status, timed_out) = match child.wait_timeout(timeout).map_err(|e| e.to_string())? {
        Some(status) => (Some(status), false),
        None => {
            let _ = child.kill();
            (child.wait().ok(), true)
        }
    };
    Ok(RunResult {
        stdout: out.join().unwrap_or_default(),
        stderr: err.join().unwrap_or_default(),
        code: if timed_out { None } else { status.and_then(|s| s.code()) },
        timed_out,
    })
}

fn drain<R: Read + Send + 'static>(mut r: R) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = r.read_to_end(&mut buf);
        buf
    })
}

/// A unified line diff, trimmed to `MAX_DIFF_LINES`.
fn diff(expected: &[u8], actual: &[u8]) -> String {
    let e = String::from_utf8_lossy(expected);
    let a = String::from_utf8_lossy(actual);
    let text = similar::TextDiff::from_lines(e.as_ref(), a.as_ref())
        .unified_diff()
        .context_radius(3)
        .header("expected", "actual")
        .missing_newline_hint(true)
        .to_string();
    let lines: Vec<&str> = text.lines().collect();
    let mut out: String = lines.iter().take(MAX_DIFF_LINES).map(|l| format!("  {l}\n")).collect();
    if lines.len() > MAX_DIFF_LINES {
        out += &format!("  ... ({} more diff lines)\n", lines.len() - MAX_DIFF_LINES);
    }
    out
}

fn collect_programs(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_programs(&path, out);
        } else if path.extension().is_some_and(|e| e == "js") {
            out.push(path);
        }
    }
}

/// `strings/slice` for `<root>/strings/slice.js`.
fn relative_name(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path).with_extension("");
    rel.to_string_lossy().replace('\\', "/")
}

/// Program names listed in `known-failures-<engine>.txt`; `.js` suffixes and
/// `tests/conformance/` prefixes are accepted and stripped.
fn known_failures(root: &Path, engine: &str) -> HashSet<String> {
    let file = root.join(format!("known-failures-{engine}.txt"));
    let Ok(text) = std::fs::read_to_string(file) else { return HashSet::new() };
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(|l| {
            let l = l.strip_prefix("tests/conformance/").unwrap_or(l);
            l.strip_suffix(".js").unwrap_or(l).to_string()
        })
        .collect()
}
