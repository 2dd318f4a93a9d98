//! Protocol edits applied through the server's document model (`lsp::documents::Document`
//! and `lsp::position`) against a plain `String` model written here from the protocol's
//! rules and the clamping `src/lsp/position.rs` documents.
//!
//! Input (structured, through `arbitrary`): a first text, a position encoding, and a list of
//! `didChange`s, each a few content changes with ranges (often small, sometimes huge,
//! reversed or past the end) or none (full replacement); texts are built from fragments that
//! make positions hard: CRLF, lone CR, emoji (two UTF-16 units, four bytes), CJK (one unit,
//! three bytes), combining marks, U+2028 (not a line break in the protocol).
//!
//! Checked after every change: the server's text equals the model's; the version outcome is
//! right; and for every char boundary of the text (bar the middle of a CRLF), converting the
//! byte offset to a protocol position and back gives the offset again, in that encoding.

#![no_main]

use arbitrary::Arbitrary;
use copydesk::analysis::Format;
use copydesk::analysis::Span;
use copydesk::lsp::documents::{ChangeOutcome, Document};
use copydesk::lsp::position::{Encoding, byte_at, position_of_byte, range_of, span_of};
use libfuzzer_sys::fuzz_target;
use tower_lsp_server::ls_types::{Position, Range, TextDocumentContentChangeEvent};

#[derive(Arbitrary, Debug)]
struct Input {
    text: Text,
    encoding: Enc,
    changes: Vec<DidChange>,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
enum Enc {
    Utf8,
    Utf16,
    Utf32,
}

#[derive(Arbitrary, Debug)]
struct DidChange {
    version: i32,
    changes: Vec<Change>,
}

#[derive(Arbitrary, Debug)]
struct Change {
    range: Option<(Pos, Pos)>,
    text: Text,
}

#[derive(Arbitrary, Debug)]
struct Pos {
    line: Num,
    character: Num,
}

/// Mostly small numbers (positions that land inside the text), sometimes anything.
#[derive(Arbitrary, Debug)]
enum Num {
    Small(u8),
    Any(u32),
}

impl Num {
    fn get(&self) -> u32 {
        match *self {
            Num::Small(n) => u32::from(n % 16),
            Num::Any(n) => n,
        }
    }
}

#[derive(Arbitrary, Debug)]
struct Text(Vec<Fragment>);

#[derive(Arbitrary, Debug)]
enum Fragment {
    Word,
    Crlf,
    Lf,
    Cr,
    Emoji,
    Cjk,
    Combining,
    LineSeparator,
    Other(String),
}

impl Text {
    fn build(&self) -> String {
        let mut out = String::new();
        for fragment in &self.0 {
            out.push_str(match fragment {
                Fragment::Word => "300 tanks ",
                Fragment::Crlf => "\r\n",
                Fragment::Lf => "\n",
                Fragment::Cr => "\r",
                Fragment::Emoji => "😀",
                Fragment::Cjk => "東京",
                Fragment::Combining => "e\u{301}",
                Fragment::LineSeparator => "\u{2028}",
                Fragment::Other(s) => s,
            });
        }
        out
    }
}

fuzz_target!(|input: Input| {
    let encoding = match input.encoding {
        Enc::Utf8 => Encoding::Utf8,
        Enc::Utf16 => Encoding::Utf16,
        Enc::Utf32 => Encoding::Utf32,
    };
    let mut model = input.text.build();
    let mut document = Document::new(&model, 0, Format::PlainText);
    let mut version = 0;
    for did_change in &input.changes {
        let events: Vec<TextDocumentContentChangeEvent> = did_change
            .changes
            .iter()
            .map(|change| TextDocumentContentChangeEvent {
                range: change.range.as_ref().map(|(start, end)| {
                    Range::new(
                        Position::new(start.line.get(), start.character.get()),
                        Position::new(end.line.get(), end.character.get()),
                    )
                }),
                range_length: None,
                text: change.text.build(),
            })
            .collect();
        for event in &events {
            apply(&mut model, event, encoding);
        }
        let outcome = document.apply(&events, did_change.version, encoding);
        let expected = if did_change.version > version {
            ChangeOutcome::Applied
        } else {
            ChangeOutcome::StaleVersion {
                current: version,
                received: did_change.version,
            }
        };
        assert_eq!(outcome, expected);
        version = did_change.version;
        assert_eq!(document.version, version);
        assert_eq!(
            document.rope.to_string(),
            model,
            "text after {did_change:?}"
        );
    }
    round_trips(&document, &model, encoding);
});

/// (start, end of text before the line break) of each line; lines end at `\n`, `\r\n` or a
/// lone `\r`, and the text after the last break is a line (possibly empty).
fn lines(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                lines.push((start, i));
                start = i + 1;
            }
            b'\r' => {
                lines.push((start, i));
                if bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    lines.push((start, text.len()));
    lines
}

fn units(c: char, encoding: Encoding) -> usize {
    match encoding {
        Encoding::Utf8 => c.len_utf8(),
        Encoding::Utf16 => c.len_utf16(),
        Encoding::Utf32 => 1,
    }
}

/// The byte offset a position means: past the last line, the end of the text; past a line's
/// end, the end of its text; inside a character, the character's start.
fn offset(text: &str, position: Position, encoding: Encoding) -> usize {
    let lines = lines(text);
    let Some(&(start, end)) = lines.get(position.line as usize) else {
        return text.len();
    };
    let mut column = position.character as usize;
    let mut at = start;
    for c in text[start..end].chars() {
        let width = units(c, encoding);
        if column < width {
            break;
        }
        column -= width;
        at += c.len_utf8();
    }
    at
}

/// One content change applied to the model: a reversed range is put in order.
fn apply(text: &mut String, change: &TextDocumentContentChangeEvent, encoding: Encoding) {
    let Some(range) = change.range else {
        *text = change.text.clone();
        return;
    };
    let a = offset(text, range.start, encoding);
    let b = offset(text, range.end, encoding);
    text.replace_range(a.min(b)..a.max(b), &change.text);
}

/// Every char boundary (bar the middle of a CRLF, which no position names) survives a trip
/// to a protocol position and back, alone and as the ends of a range.
fn round_trips(document: &Document, text: &str, encoding: Encoding) {
    let rope = &document.rope;
    let boundaries: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
        .filter(|&i| {
            !(i > 0 && text.as_bytes()[i - 1] == b'\r' && text.as_bytes().get(i) == Some(&b'\n'))
        })
        .collect();
    for &b in &boundaries {
        let position = position_of_byte(rope, b, encoding);
        assert_eq!(
            offset(text, position, encoding),
            b,
            "model: {b} -> {position:?}"
        );
        assert_eq!(
            byte_at(rope, position, encoding),
            b,
            "server: {b} -> {position:?}"
        );
    }
    for pair in boundaries.windows(2).step_by(7) {
        let span = Span::new(pair[0], pair[1]);
        assert_eq!(
            span_of(rope, range_of(rope, span, encoding), encoding),
            span
        );
    }
}
