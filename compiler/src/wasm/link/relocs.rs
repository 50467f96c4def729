//! What the runtime's relocations say about addresses taken: which table
//! slots (function pointers) and which static data each runtime function
//! and each piece of static data refers to; and where in each runtime body
//! the fields wasm-ld relocated are, calls included, so bodies can be
//! copied rather than re-encoded (`raw_bodies`).
//!
//! Without this the linker must keep every function in the runtime's table
//! (any of them may be called through a pointer) and all its data: in
//! rustc's output every native builtin, every trait-object method and every
//! formatting routine sits in the table, so reachability through calls
//! alone keeps nearly everything. runtime.wasm is linked with
//! `--emit-relocs`, so wasm-ld leaves its relocations (`reloc.CODE`,
//! `reloc.DATA`) and symbol table (`linking`) in the module. In a module
//! without static relocations (no position-independent code), a function's
//! table slot or a piece of data's address can only be materialised where
//! a relocation put it; so a function no kept code or data takes the
//! address of can never be called indirectly, and data no kept code or
//! data addresses is never read.
//!
//! The information is trusted only after it is checked against the module:
//! every relocation must patch bytes that hold exactly the value it
//! describes (the slot of its function, the address of its symbol plus the
//! addend). Anything unexpected — a missing section, an unknown relocation
//! kind, a mismatch, table slots assigned other than by one active
//! function list — makes `AddressUses::read` return `None`, and the linker
//! keeps every table entry and all data, as it would without relocations.

use std::collections::HashMap;
use std::ops::Range;

use wasmparser::{
    BinaryReader, CustomSectionReader, DataKind, ElementItems, ElementKind, FunctionBody, KnownCustom, Linking, Operator,
    RelocationEntry, RelocationType, SymbolFlags, SymbolInfo,
};

use super::raw_bodies::{read_signed, read_unsigned, BodyFields, Field, Value};
use super::runtime_module::RuntimeModule;

/// Something a relocation refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Use {
    /// The table slot of this function (its address as a function pointer).
    Slot(u32),
    /// Data symbol number `n` of `AddressUses::symbols`.
    Data(u32),
}

/// One active data segment of the runtime.
pub(super) struct Segment<'a> {
    /// Where it is copied in memory.
    pub address: u32,
    pub bytes: &'a [u8],
    /// Where its bytes are in the runtime module.
    file_offset: usize,
}

/// The addresses the runtime's functions and data take, from its
/// relocations.
pub(super) struct AddressUses<'a> {
    /// Per defined runtime function (imports not counted).
    pub by_function: Vec<Vec<Use>>,
    /// Address range of each defined data symbol.
    pub symbols: Vec<Range<u32>>,
    /// Per data symbol: what the data stored in it refers to.
    pub by_symbol: Vec<Vec<Use>>,
    /// What data outside every symbol refers to (kept whatever happens).
    pub unowned: Vec<Use>,
    /// The runtime's data segments, all active.
    pub segments: Vec<Segment<'a>>,
    /// Table slot → function, for the runtime's element segment.
    pub slots: Vec<(u32, u32)>,
    /// Per defined runtime function: its relocated fields (`raw_bodies`),
    /// the function indices among them checked against their symbols.
    /// `None` when a code relocation does not fit a copied body (then
    /// bodies are decoded and re-encoded).
    pub code_fields: Option<BodyFields>,
}

impl<'a> AddressUses<'a> {
    /// Reads and checks the runtime's relocations; `None` when it has none
    /// or they cannot be trusted (see the module doc).
    pub fn read(runtime: &RuntimeModule<'a>) -> Option<AddressUses<'a>> {
        let sections = &runtime.sections;
        let linking = sections.linking.as_ref()?;
        let slots = table_slots(runtime)?;
        let segments = data_segments(runtime)?;
        let symbols = symbol_table(linking)?;

        // Symbol index → what it names, with data symbols numbered densely.
        let mut targets: Vec<Option<Target>> = Vec::with_capacity(symbols.len());
        let mut data_symbols: Vec<Range<u32>> = Vec::new();
        for symbol in &symbols {
            targets.push(match *symbol {
                SymbolInfo::Func { index, .. } => Some(Target::Function(index)),
                SymbolInfo::Data { flags, symbol: Some(definition), .. } if !flags.contains(SymbolFlags::ABSOLUTE) => {
                    let segment = segments.get(definition.index as usize)?;
                    let start = segment.address.checked_add(definition.offset)?;
                    let end = start.checked_add(definition.size)?;
                    if definition.offset.checked_add(definition.size)? as usize > segment.bytes.len() {
                        return None;
                    }
                    data_symbols.push(start..end);
                    Some(Target::Data { symbol: data_symbols.len() as u32 - 1, address: start })
                }
                // Absolute symbols (`__heap_base`, `__stack_low`, …) hold no bytes.
                SymbolInfo::Data { flags, .. } if flags.contains(SymbolFlags::ABSOLUTE) => Some(Target::Absolute),
                _ => None,
            });
        }
        let slot_of: HashMap<u32, u32> = slots.iter().map(|&(slot, function)| (function, slot)).collect();
        let check = Check { targets: &targets, slot_of: &slot_of };

        let mut uses = AddressUses {
            by_function: vec![Vec::new(); runtime.bodies().len()],
            by_symbol: vec![Vec::new(); data_symbols.len()],
            symbols: data_symbols,
            unowned: Vec::new(),
            segments,
            slots,
            code_fields: None,
        };
        let (code_relocs, data_relocs) = relocation_sections(runtime)?;
        if !runtime.bodies().is_empty() {
            uses.read_code(runtime, &check, code_relocs?)?;
        }
        if uses.segments.iter().any(|segment| !segment.bytes.is_empty()) {
            // Data may hold pointers: it must come with its relocations.
            uses.read_data(runtime, &check, data_relocs?)?;
        }
        Some(uses)
    }

    fn read_code(&mut self, runtime: &RuntimeModule<'a>, check: &Check, relocs: Vec<RelocationEntry>) -> Option<()> {
        let code_start = runtime.sections.code_payload_start?;
        let bodies = runtime.bodies();
        let mut fields = Some(BodyFields::new(bodies.len()));
        let mut function = 0usize;
        for reloc in relocs {
            let kind = kind_of(reloc.ty)?;
            let at = code_start.checked_add(reloc.offset as usize)?;
            // Relocations come sorted by offset; find the body holding this one.
            while function < bodies.len() && bodies[function].range().end <= at {
                function += 1;
            }
            let body = bodies.get(function)?;
            if at < body.range().start {
                return None;
            }
            if let Some(body_fields) = &mut fields {
                let field = code_field(body, at, &reloc, check);
                if field.and_then(|field| body_fields.push(function, field)).is_none() {
                    fields = None;
                }
            }
            let Some(kind) = kind else { continue };
            let stored = read_patched(runtime.bytes, at, reloc.ty)?;
            if let Some(target) = check.expect(&reloc, kind, stored)? {
                self.by_function[function].push(target);
            }
        }
        self.code_fields = fields;
        Some(())
    }

    fn read_data(&mut self, runtime: &RuntimeModule<'a>, check: &Check, relocs: Vec<RelocationEntry>) -> Option<()> {
        let data_start = runtime.sections.data.as_ref()?.range().start;
        let owners = Owners::new(&self.symbols);
        for reloc in relocs {
            let Some(kind) = kind_of(reloc.ty)? else { continue };
            let at = data_start.checked_add(reloc.offset as usize)?;
            let segment = self.segments.iter().find(|s| (s.file_offset..s.file_offset + s.bytes.len()).contains(&at))?;
            let address = segment.address.checked_add((at - segment.file_offset) as u32)?;
            let stored = read_patched(runtime.bytes, at, reloc.ty)?;
            let Some(target) = check.expect(&reloc, kind, stored)? else { continue };
            let mut owned = false;
            for owner in owners.containing(address) {
                self.by_symbol[owner].push(target);
                owned = true;
            }
            if !owned {
                self.unowned.push(target);
            }
        }
        Some(())
    }
}

/// Finds the data symbols containing an address (symbols may overlap).
struct Owners<'s> {
    symbols: &'s [Range<u32>],
    /// Symbol numbers sorted by start address.
    by_start: Vec<usize>,
    /// The greatest end among `by_start[..=i]`.
    max_end: Vec<u32>,
}

impl<'s> Owners<'s> {
    fn new(symbols: &'s [Range<u32>]) -> Owners<'s> {
        let mut by_start: Vec<usize> = (0..symbols.len()).collect();
        by_start.sort_by_key(|&s| symbols[s].start);
        let mut max_end = Vec::with_capacity(by_start.len());
        let mut end = 0;
        for &s in &by_start {
            end = end.max(symbols[s].end);
            max_end.push(end);
        }
        Owners { symbols, by_start, max_end }
    }

    fn containing(&self, address: u32) -> impl Iterator<Item = usize> + '_ {
        let candidates = self.by_start.partition_point(|&s| self.symbols[s].start <= address);
        (0..candidates)
            .rev()
            .take_while(move |&i| self.max_end[i] > address)
            .map(move |i| self.by_start[i])
            .filter(move |&s| self.symbols[s].contains(&address))
    }
}

/// What a symbol names.
#[derive(Clone, Copy)]
enum Target {
    Function(u32),
    Data { symbol: u32, address: u32 },
    Absolute,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Slot,
    Address,
}

/// The relocation kinds that take addresses; `Some(None)` for kinds that
/// do not (calls, globals, types, table numbers), `None` for kinds the
/// linker does not understand.
fn kind_of(ty: RelocationType) -> Option<Option<Kind>> {
    use RelocationType as R;
    Some(match ty {
        R::TableIndexSleb | R::TableIndexI32 => Some(Kind::Slot),
        R::MemoryAddrLeb | R::MemoryAddrSleb | R::MemoryAddrI32 => Some(Kind::Address),
        R::FunctionIndexLeb | R::TypeIndexLeb | R::GlobalIndexLeb | R::TableNumberLeb => None,
        _ => return None,
    })
}

struct Check<'m> {
    targets: &'m [Option<Target>],
    slot_of: &'m HashMap<u32, u32>,
}

impl Check<'_> {
    /// What `reloc` refers to (`Some(None)`: nothing the linker keeps),
    /// or `None` if the bytes it patched do not hold what it says.
    fn expect(&self, reloc: &RelocationEntry, kind: Kind, stored: i64) -> Option<Option<Use>> {
        let target = (*self.targets.get(reloc.index as usize)?)?;
        match (kind, target) {
            (Kind::Slot, Target::Function(function)) => {
                let slot = *self.slot_of.get(&function)?;
                (stored == i64::from(slot)).then_some(Some(Use::Slot(function)))
            }
            (Kind::Address, Target::Data { symbol, address }) => {
                let expected = (i64::from(address) + reloc.addend) & 0xffff_ffff;
                (stored == expected).then_some(Some(Use::Data(symbol)))
            }
            // An absolute address (`__heap_base`, …) names no stored bytes.
            (Kind::Address, Target::Absolute) => Some(None),
            _ => None,
        }
    }
}

/// The field a code relocation patched, for copying its body
/// (`raw_bodies`): a function index must be the one its symbol names and
/// follow a `call`, `return_call` or `ref.func` opcode; a type index must
/// be `call_indirect`'s (a block type would be a signed LEB). `None` for
/// anything else.
fn code_field(body: &FunctionBody, at: usize, reloc: &RelocationEntry, check: &Check) -> Option<Field> {
    use RelocationType as R;
    let bytes = body.as_bytes();
    let local = at - body.range().start;
    let opcode = *bytes.get(local.checked_sub(1)?)?;
    let (value, len) = match reloc.ty {
        R::FunctionIndexLeb => {
            let reference = match opcode {
                0x10 | 0x12 => false,
                0xd2 => true,
                _ => return None,
            };
            let (index, len) = read_unsigned(bytes, local)?;
            let Some(Target::Function(named)) = *check.targets.get(reloc.index as usize)? else { return None };
            (index == named).then_some((Value::Function { index, reference }, len))?
        }
        R::TypeIndexLeb if !matches!(opcode, 0x11 | 0x13) => return None,
        R::TypeIndexLeb | R::GlobalIndexLeb | R::TableNumberLeb | R::MemoryAddrLeb => {
            let (value, len) = read_unsigned(bytes, local)?;
            (Value::Unsigned(value), len)
        }
        R::TableIndexSleb | R::MemoryAddrSleb => {
            let (value, len) = read_signed(bytes, local)?;
            (Value::Signed(value), len)
        }
        _ => return None,
    };
    Some(Field { at: u32::try_from(local).ok()?, len, value })
}

/// The value the linker wrote where a relocation points.
fn read_patched(bytes: &[u8], at: usize, ty: RelocationType) -> Option<i64> {
    use RelocationType as R;
    let field = bytes.get(at..)?;
    match ty {
        R::TableIndexI32 | R::MemoryAddrI32 => {
            let word: [u8; 4] = field.get(..4)?.try_into().ok()?;
            Some(i64::from(u32::from_le_bytes(word)))
        }
        R::MemoryAddrLeb => BinaryReader::new(field, 0).read_var_u32().ok().map(i64::from),
        R::TableIndexSleb | R::MemoryAddrSleb => {
            // A padded i32 immediate, stored as the linker computed it.
            BinaryReader::new(field, 0).read_var_i32().ok().map(|v| i64::from(v as u32))
        }
        _ => None,
    }
}

/// Table slot → function for table 0, from active function-list segments
/// with constant offsets (rustc's one element segment).
fn table_slots(runtime: &RuntimeModule) -> Option<Vec<(u32, u32)>> {
    let mut slots = Vec::new();
    let Some(elements) = &runtime.sections.elements else { return Some(slots) };
    for element in elements.clone() {
        let element = element.ok()?;
        let ElementKind::Active { table_index: None | Some(0), offset_expr } = element.kind else { return None };
        let base = constant_offset(&offset_expr)?;
        let ElementItems::Functions(functions) = element.items else { return None };
        for (i, function) in functions.into_iter().enumerate() {
            slots.push((base.checked_add(i as u32)?, function.ok()?));
        }
    }
    Some(slots)
}

/// The runtime's data segments; every one must be active at a constant
/// address.
fn data_segments<'a>(runtime: &RuntimeModule<'a>) -> Option<Vec<Segment<'a>>> {
    let mut segments = Vec::new();
    let Some(data) = &runtime.sections.data else { return Some(segments) };
    for segment in data.clone() {
        let segment = segment.ok()?;
        let DataKind::Active { memory_index: 0, offset_expr } = segment.kind else { return None };
        // The bytes end the segment's entry.
        let file_offset = segment.range.end - segment.data.len();
        segments.push(Segment { address: constant_offset(&offset_expr)?, bytes: segment.data, file_offset });
    }
    Some(segments)
}

fn constant_offset(expression: &wasmparser::ConstExpr) -> Option<u32> {
    let mut operators = expression.get_operators_reader();
    let Operator::I32Const { value } = operators.read().ok()? else { return None };
    matches!(operators.read().ok()?, Operator::End).then_some(value as u32)
}

fn symbol_table<'a>(linking: &CustomSectionReader<'a>) -> Option<Vec<SymbolInfo<'a>>> {
    let KnownCustom::Linking(reader) = linking.as_known() else { return None };
    for subsection in reader.subsections() {
        if let Linking::SymbolTable(table) = subsection.ok()? {
            return table.into_iter().collect::<Result<Vec<_>, _>>().ok();
        }
    }
    None
}

/// The entries of `reloc.CODE` and `reloc.DATA` (each must name the
/// runtime's code or data section), sorted by offset. The outer `Option`
/// fails on malformed sections; a missing `reloc.CODE` is an inner `None`
/// (fine only for a runtime without code).
#[allow(clippy::type_complexity)]
fn relocation_sections(runtime: &RuntimeModule) -> Option<(Option<Vec<RelocationEntry>>, Option<Vec<RelocationEntry>>)> {
    let sections = &runtime.sections;
    let (mut code, mut data) = (None, None);
    for custom in &sections.relocations {
        let KnownCustom::Reloc(reader) = custom.as_known() else { return None };
        let mut entries = reader.entries().into_iter().collect::<Result<Vec<_>, _>>().ok()?;
        entries.sort_by_key(|entry| entry.offset);
        let index = Some(reader.section_index());
        if index == sections.code_index {
            code = Some(entries);
        } else if index == sections.data_index {
            data = Some(entries);
        }
    }
    Some((code, data))
}
