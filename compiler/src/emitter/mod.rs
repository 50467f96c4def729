//! Bytecode emission: walks the AST once, with the resolver's capture
//! analysis, and produces a `bytecode::Program`. This file holds the
//! per-function state (registers, constants, scopes, jump patching) and
//! name resolution; statements, expressions and classes live beside it.
//!
//! Storage of a variable is decided at its declaration: a frame register,
//! or — if a nested function captures it — a slot in a heap environment that
//! the scope allocates on entry (`PushEnv`). Top-level `var` and function
//! declarations are properties of the global object, as in a script.

mod class;
mod expr;
mod function;
mod scope;
mod stmt;

use crate::ast::{self, Atom};
use crate::atoms::AtomTable;
use crate::bytecode::ops::{Const, Fb, Op, Reg, Target};
use crate::bytecode::{Constant, FunctionCode, FunctionFlavor, Handler, Program};
use crate::diagnostic::Diagnostic;
use crate::resolver::{self, Analysis, FunctionKey};
use crate::span::Span;
use rustc_hash::FxHashMap;
pub use scope::{Binding, BindingKind, Scope, ScopeKind, Storage};

/// How the top level of a program behaves.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CompileOptions {
    /// Script semantics (test262): top-level `var` and function
    /// declarations are properties of the global object. Otherwise the
    /// program is a CommonJS module body, as node runs a file: they are
    /// locals of the module function.
    pub script: bool,
}

/// Compiles a parsed program. `atoms` must be the table the parser filled.
pub fn compile(program: &ast::Program, atoms: AtomTable, options: CompileOptions) -> Result<Program, Diagnostic> {
    let arguments = atoms.find("arguments");
    let analysis = resolver::analyze(program, arguments);
    let mut emitter = Emitter { atoms, analysis, functions: Vec::new(), stack: Vec::new(), is_hoisting: false, force_env: false, options };
    emitter.functions.push(None);
    emitter.compile_script(program)?;
    let functions = emitter.functions.into_iter().map(|f| f.expect("every reserved function is filled")).collect();
    Ok(Program { functions, atoms: emitter.atoms })
}

pub(crate) struct Emitter {
    pub atoms: AtomTable,
    analysis: Analysis,
    /// Finished functions by index (None while being compiled).
    functions: Vec<Option<FunctionCode>>,
    /// Functions being compiled: the innermost is last.
    stack: Vec<FnState>,
    /// True while compiling a hoisted function declaration's closure.
    is_hoisting: bool,
    /// New bindings go to the environment regardless of captures.
    force_env: bool,
    options: CompileOptions,
}

/// A jump target for `break`/`continue`.
pub(crate) struct JumpScope {
    pub labels: Vec<Atom>,
    /// Is it a loop (valid target of `continue`)?
    pub is_loop: bool,
    /// Jumps to patch to the break target.
    pub breaks: Vec<usize>,
    /// Jumps to patch to the continue target.
    pub continues: Vec<usize>,
    /// Depth of `scopes` at the target (scopes to leave when jumping).
    pub scope_depth: usize,
    /// Scope depth a `continue` keeps (a for-let loop's head scope), if
    /// different from `scope_depth`.
    pub continue_depth: Option<usize>,
    /// The iterator register of a for-of loop (closed when jumping out).
    pub iterator: Option<Reg>,
    /// Depth of `tries` at the target.
    pub finally_depth: usize,
}

/// A `try` with a `finally` (or a `catch`) whose protected range must be
/// suspended while a jump out of it inlines `finally` code.
pub(crate) struct TryRegion {
    /// Open ranges of handlers this region owns: (handler index, start pc).
    pub handlers: Vec<PendingHandler>,
    /// The `finally` body to inline on early exits (None for try/catch).
    pub finalizer: Option<Vec<ast::Stmt>>,
    /// `scopes` depth at the try statement.
    pub scope_depth: usize,
}

/// The protected ranges of one handler while its `try` is being emitted:
/// closed ranges, and the start of the currently open one.
pub(crate) struct PendingHandler {
    pub ranges: Vec<(u32, u32)>,
    pub open_since: Option<u32>,
}

pub(crate) struct FnState {
    pub key: FunctionKey,
    pub index: u32,
    pub flavor: FunctionFlavor,
    pub strict: bool,
    pub code: Vec<Op>,
    pub positions: Vec<u32>,
    pub constants: Vec<Constant>,
    constant_index: FxHashMap<ConstKey, Const>,
    pub handlers: Vec<Handler>,
    pub feedback_slots: u32,
    pub next_reg: u16,
    pub max_reg: u16,
    pub scopes: Vec<Scope>,
    pub jumps: Vec<JumpScope>,
    pub tries: Vec<TryRegion>,
    /// Source offset attributed to instructions being emitted.
    pub position: u32,
    /// Labels seen directly before the statement being compiled.
    pub pending_labels: Vec<Atom>,
    /// Jumps to the end of each enclosing optional chain (`a?.b`).
    pub optional_exits: Vec<Vec<usize>>,
    /// The register holding `this`, loaded once at entry, in functions
    /// whose `this` cannot change (all but arrows and derived constructors).
    pub this_reg: Option<Reg>,
}

#[derive(Hash, PartialEq, Eq)]
enum ConstKey {
    Number(u64),
    String(Atom),
}

impl FnState {
    fn new(key: FunctionKey, index: u32, flavor: FunctionFlavor, strict: bool) -> FnState {
        FnState {
            key,
            index,
            flavor,
            strict,
            code: Vec::new(),
            positions: Vec::new(),
            constants: Vec::new(),
            constant_index: FxHashMap::default(),
            handlers: Vec::new(),
            feedback_slots: 0,
            next_reg: 0,
            max_reg: 0,
            scopes: Vec::new(),
            jumps: Vec::new(),
            tries: Vec::new(),
            position: 0,
            pending_labels: Vec::new(),
            optional_exits: Vec::new(),
            this_reg: None,
        }
    }
}

/// The "unsupported" diagnostic for something too big for the bytecode.
fn too_big(what: &str, span: Span) -> Diagnostic {
    Diagnostic::unsupported(format!("{} with more than 65535 registers are", what), span)
}

impl Emitter {
    pub(crate) fn f(&mut self) -> &mut FnState {
        self.stack.last_mut().expect("emitting inside a function")
    }

    pub(crate) fn fr(&self) -> &FnState {
        self.stack.last().expect("emitting inside a function")
    }

    // ---- instructions and patching ---------------------------------------

    pub(crate) fn emit(&mut self, op: Op) -> usize {
        let f = self.f();
        f.code.push(op);
        f.positions.push(f.position);
        f.code.len() - 1
    }

    pub(crate) fn pc(&self) -> Target {
        self.fr().code.len() as Target
    }

    /// Points the jump at `at` to `target`.
    pub(crate) fn patch(&mut self, at: usize, target: Target) {
        match &mut self.f().code[at] {
            Op::Jump { target: t }
            | Op::Loop { target: t }
            | Op::JumpIfTrue { target: t, .. }
            | Op::JumpIfFalse { target: t, .. }
            | Op::JumpIfNullish { target: t, .. }
            | Op::JumpIfNotNullish { target: t, .. }
            | Op::JumpIfUndefined { target: t, .. }
            | Op::JumpIfNotLt { target: t, .. }
            | Op::JumpIfNotLe { target: t, .. }
            | Op::JumpIfNotGt { target: t, .. }
            | Op::JumpIfNotGe { target: t, .. }
            | Op::JumpIfNotStrictEq { target: t, .. }
            | Op::JumpIfStrictEq { target: t, .. } => *t = target,
            Op::ForInNext { done, .. } | Op::IterNext { done, .. } => *done = target,
            other => panic!("internal error: patching a non-jump {:?}", other),
        }
    }

    pub(crate) fn patch_all(&mut self, jumps: Vec<usize>, target: Target) {
        for at in jumps {
            self.patch(at, target);
        }
    }

    pub(crate) fn patch_all_here(&mut self, jumps: Vec<usize>) {
        let here = self.pc();
        self.patch_all(jumps, here);
    }

    pub(crate) fn patch_here(&mut self, at: usize) {
        let here = self.pc();
        self.patch(at, here);
    }

    pub(crate) fn set_position(&mut self, span: Span) -> u32 {
        let f = self.f();
        let old = f.position;
        f.position = span.start;
        old
    }

    pub(crate) fn restore_position(&mut self, old: u32) {
        self.f().position = old;
    }

    // ---- registers ---------------------------------------------------------

    pub(crate) fn temp(&mut self, span: Span) -> Result<Reg, Diagnostic> {
        self.temps(1, span)
    }

    /// Allocates `n` consecutive registers and returns the first.
    pub(crate) fn temps(&mut self, n: u16, span: Span) -> Result<Reg, Diagnostic> {
        let f = self.f();
        let first = f.next_reg;
        let next = first.checked_add(n).ok_or_else(|| too_big("functions", span))?;
        if next == u16::MAX {
            return Err(too_big("functions", span));
        }
        f.next_reg = next;
        f.max_reg = f.max_reg.max(next);
        Ok(first)
    }

    pub(crate) fn reg_mark(&self) -> u16 {
        self.fr().next_reg
    }

    pub(crate) fn release_to(&mut self, mark: u16) {
        self.f().next_reg = mark;
    }

    // ---- constants and feedback ------------------------------------------

    pub(crate) fn const_number(&mut self, n: f64) -> Const {
        self.constant(ConstKey::Number(n.to_bits()), Constant::Number(n))
    }

    pub(crate) fn const_string(&mut self, a: Atom) -> Const {
        self.constant(ConstKey::String(a), Constant::String(a))
    }

    pub(crate) fn const_str(&mut self, s: &str) -> Const {
        let a = self.atoms.intern(s);
        self.const_string(a)
    }

    fn constant(&mut self, key: ConstKey, c: Constant) -> Const {
        let f = self.f();
        if let Some(&i) = f.constant_index.get(&key) {
            return i;
        }
        let i = f.constants.len() as Const;
        f.constants.push(c);
        f.constant_index.insert(key, i);
        i
    }

    pub(crate) fn feedback(&mut self) -> Fb {
        let f = self.f();
        f.feedback_slots += 1;
        f.feedback_slots - 1
    }

    // ---- functions -----------------------------------------------------------

    /// Reserves a function-table index for a function about to be compiled.
    pub(crate) fn reserve_function(&mut self) -> u32 {
        self.functions.push(None);
        (self.functions.len() - 1) as u32
    }

    pub(crate) fn finish_function(&mut self, state: FnState, name: Atom, param_count: u16, span: Span, is_default_constructor: bool) {
        let keeps_arguments = state.code.iter().any(|op| matches!(op, Op::CreateArguments { .. }));
        let mut handlers = state.handlers;
        handlers.retain(|h| h.start < h.end);
        let code = FunctionCode {
            name,
            flavor: state.flavor,
            strict: state.strict,
            param_count,
            register_count: state.max_reg,
            code: state.code,
            constants: state.constants,
            handlers,
            positions: state.positions,
            feedback_slots: state.feedback_slots,
            span_start: span.start,
            span_end: span.end,
            is_default_constructor,
            keeps_arguments,
        };
        self.functions[state.index as usize] = Some(code);
    }

    pub(crate) fn set_function_span(&mut self, func: u32, span: Span) {
        if let Some(Some(f)) = self.functions.get_mut(func as usize) {
            f.span_start = span.start;
            f.span_end = span.end;
        }
    }

    pub(crate) fn uses_this(&self) -> bool {
        self.analysis.uses_this.contains(&self.fr().key)
    }

    pub(crate) fn uses_arguments(&self) -> bool {
        self.analysis.uses_arguments.contains(&self.fr().key)
    }

    pub(crate) fn is_captured(&self, name: Atom) -> bool {
        self.analysis.is_captured(self.fr().key, name)
    }

    fn compile_script(&mut self, program: &ast::Program) -> Result<(), Diagnostic> {
        let mut state = FnState::new(resolver::SCRIPT_KEY, 0, FunctionFlavor::Script, program.strict);
        state.position = program.span.start;
        self.stack.push(state);
        let result = self.script_body(program);
        let state = self.stack.pop().expect("script state");
        result?;
        let name = self.atoms.intern("");
        self.finish_function(state, name, 0, program.span, false);
        Ok(())
    }

    fn script_body(&mut self, program: &ast::Program) -> Result<(), Diagnostic> {
        // The completion value is not observable in a script run; the
        // script's registers start empty.
        self.enter_function_scope(&[], &program.body, self.options.script, None)?;
        self.hoist_functions(&program.body)?;
        for stmt in &program.body {
            self.stmt(stmt)?;
        }
        let r = self.temp(program.span)?;
        self.emit(Op::LoadUndefined { dst: r });
        self.emit(Op::Return { src: r });
        Ok(())
    }

    /// An internal compiler error reported as a diagnostic rather than a panic.
    pub(crate) fn internal(&self, what: &str, span: Span) -> Diagnostic {
        Diagnostic::unsupported(format!("internal compiler error: {} —", what), span)
    }

    pub(crate) fn ident_text(&self, a: Atom) -> String {
        self.atoms.text(a)
    }

    /// Registers a handler range (used by `try`).
    pub(crate) fn add_handler(&mut self, h: Handler) {
        self.f().handlers.push(h);
    }
}
