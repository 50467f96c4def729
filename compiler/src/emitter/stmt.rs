//! Statement emission: declarations, control flow, loops with fresh
//! per-iteration bindings, `switch`, labeled `break`/`continue`, and
//! `try`/`catch`/`finally` — with `finally` code inlined on every early exit
//! (break, continue, return) and run from a catch-all handler on throw.

use super::scope::{BindingKind, ScopeKind};
use super::{Emitter, JumpScope, PendingHandler, TryRegion};
use crate::ast::{self, Atom, ForHead, ForInit, Stmt, StmtKind, VarKind};
use crate::bytecode::{Handler, Op};
use crate::diagnostic::Diagnostic;
use crate::span::Span;

/// How a loop's head binds its variable, for for-in/for-of.
enum LoopTarget<'a> {
    Declared(VarKind, Atom, Span),
    Expr(&'a ast::Expr),
}

impl Emitter {
    pub(crate) fn stmts(&mut self, stmts: &[Stmt]) -> Result<(), Diagnostic> {
        for s in stmts {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub(crate) fn stmt(&mut self, s: &Stmt) -> Result<(), Diagnostic> {
        let old = self.set_position(s.span);
        let mark = self.reg_mark();
        let labels = std::mem::take(&mut self.f().pending_labels);
        let result = self.stmt_inner(s, labels);
        self.release_to(mark);
        self.restore_position(old);
        result
    }

    fn stmt_inner(&mut self, s: &Stmt, labels: Vec<Atom>) -> Result<(), Diagnostic> {
        match &s.kind {
            StmtKind::Expr(e) => {
                if !self.expr_statement_in_place(e)? {
                    let r = self.temp(s.span)?;
                    self.expr(e, r)?;
                }
            }
            StmtKind::VarDecl(d) => self.var_decl(d)?,
            StmtKind::FunctionDecl(_) => {} // hoisted at scope entry
            StmtKind::ClassDecl(c) => {
                let r = self.temp(s.span)?;
                let name = c.name.map(|n| n.name);
                self.class_expr(c, r, name)?;
                if let Some(id) = &c.name {
                    self.store_var(id.name, r, s.span, true)?;
                }
            }
            StmtKind::Return(e) => {
                // A local's own register, unless a `finally` on the way out
                // could reassign it after the value is taken.
                let through_finally = self.fr().tries.iter().any(|t| t.finalizer.is_some());
                let r = match e {
                    Some(e) if !through_finally => self.expr_reg(e)?,
                    Some(e) => {
                        let r = self.temp(s.span)?;
                        self.expr(e, r)?;
                        r
                    }
                    None => {
                        let r = self.temp(s.span)?;
                        self.emit(Op::LoadUndefined { dst: r });
                        r
                    }
                };
                self.close_iterators_from(0);
                self.exit_through_finally(0, 0)?;
                self.emit(Op::Return { src: r });
            }
            StmtKind::If { test, consequent, alternate } => {
                let to_else = self.jump_if_false(test)?;
                self.stmt(consequent)?;
                match alternate {
                    Some(alt) => {
                        let to_end = self.emit(Op::Jump { target: 0 });
                        self.patch_all_here(to_else);
                        self.stmt(alt)?;
                        self.patch_here(to_end);
                    }
                    None => self.patch_all_here(to_else),
                }
            }
            StmtKind::Block(body) => {
                if labels.is_empty() {
                    self.block(body)?;
                } else {
                    self.labeled_block(labels, |e| e.block(body))?;
                }
            }
            StmtKind::Labeled { label, body } => {
                let mut all = labels;
                all.push(label.name);
                let is_loop_or_block = matches!(
                    body.kind,
                    StmtKind::For { .. } | StmtKind::ForIn { .. } | StmtKind::ForOf { .. } | StmtKind::While { .. } | StmtKind::DoWhile { .. } | StmtKind::Block(_) | StmtKind::Switch { .. } | StmtKind::Labeled { .. }
                );
                if is_loop_or_block {
                    self.f().pending_labels = all;
                    self.stmt(body)?;
                } else {
                    self.labeled_block(all, |e| e.stmt(body))?;
                }
            }
            StmtKind::While { test, body } => {
                let start = self.pc();
                self.push_jump_scope(labels, true);
                let exit = self.jump_if_false(test)?;
                self.stmt(body)?;
                let continue_target = self.pc();
                self.emit(Op::Loop { target: start });
                let end = self.pc();
                self.patch_all(exit, end);
                self.pop_jump_scope(continue_target, end);
            }
            StmtKind::DoWhile { body, test } => {
                let start = self.pc();
                self.push_jump_scope(labels, true);
                self.stmt(body)?;
                let continue_target = self.pc();
                let exit = self.jump_if_false(test)?;
                self.emit(Op::Loop { target: start });
                let end = self.pc();
                self.patch_all(exit, end);
                self.pop_jump_scope(continue_target, end);
            }
            StmtKind::For { init, test, update, body } => self.for_loop(init, test, update, body, labels)?,
            StmtKind::ForIn { left, right, body } => self.for_each(left, right, body, labels, false)?,
            StmtKind::ForOf { left, right, body } => self.for_each(left, right, body, labels, true)?,
            StmtKind::Break(label) => self.break_or_continue(label.map(|l| l.name), false, s.span)?,
            StmtKind::Continue(label) => self.break_or_continue(label.map(|l| l.name), true, s.span)?,
            StmtKind::Switch { discriminant, cases } => self.switch(discriminant, cases, labels)?,
            StmtKind::Throw(e) => {
                let r = self.expr_reg(e)?;
                self.emit(Op::Throw { src: r });
            }
            StmtKind::Try { block, handler, finalizer } => self.try_stmt(block, handler.as_ref(), finalizer.as_ref())?,
            StmtKind::Empty => {}
            StmtKind::Debugger => {
                self.emit(Op::Nop {});
            }
        }
        Ok(())
    }

    fn var_decl(&mut self, d: &ast::VarDecl) -> Result<(), Diagnostic> {
        for decl in &d.declarators {
            let ast::Pattern::Ident(id) = &decl.target;
            let old = self.set_position(decl.span);
            let mark = self.reg_mark();
            match &decl.init {
                Some(init) => {
                    // A register local whose initializer does not mention it
                    // is computed in place (nothing can observe the
                    // intermediate writes: closures never see registers).
                    let r = match self.register_for_init(id.name) {
                        Some(r) if super::expr::writes_dst_once(init) => r,
                        _ => self.temp(decl.span)?,
                    };
                    self.expr_named(init, r, Some(id.name))?;
                    self.store_var(id.name, r, decl.span, d.kind != VarKind::Var)?;
                }
                None if d.kind == VarKind::Let => {
                    let r = self.temp(decl.span)?;
                    self.emit(Op::LoadUndefined { dst: r });
                    self.store_var(id.name, r, decl.span, true)?;
                }
                None => {}
            }
            self.release_to(mark);
            self.restore_position(old);
        }
        Ok(())
    }

    pub(crate) fn block(&mut self, body: &[Stmt]) -> Result<(), Diagnostic> {
        self.enter_block_scope(body, ScopeKind::Block)?;
        let result = self.stmts(body);
        self.leave_scope();
        result
    }

    /// A labeled non-loop statement: `break label` jumps past it.
    fn labeled_block(&mut self, labels: Vec<Atom>, body: impl FnOnce(&mut Self) -> Result<(), Diagnostic>) -> Result<(), Diagnostic> {
        self.push_jump_scope(labels, false);
        body(self)?;
        let end = self.pc();
        self.pop_jump_scope(end, end);
        Ok(())
    }

    fn push_jump_scope(&mut self, labels: Vec<Atom>, is_loop: bool) {
        let scope_depth = self.fr().scopes.len();
        let finally_depth = self.fr().tries.len();
        self.f().jumps.push(JumpScope { labels, is_loop, breaks: Vec::new(), continues: Vec::new(), scope_depth, continue_depth: None, iterator: None, finally_depth });
    }

    /// Patches the scope's jumps: `continue` to `continue_target`, `break` to `end`.
    fn pop_jump_scope(&mut self, continue_target: u32, end: u32) {
        let scope = self.f().jumps.pop().expect("a jump scope");
        for at in scope.continues {
            self.patch(at, continue_target);
        }
        for at in scope.breaks {
            self.patch(at, end);
        }
    }

    fn break_or_continue(&mut self, label: Option<Atom>, is_continue: bool, span: Span) -> Result<(), Diagnostic> {
        let index = self.fr().jumps.iter().rposition(|j| match label {
            Some(l) => j.labels.contains(&l) && (!is_continue || j.is_loop),
            None => j.is_loop || (!is_continue && j.labels.is_empty()),
        });
        let Some(index) = index else {
            return Err(Diagnostic::syntax(if is_continue { "Illegal continue statement" } else { "Illegal break statement" }, span));
        };
        let (scope_depth, finally_depth) = {
            let j = &self.fr().jumps[index];
            (j.scope_depth, j.finally_depth)
        };
        // Leaving for-of loops closes their iterators (the target loop
        // too, unless this is a `continue` to it).
        let first_left = if is_continue { index + 1 } else { index };
        self.close_iterators_from(first_left);
        // `continue` in a for-let loop stays inside the loop's head scope.
        let scope_depth = if is_continue { self.fr().jumps[index].continue_depth.unwrap_or(scope_depth) } else { scope_depth };
        self.exit_through_finally(finally_depth, scope_depth)?;
        let at = self.emit(Op::Jump { target: 0 });
        let j = &mut self.f().jumps[index];
        if is_continue {
            j.continues.push(at);
        } else {
            j.breaks.push(at);
        }
        Ok(())
    }

    /// Emits what leaving to try depth `finally_depth` and scope depth
    /// `scope_depth` needs: each crossed `finally` body inlined (outside the
    /// protection of its own handlers), and the environments popped.
    pub(crate) fn exit_through_finally(&mut self, finally_depth: usize, scope_depth: usize) -> Result<(), Diagnostic> {
        let top = self.fr().tries.len();
        let mut current_depth = self.fr().scopes.len();
        for i in (finally_depth..top).rev() {
            // Region i is being left: code from here on (its finally body
            // included) is not protected by it, but still by outer regions.
            let pc = self.pc();
            suspend(&mut self.f().tries[i], pc);
            let Some(body) = self.fr().tries[i].finalizer.clone() else { continue };
            let region_depth = self.fr().tries[i].scope_depth;
            for _ in 0..self.envs_between(region_depth, current_depth) {
                self.emit(Op::PopEnv {});
            }
            current_depth = region_depth;
            // Compile the finally body as if at the try statement.
            let saved_scopes = self.f().scopes.split_off(region_depth);
            let saved_tries = self.f().tries.split_off(i);
            let saved_jumps_len = self.fr().jumps.len();
            let result = self.block(&body);
            self.f().tries.extend(saved_tries);
            self.f().scopes.extend(saved_scopes);
            debug_assert_eq!(saved_jumps_len, self.fr().jumps.len());
            result?;
        }
        if scope_depth < current_depth {
            for _ in 0..self.envs_between(scope_depth, current_depth) {
                self.emit(Op::PopEnv {});
            }
        }
        let pc = self.pc() + 1; // resume after the jump/return that follows
        for region in &mut self.f().tries[finally_depth..top] {
            resume(region, pc);
        }
        Ok(())
    }

    /// Whether `e` mentions identifier `name` anywhere (conservative).
    pub(crate) fn mentions(&self, e: &ast::Expr, name: Atom) -> bool {
        let mut found = false;
        crate::resolver::for_each_ident(e, &mut |n| found |= n == name);
        found
    }

    /// Emits `IterClose` for every for-of loop at jump-scope index >= `from`.
    fn close_iterators_from(&mut self, from: usize) {
        let iters: Vec<_> = self.fr().jumps[from..].iter().rev().filter_map(|j| j.iterator).collect();
        for iter in iters {
            self.emit(Op::IterClose { iter });
        }
    }

    fn envs_between(&self, from: usize, to: usize) -> usize {
        self.fr().scopes[from..to].iter().filter(|s| s.has_env).count()
    }

    fn for_loop(
        &mut self,
        init: &Option<ForInit>,
        test: &Option<Box<ast::Expr>>,
        update: &Option<Box<ast::Expr>>,
        body: &Stmt,
        labels: Vec<Atom>,
    ) -> Result<(), Diagnostic> {
        let outer_depth = self.fr().scopes.len();
        let mut head_scope = false;
        match init {
            Some(ForInit::VarDecl(d)) if d.kind != VarKind::Var => {
                let kind = if d.kind == VarKind::Let { BindingKind::Let } else { BindingKind::Const };
                let names: Vec<_> = d
                    .declarators
                    .iter()
                    .map(|decl| {
                        let ast::Pattern::Ident(id) = &decl.target;
                        (id.name, kind, id.span)
                    })
                    .collect();
                let head: Vec<Atom> = names.iter().map(|n| n.0).collect();
                self.check_head_clashes(&head, body, false)?;
                self.enter_scope_with(&names)?;
                head_scope = true;
                self.var_decl(d)?;
            }
            Some(ForInit::VarDecl(d)) => self.var_decl(d)?,
            Some(ForInit::Expr(e)) => {
                let mark = self.reg_mark();
                let r = self.temp(e.span)?;
                self.expr(e, r)?;
                self.release_to(mark);
            }
            None => {}
        }
        let per_iteration_env = head_scope && self.fr().scopes.last().map(|s| s.has_env).unwrap_or(false);
        if per_iteration_env {
            // Closures in the initializer keep the initial bindings.
            self.emit(Op::CopyEnv {});
        }
        let start = self.pc();
        // `break` leaves the head scope; `continue` stays in it.
        self.push_jump_scope(labels, true);
        self.f().jumps.last_mut().expect("jump scope").scope_depth = outer_depth;
        let exit = match test {
            Some(t) => {
                let mark = self.reg_mark();
                let exit = self.jump_if_false(t)?;
                self.release_to(mark);
                Some(exit)
            }
            None => None,
        };
        self.continue_depth_override(head_scope);
        self.stmt(body)?;
        let continue_target = self.pc();
        if per_iteration_env {
            self.emit(Op::CopyEnv {});
        }
        if let Some(u) = update {
            let mark = self.reg_mark();
            if !self.expr_statement_in_place(u)? {
                let r = self.temp(u.span)?;
                self.expr(u, r)?;
            }
            self.release_to(mark);
        }
        self.emit(Op::Loop { target: start });
        let loop_end = self.pc();
        if let Some(exit) = exit {
            self.patch_all(exit, loop_end);
        }
        // Breaks jump past the PopEnv of the head scope, so they pop it themselves.
        let jump = self.f().jumps.pop().expect("jump scope");
        for at in jump.continues {
            self.patch(at, continue_target);
        }
        if head_scope {
            self.leave_scope();
        }
        let end = self.pc();
        let _ = loop_end;
        for at in jump.breaks {
            self.patch(at, end);
        }
        // The test's exit path must also leave the head scope: it jumps to
        // the PopEnv emitted by leave_scope (at loop_end).
        Ok(())
    }

    /// `continue` inside a for-let loop must not pop the head scope: record
    /// the head scope as part of the continue depth.
    fn continue_depth_override(&mut self, head_scope: bool) {
        if head_scope {
            let depth = self.fr().scopes.len();
            let j = self.f().jumps.last_mut().expect("jump scope");
            j.continue_depth = Some(depth);
        }
    }

    fn for_each(&mut self, left: &ForHead, right: &ast::Expr, body: &Stmt, labels: Vec<Atom>, is_of: bool) -> Result<(), Diagnostic> {
        let target = match left {
            ForHead::VarDecl(kind, ast::Pattern::Ident(id)) => LoopTarget::Declared(*kind, id.name, id.span),
            ForHead::Target(e) => LoopTarget::Expr(e),
        };
        let iter = self.temp(right.span)?;
        // `for (let x of x)`: the head's names are in their TDZ while the
        // right-hand side is evaluated.
        let tdz_names: Vec<(Atom, BindingKind, Span)> = match target {
            LoopTarget::Declared(VarKind::Let | VarKind::Const, name, span) if self.mentions(right, name) => vec![(name, BindingKind::Let, span)],
            _ => Vec::new(),
        };
        if !tdz_names.is_empty() {
            self.enter_scope_with(&tdz_names)?;
        }
        let obj = self.temp(right.span)?;
        self.expr(right, obj)?;
        if !tdz_names.is_empty() {
            self.leave_scope();
        }
        if is_of {
            self.emit(Op::GetIterator { dst: iter, obj });
        } else {
            self.emit(Op::ForInStart { dst: iter, obj });
        }
        let value = self.temp(right.span)?;
        let start = self.pc();
        let next = if is_of {
            self.emit(Op::IterNext { dst: value, iter, done: 0 })
        } else {
            self.emit(Op::ForInNext { dst: value, iter, done: 0 })
        };
        self.push_jump_scope(labels, true);
        if is_of {
            self.f().jumps.last_mut().expect("jump scope").iterator = Some(iter);
        }
        let mut scoped = false;
        match target {
            LoopTarget::Declared(VarKind::Var, name, span) => self.store_var(name, value, span, true)?,
            LoopTarget::Declared(kind, name, span) => {
                self.check_head_clashes(&[name], body, false)?;
                let bk = if kind == VarKind::Let { BindingKind::Let } else { BindingKind::Const };
                self.enter_scope_with(&[(name, bk, span)])?;
                scoped = true;
                self.store_var(name, value, span, true)?;
            }
            LoopTarget::Expr(e) => self.assign_to(e, value)?,
        }
        self.stmt(body)?;
        if scoped {
            self.leave_scope();
        }
        let continue_target = self.pc();
        self.emit(Op::Loop { target: start });
        let end = self.pc();
        self.patch(next, end);
        self.pop_jump_scope(continue_target, end);
        Ok(())
    }

    fn switch(&mut self, discriminant: &ast::Expr, cases: &[ast::SwitchCase], labels: Vec<Atom>) -> Result<(), Diagnostic> {
        let d = self.temp(discriminant.span)?;
        self.expr(discriminant, d)?;
        let all: Vec<Stmt> = cases.iter().flat_map(|c| c.body.iter().cloned()).collect();
        self.push_jump_scope(labels, false);
        self.enter_block_scope(&all, ScopeKind::Switch)?;
        let mut case_jumps = Vec::new();
        let t = self.temp(discriminant.span)?;
        for case in cases {
            if let Some(test) = &case.test {
                let mark = self.reg_mark();
                let v = self.expr_reg(test)?;
                let fb = self.feedback();
                self.emit(Op::StrictEq { dst: t, a: d, b: v, fb });
                self.release_to(mark);
                case_jumps.push(Some(self.emit(Op::JumpIfTrue { cond: t, target: 0 })));
            } else {
                case_jumps.push(None);
            }
        }
        let to_default = self.emit(Op::Jump { target: 0 });
        let mut default_target = None;
        for (case, jump) in cases.iter().zip(case_jumps) {
            let here = self.pc();
            match jump {
                Some(j) => self.patch(j, here),
                None => default_target = Some(here),
            }
            self.stmts(&case.body)?;
        }
        self.leave_scope();
        let end = self.pc();
        self.patch(to_default, default_target.unwrap_or(end));
        self.pop_jump_scope(end, end);
        Ok(())
    }

    fn try_stmt(&mut self, block: &[Stmt], handler: Option<&ast::CatchClause>, finalizer: Option<&Vec<Stmt>>) -> Result<(), Diagnostic> {
        let span = Span::default();
        let env_save = self.temp(span)?;
        self.emit(Op::SaveEnv { dst: env_save });
        let scope_depth = self.fr().scopes.len();
        let start = self.pc();
        let f_exception = self.temp(span)?;
        let c_exception = self.temp(span)?;
        if let Some(body) = finalizer {
            let h = PendingHandler { ranges: Vec::new(), open_since: Some(start) };
            self.f().tries.push(TryRegion { handlers: vec![h], finalizer: Some(body.clone()), scope_depth });
        }
        if handler.is_some() {
            let h = PendingHandler { ranges: Vec::new(), open_since: Some(start) };
            self.f().tries.push(TryRegion { handlers: vec![h], finalizer: None, scope_depth });
        }
        self.block(block)?;
        let mut catch_ranges = Vec::new();
        if handler.is_some() {
            let mut region = self.f().tries.pop().expect("catch region");
            let pc = self.pc();
            suspend(&mut region, pc);
            catch_ranges = std::mem::take(&mut region.handlers[0].ranges);
        }
        let mut to_end = Vec::new();
        if let Some(body) = finalizer {
            self.inline_own_finally(body)?;
        }
        to_end.push(self.emit(Op::Jump { target: 0 }));
        let catch_target = self.pc();
        if let Some(h) = handler {
            self.emit(Op::RestoreEnv { src: env_save });
            match &h.param {
                Some(ast::Pattern::Ident(id)) => {
                    let mut body_names = super::scope::lexical_names(&h.body);
                    for s in &h.body {
                        if let StmtKind::FunctionDecl(f) = &s.kind {
                            if let Some(fid) = &f.name {
                                body_names.push((fid.name, fid.span));
                            }
                        }
                    }
                    for (name, span) in body_names {
                        if name == id.name {
                            return Err(Diagnostic::syntax(format!("Identifier '{}' has already been declared", self.ident_text(name)), span));
                        }
                    }
                    self.enter_scope_with(&[(id.name, BindingKind::CatchParam, id.span)])?;
                    self.store_var(id.name, c_exception, id.span, true)?;
                    let result = self.block(&h.body);
                    self.leave_scope();
                    result?;
                }
                None => self.block(&h.body)?,
            }
            if let Some(body) = finalizer {
                self.inline_own_finally(body)?;
            }
            to_end.push(self.emit(Op::Jump { target: 0 }));
        }
        for (s, e) in catch_ranges {
            self.add_handler(Handler { start: s, end: e, target: catch_target, exception: c_exception });
        }
        if let Some(body) = finalizer {
            let mut region = self.f().tries.pop().expect("finally region");
            let pc = self.pc();
            suspend(&mut region, pc);
            let finally_target = self.pc();
            self.emit(Op::RestoreEnv { src: env_save });
            self.block(body)?;
            self.emit(Op::Throw { src: f_exception });
            for (s, e) in std::mem::take(&mut region.handlers[0].ranges) {
                self.add_handler(Handler { start: s, end: e, target: finally_target, exception: f_exception });
            }
        }
        for j in to_end {
            self.patch_here(j);
        }
        Ok(())
    }

    /// Runs this try's own `finally` on normal completion of its block or
    /// catch clause, outside its own handler's range.
    fn inline_own_finally(&mut self, body: &[Stmt]) -> Result<(), Diagnostic> {
        let mut region = self.f().tries.pop().expect("finally region");
        let pc = self.pc();
        suspend(&mut region, pc);
        let result = self.block(body);
        let pc = self.pc() + 1; // after the jump to the end
        resume(&mut region, pc);
        self.f().tries.push(region);
        result
    }
}

fn suspend(region: &mut TryRegion, pc: u32) {
    for h in &mut region.handlers {
        if let Some(start) = h.open_since.take() {
            h.ranges.push((start, pc));
        }
    }
}

fn resume(region: &mut TryRegion, pc: u32) {
    for h in &mut region.handlers {
        if h.open_since.is_none() {
            h.open_since = Some(pc);
        }
    }
}
