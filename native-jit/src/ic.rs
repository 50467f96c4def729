//! Inline caches of the interpreter, kept in the feedback vector: own-property
//! loads and stores (shape → slot), prototype-chain hits proven by the shapes
//! of every object on the path, and cached shape transitions for property
//! additions (valid while `Runtime::proto_epoch` is unchanged).

use crate::vm::Vm;
use kiln_runtime::object::Class;
use kiln_runtime::shape::{PropFlags, PropKey, DICTIONARY_SHAPE};
use kiln_runtime::Value;

/// Inline-cache probe for a named load: own data property of a known shape.
#[inline]
pub(crate) fn ic_load(vm: &mut Vm, func: u32, fb: u32, o: Value) -> Option<Value> {
    let obj = vm.rt.obj(o)?;
    if obj.shape == DICTIONARY_SHAPE {
        return None;
    }
    let slot = vm.feedback.slot(func, fb).lookup(obj.shape)?;
    obj.slots.get(slot as usize).copied()
}

/// Inline-cache probe for a named store to an existing writable data property.
#[inline]
pub(crate) fn ic_store(vm: &mut Vm, func: u32, fb: u32, o: Value, v: Value) -> bool {
    let Some(r) = o.to_ref() else { return false };
    let shape = match vm.rt.heap.obj(r) {
        Some(obj) if obj.shape != DICTIONARY_SHAPE => obj.shape,
        _ => return false,
    };
    let Some(slot) = vm.feedback.slot(func, fb).lookup(shape) else { return false };
    if let Some(obj) = vm.rt.heap.obj_mut(r) {
        if let Some(s) = obj.slots.get_mut(slot as usize) {
            *s = v;
            return true;
        }
    }
    false
}

/// The shape and prototype of `v` for a prototype-hit cache key: objects
/// in shape mode and string primitives; None for anything else.
#[inline]
pub(crate) fn receiver_key(vm: &Vm, v: Value) -> Option<(u32, Value)> {
    match v.to_ref().and_then(|r| vm.rt.heap.obj(r)) {
        Some(obj) if obj.shape != DICTIONARY_SHAPE => Some((obj.shape.0, obj.proto)),
        Some(_) => None,
        None if vm.rt.is_string(v) => Some((crate::feedback::STRING_RECEIVER, vm.rt.intrinsics.string_proto)),
        None => None,
    }
}

/// Prototype-hit cache probe for a named load.
#[inline]
pub(crate) fn ic_proto_load(vm: &Vm, func: u32, fb: u32, o: Value) -> Option<Value> {
    let slot = vm.feedback.slot(func, fb);
    if slot.proto_hit_count == 0 {
        return None;
    }
    // The receiver's own keys and prototype; the epoch vouches for the rest.
    let (shape, proto) = receiver_key(vm, o)?;
    let epoch = vm.rt.proto_epoch;
    let hit = slot.proto_hits().iter().find(|h| h.receiver_shape == shape && h.receiver_proto == proto.0 && h.epoch == epoch)?;
    vm.rt.heap.obj(kiln_runtime::value::Ref(hit.holder))?.slots.get(hit.slot as usize).copied()
}

/// After a slow load: if `key` was found as a data property somewhere on
/// the prototype chain of a shape-mode receiver (through shape-mode
/// objects only), cache where, and watch every object on the way.
pub(crate) fn record_proto_hit(vm: &mut Vm, func: u32, fb: u32, o: Value, key: PropKey) {
    const MAX_DEPTH: usize = 8;
    // Arrays, strings and String wrappers own `length` and indices outside
    // any shape: a shape proves nothing about those keys.
    if key == PropKey::Atom(kiln_runtime::atoms::LENGTH) || matches!(key, PropKey::Index(_)) {
        return;
    }
    let Some((receiver_shape, proto)) = receiver_key(vm, o) else { return };
    if receiver_shape != crate::feedback::STRING_RECEIVER && vm.rt.shapes.lookup(kiln_runtime::shape::ShapeId(receiver_shape), key).is_some() {
        return;
    }
    let mut path = [Value::UNDEFINED; MAX_DEPTH];
    let mut current = proto;
    for depth in 0..MAX_DEPTH {
        let Some(obj) = vm.rt.obj(current) else { return };
        if obj.shape == DICTIONARY_SHAPE {
            return;
        }
        path[depth] = current;
        if let Some((slot, flags)) = vm.rt.shapes.lookup(obj.shape, key) {
            if flags.is_accessor() {
                return;
            }
            for &v in &path[..=depth] {
                if let Some(obj) = vm.rt.obj_mut(v) {
                    obj.watched = true;
                }
            }
            let hit = crate::feedback::ProtoHit { receiver_shape, receiver_proto: proto.0, holder: current.as_ref().0, slot, epoch: vm.rt.proto_epoch };
            vm.feedback.slot_mut(func, fb).record_proto_hit(hit);
            return;
        }
        current = obj.proto;
    }
}

/// Shape and prototype of an ordinary object before a store (the state a
/// transition is keyed on), if it is eligible for transition caching.
pub(crate) fn transition_state(vm: &Vm, o: Value) -> Option<(u32, u64)> {
    let obj = vm.rt.obj(o)?;
    if obj.shape == DICTIONARY_SHAPE || !obj.extensible || !matches!(obj.class, Class::Ordinary) {
        return None;
    }
    Some((obj.shape.0, obj.proto.0))
}

/// After a slow store that added `key` as a plain data property: cache the
/// shape transition.
pub(crate) fn record_transition(vm: &mut Vm, func: u32, fb: u32, o: Value, key: PropKey, (from, proto): (u32, u64)) {
    let Some(obj) = vm.rt.obj(o) else { return };
    if obj.shape == DICTIONARY_SHAPE {
        return;
    }
    let shape = vm.rt.shapes.get(obj.shape);
    if shape.parent.map(|p| p.0) != Some(from) || shape.key != Some(key) || shape.flags != PropFlags::DATA {
        return;
    }
    // (The prototype is named by its reference: every collection bumps the
    // epoch, so a reference reused by a new object never matches.)
    let to = obj.shape.0;
    let t = crate::feedback::Transition { from, to, proto, epoch: vm.rt.proto_epoch };
    vm.feedback.slot_mut(func, fb).transition = t;
}

/// Transition-cache probe: adds the property in place when the object is
/// in the cached state.
#[inline]
pub(crate) fn ic_transition(vm: &mut Vm, func: u32, fb: u32, o: Value, v: Value) -> bool {
    let t = vm.feedback.slot(func, fb).transition;
    if !t.is_cached() {
        return false;
    }
    if t.epoch != vm.rt.proto_epoch {
        return false;
    }
    let Some(r) = o.to_ref() else { return false };
    match vm.rt.heap.obj_mut(r) {
        Some(obj)
            if obj.shape.0 == t.from && obj.proto.0 == t.proto && obj.extensible && !obj.watched && matches!(obj.class, Class::Ordinary) =>
        {
            obj.shape = kiln_runtime::shape::ShapeId(t.to);
            obj.slots.push(v);
            true
        }
        _ => false,
    }
}

/// After a slow access: cache (shape → slot) if `key` is an own writable
/// data property stored in the shape's slots.
pub(crate) fn ic_record(vm: &mut Vm, func: u32, fb: u32, o: Value, key: PropKey) {
    record_own(vm, func, fb, o, key, true);
}

/// `ic_record` for a site that only ever loads: read-only properties too.
pub(crate) fn ic_record_load(vm: &mut Vm, func: u32, fb: u32, o: Value, key: PropKey) {
    record_own(vm, func, fb, o, key, false);
}

fn record_own(vm: &mut Vm, func: u32, fb: u32, o: Value, key: PropKey, writable: bool) {
    let Some(obj) = vm.rt.obj(o) else { return };
    if obj.shape == DICTIONARY_SHAPE || matches!(obj.class, Class::Array(_) | Class::BoxedString(_)) {
        return;
    }
    let shape = obj.shape;
    if let Some((slot, flags)) = vm.rt.shapes.lookup(shape, key) {
        if !flags.is_accessor() && (flags.writable() || !writable) {
            vm.feedback.slot_mut(func, fb).record(shape, slot);
        }
    }
}


/// A named load answered by the site's caches alone (an own slot of a
/// known shape, or a proven prototype-chain hit); None on a miss. Never
/// allocates or runs JavaScript. AOT code calls it before the full op.
#[inline]
pub fn cached_named_load(vm: &mut Vm, func: u32, fb: u32, o: Value) -> Option<Value> {
    ic_load(vm, func, fb, o).or_else(|| ic_proto_load(vm, func, fb, o))
}

/// A named store done by the site's caches alone (an existing writable
/// slot, or a cached property addition); false on a miss.
#[inline]
pub fn cached_named_store(vm: &mut Vm, func: u32, fb: u32, o: Value, v: Value) -> bool {
    ic_store(vm, func, fb, o, v) || ic_transition(vm, func, fb, o, v)
}

/// A global variable read answered by the site's cache alone (its place
/// in the global object, valid while `global_epoch` is unchanged); None
/// on a miss. AOT code calls it before the full op.
#[inline]
pub fn cached_global_load(vm: &Vm, func: u32, fb: u32) -> Option<Value> {
    let hit = vm.feedback.slot(func, fb).global;
    if hit.epoch != vm.rt.global_epoch {
        return None;
    }
    vm.rt.global_at(hit.index)
}
