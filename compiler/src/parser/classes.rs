//! Class declarations and expressions (ECMA-262 §15.7): heritage, the
//! constructor, methods, accessors and public fields, with the class-specific
//! early errors. All code inside a class is strict.

use super::{FnCtx, Parser};
use crate::ast::*;
use crate::diagnostic::Diagnostic;
use crate::lexer::{Kw, TokenKind, P};

type PResult<T> = Result<T, Diagnostic>;

/// `get`/`set` in front of a method name.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Accessor {
    Get,
    Set,
}

impl<'s, 'a> Parser<'s, 'a> {
    /// The modifiers in front of a method name in a class body or object
    /// literal: `get`/`set` (returned), and `async`/`*`, which are rejected
    /// as unsupported.
    pub(super) fn parse_method_modifiers(&mut self) -> PResult<Option<Accessor>> {
        let mut accessor = None;
        if (self.is_kw(Kw::Get) || self.is_kw(Kw::Set)) && self.next_starts_key()? {
            accessor = Some(if self.is_kw(Kw::Get) { Accessor::Get } else { Accessor::Set });
            self.advance()?;
        } else if self.is_kw(Kw::Async) {
            let next = self.peek()?;
            if !next.nl_before && (self.next_starts_key()? || matches!(next.kind, TokenKind::Punct(P::Star))) {
                return Err(Diagnostic::unsupported("async functions are", self.tok.span));
            }
        }
        if self.is(P::Star) {
            return Err(Diagnostic::unsupported("generators are", self.tok.span));
        }
        Ok(accessor)
    }

    /// Whether the token after the current one can start a property key, so
    /// that the current `get`/`set`/`static`/`async` is a modifier.
    pub(super) fn next_starts_key(&mut self) -> PResult<bool> {
        let next = self.peek()?;
        Ok(matches!(
            next.kind,
            TokenKind::Name(_)
                | TokenKind::String { .. }
                | TokenKind::Number { .. }
                | TokenKind::BigInt
                | TokenKind::PrivateName
                | TokenKind::Punct(P::LBracket)
        ))
    }

    pub(super) fn parse_class(&mut self, is_decl: bool) -> PResult<Class> {
        let start = self.start();
        self.advance()?;
        let saved_strict = std::mem::replace(&mut self.strict, true);
        let result = self.parse_class_inner(start, is_decl);
        self.strict = saved_strict;
        result
    }

    fn parse_class_inner(&mut self, start: u32, is_decl: bool) -> PResult<Class> {
        let name = match self.tok.kind {
            TokenKind::Name(n) if n.kw != Kw::Extends || n.escaped => {
                let span = self.tok.span;
                self.check_binding(n, span, true)?;
                self.advance()?;
                Some(Ident { name: n.atom, span })
            }
            _ if is_decl => return Err(self.unexpected()),
            _ => None,
        };
        let super_class = if self.eat_kw(Kw::Extends)? {
            self.enter()?;
            let heritage = self.parse_lhs();
            self.leave();
            let heritage = heritage?;
            if super::expressions::is_bare_arrow(&heritage) {
                return Err(Diagnostic::syntax("Unexpected token '{'", self.tok.span));
            }
            Some(Box::new(heritage))
        } else {
            None
        };
        self.expect(P::LBrace)?;
        let derived = super_class.is_some();
        let mut constructor = None;
        let mut members = Vec::new();
        loop {
            if self.eat(P::Semi)? {
                continue;
            }
            if self.eat(P::RBrace)? {
                break;
            }
            if matches!(self.tok.kind, TokenKind::Eof) {
                return Err(self.unexpected());
            }
            self.parse_class_member(derived, &mut constructor, &mut members)?;
        }
        Ok(Class { name, super_class, constructor, members, span: self.span_from(start) })
    }

    fn parse_class_member(
        &mut self,
        derived: bool,
        constructor: &mut Option<Box<Function>>,
        members: &mut Vec<ClassMember>,
    ) -> PResult<()> {
        let start = self.start();
        let mut is_static = false;
        if self.is_kw(Kw::Static)
            && (self.next_starts_key()? || matches!(self.peek()?.kind, TokenKind::Punct(P::LBrace | P::Star)))
        {
            self.advance()?;
            is_static = true;
            if self.is(P::LBrace) {
                // `static { … }`: a method-like body; `return` and
                // `arguments` are not allowed, `this`/`super.x` are.
                let fcx = FnCtx { new_target: true, super_prop: true, class_field: true, ..FnCtx::default() };
                let (body, _) = self.parse_function_body(fcx)?;
                let span = self.span_from(start);
                let f = Function { name: None, kind: FunctionKind::Method, params: Vec::new(), body: FunctionBody::Block(body), strict: true, span };
                let key = PropKey::Named(self.atoms.intern(""));
                members.push(ClassMember { is_static: true, key, kind: ClassMemberKind::StaticBlock(Box::new(f)), span });
                return Ok(());
            }
        }
        let accessor = self.parse_method_modifiers()?;
        if matches!(self.tok.kind, TokenKind::PrivateName) {
            return Err(Diagnostic::unsupported("private class members are", self.tok.span));
        }
        let key_span = self.tok.span;
        let key = self.parse_prop_key()?.0;
        let key_text = match &key {
            PropKey::Named(atom) => Some(self.atoms.text(*atom)),
            PropKey::Computed(_) => None,
        };
        let key_is = |s: &str| key_text.as_deref() == Some(s);
        if self.is(P::LParen) {
            if is_static && key_is("prototype") {
                let msg = "Classes may not have a static property named 'prototype'";
                return Err(Diagnostic::syntax(msg, key_span));
            }
            if !is_static && key_is("constructor") {
                if accessor.is_some() {
                    return Err(Diagnostic::syntax("Class constructor may not be an accessor", key_span));
                }
                if constructor.is_some() {
                    return Err(Diagnostic::syntax("A class may only have one constructor", key_span));
                }
                let kind = if derived { FunctionKind::DerivedConstructor } else { FunctionKind::ClassConstructor };
                let f = self.parse_function_rest(start, None, kind)?;
                *constructor = Some(Box::new(f));
                return Ok(());
            }
            let kind = match accessor {
                Some(Accessor::Get) => FunctionKind::Getter,
                Some(Accessor::Set) => FunctionKind::Setter,
                None => FunctionKind::Method,
            };
            let f = Box::new(self.parse_function_rest(start, None, kind)?);
            let kind = match accessor {
                Some(Accessor::Get) => ClassMemberKind::Getter(f),
                Some(Accessor::Set) => ClassMemberKind::Setter(f),
                None => ClassMemberKind::Method(f),
            };
            members.push(ClassMember { is_static, key, kind, span: self.span_from(start) });
            return Ok(());
        }
        if accessor.is_some() {
            return Err(self.unexpected());
        }
        // A field.
        if key_is("constructor") {
            return Err(Diagnostic::syntax("Classes may not have a field named 'constructor'", key_span));
        }
        if is_static && key_is("prototype") {
            return Err(Diagnostic::syntax("Classes may not have a static property named 'prototype'", key_span));
        }
        let init = if self.eat(P::Eq)? {
            // Field initializers behave like methods: `this`, `super.x` and
            // `new.target` are allowed, `arguments` is not.
            let fcx = FnCtx { new_target: true, super_prop: true, class_field: true, ..FnCtx::default() };
            let saved = std::mem::replace(&mut self.fcx, fcx);
            let value = self.parse_assign_allow_in();
            self.fcx = saved;
            Some(Box::new(value?))
        } else {
            None
        };
        self.semicolon()?;
        members.push(ClassMember { is_static, key, kind: ClassMemberKind::Field(init), span: self.span_from(start) });
        Ok(())
    }
}
