//! Tokenizer for JavaScript source. The parser pulls one token at a time
//! (`Lexer::next_token`) because JavaScript's lexical grammar depends on the
//! parser's state: a `}` may continue a template literal, and a `/` may start
//! a regular expression. The lexer knows nothing about strict mode; tokens
//! carry flags (legacy octal numbers, octal escapes) that the parser checks.

mod ident;
mod numbers;
mod strings;

pub use ident::Kw;
pub use numbers::number_to_string;

use crate::ast::Atom;
use crate::atoms::AtomTable;
use crate::diagnostic::Diagnostic;
use crate::span::Span;

/// One token and where it came from.
#[derive(Debug, Clone)]
pub struct Token {
    pub kind: TokenKind,
    pub span: Span,
    /// A line terminator (or a comment containing one) precedes the token:
    /// the fact automatic semicolon insertion and restricted productions use.
    pub nl_before: bool,
}

#[derive(Debug, Clone)]
pub enum TokenKind {
    Eof,
    /// An identifier or keyword; keywords are told apart by `Name::kw`.
    Name(Name),
    /// `#name` (private class members, unsupported but lexed for the message).
    PrivateName,
    Number {
        value: f64,
        /// Set for `017` and `08`: the message to give in strict mode.
        legacy: Option<&'static str>,
    },
    BigInt,
    String {
        value: Atom,
        /// An octal escape (`\07`) or `\8`/`\9`: forbidden in strict mode.
        octal_escape: Option<(Span, &'static str)>,
    },
    /// A template chunk: from '`' or '}' to '`' (`tail`) or '${'.
    Template {
        /// `Err` holds the error of an invalid escape (legal only when tagged).
        cooked: Result<Atom, Box<Diagnostic>>,
        tail: bool,
    },
    Punct(P),
}

/// An identifier token's interned value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Name {
    pub atom: Atom,
    /// Which keyword the identifier spells (`Kw::None` for plain names).
    pub kw: Kw,
    /// The identifier was written with `\u` escapes, so it is never a keyword.
    pub escaped: bool,
}

/// Punctuators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum P {
    LParen,
    RParen,
    LBrace,
    RBrace,
    LBracket,
    RBracket,
    Dot,
    Ellipsis,
    Semi,
    Comma,
    Lt,
    Gt,
    LtEq,
    GtEq,
    EqEq,
    NotEq,
    EqEqEq,
    NotEqEq,
    Plus,
    Minus,
    Star,
    Slash,
    Percent,
    StarStar,
    PlusPlus,
    MinusMinus,
    Shl,
    Shr,
    UShr,
    Amp,
    Pipe,
    Caret,
    Bang,
    Tilde,
    AmpAmp,
    PipePipe,
    QQ,
    Question,
    QDot,
    Colon,
    Eq,
    PlusEq,
    MinusEq,
    StarEq,
    SlashEq,
    PercentEq,
    StarStarEq,
    ShlEq,
    ShrEq,
    UShrEq,
    AmpEq,
    PipeEq,
    CaretEq,
    AmpAmpEq,
    PipePipeEq,
    QQEq,
    Arrow,
}

/// The lexer's whole state is a position, so the parser can save and restore
/// it (by cloning) to look ahead.
#[derive(Debug, Clone)]
pub struct Lexer<'s> {
    src: &'s str,
    pos: usize,
}

pub(crate) fn is_line_terminator(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}')
}

pub(crate) fn is_whitespace(c: char) -> bool {
    matches!(
        c,
        '\t' | '\u{b}' | '\u{c}' | ' ' | '\u{a0}' | '\u{feff}' | '\u{1680}' | '\u{2000}'
            ..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}'
    )
}

impl<'s> Lexer<'s> {
    pub fn new(src: &'s str) -> Lexer<'s> {
        let mut lexer = Lexer { src, pos: 0 };
        // A hashbang line `#!...` is a comment, but only at the very start.
        if src.starts_with("#!") {
            lexer.skip_line();
        }
        lexer
    }

    pub fn pos(&self) -> usize {
        self.pos
    }

    fn peek_char(&self) -> Option<char> {
        self.src.get(self.pos..).and_then(|s| s.chars().next())
    }

    fn byte_at(&self, pos: usize) -> Option<u8> {
        self.src.as_bytes().get(pos).copied()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek_char()?;
        self.pos += c.len_utf8();
        Some(c)
    }

    fn eat(&mut self, b: u8) -> bool {
        if self.byte_at(self.pos) == Some(b) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn span_from(&self, start: usize) -> Span {
        Span::new(start as u32, self.pos as u32)
    }

    pub(crate) fn error_at(&self, msg: &str, start: usize, end: usize) -> Diagnostic {
        Diagnostic::syntax(msg, Span::new(start as u32, end.max(start) as u32))
    }

    fn skip_line(&mut self) {
        while let Some(c) = self.peek_char() {
            if is_line_terminator(c) {
                break;
            }
            self.pos += c.len_utf8();
        }
    }

    /// Skips whitespace and comments; returns whether a line terminator was seen.
    fn skip_trivia(&mut self) -> Result<bool, Diagnostic> {
        let mut newline = false;
        loop {
            let Some(c) = self.peek_char() else { return Ok(newline) };
            if is_line_terminator(c) {
                newline = true;
                self.pos += c.len_utf8();
            } else if is_whitespace(c) {
                self.pos += c.len_utf8();
            } else if c == '/' && self.byte_at(self.pos + 1) == Some(b'/') {
                self.skip_line();
            } else if c == '/' && self.byte_at(self.pos + 1) == Some(b'*') {
                let start = self.pos;
                self.pos += 2;
                loop {
                    match self.bump() {
                        None => return Err(self.error_at("Invalid or unexpected token", start, start + 2)),
                        Some('*') if self.eat(b'/') => break,
                        Some(c) if is_line_terminator(c) => newline = true,
                        Some(_) => {}
                    }
                }
            } else {
                return Ok(newline);
            }
        }
    }

    /// Lexes the next token. `/` is always lexed as a division punctuator; the
    /// parser knows when it would start a regular expression.
    pub fn next_token(&mut self, atoms: &mut AtomTable) -> Result<Token, Diagnostic> {
        let nl_before = self.skip_trivia()?;
        let start = self.pos;
        let kind = self.lex_kind(atoms)?;
        Ok(Token { kind, span: self.span_from(start), nl_before })
    }

    /// Re-lexes from the `}` at `rbrace` as the continuation of a template
    /// literal (a TemplateMiddle or TemplateTail).
    pub fn rescan_template(&mut self, rbrace: usize, atoms: &mut AtomTable) -> Result<Token, Diagnostic> {
        self.pos = rbrace + 1;
        let kind = self.lex_template_chunk(rbrace, atoms)?;
        Ok(Token { kind, span: self.span_from(rbrace), nl_before: false })
    }

    fn lex_kind(&mut self, atoms: &mut AtomTable) -> Result<TokenKind, Diagnostic> {
        let start = self.pos;
        let Some(c) = self.peek_char() else { return Ok(TokenKind::Eof) };
        match c {
            '0'..='9' => return self.lex_number(),
            '.' if matches!(self.byte_at(start + 1), Some(b'0'..=b'9')) => return self.lex_number(),
            '"' | '\'' => return self.lex_string(atoms),
            '`' => {
                self.pos += 1;
                return self.lex_template_chunk(start, atoms);
            }
            '#' => {
                self.pos += 1;
                if self.ident_start_here() {
                    self.lex_name(atoms)?;
                    return Ok(TokenKind::PrivateName);
                }
                return Err(self.error_at("Invalid or unexpected token", start, start + 1));
            }
            _ => {}
        }
        if self.ident_start_here() {
            return Ok(TokenKind::Name(self.lex_name(atoms)?));
        }
        self.pos += c.len_utf8();
        let p = match c {
            '(' => P::LParen,
            ')' => P::RParen,
            '{' => P::LBrace,
            '}' => P::RBrace,
            '[' => P::LBracket,
            ']' => P::RBracket,
            ';' => P::Semi,
            ',' => P::Comma,
            ':' => P::Colon,
            '~' => P::Tilde,
            '.' => {
                if self.byte_at(self.pos) == Some(b'.') && self.byte_at(self.pos + 1) == Some(b'.') {
                    self.pos += 2;
                    P::Ellipsis
                } else {
                    P::Dot
                }
            }
            '?' => {
                if self.eat(b'?') {
                    if self.eat(b'=') {
                        P::QQEq
                    } else {
                        P::QQ
                    }
                } else if self.byte_at(self.pos) == Some(b'.')
                    && !matches!(self.byte_at(self.pos + 1), Some(b'0'..=b'9'))
                {
                    // `a?.5:b` is a conditional, not an optional chain.
                    self.pos += 1;
                    P::QDot
                } else {
                    P::Question
                }
            }
            '<' => {
                if self.eat(b'<') {
                    if self.eat(b'=') {
                        P::ShlEq
                    } else {
                        P::Shl
                    }
                } else if self.eat(b'=') {
                    P::LtEq
                } else {
                    P::Lt
                }
            }
            '>' => {
                if self.eat(b'>') {
                    if self.eat(b'>') {
                        if self.eat(b'=') {
                            P::UShrEq
                        } else {
                            P::UShr
                        }
                    } else if self.eat(b'=') {
                        P::ShrEq
                    } else {
                        P::Shr
                    }
                } else if self.eat(b'=') {
                    P::GtEq
                } else {
                    P::Gt
                }
            }
            '=' => {
                if self.eat(b'=') {
                    if self.eat(b'=') {
                        P::EqEqEq
                    } else {
                        P::EqEq
                    }
                } else if self.eat(b'>') {
                    P::Arrow
                } else {
                    P::Eq
                }
            }
            '!' => {
                if self.eat(b'=') {
                    if self.eat(b'=') {
                        P::NotEqEq
                    } else {
                        P::NotEq
                    }
                } else {
                    P::Bang
                }
            }
            '+' => {
                if self.eat(b'+') {
                    P::PlusPlus
                } else if self.eat(b'=') {
                    P::PlusEq
                } else {
                    P::Plus
                }
            }
            '-' => {
                if self.eat(b'-') {
                    P::MinusMinus
                } else if self.eat(b'=') {
                    P::MinusEq
                } else {
                    P::Minus
                }
            }
            '*' => {
                if self.eat(b'*') {
                    if self.eat(b'=') {
                        P::StarStarEq
                    } else {
                        P::StarStar
                    }
                } else if self.eat(b'=') {
                    P::StarEq
                } else {
                    P::Star
                }
            }
            '/' => {
                if self.eat(b'=') {
                    P::SlashEq
                } else {
                    P::Slash
                }
            }
            '%' => {
                if self.eat(b'=') {
                    P::PercentEq
                } else {
                    P::Percent
                }
            }
            '&' => {
                if self.eat(b'&') {
                    if self.eat(b'=') {
                        P::AmpAmpEq
                    } else {
                        P::AmpAmp
                    }
                } else if self.eat(b'=') {
                    P::AmpEq
                } else {
                    P::Amp
                }
            }
            '|' => {
                if self.eat(b'|') {
                    if self.eat(b'=') {
                        P::PipePipeEq
                    } else {
                        P::PipePipe
                    }
                } else if self.eat(b'=') {
                    P::PipeEq
                } else {
                    P::Pipe
                }
            }
            '^' => {
                if self.eat(b'=') {
                    P::CaretEq
                } else {
                    P::Caret
                }
            }
            _ => return Err(self.error_at("Invalid or unexpected token", start, self.pos)),
        };
        Ok(TokenKind::Punct(p))
    }
}
