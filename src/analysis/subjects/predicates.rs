//! Predicate classes: different words for the same event ("killed" = "died" = "dead"), part
//! of a subject key, and the soldiers an army has lost, who are soldiers killed.

use std::sync::LazyLock;

use crate::analysis::text::lookup::{self, WordMap};
use crate::analysis::text::tokens::Tokens;
use crate::analysis::text::vocabulary::{Classes, IdSet};

/// A predicate class: different words for the same event.
const PREDICATES: &[(&str, &[&str])] = &[
    (
        "killed",
        &[
            "killed",
            "kill",
            "kills",
            "killing",
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

/// The predicate class of a word, if it names an event the ledger tracks.
pub fn predicate_class(word: &str) -> Option<&'static str> {
    // Most words fail the map's letter checks: no lower-casing for them.
    if !PREDICATE_OF.may_hold(word) {
        return None;
    }
    PREDICATE_OF.get(lookup::lower(word).as_ref())
}

/// [`predicate_class`] of token `i`'s text. Asked of every token of a sentence for each
/// figure in it, so an ASCII word outside every class is turned away by one bit test on its
/// vocabulary id; a token that is not a word (digits, punctuation, a URL) never names one.
#[inline]
pub fn predicate_class_at(t: &Tokens<'_>, i: usize) -> Option<&'static str> {
    let info = t.info(i);
    if info.key == 0 {
        return None;
    }
    if info.classes.has(Classes::ASCII)
        && let Some(ids) = PREDICATE_IDS.as_ref()
        && !ids.contains(info.id)
    {
        return None;
    }
    predicate_class(t.text_of(i))
}

/// The vocabulary ids of every word of [`PREDICATES`], when all are in the vocabulary.
static PREDICATE_IDS: LazyLock<Option<IdSet>> = LazyLock::new(|| {
    let words: Vec<&str> = PREDICATES
        .iter()
        .flat_map(|(_, w)| w.iter().copied())
        .collect();
    IdSet::of(&words)
});

/// "will close 12 stores", "has shut 30 branches": a verb of closing right before the figure
/// whose qualifier starts at `q` (across "a", "another", "about"); not the qualifier "close
/// to 300", and not "closed" elsewhere in the sentence ("shares closed 2% higher", "after the
/// closures it will have 168 stores").
#[inline]
pub fn closing_verb(t: &Tokens<'_>, i: usize, q: usize) -> Option<&'static str> {
    // Nearly every token of the sentence is asked: most are not right before the figure.
    if i + 1 != q && i + 2 != q {
        return None;
    }
    let next_is_figure =
        i + 1 == q || (i + 2 == q && t.word_in(i + 1, &["a", "another", "about", "some"]));
    (next_is_figure
        && t.word_in(
            i,
            &["close", "closed", "closes", "closing", "shut", "shuts"],
        ))
    .then_some("closed")
}

/// [`PREDICATES`] as a map from word to class (the first class listing it).
static PREDICATE_OF: LazyLock<WordMap<&'static str>> =
    LazyLock::new(|| WordMap::from(lookup::first_group_of(PREDICATES)));

/// Soldiers an army has lost are soldiers killed: "Russia has lost 14,400 soldiers" and
/// "14,400 soldiers have been killed" are one quantity. The people counted in an army's
/// "combat losses" are its soldiers. Other people who "lost" something (their homes, their
/// jobs) are not touched.
pub(super) fn military_losses(
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
