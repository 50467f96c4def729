//! The linker's one error type: a message for a malformed runtime, a
//! malformed generated body or a module that fails validation. The linker
//! returns it instead of panicking on bad bytes.

use std::fmt;

/// Why a module could not be parsed, linked, printed or validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkError {
    message: String,
}

impl LinkError {
    pub(crate) fn new(message: impl Into<String>) -> Self {
        LinkError { message: message.into() }
    }

    /// The error's text, as `Display` prints it.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// Prefixes the message with what the linker was doing.
    pub(crate) fn context(self, what: &str) -> Self {
        LinkError::new(format!("{what}: {}", self.message))
    }
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for LinkError {}

impl From<wasmparser::BinaryReaderError> for LinkError {
    fn from(error: wasmparser::BinaryReaderError) -> Self {
        LinkError::new(error.to_string())
    }
}

impl From<wasm_encoder::reencode::Error<LinkError>> for LinkError {
    fn from(error: wasm_encoder::reencode::Error<LinkError>) -> Self {
        use wasm_encoder::reencode::Error;
        match error {
            Error::UserError(inner) => inner,
            // The parse error's own Display says only "there was an error when parsing".
            Error::ParseError(inner) => inner.into(),
            other => LinkError::new(other.to_string()),
        }
    }
}
