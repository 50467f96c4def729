//! Snapshots of the emitter's output: the disassembly of small programs that
//! each pin one decision (register vs environment storage, TDZ checks,
//! per-iteration `let`, inlined `finally`, labels, optional chains, classes,
//! method-call `this`, script vs CommonJS top level), plus the early errors
//! the emitter owns. Refresh the snapshots with `UPDATE_EXPECT=1 cargo test
//! -p kiln-compiler --test bytecode` and read the diff: a changed snapshot is
//! a changed code-generation decision.

use expect_test::{expect, Expect};
use kiln_compiler::bytecode::disasm::disassemble;
use kiln_compiler::{compile, CompileOptions, DiagnosticKind};

fn dis(src: &str, options: CompileOptions) -> String {
    match compile(src, options) {
        Ok(program) => disassemble(&program),
        Err(d) => panic!("{:?} failed to compile: {}", src, d.headline()),
    }
}

/// Compiles `src` as node runs a file (a CommonJS module body).
fn check(src: &str, expect: Expect) {
    expect.assert_eq(&dis(src, CompileOptions::default()));
}

/// Compiles `src` with script semantics (test262).
fn check_script(src: &str, expect: Expect) {
    expect.assert_eq(&dis(src, CompileOptions { script: true }));
}

/// Asserts that `src` is rejected with `kind` and exactly `message`.
fn check_error(src: &str, kind: DiagnosticKind, message: &str) {
    match compile(src, CompileOptions::default()) {
        Ok(program) => panic!("{:?} compiled but should fail:\n{}", src, disassemble(&program)),
        Err(d) => {
            assert_eq!(d.kind, kind, "for {:?}: {}", src, d.message);
            assert_eq!(d.message, message, "for {:?}", src);
            assert!(d.span.start <= d.span.end && d.span.end as usize <= src.len(), "span {:?} for {:?}", d.span, src);
        }
    }
}

#[test]
fn local_in_register_captured_in_environment() {
    check(
        "function f() {\n  let local = 1;\n  let shared = 2;\n  return [local, () => shared];\n}\n",
        expect![[r#"
            function #0 "" (Script, params 0, registers 2, feedback slots 0)
                 0  LoadUndefined     dst=r0
                 1  MakeClosure       dst=r1 func=#1
                 2  Mov               dst=r0 src=r1
                 3  LoadUndefined     dst=r1
                 4  Return            src=r1

            function #1 "f" (Normal, params 0, registers 3, feedback slots 0)
                 0  PushEnv           size=1
                 1  LoadUninit        dst=r0
                 2  LoadInt           dst=r0 value=1
                 3  LoadInt           dst=r1 value=2
                 4  StoreEnv          src=r1 depth=0 slot=0
                 5  NewArray          dst=r1 capacity=2
                 6  ArrayPush         array=r1 src=r0
                 7  MakeClosure       dst=r2 func=#2
                 8  ArrayPush         array=r1 src=r2
                 9  PopEnv
                10  Return            src=r1
                11  LoadUndefined     dst=r1
                12  Return            src=r1

            function #2 "" (Arrow, params 0, registers 1, feedback slots 0)
                 0  LoadEnvChecked    dst=r0 depth=0 slot=0 name="shared"
                 1  Return            src=r0

        "#]],
    );
}

#[test]
fn tdz_check_only_before_initialization() {
    check(
        "function f() {\n  g();\n  let x = 1;\n  function g() { return x; }\n  return x + g();\n}\nfunction h() {\n  let y = 1;\n  return y;\n}\nfunction k() {\n  z;\n  let z = 1;\n  return z;\n}\n",
        expect![[r#"
            function #0 "" (Script, params 0, registers 4, feedback slots 0)
                 0  LoadUndefined     dst=r0
                 1  LoadUndefined     dst=r1
                 2  LoadUndefined     dst=r2
                 3  MakeClosure       dst=r3 func=#1
                 4  Mov               dst=r0 src=r3
                 5  MakeClosure       dst=r3 func=#3
                 6  Mov               dst=r1 src=r3
                 7  MakeClosure       dst=r3 func=#4
                 8  Mov               dst=r2 src=r3
                 9  LoadUndefined     dst=r3
                10  Return            src=r3

            function #1 "f" (Normal, params 0, registers 6, feedback slots 3)
                 0  PushEnv           size=1
                 1  LoadUndefined     dst=r0
                 2  MakeClosure       dst=r1 func=#2
                 3  Mov               dst=r0 src=r1
                 4  Mov               dst=r2 src=r0
                 5  LoadUndefined     dst=r3
                 6  Call              dst=r1 func=r2 argc=0 fb0 desc="g"
                 7  LoadInt           dst=r1 value=1
                 8  StoreEnv          src=r1 depth=0 slot=0
                 9  LoadEnv           dst=r2 depth=0 slot=0
                10  Mov               dst=r4 src=r0
                11  LoadUndefined     dst=r5
                12  Call              dst=r3 func=r4 argc=0 fb1 desc="g"
                13  Add               dst=r1 a=r2 b=r3 fb2
                14  PopEnv
                15  Return            src=r1
                16  LoadUndefined     dst=r1
                17  Return            src=r1

            function #2 "g" (Normal, params 0, registers 1, feedback slots 0)
                 0  LoadEnvChecked    dst=r0 depth=0 slot=0 name="x"
                 1  Return            src=r0
                 2  LoadUndefined     dst=r0
                 3  Return            src=r0

            function #3 "h" (Normal, params 0, registers 2, feedback slots 0)
                 0  LoadUninit        dst=r0
                 1  LoadInt           dst=r0 value=1
                 2  Return            src=r0
                 3  LoadUndefined     dst=r1
                 4  Return            src=r1

            function #4 "k" (Normal, params 0, registers 2, feedback slots 0)
                 0  LoadUninit        dst=r0
                 1  Mov               dst=r1 src=r0
                 2  CheckInit         src=r1 name="z"
                 3  LoadInt           dst=r0 value=1
                 4  Return            src=r0
                 5  LoadUndefined     dst=r1
                 6  Return            src=r1

        "#]],
    );
}

#[test]
fn per_iteration_let_with_a_closure() {
    check(
        "const fs = [];\nfor (let i = 0; i < 3; i++) { fs.push(() => i); }\n",
        expect![[r#"
            function #0 "" (Script, params 0, registers 5, feedback slots 4)
                 0  LoadUninit        dst=r0
                 1  NewArray          dst=r1 capacity=0
                 2  Mov               dst=r0 src=r1
                 3  PushEnv           size=1
                 4  LoadInt           dst=r1 value=0
                 5  StoreEnv          src=r1 depth=0 slot=0
                 6  CopyEnv
                 7  LoadEnv           dst=r1 depth=0 slot=0
                 8  LoadInt           dst=r2 value=3
                 9  JumpIfNotLt       a=r1 b=r2 target=@20 fb0
                10  Mov               dst=r3 src=r0
                11  GetNamed          dst=r2 obj=r3 name="push" fb1
                12  MakeClosure       dst=r4 func=#1
                13  Call              dst=r1 func=r2 argc=1 fb2 desc="fs.push"
                14  CopyEnv
                15  LoadEnv           dst=r2 depth=0 slot=0
                16  ToNumeric         dst=r1 src=r2
                17  Inc               dst=r3 src=r2 fb3
                18  StoreEnv          src=r3 depth=0 slot=0
                19  Loop              target=@7
                20  PopEnv
                21  LoadUndefined     dst=r1
                22  Return            src=r1

            function #1 "" (Arrow, params 0, registers 1, feedback slots 0)
                 0  LoadEnvChecked    dst=r0 depth=0 slot=0 name="i"
                 1  Return            src=r0

        "#]],
    );
}

#[test]
fn try_finally_with_return_inlines_the_finally() {
    check(
        "function f(x) {\n  try {\n    if (x) return 1;\n    x.y();\n  } finally {\n    console.log('done');\n  }\n  return 2;\n}\n",
        expect![[r#"
            function #0 "" (Script, params 0, registers 2, feedback slots 0)
                 0  LoadUndefined     dst=r0
                 1  MakeClosure       dst=r1 func=#1
                 2  Mov               dst=r0 src=r1
                 3  LoadUndefined     dst=r1
                 4  Return            src=r1

            function #1 "f" (Normal, params 1, registers 9, feedback slots 11)
                 0  SaveEnv           dst=r1
                 1  JumpIfFalse       cond=r0 target=@8
                 2  LoadInt           dst=r4 value=1
                 3  GetGlobal         dst=r7 name="console" fb0
                 4  GetNamed          dst=r6 obj=r7 name="log" fb1
                 5  LoadConst         dst=r8 idx="done"
                 6  Call              dst=r5 func=r6 argc=1 fb2 desc="console.log"
                 7  Return            src=r4
                 8  Mov               dst=r6 src=r0
                 9  GetNamed          dst=r5 obj=r6 name="y" fb3
                10  Call              dst=r4 func=r5 argc=0 fb4 desc="x.y"
                11  GetGlobal         dst=r6 name="console" fb5
                12  GetNamed          dst=r5 obj=r6 name="log" fb6
                13  LoadConst         dst=r7 idx="done"
                14  Call              dst=r4 func=r5 argc=1 fb7 desc="console.log"
                15  Jump              target=@22
                16  RestoreEnv        src=r1
                17  GetGlobal         dst=r6 name="console" fb8
                18  GetNamed          dst=r5 obj=r6 name="log" fb9
                19  LoadConst         dst=r7 idx="done"
                20  Call              dst=r4 func=r5 argc=1 fb10 desc="console.log"
                21  Throw             src=r2
                22  LoadInt           dst=r1 value=2
                23  Return            src=r1
                24  LoadUndefined     dst=r1
                25  Return            src=r1
              handler [1, 3) -> @16 exception r2
              handler [8, 11) -> @16 exception r2

        "#]],
    );
}

#[test]
fn labeled_break_out_of_nested_loops() {
    check(
        "outer: for (var i = 0; i < 3; i++) {\n  for (var j = 0; j < 3; j++) {\n    if (j == 1) continue outer;\n    if (i == 2) break outer;\n  }\n}\n",
        expect![[r#"
            function #0 "" (Script, params 0, registers 4, feedback slots 6)
                 0  LoadUndefined     dst=r0
                 1  LoadUndefined     dst=r1
                 2  LoadInt           dst=r0 value=0
                 3  LoadInt           dst=r2 value=3
                 4  JumpIfNotLt       a=r0 b=r2 target=@20 fb0
                 5  LoadInt           dst=r1 value=0
                 6  LoadInt           dst=r2 value=3
                 7  JumpIfNotLt       a=r1 b=r2 target=@18 fb1
                 8  LoadInt           dst=r3 value=1
                 9  Eq                dst=r2 a=r1 b=r3 fb2
                10  JumpIfFalse       cond=r2 target=@12
                11  Jump              target=@18
                12  LoadInt           dst=r3 value=2
                13  Eq                dst=r2 a=r0 b=r3 fb3
                14  JumpIfFalse       cond=r2 target=@16
                15  Jump              target=@20
                16  Inc               dst=r1 src=r1 fb4
                17  Loop              target=@6
                18  Inc               dst=r0 src=r0 fb5
                19  Loop              target=@3
                20  LoadUndefined     dst=r2
                21  Return            src=r2

        "#]],
    );
}

#[test]
fn switch_with_default_in_the_middle() {
    check(
        "function f(x) {\n  switch (x) {\n    case 1: return 'one';\n    default: return 'other';\n    case 2: return 'two';\n  }\n}\n",
        expect![[r#"
            function #0 "" (Script, params 0, registers 2, feedback slots 0)
                 0  LoadUndefined     dst=r0
                 1  MakeClosure       dst=r1 func=#1
                 2  Mov               dst=r0 src=r1
                 3  LoadUndefined     dst=r1
                 4  Return            src=r1

            function #1 "f" (Normal, params 1, registers 4, feedback slots 2)
                 0  Mov               dst=r1 src=r0
                 1  LoadInt           dst=r3 value=1
                 2  StrictEq          dst=r2 a=r1 b=r3 fb0
                 3  JumpIfTrue        cond=r2 target=@8
                 4  LoadInt           dst=r3 value=2
                 5  StrictEq          dst=r2 a=r1 b=r3 fb1
                 6  JumpIfTrue        cond=r2 target=@12
                 7  Jump              target=@10
                 8  LoadConst         dst=r3 idx="one"
                 9  Return            src=r3
                10  LoadConst         dst=r3 idx="other"
                11  Return            src=r3
                12  LoadConst         dst=r3 idx="two"
                13  Return            src=r3
                14  LoadUndefined     dst=r1
                15  Return            src=r1

        "#]],
    );
}

#[test]
fn optional_chaining() {
    check(
        "function f(o) { return o?.a?.[0]?.(1); }\n",
        expect![[r#"
        function #0 "" (Script, params 0, registers 2, feedback slots 0)
             0  LoadUndefined     dst=r0
             1  MakeClosure       dst=r1 func=#1
             2  Mov               dst=r0 src=r1
             3  LoadUndefined     dst=r1
             4  Return            src=r1

        function #1 "f" (Normal, params 1, registers 5, feedback slots 3)
             0  JumpIfNullish     src=r0 target=@9
             1  GetNamed          dst=r3 obj=r0 name="a" fb0
             2  JumpIfNullish     src=r3 target=@9
             3  LoadInt           dst=r4 value=0
             4  GetIndexed        dst=r2 obj=r3 key=r4 fb1
             5  JumpIfNullish     src=r2 target=@9
             6  LoadInt           dst=r4 value=1
             7  Call              dst=r1 func=r2 argc=1 fb2 desc="o.a[0]"
             8  Jump              target=@10
             9  LoadUndefined     dst=r1
            10  Return            src=r1
            11  LoadUndefined     dst=r1
            12  Return            src=r1

    "#]],
    );
}

#[test]
fn class_with_extends_super_and_fields() {
    check(
        "class A { constructor(x) { this.x = x; } get() { return this.x; } }\nclass B extends A {\n  y = 2;\n  constructor() { super(1); }\n  get() { return super.get() + this.y; }\n}\n",
        expect![[r#"
            function #0 "" (Script, params 0, registers 8, feedback slots 2)
                 0  LoadUninit        dst=r0
                 1  LoadUninit        dst=r1
                 2  LoadUninit        dst=r3
                 3  MakeClass         dst=r2 func=#1 parent=r4 has_parent=0
                 4  Mov               dst=r3 src=r2
                 5  GetNamed          dst=r5 obj=r2 name="prototype" fb0
                 6  LoadConst         dst=r6 idx="get"
                 7  MakeClosure       dst=r7 func=#2
                 8  DefineMethod      obj=r5 key=r6 func=r7 kind=0
                 9  Mov               dst=r0 src=r2
                10  LoadUninit        dst=r3
                11  Mov               dst=r4 src=r0
                12  MakeClass         dst=r2 func=#3 parent=r4 has_parent=1
                13  Mov               dst=r3 src=r2
                14  GetNamed          dst=r5 obj=r2 name="prototype" fb1
                15  LoadConst         dst=r6 idx="get"
                16  MakeClosure       dst=r7 func=#4
                17  DefineMethod      obj=r5 key=r6 func=r7 kind=0
                18  MakeClosure       dst=r6 func=#5
                19  SetHomeObject     func=r6 home=r5
                20  SetFields         ctor=r2 func=r6
                21  Mov               dst=r1 src=r2
                22  LoadUndefined     dst=r2
                23  Return            src=r2

            function #1 "A" (BaseClass, strict, params 1, registers 3, feedback slots 1)
                 0  LoadThis          dst=r1
                 1  SetNamed          obj=r1 name="x" src=r0 strict=1 fb0
                 2  LoadUndefined     dst=r2
                 3  Return            src=r2

            function #2 "get" (Method, strict, params 0, registers 2, feedback slots 1)
                 0  LoadThis          dst=r0
                 1  GetNamed          dst=r1 obj=r0 name="x" fb0
                 2  Return            src=r1
                 3  LoadUndefined     dst=r1
                 4  Return            src=r1

            function #3 "B" (DerivedClass, strict, params 0, registers 2, feedback slots 0)
                 0  LoadInt           dst=r1 value=1
                 1  SuperCall         dst=r0 args=r1 argc=1
                 2  LoadUndefined     dst=r0
                 3  Return            src=r0

            function #4 "get" (Method, strict, params 0, registers 6, feedback slots 3)
                 0  LoadThis          dst=r0
                 1  LoadConst         dst=r5 idx="get"
                 2  SuperGet          dst=r3 key=r5
                 3  LoadThis          dst=r4
                 4  Call              dst=r2 func=r3 argc=0 fb0 desc="(intermediate value).get"
                 5  GetNamed          dst=r3 obj=r0 name="y" fb1
                 6  Add               dst=r1 a=r2 b=r3 fb2
                 7  Return            src=r1
                 8  LoadUndefined     dst=r1
                 9  Return            src=r1

            function #5 "" (Method, strict, params 0, registers 3, feedback slots 0)
                 0  LoadThis          dst=r0
                 1  LoadConst         dst=r1 idx="y"
                 2  LoadInt           dst=r2 value=2
                 3  DefineIndexed     obj=r0 key=r1 src=r2
                 4  LoadUndefined     dst=r1
                 5  Return            src=r1

        "#]],
    );
}

#[test]
fn method_call_passes_this_plain_call_does_not() {
    check(
        "function f(o, g) {\n  o.m(1);\n  o[0](2);\n  g(3);\n}\n",
        expect![[r#"
        function #0 "" (Script, params 0, registers 2, feedback slots 0)
             0  LoadUndefined     dst=r0
             1  MakeClosure       dst=r1 func=#1
             2  Mov               dst=r0 src=r1
             3  LoadUndefined     dst=r1
             4  Return            src=r1

        function #1 "f" (Normal, params 2, registers 6, feedback slots 5)
             0  Mov               dst=r4 src=r0
             1  GetNamed          dst=r3 obj=r4 name="m" fb0
             2  LoadInt           dst=r5 value=1
             3  Call              dst=r2 func=r3 argc=1 fb1 desc="o.m"
             4  Mov               dst=r4 src=r0
             5  LoadInt           dst=r5 value=0
             6  GetIndexed        dst=r3 obj=r4 key=r5 fb2
             7  LoadInt           dst=r5 value=2
             8  Call              dst=r2 func=r3 argc=1 fb3 desc="o[0]"
             9  Mov               dst=r3 src=r1
            10  LoadUndefined     dst=r4
            11  LoadInt           dst=r5 value=3
            12  Call              dst=r2 func=r3 argc=1 fb4 desc="g"
            13  LoadUndefined     dst=r2
            14  Return            src=r2

    "#]],
    );
}

#[test]
fn compound_and_logical_assignment() {
    check(
        "function f(o, x) {\n  x += 1;\n  o.a *= 2;\n  x ||= 3;\n  o.b ??= 4;\n  o[x] &&= 5;\n}\n",
        expect![[r#"
            function #0 "" (Script, params 0, registers 2, feedback slots 0)
                 0  LoadUndefined     dst=r0
                 1  MakeClosure       dst=r1 func=#1
                 2  Mov               dst=r0 src=r1
                 3  LoadUndefined     dst=r1
                 4  Return            src=r1

            function #1 "f" (Normal, params 2, registers 5, feedback slots 8)
                 0  LoadInt           dst=r2 value=1
                 1  Add               dst=r1 a=r1 b=r2 fb0
                 2  GetNamed          dst=r3 obj=r0 name="a" fb1
                 3  LoadInt           dst=r4 value=2
                 4  Mul               dst=r2 a=r3 b=r4 fb2
                 5  SetNamed          obj=r0 name="a" src=r2 strict=0 fb3
                 6  Mov               dst=r2 src=r1
                 7  JumpIfTrue        cond=r2 target=@10
                 8  LoadInt           dst=r2 value=3
                 9  Mov               dst=r1 src=r2
                10  GetNamed          dst=r2 obj=r0 name="b" fb4
                11  JumpIfNotNullish  src=r2 target=@14
                12  LoadInt           dst=r2 value=4
                13  SetNamed          obj=r0 name="b" src=r2 strict=0 fb5
                14  GetIndexed        dst=r2 obj=r0 key=r1 fb6
                15  JumpIfFalse       cond=r2 target=@18
                16  LoadInt           dst=r2 value=5
                17  SetIndexed        obj=r0 key=r1 src=r2 strict=0 fb7
                18  LoadUndefined     dst=r2
                19  Return            src=r2

        "#]],
    );
}

#[test]
fn typeof_undeclared_global_does_not_throw() {
    check(
        "console.log(typeof notDeclared, typeof console);\n",
        expect![[r#"
        function #0 "" (Script, params 0, registers 5, feedback slots 3)
             0  GetGlobal         dst=r2 name="console" fb0
             1  GetNamed          dst=r1 obj=r2 name="log" fb1
             2  TypeofGlobal      dst=r3 name="notDeclared"
             3  TypeofGlobal      dst=r4 name="console"
             4  Call              dst=r0 func=r1 argc=2 fb2 desc="console.log"
             5  LoadUndefined     dst=r0
             6  Return            src=r0

    "#]],
    );
}

#[test]
fn commonjs_top_level_vars_are_locals() {
    check(
        "var a = 1;\nfunction f() { return a; }\n",
        expect![[r#"
        function #0 "" (Script, params 0, registers 3, feedback slots 0)
             0  PushEnv           size=1
             1  LoadUndefined     dst=r1
             2  StoreEnv          src=r1 depth=0 slot=0
             3  LoadUndefined     dst=r0
             4  MakeClosure       dst=r2 func=#1
             5  Mov               dst=r0 src=r2
             6  LoadInt           dst=r2 value=1
             7  StoreEnv          src=r2 depth=0 slot=0
             8  LoadUndefined     dst=r2
             9  Return            src=r2

        function #1 "f" (Normal, params 0, registers 1, feedback slots 0)
             0  LoadEnv           dst=r0 depth=0 slot=0
             1  Return            src=r0
             2  LoadUndefined     dst=r0
             3  Return            src=r0

    "#]],
    );
}

#[test]
fn script_top_level_vars_are_global_properties() {
    check_script(
        "var a = 1;\nfunction f() { return a; }\nlet b = 2;\n",
        expect![[r#"
            function #0 "" (Script, params 0, registers 2, feedback slots 1)
                 0  DeclareGlobalVar  name="a"
                 1  LoadUninit        dst=r0
                 2  MakeClosure       dst=r1 func=#1
                 3  DeclareGlobalFunc name="f" src=r1
                 4  LoadInt           dst=r1 value=1
                 5  SetGlobal         src=r1 name="a" strict=0 fb0
                 6  LoadInt           dst=r0 value=2
                 7  LoadUndefined     dst=r1
                 8  Return            src=r1

            function #1 "f" (Normal, params 0, registers 1, feedback slots 1)
                 0  GetGlobal         dst=r0 name="a" fb0
                 1  Return            src=r0
                 2  LoadUndefined     dst=r0
                 3  Return            src=r0

        "#]],
    );
}

#[test]
fn redeclaration_is_an_early_error() {
    use DiagnosticKind::SyntaxError;
    check_error("let a; var a;", SyntaxError, "Identifier 'a' has already been declared");
    check_error("var a; let a;", SyntaxError, "Identifier 'a' has already been declared");
    check_error("const a = 1; function a() {}", SyntaxError, "Identifier 'a' has already been declared");
    check_error("{ let b; { var b; } }", SyntaxError, "Identifier 'b' has already been declared");
    check_error("function f(p) { let p; }", SyntaxError, "Identifier 'p' has already been declared");
    check_error("try {} catch (e) { let e; }", SyntaxError, "Identifier 'e' has already been declared");
}

#[test]
fn misplaced_jumps_are_early_errors() {
    use DiagnosticKind::SyntaxError;
    check_error("break;", SyntaxError, "Illegal break statement");
    check_error("continue;", SyntaxError, "Illegal continue statement: no surrounding iteration statement");
    check_error("while (true) { function f() { break; } }", SyntaxError, "Illegal break statement");
    check_error(
        "a: { continue a; }",
        SyntaxError,
        "Illegal continue statement: 'a' does not denote an iteration statement",
    );
    check_error("return 1;", SyntaxError, "Illegal return statement");
    check_error("for (;;) { x: break y; }", SyntaxError, "Undefined label 'y'");
}

#[test]
fn invalid_assignment_targets_are_early_errors() {
    use DiagnosticKind::SyntaxError;
    check_error("1 = 2;", SyntaxError, "Invalid left-hand side in assignment");
    check_error("++1;", SyntaxError, "Invalid left-hand side expression in prefix operation");
    check_error("a + b = 1;", SyntaxError, "Invalid left-hand side in assignment");
    // As in node, a call target and a write to a const compile and throw at
    // run time (ReferenceError and TypeError).
    for src in ["f() = 2;", "const c = 1; c = 2;"] {
        if let Err(d) = compile(src, CompileOptions::default()) {
            panic!("{:?} failed: {}", src, d.headline());
        }
    }
}

#[test]
fn var_redeclaration_is_allowed() {
    for src in [
        "var a; var a;",
        "function f() {} var f;",
        "function g() {} function g() {}",
        "{ let a; } { let a; }",
        "let a; { let a; }",
    ] {
        if let Err(d) = compile(src, CompileOptions::default()) {
            panic!("{:?} failed: {}", src, d.headline());
        }
    }
}
