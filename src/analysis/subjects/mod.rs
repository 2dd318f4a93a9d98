//! Stage 4, what a figure is about and whether two figures agree: subject keys (the counted
//! noun and what happened to it, [`keys`], [`predicates`]), scopes that keep figures apart
//! (time, place, group, change, sample, act: one file each, their named rules in
//! [`scope_rules`]), and the [`ledger`] of same-subject figures and their conflicts.
//!
//! Depends on [`crate::analysis::text`] and [`crate::analysis::figures`].

pub mod act;
pub mod change;
pub mod current;
pub mod group;
pub mod holders;
pub mod keys;
pub mod ledger;
pub mod measures;
pub mod narrow;
#[cfg(test)]
mod pairs_more_tests;
#[cfg(test)]
mod pairs_tests;
pub mod place;
pub mod predicates;
pub mod running;
pub mod sample;
pub mod scope_rules;
pub mod sentence;
pub mod time;
pub mod units;
mod words;
