//! Function declarations and expressions, methods' parameter lists and
//! bodies, and arrow functions (ECMA-262 §15.1–§15.3). A function's body is
//! parsed before its name and parameters are checked, because a
//! `"use strict"` directive in the body makes them strict too.

use super::{FnCtx, Parser};
use crate::ast::*;
use crate::diagnostic::Diagnostic;
use crate::lexer::{Name, TokenKind, P};
use crate::span::Span;

type PResult<T> = Result<T, Diagnostic>;

impl<'s, 'a> Parser<'s, 'a> {
    /// `function name(params) { body }` at the `function` keyword.
    pub(super) fn parse_function(&mut self, is_decl: bool) -> PResult<Function> {
        let start = self.start();
        self.advance()?;
        if self.is(P::Star) {
            return Err(Diagnostic::unsupported("generators are", self.tok.span));
        }
        let name = match self.tok.kind {
            TokenKind::Name(n) => {
                let span = self.tok.span;
                self.advance()?;
                Some((n, span))
            }
            _ if is_decl => return Err(self.unexpected()),
            _ => None,
        };
        self.parse_function_rest(start, name, FunctionKind::Normal)
    }

    /// The `(params) { body }` of a function or method.
    pub(super) fn parse_function_rest(
        &mut self,
        start: u32,
        name: Option<(Name, Span)>,
        kind: FunctionKind,
    ) -> PResult<Function> {
        self.enter()?;
        let result = self.parse_function_rest_inner(start, name, kind);
        self.leave();
        result
    }

    fn parse_function_rest_inner(
        &mut self,
        start: u32,
        name: Option<(Name, Span)>,
        kind: FunctionKind,
    ) -> PResult<Function> {
        self.expect(P::LParen)?;
        let mut params = Vec::new();
        while !self.is(P::RParen) {
            match self.tok.kind {
                TokenKind::Punct(P::Ellipsis) => {
                    return Err(Diagnostic::unsupported("rest parameters are", self.tok.span))
                }
                TokenKind::Punct(P::LBracket | P::LBrace) => {
                    return Err(Diagnostic::unsupported("destructuring patterns are", self.tok.span))
                }
                TokenKind::Name(n) => {
                    let span = self.tok.span;
                    self.advance()?;
                    if self.is(P::Eq) {
                        return Err(Diagnostic::unsupported("default parameters are", span));
                    }
                    let param = Param { pattern: Pattern::Ident(Ident { name: n.atom, span }), span };
                    params.push((param, Some(n)));
                }
                _ => return Err(self.unexpected()),
            }
            if !self.is(P::RParen) {
                self.expect(P::Comma)?;
            }
        }
        self.advance()?;
        match kind {
            FunctionKind::Getter if !params.is_empty() => {
                return Err(Diagnostic::syntax("Getter must not have any formal parameters.", self.span_from(start)))
            }
            FunctionKind::Setter if params.len() != 1 => {
                let msg = "Setter must have exactly one formal parameter.";
                return Err(Diagnostic::syntax(msg, self.span_from(start)));
            }
            _ => {}
        }
        let is_method = !matches!(kind, FunctionKind::Normal | FunctionKind::Arrow);
        let fcx = FnCtx {
            in_function: true,
            new_target: true,
            super_call: kind == FunctionKind::DerivedConstructor,
            super_prop: is_method,
            ..FnCtx::default()
        };
        let (body, strict) = self.parse_function_body(fcx)?;
        if let Some((n, span)) = name {
            self.check_binding(n, span, strict)?;
        }
        self.check_params(&params, strict, strict || is_method)?;
        Ok(Function {
            name: name.map(|(n, span)| Ident { name: n.atom, span }),
            kind,
            params: params.into_iter().map(|(p, _)| p).collect(),
            body: FunctionBody::Block(body),
            strict,
            span: self.span_from(start),
        })
    }

    /// `{ body }` under a fresh function context; returns the statements and
    /// the body's strictness.
    pub(super) fn parse_function_body(&mut self, fcx: FnCtx) -> PResult<(Vec<Stmt>, bool)> {
        self.expect(P::LBrace)?;
        let saved_fcx = std::mem::replace(&mut self.fcx, fcx);
        let saved_strict = self.strict;
        let saved_no_in = std::mem::replace(&mut self.no_in, false);
        let body = self.parse_body_with_directives(|p| p.is(P::RBrace));
        let strict = self.strict;
        self.fcx = saved_fcx;
        self.strict = saved_strict;
        self.no_in = saved_no_in;
        let (body, _) = body?;
        self.expect(P::RBrace)?;
        Ok((body, strict))
    }

    /// Parameter early errors: reserved names, strict `eval`/`arguments`,
    /// and duplicates where the parameter list must be unique.
    fn check_params(&self, params: &[(Param, Option<Name>)], strict: bool, unique: bool) -> PResult<()> {
        for (i, (param, name)) in params.iter().enumerate() {
            let Pattern::Ident(id) = &param.pattern;
            if let Some(n) = name {
                self.check_binding(*n, id.span, strict)?;
            }
            if unique && params[..i].iter().any(|(p, _)| matches!(&p.pattern, Pattern::Ident(o) if o.name == id.name)) {
                return Err(Diagnostic::syntax("Duplicate parameter name not allowed in this context", id.span));
            }
        }
        Ok(())
    }

    /// An arrow function, at its `=>` (the parameters are already parsed).
    pub(super) fn parse_arrow(&mut self, start: u32, params: Vec<(Param, Option<Name>)>) -> PResult<Expr> {
        self.advance()?; // `=>`
        self.enter()?;
        // Arrows see the enclosing function's `new.target`, `super` and
        // `arguments` rules, but not its labels or loops.
        let fcx = FnCtx {
            in_function: true,
            new_target: self.fcx.new_target,
            super_call: self.fcx.super_call,
            super_prop: self.fcx.super_prop,
            class_field: self.fcx.class_field,
            ..FnCtx::default()
        };
        let result = if self.is(P::LBrace) {
            self.parse_function_body(fcx).map(|(b, strict)| (FunctionBody::Block(b), strict))
        } else {
            let saved_fcx = std::mem::replace(&mut self.fcx, fcx);
            let body = self.parse_assign();
            self.fcx = saved_fcx;
            body.map(|e| (FunctionBody::Expr(Box::new(e)), self.strict))
        };
        self.leave();
        let (body, strict) = result?;
        self.check_params(&params, strict, true)?;
        let span = self.span_from(start);
        let function = Function {
            name: None,
            kind: FunctionKind::Arrow,
            params: params.into_iter().map(|(p, _)| p).collect(),
            body,
            strict,
            span,
        };
        Ok(Expr { kind: ExprKind::Arrow(Box::new(function)), span })
    }
}
