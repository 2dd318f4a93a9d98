//! Stage 2, the figures: numbers in digits and words ([`numbers`], [`numerals`]), what each
//! is ([`kinds`]: a claim, or a date, age, time, name, score ...), and the claim model
//! ([`claims`]: [`claims::Figure`], its qualifier, interval and attribution).
//!
//! Depends on [`crate::analysis::text`] only.

pub mod claims;
pub mod interval;
pub mod kind_rules;
pub mod kinds;
pub mod numbers;
pub mod numerals;
