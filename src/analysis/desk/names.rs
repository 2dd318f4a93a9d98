//! Names and stories: which drafts are about the same story (rule
//! [`SAME_STORY`](super::SAME_STORY)). A block's names are read from its text alone
//! ([`BlockNames`]); a claim's story is told by the names of its paragraph and its draft's
//! headline ([`story_marks`]).

use std::sync::LazyLock;

use super::hash_of;
use crate::analysis::draft_date::MONTHS;
use crate::analysis::text::lookup::WordSet;
use crate::analysis::text::nouns::WEEKDAYS;

/// Most names of each sort (of one word, of several) a claim's story is told by: its
/// paragraph's first ones, then its headline's.
const MAX_NAMES: usize = 6;

/// A name found in a draft: its hash, and whether it has several words ("General Staff")
/// or one ("Ukraine").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Name {
    pub(super) hash: u64,
    pub(super) long: bool,
}

/// What ties a claim to its story ([`SAME_STORY`]): each name of several words in its
/// paragraph and headline, and each pair of names of one word. Two claims share a mark when
/// they share a name like "General Staff" or two like "Ukraine" and "Kyiv": one shared word
/// ("Labour", "Police") is too common to tie two stories.
pub(super) fn story_marks(paragraph: &[Name], headline: &[Name]) -> Vec<u64> {
    let pick = |long: bool| -> Vec<u64> {
        let mut out: Vec<u64> = Vec::new();
        for name in paragraph.iter().chain(headline).filter(|n| n.long == long) {
            if out.len() < MAX_NAMES && !out.contains(&name.hash) {
                out.push(name.hash);
            }
        }
        out
    };
    let mut marks = pick(true);
    let single = pick(false);
    for (i, a) in single.iter().enumerate() {
        for b in &single[i + 1..] {
            marks.push(hash_of(&((*a).min(*b), (*a).max(*b))));
        }
    }
    marks
}

/// A block's names, read from its text alone: what a summary takes from a block it has seen.
#[derive(Debug, Default)]
pub(super) struct BlockNames {
    /// The words it writes capitalised inside a sentence, lower case.
    pub(super) proper: Vec<Box<str>>,
    /// Its names in order. A capitalised word that opens a sentence and is no acronym holds
    /// its lower case: a name only when the draft writes it capitalised elsewhere.
    pub(super) names: Vec<(Name, Option<Box<str>>)>,
}

impl BlockNames {
    pub(super) fn of(text: &str) -> BlockNames {
        let words = words_of(text);
        let mut proper: Vec<Box<str>> = Vec::new();
        for w in &words {
            if !w.opens && is_capitalised(w.text) {
                let lower = w.text.to_lowercase();
                if !proper.iter().any(|p| **p == *lower) {
                    proper.push(lower.into());
                }
            }
        }
        let mut names = Vec::new();
        names_in(&words, &mut names);
        BlockNames { proper, names }
    }
}

/// [`NOT_NAMES`] as a set.
static NOT_NAMES_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(NOT_NAMES));

/// Words that open a sentence or a name but are no name by themselves. The days of the week
/// and the months are none either ([`is_calendar_name`]).
const NOT_NAMES: &[&str] = &[
    "the",
    "a",
    "an",
    "it",
    "its",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "their",
    "our",
    "my",
    "your",
    "this",
    "that",
    "these",
    "those",
    "there",
    "here",
    "in",
    "on",
    "at",
    "by",
    "for",
    "from",
    "to",
    "of",
    "with",
    "without",
    "and",
    "but",
    "or",
    "so",
    "as",
    "if",
    "when",
    "while",
    "after",
    "before",
    "since",
    "until",
    "during",
    "according",
    "some",
    "many",
    "more",
    "most",
    "about",
    "around",
    "nearly",
    "almost",
    "over",
    "under",
    "last",
    "next",
    "first",
    "then",
    "now",
    "also",
    "however",
    "meanwhile",
    "yet",
    "still",
    "not",
    "no",
    "all",
    "both",
    "each",
    "every",
    "other",
    "another",
    "such",
    "what",
    "which",
    "who",
    "whom",
    "whose",
    "where",
    "why",
    "how",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "dame",
    "prof",
    "today",
    "yesterday",
    "tomorrow",
];

/// True for a day of the week or a month written whole ("Monday", "March"): no name by
/// itself. The engine's lists, not a copy: the weekdays of [`WEEKDAYS`], the months a date is
/// written with ([`MONTHS`]).
fn is_calendar_name(word: &str) -> bool {
    WEEKDAYS
        .iter()
        .chain(MONTHS.iter())
        .any(|w| w.eq_ignore_ascii_case(word))
}

/// Words that join the parts of one name ("Ministry of Defence", "Bank of England").
const NAME_JOINERS: &[&str] = &[
    "of", "for", "and", "the", "de", "du", "la", "von", "van", "al",
];

/// One word of a paragraph, for finding names.
struct Word<'a> {
    text: &'a str,
    /// The first word of a sentence (or of the paragraph).
    opens: bool,
    /// Ends in a possessive ("Ukraine's"), which ends the name.
    possessive: bool,
}

/// The words of `text` with where sentences start.
fn words_of(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut opens = true;
    let mut start: Option<usize> = None;
    let mut last_stop = false;
    let is_word_char = |c: char| c.is_alphanumeric() || c == '\'' || c == '’' || c == '-';
    fn push<'t>(text: &'t str, opens: &mut bool, out: &mut Vec<Word<'t>>) {
        let raw = text.trim_end_matches(['\'', '’', '-']);
        let (word, possessive) = match raw.strip_suffix("'s").or_else(|| raw.strip_suffix("’s")) {
            Some(stem) if !stem.is_empty() => (stem, true),
            _ => (raw, false),
        };
        if !word.is_empty() {
            out.push(Word {
                text: word,
                opens: *opens,
                possessive,
            });
        }
        *opens = false;
    }
    for (at, c) in text.char_indices() {
        if is_word_char(c) {
            if start.is_none() {
                start = Some(at);
                if last_stop {
                    opens = true;
                    last_stop = false;
                }
            }
            continue;
        }
        if let Some(from) = start.take() {
            push(&text[from..at], &mut opens, &mut out);
            // A break inside a name: the next word starts a new one.
            if !c.is_whitespace() {
                out.push(Word {
                    text: "",
                    opens: false,
                    possessive: false,
                });
            }
        } else if !c.is_whitespace() && !matches!(c, '"' | '“' | '‘' | '(' | '*' | '_' | '[') {
            out.push(Word {
                text: "",
                opens: false,
                possessive: false,
            });
        }
        if matches!(c, '.' | '!' | '?' | ':' | ';' | '\n') {
            last_stop = true;
        } else if !c.is_whitespace() && !matches!(c, '"' | '“' | '‘' | '(' | '*' | '_' | '[' | '#')
        {
            last_stop = false;
        }
    }
    if let Some(from) = start {
        push(&text[from..], &mut opens, &mut out);
    }
    out
}

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

fn is_acronym(word: &str) -> bool {
    word.chars().count() >= 2 && word.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// The names in `words` (hashed, in order of appearance, each once) pushed onto `out`: runs of
/// capitalised words ("General Staff", "Ministry of Defence"), each part of a run joined by
/// "of", "for", "and" too ("General Staff of the Armed Forces of Ukraine" is also "General
/// Staff", "Armed Forces" and "Ukraine"). Function words and dates are no names; a single
/// capitalised word that opens a sentence (and is no acronym) comes with its lower case: it
/// is one only when the draft writes it capitalised elsewhere.
fn names_in(words: &[Word<'_>], out: &mut Vec<(Name, Option<Box<str>>)>) {
    let not_name =
        |word: &str| NOT_NAMES_SET.contains_ignore_ascii_case(word) || is_calendar_name(word);
    let add = |parts: &[&Word<'_>], out: &mut Vec<(Name, Option<Box<str>>)>| {
        // Leading function words and titles go ("The General Staff", "Mr Putin").
        let skip = parts.iter().take_while(|w| not_name(w.text)).count();
        let parts = &parts[skip..];
        let end = parts.len()
            - parts
                .iter()
                .rev()
                .take_while(|w| NAME_JOINERS.iter().any(|j| w.text.eq_ignore_ascii_case(j)))
                .count();
        let parts = &parts[..end];
        let [first, ..] = parts else {
            return;
        };
        let mut opening = None;
        if parts.len() == 1 {
            if not_name(first.text) || first.text.chars().count() < 2 {
                return;
            }
            if first.opens && !is_acronym(first.text) {
                opening = Some(first.text.to_lowercase().into_boxed_str());
            }
        }
        let name = parts
            .iter()
            .map(|w| w.text.to_lowercase())
            .collect::<Vec<_>>()
            .join(" ");
        let name = Name {
            hash: hash_of(name.as_str()),
            long: parts.len() > 1,
        };
        if !out.iter().any(|(n, _)| *n == name) {
            out.push((name, opening));
        }
    };
    let mut i = 0;
    while i < words.len() {
        if !is_capitalised(words[i].text) {
            i += 1;
            continue;
        }
        let mut run: Vec<&Word<'_>> = vec![&words[i]];
        let mut j = i + 1;
        while !run.last().is_some_and(|w| w.possessive) && j < words.len() {
            let w = &words[j];
            let goes_on = (is_capitalised(w.text) && !w.opens)
                || (NAME_JOINERS.contains(&w.text) && joins_a_name(words, j + 1));
            if goes_on {
                run.push(w);
                j += 1;
            } else {
                break;
            }
        }
        add(&run, out);
        // Each part between joiners is a name too.
        let parts: Vec<&[&Word<'_>]> = run
            .split(|w| NAME_JOINERS.contains(&w.text))
            .filter(|p| !p.is_empty())
            .collect();
        if parts.len() > 1 {
            for part in parts {
                add(part, out);
            }
        }
        i = j.max(i + 1);
    }
}

/// True when the words from `at` go on with a name, after at most one more joiner ("of the
/// Armed Forces").
fn joins_a_name(words: &[Word<'_>], at: usize) -> bool {
    let name = |w: &Word<'_>| is_capitalised(w.text) && !w.opens;
    match words.get(at) {
        Some(w) if name(w) => true,
        Some(w) if NAME_JOINERS.contains(&w.text) => words.get(at + 1).is_some_and(name),
        _ => false,
    }
}
