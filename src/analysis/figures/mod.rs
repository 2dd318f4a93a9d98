//! Stage 2, the figures: numbers in digits and words ([`numbers`], [`numerals`]), what each
//! is ([`kinds`]: a claim, or a date, age, time, name, score ...), and the claim model
//! ([`claims`]: [`claims::Figure`], its qualifier, interval and attribution).
//!
//! Depends on [`crate::analysis::text`] only.

pub mod claims;
pub mod interval;
mod kind_ages;
mod kind_clock;
mod kind_dates;
mod kind_durations;
mod kind_idioms;
mod kind_names;
pub mod kind_rules;
mod kind_scores;
mod kind_words;
pub mod kinds;
pub mod numbers;
mod numeral_reading;
mod numeral_words;
pub mod numerals;
mod ratios;
