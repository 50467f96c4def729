//! The well-formedness contract of a `Program`, checked once when an engine
//! loads it: every register operand (and every register range a call
//! reads) lies inside its function's frame, every branch target, handler,
//! constant, feedback slot and function index exists. Engines rely on it
//! to access registers without bounds checks, so a program that fails here
//! is never run. The emitter always produces verified programs; a failure
//! is a bug in kiln (or a damaged program image), reported as such.

use super::operands::{op_code, operand_values, OPERAND_KINDS};
use super::ops::OperandKind;
use super::{FunctionCode, Op, Program};

/// Why a program is not well formed: which function, which instruction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyError(pub String);

impl core::fmt::Display for VerifyError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "malformed bytecode: {}", self.0)
    }
}

/// Checks every function of `program`.
pub fn verify(program: &Program) -> Result<(), VerifyError> {
    for (index, code) in program.functions.iter().enumerate() {
        verify_function(program, code).map_err(|e| VerifyError(format!("function #{index}: {e}")))?;
    }
    Ok(())
}

fn verify_function(program: &Program, code: &FunctionCode) -> Result<(), String> {
    let registers = code.register_count as u64;
    if code.param_count as u64 > registers {
        return Err(format!("{} parameters but {} registers", code.param_count, registers));
    }
    if code.positions.len() != code.code.len() {
        return Err(String::from("one source position per instruction"));
    }
    let len = code.code.len() as u64;
    // Execution never runs past the end: the last instruction cannot fall through.
    match code.code.last() {
        Some(Op::Return { .. } | Op::Jump { .. } | Op::Loop { .. } | Op::Throw { .. } | Op::ThrowTypeError { .. })
        | Some(Op::ThrowReferenceError { .. } | Op::ThrowConstAssign { .. }) => {}
        Some(op) => return Err(format!("ends with {}, which falls through", op.name())),
        None => return Err(String::from("no instructions")),
    }
    let limits = Limits {
        registers,
        len,
        constants: code.constants.len() as u64,
        feedback_slots: code.feedback_slots as u64,
        functions: program.functions.len() as u64,
    };
    for (pc, op) in code.code.iter().enumerate() {
        let bad = |what: &str, value: i64| Err(format!("@{pc} {}: {what} {value} out of range", op.name()));
        let bad_operand = match *op {
            // `super()` names where its argument range starts, which for no
            // arguments may be the end of the frame: the range check below
            // covers it.
            Op::SuperCall { dst, argc: 0, .. } => {
                (!limits.allows(OperandKind::Reg, i64::from(dst))).then_some((OperandKind::Reg, i64::from(dst)))
            }
            _ => first_bad_operand(op, &limits),
        };
        if let Some((kind, value)) = bad_operand {
            return bad(kind_name(kind), value);
        }
        // Register ranges: a call reads its callee, `this` and arguments
        // from consecutive registers.
        let range_end = match *op {
            Op::Call { func, argc, .. } | Op::New { func, argc, .. } => Some(func as u64 + 2 + argc as u64),
            Op::SuperCall { args, argc, .. } => Some(args as u64 + argc as u64),
            _ => None,
        };
        if let Some(end) = range_end {
            if end > registers {
                return bad("register range end", end as i64);
            }
        }
    }
    for h in &code.handlers {
        if h.start > h.end || h.end as u64 > len || h.target as u64 >= len || h.exception as u64 >= registers {
            return Err(format!("handler {}..{} → @{} out of range", h.start, h.end, h.target));
        }
    }
    Ok(())
}

/// What operands of one function must stay below.
struct Limits {
    registers: u64,
    len: u64,
    constants: u64,
    feedback_slots: u64,
    functions: u64,
}

impl Limits {
    /// Whether an operand of this kind may hold `value`.
    fn allows(&self, kind: OperandKind, value: i64) -> bool {
        let value = value as u64;
        match kind {
            OperandKind::Reg => value < self.registers,
            OperandKind::Target => value < self.len,
            OperandKind::Const | OperandKind::Name => value < self.constants,
            OperandKind::Fb => value < self.feedback_slots,
            OperandKind::Func => value < self.functions,
            OperandKind::Slot | OperandKind::Depth | OperandKind::Count | OperandKind::Imm | OperandKind::Kind => true,
        }
    }
}

/// The first operand of `op` (in table order) that `limits` do not allow.
fn first_bad_operand(op: &Op, limits: &Limits) -> Option<(OperandKind, i64)> {
    let kinds = OPERAND_KINDS[op_code(op) as usize];
    kinds.iter().zip(operand_values(op)).find(|&(&kind, value)| !limits.allows(kind, i64::from(value))).map(|(&kind, value)| {
        // An `Imm` is never out of range; every other kind is unsigned.
        (kind, i64::from(value))
    })
}

fn kind_name(kind: OperandKind) -> &'static str {
    match kind {
        OperandKind::Reg => "register",
        OperandKind::Target => "branch target",
        OperandKind::Const | OperandKind::Name => "constant",
        OperandKind::Fb => "feedback slot",
        OperandKind::Func => "function",
        _ => "operand",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{compile, CompileOptions};

    fn compile_program(source: &str) -> Result<Program, crate::Diagnostic> {
        compile(source, CompileOptions::default())
    }

    #[test]
    fn emitted_programs_verify() {
        let program = compile_program("function f(a, b) { try { return a.x + g(b, 1, 2) } catch (e) { return e } }\nclass A extends Object { constructor() { super(1, 2) } }").expect("compiles");
        assert_eq!(verify(&program), Ok(()));
    }

    #[test]
    fn super_without_arguments_may_start_its_range_at_the_frame_end() {
        let program = compile_program("class A {} class B extends A { constructor() { super(); } }").expect("compiles");
        assert_eq!(verify(&program), Ok(()));
        let mut broken = program.clone();
        let f = broken.functions.iter_mut().find(|f| f.code.iter().any(|op| matches!(op, Op::SuperCall { .. }))).unwrap();
        let Some(Op::SuperCall { argc, .. }) = f.code.iter_mut().find(|op| matches!(op, Op::SuperCall { .. })) else {
            unreachable!()
        };
        *argc = 1;
        assert!(verify(&broken).is_err(), "one argument past the frame");
    }

    #[test]
    fn out_of_frame_registers_are_rejected() {
        let mut program = compile_program("function f(a) { return g(a, a) }").expect("compiles");
        let f = &mut program.functions[1];
        f.register_count = 1;
        let err = verify(&program).expect_err("register range past the frame");
        assert!(err.0.starts_with("function #1: @"), "{err}");
    }
}
