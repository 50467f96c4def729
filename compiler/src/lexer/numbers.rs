//! Numeric literals (decimal, `.5`, exponents, `0x`/`0o`/`0b`, separators,
//! legacy octal) and `number_to_string`, JavaScript's Number::toString, which
//! the parser needs to normalise numeric property keys (`{1.0: x}` is "1").

use super::{Lexer, TokenKind};
use crate::diagnostic::Diagnostic;

const LEGACY_OCTAL: &str = "Octal literals are not allowed in strict mode.";
const LEADING_ZERO: &str = "Decimals with leading zeros are not allowed in strict mode.";

impl<'s> Lexer<'s> {
    /// Reads digits of `radix` with `_` separators allowed between digits,
    /// appending them (without separators) to `out`. Returns how many digits.
    fn digits(&mut self, radix: u32, out: &mut String) -> Result<usize, Diagnostic> {
        let mut count = 0;
        let mut last_sep = false;
        loop {
            match self.byte_at(self.pos) {
                Some(b'_') => {
                    let at = self.pos;
                    if count == 0 || last_sep {
                        let msg = if last_sep {
                            "Only one underscore is allowed as numeric separator"
                        } else {
                            "Numeric separators are not allowed here"
                        };
                        return Err(self.error_at(msg, at, at + 1));
                    }
                    last_sep = true;
                    self.pos += 1;
                }
                Some(b) if (b as char).is_digit(radix) => {
                    out.push(b as char);
                    count += 1;
                    last_sep = false;
                    self.pos += 1;
                }
                _ => break,
            }
        }
        if last_sep {
            let at = self.pos - 1;
            return Err(self.error_at("Numeric separators are not allowed at the end of numeric literals", at, at + 1));
        }
        Ok(count)
    }

    pub(super) fn lex_number(&mut self) -> Result<TokenKind, Diagnostic> {
        let start = self.pos;
        let mut legacy = None;
        let value;
        let radix = match (self.byte_at(start), self.byte_at(start + 1)) {
            (Some(b'0'), Some(b'x' | b'X')) => 16,
            (Some(b'0'), Some(b'o' | b'O')) => 8,
            (Some(b'0'), Some(b'b' | b'B')) => 2,
            _ => 10,
        };
        if radix != 10 {
            self.pos += 2;
            let mut digits = String::new();
            if self.digits(radix, &mut digits)? == 0 {
                return Err(self.error_at("Invalid or unexpected token", start, self.pos.max(start + 2)));
            }
            value = radix_value(&digits, radix);
            if self.eat(b'n') {
                return self.after_number(start, TokenKind::BigInt);
            }
        } else if self.byte_at(start) == Some(b'0') && matches!(self.byte_at(start + 1), Some(b'0'..=b'9' | b'_')) {
            // Legacy octal `017` or a decimal with a leading zero `089`.
            self.pos += 1;
            if self.byte_at(self.pos) == Some(b'_') {
                return Err(self.error_at(
                    "Numeric separator can not be used after leading 0.",
                    self.pos,
                    self.pos + 1,
                ));
            }
            let digits_start = self.pos;
            while matches!(self.byte_at(self.pos), Some(b'0'..=b'9')) {
                self.pos += 1;
            }
            let digits = self.src.get(digits_start..self.pos).unwrap_or("");
            if self.byte_at(self.pos) == Some(b'_') {
                return Err(self.error_at("Numeric separators are not allowed here", self.pos, self.pos + 1));
            }
            if digits.bytes().all(|b| b < b'8') {
                legacy = Some(LEGACY_OCTAL);
                value = radix_value(digits, 8);
            } else {
                legacy = Some(LEADING_ZERO);
                let mut text = digits.to_string();
                value = self.decimal_tail(&mut text)?;
            }
        } else {
            let mut text = String::new();
            self.digits(10, &mut text)?;
            let is_integer = !matches!(self.byte_at(self.pos), Some(b'.' | b'e' | b'E'));
            if is_integer && self.eat(b'n') {
                return self.after_number(start, TokenKind::BigInt);
            }
            value = self.decimal_tail(&mut text)?;
        }
        self.after_number(start, TokenKind::Number { value, legacy })
    }

    /// Reads the optional fraction and exponent after the integer digits in
    /// `text` and converts the whole literal.
    fn decimal_tail(&mut self, text: &mut String) -> Result<f64, Diagnostic> {
        if text.is_empty() {
            text.push('0');
        }
        if self.eat(b'.') {
            text.push('.');
            if self.byte_at(self.pos) == Some(b'_') {
                return Err(self.error_at("Numeric separators are not allowed here", self.pos, self.pos + 1));
            }
            self.digits(10, text)?;
            text.push('0');
        }
        if matches!(self.byte_at(self.pos), Some(b'e' | b'E')) {
            let at = self.pos;
            self.pos += 1;
            text.push('e');
            if let Some(sign @ (b'+' | b'-')) = self.byte_at(self.pos) {
                text.push(sign as char);
                self.pos += 1;
            }
            if self.byte_at(self.pos) == Some(b'_') {
                return Err(self.error_at("Numeric separators are not allowed here", self.pos, self.pos + 1));
            }
            if self.digits(10, text)? == 0 {
                return Err(self.error_at("Invalid or unexpected token", at, self.pos));
            }
        }
        text.parse::<f64>().map_err(|_| self.error_at("Invalid or unexpected token", self.pos, self.pos))
    }

    /// A numeric literal must not be directly followed by an identifier
    /// start or a digit (`3in`, `0b12`).
    fn after_number(&mut self, start: usize, kind: TokenKind) -> Result<TokenKind, Diagnostic> {
        let next_ok = match self.peek_char() {
            None => true,
            Some(c) => !(c.is_ascii_digit() || c == '\\' || self.ident_start_here()),
        };
        if !next_ok {
            let end = self.pos + self.peek_char().map_or(1, |c| c.len_utf8());
            let _ = start;
            return Err(self.error_at("Invalid or unexpected token", self.pos, end));
        }
        Ok(kind)
    }
}

/// The value of a digit string in a power-of-two or octal radix, rounded
/// like the spec's MV (exact for values up to 2^64, close beyond).
fn radix_value(digits: &str, radix: u32) -> f64 {
    let mut exact: u128 = 0;
    let mut overflow = false;
    let mut approx = 0f64;
    for c in digits.chars() {
        let d = c.to_digit(radix).unwrap_or(0);
        approx = approx * radix as f64 + d as f64;
        if !overflow {
            match exact.checked_mul(radix as u128).and_then(|v| v.checked_add(d as u128)) {
                Some(v) => exact = v,
                None => overflow = true,
            }
        }
    }
    if overflow {
        approx
    } else {
        exact as f64
    }
}

/// JavaScript's Number::toString(10) (ECMA-262 Number::toString): the
/// shortest round-tripping digits, laid out in fixed or exponential form.
pub fn number_to_string(x: f64) -> String {
    if x.is_nan() {
        return "NaN".to_string();
    }
    if x == 0.0 {
        return "0".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 { "Infinity" } else { "-Infinity" }.to_string();
    }
    if x < 0.0 {
        return format!("-{}", number_to_string(-x));
    }
    // Rust's `{:e}` prints the shortest round-tripping digits: "1.2345e3".
    let sci = format!("{:e}", x);
    let (mantissa, exp) = sci.split_once('e').unwrap_or((sci.as_str(), "0"));
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let exp: i32 = exp.parse().unwrap_or(0);
    let k = digits.len() as i32;
    let n = exp + 1;
    if k <= n && n <= 21 {
        format!("{}{}", digits, "0".repeat((n - k) as usize))
    } else if 0 < n && n <= 21 {
        let (a, b) = digits.split_at(n as usize);
        format!("{}.{}", a, b)
    } else if -6 < n && n <= 0 {
        format!("0.{}{}", "0".repeat((-n) as usize), digits)
    } else {
        let e = n - 1;
        let sign = if e < 0 { '-' } else { '+' };
        let (a, b) = digits.split_at(1);
        if b.is_empty() {
            format!("{}e{}{}", a, sign, e.abs())
        } else {
            format!("{}.{}e{}{}", a, b, sign, e.abs())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::number_to_string;

    #[test]
    fn to_string_matches_javascript() {
        assert_eq!(number_to_string(1.0), "1");
        assert_eq!(number_to_string(16.0), "16");
        assert_eq!(number_to_string(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(number_to_string(1e21), "1e+21");
        assert_eq!(number_to_string(1e20), "100000000000000000000");
        assert_eq!(number_to_string(5e-324), "5e-324");
        assert_eq!(number_to_string(123e-20), "1.23e-18");
        assert_eq!(number_to_string(0.000001), "0.000001");
        assert_eq!(number_to_string(1e-7), "1e-7");
        assert_eq!(number_to_string(-1.5), "-1.5");
    }
}
