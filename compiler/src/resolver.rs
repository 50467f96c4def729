//! Scope analysis that runs before bytecode emission: for every function it
//! computes which names its nested functions reference freely. A variable
//! that a nested function captures must live in a heap environment; every
//! other variable lives in a frame register. Keeping this a separate pass
//! (Boa's regret: scope analysis inside the bytecompiler) lets the emitter
//! decide storage when it sees a declaration, in one walk.
//!
//! The answer is deliberately conservative: a name is "captured in F" if any
//! function nested in F mentions it freely, even when an intermediate block
//! shadows it. A false positive costs an environment slot, never correctness.

use crate::ast::*;
use rustc_hash::{FxHashMap, FxHashSet};

/// Identifies a function node by its span (two functions never share one).
pub type FunctionKey = (u32, u32);

/// Per function (and the script, key `(0, u32::MAX)`): the names its nested
/// functions reference freely.
#[derive(Debug, Default)]
pub struct Analysis {
    pub captured: FxHashMap<FunctionKey, FxHashSet<Atom>>,
    /// Functions that mention `arguments` (themselves or in nested arrows;
    /// conservatively also nested functions).
    pub uses_arguments: FxHashSet<FunctionKey>,
    /// Functions whose own code reads `this`.
    pub uses_this: FxHashSet<FunctionKey>,
    arguments: Option<Atom>,
}

pub const SCRIPT_KEY: FunctionKey = (0, u32::MAX);

impl Analysis {
    pub fn is_captured(&self, function: FunctionKey, name: Atom) -> bool {
        self.captured.get(&function).map(|s| s.contains(&name)).unwrap_or(false)
    }
}

pub fn analyze(program: &Program, arguments: Option<Atom>) -> Analysis {
    let mut analysis = Analysis { arguments, ..Analysis::default() };
    let mut walker = Walker { analysis: &mut analysis, frames: Vec::new() };
    walker.frames.push(Frame::default());
    for stmt in &program.body {
        walker.stmt(stmt);
    }
    let frame = walker.frames.pop().unwrap_or_default();
    analysis.captured.insert(SCRIPT_KEY, frame.inner_free);
    analysis
}

/// Calls `f` with every identifier referenced in `e` (including inside
/// nested functions).
pub fn for_each_ident(e: &Expr, f: &mut dyn FnMut(Atom)) {
    let mut walker = Walker { analysis: &mut Analysis::default(), frames: vec![Frame::default()] };
    walker.expr(e);
    let frame = walker.frames.pop().unwrap_or_default();
    frame.referenced.iter().chain(frame.inner_free.iter()).for_each(|&a| f(a));
}

pub fn function_key(f: &Function) -> FunctionKey {
    (f.span.start, f.span.end)
}

#[derive(Default)]
struct Frame {
    /// `this` appears directly in this function (not in nested ones).
    uses_this: bool,
    declared: FxHashSet<Atom>,
    referenced: FxHashSet<Atom>,
    /// Free names of functions nested in this one.
    inner_free: FxHashSet<Atom>,
}

struct Walker<'a> {
    analysis: &'a mut Analysis,
    frames: Vec<Frame>,
}

impl Walker<'_> {
    fn frame(&mut self) -> &mut Frame {
        self.frames.last_mut().expect("walker always has a frame")
    }

    fn declare(&mut self, name: Atom) {
        self.frame().declared.insert(name);
    }

    fn reference(&mut self, name: Atom) {
        self.frame().referenced.insert(name);
    }

    fn pattern(&mut self, p: &Pattern) {
        match p {
            Pattern::Ident(id) => self.declare(id.name),
        }
    }

    /// Walks a nested function (or a synthetic one: class field
    /// initializers) and adds its free names to the enclosing frame.
    fn nested(&mut self, key: Option<FunctionKey>, body: impl FnOnce(&mut Self)) {
        self.frames.push(Frame::default());
        body(self);
        let frame = self.frames.pop().unwrap_or_default();
        let mut free: FxHashSet<Atom> = frame.referenced.iter().copied().collect();
        free.extend(frame.inner_free.iter().copied());
        free.retain(|n| !frame.declared.contains(n));
        if let Some(key) = key {
            if frame.uses_this {
                self.analysis.uses_this.insert(key);
            }
            if let Some(arguments) = self.analysis.arguments {
                if free.contains(&arguments) {
                    self.analysis.uses_arguments.insert(key);
                }
            }
            self.analysis.captured.insert(key, frame.inner_free);
        }
        self.frame().inner_free.extend(free);
    }

    fn function(&mut self, f: &Function) {
        self.function_with(f, true);
    }

    /// `binds_own_name`: a named function *expression* binds its name
    /// inside itself; a declaration's name belongs to the enclosing scope.
    fn function_with(&mut self, f: &Function, binds_own_name: bool) {
        self.nested(Some(function_key(f)), |w| {
            if let (Some(name), true) = (&f.name, binds_own_name) {
                w.declare(name.name);
            }
            for p in &f.params {
                w.pattern(&p.pattern);
            }
            match &f.body {
                FunctionBody::Block(stmts) => stmts.iter().for_each(|s| w.stmt(s)),
                FunctionBody::Expr(e) => w.expr(e),
            }
        });
    }

    fn class(&mut self, c: &Class) {
        if let Some(name) = &c.name {
            self.declare(name.name);
        }
        if let Some(s) = &c.super_class {
            self.expr(s);
        }
        if let Some(ctor) = &c.constructor {
            self.function(ctor);
        }
        for m in &c.members {
            if let PropKey::Computed(e) = &m.key {
                self.expr(e);
            }
            match &m.kind {
                ClassMemberKind::Method(f) | ClassMemberKind::Getter(f) | ClassMemberKind::Setter(f) => self.function(f),
                ClassMemberKind::Field(Some(init)) => self.nested(None, |w| w.expr(init)),
                ClassMemberKind::StaticBlock(f) => self.function(f),
                ClassMemberKind::Field(None) => {}
            }
        }
    }

    fn stmts(&mut self, stmts: &[Stmt]) {
        stmts.iter().for_each(|s| self.stmt(s));
    }

    fn var_decl(&mut self, d: &VarDecl) {
        for decl in &d.declarators {
            self.pattern(&decl.target);
            if let Some(init) = &decl.init {
                self.expr(init);
            }
        }
    }

    fn for_head(&mut self, head: &ForHead) {
        match head {
            ForHead::VarDecl(_, p) => self.pattern(p),
            ForHead::Target(e) => self.expr(e),
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Expr(e) | StmtKind::Throw(e) => self.expr(e),
            StmtKind::VarDecl(d) => self.var_decl(d),
            StmtKind::FunctionDecl(f) => {
                if let Some(name) = &f.name {
                    self.declare(name.name);
                }
                self.function_with(f, false);
            }
            StmtKind::ClassDecl(c) => self.class(c),
            StmtKind::Return(e) => {
                if let Some(e) = e {
                    self.expr(e);
                }
            }
            StmtKind::If { test, consequent, alternate } => {
                self.expr(test);
                self.stmt(consequent);
                if let Some(a) = alternate {
                    self.stmt(a);
                }
            }
            StmtKind::Block(b) => self.stmts(b),
            StmtKind::For { init, test, update, body } => {
                match init {
                    Some(ForInit::VarDecl(d)) => self.var_decl(d),
                    Some(ForInit::Expr(e)) => self.expr(e),
                    None => {}
                }
                if let Some(t) = test {
                    self.expr(t);
                }
                if let Some(u) = update {
                    self.expr(u);
                }
                self.stmt(body);
            }
            StmtKind::ForIn { left, right, body } | StmtKind::ForOf { left, right, body } => {
                self.for_head(left);
                self.expr(right);
                self.stmt(body);
            }
            StmtKind::While { test, body } | StmtKind::DoWhile { body, test } => {
                self.expr(test);
                self.stmt(body);
            }
            StmtKind::Labeled { body, .. } => self.stmt(body),
            StmtKind::Switch { discriminant, cases } => {
                self.expr(discriminant);
                for c in cases {
                    if let Some(t) = &c.test {
                        self.expr(t);
                    }
                    self.stmts(&c.body);
                }
            }
            StmtKind::Try { block, handler, finalizer } => {
                self.stmts(block);
                if let Some(h) = handler {
                    if let Some(p) = &h.param {
                        self.pattern(p);
                    }
                    self.stmts(&h.body);
                }
                if let Some(f) = finalizer {
                    self.stmts(f);
                }
            }
            StmtKind::Break(_) | StmtKind::Continue(_) | StmtKind::Empty | StmtKind::Debugger => {}
        }
    }

    fn member_prop(&mut self, p: &MemberProp) {
        if let MemberProp::Computed(e) = p {
            self.expr(e);
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Number(_)
            | ExprKind::String(_)
            | ExprKind::Bool(_)
            | ExprKind::Null
            | ExprKind::NewTarget => {}
            ExprKind::This => self.frame().uses_this = true,
            ExprKind::Template { exprs, .. } => exprs.iter().for_each(|x| self.expr(x)),
            ExprKind::Ident(id) => self.reference(id.name),
            ExprKind::SuperMember(p) => self.member_prop(p),
            ExprKind::SuperCall(args) => args.iter().for_each(|a| self.expr(a)),
            ExprKind::Array(items) => {
                for item in items {
                    if let ArrayElement::Expr(x) = item {
                        self.expr(x);
                    }
                }
            }
            ExprKind::Object(props) => {
                for p in props {
                    if let PropKey::Computed(k) = &p.key {
                        self.expr(k);
                    }
                    match &p.kind {
                        ObjectPropKind::Value(v) => self.expr(v),
                        ObjectPropKind::Method(f) | ObjectPropKind::Getter(f) | ObjectPropKind::Setter(f) => self.function(f),
                    }
                }
            }
            ExprKind::Function(f) | ExprKind::Arrow(f) => self.function(f),
            // A class expression's own name is treated as declared here: a
            // method that refers to it makes it captured (conservative).
            ExprKind::Class(c) => self.class(c),
            ExprKind::Unary { arg, .. } => self.expr(arg),
            ExprKind::Update { target, .. } => self.expr(target),
            ExprKind::Binary { left, right, .. } | ExprKind::Logical { left, right, .. } => {
                self.expr(left);
                self.expr(right);
            }
            ExprKind::Assign { target, value, .. } => {
                self.expr(target);
                self.expr(value);
            }
            ExprKind::Conditional { test, consequent, alternate } => {
                self.expr(test);
                self.expr(consequent);
                self.expr(alternate);
            }
            ExprKind::Member { object, prop, .. } => {
                self.expr(object);
                self.member_prop(prop);
            }
            ExprKind::Call { callee, args, .. } | ExprKind::New { callee, args } => {
                self.expr(callee);
                args.iter().for_each(|a| self.expr(a));
            }
            ExprKind::OptionalChain(inner) | ExprKind::Paren(inner) => self.expr(inner),
            ExprKind::Sequence(items) => items.iter().for_each(|x| self.expr(x)),
        }
    }
}
