//! A program image: the compiled `Program` with its source text, file name
//! and run mode as one byte string. An AOT wasm module carries it as a
//! passive data segment and hands it to the runtime at start-up, so the
//! runtime decodes exactly the program the compiler produced.
//!
//! Layout: `MAGIC`, the format version (u32 LE), a fingerprint of the
//! instruction table (u64 LE), then the postcard encoding of the fields.
//! A runtime built from a different kiln rejects the image with a clear
//! error instead of misreading its instructions.

use super::program::Program;
use serde::{Deserialize, Serialize};

/// The first bytes of every image.
pub const MAGIC: [u8; 8] = *b"KILNIMG\0";
/// Bumped when the layout of the fields changes.
pub const FORMAT_VERSION: u32 = 2;
const HEADER_LEN: usize = MAGIC.len() + 4 + 8;

/// A program and what the runtime needs beside it.
#[derive(Clone, Debug, Deserialize)]
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

/// `Image` by reference, so encoding needs no copy of the program. Its
/// fields are in the same order as `Image`'s (postcard is positional).
#[derive(Serialize)]
struct ImageRef<'a> {
    program: &'a Program,
    source: &'a str,
    file_name: &'a str,
    script: bool,
    max_call_depth: u32,
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
            ImageError::NotAnImage => write!(f, "not a kiln program image"),
            ImageError::Version { found, expected } => write!(
                f,
                "program image format {found} but this runtime reads format {expected} (rebuild the module with this kiln)"
            ),
            ImageError::OpTable => write!(
                f,
                "program image compiled for another instruction set (rebuild the module with this kiln)"
            ),
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
    let mut out = Vec::with_capacity(HEADER_LEN + source.len() + 16 * program.functions.len());
    out.extend_from_slice(&MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&OP_TABLE_FINGERPRINT.to_le_bytes());
    let body = ImageRef { program, source, file_name, script: settings.script, max_call_depth: settings.max_call_depth };
    // Serializing plain data into a Vec cannot fail.
    postcard::to_extend(&body, out).expect("program image encodes")
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
    let (image, rest) = postcard::take_from_bytes::<Image>(&bytes[HEADER_LEN..])
        .map_err(|e| ImageError::Corrupt(e.to_string()))?;
    if !rest.is_empty() {
        return Err(ImageError::Corrupt(format!("{} bytes after the program", rest.len())));
    }
    Ok(image)
}

/// The text of the instruction table (names, operands, operand kinds):
/// postcard numbers variants by position, so any change to the table
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
