//! The server's copy of each open document: its text in a rope, the version the client gave
//! it, and how to apply the client's changes. Changes are applied here synchronously, in the
//! order they arrive, before any handler awaits anything; analysis and publishing live in
//! [`super::scheduler`].
//!
//! A document is never refused: an unknown document or a version that does not increase is
//! reported to the caller (who logs it) and the text is still kept in step with the client.

use std::sync::Arc;

use dashmap::DashMap;
use ropey::Rope;
use tower_lsp_server::ls_types::{TextDocumentContentChangeEvent, Uri};

use super::position::{Encoding, char_at};
use super::scheduler::AnalysisState;
use crate::analysis::Format;

/// One document's text as the client last described it.
#[derive(Clone, Debug)]
pub struct Document {
    pub rope: Rope,
    /// The version the client gave with the last change.
    pub version: i32,
    /// Counts every change this server applied; unlike `version` it always increases, so it
    /// tells a stale analysis from a current one even when a client reuses versions.
    pub revision: u64,
    pub format: Format,
}

/// What happened to a `didChange`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangeOutcome {
    /// Applied, and the version increased.
    Applied,
    /// Applied, though the version did not increase (from, to): the client's text is the
    /// truth, so it is kept in step; the caller logs it.
    StaleVersion { current: i32, received: i32 },
}

impl Document {
    /// A newly opened document.
    pub fn new(text: &str, version: i32, format: Format) -> Self {
        Document {
            rope: Rope::from_str(text),
            version,
            revision: 0,
            format,
        }
    }

    /// Applies `changes` in order (each one's range refers to the text the previous one left;
    /// `rangeLength` is ignored, as the protocol deprecates it), then takes `version`.
    pub fn apply(
        &mut self,
        changes: &[TextDocumentContentChangeEvent],
        version: i32,
        encoding: Encoding,
    ) -> ChangeOutcome {
        for change in changes {
            self.apply_one(change, encoding);
        }
        let outcome = if version > self.version {
            ChangeOutcome::Applied
        } else {
            ChangeOutcome::StaleVersion {
                current: self.version,
                received: version,
            }
        };
        self.version = version;
        self.revision += 1;
        outcome
    }

    fn apply_one(&mut self, change: &TextDocumentContentChangeEvent, encoding: Encoding) {
        let Some(range) = change.range else {
            self.rope = Rope::from_str(&change.text);
            return;
        };
        let start = char_at(&self.rope, range.start, encoding);
        let end = char_at(&self.rope, range.end, encoding);
        let (start, end) = (start.min(end), start.max(end));
        self.rope.remove(start..end);
        self.rope.insert(start, &change.text);
    }
}

/// An open document: its text, and the state of its analysis.
pub struct OpenDocument {
    pub uri: Uri,
    /// Locked only for synchronous work, never across an `.await`.
    pub text: std::sync::Mutex<Document>,
    pub analysis: AnalysisState,
}

impl OpenDocument {
    /// A copy of the document as it stands (cheap: ropes share their nodes).
    pub fn current(&self) -> Document {
        self.text
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    /// The revision of the text as it stands.
    pub fn revision(&self) -> u64 {
        self.with_text(|document| document.revision)
    }

    /// Runs `f` on the document under its lock.
    pub fn with_text<T>(&self, f: impl FnOnce(&mut Document) -> T) -> T {
        let mut guard = self
            .text
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        f(&mut guard)
    }
}

/// The open documents by URI.
#[derive(Default)]
pub struct Documents {
    open: DashMap<String, Arc<OpenDocument>>,
}

impl Documents {
    /// Opens (or re-opens, replacing) a document; returns the new entry and the one it
    /// replaced, if any.
    pub fn open(
        &self,
        uri: Uri,
        text: &str,
        version: i32,
        format: Format,
    ) -> (Arc<OpenDocument>, Option<Arc<OpenDocument>>) {
        let entry = Arc::new(OpenDocument {
            text: std::sync::Mutex::new(Document::new(text, version, format)),
            analysis: AnalysisState::default(),
            uri: uri.clone(),
        });
        let replaced = self
            .open
            .insert(uri.as_str().to_string(), Arc::clone(&entry));
        (entry, replaced)
    }

    /// The open document at `uri`.
    pub fn get(&self, uri: &Uri) -> Option<Arc<OpenDocument>> {
        self.open
            .get(uri.as_str())
            .map(|entry| Arc::clone(entry.value()))
    }

    /// Forgets the document at `uri`; returns it if it was open.
    pub fn close(&self, uri: &Uri) -> Option<Arc<OpenDocument>> {
        self.open.remove(uri.as_str()).map(|(_, entry)| entry)
    }

    /// Every open document.
    pub fn all(&self) -> Vec<Arc<OpenDocument>> {
        self.open
            .iter()
            .map(|entry| Arc::clone(entry.value()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tower_lsp_server::ls_types::{Position, Range};

    fn edit(range: ((u32, u32), (u32, u32)), text: &str) -> TextDocumentContentChangeEvent {
        let ((l0, c0), (l1, c1)) = range;
        TextDocumentContentChangeEvent {
            range: Some(Range::new(Position::new(l0, c0), Position::new(l1, c1))),
            range_length: None,
            text: text.to_string(),
        }
    }

    #[test]
    fn several_changes_apply_in_sequence() {
        let mut doc = Document::new("abc", 1, Format::PlainText);
        let changes = [edit(((0, 3), (0, 3)), "def"), edit(((0, 0), (0, 1)), "X")];
        assert_eq!(
            doc.apply(&changes, 2, Encoding::Utf16),
            ChangeOutcome::Applied
        );
        assert_eq!(doc.rope.to_string(), "Xbcdef");
    }

    #[test]
    fn range_length_is_ignored() {
        let mut doc = Document::new("abc", 1, Format::PlainText);
        let mut change = edit(((0, 0), (0, 1)), "Z");
        change.range_length = Some(99);
        doc.apply(&[change], 2, Encoding::Utf16);
        assert_eq!(doc.rope.to_string(), "Zbc");
    }

    #[test]
    fn a_change_without_a_range_replaces_the_text() {
        let mut doc = Document::new("abc", 1, Format::PlainText);
        let change = TextDocumentContentChangeEvent {
            range: None,
            range_length: None,
            text: "new".into(),
        };
        doc.apply(&[change], 2, Encoding::Utf16);
        assert_eq!(doc.rope.to_string(), "new");
    }

    #[test]
    fn stale_versions_are_applied_and_reported() {
        let mut doc = Document::new("abc", 5, Format::PlainText);
        let outcome = doc.apply(&[edit(((0, 0), (0, 0)), "x")], 5, Encoding::Utf16);
        assert_eq!(
            outcome,
            ChangeOutcome::StaleVersion {
                current: 5,
                received: 5
            }
        );
        assert_eq!(doc.rope.to_string(), "xabc");
        assert_eq!(doc.revision, 1);
    }

    #[test]
    fn reversed_and_out_of_range_edits_clamp() {
        let mut doc = Document::new("ab\r\ncd", 1, Format::PlainText);
        doc.apply(&[edit(((1, 9), (0, 1)), "-")], 2, Encoding::Utf16);
        assert_eq!(doc.rope.to_string(), "a-");
        doc.apply(&[edit(((7, 0), (9, 9)), "!")], 3, Encoding::Utf16);
        assert_eq!(doc.rope.to_string(), "a-!");
    }

    #[test]
    fn splitting_a_crlf_keeps_the_text_exact() {
        let mut doc = Document::new("a\r\nb", 1, Format::PlainText);
        // Column 9 on line 0 clamps before the "\r\n"; a lone "\r" makes a new line.
        doc.apply(&[edit(((0, 9), (0, 9)), "\r")], 2, Encoding::Utf16);
        assert_eq!(doc.rope.to_string(), "a\r\r\nb");
        assert_eq!(doc.rope.len_lines(), 3);
    }

    #[test]
    fn utf16_edits_after_an_emoji_land_after_it() {
        let mut doc = Document::new("😀x", 1, Format::PlainText);
        doc.apply(&[edit(((0, 2), (0, 3)), "y")], 2, Encoding::Utf16);
        assert_eq!(doc.rope.to_string(), "😀y");
        doc.apply(&[edit(((0, 4), (0, 5)), "z")], 3, Encoding::Utf8);
        assert_eq!(doc.rope.to_string(), "😀z");
    }
}
