//! Analysis off the reader loop: one worker task per open document runs the engine on a
//! blocking thread, behind `catch_unwind`, and publishes the diagnostics with the version
//! analysed.
//!
//! - A change only wakes the worker (`Notify` keeps at most one wake-up), so edits that
//!   arrive while an analysis runs coalesce into one follow-up analysis of the newest text.
//! - A result whose revision or settings are no longer current is stale: it is kept for
//!   requests about that text but never published.
//! - Two analyses of one document start at least `debounceMs` apart; an edit after a quiet
//!   spell is analysed at once.
//! - Each document has its own `Analyzer`, whose per-paragraph cache makes a keystroke
//!   re-analyse one paragraph; a long document does not hold up a short one. The cache
//!   starts with the first edit: a document only opened and read does not pay its memory.
//! - A snapshot's diagnostics are moved out when published, not kept.
//! - At most one analysis per core runs at a time, server-wide, so opening many drafts at
//!   once does not hold all their working memory at once.
//! - A panic in the engine is caught, logged with `window/logMessage`, and the document's
//!   cache is dropped; the server keeps serving.

use std::panic::AssertUnwindSafe;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, LazyLock, Mutex, PoisonError};

use ropey::Rope;
use tokio::sync::{Notify, Semaphore};
use tokio::time::Instant;
use tower_lsp_server::ls_types::{MessageType, Uri};

use super::diagnostics;
use super::documents::{Document, OpenDocument};
use super::session::Session;
use super::settings::Settings;
use crate::analysis::{Analysis, Analyzer};

/// Analyses running at once, process-wide: one per core. Without a bound, opening 200 drafts
/// started 200 analyses on 200 blocking threads at once; on two cores they finish no sooner,
/// but their working memory is live all at the same time and spread over as many allocator
/// arenas, which kept the server above 500 MB resident (issue 6). A large draft still uses
/// every core through the engine's own parallelism.
static ANALYSES: LazyLock<Semaphore> = LazyLock::new(|| {
    Semaphore::new(std::thread::available_parallelism().map_or(2, std::num::NonZero::get))
});

/// One analysis of one revision of a document, with the text it was computed on.
pub struct Snapshot {
    pub uri: Uri,
    pub version: i32,
    pub revision: u64,
    /// The settings generation the analysis used.
    pub generation: u64,
    /// The text analysed, as a rope for position conversions and as a string for slicing.
    pub rope: Rope,
    pub text: String,
    pub analysis: Analysis,
    /// Its conflicts with other drafts of the workspace (the desk's ledger), as of a
    /// generation of the index: worked out again when the index changes.
    pub cross: Mutex<Arc<super::desk::Cross>>,
    /// The ledger was left until the diagnostics are published (see [`analyse`]).
    ledger_pending: bool,
    /// Its `publishDiagnostics` frame, made with the analysis (on the analysis thread, which
    /// also frees it) until it is published: moved out then rather than kept, since a 100 KB
    /// draft's diagnostics take a few hundred kilobytes and nothing reads them afterwards (a
    /// rare second publication makes them again).
    publication: Mutex<Option<Vec<u8>>>,
}

impl Snapshot {
    /// The frame to publish: the one made with the analysis the first time, made again
    /// from the analysis after that.
    fn take_publication(&self, encoding: super::position::Encoding) -> Option<Vec<u8>> {
        let made = self
            .publication
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        made.or_else(|| {
            diagnostics::publication(
                &self.uri,
                &self.text,
                &self.analysis,
                self.version,
                encoding,
                &self.cross().findings,
            )
        })
    }

    fn ledger_pending(&self) -> bool {
        self.ledger_pending
    }

    /// Its conflicts with other drafts.
    pub fn cross(&self) -> Arc<super::desk::Cross> {
        Arc::clone(&self.cross.lock().unwrap_or_else(PoisonError::into_inner))
    }

    fn is_current(&self, revision: u64, generation: u64) -> bool {
        self.revision == revision && self.generation == generation
    }
}

/// A document's analysis state.
#[derive(Default)]
pub struct AnalysisState {
    analyzer: Mutex<Analyzer>,
    latest: Mutex<Option<Arc<Snapshot>>>,
    wake: Notify,
    closed: AtomicBool,
    /// Held while publishing, so a close's empty publication cannot be overtaken.
    publishing: tokio::sync::Mutex<()>,
    /// Whether the last publication said findings were cut by the cap.
    reported_truncation: AtomicBool,
    /// What the desk's ledger remembers of the document's paragraphs between analyses.
    ledger_cache: Mutex<crate::analysis::desk::SummaryCache>,
    /// The code lens title of the last publication.
    lens: super::code_lens::LastTitle,
}

impl AnalysisState {
    fn latest(&self) -> Option<Arc<Snapshot>> {
        self.latest
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Keeps `snapshot` as the latest unless a newer one is there; returns the one it
    /// replaced, for the caller to drop where it wants.
    fn keep(&self, snapshot: &Arc<Snapshot>) -> Option<Arc<Snapshot>> {
        let mut latest = self.latest.lock().unwrap_or_else(PoisonError::into_inner);
        let newer = latest.as_ref().is_none_or(|old| {
            (snapshot.revision, snapshot.generation) >= (old.revision, old.generation)
        });
        if newer {
            latest.replace(Arc::clone(snapshot))
        } else {
            None
        }
    }

    fn is_closed(&self) -> bool {
        self.closed.load(Ordering::SeqCst)
    }
}

/// Starts the worker of a newly opened document and asks for its first analysis.
pub fn start(session: &Arc<Session>, document: &Arc<OpenDocument>) {
    tokio::spawn(worker(Arc::clone(session), Arc::clone(document)));
    document.analysis.wake.notify_one();
}

/// Asks for an analysis of the document's newest text (synchronous: call it right after the
/// change is applied).
pub fn request(document: &OpenDocument) {
    document.analysis.wake.notify_one();
}

/// Stops the worker of a document replaced by a new `didOpen`; the new one publishes.
pub fn retire(document: &OpenDocument) {
    document.analysis.closed.store(true, Ordering::SeqCst);
    document.analysis.wake.notify_one();
}

/// Stops the document's worker (before the first await), then clears its diagnostics.
pub async fn stop(session: &Session, document: &OpenDocument) {
    retire(document);
    let _publishing = document.analysis.publishing.lock().await;
    session.publish_diagnostics(&document.uri, &[], None);
}

/// An analysis of the document's text as it stands now: the latest one if still current,
/// else a fresh one (not published; the worker publishes).
pub async fn current_snapshot(
    session: &Arc<Session>,
    document: &Arc<OpenDocument>,
) -> Option<Arc<Snapshot>> {
    let text = document.current();
    let settings = session.settings_for(&document.uri);
    if let Some(latest) = document.analysis.latest()
        && latest.is_current(text.revision, settings.generation)
    {
        return Some(latest);
    }
    analyse(session, document, text, settings, false).await
}

async fn worker(session: Arc<Session>, document: Arc<OpenDocument>) {
    let mut last_start: Option<Instant> = None;
    let mut published: Option<(u64, u64)> = None;
    loop {
        document.analysis.wake.notified().await;
        if document.analysis.is_closed() {
            return;
        }
        if let Some(last) = last_start {
            let due = last + session.settings_for(&document.uri).debounce;
            if Instant::now() < due {
                tokio::time::sleep_until(due).await;
                if document.analysis.is_closed() {
                    return;
                }
            }
        }
        let text = document.current();
        let settings = session.settings_for(&document.uri);
        let wanted = (text.revision, settings.generation);
        // Wake-ups that arrived during the last analysis may ask for the text it covered.
        if published == Some(wanted) {
            continue;
        }
        // A request may already have analysed this text.
        let ready = document
            .analysis
            .latest()
            .filter(|l| l.is_current(wanted.0, wanted.1));
        let snapshot = match ready {
            Some(snapshot) => snapshot,
            None => {
                last_start = Some(Instant::now());
                match analyse(&session, &document, text, settings, true).await {
                    Some(snapshot) => snapshot,
                    None => continue,
                }
            }
        };
        let still_current = document.revision() == snapshot.revision
            && session.settings.current().generation == snapshot.generation;
        if still_current {
            publish(&session, &document, &snapshot).await;
            published = Some(wanted);
        }
        if snapshot.ledger_pending() {
            tokio::spawn(ledger_after(
                Arc::clone(&session),
                Arc::clone(&document),
                snapshot,
            ));
        }
    }
}

/// How long an analysis published without the desk's ledger waits before it works it out,
/// so that a run of keystrokes pays for it once, in the pause after it, and not on the
/// cores the next keystroke's analysis needs.
const LEDGER_PAUSE: std::time::Duration = std::time::Duration::from_millis(100);

/// The desk's ledger for an analysis published without it (see [`analyse`]): files the
/// draft's summary in the workspace index, works out its conflicts with earlier drafts, and
/// publishes the diagnostics again when there are some. Skipped when a newer analysis came.
async fn ledger_after(session: Arc<Session>, document: Arc<OpenDocument>, snapshot: Arc<Snapshot>) {
    // Typing goes on: the next keystroke's analysis, not this one, files the draft.
    tokio::time::sleep(LEDGER_PAUSE).await;
    let latest = document
        .analysis
        .latest()
        .is_some_and(|l| Arc::ptr_eq(&l, &snapshot));
    if !latest || document.analysis.is_closed() {
        return;
    }
    let settings = session.settings_for(&document.uri);
    let Some(ledger) = super::desk::Context::of(&session, &document.uri, &settings.config) else {
        return;
    };
    let format = document.current().format;
    let encoding = session.encoding();
    let (owner, work) = (Arc::clone(&document), Arc::clone(&snapshot));
    let job = tokio::task::spawn_blocking(move || {
        let latest = owner
            .analysis
            .latest()
            .is_some_and(|l| Arc::ptr_eq(&l, &work));
        if !latest {
            return None;
        }
        std::panic::catch_unwind(AssertUnwindSafe(|| {
            let mut cache = owner
                .analysis
                .ledger_cache
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            let (cross, changed) =
                ledger.check(&work.text, format, &work.analysis, encoding, &mut cache);
            let frame = (!cross.findings.is_empty())
                .then(|| {
                    diagnostics::publication(
                        &work.uri,
                        &work.text,
                        &work.analysis,
                        work.version,
                        encoding,
                        &cross.findings,
                    )
                })
                .flatten();
            (cross, changed, frame)
        }))
        .ok()
    });
    let Ok(Some((cross, changed, frame))) = job.await else {
        return;
    };
    *snapshot
        .cross
        .lock()
        .unwrap_or_else(PoisonError::into_inner) = Arc::new(cross);
    if changed {
        super::desk::refresh_except(&session, Some(&document.uri));
    }
    if let Some(frame) = frame {
        let _publishing = document.analysis.publishing.lock().await;
        let still_latest = document
            .analysis
            .latest()
            .is_some_and(|l| Arc::ptr_eq(&l, &snapshot));
        if !document.analysis.is_closed() && still_latest {
            session.send_frame(frame);
        }
    }
}

async fn publish(session: &Session, document: &OpenDocument, snapshot: &Snapshot) {
    let _publishing = document.analysis.publishing.lock().await;
    if document.analysis.is_closed() {
        return;
    }
    if let Some(frame) = snapshot.take_publication(session.encoding()) {
        session.send_frame(frame);
    }
    super::code_lens::after_publication(session, &document.analysis.lens, snapshot);
    let truncated = snapshot.analysis.truncated;
    let was_truncated = document
        .analysis
        .reported_truncation
        .swap(truncated > 0, Ordering::SeqCst);
    if truncated > 0 && !was_truncated {
        let shown = snapshot.analysis.findings.len();
        session
            .log(
                MessageType::INFO,
                format!(
                    "copydesk: {} shows its first {shown} findings; {truncated} more are not shown \
                     (raise copydesk.maxDiagnostics to see them)",
                    document.uri.as_str()
                ),
            )
            .await;
    }
}

/// Runs the engine on `text` on a blocking thread; `None` (logged) when it panicked.
///
/// The desk's ledger: the analysis also files the draft in the workspace index and finds its
/// conflicts with earlier drafts, before its diagnostics are written. When `defer` and the
/// draft had no such conflicts, that is left until its own diagnostics are published
/// ([`ledger_after`]): most keystrokes change nothing across drafts, and summarising a long
/// draft is not free; it comes [`LEDGER_PAUSE`] after the last keystroke.
async fn analyse(
    session: &Arc<Session>,
    document: &Arc<OpenDocument>,
    text: Document,
    settings: Arc<Settings>,
    defer: bool,
) -> Option<Arc<Snapshot>> {
    let encoding = session.encoding();
    let owner = Arc::clone(document);
    let had_conflicts = document
        .analysis
        .latest()
        .is_some_and(|l| !l.cross().findings.is_empty());
    let ledger = super::desk::Context::of(session, &document.uri, &settings.config);
    let pending = ledger.is_some() && defer && !had_conflicts;
    let ledger = ledger.filter(|_| !pending);
    // Held until the analysis ends; the semaphore is never closed, so the error cannot come.
    let _permit = ANALYSES.acquire().await.ok();
    let job = tokio::task::spawn_blocking(move || {
        let string = text.rope.to_string();
        let state = &owner.analysis;
        let outcome = std::panic::catch_unwind(AssertUnwindSafe(|| {
            panic_for_tests(&string);
            let mut analyzer = state
                .analyzer
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            // A document as opened is analysed without keeping its paragraph cache: most
            // open documents are never edited, and the cache costs about as much memory as
            // the analysis itself (issue 6: 200 open 100 KB drafts under 500 MB). The first
            // edit analyses the whole text once and starts the cache; later keystrokes
            // re-analyse one paragraph.
            let analysis = if text.revision == 0 {
                crate::analysis::analyze(&string, text.format, &settings.config)
            } else {
                analyzer.analyze(&string, text.format, &settings.config)
            };
            let (cross, changed) = match &ledger {
                Some(ledger) => ledger.check(
                    &string,
                    text.format,
                    &analysis,
                    encoding,
                    &mut state
                        .ledger_cache
                        .lock()
                        .unwrap_or_else(PoisonError::into_inner),
                ),
                None => Default::default(),
            };
            let publication = diagnostics::publication(
                &owner.uri,
                &string,
                &analysis,
                text.version,
                encoding,
                &cross.findings,
            );
            (analysis, publication, cross, changed)
        }));
        match outcome {
            Ok((analysis, publication, cross, changed)) => {
                let snapshot = Arc::new(Snapshot {
                    uri: owner.uri.clone(),
                    version: text.version,
                    revision: text.revision,
                    generation: settings.generation,
                    rope: text.rope,
                    text: string,
                    analysis,
                    cross: Mutex::new(Arc::new(cross)),
                    ledger_pending: pending,
                    publication: Mutex::new(publication),
                });
                // The analysis it replaces goes back to the analyser when nothing else holds
                // it, for the next keystroke to build on (`analysis::reuse`: its figures are
                // reused in place rather than copied out of the paragraph cache again). Else
                // it is freed here, on the thread that allocated it and will allocate the
                // next one, rather than on an async worker: a long draft's analysis is
                // thousands of allocations, and the allocator frees another thread's memory
                // by handing it back to that thread, at extra cost on both.
                if let Some(replaced) = state.keep(&snapshot)
                    && let Ok(replaced) = Arc::try_unwrap(replaced)
                {
                    state
                        .analyzer
                        .lock()
                        .unwrap_or_else(PoisonError::into_inner)
                        .recycle(replaced.analysis);
                }
                Ok((snapshot, changed))
            }
            Err(panic) => {
                // The cache may hold half-built results: start afresh.
                *state
                    .analyzer
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner) = Analyzer::new();
                Err(panic_message(panic.as_ref()))
            }
        }
    });
    let failure = match job.await {
        Ok(Ok((snapshot, changed))) => {
            // Later drafts open in the editor may conflict with what this one now says.
            if changed {
                super::desk::refresh_except(session, Some(&document.uri));
            }
            return Some(snapshot);
        }
        Ok(Err(message)) => message,
        Err(join_error) => join_error.to_string(),
    };
    session
        .log(
            MessageType::ERROR,
            format!(
                "copydesk: the analysis of {} failed ({failure}); its diagnostics are unchanged. \
                 Please report this with the draft that caused it.",
                document.uri.as_str()
            ),
        )
        .await;
    None
}

/// Works out the document's conflicts with other drafts again when the index changed since
/// its latest analysis, and publishes its diagnostics again if they changed. A document
/// edited since is left to its next analysis.
pub async fn refresh_cross(session: &Arc<Session>, document: &Arc<OpenDocument>) {
    let Some(snapshot) = document.analysis.latest() else {
        return;
    };
    let settings = session.settings_for(&document.uri);
    if document.revision() != snapshot.revision || settings.generation != snapshot.generation {
        return;
    }
    let filed = snapshot.cross().generation;
    // Not filed yet (its ledger comes after its publication), or filed as the index is.
    if filed == 0 || filed == session.index.generation() {
        return;
    }
    let Some(ledger) = super::desk::Context::of(session, &document.uri, &settings.config) else {
        return;
    };
    let format = document.current().format;
    let encoding = session.encoding();
    let work = Arc::clone(&snapshot);
    let job = tokio::task::spawn_blocking(move || {
        std::panic::catch_unwind(AssertUnwindSafe(|| {
            // The draft's summary is in the index since its analysis.
            let cross = ledger.conflicts(&work.text, format, &work.analysis);
            let frame = (cross.findings != work.cross().findings).then(|| {
                diagnostics::publication(
                    &work.uri,
                    &work.text,
                    &work.analysis,
                    work.version,
                    encoding,
                    &cross.findings,
                )
            });
            (cross, frame.flatten())
        }))
    });
    let Ok(Ok((cross, frame))) = job.await else {
        return;
    };
    *snapshot
        .cross
        .lock()
        .unwrap_or_else(PoisonError::into_inner) = Arc::new(cross);
    let Some(frame) = frame else {
        return;
    };
    let _publishing = document.analysis.publishing.lock().await;
    let still_latest = document
        .analysis
        .latest()
        .is_some_and(|l| Arc::ptr_eq(&l, &snapshot));
    if !document.analysis.is_closed() && still_latest && document.revision() == snapshot.revision {
        session.send_frame(frame);
    }
}

fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    if let Some(text) = panic.downcast_ref::<&str>() {
        (*text).to_string()
    } else if let Some(text) = panic.downcast_ref::<String>() {
        text.clone()
    } else {
        "a panic".to_string()
    }
}

/// Debug builds only: panics when the text holds the marker in `COPYDESK_TEST_PANIC`, so
/// the tests can prove a panicking analysis does not take the server down.
#[cfg(debug_assertions)]
fn panic_for_tests(text: &str) {
    static MARKER: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    let marker = MARKER.get_or_init(|| {
        std::env::var("COPYDESK_TEST_PANIC")
            .ok()
            .filter(|m| !m.is_empty())
    });
    if let Some(marker) = marker
        && text.contains(marker.as_str())
    {
        panic!("the analysis panicked on purpose (COPYDESK_TEST_PANIC)");
    }
}

#[cfg(not(debug_assertions))]
fn panic_for_tests(_text: &str) {}
