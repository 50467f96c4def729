//! Left-hand-side and primary expressions (ECMA-262 §13.2–§13.3): member
//! access, calls, optional chains, `new`, `super`, identifiers, literals, and
//! parenthesized expressions — which double as arrow parameter lists.

use super::expressions::is_bare_arrow;
use super::Parser;
use crate::ast::*;
use crate::diagnostic::Diagnostic;
use crate::lexer::{Kw, Name, TokenKind, P};
use crate::span::Span;

type PResult<T> = Result<T, Diagnostic>;

impl<'s, 'a> Parser<'s, 'a> {
    /// `LeftHandSideExpression`: `new`/call/member chains.
    pub(super) fn parse_lhs(&mut self) -> PResult<Expr> {
        let start = self.start();
        let expr = if self.is_kw(Kw::New) {
            self.parse_new()?
        } else if self.is_kw(Kw::Super) {
            self.parse_super()?
        } else {
            self.parse_primary()?
        };
        if is_bare_arrow(&expr) {
            return Ok(expr);
        }
        self.parse_call_tail(expr, start, true)
    }

    /// The `.x`, `[x]`, `(args)` and `?.` links after a callee. Without
    /// `allow_call` (a `new` callee) calls and optional links end the chain.
    fn parse_call_tail(&mut self, expr: Expr, start: u32, allow_call: bool) -> PResult<Expr> {
        // Each link nests the tree one level deeper; count it against the limit.
        let depth_before = self.depth;
        let result = self.parse_call_tail_links(expr, start, allow_call);
        self.depth = depth_before;
        result
    }

    fn parse_call_tail_links(&mut self, mut expr: Expr, start: u32, allow_call: bool) -> PResult<Expr> {
        let mut in_chain = false;
        loop {
            if matches!(
                self.tok.kind,
                TokenKind::Punct(P::Dot | P::LBracket | P::LParen | P::QDot) | TokenKind::Template { .. }
            ) {
                self.enter()?;
            }
            let kind = match self.tok.kind {
                TokenKind::Punct(P::Dot) => {
                    self.advance()?;
                    let prop = self.parse_member_name()?;
                    ExprKind::Member { object: Box::new(expr), prop: Box::new(prop), optional: false }
                }
                TokenKind::Punct(P::LBracket) => {
                    self.advance()?;
                    let prop = self.parse_expression_allow_in()?;
                    self.expect(P::RBracket)?;
                    ExprKind::Member {
                        object: Box::new(expr),
                        prop: Box::new(MemberProp::Computed(prop)),
                        optional: false,
                    }
                }
                TokenKind::Punct(P::LParen) if allow_call => {
                    let args = self.parse_arguments()?;
                    ExprKind::Call { callee: Box::new(expr), args, optional: false }
                }
                TokenKind::Template { .. } => {
                    if in_chain {
                        return Err(Diagnostic::syntax("Invalid tagged template on optional chain", self.tok.span));
                    }
                    return Err(Diagnostic::unsupported("tagged templates are", self.tok.span));
                }
                TokenKind::Punct(P::QDot) => {
                    if !allow_call {
                        return Err(Diagnostic::syntax("Invalid optional chain from new expression", self.tok.span));
                    }
                    self.advance()?;
                    in_chain = true;
                    match self.tok.kind {
                        TokenKind::Punct(P::LParen) => {
                            let args = self.parse_arguments()?;
                            ExprKind::Call { callee: Box::new(expr), args, optional: true }
                        }
                        TokenKind::Punct(P::LBracket) => {
                            self.advance()?;
                            let prop = self.parse_expression_allow_in()?;
                            self.expect(P::RBracket)?;
                            let prop = Box::new(MemberProp::Computed(prop));
                            ExprKind::Member { object: Box::new(expr), prop, optional: true }
                        }
                        TokenKind::Template { .. } => {
                            let msg = "Invalid tagged template on optional chain";
                            return Err(Diagnostic::syntax(msg, self.tok.span));
                        }
                        _ => {
                            let prop = self.parse_member_name()?;
                            ExprKind::Member { object: Box::new(expr), prop: Box::new(prop), optional: true }
                        }
                    }
                }
                _ => break,
            };
            expr = Expr { kind, span: self.span_from(start) };
        }
        if in_chain {
            expr = Expr { kind: ExprKind::OptionalChain(Box::new(expr)), span: self.span_from(start) };
        }
        Ok(expr)
    }

    /// The `IdentifierName` after `.` (keywords allowed).
    fn parse_member_name(&mut self) -> PResult<MemberProp> {
        match self.tok.kind {
            TokenKind::Name(n) => {
                let span = self.tok.span;
                self.advance()?;
                Ok(MemberProp::Named(Ident { name: n.atom, span }))
            }
            TokenKind::PrivateName => Err(Diagnostic::unsupported("private class members are", self.tok.span)),
            _ => Err(self.unexpected()),
        }
    }

    /// `( args )`
    pub(super) fn parse_arguments(&mut self) -> PResult<Vec<Expr>> {
        self.expect(P::LParen)?;
        self.with_in(|p| {
            let mut args = Vec::new();
            while !p.is(P::RParen) {
                if p.is(P::Ellipsis) {
                    return Err(Diagnostic::unsupported("spread elements are", p.tok.span));
                }
                args.push(p.parse_assign()?);
                if !p.is(P::RParen) {
                    p.expect(P::Comma)?;
                }
            }
            p.advance()?;
            Ok(args)
        })
    }

    fn parse_new(&mut self) -> PResult<Expr> {
        let start = self.start();
        let new_tok = self.advance()?;
        if self.is(P::Dot) {
            self.advance()?;
            if !self.is_kw(Kw::Target) {
                return Err(self.unexpected());
            }
            self.advance()?;
            let span = self.span_from(start);
            if !self.fcx.new_target {
                return Err(Diagnostic::syntax("new.target expression is not allowed here", span));
            }
            return Ok(Expr { kind: ExprKind::NewTarget, span });
        }
        if self.is_kw(Kw::Import) {
            return Err(Diagnostic::unsupported("modules are", self.tok.span));
        }
        self.enter()?;
        let callee = self.parse_new_callee();
        self.leave();
        let callee = callee?;
        let args = if self.is(P::LParen) { self.parse_arguments()? } else { Vec::new() };
        let _ = new_tok;
        Ok(Expr { kind: ExprKind::New { callee: Box::new(callee), args }, span: self.span_from(start) })
    }

    fn parse_new_callee(&mut self) -> PResult<Expr> {
        let start = self.start();
        let callee = if self.is_kw(Kw::New) {
            self.parse_new()?
        } else if self.is_kw(Kw::Super) {
            if matches!(self.peek()?.kind, TokenKind::Punct(P::LParen)) {
                return Err(Diagnostic::syntax("'super' keyword unexpected here", self.tok.span));
            }
            self.parse_super()?
        } else {
            self.parse_primary()?
        };
        if is_bare_arrow(&callee) {
            return Err(Diagnostic::syntax("Malformed arrow function parameter list", callee.span));
        }
        self.parse_call_tail(callee, start, false)
    }

    fn parse_super(&mut self) -> PResult<Expr> {
        let start = self.start();
        let super_tok = self.advance()?;
        let unexpected = || Diagnostic::syntax("'super' keyword unexpected here", super_tok.span);
        match self.tok.kind {
            TokenKind::Punct(P::LParen) => {
                if !self.fcx.super_call {
                    return Err(unexpected());
                }
                let args = self.parse_arguments()?;
                Ok(Expr { kind: ExprKind::SuperCall(args), span: self.span_from(start) })
            }
            TokenKind::Punct(P::Dot) | TokenKind::Punct(P::LBracket) => {
                if !self.fcx.super_prop {
                    return Err(unexpected());
                }
                let prop = if self.eat(P::Dot)? {
                    self.parse_member_name()?
                } else {
                    self.advance()?;
                    let prop = self.parse_expression_allow_in()?;
                    self.expect(P::RBracket)?;
                    MemberProp::Computed(prop)
                };
                Ok(Expr { kind: ExprKind::SuperMember(Box::new(prop)), span: self.span_from(start) })
            }
            _ => Err(unexpected()),
        }
    }

    /// `PrimaryExpression`, plus arrow functions (recognised at their
    /// parameter list, which starts like a primary expression).
    pub(super) fn parse_primary(&mut self) -> PResult<Expr> {
        let start = self.start();
        let span = self.tok.span;
        let lit = |kind| Ok(Expr { kind, span });
        match self.tok.kind.clone() {
            TokenKind::Name(n) => {
                if !n.escaped {
                    match n.kw {
                        Kw::This => return self.advance().and_then(|_| lit(ExprKind::This)),
                        Kw::Null => return self.advance().and_then(|_| lit(ExprKind::Null)),
                        Kw::True => return self.advance().and_then(|_| lit(ExprKind::Bool(true))),
                        Kw::False => return self.advance().and_then(|_| lit(ExprKind::Bool(false))),
                        Kw::Function => {
                            let f = self.parse_function(false)?;
                            return Ok(Expr { kind: ExprKind::Function(Box::new(f)), span: self.span_from(start) });
                        }
                        Kw::Class => {
                            let c = self.parse_class(false)?;
                            return Ok(Expr { kind: ExprKind::Class(Box::new(c)), span: self.span_from(start) });
                        }
                        Kw::New => return self.parse_new(),
                        Kw::Super => return self.parse_super(),
                        Kw::Import => return Err(Diagnostic::unsupported("modules are", span)),
                        Kw::Async => {
                            let next = self.peek()?;
                            let async_fn = match next.kind {
                                TokenKind::Name(Name { kw: Kw::Function, escaped: false, .. }) => true,
                                TokenKind::Name(m) => !m.kw.is_reserved() || m.escaped,
                                _ => false,
                            };
                            if async_fn && !next.nl_before {
                                return Err(Diagnostic::unsupported("async functions are", span));
                            }
                        }
                        _ => {}
                    }
                }
                self.check_ident_ref(n, span)?;
                self.advance()?;
                let id = Ident { name: n.atom, span };
                if self.is(P::Arrow) && !self.tok.nl_before {
                    let param = Param { pattern: Pattern::Ident(id), span };
                    return self.parse_arrow(start, vec![(param, Some(n))]);
                }
                lit(ExprKind::Ident(id))
            }
            TokenKind::Number { value, legacy } => {
                if let (true, Some(msg)) = (self.strict, legacy) {
                    return Err(Diagnostic::syntax(msg, span));
                }
                self.advance()?;
                lit(ExprKind::Number(value))
            }
            TokenKind::String { value, octal_escape } => {
                if let (true, Some((esc_span, msg))) = (self.strict, octal_escape) {
                    return Err(Diagnostic::syntax(msg, esc_span));
                }
                self.advance()?;
                lit(ExprKind::String(value))
            }
            TokenKind::Template { .. } => self.parse_template(),
            TokenKind::BigInt => Err(Diagnostic::unsupported("BigInt literals are", span)),
            TokenKind::PrivateName => Err(Diagnostic::unsupported("private class members are", span)),
            TokenKind::Punct(P::LParen) => self.parse_paren(),
            TokenKind::Punct(P::LBracket) => self.parse_array(),
            TokenKind::Punct(P::LBrace) => self.parse_object(),
            TokenKind::Punct(P::Slash | P::SlashEq) => {
                Err(Diagnostic::unsupported("regular expression literals are", span))
            }
            _ => Err(self.unexpected()),
        }
    }

    /// `( Expression )` or an arrow function's parameter list `(a, b) =>`.
    fn parse_paren(&mut self) -> PResult<Expr> {
        let start = self.start();
        self.advance()?;
        if self.is(P::RParen) {
            let close = self.advance()?;
            if self.is(P::Arrow) && !self.tok.nl_before {
                return self.parse_arrow(start, Vec::new());
            }
            return Err(self.unexpected_token(&close));
        }
        let (items, trailing_comma) = self.with_in(|p| {
            let mut items = Vec::new();
            let mut trailing_comma = false;
            loop {
                if p.is(P::Ellipsis) {
                    return Err(Diagnostic::unsupported("rest parameters are", p.tok.span));
                }
                items.push((p.tok.kind.clone(), p.parse_assign()?));
                if !p.eat(P::Comma)? {
                    break;
                }
                if p.is(P::RParen) {
                    trailing_comma = true;
                    break;
                }
            }
            Ok((items, trailing_comma))
        })?;
        let close = self.expect(P::RParen)?;
        if self.is(P::Arrow) && !self.tok.nl_before {
            let mut params = Vec::new();
            for (first_tok, item) in items {
                params.push(self.expr_to_param(first_tok, item)?);
            }
            return self.parse_arrow(start, params);
        }
        if trailing_comma {
            return Err(self.unexpected_token(&close));
        }
        let mut exprs: Vec<Expr> = items.into_iter().map(|(_, e)| e).collect();
        let inner = if exprs.len() == 1 {
            exprs.pop().ok_or_else(|| self.unexpected())?
        } else {
            let span = match (exprs.first(), exprs.last()) {
                (Some(a), Some(b)) => a.span.to(b.span),
                _ => Span::new(start, start),
            };
            Expr { kind: ExprKind::Sequence(exprs), span }
        };
        Ok(Expr { kind: ExprKind::Paren(Box::new(inner)), span: self.span_from(start) })
    }

    /// Reinterprets one parenthesized item as an arrow parameter.
    fn expr_to_param(&self, first_tok: TokenKind, e: Expr) -> PResult<(Param, Option<Name>)> {
        match e.kind {
            ExprKind::Ident(id) if e.span == id.span => {
                let name = match first_tok {
                    TokenKind::Name(n) => Some(n),
                    _ => None,
                };
                Ok((Param { pattern: Pattern::Ident(id), span: e.span }, name))
            }
            ExprKind::Object(_) | ExprKind::Array(_) => {
                Err(Diagnostic::unsupported("destructuring patterns are", e.span))
            }
            ExprKind::Assign { op: AssignOp::Assign, target, .. } => match target.kind {
                ExprKind::Ident(_) => Err(Diagnostic::unsupported("default parameters are", e.span)),
                ExprKind::Object(_) | ExprKind::Array(_) => {
                    Err(Diagnostic::unsupported("destructuring patterns are", e.span))
                }
                _ => Err(Diagnostic::syntax("Invalid destructuring assignment target", target.span)),
            },
            _ => Err(Diagnostic::syntax("Invalid destructuring assignment target", e.span)),
        }
    }
}
