//! Native methods that a statically linked embedder may leave out.
//!
//! Builtins are installed with `natives!` instead of
//! `Runtime::define_native` wherever a program can only reach the function
//! by naming its key. Normally the macro is exactly `define_native`. With
//! the `builtins-on-demand` feature (runtime.wasm), every such native gets
//! an exported symbol `kiln_builtin:<key>:<owner>` (one per key it is
//! stored under) whose only job is to record the real Rust function in a
//! static; installation then creates the very same function object (same
//! name, length, owner, attributes and order), calling the recorded
//! function, or `unlinked` when no symbol was called. A linker that drops
//! unreached code keeps the Rust code of a native only if the embedder
//! calls one of its symbols; the embedder calls them before the runtime is
//! created (kiln's generated `_start`, before `kiln_main`).
//!
//! Why leaving one out is sound — the object graph is unchanged, so the
//! only difference a program could see is calling a left-out native, and
//! it can only call one it holds. A native's function object is stored
//! only under its keys on its owner. A program gets it by a property read:
//! by a name written in the program (`o.key`, a global, a string-constant
//! key), by a key computed at run time, or through a builtin that returns
//! property values by key (property descriptors). The runtime itself only
//! reads, and calls, keys that are well-known atoms (`atoms::is_well_known`:
//! toString, valueOf, toJSON, join, get, set, add, …), and builtins with
//! those keys are never left out (checked at compile time below) — with
//! one exception that needs no atom: `Array.prototype.toLocaleString`
//! calls its elements' `toLocaleString`, a key it is linked by itself, so
//! they are linked together. Enumerating builtins yields only keys, and builtin properties are
//! not enumerable, so no copying builtin (`Object.assign`, spread,
//! `Object.values`) can pick a native up. The embedder must therefore call
//! the symbol of every key the program names, and all of them when the
//! program may compute keys or uses a builtin marked `reflect` here
//! (`kiln_builtin_reflect:` symbols: descriptor getters and definers) —
//! kiln's compiler does exactly that (`kiln_compiler::bytecode::
//! property_keys`, `wasm::module`). Accessors are always installed with
//! their code, and so are constructors but Map and Set (`constructor!`):
//! Map and Set instances and prototypes exist only through those, so the
//! methods of their prototypes whose keys Rust code reads (`get`, `set`,
//! `add`) are linked by the constructor's name (`natives!(… by "Map" …)`).

use crate::host::{Host, JsResult};
#[cfg(feature = "builtins-on-demand")]
use crate::object::NativeFn;
#[cfg(feature = "builtins-on-demand")]
use crate::realm::Runtime;
use crate::value::Value;

/// Defines native methods on `owner`, in order, as `Runtime::define_native`
/// would: `natives!(rt, owner, "Owner", ["key" | "alias" => length, function; …])`.
/// A `reflect` before the list marks builtins that hand out property
/// values by key (see the module doc). Aliases are other keys the same
/// function object is stored under (defined by the caller afterwards).
/// `by "Name"` before the list links the natives by the key `Name`
/// instead of their own: for methods of a prototype that nothing but the
/// constructor `Name` hands out (Map's, Set's), whose own keys may be
/// well-known.
#[cfg(not(feature = "builtins-on-demand"))]
macro_rules! natives {
    ($rt:expr, $owner:expr, $owner_name:literal, by $link_key:literal [$($key:literal => $length:expr, $f:path;)*]) => {{
        let rt: &mut $crate::realm::Runtime = $rt;
        let owner: $crate::value::Value = $owner;
        $(rt.define_native(owner, $key, $length, $f);)*
    }};
    ($rt:expr, $owner:expr, $owner_name:literal, $(reflect)? [$($key:literal $(| $alias:literal)* => $length:expr, $f:path;)*]) => {{
        let rt: &mut $crate::realm::Runtime = $rt;
        let owner: $crate::value::Value = $owner;
        $(
            const _: () = assert!(!$crate::atoms::is_well_known($key), "a native the runtime calls by name must stay linked");
            rt.define_native(owner, $key, $length, $f);
        )*
    }};
}

#[cfg(feature = "builtins-on-demand")]
macro_rules! natives {
    ($rt:expr, $owner:expr, $owner_name:literal, by $link_key:literal [$($key:literal => $length:expr, $f:path;)*]) => {{
        static TABLE: &[(&str, u32, &$crate::builtins::natives::Linked)] = &[$(
            ($key, $length, {
                static LINKED: $crate::builtins::natives::Linked = $crate::builtins::natives::Linked::new();
                #[export_name = concat!("kiln_builtin:", $link_key, ":", $owner_name, ".", $key)]
                extern "C" fn __kiln_link_native() {
                    LINKED.set($f);
                }
                &LINKED
            }),
        )*];
        $crate::builtins::natives::define_all($rt, $owner, TABLE);
    }};
    ($rt:expr, $owner:expr, $owner_name:literal, reflect [$($key:literal $(| $alias:literal)* => $length:expr, $f:path;)*]) => {
        $crate::builtins::natives::natives!(@table "kiln_builtin_reflect:", $rt, $owner, $owner_name, [$($key $(| $alias)* => $length, $f;)*])
    };
    ($rt:expr, $owner:expr, $owner_name:literal, [$($key:literal $(| $alias:literal)* => $length:expr, $f:path;)*]) => {
        $crate::builtins::natives::natives!(@table "kiln_builtin:", $rt, $owner, $owner_name, [$($key $(| $alias)* => $length, $f;)*])
    };
    (@table $prefix:literal, $rt:expr, $owner:expr, $owner_name:literal, [$($key:literal $(| $alias:literal)* => $length:expr, $f:path;)*]) => {{
        static TABLE: &[(&str, u32, &$crate::builtins::natives::Linked)] = &[$(
            ($key, $length, {
                const _: () = assert!(!$crate::atoms::is_well_known($key), "a native the runtime calls by name must stay linked");
                static LINKED: $crate::builtins::natives::Linked = $crate::builtins::natives::Linked::new();
                #[export_name = concat!($prefix, $key, ":", $owner_name)]
                extern "C" fn __kiln_link_native() {
                    LINKED.set($f);
                }
                $(
                    const _: () = {
                        #[export_name = concat!($prefix, $alias, ":", $owner_name)]
                        extern "C" fn __kiln_link_native() {
                            LINKED.set($f);
                        }
                    };
                )*
                &LINKED
            }),
        )*];
        $crate::builtins::natives::define_all($rt, $owner, TABLE);
    }};
}

/// Defines the global constructor `name` as `builtins::define_constructor`
/// does, linked by the key `name` like `natives!`. Only for constructors
/// whose instances and prototype object nothing but the constructor itself
/// hands out (Map, Set): every other constructor is reachable through the
/// `constructor` of objects the program gets without naming it (literals,
/// wrapped primitives, thrown errors).
#[cfg(not(feature = "builtins-on-demand"))]
macro_rules! constructor {
    ($rt:expr, $name:literal, $length:expr, $f:path, $proto:expr) => {{
        const _: () = assert!(!$crate::atoms::is_well_known($name), "a native the runtime calls by name must stay linked");
        $crate::builtins::define_constructor($rt, $name, $length, $f, $proto)
    }};
}

#[cfg(feature = "builtins-on-demand")]
macro_rules! constructor {
    ($rt:expr, $name:literal, $length:expr, $f:path, $proto:expr) => {{
        const _: () = assert!(!$crate::atoms::is_well_known($name), "a native the runtime calls by name must stay linked");
        static LINKED: $crate::builtins::natives::Linked = $crate::builtins::natives::Linked::new();
        #[export_name = concat!("kiln_builtin:", $name, ":globalThis")]
        extern "C" fn __kiln_link_native() {
            LINKED.set($f);
        }
        $crate::builtins::define_constructor($rt, $name, $length, LINKED.get(), $proto)
    }};
}

pub(crate) use {constructor, natives};

/// Where the embedder records the Rust function of one native method.
#[cfg(feature = "builtins-on-demand")]
pub struct Linked(core::sync::atomic::AtomicUsize);

#[cfg(feature = "builtins-on-demand")]
impl Linked {
    pub const fn new() -> Linked {
        Linked(core::sync::atomic::AtomicUsize::new(0))
    }

    /// Records `f` (an exported `kiln_builtin:` symbol calls this).
    pub fn set(&self, f: NativeFn) {
        self.0.store(f as usize, core::sync::atomic::Ordering::Relaxed);
    }

    /// The recorded function, or `unlinked`.
    pub fn get(&self) -> NativeFn {
        match self.0.load(core::sync::atomic::Ordering::Relaxed) {
            0 => unlinked,
            // SAFETY: `set` is the only writer, and it stores a `NativeFn`
            // cast to `usize`; a function pointer and `usize` have the same
            // size and the cast round-trips on every target.
            bits => unsafe { core::mem::transmute::<usize, NativeFn>(bits) },
        }
    }
}

/// Installs a table of natives in order (`natives!` with the feature).
#[cfg(feature = "builtins-on-demand")]
pub fn define_all(rt: &mut Runtime, owner: Value, table: &[(&str, u32, &Linked)]) {
    for &(name, length, linked) in table {
        rt.define_native(owner, name, length, linked.get());
    }
}

/// What a native left out of the module runs. By the argument in the
/// module doc it is never called; if it were, kiln's analysis would be
/// wrong, which is a bug in kiln and ends the program as one.
#[cfg_attr(not(feature = "builtins-on-demand"), allow(dead_code))]
fn unlinked(_cx: &mut dyn Host, _this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    panic!("a builtin left out of this module was called (kiln's analysis of the program's property keys is wrong)")
}
