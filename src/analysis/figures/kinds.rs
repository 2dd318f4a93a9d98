//! What a figure is: a claim, or a date, year, time, ordinal, age, duration, time reference,
//! name or code, score, or vague quantity. Precision beats recall: when a number reads as
//! part of a name, a date or a time, it is not a claim.

use std::sync::LazyLock;

use crate::analysis::figures::claims::Kind;
use crate::analysis::figures::kind_rules as R;
use crate::analysis::figures::numerals::{Form, RawFigure, Suffix, Unit};
use crate::analysis::rules::Rule;
use crate::analysis::text::lookup::WordSet;
use crate::analysis::text::tokens::{TokenKind, Tokens};

const MONTHS: [&str; 23] = [
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
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
];

/// Seasons and terms of office are stretches of time too: "a career that spanned 19
/// seasons", "a loss of £105m over three seasons", "served two terms as mayor".
const TIME_UNITS: [&str; 28] = [
    "second",
    "seconds",
    "minute",
    "minutes",
    "hour",
    "hours",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "decade",
    "decades",
    "century",
    "centuries",
    "night",
    "nights",
    "fortnight",
    "weekend",
    "quarter",
    "quarters",
    "season",
    "seasons",
    "term",
    "terms",
];

/// Words after which a number is a label, not a quantity: "Section 230", "Radio 4".
const NAME_WORDS: [&str; 84] = [
    "radio",
    "section",
    "article",
    "chapter",
    "page",
    "pages",
    "room",
    "flight",
    "platform",
    "gate",
    "route",
    "highway",
    "interstate",
    "channel",
    "level",
    "phase",
    "stage",
    "tier",
    "category",
    "grade",
    "class",
    "building",
    "unit",
    "ward",
    "block",
    "studio",
    "terminal",
    "apollo",
    "formula",
    "windows",
    "iphone",
    "galaxy",
    "version",
    "model",
    "series",
    "mark",
    "proposition",
    "prop",
    "amendment",
    "bill",
    "resolution",
    "title",
    "district",
    "precinct",
    "station",
    "volume",
    "episode",
    "season",
    "number",
    "no",
    "clause",
    "paragraph",
    "line",
    "bus",
    "lane",
    "pier",
    "camp",
    "cell",
    "act",
    "rule",
    "figure",
    "table",
    "exhibit",
    "item",
    "part",
    "boeing",
    "airbus",
    "junction",
    "junctions",
    "ftse",
    "nikkei",
    "dax",
    "cac",
    "stoxx",
    "year",
    // "Fortune 500 companies", "Forbes 400", "Russell 2000 stocks": lists and indices.
    "fortune",
    "forbes",
    "russell",
    // "Type 2 diabetes", "type 1 patients".
    "type",
    // "landing on runway 23", "sitting in row 13", "seat 14": places in an airport or aircraft.
    "runway",
    "row",
    "seat",
    "carriage",
    "hangar",
];

/// Capitalised words that start a sentence or qualify a number; they are not names.
const NOT_NAMES: &[&str] = &[
    "the",
    "a",
    "an",
    "some",
    "about",
    "around",
    "over",
    "under",
    "nearly",
    "almost",
    "more",
    "less",
    "fewer",
    "at",
    "in",
    "on",
    "by",
    "of",
    "for",
    "to",
    "from",
    "with",
    "and",
    "but",
    "or",
    "as",
    "than",
    "only",
    "just",
    "roughly",
    "approximately",
    "exactly",
    "up",
    "least",
    "most",
    "all",
    "another",
    "between",
    "since",
    "after",
    "before",
    "until",
    "during",
    "those",
    "these",
    "its",
    "their",
    "his",
    "her",
    "our",
    "my",
    "your",
    "estimated",
    "there",
    "another",
    "it",
    "they",
    "we",
    "he",
    "she",
    "i",
    "while",
    "when",
    "if",
    "per",
    "each",
    "every",
    "no",
    "not",
    "almost",
    "below",
    "above",
    "within",
    "across",
    "against",
];

/// Words after which a small number in words refers to known things ("the two countries").
const DETERMINERS: [&str; 16] = [
    "the", "these", "those", "its", "their", "his", "her", "our", "my", "your", "all", "both",
    "every", "each", "first", "last",
];

/// True for a month's name or abbreviation.
pub fn is_month_word(word: &str) -> bool {
    static SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(&MONTHS));
    SET.contains_ignore_ascii_case(word.trim_end_matches('.')) || word.eq_ignore_ascii_case("dec")
}

/// Words between a number and its unit of time: "six more weeks", "10 full days".
pub const TIME_MODIFIERS: &[&str] = &[
    "more",
    "full",
    "whole",
    "long",
    "consecutive",
    "straight",
    "further",
    // "the last 20 trading days", "within five working days".
    "trading",
    "working",
    "business",
    "school",
];

/// True for a unit of time: "weeks", "year".
pub fn is_time_unit(word: &str) -> bool {
    TIME_UNITS.iter().any(|u| u.eq_ignore_ascii_case(word))
}

/// Everything [`classify`] needs to know about a figure's surroundings.
pub struct Context<'a, 't> {
    pub tokens: &'a Tokens<'t>,
    /// All raw figures of the block, and the index of the one to classify.
    pub figures: &'a [RawFigure],
    pub index: usize,
    /// The block reads as a headline in title case, where capitals say nothing.
    pub title_case: bool,
    /// Token index where the figure's sentence starts.
    pub sentence_start: usize,
}

/// What [`classify`] made of a number, and the rule that decided it.
#[derive(Clone, Copy, Debug)]
pub enum Call {
    /// A figure of this kind.
    Figure(Kind, &'static Rule),
    /// Not a figure after all: a small number in words that counts nothing ("the two
    /// countries"), an idiom, the head of a ratio.
    Dropped(&'static Rule),
}

impl Call {
    /// The kind, for a figure.
    pub fn kind(self) -> Option<Kind> {
        match self {
            Call::Figure(kind, _) => Some(kind),
            Call::Dropped(_) => None,
        }
    }
}

/// The kind of figure `ctx.index`: the first named rule of the cascade that fires. Forms
/// and suffixes decide first, then the tests shared by every number, then those of numbers
/// in words or in digits ([`word_number`], [`digit_number`]).
pub fn classify(ctx: &Context<'_, '_>) -> Call {
    use Call::{Dropped, Figure};
    let f = &ctx.figures[ctx.index];
    let t = ctx.tokens;
    match f.form {
        Form::Vague => return Figure(Kind::Vague, &R::VAGUE),
        Form::OrdinalWord => return Figure(Kind::Ordinal, &R::ORDINAL_WORD),
        Form::Words | Form::Digits => {}
    }
    match f.suffix {
        Suffix::Ordinal => return Figure(Kind::Ordinal, &R::ORDINAL_SUFFIX),
        Suffix::Meridiem => return Figure(Kind::Time, &R::MERIDIEM),
        Suffix::Decade if is_age_decade(t, f) => return Figure(Kind::Age, &R::AGE_DECADE),
        Suffix::Decade => return Figure(Kind::Year, &R::DECADE),
        Suffix::Code if is_age_group(t, f) => return Figure(Kind::Age, &R::AGE_GROUP),
        Suffix::Code => return Figure(Kind::Name, &R::CODE_SUFFIX),
        Suffix::None => {}
    }
    if is_ratio_head(t, f) {
        return Dropped(&R::RATIO_HEAD);
    }
    if is_descriptive_compound(t, f) {
        return Dropped(&R::DESCRIPTIVE_COMPOUND);
    }
    // "4x100m", "a 4x4": a multiplier glued to the next number names a relay or a vehicle.
    if matches!(&f.unit, Some(Unit::Measure(m)) if m.eq_ignore_ascii_case("x"))
        && t.get(f.end).is_some_and(|x| x.is_number())
        && t.attached(f.end)
    {
        return Figure(Kind::Name, &R::MULTIPLIER);
    }
    if is_named_target(t, f) {
        return Figure(Kind::Name, &R::NAMED_TARGET);
    }
    if is_to_split(t, f) {
        return if sporting_context(ctx, f.end + 4) {
            Figure(Kind::Score, &R::TO_SPLIT)
        } else {
            Dropped(&R::TO_SPLIT)
        };
    }
    if is_street_number(t, f) {
        return Figure(Kind::Name, &R::STREET_NUMBER);
    }
    if is_denomination(t, f) {
        return Figure(Kind::Name, &R::DENOMINATION);
    }
    if is_calibre(t, f) {
        return Figure(Kind::Name, &R::CALIBRE);
    }
    if f.form == Form::Words {
        word_number(ctx)
    } else {
        digit_number(ctx)
    }
}

/// "a 60-to-40 vote", "a 9-to-5 job": numbers joined by "-to-" describe a split, a tally
/// or a working day, not a count.
fn is_to_split(t: &Tokens<'_>, f: &RawFigure) -> bool {
    is_plain_integer(f)
        && t.punct(f.end) == Some('-')
        && t.word_is(f.end + 1, "to")
        && t.punct(f.end + 2) == Some('-')
        && (f.end..f.end + 4).all(|k| t.attached(k))
        && t.get(f.end + 3).is_some_and(|x| x.is_number())
}

/// The rest of the cascade for a number in words: "fourteen thousand", "two-thirds".
fn word_number(ctx: &Context<'_, '_>) -> Call {
    use Call::{Dropped, Figure};
    let f = &ctx.figures[ctx.index];
    let t = ctx.tokens;
    if is_idiom(t, f) {
        return Dropped(&R::IDIOM);
    }
    if is_capitalised_name_word(ctx) {
        return Figure(Kind::Name, &R::NAME_WORD);
    }
    if let Some(kind) = time_kind(t, f) {
        return Figure(kind, &R::TIME_PHRASE);
    }
    // "for a quarter of a century", "a third of a year": a fraction of a stretch of time.
    if t.word_is(f.end, "of")
        && t.word_in(f.end + 1, &["a", "the"])
        && t.word_in(f.end + 2, &TIME_UNITS)
    {
        return Figure(Kind::Duration, &R::FRACTION_OF_TIME);
    }
    if is_age(t, f) {
        return Figure(Kind::Age, &R::AGE);
    }
    if is_tournament_stage(ctx) {
        return Figure(Kind::Name, &R::TOURNAMENT_STAGE);
    }
    if is_abstentions(ctx) {
        return Figure(Kind::Score, &R::ABSTENTIONS);
    }
    if !f.large && !counts_something(t, f) && !is_ratio_tail(t, f) {
        return Dropped(&R::SMALL_WORD);
    }
    Figure(Kind::Claim, &R::CLAIM)
}

/// The rest of the cascade for a number in digits: "14,400", "3.5", "2022".
fn digit_number(ctx: &Context<'_, '_>) -> Call {
    use Call::{Dropped, Figure};
    let f = &ctx.figures[ctx.index];
    let t = ctx.tokens;
    let steps: [(&'static Rule, &dyn Fn() -> bool, Kind); 4] = [
        (&R::TIME_OF_DAY, &|| is_time_of_day(t, f), Kind::Time),
        (&R::NUMERIC_DATE, &|| is_numeric_date(t, f), Kind::Date),
        (&R::MONTH_DAY, &|| is_month_day(t, f), Kind::Date),
        (&R::ROAD_OR_CODE, &|| is_road_or_code(t, f), Kind::Name),
    ];
    for (rule, test, kind) in steps {
        if test() {
            return Figure(kind, rule);
        }
    }
    if after_name_word(t, f) {
        return Figure(Kind::Name, &R::LABEL_WORD);
    }
    if is_idiom(t, f) {
        return Dropped(&R::IDIOM);
    }
    if is_year(ctx) {
        return Figure(Kind::Year, &R::YEAR);
    }
    if is_age(t, f) {
        return Figure(Kind::Age, &R::AGE);
    }
    if is_age_group(t, f) {
        return Figure(Kind::Age, &R::AGE_GROUP);
    }
    if let Some(kind) = time_kind(t, f) {
        return Figure(kind, &R::TIME_PHRASE);
    }
    if is_score(ctx) {
        return Figure(Kind::Score, &R::SCORE);
    }
    if is_tournament_stage(ctx) {
        return Figure(Kind::Name, &R::TOURNAMENT_STAGE);
    }
    if is_abstentions(ctx) {
        return Figure(Kind::Score, &R::ABSTENTIONS);
    }
    if is_name(ctx) {
        return Figure(Kind::Name, &R::NAME);
    }
    Figure(Kind::Claim, &R::CLAIM)
}

/// A policy target named by its level: "the 1.5C target", "the Fed's 2% target", "the
/// Bank of England's 2% inflation target". A target stated with "a" ("a 300,000 homes
/// target") or a level reached ("rose 1.5C") stays a claim.
fn is_named_target(t: &Tokens<'_>, f: &RawFigure) -> bool {
    if f.first == 0 || f.high.is_some() {
        return false;
    }
    let before = t.text_of(f.first - 1);
    let determined = t.word_is(f.first - 1, "the")
        || t.get(f.first - 1).is_some_and(|x| x.is_word())
            && (before.ends_with("'s") || before.ends_with("’s"));
    const TARGETS: &[&str] = &["target", "targets", "goal", "goals", "threshold", "ceiling"];
    let mut e = f.end;
    // One noun between: "2% inflation target", "the 300,000 homes target". A bare count
    // before "goals" ("the 3 goals he scored") is no target.
    if t.get(e).is_some_and(|x| x.is_word()) && !t.word_in(e, TARGETS) {
        e += 1;
    }
    // "The target for 95% of A&E patients to be seen", "the government's target of 300,000
    // homes": the determined target named before its level.
    let named_before = f.first >= 3
        && t.word_in(f.first - 1, &["of", "for"])
        && t.word_in(f.first - 2, &["target", "goal", "threshold", "ceiling"])
        && (t.word_is(f.first - 3, "the") || {
            let w = t.text_of(f.first - 3);
            t.get(f.first - 3).is_some_and(|x| x.is_word())
                && (w.ends_with("'s") || w.ends_with("’s"))
        });
    if named_before && f.form == Form::Digits {
        return true;
    }
    determined && f.form == Form::Digits && (f.unit.is_some() || e > f.end) && t.word_in(e, TARGETS)
}

/// A coin or a banknote named by its value: "the 50p coin", "a £5 note". Not "bill": "a
/// £200 energy bill" and "a £200 bill" are charges, claims.
fn is_denomination(t: &Tokens<'_>, f: &RawFigure) -> bool {
    // "the 50p tax rate", "the 45p top rate": a tax band named by its rate.
    // A headline drops the article: "Chancellor restores 50p tax rate".
    let tax_band = (t.word_is(f.end, "tax")
        || f.first > 0
            && t.word_is(f.first - 1, "the")
            && t.word_in(f.end, &["top", "basic", "higher", "additional"]))
        && t.word_in(f.end + 1, &["rate", "band"]);
    matches!(f.unit, Some(Unit::Currency(_)))
        && f.high.is_none()
        && !f.scaled
        && (tax_band
            || t.word_in(
                f.end,
                &["coin", "coins", "note", "notes", "banknote", "banknotes"],
            ))
}

/// A gun's calibre names the weapon or its ammunition: "155mm artillery shells", "a 9mm
/// pistol", "120mm mortar rounds". The count, if any, is another figure ("250,000 rounds").
fn is_calibre(t: &Tokens<'_>, f: &RawFigure) -> bool {
    const ARMS: &[&str] = &[
        "artillery",
        "shell",
        "shells",
        "round",
        "rounds",
        "ammunition",
        "munitions",
        "howitzer",
        "howitzers",
        "gun",
        "guns",
        "mortar",
        "mortars",
        "cannon",
        "pistol",
        "pistols",
        "rifle",
        "rifles",
        "projectiles",
        "calibre",
        "caliber",
    ];
    matches!(&f.unit, Some(Unit::Measure(m)) if m == "mm")
        && f.high.is_none()
        && !f.grouped
        && !f.scaled
        && t.word_in(f.end, ARMS)
}

fn is_plain_integer(f: &RawFigure) -> bool {
    !f.grouped
        && !f.decimal
        && f.unit.is_none()
        && !f.scaled
        && f.high.is_none()
        && f.low.value >= 0.0
}

fn digits_token(t: &Tokens<'_>, f: &RawFigure) -> Option<usize> {
    (f.first..f.end).find(|&i| t.get(i).is_some_and(|tok| tok.is_number()))
}

fn is_time_of_day(t: &Tokens<'_>, f: &RawFigure) -> bool {
    let Some(d) = digits_token(t, f) else {
        return false;
    };
    // "14:30", and a race time's seconds with hundredths: "26:48.36".
    let two_digits = |i: usize| {
        t.get(i).is_some_and(|x| x.is_number())
            && t.text_of(i).split('.').next().is_some_and(|w| w.len() == 2)
    };
    // "14:30", the "30" of "14:30", "10.30 GMT"
    if f.low.value == 12.0 && is_plain_integer(f) && t.word_in(f.end, &["noon", "midnight"]) {
        return true;
    }
    (t.punct(d + 1) == Some(':') && t.attached(d + 1) && t.attached(d + 2) && two_digits(d + 2))
        || (d >= 2
            && t.punct(d - 1) == Some(':')
            && t.attached(d)
            && t.attached(d - 1)
            && t.get(d - 2).is_some_and(|x| x.is_number()))
        || t.word_in(
            f.end,
            &[
                "GMT",
                "BST",
                "UTC",
                "CET",
                "EST",
                "EDT",
                "PST",
                "PDT",
                "ET",
                "PT",
                "CEST",
                "hrs",
                "o",
                "o'clock",
                "o’clock",
            ],
        ) && is_plain_integer(f)
            && f.low.value <= 2400.0
}

fn is_numeric_date(t: &Tokens<'_>, f: &RawFigure) -> bool {
    let Some(d) = digits_token(t, f) else {
        return false;
    };
    let sep = |i: usize| matches!(t.punct(i), Some('/' | '.' | '-'));
    let num = |i: usize| t.get(i).is_some_and(|x| x.is_number()) && t.attached(i);
    // Positions in "19/03/2022" or "2022-03-19": a number with a separator and a number on
    // at least one side, forming three parts in all.
    let forward = sep(d + 1)
        && t.attached(d + 1)
        && num(d + 2)
        && sep(d + 3)
        && t.attached(d + 3)
        && num(d + 4);
    let middle = d >= 2
        && sep(d - 1)
        && t.attached(d)
        && t.attached(d - 1)
        && t.get(d - 2).is_some_and(|x| x.is_number())
        && sep(d + 1)
        && t.attached(d + 1)
        && num(d + 2);
    let back = d >= 4
        && sep(d - 1)
        && t.attached(d)
        && t.attached(d - 1)
        && num(d - 2)
        && sep(d - 3)
        && t.get(d - 4).is_some_and(|x| x.is_number());
    // "24/7" and "9/11" read as dates too.
    let pair =
        t.punct(d + 1) == Some('/') && t.attached(d + 1) && num(d + 2) && !num_after(t, d + 3)
            || d >= 2
                && t.punct(d - 1) == Some('/')
                && t.attached(d)
                && t.attached(d - 1)
                && t.get(d - 2).is_some_and(|x| x.is_number());
    let slash_date = pair && f.low.value <= 31.0 && !f.decimal;
    ((forward || middle || back) && plausible_date_chain(t, d) || slash_date) && is_plain_integer(f)
}

/// The numbers joined by date separators around token `d` read as a day, a month and a
/// year: three parts, each at most 31 or a year. "2024-03-19" is; "1-888-327-4236" is not.
fn plausible_date_chain(t: &Tokens<'_>, d: usize) -> bool {
    let sep = |i: usize| matches!(t.punct(i), Some('/' | '.' | '-')) && t.attached(i);
    let num = |i: usize| t.get(i).is_some_and(|x| x.is_number()) && t.attached(i);
    let mut first = d;
    while first >= 2 && sep(first - 1) && t.get(first - 2).is_some_and(|x| x.is_number()) {
        first -= 2;
    }
    let mut parts = vec![first];
    let mut k = first;
    while sep(k + 1) && num(k + 2) {
        k += 2;
        parts.push(k);
    }
    let value = |i: usize| t.text_of(i).parse::<u32>().ok();
    let years = parts
        .iter()
        .filter(|&&i| value(i).is_some_and(|v| (1000..=2100).contains(&v)))
        .count();
    parts.len() == 3
        && years <= 1
        && parts
            .iter()
            .all(|&i| value(i).is_some_and(|v| v <= 31 || (1000..=2100).contains(&v)))
}

fn num_after(t: &Tokens<'_>, i: usize) -> bool {
    matches!(t.punct(i), Some('/')) && t.get(i + 1).is_some_and(|x| x.is_number())
}

fn is_month(t: &Tokens<'_>, i: usize) -> bool {
    let w = t.text_of(i);
    t.get(i).is_some_and(|x| x.kind == TokenKind::Word)
        && MONTHS
            .iter()
            .any(|m| m.eq_ignore_ascii_case(w.trim_end_matches('.')))
        && (!w.eq_ignore_ascii_case("may") || t.is_capitalised(i))
        && (!w.eq_ignore_ascii_case("march") || t.is_capitalised(i))
        // "Dec." is kept out of MONTHS (a lowercase "dec" is no month), but the wire style's
        // capitalised "Dec. 19" is one.
        || t.get(i).is_some_and(|x| x.kind == TokenKind::Word)
            && w.trim_end_matches('.') == "Dec"
}

fn is_month_day(t: &Tokens<'_>, f: &RawFigure) -> bool {
    let day = |v: f64| (1.0..=31.0).contains(&v) && v.fract() == 0.0;
    // "March 19-20", "19–20 March": a range of days.
    let day_range = f.high.is_some_and(|h| day(h.value))
        && !f.grouped
        && !f.decimal
        && f.unit.is_none()
        && !f.scaled
        && day(f.low.value)
        && !(f.first > 0 && t.word_is(f.first - 1, "between"));
    if !(is_plain_integer(f) || day_range) || !day(f.low.value) {
        return false;
    }
    let before = f.first.checked_sub(1);
    let month_before = before.is_some_and(|b| is_month(t, b))
        || before.is_some_and(|b| t.punct(b) == Some('.') && b > 0 && is_month(t, b - 1));
    let month_after = is_month(t, f.end) || (t.word_is(f.end, "of") && is_month(t, f.end + 1));
    // "on 11 and 12 March", "March 19 and 20": the other day of a pair.
    let is_day = |i: usize| {
        t.get(i).is_some_and(|x| x.is_number())
            && t.text_of(i).len() <= 2
            && t.text_of(i).parse::<f64>().is_ok_and(day)
    };
    let joins = |i: usize| t.word_in(i, &["and", "or", "to"]) || t.punct(i) == Some(',');
    let paired_after = joins(f.end) && is_day(f.end + 1) && is_month(t, f.end + 2);
    let paired_before = f.first >= 3
        && joins(f.first - 1)
        && is_day(f.first - 2)
        && is_month(t, f.first - 3)
        && !is_month(t, f.end);
    month_before || month_after || (is_plain_integer(f) && (paired_after || paired_before))
}

fn is_year(ctx: &Context<'_, '_>) -> bool {
    let t = ctx.tokens;
    let f = &ctx.figures[ctx.index];
    // "2021-22", "2020 to 2024": both ends years.
    let year_value = |v: f64| (1000.0..=2100.0).contains(&v) && v.fract() == 0.0;
    if let Some(high) = f.high
        && !f.grouped
        && f.unit.is_none()
        && year_value(f.low.value)
        && year_value(high.value)
    {
        return true;
    }
    if f.after_hyphen
        && ctx.index > 0
        && let Some(prev) = ctx.figures.get(ctx.index - 1)
        && is_plain_integer(prev)
        && year_value(prev.low.value)
        && f.low.value < 100.0
    {
        return true;
    }
    if !is_plain_integer(f) || !year_value(f.low.value) {
        return false;
    }
    let Some(d) = digits_token(t, f) else {
        return false;
    };
    if t.text_of(d).len() != 4 {
        return false;
    }
    // After a month: "March 2022", "19 March 2022", "March 19, 2022".
    if d > 0
        && (is_month(t, d - 1)
            || (t.punct(d - 1) == Some(',')
                && d > 1
                && t.get(d - 2).is_some_and(|x| x.is_number())))
    {
        return true;
    }
    let year_preposition = d > 0
        && t.word_in(
            d - 1,
            &[
                "in",
                "since",
                "by",
                "until",
                "till",
                "from",
                "during",
                "before",
                "after",
                "circa",
                "early",
                "late",
                "mid",
                "spring",
                "summer",
                "autumn",
                "winter",
                "fall",
                "year",
                "of",
                "between",
                "and",
                "to",
                "through",
                "throughout",
                "for",
                "the",
                "as",
                "ca",
                "c",
            ],
        );
    if year_preposition {
        return true;
    }
    // "a 2018 Southwest Airlines engine failure", "below 2019 levels".
    if (d > 0 && t.word_in(d - 1, &["a", "an"]) && t.punct(d + 1) != Some('-'))
        || t.word_in(d + 1, &["levels", "level", "peak"])
    {
        return true;
    }
    // "2,000 people" is grouped; "2000 people" after no preposition is a count.
    !counts_something(t, f)
}

/// "45-year-old", "45 years old", "aged 45", "age 45", "Smith, 45, said", "Smith (45)".
fn is_age(t: &Tokens<'_>, f: &RawFigure) -> bool {
    if f.unit.is_some() || f.grouped || f.low.value > 130.0 {
        return false;
    }
    let e = f.end;
    let hyphen_year_old = t.punct(e) == Some('-')
        && t.word_in(e + 1, &["year", "years", "month", "week", "day"])
        && t.punct(e + 2) == Some('-')
        && t.word_in(e + 3, &["old", "olds"]);
    let spaced_years_old =
        t.word_in(e, &["year", "years", "month", "months"]) && t.word_is(e + 1, "old");
    if f.high.is_some_and(|h| h.value > 130.0) {
        return false;
    }
    let before = |k: usize| f.first.checked_sub(k);
    let aged = f.first > 0 && t.word_in(f.first - 1, &["aged", "age", "ages", "ageing"]);
    // "died at the age of 81", "between the ages of 50 and 70": "of" names the age.
    // "an average age of 77" is a statistic, and stays a claim.
    let of_age = |first: usize| {
        first >= 2
            && t.word_is(first - 1, "of")
            && t.word_in(first - 2, &["age", "ages"])
            && !(first >= 3 && t.word_in(first - 3, &["average", "median", "mean"]))
    };
    // The second age of "between the ages of 50 and 70", read as two figures.
    let second_of_ages = f.first >= 4
        && t.word_in(f.first - 1, &["and", "to"])
        && t.get(f.first - 2).is_some_and(|x| x.is_number())
        && of_age(f.first - 2)
        && t.word_is(f.first - 4, "ages");
    // "left school at 15", "retired at 38", "made his debut at 18": a life's milestone.
    let milestone = f.first >= 2
        && t.word_is(f.first - 1, "at")
        && f.high.is_none()
        && (5.0..=110.0).contains(&f.low.value)
        && (f.first.saturating_sub(8)..f.first - 1).any(|k| {
            t.word_in(
                k,
                &[
                    "retired",
                    "retiring",
                    "retire",
                    "retires",
                    "died",
                    "dying",
                    "dies",
                    "married",
                    "marrying",
                    "emigrated",
                    "debut",
                    "debuted",
                    "spotted",
                    "orphaned",
                    "widowed",
                    "school",
                    "professional",
                    "enlisted",
                    "joined",
                    "joining",
                    "elected",
                ],
            )
        })
        && !(f.first.saturating_sub(8)..f.first - 1)
            .any(|k| t.get(k).is_some_and(|x| x.is_number()))
        && (t.get(e).is_none_or(|x| !x.is_word() && !x.is_number())
            || t.word_in(
                e,
                &[
                    "to", "and", "when", "after", "before", "in", "but", "with", "as",
                ],
            ))
        && !matches!(t.punct(e), Some('%' | '-'));
    let of_age = (of_age(f.first) || second_of_ages || milestone)
        && crate::analysis::text::nouns::counted_noun(t, e).is_none()
        && !t.word_in(e, &["per", "percent"]);
    // "aged between 68 and 91", "aged over 65", "aged from 18 to 24".
    let aged_bound = before(2).is_some_and(|b| {
        t.word_in(b, &["aged", "ages"])
            && t.word_in(b + 1, &["between", "over", "under", "from", "up"])
    });
    // "the oldest of whom was 91", "the youngest is 12".
    let superlative = before(1).is_some_and(|b| t.word_in(b, &["was", "is", "were", "being"]))
        && (f.first.saturating_sub(5)..f.first)
            .any(|i| t.word_in(i, &["oldest", "youngest", "eldest"]))
        && crate::analysis::text::nouns::counted_noun(t, e).is_none();
    // "Children under 5 travel free", "people over 65".
    let people_bound = before(2).is_some_and(|b| {
        t.word_in(
            b,
            &[
                "children", "kids", "babies", "infants", "toddlers", "pupils", "people", "adults",
                "those", "anyone", "everyone", "women", "men", "girls", "boys", "patients",
            ],
        ) && t.word_in(b + 1, &["under", "over", "aged"])
    }) && f.high.is_none()
        && crate::analysis::text::nouns::counted_noun(t, e).is_none();
    // "until they are 18", "when he turned 40".
    let becomes = before(2).is_some_and(|b| {
        t.word_in(
            b,
            &[
                "they", "he", "she", "you", "we", "i", "children", "pupils", "students",
            ],
        ) && t.word_in(
            b + 1,
            &[
                "are", "is", "turn", "turns", "turned", "reach", "reaches", "reached",
            ],
        )
    }) && f.high.is_none()
        && crate::analysis::text::nouns::counted_noun(t, e).is_none();
    // "Nearly 30 per cent are over 80.", "most of whom were under 25": people's ages.
    let people_are_over = before(3).is_some_and(|b| {
        t.word_in(
            b,
            &[
                "cent",
                "percent",
                "people",
                "patients",
                "victims",
                "them",
                "who",
                "whom",
                "half",
                "third",
                "quarter",
                "most",
                "many",
                "all",
                "residents",
                "voters",
            ],
        ) && t.word_in(b + 1, &["are", "were", "is", "was"])
            && t.word_in(b + 2, &["over", "under", "aged"])
    }) && f.high.is_none()
        && (16.0..=110.0).contains(&f.low.value)
        && t.get(e).is_none_or(|x| !x.is_word() && !x.is_number());
    let after_name_comma = t.punct(e) == Some(',')
        || (matches!(t.punct(e), Some('.' | ';'))
            && f.first >= 3
            && t.is_capitalised(f.first - 3)
            && t.get(f.first - 3).is_some_and(|x| x.is_word()));
    let between_commas = f.first >= 2
        && t.punct(f.first - 1) == Some(',')
        && t.is_capitalised(f.first - 2)
        && t.get(f.first - 2).is_some_and(|x| x.is_word())
        && !is_month(t, f.first - 2)
        && after_name_comma
        && f.high.is_none();
    // "The two-time champion, 37, had surgery", "the father-of-two, 45, said": one person
    // named by a noun, with an age between commas.
    let person_between_commas = f.first >= 2
        && t.punct(f.first - 1) == Some(',')
        && t.punct(e) == Some(',')
        && f.high.is_none()
        && !f.decimal
        && (1.0..=110.0).contains(&f.low.value)
        && (t.word_in(f.first - 2, crate::analysis::text::cues::PERSON_WORDS)
            || t.word_in(f.first - 2, PERSON_NOUNS)
            || {
                // "father-of-two", "mother-of-three"
                let w = t.text_of(f.first - 2);
                f.first >= 4
                    && t.punct(f.first - 3) == Some('-')
                    && crate::analysis::figures::numbers::is_number_word(w)
            })
        && !t.word_in(e + 1, &["or", "per", "percent"]);
    // "One was 27 and the other 34", "The victim was 19.": a person's age after "was".
    let person_was = |first: usize| {
        first >= 2
            && t.word_in(first - 1, &["was", "is"])
            && (t.word_in(first - 2, &["he", "she", "one", "other"])
                || t.word_in(first - 2, PERSON_NOUNS))
            && (1.0..=110.0).contains(&f.low.value)
    };
    let was_age = f.high.is_none()
        && !f.decimal
        && crate::analysis::text::nouns::counted_noun(t, e).is_none()
        && (t.get(e).is_none_or(|x| !x.is_word() && !x.is_number())
            || t.word_in(e, &["and", "when", "but"]))
        && !matches!(t.punct(e), Some('%' | '-' | '/' | ':'))
        && (person_was(f.first)
            || (f.first >= 5
                && t.word_is(f.first - 1, "other")
                && t.word_is(f.first - 2, "the")
                && t.word_is(f.first - 3, "and")
                && t.get(f.first - 4).is_some_and(|x| x.is_number())
                && person_was(f.first - 4)));
    let in_brackets = f.first >= 2
        && t.punct(f.first - 1) == Some('(')
        && t.is_capitalised(f.first - 2)
        && t.punct(e) == Some(')');
    hyphen_year_old
        || spaced_years_old
        || aged
        || aged_bound
        || of_age
        || superlative
        || people_bound
        || becomes
        || people_are_over
        || between_commas
        || person_between_commas
        || was_age
        || in_brackets
}

/// Nouns for one person that an age in commas may follow ("The champion, 37,"), beside
/// the titles and roles of `cues::PERSON_WORDS`.
const PERSON_NOUNS: &[&str] = &[
    "man",
    "woman",
    "boy",
    "girl",
    "champion",
    "player",
    "driver",
    "victim",
    "widow",
    "widower",
    "singer",
    "actor",
    "actress",
    "star",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "winner",
    "veteran",
    "pensioner",
    "grandmother",
    "grandfather",
    "son",
    "daughter",
    "wife",
    "husband",
    "student",
    "pupil",
    "worker",
    "mum",
    "dad",
    "survivor",
    "suspect",
    "defendant",
    "singer-songwriter",
    "rider",
    "jockey",
    "batter",
    "bowler",
    // The people of disaster, court and money stories: "The donor, 67,", "the pilot, 52,".
    "donor",
    "benefactor",
    "philanthropist",
    "billionaire",
    "millionaire",
    "investor",
    "businessman",
    "businesswoman",
    "entrepreneur",
    "alumnus",
    "graduate",
    "passenger",
    "pilot",
    "co-pilot",
    "firefighter",
    "soldier",
    "teenager",
    "brother",
    "sister",
    "patient",
    "motorist",
    "cyclist",
    "pedestrian",
    "climber",
    "hiker",
    "swimmer",
];

/// "over-65s", "under-18s".
fn is_age_group(t: &Tokens<'_>, f: &RawFigure) -> bool {
    let Some(d) = digits_token(t, f) else {
        return false;
    };
    t.text_of(d + 1) == "s"
        && d >= 2
        && t.punct(d - 1) == Some('-')
        && t.word_in(d - 2, &["over", "under"])
}

/// "in their 40s", "in her 80s".
fn is_age_decade(t: &Tokens<'_>, f: &RawFigure) -> bool {
    f.first > 0
        && t.word_in(
            f.first - 1,
            &[
                "their", "his", "her", "my", "your", "our", "early", "mid", "late",
            ],
        )
        && f.low.value < 100.0
}

/// "three weeks ago" (time reference), "for six months", "a 10-year plan" (duration).
fn time_kind(t: &Tokens<'_>, f: &RawFigure) -> Option<Kind> {
    if f.unit.is_some() {
        return None;
    }
    if is_run_of_fixtures(t, f) {
        return Some(Kind::TimeReference);
    }
    // "The median age ... was 40.7 years": an average age is a statistic, as "an average
    // age of 77" is. Only as the value the sentence gives it, not "over 10 years".
    if t.word_in(f.end, &["years", "year"])
        && f.first > 0
        && t.word_in(
            f.first - 1,
            &["was", "is", "were", "are", "of", "to", "reached", "hit"],
        )
        && (f.first.saturating_sub(24)..f.first)
            .rev()
            .take_while(|&k| !matches!(t.punct(k), Some('.' | '!' | '?' | ';')))
            .any(|k| t.word_in(k, &["average", "median", "mean"]) && t.word_is(k + 1, "age"))
    {
        return None;
    }
    let mut e = f.end;
    if t.punct(e) == Some('-') && t.attached(e) {
        e += 1;
    }
    // "two and a half years", "six more weeks", "10 full days"
    if t.word_in(e, TIME_MODIFIERS) {
        e += 1;
    }
    if !t.word_in(e, &TIME_UNITS) {
        return None;
    }
    // "40 Year 11 pupils": a school year, not a stretch of time.
    if t.is_capitalised(e) && t.get(e + 1).is_some_and(|x| x.is_number()) {
        return None;
    }
    let after = e + 1;
    let reference = t.word_in(
        after,
        &[
            "ago",
            "earlier",
            "later",
            "before",
            "after",
            "hence",
            "previously",
            "prior",
            "since",
            "from",
        ],
    ) || (f.first > 0
        && t.word_in(f.first - 1, &["last", "past", "next", "coming", "within"])
        && !t.word_is(f.first - 1, "past"));
    // "close for six months from May", "deliberated for about three hours before
    // returning": a stretch of time, whatever follows.
    let mut q = f.first;
    while q > 0
        && t.word_in(
            q - 1,
            &[
                "about", "around", "nearly", "almost", "roughly", "some", "over", "than", "more",
                "up", "to", "just", "at", "least",
            ],
        )
    {
        q -= 1;
    }
    let stretch = q > 0 && t.word_is(q - 1, "for");
    Some(if reference && !stretch {
        Kind::TimeReference
    } else {
        Kind::Duration
    })
}

/// A run of fixtures that says when, as a stretch of time would: "in his previous seven
/// matches", "over their last five games", "from the past 10 league fixtures". The count
/// is the window a statistic covers, not a claim. Only after a preposition: "won their
/// previous four league matches" claims four wins, and stays a claim.
fn is_run_of_fixtures(t: &Tokens<'_>, f: &RawFigure) -> bool {
    const FIXTURES: &[&str] = &[
        "matches",
        "games",
        "fixtures",
        "outings",
        "appearances",
        "starts",
        "races",
        "rounds",
        "innings",
        "meetings",
    ];
    let whole = f.decimal || f.scaled || f.grouped;
    if whole
        || f.first < 3
        || !t.word_in(f.first - 1, &["previous", "last", "past", "next", "first"])
    {
        return false;
    }
    let mut k = f.first - 2;
    if t.word_in(k, &["his", "her", "their", "its", "the", "our", "my"]) {
        k -= 1;
    } else {
        return false;
    }
    if !t.word_in(k, &["in", "over", "from", "during", "across", "within"]) {
        return false;
    }
    // One modifier between the number and the fixtures: "league", "home", "Test".
    let mut e = f.end;
    if !t.word_in(e, FIXTURES) && t.get(e).is_some_and(|x| x.is_word()) {
        e += 1;
    }
    t.word_in(e, FIXTURES)
}

/// "won 3-1", "a 2-0 lead", "drew 1-1".
fn is_score(ctx: &Context<'_, '_>) -> bool {
    let f = &ctx.figures[ctx.index];
    let t = ctx.tokens;
    if is_results_line(ctx) {
        return true;
    }
    // "by 38 votes to 21": a vote tally, both sides.
    let tally = |votes: usize| t.word_is(votes, "votes") && t.word_is(votes + 1, "to");
    if is_plain_integer(f)
        && (tally(f.end)
            || f.first >= 2
                && t.word_is(f.first - 1, "to")
                && tally(f.first - 2)
                && ctx.index > 0
                && ctx.figures[ctx.index - 1].end == f.first - 2)
    {
        return true;
    }
    // Cricket and golf: "made 154 not out", "shot a 65", "at 12 under par".
    if is_plain_integer(f)
        && (t.word_is(f.end, "not") && t.word_is(f.end + 1, "out")
            || t.word_in(f.end, &["under", "over"]) && t.word_is(f.end + 1, "par")
            || f.first >= 2
                && t.word_is(f.first - 1, "a")
                && t.word_in(
                    f.first - 2,
                    &["shot", "carded", "fired", "card", "shooting"],
                ))
    {
        return true;
    }
    // A bowler's figures, wickets for runs: "taking 6 for 41", "figures of 8 for 43". At
    // most ten wickets, after a verb of taking or in a sentence about cricket.
    let bowling_head = |w: &RawFigure, first: usize| {
        is_plain_integer(w)
            && w.low.value <= 10.0
            && first > 0
            && (t.word_in(
                first - 1,
                &["took", "taking", "take", "takes", "returned", "claimed"],
            ) || t.word_is(first - 1, "of") && first >= 2 && t.word_is(first - 2, "figures")
                || cricket_context(ctx, w.end + 2))
    };
    let runs_after = |w: &RawFigure| {
        t.word_is(w.end, "for")
            && ctx
                .figures
                .iter()
                .find(|g| g.first == w.end + 1)
                .is_some_and(|g| is_plain_integer(g) && g.low.value < 500.0 && g.end == g.first + 1)
    };
    if bowling_head(f, f.first)
        && runs_after(f)
        && crate::analysis::text::nouns::counted_noun(t, f.end + 2).is_none()
    {
        return true;
    }
    if is_plain_integer(f)
        && f.first >= 2
        && t.word_is(f.first - 1, "for")
        && ctx.index > 0
        && {
            let w = &ctx.figures[ctx.index - 1];
            w.end == f.first - 1 && bowling_head(w, w.first) && runs_after(w)
        }
        && crate::analysis::text::nouns::counted_noun(t, f.end).is_none()
    {
        return true;
    }
    // "lost 0-6 at West Ham": a hyphenated pair read as a range, in a sporting sentence.
    if let Some(high) = f.high
        && is_hyphen_range(t, f)
        && f.unit.is_none()
        && !f.grouped
        && !f.decimal
        && !f.scaled
        && f.low.value >= 0.0
        && high.value < 30.0
        && crate::analysis::text::nouns::counted_noun(t, f.end).is_none()
    {
        return sporting_context(ctx, f.end)
            || high.value <= 10.0 && f.low.value > high.value && cricket_context(ctx, f.end);
    }
    let (a, b) = if f.hyphen_pair {
        match ctx.figures.get(ctx.index + 1) {
            Some(b) => (f, b),
            None => return false,
        }
    } else if f.after_hyphen && ctx.index > 0 {
        (&ctx.figures[ctx.index - 1], f)
    } else {
        return false;
    };
    // Votes in a legislature run to hundreds: "passed the House 219-213".
    let vote = (ctx.sentence_start..ctx.tokens.len().min(b.end + 6)).any(|i| {
        ctx.tokens.word_in(
            i,
            &[
                "vote", "voted", "votes", "passed", "approved", "rejected", "defeated", "majority",
            ],
        )
    });
    // A cricket total runs to hundreds for at most ten wickets: "reached 312-6 at the close".
    let cricket = b.low.value <= 10.0 && cricket_context(ctx, b.end);
    let limit = if vote || cricket { 1000.0 } else { 200.0 };
    let small = |x: &RawFigure| is_plain_integer(x) && x.low.value < limit;
    if !(small(a) && small(b)) {
        return false;
    }
    b.low.value <= a.low.value || sporting_context(ctx, b.end)
}

/// A result line on its own, as match reports print it under the headline: "Chelsea 3
/// Aston Villa 1", "Brighton & Hove Albion 2 Nott'm Forest 0". The whole block is two
/// names, each followed by a small whole number, and nothing else (a full stop at most).
fn is_results_line(ctx: &Context<'_, '_>) -> bool {
    let t = ctx.tokens;
    let [a, b] = ctx.figures else {
        return false;
    };
    // A name: capitalised words, with "&", "'" or "." inside, and at least one word.
    let name = |from: usize, to: usize| {
        from < to
            && (from..to).all(|k| {
                t.get(k).is_some_and(|x| x.is_word()) && t.is_capitalised(k)
                    || matches!(t.punct(k), Some('&' | '\'' | '’' | '.' | '-')) && k > from
            })
            && t.get(from).is_some_and(|x| x.is_word())
    };
    let small = |x: &RawFigure| is_plain_integer(x) && x.end == x.first + 1 && x.low.value < 30.0;
    let tail_end = if t.punct(t.len().wrapping_sub(1)) == Some('.') {
        t.len() - 1
    } else {
        t.len()
    };
    small(a) && small(b) && name(0, a.first) && name(a.end, b.first) && b.end == tail_end
}

/// A round of a knockout competition named by the players left: "in the last 16", "the
/// round of 16", "reached the last eight", in a sentence about a match. "The last 16 were
/// freed" (no match) and "the last 16 years" stay what they were.
fn is_tournament_stage(ctx: &Context<'_, '_>) -> bool {
    let f = &ctx.figures[ctx.index];
    let t = ctx.tokens;
    f.unit.is_none()
        && f.high.is_none()
        && !f.decimal
        && f.low.value <= 128.0
        && f.first >= 2
        && (t.word_is(f.first - 1, "last") && t.word_is(f.first - 2, "the")
            || t.word_is(f.first - 1, "of") && t.word_is(f.first - 2, "round"))
        && crate::analysis::text::nouns::counted_noun(t, f.end).is_none()
        && !t.word_in(f.end, &TIME_UNITS)
        && !t.word_in(f.end, &["were", "was", "are", "have", "had", "will"])
        && sporting_context(ctx, f.end)
}

/// The abstentions of a vote whose tally the sentence gives ("by 41 votes to 29, with three
/// abstentions"): part of the result, like the tally itself.
fn is_abstentions(ctx: &Context<'_, '_>) -> bool {
    let f = &ctx.figures[ctx.index];
    let t = ctx.tokens;
    f.unit.is_none()
        && f.high.is_none()
        && t.word_in(f.end, &["abstentions", "abstention", "abstained"])
        && ctx.figures[..ctx.index].iter().any(|g| {
            g.first >= ctx.sentence_start
                && t.word_in(g.end, &["votes", "vote"])
                && t.word_is(g.end + 1, "to")
        })
}

/// A table cell holding nothing but a small hyphenated pair ("0-6" in a results table) is a
/// score: a range would carry a unit or a noun.
pub fn is_table_cell_score(t: &Tokens<'_>, figures: &[RawFigure]) -> bool {
    let [f] = figures else {
        return false;
    };
    f.first == 0
        && f.end == t.len()
        && is_hyphen_range(t, f)
        && f.unit.is_none()
        && !f.grouped
        && !f.decimal
        && !f.scaled
        && f.low.value >= 0.0
        && f.high.is_some_and(|h| h.value < 30.0)
}

/// A range written "0-6" with a hyphen or dash between the two numbers, nothing else.
fn is_hyphen_range(t: &Tokens<'_>, f: &RawFigure) -> bool {
    f.end == f.first + 3
        && matches!(t.punct(f.first + 1), Some('-' | '–' | '—'))
        && t.get(f.first).is_some_and(|x| x.is_number())
}

/// The sentence speaks of cricket: "312-6 at the close of the second Test".
fn cricket_context(ctx: &Context<'_, '_>, end: usize) -> bool {
    (ctx.sentence_start..ctx.tokens.len().min(end + 6)).any(|i| {
        ctx.tokens.word_in(
            i,
            &[
                "wickets", "wicket", "innings", "declared", "overs", "test", "batting", "bowled",
                "runs", "close", "stumps",
            ],
        )
    })
}

/// The sentence speaks of a match or a vote: "won", "drew", "Arsenal v Liverpool".
fn sporting_context(ctx: &Context<'_, '_>, end: usize) -> bool {
    let t = ctx.tokens;
    (ctx.sentence_start..t.len().min(end + 6)).any(|i| {
        t.word_in(
            i,
            &[
                "won",
                "win",
                "wins",
                "beat",
                "beats",
                "beaten",
                "defeat",
                "defeated",
                "victory",
                "drew",
                "draw",
                "lost",
                "loss",
                "lead",
                "led",
                "score",
                "scored",
                "scoreline",
                "goals",
                "match",
                "game",
                "vote",
                "voted",
                "votes",
                "margin",
                "trail",
                "trailed",
                "series",
                "final",
                "set",
                "sets",
                "thrashed",
                "thrashing",
                "hammered",
                "v",
                "vs",
            ],
        )
    })
}

fn is_name(ctx: &Context<'_, '_>) -> bool {
    let t = ctx.tokens;
    let f = &ctx.figures[ctx.index];
    let Some(d) = digits_token(t, f) else {
        return false;
    };
    let digits = t.text_of(d);
    // Leading zeros and "+44" are codes and phone numbers.
    if (digits.len() > 1 && digits.starts_with('0') && !digits.starts_with("0."))
        || (d > 0 && t.punct(d - 1) == Some('+') && t.attached(d))
    {
        return true;
    }
    // The later digit groups of a spaced phone number: "0161 496 0000", "0800 123 4567";
    // hyphenated ones: "1-888-327-4236".
    if in_spaced_phone_number(ctx, d) || in_hyphen_chain(t, d) {
        return true;
    }
    // "call 101", "dial 999", "by calling 111".
    if d > 0
        && f.first == d
        && is_plain_integer(f)
        && t.word_in(
            d - 1,
            &[
                "call", "calling", "called", "dial", "dialling", "dialing", "ring", "text",
                "texting",
            ],
        )
        && !counts_something(t, f)
    {
        return true;
    }
    // "7-Eleven", "3-D": digits joined by a hyphen to a capitalised word.
    if !ctx.title_case
        && t.punct(d + 1) == Some('-')
        && t.attached(d + 1)
        && t.attached(d + 2)
        && t.get(d + 2).is_some_and(|x| x.is_word())
        && t.is_capitalised(d + 2)
        && !is_time_unit(t.text_of(d + 2))
    {
        return true;
    }
    // Letters glued before the digits: "G7", "A380", "MP3", "FY2023".
    if d > 0 && t.get(d - 1).is_some_and(|x| x.is_word()) && t.attached(d) {
        return true;
    }
    // Word-hyphen-number: "Covid-19", "F-35", "MH-17" (not "mid-2022", handled as years).
    if d >= 2
        && t.punct(d - 1) == Some('-')
        && t.attached(d)
        && t.attached(d - 1)
        && t.get(d - 2).is_some_and(|x| x.is_word())
        && !crate::analysis::figures::numbers::is_number_word(t.text_of(d - 2))
        // "a near-90% chance", "an almost-50% share": a hedge joined to the figure.
        && !t.word_in(d - 2, &["near", "nearly", "almost", "roughly", "about", "around"])
    {
        return true;
    }
    // Phone numbers: "555-1234", "(020) 7946 0958".
    if f.hyphen_pair
        && ctx
            .figures
            .get(ctx.index + 1)
            .is_some_and(|b| t.text_of(b.first).len() >= 4)
        || f.after_hyphen && digits.len() >= 4 && !is_plain_year_text(digits)
    {
        return true;
    }
    // "#1", "No. 10", "number 10".
    if d > 0 && t.punct(d - 1) == Some('#') {
        return true;
    }
    if d >= 2
        && t.punct(d - 1) == Some('.')
        && t.word_in(
            d - 2,
            &["no", "nos", "vol", "p", "pp", "ch", "art", "sec", "fig"],
        )
    {
        return true;
    }
    if !is_plain_integer(f) {
        return false;
    }
    // A list or footnote marker: "(1)", "[3]", or "1." at the start of a line.
    let bracketed = d > 0
        && matches!(t.punct(d - 1), Some('(' | '['))
        && matches!(t.punct(d + 1), Some(')' | ']'));
    let line_start = (d == 0 || t.get(d).is_some_and(|x| x.newline_before))
        && matches!(t.punct(d + 1), Some('.' | ')'));
    if bracketed || line_start {
        return true;
    }
    if d > 0
        && t.word_in(d - 1, &NAME_WORDS)
        && (t.is_capitalised(d - 1) || !t.word_is(d - 1, "year"))
    {
        return true;
    }
    if ctx.index > 0 && d > 0 {
        let prev = &ctx.figures[ctx.index - 1];
        let prev_ctx = Context {
            index: ctx.index - 1,
            ..*ctx
        };
        // "junctions 10 and 16", "pages 4 to 6": the second label of a pair.
        if prev.end + 1 == d
            && t.word_in(d - 1, &["and", "or", "to", "&"])
            && prev.first > 0
            && t.word_in(prev.first - 1, &NAME_WORDS)
            && is_name(&prev_ctx)
        {
            return true;
        }
        // "Boeing 737 Max 9 jets": a number after a name's capitalised word.
        if prev.end + 1 == d
            && t.is_capitalised(d - 1)
            && t.get(d - 1).is_some_and(|x| x.is_word())
            && !ctx.title_case
            && is_name(&prev_ctx)
        {
            return true;
        }
        // "Boeing 787-9", "Airbus A321-200": a variant joined to a model by a hyphen.
        if prev.end + 1 == d
            && t.punct(d - 1) == Some('-')
            && t.attached(d - 1)
            && t.attached(d)
            && f.unit.is_none()
            && is_name(&prev_ctx)
        {
            return true;
        }
    }
    // "FTSE 100", "S&P 500".
    if d >= 2 && t.text_of(d - 1) == "P" && t.punct(d - 2) == Some('&') {
        return true;
    }
    // A capitalised word and a bare number that counts nothing: "Boeing 737 crashed",
    // "Radio 4", "the 737 Max".
    let counted = counts_something(t, f);
    // A brand written with an inner capital ("iOS 18", "macOS 14", "eBay") is a name as much
    // as a capitalised word is.
    let branded = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_lowercase())
            && w.chars().skip(1).any(|c| c.is_ascii_uppercase())
    };
    if !ctx.title_case
        && d > 0
        && (t.is_capitalised(d - 1) || branded(t.text_of(d - 1)))
        && t.get(d).is_some_and(|x| x.space_before)
    {
        let word = t.text_of(d - 1);
        let not_name = NOT_NAMES.iter().any(|n| n.eq_ignore_ascii_case(word)) || is_month(t, d - 1);
        if !not_name && (!counted || is_model_number(ctx, d)) {
            return true;
        }
    }
    if !counted
        && t.is_capitalised(f.end)
        && t.get(f.end).is_some_and(|x| x.space_before)
        && !ctx.title_case
        && f.end > 0
    {
        let next = t.text_of(f.end);
        // "40 Year 11 pupils": the capitalised word labels the next number, not this one.
        let labels_next = t.get(f.end + 1).is_some_and(|x| x.is_number());
        if !NOT_NAMES.iter().any(|n| n.eq_ignore_ascii_case(next))
            && !next.chars().all(|c| c.is_uppercase())
            && !labels_next
        {
            return true;
        }
    }
    false
}

/// A small bare number right after a capitalised word inside a sentence names a model, a
/// zone or an edition even when a noun follows: "Leopard 2 tanks", "Zone 1 stations",
/// "Windows 11 users". Prose puts a comma or a verb between a proper noun and a count
/// ("In London, 300 people"), so the pair is a name; days and months are excluded ("on
/// Monday 300 people"), as is the first word of a sentence ("Some 300 people").
fn is_model_number(ctx: &Context<'_, '_>, d: usize) -> bool {
    let t = ctx.tokens;
    let f = &ctx.figures[ctx.index];
    f.form == Form::Digits
        && is_plain_integer(f)
        && !f.grouped
        && f.low.value < 100.0
        && f.first == d
        && d > ctx.sentence_start + 1
        && t.get(d - 1).is_some_and(|x| x.is_word() && !x.newline_before)
        && !crate::analysis::text::cues::CALENDAR_WORDS
            .iter()
            .any(|w| w.eq_ignore_ascii_case(t.text_of(d - 1)))
        // "In Gaza 70 people died": an opening place phrase written without its comma.
        && !(d == ctx.sentence_start + 2
            && t.word_in(
                d - 2,
                &["in", "on", "at", "across", "from", "throughout", "since", "after"],
            ))
}

/// The "1" of "1 in 10 patients" or the "One" of "One in five children": the ratio is
/// one figure, carried by its second number.
fn is_ratio_head(t: &Tokens<'_>, f: &RawFigure) -> bool {
    if f.high.is_some() || f.unit.is_some() || f.low.value > 10.0 || f.low.value < 1.0 {
        return false;
    }
    let next = f.end + 1;
    t.word_is(f.end, "in")
        && (t
            .get(next)
            .is_some_and(|x| x.is_number() && t.text_of(next).len() < 4)
            || crate::analysis::figures::numbers::is_number_word(t.text_of(next)))
        // "scored 2 in 5 minutes": a count in a stretch of time.
        && !is_time_unit(t.text_of(next + 1))
}

/// The "five" of "one in five got a grade 9": the figure that carries a ratio, counted
/// noun or not.
fn is_ratio_tail(t: &Tokens<'_>, f: &RawFigure) -> bool {
    f.first >= 2
        && t.word_is(f.first - 1, "in")
        && (t.word_in(f.first - 2, &["one", "two", "three", "four"])
            || t.get(f.first - 2).is_some_and(|x| x.is_number())
                && t.text_of(f.first - 2).len() == 1)
}

/// Nouns that make a number a description in a compound: "the 435-member House", "a
/// 17-character code", "the 27-nation bloc", "a 300-page report".
const DESCRIPTIVE_NOUNS: &[&str] = &[
    "foot",
    "member",
    "seat",
    "nation",
    "country",
    "state",
    "character",
    "digit",
    "letter",
    "page",
    "storey",
    "story",
    "piece",
    "part",
    "episode",
    "lane",
    "carriage",
];

/// A number inside a compound modifier that describes what follows it rather than counting
/// anything: "the 435-member House will vote".
fn is_descriptive_compound(t: &Tokens<'_>, f: &RawFigure) -> bool {
    let e = f.end;
    // The inches of "6-foot-4".
    let inches = f.first >= 2
        && t.punct(f.first - 1) == Some('-')
        && t.attached(f.first)
        && t.word_in(f.first - 2, &["foot", "feet"])
        && t.attached(f.first - 1);
    inches
        || f.unit.is_none()
            && f.high.is_none()
            && t.punct(e) == Some('-')
            && t.attached(e)
            && t.attached(e + 1)
            && t.word_in(e + 1, DESCRIPTIVE_NOUNS)
            && (t.get(e + 2).is_some_and(|x| x.is_word())
                || t.word_is(e + 1, "foot") && t.punct(e + 2) == Some('-'))
}

/// Street words that make a number an address: "10 Downing Street", "221B Baker Street".
const STREET_WORDS: &[&str] = &[
    "street",
    "st",
    "road",
    "rd",
    "avenue",
    "ave",
    "lane",
    "boulevard",
    "drive",
    "place",
    "square",
    "way",
    "close",
    "crescent",
    "terrace",
];

/// A house number: digits followed by capitalised words that end in a street word.
fn is_street_number(t: &Tokens<'_>, f: &RawFigure) -> bool {
    if f.high.is_some()
        || f.grouped
        || f.decimal
        || matches!(f.unit, Some(Unit::Currency(_) | Unit::Percent))
    {
        return false;
    }
    let Some(d) = digits_token(t, f) else {
        return false;
    };
    // "221B": the letter is part of the number here, not a billion.
    let start = if t.get(d + 1).is_some_and(|x| x.is_word()) && t.attached(d + 1) {
        d + 2
    } else {
        d + 1
    };
    (start..start + 3)
        .take_while(|&i| t.is_capitalised(i) && t.get(i).is_some_and(|x| x.is_word()))
        .any(|i| i > start && t.word_in(i, STREET_WORDS))
}

/// A label word before the number makes it a name, even when it looks like a year:
/// "flight 1282", "Section 1983", "Room 2001".
fn after_name_word(t: &Tokens<'_>, f: &RawFigure) -> bool {
    is_plain_integer(f)
        && f.first > 0
        && t.word_in(f.first - 1, &NAME_WORDS)
        && !t.word_in(
            f.first - 1,
            &["year", "no", "number", "mark", "bill", "act", "part"],
        )
}

/// Letters glued before the digits make a road number or a code, never a year: "B1050",
/// "A14", "M25", "FY2023".
fn is_road_or_code(t: &Tokens<'_>, f: &RawFigure) -> bool {
    let Some(d) = digits_token(t, f) else {
        return false;
    };
    f.first == d && d > 0 && t.get(d - 1).is_some_and(|x| x.is_word()) && t.attached(d)
}

/// Set phrases where a number counts nothing: "in two minds", "a million miles from",
/// "a hundred per cent sure", "one or two".
fn is_idiom(t: &Tokens<'_>, f: &RawFigure) -> bool {
    let value = f.low.value;
    let words = f.form == Form::Words;
    // "the top four clubs", "the top 10 of the list": a ranking band, not a count ("the
    // top 1%" has a unit and stays a claim).
    if f.unit.is_none() && f.first > 0 && t.word_in(f.first - 1, &["top", "bottom"]) {
        return true;
    }
    // "10 key takeaways", "Five things to know": a listicle's count of its own items, not a
    // fact anyone needs to source ("10 recommendations" stays a claim).
    if f.unit.is_none() && f.high.is_none() && value <= 100.0 {
        // "300 tips from the public" and "40 lessons cancelled" are counts: those nouns need
        // a listicle's adjective or a "why"/"to" after them.
        let mut e = f.end;
        let adjective = t.word_in(e, &["key", "big", "main", "quick", "essential", "biggest"]);
        if adjective {
            e += 1;
        }
        if t.word_in(e, &["takeaways", "things"])
            || t.word_in(e, &["reasons", "tips", "lessons", "highlights"])
                && (adjective || t.word_in(e + 1, &["why", "to"]))
        {
            return true;
        }
    }
    (words && value == 2.0 && t.word_is(f.end, "minds"))
        || (words
            && value == 2.0
            && f.first >= 2
            && t.word_is(f.first - 1, "or")
            && t.word_is(f.first - 2, "one"))
        || (words
            && value == 1e6
            && t.word_in(f.end, &["miles", "mile"])
            && t.word_in(f.end + 1, &["away", "from", "off"]))
        || (value == 100.0
            && f.unit == Some(Unit::Percent)
            && (words || f.first > 0 && t.word_is(f.first - 1, "a"))
            && t.word_in(
                f.end,
                &[
                    "sure",
                    "certain",
                    "confident",
                    "right",
                    "behind",
                    "committed",
                    "convinced",
                    "correct",
                    "wrong",
                ],
            ))
}

/// A capitalised number word inside a name: "the Big Four", "Channel Four".
fn is_capitalised_name_word(ctx: &Context<'_, '_>) -> bool {
    let t = ctx.tokens;
    let f = &ctx.figures[ctx.index];
    let at = f.first;
    !ctx.title_case
        && at > ctx.sentence_start
        && t.is_capitalised(at)
        && t.get(at - 1).is_some_and(|x| x.is_word())
        && t.is_capitalised(at - 1)
        && !NOT_NAMES
            .iter()
            .any(|n| n.eq_ignore_ascii_case(t.text_of(at - 1)))
        && !is_month(t, at - 1)
        && at - 1 != ctx.sentence_start
}

/// The number sits in a chain of at least three digit groups joined by hyphens:
/// "1-888-327-4236".
fn in_hyphen_chain(t: &Tokens<'_>, d: usize) -> bool {
    let joined = |i: usize| {
        t.punct(i) == Some('-')
            && t.attached(i)
            && t.attached(i + 1)
            && t.get(i + 1).is_some_and(|x| x.is_number())
    };
    let mut first = d;
    while first >= 2 && joined(first - 1) && t.get(first - 2).is_some_and(|x| x.is_number()) {
        first -= 2;
    }
    let mut last = d;
    while joined(last + 1) {
        last += 2;
    }
    (last - first) / 2 + 1 >= 3
}

/// A later digit group of a spaced phone number whose first group starts with 0: the "123"
/// and "4567" of "0800 123 4567".
fn in_spaced_phone_number(ctx: &Context<'_, '_>, d: usize) -> bool {
    let t = ctx.tokens;
    let f = &ctx.figures[ctx.index];
    if f.first != d {
        return false;
    }
    let mut k = ctx.index;
    let mut start = d;
    while k > 0 {
        let prev = &ctx.figures[k - 1];
        let Some(p) = digits_token(t, prev) else {
            return false;
        };
        if prev.end != start || prev.first != p || !is_plain_integer(prev) {
            return false;
        }
        let text = t.text_of(p);
        if text.len() >= 3 && text.starts_with('0') && text.bytes().all(|b| b.is_ascii_digit()) {
            return true;
        }
        k -= 1;
        start = p;
    }
    false
}

fn is_plain_year_text(digits: &str) -> bool {
    digits.len() == 4
        && digits
            .parse::<u32>()
            .is_ok_and(|y| (1900..=2100).contains(&y))
}

/// True when the figure is followed by what it counts: a plural noun, perhaps after a
/// modifier or two ("14,400 Russian soldiers", "1,450 armoured personnel vehicles").
pub fn counts_something(t: &Tokens<'_>, f: &RawFigure) -> bool {
    crate::analysis::text::nouns::counted_noun(t, f.end).is_some()
        && !(f.form == Form::Words
            && !f.large
            && f.first > 0
            && t.word_in(f.first - 1, &DETERMINERS))
}

/// True when a unit makes the figure a measurement rather than a bare count.
pub fn has_unit(f: &RawFigure) -> bool {
    matches!(
        f.unit,
        Some(Unit::Currency(_) | Unit::Percent | Unit::PercentagePoints | Unit::Measure(_))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(String, Option<Kind>)> {
        let tokens = Tokens::new(text);
        let raw = crate::analysis::figures::numerals::find(&tokens);
        (0..raw.len())
            .map(|index| {
                let ctx = Context {
                    tokens: &tokens,
                    figures: &raw,
                    index,
                    title_case: false,
                    sentence_start: 0,
                };
                (raw[index].span.of(text).to_string(), classify(&ctx).kind())
            })
            .collect()
    }

    fn kind_of(text: &str, figure: &str) -> Option<Kind> {
        kinds(text)
            .into_iter()
            .find(|(t, _)| t == figure)
            .and_then(|(_, k)| k)
    }

    #[test]
    fn dates_are_not_claims() {
        assert_eq!(
            kind_of("from 24 February to 19 March", "24"),
            Some(Kind::Date)
        );
        assert_eq!(
            kind_of("on March 19, 2022, officials", "19"),
            Some(Kind::Date)
        );
        assert_eq!(
            kind_of("on March 19, 2022, officials", "2022"),
            Some(Kind::Year)
        );
        assert_eq!(kind_of("dated 19/03/2022.", "19"), Some(Kind::Date));
        assert_eq!(kind_of("dated 19/03/2022.", "2022"), Some(Kind::Date));
        assert_eq!(kind_of("dated 2024-03-19.", "03"), Some(Kind::Date));
        assert_eq!(kind_of("dated 2024-03-19.", "19"), Some(Kind::Date));
    }

    #[test]
    fn a_small_number_after_a_capitalised_word_names_a_model() {
        assert_eq!(
            kind_of("Kyiv got more Leopard 2 tanks.", "2"),
            Some(Kind::Name)
        );
        assert_eq!(
            kind_of("Commuters at Zone 1 stations waited.", "1"),
            Some(Kind::Name)
        );
        // Counts stay claims: a day or month before them, a sentence's first word, a
        // lowercase verb, a large or grouped number.
        assert_eq!(
            kind_of("It said on Monday 30 people died.", "30"),
            Some(Kind::Claim)
        );
        assert_eq!(kind_of("Some 30 people died.", "30"), Some(Kind::Claim));
        assert_eq!(kind_of("Russia lost 30 tanks.", "30"), Some(Kind::Claim));
        assert_eq!(
            kind_of("In Gaza 1,200 people died.", "1,200"),
            Some(Kind::Claim)
        );
        assert_eq!(kind_of("In Gaza 70 people died.", "70"), Some(Kind::Claim));
    }

    #[test]
    fn a_coin_or_a_note_is_named_by_its_value() {
        assert_eq!(kind_of("the new 50p coin", "50p"), Some(Kind::Name));
        assert_eq!(kind_of("a £5 note was found", "£5"), Some(Kind::Name));
        assert_eq!(
            kind_of("households face a £200 bill", "£200"),
            Some(Kind::Claim)
        );
        assert_eq!(kind_of("it cost £5 to enter", "£5"), Some(Kind::Claim));
        assert_eq!(
            kind_of("a £2bn bill for taxpayers", "£2bn"),
            Some(Kind::Claim)
        );
    }

    #[test]
    fn a_rank_is_not_a_count() {
        assert_ne!(
            kind_of("She is in the top 10 of the list.", "10"),
            Some(Kind::Claim)
        );
        assert_eq!(kind_of("the top 1% of earners", "1%"), Some(Kind::Claim));
    }

    #[test]
    fn wire_style_abbreviated_months_make_dates() {
        assert_eq!(
            kind_of("have until Dec. 19 to pass it", "19"),
            Some(Kind::Date)
        );
        assert_eq!(kind_of("due on Sept. 5, officials", "5"), Some(Kind::Date));
        assert_eq!(kind_of("It fell on Dec 3.", "3"), Some(Kind::Date));
    }

    #[test]
    fn years_are_not_claims_but_counts_are() {
        assert_eq!(
            kind_of("the war in Syria in 2015.", "2015"),
            Some(Kind::Year)
        );
        assert_eq!(
            kind_of("Some 2000 people marched.", "2000"),
            Some(Kind::Claim)
        );
        assert_eq!(kind_of("the 2021-22 season", "22"), Some(Kind::Year));
    }

    #[test]
    fn times_ordinals_ages() {
        assert_eq!(kind_of("at 10am", "10am"), Some(Kind::Time));
        assert_eq!(kind_of("at 14:30 GMT", "14"), Some(Kind::Time));
        assert_eq!(kind_of("the 3rd time", "3rd"), Some(Kind::Ordinal));
        assert_eq!(
            kind_of("the eighth anniversary", "eighth"),
            Some(Kind::Ordinal)
        );
        assert_eq!(kind_of("a 45-year-old man", "45"), Some(Kind::Age));
        assert_eq!(kind_of("a man aged 45 was", "45"), Some(Kind::Age));
        assert_eq!(kind_of("John Smith, 45, said", "45"), Some(Kind::Age));
        assert_eq!(kind_of("for the over-65s", "65s"), Some(Kind::Age));
    }

    #[test]
    fn durations_and_time_references() {
        assert_eq!(
            kind_of("sent three weeks ago", "three"),
            Some(Kind::TimeReference)
        );
        assert_eq!(kind_of("for six months", "six"), Some(Kind::Duration));
        assert_eq!(kind_of("a 10-year plan", "10"), Some(Kind::Duration));
    }

    #[test]
    fn names_and_codes() {
        assert_eq!(kind_of("a Boeing 737 crashed", "737"), Some(Kind::Name));
        assert_eq!(kind_of("the G7 met", "7"), Some(Kind::Name));
        assert_eq!(kind_of("during Covid-19 lockdowns", "19"), Some(Kind::Name));
        assert_eq!(kind_of("on Radio 4 listeners", "4"), Some(Kind::Name));
        assert_eq!(kind_of("the FTSE 100 rose", "100"), Some(Kind::Name));
        assert_eq!(kind_of("under Section 230 of", "230"), Some(Kind::Name));
        assert_eq!(kind_of("the A380 fleet", "380"), Some(Kind::Name));
        assert_eq!(kind_of("call 020 7946 0958 now", "020"), Some(Kind::Name));
        assert_eq!(kind_of("landing on runway 23 at", "23"), Some(Kind::Name));
        // A hedge joined by a hyphen is no name; a code is.
        assert_eq!(
            kind_of("priced in a near-90% chance of a cut", "90%"),
            Some(Kind::Claim)
        );
        assert_eq!(kind_of("an F-35 crashed", "35"), Some(Kind::Name));
        // A model's variant after a hyphen.
        assert_eq!(
            kind_of("The Boeing 787-9 was carrying", "9"),
            Some(Kind::Name)
        );
        assert_eq!(kind_of("an Airbus A321-200 jet", "200"), Some(Kind::Name));
        // Near-miss: a range after a count is no variant.
        assert_eq!(
            kind_of("The Boeing 787-9 was carrying 242-250 people", "242-250"),
            Some(Kind::Claim)
        );
        assert_eq!(kind_of("sitting in row 13 when", "13"), Some(Kind::Name));
        // Near-misses: a count after the word, not a label.
        assert_eq!(kind_of("a row over 300 jobs", "300"), Some(Kind::Claim));
        assert_eq!(
            kind_of("two runways and 300 flights", "300"),
            Some(Kind::Claim)
        );
    }

    #[test]
    fn spaced_phone_number_groups_are_names() {
        assert_eq!(kind_of("call 0161 496 0000 today", "496"), Some(Kind::Name));
        assert_eq!(
            kind_of("call 0161 496 0000 today", "0000"),
            Some(Kind::Name)
        );
        assert_eq!(
            kind_of("the 2023 total was 496 beds", "496"),
            Some(Kind::Claim)
        );
    }

    #[test]
    fn scores_are_not_ranges_or_claims() {
        assert_eq!(kind_of("City won 3-1 on Sunday", "3"), Some(Kind::Score));
        assert_eq!(kind_of("City won 3-1 on Sunday", "1"), Some(Kind::Score));
    }

    #[test]
    fn vague_amounts() {
        assert_eq!(
            kind_of("attended by thousands of Russians", "thousands"),
            Some(Kind::Vague)
        );
        assert_eq!(
            kind_of("one of just a handful of", "a handful"),
            Some(Kind::Vague)
        );
    }

    #[test]
    fn claims_stay_claims() {
        assert_eq!(
            kind_of("Russia lost 14,400 soldiers", "14,400"),
            Some(Kind::Claim)
        );
        assert_eq!(
            kind_of("inflation hit 3.5 per cent", "3.5 per cent"),
            Some(Kind::Claim)
        );
        assert_eq!(
            kind_of("about 95 planes and 115 helicopters", "115"),
            Some(Kind::Claim)
        );
        assert_eq!(
            kind_of("Three people were killed", "Three"),
            Some(Kind::Claim)
        );
        assert_eq!(kind_of("between the two countries", "two"), None);
    }

    #[test]
    fn ages_in_appositions_ranges_and_clauses() {
        assert_eq!(kind_of("said Jenny Marsh, 52. Then", "52"), Some(Kind::Age));
        assert_eq!(
            kind_of("victims, who are aged between 68 and 91, lost", "68 and 91"),
            Some(Kind::Age)
        );
        assert_eq!(
            kind_of("customers, the oldest of whom was 91, to move", "91"),
            Some(Kind::Age)
        );
        assert_eq!(
            kind_of("Children under 5 travel free", "5"),
            Some(Kind::Age)
        );
        assert_eq!(
            kind_of("must resit the subject until they are 18, under", "18"),
            Some(Kind::Age)
        );
        // Near-misses: a count of people and an age bound in one phrase; a plain count.
        assert_eq!(
            kind_of("45 people aged over 65 died", "45"),
            Some(Kind::Claim)
        );
        assert_eq!(
            kind_of("45 people aged over 65 died", "65"),
            Some(Kind::Age)
        );
        assert_eq!(
            kind_of("In March, 52 people died.", "52"),
            Some(Kind::Claim)
        );
        assert_eq!(
            kind_of("schools with under 5 teachers", "5"),
            Some(Kind::Claim)
        );
    }

    #[test]
    fn road_numbers_are_names_not_years() {
        assert_eq!(
            kind_of("on the A14 and the B1050, up", "1050"),
            Some(Kind::Name)
        );
        assert_eq!(
            kind_of("Traffic on the M25 was heavy", "25"),
            Some(Kind::Name)
        );
        assert_eq!(kind_of("the war began in 2022", "2022"), Some(Kind::Year));
    }

    #[test]
    fn noon_and_day_ranges() {
        assert_eq!(kind_of("due on 9 May at 12 noon.", "12"), Some(Kind::Time));
        assert_eq!(
            kind_of("its meeting on March 19-20.", "19-20"),
            Some(Kind::Date)
        );
        assert_eq!(
            kind_of("a summit on 19–20 March", "19–20"),
            Some(Kind::Date)
        );
        assert_eq!(
            kind_of("carried out on 11 and 12 March, puts", "11"),
            Some(Kind::Date)
        );
        assert_eq!(
            kind_of("between 19 and 20 people", "19 and 20"),
            Some(Kind::Claim)
        );
    }

    #[test]
    fn scores_in_results_and_votes() {
        assert_eq!(kind_of("West Ham v Arsenal 0-6", "0-6"), Some(Kind::Score));
        assert_eq!(
            kind_of("approved by 38 votes to 21 on", "38"),
            Some(Kind::Score)
        );
        assert_eq!(
            kind_of("approved by 38 votes to 21 on", "21"),
            Some(Kind::Score)
        );
        assert_eq!(kind_of("a 3-2 win at home", "3"), Some(Kind::Score));
        assert_eq!(
            kind_of("a 3-2 vote to approve 300 homes", "300"),
            Some(Kind::Claim)
        );
        // A range with no match in sight stays a range.
        assert_eq!(
            kind_of("it will take 10-12 staff", "10-12"),
            Some(Kind::Claim)
        );
    }

    #[test]
    fn a_calibre_names_the_weapon() {
        for (text, n) in [
            (
                "about 250,000 rounds of 155mm artillery ammunition",
                "155mm",
            ),
            ("He was shot with a 9mm pistol.", "9mm"),
            ("It fired 120mm mortar rounds.", "120mm"),
        ] {
            assert_eq!(kind_of(text, n), Some(Kind::Name), "{text}");
        }
        assert_eq!(
            kind_of(
                "about 250,000 rounds of 155mm artillery ammunition",
                "250,000"
            ),
            Some(Kind::Claim)
        );
        // Near misses: rainfall and other measures in millimetres stay claims.
        assert_eq!(
            kind_of("Up to 80mm of rain fell.", "80mm"),
            Some(Kind::Claim)
        );
        assert_eq!(kind_of("The 40mm gap widened.", "40mm"), Some(Kind::Claim));
    }

    #[test]
    fn a_run_of_fixtures_says_when() {
        for (text, n) in [
            (
                "He had kept five clean sheets in his previous seven matches.",
                "seven",
            ),
            ("They have scored twice over their last five games.", "five"),
            (
                "She has won 80% of points in the past 10 league matches.",
                "10",
            ),
        ] {
            assert_eq!(kind_of(text, n), Some(Kind::TimeReference), "{text}");
        }
        // Near misses: the wins themselves, no window, other nouns.
        for (text, n) in [
            ("Villa had won their previous four league matches.", "four"),
            ("Chelsea have won 11 of their 16 league games.", "16"),
            (
                "He was banned in his previous three clubs for doping.",
                "three",
            ),
        ] {
            assert_ne!(kind_of(text, n), Some(Kind::TimeReference), "{text}");
        }
    }

    #[test]
    fn a_result_line_is_a_score() {
        for (text, n) in [
            ("Chelsea 3 Aston Villa 1", "3"),
            ("Chelsea 3 Aston Villa 1", "1"),
            ("Brighton & Hove Albion 2 Nott'm Forest 0", "0"),
            ("Real Madrid 4 Barcelona 0.", "4"),
        ] {
            assert_eq!(kind_of(text, n), Some(Kind::Score), "{text}");
        }
        // Near misses: a sentence, a third number, large numbers, no name first.
        assert_eq!(
            kind_of("Chelsea signed 3 players and Villa 1", "3"),
            Some(Kind::Claim)
        );
        assert_ne!(
            kind_of("Labour 412 Conservatives 121", "412"),
            Some(Kind::Score)
        );
        assert_ne!(
            kind_of("Chelsea 3 Aston Villa 1 Leeds 2", "3"),
            Some(Kind::Score)
        );
        assert_ne!(kind_of("Aston Villa 1", "1"), Some(Kind::Score));
    }

    #[test]
    fn table_cell_scores() {
        let t = Tokens::new("0-6");
        assert!(is_table_cell_score(
            &t,
            &crate::analysis::figures::numerals::find(&t)
        ));
        let t = Tokens::new("10-12%");
        assert!(!is_table_cell_score(
            &t,
            &crate::analysis::figures::numerals::find(&t)
        ));
        let t = Tokens::new("1,000-2,000");
        assert!(!is_table_cell_score(
            &t,
            &crate::analysis::figures::numerals::find(&t)
        ));
    }

    #[test]
    fn idioms_count_nothing() {
        assert_eq!(kind_of("Ministers are in two minds about", "two"), None);
        assert_eq!(
            kind_of("the plan is a million miles from law", "a million"),
            None
        );
        assert_eq!(
            kind_of("I am a hundred per cent sure", "a hundred per cent"),
            None
        );
        assert_eq!(kind_of("one or two people", "two"), None);
        assert_eq!(kind_of("the top four clubs have spent", "four"), None);
        assert_eq!(kind_of("the top 10% of earners", "10%"), Some(Kind::Claim));
        assert_eq!(
            kind_of("one of the Big Four accountancy firms", "Four"),
            Some(Kind::Name)
        );
        assert_eq!(
            kind_of("and 7-Eleven's UK franchisee", "7"),
            Some(Kind::Name)
        );
        // Near-misses.
        assert_eq!(
            kind_of("two minds at work and a million people", "a million"),
            Some(Kind::Claim)
        );
        assert_eq!(
            kind_of("Four accountancy firms want", "Four"),
            Some(Kind::Claim)
        );
        assert_eq!(
            kind_of("rose 100 per cent in a year", "100 per cent"),
            Some(Kind::Claim)
        );
    }

    #[test]
    fn phone_numbers_junctions_and_model_variants() {
        assert_eq!(kind_of("call 0800 123 4567 or", "4567"), Some(Kind::Name));
        assert_eq!(
            kind_of("or by calling 1-888-327-4236.", "1-888"),
            Some(Kind::Name)
        );
        assert_eq!(
            kind_of("or by calling 1-888-327-4236.", "327"),
            Some(Kind::Name)
        );
        assert_eq!(kind_of("can call 101 or", "101"), Some(Kind::Name));
        assert_eq!(
            kind_of("between junctions 10 and 16, and", "10"),
            Some(Kind::Name)
        );
        assert_eq!(
            kind_of("between junctions 10 and 16, and", "16"),
            Some(Kind::Name)
        );
        assert_eq!(
            kind_of("grounded Boeing 737 Max 9 jets on", "9"),
            Some(Kind::Name)
        );
        // Near-misses: a count after a name, a count of calls.
        assert_eq!(kind_of("Boeing delivered 9 jets", "9"), Some(Kind::Claim));
        assert_eq!(kind_of("they took 101 calls", "101"), Some(Kind::Claim));
    }

    #[test]
    fn years_before_names_and_levels() {
        assert_eq!(
            kind_of("with a 2018 Southwest Airlines engine failure", "2018"),
            Some(Kind::Year)
        );
        assert_eq!(
            kind_of("still below 2019 levels, at", "2019"),
            Some(Kind::Year)
        );
        assert_eq!(
            kind_of("Some 2000 people marched.", "2000"),
            Some(Kind::Claim)
        );
    }

    #[test]
    fn for_a_stretch_is_a_duration() {
        assert_eq!(
            kind_of("will close for six months from May", "six"),
            Some(Kind::Duration)
        );
        assert_eq!(
            kind_of("opened six months from now", "six"),
            Some(Kind::TimeReference)
        );
    }

    #[test]
    fn ratios_addresses_and_descriptive_compounds() {
        assert_eq!(kind_of("found that 1 in 10 patients suffered", "1"), None);
        assert_eq!(
            kind_of("found that 1 in 10 patients suffered", "10 patients")
                .or(kind_of("found that 1 in 10 patients suffered", "10")),
            Some(Kind::Claim)
        );
        assert_eq!(
            kind_of("He lives at 221B Baker Street.", "221B"),
            Some(Kind::Name)
        );
        assert_eq!(
            kind_of("outside 10 Downing Street on", "10"),
            Some(Kind::Name)
        );
        assert_eq!(kind_of("The 435-member House will vote.", "435"), None);
        assert_eq!(
            kind_of("its 17-character vehicle identification number", "17"),
            None
        );
        assert_eq!(
            kind_of("at least 40 Year 11 pupils achieved", "40"),
            Some(Kind::Claim)
        );
        // Near-misses: a count in a year, a strong crowd, a street's count of homes.
        assert_eq!(kind_of("1 in 2022 and 5 in 2023", "1"), Some(Kind::Claim));
        assert_eq!(kind_of("He scored 2 in 5 minutes", "2"), Some(Kind::Claim));
        assert_eq!(
            kind_of("and one in five got a grade 9", "five"),
            Some(Kind::Claim)
        );
        assert_eq!(kind_of("and the five got a grade 9", "five"), None);
        assert_eq!(
            kind_of("5,000 Oxford Street shoppers", "5,000"),
            Some(Kind::Claim)
        );
        assert_eq!(
            kind_of("a 1,000-strong crowd gathered", "1,000"),
            Some(Kind::Claim)
        );
        assert_eq!(
            kind_of("the council repaired 40 homes on the street", "40"),
            Some(Kind::Claim)
        );
    }

    #[test]
    fn heights_votes_and_stretches() {
        assert_eq!(kind_of("The 6-foot-4 quarterback threw", "6"), None);
        assert_eq!(kind_of("The 6-foot-4 quarterback threw", "4"), None);
        assert_eq!(
            kind_of("The bill passed the House 219-213 on", "219"),
            Some(Kind::Score)
        );
        assert_eq!(
            kind_of("The bill passed the House 219-213 on", "213"),
            Some(Kind::Score)
        );
        assert_eq!(
            kind_of(
                "deliberated for about three hours before returning",
                "three"
            ),
            Some(Kind::Duration)
        );
        // Near-miss: the last part of a numeric date is still a date.
        assert_eq!(kind_of("dated 19/03/2022.", "2022"), Some(Kind::Date));
    }

    #[test]
    fn flight_numbers_and_quarters() {
        assert_eq!(
            kind_of("Alaska Airlines flight 1282 from Portland", "1282"),
            Some(Kind::Name)
        );
        assert_eq!(
            kind_of("its first profit in five quarters.", "five"),
            Some(Kind::Duration)
        );
        assert_eq!(
            kind_of("the plan from 2019 to 2024", "2019"),
            Some(Kind::Year)
        );
        assert_eq!(kind_of("in the year 2000 the", "2000"), Some(Kind::Year));
    }

    #[test]
    fn near_misses_keep_their_kind() {
        assert_eq!(kind_of("the 737 Max", "737"), Some(Kind::Name));
        assert_eq!(kind_of("during Covid-19 lockdowns", "19"), Some(Kind::Name));
        assert_eq!(kind_of("the A380 fleet", "380"), Some(Kind::Name));
        assert_eq!(
            kind_of("in the third quarter", "third"),
            Some(Kind::Ordinal)
        );
        assert_eq!(kind_of("a man aged 45 was", "45"), Some(Kind::Age));
        assert_eq!(
            kind_of("hit a 52-week high of 410p", "52"),
            Some(Kind::Duration)
        );
        assert_eq!(kind_of("a 3-2 win over Leeds", "3"), Some(Kind::Score));
    }

    #[test]
    fn named_targets_are_not_claims() {
        assert_eq!(
            kind_of("The 1.5C target is slipping", "1.5C"),
            Some(Kind::Name)
        );
        assert_eq!(
            kind_of("The Fed's 2% target has not been met", "2%"),
            Some(Kind::Name)
        );
        assert_eq!(
            kind_of("the Bank of England's 2% inflation target", "2%"),
            Some(Kind::Name)
        );
        // Near-misses: a target set with "a", a level reached, a figure before a verb.
        assert_eq!(
            kind_of("The government has a 300,000 homes target", "300,000"),
            Some(Kind::Claim)
        );
        assert_eq!(
            kind_of("temperatures rose 1.5C above", "1.5C"),
            Some(Kind::Claim)
        );
        assert_eq!(
            kind_of("the 300 staff targeted by cuts", "300"),
            Some(Kind::Claim)
        );
        assert_eq!(kind_of("the 3 goals he scored", "3"), Some(Kind::Claim));
    }

    #[test]
    fn tax_bands_and_oclock() {
        assert_eq!(
            kind_of("Chancellor restores 50p tax rate", "50p"),
            Some(Kind::Name)
        );
        assert_eq!(
            kind_of("The 50p tax rate was scrapped in 2013", "50p"),
            Some(Kind::Name)
        );
        assert_eq!(
            kind_of("Channel 4's 10 o'clock bulletin reached", "10"),
            Some(Kind::Time)
        );
        // Near-misses: a tax rise in pence, a measured speed, a count before "clock".
        assert_eq!(
            kind_of("a 50p tax rise on cigarettes", "50p"),
            Some(Kind::Claim)
        );
        assert_eq!(
            kind_of("Wind gusts of 82mph were recorded", "82mph"),
            Some(Kind::Claim)
        );
    }

    #[test]
    fn cricket_golf_and_list_names() {
        let text = "Root made 154 not out as England reached 312-6 at the close on day one of the second Test";
        assert_eq!(kind_of(text, "154"), Some(Kind::Score));
        assert_eq!(kind_of(text, "312"), Some(Kind::Score));
        let text = "McIlroy shot a 65 to lead at 12 under par";
        assert_eq!(kind_of(text, "65"), Some(Kind::Score));
        assert_eq!(kind_of(text, "12"), Some(Kind::Score));
        assert_eq!(
            kind_of("Fortune 500 companies employ", "500"),
            Some(Kind::Name)
        );
        assert_eq!(
            kind_of("Type 2 diabetes patients were", "2"),
            Some(Kind::Name)
        );
        // Near-misses: counts in the same sentences stay claims.
        assert_eq!(
            kind_of("the club sold 312 tickets for the second Test", "312"),
            Some(Kind::Claim)
        );
        assert_eq!(kind_of("police shot 65 rounds", "65"), Some(Kind::Claim));
        assert_eq!(
            kind_of("250 companies employ 31 million people", "250"),
            Some(Kind::Claim)
        );
    }

    #[test]
    fn the_age_of_seasons_terms_and_bowling_figures() {
        // "the age of N" and "the ages of N and M" are ages.
        let text = "He has died at the age of 81 after a short illness";
        assert_eq!(kind_of(text, "81"), Some(Kind::Age));
        let text = "short sleep between the ages of 50 and 70 was linked to a 30% higher risk";
        assert_eq!(kind_of(text, "50"), Some(Kind::Age));
        assert_eq!(kind_of(text, "70"), Some(Kind::Age));
        assert_eq!(kind_of(text, "30%"), Some(Kind::Claim));
        // Near-misses: a count after "of" and ages that are counted stay claims.
        assert_eq!(
            kind_of("the ages of 50 victims were released", "50"),
            Some(Kind::Claim)
        );
        assert_eq!(
            kind_of("a rise of 81 cases in the age of austerity", "81"),
            Some(Kind::Claim)
        );
        assert_eq!(
            kind_of("between the ages of 50 and 70 people were", "50"),
            Some(Kind::Age)
        );
        // Seasons and terms of office are stretches of time.
        assert_eq!(
            kind_of("a career that spanned 19 seasons", "19"),
            Some(Kind::Duration)
        );
        assert_eq!(
            kind_of("a loss of £105m over three seasons", "three"),
            Some(Kind::Duration)
        );
        assert_eq!(
            kind_of("who served two terms as Lord Mayor", "two"),
            Some(Kind::Duration)
        );
        assert_eq!(
            kind_of("a loss of £105m over three seasons", "£105m"),
            Some(Kind::Claim)
        );
        assert_eq!(
            kind_of(
                "The median age, at which half the population is older and half younger, was \
                 40.7 years.",
                "40.7"
            ),
            Some(Kind::Claim)
        );
        assert_eq!(
            kind_of("The average age of drivers has risen over 10 years.", "10"),
            Some(Kind::Duration)
        );
        assert_eq!(
            kind_of("The median age was 40. It fell by 10 years.", "10"),
            Some(Kind::Duration)
        );
        assert_eq!(
            kind_of("The median age was 40, up from 38 ten years ago.", "ten"),
            Some(Kind::TimeReference)
        );
        // An average age is a statistic; a fraction of a century is a stretch of time.
        assert_eq!(
            kind_of("diagnosed at an average age of 77", "77"),
            Some(Kind::Claim)
        );
        assert_eq!(
            kind_of(
                "a study that followed them for a quarter of a century",
                "a quarter"
            ),
            Some(Kind::Duration)
        );
        assert_eq!(
            kind_of("a quarter of the staff left", "a quarter"),
            Some(Kind::Claim)
        );
        // An age in commas after a noun for one person.
        assert_eq!(
            kind_of("The two-time champion, 37, had surgery", "37"),
            Some(Kind::Age)
        );
        assert_eq!(
            kind_of("the father-of-two, 45, said he", "45"),
            Some(Kind::Age)
        );
        assert_eq!(
            kind_of("The donor, 67, studied at Lincoln", "67"),
            Some(Kind::Age)
        );
        // An age after "was", and the second of a pair.
        assert_eq!(
            kind_of("One was 27 and the other 34.", "27"),
            Some(Kind::Age)
        );
        assert_eq!(
            kind_of("One was 27 and the other 34.", "34"),
            Some(Kind::Age)
        );
        assert_eq!(kind_of("The victim was 19.", "19"), Some(Kind::Age));
        // Near-misses: a count, a score or a share after "was" stays a claim.
        assert_eq!(kind_of("He was 27 points behind.", "27"), Some(Kind::Claim));
        assert_eq!(kind_of("The toll was 27.", "27"), Some(Kind::Claim));
        assert_eq!(kind_of("One was 27% lower.", "27%"), Some(Kind::Claim));
        assert_eq!(
            kind_of("The pilot, 52, had flown the route", "52"),
            Some(Kind::Age)
        );
        // Near-misses: a count after a plural or an organisation stays a claim.
        assert_eq!(
            kind_of("Of the donors, 67, or a third, gave", "67"),
            Some(Kind::Claim)
        );
        assert_eq!(
            kind_of("Of the passengers, 52, mostly tourists, were", "52"),
            Some(Kind::Claim)
        );
        // Near-misses: a count among several, and a split.
        assert_eq!(
            kind_of("Of the 80 patients, 37, or almost half, died", "37"),
            Some(Kind::Claim)
        );
        assert_eq!(
            kind_of("The winner, 37, or 40 in some counts, took", "37"),
            Some(Kind::Claim)
        );
        // A knockout round named by the players left, in a sentence about a match.
        assert_eq!(
            kind_of(
                "Sinner beat Kecmanovic and will face Shelton in the last 16.",
                "16"
            ),
            Some(Kind::Name)
        );
        assert_eq!(
            kind_of("Arsenal won 2-0 to reach the round of 16", "16"),
            Some(Kind::Name)
        );
        // Near-misses: people left, and a stretch of time.
        assert_eq!(
            kind_of("The last 16 were freed after the match", "16"),
            Some(Kind::Claim)
        );
        assert_eq!(
            kind_of("Arsenal have won 300 games in the last 16 years", "16"),
            Some(Kind::TimeReference)
        );
        // A target named before its level.
        assert_eq!(
            kind_of(
                "The target for 95% of A&E patients to be seen within four hours",
                "95%"
            ),
            Some(Kind::Name)
        );
        assert_eq!(
            kind_of("the government's target of 300,000 homes a year", "300,000"),
            Some(Kind::Name)
        );
        // Near-misses: a target stated with "a", and a level reached against the target.
        assert_eq!(
            kind_of("a target of 300,000 homes a year", "300,000"),
            Some(Kind::Claim)
        );
        assert_eq!(
            kind_of("74.4% were seen, against the target of 95%", "74.4%"),
            Some(Kind::Claim)
        );
        // Days counted by the calendar they belong to are stretches of time.
        assert_eq!(
            kind_of("the average over the last 20 trading days", "20"),
            Some(Kind::TimeReference)
        );
        assert_eq!(
            kind_of("a refund within five working days", "five"),
            Some(Kind::TimeReference)
        );
        assert_eq!(
            kind_of("closed for 10 school days", "10"),
            Some(Kind::Duration)
        );
        // Abstentions after a vote's tally are part of the result.
        let text = "Councillors voted by 41 votes to 29, with three abstentions, at a meeting";
        assert_eq!(kind_of(text, "three"), Some(Kind::Score));
        // Near-miss: abstentions with no tally are a count.
        assert_eq!(
            kind_of("There were three abstentions in the vote", "three"),
            Some(Kind::Claim)
        );
        // A chamber's split is a tally like a vote's.
        let text = "The Republican majority in the House is just 219-213.";
        assert_eq!(kind_of(text, "219"), Some(Kind::Score));
        // A life's milestone "at N" is an age.
        assert_eq!(
            kind_of("he left school at 15 to work at the colliery", "15"),
            Some(Kind::Age)
        );
        assert_eq!(
            kind_of(
                "was spotted by a Yorkshire scout at 18 and made his debut",
                "18"
            ),
            Some(Kind::Age)
        );
        assert_eq!(
            kind_of("before retiring from Test cricket at 38.", "38"),
            Some(Kind::Age)
        );
        assert_eq!(
            kind_of("He joined the army at 18 and served in Iraq.", "18"),
            Some(Kind::Age)
        );
        // Near-misses: a count or a level after "at".
        assert_eq!(
            kind_of("Shares joined the rally at 18 pence.", "18"),
            Some(Kind::Claim)
        );
        assert_eq!(
            kind_of("the number who died at 81 hospitals rose", "81"),
            Some(Kind::Claim)
        );
        assert_eq!(
            kind_of("the death toll stood at 81, officials said", "81"),
            Some(Kind::Claim)
        );
        assert_eq!(
            kind_of("300 people died at 15 sites", "15"),
            Some(Kind::Claim)
        );
        assert_eq!(
            kind_of("pupils leaving school at 18%", "18%"),
            Some(Kind::Claim)
        );
        // A bowler's figures are a result, not a count.
        let text = "made his debut in 1962, taking 6 for 41";
        assert_eq!(kind_of(text, "6"), Some(Kind::Score));
        assert_eq!(kind_of(text, "41"), Some(Kind::Score));
        let text = "he took 8 for 43 against Pakistan";
        assert_eq!(kind_of(text, "8"), Some(Kind::Score));
        assert_eq!(kind_of(text, "43"), Some(Kind::Score));
        // Near-misses: "for" between counts that are not wickets and runs.
        assert_eq!(
            kind_of("the council took 6 for 41 homes in the scheme", "41"),
            Some(Kind::Claim)
        );
        assert_eq!(
            kind_of("they took 12 for 41 in the end", "12"),
            Some(Kind::Claim)
        );
        assert_eq!(
            kind_of("officials said 6 for 41 was the rate", "6"),
            Some(Kind::Claim)
        );
    }

    #[test]
    fn track_events_relays_splits_and_listicles() {
        assert_eq!(
            kind_of("the women's 5,000m world record", "5,000m"),
            Some(Kind::Name)
        );
        assert_eq!(kind_of("The 4x100m relay was won", "4x"), Some(Kind::Name));
        assert_eq!(
            kind_of("finished in 26:48.36, while", "26"),
            Some(Kind::Time)
        );
        assert_eq!(
            kind_of("passed in a 60-to-40 vote", "60"),
            Some(Kind::Score)
        );
        assert_eq!(kind_of("holding down a 9-to-5 job", "9"), None);
        assert_eq!(kind_of("Apple unveiled iOS 18 at", "18"), Some(Kind::Name));
        assert_eq!(kind_of("Here are the 10 key takeaways from", "10"), None);
        assert_eq!(kind_of("Five things to know", "Five"), None);
        // Near-misses stay claims: money in millions, a count of tips, a plain figure.
        assert_eq!(kind_of("a £5,000m deficit", "£5,000m"), Some(Kind::Claim));
        assert_eq!(
            kind_of("police received 300 tips from the public", "300"),
            Some(Kind::Claim)
        );
        assert_eq!(
            kind_of("the report made 10 recommendations", "10"),
            Some(Kind::Claim)
        );
        assert_eq!(
            kind_of("Apple sold 18 million phones", "18 million"),
            Some(Kind::Claim)
        );
    }
}
