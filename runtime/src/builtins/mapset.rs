//! `Map` and `Set`: the constructors (with `new Map(pairs)` / `new
//! Set(iterable)`), their prototypes' methods, and the `size` getters. The
//! storage and iteration rules live in `mapdata`; the iterator objects'
//! prototypes (`next`) in `iter`.

use super::natives::{constructor, natives};
use super::{arg, mapdata};
use crate::atoms;
use crate::error::type_error;
use crate::host::{Host, JsResult};
use crate::object::{Class, IterKind, MapData, NativeFn};
use crate::ops;
use crate::realm::Runtime;
use crate::shape::{PropFlags, PropKey};
use crate::value::Value;
use alloc::boxed::Box;
use alloc::format;

pub fn install(rt: &mut Runtime) {
    let map_proto = rt.intrinsics.map_proto;
    // Map and Set instances, and their prototypes, come only from these
    // constructors: a program that does not name them cannot call them.
    constructor!(rt, "Map", 0, map_ctor, map_proto);
    // `get` and `set` are keys Rust code reads (property descriptors, the
    // Map constructor's adder), but no object inherits these without Map.
    natives!(rt, map_proto, "Map.prototype", by "Map" [
        "get" => 1, map_get;
        "set" => 2, map_set;
    ]);
    natives!(rt, map_proto, "Map.prototype", [
        "has" => 1, map_has;
        "delete" => 1, map_delete;
        "clear" => 0, map_clear;
        "entries" => 0, map_entries;
        "forEach" => 1, map_for_each;
        "keys" => 0, map_keys;
    ]);
    define_getter(rt, map_proto, "size", map_size);
    natives!(rt, map_proto, "Map.prototype", ["values" => 0, map_values;]);

    let set_proto = rt.intrinsics.set_proto;
    constructor!(rt, "Set", 0, set_ctor, set_proto);
    natives!(rt, set_proto, "Set.prototype", ["has" => 1, set_has;]);
    natives!(rt, set_proto, "Set.prototype", by "Set" ["add" => 1, set_add;]);
    natives!(rt, set_proto, "Set.prototype", [
        "delete" => 1, set_delete;
        "clear" => 0, set_clear;
        "entries" => 0, set_entries;
        "forEach" => 1, set_for_each;
    ]);
    define_getter(rt, set_proto, "size", set_size);
    // `Set.prototype.keys` is the same function object as `values`.
    natives!(rt, set_proto, "Set.prototype", ["values" | "keys" => 0, set_values;]);
    let values = super::own_value(rt, set_proto, "values");
    let keys = rt.key_from_str("keys");
    rt.define_own(set_proto, keys, values, PropFlags::HIDDEN);
}

/// A non-enumerable accessor property with only a getter (named `get x`).
fn define_getter(rt: &mut Runtime, target: Value, name: &str, f: NativeFn) {
    let getter = rt.new_native(&format!("get {}", name), 0, f, false);
    let proto = rt.intrinsics.object_proto;
    let pair = rt.alloc_object(Class::Accessor { get: getter, set: Value::UNDEFINED }, proto);
    let key = rt.key_from_str(name);
    rt.define_own(target, key, pair, PropFlags(PropFlags::ACCESSOR | PropFlags::CONFIGURABLE));
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Map,
    Set,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Map => "Map",
            Kind::Set => "Set",
        }
    }
}

/// Checks that `this` is a Map (or Set), else V8's TypeError
/// "Method Map.prototype.get called on incompatible receiver #<Object>".
fn check_receiver(cx: &mut dyn Host, this: Value, kind: Kind, method: &str) -> JsResult<()> {
    let ok = match cx.rt().obj(this).map(|o| &o.class) {
        Some(Class::Map(_)) => kind == Kind::Map,
        Some(Class::Set(_)) => kind == Kind::Set,
        _ => false,
    };
    if ok {
        return Ok(());
    }
    let what = super::array::describe_value(cx.rt(), this);
    // The size getter is named "get Map.prototype.size" in the message.
    let (prefix, method) = match method.strip_prefix("get ") {
        Some(rest) => ("get ", rest),
        None => ("", method),
    };
    let msg = format!("Method {}{}.prototype.{} called on incompatible receiver {}", prefix, kind.name(), method, what);
    Err(type_error(cx, &msg))
}

// ---- constructors ---------------------------------------------------------

fn map_ctor(cx: &mut dyn Host, _this: Value, args: &[Value], new_target: Value) -> JsResult<Value> {
    construct(cx, Kind::Map, arg(args, 0), new_target)
}

fn set_ctor(cx: &mut dyn Host, _this: Value, args: &[Value], new_target: Value) -> JsResult<Value> {
    construct(cx, Kind::Set, arg(args, 0), new_target)
}

/// `new Map(iterable)` / `new Set(iterable)`: an empty collection whose
/// prototype comes from `new.target` (so subclasses work), then every value
/// of the iterable passed to the `set`/`add` method read from it.
fn construct(cx: &mut dyn Host, kind: Kind, iterable: Value, new_target: Value) -> JsResult<Value> {
    if new_target.is_undefined() {
        return Err(type_error(cx, &format!("Constructor {} requires 'new'", kind.name())));
    }
    let default_proto = match kind {
        Kind::Map => cx.rt().intrinsics.map_proto,
        Kind::Set => cx.rt().intrinsics.set_proto,
    };
    let proto = match cx.rt().obj(new_target).map(|o| &o.class) {
        // The builtin constructors themselves: no need to look `prototype` up.
        Some(Class::Native { .. }) => default_proto,
        _ => {
            let p = ops::get(cx, new_target, PropKey::Atom(atoms::PROTOTYPE))?;
            if cx.rt().is_object(p) { p } else { default_proto }
        }
    };
    let data = Box::new(MapData::default());
    let class = match kind {
        Kind::Map => Class::Map(data),
        Kind::Set => Class::Set(data),
    };
    let collection = cx.rt().alloc_object(class, proto);
    if iterable.is_nullish() {
        return Ok(collection);
    }
    super::array::rooted(cx, &[collection], |cx| fill(cx, kind, collection, iterable))?;
    Ok(collection)
}

/// AddEntriesFromIterable / the loop of the Set constructor.
fn fill(cx: &mut dyn Host, kind: Kind, collection: Value, iterable: Value) -> JsResult<()> {
    let (adder_name, adder_key) =
        if kind == Kind::Map { ("set", PropKey::Atom(atoms::SET)) } else { ("add", PropKey::Atom(atoms::ADD)) };
    let adder = ops::get(cx, collection, adder_key)?;
    if !cx.rt().is_callable(adder) {
        let shown = super::array::describe_value(cx.rt(), adder);
        let msg = format!("'{}' returned for property '{}' of object '#<{}>' is not a function", shown, adder_name, kind.name());
        return Err(type_error(cx, &msg));
    }
    cx.rt().roots.push(adder);
    let items = super::iter::iterate_to_vec(cx, iterable)?;
    cx.rt().roots.extend_from_slice(&items);
    for item in items {
        if kind == Kind::Set {
            cx.call(adder, collection, &[item])?;
            continue;
        }
        if !cx.rt().is_object(item) {
            let shown = super::array::describe_value(cx.rt(), item);
            return Err(type_error(cx, &format!("Iterator value {} is not an entry object", shown)));
        }
        let k = super::array::get_index(cx, item, 0)?;
        cx.rt().roots.push(k);
        let v = super::array::get_index(cx, item, 1)?;
        cx.call(adder, collection, &[k, v])?;
    }
    Ok(())
}

// ---- Map.prototype --------------------------------------------------------

fn map_get(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    check_receiver(cx, this, Kind::Map, "get")?;
    Ok(mapdata::get(cx.rt(), this, arg(args, 0)).unwrap_or(Value::UNDEFINED))
}

fn map_set(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    check_receiver(cx, this, Kind::Map, "set")?;
    mapdata::insert(cx.rt(), this, arg(args, 0), arg(args, 1));
    Ok(this)
}

fn map_has(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    check_receiver(cx, this, Kind::Map, "has")?;
    Ok(Value::bool(mapdata::has(cx.rt(), this, arg(args, 0))))
}

fn map_delete(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    check_receiver(cx, this, Kind::Map, "delete")?;
    Ok(Value::bool(mapdata::remove(cx.rt(), this, arg(args, 0))))
}

fn map_clear(cx: &mut dyn Host, this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    check_receiver(cx, this, Kind::Map, "clear")?;
    mapdata::clear(cx.rt(), this);
    Ok(Value::UNDEFINED)
}

fn map_size(cx: &mut dyn Host, this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    check_receiver(cx, this, Kind::Map, "get size")?;
    Ok(Value::number(mapdata::size(cx.rt(), this) as f64))
}

fn map_for_each(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    check_receiver(cx, this, Kind::Map, "forEach")?;
    for_each(cx, this, Kind::Map, arg(args, 0), arg(args, 1))
}

fn map_entries(cx: &mut dyn Host, this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    check_receiver(cx, this, Kind::Map, "entries")?;
    Ok(mapdata::new_iterator(cx.rt(), this, IterKind::Entries))
}

fn map_keys(cx: &mut dyn Host, this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    check_receiver(cx, this, Kind::Map, "keys")?;
    Ok(mapdata::new_iterator(cx.rt(), this, IterKind::Keys))
}

fn map_values(cx: &mut dyn Host, this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    check_receiver(cx, this, Kind::Map, "values")?;
    Ok(mapdata::new_iterator(cx.rt(), this, IterKind::Values))
}

// ---- Set.prototype --------------------------------------------------------

fn set_has(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    check_receiver(cx, this, Kind::Set, "has")?;
    Ok(Value::bool(mapdata::has(cx.rt(), this, arg(args, 0))))
}

fn set_add(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    check_receiver(cx, this, Kind::Set, "add")?;
    let v = arg(args, 0);
    // A Set entry holds its value as both key and value (-0 stored as +0).
    let v = if v.is_double() && v.as_double() == 0.0 { Value::int(0) } else { v };
    mapdata::insert(cx.rt(), this, v, v);
    Ok(this)
}

fn set_delete(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    check_receiver(cx, this, Kind::Set, "delete")?;
    Ok(Value::bool(mapdata::remove(cx.rt(), this, arg(args, 0))))
}

fn set_clear(cx: &mut dyn Host, this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    check_receiver(cx, this, Kind::Set, "clear")?;
    mapdata::clear(cx.rt(), this);
    Ok(Value::UNDEFINED)
}

fn set_size(cx: &mut dyn Host, this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    check_receiver(cx, this, Kind::Set, "get size")?;
    Ok(Value::number(mapdata::size(cx.rt(), this) as f64))
}

fn set_for_each(cx: &mut dyn Host, this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    check_receiver(cx, this, Kind::Set, "forEach")?;
    for_each(cx, this, Kind::Set, arg(args, 0), arg(args, 1))
}

fn set_entries(cx: &mut dyn Host, this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    check_receiver(cx, this, Kind::Set, "entries")?;
    Ok(mapdata::new_iterator(cx.rt(), this, IterKind::Entries))
}

fn set_values(cx: &mut dyn Host, this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    check_receiver(cx, this, Kind::Set, "values")?;
    Ok(mapdata::new_iterator(cx.rt(), this, IterKind::Values))
}

// ---- shared ---------------------------------------------------------------

/// `forEach(callback, thisArg)`: calls `callback(value, key, collection)`
/// for each entry in order, including entries added meanwhile and skipping
/// deleted ones. Counts as an iteration in progress throughout.
fn for_each(cx: &mut dyn Host, this: Value, kind: Kind, callback: Value, this_arg: Value) -> JsResult<Value> {
    if !cx.rt().is_callable(callback) {
        let what = super::iter::describe_not_iterable(cx.rt(), callback);
        return Err(type_error(cx, &format!("{} is not a function", what)));
    }
    mapdata::begin_iteration(cx.rt(), this);
    let mut pos = 0;
    let mut result = Ok(());
    while let Some((k, v)) = mapdata::step(cx.rt(), this, &mut pos) {
        let v = if kind == Kind::Set { k } else { v };
        if let Err(e) = cx.call(callback, this_arg, &[v, k, this]) {
            result = Err(e);
            break;
        }
    }
    mapdata::end_iteration(cx.rt(), this);
    result.map(|()| Value::UNDEFINED)
}
