//! Expression emission: every expression is compiled into a destination
//! register. Operators, assignments (plain, compound, logical), updates,
//! member access with optional chaining, calls (with `this`), `new`, `super`,
//! templates, array and object literals.

use super::scope::Resolved;
use super::Emitter;
use crate::ast::{self, Atom, AssignOp, BinaryOp, Expr, ExprKind, LogicalOp, MemberProp, UnaryOp, UpdateOp};
use crate::bytecode::ops::Target;
use crate::bytecode::ops::{Reg, METHOD_ENUMERABLE, METHOD_KIND_GETTER, METHOD_KIND_METHOD, METHOD_KIND_SETTER};
use crate::bytecode::{FunctionFlavor, Op};
use crate::diagnostic::Diagnostic;
use crate::span::Span;

/// A resolved assignment target, with its parts already evaluated.
enum Place {
    Var(Atom),
    Named { obj: Reg, name: u32 },
    Indexed { obj: Reg, key: Reg },
    Super { key: Reg },
}

fn strip_parens(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(inner) => strip_parens(inner),
        _ => e,
    }
}

/// True for expressions whose evaluation cannot change any variable.
fn is_pure(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Number(_) | ExprKind::String(_) | ExprKind::Bool(_) | ExprKind::Null | ExprKind::Ident(_) | ExprKind::This)
}

impl Emitter {
    /// Compiles `e` into some register: a local's own register when that is
    /// safe, else a fresh temporary.
    pub(crate) fn expr_reg(&mut self, e: &Expr) -> Result<Reg, Diagnostic> {
        match &strip_parens(e).kind {
            ExprKind::Ident(id) => {
                // Whether a TDZ check is due depends on where the read is
                // (a loop test after its `let` needs none).
                let old = self.set_position(e.span);
                let reg = self.local_reg(id.name);
                self.restore_position(old);
                if let Some(r) = reg {
                    return Ok(r);
                }
            }
            ExprKind::This => {
                if let Some(r) = self.fr().this_reg {
                    return Ok(r);
                }
            }
            _ => {}
        }
        let r = self.temp(e.span)?;
        self.expr(e, r)?;
        Ok(r)
    }

    /// Like `expr_reg`, but never a local's register when an expression in
    /// `later` could reassign it before the value is used. Only their own
    /// assignments can: other code (getters, callees) never sees this
    /// frame's registers.
    fn stable_operand(&mut self, e: &Expr, later: &[Option<&Expr>]) -> Result<Reg, Diagnostic> {
        let safe = match &strip_parens(e).kind {
            ExprKind::Ident(id) => later.iter().flatten().all(|l| is_pure(strip_parens(l)) || !assigns_to(l, id.name)),
            _ => true,
        };
        if safe {
            self.expr_reg(e)
        } else {
            let r = self.temp(e.span)?;
            self.expr(e, r)?;
            Ok(r)
        }
    }

    /// `stable_operand` with one expression evaluated later.
    fn operand_reg(&mut self, e: &Expr, later: &Expr) -> Result<Reg, Diagnostic> {
        self.stable_operand(e, &[Some(later)])
    }

    /// The register of a plain (non-const, no TDZ check due) local.
    pub(crate) fn register_of(&self, name: Atom) -> Option<Reg> {
        match self.resolve(name) {
            Resolved::Reg(r, b) if !matches!(b.kind, super::scope::BindingKind::Const | super::scope::BindingKind::FunctionName) => {
                self.local_reg(name).filter(|&lr| lr == r)
            }
            _ => None,
        }
    }

    /// The register of a local being initialized by its declaration.
    pub(crate) fn register_for_init(&self, name: Atom) -> Option<Reg> {
        match self.resolve(name) {
            Resolved::Reg(r, _) => Some(r),
            _ => None,
        }
    }

    /// An expression statement whose value is discarded: assignments and
    /// updates of register locals are done in place. Returns false when
    /// `e` is not of that form (the caller compiles it normally).
    pub(crate) fn expr_statement_in_place(&mut self, e: &Expr) -> Result<bool, Diagnostic> {
        let old = self.set_position(e.span);
        let result = self.in_place(e);
        self.restore_position(old);
        result
    }

    fn in_place(&mut self, e: &Expr) -> Result<bool, Diagnostic> {
        match &e.kind {
            // A property store whose value is a local stores the local's
            // register itself (no copy: the value is not kept).
            ExprKind::Assign { op: AssignOp::Assign, target, value } if matches!(strip_parens(target).kind, ExprKind::Member { .. }) => {
                let mark = self.reg_mark();
                let place = self.place(target, Some(value))?;
                let v = self.expr_reg(value)?;
                self.write_place(&place, v, target.span)?;
                self.release_to(mark);
                Ok(true)
            }
            ExprKind::Assign { op: AssignOp::Assign, target, value } => {
                let ExprKind::Ident(id) = &target.kind else { return Ok(false) };
                let Some(r) = self.register_of(id.name) else { return Ok(false) };
                if !writes_dst_once(value) {
                    return Ok(false);
                }
                let mark = self.reg_mark();
                self.expr_named(value, r, Some(id.name))?;
                self.release_to(mark);
                Ok(true)
            }
            ExprKind::Assign { op: AssignOp::Binary(bin), target, value } => {
                let ExprKind::Ident(id) = &target.kind else { return Ok(false) };
                let Some(r) = self.register_of(id.name) else { return Ok(false) };
                if assigns_to(value, id.name) {
                    return Ok(false);
                }
                let mark = self.reg_mark();
                let v = self.expr_reg(value)?;
                self.binary(*bin, r, r, v);
                self.release_to(mark);
                Ok(true)
            }
            ExprKind::Update { op, target, .. } => {
                let ExprKind::Ident(id) = &strip_parens(target).kind else { return Ok(false) };
                let Some(r) = self.register_of(id.name) else { return Ok(false) };
                let fb = self.feedback();
                match op {
                    UpdateOp::Increment => self.emit(Op::Inc { dst: r, src: r, fb }),
                    UpdateOp::Decrement => self.emit(Op::Dec { dst: r, src: r, fb }),
                };
                Ok(true)
            }
            _ => Ok(false),
        }
    }



    /// Compiles `e` into `dst`; anonymous functions and classes get `name`.
    pub(crate) fn expr_named(&mut self, e: &Expr, dst: Reg, name: Option<Atom>) -> Result<(), Diagnostic> {
        // Names are inferred through parentheses too: `f = (function () {})`.
        match (&strip_parens(e).kind, name) {
            (ExprKind::Function(f), Some(n)) if f.name.is_none() => self.function_expr_named(f, dst, FunctionFlavor::Normal, n, true),
            (ExprKind::Arrow(f), Some(n)) => self.function_expr_named(f, dst, FunctionFlavor::Arrow, n, false),
            (ExprKind::Class(c), Some(n)) if c.name.is_none() => self.class_expr(c, dst, Some(n)),
            _ => self.expr(e, dst),
        }
    }

    pub(crate) fn expr(&mut self, e: &Expr, dst: Reg) -> Result<(), Diagnostic> {
        let old = self.set_position(e.span);
        let mark = self.reg_mark();
        let result = self.expr_inner(e, dst);
        self.release_to(mark);
        self.restore_position(old);
        result
    }

    fn expr_inner(&mut self, e: &Expr, dst: Reg) -> Result<(), Diagnostic> {
        match &e.kind {
            ExprKind::Number(n) => self.load_number(*n, dst),
            ExprKind::String(a) => {
                let c = self.const_string(*a);
                self.emit(Op::LoadConst { dst, idx: c });
            }
            ExprKind::Template { quasis, exprs } => self.template(quasis, exprs, dst, e.span)?,
            ExprKind::Bool(b) => {
                self.emit(Op::LoadBool { dst, value: *b as u8 });
            }
            ExprKind::Null => {
                self.emit(Op::LoadNull { dst });
            }
            ExprKind::Ident(id) => {
                let undefined = self.atoms.intern("undefined");
                if id.name == undefined && matches!(self.resolve(id.name), Resolved::Global) {
                    self.emit(Op::LoadUndefined { dst });
                } else {
                    self.load_var(id.name, dst, id.span)?;
                }
            }
            ExprKind::This => match self.fr().this_reg {
                Some(r) => {
                    self.emit(Op::Mov { dst, src: r });
                }
                None => {
                    self.emit(Op::LoadThis { dst });
                }
            },
            ExprKind::NewTarget => {
                self.emit(Op::LoadNewTarget { dst });
            }
            ExprKind::SuperMember(prop) => {
                // `this` must be bound before the key is evaluated.
                self.emit(Op::LoadThis { dst });
                let key = self.member_key(prop)?;
                self.emit(Op::SuperGet { dst, key });
            }
            ExprKind::SuperCall(args) => {
                let base = self.args_block(args, None, e.span)?;
                self.emit(Op::SuperCall { dst, args: base, argc: args.len() as u16 });
            }
            ExprKind::Array(items) => {
                self.emit(Op::NewArray { dst, capacity: items.len().min(u16::MAX as usize) as u16 });
                for item in items {
                    match item {
                        ast::ArrayElement::Expr(x) => {
                            let mark = self.reg_mark();
                            let r = self.expr_reg(x)?;
                            self.emit(Op::ArrayPush { array: dst, src: r });
                            self.release_to(mark);
                        }
                        ast::ArrayElement::Hole => {
                            self.emit(Op::ArrayPushHole { array: dst });
                        }
                    }
                }
            }
            ExprKind::Object(props) => self.object_literal(props, dst)?,
            ExprKind::Function(f) => self.function_expr(f, dst, FunctionFlavor::Normal)?,
            ExprKind::Arrow(f) => self.function_expr(f, dst, FunctionFlavor::Arrow)?,
            ExprKind::Class(c) => self.class_expr(c, dst, c.name.map(|n| n.name))?,
            ExprKind::Unary { op, arg } => self.unary(*op, arg, dst)?,
            ExprKind::Update { op, prefix, target } => self.update(*op, *prefix, target, dst)?,
            ExprKind::Binary { op, left, right } => {
                let a = self.operand_reg(left, right)?;
                let b = self.expr_reg(right)?;
                self.binary(*op, dst, a, b);
            }
            ExprKind::Logical { op, left, right } => {
                self.expr(left, dst)?;
                let skip = self.short_circuit(*op, dst);
                self.expr(right, dst)?;
                self.patch_here(skip);
            }
            ExprKind::Assign { op, target, value } => self.assign(*op, target, value, dst)?,
            ExprKind::Conditional { test, consequent, alternate } => {
                let to_else = self.jump_if_false(test)?;
                self.expr(consequent, dst)?;
                let to_end = self.emit(Op::Jump { target: 0 });
                self.patch_all_here(to_else);
                self.expr(alternate, dst)?;
                self.patch_here(to_end);
            }
            ExprKind::Member { object, prop, optional } => {
                let obj = self.expr_reg(object)?;
                if *optional {
                    self.optional_exit(obj)?;
                }
                match &**prop {
                    MemberProp::Named(id) => {
                        let name = self.const_string(id.name);
                        let fb = self.feedback();
                        self.emit(Op::GetNamed { dst, obj, name, fb });
                    }
                    MemberProp::Computed(k) => {
                        let key = self.expr_reg(k)?;
                        let fb = self.feedback();
                        self.emit(Op::GetIndexed { dst, obj, key, fb });
                    }
                }
            }
            ExprKind::Call { callee, args, optional } => self.call(callee, args, *optional, dst, e.span)?,
            ExprKind::New { callee, args } => {
                let base = self.temps(2, e.span)?;
                self.expr(callee, base)?;
                self.args_block(args, Some(base + 2), e.span)?;
                let fb = self.feedback();
                let desc = self.callee_description(callee);
                self.emit(Op::New { dst, func: base, argc: args.len() as u16, fb, desc });
            }
            ExprKind::OptionalChain(inner) => self.optional_chain(
                |e| e.expr(inner, dst),
                |e| {
                    e.emit(Op::LoadUndefined { dst });
                },
            )?,
            ExprKind::Sequence(items) => {
                for item in items {
                    self.expr(item, dst)?;
                }
            }
            ExprKind::Paren(inner) => self.expr(inner, dst)?,
        }
        Ok(())
    }


    pub(crate) fn load_number(&mut self, n: f64, dst: Reg) {
        let i = n as i32;
        if i as f64 == n && !(n == 0.0 && n.is_sign_negative()) {
            self.emit(Op::LoadInt { dst, value: i });
        } else {
            let c = self.const_number(n);
            self.emit(Op::LoadConst { dst, idx: c });
        }
    }

    fn template(&mut self, quasis: &[Atom], exprs: &[Expr], dst: Reg, span: Span) -> Result<(), Diagnostic> {
        let first = self.const_string(quasis[0]);
        self.emit(Op::LoadConst { dst, idx: first });
        let part = self.temp(span)?;
        for (i, x) in exprs.iter().enumerate() {
            self.expr(x, part)?;
            self.emit(Op::ToString { dst: part, src: part });
            let fb = self.feedback();
            self.emit(Op::Add { dst, a: dst, b: part, fb });
            if let Some(q) = quasis.get(i + 1) {
                if !self.atoms.get(*q).is_empty() {
                    let c = self.const_string(*q);
                    self.emit(Op::LoadConst { dst: part, idx: c });
                    let fb = self.feedback();
                    self.emit(Op::Add { dst, a: dst, b: part, fb });
                }
            }
        }
        Ok(())
    }

    fn unary(&mut self, op: UnaryOp, arg: &Expr, dst: Reg) -> Result<(), Diagnostic> {
        match op {
            UnaryOp::Typeof => {
                if let ExprKind::Ident(id) = &strip_parens(arg).kind {
                    if matches!(self.resolve(id.name), Resolved::Global) {
                        let name = self.const_string(id.name);
                        self.emit(Op::TypeofGlobal { dst, name });
                        return Ok(());
                    }
                }
                let r = self.expr_reg(arg)?;
                self.emit(Op::Typeof { dst, src: r });
            }
            UnaryOp::Delete => self.delete(arg, dst)?,
            UnaryOp::Void => {
                self.expr(arg, dst)?;
                self.emit(Op::LoadUndefined { dst });
            }
            _ => {
                let r = self.expr_reg(arg)?;
                match op {
                    UnaryOp::Minus => {
                        let fb = self.feedback();
                        self.emit(Op::Neg { dst, src: r, fb })
                    }
                    UnaryOp::Plus => self.emit(Op::Plus { dst, src: r }),
                    UnaryOp::Not => self.emit(Op::Not { dst, src: r }),
                    _ => self.emit(Op::BitNot { dst, src: r }),
                };
            }
        }
        Ok(())
    }

    fn delete(&mut self, arg: &Expr, dst: Reg) -> Result<(), Diagnostic> {
        let strict = self.fr().strict as u8;
        match &strip_parens(arg).kind {
            ExprKind::Member { object, prop, optional } => {
                let obj = self.expr_reg(object)?;
                if *optional {
                    self.optional_exit(obj)?;
                }
                match &**prop {
                    MemberProp::Named(id) => {
                        let name = self.const_string(id.name);
                        self.emit(Op::DeleteNamed { dst, obj, name, strict });
                    }
                    MemberProp::Computed(k) => {
                        let key = self.expr_reg(k)?;
                        self.emit(Op::DeleteIndexed { dst, obj, key, strict });
                    }
                }
            }
            ExprKind::OptionalChain(inner) => self.optional_chain(
                |e| e.delete(inner, dst),
                |e| {
                    e.emit(Op::LoadBool { dst, value: 1 });
                },
            )?,
            ExprKind::SuperMember(prop) => {
                self.emit(Op::LoadThis { dst });
                let key = self.member_key(prop)?;
                let _ = key;
                let msg = self.const_str("Unsupported reference to 'super'");
                self.emit(Op::ThrowReferenceError { msg });
            }
            ExprKind::Ident(id) => {
                if matches!(self.resolve(id.name), Resolved::Global) {
                    let name = self.const_string(id.name);
                    self.emit(Op::DeleteGlobal { dst, name });
                } else {
                    self.emit(Op::LoadBool { dst, value: 0 });
                }
            }
            _ => {
                self.expr(arg, dst)?;
                self.emit(Op::LoadBool { dst, value: 1 });
            }
        }
        Ok(())
    }

    /// Emits the jumps taken when `test` is false (to patch together).
    pub(crate) fn jump_if_false(&mut self, test: &Expr) -> Result<Vec<usize>, Diagnostic> {
        self.branch_on(test, false)
    }

    /// Compiles `test` for control flow only: returns the jumps taken when
    /// its truth is `when` (to patch); otherwise control falls through. A
    /// comparison becomes one compare-and-branch op, `!` swaps the sense,
    /// and `&&`/`||` branch operand by operand, so no boolean is ever
    /// materialized in a register.
    fn branch_on(&mut self, test: &Expr, when: bool) -> Result<Vec<usize>, Diagnostic> {
        let old = self.set_position(test.span);
        let result = self.branch_on_inner(test, when);
        self.restore_position(old);
        result
    }

    fn branch_on_inner(&mut self, test: &Expr, when: bool) -> Result<Vec<usize>, Diagnostic> {
        match &strip_parens(test).kind {
            ExprKind::Unary { op: UnaryOp::Not, arg } => self.branch_on(arg, !when),
            ExprKind::Logical { op: op @ (LogicalOp::And | LogicalOp::Or), left, right } => {
                // `a && b` is false when either is; true only past both
                // (and `a || b` the other way round).
                let decisive = *op == LogicalOp::Or;
                if when == decisive {
                    let mut jumps = self.branch_on(left, when)?;
                    jumps.extend(self.branch_on(right, when)?);
                    Ok(jumps)
                } else {
                    let settled = self.branch_on(left, decisive)?;
                    let jumps = self.branch_on(right, when)?;
                    for at in settled {
                        self.patch_here(at);
                    }
                    Ok(jumps)
                }
            }
            ExprKind::Binary { op, left, right } => {
                type Fused = fn(Reg, Reg, Target, u32) -> Op;
                let fused: Option<Fused> = match (op, when) {
                    (BinaryOp::Lt, false) => Some(|a, b, target, fb| Op::JumpIfNotLt { a, b, target, fb }),
                    (BinaryOp::LtEq, false) => Some(|a, b, target, fb| Op::JumpIfNotLe { a, b, target, fb }),
                    (BinaryOp::Gt, false) => Some(|a, b, target, fb| Op::JumpIfNotGt { a, b, target, fb }),
                    (BinaryOp::GtEq, false) => Some(|a, b, target, fb| Op::JumpIfNotGe { a, b, target, fb }),
                    (BinaryOp::StrictEq, false) | (BinaryOp::StrictNotEq, true) => Some(|a, b, target, fb| Op::JumpIfNotStrictEq { a, b, target, fb }),
                    (BinaryOp::StrictNotEq, false) | (BinaryOp::StrictEq, true) => Some(|a, b, target, fb| Op::JumpIfStrictEq { a, b, target, fb }),
                    _ => None,
                };
                match fused {
                    Some(make) => {
                        let a = self.operand_reg(left, right)?;
                        let b = self.expr_reg(right)?;
                        let fb = self.feedback();
                        Ok(vec![self.emit(make(a, b, 0, fb))])
                    }
                    None => self.branch_on_value(test, when),
                }
            }
            _ => self.branch_on_value(test, when),
        }
    }

    /// `branch_on` through the value: ToBoolean of it in a register.
    fn branch_on_value(&mut self, test: &Expr, when: bool) -> Result<Vec<usize>, Diagnostic> {
        let cond = self.expr_reg(test)?;
        let jump = if when { Op::JumpIfTrue { cond, target: 0 } } else { Op::JumpIfFalse { cond, target: 0 } };
        Ok(vec![self.emit(jump)])
    }

    pub(crate) fn binary(&mut self, op: BinaryOp, dst: Reg, a: Reg, b: Reg) {
        let fb = self.feedback();
        let instr = match op {
            BinaryOp::Add => Op::Add { dst, a, b, fb },
            BinaryOp::Sub => Op::Sub { dst, a, b, fb },
            BinaryOp::Mul => Op::Mul { dst, a, b, fb },
            BinaryOp::Div => Op::Div { dst, a, b, fb },
            BinaryOp::Rem => Op::Rem { dst, a, b, fb },
            BinaryOp::Exp => Op::Exp { dst, a, b, fb },
            BinaryOp::Shl => Op::Shl { dst, a, b, fb },
            BinaryOp::Shr => Op::Shr { dst, a, b, fb },
            BinaryOp::UShr => Op::UShr { dst, a, b, fb },
            BinaryOp::BitAnd => Op::BitAnd { dst, a, b, fb },
            BinaryOp::BitOr => Op::BitOr { dst, a, b, fb },
            BinaryOp::BitXor => Op::BitXor { dst, a, b, fb },
            BinaryOp::Eq => Op::Eq { dst, a, b, fb },
            BinaryOp::NotEq => Op::Ne { dst, a, b, fb },
            BinaryOp::StrictEq => Op::StrictEq { dst, a, b, fb },
            BinaryOp::StrictNotEq => Op::StrictNe { dst, a, b, fb },
            BinaryOp::Lt => Op::Lt { dst, a, b, fb },
            BinaryOp::LtEq => Op::Le { dst, a, b, fb },
            BinaryOp::Gt => Op::Gt { dst, a, b, fb },
            BinaryOp::GtEq => Op::Ge { dst, a, b, fb },
            BinaryOp::In => Op::In { dst, key: a, obj: b },
            BinaryOp::InstanceOf => Op::InstanceOf { dst, a, b },
        };
        self.emit(instr);
    }

    /// Emits the test of `&&`/`||`/`??` on `value`; returns the jump that
    /// skips the right operand.
    fn short_circuit(&mut self, op: LogicalOp, value: Reg) -> usize {
        match op {
            LogicalOp::And => self.emit(Op::JumpIfFalse { cond: value, target: 0 }),
            LogicalOp::Or => self.emit(Op::JumpIfTrue { cond: value, target: 0 }),
            LogicalOp::Nullish => self.emit(Op::JumpIfNotNullish { src: value, target: 0 }),
        }
    }

    /// Compiles an optional chain with `body`; its short-circuit exits
    /// (`a?.b` with `a` nullish) land on the code `on_exit` emits.
    fn optional_chain(
        &mut self,
        body: impl FnOnce(&mut Self) -> Result<(), Diagnostic>,
        on_exit: impl FnOnce(&mut Self),
    ) -> Result<(), Diagnostic> {
        self.f().optional_exits.push(Vec::new());
        let result = body(self);
        let exits = self.f().optional_exits.pop().unwrap_or_default();
        result?;
        if !exits.is_empty() {
            let to_end = self.emit(Op::Jump { target: 0 });
            for at in exits {
                self.patch_here(at);
            }
            on_exit(self);
            self.patch_here(to_end);
        }
        Ok(())
    }

    /// In an optional chain: if `obj` is nullish, leave the chain with undefined.
    fn optional_exit(&mut self, obj: Reg) -> Result<(), Diagnostic> {
        let at = self.emit(Op::JumpIfNullish { src: obj, target: 0 });
        match self.f().optional_exits.last_mut() {
            Some(exits) => {
                exits.push(at);
                Ok(())
            }
            None => Err(self.internal("optional link outside a chain", Span::default())),
        }
    }

    fn member_key(&mut self, prop: &MemberProp) -> Result<Reg, Diagnostic> {
        match prop {
            MemberProp::Named(id) => {
                let r = self.temp(id.span)?;
                let c = self.const_string(id.name);
                self.emit(Op::LoadConst { dst: r, idx: c });
                Ok(r)
            }
            MemberProp::Computed(k) => {
                let r = self.temp(k.span)?;
                self.expr(k, r)?;
                Ok(r)
            }
        }
    }

    /// Evaluates an assignment target's object and key; `value` is what
    /// is evaluated after them and before the store, if anything.
    fn place(&mut self, target: &Expr, value: Option<&Expr>) -> Result<Place, Diagnostic> {
        match &strip_parens(target).kind {
            ExprKind::Ident(id) => Ok(Place::Var(id.name)),
            ExprKind::Member { object, prop, .. } => {
                // A local's own register serves as object or key unless
                // what is evaluated later reassigns it; `this` never changes.
                let key_expr = match &**prop {
                    MemberProp::Computed(k) => Some(k),
                    MemberProp::Named(_) => None,
                };
                let obj = self.stable_operand(object, &[key_expr, value])?;
                match &**prop {
                    MemberProp::Named(id) => Ok(Place::Named { obj, name: self.const_string(id.name) }),
                    MemberProp::Computed(k) => {
                        let key = self.stable_operand(k, &[value])?;
                        Ok(Place::Indexed { obj, key })
                    }
                }
            }
            ExprKind::SuperMember(prop) => {
                let this = self.temp(target.span)?;
                self.emit(Op::LoadThis { dst: this });
                Ok(Place::Super { key: self.member_key(prop)? })
            }
            // `f() = 1` parses (web compatibility) but throws when evaluated.
            ExprKind::Call { .. } => {
                let r = self.temp(target.span)?;
                self.expr(target, r)?;
                let msg = self.const_str("Invalid left-hand side in assignment");
                self.emit(Op::ThrowReferenceError { msg });
                Ok(Place::Var(self.atoms.intern("")))
            }
            _ => Err(Diagnostic::syntax("Invalid left-hand side in assignment", target.span)),
        }
    }

    fn read_place(&mut self, place: &Place, dst: Reg, span: Span) -> Result<(), Diagnostic> {
        match *place {
            Place::Var(name) => self.load_var(name, dst, span)?,
            Place::Named { obj, name } => {
                let fb = self.feedback();
                self.emit(Op::GetNamed { dst, obj, name, fb });
            }
            Place::Indexed { obj, key } => {
                let fb = self.feedback();
                self.emit(Op::GetIndexed { dst, obj, key, fb });
            }
            Place::Super { key } => {
                self.emit(Op::SuperGet { dst, key });
            }
        }
        Ok(())
    }

    fn write_place(&mut self, place: &Place, src: Reg, span: Span) -> Result<(), Diagnostic> {
        let strict = self.fr().strict as u8;
        match *place {
            Place::Var(name) => self.store_var(name, src, span, false)?,
            Place::Named { obj, name } => {
                let fb = self.feedback();
                self.emit(Op::SetNamed { obj, name, src, strict, fb });
            }
            Place::Indexed { obj, key } => {
                let fb = self.feedback();
                self.emit(Op::SetIndexed { obj, key, src, strict, fb });
            }
            Place::Super { key } => {
                self.emit(Op::SuperSet { key, src });
            }
        }
        Ok(())
    }

    /// Assigns `value` to the target expression (for-in/of heads).
    pub(crate) fn assign_to(&mut self, target: &Expr, value: Reg) -> Result<(), Diagnostic> {
        let place = self.place(target, None)?;
        self.write_place(&place, value, target.span)
    }

    fn assign(&mut self, op: AssignOp, target: &Expr, value: &Expr, dst: Reg) -> Result<(), Diagnostic> {
        let place = self.place(target, Some(value))?;
        // Only a bare identifier names an anonymous function: `(f) = function () {}` does not.
        let name = match (&place, &target.kind) {
            (Place::Var(n), ExprKind::Ident(_)) => Some(*n),
            _ => None,
        };
        match op {
            AssignOp::Assign => {
                self.expr_named(value, dst, name)?;
                self.write_place(&place, dst, target.span)?;
            }
            AssignOp::Binary(bin) => {
                let old = self.temp(target.span)?;
                self.read_place(&place, old, target.span)?;
                let v = self.expr_reg(value)?;
                self.binary(bin, dst, old, v);
                self.write_place(&place, dst, target.span)?;
            }
            AssignOp::Logical(logical) => {
                self.read_place(&place, dst, target.span)?;
                let skip = self.short_circuit(logical, dst);
                self.expr_named(value, dst, name)?;
                self.write_place(&place, dst, target.span)?;
                self.patch_here(skip);
            }
        }
        Ok(())
    }

    fn update(&mut self, op: UpdateOp, prefix: bool, target: &Expr, dst: Reg) -> Result<(), Diagnostic> {
        let place = self.place(target, None)?;
        let old = self.temp(target.span)?;
        self.read_place(&place, old, target.span)?;
        let fb = self.feedback();
        let new = if prefix { dst } else { self.temp(target.span)? };
        if !prefix {
            self.emit(Op::ToNumeric { dst, src: old });
        }
        match op {
            UpdateOp::Increment => self.emit(Op::Inc { dst: new, src: old, fb }),
            UpdateOp::Decrement => self.emit(Op::Dec { dst: new, src: old, fb }),
        };
        self.write_place(&place, new, target.span)
    }

    /// Evaluates `args` into consecutive registers starting at `base` (or
    /// fresh ones when `base` is 0 and they are allocated here).
    fn args_block(&mut self, args: &[Expr], base: Option<Reg>, span: Span) -> Result<Reg, Diagnostic> {
        let n = u16::try_from(args.len()).map_err(|_| Diagnostic::unsupported("calls with more than 65535 arguments are", span))?;
        let base = if let Some(base) = base {
            // The caller reserved `base - 2 .. base`; reserve the arguments.
            let got = self.temps(n, span)?;
            if n > 0 && got != base {
                return Err(self.internal("argument registers are not consecutive", span));
            }
            base
        } else {
            self.temps(n, span)?
        };
        for (i, a) in args.iter().enumerate() {
            self.expr(a, base + i as u16)?;
        }
        Ok(base)
    }

    fn call(&mut self, callee: &Expr, args: &[Expr], optional: bool, dst: Reg, span: Span) -> Result<(), Diagnostic> {
        let base = self.temps(2, span)?;
        let this = base + 1;
        match &strip_parens_for_call(callee).kind {
            ExprKind::Member { object, prop, optional: member_optional } => {
                self.method_callee(object, prop, *member_optional, base)?;
            }
            // `(a?.b)()`: the parenthesized chain still supplies `this`.
            ExprKind::OptionalChain(inner) if matches!(strip_parens(inner).kind, ExprKind::Member { .. }) => {
                let ExprKind::Member { object, prop, optional: member_optional } = &strip_parens(inner).kind else {
                    return Err(self.internal("optional chain callee", span));
                };
                self.optional_chain(
                    |e| e.method_callee(object, prop, *member_optional, base),
                    |e| {
                        e.emit(Op::LoadUndefined { dst: base });
                        e.emit(Op::LoadUndefined { dst: this });
                    },
                )?;
            }
            ExprKind::SuperMember(prop) => {
                let key = self.member_key(prop)?;
                self.emit(Op::SuperGet { dst: base, key });
                self.emit(Op::LoadThis { dst: this });
            }
            ExprKind::Ident(id) if self.ident_text(id.name) == "eval" && matches!(self.resolve(id.name), Resolved::Global) => {
                return Err(Diagnostic::unsupported("eval is", id.span));
            }
            _ => {
                self.expr(callee, base)?;
                self.emit(Op::LoadUndefined { dst: this });
            }
        }
        if optional {
            self.optional_exit(base)?;
        }
        // Arguments go right after `this`; temporaries used while computing
        // the callee were released, so the next registers are base + 2.
        self.release_to(base + 2);
        self.args_block(args, Some(base + 2), span)?;
        let fb = self.feedback();
        let desc = self.callee_description(callee);
        self.emit(Op::Call { dst, func: base, argc: args.len() as u16, fb, desc });
        Ok(())
    }

    /// A method call's callee: `this = object` into `base + 1`, the method
    /// into `base`.
    fn method_callee(&mut self, object: &Expr, prop: &MemberProp, member_optional: bool, base: Reg) -> Result<(), Diagnostic> {
        let this = base + 1;
        self.expr(object, this)?;
        if member_optional {
            self.optional_exit(this)?;
        }
        match prop {
            MemberProp::Named(id) => {
                let name = self.const_string(id.name);
                let fb = self.feedback();
                self.emit(Op::GetNamed { dst: base, obj: this, name, fb });
            }
            MemberProp::Computed(k) => {
                let key = self.expr_reg(k)?;
                let fb = self.feedback();
                self.emit(Op::GetIndexed { dst: base, obj: this, key, fb });
            }
        }
        Ok(())
    }

    /// How V8 names a callee in "… is not a function" messages.
    fn callee_description(&mut self, callee: &Expr) -> u32 {
        let text = self.describe(callee, 0);
        self.const_str(&text)
    }

    fn describe(&self, e: &Expr, depth: u32) -> String {
        if depth > 8 {
            return "(intermediate value)".into();
        }
        match &e.kind {
            ExprKind::Ident(id) => self.ident_text(id.name),
            ExprKind::This => "this".into(),
            ExprKind::Paren(inner) | ExprKind::OptionalChain(inner) => self.describe(inner, depth),
            ExprKind::Member { object, prop, .. } => {
                let obj = self.describe(object, depth + 1);
                match &**prop {
                    MemberProp::Named(id) => format!("{}.{}", obj, self.ident_text(id.name)),
                    MemberProp::Computed(k) => match &k.kind {
                        ExprKind::Number(n) => format!("{}[{}]", obj, n),
                        ExprKind::String(s) => format!("{}[\"{}\"]", obj, self.atoms.text(*s)),
                        ExprKind::Ident(id) => format!("{}[{}]", obj, self.ident_text(id.name)),
                        _ => format!("{}[...]", obj),
                    },
                }
            }
            ExprKind::SuperMember(prop) => match &**prop {
                MemberProp::Named(id) => format!("(intermediate value).{}", self.ident_text(id.name)),
                MemberProp::Computed(_) => "(intermediate value)[...]".into(),
            },
            ExprKind::Call { callee, .. } => format!("{}(...)", self.describe(callee, depth + 1)),
            _ => "(intermediate value)".into(),
        }
    }

    fn object_literal(&mut self, props: &[ast::ObjectProp], dst: Reg) -> Result<(), Diagnostic> {
        self.emit(Op::NewObject { dst });
        for p in props {
            let mark = self.reg_mark();
            let old = self.set_position(p.span);
            match (&p.key, &p.kind) {
                (ast::PropKey::Named(name), ast::ObjectPropKind::Value(v)) => {
                    let r = self.temp(p.span)?;
                    self.expr_named(v, r, Some(*name))?;
                    let c = self.const_string(*name);
                    self.emit(Op::DefineNamed { obj: dst, name: c, src: r });
                }
                (ast::PropKey::Computed(k), ast::ObjectPropKind::Value(v)) => {
                    let key = self.temp(k.span)?;
                    self.expr(k, key)?;
                    // The key is converted before the value is evaluated.
                    self.emit(Op::ToPropertyKey { dst: key, src: key });
                    let r = self.temp(p.span)?;
                    self.expr(v, r)?;
                    self.emit(Op::DefineIndexed { obj: dst, key, src: r });
                }
                (key, ast::ObjectPropKind::Method(f) | ast::ObjectPropKind::Getter(f) | ast::ObjectPropKind::Setter(f)) => {
                    let kind = match &p.kind {
                        ast::ObjectPropKind::Getter(_) => METHOD_KIND_GETTER,
                        ast::ObjectPropKind::Setter(_) => METHOD_KIND_SETTER,
                        _ => METHOD_KIND_METHOD,
                    } | METHOD_ENUMERABLE;
                    let key_reg = self.temp(p.span)?;
                    let name = match key {
                        ast::PropKey::Named(n) => {
                            let c = self.const_string(*n);
                            self.emit(Op::LoadConst { dst: key_reg, idx: c });
                            *n
                        }
                        ast::PropKey::Computed(k) => {
                            self.expr(k, key_reg)?;
                            self.atoms.intern("")
                        }
                    };
                    let func = self.temp(p.span)?;
                    self.function_expr_named(f, func, FunctionFlavor::Method, name, false)?;
                    self.emit(Op::DefineMethod { obj: dst, key: key_reg, func, kind });
                }
            }
            self.restore_position(old);
            self.release_to(mark);
        }
        Ok(())
    }
}

/// Parentheses around a member keep it a method call: `(a.b)()` has this = a.
fn strip_parens_for_call(e: &Expr) -> &Expr {
    strip_parens(e)
}

/// Whether `e` contains an assignment or update whose target is the
/// identifier `name` (the only way evaluating `e` can change a register
/// local).
fn assigns_to(e: &Expr, name: Atom) -> bool {
    fn target_is(t: &Expr, name: Atom) -> bool {
        matches!(&strip_parens(t).kind, ExprKind::Ident(id) if id.name == name)
    }
    match &e.kind {
        ExprKind::Assign { target, value, .. } => target_is(target, name) || assigns_to(target, name) || assigns_to(value, name),
        ExprKind::Update { target, .. } => target_is(target, name) || assigns_to(target, name),
        ExprKind::Number(_) | ExprKind::String(_) | ExprKind::Bool(_) | ExprKind::Null | ExprKind::Ident(_) | ExprKind::This | ExprKind::NewTarget => false,
        // Nested functions cannot assign this function's registers.
        ExprKind::Function(_) | ExprKind::Arrow(_) => false,
        ExprKind::Template { exprs, .. } => exprs.iter().any(|x| assigns_to(x, name)),
        ExprKind::SuperMember(p) => matches!(&**p, MemberProp::Computed(k) if assigns_to(k, name)),
        ExprKind::SuperCall(args) | ExprKind::Sequence(args) => args.iter().any(|x| assigns_to(x, name)),
        ExprKind::Array(items) => items.iter().any(|i| matches!(i, ast::ArrayElement::Expr(x) if assigns_to(x, name))),
        ExprKind::Object(props) => props.iter().any(|p| {
            (matches!(&p.key, ast::PropKey::Computed(k) if assigns_to(k, name)))
                || matches!(&p.kind, ast::ObjectPropKind::Value(v) if assigns_to(v, name))
        }),
        // Class bodies are rare in operands: be conservative.
        ExprKind::Class(_) => true,
        ExprKind::Unary { arg, .. } => assigns_to(arg, name),
        ExprKind::Binary { left, right, .. } | ExprKind::Logical { left, right, .. } => assigns_to(left, name) || assigns_to(right, name),
        ExprKind::Conditional { test, consequent, alternate } => {
            assigns_to(test, name) || assigns_to(consequent, name) || assigns_to(alternate, name)
        }
        ExprKind::Member { object, prop, .. } => assigns_to(object, name) || matches!(&**prop, MemberProp::Computed(k) if assigns_to(k, name)),
        ExprKind::Call { callee, args, .. } | ExprKind::New { callee, args } => assigns_to(callee, name) || args.iter().any(|a| assigns_to(a, name)),
        ExprKind::OptionalChain(inner) | ExprKind::Paren(inner) => assigns_to(inner, name),
    }
}

/// Whether compiling `e` into a register writes that register only once, as
/// its last step. Only then may a variable's own register be the
/// destination: a throw part-way must leave the variable unchanged.
pub(crate) fn writes_dst_once(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Number(_)
        | ExprKind::String(_)
        | ExprKind::Bool(_)
        | ExprKind::Null
        | ExprKind::Ident(_)
        | ExprKind::This
        | ExprKind::NewTarget
        | ExprKind::Binary { .. }
        | ExprKind::Call { .. }
        | ExprKind::New { .. }
        | ExprKind::Member { .. }
        | ExprKind::SuperMember(_)
        | ExprKind::Function(_)
        | ExprKind::Arrow(_) => true,
        ExprKind::Unary { op, .. } => !matches!(op, UnaryOp::Void | UnaryOp::Delete),
        ExprKind::Conditional { consequent, alternate, .. } => writes_dst_once(consequent) && writes_dst_once(alternate),
        ExprKind::Paren(inner) => writes_dst_once(inner),
        _ => false,
    }
}
