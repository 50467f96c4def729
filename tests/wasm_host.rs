//! The hosts that run kiln's AOT output, tested with hand-written WASI
//! modules (no code generator needed): the embedded wasmtime host
//! (src/wasm_host.rs) for output, exit codes, traps, the timeout, the memory
//! limit and the code cache; node's `node:wasi` runner and the browser glue
//! (www/kiln-wasi.js) for giving the same output as it (skipped without node).

#[path = "../src/wasm_host.rs"]
#[allow(dead_code)]
mod wasm_host;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};
use wasm_host::{default_cache_dir, run_wasm, run_wasm_report, WasmOutcome, WasmReport, WasmRunOptions};

const IMPORTS: &str = r#"
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
"#;

/// Writes `len` bytes at `ptr` to `fd` with one iovec at 100; leaves the errno.
const WRITE: &str = r#"
  (func $write (param $fd i32) (param $ptr i32) (param $len i32) (result i32)
    (i32.store (i32.const 100) (local.get $ptr))
    (i32.store (i32.const 104) (local.get $len))
    (call $fd_write (local.get $fd) (i32.const 100) (i32.const 1) (i32.const 200)))
"#;

/// A module with the WASI imports, `memory`, `$write` and the given items.
fn module(items: &str) -> Vec<u8> {
    let text = format!("(module {IMPORTS} (memory (export \"memory\") 1) {WRITE} {items})");
    wat::parse_str(&text).expect("test module must be valid WAT")
}

/// Prints to both fds; "ö" (C3 B6) is split across two writes, which the
/// glue's streaming decoder must join.
fn hello(exit: Option<i32>) -> Vec<u8> {
    let exit = exit.map_or(String::new(), |c| format!("(call $proc_exit (i32.const {c})) unreachable"));
    module(&format!(
        r#"(data (i32.const 16) "hello w\c3") (data (i32.const 32) "\b6rld\n") (data (i32.const 48) "to stderr\n")
        (func (export "_start")
          (drop (call $write (i32.const 1) (i32.const 16) (i32.const 8)))
          (drop (call $write (i32.const 1) (i32.const 32) (i32.const 5)))
          (drop (call $write (i32.const 2) (i32.const 48) (i32.const 10)))
          {exit})"#
    ))
}

struct Run {
    report: WasmReport,
    stdout: String,
    stderr: String,
}

fn run_with(bytes: &[u8], opts: &WasmRunOptions) -> Run {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let report = run_wasm_report(bytes, opts, &mut out, &mut err).expect("the host should run the module");
    Run { report, stdout: String::from_utf8(out).unwrap(), stderr: String::from_utf8(err).unwrap() }
}

fn run(bytes: &[u8]) -> Run {
    run_with(bytes, &WasmRunOptions::default())
}

/// A fresh directory under the system temp dir, unique to this process and test.
fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("kiln-wasm-host-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn cache_entries(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir.join("wasm"))
        .map(|d| d.map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "cwasm")).collect())
        .unwrap_or_default();
    entries.sort();
    entries
}

#[test]
fn hello_writes_both_fds_and_returns_zero() {
    let r = run(&hello(None));
    assert_eq!(r.stdout, "hello wörld\n");
    assert_eq!(r.stderr, "to stderr\n");
    assert_eq!(r.report.outcome, WasmOutcome::Exited(0));
}

#[test]
fn start_returning_normally_is_exit_zero() {
    assert_eq!(run(&module(r#"(func (export "_start"))"#)).report.outcome, WasmOutcome::Exited(0));
}

#[test]
fn proc_exit_codes() {
    for code in [0, 1, 3] {
        let r = run(&hello(Some(code)));
        assert_eq!(r.report.outcome, WasmOutcome::Exited(code));
        assert_eq!(r.stdout, "hello wörld\n", "output is flushed at proc_exit");
    }
}

#[test]
fn fd_write_errnos_and_nwritten() {
    // Writing to fd 5 is EBADF (8).
    let bad_fd = module(r#"(func (export "_start") (call $proc_exit (call $write (i32.const 5) (i32.const 0) (i32.const 4))))"#);
    assert_eq!(run(&bad_fd).report.outcome, WasmOutcome::Exited(8));
    // An iovec past the end of memory is EFAULT (21) and writes nothing.
    let fault = module(r#"(func (export "_start") (call $proc_exit (call $write (i32.const 1) (i32.const 65530) (i32.const 100))))"#);
    let r = run(&fault);
    assert_eq!((r.report.outcome, r.stdout.as_str()), (WasmOutcome::Exited(21), ""));
    // Two iovecs in one call: nwritten is their total.
    let two = module(
        r#"(data (i32.const 16) "ab") (data (i32.const 32) "cde")
        (func (export "_start")
          (i64.store (i32.const 100) (i64.const 0x0000000200000010))
          (i64.store (i32.const 108) (i64.const 0x0000000300000020))
          (drop (call $fd_write (i32.const 1) (i32.const 100) (i32.const 2) (i32.const 200)))
          (call $proc_exit (i32.load (i32.const 200))))"#,
    );
    let r = run(&two);
    assert_eq!((r.report.outcome, r.stdout.as_str()), (WasmOutcome::Exited(5), "abcde"));
}

/// Records when the first byte arrived; fails every write if `fail`.
struct Probe {
    started: Instant,
    first: Option<Duration>,
    bytes: usize,
    fail: bool,
}

impl std::io::Write for Probe {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.first.get_or_insert(self.started.elapsed());
        if self.fail {
            return Err(std::io::Error::new(std::io::ErrorKind::BrokenPipe, "closed"));
        }
        self.bytes += buf.len();
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn probe(fail: bool) -> Probe {
    Probe { started: Instant::now(), first: None, bytes: 0, fail }
}

#[test]
fn output_appears_before_the_program_ends() {
    // Prints a little, then spins until the timeout.
    let spin = module(r#"(data (i32.const 16) "x\n") (func (export "_start") (drop (call $write (i32.const 1) (i32.const 16) (i32.const 2))) (loop $l (br $l)))"#);
    let (mut out, mut err) = (probe(false), probe(false));
    let opts = WasmRunOptions { timeout: Some(Duration::from_millis(1500)), ..Default::default() };
    assert_eq!(run_wasm(&spin, &opts, &mut out, &mut err).unwrap(), WasmOutcome::TimedOut);
    let first = out.first.unwrap();
    assert!(first < Duration::from_millis(1000), "output waited {first:?}");
    assert_eq!(out.bytes, 2);
}

#[test]
fn large_output_keeps_its_order() {
    // 200,000 writes of 16 bytes to stdout, with the writes to stderr in
    // between at every 50,000th.
    let chatty = module(
        r#"(data (i32.const 16) "0123456789abcde\n") (data (i32.const 48) "-\n")
        (func (export "_start") (local $i i32)
          (loop $l
            (if (i32.eqz (i32.rem_u (local.get $i) (i32.const 50000)))
              (then (drop (call $write (i32.const 2) (i32.const 48) (i32.const 2)))))
            (drop (call $write (i32.const 1) (i32.const 16) (i32.const 16)))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br_if $l (i32.lt_u (local.get $i) (i32.const 200000)))))"#,
    );
    let r = run(&chatty);
    assert_eq!(r.report.outcome, WasmOutcome::Exited(0));
    assert_eq!(r.stdout, "0123456789abcde\n".repeat(200_000));
    assert_eq!(r.stderr, "-\n".repeat(4));
}

#[test]
fn a_failing_writer_gives_the_program_eio() {
    // Writes until fd_write fails, then exits with its errno.
    let writer = module(
        r#"(data (i32.const 16) "x\n")
        (func (export "_start") (local $errno i32)
          (loop $l
            (local.set $errno (call $write (i32.const 1) (i32.const 16) (i32.const 2)))
            (br_if $l (i32.eqz (local.get $errno))))
          (call $proc_exit (local.get $errno)))"#,
    );
    let (mut out, mut err) = (probe(true), probe(false));
    assert_eq!(run_wasm(&writer, &WasmRunOptions::default(), &mut out, &mut err).unwrap(), WasmOutcome::Exited(29));
}

#[test]
fn other_wasi_imports_are_enosys_stubs() {
    let text = format!(
        r#"(module {IMPORTS}
          (import "wasi_snapshot_preview1" "clock_time_get" (func $clock (param i32 i64 i32) (result i32)))
          (memory (export "memory") 1)
          (func (export "_start") (call $proc_exit (call $clock (i32.const 0) (i64.const 0) (i32.const 0)))))"#
    );
    assert_eq!(run(&wat::parse_str(text).unwrap()).report.outcome, WasmOutcome::Exited(52));
}

#[test]
fn host_errors_are_err() {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let opts = WasmRunOptions::default();
    let invalid = run_wasm(b"\0asm\x01\0\0\0\x7f", &opts, &mut out, &mut err);
    assert!(invalid.unwrap_err().contains("invalid wasm module"));
    let no_start = run_wasm(&module(""), &opts, &mut out, &mut err);
    assert!(no_start.unwrap_err().contains("_start"));
    let foreign = wat::parse_str(r#"(module (import "env" "f" (func)) (func (export "_start")))"#).unwrap();
    assert!(run_wasm(&foreign, &opts, &mut out, &mut err).is_err());
}

#[test]
fn traps_are_reported() {
    let r = run(&module(r#"(func (export "_start") unreachable)"#));
    assert!(matches!(&r.report.outcome, WasmOutcome::Trapped(m) if m.contains("unreachable")), "{:?}", r.report.outcome);
}

#[test]
fn deep_recursion_is_a_stack_exhausted_trap() {
    // Runs from the test harness's small-stack thread on purpose: run_wasm
    // supplies its own big stack.
    let r = run(&module(r#"(func $f (export "_start") (call $f))"#));
    assert!(
        matches!(&r.report.outcome, WasmOutcome::Trapped(m) if m.contains("call stack exhausted")),
        "{:?}",
        r.report.outcome
    );
    // Well within the 64 MiB: 100,000 frames with locals return normally.
    let deep = module(
        r#"(func $down (param $n i32) (result i32) (local i64 i64 i64 i64)
          (if (result i32) (i32.eqz (local.get $n)) (then (i32.const 0))
            (else (i32.add (i32.const 1) (call $down (i32.sub (local.get $n) (i32.const 1)))))))
        (func (export "_start") (call $proc_exit (i32.rem_u (call $down (i32.const 100000)) (i32.const 256))))"#,
    );
    assert_eq!(run(&deep).report.outcome, WasmOutcome::Exited(100_000 % 256));
}

#[test]
fn timeout_stops_an_infinite_loop() {
    let spin = module(r#"(func (export "_start") (loop $l (br $l)))"#);
    let timeout = Duration::from_millis(300);
    let started = Instant::now();
    let r = run_with(&spin, &WasmRunOptions { timeout: Some(timeout), ..Default::default() });
    let elapsed = started.elapsed();
    assert_eq!(r.report.outcome, WasmOutcome::TimedOut);
    assert!(elapsed >= timeout && elapsed < timeout + Duration::from_secs(1), "{elapsed:?}");
}

#[test]
fn a_timeout_not_reached_does_not_delay_the_exit() {
    let started = Instant::now();
    let r = run_with(&hello(Some(3)), &WasmRunOptions { timeout: Some(Duration::from_secs(30)), ..Default::default() });
    assert_eq!(r.report.outcome, WasmOutcome::Exited(3));
    assert!(started.elapsed() < Duration::from_secs(10));
}

#[test]
fn memory_limit() {
    let limit = WasmRunOptions { max_memory_bytes: Some(1 << 20), ..Default::default() };
    // Grows one page at a time until memory.grow fails, then traps.
    let grow_then_trap = module(
        r#"(func (export "_start")
          (loop $grow (br_if $grow (i32.ne (memory.grow (i32.const 1)) (i32.const -1))))
          unreachable)"#,
    );
    let r = run_with(&grow_then_trap, &limit);
    assert!(matches!(&r.report.outcome, WasmOutcome::OutOfMemory(m) if m.contains("1048576")), "{:?}", r.report.outcome);
    // A module that handles the failed growth itself exits normally.
    let grow_then_exit = module(
        r#"(func (export "_start")
          (loop $grow (br_if $grow (i32.ne (memory.grow (i32.const 1)) (i32.const -1))))
          (call $proc_exit (i32.sub (memory.size) (i32.const 9))))"#,
    );
    assert_eq!(run_with(&grow_then_exit, &limit).report.outcome, WasmOutcome::Exited(16 - 9));
    // An initial memory over the limit fails at instantiation.
    let big = wat::parse_str(r#"(module (memory (export "memory") 32) (func (export "_start")))"#).unwrap();
    assert!(matches!(run_with(&big, &limit).report.outcome, WasmOutcome::OutOfMemory(_)));
    assert_eq!(run(&big).report.outcome, WasmOutcome::Exited(0));
}

#[test]
fn second_run_hits_the_cache() {
    let dir = temp_dir("cache-hit");
    let opts = WasmRunOptions { cache_dir: Some(dir.clone()), ..Default::default() };
    let first = run_with(&hello(Some(1)), &opts);
    assert!(!first.report.from_cache);
    let entries = cache_entries(&dir);
    assert_eq!(entries.len(), 1, "{entries:?}");
    assert!(entries[0].extension().is_some_and(|e| e == "cwasm"));
    let second = run_with(&hello(Some(1)), &opts);
    assert!(second.report.from_cache);
    assert_eq!((second.stdout, second.report.outcome), (first.stdout, first.report.outcome));
    // Another module is another entry; no cache directory means no cache.
    assert!(!run_with(&hello(Some(2)), &opts).report.from_cache);
    assert_eq!(cache_entries(&dir).len(), 2);
    assert!(!run(&hello(Some(1))).report.from_cache);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn corrupt_cache_entries_are_recompiled() {
    let dir = temp_dir("cache-corrupt");
    let opts = WasmRunOptions { cache_dir: Some(dir.clone()), ..Default::default() };
    let bytes = hello(Some(3));
    run_with(&bytes, &opts);
    let entry = cache_entries(&dir).pop().unwrap();
    let good = std::fs::read(&entry).unwrap();
    let mut flipped = good.clone();
    let middle = flipped.len() / 2;
    flipped[middle] ^= 0x40;
    for damaged in [b"garbage".to_vec(), Vec::new(), good[..good.len() / 2].to_vec(), flipped] {
        std::fs::write(&entry, &damaged).unwrap();
        let r = run_with(&bytes, &opts);
        assert!(!r.report.from_cache);
        assert_eq!((r.report.outcome, r.stdout.as_str()), (WasmOutcome::Exited(3), "hello wörld\n"));
        // The bad entry was overwritten with a good one.
        assert!(run_with(&bytes, &opts).report.from_cache);
    }
    // An entry whose check file is missing or damaged is not trusted either.
    let check = entry.with_extension("check");
    let good_check = std::fs::read(&check).unwrap();
    let mut bad_check = good_check.clone();
    *bad_check.last_mut().unwrap() ^= 1;
    for damaged in [None, Some(bad_check), Some(good_check[..4].to_vec())] {
        match damaged {
            Some(bytes) => std::fs::write(&check, bytes).unwrap(),
            None => std::fs::remove_file(&check).unwrap(),
        }
        let r = run_with(&bytes, &opts);
        assert!(!r.report.from_cache);
        assert_eq!((r.report.outcome, r.stdout.as_str()), (WasmOutcome::Exited(3), "hello wörld\n"));
        assert!(run_with(&bytes, &opts).report.from_cache);
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Runs one test of this binary in a child process with `env` set.
fn run_child_test(name: &str, env: &[(&str, &str)], remove: &[&str]) {
    let mut command = Command::new(std::env::current_exe().unwrap());
    command.args(["--exact", name, "--test-threads=1"]).env("KILN_WASM_HOST_CHILD", "1");
    for (key, value) in env {
        command.env(key, value);
    }
    for key in remove {
        command.env_remove(key);
    }
    let output = command.output().unwrap();
    assert!(output.status.success(), "child {name}: {}", String::from_utf8_lossy(&output.stdout));
}

/// The cache key must be stable across processes (it hashes the engine's
/// settings through `Hash`).
#[test]
fn cache_is_shared_between_processes() {
    let bytes = hello(Some(0));
    if let Some(dir) = std::env::var_os("KILN_WASM_HOST_CACHE") {
        let opts = WasmRunOptions { cache_dir: Some(dir.into()), ..Default::default() };
        assert!(run_with(&bytes, &opts).report.from_cache, "the child process must hit the cache");
        return;
    }
    let dir = temp_dir("cache-processes");
    run_with(&bytes, &WasmRunOptions { cache_dir: Some(dir.clone()), ..Default::default() });
    run_child_test("cache_is_shared_between_processes", &[("KILN_WASM_HOST_CACHE", dir.to_str().unwrap())], &[]);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Checked in child processes so no test mutates this process's environment.
#[test]
fn default_cache_dir_follows_the_environment() {
    if std::env::var_os("KILN_WASM_HOST_CHILD").is_some() {
        let expected = std::env::var_os("EXPECTED").map(PathBuf::from);
        assert_eq!(default_cache_dir(), expected);
        return;
    }
    let name = "default_cache_dir_follows_the_environment";
    let all = ["KILN_CACHE_DIR", "XDG_CACHE_HOME", "HOME"];
    run_child_test(name, &[("KILN_CACHE_DIR", "/k"), ("XDG_CACHE_HOME", "/x"), ("HOME", "/h"), ("EXPECTED", "/k")], &[]);
    run_child_test(name, &[("XDG_CACHE_HOME", "/x"), ("HOME", "/h"), ("EXPECTED", "/x/kiln")], &all[..1]);
    run_child_test(name, &[("XDG_CACHE_HOME", ""), ("HOME", "/h"), ("EXPECTED", "/h/.cache/kiln")], &all[..1]);
    run_child_test(name, &[], &all);
}

/// Prints the compile, deserialize and run times (see the test output with
/// `--nocapture`) for a small module and a ~20 KB one.
#[test]
fn compile_versus_cache_timings() {
    let functions: String = (0..300)
        .map(|i| format!("(func $f{i} (param i32) (result i32) (i32.add (i32.mul (local.get 0) (i32.const {i})) (i32.const 7)))"))
        .collect();
    let larger = module(&format!(r#"{functions} (func (export "_start") (call $proc_exit (i32.and (call $f299 (i32.const 1)) (i32.const 0))))"#));
    for (name, bytes) in [("hello", hello(None)), ("300 functions", larger)] {
        let dir = temp_dir("timings");
        let opts = WasmRunOptions { cache_dir: Some(dir.clone()), ..Default::default() };
        let started = Instant::now();
        let cold = run_with(&bytes, &opts).report;
        let cold_total = started.elapsed();
        let started = Instant::now();
        let warm = run_with(&bytes, &opts).report;
        let warm_total = started.elapsed();
        assert!(warm.from_cache && warm.outcome == WasmOutcome::Exited(0));
        println!(
            "{name} ({} bytes): compile {:?}, deserialize {:?}; instantiate+run {:?} / {:?}; whole run_wasm {:?} / {:?}",
            bytes.len(),
            cold.load_time,
            warm.load_time,
            cold.run_time,
            warm.run_time,
            cold_total,
            warm_total
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}

/// The outcome as a process exit: what node and the glue report.
fn exit_status(outcome: &WasmOutcome) -> i32 {
    match outcome {
        WasmOutcome::Exited(code) => *code,
        other => panic!("comparison modules exit normally: {other:?}"),
    }
}

fn node_available() -> bool {
    let found = Command::new("node").arg("--version").output().is_ok_and(|o| o.status.success());
    if !found {
        eprintln!("node not found: skipping");
    }
    found
}

/// Runs `script` under node on each module and compares stdout, stderr and
/// the exit code with run_wasm's.
fn compare_with_node(script: &str, tag: &str) {
    if !node_available() {
        return;
    }
    let dir = temp_dir(tag);
    for (i, bytes) in [hello(None), hello(Some(3)), hello(Some(1))].iter().enumerate() {
        let file = dir.join(format!("m{i}.wasm"));
        std::fs::write(&file, bytes).unwrap();
        let expected = run(bytes);
        let output = Command::new("node")
            .args(["--no-warnings", script])
            .arg(&file)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .unwrap();
        assert_eq!(String::from_utf8_lossy(&output.stdout), expected.stdout, "{script} stdout");
        assert_eq!(String::from_utf8_lossy(&output.stderr), expected.stderr, "{script} stderr");
        assert_eq!(output.status.code(), Some(exit_status(&expected.report.outcome)), "{script} exit code");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn node_wasi_runner_matches_run_wasm() {
    compare_with_node("tests/wasm/node-wasi-run.mjs", "node-runner");
}

#[test]
fn browser_glue_matches_run_wasm() {
    compare_with_node("tests/wasm/glue-test.mjs", "glue");
}
