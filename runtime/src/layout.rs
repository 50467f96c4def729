//! The memory layout generated code relies on: where a heap reference's
//! cell is, how a cell says what it holds, and where an object keeps its
//! shape, prototype and property values, an environment its parent and
//! slots. Everything here is computed from the `repr(C)` types themselves,
//! for the target being compiled; the JIT reads these constants natively,
//! and the wasm backend's copy of them (`kiln_compiler::wasm::abi`) is
//! checked against a wasm32 build of this module at compile time
//! (`kiln-wasm-runtime`), so the two can never drift apart.
//!
//! Finding slot `k` of the object referenced by `r` (a `Ref`):
//! ```text
//! cell  = chunk_table[r >> CHUNK_BITS] + (r & CHUNK_MASK) * CELL_SIZE
//! cell.tag (u32 at CELL_TAG) == CELL_OBJECT
//! shape = u32 at cell + OBJECT_SHAPE
//! base  = pointer at cell + OBJECT_SLOTS_HEAP, or cell + OBJECT_SLOTS_INLINE if null
//! value = u64 at base + 8 * k
//! ```

use crate::heap::{Cell, Env};
use crate::object::{ArrayElements, Class, FuncFlavor, Object};
use crate::value_vec::ValueVec;
use crate::value::Value;
use crate::slots::Slots;
use core::mem::{align_of, offset_of, size_of};

pub use crate::heap::CHUNK_BITS;
/// `r & CHUNK_MASK` is a cell's index inside its chunk.
pub const CHUNK_MASK: u32 = (1 << CHUNK_BITS) - 1;

/// Bytes between consecutive cells of a chunk.
pub const CELL_SIZE: usize = size_of::<Cell>();
/// The `u32` discriminant of a cell (`Cell` is `repr(C, u32)`).
pub const CELL_TAG: usize = 0;
/// A cell's payload follows the tag, aligned for the most-aligned variant.
pub const CELL_PAYLOAD: usize = round_up(size_of::<u32>(), payload_align());
/// Tag values (the explicit discriminants of `Cell`).
pub const CELL_STRING: u32 = 1;
pub const CELL_OBJECT: u32 = 2;
pub const CELL_ENV: u32 = 3;

/// `Object::shape` (u32), `Object::proto` (a value) in an object's cell.
pub const OBJECT_SHAPE: usize = CELL_PAYLOAD + offset_of!(Object, shape);
pub const OBJECT_PROTO: usize = CELL_PAYLOAD + offset_of!(Object, proto);
/// The inline property values (`slots::INLINE` of them).
pub const OBJECT_SLOTS_INLINE: usize = CELL_PAYLOAD + offset_of!(Object, slots) + offset_of!(Slots, inline);
/// The pointer to every property value once they spilled (null before).
pub const OBJECT_SLOTS_HEAP: usize = CELL_PAYLOAD + offset_of!(Object, slots) + offset_of!(Slots, heap);
/// How many values it has (u32) and, once spilled, room for how many (u32).
pub const OBJECT_SLOTS_LEN: usize = CELL_PAYLOAD + offset_of!(Object, slots) + Slots::LEN_OFFSET;
pub const OBJECT_SLOTS_CAPACITY: usize = CELL_PAYLOAD + offset_of!(Object, slots) + Slots::CAPACITY_OFFSET;
/// `Object::extensible` and `Object::watched` (bytes, 0 or 1).
pub const OBJECT_EXTENSIBLE: usize = CELL_PAYLOAD + offset_of!(Object, extensible);
pub const OBJECT_WATCHED: usize = CELL_PAYLOAD + offset_of!(Object, watched);
/// The class tag of an ordinary object.
pub const CLASS_ORDINARY: u32 = 0;

/// `Object::class` in an object's cell: its `u32` tag, then the variant's
/// fields. `Class` is `repr(C, u32)`, so a variant's fields are laid out as
/// a `repr(C)` struct of them (`ClosureFields`) after the tag, aligned.
pub const OBJECT_CLASS: usize = CELL_PAYLOAD + offset_of!(Object, class);
pub const CLASS_CLOSURE: u32 = 2;
pub const CLASS_NATIVE: u32 = 3;
const CLASS_FIELDS: usize = round_up(size_of::<u32>(), align_of::<Class>());
/// A closure's function index (u32), environment and (arrows) `this`.
pub const CLOSURE_FUNC: usize = OBJECT_CLASS + CLASS_FIELDS + offset_of!(ClosureFields, func);
pub const CLOSURE_ENV: usize = OBJECT_CLASS + CLASS_FIELDS + offset_of!(ClosureFields, env);
pub const CLOSURE_THIS: usize = OBJECT_CLASS + CLASS_FIELDS + offset_of!(ClosureFields, extra);
/// A closure's `FuncFlavor` (a byte).
pub const CLOSURE_FLAVOR: usize = OBJECT_CLASS + CLASS_FIELDS + offset_of!(ClosureFields, flavor);

/// An array's dense elements (`ArrayElements`): a pointer to them and
/// their count (u32), and the array's length when it is larger (u32).
pub const CLASS_ARRAY: u32 = 1;
pub const ARRAY_DENSE_PTR: usize = OBJECT_CLASS + CLASS_FIELDS + offset_of!(ArrayElements, dense) + offset_of!(ValueVec, ptr);
pub const ARRAY_DENSE_LEN: usize = OBJECT_CLASS + CLASS_FIELDS + offset_of!(ArrayElements, dense) + offset_of!(ValueVec, len);
pub const ARRAY_SPARSE_LEN: usize = OBJECT_CLASS + CLASS_FIELDS + ArrayElements::SPARSE_LEN_OFFSET;

/// The fields of `Class::Closure`, in order, as `repr(C)` lays them out.
#[repr(C)]
#[allow(dead_code)]
struct ClosureFields {
    func: u32,
    flavor: FuncFlavor,
    env: Value,
    home: Value,
    extra: Value,
}

/// `Env::parent` (a value) and the pointer to its slots, in an environment's cell.
pub const ENV_PARENT: usize = CELL_PAYLOAD + offset_of!(Env, parent);
pub const ENV_SLOTS: usize = CELL_PAYLOAD + offset_of!(Env, slots);

const fn payload_align() -> usize {
    let mut align = align_of::<Object>();
    if align_of::<Env>() > align {
        align = align_of::<Env>();
    }
    if align_of::<crate::string::JsStr>() > align {
        align = align_of::<crate::string::JsStr>();
    }
    align
}

const fn round_up(n: usize, align: usize) -> usize {
    n.div_ceil(align) * align
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads the `T` at `offset` bytes into `cell`.
    fn read<T: Copy>(cell: &Cell, offset: usize) -> T {
        assert!(offset + size_of::<T>() <= CELL_SIZE);
        // SAFETY: in bounds of the cell (asserted); the offsets under test
        // name initialized fields of the variant the cell holds.
        unsafe { ((cell as *const Cell as *const u8).add(offset) as *const T).read_unaligned() }
    }

    #[test]
    fn objects_are_where_the_constants_say() {
        let mut object = Object::new(Class::Ordinary, Value::int(7));
        object.shape = crate::shape::ShapeId(1234);
        object.slots.push(Value::int(1));
        object.slots.push(Value::int(2));
        let cell = Cell::Obj(object);
        assert_eq!(read::<u32>(&cell, CELL_TAG), CELL_OBJECT);
        assert_eq!(read::<u32>(&cell, OBJECT_SHAPE), 1234);
        assert_eq!(read::<u64>(&cell, OBJECT_PROTO), Value::int(7).0);
        assert_eq!(read::<usize>(&cell, OBJECT_SLOTS_HEAP), 0, "inline: no heap pointer");
        assert_eq!(read::<u64>(&cell, OBJECT_SLOTS_INLINE + 8), Value::int(2).0);
        assert_eq!(read::<u32>(&cell, OBJECT_SLOTS_LEN), 2);
        assert_eq!(read::<u8>(&cell, OBJECT_EXTENSIBLE), 1);
        assert_eq!(read::<u8>(&cell, OBJECT_WATCHED), 0);
        assert_eq!(read::<u32>(&cell, OBJECT_CLASS), CLASS_ORDINARY);
    }

    #[test]
    fn spilled_slots_are_reached_through_the_heap_pointer() {
        let mut object = Object::new(Class::Ordinary, Value::NULL);
        for i in 0..5 {
            object.slots.push(Value::int(i));
        }
        let cell = Cell::Obj(object);
        let heap = read::<usize>(&cell, OBJECT_SLOTS_HEAP) as *const u64;
        assert!(!heap.is_null());
        assert_eq!(read::<u32>(&cell, OBJECT_SLOTS_LEN), 5);
        assert!(read::<u32>(&cell, OBJECT_SLOTS_CAPACITY) >= 5);
        // SAFETY: the heap pointer holds the object's 5 values.
        assert_eq!(unsafe { heap.add(4).read() }, Value::int(4).0);
    }

    #[test]
    fn environments_are_where_the_constants_say() {
        let cell = Cell::Env(Env::from_values(Value::int(9), &[Value::int(5), Value::int(6)]));
        assert_eq!(read::<u32>(&cell, CELL_TAG), CELL_ENV);
        assert_eq!(read::<u64>(&cell, ENV_PARENT), Value::int(9).0);
        let slots = read::<usize>(&cell, ENV_SLOTS) as *const u64;
        // SAFETY: the environment's two slots.
        assert_eq!(unsafe { slots.add(1).read() }, Value::int(6).0);
    }

    #[test]
    fn closures_are_where_the_constants_say() {
        let class = Class::Closure { func: 77, env: Value::int(1), home: Value::UNDEFINED, extra: Value::int(2), flavor: FuncFlavor::Arrow };
        let cell = Cell::Obj(Object::new(class, Value::NULL));
        assert_eq!(read::<u32>(&cell, OBJECT_CLASS), CLASS_CLOSURE);
        assert_eq!(read::<u32>(&cell, CLOSURE_FUNC), 77);
        assert_eq!(read::<u64>(&cell, CLOSURE_ENV), Value::int(1).0);
        assert_eq!(read::<u64>(&cell, CLOSURE_THIS), Value::int(2).0);
        assert_eq!(read::<u8>(&cell, CLOSURE_FLAVOR), FuncFlavor::Arrow as u8);
    }

    #[test]
    fn arrays_are_where_the_constants_say() {
        let mut elements = ArrayElements::from(alloc::vec![Value::int(5), Value::int(6), Value::int(7)]);
        elements.set_length(10);
        let cell = Cell::Obj(Object::new(Class::Array(elements), Value::NULL));
        assert_eq!(read::<u32>(&cell, OBJECT_CLASS), CLASS_ARRAY);
        assert_eq!(read::<u32>(&cell, ARRAY_DENSE_LEN), 3);
        assert_eq!(read::<u32>(&cell, ARRAY_SPARSE_LEN), 10);
        let dense = read::<usize>(&cell, ARRAY_DENSE_PTR) as *const u64;
        // SAFETY: the array's three dense elements.
        assert_eq!(unsafe { dense.add(2).read() }, Value::int(7).0);
    }

    #[test]
    fn strings_have_their_tag() {
        let cell = Cell::Str(crate::string::JsStr::Flat(alloc::boxed::Box::new([65u16])));
        assert_eq!(read::<u32>(&cell, CELL_TAG), CELL_STRING);
    }
}
