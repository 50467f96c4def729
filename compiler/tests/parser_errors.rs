//! Syntax errors and "unsupported" diagnostics from the parser: the message
//! and the source text the span points at, for each early error the parser
//! owns.

use kiln_compiler::{parser::parse, AtomTable, DiagnosticKind};

/// Parses `src` and returns `(headline, text under the span)`.
fn error(src: &str) -> (String, String) {
    let mut atoms = AtomTable::new();
    match parse(src, &mut atoms) {
        Ok(_) => panic!("expected an error for {:?}", src),
        Err(d) => {
            let under = src.get(d.span.start as usize..d.span.end as usize).unwrap_or("<bad span>").to_string();
            (d.headline(), under)
        }
    }
}

fn syntax(src: &str, message: &str, under: &str) {
    let (headline, text) = error(src);
    assert_eq!(headline, format!("SyntaxError: {}", message), "for {:?}", src);
    assert_eq!(text, under, "span for {:?}", src);
}

fn unsupported(src: &str, feature: &str) {
    let mut atoms = AtomTable::new();
    let d = parse(src, &mut atoms).expect_err(src);
    assert_eq!(d.kind, DiagnosticKind::Unsupported, "for {:?}: {}", src, d.message);
    assert_eq!(d.headline(), format!("error: {} not supported yet", feature), "for {:?}", src);
}

fn ok(src: &str) {
    let mut atoms = AtomTable::new();
    if let Err(d) = parse(src, &mut atoms) {
        panic!("{:?} failed: {}", src, d.headline());
    }
}

#[test]
fn unexpected_tokens() {
    syntax("f(a))", "Unexpected token ')'", ")");
    syntax("f(a", "Unexpected end of input", "");
    syntax("a b", "Unexpected identifier 'b'", "b");
    syntax("a 1", "Unexpected number", "1");
    syntax("a 'x'", "Unexpected string", "'x'");
    syntax("var if = 1", "Unexpected token 'if'", "if");
    syntax("x = @", "Invalid or unexpected token", "@");
    syntax("'abc\ndef'", "Invalid or unexpected token", "'abc");
    syntax("`abc", "Unterminated template literal", "`abc");
    syntax("3in x", "Invalid or unexpected token", "i");
    syntax("throw\nx", "Illegal newline after throw", "x");
}

#[test]
fn numeric_literal_errors() {
    syntax("1__0", "Only one underscore is allowed as numeric separator", "_");
    syntax("1_", "Numeric separators are not allowed at the end of numeric literals", "_");
    syntax("0_1", "Numeric separator can not be used after leading 0.", "_");
    syntax("0x_1", "Numeric separators are not allowed here", "_");
    syntax("'use strict'; 017", "Octal literals are not allowed in strict mode.", "017");
    syntax("'use strict'; 09", "Decimals with leading zeros are not allowed in strict mode.", "09");
    ok("017; 09; 0.5; 1_0.0_1e1_0");
}

#[test]
fn string_escape_errors() {
    syntax("'\\x4'", "Invalid hexadecimal escape sequence", "\\x4");
    syntax("'\\u{110000}'", "Undefined Unicode code-point", "\\u{110000");
    syntax("'use strict'; '\\07'", "Octal escape sequences are not allowed in strict mode.", "\\07");
    syntax("'use strict'; '\\8'", "\\8 and \\9 are not allowed in strict mode.", "\\8");
    syntax("'\\07'; 'use strict'", "Octal escape sequences are not allowed in strict mode.", "\\07");
    syntax("`\\07`", "Octal escape sequences are not allowed in template strings", "\\0");
    ok("'\\0'; '\\u{10FFFF}'; 'a\\\r\nb'");
}

#[test]
fn assignment_targets() {
    syntax("1 = 2", "Invalid left-hand side in assignment", "1");
    syntax("a + b = c", "Invalid left-hand side in assignment", "a + b");
    syntax("++a++", "Invalid left-hand side expression in prefix operation", "a++");
    syntax("a?.b = 1", "Invalid left-hand side in assignment", "a?.b");
    syntax("f() &&= 1", "Invalid left-hand side in assignment", "f()");
    syntax("'use strict'; eval = 1", "Unexpected eval or arguments in strict mode", "eval");
    syntax("'use strict'; arguments++", "Unexpected eval or arguments in strict mode", "arguments");
    syntax("for (a + b of c);", "Invalid left-hand side in for-of loop", "a + b");
    // Like node, a call is accepted as a target and throws at run time.
    ok("if (0) f() = 1; if (0) f()++");
    unsupported("[a, b] = c", "destructuring patterns are");
}

#[test]
fn operators() {
    syntax(
        "-x ** 2",
        "Unary operator used immediately before exponentiation expression. Parenthesis must be used to disambiguate operator precedence",
        "-x",
    );
    syntax("a ?? b || c", "Unexpected token '??'", "a ?? b || c");
    syntax("a && b ?? c", "Unexpected token '??'", "a && b ?? c");
    syntax("a?.b`x`", "Invalid tagged template on optional chain", "`x`");
    syntax("new a?.b()", "Invalid optional chain from new expression", "?.");
    syntax("'use strict'; delete x", "Delete of an unqualified identifier in strict mode.", "x");
    syntax("'use strict'; delete ((x))", "Delete of an unqualified identifier in strict mode.", "((x))");
    ok("a ?? (b || c); (a && b) ?? c; delete x.y; (-x) ** 2");
}

#[test]
fn jumps_and_labels() {
    syntax("break", "Illegal break statement", "break");
    syntax("continue", "Illegal continue statement: no surrounding iteration statement", "continue");
    syntax(
        "switch (1) { case 1: continue; }",
        "Illegal continue statement: no surrounding iteration statement",
        "continue",
    );
    syntax("while (1) break x", "Undefined label 'x'", "x");
    syntax(
        "x: { while (1) continue x; }",
        "Illegal continue statement: 'x' does not denote an iteration statement",
        "x",
    );
    syntax("x: x: ;", "Label 'x' has already been declared", "x");
    syntax("return 1", "Illegal return statement", "return");
    syntax("while (1) function f() {}", "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement.", "function");
    syntax("x: while (1) { (function () { break x; }) }", "Undefined label 'x'", "x");
    ok("x: y: while (1) continue x; x: { break x; } if (1) function f() {}");
}

#[test]
fn declarations() {
    syntax("const x;", "Missing initializer in const declaration", "x");
    syntax("for (const x; ;);", "Missing initializer in const declaration", "x");
    syntax("let let = 1", "let is disallowed as a lexically bound name", "let");
    syntax("if (1) let x = 1", "Lexical declaration cannot appear in a single-statement context", "let");
    syntax("while (1) const x = 1", "Unexpected token 'const'", "const");
    syntax("for (let x = 1 of y);", "for-of loop variable declaration may not have an initializer.", "x = 1");
    syntax("for (let x, y in z);", "Invalid left-hand side in for-in loop: Must have a single binding.", "let x, y");
    syntax("'use strict'; var interface", "Unexpected strict mode reserved word", "interface");
    syntax("'use strict'; function f(eval) {}", "Unexpected eval or arguments in strict mode", "eval");
    syntax("function f(a, a) { 'use strict' }", "Duplicate parameter name not allowed in this context", "a");
    syntax("(a, a) => 1", "Duplicate parameter name not allowed in this context", "a");
    syntax("'use strict'; with (a) {}", "Strict mode code may not include a with statement", "with");
    syntax("v\\u0061r x", "Keyword must not contain escaped characters", "v\\u0061r");
    ok("var let = 1; let\nx = 2; function f(a, a) {} for (const k in o); var yield, static");
}

#[test]
fn classes_and_super() {
    syntax("class A { constructor() {} constructor() {} }", "A class may only have one constructor", "constructor");
    syntax("class A { get constructor() {} }", "Class constructor may not be an accessor", "constructor");
    syntax(
        "class A { static prototype() {} }",
        "Classes may not have a static property named 'prototype'",
        "prototype",
    );
    syntax("class A { constructor = 1 }", "Classes may not have a field named 'constructor'", "constructor");
    syntax("class A { constructor() { super(); } }", "'super' keyword unexpected here", "super");
    syntax("function f() { super.x }", "'super' keyword unexpected here", "super");
    syntax("new.target", "new.target expression is not allowed here", "new.target");
    syntax(
        "class A { x = arguments }",
        "'arguments' is not allowed in class field initializer or static initialization block",
        "arguments",
    );
    syntax("class A { m() { with (a) {} } }", "Strict mode code may not include a with statement", "with");
    ok("class A extends B { constructor() { super(); (() => super.x)(); } static m() { return super.m(); } }");
    ok("({ m() { return super.m(); } }); function f() { return () => new.target; }");
    ok("class A { static = 1; get = 2; set; static static() {} 'constructor'() {} }");
}

#[test]
fn unsupported_features() {
    unsupported("function* g() {}", "generators are");
    unsupported("async function f() {}", "async functions are");
    unsupported("var f = async () => 1", "async functions are");
    unsupported("var f = async x => 1", "async functions are");
    unsupported("/ab+c/.test(s)", "regular expression literals are");
    unsupported("f(...a)", "spread elements are");
    unsupported("function f(...a) {}", "rest parameters are");
    unsupported("(...a) => 1", "rest parameters are");
    unsupported("function f(a = 1) {}", "default parameters are");
    unsupported("(a = 1) => a", "default parameters are");
    unsupported("var {a} = b", "destructuring patterns are");
    unsupported("tag`x`", "tagged templates are");
    unsupported("class A { #x = 1 }", "private class members are");
    ok("class A { static {} static { this.x = 1; } }");
    unsupported("with (a) {}", "with statements are");
    unsupported("import x from 'y'", "modules are");
    unsupported("1n", "BigInt literals are");
    ok("var async = 1; async(1); async\nfunction f() {}");
}

#[test]
fn deep_nesting_does_not_overflow() {
    // Run on a thread with a modest stack, like a test harness or a worker.
    let handle = std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(|| {
            let mut atoms = AtomTable::new();
            let deep = [
                "(".repeat(100_000),
                "[".repeat(100_000),
                "{".repeat(100_000),
                "!".repeat(100_000),
                "x=>".repeat(100_000),
                "if(1)".repeat(100_000),
                "a:".repeat(100_000),
                "function f(){".repeat(100_000),
                "`${".repeat(100_000),
                "class A extends ".repeat(100_000),
                "x={a:".repeat(100_000),
                format!("1{}", "+1".repeat(100_000)),
                format!("a{}", ".b".repeat(100_000)),
                format!("f{}", "()".repeat(100_000)),
                format!("{}1", "2**".repeat(100_000)),
                format!("{}a", "new ".repeat(100_000)),
                format!("{}a", "a?b:".repeat(100_000)),
                format!("{}a", "a=".repeat(100_000)),
            ];
            for src in deep {
                let result = parse(&src, &mut atoms);
                assert!(result.is_err(), "{}", &src[..20]);
            }
            let nested = format!("{}1{}", "(".repeat(300), ")".repeat(300));
            assert!(parse(&nested, &mut atoms).is_ok());
        })
        .unwrap();
    handle.join().unwrap();
}

#[test]
fn arrow_function_ends_its_expression() {
    // ASI: an operator cannot continue an arrow function, so a line break
    // before it ends the statement.
    ok("var f = a => {}\n+ 1");
    ok("var f = () => {}\n(f)()");
    syntax("var f = a => {} + 1", "Unexpected token '+'", "+");
    syntax("(a => {} ? 1 : 2)", "Unexpected token '?'", "?");
    syntax("var enum", "Unexpected reserved word", "enum");
}
