//! How an uncaught exception is reported on stderr, like node: the error's
//! `stack` (name, message, frames) when it has one, else the inspected value.

use crate::vm::Vm;
use kiln_runtime::atoms;
use kiln_runtime::object::Class;
use kiln_runtime::property::OwnProp;
use kiln_runtime::shape::PropKey;
use kiln_runtime::Value;

pub(crate) fn describe_uncaught(vm: &mut Vm, exc: Value) -> String {
    let is_error = matches!(vm.rt.obj(exc).map(|o| &o.class), Some(Class::Error));
    if is_error {
        if let OwnProp::Slot(stack, flags) = vm.rt.get_own(exc, PropKey::Atom(atoms::STACK)) {
            if !flags.is_accessor() && vm.rt.is_string(stack) {
                let units = vm.rt.heap.string_units(stack.as_ref());
                return format!("Uncaught {}", String::from_utf16_lossy(&units));
            }
        }
    }
    let text = kiln_runtime::builtins::console::inspect_for_report(vm, exc);
    format!("Uncaught {}", text)
}

/// The report of an uncaught exception in the test262 protocol:
/// `Test262:Error:runtime:<Name>: message`.
pub fn test262_report(vm: &mut Vm, exc: Value) -> String {
    let name = kiln_runtime::ops::get(vm, exc, PropKey::Atom(atoms::NAME)).ok();
    let message = kiln_runtime::ops::get(vm, exc, PropKey::Atom(atoms::MESSAGE)).ok();
    let text = |vm: &mut Vm, v: Option<Value>| -> String {
        match v {
            Some(v) if vm.rt.is_string(v) => {
                let units = vm.rt.heap.string_units(v.as_ref());
                String::from_utf16_lossy(&units)
            }
            _ => String::new(),
        }
    };
    let constructor = constructor_name(vm, exc).unwrap_or_else(|| text(vm, name));
    let message = text(vm, message);
    format!("Test262:Error:runtime:{}: {}", constructor, message)
}

fn constructor_name(vm: &mut Vm, exc: Value) -> Option<String> {
    let ctor = kiln_runtime::ops::get(vm, exc, PropKey::Atom(atoms::CONSTRUCTOR)).ok()?;
    let name = kiln_runtime::ops::get(vm, ctor, PropKey::Atom(atoms::NAME)).ok()?;
    if vm.rt.is_string(name) {
        let units = vm.rt.heap.string_units(name.as_ref());
        Some(String::from_utf16_lossy(&units))
    } else {
        None
    }
}
