//! `kiln run --engine=baseline|jit` end to end: the limits every engine
//! keeps (timeouts, recursion depth, heap budget) hold in compiled code,
//! and `--trace-tier` reports each compilation and each on-stack
//! replacement (OSR).

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
    elapsed: Duration,
}

/// `kiln run FLAGS FILE` on `source` (written to a temporary file).
fn run(flags: &[&str], source: &str) -> Run {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let path: PathBuf = std::env::temp_dir().join(format!("kiln-jit-cli-{}-{n}.js", std::process::id()));
    std::fs::write(&path, source).expect("write the program");
    let start = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_kiln")).arg("run").args(flags).arg(&path).output().expect("spawn kiln");
    let _ = std::fs::remove_file(&path);
    let r = Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        elapsed: start.elapsed(),
    };
    assert!(!r.stderr.contains("panicked") && !r.stderr.contains("internal error"), "kiln failed:\n{}", r.stderr);
    r
}

const ENGINES: [&str; 3] = ["--engine=baseline", "--engine=jit", "--jit-threshold=1"];

/// `--jit-threshold=1` alone means nothing without a JIT engine: pair it.
fn flags(engine: &'static str) -> Vec<&'static str> {
    if engine.starts_with("--jit-threshold") {
        vec!["--engine=jit", engine]
    } else {
        vec![engine]
    }
}

#[test]
fn timeout_stops_a_compiled_loop_even_inside_try() {
    for engine in ENGINES {
        let mut f = flags(engine);
        f.extend(["--timeout", "0.5"]);
        let r = run(&f, "function spin() { for (;;) { try { while (true) {} } catch (e) { console.log('caught'); } } }\nconsole.log('go');\nspin();\n");
        assert_eq!(r.code, Some(124), "{engine}: {}", r.stderr);
        assert_eq!(r.stdout, "go\n", "{engine}");
        assert!(r.elapsed < Duration::from_secs(10), "{engine}: took {:?}", r.elapsed);
    }
}

#[test]
fn uncaught_deep_recursion_is_a_range_error_with_a_stack() {
    for engine in ENGINES {
        let r = run(&flags(engine), "function f(n) { return f(n + 1) + 1; }\nf(0);\n");
        assert_eq!(r.code, Some(1), "{engine}: {}", r.stderr);
        assert!(r.stderr.starts_with("Uncaught RangeError: Maximum call stack size exceeded\n"), "{engine}: {}", r.stderr);
        assert!(r.stderr.contains("    at f ("), "{engine}: {}", r.stderr);
    }
}

#[test]
fn max_heap_stops_a_compiled_allocation_loop() {
    let src = "const a = [];\nconsole.log('start');\nwhile (true) { a.push({x: a.length, s: 'item' + a.length}); }\n";
    let r = run(&["--engine=baseline", "--max-heap", "16M", "--timeout", "60"], src);
    assert_eq!(r.code, Some(134), "{}", r.stderr);
    assert_eq!(r.stdout, "start\n");
}

#[test]
fn trace_tier_reports_each_compilation() {
    let src = "function hot(x) { return x + 1; }\nlet s = 0;\nfor (let i = 0; i < 10; i++) s = hot(s);\nconsole.log(s);\n";
    let r = run(&["--engine=jit", "--jit-threshold=3", "--trace-tier"], src);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(r.stdout, "10\n");
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert_eq!(lines.len(), 1, "only `hot` is compiled:\n{}", r.stderr);
    assert!(lines[0].starts_with("[tier] baseline hot ("), "{}", lines[0]);
    assert!(lines[0].contains(":1:") && lines[0].contains(") 3 calls: "), "{}", lines[0]);
    let r = run(&["--engine=baseline", "--trace-tier"], src);
    assert_eq!(r.stderr.lines().count(), 2, "main and hot, before their first call:\n{}", r.stderr);
    assert!(r.stderr.contains("[tier] baseline <main> (") && r.stderr.contains("threshold 0"), "{}", r.stderr);
}

#[test]
fn trace_tier_reports_osr_of_a_hot_top_level_loop() {
    // The module function runs once: only OSR moves its loop into baseline
    // code, after 10 × --jit-threshold back-edges (`tiering`).
    let src = "let s = 0;\nfor (let i = 0; i < 5000; i++) { s = (s + i * 7) % 1009; }\nconsole.log(s);\n";
    let r = run(&["--engine=jit", "--jit-threshold=100", "--trace-tier"], src);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(r.stdout, "182\n");
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert_eq!(lines.len(), 2, "one compilation for OSR, one OSR:\n{}", r.stderr);
    assert!(lines[0].starts_with("[tier] baseline <main> (") && lines[0].ends_with(" ms") && lines[0].contains(":1:1) 1000 back-edges, for OSR: "), "{}", lines[0]);
    assert!(lines[1].starts_with("[tier] osr <main> (") && lines[1].contains(":1:1) loop at pc ") && lines[1].contains(":2:") && lines[1].ends_with("): 1000 back-edges"), "{}", lines[1]);
    // Below the OSR threshold, the loop stays in the interpreter.
    let r = run(&["--engine=jit", "--jit-threshold=1000", "--trace-tier"], src);
    assert_eq!(r.stdout, "182\n");
    assert_eq!(r.stderr, "", "5000 back-edges < 10 × 1000");
}

#[test]
fn osr_corpus_programs_enter_osr_at_threshold_1() {
    // The conformance harness runs these at `jit:1`; make sure that really
    // moves frames into baseline code mid-loop (else they test nothing).
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/conformance/jit");
    let mut programs: Vec<PathBuf> = std::fs::read_dir(&dir).expect("the corpus").map(|e| e.expect("an entry").path()).filter(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("osr_")) && p.extension().is_some_and(|e| e == "js")).collect();
    programs.sort();
    assert!(programs.len() >= 6, "{programs:?}");
    for path in programs {
        let source = std::fs::read_to_string(&path).expect("read the program");
        let r = run(&["--engine=jit", "--jit-threshold=1", "--trace-tier"], &source);
        let expected = std::fs::read_to_string(path.with_extension("out")).expect("its blessed output");
        assert_eq!(r.stdout, expected, "{}", path.display());
        let osr = r.stderr.lines().filter(|l| l.starts_with("[tier] osr ")).count();
        assert!(osr >= 1, "{}: {osr} OSRs:\n{}", path.display(), r.stderr);
    }
}
