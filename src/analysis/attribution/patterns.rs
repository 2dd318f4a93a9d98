//! Cue patterns other than a verb of saying: "according to X", the desk's own phrases, a
//! revised count, prepositional cues ("Per X", "in a YouGov poll"), possessive tallies,
//! hedges and headline credits.

use crate::analysis::attribution::grades::*;
use crate::analysis::attribution::sentence::*;
use crate::analysis::attribution::source_phrase::*;
use crate::analysis::attribution::words::*;
use crate::analysis::figures::claims::Grade;
use crate::analysis::text::cues::{self, Lexicon};
use crate::analysis::text::lookup;
use crate::analysis::text::nouns;
use crate::analysis::text::span::Span;
use crate::analysis::text::tokens::Tokens;

/// Verbs by which a body revises its own count ([`revision_cue`]).
const REVISION_VERBS: &[&str] = &[
    "raised", "raises", "revised", "revises", "lowered", "lowers", "updated", "updates",
];

/// Data nouns a prepositional cue opens with: "figures from the UN" ([`prepositional`]).
const DATA_NOUNS: &[&str] = &[
    "figures",
    "data",
    "statistics",
    "estimates",
    "numbers",
    "research",
    "analysis",
    "modelling",
    "polling",
];

/// Document nouns before "by", "from": "in a report by X" ([`prepositional`]).
const REPORT_NOUNS: &[&str] = &[
    "report",
    "statement",
    "survey",
    "study",
    "poll",
    "interview",
    "update",
    "briefing",
    "letter",
    "analysis",
    "review",
    "audit",
    "assessment",
    "investigation",
    "census",
    "paper",
];

/// Documents closing a named noun phrase: "in a YouGov poll" ([`prepositional`]).
const NAMED_DOCUMENTS: &[&str] = &[
    "poll", "survey", "study", "report", "analysis", "census", "audit",
];

/// "citing X", "quoting X" ([`prepositional`]; "per X" as well).
const CITING: &[&str] = &["citing", "quoting"];

/// The hedges that are cues on their own ([`hedge`]).
fn own_hedges() -> &'static [&'static str] {
    &cues::HEDGES[..4]
}

/// Every lower-case word on which a pattern of this file other than [`possessive`] and
/// [`extra_phrase`] can find a cue: a word outside them (and no cue verb) opens none, so
/// [`super::sentence`] turns it away before any pattern runs.
pub(super) fn opening_words() -> impl Iterator<Item = &'static str> {
    [
        &["according", "per"][..],
        REVISION_VERBS,
        DATA_NOUNS,
        REPORT_NOUNS,
        NAMED_DOCUMENTS,
        CITING,
        SAMPLING_VERBS,
        own_hedges(),
    ]
    .into_iter()
    .flatten()
    .copied()
}

pub(super) fn according_to(t: &Tokens<'_>, i: usize, _start: usize, end: usize) -> Option<Cue> {
    if !(t.word_is(i, "according") && t.word_is(i + 1, "to")) {
        return None;
    }
    // "according to its accounts": the owner is the source's antecedent, the noun the source.
    let mut from = i + 2;
    if t.word_in(from, POSSESSIVE_DETERMINERS) {
        from += 1;
    }
    let mut source = source_after(t, from, end)?;
    // "according to plan", "according to the rules".
    let first_content = (source.0..source.1).find(|&k| !t.word_in(k, &["the", "a", "an"]))?;
    if t.word_in(first_content, cues::NOT_SOURCES)
        && (source.1 - source.0 <= 2 || first_content == source.0)
    {
        return None;
    }
    // "according to its chief executive, Dr Paul Gray": the person named in apposition.
    if t.punct(source.1) == Some(',')
        && head_in(t, source.0, source.1, cues::PERSON_WORDS)
        && let Some(name) = source_after(t, source.1 + 1, end)
        && is_name(t, name.0, name.1)
        && ends_clause(t, name.1, end)
    {
        source = name;
    }
    let mut cue = make(t, source, (i, i + 2), "according to", i)?;
    // "According to X, ..." at the head of a sentence governs what follows.
    cue.governing =
        (i == 0 || t.get(i).is_some_and(|x| x.newline_before) || t.text_of(i).starts_with('A'))
            && t.punct(source.1) == Some(',');
    Some(cue)
}

pub(super) fn extra_phrase(
    t: &Tokens<'_>,
    i: usize,
    start: usize,
    end: usize,
    lexicon: &Lexicon,
) -> Option<Cue> {
    for phrase in &lexicon.extra {
        let n = phrase.len();
        if (0..n).all(|k| t.word_is(i + k, &phrase[k])) {
            let lemma = phrase.join(" ");
            // "the court heard", "the jury was told": the phrase names its own source.
            if n >= 2 && matches!(phrase[0].as_str(), "the" | "a" | "an") {
                let mut s1 = i + n - 1;
                while s1 > i + 1 && t.word_in(s1 - 1, &["was", "were", "is", "are", "has", "had"]) {
                    s1 -= 1;
                }
                return make(t, (i, s1), (i, i + n), &lemma, i);
            }
            let source = subject_before(t, i, start).or_else(|| source_after(t, i + n, end))?;
            return make(t, source, (i, i + n), &lemma, i);
        }
    }
    None
}

/// "X raised/revised/lowered the toll to N": the subject who revises a count is its source.
pub(super) fn revision_cue(
    t: &Tokens<'_>,
    i: usize,
    lower: &str,
    start: usize,
    end: usize,
) -> Option<Cue> {
    if !REVISION_VERBS.contains(&lower) || i == start || !t.get(i - 1).is_some_and(|x| x.is_word())
    {
        return None;
    }
    // The count's noun, then "to" before any punctuation: "the number of survivors to 41",
    // "its estimate of the dead up to 300".
    let window = (i + 1..(i + 10).min(end)).take_while(|&k| t.get(k).is_some_and(|x| x.is_word()));
    let mut noun = false;
    let mut to = false;
    for k in window {
        if !noun {
            noun = t.word_in(k, REVISED_COUNTS);
        } else if t.word_is(k, "to") {
            to = true;
            break;
        }
    }
    if !(noun && to) {
        return None;
    }
    let (s0, s1) = subject_before(t, i, start)?;
    // Someone who counts: a pronoun, a name beyond the sentence's first word, or a person,
    // an organisation or an agent ("the coast guard" is a name's last word, "Officials");
    // not "Heavy rain raised the number of flooded homes to 300".
    let speaks = t.word_in(s0, cues::PRONOUNS)
        || (s0..s1)
            .any(|k| k > start && t.is_capitalised(k) && t.get(k).is_some_and(|x| x.is_word()))
        || head_of(t, s0, s1).is_some_and(|h| {
            let head = nouns::lemma(t.text_of(h));
            cues::PERSON_WORDS.contains(&head.as_str())
                || cues::ORGANISATION_WORDS.contains(&head.as_str())
                || cues::VAGUE_NOUNS.contains(&lookup::lower(t.text_of(h)).as_ref())
        });
    if !speaks {
        return None;
    }
    make(t, (s0, s1), (i, i + 1), "revise", i)
}

pub(super) fn prepositional(t: &Tokens<'_>, i: usize, lower: &str, end: usize) -> Option<Cue> {
    // "figures from the UN", "data by ONS", "estimates by Kyiv".
    if DATA_NOUNS.contains(&lower) && t.word_in(i + 1, &["from", "by", "compiled", "published"])
        // "the best figures by an England bowler": a record set by someone, not a source.
        && !(i > 0 && {
            let prev = lookup::lower(t.text_of(i - 1));
            prev != "latest" && (prev.ends_with("est") || prev == "record")
        })
    {
        let mut k = i + 2;
        if t.word_in(i + 1, &["compiled", "published"]) && t.word_is(i + 2, "by") {
            k = i + 3;
        }
        let source = source_after(t, k, end)?;
        return make(t, source, (i, k), &format!("{lower} from"), i);
    }
    // "in a report by X", "in a statement from X", "a study by X".
    if REPORT_NOUNS.contains(&lower)
        && t.word_in(i + 1, &["by", "from", "of", "with"])
        && (t.is_capitalised(i + 2) || t.word_is(i + 2, "the") && t.is_capitalised(i + 3))
    {
        if let Some(cue) = poll_of_place(t, i, lower, end) {
            return Some(cue);
        }
        let source = source_after(t, i + 2, end)?;
        return make(t, source, (i, i + 2), &format!("{lower} by"), i);
    }
    // "its highest in a YouGov poll", "according to a new Ipsos survey": a named poll or
    // report closing its noun phrase.
    if NAMED_DOCUMENTS.contains(&lower)
        && i >= 2
        && t.is_capitalised(i - 1)
        && !t.word_in(i - 1, &["the", "a", "an"])
        && (i + 1 >= end
            || matches!(
                t.punct(i + 1),
                Some('.' | ',' | ';' | ':' | ')' | '—' | '–')
            )
            || t.word_in(
                i + 1,
                &[
                    "published",
                    "released",
                    "conducted",
                    "carried",
                    "taken",
                    "for",
                    "of",
                    "on",
                    "in",
                    "last",
                    "this",
                    "which",
                    "that",
                    // "the highest share in a Marquette poll since 2022".
                    "since",
                ],
            ))
    {
        let mut s0 = i - 1;
        while s0 > 0
            && t.is_capitalised(s0 - 1)
            && !t.word_in(s0 - 1, &["the", "a", "an"])
            && i - s0 < 4
        {
            s0 -= 1;
        }
        if s0 > 0
            && t.word_in(
                s0 - 1,
                &[
                    "a", "an", "the", "latest", "new", "recent", "last", "separate",
                ],
            )
        {
            let mut cue = make(t, (s0, i + 1), (i, i + 1), lower, i)?;
            cue.attribution.grade = Grade::Document;
            return Some(cue);
        }
    }
    // "citing X", "per X".
    if CITING.contains(&lower)
        || (lower == "per"
            && (t.is_capitalised(i + 1) || t.word_is(i + 1, "the") && t.is_capitalised(i + 2)))
    {
        let source = source_after(t, i + 1, end)?;
        // "citing the ministry", "citing officials", "citing figures", not "citing energy
        // costs" (a reason, not a source).
        let names_a_source = (source.0..source.1).any(|k| t.is_capitalised(k))
            || head_in(t, source.0, source.1, cues::DOCUMENT_NOUNS)
            || head_in(t, source.0, source.1, cues::VAGUE_NOUNS);
        if !names_a_source {
            return None;
        }
        return make(t, source, (i, i + 1), lower, i);
    }
    None
}

/// "the UN's count", "Kyiv’s estimate", "by the ministry's figures".
pub(super) fn possessive(t: &Tokens<'_>, i: usize, start: usize, _end: usize) -> Option<Cue> {
    let word = t.text_of(i);
    let owner = word
        .strip_suffix("’s")
        .or_else(|| word.strip_suffix("'s"))?;
    if owner.is_empty() {
        return None;
    }
    let noun = (i + 1..i + 3).find(|&k| {
        t.word_in(
            k,
            &[
                "figures",
                "figure",
                "count",
                "estimate",
                "estimates",
                "tally",
                "data",
                "statistics",
                "numbers",
                "calculations",
                "analysis",
                "survey",
                "report",
                "records",
                "assessment",
                "projections",
                "forecast",
                // "Best for Britain's latest polling has Labour three points ahead".
                "polling",
                "poll",
            ],
        )
    })?;
    let mut s = i;
    let mut joined = false;
    while s > start
        && s + 6 > i
        && (t.word_in(s - 1, &["the"])
            || (t.is_capitalised(s - 1) && !nouns::is_stop(&lookup::lower(t.text_of(s - 1))))
            || name_joiner(t, s - 1, start))
    {
        s -= 1;
        if name_joiner(t, s, start) {
            // "More in Common's": the capitalised word before the joiner opens the name,
            // though it be a stop word at the sentence's start (source.name-joiners).
            joined = true;
            s -= 1;
        }
    }
    let source = (s, i + 1);
    let mut cue = make(t, source, (i, noun + 1), "figures of", i)?;
    if joined {
        cue.attribution
            .rules
            .push(&super::source_rules::NAME_JOINERS);
    }
    if t.word_in(noun, &["polling", "poll"]) {
        cue.attribution
            .rules
            .push(&super::source_rules::POSSESSIVE_POLLING);
    }
    // Keep the source as the owner: "the UN", not "the UN's".
    let trimmed = cue
        .attribution
        .source
        .trim_end_matches("’s")
        .trim_end_matches("'s")
        .to_string();
    cue.attribution.source_span = Span::new(
        cue.attribution.source_span.start,
        cue.attribution.source_span.start + trimmed.len(),
    );
    cue.attribution.source = trimmed.into();
    cue.attribution.grade = Grade::Named;
    Some(cue)
}

/// Verbs by which a pollster reaches its sample: "YouGov interviewed 2,227 adults".
const SAMPLING_VERBS: &[&str] = &[
    "interviewed",
    "surveyed",
    "polled",
    "sampled",
    "interviews",
    "surveys",
    "polls",
];

/// "YouGov interviewed 2,227 adults online", "Ipsos surveyed more than 1,000 voters": the
/// pollster that reached the people is the source of how many it reached. Only a named
/// body, a poll or a pollster ("Officers questioned 12 men" is an act, not a sample).
pub(super) fn pollster_sample(
    t: &Tokens<'_>,
    i: usize,
    lower: &str,
    start: usize,
    end: usize,
) -> Option<Cue> {
    if !SAMPLING_VERBS.contains(&lower) || i <= start {
        return None;
    }
    // The sample follows at once, perhaps after a qualifier ("more than 1,000").
    let sample = (i + 1..(i + 4).min(end))
        .take_while(|&k| {
            k == i + 1
                || t.word_in(
                    k - 1,
                    &[
                        "more", "than", "over", "nearly", "almost", "about", "some", "just",
                        "under",
                    ],
                )
        })
        .any(|k| t.get(k).is_some_and(|x| x.is_number()));
    if !sample {
        return None;
    }
    let source = subject_before(t, i, start)?;
    // A name: "YouGov", "Emerson College", "The CBI"; not "That poll" or "The survey",
    // which the release named before already sources.
    let named = (source.0..source.1).any(|k| {
        (t.is_capitalised(k) && (k > source.0 || source.1 == source.0 + 1))
            || is_acronym(t.text_of(k))
    });
    let speaks = named
        && matches!(
            grade_of(t, source.0, source.1),
            Grade::Named | Grade::Document
        );
    if !speaks {
        return None;
    }
    make(t, source, (i, i + 1), "interview", i)
}

/// A lower-case word joining two capitalised words of one name: "More in Common", "the
/// Institute for Fiscal Studies", "Bank of England". Not a partitive "of" after a
/// quantifier ("Most of Labour's figures").
fn name_joiner(t: &Tokens<'_>, k: usize, start: usize) -> bool {
    k > start
        && t.word_in(k, &["of", "in", "for", "and", "on"])
        && !t.is_capitalised(k)
        && t.is_capitalised(k - 1)
        && t.is_capitalised(k + 1)
        && !(t.word_is(k, "of")
            && t.word_in(
                k - 1,
                &[
                    "some", "most", "many", "half", "all", "none", "much", "few", "each", "any",
                    "more",
                ],
            ))
}

pub(super) fn hedge(t: &Tokens<'_>, i: usize, lower: &str, _start: usize) -> Option<Cue> {
    if !own_hedges().contains(&lower) {
        return None;
    }
    make(t, (i, i + 1), (i, i + 1), lower, i)
}

/// A headline's "Minister: 14,400 troops lost".
pub(super) fn headline_colon(t: &Tokens<'_>, start: usize, end: usize) -> Option<Cue> {
    let colon = (start..(start + 6).min(end)).find(|&k| t.punct(k) == Some(':'))?;
    if colon == start || !t.is_capitalised(start) {
        return None;
    }
    // "Minister: 14,400 troops lost" has a clause after the colon; "Revenue: £2.1bn" is a
    // label and its value, with nobody saying so.
    let words_after = (colon + 1..end)
        .filter(|&k| t.get(k).is_some_and(|x| x.is_word()) && !t.attached(k))
        .count();
    if words_after < 2 {
        return None;
    }
    if !(start..colon).all(|k| {
        t.get(k)
            .is_some_and(|x| x.is_word() || matches!(t.punct(k), Some('.' | '\'' | '’' | '-')))
    }) {
        return None;
    }
    // "Storm Claudia: 300 homes flooded", "Ukraine war: ...", "Budget 2026: ...": a topic
    // label (an event, a story's running title) names nobody who says so.
    if (start..colon).any(|k| t.word_in(k, HEADLINE_TOPICS)) {
        return None;
    }
    make(t, (start, colon), (colon, colon + 1), ":", colon)
}

/// A headline's closing credit after a spaced dash: "Inflation falls to 3.2% - ONS",
/// "Waiting list falls to 7.5 million – NHS England". The credit is a short capitalised
/// name; "Prices rise 3% - and more to come" is no credit.
pub(super) fn headline_dash(t: &Tokens<'_>, start: usize, end: usize) -> Option<Cue> {
    let mut e = end;
    while e > start && matches!(t.punct(e - 1), Some('.' | '!' | '?')) {
        e -= 1;
    }
    let dash = (start + 1..e).rev().find(|&k| {
        matches!(t.punct(k), Some('-' | '–' | '—')) && !t.attached(k) && !t.attached(k + 1)
    })?;
    let (s0, s1) = (dash + 1, e);
    if s1 <= s0 || s1 - s0 > 5 || !t.is_capitalised(s0) {
        return None;
    }
    let words_before = (start..dash)
        .filter(|&k| t.get(k).is_some_and(|x| x.is_word()))
        .count();
    let name_like = (s0..s1).all(|k| {
        t.get(k)
            .is_some_and(|x| x.is_word() || matches!(t.punct(k), Some('&' | '.' | '\'' | '’')))
            && (!t.get(k).is_some_and(|x| x.is_word())
                || t.is_capitalised(k)
                || t.word_in(k, &["of", "for", "and", "the"]))
    });
    if words_before < 2 || !name_like {
        return None;
    }
    make(t, (s0, s1), (dash, dash + 1), "-", dash)
}

/// "a separate poll of Michigan voters": the people or place a survey asked are not its
/// source; the survey is (a document).
fn poll_of_place(t: &Tokens<'_>, i: usize, lower: &str, end: usize) -> Option<Cue> {
    if !(t.word_is(i + 1, "of")
        && matches!(
            lower,
            "poll" | "survey" | "census" | "study" | "review" | "audit"
        ))
    {
        return None;
    }
    let asked = source_after(t, i + 2, end)?;
    // "a poll of the Institute's members" is still asked of members; an organisation
    // itself asked ("a survey of the CBI") is rare enough to read the same way.
    let mut s0 = i;
    while s0 > 0
        && i - s0 < 4
        && t.get(s0 - 1).is_some_and(|x| x.is_word())
        && !nouns::is_stop(&lookup::lower(t.text_of(s0 - 1)))
    {
        s0 -= 1;
    }
    if s0 > 0 && t.word_in(s0 - 1, &["a", "an", "the", "this", "that", "their", "its"]) {
        s0 -= 1;
    }
    let mut cue = make(t, (s0, asked.1), (i, i + 2), &format!("{lower} by"), i)?;
    cue.attribution.grade = Grade::Document;
    cue.attribution
        .rules
        .push(&crate::analysis::attribution::source_rules::POLL_NOT_PLACE);
    Some(cue)
}
