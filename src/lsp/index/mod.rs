//! The workspace index for the desk's ledger: every draft of each workspace folder (Markdown
//! and text, honouring `.gitignore` and the project file's `skip`), summarised by the engine
//! ([`crate::analysis::desk`]) and filed by ledger key, so an open draft's claims are checked
//! against the drafts before it without reading them again.
//!
//! - The drafts are read and analysed in the background at `initialized` (and again when the
//!   workspace folders or a project file change), in batches on the blocking pool, with
//!   `window/workDoneProgress` reports while it runs. Open drafts never wait for it.
//! - Watched files (`workspace/didChangeWatchedFiles`) keep it current; an open document's
//!   latest analysis stands in for its file until it is closed.
//! - Each draft keeps its summary and the protocol range of each claim, not its text: about
//!   a few hundred bytes per claim.
//! - `ledger: false` leaves a draft out; `ledgerMaxBytes` caps the bytes indexed per folder.
//!
//! The folder, by concern:
//!
//! - `entry.rs`: one indexed draft ([`Entry`]) and its place in the ledger order;
//! - `postings.rs`: the drafts indexed and the claims filed under each ledger key;
//! - `store.rs`: the index of one connection ([`Index`]) and how drafts are filed in it and
//!   forgotten;
//! - `queries.rs`: what the server asks of it: an open draft's conflicts, a key's mentions,
//!   the workspace's claims;
//! - `walk.rs`: walking the workspace folders and skipping what is no draft of the ledger;
//! - `pass.rs`: the background indexing pass, with `window/workDoneProgress`;
//! - `watch.rs`: watched-file updates and closed drafts;
//! - `tests.rs`: the folder's tests.

mod entry;
mod pass;
mod postings;
mod queries;
mod store;
#[cfg(test)]
mod tests;
mod walk;
mod watch;

pub use entry::{Entry, Order, Place};
pub use pass::{restart, start};
pub use queries::{Conflict, Mention};
pub use store::Index;
pub use walk::{is_draft, place_of};
pub use watch::{closed, draft_watchers, files_changed};
