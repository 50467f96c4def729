//! The linker with a runtime that carries its relocations (what wasm-ld's
//! `--emit-relocs` leaves in runtime.wasm): table slots and static data
//! stay only when kept code or data takes their address, and relocation
//! information that does not match the module is not trusted.
//!
//! The fixture is built byte by byte so the relocation offsets are known:
//! `take_a` takes the address of `a` (slot 1); `use_vtable` loads a
//! function pointer to `b` (slot 2) from the data symbol `vtable` and calls
//! it; `msg_address` returns the address of the data symbol `msg`; the data
//! symbol `unused` is referred to by nothing.

use std::process::Command;

use kiln_compiler::wasm::link::{
    check_copied_bodies, link, reencoding_every_body, validate, Generated, GeneratedFunction, RuntimeModule,
};
use wasm_encoder::{
    ConstExpr, CustomSection, DataSymbolDefinition, ElementSection, Elements, ExportKind, ExportSection, Function,
    FunctionSection, Instruction, LinkingSection, MemorySection, MemoryType, Module, RawSection, RefType, SymbolTable,
    TableSection, TableType, TypeSection, ValType,
};
use wasmparser::{DataKind, ElementItems, ElementKind, Operator, Parser, Payload};

const DATA_ADDRESS: u32 = 1024;
/// "msg\0", "unused!!", then the vtable word: slot 2 (`b`).
const DATA: &[u8] = b"msg\0unused!!\x02\0\0\0";

fn padded_leb(value: u32) -> [u8; 5] {
    let mut out = [0u8; 5];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = ((value >> (7 * i)) & 0x7f) as u8 | if i < 4 { 0x80 } else { 0 };
    }
    out
}

fn leb(mut value: u32, out: &mut Vec<u8>) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

struct Reloc {
    ty: u8,
    offset: u32,
    symbol: u32,
    addend: Option<u32>,
}

fn reloc_section(name: &str, section_index: u32, relocs: &[Reloc]) -> Vec<u8> {
    let mut data = Vec::new();
    leb(section_index, &mut data);
    leb(relocs.len() as u32, &mut data);
    for reloc in relocs {
        data.push(reloc.ty);
        leb(reloc.offset, &mut data);
        leb(reloc.symbol, &mut data);
        if let Some(addend) = reloc.addend {
            leb(addend, &mut data);
        }
    }
    let mut module = Module::new();
    module.section(&CustomSection { name: name.into(), data: data.into() });
    module.finish()[8..].to_vec()
}

/// The relocatable fixture; `stored_slot` is what `take_a` holds for the
/// address of `a` (1 is right, anything else contradicts its relocation).
fn relocatable_runtime(stored_slot: u32) -> Vec<u8> {
    const TABLE_INDEX_SLEB: u8 = 1;
    const TABLE_INDEX_I32: u8 = 2;
    const MEMORY_ADDR_SLEB: u8 = 4;
    let vtable = DATA_ADDRESS + 12;

    // Function bodies: (body bytes, offset of the relocated immediate).
    let immediate = |prefix: &[u8], value: u32, suffix: &[u8]| {
        let mut body = vec![0x00]; // no locals
        body.extend_from_slice(prefix);
        let at = body.len();
        body.extend_from_slice(&padded_leb(value));
        body.extend_from_slice(suffix);
        body.push(0x0b);
        (body, Some(at))
    };
    let constant = |value: u8| (vec![0x00, 0x41, value, 0x0b], None);
    let bodies = [
        immediate(&[0x41], stored_slot, &[]),                      // take_a
        constant(10),                                              // a
        constant(20),                                              // b
        immediate(&[0x41], DATA_ADDRESS, &[]),                     // msg_address
        immediate(&[0x41], vtable, &[0x28, 0x02, 0x00, 0x11, 0x00, 0x00]), // use_vtable
    ];
    let mut code = Vec::new();
    leb(bodies.len() as u32, &mut code);
    let mut immediates = Vec::new();
    for (body, at) in &bodies {
        leb(body.len() as u32, &mut code);
        immediates.push(at.map(|at| (code.len() + at) as u32));
        code.extend_from_slice(body);
    }
    let mut data = vec![0x01, 0x00, 0x41, 0x80, 0x08, 0x0b];
    leb(DATA.len() as u32, &mut data);
    let data_start = data.len() as u32;
    data.extend_from_slice(DATA);

    let mut module = Module::new();
    let mut types = TypeSection::new();
    types.ty().function([], [ValType::I32]);
    module.section(&types); // section 0
    let mut functions = FunctionSection::new();
    for _ in &bodies {
        functions.function(0);
    }
    module.section(&functions); // 1
    let mut tables = TableSection::new();
    tables.table(TableType { element_type: RefType::FUNCREF, table64: false, minimum: 3, maximum: Some(3), shared: false });
    module.section(&tables); // 2
    let mut memories = MemorySection::new();
    memories.memory(MemoryType { minimum: 1, maximum: None, memory64: false, shared: false, page_size_log2: None });
    module.section(&memories); // 3
    let mut exports = ExportSection::new();
    exports.export("take_a", ExportKind::Func, 0).export("msg_address", ExportKind::Func, 3);
    exports.export("use_vtable", ExportKind::Func, 4);
    module.section(&exports); // 4
    let mut elements = ElementSection::new();
    elements.active(None, &ConstExpr::i32_const(1), Elements::Functions(vec![1, 2].into()));
    module.section(&elements); // 5
    module.section(&RawSection { id: 10, data: &code }); // 6: code
    module.section(&RawSection { id: 11, data: &data }); // 7: data

    let mut symbols = SymbolTable::new();
    for (index, name) in ["take_a", "a", "b", "msg_address", "use_vtable"].into_iter().enumerate() {
        symbols.function(0, index as u32, Some(name));
    }
    for (name, offset, size) in [("msg", 0, 4), ("unused", 4, 8), ("vtable", 12, 4)] {
        symbols.data(0, name, Some(DataSymbolDefinition { index: 0, offset, size }));
    }
    let mut linking = LinkingSection::new();
    linking.symbol_table(&symbols);
    module.section(&linking); // 8
    let mut bytes = module.finish();
    let code_relocs = [
        Reloc { ty: TABLE_INDEX_SLEB, offset: immediates[0].unwrap(), symbol: 1, addend: None },
        Reloc { ty: MEMORY_ADDR_SLEB, offset: immediates[3].unwrap(), symbol: 5, addend: Some(0) },
        Reloc { ty: MEMORY_ADDR_SLEB, offset: immediates[4].unwrap(), symbol: 7, addend: Some(0) },
    ];
    bytes.extend(reloc_section("reloc.CODE", 6, &code_relocs));
    let data_relocs = [Reloc { ty: TABLE_INDEX_I32, offset: data_start + 12, symbol: 2, addend: None }];
    bytes.extend(reloc_section("reloc.DATA", 7, &data_relocs));
    bytes
}

/// A program whose exported `answer` calls the runtime export `callee`.
fn calling(runtime: &RuntimeModule, callee: Option<&str>) -> Generated {
    let mut function = Function::new([]);
    match callee {
        Some(name) => function.instruction(&Instruction::Call(runtime.export_func(name).expect("exported"))),
        None => function.instruction(&Instruction::I32Const(0)),
    };
    function.instruction(&Instruction::End);
    Generated {
        functions: vec![GeneratedFunction {
            params: vec![],
            results: vec![ValType::I32],
            body: function.into_raw_body(),
            name: "answer".into(),
        }],
        exports: vec![("answer".into(), 0)],
        ..Generated::default()
    }
}

/// What survived: (active element segments as (offset, function count),
/// active data segments as (address, bytes), number of functions).
#[derive(Debug, PartialEq)]
struct Kept {
    elements: Vec<(u32, usize)>,
    data: Vec<(u32, Vec<u8>)>,
    functions: usize,
}

fn offset(expression: &wasmparser::ConstExpr) -> u32 {
    match expression.get_operators_reader().read().unwrap() {
        Operator::I32Const { value } => value as u32,
        other => panic!("offset {other:?}"),
    }
}

fn link_calling(stored_slot: u32, callee: Option<&str>) -> (Vec<u8>, Kept) {
    let bytes = relocatable_runtime(stored_slot);
    let runtime = RuntimeModule::parse(&bytes).expect("the fixture is a valid module");
    let module = link(&runtime, &calling(&runtime, callee)).expect("links");
    validate(&module).expect("valid");
    let mut kept = Kept { elements: Vec::new(), data: Vec::new(), functions: 0 };
    for payload in Parser::new(0).parse_all(&module) {
        match payload.unwrap() {
            Payload::ElementSection(reader) => {
                for element in reader {
                    let element = element.unwrap();
                    let ElementKind::Active { offset_expr, .. } = element.kind else { continue };
                    let ElementItems::Functions(functions) = element.items else { panic!("function list") };
                    kept.elements.push((offset(&offset_expr), functions.count() as usize));
                }
            }
            Payload::DataSection(reader) => {
                for segment in reader {
                    let segment = segment.unwrap();
                    let DataKind::Active { offset_expr, .. } = segment.kind else { continue };
                    kept.data.push((offset(&offset_expr), segment.data.to_vec()));
                }
            }
            Payload::FunctionSection(reader) => kept.functions = reader.count() as usize,
            Payload::CustomSection(reader) => {
                assert!(!reader.name().starts_with("reloc.") && reader.name() != "linking", "{}", reader.name())
            }
            _ => {}
        }
    }
    (module, kept)
}

#[test]
fn nothing_called_keeps_no_slot_and_no_data() {
    let (_, kept) = link_calling(1, None);
    assert_eq!(kept, Kept { elements: vec![], data: vec![], functions: 1 });
}

#[test]
fn a_taken_address_keeps_that_slot_only() {
    let (_, kept) = link_calling(1, Some("take_a"));
    // take_a, a (slot 1) and answer; b's slot 2 stays empty.
    assert_eq!(kept, Kept { elements: vec![(1, 1)], data: vec![], functions: 3 });
}

#[test]
fn addressed_data_keeps_its_bytes_without_the_zeros() {
    let (_, kept) = link_calling(1, Some("msg_address"));
    assert_eq!(kept, Kept { elements: vec![], data: vec![(DATA_ADDRESS, b"msg".to_vec())], functions: 2 });
}

#[test]
fn pointers_stored_in_kept_data_keep_their_slots() {
    let (module, kept) = link_calling(1, Some("use_vtable"));
    // use_vtable, b (through the vtable word) and answer.
    let word = vec![2]; // the zeros after it are memory's own
    assert_eq!(kept, Kept { elements: vec![(2, 1)], data: vec![(DATA_ADDRESS + 12, word)], functions: 3 });
    if let Some(answer) = run_answer(&module) {
        assert_eq!(answer, "20");
    }
}

#[test]
fn relocations_that_contradict_the_module_are_not_trusted() {
    // take_a holds slot 2 where its relocation says slot 1 (a): the linker
    // falls back to keeping the whole table and all data.
    let (_, kept) = link_calling(2, Some("take_a"));
    assert_eq!(kept.elements, vec![(1, 2)]);
    assert_eq!(kept.data, vec![(DATA_ADDRESS, DATA.to_vec())]);
    assert_eq!(kept.functions, 4, "take_a, a and b (table roots), answer");
}

/// A runtime whose `caller` calls `callee` (function 1) through a padded
/// index, after an `unused` function 0 that linking drops, so the call
/// must be renumbered. The call's function-index relocation names
/// function symbol `reloc_symbol` (1 is right); `None` leaves it out.
fn runtime_with_a_call(reloc_symbol: Option<u32>) -> Vec<u8> {
    const FUNCTION_INDEX_LEB: u8 = 0;
    let bodies: [Vec<u8>; 3] = [
        vec![0x00, 0x41, 7, 0x0b],  // unused
        vec![0x00, 0x41, 42, 0x0b], // callee
        [&[0x00, 0x10][..], &padded_leb(1), &[0x0b]].concat(), // caller
    ];
    let mut code = Vec::new();
    leb(bodies.len() as u32, &mut code);
    let mut call_at = 0;
    for (index, body) in bodies.iter().enumerate() {
        leb(body.len() as u32, &mut code);
        if index == 2 {
            call_at = (code.len() + 2) as u32;
        }
        code.extend_from_slice(body);
    }
    let mut module = Module::new();
    let mut types = TypeSection::new();
    types.ty().function([], [ValType::I32]);
    module.section(&types); // section 0
    let mut functions = FunctionSection::new();
    for _ in &bodies {
        functions.function(0);
    }
    module.section(&functions); // 1
    let mut exports = ExportSection::new();
    exports.export("unused", ExportKind::Func, 0).export("caller", ExportKind::Func, 2);
    module.section(&exports); // 2
    module.section(&RawSection { id: 10, data: &code }); // 3: code
    let mut symbols = SymbolTable::new();
    for (index, name) in ["unused", "callee", "caller"].into_iter().enumerate() {
        symbols.function(0, index as u32, Some(name));
    }
    let mut linking = LinkingSection::new();
    linking.symbol_table(&symbols);
    module.section(&linking); // 4
    let mut bytes = module.finish();
    let relocs: Vec<Reloc> = reloc_symbol
        .map(|symbol| Reloc { ty: FUNCTION_INDEX_LEB, offset: call_at, symbol, addend: None })
        .into_iter()
        .collect();
    bytes.extend(reloc_section("reloc.CODE", 3, &relocs));
    bytes
}

/// Links `answer` calling the runtime's `caller`, both ways: copying
/// bodies and re-encoding them.
fn link_caller(runtime_bytes: &[u8]) -> (Vec<u8>, Vec<u8>) {
    let runtime = RuntimeModule::parse(runtime_bytes).expect("the fixture is a valid module");
    let generated = calling(&runtime, Some("caller"));
    let copied = link(&runtime, &generated).expect("links");
    let reencoded = reencoding_every_body(|| link(&runtime, &generated)).expect("links");
    validate(&copied).expect("valid");
    (copied, reencoded)
}

#[test]
fn a_relocated_call_is_renumbered_in_a_copied_body() {
    let bytes = runtime_with_a_call(Some(1));
    let runtime = RuntimeModule::parse(&bytes).unwrap();
    assert_eq!(check_copied_bodies(&runtime), Ok(3));
    let (copied, reencoded) = link_caller(&bytes);
    assert_eq!(copied, reencoded, "the copy is the re-encoded module");
    if let Some(answer) = run_answer(&copied) {
        assert_eq!(answer, "42");
    }
}

#[test]
fn a_call_without_its_relocation_fails_the_check() {
    let bytes = runtime_with_a_call(None);
    let runtime = RuntimeModule::parse(&bytes).unwrap();
    let error = check_copied_bodies(&runtime).expect_err("the call has no relocation");
    assert!(error.message().contains("no function-index relocation"), "{error}");
}

#[test]
fn a_relocation_naming_another_function_makes_bodies_re_encoded() {
    // The relocation says `unused` where the call holds `callee`: the
    // bodies are not copied, and the call is still renumbered right.
    let bytes = runtime_with_a_call(Some(0));
    let runtime = RuntimeModule::parse(&bytes).unwrap();
    assert!(check_copied_bodies(&runtime).is_err());
    let (copied, reencoded) = link_caller(&bytes);
    assert_eq!(copied, reencoded);
    if let Some(answer) = run_answer(&copied) {
        assert_eq!(answer, "42");
    }
}

/// `answer()` of a module without imports, run by node; `None` when node
/// is missing.
fn run_answer(module: &[u8]) -> Option<String> {
    // One directory per call: tests run in parallel in this process.
    static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let call = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let directory = std::env::temp_dir().join(format!("kiln-link-relocs-{}-{call}", std::process::id()));
    std::fs::create_dir_all(&directory).unwrap();
    let path = directory.join("answer.wasm");
    std::fs::write(&path, module).unwrap();
    let script = "const bytes = require('fs').readFileSync(process.argv[1]);\
                  WebAssembly.instantiate(bytes, {}).then(({ instance }) => console.log(instance.exports.answer()));";
    let output = Command::new("node").arg("-e").arg(script).arg(&path).output();
    let _ = std::fs::remove_dir_all(&directory);
    let output = match output {
        Ok(output) => output,
        Err(error) => {
            eprintln!("node is not available ({error}): not running the linked module");
            return None;
        }
    };
    assert!(output.status.success(), "node failed: {}", String::from_utf8_lossy(&output.stderr));
    Some(String::from_utf8(output.stdout).unwrap().trim().to_string())
}
