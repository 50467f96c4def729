//! Unit tests of `Array` and `Array.prototype`, run through
//! `testing::NativeHost` with native callbacks. Expected values come from
//! node v20. (Iterators and builtins/iter.rs: array_iter.rs.)

use kiln_runtime::host::Host;
use kiln_runtime::object::Class;
use kiln_runtime::ops;
use kiln_runtime::shape::{PropFlags, PropKey};
use kiln_runtime::testing::NativeHost;
use kiln_runtime::Value;

mod array_support;
use array_support::*;

// ---- constructor and statics ---------------------------------------------------

#[test]
fn constructor() {
    let mut h = NativeHost::new();
    assert_eq!(static_call(&mut h, "Array", &[int(3)]), "[<hole>,<hole>,<hole>]");
    assert_eq!(static_call(&mut h, "Array", &[int(1), int(2)]), "[1,2]");
    let three = s(&mut h, "3");
    assert_eq!(static_call(&mut h, "Array", &[three]), "['3']");
    assert_eq!(static_call(&mut h, "Array", &[int(-1)]), "RangeError: Invalid array length");
    assert_eq!(static_call(&mut h, "Array", &[Value::number(1.5)]), "RangeError: Invalid array length");
    let ctor = h.global_path("Array");
    let made = h.construct(ctor, &[int(2)], ctor).unwrap();
    assert_eq!(show(&mut h, made), "[<hole>,<hole>]");
    assert!(h.construct(ctor, &[int(-1)], ctor).is_err());
}

#[test]
fn is_array_of_from() {
    let mut h = NativeHost::new();
    let a = ints(&mut h, &[1]);
    let o = h.rt.new_object();
    assert_eq!(static_call(&mut h, "Array.isArray", &[a]), "true");
    assert_eq!(static_call(&mut h, "Array.isArray", &[o]), "false");
    let proto = h.rt.intrinsics.array_proto;
    assert_eq!(static_call(&mut h, "Array.isArray", &[proto]), "true");
    assert_eq!(static_call(&mut h, "Array.of", &[int(7)]), "[7]");
    let str_ = s(&mut h, "a😀");
    assert_eq!(static_call(&mut h, "Array.from", &[str_]), "['a','😀']");
    let holes = arr(&mut h, &[int(1), Value::HOLE, int(3)]);
    assert_eq!(static_call(&mut h, "Array.from", &[holes]), "[1,undefined,3]");
    let like = array_like(&mut h, 2, &[(0, int(5))]);
    assert_eq!(static_call(&mut h, "Array.from", &[like]), "[5,undefined]");
    let f = native(&mut h, double);
    let like = array_like(&mut h, 3, &[(0, int(1)), (1, int(2)), (2, int(3))]);
    assert_eq!(static_call(&mut h, "Array.from", &[like, f]), "[2,4,6]");
    assert_eq!(static_call(&mut h, "Array.from", &[int(5)]), "[]");
    assert_eq!(
        static_call(&mut h, "Array.from", &[Value::UNDEFINED]),
        "TypeError: undefined is not iterable (cannot read property Symbol(Symbol.iterator))"
    );
    assert_eq!(
        static_call(&mut h, "Array.from", &[Value::NULL]),
        "TypeError: object null is not iterable (cannot read property Symbol(Symbol.iterator))"
    );
    let one = ints(&mut h, &[1]);
    let x = s(&mut h, "x");
    assert_eq!(static_call(&mut h, "Array.from", &[one, x]), "TypeError: x is not a function");
    // Array.from.call(Object, [1, 2]) builds an ordinary object.
    let object_ctor = h.global_path("Object");
    let from = h.global_path("Array.from");
    let items = ints(&mut h, &[1, 2]);
    let r = h.call(from, object_ctor, &[items]).unwrap();
    assert_eq!(show(&mut h, r), "{0:1,1:2,length:2}");
}

#[test]
fn from_map_and_set() {
    let mut h = NativeHost::new();
    let (k, v) = (s(&mut h, "k"), int(1));
    let map = make_map(&mut h, &[(k, v), (int(2), int(3))], false);
    assert_eq!(static_call(&mut h, "Array.from", &[map]), "[['k',1],[2,3]]");
    let set = make_set(&mut h, &[int(1), int(2)]);
    assert_eq!(static_call(&mut h, "Array.from", &[set]), "[1,2]");
}

// ---- callbacks ------------------------------------------------------------------

#[test]
fn iteration_methods() {
    let mut h = NativeHost::new();
    let a = arr(&mut h, &[int(1), Value::HOLE, int(3), int(4)]);
    let (dbl, even, undef) = (native(&mut h, double), native(&mut h, is_even), native(&mut h, is_undefined));
    assert_eq!(call(&mut h, "map", a, &[dbl]), "[2,<hole>,6,8]");
    assert_eq!(call(&mut h, "filter", a, &[even]), "[4]");
    assert_eq!(call(&mut h, "some", a, &[even]), "true");
    assert_eq!(call(&mut h, "every", a, &[even]), "false");
    assert_eq!(call(&mut h, "every", a, &[undef]), "false");
    // Holes: skipped by some/every/forEach, visited by find/findIndex.
    assert_eq!(call(&mut h, "some", a, &[undef]), "false");
    assert_eq!(call(&mut h, "find", a, &[undef]), "undefined");
    assert_eq!(call(&mut h, "findIndex", a, &[undef]), "1");
    assert_eq!(call(&mut h, "findLast", a, &[even]), "4");
    assert_eq!(call(&mut h, "findLastIndex", a, &[even]), "3");
    assert_eq!(call(&mut h, "findIndex", a, &[dbl]), "0");
    assert_eq!(call(&mut h, "forEach", a, &[dbl]), "undefined");
    let t = native(&mut h, triple);
    let this_arg = s(&mut h, "T");
    let b = ints(&mut h, &[7]);
    assert_eq!(call(&mut h, "map", b, &[t, this_arg]), "[[7,0,'T']]");
    let e = ints(&mut h, &[]);
    assert_eq!(call(&mut h, "map", e, &[Value::UNDEFINED]), "TypeError: undefined is not a function");
    let one = ints(&mut h, &[1]);
    let o = h.rt.new_object();
    assert_eq!(call(&mut h, "map", one, &[o]), "TypeError: #<Object> is not a function");
    assert_eq!(call(&mut h, "forEach", one, &[int(5)]), "TypeError: 5 is not a function");
    let list = ints(&mut h, &[1, 2]);
    assert_eq!(call(&mut h, "find", one, &[list]), "TypeError: [object Array] is not a function");
    assert_eq!(call(&mut h, "map", Value::NULL, &[dbl]), "TypeError: Array.prototype.map called on null or undefined");
    let boom = native(&mut h, thrower);
    assert_eq!(call(&mut h, "map", one, &[boom]), "TypeError: boom");
}

#[test]
fn callbacks_see_mutation_with_fixed_length() {
    let mut h = NativeHost::new();
    let a = ints(&mut h, &[1, 2]);
    let f = native(&mut h, push_during);
    assert_eq!(call(&mut h, "map", a, &[f]), "[1,2]");
    assert_eq!(show(&mut h, a), "[1,2,9,9]");
}

#[test]
fn reduce() {
    let mut h = NativeHost::new();
    let f = native(&mut h, add);
    let a = arr(&mut h, &[int(1), Value::HOLE, int(2), int(3)]);
    assert_eq!(call(&mut h, "reduce", a, &[f]), "6");
    let x = s(&mut h, "x");
    assert_eq!(call(&mut h, "reduce", a, &[f, x]), "'x123'");
    assert_eq!(call(&mut h, "reduceRight", a, &[f, x]), "'x321'");
    let e = arr(&mut h, &[Value::HOLE, Value::HOLE]);
    assert_eq!(call(&mut h, "reduce", e, &[f]), "TypeError: Reduce of empty array with no initial value");
    assert_eq!(call(&mut h, "reduceRight", e, &[f]), "TypeError: Reduce of empty array with no initial value");
    assert_eq!(call(&mut h, "reduce", e, &[f, int(0)]), "0");
    assert_eq!(call(&mut h, "reduce", a, &[int(3)]), "TypeError: 3 is not a function");
}

#[test]
fn generic_array_likes() {
    let mut h = NativeHost::new();
    let (a, b) = (s(&mut h, "a"), s(&mut h, "b"));
    let like = array_like(&mut h, 2, &[(0, a), (1, b)]);
    let f = native(&mut h, double);
    assert_eq!(call(&mut h, "map", like, &[f]), "[NaN,NaN]");
    let plus = s(&mut h, "+");
    let c = s(&mut h, "c");
    let like3 = array_like(&mut h, 3, &[(0, a), (2, c)]);
    assert_eq!(call(&mut h, "join", like3, &[plus]), "'a++c'");
    let abc = s(&mut h, "abc");
    assert_eq!(call(&mut h, "slice", abc, &[int(1)]), "['b','c']");
    let like = array_like(&mut h, 2, &[]);
    assert_eq!(call(&mut h, "push", like, &[int(1), int(2)]), "4");
    assert_eq!(show(&mut h, like), "{2:1,3:2,length:4}");
    let like = array_like(&mut h, 2, &[(0, a), (1, b)]);
    assert_eq!(call(&mut h, "pop", like, &[]), "'b'");
    assert_eq!(show(&mut h, like), "{0:'a',length:1}");
    let like = array_like(&mut h, 3, &[(0, a), (2, c)]);
    assert_eq!(call(&mut h, "shift", like, &[]), "'a'");
    assert_eq!(show(&mut h, like), "{1:'c',length:2}");
    let like = array_like(&mut h, 3, &[(0, a), (2, c)]);
    call(&mut h, "reverse", like, &[]);
    assert_eq!(show(&mut h, like), "{0:'c',2:'a',length:3}");
    let like = array_like(&mut h, 2, &[(0, a), (1, c)]);
    assert_eq!(call(&mut h, "unshift", like, &[int(1), int(2)]), "4");
    assert_eq!(show(&mut h, like), "{0:1,1:2,2:'a',3:'c',length:4}");
    let (d, e, x) = (s(&mut h, "d"), s(&mut h, "e"), s(&mut h, "X"));
    let like = array_like(&mut h, 4, &[(0, a), (1, c), (2, d), (3, e)]);
    assert_eq!(call(&mut h, "splice", like, &[int(1), int(2), x]), "['c','d']");
    assert_eq!(show(&mut h, like), "{0:'a',1:'X',2:'e',length:3}");
    let empty = h.rt.new_object();
    assert_eq!(call(&mut h, "pop", empty, &[]), "undefined");
    assert_eq!(show(&mut h, empty), "{length:0}");
    let huge = array_like(&mut h, 0, &[]);
    h.rt.define_own(huge, PropKey::Atom(kiln_runtime::atoms::LENGTH), Value::number(9007199254740991.0), PropFlags::DATA);
    assert_eq!(
        call(&mut h, "push", huge, &[int(1)]),
        "TypeError: Pushing 1 elements on an array-like of length 9007199254740991 is disallowed, as the total surpasses 2**53-1"
    );
    let one = array_like(&mut h, 1, &[(0, int(1))]);
    let r = call(&mut h, "concat", one, &[]);
    assert_eq!(r, "[{0:1,length:1}]");
}

// ---- mutators -------------------------------------------------------------------

#[test]
fn push_pop_shift_unshift() {
    let mut h = NativeHost::new();
    let a = ints(&mut h, &[1, 2]);
    assert_eq!(call(&mut h, "push", a, &[int(3), int(4)]), "4");
    assert_eq!(call(&mut h, "pop", a, &[]), "4");
    assert_eq!(call(&mut h, "shift", a, &[]), "1");
    assert_eq!(call(&mut h, "unshift", a, &[int(7), int(8)]), "4");
    assert_eq!(show(&mut h, a), "[7,8,2,3]");
    let e = ints(&mut h, &[]);
    assert_eq!(call(&mut h, "pop", e, &[]), "undefined");
    assert_eq!(call(&mut h, "shift", e, &[]), "undefined");
    let holes = arr(&mut h, &[Value::HOLE, int(1), Value::HOLE]);
    assert_eq!(call(&mut h, "pop", holes, &[]), "undefined");
    assert_eq!(call(&mut h, "shift", holes, &[]), "undefined");
    assert_eq!(show(&mut h, holes), "[1]");
}

#[test]
fn hole_reads_through_prototype() {
    let mut h = NativeHost::new();
    // Array.prototype[1] = 'P': holes at index 1 now read 'P' (slow paths).
    let proto = h.rt.intrinsics.array_proto;
    let p = s(&mut h, "P");
    h.rt.define_own(proto, PropKey::Index(1), p, PropFlags::DATA);
    let a = arr(&mut h, &[int(0), Value::HOLE, int(2)]);
    assert_eq!(call(&mut h, "slice", a, &[]), "[0,'P',2]");
    let b = arr(&mut h, &[int(0), Value::HOLE, int(2)]);
    assert_eq!(call(&mut h, "shift", b, &[]), "0");
    assert_eq!(show(&mut h, b), "['P',2]");
    let c = arr(&mut h, &[int(0), Value::HOLE]);
    assert_eq!(call(&mut h, "pop", c, &[]), "'P'");
    let d = arr(&mut h, &[int(3), Value::HOLE, int(1)]);
    assert_eq!(call(&mut h, "sort", d, &[]), "[1,3,'P']");
}

#[test]
fn splice() {
    let mut h = NativeHost::new();
    let a = ints(&mut h, &[1, 2, 3]);
    assert_eq!(call(&mut h, "splice", a, &[int(1)]), "[2,3]");
    assert_eq!(show(&mut h, a), "[1]");
    let a = ints(&mut h, &[1, 2, 3]);
    assert_eq!(call(&mut h, "splice", a, &[]), "[]");
    assert_eq!(call(&mut h, "splice", a, &[Value::UNDEFINED]), "[1,2,3]");
    let a = ints(&mut h, &[1, 2, 3]);
    let x = s(&mut h, "x");
    assert_eq!(call(&mut h, "splice", a, &[int(1), Value::UNDEFINED, x]), "[]");
    assert_eq!(show(&mut h, a), "[1,'x',2,3]");
    assert_eq!(call(&mut h, "splice", a, &[int(-2), int(1), int(8), int(9)]), "[2]");
    assert_eq!(show(&mut h, a), "[1,'x',8,9,3]");
    let a = ints(&mut h, &[1, 2, 3]);
    assert_eq!(call(&mut h, "toSpliced", a, &[int(0), int(1)]), "[2,3]");
    let a = arr(&mut h, &[int(3), Value::HOLE, int(1)]);
    assert_eq!(call(&mut h, "toSpliced", a, &[int(0), int(1)]), "[undefined,1]");
}

#[test]
fn reverse_fill_copy_within() {
    let mut h = NativeHost::new();
    let a = ints(&mut h, &[1, 2, 3]);
    assert_eq!(call(&mut h, "reverse", a, &[]), "[3,2,1]");
    let a = ints(&mut h, &[1, 2, 3]);
    assert_eq!(call(&mut h, "fill", a, &[int(0), int(1)]), "[1,0,0]");
    assert_eq!(call(&mut h, "fill", a, &[]), "[undefined,undefined,undefined]");
    let a = ints(&mut h, &[1, 2, 3]);
    assert_eq!(call(&mut h, "copyWithin", a, &[int(0), int(1)]), "[2,3,3]");
    let a = ints(&mut h, &[1, 2, 3, 4, 5]);
    assert_eq!(call(&mut h, "copyWithin", a, &[int(-2), int(-3), int(-1)]), "[1,2,3,3,4]");
    let a = ints(&mut h, &[1, 2, 3, 4, 5]);
    assert_eq!(call(&mut h, "copyWithin", a, &[int(1), int(0), int(3)]), "[1,1,2,3,5]");
    assert_eq!(call(&mut h, "toReversed", a, &[]), "[5,3,2,1,1]");
    assert_eq!(call(&mut h, "with", a, &[int(-1), int(0)]), "[1,1,2,3,0]");
    assert_eq!(call(&mut h, "with", a, &[int(5), int(0)]), "RangeError: Invalid index : 5");
}

#[test]
fn frozen_arrays_throw() {
    let mut h = NativeHost::new();
    let make = |h: &mut NativeHost| {
        let a = ints(h, &[1, 2]);
        h.rt.freeze(a);
        a
    };
    let a = make(&mut h);
    assert_eq!(call(&mut h, "push", a, &[int(3)]), "TypeError: Cannot add property 2, object is not extensible");
    let a = make(&mut h);
    assert_eq!(call(&mut h, "pop", a, &[]), "TypeError: Cannot delete property '1' of [object Array]");
    let a = make(&mut h);
    assert!(call(&mut h, "sort", a, &[]).starts_with("TypeError: Cannot assign to read only property '0'"));
    let a = make(&mut h);
    assert!(call(&mut h, "unshift", a, &[int(0)]).starts_with("TypeError"));
    let a = make(&mut h);
    assert_eq!(call(&mut h, "slice", a, &[]), "[1,2]");
    let o = array_like(&mut h, 1, &[(0, int(1))]);
    h.rt.freeze(o);
    assert_eq!(call(&mut h, "pop", o, &[]), "TypeError: Cannot delete property '0' of #<Object>");
}

// ---- reading ---------------------------------------------------------------------

#[test]
fn slice_concat_at() {
    let mut h = NativeHost::new();
    let a = ints(&mut h, &[1, 2, 3]);
    assert_eq!(call(&mut h, "slice", a, &[int(-2)]), "[2,3]");
    assert_eq!(call(&mut h, "slice", a, &[int(1), int(-1)]), "[2]");
    assert_eq!(call(&mut h, "slice", a, &[int(2), int(1)]), "[]");
    assert_eq!(call(&mut h, "at", a, &[int(-1)]), "3");
    assert_eq!(call(&mut h, "at", a, &[]), "1");
    assert_eq!(call(&mut h, "at", a, &[int(3)]), "undefined");
    let b = arr(&mut h, &[int(1), Value::HOLE, int(3)]);
    let c = arr(&mut h, &[int(4), Value::HOLE, int(6)]);
    assert_eq!(call(&mut h, "concat", b, &[c]), "[1,<hole>,3,4,<hole>,6]");
    let like = array_like(&mut h, 1, &[(0, int(1))]);
    let nested = ints(&mut h, &[3]);
    let two = arr(&mut h, &[int(2), nested]);
    let one = ints(&mut h, &[1]);
    assert_eq!(call(&mut h, "concat", one, &[like, two, int(3)]), "[1,{0:1,length:1},2,[3],3]");
}

#[test]
fn searching() {
    let mut h = NativeHost::new();
    let nan = Value::double(f64::NAN);
    let a = arr(&mut h, &[nan, int(1), Value::double(-0.0), int(2), int(1)]);
    assert_eq!(call(&mut h, "includes", a, &[nan]), "true");
    assert_eq!(call(&mut h, "indexOf", a, &[nan]), "-1");
    assert_eq!(call(&mut h, "indexOf", a, &[int(0)]), "2");
    assert_eq!(call(&mut h, "indexOf", a, &[int(1)]), "1");
    assert_eq!(call(&mut h, "indexOf", a, &[int(1), int(2)]), "4");
    assert_eq!(call(&mut h, "indexOf", a, &[int(1), int(-100)]), "1");
    assert_eq!(call(&mut h, "lastIndexOf", a, &[int(1)]), "4");
    assert_eq!(call(&mut h, "lastIndexOf", a, &[int(1), int(-2)]), "1");
    assert_eq!(call(&mut h, "lastIndexOf", a, &[int(1), int(-9)]), "-1");
    assert_eq!(call(&mut h, "includes", a, &[int(1), int(5)]), "false");
    let holes = arr(&mut h, &[Value::HOLE, Value::HOLE, int(1)]);
    assert_eq!(call(&mut h, "indexOf", holes, &[Value::UNDEFINED]), "-1");
    assert_eq!(call(&mut h, "includes", holes, &[Value::UNDEFINED]), "true");
    let x = s(&mut h, "x");
    let strs = arr(&mut h, &[int(1), x]);
    let x2 = s(&mut h, "x");
    assert_eq!(call(&mut h, "indexOf", strs, &[x2]), "1");
}

#[test]
fn join_and_to_string() {
    let mut h = NativeHost::new();
    let inner = ints(&mut h, &[2, 3]);
    let a = arr(&mut h, &[int(1), inner, Value::NULL, Value::UNDEFINED, Value::HOLE, Value::double(-0.0)]);
    assert_eq!(call(&mut h, "join", a, &[]), "'1,2,3,,,,0'");
    let dash = s(&mut h, "-");
    assert_eq!(call(&mut h, "join", a, &[dash]), "'1-2,3----0'");
    assert_eq!(call(&mut h, "toString", a, &[]), "'1,2,3,,,,0'");
    // Cycles: the cyclic element prints as "".
    let cyc = ints(&mut h, &[1, 2]);
    call(&mut h, "push", cyc, &[cyc]);
    assert_eq!(call(&mut h, "join", cyc, &[]), "'1,2,'");
    let cyc2 = ints(&mut h, &[1, 2]);
    let wrap = arr(&mut h, &[cyc2, int(3)]);
    call(&mut h, "push", cyc2, &[wrap]);
    assert_eq!(call(&mut h, "join", cyc2, &[]), "'1,2,,3'");
    let o = h.rt.new_object();
    assert_eq!(call(&mut h, "toString", o, &[]), "'[object Object]'");
    let obj = h.rt.new_object();
    let lst = arr(&mut h, &[Value::NULL, obj]);
    assert_eq!(call(&mut h, "toLocaleString", lst, &[]), "',[object Object]'");
}

#[test]
fn flat_and_flat_map() {
    let mut h = NativeHost::new();
    let d4 = ints(&mut h, &[4]);
    let d3 = arr(&mut h, &[int(3), d4]);
    let d2 = arr(&mut h, &[int(2), d3]);
    let a = arr(&mut h, &[int(1), d2, Value::HOLE]);
    assert_eq!(call(&mut h, "flat", a, &[]), "[1,2,[3,[4]]]");
    assert_eq!(call(&mut h, "flat", a, &[Value::double(f64::INFINITY)]), "[1,2,3,4]");
    assert_eq!(call(&mut h, "flat", a, &[int(0)]), "[1,[2,[3,[4]]]]");
    let t = native(&mut h, triple);
    let b = ints(&mut h, &[5, 6]);
    assert_eq!(call(&mut h, "flatMap", b, &[t]), "[5,0,undefined,6,1,undefined]");
    assert_eq!(call(&mut h, "flatMap", b, &[int(3)]), "TypeError: flatMap mapper function is not callable");
    // Deep nesting does not overflow the Rust stack.
    let mut deep = ints(&mut h, &[1]);
    for _ in 0..50_000 {
        deep = arr(&mut h, &[deep]);
    }
    assert_eq!(call(&mut h, "flat", deep, &[Value::double(f64::INFINITY)]), "[1]");
}

// ---- sort -----------------------------------------------------------------------

#[test]
fn sort_default_and_comparator() {
    let mut h = NativeHost::new();
    let a = ints(&mut h, &[10, 9, 1, 100]);
    assert_eq!(call(&mut h, "sort", a, &[]), "[1,10,100,9]");
    let (b, aa, c) = (s(&mut h, "b"), s(&mut h, "a"), s(&mut h, "c"));
    let a = arr(&mut h, &[b, Value::UNDEFINED, aa, Value::HOLE, c]);
    assert_eq!(call(&mut h, "sort", a, &[]), "['a','b','c',undefined,<hole>]");
    let d = native(&mut h, descending);
    let a = ints(&mut h, &[5, 1, 4, 2, 3]);
    assert_eq!(call(&mut h, "sort", a, &[d]), "[5,4,3,2,1]");
    let a = ints(&mut h, &[1, 2]);
    assert_eq!(call(&mut h, "sort", a, &[int(5)]), "TypeError: The comparison function must be either a function or undefined");
    assert_eq!(call(&mut h, "sort", a, &[Value::NULL]), "TypeError: The comparison function must be either a function or undefined");
    assert_eq!(call(&mut h, "toSorted", a, &[int(5)]), "TypeError: The comparison function must be either a function or undefined");
    let a = arr(&mut h, &[int(3), Value::HOLE, int(1)]);
    assert_eq!(call(&mut h, "toSorted", a, &[]), "[1,3,undefined]");
    // UTF-16 code unit order: U+FF61 sorts after U+1F600's high surrogate.
    let (x, y) = (s(&mut h, "\u{ff61}"), s(&mut h, "😀"));
    let a = arr(&mut h, &[x, y]);
    assert_eq!(call(&mut h, "sort", a, &[]), "['😀','｡']");
    let boom = native(&mut h, thrower);
    let a = ints(&mut h, &[2, 1]);
    assert_eq!(call(&mut h, "sort", a, &[boom]), "TypeError: boom");
    assert_eq!(show(&mut h, a), "[2,1]");
}

#[test]
fn sort_is_stable() {
    let mut h = NativeHost::new();
    let mut items = Vec::new();
    for i in 0..200 {
        let pair = ints(&mut h, &[(i * 7) % 5, i]);
        items.push(pair);
    }
    let a = h.rt.new_array(items);
    let f = native(&mut h, by_first);
    h.call_path("Array.prototype.sort", a, &[f]).unwrap();
    let Some(Class::Array(sorted)) = h.rt.obj(a).map(|o| &o.class) else { panic!() };
    let sorted = sorted.dense.to_vec();
    let mut prev = (-1, -1);
    for pair in sorted {
        let k = ops::get(&mut h, pair, PropKey::Index(0)).unwrap().as_int();
        let i = ops::get(&mut h, pair, PropKey::Index(1)).unwrap().as_int();
        assert!(k > prev.0 || (k == prev.0 && i > prev.1), "unstable at {:?} -> {:?}", prev, (k, i));
        prev = (k, i);
    }
}
