//! Unit tests of the parser: AST shapes, ASI, early errors and their spans.

use super::parse;
use crate::atoms::AtomTable;

#[test]
fn smoke() {
    let mut atoms = AtomTable::new();
    assert!(parse("let x = 1 + 2 * 3;", &mut atoms).is_ok());
}
