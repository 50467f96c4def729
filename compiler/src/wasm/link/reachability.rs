//! Which functions the linked program can reach, and their new indices.
//! The runtime exports every entry point so the code generator can find it;
//! most programs use a few, so the linker keeps only what the final exports,
//! the start function, the tables and `ref.func` reach through calls.
//!
//! Old indices are those the generator wrote: runtime functions (imports
//! first), then generated function i at `func_count() + i`.

use wasmparser::{ConstExpr, ElementItems, FunctionBody, Operator, TableInit};

use super::error::LinkError;
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
pub(super) struct Reachability {
    pub functions: FunctionMap,
    /// Old indices of the functions a kept body takes with `ref.func`: the
    /// linked module declares them (their runtime export may be gone).
    pub taken_by_ref_func: Vec<u32>,
}

/// Walks calls from the roots through runtime and generated bodies.
pub(super) fn find_reachable(
    runtime: &RuntimeModule,
    generated: &Generated,
    generated_bodies: &[FunctionBody],
) -> Result<Reachability, LinkError> {
    let runtime_count = runtime.func_count();
    let total = runtime_count as usize + generated_bodies.len();
    let mut walk = Walk { reached: vec![false; total], pending: Vec::new(), taken_by_ref_func: Vec::new() };

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
        let (body, caller) = if function < runtime.imported_functions {
            continue; // an import has no body
        } else if function < runtime_count {
            let defined = (function - runtime.imported_functions) as usize;
            (&runtime.bodies()[defined], None)
        } else {
            let index = (function - runtime_count) as usize;
            (&generated_bodies[index], Some(generated.functions[index].name.as_str()))
        };
        walk.scan_body(body, total, caller)
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
    Ok(Reachability { functions: FunctionMap { new_indices }, taken_by_ref_func })
}

struct Walk {
    reached: Vec<bool>,
    pending: Vec<u32>,
    taken_by_ref_func: Vec<u32>,
}

impl Walk {
    fn reach(&mut self, function: u32) {
        if let Some(reached) = self.reached.get_mut(function as usize) {
            if !*reached {
                *reached = true;
                self.pending.push(function);
            }
        }
    }

    /// The runtime's start function, everything its element segments hold
    /// (it may call any of them indirectly) and `ref.func` in initializers.
    fn reach_runtime_roots(&mut self, runtime: &RuntimeModule) -> Result<(), LinkError> {
        let sections = &runtime.sections;
        if let Some(start) = sections.start {
            self.reach(start);
        }
        if let Some(elements) = &sections.elements {
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

    /// Reaches every function `body` calls or takes a reference to.
    fn scan_body(&mut self, body: &FunctionBody, total: usize, caller: Option<&str>) -> Result<(), LinkError> {
        let mut operators = body.get_operators_reader()?;
        while !operators.eof() {
            let (callee, is_reference) = match operators.read()? {
                Operator::Call { function_index } | Operator::ReturnCall { function_index } => {
                    (function_index, false)
                }
                Operator::RefFunc { function_index } => (function_index, true),
                _ => continue,
            };
            if callee as usize >= total {
                // Only generated code can get here: the runtime was validated.
                return Err(LinkError::new(format!(
                    "refers to function {callee}, but there are only {total} functions{}",
                    if caller.is_some() { " (runtime + generated)" } else { "" }
                )));
            }
            if is_reference {
                self.taken_by_ref_func.push(callee);
            }
            self.reach(callee);
        }
        Ok(())
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
