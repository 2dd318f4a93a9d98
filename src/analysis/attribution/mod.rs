//! Stage 3, who says so: the attribution cues of a sentence ("according to X", "X said"),
//! the source each names and its grade, pronouns resolved, and an attribution carried to
//! later sentences.
//!
//! Files by concern: [`sentence`] finds the cues of a sentence and picks the one a figure
//! takes; [`verb_cue`] and [`patterns`] are the cue patterns; [`source_phrase`] delimits
//! the source a cue names; [`grades`] grades it and tells its kind; [`pronouns`] resolves
//! pronoun sources; [`words`] holds the word lists; [`speaker`] vets what a cue offers as a
//! source; [`context`] carries a source the paragraph already gives (a release named earlier,
//! a source named after the figures) and [`story`] one the body gives a headline's figure.
//! The named rules are in [`cue_rules`], [`verb_rules`], [`source_rules`] and
//! [`context_rules`].
//!
//! Depends on [`crate::analysis::text`] and [`crate::analysis::figures`].

pub mod context;
pub mod context_rules;
pub mod cue_rules;
pub mod grades;
pub mod patterns;
pub mod pronouns;
pub mod sentence;
pub mod source_phrase;
pub mod source_rules;
pub mod speaker;
pub mod story;
pub mod verb_cue;
pub mod verb_rules;
pub mod words;

#[cfg(test)]
mod speaker_tests;
#[cfg(test)]
mod tests;

pub use crate::analysis::figures::claims::{Attribution, Grade, SourceKind};
pub use sentence::CitedSource;
