//! Instructions as numbers: an instruction's code (its position in
//! `for_each_op!`), the kinds of its operands, and its operand values as a
//! small array. The image codec and the verifier work on these instead of
//! matching every instruction with its own code: both are part of every
//! AOT module, where one generic loop is a fraction of the size of a
//! hundred specialised ones.

use super::ops::{Op, OperandKind};

macro_rules! operand_tables {
    ($($name:ident { $($field:ident : $kind:ident),* } $doc:literal;)*) => {
        #[allow(dead_code)]
        enum Code { $($name,)* }

        /// Number of instructions in the table.
        pub const OP_COUNT: usize = [$(stringify!($name)),*].len();

        /// The most operands an instruction has.
        pub const MAX_OPERANDS: usize = {
            let counts: [usize; OP_COUNT] = [$({ let fields: &[&str] = &[$(stringify!($field)),*]; fields.len() }),*];
            let mut max = 0;
            let mut i = 0;
            while i < counts.len() {
                if counts[i] > max {
                    max = counts[i];
                }
                i += 1;
            }
            max
        };

        /// The operand kinds of each instruction, indexed by its code.
        pub static OPERAND_KINDS: [&[OperandKind]; OP_COUNT] = [$(&[$(OperandKind::$kind),*]),*];

        /// The instruction's code: its position in the table.
        pub fn op_code(op: &Op) -> u8 {
            match op {
                $(Op::$name { .. } => Code::$name as u8,)*
            }
        }

        /// The instruction's operands in table order (an `Imm` as its bits),
        /// zero past the last.
        #[allow(unused_assignments, unused_mut)]
        pub fn operand_values(op: &Op) -> [u32; MAX_OPERANDS] {
            let mut values = [0u32; MAX_OPERANDS];
            let mut i = 0;
            match *op {
                $(Op::$name { $($field),* } => {
                    $(values[i] = $field as u32; i += 1;)*
                })*
            }
            values
        }

        /// The instruction with code `code` and these operands, or `None`
        /// for an unknown code. Each value must fit its operand's type
        /// (`fits`); wider values are truncated.
        #[allow(unused_assignments, unused_mut, unused_variables)]
        pub fn op_from_values(code: u8, values: &[u32; MAX_OPERANDS]) -> Option<Op> {
            let mut i = 0;
            let mut next = || {
                let value = values[i];
                i += 1;
                value
            };
            $(if code == Code::$name as u8 {
                return Some(Op::$name { $($field: next() as _),* });
            })*
            None
        }
    };
}

crate::for_each_op!(operand_tables);

/// Whether `value` fits the Rust type of an operand of this kind (see
/// `ops::operand_type!`).
pub fn fits(kind: OperandKind, value: u32) -> bool {
    match kind {
        OperandKind::Reg | OperandKind::Slot | OperandKind::Depth | OperandKind::Count => value <= u32::from(u16::MAX),
        OperandKind::Kind => value <= u32::from(u8::MAX),
        OperandKind::Const | OperandKind::Name | OperandKind::Target | OperandKind::Func | OperandKind::Fb => true,
        OperandKind::Imm => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_round_trip_through_the_tables() {
        let ops = [
            Op::Add { dst: 1, a: 2, b: 65535, fb: 7 },
            Op::LoadInt { dst: 3, value: -5 },
            Op::Call { dst: 0, func: 4, argc: 2, fb: 9, desc: 11 },
            Op::PopEnv {},
            Op::LoadBool { dst: 2, value: 1 },
        ];
        for op in ops {
            let code = op_code(&op);
            let values = operand_values(&op);
            assert_eq!(op_from_values(code, &values), Some(op));
            let kinds = OPERAND_KINDS[code as usize];
            assert!(kinds.iter().zip(values).all(|(&k, v)| fits(k, v)));
            assert!(values[kinds.len()..].iter().all(|&v| v == 0));
        }
        assert_eq!(op_from_values(OP_COUNT as u8, &[0; MAX_OPERANDS]), None);
        assert_eq!(MAX_OPERANDS, OPERAND_KINDS.iter().map(|k| k.len()).max().unwrap());
    }
}
