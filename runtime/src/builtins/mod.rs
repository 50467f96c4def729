//! The standard library: creates the intrinsic prototypes and constructors
//! and the global object. One file per global (Object, Array, String, …);
//! each has an `install(rt)` called in dependency order from here.

use crate::object::{Class, NativeFn};
use crate::realm::Runtime;
use crate::shape::{PropFlags, PropKey};
use crate::value::Value;

pub mod args;
pub mod array;
pub mod array_access;
pub mod array_iteration;
pub mod array_mutate;
pub mod array_sort;
pub mod boolean;
pub mod console;
pub mod error;
pub mod function;
pub mod inspect_value;
pub mod global;
pub mod iter;
pub mod json;
pub mod json_parse;
pub mod json_stringify;
pub mod mapdata;
pub mod mapset;
pub mod math;
pub mod math_fdlibm;
pub mod math_pow;
pub mod math_trig;
pub mod natives;
pub mod number;
pub mod number_locale;
pub mod object;
pub mod object_descriptor;
pub mod string;
pub mod string_collate;
pub mod string_search;
pub mod string_transform;

pub use args::{arg, Args};

/// Builds every intrinsic and the global object of `rt`.
pub fn install(rt: &mut Runtime) {
    // The two roots of every prototype chain come first.
    let object_proto = rt.alloc_object(Class::Ordinary, Value::NULL);
    rt.intrinsics.object_proto = object_proto;
    let function_proto = rt.alloc_object(Class::Native { f: function::empty, ctor: false }, object_proto);
    rt.intrinsics.function_proto = function_proto;
    for proto in [
        &mut rt.intrinsics.array_proto,
        &mut rt.intrinsics.string_proto,
        &mut rt.intrinsics.number_proto,
        &mut rt.intrinsics.boolean_proto,
        &mut rt.intrinsics.map_proto,
        &mut rt.intrinsics.set_proto,
        &mut rt.intrinsics.iterator_proto,
    ] {
        *proto = Value::UNDEFINED;
    }
    let array_proto = rt.alloc_object(Class::Array(Default::default()), object_proto);
    rt.intrinsics.array_proto = array_proto;
    let string_proto = rt.atom_string(crate::atoms::EMPTY);
    let string_proto = rt.alloc_object(Class::BoxedString(string_proto), object_proto);
    rt.intrinsics.string_proto = string_proto;
    rt.intrinsics.number_proto = rt.alloc_object(Class::BoxedNumber(0.0), object_proto);
    rt.intrinsics.boolean_proto = rt.alloc_object(Class::BoxedBool(false), object_proto);
    rt.intrinsics.map_proto = rt.alloc_object(Class::Ordinary, object_proto);
    rt.intrinsics.set_proto = rt.alloc_object(Class::Ordinary, object_proto);
    rt.intrinsics.iterator_proto = rt.alloc_object(Class::Ordinary, object_proto);

    let global = rt.alloc_object(Class::Ordinary, object_proto);
    rt.global = global;
    // Global variable sites cache a variable's index in the global
    // object's dictionary (`Runtime::global_index`): with fewer properties
    // than the dictionary threshold it would have none, and every read of
    // `Math` or `console` would look the name up.
    rt.make_dictionary(global);
    let global_this = PropKey::Atom(crate::atoms::GLOBAL_THIS);
    rt.define_own(global, global_this, global, PropFlags::HIDDEN);
    let undefined = rt.key_from_str("undefined");
    rt.define_own(global, undefined, Value::UNDEFINED, PropFlags::NONE);
    let nan = rt.key_from_str("NaN");
    rt.define_own(global, nan, Value::double(f64::NAN), PropFlags::NONE);
    let infinity = rt.key_from_str("Infinity");
    rt.define_own(global, infinity, Value::double(f64::INFINITY), PropFlags::NONE);

    function::install(rt);
    object::install(rt);
    error::install(rt);
    array::install(rt);
    iter::install(rt);
    mapset::install(rt);
    json::install(rt);
    global::install(rt);
    boolean::install(rt);
    number::install(rt);
    string::install(rt);
    math::install(rt);
    console::install(rt);
    rt.intrinsics.math_object = global_value(rt, "Math");
    rt.intrinsics.json_object = global_value(rt, "JSON");
    // The array fast paths check that these two have no index keys; they
    // cache the answer while no key of theirs changes (`proto_epoch`).
    for proto in [rt.intrinsics.array_proto, rt.intrinsics.object_proto] {
        if let Some(obj) = rt.obj_mut(proto) {
            obj.watched = true;
        }
    }
}

/// Creates a constructor `name` with `proto` as its `prototype`, links
/// `proto.constructor`, and defines it on the global object.
pub fn define_constructor(rt: &mut Runtime, name: &str, length: u32, f: NativeFn, proto: Value) -> Value {
    let ctor = rt.new_native(name, length, f, true);
    rt.define_own(ctor, PropKey::Atom(crate::atoms::PROTOTYPE), proto, PropFlags::NONE);
    rt.define_own(proto, PropKey::Atom(crate::atoms::CONSTRUCTOR), ctor, PropFlags::HIDDEN);
    define_global(rt, name, ctor);
    ctor
}

fn global_value(rt: &mut Runtime, name: &str) -> Value {
    let global = rt.global;
    own_value(rt, global, name)
}

/// The value of `target`'s own data property `name` (undefined if absent),
/// for installation code that stores one function object under two keys.
pub(crate) fn own_value(rt: &mut Runtime, target: Value, name: &str) -> Value {
    let key = rt.key_from_str(name);
    match rt.get_own(target, key) {
        crate::property::OwnProp::Slot(v, _) => v,
        crate::property::OwnProp::None => Value::UNDEFINED,
    }
}

/// `Symbol.toStringTag` of the builtin objects that have one (no symbols
/// yet, so it is looked up by identity).
pub fn to_string_tag(rt: &Runtime, v: Value) -> Option<&'static str> {
    if v.is_undefined() {
        return None;
    }
    let i = &rt.intrinsics;
    if v == i.math_object {
        Some("Math")
    } else if v == i.json_object {
        Some("JSON")
    } else if v == rt.global {
        Some("global")
    } else {
        None
    }
}

/// Defines a non-enumerable global binding (like node's builtins).
pub fn define_global(rt: &mut Runtime, name: &str, value: Value) {
    let key = rt.key_from_str(name);
    let global = rt.global;
    rt.define_own(global, key, value, PropFlags::HIDDEN);
}

/// Defines a non-writable, non-enumerable, non-configurable value property
/// (constants such as `Math.PI`).
pub fn define_constant(rt: &mut Runtime, target: Value, name: &str, value: Value) {
    let key = rt.key_from_str(name);
    rt.define_own(target, key, value, PropFlags::NONE);
}
