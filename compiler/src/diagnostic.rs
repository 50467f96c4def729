//! User-facing compile errors. A `Diagnostic` is the user's mistake (a syntax
//! error, an early error, or a feature kiln does not support yet), always with
//! a span; it renders like node's SyntaxError output: file:line, the source
//! line, a caret, then the message. A compiler bug is never a `Diagnostic`.

use crate::span::{LineIndex, Span};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiagnosticKind {
    /// Malformed program: reported as a JavaScript `SyntaxError`.
    SyntaxError,
    /// Valid JavaScript that kiln does not implement yet.
    Unsupported,
}

#[derive(Debug, Clone)]
pub struct Diagnostic {
    pub kind: DiagnosticKind,
    pub message: String,
    pub span: Span,
}

impl Diagnostic {
    pub fn syntax(message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic { kind: DiagnosticKind::SyntaxError, message: message.into(), span }
    }

    /// `what` names the feature, e.g. "generators" → "generators are not supported yet".
    pub fn unsupported(what: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic { kind: DiagnosticKind::Unsupported, message: what.into(), span }
    }

    /// For an unsupported-feature diagnostic, the feature's name alone
    /// ("generators"); for a syntax error, the message.
    pub fn feature(&self) -> &str {
        let m = self.message.as_str();
        m.strip_suffix(" are").or_else(|| m.strip_suffix(" is")).unwrap_or(m)
    }

    /// The headline without position: `SyntaxError: Unexpected token ')'` or
    /// `error: generators are not supported yet`.
    pub fn headline(&self) -> String {
        match self.kind {
            DiagnosticKind::SyntaxError => format!("SyntaxError: {}", self.message),
            DiagnosticKind::Unsupported => format!("error: {} not supported yet", self.message),
        }
    }

    /// Renders the diagnostic with file name, line:col, the source line and a
    /// caret under the offending text.
    pub fn render(&self, file: &str, source: &str) -> String {
        let index = LineIndex::new(source);
        let lc = index.line_col(source, self.span.start);
        let line = index.line_text(source, lc.line);
        let width = if self.span.end > self.span.start {
            let end = (self.span.end as usize).min(source.len());
            let start = (self.span.start as usize).min(end);
            source.get(start..end).map(|s| s.lines().next().unwrap_or("").chars().count()).unwrap_or(1)
        } else {
            1
        }
        .max(1);
        let col_chars = line
            .char_indices()
            .take_while(|(i, _)| *i < (self.span.start as usize).saturating_sub(self.line_start(&index, source, lc.line)))
            .count();
        let mut out = String::new();
        out.push_str(&format!("{}:{}:{}\n", file, lc.line, lc.col));
        out.push_str(line);
        out.push('\n');
        out.push_str(&" ".repeat(col_chars));
        out.push_str(&"^".repeat(width));
        out.push_str("\n\n");
        out.push_str(&self.headline());
        out.push_str(&format!(" ({}:{})\n", lc.line, lc.col));
        out
    }

    fn line_start(&self, index: &LineIndex, source: &str, line: u32) -> usize {
        let text = index.line_text(source, line);
        // The line's text is a subslice of `source`; its offset is the start.
        text.as_ptr() as usize - source.as_ptr() as usize
    }
}
