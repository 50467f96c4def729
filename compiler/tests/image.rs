//! Program images round-trip: what the runtime decodes inside a wasm module
//! is exactly what the compiler produced.

use kiln_compiler::bytecode::disasm::disassemble;
use kiln_compiler::bytecode::image::{self, Image, ImageError, RunSettings};
use kiln_compiler::{compile, CompileOptions};

const SOURCE: &str = r#"
"use strict";
class Shape { constructor(name) { this.name = name; } area() { return 0; } }
class Circle extends Shape {
  constructor(r) { super("circle"); this.r = r; }
  area() { return Math.PI * this.r ** 2; }
  get label() { return `${this.name}(${this.r})`; }
}
const shapes = [new Circle(1), new Circle(2.5), { area: () => 1e21, name: "\ud800 lone" }];
let total = 0;
for (const s of shapes) {
  try { total += s.area(); if (total > 1e20) throw new RangeError("big"); }
  catch (e) { console.log(e.message); }
  finally { total |= 0; }
}
for (const k in { a: 1, b: 2 }) console.log(k, typeof k, -0, 0.1 + 0.2, "é");
label: for (let i = 0; i < 3; i++) { const f = () => i; if (f() === 1) continue label; console.log(f()); }
console.log(total, shapes.map(s => s.name), arguments.length);
"#;

fn compile_source(source: &str) -> kiln_compiler::bytecode::Program {
    compile(source, CompileOptions::default()).expect("test program compiles")
}

#[test]
fn round_trip_keeps_the_program() {
    let program = compile_source(SOURCE);
    let before = disassemble(&program);
    let bytes = image::encode_parts(&program, SOURCE, "shapes.js", RunSettings { script: true, max_call_depth: 1234 });
    let image = image::decode(&bytes).expect("decodes");
    assert_eq!(disassemble(&image.program), before);
    // Fields the disassembly may not show (positions, spans, flags).
    assert_eq!(format!("{:?}", image.program.functions), format!("{:?}", program.functions));
    assert!(image.program.atoms.iter().eq(program.atoms.iter()));
    // The rebuilt atom index finds names again.
    assert_eq!(image.program.atoms.find("area"), program.atoms.find("area"));
    assert_eq!(image.source, SOURCE);
    assert_eq!(image.file_name, "shapes.js");
    assert!(image.script);
    assert_eq!(image.max_call_depth, 1234);
    // Encoding is deterministic.
    let again = Image { program: image.program.clone(), ..image };
    assert_eq!(image::encode(&again), bytes);
}

#[test]
fn bad_images_are_rejected_clearly() {
    let program = compile_source("console.log(1)");
    let bytes = image::encode_parts(&program, "console.log(1)", "a.js", RunSettings::default());
    assert_eq!(image::decode(b"\0asm").unwrap_err(), ImageError::NotAnImage);

    let mut version = bytes.clone();
    version[8] = version[8].wrapping_add(1);
    let err = image::decode(&version).unwrap_err();
    assert!(matches!(err, ImageError::Version { .. }), "{err:?}");
    assert!(err.to_string().contains("rebuild the module"), "{err}");

    let mut ops = bytes.clone();
    ops[12] ^= 1;
    assert_eq!(image::decode(&ops).unwrap_err(), ImageError::OpTable);

    let truncated = &bytes[..bytes.len() - 3];
    assert!(matches!(image::decode(truncated).unwrap_err(), ImageError::Corrupt(_)));
    let mut longer = bytes.clone();
    longer.push(0);
    assert!(matches!(image::decode(&longer).unwrap_err(), ImageError::Corrupt(_)));
}
