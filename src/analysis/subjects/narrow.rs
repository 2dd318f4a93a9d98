//! Noun scoping: what narrows a counted noun or a share's group so that two counts of a
//! generic noun are not taken for one ("200 million monthly users" is not "40 million
//! users"; "20 people" a boat is built for are not the "70 people on board"), the names an
//! unheld figure's sentence gives, and a "since" that only compares ("the largest since
//! 2010").

use crate::analysis::subjects::holders::name_token;
use crate::analysis::subjects::words::List;
use crate::analysis::text::lookup;
use crate::analysis::text::nouns::is_stop;
use crate::analysis::text::tokens::Tokens;

/// The prefix of the tag listing the names in an unheld figure's sentence: see
/// `ledger::split_scope`.
pub const NAMES_PREFIX: &str = "nm:";

/// Modifiers that count a narrower set of the noun: how often it is counted, or what kind.
const NARROWING: &[&str] = &[
    "daily",
    "weekly",
    "monthly",
    "yearly",
    "annual",
    "paying",
    "paid",
    "registered",
    "full-time",
    "part-time",
    "permanent",
    "temporary",
    "seasonal",
    "unique",
];

/// Nouns of people a thing can have room for.
const PEOPLE: &[&str] = &[
    "people",
    "persons",
    "passengers",
    "guests",
    "spectators",
    "fans",
    "pupils",
    "students",
    "patients",
    "diners",
    "visitors",
];

/// Words before "for" that make the count after it a capacity.
const CAPACITY: &[&str] = &[
    "built", "designed", "room", "space", "seats", "seating", "capacity", "enough", "beds",
    "places", "rated", "licensed", "meant", "made",
];

/// The scope tag of a narrowing modifier between the figure and its counted noun `head`:
/// "200 million monthly active users" → "mod:monthly".
pub(super) fn narrowing_modifier(t: &Tokens<'_>, from: usize, head: usize) -> Option<String> {
    (from..head).find_map(|i| {
        let mut word = lookup::lower(t.text_of(i)).into_owned();
        // "full-time" is three tokens.
        if t.punct(i + 1) == Some('-') && t.attached(i + 1) && i + 2 < head {
            word = format!("{word}-{}", lookup::lower(t.text_of(i + 2)));
        }
        NARROWING
            .contains(&word.as_str())
            .then(|| format!("mod:{word}"))
    })
}

/// "built for 20 people at most", "room for 500 guests": a capacity, with the figure's
/// first token at `first` and its counted noun at `head`.
pub(super) fn is_capacity(t: &Tokens<'_>, first: usize, head: usize, start: usize) -> bool {
    let Some(f) = first.checked_sub(1).filter(|&k| k > start) else {
        return false;
    };
    t.word_is(f, "for")
        && t.word_in(head, PEOPLE)
        && (f.saturating_sub(3).max(start)..f).any(|k| t.word_in(k, CAPACITY))
}

/// What a share's group does, as a soft tag: "15% of customers already hold bitcoin" →
/// "hold", "80% of our customers are here" → "here". None when a comma or the sentence's
/// end follows the group.
pub(super) fn share_verb(t: &Tokens<'_>, group: usize, end: usize) -> Option<String> {
    let mut i = group + 1;
    let skip = |i: &mut usize, words: &'static [&'static str]| {
        while *i < end && t.word_in(*i, words) {
            *i += 1;
        }
    };
    skip(
        &mut i,
        &[
            "already",
            "now",
            "still",
            "currently",
            "also",
            "never",
            "ever",
        ],
    );
    skip(
        &mut i,
        &[
            "are", "is", "were", "was", "have", "has", "had", "been", "do", "did", "will",
        ],
    );
    skip(
        &mut i,
        &["already", "now", "still", "currently", "also", "not"],
    );
    let tok = t.get(i).filter(|x| x.is_word() && i < end)?;
    let lower = lookup::lower(tok.text(t.text)).into_owned();
    let content = !t.is_capitalised(i) && !is_stop(&lower);
    if !content && lower != "here" && lower != "there" {
        return None;
    }
    // "38% of voters backed Labour" and "31% backed Reform" are two shares: the verb's
    // object, when it is a name or a definite thing, is part of what the share does.
    Some(match verb_object(t, i + 1, end) {
        Some(object) => format!("{lower}-{object}"),
        None => lower,
    })
}

/// The object of a share's verb at `at`: a name ("Labour", "the Liberal Democrats" → the
/// last word of the run) or a definite thing ("the plan", "the ban").
fn verb_object(t: &Tokens<'_>, at: usize, end: usize) -> Option<String> {
    let mut k = at;
    if t.word_is(k, "the") {
        k += 1;
    }
    if k >= end || !t.get(k).is_some_and(|x| x.is_word()) {
        return None;
    }
    if name_token(t, k, 0) {
        while k + 1 < end && name_token(t, k + 1, 0) {
            k += 1;
        }
        return Some(lookup::lower(t.text_of(k)).into_owned());
    }
    let lower = lookup::lower(t.text_of(k)).into_owned();
    (k > at && !is_stop(&lower)).then_some(lower)
}

/// What [`names_tag_of`] reads from the whole sentence `[start, end)`, for any figure in it.
#[derive(Clone, Debug, Default)]
pub(super) struct SentenceNames {
    /// The verbs that introduce a source, by token.
    saying: Vec<usize>,
    /// Each name token past the sentence's first, without a possessive, but not one with a
    /// comma in it.
    names: Vec<Name>,
}

/// A name of a sentence: its token, and its text without a possessive (bytes `from..to` of
/// the text), lower-cased when it is not ASCII. An ASCII name is lower-cased only when it is
/// written out, so that the sentence's names cost no allocation.
#[derive(Clone, Debug)]
struct Name {
    token: usize,
    from: usize,
    to: usize,
    lowered: Option<String>,
}

impl Name {
    /// The name as ASCII text to lower-case, or lower-cased: two names are the same
    /// lower-cased when these are equal ignoring ASCII case (lower-casing leaves no ASCII
    /// capital).
    fn form<'a>(&'a self, text: &'a str) -> &'a str {
        match &self.lowered {
            Some(lowered) => lowered,
            None => text.get(self.from..self.to).unwrap_or(""),
        }
    }
}

impl SentenceNames {
    /// The source verbs and names of the sentence `[start, end)`.
    pub(super) fn of(t: &Tokens<'_>, start: usize, end: usize) -> SentenceNames {
        let saying = List::new(SAYING);
        let mut found = SentenceNames::default();
        for i in start..end {
            if saying.has(t, i) {
                found.saying.push(i);
            }
            // The sentence's first word may be any capitalised word ("Almost 68% ...").
            if i > start && t.is_capitalised(i) && name_token(t, i, start) {
                let w = t.text_of(i);
                let bare = w
                    .strip_suffix("'s")
                    .or_else(|| w.strip_suffix("’s"))
                    .unwrap_or(w);
                if bare.contains(',') {
                    continue;
                }
                let from = t.get(i).map_or(0, |x| x.span.start);
                found.names.push(Name {
                    token: i,
                    from,
                    to: from + bare.len(),
                    lowered: (!bare.is_ascii()).then(|| bare.to_lowercase()),
                });
            }
        }
        found
    }
}

/// The names an unheld figure's clause gives, past its source ("Kovacs finished 40 metres
/// clear of Kenya's Faith Wambui" → "kovacs,kenya,faith,wambui"; "Officials in Kyiv said
/// Russian forces had lost 400 tanks" → "russian"), as a tag: such a figure is not the sole
/// holder's unless it names them. `first` is the figure's first token; the names are its
/// sentence's after the last source verb before the figure and before the first after it.
pub(super) fn names_tag_of(
    t: &Tokens<'_>,
    sentence: &SentenceNames,
    first: usize,
    start: usize,
) -> Option<String> {
    let from = sentence
        .saying
        .iter()
        .rev()
        .find(|&&i| i < first)
        .map_or(start, |&i| i + 1);
    let stop = sentence.saying.iter().find(|&&i| i > first).copied();
    let names = &sentence.names;
    let lo = names.partition_point(|n| n.token < from);
    let hi = stop.map_or(names.len(), |stop| {
        names.partition_point(|n| n.token < stop)
    });
    let names = names.get(lo..hi.max(lo)).unwrap_or_default();
    // The tag's length at most: no growing as names are added.
    let mut tag = String::with_capacity(
        NAMES_PREFIX.len() + names.iter().map(|n| n.to - n.from + 1).sum::<usize>(),
    );
    for (k, name) in names.iter().enumerate() {
        let form = name.form(t.text);
        // Each name once, where it first appears.
        if names[..k]
            .iter()
            .any(|earlier| earlier.form(t.text).eq_ignore_ascii_case(form))
        {
            continue;
        }
        tag.push_str(if tag.is_empty() { NAMES_PREFIX } else { "," });
        let at = tag.len();
        tag.push_str(form);
        if name.lowered.is_none() {
            tag[at..].make_ascii_lowercase();
        }
    }
    (!tag.is_empty()).then_some(tag)
}

/// Verbs that introduce a source: names before them are the source, not a holder.
const SAYING: &[&str] = &[
    "said",
    "says",
    "told",
    "estimated",
    "estimates",
    "announced",
    "confirmed",
    "reported",
    "according",
];

/// True when a name in an unheld figure's clause stands for `holder`: the same word, or a
/// form of it ("Russian" for "Russia").
pub fn names_holder(names: &str, holder: &str) -> bool {
    names.split(',').any(|n| {
        let common = n
            .chars()
            .zip(holder.chars())
            .take_while(|(a, b)| a == b)
            .count();
        n == holder || common >= 5 || (common >= 4 && common + 2 >= n.len().min(holder.len()))
    })
}

/// Words that make a "since" a comparison: "the largest since 2010".
pub(super) const SUPERLATIVES: &[&str] = &[
    "largest", "biggest", "highest", "lowest", "smallest", "worst", "best", "most", "fewest",
    "least", "deepest", "steepest", "sharpest", "fastest", "slowest",
];

/// The "since" in `[start, end)` that follows a superlative ("the largest the council has
/// faced since 2010"), if any.
pub fn superlative_since(t: &Tokens<'_>, start: usize, end: usize) -> Option<usize> {
    let superlatives = List::new(SUPERLATIVES);
    let sup = (start..end).find(|&i| superlatives.has(t, i))?;
    (sup + 1..end).find(|&i| t.word_is(i, "since"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn narrowing_modifiers_and_generic_nouns() {
        let t = Tokens::new("200 million monthly active users");
        assert_eq!(narrowing_modifier(&t, 1, 4).as_deref(), Some("mod:monthly"));
        let t = Tokens::new("40 million users");
        assert_eq!(narrowing_modifier(&t, 1, 2), None);
        let t = Tokens::new("These boats are built for 20 people at most");
        assert!(is_capacity(&t, 5, 6, 0));
        let t = Tokens::new("The crew rescued 20 people");
        assert!(!is_capacity(&t, 3, 4, 0));
    }

    #[test]
    fn a_since_after_a_superlative_compares() {
        let t = Tokens::new("The gap is the largest the council has faced since 2010");
        assert!(superlative_since(&t, 0, t.len()).is_some());
        let t = Tokens::new("Since 2010 the council has sold 300 homes");
        assert_eq!(superlative_since(&t, 0, t.len()), None);
    }

    #[test]
    fn a_shares_verb_keeps_its_named_or_definite_object() {
        let t = Tokens::new("About 38% of voters backed Labour");
        assert_eq!(share_verb(&t, 4, t.len()).as_deref(), Some("backed-labour"));
        let t = Tokens::new("About 38% of voters backed the ban");
        assert_eq!(share_verb(&t, 4, t.len()).as_deref(), Some("backed-ban"));
        let t = Tokens::new("About 38% of voters backed it");
        assert_eq!(share_verb(&t, 4, t.len()).as_deref(), Some("backed"));
    }

    #[test]
    fn the_verb_of_a_shares_group() {
        let t = Tokens::new("15% of customers already hold bitcoin");
        assert_eq!(share_verb(&t, 4, t.len()).as_deref(), Some("hold"));
        let t = Tokens::new("80% of our customers are here");
        assert_eq!(share_verb(&t, 5, t.len()).as_deref(), Some("here"));
    }
}
