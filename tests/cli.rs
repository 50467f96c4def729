//! End-to-end tests of the `kiln` binary: what a user sees on stdout, stderr
//! and in the exit code when a program fails to compile, throws, recurses
//! forever, runs out of heap or time, and what `--help`, `dis` and the
//! `--test262` protocol print. Each case writes its JavaScript to a fresh
//! temporary file and runs the built binary on it.

use expect_test::expect;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

const KILN: &str = env!("CARGO_BIN_EXE_kiln");

/// A JavaScript file in the temporary directory, removed on drop.
struct JsFile {
    path: PathBuf,
}

impl JsFile {
    fn new(source: &str) -> JsFile {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!("kiln-cli-{}-{}.js", std::process::id(), n));
        std::fs::write(&path, source).expect("write temporary JavaScript file");
        JsFile { path }
    }

    /// The name kiln prints for this file (`run` canonicalizes it).
    fn display_name(&self) -> String {
        std::fs::canonicalize(&self.path).unwrap_or(self.path.clone()).display().to_string()
    }
}

impl Drop for JsFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// The result of one kiln invocation, decoded.
struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
    elapsed: Duration,
}

impl Run {
    /// The exit code, failing the test if the process died of a signal.
    fn exit_code(&self) -> i32 {
        match self.code {
            Some(c) => c,
            None => panic!("kiln was killed by a signal\nstdout:\n{}\nstderr:\n{}", self.stdout, self.stderr),
        }
    }

    fn assert_no_panic(&self) {
        assert!(!self.stderr.contains("panicked"), "kiln panicked:\n{}", self.stderr);
        assert!(!self.stderr.contains("internal error"), "kiln reported an internal error:\n{}", self.stderr);
    }
}

fn kiln(args: &[&str], file: Option<&Path>) -> Run {
    let mut cmd = Command::new(KILN);
    cmd.args(args);
    if let Some(f) = file {
        cmd.arg(f);
    }
    let start = Instant::now();
    let Output { status, stdout, stderr } = cmd.output().expect("spawn kiln");
    Run {
        code: status.code(),
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
        elapsed: start.elapsed(),
    }
}

/// `kiln run [flags] FILE` on `source`.
fn run(flags: &[&str], source: &str) -> (Run, JsFile) {
    let file = JsFile::new(source);
    let mut args = vec!["run"];
    args.extend_from_slice(flags);
    let r = kiln(&args, Some(&file.path));
    r.assert_no_panic();
    (r, file)
}

#[test]
fn syntax_error_has_position_source_line_and_caret() {
    let (r, file) = run(&[], "console.log('never');\nlet x = ;\n");
    assert_eq!(r.exit_code(), 1, "stderr:\n{}", r.stderr);
    assert_eq!(r.stdout, "", "a program that does not compile must not run");
    let expected =
        format!("{}:2:9\nlet x = ;\n        ^\n\nSyntaxError: Unexpected token ';' (2:9)\n", file.display_name());
    assert_eq!(r.stderr, expected);
}

#[test]
fn syntax_error_caret_spans_the_token() {
    let (r, file) = run(&[], "var ok = 1;\n  var a = 1 2;\n");
    assert_eq!(r.exit_code(), 1);
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert_eq!(lines[0], format!("{}:2:13", file.display_name()));
    assert_eq!(lines[1], "  var a = 1 2;");
    assert_eq!(lines[2], "            ^");
    assert!(lines.iter().any(|l| l.starts_with("SyntaxError: ")), "{}", r.stderr);
}

#[test]
fn unsupported_generator_names_the_feature() {
    let (r, file) = run(&[], "// a generator\nfunction* g() {}\n");
    assert_eq!(r.exit_code(), 1);
    assert_eq!(r.stdout, "");
    let expected = format!(
        "{}:2:9\nfunction* g() {{}}\n        ^\n\nerror: generators are not supported yet (2:9)\n",
        file.display_name()
    );
    assert_eq!(r.stderr, expected);
}

#[test]
fn unsupported_destructuring_names_the_feature() {
    let (r, file) = run(&[], "const o = {a: 1};\nconst {a} = o;\nconsole.log(a);\n");
    assert_eq!(r.exit_code(), 1);
    assert_eq!(r.stdout, "");
    assert!(r.stderr.starts_with(&format!("{}:2:7\n", file.display_name())), "{}", r.stderr);
    assert!(r.stderr.ends_with("error: destructuring patterns are not supported yet (2:7)\n"), "{}", r.stderr);
}

#[test]
fn uncaught_exception_keeps_earlier_stdout_and_prints_a_stack() {
    let (r, file) = run(&[], "console.log('before');\nfunction f() { null.x; }\nf();\nconsole.log('after');\n");
    assert_eq!(r.exit_code(), 1);
    assert_eq!(r.stdout, "before\n");
    assert!(r.stderr.starts_with("Uncaught TypeError: Cannot read properties of null (reading 'x')\n"), "{}", r.stderr);
    let name = file.display_name();
    assert!(r.stderr.contains(&format!("    at f ({}:2:", name)), "{}", r.stderr);
    assert!(r.stderr.contains(&format!("({}:3:1)", name)), "{}", r.stderr);
}

#[test]
fn constructor_frames_read_new_in_stacks() {
    let (r, file) = run(&[], "function A(x) { this.x = x; throw new TypeError('bad'); }\nfunction make() { return new A(1); }\nmake();\n");
    assert_eq!(r.exit_code(), 1);
    let name = file.display_name();
    assert!(r.stderr.contains(&format!("    at new A ({}:1:", name)), "{}", r.stderr);
    assert!(r.stderr.contains(&format!("    at make ({}:2:", name)), "{}", r.stderr);
}

#[test]
fn finally_runs_before_the_uncaught_exit() {
    let src = "function g() {\n  try { console.log('try'); throw new TypeError('boom'); }\n  finally { console.log('inner finally'); }\n}\ntry { g(); } finally { console.log('outer finally'); }\nconsole.log('unreachable');\n";
    let (r, _file) = run(&[], src);
    assert_eq!(r.exit_code(), 1);
    assert_eq!(r.stdout, "try\ninner finally\nouter finally\n");
    assert!(r.stderr.starts_with("Uncaught TypeError: boom\n"), "{}", r.stderr);
}

#[test]
fn deep_recursion_is_a_range_error() {
    let (r, file) = run(&[], "function f() { f() } f()\n");
    assert_eq!(r.exit_code(), 1, "must exit like node, not die of a stack overflow");
    assert!(r.stderr.starts_with("Uncaught RangeError: Maximum call stack size exceeded\n"), "{}", r.stderr);
    assert!(r.stderr.contains(&format!("    at f ({}:1:", file.display_name())), "{}", r.stderr);
}

#[test]
fn deep_recursion_can_be_caught() {
    let src = "let depth = 0;\nfunction f() { depth++; f(); }\ntry { f(); } catch (e) {\n  console.log(e instanceof RangeError, e.message, depth > 1000);\n}\nconsole.log('after');\n";
    let (r, _file) = run(&[], src);
    assert_eq!(r.exit_code(), 0, "stderr:\n{}", r.stderr);
    assert_eq!(r.stdout, "true Maximum call stack size exceeded true\nafter\n");
    assert_eq!(r.stderr, "");
}

#[test]
fn stack_depth_flag_sets_the_limit() {
    let src = "let depth = 0;\nfunction f() { depth++; f(); }\ntry { f(); } catch (e) { console.log(depth < 200); }\n";
    let (r, _file) = run(&["--stack-depth", "100"], src);
    assert_eq!(r.exit_code(), 0, "stderr:\n{}", r.stderr);
    assert_eq!(r.stdout, "true\n");
}

#[test]
fn max_heap_stops_a_growing_live_set_cleanly() {
    let src = "const a = [];\nconsole.log('start');\nwhile (true) { a.push({x: a.length, s: 'item' + a.length}); }\n";
    let (r, _file) = run(&["--max-heap", "16M", "--timeout", "60"], src);
    let code = r.exit_code();
    assert_ne!(code, 0);
    assert_eq!(r.stdout, "start\n");
    assert!(r.elapsed < Duration::from_secs(30), "took {:?}", r.elapsed);
    assert_eq!(code, 134, "stderr:\n{}", r.stderr);
    assert_eq!(r.stderr, "kiln: JavaScript heap out of memory (over --max-heap)\n");
}

#[test]
fn garbage_without_a_large_live_set_completes() {
    let src = "let s = 0;\nfor (let i = 0; i < 300000; i++) { const o = {i: i, s: 'x' + i, a: [i]}; s += o.a[0] % 7; }\nconsole.log(s);\n";
    let (r, _file) = run(&[], src);
    assert_eq!(r.exit_code(), 0, "stderr:\n{}", r.stderr);
    assert_eq!(r.stdout, "899997\n");
    // The same program fits a small heap because the garbage is collected.
    let (r, _file) = run(&["--max-heap", "16M"], src);
    assert_eq!(r.exit_code(), 0, "stderr:\n{}", r.stderr);
    assert_eq!(r.stdout, "899997\n");
}

#[test]
fn timeout_stops_an_infinite_loop() {
    let (r, _file) = run(&["--timeout", "1"], "console.log('spinning');\nwhile (true) {}\n");
    assert_eq!(r.exit_code(), 124, "stderr:\n{}", r.stderr);
    assert_eq!(r.stdout, "spinning\n");
    assert!(r.elapsed < Duration::from_secs(10), "took {:?}", r.elapsed);
    assert!(r.elapsed >= Duration::from_millis(900), "stopped early: {:?}", r.elapsed);
    assert_eq!(r.stderr, "kiln: program stopped after the --timeout\n");
}

#[test]
fn timeout_is_not_caught_by_try_catch() {
    let src = "for (;;) { try { while (true) {} } catch (e) { console.log('caught', e.message); } }\n";
    let (r, _file) = run(&["--timeout", "0.5"], src);
    assert_eq!(r.exit_code(), 124, "stdout:\n{}\nstderr:\n{}", r.stdout, r.stderr);
    assert_eq!(r.stdout, "");
    assert!(r.elapsed < Duration::from_secs(10), "took {:?}", r.elapsed);
}

#[test]
fn help_texts_mention_their_flags() {
    let r = kiln(&["--help"], None);
    assert_eq!(r.exit_code(), 0);
    for word in ["run", "dis", "--help", "--version"] {
        assert!(r.stdout.contains(word), "kiln --help lacks {}:\n{}", word, r.stdout);
    }
    let r = kiln(&["run", "--help"], None);
    assert_eq!(r.exit_code(), 0);
    for word in ["--max-heap", "--timeout", "--test262", "--stack-depth", "--engine", "<FILE>"] {
        assert!(r.stdout.contains(word), "kiln run --help lacks {}:\n{}", word, r.stdout);
    }
    let r = kiln(&["dis", "--help"], None);
    assert_eq!(r.exit_code(), 0);
    assert!(r.stdout.contains("<FILE>"), "{}", r.stdout);
}

#[test]
fn bad_flag_values_are_usage_errors() {
    let file = JsFile::new("console.log(1);\n");
    let r = kiln(&["run", "--max-heap", "lots"], Some(&file.path));
    assert_eq!(r.exit_code(), 2);
    assert!(r.stderr.contains("invalid value 'lots' for '--max-heap <SIZE>'"), "{}", r.stderr);
    r.assert_no_panic();
}

#[test]
fn dis_prints_functions_and_instructions() {
    let file = JsFile::new("function add(a, b) { return a + b; }\nconsole.log(add(1, 2));\n");
    let r = kiln(&["dis"], Some(&file.path));
    assert_eq!(r.exit_code(), 0, "stderr:\n{}", r.stderr);
    expect![[r#"
        function #0 "" (Script, params 0, registers 9, feedback slots 4)
             0  LoadUndefined     dst=r0
             1  MakeClosure       dst=r1 func=#1
             2  Mov               dst=r0 src=r1
             3  GetGlobal         dst=r3 name="console" fb0
             4  GetNamed          dst=r2 obj=r3 name="log" fb1
             5  Mov               dst=r5 src=r0
             6  LoadUndefined     dst=r6
             7  LoadInt           dst=r7 value=1
             8  LoadInt           dst=r8 value=2
             9  Call              dst=r4 func=r5 argc=2 fb2 desc="add"
            10  Call              dst=r1 func=r2 argc=1 fb3 desc="console.log"
            11  LoadUndefined     dst=r1
            12  Return            src=r1

        function #1 "add" (Normal, params 2, registers 3, feedback slots 1)
             0  Add               dst=r2 a=r0 b=r1 fb0
             1  Return            src=r2
             2  LoadUndefined     dst=r2
             3  Return            src=r2

    "#]]
    .assert_eq(&r.stdout);
}

#[test]
fn dis_reports_compile_errors() {
    let file = JsFile::new("let = = 1;\n");
    let r = kiln(&["dis"], Some(&file.path));
    assert_eq!(r.exit_code(), 1);
    assert_eq!(r.stdout, "");
    assert!(r.stderr.contains("SyntaxError: "), "{}", r.stderr);
    r.assert_no_panic();
}

#[test]
fn missing_file_is_a_clear_error() {
    let path = std::env::temp_dir().join(format!("kiln-cli-{}-does-not-exist.js", std::process::id()));
    for command in ["run", "dis"] {
        let r = kiln(&[command], Some(&path));
        assert_eq!(r.exit_code(), 2, "{}", r.stderr);
        assert_eq!(r.stdout, "");
        assert!(r.stderr.starts_with("kiln: cannot read "), "{}", r.stderr);
        assert!(r.stderr.contains("does-not-exist.js"), "{}", r.stderr);
        r.assert_no_panic();
    }
}

#[test]
fn test262_reports_a_parse_error() {
    let (r, _file) = run(&["--test262"], "var x = ;\n");
    assert_eq!(r.exit_code(), 1);
    assert_eq!(r.stdout, "Test262:Error:parse:SyntaxError: Unexpected token ';'\n");
}

#[test]
fn test262_reports_a_runtime_throw() {
    let (r, _file) = run(&["--test262"], "var ok = 1;\n");
    assert_eq!(r.exit_code(), 0, "a program that does not throw passes: {}", r.stderr);
    assert_eq!(r.stdout, "");
    let (r, _file) = run(&["--test262"], "throw new TypeError('x');\n");
    assert_eq!(r.exit_code(), 1);
    assert_eq!(r.stdout, "Test262:Error:runtime:TypeError: x\n");
    assert!(r.stderr.starts_with("Uncaught TypeError: x\n"), "{}", r.stderr);
}

#[test]
fn test262_reports_an_unsupported_feature() {
    let (r, _file) = run(&["--test262"], "function* g() {}\n");
    assert_eq!(r.exit_code(), 1);
    assert_eq!(r.stdout, "Test262:Unsupported: generators\n");
}

#[test]
fn test262_uses_script_semantics() {
    let (r, _file) = run(&["--test262"], "var g = 1;\nconsole.log(globalThis.g, this === globalThis);\n");
    assert_eq!(r.exit_code(), 0, "{}", r.stderr);
    assert_eq!(r.stdout, "1 true\n");
    // Without --test262 the file is a CommonJS module body, as in node.
    let (r, _file) = run(&[], "var g = 1;\nconsole.log(globalThis.g, this === globalThis);\n");
    assert_eq!(r.exit_code(), 0, "{}", r.stderr);
    assert_eq!(r.stdout, "undefined false\n");
}
