//! The bytecode instruction set, defined once in `for_each_op!`. The table
//! generates the `Op` enum, the disassembler's operand listing and the
//! per-op metadata; the interpreter, the JIT tiers and the wasm backend all
//! match on the same `Op`. Instructions are three-address over frame
//! registers: `Add { dst, a, b, fb }` reads registers `a` and `b` and writes
//! `dst`. Every property access, call, arithmetic and comparison op owns a
//! feedback slot `fb` (an index into the function's feedback vector).
//!
//! Operand kinds: `Reg` (frame register), `Const` (index into the function's
//! constant pool), `Name` (constant-pool index of a property-name string),
//! `Target` (instruction index), `Func` (index into the program's function
//! table), `Slot` (environment slot), `Depth` (environment hops), `Count`,
//! `Fb` (feedback slot), `Imm` (immediate i32), `Kind` (small enum tag).

/// A frame register.
pub type Reg = u16;
/// An index into the function's constant pool.
pub type Const = u32;
/// An instruction index inside the same function.
pub type Target = u32;
/// A feedback-vector slot.
pub type Fb = u32;

/// Invokes `$m!` with the whole instruction table:
/// `Name { field: Kind, ... } "description"`.
#[macro_export]
macro_rules! for_each_op {
    ($m:ident) => {
        $m! {
            // ---- loads and moves ------------------------------------------------
            Mov { dst: Reg, src: Reg } "dst = src";
            LoadConst { dst: Reg, idx: Const } "dst = constants[idx] (number or string)";
            LoadInt { dst: Reg, value: Imm } "dst = int32 immediate";
            LoadUndefined { dst: Reg } "dst = undefined";
            LoadNull { dst: Reg } "dst = null";
            LoadBool { dst: Reg, value: Kind } "dst = value != 0";
            LoadThis { dst: Reg } "dst = this (ReferenceError in a derived constructor before super())";
            LoadNewTarget { dst: Reg } "dst = new.target";
            LoadCallee { dst: Reg } "dst = the running function (a named function expression's own name)";
            CreateArguments { dst: Reg } "dst = a new arguments object of the running call";
            LoadUninit { dst: Reg } "dst = the TDZ marker (a let/const not yet initialized)";
            CheckInit { src: Reg, name: Name } "ReferenceError \"Cannot access 'name' before initialization\" if src holds the TDZ marker";
            ThrowConstAssign { name: Name } "TypeError: Assignment to constant variable.";

            // ---- variables in closure environments and globals -----------------
            PushEnv { size: Count } "env = new environment(size slots, parent = env)";
            PopEnv {} "env = env.parent";
            CopyEnv {} "env = a copy of env (fresh per-iteration bindings of a for-let loop)";
            SaveEnv { dst: Reg } "dst = env (to restore after an exception)";
            RestoreEnv { src: Reg } "env = src";
            LoadEnv { dst: Reg, depth: Depth, slot: Slot } "dst = env[depth hops up][slot]";
            LoadEnvChecked { dst: Reg, depth: Depth, slot: Slot, name: Name } "as LoadEnv, then the TDZ check of CheckInit";
            StoreEnv { src: Reg, depth: Depth, slot: Slot } "env[depth][slot] = src";
            GetGlobal { dst: Reg, name: Name, fb: Fb } "dst = global name (ReferenceError if absent)";
            TypeofGlobal { dst: Reg, name: Name } "dst = typeof global name (no ReferenceError)";
            SetGlobal { src: Reg, name: Name, strict: Kind, fb: Fb } "global name = src (strict: ReferenceError if undeclared)";
            DeclareGlobalVar { name: Name } "creates global var `name` = undefined unless it exists";
            DeclareGlobalFunc { name: Name, src: Reg } "global function declaration: global[name] = src";

            // ---- objects and properties ----------------------------------------
            NewObject { dst: Reg } "dst = {}";
            NewArray { dst: Reg, capacity: Count } "dst = [] with room for capacity elements";
            ArrayPush { array: Reg, src: Reg } "array literal element: append src";
            ArrayPushHole { array: Reg } "array literal elision: append a hole";
            GetNamed { dst: Reg, obj: Reg, name: Name, fb: Fb } "dst = obj.name (inline cache in fb)";
            SetNamed { obj: Reg, name: Name, src: Reg, strict: Kind, fb: Fb } "obj.name = src";
            GetIndexed { dst: Reg, obj: Reg, key: Reg, fb: Fb } "dst = obj[key]";
            SetIndexed { obj: Reg, key: Reg, src: Reg, strict: Kind, fb: Fb } "obj[key] = src";
            DefineNamed { obj: Reg, name: Name, src: Reg } "object literal: define own enumerable obj.name = src";
            DefineIndexed { obj: Reg, key: Reg, src: Reg } "object literal: define own enumerable obj[key] = src";
            DefineMethod { obj: Reg, key: Reg, func: Reg, kind: Kind } "define method/getter/setter (kind 0/1/2; +4 enumerable) with home object obj";
            DeleteNamed { dst: Reg, obj: Reg, name: Name, strict: Kind } "dst = delete obj.name";
            DeleteIndexed { dst: Reg, obj: Reg, key: Reg, strict: Kind } "dst = delete obj[key]";
            DeleteGlobal { dst: Reg, name: Name } "dst = delete name (sloppy mode unqualified delete)";
            SuperGet { dst: Reg, key: Reg } "dst = super[key] with this as receiver";
            SuperSet { key: Reg, src: Reg } "super[key] = src with this as receiver";

            // ---- functions and classes -------------------------------------------
            MakeClosure { dst: Reg, func: Func } "dst = closure of function func over env";
            MakeClass { dst: Reg, func: Func, parent: Reg, has_parent: Kind } "dst = class constructor func; prototype chain from parent (if has_parent)";
            SetFields { ctor: Reg, func: Reg } "the instance-field initializer of class ctor is func";
            SetHomeObject { func: Reg, home: Reg } "func's home object (for super) is home";
            Call { dst: Reg, func: Reg, argc: Count, fb: Fb, desc: Const } "dst = regs[func](this = regs[func+1], args = regs[func+2 ..]); desc names the callee in errors";
            New { dst: Reg, func: Reg, argc: Count, fb: Fb, desc: Const } "dst = new regs[func](args = regs[func+2 ..])";
            SuperCall { dst: Reg, args: Reg, argc: Count } "dst = this = super(args = regs[args ..]) in a derived constructor";
            SuperCallForward { dst: Reg } "the implicit constructor(...args) { super(...args) } of a derived class";
            Return { src: Reg } "returns src";

            // ---- operators ---------------------------------------------------------
            Add { dst: Reg, a: Reg, b: Reg, fb: Fb } "dst = a + b";
            Sub { dst: Reg, a: Reg, b: Reg, fb: Fb } "dst = a - b";
            Mul { dst: Reg, a: Reg, b: Reg, fb: Fb } "dst = a * b";
            Div { dst: Reg, a: Reg, b: Reg, fb: Fb } "dst = a / b";
            Rem { dst: Reg, a: Reg, b: Reg, fb: Fb } "dst = a % b";
            Exp { dst: Reg, a: Reg, b: Reg, fb: Fb } "dst = a ** b";
            BitAnd { dst: Reg, a: Reg, b: Reg, fb: Fb } "dst = a & b";
            BitOr { dst: Reg, a: Reg, b: Reg, fb: Fb } "dst = a | b";
            BitXor { dst: Reg, a: Reg, b: Reg, fb: Fb } "dst = a ^ b";
            Shl { dst: Reg, a: Reg, b: Reg, fb: Fb } "dst = a << b";
            Shr { dst: Reg, a: Reg, b: Reg, fb: Fb } "dst = a >> b";
            UShr { dst: Reg, a: Reg, b: Reg, fb: Fb } "dst = a >>> b";
            Eq { dst: Reg, a: Reg, b: Reg, fb: Fb } "dst = a == b";
            Ne { dst: Reg, a: Reg, b: Reg, fb: Fb } "dst = a != b";
            StrictEq { dst: Reg, a: Reg, b: Reg, fb: Fb } "dst = a === b";
            StrictNe { dst: Reg, a: Reg, b: Reg, fb: Fb } "dst = a !== b";
            Lt { dst: Reg, a: Reg, b: Reg, fb: Fb } "dst = a < b";
            Le { dst: Reg, a: Reg, b: Reg, fb: Fb } "dst = a <= b";
            Gt { dst: Reg, a: Reg, b: Reg, fb: Fb } "dst = a > b";
            Ge { dst: Reg, a: Reg, b: Reg, fb: Fb } "dst = a >= b";
            In { dst: Reg, key: Reg, obj: Reg } "dst = key in obj";
            InstanceOf { dst: Reg, a: Reg, b: Reg } "dst = a instanceof b";
            Neg { dst: Reg, src: Reg, fb: Fb } "dst = -src";
            Plus { dst: Reg, src: Reg } "dst = +src (ToNumber)";
            Not { dst: Reg, src: Reg } "dst = !src";
            BitNot { dst: Reg, src: Reg } "dst = ~src";
            Typeof { dst: Reg, src: Reg } "dst = typeof src";
            Inc { dst: Reg, src: Reg, fb: Fb } "dst = ToNumber(src) + 1";
            Dec { dst: Reg, src: Reg, fb: Fb } "dst = ToNumber(src) - 1";
            ToNumeric { dst: Reg, src: Reg } "dst = ToNumber(src) (postfix ++/-- old value)";
            ToString { dst: Reg, src: Reg } "dst = ToString(src) (template literals)";
            ToPropertyKey { dst: Reg, src: Reg } "dst = ToPropertyKey(src) as a string or integer (computed class field names)";

            // ---- control flow -------------------------------------------------------
            Jump { target: Target } "pc = target";
            Loop { target: Target } "backward jump to a loop header: counts the back-edge, safepoint for GC and interrupts";
            JumpIfTrue { cond: Reg, target: Target } "if ToBoolean(cond) pc = target";
            JumpIfNotLt { a: Reg, b: Reg, target: Target, fb: Fb } "if !(a < b) pc = target (a loop or if test, fused)";
            JumpIfNotLe { a: Reg, b: Reg, target: Target, fb: Fb } "if !(a <= b) pc = target";
            JumpIfNotGt { a: Reg, b: Reg, target: Target, fb: Fb } "if !(a > b) pc = target";
            JumpIfNotGe { a: Reg, b: Reg, target: Target, fb: Fb } "if !(a >= b) pc = target";
            JumpIfNotStrictEq { a: Reg, b: Reg, target: Target, fb: Fb } "if !(a === b) pc = target";
            JumpIfStrictEq { a: Reg, b: Reg, target: Target, fb: Fb } "if a === b pc = target (an if test of a !== b)";
            JumpIfFalse { cond: Reg, target: Target } "if !ToBoolean(cond) pc = target";
            JumpIfNullish { src: Reg, target: Target } "if src is null or undefined pc = target";
            JumpIfNotNullish { src: Reg, target: Target } "if src is neither null nor undefined pc = target";
            JumpIfUndefined { src: Reg, target: Target } "if src === undefined pc = target";
            Throw { src: Reg } "throws src";
            ThrowTypeError { msg: Const } "throws a TypeError with message constants[msg]";
            ThrowReferenceError { msg: Const } "throws a ReferenceError with message constants[msg]";

            // ---- iteration -----------------------------------------------------------
            ForInStart { dst: Reg, obj: Reg } "dst = iterator over the enumerable string keys of obj and its prototypes";
            ForInNext { dst: Reg, iter: Reg, done: Target } "dst = next key, or pc = done";
            GetIterator { dst: Reg, obj: Reg } "dst = iterator of obj (arrays, strings, Map, Set)";
            IterNext { dst: Reg, iter: Reg, done: Target } "dst = next value, or pc = done";
            IterClose { iter: Reg } "ends a for-of iteration early (break, return)";
            Nop {} "does nothing (debugger statements)";
        }
    };
}

macro_rules! define_ops {
    ($($name:ident { $($field:ident : $kind:ident),* } $doc:literal;)*) => {
        /// One bytecode instruction (generated from `for_each_op!`).
        #[derive(Clone, Copy, Debug, PartialEq)]
        pub enum Op {
            $(#[doc = $doc] $name { $($field: operand_type!($kind)),* },)*
        }

        impl Op {
            /// The instruction's name, as the disassembler prints it.
            pub fn name(&self) -> &'static str {
                match self {
                    $(Op::$name { .. } => stringify!($name),)*
                }
            }

            /// Each operand as (field name, kind, value), for the disassembler.
            pub fn operands(&self) -> alloc_vec::Vec<(&'static str, OperandKind, i64)> {
                #[allow(unused_mut)]
                match *self {
                    $(Op::$name { $($field),* } => {
                        let mut v = alloc_vec::Vec::new();
                        $(v.push((stringify!($field), OperandKind::$kind, $field as i64));)*
                        v
                    })*
                }
            }
        }

        /// Every instruction name, in table order.
        pub const OP_NAMES: &[&str] = &[$(stringify!($name)),*];
    };
}

macro_rules! operand_type {
    (Reg) => { Reg };
    (Const) => { Const };
    (Name) => { Const };
    (Target) => { Target };
    (Func) => { u32 };
    (Slot) => { u16 };
    (Depth) => { u16 };
    (Count) => { u16 };
    (Fb) => { Fb };
    (Imm) => { i32 };
    (Kind) => { u8 };
}

use std::vec as alloc_vec;

/// How the disassembler shows an operand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OperandKind {
    Reg,
    Const,
    Name,
    Target,
    Func,
    Slot,
    Depth,
    Count,
    Fb,
    Imm,
    Kind,
}

for_each_op!(define_ops);

/// `DefineMethod` kinds.
pub const METHOD_KIND_METHOD: u8 = 0;
pub const METHOD_KIND_GETTER: u8 = 1;
pub const METHOD_KIND_SETTER: u8 = 2;
/// Added to a `DefineMethod` kind for enumerable properties (object literals).
pub const METHOD_ENUMERABLE: u8 = 4;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn op_stays_small() {
        // Dispatch speed depends on a compact instruction stream.
        assert!(std::mem::size_of::<Op>() <= 16, "Op is {} bytes", std::mem::size_of::<Op>());
    }

    #[test]
    fn operands_listed_in_table_order() {
        let op = Op::Add { dst: 1, a: 2, b: 3, fb: 4 };
        let names: Vec<_> = op.operands().iter().map(|o| o.0).collect();
        assert_eq!(names, ["dst", "a", "b", "fb"]);
        assert_eq!(op.name(), "Add");
        assert!(OP_NAMES.contains(&"GetNamed"));
    }
}
