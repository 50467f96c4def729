//! Operator expressions (ECMA-262 §13.4–§13.16): comma, assignment,
//! conditional, binary operators by precedence climbing, unary and update
//! operators, and the assignment-target checks they need.

use super::Parser;
use crate::ast::*;
use crate::diagnostic::Diagnostic;
use crate::lexer::{Kw, Name, TokenKind, P};

type PResult<T> = Result<T, Diagnostic>;

/// An arrow function not wrapped in parentheses: it ends its expression, so
/// no operator may follow it.
pub(super) fn is_bare_arrow(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Arrow(_))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum BinKind {
    Binary(BinaryOp),
    Logical(LogicalOp),
}

fn assign_op(p: P) -> Option<AssignOp> {
    use BinaryOp::*;
    Some(match p {
        P::Eq => AssignOp::Assign,
        P::PlusEq => AssignOp::Binary(Add),
        P::MinusEq => AssignOp::Binary(Sub),
        P::StarEq => AssignOp::Binary(Mul),
        P::SlashEq => AssignOp::Binary(Div),
        P::PercentEq => AssignOp::Binary(Rem),
        P::StarStarEq => AssignOp::Binary(Exp),
        P::ShlEq => AssignOp::Binary(Shl),
        P::ShrEq => AssignOp::Binary(Shr),
        P::UShrEq => AssignOp::Binary(UShr),
        P::AmpEq => AssignOp::Binary(BitAnd),
        P::PipeEq => AssignOp::Binary(BitOr),
        P::CaretEq => AssignOp::Binary(BitXor),
        P::AmpAmpEq => AssignOp::Logical(LogicalOp::And),
        P::PipePipeEq => AssignOp::Logical(LogicalOp::Or),
        P::QQEq => AssignOp::Logical(LogicalOp::Nullish),
        _ => return None,
    })
}

impl<'s, 'a> Parser<'s, 'a> {
    /// Runs `f` with `in` allowed as an operator (inside brackets of any kind).
    pub(super) fn with_in<T>(&mut self, f: impl FnOnce(&mut Self) -> PResult<T>) -> PResult<T> {
        let saved = std::mem::replace(&mut self.no_in, false);
        let result = f(self);
        self.no_in = saved;
        result
    }

    /// `Expression`: assignments separated by commas.
    pub(super) fn parse_expression(&mut self) -> PResult<Expr> {
        let start = self.start();
        let first = self.parse_assign()?;
        if !self.is(P::Comma) {
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat(P::Comma)? {
            items.push(self.parse_assign()?);
        }
        Ok(Expr { kind: ExprKind::Sequence(items), span: self.span_from(start) })
    }

    pub(super) fn parse_expression_allow_in(&mut self) -> PResult<Expr> {
        self.with_in(|p| p.parse_expression())
    }

    pub(super) fn parse_assign_allow_in(&mut self) -> PResult<Expr> {
        self.with_in(|p| p.parse_assign())
    }

    /// `AssignmentExpression`.
    pub(super) fn parse_assign(&mut self) -> PResult<Expr> {
        self.enter()?;
        let result = self.parse_assign_inner();
        self.leave();
        result
    }

    fn parse_assign_inner(&mut self) -> PResult<Expr> {
        let start = self.start();
        let left = self.parse_conditional()?;
        if self.is(P::Arrow) {
            if let ExprKind::Call { callee, optional: false, .. } = &left.kind {
                if matches!(&callee.kind, ExprKind::Ident(id) if self.atoms.text(id.name) == "async") {
                    return Err(Diagnostic::unsupported("async functions are", left.span));
                }
            }
            return Err(self.unexpected());
        }
        let TokenKind::Punct(p) = self.tok.kind else { return Ok(left) };
        let Some(op) = assign_op(p) else { return Ok(left) };
        match op {
            AssignOp::Assign => self.check_assign_target(&left, "Invalid left-hand side in assignment", true)?,
            _ => self.check_simple_target(
                &left,
                "Invalid left-hand side in assignment",
                !matches!(op, AssignOp::Logical(_)),
            )?,
        }
        self.advance()?;
        let value = self.parse_assign()?;
        Ok(Expr {
            kind: ExprKind::Assign { op, target: Box::new(left), value: Box::new(value) },
            span: self.span_from(start),
        })
    }

    /// A target of `=` or a for-in/of head: a simple target, or an object or
    /// array literal (a destructuring pattern, which is Level 2).
    pub(super) fn check_assign_target(&self, e: &Expr, msg: &str, allow_call: bool) -> PResult<()> {
        if matches!(e.kind, ExprKind::Object(_) | ExprKind::Array(_)) {
            return Err(Diagnostic::unsupported("destructuring patterns are", e.span));
        }
        self.check_simple_target(e, msg, allow_call)
    }

    /// A `SimpleAssignmentTarget`. Like V8 (and node), a call expression is
    /// accepted where a web-compatibility rule allows it; evaluating such an
    /// assignment throws a ReferenceError at run time.
    pub(super) fn check_simple_target(&self, e: &Expr, msg: &str, allow_call: bool) -> PResult<()> {
        match &e.kind {
            ExprKind::Ident(id) => {
                if self.strict {
                    let text = self.atoms.text(id.name);
                    if text == "eval" || text == "arguments" {
                        return Err(Diagnostic::syntax("Unexpected eval or arguments in strict mode", e.span));
                    }
                }
                Ok(())
            }
            ExprKind::Member { .. } | ExprKind::SuperMember(_) => Ok(()),
            ExprKind::Call { optional: false, .. } if allow_call => Ok(()),
            ExprKind::Paren(inner) => self.check_simple_target(inner, msg, allow_call),
            _ => Err(Diagnostic::syntax(msg, e.span)),
        }
    }

    fn parse_conditional(&mut self) -> PResult<Expr> {
        let start = self.start();
        let test = self.parse_binary(1)?;
        if !self.is(P::Question) || is_bare_arrow(&test) {
            return Ok(test);
        }
        self.advance()?;
        let consequent = self.parse_assign_allow_in()?;
        self.expect(P::Colon)?;
        let alternate = self.parse_assign()?;
        Ok(Expr {
            kind: ExprKind::Conditional {
                test: Box::new(test),
                consequent: Box::new(consequent),
                alternate: Box::new(alternate),
            },
            span: self.span_from(start),
        })
    }

    fn binary_op(&self) -> Option<(u8, BinKind)> {
        use BinKind::{Binary as B, Logical as L};
        use BinaryOp::*;
        let op = match self.tok.kind {
            TokenKind::Punct(p) => match p {
                P::QQ => (1, L(LogicalOp::Nullish)),
                P::PipePipe => (2, L(LogicalOp::Or)),
                P::AmpAmp => (3, L(LogicalOp::And)),
                P::Pipe => (4, B(BitOr)),
                P::Caret => (5, B(BitXor)),
                P::Amp => (6, B(BitAnd)),
                P::EqEq => (7, B(Eq)),
                P::NotEq => (7, B(NotEq)),
                P::EqEqEq => (7, B(StrictEq)),
                P::NotEqEq => (7, B(StrictNotEq)),
                P::Lt => (8, B(Lt)),
                P::Gt => (8, B(Gt)),
                P::LtEq => (8, B(LtEq)),
                P::GtEq => (8, B(GtEq)),
                P::Shl => (9, B(Shl)),
                P::Shr => (9, B(Shr)),
                P::UShr => (9, B(UShr)),
                P::Plus => (10, B(Add)),
                P::Minus => (10, B(Sub)),
                P::Star => (11, B(Mul)),
                P::Slash => (11, B(Div)),
                P::Percent => (11, B(Rem)),
                P::StarStar => (12, B(Exp)),
                _ => return None,
            },
            TokenKind::Name(Name { kw: Kw::InstanceOf, escaped: false, .. }) => (8, B(InstanceOf)),
            TokenKind::Name(Name { kw: Kw::In, escaped: false, .. }) if !self.no_in => (8, B(In)),
            _ => return None,
        };
        Some(op)
    }

    fn parse_binary(&mut self, min_prec: u8) -> PResult<Expr> {
        let start = self.start();
        let mut left = if matches!(self.tok.kind, TokenKind::PrivateName) {
            return Err(Diagnostic::unsupported("private class members are", self.tok.span));
        } else {
            self.parse_unary()?
        };
        // Each operator nests the tree one level deeper (left-associative
        // chains are iterative here, but later passes recurse over them).
        let depth_before = self.depth;
        let result = self.parse_binary_rest(start, min_prec, &mut left);
        self.depth = depth_before;
        result.map(|_| left)
    }

    fn parse_binary_rest(&mut self, start: u32, min_prec: u8, left_slot: &mut Expr) -> PResult<()> {
        let mut left = std::mem::replace(left_slot, Expr { kind: ExprKind::Null, span: Default::default() });
        while let Some((prec, op)) = self.binary_op() {
            if prec < min_prec {
                break;
            }
            if let Err(e) = self.enter() {
                *left_slot = left;
                return Err(e);
            }
            if is_bare_arrow(&left) {
                // No operator may follow an arrow function: the statement
                // ends here (ASI after a line break) or the caller reports
                // the operator as unexpected.
                break;
            }
            if op == BinKind::Binary(BinaryOp::Exp) && matches!(left.kind, ExprKind::Unary { .. }) {
                let msg = "Unary operator used immediately before exponentiation expression. Parenthesis must be used to disambiguate operator precedence";
                return Err(Diagnostic::syntax(msg, left.span));
            }
            self.advance()?;
            let right_prec = if op == BinKind::Binary(BinaryOp::Exp) { prec } else { prec + 1 };
            let right = self.parse_binary(right_prec)?;
            if is_bare_arrow(&right) {
                return Err(Diagnostic::syntax("Malformed arrow function parameter list", right.span));
            }
            let (left_box, right_box) = (Box::new(left), Box::new(right));
            let kind = match op {
                BinKind::Binary(op) => ExprKind::Binary { op, left: left_box, right: right_box },
                BinKind::Logical(op) => {
                    self.check_nullish_mixing(op, &left_box, &right_box)?;
                    ExprKind::Logical { op, left: left_box, right: right_box }
                }
            };
            left = Expr { kind, span: self.span_from(start) };
        }
        *left_slot = left;
        Ok(())
    }

    /// `a ?? b || c` and `a || b ?? c` need parentheses.
    fn check_nullish_mixing(&self, op: LogicalOp, left: &Expr, right: &Expr) -> PResult<()> {
        let is_and_or = |e: &Expr| matches!(e.kind, ExprKind::Logical { op: LogicalOp::And | LogicalOp::Or, .. });
        let is_nullish = |e: &Expr| matches!(e.kind, ExprKind::Logical { op: LogicalOp::Nullish, .. });
        let bad = match op {
            LogicalOp::Nullish => is_and_or(left) || is_and_or(right),
            _ => is_nullish(left) || is_nullish(right),
        };
        if bad {
            return Err(Diagnostic::syntax("Unexpected token '??'", left.span.to(right.span)));
        }
        Ok(())
    }

    pub(super) fn parse_unary(&mut self) -> PResult<Expr> {
        self.enter()?;
        let result = self.parse_unary_inner();
        self.leave();
        result
    }

    fn parse_unary_inner(&mut self) -> PResult<Expr> {
        let start = self.start();
        let op = match self.tok.kind {
            TokenKind::Punct(P::Bang) => Some(UnaryOp::Not),
            TokenKind::Punct(P::Tilde) => Some(UnaryOp::BitNot),
            TokenKind::Punct(P::Plus) => Some(UnaryOp::Plus),
            TokenKind::Punct(P::Minus) => Some(UnaryOp::Minus),
            TokenKind::Name(Name { kw: Kw::Typeof, escaped: false, .. }) => Some(UnaryOp::Typeof),
            TokenKind::Name(Name { kw: Kw::Void, escaped: false, .. }) => Some(UnaryOp::Void),
            TokenKind::Name(Name { kw: Kw::Delete, escaped: false, .. }) => Some(UnaryOp::Delete),
            _ => None,
        };
        if let Some(op) = op {
            self.advance()?;
            let arg = self.parse_unary()?;
            if is_bare_arrow(&arg) {
                return Err(Diagnostic::syntax("Malformed arrow function parameter list", arg.span));
            }
            if op == UnaryOp::Delete && self.strict && is_identifier_through_parens(&arg) {
                return Err(Diagnostic::syntax("Delete of an unqualified identifier in strict mode.", arg.span));
            }
            return Ok(Expr { kind: ExprKind::Unary { op, arg: Box::new(arg) }, span: self.span_from(start) });
        }
        if self.is(P::PlusPlus) || self.is(P::MinusMinus) {
            let op = if self.is(P::PlusPlus) { UpdateOp::Increment } else { UpdateOp::Decrement };
            self.advance()?;
            let target = self.parse_unary()?;
            self.check_simple_target(&target, "Invalid left-hand side expression in prefix operation", true)?;
            return Ok(Expr {
                kind: ExprKind::Update { op, prefix: true, target: Box::new(target) },
                span: self.span_from(start),
            });
        }
        let expr = self.parse_lhs()?;
        if (self.is(P::PlusPlus) || self.is(P::MinusMinus)) && !self.tok.nl_before && !is_bare_arrow(&expr) {
            let op = if self.is(P::PlusPlus) { UpdateOp::Increment } else { UpdateOp::Decrement };
            self.check_simple_target(&expr, "Invalid left-hand side expression in postfix operation", true)?;
            self.advance()?;
            return Ok(Expr {
                kind: ExprKind::Update { op, prefix: false, target: Box::new(expr) },
                span: self.span_from(start),
            });
        }
        Ok(expr)
    }
}

fn is_identifier_through_parens(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Ident(_) => true,
        ExprKind::Paren(inner) => is_identifier_through_parens(inner),
        _ => false,
    }
}
