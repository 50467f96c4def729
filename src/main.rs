//! The `kiln` command line: `run` a program, `build` it to a WASI module,
//! `dis`assemble its bytecode, `serve` the playground, `bench` programs on
//! every engine. Exit codes follow
//! node: 0 on success, 1 on an uncaught exception or a compile error.

mod aot;
mod bench;
mod runtime_wasm;
mod serve;
#[allow(dead_code)] // The test-only parts of its API (timings, cache flag).
mod wasm_host;

use kiln_compiler::bytecode::image::RunSettings;
use kiln_compiler::wasm::module::ModuleOptions;
use clap::{Parser, Subcommand, ValueEnum};
use kiln_compiler::{Diagnostic, DiagnosticKind};
use kiln_native_jit::{RunError, Vm, VmOptions};
use kiln_runtime::host::Output;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::Ordering;
use std::time::Duration;

#[derive(Parser)]
#[command(name = "kiln", version, about = "A JavaScript compiler: AOT to WebAssembly and a tiered native JIT")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum, Debug, PartialEq, Eq)]
enum Engine {
    /// The bytecode interpreter (tier 0).
    Interp,
    /// Compiled ahead of time to WebAssembly, run by the embedded wasmtime.
    Wasm,
    /// The baseline JIT (tier 1, Cranelift): every function compiled before
    /// its first call, unless `--jit-threshold` says otherwise.
    Baseline,
    /// Tiered: the interpreter, then baseline code for functions called
    /// `--jit-threshold` times (default 100).
    Jit,
}

/// Calls before a function leaves the interpreter with `--engine=jit`.
const DEFAULT_JIT_THRESHOLD: u32 = 100;

#[derive(Subcommand)]
enum Command {
    /// Compile and run a JavaScript file.
    Run {
        /// The program to run.
        file: PathBuf,
        /// Which engine runs the program (default: the tiered `jit`, which
        /// starts in the interpreter and compiles only hot functions).
        #[arg(long, value_enum, default_value = "jit")]
        engine: Engine,
        /// Heap limit, e.g. 64M or 1G: exceeding it ends the program with a
        /// clean error (exit code 134) instead of exhausting memory.
        #[arg(long, value_name = "SIZE", value_parser = parse_size)]
        max_heap: Option<usize>,
        /// Stop the program after this many seconds (exit code 124).
        #[arg(long, value_name = "SECONDS")]
        timeout: Option<f64>,
        /// Report errors in the test262 runner's protocol.
        #[arg(long)]
        test262: bool,
        /// Maximum JavaScript call depth before RangeError.
        #[arg(long, default_value_t = RunSettings::DEFAULT_MAX_CALL_DEPTH)]
        stack_depth: u32,
        /// Calls of a function before the baseline JIT compiles it (0: every
        /// function before its first call). Default: 0 with
        /// `--engine=baseline`, 100 with `--engine=jit`. A frame already
        /// running moves into compiled code at a loop header (OSR) once its
        /// function took 10 × N loop back-edges.
        #[arg(long, value_name = "N")]
        jit_threshold: Option<u32>,
        /// Print each compilation and OSR by the JIT (function, position, reason).
        #[arg(long)]
        trace_tier: bool,
    },
    /// Compile a JavaScript file to one self-contained WebAssembly module
    /// (a WASI command: `wasmtime app.wasm`, node's WASI, browsers).
    Build {
        /// The program to compile.
        file: PathBuf,
        /// Where to write the module (default: FILE with `.wasm`).
        #[arg(short, long, value_name = "OUT")]
        output: Option<PathBuf>,
        /// Also write the module as readable text (OUT with `.wat`); implies --names.
        #[arg(long)]
        wat: bool,
        /// Keep the name section (function names in traps, profiles and
        /// disassembly; about a tenth of the module's size).
        #[arg(long)]
        names: bool,
        /// Maximum JavaScript call depth before RangeError, built into the module.
        #[arg(long, default_value_t = RunSettings::DEFAULT_MAX_CALL_DEPTH)]
        stack_depth: u32,
    },
    /// Print the bytecode of a JavaScript file.
    Dis {
        /// The program to disassemble.
        file: PathBuf,
    },
    /// Time programs on every engine and on node: medians, ratios, whether
    /// each engine printed node's output, and warm-up curves (SVG; a program
    /// marks each iteration with a line on stderr, e.g. `console.error`).
    Bench {
        /// The programs to time.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Runs of each program by each engine (the median is reported).
        #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u32).range(1..))]
        runs: u32,
        /// The kiln engines to time, comma-separated (default: all).
        #[arg(long, value_enum, value_delimiter = ',')]
        engines: Vec<Engine>,
        /// The node binary to compare with (plain and `--jitless`).
        #[arg(long, value_name = "PATH", default_value = "node")]
        node: PathBuf,
        /// Time kiln's engines only: no node, no ratios to it, no output check.
        #[arg(long)]
        no_node: bool,
        /// Where the report (report.md) and the curves (PROGRAM.svg) go.
        #[arg(long, value_name = "DIR", default_value = "kiln-bench")]
        out: PathBuf,
        /// Also write the results as JSON (read by benches/run.js).
        #[arg(long, value_name = "FILE")]
        json: Option<PathBuf>,
        /// Stop a kiln run after this many seconds (`kiln run --timeout`).
        #[arg(long, value_name = "SECONDS")]
        timeout: Option<f64>,
    },
    /// Serve the playground (built with `cd www && trunk build --release`)
    /// on 127.0.0.1, with the native engines as extra paths.
    Serve {
        /// Port to listen on (0: any free port; the address is printed).
        #[arg(long, default_value_t = 8000)]
        port: u16,
        /// The built site (default: target/playground).
        #[arg(long, value_name = "DIR")]
        site: Option<PathBuf>,
        /// Longest run of a program, in seconds.
        #[arg(long, value_name = "SECONDS", default_value_t = 20.0)]
        timeout: f64,
        /// Heap limit of each run.
        #[arg(long, value_name = "SIZE", default_value = "512M", value_parser = parse_size_text)]
        max_heap: String,
    },
}

/// Checks a size like `parse_size` and keeps its text (passed on to `kiln run`).
fn parse_size_text(text: &str) -> Result<String, String> {
    parse_size(text).map(|_| text.to_string())
}

fn parse_size(text: &str) -> Result<usize, String> {
    let t = text.trim();
    let (digits, mult) = match t.chars().last().map(|c| c.to_ascii_uppercase()) {
        Some('K') => (&t[..t.len() - 1], 1usize << 10),
        Some('M') => (&t[..t.len() - 1], 1 << 20),
        Some('G') => (&t[..t.len() - 1], 1 << 30),
        _ => (t, 1),
    };
    let n: usize = digits.parse().map_err(|_| format!("invalid size '{}': use e.g. 64M", text))?;
    Ok(n * mult)
}

/// Buffered process stdout/stderr for console output.
struct ProcessOutput {
    out: std::io::BufWriter<std::io::Stdout>,
}

impl Output for ProcessOutput {
    fn stdout(&mut self, bytes: &[u8]) {
        let _ = self.out.write_all(bytes);
    }
    fn stderr(&mut self, bytes: &[u8]) {
        let _ = self.out.flush();
        let _ = std::io::stderr().write_all(bytes);
    }
    fn flush(&mut self) {
        let _ = self.out.flush();
    }
}

fn read_source(file: &PathBuf) -> Result<String, ExitCode> {
    std::fs::read(file)
        .map_err(|e| {
            eprintln!("kiln: cannot read {}: {}", file.display(), e);
            ExitCode::from(2)
        })
        .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
}

fn report_diagnostic(d: &Diagnostic, file: &str, source: &str, test262: bool) -> ExitCode {
    if test262 {
        match d.kind {
            DiagnosticKind::SyntaxError => println!("Test262:Error:parse:SyntaxError: {}", d.message),
            DiagnosticKind::Unsupported => println!("Test262:Unsupported: {}", d.feature()),
        }
    }
    eprint!("{}", d.render(file, source));
    ExitCode::from(1)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // JavaScript recursion runs on the native stack: give it room.
    let worker = std::thread::Builder::new().stack_size(1 << 30).spawn(move || run_command(cli));
    match worker.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        _ => {
            eprintln!("kiln: internal error (the engine thread panicked)");
            ExitCode::from(70)
        }
    }
}

fn run_command(cli: Cli) -> ExitCode {
    match cli.command {
        Command::Bench { files, runs, engines, node, no_node, out, json, timeout } => {
            let engines = if engines.is_empty() { Engine::value_variants().to_vec() } else { engines };
            let engines = engines.iter().filter_map(|e| e.to_possible_value()).map(|v| v.get_name().to_string()).collect();
            let node = (!no_node).then(|| node.into_os_string());
            bench::bench(bench::BenchOptions { files, runs: runs as usize, engines, node, out, json, timeout })
        }
        Command::Serve { port, site, timeout, max_heap } => {
            // Every engine `kiln run --engine` has is a path of the page.
            let engines = Engine::value_variants().iter().filter_map(|e| e.to_possible_value()).map(|v| v.get_name().to_string()).collect();
            serve::serve(serve::ServeOptions { port, site, timeout, max_heap, engines })
        }
        Command::Dis { file } => {
            let source = match read_source(&file) {
                Ok(s) => s,
                Err(code) => return code,
            };
            let name = file.display().to_string();
            match kiln_compiler::compile(&source, kiln_compiler::CompileOptions::default()) {
                Ok(program) => {
                    print!("{}", kiln_compiler::bytecode::disasm::disassemble(&program));
                    ExitCode::SUCCESS
                }
                Err(d) => report_diagnostic(&d, &name, &source, false),
            }
        }
        Command::Build { file, output, wat, names, stack_depth } => {
            let source = match read_source(&file) {
                Ok(s) => s,
                Err(code) => return code,
            };
            let name = std::fs::canonicalize(&file).unwrap_or(file.clone()).display().to_string();
            let program = match kiln_compiler::compile(&source, kiln_compiler::CompileOptions::default()) {
                Ok(p) => p,
                Err(d) => return report_diagnostic(&d, &name, &source, false),
            };
            let settings = RunSettings { script: false, max_call_depth: stack_depth };
            let module = match aot::build(&program, &source, &name, settings, ModuleOptions { names: names || wat, ..ModuleOptions::default() }) {
                Ok(m) => m,
                Err(code) => return code,
            };
            let out = output.unwrap_or_else(|| file.with_extension("wasm"));
            if let Err(e) = std::fs::write(&out, &module) {
                eprintln!("kiln: cannot write {}: {}", out.display(), e);
                return ExitCode::from(2);
            }
            if wat {
                let text = match kiln_compiler::wasm::link::to_wat(&module) {
                    Ok(t) => t,
                    Err(e) => {
                        eprintln!("kiln: cannot print the module: {e}");
                        return ExitCode::from(70);
                    }
                };
                let wat_path = out.with_extension("wat");
                if let Err(e) = std::fs::write(&wat_path, text) {
                    eprintln!("kiln: cannot write {}: {}", wat_path.display(), e);
                    return ExitCode::from(2);
                }
            }
            ExitCode::SUCCESS
        }
        Command::Run { file, engine, max_heap, timeout, test262, stack_depth, jit_threshold, trace_tier } => {
            let source = match read_source(&file) {
                Ok(s) => s,
                Err(code) => return code,
            };
            let name = std::fs::canonicalize(&file).unwrap_or(file.clone()).display().to_string();
            let compile_options = kiln_compiler::CompileOptions { script: test262 };
            let program = match kiln_compiler::compile(&source, compile_options) {
                Ok(p) => p,
                Err(d) => return report_diagnostic(&d, &name, &source, test262),
            };
            if engine == Engine::Wasm {
                return aot::run(&program, &source, &name, RunSettings { script: test262, max_call_depth: stack_depth }, timeout, max_heap);
            }
            let options = VmOptions { max_call_depth: stack_depth as usize, max_heap_bytes: max_heap.unwrap_or(0), script: test262, ..VmOptions::default() };
            let output = Box::new(ProcessOutput { out: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()) });
            let mut vm = Vm::new(program, &source, &name, output, options);
            match engine {
                Engine::Baseline => vm.enable_baseline(jit_threshold.unwrap_or(0), trace_tier),
                Engine::Jit => vm.enable_baseline(jit_threshold.unwrap_or(DEFAULT_JIT_THRESHOLD), trace_tier),
                Engine::Interp | Engine::Wasm => {}
            }
            if let Some(seconds) = timeout {
                let flag = vm.interrupt.clone();
                std::thread::spawn(move || {
                    std::thread::sleep(Duration::from_secs_f64(seconds));
                    flag.store(true, Ordering::Relaxed);
                });
            }
            let result = vm.run();
            vm.rt.output.flush();
            if std::env::var_os("KILN_GC_STATS").is_some() {
                let h = &vm.rt.heap;
                eprintln!(
                    "kiln gc: {} collections, {} cells high-water, {} live after last, threshold {}",
                    h.collections,
                    h.capacity_used(),
                    h.live_after_last_gc,
                    h.gc_threshold
                );
            }
            match result {
                Ok(()) => ExitCode::SUCCESS,
                Err(RunError::Uncaught(text)) => {
                    if test262 {
                        println!("{}", vm.test262_report());
                    }
                    eprintln!("{}", text);
                    ExitCode::from(1)
                }
                Err(RunError::Interrupted) => {
                    eprintln!("kiln: program stopped after the --timeout");
                    ExitCode::from(124)
                }
                Err(RunError::OutOfMemory) => {
                    eprintln!("kiln: JavaScript heap out of memory (over --max-heap)");
                    ExitCode::from(134)
                }
            }
        }
    }
}
