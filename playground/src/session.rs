//! The playground's work in plain Rust, so it is tested natively (the
//! bindings in lib.rs only convert types): compile a program and describe
//! its compile error by line and column, link it into a wasm module the
//! way `kiln build` does, and run it on the interpreter with an exit code
//! like `kiln run`'s.

use kiln_compiler::bytecode::image::{self, RunSettings};
use kiln_compiler::bytecode::Program;
use kiln_compiler::wasm::module::{build_module, ModuleOptions};
use kiln_compiler::{CompileOptions, Diagnostic, LineIndex};
use kiln_native_jit::{RunError, Vm, VmOptions};
use kiln_runtime::host::Output;
use std::sync::atomic::{AtomicUsize, Ordering};

/// A program compiled to bytecode, with the text it came from.
pub struct Compiled {
    pub program: Program,
    pub source: String,
    pub file_name: String,
}

/// A compile error as the page shows it: the headline, where it starts and
/// ends (1-based lines, columns in UTF-16 units like the editor's), and the
/// full text `kiln run` prints (source line and caret).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub headline: String,
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
    pub rendered: String,
}

impl Problem {
    fn new(diagnostic: &Diagnostic, source: &str, file_name: &str) -> Problem {
        let index = LineIndex::new(source);
        let start = index.line_col(source, diagnostic.span.start);
        let end = index.line_col(source, diagnostic.span.end.max(diagnostic.span.start));
        Problem {
            headline: diagnostic.headline(),
            line: start.line,
            col: start.col,
            end_line: end.line,
            end_col: end.col,
            rendered: diagnostic.render(file_name, source),
        }
    }
}

/// Compiles `source` as node runs a file (a CommonJS module body).
pub fn compile(source: &str, file_name: &str) -> Result<Compiled, Problem> {
    match kiln_compiler::compile(source, CompileOptions::default()) {
        Ok(program) => Ok(Compiled { program, source: source.to_string(), file_name: file_name.to_string() }),
        Err(diagnostic) => Err(Problem::new(&diagnostic, source, file_name)),
    }
}

/// The program as one self-contained WASI module, linked with
/// `runtime_wasm` exactly as `kiln build` links it.
pub fn build_wasm(compiled: &Compiled, runtime_wasm: &[u8], max_call_depth: u32) -> Result<Vec<u8>, String> {
    let settings = RunSettings { script: false, max_call_depth };
    let image = image::encode_parts(&compiled.program, &compiled.source, &compiled.file_name, settings);
    build_module(&compiled.program, image, runtime_wasm, ModuleOptions::default()).map_err(|e| format!("the wasm backend failed: {e}"))
}

/// Settings of an interpreter run in the playground.
#[derive(Debug, Clone, Copy)]
pub struct InterpLimits {
    pub max_call_depth: u32,
    /// Heap budget: past it the program ends with node's out-of-memory
    /// error instead of the tab running out of memory.
    pub max_heap_bytes: usize,
    /// How much native stack below the caller of `run` the interpreter may
    /// use before JavaScript gets a RangeError (wasm32's shadow stack has
    /// no guard page).
    pub stack_bytes: usize,
}

/// The interpreter (tier 0) loaded with a program, ready to run.
pub struct Interpreter {
    vm: Vm,
    stack_bytes: usize,
}

impl Interpreter {
    /// Creates the realm and loads the program: what "instantiate" means
    /// for the interpreter.
    pub fn new(compiled: &Compiled, output: Box<dyn Output>, limits: InterpLimits) -> Interpreter {
        let options = VmOptions {
            max_call_depth: limits.max_call_depth as usize,
            max_heap_bytes: limits.max_heap_bytes,
            native_stack_low: Some(stack_low),
            ..VmOptions::default()
        };
        let vm = Vm::new(compiled.program.clone(), &compiled.source, &compiled.file_name, output, options);
        Interpreter { vm, stack_bytes: limits.stack_bytes }
    }

    /// Runs the program to its end and returns its exit code as `kiln run`
    /// would: 0, 1 after an uncaught exception (reported on stderr), 134
    /// when the heap budget ran out.
    pub fn run(&mut self) -> i32 {
        let marker = 0u8;
        let here = std::hint::black_box(&marker) as *const u8 as usize;
        STACK_LOW.store(here.saturating_sub(self.stack_bytes), Ordering::Relaxed);
        let result = self.vm.run();
        let (code, report) = match result {
            Ok(()) => (0, None),
            Err(RunError::Uncaught(text)) => (1, Some(format!("{text}\n"))),
            Err(RunError::Interrupted) => (124, Some("kiln: program stopped\n".to_string())),
            Err(RunError::OutOfMemory) => (134, Some("kiln: JavaScript heap out of memory\n".to_string())),
        };
        if let Some(report) = report {
            self.vm.rt.output.stderr(report.as_bytes());
        }
        self.vm.rt.output.flush();
        code
    }
}

/// The lowest address the interpreter's native stack may reach in the
/// current run (runs never overlap: one program per worker).
static STACK_LOW: AtomicUsize = AtomicUsize::new(0);

/// `VmOptions::native_stack_low`: true when the current depth is below the
/// run's budget. A local's address is the current stack depth.
fn stack_low() -> bool {
    let marker = 0u8;
    let here = std::hint::black_box(&marker) as *const u8 as usize;
    here < STACK_LOW.load(Ordering::Relaxed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use kiln_runtime::host::BufferOutput;
    use std::cell::RefCell;
    use std::rc::Rc;

    /// Output shared with the test after the interpreter took its box.
    #[derive(Clone, Default)]
    struct Shared(Rc<RefCell<BufferOutput>>);

    impl Output for Shared {
        fn stdout(&mut self, bytes: &[u8]) {
            self.0.borrow_mut().stdout(bytes);
        }
        fn stderr(&mut self, bytes: &[u8]) {
            self.0.borrow_mut().stderr(bytes);
        }
    }

    const LIMITS: InterpLimits = InterpLimits { max_call_depth: 9000, max_heap_bytes: 64 << 20, stack_bytes: 1 << 20 };

    fn run(source: &str) -> (i32, String, String) {
        let compiled = compile(source, "main.js").expect("compiles");
        let output = Shared::default();
        let code = Interpreter::new(&compiled, Box::new(output.clone()), LIMITS).run();
        let buffer = output.0.borrow();
        (code, String::from_utf8_lossy(&buffer.out).into_owned(), String::from_utf8_lossy(&buffer.err).into_owned())
    }

    #[test]
    fn a_program_prints_and_exits_zero() {
        assert_eq!(run("console.log('hi', [1, 2], { a: 1 })"), (0, "hi [ 1, 2 ] { a: 1 }\n".into(), String::new()));
    }

    #[test]
    fn an_uncaught_exception_is_reported_with_exit_code_one() {
        let (code, out, err) = run("console.log(1)\nnull.x");
        assert_eq!((code, out.as_str()), (1, "1\n"));
        assert!(err.contains("TypeError: Cannot read properties of null (reading 'x')"), "{err}");
    }

    #[test]
    fn deep_recursion_is_a_range_error() {
        let source = "function f(n) { return [n].map(function (x) { return f(x + 1); })[0]; }\n\
                      try { f(0) } catch (e) { console.log(e instanceof RangeError) }";
        assert_eq!(run(source), (0, "true\n".into(), String::new()));
    }

    #[test]
    fn compile_errors_carry_start_and_end_positions() {
        let Err(problem) = compile("let a = 1;\nlet b = (2;\n", "main.js") else { panic!("compiled") };
        assert_eq!((problem.line, problem.col), (2, 11));
        assert!(problem.end_line == 2 && problem.end_col >= problem.col, "{problem:?}");
        assert!(problem.headline.starts_with("SyntaxError"), "{problem:?}");
        assert!(problem.rendered.starts_with("main.js:2:11\n"), "{}", problem.rendered);
    }

    #[test]
    fn columns_count_utf16_units() {
        let Err(problem) = compile("'𝒳é'; )", "main.js") else { panic!("compiled") };
        // ' 𝒳(2 units) é ' ; space: the ) is the 8th unit.
        assert_eq!((problem.line, problem.col), (1, 8));
    }

    #[test]
    fn unsupported_features_are_compile_errors() {
        let Err(problem) = compile("function* g() {}", "main.js") else { panic!("compiled") };
        assert!(problem.headline.contains("not supported"), "{problem:?}");
    }
}
