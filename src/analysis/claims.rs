//! The figure model: every number the engine recognised, what kind of number it is, and for
//! claims the value, interval, unit and subject key the ledger compares.

use serde::Serialize;

use super::attribution::Attribution;
use super::interval::Interval;
use super::span::Span;

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
    pub unit: Option<String>,
    /// The ledger's key for "the same thing"; `None` when the engine is not sure enough to
    /// compare this figure with others.
    pub subject: Option<String>,
    /// The qualifier as written ("more than"), if any.
    pub qualifier: Option<String>,
    /// The qualifier's meaning, if any.
    pub qualifier_kind: Option<Qualifier>,
    /// Who says so, for claims; `None` when unattributed or not a claim.
    pub attribution: Option<Attribution>,
    /// The sentence holding the figure.
    pub sentence: Span,
    /// The block (paragraph, heading, list item, table cell) holding the figure.
    pub block: Span,
}

impl Figure {
    /// True when this figure needs an attribution.
    pub fn is_claim(&self) -> bool {
        self.kind == Kind::Claim
    }
}
