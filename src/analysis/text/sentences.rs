//! Sentence boundaries inside a block, aware of abbreviations (Mr, Dr, U.S., No.), initials,
//! decimals and closing quotation marks, and quotation spans for carrying attribution.

use std::sync::LazyLock;

use crate::analysis::text::lookup::WordSet;
use crate::analysis::text::span::Span;

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "lt", "col", "sgt", "capt", "rev", "sen", "rep",
    "gov", "pres", "jr", "sr", "no", "nos", "vs", "v", "etc", "eg", "ie", "inc", "ltd", "co",
    "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "approx", "est", "fig", "vol", "p", "pp", "maj", "cpl", "adm", "cmdr", "hon", "mt", "ft",
    "supt", "insp", "det", "sgt", "pte", "messrs", "cllr",
];

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | ')' | ']' | '»')
}

fn starts_sentence(c: char) -> bool {
    c.is_uppercase()
        || c.is_ascii_digit()
        || matches!(
            c,
            '"' | '“' | '‘' | '\'' | '(' | '[' | '«' | '$' | '£' | '€'
        )
        || !c.is_alphabetic() && !c.is_ascii_punctuation() && !c.is_whitespace()
}

/// Splits a block into sentences (spans relative to `text`, trimmed of surrounding
/// whitespace). Every byte of `text` that is not whitespace belongs to one sentence.
pub fn split(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut at = 0;
    let mut next_e2 = Some(0);
    while at < bytes.len() {
        // Only these bytes can begin a terminal ('…' is E2 80 A6). None of them is a UTF-8
        // continuation byte, so `at` is on a character boundary whenever one matches. The
        // bytes between are skipped by memchr.
        at = next_of(bytes, at, [b'.', b'!', b'?'], 0xE2, &mut next_e2);
        if at >= bytes.len() {
            break;
        }
        let Some(c) = text[at..].chars().next() else {
            break;
        };
        if !matches!(c, '.' | '!' | '?' | '…') {
            at += c.len_utf8();
            continue;
        }
        // Skip runs of terminal punctuation and closing quotes/brackets.
        let mut end = at + c.len_utf8();
        for ch in text[end..].chars() {
            if matches!(ch, '.' | '!' | '?' | '…') || is_closing(ch) {
                end += ch.len_utf8();
            } else {
                break;
            }
        }
        let rest = &text[end..];
        let next_visible = rest.chars().find(|ch| !ch.is_whitespace());
        let spaced = rest.chars().next().is_none_or(char::is_whitespace);
        let boundary = spaced
            && next_visible.is_none_or(starts_sentence)
            && !(c == '.' && is_abbreviation(text, at));
        if boundary {
            push_trimmed(text, start, end, &mut out);
            start = end;
        }
        at = end;
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

/// The first position at or after `from` holding one of `three` or `fourth` (`bytes.len()`
/// when none does). `next_fourth` caches the next `fourth` at or after an earlier `from`
/// (`Some(0)` to start): that byte is rarer, so it is searched for again only once passed.
#[inline]
fn next_of(
    bytes: &[u8],
    from: usize,
    three: [u8; 3],
    fourth: u8,
    next_fourth: &mut Option<usize>,
) -> usize {
    if next_fourth.is_some_and(|p| p < from) {
        *next_fourth = memchr::memchr(fourth, &bytes[from..]).map(|k| from + k);
    }
    let limit = next_fourth.unwrap_or(bytes.len());
    memchr::memchr3(three[0], three[1], three[2], &bytes[from..limit]).map_or(limit, |k| from + k)
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail < piece.len() {
        out.push(Span::new(start + lead, end - trail));
    }
}

/// True when the full stop at `dot` ends an abbreviation or an initial, not a sentence.
fn is_abbreviation(text: &str, dot: usize) -> bool {
    let before = &text[..dot];
    let word_start = before
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_alphabetic() || *c == '.'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    // "U.S", "e.g": dotted abbreviations.
    if word.contains('.') {
        return true;
    }
    // "costing 131.8p.", "stood 6ft.": a unit glued to digits, not an abbreviation.
    if before[..word_start].ends_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    // A single capital letter: an initial ("J. K. Rowling").
    let mut chars = word.chars();
    if let (Some(first), None) = (chars.next(), chars.next())
        && first.is_uppercase()
    {
        return true;
    }
    static KNOWN: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(ABBREVIATIONS));
    KNOWN.contains_ignore_ascii_case(word)
}

/// Spans of quotations in a block (from the opening mark to the closing one, inclusive).
/// Curly and straight double quotes pair; single quotes count only where they cannot be
/// apostrophes. An unclosed quotation runs to the end of the block.
pub fn quotations(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut open_double: Option<usize> = None;
    let mut open_single: Option<usize> = None;
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut next_c2 = Some(0);
    while i < bytes.len() {
        // Every quotation mark starts with one of these bytes (“ ” ‘ ’ with 0xE2, « » with
        // 0xC2): the rest of the text is skipped by memchr, without decoding.
        i = next_of(bytes, i, [b'"', b'\'', 0xE2], 0xC2, &mut next_c2);
        if i >= bytes.len() {
            break;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let width = c.len_utf8();
        if !matches!(c, '“' | '«' | '”' | '»' | '"' | '‘' | '\'' | '’') {
            i += width;
            continue;
        }
        let prev = text[..i].chars().next_back();
        let next = text[i + width..].chars().next();
        let after_space =
            prev.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–' | ':'));
        let before_space = next.is_none_or(|n| {
            n.is_whitespace() || n.is_ascii_punctuation() || matches!(n, '—' | '–' | '”' | '’')
        });
        match c {
            '“' | '«' if open_double.is_none() => open_double = Some(i),
            '”' | '»' => {
                if let Some(s) = open_double.take() {
                    out.push(Span::new(s, i + c.len_utf8()));
                }
            }
            '"' => match open_double.take() {
                Some(s) => out.push(Span::new(s, i + 1)),
                None => open_double = Some(i),
            },
            '‘' if open_single.is_none() && open_double.is_none() => open_single = Some(i),
            '\'' if open_single.is_none()
                && open_double.is_none()
                && after_space
                && next.is_some_and(char::is_alphanumeric) =>
            {
                open_single = Some(i)
            }
            '’' | '\''
                if open_single.is_some()
                    && before_space
                    && !prev.is_some_and(|p| p == 's' && next.is_some_and(|n| n == ' ')) =>
            {
                if let Some(s) = open_single.take() {
                    out.push(Span::new(s, i + c.len_utf8()));
                }
            }
            _ => {}
        }
        i += width;
    }
    if let Some(s) = open_double.or(open_single) {
        out.push(Span::new(s, text.len()));
    }
    out.sort_by_key(|s| s.start);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The char-by-char scan the byte-skipping [`quotations`] replaced, kept as its oracle.
    fn quotations_by_chars(text: &str) -> Vec<Span> {
        let mut out = Vec::new();
        let mut open_double: Option<usize> = None;
        let mut open_single: Option<usize> = None;
        let mut prev: Option<char> = None;
        let mut iter = text.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            if !matches!(c, '“' | '«' | '”' | '»' | '"' | '‘' | '\'' | '’') {
                prev = Some(c);
                continue;
            }
            let next = iter.peek().map(|(_, n)| *n);
            let after_space =
                prev.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–' | ':'));
            let before_space = next.is_none_or(|n| {
                n.is_whitespace() || n.is_ascii_punctuation() || matches!(n, '—' | '–' | '”' | '’')
            });
            match c {
                '“' | '«' if open_double.is_none() => open_double = Some(i),
                '”' | '»' => {
                    if let Some(s) = open_double.take() {
                        out.push(Span::new(s, i + c.len_utf8()));
                    }
                }
                '"' => match open_double.take() {
                    Some(s) => out.push(Span::new(s, i + 1)),
                    None => open_double = Some(i),
                },
                '‘' if open_single.is_none() && open_double.is_none() => open_single = Some(i),
                '\'' if open_single.is_none()
                    && open_double.is_none()
                    && after_space
                    && next.is_some_and(char::is_alphanumeric) =>
                {
                    open_single = Some(i)
                }
                '’' | '\''
                    if open_single.is_some()
                        && before_space
                        && !prev.is_some_and(|p| p == 's' && next.is_some_and(|n| n == ' ')) =>
                {
                    if let Some(s) = open_single.take() {
                        out.push(Span::new(s, i + c.len_utf8()));
                    }
                }
                _ => {}
            }
            prev = Some(c);
        }
        if let Some(s) = open_double.or(open_single) {
            out.push(Span::new(s, text.len()));
        }
        out.sort_by_key(|s| s.start);
        out
    }

    proptest::proptest! {
        #[test]
        fn byte_skipping_quotations_match_the_char_scan(
            text in "([a-z ]|[“”‘’«»\"'—–(:.,]|é|€|🚗|\n){0,60}"
        ) {
            proptest::prop_assert_eq!(quotations(&text), quotations_by_chars(&text));
        }
    }

    fn sentences(text: &str) -> Vec<&str> {
        split(text).iter().map(|s| s.of(text)).collect()
    }

    #[test]
    fn splits_on_terminal_punctuation() {
        assert_eq!(
            sentences("One two. Three four! Five?"),
            vec!["One two.", "Three four!", "Five?"]
        );
    }

    #[test]
    fn keeps_abbreviations_initials_and_decimals() {
        assert_eq!(
            sentences(
                "Mr Putin met Dr. Smith and J. K. Rowling in the U.S. on No. 10 at 3.5 per cent. Next."
            ),
            vec![
                "Mr Putin met Dr. Smith and J. K. Rowling in the U.S. on No. 10 at 3.5 per cent.",
                "Next."
            ]
        );
    }

    #[test]
    fn a_unit_glued_to_digits_ends_a_sentence() {
        assert_eq!(
            sentences("Unleaded cost 131.8p. Airfares rose 12%, the ONS said."),
            vec!["Unleaded cost 131.8p.", "Airfares rose 12%, the ONS said."]
        );
        // Near miss: a page reference keeps its sentence.
        assert_eq!(
            sentences("See p. 12 for the table."),
            vec!["See p. 12 for the table."]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            sentences("“The data is getting more precise.” The update noted it."),
            vec![
                "“The data is getting more precise.”",
                "The update noted it."
            ]
        );
    }

    #[test]
    fn lower_case_after_a_stop_is_not_a_new_sentence() {
        assert_eq!(
            sentences("about 3 p.m. on Friday. Then"),
            vec!["about 3 p.m. on Friday.", "Then"]
        );
    }

    #[test]
    fn quotations_pair_curly_straight_and_single() {
        let text = "“One. Two,” he said. \"Three\" and 'four, five,' she said. Russia’s toll.";
        let quotes: Vec<&str> = quotations(text).iter().map(|s| s.of(text)).collect();
        assert_eq!(quotes, vec!["“One. Two,”", "\"Three\"", "'four, five,'"]);
    }
}
