//! The contract between generated wasm code and the runtime inside the
//! module: the NaN-boxed value encoding generated code builds and tests
//! inline, the status codes of per-op entry points, and the names of the
//! runtime exports it calls. The runtime side asserts the same numbers in
//! its tests (`kiln-wasm-runtime`), so the two cannot drift apart.

/// A value's tag lives in its top 16 bits.
pub const TAG_SHIFT: u32 = 48;
pub const TAG_INT32: u64 = 0xFFF9;
pub const TAG_BOOL: u64 = 0xFFFA;
pub const TAG_UNDEFINED: u64 = 0xFFFB;
pub const TAG_NULL: u64 = 0xFFFC;
/// A heap reference (payload: the cell index).
pub const TAG_REF: u64 = 0xFFFD;

/// `Value::EXCEPTION`: a generated function returns it when it throws
/// (the exception is pending in the VM).
pub const EXCEPTION_BITS: u64 = 0xFFFE_0000_0000_0003;

pub const fn int32_bits(i: i32) -> u64 {
    (TAG_INT32 << TAG_SHIFT) | (i as u32 as u64)
}
pub const fn bool_bits(b: bool) -> u64 {
    (TAG_BOOL << TAG_SHIFT) | b as u64
}
/// The one NaN a value holds (other NaN bit patterns would read as tags).
pub const CANONICAL_NAN_BITS: u64 = 0x7FF8_0000_0000_0000;
pub const UNDEFINED_BITS: u64 = TAG_UNDEFINED << TAG_SHIFT;
pub const NULL_BITS: u64 = TAG_NULL << TAG_SHIFT;

/// Status returned by a per-op entry point `kiln_op_<Name>`.
pub const STATUS_NEXT: i32 = 0;
/// The op's branch is taken (ops with a `Target` operand).
pub const STATUS_TAKEN: i32 = 1;
/// The op threw; the exception is pending.
pub const STATUS_THREW: i32 = -1;

/// Per-op entry points: `kiln_op_<Name>(pc, operands as i32…) -> status`.
pub const OP_ENTRY_PREFIX: &str = "kiln_op_";
/// `(reg) -> i32`: moves the pending exception into `reg` of the running
/// frame and returns 1, or returns 0 when the program is being stopped
/// (no handler may run then).
pub const CATCH: &str = "kiln_catch";
/// `(len) -> ptr`: memory for the program image.
pub const ALLOC: &str = "kiln_alloc";
/// `(image_ptr, image_len, table_base) -> i32`: runs the program, exits.
pub const MAIN: &str = "kiln_main";
/// `(object, func, feedback_slot) -> value`: a named load answered by the
/// site's inline cache (the feedback slot the runtime fills on a miss), or
/// `IC_MISS_BITS`; then the code calls the op's full entry point.
pub const IC_GET_NAMED: &str = "kiln_ic_get_named";
/// `(func, feedback_slot) -> i64`: a global variable's value from the
/// site's cache, or `IC_MISS_BITS`; then the code calls the full op.
pub const GLOBAL_GET: &str = "kiln_get_global";
/// `(object, value, func, feedback_slot) -> i32`: a named store done by the
/// site's inline cache (1), or not (0).
pub const IC_SET_NAMED: &str = "kiln_ic_set_named";
/// `Value::EXCEPTION`, which no property ever holds: "the cache missed".
pub const IC_MISS_BITS: u64 = EXCEPTION_BITS;
/// `()`: writes out buffered stdout (exported as is by every module, for
/// hosts that stop a program from outside).
pub const FLUSH: &str = "kiln_flush";
/// The context block (below): a static of the runtime, exported as a wasm
/// global holding its address, which generated code uses as a constant.
pub const CONTEXT_BLOCK: &str = "KILN_CONTEXT";
/// `(callee, new_site) -> i64`: the fresh object `new callee(...)` starts
/// from (its prototype from `callee.prototype`, through the site's inline
/// cache), `NOT_CONSTRUCTIBLE_BITS` when the callee is not a plain bytecode
/// function (run the full `New` op), or `EXCEPTION_BITS` (it threw).
pub const CONSTRUCT_THIS: &str = "kiln_construct_this";
pub const NOT_CONSTRUCTIBLE_BITS: u64 = 0xFFFE_0000_0000_0005;
/// `(proto) -> i64`: a fresh ordinary object with prototype `proto` (an
/// object): the receiver of `new` once generated code found the callee's
/// `prototype` through the site's cache itself.
pub const NEW_OBJECT: &str = "kiln_new_object";
/// `(value, this) -> i64`: the result of `new` of a derived class whose
/// constructor returned `value` (not an object) with `this` as its frame's
/// final `this`; `EXCEPTION_BITS` when that is an error.
pub const DERIVED_RESULT: &str = "kiln_derived_result";
/// Or'ed into an entry stub's argument count: the call is a `new` (the
/// frame's `new.target` is the callee; `this` is in the callee's register
/// after it, set by the caller).
pub const CONSTRUCT_FLAG: u32 = 1 << 31;
/// `(f, argc) -> i64`: calls the native function in register `f` of the
/// running frame (`this` after it, then the arguments); the result,
/// `EXCEPTION_BITS`, or `NOT_NATIVE_BITS` (run the full `Call` op).
pub const CALL_NATIVE: &str = "kiln_call_native";
pub const NOT_NATIVE_BITS: u64 = 0xFFFE_0000_0000_0006;
/// The class tag of a native function.
pub const CLASS_NATIVE: u32 = 3;
/// `(string) -> i64`: the length of a string value (an int32 value).
pub const STRING_LENGTH: &str = "kiln_string_length";
/// `() -> i64`: the running frame's environment (after ops that change it).
pub const CURRENT_ENV: &str = "kiln_frame_env";

// ---- the context block (`kiln_context`), all addresses u32 -----------------
/// The heap's chunk table (see the cell layout below).
pub const CTX_CHUNK_TABLE: u32 = 0;
/// The feedback table: site `fb` of function `f` is entry
/// `first_slot(f) + fb`, `FEEDBACK_SLOT_SIZE` bytes each.
pub const CTX_FEEDBACK: u32 = 4;
/// The VM's register stack and frame records: `FixedStack`s (`STACK_*`).
pub const CTX_REGISTERS: u32 = 8;
pub const CTX_FRAMES: u32 = 12;
/// The call-depth limit (u32), and the address of the count of natives
/// running (a usize), which counts toward it.
pub const CTX_MAX_DEPTH: u32 = 16;
pub const CTX_NATIVE_DEPTH: u32 = 20;
/// The address of the interrupt flag (a byte, non-zero to stop).
pub const CTX_INTERRUPT: u32 = 24;
/// The addresses of the heap's allocation count and collection threshold
/// (usizes): a safepoint calls `SAFEPOINT` when the count reaches it.
pub const CTX_HEAP_ALLOCATED: u32 = 28;
pub const CTX_HEAP_THRESHOLD: u32 = 32;
/// The global object (a value): sloppy-mode `this` for undefined and null.
pub const CTX_GLOBAL: u32 = 40;
/// The address of the runtime's prototype epoch (a u64): cached
/// prototype-chain hits are valid while it equals theirs.
pub const CTX_PROTO_EPOCH: u32 = 48;
/// The builtin function objects of `MATH_INTRINSICS` (values; a miss
/// marker for any the realm lacks), in that order.
pub const CTX_MATH: u32 = 56;

/// Math functions of one number that generated code computes inline when
/// a call's callee is the very builtin (compared with its value in the
/// context block), with the wasm instruction that does it: each is exact
/// IEEE arithmetic, as the builtin is. Keyed by the name a call site's
/// description gives the callee.
pub const MATH_INTRINSICS: [(&str, MathOp); 5] =
    [("Math.sqrt", MathOp::Sqrt), ("Math.floor", MathOp::Floor), ("Math.ceil", MathOp::Ceil), ("Math.trunc", MathOp::Trunc), ("Math.abs", MathOp::Abs)];

/// The f64 instruction of a Math intrinsic.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MathOp {
    Sqrt,
    Floor,
    Ceil,
    Trunc,
    Abs,
}
/// `()`: collects garbage when due (a safepoint of generated code).
pub const SAFEPOINT: &str = "kiln_safepoint";

/// A `FixedStack` (u32 address of the elements, length, capacity).
pub const STACK_PTR: u32 = 0;
pub const STACK_LEN: u32 = 4;
pub const STACK_CAPACITY: u32 = 8;
/// A frame record (`native_jit::Frame`).
pub const FRAME_SIZE: u32 = 56;
pub const FRAME_ENV: u32 = 0;
pub const FRAME_CALLEE: u32 = 8;
pub const FRAME_THIS: u32 = 16;
pub const FRAME_NEW_TARGET: u32 = 24;
pub const FRAME_FUNC: u32 = 32;
pub const FRAME_PC: u32 = 36;
pub const FRAME_BASE: u32 = 40;
pub const FRAME_KEPT_ARGS: u32 = 44;
pub const FRAME_RETURN_REGISTER: u32 = 48;
/// `FRAME_RETURN_REGISTER` of a frame whose caller is not the interpreter.
pub const NO_RETURN_REGISTER: u32 = u32::MAX;

// ---- memory layout (wasm32) of runtime values; see `kiln_runtime::layout`,
// checked against these at compile time by kiln-wasm-runtime -------------------
/// A reference's cell: `chunk_table[r >> CHUNK_BITS] + (r & CHUNK_MASK) * CELL_SIZE`.
pub const CHUNK_BITS: u32 = 12;
pub const CELL_SIZE: u32 = 104;
/// The cell's tag (u32) and the tag of an object and of an environment.
pub const CELL_TAG: u32 = 0;
pub const CELL_OBJECT: u32 = 2;
pub const CELL_ENV: u32 = 3;
pub const CELL_STRING: u32 = 1;
/// An object's shape (u32), its inline values, and the pointer to all its
/// values once they spilled (null before).
pub const OBJECT_SHAPE: u32 = 8;
pub const OBJECT_SLOTS_INLINE: u32 = 24;
pub const OBJECT_SLOTS_HEAP: u32 = 40;
/// An object's class: its tag (u32), the tag of a closure, and a closure's
/// function index (u32), environment and (arrow functions) `this`.
pub const OBJECT_CLASS: u32 = 64;
pub const CLASS_CLOSURE: u32 = 2;
pub const CLOSURE_FUNC: u32 = 72;
pub const CLOSURE_ENV: u32 = 80;
pub const CLOSURE_THIS: u32 = 96;
/// A closure's flavor (a byte): `FLAVOR_NORMAL` for a plain `function`.
pub const CLOSURE_FLAVOR: u32 = 76;
pub const FLAVOR_NORMAL: u32 = 0;
/// ... and `FLAVOR_BASE_CLASS` for a class constructor without `extends`.
pub const FLAVOR_BASE_CLASS: u32 = 3;
/// ... and `FLAVOR_DERIVED_CLASS` for one with `extends`.
pub const FLAVOR_DERIVED_CLASS: u32 = 4;
/// An array's class tag; the pointer to its dense elements and their
/// count (u32), and its length when larger than that (u32).
pub const CLASS_ARRAY: u32 = 1;
pub const ARRAY_DENSE_PTR: u32 = 72;
pub const ARRAY_DENSE_LEN: u32 = 76;
pub const ARRAY_SPARSE_LEN: u32 = 84;
/// An environment's parent (a value) and the pointer to its slots.
pub const ENV_PARENT: u32 = 8;
pub const ENV_SLOTS: u32 = 16;
/// A feedback slot: `FEEDBACK_POLYMORPHIC` shapes (u32, unused ones never
/// match) then as many slot indices (u32).
pub const FEEDBACK_SLOT_SIZE: u32 = 224;
pub const FEEDBACK_POLYMORPHIC: u32 = 4;
pub const FEEDBACK_SHAPES: u32 = 0;
pub const FEEDBACK_SLOTS: u32 = 16;
/// Then the cached prototype-chain hits, `FEEDBACK_POLYMORPHIC` entries
/// of `PROTO_HIT_SIZE` bytes: the receiver's shape (u32; unused entries
/// match none), the holder (u32, a reference), the receiver's prototype
/// (a value), the epoch they were cached in (u64), the holder's slot (u32).
pub const FEEDBACK_PROTO_HITS: u32 = 64;
pub const PROTO_HIT_SIZE: u32 = 32;
pub const PROTO_HIT_SHAPE: u32 = 0;
pub const PROTO_HIT_HOLDER: u32 = 4;
pub const PROTO_HIT_PROTO: u32 = 8;
pub const PROTO_HIT_EPOCH: u32 = 16;
pub const PROTO_HIT_SLOT: u32 = 24;
/// A store site's cached property addition: from shape (u32; none
/// matches an unused one) to shape (u32), for objects of that prototype (a
/// value), cached in that epoch (u64).
pub const FEEDBACK_TRANSITION: u32 = 40;
pub const TRANSITION_FROM: u32 = 0;
pub const TRANSITION_TO: u32 = 4;
pub const TRANSITION_PROTO: u32 = 8;
pub const TRANSITION_EPOCH: u32 = 16;
/// An object's prototype (a value).
pub const OBJECT_PROTO: u32 = 16;
/// How many property values it has (u32), room for how many once they
/// spilled (u32); whether it is extensible and watched (bytes).
pub const OBJECT_SLOTS_LEN: u32 = 44;
pub const OBJECT_SLOTS_CAPACITY: u32 = 48;
pub const OBJECT_EXTENSIBLE: u32 = 12;
pub const OBJECT_WATCHED: u32 = 13;
/// The class tag of an ordinary object.
pub const CLASS_ORDINARY: u32 = 0;
/// Values an object holds inline before they spill.
pub const INLINE_SLOTS: u32 = 2;
