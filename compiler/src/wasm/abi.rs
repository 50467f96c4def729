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
/// `() -> i32`: address of register 0 of the running frame.
pub const FRAME_BASE: &str = "kiln_frame_base";
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
/// `(object, value, func, feedback_slot) -> i32`: a named store done by the
/// site's inline cache (1), or not (0).
pub const IC_SET_NAMED: &str = "kiln_ic_set_named";
/// `Value::EXCEPTION`, which no property ever holds: "the cache missed".
pub const IC_MISS_BITS: u64 = EXCEPTION_BITS;
/// `()`: writes out buffered stdout (exported as is by every module, for
/// hosts that stop a program from outside).
pub const FLUSH: &str = "kiln_flush";
