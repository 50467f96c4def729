//! String literals and template chunks with every escape sequence. Content is
//! collected as UTF-16 code units so that `"\uD800"` (a lone surrogate)
//! survives into the atom table.

use super::{is_line_terminator, Lexer, TokenKind};
use crate::ast::Atom;
use crate::atoms::AtomTable;
use crate::diagnostic::Diagnostic;
use crate::span::Span;

const OCTAL_ESCAPE: &str = "Octal escape sequences are not allowed in strict mode.";
const EIGHT_NINE: &str = "\\8 and \\9 are not allowed in strict mode.";

/// Where an escape appears: templates forbid octal escapes outright.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Context {
    String,
    Template,
}

fn push_code_point(out: &mut Vec<u16>, cp: u32) {
    if cp >= 0x10000 {
        let v = cp - 0x10000;
        out.push(0xD800 + (v >> 10) as u16);
        out.push(0xDC00 + (v & 0x3FF) as u16);
    } else {
        out.push(cp as u16);
    }
}

impl<'s> Lexer<'s> {
    fn hex_digit(&self, pos: usize) -> Option<u32> {
        self.byte_at(pos).and_then(|b| (b as char).to_digit(16))
    }

    /// After `\u` (the backslash at `esc_start`): `XXXX` or `{X...}`.
    pub(super) fn unicode_escape_body(&mut self, esc_start: usize) -> Result<u32, Diagnostic> {
        if self.eat(b'{') {
            let mut cp: u32 = 0;
            let mut count = 0;
            while let Some(d) = self.hex_digit(self.pos) {
                cp = cp.saturating_mul(16).saturating_add(d);
                count += 1;
                self.pos += 1;
                if cp > 0x10FFFF {
                    return Err(self.error_at("Undefined Unicode code-point", esc_start, self.pos));
                }
            }
            if count == 0 || !self.eat(b'}') {
                return Err(self.error_at("Invalid Unicode escape sequence", esc_start, self.pos + 1));
            }
            Ok(cp)
        } else {
            let mut cp = 0;
            for _ in 0..4 {
                match self.hex_digit(self.pos) {
                    Some(d) => {
                        cp = cp * 16 + d;
                        self.pos += 1;
                    }
                    None => return Err(self.error_at("Invalid Unicode escape sequence", esc_start, self.pos + 1)),
                }
            }
            Ok(cp)
        }
    }

    /// Reads one escape after the backslash at `esc_start` into `out`.
    /// Returns the strict-mode problem of a legacy octal or `\8` escape.
    fn escape(
        &mut self,
        esc_start: usize,
        ctx: Context,
        out: &mut Vec<u16>,
    ) -> Result<Option<(Span, &'static str)>, Diagnostic> {
        let Some(c) = self.bump() else {
            return Err(self.error_at("Invalid or unexpected token", esc_start, self.pos));
        };
        let unit = match c {
            'n' => 0x0A,
            't' => 0x09,
            'r' => 0x0D,
            'b' => 0x08,
            'f' => 0x0C,
            'v' => 0x0B,
            '\r' => {
                self.eat(b'\n');
                return Ok(None);
            }
            '\n' | '\u{2028}' | '\u{2029}' => return Ok(None),
            'x' => {
                match (self.hex_digit(self.pos), self.hex_digit(self.pos + 1)) {
                    (Some(a), Some(b)) => {
                        self.pos += 2;
                        out.push((a * 16 + b) as u16);
                    }
                    _ => return Err(self.error_at("Invalid hexadecimal escape sequence", esc_start, self.pos + 1)),
                }
                return Ok(None);
            }
            'u' => {
                let cp = self.unicode_escape_body(esc_start)?;
                push_code_point(out, cp);
                return Ok(None);
            }
            '0' if !matches!(self.byte_at(self.pos), Some(b'0'..=b'9')) => 0,
            '0'..='7' => {
                if ctx == Context::Template {
                    let msg = "Octal escape sequences are not allowed in template strings";
                    return Err(self.error_at(msg, esc_start, self.pos));
                }
                // Up to three octal digits, value at most 0o377.
                let mut value = c as u32 - '0' as u32;
                let max_len = if value <= 3 { 3 } else { 2 };
                let mut len = 1;
                while len < max_len {
                    match self.byte_at(self.pos) {
                        Some(b @ b'0'..=b'7') => {
                            value = value * 8 + (b - b'0') as u32;
                            self.pos += 1;
                            len += 1;
                        }
                        _ => break,
                    }
                }
                out.push(value as u16);
                return Ok(Some((Span::new(esc_start as u32, self.pos as u32), OCTAL_ESCAPE)));
            }
            '8' | '9' => {
                if ctx == Context::Template {
                    return Err(self.error_at("\\8 and \\9 are not allowed in template strings", esc_start, self.pos));
                }
                out.push(c as u16);
                return Ok(Some((Span::new(esc_start as u32, self.pos as u32), EIGHT_NINE)));
            }
            other => {
                push_code_point(out, other as u32);
                return Ok(None);
            }
        };
        out.push(unit);
        Ok(None)
    }

    pub(super) fn lex_string(&mut self, atoms: &mut AtomTable) -> Result<TokenKind, Diagnostic> {
        let start = self.pos;
        let quote = self.bump();
        let mut out = Vec::new();
        let mut octal_escape = None;
        loop {
            let esc_start = self.pos;
            match self.bump() {
                None => return Err(self.error_at("Invalid or unexpected token", start, self.pos)),
                Some(c) if Some(c) == quote => break,
                Some('\\') => {
                    if let Some(problem) = self.escape(esc_start, Context::String, &mut out)? {
                        octal_escape.get_or_insert(problem);
                    }
                }
                Some('\n' | '\r') => return Err(self.error_at("Invalid or unexpected token", start, esc_start)),
                Some(c) => push_code_point(&mut out, c as u32),
            }
        }
        Ok(TokenKind::String { value: atoms.intern_utf16(&out), octal_escape })
    }

    /// Lexes template characters after '`' or '}' up to and including the
    /// closing '`' or the `${` of a substitution.
    pub(super) fn lex_template_chunk(&mut self, start: usize, atoms: &mut AtomTable) -> Result<TokenKind, Diagnostic> {
        let mut out = Vec::new();
        let mut error: Option<Diagnostic> = None;
        let tail;
        loop {
            let at = self.pos;
            match self.bump() {
                None => return Err(self.error_at("Unterminated template literal", start, self.pos)),
                Some('`') => {
                    tail = true;
                    break;
                }
                Some('$') if self.eat(b'{') => {
                    tail = false;
                    break;
                }
                Some('\\') => {
                    let mut scratch = Vec::new();
                    match self.escape(at, Context::Template, &mut scratch) {
                        Ok(_) => out.extend_from_slice(&scratch),
                        Err(e) => {
                            // Skip the bad escape's character so lexing
                            // continues; the error matters only if untagged.
                            if self.pos == at + 1 {
                                self.bump();
                            }
                            error.get_or_insert(e);
                        }
                    }
                }
                // Template values normalise CR and CRLF to LF.
                Some('\r') => {
                    self.eat(b'\n');
                    out.push(0x0A);
                }
                Some(c) => {
                    let _ = is_line_terminator(c);
                    push_code_point(&mut out, c as u32);
                }
            }
        }
        let cooked: Result<Atom, Box<Diagnostic>> = match error {
            Some(e) => Err(Box::new(e)),
            None => Ok(atoms.intern_utf16(&out)),
        };
        Ok(TokenKind::Template { cooked, tail })
    }
}
