//! The source phrase of a cue: walking back from a verb to its subject, forward from
//! "according to" or an inverted "said" to its object, and trimming what is not the source.

use crate::analysis::attribution::grades::*;
use crate::analysis::attribution::words::*;
use crate::analysis::text::cues::{self};
use crate::analysis::text::lookup;
use crate::analysis::text::nouns;
use crate::analysis::text::tokens::Tokens;

/// A source's tokens going back from `before` (exclusive) to no earlier than `floor`.
pub(super) fn source_before(t: &Tokens<'_>, before: usize, floor: usize) -> Option<(usize, usize)> {
    let mut end = before;
    // Skip adverbs and auxiliaries between subject and verb, and "on average" ("Analysts
    // had on average expected £398m").
    loop {
        if end > floor && t.word_in(end - 1, BETWEEN_SUBJECT_AND_VERB) {
            end -= 1;
        } else if end >= floor + 2 && t.word_is(end - 1, "average") && t.word_is(end - 2, "on") {
            end -= 2;
        } else {
            break;
        }
    }
    let mut start = end;
    let mut taken = 0;
    while start > floor && taken < 14 {
        let i = start - 1;
        let Some(tok) = t.get(i) else { break };
        // "A Gallup poll published last month found": a time after a participle is part of
        // the phrase.
        if t.word_in(i, &["last", "this"])
            && t.word_in(i + 1, &["month", "week", "year", "weekend", "quarter"])
            && i > floor
            && {
                let p = lookup::lower(t.text_of(i - 1));
                p.len() > 4 && p.ends_with("ed")
            }
        {
            start = i;
            taken += 1;
            continue;
        }
        let ok = match tok.kind {
            crate::analysis::text::tokens::TokenKind::Word => {
                // A scale glued to a figure ("the $55.2bn analysts had forecast") ends it.
                let scale =
                    !tok.space_before && i > 0 && t.get(i - 1).is_some_and(|p| p.is_number());
                // The word's annotations stand for its lower-case form (no copy per word).
                !scale
                    && (!t.is_stop(i)
                        || t.lower_in(i, INNER)
                        || t.lower_in(i, cues::PRONOUNS)
                        || is_acronym(t.text_of(i))
                        // "A survey by the BRC", "figures from the ONS".
                        || (t.lower_in(i, BY_FROM)
                            && i > floor
                            && t.word_in(i - 1, cues::DOCUMENT_NOUNS)))
            }
            // "The survey of 2,029 adults": a number counting the members of a source; "G7",
            // "Covid-19" as parts of names, but never an amount ("$55.2bn").
            crate::analysis::text::tokens::TokenKind::Number => {
                let amount = i > 0 && matches!(t.punct(i - 1), Some('$' | '£' | '€' | '¥' | '₹'));
                !amount
                    && (tok.space_before.eq(&false)
                        || t.get(i + 1).is_some_and(|n| !n.space_before)
                        || (t.word_is(i.wrapping_sub(1), "of")
                            && t.get(i + 1).is_some_and(|n| n.is_word())))
            }
            // "Marks & Spencer", spaced or not; "Opec+" with its plus glued to the name.
            crate::analysis::text::tokens::TokenKind::Punct => {
                matches!(t.punct(i), Some('.' | '-' | '&' | '\'' | '’')) && !tok.space_before
                    || t.punct(i) == Some('+')
                        && !tok.space_before
                        && i > floor
                        && t.get(i - 1).is_some_and(|x| x.is_word())
                    || (t.punct(i) == Some('&') && t.is_capitalised(i + 1) && i > floor)
            }
            crate::analysis::text::tokens::TokenKind::Opaque => true,
        };
        if !ok {
            break;
        }
        // A pronoun is a whole subject: "It added", not "... war it added".
        if t.word_in(i, cues::PRONOUNS) {
            if start == end {
                start = i;
            }
            break;
        }
        start = i;
        taken += 1;
    }
    // "A source close to the company", "Economists surveyed by FactSet": the head noun comes
    // before the linking words.
    if start >= floor + 2
        && start < end
        && t.word_in(start - 1, &["to", "with", "by", "on"])
        && t.word_in(start - 2, LINKING_PARTICIPLES)
        && let Some((outer, _)) = source_before_plain(t, start - 1, floor)
        && outer < start - 2
    {
        start = outer;
    }
    trim_source(t, start, end)
}

/// "by", "from": the prepositions of a document's provenance.
const BY_FROM: &[&str] = &["by", "from"];

/// An upper-case abbreviation such as "WHO" or "ONS", which is never a function word.
pub(super) fn is_acronym(word: &str) -> bool {
    word.chars().count() >= 2 && word.chars().all(|c| c.is_uppercase())
}

/// [`source_before`] without the linking extension (so the extension recurses once).
pub(super) fn source_before_plain(
    t: &Tokens<'_>,
    before: usize,
    floor: usize,
) -> Option<(usize, usize)> {
    let mut start = before;
    while start > floor {
        let i = start - 1;
        let ok = t.get(i).is_some_and(|x| x.is_word()) && (!t.is_stop(i) || t.lower_in(i, INNER));
        if !ok || before - i > 14 {
            break;
        }
        start = i;
    }
    trim_source(t, start, before)
}

/// A source's tokens going forward from `from` to no later than `limit`.
pub(super) fn source_after(t: &Tokens<'_>, from: usize, limit: usize) -> Option<(usize, usize)> {
    let mut end = from;
    let mut taken = 0;
    while end < limit && taken < 14 {
        let Some(tok) = t.get(end) else { break };
        let ok = match tok.kind {
            crate::analysis::text::tokens::TokenKind::Word => {
                // The word's annotations stand for its lower-case form (no copy per word).
                // "the Bank of England", "the head of the IMF", but not "the ministry on
                // Monday" or "the council in a statement".
                // (Closures: most words are no stop word, and need none of these tests.)
                let name_follows = || {
                    t.word_in(end + 1, &["the"])
                        || (t.is_capitalised(end + 1) && !t.word_in(end + 1, cues::CALENDAR_WORDS))
                };
                let inner = || {
                    t.lower_in(end, INNER)
                        && (!t.word_in(end, &["in", "on", "at", "with", "and"]) || name_follows())
                };
                // A reporting verb ends the source (", said the ministry, adding ..."), but
                // not a document noun that looks like one ("according to the report").
                // "figures from the ONS", "data by the ministry".
                let linked = || {
                    t.word_in(end, &["by", "to", "with"])
                    && end > from
                    && t.word_in(end - 1, LINKING_PARTICIPLES)
                    // "figures compiled by Transfermarkt", "data published by the ONS":
                    // the agent of a document's making.
                    || t.word_is(end, "by")
                        && end > from + 1
                        && t.word_in(end - 1, AGENT_PARTICIPLES)
                        && t.word_in(end - 2, cues::DOCUMENT_NOUNS)
                };
                let provenance = || {
                    t.word_in(end, BY_FROM)
                        && end > from
                        && t.word_in(end - 1, cues::DOCUMENT_NOUNS)
                        && (t.is_capitalised(end + 1)
                        || t.word_in(end + 1, &["the"])
                        // "an estimate from catastrophe modeler Karen Clark & Co."
                        || ((end + 2..(end + 5).min(limit)).any(|k| t.is_capitalised(k))
                            && t.get(end + 1).is_some_and(|x| x.is_word())
                            && !nouns::STOP
                                .contains(&t.text_of(end + 1).to_lowercase().as_str())
                            && !t.word_in(end + 1, cues::CALENDAR_WORDS)
                            && !t.word_in(end + 1, &["last", "next", "this", "previous"])))
                };
                // "the All England Club", "the Our Lady hospital": a capitalised function
                // word inside a name.
                let in_name = || {
                    t.is_capitalised(end)
                        && t.is_capitalised(end + 1)
                        && t.get(end + 1).is_some_and(|x| x.is_word())
                        && (end > from || t.word_is(from.wrapping_sub(1), "the"))
                        && !t.word_in(end, cues::CALENDAR_WORDS)
                        && !t.word_in(end, cues::PRONOUNS)
                };
                // "its most recent filing", "the most recent figures".
                let most_recent = || t.word_is(end, "most") && t.word_is(end + 1, "recent");
                (!t.is_stop(end)
                    || most_recent()
                    || inner()
                    || provenance()
                    || linked()
                    || in_name()
                    || is_acronym(t.text_of(end)))
                    && (t.verb(end).is_none()
                        // "the state Department of Finance": a bare verb form after a
                        // determiner is a noun (source.noun-after-determiner).
                        || (end > from
                            && t.word_in(end - 1, &["the", "a", "an", "its", "their", "this"])
                            && t.get(end + 1).is_some_and(|x| x.is_word())
                            && t.verb(end).is_some_and(|v| v.form == cues::VerbForm::Base))
                        // "according to its report": the owner was skipped, the noun
                        // heads the source.
                        || ((end > from
                            || t.word_in(from.wrapping_sub(1), POSSESSIVE_DETERMINERS))
                            && t.lower_in(end, cues::DOCUMENT_NOUNS))
                        // "the State Department", "State Department figures": a
                        // capitalised verb inside a name.
                        || (t.is_capitalised(end)
                            && (end > from || t.word_is(from.wrapping_sub(1), "to"))
                            && t.is_capitalised(end + 1)
                            && t.get(end + 1).is_some_and(|x| x.is_word())
                            && t.verb(end + 1).is_none()))
            }
            crate::analysis::text::tokens::TokenKind::Number => !tok.space_before,
            crate::analysis::text::tokens::TokenKind::Punct => {
                matches!(t.punct(end), Some('.' | '-' | '&' | '\'' | '’'))
                    && !tok.space_before
                    && t.get(end + 1).is_some_and(|n| !n.space_before)
                    // "said Mr. Bloggs", "said Gov. Greg Abbott".
                    || (t.punct(end) == Some('.')
                        && !tok.space_before
                        && end > from
                        && t.word_in(end - 1, TITLE_ABBREVIATIONS)
                        && t.is_capitalised(end + 1))
                    || (t.punct(end) == Some('&') && end > from && t.is_capitalised(end + 1))
            }
            crate::analysis::text::tokens::TokenKind::Opaque => true,
        };
        if !ok {
            break;
        }
        end += 1;
        taken += 1;
    }
    // "in a statement" after a source is not part of it.
    while end > from && t.word_in(end - 1, INNER) {
        end -= 1;
    }
    trim_source(t, from, end)
}

pub(super) fn trim_source(
    t: &Tokens<'_>,
    mut start: usize,
    mut end: usize,
) -> Option<(usize, usize)> {
    let skip_joiners = |start: &mut usize| {
        while *start < end
            && (t.word_in(*start, &["of", "for", "at", "with", "in", "on", "and", "&"])
                || t.punct(*start).is_some())
        {
            *start += 1;
        }
    };
    skip_joiners(&mut start);
    // "On Sunday evening the fire service said": the time leads the sentence, the source
    // follows it.
    let after_time = time_lead_end(t, start, end);
    // (The word before `start` may be the "On" the loop above skipped.)
    if after_time > start && after_time < end {
        start = after_time;
        skip_joiners(&mut start);
    }
    while end > start
        && (t.word_in(
            end - 1,
            &[
                "of", "for", "at", "with", "in", "on", "and", "the", "a", "an", "&",
            ],
        ) || matches!(t.punct(end - 1), Some('-' | '&')))
    {
        end -= 1;
    }
    let content = (start..end)
        .any(|i| t.get(i).is_some_and(|x| x.is_word()) && !t.word_in(i, &["the", "a", "an"]));
    content.then_some((start, end))
}

/// The end of a time phrase leading a source at `start` ("On Sunday evening the fire
/// service", "By Monday the ministry", "last night the council"), or `start` when there is
/// none. Only with a preposition before it (else "On" was already skipped: the caller looks
/// at the word before) or a determiner after it, so "Sunday Times" stays a name.
pub(super) fn time_lead_end(t: &Tokens<'_>, start: usize, end: usize) -> usize {
    const DAYS: &[&str] = &["yesterday", "today", "tonight"];
    const PARTS: &[&str] = &["morning", "afternoon", "evening", "night"];
    const BEFORE: &[&str] = &["on", "by", "since", "until", "from"];
    const DETERMINERS: &[&str] = &["the", "a", "an", "its", "his", "her", "their", "our"];
    // Every word a time lead can open on (BEFORE, the weekdays, DAYS, "last", "this",
    // "the", PARTS): most sources open on none, and one list test turns them away.
    const OPENERS: &[&str] = &[
        "on",
        "by",
        "since",
        "until",
        "from",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "yesterday",
        "today",
        "tonight",
        "last",
        "this",
        "the",
        "morning",
        "afternoon",
        "evening",
        "night",
    ];
    if !t.word_in(start, OPENERS) {
        return start;
    }
    let mut k = start;
    let mut introduced = start > 0 && t.word_in(start - 1, BEFORE);
    if t.word_in(k, BEFORE) {
        introduced = true;
        k += 1;
    }
    if t.word_in(k, nouns::WEEKDAYS) || t.word_in(k, DAYS) {
        k += 1;
        if k < end && t.word_in(k, PARTS) {
            k += 1;
        }
    } else if t.word_in(k, &["last", "this"]) && k + 1 < end && t.word_in(k + 1, PARTS) {
        k += 2;
    } else if (introduced || start > 0 && t.word_in(start - 1, &["in", "during"]))
        && t.word_is(k, "the")
        && k + 1 < end
        && t.word_in(k + 1, PARTS)
    {
        // "By the evening the fire service said", "In the morning the council said"; not
        // "The Evening Standard said", with no preposition before it.
        return k + 2;
    } else if t.word_in(k, PARTS) && k > 0 && t.word_in(k - 1, &["last", "this"]) {
        // "Last night the council said": the walk back to the source stopped at "Last".
        introduced = true;
        k += 1;
    } else {
        return start;
    }
    if introduced || t.word_in(k, DETERMINERS) {
        k
    } else {
        start
    }
}

/// True when token `k` ends the clause a source sits in: punctuation, the sentence end, or a
/// word that opens an adverbial ("said the ministry on Monday", "the ministry said in a
/// statement").
pub(super) fn ends_clause(t: &Tokens<'_>, k: usize, end: usize) -> bool {
    k >= end
        || matches!(
            t.punct(k),
            Some('.' | ',' | ';' | ':' | '!' | '?' | ')' | '(' | '”' | '"' | '’' | '—' | '–')
        )
        // "said the ministry on Monday", not "puts Labour on 44 per cent".
        || (t.word_in(k, &["on", "in", "at"])
            && !t.get(k + 1).is_some_and(|x| x.is_number())
            && !matches!(t.punct(k + 1), Some('$' | '£' | '€' | '¥' | '₹'))
            // "said arrivals on work visas had fallen": a plain noun after the preposition
            // belongs to the clause said, not to a time or place of saying.
            && !(t.get(k + 1).is_some_and(|x| x.is_word())
                && !t.is_capitalised(k + 1)
                && !t.word_in(k + 1, cues::CALENDAR_WORDS)
                && !t.word_in(
                    k + 1,
                    &[
                        "a", "an", "the", "its", "his", "her", "their", "our", "this", "that",
                        "condition", "behalf", "response", "reply", "private", "public",
                        "writing", "person", "court", "parliament",
                    ],
                )
                && !nouns::is_stop(&lookup::lower(t.text_of(k + 1)))))
        || t.word_in(
            k,
            &[
                "last",
                "this",
                "yesterday",
                "today",
                "tonight",
                "earlier",
                "late",
                "later",
                "after",
                "when",
                "while",
                "as",
                "adding",
                "citing",
                "according",
                "during",
                "before",
                "separately",
                "previously",
                "also",
            ],
        )
        || t.word_in(k, cues::CALENDAR_WORDS) && t.is_capitalised(k)
}

/// Steps back over a bracketed gloss ending right before `before`: "the finance ministry
/// (財務省) said", "the Office for National Statistics (ONS), which ...". `None` for an
/// unmatched bracket.
pub(super) fn skip_gloss(t: &Tokens<'_>, before: usize, start: usize) -> Option<usize> {
    if before > start && t.punct(before - 1) == Some(')') {
        return (start..before - 1).rev().find(|&k| t.punct(k) == Some('('));
    }
    Some(before)
}

/// The subject before a verb at `i`: "the ministry said", "Toyota Motor (トヨタ自動車) said",
/// "The report, which found ..." (the antecedent of a relative pronoun).
pub(super) fn subject_before(t: &Tokens<'_>, i: usize, start: usize) -> Option<(usize, usize)> {
    let before = skip_gloss(t, i, start)?;
    // "The report, which found ...": the relative pronoun stands for the noun before it.
    let mut pronoun = before;
    while pronoun > start && t.word_in(pronoun - 1, BETWEEN_SUBJECT_AND_VERB) {
        pronoun -= 1;
    }
    if pronoun >= start + 2
        && t.word_in(pronoun - 1, &["which", "who"])
        && t.punct(pronoun - 2) == Some(',')
    {
        return source_before(t, pronoun - 2, start);
    }
    // "The figures, released on Thursday, also showed": an adverb between the verb and the
    // comma closing a participial phrase or an apposition; the subject is before the phrase.
    if pronoun < before && pronoun > start && t.punct(pronoun - 1) == Some(',') {
        return subject_before_comma(t, pronoun - 1, start);
    }
    source_before(t, before, start)
}

/// The source of a verb after a comma or a quotation: inverted (", said the ministry.",
/// "“...,” said Mr Smith"), else the subject before an apposition or a relative clause
/// ("Robert Gardner, Nationwide's chief economist, said prices ...").
pub(super) fn inverted_source(
    t: &Tokens<'_>,
    i: usize,
    cue_end: usize,
    lemma: &str,
    start: usize,
    end: usize,
) -> Option<(usize, usize)> {
    // The object of "told" is an audience ("told investors", "told the BBC"), and that of
    // "put" the thing measured ("puts Labour on 44 per cent"): never a source.
    if !matches!(lemma, "tell" | "put")
        && let Some(source) = source_after(t, cue_end, end)
        && ends_clause(t, source.1, end)
    {
        return Some(source);
    }
    if i > start && t.punct(i - 1) == Some(',') {
        return subject_before_comma(t, i - 1, start);
    }
    None
}

/// Skips one comma-delimited segment before `comma` and returns the subject it interrupts:
/// an apposition ("Robert Gardner, Nationwide's chief economist,"; "The council's housing
/// director, Paul Grant," where the name is the source), a relative clause ("Harlow Brands,
/// which reported revenue of $1.2bn,") or a participial or prepositional phrase ("A survey
/// by the BRC, published on Monday,").
pub(super) fn subject_before_comma(
    t: &Tokens<'_>,
    comma: usize,
    start: usize,
) -> Option<(usize, usize)> {
    subject_before_comma_at(t, comma, start, 0)
}

pub(super) fn subject_before_comma_at(
    t: &Tokens<'_>,
    comma: usize,
    start: usize,
    depth: usize,
) -> Option<(usize, usize)> {
    // The comma opening the segment, stepping over bracketed glosses inside it.
    let mut k = comma;
    let open = loop {
        if k <= start {
            return None;
        }
        k -= 1;
        match t.punct(k) {
            Some(')') => k = skip_gloss(t, k + 1, start)?,
            Some(',' | ';' | ':' | '“' | '”' | '"' | '(' | '—' | '–') => break k,
            _ => {}
        }
    };
    if t.punct(open) != Some(',') || open + 1 >= comma {
        return None;
    }
    let seg = open + 1;
    let subject = skip_gloss(t, open, start).and_then(|before| source_before(t, before, start));
    let subject = subject.filter(|s| {
        (start..s.0).all(|k| t.word_in(k, SENTENCE_LINKS))
            || matches!(
                t.punct(s.0 - 1),
                Some(',' | '“' | '”' | '"' | '—' | '–' | ':' | '(')
            )
            // A wire dateline's spaced hyphen: "LONDON, Oct 8 (Reuters) - Harcourts, ...".
            || (t.punct(s.0 - 1) == Some('-') && !t.attached(s.0 - 1) && !t.attached(s.0))
    });
    // "Sen. Rand Paul, R-Ky., who led ...": a party and state tag is no subject; the name
    // before it is.
    let party_tag = |k: usize| {
        matches!(t.text_of(k), "R" | "D" | "I")
            && t.punct(k + 1) == Some('-')
            && t.attached(k + 1)
            && t.attached(k + 2)
    };
    let subject = subject.filter(|s| !party_tag(s.0));
    let first = lookup::lower(t.text_of(seg));
    let interrupting = t.word_in(seg, &["which", "who", "whose", "where"])
        || (t.word_in(
            seg,
            &[
                "in", "on", "at", "during", "after", "before", "speaking", "writing", "like",
                "unlike", "despite", "however", "from", "of", "for", "with", "without", "by",
            ],
        ) && seg + 1 < comma)
        || (!t.is_capitalised(seg) && t.get(seg).is_some_and(|x| x.is_word()) && {
            first.ends_with("ed") && first.len() > 4
        });
    // "Mr Smith, 52, said": an age; "Sen. Rand Paul, R-Ky., said": a party and state.
    let age = comma == seg + 1 && t.get(seg).is_some_and(|x| x.is_number())
        || t.word_is(seg, "aged")
        || (party_tag(seg) && comma <= seg + 6);
    // "Ms Revie, 52, who founded the charity, said": one skipped phrase after another.
    let earlier = || {
        (depth < 3 && subject.is_none())
            .then(|| subject_before_comma_at(t, open, start, depth + 1))
            .flatten()
    };
    if interrupting || age {
        // "Jane Fox, chief economist at the ONS, which publishes the figures, told": the
        // person whose role the subject is.
        let named = subject
            .filter(|s| {
                s.0 > start
                    && t.punct(s.0 - 1) == Some(',')
                    && head_in(t, s.0, s.1, cues::PERSON_WORDS)
            })
            .and_then(|s| source_before(t, s.0 - 1, start))
            .filter(|n| is_name(t, n.0, n.1));
        return named.or(subject).or_else(earlier);
    }
    // An apposition: a noun phrase filling the whole segment.
    let before_comma = skip_gloss(t, comma, seg)?;
    let Some(apposition) =
        source_before(t, before_comma, seg).filter(|s| s.0 == seg && s.1 == before_comma)
    else {
        // A description that runs on past its noun ("One victim, a retired teacher from
        // Ohio who asked not to be named, told the court"): still an apposition when it
        // opens with a determiner, and the subject before it speaks.
        let described = t.word_in(
            seg,
            &["a", "an", "the", "his", "her", "their", "its", "our", "one"],
        ) && (seg..comma).all(|k| t.verb(k).is_none());
        return if described { subject } else { None };
    };
    if is_name(t, apposition.0, apposition.1) {
        return Some(apposition);
    }
    subject.or_else(earlier)
}
