//! Which registers certainly hold a number (an int32 or a double) before
//! each instruction: a forward must-analysis over the function's basic
//! blocks. A back end may then skip the type checks of an operand, keep it
//! unboxed, and drop the slow path of an operation whose operands are all
//! numbers.
//!
//! A register is a number after an instruction whose result always is one
//! (arithmetic other than `+`, bitwise ops, `-x`, `+x`, `~x`, `++`/`--`,
//! `ToNumeric`, an int32 or number constant), after a `+` of two numbers,
//! and after a move of a number; any other write makes it unknown. At a
//! block's start a register is a number only if it is one at the end of
//! every predecessor (loops iterate to a fixpoint). Nothing is known at the
//! function's entry (parameters are anything) nor at a handler's (a throw
//! may come from any instruction of its range). Captured variables live in
//! environments, not registers, and calls cannot write the caller's
//! registers other than their own (`flow::cleared`), so nothing else
//! changes a register.

use super::flow::{self, Cfg, RegSet};
use super::{Constant, FunctionCode, Op};

/// The registers known to hold numbers at the start of each block.
pub struct Numeric {
    entry: Vec<RegSet>,
}

impl Numeric {
    pub fn of(code: &FunctionCode, cfg: &Cfg) -> Numeric {
        let registers = code.register_count as usize;
        let blocks = cfg.starts.len();
        // `None`: not reached yet. The meet is intersection.
        let mut entry: Vec<Option<RegSet>> = vec![None; blocks];
        let pinned = |b: usize| b == 0 || cfg.handler_entries[b];
        for (b, slot) in entry.iter_mut().enumerate() {
            if pinned(b) {
                *slot = Some(RegSet::empty(registers));
            }
        }
        let mut work: Vec<usize> = (0..blocks).filter(|&b| pinned(b)).collect();
        let mut queued = vec![false; blocks];
        work.iter().for_each(|&b| queued[b] = true);
        while let Some(b) = work.pop() {
            queued[b] = false;
            let Some(mut known) = entry[b].clone() else { continue };
            for op in &code.code[cfg.range(b, code)] {
                transfer(code, op, &mut known);
            }
            for &next in &cfg.successors[b] {
                if pinned(next) {
                    continue;
                }
                let changed = match &mut entry[next] {
                    Some(old) => {
                        let before = old.clone();
                        old.intersect(&known);
                        *old != before
                    }
                    slot @ None => {
                        *slot = Some(known.clone());
                        true
                    }
                };
                if changed && !queued[next] {
                    queued[next] = true;
                    work.push(next);
                }
            }
        }
        // Blocks never reached (dead code) assume nothing either.
        Numeric { entry: entry.into_iter().map(|e| e.unwrap_or_else(|| RegSet::empty(registers))).collect() }
    }

    /// The registers holding numbers at the start of block `b`.
    pub fn at_block(&self, b: usize) -> &RegSet {
        &self.entry[b]
    }

    /// The registers whose memory may ever hold a reference: the parameters
    /// (arguments arrive there) and every register some instruction writes
    /// with a value that may be one. The others only ever hold numbers,
    /// `undefined`, `null` and booleans, so a back end may leave an old value
    /// of theirs in memory without keeping garbage alive.
    pub fn may_hold_references(&self, code: &FunctionCode, cfg: &Cfg) -> RegSet {
        let mut refs = RegSet::empty(code.register_count as usize);
        (0..code.param_count).for_each(|r| refs.insert(r));
        for b in 0..cfg.starts.len() {
            let mut known = self.entry[b].clone();
            for op in &code.code[cfg.range(b, code)] {
                transfer(code, op, &mut known);
                if let Some(dst) = flow::destination(op) {
                    if !known.contains(dst) && !writes_primitive(op) {
                        refs.insert(dst);
                    }
                }
            }
        }
        refs
    }
}

/// Whether `op`'s result is always `undefined`, `null` or a boolean (never
/// a reference).
fn writes_primitive(op: &Op) -> bool {
    matches!(
        op,
        Op::LoadUndefined { .. }
            | Op::LoadNull { .. }
            | Op::LoadBool { .. }
            | Op::Not { .. }
            | Op::Eq { .. }
            | Op::Ne { .. }
            | Op::StrictEq { .. }
            | Op::StrictNe { .. }
            | Op::Lt { .. }
            | Op::Le { .. }
            | Op::Gt { .. }
            | Op::Ge { .. }
            | Op::In { .. }
            | Op::InstanceOf { .. }
    )
}

/// Updates `known` (the registers holding numbers before `op`) to after it.
pub fn transfer(code: &FunctionCode, op: &Op, known: &mut RegSet) {
    let number = match *op {
        Op::LoadInt { .. }
        | Op::Sub { .. }
        | Op::Mul { .. }
        | Op::Div { .. }
        | Op::Rem { .. }
        | Op::Exp { .. }
        | Op::BitAnd { .. }
        | Op::BitOr { .. }
        | Op::BitXor { .. }
        | Op::Shl { .. }
        | Op::Shr { .. }
        | Op::UShr { .. }
        | Op::Neg { .. }
        | Op::Plus { .. }
        | Op::BitNot { .. }
        | Op::Inc { .. }
        | Op::Dec { .. }
        | Op::ToNumeric { .. } => true,
        Op::LoadConst { idx, .. } => matches!(code.constants.get(idx as usize), Some(Constant::Number(_))),
        Op::Add { a, b, .. } => known.contains(a) && known.contains(b),
        Op::Mov { src, .. } => known.contains(src),
        _ => false,
    };
    if let Some(range) = flow::cleared(op) {
        range.for_each(|r| known.remove(r));
    }
    if let Some(dst) = flow::destination(op) {
        if number {
            known.insert(dst);
        } else {
            known.remove(dst);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytecode::flow::Cfg;

    fn known_at(src: &str, func: usize, pc: usize) -> Vec<u16> {
        let program = crate::compile(src, Default::default()).expect("compiles");
        let code = &program.functions[func];
        let cfg = Cfg::of(code);
        let numeric = Numeric::of(code, &cfg);
        let b = cfg.starts.iter().rposition(|&s| s <= pc).unwrap();
        let mut known = numeric.at_block(b).clone();
        for op in &code.code[cfg.starts[b]..pc] {
            transfer(code, op, &mut known);
        }
        (0..code.register_count).filter(|&r| known.contains(r)).collect()
    }

    #[test]
    fn loop_variables_stay_numbers() {
        // s and i are numbers at the loop's test; x (a parameter) is not.
        let src = "function f(x) { var s = 0; for (var i = 0; i < x; i++) s += i * 2; return s; }";
        let program = crate::compile(src, Default::default()).unwrap();
        let code = &program.functions[1];
        let test = code.code.iter().position(|op| matches!(op, Op::JumpIfNotLt { .. })).unwrap();
        let Op::JumpIfNotLt { a, b, .. } = code.code[test] else { unreachable!() };
        let known = known_at(src, 1, test);
        assert!(known.contains(&a), "{known:?}");
        assert!(!known.contains(&b), "{known:?}");
    }

    #[test]
    fn a_string_on_one_path_is_unknown_after_the_merge() {
        let src = "function f(c) { var v = 1; if (c) v = 'a'; return v; }";
        let program = crate::compile(src, Default::default()).unwrap();
        let code = &program.functions[1];
        let ret = code.code.iter().position(|op| matches!(op, Op::Return { .. })).unwrap();
        let Op::Return { src: v } = code.code[ret] else { unreachable!() };
        assert!(!known_at(src, 1, ret).contains(&v));
    }

    #[test]
    fn registers_that_may_hold_references() {
        // x (a parameter) and o (an object) may; i and t (numbers only) never do.
        let src = "function f(x) { var o = {}; var t = 0; for (var i = 0; i < 3; i++) t = i * 2; return [o, t]; }";
        let program = crate::compile(src, Default::default()).unwrap();
        let code = &program.functions[1];
        let cfg = Cfg::of(code);
        let refs = Numeric::of(code, &cfg).may_hold_references(code, &cfg);
        let stored_by = |pred: fn(&Op) -> bool| code.code.iter().filter(|op| pred(op)).filter_map(flow::destination).collect::<Vec<_>>();
        for r in stored_by(|op| matches!(op, Op::NewObject { .. })) {
            assert!(refs.contains(r), "the object's register {r}");
        }
        for r in stored_by(|op| matches!(op, Op::Mul { .. } | Op::Inc { .. })) {
            assert!(!refs.contains(r), "a number-only register {r}");
        }
        assert!(refs.contains(0), "the parameter");
    }

    #[test]
    fn a_loop_that_makes_a_string_is_not_numeric() {
        let src = "function f(n) { var v = 0; for (var i = 0; i < n; i++) v = v + (i == 3 ? 'x' : 1); return v; }";
        let program = crate::compile(src, Default::default()).unwrap();
        let code = &program.functions[1];
        let ret = code.code.iter().position(|op| matches!(op, Op::Return { .. })).unwrap();
        let Op::Return { src: v } = code.code[ret] else { unreachable!() };
        assert!(!known_at(src, 1, ret).contains(&v));
    }
}
