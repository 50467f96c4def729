//! A `Host` for the runtime's own tests: it runs native functions only (no
//! bytecode engine is linked into this crate), enough to unit-test builtins.

use crate::host::{BufferOutput, Host, JsResult};
use crate::object::Class;
use crate::realm::Runtime;
use crate::value::Value;
use alloc::boxed::Box;
use alloc::vec::Vec;

pub struct NativeHost {
    pub rt: Runtime,
}

impl Default for NativeHost {
    fn default() -> Self {
        NativeHost::new()
    }
}

impl NativeHost {
    pub fn new() -> NativeHost {
        NativeHost { rt: Runtime::new(Box::new(BufferOutput::default())) }
    }

    /// Looks up a global by name (e.g. "Array") and a property path on it.
    pub fn global_path(&mut self, path: &str) -> Value {
        let mut v = self.rt.global;
        for part in path.split('.') {
            let key = self.rt.key_from_str(part);
            v = crate::ops::get(self, v, key).unwrap_or(Value::UNDEFINED);
        }
        v
    }

    /// Calls the function at `path` (e.g. "Math.max") with `this` and `args`.
    pub fn call_path(&mut self, path: &str, this: Value, args: &[Value]) -> JsResult<Value> {
        let f = self.global_path(path);
        self.call(f, this, args)
    }

    /// The text of a string value (for assertions).
    pub fn text(&mut self, v: Value) -> alloc::string::String {
        let units = self.rt.heap.string_units(v.as_ref());
        alloc::string::String::from_utf16_lossy(&units)
    }
}

impl Host for NativeHost {
    fn rt(&mut self) -> &mut Runtime {
        &mut self.rt
    }

    fn call(&mut self, callee: Value, this: Value, args: &[Value]) -> JsResult<Value> {
        match self.rt.obj(callee).map(|o| &o.class) {
            Some(Class::Native { f, .. }) => {
                let f = *f;
                f(self, this, args, Value::UNDEFINED)
            }
            Some(Class::Bound { target, this: bound_this, args: bound }) => {
                let (target, bound_this) = (*target, *bound_this);
                let mut all: Vec<Value> = bound.to_vec();
                all.extend_from_slice(args);
                self.call(target, bound_this, &all)
            }
            _ => Err(crate::error::type_error(self, "not a native function (NativeHost runs natives only)")),
        }
    }

    fn construct(&mut self, callee: Value, args: &[Value], new_target: Value) -> JsResult<Value> {
        match self.rt.obj(callee).map(|o| &o.class) {
            Some(Class::Native { f, ctor: true }) => {
                let f = *f;
                f(self, Value::UNDEFINED, args, new_target)
            }
            _ => Err(crate::error::type_error(self, "not a constructor")),
        }
    }
}
