//! A source must be a speaker: a noun phrase that can say, publish or count. Every cue a
//! pattern finds passes [`vet`], which rejects a source that is a unit, a number phrase, a
//! verb phrase, a bare noun for data or a thing that cannot count, and mends one cut short
//! (a joint name, data published later in the sentence by someone). Each decision is a
//! named rule of [`super::source_rules`].

use crate::analysis::attribution::grades::grade_of;
use crate::analysis::attribution::sentence::Cue;
use crate::analysis::attribution::source_phrase::{
    source_after, subject_before, subject_before_comma,
};
use crate::analysis::attribution::source_rules as S;
use crate::analysis::attribution::words::AGENT_PARTICIPLES;
use crate::analysis::figures::numbers::is_number_word;
use crate::analysis::rules::Rule;
use crate::analysis::text::cues;
use crate::analysis::text::lookup;
use crate::analysis::text::span::Span;
use crate::analysis::text::tokens::Tokens;

/// Units a figure is counted in: never a source ("About 45 percent said").
const UNITS: &[&str] = &[
    "percent",
    "per",
    "cent",
    "pct",
    "points",
    "point",
    "pounds",
    "dollars",
    "euros",
    "pence",
    "cents",
    "miles",
    "kilometres",
    "kilometers",
    "metres",
    "meters",
    "tonnes",
    "tons",
];

/// Plain nouns for data: with nobody behind them ("New numbers show") they name no source.
const DATA_ALONE: &[&str] = &[
    "numbers",
    "figures",
    "data",
    "statistics",
    "stats",
    "results",
];

/// Words that make a bare data noun someone's: "the figures" point back to a source named
/// earlier; "its figures", "these figures" too.
const DETERMINERS_BACK: &[&str] = &["the", "these", "those", "its", "their", "his", "her", "our"];

/// Verbs of promising money: before an amount they are the act, not a report of it.
const PLEDGES: &[&str] = &["pledge", "promise", "donate", "give", "commit"];

/// Checks the source of `cue` in the sentence ending at token `end`: the cue, perhaps with its
/// source mended, or the rule that rejects it.
pub(super) fn vet(
    t: &Tokens<'_>,
    mut cue: Cue,
    (start, end): (usize, usize),
) -> Result<Cue, &'static Rule> {
    let a = &cue.attribution;
    let s0 = t.index_at(a.source_span.start);
    // "have been reported": a perfect passive names nobody, not even as a hedge.
    // ("has been claimed by a group" names its agent: still the hedge it was.)
    if t.word_in(s0, &["been", "being", "be"]) && !t.word_is(t.index_at(a.cue_span.end), "by") {
        return Err(&S::NOT_A_VERB_PHRASE);
    }
    // A hedge ("reportedly", "were reported") is its own source: nothing more to vet.
    if a.source_span == a.cue_span {
        return Ok(cue);
    }
    let s1 = t.index_at(a.source_span.end);
    if s1 <= s0 {
        return Ok(cue);
    }
    // The source's last word.
    let Some(last) = (s0..s1)
        .rev()
        .find(|&k| t.get(k).is_some_and(|x| x.is_word()))
    else {
        return Ok(cue);
    };
    if s1 == s0 + 1 && t.word_in(s0, cues::PRONOUNS) && pronoun_of_figure(t, s0, start) {
        return Err(&S::PRONOUN_OF_FIGURE);
    }
    if s0 > cue.at
        && cue
            .attribution
            .rules
            .contains(crate::analysis::attribution::verb_rules::SAID_AFTER.id)
        && reported_clause(t, s0, s1)
    {
        // "Robert Gardner, Nationwide's chief economist, said affordability remained ...":
        // the speaker is the subject the apposition interrupts.
        let before = (cue.at > start && t.punct(cue.at - 1) == Some(','))
            .then(|| subject_before_comma(t, cue.at - 1, start))
            .flatten();
        return match before {
            Some(subject) => {
                set_source(t, &mut cue, subject, &S::CLAUSE_NOT_SPEAKER);
                Ok(cue)
            }
            None => Err(&S::CLAUSE_NOT_SPEAKER),
        };
    }
    if let Some(poll) = poll_of_people(t, s0, start) {
        // "The RICS's monthly survey of its members found": the survey, not its members.
        set_source(t, &mut cue, (poll, s1), &S::POLL_NOT_PLACE);
        return Ok(cue);
    }
    if (s0 + 1..s1).any(|k| noun_after_determiner(t, k)) {
        cue.attribution.rules.push(&S::NOUN_AFTER_DETERMINER);
    }
    if pledged_amount(t, &cue) && described(t, s0, s1) {
        return Err(&S::NOT_PLEDGED_AMOUNT);
    }
    if t.word_in(last, UNITS) && !(s0..s1).any(|k| k > s0 && t.is_capitalised(k)) {
        return Err(&S::NOT_A_UNIT);
    }
    if number_phrase(t, s0, s1, start) {
        return Err(&S::NOT_A_NUMBER_PHRASE);
    }
    if relative_thing(t, &cue, s0, s1) {
        return Err(&S::RELATIVE_NOT_SPEAKER);
    }
    if let Some(name) = whole_name(t, s1, end) {
        set_source(t, &mut cue, (s0, name), &S::WHOLE_NAME);
        return Ok(cue);
    }
    if let Some(first) = whole_name_before(t, s0, start) {
        // "Reuters/Ipsos surveyed 4,385 adults": the walk back stopped at the slash.
        set_source(t, &mut cue, (first, s1), &S::WHOLE_NAME);
        return Ok(cue);
    }
    if data_alone(t, s0, s1) {
        return match later_agent(t, s1, end) {
            Some((_, true)) => Ok(cue),
            Some((agent, false)) => {
                // The whole phrase, "figures published on Thursday by the JCQ": the data and
                // who published them.
                set_source(t, &mut cue, (s0, agent.1), &S::DATA_AGENT_LATER);
                // Still a document, now with its publisher named.
                cue.attribution.grade = crate::analysis::figures::claims::Grade::Document;
                Ok(cue)
            }
            // "the figures", "its data shows": data named earlier, pointed back to.
            None if !(t.word_in(s0, DETERMINERS_BACK)
                || s0 > 0 && t.word_in(s0 - 1, DETERMINERS_BACK)) =>
            {
                Err(&S::NOT_DATA_ALONE)
            }
            None => Ok(cue),
        };
    }
    Ok(cue)
}

/// "About 61 percent said they expected ...": a pronoun opening the clause reported by a
/// verb of saying whose subject is the figure itself stands for the figure's people.
fn pronoun_of_figure(t: &Tokens<'_>, s0: usize, start: usize) -> bool {
    let mut verb = s0;
    if verb > start && t.word_is(verb - 1, "that") {
        verb -= 1;
    }
    if !(verb > start
        && t.word_in(
            verb - 1,
            &["said", "say", "says", "told", "thought", "think"],
        ))
    {
        return false;
    }
    let verb = verb - 1;
    (verb.saturating_sub(3).max(start)..verb).any(|k| {
        t.get(k).is_some_and(|x| x.is_number()) || t.punct(k) == Some('%') || t.word_in(k, UNITS)
    })
}

/// Words that make the words after an inverted "said" a clause, not a speaker: a finite
/// verb ("affordability remained", "prices were").
const FINITE: &[&str] = &[
    "was", "were", "is", "are", "has", "had", "have", "remained", "remains", "rose", "fell",
    "grew", "stood", "would", "will", "could", "can", "may", "might", "should",
];

/// True when tokens `[s0, s1)`, after an inverted verb of saying, are the reported clause:
/// a lower-case subject followed by a finite verb ("affordability remained").
fn reported_clause(t: &Tokens<'_>, s0: usize, s1: usize) -> bool {
    !t.is_capitalised(s0)
        && !t.word_in(s0, &["the", "a", "an"])
        && (s0 + 1..s1).any(|k| {
            t.word_in(k, FINITE)
                || (t.text_of(k).ends_with("ed")
                    && !t.is_capitalised(k)
                    && t.get(k - 1).is_some_and(|x| x.is_word())
                    && !t.text_of(k - 1).ends_with("ly")
                    && !t.word_in(k - 1, DETERMINERS_BACK))
        })
}

/// "The RICS's monthly survey of its members found": a source that is the people a
/// survey, poll or study asked ("of its members", "of Scottish voters"); returns the start
/// of the survey's own noun phrase.
fn poll_of_people(t: &Tokens<'_>, s0: usize, start: usize) -> Option<usize> {
    let mut of = s0.checked_sub(1)?;
    if of > start && t.word_in(of, DETERMINERS_BACK) {
        of -= 1;
    }
    // "a survey of 2,000 of its members": the sample's size between the two.
    if of >= start + 3
        && t.word_is(of, "of")
        && t.get(of - 1).is_some_and(|x| x.is_number())
        && t.word_is(of - 2, "of")
    {
        of -= 2;
    }
    if !(of > start && t.word_is(of, "of") && t.word_in(of - 1, POLL_NOUNS)) {
        return None;
    }
    subject_before(t, of, start).map(|(p0, _)| p0)
}

/// Documents that ask people: what follows their "of" is who was asked.
const POLL_NOUNS: &[&str] = &["survey", "poll", "study", "census", "canvass"];

/// "the state Department of Finance": a verb-like word in base form after a determiner,
/// followed by a word, is a noun.
fn noun_after_determiner(t: &Tokens<'_>, k: usize) -> bool {
    t.word_in(k - 1, &["the", "a", "an", "its", "their", "this"])
        && !t.is_capitalised(k)
        && t.get(k + 1).is_some_and(|x| x.is_word())
        // The lexer's annotation: `cues::verb` of the lower-cased word, without hashing it.
        && t.verb(k).is_some_and(|v| v.form == cues::VerbForm::Base)
}

/// "pledges £150m": a verb of promising right before an amount.
fn pledged_amount(t: &Tokens<'_>, cue: &Cue) -> bool {
    if !PLEDGES.contains(&cue.attribution.cue.as_str()) {
        return false;
    }
    let next = t.index_at(cue.attribution.cue_span.end);
    matches!(t.punct(next), Some('$' | '£' | '€' | '¥' | '₹'))
        || t.get(next).is_some_and(|x| x.is_number())
}

/// "Billionaire alumnus": a description with neither a name nor a determiner, as headlines
/// write a pledger nobody has named ("Spain has pledged 20 howitzers" credits Spain).
fn described(t: &Tokens<'_>, s0: usize, s1: usize) -> bool {
    !(s0 + 1..s1).any(|k| t.is_capitalised(k))
        && !t.word_in(s0, &["the", "a", "an", "its", "their", "his", "her", "our"])
        && !super::source_phrase::is_acronym(t.text_of(s0))
        && s1 > s0 + 1
}

/// "Nearly eight of 10 voters", "Two in three adults": a number (in digits or words) counting
/// the source's members, outside a name ("G7", "Covid-19").
fn number_phrase(t: &Tokens<'_>, s0: usize, s1: usize, start: usize) -> bool {
    // "six in 10 independents said", "41% of Labour's 2024 voters said": the walk back
    // stopped at the number counting the source.
    let counted = s0 >= 2
        && t.get(s0 - 1).is_some_and(|x| x.is_number())
        && !t.is_capitalised(s0)
        && !t.word_in(s0, DETERMINERS_BACK)
        && ((s0 >= 3
            && t.word_in(s0 - 2, &["in", "of", "out"])
            && t.get(s0 - 3).is_some_and(|x| {
                x.is_number() || is_number_word(&lookup::lower(t.text_of(s0 - 3)))
            }))
            || (crate::analysis::attribution::sentence::is_time_number(t, s0 - 1)
                && (t.text_of(s0 - 2).ends_with("'s") || t.text_of(s0 - 2).ends_with("’s"))));
    // "42% of firms expect", "Some 42 percent of firms expect": the share's people.
    let share_of = s0 >= start + 2
        && t.word_is(s0 - 1, "of")
        && (t.punct(s0 - 2) == Some('%')
            || t.word_in(s0 - 2, &["percent", "cent", "pct"])
            || (t.get(s0 - 2).is_some_and(|x| x.is_number()) && !is_time_number_at(t, s0 - 2)));
    let unit_of = t.word_in(s0, UNITS) && t.word_is(s0 + 1, "of");
    // "$2.7 billion above forecast": a scale word is the figure's own.
    let scale = t.word_in(
        s0,
        &[
            "million", "billion", "trillion", "thousand", "bn", "m", "tn",
        ],
    );
    counted
        || scale
        || share_of
        || unit_of
        || (s0..s1).any(|k| {
            // The cheap test first: most words of a source precede no "of" (and the word
            // test lower-cases the word).
            if !t.word_in(k + 1, &["of", "in", "out"]) {
                return false;
            }
            let spaced = !t.attached(k) && t.get(k + 1).is_none_or(|n| n.space_before);
            let number = t.get(k).is_some_and(|x| x.is_number()) && spaced;
            number
                || t.get(k).is_some_and(|x| x.is_word())
                    && !(t.is_capitalised(k) && k > s0)
                    && (is_number_word(&lookup::lower(t.text_of(k)))
                        // "Half of retailers expect ...", "A quarter of voters said".
                        || t.word_in(k, FRACTION_WORDS))
        })
}

/// A year or a day after its month: "In 2023 of ..." places, it does not count.
fn is_time_number_at(t: &Tokens<'_>, k: usize) -> bool {
    crate::analysis::attribution::sentence::is_time_number(t, k)
}

/// Fractions in words that count a source's members: "Half of retailers".
const FRACTION_WORDS: &[&str] = &[
    "half", "quarter", "quarters", "third", "thirds", "fifth", "fifths", "tenth", "tenths",
];

/// "The boats, which found 300 migrants": the antecedent of a relative data verb is no
/// person, organisation, document or name, so it cannot count.
fn relative_thing(t: &Tokens<'_>, cue: &Cue, s0: usize, s1: usize) -> bool {
    let at = cue.at;
    let relative = at >= 2 && t.word_in(at - 1, &["which", "that"]) && t.punct(at - 2) == Some(',');
    if !relative {
        return false;
    }
    let named = (s0..s1).any(|k| (k > s0 && t.is_capitalised(k)) || t.word_in(k, cues::PRONOUNS));
    let head = crate::analysis::attribution::grades::head_of(t, s0, s1)
        .map(|h| lookup::lower(t.text_of(h)).into_owned());
    let speaks = head.as_deref().is_some_and(|h| {
        let lemma = crate::analysis::text::nouns::lemma(h);
        lookup::in_list(cues::DOCUMENT_NOUNS, h)
            || lookup::in_list(cues::PERSON_WORDS, h)
            || lookup::in_list(cues::ORGANISATION_WORDS, h)
            || lookup::in_list(cues::VAGUE_NOUNS, h)
            || cues::PERSON_WORDS.contains(&lemma.as_str())
            || cues::ORGANISATION_WORDS.contains(&lemma.as_str())
    });
    !named && !speaks
}

/// "a New York Times/Siena College poll": a name joined to the source by a slash, and the
/// document noun closing both. Returns the new end.
fn whole_name(t: &Tokens<'_>, s1: usize, end: usize) -> Option<usize> {
    if !(t.punct(s1) == Some('/')
        && t.attached(s1)
        && t.attached(s1 + 1)
        && t.is_capitalised(s1 + 1))
    {
        return None;
    }
    let mut k = s1 + 1;
    while k < end && (t.is_capitalised(k) || t.punct(k) == Some('/') && t.attached(k)) {
        k += 1;
    }
    if k < end && t.word_in(k, cues::DOCUMENT_NOUNS) {
        k += 1;
    }
    Some(k)
}

/// "Reuters/Ipsos surveyed": capitalised names joined to the source's first word by
/// attached slashes. Returns the new start.
fn whole_name_before(t: &Tokens<'_>, s0: usize, start: usize) -> Option<usize> {
    let mut k = s0;
    while k >= start + 2
        && t.punct(k - 1) == Some('/')
        && t.attached(k - 1)
        && t.attached(k)
        && t.is_capitalised(k - 2)
    {
        k -= 2;
    }
    (k < s0 && t.is_capitalised(s0)).then_some(k)
}

/// A bare data noun: one of [`DATA_ALONE`] with at most words of time before it ("New
/// numbers", "figures", "Latest data"), so nobody, not even "council" or "official", is
/// behind it.
fn data_alone(t: &Tokens<'_>, s0: usize, s1: usize) -> bool {
    const BARE: &[&str] = &[
        "the",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "new",
        "fresh",
        "latest",
        "recent",
        "more",
        "further",
        "separate",
        "additional",
    ];
    s1 > s0 && t.word_in(s1 - 1, DATA_ALONE) && (s0..s1 - 1).all(|k| t.word_in(k, BARE))
}

/// "figures published on Thursday by the JCQ": the agent after a publishing participle and a
/// short adverbial, before any punctuation.
/// True with the agent when "by" follows the participle at once ("figures published by NHS
/// England"), where the prepositional cue already names the publisher.
fn later_agent(t: &Tokens<'_>, s1: usize, end: usize) -> Option<((usize, usize), bool)> {
    let stop = (s1..(s1 + 8).min(end))
        .find(|&k| t.punct(k).is_some())
        .unwrap_or((s1 + 8).min(end));
    let participle = (s1.saturating_sub(1)..stop).find(|&k| t.word_in(k, AGENT_PARTICIPLES))?;
    let by = (participle + 1..stop).find(|&k| t.word_is(k, "by"))?;
    source_after(t, by + 1, end).map(|agent| (agent, by == participle + 1))
}

/// Moves `cue`'s source to tokens `[s0, s1)`, regrades it and records `rule`.
fn set_source(t: &Tokens<'_>, cue: &mut Cue, (s0, s1): (usize, usize), rule: &'static Rule) {
    let Some((first, last)) = t.get(s0).zip(t.get(s1.saturating_sub(1))) else {
        return;
    };
    let span = Span::new(first.span.start, last.span.end);
    let a = &mut cue.attribution;
    a.source_span = span;
    a.source = crate::analysis::attribution::sentence::one_spaced(span.of(t.text)).into();
    a.grade = grade_of(t, s0, s1);
    a.rules.push(rule);
}
