//! The abstract syntax tree the parser produces and the resolver and bytecode
//! emitter consume. Every node that can be blamed in a diagnostic carries a
//! `Span`; identifiers are interned `Atom`s so later passes compare integers.

use crate::span::Span;

/// An interned identifier or string; see `crate::atoms::AtomTable`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct Atom(pub u32);

/// A whole script: the top-level statement list.
#[derive(Debug, Clone)]
pub struct Program {
    pub body: Vec<Stmt>,
    /// True when the script begins with a `"use strict"` directive.
    pub strict: bool,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VarKind {
    Var,
    Let,
    Const,
}

#[derive(Debug, Clone)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub enum StmtKind {
    Expr(Box<Expr>),
    VarDecl(VarDecl),
    FunctionDecl(Box<Function>),
    ClassDecl(Box<Class>),
    Return(Option<Box<Expr>>),
    If {
        test: Box<Expr>,
        consequent: Box<Stmt>,
        alternate: Option<Box<Stmt>>,
    },
    Block(Vec<Stmt>),
    For {
        init: Option<ForInit>,
        test: Option<Box<Expr>>,
        update: Option<Box<Expr>>,
        body: Box<Stmt>,
    },
    /// `for (left in right)`
    ForIn {
        left: ForHead,
        right: Box<Expr>,
        body: Box<Stmt>,
    },
    /// `for (left of right)`
    ForOf {
        left: ForHead,
        right: Box<Expr>,
        body: Box<Stmt>,
    },
    While {
        test: Box<Expr>,
        body: Box<Stmt>,
    },
    DoWhile {
        body: Box<Stmt>,
        test: Box<Expr>,
    },
    Break(Option<Label>),
    Continue(Option<Label>),
    Labeled {
        label: Label,
        body: Box<Stmt>,
    },
    Switch {
        discriminant: Box<Expr>,
        cases: Vec<SwitchCase>,
    },
    Throw(Box<Expr>),
    Try {
        block: Vec<Stmt>,
        /// The catch clause: its binding (absent for `catch {`) and body.
        handler: Option<CatchClause>,
        finalizer: Option<Vec<Stmt>>,
    },
    Empty,
    Debugger,
}

#[derive(Debug, Clone, Copy)]
pub struct Label {
    pub name: Atom,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct VarDecl {
    pub kind: VarKind,
    pub declarators: Vec<VarDeclarator>,
}

#[derive(Debug, Clone)]
pub struct VarDeclarator {
    pub target: Pattern,
    pub init: Option<Box<Expr>>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub enum ForInit {
    VarDecl(VarDecl),
    Expr(Box<Expr>),
}

/// The left side of `for-in` / `for-of`.
#[derive(Debug, Clone)]
pub enum ForHead {
    /// `for (let x of …)`: exactly one declarator without initializer.
    VarDecl(VarKind, Pattern),
    /// `for (x of …)`, `for (a.b of …)`: an assignment target.
    Target(Box<Expr>),
}

#[derive(Debug, Clone)]
pub struct SwitchCase {
    /// `None` for `default:`.
    pub test: Option<Box<Expr>>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct CatchClause {
    pub param: Option<Pattern>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

/// A binding target. Level 1 only has identifiers; destructuring patterns are
/// Level 2 and are rejected by the parser with an "unsupported" diagnostic.
#[derive(Debug, Clone)]
pub enum Pattern {
    Ident(Ident),
}

impl Pattern {
    pub fn span(&self) -> Span {
        match self {
            Pattern::Ident(id) => id.span,
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Ident {
    pub name: Atom,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FunctionKind {
    /// `function f() {}` declarations and expressions.
    Normal,
    Arrow,
    /// Object-literal or class method (`f() {}`): not a constructor.
    Method,
    ClassConstructor,
    /// A derived class constructor (`class B extends A { constructor() {…} }`).
    DerivedConstructor,
    Getter,
    Setter,
}

#[derive(Debug, Clone)]
pub struct Function {
    pub name: Option<Ident>,
    pub kind: FunctionKind,
    pub params: Vec<Param>,
    pub body: FunctionBody,
    /// True when the function's code is strict (its own directive, or inherited).
    pub strict: bool,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Param {
    pub pattern: Pattern,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub enum FunctionBody {
    Block(Vec<Stmt>),
    /// An arrow function's concise body `x => x + 1`.
    Expr(Box<Expr>),
}

#[derive(Debug, Clone)]
pub struct Class {
    pub name: Option<Ident>,
    pub super_class: Option<Box<Expr>>,
    /// The explicit constructor, if the class body has one.
    pub constructor: Option<Box<Function>>,
    pub members: Vec<ClassMember>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct ClassMember {
    pub is_static: bool,
    pub key: PropKey,
    pub kind: ClassMemberKind,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub enum ClassMemberKind {
    Method(Box<Function>),
    Getter(Box<Function>),
    Setter(Box<Function>),
    /// A public field `x = init;` (instance or static).
    Field(Option<Box<Expr>>),
    /// `static { … }`: run once with `this` = the class, as a method body.
    StaticBlock(Box<Function>),
}

#[derive(Debug, Clone)]
pub enum PropKey {
    /// `a: …`, `'a': …`, and numeric keys normalised to their string form.
    Named(Atom),
    /// `[expr]: …`
    Computed(Box<Expr>),
}

#[derive(Debug, Clone)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub enum ExprKind {
    Number(f64),
    /// A string literal; `Atom` into the atom table (UTF-16 content).
    String(Atom),
    /// An untagged template literal: `quasis.len() == exprs.len() + 1`.
    Template {
        quasis: Vec<Atom>,
        exprs: Vec<Expr>,
    },
    Bool(bool),
    Null,
    Ident(Ident),
    This,
    /// `super.x` / `super[x]` (property reads and method calls).
    SuperMember(Box<MemberProp>),
    /// `super(args)` inside a derived constructor.
    SuperCall(Vec<Expr>),
    /// `new.target`
    NewTarget,
    Array(Vec<ArrayElement>),
    Object(Vec<ObjectProp>),
    Function(Box<Function>),
    Arrow(Box<Function>),
    Class(Box<Class>),
    Unary {
        op: UnaryOp,
        arg: Box<Expr>,
    },
    /// `++x`, `x--`, …
    Update {
        op: UpdateOp,
        prefix: bool,
        target: Box<Expr>,
    },
    Binary {
        op: BinaryOp,
        left: Box<Expr>,
        right: Box<Expr>,
    },
    Logical {
        op: LogicalOp,
        left: Box<Expr>,
        right: Box<Expr>,
    },
    /// `target op= value`; `op == None` is plain `=`.
    Assign {
        op: AssignOp,
        target: Box<Expr>,
        value: Box<Expr>,
    },
    Conditional {
        test: Box<Expr>,
        consequent: Box<Expr>,
        alternate: Box<Expr>,
    },
    /// `object.prop`, `object[expr]`, and their optional forms.
    Member {
        object: Box<Expr>,
        prop: Box<MemberProp>,
        /// `a?.b`: this link short-circuits when `object` is nullish.
        optional: bool,
    },
    Call {
        callee: Box<Expr>,
        args: Vec<Expr>,
        /// `f?.()`
        optional: bool,
    },
    New {
        callee: Box<Expr>,
        args: Vec<Expr>,
    },
    /// The boundary of an optional chain `a?.b.c`: short-circuiting inside
    /// jumps to the end of this node with `undefined`.
    OptionalChain(Box<Expr>),
    Sequence(Vec<Expr>),
    /// `(expr)`: kept so `(a.b)()` and `(a, b)` can be told apart from `a.b()`.
    Paren(Box<Expr>),
}

#[derive(Debug, Clone)]
pub enum MemberProp {
    /// `.name`
    Named(Ident),
    /// `[expr]`
    Computed(Expr),
}

#[derive(Debug, Clone)]
pub enum ArrayElement {
    Expr(Expr),
    /// An elision `[1, , 3]`.
    Hole,
}

#[derive(Debug, Clone)]
pub struct ObjectProp {
    pub key: PropKey,
    pub kind: ObjectPropKind,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub enum ObjectPropKind {
    /// `key: value`, and shorthand `key` (value is the identifier).
    Value(Expr),
    /// `key() {}`
    Method(Box<Function>),
    Getter(Box<Function>),
    Setter(Box<Function>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Minus,
    Plus,
    Not,
    BitNot,
    Typeof,
    Void,
    Delete,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UpdateOp {
    Increment,
    Decrement,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    Exp,
    Shl,
    Shr,
    UShr,
    BitAnd,
    BitOr,
    BitXor,
    Eq,
    NotEq,
    StrictEq,
    StrictNotEq,
    Lt,
    LtEq,
    Gt,
    GtEq,
    In,
    InstanceOf,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogicalOp {
    And,
    Or,
    Nullish,
}

/// Assignment operators: plain `=`, arithmetic `op=`, and logical `&&= ||= ??=`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AssignOp {
    Assign,
    Binary(BinaryOp),
    Logical(LogicalOp),
}
