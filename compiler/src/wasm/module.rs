//! A whole program → one self-contained WASI module: every bytecode
//! function compiled, the program image (bytecode, source text, file name)
//! as a passive data segment, a `_start` that hands the image to the
//! runtime, all merged with runtime.wasm by the linker.

use super::abi::{ALLOC, FLUSH, MAIN};
use super::calls::{entry_stub, STUB_PARAMS};
use super::codegen::{compile_function, Imports};
use super::link::{link, Generated, GeneratedFunction, LinkError, RuntimeModule};
use crate::bytecode::Program;
use wasm_encoder::{Function, ValType};

/// Compiles `program` (with its encoded `image`) against `runtime_wasm`.
pub fn build_module(program: &Program, image: Vec<u8>, runtime_wasm: &[u8]) -> Result<Vec<u8>, LinkError> {
    let runtime = RuntimeModule::parse(runtime_wasm)?;
    let count = program.functions.len() as u32;
    let imports = Imports::resolve(&runtime, count)?;
    let find = |name: &str| runtime.export_func(name).ok_or_else(|| LinkError::new(format!("runtime.wasm lacks the export `{name}`")));
    let (alloc, main, flush) = (find(ALLOC)?, find(MAIN)?, find(FLUSH)?);

    let mut functions = Vec::with_capacity(program.functions.len() + 1);
    // Feedback slots are one table, function after function (as the VM lays them out).
    let mut first_slot = 0;
    for (index, code) in program.functions.iter().enumerate() {
        let name = program.atoms.text(code.name);
        let label = if name.is_empty() { format!("js#{index}") } else { format!("js#{index} {name}") };
        functions.push(compile_function(index as u32, first_slot, code, &program.atoms, &label, &imports)?);
        first_slot += code.feedback_slots;
    }
    // Entry stubs follow the bodies (in the table too: calls reach them by
    // closure function index).
    let stub_imports = imports.stub_imports();
    for (index, code) in program.functions.iter().enumerate() {
        let body = runtime.func_count() + index as u32;
        let stub = entry_stub(index as u32, code, body, &stub_imports);
        let name = format!("{} (entry)", functions[index].name);
        functions.push(GeneratedFunction { params: STUB_PARAMS.to_vec(), results: vec![ValType::I64], body: stub.into_raw_body(), name });
    }
    let table_entries = (0..2 * count).collect();

    let len = image.len() as i32;
    let start_index = functions.len() as u32;
    let mut start = Function::new([(1, ValType::I32)]);
    start
        .instructions()
        .i32_const(len)
        .call(alloc)
        .local_tee(0)
        .i32_const(0)
        .i32_const(len)
        .memory_init(0, runtime.data_count())
        .data_drop(runtime.data_count())
        .local_get(0)
        .i32_const(len)
        .i32_const(runtime.table_base() as i32)
        .call(main)
        .drop()
        .end();
    functions.push(GeneratedFunction { params: vec![], results: vec![], body: start.into_raw_body(), name: "_start".into() });

    let mut flush_fn = Function::new([]);
    flush_fn.instructions().call(flush).end();
    functions.push(GeneratedFunction { params: vec![], results: vec![], body: flush_fn.into_raw_body(), name: FLUSH.into() });

    let exports = vec![("_start".into(), start_index), (FLUSH.into(), start_index + 1)];
    let generated = Generated { functions, table_entries, passive_data: vec![image], exports };
    link(&runtime, &generated)
}
