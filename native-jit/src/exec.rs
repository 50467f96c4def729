//! The meaning of each bytecode instruction, written once: `exec` runs one
//! op against the current frame. The interpreter's dispatch loop calls it
//! for every op (inlined), and AOT-compiled wasm calls it through per-op
//! entry points for the ops it does not compile inline. int32 and double
//! fast paths and inline-cache hits come first, the runtime's abstract
//! operations after. Control flow is reported back (`Flow`): the caller
//! owns the program counter, calls between bytecode functions and
//! exception unwinding.

use crate::feedback::types;
use crate::ic::*;
use crate::slow_paths::*;
use crate::vm::Vm;
use kiln_compiler::bytecode::Op;
use kiln_runtime::error::{reference_error, throw_value, type_error};
use kiln_runtime::host::{JsResult, Thrown};
use kiln_runtime::number::to_int32;
use kiln_runtime::object::Class;
use kiln_runtime::ops;
use kiln_runtime::property::OwnProp;
use kiln_runtime::shape::{PropFlags, PropKey};
use kiln_runtime::Value;
use std::sync::atomic::Ordering;

/// Which numeric operation a binary op performs (shared slow path).
#[derive(Clone, Copy)]
enum Arith {
    Sub,
    Mul,
    Div,
    Rem,
    Exp,
    BitAnd,
    BitOr,
    BitXor,
    Shl,
    Shr,
    UShr,
}

pub(crate) fn type_bits(rt: &kiln_runtime::Runtime, v: Value) -> u8 {
    if v.is_int() {
        types::INT32
    } else if v.is_double() {
        types::DOUBLE
    } else if rt.is_string(v) {
        types::STRING
    } else {
        types::OTHER
    }
}

/// JavaScript `**` (Math.pow semantics: 1 ** ±Infinity and ±1 ** NaN are NaN).
pub fn js_pow(a: f64, b: f64) -> f64 {
    kiln_runtime::builtins::math::exponentiate(a, b)
}

fn arith(op: Arith, x: f64, y: f64) -> Value {
    match op {
        Arith::Sub => Value::number(x - y),
        Arith::Mul => Value::number(x * y),
        Arith::Div => Value::number(x / y),
        Arith::Rem => Value::number(x % y),
        Arith::Exp => Value::number(js_pow(x, y)),
        Arith::BitAnd => Value::int(to_int32(x) & to_int32(y)),
        Arith::BitOr => Value::int(to_int32(x) | to_int32(y)),
        Arith::BitXor => Value::int(to_int32(x) ^ to_int32(y)),
        Arith::Shl => Value::int(to_int32(x).wrapping_shl(to_int32(y) as u32 & 31)),
        Arith::Shr => Value::int(to_int32(x) >> (to_int32(y) as u32 & 31)),
        Arith::UShr => Value::number(((to_int32(x) as u32) >> (to_int32(y) as u32 & 31)) as f64),
    }
}

/// The int32 fast path of a binary op, when it stays int32.
#[inline]
fn int_arith(op: Arith, a: i32, b: i32) -> Option<Value> {
    Some(match op {
        Arith::Sub => Value::int(a.checked_sub(b)?),
        Arith::Mul => {
            let r = a.checked_mul(b)?;
            if r == 0 && (a < 0 || b < 0) {
                return None;
            }
            Value::int(r)
        }
        Arith::Div => {
            // (i32::MIN / -1 overflows: checked before the remainder.)
            if b == 0 || (a == i32::MIN && b == -1) || a % b != 0 || (a == 0 && b < 0) {
                return None;
            }
            Value::int(a / b)
        }
        Arith::Rem => {
            if b == 0 || (a == i32::MIN && b == -1) {
                return None;
            }
            let r = a % b;
            if r == 0 && a < 0 {
                return None;
            }
            Value::int(r)
        }
        Arith::BitAnd => Value::int(a & b),
        Arith::BitOr => Value::int(a | b),
        Arith::BitXor => Value::int(a ^ b),
        Arith::Shl => Value::int(a.wrapping_shl(b as u32 & 31)),
        Arith::Shr => Value::int(a >> (b as u32 & 31)),
        Arith::UShr => Value::number(((a as u32) >> (b as u32 & 31)) as f64),
        Arith::Exp => return None,
    })
}

#[derive(Clone, Copy)]
enum Cmp {
    Lt,
    Le,
    Gt,
    Ge,
}

/// What the caller of `exec` does next.
pub enum Flow {
    /// Go on with the next instruction.
    Next,
    /// Continue at this instruction (a taken branch or a loop back-edge).
    Jump(u32),
    /// The function returns this value.
    Return(Value),
    /// An exception is pending in `Runtime::pending_exception`.
    Threw,
}

/// Runs `op`, instruction `pc` of the running (top) frame, whose registers
/// are at `regs`: what compiled code's per-op entry points do (the AOT
/// wasm backend's and the baseline tier's).
#[inline(always)]
pub fn exec_in_top_frame(vm: &mut Vm, regs: *mut Value, pc: usize, op: Op) -> Flow {
    let fi = vm.frames.len() - 1;
    let frame = &vm.frames[fi];
    let (func, base, env) = (frame.func, frame.base, frame.env);
    let strict = vm.program.functions[func as usize].strict;
    let mut cur = Cursor { func, regs, fi, base, env, pc: pc + 1, strict };
    exec(vm, &mut cur, op)
}

/// Where an instruction runs: the frame and its function.
#[derive(Clone, Copy)]
pub struct Cursor {
    /// The running bytecode function.
    pub func: u32,
    /// Its frame's registers: `vm.stack.frame(base)`, valid while the frame
    /// lives (the register stack never moves).
    pub regs: *mut Value,
    /// Its frame's index in `Vm::frames`.
    pub fi: usize,
    /// Its first register in `Vm::stack`.
    pub base: usize,
    /// The current environment (kept in step with the frame's).
    pub env: Value,
    /// The index of the instruction after this one.
    pub pc: usize,
    /// The function is strict-mode code.
    pub strict: bool,
}

/// Runs `op`, the instruction at `cur.pc - 1` of the frame `cur` describes.
#[inline(always)]
pub fn exec(vm: &mut Vm, cur: &mut Cursor, op: Op) -> Flow {
    let Cursor { func, regs, fi, base, env, pc, .. } = *cur;
    macro_rules! clear_call_regs {
        ($f:expr, $argc:expr) => {{
            let start = base + $f as usize;
            for slot in &mut vm.stack[start..start + 2 + $argc as usize] {
                *slot = Value::UNDEFINED;
            }
        }};
    }
    macro_rules! r {
        ($reg:expr) => {
            // SAFETY: `regs` is the live frame's first register (see
            // `Cursor::regs`), and every register operand is below the
            // function's register count (`bytecode::verify`, run when the
            // program was loaded), so the access is inside the frame.
            *unsafe { &mut *regs.add($reg as usize) }
        };
    }
    macro_rules! tri {
        ($e:expr) => {
            match $e {
                Ok(v) => v,
                Err(Thrown) => return Flow::Threw,
            }
        };
    }
    macro_rules! sync_pc {
        () => {
            vm.frames[fi].pc = (pc - 1) as u32
        };
    }
    macro_rules! set_env {
        ($e:expr) => {{
            let e = $e;
            cur.env = e;
            vm.frames[fi].env = e;
        }};
    }
    macro_rules! binary {
        ($op:expr, $dst:expr, $a:expr, $b:expr, $fb:expr) => {{
            let (x, y) = (r!($a), r!($b));
            if x.is_int() && y.is_int() {
                if let Some(v) = int_arith($op, x.as_int(), y.as_int()) {
                    r!($dst) = v;
                    return Flow::Next;
                }
            }
            if x.is_number() && y.is_number() {
                r!($dst) = arith($op, x.as_number(), y.as_number());
                return Flow::Next;
            }
            sync_pc!();
            record_types(vm, func, $fb, x, y);
            vm.no_gc += 1;
            let v = (|| -> JsResult<Value> {
                let xn = ops::to_number(vm, x)?;
                let yn = ops::to_number(vm, y)?;
                Ok(arith($op, xn, yn))
            })();
            vm.no_gc -= 1;
            r!($dst) = tri!(v);
        }};
    }
    // The truth of a relational comparison: two int32s compare inline,
    // anything else goes through the abstract relational comparison.
    macro_rules! compared {
        ($cmp:expr, $a:expr, $b:expr) => {{
            let (x, y) = (r!($a), r!($b));
            if x.is_int() && y.is_int() {
                let (p, q) = (x.as_int(), y.as_int());
                match $cmp {
                    Cmp::Lt => p < q,
                    Cmp::Le => p <= q,
                    Cmp::Gt => p > q,
                    Cmp::Ge => p >= q,
                }
            } else {
                sync_pc!();
                vm.no_gc += 1;
                let v = match $cmp {
                    Cmp::Lt => ops::less_than(vm, x, y, true).map(|r| r == Some(true)),
                    Cmp::Gt => ops::less_than(vm, y, x, false).map(|r| r == Some(true)),
                    Cmp::Le => ops::less_than(vm, y, x, false).map(|r| r == Some(false)),
                    Cmp::Ge => ops::less_than(vm, x, y, true).map(|r| r == Some(false)),
                };
                vm.no_gc -= 1;
                tri!(v)
            }
        }};
    }

    macro_rules! compare {
        ($cmp:expr, $dst:expr, $a:expr, $b:expr) => {{
            r!($dst) = Value::bool(compared!($cmp, $a, $b));
        }};
    }

    // A fused compare-and-branch: jumps when the comparison is false.
    macro_rules! branch_unless {
        ($cmp:expr, $a:expr, $b:expr, $target:expr) => {{
            if !compared!($cmp, $a, $b) {
                return Flow::Jump($target);
            }
        }};
    }

    match op {
        Op::Mov { dst, src } => r!(dst) = r!(src),
        Op::LoadConst { dst, idx } => r!(dst) = vm.loaded.constants[func as usize][idx as usize],
        Op::LoadInt { dst, value } => r!(dst) = Value::int(value),
        Op::LoadUndefined { dst } => r!(dst) = Value::UNDEFINED,
        Op::LoadNull { dst } => r!(dst) = Value::NULL,
        Op::LoadBool { dst, value } => r!(dst) = Value::bool(value != 0),
        Op::LoadThis { dst } => {
            let this = vm.frames[fi].this;
            if this == Value::UNINITIALIZED {
                sync_pc!();
                tri!(Err(reference_error(
                    vm,
                    "Must call super constructor in derived class before accessing 'this' or returning from derived constructor"
                )));
            }
            r!(dst) = this;
        }
        Op::LoadNewTarget { dst } => r!(dst) = vm.frames[fi].new_target,
        Op::LoadCallee { dst } => r!(dst) = vm.frames[fi].callee,
        Op::CreateArguments { dst } => r!(dst) = create_arguments(vm, fi, cur.strict),
        Op::LoadUninit { dst } => r!(dst) = Value::UNINITIALIZED,
        Op::CheckInit { src, name } => {
            if r!(src) == Value::UNINITIALIZED {
                sync_pc!();
                let msg = format!("Cannot access '{}' before initialization", const_text(vm, func, name));
                tri!(Err(reference_error(vm, &msg)));
            }
        }
        Op::ThrowConstAssign { .. } => {
            sync_pc!();
            tri!(Err(type_error(vm, "Assignment to constant variable.")));
        }

        Op::PushEnv { size } => {
            let e = vm.rt.heap.alloc_env(env, size as usize);
            set_env!(e);
        }
        Op::PopEnv {} => {
            let parent = vm.rt.heap.env(env.as_ref()).parent;
            set_env!(parent);
        }
        Op::CopyEnv {} => {
            let (parent, slots) = {
                let e = vm.rt.heap.env(env.as_ref());
                (e.parent, e.slots().to_vec())
            };
            let copy = vm.rt.heap.alloc_env_from(parent, &slots);
            set_env!(copy);
        }
        Op::SaveEnv { dst } => r!(dst) = env,
        Op::RestoreEnv { src } => set_env!(r!(src)),
        Op::LoadEnv { dst, depth, slot } => r!(dst) = env_slot(vm, env, depth, slot),
        Op::LoadEnvChecked { dst, depth, slot, name } => {
            let v = env_slot(vm, env, depth, slot);
            if v == Value::UNINITIALIZED {
                sync_pc!();
                let msg = format!("Cannot access '{}' before initialization", const_text(vm, func, name));
                tri!(Err(reference_error(vm, &msg)));
            }
            r!(dst) = v;
        }
        Op::StoreEnv { src, depth, slot } => {
            let mut e = env;
            for _ in 0..depth {
                e = vm.rt.heap.env(e.as_ref()).parent;
            }
            let v = r!(src);
            vm.rt.heap.env_mut(e.as_ref()).slots_mut()[slot as usize] = v;
        }
        Op::GetGlobal { dst, name, fb } => {
            if let Some(v) = crate::ic::cached_global_load(vm, func, fb) {
                r!(dst) = v;
                return Flow::Next;
            }
            sync_pc!();
            r!(dst) = tri!(get_global_and_cache(vm, func, name, fb));
        }
        Op::TypeofGlobal { dst, name } => {
            sync_pc!();
            let key = vm.loaded.keys[func as usize][name as usize];
            let global = vm.rt.global;
            let v = if tri!(ops::has_property(vm, global, key)) { tri!(ops::get(vm, global, key)) } else { Value::UNDEFINED };
            let atom = ops::typeof_atom(&vm.rt, v);
            r!(dst) = vm.rt.atom_string(atom);
        }
        Op::SetGlobal { src, name, strict, .. } => {
            sync_pc!();
            let key = vm.loaded.keys[func as usize][name as usize];
            let v = r!(src);
            tri!(set_global(vm, key, v, strict != 0));
        }
        Op::DeclareGlobalVar { name } => {
            let key = vm.loaded.keys[func as usize][name as usize];
            let global = vm.rt.global;
            if let OwnProp::None = vm.rt.get_own(global, key) {
                vm.rt.define_own(global, key, Value::UNDEFINED, PropFlags(PropFlags::WRITABLE | PropFlags::ENUMERABLE));
            }
        }
        Op::DeclareGlobalFunc { name, src } => {
            let key = vm.loaded.keys[func as usize][name as usize];
            let global = vm.rt.global;
            let v = r!(src);
            vm.rt.define_own(global, key, v, PropFlags(PropFlags::WRITABLE | PropFlags::ENUMERABLE));
        }

        Op::NewObject { dst } => r!(dst) = vm.rt.new_object(),
        Op::NewArray { dst, capacity } => r!(dst) = vm.rt.new_array(Vec::with_capacity(capacity as usize)),
        Op::ArrayPush { array, src } => {
            let v = r!(src);
            if let Some(Class::Array(elements)) = vm.rt.obj_mut(r!(array)).map(|o| &mut o.class) {
                elements.push(v);
            }
        }
        Op::ArrayPushHole { array } => {
            if let Some(Class::Array(elements)) = vm.rt.obj_mut(r!(array)).map(|o| &mut o.class) {
                elements.push(Value::HOLE);
            }
        }
        Op::GetNamed { dst, obj, name, fb } => {
            let o = r!(obj);
            // The probes of `cached_named_load`, spelled out as the
            // interpreter's loop was measured with (its inlining is touchy).
            if let Some(v) = ic_load(vm, func, fb, o) {
                r!(dst) = v;
                return Flow::Next;
            }
            if let Some(v) = ic_proto_load(vm, func, fb, o) {
                r!(dst) = v;
                return Flow::Next;
            }
            let key = vm.loaded.keys[func as usize][name as usize];
            if key == PropKey::Atom(kiln_runtime::atoms::LENGTH) {
                if let Some(Class::Array(elements)) = vm.rt.obj(o).map(|x| &x.class) {
                    r!(dst) = Value::number(elements.length() as f64);
                    return Flow::Next;
                }
                if vm.rt.is_string(o) {
                    r!(dst) = Value::int(vm.rt.heap.string_len(o.as_ref()) as i32);
                    return Flow::Next;
                }
            }
            sync_pc!();
            let v = tri!(ops::get(vm, o, key));
            ic_record(vm, func, fb, o, key);
            record_proto_hit(vm, func, fb, o, key);
            r!(dst) = v;
        }
        Op::SetNamed { obj, name, src, strict, fb } => {
            let (o, v) = (r!(obj), r!(src));
            if cached_named_store(vm, func, fb, o, v) {
                return Flow::Next;
            }
            sync_pc!();
            let key = vm.loaded.keys[func as usize][name as usize];
            let before = transition_state(vm, o);
            tri!(ops::set(vm, o, key, v, strict != 0));
            ic_record(vm, func, fb, o, key);
            if let Some(before) = before {
                record_transition(vm, func, fb, o, key, before);
            }
        }
        Op::GetIndexed { dst, obj, key, .. } => {
            let (o, k) = (r!(obj), r!(key));
            if k.is_int() && k.as_int() >= 0 {
                if let Some(Class::Array(elements)) = vm.rt.obj(o).map(|x| &x.class) {
                    if let Some(&v) = elements.get(k.as_int() as usize) {
                        if !v.is_hole() {
                            r!(dst) = v;
                            return Flow::Next;
                        }
                    }
                }
            }
            sync_pc!();
            if o.is_nullish() {
                tri!(Err(nullish_base_error(vm, o, k, "read", "reading")));
            }
            let pk = tri!(ops::to_property_key(vm, k));
            r!(dst) = tri!(ops::get(vm, o, pk));
        }
        Op::SetIndexed { obj, key, src, strict, .. } => {
            let (o, k, v) = (r!(obj), r!(key), r!(src));
            if k.is_int() && k.as_int() >= 0 {
                if let Some(obj) = vm.rt.obj_mut(o) {
                    let extensible = obj.extensible;
                    if let Class::Array(elements) = &mut obj.class {
                        let i = k.as_int() as usize;
                        if i < elements.len() && !elements[i].is_hole() {
                            elements[i] = v;
                            return Flow::Next;
                        }
                        if i == elements.len() && extensible && obj.dict.is_none() {
                            elements.push(v);
                            return Flow::Next;
                        }
                    }
                }
            }
            sync_pc!();
            if o.is_nullish() {
                tri!(Err(nullish_base_error(vm, o, k, "set", "setting")));
            }
            let pk = tri!(ops::to_property_key(vm, k));
            tri!(ops::set(vm, o, pk, v, strict != 0));
        }
        Op::DefineNamed { obj, name, src } => {
            let key = vm.loaded.keys[func as usize][name as usize];
            let (o, v) = (r!(obj), r!(src));
            vm.rt.define_own(o, key, v, PropFlags::DATA);
        }
        Op::DefineIndexed { obj, key, src } => {
            sync_pc!();
            let kv = r!(key);
            let pk = tri!(ops::to_property_key(vm, kv));
            let (o, v) = (r!(obj), r!(src));
            // CreateDataPropertyOrThrow: e.g. `static ['prototype'] = 1`.
            if let OwnProp::Slot(_, flags) = vm.rt.get_own(o, pk) {
                if !flags.configurable() {
                    let msg = format!("Cannot redefine property: {}", vm.rt.key_text(pk));
                    tri!(Err(type_error(vm, &msg)));
                }
            }
            if !vm.rt.define_own(o, pk, v, PropFlags::DATA) {
                let msg = format!("Cannot define property {}, object is not extensible", vm.rt.key_text(pk));
                tri!(Err(type_error(vm, &msg)));
            }
        }
        Op::DefineMethod { obj, key, func: f, kind } => {
            sync_pc!();
            let kv = r!(key);
            let pk = tri!(ops::to_property_key(vm, kv));
            let (o, fv) = (r!(obj), r!(f));
            // DefinePropertyOrThrow: e.g. `static prototype()` via a computed key.
            if let OwnProp::Slot(_, flags) = vm.rt.get_own(o, pk) {
                if !flags.configurable() {
                    let msg = format!("Cannot redefine property: {}", vm.rt.key_text(pk));
                    tri!(Err(type_error(vm, &msg)));
                }
            }
            vm.define_method(o, pk, fv, kind);
        }
        Op::DeleteNamed { dst, obj, name, strict } => {
            sync_pc!();
            let key = vm.loaded.keys[func as usize][name as usize];
            let o = r!(obj);
            r!(dst) = Value::bool(tri!(ops::delete_property(vm, o, key, strict != 0)));
        }
        Op::DeleteIndexed { dst, obj, key, strict } => {
            sync_pc!();
            let o = r!(obj);
            let kv = r!(key);
            let pk = tri!(ops::to_property_key(vm, kv));
            r!(dst) = Value::bool(tri!(ops::delete_property(vm, o, pk, strict != 0)));
        }
        Op::DeleteGlobal { dst, name } => {
            sync_pc!();
            let key = vm.loaded.keys[func as usize][name as usize];
            let global = vm.rt.global;
            r!(dst) = Value::bool(tri!(ops::delete_property(vm, global, key, false)));
        }
        Op::SuperGet { dst, key } => {
            sync_pc!();
            let kv = r!(key);
            let pk = tri!(ops::to_property_key(vm, kv));
            let home_proto = super_base(vm, fi);
            let this = vm.frames[fi].this;
            if !vm.rt.is_object(home_proto) {
                let msg = format!("Cannot read properties of {} (reading '{}')", if home_proto.is_null() { "null" } else { "undefined" }, vm.rt.key_text(pk));
                tri!(Err(type_error(vm, &msg)));
            }
            r!(dst) = tri!(get_with_receiver(vm, home_proto, pk, this));
        }
        Op::SuperSet { key, src } => {
            sync_pc!();
            let kv = r!(key);
            let pk = tri!(ops::to_property_key(vm, kv));
            let this = vm.frames[fi].this;
            let v = r!(src);
            tri!(ops::set(vm, this, pk, v, true));
        }

        Op::MakeClosure { dst, func: f } => r!(dst) = vm.make_closure(f, env),
        Op::MakeClass { dst, func: f, parent, has_parent } => {
            sync_pc!();
            let parent = if has_parent != 0 { Some(r!(parent)) } else { None };
            r!(dst) = tri!(make_class(vm, f, env, parent));
        }
        Op::SetFields { ctor, func: f } => {
            let fv = r!(f);
            if let Some(Class::Closure { extra: fields, .. }) = vm.rt.obj_mut(r!(ctor)).map(|o| &mut o.class) {
                *fields = fv;
            }
        }
        Op::SetHomeObject { func: f, home } => {
            let h = r!(home);
            if let Some(Class::Closure { home, .. }) = vm.rt.obj_mut(r!(f)).map(|o| &mut o.class) {
                *home = h;
            }
        }
        Op::Call { dst, func: f, argc, desc, .. } => {
            sync_pc!();
            let callee = r!(f);
            let this = r!(f + 1);
            let start = base + f as usize + 2;
            let result = call_from_stack(vm, callee, this, start, argc as usize, func, desc);
            clear_call_regs!(f, argc);
            r!(dst) = tri!(result);
        }
        Op::New { dst, func: f, argc, desc, .. } => {
            sync_pc!();
            let callee = r!(f);
            let start = base + f as usize + 2;
            if !is_constructor(vm, callee) {
                let msg = format!("{} is not a constructor", const_text(vm, func, desc));
                tri!(Err(type_error(vm, &msg)));
            }
            let result = with_stack_args(vm, start, argc as usize, |vm, args| vm.construct_value(callee, args, callee));
            clear_call_regs!(f, argc);
            r!(dst) = tri!(result);
        }
        Op::SuperCall { dst, args, argc } => {
            sync_pc!();
            let start = base + args as usize;
            let list: Vec<Value> = vm.stack[start..start + argc as usize].to_vec();
            r!(dst) = tri!(super_call(vm, fi, &list));
        }
        Op::SuperCallForward { dst } => {
            sync_pc!();
            let list = vm.kept_args(fi).to_vec();
            r!(dst) = tri!(super_call(vm, fi, &list));
        }
        Op::Return { src } => return Flow::Return(r!(src)),

        Op::Add { dst, a, b, fb } => {
            let (x, y) = (r!(a), r!(b));
            if x.is_int() && y.is_int() {
                if let Some(s) = x.as_int().checked_add(y.as_int()) {
                    r!(dst) = Value::int(s);
                    return Flow::Next;
                }
            }
            if x.is_number() && y.is_number() {
                r!(dst) = Value::number(x.as_number() + y.as_number());
                return Flow::Next;
            }
            sync_pc!();
            record_types(vm, func, fb, x, y);
            if vm.rt.is_string(x) && vm.rt.is_string(y) {
                r!(dst) = vm.rt.heap.concat_strings(x.as_ref(), y.as_ref());
                return Flow::Next;
            }
            vm.no_gc += 1;
            let v = ops::add(vm, x, y);
            vm.no_gc -= 1;
            r!(dst) = tri!(v);
        }
        Op::Sub { dst, a, b, fb } => binary!(Arith::Sub, dst, a, b, fb),
        Op::Mul { dst, a, b, fb } => binary!(Arith::Mul, dst, a, b, fb),
        Op::Div { dst, a, b, fb } => binary!(Arith::Div, dst, a, b, fb),
        Op::Rem { dst, a, b, fb } => binary!(Arith::Rem, dst, a, b, fb),
        Op::Exp { dst, a, b, fb } => binary!(Arith::Exp, dst, a, b, fb),
        Op::BitAnd { dst, a, b, fb } => binary!(Arith::BitAnd, dst, a, b, fb),
        Op::BitOr { dst, a, b, fb } => binary!(Arith::BitOr, dst, a, b, fb),
        Op::BitXor { dst, a, b, fb } => binary!(Arith::BitXor, dst, a, b, fb),
        Op::Shl { dst, a, b, fb } => binary!(Arith::Shl, dst, a, b, fb),
        Op::Shr { dst, a, b, fb } => binary!(Arith::Shr, dst, a, b, fb),
        Op::UShr { dst, a, b, fb } => binary!(Arith::UShr, dst, a, b, fb),
        Op::Eq { dst, a, b, .. } | Op::Ne { dst, a, b, .. } => {
            let (x, y) = (r!(a), r!(b));
            let equal = if x.is_int() && y.is_int() {
                x == y
            } else {
                sync_pc!();
                vm.no_gc += 1;
                let v = ops::loose_equals(vm, x, y);
                vm.no_gc -= 1;
                tri!(v)
            };
            r!(dst) = Value::bool(equal == matches!(op, Op::Eq { .. }));
        }
        Op::StrictEq { dst, a, b, .. } | Op::StrictNe { dst, a, b, .. } => {
            let equal = strictly_equal(vm, r!(a), r!(b));
            r!(dst) = Value::bool(equal == matches!(op, Op::StrictEq { .. }));
        }
        Op::Lt { dst, a, b, .. } => compare!(Cmp::Lt, dst, a, b),
        Op::Le { dst, a, b, .. } => compare!(Cmp::Le, dst, a, b),
        Op::Gt { dst, a, b, .. } => compare!(Cmp::Gt, dst, a, b),
        Op::Ge { dst, a, b, .. } => compare!(Cmp::Ge, dst, a, b),
        Op::In { dst, key, obj } => {
            sync_pc!();
            let (k, o) = (r!(key), r!(obj));
            if !vm.rt.is_object(o) {
                let ks = tri!(ops::to_rust_string(vm, k));
                let os = tri!(ops::to_rust_string(vm, o));
                let msg = format!("Cannot use 'in' operator to search for '{}' in {}", ks, os);
                tri!(Err(type_error(vm, &msg)));
            }
            let pk = tri!(ops::to_property_key(vm, k));
            r!(dst) = Value::bool(tri!(ops::has_property(vm, o, pk)));
        }
        Op::InstanceOf { dst, a, b } => {
            sync_pc!();
            let (x, y) = (r!(a), r!(b));
            r!(dst) = Value::bool(tri!(ops::instance_of(vm, x, y)));
        }
        Op::Neg { dst, src, .. } => {
            let x = r!(src);
            if x.is_int() && x.as_int() != 0 && x.as_int() != i32::MIN {
                r!(dst) = Value::int(-x.as_int());
                return Flow::Next;
            }
            sync_pc!();
            let n = tri!(ops::to_number(vm, x));
            r!(dst) = Value::number(-n);
        }
        Op::Plus { dst, src } => {
            let x = r!(src);
            if x.is_number() {
                r!(dst) = x;
                return Flow::Next;
            }
            sync_pc!();
            r!(dst) = Value::number(tri!(ops::to_number(vm, x)));
        }
        Op::Not { dst, src } => r!(dst) = Value::bool(!ops::to_boolean(&vm.rt, r!(src))),
        Op::BitNot { dst, src } => {
            let x = r!(src);
            if x.is_int() {
                r!(dst) = Value::int(!x.as_int());
                return Flow::Next;
            }
            sync_pc!();
            let n = tri!(ops::to_number(vm, x));
            r!(dst) = Value::int(!to_int32(n));
        }
        Op::Typeof { dst, src } => {
            let atom = ops::typeof_atom(&vm.rt, r!(src));
            r!(dst) = vm.rt.atom_string(atom);
        }
        Op::Inc { dst, src, .. } | Op::Dec { dst, src, .. } => {
            let delta = if matches!(op, Op::Inc { .. }) { 1 } else { -1 };
            let x = r!(src);
            if x.is_int() {
                if let Some(v) = x.as_int().checked_add(delta) {
                    r!(dst) = Value::int(v);
                    return Flow::Next;
                }
            }
            sync_pc!();
            let n = tri!(ops::to_number(vm, x));
            r!(dst) = Value::number(n + delta as f64);
        }
        Op::ToNumeric { dst, src } => {
            let x = r!(src);
            if !x.is_number() {
                sync_pc!();
                r!(dst) = Value::number(tri!(ops::to_number(vm, x)));
            } else {
                r!(dst) = x;
            }
        }
        Op::ToPropertyKey { dst, src } => {
            let x = r!(src);
            if !(x.is_int() && x.as_int() >= 0) && !vm.rt.is_string(x) {
                sync_pc!();
                let pk = tri!(ops::to_property_key(vm, x));
                r!(dst) = vm.rt.key_to_value(pk);
            } else {
                r!(dst) = x;
            }
        }
        Op::ToString { dst, src } => {
            let x = r!(src);
            if !vm.rt.is_string(x) {
                sync_pc!();
                r!(dst) = tri!(ops::to_string(vm, x));
            } else {
                r!(dst) = x;
            }
        }

        Op::Jump { target } => return Flow::Jump(target),
        Op::Loop { target } => {
            vm.feedback.counters[func as usize].backedges += 1;
            if vm.interrupt.load(Ordering::Relaxed) {
                sync_pc!();
                tri!(Err(type_error(vm, "Script execution interrupted")));
            }
            if vm.rt.heap.wants_gc() {
                vm.safepoint();
                if vm.rt.heap.over_budget() {
                    sync_pc!();
                    let msg = "JavaScript heap out of memory (--max-heap)";
                    let err = kiln_runtime::error::make_error(vm, kiln_runtime::error::ErrorKind::RangeError, msg);
                    vm.interrupt.store(true, Ordering::Relaxed);
                    tri!(Err(throw_value(vm, err)));
                }
            }
            return Flow::Jump(target);
        }
        Op::JumpIfTrue { cond, target } => {
            let c = r!(cond);
            if c == Value::TRUE || (c != Value::FALSE && ops::to_boolean(&vm.rt, c)) {
                return Flow::Jump(target);
            }
        }
        Op::JumpIfNotLt { a, b, target, .. } => branch_unless!(Cmp::Lt, a, b, target),
        Op::JumpIfNotLe { a, b, target, .. } => branch_unless!(Cmp::Le, a, b, target),
        Op::JumpIfNotGt { a, b, target, .. } => branch_unless!(Cmp::Gt, a, b, target),
        Op::JumpIfNotGe { a, b, target, .. } => branch_unless!(Cmp::Ge, a, b, target),
        Op::JumpIfNotStrictEq { a, b, target, .. } => {
            if !strictly_equal(vm, r!(a), r!(b)) {
                return Flow::Jump(target);
            }
        }
        Op::JumpIfStrictEq { a, b, target, .. } => {
            if strictly_equal(vm, r!(a), r!(b)) {
                return Flow::Jump(target);
            }
        }
        Op::JumpIfFalse { cond, target } => {
            let c = r!(cond);
            if c == Value::FALSE || (c != Value::TRUE && !ops::to_boolean(&vm.rt, c)) {
                return Flow::Jump(target);
            }
        }
        Op::JumpIfNullish { src, target } => {
            if r!(src).is_nullish() {
                return Flow::Jump(target);
            }
        }
        Op::JumpIfNotNullish { src, target } => {
            if !r!(src).is_nullish() {
                return Flow::Jump(target);
            }
        }
        Op::JumpIfUndefined { src, target } => {
            if r!(src).is_undefined() {
                return Flow::Jump(target);
            }
        }
        Op::Throw { src } => {
            sync_pc!();
            let v = r!(src);
            tri!(Err(throw_value(vm, v)));
        }
        Op::ThrowReferenceError { msg } => {
            sync_pc!();
            let text = const_text(vm, func, msg);
            tri!(Err(reference_error(vm, &text)));
        }
        Op::ThrowTypeError { msg } => {
            sync_pc!();
            let text = const_text(vm, func, msg);
            tri!(Err(type_error(vm, &text)));
        }

        Op::ForInStart { dst, obj } => {
            sync_pc!();
            let o = r!(obj);
            r!(dst) = tri!(for_in_start(vm, o));
        }
        Op::ForInNext { dst, iter, done } => {
            sync_pc!();
            let it = r!(iter);
            match tri!(for_in_next(vm, it)) {
                Some(k) => r!(dst) = k,
                None => return Flow::Jump(done),
            }
        }
        Op::GetIterator { dst, obj } => {
            sync_pc!();
            let o = r!(obj);
            r!(dst) = tri!(kiln_runtime::builtins::iter::get_iterator(vm, o));
        }
        Op::IterNext { dst, iter, done } => {
            sync_pc!();
            let it = r!(iter);
            match tri!(kiln_runtime::builtins::iter::iterator_next(vm, it)) {
                Some(v) => r!(dst) = v,
                None => return Flow::Jump(done),
            }
        }
        Op::IterClose { iter } => {
            let it = r!(iter);
            kiln_runtime::builtins::iter::close_iterator(vm, it);
        }
        Op::Nop {} => {}
    }
    Flow::Next
}

/// `x === y`: only two numbers or two distinct heap references (strings
/// compare by content) need more than a bit comparison.
#[inline(always)]
fn strictly_equal(vm: &mut Vm, x: Value, y: Value) -> bool {
    if x.is_number() && y.is_number() {
        x.as_number() == y.as_number()
    } else if x.is_ref() && y.is_ref() && x != y {
        ops::strict_equals(&mut vm.rt, x, y)
    } else {
        x == y
    }
}
