//! Nouns: the stop words that end a noun phrase, plural nouns and their lemmas, and the
//! counted noun after a number ("more than 14,400 Russian soldiers" counts "soldiers"). Read
//! by the kinds of figures, the attribution of sources and the subject keys alike.

use std::sync::LazyLock;

use crate::analysis::text::lookup::{self, WordSet};
use crate::analysis::text::tokens::Tokens;
use crate::analysis::text::vocabulary::Classes;

/// Words that end a noun phrase after a number.
pub const STOP: &[&str] = &[
    "the",
    "a",
    "an",
    "of",
    "in",
    "on",
    "at",
    "to",
    "from",
    "by",
    "for",
    "with",
    "and",
    "or",
    "but",
    "as",
    "than",
    "that",
    "which",
    "who",
    "were",
    "was",
    "are",
    "is",
    "have",
    "has",
    "had",
    "been",
    "be",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "can",
    "did",
    "do",
    "does",
    "per",
    "since",
    "after",
    "before",
    "during",
    "while",
    "when",
    "where",
    "so",
    "not",
    "this",
    "these",
    "those",
    "their",
    "its",
    "his",
    "her",
    "more",
    "less",
    "fewer",
    "each",
    "every",
    "over",
    "under",
    "into",
    "across",
    "against",
    "about",
    "up",
    "down",
    "out",
    "off",
    "also",
    "still",
    "only",
    "just",
    "so",
    "far",
    "said",
    "says",
    "say",
    "told",
    "according",
    "it",
    "they",
    "he",
    "she",
    "we",
    "you",
    "i",
    "there",
    "here",
    "then",
    "now",
    "yet",
    "all",
    "both",
    "some",
    "most",
    "many",
    "much",
    "such",
    "other",
    "another",
    "any",
    "no",
    "whose",
    "if",
    "because",
    "though",
    "although",
    "until",
    "via",
    "among",
    "between",
    "within",
    "without",
    "through",
    "throughout",
    "toward",
    "towards",
    "upon",
    "onto",
    "near",
    "behind",
    "beyond",
    "despite",
    "like",
    "unlike",
    "including",
    "versus",
    "vs",
    "amid",
    "last",
    "next",
    "ago",
    "later",
    "earlier",
    "or",
    "nor",
];

/// Plural nouns that do not end in "s", and nouns that count in the singular.
const IRREGULAR: &[&str] = &[
    "people",
    "children",
    "men",
    "women",
    "police",
    "personnel",
    "staff",
    "cattle",
    "sheep",
    "fish",
    "deer",
    "aircraft",
    "livestock",
    "crew",
    "folk",
    "offspring",
    "feet",
    "teeth",
    "mice",
    "geese",
    "youth",
    "militia",
    "infantry",
    "spacecraft",
    "data",
    "media",
    "head",
    "poultry",
    "swine",
    "salmon",
    "trout",
    "bison",
    "moose",
    "elk",
    "clergy",
];

/// Words ending in "s" that are not plural nouns.
const NOT_PLURAL: &[&str] = &[
    "was",
    "has",
    "is",
    "does",
    "says",
    "its",
    "this",
    "thus",
    "plus",
    "across",
    "less",
    "unless",
    "always",
    "perhaps",
    "as",
    "us",
    "yes",
    "whereas",
    "news",
    "series",
    "species",
    "means",
    "besides",
    "towards",
    "afterwards",
    "nevertheless",
    "various",
    "famous",
    "previous",
    "serious",
    "numerous",
    "enormous",
    "dangerous",
    "obvious",
    "bus",
    "gas",
    "ms",
    "mrs",
    "mr",
    "bonus",
    "status",
    "census",
    "campus",
    "virus",
    "chaos",
    "lens",
    "focus",
    "basis",
    "crisis",
    "analysis",
    "thesis",
    "axis",
    "bias",
    "canvas",
    "atlas",
    "tennis",
    "physics",
    "economics",
    "politics",
    "statistics",
    "princess",
    "business",
    "access",
    "process",
    "progress",
    "address",
    "congress",
    "success",
    "stress",
    "loss",
    "class",
    "glass",
    "grass",
    "mass",
    "pass",
    "boss",
    "cross",
    "press",
    "dress",
    "kiss",
    "miss",
    "chess",
    "express",
    "wellness",
    "illness",
    "fitness",
    "sickness",
    "darkness",
    "claims",
    "shows",
    "reports",
    "estimates",
    "counts",
    "finds",
    "notes",
    "states",
    "adds",
    "suggests",
    "indicates",
    "reveals",
    "records",
    "puts",
    "forecasts",
    "projects",
    "insists",
    "argues",
    "warns",
    "tells",
    "writes",
    "hits",
    "gets",
    "makes",
    "takes",
    "sees",
    "looks",
    "seems",
    "remains",
    "stands",
    "needs",
    "wants",
    "comes",
    "goes",
    "gives",
    "keeps",
    "runs",
    "sets",
    "leaves",
    "means",
    "brings",
    "holds",
    "lets",
    "begins",
    "rises",
    "falls",
    "grows",
    "becomes",
    "includes",
    "involves",
    "requires",
    "kills",
    "lives",
    "lost",
    "whereas",
    "perhaps",
    "sometimes",
    "always",
    "nowadays",
];

/// Nominal adjectives and participles that name what is counted by themselves: "1,333
/// wounded", "50 dead".
const NOMINAL: &[&str] = &[
    "wounded",
    "dead",
    "injured",
    "missing",
    "displaced",
    "killed",
    "arrested",
    "detained",
    "evacuated",
    "infected",
    "hospitalised",
    "hospitalized",
    "homeless",
    "unemployed",
    "jobless",
    "vaccinated",
    "rescued",
    "captured",
    "deaths",
    "fatalities",
    "casualties",
];

/// Finds the counted noun after token `at`: the token index of its head, skipping up to
/// three modifiers ("Russian", "armoured personnel").
pub fn counted_noun(t: &Tokens<'_>, at: usize) -> Option<usize> {
    let mut i = at;
    // "14,400-strong" is not a count of anything after it.
    if t.punct(i) == Some('-') && t.attached(i) {
        return None;
    }
    let mut head = None;
    for step in 0..4 {
        let Some(token) = t.get(i) else { break };
        if !token.is_word() {
            break;
        }
        // "seven more Patriot systems", "12 fewer beds": an increment still counts them.
        if step == 0 && (t.word_is(i, "more") || t.word_is(i, "fewer")) {
            i += 1;
            continue;
        }
        if t.is_stop(i) {
            break;
        }
        // Unicode lower-casing can turn a non-ASCII letter into an ASCII one (the Kelvin sign
        // into "k"): such words keep the lookup by text.
        let nominal = if t.classes(i).has(Classes::ASCII) {
            t.word_in(i, NOMINAL)
        } else {
            NOMINAL_SET.contains(&lookup::lower(t.text_of(i)))
        };
        if step == 0 && nominal {
            return Some(i);
        }
        if t.is_plural_noun(i) {
            head = Some(i);
            // A compound keeps going: "personnel vehicles".
            if t.get(i + 1).is_some_and(|n| n.is_word())
                && t.is_plural_noun(i + 1)
                && !t.is_stop(i + 1)
            {
                i += 1;
                head = Some(i);
            }
            break;
        }
        i += 1;
    }
    head
}

pub fn is_plural_noun(lower: &str) -> bool {
    if IRREGULAR_SET.contains(lower) {
        return true;
    }
    lower.len() >= 3
        && lower.ends_with('s')
        && !lower.ends_with("ss")
        && !lower.ends_with("us")
        && !lower.ends_with("is")
        && !lower.ends_with('\'')
        && !lower.contains('’')
        && !lower.contains('\'')
        && !NOT_PLURAL_SET.contains(lower)
        && lower.chars().all(|c| c.is_alphabetic())
}

/// A noun's lemma, with synonyms folded: "troops" → "soldier", "persons" → "people".
pub fn lemma(noun: &str) -> String {
    let lower = noun.to_lowercase();
    let folded = match lower.as_str() {
        "troops" | "troop" | "soldiers" | "servicemen" | "servicemembers" | "service members" => {
            "soldier"
        }
        "persons" | "people" | "individuals" => "people",
        "deaths" | "dead" | "fatalities" | "killed" => "dead",
        "injured" | "wounded" | "injuries" => "wounded",
        "children" => "child",
        "men" => "man",
        "women" => "woman",
        _ => "",
    };
    if !folded.is_empty() {
        return folded.to_string();
    }
    if let Some(stem) = lower.strip_suffix("ies").filter(|s| s.len() > 2) {
        return format!("{stem}y");
    }
    if lower.ends_with("ches")
        || lower.ends_with("shes")
        || lower.ends_with("xes")
        || lower.ends_with("sses")
    {
        return lower[..lower.len() - 2].to_string();
    }
    lower.strip_suffix('s').unwrap_or(&lower).to_string()
}

static STOP_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(STOP));

static NOMINAL_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(NOMINAL));

static IRREGULAR_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(IRREGULAR));

static NOT_PLURAL_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(NOT_PLURAL));

/// True for a lower-case word in [`STOP`].
pub fn is_stop(lower: &str) -> bool {
    STOP_SET.contains(lower)
}

/// The months of the year, lower case, in order.
pub const MONTHS: [&str; 12] = [
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
];

/// The days of the week, lower case.
pub const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
