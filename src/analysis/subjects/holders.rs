//! Holders: whose count a figure is. "Spain has pledged 20 howitzers" and "Italy has pledged
//! 12 howitzers" are two countries' pledges, never one figure stated twice. A holder is found
//! in the figure's sentence (the clause's subject, a possessor, a complement, a place or group
//! heading the sentence); a pronoun or a definite description ("it", "the union") is marked
//! and resolved by the ledger to the last holder named before it. A merged or combined total
//! belongs to no member.
//!
//! The holder is a scope tag (`who:Spain`, `who:~` for a pronoun, `who:+` for a merged
//! total) that the ledger reads: see `ledger::split_scope`.

use crate::analysis::figures::kinds::is_month_word;
use crate::analysis::rules::Rule;
use crate::analysis::subjects::scope_rules as R;
use crate::analysis::subjects::words::{List, in_table, lower_in, vocabulary_where};
use crate::analysis::text::lookup;
use crate::analysis::text::nouns::{WEEKDAYS, is_plural_noun, is_stop};
use crate::analysis::text::tokens::Tokens;
use crate::analysis::text::vocabulary::Classes;
use std::sync::LazyLock;

/// The prefix of a holder's scope tag.
pub const HOLDER_PREFIX: &str = "who:";

/// The holder of a pronoun or a definite description, resolved by the ledger.
pub const PRONOUN_HOLDER: &str = "~";

/// The holder of a merged or combined total: no member's.
pub const MERGED_HOLDER: &str = "+";

/// The prefix of a holder that may be a name or a common noun ("?Firefighters").
pub const UNSURE_PREFIX: &str = "?";

/// Marks a holder found as the source speaking of itself, between `clause_subject` and
/// `holder_of` only.
const SPOKEN: &str = "\u{0}spoke:";

/// Marks, inside this file, a holder found through a verb joined by "and" to the previous
/// figure's clause ("Corbel has 214 stores and employs 9,200 people").
const SHARED: &str = "\u{0}shared:";

/// A holder found in a sentence, with the rule that found it.
#[derive(Debug, PartialEq)]
pub struct Holder {
    /// The name as written, without its possessive ("Spain", "GMB"), or [`PRONOUN_HOLDER`]
    /// or [`MERGED_HOLDER`].
    pub name: String,
    pub rule: &'static Rule,
}

/// Verbs a clause's subject may hold a count with, besides any past tense in "-ed".
const HOLDING_VERBS: &[&str] = &[
    "has", "have", "had", "is", "are", "was", "were", "will", "would", "now", "also", "still",
    "then", "won", "wins", "sent", "sends", "sold", "sells", "took", "takes", "got", "gets",
    "gave", "gives", "made", "makes", "lost", "loses", "paid", "pays", "spent", "spends", "cut",
    "cuts", "hit", "held", "holds", "kept", "keeps", "brought", "bought", "built", "builds", "led",
    "leads", "employs", "owns", "runs", "operates", "counts", "needs", "received", "receives",
    "earned", "earns", "scored", "scores", "secured", "secures", "picked", "picks", "finished",
    "finishes", "claimed", "boasts", "boasted", "recorded", "records", "reported", "topped",
    "tops", "landed", "lands",
];

/// Verbs that name a source rather than a holder: "Ukraine said 300 soldiers were killed".
const SAYING: &[&str] = &[
    "said",
    "says",
    "told",
    "estimated",
    "estimates",
    "claimed",
    "claims",
    "announced",
    "announces",
    "confirmed",
    "stated",
    "added",
    "noted",
    "revealed",
    "showed",
    "shows",
    "found",
    "believes",
    "warned",
    "insisted",
    "argued",
    "reported",
    "reports",
    "suggested",
    "indicated",
    "that",
    "and",
    "or",
    "but",
    "than",
];

/// Common nouns that, after "the", stand for a holder named earlier: "the union", "the club".
const DESCRIPTIONS: &[&str] = &[
    "company",
    "firm",
    "group",
    "union",
    "club",
    "party",
    "bank",
    "council",
    "team",
    "government",
    "charity",
    "retailer",
    "airline",
    "carrier",
    "chain",
    "brewer",
    "studio",
    "film",
    "country",
    "side",
    "business",
    "supermarket",
    "insurer",
    "lender",
    "operator",
    "manufacturer",
    "carmaker",
    "school",
    "university",
    "hospital",
    "trust",
    "authority",
];

/// Words that make a count a merged or combined total: "together the two firms employ 9,000".
const MERGED: &[&str] = &["together", "jointly", "altogether"];

/// The holder of a figure in its sentence `[start, end)`, whose counted noun is at
/// `noun_at`; `qualifier_start` is where its qualifier starts.
pub fn holder_of(
    t: &Tokens<'_>,
    qualifier_start: usize,
    noun_at: Option<usize>,
    start: usize,
    end: usize,
) -> Option<Holder> {
    let found = |name: String, rule: &'static Rule| Some(Holder { name, rule });
    if is_merged(t, qualifier_start, noun_at, start, end) {
        return found(MERGED_HOLDER.into(), &R::HOLDER_MERGED);
    }
    if let Some(name) = possessor_before(t, qualifier_start, start) {
        return found(name, &R::HOLDER_POSSESSOR);
    }
    if let Some(name) = noun_at.and_then(|head| complement_after(t, head, end)) {
        return found(name, &R::HOLDER_COMPLEMENT);
    }
    if let Some(name) = clause_subject(t, qualifier_start, start) {
        let (name, shared) = match name.strip_prefix(SHARED) {
            Some(rest) => (rest.to_string(), true),
            None => (name, false),
        };
        if let Some(speaker) = name.strip_prefix(SPOKEN) {
            return found(speaker.to_string(), &R::HOLDER_SPEAKER);
        }
        let rule = if name == PRONOUN_HOLDER {
            &R::HOLDER_PRONOUN
        } else if shared {
            &R::HOLDER_SHARED_SUBJECT
        } else {
            &R::HOLDER_SUBJECT
        };
        return found(name, rule);
    }
    heading(t, qualifier_start, start).and_then(|name| found(name, &R::HOLDER_HEADING))
}

/// "together the two firms employ 9,000 people", "a combined 9,000 staff", "between them
/// the two unions have 1.2 million members".
fn is_merged(
    t: &Tokens<'_>,
    qualifier_start: usize,
    noun_at: Option<usize>,
    start: usize,
    end: usize,
) -> bool {
    let clause_end = noun_at.map_or(qualifier_start + 1, |n| n + 1).min(end);
    // "combined" only next to the figure ("a combined 9,000 staff", "9,000 staff
    // combined"): "the combined group" is the merged firm itself, a holder like any other.
    let combined = (qualifier_start > start && t.word_is(qualifier_start - 1, "combined"))
        || noun_at.is_some_and(|n| t.word_is(n + 1, "combined"));
    // Every test starts with one of these words: the rest are turned away by one bit test.
    let opens = List::new(&[
        "together",
        "jointly",
        "altogether",
        "between",
        "both",
        "two",
        "three",
        "all",
    ]);
    combined
        || (start..clause_end).any(|i| {
            opens.has(t, i)
                && (t.word_in(i, MERGED)
                    || (t.word_is(i, "between") && t.word_is(i + 1, "them"))
                    || (t.word_in(i, &["both", "two", "three", "all"])
                        && t.word_in(
                            i + 1,
                            &["firms", "companies", "unions", "groups", "clubs", "parties"],
                        )
                        && i < qualifier_start))
        })
}

/// A name or a possessive pronoun right before the figure: "the GMB's 560,000 members",
/// "its 212 stores".
fn possessor_before(t: &Tokens<'_>, qualifier_start: usize, start: usize) -> Option<String> {
    let at = qualifier_start.checked_sub(1).filter(|&i| i >= start)?;
    if t.word_in(at, &["its", "their"]) {
        return Some(PRONOUN_HOLDER.into());
    }
    let word = hyphenated_name(t, at);
    let bare = strip_possessive(word)?;
    name_token(t, at, start).then(|| bare.to_string())
}

/// The name ending at token `k`, with the capitalised words hyphenated to it: "Rolls-Royce",
/// "Hewlett-Packard's" (not just "Royce").
fn hyphenated_name<'t>(t: &Tokens<'t>, k: usize) -> &'t str {
    let mut first = k;
    while first >= 2
        && t.punct(first - 1) == Some('-')
        && t.attached(first - 1)
        && t.attached(first)
        && t.is_capitalised(first - 2)
    {
        first -= 2;
    }
    match (t.get(first), t.get(k)) {
        (Some(a), Some(b)) => t.text.get(a.span.start..b.span.end).unwrap_or(t.text_of(k)),
        _ => t.text_of(k),
    }
}

/// "nine nominations for Oppenheimer", "560,000 members of Unite", "27 players at Leeds".
fn complement_after(t: &Tokens<'_>, head: usize, end: usize) -> Option<String> {
    if !t.word_in(head + 1, &["for", "of", "at"]) {
        return None;
    }
    let mut k = head + 2;
    if t.word_is(k, "the") {
        k += 1;
    }
    // "8,000 copies of the hardback": a definite thing holds the count.
    if k < end && t.word_is(k - 1, "the") && !t.is_capitalised(k) {
        let lower = lookup::lower(t.text_of(k)).into_owned();
        let last_word = t.get(k + 1).is_none_or(|x| !x.is_word());
        return (t.get(k).is_some_and(|x| x.is_word()) && !is_stop(&lower) && last_word)
            .then_some(lower);
    }
    if k >= end || !name_token(t, k, 0) {
        return None;
    }
    // The run of capitalised words: "Manchester United" is held by "United".
    while k + 1 < end && name_token(t, k + 1, 0) {
        k += 1;
    }
    let word = t.text_of(k);
    Some(strip_possessive(word).unwrap_or(word).to_string())
}

/// The subject of the clause whose verb governs the figure: "Spain has pledged 20
/// howitzers", "Leeds's squad has 27 players", "The union has 560,000 members", "It
/// employs 9,000 people". Not a source: "Ukraine said 300 soldiers were killed".
fn clause_subject(t: &Tokens<'_>, qualifier_start: usize, start: usize) -> Option<String> {
    // Up to four verb-like words between the subject and the figure.
    let mut i = qualifier_start;
    let mut verbs = 0;
    while i > start && verbs < 4 {
        let k = i - 1;
        let Some(tok) = t.get(k) else { break };
        if !tok.is_word() || t.is_capitalised(k) {
            break;
        }
        let lower = lookup::lower(t.text_of(k));
        // "... 214 stores and employs 9,200": the verb's subject is the earlier clause's.
        if lower == "and" && verbs > 0 {
            break;
        }
        if lower_in(t, k, SAYING) {
            return None;
        }
        if !(lower_in(t, k, HOLDING_VERBS)
            || lower.ends_with("ed")
            || matches!(lower.as_ref(), "with" | "a" | "total" | "of" | "about"))
        {
            break;
        }
        verbs += 1;
        i = k;
    }
    if verbs == 0 || i == start && !t.is_capitalised(i) {
        return None;
    }
    let k = i.checked_sub(1).filter(|&k| k >= start)?;
    let mut buffer = [0u8; 64];
    let lower = lookup::lower_in(t.text_of(k), &mut buffer);
    // "Corbel has 214 stores and employs 9,200 people": a verb joined by "and" to the
    // previous figure's clause shares that clause's subject.
    if lower == "and" {
        return previous_figure(t, k, start)
            .and_then(|j| clause_subject(t, j, start))
            .map(|name| match name.strip_prefix(SHARED) {
                Some(_) => name,
                None => format!("{SHARED}{name}"),
            });
    }
    // "the fire service said it had rescued 30": a pronoun after a source is the source's,
    // not the last holder's; unsure, so no holder.
    // Asked only on the paths that need it: a scan back to the sentence's start.
    let reported = || {
        (start..k).any(|j| lower_in(t, j, SAYING) && !lower_in(t, j, &["and", "or", "but", "than"]))
    };
    if matches!(lower.as_ref(), "it" | "they") {
        if reported() {
            return speaker(t, start, k).map(|name| format!("{SPOKEN}{name}"));
        }
        return Some(PRONOUN_HOLDER.into());
    }
    // "the union has", "Leeds's squad has".
    if t.get(k).is_some_and(|x| x.is_word()) && !t.is_capitalised(k) {
        if k > start && t.word_is(k - 1, "the") && lower_in(t, k, DESCRIPTIONS) {
            return (!reported()).then(|| PRONOUN_HOLDER.into());
        }
        let owner = k.checked_sub(1).filter(|&o| o >= start)?;
        // "The ebook has sold roughly 70,000 copies", "My mum has bought 30 copies": a
        // definite thing that is no stand-in for a name holds the count itself.
        if t.word_in(owner, &["the", "my", "his", "her", "our", "your"]) && !is_stop(&lower) {
            return (!reported()).then(|| lower.into_owned());
        }
        let bare = strip_possessive(t.text_of(owner))?;
        return name_token(t, owner, start).then(|| bare.to_string());
    }
    if name_token(t, k, start) {
        let word = hyphenated_name(t, k);
        return Some(strip_possessive(word).unwrap_or(word).to_string());
    }
    // "Currys has 290 stores", "Firefighters rescued 40 people": a capitalised opener that
    // may be a name or a common noun. Unsure, so a holder of its own that meets no named
    // holder's figure (and is never named in a message).
    (k == start && t.is_capitalised(k) && !is_stop(&lower))
        .then(|| format!("{UNSURE_PREFIX}{}", t.text_of(k)))
}

/// "214 stores and": the number of the figure whose counted noun ends right before the
/// conjunction at `and` (at most two words after the number, no punctuation between).
fn previous_figure(t: &Tokens<'_>, and: usize, start: usize) -> Option<usize> {
    (and.saturating_sub(3).max(start)..and)
        .rev()
        .find(|&j| t.get(j).is_some_and(|x| x.is_number()))
        .filter(|&j| (j + 1..and).all(|w| t.get(w).is_some_and(|x| x.is_word())))
}

/// "Loop says it has 200 million users": the named source right before the saying verb
/// that introduces the pronoun at `pronoun`, when there is one.
fn speaker(t: &Tokens<'_>, start: usize, pronoun: usize) -> Option<String> {
    let verb = pronoun.checked_sub(1).filter(|&v| v > start)?;
    if !t.word_in(verb, &["says", "said"]) {
        return None;
    }
    let name = verb - 1;
    let word = t.text_of(name);
    (name_token(t, name, start) || (name == start && t.is_capitalised(name)))
        .then(|| strip_possessive(word).unwrap_or(word).to_string())
        .filter(|w| !is_stop(&lookup::lower(w)))
}

/// "In Cumbria, 500 homes were flooded": a place or group heading the sentence.
fn heading(t: &Tokens<'_>, qualifier_start: usize, start: usize) -> Option<String> {
    if !t.word_in(start, &["in", "across", "for", "at", "among"]) {
        return None;
    }
    let mut k = start + 1;
    if !name_token(t, k, start) {
        return None;
    }
    while name_token(t, k + 1, start) {
        k += 1;
    }
    (t.punct(k + 1) == Some(',') && k + 1 < qualifier_start).then(|| t.text_of(k).to_string())
}

/// A capitalised word that can name a holder: not a month, a weekday, a function word or a
/// pronoun, and not the sentence's first word unless it is a name.
pub(super) fn name_token(t: &Tokens<'_>, i: usize, start: usize) -> bool {
    let Some(tok) = t.get(i) else { return false };
    if !tok.is_word() || !t.is_capitalised(i) {
        return false;
    }
    let word = t.text_of(i);
    let bare = strip_possessive(word).unwrap_or(word);
    let info = t.info(i);
    // Nearly every capitalised word of a sentence is asked: an ASCII word without a
    // possessive, not the sentence's first, is answered by its vocabulary id and classes.
    if i != start && bare.len() == word.len() && info.classes.has(Classes::ASCII) {
        return !in_table(&NOT_NAMES, info.id);
    }
    // A capitalised word: lower-cased into a buffer, not a new string, and the cheap tests
    // first.
    let mut buffer = [0u8; 64];
    let lower = lookup::lower_in(bare, &mut buffer);
    !matches!(
        lower.as_ref(),
        "he" | "she" | "they" | "it" | "we" | "i" | "you" | "there" | "then" | "the"
    ) && !(i == start && (is_stop(&lower) || (bare == word && is_common_opener(&lower))))
        && !is_month_word(bare)
        && !WEEKDAYS.iter().any(|d| d.eq_ignore_ascii_case(bare))
}

/// The words [`name_token`] turns away past the sentence's start, by vocabulary id: the
/// pronouns and function words it names, month words ([`is_month_word`]) and weekdays.
static NOT_NAMES: LazyLock<Vec<bool>> = LazyLock::new(|| {
    vocabulary_where(|w| {
        matches!(
            w,
            "he" | "she" | "they" | "it" | "we" | "i" | "you" | "there" | "then" | "the"
        ) || is_month_word(w)
            || WEEKDAYS.iter().any(|d| d.eq_ignore_ascii_case(w))
    })
});

/// A common noun that opens a sentence capitalised: "Firefighters rescued 40 people",
/// "Police arrested 12". Plural-looking words are taken for common nouns there, so a
/// sentence-initial "Leeds" is no holder either (precision: whose is it?).
fn is_common_opener(lower: &str) -> bool {
    is_plural_noun(lower)
        || matches!(
            lower,
            "police"
                | "staff"
                | "everyone"
                | "nobody"
                | "overall"
                | "crew"
                | "army"
                | "government"
                | "inflation"
                | "turnout"
                | "unemployment"
                | "growth"
                | "output"
                | "revenue"
                | "profit"
                | "demand"
        )
}

/// A word without its possessive ending, when it has one: "GMB's", "Leeds’s", "Unions'".
fn strip_possessive(word: &str) -> Option<&str> {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .or_else(|| word.strip_suffix("s'"))
        .or_else(|| word.strip_suffix("s’"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn holder(text: &str) -> Option<String> {
        let t = Tokens::new(text);
        let raw = crate::analysis::figures::numerals::find(&t);
        let f = raw.first()?;
        let noun = crate::analysis::text::nouns::counted_noun(&t, f.end);
        holder_of(&t, f.first, noun, 0, t.len()).map(|h| h.name)
    }

    /// The holder of the sentence's last figure.
    fn last_holder(text: &str) -> Option<String> {
        let t = Tokens::new(text);
        let raw = crate::analysis::figures::numerals::find(&t);
        let f = raw.last()?;
        let noun = crate::analysis::text::nouns::counted_noun(&t, f.end);
        holder_of(&t, f.first, noun, 0, t.len()).map(|h| h.name)
    }

    #[test]
    fn months_weekdays_and_pronouns_are_no_names() {
        let t = Tokens::new("Apr Sept Dec Monday It Kovacs Unite");
        let names: Vec<bool> = (0..t.len())
            .map(|i| name_token(&t, i, usize::MAX))
            .collect();
        assert_eq!(names, [false, false, false, false, false, true, true]);
    }

    #[test]
    fn holders_are_found_where_a_copy_editor_finds_them() {
        assert_eq!(
            holder("Spain has pledged 20 howitzers").as_deref(),
            Some("Spain")
        );
        assert_eq!(
            holder("Leeds's squad has 27 players").as_deref(),
            Some("Leeds")
        );
        assert_eq!(
            holder("Rolls-Royce employs 42,000 people").as_deref(),
            Some("Rolls-Royce")
        );
        assert_eq!(
            holder("The film earned nine nominations for Oppenheimer").as_deref(),
            Some("Oppenheimer")
        );
        assert_eq!(holder("the GMB's 560,000 members").as_deref(), Some("GMB"));
        assert_eq!(
            holder("In Cumbria, 500 homes were flooded").as_deref(),
            Some("Cumbria")
        );
        assert_eq!(
            holder("The union has 560,000 members").as_deref(),
            Some("~")
        );
        assert_eq!(
            holder("Together the two firms employ 9,000 people").as_deref(),
            Some("+")
        );
    }

    #[test]
    fn a_definite_thing_holds_its_own_count() {
        assert_eq!(
            holder("The ebook has sold 70,000 copies").as_deref(),
            Some("ebook")
        );
        assert_eq!(
            holder("We printed 8,000 copies of the hardback").as_deref(),
            Some("hardback")
        );
        // Near miss: a stand-in for a name is resolved later, not a holder of its own.
        assert_eq!(holder("The company has 212 stores").as_deref(), Some("~"));
        // A verb joined to the previous figure's clause by "and" shares its subject.
        assert_eq!(
            last_holder("Corbel has 214 stores and employs 9,200 people").as_deref(),
            Some("Corbel")
        );
        // Near miss: a new subject after "and" is its own clause's.
        assert_eq!(
            last_holder("Corbel has 214 stores and Hartmoor employs 9,200 people").as_deref(),
            Some("Hartmoor")
        );
    }

    #[test]
    fn sources_times_and_plain_counts_hold_nothing() {
        for text in [
            "Ukraine said 300 soldiers were killed",
            "On Monday 300 homes were flooded",
            "In March, 300 homes were flooded",
            "About 300 homes were flooded",
            "Russian forces have lost 450 tanks",
        ] {
            assert_eq!(holder(text), None, "{text}");
        }
    }
}
