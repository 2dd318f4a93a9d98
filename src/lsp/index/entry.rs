//! One indexed draft: its summary for the desk's ledger, and each claim's range and line.

use std::path::{Path, PathBuf};

use tower_lsp_server::ls_types::{Range, Uri};

use crate::analysis::desk::{self, DeskDraft};
use crate::analysis::draft_date::{DraftDate, draft_date};
use crate::analysis::{Analysis, Format};
use crate::lsp::position::{Encoding, PositionTable};

/// One indexed draft.
#[derive(Debug)]
pub struct Entry {
    pub path: PathBuf,
    pub uri: Uri,
    /// The path relative to its workspace folder, as messages name it.
    pub name: String,
    pub desk: DeskDraft,
    /// For each claim, its range in the negotiated encoding and its 1-based line.
    pub ranges: Vec<Range>,
    pub lines: Vec<u32>,
    /// From an open document rather than the file on disk.
    pub open: bool,
    pub bytes: usize,
}

/// A draft's place in the ledger order ([`Entry::order`]).
pub type Order<'a> = (bool, Option<DraftDate>, &'a str, &'a Path);

/// Where a draft is: its path, URI and name in its workspace folder.
#[derive(Clone, Debug)]
pub struct Place {
    pub path: PathBuf,
    pub uri: Uri,
    pub name: String,
}

impl Entry {
    /// Summarises `analysis` of `text`, the draft at `place` (`open`: an open document's).
    /// `cache` is what the summary of the draft's last version remembers.
    pub fn new(
        place: Place,
        text: &str,
        format: Format,
        analysis: &Analysis,
        encoding: Encoding,
        open: bool,
        cache: &mut desk::SummaryCache,
    ) -> Entry {
        let Place { path, uri, name } = place;
        let file_name = path.file_name().and_then(|n| n.to_str());
        let date = draft_date(text, format, file_name);
        let desk = desk::summarise_with(text, analysis, date, cache);
        let table = PositionTable::new(
            text,
            desk.claims.iter().flat_map(|c| [c.span.start, c.span.end]),
            encoding,
        );
        let ranges: Vec<Range> = desk.claims.iter().map(|c| table.range(c.span)).collect();
        let lines = ranges.iter().map(|r| r.start.line + 1).collect();
        Entry {
            path,
            uri,
            name,
            desk,
            ranges,
            lines,
            open,
            bytes: text.len(),
        }
    }

    /// Its place in the ledger order: by date, undated last, then by name (then by path:
    /// two workspace folders may hold drafts of the same name).
    pub fn order(&self) -> Order<'_> {
        (
            self.desk.date.is_none(),
            self.desk.date,
            &self.name,
            &self.path,
        )
    }
}
