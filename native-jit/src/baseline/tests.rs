//! The baseline compiler on whole programs: every function compiles, and
//! compiled code prints what the interpreter prints.

use crate::tiering::TierState;
use crate::vm::{Vm, VmOptions};
use kiln_runtime::host::{BufferOutput, Output};
use std::cell::RefCell;
use std::rc::Rc;

/// Output shared with the test after the VM is gone.
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

fn vm(source: &str) -> (Vm, Shared) {
    let program = kiln_compiler::compile(source, kiln_compiler::CompileOptions::default()).expect("the test program compiles");
    let out = Shared::default();
    (Vm::new(program, source, "test.js", Box::new(out.clone()), VmOptions::default()), out)
}

/// stdout of `source` run by the interpreter, and with the baseline tier at `threshold`.
fn both(source: &str, threshold: u32) -> (String, String) {
    let (mut interp, interp_out) = vm(source);
    interp.run().expect("runs in the interpreter");
    let (mut jit, jit_out) = vm(source);
    jit.enable_baseline(threshold, false);
    jit.run().expect("runs with the baseline tier");
    let text = |o: &Shared| String::from_utf8_lossy(&o.0.borrow().out).into_owned();
    (text(&interp_out), text(&jit_out))
}

const PROGRAM: &str = r#"
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
function Point(x, y) { this.x = x; this.y = y; }
Point.prototype.norm = function () { return Math.sqrt(this.x * this.x + this.y * this.y); };
let total = 0;
for (let i = 0; i < 200; i++) { const p = new Point(i, i + 1); total += p.norm() | 0; }
function safe(f) { try { return f(); } catch (e) { return 'caught ' + e.message; } finally { total++; } }
console.log(fib(15), total, safe(() => null.x), safe(() => 2 ** 31 + 1));
const counters = [0, 0];
[1, 2, 3, 4].forEach((v) => { counters[v % 2] += v; });
console.log(counters.join(), total);
"#;

#[test]
fn every_function_compiles() {
    let (mut vm, _) = vm(PROGRAM);
    for func in 0..vm.program.functions.len() as u32 {
        if let Err(e) = vm.compile_baseline(func) {
            panic!("function {func} did not compile: {e}");
        }
    }
    assert!(vm.tiering.state.iter().all(|s| matches!(s, TierState::Compiled(_))));
}

#[test]
fn compiled_code_prints_what_the_interpreter_prints() {
    for threshold in [0, 1, 3] {
        let (interp, jit) = both(PROGRAM, threshold);
        assert_eq!(interp, jit, "threshold {threshold}");
        assert!(interp.starts_with("610 "), "{interp}");
    }
}

#[test]
fn functions_tier_up_after_the_threshold_only() {
    let source = "function hot(x) { return x + 1; }\nfunction cold() { return 0; }\nlet s = cold();\nfor (let i = 0; i < 20; i++) s = hot(s);\nconsole.log(s);\n";
    let (mut vm, out) = vm(source);
    vm.enable_baseline(5, false);
    vm.run().expect("runs");
    assert_eq!(String::from_utf8_lossy(&out.0.borrow().out), "20\n");
    let state = |name: &str| {
        let f = vm.program.functions.iter().position(|f| vm.program.atoms.text(f.name) == name).expect("function");
        vm.tiering.state[f]
    };
    assert!(matches!(state("hot"), TierState::Compiled(_)), "hot: {:?}", state("hot"));
    assert_eq!(state("cold"), TierState::Interpreted);
    assert_eq!(vm.tiering.state[kiln_compiler::bytecode::Program::MAIN as usize], TierState::Interpreted, "main runs once");
}

#[test]
fn the_interrupt_flag_stops_a_compiled_loop() {
    let (mut vm, _) = vm("let i = 0; while (true) { i++; }");
    vm.enable_baseline(0, false);
    let flag = vm.interrupt.clone();
    let stopper = std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(50));
        flag.store(true, std::sync::atomic::Ordering::Relaxed);
    });
    assert!(matches!(vm.run(), Err(crate::vm::RunError::Interrupted)));
    stopper.join().expect("the stopper thread");
}
