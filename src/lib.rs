//! copydesk checks the figures in news drafts: every numeric claim needs an attribution, and a
//! figure must not contradict one given earlier for the same thing.
//!
//! - [`analysis`] is the pure engine: text in, figures and findings out, byte offsets only.
//! - [`lsp`] adapts the engine to the Language Server Protocol (`copydesk lsp`).
//! - [`cli`] adapts the engine to files and terminals (`copydesk check`, `copydesk report`).
//! - [`sheet`] is the fact-check sheet (HTML), shared by the CLI and the server;
//!   [`wording`] puts figures in words for both; [`json_out`] writes their bulk JSON.

pub mod analysis;
pub mod cli;
pub mod json_out;
pub mod lsp;
pub mod sheet;
pub mod wording;
