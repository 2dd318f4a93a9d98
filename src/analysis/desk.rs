//! The desk's ledger: figures checked across drafts. Pure, like the rest of the engine: each
//! draft's [`Analysis`] is summarised once into a [`DeskDraft`] (its date and its claims,
//! without its text), and the drafts, given in ledger order (by date, undated last, then by
//! name: see [`ledger_order`]), are compared claim by claim. Files, folders and the workspace
//! index are the shells' business.
//!
//! Two claims of different drafts are compared only when they are about the same thing, as
//! carefully as inside one draft and then some:
//!
//! - the same subject key, holder (resolved as the draft's own ledger resolves it; a held and
//!   an unheld figure are not compared across drafts), hard scope (year, place, group), and
//!   soft scope (a named day, a verb), measures converted to their base unit,
//!   as [`crate::analysis::subjects::ledger`] requires, neither a change, a forecast or a new level;
//! - the same story ([`SAME_STORY`]): their paragraphs, with their drafts' headlines, share a
//!   name of several words ("General Staff") or two names ("Ukraine" and "Kyiv"). A folder
//!   holds many stories, and "12 people were killed" in a flood story says nothing about a
//!   shooting story's "3 people"; one common word ("Labour", "Police") does not tie two
//!   stories;
//! - the same time: drafts of different dates give counts that change with time, so a
//!   different figure later is an update, not a conflict ([`SAME_DATE`]), unless both are
//!   running counts ("since the invasion began", "so far") and the later one is lower
//!   ([`RUNNING_COUNT_ONLY_GROWS`]). An undated draft is taken as the newest: its running
//!   counts may not fall below the dated drafts'. Nothing says when two undated drafts were
//!   written, so they are never compared with each other, nor is an undated draft's count
//!   that changes with time.
//!
//! Each claim is keyed once per name it is filed under ([`DeskClaim::keys`]); each key has
//! its own small ledger ([`KeyLedger`]) holding only the tightest bounds, so a folder is
//! checked in time linear in its claims, and a shell that indexes a workspace can rebuild
//! one key's ledger from that key's earlier mentions alone.

use std::hash::{BuildHasher, Hash};
use std::sync::{Arc, LazyLock};

use super::draft_date::DraftDate;
use crate::analysis::Analysis;
use crate::analysis::figures::interval::{Bound, Interval};
use crate::analysis::text::lookup::{FastMap, FastSet, FastState, WordSet};
use crate::analysis::text::shared_str::SharedStr;
use crate::analysis::text::span::Span;

/// A named decision of the desk's ledger: a stable id and a one-line summary.
#[derive(Debug, PartialEq, Eq)]
pub struct Rule {
    pub id: &'static str,
    pub summary: &'static str,
}

/// A running count may grow over time, never fall: see [`running_count_fell`].
pub const RUNNING_COUNT_ONLY_GROWS: Rule = Rule {
    id: "ledger.running-count-only-grows",
    summary: "a later mention of a running count may raise it, not lower it",
};

/// What makes a figure a running count: see [`running_count_cue`].
pub const RUNNING_COUNT_CUE: Rule = Rule {
    id: "ledger.running-count-cue",
    summary: "\"so far\", \"to date\", \"in total\", \"since X began\", \"since <date>\" make a \
              figure a running count",
};

/// Drafts of one date are compared like the figures of one draft.
pub const SAME_DATE: Rule = Rule {
    id: "desk.same-date",
    summary: "two drafts of the same date must agree on a count; on different dates a \
              different count is an update",
};

/// Figures of two drafts are about the same thing only within one story.
pub const SAME_STORY: Rule = Rule {
    id: "desk.same-story",
    summary: "figures of two drafts are compared only when their paragraphs (with the drafts' \
              headlines) share a name of several words or two names",
};

/// Every rule of the desk's ledger.
pub const RULES: [&Rule; 4] = [
    &RUNNING_COUNT_ONLY_GROWS,
    &RUNNING_COUNT_CUE,
    &SAME_DATE,
    &SAME_STORY,
];

/// Rule [`RUNNING_COUNT_ONLY_GROWS`]: true when every value the `later` wording allows lies
/// below every value the `earlier` one allows. "More than 450 tanks" then "400 tanks" fell;
/// "about 450" then "430" did not (they can be the same count); "450" then "500" grew.
///
/// The one rule of running counts, shared with the ledger of one draft: the negation of
/// [`running_count_may_follow`](crate::analysis::subjects::running::running_count_may_follow).
/// Call it only for two mentions of one running count, the `later` one later in time.
pub fn running_count_fell(earlier: &Interval, later: &Interval) -> bool {
    !crate::analysis::subjects::running::running_count_may_follow(earlier, later)
}

/// Rule [`RUNNING_COUNT_CUE`]: the words of `sentence` that make its figures a running count,
/// a total that only grows over time, if any: "so far", "to date", "in total", "in all,",
/// "cumulative", "since the invasion began", "since the start of the war", "since 24
/// February", "since 2014".
///
/// Not a running count: a count bound to a period that starts again ("so far this year"), a
/// record ("the highest since records began", "the first time since 2014"), "since" meaning
/// "because" ("since 300 jobs went"), a count since a day named relative to the draft ("since
/// Monday", "since last week": another draft's Monday is another day), "up to date".
pub fn running_count_cue(sentence: &str) -> Option<&'static str> {
    let lower = sentence.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .collect();
    let word = |i: usize| words.get(i).copied().unwrap_or("");
    let record_before =
        |i: usize| (i.saturating_sub(3)..i).any(|k| RECORD_WORDS.contains(&word(k)));
    for i in 0..words.len() {
        match word(i) {
            "so" if word(i + 1) == "far"
                && !matches!(
                    word(i + 2),
                    "as" | "away" | "from" | "off" | "this" | "more" | "fewer" | "less" | "so"
                )
                && word(i.wrapping_sub(1)) != "not" =>
            {
                return Some("so far");
            }
            "to" if word(i + 1) == "date" && !matches!(word(i.wrapping_sub(1)), "up" | "of") => {
                return Some("to date");
            }
            "in" if word(i + 1) == "total" && word(i + 2) != "of" => return Some("in total"),
            "cumulative" | "cumulatively" => return Some("cumulative"),
            "since" if !record_before(i) => {
                if let Some(cue) = since_cue(&words, i) {
                    return Some(cue);
                }
            }
            _ => {}
        }
    }
    // "In all, 300 people": only with its comma ("in all cases" is no total).
    lower.contains("in all,").then_some("in all")
}

/// Words before "since" that make what follows a record, not a running count.
const RECORD_WORDS: &[&str] = &[
    "highest",
    "lowest",
    "most",
    "least",
    "biggest",
    "largest",
    "smallest",
    "worst",
    "best",
    "first",
    "time",
    "fastest",
    "slowest",
    "strongest",
    "weakest",
    "ever",
    "record",
];

/// "since ..." at word `i`: a running count's start, or `None`.
fn since_cue(words: &[&str], i: usize) -> Option<&'static str> {
    let word = |k: usize| words.get(k).copied().unwrap_or("");
    let next = word(i + 1);
    if matches!(next, "records" | "then") {
        return None;
    }
    if matches!(next, "the" | "its" | "their" | "his" | "her" | "a")
        && matches!(word(i + 2), "start" | "beginning" | "outbreak" | "onset")
        && word(i + 3) == "of"
    {
        return Some("since the start of");
    }
    if matches!(next, "the" | "its" | "their" | "his" | "her" | "this" | "a") {
        // "since the (full-scale) invasion began", "since the war began late last month".
        for k in i + 2..(i + 6).min(words.len()) {
            if matches!(
                word(k),
                "began" | "begun" | "started" | "broke" | "erupted" | "launched"
            ) {
                return (word(i + 2) != "records").then_some("since ... began");
            }
        }
        return None;
    }
    // "since 24 February", "since February 24", "since February", "since 2014".
    let is_year = |w: &str| w.parse::<u16>().is_ok_and(|y| (1900..2100).contains(&y));
    let is_day = |w: &str| {
        ((1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit()))
            || w.strip_suffix("st")
                .or_else(|| w.strip_suffix("nd"))
                .or_else(|| w.strip_suffix("rd"))
                .or_else(|| w.strip_suffix("th"))
                .is_some_and(|d| {
                    (1..=2).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit())
                })
    };
    // One list of months for the engine: the kinds stage owns it.
    let is_month = crate::analysis::figures::kinds::is_month_word;
    if is_month(next) || (is_day(next) && is_month(word(i + 2))) {
        return Some("since <date>");
    }
    if is_year(next) {
        return Some("since <date>");
    }
    None
}

/// One claim of a draft, as the desk's ledger keeps it: enough to compare it, show it and
/// point to it, without the draft's text.
#[derive(Clone, Debug, PartialEq)]
pub struct DeskClaim {
    /// Its index in the draft's [`Analysis::figures`].
    pub figure: usize,
    /// The figure as written, in the draft.
    pub span: Span,
    /// The figure as written, on one line ("more than 450 tanks").
    pub text: Box<str>,
    /// The subject key ("tank lost"), when the engine has one.
    pub subject: Option<SharedStr>,
    /// The hard scope that must be equal for a comparison (years, places, groups), with the
    /// figure's holder.
    hard: Box<str>,
    /// Hashes of the soft scope: the day or month named in words, the unclassed verb (0:
    /// none).
    when: u64,
    act: u64,
    pub interval: Interval,
    /// Who says so, as written (a pronoun's source when resolved), on one line.
    pub source: Option<SharedStr>,
    /// The words that make it a running count ([`running_count_cue`]).
    pub running: Option<&'static str>,
    /// Compared with other drafts' claims: not a change, a forecast or a new level.
    compared: bool,
    /// The ledger keys it is filed under: its subject and hard scope with each name of its
    /// story ([`SAME_STORY`]). Two claims sharing a key are "the same subject in another
    /// draft".
    pub keys: Box<[u64]>,
}

impl DeskClaim {
    /// True when this claim is compared with other drafts' claims.
    pub fn is_compared(&self) -> bool {
        self.compared && !self.keys.is_empty()
    }

    /// True when a [`KeyLedger`] treats both claims alike: everything but where they are and
    /// how they read (their span, text and source) is the same.
    pub fn same_for_ledger(&self, other: &DeskClaim) -> bool {
        self.subject == other.subject
            && self.hard == other.hard
            && self.when == other.when
            && self.act == other.act
            && self.interval == other.interval
            && self.running == other.running
            && self.compared == other.compared
            && self.keys == other.keys
    }

    /// True when both claims are filed under a common key.
    pub fn shares_key(&self, other: &DeskClaim) -> bool {
        self.keys.iter().any(|k| other.keys.contains(k))
    }

    /// A running count that carries over to later dates (one since a named weekday does not).
    fn runs(&self) -> bool {
        self.running.is_some() && self.when == 0
    }
}

/// A draft as the desk's ledger keeps it: its date and its claims.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeskDraft {
    pub date: Option<DraftDate>,
    pub claims: Vec<DeskClaim>,
}

/// Most names of each sort (of one word, of several) a claim's story is told by: its
/// paragraph's first ones, then its headline's.
const MAX_NAMES: usize = 6;

/// A name found in a draft: its hash, and whether it has several words ("General Staff")
/// or one ("Ukraine").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Name {
    hash: u64,
    long: bool,
}

/// What ties a claim to its story ([`SAME_STORY`]): each name of several words in its
/// paragraph and headline, and each pair of names of one word. Two claims share a mark when
/// they share a name like "General Staff" or two like "Ukraine" and "Kyiv": one shared word
/// ("Labour", "Police") is too common to tie two stories.
fn story_marks(paragraph: &[Name], headline: &[Name]) -> Vec<u64> {
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

/// Summarises `analysis` of `text` (dated `date`) for the desk's ledger.
pub fn summarise(text: &str, analysis: &Analysis, date: Option<DraftDate>) -> DeskDraft {
    summarise_with(text, analysis, date, &mut SummaryCache::default())
}

/// What [`summarise_with`] remembers of a draft's blocks and sentences from one summary to the
/// next, so that summarising a draft after a keystroke reads the edited paragraph again and no
/// other. Keeps only what the last summary used.
#[derive(Debug, Default)]
pub struct SummaryCache {
    /// Each block's names by a hash of its text, with the last run that used it.
    blocks: FastMap<u64, (Arc<BlockNames>, u64)>,
    /// Each sentence's running-count cue by a hash of its text, likewise.
    cues: FastMap<u64, (Option<&'static str>, u64)>,
    run: u64,
}

/// [`summarise`], reusing what `cache` remembers of the blocks and sentences of an earlier
/// version of the draft.
pub fn summarise_with(
    text: &str,
    analysis: &Analysis,
    date: Option<DraftDate>,
    cache: &mut SummaryCache,
) -> DeskDraft {
    let blocks = &analysis.blocks;
    let claims_at: Vec<usize> = (0..analysis.figures.len())
        .filter(|&i| analysis.figures[i].is_claim())
        .collect();
    if claims_at.is_empty() {
        return DeskDraft {
            date,
            claims: Vec::new(),
        };
    }
    cache.run += 1;
    let run = cache.run;
    let parts: Vec<Arc<BlockNames>> = blocks
        .iter()
        .map(|b| {
            let block = b.span.of(text);
            let entry = cache
                .blocks
                .entry(hash_of(block))
                .or_insert_with(|| (Arc::new(BlockNames::of(block)), run));
            entry.1 = run;
            Arc::clone(&entry.0)
        })
        .collect();
    cache.blocks.retain(|_, (_, used)| *used == run);
    let proper: FastSet<&str> = parts
        .iter()
        .flat_map(|p| p.proper.iter().map(AsRef::as_ref))
        .collect();
    let names_of = |part: &BlockNames| -> Vec<Name> {
        part.names
            .iter()
            .filter(|(_, opening)| opening.as_deref().is_none_or(|w| proper.contains(w)))
            .map(|(name, _)| *name)
            .collect()
    };
    // The headline: the first heading among the first blocks (a plain-text draft's short
    // first line is one too).
    let headline: Vec<Name> = blocks
        .iter()
        .take(3)
        .position(|b| matches!(b.kind, super::BlockKind::Heading(_)))
        .and_then(|b| parts.get(b))
        .map(|part| names_of(part))
        .unwrap_or_default();
    let mut block_marks: Vec<Option<Vec<u64>>> = vec![None; blocks.len()];
    // Whose figure each is, pronouns resolved as the draft's own ledger resolves them.
    let holders = crate::analysis::subjects::ledger::resolve_holders(&analysis.figures);
    let mut claims = Vec::with_capacity(claims_at.len());
    for i in claims_at {
        let f = &analysis.figures[i];
        let block = blocks
            .partition_point(|b| b.span.end <= f.span.start)
            .min(blocks.len().saturating_sub(1));
        let marks = match block_marks.get_mut(block) {
            Some(slot) => slot.get_or_insert_with(|| {
                let names = parts.get(block).map(|p| names_of(p)).unwrap_or_default();
                story_marks(&names, &headline)
            }),
            None => continue,
        };
        let scope = crate::analysis::subjects::ledger::split_scope(&f.scope);
        let (hard, (when, act), level) = (scope.hard, scope.soft, scope.level);
        // Different holders never share a figure ("Spain has pledged 20 howitzers",
        // "Germany 12"); nor do a held figure and an unheld one, across drafts (whose is
        // it?). A holder that may be a common noun ("?Firefighters") is no known holder.
        let holder = holders
            .get(i)
            .cloned()
            .flatten()
            .filter(|h| !h.starts_with(crate::analysis::subjects::holders::UNSURE_PREFIX))
            .map(|h| h.to_lowercase())
            .unwrap_or_default();
        let hash = |s: Option<&str>| s.map_or(0, |s| hash_of(&s).max(1));
        let keys: Box<[u64]> = match &f.subject {
            Some(subject) => marks
                .iter()
                .map(|mark| hash_of(&(subject.as_str(), hard.as_ref(), holder.as_str(), *mark)))
                .collect(),
            None => Box::default(),
        };
        // Measures in other units are compared in the base unit ("40 km", "25 miles").
        let interval = match scope.conversion {
            Some(x) => crate::analysis::subjects::units::convert(&f.interval, x),
            None => f.interval,
        };
        let sentence = f.sentence.of(text);
        let cue = cache
            .cues
            .entry(hash_of(sentence))
            .or_insert_with(|| (running_count_cue(sentence), run));
        cue.1 = run;
        claims.push(DeskClaim {
            figure: i,
            span: f.span,
            text: one_line(f.span.of(text)).into(),
            subject: f.subject.clone(),
            hard: format!("{hard} who:{holder}").into(),
            when: hash(when),
            act: hash(act),
            interval,
            source: f.attribution.as_ref().map(|a| {
                let source = a.resolved.as_ref().unwrap_or(&a.source);
                if is_one_line(source) {
                    source.clone()
                } else {
                    one_line(source).into()
                }
            }),
            // A running count for the engine (time.running-count) whose words also carry over
            // to another date (no count "so far this year", none since a named weekday).
            running: cue.0.filter(|_| scope.running),
            compared: f.comparable && !level,
            keys,
        });
    }
    cache.cues.retain(|_, (_, used)| *used == run);
    DeskDraft { date, claims }
}

/// A block's names, read from its text alone: what a summary takes from a block it has seen.
#[derive(Debug, Default)]
struct BlockNames {
    /// The words it writes capitalised inside a sentence, lower case.
    proper: Vec<Box<str>>,
    /// Its names in order. A capitalised word that opens a sentence and is no acronym holds
    /// its lower case: a name only when the draft writes it capitalised elsewhere.
    names: Vec<(Name, Option<Box<str>>)>,
}

impl BlockNames {
    fn of(text: &str) -> BlockNames {
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

fn hash_of<T: Hash + ?Sized>(value: &T) -> u64 {
    FastState::default().hash_one(value)
}

/// Text on one line: runs of whitespace become one space.
fn one_line(text: &str) -> String {
    if is_one_line(text) {
        return text.to_string();
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// True when `text` is on one line already: no whitespace but single spaces between words.
fn is_one_line(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.first() != Some(&b' ')
        && bytes.last() != Some(&b' ')
        && !bytes.windows(2).any(|w| w == b"  ")
        && !text.chars().any(|c| c.is_whitespace() && c != ' ')
}

/// [`NOT_NAMES`] as a set.
static NOT_NAMES_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(NOT_NAMES));

/// Words that open a sentence or a name but are no name by themselves.
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
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tomorrow",
];

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
    let not_name = |word: &str| NOT_NAMES_SET.contains_ignore_ascii_case(word);
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

/// Where a claim is: the draft (its place in the ledger order) and the claim's index in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct At {
    pub draft: usize,
    pub claim: usize,
}

/// A claim that contradicts one of an earlier draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DeskConflict {
    pub later: At,
    pub earlier: At,
    pub rule: &'static Rule,
}

/// The ledger order of two drafts, by (date, name): dated drafts by date, undated ones after
/// them, ties by name.
pub fn ledger_order(
    a: (Option<DraftDate>, &str),
    b: (Option<DraftDate>, &str),
) -> std::cmp::Ordering {
    let key = |(date, name): (Option<DraftDate>, &str)| (date.is_none(), date, name.to_string());
    key(a).cmp(&key(b))
}

/// The tightest bounds of some claims: the highest lower bound and the lowest upper bound,
/// with the claims they came from.
#[derive(Clone, Copy, Debug, Default)]
struct Bounds {
    max_low: Option<(Bound, At)>,
    min_high: Option<(Bound, At)>,
}

impl Bounds {
    /// The claim whose bound `interval` cannot meet, if any.
    fn clash(&self, interval: &Interval) -> Option<At> {
        let above = |high: Bound| {
            !interval.overlaps(&Interval {
                low: None,
                high: Some(high),
            })
        };
        let below = |low: Bound| {
            !interval.overlaps(&Interval {
                low: Some(low),
                high: None,
            })
        };
        self.min_high
            .filter(|(high, _)| above(*high))
            .or_else(|| self.max_low.filter(|(low, _)| below(*low)))
            .map(|(_, at)| at)
    }

    fn add(&mut self, interval: &Interval, at: At) {
        if let Some(low) = interval.low
            && self.max_low.is_none_or(|(b, _)| tighter_low(low, b))
        {
            self.max_low = Some((low, at));
        }
        if let Some(high) = interval.high
            && self.min_high.is_none_or(|(b, _)| tighter_high(high, b))
        {
            self.min_high = Some((high, at));
        }
    }
}

fn tighter_low(new: Bound, old: Bound) -> bool {
    new.value > old.value || (new.value == old.value && !new.inclusive && old.inclusive)
}

fn tighter_high(new: Bound, old: Bound) -> bool {
    new.value < old.value || (new.value == old.value && !new.inclusive && old.inclusive)
}

/// Two soft scope parts meet when either is missing or they are equal.
fn meets(a: u64, b: u64) -> bool {
    a == 0 || b == 0 || a == b
}

/// The ledger of one key (a subject and hard scope within one story), fed drafts in ledger
/// order with [`KeyLedger::add_draft`].
#[derive(Clone, Debug, Default)]
pub struct KeyLedger {
    /// The date the `all` and `fixed` bounds are of.
    epoch: Option<DraftDate>,
    /// The claims of that date, per soft scope (when, act).
    all: Vec<((u64, u64), Bounds)>,
    /// The claims of that date that are not running counts.
    fixed: Vec<((u64, u64), Bounds)>,
    /// The highest lower bound of the running counts of every date, per verb.
    floor: Vec<(u64, Bound, At)>,
}

impl KeyLedger {
    /// The earlier claim `claim` (of a draft dated `date`) contradicts, and why.
    pub fn check(&self, date: Option<DraftDate>, claim: &DeskClaim) -> Option<(At, &'static Rule)> {
        if !claim.compared {
            return None;
        }
        let runs = claim.runs();
        if runs {
            let fell = self.floor.iter().find(|(act, low, _)| {
                meets(*act, claim.act)
                    && running_count_fell(
                        &Interval {
                            low: Some(*low),
                            high: None,
                        },
                        &claim.interval,
                    )
            });
            if let Some((_, _, at)) = fell {
                return Some((*at, &RUNNING_COUNT_ONLY_GROWS));
            }
        }
        if date.is_none() || self.epoch != date {
            return None;
        }
        // Two running counts of one date may differ (the later one grew); a running count
        // and a plain figure of one date must agree.
        let pool = if runs { &self.fixed } else { &self.all };
        pool.iter()
            .filter(|((when, act), _)| meets(*when, claim.when) && meets(*act, claim.act))
            .find_map(|(_, bounds)| bounds.clash(&claim.interval))
            .map(|at| (at, &SAME_DATE))
    }

    /// Adds the claims `claims` (index in draft, claim) of draft `draft` dated `date`, and
    /// returns those that contradict an earlier draft's, with the earlier claim and the rule.
    /// Claims that contradict another draft's or one before them in their own draft (which
    /// the draft's own ledger reports) do not bind later drafts.
    pub fn add_draft(
        &mut self,
        date: Option<DraftDate>,
        draft: usize,
        claims: &[(usize, &DeskClaim)],
    ) -> Vec<(usize, At, &'static Rule)> {
        let conflicts: Vec<(usize, At, &'static Rule)> = claims
            .iter()
            .filter_map(|(k, c)| self.check(date, c).map(|(at, rule)| (*k, at, rule)))
            .collect();
        // An undated draft binds no other: the only drafts after it are undated too.
        if date.is_none() {
            return conflicts;
        }
        for (k, claim) in claims {
            if !claim.compared || conflicts.iter().any(|(c, _, _)| c == k) {
                continue;
            }
            if self.epoch != date {
                self.epoch = date;
                self.all.clear();
                self.fixed.clear();
            }
            if self.check(date, claim).is_some() {
                continue;
            }
            let at = At { draft, claim: *k };
            let soft = (claim.when, claim.act);
            let bounds = |pool: &mut Vec<((u64, u64), Bounds)>| -> usize {
                match pool.iter().position(|(s, _)| *s == soft) {
                    Some(p) => p,
                    None => {
                        pool.push((soft, Bounds::default()));
                        pool.len() - 1
                    }
                }
            };
            let p = bounds(&mut self.all);
            self.all[p].1.add(&claim.interval, at);
            if claim.runs() {
                if let Some(low) = claim.interval.low {
                    match self.floor.iter_mut().find(|(act, _, _)| *act == claim.act) {
                        Some(entry) if tighter_low(low, entry.1) => *entry = (claim.act, low, at),
                        Some(_) => {}
                        None => self.floor.push((claim.act, low, at)),
                    }
                }
            } else {
                let p = bounds(&mut self.fixed);
                self.fixed[p].1.add(&claim.interval, at);
            }
        }
        conflicts
    }
}

/// Of two conflicts found for one claim, the one to report: with the nearest earlier draft,
/// then the first claim in it.
pub fn prefer(a: (At, &'static Rule), b: (At, &'static Rule)) -> (At, &'static Rule) {
    let key = |(at, _): &(At, &'static Rule)| (std::cmp::Reverse(at.draft), at.claim);
    if key(&b) < key(&a) { b } else { a }
}

/// The conflicts between `drafts`, given in ledger order ([`ledger_order`]): for each claim
/// that contradicts an earlier draft's, one conflict (with the nearest earlier draft), in
/// ledger order.
pub fn ledger(drafts: &[&DeskDraft]) -> Vec<DeskConflict> {
    let mut keys: FastMap<u64, KeyLedger> = FastMap::default();
    let mut found: Vec<DeskConflict> = Vec::new();
    for (d, draft) in drafts.iter().enumerate() {
        // The draft's claims under each key, in draft order.
        let mut filed: Vec<(u64, usize)> = draft
            .claims
            .iter()
            .enumerate()
            .filter(|(_, c)| c.is_compared())
            .flat_map(|(k, c)| c.keys.iter().map(move |key| (*key, k)))
            .collect();
        filed.sort_unstable();
        let mut best: FastMap<usize, (At, &'static Rule)> = FastMap::default();
        for group in filed.chunk_by(|a, b| a.0 == b.0) {
            let claims: Vec<(usize, &DeskClaim)> =
                group.iter().map(|&(_, k)| (k, &draft.claims[k])).collect();
            let ledger = keys.entry(group[0].0).or_default();
            for (k, at, rule) in ledger.add_draft(draft.date, d, &claims) {
                if !same_quantity(&draft.claims[k], drafts, at) {
                    continue;
                }
                let pick = match best.get(&k) {
                    Some(&old) => prefer(old, (at, rule)),
                    None => (at, rule),
                };
                best.insert(k, pick);
            }
        }
        let mut mine: Vec<DeskConflict> = best
            .into_iter()
            .map(|(k, (earlier, rule))| DeskConflict {
                later: At { draft: d, claim: k },
                earlier,
                rule,
            })
            .collect();
        mine.sort_by_key(|c| c.later);
        found.extend(mine);
    }
    found
}

/// True when `claim` and the claim at `at` have the same subject and hard scope (their keys
/// match; this guards against a collision of the keys' hashes).
pub fn same_quantity(claim: &DeskClaim, drafts: &[&DeskDraft], at: At) -> bool {
    drafts
        .get(at.draft)
        .and_then(|d| d.claims.get(at.claim))
        .is_some_and(|e| e.subject == claim.subject && e.hard == claim.hard)
}

/// True when two claims have the same subject and hard scope.
pub fn same_subject(a: &DeskClaim, b: &DeskClaim) -> bool {
    a.subject == b.subject && a.hard == b.hard
}

/// For each figure index of `figures`, whether the writer switched off conflict findings on
/// it (`<!-- copydesk-ignore -->`, `<!-- copydesk off -->`, the configuration's `ignore`
/// list): a conflict with another draft is a `conflicting-figure` like any other. Reads the
/// draft's switches once; meant for the few claims that conflict.
pub fn conflicts_switched_off(
    text: &str,
    format: crate::analysis::Format,
    config: &crate::analysis::Config,
    analysis: &Analysis,
    figures: &[usize],
) -> Vec<bool> {
    let prose = crate::analysis::text::prose::extract(text, format);
    let switches = crate::analysis::findings::switches::Switches::new(text, &prose, config);
    figures
        .iter()
        .map(|&i| {
            analysis
                .figures
                .get(i)
                .is_some_and(|f| switches.ignores(f, super::Code::ConflictingFigure, text))
        })
        .collect()
}

/// Where an earlier figure is, for messages: "drafts/a.md (19 March 2022), line 8".
pub fn place(name: &str, date: Option<DraftDate>, line: usize) -> String {
    match date {
        Some(date) => format!("{name} ({}), line {line}", date.in_words()),
        None => format!("{name} (undated), line {line}"),
    }
}

/// The message of a conflict with another draft's figure at `place` ([`place`]).
pub fn conflict_message(later: &str, earlier: &str, rule: &Rule, place: &str) -> String {
    if rule == &RUNNING_COUNT_ONLY_GROWS {
        format!("\"{later}\" is lower than \"{earlier}\" in {place}: a running count can only grow")
    } else {
        format!("\"{later}\" conflicts with \"{earlier}\" in {place}")
    }
}

/// The message beside the earlier figure of a conflict with another draft.
pub fn related_message(earlier: &str, date: Option<DraftDate>) -> String {
    match date {
        Some(date) => format!("the earlier figure: \"{earlier}\" ({})", date.in_words()),
        None => format!("the earlier figure: \"{earlier}\" (undated draft)"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Config, Format, analyze};

    /// The interval and running-count cue of the first claim in `sentence`.
    fn claim_in(sentence: &str) -> (Interval, Option<&'static str>) {
        let analysis = analyze(sentence, Format::PlainText, &Config::default());
        let Some(f) = analysis.claims().next() else {
            panic!("no claim in {sentence:?}");
        };
        (f.interval, running_count_cue(f.sentence.of(sentence)))
    }

    /// Rule `ledger.running-count-only-grows` on two sentences, the second later in time:
    /// fires only for two running counts the later of which is lower.
    fn fell(earlier: &str, later: &str) -> bool {
        let (a, a_runs) = claim_in(earlier);
        let (b, b_runs) = claim_in(later);
        a_runs.is_some() && b_runs.is_some() && running_count_fell(&a, &b)
    }

    #[test]
    fn a_running_count_may_grow_but_not_fall() {
        // Must fire.
        for (earlier, later) in [
            (
                "Russia has lost more than 450 tanks since the invasion began, Ukraine said.",
                "Russia has lost 400 tanks since the invasion began, Ukraine said.",
            ),
            (
                "To date 1,200 people have crossed the border, the UN said.",
                "The UN said 900 people had crossed the border to date.",
            ),
            (
                "So far at least 816 civilians have been killed, the UN said.",
                "The UN said 700 civilians had been killed so far.",
            ),
            (
                "Since 24 February about 3,000 homes have been destroyed, officials said.",
                "Officials said 2,000 homes had been destroyed since 24 February.",
            ),
        ] {
            assert!(
                fell(earlier, later),
                "should fire: {earlier:?} then {later:?}"
            );
        }
        // Must not fire.
        for (earlier, later) in [
            // It grew.
            (
                "Russia has lost 400 tanks since the invasion began, Ukraine said.",
                "Russia has lost more than 450 tanks since the invasion began, Ukraine said.",
            ),
            // Honest rounding: about 450 may be 430.
            (
                "Russia has lost about 450 tanks since the invasion began, Ukraine said.",
                "Russia has lost 430 tanks since the invasion began, Ukraine said.",
            ),
            // No running count: a rate goes down as well as up.
            (
                "The jobless rate was 4.2%, the ONS said.",
                "The jobless rate was 3.9%, the ONS said.",
            ),
            // A count bound to a period that starts again.
            (
                "So far this year 300 people have died, police said.",
                "So far this year 20 people have died, police said.",
            ),
            // A record, not a running count.
            (
                "Prices rose 9% in a year, the highest since records began, the ONS said.",
                "Prices rose 4% in a year, the highest since records began, the ONS said.",
            ),
            // Only one of the two is a running count.
            (
                "Russia has lost more than 450 tanks since the invasion began, Ukraine said.",
                "Russia lost 400 tanks in the battle, Ukraine said.",
            ),
        ] {
            assert!(
                !fell(earlier, later),
                "should not fire: {earlier:?} then {later:?}"
            );
        }
    }

    #[test]
    fn running_count_cues() {
        for (sentence, cue) in [
            (
                "Russia has lost 450 tanks since the invasion began.",
                "since ... began",
            ),
            (
                "It has lost 95 planes since the conflict began late last month.",
                "since ... began",
            ),
            (
                "Since the full-scale invasion began, 300 were killed.",
                "since ... began",
            ),
            (
                "300 were killed since the start of the war.",
                "since the start of",
            ),
            ("So far, 12 people have been rescued.", "so far"),
            ("To date 1,200 people have crossed.", "to date"),
            ("In total 40 people were arrested.", "in total"),
            ("In all, 40 people were arrested.", "in all"),
            ("The cumulative toll is 400.", "cumulative"),
            ("Since 24 February 300 have died.", "since <date>"),
            ("Since February 24, 300 have died.", "since <date>"),
            (
                "Since 2014, 14,000 people have been killed.",
                "since <date>",
            ),
        ] {
            assert_eq!(running_count_cue(sentence), Some(cue), "{sentence}");
        }
        for sentence in [
            "So far this year 300 people have died.",
            "The highest since records began: 9%.",
            "It was the first time since 2014 that 300 people marched.",
            "Since 300 jobs went, morale has fallen.",
            "Since Monday 40 people have been rescued.",
            "Since last week 40 people have been rescued.",
            "The list of 300 names is up to date.",
            "He went so far as to say 300 people came.",
            "In all cases 40 people were arrested.",
            "A total of 40 people were arrested.",
            "The jobless rate was 4.2%.",
        ] {
            assert_eq!(running_count_cue(sentence), None, "{sentence}");
        }
    }

    fn draft(text: &str, date: Option<DraftDate>) -> DeskDraft {
        let analysis = analyze(text, Format::Markdown, &Config::default());
        summarise(text, &analysis, date)
    }

    fn day(d: u8) -> Option<DraftDate> {
        DraftDate::new(2022, 3, d)
    }

    /// The conflicts between two drafts (the second later in ledger order): the later
    /// claim's text, the earlier's, the rule.
    fn conflicts(a: &DeskDraft, b: &DeskDraft) -> Vec<(String, String, &'static str)> {
        ledger(&[a, b])
            .into_iter()
            .map(|c| {
                let d = [a, b];
                (
                    d[c.later.draft].claims[c.later.claim].text.to_string(),
                    d[c.earlier.draft].claims[c.earlier.claim].text.to_string(),
                    c.rule.id,
                )
            })
            .collect()
    }

    const TANKS_450: &str = "# Russia's losses in Ukraine\n\nRussia has lost more than 450 tanks \
                             since the invasion began, Ukraine's General Staff said.\n";
    const TANKS_400: &str = "# Russia's losses in Ukraine\n\nRussia has lost 400 tanks since \
                             the invasion began, the General Staff of the Armed Forces of \
                             Ukraine said.\n";

    #[test]
    fn a_later_draft_may_not_lower_a_running_count() {
        let earlier = draft(TANKS_450, day(19));
        let later = draft(TANKS_400, day(26));
        assert_eq!(
            conflicts(&earlier, &later),
            vec![(
                "400 tanks".to_string(),
                "more than 450 tanks".to_string(),
                RUNNING_COUNT_ONLY_GROWS.id
            )]
        );
        // Raised a week later: an update.
        let raised = draft(&TANKS_400.replace("400 tanks", "500 tanks"), day(26));
        assert!(conflicts(&earlier, &raised).is_empty());
        // The same two drafts the other way round: 400, then more than 450 a week later.
        let first = draft(TANKS_400, day(19));
        let second = draft(TANKS_450, day(26));
        assert!(conflicts(&first, &second).is_empty());
        // An undated draft is the newest: it may not lower the count either; two undated
        // drafts are not compared.
        let undated = draft(TANKS_400, None);
        assert_eq!(conflicts(&earlier, &undated).len(), 1);
        assert!(conflicts(&draft(TANKS_450, None), &undated).is_empty());
    }

    const SHELTERS: &str = "# Floods in Devon\n\nDevon County Council said 1,150 people had \
                            been moved to emergency shelters.\n";

    #[test]
    fn a_count_that_changes_with_time_is_updated_on_another_date() {
        let earlier = draft(SHELTERS, day(19));
        let later = draft(&SHELTERS.replace("1,150", "800"), day(20));
        assert!(conflicts(&earlier, &later).is_empty());
        // Drafts of one date must agree, as the figures of one draft must.
        let same_day = draft(&SHELTERS.replace("1,150", "800"), day(19));
        assert_eq!(
            conflicts(&earlier, &same_day),
            vec![(
                "800 people".to_string(),
                "1,150 people".to_string(),
                SAME_DATE.id
            )]
        );
        // Nothing says when two undated drafts were written: never compared. An undated
        // draft is later than the dated ones: its count is an update.
        let undated = draft(SHELTERS, None);
        let undated_later = draft(&SHELTERS.replace("1,150", "800"), None);
        assert!(conflicts(&undated, &undated_later).is_empty());
        assert!(conflicts(&earlier, &undated_later).is_empty());
    }

    #[test]
    fn different_stories_are_never_compared() {
        let tanks = draft(TANKS_450, day(19));
        let other = draft(
            "# Gaza\n\nIsrael has lost 30 tanks since the invasion began, the IDF said.\n",
            day(26),
        );
        assert!(conflicts(&tanks, &other).is_empty());
        let flood = draft(SHELTERS, day(19));
        let fire = draft(
            "# Fire in Leeds\n\nWest Yorkshire Fire Service said 300 people had been moved \
             to emergency shelters.\n",
            day(19),
        );
        assert!(conflicts(&flood, &fire).is_empty());
    }

    #[test]
    fn the_same_story_shares_a_long_name_or_two_names_in_the_paragraph_or_the_headline() {
        // No name in the paragraph: the headline ties the claims to their story.
        let a = draft(
            "# Floods in Devon and Cornwall\n\nAbout 1,150 people were moved to shelters, the \
             council said.\n",
            day(19),
        );
        let b = draft(
            "# Floods hit Cornwall and Devon\n\nOnly 800 people were moved to shelters, the \
             council said.\n",
            day(19),
        );
        assert_eq!(conflicts(&a, &b).len(), 1);
        // One name in common is not enough: "Devon" could be another story.
        let c = draft(
            "# Storm in Devon\n\nOnly 800 people were moved to shelters, the council said.\n",
            day(19),
        );
        assert!(conflicts(&a, &c).is_empty());
        // A name of several words is.
        let d = draft(
            "# Storm\n\nOnly 800 people were moved to shelters, Devon County Council said.\n",
            day(19),
        );
        let e = draft(
            "# Floods\n\nAbout 1,150 people were moved to shelters, Devon County Council \
             said.\n",
            day(19),
        );
        assert_eq!(conflicts(&e, &d).len(), 1);
        // "Labour" in both paragraphs ties nothing.
        let f = draft(
            "# Poll\n\nA lead of this size would give Labour a majority of more than 200 \
             seats, Professor Curtice said.\n",
            day(19),
        );
        let g = draft(
            "# By-election\n\nThe result leaves Labour with 57 seats, the council said.\n",
            day(19),
        );
        assert!(conflicts(&f, &g).is_empty());
    }

    #[test]
    fn different_holders_and_other_units_are_read_as_the_draft_reads_them() {
        let story = "# Military aid for Ukraine and Kyiv\n\n";
        let spain = draft(
            &format!("{story}Spain has pledged 20 howitzers, its defence ministry said.\n"),
            day(19),
        );
        let germany = draft(
            &format!("{story}Germany has pledged 12 howitzers, its defence ministry said.\n"),
            day(19),
        );
        // Different holders: never the same figure.
        assert!(conflicts(&spain, &germany).is_empty());
        let spain_again = draft(
            &format!("{story}Spain has pledged 26 howitzers, its defence ministry said.\n"),
            day(19),
        );
        assert_eq!(conflicts(&spain, &spain_again).len(), 1);
    }

    #[test]
    fn lengths_in_other_units_are_compared_after_conversion() {
        let queue = |length: &str| {
            draft(
                &format!(
                    "# Traffic on the M6\n\nThe queue was {length} long, Highways England \
                     said.\n"
                ),
                day(19),
            )
        };
        assert!(conflicts(&queue("40 kilometres"), &queue("25 miles")).is_empty());
        assert_eq!(
            conflicts(&queue("40 kilometres"), &queue("40 miles")).len(),
            1
        );
    }

    #[test]
    fn names_are_runs_of_capitalised_words_and_their_parts() {
        let text = "Russia has lost 400 tanks, the General Staff of the Armed Forces of \
                    Ukraine said. Officials in Kyiv said Mr Zelensky met the UN. Ukraine \
                    rejoiced.";
        let part = BlockNames::of(text);
        // "Russia" and "Officials" open sentences: names only if written so elsewhere.
        let got: Vec<u64> = part
            .names
            .iter()
            .filter(|(_, opening)| opening.as_deref().is_none_or(|w| w == "ukraine"))
            .map(|(n, _)| n.hash)
            .collect();
        let want: Vec<u64> = [
            "general staff of the armed forces of ukraine",
            "general staff",
            "armed forces",
            "ukraine",
            "kyiv",
            "zelensky",
            "un",
        ]
        .iter()
        .map(|n| hash_of(*n))
        .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn a_folder_is_checked_in_linear_time() {
        let one = draft(TANKS_450, day(19));
        let drafts: Vec<&DeskDraft> = std::iter::repeat_n(&one, 20_000).collect();
        assert!(ledger(&drafts).is_empty());
    }

    #[test]
    fn ledger_order_is_by_date_undated_last_then_name() {
        let mut drafts = [
            (None, "a.md"),
            (day(26), "b.md"),
            (day(19), "z.md"),
            (day(19), "c.md"),
            (None, "0.md"),
        ];
        drafts.sort_by(|a, b| ledger_order(*a, *b));
        let names: Vec<&str> = drafts.iter().map(|d| d.1).collect();
        assert_eq!(names, ["c.md", "z.md", "b.md", "0.md", "a.md"]);
    }

    #[test]
    fn messages_say_where_and_why() {
        let place = place("drafts/a.md", day(19), 8);
        assert_eq!(place, "drafts/a.md (19 March 2022), line 8");
        assert_eq!(
            conflict_message(
                "400 tanks",
                "more than 450 tanks",
                &RUNNING_COUNT_ONLY_GROWS,
                &place
            ),
            "\"400 tanks\" is lower than \"more than 450 tanks\" in drafts/a.md (19 March 2022), \
             line 8: a running count can only grow"
        );
        assert_eq!(
            related_message("more than 450 tanks", None),
            "the earlier figure: \"more than 450 tanks\" (undated draft)"
        );
    }
}
