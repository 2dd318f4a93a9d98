//! The code lens at the top of each draft: "12 figures · 2 unattributed · 1 conflict", which
//! opens the fact-check sheet ([`super::report_command::COMMAND`]). The counts are the
//! sheet's ([`crate::sheet::Totals`]). After each publication of diagnostics whose counts
//! changed, clients that allow it are asked to refresh their lenses
//! (`workspace/codeLens/refresh`), so the lens keeps up with the squiggles.

use std::sync::{Mutex, PoisonError};

use serde_json::json;
use tower_lsp_server::ls_types::{CodeLens, Command, Position, Range};

use super::report_command::COMMAND;
use super::scheduler::Snapshot;
use super::session::Session;
use crate::sheet::Totals;

/// The lens title of an analysis.
pub fn title(snapshot: &Snapshot) -> String {
    Totals::of(&snapshot.analysis).lens_title()
}

/// The document's lenses: one, on its first line.
pub fn code_lenses(snapshot: &Snapshot) -> Vec<CodeLens> {
    let top = Range::new(Position::new(0, 0), Position::new(0, 0));
    vec![CodeLens {
        range: top,
        command: Some(Command {
            title: title(snapshot),
            command: COMMAND.to_string(),
            arguments: Some(vec![json!({"uri": snapshot.uri.as_str()})]),
        }),
        data: None,
    }]
}

/// The last lens title a document's diagnostics were published with.
#[derive(Default)]
pub struct LastTitle(Mutex<Option<String>>);

impl LastTitle {
    /// Records `title`; true when it differs from the last one.
    fn changed_to(&self, title: String) -> bool {
        let mut last = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        if last.as_deref() == Some(title.as_str()) {
            return false;
        }
        *last = Some(title);
        true
    }
}

/// After a publication: asks the client to refresh its lenses when the counts changed and
/// it said it can (never waiting for its answer).
pub fn after_publication(session: &Session, last: &LastTitle, snapshot: &Snapshot) {
    if !session.features().code_lens_refresh {
        return;
    }
    if last.changed_to(title(snapshot)) {
        let client = session.client.clone();
        tokio::spawn(async move {
            let _ = client.code_lens_refresh().await;
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_counts_as_changed_once() {
        let last = LastTitle::default();
        assert!(last.changed_to("1 figure".into()));
        assert!(!last.changed_to("1 figure".into()));
        assert!(last.changed_to("2 figures".into()));
    }
}
