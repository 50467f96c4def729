//! What the interpreter records while it runs (the feedback the JIT tiers
//! will speculate on): inline-cache states at property sites, operand types
//! at arithmetic sites, callees at call sites, invocation and back-edge
//! counts. Each test runs a small program and reads the feedback of one
//! site, found by the instruction that owns it.

use kiln_compiler::bytecode::{Op, Program};
use kiln_compiler::{compile, CompileOptions};
use kiln_native_jit::{Callee, Slot, Vm, VmOptions};
use kiln_runtime::host::BufferOutput;

/// Runs `source` and returns the VM (for its feedback) and the program.
fn run(source: &str) -> (Vm, Program) {
    let program = compile(source, CompileOptions::default()).expect("compiles");
    let mut vm = Vm::new(program.clone(), source, "test.js", Box::new(BufferOutput::default()), VmOptions::default());
    vm.run().expect("runs without an uncaught exception");
    (vm, program)
}

/// The function named `name`.
fn function(program: &Program, name: &str) -> u32 {
    (0..program.functions.len() as u32)
        .find(|&f| program.atoms.text(program.functions[f as usize].name) == name)
        .unwrap_or_else(|| panic!("no function {name}"))
}

/// The feedback slot of the `nth` instruction of `func` that `pick` accepts.
fn site(vm: &Vm, program: &Program, func: u32, nth: usize, pick: impl Fn(&Op) -> Option<u32>) -> Slot {
    let fb = program.functions[func as usize].code.iter().filter_map(pick).nth(nth).expect("site exists");
    *vm.feedback.slot(func, fb)
}

fn call_site(op: &Op) -> Option<u32> {
    match *op {
        Op::Call { fb, .. } => Some(fb),
        _ => None,
    }
}

fn get_named_site(op: &Op) -> Option<u32> {
    match *op {
        Op::GetNamed { fb, .. } => Some(fb),
        _ => None,
    }
}

#[test]
fn call_sites_record_their_bytecode_callee() {
    let (vm, program) = run(
        "function one() { return 1 }\nfunction two() { return 2 }\n\
         function callOne(f) { return f() }\nfunction callAny(f) { return f() }\n\
         for (let i = 0; i < 10; i++) { callOne(one); callAny(i % 2 ? one : two) }\n\
         function never(f) { return f() }",
    );
    let one = function(&program, "one");
    assert_eq!(site(&vm, &program, function(&program, "callOne"), 0, call_site).callee, Callee::Monomorphic(one));
    assert_eq!(site(&vm, &program, function(&program, "callAny"), 0, call_site).callee, Callee::Megamorphic);
    assert_eq!(site(&vm, &program, function(&program, "never"), 0, call_site).callee, Callee::None);
}

#[test]
fn invocations_and_back_edges_are_counted() {
    let (vm, program) = run("function f(n) { let s = 0; for (let i = 0; i < n; i++) s += i; return s }\nf(5); f(7); f(0);");
    let f = function(&program, "f") as usize;
    assert_eq!(vm.feedback.counters[f].invocations, 3);
    assert_eq!(vm.feedback.counters[f].backedges, 12);
}

#[test]
fn property_sites_go_from_monomorphic_to_megamorphic() {
    let (vm, program) = run(
        "function getX(o) { return o.x }\n\
         function mono() { for (let i = 0; i < 5; i++) getX({ x: i }) }\n\
         function readPoly(o) { return o.x }\nfunction readMega(o) { return o.x }\n\
         mono();\n\
         const shapes = [{ x: 1 }, { a: 0, x: 1 }, { b: 0, x: 1 }, { c: 0, x: 1 }, { d: 0, x: 1 }];\n\
         for (const o of shapes.slice(0, 3)) readPoly(o);\n\
         for (const o of shapes) readMega(o);",
    );
    assert_eq!(site(&vm, &program, function(&program, "getX"), 0, get_named_site).state(), "monomorphic");
    assert_eq!(site(&vm, &program, function(&program, "readPoly"), 0, get_named_site).state(), "polymorphic");
    assert_eq!(site(&vm, &program, function(&program, "readMega"), 0, get_named_site).state(), "megamorphic");
}
