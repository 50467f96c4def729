//! Fast paths the baseline tier compiles inline instead of calling an op's
//! entry point: register moves and constants, int32 and double arithmetic
//! (int32 with overflow checks), comparisons and compare-and-branch, boolean
//! branches, `===` by identity, and the back-edge check. Every fast path
//! computes exactly what `exec` would (results are boxed as
//! `Value::number` boxes them: integral doubles become int32s); anything
//! else falls to the op's entry point, which runs `exec` itself.

use super::codegen::Translator;
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::types::{F64, I32, I64};
use cranelift_codegen::ir::{InstBuilder, MemFlagsData, Value as Clif};
use kiln_compiler::bytecode::Op;
use kiln_runtime::value::{CANONICAL_NAN, TAG_INT32, TAG_REF, TAG_SHIFT};
use kiln_runtime::Value;

/// A binary operation on two numbers.
#[derive(Clone, Copy)]
enum Arith {
    Add,
    Sub,
    Mul,
    Div,
}

/// A bitwise operation on two int32s.
#[derive(Clone, Copy)]
enum Bits {
    And,
    Or,
    Xor,
    Shl,
    Shr,
}

/// A relational comparison.
#[derive(Clone, Copy)]
enum Cmp {
    Lt,
    Le,
    Gt,
    Ge,
}

impl Cmp {
    fn int(self) -> IntCC {
        match self {
            Cmp::Lt => IntCC::SignedLessThan,
            Cmp::Le => IntCC::SignedLessThanOrEqual,
            Cmp::Gt => IntCC::SignedGreaterThan,
            Cmp::Ge => IntCC::SignedGreaterThanOrEqual,
        }
    }

    /// Ordered: false when either side is NaN, as in JavaScript.
    fn float(self) -> FloatCC {
        match self {
            Cmp::Lt => FloatCC::LessThan,
            Cmp::Le => FloatCC::LessThanOrEqual,
            Cmp::Gt => FloatCC::GreaterThan,
            Cmp::Ge => FloatCC::GreaterThanOrEqual,
        }
    }
}

impl Translator<'_, '_> {
    /// Compiles `op` (instruction `pc`) inline if it has a fast path here;
    /// false when the caller must compile it otherwise.
    pub(super) fn inline(&mut self, pc: usize, op: Op) -> bool {
        match op {
            Op::Mov { dst, src } => {
                let v = self.load_reg(src);
                self.store_reg(dst, v);
            }
            Op::LoadInt { dst, value } => self.store_const(dst, Value::int(value)),
            Op::LoadUndefined { dst } => self.store_const(dst, Value::UNDEFINED),
            Op::LoadNull { dst } => self.store_const(dst, Value::NULL),
            Op::LoadBool { dst, value } => self.store_const(dst, Value::bool(value != 0)),
            // Constants are numbers or strings the loader keeps alive.
            Op::LoadConst { dst, idx } => self.store_const(dst, self.addrs.constants[idx as usize]),
            Op::Add { dst, a, b, .. } => return self.arith(pc, op, Arith::Add, dst, a, b),
            Op::Sub { dst, a, b, .. } => return self.arith(pc, op, Arith::Sub, dst, a, b),
            Op::Mul { dst, a, b, .. } => return self.arith(pc, op, Arith::Mul, dst, a, b),
            Op::Div { dst, a, b, .. } => return self.arith(pc, op, Arith::Div, dst, a, b),
            Op::BitAnd { dst, a, b, .. } => return self.bits(pc, op, Bits::And, dst, a, b),
            Op::BitOr { dst, a, b, .. } => return self.bits(pc, op, Bits::Or, dst, a, b),
            Op::BitXor { dst, a, b, .. } => return self.bits(pc, op, Bits::Xor, dst, a, b),
            Op::Shl { dst, a, b, .. } => return self.bits(pc, op, Bits::Shl, dst, a, b),
            Op::Shr { dst, a, b, .. } => return self.bits(pc, op, Bits::Shr, dst, a, b),
            Op::Inc { dst, src, .. } => return self.step(pc, op, dst, src, 1),
            Op::Dec { dst, src, .. } => return self.step(pc, op, dst, src, -1),
            Op::Lt { dst, a, b, .. } => return self.compare(pc, op, Cmp::Lt, Some(dst), a, b, None),
            Op::Le { dst, a, b, .. } => return self.compare(pc, op, Cmp::Le, Some(dst), a, b, None),
            Op::Gt { dst, a, b, .. } => return self.compare(pc, op, Cmp::Gt, Some(dst), a, b, None),
            Op::Ge { dst, a, b, .. } => return self.compare(pc, op, Cmp::Ge, Some(dst), a, b, None),
            Op::JumpIfNotLt { a, b, target, .. } => return self.compare(pc, op, Cmp::Lt, None, a, b, Some(target)),
            Op::JumpIfNotLe { a, b, target, .. } => return self.compare(pc, op, Cmp::Le, None, a, b, Some(target)),
            Op::JumpIfNotGt { a, b, target, .. } => return self.compare(pc, op, Cmp::Gt, None, a, b, Some(target)),
            Op::JumpIfNotGe { a, b, target, .. } => return self.compare(pc, op, Cmp::Ge, None, a, b, Some(target)),
            Op::JumpIfTrue { cond, target } => return self.bool_branch(pc, op, cond, target, true),
            Op::JumpIfFalse { cond, target } => return self.bool_branch(pc, op, cond, target, false),
            Op::StrictEq { dst, a, b, .. } => return self.strict_eq(pc, op, a, b, Some((dst, true)), None),
            Op::StrictNe { dst, a, b, .. } => return self.strict_eq(pc, op, a, b, Some((dst, false)), None),
            Op::JumpIfStrictEq { a, b, target, .. } => return self.strict_eq(pc, op, a, b, None, Some((target, true))),
            Op::JumpIfNotStrictEq { a, b, target, .. } => return self.strict_eq(pc, op, a, b, None, Some((target, false))),
            Op::JumpIfUndefined { src, target } => return self.identity_branch(pc, src, Value::UNDEFINED, target),
            Op::GetNamed { dst, obj, fb, .. } => return self.get_named(pc, op, dst, obj, fb),
            Op::SetNamed { obj, src, fb, .. } => return self.set_named(pc, op, obj, src, fb),
            Op::GetIndexed { dst, obj, key, .. } => return self.get_indexed(pc, op, dst, obj, key),
            Op::SetIndexed { obj, key, src, .. } => return self.set_indexed(pc, op, obj, key, src),
            Op::LoadEnv { dst, depth, slot } => return self.load_env(pc, dst, depth, slot),
            Op::LoadEnvChecked { dst, depth, slot, .. } => return self.load_env_checked(pc, op, dst, depth, slot),
            Op::StoreEnv { src, depth, slot } => return self.store_env(pc, src, depth, slot),
            Op::LoadThis { dst } => return self.load_this(pc, op, dst),
            _ => return false,
        }
        self.b.ins().jump(self.blocks[pc + 1], &[]);
        true
    }

    fn store_const(&mut self, dst: u16, v: Value) {
        let bits = self.b.ins().iconst(I64, v.0 as i64);
        self.store_reg(dst, bits);
    }

    /// The slow path of a non-branching op: its entry point, then the next
    /// instruction or the throw.
    pub(super) fn slow_path(&mut self, pc: usize, op: Op) {
        let status = self.call_entry(pc, op);
        let throw = self.throw_dest(pc);
        self.b.ins().brif(status, throw, &[], self.blocks[pc + 1], &[]);
    }

    fn tag(&mut self, v: Clif) -> Clif {
        self.b.ins().ushr_imm_u(v, TAG_SHIFT as i64)
    }

    pub(super) fn is_int(&mut self, v: Clif) -> Clif {
        let tag = self.tag(v);
        self.b.ins().icmp_imm_u(IntCC::Equal, tag, TAG_INT32 as i64)
    }

    /// An int32 or a double.
    fn is_number(&mut self, v: Clif) -> Clif {
        let tag = self.tag(v);
        self.b.ins().icmp_imm_u(IntCC::UnsignedLessThanOrEqual, tag, TAG_INT32 as i64)
    }

    pub(super) fn is_ref(&mut self, v: Clif) -> Clif {
        let tag = self.tag(v);
        self.b.ins().icmp_imm_u(IntCC::Equal, tag, TAG_REF as i64)
    }

    fn box_int(&mut self, i: Clif) -> Clif {
        let wide = self.b.ins().uextend(I64, i);
        self.b.ins().bor_imm_u(wide, (TAG_INT32 << TAG_SHIFT) as i64)
    }

    /// A number value as an f64.
    fn to_f64(&mut self, v: Clif) -> Clif {
        let is_int = self.is_int(v);
        let i = self.b.ins().ireduce(I32, v);
        let from_int = self.b.ins().fcvt_from_sint(F64, i);
        let from_bits = self.b.ins().bitcast(F64, MemFlagsData::new(), v);
        self.b.ins().select(is_int, from_int, from_bits)
    }

    /// `Value::number(f)`: an int32 when `f` is integral (not -0) and in
    /// range, else the double (NaN canonical).
    fn box_number(&mut self, f: Clif) -> Clif {
        let i = self.b.ins().fcvt_to_sint_sat(I32, f);
        let back = self.b.ins().fcvt_from_sint(F64, i);
        let integral = self.b.ins().fcmp(FloatCC::Equal, back, f);
        let bits = self.b.ins().bitcast(I64, MemFlagsData::new(), f);
        let nonzero = self.b.ins().icmp_imm_s(IntCC::NotEqual, i, 0);
        let positive_zero = self.b.ins().icmp_imm_s(IntCC::Equal, bits, 0);
        let not_negative_zero = self.b.ins().bor(nonzero, positive_zero);
        let as_int = self.b.ins().band(integral, not_negative_zero);
        let boxed_int = self.box_int(i);
        let nan = self.b.ins().fcmp(FloatCC::Unordered, f, f);
        let canonical = self.b.ins().iconst(I64, CANONICAL_NAN as i64);
        let double = self.b.ins().select(nan, canonical, bits);
        self.b.ins().select(as_int, boxed_int, double)
    }

    /// Both operands are int32s / numbers.
    fn both(&mut self, x: Clif, y: Clif, int: bool) -> Clif {
        let (p, q) = if int { (self.is_int(x), self.is_int(y)) } else { (self.is_number(x), self.is_number(y)) };
        self.b.ins().band(p, q)
    }

    /// `dst = a op b`: int32 add/sub with overflow checks, then doubles
    /// for any two numbers (also on int32 overflow), else the runtime.
    fn arith(&mut self, pc: usize, op: Op, kind: Arith, dst: u16, a: u16, b: u16) -> bool {
        let (x, y) = (self.load_reg(a), self.load_reg(b));
        let double = self.b.create_block();
        let slow = self.b.create_block();
        if let Arith::Add | Arith::Sub = kind {
            let ints = self.b.create_block();
            let not_ints = self.b.create_block();
            let both = self.both(x, y, true);
            self.b.ins().brif(both, ints, &[], not_ints, &[]);
            self.b.switch_to_block(ints);
            let (p, q) = (self.b.ins().ireduce(I32, x), self.b.ins().ireduce(I32, y));
            let (r, overflow) = match kind {
                Arith::Add => self.b.ins().sadd_overflow(p, q),
                _ => self.b.ins().ssub_overflow(p, q),
            };
            let done = self.b.create_block();
            self.b.ins().brif(overflow, double, &[], done, &[]);
            self.b.switch_to_block(done);
            let boxed = self.box_int(r);
            self.store_reg(dst, boxed);
            self.b.ins().jump(self.blocks[pc + 1], &[]);
            self.b.switch_to_block(not_ints);
        }
        let both = self.both(x, y, false);
        self.b.ins().brif(both, double, &[], slow, &[]);
        self.b.switch_to_block(double);
        let (p, q) = (self.to_f64(x), self.to_f64(y));
        let r = match kind {
            Arith::Add => self.b.ins().fadd(p, q),
            Arith::Sub => self.b.ins().fsub(p, q),
            Arith::Mul => self.b.ins().fmul(p, q),
            Arith::Div => self.b.ins().fdiv(p, q),
        };
        let boxed = self.box_number(r);
        self.store_reg(dst, boxed);
        self.b.ins().jump(self.blocks[pc + 1], &[]);
        self.b.switch_to_block(slow);
        self.slow_path(pc, op);
        true
    }

    /// `dst = a op b` on two int32s (shift counts masked to 5 bits).
    fn bits(&mut self, pc: usize, op: Op, kind: Bits, dst: u16, a: u16, b: u16) -> bool {
        let (x, y) = (self.load_reg(a), self.load_reg(b));
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        let both = self.both(x, y, true);
        self.b.ins().brif(both, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        let (p, q) = (self.b.ins().ireduce(I32, x), self.b.ins().ireduce(I32, y));
        // (CLIF shifts use the count modulo the width, as JavaScript does.)
        let r = match kind {
            Bits::And => self.b.ins().band(p, q),
            Bits::Or => self.b.ins().bor(p, q),
            Bits::Xor => self.b.ins().bxor(p, q),
            Bits::Shl => self.b.ins().ishl(p, q),
            Bits::Shr => self.b.ins().sshr(p, q),
        };
        let boxed = self.box_int(r);
        self.store_reg(dst, boxed);
        self.b.ins().jump(self.blocks[pc + 1], &[]);
        self.b.switch_to_block(slow);
        self.slow_path(pc, op);
        true
    }

    /// `dst = src ± 1` for an int32 that does not overflow.
    fn step(&mut self, pc: usize, op: Op, dst: u16, src: u16, delta: i64) -> bool {
        let x = self.load_reg(src);
        let fast = self.b.create_block();
        let done = self.b.create_block();
        let slow = self.b.create_block();
        let is_int = self.is_int(x);
        self.b.ins().brif(is_int, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        let p = self.b.ins().ireduce(I32, x);
        let one = self.b.ins().iconst(I32, delta.unsigned_abs() as i64);
        let (r, overflow) = if delta > 0 { self.b.ins().sadd_overflow(p, one) } else { self.b.ins().ssub_overflow(p, one) };
        self.b.ins().brif(overflow, slow, &[], done, &[]);
        self.b.switch_to_block(done);
        let boxed = self.box_int(r);
        self.store_reg(dst, boxed);
        self.b.ins().jump(self.blocks[pc + 1], &[]);
        self.b.switch_to_block(slow);
        self.slow_path(pc, op);
        true
    }

    /// A relational comparison of two numbers, stored as a boolean (`dst`)
    /// or branched on (`JumpIfNot*`: to `target` when it is false).
    #[allow(clippy::too_many_arguments)]
    fn compare(&mut self, pc: usize, op: Op, cmp: Cmp, dst: Option<u16>, a: u16, b: u16, target: Option<u32>) -> bool {
        let (x, y) = (self.load_reg(a), self.load_reg(b));
        let ints = self.b.create_block();
        let not_ints = self.b.create_block();
        let doubles = self.b.create_block();
        let slow = self.b.create_block();
        let both = self.both(x, y, true);
        self.b.ins().brif(both, ints, &[], not_ints, &[]);
        self.b.switch_to_block(ints);
        let (p, q) = (self.b.ins().ireduce(I32, x), self.b.ins().ireduce(I32, y));
        let truth = self.b.ins().icmp(cmp.int(), p, q);
        self.use_truth(pc, truth, dst, target);
        self.b.switch_to_block(not_ints);
        let both = self.both(x, y, false);
        self.b.ins().brif(both, doubles, &[], slow, &[]);
        self.b.switch_to_block(doubles);
        let (p, q) = (self.to_f64(x), self.to_f64(y));
        let truth = self.b.ins().fcmp(cmp.float(), p, q);
        self.use_truth(pc, truth, dst, target);
        self.b.switch_to_block(slow);
        match target {
            Some(target) => {
                let status = self.call_entry(pc, op);
                self.branch_on_status(pc, status, target);
            }
            None => self.slow_path(pc, op),
        }
        true
    }

    /// Ends a fast path with a truth value: stores it as a boolean and goes
    /// on, or (a fused branch) goes to `target` when it is false.
    fn use_truth(&mut self, pc: usize, truth: Clif, dst: Option<u16>, target: Option<u32>) {
        if let Some(dst) = dst {
            let wide = self.b.ins().uextend(I64, truth);
            let boxed = self.b.ins().bor_imm_u(wide, Value::FALSE.0 as i64);
            self.store_reg(dst, boxed);
        }
        match target {
            Some(target) => self.b.ins().brif(truth, self.blocks[pc + 1], &[], self.blocks[target as usize], &[]),
            None => self.b.ins().jump(self.blocks[pc + 1], &[]),
        };
    }

    /// `JumpIfTrue`/`JumpIfFalse` of a boolean inline; other values
    /// through the runtime's ToBoolean.
    fn bool_branch(&mut self, pc: usize, op: Op, cond: u16, target: u32, jump_if: bool) -> bool {
        let c = self.load_reg(cond);
        let not_true = self.b.create_block();
        let slow = self.b.create_block();
        let (on_true, on_false) = if jump_if { (self.blocks[target as usize], self.blocks[pc + 1]) } else { (self.blocks[pc + 1], self.blocks[target as usize]) };
        let is_true = self.b.ins().icmp_imm_u(IntCC::Equal, c, Value::TRUE.0 as i64);
        self.b.ins().brif(is_true, on_true, &[], not_true, &[]);
        self.b.switch_to_block(not_true);
        let is_false = self.b.ins().icmp_imm_u(IntCC::Equal, c, Value::FALSE.0 as i64);
        self.b.ins().brif(is_false, on_false, &[], slow, &[]);
        self.b.switch_to_block(slow);
        let status = self.call_entry(pc, op);
        self.branch_on_status(pc, status, target);
        true
    }

    /// `===` / `!==` (stored, or branched on: `(target, jump when equal)`)
    /// by comparing bits when that decides it: two int32s, or operands
    /// that are neither doubles nor two different heap references (strings
    /// compare by content, doubles by value: the runtime).
    fn strict_eq(&mut self, pc: usize, op: Op, a: u16, b: u16, store: Option<(u16, bool)>, branch: Option<(u32, bool)>) -> bool {
        let (x, y) = (self.load_reg(a), self.load_reg(b));
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        let same = self.b.ins().icmp(IntCC::Equal, x, y);
        // Doubles have tags below TAG_INT32.
        let (tx, ty) = (self.tag(x), self.tag(y));
        let x_double = self.b.ins().icmp_imm_u(IntCC::UnsignedLessThan, tx, TAG_INT32 as i64);
        let y_double = self.b.ins().icmp_imm_u(IntCC::UnsignedLessThan, ty, TAG_INT32 as i64);
        let any_double = self.b.ins().bor(x_double, y_double);
        let (x_ref, y_ref) = (self.is_ref(x), self.is_ref(y));
        let both_refs = self.b.ins().band(x_ref, y_ref);
        let different = self.b.ins().bxor_imm_u(same, 1);
        let two_refs = self.b.ins().band(both_refs, different);
        let undecided = self.b.ins().bor(any_double, two_refs);
        self.b.ins().brif(undecided, slow, &[], fast, &[]);
        self.b.switch_to_block(fast);
        match (store, branch) {
            (Some((dst, equal)), _) => {
                let truth = if equal { same } else { different };
                self.use_truth(pc, truth, Some(dst), None);
            }
            (None, Some((target, when_equal))) => {
                let (on_same, on_different) = if when_equal { (self.blocks[target as usize], self.blocks[pc + 1]) } else { (self.blocks[pc + 1], self.blocks[target as usize]) };
                self.b.ins().brif(same, on_same, &[], on_different, &[]);
            }
            (None, None) => unreachable!("strict_eq stores or branches"),
        }
        self.b.switch_to_block(slow);
        match branch {
            Some((target, _)) => {
                let status = self.call_entry(pc, op);
                self.branch_on_status(pc, status, target);
            }
            None => self.slow_path(pc, op),
        }
        true
    }

    /// A branch on one register holding exactly `v`'s bits.
    fn identity_branch(&mut self, pc: usize, src: u16, v: Value, target: u32) -> bool {
        let x = self.load_reg(src);
        let same = self.b.ins().icmp_imm_u(IntCC::Equal, x, v.0 as i64);
        self.b.ins().brif(same, self.blocks[target as usize], &[], self.blocks[pc + 1], &[]);
        true
    }
}
