//! `kiln run --engine=baseline|jit` end to end: the limits every engine
//! keeps (timeouts, recursion depth, heap budget) hold in compiled code,
//! and `--trace-tier` reports each compilation.

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
