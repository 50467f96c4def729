//! Iteration statements (ECMA-262 §14.7): `while`, `do-while`, and the three
//! shapes of `for` — `for(;;)`, `for-in` and `for-of` — whose heads need the
//! most early-error checks of any statement.

use super::statements::Ctx;
use super::Parser;
use crate::ast::*;
use crate::diagnostic::Diagnostic;
use crate::lexer::{Kw, P};

type PResult<T> = Result<T, Diagnostic>;

impl<'s, 'a> Parser<'s, 'a> {
    /// A loop body: `break`/`continue` become legal inside it.
    fn parse_loop_body(&mut self) -> PResult<Stmt> {
        let saved = std::mem::replace(&mut self.fcx.in_iteration, true);
        let body = self.parse_statement(Ctx::Loop);
        self.fcx.in_iteration = saved;
        body
    }

    pub(super) fn parse_while(&mut self) -> PResult<StmtKind> {
        self.advance()?;
        self.expect(P::LParen)?;
        let test = self.parse_expression_allow_in()?;
        self.expect(P::RParen)?;
        let body = self.parse_loop_body()?;
        Ok(StmtKind::While { test: Box::new(test), body: Box::new(body) })
    }

    pub(super) fn parse_do_while(&mut self) -> PResult<StmtKind> {
        self.advance()?;
        let body = self.parse_loop_body()?;
        self.expect_kw(Kw::While)?;
        self.expect(P::LParen)?;
        let test = self.parse_expression_allow_in()?;
        self.expect(P::RParen)?;
        // The `;` after do-while is optional even without a line break.
        self.eat(P::Semi)?;
        Ok(StmtKind::DoWhile { body: Box::new(body), test: Box::new(test) })
    }

    fn is_of(&self) -> bool {
        self.is_kw(Kw::Of)
    }

    pub(super) fn parse_for(&mut self) -> PResult<StmtKind> {
        self.advance()?;
        if self.is_kw(Kw::Await) {
            return Err(Diagnostic::unsupported("async iteration is", self.tok.span));
        }
        self.expect(P::LParen)?;
        let decl_kind = if self.is_kw(Kw::Var) {
            Some(VarKind::Var)
        } else if self.is_kw(Kw::Const) {
            Some(VarKind::Const)
        } else if self.is_let_declaration()? {
            Some(VarKind::Let)
        } else {
            None
        };
        if let Some(kind) = decl_kind {
            let decl_start = self.start();
            self.advance()?;
            let saved = std::mem::replace(&mut self.no_in, true);
            let decl = self.parse_var_decl(kind, true);
            self.no_in = saved;
            let decl = decl?;
            if self.is_kw(Kw::In) || self.is_of() {
                let is_of = self.is_of();
                let what = if is_of { "for-of" } else { "for-in" };
                if decl.declarators.len() != 1 {
                    let msg = format!("Invalid left-hand side in {} loop: Must have a single binding.", what);
                    return Err(Diagnostic::syntax(msg, self.span_from(decl_start)));
                }
                let Some(d) = decl.declarators.into_iter().next() else { return Err(self.unexpected()) };
                if d.init.is_some() {
                    // Annex B allows `for (var x = 1 in o)` in sloppy code; it
                    // is not Level 1, so it is reported as unsupported there.
                    if !is_of && kind == VarKind::Var && !self.strict {
                        return Err(Diagnostic::unsupported("initializers in for-in heads are", d.span));
                    }
                    let msg = format!("{} loop variable declaration may not have an initializer.", what);
                    return Err(Diagnostic::syntax(msg, d.span));
                }
                return self.parse_for_in_of(is_of, ForHead::VarDecl(kind, d.target));
            }
            if kind == VarKind::Const {
                if let Some(d) = decl.declarators.iter().find(|d| d.init.is_none()) {
                    return Err(Diagnostic::syntax("Missing initializer in const declaration", d.span));
                }
            }
            return self.parse_for_rest(Some(ForInit::VarDecl(decl)));
        }
        if self.is(P::Semi) {
            return self.parse_for_rest(None);
        }
        let starts_with_let = self.is_kw(Kw::Let);
        let starts_with_async = self.is_kw(Kw::Async);
        let saved = std::mem::replace(&mut self.no_in, true);
        let init = self.parse_expression();
        self.no_in = saved;
        let init = init?;
        if self.is_kw(Kw::In) || self.is_of() {
            let is_of = self.is_of();
            let bare_ident = |e: &Expr| matches!(e.kind, ExprKind::Ident(_));
            if is_of && starts_with_let {
                return Err(Diagnostic::syntax("The left-hand side of a for-of loop may not be 'let'.", init.span));
            }
            if is_of && starts_with_async && bare_ident(&init) {
                let msg = "The left-hand side of a for-of loop may not be 'async'.";
                return Err(Diagnostic::syntax(msg, init.span));
            }
            let what = if is_of { "for-of" } else { "for-in" };
            self.check_assign_target(&init, &format!("Invalid left-hand side in {} loop", what), true)?;
            return self.parse_for_in_of(is_of, ForHead::Target(Box::new(init)));
        }
        self.parse_for_rest(Some(ForInit::Expr(Box::new(init))))
    }

    /// After the head's left side, at `in` or `of`.
    fn parse_for_in_of(&mut self, is_of: bool, left: ForHead) -> PResult<StmtKind> {
        self.advance()?;
        let right = if is_of { self.parse_assign_allow_in()? } else { self.parse_expression_allow_in()? };
        self.expect(P::RParen)?;
        let body = Box::new(self.parse_loop_body()?);
        let right = Box::new(right);
        Ok(if is_of { StmtKind::ForOf { left, right, body } } else { StmtKind::ForIn { left, right, body } })
    }

    /// `; test ; update ) body` of a C-style `for`.
    fn parse_for_rest(&mut self, init: Option<ForInit>) -> PResult<StmtKind> {
        self.expect(P::Semi)?;
        let test = if self.is(P::Semi) { None } else { Some(Box::new(self.parse_expression_allow_in()?)) };
        self.expect(P::Semi)?;
        let update = if self.is(P::RParen) { None } else { Some(Box::new(self.parse_expression_allow_in()?)) };
        if !self.is(P::RParen) {
            return Err(self.unexpected());
        }
        self.advance()?;
        let body = Box::new(self.parse_loop_body()?);
        Ok(StmtKind::For { init, test, update, body })
    }
}
