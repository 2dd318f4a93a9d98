//! The engine on arbitrary input: `analysis::analyze` on any text, Markdown and plain, and the
//! incremental `Analyzer` after an edit.
//!
//! Input: the bytes are the draft (decoded lossily, so any bytes give a text); when there are
//! at least `CONTROL` bytes, the last ones say what edit to make for the incremental check
//! (so a corpus file used as a seed is still mostly read as the draft it is).
//!
//! Checked:
//! - every span the analysis hands out (figures, their numbers, sentences, blocks and
//!   attributions; findings, their related places and fixes; cited sources; blocks) lies
//!   inside the text, is in order, and starts and ends on char boundaries; every index
//!   (a finding's figure, a figure's quantity) points at something that exists;
//! - an `Analyzer` that analysed the text and is then given an edited text returns exactly
//!   what a fresh analysis of the edited text returns (its per-paragraph cache must never
//!   show through), and again after the edit is undone, each time building on the analysis
//!   handed back (`Analyzer::recycle`) as the language server does.

#![no_main]

use copydesk::analysis::{Analysis, Analyzer, Config, Fix, Format, Span, analyze};
use libfuzzer_sys::fuzz_target;

/// Trailing bytes read as the edit, when the input is long enough.
const CONTROL: usize = 6;

/// What an edit may insert: figures, cues, paragraph and line breaks, awkward characters.
const SNIPPETS: &[&str] = &[
    "1",
    " 300 tanks",
    ", the UN said",
    "\n\n",
    "\r\n",
    "\r",
    "😀",
    "東京",
    "according to officials ",
    "14,400",
    "$1.2bn",
    "more than 40%",
    "# ",
    "- ",
    "`",
    "<!-- copydesk-ignore -->",
];

fuzz_target!(|data: &[u8]| {
    let (draft, control) = if data.len() >= CONTROL {
        data.split_at(data.len() - CONTROL)
    } else {
        (data, &[][..])
    };
    let text = String::from_utf8_lossy(draft);
    let config = Config::default();
    for format in [Format::Markdown, Format::PlainText] {
        let fresh = analyze(&text, format, &config);
        check_spans(&text, &fresh);
        if let Some(edited) = edit(&text, control) {
            let mut analyzer = Analyzer::new();
            let first = analyzer.analyze(&text, format, &config);
            same(&first, &fresh, "re-analysis of the same text");
            let incremental = analyzer.analyze(&edited, format, &config);
            let expected = analyze(&edited, format, &config);
            check_spans(&edited, &expected);
            same(&incremental, &expected, "analysis after an edit");
            // Handed back as the language server does: the next analysis builds on `first`.
            analyzer.recycle(first);
            let undone = analyzer.analyze(&text, format, &config);
            same(&undone, &fresh, "analysis after undoing the edit");
            analyzer.recycle(incremental);
            let redone = analyzer.analyze(&edited, format, &config);
            same(&redone, &expected, "analysis built on a handed-back one");
        }
    }
});

/// The text with one edit applied, as the control bytes describe it: at a char boundary
/// near a chosen offset, remove up to `remove` chars and insert a snippet or a copy of part
/// of the text itself.
fn edit(text: &str, control: &[u8]) -> Option<String> {
    let [a, b, remove, what, from, len] = *control else {
        return None;
    };
    let mut at = (usize::from(a) << 8 | usize::from(b)) % (text.len() + 1);
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let end = text[at..]
        .char_indices()
        .nth(usize::from(remove % 32))
        .map_or(text.len(), |(i, _)| at + i);
    let insert: &str = if usize::from(what) < SNIPPETS.len() {
        SNIPPETS[usize::from(what)]
    } else {
        let mut start = usize::from(from) * text.len() / 256;
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        let mut stop = (start + usize::from(len)).min(text.len());
        while !text.is_char_boundary(stop) {
            stop -= 1;
        }
        &text[start..stop]
    };
    let mut edited = String::with_capacity(text.len() + insert.len());
    edited.push_str(&text[..at]);
    edited.push_str(insert);
    edited.push_str(&text[end..]);
    Some(edited)
}

/// Equal analyses; compared through `Debug` when `==` says no, since a figure's value may
/// be NaN, which is never equal to itself.
fn same(got: &Analysis, expected: &Analysis, what: &str) {
    if got != expected {
        assert_eq!(format!("{got:#?}"), format!("{expected:#?}"), "{what}");
    }
}

fn check_span(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end
            && span.end <= text.len()
            && text.is_char_boundary(span.start)
            && text.is_char_boundary(span.end),
        "{what} {span:?} is not a span of a text of {} bytes (or not on char boundaries)",
        text.len()
    );
}

fn check_spans(text: &str, analysis: &Analysis) {
    for block in &analysis.blocks {
        check_span(text, block.span, "block");
    }
    for figure in &analysis.figures {
        check_span(text, figure.span, "figure");
        check_span(text, figure.number, "figure number");
        check_span(text, figure.sentence, "figure sentence");
        if let Some(attribution) = &figure.attribution {
            check_span(text, attribution.source_span, "attribution source");
            check_span(text, attribution.cue_span, "attribution cue");
        }
    }
    for finding in &analysis.findings {
        check_span(text, finding.span, "finding");
        assert!(
            finding.figure < analysis.figures.len(),
            "finding about figure {} of {}",
            finding.figure,
            analysis.figures.len()
        );
        for related in &finding.related {
            check_span(text, related.span, "related place");
        }
        match &copydesk::analysis::fix(text, analysis, finding, &Config::default()) {
            Some(Fix::Attribute {
                insert_at,
                replace_end,
                ..
            }) => check_span(text, Span::new(*insert_at, *replace_end), "attribution fix"),
            Some(Fix::UseEarlier { replace, .. }) => check_span(text, *replace, "numeral fix"),
            None => {}
        }
    }
    for source in &analysis.sources {
        check_span(text, source.span, "cited source");
    }
    assert_eq!(analysis.quantity_of.len(), analysis.figures.len());
    for quantity in analysis.quantity_of.iter().flatten() {
        assert!(*quantity < analysis.quantities.len());
    }
    for figures in &analysis.quantities {
        assert!(figures.iter().all(|&f| f < analysis.figures.len()));
    }
}
