//! Tokenizer for JavaScript source (placeholder until the lexer lands).
