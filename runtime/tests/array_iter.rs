//! Unit tests of the iteration helpers (builtins/iter.rs), the array
//! iterators, array `length` assignment, and rooting across collections
//! inside callbacks. Expected values come from node v20.

use kiln_runtime::builtins::iter;
use kiln_runtime::host::Host;
use kiln_runtime::object::{Class, IterKind};
use kiln_runtime::ops;
use kiln_runtime::shape::PropKey;
use kiln_runtime::testing::NativeHost;
use kiln_runtime::Value;

mod array_support;
use array_support::*;

// ---- iterators --------------------------------------------------------------------

#[test]
fn array_iterators() {
    let mut h = NativeHost::new();
    let a = arr(&mut h, &[int(1), Value::HOLE]);
    let it = h.call_path("Array.prototype.entries", a, &[]).unwrap();
    let next = {
        let proto = h.rt.obj(it).unwrap().proto;
        assert_eq!(proto, h.rt.intrinsics.array_iterator_proto);
        h.global_path("Array.prototype.values");
        let key = h.rt.key_from_str("next");
        ops::get(&mut h, it, key).unwrap()
    };
    let mut steps = Vec::new();
    for _ in 0..4 {
        let r = h.call(next, it, &[]).unwrap();
        steps.push(show(&mut h, r));
    }
    assert_eq!(
        steps,
        ["{value:[0,1],done:false}", "{value:[1,undefined],done:false}", "{value:undefined,done:true}", "{value:undefined,done:true}"]
    );
    let keys = h.call_path("Array.prototype.keys", a, &[]).unwrap();
    assert_eq!(collect(&mut h, keys), "[0,1]");
    let o = h.rt.new_object();
    match h.call(next, o, &[]) {
        Ok(_) => panic!("expected a TypeError"),
        Err(_) => assert_eq!(
            error_text(&mut h),
            "TypeError: Method Array Iterator.prototype.next called on incompatible receiver #<Object>"
        ),
    }
    // An iterator re-reads the length: elements pushed meanwhile are seen.
    let b = ints(&mut h, &[1]);
    let it = h.call_path("Array.prototype.values", b, &[]).unwrap();
    assert_eq!(step(&mut h, it), "1");
    call(&mut h, "push", b, &[int(2)]);
    assert_eq!(step(&mut h, it), "2");
    assert_eq!(step(&mut h, it), "none");
    call(&mut h, "push", b, &[int(3)]);
    assert_eq!(step(&mut h, it), "none");
}

fn step(h: &mut NativeHost, it: Value) -> String {
    match iter::iterator_next(h, it).unwrap() {
        Some(v) => show(h, v),
        None => "none".into(),
    }
}

fn collect(h: &mut NativeHost, iterable: Value) -> String {
    match iter::iterate_to_vec(h, iterable) {
        Ok(values) => {
            let a = h.rt.new_array(values);
            show(h, a)
        }
        Err(_) => error_text(h),
    }
}

#[test]
fn iterate_to_vec_kinds() {
    let mut h = NativeHost::new();
    let a = arr(&mut h, &[int(1), Value::HOLE]);
    assert_eq!(collect(&mut h, a), "[1,undefined]");
    let mut units: Vec<u16> = "a😀".encode_utf16().collect();
    units.extend([0xD800, b'b' as u16]);
    let st = h.rt.heap.alloc_string_owned(units);
    assert_eq!(show(&mut h, st).chars().count(), 6);
    let values = iter::iterate_to_vec(&mut h, st).unwrap();
    let lens: Vec<usize> = values.iter().map(|v| h.rt.heap.string_len(v.as_ref())).collect();
    assert_eq!(lens, [1, 2, 1, 1]);
    let boxed = ops::to_object(&mut h, st).unwrap();
    assert_eq!(iter::iterate_to_vec(&mut h, boxed).unwrap().len(), 4);
    let k = s(&mut h, "k");
    let map = make_map(&mut h, &[(k, int(1)), (int(2), int(3))], false);
    assert_eq!(collect(&mut h, map), "[['k',1],[2,3]]");
    let set = make_set(&mut h, &[int(1), int(2)]);
    assert_eq!(collect(&mut h, set), "[1,2]");
    let o = h.rt.new_object();
    assert_eq!(collect(&mut h, o), "TypeError: object is not iterable (cannot read property Symbol(Symbol.iterator))");
    assert_eq!(collect(&mut h, int(5)), "TypeError: number 5 is not iterable (cannot read property Symbol(Symbol.iterator))");
    assert_eq!(collect(&mut h, Value::TRUE), "TypeError: boolean true is not iterable (cannot read property Symbol(Symbol.iterator))");
    assert_eq!(collect(&mut h, Value::UNDEFINED), "TypeError: undefined is not iterable (cannot read property Symbol(Symbol.iterator))");
    let f = native(&mut h, double);
    assert_eq!(collect(&mut h, f), "TypeError: function is not iterable (cannot read property Symbol(Symbol.iterator))");
    // Iterator objects: their remaining values.
    let it = iter::make_iterator(&mut h, map, IterKind::Keys);
    assert_eq!(collect(&mut h, it), "['k',2]");
    assert_eq!(collect(&mut h, it), "[]");
    let it = iter::make_iterator(&mut h, set, IterKind::Entries);
    assert_eq!(collect(&mut h, it), "[[1,1],[2,2]]");
    let it = iter::get_iterator(&mut h, st).unwrap();
    assert_eq!(h.rt.obj(it).unwrap().proto, h.rt.intrinsics.string_iterator_proto);
}

#[test]
fn map_iterator_sees_additions_and_skips_deletions() {
    let mut h = NativeHost::new();
    let map = make_map(&mut h, &[(int(1), int(10)), (int(2), int(20)), (int(3), int(30))], false);
    let it = iter::make_iterator(&mut h, map, IterKind::Values);
    assert_eq!(h.rt.obj(it).unwrap().proto, h.rt.intrinsics.map_iterator_proto);
    assert_eq!(step(&mut h, it), "10");
    if let Some(Class::Map(data)) = h.rt.obj_mut(map).map(|o| &mut o.class) {
        data.entries[1] = None; // delete key 2
        data.entries.push(Some((Value::int(4), Value::int(40))));
    }
    assert_eq!(step(&mut h, it), "30");
    assert_eq!(step(&mut h, it), "40");
    assert_eq!(step(&mut h, it), "none");
}

// ---- garbage collection during callbacks -------------------------------------------

#[test]
fn values_survive_collections_in_callbacks() {
    let mut h = NativeHost::new();
    let mark = h.rt.roots.len();
    let (x, y, z) = (s(&mut h, "x"), s(&mut h, "y"), s(&mut h, "z"));
    let a = arr(&mut h, &[x, y, Value::HOLE, z]);
    h.rt.roots.push(a);
    let f = native(&mut h, gc_then_label);
    h.rt.roots.push(f);
    assert_eq!(call(&mut h, "map", a, &[f]), "['<x>','<y>',<hole>,'<z>']");
    assert_eq!(call(&mut h, "filter", a, &[f]), "['x','y','z']");
    assert_eq!(call(&mut h, "flatMap", a, &[f]), "['<x>','<y>','<z>']");
    let add_f = native(&mut h, gc_then_label);
    h.rt.roots.push(add_f);
    assert_eq!(call(&mut h, "reduce", a, &[add_f]), "'<<x>>'");
    let from = h.global_path("Array.from");
    let ctor = h.global_path("Array");
    let r = h.call(from, ctor, &[a, f]).unwrap();
    assert_eq!(show(&mut h, r), "['<x>','<y>','<undefined>','<z>']");
    let cmp = native(&mut h, gc_compare);
    h.rt.roots.push(cmp);
    let mut many = Vec::new();
    for i in 0..40 {
        let v = h.rt.str(&format!("s{}", (i * 17) % 40));
        many.push(v);
    }
    let b = h.rt.new_array(many);
    h.rt.roots.push(b);
    call(&mut h, "sort", b, &[cmp]);
    h.rt.collect_garbage(&[]);
    let sorted = call(&mut h, "join", b, &[]);
    let mut expected: Vec<String> = (0..40).map(|i| format!("s{}", i)).collect();
    expected.sort();
    assert_eq!(sorted, format!("'{}'", expected.join(",")));
    h.rt.roots.truncate(mark);
}

#[test]
fn prototype_shape() {
    let mut h = NativeHost::new();
    let proto = h.rt.intrinsics.array_proto;
    let names: Vec<String> = h.rt.own_keys(proto, false).into_iter().map(|k| h.rt.key_text(k)).collect();
    assert_eq!(
        names.join(","),
        "length,constructor,at,concat,copyWithin,fill,find,findIndex,findLast,findLastIndex,lastIndexOf,pop,push,\
         reverse,shift,unshift,slice,sort,splice,includes,indexOf,join,keys,entries,values,forEach,filter,flat,\
         flatMap,map,every,some,reduce,reduceRight,toLocaleString,toString,toReversed,toSorted,toSpliced,with"
    );
    let lengths: Vec<String> = ["some", "reduce", "push", "splice", "concat", "fill", "copyWithin", "indexOf", "flat", "slice", "join", "sort", "at"]
        .iter()
        .map(|m| {
            let f = h.global_path(&format!("Array.prototype.{}", m));
            let len = ops::get(&mut h, f, PropKey::Atom(kiln_runtime::atoms::LENGTH)).unwrap();
            show(&mut h, len)
        })
        .collect();
    assert_eq!(lengths.join(","), "1,1,1,2,1,1,2,1,0,2,1,1,1");
    let array = h.global_path("Array");
    let names: Vec<String> = h.rt.own_keys(array, false).into_iter().map(|k| h.rt.key_text(k)).collect();
    assert_eq!(names.join(","), "length,name,prototype,isArray,from,of");
}

#[test]
fn setting_length() {
    let mut h = NativeHost::new();
    let len = PropKey::Atom(kiln_runtime::atoms::LENGTH);
    let a = ints(&mut h, &[1, 2, 3]);
    let two = s(&mut h, "2");
    ops::set(&mut h, a, len, two, true).unwrap();
    assert_eq!(show(&mut h, a), "[1,2]");
    ops::set(&mut h, a, len, int(4), true).unwrap();
    assert_eq!(show(&mut h, a), "[1,2,<hole>,<hole>]");
    assert!(ops::set(&mut h, a, len, int(-1), true).is_err());
    assert_eq!(error_text(&mut h), "RangeError: Invalid array length");
    assert!(ops::set(&mut h, a, len, Value::number(1.5), false).is_err());
    assert_eq!(error_text(&mut h), "RangeError: Invalid array length");
    assert_eq!(show(&mut h, a), "[1,2,<hole>,<hole>]");
}

#[test]
fn iterator_tags() {
    let mut h = NativeHost::new();
    let a = ints(&mut h, &[1]);
    let it = h.call_path("Array.prototype.keys", a, &[]).unwrap();
    assert_eq!(iter::iterator_tag(&h.rt, it), Some("Array Iterator"));
    let set = make_set(&mut h, &[int(1)]);
    let it = iter::make_iterator(&mut h, set, IterKind::Values);
    assert_eq!(iter::iterator_tag(&h.rt, it), Some("Set Iterator"));
    assert_eq!(iter::iterator_tag(&h.rt, a), None);
    assert_eq!(iter::iterator_tag(&h.rt, int(1)), None);
}
