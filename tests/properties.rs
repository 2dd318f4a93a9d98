//! Properties of the engine that must hold for any text a writer can type: analysis never
//! panics, in either format; every span it hands out lies inside the text and on char
//! boundaries; figures and findings come in document order; findings point at figures that
//! exist; and the per-block cache gives the same answer as a fresh analysis.
//!
//! Inputs are arbitrary Unicode, and drafts assembled from news-like fragments (numbers in
//! every form, currencies, qualifiers, cues, quotes, emoji, CJK, CRLF, Markdown syntax), which
//! reach the interesting code paths far more often than random characters do.

use copydesk::analysis::{Analysis, Analyzer, Code, Config, Fix, Format, Span, analyze};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

/// Pieces of news copy and Markdown that drafts are assembled from.
const FRAGMENTS: &[&str] = &[
    // numbers in every form
    "0",
    "1",
    "7",
    "14",
    "400",
    "450",
    "14,400",
    "14 400",
    "14400",
    "1,2",
    "2.5",
    "-3",
    "−0.1",
    "1.",
    ".5",
    "1,,0",
    "12,34,567",
    "9,999,999,999,999,999,999,999",
    "1e9",
    "0.000001",
    "00:01",
    "10:42",
    "14:30",
    "10am",
    "1:24 p.m.",
    "19/03/2022",
    "2024/25",
    "3-1",
    "10–12",
    "10-12",
    "10 to 12",
    "between 10,000 and 12,000",
    "2016-2020",
    "1-888-327-4236",
    "fourteen thousand",
    "Fourteen",
    "two-thirds",
    "a third",
    "a dozen",
    "half a million",
    "thousands",
    "dozens",
    "a handful",
    "tens of thousands",
    "one",
    "first",
    "eighth",
    "21st",
    // units, scales, currencies, percentages
    "per cent",
    "percent",
    "percentage points",
    "basis points",
    "%",
    "$",
    "£",
    "€",
    "¥",
    "₹",
    "USD",
    "dollars",
    "euros",
    "pounds",
    "p",
    "k",
    "m",
    "bn",
    "tn",
    "million",
    "billion",
    "trillion",
    "mph",
    "km",
    "C",
    // qualifiers
    "about",
    "around",
    "some",
    "roughly",
    "an estimated",
    "more than",
    "over",
    "above",
    "at least",
    "no fewer than",
    "nearly",
    "almost",
    "just under",
    "up to",
    "at most",
    "no more than",
    "fewer than",
    "less than",
    "under",
    "below",
    "between",
    "and",
    "to",
    // cues, false cues and pronouns
    "according to",
    "According to the ministry,",
    "said",
    "says",
    "the ministry said",
    "X said",
    ", said X",
    "It added that",
    "He also said",
    "She said",
    "officials said",
    "sources say",
    "reportedly",
    "figures show",
    "the latest UN count indicated",
    "a report by the ONS found",
    "claims",
    "TV shows",
    "according to plan",
    "news reports",
    "a report card",
    "told Reuters",
    "Minister:",
    // scope words
    "in 2021",
    "last year",
    "compared with",
    "from",
    "rose",
    "in London",
    "killed",
    "wounded",
    "soldiers",
    "tanks",
    "people",
    "homes",
    "(",
    ")",
    "($130m)",
    // names, ages and times
    "Boeing 737",
    "G7",
    "Covid-19",
    "Radio 4",
    "FTSE 100",
    "Section 230",
    "A380",
    "MP3",
    "aged",
    "45-year-old",
    "over-65s",
    "under-5s",
    "three weeks ago",
    "for six months",
    "won",
    "Mr",
    "Dr",
    "U.S.",
    "a.m.",
    "No.",
    "St",
    "e.g.",
    // punctuation and quotes
    " ",
    " ",
    " ",
    ".",
    ",",
    ";",
    ":",
    "!",
    "?",
    "\"",
    "“",
    "”",
    "'",
    "’",
    "—",
    "–",
    "…",
    // emoji, CJK and awkward Unicode
    "😀",
    "🇯🇵",
    "👩‍⚕️",
    "🎂",
    "中国",
    "トヨタ自動車",
    "１４",
    "٣",
    "\u{200B}",
    "\u{FEFF}",
    "é",
    "e\u{301}",
    "\u{0}",
    "\t",
    // line breaks
    "\n",
    "\r\n",
    "\r",
    "\n\n",
    "\r\n\r\n",
    // Markdown
    "# ",
    "## ",
    "- ",
    "* ",
    "1. ",
    "> ",
    "| ",
    " |",
    "|---|---|",
    "```",
    "`",
    "~~~",
    "    ",
    "<!--",
    "-->",
    "<!-- copydesk-ignore -->",
    "<div>",
    "</div>",
    "---\n",
    "+++\n",
    "[",
    "](http://x.org/14)",
    "![",
    "**",
    "_",
    "\\",
    "[^1]",
    "[^1]: ",
    "&amp;",
    "<br>",
];

/// Arbitrary Unicode, control characters and lone line breaks included.
fn arbitrary_text() -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), 0..200).prop_map(|chars| chars.into_iter().collect())
}

/// A draft assembled from news-like fragments, with the odd arbitrary character mixed in.
fn news_like_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        6 => prop::sample::select(FRAGMENTS).prop_map(str::to_string),
        1 => any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..120).prop_map(|pieces| pieces.concat())
}

fn configs() -> [Config; 2] {
    let named = Config::from_json(r#"{"namedSources": "warning", "cues": ["the court heard"]}"#)
        .unwrap_or_default();
    [Config::default(), named]
}

fn check_span(text: &str, span: Span, what: &str) -> Result<(), TestCaseError> {
    prop_assert!(span.start <= span.end, "{what} {span:?} runs backwards");
    prop_assert!(
        span.end <= text.len(),
        "{what} {span:?} ends past the text ({} bytes)",
        text.len()
    );
    prop_assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} {span:?} splits a character"
    );
    Ok(())
}

fn check_offset(text: &str, offset: usize, what: &str) -> Result<(), TestCaseError> {
    prop_assert!(
        offset <= text.len(),
        "{what} {offset} lies past the text ({} bytes)",
        text.len()
    );
    prop_assert!(
        text.is_char_boundary(offset),
        "{what} {offset} splits a character"
    );
    Ok(())
}

/// Every span in `analysis` lies inside `text` and on char boundaries.
fn spans_are_valid(text: &str, analysis: &Analysis) -> Result<(), TestCaseError> {
    for block in &analysis.blocks {
        check_span(text, block.span, "block")?;
    }
    for (i, f) in analysis.figures.iter().enumerate() {
        check_span(text, f.span, &format!("figure {i} span"))?;
        check_span(text, f.number, &format!("figure {i} number"))?;
        check_span(text, f.sentence, &format!("figure {i} sentence"))?;
        if let Some(a) = &f.attribution {
            check_span(
                text,
                a.source_span,
                &format!("figure {i} attribution source"),
            )?;
            check_span(text, a.cue_span, &format!("figure {i} attribution cue"))?;
        }
    }
    for (i, finding) in analysis.findings.iter().enumerate() {
        check_span(text, finding.span, &format!("finding {i} span"))?;
        for r in &finding.related {
            check_span(text, r.span, &format!("finding {i} related"))?;
        }
        let fix = copydesk::analysis::fix(text, analysis, finding, &Config::default());
        match &fix {
            Some(Fix::Attribute { insert_at, .. }) => {
                check_offset(text, *insert_at, &format!("finding {i} fix insert_at"))?
            }
            Some(Fix::UseEarlier { replace, .. }) => {
                check_span(text, *replace, &format!("finding {i} fix replace"))?
            }
            None => {}
        }
        // Every finding about the draft alone has its fix: attributions, and conflicts with
        // an earlier figure (a conflict with the source list's figure has none).
        prop_assert!(
            fix.is_some()
                || (finding.code == Code::ConflictingFigure && finding.related.is_empty()),
            "finding {i} ({}) has no fix",
            finding.code
        );
    }
    for source in &analysis.sources {
        check_span(text, source.span, "cited source")?;
    }
    Ok(())
}

/// Figures and findings come in document order, findings point at figures that exist, and
/// the quantity tables index real figures.
fn structure_is_consistent(analysis: &Analysis) -> Result<(), TestCaseError> {
    for pair in analysis.figures.windows(2) {
        prop_assert!(
            pair[0].span.start <= pair[1].span.start
                && pair[0].number.start <= pair[1].number.start,
            "figures out of document order: {:?} then {:?}",
            pair[0].span,
            pair[1].span
        );
    }
    for pair in analysis.findings.windows(2) {
        prop_assert!(
            pair[0].span.start <= pair[1].span.start,
            "findings out of document order: {:?} then {:?}",
            pair[0].span,
            pair[1].span
        );
    }
    for (i, finding) in analysis.findings.iter().enumerate() {
        let figure = analysis.figures.get(finding.figure);
        prop_assert!(
            figure.is_some(),
            "finding {i} points at figure {} of {}",
            finding.figure,
            analysis.figures.len()
        );
        if let Some(figure) = figure {
            prop_assert!(
                finding.span.overlaps(figure.span) || finding.span == figure.span,
                "finding {i} at {:?} is not on its figure at {:?}",
                finding.span,
                figure.span
            );
        }
        if finding.code == Code::ConflictingFigure {
            prop_assert!(
                !finding.related.is_empty(),
                "conflict {i} names no earlier figure"
            );
        }
    }
    prop_assert_eq!(analysis.quantity_of.len(), analysis.figures.len());
    for (q, members) in analysis.quantities.iter().enumerate() {
        for &member in members {
            prop_assert!(
                member < analysis.figures.len(),
                "quantity {q} holds figure {member}"
            );
            prop_assert_eq!(analysis.quantity_of[member], Some(q));
        }
    }
    Ok(())
}

/// A figure's numeral lies inside its phrase, its sentence and its block.
fn figure_parts_nest(analysis: &Analysis) -> Result<(), TestCaseError> {
    let inside = |inner: Span, outer: Span| outer.start <= inner.start && inner.end <= outer.end;
    for (i, f) in analysis.figures.iter().enumerate() {
        prop_assert!(
            inside(f.number, f.span),
            "figure {i}: numeral {:?} outside phrase {:?}",
            f.number,
            f.span
        );
        prop_assert!(
            inside(f.number, f.sentence),
            "figure {i}: numeral {:?} outside sentence {:?}",
            f.number,
            f.sentence
        );
        let block = analysis.blocks.iter().find(|b| {
            b.span.start <= f.number.start && f.number.start < b.span.end.max(b.span.start + 1)
        });
        prop_assert!(
            block.is_some_and(|b| inside(f.sentence, b.span)),
            "figure {i}: sentence {:?} outside its block {:?}",
            f.sentence,
            block
        );
    }
    Ok(())
}

fn all_properties(text: &str) -> Result<(), TestCaseError> {
    for format in [Format::PlainText, Format::Markdown] {
        for config in &configs() {
            let analysis = analyze(text, format, config);
            spans_are_valid(text, &analysis)?;
            structure_is_consistent(&analysis)?;
            figure_parts_nest(&analysis)?;
        }
    }
    Ok(())
}

/// The cache must be invisible: analysing `second` after `first` with one analyser gives what
/// a fresh analysis of `second` gives. (Compared through `Debug` so a NaN value compares equal
/// to itself.)
fn cache_is_invisible(first: &str, second: &str) -> Result<(), TestCaseError> {
    for format in [Format::PlainText, Format::Markdown] {
        let config = Config::default();
        let mut analyzer = Analyzer::new();
        analyzer.analyze(first, format, &config);
        let cached = analyzer.analyze(second, format, &config);
        let fresh = analyze(second, format, &config);
        prop_assert_eq!(format!("{cached:?}"), format!("{fresh:?}"));
    }
    Ok(())
}

/// Reusing a handed-back analysis must be invisible too: through a sequence of versions, each
/// analysis handed back as the language server does (the one a new analysis replaces), every
/// result equals a fresh analysis of its text.
fn recycling_is_invisible(versions: &[String]) -> Result<(), TestCaseError> {
    for format in [Format::PlainText, Format::Markdown] {
        let config = Config::default();
        let mut analyzer = Analyzer::new();
        let mut previous: Option<Analysis> = None;
        for (k, text) in versions.iter().enumerate() {
            let analysis = analyzer.analyze(text, format, &config);
            // From the third version on, the one two back has been handed back.
            prop_assert_eq!(analyzer.last_reused, k >= 2, "version {}", k);
            let fresh = analyze(text, format, &config);
            prop_assert_eq!(format!("{analysis:?}"), format!("{fresh:?}"), "{:?}", text);
            if let Some(replaced) = previous.replace(analysis) {
                analyzer.recycle(replaced);
            }
        }
    }
    Ok(())
}

/// `draft` with each edit applied in turn, as (offset fraction, removed length, inserted text).
fn versions_of(draft: &str, edits: &[(prop::sample::Index, usize, String)]) -> Vec<String> {
    let mut text = draft.to_string();
    let mut out = vec![text.clone()];
    for (at, remove, insert) in edits {
        let boundaries: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        let start = at.index(boundaries.len());
        let end = (start + remove).min(boundaries.len() - 1);
        text.replace_range(boundaries[start]..boundaries[end], insert);
        out.push(text.clone());
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn typing_with_recycled_analyses_matches_fresh_analyses(
        draft in news_like_text(),
        edits in prop::collection::vec(
            (any::<prop::sample::Index>(), 0usize..12, prop_oneof![
                Just(String::new()),
                Just("x".to_string()),
                Just("\n\n".to_string()),
                Just(" 450 tanks, the ministry said. ".to_string()),
                Just("“".to_string()),
                Just("He said:\n\n".to_string()),
                news_like_text(),
            ]),
            1..8,
        ),
    ) {
        recycling_is_invisible(&versions_of(&draft, &edits))?;
    }

    #[test]
    fn arbitrary_unicode_is_analysed_with_valid_spans(text in arbitrary_text()) {
        all_properties(&text)?;
    }

    #[test]
    fn news_like_drafts_are_analysed_with_valid_spans(text in news_like_text()) {
        all_properties(&text)?;
    }

    #[test]
    fn crlf_drafts_are_analysed_with_valid_spans(text in news_like_text()) {
        let crlf = text.replace("\r\n", "\n").replace('\n', "\r\n");
        all_properties(&crlf)?;
    }

    #[test]
    fn an_edit_reanalysed_through_the_cache_matches_a_fresh_analysis(
        draft in news_like_text(),
        edit in news_like_text(),
        at in any::<prop::sample::Index>(),
    ) {
        // Insert `edit` at a char boundary of `draft`, as a keystroke or a paste would.
        let boundaries: Vec<usize> = draft.char_indices().map(|(i, _)| i).chain([draft.len()]).collect();
        let cut = boundaries[at.index(boundaries.len())];
        let edited = format!("{}{}{}", &draft[..cut], edit, &draft[cut..]);
        cache_is_invisible(&draft, &edited)?;
        cache_is_invisible(&edited, &draft)?;
    }
}

/// Inputs that have broken text tools before: empty text, lone line breaks, a BOM, combining
/// marks, unclosed Markdown constructs and numbers at the very edges of the text.
#[test]
fn awkward_inputs_keep_every_span_valid() {
    let inputs = [
        "",
        "\r",
        "\n",
        "\r\n\r\n",
        "1",
        "-",
        "—",
        "😀1",
        "1😀",
        "\u{FEFF}14,400 soldiers",
        "1\u{301}4",
        "# 14,400\n",
        "```\n14,400",
        "<!-- 14,400",
        "---\ncount: 14,400\n",
        "| 14,400 |\n|---|\n| 1 |",
        "> “14,400”, she said",
        "[14](http://x/1",
        "1,",
        ",1",
        "1.",
        "$",
        "£1.2bn ($1.5bn",
        "between 10,000 and",
        "More than\r\n\r\n14,400",
        "14 400 400 400 400 400 400 400 400 400",
        "1-2-3-4-5-6",
        "9,999,999,999,999,999,999,999,999,999,999,999,999 tanks",
        "0.0000000000000000000000001 per cent",
        "According to",
        "It added that",
        "中国１４,４００人",
    ];
    for text in inputs {
        let checked = all_properties(text);
        assert!(checked.is_ok(), "{text:?}: {checked:?}");
    }
}

/// The engine reads the seed article repeated many times without panicking, and its spans
/// stay valid across paragraph joins.
#[test]
fn the_seed_article_repeated_keeps_every_span_valid() {
    let seed = include_str!("corpus/ukraine-losses.txt");
    let text = seed.repeat(20);
    let checked = all_properties(&text);
    assert!(checked.is_ok(), "{checked:?}");
}
