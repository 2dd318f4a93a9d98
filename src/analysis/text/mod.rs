//! Stage 1, the text: which bytes are prose ([`prose`]), its tokens ([`tokens`]), sentences
//! and quotations ([`sentences`]), and the word lists every later stage reads ([`lookup`],
//! [`cues`]). Also the value types of text: byte spans, lines and shared strings.
//!
//! Depends on nothing else in the engine.

pub mod cues;
pub mod lines;
pub mod lookup;
pub mod nouns;
pub mod prose;
pub mod sentences;
pub mod shared_str;
pub mod span;
pub mod tokens;
pub mod vocabulary;
