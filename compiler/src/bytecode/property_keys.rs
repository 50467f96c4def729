//! Which property keys a program may read: the names it spells out (every
//! string it can name is in its atom table — identifiers, property names,
//! string literals), and whether some read may use a key computed at run
//! time instead. The wasm backend links a builtin's code only when the
//! program can reach it (see `wasm::module` and the runtime's
//! `builtins::natives`); a key computed at run time could name any
//! builtin, so such a program gets all of them.
//!
//! Named reads (`GetNamed`, `GetGlobal`, …) take their key from the
//! constant pool, always an atom. Only `GetIndexed` (`o[k]`) and
//! `SuperGet` (`super[k]`) read with a key held in a register, so those
//! registers are tracked through each function with a forward dataflow
//! over its instructions. A register is
//! - `Number` when it surely holds a non-string primitive (its key is a
//!   canonical number, `true`, `undefined`, …, never a method's name),
//! - `Named` when it holds that or a string constant of the program,
//! - `Unknown` otherwise (strings built at run time, values read from
//!   objects or environments, parameters, anything the analysis does not
//!   model).
//! A read whose key register may be `Unknown` makes the program's keys
//! `computed`. Registers are written only by an instruction's `dst`
//! operand, by a call (its callee, `this` and argument registers are
//! cleared afterwards) and by an exception handler (its exception
//! register); every register is `Unknown` on entry to a function and to a
//! handler, and in instructions the analysis never reaches.

use super::ops::{Op, OperandKind};
use super::program::{Constant, FunctionCode, Program};

/// How a program's property reads choose their keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PropertyKeys {
    /// Some read may use a key that is neither a string the program spells
    /// out nor a non-string primitive: (function, instruction) of the first.
    pub computed: Option<(u32, u32)>,
}

/// Analyses every function of `program`.
pub fn analyze(program: &Program) -> PropertyKeys {
    let computed = program.functions.iter().enumerate().find_map(|(index, code)| {
        first_computed_read(code).map(|pc| (index as u32, pc))
    });
    PropertyKeys { computed }
}

/// What a register surely holds, ordered from most to least known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Key {
    Number,
    Named,
    Unknown,
}

/// The first instruction of `code` that reads a property with a key that
/// may be computed at run time.
fn first_computed_read(code: &FunctionCode) -> Option<u32> {
    let len = code.code.len();
    let registers = code.register_count as usize;
    // In-state of each instruction; `None` until reached.
    let mut states: Vec<Option<Vec<Key>>> = vec![None; len];
    let mut pending: Vec<usize> = Vec::new();
    let unknown = vec![Key::Unknown; registers];
    let enter = |states: &mut Vec<Option<Vec<Key>>>, pending: &mut Vec<usize>, pc: usize, state: &[Key]| {
        let Some(slot) = states.get_mut(pc) else { return };
        let changed = match slot {
            None => {
                *slot = Some(state.to_vec());
                true
            }
            Some(current) => {
                let mut changed = false;
                for (c, &s) in current.iter_mut().zip(state) {
                    if s > *c {
                        *c = s;
                        changed = true;
                    }
                }
                changed
            }
        };
        if changed {
            pending.push(pc);
        }
    };
    enter(&mut states, &mut pending, 0, &unknown);
    for handler in &code.handlers {
        enter(&mut states, &mut pending, handler.target as usize, &unknown);
    }
    while let Some(pc) = pending.pop() {
        let mut state = states[pc].clone().expect("a pending instruction has a state");
        let op = code.code[pc];
        transfer(code, &op, &mut state);
        let (falls_through, targets) = successors(&op);
        if falls_through {
            enter(&mut states, &mut pending, pc + 1, &state);
        }
        for target in targets {
            enter(&mut states, &mut pending, target as usize, &state);
        }
    }
    code.code.iter().enumerate().find_map(|(pc, op)| {
        let key = match *op {
            Op::GetIndexed { key, .. } | Op::SuperGet { key, .. } => key as usize,
            _ => return None,
        };
        let known = states[pc].as_ref().and_then(|state| state.get(key)).is_some_and(|&k| k != Key::Unknown);
        (!known).then_some(pc as u32)
    })
}

/// Updates `state` for the registers `op` writes.
fn transfer(code: &FunctionCode, op: &Op, state: &mut [Key]) {
    let get = |state: &[Key], reg: u16| state.get(reg as usize).copied().unwrap_or(Key::Unknown);
    let written = match *op {
        Op::LoadConst { idx, .. } => match code.constants.get(idx as usize) {
            Some(Constant::Number(_)) => Key::Number,
            Some(Constant::String(_)) => Key::Named,
            None => Key::Unknown,
        },
        Op::LoadInt { .. } | Op::LoadUndefined { .. } | Op::LoadNull { .. } | Op::LoadBool { .. } => Key::Number,
        Op::Mov { src, .. } => get(state, src),
        Op::Add { a, b, .. } => {
            if get(state, a) == Key::Number && get(state, b) == Key::Number {
                Key::Number
            } else {
                Key::Unknown
            }
        }
        // Numeric results (ToNumeric, then arithmetic), and booleans.
        Op::Sub { .. }
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
        | Op::ToNumeric { .. }
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
        | Op::Not { .. }
        | Op::DeleteNamed { .. }
        | Op::DeleteIndexed { .. }
        | Op::DeleteGlobal { .. } => Key::Number,
        // A number's key is a canonical number; a constant string stays one.
        Op::ToPropertyKey { src, .. } => get(state, src),
        _ => Key::Unknown,
    };
    for (name, kind, value) in op.operands() {
        if name == "dst" && kind == OperandKind::Reg {
            if let Some(slot) = state.get_mut(value as usize) {
                *slot = written;
            }
        }
    }
    // A call clears its callee, `this` and argument registers when it returns.
    let cleared = match *op {
        Op::Call { func, argc, .. } | Op::New { func, argc, .. } => Some((func as usize, func as usize + 2 + argc as usize)),
        Op::SuperCall { args, argc, .. } => Some((args as usize, args as usize + argc as usize)),
        _ => None,
    };
    if let Some((start, end)) = cleared {
        for slot in state.iter_mut().take(end).skip(start) {
            *slot = Key::Unknown;
        }
    }
}

/// Whether execution may continue with the next instruction, and the
/// branch targets. An instruction with a target that is not a plain jump
/// may also fall through.
fn successors(op: &Op) -> (bool, Vec<u32>) {
    let targets: Vec<u32> = op
        .operands()
        .into_iter()
        .filter(|&(_, kind, _)| kind == OperandKind::Target)
        .map(|(_, _, value)| value as u32)
        .collect();
    let falls_through = !matches!(
        op,
        Op::Jump { .. }
            | Op::Loop { .. }
            | Op::Return { .. }
            | Op::Throw { .. }
            | Op::ThrowTypeError { .. }
            | Op::ThrowReferenceError { .. }
            | Op::ThrowConstAssign { .. }
    );
    (falls_through, targets)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{compile, CompileOptions};

    fn computed(source: &str) -> bool {
        let program = compile(source, CompileOptions::default()).expect("compiles");
        analyze(&program).computed.is_some()
    }

    #[test]
    fn names_and_constant_keys_are_not_computed() {
        assert!(!computed("console.log('hi'); Math.max(1, 2)"));
        assert!(!computed("var o = {a: 1}; o['a'] + o[0] + o[1.5]"));
        assert!(!computed("var a = [1, 2]; for (let i = 0; i < a.length; i++) a[i] = a[i] * 2"));
        assert!(!computed("var a = [1, 2, 3]; var n = a.length; a[a.length - 1] + a[(n - 1) | 0]"));
        assert!(!computed("class A { m() { return 1 } } class B extends A { m() { return super['m']() } }"));
    }

    #[test]
    fn keys_from_run_time_values_are_computed() {
        assert!(computed("var o = {}; var k = 'to' + 'String'; o[k]"));
        assert!(computed("function f(o, k) { return o[k] } f({}, 'x')"));
        assert!(computed("var o = {a: 1}; for (var k in o) o[k]"));
        assert!(computed("var a = [1]; var i = 0; i = a.length + ''; a[i]"));
        assert!(computed("var s = 'x'; var o = {}; o[s + 1]"));
        assert!(computed("var o = {x: 'toString'}; o[o.x]"));
    }

    #[test]
    fn loops_and_branches_join_what_registers_hold() {
        // `k` is a number on entry to the loop but a string after one turn.
        assert!(computed("var o = {}; var k = 0; for (var j = 0; j < 2; j++) { o[k]; k = 'a' + j }"));
        assert!(computed("var o = {}; var k = 1; if (o) k = String(k); o[k]"));
        assert!(!computed("var o = {}; var k = 1; if (o) k = 'name'; o[k]"));
    }

    #[test]
    fn handlers_and_writes_are_not_assumed_to_keep_values() {
        assert!(computed("var o = {}; var k = 0; try { k = o.x; } catch (e) { } o[k]"));
        assert!(computed("var o = {}; try { throw 'toString' } catch (k) { o[k] }"));
    }
}
