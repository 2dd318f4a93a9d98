//! Who says so: finding attribution cues ("according to X", "X said", "the latest UN count
//! indicated") in sentences, the source each names, its grade, and carrying an attribution
//! to later sentences ("It added that ...", a continuing quotation, a governing
//! "According to X,").

pub use crate::analysis::figures::claims::{Attribution, Grade, SourceKind};

/// A source cited somewhere in the draft, as written, with the place it is first cited.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct CitedSource {
    pub source: String,
    pub span: Span,
    pub grade: Grade,
}

use crate::analysis::text::span::Span;

use crate::analysis::attribution::cue_rules as R;
use crate::analysis::rules::{Rule, Trail};
use crate::analysis::text::cues::{self, Lexicon, VerbClass, VerbForm};
use crate::analysis::text::lookup;
use crate::analysis::text::nouns;
use crate::analysis::text::tokens::Tokens;

/// Words that may sit between a subject and its verb: "the ministry also said", "he has
/// previously said".
const BETWEEN_SUBJECT_AND_VERB: &[&str] = &[
    "also",
    "later",
    "previously",
    "separately",
    "further",
    "earlier",
    "recently",
    "repeatedly",
    "has",
    "have",
    "had",
    "would",
    "will",
    "then",
    "now",
    "again",
    "once",
    "already",
    "subsequently",
    "initially",
    "first",
    "originally",
    "publicly",
    "privately",
    "reportedly",
    "officially",
    "quickly",
    "simply",
    "just",
    "only",
    "still",
    "yet",
    "did",
    "does",
    "do",
    "itself",
    "himself",
    "herself",
    "themselves",
    "today",
    "yesterday",
];

/// Function words allowed inside a source's name: "the General Staff of the Armed Forces".
const INNER: &[&str] = &[
    "the", "a", "an", "of", "for", "at", "with", "in", "on", "and", "de", "van", "von", "al",
    "bin", "la", "le", "du", "der", "&",
];

/// Words that open a clause after a reporting verb in the present tense: "Ukraine claims
/// Russia ...", "the data shows 300 ...".
const CLAUSE_OPENERS: &[&str] = &[
    "that",
    "the",
    "a",
    "an",
    "this",
    "these",
    "those",
    "its",
    "their",
    "his",
    "her",
    "our",
    "some",
    "more",
    "over",
    "about",
    "around",
    "nearly",
    "almost",
    "at",
    "up",
    "fewer",
    "less",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "there",
    "how",
    "what",
    "no",
    "only",
    "just",
    "roughly",
    "approximately",
    "between",
    "as",
    "under",
    "below",
    "above",
    "most",
    "many",
    "half",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
];

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
    fn by(mut self, rule: &'static Rule) -> Cue {
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
    let mut out = Vec::new();
    let quoted = |i: usize| {
        let at = t.list[i].span.start;
        quotes.iter().any(|q| q.start < at && at < q.end)
    };
    let mut buffer = [0; 64];
    for i in start..end {
        if !t.get(i).is_some_and(|x| x.is_word()) || quoted(i) {
            continue;
        }
        let lower = lookup::lower_in(t.text_of(i), &mut buffer);
        let lower = lower.as_ref();
        let found = according_to(t, i, start, end)
            .map(|c| c.by(&R::ACCORDING_TO))
            .or_else(|| {
                lexicon
                    .may_start_phrase(lower, t.text_of(i + 1))
                    .then(|| extra_phrase(t, i, start, end, lexicon))
                    .flatten()
                    .map(|c| c.by(&R::DESK_PHRASE))
            })
            .or_else(|| verb_cue(t, i, lower, start, end).map(|c| c.by(&R::VERB)))
            .or_else(|| revision_cue(t, i, lower, start, end).map(|c| c.by(&R::REVISION)))
            .or_else(|| prepositional(t, i, lower, end).map(|c| c.by(&R::PREPOSITIONAL)))
            .or_else(|| possessive(t, i, start, end).map(|c| c.by(&R::POSSESSIVE)))
            .or_else(|| hedge(t, i, lower, start).map(|c| c.by(&R::HEDGE)));
        if let Some(cue) = found {
            out.push(cue);
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
fn is_time_number(t: &Tokens<'_>, i: usize) -> bool {
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

fn make(
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
    let source_text = source_span
        .of(t.text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
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

/// Grades the source spanning tokens `[s0, s1)`.
fn grade_of(t: &Tokens<'_>, s0: usize, s1: usize) -> Grade {
    if s1 == s0 + 1 && t.word_in(s0, cues::PRONOUNS) {
        return Grade::Pronoun;
    }
    if s1 == s0 + 1 && t.word_in(s0, cues::HEDGES) {
        return Grade::Vague;
    }
    // The head is the last word before a preposition: "the General Staff of the ...".
    let Some(head) = head_of(t, s0, s1) else {
        return Grade::Named;
    };
    let head_word = lookup::lower(t.text_of(head));
    let head_word = head_word.trim_end_matches("’s").trim_end_matches("'s");
    // A capitalised head inside a name is an organisation: "the US Geological Survey".
    let in_a_name = t.is_capitalised(head)
        && head > s0
        && t.is_capitalised(head - 1)
        && !t.word_in(head - 1, &["the", "a", "an"]);
    if lookup::in_list(cues::DOCUMENT_NOUNS, head_word) && !in_a_name {
        return Grade::Document;
    }
    let postmodified = (head + 1..s1).any(|k| t.get(k).is_some_and(|x| x.is_word()));
    if lookup::in_list(cues::VAGUE_NOUNS, head_word)
        && (!postmodified || t.word_in(head + 1, &["close", "familiar"]))
    {
        return Grade::Vague;
    }
    Grade::Named
}

/// A source's tokens going back from `before` (exclusive) to no earlier than `floor`.
fn source_before(t: &Tokens<'_>, before: usize, floor: usize) -> Option<(usize, usize)> {
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
                let lower = lookup::lower(t.text_of(i));
                // A scale glued to a figure ("the $55.2bn analysts had forecast") ends it.
                let scale =
                    !tok.space_before && i > 0 && t.get(i - 1).is_some_and(|p| p.is_number());
                !scale
                    && (!nouns::is_stop(lower.as_ref())
                        || lookup::in_list(INNER, lower.as_ref())
                        || lookup::in_list(cues::PRONOUNS, lower.as_ref())
                        || is_acronym(t.text_of(i))
                        // "A survey by the BRC", "figures from the ONS".
                        || (matches!(lower.as_ref(), "by" | "from")
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

/// Abbreviated titles written with a full stop before a name.
const TITLE_ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "gen", "lt", "col", "sgt", "st", "rev",
    "hon", "supt", "insp", "det", "capt", "maj", "pres",
];

/// An upper-case abbreviation such as "WHO" or "ONS", which is never a function word.
fn is_acronym(word: &str) -> bool {
    word.chars().count() >= 2 && word.chars().all(|c| c.is_uppercase())
}

/// Words that link a source's head to a noun after it: "a source close to the company",
/// "economists polled by Reuters", "people familiar with the matter".
/// Participles after a document noun whose "by" names who made it ("figures compiled by X").
const AGENT_PARTICIPLES: &[&str] = &[
    "compiled",
    "published",
    "collected",
    "gathered",
    "analysed",
    "analyzed",
    "produced",
    "released",
];

const LINKING_PARTICIPLES: &[&str] = &[
    "close",
    "familiar",
    "surveyed",
    "polled",
    "questioned",
    "interviewed",
    "consulted",
    "briefed",
    "commissioned",
    "employed",
    "hired",
];

/// [`source_before`] without the linking extension (so the extension recurses once).
fn source_before_plain(t: &Tokens<'_>, before: usize, floor: usize) -> Option<(usize, usize)> {
    let mut start = before;
    while start > floor {
        let i = start - 1;
        let lower = lookup::lower(t.text_of(i));
        let ok = t.get(i).is_some_and(|x| x.is_word())
            && (!nouns::is_stop(lower.as_ref()) || lookup::in_list(INNER, lower.as_ref()));
        if !ok || before - i > 14 {
            break;
        }
        start = i;
    }
    trim_source(t, start, before)
}

/// A source's tokens going forward from `from` to no later than `limit`.
fn source_after(t: &Tokens<'_>, from: usize, limit: usize) -> Option<(usize, usize)> {
    let mut end = from;
    let mut taken = 0;
    while end < limit && taken < 14 {
        let Some(tok) = t.get(end) else { break };
        let ok = match tok.kind {
            crate::analysis::text::tokens::TokenKind::Word => {
                let lower = lookup::lower(t.text_of(end));
                // "the Bank of England", "the head of the IMF", but not "the ministry on
                // Monday" or "the council in a statement".
                let name_follows = t.word_in(end + 1, &["the"])
                    || (t.is_capitalised(end + 1) && !t.word_in(end + 1, cues::CALENDAR_WORDS));
                let inner = lookup::in_list(INNER, lower.as_ref())
                    && (!matches!(lower.as_ref(), "in" | "on" | "at" | "with" | "and")
                        || name_follows);
                // A reporting verb ends the source (", said the ministry, adding ..."), but
                // not a document noun that looks like one ("according to the report").
                // "figures from the ONS", "data by the ministry".
                let linked = matches!(lower.as_ref(), "by" | "to" | "with")
                    && end > from
                    && t.word_in(end - 1, LINKING_PARTICIPLES)
                    // "figures compiled by Transfermarkt", "data published by the ONS":
                    // the agent of a document's making.
                    || lower.as_ref() == "by"
                        && end > from + 1
                        && t.word_in(end - 1, AGENT_PARTICIPLES)
                        && t.word_in(end - 2, cues::DOCUMENT_NOUNS);
                let provenance = matches!(lower.as_ref(), "from" | "by")
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
                            && !t.word_in(end + 1, &["last", "next", "this", "previous"])));
                // "the All England Club", "the Our Lady hospital": a capitalised function
                // word inside a name.
                let in_name = t.is_capitalised(end)
                    && t.is_capitalised(end + 1)
                    && t.get(end + 1).is_some_and(|x| x.is_word())
                    && (end > from || t.word_is(from.wrapping_sub(1), "the"))
                    && !t.word_in(end, cues::CALENDAR_WORDS)
                    && !t.word_in(end, cues::PRONOUNS);
                // "its most recent filing", "the most recent figures".
                let most_recent = lower.as_ref() == "most" && t.word_is(end + 1, "recent");
                (!nouns::is_stop(lower.as_ref())
                    || most_recent
                    || inner
                    || provenance
                    || linked
                    || in_name
                    || is_acronym(t.text_of(end)))
                    && (cues::verb(&lower).is_none()
                        // "according to its report": the owner was skipped, the noun
                        // heads the source.
                        || ((end > from
                            || t.word_in(from.wrapping_sub(1), POSSESSIVE_DETERMINERS))
                            && lookup::in_list(cues::DOCUMENT_NOUNS, lower.as_ref()))
                        // "the State Department", "State Department figures": a
                        // capitalised verb inside a name.
                        || (t.is_capitalised(end)
                            && (end > from || t.word_is(from.wrapping_sub(1), "to"))
                            && t.is_capitalised(end + 1)
                            && t.get(end + 1).is_some_and(|x| x.is_word())
                            && cues::verb(&lookup::lower(t.text_of(end + 1))).is_none()))
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

fn trim_source(t: &Tokens<'_>, mut start: usize, mut end: usize) -> Option<(usize, usize)> {
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
fn time_lead_end(t: &Tokens<'_>, start: usize, end: usize) -> usize {
    const DAYS: &[&str] = &["yesterday", "today", "tonight"];
    const PARTS: &[&str] = &["morning", "afternoon", "evening", "night"];
    const BEFORE: &[&str] = &["on", "by", "since", "until", "from"];
    const DETERMINERS: &[&str] = &["the", "a", "an", "its", "his", "her", "their", "our"];
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

fn according_to(t: &Tokens<'_>, i: usize, _start: usize, end: usize) -> Option<Cue> {
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

fn extra_phrase(
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

/// Verbs that report only before a clause or a quotation: "he added that", "she recalled:";
/// before a figure or a noun they are the verb's other sense ("employers added 275,000 jobs",
/// "Honda recalled 750,000 cars", "the army released 300 prisoners").
const CLAUSE_ONLY_VERBS: &[&str] = &["add", "recall", "release"];

/// Reporting verbs whose third person is never a noun ("says", unlike "claims", "reports",
/// "shows", "notes").
const ONLY_VERBS: &[&str] = &[
    "say",
    "tell",
    "warn",
    "insist",
    "argue",
    "admit",
    "deny",
    "confirm",
    "predict",
    "explain",
    "acknowledge",
    "concede",
    "suggest",
    "indicate",
    "reveal",
    // "The IMF expects growth of 2.1%": "expects" is never a noun.
    "expect",
];

/// Possessive determiners: "its accounts", "their figures".
const POSSESSIVE_DETERMINERS: &[&str] = &["its", "their", "his", "her", "our", "my", "your"];

fn verb_cue(t: &Tokens<'_>, i: usize, lower: &str, start: usize, end: usize) -> Option<Cue> {
    let verb = cues::verb(lower)?;
    // "self-reported", "under-reported", "long-predicted": a hyphenated participle is an
    // adjective, with nobody reporting.
    if i > start && t.punct(i - 1) == Some('-') && t.attached(i) {
        return None;
    }
    // "the United States", "across six states, making it ...", "other states": "states" is
    // far more often the noun; the verb reports only before "that", a colon or a quotation
    // ("The report states that ...").
    if lower == "states"
        && !(t.word_is(i + 1, "that") || matches!(t.punct(i + 1), Some(':' | '“' | '"')))
    {
        return None;
    }
    // "half of pledged equipment", "the promised jets": a participle between a determiner
    // or preposition and its noun is an adjective.
    if verb.form == VerbForm::Past
        && i > start
        && t.word_in(
            i - 1,
            &["of", "the", "a", "an", "its", "their", "his", "her", "for"],
        )
        && t.get(i + 1).is_some_and(|x| x.is_word())
        && !t.is_capitalised(i + 1)
        && !nouns::is_stop(&lookup::lower(t.text_of(i + 1)))
    {
        return None;
    }
    // "X, which tracks aid pledges, estimates ...": after a relative pronoun and its verb,
    // the "-s" word ends the object's noun, not a verb.
    if lower.ends_with('s')
        && i >= start + 3
        && t.word_in(i - 3, &["which", "that", "who"])
        && t.text_of(i - 2).ends_with('s')
        && !t.is_capitalised(i - 2)
        && t.get(i - 1).is_some_and(|x| x.is_word())
        && !t.is_capitalised(i - 1)
    {
        return None;
    }
    // "the 24 jets promised by the Netherlands": a reduced passive names its agent.
    if verb.form == VerbForm::Past
        && verb.class != VerbClass::Data
        && i > start
        && t.get(i - 1).is_some_and(|x| x.is_word())
        && !t.is_capitalised(i - 1)
        && nouns::is_plural_noun(&lookup::lower(t.text_of(i - 1)))
        && t.word_is(i + 1, "by")
        && let Some(agent) = source_after(t, i + 2, end)
    {
        return make(t, agent, (i, i + 2), verb.lemma, i);
    }
    // "his side had conceded 48 goals", "conceded a penalty": a team concedes goals, not a
    // point in an argument.
    if verb.lemma == "concede"
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
            ))
    {
        return None;
    }
    let mut cue_end = i + 1;
    if verb.lemma == "point out" {
        if !t.word_is(i + 1, "out") {
            return None;
        }
        cue_end = i + 2;
    }
    let prev = i.checked_sub(1).filter(|p| *p >= start);
    let prev_lower = prev
        .map(|p| lookup::lower(t.text_of(p)))
        .unwrap_or_default();
    // "an estimated 300", "the reported figures", "the Bank's latest forecast": adjectives
    // and nouns, not verbs.
    if prev.is_some_and(|p| {
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
    }) {
        return None;
    }
    // "declined to say", "refused to comment": no source given.
    if prev_lower == "to" {
        return None;
    }
    // A data verb's agent: "the 3.5% forecast by economists", "as estimated by the ONS".
    if verb.class == VerbClass::Data
        && verb.form == VerbForm::Past
        && t.word_is(cue_end, "by")
        && let Some(agent) = source_after(t, cue_end + 1, end)
    {
        return make(t, agent, (i, cue_end + 1), verb.lemma, i);
    }
    // "damage estimated at £20m", "losses put at 300": a participle giving the figure, with
    // no source.
    if verb.class == VerbClass::Data
        && verb.form == VerbForm::Past
        && verb.lemma != "put"
        && t.word_is(cue_end, "at")
        && !t.word_in(cue_end + 1, &["least", "most"])
        && prev.is_some_and(|p| t.get(p).is_some_and(|x| x.is_word()) && !t.is_capitalised(p))
        && !prev
            .is_some_and(|p| t.word_in(p, BETWEEN_SUBJECT_AND_VERB) || t.word_in(p, cues::PRONOUNS))
    {
        return None;
    }
    // Passive hedges: "is said to", "were reported killed", "is believed to".
    if matches!(
        prev_lower.as_ref(),
        "is" | "are" | "was" | "were" | "been" | "being" | "be"
    ) || (prev_lower == "widely" || prev_lower == "generally")
        && i >= 2
        && t.word_in(i - 2, &["is", "are", "was", "were"])
    {
        if matches!(
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
            let from = if prev_lower == "widely" || prev_lower == "generally" {
                i - 2
            } else {
                i - 1
            };
            let mut cue = make(t, (from, i + 1), (from, i + 1), verb.lemma, i)?;
            cue.attribution.grade = Grade::Vague;
            return Some(cue);
        }
        return None;
    }
    // "a fee reported to be about £30m", "a toll believed to have passed 300": a participle
    // after a noun hedges like "reportedly", with nobody named.
    if verb.form == VerbForm::Past
        && t.word_is(cue_end, "to")
        && t.word_in(cue_end + 1, &["be", "have"])
        && prev.is_some_and(|p| t.get(p).is_some_and(|x| x.is_word()) && !t.is_capitalised(p))
        && !prev.is_some_and(|p| t.word_in(p, cues::PRONOUNS))
        && matches!(
            verb.lemma,
            "say" | "report" | "believe" | "understand" | "estimate" | "claim" | "allege"
        )
    {
        let mut cue = make(t, (i, cue_end + 2), (i, cue_end + 2), verb.lemma, i)?;
        cue.attribution.grade = Grade::Vague;
        return Some(cue);
    }
    // "Mr Siddiqui congratulated her and said ...", "Ray Dunne welcomed the signing but
    // said ...": a second verb shares the subject of the sentence's first verb (a regular
    // past tense), the subject that opens the sentence.
    if verb.form == VerbForm::Past
        && matches!(prev_lower.as_ref(), "and" | "but")
        && i >= start + 2
        && let Some(first_verb) = (start + 1..i - 1).find(|&k| {
            let w = lookup::lower(t.text_of(k));
            t.get(k).is_some_and(|x| x.is_word())
                && !t.is_capitalised(k)
                && w.ends_with("ed")
                && w.len() > 4
                && cues::verb(&w).is_none()
                && !t.word_in(k - 1, &["a", "an", "the"])
        })
    {
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
            return make(t, (s0, s1), (i, cue_end), verb.lemma, i);
        }
    }
    let next_lower = lookup::lower(t.text_of(i + 1));
    let next_opens_clause = lookup::in_list(CLAUSE_OPENERS, next_lower.as_ref())
        || t.is_capitalised(i + 1)
        || t.get(i + 1).is_some_and(|x| x.is_number())
        || matches!(
            t.punct(i + 1),
            Some('“' | '"' | '‘' | '$' | '£' | '€' | ':' | ',')
        );
    let form_fits = match verb.form {
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
                ) || nouns::is_plural_noun(&lookup::lower(t.text_of(p)))
            });
            // "Analysts expect growth of 1.2%", "Economists forecast a rise": people who
            // forecast need no clause after them.
            let people = prev.is_some_and(|p| {
                t.word_in(p, cues::VAGUE_NOUNS)
                    && nouns::is_plural_noun(&lookup::lower(t.text_of(p)))
            });
            // "Analysts at Quilty Space estimate SpaceX's revenue will reach $13.3bn": the
            // subject's head is plural, though the word before the verb is a name.
            // (A name ending in "s", "Analysts at Jefferies", looks plural itself.)
            let head_before_name = subject_before(t, i, start).map(|(s0, _)| s0).filter(|&s0| {
                nouns::is_plural_noun(&lookup::lower(t.text_of(s0)))
                    && t.word_in(s0 + 1, &["at", "from", "with", "for", "in"])
            });
            let after_subject = after_subject || head_before_name.is_some();
            // "Analysts at Jefferies estimate peak sales of $6bn": people who forecast need
            // no clause after them, though a name stands between them and the verb.
            let people = people
                || head_before_name.is_some_and(|s0| {
                    t.word_in(s0, cues::VAGUE_NOUNS)
                        && nouns::is_plural_noun(&lookup::lower(t.text_of(s0)))
                });
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
    };
    // "If current trends continue, ...", "unless the figures show ...": a condition, not a
    // source. Only within the condition's own clause: no punctuation between.
    let mut k = i;
    while k > start && t.get(k - 1).is_some_and(|x| x.is_word()) {
        k -= 1;
        if t.word_in(k, &["if", "unless"]) {
            return None;
        }
    }
    // "continued to fight" is not a cue: "continue" and "believe" need a quote or clause.
    if matches!(
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
        || prev.is_some_and(|p| matches!(t.punct(p), Some(',' | '”' | '"' | '’'))))
        && !(verb.lemma == "put" && (i + 1..(i + 11).min(end)).any(|k| t.word_is(k, "at")))
    {
        return None;
    }
    // "The ministry released figures showing ...": a document as the object reports.
    let releases_a_document = verb.lemma == "release"
        && (cue_end..(cue_end + 3).min(end)).any(|k| t.word_in(k, cues::DOCUMENT_NOUNS));
    if CLAUSE_ONLY_VERBS.contains(&verb.lemma)
        && !releases_a_document
        && !(matches!(
            t.punct(cue_end),
            Some(',' | '.' | ':' | ';' | '“' | '"' | '‘' | '”' | '’')
        ) || cue_end >= end
            || t.word_in(
                cue_end,
                &["that", "how", "he", "she", "it", "they", "we", "i", "there"],
            )
            || t.is_capitalised(cue_end))
    {
        return None;
    }
    // Subject before the verb ("the ministry said"), or after it in inversion (", said the
    // ministry").
    // "Inflation hits 3% says ONS": a headline's verb straight after the figure.
    let after_figure = prev.is_some_and(|p| {
        t.get(p).is_some_and(|x| x.is_number())
            || t.punct(p) == Some('%')
            || (t.attached(p) && p > 0 && t.get(p - 1).is_some_and(|x| x.is_number()))
    }) && verb.form != VerbForm::Base;
    let inverted = after_figure
        || prev
            .is_none_or(|p| matches!(t.punct(p), Some(',' | '”' | '"' | '’' | '\'' | '—' | '–')));
    let source = if after_figure {
        // "The G7 said", "Covid-19 killed ...": a name ending in digits is a subject.
        inverted_source(t, i, cue_end, verb.lemma, start, end)
            .or_else(|| subject_before(t, i, start))
    } else if inverted {
        inverted_source(t, i, cue_end, verb.lemma, start, end)
    } else {
        subject_before(t, i, start)
    }?;
    // "..., a Premier League record.", "..., a club record": a base form after "a" closes a
    // noun phrase; nobody records anything.
    if verb.form == VerbForm::Base && t.word_in(source.0, &["a", "an"]) {
        return None;
    }
    if !form_fits {
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
            return None;
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
        return None;
    }
    // Data verbs attribute only when their subject is a source, not an action by anyone:
    // "the survey found", "officials counted", not "the bodies found".
    if verb.class == VerbClass::Data
        && source.1 == i
        && source.1 - source.0 == 1
        && t.word_in(source.0, &["which", "that"])
    {
        return None;
    }
    make(t, source, (i, cue_end), verb.lemma, i)
}

/// True when token `k` ends the clause a source sits in: punctuation, the sentence end, or a
/// word that opens an adverbial ("said the ministry on Monday", "the ministry said in a
/// statement").
fn ends_clause(t: &Tokens<'_>, k: usize, end: usize) -> bool {
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
fn skip_gloss(t: &Tokens<'_>, before: usize, start: usize) -> Option<usize> {
    if before > start && t.punct(before - 1) == Some(')') {
        return (start..before - 1).rev().find(|&k| t.punct(k) == Some('('));
    }
    Some(before)
}

/// Counts a source revises: "It later raised the number of survivors to 41", "Officials
/// revised the death toll up to 300". Only a count's own noun takes the revision, so
/// "The Fed raised rates to 5.5%" and "Rescuers raised the boat to the surface" are no cues.
const REVISED_COUNTS: &[&str] = &[
    "toll",
    "number",
    "count",
    "tally",
    "estimate",
    "estimates",
    "figure",
    "figures",
    "forecast",
    "forecasts",
    "total",
    "projection",
    "projections",
    "guidance",
];

/// "X raised/revised/lowered the toll to N": the subject who revises a count is its source.
fn revision_cue(t: &Tokens<'_>, i: usize, lower: &str, start: usize, end: usize) -> Option<Cue> {
    if !matches!(
        lower,
        "raised" | "raises" | "revised" | "revises" | "lowered" | "lowers" | "updated" | "updates"
    ) || i == start
        || !t.get(i - 1).is_some_and(|x| x.is_word())
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

/// The subject before a verb at `i`: "the ministry said", "Toyota Motor (トヨタ自動車) said",
/// "The report, which found ..." (the antecedent of a relative pronoun).
fn subject_before(t: &Tokens<'_>, i: usize, start: usize) -> Option<(usize, usize)> {
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
fn inverted_source(
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
fn subject_before_comma(t: &Tokens<'_>, comma: usize, start: usize) -> Option<(usize, usize)> {
    subject_before_comma_at(t, comma, start, 0)
}

fn subject_before_comma_at(
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
        ) && (seg..comma)
            .all(|k| cues::verb(&lookup::lower(t.text_of(k))).is_none());
        return if described { subject } else { None };
    };
    if is_name(t, apposition.0, apposition.1) {
        return Some(apposition);
    }
    subject.or_else(earlier)
}

/// Words that may open a sentence before its subject: "But Tim Mitchell, president of ...,
/// said".
const SENTENCE_LINKS: &[&str] = &[
    "but",
    "and",
    "yet",
    "so",
    "meanwhile",
    "however",
    "still",
    "now",
    "separately",
    "instead",
    "elsewhere",
];

/// True when tokens `[s0, s1)` are a proper name: capitalised words (and the function words
/// of names), not opening with a determiner: "Dr Paul Gray", "Paul Grant".
fn is_name(t: &Tokens<'_>, s0: usize, s1: usize) -> bool {
    s1 > s0
        && t.is_capitalised(s0)
        && !t.word_in(s0, &["the", "a", "an"])
        && !t.word_in(s0, POSSESSIVE_DETERMINERS)
        && (s0..s1).all(|k| match t.get(k).map(|x| x.kind) {
            Some(crate::analysis::text::tokens::TokenKind::Word) => {
                t.is_capitalised(k) || t.word_in(k, INNER)
            }
            Some(crate::analysis::text::tokens::TokenKind::Punct) => {
                matches!(t.punct(k), Some('.' | '-' | '\'' | '’'))
            }
            _ => false,
        })
}

/// True when the head of the source `[s0, s1)` (its last word before a preposition) is in
/// `words`.
fn head_in(t: &Tokens<'_>, s0: usize, s1: usize, words: &[&str]) -> bool {
    head_of(t, s0, s1).is_some_and(|h| {
        let w = lookup::lower(t.text_of(h));
        let w = w.trim_end_matches("’s").trim_end_matches("'s");
        words.contains(&w)
    })
}

/// The head word of the source `[s0, s1)`: the last word before a preposition or a linking
/// participle ("the General Staff of ...", "A source close to ...", "Economists surveyed by
/// ...").
fn head_of(t: &Tokens<'_>, s0: usize, s1: usize) -> Option<usize> {
    // "the Bank of England's latest forecast": the head follows the last possessive.
    if let Some(owner) = (s0..s1).rev().find(|&k| {
        let w = t.text_of(k);
        t.get(k).is_some_and(|x| x.is_word()) && (w.ends_with("'s") || w.ends_with("’s"))
    }) && owner + 1 < s1
    {
        return head_of(t, owner + 1, s1);
    }
    let mut head_end = s1;
    for i in s0 + 1..s1 {
        // "Bank of England figures": a preposition inside a name is no break.
        if (t.word_in(
            i,
            &["of", "for", "at", "with", "in", "on", "by", "to", "from"],
        ) && !(t.is_capitalised(i - 1) && t.is_capitalised(i + 1)))
            || t.word_in(i, LINKING_PARTICIPLES)
        {
            head_end = i;
            break;
        }
    }
    // "Data published on Tuesday": the participle modifies the head before it.
    while head_end > s0 + 1 && {
        let w = t.text_of(head_end - 1);
        !t.is_capitalised(head_end - 1) && w.len() > 4 && w.ends_with("ed")
    } {
        head_end -= 1;
    }
    (s0..head_end)
        .rev()
        .find(|&i| t.get(i).is_some_and(|x| x.is_word()))
}

/// Drops cues another cue makes redundant. A cue inside another's source is part of that
/// source ("the Bank of England's latest forecast shows", "Data published on Tuesday
/// showed"), except a prepositional cue, which names the body more exactly than the verb
/// around it ("Figures from the ONS put it at 4%": the ONS). A data verb in the clause
/// reported by an earlier speech verb is the speaker's words ("Judge Mairs said Fenwick had
/// shown ..."), unless its subject is a document ("she said the figures showed ...").
fn drop_shadowed(out: &mut Vec<Cue>) {
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
            let reported_data_verb = data_verb
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
fn names_anyone(source: &str) -> bool {
    let t = Tokens::new(source);
    (0..t.len()).any(|k| {
        let w = t.text_of(k);
        (k > 0 && t.is_capitalised(k))
            || (w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit()))
    })
}

fn prepositional(t: &Tokens<'_>, i: usize, lower: &str, end: usize) -> Option<Cue> {
    // "figures from the UN", "data by ONS", "estimates by Kyiv".
    if matches!(
        lower,
        "figures"
            | "data"
            | "statistics"
            | "estimates"
            | "numbers"
            | "research"
            | "analysis"
            | "modelling"
            | "polling"
    ) && t.word_in(i + 1, &["from", "by", "compiled", "published"])
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
    if matches!(
        lower,
        "report"
            | "statement"
            | "survey"
            | "study"
            | "poll"
            | "interview"
            | "update"
            | "briefing"
            | "letter"
            | "analysis"
            | "review"
            | "audit"
            | "assessment"
            | "investigation"
            | "census"
            | "paper"
    ) && t.word_in(i + 1, &["by", "from", "of", "with"])
        && (t.is_capitalised(i + 2) || t.word_is(i + 2, "the") && t.is_capitalised(i + 3))
    {
        let source = source_after(t, i + 2, end)?;
        return make(t, source, (i, i + 2), &format!("{lower} by"), i);
    }
    // "its highest in a YouGov poll", "according to a new Ipsos survey": a named poll or
    // report closing its noun phrase.
    if matches!(
        lower,
        "poll" | "survey" | "study" | "report" | "analysis" | "census" | "audit"
    ) && i >= 2
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
    if matches!(lower, "citing" | "quoting")
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
fn possessive(t: &Tokens<'_>, i: usize, start: usize, _end: usize) -> Option<Cue> {
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
            ],
        )
    })?;
    let mut s = i;
    while s > start
        && s + 4 > i
        && (t.word_in(s - 1, &["the"])
            || (t.is_capitalised(s - 1) && !nouns::is_stop(&lookup::lower(t.text_of(s - 1)))))
    {
        s -= 1;
    }
    let source = (s, i + 1);
    let mut cue = make(t, source, (i, noun + 1), "figures of", i)?;
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

fn hedge(t: &Tokens<'_>, i: usize, lower: &str, _start: usize) -> Option<Cue> {
    if !cues::HEDGES[..4].contains(&lower) {
        return None;
    }
    make(t, (i, i + 1), (i, i + 1), lower, i)
}

/// A headline's "Minister: 14,400 troops lost".
fn headline_colon(t: &Tokens<'_>, start: usize, end: usize) -> Option<Cue> {
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

/// Words that make a headline's label before a colon a topic rather than a speaker.
const HEADLINE_TOPICS: &[&str] = &[
    "storm",
    "hurricane",
    "typhoon",
    "cyclone",
    "tornado",
    "floods",
    "flooding",
    "earthquake",
    "wildfire",
    "wildfires",
    "heatwave",
    "war",
    "crisis",
    "election",
    "budget",
    "strike",
    "strikes",
    "inquiry",
    "trial",
    "live",
    "latest",
    "explained",
    "analysis",
    "updates",
    "update",
    "factbox",
    "timeline",
    "covid",
    "covid-19",
    "pandemic",
    "outbreak",
];

/// A headline's closing credit after a spaced dash: "Inflation falls to 3.2% - ONS",
/// "Waiting list falls to 7.5 million – NHS England". The credit is a short capitalised
/// name; "Prices rise 3% - and more to come" is no credit.
fn headline_dash(t: &Tokens<'_>, start: usize, end: usize) -> Option<Cue> {
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

/// Classifies a source as written by its head noun, then by titles and roles anywhere in it.
fn source_kind(grade: Grade, source: &str) -> SourceKind {
    if grade == Grade::Document {
        return SourceKind::Organisation;
    }
    let t = Tokens::new(source);
    let words: Vec<String> = (0..t.len())
        .filter(|&k| t.get(k).is_some_and(|x| x.is_word()))
        .map(|k| {
            t.text_of(k)
                .to_lowercase()
                .trim_end_matches("’s")
                .trim_end_matches("'s")
                .to_string()
        })
        .collect();
    if let Some(head) = head_of(&t, 0, t.len()) {
        let head = lookup::lower(t.text_of(head));
        if lookup::in_list(cues::PERSON_WORDS, head.as_ref()) {
            return SourceKind::Person;
        }
        if lookup::in_list(cues::ORGANISATION_WORDS, head.as_ref()) {
            return SourceKind::Organisation;
        }
    }
    // A personal name after a role in lower case: "Met Office meteorologist Greg Dewhurst",
    // "Thames Water spokesman John Smith"; not "the Sleep Charity" or "analysts at Deutsche
    // Bank".
    let n = t.len();
    if n >= 3
        && (n - 2..n).all(|k| t.is_capitalised(k) && t.get(k).is_some_and(|x| x.is_word()))
        && t.get(n - 3).is_some_and(|x| x.is_word())
        && !t.is_capitalised(n - 3)
        && !nouns::is_stop(&lookup::lower(t.text_of(n - 3)))
        && !(n - 2..n).any(|k| {
            lookup::in_list(
                cues::ORGANISATION_WORDS,
                lookup::lower(t.text_of(k)).as_ref(),
            )
        })
    {
        return SourceKind::Person;
    }
    // No telling head: a title or role anywhere names a person ("Council leader Helen
    // Marsh", "Chief executive Tim Cook"), else an organisation word an organisation.
    if words
        .iter()
        .any(|w| lookup::in_list(cues::PERSON_WORDS, w.as_str()))
    {
        return SourceKind::Person;
    }
    if words
        .iter()
        .any(|w| lookup::in_list(cues::ORGANISATION_WORDS, w.as_str()))
    {
        return SourceKind::Organisation;
    }
    SourceKind::Unknown
}

/// How many earlier sources a pronoun may reach back over: a pronoun names a recent source,
/// and the bound keeps a long draft's resolution linear.
const MAX_ANTECEDENT_DISTANCE: usize = 12;

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

#[cfg(test)]
mod tests {
    use super::*;

    fn cue_of(text: &str) -> Option<(String, String, Grade)> {
        let t = Tokens::new(text);
        let quotes = crate::analysis::text::sentences::quotations(text);
        cues_in_sentence(&t, 0, t.len(), &quotes, false, &Lexicon::default())
            .into_iter()
            .next()
            .map(|c| {
                let a = c.attribution;
                (a.source.into(), a.cue.into(), a.grade)
            })
    }

    fn source_of(text: &str) -> Option<String> {
        cue_of(text).map(|c| c.0)
    }

    #[test]
    fn wire_datelines_and_long_descriptions_keep_the_subject() {
        // A Reuters dateline ends in a spaced hyphen; the subject after it still speaks.
        assert_eq!(
            source_of(
                "LONDON, Oct 8 (Reuters) - Harcourts, Britain's fourth-biggest grocer, reported a 23% rise in profit."
            ),
            Some("Harcourts".into())
        );
        assert_eq!(
            source_of(
                "LONDON (Reuters) - The company, which is based in Ohio, said 300 jobs would go."
            ),
            Some("The company".into())
        );
        // A description running past its noun, with a relative clause.
        assert_eq!(
            source_of(
                "One victim, a 67-year-old retired teacher from Ohio who asked to be identified only as Linda, told the court she had lost $230,000."
            ),
            Some("One victim".into())
        );
        assert_eq!(
            source_of(
                "The victim, a retired teacher who lives in Ohio, told the court she lost $230,000."
            ),
            Some("The victim".into())
        );
        // Near-miss: a clause (not a description) between commas gives no subject.
        assert_eq!(
            source_of("Sales, up in most regions of Ohio, reported 300 stores."),
            None
        );
    }

    #[test]
    fn whoever_revises_a_count_is_its_source() {
        assert_eq!(
            source_of("It later raised the number of survivors to 41, including six children."),
            Some("It".into())
        );
        assert_eq!(
            source_of("Officials revised the death toll up to 300 on Friday."),
            Some("Officials".into())
        );
        assert_eq!(
            source_of("The coast guard lowered its estimate of the missing to 30."),
            Some("The coast guard".into())
        );
        // Near-misses: no count's noun, no source as subject, or no "to".
        assert_eq!(source_of("The Fed raised rates to 5.5% in July."), None);
        assert_eq!(
            source_of("Heavy rain raised the number of flooded homes to 300."),
            None
        );
        assert_eq!(
            source_of("The storm raised the death toll to 41 by Friday."),
            None
        );
        assert_eq!(source_of("It raised the number of beds by 40."), None);
        assert_eq!(
            source_of("Rescuers raised the boat to the surface after 3 hours."),
            None
        );
    }

    #[test]
    fn a_plural_subject_before_a_name_takes_a_base_verb() {
        assert_eq!(
            source_of(
                "Analysts at Quilty Space estimate SpaceX's revenue will reach $13.3 billion this year."
            ),
            Some("Analysts at Quilty Space".into())
        );
        assert_eq!(
            source_of(
                "Scientists at the World Weather Attribution group say climate change has made such heatwaves at least 10 times more likely."
            ),
            Some("Scientists at the World Weather Attribution group".into())
        );
        // Near-miss: a singular head with a name before the verb is no subject of "estimate".
        assert_eq!(
            source_of("The head of Quilty Space estimate revenue at $13.3 billion."),
            None
        );
        // People who forecast take an object, not only a clause, past the name.
        assert_eq!(
            source_of("Analysts at Jefferies estimate peak annual sales of $6 billion."),
            Some("Analysts at Jefferies".into())
        );
        assert_eq!(
            source_of("Economists at the IMF expect growth of 1.2% next year."),
            Some("Economists at the IMF".into())
        );
        // Near-misses: a head that names no people still needs a clause after the verb.
        assert_eq!(
            source_of("Sales at Jefferies estimate peak annual sales of $6 billion."),
            None
        );
        assert_eq!(
            source_of("Prices in Jefferies count peak annual sales of $6 billion."),
            None
        );
    }

    #[test]
    fn records_and_conceded_goals_are_no_cues() {
        assert_eq!(
            source_of(
                "Haaland scored 36 league goals in his first season, a Premier League record."
            ),
            None
        );
        assert_eq!(
            sources_of(
                "Their manager, Marco Silva, said his side had conceded 48 goals this season."
            ),
            vec!["Marco Silva".to_string()]
        );
        // Near-misses: a body that records, a plural subject closing the sentence, and a
        // concession in argument.
        assert_eq!(
            source_of("Prices rose 3% in May, analysts say."),
            Some("analysts".into())
        );
        assert_eq!(
            source_of("The minister conceded that 300 schools had closed."),
            Some("The minister".into())
        );
    }

    #[test]
    fn party_tags_and_times_inside_a_source() {
        assert_eq!(
            source_of(
                "Sen. Rand Paul, R-Ky., who led opposition to the bill, said the debt now exceeds $34 trillion."
            ),
            Some("Sen. Rand Paul".into())
        );
        assert_eq!(
            source_of("A Gallup poll published last month found that 41% of Americans agree."),
            Some("A Gallup poll published last month".into())
        );
        // Near-miss: "last month" after a verb that is no participle stays out.
        assert_eq!(
            source_of("Sales fell last month, the company said, to 300 units."),
            Some("the company".into())
        );
    }

    #[test]
    fn a_named_document_shows() {
        assert_eq!(
            source_of(
                "The ADP National Employment Report showed private employers added 152,000 jobs."
            ),
            Some("The ADP National Employment Report".into())
        );
        // Near-miss: a named place that shows things is no source.
        assert_eq!(source_of("The National Gallery shows 300 paintings."), None);
    }

    #[test]
    fn a_base_verb_before_a_modal_reports() {
        assert_eq!(
            source_of("He must pay restitution that prosecutors estimate will exceed $1 billion."),
            Some("prosecutors".into())
        );
        // Near-misses: a noun before the modal, and a verb with no plural subject.
        assert_eq!(source_of("The estimate will exceed $1 billion."), None);
        assert_eq!(
            source_of("Costs estimate will exceed $1 billion."),
            Some("Costs".into())
        );
    }

    #[test]
    fn united_states_and_record_figures_are_no_cues() {
        assert_eq!(
            source_of("The phone will cost $1,099 in the United States, $100 more than last year."),
            None
        );
        assert_eq!(
            source_of(
                "In 1974 he took 8 for 43, still the best figures by an England bowler at the ground."
            ),
            None
        );
        assert_eq!(
            source_of(
                "Helene killed at least 230 people across six states, making it the deadliest."
            ),
            None
        );
        // Near-misses: the verb before "that", and the latest figures from a source.
        assert_eq!(
            source_of("The ministry states that 300 people died."),
            Some("The ministry".into())
        );
        assert_eq!(
            source_of("The latest figures from the ONS show 300 deaths."),
            Some("the ONS".into())
        );
        assert_eq!(
            source_of("Orbit also unveiled a $349 watch."),
            Some("Orbit".into())
        );
    }

    #[test]
    fn a_second_verb_shares_the_subject() {
        assert_eq!(
            source_of("Mr Siddiqui congratulated her and said Labour would win 300 seats."),
            Some("Mr Siddiqui".into())
        );
        assert_eq!(
            source_of(
                "Supporters' trust chair Ray Dunne welcomed the signing but said fans wanted 300 more."
            ),
            Some("Supporters' trust chair Ray Dunne".into())
        );
        assert_eq!(
            source_of("Ms Carver, a teacher, welcomed the result and said 300 people helped."),
            Some("Ms Carver".into())
        );
        assert_eq!(
            source_of("She welcomed the result but said 300 people had left."),
            Some("She".into())
        );
        // Near-misses: a subject of its own before the verb, and no reporting verb at all.
        assert_eq!(
            source_of("Prices jumped 4% and analysts said 300 stores would close."),
            Some("analysts".into())
        );
        assert_eq!(source_of("Sales climbed and reached 300 stores."), None);
        assert_eq!(
            source_of("Rescuers searched the rubble and said 300 people were missing."),
            Some("Rescuers".into())
        );
        assert_eq!(
            source_of(
                "Officers raided the building early on 14 March last year and found 2,000 plants."
            ),
            Some("Officers".into())
        );
        assert_eq!(
            source_of("The study followed 8,000 adults and found a 30% higher risk."),
            Some("The study".into())
        );
        assert_eq!(source_of("Prices climbed but said 300 stores."), None);
        assert_eq!(
            source_of("The company opened 30 stores last year and said 300 more would open."),
            Some("The company".into())
        );
    }

    #[test]
    fn a_capitalised_function_word_inside_a_name() {
        assert_eq!(
            source_of("She is guaranteed at least £178,000, according to the All England Club."),
            Some("the All England Club".into())
        );
        // Near-miss: a lower-case "all" still ends the source.
        assert_eq!(
            source_of("The club said all 300 tickets had gone."),
            Some("The club".into())
        );
    }

    #[test]
    fn on_average_sits_between_subject_and_verb() {
        assert_eq!(
            source_of("Analysts had on average expected £398 million."),
            Some("Analysts".into())
        );
        // Near-miss: "average" as the head of a source phrase stays.
        assert_eq!(
            source_of("The average forecast showed 300 jobs."),
            Some("The average forecast".into())
        );
    }

    #[test]
    fn hyphenated_and_hedging_participles() {
        // "self-reported" is an adjective: nobody reports.
        assert_eq!(
            source_of(
                "Sleep was self-reported by most participants, although about 3,900 of them wore a device."
            ),
            None
        );
        // "a fee reported to be" hedges like "reportedly".
        assert_eq!(
            cue_of("He joined in June for a fee reported to be about £30m.").map(|c| c.2),
            Some(Grade::Vague)
        );
        // Near-misses: the plain verbs still report.
        assert_eq!(
            source_of("Participants reported sleeping 3,900 nights."),
            Some("Participants".into())
        );
        assert_eq!(
            source_of("The club reported a fee of about £30m."),
            Some("The club".into())
        );
    }

    #[test]
    fn a_source_is_kept_with_single_spaces() {
        // As the prose layer hands over a Markdown link: brackets masked to spaces.
        assert_eq!(
            source_of("The  Office for Budget Responsibility  said 300 jobs would go."),
            Some("The Office for Budget Responsibility".into())
        );
        assert_eq!(
            source_of("Growth was 2%, according to the Office for\nNational Statistics."),
            Some("the Office for National Statistics".into())
        );
    }

    #[test]
    fn a_capitalised_verb_inside_a_name_and_a_possessive_document() {
        for (text, source) in [
            (
                "Aid has reached more than $66 billion, according to the State Department.",
                "the State Department",
            ),
            (
                "Aid has reached $66 billion, according to State Department figures.",
                "State Department figures",
            ),
            (
                "Aid has reached $66 billion, the State Department said.",
                "the State Department",
            ),
            (
                "It employs 2,300 people, according to its filing.",
                "filing",
            ),
            (
                "It employs 2,300 people, according to its report.",
                "report",
            ),
            (
                "It employs 2,300 people, according to its most recent filing with the \
                 Companies Registration Office.",
                "most recent filing with the Companies Registration Office",
            ),
        ] {
            assert_eq!(source_of(text).as_deref(), Some(source), "{text}");
        }
        assert_eq!(
            source_of("He has spent £200m, according to figures compiled by Transfermarkt."),
            Some("Transfermarkt".into())
        );
        assert_eq!(
            source_of(
                "Its director, Madeleine Sumption, said arrivals on work and study visas had \
                 fallen by roughly a third."
            ),
            Some("Madeleine Sumption".into())
        );
        for text in [
            "Prices rose 5%, said the ministry on Monday.",
            "Prices rose 5%, said the ministry in a statement.",
            "Prices rose 5%, said officials on condition of anonymity.",
        ] {
            assert!(
                source_of(text).is_some_and(|s| !s.contains("Prices")),
                "{text}"
            );
        }
        assert_eq!(
            source_of(
                "If current trends continue, the population will pass 65 million by 2032, the \
                 ONS projects."
            ),
            Some("the ONS".into())
        );
        assert_eq!(
            source_of("If confirmed, 300 people died, the ministry said."),
            Some("the ministry".into())
        );
        assert_eq!(
            source_of(
                "The Kiel Institute, which tracks aid pledges, estimates that Europe has \
                 committed 132 billion euros."
            ),
            Some("The Kiel Institute".into())
        );
        assert_eq!(
            source_of("Only about half of pledged equipment has arrived."),
            None
        );
        assert_eq!(
            source_of("The 24 jets promised by the Netherlands have arrived."),
            Some("the Netherlands".into())
        );
        assert_eq!(
            source_of("The Netherlands promised 24 jets."),
            Some("The Netherlands".into())
        );
        assert_eq!(
            source_of("The ministry, which reports losses, said 300 died."),
            Some("The ministry".into())
        );
        // Near misses: a lower-case verb still ends the source, and "according to plan"
        // and a capitalised verb opening a clause are no names.
        assert_eq!(
            source_of("Everything went according to plan, and 300 guests came."),
            None
        );
        assert_eq!(
            source_of("Sales rose 4%, according to the ministry said nothing."),
            Some("the ministry".into())
        );
        assert_eq!(
            cue_of("Output fell 3%, according to the council reported by Reuters.").map(|c| c.0),
            Some("the council".into())
        );
    }

    #[test]
    fn according_to_takes_the_whole_name() {
        assert_eq!(
            source_of(
                "included “about 14400 people”, according to the General Staff of the Armed Forces of Ukraine."
            ),
            Some("the General Staff of the Armed Forces of Ukraine".into())
        );
    }

    #[test]
    fn subject_before_the_verb() {
        assert_eq!(
            source_of("Ukraine claimed on Saturday that more than 14,400 soldiers died."),
            Some("Ukraine".into())
        );
        assert_eq!(
            source_of(
                "In a post shared on Facebook, the Ukrainian military command also claimed that Russia lost 450 tanks."
            ),
            Some("the Ukrainian military command".into())
        );
        assert_eq!(
            source_of(
                "The event came as the latest UN count indicated at least 816 civilians have been killed."
            ),
            Some("the latest UN count".into())
        );
        assert_eq!(
            source_of(
                "Late on Friday, Ukrainian president Volodymyr Zelensky said the 200,000 people gathered."
            ),
            Some("Ukrainian president Volodymyr Zelensky".into())
        );
    }

    #[test]
    fn present_tense_claims_needs_a_clause() {
        assert_eq!(
            source_of("Hours after the rally, Ukraine claims Russia has lost 14,400 soldiers"),
            Some("Ukraine".into())
        );
        assert_eq!(source_of("Insurance claims rose to 300 last year."), None);
        assert_eq!(source_of("TV shows are watched by 300 people."), None);
    }

    #[test]
    fn inversion_and_quotes() {
        assert_eq!(
            source_of("“We lost 300 tanks,” said Mr Smith."),
            Some("Mr Smith".into())
        );
        assert_eq!(
            source_of("“We lost 300 tanks,” the minister said."),
            Some("the minister".into())
        );
        assert_eq!(
            source_of("Russia lost 300 tanks, the ministry said on Tuesday."),
            Some("the ministry".into())
        );
    }

    #[test]
    fn grades() {
        assert_eq!(
            cue_of("It added that 95 planes were lost.").map(|c| c.2),
            Some(Grade::Pronoun)
        );
        assert_eq!(
            cue_of("Officials said 300 people died.").map(|c| c.2),
            Some(Grade::Vague)
        );
        assert_eq!(
            cue_of("ONS figures show 300 people died.").map(|c| c.2),
            Some(Grade::Document)
        );
        assert_eq!(
            cue_of("About 300 people were reportedly killed.").map(|c| c.2),
            Some(Grade::Vague)
        );
        assert_eq!(
            cue_of("300 people are said to have died.").map(|c| c.2),
            Some(Grade::Vague)
        );
    }

    #[test]
    fn false_cues() {
        assert_eq!(
            source_of("Everything went according to plan with 300 guests."),
            None
        );
        assert_eq!(source_of("An estimated 300 people attended."), None);
        assert_eq!(
            source_of("Police declined to say how many of the 300 were held."),
            None
        );
    }

    #[test]
    fn prepositional_and_possessive() {
        assert_eq!(
            source_of("Figures from the Office for National Statistics put it at 4%."),
            Some("the Office for National Statistics".into())
        );
        assert_eq!(
            source_of("By the UN’s count, 816 civilians have died."),
            Some("the UN".into())
        );
        assert_eq!(
            source_of("A report by the World Bank found 3%."),
            Some("the World Bank".into())
        );
    }

    #[test]
    fn a_label_and_its_value_is_no_headline_colon() {
        for text in [
            "Revenue: £2.1bn",
            "Staff: 41,000",
            "Population: 8.9 million",
        ] {
            let t = Tokens::new(text);
            let cues = cues_in_sentence(&t, 0, t.len(), &[], true, &Lexicon::default());
            assert!(cues.is_empty(), "{text}: {cues:?}");
        }
    }

    #[test]
    fn headline_colon_attributes() {
        let text = "Minister: 14,400 troops lost";
        let t = Tokens::new(text);
        let cues = cues_in_sentence(&t, 0, t.len(), &[], true, &Lexicon::default());
        assert_eq!(
            cues.first().map(|c| c.attribution.source.as_str()),
            Some("Minister")
        );
    }

    #[test]
    fn a_topic_label_before_a_headline_colon_names_nobody() {
        let first_source = |text: &str| {
            let t = Tokens::new(text);
            headline_colon(&t, 0, t.len()).map(|c| c.attribution.source.to_string())
        };
        for text in [
            "Storm Claudia: 300 homes flooded in Wales",
            "Ukraine war: Russia has lost 300 tanks",
            "Election latest: 300 seats counted so far",
            "Covid: 1,200 new cases recorded overnight",
        ] {
            assert_eq!(first_source(text), None, "{text}");
        }
        // Near-misses: a speaker, a body and a named person keep the credit.
        for (text, source) in [
            ("Putin: 300 tanks were never lost", "Putin"),
            ("UN: 14,000 civilians have fled", "UN"),
            ("Met Office: 40C possible this week", "Met Office"),
        ] {
            assert_eq!(first_source(text), Some(source.to_string()), "{text}");
        }
    }

    #[test]
    fn a_body_that_expects_a_figure_is_its_source() {
        let text = "The IMF expects growth of 2.1% next year.";
        assert_eq!(credited(text, "2.1%", &[]).as_deref(), Some("The IMF"));
        // Near-miss: a passive expectation names nobody.
        let text = "Growth of 2.1% is expected next year.";
        assert_eq!(credited(text, "2.1%", &[]), None);
    }

    #[test]
    fn a_plus_glued_to_a_name_is_part_of_the_source() {
        let text = "Oil fell after Opec+ said it would raise output by 400,000 barrels a day.";
        assert_eq!(credited(text, "400,000", &[]).as_deref(), Some("Opec+"));
        // Near-miss: no cue, no source.
        let text = "Oil fell as Opec+ output rose by 400,000 barrels a day.";
        assert_eq!(credited(text, "400,000", &[]), None);
    }

    #[test]
    fn headline_dash_credits_its_source() {
        for (text, source) in [
            ("Inflation falls to 3.2% - ONS", "ONS"),
            (
                "NHS waiting list falls to 7.5 million – NHS England",
                "NHS England",
            ),
        ] {
            let t = Tokens::new(text);
            let cues = cues_in_sentence(&t, 0, t.len(), &[], true, &Lexicon::default());
            assert_eq!(
                cues.first().map(|c| c.attribution.source.as_str()),
                Some(source),
                "{text}"
            );
        }
        // Near-misses: a dash before words that name nobody, and body text.
        for (text, headline) in [
            ("Prices rise 3% - and more rises to come", true),
            ("Inflation falls to 3.2% - ONS", false),
        ] {
            let t = Tokens::new(text);
            let cues = cues_in_sentence(&t, 0, t.len(), &[], headline, &Lexicon::default());
            assert!(cues.is_empty(), "{text}: {cues:?}");
        }
    }

    fn sources_of(text: &str) -> Vec<String> {
        let t = Tokens::new(text);
        let quotes = crate::analysis::text::sentences::quotations(text);
        cues_in_sentence(&t, 0, t.len(), &quotes, false, &Lexicon::default())
            .into_iter()
            .map(|c| c.attribution.source.into())
            .collect()
    }

    /// The source credited for the claim whose text starts with `figure`, analysing `text` as
    /// a whole draft (so pronouns resolve and carry-over applies).
    fn credited(text: &str, figure: &str, extra: &[&str]) -> Option<String> {
        let config = crate::analysis::Config {
            cues: extra.iter().map(|s| s.to_string()).collect(),
            ..Default::default()
        };
        let analysis = crate::analysis::analyze(text, crate::analysis::Format::PlainText, &config);
        analysis
            .figures
            .iter()
            .find(|f| f.span.of(text).starts_with(figure) || f.number.of(text) == figure)
            .and_then(|f| f.attribution.as_ref())
            .map(|a| a.effective_source().to_string())
    }

    #[test]
    fn cue_closing_the_sentence_after_a_comma() {
        assert_eq!(
            source_of(
                "Hungary has 20 billion euros of EU funds frozen, the European Commission says."
            ),
            Some("the European Commission".into())
        );
        assert_eq!(
            source_of("Small boat crossings fell to 29,437 last year, Home Office figures show."),
            Some("Home Office figures".into())
        );
        assert_eq!(
            source_of("Apple is appealing a $1.2bn verdict, court filings show."),
            Some("court filings".into())
        );
        assert_eq!(
            source_of("A buyer would need a deposit of almost £42,000, Nationwide estimates."),
            Some("Nationwide".into())
        );
        assert_eq!(
            source_of("Prices rose 3%, analysts say.").map(|s| s.to_lowercase()),
            Some("analysts".into())
        );
        // Nouns ending a sentence are not cues.
        assert_eq!(source_of("He watched three TV shows."), None);
        assert_eq!(source_of("The firm paid 300 insurance claims."), None);
    }

    #[test]
    fn document_subject_makes_a_data_verb_before_any_clause() {
        assert_eq!(
            source_of("ONS figures show food prices rose by 7 per cent in the year."),
            Some("ONS figures".into())
        );
        assert_eq!(
            source_of("Data published on Tuesday showed 300 more cases."),
            Some("Data published on Tuesday".into())
        );
        assert_eq!(
            cue_of("Data published on Tuesday showed 300 more cases.").map(|c| c.2),
            Some(Grade::Document)
        );
    }

    #[test]
    fn inverted_verb_takes_the_source_only_when_it_closes_the_clause() {
        assert_eq!(
            source_of("Sales rose 3 per cent, said the ministry on Monday."),
            Some("the ministry".into())
        );
        assert_eq!(
            source_of("Sales rose 3 per cent, says Ms Revie."),
            Some("Ms Revie".into())
        );
        // A clause after the verb: the subject is before the comma-delimited phrase.
        assert_eq!(
            source_of(
                "Harlow Brands, which reported revenue of $1.2bn last year, said the combined group would have sales of $1.6bn."
            ),
            Some("Harlow Brands".into())
        );
        assert_eq!(
            sources_of(
                "A survey by the British Retail Consortium, published on Monday, showed footfall up 3.1 per cent."
            ),
            vec!["the British Retail Consortium".to_string()]
        );
        assert_eq!(
            source_of(
                "The survey of 2,029 adults, carried out in March, puts Labour on 44 per cent."
            ),
            Some("The survey of 2,029 adults".into())
        );
    }

    #[test]
    fn apposition_and_titles() {
        assert_eq!(
            source_of(
                "Robert Gardner, Nationwide's chief economist, said prices were about 3 per cent below the peak."
            ),
            Some("Robert Gardner".into())
        );
        assert_eq!(
            source_of(
                "The council's housing director, Paul Grant, said 53 people had been found sleeping rough."
            ),
            Some("Paul Grant".into())
        );
        assert_eq!(
            source_of(
                "Emma Revie, chief executive of the Trussell Trust, said 3.1 million parcels were handed out."
            ),
            Some("Emma Revie".into())
        );
        assert_eq!(
            source_of(
                "But Tim Mitchell, president of the Royal College of Surgeons, said about one in nine people were waiting."
            ),
            Some("Tim Mitchell".into())
        );
        assert_eq!(
            source_of("Mr Smith, 52, said he sold 300 cakes."),
            Some("Mr Smith".into())
        );
        assert_eq!(
            source_of("“We lost 300 tanks,” Ivan Petrov, the defence minister, said."),
            Some("Ivan Petrov".into())
        );
        assert_eq!(
            source_of(
                "The hospice needs to raise £3.5 million a year, according to its chief executive, Dr Paul Gray."
            ),
            Some("Dr Paul Gray".into())
        );
        // A comma-delimited phrase that is no apposition gives no source.
        assert_eq!(
            source_of("Prices in London, the most expensive region, rose 3%."),
            None
        );
        assert_eq!(source_of("Sales rose 3%, the best result in years."), None);
    }

    #[test]
    fn the_object_of_told_is_an_audience() {
        assert_eq!(
            source_of(
                "The council leader, Dev Patel, told reporters on Sunday that 300 homes were empty."
            ),
            Some("Dev Patel".into())
        );
        assert_eq!(
            source_of(
                "Its chief executive, Lena Brooks, told investors the group would employ 21,000 people."
            ),
            Some("Lena Brooks".into())
        );
        assert_eq!(
            source_of("Lena Brooks told investors the group would employ 21,000 people."),
            Some("Lena Brooks".into())
        );
        assert_eq!(source_of("He was told 300 jobs would go."), None);
    }

    #[test]
    fn action_verbs_do_not_make_their_subject_a_source() {
        assert_eq!(
            source_of("US employers added 275,000 jobs in February."),
            None
        );
        assert_eq!(source_of("Health care added 67,000 jobs."), None);
        assert_eq!(source_of("Honda recalled 1.2 million cars."), None);
        assert_eq!(
            source_of("The combined group will have 12,000 staff."),
            None
        );
        assert_eq!(source_of("Investors put $300m into the fund."), None);
        assert_eq!(
            source_of(
                "Toyota, which sold 10.3 million vehicles worldwide last year, has issued four recalls this year."
            ),
            None
        );
        // The reporting senses still count.
        assert_eq!(
            source_of("He added that 300 people had died."),
            Some("He".into())
        );
        assert_eq!(
            source_of("The data firm added: “We expect 300 deals.”"),
            Some("The data firm".into())
        );
        assert_eq!(
            source_of("She recalled that 300 people had come."),
            Some("She".into())
        );
        assert_eq!(
            source_of("The NHTSA put the number of affected Toyota vehicles at 1,004,000."),
            Some("The NHTSA".into())
        );
    }

    #[test]
    fn estimated_as_verb_and_as_qualifier() {
        assert_eq!(
            source_of("The ABI estimated 2,800 claims were made."),
            Some("The ABI".into())
        );
        assert_eq!(source_of("An estimated 2,800 people attended."), None);
        assert_eq!(
            source_of("Prices fell below the 3.5% forecast by economists polled by Reuters."),
            Some("economists polled by Reuters".into())
        );
        assert_eq!(
            source_of(
                "Economists surveyed by the data firm FactSet had forecast a gain of 200,000."
            ),
            Some("Economists surveyed by the data firm FactSet".into())
        );
    }

    #[test]
    fn document_and_named_grades() {
        assert_eq!(
            cue_of("According to a draft of the summit conclusions, €33bn will come as loans.")
                .map(|c| c.2),
            Some(Grade::Document)
        );
        assert_eq!(
            cue_of("The government will borrow ₹14.13 trillion, according to budget documents."),
            Some((
                "budget documents".into(),
                "according to".into(),
                Grade::Document
            ))
        );
        assert_eq!(
            cue_of("It made £8.4m last year, its accounts show."),
            Some(("accounts".into(), "show".into(), Grade::Document))
        );
        assert_eq!(
            cue_of("The council spent £4.2m, according to its accounts."),
            Some(("accounts".into(), "according to".into(), Grade::Document))
        );
        assert_eq!(
            cue_of("A magnitude 7.8 earthquake struck, the US Geological Survey said."),
            Some((
                "the US Geological Survey".into(),
                "say".into(),
                Grade::Named
            ))
        );
        assert_eq!(
            cue_of("A source close to the company said 40 staff had been sent home."),
            Some((
                "A source close to the company".into(),
                "say".into(),
                Grade::Vague
            ))
        );
        assert_eq!(
            cue_of("Reform UK is on 13 per cent, its highest in a YouGov poll."),
            Some(("YouGov poll".into(), "poll".into(), Grade::Document))
        );
        assert_eq!(
            cue_of("Wages rose 4.3%, according to the report.").map(|c| c.0),
            Some("the report".into())
        );
        assert_eq!(
            cue_of("Sales rose 3 per cent, according to figures from the ONS.").map(|c| c.0),
            Some("the ONS".into())
        );
        // A poll that is only a modifier is no cue.
        assert_eq!(source_of("Labour has a 20-point YouGov poll lead."), None);
    }

    #[test]
    fn bracketed_gloss_before_the_verb() {
        assert_eq!(
            source_of(
                "Exports rose 11.9% to ¥7.33tn, the finance ministry (財務省) said on Monday."
            ),
            Some("the finance ministry".into())
        );
        assert_eq!(
            source_of("Toyota Motor (トヨタ自動車) said it sold 10.3 million vehicles."),
            Some("Toyota Motor".into())
        );
    }

    #[test]
    fn a_cue_inside_another_source_gives_way() {
        assert_eq!(
            sources_of(
                "Retail sales will rise 2% this year, the Bank of England's latest forecast shows."
            ),
            vec!["the Bank of England's latest forecast".to_string()]
        );
        assert_eq!(
            source_of("Judge Robin Mairs said Fenwick had shown no remorse and must pay £30,000."),
            Some("Judge Robin Mairs".into())
        );
        assert_eq!(
            sources_of("Victoria Atkins said the figures showed 300 fewer waits."),
            vec!["Victoria Atkins".to_string(), "the figures".to_string()]
        );
    }

    #[test]
    fn relative_pronoun_stands_for_its_antecedent() {
        assert_eq!(
            cue_of(
                "The report, which found that 2,000 homes were flooded, was published on Monday."
            )
            .map(|c| (c.0, c.2)),
            Some(("The report".into(), Grade::Document))
        );
        assert_eq!(
            source_of("The firm, which employs 400 people, has been sold."),
            None
        );
    }

    #[test]
    fn the_claims_own_clause_decides_between_cues() {
        let text = "The ministry put losses at more than 14,400, and the General Staff said the figure was about 14400.";
        assert_eq!(
            credited(text, "more than 14,400", &[]),
            Some("The ministry".into())
        );
        assert_eq!(
            credited(text, "about 14400", &[]),
            Some("the General Staff".into())
        );
        // With no cue in its own clause, the nearest cue still attributes.
        let text = "Sales rose 3%, while profits fell 2%, the company said.";
        assert_eq!(credited(text, "3%", &[]), Some("the company".into()));
        // A hedge gives way to a named source in the same sentence.
        let text = "Sales of 300 cars were recorded, the ONS said.";
        assert_eq!(credited(text, "300", &[]), Some("the ONS".into()));
    }

    #[test]
    fn pronouns_resolve_to_a_source_of_their_kind() {
        let text = "Health Secretary Victoria Atkins said the figures showed the plan was working. \
                    \"We have cut the longest waits by almost 90 per cent,\" she said.";
        assert_eq!(
            credited(text, "almost 90", &[]),
            Some("Health Secretary Victoria Atkins".into())
        );
        let text = "Apple sold 50 million iPhones, the company said. Chief executive Tim Cook \
                    said demand was strong. Apple returned almost $27bn to shareholders, it said.";
        assert_eq!(
            credited(text, "almost $27bn", &[]),
            Some("the company".into())
        );
        let text = "Robert Gardner, Nationwide's chief economist, said prices were 3 per cent \
                    below the peak. He also said rates had fallen to 4.9 per cent.";
        assert_eq!(credited(text, "4.9", &[]), Some("Robert Gardner".into()));
        // A role in lower case between an organisation and a personal name: a person.
        let text = "Temperatures reached 33C, the Met Office said. Met Office meteorologist Greg \
                    Dewhurst said highs of 32C were possible. Overnight temperatures would stay \
                    above 20C, he added.";
        assert_eq!(
            credited(text, "above 20C", &[]),
            Some("Met Office meteorologist Greg Dewhurst".into())
        );
        // Near-miss: an organisation's two-word name stays an organisation.
        let text = "Demand rose, the Sleep Charity said. It added that 300 people called.";
        assert_eq!(credited(text, "300", &[]), Some("the Sleep Charity".into()));
    }

    #[test]
    fn desk_phrases_work_in_every_position() {
        let extra = ["the court heard", "put the figure at"];
        assert_eq!(
            credited(
                "Fenwick stole £250,000 from 14 victims, the court heard.",
                "£250,000",
                &extra
            ),
            Some("the court".into())
        );
        assert_eq!(
            credited(
                "The court heard that Fenwick stole £250,000.",
                "£250,000",
                &extra
            ),
            Some("The court".into())
        );
        assert_eq!(
            credited("The council put the figure at 300.", "300", &extra),
            Some("The council".into())
        );
        assert_eq!(
            credited("Fenwick stole £250,000.", "£250,000", &extra),
            None
        );
    }

    #[test]
    fn according_to_plan_is_no_source_however_long() {
        assert_eq!(
            source_of(
                "Everything went according to plan at the meeting, and 120 residents watched."
            ),
            None
        );
    }

    #[test]
    fn several_phrases_between_subject_and_verb() {
        assert_eq!(
            source_of("Ms Revie, 52, who founded the charity, said 300 volunteers helped."),
            Some("Ms Revie".into())
        );
        assert_eq!(
            source_of("Prices, the ONS said, rose 3%."),
            Some("the ONS".into())
        );
        assert_eq!(
            source_of("The strike will cost £300m, says the CBI, which represents 190,000 firms."),
            Some("the CBI".into())
        );
    }

    #[test]
    fn an_adverb_after_a_participial_phrase_keeps_the_subject() {
        assert_eq!(
            source_of("The figures, released on Thursday, also showed a 9% rise in theft."),
            Some("The figures".into())
        );
        assert_eq!(
            source_of("Robert Gardner, Nationwide's chief economist, also said prices rose 3%."),
            Some("Robert Gardner".into())
        );
        // Without the adverb, as before.
        assert_eq!(
            source_of("The figures, released on Thursday, showed a 9% rise in theft."),
            Some("The figures".into())
        );
        // A comma closing a clause with no subject of its own gives nothing.
        assert_eq!(
            source_of("Prices rose by 4%, also showing the strain."),
            None
        );
        assert_eq!(
            source_of("In March, also on a Friday, 300 people marched."),
            None
        );
    }

    #[test]
    fn released_reports_only_a_document() {
        assert_eq!(
            source_of("The ministry released figures showing 300 deaths."),
            Some("The ministry".into())
        );
        assert_eq!(source_of("The company released 300 pages of emails."), None);
        assert_eq!(
            source_of("Russia released 300 prisoners, Ukraine said."),
            Some("Ukraine".into())
        );
    }

    #[test]
    fn an_unnamed_document_belongs_to_the_speaker_who_cites_it() {
        assert_eq!(
            sources_of("The survey of 1,000 firms found 30% planned to hire, the CBI said."),
            vec!["the CBI".to_string()]
        );
        assert_eq!(
            sources_of("They found 300 new variants, the team said."),
            vec!["the team".to_string()]
        );
        // A named document keeps its own cue.
        assert_eq!(
            sources_of("ONS figures show 300 more cases, the minister said."),
            vec!["ONS figures".to_string(), "the minister".to_string()]
        );
    }

    #[test]
    fn acronyms_are_names_not_function_words() {
        assert_eq!(
            source_of("Covid-19 killed more than 7 million people worldwide, the WHO says."),
            Some("the WHO".into())
        );
        assert_eq!(
            source_of("The U.N. estimated that 300 civilians were killed."),
            Some("The U.N.".into())
        );
    }

    #[test]
    fn a_cue_right_after_a_figure_speaks_for_that_figure() {
        let text =
            "Revenue was $57bn, ahead of the $55.2bn analysts had forecast, the company said.";
        assert_eq!(credited(text, "$57bn", &[]), Some("the company".into()));
        assert_eq!(credited(text, "$55.2bn", &[]), Some("analysts".into()));
    }

    #[test]
    fn a_year_or_a_date_before_the_source_is_not_another_figure() {
        for text in [
            "In 2023 the ministry said over 450 tanks were lost.",
            "On March 12 the ministry said over 450 tanks were lost.",
        ] {
            assert_eq!(
                credited(text, "over 450", &[]),
                Some("the ministry".into()),
                "{text}"
            );
        }
        // An amount before the subject still speaks for itself.
        let text =
            "Sales beat the 300 analysts had forecast by far, the firm said 12,000 cars sold.";
        assert_eq!(credited(text, "300", &[]), Some("analysts".into()));
    }

    #[test]
    fn a_day_leading_the_sentence_is_not_part_of_the_source() {
        for (text, source) in [
            (
                "On Sunday evening the fire service said it rescued 30 people.",
                "the fire service",
            ),
            (
                "By Monday the ministry said 300 tanks were lost.",
                "the ministry",
            ),
            (
                "Last night the council said 40 homes had flooded.",
                "the council",
            ),
            (
                "Yesterday the ministry said 300 tanks were lost.",
                "the ministry",
            ),
            ("On Sunday Russia said 300 tanks were lost.", "Russia"),
            (
                "By the evening the fire service said 30 people were rescued.",
                "the fire service",
            ),
            (
                "In the morning the council said 40 homes had flooded.",
                "the council",
            ),
            // Near-misses: a day inside a name.
            (
                "The Evening Standard said 300 jobs were lost.",
                "The Evening Standard",
            ),
            (
                "The Sunday Times said 300 jobs were lost.",
                "The Sunday Times",
            ),
            (
                "Sunday Times reporters said 300 jobs were lost.",
                "Sunday Times reporters",
            ),
        ] {
            let figure = text
                .split(' ')
                .find(|w| w.starts_with(|c: char| c.is_ascii_digit()))
                .unwrap_or("");
            assert_eq!(credited(text, figure, &[]), Some(source.into()), "{text}");
        }
    }

    #[test]
    fn forecasters_need_no_clause_after_the_verb() {
        let text = "Analysts expect growth of 1.2% next year, while the charity estimates that 1.5 million people are homeless.";
        assert_eq!(credited(text, "1.2%", &[]), Some("Analysts".into()));
        assert_eq!(
            credited(text, "1.5 million", &[]),
            Some("the charity".into())
        );
        assert_eq!(
            source_of("A Reuters poll of economists had pointed to a 0.2% decrease."),
            Some("Reuters poll".into())
        );
        // A passive forecast names nobody.
        assert_eq!(
            credited("Another 25 are expected to leave by the summer.", "25", &[]),
            None
        );
    }

    #[test]
    fn a_participle_giving_the_figure_is_no_cue() {
        assert_eq!(
            source_of("Last year, Storm Bert caused damage estimated at £20m across Wales."),
            None
        );
        assert_eq!(
            source_of("The ministry estimated at least 300 people had died."),
            Some("The ministry".into())
        );
    }

    #[test]
    fn citing_a_reason_is_no_source() {
        assert_eq!(
            sources_of("Inflation rose to 3%, said economists at ING, citing energy costs."),
            vec!["economists at ING".to_string()]
        );
        assert_eq!(
            cue_of("Oil rose 3%, Reuters reported, citing officials.").map(|c| c.0),
            Some("Reuters".into())
        );
        assert_eq!(
            sources_of("Shares fell 5%, citing the company's filings."),
            vec!["the company's filings".to_string()]
        );
    }

    #[test]
    fn a_hometown_between_commas_is_no_apposition() {
        assert_eq!(
            source_of("The 45-year-old, from Leeds, said he had lost £300."),
            Some("The 45-year-old".into())
        );
        assert_eq!(
            source_of("Mark Fenwick, of Otley, said he had lost £300."),
            Some("Mark Fenwick".into())
        );
        // Comma-delimited phrases with no verb after them attribute nothing.
        assert_eq!(
            source_of("Shares in the company, which employs 3,000 people, fell 5%."),
            None
        );
        assert_eq!(
            source_of("The club's manager, Mikel Arteta, wants 60,000 fans."),
            None
        );
    }

    #[test]
    fn a_role_before_a_name_makes_a_person() {
        let text = "Council leader Helen Marsh said the authority faced a £12m gap. \
                    \"Demand has risen by 30 per cent,\" she said.";
        assert_eq!(
            credited(text, "30 per cent", &[]),
            Some("Council leader Helen Marsh".into())
        );
        let text = "The county council confirmed the rise. Council leader Helen Marsh \
                    agreed. It said 300 posts would go.";
        assert_eq!(
            credited(text, "300", &[]),
            Some("The county council".into())
        );
    }

    #[test]
    fn a_person_before_a_role_a_gloss_and_a_relative_clause() {
        assert_eq!(
            source_of(
                "“Prices rose 3%,” Jane Fox, chief economist at the Office for National Statistics (ONS), which publishes the figures, told the BBC."
            ),
            Some("Jane Fox".into())
        );
        assert_eq!(
            source_of("The UN's refugee agency, UNHCR, said 300 people had fled."),
            Some("UNHCR".into())
        );
        // An organisation before a relative clause stays the source.
        assert_eq!(
            source_of("The Premier League, which has 20 clubs, said revenue rose 5%."),
            Some("The Premier League".into())
        );
    }

    #[test]
    fn a_lone_participle_is_no_source() {
        assert_eq!(
            source_of("Forty per cent of those polled said they would vote Labour."),
            None
        );
    }

    #[test]
    fn a_speaking_pronoun_is_no_document() {
        let text = "Shell paid $9.2 billion in dividends, the company said. It made \
                    $2 billion more, according to its annual report, and it has promised \
                    to raise the payout by 4%.";
        assert_eq!(credited(text, "4%", &[]), Some("the company".into()));
        // A finding may be a document's.
        let text = "The figures were released by the ONS. The report also found 300 cases. \
                    It found 40 more.";
        assert_eq!(credited(text, "40", &[]), Some("The report".into()));
    }

    #[test]
    fn a_document_from_a_described_body() {
        assert_eq!(
            source_of(
                "Insured losses could reach $1.5 billion, according to an estimate from catastrophe modeler Karen Clark & Co."
            ),
            Some("an estimate from catastrophe modeler Karen Clark & Co".into())
        );
        assert_eq!(
            source_of("Losses reached $1.5 billion, according to figures from last year."),
            Some("figures".into())
        );
    }

    #[test]
    fn an_ampersand_joins_a_name() {
        assert_eq!(
            source_of("Sales rose 3%, Marks & Spencer said."),
            Some("Marks & Spencer".into())
        );
        assert_eq!(
            source_of("Sales rose 3%, said Marks & Spencer."),
            Some("Marks & Spencer".into())
        );
    }

    #[test]
    fn a_verb_straight_after_a_figure_is_inverted() {
        assert_eq!(source_of("Inflation hits 3% says ONS"), Some("ONS".into()));
        assert_eq!(
            source_of("Sales rose 3% said the ministry."),
            Some("the ministry".into())
        );
        assert_eq!(
            source_of("The G7 said on Monday that 300 tanks would be sent."),
            Some("The G7".into())
        );
        assert_eq!(source_of("300 said they would vote Labour."), None);
    }

    #[test]
    fn a_gerund_is_no_source() {
        assert_eq!(
            sources_of(
                "Profits rose 3% to £300m, beating forecasts, the bank said in a statement."
            ),
            vec!["the bank".to_string()]
        );
    }

    #[test]
    fn show_reports_only_for_a_document() {
        assert_eq!(source_of("The museum shows 300 paintings."), None);
        assert_eq!(
            source_of("The film, which shows 300 Spartans, grossed $450m."),
            None
        );
        assert_eq!(
            source_of("Records show he paid £300."),
            Some("Records".into())
        );
        assert_eq!(
            source_of("The chart shows that 300 people died."),
            Some("The chart".into())
        );
        assert_eq!(
            source_of("Ukraine lost 300 tanks in March, Russia's figures show."),
            Some("Russia's figures".into())
        );
    }

    #[test]
    fn a_name_with_a_preposition_heads_its_document() {
        assert_eq!(
            cue_of("Bank of England figures show it has raised rates 14 times.")
                .map(|c| (c.0, c.2)),
            Some(("Bank of England figures".into(), Grade::Document))
        );
        assert_eq!(
            cue_of("Inflation fell, the Office for National Statistics said.").map(|c| c.2),
            Some(Grade::Named)
        );
    }

    #[test]
    fn abbreviated_titles_after_the_verb() {
        assert_eq!(
            source_of("Sales rose 3%, said Mr. Bloggs, who joined in 2019."),
            Some("Mr. Bloggs".into())
        );
        assert_eq!(
            source_of("At least four people died, said Gov. Greg Abbott."),
            Some("Gov. Greg Abbott".into())
        );
    }

    #[test]
    fn trailing_cues_with_crlf_emoji_and_cjk() {
        let text =
            "Sales rose 3% 🚀, the firm says.\r\n\r\nProfits rose 5%, court filings show.\r\n";
        assert_eq!(credited(text, "3%", &[]), Some("the firm".into()));
        assert_eq!(credited(text, "5%", &[]), Some("court filings".into()));
        let text = "Exports from 東京 rose 3%, the finance ministry (財務省) said.";
        assert_eq!(
            credited(text, "3%", &[]),
            Some("the finance ministry".into())
        );
    }

    #[test]
    fn filed_accounts_and_annual_reports_are_documents() {
        assert_eq!(
            cue_of("The firm lost £3m last year, accounts filed at Companies House show."),
            Some((
                "accounts filed at Companies House".into(),
                "show".into(),
                Grade::Document
            ))
        );
        assert_eq!(
            cue_of("The firm employs 6,200 staff, according to the annual report."),
            Some((
                "the annual report".into(),
                "according to".into(),
                Grade::Document
            ))
        );
        // The company itself stays named.
        assert_eq!(
            cue_of("The company said its 400 staff would be paid.").map(|c| (c.0, c.2)),
            Some(("The company".into(), Grade::Named))
        );
    }

    #[test]
    fn says_needs_no_clause_opener() {
        assert_eq!(
            source_of("UN says civilian toll in the east tops 800"),
            Some("UN".into())
        );
        assert_eq!(source_of("Insurance claims rose to 300 last year."), None);
        assert_eq!(
            source_of("The company's annual reports list 300 stores."),
            None
        );
        assert_eq!(
            source_of("Insurance estimates rose to 300 last year."),
            None
        );
    }
}
