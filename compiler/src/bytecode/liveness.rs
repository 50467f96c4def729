//! Which registers are live (may be read before they are written again)
//! at each instruction: a backward may-analysis over the basic blocks. A
//! back end that keeps registers in machine locals need not write a dead
//! one back to the frame.
//!
//! An instruction reads the registers of `flow::for_each_read` and kills
//! its `dst`, unless it also branches (`ForInNext`/`IterNext` leave `dst`
//! alone when they jump). A throw leaves the function when no handler
//! covers it; a function with handlers is treated as having every register
//! live everywhere, since a handler may read any register the protected
//! code wrote.

use super::flow::{self, Cfg, RegSet};
use super::ops::OperandKind;
use super::{FunctionCode, Op};

pub struct Liveness {
    /// The live registers at the end of each block; `None` when every
    /// register counts as live (the function has exception handlers).
    out: Option<Vec<RegSet>>,
    registers: usize,
}

impl Liveness {
    pub fn of(code: &FunctionCode, cfg: &Cfg) -> Liveness {
        let registers = code.register_count as usize;
        if !code.handlers.is_empty() {
            return Liveness { out: None, registers };
        }
        let blocks = cfg.starts.len();
        let mut live_in = vec![RegSet::empty(registers); blocks];
        let mut out = vec![RegSet::empty(registers); blocks];
        let mut predecessors = vec![Vec::new(); blocks];
        for (b, next) in cfg.successors.iter().enumerate() {
            next.iter().for_each(|&n| predecessors[n].push(b));
        }
        let mut work: Vec<usize> = (0..blocks).collect();
        let mut queued = vec![true; blocks];
        while let Some(b) = work.pop() {
            queued[b] = false;
            let mut live = RegSet::empty(registers);
            cfg.successors[b].iter().for_each(|&n| live.union(&live_in[n]));
            out[b] = live.clone();
            for op in code.code[cfg.range(b, code)].iter().rev() {
                step_back(op, &mut live);
            }
            if live != live_in[b] {
                live_in[b] = live;
                for &p in &predecessors[b] {
                    if !queued[p] {
                        queued[p] = true;
                        work.push(p);
                    }
                }
            }
        }
        Liveness { out: Some(out), registers }
    }

    /// The registers live at the end of block `b`.
    pub fn live_out(&self, b: usize) -> RegSet {
        match &self.out {
            Some(out) => out[b].clone(),
            None => RegSet::full(self.registers),
        }
    }

    /// The registers live before each instruction of block `b`, in order.
    pub fn live_before_each(&self, code: &FunctionCode, cfg: &Cfg, b: usize) -> Vec<RegSet> {
        let range = cfg.range(b, code);
        let mut live = self.live_out(b);
        let mut before = vec![RegSet::empty(0); range.len()];
        for (i, op) in code.code[range].iter().enumerate().rev() {
            if self.out.is_some() {
                step_back(op, &mut live);
            }
            before[i] = live.clone();
        }
        before
    }
}

/// From the registers live after `op` to those live before it.
fn step_back(op: &Op, live: &mut RegSet) {
    let branches = op.operands().iter().any(|(_, kind, _)| *kind == OperandKind::Target);
    if let Some(dst) = flow::destination(op) {
        if !branches {
            live.remove(dst);
        }
    }
    flow::for_each_read(op, |r| live.insert(r));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temporaries_die_and_loop_variables_live() {
        let src = "function f(n) { var s = 0; for (var i = 0; i < n; i++) { var t = i * 2; s += t; } return s; }";
        let program = crate::compile(src, Default::default()).unwrap();
        let code = &program.functions[1];
        let cfg = Cfg::of(code);
        let liveness = Liveness::of(code, &cfg);
        let back = code.code.iter().position(|op| matches!(op, Op::Loop { .. })).unwrap();
        let b = cfg.starts.iter().rposition(|&s| s <= back).unwrap();
        let out = liveness.live_out(b);
        let Op::Inc { dst: i, .. } = code.code[back - 1] else { panic!("{:?}", code.code[back - 1]) };
        let t = code.code.iter().find_map(|op| if let Op::Mul { dst, .. } = op { Some(*dst) } else { None }).unwrap();
        assert!(out.contains(i));
        assert!(out.contains(0), "n is read by the test");
        assert!(!out.contains(t), "t is written before it is read");
    }
}
