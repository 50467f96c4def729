//! The virtual machine that runs bytecode natively: the runtime, the loaded
//! program, the VM register stack (every JS frame's registers live here, so
//! the GC scans one slice), the frame list (for stack traces and GC roots),
//! and calling/constructing any callable. The dispatch loop is in `interp`.

use crate::feedback::Feedback;
use crate::loader::Loaded;
use crate::fixed_stack::FixedStack;
use crate::registers::RegisterStack;

/// The frame records of the running calls (innermost last).
pub type FrameStack = FixedStack<Frame>;
use kiln_compiler::bytecode::{FunctionFlavor, Program};
use kiln_compiler::LineIndex;
use kiln_runtime::atoms;
use kiln_runtime::error::{range_error, type_error};
use kiln_runtime::host::{Host, JsResult, Output};
use kiln_runtime::object::{Class, FuncFlavor};
use kiln_runtime::ops;
use kiln_runtime::shape::{PropFlags, PropKey};
use kiln_runtime::{Runtime, Value};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// Settings of one engine run.
#[derive(Clone, Debug)]
pub struct VmOptions {
    /// JavaScript call depth at which `RangeError: Maximum call stack size
    /// exceeded` is thrown.
    pub max_call_depth: usize,
    /// Heap budget in bytes (0 = unlimited).
    pub max_heap_bytes: usize,
    /// Cells allocated between collections at the start.
    pub gc_threshold: usize,
    /// Script semantics (test262): top-level `this` is the global object.
    /// Otherwise the program runs as node's CommonJS module body, where
    /// `this` is `module.exports` (an empty object).
    pub script: bool,
    /// Room in the register stack, allocated once (it never moves: the
    /// interpreter and compiled code keep the address of their frame's
    /// registers). Running out of room is a `RangeError` like deep recursion.
    pub register_capacity: usize,
    /// Asked before every call: true when the native stack is nearly
    /// exhausted (wasm32's shadow stack has no guard page).
    pub native_stack_low: Option<fn() -> bool>,
}

impl Default for VmOptions {
    fn default() -> Self {
        VmOptions { max_call_depth: 9000, max_heap_bytes: 0, gc_threshold: 30_000, script: false, register_capacity: 1 << 21, native_stack_low: None }
    }
}

/// One active JavaScript frame. Its registers are `stack[base..]`; a
/// function that keeps its arguments (for `arguments` objects and default
/// derived constructors) has copies of all of them right after its
/// registers (see `Vm::kept_args`), so the GC sees them with the registers.
/// `repr(C)`: compiled code pushes and pops frames itself (see `layout`).
#[derive(Clone, Copy, Debug)]
#[repr(C)]
pub struct Frame {
    pub env: Value,
    pub callee: Value,
    pub this: Value,
    pub new_target: Value,
    pub func: u32,
    /// The instruction being executed (kept current at calls, for traces).
    pub pc: u32,
    pub base: usize,
    /// How many arguments are kept after the registers.
    pub kept_args: u32,
    /// `Frame::NO_RETURN_DST`, or for a frame the interpreter entered
    /// without recursing (a bytecode call from bytecode): the caller's
    /// register that receives the result.
    pub return_register: u32,
}

impl Frame {
    pub const NO_RETURN_DST: u32 = u32::MAX;

    /// The caller's register receiving the result of an in-loop frame.
    #[inline]
    pub fn return_dst(&self) -> Option<u16> {
        (self.return_register != Frame::NO_RETURN_DST).then_some(self.return_register as u16)
    }
}

/// Runs the bytecode function `func` whose frame is on top of `Vm::frames`
/// and returns its result: the interpreter natively, the module's compiled
/// code inside an AOT wasm module.
/// Where a frame's arguments come from.
#[derive(Clone, Copy)]
enum Args<'a> {
    Slice(&'a [Value]),
    Stack { start: usize, len: usize },
}

pub type Executor = fn(&mut Vm, u32) -> JsResult<Value>;

pub struct Vm {
    pub rt: Runtime,
    /// How bytecode functions run (see `Executor`).
    pub executor: Executor,
    pub program: Rc<Program>,
    pub(crate) loaded: Loaded,
    pub stack: RegisterStack,
    pub frames: FrameStack,
    pub feedback: Feedback,
    /// When functions leave the interpreter for baseline code.
    pub tiering: crate::tiering::Tiering,
    pub options: VmOptions,
    /// Set from another thread (timeouts, the playground's Stop) to stop
    /// the program at the next loop back-edge or call.
    pub interrupt: Arc<AtomicBool>,
    /// >0 while Rust code holds unrooted values across a call into JS:
    /// collections are postponed.
    pub(crate) no_gc: u32,
    /// Native functions currently running (they count toward the depth limit).
    pub(crate) native_depth: usize,
    pub file_name: String,
    source: Rc<str>,
    line_index: LineIndex,
}

/// Why a run ended without a JavaScript exception being returned normally.
#[derive(Debug)]
pub enum RunError {
    /// An uncaught exception: the printable report (node's `Uncaught …`).
    Uncaught(String),
    /// Interrupted (timeout or stop).
    Interrupted,
    /// The heap exceeded `--max-heap`.
    OutOfMemory,
}

impl Vm {
    /// A VM that runs bytecode with the interpreter.
    pub fn new(program: Program, source: &str, file_name: &str, output: Box<dyn Output>, options: VmOptions) -> Vm {
        Vm::with_executor(program, source, file_name, output, options, interpret)
    }

    /// A VM whose bytecode functions run through `executor` (an AOT module's
    /// compiled code; a module that never names `interpret` leaves the
    /// interpreter out).
    pub fn with_executor(
        program: Program,
        source: &str,
        file_name: &str,
        output: Box<dyn Output>,
        options: VmOptions,
        executor: Executor,
    ) -> Vm {
        // The engines access registers unchecked on the strength of this.
        if let Err(e) = kiln_compiler::bytecode::verify(&program) {
            panic!("internal error: {e}");
        }
        let mut rt = Runtime::new(output);
        rt.heap.set_gc_threshold(options.gc_threshold);
        if options.max_heap_bytes > 0 {
            rt.heap.max_cells = (options.max_heap_bytes / kiln_runtime::heap::APPROX_CELL_BYTES).max(10_000);
        }
        let loaded = Loaded::new(&mut rt, &program);
        let feedback = Feedback::new(&program.functions);
        let tiering = crate::tiering::Tiering::off(program.functions.len());
        Vm {
            rt,
            executor,
            program: Rc::new(program),
            loaded,
            stack: RegisterStack::with_capacity(options.register_capacity),
            frames: FrameStack::with_capacity(options.max_call_depth + 8),
            feedback,
            tiering,
            options,
            interrupt: Arc::new(AtomicBool::new(false)),
            no_gc: 0,
            native_depth: 0,
            file_name: file_name.to_string(),
            source: Rc::from(source),
            line_index: LineIndex::new(source),
        }
    }

    /// Runs the script to completion.
    pub fn run(&mut self) -> Result<(), RunError> {
        let main = self.rt.new_closure(Program::MAIN, Value::UNDEFINED, FuncFlavor::Normal, Value::UNDEFINED, 0);
        let this = if self.options.script { self.rt.global } else { self.rt.new_object() };
        let result = match self.push_values(&[this]) {
            Ok(()) => self.call_closure(main, Program::MAIN, this, &[], Value::UNDEFINED),
            Err(thrown) => Err(thrown),
        };
        self.rt.output.flush();
        match result {
            Ok(_) => Ok(()),
            Err(_) => Err(self.uncaught()),
        }
    }

    /// The pending exception in the test262 protocol's words.
    pub fn test262_report(&mut self) -> String {
        let exc = self.rt.pending_exception;
        crate::report::test262_report(self, exc)
    }

    fn uncaught(&mut self) -> RunError {
        if self.rt.heap.over_budget() {
            return RunError::OutOfMemory;
        }
        if self.interrupt.load(Ordering::Relaxed) {
            return RunError::Interrupted;
        }
        let exc = self.rt.pending_exception;
        RunError::Uncaught(crate::report::describe_uncaught(self, exc))
    }

    /// The address of the count of native functions running (compiled
    /// code adds it to the frame count for the depth limit).
    pub fn native_depth_address(&self) -> *const usize {
        &self.native_depth
    }

    /// Collects garbage if due and allowed. Roots: the register stack and
    /// every frame's env/callee/this/new.target/forwarded arguments.
    pub fn safepoint(&mut self) {
        if self.rt.heap.wants_gc() && self.no_gc == 0 {
            self.collect();
        }
    }

    pub fn collect(&mut self) {
        let mut roots: Vec<Value> = Vec::with_capacity(self.stack.len() + self.frames.len() * 4);
        roots.extend_from_slice(&self.stack);
        for f in self.frames.iter() {
            roots.extend_from_slice(&[f.env, f.callee, f.this, f.new_target]);
        }
        roots.extend(self.loaded.roots());
        self.rt.collect_garbage(&roots);
    }

    /// Calls any callable value.
    pub fn call_value(&mut self, callee: Value, this: Value, args: &[Value]) -> JsResult<Value> {
        let class = self.rt.obj(callee).map(|o| &o.class);
        match class {
            Some(Class::Closure { func, flavor, .. }) => {
                let (func, flavor) = (*func, *flavor);
                if matches!(flavor, FuncFlavor::BaseClass | FuncFlavor::DerivedClass) {
                    let name = self.function_name(callee);
                    return Err(type_error(self, &format!("Class constructor {} cannot be invoked without 'new'", name)));
                }
                self.call_closure(callee, func, this, args, Value::UNDEFINED)
            }
            Some(Class::Native { f, .. }) => {
                let f = *f;
                self.check_depth()?;
                self.frames_depth_guard_native(|vm| f(vm, this, args, Value::UNDEFINED))
            }
            Some(Class::Bound { target, this: bound_this, args: bound }) => {
                let (target, bound_this) = (*target, *bound_this);
                let mut all = bound.to_vec();
                all.extend_from_slice(args);
                self.call_value(target, bound_this, &all)
            }
            _ => Err(type_error(self, "value is not a function")),
        }
    }

    fn frames_depth_guard_native(&mut self, f: impl FnOnce(&mut Vm) -> JsResult<Value>) -> JsResult<Value> {
        self.native_depth += 1;
        let r = f(self);
        self.native_depth -= 1;
        r
    }

    /// Before entering a JavaScript function: the depth limit and a
    /// pending `--timeout` interrupt.
    pub(crate) fn check_entry(&mut self) -> JsResult<()> {
        self.check_depth()?;
        if self.interrupt.load(Ordering::Relaxed) {
            return Err(type_error(self, "Script execution interrupted"));
        }
        Ok(())
    }

    pub(crate) fn check_depth(&mut self) -> JsResult<()> {
        let stack_low = self.options.native_stack_low.is_some_and(|low| low());
        if self.frames.len() + self.native_depth >= self.options.max_call_depth || stack_low {
            return Err(range_error(self, "Maximum call stack size exceeded"));
        }
        Ok(())
    }

    /// The `name` property of a function, for messages.
    pub(crate) fn function_name(&mut self, f: Value) -> String {
        if let kiln_runtime::property::OwnProp::Slot(v, _) = self.rt.get_own(f, PropKey::Atom(atoms::NAME)) {
            if self.rt.is_string(v) {
                let units = self.rt.heap.string_units(v.as_ref());
                return String::from_utf16_lossy(&units);
            }
        }
        String::from("anonymous")
    }

    /// Runs bytecode function `func` as `callee` with `this`.
    pub(crate) fn call_closure(&mut self, callee: Value, func: u32, this: Value, args: &[Value], new_target: Value) -> JsResult<Value> {
        self.run_frame(callee, func, this, args, new_target).map(|(v, _)| v)
    }

    /// Pushes a frame, runs it, pops it. Returns the result and the final
    /// `this` (a derived constructor's `this` is bound by `super()`).
    pub(crate) fn run_frame(&mut self, callee: Value, func: u32, this: Value, args: &[Value], new_target: Value) -> JsResult<(Value, Value)> {
        self.run_frame_with(callee, func, this, Args::Slice(args), new_target)
    }

    /// `run_frame` with the arguments in registers `start..start + argc` of
    /// the register stack (a call from bytecode): copied straight into the
    /// callee's frame.
    pub(crate) fn run_frame_on_stack(&mut self, callee: Value, func: u32, this: Value, start: usize, argc: usize) -> JsResult<Value> {
        self.run_frame_with(callee, func, this, Args::Stack { start, len: argc }, Value::UNDEFINED).map(|(v, _)| v)
    }

    fn run_frame_with(&mut self, callee: Value, func: u32, this: Value, args: Args, new_target: Value) -> JsResult<(Value, Value)> {
        self.check_entry()?;
        let code = &self.program.functions[func as usize];
        let plain_this = !code.strict && code.flavor != FunctionFlavor::Arrow && code.flavor != FunctionFlavor::Script;
        let (env, this_val) = match self.rt.obj(callee).map(|o| &o.class) {
            Some(Class::Closure { env, extra: this_val, flavor, .. }) => {
                let this = match flavor {
                    FuncFlavor::Arrow => *this_val,
                    _ => this,
                };
                (*env, this)
            }
            _ => (Value::UNDEFINED, this),
        };
        let this_val = if plain_this { self.sloppy_this(this_val)? } else { this_val };
        let base = self.stack.len();
        self.push_frame(func, callee, env, this_val, new_target, args)?;
        self.safepoint();
        let result = (self.executor)(self, func);
        let frame = self.frames.pop().expect("frame");
        self.stack.truncate(base);
        result.map(|v| (v, frame.this))
    }

    /// Pushes the frame of bytecode function `func` called as `callee`:
    /// its registers after the current top, the arguments copied in
    /// (extra ones dropped, missing ones undefined).
    fn push_frame(&mut self, func: u32, callee: Value, env: Value, this: Value, new_target: Value, args: Args) -> JsResult<()> {
        let code = &self.program.functions[func as usize];
        let (registers, params) = (code.register_count as usize, code.param_count as usize);
        let keeps_arguments = code.is_default_constructor || code.keeps_arguments;
        let (base, argc) = match args {
            Args::Slice(args) => {
                let base = self.stack.len();
                let total = registers + if keeps_arguments { args.len() } else { 0 };
                let pushed = self.stack.grow(total).then(|| {
                    let n = args.len().min(params);
                    self.stack[base..base + n].copy_from_slice(&args[..n]);
                    if keeps_arguments {
                        self.stack[base + registers..].copy_from_slice(args);
                    }
                    base
                });
                (pushed, args.len())
            }
            // The arguments are below the new frame, in the caller's.
            Args::Stack { start, len } => (self.stack.push_frame(registers, params, start, len, keeps_arguments), len),
        };
        let Some(base) = base else {
            return Err(range_error(self, "Maximum call stack size exceeded"));
        };
        let kept_args = if keeps_arguments { argc as u32 } else { 0 };
        let frame = Frame { env, callee, this, new_target, func, pc: 0, base, kept_args, return_register: Frame::NO_RETURN_DST };
        if !self.frames.push(frame) {
            self.stack.truncate(base);
            return Err(range_error(self, "Maximum call stack size exceeded"));
        }
        Ok(())
    }

    /// The arguments frame `fi` keeps (see `Frame`).
    pub(crate) fn kept_args(&self, fi: usize) -> &[Value] {
        let frame = &self.frames[fi];
        let start = frame.base + self.program.functions[frame.func as usize].register_count as usize;
        &self.stack[start..start + frame.kept_args as usize]
    }

    /// Appends `values` to the register stack (rooting them for the GC);
    /// a RangeError when it is full. The caller truncates them away.
    pub(crate) fn push_values(&mut self, values: &[Value]) -> JsResult<()> {
        let base = self.stack.len();
        if !self.stack.grow(values.len()) {
            return Err(range_error(self, "Maximum call stack size exceeded"));
        }
        self.stack[base..].copy_from_slice(values);
        Ok(())
    }

    /// The source text and its file name (stack traces, `toString`).
    pub fn source(&self) -> &str {
        &self.source
    }

    /// Sloppy-mode `this`: undefined/null → globalThis, primitives boxed.
    pub(crate) fn sloppy_this(&mut self, this: Value) -> JsResult<Value> {
        if this.is_nullish() {
            return Ok(self.rt.global);
        }
        if !self.rt.is_object(this) && this != Value::UNINITIALIZED {
            return ops::to_object(self, this);
        }
        Ok(this)
    }

    /// `new callee(...args)` with `new_target`.
    /// What `new` of a derived class gives once its constructor returned
    /// `value` with `this` as its frame's final `this`: an object result,
    /// else `this` (which `super(...)` must have initialized).
    pub fn derived_result(&mut self, value: Value, this: Value) -> JsResult<Value> {
        if self.rt.is_object(value) {
            return Ok(value);
        }
        if !value.is_undefined() {
            return Err(type_error(self, "Derived constructors may only return object or undefined"));
        }
        if this == Value::UNINITIALIZED {
            return Err(kiln_runtime::error::reference_error(
                self,
                "Must call super constructor in derived class before accessing 'this' or returning from derived constructor",
            ));
        }
        Ok(this)
    }

    pub fn construct_value(&mut self, callee: Value, args: &[Value], new_target: Value) -> JsResult<Value> {
        let class = self.rt.obj(callee).map(|o| &o.class);
        match class {
            Some(Class::Closure { func, flavor, extra: fields, .. }) => {
                let (func, flavor, fields) = (*func, *flavor, *fields);
                match flavor {
                    FuncFlavor::Normal | FuncFlavor::BaseClass => {
                        let proto = self.prototype_for(new_target)?;
                        let this = self.rt.alloc_ordinary(proto);
                        let mark = self.rt.roots.len();
                        self.rt.roots.push(this);
                        let result = (|| {
                            if !fields.is_undefined() {
                                self.call_value(fields, this, &[])?;
                            }
                            self.run_frame(callee, func, this, args, new_target)
                        })();
                        self.rt.roots.truncate(mark);
                        let (value, _) = result?;
                        Ok(if self.rt.is_object(value) { value } else { this })
                    }
                    FuncFlavor::DerivedClass => {
                        let (value, this) = self.run_frame(callee, func, Value::UNINITIALIZED, args, new_target)?;
                        self.derived_result(value, this)
                    }
                    FuncFlavor::Arrow | FuncFlavor::Method => {
                        let name = self.function_name(callee);
                        Err(type_error(self, &format!("{} is not a constructor", name)))
                    }
                }
            }
            Some(Class::Native { f, ctor: true }) => {
                let f = *f;
                self.check_depth()?;
                self.frames_depth_guard_native(|vm| f(vm, Value::UNDEFINED, args, new_target))
            }
            Some(Class::Bound { target, args: bound, .. }) => {
                let target = *target;
                let mut all = bound.to_vec();
                all.extend_from_slice(args);
                let nt = if new_target == callee { target } else { new_target };
                self.construct_value(target, &all, nt)
            }
            _ => Err(type_error(self, "value is not a constructor")),
        }
    }

    /// `new_target.prototype` if it is an object, else Object.prototype.
    pub(crate) fn prototype_for(&mut self, new_target: Value) -> JsResult<Value> {
        // Functions own `prototype` as a data property: read it directly.
        let p = match self.rt.get_own(new_target, PropKey::Atom(atoms::PROTOTYPE)) {
            kiln_runtime::property::OwnProp::Slot(v, flags) if !flags.is_accessor() => v,
            _ => ops::get(self, new_target, PropKey::Atom(atoms::PROTOTYPE))?,
        };
        Ok(if self.rt.is_object(p) { p } else { self.rt.intrinsics.object_proto })
    }

    /// Creates the closure for function `func` over `env`.
    pub(crate) fn make_closure(&mut self, func: u32, env: Value) -> Value {
        let code = &self.program.functions[func as usize];
        let flavor = match code.flavor {
            FunctionFlavor::Script | FunctionFlavor::Normal => FuncFlavor::Normal,
            FunctionFlavor::Arrow => FuncFlavor::Arrow,
            FunctionFlavor::Method => FuncFlavor::Method,
            FunctionFlavor::BaseClass => FuncFlavor::BaseClass,
            FunctionFlavor::DerivedClass => FuncFlavor::DerivedClass,
        };
        let name = self.loaded.function_names[func as usize];
        let length = code.param_count as u32;
        let closure = self.rt.new_closure(func, env, flavor, name, length);
        if flavor == FuncFlavor::Arrow {
            // Arrows see the enclosing function's this, super home and new.target.
            let (this, home) = match self.frames.last() {
                Some(f) => {
                    let home = match self.rt.obj(f.callee).map(|o| &o.class) {
                        Some(Class::Closure { home, .. }) => *home,
                        _ => Value::UNDEFINED,
                    };
                    (f.this, home)
                }
                None => (Value::UNDEFINED, Value::UNDEFINED),
            };
            if let Some(Class::Closure { extra: this_val, home: h, .. }) = self.rt.obj_mut(closure).map(|o| &mut o.class) {
                *this_val = this;
                *h = home;
            }
        }
        closure
    }

    /// Source line and column of instruction `pc` in function `func`.
    pub fn position(&self, func: u32, pc: u32) -> (u32, u32) {
        let code = &self.program.functions[func as usize];
        let offset = code.positions.get(pc as usize).copied().unwrap_or(code.span_start);
        let lc = self.line_index.line_col(&self.source, offset);
        (lc.line, lc.col)
    }

    /// node-style `\n    at f (file:line:col)` lines for the current stack.
    pub fn stack_lines(&self) -> String {
        let mut out = String::new();
        for (i, frame) in self.frames.iter().rev().enumerate() {
            if i >= 10 {
                break;
            }
            let (line, col) = self.position(frame.func, frame.pc);
            let name = self.program.atoms.text(self.program.functions[frame.func as usize].name);
            let name = if frame.func == Program::MAIN {
                "Object.<anonymous>".to_string()
            } else if name.is_empty() {
                "<anonymous>".to_string()
            } else {
                name
            };
            // Like node: constructor frames read `new Name`.
            let name = if frame.new_target.is_undefined() { name } else { format!("new {name}") };
            out.push_str(&format!("\n    at {} ({}:{}:{})", name, self.file_name, line, col));
        }
        out
    }

    /// Defines a method/getter/setter on `obj` (class bodies, literals).
    pub(crate) fn define_method(&mut self, obj: Value, key: PropKey, func: Value, kind: u8) {
        use kiln_compiler::bytecode::ops::{METHOD_ENUMERABLE, METHOD_KIND_GETTER, METHOD_KIND_SETTER};
        if let Some(Class::Closure { home, .. }) = self.rt.obj_mut(func).map(|o| &mut o.class) {
            *home = obj;
        }
        let enumerable = if kind & METHOD_ENUMERABLE != 0 { PropFlags::ENUMERABLE } else { 0 };
        let kind = kind & !METHOD_ENUMERABLE;
        // SetFunctionName: accessors are "get x"/"set x"; methods with a
        // computed key take the key's text.
        let prefix = match kind {
            METHOD_KIND_GETTER => "get ",
            METHOD_KIND_SETTER => "set ",
            _ => "",
        };
        let current = self.function_name(func);
        if !prefix.is_empty() || current.is_empty() || current == "anonymous" {
            let text = format!("{}{}", prefix, self.rt.key_text(key));
            let name = self.rt.str(&text);
            self.rt.define_own(func, PropKey::Atom(atoms::NAME), name, PropFlags(PropFlags::CONFIGURABLE));
        }
        if kind == METHOD_KIND_GETTER || kind == METHOD_KIND_SETTER {
            self.rt.invalidate_transitions();
            let existing = match self.rt.get_own(obj, key) {
                kiln_runtime::property::OwnProp::Slot(v, f) if f.is_accessor() => Some(v),
                _ => None,
            };
            let pair = match existing {
                Some(p) => p,
                None => {
                    let proto = self.rt.intrinsics.object_proto;
                    self.rt.alloc_object(Class::Accessor { get: Value::UNDEFINED, set: Value::UNDEFINED }, proto)
                }
            };
            if let Some(Class::Accessor { get, set }) = self.rt.obj_mut(pair).map(|o| &mut o.class) {
                if kind == METHOD_KIND_GETTER {
                    *get = func;
                } else {
                    *set = func;
                }
            }
            self.rt.define_own(obj, key, pair, PropFlags(PropFlags::ACCESSOR | PropFlags::CONFIGURABLE | enumerable));
        } else {
            self.rt.define_own(obj, key, func, PropFlags(PropFlags::WRITABLE | PropFlags::CONFIGURABLE | enumerable));
        }
    }
}

impl Host for Vm {
    fn rt(&mut self) -> &mut Runtime {
        &mut self.rt
    }

    fn call(&mut self, callee: Value, this: Value, args: &[Value]) -> JsResult<Value> {
        // Arguments from Rust may live only in Rust memory: root them on the
        // VM stack for the duration of the call.
        let base = self.stack.len();
        if let Err(thrown) = self.push_values(args).and_then(|()| self.push_values(&[this, callee])) {
            self.stack.truncate(base);
            return Err(thrown);
        }
        // (The GC never moves values: `args` stays valid; the copies root them.)
        let result = self.call_value(callee, this, args);
        self.stack.truncate(base);
        result
    }

    fn construct(&mut self, callee: Value, args: &[Value], new_target: Value) -> JsResult<Value> {
        let base = self.stack.len();
        if let Err(thrown) = self.push_values(args).and_then(|()| self.push_values(&[callee, new_target])) {
            self.stack.truncate(base);
            return Err(thrown);
        }
        let result = self.construct_value(callee, args, new_target);
        self.stack.truncate(base);
        result
    }

    fn stack_trace(&mut self) -> String {
        self.stack_lines()
    }

    fn function_source(&mut self, f: Value) -> Option<String> {
        let func = match self.rt.obj(f).map(|o| &o.class) {
            Some(Class::Closure { func, .. }) => *func,
            _ => return None,
        };
        let code = &self.program.functions[func as usize];
        if code.is_default_constructor && code.span_end <= code.span_start {
            return None;
        }
        self.source.get(code.span_start as usize..code.span_end as usize).map(|s| s.to_string())
    }
}

/// The default `Executor`: tier 0.
fn interpret(vm: &mut Vm, func: u32) -> JsResult<Value> {
    let program = vm.program.clone();
    crate::interp::execute(vm, &program, func)
}
