//! Subject keys: what a claim counts ("soldiers") and what happened to it (killed = died =
//! dead), plus the scope that stops a comparison (another year, place or group, a change
//! "from 300 to 450", "compared with", a currency conversion in brackets). The ledger
//! compares two claims only when their keys are equal and neither is scoped.

use crate::analysis::figures::numerals::{RawFigure, Unit};
use crate::analysis::rules::{Rule, Trail};
pub use crate::analysis::subjects::act::ACT_PREFIX;
use crate::analysis::subjects::act::participle_after;
pub use crate::analysis::subjects::change::LEVEL_TAG;
use crate::analysis::subjects::change::{
    self, CHANGE, is_change_amount, is_new_level, is_qualifier_word, lone_modal,
};
use crate::analysis::subjects::current;
use crate::analysis::subjects::group::holder_before;
pub use crate::analysis::subjects::group::is_scoping_label;
pub use crate::analysis::subjects::holders::HOLDER_PREFIX;
use crate::analysis::subjects::holders::holder_of;
use crate::analysis::subjects::measures::{
    group_modifier, measure_before, money_compound, money_heading, money_paid_for,
    money_thing_before,
};
use crate::analysis::subjects::narrow;
use crate::analysis::subjects::place::conveyance_after;
pub use crate::analysis::subjects::predicates::predicate_class;
use crate::analysis::subjects::predicates::{closing_verb, military_losses, predicate_class_at};
pub use crate::analysis::subjects::running::RUNNING_TAG;
use crate::analysis::subjects::sample::{is_sample_size, is_whole_of_part};
use crate::analysis::subjects::scope_rules as R;
pub use crate::analysis::subjects::sentence::SentenceMemo;
pub use crate::analysis::subjects::time::{WHEN_PREFIX, is_incidental_time};
use crate::analysis::subjects::time::{
    named_days_and_months, ordinal_periods, past_periods, times_of_day,
};
use crate::analysis::subjects::units::measure_key;
use crate::analysis::text::lookup;
use crate::analysis::text::nouns::{counted_noun, is_stop, lemma};
use crate::analysis::text::tokens::Tokens;

/// What the ledger needs to know about one claim.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Subject {
    /// The counted noun as written ("soldiers"), for the unit.
    pub noun: Option<String>,
    /// The key shown to people and grouping mentions: "soldier killed", "USD aid", "%".
    pub key: Option<String>,
    /// Scope tags that must match for a comparison ("@2021", "@Kyiv", "Russian").
    pub scope: String,
    /// False when the figure is a change, comparison, forecast or conversion: never compared.
    pub comparable: bool,
    /// The subject and scope rules that decided the key, the scope and comparability.
    pub rules: Trail,
}

/// The figure and the sentence it is read in.
pub(super) struct Clause<'a, 't> {
    pub t: &'a Tokens<'t>,
    pub f: &'a RawFigure,
    /// Where the figure's qualifier ("more than") starts, else the figure's first token.
    pub qualifier_start: usize,
    pub sentence_start: usize,
    pub sentence_end: usize,
    /// "down from 221 today": the current level at the far end of a change.
    pub current: bool,
}

/// Works out the subject of figure `f` in the sentence spanning tokens
/// `[sentence_start, sentence_end)`. `years` are the dates, years and time references in the
/// same sentence, as written.
pub fn subject_of(
    t: &Tokens<'_>,
    f: &RawFigure,
    qualifier_start: usize,
    sentence_start: usize,
    sentence_end: usize,
    years: &[String],
) -> Subject {
    let span = (qualifier_start, sentence_start, sentence_end);
    subject_of_in(t, f, span, years, &mut SentenceMemo::default())
}

/// [`subject_of`], with what the figure's sentence gives every figure in it kept in `memo`
/// for the sentence's other figures: one memo for all the figures of one [`Tokens`].
/// `span` is the qualifier's start, the sentence's start and its end.
pub fn subject_of_in(
    t: &Tokens<'_>,
    f: &RawFigure,
    span: (usize, usize, usize),
    years: &[String],
    memo: &mut SentenceMemo,
) -> Subject {
    let (qualifier_start, sentence_start, sentence_end) = span;
    let cx = Clause {
        t,
        f,
        qualifier_start,
        sentence_start,
        sentence_end,
        current: current::is_current_level(t, qualifier_start, f.end, sentence_start),
    };
    let mut rules = Trail::default();
    if cx.current {
        rules.push(&R::CURRENT_LEVEL);
    }
    // "dozens of homes": a vague amount counts the noun after its "of".
    let noun_at = counted_noun(t, f.end)
        .or_else(|| {
            (t.word_is(f.end, "of") && vague_lower_bound(t, f).is_some())
                .then(|| counted_noun(t, f.end + 1))
                .flatten()
        })
        .or_else(|| {
            cx.current
                .then(|| current::noun_of_other_end(t, qualifier_start, sentence_start))
                .flatten()
        });
    let noun = noun_at.map(|i| t.text_of(i).to_string());
    let (mut predicate, mut predicate_at, skipped, previous) = nearest_predicate(&cx, memo);
    if previous {
        rules.push(&R::VERB_OF_PREVIOUS_FIGURE);
    }
    if skipped {
        rules.push(&R::VERB_OF_NEXT_FIGURE);
    }
    // "injuring 21 of the 80 people on board": the figure after "N of (the)" is the whole
    // the part was taken from, not a count of the injured.
    if is_whole_of_part(t, qualifier_start, sentence_start) {
        if predicate.is_some() {
            rules.push(&R::WHOLE_OF_PART);
        }
        predicate = None;
        predicate_at = None;
    }
    // A measure's key and conversion tag: the key's and the scope's, worked out once.
    let measured = measure_key(t, f, qualifier_start, noun_at, sentence_start);
    let key = base_key(&cx, noun_at, predicate, predicate_at, &measured, &mut rules);
    let mut scope = scopes(
        &cx,
        noun_at,
        predicate,
        (years, memo),
        &measured,
        &mut rules,
    );
    let mut comparable = comparability(&cx, &mut scope, &mut rules);
    // "97% of members operate fewer than 10 trucks": what each has, not a total.
    if comparable && current::is_distributive(t, qualifier_start, sentence_start) {
        rules.push(&R::DISTRIBUTIVE);
        comparable = false;
    }
    // "built for 20 people at most": a capacity, not a count of people.
    if comparable
        && noun_at.is_some_and(|head| narrow::is_capacity(t, qualifier_start, head, sentence_start))
    {
        rules.push(&R::CAPACITY);
        comparable = false;
    }
    scope.sort();
    scope.dedup();
    Subject {
        noun,
        key,
        scope: scope.join(" "),
        comparable,
        rules,
    }
}

/// The least a vague amount in words can mean, as a lower bound: "dozens" is at least 24,
/// "hundreds" 200, "thousands" 2,000, "tens of thousands" 20,000. `None` for any other
/// figure.
pub fn vague_lower_bound(t: &Tokens<'_>, f: &RawFigure) -> Option<f64> {
    let last = f.end.checked_sub(1).filter(|&l| l >= f.first)?;
    let unit = match lookup::lower(t.text_of(last)).as_ref() {
        "dozens" => 12.0,
        "scores" => 20.0,
        "hundreds" => 100.0,
        "thousands" => 1_000.0,
        "millions" => 1e6,
        "billions" => 1e9,
        _ => return None,
    };
    let times = if last == f.first {
        1.0
    } else {
        match lookup::lower(t.text_of(f.first)).as_ref() {
            "tens" => 10.0,
            "hundreds" => 100.0,
            _ => return None,
        }
    };
    Some(2.0 * unit * times)
}

/// The nearest predicate word in the sentence, counted in tokens from the figure, with its
/// token, whether a predicate that governs the next figure was passed over, and whether one
/// that closes the previous figure's clause was.
fn nearest_predicate(
    cx: &Clause<'_, '_>,
    memo: &mut SentenceMemo,
) -> (Option<&'static str>, Option<usize>, bool, bool) {
    let (t, f, q) = (cx.t, cx.f, cx.qualifier_start);
    let (start, end) = (cx.sentence_start, cx.sentence_end);
    let mut best: Option<(usize, &'static str, usize)> = None;
    let mut skipped = false;
    let mut previous = false;
    // Asked only of a predicate before this figure with a conjunction between.
    let mut own_verb_follows = None;
    let mut consider = |i: usize, class: &'static str| {
        // "212 stores and employs about 6,800 people": the next figure's verb.
        if current::governs_next_figure(t, f.end, i, end) {
            skipped = true;
            return;
        }
        // "12 people had been confirmed dead and 45 people had been injured": the
        // previous figure's verb, when this figure's own verb follows it.
        if current::ends_previous_clause(t, i, q)
            && *own_verb_follows.get_or_insert_with(|| current::own_verb_follows(t, f.end, end))
        {
            previous = true;
            return;
        }
        let distance = if i < f.first {
            f.first - i
        } else {
            i - f.end + 1
        };
        if best.is_none_or(|(d, _, _)| distance < d) {
            best = Some((distance, class, i));
        }
    };
    // A verb of closing right before the figure ("will close 12 stores") is a predicate
    // too, where the word names no class; capitalised words are names ("the General
    // Staff"), except at the sentence start.
    let closing = [q.checked_sub(2), q.checked_sub(1)].map(|i| {
        i.filter(|&i| i >= start && i < end && (i == start || !t.is_capitalised(i)))
            .filter(|&i| predicate_class_at(t, i).is_none())
            .and_then(|i| closing_verb(t, i, q).map(|class| (i, class)))
    });
    let mut closing = closing.into_iter().flatten().peekable();
    // The sentence's predicates and the closing verbs, in token order.
    for &(i, class) in memo.predicates(t, start, end) {
        while let Some((c, closed)) = closing.next_if(|&(c, _)| c < i) {
            consider(c, closed);
        }
        if i >= f.first && i < f.end {
            continue;
        }
        consider(i, class);
    }
    for (c, closed) in closing {
        consider(c, closed);
    }
    (best.map(|b| b.1), best.map(|b| b.2), skipped, previous)
}

/// The key: money for a thing ("USD aid"), a share of a noun ("% of voter"), a measure of a
/// noun, or the counted noun with its event ("soldier killed").
fn base_key(
    cx: &Clause<'_, '_>,
    noun_at: Option<usize>,
    predicate: Option<&'static str>,
    predicate_at: Option<usize>,
    measured: &Option<(String, String)>,
    rules: &mut Trail,
) -> Option<String> {
    let (t, f) = (cx.t, cx.f);
    if let Some((key, _)) = measured {
        rules.push(&R::CONVERTED_UNIT);
        return Some(key.clone());
    }
    match &f.unit {
        Some(Unit::Currency(code)) => {
            let what = t
                .get(f.end)
                .filter(|tok| tok.is_word())
                .map(|_| t.text_of(f.end).to_lowercase())
                .filter(|w| !is_stop(w.as_str()) && !w.ends_with("ed") && !w.ends_with("ly"))
                .or_else(|| {
                    (t.word_is(f.end, "in") && t.get(f.end + 1).is_some_and(|x| x.is_word()))
                        .then(|| t.text_of(f.end + 1).to_lowercase())
                        .filter(|w| !is_stop(w.as_str()))
                });
            if let Some(m) = money_compound(t, f.end) {
                rules.push(&R::MONEY_KIND);
                return Some(format!("{code} {}", m.noun));
            }
            if let Some(thing) = money_paid_for(
                t,
                cx.qualifier_start,
                f.end,
                cx.sentence_start,
                cx.sentence_end,
            ) {
                rules.push(&R::MONEY_PAID_FOR);
                return Some(format!("{code} paid for {thing}"));
            }
            if let Some(w) = what {
                rules.push(&R::MONEY_FOR);
                return Some(format!("{code} {}", lemma(&w)));
            }
            if money_heading(t, cx.qualifier_start, f.end, cx.sentence_start).is_some() {
                rules.push(&R::MONEY_HEADING);
                return Some(format!("{code} cost"));
            }
            let thing = money_thing_before(t, cx.qualifier_start, cx.sentence_start)?;
            rules.push(&R::MONEY_FOR_THING);
            if thing.kind.is_some() {
                rules.push(&R::MONEY_KIND);
            }
            Some(format!("{code} {}", thing.noun))
        }
        Some(Unit::Percent | Unit::PercentagePoints) => {
            let unit = if matches!(f.unit, Some(Unit::Percent)) {
                "%"
            } else {
                "pp"
            };
            if t.word_is(f.end, "of") {
                let group = counted_noun(t, f.end + 1).or_else(|| counted_noun(t, f.end + 2))?;
                rules.push(&R::SHARE_OF);
                let key = format!("{unit} of {}", lemma(t.text_of(group)));
                return Some(match group_modifier(t, group, cx.sentence_end) {
                    Some(narrower) => {
                        rules.push(&R::SHARE_OF_GROUP);
                        format!("{key} {narrower}")
                    }
                    None => key,
                });
            }
            if let Some(noun) = share_noun_before(t, cx.qualifier_start) {
                rules.push(&R::SHARE_OF);
                return Some(format!("{unit} {noun}"));
            }
            let measure = measure_before(t, cx.qualifier_start, cx.sentence_start)?;
            rules.push(&R::MEASURED_RATE);
            Some(format!("{unit} {measure}"))
        }
        Some(Unit::Measure(m)) => noun_at.map(|i| format!("{m} {}", lemma(t.text_of(i)))),
        // "three times oversubscribed", "gone back to press 22 times": a multiplier or a
        // count of repeats, no count of a thing.
        None if noun_at.is_some_and(|i| t.word_is(i, "times")) => {
            rules.push(&R::MULTIPLIER);
            None
        }
        None => noun_at.map(|i| {
            let counted = current::same_thing(lemma(t.text_of(i)));
            let (noun, event) = military_losses(t, counted.clone(), predicate, predicate_at);
            if noun != counted || event != predicate {
                rules.push(&R::SOLDIERS_LOST);
            }
            match event.filter(|p| *p != noun && lemma(p) != noun) {
                Some(p) => {
                    rules.push(&R::EVENT);
                    format!("{noun} {p}")
                }
                None => noun,
            }
        }),
    }
}

/// The scope tags of the figure's time: the sentence's years, dates and time references,
/// its ranked and past periods and the days and months it names. A figure in a relative
/// clause is placed only by the times inside it; a current level by none.
fn time_scopes(
    cx: &Clause<'_, '_>,
    years: &[String],
    memo: &mut SentenceMemo,
    rules: &mut Trail,
) -> Vec<String> {
    let (t, f) = (cx.t, cx.f);
    let (start, end) = (cx.sentence_start, cx.sentence_end);
    let mut scope = Vec::new();
    if cx.current {
        return scope;
    }
    // "the largest since 2010": the year the figure is compared back to, not its time.
    let compared_since = memo.superlative_since(t, start, end);
    // "The retailer, which has 212 stores, will close 25 by 2026": the times of the main
    // clause do not place a figure in a relative clause; a current level has no time.
    let clause = current::relative_clause(t, cx.qualifier_start, f.end, start, end);
    let (time_from, time_to) = clause.unwrap_or((start, end));
    let in_clause = |y: &str| {
        clause.is_none_or(|(a, b)| {
            let (from, to) = (
                t.get(a).map_or(0, |x| x.span.start),
                t.get(b.saturating_sub(1)).map_or(0, |x| x.span.end),
            );
            t.text.get(from..to).is_some_and(|text| text.contains(y))
        })
    };
    let mut unplaced = false;
    for y in years {
        if !in_clause(y) {
            unplaced = true;
            continue;
        }
        if compared_since.is_some_and(|i| y.starts_with(t.text_of(i + 1))) {
            rules.push(&R::SUPERLATIVE_SINCE);
            continue;
        }
        rules.push(time_rule(y));
        scope.push(format!("@{y}"));
    }
    let mut tagged = |tags: Vec<String>, rule: &'static Rule| {
        if !tags.is_empty() {
            rules.push(rule);
            scope.extend(tags);
        }
    };
    // The whole sentence's times are every figure's outside a relative clause.
    let [ordinal, past, days, clock] = match clause {
        None => memo.times(t, start, end).clone(),
        Some(_) => [
            ordinal_periods(t, time_from, time_to),
            past_periods(t, time_from, time_to),
            named_days_and_months(t, time_from, time_to),
            times_of_day(t, time_from, time_to),
        ],
    };
    tagged(ordinal, &R::RANKED_PERIOD);
    tagged(past, &R::PAST_PERIOD);
    tagged(days, &R::DAY_OR_MONTH);
    tagged(clock, &R::TIME_OF_DAY);
    if unplaced {
        rules.push(&R::RELATIVE_CLAUSE);
    }
    scope
}

/// The scope tags of another year, date, place, group, holder, means, period or act.
fn scopes(
    cx: &Clause<'_, '_>,
    noun_at: Option<usize>,
    predicate: Option<&'static str>,
    (years, memo): (&[String], &mut SentenceMemo),
    measured: &Option<(String, String)>,
    rules: &mut Trail,
) -> Vec<String> {
    let (t, f) = (cx.t, cx.f);
    let (start, end) = (cx.sentence_start, cx.sentence_end);
    let mut scope = Vec::new();
    scope.extend(time_scopes(cx, years, memo, rules));
    if let Some(head) = noun_at
        && let Some(tag) = narrow::narrowing_modifier(t, f.end, head)
    {
        rules.push(&R::NARROWING_MODIFIER);
        scope.push(tag);
    }
    // A share's group: "61% of patients in England", "15% of customers already hold".
    let group_at = matches!(f.unit, Some(Unit::Percent))
        .then(|| {
            t.word_is(f.end, "of")
                .then(|| counted_noun(t, f.end + 1).or_else(|| counted_noun(t, f.end + 2)))
                .flatten()
        })
        .flatten();
    if let Some(group) = group_at {
        if group_modifier(t, group, end).is_none()
            && let Some(verb) = narrow::share_verb(t, group, end)
        {
            rules.push(&R::SHARE_VERB);
            scope.push(format!("{ACT_PREFIX}{verb}"));
        }
        for i in group + 1..(group + 8).min(end) {
            if t.word_in(i, &["in", "across"]) && t.is_capitalised(i + 1) {
                rules.push(&R::SHARE_PLACE);
                scope.push(format!("@{}", t.text_of(i + 1)));
                break;
            }
            if t.punct(i).is_some() {
                break;
            }
        }
    }
    // Money of a named kind or for a named thing: "a budget gap", "the stadium cost".
    if matches!(f.unit, Some(Unit::Currency(_))) {
        let kind = money_heading(t, cx.qualifier_start, f.end, start)
            .or_else(|| money_compound(t, f.end).and_then(|m| m.kind))
            .or_else(|| money_thing_before(t, cx.qualifier_start, start).and_then(|m| m.kind));
        if let Some(kind) = kind {
            scope.push(format!("{ACT_PREFIX}{kind}"));
        }
    }
    if let Some(head) = noun_at {
        for i in f.end..head {
            if t.is_capitalised(i) {
                rules.push(&R::GROUP);
                scope.push(t.text_of(i).to_lowercase());
            }
        }
        // "in Kyiv", "in Ukraine": a place after the noun, within a few words.
        for i in head + 1..(head + 8).min(end) {
            if t.word_in(i, &["in", "across", "at"]) && t.is_capitalised(i + 1) {
                rules.push(&R::PLACE);
                scope.push(format!("@{}", t.text_of(i + 1)));
                break;
            }
            if t.punct(i).is_some() {
                break;
            }
        }
    }
    if let Some(holder) = noun_at.and_then(|head| holder_before(t, f, head, start)) {
        rules.push(&R::COMPETITOR);
        scope.push(format!("of:{holder}"));
    } else if matches!(
        f.unit,
        None | Some(Unit::Currency(_) | Unit::Percent | Unit::PercentagePoints)
    ) && let Some(holder) = holder_of(t, cx.qualifier_start, noun_at, start, end)
    {
        rules.push(holder.rule);
        scope.push(format!("{HOLDER_PREFIX}{}", holder.name));
    } else if let Some(names) = memo.names_tag(t, f.first, start, end) {
        scope.push(names);
    }
    if let Some((_, conversion)) = measured {
        scope.push(conversion.clone());
    }
    // "fewer than 200 by 2028, down from 221 today": the "by" is the other end's.
    if !cx.current && memo.is_running_count(t, f.first, start, end) {
        rules.push(&R::RUNNING_COUNT);
        scope.push(RUNNING_TAG.to_string());
    }
    if let Some(head) = noun_at
        && let Some(means) = conveyance_after(t, head + 1, end)
    {
        rules.push(&R::BY_MEANS);
        scope.push(format!("by:{means}"));
    }
    let mut tagged = |tags: Vec<String>, rule: &'static Rule, scope: &mut Vec<String>| {
        if !tags.is_empty() {
            rules.push(rule);
            scope.extend(tags);
        }
    };
    tagged(
        memo.places(t, start, end).to_vec(),
        &R::PLACE_WORD,
        &mut scope,
    );
    // "300 homes flooded" and "20,000 homes were left without power": an unclassed verb is
    // a soft scope, kept apart only from a different verb.
    if predicate.is_none()
        && f.unit.is_none()
        && let Some(verb) = noun_at.and_then(|i| participle_after(t, i + 1, end))
    {
        tagged(vec![format!("{ACT_PREFIX}{verb}")], &R::ACT, &mut scope);
    }
    scope.sort();
    scope.dedup();
    scope
}

/// The rule that scoped a figure by `time`, one of the sentence's years, dates, time
/// references and labels as written.
fn time_rule(time: &str) -> &'static Rule {
    let first = time.split(' ').next().unwrap_or("");
    if time.len() == 4 && time.bytes().all(|b| b.is_ascii_digit()) {
        &R::DIFFERENT_YEAR
    } else if first.bytes().all(|b| b.is_ascii_lowercase()) && !first.is_empty() {
        &R::LABEL
    } else {
        &R::DATE
    }
}

/// Whether the figure is compared at all: not a change, comparison, earlier value, forecast,
/// rate, increment, gloss, sample or end of a range; a new level after a change is, and
/// supersedes. Adds the forecast and level tags to `scope`.
fn comparability(cx: &Clause<'_, '_>, scope: &mut Vec<String>, rules: &mut Trail) -> bool {
    let (t, f, q) = (cx.t, cx.f, cx.qualifier_start);
    // "down from 221 today": the change belongs to the other end; this is the level now.
    if cx.current {
        return true;
    }
    // Changes and comparisons in the clause around the figure.
    let window_start = q.saturating_sub(4).max(cx.sentence_start);
    let window_end = (f.end + 8).min(cx.sentence_end);
    let mut reason: Option<&'static Rule> = (window_start..window_end)
        .find(|&i| {
            (i < q || i >= f.end)
                && t.word_in(i, CHANGE)
                && !after_other_figure(t, f.end, i)
                && !is_qualifier_word(t, i, q, f)
                && !is_pledge_of_things(t, i)
                && !is_particle(t, i)
                // "since the war began late last month": when a count began, no earlier value.
                && !(t.word_is(i, "last") && is_incidental_time(t, i + 1, cx.sentence_start))
        })
        .map(|i| change_rule(t, i));
    if reason.is_none()
        && (f.end..window_end).any(|i| t.word_in(i, CHANGE) && after_other_figure(t, f.end, i))
    {
        rules.push(&R::OTHER_FIGURES_CHANGE);
    }
    // "seven more Patriot systems", "25 additional tanks": an increment, never the total.
    if t.word_in(f.end, &["more", "fewer", "additional", "extra", "further"]) {
        reason = Some(&R::INCREMENT);
    }
    // "revised down by a combined 167,000", "cut by 3,000": an amount of change.
    let change_amount = is_change_amount(t, q);
    if change_amount {
        reason = Some(&R::CHANGE_BY);
    }
    // "would employ 12,000 people": a forecast is compared only with the same kind of
    // forecast, so the change words that made it incomparable are its modal alone.
    if reason.is_some()
        && !change_amount
        && let Some(modal) = lone_modal(t, window_start, window_end, q, f)
    {
        reason = None;
        rules.push(&R::SAME_FORECAST);
        scope.push(format!("~{}", modal.replace(' ', "-")));
    }
    // A bracketed figure right after another is a conversion or a gloss: "£100m ($130m)".
    if f.first > 0 && t.punct(f.first - 1) == Some('(') {
        reason = Some(&R::GLOSS);
    }
    // A poll's sample ("That poll surveyed 1,412 likely voters", "among 705 likely voters"
    // in a poll): each survey has its own, so two samples are never one quantity.
    if is_sample_size(t, q, cx.sentence_start, cx.sentence_end) {
        reason = Some(&R::SAMPLE);
    }
    // Ranges of years or other figures nearby ("from 300 to 450"): the "to" end.
    if q > 0 && t.word_in(q - 1, &["to", "from"]) {
        reason = Some(&R::FROM_TO);
    }
    // "the list fell to 7.6 million": the new level. It supersedes what came before and is
    // what later figures must agree with.
    if is_new_level(t, q, window_start, window_end, f) {
        reason = None;
        rules.push(&R::NEW_LEVEL);
        scope.push(LEVEL_TAG.to_string());
    }
    if let Some(rule) = reason {
        rules.push(rule);
    }
    reason.is_none()
}

/// "At £16.8m, the centre cost £3.2m more than planned": a change word at `i` after another
/// figure (between `from` and `i`) belongs to that figure.
fn after_other_figure(t: &Tokens<'_>, from: usize, i: usize) -> bool {
    (from..i).any(|j| t.get(j).is_some_and(|x| x.is_number()))
}

/// "Spain has pledged 20 howitzers": a pledge of things is a count of what was pledged,
/// compared with other counts of it; "pledged to open 10 stores" is an intention.
fn is_pledge_of_things(t: &Tokens<'_>, i: usize) -> bool {
    t.word_in(i, &["pledged", "promised"]) && !t.word_is(i + 1, "to")
}

/// "shot down", "brought down", "set up": a particle of a verb, not a change.
fn is_particle(t: &Tokens<'_>, i: usize) -> bool {
    t.word_in(i, &["down", "up"])
        && i > 0
        && t.word_in(
            i - 1,
            &[
                "shot", "brought", "knocked", "shut", "set", "put", "picked", "locked", "broken",
                "called", "taken", "pulled", "torn", "burned", "burnt",
            ],
        )
}

/// The rule for the change word at `i` that made a figure incomparable.
fn change_rule(t: &Tokens<'_>, i: usize) -> &'static Rule {
    if t.word_in(i, &["compared", "than", "instead"]) {
        &R::COMPARED_WITH
    } else if t.word_in(i, change::FORECAST)
        || t.word_in(
            i,
            &[
                "planned", "planning", "aims", "aimed", "intends", "intended", "pledged",
                "promised",
            ],
        )
    {
        &R::FORECAST
    } else if t.word_in(i, &["average", "per", "each", "every", "a", "an"]) {
        &R::RATE
    } else if t.word_in(
        i,
        &[
            "previous",
            "previously",
            "earlier",
            "initial",
            "initially",
            "originally",
            "revised",
            "updated",
            "last",
            "record",
            "before",
            "prior",
        ],
    ) {
        &R::EARLIER_VALUE
    } else {
        &R::CHANGE
    }
}

/// Nouns a percentage can measure when written "a premium of 35 per cent": the share's
/// name. Changes ("a rise of 3%") are not here: they are never compared.
const SHARE_NOUNS: &[&str] = &[
    "premium", "discount", "stake", "share", "rate", "margin", "turnout", "majority", "yield",
];

/// "a premium of 35 per cent": the noun before "of" that the percentage measures.
fn share_noun_before(t: &Tokens<'_>, qualifier_start: usize) -> Option<String> {
    let of = qualifier_start.checked_sub(1)?;
    let noun = of.checked_sub(1)?;
    (t.word_is(of, "of") && t.word_in(noun, SHARE_NOUNS)).then(|| lemma(t.text_of(noun)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn subject(text: &str) -> Subject {
        let t = Tokens::new(text);
        let raw = crate::analysis::figures::numerals::find(&t);
        let f = &raw[0];
        subject_of(&t, f, f.first, 0, t.len(), &[])
    }

    #[test]
    fn counted_nouns_skip_modifiers() {
        assert_eq!(
            subject("14,400 Russian soldiers have been killed")
                .noun
                .as_deref(),
            Some("soldiers")
        );
        assert_eq!(
            subject("1,450 armoured personnel vehicles").noun.as_deref(),
            Some("vehicles")
        );
        assert_eq!(
            subject("1,333 wounded in Ukraine").noun.as_deref(),
            Some("wounded")
        );
    }

    /// The subject key of the last figure in `text`.
    fn last_key(text: &str) -> Option<String> {
        let t = Tokens::new(text);
        let raw = crate::analysis::figures::numerals::find(&t);
        let f = raw.last()?;
        subject_of(&t, f, f.first, 0, t.len(), &[]).key
    }

    #[test]
    fn an_increment_counts_its_noun_and_is_never_a_total() {
        let s = subject("He said Ukraine needed at least seven more Patriot systems.");
        assert_eq!(s.key.as_deref(), Some("system"), "{s:?}");
        assert!(!s.comparable);
        assert!(!subject("Germany will send 25 additional tanks").comparable);
        // Near misses: the total stays comparable; "more than" is a qualifier, not an
        // increment.
        assert!(subject("Germany has sent 18 tanks").comparable);
        assert_eq!(counted_noun(&Tokens::new("12 more than"), 1), None);
    }

    #[test]
    fn a_state_after_the_copula_is_an_act() {
        let act = |text: &str| {
            subject(text)
                .scope
                .split(' ')
                .find_map(|s| s.strip_prefix(ACT_PREFIX).map(str::to_string))
        };
        assert_eq!(
            act("About 22 million households are on variable tariffs covered by the cap."),
            Some("on-variable".into())
        );
        assert_eq!(
            act("6.5 million households in the UK are already in fuel poverty."),
            Some("in-fuel".into())
        );
        assert_eq!(act("300 homes were flooded."), Some("flooded".into()));
        // Near misses: no copula, a place, a name, or nothing after the noun.
        assert_eq!(act("300 homes have in total been sold."), None);
        assert_eq!(act("300 households are in Leeds."), None);
        assert_eq!(
            act("About 22 million households, the regulator said."),
            None
        );
        assert_eq!(
            act("22 million households are on the cap."),
            Some("on-cap".into())
        );
    }

    #[test]
    fn a_past_period_named_with_last_scopes_the_whole_sentence() {
        // Far from the figure, beyond the window of change words.
        let s = subject("Vantrix cut roughly 900 jobs, or 6% of staff, last March.");
        assert!(s.scope.contains("@last-march"), "{s:?}");
        assert!(
            subject("It sold 2.1m cars in Europe, a record, last year.")
                .scope
                .contains("@last-year")
        );
        // Near misses: the day a thing was said, recent days, and no "last".
        for text in [
            "The company said last March it would cut 900 jobs.",
            "Vantrix cut 900 jobs, or 6% of staff, last week.",
            "Police arrested 12 people, most of them teenagers, last night.",
            "Vantrix cut 900 jobs, or 6% of staff, in March.",
        ] {
            assert!(!subject(text).scope.contains("@last"), "{text}");
        }
    }

    #[test]
    fn a_polls_sample_is_compared_with_nothing() {
        assert!(!subject("That poll surveyed 1,412 likely voters").comparable);
        assert!(!subject("The survey of 1,082 likely voters was conducted online").comparable);
        assert!(!subject("In a separate poll, she led among 705 likely voters").comparable);
        // Near-misses: counts of voters outside a poll stay comparable.
        assert!(subject("Turnout was 705 voters").comparable);
        assert!(subject("He won among 705 voters in the ward").comparable);
        assert!(subject("The poll found 300 voters had switched").comparable);
    }

    #[test]
    fn the_whole_a_part_is_taken_from_has_no_predicate() {
        assert_eq!(
            last_key("The crash injured 21 of the 80 people on board").as_deref(),
            Some("people")
        );
        assert_eq!(
            last_key("killing three of 12 passengers").as_deref(),
            Some("passenger")
        );
        // Near-misses: the counts themselves keep their predicate.
        assert_eq!(
            last_key("The crash injured 21 people").as_deref(),
            Some("people wounded")
        );
        assert_eq!(
            last_key("Of the 80 people on board, 21 people were injured").as_deref(),
            Some("people wounded")
        );
    }

    #[test]
    fn ranked_periods_and_intentions_scope_a_count() {
        let first = subject("Haaland scored 36 league goals in his first season");
        let now = subject("Haaland now has 30 goals in all competitions this season");
        assert!(first.scope.contains("@first-season"), "{first:?}");
        assert_ne!(first.scope, now.scope);
        assert!(
            subject("sales of 300 cars in the second quarter")
                .scope
                .contains("@second-quarter")
        );
        // An intention is never compared with what is.
        assert!(!subject("it planned to open 10 stores").comparable);
        // Near-misses: "for the first time" and "last season" add no rank.
        assert!(
            !subject("300 goals for the first time")
                .scope
                .contains("@first")
        );
        // "last season" is no rank: it names a past period (see `past_periods`).
        assert_eq!(subject("30 goals last season").scope, "@last-season");
        assert!(subject("it will have 168 stores").comparable);
    }

    #[test]
    fn competitors_counts_are_held_by_a_name() {
        let carver = subject("Green candidate Fiona Carver received 1,842 votes");
        let pitt = subject("Reform UK's Gary Pitt finished with 604 votes");
        assert_eq!(carver.key, pitt.key);
        assert!(carver.scope.contains("of:carver"), "{carver:?}");
        assert!(pitt.scope.contains("of:pitt"), "{pitt:?}");
        // The same holder written again keeps the same scope, at the sentence start too.
        assert_eq!(subject("Carver won 1,840 votes").scope, carver.scope);
        assert_eq!(
            subject("Officials said Ms Carver had 1,842 votes").scope,
            carver.scope
        );
        // Near-misses: a total with no holder, a pronoun, a weekday, and other nouns.
        assert!(
            !subject("In all, 4,357 votes were cast")
                .scope
                .contains("of:")
        );
        assert!(!subject("He won 2,264 votes").scope.contains("of:"));
        assert!(
            !subject("On Friday 4,357 votes were counted")
                .scope
                .contains("of:")
        );
        assert!(
            !subject("Ukraine said 300 soldiers were killed")
                .scope
                .contains("of:")
        );
    }

    #[test]
    fn places_in_lower_case_scope_a_count() {
        assert!(
            subject("Across the county, 1,400 homes flooded")
                .scope
                .contains("@county")
        );
        assert!(
            subject("80 homes had flooded in the town")
                .scope
                .contains("@town")
        );
        assert!(
            subject("In the worst-hit village, 60 people were evacuated")
                .scope
                .contains("@village")
        );
        // Near-misses: no place, or "at least".
        assert!(!subject("1,400 homes flooded overnight").scope.contains('@'));
        assert!(
            !subject("at least 300 people were evacuated")
                .scope
                .contains('@')
        );
    }

    #[test]
    fn the_means_of_a_rescue_scopes_the_count() {
        assert!(
            subject("Firefighters rescued 40 people by boat")
                .scope
                .contains("by:boat")
        );
        assert!(
            subject("200 residents were evacuated by helicopter")
                .scope
                .contains("by:helicopter")
        );
        // Near-misses: "by" with a time or an agent, or past the clause.
        for text in [
            "They rescued 25 people overnight",
            "300 homes were damaged by the storm",
            "40 people were rescued by Tuesday",
            "40 people were rescued, some by boat",
        ] {
            assert!(!subject(text).scope.contains("by:"), "{text}");
        }
    }

    #[test]
    fn an_unclassed_participle_keeps_counts_apart() {
        let flooded = subject("300 homes flooded as rivers burst");
        assert_eq!(flooded.key.as_deref(), Some("home"));
        assert!(flooded.scope.contains("act:flooded"));
        assert!(
            subject("About 300 homes were flooded")
                .scope
                .contains("act:flooded")
        );
        assert!(
            subject("More than 20,000 homes were left without power")
                .scope
                .contains("act:left")
        );
        // Near-miss: with no verb after the noun, no act is tagged.
        assert!(
            !subject("The council owns 300 homes in the town")
                .scope
                .contains("act:")
        );
    }

    #[test]
    fn keys_fold_synonyms_and_predicates() {
        assert_eq!(
            subject("Russia lost 450 tanks").key.as_deref(),
            Some("tank lost")
        );
        assert_eq!(
            subject("400 tanks were destroyed").key.as_deref(),
            Some("tank lost")
        );
        assert_eq!(
            subject("300 troops died").key.as_deref(),
            Some("soldier killed")
        );
        assert_eq!(
            subject("300 soldiers were killed").key.as_deref(),
            Some("soldier killed")
        );
    }

    #[test]
    fn changes_are_not_comparable() {
        assert!(!subject_at("the toll rose by 450 people", "450").comparable);
        let level = subject_at("the toll rose to 450 people", "450");
        assert!(level.comparable && level.scope == LEVEL_TAG, "{level:?}");
        let forecast = subject_at("the toll is expected to rise to 450 people", "450");
        assert!(!forecast.comparable, "{forecast:?}");
        assert!(subject("450 people were killed").comparable);
        assert!(!subject("450 people were killed, up from 300").comparable);
    }

    #[test]
    fn capitalised_modifiers_and_places_scope() {
        let russian = subject("300 Russian soldiers were killed");
        assert_eq!(
            crate::analysis::subjects::ledger::split_scope(&russian.scope).hard,
            "russian"
        );
        // The unheld figure's names ("nm:") are no scope of their own.
        assert_eq!(
            subject("300 soldiers were killed in Kyiv").scope,
            "@Kyiv nm:kyiv"
        );
    }

    #[test]
    fn a_premium_of_a_percentage_has_a_key() {
        assert_eq!(
            subject("at a premium of 35 per cent to the price")
                .key
                .as_deref(),
            Some("% premium")
        );
        // A change is not a share.
        assert_eq!(subject("a rise of 35 per cent").key, None);
    }

    #[test]
    fn amounts_of_change_are_not_comparable() {
        assert!(
            !subject_at(
                "revised down its estimates by a combined 167,000 jobs",
                "167,000"
            )
            .comparable
        );
        assert!(subject_at("Health care added 67,000 jobs", "67,000").comparable);
    }

    #[test]
    fn the_same_forecast_compares_but_another_does_not() {
        let a = subject_at("The combined group would employ 12,000 people", "12,000");
        let b = subject_at(
            "told investors the group would employ 21,000 people",
            "21,000",
        );
        let c = subject_at("the money would pay for 20 extra beds", "20");
        assert!(a.comparable && b.comparable && c.comparable);
        assert_eq!(a.scope, b.scope);
        assert_ne!(a.scope, c.scope);
        assert!(!subject_at("would close 48 beds, up from 30", "48").comparable);
        let plant = subject_at("The plant would employ 500 people at first", "500");
        let later = subject_at("eventually it would employ 2,000 people", "2,000");
        assert_ne!(plant.scope, later.scope);
    }

    #[test]
    fn reporting_dates_do_not_scope() {
        let t = Tokens::new("the ministry said on 12 March that 400 tanks");
        assert!(is_incidental_time(&t, 4, 0));
        let t = Tokens::new("since the invasion began on 24 February");
        assert!(is_incidental_time(&t, 5, 0));
        let t = Tokens::new("400 tanks were lost on 12 March");
        assert!(!is_incidental_time(&t, 5, 0));
    }

    fn subject_at(text: &str, numeral: &str) -> Subject {
        let t = Tokens::new(text);
        let raw = crate::analysis::figures::numerals::find(&t);
        let Some(f) = raw.iter().find(|f| f.span.of(text) == numeral) else {
            return Subject::default();
        };
        subject_of(&t, f, f.first, 0, t.len(), &[])
    }

    #[test]
    fn soldiers_lost_are_soldiers_killed() {
        assert_eq!(
            subject_at(
                "Ukraine claims Russia has lost 14,400 soldiers so far",
                "14,400"
            )
            .key
            .as_deref(),
            Some("soldier killed")
        );
        assert_eq!(
            subject_at(
                "Russia's combat losses in Ukraine included about 14400 people, the General Staff said",
                "14400"
            )
            .key
            .as_deref(),
            Some("soldier killed")
        );
        // Near-misses: tanks lost stay lost; people who lost their homes are not soldiers.
        assert_eq!(
            subject_at("Russia has lost 450 tanks", "450")
                .key
                .as_deref(),
            Some("tank lost")
        );
        assert_eq!(
            subject_at(
                "the storm's losses included 300 people who lost their homes",
                "300"
            )
            .key
            .as_deref(),
            Some("people lost")
        );
    }

    #[test]
    fn days_and_months_in_words_tag_the_time() {
        let t =
            Tokens::new("By Wednesday, 350 homes had been damaged, the council said on Thursday.");
        assert_eq!(
            named_days_and_months(&t, 0, t.len()),
            vec!["when:wednesday"]
        );
        let t = Tokens::new("a premium to Friday's closing price in March");
        assert_eq!(
            named_days_and_months(&t, 0, t.len()),
            vec!["when:friday", "when:march"]
        );
        // "March" as a verb, "24 March" as a date figure: no tag.
        let t = Tokens::new("Thousands will march on 24 March.");
        assert!(named_days_and_months(&t, 0, t.len()).is_empty());
        let t = Tokens::new("Lawmakers have until Dec. 19 to pass it");
        assert!(named_days_and_months(&t, 0, t.len()).is_empty());
    }
}
