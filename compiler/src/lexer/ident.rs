//! Identifiers and keywords: `IdentifierName` with `\u` escapes and
//! non-ASCII letters, classified against the reserved and contextual words
//! the parser needs to recognise.

use super::{Lexer, Name};
use crate::atoms::AtomTable;
use crate::diagnostic::Diagnostic;

/// Words with a meaning to the parser. Reserved words can never be
/// identifiers; strict-reserved ones only in sloppy code; contextual ones
/// (`of`, `get`, `async`, ...) are identifiers everywhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kw {
    None,
    // Reserved words.
    Break,
    Case,
    Catch,
    Class,
    Const,
    Continue,
    Debugger,
    Default,
    Delete,
    Do,
    Else,
    Enum,
    Export,
    Extends,
    False,
    Finally,
    For,
    Function,
    If,
    Import,
    In,
    InstanceOf,
    New,
    Null,
    Return,
    Super,
    Switch,
    This,
    Throw,
    True,
    Try,
    Typeof,
    Var,
    Void,
    While,
    With,
    // Reserved in strict mode code only.
    Implements,
    Interface,
    Let,
    Package,
    Private,
    Protected,
    Public,
    Static,
    Yield,
    // Contextual words and names with early-error rules.
    Await,
    Async,
    Get,
    Set,
    Of,
    Target,
    Eval,
    Arguments,
    Constructor,
    Prototype,
}

impl Kw {
    pub fn classify(s: &str) -> Kw {
        match s {
            "break" => Kw::Break,
            "case" => Kw::Case,
            "catch" => Kw::Catch,
            "class" => Kw::Class,
            "const" => Kw::Const,
            "continue" => Kw::Continue,
            "debugger" => Kw::Debugger,
            "default" => Kw::Default,
            "delete" => Kw::Delete,
            "do" => Kw::Do,
            "else" => Kw::Else,
            "enum" => Kw::Enum,
            "export" => Kw::Export,
            "extends" => Kw::Extends,
            "false" => Kw::False,
            "finally" => Kw::Finally,
            "for" => Kw::For,
            "function" => Kw::Function,
            "if" => Kw::If,
            "import" => Kw::Import,
            "in" => Kw::In,
            "instanceof" => Kw::InstanceOf,
            "new" => Kw::New,
            "null" => Kw::Null,
            "return" => Kw::Return,
            "super" => Kw::Super,
            "switch" => Kw::Switch,
            "this" => Kw::This,
            "throw" => Kw::Throw,
            "true" => Kw::True,
            "try" => Kw::Try,
            "typeof" => Kw::Typeof,
            "var" => Kw::Var,
            "void" => Kw::Void,
            "while" => Kw::While,
            "with" => Kw::With,
            "implements" => Kw::Implements,
            "interface" => Kw::Interface,
            "let" => Kw::Let,
            "package" => Kw::Package,
            "private" => Kw::Private,
            "protected" => Kw::Protected,
            "public" => Kw::Public,
            "static" => Kw::Static,
            "yield" => Kw::Yield,
            "await" => Kw::Await,
            "async" => Kw::Async,
            "get" => Kw::Get,
            "set" => Kw::Set,
            "of" => Kw::Of,
            "target" => Kw::Target,
            "eval" => Kw::Eval,
            "arguments" => Kw::Arguments,
            "constructor" => Kw::Constructor,
            "prototype" => Kw::Prototype,
            _ => Kw::None,
        }
    }

    /// Never an identifier.
    pub fn is_reserved(self) -> bool {
        (self as u8) >= (Kw::Break as u8) && (self as u8) <= (Kw::With as u8)
    }

    /// Not an identifier in strict mode code.
    pub fn is_strict_reserved(self) -> bool {
        (self as u8) >= (Kw::Implements as u8) && (self as u8) <= (Kw::Yield as u8)
    }
}

fn is_id_start(c: char) -> bool {
    c.is_ascii_alphabetic()
        || c == '$'
        || c == '_'
        || (!c.is_ascii()
            && c != '\u{2e2f}'
            && (c.is_alphabetic() || matches!(c, '\u{2118}' | '\u{212e}' | '\u{309b}' | '\u{309c}')))
}

fn is_id_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '$' || c == '_';
    }
    // Without Unicode tables, ID_Continue is approximated generously: every
    // non-ASCII character except white space, line terminators and the
    // pattern-syntax characters code is likely to contain.
    let excluded = super::is_line_terminator(c)
        || super::is_whitespace(c)
        || is_pattern_syntax(c)
        || matches!(c, '\u{2e2f}' | '\u{180e}' | '\u{200b}' | '\u{200e}' | '\u{200f}' | '\u{2060}'..='\u{2064}');
    !excluded
}

/// Non-ASCII Pattern_Syntax characters (never part of an identifier).
fn is_pattern_syntax(c: char) -> bool {
    matches!(c, '\u{a1}'..='\u{a7}' | '\u{a9}' | '\u{ab}' | '\u{ac}' | '\u{ae}' | '\u{b0}' | '\u{b1}' | '\u{b6}'
        | '\u{bb}' | '\u{bf}' | '\u{d7}' | '\u{f7}' | '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{203e}'
        | '\u{2041}'..='\u{2053}' | '\u{2055}'..='\u{205e}' | '\u{2190}'..='\u{245f}' | '\u{2500}'..='\u{2775}'
        | '\u{2794}'..='\u{2bff}' | '\u{2e00}'..='\u{2e7f}' | '\u{3001}'..='\u{3003}' | '\u{3008}'..='\u{3020}'
        | '\u{3030}' | '\u{fd3e}' | '\u{fd3f}' | '\u{fe45}' | '\u{fe46}')
}

impl<'s> Lexer<'s> {
    pub(super) fn ident_start_here(&self) -> bool {
        match self.peek_char() {
            Some('\\') => true,
            Some(c) => is_id_start(c),
            None => false,
        }
    }

    /// Reads `\uXXXX` or `\u{X...}` after the backslash; returns the code point.
    fn ident_escape(&mut self) -> Result<char, Diagnostic> {
        let start = self.pos;
        self.pos += 1; // the backslash
        if !self.eat(b'u') {
            return Err(self.error_at("Invalid Unicode escape sequence", start, self.pos));
        }
        let cp = self.unicode_escape_body(start)?;
        char::from_u32(cp).ok_or_else(|| self.error_at("Invalid Unicode escape sequence", start, self.pos))
    }

    pub(super) fn lex_name(&mut self, atoms: &mut AtomTable) -> Result<Name, Diagnostic> {
        let start = self.pos;
        let mut text = String::new();
        let mut escaped = false;
        let mut first = true;
        loop {
            let esc_start = self.pos;
            let c = match self.peek_char() {
                Some('\\') => {
                    escaped = true;
                    let c = self.ident_escape()?;
                    let ok = if first { is_id_start(c) } else { is_id_continue(c) };
                    if !ok {
                        return Err(self.error_at("Invalid Unicode escape sequence", esc_start, self.pos));
                    }
                    c
                }
                Some(c) if (first && is_id_start(c)) || (!first && is_id_continue(c)) => {
                    self.pos += c.len_utf8();
                    c
                }
                _ => break,
            };
            text.push(c);
            first = false;
        }
        if text.is_empty() {
            return Err(self.error_at("Invalid or unexpected token", start, start + 1));
        }
        let atom = atoms.intern(&text);
        Ok(Name { atom, kw: Kw::classify(&text), escaped })
    }
}
