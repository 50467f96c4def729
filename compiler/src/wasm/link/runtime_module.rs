//! A parsed, validated view of runtime.wasm: what the code generator asks
//! before it writes code (export indices, types, table and data bases) and
//! the section readers the linker re-encodes afterwards.

use wasm_encoder::ValType;
use wasmparser::{
    CompositeInnerType, CustomSectionReader, DataSectionReader,
    ElementSectionReader, Encoding, ExternalKind, FunctionBody, FunctionSectionReader,
    GlobalSectionReader, ImportSectionReader, MemorySectionReader, Parser, Payload,
    TableSectionReader, TagSectionReader, TypeRef, TypeSectionReader,
};

use super::error::LinkError;
use super::validate;

/// A function signature: parameter types, result types.
pub(super) type Signature = (Vec<ValType>, Vec<ValType>);

/// What the code generator needs to know about runtime.wasm before generating code.
pub struct RuntimeModule<'a> {
    /// The whole module.
    pub(super) bytes: &'a [u8],
    pub(super) sections: Sections<'a>,
    /// Every type of the type section, in index order (without the GC
    /// proposal every type is a function type).
    pub(super) types: Vec<Signature>,
    /// The type index of each function, imports first.
    pub(super) function_types: Vec<u32>,
    pub(super) imported_functions: u32,
    pub(super) table_zero: Option<TableZero>,
    pub(super) has_memory: bool,
    function_exports: Vec<(&'a str, u32)>,
    global_exports: Vec<(&'a str, u32)>,
    /// Each global's initial value when it is an immutable `i32.const`
    /// (imports first, as None): what an exported static's address is.
    global_constants: Vec<Option<i32>>,
    data_count: u32,
    global_count: u32,
}

/// The runtime's sections, kept as readers to be re-encoded by `link`.
#[derive(Default)]
pub(super) struct Sections<'a> {
    pub types: Option<TypeSectionReader<'a>>,
    pub imports: Option<ImportSectionReader<'a>>,
    pub functions: Option<FunctionSectionReader<'a>>,
    pub tables: Option<TableSectionReader<'a>>,
    pub memories: Option<MemorySectionReader<'a>>,
    pub tags: Option<TagSectionReader<'a>>,
    pub globals: Option<GlobalSectionReader<'a>>,
    pub start: Option<u32>,
    pub elements: Option<ElementSectionReader<'a>>,
    pub has_data_count: bool,
    pub code: Vec<FunctionBody<'a>>,
    pub data: Option<DataSectionReader<'a>>,
    pub names: Option<CustomSectionReader<'a>>,
    pub target_features: Option<CustomSectionReader<'a>>,
    /// wasm-ld's symbol table and relocations (`--emit-relocs`), read by
    /// `relocs`; the linked module leaves them out.
    pub linking: Option<CustomSectionReader<'a>>,
    pub relocations: Vec<CustomSectionReader<'a>>,
    /// Where the code section's contents start (relocation offsets count from there).
    pub code_payload_start: Option<usize>,
    /// Positions of the code and data sections among all sections
    /// (relocation sections name their target by position).
    pub code_index: Option<u32>,
    pub data_index: Option<u32>,
    /// How many sections were read so far.
    count: u32,
}

/// Table 0, the one `extern "C" fn` pointers index.
#[derive(Clone, Copy)]
pub(super) struct TableZero {
    pub initial: u64,
    pub imported: bool,
    pub holds_functions: bool,
}

impl<'a> RuntimeModule<'a> {
    /// Validates `bytes` (with the features `validate` allows) and indexes it.
    pub fn parse(bytes: &'a [u8]) -> Result<Self, LinkError> {
        validate(bytes).map_err(|error| error.context("the runtime module is invalid"))?;
        Self::parse_valid(bytes)
    }

    /// Indexes `bytes`, a module already known to validate (malformed
    /// sections are still errors, not panics).
    pub fn parse_valid(bytes: &'a [u8]) -> Result<Self, LinkError> {
        let mut runtime = RuntimeModule {
            bytes,
            sections: Sections::default(),
            types: Vec::new(),
            function_types: Vec::new(),
            imported_functions: 0,
            table_zero: None,
            has_memory: false,
            function_exports: Vec::new(),
            global_exports: Vec::new(),
            global_constants: Vec::new(),
            data_count: 0,
            global_count: 0,
        };
        for payload in Parser::new(0).parse_all(bytes) {
            runtime.index(payload?)?;
        }
        Ok(runtime)
    }

    fn index(&mut self, payload: Payload<'a>) -> Result<(), LinkError> {
        let position = self.sections.count;
        if payload.as_section().is_some() {
            self.sections.count += 1;
        }
        match payload {
            Payload::Version { encoding: Encoding::Module, .. } => {}
            Payload::Version { .. } => return Err(LinkError::new("the runtime is a component, not a core module")),
            Payload::TypeSection(reader) => self.index_types(reader)?,
            Payload::ImportSection(reader) => self.index_imports(reader)?,
            Payload::FunctionSection(reader) => {
                for type_index in reader.clone() {
                    self.function_types.push(type_index?);
                }
                self.sections.functions = Some(reader);
            }
            Payload::TableSection(reader) => {
                if let Some(table) = reader.clone().into_iter().next() {
                    self.note_table(table?.ty, false);
                }
                self.sections.tables = Some(reader);
            }
            Payload::MemorySection(reader) => {
                self.has_memory |= reader.count() > 0;
                self.sections.memories = Some(reader);
            }
            Payload::TagSection(reader) => self.sections.tags = Some(reader),
            Payload::GlobalSection(reader) => {
                self.global_count += reader.count();
                for global in reader.clone() {
                    let global = global?;
                    let mut ops = global.init_expr.get_operators_reader();
                    let constant = match (global.ty.mutable, ops.read()?) {
                        (false, wasmparser::Operator::I32Const { value }) => Some(value),
                        _ => None,
                    };
                    self.global_constants.push(constant);
                }
                self.sections.globals = Some(reader);
            }
            Payload::ExportSection(reader) => {
                for export in reader {
                    let export = export?;
                    match export.kind {
                        ExternalKind::Func => self.function_exports.push((export.name, export.index)),
                        ExternalKind::Global => self.global_exports.push((export.name, export.index)),
                        _ => {}
                    }
                }
            }
            Payload::StartSection { func, .. } => self.sections.start = Some(func),
            Payload::ElementSection(reader) => self.sections.elements = Some(reader),
            Payload::DataCountSection { .. } => self.sections.has_data_count = true,
            Payload::DataSection(reader) => {
                self.data_count = reader.count();
                self.sections.data = Some(reader);
                self.sections.data_index = Some(position);
            }
            // Code arrives entry by entry after its start marker, never as one reader.
            Payload::CodeSectionStart { range, .. } => {
                self.sections.code_payload_start = Some(range.start);
                self.sections.code_index = Some(position);
            }
            Payload::CodeSectionEntry(body) => self.sections.code.push(body),
            Payload::CustomSection(reader) => match reader.name() {
                "name" => self.sections.names = Some(reader),
                "target_features" => self.sections.target_features = Some(reader),
                "linking" => self.sections.linking = Some(reader),
                name if name.starts_with("reloc.") => self.sections.relocations.push(reader),
                // producers, debug info and the rest describe the runtime alone.
                _ => {}
            },
            Payload::End(_) => {}
            other => {
                return Err(LinkError::new(format!(
                    "the runtime has a section the linker does not support ({:?})",
                    other.as_section().map(|(id, _)| id)
                )))
            }
        }
        Ok(())
    }

    fn index_types(&mut self, reader: TypeSectionReader<'a>) -> Result<(), LinkError> {
        for group in reader.clone() {
            for sub_type in group?.into_types() {
                let CompositeInnerType::Func(func) = sub_type.composite_type.inner else {
                    return Err(LinkError::new("the runtime declares a non-function type"));
                };
                self.types.push((encoder_types(func.params())?, encoder_types(func.results())?));
            }
        }
        self.sections.types = Some(reader);
        Ok(())
    }

    fn index_imports(&mut self, reader: ImportSectionReader<'a>) -> Result<(), LinkError> {
        for import in reader.clone().into_imports() {
            match import?.ty {
                TypeRef::Func(type_index) | TypeRef::FuncExact(type_index) => {
                    self.function_types.push(type_index);
                    self.imported_functions += 1;
                }
                TypeRef::Table(ty) => self.note_table(ty, true),
                TypeRef::Memory(_) => self.has_memory = true,
                TypeRef::Global(_) => {
                    self.global_count += 1;
                    self.global_constants.push(None);
                }
                TypeRef::Tag(_) => {}
            }
        }
        self.sections.imports = Some(reader);
        Ok(())
    }

    fn note_table(&mut self, ty: wasmparser::TableType, imported: bool) {
        if self.table_zero.is_none() {
            self.table_zero = Some(TableZero {
                initial: ty.initial,
                imported,
                holds_functions: ty.element_type == wasmparser::RefType::FUNCREF,
            });
        }
    }

    /// Absolute function index (imports counted) of an exported runtime function.
    pub fn export_func(&self, name: &str) -> Option<u32> {
        self.function_exports.iter().find(|(export, _)| *export == name).map(|&(_, index)| index)
    }

    /// The constant value of an exported immutable `i32` global: for an
    /// exported static (`#[no_mangle] static`), its address in memory.
    pub fn export_global_constant(&self, name: &str) -> Option<i32> {
        let &(_, index) = self.global_exports.iter().find(|(export, _)| *export == name)?;
        self.global_constants.get(index as usize).copied().flatten()
    }

    /// Every exported runtime function: (export name, absolute index).
    pub fn func_exports(&self) -> impl Iterator<Item = (&'a str, u32)> + '_ {
        self.function_exports.iter().copied()
    }

    /// The signature of runtime function `func_index` (imports counted).
    pub fn func_type(&self, func_index: u32) -> Option<(Vec<ValType>, Vec<ValType>)> {
        let type_index = *self.function_types.get(func_index as usize)?;
        self.types.get(type_index as usize).cloned()
    }

    /// The index of a runtime type with this signature, for `call_indirect`
    /// and block types in generated code (those must name a runtime type).
    pub fn type_index(&self, params: &[ValType], results: &[ValType]) -> Option<u32> {
        let position = self.types.iter().position(|(p, r)| p == params && r == results)?;
        u32::try_from(position).ok()
    }

    /// Number of types of the runtime's type section.
    pub fn type_count(&self) -> u32 {
        count(self.types.len())
    }

    /// Number of functions (imported + defined). Generated function i gets
    /// index `func_count() + i` in the code the generator writes.
    pub fn func_count(&self) -> u32 {
        count(self.function_types.len())
    }

    /// The first free slot of table 0 (its initial size): the generated
    /// function put in the table as entry j is at `table_base() + j`.
    pub fn table_base(&self) -> u32 {
        self.table_zero.map_or(0, |table| u32::try_from(table.initial).unwrap_or(u32::MAX))
    }

    /// Number of data segments: passive segment k of the generated code is `data_count() + k`.
    pub fn data_count(&self) -> u32 {
        self.data_count
    }

    /// Number of globals, imported ones included.
    pub fn global_count(&self) -> u32 {
        self.global_count
    }

    /// The runtime's function bodies, in defined-function order.
    pub(super) fn bodies(&self) -> &[FunctionBody<'a>] {
        &self.sections.code
    }
}

/// Converts parser value types to encoder ones (every core value type has one).
fn encoder_types(types: &[wasmparser::ValType]) -> Result<Vec<ValType>, LinkError> {
    types
        .iter()
        .map(|&ty| ValType::try_from(ty).map_err(|_| LinkError::new("a value type without an encoding")))
        .collect()
}

fn count(length: usize) -> u32 {
    u32::try_from(length).unwrap_or(u32::MAX)
}

