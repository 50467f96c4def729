//! Recursive-descent parser producing `ast::Program` (placeholder until the parser lands).
use crate::{ast::Program, atoms::AtomTable, diagnostic::Diagnostic};

/// Parses a script. Interns identifiers and string literals into `atoms`.
pub fn parse(source: &str, atoms: &mut AtomTable) -> Result<Program, Diagnostic> {
    let _ = (source, atoms);
    Err(Diagnostic::unsupported("parsing is", crate::Span::default()))
}
