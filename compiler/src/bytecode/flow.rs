//! The control-flow graph of a bytecode function, and which registers each
//! instruction reads and writes: what the static passes over a function
//! (`numeric`, `liveness`) and the back ends that use them share.
//!
//! Every way control moves between instructions is here: falling through,
//! the `Target` operands of branches (taken or not), and exception handlers
//! (a throw anywhere in a handler's range may reach its target). Every way
//! an instruction touches registers is here too: its `Reg` operands, a
//! call's arguments (which follow its callee register), the registers a
//! call clears when it returns, and a handler's exception register.

use super::ops::OperandKind;
use super::{FunctionCode, Op};

/// A set of registers, one bit each.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegSet(Vec<u64>);

impl RegSet {
    /// The empty set, for a function of `registers` registers.
    pub fn empty(registers: usize) -> RegSet {
        RegSet(vec![0; registers.div_ceil(64)])
    }

    /// Every register of a function of `registers` registers.
    pub fn full(registers: usize) -> RegSet {
        let mut set = RegSet::empty(registers);
        for r in 0..registers {
            set.insert(r as u16);
        }
        set
    }

    pub fn contains(&self, r: u16) -> bool {
        self.0.get(r as usize / 64).is_some_and(|w| w & (1 << (r % 64)) != 0)
    }

    pub fn insert(&mut self, r: u16) {
        if let Some(w) = self.0.get_mut(r as usize / 64) {
            *w |= 1 << (r % 64);
        }
    }

    pub fn remove(&mut self, r: u16) {
        if let Some(w) = self.0.get_mut(r as usize / 64) {
            *w &= !(1 << (r % 64));
        }
    }

    /// Keeps the registers also in `other`.
    pub fn intersect(&mut self, other: &RegSet) {
        self.0.iter_mut().zip(&other.0).for_each(|(a, b)| *a &= b);
    }

    /// Adds the registers of `other`.
    pub fn union(&mut self, other: &RegSet) {
        self.0.iter_mut().zip(&other.0).for_each(|(a, b)| *a |= b);
    }
}

/// A function's basic blocks and the edges between them.
pub struct Cfg {
    /// Where each block starts, in order (block 0 starts at instruction 0).
    pub starts: Vec<usize>,
    /// Each block's successors (block indices), handler targets included.
    pub successors: Vec<Vec<usize>>,
    /// The blocks that start an exception handler: entered from any
    /// instruction of the handler's range, with the exception in a register.
    pub handler_entries: Vec<bool>,
}

impl Cfg {
    pub fn of(code: &FunctionCode) -> Cfg {
        let n = code.code.len();
        let mut leader = vec![false; n + 1];
        leader[0] = true;
        for (pc, op) in code.code.iter().enumerate() {
            for target in targets(op) {
                leader[target] = true;
            }
            if ends_block(op) {
                leader[pc + 1] = true;
            }
        }
        for h in &code.handlers {
            leader[h.target as usize] = true;
        }
        let starts: Vec<usize> = (0..n).filter(|&pc| leader[pc]).collect();
        let index_of = |pc: usize| starts.binary_search(&pc).expect("a branch target starts a block");
        let mut successors = Vec::with_capacity(starts.len());
        for (b, &start) in starts.iter().enumerate() {
            let end = starts.get(b + 1).copied().unwrap_or(n);
            let last = &code.code[end - 1];
            let mut next: Vec<usize> = targets(last).map(index_of).collect();
            if falls_through(last) && end < n {
                next.push(b + 1);
            }
            for h in &code.handlers {
                if (h.start as usize) < end && start < h.end as usize {
                    next.push(index_of(h.target as usize));
                }
            }
            next.sort_unstable();
            next.dedup();
            successors.push(next);
        }
        let mut handler_entries = vec![false; starts.len()];
        for h in &code.handlers {
            handler_entries[index_of(h.target as usize)] = true;
        }
        Cfg { starts, successors, handler_entries }
    }

    /// The block that starts at instruction `pc`.
    pub fn index_of(&self, pc: usize) -> usize {
        self.starts.binary_search(&pc).expect("a branch target starts a block")
    }

    /// The instructions of block `b`.
    pub fn range(&self, b: usize, code: &FunctionCode) -> core::ops::Range<usize> {
        self.starts[b]..self.starts.get(b + 1).copied().unwrap_or(code.code.len())
    }
}

/// The instructions an op may branch to.
fn targets(op: &Op) -> impl Iterator<Item = usize> {
    op.operands().into_iter().filter(|(_, kind, _)| *kind == OperandKind::Target).map(|(_, _, value)| value as usize)
}

/// Ops after which the next instruction starts a new block.
pub fn ends_block(op: &Op) -> bool {
    !falls_through(op) || op.operands().iter().any(|(_, kind, _)| *kind == OperandKind::Target)
}

/// Whether the next instruction may run after `op` (without a throw).
pub fn falls_through(op: &Op) -> bool {
    !matches!(
        op,
        Op::Return { .. } | Op::Throw { .. } | Op::ThrowConstAssign { .. } | Op::ThrowReferenceError { .. } | Op::ThrowTypeError { .. } | Op::Jump { .. } | Op::Loop { .. }
    )
}

/// The register an op writes (its `dst` operand), if any. Besides it, calls
/// clear their callee, `this` and argument registers (`cleared`), and a
/// handler's entry writes its exception register.
pub fn destination(op: &Op) -> Option<u16> {
    op.operands().iter().find(|(name, kind, _)| *name == "dst" && *kind == OperandKind::Reg).map(|&(_, _, value)| value as u16)
}

/// The registers a call op sets to undefined when it returns: its callee,
/// `this` and arguments.
pub fn cleared(op: &Op) -> Option<core::ops::Range<u16>> {
    match *op {
        Op::Call { func, argc, .. } | Op::New { func, argc, .. } => Some(func..func + 2 + argc),
        _ => None,
    }
}

/// Calls `f` with every register `op` reads: its `Reg` operands other than
/// `dst`, and the `this` and arguments that follow a call's callee (or a
/// `super(...)` call's first argument).
pub fn for_each_read(op: &Op, mut f: impl FnMut(u16)) {
    for (name, kind, value) in op.operands() {
        if kind == OperandKind::Reg && name != "dst" {
            f(value as u16);
        }
    }
    match *op {
        Op::Call { func, argc, .. } | Op::New { func, argc, .. } => (func + 1..func + 2 + argc).for_each(f),
        Op::SuperCall { args, argc, .. } => (args + 1..args + argc).for_each(f),
        _ => {}
    }
}
