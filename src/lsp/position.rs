//! Protocol positions ⇄ places in a rope, in the encoding negotiated at `initialize`.
//!
//! This is the only place that knows a protocol column may count UTF-8 bytes, UTF-16 code
//! units or Unicode scalar values. Everything inside the server works in rope char indexes
//! (for edits) or byte offsets (the engine's spans); conversion happens here, at the boundary.
//!
//! Out-of-range input is clamped, never rejected: a column past a line's end means the end of
//! that line's text (before its line break), a line past the end means the end of the text,
//! and a column inside a character (half a surrogate pair, a byte inside a multi-byte
//! character) means the start of that character. Lines end at `\n`, `\r\n` or a lone `\r`,
//! as in the protocol (the rope is built with ropey's `cr_lines` and without `unicode_lines`).

use ropey::{Rope, RopeSlice};
use tower_lsp_server::ls_types::{Position, PositionEncodingKind, Range};

use crate::analysis::Span;
use crate::analysis::text::lines::floor_char_boundary;

/// How a protocol column counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Encoding {
    /// Columns count bytes.
    Utf8,
    /// Columns count UTF-16 code units: the protocol's default.
    #[default]
    Utf16,
    /// Columns count Unicode scalar values.
    Utf32,
}

impl Encoding {
    /// Picks the encoding for a client that offers `offered` (its
    /// `general.positionEncodings`): UTF-8 when offered, else UTF-16, which every client must
    /// support; UTF-32 only for a client that lists it and neither of the others.
    pub fn negotiate(offered: Option<&[PositionEncodingKind]>) -> Encoding {
        let Some(offered) = offered else {
            return Encoding::Utf16;
        };
        let offers = |kind: &PositionEncodingKind| offered.iter().any(|o| o == kind);
        if offers(&PositionEncodingKind::UTF8) {
            Encoding::Utf8
        } else if offers(&PositionEncodingKind::UTF16) || !offers(&PositionEncodingKind::UTF32) {
            Encoding::Utf16
        } else {
            Encoding::Utf32
        }
    }

    /// The protocol's name for this encoding.
    pub fn kind(self) -> PositionEncodingKind {
        match self {
            Encoding::Utf8 => PositionEncodingKind::UTF8,
            Encoding::Utf16 => PositionEncodingKind::UTF16,
            Encoding::Utf32 => PositionEncodingKind::UTF32,
        }
    }
}

/// The rope char index a protocol position points to, clamped as the module says.
pub fn char_at(rope: &Rope, position: Position, encoding: Encoding) -> usize {
    let line_index = position.line as usize;
    let Some(line) = rope.get_line(line_index) else {
        return rope.len_chars();
    };
    let line_start = rope.line_to_char(line_index);
    let text_chars = line.len_chars() - line_break_chars(line);
    let column = position.character as usize;
    let within = match encoding {
        Encoding::Utf32 => column.min(text_chars),
        Encoding::Utf8 => line.byte_to_char(column.min(line.char_to_byte(text_chars))),
        Encoding::Utf16 => line.utf16_cu_to_char(column.min(line.char_to_utf16_cu(text_chars))),
    };
    line_start + within
}

/// The byte offset a protocol position points to, clamped as the module says.
pub fn byte_at(rope: &Rope, position: Position, encoding: Encoding) -> usize {
    rope.char_to_byte(char_at(rope, position, encoding))
}

/// The protocol position of rope char index `char_index` (clamped to the end of the text).
pub fn position_of_char(rope: &Rope, char_index: usize, encoding: Encoding) -> Position {
    let char_index = char_index.min(rope.len_chars());
    let line = rope.char_to_line(char_index);
    let line_start = rope.line_to_char(line);
    let column = match encoding {
        Encoding::Utf32 => char_index - line_start,
        Encoding::Utf8 => rope.char_to_byte(char_index) - rope.char_to_byte(line_start),
        Encoding::Utf16 => rope.char_to_utf16_cu(char_index) - rope.char_to_utf16_cu(line_start),
    };
    Position::new(saturate(line), saturate(column))
}

/// The protocol position of byte offset `byte` (an offset inside a character counts as that
/// character's start; past the end, the end of the text).
pub fn position_of_byte(rope: &Rope, byte: usize, encoding: Encoding) -> Position {
    position_of_char(
        rope,
        rope.byte_to_char(byte.min(rope.len_bytes())),
        encoding,
    )
}

/// The protocol range of an engine span.
pub fn range_of(rope: &Rope, span: Span, encoding: Encoding) -> Range {
    Range::new(
        position_of_byte(rope, span.start, encoding),
        position_of_byte(rope, span.end.max(span.start), encoding),
    )
}

/// The byte span a protocol range covers, with its ends put in order.
pub fn span_of(rope: &Rope, range: Range, encoding: Encoding) -> Span {
    let start = byte_at(rope, range.start, encoding);
    let end = byte_at(rope, range.end, encoding);
    Span::new(start.min(end), start.max(end))
}

/// The protocol positions of many byte offsets of one text, found in one pass over it. The
/// diagnostics of a long draft need over a thousand positions on every keystroke; a rope
/// lookup for each (byte to char to line to column) cost more than writing the whole message.
/// Gives what [`position_of_byte`] gives on a rope of the same text.
pub struct PositionTable {
    /// Byte offsets (each at a char boundary, within the text), sorted, without repeats.
    offsets: Vec<usize>,
    positions: Vec<Position>,
}

impl PositionTable {
    /// The positions of `offsets` in `text` (in any order; offsets inside a character count
    /// as its start, offsets past the end as the end).
    pub fn new(text: &str, offsets: impl IntoIterator<Item = usize>, encoding: Encoding) -> Self {
        let mut offsets: Vec<usize> = offsets
            .into_iter()
            .map(|offset| floor_char_boundary(text, offset))
            .collect();
        offsets.sort_unstable();
        offsets.dedup();
        let bytes = text.as_bytes();
        let mut positions = Vec::with_capacity(offsets.len());
        let (mut line, mut column) = (0usize, 0usize);
        // The column counts the text from `counted` to the offset being placed.
        let mut counted = 0;
        for &offset in &offsets {
            let mut from = counted;
            while let Some(k) = memchr::memchr2(b'\n', b'\r', &bytes[from..offset]) {
                let at = from + k;
                let end = if bytes[at] == b'\r' && bytes.get(at + 1) == Some(&b'\n') {
                    at + 2
                } else {
                    at + 1
                };
                // An offset between `\r` and `\n` is still on the line they end.
                if end > offset {
                    break;
                }
                line += 1;
                column = 0;
                counted = end;
                from = end;
            }
            column += units(&text[counted..offset], encoding);
            counted = offset;
            positions.push(Position::new(saturate(line), saturate(column)));
        }
        PositionTable { offsets, positions }
    }

    /// The position of byte offset `byte`, which must be one of those the table was made
    /// with (else the text's start: a bug to find in tests, not a crash).
    pub fn position(&self, byte: usize) -> Position {
        let at = self.offsets.partition_point(|&o| o < byte);
        match self.offsets.get(at) {
            Some(&o) if o == byte => self.positions[at],
            // Inside a character or past the end: the offset the table rounded it to.
            _ => at
                .checked_sub(1)
                .map_or(Position::new(0, 0), |i| self.positions[i]),
        }
    }

    /// The protocol range of an engine span whose ends were given to the table.
    pub fn range(&self, span: Span) -> Range {
        Range::new(
            self.position(span.start),
            self.position(span.end.max(span.start)),
        )
    }
}

/// How many columns `text` (on one line) spans in `encoding`.
fn units(text: &str, encoding: Encoding) -> usize {
    match encoding {
        Encoding::Utf8 => text.len(),
        _ if text.is_ascii() => text.len(),
        Encoding::Utf16 => text.chars().map(char::len_utf16).sum(),
        Encoding::Utf32 => text.chars().count(),
    }
}

/// How many chars of `line` are its line break (0, 1 for `\n` or `\r`, 2 for `\r\n`).
fn line_break_chars(line: RopeSlice<'_>) -> usize {
    let len = line.len_chars();
    match (
        len.checked_sub(2).map(|i| line.char(i)),
        len.checked_sub(1).map(|i| line.char(i)),
    ) {
        (Some('\r'), Some('\n')) => 2,
        (_, Some('\n' | '\r')) => 1,
        _ => 0,
    }
}

fn saturate(value: usize) -> u32 {
    u32::try_from(value).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pos(line: u32, character: u32) -> Position {
        Position::new(line, character)
    }

    #[test]
    fn utf8_is_preferred_when_offered() {
        let offered = [PositionEncodingKind::UTF16, PositionEncodingKind::UTF8];
        assert_eq!(Encoding::negotiate(Some(&offered)), Encoding::Utf8);
        assert_eq!(Encoding::negotiate(None), Encoding::Utf16);
        assert_eq!(Encoding::negotiate(Some(&[])), Encoding::Utf16);
        assert_eq!(
            Encoding::negotiate(Some(&[PositionEncodingKind::UTF32])),
            Encoding::Utf32
        );
    }

    #[test]
    fn emoji_counts_two_utf16_units_and_four_bytes() {
        let rope = Rope::from_str("😀 300 tanks");
        assert_eq!(byte_at(&rope, pos(0, 3), Encoding::Utf16), 5);
        assert_eq!(byte_at(&rope, pos(0, 5), Encoding::Utf8), 5);
        assert_eq!(byte_at(&rope, pos(0, 2), Encoding::Utf32), 5);
        assert_eq!(position_of_byte(&rope, 5, Encoding::Utf16), pos(0, 3));
        assert_eq!(position_of_byte(&rope, 5, Encoding::Utf8), pos(0, 5));
        assert_eq!(position_of_byte(&rope, 5, Encoding::Utf32), pos(0, 2));
    }

    #[test]
    fn half_a_surrogate_pair_rounds_down() {
        let rope = Rope::from_str("a😀b");
        assert_eq!(char_at(&rope, pos(0, 2), Encoding::Utf16), 1);
        assert_eq!(char_at(&rope, pos(0, 3), Encoding::Utf8), 1);
    }

    #[test]
    fn columns_past_the_end_clamp_before_the_line_break() {
        let rope = Rope::from_str("ab\r\ncd\ref\n");
        assert_eq!(char_at(&rope, pos(0, 99), Encoding::Utf16), 2);
        assert_eq!(char_at(&rope, pos(1, 99), Encoding::Utf8), 6);
        assert_eq!(char_at(&rope, pos(2, 99), Encoding::Utf32), 9);
        assert_eq!(char_at(&rope, pos(3, 0), Encoding::Utf16), 10);
        assert_eq!(char_at(&rope, pos(3, 5), Encoding::Utf16), 10);
        assert_eq!(char_at(&rope, pos(99, 0), Encoding::Utf16), 10);
    }

    #[test]
    fn lone_cr_and_crlf_end_lines_but_unicode_separators_do_not() {
        let rope = Rope::from_str("a\rb\r\nc\u{2028}d\u{85}e\u{c}f");
        assert_eq!(rope.len_lines(), 3);
        assert_eq!(position_of_char(&rope, 2, Encoding::Utf16), pos(1, 0));
        assert_eq!(position_of_char(&rope, 5, Encoding::Utf16), pos(2, 0));
        assert_eq!(position_of_char(&rope, 11, Encoding::Utf16), pos(2, 6));
    }

    #[test]
    fn cjk_is_three_bytes_and_one_utf16_unit() {
        let rope = Rope::from_str("東京 300");
        assert_eq!(position_of_byte(&rope, 7, Encoding::Utf8), pos(0, 7));
        assert_eq!(position_of_byte(&rope, 7, Encoding::Utf16), pos(0, 3));
    }

    #[test]
    fn spans_round_trip_through_ranges() {
        let rope = Rope::from_str("“Quoted” 😀\r\n東京 held 300 tanks.");
        let text = rope.to_string();
        let start = text.find("300").unwrap_or(0);
        let span = Span::new(start, start + 3);
        for encoding in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
            let range = range_of(&rope, span, encoding);
            assert_eq!(range.start.line, 1);
            assert_eq!(span_of(&rope, range, encoding), span, "{encoding:?}");
        }
    }

    #[test]
    fn the_position_table_agrees_with_the_rope() {
        let text = "“Quoted” 😀\r\n東京 held\r300 tanks.\n\nab\u{2028}c 😀😀 d\r\n";
        let rope = Rope::from_str(text);
        let all = 0..=text.len() + 2;
        for encoding in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
            let table = PositionTable::new(text, all.clone().rev(), encoding);
            for byte in all.clone() {
                assert_eq!(
                    table.position(byte),
                    position_of_byte(&rope, byte, encoding),
                    "byte {byte}, {encoding:?}"
                );
            }
            // A table made for a few offsets places exactly those.
            let few = [text.len(), 3, 40, 17];
            let table = PositionTable::new(text, few, encoding);
            for byte in few {
                assert_eq!(
                    table.position(byte),
                    position_of_byte(&rope, byte, encoding)
                );
            }
        }
    }

    proptest::proptest! {
        /// Any text of line breaks (`\n`, `\r\n`, a lone `\r`), multi-byte characters and
        /// surrogate pairs, and any offsets (inside characters, past the end, repeated):
        /// the table places each where the rope does.
        #[test]
        fn the_position_table_agrees_with_the_rope_on_any_text(
            parts in proptest::collection::vec(
                proptest::sample::select(&["a", " ", "7", "😀", "東", "“", "é", "\n", "\r\n", "\r", "𝄞", "\u{2028}"][..]),
                0..40,
            ),
            offsets in proptest::collection::vec(0usize..200, 0..20),
        ) {
            let text = parts.concat();
            let rope = Rope::from_str(&text);
            for encoding in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
                let table = PositionTable::new(&text, offsets.iter().copied(), encoding);
                for &byte in &offsets {
                    proptest::prop_assert_eq!(
                        table.position(byte),
                        position_of_byte(&rope, byte, encoding)
                    );
                }
            }
        }
    }

    #[test]
    fn reversed_ranges_are_put_in_order() {
        let rope = Rope::from_str("abcdef");
        let span = span_of(&rope, Range::new(pos(0, 4), pos(0, 1)), Encoding::Utf16);
        assert_eq!(span, Span::new(1, 4));
    }
}
