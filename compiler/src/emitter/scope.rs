//! Scopes and name resolution in the emitter: declaring bindings when a
//! function or block is entered (hoisting `var` and function declarations,
//! TDZ for `let`/`const`/`class`), choosing register or environment storage,
//! and emitting loads and stores for a name wherever it resolves.

use super::Emitter;
use crate::ast::{self, Atom, ForHead, ForInit, Stmt, StmtKind, VarKind};
use crate::bytecode::ops::Reg;
use crate::bytecode::{FunctionFlavor, Op};
use crate::diagnostic::Diagnostic;
use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BindingKind {
    Var,
    Let,
    Const,
    Class,
    Function,
    Param,
    CatchParam,
    /// The name of a named function expression, visible inside it; writes
    /// are ignored (sloppy) or throw (strict).
    FunctionName,
}

impl BindingKind {
    fn has_tdz(self) -> bool {
        matches!(self, BindingKind::Let | BindingKind::Const | BindingKind::Class)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Storage {
    Reg(Reg),
    Env(u16),
}

#[derive(Clone, Copy, Debug)]
pub struct Binding {
    pub name: Atom,
    pub kind: BindingKind,
    pub storage: Storage,
    /// Source offset after which the binding is certainly initialized when
    /// read from the same function (u32::MAX: always check).
    pub initialized_after: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Function,
    Block,
    /// A `switch` body: a case can be entered past a declaration.
    Switch,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    /// In declaration order (storage is opened in this order).
    pub bindings: Vec<Binding>,
    /// Name → position in `bindings` of its latest binding: name lookups
    /// stay O(1) per scope however many names a scope declares.
    index: rustc_hash::FxHashMap<Atom, usize>,
    pub has_env: bool,
    pub env_size: u16,
    /// The script's top level: `var` and functions are global properties.
    pub is_script: bool,
}

/// Where a name resolved.
#[derive(Clone, Copy, Debug)]
pub enum Resolved {
    Reg(Reg, Binding),
    Env { depth: u16, slot: u16, binding: Binding },
    Global,
}

impl Scope {
    pub fn push(&mut self, b: Binding) {
        self.index.insert(b.name, self.bindings.len());
        self.bindings.push(b);
    }

    pub fn find(&self, name: Atom) -> Option<&Binding> {
        self.index.get(&name).map(|&i| &self.bindings[i])
    }

    fn find_mut(&mut self, name: Atom) -> Option<&mut Binding> {
        let i = *self.index.get(&name)?;
        self.bindings.get_mut(i)
    }
}

impl Emitter {
    /// The (empty) top scope of a synthetic function.
    pub(crate) fn push_synthetic_scope(&mut self) {
        self.push_scope(ScopeKind::Function, false);
    }

    fn push_scope(&mut self, kind: ScopeKind, is_script: bool) {
        self.f().scopes.push(Scope { kind, bindings: Vec::new(), index: Default::default(), has_env: false, env_size: 0, is_script });
    }

    /// Adds a binding to the innermost scope, choosing its storage.
    fn add_binding(&mut self, name: Atom, kind: BindingKind, span: Span) -> Result<Binding, Diagnostic> {
        let captured = self.is_captured(name) || self.force_env;
        let storage = if captured {
            let scope = self.f().scopes.last_mut().expect("a scope");
            scope.env_size += 1;
            Storage::Env(scope.env_size - 1)
        } else {
            Storage::Reg(self.temp(span)?)
        };
        let binding = Binding { name, kind, storage, initialized_after: if kind.has_tdz() { u32::MAX } else { 0 } };
        self.f().scopes.last_mut().expect("a scope").push(binding);
        Ok(binding)
    }

    fn find_in_innermost(&self, name: Atom) -> Option<Binding> {
        self.fr().scopes.last().and_then(|s| s.find(name).copied())
    }

    /// Allocates the environment of the innermost scope if it has captured
    /// bindings, and gives TDZ/undefined initial values.
    fn open_scope_storage(&mut self) {
        let (size, bindings) = {
            let scope = self.fr().scopes.last().expect("a scope");
            (scope.env_size, scope.bindings.clone())
        };
        if size > 0 {
            self.f().scopes.last_mut().expect("a scope").has_env = true;
            self.emit(Op::PushEnv { size });
        }
        let mut undefined_reg: Option<Reg> = None;
        for b in bindings {
            match (b.storage, b.kind) {
                (Storage::Reg(r), k) if k.has_tdz() => {
                    self.emit(Op::LoadUninit { dst: r });
                }
                (Storage::Reg(r), BindingKind::Var | BindingKind::Function | BindingKind::CatchParam) => {
                    self.emit(Op::LoadUndefined { dst: r });
                }
                (Storage::Env(slot), BindingKind::Var | BindingKind::Function) => {
                    let u = match undefined_reg {
                        Some(u) => u,
                        None => {
                            let u = self.temp(Span::default()).unwrap_or(0);
                            self.emit(Op::LoadUndefined { dst: u });
                            undefined_reg = Some(u);
                            u
                        }
                    };
                    self.emit(Op::StoreEnv { src: u, depth: 0, slot });
                }
                _ => {}
            }
        }
    }

    /// Enters a function's (or the script's) top scope: parameters, hoisted
    /// `var`s, top-level lexical declarations and function declarations.
    pub(crate) fn enter_function_scope(
        &mut self,
        params: &[ast::Param],
        body: &[Stmt],
        is_script: bool,
        self_name: Option<ast::Ident>,
    ) -> Result<(), Diagnostic> {
        self.push_scope(ScopeKind::Function, is_script);
        // Parameters arrive in registers 0..n.
        let mut param_regs = Vec::new();
        for p in params {
            let ast::Pattern::Ident(id) = &p.pattern;
            let r = self.temp(p.span)?;
            param_regs.push((id.name, r, p.span));
        }
        let mut moved_params = Vec::new();
        for &(name, r, span) in &param_regs {
            if self.is_captured(name) {
                let b = self.add_binding(name, BindingKind::Param, span)?;
                moved_params.push((r, b));
            } else {
                let binding = Binding { name, kind: BindingKind::Param, storage: Storage::Reg(r), initialized_after: 0 };
                self.f().scopes.last_mut().expect("a scope").push(binding);
            }
        }
        let strict = self.fr().strict;
        let mut plain_vars = Vec::new();
        collect_var_list(body, &mut plain_vars);
        let mut all_vars = Vec::new();
        collect_vars(body, &mut all_vars, strict);
        let lexical: Vec<Atom> = lexical_names(body).into_iter().map(|(n, _)| n).collect();
        // Annex B names give way to a lexical declaration of the same name.
        let annex_b = |name: Atom| !plain_vars.iter().any(|(n, _)| *n == name) && lexical.contains(&name);
        let vars: Vec<(Atom, Span)> = all_vars.iter().copied().filter(|(n, _)| !annex_b(*n)).collect();
        if is_script {
            for (name, _) in &vars {
                let c = self.const_string(*name);
                self.emit(Op::DeclareGlobalVar { name: c });
            }
        } else {
            for &(name, span) in &vars {
                if self.find_in_innermost(name).is_none() {
                    self.add_binding(name, BindingKind::Var, span)?;
                }
            }
            for stmt in body {
                if let StmtKind::FunctionDecl(f) = &stmt.kind {
                    if let Some(id) = &f.name {
                        if self.find_in_innermost(id.name).is_none() {
                            self.add_binding(id.name, BindingKind::Function, id.span)?;
                        }
                    }
                }
            }
        }
        // In a script, vars and functions are not bindings: check clashes
        // against their names explicitly.
        let mut hoisted: Vec<Atom> = if is_script { plain_vars.iter().map(|(n, _)| *n).collect() } else { Vec::new() };
        if is_script {
            for stmt in body {
                if let StmtKind::FunctionDecl(f) = &stmt.kind {
                    if let Some(id) = &f.name {
                        hoisted.push(id.name);
                    }
                }
            }
        }
        self.check_lexical_clashes(body, &hoisted, false)?;
        self.declare_lexicals(body)?;
        // `arguments`, unless a parameter or declaration of that name shadows it.
        let arguments_binding = match self.atoms.find("arguments") {
            Some(a) if !is_script && self.fr().flavor != FunctionFlavor::Arrow && self.fr().flavor != FunctionFlavor::Script
                && self.uses_arguments() && self.find_in_innermost(a).is_none() =>
            {
                Some(self.add_binding(a, BindingKind::Var, Span::default())?)
            }
            _ => None,
        };
        // A named function expression sees its own name unless shadowed.
        let self_binding = match self_name {
            Some(id) if self.find_in_innermost(id.name).is_none() => {
                Some(self.add_binding(id.name, BindingKind::FunctionName, id.span)?)
            }
            _ => None,
        };
        self.open_scope_storage();
        for (r, b) in moved_params {
            if let Storage::Env(slot) = b.storage {
                self.emit(Op::StoreEnv { src: r, depth: 0, slot });
            }
        }
        if let Some(b) = arguments_binding {
            match b.storage {
                Storage::Reg(r) => {
                    self.emit(Op::CreateArguments { dst: r });
                }
                Storage::Env(slot) => {
                    let r = self.temp(Span::default())?;
                    self.emit(Op::CreateArguments { dst: r });
                    self.emit(Op::StoreEnv { src: r, depth: 0, slot });
                }
            }
        }
        if let Some(b) = self_binding {
            match b.storage {
                Storage::Reg(r) => {
                    self.emit(Op::LoadCallee { dst: r });
                }
                Storage::Env(slot) => {
                    let r = self.temp(Span::default())?;
                    self.emit(Op::LoadCallee { dst: r });
                    self.emit(Op::StoreEnv { src: r, depth: 0, slot });
                }
            }
        }
        Ok(())
    }

    /// Declares the `let`/`const`/`class` (and, in blocks, function)
    /// bindings that appear directly in `stmts`.
    fn declare_lexicals(&mut self, stmts: &[Stmt]) -> Result<(), Diagnostic> {
        let is_function_scope = self.fr().scopes.last().map(|s| s.kind == ScopeKind::Function).unwrap_or(false);
        let strict = self.fr().strict;
        for stmt in stmts {
            match &stmt.kind {
                StmtKind::VarDecl(d) if d.kind != VarKind::Var => {
                    let kind = if d.kind == VarKind::Let { BindingKind::Let } else { BindingKind::Const };
                    for decl in &d.declarators {
                        let ast::Pattern::Ident(id) = &decl.target;
                        self.declare_unique(id.name, kind, id.span)?;
                    }
                }
                StmtKind::ClassDecl(c) => {
                    if let Some(id) = &c.name {
                        self.declare_unique(id.name, BindingKind::Class, id.span)?;
                    }
                }
                StmtKind::FunctionDecl(f) if !is_function_scope => {
                    if let Some(id) = &f.name {
                        match self.find_in_innermost(id.name) {
                            None => {
                                self.add_binding(id.name, BindingKind::Function, id.span)?;
                            }
                            // Sloppy code may declare a block function twice.
                            Some(b) if b.kind == BindingKind::Function && !strict => {}
                            Some(_) => return Err(already_declared(self, id.name, id.span)),
                        }
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// A lexical declaration; redeclaring a name in the same scope is an
    /// early SyntaxError.
    fn declare_unique(&mut self, name: Atom, kind: BindingKind, span: Span) -> Result<(), Diagnostic> {
        if self.find_in_innermost(name).is_some() {
            return Err(already_declared(self, name, span));
        }
        self.add_binding(name, kind, span)?;
        Ok(())
    }

    /// Early errors: a lexical name of `stmts` that is also a `var` hoisted
    /// through this scope (or in `extra`) is a redeclaration.
    pub(crate) fn check_lexical_clashes(&self, stmts: &[Stmt], extra: &[Atom], in_block: bool) -> Result<(), Diagnostic> {
        let mut vars = Vec::new();
        collect_var_list(stmts, &mut vars);
        let mut lexical = lexical_names(stmts);
        if in_block {
            // In a block, function declarations are lexical too.
            for s in stmts {
                if let StmtKind::FunctionDecl(f) = &s.kind {
                    if let Some(id) = &f.name {
                        lexical.push((id.name, id.span));
                    }
                }
            }
        }
        for (name, span) in lexical {
            if extra.contains(&name) || vars.iter().any(|(v, _)| *v == name) {
                return Err(already_declared(self, name, span));
            }
        }
        Ok(())
    }

    /// Early error: `names` (a loop head's or catch clause's bindings) are
    /// redeclared by `var`s or lexical declarations of the body.
    pub(crate) fn check_head_clashes(&self, names: &[Atom], body: &Stmt, lexical_too: bool) -> Result<(), Diagnostic> {
        let mut vars = Vec::new();
        collect_vars_stmt(body, &mut vars);
        if lexical_too {
            if let StmtKind::Block(b) = &body.kind {
                vars.extend(lexical_names(b));
            }
        }
        for (name, span) in vars {
            if names.contains(&name) {
                return Err(already_declared(self, name, span));
            }
        }
        Ok(())
    }

    /// Enters a block scope for `stmts` (lexical declarations + block functions).
    pub(crate) fn enter_block_scope(&mut self, stmts: &[Stmt], kind: ScopeKind) -> Result<(), Diagnostic> {
        self.check_lexical_clashes(stmts, &[], true)?;
        self.push_scope(kind, false);
        self.declare_lexicals(stmts)?;
        self.open_scope_storage();
        self.hoist_functions(stmts)?;
        Ok(())
    }

    /// Enters a scope holding exactly the given bindings (for-loop heads,
    /// catch parameters).
    pub(crate) fn enter_scope_with(&mut self, names: &[(Atom, BindingKind, Span)]) -> Result<Vec<Binding>, Diagnostic> {
        self.push_scope(ScopeKind::Block, false);
        let mut out = Vec::new();
        for &(name, kind, span) in names {
            out.push(self.add_binding(name, kind, span)?);
        }
        self.open_scope_storage();
        Ok(out)
    }

    /// Like `enter_scope_with`, but every binding lives in the scope's
    /// environment (hidden bindings read by synthetic functions).
    pub(crate) fn enter_env_scope_with(&mut self, names: &[(Atom, BindingKind, Span)]) -> Result<Vec<Binding>, Diagnostic> {
        self.force_env = true;
        let result = self.enter_scope_with(names);
        self.force_env = false;
        result
    }

    /// Leaves the innermost scope, dropping its environment.
    pub(crate) fn leave_scope(&mut self) {
        let scope = self.f().scopes.pop().expect("a scope to leave");
        if scope.has_env {
            self.emit(Op::PopEnv {});
        }
    }

    /// Creates closures for the function declarations in `stmts` (hoisting).
    pub(crate) fn hoist_functions(&mut self, stmts: &[Stmt]) -> Result<(), Diagnostic> {
        for stmt in stmts {
            if let StmtKind::FunctionDecl(f) = &stmt.kind {
                let mark = self.reg_mark();
                let r = self.temp(stmt.span)?;
                self.is_hoisting = true;
                let compiled = self.function_expr(f, r, FunctionFlavor::Normal);
                self.is_hoisting = false;
                compiled?;
                let Some(id) = &f.name else { continue };
                let is_script_top = self.fr().scopes.len() == 1 && self.fr().scopes[0].is_script;
                if is_script_top {
                    let c = self.const_string(id.name);
                    self.emit(Op::DeclareGlobalFunc { name: c, src: r });
                } else {
                    self.store_var(id.name, r, stmt.span, true)?;
                    if self.fr().scopes.len() > 1 && !self.fr().strict {
                        self.store_annex_b(id.name, r);
                    }
                }
                self.release_to(mark);
            }
        }
        Ok(())
    }

    /// Annex B: a block-level function declaration in sloppy code also
    /// assigns the same-named `var` binding of the enclosing function.
    fn store_annex_b(&mut self, name: Atom, src: Reg) {
        let (storage, is_script) = {
            let top = &self.fr().scopes[0];
            let b = top.find(name).filter(|b| matches!(b.kind, BindingKind::Var | BindingKind::Function));
            (b.map(|b| b.storage), top.is_script)
        };
        let depth = self.fr().scopes[1..].iter().filter(|s| s.has_env).count() as u16;
        match storage {
            Some(Storage::Reg(r)) => {
                self.emit(Op::Mov { dst: r, src });
            }
            Some(Storage::Env(slot)) => {
                self.emit(Op::StoreEnv { src, depth, slot });
            }
            None if is_script => {
                let c = self.const_string(name);
                let fb = self.feedback();
                self.emit(Op::SetGlobal { src, name: c, strict: 0, fb });
            }
            None => {}
        }
    }

    /// Resolves `name` from the current position.
    pub(crate) fn resolve(&self, name: Atom) -> Resolved {
        let mut depth: u16 = 0;
        for (fi, f) in self.stack.iter().enumerate().rev() {
            let innermost_function = fi == self.stack.len() - 1;
            for scope in f.scopes.iter().rev() {
                if let Some(b) = scope.find(name) {
                    return match b.storage {
                        Storage::Reg(r) if innermost_function => Resolved::Reg(r, *b),
                        // A register of an outer function: the resolver should
                        // have made it captured. Treat as global to stay safe.
                        Storage::Reg(_) => Resolved::Global,
                        Storage::Env(slot) => Resolved::Env { depth, slot, binding: *b },
                    };
                }
                if scope.has_env {
                    depth += 1;
                }
            }
        }
        Resolved::Global
    }

    fn needs_tdz_check(&self, b: &Binding, same_function: bool) -> bool {
        if !b.kind.has_tdz() {
            return false;
        }
        if !same_function {
            return true;
        }
        let pos = self.fr().position;
        let in_switch = self.fr().scopes.iter().any(|s| s.kind == ScopeKind::Switch);
        in_switch || pos < b.initialized_after || b.initialized_after == u32::MAX
    }

    /// Emits `dst = name`.
    pub(crate) fn load_var(&mut self, name: Atom, dst: Reg, _span: Span) -> Result<(), Diagnostic> {
        match self.resolve(name) {
            Resolved::Reg(r, b) => {
                if r != dst {
                    self.emit(Op::Mov { dst, src: r });
                }
                if self.needs_tdz_check(&b, true) {
                    let c = self.const_string(name);
                    self.emit(Op::CheckInit { src: dst, name: c });
                }
            }
            Resolved::Env { depth, slot, binding } => {
                let same_function = self.binding_in_current_function(name);
                if self.needs_tdz_check(&binding, same_function) {
                    let c = self.const_string(name);
                    self.emit(Op::LoadEnvChecked { dst, depth, slot, name: c });
                } else {
                    self.emit(Op::LoadEnv { dst, depth, slot });
                }
            }
            Resolved::Global => {
                let c = self.const_string(name);
                let fb = self.feedback();
                self.emit(Op::GetGlobal { dst, name: c, fb });
            }
        }
        Ok(())
    }

    fn binding_in_current_function(&self, name: Atom) -> bool {
        self.fr().scopes.iter().any(|s| s.find(name).is_some())
    }

    /// The register holding `name` if it is a plain local (no TDZ check due).
    pub(crate) fn local_reg(&self, name: Atom) -> Option<Reg> {
        match self.resolve(name) {
            Resolved::Reg(r, b) if !self.needs_tdz_check(&b, true) => Some(r),
            _ => None,
        }
    }

    /// Emits `name = src`. `init` is true for the declaration's own
    /// initialization (which ends the TDZ and may write a `const`).
    pub(crate) fn store_var(&mut self, name: Atom, src: Reg, span: Span, init: bool) -> Result<(), Diagnostic> {
        let resolved = self.resolve(name);
        let binding = match resolved {
            Resolved::Reg(_, b) | Resolved::Env { binding: b, .. } => Some(b),
            Resolved::Global => None,
        };
        if let Some(b) = binding {
            if !init {
                let same_function = self.binding_in_current_function(name);
                if self.needs_tdz_check(&b, same_function) {
                    // Assigning before initialization is a ReferenceError too.
                    let tmp = self.temp(span)?;
                    self.load_var(name, tmp, span)?;
                }
                if b.kind == BindingKind::Const {
                    let c = self.const_string(name);
                    self.emit(Op::ThrowConstAssign { name: c });
                    return Ok(());
                }
                if b.kind == BindingKind::FunctionName {
                    if self.fr().strict {
                        let c = self.const_string(name);
                        self.emit(Op::ThrowConstAssign { name: c });
                    }
                    return Ok(());
                }
            }
        }
        match resolved {
            Resolved::Reg(r, _) => {
                if r != src {
                    self.emit(Op::Mov { dst: r, src });
                }
            }
            Resolved::Env { depth, slot, .. } => {
                self.emit(Op::StoreEnv { src, depth, slot });
            }
            Resolved::Global => {
                let c = self.const_string(name);
                let fb = self.feedback();
                let strict = self.fr().strict as u8;
                self.emit(Op::SetGlobal { src, name: c, strict, fb });
            }
        }
        if init {
            self.mark_initialized(name, span);
        }
        Ok(())
    }

    /// After a declaration ran, reads later in the source need no TDZ check.
    pub(crate) fn mark_initialized(&mut self, name: Atom, span: Span) {
        let end = span.end;
        let f = self.f();
        for scope in f.scopes.iter_mut().rev() {
            if let Some(b) = scope.find_mut(name) {
                if b.initialized_after == u32::MAX {
                    b.initialized_after = end;
                }
                return;
            }
        }
    }
}

/// Collects `var`-declared names in `stmts`, not entering nested functions.
/// In sloppy code, function declarations inside blocks are included too
/// (Annex B: they are also visible in the enclosing function).
pub(crate) fn collect_vars(stmts: &[Stmt], out: &mut Vec<(Atom, Span)>, strict: bool) {
    for s in stmts {
        collect_vars_stmt(s, out);
    }
    if !strict {
        for s in stmts {
            collect_block_functions(s, out, false);
        }
    }
}

/// Annex B: names of function declarations nested in blocks.
fn collect_block_functions(s: &Stmt, out: &mut Vec<(Atom, Span)>, in_block: bool) {
    let list = |stmts: &[Stmt], out: &mut Vec<(Atom, Span)>| stmts.iter().for_each(|x| collect_block_functions(x, out, true));
    match &s.kind {
        StmtKind::FunctionDecl(f) if in_block => {
            if let Some(id) = &f.name {
                out.push((id.name, id.span));
            }
        }
        StmtKind::Block(b) => list(b, out),
        StmtKind::If { consequent, alternate, .. } => {
            collect_block_functions(consequent, out, true);
            if let Some(a) = alternate {
                collect_block_functions(a, out, true);
            }
        }
        StmtKind::For { body, .. } | StmtKind::ForIn { body, .. } | StmtKind::ForOf { body, .. } => collect_block_functions(body, out, true),
        StmtKind::While { body, .. } | StmtKind::DoWhile { body, .. } => collect_block_functions(body, out, true),
        StmtKind::Labeled { body, .. } => collect_block_functions(body, out, in_block),
        StmtKind::Switch { cases, .. } => cases.iter().for_each(|c| list(&c.body, out)),
        StmtKind::Try { block, handler, finalizer } => {
            list(block, out);
            if let Some(h) = handler {
                list(&h.body, out);
            }
            if let Some(f) = finalizer {
                list(f, out);
            }
        }
        _ => {}
    }
}

fn collect_var_decl(d: &ast::VarDecl, out: &mut Vec<(Atom, Span)>) {
    if d.kind == VarKind::Var {
        for decl in &d.declarators {
            let ast::Pattern::Ident(id) = &decl.target;
            out.push((id.name, id.span));
        }
    }
}

fn collect_vars_stmt(s: &Stmt, out: &mut Vec<(Atom, Span)>) {
    match &s.kind {
        StmtKind::VarDecl(d) => collect_var_decl(d, out),
        StmtKind::If { consequent, alternate, .. } => {
            collect_vars_stmt(consequent, out);
            if let Some(a) = alternate {
                collect_vars_stmt(a, out);
            }
        }
        StmtKind::Block(b) => collect_var_list(b, out),
        StmtKind::For { init, body, .. } => {
            if let Some(ForInit::VarDecl(d)) = init {
                collect_var_decl(d, out);
            }
            collect_vars_stmt(body, out);
        }
        StmtKind::ForIn { left, body, .. } | StmtKind::ForOf { left, body, .. } => {
            if let ForHead::VarDecl(VarKind::Var, ast::Pattern::Ident(id)) = left {
                out.push((id.name, id.span));
            }
            collect_vars_stmt(body, out);
        }
        StmtKind::While { body, .. } | StmtKind::DoWhile { body, .. } | StmtKind::Labeled { body, .. } => collect_vars_stmt(body, out),
        StmtKind::Switch { cases, .. } => {
            for c in cases {
                collect_var_list(&c.body, out);
            }
        }
        StmtKind::Try { block, handler, finalizer } => {
            collect_var_list(block, out);
            if let Some(h) = handler {
                collect_var_list(&h.body, out);
            }
            if let Some(f) = finalizer {
                collect_var_list(f, out);
            }
        }
        _ => {}
    }
}

fn collect_var_list(stmts: &[Stmt], out: &mut Vec<(Atom, Span)>) {
    for s in stmts {
        collect_vars_stmt(s, out);
    }
}

fn already_declared(e: &Emitter, name: Atom, span: Span) -> Diagnostic {
    Diagnostic::syntax(format!("Identifier '{}' has already been declared", e.ident_text(name)), span)
}

/// The let/const/class names declared directly in `stmts`.
pub(crate) fn lexical_names(stmts: &[Stmt]) -> Vec<(Atom, Span)> {
    let mut out = Vec::new();
    for s in stmts {
        match &s.kind {
            StmtKind::VarDecl(d) if d.kind != VarKind::Var => {
                for decl in &d.declarators {
                    let ast::Pattern::Ident(id) = &decl.target;
                    out.push((id.name, id.span));
                }
            }
            StmtKind::ClassDecl(c) => {
                if let Some(id) = &c.name {
                    out.push((id.name, id.span));
                }
            }
            _ => {}
        }
    }
    out
}
