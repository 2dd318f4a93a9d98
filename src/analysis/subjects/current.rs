//! Which words of a sentence belong to a figure: a current level at the far end of a change
//! ("fewer than 200 shops by 2028, down from 221 today"), a relative clause that states a
//! holder's present state ("The retailer, which has 212 stores, will close 25 by 2026"), a
//! verb that governs the next figure rather than this one ("212 stores and employs 6,800
//! people"), and nouns that count one thing ("shops" and "stores").

use crate::analysis::text::nouns::counted_noun;
use crate::analysis::text::tokens::Tokens;
use crate::analysis::text::vocabulary::Classes;

/// Words after a figure that make it the level now.
const NOW: &[&str] = &["today", "now", "currently"];

/// "down from 221 today", "up from 40 now": the figure whose qualifier starts at `q` and
/// ends before `end` is the current level at the far end of a change. It is compared, and
/// the sentence's years belong to the change's other end.
pub fn is_current_level(t: &Tokens<'_>, q: usize, end: usize, start: usize) -> bool {
    q >= start + 2
        && t.word_is(q - 1, "from")
        && t.word_in(q - 2, &["down", "up"])
        && t.word_in(end, NOW)
}

/// The counted noun of the figure at the near end of a change ("fewer than 200 shops ...,
/// down from 221 today" → "shops"): the nearest earlier number in the sentence with a
/// counted noun, when the current level at `q` has none.
pub fn noun_of_other_end(t: &Tokens<'_>, q: usize, start: usize) -> Option<usize> {
    // "200 shops by 2028, down from 221": the year has no noun; the count before it does.
    (start..q)
        .rev()
        .filter(|&i| t.get(i).is_some_and(|x| x.is_number()))
        .find_map(|n| counted_noun(t, n + 1))
}

/// The relative clause the figure at `[q, end)` sits in, as tokens `[from, to)`: ", which
/// has 212 stores and employs 6,800 people," — from the relative pronoun to the next comma
/// or the sentence's end. Times elsewhere in the sentence do not place such a figure.
pub fn relative_clause(
    t: &Tokens<'_>,
    q: usize,
    end: usize,
    start: usize,
    sentence_end: usize,
) -> Option<(usize, usize)> {
    let from = (start + 1..q)
        .rev()
        .take_while(|&i| t.punct(i).is_none_or(|c| c != ',' && c != ';'))
        .find(|&i| t.word_in(i, &["which", "who"]))?;
    if t.punct(from - 1) != Some(',') {
        return None;
    }
    let to = (end..sentence_end)
        .find(|&i| matches!(t.punct(i), Some(',' | ';' | '(' | ')')))
        .unwrap_or(sentence_end);
    Some((from, to))
}

/// True when the verb at `verb`, after the figure ending at `end` and a conjunction or a
/// comma, governs the next figure rather than this one: "212 stores and employs about 6,800
/// people", "212 stores, will close 25", "212 stores, will close 25 loss-making shops".
pub fn governs_next_figure(t: &Tokens<'_>, end: usize, verb: usize, sentence_end: usize) -> bool {
    verb > end
        && (end..verb).any(|i| t.word_in(i, &["and", "but"]) || t.punct(i) == Some(','))
        && ((verb + 1..(verb + 4).min(sentence_end)).any(|i| is_number(t, i))
            // "25 loss-making shops": a figure right before the verb, no comma between.
            || (verb.saturating_sub(3).max(end)..verb).any(|j| {
                is_number(t, j) && (j..verb).all(|k| t.punct(k).is_none_or(|c| c == '-'))
            }))
}

/// "12 people had been confirmed dead and 45 people had been injured": the verb at `verb`,
/// before the figure whose qualifier starts at `q`, ends an earlier clause when a
/// conjunction or a comma stands between them.
pub fn ends_previous_clause(t: &Tokens<'_>, verb: usize, q: usize) -> bool {
    verb < q && (verb + 1..q).any(|i| t.word_in(i, &["and", "but"]) || t.punct(i) == Some(','))
}

/// "45 people had been injured": a predicate word within four words after the figure ending
/// at `end`, with no comma, conjunction or capitalised word between, is the figure's own verb.
pub fn own_verb_follows(t: &Tokens<'_>, end: usize, sentence_end: usize) -> bool {
    for i in end..(end + 4).min(sentence_end) {
        let Some(tok) = t.get(i) else { return false };
        if !tok.is_word() || t.word_in(i, &["and", "but"]) || t.is_capitalised(i) {
            return false;
        }
        if super::predicates::predicate_class_at(t, i).is_some() {
            return true;
        }
    }
    false
}

/// "97% of the group's members operate fewer than 10 trucks", "most households own two
/// cars": a count each member of a group has, not a total. True when the figure whose
/// qualifier starts at `q` follows a plural noun and one or two verb words, and a share or
/// a quantifier ("most", "many", "each", "all") comes before that noun in the sentence.
pub fn is_distributive(t: &Tokens<'_>, q: usize, start: usize) -> bool {
    let lowercase_word = |i: usize| t.get(i).is_some_and(|x| x.is_word()) && !t.is_capitalised(i);
    let noun = [2, 3].into_iter().find_map(|back| {
        let n = q.checked_sub(back).filter(|&n| n > start)?;
        // An ASCII word's class bit is the plural-noun test of its lower-case form.
        let plural = lowercase_word(n)
            && if t.classes(n).has(Classes::ASCII) {
                t.is_plural_noun(n)
            } else {
                crate::analysis::text::nouns::is_plural_noun(&t.text_of(n).to_ascii_lowercase())
            };
        (plural && (n + 1..q).all(lowercase_word)).then_some(n)
    });
    let Some(noun) = noun else { return false };
    (start..noun).any(|i| {
        t.word_in(i, &["most", "many", "each", "every", "all"])
            || (t.get(i).is_some_and(|x| x.is_number()) && t.text_of(i + 1) == "%")
            || t.text_of(i).ends_with('%')
    })
}

fn is_number(t: &Tokens<'_>, i: usize) -> bool {
    t.get(i).is_some_and(|x| x.is_number())
}

/// Nouns that count the same thing, mapped to one: a retailer's "shops" are its "stores".
pub fn same_thing(noun: String) -> String {
    match noun.as_str() {
        "shop" => "store".to_string(),
        _ => noun,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(t: &Tokens<'_>, word: &str) -> usize {
        (0..t.len()).find(|&i| t.text_of(i) == word).unwrap_or(0)
    }

    #[test]
    fn a_current_level_borrows_the_other_ends_noun() {
        let t = Tokens::new("It will have fewer than 200 shops by 2028, down from 221 today.");
        let q = at(&t, "221");
        assert!(is_current_level(&t, q, q + 1, 0));
        assert_eq!(
            noun_of_other_end(&t, q, 0).map(|i| t.text_of(i)),
            Some("shops")
        );
        let t = Tokens::new("Sales fell to 200, down from 221 in 2019.");
        let q = at(&t, "221");
        assert!(!is_current_level(&t, q, q + 1, 0));
    }

    #[test]
    fn counts_each_member_of_a_group_has() {
        let t = Tokens::new("She said 97% of the group's members operate fewer than 10 trucks.");
        assert!(is_distributive(&t, at(&t, "fewer"), 0));
        let t = Tokens::new("The company operates a fleet of about 1,300 trucks.");
        assert!(!is_distributive(&t, at(&t, "about"), 0));
        let t = Tokens::new("The members operate 10 trucks.");
        assert!(!is_distributive(&t, at(&t, "10"), 0));
    }

    #[test]
    fn relative_clauses_and_verbs_of_the_next_figure() {
        let t = Tokens::new(
            "The retailer, which has 212 stores and employs 6,800 people, will close 25 by 2026.",
        );
        let q = at(&t, "212");
        let (from, to) = relative_clause(&t, q, q + 1, 0, t.len()).unwrap_or_default();
        assert_eq!((t.text_of(from), t.punct(to)), ("which", Some(',')));
        assert!(governs_next_figure(&t, q + 2, at(&t, "employs"), t.len()));
        // Near miss: an age between the figure and its own verb.
        let t = Tokens::new("Three people, including a man in his 60s, were injured.");
        assert!(!governs_next_figure(&t, 2, at(&t, "injured"), t.len()));
        // The previous figure's verb, and this figure's own verb after it.
        let t = Tokens::new("12 people had been confirmed dead and 45 people had been injured.");
        let q = at(&t, "45");
        assert!(ends_previous_clause(&t, at(&t, "dead"), q));
        assert!(own_verb_follows(&t, q + 2, t.len()));
        // Near miss: "killed 12 people and injured 45 others": no verb of its own after 45.
        let t = Tokens::new("The attack killed 12 people and injured 45 others, police said.");
        let q = at(&t, "45");
        assert!(!ends_previous_clause(&t, at(&t, "injured"), q));
        assert!(!own_verb_follows(&t, q + 2, t.len()));
        let t = Tokens::new("The retailer has 212 stores, it said in 2026.");
        let q = at(&t, "212");
        assert_eq!(relative_clause(&t, q, q + 1, 0, t.len()), None);
    }
}
