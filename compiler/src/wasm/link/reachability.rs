//! Which functions the linked program can reach, and their new indices.
//! The runtime exports every entry point so the code generator can find it;
//! most programs use a few, so the linker keeps only what the final exports,
//! the start function, the tables and `ref.func` reach through calls.
//!
//! Old indices are those the generator wrote: runtime functions (imports
//! first), then generated function i at `func_count() + i`.
//!
//! A runtime body's calls come from its relocations when they can be
//! trusted to name them all (`raw_bodies`), without decoding it; generated
//! bodies (no relocations) are decoded, and the walk notes where their
//! function and data segment numbers are, so that they too are copied.
//!
//! When the runtime carries its relocations (`relocs`), the table and the
//! static data are walked too: a runtime function's table slot is kept
//! only if kept code or data takes its address, and a piece of data only
//! if kept code or data addresses it. Without them, every function in the
//! runtime's table is a root and all its data stays.

use wasmparser::{ConstExpr, ElementItems, FunctionBody, Operator, TableInit};

use super::error::LinkError;
use super::raw_bodies::{renumbered_field, BodyFields, Value};
use super::relocs::{AddressUses, Use};
use super::runtime_module::RuntimeModule;
use super::Generated;

/// Old function index → new function index, for the functions kept.
pub(super) struct FunctionMap {
    new_indices: Vec<Option<u32>>,
}

impl FunctionMap {
    pub fn new_index(&self, old_index: u32) -> Option<u32> {
        self.new_indices.get(old_index as usize).copied().flatten()
    }

    pub fn is_kept(&self, old_index: u32) -> bool {
        self.new_index(old_index).is_some()
    }
}

/// The outcome of the reachability pass.
pub(super) struct Reachability<'a> {
    pub functions: FunctionMap,
    /// Old indices of the functions a kept body takes with `ref.func`: the
    /// linked module declares them (their runtime export may be gone).
    pub taken_by_ref_func: Vec<u32>,
    /// With the runtime's relocations: which of its table slots and data stay.
    pub precise: Option<Precise<'a>>,
    /// The fields to rewrite in each generated body (`raw_bodies`); `None`
    /// when every body is to be re-encoded.
    pub generated_fields: Option<BodyFields>,
}

impl Reachability<'_> {
    /// The fields to rewrite in each runtime body, when its bodies are
    /// copied rather than re-encoded.
    pub fn runtime_fields(&self) -> Option<&BodyFields> {
        self.precise.as_ref()?.uses.code_fields.as_ref()
    }
}

/// What stays of the runtime's table and data, from its relocations.
pub(super) struct Precise<'a> {
    pub uses: AddressUses<'a>,
    /// Per runtime function (imports counted): whether its table slot stays.
    pub slot_kept: Vec<bool>,
    /// Per data symbol: whether its bytes stay.
    pub symbol_kept: Vec<bool>,
}

/// Walks calls from the roots through runtime and generated bodies: the
/// runtime's calls from its relocations when they name them all (unless
/// `reencode`: then every body is decoded, and will be re-encoded).
pub(super) fn find_reachable<'a>(
    runtime: &RuntimeModule<'a>,
    generated: &Generated,
    generated_bodies: &[FunctionBody],
    reencode: bool,
) -> Result<Reachability<'a>, LinkError> {
    let runtime_count = runtime.func_count();
    let total = runtime_count as usize + generated_bodies.len();
    let mut uses = AddressUses::read(runtime);
    if reencode {
        if let Some(uses) = &mut uses {
            uses.code_fields = None;
        }
    }
    let precise = uses.map(|uses| Precise {
        slot_kept: vec![false; runtime_count as usize],
        symbol_kept: vec![false; uses.symbols.len()],
        uses,
    });
    let generated_fields = (!reencode).then(|| BodyFields::new(generated_bodies.len()));
    let mut walk =
        Walk { reached: vec![false; total], pending: Vec::new(), taken_by_ref_func: Vec::new(), precise, generated_fields };

    // Imports stay whether used or not: the host provides them anyway.
    for import in 0..runtime.imported_functions {
        walk.reach(import);
    }
    for (name, index) in &generated.exports {
        walk.reach(generated_index(runtime_count, *index, total, || format!("export `{name}`"))?);
    }
    for &entry in &generated.table_entries {
        walk.reach(generated_index(runtime_count, entry, total, || "table entry".to_string())?);
    }
    walk.reach_runtime_roots(runtime)?;

    while let Some(function) = walk.pending.pop() {
        let (body, generated_index) = if function < runtime.imported_functions {
            continue; // an import has no body
        } else if function < runtime_count {
            let defined = (function - runtime.imported_functions) as usize;
            walk.follow_address_uses(Source::Function(defined));
            if walk.follow_relocated_calls(defined) {
                continue;
            }
            (&runtime.bodies()[defined], None)
        } else {
            let index = (function - runtime_count) as usize;
            (&generated_bodies[index], Some(index))
        };
        let caller = generated_index.map(|index| generated.functions[index].name.as_str());
        walk.scan_body(body, total, generated_index)
            .map_err(|error| error.context(&describe_function(function, caller)))?;
    }

    let mut next = 0u32;
    let new_indices = walk
        .reached
        .iter()
        .map(|&kept| {
            kept.then(|| {
                next += 1;
                next - 1
            })
        })
        .collect();
    let mut taken_by_ref_func = walk.taken_by_ref_func;
    taken_by_ref_func.sort_unstable();
    taken_by_ref_func.dedup();
    Ok(Reachability {
        functions: FunctionMap { new_indices },
        taken_by_ref_func,
        precise: walk.precise,
        generated_fields: walk.generated_fields,
    })
}

struct Walk<'a> {
    reached: Vec<bool>,
    pending: Vec<u32>,
    taken_by_ref_func: Vec<u32>,
    precise: Option<Precise<'a>>,
    generated_fields: Option<BodyFields>,
}

/// Where address uses are recorded.
#[derive(Clone, Copy)]
enum Source {
    /// A defined runtime function (imports not counted).
    Function(usize),
    /// Data outside every symbol: always kept.
    Unowned,
}

impl Walk<'_> {
    /// Keeps the table slots and data that `source` takes the address of,
    /// and, transitively, what that data refers to.
    fn follow_address_uses(&mut self, source: Source) {
        let Some(precise) = &mut self.precise else { return };
        let mut uses: Vec<Use> = match source {
            Source::Function(defined) => precise.uses.by_function[defined].clone(),
            Source::Unowned => precise.uses.unowned.clone(),
        };
        while let Some(used) = uses.pop() {
            match used {
                Use::Slot(function) => {
                    if let Some(kept) = precise.slot_kept.get_mut(function as usize) {
                        *kept = true;
                    }
                    if let Some(reached) = self.reached.get_mut(function as usize) {
                        if !*reached {
                            *reached = true;
                            self.pending.push(function);
                        }
                    }
                }
                Use::Data(symbol) => {
                    let kept = &mut precise.symbol_kept[symbol as usize];
                    if !*kept {
                        *kept = true;
                        uses.extend_from_slice(&precise.uses.by_symbol[symbol as usize]);
                    }
                }
            }
        }
    }

    /// Reaches what runtime function `defined` calls or takes with
    /// `ref.func`, from its relocations; false when they are not to be
    /// trusted for that (its body must be decoded).
    fn follow_relocated_calls(&mut self, defined: usize) -> bool {
        let Walk { reached, pending, taken_by_ref_func, precise, .. } = self;
        let Some(fields) = precise.as_ref().and_then(|precise| precise.uses.code_fields.as_ref()) else {
            return false;
        };
        for field in fields.of(defined) {
            if let Value::Function { index, reference } = field.value {
                if reference {
                    taken_by_ref_func.push(index);
                }
                reach_into(reached, pending, index);
            }
        }
        true
    }

    fn reach(&mut self, function: u32) {
        reach_into(&mut self.reached, &mut self.pending, function);
    }

    /// The runtime's start function, everything its element segments hold
    /// (it may call any of them indirectly; with relocations, only what kept
    /// code or data takes the address of) and `ref.func` in initializers.
    fn reach_runtime_roots(&mut self, runtime: &RuntimeModule) -> Result<(), LinkError> {
        let sections = &runtime.sections;
        if let Some(start) = sections.start {
            self.reach(start);
        }
        if self.precise.is_some() {
            self.follow_address_uses(Source::Unowned);
        } else if let Some(elements) = &sections.elements {
            for element in elements.clone() {
                match element?.items {
                    ElementItems::Functions(functions) => {
                        for function in functions {
                            self.reach(function?);
                        }
                    }
                    ElementItems::Expressions(_, expressions) => {
                        for expression in expressions {
                            self.reach_const_expr(&expression?)?;
                        }
                    }
                }
            }
        }
        if let Some(globals) = &sections.globals {
            for global in globals.clone() {
                self.reach_const_expr(&global?.init_expr)?;
            }
        }
        if let Some(tables) = &sections.tables {
            for table in tables.clone() {
                if let TableInit::Expr(expression) = table?.init {
                    self.reach_const_expr(&expression)?;
                }
            }
        }
        Ok(())
    }

    fn reach_const_expr(&mut self, expression: &ConstExpr) -> Result<(), LinkError> {
        let mut operators = expression.get_operators_reader();
        while !operators.eof() {
            if let Operator::RefFunc { function_index } = operators.read()? {
                self.reach(function_index);
            }
        }
        Ok(())
    }

    /// Reaches every function `body` calls or takes a reference to; for
    /// generated function `generated` (when bodies are copied), notes the
    /// fields to rewrite.
    fn scan_body(&mut self, body: &FunctionBody, total: usize, generated: Option<usize>) -> Result<(), LinkError> {
        let record = generated.filter(|_| self.generated_fields.is_some());
        let (bytes, base) = (body.as_bytes(), body.range().start);
        let mut operators = body.get_operators_reader()?;
        while !operators.eof() {
            let (operator, offset) = operators.read_with_offset()?;
            let (callee, is_reference) = match operator {
                Operator::Call { function_index } | Operator::ReturnCall { function_index } => {
                    (function_index, false)
                }
                Operator::RefFunc { function_index } => (function_index, true),
                Operator::MemoryInit { .. } | Operator::DataDrop { .. } => {
                    if let Some(index) = record {
                        self.record_field(index, &operator, offset, bytes, base)?;
                    }
                    continue;
                }
                _ => continue,
            };
            if callee as usize >= total {
                // Only generated code can get here: the runtime was validated.
                return Err(LinkError::new(format!(
                    "refers to function {callee}, but there are only {total} functions{}",
                    if generated.is_some() { " (runtime + generated)" } else { "" }
                )));
            }
            if let Some(index) = record {
                self.record_field(index, &operator, offset, bytes, base)?;
            }
            if is_reference {
                self.taken_by_ref_func.push(callee);
            }
            self.reach(callee);
        }
        Ok(())
    }

    /// Notes the renumbered field of `operator` (if it has one) in generated
    /// function `generated`.
    fn record_field(
        &mut self,
        generated: usize,
        operator: &Operator,
        offset: usize,
        bytes: &[u8],
        base: usize,
    ) -> Result<(), LinkError> {
        let Some(fields) = &mut self.generated_fields else { return Ok(()) };
        if let Some(field) = renumbered_field(operator, offset, bytes, base)? {
            fields.push(generated, field).ok_or_else(|| LinkError::new("overlapping instructions"))?;
        }
        Ok(())
    }
}

/// Marks `function` reached, and to be walked if it was not.
fn reach_into(reached: &mut [bool], pending: &mut Vec<u32>, function: u32) {
    if let Some(reached) = reached.get_mut(function as usize) {
        if !*reached {
            *reached = true;
            pending.push(function);
        }
    }
}

/// The old index of generated function `index`, checked against the count.
fn generated_index(
    runtime_count: u32,
    index: u32,
    total: usize,
    what: impl Fn() -> String,
) -> Result<u32, LinkError> {
    let old_index = runtime_count.checked_add(index).filter(|&old| (old as usize) < total);
    old_index.ok_or_else(|| {
        let generated_count = total - runtime_count as usize;
        LinkError::new(format!("{}: generated function {index} does not exist ({generated_count} generated)", what()))
    })
}

fn describe_function(function: u32, generated_name: Option<&str>) -> String {
    match generated_name {
        Some(name) if !name.is_empty() => format!("generated function `{name}` (index {function})"),
        Some(_) => format!("generated function {function}"),
        None => format!("runtime function {function}"),
    }
}
