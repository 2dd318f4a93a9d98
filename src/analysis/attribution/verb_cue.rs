//! The verb cue: a verb of saying, estimating or showing with its subject or object as the
//! source. What used to be one long cascade is an ordered list of named steps
//! ([`STEPS`]), each a rule of [`super::verb_rules`] that either finds the cue, rejects the
//! verb as no cue, or passes to the next step; the last step finds the speaker.

use crate::analysis::attribution::grades::*;
use crate::analysis::attribution::sentence::*;
use crate::analysis::attribution::source_phrase::*;
use crate::analysis::attribution::verb_rules as V;
use crate::analysis::attribution::words::*;
use crate::analysis::figures::claims::Grade;
use crate::analysis::rules::Rule;
use crate::analysis::text::cues::{self, VerbClass, VerbCue, VerbForm};
use crate::analysis::text::lookup;
use crate::analysis::text::nouns;
use crate::analysis::text::tokens::Tokens;

/// A reporting verb at token `i` of the sentence `[start, end)`, with what the steps share.
pub(super) struct At<'a, 't> {
    t: &'a Tokens<'t>,
    i: usize,
    lower: &'a str,
    start: usize,
    end: usize,
    verb: VerbCue,
    /// One past the cue's last token ("pointed out" takes two).
    cue_end: usize,
    /// The word before the verb, inside the sentence.
    prev: Option<usize>,
}

impl At<'_, '_> {
    /// True when the word before the verb, lower-cased, is in `words` (ASCII words: no word
    /// that is not ASCII lower-cases to one of them).
    fn prev_in(&self, words: &'static [&'static str]) -> bool {
        self.prev.is_some_and(|p| self.t.word_in(p, words))
    }
}

/// What one step decides.
pub(super) enum Step {
    /// Not this step's case: the next step decides.
    Next,
    /// The verb is no cue here, by this rule.
    No(&'static Rule),
    /// The step's case: the cue it makes (none when no source phrase was found), by this rule.
    Found(Option<Cue>, &'static Rule),
}

/// The steps, in order: the first that does not pass decides.
const STEPS: &[fn(&At<'_, '_>) -> Step] = &[
    hyphenated_participle,
    states_noun,
    participle_adjective,
    noun_after_relative,
    reduced_passive,
    conceded_goals,
    point_without_out,
    noun_after_determiner,
    noun_after_preposition,
    after_to,
    counted_expected_to,
    data_agent,
    participle_at,
    passive_hedge,
    participle_hedge,
    shared_subject,
    condition,
    put_on_share,
    needs_clause,
    clause_only,
    speaker,
];

/// The cue of the verb at token `i`, if it is one; `rejected` receives the rule that
/// rejected it, if one did.
pub(super) fn verb_cue(
    t: &Tokens<'_>,
    i: usize,
    lower: &str,
    start: usize,
    end: usize,
    rejected: &mut Option<&'static Rule>,
) -> Option<Cue> {
    // The lexer's annotation: `cues::verb(lower)` without hashing the word again.
    let verb = t.verb(i)?;
    let point_out = verb.lemma == "point out" && t.word_is(i + 1, "out");
    let prev = i.checked_sub(1).filter(|p| *p >= start);
    let at = At {
        t,
        i,
        lower,
        start,
        end,
        verb,
        cue_end: if point_out { i + 2 } else { i + 1 },
        prev,
    };
    for step in STEPS {
        match step(&at) {
            Step::Next => {}
            Step::No(rule) => {
                *rejected = Some(rule);
                return None;
            }
            Step::Found(cue, rule) => return cue.map(|c| c.by(rule)),
        }
    }
    None
}

fn no_if(reject: bool, rule: &'static Rule) -> Step {
    if reject { Step::No(rule) } else { Step::Next }
}

/// "self-reported", "under-reported", "long-predicted": a hyphenated participle is an
/// adjective, with nobody reporting.
fn hyphenated_participle(a: &At<'_, '_>) -> Step {
    let (t, i) = (a.t, a.i);
    no_if(
        i > a.start && t.punct(i - 1) == Some('-') && t.attached(i),
        &V::NOT_HYPHENATED,
    )
}

/// "the United States", "across six states, making it ...", "other states": "states" is far
/// more often the noun; the verb reports only before "that", a colon or a quotation ("The
/// report states that ...").
fn states_noun(a: &At<'_, '_>) -> Step {
    let (t, i) = (a.t, a.i);
    no_if(
        a.lower == "states"
            && !(t.word_is(i + 1, "that") || matches!(t.punct(i + 1), Some(':' | '“' | '"'))),
        &V::NOT_STATES,
    )
}

/// "half of pledged equipment", "the promised jets": a participle between a determiner or
/// preposition and its noun is an adjective.
fn participle_adjective(a: &At<'_, '_>) -> Step {
    let (t, i) = (a.t, a.i);
    no_if(
        a.verb.form == VerbForm::Past
            && i > a.start
            && t.word_in(
                i - 1,
                &["of", "the", "a", "an", "its", "their", "his", "her", "for"],
            )
            && t.get(i + 1).is_some_and(|x| x.is_word())
            && !t.is_capitalised(i + 1)
            && !nouns::is_stop(&lookup::lower(t.text_of(i + 1))),
        &V::NOT_PARTICIPLE_ADJECTIVE,
    )
}

/// "X, which tracks aid pledges, estimates ...": after a relative pronoun and its verb, the
/// "-s" word ends the object's noun, not a verb.
fn noun_after_relative(a: &At<'_, '_>) -> Step {
    let (t, i) = (a.t, a.i);
    no_if(
        a.lower.ends_with('s')
            && i >= a.start + 3
            && t.word_in(i - 3, &["which", "that", "who"])
            && t.text_of(i - 2).ends_with('s')
            && !t.is_capitalised(i - 2)
            && t.get(i - 1).is_some_and(|x| x.is_word())
            && !t.is_capitalised(i - 1),
        &V::NOT_OBJECT_NOUN,
    )
}

/// "the 24 jets promised by the Netherlands": a reduced passive names its agent.
fn reduced_passive(a: &At<'_, '_>) -> Step {
    let (t, i, verb) = (a.t, a.i, a.verb);
    if verb.form == VerbForm::Past
        && verb.class != VerbClass::Data
        && i > a.start
        && t.get(i - 1).is_some_and(|x| x.is_word())
        && !t.is_capitalised(i - 1)
        && t.is_plural_noun(i - 1)
        && t.word_is(i + 1, "by")
        && let Some(agent) = source_after(t, i + 2, a.end)
    {
        return Step::Found(
            make(t, agent, (i, i + 2), verb.lemma, i),
            &V::REDUCED_PASSIVE,
        );
    }
    Step::Next
}

/// "his side had conceded 48 goals", "conceded a penalty": a team concedes goals, not a
/// point in an argument.
fn conceded_goals(a: &At<'_, '_>) -> Step {
    let (t, i) = (a.t, a.i);
    no_if(
        a.verb.lemma == "concede"
            && (t.get(i + 1).is_some_and(|x| x.is_number())
                || t.word_in(
                    i + 1,
                    &[
                        "a",
                        "an",
                        "goals",
                        "defeat",
                        "penalties",
                        "twice",
                        "late",
                        "early",
                    ],
                )),
        &V::NOT_CONCEDED_GOALS,
    )
}

/// "point" reports only as "point out".
fn point_without_out(a: &At<'_, '_>) -> Step {
    no_if(
        a.verb.lemma == "point out" && a.cue_end == a.i + 1,
        &V::NOT_POINT,
    )
}

/// "an estimated 300", "the reported figures", "the Bank's latest forecast": adjectives and
/// nouns, not verbs.
fn noun_after_determiner(a: &At<'_, '_>) -> Step {
    let t = a.t;
    no_if(
        a.prev.is_some_and(|p| {
            t.word_in(
                p,
                &[
                    "a",
                    "an",
                    "the",
                    "this",
                    "that",
                    "its",
                    "their",
                    "his",
                    "her",
                    "our",
                    "my",
                    "latest",
                    "new",
                    "recent",
                    "own",
                    "official",
                    "annual",
                    "monthly",
                    "quarterly",
                    "weekly",
                    "daily",
                    "final",
                    "previous",
                    "initial",
                    "first",
                ],
            ) || {
                let w = t.text_of(p);
                w.ends_with("'s") || w.ends_with("’s") || w.ends_with("s'") || w.ends_with("s’")
            }
        }),
        &V::NOT_NOUN_AFTER_DETERMINER,
    )
}

/// "the third-highest October figure on record", "$2.7 billion above forecast": a bare
/// verb form after a preposition is a noun. ("to" is the infinitive's, "by" an agent's.)
fn noun_after_preposition(a: &At<'_, '_>) -> Step {
    no_if(
        a.verb.form == VerbForm::Base
            && !a.t.is_capitalised(a.i)
            && a.prev.is_some_and(|p| a.t.word_in(p, NOUN_PREPOSITIONS)),
        &V::NOT_NOUN_AFTER_PREPOSITION,
    )
}

/// Prepositions before which a bare verb form can only be a noun.
const NOUN_PREPOSITIONS: &[&str] = &[
    "on", "in", "at", "of", "for", "from", "under", "above", "below", "beyond", "than", "against",
    "over", "off", "without",
];

/// "The poll put Reform on 27%", "A new survey puts Labour on 17 per cent": a poll or a
/// pollster putting a party on a share reports it, with no clause after the verb.
fn put_on_share(a: &At<'_, '_>) -> Step {
    let (t, i) = (a.t, a.i);
    if a.verb.lemma != "put" {
        return Step::Next;
    }
    let on_figure = (i + 2..(i + 8).min(a.end)).any(|k| {
        t.word_is(k, "on")
            && (t.get(k + 1).is_some_and(|x| x.is_number())
                || t.punct(k + 1).is_some_and(|c| "$£€".contains(c)))
    });
    let Some(source) = on_figure.then(|| subject_before(t, i, a.start)).flatten() else {
        return Step::Next;
    };
    // Only a speaker puts a party on a share: a named body, a poll or a pollster.
    let speaks = matches!(
        grade_of(t, source.0, source.1),
        Grade::Named | Grade::Document
    ) || head_in(t, source.0, source.1, cues::DOCUMENT_NOUNS)
        || head_in(t, source.0, source.1, cues::ORGANISATION_WORDS);
    if !speaks {
        return Step::Next;
    }
    Step::Found(
        make(t, source, (i, a.cue_end), a.verb.lemma, i),
        &V::PUT_ON_SHARE,
    )
}

/// "declined to say", "refused to comment": no source given.
fn after_to(a: &At<'_, '_>) -> Step {
    no_if(a.prev_in(&["to"]), &V::NOT_AFTER_TO)
}

/// "650 athletes from 140 countries expected to compete": what is counted is expected to
/// do something, and nobody is named as expecting it (a reduced passive with no agent).
fn counted_expected_to(a: &At<'_, '_>) -> Step {
    let (t, i) = (a.t, a.i);
    no_if(
        a.verb.form == VerbForm::Past
            && matches!(a.lower, "expected" | "forecast" | "predicted" | "projected")
            && t.word_is(a.cue_end, "to")
            && a.prev
                .is_some_and(|p| !t.is_capitalised(p) && !t.word_in(p, cues::PRONOUNS))
            && (i.saturating_sub(6).max(a.start)..i)
                .any(|k| t.get(k).is_some_and(|x| x.is_number())),
        &V::NOT_COUNTED_EXPECTED_TO,
    )
}

/// A data verb's agent: "the 3.5% forecast by economists", "as estimated by the ONS".
fn data_agent(a: &At<'_, '_>) -> Step {
    let (t, i, verb) = (a.t, a.i, a.verb);
    if verb.class == VerbClass::Data
        && verb.form == VerbForm::Past
        && t.word_is(a.cue_end, "by")
        && let Some(agent) = source_after(t, a.cue_end + 1, a.end)
    {
        // "recorded by mid-afternoon", "counted by Friday": a time, not an agent.
        if t.word_in(agent.0, TIME_AFTER_BY)
            || t.text_of(agent.0).chars().all(|c| c.is_ascii_digit())
        {
            return Step::No(&V::NOT_TIME_AFTER_BY);
        }
        return Step::Found(
            make(t, agent, (i, a.cue_end + 1), verb.lemma, i),
            &V::DATA_AGENT,
        );
    }
    Step::Next
}

/// Words of time that follow "by" where an agent would: "recorded by mid-afternoon".
const TIME_AFTER_BY: &[&str] = &[
    "morning",
    "afternoon",
    "mid-afternoon",
    "midafternoon",
    "evening",
    "midday",
    "noon",
    "midnight",
    "night",
    "nightfall",
    "dawn",
    "then",
    "now",
    "today",
    "tonight",
    "tomorrow",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
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
    "late",
    "early",
    "mid",
];

/// "damage estimated at £20m", "losses put at 300": a participle giving the figure, with no
/// source.
fn participle_at(a: &At<'_, '_>) -> Step {
    let (t, verb, prev) = (a.t, a.verb, a.prev);
    no_if(
        verb.class == VerbClass::Data
            && verb.form == VerbForm::Past
            && verb.lemma != "put"
            && t.word_is(a.cue_end, "at")
            && !t.word_in(a.cue_end + 1, &["least", "most"])
            && prev.is_some_and(|p| t.get(p).is_some_and(|x| x.is_word()) && !t.is_capitalised(p))
            && !prev.is_some_and(|p| {
                t.word_in(p, BETWEEN_SUBJECT_AND_VERB) || t.word_in(p, cues::PRONOUNS)
            }),
        &V::NOT_PARTICIPLE_AT,
    )
}

/// Passive hedges: "is said to", "were reported killed", "is believed to"; other verbs
/// after "is" or "were" are no cues at all.
fn passive_hedge(a: &At<'_, '_>) -> Step {
    let (t, i, verb) = (a.t, a.i, a.verb);
    let widely = a.prev_in(&["widely", "generally"]);
    if !(a.prev_in(&["is", "are", "was", "were", "been", "being", "be"])
        || widely && i >= 2 && t.word_in(i - 2, &["is", "are", "was", "were"]))
    {
        return Step::Next;
    }
    if !matches!(
        verb.lemma,
        "say"
            | "report"
            | "believe"
            | "understand"
            | "estimate"
            | "claim"
            | "allege"
            | "confirm"
            | "record"
            | "document"
            | "verify"
    ) {
        return Step::No(&V::NOT_PASSIVE);
    }
    let from = if widely { i - 2 } else { i - 1 };
    let cue = make(t, (from, i + 1), (from, i + 1), verb.lemma, i).map(|mut cue| {
        cue.attribution.grade = Grade::Vague;
        cue
    });
    Step::Found(cue, &V::PASSIVE_HEDGE)
}

/// "a fee reported to be about £30m", "a toll believed to have passed 300": a participle
/// after a noun hedges like "reportedly", with nobody named.
fn participle_hedge(a: &At<'_, '_>) -> Step {
    let (t, i, verb, prev) = (a.t, a.i, a.verb, a.prev);
    if verb.form == VerbForm::Past
        && t.word_is(a.cue_end, "to")
        && t.word_in(a.cue_end + 1, &["be", "have"])
        && prev.is_some_and(|p| t.get(p).is_some_and(|x| x.is_word()) && !t.is_capitalised(p))
        && !prev.is_some_and(|p| t.word_in(p, cues::PRONOUNS))
        && matches!(
            verb.lemma,
            "say" | "report" | "believe" | "understand" | "estimate" | "claim" | "allege"
        )
    {
        let span = (i, a.cue_end + 2);
        let cue = make(t, span, span, verb.lemma, i).map(|mut cue| {
            cue.attribution.grade = Grade::Vague;
            cue
        });
        return Step::Found(cue, &V::PARTICIPLE_HEDGE);
    }
    Step::Next
}

/// "Mr Siddiqui congratulated her and said ...", "Ray Dunne welcomed the signing but said
/// ...": a second verb shares the subject of the sentence's first verb (a regular past
/// tense), the subject that opens the sentence.
fn shared_subject(a: &At<'_, '_>) -> Step {
    let (t, i, start) = (a.t, a.i, a.start);
    if !(a.verb.form == VerbForm::Past && a.prev_in(&["and", "but"]) && i >= start + 2) {
        return Step::Next;
    }
    let Some(first_verb) = (start + 1..i - 1).find(|&k| {
        let w = lookup::lower(t.text_of(k));
        t.get(k).is_some_and(|x| x.is_word())
            && !t.is_capitalised(k)
            && w.ends_with("ed")
            && w.len() > 4
            && cues::verb(&w).is_none()
            && !t.word_in(k - 1, &["a", "an", "the"])
    }) else {
        return Step::Next;
    };
    let subject = if t.punct(first_verb - 1) == Some(',') {
        subject_before_comma(t, first_verb - 1, start)
    } else {
        source_before(t, first_verb, start)
    };
    if let Some((s0, s1)) = subject
        && (start..s0).all(|k| t.word_in(k, SENTENCE_LINKS))
        // Someone who can speak: a name (a capital beyond the sentence's first word), a
        // pronoun, a person or an organisation; not "Prices climbed and ...".
        && ((s0..s1).any(|k| {
            k > start && t.is_capitalised(k) && t.get(k).is_some_and(|x| x.is_word())
        }) || t.word_in(s0, cues::PRONOUNS)
            || head_of(t, s0, s1).is_some_and(|h| {
                let head = nouns::lemma(t.text_of(h));
                cues::PERSON_WORDS.contains(&head.as_str())
                    || cues::ORGANISATION_WORDS.contains(&head.as_str())
                    || cues::DOCUMENT_NOUNS.contains(&head.as_str())
                    || cues::VAGUE_NOUNS.contains(&head.as_str())
                    || cues::VAGUE_NOUNS.contains(&lookup::lower(t.text_of(h)).as_ref())
                    // Agents: "Rescuers", "investigators", "scientists", "officers".
                    || ["er", "or", "ist", "ian"].iter().any(|x| head.ends_with(x))
            }))
    {
        return Step::Found(
            make(t, (s0, s1), (i, a.cue_end), a.verb.lemma, i),
            &V::SHARED_SUBJECT,
        );
    }
    Step::Next
}

/// "If current trends continue, ...", "unless the figures show ...": a condition, not a
/// source. Only within the condition's own clause: no punctuation between.
fn condition(a: &At<'_, '_>) -> Step {
    let t = a.t;
    let mut k = a.i;
    while k > a.start && t.get(k - 1).is_some_and(|x| x.is_word()) {
        k -= 1;
        if t.word_in(k, &["if", "unless"]) {
            return Step::No(&V::NOT_CONDITION);
        }
    }
    Step::Next
}

/// "continued to fight" is not a cue: "continue" and "believe" need a quote or clause.
fn needs_clause(a: &At<'_, '_>) -> Step {
    let (t, i, verb) = (a.t, a.i, a.verb);
    no_if(
        matches!(
            verb.lemma,
            "continue"
                | "believe"
                | "understand"
                | "put"
                | "list"
                | "register"
                | "document"
                | "brief"
                | "inform"
                | "post"
        ) && !(matches!(t.punct(i + 1), Some(',' | '.' | ':' | '“' | '"'))
            || t.word_is(i + 1, "that")
            || a.prev
                .is_some_and(|p| matches!(t.punct(p), Some(',' | '”' | '"' | '’'))))
            // "put the toll at 300" estimates; "put 1,400 jobs at risk" does not.
            && !(verb.lemma == "put"
                && (i + 1..(i + 11).min(a.end))
                    .any(|k| t.word_is(k, "at") && !t.word_in(k + 1, &["risk", "stake"]))),
        &V::NOT_WITHOUT_CLAUSE,
    )
}

/// "employers added 275,000 jobs", "Honda recalled 750,000 cars": verbs that report only
/// before a clause or a quotation. "The ministry released figures showing ...": a document
/// as the object reports.
fn clause_only(a: &At<'_, '_>) -> Step {
    let (t, cue_end, verb) = (a.t, a.cue_end, a.verb);
    let releases_a_document = verb.lemma == "release"
        && (cue_end..(cue_end + 3).min(a.end)).any(|k| t.word_in(k, cues::DOCUMENT_NOUNS));
    no_if(
        CLAUSE_ONLY_VERBS.contains(&verb.lemma)
            && !releases_a_document
            && !(matches!(
                t.punct(cue_end),
                Some(',' | '.' | ':' | ';' | '“' | '"' | '‘' | '”' | '’')
            ) || cue_end >= a.end
                || t.word_in(
                    cue_end,
                    &["that", "how", "he", "she", "it", "they", "we", "i", "there"],
                )
                || t.is_capitalised(cue_end)),
        &V::NOT_CLAUSE_ONLY,
    )
}

/// Whether the verb's form fits a report where it stands: "says" before a clause, "expect"
/// after a plural subject; a past tense always.
fn form_fits(a: &At<'_, '_>) -> bool {
    let (t, i, verb, prev) = (a.t, a.i, a.verb, a.prev);
    let next_opens_clause = t.lower_in(i + 1, CLAUSE_OPENERS)
        || t.is_capitalised(i + 1)
        || t.get(i + 1).is_some_and(|x| x.is_number())
        || matches!(
            t.punct(i + 1),
            Some('“' | '"' | '‘' | '$' | '£' | '€' | ':' | ',')
        );
    match verb.form {
        // "UN says civilian toll tops 800": a verb that is never a noun needs no clause
        // opener after it.
        VerbForm::Third => next_opens_clause || lookup::in_list(ONLY_VERBS, verb.lemma),
        VerbForm::Base => {
            let after_subject = prev.is_some_and(|p| {
                t.word_in(
                    p,
                    &[
                        "they", "we", "i", "you", "will", "would", "could", "may", "might", "did",
                        "do", "also", "now", "still", "often",
                    ],
                ) || t.is_plural_noun(p)
            });
            // "Analysts expect growth of 1.2%", "Economists forecast a rise": people who
            // forecast need no clause after them.
            let people =
                prev.is_some_and(|p| t.word_in(p, cues::VAGUE_NOUNS) && t.is_plural_noun(p));
            // "Analysts at Quilty Space estimate SpaceX's revenue will reach $13.3bn": the
            // subject's head is plural, though the word before the verb is a name.
            // (A name ending in "s", "Analysts at Jefferies", looks plural itself.)
            let head_before_name = subject_before(t, i, a.start)
                .map(|(s0, _)| s0)
                .filter(|&s0| {
                    t.is_plural_noun(s0) && t.word_in(s0 + 1, &["at", "from", "with", "for", "in"])
                });
            let after_subject = after_subject || head_before_name.is_some();
            // "Analysts at Jefferies estimate peak sales of $6bn": people who forecast need
            // no clause after them, though a name stands between them and the verb.
            let people = people
                || head_before_name
                    .is_some_and(|s0| t.word_in(s0, cues::VAGUE_NOUNS) && t.is_plural_noun(s0));
            // "restitution that prosecutors estimate will exceed $1bn": the verb's object
            // is the clause's gap, so a modal follows it straight away.
            let gap = t.word_in(
                i + 1,
                &["will", "would", "could", "may", "might", "should", "can"],
            );
            // "Scientists at X say climate change ...": a verb that is never a noun needs
            // no clause opener after its subject.
            let only_verb = lookup::in_list(ONLY_VERBS, verb.lemma);
            after_subject && (next_opens_clause || people || gap || only_verb)
        }
        VerbForm::Past => true,
    }
}

/// The speaker: the subject before the verb ("the ministry said") or after it in inversion
/// (", said the ministry"; "Inflation hits 3% says ONS", a headline's verb straight after
/// the figure), then the checks that the pair is a report.
fn speaker(a: &At<'_, '_>) -> Step {
    let (t, i, start, end, cue_end, verb, prev) =
        (a.t, a.i, a.start, a.end, a.cue_end, a.verb, a.prev);
    let after_figure = prev.is_some_and(|p| {
        t.get(p).is_some_and(|x| x.is_number())
            || t.punct(p) == Some('%')
            || (t.attached(p) && p > 0 && t.get(p - 1).is_some_and(|x| x.is_number()))
    }) && verb.form != VerbForm::Base;
    let inverted = after_figure
        || prev
            .is_none_or(|p| matches!(t.punct(p), Some(',' | '”' | '"' | '’' | '\'' | '—' | '–')));
    let (source, rule) = if after_figure {
        // "The G7 said", "Covid-19 killed ...": a name ending in digits is a subject.
        match inverted_source(t, i, cue_end, verb.lemma, start, end) {
            Some(s) => (Some(s), &V::SAID_AFTER),
            None => (subject_before(t, i, start), &V::SAID_BEFORE),
        }
    } else if inverted {
        (
            inverted_source(t, i, cue_end, verb.lemma, start, end),
            &V::SAID_AFTER,
        )
    } else {
        (subject_before(t, i, start), &V::SAID_BEFORE)
    };
    let Some(source) = source else {
        return Step::No(&V::NO_SPEAKER);
    };
    // "..., a Premier League record.", "..., a club record": a base form after "a" closes a
    // noun phrase; nobody records anything.
    if verb.form == VerbForm::Base && t.word_in(source.0, &["a", "an"]) {
        return Step::No(&V::NOT_NOUN_PHRASE);
    }
    if !form_fits(a) {
        // "..., the European Commission says." and "ONS figures show food prices rose".
        let trailing = !inverted
            && ends_clause(t, cue_end, end)
            && source.0 > start
            && matches!(
                t.punct(source.0 - 1),
                Some(',' | '—' | '–' | '”' | '"' | '’' | '(')
            );
        let document_subject = !inverted
            && verb.class == VerbClass::Data
            && grade_of(t, source.0, source.1) == Grade::Document;
        if !(trailing || document_subject) {
            return Step::No(&V::NOT_VERB_FORM);
        }
    }
    // "The museum shows 300 paintings": only a document or a "that" clause makes "show"
    // report.
    if verb.lemma == "show"
        && !inverted
        && !t.word_is(cue_end, "that")
        && grade_of(t, source.0, source.1) != Grade::Document
        // "The ADP National Employment Report showed": a document under its own name.
        && !head_in(t, source.0, source.1, cues::DOCUMENT_NOUNS)
    {
        return Step::No(&V::NOT_SHOWN);
    }
    // Data verbs attribute only when their subject is a source, not an action by anyone:
    // "the survey found", "officials counted", not "the bodies found".
    if verb.class == VerbClass::Data
        && source.1 == i
        && source.1 - source.0 == 1
        && t.word_in(source.0, &["which", "that"])
    {
        return Step::No(&V::NO_SPEAKER);
    }
    Step::Found(make(t, source, (i, cue_end), verb.lemma, i), rule)
}
