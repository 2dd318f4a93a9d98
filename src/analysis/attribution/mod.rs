//! Stage 3, who says so: the attribution cues of a sentence ("according to X", "X said"),
//! the source each names and its grade, pronouns resolved, and an attribution carried to
//! later sentences.
//!
//! Depends on [`crate::analysis::text`] and [`crate::analysis::figures`].

pub mod cue_rules;
pub mod sentence;

pub use crate::analysis::figures::claims::{Attribution, Grade, SourceKind};
pub use sentence::CitedSource;
