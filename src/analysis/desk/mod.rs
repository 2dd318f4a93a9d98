//! The desk's ledger: figures checked across drafts. Pure, like the rest of the engine: each
//! draft's [`Analysis`] is summarised once into a [`DeskDraft`] (its date and its claims,
//! without its text), and the drafts, given in ledger order (by date, undated last, then by
//! name: see [`ledger_order`]), are compared claim by claim. Files, folders and the workspace
//! index are the shells' business.
//!
//! Two claims of different drafts are compared only when they are about the same thing, as
//! carefully as inside one draft and then some:
//!
//! - the same subject key, holder (resolved as the draft's own ledger resolves it; a held and
//!   an unheld figure are not compared across drafts), hard scope (year, place, group), and
//!   soft scope (a named day, a verb), measures converted to their base unit,
//!   as [`crate::analysis::subjects::ledger`] requires, neither a change, a forecast or a new level;
//! - the same story ([`SAME_STORY`]): their paragraphs, with their drafts' headlines, share a
//!   name of several words ("General Staff") or two names ("Ukraine" and "Kyiv"). A folder
//!   holds many stories, and "12 people were killed" in a flood story says nothing about a
//!   shooting story's "3 people"; one common word ("Labour", "Police") does not tie two
//!   stories;
//! - the same time: drafts of different dates give counts that change with time, so a
//!   different figure later is an update, not a conflict ([`SAME_DATE`]), unless both are
//!   running counts ("since the invasion began", "so far") and the later one is lower
//!   ([`RUNNING_COUNT_ONLY_GROWS`]). An undated draft is taken as the newest: its running
//!   counts may not fall below the dated drafts'. Nothing says when two undated drafts were
//!   written, so they are never compared with each other, nor is an undated draft's count
//!   that changes with time.
//!
//! Each claim is keyed once per name it is filed under ([`DeskClaim::keys`]); each key has
//! its own small ledger ([`KeyLedger`]) holding only the tightest bounds, so a folder is
//! checked in time linear in its claims, and a shell that indexes a workspace can rebuild
//! one key's ledger from that key's earlier mentions alone.

//!
//! The folder, by concern:
//!
//! - this file: the desk's named rules ([`RULES`]) and the public API, re-exported;
//! - `running.rs`: running counts, the words that make one ([`running_count_cue`]) and the
//!   one rule they follow ([`running_count_fell`]);
//! - `names.rs`: names and stories, the names a block writes and the marks that tie a claim
//!   to its story ([`SAME_STORY`]);
//! - `claims.rs`: what is filed, a draft summarised into its claims ([`DeskClaim`],
//!   [`summarise`]) and the keys each claim is filed under;
//! - `compare.rs`: which claims conflict, each key's ledger ([`KeyLedger`]) and the folder's
//!   ([`ledger`]);
//! - `messages.rs`: what the shells show of a conflict, and the writer's switches;
//! - `tests.rs`: the folder's tests.

mod claims;
mod compare;
mod messages;
mod names;
mod running;
#[cfg(test)]
mod tests;

use std::hash::{BuildHasher, Hash};

use crate::analysis::text::lookup::FastState;

pub use claims::{DeskClaim, DeskDraft, SummaryCache, summarise, summarise_with};
pub use compare::{
    At, DeskConflict, KeyLedger, ledger, ledger_order, prefer, same_quantity, same_subject,
};
pub use messages::{conflict_message, conflicts_switched_off, place, related_message};
pub use running::{running_count_cue, running_count_fell};

/// A named decision of the desk's ledger: a stable id and a one-line summary.
#[derive(Debug, PartialEq, Eq)]
pub struct Rule {
    pub id: &'static str,
    pub summary: &'static str,
}

/// A running count may grow over time, never fall: see [`running_count_fell`].
pub const RUNNING_COUNT_ONLY_GROWS: Rule = Rule {
    id: "ledger.running-count-only-grows",
    summary: "a later mention of a running count may raise it, not lower it",
};

/// What makes a figure a running count: see [`running_count_cue`].
pub const RUNNING_COUNT_CUE: Rule = Rule {
    id: "ledger.running-count-cue",
    summary: "\"so far\", \"to date\", \"in total\", \"since X began\", \"since <date>\" make a \
              figure a running count",
};

/// Drafts of one date are compared like the figures of one draft.
pub const SAME_DATE: Rule = Rule {
    id: "desk.same-date",
    summary: "two drafts of the same date must agree on a count; on different dates a \
              different count is an update",
};

/// Figures of two drafts are about the same thing only within one story.
pub const SAME_STORY: Rule = Rule {
    id: "desk.same-story",
    summary: "figures of two drafts are compared only when their paragraphs (with the drafts' \
              headlines) share a name of several words or two names",
};

/// Every rule of the desk's ledger.
pub const RULES: [&Rule; 4] = [
    &RUNNING_COUNT_ONLY_GROWS,
    &RUNNING_COUNT_CUE,
    &SAME_DATE,
    &SAME_STORY,
];

/// The hash the desk's ledger keys claims and names by.
fn hash_of<T: Hash + ?Sized>(value: &T) -> u64 {
    FastState::default().hash_one(value)
}
