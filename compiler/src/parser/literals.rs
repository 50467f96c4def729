//! Compound literals (ECMA-262 §13.2.4–§13.2.8): array and object literals,
//! property keys (shared with classes; numeric keys are normalised to their
//! JavaScript string form), and untagged template literals.

use super::classes::Accessor;
use super::Parser;
use crate::ast::*;
use crate::diagnostic::Diagnostic;
use crate::lexer::{number_to_string, Name, TokenKind, P};

type PResult<T> = Result<T, Diagnostic>;

impl<'s, 'a> Parser<'s, 'a> {
    /// A property name: identifier name, string, number or `[computed]`.
    /// Also returns the identifier when the key was written as one (for
    /// shorthand properties).
    pub(super) fn parse_prop_key(&mut self) -> PResult<(PropKey, Option<Name>)> {
        let span = self.tok.span;
        match self.tok.kind.clone() {
            TokenKind::Name(n) => {
                self.advance()?;
                Ok((PropKey::Named(n.atom), Some(n)))
            }
            TokenKind::String { value, octal_escape } => {
                if let (true, Some((esc_span, msg))) = (self.strict, octal_escape) {
                    return Err(Diagnostic::syntax(msg, esc_span));
                }
                self.advance()?;
                Ok((PropKey::Named(value), None))
            }
            TokenKind::Number { value, legacy } => {
                if let (true, Some(msg)) = (self.strict, legacy) {
                    return Err(Diagnostic::syntax(msg, span));
                }
                self.advance()?;
                let atom = self.atoms.intern(&number_to_string(value));
                Ok((PropKey::Named(atom), None))
            }
            TokenKind::Punct(P::LBracket) => {
                self.advance()?;
                let expr = self.parse_assign_allow_in()?;
                self.expect(P::RBracket)?;
                Ok((PropKey::Computed(Box::new(expr)), None))
            }
            TokenKind::BigInt => Err(Diagnostic::unsupported("BigInt literals are", span)),
            TokenKind::PrivateName => Err(Diagnostic::unsupported("private class members are", span)),
            _ => Err(self.unexpected()),
        }
    }

    pub(super) fn parse_array(&mut self) -> PResult<Expr> {
        let start = self.start();
        self.advance()?;
        let elements = self.with_in(|p| {
            let mut elements = Vec::new();
            loop {
                if p.eat(P::RBracket)? {
                    break;
                }
                if p.eat(P::Comma)? {
                    elements.push(ArrayElement::Hole);
                    continue;
                }
                if p.is(P::Ellipsis) {
                    return Err(Diagnostic::unsupported("spread elements are", p.tok.span));
                }
                elements.push(ArrayElement::Expr(p.parse_assign()?));
                if !p.is(P::RBracket) {
                    p.expect(P::Comma)?;
                }
            }
            Ok(elements)
        })?;
        Ok(Expr { kind: ExprKind::Array(elements), span: self.span_from(start) })
    }

    pub(super) fn parse_object(&mut self) -> PResult<Expr> {
        let start = self.start();
        self.advance()?;
        let props = self.with_in(|p| {
            let mut props = Vec::new();
            let mut seen_proto = false;
            while !p.eat(P::RBrace)? {
                let prop = p.parse_object_prop(&mut seen_proto)?;
                props.push(prop);
                if !p.is(P::RBrace) {
                    p.expect(P::Comma)?;
                }
            }
            Ok(props)
        })?;
        Ok(Expr { kind: ExprKind::Object(props), span: self.span_from(start) })
    }

    fn parse_object_prop(&mut self, seen_proto: &mut bool) -> PResult<ObjectProp> {
        let start = self.start();
        if self.is(P::Ellipsis) {
            return Err(Diagnostic::unsupported("spread elements are", self.tok.span));
        }
        let accessor = self.parse_method_modifiers()?;
        let key_span = self.tok.span;
        let (key, ident) = self.parse_prop_key()?;
        if let Some(accessor) = accessor {
            let kind = if accessor == Accessor::Get { FunctionKind::Getter } else { FunctionKind::Setter };
            let f = Box::new(self.parse_function_rest(start, None, kind)?);
            let kind = if accessor == Accessor::Get { ObjectPropKind::Getter(f) } else { ObjectPropKind::Setter(f) };
            return Ok(ObjectProp { key, kind, span: self.span_from(start) });
        }
        let kind = if self.eat(P::Colon)? {
            if matches!(&key, PropKey::Named(a) if self.atoms.text(*a) == "__proto__") {
                if *seen_proto {
                    let msg = "Duplicate __proto__ fields are not allowed in object literals";
                    return Err(Diagnostic::syntax(msg, key_span));
                }
                *seen_proto = true;
            }
            ObjectPropKind::Value(self.parse_assign()?)
        } else if self.is(P::LParen) {
            ObjectPropKind::Method(Box::new(self.parse_function_rest(start, None, FunctionKind::Method)?))
        } else if let Some(name) = ident {
            self.check_ident_ref(name, key_span)?;
            if self.is(P::Eq) {
                return Err(Diagnostic::unsupported("destructuring patterns are", self.span_from(start)));
            }
            ObjectPropKind::Value(Expr {
                kind: ExprKind::Ident(Ident { name: name.atom, span: key_span }),
                span: key_span,
            })
        } else {
            return Err(self.unexpected());
        };
        Ok(ObjectProp { key, kind, span: self.span_from(start) })
    }

    /// An untagged template literal, at its first chunk.
    pub(super) fn parse_template(&mut self) -> PResult<Expr> {
        let start = self.start();
        let mut quasis = Vec::new();
        let mut exprs = Vec::new();
        loop {
            let TokenKind::Template { cooked, tail } = self.tok.kind.clone() else {
                return Err(self.unexpected());
            };
            quasis.push(cooked.map_err(|e| *e)?);
            if tail {
                self.advance()?;
                break;
            }
            self.advance()?;
            let expr = self.parse_expression_allow_in()?;
            if !self.is(P::RBrace) {
                if matches!(self.tok.kind, TokenKind::Eof) {
                    return Err(Diagnostic::syntax("Unterminated template literal", self.tok.span));
                }
                return Err(self.unexpected());
            }
            self.prev_end = expr.span.end;
            exprs.push(expr);
            let rbrace = self.tok.span.start as usize;
            self.tok = self.lexer.rescan_template(rbrace, self.atoms)?;
        }
        Ok(Expr { kind: ExprKind::Template { quasis, exprs }, span: self.span_from(start) })
    }
}
