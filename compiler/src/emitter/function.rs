//! Compiling function bodies: each function literal becomes its own
//! `FunctionCode` in the program's table, compiled while the enclosing
//! function's scopes stay visible (for captured names), and is
//! instantiated at run time by `MakeClosure`.

use super::{Emitter, FnState};
use crate::ast::{self, Atom, FunctionBody, FunctionKind};
use crate::bytecode::ops::Reg;
use crate::bytecode::{FunctionFlavor, Op};
use crate::diagnostic::Diagnostic;
use crate::resolver::{function_key, FunctionKey};

pub(crate) fn flavor_of(kind: FunctionKind) -> FunctionFlavor {
    match kind {
        FunctionKind::Normal => FunctionFlavor::Normal,
        FunctionKind::Arrow => FunctionFlavor::Arrow,
        FunctionKind::Method | FunctionKind::Getter | FunctionKind::Setter => FunctionFlavor::Method,
        FunctionKind::ClassConstructor => FunctionFlavor::BaseClass,
        FunctionKind::DerivedConstructor => FunctionFlavor::DerivedClass,
    }
}

impl Emitter {
    /// `dst = closure of f`, named after `f`'s own name.
    pub(crate) fn function_expr(&mut self, f: &ast::Function, dst: Reg, flavor: FunctionFlavor) -> Result<(), Diagnostic> {
        let name = match &f.name {
            Some(n) => n.name,
            None => self.atoms.intern(""),
        };
        // Only a named function *expression* binds its own name inside;
        // a declaration's name is bound by the enclosing scope.
        let is_declaration = self.is_hoisting;
        self.function_expr_named(f, dst, flavor, name, !is_declaration && flavor == FunctionFlavor::Normal)
    }

    /// `dst = closure of f` with `name` as its `name` property.
    pub(crate) fn function_expr_named(&mut self, f: &ast::Function, dst: Reg, flavor: FunctionFlavor, name: Atom, self_binding: bool) -> Result<(), Diagnostic> {
        let flavor = if flavor == FunctionFlavor::Normal { flavor_of(f.kind) } else { flavor };
        let self_name = if self_binding { f.name } else { None };
        let func = self.compile_function(f, flavor, name, self_name, function_key(f))?;
        self.emit(Op::MakeClosure { dst, func });
        Ok(())
    }

    /// Compiles `f` into a new function-table entry and returns its index.
    pub(crate) fn compile_function(
        &mut self,
        f: &ast::Function,
        flavor: FunctionFlavor,
        name: Atom,
        self_name: Option<ast::Ident>,
        key: FunctionKey,
    ) -> Result<u32, Diagnostic> {
        let index = self.reserve_function();
        let mut state = FnState::new(key, index, flavor, f.strict);
        state.position = f.span.start;
        self.stack.push(state);
        let was_hoisting = std::mem::replace(&mut self.is_hoisting, false);
        let result = self.function_body(f, self_name);
        self.is_hoisting = was_hoisting;
        let state = self.stack.pop().expect("function state");
        result?;
        let params = u16::try_from(f.params.len()).map_err(|_| Diagnostic::unsupported("functions with more than 65535 parameters are", f.span))?;
        self.finish_function(state, name, params, f.span, false);
        Ok(index)
    }

    fn function_body(&mut self, f: &ast::Function, self_name: Option<ast::Ident>) -> Result<(), Diagnostic> {
        let empty: Vec<ast::Stmt> = Vec::new();
        let stmts = match &f.body {
            FunctionBody::Block(stmts) => stmts,
            FunctionBody::Expr(_) => &empty,
        };
        self.enter_function_scope(&f.params, stmts, false, self_name)?;
        let this_is_fixed = matches!(self.fr().flavor, FunctionFlavor::Normal | FunctionFlavor::Method | FunctionFlavor::BaseClass);
        if this_is_fixed && self.uses_this() {
            let r = self.temp(f.span)?;
            self.emit(Op::LoadThis { dst: r });
            self.f().this_reg = Some(r);
        }
        self.hoist_functions(stmts)?;
        match &f.body {
            FunctionBody::Block(stmts) => {
                self.stmts(stmts)?;
                let r = self.temp(f.span)?;
                self.emit(Op::LoadUndefined { dst: r });
                self.emit(Op::Return { src: r });
            }
            FunctionBody::Expr(e) => {
                let r = self.temp(e.span)?;
                self.expr(e, r)?;
                self.emit(Op::Return { src: r });
            }
        }
        Ok(())
    }

    /// A function with no source of its own: class default constructors and
    /// field initializers. `body` emits the code.
    pub(crate) fn synthetic_function(
        &mut self,
        flavor: FunctionFlavor,
        name: Atom,
        span: crate::span::Span,
        is_default_constructor: bool,
        body: impl FnOnce(&mut Self) -> Result<(), Diagnostic>,
    ) -> Result<u32, Diagnostic> {
        let index = self.reserve_function();
        let key = (u32::MAX, index);
        let mut state = FnState::new(key, index, flavor, true);
        state.position = span.start;
        self.stack.push(state);
        self.push_synthetic_scope();
        let result = body(self);
        let state = self.stack.pop().expect("function state");
        result?;
        self.finish_function(state, name, 0, span, is_default_constructor);
        Ok(index)
    }
}
