//! Prose extraction (`analysis::text::prose::extract`) on arbitrary input, Markdown and plain.
//!
//! Checked:
//! - the masked text has the draft's length, and each of its bytes is the draft's byte or a
//!   blank (line breaks always kept), so every offset found in it means the same place in
//!   the draft ("masked offsets never move");
//! - blocks and comments lie inside the text, on char boundaries of both the draft and the
//!   masked text; blocks are non-empty, in document order and do not overlap;
//! - plain text is not masked at all.

#![no_main]

use copydesk::analysis::Span;
use copydesk::analysis::text::prose::{Format, extract};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for format in [Format::Markdown, Format::PlainText] {
        let prose = extract(&text, format);
        let masked: &str = &prose.masked;
        assert_eq!(masked.len(), text.len(), "{format:?}: masked length");
        for (i, (&m, &t)) in masked.as_bytes().iter().zip(text.as_bytes()).enumerate() {
            assert!(
                m == t || (m == b' ' && t != b'\n' && t != b'\r'),
                "{format:?}: masked byte {i} is {m:#x} for {t:#x}"
            );
        }
        if format == Format::PlainText {
            assert_eq!(masked, &*text, "plain text is not masked");
        }
        let mut previous: Option<Span> = None;
        for block in &prose.blocks {
            let span = block.span;
            in_text(&text, masked, span, format, "block");
            assert!(span.start < span.end, "{format:?}: empty block {span:?}");
            if let Some(previous) = previous {
                assert!(
                    previous.end <= span.start,
                    "{format:?}: block {span:?} overlaps or precedes {previous:?}"
                );
            }
            previous = Some(span);
        }
        for comment in &prose.comments {
            in_text(&text, masked, comment.span, format, "comment");
        }
    }
});

fn in_text(text: &str, masked: &str, span: Span, format: Format, what: &str) {
    assert!(
        span.start <= span.end
            && span.end <= text.len()
            && text.is_char_boundary(span.start)
            && text.is_char_boundary(span.end)
            && masked.is_char_boundary(span.start)
            && masked.is_char_boundary(span.end),
        "{format:?}: {what} {span:?} outside a text of {} bytes or off char boundaries",
        text.len()
    );
}
