//! Unit tests of the parser's AST shapes: precedence, ASI, optional chains,
//! templates, literals and escapes. Trees are printed as compact
//! S-expressions and compared with `expect!` snapshots (`UPDATE_EXPECT=1`
//! refreshes them). Error messages and spans are tested in
//! `compiler/tests/parser_errors.rs`.

use super::parse;
use crate::ast::*;
use crate::atoms::AtomTable;
use expect_test::{expect, Expect};

struct Printer<'a> {
    atoms: &'a AtomTable,
}

impl Printer<'_> {
    fn atom(&self, a: Atom) -> String {
        self.atoms.text(a)
    }

    fn key(&self, k: &PropKey) -> String {
        match k {
            PropKey::Named(a) => format!("{:?}", self.atom(*a)),
            PropKey::Computed(e) => format!("[{}]", self.expr(e)),
        }
    }

    fn prop(&self, p: &MemberProp) -> String {
        match p {
            MemberProp::Named(id) => self.atom(id.name),
            MemberProp::Computed(e) => format!("[{}]", self.expr(e)),
        }
    }

    fn list(&self, es: &[Expr]) -> String {
        es.iter().map(|e| self.expr(e)).collect::<Vec<_>>().join(" ")
    }

    fn function(&self, f: &Function) -> String {
        let params: Vec<String> = f.params.iter().map(|p| self.pattern(&p.pattern)).collect();
        let body = match &f.body {
            FunctionBody::Block(b) => self.block(b),
            FunctionBody::Expr(e) => self.expr(e),
        };
        let name = f.name.map(|n| self.atom(n.name) + " ").unwrap_or_default();
        let strict = if f.strict { " strict" } else { "" };
        format!("({:?}{} {}({}) {})", f.kind, strict, name, params.join(" "), body)
    }

    fn pattern(&self, p: &Pattern) -> String {
        match p {
            Pattern::Ident(id) => self.atom(id.name),
        }
    }

    fn expr(&self, e: &Expr) -> String {
        match &e.kind {
            ExprKind::Number(n) => format!("{}", n),
            ExprKind::String(a) => format!("{:?}", self.atom(*a)),
            ExprKind::Template { quasis, exprs } => {
                let mut parts = Vec::new();
                for (i, q) in quasis.iter().enumerate() {
                    parts.push(format!("{:?}", self.atom(*q)));
                    if let Some(e) = exprs.get(i) {
                        parts.push(self.expr(e));
                    }
                }
                format!("(tpl {})", parts.join(" "))
            }
            ExprKind::Bool(b) => format!("{}", b),
            ExprKind::Null => "null".into(),
            ExprKind::Ident(id) => self.atom(id.name),
            ExprKind::This => "this".into(),
            ExprKind::SuperMember(p) => format!("super.{}", self.prop(p)),
            ExprKind::SuperCall(args) => format!("(super {})", self.list(args)),
            ExprKind::NewTarget => "new.target".into(),
            ExprKind::Array(items) => {
                let items: Vec<String> = items
                    .iter()
                    .map(|i| match i {
                        ArrayElement::Expr(e) => self.expr(e),
                        ArrayElement::Hole => "_".into(),
                    })
                    .collect();
                format!("[{}]", items.join(" "))
            }
            ExprKind::Object(props) => {
                let props: Vec<String> = props
                    .iter()
                    .map(|p| match &p.kind {
                        ObjectPropKind::Value(v) => format!("{}: {}", self.key(&p.key), self.expr(v)),
                        ObjectPropKind::Method(f) => format!("{} {}", self.key(&p.key), self.function(f)),
                        ObjectPropKind::Getter(f) => format!("get {} {}", self.key(&p.key), self.function(f)),
                        ObjectPropKind::Setter(f) => format!("set {} {}", self.key(&p.key), self.function(f)),
                    })
                    .collect();
                format!("{{{}}}", props.join(", "))
            }
            ExprKind::Function(f) | ExprKind::Arrow(f) => self.function(f),
            ExprKind::Class(c) => self.class(c),
            ExprKind::Unary { op, arg } => format!("({:?} {})", op, self.expr(arg)),
            ExprKind::Update { op, prefix, target } => {
                format!("({}{:?} {})", if *prefix { "pre" } else { "post" }, op, self.expr(target))
            }
            ExprKind::Binary { op, left, right } => format!("({:?} {} {})", op, self.expr(left), self.expr(right)),
            ExprKind::Logical { op, left, right } => format!("({:?} {} {})", op, self.expr(left), self.expr(right)),
            ExprKind::Assign { op, target, value } => format!("({:?} {} {})", op, self.expr(target), self.expr(value)),
            ExprKind::Conditional { test, consequent, alternate } => {
                format!("(? {} {} {})", self.expr(test), self.expr(consequent), self.expr(alternate))
            }
            ExprKind::Member { object, prop, optional } => {
                format!("({} {} {})", if *optional { "?." } else { "." }, self.expr(object), self.prop(prop))
            }
            ExprKind::Call { callee, args, optional } => {
                format!("({} {} {})", if *optional { "?call" } else { "call" }, self.expr(callee), self.list(args))
            }
            ExprKind::New { callee, args } => format!("(new {} {})", self.expr(callee), self.list(args)),
            ExprKind::OptionalChain(e) => format!("(chain {})", self.expr(e)),
            ExprKind::Sequence(es) => format!("(, {})", self.list(es)),
            ExprKind::Paren(e) => format!("(paren {})", self.expr(e)),
        }
    }

    fn class(&self, c: &Class) -> String {
        let mut out = format!("(class {}", c.name.map(|n| self.atom(n.name)).unwrap_or_default());
        if let Some(s) = &c.super_class {
            out += &format!(" extends {}", self.expr(s));
        }
        if let Some(k) = &c.constructor {
            out += &format!(" ctor {}", self.function(k));
        }
        for m in &c.members {
            let stat = if m.is_static { "static " } else { "" };
            let body = match &m.kind {
                ClassMemberKind::Method(f) => self.function(f),
                ClassMemberKind::Getter(f) => format!("get {}", self.function(f)),
                ClassMemberKind::Setter(f) => format!("set {}", self.function(f)),
                ClassMemberKind::Field(init) => {
                    format!("= {}", init.as_ref().map(|e| self.expr(e)).unwrap_or_default())
                }
                ClassMemberKind::StaticBlock(f) => format!("block {}", self.function(f)),
            };
            out += &format!(" {}{} {}", stat, self.key(&m.key), body);
        }
        out + ")"
    }

    fn block(&self, stmts: &[Stmt]) -> String {
        format!("{{{}}}", stmts.iter().map(|s| self.stmt(s)).collect::<Vec<_>>().join(" "))
    }

    fn decl(&self, d: &VarDecl) -> String {
        let ds: Vec<String> = d
            .declarators
            .iter()
            .map(|d| match &d.init {
                Some(i) => format!("{} = {}", self.pattern(&d.target), self.expr(i)),
                None => self.pattern(&d.target),
            })
            .collect();
        format!("({:?} {})", d.kind, ds.join(", "))
    }

    fn head(&self, h: &ForHead) -> String {
        match h {
            ForHead::VarDecl(k, p) => format!("({:?} {})", k, self.pattern(p)),
            ForHead::Target(e) => self.expr(e),
        }
    }

    fn stmt(&self, s: &Stmt) -> String {
        let label = |l: &Option<Label>| l.map(|l| format!(" {}", self.atom(l.name))).unwrap_or_default();
        match &s.kind {
            StmtKind::Expr(e) => format!("{};", self.expr(e)),
            StmtKind::VarDecl(d) => self.decl(d),
            StmtKind::FunctionDecl(f) => self.function(f),
            StmtKind::ClassDecl(c) => self.class(c),
            StmtKind::Return(e) => format!("(return {})", e.as_ref().map(|e| self.expr(e)).unwrap_or_default()),
            StmtKind::If { test, consequent, alternate } => {
                let alt = alternate.as_ref().map(|a| format!(" else {}", self.stmt(a))).unwrap_or_default();
                format!("(if {} {}{})", self.expr(test), self.stmt(consequent), alt)
            }
            StmtKind::Block(b) => self.block(b),
            StmtKind::For { init, test, update, body } => {
                let init = match init {
                    Some(ForInit::VarDecl(d)) => self.decl(d),
                    Some(ForInit::Expr(e)) => self.expr(e),
                    None => String::new(),
                };
                let opt = |e: &Option<Box<Expr>>| e.as_ref().map(|e| self.expr(e)).unwrap_or_default();
                format!("(for {}; {}; {} {})", init, opt(test), opt(update), self.stmt(body))
            }
            StmtKind::ForIn { left, right, body } => {
                format!("(for-in {} {} {})", self.head(left), self.expr(right), self.stmt(body))
            }
            StmtKind::ForOf { left, right, body } => {
                format!("(for-of {} {} {})", self.head(left), self.expr(right), self.stmt(body))
            }
            StmtKind::While { test, body } => format!("(while {} {})", self.expr(test), self.stmt(body)),
            StmtKind::DoWhile { body, test } => format!("(do {} {})", self.stmt(body), self.expr(test)),
            StmtKind::Break(l) => format!("(break{})", label(l)),
            StmtKind::Continue(l) => format!("(continue{})", label(l)),
            StmtKind::Labeled { label, body } => format!("({}: {})", self.atom(label.name), self.stmt(body)),
            StmtKind::Switch { discriminant, cases } => {
                let cases: Vec<String> = cases
                    .iter()
                    .map(|c| {
                        let test = c.test.as_ref().map(|t| self.expr(t)).unwrap_or_else(|| "default".into());
                        format!("(case {} {})", test, self.block(&c.body))
                    })
                    .collect();
                format!("(switch {} {})", self.expr(discriminant), cases.join(" "))
            }
            StmtKind::Throw(e) => format!("(throw {})", self.expr(e)),
            StmtKind::Try { block, handler, finalizer } => {
                let mut out = format!("(try {}", self.block(block));
                if let Some(h) = handler {
                    let p = h.param.as_ref().map(|p| self.pattern(p)).unwrap_or_default();
                    out += &format!(" catch({}) {}", p, self.block(&h.body));
                }
                if let Some(f) = finalizer {
                    out += &format!(" finally {}", self.block(f));
                }
                out + ")"
            }
            StmtKind::Empty => ";".into(),
            StmtKind::Debugger => "debugger;".into(),
        }
    }
}

fn check(src: &str, expect: Expect) {
    let mut atoms = AtomTable::new();
    let actual = match parse(src, &mut atoms) {
        Ok(p) => {
            let printer = Printer { atoms: &atoms };
            let strict = if p.strict { "strict " } else { "" };
            format!("{}{}", strict, p.body.iter().map(|s| printer.stmt(s)).collect::<Vec<_>>().join("\n"))
        }
        Err(d) => format!("{} @{}..{}", d.headline(), d.span.start, d.span.end),
    };
    expect.assert_eq(&actual);
}

#[test]
fn precedence_and_associativity() {
    check("a + b * c - d", expect![[r#"(Sub (Add a (Mul b c)) d);"#]]);
    check("a ** b ** c", expect![[r#"(Exp a (Exp b c));"#]]);
    check(
        "(-a) ** 2; 2 ** -a",
        expect![[r#"
        (Exp (paren (Minus a)) 2);
        (Exp 2 (Minus a));"#]],
    );
    check("a = b += c ? d : e, f", expect![[r#"(, (Assign a (Binary(Add) b (? c d e))) f);"#]]);
    check(
        "a || b && c | d ^ e & f == g < h << i",
        expect![[r#"(Or a (And b (BitOr c (BitXor d (BitAnd e (Eq f (Lt g (Shl h i))))))));"#]],
    );
    check(
        "a ?? b ?? c; (a || b) ?? c",
        expect![[r#"
        (Nullish (Nullish a b) c);
        (Nullish (paren (Or a b)) c);"#]],
    );
    check(
        "x **= 2; x &&= 1; x ||= 2; x ??= 3; x >>>= 1",
        expect![[r#"
        (Binary(Exp) x 2);
        (Logical(And) x 1);
        (Logical(Or) x 2);
        (Logical(Nullish) x 3);
        (Binary(UShr) x 1);"#]],
    );
    check("typeof a.b instanceof c in d", expect![[r#"(In (InstanceOf (Typeof (. a b)) c) d);"#]]);
    check("!a++ + ++b - -c", expect![[r#"(Sub (Add (Not (postIncrement a)) (preIncrement b)) (Minus c));"#]]);
}

#[test]
fn automatic_semicolon_insertion() {
    check(
        "a\nb",
        expect![[r#"
        a;
        b;"#]],
    );
    check(
        "a\n++b",
        expect![[r#"
        a;
        (preIncrement b);"#]],
    );
    check("function f() { return\n1 }", expect!["(Normal f () {(return ) 1;})"]);
    check("l: for (;;) { break\nl; continue\nl }", expect![[r#"(l: (for ; ;  {(break) l; (continue) l;}))"#]]);
    check("a = b\n(c)", expect![[r#"(Assign a (call b c));"#]]);
    check(
        "do x; while (0) y",
        expect![[r#"
        (do x; 0)
        y;"#]],
    );
    check("let\nx = 1", expect![[r#"(Let x = 1)"#]]);
    check("var let = 1; let\n[0]", expect!["error: destructuring patterns are not supported yet @17..18"]);
}

#[test]
fn optional_chaining() {
    check("a?.b.c(d)?.[e]", expect![[r#"(chain (?. (call (. (?. a b) c) d) [e]));"#]]);
    check(
        "a?.(x); (a?.b).c",
        expect![[r#"
        (chain (?call a x));
        (. (paren (chain (?. a b))) c);"#]],
    );
    check("a?.5:1", expect![[r#"(? a 0.5 1);"#]]);
}

#[test]
fn templates() {
    check("`a${b}c${`d${e}`}f`", expect![[r#"(tpl "a" b "c" (tpl "d" e "") "f");"#]]);
    check("`x\\n\\u{41}${1}`", expect![[r#"(tpl "x\nA" 1 "");"#]]);
    check("`{}}${ {a: 1} }`", expect![[r#"(tpl "{}}" {"a": 1} "");"#]]);
}

#[test]
fn numeric_literals() {
    check(
        "1_000; .5; 5.; 1e3; 1.5E-2; 0x1F; 0o17; 0b101; 017; 019; 0.1e+1_0",
        expect![[r#"
        1000;
        0.5;
        5;
        1000;
        0.015;
        31;
        15;
        5;
        15;
        19;
        1000000000;"#]],
    );
    check("0xFFFFFFFFFFFFFFFFFF", expect![[r#"4722366482869645000000;"#]]);
}

#[test]
fn string_escapes() {
    check(r#""\n\t\r\b\f\v\0\\\'\"\x41\u0042\u{1F600}\a""#, expect![[r#""\n\t\r\u{8}\u{c}\u{b}\0\\'\"AB😀a";"#]]);
    check(
        "'a\\\nb'; '\\101'; '\\8'",
        expect![[r#"
        "ab";
        "A";
        "8";"#]],
    );
    // A lone surrogate survives as a UTF-16 code unit.
    let mut atoms = AtomTable::new();
    let program = parse(r#""\uD800x""#, &mut atoms).unwrap();
    let StmtKind::Expr(e) = &program.body[0].kind else { panic!() };
    let ExprKind::String(a) = e.kind else { panic!() };
    assert_eq!(atoms.get(a), &[0xD800, 0x78]);
}

#[test]
fn identifiers_and_keywords_as_names() {
    check(
        "var \\u0061b = 1; var café = 2; x.if = x.class; var yield, let;",
        expect![[r#"
        (Var ab = 1)
        (Var café = 2)
        (Assign (. x if) (. x class));
        (Var yield, let)"#]],
    );
}

#[test]
fn functions_and_arrows() {
    check(
        "(a, b) => a + b; x => { return x }; () => ({})",
        expect![[r#"
        (Arrow (a b) (Add a b));
        (Arrow (x) {(return x)});
        (Arrow () (paren {}));"#]],
    );
    check(
        "function f(a, b) { 'use strict'; return a }",
        expect![[r#"(Normal strict f (a b) {"use strict"; (return a)})"#]],
    );
    check(
        "'use strict'; var f = function g() {}",
        expect![[r#"
        strict "use strict";
        (Var f = (Normal strict g () {}))"#]],
    );
    check("a ? (b) : c => d", expect![[r#"(? a (paren b) (Arrow (c) d));"#]]);
}

#[test]
fn objects_and_classes() {
    check(
        "({a, b: 1, 'c': 2, 1.0: 3, 0x10: 4, [k]: 5, m() {}, get g() {}, set s(v) {}, get: 6})",
        expect![[
            r#"(paren {"a": a, "b": 1, "c": 2, "1": 3, "16": 4, [k]: 5, "m" (Method () {}), get "g" (Getter () {}), set "s" (Setter (v) {}), "get": 6});"#
        ]],
    );
    check("class A extends B { constructor() { super(); } m() { return super.m() } static s() {} x = 1; static y = 2; get [k]() {} }", expect![[r#"(class A extends B ctor (DerivedConstructor strict () {(super );}) "m" (Method strict () {(return (call super.m ))}) static "s" (Method strict () {}) "x" = 1 static "y" = 2 [k] get (Getter strict () {}))"#]]);
    check(
        "new A; new A.b(1)(2); new new X()(); function f() { new.target }",
        expect![[r#"
        (new A );
        (call (new (. A b) 1) 2);
        (new (new X ) );
        (Normal f () {new.target;})"#]],
    );
}

#[test]
fn statements() {
    check(
        "for (let i = 0; i < n; i++) {} for (x in o); for (const v of a) ;",
        expect![[r#"
        (for (Let i = 0); (Lt i n); (postIncrement i) {})
        (for-in x o ;)
        (for-of (Const v) a ;)"#]],
    );
    check("switch (x) { case 1: a; default: b }", expect![[r#"(switch x (case 1 {a;}) (case default {b;}))"#]]);
    check(
        "try {} catch {} finally {} try {} catch (e) {}",
        expect![[r#"
        (try {} catch() {} finally {})
        (try {} catch(e) {})"#]],
    );
    check("if (a) b; else if (c) d; else {}", expect![[r#"(if a b; else (if c d; else {}))"#]]);
    check("a: b: while (1) continue a;", expect![[r#"(a: (b: (while 1 (continue a))))"#]]);
}
