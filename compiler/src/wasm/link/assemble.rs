//! Writes the linked module section by section, in canonical order: each
//! runtime section is re-encoded into its own builder (renumbering
//! functions; function bodies are copied with only their index fields
//! rewritten, `raw_bodies`), the generated items are appended, and
//! sections the runtime lacks are created when generated code needs them. Walking the builders
//! ourselves, rather than `parse_core_module`'s hooks, is what lets a
//! missing runtime section still receive generated items.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use wasm_encoder::reencode::Reencode;
use wasm_encoder::{
    CodeSection, ConstExpr, CustomSection, DataCountSection, DataSection, ElementSection, Elements,
    ExportKind, ExportSection, FunctionSection, GlobalSection, ImportSection, MemorySection, Module,
    RefType, StartSection, TableSection, TableType, TagSection, TypeSection,
};
use wasmparser::FunctionBody;

use super::error::LinkError;
use super::kept::{kept_data, kept_slots};
use super::names::name_section;
#[cfg(debug_assertions)]
use super::raw_bodies::check_body;
use super::raw_bodies::copy_body;
use super::reachability::Reachability;
use super::renumber::{DataMap, Renumber};
use super::runtime_module::{RuntimeModule, Signature};
use super::{Generated, LinkOptions};

/// Encodes the linked module.
pub(super) fn assemble(
    runtime: &RuntimeModule,
    generated: &Generated,
    generated_bodies: &[FunctionBody],
    reachability: &Reachability,
    options: LinkOptions,
) -> Result<Vec<u8>, LinkError> {
    let functions = &reachability.functions;
    // With relocations, the runtime's data is rewritten as the segments
    // that stay; generated passive segments follow them.
    let runtime_data = reachability.precise.as_ref().map(kept_data);
    let runtime_segments = match &runtime_data {
        Some(segments) => u32::try_from(segments.len()).map_err(|_| LinkError::new("too many data segments"))?,
        None => runtime.data_count(),
    };
    let mut reencoder = Renumber {
        functions,
        data: DataMap { runtime_old: runtime.data_count(), runtime_new: runtime_segments, rewritten: runtime_data.is_some() },
    };
    let sections = &runtime.sections;
    let runtime_count = runtime.func_count();
    let generated_kept = |index: usize| functions.is_kept(runtime_count + index as u32);
    let mut module = Module::new();

    let mut types = TypeSection::new();
    if let Some(reader) = &sections.types {
        reencoder.parse_type_section(&mut types, reader.clone())?;
    }
    let generated_types = append_generated_types(&mut types, runtime, generated);
    push_unless_empty(&mut module, &types, types.is_empty());

    if let Some(reader) = &sections.imports {
        let mut imports = ImportSection::new();
        reencoder.parse_import_section(&mut imports, reader.clone())?;
        module.section(&imports);
    }

    let mut function_section = FunctionSection::new();
    let defined_types = &runtime.function_types[runtime.imported_functions as usize..];
    for (defined, &type_index) in defined_types.iter().enumerate() {
        if functions.is_kept(runtime.imported_functions + defined as u32) {
            function_section.function(type_index);
        }
    }
    for (index, &type_index) in generated_types.iter().enumerate() {
        if generated_kept(index) {
            function_section.function(type_index);
        }
    }
    push_unless_empty(&mut module, &function_section, function_section.is_empty());

    if let Some(tables) = table_section(runtime, &mut reencoder, generated.table_entries.len())? {
        module.section(&tables);
    }
    if let Some(reader) = &sections.memories {
        let mut memories = MemorySection::new();
        reencoder.parse_memory_section(&mut memories, reader.clone())?;
        module.section(&memories);
    }
    if let Some(reader) = &sections.tags {
        let mut tags = TagSection::new();
        reencoder.parse_tag_section(&mut tags, reader.clone())?;
        module.section(&tags);
    }
    if let Some(reader) = &sections.globals {
        let mut globals = GlobalSection::new();
        reencoder.parse_global_section(&mut globals, reader.clone())?;
        module.section(&globals);
    }

    let exports = export_section(runtime, generated, &mut reencoder)?;
    push_unless_empty(&mut module, &exports, exports.is_empty());

    if let Some(start) = sections.start {
        module.section(&StartSection { function_index: reencoder.function_index(start)? });
    }

    let elements = element_section(runtime, generated, reachability, &mut reencoder)?;
    push_unless_empty(&mut module, &elements, elements.is_empty());

    let data_count = runtime_segments as usize + generated.passive_data.len();
    if sections.has_data_count || !generated.passive_data.is_empty() {
        let count = u32::try_from(data_count).map_err(|_| LinkError::new("too many data segments"))?;
        module.section(&DataCountSection { count });
    }

    let code = code_section(runtime, generated_bodies, reachability, &mut reencoder)?;
    push_unless_empty(&mut module, &code, code.is_empty());

    let mut data = DataSection::new();
    match &runtime_data {
        Some(segments) => {
            for &(address, bytes) in segments {
                data.active(0, &ConstExpr::i32_const(address as i32), bytes.iter().copied());
            }
        }
        None => {
            if let Some(reader) = &sections.data {
                reencoder.parse_data_section(&mut data, reader.clone())?;
            }
        }
    }
    for segment in &generated.passive_data {
        data.passive(segment.iter().copied());
    }
    push_unless_empty(&mut module, &data, data.is_empty());

    if options.names {
        if let Some(names) = name_section(runtime, generated, functions, runtime_data.is_some(), &mut reencoder)? {
            module.section(&names);
        }
    }
    if let Some(features) = &sections.target_features {
        module.section(&CustomSection { name: Cow::Borrowed(features.name()), data: Cow::Borrowed(features.data()) });
    }
    Ok(module.finish())
}

/// The kept bodies, runtime ones first: copied with their fields rewritten
/// (`raw_bodies`) when the fields are known, else decoded and re-encoded.
fn code_section(
    runtime: &RuntimeModule,
    generated_bodies: &[FunctionBody],
    reachability: &Reachability,
    reencoder: &mut Renumber,
) -> Result<CodeSection, LinkError> {
    let functions = &reachability.functions;
    let mut code = CodeSection::new();
    let mut copy = Vec::new();
    let runtime_fields = reachability.runtime_fields();
    for (defined, body) in runtime.bodies().iter().enumerate() {
        if !functions.is_kept(runtime.imported_functions + defined as u32) {
            continue;
        }
        match runtime_fields {
            Some(fields) => {
                let fields = fields.of(defined);
                #[cfg(debug_assertions)]
                check_body(body, fields).map_err(|error| error.context(&format!("runtime function {defined}")))?;
                copy_body(body.as_bytes(), fields, reencoder, &mut copy)?;
                code.raw(&copy);
            }
            None => {
                reencoder.parse_function_body(&mut code, body.clone())?;
            }
        }
    }
    let runtime_count = runtime.func_count();
    for (index, body) in generated_bodies.iter().enumerate() {
        if !functions.is_kept(runtime_count + index as u32) {
            continue;
        }
        let in_context = |error: LinkError| error.context(&format!("generated function {index}"));
        match &reachability.generated_fields {
            Some(fields) => {
                copy_body(body.as_bytes(), fields.of(index), reencoder, &mut copy).map_err(in_context)?;
                code.raw(&copy);
            }
            None => {
                reencoder.parse_function_body(&mut code, body.clone()).map_err(|error| in_context(error.into()))?;
            }
        }
    }
    Ok(code)
}

fn push_unless_empty(module: &mut Module, section: &impl wasm_encoder::Section, is_empty: bool) {
    if !is_empty {
        module.section(section);
    }
}

/// Gives every generated function a type index, reusing an identical
/// runtime or earlier generated type when there is one.
fn append_generated_types(types: &mut TypeSection, runtime: &RuntimeModule, generated: &Generated) -> Vec<u32> {
    let mut known: HashMap<Signature, u32> = HashMap::new();
    for (index, signature) in runtime.types.iter().enumerate() {
        known.entry(signature.clone()).or_insert(index as u32);
    }
    let mut next = runtime.type_count();
    generated
        .functions
        .iter()
        .map(|function| {
            let signature = (function.params.clone(), function.results.clone());
            *known.entry(signature).or_insert_with(|| {
                types.ty().function(function.params.iter().copied(), function.results.iter().copied());
                next += 1;
                next - 1
            })
        })
        .collect()
}

/// The runtime's tables, table 0 grown by the generated entries (or
/// created when the runtime has no table).
fn table_section(
    runtime: &RuntimeModule,
    reencoder: &mut Renumber,
    extra_entries: usize,
) -> Result<Option<TableSection>, LinkError> {
    let extra = u64::try_from(extra_entries).map_err(|_| LinkError::new("too many table entries"))?;
    if extra > 0 {
        match runtime.table_zero {
            Some(table) if table.imported => {
                return Err(LinkError::new("table 0 of the runtime is imported: generated entries cannot grow it"))
            }
            Some(table) if !table.holds_functions => {
                return Err(LinkError::new("table 0 of the runtime does not hold functions"))
            }
            _ => {}
        }
    }
    let mut tables = TableSection::new();
    match &runtime.sections.tables {
        Some(reader) => {
            let table_zero_is_defined = runtime.table_zero.is_some_and(|table| !table.imported);
            for (position, table) in reader.clone().into_iter().enumerate() {
                let mut table = table?;
                if position == 0 && table_zero_is_defined {
                    table.ty.initial = grown(table.ty.initial, extra)?;
                    table.ty.maximum = table.ty.maximum.map(|maximum| grown(maximum, extra)).transpose()?;
                }
                reencoder.parse_table(&mut tables, table)?;
            }
        }
        None if extra > 0 && runtime.table_zero.is_none() => {
            tables.table(TableType {
                element_type: RefType::FUNCREF,
                table64: false,
                minimum: extra,
                maximum: Some(extra),
                shared: false,
            });
        }
        None => {}
    }
    Ok((!tables.is_empty()).then_some(tables))
}

fn grown(limit: u64, extra: u64) -> Result<u64, LinkError> {
    limit
        .checked_add(extra)
        .filter(|&size| size <= u64::from(u32::MAX))
        .ok_or_else(|| LinkError::new("table 0 would exceed 2^32 - 1 entries"))
}

/// Memory as "memory" and the generated exports; the runtime's function
/// exports were only there for the code generator to find.
fn export_section(
    runtime: &RuntimeModule,
    generated: &Generated,
    reencoder: &mut Renumber,
) -> Result<ExportSection, LinkError> {
    let mut exports = ExportSection::new();
    let mut names = HashSet::new();
    if runtime.has_memory {
        exports.export("memory", ExportKind::Memory, 0);
        names.insert("memory");
    }
    let runtime_count = runtime.func_count();
    for (name, index) in &generated.exports {
        if !names.insert(name.as_str()) {
            return Err(LinkError::new(format!("two exports are named `{name}`")));
        }
        exports.export(name, ExportKind::Func, reencoder.function_index(runtime_count + index)?);
    }
    Ok(exports)
}

/// The runtime's segments, the generated table entries at `table_base()`,
/// and a declarative segment for the functions bodies take with `ref.func`.
fn element_section(
    runtime: &RuntimeModule,
    generated: &Generated,
    reachability: &Reachability,
    reencoder: &mut Renumber,
) -> Result<ElementSection, LinkError> {
    let mut elements = ElementSection::new();
    match &reachability.precise {
        Some(precise) => {
            for (first, slot_functions) in kept_slots(precise) {
                let renumbered = slot_functions
                    .iter()
                    .map(|&function| reencoder.function_index(function))
                    .collect::<Result<Vec<_>, _>>()?;
                elements.active(None, &ConstExpr::i32_const(first as i32), Elements::Functions(Cow::Owned(renumbered)));
            }
        }
        None => {
            if let Some(reader) = &runtime.sections.elements {
                reencoder.parse_element_section(&mut elements, reader.clone())?;
            }
        }
    }
    let runtime_count = runtime.func_count();
    if !generated.table_entries.is_empty() {
        let entries = generated
            .table_entries
            .iter()
            .map(|&entry| reencoder.function_index(runtime_count + entry))
            .collect::<Result<Vec<_>, _>>()?;
        let base = i32::try_from(runtime.table_base()).map_err(|_| LinkError::new("table 0 is too large"))?;
        elements.active(None, &ConstExpr::i32_const(base), Elements::Functions(Cow::Owned(entries)));
    }
    if !reachability.taken_by_ref_func.is_empty() {
        let declared = reachability
            .taken_by_ref_func
            .iter()
            .map(|&function| reencoder.function_index(function))
            .collect::<Result<Vec<_>, _>>()?;
        elements.declared(Elements::Functions(Cow::Owned(declared)));
    }
    Ok(elements)
}
