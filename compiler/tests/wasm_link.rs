//! The AOT linker end to end: a runtime-like module written in WAT, merged
//! with generated functions that call it by absolute index, checked by the
//! validator, by counting what survives reachability, and by running the
//! result under node's WASI.

use std::path::PathBuf;
use std::process::Command;

use kiln_compiler::wasm::link::{
    function_count, link, to_wat, validate, Generated, GeneratedFunction, RuntimeModule,
};
use wasm_encoder::{Function, Instruction, MemArg, ValType};
use wasmparser::{ElementItems, ElementKind, ExternalKind, Parser, Payload};

/// A stand-in for runtime.wasm with what rustc's cdylib output has: WASI
/// imports, a memory, `__stack_pointer`, a table filled by an element
/// segment, an active data segment, and exported functions calling each other.
const RUNTIME_WAT: &str = r#"
(module
  (type $unary (func (param i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
  (memory $memory 1)
  (export "memory" (memory $memory))
  (global $__stack_pointer (mut i32) (i32.const 65536))
  (table 2 2 funcref)
  (elem (i32.const 1) $double)
  (data (i32.const 1024) "hi from runtime\n")

  (func $double (export "double") (type $unary)
    local.get 0
    i32.const 2
    i32.mul)
  (func $add (export "add") (param i32 i32) (result i32)
    local.get 0
    local.get 1
    i32.add)
  (func $add_twice (export "add_twice") (param $a i32) (param $b i32) (result i32)
    local.get $a
    local.get $b
    call $add
    local.get $b
    call $add)
  (func $write (export "write") (param $ptr i32) (param $len i32) (result i32)
    (local $iov i32) (local $errno i32)
    global.get $__stack_pointer
    i32.const 16
    i32.sub
    local.tee $iov
    global.set $__stack_pointer
    local.get $iov
    local.get $ptr
    i32.store
    local.get $iov
    local.get $len
    i32.store offset=4
    i32.const 1
    local.get $iov
    i32.const 1
    local.get $iov
    i32.const 8
    i32.add
    call $fd_write
    local.set $errno
    local.get $iov
    i32.const 16
    i32.add
    global.set $__stack_pointer
    local.get $errno)
  (func $unused_a (export "unused_a") (result i32)
    call $unused_b
    i32.const 1
    i32.add)
  (func $unused_b (export "unused_b") (result i32)
    i32.const 41)
  (func $call_pointer (export "call_pointer") (param $pointer i32) (param $argument i32) (result i32)
    local.get $argument
    local.get $pointer
    call_indirect (type $unary))
  (func $exit (export "exit") (param i32)
    local.get 0
    call $proc_exit)
)
"#;

const RUNTIME_FUNCTIONS: u32 = 10;
const GREETING: &[u8] = b"hello from generated code\n";

fn runtime_bytes() -> Vec<u8> {
    wat::parse_str(RUNTIME_WAT).expect("the fixture is valid WAT")
}

fn body(locals: &[(u32, ValType)], instructions: &[Instruction]) -> Vec<u8> {
    let mut function = Function::new(locals.iter().copied());
    for instruction in instructions {
        function.instruction(instruction);
    }
    function.instruction(&Instruction::End);
    function.into_raw_body()
}

fn generated_function(name: &str, params: &[ValType], results: &[ValType], body: Vec<u8>) -> GeneratedFunction {
    GeneratedFunction { params: params.to_vec(), results: results.to_vec(), body, name: name.to_string() }
}

/// Generated code written the way the code generator will: runtime entry
/// points found by export name, own functions at `func_count() + i`, the
/// table entry at `table_base()`, the passive segment at `data_count()`.
fn program(runtime: &RuntimeModule) -> Generated {
    let runtime_function = |name: &str| runtime.export_func(name).expect("the runtime exports it");
    let generated = |index: u32| runtime.func_count() + index;
    let greeting_length = GREETING.len() as i32;
    let start = body(
        &[],
        &[
            Instruction::I32Const(2048),
            Instruction::I32Const(0),
            Instruction::I32Const(greeting_length),
            Instruction::MemoryInit { mem: 0, data_index: runtime.data_count() },
            Instruction::DataDrop(runtime.data_count()),
            Instruction::I32Const(1024),
            Instruction::I32Const(16),
            Instruction::Call(runtime_function("write")),
            Instruction::Drop,
            Instruction::I32Const(2048),
            Instruction::I32Const(greeting_length),
            Instruction::Call(runtime_function("write")),
            Instruction::Drop,
        ],
    );
    // triple(x) = add(double(x), x), called by the runtime through the table.
    let triple = body(
        &[],
        &[
            Instruction::LocalGet(0),
            Instruction::Call(runtime_function("double")),
            Instruction::LocalGet(0),
            Instruction::Call(runtime_function("add")),
        ],
    );
    let unused = body(&[], &[Instruction::Call(runtime_function("unused_a"))]);
    // answer() = add_twice(call_pointer(&triple, 4), 15) = 12 + 15 + 15.
    let answer = body(
        &[(1, ValType::I32)],
        &[
            Instruction::RefFunc(generated(4)),
            Instruction::Drop,
            Instruction::I32Const(runtime.table_base() as i32),
            Instruction::I32Const(4),
            Instruction::Call(runtime_function("call_pointer")),
            Instruction::LocalSet(0),
            Instruction::LocalGet(0),
            Instruction::I32Const(15),
            Instruction::Call(runtime_function("add_twice")),
        ],
    );
    let only_referenced = body(&[], &[Instruction::I32Const(7)]);
    Generated {
        functions: vec![
            generated_function("_start", &[], &[], start),
            generated_function("triple", &[ValType::I32], &[ValType::I32], triple),
            generated_function("unused_generated", &[], &[ValType::I32], unused),
            generated_function("answer", &[], &[ValType::I32], answer),
            generated_function("only_referenced", &[], &[ValType::I32], only_referenced),
        ],
        table_entries: vec![1],
        passive_data: vec![GREETING.to_vec()],
        exports: vec![("_start".to_string(), 0), ("answer".to_string(), 3)],
    }
}

fn linked_program() -> Vec<u8> {
    let bytes = runtime_bytes();
    let runtime = RuntimeModule::parse(&bytes).expect("the fixture parses");
    link(&runtime, &program(&runtime)).expect("the program links")
}

#[test]
fn runtime_module_answers_the_code_generators_questions() {
    let bytes = runtime_bytes();
    let runtime = RuntimeModule::parse(&bytes).unwrap();
    assert_eq!(runtime.func_count(), RUNTIME_FUNCTIONS);
    assert_eq!(runtime.export_func("double"), Some(2));
    assert_eq!(runtime.export_func("exit"), Some(9));
    assert_eq!(runtime.export_func("memory"), None);
    assert_eq!(runtime.func_type(3), Some((vec![ValType::I32, ValType::I32], vec![ValType::I32])));
    assert_eq!(runtime.func_type(1), Some((vec![ValType::I32], vec![])));
    assert_eq!(runtime.func_type(RUNTIME_FUNCTIONS), None);
    assert_eq!(runtime.type_index(&[ValType::I32], &[ValType::I32]), Some(0));
    assert_eq!(runtime.table_base(), 2);
    assert_eq!(runtime.data_count(), 1);
    assert_eq!(runtime.global_count(), 1);
}

#[test]
fn linked_module_validates() {
    validate(&linked_program()).unwrap();
}

#[test]
fn unreachable_functions_are_dropped() {
    let module = linked_program();
    // Kept: 2 imports, double (element), add, add_twice, write, call_pointer;
    // _start, triple, answer, only_referenced. Dropped: unused_a, unused_b,
    // exit and unused_generated.
    assert_eq!(function_count(&module).unwrap(), 11);
    let wat = to_wat(&module).unwrap();
    for kept in ["$double", "$add_twice", "$call_pointer", "$_start", "$triple", "$answer", "$only_referenced"] {
        assert!(wat.contains(&format!("(func {kept} ")), "{kept} is missing:\n{wat}");
    }
    for dropped in ["unused_a", "unused_b", "$exit", "unused_generated"] {
        assert!(!wat.contains(dropped), "{dropped} is still there:\n{wat}");
    }
    assert!(wat.contains("(import \"wasi_snapshot_preview1\" \"proc_exit\""), "imports stay:\n{wat}");
}

#[test]
fn only_memory_and_generated_exports_remain() {
    let module = linked_program();
    let mut exports = Vec::new();
    for payload in Parser::new(0).parse_all(&module) {
        if let Payload::ExportSection(reader) = payload.unwrap() {
            for export in reader {
                let export = export.unwrap();
                exports.push((export.name.to_string(), export.kind));
            }
        }
    }
    assert_eq!(
        exports,
        [
            ("memory".to_string(), ExternalKind::Memory),
            ("_start".to_string(), ExternalKind::Func),
            ("answer".to_string(), ExternalKind::Func),
        ]
    );
}

#[test]
fn table_grows_by_the_generated_entries() {
    let module = linked_program();
    let mut table_limits = None;
    let mut active_segments = Vec::new();
    let mut declared = Vec::new();
    for payload in Parser::new(0).parse_all(&module) {
        match payload.unwrap() {
            Payload::TableSection(reader) => {
                let table = reader.into_iter().next().unwrap().unwrap();
                table_limits = Some((table.ty.initial, table.ty.maximum));
            }
            Payload::ElementSection(reader) => {
                for element in reader {
                    let element = element.unwrap();
                    let ElementItems::Functions(functions) = element.items else { panic!("function list") };
                    let functions: Vec<u32> = functions.into_iter().map(Result::unwrap).collect();
                    match element.kind {
                        ElementKind::Active { .. } => active_segments.push(functions),
                        ElementKind::Declared => declared.extend(functions),
                        ElementKind::Passive => panic!("no passive segment expected"),
                    }
                }
            }
            _ => {}
        }
    }
    assert_eq!(table_limits, Some((3, Some(3))));
    // double keeps index 2; triple is the first generated function after
    // the 5 runtime functions kept before it, _start: 7, triple: 8.
    assert_eq!(active_segments, [vec![2], vec![8]]);
    assert_eq!(declared, [10], "only_referenced is declared for ref.func");
}

#[test]
fn identical_generated_types_reuse_existing_ones() {
    let module = linked_program();
    let mut type_count = 0;
    for payload in Parser::new(0).parse_all(&module) {
        if let Payload::TypeSection(reader) = payload.unwrap() {
            type_count = reader.into_iter().count();
        }
    }
    let runtime_types = {
        let bytes = runtime_bytes();
        RuntimeModule::parse(&bytes).unwrap().type_count() as usize
    };
    // Only () -> () is new: (i32) -> i32 and () -> i32 are runtime types.
    assert_eq!(type_count, runtime_types + 1);
}

#[test]
fn linked_module_runs_under_node() {
    let Some(output) = run_under_node(&linked_program()) else { return };
    assert_eq!(output, "hi from runtime\nhello from generated code\nanswer 42\n");
}

#[test]
fn runtime_without_table_or_data_gets_them() {
    let runtime_wat = r#"(module
        (memory (export "memory") 1)
        (func (export "forty") (result i32) i32.const 40))"#;
    let bytes = wat::parse_str(runtime_wat).unwrap();
    let runtime = RuntimeModule::parse(&bytes).unwrap();
    assert_eq!((runtime.table_base(), runtime.data_count(), runtime.global_count()), (0, 0, 0));
    let forty = runtime.export_func("forty").unwrap();
    let two = body(&[], &[Instruction::I32Const(2)]);
    let sum = body(
        &[],
        &[
            Instruction::I32Const(0),
            Instruction::I32Const(0),
            Instruction::I32Const(1),
            Instruction::MemoryInit { mem: 0, data_index: 0 },
            Instruction::I32Const(0),
            Instruction::I32Load8U(MemArg { offset: 0, align: 0, memory_index: 0 }),
            Instruction::Call(forty),
            Instruction::I32Add,
            Instruction::I32Const(0),
            Instruction::CallIndirect { type_index: 0, table_index: 0 },
            Instruction::I32Add,
        ],
    );
    let generated = Generated {
        functions: vec![
            generated_function("two", &[], &[ValType::I32], two),
            generated_function("sum", &[], &[ValType::I32], sum),
        ],
        table_entries: vec![0],
        passive_data: vec![vec![0]],
        exports: vec![("answer".to_string(), 1)],
    };
    let module = link(&runtime, &generated).unwrap();
    validate(&module).unwrap();
    assert!(to_wat(&module).unwrap().contains("(table (;0;) 1 1 funcref)"));
    let script_tail = "console.log('answer', instance.exports.answer());";
    let Some(output) = run_script_under_node(&module, script_tail) else { return };
    assert_eq!(output, "answer 42\n");
}

#[test]
fn start_function_and_target_features_survive_producers_does_not() {
    let runtime_wat = r#"(module
        (@custom "producers" "\01\08language\01\04Rust\00")
        (@custom "target_features" "\01\2b\08sign-ext")
        (global $initialized (mut i32) (i32.const 0))
        (func $init (global.set $initialized (i32.const 1)))
        (func $dead (export "dead") (global.set $initialized (i32.const 2)))
        (start $init))"#;
    let bytes = wat::parse_str(runtime_wat).unwrap();
    let runtime = RuntimeModule::parse(&bytes).unwrap();
    let module = link(&runtime, &Generated::default()).unwrap();
    validate(&module).unwrap();
    assert_eq!(function_count(&module).unwrap(), 1);
    let mut custom_sections = Vec::new();
    let mut start = None;
    for payload in Parser::new(0).parse_all(&module) {
        match payload.unwrap() {
            Payload::CustomSection(reader) => custom_sections.push(reader.name().to_string()),
            Payload::StartSection { func, .. } => start = Some(func),
            _ => {}
        }
    }
    assert_eq!(start, Some(0));
    assert_eq!(custom_sections, ["name", "target_features"]);
}

#[test]
fn to_wat_prints_the_linked_module_with_names() {
    let wat = to_wat(&linked_program()).unwrap();
    if std::env::var_os("KILN_PRINT_WAT").is_some() {
        println!("{wat}");
    }
    assert!(wat.starts_with("(module"), "{wat}");
    assert!(wat.contains("(export \"answer\" (func $answer))"), "{wat}");
    assert!(wat.contains("(global $__stack_pointer"), "{wat}");
}

#[test]
fn malformed_modules_are_errors_not_panics() {
    assert!(RuntimeModule::parse(b"").is_err());
    assert!(RuntimeModule::parse(b"\0asm\x01\0\0\0\x01\xff").is_err());
    assert!(to_wat(b"not wasm").is_err());
    assert!(validate(b"\0asm\x02\0\0\0").is_err());
    let bytes = runtime_bytes();
    let mut rejected_prefixes = 0;
    for length in 0..bytes.len() {
        // A prefix that ends between two sections is a smaller valid module.
        rejected_prefixes += usize::from(link_if_parsed(&bytes[..length]).is_err());
        let _ = to_wat(&bytes[..length]);
    }
    assert!(rejected_prefixes > bytes.len() * 9 / 10, "{rejected_prefixes} of {}", bytes.len());
    // Flipped bytes: parsing may succeed (a changed constant), linking must not panic.
    for position in 8..bytes.len() {
        let mut corrupted = bytes.clone();
        corrupted[position] ^= 0x5a;
        let _ = link_if_parsed(&corrupted);
    }
}

/// Parses a runtime and links an empty program to it; the result validates.
fn link_if_parsed(bytes: &[u8]) -> Result<(), String> {
    let runtime = RuntimeModule::parse(bytes).map_err(|error| error.to_string())?;
    let module = link(&runtime, &Generated::default()).map_err(|error| error.to_string())?;
    validate(&module).unwrap();
    Ok(())
}

#[test]
fn malformed_generated_code_is_an_error() {
    let bytes = runtime_bytes();
    let runtime = RuntimeModule::parse(&bytes).unwrap();
    let with = |function: GeneratedFunction, exports: Vec<(String, u32)>| Generated {
        functions: vec![function],
        exports,
        ..Generated::default()
    };
    let exported = || vec![("run".to_string(), 0)];

    let garbage = generated_function("garbage", &[], &[], vec![0xff, 0xff, 0xff]);
    assert!(link(&runtime, &with(garbage, exported())).is_err());

    let far_call = body(&[], &[Instruction::Call(1000)]);
    let error = link(&runtime, &with(generated_function("far", &[], &[], far_call), exported())).unwrap_err();
    assert!(error.to_string().contains("far"), "{error}");

    let fine = || generated_function("fine", &[], &[], body(&[], &[]));
    assert!(link(&runtime, &with(fine(), vec![("run".to_string(), 5)])).is_err());
    assert!(link(&runtime, &with(fine(), vec![("memory".to_string(), 0)])).is_err());
    let out_of_range_entry = Generated { table_entries: vec![3], ..with(fine(), exported()) };
    assert!(link(&runtime, &out_of_range_entry).is_err());

    // Well-formed but ill-typed: the debug build's validation catches it.
    let ill_typed = body(&[], &[Instruction::I32Const(1)]);
    let linked = link(&runtime, &with(generated_function("ill", &[], &[], ill_typed), exported()));
    if cfg!(debug_assertions) {
        assert!(linked.is_err());
    } else {
        assert!(validate(&linked.unwrap()).is_err());
    }
}

/// Runs the module's `_start` under node's WASI and prints `answer()`;
/// `None` (after a note) when node is missing.
fn run_under_node(module: &[u8]) -> Option<String> {
    run_script_under_node(module, "wasi.start(instance);\nconsole.log('answer', instance.exports.answer());")
}

fn run_script_under_node(module: &[u8], script_tail: &str) -> Option<String> {
    let directory = scratch_directory();
    let module_path = directory.join("linked.wasm");
    let script_path = directory.join("run.mjs");
    std::fs::write(&module_path, module).unwrap();
    let script = format!(
        "import {{ readFileSync }} from 'node:fs';\n\
         import {{ WASI }} from 'node:wasi';\n\
         const wasi = new WASI({{ version: 'preview1', returnOnExit: true }});\n\
         const bytes = readFileSync(process.argv[2]);\n\
         const {{ instance }} = await WebAssembly.instantiate(bytes, wasi.getImportObject());\n\
         {script_tail}\n"
    );
    std::fs::write(&script_path, script).unwrap();
    let output = match Command::new("node").arg("--no-warnings").arg(&script_path).arg(&module_path).output() {
        Ok(output) => output,
        Err(error) => {
            eprintln!("node is not available ({error}): not running the linked module");
            return None;
        }
    };
    let _ = std::fs::remove_dir_all(&directory);
    assert!(output.status.success(), "node failed: {}", String::from_utf8_lossy(&output.stderr));
    Some(String::from_utf8(output.stdout).unwrap())
}

fn scratch_directory() -> PathBuf {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let directory = std::env::temp_dir().join(format!(
        "kiln-wasm-link-{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&directory).unwrap();
    directory
}
