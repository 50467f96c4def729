//! A program image: the compiled `Program` with its source text, file name
//! and run mode as one byte string. An AOT wasm module carries it as a
//! passive data segment and hands it to the runtime at start-up, so the
//! runtime decodes exactly the program the compiler produced.
//!
//! Layout: `MAGIC`, the format version (u32 LE), a fingerprint of the
//! instruction table (u64 LE), then the fields in the order `encode_parts`
//! writes them. Integers are LEB128 (signed ones zigzagged), numbers are
//! f64 LE, strings are a length and UTF-8, atoms a length and UTF-16 code
//! units; an instruction is its position in `for_each_op!` followed by its
//! operands in table order. The codec is written out here rather than
//! derived: the decoder lives in every AOT module, and a generic
//! deserializer cost ~60 KB of wasm where this one costs a few.
//!
//! A runtime built from a different kiln rejects the image with a clear
//! error instead of misreading its instructions; a damaged image is an
//! error, never a panic.

use super::operands::{fits, op_code, op_from_values, operand_values, MAX_OPERANDS, OPERAND_KINDS};
use super::ops::{Op, OperandKind};
use super::program::{Constant, FunctionCode, FunctionFlavor, Handler, Program};
use crate::ast::Atom;
use crate::atoms::AtomTable;

/// The first bytes of every image.
pub const MAGIC: [u8; 8] = *b"KILNIMG\0";
/// Bumped when the layout of the fields changes.
pub const FORMAT_VERSION: u32 = 3;
const HEADER_LEN: usize = MAGIC.len() + 4 + 8;

/// A program and what the runtime needs beside it.
#[derive(Clone, Debug)]
pub struct Image {
    pub program: Program,
    /// The source text (stack traces, `Function.prototype.toString`).
    pub source: String,
    /// The file name shown in stack traces.
    pub file_name: String,
    /// test262 script semantics (top-level `this` is the global object).
    pub script: bool,
    /// JavaScript call depth at which a call throws RangeError.
    pub max_call_depth: u32,
}

/// How the runtime runs the program: the image's fields besides the
/// program and its source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RunSettings {
    pub script: bool,
    pub max_call_depth: u32,
}

impl RunSettings {
    /// `kiln run`'s default `--stack-depth`.
    pub const DEFAULT_MAX_CALL_DEPTH: u32 = 9000;
}

impl Default for RunSettings {
    fn default() -> RunSettings {
        RunSettings { script: false, max_call_depth: RunSettings::DEFAULT_MAX_CALL_DEPTH }
    }
}

/// Why bytes could not be read as an image.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImageError {
    /// The bytes do not start with `MAGIC`.
    NotAnImage,
    /// Written by a kiln with another image format.
    Version { found: u32, expected: u32 },
    /// Written by a kiln with another instruction set.
    OpTable,
    /// The header is right but the body does not decode.
    Corrupt(String),
}

impl core::fmt::Display for ImageError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            ImageError::NotAnImage => f.write_str("not a kiln program image"),
            ImageError::Version { found, expected } => write!(
                f,
                "program image format {found} but this runtime reads format {expected} (rebuild the module with this kiln)"
            ),
            ImageError::OpTable => {
                f.write_str("program image compiled for another instruction set (rebuild the module with this kiln)")
            }
            ImageError::Corrupt(why) => write!(f, "corrupt program image: {why}"),
        }
    }
}

impl std::error::Error for ImageError {}

/// Encodes an image.
pub fn encode(image: &Image) -> Vec<u8> {
    let settings = RunSettings { script: image.script, max_call_depth: image.max_call_depth };
    encode_parts(&image.program, &image.source, &image.file_name, settings)
}

/// Encodes an image from its parts (no copy of the program).
pub fn encode_parts(program: &Program, source: &str, file_name: &str, settings: RunSettings) -> Vec<u8> {
    let mut w = Writer { out: Vec::with_capacity(HEADER_LEN + source.len() + 16 * program.functions.len()) };
    w.out.extend_from_slice(&MAGIC);
    w.out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    w.out.extend_from_slice(&OP_TABLE_FINGERPRINT.to_le_bytes());
    w.byte(settings.script as u8);
    w.u32(settings.max_call_depth);
    w.str(file_name);
    w.str(source);
    w.u32(program.atoms.len() as u32);
    for atom in program.atoms.iter() {
        w.u32(atom.len() as u32);
        for &unit in atom {
            w.u32(u32::from(unit));
        }
    }
    w.u32(program.functions.len() as u32);
    for code in &program.functions {
        w.function(code);
    }
    w.out
}

/// Decodes an image written by `encode`.
pub fn decode(bytes: &[u8]) -> Result<Image, ImageError> {
    if bytes.len() < HEADER_LEN || bytes[..MAGIC.len()] != MAGIC {
        return Err(ImageError::NotAnImage);
    }
    let word = |at: usize, len: usize| -> u64 {
        bytes[at..at + len].iter().rev().fold(0u64, |acc, &b| (acc << 8) | u64::from(b))
    };
    let found = word(MAGIC.len(), 4) as u32;
    if found != FORMAT_VERSION {
        return Err(ImageError::Version { found, expected: FORMAT_VERSION });
    }
    if word(MAGIC.len() + 4, 8) != OP_TABLE_FINGERPRINT {
        return Err(ImageError::OpTable);
    }
    let mut r = Reader { bytes, at: HEADER_LEN };
    let image = r.image().map_err(|why| ImageError::Corrupt(format!("{why} at byte {}", r.at)))?;
    if r.at != bytes.len() {
        return Err(ImageError::Corrupt(format!("{} bytes after the program", bytes.len() - r.at)));
    }
    Ok(image)
}

struct Writer {
    out: Vec<u8>,
}

impl Writer {
    fn byte(&mut self, b: u8) {
        self.out.push(b);
    }

    fn u32(&mut self, mut v: u32) {
        while v >= 0x80 {
            self.out.push(v as u8 | 0x80);
            v >>= 7;
        }
        self.out.push(v as u8);
    }

    fn i32(&mut self, v: i32) {
        self.u32(((v << 1) ^ (v >> 31)) as u32);
    }

    fn str(&mut self, s: &str) {
        self.u32(s.len() as u32);
        self.out.extend_from_slice(s.as_bytes());
    }

    fn function(&mut self, code: &FunctionCode) {
        self.u32(code.name.0);
        self.byte(match code.flavor {
            FunctionFlavor::Script => 0,
            FunctionFlavor::Normal => 1,
            FunctionFlavor::Arrow => 2,
            FunctionFlavor::Method => 3,
            FunctionFlavor::BaseClass => 4,
            FunctionFlavor::DerivedClass => 5,
        });
        self.byte(code.strict as u8 | (code.is_default_constructor as u8) << 1 | (code.keeps_arguments as u8) << 2);
        self.u32(u32::from(code.param_count));
        self.u32(u32::from(code.register_count));
        self.u32(code.feedback_slots);
        self.u32(code.span_start);
        self.u32(code.span_end);
        self.u32(code.code.len() as u32);
        for op in &code.code {
            self.op(op);
        }
        self.u32(code.constants.len() as u32);
        for constant in &code.constants {
            match constant {
                Constant::Number(n) => {
                    self.byte(0);
                    self.out.extend_from_slice(&n.to_le_bytes());
                }
                Constant::String(atom) => {
                    self.byte(1);
                    self.u32(atom.0);
                }
            }
        }
        self.u32(code.handlers.len() as u32);
        for h in &code.handlers {
            self.u32(h.start);
            self.u32(h.end);
            self.u32(h.target);
            self.u32(u32::from(h.exception));
        }
        // Positions mostly grow by a little: deltas are one byte each.
        self.u32(code.positions.len() as u32);
        let mut previous = 0u32;
        for &position in &code.positions {
            self.i32(position.wrapping_sub(previous) as i32);
            previous = position;
        }
    }
}

impl Writer {
    fn op(&mut self, op: &Op) {
        let code = op_code(op);
        self.byte(code);
        for (&kind, value) in OPERAND_KINDS[code as usize].iter().zip(operand_values(op)) {
            if kind == OperandKind::Imm {
                self.i32(value as i32);
            } else {
                self.u32(value);
            }
        }
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

type Read<T> = Result<T, &'static str>;

impl Reader<'_> {
    fn byte(&mut self) -> Read<u8> {
        let b = *self.bytes.get(self.at).ok_or("unexpected end")?;
        self.at += 1;
        Ok(b)
    }

    fn u32(&mut self) -> Read<u32> {
        let mut value = 0u32;
        for shift in (0..35).step_by(7) {
            let b = self.byte()?;
            if shift == 28 && b > 0x0f {
                return Err("integer too large");
            }
            value |= u32::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Ok(value);
            }
        }
        Err("integer too long")
    }

    fn i32(&mut self) -> Read<i32> {
        let v = self.u32()?;
        Ok((v >> 1) as i32 ^ -((v & 1) as i32))
    }

    fn op(&mut self) -> Read<Op> {
        let code = self.byte()?;
        let kinds = OPERAND_KINDS.get(code as usize).ok_or("unknown instruction")?;
        let mut values = [0u32; MAX_OPERANDS];
        for (slot, &kind) in values.iter_mut().zip(kinds.iter()) {
            *slot = if kind == OperandKind::Imm { self.i32()? as u32 } else { self.u32()? };
            if !fits(kind, *slot) {
                return Err("operand out of range");
            }
        }
        op_from_values(code, &values).ok_or("unknown instruction")
    }

    fn u16(&mut self) -> Read<u16> {
        u16::try_from(self.u32()?).map_err(|_| "16-bit field out of range")
    }

    fn bool(&mut self) -> Read<bool> {
        match self.byte()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err("bad boolean"),
        }
    }

    /// A count of items that take at least one byte each: never more than
    /// the bytes left, so a damaged count cannot ask for a huge allocation.
    fn count(&mut self) -> Read<usize> {
        let n = self.u32()? as usize;
        if n > self.bytes.len() - self.at {
            return Err("count larger than the image");
        }
        Ok(n)
    }

    fn str(&mut self) -> Read<String> {
        let len = self.count()?;
        let text = core::str::from_utf8(&self.bytes[self.at..self.at + len]).map_err(|_| "string is not UTF-8")?;
        self.at += len;
        Ok(text.to_string())
    }

    fn image(&mut self) -> Read<Image> {
        let script = self.bool()?;
        let max_call_depth = self.u32()?;
        let file_name = self.str()?;
        let source = self.str()?;
        let atom_count = self.count()?;
        let mut strings = Vec::with_capacity(atom_count);
        for _ in 0..atom_count {
            let len = self.count()?;
            let units = (0..len).map(|_| self.u16()).collect::<Read<Vec<u16>>>()?;
            strings.push(units.into_boxed_slice());
        }
        let function_count = self.count()?;
        let mut functions = Vec::with_capacity(function_count);
        for _ in 0..function_count {
            functions.push(self.function()?);
        }
        let program = Program { functions, atoms: AtomTable::from_strings(strings) };
        Ok(Image { program, source, file_name, script, max_call_depth })
    }

    fn function(&mut self) -> Read<FunctionCode> {
        let name = Atom(self.u32()?);
        let flavor = match self.byte()? {
            0 => FunctionFlavor::Script,
            1 => FunctionFlavor::Normal,
            2 => FunctionFlavor::Arrow,
            3 => FunctionFlavor::Method,
            4 => FunctionFlavor::BaseClass,
            5 => FunctionFlavor::DerivedClass,
            _ => return Err("bad function flavor"),
        };
        let flags = self.byte()?;
        if flags > 7 {
            return Err("bad function flags");
        }
        let param_count = self.u16()?;
        let register_count = self.u16()?;
        let feedback_slots = self.u32()?;
        let span_start = self.u32()?;
        let span_end = self.u32()?;
        let op_count = self.count()?;
        let code = (0..op_count).map(|_| self.op()).collect::<Read<Vec<Op>>>()?;
        let constant_count = self.count()?;
        let mut constants = Vec::with_capacity(constant_count);
        for _ in 0..constant_count {
            constants.push(match self.byte()? {
                0 => {
                    let bytes = self.bytes.get(self.at..self.at + 8).ok_or("unexpected end")?;
                    self.at += 8;
                    Constant::Number(f64::from_le_bytes(bytes.try_into().map_err(|_| "unexpected end")?))
                }
                1 => Constant::String(Atom(self.u32()?)),
                _ => return Err("bad constant tag"),
            });
        }
        let handler_count = self.count()?;
        let mut handlers = Vec::with_capacity(handler_count);
        for _ in 0..handler_count {
            handlers.push(Handler { start: self.u32()?, end: self.u32()?, target: self.u32()?, exception: self.u16()? });
        }
        let position_count = self.count()?;
        let mut positions = Vec::with_capacity(position_count);
        let mut previous = 0u32;
        for _ in 0..position_count {
            previous = previous.wrapping_add(self.i32()? as u32);
            positions.push(previous);
        }
        Ok(FunctionCode {
            name,
            flavor,
            strict: flags & 1 != 0,
            param_count,
            register_count,
            code,
            constants,
            handlers,
            positions,
            feedback_slots,
            span_start,
            span_end,
            is_default_constructor: flags & 2 != 0,
            keeps_arguments: flags & 4 != 0,
        })
    }
}

/// The text of the instruction table (names, operands, operand kinds):
/// instructions are numbered by position, so any change to the table
/// changes the meaning of an encoded program.
macro_rules! op_table_text {
    ($($name:ident { $($field:ident : $kind:ident),* } $doc:literal;)*) => {
        concat!($(stringify!($name), "{", $(stringify!($field), ":", stringify!($kind), ",",)* "};",)*)
    };
}

/// FNV-1a of the instruction table's text, computed at compile time.
const OP_TABLE_FINGERPRINT: u64 = {
    let text = crate::for_each_op!(op_table_text).as_bytes();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < text.len() {
        hash ^= text[i] as u64;
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        i += 1;
    }
    hash
};
