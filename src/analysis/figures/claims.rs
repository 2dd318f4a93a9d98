//! The figure model: every number the engine recognised, what kind of number it is, and for
//! claims the value, interval, unit and subject key the ledger compares.

use std::sync::LazyLock;

use serde::Serialize;

use crate::analysis::figures::interval::Interval;
use crate::analysis::figures::numbers::WordStarts;
use crate::analysis::rules::Trail;
use crate::analysis::text::lookup::fold_key;
use crate::analysis::text::span::Span;

/// What a recognised number is. Only [`Kind::Claim`] needs an attribution.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A quantity someone asserts: "14,400 soldiers", "$1.2bn", "3.5 per cent".
    Claim,
    /// "24 February", "March 19", "19/03/2022".
    Date,
    /// "2015", "in 2022".
    Year,
    /// "10am", "14:30".
    Time,
    /// "eighth", "3rd".
    Ordinal,
    /// "45-year-old", "aged 45", "over-65s".
    Age,
    /// A stretch of time: "for three weeks", "a 10-year plan".
    Duration,
    /// A point located by distance from now: "three weeks ago", "in two days".
    TimeReference,
    /// Part of a name or code: "Boeing 737", "G7", "Covid-19", "Radio 4", phone numbers.
    Name,
    /// A sports or vote score: "won 3-1".
    Score,
    /// Not a number at all but a vague amount: "thousands", "dozens", "a handful".
    Vague,
}

impl Kind {
    /// The stable name used in JSON output and hovers.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Claim => "claim",
            Kind::Date => "date",
            Kind::Year => "year",
            Kind::Time => "time",
            Kind::Ordinal => "ordinal",
            Kind::Age => "age",
            Kind::Duration => "duration",
            Kind::TimeReference => "time-reference",
            Kind::Name => "name",
            Kind::Score => "score",
            Kind::Vague => "vague",
        }
    }

    /// A phrase for people: "a date", "an age".
    pub fn describe(self) -> &'static str {
        match self {
            Kind::Claim => "a numeric claim",
            Kind::Date => "a date",
            Kind::Year => "a year",
            Kind::Time => "a time of day",
            Kind::Ordinal => "an ordinal",
            Kind::Age => "an age",
            Kind::Duration => "a duration",
            Kind::TimeReference => "a time reference",
            Kind::Name => "part of a name or code",
            Kind::Score => "a score",
            Kind::Vague => "a vague quantity",
        }
    }
}

/// A qualifier that shapes a claim's interval.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Qualifier {
    /// about, around, some, roughly, approximately, an estimated
    About,
    /// more than, over, above
    MoreThan,
    /// at least, no fewer than
    AtLeast,
    /// nearly, almost, just under
    Nearly,
    /// up to, at most, no more than
    AtMost,
    /// fewer than, less than, under, below
    LessThan,
    /// between a and b, a-b, a to b
    Range,
}

/// One recognised number with everything the engine understood about it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Figure {
    /// The phrase a reader sees as the figure: qualifier, number and unit or counted noun
    /// ("about 14400 people"). Diagnostics underline this.
    pub span: Span,
    /// The numeral alone ("14400", "fourteen thousand", "$1.2bn").
    pub number: Span,
    /// What kind of number it is.
    pub kind: Kind,
    /// The value with scale applied (`$1.2bn` is 1.2e9); for a range, its midpoint.
    pub value: f64,
    /// The values the wording allows.
    pub interval: Interval,
    /// Normalised unit: a currency code ("USD"), "%", "percentage points", or the counted
    /// noun as written ("soldiers").
    pub unit: Option<SharedStr>,
    /// The ledger's key for "the same thing"; `None` when the engine is not sure enough to
    /// compare this figure with others.
    pub subject: Option<SharedStr>,
    /// Scope tags that must match for two claims to be compared ("@2021", "russian").
    pub scope: SharedStr,
    /// False for changes, comparisons, forecasts and conversions: never compared.
    pub comparable: bool,
    /// The qualifier as written ("more than"), if any.
    pub qualifier: Option<SharedStr>,
    /// The qualifier's meaning, if any.
    pub qualifier_kind: Option<Qualifier>,
    /// Who says so, for claims; `None` when unattributed or not a claim.
    pub attribution: Option<Attribution>,
    /// The sentence holding the figure.
    pub sentence: Span,
    /// The rules that decided the figure's kind, subject and scope (its attribution's are
    /// in [`Attribution::rules`]); see [`Figure::trail`].
    #[serde(skip)]
    pub rules: Trail,
}

impl Figure {
    /// Every rule that decided this figure: its kind, its attribution (the cue and any
    /// carry-over) and its subject and scope, in the order the pipeline applied them.
    pub fn trail(&self) -> Trail {
        let mut trail = self.rules;
        match &self.attribution {
            Some(a) => trail.extend(&a.rules),
            None if self.is_claim() => trail.push(&crate::analysis::rules::NO_SOURCE),
            None => {}
        }
        trail
    }

    /// True when this figure needs an attribution.
    pub fn is_claim(&self) -> bool {
        self.kind == Kind::Claim
    }
}

use crate::analysis::figures::numerals::{RawFigure, Unit};
use crate::analysis::text::shared_str::SharedStr;
use crate::analysis::text::tokens::Tokens;

/// Qualifiers written before a number, longest first, with their meaning.
const QUALIFIERS: &[(&str, Qualifier)] = &[
    ("in the region of", Qualifier::About),
    ("in excess of", Qualifier::MoreThan),
    ("no fewer than", Qualifier::AtLeast),
    ("no less than", Qualifier::AtLeast),
    ("not less than", Qualifier::AtLeast),
    ("a minimum of", Qualifier::AtLeast),
    ("no more than", Qualifier::AtMost),
    ("not more than", Qualifier::AtMost),
    ("a maximum of", Qualifier::AtMost),
    ("as many as", Qualifier::AtMost),
    ("as much as", Qualifier::AtMost),
    ("as few as", Qualifier::AtLeast),
    ("as little as", Qualifier::AtLeast),
    ("an estimated", Qualifier::About),
    ("upwards of", Qualifier::MoreThan),
    ("more than", Qualifier::MoreThan),
    ("greater than", Qualifier::MoreThan),
    ("higher than", Qualifier::MoreThan),
    ("just over", Qualifier::MoreThan),
    ("well over", Qualifier::MoreThan),
    ("just above", Qualifier::MoreThan),
    ("at least", Qualifier::AtLeast),
    ("just under", Qualifier::Nearly),
    ("just below", Qualifier::Nearly),
    ("close to", Qualifier::Nearly),
    ("up to", Qualifier::AtMost),
    ("at most", Qualifier::AtMost),
    ("fewer than", Qualifier::LessThan),
    ("less than", Qualifier::LessThan),
    ("lower than", Qualifier::LessThan),
    ("well under", Qualifier::LessThan),
    ("about", Qualifier::About),
    ("around", Qualifier::About),
    ("some", Qualifier::About),
    ("roughly", Qualifier::About),
    ("approximately", Qualifier::About),
    ("approx", Qualifier::About),
    ("circa", Qualifier::About),
    ("estimated", Qualifier::About),
    ("over", Qualifier::MoreThan),
    ("above", Qualifier::MoreThan),
    ("exceeding", Qualifier::MoreThan),
    ("nearly", Qualifier::Nearly),
    ("almost", Qualifier::Nearly),
    ("approaching", Qualifier::Nearly),
    ("under", Qualifier::LessThan),
    ("below", Qualifier::LessThan),
    ("between", Qualifier::Range),
];

/// The qualifier written right before token `first`, as (first token, meaning).
pub fn qualifier_before(t: &Tokens<'_>, first: usize) -> Option<(usize, Qualifier)> {
    // Every phrase ends on the word just before the figure: most figures have none of them
    // there, and one bit test on its vocabulary id says so.
    if first == 0
        || !t.get(first - 1).is_some_and(|x| x.is_word())
        || !QUALIFIER_LAST_WORDS.holds(t, first - 1)
    {
        return None;
    }
    // Each phrase's words are compared by their packed keys, the last word (before the
    // figure) first: most phrases fail on it.
    let last_key = t.info(first - 1).key;
    let is = |at: usize, (word, key): &(&str, Option<u128>)| match key {
        Some(key) => t.info(at).key == *key,
        None => t.word_is(at, word),
    };
    for (words, meaning) in QUALIFIER_WORDS.iter() {
        let n = words.len();
        if first < n {
            continue;
        }
        if let Some((_, Some(key))) = words.last()
            && *key != last_key
        {
            continue;
        }
        let start = first - n;
        if words.iter().enumerate().all(|(k, w)| is(start + k, w)) {
            // "some of the", "over the years": only a qualifier when it touches the number.
            return Some((start, *meaning));
        }
    }
    None
}

/// A qualifier phrase's words, each with its packed key ([`fold_key`]) when comparing keys
/// is comparing words ignoring ASCII case (a word of 1 to 15 bytes).
type PhraseWords = Vec<(&'static str, Option<u128>)>;

/// [`QUALIFIERS`] split into words once, in the same order.
static QUALIFIER_WORDS: LazyLock<Vec<(PhraseWords, Qualifier)>> = LazyLock::new(|| {
    QUALIFIERS
        .iter()
        .map(|(phrase, meaning)| {
            let words = phrase
                .split(' ')
                .map(|w| (w, fold_key(w.as_bytes()).filter(|_| !w.is_empty())))
                .collect();
            (words, *meaning)
        })
        .collect()
});

/// The last word of every qualifier phrase, lower case.
static QUALIFIER_LAST_WORDS: LazyLock<WordStarts> = LazyLock::new(|| {
    let last: Vec<&'static str> = QUALIFIERS
        .iter()
        .filter_map(|(phrase, _)| phrase.rsplit(' ').next())
        .collect();
    WordStarts::new(&last)
});

/// A qualifier written after the figure: "500 or more", "500-plus", "500+", "50 or so".
fn qualifier_after(t: &Tokens<'_>, end: usize) -> Option<(usize, Qualifier)> {
    if t.word_is(end, "or") && t.word_in(end + 1, &["more", "above", "over"]) {
        return Some((end + 2, Qualifier::AtLeast));
    }
    // "50 or fewer", "40 or less", "100 or under": the figure and everything below it.
    if t.word_is(end, "or") && t.word_in(end + 1, &["fewer", "less", "under", "below"]) {
        return Some((end + 2, Qualifier::AtMost));
    }
    // "65 and over", "100 and above": the figure and everything above it.
    if t.word_is(end, "and") && t.word_in(end + 1, &["over", "above", "up"]) {
        return Some((end + 2, Qualifier::AtLeast));
    }
    if t.word_is(end, "or") && t.word_is(end + 1, "so") {
        return Some((end + 2, Qualifier::About));
    }
    if t.punct(end) == Some('+') && t.attached(end) {
        return Some((end + 1, Qualifier::AtLeast));
    }
    if t.punct(end) == Some('-') && t.attached(end) && t.word_is(end + 1, "plus") {
        return Some((end + 2, Qualifier::AtLeast));
    }
    None
}

/// The interval a figure's wording allows.
pub fn interval_of(raw: &RawFigure, qualifier: Option<Qualifier>) -> Interval {
    let v = raw.low.value;
    let about = |low: f64, high: f64| {
        let spread = 0.1 * low.abs().max(high.abs());
        Interval::closed(low.min(low - spread), high.max(high + spread))
    };
    if let Some(high) = raw.high {
        // The finer rounding of the two ends applies to both: "10,000 to 12,000" is precise
        // to the thousand.
        let half = raw.low.half.min(high.half);
        let (low, high) = (v - half, high.value + half);
        return if matches!(qualifier, Some(Qualifier::About)) {
            about(low, high)
        } else {
            Interval::closed(low, high)
        };
    }
    match qualifier {
        Some(Qualifier::About) => {
            let spread = (0.1 * v.abs()).max(raw.low.half);
            Interval::closed(v - spread, v + spread)
        }
        Some(Qualifier::MoreThan) => Interval::above(v, false),
        Some(Qualifier::AtLeast) => Interval::above(v, true),
        Some(Qualifier::Nearly) => {
            let low = v - 0.1 * v.abs();
            Interval {
                low: Some(Bound {
                    value: low.min(v),
                    inclusive: true,
                }),
                high: Some(Bound {
                    value: v.max(low),
                    inclusive: false,
                }),
            }
        }
        Some(Qualifier::AtMost) => Interval::below(v, true),
        Some(Qualifier::LessThan) => Interval::below(v, false),
        Some(Qualifier::Range) | None => {
            if raw.approximate {
                // "a dozen" is 9 to 15, "a couple of dozen" 18 to 30: counts in words that
                // round, compared only where a figure falls well outside them. A fraction in
                // words ("a third") keeps a tenth; it is not compared (`paragraph.rs`).
                let share = matches!(raw.unit, Some(super::numerals::Unit::Percent));
                let spread = (if share { 0.1 } else { 0.25 } * v.abs()).max(raw.low.half);
                Interval::closed(v - spread, v + spread)
            } else {
                Interval::half_open(v - raw.low.half, v + raw.low.half)
            }
        }
    }
}

use crate::analysis::figures::interval::Bound;

/// Everything about a figure that its own words say: qualifier, interval, phrase span and
/// unit. Subject and attribution are filled in by the caller.
/// True when `noun`, the counted noun found after a percentage, is rather the subject of
/// the clause that follows it: "the 0.4% economists polled by Reuters had forecast", "the
/// 3% analysts expected". A percentage counts its noun after "of" ("27% of voters"); one
/// written straight after it and followed by a verb is the clause's subject
/// (kind.percent-not-counting).
pub fn percent_noun_opens_clause(t: &Tokens<'_>, raw: &RawFigure, noun: usize) -> bool {
    const VERBS: &[&str] = &[
        "had",
        "have",
        "has",
        "were",
        "are",
        "expect",
        "expected",
        "forecast",
        "predicted",
        "estimated",
        "projected",
        "polled",
        "surveyed",
        "said",
        "say",
        "think",
        "thought",
        "anticipated",
        "pencilled",
        "penciled",
    ];
    matches!(
        raw.unit,
        Some(crate::analysis::figures::numerals::Unit::Percent)
    ) && noun == raw.end
        && t.word_in(noun + 1, VERBS)
}

pub fn build(t: &Tokens<'_>, raw: &RawFigure, kind: Kind, noun: Option<usize>) -> Figure {
    let before = if kind == Kind::Claim {
        qualifier_before(t, raw.first)
    } else {
        None
    };
    let after = if kind == Kind::Claim && before.is_none() {
        qualifier_after(t, raw.end)
    } else {
        None
    };
    let qualifier = before
        .or(after)
        .map(|(_, q)| q)
        .or(raw.high.map(|_| Qualifier::Range));
    let start = before.map_or(raw.first, |(s, _)| s);
    let mut end = after.map_or(raw.end, |(e, _)| e);
    let unit = match &raw.unit {
        Some(u) => Some(u.label()),
        None => noun.map(|i| t.text_of(i).to_string()),
    };
    if kind == Kind::Claim
        && let Some(n) = noun
        && n >= end
    {
        end = n + 1;
    }
    let mut start = start;
    if kind != Kind::Claim {
        (start, end) = non_claim_phrase(t, raw, kind);
    }
    let first_span = t.list[start].span;
    let last_span = t.list[end.saturating_sub(1).max(start)].span;
    let qualifier_text = match (before, after) {
        (Some((s, _)), _) => Some(
            Span::new(t.list[s].span.start, t.list[raw.first - 1].span.end)
                .of(t.text)
                .to_string(),
        ),
        (None, Some((e, _))) => Some(
            Span::new(t.list[raw.end].span.start, t.list[e - 1].span.end)
                .of(t.text)
                .to_string(),
        ),
        _ => None,
    };
    Figure {
        span: Span::new(first_span.start, last_span.end),
        number: raw.span,
        kind,
        value: raw.value(),
        interval: interval_of(raw, qualifier),
        unit: unit.map(SharedStr::from),
        subject: None,
        scope: SharedStr::default(),
        comparable: false,
        qualifier: qualifier_text.map(SharedStr::from),
        qualifier_kind: qualifier,
        attribution: None,
        sentence: Span::default(),
        rules: Trail::default(),
    }
}

/// The words that make a non-claim what it is: "24 February", "three weeks ago",
/// "45-year-old".
fn non_claim_phrase(t: &Tokens<'_>, raw: &RawFigure, kind: Kind) -> (usize, usize) {
    let (mut start, mut end) = (raw.first, raw.end);
    let is_month = |i: usize| {
        t.get(i).is_some_and(|x| x.is_word())
            && t.is_capitalised(i)
            && crate::analysis::figures::kinds::is_month_word(t.text_of(i))
    };
    match kind {
        Kind::Date => {
            if is_month(end) {
                end += 1;
            } else if t.word_is(end, "of") && is_month(end + 1) {
                end += 2;
            } else if start > 0 && is_month(start - 1) {
                start -= 1;
            } else if start > 1 && t.punct(start - 1) == Some('.') && is_month(start - 2) {
                // "Dec. 19"
                start -= 2;
            }
        }
        Kind::TimeReference | Kind::Duration => {
            let mut e = end;
            while e < t.len() && e < end + 4 {
                let unit = crate::analysis::figures::kinds::is_time_unit(t.text_of(e));
                if t.punct(e) == Some('-')
                    || t.word_in(e, crate::analysis::figures::kinds::TIME_MODIFIERS)
                    || unit
                {
                    e += 1;
                    if unit {
                        end = e;
                        if t.word_in(e, &["ago", "earlier", "later", "before", "after", "hence"]) {
                            end = e + 1;
                        }
                        break;
                    }
                } else {
                    break;
                }
            }
        }
        Kind::Age => {
            if t.punct(end) == Some('-') && t.word_in(end + 3, &["old", "olds"]) {
                end += 4;
            } else if t.word_in(end, &["years", "year"]) && t.word_is(end + 1, "old") {
                end += 2;
            } else if start > 0 && t.word_in(start - 1, &["aged", "age"]) {
                start -= 1;
            }
        }
        _ => {}
    }
    (start, end.min(t.len()).max(start + 1))
}

/// True when a unit label names a currency.
pub fn is_currency(unit: &Option<Unit>) -> bool {
    matches!(unit, Some(Unit::Currency(_)))
}

#[cfg(test)]
mod tests {
    #[test]
    fn open_ranges_written_after_the_figure() {
        let t = Tokens::new("50 or fewer; 40 or less; 65 and over; 100 and above; 300 or more");
        let got: Vec<Option<Qualifier>> = [1, 5, 9, 13, 17]
            .iter()
            .map(|&end| qualifier_after(&t, end).map(|(_, q)| q))
            .collect();
        assert_eq!(
            got,
            vec![
                Some(Qualifier::AtMost),
                Some(Qualifier::AtMost),
                Some(Qualifier::AtLeast),
                Some(Qualifier::AtLeast),
                Some(Qualifier::AtLeast)
            ]
        );
        // "10 and 12 others": a list, not a bound.
        let t = Tokens::new("10 and 12 others");
        assert_eq!(qualifier_after(&t, 1), None);
    }

    use super::*;

    fn claim(text: &str) -> Figure {
        let t = Tokens::new(text);
        let raw = crate::analysis::figures::numerals::find(&t);
        let noun = crate::analysis::text::nouns::counted_noun(&t, raw[0].end);
        build(&t, &raw[0], Kind::Claim, noun)
    }

    #[test]
    fn bare_figures_round_to_their_last_digit() {
        let f = claim("14,400 soldiers");
        assert_eq!(f.interval, Interval::half_open(14_350.0, 14_450.0));
        assert_eq!(f.span.of("14,400 soldiers"), "14,400 soldiers");
    }

    #[test]
    fn about_widens_to_ten_per_cent() {
        let f = claim("about 14400 people");
        assert_eq!(f.interval.low_value(), Some(12_960.0));
        assert_eq!(f.interval.high_value(), Some(15_840.0));
        assert_eq!(f.qualifier.as_deref(), Some("about"));
        assert_eq!(f.unit.as_deref(), Some("people"));
    }

    #[test]
    fn qualifiers_bound_the_interval() {
        assert_eq!(
            claim("more than 14,400 soldiers").interval,
            Interval::above(14_400.0, false)
        );
        assert_eq!(
            claim("at least 816 civilians").interval,
            Interval::above(816.0, true)
        );
        assert_eq!(
            claim("up to 50 tanks").interval,
            Interval::below(50.0, true)
        );
        assert_eq!(
            claim("fewer than 50 tanks").interval,
            Interval::below(50.0, false)
        );
        assert_eq!(claim("nearly 100 tanks").interval.high_value(), Some(100.0));
        assert_eq!(
            claim("500 or more tanks").interval,
            Interval::above(500.0, true)
        );
    }

    #[test]
    fn ranges_widen_by_their_rounding() {
        let f = claim("between 10,000 and 12,000 people");
        assert_eq!(f.interval, Interval::closed(9_500.0, 12_500.0));
        assert_eq!(f.qualifier_kind, Some(Qualifier::Range));
    }

    #[test]
    fn scales_normalise() {
        assert_eq!(claim("$1.2bn").value, 1.2e9);
        assert_eq!(claim("$1,200m").value, 1.2e9);
        assert_eq!(claim("14k").value, 14_000.0);
        assert_eq!(claim("a dozen people").value, 12.0);
    }
}

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
    pub source: SharedStr,
    pub source_span: Span,
    /// The cue as a lemma ("according to", "say", "claim", "indicate").
    pub cue: SharedStr,
    pub cue_span: Span,
    pub grade: Grade,
    /// For a pronoun, the earlier source it stands for.
    pub resolved: Option<SharedStr>,
    /// True when the attribution reaches this sentence from an earlier one.
    pub carried: bool,
    /// The rules that found the cue and carried it to this figure.
    #[serde(skip)]
    pub rules: Trail,
    /// What a named source names (a person, an organisation), worked out once where the
    /// attribution is found: pronouns look back for a source that fits on every keystroke.
    #[serde(skip)]
    pub kind: SourceKind,
}

impl Attribution {
    /// The source a reader should credit: the resolved source for a pronoun, else as written.
    pub fn effective_source(&self) -> &str {
        self.resolved.as_deref().unwrap_or(&self.source)
    }
}

/// What kind of thing a source names, as far as its words tell.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SourceKind {
    /// "Dr Paul Gray", "chief executive Tim Cook", "the minister".
    Person,
    /// "the ministry", "Toyota Motor", "NHS England figures".
    Organisation,
    /// "Nationwide", "Robert Gardner": a name that could be either.
    #[default]
    Unknown,
}
