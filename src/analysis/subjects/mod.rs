//! Stage 4, what a figure is about and whether two figures agree: subject keys (the counted
//! noun and what happened to it), scopes that keep figures apart ([`keys`]), and the
//! [`ledger`] of same-subject figures and their conflicts.
//!
//! Depends on [`crate::analysis::text`] and [`crate::analysis::figures`].

pub mod keys;
pub mod ledger;
