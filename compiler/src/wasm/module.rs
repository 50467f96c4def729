//! A whole program → one self-contained WASI module: every bytecode
//! function compiled, the program image (bytecode, source text, file name)
//! as a passive data segment, a `_start` that hands the image to the
//! runtime, all merged with runtime.wasm by the linker.

use super::abi::{ALLOC, FLUSH, MAIN};
use super::codegen::{compile_function, Imports};
use super::link::{link_with, Generated, GeneratedFunction, LinkError, LinkOptions, RuntimeModule};
use crate::bytecode::Program;
use wasm_encoder::{Function, ValType};

/// How a module is built.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ModuleOptions {
    /// Keep the name section (see `LinkOptions::names`).
    pub names: bool,
}

impl Default for ModuleOptions {
    /// What `kiln build` writes: no name section.
    fn default() -> ModuleOptions {
        ModuleOptions { names: false }
    }
}

/// Compiles `program` (with its encoded `image`) against `runtime_wasm`.
pub fn build_module(program: &Program, image: Vec<u8>, runtime_wasm: &[u8], options: ModuleOptions) -> Result<Vec<u8>, LinkError> {
    let runtime = RuntimeModule::parse(runtime_wasm)?;
    let imports = Imports::resolve(&runtime)?;
    let find = |name: &str| runtime.export_func(name).ok_or_else(|| LinkError::new(format!("runtime.wasm lacks the export `{name}`")));
    let (alloc, main, flush) = (find(ALLOC)?, find(MAIN)?, find(FLUSH)?);

    let mut functions = Vec::with_capacity(program.functions.len() + 1);
    for (index, code) in program.functions.iter().enumerate() {
        let name = program.atoms.text(code.name);
        let label = if name.is_empty() { format!("js#{index}") } else { format!("js#{index} {name}") };
        functions.push(compile_function(index as u32, code, &label, &imports)?);
    }
    let table_entries = (0..functions.len() as u32).collect();

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
    link_with(&runtime, &generated, LinkOptions { names: options.names })
}
