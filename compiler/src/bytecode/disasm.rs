//! Human-readable bytecode (`kiln dis`): one line per instruction with
//! named operands, constants shown inline and handler tables listed.

use super::ops::OperandKind;
use super::program::{Constant, FunctionCode, Program};
use std::fmt::Write;

pub fn disassemble(program: &Program) -> String {
    let mut out = String::new();
    for (index, f) in program.functions.iter().enumerate() {
        disassemble_function(program, index, f, &mut out);
    }
    out
}

fn constant_text(program: &Program, f: &FunctionCode, idx: i64) -> String {
    match f.constants.get(idx as usize) {
        Some(Constant::Number(n)) => format!("{}", n),
        Some(Constant::String(a)) => format!("{:?}", program.atoms.text(*a)),
        None => format!("<bad constant {}>", idx),
    }
}

fn disassemble_function(program: &Program, index: usize, f: &FunctionCode, out: &mut String) {
    let name = program.atoms.text(f.name);
    let _ = writeln!(
        out,
        "function #{} {:?} ({:?}{}, params {}, registers {}, feedback slots {})",
        index,
        name,
        f.flavor,
        if f.strict { ", strict" } else { "" },
        f.param_count,
        f.register_count,
        f.feedback_slots
    );
    for (pc, op) in f.code.iter().enumerate() {
        let mut line = format!("  {:4}  {:<18}", pc, op.name());
        let operands: Vec<String> = op
            .operands()
            .into_iter()
            .map(|(field, kind, value)| match kind {
                OperandKind::Reg => format!("{}=r{}", field, value),
                OperandKind::Const | OperandKind::Name => format!("{}={}", field, constant_text(program, f, value)),
                OperandKind::Target => format!("{}=@{}", field, value),
                OperandKind::Func => format!("{}=#{}", field, value),
                OperandKind::Fb => format!("fb{}", value),
                _ => format!("{}={}", field, value),
            })
            .collect();
        line.push_str(&operands.join(" "));
        let _ = writeln!(out, "{}", line.trim_end());
    }
    for h in &f.handlers {
        let _ = writeln!(out, "  handler [{}, {}) -> @{} exception r{}", h.start, h.end, h.target, h.exception);
    }
    out.push('\n');
}
