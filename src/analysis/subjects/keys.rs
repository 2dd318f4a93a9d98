//! Subject keys: what a claim counts ("soldiers") and what happened to it (killed = died =
//! dead), plus the scope that stops a comparison (another year, place or group, a change
//! "from 300 to 450", "compared with", a currency conversion in brackets). The ledger
//! compares two claims only when their keys are equal and neither is scoped.

use std::sync::LazyLock;

use crate::analysis::figures::numerals::{RawFigure, Unit};
use crate::analysis::text::lookup::{self, WordMap};
use crate::analysis::text::nouns::{WEEKDAYS, counted_noun, is_stop, lemma};
use crate::analysis::text::tokens::Tokens;

/// A predicate class: different words for the same event.
const PREDICATES: &[(&str, &[&str])] = &[
    (
        "killed",
        &[
            "killed",
            "kill",
            "kills",
            "died",
            "die",
            "dead",
            "deaths",
            "death",
            "dying",
            "fatalities",
            "perished",
            "slain",
            "murdered",
            "lives",
        ],
    ),
    (
        "wounded",
        &[
            "wounded", "injured", "hurt", "injuries", "injuring", "wounding",
        ],
    ),
    ("casualties", &["casualties"]),
    (
        "lost",
        &[
            "lost",
            "losses",
            "lose",
            "losing",
            "destroyed",
            "downed",
            "loss",
        ],
    ),
    (
        "displaced",
        &[
            "displaced",
            "fled",
            "flee",
            "fleeing",
            "refugees",
            "evacuated",
            "homeless",
        ],
    ),
    (
        "arrested",
        &[
            "arrested",
            "detained",
            "arrests",
            "detentions",
            "held",
            "captured",
        ],
    ),
    ("infected", &["infected", "cases", "infections", "positive"]),
    (
        "hospitalised",
        &["hospitalised", "hospitalized", "admitted", "hospital"],
    ),
    ("missing", &["missing"]),
    ("rescued", &["rescued", "saved"]),
    (
        "sent",
        &[
            "sent",
            "deployed",
            "mobilised",
            "mobilized",
            "sending",
            "deploying",
        ],
    ),
    (
        "gathered",
        &[
            "gathered",
            "attended",
            "marched",
            "protested",
            "rallied",
            "turned",
        ],
    ),
    ("vaccinated", &["vaccinated", "jabbed", "doses"]),
    ("employed", &["employs", "employed", "hired", "employing"]),
    (
        "cut",
        &[
            "cut",
            "axed",
            "redundant",
            "laid",
            "layoffs",
            "sacked",
            "fired",
        ],
    ),
    ("sold", &["sold", "sales", "sell", "selling"]),
    ("voted", &["voted", "votes", "ballots"]),
];

/// Words that mark a figure as a change, a comparison or another period: it is not the
/// same measurement as a bare figure for the same thing.
const CHANGE: &[&str] = &[
    "rose",
    "risen",
    "rise",
    "rises",
    "rising",
    "fell",
    "fallen",
    "fall",
    "falls",
    "falling",
    "increase",
    "increased",
    "increases",
    "increasing",
    "decrease",
    "decreased",
    "decreases",
    "grew",
    "grown",
    "grow",
    "growth",
    "jumped",
    "jump",
    "climbed",
    "climb",
    "dropped",
    "drop",
    "declined",
    "decline",
    "surged",
    "surge",
    "soared",
    "doubled",
    "tripled",
    "halved",
    "compared",
    "previous",
    "previously",
    "earlier",
    "initial",
    "initially",
    "originally",
    "revised",
    "updated",
    "up",
    "down",
    "from",
    "than",
    "last",
    "record",
    "before",
    "prior",
    "expected",
    "forecast",
    "projected",
    "target",
    "goal",
    "plans",
    "plan",
    // Intentions are forecasts too: "it planned to open 10 stores".
    "planned",
    "planning",
    "aims",
    "aimed",
    "intends",
    "intended",
    "pledged",
    "promised",
    "could",
    "would",
    "might",
    "may",
    "if",
    "average",
    "per",
    "each",
    "every",
    "a",
    "an",
];

/// The predicate class of a word, if it names an event the ledger tracks.
pub fn predicate_class(word: &str) -> Option<&'static str> {
    // Most words fail the map's letter checks: no lower-casing for them.
    if !PREDICATE_OF.may_hold(word) {
        return None;
    }
    PREDICATE_OF.get(lookup::lower(word).as_ref())
}

/// [`PREDICATES`] as a map from word to class (the first class listing it).
static PREDICATE_OF: LazyLock<WordMap<&'static str>> =
    LazyLock::new(|| WordMap::from(lookup::first_group_of(PREDICATES)));

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
    let noun_at = counted_noun(t, f.end);
    let noun = noun_at.map(|i| t.text_of(i).to_string());
    // The nearest predicate word in the sentence, counted in tokens from the figure.
    let mut predicate_at = None;
    let predicate = {
        let mut best: Option<(usize, &'static str)> = None;
        for i in sentence_start..sentence_end {
            if i >= f.first && i < f.end {
                continue;
            }
            // Capitalised words are names ("the General Staff"), except at the sentence start.
            if i > sentence_start && t.is_capitalised(i) {
                continue;
            }
            if let Some(class) = predicate_class(t.text_of(i)) {
                let distance = if i < f.first {
                    f.first - i
                } else {
                    i - f.end + 1
                };
                if best.is_none_or(|(d, _)| distance < d) {
                    best = Some((distance, class));
                    predicate_at = Some(i);
                }
            }
        }
        best.map(|(_, class)| class)
    };
    // "injuring 21 of the 80 people on board": the figure after "N of (the)" is the whole
    // the part was taken from, not a count of the injured.
    let predicate = if is_whole_of_part(t, qualifier_start, sentence_start) {
        predicate_at = None;
        None
    } else {
        predicate
    };

    let base = match &f.unit {
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
            what.map(|w| format!("{code} {}", lemma(&w)))
        }
        Some(Unit::Percent | Unit::PercentagePoints) => {
            let unit = if matches!(f.unit, Some(Unit::Percent)) {
                "%"
            } else {
                "pp"
            };
            if t.word_is(f.end, "of") {
                counted_noun(t, f.end + 1)
                    .or_else(|| counted_noun(t, f.end + 2))
                    .map(|i| format!("{unit} of {}", lemma(t.text_of(i))))
            } else {
                share_noun_before(t, qualifier_start).map(|noun| format!("{unit} {noun}"))
            }
        }
        Some(Unit::Measure(m)) => noun_at.map(|i| format!("{m} {}", lemma(t.text_of(i)))),
        None => noun_at.map(|i| {
            let (noun, predicate) =
                military_losses(t, lemma(t.text_of(i)), predicate, predicate_at);
            match predicate.filter(|p| *p != noun && lemma(p) != noun) {
                Some(p) => format!("{noun} {p}"),
                None => noun,
            }
        }),
    };

    // Scope: another year, place or group.
    let mut scope = Vec::new();
    for y in years {
        scope.push(format!("@{y}"));
    }
    if let Some(head) = noun_at {
        for i in f.end..head {
            if t.is_capitalised(i) {
                scope.push(t.text_of(i).to_lowercase());
            }
        }
        // "in Kyiv", "in Ukraine": a place after the noun, within a few words.
        for i in head + 1..(head + 8).min(sentence_end) {
            if t.word_in(i, &["in", "across", "at"]) && t.is_capitalised(i + 1) {
                scope.push(format!("@{}", t.text_of(i + 1)));
                break;
            }
            if t.punct(i).is_some() {
                break;
            }
        }
    }
    if let Some(holder) = noun_at.and_then(|head| holder_before(t, f, head, sentence_start)) {
        scope.push(format!("of:{holder}"));
    }
    if let Some(head) = noun_at
        && let Some(means) = conveyance_after(t, head + 1, sentence_end)
    {
        scope.push(format!("by:{means}"));
    }
    scope.extend(places_in_words(t, sentence_start, sentence_end));
    scope.extend(ordinal_periods(t, sentence_start, sentence_end));
    scope.extend(past_periods(t, sentence_start, sentence_end));
    // "300 homes flooded" and "20,000 homes were left without power": an unclassed verb is
    // a soft scope, kept apart only from a different verb.
    if predicate.is_none()
        && f.unit.is_none()
        && let Some(verb) = noun_at.and_then(|i| participle_after(t, i + 1, sentence_end))
    {
        scope.push(format!("{ACT_PREFIX}{verb}"));
    }
    scope.extend(named_days_and_months(t, sentence_start, sentence_end));
    scope.sort();
    scope.dedup();

    // Changes and comparisons in the clause around the figure.
    let window_start = qualifier_start.saturating_sub(4).max(sentence_start);
    let window_end = (f.end + 8).min(sentence_end);
    let mut comparable = !(window_start..window_end).any(|i| {
        (i < qualifier_start || i >= f.end)
            && t.word_in(i, CHANGE)
            && !is_qualifier_word(t, i, qualifier_start, f)
    });
    // "seven more Patriot systems", "25 additional tanks": an increment, never the total.
    if t.word_in(f.end, &["more", "fewer", "additional", "extra", "further"]) {
        comparable = false;
    }
    // "revised down by a combined 167,000", "cut by 3,000": an amount of change.
    let change_amount = is_change_amount(t, qualifier_start);
    if change_amount {
        comparable = false;
    }
    // "would employ 12,000 people": a forecast is compared only with the same kind of
    // forecast, so the change words that made it incomparable are its modal alone.
    if !comparable
        && !change_amount
        && let Some(modal) = lone_modal(t, window_start, window_end, qualifier_start, f)
    {
        comparable = true;
        scope.push(format!("~{}", modal.replace(' ', "-")));
    }
    // A bracketed figure right after another is a conversion or a gloss: "£100m ($130m)".
    if f.first > 0 && t.punct(f.first - 1) == Some('(') {
        comparable = false;
    }
    // A poll's sample ("That poll surveyed 1,412 likely voters", "among 705 likely voters"
    // in a poll): each survey has its own, so two samples are never one quantity.
    if is_sample_size(t, qualifier_start, sentence_start, sentence_end) {
        comparable = false;
    }
    // Ranges of years or other figures nearby ("from 300 to 450"): the "to" end.
    if qualifier_start > 0 && t.word_in(qualifier_start - 1, &["to", "from"]) {
        comparable = false;
    }
    // "the list fell to 7.6 million": the new level. It supersedes what came before and is
    // what later figures must agree with.
    if is_new_level(t, qualifier_start, window_start, window_end, f) {
        comparable = true;
        scope.push(LEVEL_TAG.to_string());
    }
    scope.sort();
    scope.dedup();
    Subject {
        noun,
        key: base,
        scope: scope.join(" "),
        comparable,
    }
}

/// True when the figure starting at `first` is the sample of a poll or survey: after
/// "surveyed", "polled", "interviewed", or after "among" or "of" in a sentence about a poll.
fn is_sample_size(
    t: &Tokens<'_>,
    first: usize,
    sentence_start: usize,
    sentence_end: usize,
) -> bool {
    if first <= sentence_start {
        return false;
    }
    let before = first - 1;
    t.word_in(
        before,
        &["surveyed", "polled", "interviewed", "questioned", "sampled"],
    ) || (t.word_in(before, &["among", "of"])
        && (sentence_start..sentence_end).any(|i| {
            t.word_in(
                i,
                &[
                    "poll",
                    "polls",
                    "survey",
                    "surveys",
                    "pollster",
                    "pollsters",
                    "respondents",
                    "sample",
                ],
            )
        }))
}

/// True when the figure starting at `first` follows "N of the" or "N of": the whole in
/// "21 of the 80 people", "three of 12 passengers".
fn is_whole_of_part(t: &Tokens<'_>, first: usize, sentence_start: usize) -> bool {
    let of = if first >= sentence_start + 2 && t.word_is(first - 1, "the") {
        first - 2
    } else if first > sentence_start {
        first - 1
    } else {
        return false;
    };
    of > sentence_start
        && t.word_is(of, "of")
        && (t.get(of - 1).is_some_and(|x| x.is_number())
            || crate::analysis::figures::numbers::is_number_word(t.text_of(of - 1)))
}

/// A period named by its rank ("in his first season", "the second quarter", "first-half
/// profit"), as a scope tag: a count in someone's first season is not this season's.
fn ordinal_periods(t: &Tokens<'_>, start: usize, end: usize) -> Vec<String> {
    const ORDINALS: &[&str] = &[
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "final", "last", "opening",
    ];
    const PERIODS: &[&str] = &[
        "season", "year", "quarter", "half", "term", "month", "week", "day", "innings",
    ];
    (start..end.saturating_sub(1))
        .filter_map(|i| {
            if !t.word_in(i, ORDINALS) {
                return None;
            }
            let mut u = i + 1;
            if t.punct(u) == Some('-') && t.attached(u) {
                u += 1;
            }
            // "last year" and "last season" say when, like a year, and scope already as
            // time references where they count; only ranks and halves are added here.
            if t.word_is(i, "last") {
                return None;
            }
            (u < end && t.word_in(u, PERIODS)).then(|| {
                format!(
                    "@{}-{}",
                    t.text_of(i).to_lowercase(),
                    t.text_of(u).to_lowercase()
                )
            })
        })
        .collect()
}

/// A past period named with "last" ("Vantrix cut 900 jobs, or 6% of staff, last March",
/// "it sold 2m cars last year"), as a hard scope tag: the news is about now, so a figure
/// placed in an earlier year, month or season is another quantity, however far the words
/// are from it. Not the day a thing was said ("said last March"), and not the recent days
/// a story often happens in ("last night", "last week", "last Tuesday").
fn past_periods(t: &Tokens<'_>, start: usize, end: usize) -> Vec<String> {
    const PERIODS: &[&str] = &[
        "year", "season", "quarter", "summer", "autumn", "winter", "spring", "decade", "term",
    ];
    (start..end.saturating_sub(1))
        .filter(|&i| t.word_is(i, "last"))
        .filter_map(|i| {
            let u = i + 1;
            let period = t.word_in(u, PERIODS)
                || crate::analysis::figures::kinds::is_month_word(t.text_of(u));
            (period && !is_incidental_time(t, u, start))
                .then(|| format!("@last-{}", t.text_of(u).to_lowercase()))
        })
        .collect()
}

/// Counts that always belong to a competitor: a candidate's votes, a party's seats, a
/// team's goals or points, a player's caps. Two such counts compare only for one holder.
const HELD_COUNTS: &[&str] = &[
    "vote",
    "seat",
    "goal",
    "point",
    "medal",
    "delegate",
    "wicket",
    "cap",
    "assist",
    "appearance",
    "title",
    "trophy",
];

/// The holder of a competitor's count: the last name (a capitalised word; the sentence's
/// first word only when it is not a function word or a pronoun) before the figure in its
/// sentence. "Green candidate Fiona Carver received 1,842 votes" and "Reform UK's Gary Pitt
/// came third with 604 votes" are counts of two people's votes, never one to be checked
/// against the other; with no name ("In all, 4,357 votes were cast") the count is a total
/// and stays unscoped.
fn holder_before(
    t: &Tokens<'_>,
    f: &RawFigure,
    head: usize,
    sentence_start: usize,
) -> Option<String> {
    if !HELD_COUNTS.contains(&lemma(t.text_of(head)).as_str()) {
        return None;
    }
    (sentence_start..f.first)
        .rev()
        .find(|&i| {
            t.is_capitalised(i)
                && t.get(i).is_some_and(|x| x.is_word())
                && (i > sentence_start || {
                    let lower = t.text_of(i).to_lowercase();
                    !is_stop(&lower)
                        && !["he", "she", "they", "it", "we", "i", "you", "there", "then"]
                            .contains(&lower.as_str())
                })
                && !crate::analysis::figures::kinds::is_month_word(t.text_of(i))
                && !WEEKDAYS
                    .iter()
                    .any(|d| d.eq_ignore_ascii_case(t.text_of(i)))
        })
        .map(|i| t.text_of(i).to_lowercase())
}

/// A date or time reference that says when something was said or when a running count
/// began, not which period a figure covers: "said on 12 March", "(since the invasion) began
/// on 24 February". `sentence_start` bounds the look back.
pub fn is_incidental_time(t: &Tokens<'_>, first: usize, sentence_start: usize) -> bool {
    let mut i = first;
    // Step back over "on", "last", "the", "of": "said on Sunday", "said last week".
    while i > sentence_start && t.word_in(i - 1, &["on", "last", "the", "of", "this"]) {
        i -= 1;
    }
    i > sentence_start
        && t.word_in(
            i - 1,
            &[
                "said",
                "says",
                "told",
                "announced",
                "reported",
                "confirmed",
                "added",
                "stated",
                "published",
                "released",
                "began",
                "begun",
                "started",
                "launched",
            ],
        )
}

/// A label that names a category the figure belongs to: "grade 7", "level 3", "tier 2".
pub fn is_scoping_label(t: &Tokens<'_>, first: usize) -> bool {
    first > 0
        && t.word_in(
            first - 1,
            &[
                "grade", "grades", "level", "levels", "tier", "stage", "category", "band", "phase",
                "class", "division", "year",
            ],
        )
}

/// Soldiers an army has lost are soldiers killed: "Russia has lost 14,400 soldiers" and
/// "14,400 soldiers have been killed" are one quantity. The people counted in an army's
/// "combat losses" are its soldiers. Other people who "lost" something (their homes, their
/// jobs) are not touched.
/// The means by which the counted things were moved or reached, in the counted noun's clause:
/// "rescued 40 people by boat" and "rescued 25 people overnight" count different groups
/// (issue 6's notes: a false conflict), as do "evacuated 200 by helicopter" and "300 by road".
fn conveyance_after(t: &Tokens<'_>, from: usize, end: usize) -> Option<String> {
    const MEANS: &[&str] = &[
        "boat",
        "boats",
        "lifeboat",
        "lifeboats",
        "helicopter",
        "helicopters",
        "air",
        "sea",
        "road",
        "rail",
        "train",
        "trains",
        "bus",
        "buses",
        "coach",
        "coaches",
        "plane",
        "planes",
        "ambulance",
        "ambulances",
        "ferry",
        "ferries",
        "foot",
        "car",
        "cars",
        "hovercraft",
        "dinghy",
        "dinghies",
        "raft",
        "rafts",
        "truck",
        "trucks",
        "lorry",
        "lorries",
    ];
    for i in from..(from + 6).min(end) {
        if t.punct(i).is_some() {
            return None;
        }
        if t.word_in(i, &["by"]) && i + 1 < end && t.word_in(i + 1, MEANS) {
            return Some(lemma(t.text_of(i + 1)));
        }
    }
    None
}

/// Places named by a common noun anywhere in the sentence: "Across the county, 1,400 homes
/// flooded" and "80 homes had flooded in the town" count different areas. Capitalised places
/// after the noun are found by the caller; these are written in lower case, or open the
/// sentence before the figure.
fn places_in_words(t: &Tokens<'_>, start: usize, end: usize) -> Vec<String> {
    const PLACE_NOUNS: &[&str] = &[
        "town", "city", "county", "village", "country", "region", "state", "borough", "district",
        "province", "capital", "area", "nation", "world", "north", "south", "east", "west",
    ];
    let mut out = Vec::new();
    for i in start..end {
        if !t.word_in(i, &["in", "across", "throughout", "at"]) {
            continue;
        }
        let mut k = i + 1;
        if t.word_in(k, &["the", "this", "that", "each", "every"]) {
            k += 1;
        }
        // "in the worst-hit village": one modifier, hyphenated or not.
        for _ in 0..4 {
            if k < end && t.word_in(k, PLACE_NOUNS) {
                out.push(format!("@{}", t.text_of(k).to_lowercase()));
                break;
            }
            if !(k < end && (t.get(k).is_some_and(|x| x.is_word()) || t.punct(k) == Some('-'))) {
                break;
            }
            k += 1;
        }
    }
    out
}

/// The verb of a counted noun that no predicate class covers, when it follows the noun as
/// a past participle: "300 homes flooded", "20,000 homes were left without power". Two
/// counts of homes that were flooded and homes left without power are not one quantity, so
/// the verb keeps them apart; "homes were flooded" and "homes flooded" still meet.
///
/// A state given after "are" or "were" counts the same way: "22 million households are on
/// variable tariffs" and "6.5 million households in the UK are in fuel poverty" are two
/// groups of households ("on-variable", "in-fuel"), whatever the sources.
fn participle_after(t: &Tokens<'_>, mut i: usize, sentence_end: usize) -> Option<String> {
    let auxiliaries: &[&str] = &["were", "was", "have", "has", "had", "been", "are", "is"];
    // "households in the UK are ...": a place between the noun and its verb.
    if t.word_in(i, &["in", "across"]) {
        let mut k = i + 1;
        if t.word_is(k, "the") {
            k += 1;
        }
        if t.is_capitalised(k) && t.get(k).is_some_and(|x| x.is_word()) {
            while k < sentence_end && t.is_capitalised(k) && t.get(k).is_some_and(|x| x.is_word()) {
                k += 1;
            }
            i = k;
        }
    }
    let mut copula = false;
    while i < sentence_end && auxiliaries.iter().any(|w| t.word_is(i, w)) {
        copula |= t.word_in(i, &["are", "is", "were", "was"]);
        i += 1;
    }
    if copula {
        while t.word_in(i, &["already", "now", "still", "currently", "also"]) {
            i += 1;
        }
        let mut k = i + 1;
        while t.word_in(k, &["the", "a", "an"]) {
            k += 1;
        }
        if t.word_in(i, &["in", "on", "without", "behind", "under", "at"])
            && k < sentence_end
            && t.get(k).is_some_and(|x| x.is_word())
            && !t.is_capitalised(k)
            && !is_stop(&lookup::lower(t.text_of(k)))
        {
            return Some(format!(
                "{}-{}",
                t.text_of(i).to_ascii_lowercase(),
                t.text_of(k).to_ascii_lowercase()
            ));
        }
    }
    let word = t.get(i).filter(|x| x.is_word()).map(|_| t.text_of(i))?;
    let lower = word.to_ascii_lowercase();
    let participle = lower.ends_with("ed")
        || matches!(
            lower.as_str(),
            "left" | "hit" | "shut" | "built" | "sold" | "taken" | "given" | "seen" | "struck"
        );
    (i < sentence_end && participle && !t.is_capitalised(i)).then_some(lower)
}

fn military_losses(
    t: &Tokens<'_>,
    noun: String,
    predicate: Option<&'static str>,
    predicate_at: Option<usize>,
) -> (String, Option<&'static str>) {
    let combat_losses = predicate_at.is_some_and(|p| {
        t.word_in(p, &["losses", "loss"])
            && p > 0
            && t.word_in(
                p - 1,
                &["combat", "military", "troop", "army", "battlefield"],
            )
    });
    let noun = if combat_losses && matches!(noun.as_str(), "people" | "personnel" | "man") {
        "soldier".to_string()
    } else {
        noun
    };
    let their = predicate_at.is_some_and(|p| t.word_in(p + 1, &["their", "its", "his", "her"]));
    let predicate = match predicate {
        Some("lost") if noun == "soldier" && !their => Some("killed"),
        other => other,
    };
    (noun, predicate)
}

/// The scope tag of a figure that states a new level after a change ("rose to 450"): see
/// `ledger::split_scope`.
pub const LEVEL_TAG: &str = "level:";

/// Verbs of change whose "to" names the new level: "fell to", "has risen to".
const CHANGE_TO: &[&str] = &[
    "rose",
    "risen",
    "rise",
    "rises",
    "fell",
    "fallen",
    "fall",
    "falls",
    "increased",
    "decreased",
    "grew",
    "grown",
    "jumped",
    "climbed",
    "dropped",
    "declined",
    "surged",
    "soared",
    "reached",
    "hit",
];

/// Words that make a change a forecast or a plan: such a level is not a fact yet.
const FORECAST: &[&str] = &[
    "expected",
    "forecast",
    "projected",
    "target",
    "goal",
    "plans",
    "plan",
    "could",
    "would",
    "might",
    "may",
    "if",
    "will",
];

/// "fell to an estimated 7.6 million", "has risen to 450": a verb of change and "to" right
/// before the figure, and no forecast in the clause.
fn is_new_level(
    t: &Tokens<'_>,
    qualifier_start: usize,
    window_start: usize,
    window_end: usize,
    f: &RawFigure,
) -> bool {
    let Some(to) = qualifier_start.checked_sub(1) else {
        return false;
    };
    let verb = to.checked_sub(1);
    let pattern = (t.word_is(to, "to") && verb.is_some_and(|v| t.word_in(v, CHANGE_TO)))
        || t.word_in(to, &["reached", "hit"]);
    pattern
        && !(window_start.min(to.saturating_sub(3))..window_end)
            .any(|i| (i < qualifier_start || i >= f.end) && t.word_in(i, FORECAST))
}

/// The prefix of a scope tag naming a day or a month in words: see `ledger::split_scope`.
pub const WHEN_PREFIX: &str = "when:";

/// The scope tag of a counted noun's unclassed verb ("act:flooded"): see
/// `ledger::split_scope`.
pub const ACT_PREFIX: &str = "act:";

/// Days and months named in words that place the sentence's figures in time ("on Monday",
/// "By Wednesday", "in March"), as scope tags; not the day something was said on.
fn named_days_and_months(t: &Tokens<'_>, start: usize, end: usize) -> Vec<String> {
    let mut tags = Vec::new();
    for i in start..end {
        if !t.is_capitalised(i) || !t.get(i).is_some_and(|x| x.is_word()) {
            continue;
        }
        let word = t.text_of(i);
        // "Friday's closing price" is Friday too.
        let name = word
            .strip_suffix("'s")
            .or_else(|| word.strip_suffix("’s"))
            .unwrap_or(word);
        let weekday = WEEKDAYS.iter().any(|d| d.eq_ignore_ascii_case(name));
        // A month alone ("in March"); with a day it is a date figure and scopes already.
        let month = crate::analysis::figures::kinds::is_month_word(word)
            && i > start
            && t.word_in(
                i - 1,
                &[
                    "in", "by", "since", "until", "during", "from", "last", "this", "next",
                    "early", "late", "mid", "of",
                ],
            )
            && !t.get(i + 1).is_some_and(|x| x.is_number())
            && !(t.punct(i + 1) == Some('.') && t.get(i + 2).is_some_and(|x| x.is_number()))
            && !t.get(i - 1).is_some_and(|x| x.is_number());
        if (weekday || month) && !is_incidental_time(t, i, start) {
            tags.push(format!("{WHEN_PREFIX}{}", name.to_lowercase()));
        }
    }
    tags
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

/// The figure is introduced by "by" (perhaps through "a combined", "a further", "another"):
/// the amount of a change or a revision, not a level.
fn is_change_amount(t: &Tokens<'_>, qualifier_start: usize) -> bool {
    let mut i = qualifier_start;
    while i > 0
        && t.word_in(
            i - 1,
            &[
                "a",
                "an",
                "combined",
                "further",
                "total",
                "additional",
                "another",
                "extra",
            ],
        )
    {
        i -= 1;
    }
    i > 0 && t.word_is(i - 1, "by")
}

/// The one modal ("would", "could") that made the window a forecast, when no other change
/// word is in it.
fn lone_modal(
    t: &Tokens<'_>,
    window_start: usize,
    window_end: usize,
    qualifier_start: usize,
    f: &RawFigure,
) -> Option<String> {
    let mut modal: Option<String> = None;
    for i in window_start..window_end {
        if (i >= qualifier_start && i < f.end)
            || !t.word_in(i, CHANGE)
            || is_qualifier_word(t, i, qualifier_start, f)
        {
            continue;
        }
        ["would", "could", "might", "may"]
            .into_iter()
            .find(|m| t.word_is(i, m))?;
        // The modal with its subject and verb: "group would employ" and "would close" are
        // different forecasts, and so are "the plant would employ" and "it would employ".
        let verb = t.get(i + 1).filter(|x| x.is_word())?;
        let subject = i
            .checked_sub(1)
            .filter(|&b| t.get(b).is_some_and(|x| x.is_word()))?;
        let phrase = format!(
            "{} {} {}",
            t.text_of(subject),
            t.text_of(i),
            verb.text(t.text)
        )
        .to_lowercase();
        if modal.as_ref().is_some_and(|m| *m != phrase) {
            return None;
        }
        modal = Some(phrase);
    }
    modal
}

/// "more than" and "up to" contain words from [`CHANGE`] that are part of the qualifier.
fn is_qualifier_word(t: &Tokens<'_>, i: usize, qualifier_start: usize, f: &RawFigure) -> bool {
    // "a" and "an" only matter as rates: "300 a day", not "a 45-year-old".
    if t.word_in(i, &["a", "an"]) {
        return !(i >= f.end
            && t.word_in(
                i + 1,
                &[
                    "day", "week", "month", "year", "night", "head", "person", "minute", "hour",
                ],
            ));
    }
    if t.word_is(i, "than")
        && i > 0
        && t.word_in(
            i - 1,
            &["more", "less", "fewer", "greater", "higher", "lower"],
        )
        && i < qualifier_start
    {
        return qualifier_start.saturating_sub(i) <= 1;
    }
    if t.word_is(i, "up") && t.word_is(i + 1, "to") {
        return true;
    }
    false
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
        assert_eq!(subject("300 Russian soldiers were killed").scope, "russian");
        assert_eq!(subject("300 soldiers were killed in Kyiv").scope, "@Kyiv");
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
