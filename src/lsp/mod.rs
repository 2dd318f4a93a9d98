//! `copydesk lsp`: the Language Server Protocol adapter over stdio. It owns protocol
//! concerns only (documents, positions, scheduling, presentation); every judgement about a
//! figure comes from [`crate::analysis`].
//!
//! Built on `tower-lsp-server` 0.23, the maintained continuation of tower-lsp, rather than
//! tower-lsp 0.20: that one is unmaintained and hangs after `exit` while stdin stays open.
//! After `serve` returns, the process exits at once (0 after `shutdown` then `exit`, 1 on
//! `exit` or end of input without `shutdown`), without waiting for the thread blocked
//! reading stdin.
//!
//! - [`server`]: the `LanguageServer` implementation (plus `copydesk/documentText`, the
//!   server's copy of a document, for clients and tests that check they agree).
//! - [`session`]: what one connection shares: client handle, features, settings, documents.
//! - [`documents`]: ropes, versions, applying changes in order.
//! - [`framing`]: malformed input answered with JSON-RPC errors instead of ending the server.
//! - [`outgoing`]: one ordered queue of whole frames to the client; diagnostics serialised
//!   straight into it.
//! - [`position`]: UTF-8 / UTF-16 / UTF-32 columns ⇄ rope indexes, at the boundary only.
//! - [`settings`]: `copydesk` settings from the editor, merged over the project file's.
//! - [`project`]: each document's `copydesk.json`, its last good contents and its mistakes.
//! - [`scheduler`]: analysis off the reader loop; newest version wins; stale results dropped.
//! - [`index`]: the workspace's drafts for the desk's ledger, indexed in the background.
//! - [`desk`]: conflicts across drafts, hover lines and workspace symbols from the index.
//! - [`diagnostics`], [`hover`], [`actions`], [`symbols`]: the features.
//! - [`code_lens`] ("12 figures · 2 unattributed · 1 conflict" atop each draft) and
//!   [`report_command`] (`workspace/executeCommand` `copydesk.report`: the fact-check sheet).

pub mod actions;
pub mod code_lens;
pub mod desk;
pub mod diagnostics;
pub mod documents;
pub mod framing;
pub mod hover;
pub mod index;
pub mod outgoing;
pub mod position;
pub mod project;
pub mod project_actions;
pub mod project_edit;
pub mod report_command;
pub mod scheduler;
pub mod server;
pub mod session;
pub mod settings;
pub mod symbols;

use std::sync::Arc;

use tokio::io::{AsyncRead, AsyncWrite};
use tower_lsp_server::LspService;

use server::Server;
use session::Session;

/// Serves the protocol over stdin and stdout; returns the process exit code.
pub fn run() -> i32 {
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("copydesk lsp: cannot start the async runtime: {error}");
            return 2;
        }
    };
    // The frames are written by a thread of their own with plain blocking writes: through
    // tokio's stdout, each frame was copied into its buffer and handed to a blocking thread
    // again, one more thread to wake between a keystroke's analysis and the client.
    let code = runtime.block_on(serve_to(tokio::io::stdin(), |frames| async move {
        let writer = tokio::task::spawn_blocking(move || {
            outgoing::write_frames_blocking(frames, std::io::stdout().lock());
        });
        let _ = writer.await;
    }));
    // The thread reading stdin may be blocked for good; do not wait for it.
    runtime.shutdown_background();
    code
}

/// Serves the protocol over `input` and `output` until `exit` or the end of input; returns
/// the exit code the protocol asks for: 0 when `shutdown` came first, 1 otherwise.
pub async fn serve<I, O>(input: I, output: O) -> i32
where
    I: AsyncRead + Unpin + Send + 'static,
    O: AsyncWrite,
{
    serve_to(input, |frames| outgoing::write_frames(frames, output)).await
}

/// [`serve`], with the frames for the client handed to `writer`, which ends after the last.
async fn serve_to<I, W, F>(input: I, writer: W) -> i32
where
    I: AsyncRead + Unpin + Send + 'static,
    W: FnOnce(outgoing::Frames) -> F,
    F: std::future::Future<Output = ()>,
{
    let mut shared: Option<Arc<Session>> = None;
    let (outgoing, sink, frames) = outgoing::queue();
    let (service, socket) = LspService::build(|client| {
        let session = Arc::new(Session::new(client, outgoing));
        shared = Some(Arc::clone(&session));
        Server::new(session)
    })
    .custom_method("copydesk/documentText", Server::document_text)
    .custom_method(framing::INVALID_MESSAGE, Server::invalid_message)
    .finish();
    let server = tower_lsp_server::Server::new(framing::guard(input), sink, socket).serve(service);
    // The sink goes with the server when it stops; the writer then ends after the last frame.
    tokio::join!(server, writer(frames));
    match shared {
        Some(session) if session.shutdown_requested() => 0,
        _ => 1,
    }
}
