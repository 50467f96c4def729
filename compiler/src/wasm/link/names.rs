//! The linked module's name section: the runtime's names and the generated
//! functions' names, under the new function indices. It costs a few bytes
//! per function and makes traps and `--wat` output readable.

use wasm_encoder::reencode::{utils, Reencode};
use wasm_encoder::{IndirectNameMap, NameMap, NameSection};
use wasmparser::{IndirectNameMap as ParsedIndirectNames, Name, NameSectionReader};

use super::error::LinkError;
use super::reachability::FunctionMap;
use super::runtime_module::RuntimeModule;
use super::Generated;

/// Builds the name section, or `None` when nothing has a name.
pub(super) fn name_section(
    runtime: &RuntimeModule,
    generated: &Generated,
    functions: &FunctionMap,
    data_rewritten: bool,
    reencoder: &mut impl Reencode<Error = LinkError>,
) -> Result<Option<NameSection>, LinkError> {
    let mut module_name = None;
    let mut function_names: Vec<(u32, String)> = Vec::new();
    let mut local_names = None;
    let mut label_names = None;
    let mut other_names = Vec::new();

    if let Some(custom) = &runtime.sections.names {
        for subsection in NameSectionReader::new(custom.data_reader()) {
            match subsection? {
                Name::Module { name, .. } => module_name = Some(name),
                Name::Function(map) => {
                    for naming in map {
                        let naming = naming?;
                        if let Some(new_index) = functions.new_index(naming.index) {
                            function_names.push((new_index, naming.name.to_string()));
                        }
                    }
                }
                Name::Local(map) => local_names = Some(renumber_indirect(map, functions)?),
                Name::Label(map) => label_names = Some(renumber_indirect(map, functions)?),
                // Rewritten data segments keep no names (`.rodata`, `.bss`).
                Name::Data(_) if data_rewritten => {}
                other => other_names.push(other),
            }
        }
    }
    let runtime_count = runtime.func_count();
    for (index, function) in generated.functions.iter().enumerate() {
        let old_index = runtime_count as usize + index;
        let new_index = u32::try_from(old_index).ok().and_then(|old| functions.new_index(old));
        if let (Some(new_index), false) = (new_index, function.name.is_empty()) {
            function_names.push((new_index, function.name.clone()));
        }
    }
    if module_name.is_none() && function_names.is_empty() && other_names.is_empty() {
        return Ok(None);
    }

    // Subsections go in id order: module, functions, locals, labels, then the rest.
    let mut section = NameSection::new();
    if let Some(name) = module_name {
        section.module(name);
    }
    function_names.sort_by_key(|(index, _)| *index);
    function_names.dedup_by_key(|(index, _)| *index);
    let mut function_map = NameMap::new();
    for (index, name) in &function_names {
        function_map.append(*index, name);
    }
    section.functions(&function_map);
    if let Some(local_names) = &local_names {
        section.locals(local_names);
    }
    if let Some(label_names) = &label_names {
        section.labels(label_names);
    }
    for subsection in other_names {
        // Types, tables, memories, globals and data keep their indices.
        utils::parse_custom_name_subsection(reencoder, &mut section, subsection)?;
    }
    Ok(Some(section))
}

/// Per-function names (locals, labels) of the kept functions, renumbered.
fn renumber_indirect(map: ParsedIndirectNames, functions: &FunctionMap) -> Result<IndirectNameMap, LinkError> {
    let mut renumbered = IndirectNameMap::new();
    for naming in map {
        let naming = naming?;
        let Some(new_index) = functions.new_index(naming.index) else { continue };
        let mut names = NameMap::new();
        for inner in naming.names {
            let inner = inner?;
            names.append(inner.index, inner.name);
        }
        renumbered.append(new_index, &names);
    }
    Ok(renumbered)
}
