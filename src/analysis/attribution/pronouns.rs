//! Pronoun sources resolved to the nearest earlier source that fits, and the list of
//! sources a draft cites.

use crate::analysis::attribution::cue_rules as R;
use crate::analysis::attribution::source_rules as S;
use crate::analysis::figures::claims::{Attribution, Grade, SourceKind};
use crate::analysis::text::cues::{self, VerbClass};
use crate::analysis::text::lookup;

/// How many earlier sources a pronoun may reach back over: a pronoun names a recent source,
/// and the bound keeps a long draft's resolution linear.
pub(super) const MAX_ANTECEDENT_DISTANCE: usize = 12;

/// Resolves pronoun sources ("It added", "she said") to the nearest earlier named or document
/// source of the right kind: a person for "he" and "she", an organisation or a document for
/// "it" and "they". `cues` are the draft's cues in document order, at document offsets
/// (those that name a source are the candidates).
pub fn resolve_pronouns(
    figures: &mut [crate::analysis::figures::claims::Figure],
    cues: &[Attribution],
) {
    // The named sources in document order, by cue position.
    let anchors: Vec<&Attribution> = cues
        .iter()
        .filter(|a| matches!(a.grade, Grade::Named | Grade::Document))
        .collect();
    for figure in figures.iter_mut() {
        if let Some(a) = &mut figure.attribution
            && a.grade == Grade::Pronoun
        {
            let at = a.cue_span.start;
            let k = anchors.partition_point(|anchor| anchor.cue_span.start < at);
            let pronoun = lookup::lower(&a.source);
            // A document shows and finds; it does not say, promise or warn.
            let speaks = cues::verb(&a.cue).is_some_and(|v| v.class == VerbClass::Speech);
            let fits = |kind: SourceKind, grade: Grade| match pronoun.as_ref() {
                "he" | "she" => kind != SourceKind::Organisation,
                "it" | "they" => {
                    kind != SourceKind::Person && !(speaks && grade == Grade::Document)
                }
                _ => true,
            };
            // Unresolved rather than wrong when no earlier source fits. Kinds are worked out
            // only for the anchors looked at, nearest first.
            a.resolved = anchors[..k]
                .iter()
                .rev()
                .take(MAX_ANTECEDENT_DISTANCE)
                .find(|anchor| fits(anchor.kind, anchor.grade))
                .map(|anchor| anchor.source.clone());
            // A reused analysis resolves its pronouns again: the old reason goes with the
            // old resolution.
            a.rules.forget(R::CARRY_PRONOUN.id);
            if a.resolved.is_some() {
                a.rules.push(&R::CARRY_PRONOUN);
            }
        }
    }
}

/// [`resolve_pronouns`], then a pronoun opening the sentence after one with no cue stands for
/// that sentence's subject when it can speak ("Pearson closed both runways ... It said"
/// credits Pearson), not for an older cited source. `text` is the draft at document offsets.
pub fn resolve_pronouns_in(
    text: &str,
    figures: &mut [crate::analysis::figures::claims::Figure],
    cues: &[Attribution],
) {
    resolve_pronouns(figures, cues);
    // Where the cues start, in order: whether a sentence holds one is then a binary search,
    // not a scan of every cue of the draft for every pronoun (quadratic in a long draft).
    let mut cue_starts: Vec<usize> = Vec::new();
    for figure in figures.iter_mut() {
        let Some(a) = &mut figure.attribution else {
            continue;
        };
        a.rules.forget(S::PRONOUN_CUE_LESS.id);
        if a.grade != Grade::Pronoun {
            continue;
        }
        if cue_starts.is_empty() && !cues.is_empty() {
            cue_starts = cues.iter().map(|c| c.cue_span.start).collect();
            cue_starts.sort_unstable();
        }
        let pronoun = lookup::lower(&a.source).into_owned();
        if let Some(subject) = cue_less_subject(text, a.source_span.start, &cue_starts, &pronoun) {
            a.resolved = Some(subject.into());
            a.rules.forget(R::CARRY_PRONOUN.id);
            a.rules.push(&S::PRONOUN_CUE_LESS);
        }
    }
}

/// The longest sentence, in bytes, whose subject a pronoun after it may take.
const MAX_SENTENCE: usize = 400;

/// The subject of the sentence just before the pronoun at `at` when that sentence, in the same
/// paragraph, has no cue and opens with a name that fits the pronoun. `cue_starts` are where
/// the draft's cues start, sorted.
fn cue_less_subject(text: &str, at: usize, cue_starts: &[usize], pronoun: &str) -> Option<String> {
    let before = text.get(..at)?;
    let trimmed = before.trim_end_matches([' ', '\t']);
    // The pronoun opens its sentence, on the same line as the sentence before.
    if !trimmed.ends_with(['.', '!', '?']) || trimmed.len() == before.len() {
        return None;
    }
    let prev_end = trimmed.len();
    let head = &trimmed[..prev_end - 1];
    // Only the last 400 bytes can hold the sentence's start (a longer sentence is refused
    // below), so the search for it looks no further back: searching the whole draft made
    // every pronoun cost a scan of the text before it.
    let mut window = prev_end.saturating_sub(MAX_SENTENCE + 2);
    while !head.is_char_boundary(window) {
        window -= 1;
    }
    let prev_start = [". ", "? ", "! ", "\n"]
        .iter()
        .filter_map(|mark| head[window..].rfind(mark).map(|k| window + k + mark.len()))
        .max()
        .unwrap_or(0);
    let first_at_or_after = cue_starts.partition_point(|&s| s < prev_start);
    if prev_end - prev_start > MAX_SENTENCE
        || cue_starts
            .get(first_at_or_after)
            .is_some_and(|&s| s < prev_end)
    {
        return None;
    }
    let sentence = text.get(prev_start..prev_end)?;
    let t = crate::analysis::text::tokens::Tokens::new(sentence);
    let mut k = 0;
    if t.word_in(0, &["the"]) {
        k = 1;
    }
    let first = k;
    // "The Dutch group", "Council leader Helen Marsh": a role or body word inside the name.
    while t.get(k).is_some_and(|x| x.is_word())
        && (t.is_capitalised(k)
            || (k > first
                && (t.word_in(k, cues::ORGANISATION_WORDS) || t.word_in(k, cues::PERSON_WORDS))))
    {
        k += 1;
    }
    // A name, then a verb in lower case: "Pearson closed", "Toronto Pearson Airport closed".
    let named = k > first
        && !crate::analysis::text::nouns::is_stop(&lookup::lower(t.text_of(first)))
        && t.get(k).is_some_and(|x| x.is_word())
        && !t.is_capitalised(k);
    if !named {
        return None;
    }
    let subject = sentence
        .get(t.list[0].span.start..t.list[k - 1].span.end)?
        .to_string();
    let kind = crate::analysis::attribution::grades::source_kind(Grade::Named, &subject);
    let fits = match pronoun {
        "he" | "she" => kind != SourceKind::Organisation,
        "it" | "they" => kind != SourceKind::Person,
        _ => false,
    };
    fits.then_some(subject)
}

/// The distinct sources cited in the draft (named and document grades), in order of first
/// citation.
pub fn cited_sources(cues: &[Attribution]) -> Vec<crate::analysis::attribution::CitedSource> {
    let mut out: Vec<crate::analysis::attribution::CitedSource> = Vec::new();
    // Most citations repeat a spelling already seen, found by its exact text without
    // lower-casing; only a new spelling is lower-cased, to tell "the Ministry" from "the
    // ministry" apart from a new source. This runs on every keystroke.
    let mut spellings: crate::analysis::text::lookup::FastSet<&str> =
        crate::analysis::text::lookup::FastSet::default();
    let mut sources = crate::analysis::text::lookup::FastSet::default();
    for a in cues
        .iter()
        .filter(|a| matches!(a.grade, Grade::Named | Grade::Document))
    {
        if spellings.insert(a.source.as_str()) && sources.insert(a.source.to_lowercase()) {
            out.push(crate::analysis::attribution::CitedSource {
                source: a.source.to_string(),
                span: a.source_span,
                grade: a.grade,
            });
        }
    }
    out
}
