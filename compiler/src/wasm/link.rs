//! The AOT linker: merges the functions the code generator wrote with the
//! Rust runtime (runtime.wasm, a cdylib for wasm32-unknown-unknown) into one
//! module, keeping only the runtime functions the program reaches.
//!
//! The protocol with the code generator:
//! 1. `RuntimeModule::parse` the runtime; look up its entry points with
//!    `export_func` and their signatures with `func_type`.
//! 2. Write generated function i assuming it has index `func_count() + i`,
//!    the table entry j at `table_base() + j` and passive data segment k at
//!    `data_count() + k`; `call_indirect` and block types name runtime types
//!    (`type_index`).
//! 3. `link` renumbers everything into the final module.
//!
//! The crate does no IO: bytes in, bytes out.

mod assemble;
mod error;
mod kept;
mod names;
mod raw_bodies;
mod reachability;
mod relocs;
mod renumber;
mod runtime_module;

pub use error::LinkError;
pub use runtime_module::RuntimeModule;

use std::cell::Cell;

use wasm_encoder::ValType;
use wasmparser::{BinaryReader, FunctionBody, Validator, WasmFeatures};

/// One function written by the code generator.
#[derive(Debug, Clone, Default)]
pub struct GeneratedFunction {
    pub params: Vec<ValType>,
    pub results: Vec<ValType>,
    /// The encoded body, as `wasm_encoder::Function::into_raw_body()` returns
    /// it (locals declaration + instructions + `end`). Calls in it use the
    /// absolute indices the module doc describes.
    pub body: Vec<u8>,
    /// Name for the name section (shows in traces and `--wat`); may be empty.
    pub name: String,
}

/// Everything the code generator adds to the runtime.
#[derive(Debug, Clone, Default)]
pub struct Generated {
    pub functions: Vec<GeneratedFunction>,
    /// Generated functions (indices into `functions`) that go into table 0,
    /// in order, so the Rust runtime can call them through function pointers
    /// (a wasm32 `extern "C" fn` pointer is a table index).
    pub table_entries: Vec<u32>,
    /// Passive data segments (copied into memory by generated code with
    /// `memory.init`).
    pub passive_data: Vec<Vec<u8>>,
    /// Exports of the final module: (name, index into `functions`). The
    /// runtime's function exports are all removed; its memory stays
    /// exported as "memory".
    pub exports: Vec<(String, u32)>,
}

/// What the linked module keeps beyond what it needs to run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LinkOptions {
    /// A name section (function names: readable traps, profiles and
    /// `--wat` text). It is about a tenth of a module and never affects
    /// how the module runs, so `kiln build` leaves it out unless asked.
    pub names: bool,
}

impl Default for LinkOptions {
    fn default() -> LinkOptions {
        LinkOptions { names: true }
    }
}

/// Merges `generated` into `runtime` and returns the module's bytes (with
/// the default options: names kept).
pub fn link(runtime: &RuntimeModule, generated: &Generated) -> Result<Vec<u8>, LinkError> {
    link_with(runtime, generated, LinkOptions::default())
}

/// Merges `generated` into `runtime` as `options` say.
pub fn link_with(runtime: &RuntimeModule, generated: &Generated, options: LinkOptions) -> Result<Vec<u8>, LinkError> {
    let bodies = generated
        .functions
        .iter()
        .map(|function| FunctionBody::new(BinaryReader::new(&function.body, 0)))
        .collect::<Vec<_>>();
    let reencode = REENCODE_EVERY_BODY.with(Cell::get);
    let reachability = reachability::find_reachable(runtime, generated, &bodies, reencode)?;
    let module = assemble::assemble(runtime, generated, &bodies, &reachability, options)?;
    #[cfg(debug_assertions)]
    validate(&module).map_err(|error| error.context("the linked module is invalid"))?;
    Ok(module)
}

thread_local! {
    static REENCODE_EVERY_BODY: Cell<bool> = const { Cell::new(false) };
}

/// Runs `f` with every function body that this thread links decoded and
/// re-encoded, as the linker does when it cannot copy bodies: for tests,
/// which check that copying writes the same module.
#[doc(hidden)]
pub fn reencoding_every_body<T>(f: impl FnOnce() -> T) -> T {
    let before = REENCODE_EVERY_BODY.with(|flag| flag.replace(true));
    let result = f();
    REENCODE_EVERY_BODY.with(|flag| flag.set(before));
    result
}

/// Checks by decoding every body of `runtime` that the linker may copy its
/// bodies (`raw_bodies`): its relocations name every function index in
/// them, and only those. Returns how many bodies were checked. For tests
/// over the runtime kiln embeds; debug builds check each body they copy.
#[doc(hidden)]
pub fn check_copied_bodies(runtime: &RuntimeModule) -> Result<usize, LinkError> {
    let uses = relocs::AddressUses::read(runtime).ok_or_else(|| LinkError::new("the runtime's relocations are not usable"))?;
    let fields = uses.code_fields.ok_or_else(|| LinkError::new("the runtime's code relocations do not fit copied bodies"))?;
    for (defined, body) in runtime.bodies().iter().enumerate() {
        raw_bodies::check_body(body, fields.of(defined))
            .map_err(|error| error.context(&format!("runtime function {defined}")))?;
    }
    Ok(runtime.bodies().len())
}

/// A readable text dump of a module (for `kiln build --wat`).
pub fn to_wat(module: &[u8]) -> Result<String, LinkError> {
    wasmprinter::print_bytes(module).map_err(|error| LinkError::new(format!("cannot print the module: {error:#}")))
}

/// The WebAssembly features the runtime (rustc's wasm32 output) and the
/// generated code may use; node 20 and wasmtime 48 support all of them.
pub fn features() -> WasmFeatures {
    WasmFeatures::WASM1
        | WasmFeatures::BULK_MEMORY
        | WasmFeatures::SIGN_EXTENSION
        | WasmFeatures::REFERENCE_TYPES
        | WasmFeatures::MULTI_VALUE
        | WasmFeatures::SATURATING_FLOAT_TO_INT
        | WasmFeatures::MUTABLE_GLOBAL
}

/// Validates a module with wasmparser, allowing exactly `features()`.
pub fn validate(module: &[u8]) -> Result<(), LinkError> {
    Validator::new_with_features(features())
        .validate_all(module)
        .map(|_| ())
        .map_err(|error| LinkError::new(format!("invalid module: {error}")))
}

/// Each section of a module and its size in bytes, in order: custom
/// sections by their name (`name`, `target_features`), the others by the
/// spec's (`code`, `data`, …). For size reports and tests.
pub fn section_sizes(module: &[u8]) -> Result<Vec<(String, usize)>, LinkError> {
    const NAMES: [&str; 14] = [
        "custom", "type", "import", "function", "table", "memory", "global", "export", "start", "element", "code",
        "data", "data count", "tag",
    ];
    let mut sizes = Vec::new();
    for payload in wasmparser::Parser::new(0).parse_all(module) {
        let payload = payload?;
        let Some((id, range)) = payload.as_section() else { continue };
        let name = match &payload {
            wasmparser::Payload::CustomSection(reader) => reader.name(),
            _ => NAMES.get(id as usize).copied().unwrap_or("unknown"),
        };
        sizes.push((name.to_string(), range.len()));
    }
    Ok(sizes)
}

/// How many functions a module defines and imports, for tests and reports.
pub fn function_count(module: &[u8]) -> Result<u32, LinkError> {
    let mut count = 0;
    for payload in wasmparser::Parser::new(0).parse_all(module) {
        match payload? {
            wasmparser::Payload::ImportSection(imports) => {
                for import in imports.into_imports() {
                    if matches!(import?.ty, wasmparser::TypeRef::Func(_)) {
                        count += 1;
                    }
                }
            }
            wasmparser::Payload::FunctionSection(functions) => count += functions.count(),
            _ => {}
        }
    }
    Ok(count)
}
