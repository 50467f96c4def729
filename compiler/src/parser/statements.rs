//! Statements and declarations (ECMA-262 §14): blocks, variable
//! declarations, `if`, jumps and labels, `switch`, `try`, and the checks on
//! where declarations may appear. Loops live in `loops.rs`.

use super::{LabelInfo, Parser};
use crate::ast::*;
use crate::diagnostic::Diagnostic;
use crate::lexer::{Kw, Name, TokenKind, P};

type PResult<T> = Result<T, Diagnostic>;

/// Where a statement appears, which decides whether declarations are allowed.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Ctx {
    /// A statement list (block, function body, script, case clause).
    List,
    /// The body of an `if` or `else`.
    If,
    /// The body of a loop or a `with`.
    Loop,
    /// The body of a labeled statement; `allow_fn` when a sloppy-mode
    /// function declaration may appear there (the label chain starts in a
    /// statement list).
    Label { allow_fn: bool },
}

impl<'s, 'a> Parser<'s, 'a> {
    /// Parses statements until `at_end`, handling a directive prologue.
    /// Returns the statements and whether a `"use strict"` directive was seen
    /// (which also turns `self.strict` on for the rest of the body).
    pub(super) fn parse_body_with_directives(&mut self, at_end: impl Fn(&Self) -> bool) -> PResult<(Vec<Stmt>, bool)> {
        let mut body = Vec::new();
        let mut use_strict = false;
        let mut in_prologue = true;
        let mut octal_in_prologue = None;
        while !at_end(self) {
            if in_prologue {
                if let TokenKind::String { octal_escape, .. } = &self.tok.kind {
                    let tok_span = self.tok.span;
                    let octal = *octal_escape;
                    let stmt = self.parse_statement_list_item()?;
                    let is_directive = matches!(&stmt.kind, StmtKind::Expr(e)
                        if matches!(e.kind, ExprKind::String(_)) && e.span == tok_span);
                    if is_directive {
                        let raw = self.text(tok_span);
                        if raw == "\"use strict\"" || raw == "'use strict'" {
                            use_strict = true;
                            self.strict = true;
                            if let Some((span, msg)) = octal_in_prologue.or(octal) {
                                return Err(Diagnostic::syntax(msg, span));
                            }
                        }
                        if octal_in_prologue.is_none() {
                            octal_in_prologue = octal;
                        }
                    } else {
                        in_prologue = false;
                    }
                    body.push(stmt);
                    continue;
                }
                in_prologue = false;
            }
            body.push(self.parse_statement_list_item()?);
        }
        Ok((body, use_strict))
    }

    pub(super) fn parse_statement_list_item(&mut self) -> PResult<Stmt> {
        self.parse_statement(Ctx::List)
    }

    pub(super) fn parse_statement(&mut self, ctx: Ctx) -> PResult<Stmt> {
        self.enter()?;
        let result = self.parse_statement_inner(ctx);
        self.leave();
        result
    }

    fn parse_statement_inner(&mut self, ctx: Ctx) -> PResult<Stmt> {
        let start = self.start();
        let fresh = std::mem::take(&mut self.fcx.fresh_labels);
        if self.is(P::LBrace) {
            let body = self.parse_block()?;
            return Ok(Stmt { kind: StmtKind::Block(body), span: self.span_from(start) });
        }
        if self.eat(P::Semi)? {
            return Ok(Stmt { kind: StmtKind::Empty, span: self.span_from(start) });
        }
        let Some(name) = self.name().filter(|n| !n.escaped) else {
            return self.parse_expression_statement(ctx, fresh);
        };
        let kind = match name.kw {
            Kw::Var => {
                self.advance()?;
                let decl = self.parse_var_decl(VarKind::Var, false)?;
                self.semicolon()?;
                StmtKind::VarDecl(decl)
            }
            Kw::Const => {
                if ctx != Ctx::List {
                    return Err(self.unexpected());
                }
                self.advance()?;
                let decl = self.parse_var_decl(VarKind::Const, false)?;
                self.semicolon()?;
                StmtKind::VarDecl(decl)
            }
            Kw::Let if ctx != Ctx::List => {
                // Only `let [` is excluded from expression statements; other
                // `let` declarations are errors here, but `let` on its own
                // line is an identifier.
                let next = self.peek()?;
                let declaration_like = match next.kind {
                    TokenKind::Punct(P::LBracket) => true,
                    TokenKind::Punct(P::LBrace) => !next.nl_before,
                    TokenKind::Name(n) => !next.nl_before && (!n.kw.is_reserved() || n.escaped),
                    _ => false,
                };
                if declaration_like {
                    let msg = "Lexical declaration cannot appear in a single-statement context";
                    return Err(Diagnostic::syntax(msg, self.tok.span));
                }
                return self.parse_expression_statement(ctx, fresh);
            }
            Kw::Let if self.is_let_declaration()? => {
                self.advance()?;
                let decl = self.parse_var_decl(VarKind::Let, false)?;
                self.semicolon()?;
                StmtKind::VarDecl(decl)
            }
            Kw::Function => {
                self.check_function_declaration_position(ctx)?;
                let f = self.parse_function(true)?;
                StmtKind::FunctionDecl(Box::new(f))
            }
            Kw::Class => {
                if ctx != Ctx::List {
                    return Err(self.unexpected());
                }
                let class = self.parse_class(true)?;
                StmtKind::ClassDecl(Box::new(class))
            }
            Kw::Async => {
                let next = self.peek()?;
                if !next.nl_before
                    && matches!(next.kind, TokenKind::Name(Name { kw: Kw::Function, escaped: false, .. }))
                {
                    return Err(Diagnostic::unsupported("async functions are", self.tok.span));
                }
                return self.parse_expression_statement(ctx, fresh);
            }
            Kw::If => self.parse_if()?,
            Kw::For => {
                self.mark_loop_labels(fresh);
                self.parse_for()?
            }
            Kw::While => {
                self.mark_loop_labels(fresh);
                self.parse_while()?
            }
            Kw::Do => {
                self.mark_loop_labels(fresh);
                self.parse_do_while()?
            }
            Kw::Continue | Kw::Break => self.parse_jump(name.kw == Kw::Break)?,
            Kw::Return => {
                if !self.fcx.in_function {
                    return Err(Diagnostic::syntax("Illegal return statement", self.tok.span));
                }
                self.advance()?;
                let arg = if self.is(P::Semi)
                    || self.is(P::RBrace)
                    || self.tok.nl_before
                    || matches!(self.tok.kind, TokenKind::Eof)
                {
                    None
                } else {
                    Some(Box::new(self.parse_expression()?))
                };
                self.semicolon()?;
                StmtKind::Return(arg)
            }
            Kw::Throw => {
                self.advance()?;
                if self.tok.nl_before {
                    return Err(Diagnostic::syntax("Illegal newline after throw", self.tok.span));
                }
                let arg = self.parse_expression()?;
                self.semicolon()?;
                StmtKind::Throw(Box::new(arg))
            }
            Kw::With => {
                if self.strict {
                    let msg = "Strict mode code may not include a with statement";
                    return Err(Diagnostic::syntax(msg, self.tok.span));
                }
                return Err(Diagnostic::unsupported("with statements are", self.tok.span));
            }
            Kw::Switch => self.parse_switch()?,
            Kw::Try => self.parse_try()?,
            Kw::Debugger => {
                self.advance()?;
                self.semicolon()?;
                StmtKind::Debugger
            }
            Kw::Import => {
                let next = self.peek()?;
                if matches!(next.kind, TokenKind::Punct(P::LParen)) {
                    return Err(Diagnostic::unsupported("dynamic imports are", self.tok.span));
                }
                if matches!(next.kind, TokenKind::Punct(P::Dot)) {
                    return Err(Diagnostic::unsupported("modules are", self.tok.span));
                }
                return Err(Diagnostic::unsupported("modules are", self.tok.span));
            }
            Kw::Export => return Err(Diagnostic::unsupported("modules are", self.tok.span)),
            _ => return self.parse_expression_statement(ctx, fresh),
        };
        Ok(Stmt { kind, span: self.span_from(start) })
    }

    /// `let` starts a declaration when followed by a binding identifier or a
    /// pattern; otherwise (sloppy mode) it is an identifier.
    pub(super) fn is_let_declaration(&mut self) -> PResult<bool> {
        if !self.is_kw(Kw::Let) {
            return Ok(false);
        }
        let next = self.peek()?;
        Ok(match next.kind {
            TokenKind::Punct(P::LBracket | P::LBrace) => true,
            TokenKind::Name(n) => !n.kw.is_reserved() || n.escaped,
            _ => false,
        })
    }

    fn check_function_declaration_position(&self, ctx: Ctx) -> PResult<()> {
        let allowed = match ctx {
            Ctx::List => true,
            Ctx::If | Ctx::Label { allow_fn: true } => !self.strict,
            Ctx::Loop | Ctx::Label { allow_fn: false } => false,
        };
        if allowed {
            return Ok(());
        }
        let msg = if self.strict {
            "In strict mode code, functions can only be declared at top level or inside a block."
        } else {
            "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement."
        };
        Err(Diagnostic::syntax(msg, self.tok.span))
    }

    fn mark_loop_labels(&mut self, fresh: usize) {
        let n = self.fcx.labels.len();
        for label in self.fcx.labels[n.saturating_sub(fresh)..].iter_mut() {
            label.is_loop = true;
        }
    }

    fn parse_expression_statement(&mut self, ctx: Ctx, fresh: usize) -> PResult<Stmt> {
        let start = self.start();
        let expr = self.parse_expression()?;
        if let ExprKind::Ident(id) = expr.kind {
            if self.is(P::Colon) && expr.span == id.span {
                return self.parse_labeled(id, ctx, fresh);
            }
        }
        self.semicolon()?;
        Ok(Stmt { kind: StmtKind::Expr(Box::new(expr)), span: self.span_from(start) })
    }

    fn parse_labeled(&mut self, id: Ident, ctx: Ctx, fresh: usize) -> PResult<Stmt> {
        self.advance()?; // ':'
        if self.fcx.labels.iter().any(|l| l.name == id.name) {
            let msg = format!("Label '{}' has already been declared", self.atoms.text(id.name));
            return Err(Diagnostic::syntax(msg, id.span));
        }
        self.fcx.labels.push(LabelInfo { name: id.name, is_loop: false });
        self.fcx.fresh_labels = fresh + 1;
        let allow_fn = matches!(ctx, Ctx::List | Ctx::Label { allow_fn: true });
        let body = self.parse_statement(Ctx::Label { allow_fn });
        self.fcx.labels.pop();
        self.fcx.fresh_labels = 0;
        let body = body?;
        let label = Label { name: id.name, span: id.span };
        Ok(Stmt { span: id.span.to(body.span), kind: StmtKind::Labeled { label, body: Box::new(body) } })
    }

    fn parse_jump(&mut self, is_break: bool) -> PResult<StmtKind> {
        let keyword = self.advance()?;
        let mut label = None;
        if let Some(name) = self.name() {
            if !self.tok.nl_before && (!name.kw.is_reserved() || name.escaped) {
                let span = self.tok.span;
                self.check_ident_ref(name, span)?;
                self.advance()?;
                let Some(info) = self.fcx.labels.iter().rev().find(|l| l.name == name.atom).copied() else {
                    let msg = format!("Undefined label '{}'", self.atoms.text(name.atom));
                    return Err(Diagnostic::syntax(msg, span));
                };
                if !is_break && !info.is_loop {
                    let msg = format!(
                        "Illegal continue statement: '{}' does not denote an iteration statement",
                        self.atoms.text(name.atom)
                    );
                    return Err(Diagnostic::syntax(msg, span));
                }
                label = Some(Label { name: name.atom, span });
            }
        }
        if label.is_none() {
            if is_break && !self.fcx.in_iteration && !self.fcx.in_switch {
                return Err(Diagnostic::syntax("Illegal break statement", keyword.span));
            }
            if !is_break && !self.fcx.in_iteration {
                let msg = "Illegal continue statement: no surrounding iteration statement";
                return Err(Diagnostic::syntax(msg, keyword.span));
            }
        }
        self.semicolon()?;
        Ok(if is_break { StmtKind::Break(label) } else { StmtKind::Continue(label) })
    }

    /// `{ StatementList }`
    pub(super) fn parse_block(&mut self) -> PResult<Vec<Stmt>> {
        self.expect(P::LBrace)?;
        let mut body = Vec::new();
        while !self.is(P::RBrace) {
            if matches!(self.tok.kind, TokenKind::Eof) {
                return Err(self.unexpected());
            }
            body.push(self.parse_statement_list_item()?);
        }
        self.advance()?;
        Ok(body)
    }

    /// The declarators after `var`/`let`/`const`. In a `for` head
    /// (`in_for`), `const` may lack an initializer (the caller checks).
    pub(super) fn parse_var_decl(&mut self, kind: VarKind, in_for: bool) -> PResult<VarDecl> {
        let mut declarators = Vec::new();
        loop {
            let start = self.start();
            let target = self.parse_binding_target(kind != VarKind::Var)?;
            let init = if self.eat(P::Eq)? { Some(Box::new(self.parse_assign()?)) } else { None };
            if init.is_none() && kind == VarKind::Const && !in_for {
                return Err(Diagnostic::syntax("Missing initializer in const declaration", self.span_from(start)));
            }
            declarators.push(VarDeclarator { target, init, span: self.span_from(start) });
            if !self.eat(P::Comma)? {
                break;
            }
        }
        Ok(VarDecl { kind, declarators })
    }

    /// A binding identifier (patterns are Level 2).
    pub(super) fn parse_binding_target(&mut self, lexical: bool) -> PResult<Pattern> {
        if self.is(P::LBracket) || self.is(P::LBrace) {
            return Err(Diagnostic::unsupported("destructuring patterns are", self.tok.span));
        }
        let Some(name) = self.name() else { return Err(self.unexpected()) };
        let span = self.tok.span;
        self.check_binding(name, span, self.strict)?;
        if lexical && name.kw == Kw::Let {
            return Err(Diagnostic::syntax("let is disallowed as a lexically bound name", span));
        }
        self.advance()?;
        Ok(Pattern::Ident(Ident { name: name.atom, span }))
    }

    fn parse_if(&mut self) -> PResult<StmtKind> {
        self.advance()?;
        self.expect(P::LParen)?;
        let test = self.parse_expression_allow_in()?;
        self.expect(P::RParen)?;
        let consequent = self.parse_statement(Ctx::If)?;
        let alternate = if self.eat_kw(Kw::Else)? { Some(Box::new(self.parse_statement(Ctx::If)?)) } else { None };
        Ok(StmtKind::If { test: Box::new(test), consequent: Box::new(consequent), alternate })
    }

    fn parse_switch(&mut self) -> PResult<StmtKind> {
        self.advance()?;
        self.expect(P::LParen)?;
        let discriminant = self.parse_expression_allow_in()?;
        self.expect(P::RParen)?;
        self.expect(P::LBrace)?;
        let saved = std::mem::replace(&mut self.fcx.in_switch, true);
        let result = self.parse_switch_cases();
        self.fcx.in_switch = saved;
        let cases = result?;
        Ok(StmtKind::Switch { discriminant: Box::new(discriminant), cases })
    }

    fn parse_switch_cases(&mut self) -> PResult<Vec<SwitchCase>> {
        let mut cases = Vec::new();
        let mut seen_default = false;
        while !self.eat(P::RBrace)? {
            let start = self.start();
            let test = if self.eat_kw(Kw::Case)? {
                Some(Box::new(self.parse_expression_allow_in()?))
            } else if self.is_kw(Kw::Default) {
                if seen_default {
                    let msg = "More than one default clause in switch statement";
                    return Err(Diagnostic::syntax(msg, self.tok.span));
                }
                seen_default = true;
                self.advance()?;
                None
            } else {
                return Err(self.unexpected());
            };
            self.expect(P::Colon)?;
            let mut body = Vec::new();
            while !(self.is(P::RBrace) || self.is_kw(Kw::Case) || self.is_kw(Kw::Default)) {
                if matches!(self.tok.kind, TokenKind::Eof) {
                    return Err(self.unexpected());
                }
                body.push(self.parse_statement_list_item()?);
            }
            cases.push(SwitchCase { test, body, span: self.span_from(start) });
        }
        Ok(cases)
    }

    fn parse_try(&mut self) -> PResult<StmtKind> {
        self.advance()?;
        let block = self.parse_block()?;
        let mut handler = None;
        if self.is_kw(Kw::Catch) {
            let start = self.start();
            self.advance()?;
            let param = if self.eat(P::LParen)? {
                let target = self.parse_binding_target(false)?;
                self.expect(P::RParen)?;
                Some(target)
            } else {
                None
            };
            let body = self.parse_block()?;
            handler = Some(CatchClause { param, body, span: self.span_from(start) });
        }
        let finalizer = if self.eat_kw(Kw::Finally)? { Some(self.parse_block()?) } else { None };
        if handler.is_none() && finalizer.is_none() {
            return Err(Diagnostic::syntax("Missing catch or finally after try", self.tok.span));
        }
        Ok(StmtKind::Try { block, handler, finalizer })
    }
}
