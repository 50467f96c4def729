//! The AOT path (`kiln build`, `kiln run --engine=wasm`) checked from the
//! outside, so that a break in the code generator, the linker, runtime.wasm
//! or the hosts fails a test:
//!
//! * built modules run under node's own WASI (an independent host) and print
//!   what node prints for a sample of the conformance corpus;
//! * every corpus program, and deterministic mutants of them, either fails to
//!   compile with a diagnostic or becomes a module wasmparser accepts; no
//!   input panics the compiler or the wasm backend;
//! * what a user sees from the CLI's wasm path: output files, diagnostics,
//!   uncaught exceptions, the limits and the code cache.
//!
//! Expected outputs come from node (the corpus's `.out`/`.exit`, or node run
//! on the spot) or are generic properties; never from kiln.

use kiln_compiler::bytecode::image::{encode_parts, RunSettings};
use kiln_compiler::wasm::link::{section_sizes, validate};
use kiln_compiler::wasm::module::{build_module, ModuleOptions};
use kiln_compiler::{compile, CompileOptions};
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use wait_timeout::ChildExt;

const KILN: &str = env!("CARGO_BIN_EXE_kiln");

/// The runtime every module is linked with; empty when kiln was built
/// without the wasm32 target (the wasm backend is then unavailable).
const RUNTIME_WASM: &[u8] = include_bytes!(env!("KILN_RUNTIME_WASM"));

/// No single process of these tests may take longer (a hang fails the test
/// instead of stalling the suite).
const PROCESS_TIMEOUT: Duration = Duration::from_secs(120);

fn repo_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// False (with a note) when this kiln has no runtime.wasm.
fn wasm_backend_available() -> bool {
    if RUNTIME_WASM.is_empty() {
        eprintln!("note: skipped: kiln was built without runtime.wasm (no wasm32 target)");
        return false;
    }
    true
}

/// False (with a note) when `node` cannot be run.
fn node_available() -> bool {
    let found = Command::new("node").arg("--version").output().is_ok_and(|o| o.status.success());
    if !found {
        eprintln!("note: skipped: node is not installed");
    }
    found
}

/// A fresh directory, removed on drop; it also holds the code cache of the
/// kiln processes run in it, so tests never touch ~/.cache.
struct TempDir {
    path: PathBuf,
}

impl TempDir {
    fn new() -> TempDir {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!("kiln-aot-{}-{}", std::process::id(), n));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).expect("create a temporary directory");
        TempDir { path }
    }

    fn file(&self, name: &str, contents: &str) -> PathBuf {
        let path = self.path.join(name);
        std::fs::write(&path, contents).expect("write a temporary file");
        path
    }

    fn cache(&self) -> PathBuf {
        self.path.join("cache")
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

/// One finished process.
#[derive(Debug)]
struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
    elapsed: Duration,
}

impl Run {
    fn exit_code(&self) -> i32 {
        self.code.unwrap_or_else(|| panic!("killed by a signal or the test's timeout\n{}", self.describe()))
    }

    fn describe(&self) -> String {
        format!("exit: {:?}\nstdout:\n{}\nstderr:\n{}", self.code, self.stdout, self.stderr)
    }

    fn assert_no_panic(&self) {
        assert!(!self.stderr.contains("panicked"), "kiln panicked:\n{}", self.describe());
        assert!(!self.stderr.contains("internal error"), "kiln reported an internal error:\n{}", self.describe());
    }
}

/// Runs `command` to completion (or the timeout, then `code` is None).
fn execute(mut command: Command) -> Run {
    let start = Instant::now();
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot spawn {command:?}: {e}"));
    // Drain both pipes on threads so a chatty child cannot block on a full pipe.
    let mut out = child.stdout.take().expect("piped stdout");
    let mut err = child.stderr.take().expect("piped stderr");
    let out = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut out, &mut bytes).map(|_| bytes)
    });
    let err = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut err, &mut bytes).map(|_| bytes)
    });
    let status = match child.wait_timeout(PROCESS_TIMEOUT).expect("wait for the child") {
        Some(status) => status,
        None => {
            let _ = child.kill();
            child.wait().expect("reap the killed child")
        }
    };
    let text = |h: std::thread::JoinHandle<std::io::Result<Vec<u8>>>| {
        String::from_utf8_lossy(&h.join().expect("reader thread").expect("read the pipe")).into_owned()
    };
    Run { code: status.code(), stdout: text(out), stderr: text(err), elapsed: start.elapsed() }
}

/// `kiln ARGS` in `dir`, with the code cache inside `dir`.
fn kiln(dir: &TempDir, args: &[&str]) -> Run {
    let mut command = Command::new(KILN);
    command.args(args).current_dir(&dir.path).env("KILN_CACHE_DIR", dir.cache());
    execute(command)
}

/// A module run by node's WASI (tests/wasm/node-wasi-run.mjs).
fn node_wasi(module: &Path) -> Run {
    let mut command = Command::new("node");
    command.arg("--no-warnings").arg(repo_root().join("tests/wasm/node-wasi-run.mjs")).arg(module);
    execute(command)
}

/// `node FILE`: the oracle for JavaScript written by these tests.
fn node(file: &Path) -> Run {
    let mut command = Command::new("node");
    command.arg(file);
    execute(command)
}

/// node's stdout for `file`, or None (with a note) without node.
fn node_stdout(file: &Path) -> Option<String> {
    if !node_available() {
        return None;
    }
    let run = node(file);
    assert_eq!(run.code, Some(0), "node failed on {}\n{}", file.display(), run.describe());
    Some(run.stdout)
}

// ---------------------------------------------------------------------------
// The corpus

/// Every conformance program, sorted, relative to tests/conformance.
fn corpus() -> Vec<String> {
    fn walk(dir: &Path, root: &Path, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).expect("read the corpus") {
            let path = entry.expect("corpus entry").path();
            if path.is_dir() {
                walk(&path, root, out);
            } else if path.extension().is_some_and(|e| e == "js") {
                let rel = path.strip_prefix(root).expect("inside the corpus");
                out.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    let root = corpus_root();
    let mut programs = Vec::new();
    walk(&root, &root, &mut programs);
    programs.sort();
    programs
}

fn corpus_root() -> PathBuf {
    repo_root().join("tests/conformance")
}

/// node's stdout and exit code for a corpus program.
fn expected(rel: &str) -> (String, i32) {
    let base = corpus_root().join(rel.strip_suffix(".js").expect("a .js path"));
    let out = std::fs::read_to_string(base.with_extension("out")).unwrap_or_else(|e| panic!("{rel}: no .out: {e}"));
    let exit = std::fs::read_to_string(base.with_extension("exit"))
        .map(|s| s.trim().parse().unwrap_or_else(|_| panic!("{rel}: bad .exit")))
        .unwrap_or(0);
    (out, exit)
}

/// Every STRIDE-th program outside `programs/` goes into the node-WASI
/// sample, plus all of `programs/` (the longer, "real program" ones).
const STRIDE: usize = 12;

/// The programs `kiln run --engine=wasm` is known to fail (a bug of the
/// engine, not of a host): listed in the corpus's wasm known-failures file
/// and left out of the sample.
fn known_wasm_failures() -> Vec<String> {
    let list = std::fs::read_to_string(corpus_root().join("known-failures-wasm.txt")).expect("read the wasm known failures");
    list.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|name| format!("{name}.js"))
        .collect()
}

fn node_wasi_sample() -> Vec<String> {
    let known = known_wasm_failures();
    let (programs, rest): (Vec<String>, Vec<String>) =
        corpus().into_iter().filter(|p| !known.contains(p)).partition(|p| p.starts_with("programs/"));
    rest.into_iter().step_by(STRIDE).chain(programs).collect()
}

/// `kiln build` each sampled program, then run the module under node's WASI
/// and compare with the blessed `.out`/`.exit`. Two workers: the processes
/// are mostly node compiling a module, one per core.
#[test]
fn built_modules_print_what_node_prints_under_node_wasi() {
    if !wasm_backend_available() || !node_available() {
        return;
    }
    let sample = node_wasi_sample();
    assert!(sample.len() >= 20, "the sample shrank to {} programs", sample.len());
    let dir = TempDir::new();
    let next = AtomicUsize::new(0);
    let failures = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..2 {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(rel) = sample.get(i) else { break };
                if let Err(why) = check_under_node_wasi(&dir, i, rel) {
                    failures.lock().unwrap().push(format!("{rel}: {why}"));
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap();
    assert!(
        failures.is_empty(),
        "{} of {} programs differ under node's WASI:\n\n{}",
        failures.len(),
        sample.len(),
        failures.join("\n\n")
    );
}

fn check_under_node_wasi(dir: &TempDir, index: usize, rel: &str) -> Result<(), String> {
    let source = corpus_root().join(rel);
    let module = dir.path.join(format!("m{index}.wasm"));
    let build = kiln(dir, &["build", &source.to_string_lossy(), "-o", &module.to_string_lossy()]);
    if build.code != Some(0) {
        return Err(format!("kiln build failed\n{}", build.describe()));
    }
    let (out, exit) = expected(rel);
    let run = node_wasi(&module);
    if run.stdout != out || run.code != Some(exit) {
        return Err(format!(
            "expected exit {exit} and stdout:\n{}\ngot {}",
            first_lines(&out, 20),
            Run { stdout: first_lines(&run.stdout, 20), ..run }.describe()
        ));
    }
    Ok(())
}

fn first_lines(text: &str, n: usize) -> String {
    let mut lines: Vec<&str> = text.lines().take(n + 1).collect();
    if lines.len() > n {
        lines[n] = "...";
    }
    lines.join("\n")
}

// ---------------------------------------------------------------------------
// Every module validates; nothing panics

/// Mutants per corpus program (kept so the whole test stays well under a
/// minute in a debug build: most mutants fail to parse, and each one that
/// compiles is linked and validated).
const MUTANTS_PER_PROGRAM: u64 = 2;

/// What the mutator splices in: brackets and separators that unbalance the
/// program, and whole statements and expressions that keep it compiling so
/// the code generator sees new shapes of control flow.
#[rustfmt::skip]
const SPLICES: &[&str] = &[
    "(", ")", "{", "}", "[", "]", ";", ",", "\n", "`", "'", "=>", "?.", "??", "...", "=", "++", "--", "!", "typeof ",
    "new ", "this", "arguments", "return;", "break;", "continue;", "throw 1;", "try {", "} catch (e) {", "} finally {",
    "for (;;) {", "while (0) {", "do {} while (0);", "switch (1) { case 1: default: }", "label: ", "let x = 1;",
    "var y;", "const z = {};", "function q() {}", "class C extends Object {}", "(() => 0)", "x", "0", "-1.5", "'s'",
    "`t${1}`", "[1, 2]", "{a: 1}", "null", "undefined", "if (1) ", "else ", " && ", " || ", " in ", " instanceof ",
];

/// xorshift64: deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        if n == 0 {
            0
        } else {
            (self.0 % n as u64) as usize
        }
    }

    /// A range of `text` of at most `max` items.
    fn range(&mut self, len: usize, max: usize) -> (usize, usize) {
        let start = self.below(len + 1);
        (start, (start + self.below(max + 1)).min(len))
    }
}

/// One to three edits: delete, duplicate or move a range of characters or
/// of whole lines, or splice in a token.
fn mutate(source: &str, rng: &mut Rng) -> String {
    let mut chars: Vec<char> = source.chars().collect();
    for _ in 0..1 + rng.below(3) {
        match rng.below(6) {
            0 => {
                let (a, b) = rng.range(chars.len(), 40);
                chars.drain(a..b);
            }
            1 => {
                let (a, b) = rng.range(chars.len(), 40);
                let copy: Vec<char> = chars[a..b].to_vec();
                let at = rng.below(chars.len() + 1);
                chars.splice(at..at, copy);
            }
            2 | 3 => {
                let token = SPLICES[rng.below(SPLICES.len())];
                let at = rng.below(chars.len() + 1);
                chars.splice(at..at, token.chars());
            }
            _ => {
                // Line edits keep most of the program parseable.
                let text: String = chars.iter().collect();
                let mut lines: Vec<&str> = text.split('\n').collect();
                let (a, b) = rng.range(lines.len(), 3);
                let moved: Vec<&str> = lines.drain(a..b).collect();
                if rng.below(2) == 0 {
                    let at = rng.below(lines.len() + 1);
                    lines.splice(at..at, moved.iter().copied());
                    if rng.below(2) == 0 {
                        let at = rng.below(lines.len() + 1);
                        lines.splice(at..at, moved);
                    }
                }
                chars = lines.join("\n").chars().collect();
            }
        }
    }
    chars.into_iter().collect()
}

/// What became of one input.
enum Outcome {
    /// A diagnostic: fine.
    Rejected,
    /// Compiled, linked and validated.
    Valid,
}

/// Compiles `source` and, if that succeeds, builds and validates its module.
fn compile_build_validate(source: &str) -> Result<Outcome, String> {
    let result = panic::catch_unwind(AssertUnwindSafe(|| {
        let Ok(program) = compile(source, CompileOptions::default()) else { return Ok(Outcome::Rejected) };
        let image = encode_parts(&program, source, "fuzz.js", RunSettings::default());
        let module = build_module(&program, image, RUNTIME_WASM, ModuleOptions::default()).map_err(|e| format!("build_module failed: {e}"))?;
        validate(&module).map_err(|e| format!("the module does not validate: {e}"))?;
        Ok(Outcome::Valid)
    }));
    match result {
        Ok(outcome) => outcome,
        Err(payload) => {
            let message = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "(non-string panic payload)".into());
            Err(format!("panicked: {message}"))
        }
    }
}

#[derive(Default)]
struct Tally {
    valid: usize,
    /// Of `valid`, the unmutated corpus programs.
    corpus_valid: usize,
    rejected: usize,
    failures: Vec<String>,
}

impl Tally {
    /// Checks one input; true if it became a valid module.
    fn record(&mut self, label: String, source: &str) -> bool {
        match compile_build_validate(source) {
            Ok(Outcome::Valid) => {
                self.valid += 1;
                return true;
            }
            Ok(Outcome::Rejected) => self.rejected += 1,
            Err(why) => self.failures.push(format!("{label}: {why}\n--- input ---\n{source}\n-------------")),
        }
        false
    }
}

#[test]
fn every_module_validates_and_nothing_panics() {
    if !wasm_backend_available() {
        return;
    }
    let programs = corpus();
    let sources: Vec<String> = programs
        .iter()
        .map(|rel| std::fs::read_to_string(corpus_root().join(rel)).expect("read a corpus program"))
        .collect();
    let start = Instant::now();
    let next = AtomicUsize::new(0);
    // Two workers (the machine's cores), on threads with a stack like the
    // one kiln gives the compiler: the harness's 2 MiB is smaller.
    let tallies: Vec<Tally> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..2)
            .map(|_| {
                std::thread::Builder::new()
                    .stack_size(256 << 20)
                    .spawn_scoped(scope, || {
                        let mut tally = Tally::default();
                        loop {
                            let index = next.fetch_add(1, Ordering::Relaxed);
                            let (Some(rel), Some(source)) = (programs.get(index), sources.get(index)) else { break };
                            tally.corpus_valid += usize::from(tally.record(rel.clone(), source));
                            for m in 0..MUTANTS_PER_PROGRAM {
                                let seed = (index as u64) << 16 | m;
                                let mutant = mutate(source, &mut Rng::new(seed));
                                tally.record(format!("{rel} mutant {m} (seed {seed})"), &mutant);
                            }
                        }
                        tally
                    })
                    .expect("spawn a worker")
            })
            .collect();
        workers.into_iter().map(|w| w.join().expect("a worker")).collect()
    });
    let sum = |f: fn(&Tally) -> usize| tallies.iter().map(f).sum::<usize>();
    let (valid, rejected, corpus_valid) = (sum(|t| t.valid), sum(|t| t.rejected), sum(|t| t.corpus_valid));
    eprintln!("{valid} modules validated, {rejected} inputs rejected with a diagnostic, in {:?}", start.elapsed());
    let mut failures: Vec<String> = tallies.into_iter().flat_map(|t| t.failures).collect();
    failures.sort();
    // The first few inputs in full (each label has the seed to regenerate it).
    let shown: Vec<&str> = failures.iter().take(5).map(String::as_str).collect();
    let labels: Vec<&str> = failures.iter().filter_map(|f| f.lines().next()).collect();
    assert!(
        failures.is_empty(),
        "{} inputs broke the wasm path:\n{}\n\nthe first in full:\n\n{}",
        failures.len(),
        labels.join("\n"),
        shown.join("\n\n")
    );
    // A guard against a vacuous pass (say, everything rejected): the corpus
    // compiles except for the few programs using features still missing.
    let total = programs.len();
    assert!(corpus_valid * 10 >= total * 9, "only {corpus_valid} of {total} corpus programs compiled");
}

// ---------------------------------------------------------------------------
// The CLI's wasm path

fn has_section(module: &[u8], name: &str) -> bool {
    section_sizes(module).expect("a readable module").iter().any(|(section, _)| section == name)
}

#[test]
fn build_writes_a_module_and_optionally_its_text() {
    if !wasm_backend_available() {
        return;
    }
    let dir = TempDir::new();
    dir.file("x.js", "console.log('hello');\n");

    let r = kiln(&dir, &["build", "x.js", "-o", "y.wasm"]);
    r.assert_no_panic();
    assert_eq!(r.exit_code(), 0, "{}", r.describe());
    let module = std::fs::read(dir.path.join("y.wasm")).expect("y.wasm written");
    assert!(module.starts_with(b"\0asm"), "not a wasm module");
    assert!(!dir.path.join("y.wat").exists(), "--wat was not asked for");
    assert!(!has_section(&module, "name"), "a name section without --names");

    let r = kiln(&dir, &["build", "x.js", "-o", "y.wasm", "--wat"]);
    assert_eq!(r.exit_code(), 0, "{}", r.describe());
    let text = std::fs::read_to_string(dir.path.join("y.wat")).expect("y.wat written");
    assert!(text.contains("(module"), "{}", first_lines(&text, 5));
    assert!(text.contains("_start"), "the text names no _start");
    assert!(text.contains("$kiln_main"), "the text names no runtime function");
    let named = std::fs::read(dir.path.join("y.wasm")).expect("y.wasm written");
    assert!(has_section(&named, "name"), "--wat keeps the names in the module too");

    let r = kiln(&dir, &["build", "x.js", "-o", "z.wasm", "--names"]);
    assert_eq!(r.exit_code(), 0, "{}", r.describe());
    let named = std::fs::read(dir.path.join("z.wasm")).expect("z.wasm written");
    assert!(has_section(&named, "name"), "--names keeps the name section");
    assert!(!dir.path.join("z.wat").exists(), "--wat was not asked for");

    let r = kiln(&dir, &["build", "x.js"]);
    assert_eq!(r.exit_code(), 0, "{}", r.describe());
    let module = std::fs::read(dir.path.join("x.wasm")).expect("x.wasm written beside x.js by default");
    assert!(module.starts_with(b"\0asm"), "not a wasm module");
}

#[test]
fn build_reports_a_syntax_error_with_its_position_and_writes_nothing() {
    let dir = TempDir::new();
    let file = dir.file("bad.js", "console.log('never');\nlet x = ;\n");
    let r = kiln(&dir, &["build", "bad.js"]);
    r.assert_no_panic();
    assert_eq!(r.exit_code(), 1, "{}", r.describe());
    let name = std::fs::canonicalize(&file).unwrap().display().to_string();
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert_eq!(lines.first(), Some(&format!("{name}:2:9").as_str()), "{}", r.describe());
    assert_eq!(lines.get(1), Some(&"let x = ;"), "{}", r.describe());
    assert_eq!(lines.get(2), Some(&"        ^"), "{}", r.describe());
    assert!(lines.iter().any(|l| l.starts_with("SyntaxError: ")), "{}", r.describe());
    assert!(!dir.path.join("bad.wasm").exists(), "a module was written for a program that does not compile");
}

#[test]
fn build_names_an_unsupported_feature() {
    let dir = TempDir::new();
    dir.file("gen.js", "// a generator\nfunction* g() {}\n");
    let r = kiln(&dir, &["build", "gen.js", "-o", "gen.wasm"]);
    r.assert_no_panic();
    assert_eq!(r.exit_code(), 1, "{}", r.describe());
    assert!(r.stderr.contains(":2:9\n"), "{}", r.describe());
    assert!(r.stderr.contains("generators are not supported"), "{}", r.describe());
    assert!(!dir.path.join("gen.wasm").exists(), "a module was written for a program that does not compile");
}

#[test]
fn uncaught_exception_keeps_stdout_and_prints_a_stack() {
    if !wasm_backend_available() {
        return;
    }
    let dir = TempDir::new();
    let file = dir.file("throw.js", "console.log('before');\nfunction f() { null.x; }\nf();\nconsole.log('after');\n");
    let r = kiln(&dir, &["run", "--engine=wasm", "throw.js"]);
    r.assert_no_panic();
    assert_eq!(r.exit_code(), 1, "{}", r.describe());
    assert_eq!(r.stdout, "before\n");
    assert!(r.stderr.starts_with("Uncaught "), "{}", r.describe());
    let name = std::fs::canonicalize(&file).unwrap().display().to_string();
    assert!(r.stderr.contains(&format!("{name}:2:")), "no file:line:col of f in the stack\n{}", r.describe());
    assert!(r.stderr.contains(&format!("{name}:3:1")), "no file:line:col of the call\n{}", r.describe());
}

#[test]
fn deep_recursion_is_a_catchable_range_error() {
    if !wasm_backend_available() {
        return;
    }
    let dir = TempDir::new();
    dir.file(
        "deep.js",
        "function f(n){return f(n+1)+1} try{f(0)}catch(e){console.log(e instanceof RangeError, e.message)}\n",
    );
    let r = kiln(&dir, &["run", "--engine=wasm", "deep.js"]);
    r.assert_no_panic();
    assert_eq!(r.exit_code(), 0, "{}", r.describe());
    if let Some(expected) = node_stdout(&dir.path.join("deep.js")) {
        assert_eq!(r.stdout, expected);
    }
}

#[test]
fn stack_depth_is_honoured_by_run_and_built_into_modules() {
    if !wasm_backend_available() {
        return;
    }
    let dir = TempDir::new();
    dir.file("depth.js", "let depth = 0;\nfunction f() { depth++; f(); }\ntry { f(); } catch (e) { console.log(e instanceof RangeError, depth); }\n");
    let r = kiln(&dir, &["run", "--engine=wasm", "--stack-depth", "100", "depth.js"]);
    r.assert_no_panic();
    assert_eq!((r.exit_code(), r.stdout.as_str()), (0, "true 99\n"), "{}", r.describe());
    // The same program under the interpreter stops at the same depth.
    let interp = kiln(&dir, &["run", "--stack-depth", "100", "depth.js"]);
    assert_eq!(interp.stdout, r.stdout);
    // `kiln build --stack-depth` puts the limit in the module.
    let built = kiln(&dir, &["build", "--stack-depth", "50", "depth.js", "-o", "depth.wasm"]);
    assert_eq!(built.exit_code(), 0, "{}", built.describe());
    let r = node_wasi(&dir.path.join("depth.wasm"));
    assert_eq!(r.stdout, "true 49\n", "{}", r.describe());
}

#[test]
fn timeout_stops_an_infinite_loop() {
    if !wasm_backend_available() {
        return;
    }
    let dir = TempDir::new();
    // What the program printed before it was stopped is kept (the host
    // calls the module's `kiln_flush` after the interrupt).
    dir.file("loop.js", "console.log('start');\nlet i = 0;\nwhile (true) { i++; }\n");
    // Warm the code cache first so the timed run measures the timeout, not
    // Cranelift compiling the module.
    let _ = kiln(&dir, &["run", "--engine=wasm", "--timeout", "1", "loop.js"]);
    let r = kiln(&dir, &["run", "--engine=wasm", "--timeout", "1", "loop.js"]);
    r.assert_no_panic();
    assert_eq!(r.exit_code(), 124, "{}", r.describe());
    assert_eq!(r.stdout, "start\n");
    assert!(r.elapsed < Duration::from_secs(15), "the timeout of 1 s took {:?}", r.elapsed);
}

#[test]
fn max_heap_ends_a_growing_live_set_cleanly() {
    if !wasm_backend_available() {
        return;
    }
    let dir = TempDir::new();
    dir.file(
        "grow.js",
        "const a = [];\nconsole.log('start');\nwhile (true) { a.push({x: a.length, s: 'item' + a.length}); }\n",
    );
    let r = kiln(&dir, &["run", "--engine=wasm", "--max-heap", "64M", "--timeout", "100", "grow.js"]);
    r.assert_no_panic();
    assert_eq!(r.exit_code(), 134, "{}", r.describe());
    assert_eq!(r.stdout, "start\n");
    assert!(r.stderr.contains("out of memory"), "{}", r.describe());
    assert!(!r.stderr.contains("trap"), "{}", r.describe());
}

#[test]
fn a_dead_register_does_not_keep_garbage_alive() {
    if !wasm_backend_available() {
        return;
    }
    // `big = null` writes a register nothing reads again. Generated code may
    // skip storing a dead register, but then memory would keep the old list
    // (15 MB) alive beside each new one, and the program would not fit.
    let dir = TempDir::new();
    let file = dir.file(
        "drop.js",
        "function build(n) {\n  var head = null;\n  for (var i = 0; i < n; i++) head = { next: head, i: i };\n  return head;\n}\n\
         function main() {\n  var big = build(150000);\n  console.log('first', big.i);\n  big = null;\n  var total = 0;\n\
         for (var round = 0; round < 4; round++) total += build(150000).i;\n  console.log('rounds', total);\n}\nmain();\n",
    );
    let r = kiln(&dir, &["run", "--engine=wasm", "--max-heap", "64M", "--timeout", "100", "drop.js"]);
    r.assert_no_panic();
    assert_eq!(r.exit_code(), 0, "{}", r.describe());
    assert_eq!(r.stdout, "first 149999\nrounds 599996\n");
    if let Some(oracle) = node_stdout(&file) {
        assert_eq!(r.stdout, oracle);
    }
}

/// The `.cwasm` files in a code cache.
fn cached_modules(cache: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(cache.join("wasm")) else { return Vec::new() };
    entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|e| e == "cwasm")).collect()
}

#[test]
fn code_cache_is_written_and_survives_corruption() {
    if !wasm_backend_available() {
        return;
    }
    let dir = TempDir::new();
    let file = dir.file("sum.js", "let s = 0;\nfor (let i = 0; i < 1000; i++) s += i;\nconsole.log('sum', s);\n");
    let first = kiln(&dir, &["run", "--engine=wasm", "sum.js"]);
    first.assert_no_panic();
    assert_eq!(first.exit_code(), 0, "{}", first.describe());
    if let Some(oracle) = node_stdout(&file) {
        assert_eq!(first.stdout, oracle);
    }
    // Every later run, from a sound or a damaged cache, prints the same.
    let expected = first.stdout.as_str();
    assert!(!expected.is_empty());
    let cached = cached_modules(&dir.cache());
    assert_eq!(cached.len(), 1, "one compiled module in the cache after the first run: {cached:?}");

    let second = kiln(&dir, &["run", "--engine=wasm", "sum.js"]);
    second.assert_no_panic();
    assert_eq!((second.exit_code(), second.stdout.as_str()), (0, expected), "{}", second.describe());

    for keep in [0, 100] {
        let file = std::fs::OpenOptions::new().write(true).open(&cached[0]).expect("open the cached module");
        file.set_len(keep).expect("truncate the cached module");
        drop(file);
        let r = kiln(&dir, &["run", "--engine=wasm", "sum.js"]);
        r.assert_no_panic();
        assert_eq!(
            (r.exit_code(), r.stdout.as_str()),
            (0, expected),
            "after truncating the cache to {keep} bytes\n{}",
            r.describe()
        );
    }
}

/// One module, two hosts: stdout and exit code agree with each other and
/// with node running the source (stderr names paths, so it may differ).
#[test]
fn built_module_runs_the_same_under_node_wasi_and_kiln() {
    if !wasm_backend_available() || !node_available() {
        return;
    }
    let dir = TempDir::new();
    let source = dir.file(
        "mixed.js",
        "const xs = [3, 1, 2].map((x) => x * 2);\nconsole.log(xs, {n: xs.length});\nfunction fail(why) { throw new TypeError(why); }\nconsole.log('about to throw');\nfail('bad ' + xs[0]);\nconsole.log('unreachable');\n",
    );
    let oracle = node(&source);
    let built = kiln(&dir, &["build", "mixed.js", "-o", "mixed.wasm"]);
    assert_eq!(built.exit_code(), 0, "{}", built.describe());
    let under_node = node_wasi(&dir.path.join("mixed.wasm"));
    let under_kiln = kiln(&dir, &["run", "--engine=wasm", "mixed.js"]);
    under_kiln.assert_no_panic();
    assert_eq!(oracle.exit_code(), 1, "node: {}", oracle.describe());
    for (host, run) in [("node's WASI", &under_node), ("kiln run --engine=wasm", &under_kiln)] {
        assert_eq!(
            (run.code, run.stdout.as_str()),
            (oracle.code, oracle.stdout.as_str()),
            "{host}\n{}",
            run.describe()
        );
        assert!(run.stderr.starts_with("Uncaught "), "{host}\n{}", run.describe());
    }
    // The message line is the module's own output, so both hosts print it alike.
    assert_eq!(under_node.stderr.lines().next(), under_kiln.stderr.lines().next());
}
