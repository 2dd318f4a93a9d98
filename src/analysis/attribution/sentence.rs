//! Who says so: finding attribution cues ("according to X", "X said", "the latest UN count
//! indicated") in sentences, the source each names, its grade, and carrying an attribution
//! to later sentences ("It added that ...", a continuing quotation, a governing
//! "According to X,").

pub use crate::analysis::figures::claims::{Attribution, Grade, SourceKind};

use crate::analysis::attribution::cue_rules as R;
use crate::analysis::attribution::grades::*;
use crate::analysis::attribution::patterns::*;
use crate::analysis::attribution::verb_cue::*;
use crate::analysis::rules::{Rule, Trail};
use crate::analysis::text::cues::{self, Lexicon, VerbClass};
use crate::analysis::text::lookup;
use crate::analysis::text::span::Span;
use crate::analysis::text::tokens::Tokens;
use crate::analysis::text::vocabulary::{Classes, IdSet};
use std::borrow::Cow;
use std::sync::LazyLock;

/// A source cited somewhere in the draft, as written, with the place it is first cited.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct CitedSource {
    pub source: String,
    pub span: Span,
    pub grade: Grade,
}

/// A cue found in a sentence, with block-relative spans.
#[derive(Clone, Debug, PartialEq)]
pub struct Cue {
    pub attribution: Attribution,
    /// Token index of the cue word.
    pub at: usize,
    /// "According to X," opening a sentence: it governs the following sentences.
    pub governing: bool,
}

impl Cue {
    /// The cue, recording the rule that found it.
    pub(super) fn by(mut self, rule: &'static Rule) -> Cue {
        self.attribution.rules.push(rule);
        self
    }
}

/// Finds the attribution cues in the sentence spanning tokens `[start, end)`, ignoring cue
/// words inside quotations.
pub fn cues_in_sentence(
    t: &Tokens<'_>,
    start: usize,
    end: usize,
    quotes: &[Span],
    headline: bool,
    lexicon: &Lexicon,
) -> Vec<Cue> {
    cues_traced(t, (start, end), quotes, headline, lexicon, None)
}

/// The rules that rejected a cue-like word in `text` (a plain-text block) as no cue: what
/// the catalogue needs to see the rejections of [`super::verb_rules`] fire.
pub fn rejections_in(text: &str, lexicon: &Lexicon) -> Vec<&'static Rule> {
    let t = Tokens::new(text);
    let quotes = crate::analysis::text::sentences::quotations(text);
    let mut out = Vec::new();
    for s in crate::analysis::text::sentences::split(text) {
        let range = (t.index_at(s.start), t.index_at(s.end));
        cues_traced(&t, range, &quotes, false, lexicon, Some(&mut out));
    }
    out
}

/// The vocabulary ids of every word on which a pattern of [`super::patterns`] can open a
/// cue ([`super::patterns::opening_words`]), built once; `None` should one of them be
/// outside the vocabulary (then no word is turned away by it).
static OPENING_WORDS: LazyLock<Option<IdSet>> = LazyLock::new(|| {
    let words: Vec<&str> = super::patterns::opening_words().collect();
    IdSet::of(&words)
});

/// The openings of the lexicon's extra phrases as bit filters over (length, first byte) of
/// their first word, and of their first two words: a word whose bits are clear starts no
/// phrase ([`Lexicon::may_start_phrase`] is false). Built once per sentence from a handful
/// of phrases; a word is tested with shifts and masks instead of a hash lookup.
#[derive(Clone, Copy, Default)]
struct PhraseStarts {
    /// First words of one-word phrases.
    singles: u64,
    /// First words of longer phrases.
    firsts: u64,
    /// (first word, second word) of longer phrases.
    pairs: u128,
}

impl PhraseStarts {
    /// [`PhraseStarts::of`] the lexicon, built on its first sentence and kept in it.
    fn cached(lexicon: &Lexicon) -> PhraseStarts {
        let (singles, firsts, pairs) = *lexicon.phrase_filter.get_or_init(|| {
            let s = PhraseStarts::of(lexicon);
            (s.singles, s.firsts, s.pairs)
        });
        PhraseStarts {
            singles,
            firsts,
            pairs,
        }
    }

    fn of(lexicon: &Lexicon) -> PhraseStarts {
        let mut starts = PhraseStarts::default();
        for phrase in &lexicon.extra {
            let Some(first) = phrase.first() else {
                continue;
            };
            let first = word_bit(first.as_bytes());
            match phrase.get(1) {
                Some(second) => {
                    starts.firsts |= 1 << first;
                    starts.pairs |= pair_bit(first, word_bit(second.as_bytes()));
                }
                None => starts.singles |= 1 << first,
            }
        }
        starts
    }

    /// False when the ASCII word at `i` starts no phrase, whatever its next token.
    #[inline]
    fn may_start(&self, t: &Tokens<'_>, i: usize, word: &[u8]) -> bool {
        let first = word_bit(word);
        if self.singles & (1 << first) != 0 {
            return true;
        }
        if self.firsts & (1 << first) == 0 {
            return false;
        }
        // The next token as lower-cased by `may_start_phrase` (ASCII: byte for byte).
        let next = t.text_of(i + 1);
        !next.is_ascii() || self.pairs & pair_bit(first, word_bit(next.as_bytes())) != 0
    }
}

/// The filter bit (0..64) of a word by its length and ASCII-lower-cased first byte: equal for
/// an ASCII word and its lower-case form.
#[inline]
fn word_bit(word: &[u8]) -> u32 {
    let first = word.first().map_or(0, u8::to_ascii_lowercase);
    ((word.len() * 7 + usize::from(first)) % 64) as u32
}

/// The bit of a pair of [`word_bit`]s in [`PhraseStarts::pairs`].
#[inline]
fn pair_bit(first: u32, second: u32) -> u128 {
    1 << ((first * 11 + second * 3) % 128)
}

/// `None` when the word at `i` can open no cue, whatever follows: an ASCII word (lower-cased
/// byte for byte, so its annotations answer for its lower-case form) that is no cue verb,
/// no word a pattern opens on, no possessive and starts no extra phrase. Else whether it may
/// start an extra phrase. Most words of a sentence are turned away here, before any pattern
/// runs; a word that is not ASCII goes through them all, as its lower-case form may differ
/// from what the annotations say.
#[inline]
fn may_open_cue(
    t: &Tokens<'_>,
    i: usize,
    starts: &PhraseStarts,
    opening: Option<&IdSet>,
) -> Option<bool> {
    let info = t.info(i);
    if !info.classes.has(Classes::ASCII) {
        return Some(true);
    }
    // The word's bytes straight from its span: an ASCII word needs no boundary checks.
    let span = t.list.get(i)?.span;
    let word = t.text.as_bytes().get(span.start..span.end)?;
    let phrase = starts.may_start(t, i, word);
    let opens = phrase
        || info.classes.has(Classes::CUE_VERB)
        || opening.is_none_or(|words| words.contains(info.id))
        // "the UN's count" (a curly apostrophe is not ASCII).
        || (word.len() > 2 && word.ends_with(b"'s"));
    opens.then_some(phrase)
}

/// [`cues_in_sentence`], also recording in `rejected` the rule that rejected each word
/// that no pattern took for a cue.
fn cues_traced(
    t: &Tokens<'_>,
    (start, end): (usize, usize),
    quotes: &[Span],
    headline: bool,
    lexicon: &Lexicon,
    mut rejected: Option<&mut Vec<&'static Rule>>,
) -> Vec<Cue> {
    let mut out = Vec::new();
    let quoted = |i: usize| {
        let at = t.list[i].span.start;
        quotes.iter().any(|q| q.start < at && at < q.end)
    };
    let starts = PhraseStarts::cached(lexicon);
    let opening = OPENING_WORDS.as_ref();
    for i in start..end {
        if !t.get(i).is_some_and(|x| x.is_word()) {
            continue;
        }
        let Some(phrase) = may_open_cue(t, i, &starts, opening) else {
            continue;
        };
        if quoted(i) {
            continue;
        }
        let mut no = None;
        match cue_at(t, i, (start, end), (lexicon, phrase), &mut no) {
            Some(cue) => out.push(cue),
            None => {
                if let (Some(list), Some(rule)) = (rejected.as_deref_mut(), no) {
                    list.push(rule);
                }
            }
        }
    }
    drop_shadowed(&mut out);
    if out.is_empty()
        && headline
        && let Some(cue) = headline_colon(t, start, end)
            .map(|c| c.by(&R::HEADLINE_COLON))
            .or_else(|| headline_dash(t, start, end).map(|c| c.by(&R::HEADLINE_DASH)))
    {
        out.push(cue);
    }
    // Once the grades are final (several cues regrade what `make` made).
    for cue in &mut out {
        let a = &mut cue.attribution;
        a.kind = match a.grade {
            Grade::Named | Grade::Document => source_kind(a.grade, &a.source),
            Grade::Pronoun | Grade::Vague => SourceKind::Unknown,
        };
    }
    out
}

/// The cue the word at `i` opens, if any: the patterns in order, the first that finds one
/// winning, then [`super::speaker::vet`]. `no` receives the rule that rejected the word;
/// `phrase` is false when the word starts no extra phrase of the lexicon.
fn cue_at(
    t: &Tokens<'_>,
    i: usize,
    (start, end): (usize, usize),
    (lexicon, phrase): (&Lexicon, bool),
    no: &mut Option<&'static Rule>,
) -> Option<Cue> {
    let mut buffer = [0; 64];
    let lower = lookup::lower_in(t.text_of(i), &mut buffer);
    let lower = lower.as_ref();
    let found = according_to(t, i, start, end)
        .map(|c| c.by(&R::ACCORDING_TO))
        .or_else(|| {
            (phrase && lexicon.may_start_phrase(lower, t.text_of(i + 1)))
                .then(|| extra_phrase(t, i, start, end, lexicon))
                .flatten()
                .map(|c| c.by(&R::DESK_PHRASE))
        })
        .or_else(|| verb_cue(t, i, lower, start, end, no).map(|c| c.by(&R::VERB)))
        .or_else(|| revision_cue(t, i, lower, start, end).map(|c| c.by(&R::REVISION)))
        .or_else(|| prepositional(t, i, lower, end).map(|c| c.by(&R::PREPOSITIONAL)))
        .or_else(|| possessive(t, i, start, end).map(|c| c.by(&R::POSSESSIVE)))
        .or_else(|| pollster_sample(t, i, lower, start, end).map(|c| c.by(&R::POLLSTER_SAMPLE)))
        .or_else(|| hedge(t, i, lower, start).map(|c| c.by(&R::HEDGE)));
    // Only a speaker is a source (each rejection a rule of `source_rules`).
    found.and_then(|c| {
        super::speaker::vet(t, c, (start, end))
            .map_err(|rule| *no = Some(rule))
            .ok()
    })
}

/// The cue of a sentence that attributes the figure at token `at`: the nearest one in the
/// figure's own clause, else the nearest at all. Clauses part at a semicolon or at a comma
/// before "and", "but", "while": in "The ministry put losses at more than 14,400, and the
/// General Staff said the figure was about 14400", the first figure is the ministry's.
pub fn nearest_cue<'c>(t: &Tokens<'_>, cues: &'c [Cue], at: usize) -> Option<&'c Cue> {
    let same_clause = |c: &&Cue| {
        let (a, b) = if c.at < at { (c.at, at) } else { (at, c.at) };
        !(a + 1..b).any(|k| {
            t.punct(k) == Some(';')
                || (t.punct(k) == Some(',')
                    && t.word_in(k + 1, &["and", "but", "while", "whereas", "although"]))
        })
    };
    // "the $55.2bn analysts had forecast": a cue whose subject directly follows a figure
    // speaks for that figure alone.
    let for_another_figure = |c: &Cue| {
        let s = t.index_at(c.attribution.source_span.start);
        let after_figure = s > 0
            && s < c.at
            && ((t.get(s - 1).is_some_and(|x| x.is_number()) && !is_time_number(t, s - 1))
                || t.punct(s - 1) == Some('%')
                || (s >= 2
                    && t.get(s - 1).is_some_and(|x| x.is_word())
                    && t.attached(s - 1)
                    && t.get(s - 2).is_some_and(|x| x.is_number())));
        after_figure && !(at < s && s - at <= 4)
    };
    let cues: Vec<&Cue> = cues.iter().filter(|c| !for_another_figure(c)).collect();
    // A hedge ("were recorded", "reportedly") names no source: any real cue beats it.
    let hedge = |c: &&Cue| c.attribution.source_span == c.attribution.cue_span;
    let pool: Vec<&Cue> = if cues.iter().all(hedge) {
        cues
    } else {
        cues.into_iter().filter(|c| !hedge(c)).collect()
    };
    pool.iter()
        .copied()
        .filter(same_clause)
        .min_by_key(|c| c.at.abs_diff(at))
        .or_else(|| pool.iter().copied().min_by_key(|c| c.at.abs_diff(at)))
}

/// True for a number that places a statement in time rather than counting anything: a year
/// ("In 2023 the ministry said") or a day after its month ("On March 12 the ministry said").
pub(super) fn is_time_number(t: &Tokens<'_>, i: usize) -> bool {
    let text = t.text_of(i);
    let year = text.len() == 4
        && text
            .parse::<u16>()
            .is_ok_and(|y| (1800..=2100).contains(&y))
        && !(i > 0 && t.attached(i) && t.punct(i - 1).is_some());
    let day = i > 0
        && text.len() <= 2
        && crate::analysis::figures::kinds::is_month_word(t.text_of(i - 1))
        && t.get(i - 1).is_some_and(|x| x.is_word());
    year || day
}

pub(super) fn make(
    t: &Tokens<'_>,
    source: (usize, usize),
    cue: (usize, usize),
    lemma: &str,
    at: usize,
) -> Option<Cue> {
    let (s0, s1) = source;
    if s1 <= s0 {
        return None;
    }
    // "those polled said", "beating forecasts": a lone participle names nobody.
    if s1 == s0 + 1
        && !t.is_capitalised(s0)
        && (t.text_of(s0).ends_with("ed") || t.text_of(s0).ends_with("ing"))
        // "according to its filing": a document noun is no participle.
        && !t.word_in(s0, cues::DOCUMENT_NOUNS)
    {
        return None;
    }
    let source_span = Span::new(t.list[s0].span.start, t.list[s1 - 1].span.end);
    // One space between words: a Markdown link's masked brackets or a soft line break
    // inside the source must not show in hovers and reports.
    let source_text = one_spaced(source_span.of(t.text));
    let grade = grade_of(t, s0, s1);
    Some(Cue {
        attribution: Attribution {
            kind: SourceKind::Unknown,
            source: source_text.into(),
            source_span,
            cue: lemma.into(),
            cue_span: Span::new(t.list[cue.0].span.start, t.list[cue.1 - 1].span.end),
            grade,
            resolved: None,
            carried: false,
            rules: Trail::default(),
        },
        at,
        governing: false,
    })
}

/// `text`'s words joined by one space (`split_whitespace` then `join(" ")`), without the
/// vector of words between.
pub(super) fn one_spaced(text: &str) -> Cow<'_, str> {
    // Most sources are printable ASCII with single spaces between words: copied as they are.
    // One pass: printable ASCII and single spaces, none first (`previous_space` starts
    // true) or last.
    let bytes = text.as_bytes();
    let mut previous_space = true;
    let plain = bytes.last().is_some_and(|&b| b != b' ')
        && bytes.iter().all(|&b| {
            let ok = if b == b' ' {
                !previous_space
            } else {
                b > b' ' && b < 0x7f
            };
            previous_space = b == b' ';
            ok
        });
    if plain {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    Cow::Owned(out)
}

/// Drops cues another cue makes redundant. A cue inside another's source is part of that
/// source ("the Bank of England's latest forecast shows", "Data published on Tuesday
/// showed"), except a prepositional cue, which names the body more exactly than the verb
/// around it ("Figures from the ONS put it at 4%": the ONS). A data verb in the clause
/// reported by an earlier speech verb is the speaker's words ("Judge Mairs said Fenwick had
/// shown ..."), unless its subject is a document ("she said the figures showed ...").
pub(super) fn drop_shadowed(out: &mut Vec<Cue>) {
    if out.len() < 2 {
        return;
    }
    let is_prepositional = |c: &Cue| {
        let lemma = c.attribution.cue.as_str();
        lemma.ends_with(" from") || lemma.ends_with(" by")
    };
    let inside = |inner: &Cue, outer: &Cue| {
        let (o, s, q) = (
            outer.attribution.source_span,
            inner.attribution.source_span,
            inner.attribution.cue_span,
        );
        o != s
            && o.start <= s.start
            && s.end <= o.end
            && (inner.attribution.cue == "figures of" || (o.start <= q.start && q.end <= o.end))
    };
    let first_speech = out
        .iter()
        .filter(|c| cues::verb(&c.attribution.cue).is_some_and(|v| v.class == VerbClass::Speech))
        .map(|c| c.at)
        .min();
    let keep: Vec<bool> = out
        .iter()
        .map(|c| {
            let shadowed = out.iter().any(|other| {
                if is_prepositional(c) {
                    false
                } else {
                    inside(c, other) || (is_prepositional(other) && inside(other, c))
                }
            });
            let data_verb =
                cues::verb(&c.attribution.cue).is_some_and(|v| v.class == VerbClass::Data);
            // "Tyler Grant said the campaign's internal polling showed ...": a possessive
            // count in the reported clause is the speaker's words too.
            let possessive = c.attribution.cue == "figures of";
            let reported_data_verb = (data_verb || possessive)
                && c.attribution.grade != Grade::Document
                && first_speech.is_some_and(|s| s < c.at);
            // "The survey of 1,000 firms found 30% ..., the CBI said", "They found 300
            // variants, the team said": an unnamed document or a pronoun is the named
            // speaker's.
            let unnamed_document_of_a_speaker = data_verb
                && (c.attribution.grade == Grade::Pronoun
                    || (c.attribution.grade == Grade::Document
                        && !names_anyone(&c.attribution.source)))
                && out.iter().any(|other| {
                    other.at > c.at
                        && matches!(other.attribution.grade, Grade::Named | Grade::Pronoun)
                        && cues::verb(&other.attribution.cue)
                            .is_some_and(|v| v.class == VerbClass::Speech)
                });
            !(shadowed || reported_data_verb || unnamed_document_of_a_speaker)
        })
        .collect();
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        keep[k - 1]
    });
}

/// True when a source as written names someone: a capitalised word after its first, or an
/// acronym ("ONS figures", "the latest UN count"), not "the survey of 1,000 firms" or a
/// sentence-initial "Figures".
pub(super) fn names_anyone(source: &str) -> bool {
    let t = Tokens::new(source);
    (0..t.len()).any(|k| {
        let w = t.text_of(k);
        (k > 0 && t.is_capitalised(k))
            || (w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit()))
    })
}

pub use crate::analysis::attribution::pronouns::{cited_sources, resolve_pronouns};

#[cfg(test)]
mod filter_tests {
    use super::*;

    #[test]
    fn every_opening_word_is_in_the_vocabulary() {
        assert!(OPENING_WORDS.is_some());
    }

    /// The word filter turns away only words on which no pattern finds a cue or rejects one:
    /// every word of the corpus drafts it turns away, run through the patterns, gives nothing.
    #[test]
    fn the_word_filter_turns_away_no_cue() {
        let lexicon = Lexicon::with_extra(&["put the figure at".to_string()]);
        let starts = PhraseStarts::of(&lexicon);
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
        let mut drafts: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok())
            .collect();
        drafts.push("Ministers put the figure at 300. The UN's count, per YouGov, rose.".into());
        let mut turned_away = 0;
        for text in &drafts {
            let t = Tokens::new(text);
            for s in crate::analysis::text::sentences::split(text) {
                let (start, end) = (t.index_at(s.start), t.index_at(s.end));
                for i in start..end {
                    if !t.get(i).is_some_and(|x| x.is_word()) {
                        continue;
                    }
                    let mut no = None;
                    match may_open_cue(&t, i, &starts, OPENING_WORDS.as_ref()) {
                        Some(true) => continue,
                        // Turned away from the phrases only: no phrase starts here.
                        Some(false) => {
                            let lower = lookup::lower(t.text_of(i));
                            let next = t.text_of(i + 1);
                            assert!(!lexicon.may_start_phrase(&lower, next), "{lower} {next}");
                        }
                        None => {
                            turned_away += 1;
                            let cue = cue_at(&t, i, (start, end), (&lexicon, true), &mut no);
                            assert!(cue.is_none() && no.is_none(), "{:?}", t.text_of(i));
                        }
                    }
                }
            }
        }
        assert!(turned_away > 1000);
    }
}
