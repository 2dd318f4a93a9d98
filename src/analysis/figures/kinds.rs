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

use super::kind_ages::*;
use super::kind_dates::*;
use super::kind_durations::*;
use super::kind_idioms::*;
use super::kind_names::*;
pub use super::kind_scores::is_table_cell_score;
use super::kind_scores::*;
use super::kind_words::*;

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
    static SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(&TIME_UNITS));
    // The entries are lower-case: the same as a scan with `eq_ignore_ascii_case`.
    SET.contains_ignore_ascii_case(word)
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
        Suffix::Ordinal if day_by_ordinal_rule(ctx) => {
            return Figure(Kind::Date, &R::DATE_DAY_ORDINAL);
        }
        Suffix::Ordinal => return Figure(Kind::Ordinal, &R::ORDINAL_SUFFIX),
        Suffix::Meridiem => return Figure(Kind::Time, &R::MERIDIEM),
        Suffix::Decade if is_age_decade(t, f) => return Figure(Kind::Age, &R::AGE_DECADE),
        Suffix::Decade => return Figure(Kind::Year, &R::DECADE),
        Suffix::Code if is_age_group(t, f) => return Figure(Kind::Age, &R::AGE_GROUP),
        Suffix::Code => return Figure(Kind::Name, &R::CODE_SUFFIX),
        Suffix::None => {}
    }
    if let Some((kind, rule)) = super::kind_clock::clock_or_calendar(ctx) {
        return Figure(kind, rule);
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

/// "on the 3rd": a day of the month named by its ordinal (`kind_clock.rs`).
fn day_by_ordinal_rule(ctx: &Context<'_, '_>) -> bool {
    super::kind_clock::clock_or_calendar(ctx).is_some()
}

/// The rest of the cascade for a number in words: "fourteen thousand", "two-thirds".
pub(super) fn word_number(ctx: &Context<'_, '_>) -> Call {
    use Call::{Dropped, Figure};
    let f = &ctx.figures[ctx.index];
    let t = ctx.tokens;
    if is_idiom(t, f) {
        return Dropped(&R::IDIOM);
    }
    if is_capitalised_name_word(ctx) {
        return Figure(Kind::Name, &R::NAME_WORD);
    }
    // "forty years old", "seventy two years of age": an age before the years make a duration.
    if let Some(rule) = age_rule(t, f).filter(|r| r.id == R::AGE_YEARS_OLD.id) {
        return Figure(Kind::Age, rule);
    }
    if let Some((kind, rule)) = time_rule(t, f) {
        return Figure(kind, rule);
    }
    // "for a quarter of a century", "a third of a year": a fraction of a stretch of time.
    if t.word_is(f.end, "of")
        && t.word_in(f.end + 1, &["a", "the"])
        && t.word_in(f.end + 2, &TIME_UNITS)
    {
        return Figure(Kind::Duration, &R::FRACTION_OF_TIME);
    }
    if let Some(rule) = age_rule(t, f) {
        return Figure(Kind::Age, rule);
    }
    if is_tournament_stage(ctx) {
        return Figure(Kind::Name, &R::TOURNAMENT_STAGE);
    }
    if is_abstentions(ctx) {
        return Figure(Kind::Score, &R::ABSTENTIONS);
    }
    // "negative three": a signed number is a reading, never a reference to known things.
    if !f.large && f.low.value >= 0.0 && !counts_something(t, f) && !is_ratio_tail(t, f) {
        return Dropped(&R::SMALL_WORD);
    }
    Figure(Kind::Claim, claim_rule(t, f))
}

/// The rest of the cascade for a number in digits: "14,400", "3.5", "2022".
pub(super) fn digit_number(ctx: &Context<'_, '_>) -> Call {
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
    if let Some(rule) = year_rule(ctx) {
        return Figure(Kind::Year, rule);
    }
    if let Some(rule) = age_rule(t, f) {
        return Figure(Kind::Age, rule);
    }
    if is_age_group(t, f) {
        return Figure(Kind::Age, &R::AGE_GROUP);
    }
    if let Some((kind, rule)) = time_rule(t, f) {
        return Figure(kind, rule);
    }
    if let Some(rule) = score_rule(ctx) {
        return Figure(Kind::Score, rule);
    }
    if is_tournament_stage(ctx) {
        return Figure(Kind::Name, &R::TOURNAMENT_STAGE);
    }
    if is_abstentions(ctx) {
        return Figure(Kind::Score, &R::ABSTENTIONS);
    }
    if let Some(rule) = name_rule(ctx) {
        return Figure(Kind::Name, rule);
    }
    Figure(Kind::Claim, claim_rule(t, f))
}

/// The rule that makes a figure a claim: a ratio read as a share ("one in five", see
/// `ratios.rs`), or any other claim.
fn claim_rule(t: &Tokens<'_>, f: &RawFigure) -> &'static crate::analysis::rules::Rule {
    let ratio =
        f.unit == Some(Unit::Percent) && (f.first..f.end).any(|k| t.word_in(k, &["in", "of"]));
    if ratio { &R::RATIO } else { &R::CLAIM }
}

pub(super) fn is_plain_integer(f: &RawFigure) -> bool {
    !f.grouped
        && !f.decimal
        && f.unit.is_none()
        && !f.scaled
        && f.high.is_none()
        && f.low.value >= 0.0
}

pub(super) fn digits_token(t: &Tokens<'_>, f: &RawFigure) -> Option<usize> {
    (f.first..f.end).find(|&i| t.get(i).is_some_and(|tok| tok.is_number()))
}

pub(super) fn is_month(t: &Tokens<'_>, i: usize) -> bool {
    if !t.get(i).is_some_and(|x| x.kind == TokenKind::Word) {
        return false;
    }
    // A word token holds no '.': its text is the word, compared by the lexer's annotations.
    t.word_in(i, &MONTHS)
        && (!t.word_is(i, "may") || t.is_capitalised(i))
        && (!t.word_is(i, "march") || t.is_capitalised(i))
        // "Dec." is kept out of MONTHS (a lowercase "dec" is no month), but the wire style's
        // capitalised "Dec. 19" is one.
        || t.text_of(i) == "Dec"
}

pub(super) fn is_plain_year_text(digits: &str) -> bool {
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
    fn clock_times_and_calendar_forms_of_round_two() {
        let cases = [
            ("The shop opens from 4 to 7pm.", "4", Kind::Time),
            ("Clinics run 2-4 pm on Tuesdays.", "2", Kind::Time),
            ("The show starts at 8.pm sharp.", "8", Kind::Time),
            ("The train left at 7.15 on Monday.", "7.15", Kind::Time),
            ("We meet at 11 oclock tomorrow.", "11", Kind::Time),
            ("The rally is on Fri at 6 in the square.", "6", Kind::Time),
            ("The bus leaves at 5 in the morning.", "5", Kind::Time),
            ("The office is open 9-5 on weekdays.", "9", Kind::Time),
            ("The deadline is Nov/14 for entries.", "14", Kind::Date),
            ("The law took effect in 11-2019.", "11-2019", Kind::Date),
            ("Sales peaked in week 42.", "42", Kind::Date),
            ("The court sits on Tuesday 4.9.", "4.9", Kind::Date),
            ("Entries close on 31.12.2024.", "31.12", Kind::Date),
            ("The court sits again on the 3rd.", "3rd", Kind::Date),
            (
                "Rain is forecast in the 3 coming days.",
                "3",
                Kind::TimeReference,
            ),
            ("Police said a 64 yo woman was hurt.", "64", Kind::Age),
            ("The patient, who was 34, recovered.", "34", Kind::Age),
            ("He is more than forty years old.", "forty", Kind::Age),
        ];
        for (text, figure, kind) in cases {
            assert_eq!(kind_of(text, figure), Some(kind), "{text}");
        }
        // Near misses stay claims.
        for (text, figure) in [
            ("The index stood at 7.15 on Monday.", "7.15"),
            ("In the last week 30 people applied.", "30"),
            ("Between 9 and 10 people were hurt.", "9 and 10"),
            ("The court sits again on the 3rd floor.", "3rd"),
        ] {
            assert_ne!(kind_of(text, figure), Some(Kind::Date), "{text}");
            assert_ne!(kind_of(text, figure), Some(Kind::Time), "{text}");
        }
        assert_eq!(
            kind_of("In the last week 30 people applied.", "30"),
            Some(Kind::Claim)
        );
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
        // A ratio is one figure, a share: not "1", not "10 patients".
        assert_eq!(kind_of("found that 1 in 10 patients suffered", "1"), None);
        assert_eq!(kind_of("found that 1 in 10 patients suffered", "10"), None);
        assert_eq!(
            kind_of("found that 1 in 10 patients suffered", "1 in 10"),
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
        // A ratio is one figure, a share: "one in five", not five of something.
        assert_eq!(
            kind_of("and one in five got a grade 9", "one in five"),
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
