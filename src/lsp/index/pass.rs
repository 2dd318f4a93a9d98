//! The background indexing pass: the workspace folders walked, their drafts read and
//! analysed in batches on the blocking pool, with `window/workDoneProgress` reports.

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Instant;

use rayon::prelude::*;
use tower_lsp_server::ls_types::{MessageType, ProgressToken};

use super::entry::Entry;
use super::walk::{MAX_DRAFT_BYTES, Wanted, read, walk};
use crate::lsp::session::Session;

/// Drafts read and analysed between two progress reports.
const BATCH: usize = 256;

/// Starts indexing the workspace folders in the background (again, when a pass ran before:
/// the folders or settings changed). Open drafts are checked against the new index when it
/// is done.
pub fn start(session: &Arc<Session>) {
    session.index.started.store(true, Ordering::SeqCst);
    let pass = session.index.pass.fetch_add(1, Ordering::SeqCst) + 1;
    tokio::spawn(run_pass(Arc::clone(session), pass));
}

/// Indexes again if a pass ever started (settings, folders or a project file changed).
pub fn restart(session: &Arc<Session>) {
    if session.index.started.load(Ordering::SeqCst) {
        start(session);
    }
}

async fn run_pass(session: Arc<Session>, pass: u64) {
    let current = |session: &Session| session.index.pass.load(Ordering::SeqCst) == pass;
    let began = Instant::now();
    let progress = Progress::begin(&session, pass).await;
    let walked = {
        let session = Arc::clone(&session);
        tokio::task::spawn_blocking(move || walk(&session)).await
    };
    let Ok((wanted, over, over_bytes)) = walked else {
        progress.end("the drafts could not be listed").await;
        return;
    };
    if !current(&session) {
        progress.end("superseded").await;
        return;
    }
    session.index.clear_disk();
    let total = wanted.len();
    let encoding = session.encoding();
    let mut done = 0;
    let mut bytes = 0usize;
    let mut rest = wanted;
    while !rest.is_empty() {
        let batch: Vec<Wanted> = rest.drain(..BATCH.min(rest.len())).collect();
        let read = tokio::task::spawn_blocking(move || {
            batch
                .par_iter()
                .filter_map(|w| read(w, encoding))
                .collect::<Vec<Entry>>()
        })
        .await
        .unwrap_or_default();
        if !current(&session) {
            progress.end("superseded").await;
            return;
        }
        done += BATCH.min(total - done);
        bytes += read.iter().map(|e| e.bytes).sum::<usize>();
        session.index.put_disk(read);
        progress.report(done, total).await;
    }
    session.index.ready.store(true, Ordering::SeqCst);
    let drafts = session.index.len();
    let summary = format!(
        "{drafts} {} indexed",
        if drafts == 1 { "draft" } else { "drafts" }
    );
    progress.end(&summary).await;
    session
        .log(
            MessageType::INFO,
            format!(
                "copydesk: the ledger indexed {total} drafts ({:.1} MB) in {} ms",
                bytes as f64 / 1e6,
                began.elapsed().as_millis()
            ),
        )
        .await;
    if over > 0 {
        let message = format!(
            "copydesk: {over} drafts ({:.1} MB) were left out of the ledger: a workspace \
             folder holds more than ledgerMaxBytes of drafts (raise it in copydesk.json), or \
             a file is larger than {} MB",
            over_bytes as f64 / 1e6,
            MAX_DRAFT_BYTES / 1_000_000
        );
        session.log(MessageType::WARNING, &message).await;
        session
            .client
            .show_message(MessageType::WARNING, message)
            .await;
    }
    crate::lsp::desk::refresh_all(&session);
}

/// `window/workDoneProgress` for one indexing pass, when the client takes it.
struct Progress {
    ongoing: Option<
        tower_lsp_server::OngoingProgress<
            tower_lsp_server::Bounded,
            tower_lsp_server::NotCancellable,
        >,
    >,
    last: std::sync::atomic::AtomicU32,
}

impl Progress {
    async fn begin(session: &Session, pass: u64) -> Progress {
        let none = Progress {
            ongoing: None,
            last: Default::default(),
        };
        if !session.features().work_done_progress {
            return none;
        }
        let token = ProgressToken::String(format!("copydesk-ledger-{pass}"));
        if session
            .client
            .create_work_done_progress(token.clone())
            .await
            .is_err()
        {
            return none;
        }
        let ongoing = session
            .client
            .progress(token, "copydesk: indexing drafts")
            .with_message("finding drafts")
            .with_percentage(0)
            .begin()
            .await;
        Progress {
            ongoing: Some(ongoing),
            last: Default::default(),
        }
    }

    async fn report(&self, done: usize, total: usize) {
        let Some(ongoing) = &self.ongoing else {
            return;
        };
        let percentage = (done * 100).checked_div(total).unwrap_or(100) as u32;
        // At most one report per percent.
        if self.last.swap(percentage, Ordering::SeqCst) == percentage && done < total {
            return;
        }
        ongoing
            .report_with_message(format!("{done} of {total} drafts"), percentage)
            .await;
    }

    async fn end(self, message: &str) {
        if let Some(ongoing) = self.ongoing {
            ongoing.finish_with_message(message.to_string()).await;
        }
    }
}
