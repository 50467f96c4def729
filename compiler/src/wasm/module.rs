//! A whole program → one self-contained WASI module: every bytecode
//! function compiled, the program image (bytecode, source text, file name)
//! as a passive data segment, a `_start` that hands the image to the
//! runtime, all merged with runtime.wasm by the linker.
//!
//! Builtins the program cannot reach are left out. runtime.wasm exports a
//! symbol per native builtin it can leave out, `kiln_builtin:<key>:<owner>`
//! (`kiln_builtin_reflect:…` for builtins that hand out any property's
//! value); calling it before `kiln_main` links that native's code (the
//! runtime's `builtins::natives` says why the rest is never called). A
//! program can only call a native it reads from a property: `_start` calls
//! the symbols whose key is a string of the program (its atom table holds
//! every identifier, property name and string literal), and every symbol
//! when some read may use a key computed at run time
//! (`bytecode::property_keys`) or the program names a `reflect` builtin.
//! The linker then drops the code no kept symbol reaches.

use super::abi::{ALLOC, FLUSH, MAIN};
use super::calls::{entry_stub, STUB_PARAMS};
use super::codegen::{compile_function, Imports};
use super::link::{link_with, Generated, GeneratedFunction, LinkError, LinkOptions, RuntimeModule};
use crate::bytecode::{property_keys, Program};
use wasm_encoder::{Function, ValType};

/// runtime.wasm's exports that link one native builtin: `<prefix><key>:<owner>`.
const BUILTIN_PREFIX: &str = "kiln_builtin:";
/// Those of builtins that can hand out any property's value.
const REFLECT_BUILTIN_PREFIX: &str = "kiln_builtin_reflect:";

/// How a module is built.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ModuleOptions {
    /// Keep the name section (see `LinkOptions::names`).
    pub names: bool,
    /// Link every builtin, whatever the program uses (for tests that
    /// compare with the pruned module).
    pub all_builtins: bool,
    /// `runtime_wasm` is known to be valid: kiln's own embedded
    /// runtime.wasm, which the test suite validates
    /// (`tests/wasm_link_copy.rs`). Validating it again on every build was
    /// about a tenth of `kiln build`; the linked module is still validated
    /// in debug builds and tests.
    pub runtime_validated: bool,
}

impl Default for ModuleOptions {
    /// What `kiln build` writes: no name section, only reachable builtins.
    fn default() -> ModuleOptions {
        ModuleOptions { names: false, all_builtins: false, runtime_validated: false }
    }
}

/// Compiles `program` (with its encoded `image`) against `runtime_wasm`.
pub fn build_module(program: &Program, image: Vec<u8>, runtime_wasm: &[u8], options: ModuleOptions) -> Result<Vec<u8>, LinkError> {
    let runtime = if options.runtime_validated { RuntimeModule::parse_valid(runtime_wasm)? } else { RuntimeModule::parse(runtime_wasm)? };
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
        let body = super::compact::compact_locals(&stub.into_raw_body(), STUB_PARAMS.len() as u32)?;
        functions.push(GeneratedFunction { params: STUB_PARAMS.to_vec(), results: vec![ValType::I64], body, name });
    }
    let table_entries = (0..2 * count).collect();

    let len = image.len() as i32;
    let start_index = functions.len() as u32;
    let mut start = Function::new([(1, ValType::I32)]);
    for builtin in builtins_to_link(&runtime, program, options.all_builtins)? {
        start.instructions().call(builtin);
    }
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

/// The runtime's builtin-linking exports `_start` calls (see the module doc).
fn builtins_to_link(runtime: &RuntimeModule, program: &Program, all: bool) -> Result<Vec<u32>, LinkError> {
    let mut builtins = Vec::new();
    let mut reflect_named = false;
    for (name, index) in runtime.func_exports() {
        let (rest, reflect) = match (name.strip_prefix(BUILTIN_PREFIX), name.strip_prefix(REFLECT_BUILTIN_PREFIX)) {
            (Some(rest), _) => (rest, false),
            (_, Some(rest)) => (rest, true),
            _ => continue,
        };
        if runtime.func_type(index) != Some((vec![], vec![])) {
            return Err(LinkError::new(format!("runtime.wasm's `{name}` is not a () -> () function")));
        }
        let key = rest.split(':').next().unwrap_or(rest);
        let named = program.atoms.find(key).is_some();
        reflect_named |= reflect && named;
        builtins.push((index, named));
    }
    let all = all || reflect_named || property_keys::analyze(program).computed.is_some();
    Ok(builtins.into_iter().filter(|&(_, named)| all || named).map(|(index, _)| index).collect())
}
