//! Recursive-descent parser producing `ast::Program`. This file holds the
//! parser state (current token, strictness, the function context that early
//! errors consult) and the token helpers; each grammar area lives in its own
//! file: statements, expressions, member/primary expressions, functions,
//! classes, object literals and templates.
//!
//! The parser stops at the first error: a `Diagnostic` that is either a
//! SyntaxError (with node's message where practical) or an "unsupported"
//! error naming a Level 2+ feature.

mod classes;
mod expressions;
mod functions;
mod literals;
mod loops;
mod members;
mod statements;
#[cfg(test)]
mod tests;

use crate::ast::{Atom, Program};
use crate::atoms::AtomTable;
use crate::diagnostic::Diagnostic;
use crate::lexer::{Kw, Lexer, Name, Token, TokenKind, P};
use crate::span::Span;

/// Nesting deeper than this is rejected instead of overflowing the stack.
const MAX_DEPTH: u32 = 1000;
/// Nor may the parser's recursion use more stack than this, whatever the
/// frames of a build weigh (a class heritage level weighs several times a
/// parenthesis level): fits a 2 MiB thread with room for the caller.
const MAX_STACK_BYTES: usize = 1 << 20;

/// The address of a local of the calling frame: where the stack is now.
#[inline(never)]
fn stack_position() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

/// Parses a script. Interns identifiers and string literals into `atoms`.
pub fn parse(source: &str, atoms: &mut AtomTable) -> Result<Program, Diagnostic> {
    let mut parser = Parser::new(source, atoms)?;
    parser.parse_program()
}

/// A label in scope and whether it labels an iteration statement (the only
/// kind `continue label` may target).
#[derive(Clone, Copy)]
struct LabelInfo {
    name: Atom,
    is_loop: bool,
}

/// What the innermost function allows; replaced on entering a function and
/// partly inherited by arrows.
#[derive(Clone, Default)]
struct FnCtx {
    /// `return` is allowed.
    in_function: bool,
    /// `new.target` is allowed.
    new_target: bool,
    /// `super(...)` is allowed (derived constructors and arrows inside).
    super_call: bool,
    /// `super.x` is allowed (methods and arrows inside).
    super_prop: bool,
    /// Inside a class field initializer, where `arguments` is an error.
    class_field: bool,
    labels: Vec<LabelInfo>,
    /// Labels directly in front of the statement being parsed: a loop marks them.
    fresh_labels: usize,
    in_iteration: bool,
    in_switch: bool,
}

pub(crate) struct Parser<'s, 'a> {
    src: &'s str,
    lexer: Lexer<'s>,
    atoms: &'a mut AtomTable,
    /// The current (not yet consumed) token.
    tok: Token,
    /// End offset of the last consumed token, for node spans.
    prev_end: u32,
    strict: bool,
    /// `in` is not a binary operator here (the head of `for (x in ...)`).
    no_in: bool,
    depth: u32,
    /// The stack position when parsing began (see `enter`).
    stack_base: usize,
    fcx: FnCtx,
}

impl<'s, 'a> Parser<'s, 'a> {
    fn new(src: &'s str, atoms: &'a mut AtomTable) -> Result<Parser<'s, 'a>, Diagnostic> {
        if src.len() > u32::MAX as usize / 2 {
            return Err(Diagnostic::unsupported("source files over 2 GiB are", Span::default()));
        }
        let mut lexer = Lexer::new(src);
        let tok = lexer.next_token(atoms)?;
        Ok(Parser { src, lexer, atoms, tok, prev_end: 0, strict: false, no_in: false, depth: 0, stack_base: stack_position(), fcx: FnCtx::default() })
    }

    fn parse_program(&mut self) -> Result<Program, Diagnostic> {
        let (body, strict) = self.parse_body_with_directives(|p| matches!(p.tok.kind, TokenKind::Eof))?;
        Ok(Program { body, strict, span: Span::new(0, self.src.len() as u32) })
    }

    // ---- token helpers ----

    fn advance(&mut self) -> Result<Token, Diagnostic> {
        let next = self.lexer.next_token(self.atoms)?;
        let old = std::mem::replace(&mut self.tok, next);
        self.prev_end = old.span.end;
        Ok(old)
    }

    /// Lexes the token after the current one without consuming anything.
    fn peek(&mut self) -> Result<Token, Diagnostic> {
        let mut lexer = self.lexer.clone();
        lexer.next_token(self.atoms)
    }

    fn is(&self, p: P) -> bool {
        matches!(self.tok.kind, TokenKind::Punct(q) if q == p)
    }

    fn eat(&mut self, p: P) -> Result<bool, Diagnostic> {
        if self.is(p) {
            self.advance()?;
            Ok(true)
        } else {
            Ok(false)
        }
    }

    fn expect(&mut self, p: P) -> Result<Token, Diagnostic> {
        if self.is(p) {
            self.advance()
        } else {
            Err(self.unexpected())
        }
    }

    /// The current token is the unescaped keyword `kw`.
    fn is_kw(&self, kw: Kw) -> bool {
        matches!(self.tok.kind, TokenKind::Name(Name { kw: k, escaped: false, .. }) if k == kw)
    }

    fn eat_kw(&mut self, kw: Kw) -> Result<bool, Diagnostic> {
        if self.is_kw(kw) {
            self.advance()?;
            Ok(true)
        } else {
            Ok(false)
        }
    }

    fn expect_kw(&mut self, kw: Kw) -> Result<(), Diagnostic> {
        if self.eat_kw(kw)? {
            Ok(())
        } else {
            Err(self.unexpected())
        }
    }

    fn name(&self) -> Option<Name> {
        match self.tok.kind {
            TokenKind::Name(n) => Some(n),
            _ => None,
        }
    }

    fn start(&self) -> u32 {
        self.tok.span.start
    }

    fn span_from(&self, start: u32) -> Span {
        Span::new(start, self.prev_end.max(start))
    }

    fn text(&self, span: Span) -> &'s str {
        self.src.get(span.start as usize..span.end as usize).unwrap_or("")
    }

    /// Automatic semicolon insertion: a `;`, or a `}`, the end of input, or
    /// a line break before the current token.
    fn semicolon(&mut self) -> Result<(), Diagnostic> {
        if self.eat(P::Semi)? {
            return Ok(());
        }
        if self.is(P::RBrace) || matches!(self.tok.kind, TokenKind::Eof) || self.tok.nl_before {
            return Ok(());
        }
        Err(self.unexpected())
    }

    /// The diagnostic for the current token where it does not fit.
    fn unexpected(&self) -> Diagnostic {
        self.unexpected_token(&self.tok)
    }

    fn unexpected_token(&self, tok: &Token) -> Diagnostic {
        let span = tok.span;
        let msg = match &tok.kind {
            TokenKind::Eof => "Unexpected end of input".to_string(),
            TokenKind::Number { .. } | TokenKind::BigInt => "Unexpected number".to_string(),
            TokenKind::String { .. } => "Unexpected string".to_string(),
            TokenKind::Template { .. } => "Unexpected template string".to_string(),
            TokenKind::Name(n) if n.escaped && (n.kw.is_reserved() || (self.strict && n.kw.is_strict_reserved())) => {
                "Keyword must not contain escaped characters".to_string()
            }
            TokenKind::Name(n) if n.kw == Kw::Enum => "Unexpected reserved word".to_string(),
            TokenKind::Name(n) if n.kw.is_reserved() => format!("Unexpected token '{}'", self.text(span)),
            TokenKind::Name(n) if self.strict && n.kw.is_strict_reserved() => {
                "Unexpected strict mode reserved word".to_string()
            }
            TokenKind::Name(n) => format!("Unexpected identifier '{}'", self.atoms.text(n.atom)),
            TokenKind::PrivateName => format!("Unexpected identifier '{}'", self.text(span)),
            TokenKind::Punct(_) => format!("Unexpected token '{}'", self.text(span)),
        };
        Diagnostic::syntax(msg, span)
    }

    /// Guards recursion: every recursive production calls this on entry and
    /// `leave` on exit.
    fn enter(&mut self) -> Result<(), Diagnostic> {
        self.depth += 1;
        if self.depth > MAX_DEPTH || stack_position().abs_diff(self.stack_base) > MAX_STACK_BYTES {
            return Err(Diagnostic::unsupported("programs nested this deeply are", self.tok.span));
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    // ---- identifier early errors ----

    /// The SyntaxError for a reserved word used as an identifier.
    fn reserved_word_error(&self, name: Name, span: Span) -> Diagnostic {
        let msg = if name.escaped {
            "Keyword must not contain escaped characters".to_string()
        } else if name.kw == Kw::Enum {
            "Unexpected reserved word".to_string()
        } else {
            format!("Unexpected token '{}'", self.text(span))
        };
        Diagnostic::syntax(msg, span)
    }

    /// Checks a name used as an identifier reference or label.
    fn check_ident_ref(&self, name: Name, span: Span) -> Result<(), Diagnostic> {
        if name.kw.is_reserved() {
            return Err(self.reserved_word_error(name, span));
        }
        if self.strict && name.kw.is_strict_reserved() {
            return Err(Diagnostic::syntax("Unexpected strict mode reserved word", span));
        }
        if self.fcx.class_field && name.kw == Kw::Arguments {
            let msg = "'arguments' is not allowed in class field initializer or static initialization block";
            return Err(Diagnostic::syntax(msg, span));
        }
        Ok(())
    }

    /// Checks a name being declared (variables, parameters, function and
    /// class names) under the given strictness.
    fn check_binding(&self, name: Name, span: Span, strict: bool) -> Result<(), Diagnostic> {
        if name.kw.is_reserved() {
            return Err(self.reserved_word_error(name, span));
        }
        if strict && name.kw.is_strict_reserved() {
            return Err(Diagnostic::syntax("Unexpected strict mode reserved word", span));
        }
        if strict && matches!(name.kw, Kw::Eval | Kw::Arguments) {
            return Err(Diagnostic::syntax("Unexpected eval or arguments in strict mode", span));
        }
        Ok(())
    }
}
