//! Who says so: finding attribution cues ("according to X", "X said", "the latest UN count
//! indicated") in sentences, the source each names, its grade, and carrying an attribution
//! to later sentences ("It added that ...", a continuing quotation, a governing
//! "According to X,").

use serde::Serialize;

use super::span::Span;

/// How much a source tells the reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Grade {
    /// A named person or organisation: "the General Staff of the Armed Forces of Ukraine".
    Named,
    /// A document or statistic: "the latest UN count", "ONS figures".
    Document,
    /// A pronoun resolved to an earlier source: "It added that ...".
    Pronoun,
    /// "officials said", "sources say", "reportedly".
    Vague,
}

impl Grade {
    /// The grade as written in output.
    pub fn as_str(self) -> &'static str {
        match self {
            Grade::Named => "named",
            Grade::Document => "document",
            Grade::Pronoun => "pronoun",
            Grade::Vague => "vague",
        }
    }
}

/// An attribution of a claim: the source as written, the cue, and where both are.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Attribution {
    /// The source as written ("the General Staff of the Armed Forces of Ukraine", "It").
    pub source: String,
    pub source_span: Span,
    /// The cue as a lemma ("according to", "say", "claim", "indicate").
    pub cue: String,
    pub cue_span: Span,
    pub grade: Grade,
    /// For a pronoun, the earlier source it stands for.
    pub resolved: Option<String>,
    /// True when the attribution reaches this sentence from an earlier one.
    pub carried: bool,
}

impl Attribution {
    /// The source a reader should credit: the resolved source for a pronoun, else as written.
    pub fn effective_source(&self) -> &str {
        self.resolved.as_deref().unwrap_or(&self.source)
    }
}

use super::lookup;
use super::cues::{self, Lexicon, VerbClass, VerbForm};
use super::subjects;
use super::tokens::Tokens;

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
    for i in start..end {
        if !t.get(i).is_some_and(|x| x.is_word()) || quoted(i) {
            continue;
        }
        let lower = lookup::lower(t.text_of(i));
        let lower = lower.as_ref();
        let found = according_to(t, i, start, end)
            .or_else(|| extra_phrase(t, i, start, end, lexicon))
            .or_else(|| verb_cue(t, i, lower, start, end))
            .or_else(|| prepositional(t, i, lower, end))
            .or_else(|| possessive(t, i, start, end))
            .or_else(|| hedge(t, i, lower, start));
        if let Some(cue) = found {
            out.push(cue);
        }
    }
    if out.is_empty()
        && headline
        && let Some(cue) = headline_colon(t, start, end)
    {
        out.push(cue);
    }
    out
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
    let source_span = Span::new(t.list[s0].span.start, t.list[s1 - 1].span.end);
    let source_text = source_span.of(t.text).to_string();
    let grade = grade_of(t, s0, s1);
    Some(Cue {
        attribution: Attribution {
            source: source_text,
            source_span,
            cue: lemma.to_string(),
            cue_span: Span::new(t.list[cue.0].span.start, t.list[cue.1 - 1].span.end),
            grade,
            resolved: None,
            carried: false,
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
    let mut head_end = s1;
    for i in s0..s1 {
        if t.word_in(i, &["of", "for", "at", "with", "in", "on"]) && i > s0 {
            head_end = i;
            break;
        }
    }
    let head = (s0..head_end)
        .rev()
        .find(|&i| t.get(i).is_some_and(|x| x.is_word()));
    let Some(head) = head else {
        return Grade::Named;
    };
    let head_word = t.text_of(head).to_lowercase();
    let head_word = head_word.trim_end_matches("’s").trim_end_matches("'s");
    if cues::DOCUMENT_NOUNS.contains(&head_word) {
        return Grade::Document;
    }
    if cues::VAGUE_NOUNS.contains(&head_word) && head_end == s1 {
        return Grade::Vague;
    }
    Grade::Named
}

/// A source's tokens going back from `before` (exclusive) to no earlier than `floor`.
fn source_before(t: &Tokens<'_>, before: usize, floor: usize) -> Option<(usize, usize)> {
    let mut end = before;
    // Skip adverbs and auxiliaries between subject and verb.
    while end > floor && t.word_in(end - 1, BETWEEN_SUBJECT_AND_VERB) {
        end -= 1;
    }
    let mut start = end;
    let mut taken = 0;
    while start > floor && taken < 14 {
        let i = start - 1;
        let Some(tok) = t.get(i) else { break };
        let ok = match tok.kind {
            super::tokens::TokenKind::Word => {
                let lower = t.text_of(i).to_lowercase();
                !subjects::STOP.contains(&lower.as_str())
                    || INNER.contains(&lower.as_str())
                    || cues::PRONOUNS.contains(&lower.as_str())
            }
            super::tokens::TokenKind::Number => {
                tok.space_before.eq(&false) || t.get(i + 1).is_some_and(|n| !n.space_before)
            }
            super::tokens::TokenKind::Punct => {
                matches!(t.punct(i), Some('.' | '-' | '&' | '\'' | '’')) && !tok.space_before
            }
            super::tokens::TokenKind::Opaque => true,
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
    trim_source(t, start, end)
}

/// A source's tokens going forward from `from` to no later than `limit`.
fn source_after(t: &Tokens<'_>, from: usize, limit: usize) -> Option<(usize, usize)> {
    let mut end = from;
    let mut taken = 0;
    while end < limit && taken < 14 {
        let Some(tok) = t.get(end) else { break };
        let ok = match tok.kind {
            super::tokens::TokenKind::Word => {
                let lower = t.text_of(end).to_lowercase();
                let inner = INNER.contains(&lower.as_str())
                    && !(matches!(lower.as_str(), "in" | "on" | "at" | "with" | "and")
                        && !t.is_capitalised(end + 1)
                        && !t.word_in(end + 1, &["the"]));
                // A reporting verb ends the source: ", said the ministry, adding ...".
                (!subjects::STOP.contains(&lower.as_str()) || inner) && cues::verb(&lower).is_none()
            }
            super::tokens::TokenKind::Number => !tok.space_before,
            super::tokens::TokenKind::Punct => {
                matches!(t.punct(end), Some('.' | '-' | '&' | '\'' | '’'))
                    && !tok.space_before
                    && t.get(end + 1).is_some_and(|n| !n.space_before)
            }
            super::tokens::TokenKind::Opaque => true,
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
    while start < end
        && (t.word_in(start, &["of", "for", "at", "with", "in", "on", "and", "&"])
            || t.punct(start).is_some())
    {
        start += 1;
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

fn according_to(t: &Tokens<'_>, i: usize, _start: usize, end: usize) -> Option<Cue> {
    if !(t.word_is(i, "according") && t.word_is(i + 1, "to")) {
        return None;
    }
    let source = source_after(t, i + 2, end)?;
    // "according to plan", "according to the rules".
    let first_content = (source.0..source.1).find(|&k| !t.word_in(k, &["the", "a", "an"]))?;
    if t.word_in(first_content, cues::NOT_SOURCES) && source.1 - source.0 <= 2 {
        return None;
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
            let source = source_before(t, i, start).or_else(|| source_after(t, i + n, end))?;
            return make(t, source, (i, i + n), &lemma, i);
        }
    }
    None
}

fn verb_cue(t: &Tokens<'_>, i: usize, lower: &str, start: usize, end: usize) -> Option<Cue> {
    let verb = cues::verb(lower)?;
    let mut cue_end = i + 1;
    if verb.lemma == "point out" {
        if !t.word_is(i + 1, "out") {
            return None;
        }
        cue_end = i + 2;
    }
    let prev = i.checked_sub(1).filter(|p| *p >= start);
    let prev_lower = prev
        .map(|p| t.text_of(p).to_lowercase())
        .unwrap_or_default();
    // "an estimated 300", "the reported figures": adjectives, not verbs.
    if prev.is_some_and(|p| {
        t.word_in(
            p,
            &[
                "a", "an", "the", "this", "that", "its", "their", "his", "her", "our", "my",
            ],
        )
    }) {
        return None;
    }
    // "declined to say", "refused to comment": no source given.
    if prev_lower == "to" {
        return None;
    }
    // Passive hedges: "is said to", "were reported killed", "is believed to".
    if matches!(
        prev_lower.as_str(),
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
    let next_lower = t.text_of(i + 1).to_lowercase();
    let next_opens_clause = CLAUSE_OPENERS.contains(&next_lower.as_str())
        || t.is_capitalised(i + 1)
        || t.get(i + 1).is_some_and(|x| x.is_number())
        || matches!(
            t.punct(i + 1),
            Some('“' | '"' | '‘' | '$' | '£' | '€' | ':' | ',')
        );
    match verb.form {
        VerbForm::Third if !next_opens_clause => return None,
        VerbForm::Base => {
            let after_subject = prev.is_some_and(|p| {
                t.word_in(
                    p,
                    &[
                        "they", "we", "i", "you", "will", "would", "could", "may", "might", "did",
                        "do", "also", "now", "still", "often",
                    ],
                ) || subjects::is_plural_noun(&t.text_of(p).to_lowercase())
            });
            if !after_subject || !next_opens_clause {
                return None;
            }
        }
        _ => {}
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
        && !(verb.lemma == "put" && (i + 1..(i + 7).min(end)).any(|k| t.word_is(k, "at")))
    {
        return None;
    }
    // Subject before the verb ("the ministry said"), or after it in inversion (", said the
    // ministry").
    let inverted =
        prev.is_none_or(|p| matches!(t.punct(p), Some(',' | '”' | '"' | '’' | '\'' | '—' | '–')));
    let source = if inverted {
        source_after(t, cue_end, end).or_else(|| source_before(t, i, start))
    } else {
        source_before(t, i, start)
    }?;
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
    // "citing X", "per X".
    if matches!(lower, "citing" | "quoting")
        || (lower == "per"
            && (t.is_capitalised(i + 1) || t.word_is(i + 1, "the") && t.is_capitalised(i + 2)))
    {
        let source = source_after(t, i + 1, end)?;
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
            || (t.is_capitalised(s - 1)
                && !subjects::STOP.contains(&t.text_of(s - 1).to_lowercase().as_str())))
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
    cue.attribution.source = trimmed;
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
    if !(start..colon).all(|k| {
        t.get(k)
            .is_some_and(|x| x.is_word() || matches!(t.punct(k), Some('.' | '\'' | '’' | '-')))
    }) {
        return None;
    }
    make(t, (start, colon), (colon, colon + 1), ":", colon)
}

/// Resolves pronoun sources ("It added") to the nearest earlier named or document source.
/// `cues` are all cues of the draft in document order, with document offsets.
pub fn resolve_pronouns(figures: &mut [super::claims::Figure], cues: &[Attribution]) {
    // The named sources in document order, by cue position.
    let anchors: Vec<(usize, &str)> = cues
        .iter()
        .filter(|a| matches!(a.grade, Grade::Named | Grade::Document))
        .map(|a| (a.cue_span.start, a.source.as_str()))
        .collect();
    for figure in figures.iter_mut() {
        if let Some(a) = &mut figure.attribution
            && a.grade == Grade::Pronoun
        {
            let at = a.cue_span.start;
            let k = anchors.partition_point(|(pos, _)| *pos < at);
            a.resolved = k.checked_sub(1).map(|k| anchors[k].1.to_string());
        }
    }
}

/// The distinct sources cited in the draft (named and document grades), in order of first
/// citation.
pub fn cited_sources(cues: &[Attribution]) -> Vec<super::CitedSource> {
    let mut out: Vec<super::CitedSource> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for a in cues
        .iter()
        .filter(|a| matches!(a.grade, Grade::Named | Grade::Document))
    {
        if seen.insert(a.source.to_lowercase()) {
            out.push(super::CitedSource {
                source: a.source.clone(),
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
        let quotes = super::super::sentences::quotations(text);
        cues_in_sentence(&t, 0, t.len(), &quotes, false, &Lexicon::default())
            .into_iter()
            .next()
            .map(|c| (c.attribution.source, c.attribution.cue, c.attribution.grade))
    }

    fn source_of(text: &str) -> Option<String> {
        cue_of(text).map(|c| c.0)
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
    fn headline_colon_attributes() {
        let text = "Minister: 14,400 troops lost";
        let t = Tokens::new(text);
        let cues = cues_in_sentence(&t, 0, t.len(), &[], true, &Lexicon::default());
        assert_eq!(
            cues.first().map(|c| c.attribution.source.as_str()),
            Some("Minister")
        );
    }
}
