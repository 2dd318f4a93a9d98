//! What kind of source a phrase is: its grade (named, document, pronoun, vague), its head
//! noun, whether it is a proper name, and its source kind.

use crate::analysis::attribution::words::*;
use crate::analysis::figures::claims::{Grade, SourceKind};
use crate::analysis::text::cues::{self};
use crate::analysis::text::lookup::{self, FastMap};
use crate::analysis::text::tokens::Tokens;
use crate::analysis::text::vocabulary::Classes;
use std::cell::RefCell;

/// [`Tokens::lower_in`] of word `k` with its possessive "’s" / "'s" trimmed (every one of them,
/// as `trim_end_matches` does): "the ministry's" is "ministry".
#[inline]
pub(super) fn head_word_in_list(t: &Tokens<'_>, k: usize, list: &'static [&'static str]) -> bool {
    // An ASCII word has no "’s"; one without "'s" is its own head word.
    if t.classes(k).has(Classes::ASCII) && !t.text_of(k).ends_with("'s") {
        t.word_in(k, list)
    } else {
        let w = lookup::lower(t.text_of(k));
        let w = w.trim_end_matches("’s").trim_end_matches("'s");
        lookup::in_list(list, w)
    }
}

/// Grades the source spanning tokens `[s0, s1)`.
pub(super) fn grade_of(t: &Tokens<'_>, s0: usize, s1: usize) -> Grade {
    if s1 == s0 + 1 && t.word_in(s0, cues::PRONOUNS) {
        return Grade::Pronoun;
    }
    if s1 == s0 + 1 && t.word_in(s0, cues::HEDGES) {
        return Grade::Vague;
    }
    // The head is the last word before a preposition: "the General Staff of the ...".
    let Some(head) = head_of(t, s0, s1) else {
        return Grade::Named;
    };
    // A capitalised head inside a name is an organisation: "the US Geological Survey".
    let in_a_name = t.is_capitalised(head)
        && head > s0
        && t.is_capitalised(head - 1)
        && !t.word_in(head - 1, &["the", "a", "an"]);
    if !in_a_name && head_word_in_list(t, head, cues::DOCUMENT_NOUNS) {
        return Grade::Document;
    }
    let postmodified = (head + 1..s1).any(|k| t.get(k).is_some_and(|x| x.is_word()));
    if head_word_in_list(t, head, cues::VAGUE_NOUNS)
        && (!postmodified || t.word_in(head + 1, &["close", "familiar"]))
    {
        return Grade::Vague;
    }
    Grade::Named
}

/// True when tokens `[s0, s1)` are a proper name: capitalised words (and the function words
/// of names), not opening with a determiner: "Dr Paul Gray", "Paul Grant".
pub(super) fn is_name(t: &Tokens<'_>, s0: usize, s1: usize) -> bool {
    s1 > s0
        && t.is_capitalised(s0)
        && !t.word_in(s0, &["the", "a", "an"])
        && !t.word_in(s0, POSSESSIVE_DETERMINERS)
        && (s0..s1).all(|k| match t.get(k).map(|x| x.kind) {
            Some(crate::analysis::text::tokens::TokenKind::Word) => {
                t.is_capitalised(k) || t.word_in(k, INNER)
            }
            Some(crate::analysis::text::tokens::TokenKind::Punct) => {
                matches!(t.punct(k), Some('.' | '-' | '\'' | '’'))
            }
            _ => false,
        })
}

/// True when the head of the source `[s0, s1)` (its last word before a preposition) is in
/// `words`.
pub(super) fn head_in(
    t: &Tokens<'_>,
    s0: usize,
    s1: usize,
    words: &'static [&'static str],
) -> bool {
    head_of(t, s0, s1).is_some_and(|h| head_word_in_list(t, h, words))
}

/// The head word of the source `[s0, s1)`: the last word before a preposition or a linking
/// participle ("the General Staff of ...", "A source close to ...", "Economists surveyed by
/// ...").
pub(super) fn head_of(t: &Tokens<'_>, s0: usize, s1: usize) -> Option<usize> {
    // "the Bank of England's latest forecast": the head follows the last possessive.
    if let Some(owner) = (s0..s1).rev().find(|&k| {
        let w = t.text_of(k);
        t.get(k).is_some_and(|x| x.is_word()) && (w.ends_with("'s") || w.ends_with("’s"))
    }) && owner + 1 < s1
    {
        return head_of(t, owner + 1, s1);
    }
    let mut head_end = s1;
    for i in s0 + 1..s1 {
        // "Bank of England figures": a preposition inside a name is no break.
        if (t.word_in(
            i,
            &["of", "for", "at", "with", "in", "on", "by", "to", "from"],
        ) && !(t.is_capitalised(i - 1) && t.is_capitalised(i + 1)))
            || t.word_in(i, LINKING_PARTICIPLES)
        {
            head_end = i;
            break;
        }
    }
    // "Data published on Tuesday": the participle modifies the head before it.
    while head_end > s0 + 1 && {
        let w = t.text_of(head_end - 1);
        !t.is_capitalised(head_end - 1) && w.len() > 4 && w.ends_with("ed")
    } {
        head_end -= 1;
    }
    (s0..head_end)
        .rev()
        .find(|&i| t.get(i).is_some_and(|x| x.is_word()))
}

/// Classifies a source as written by its head noun, then by titles and roles anywhere in it.
pub(super) fn source_kind(grade: Grade, source: &str) -> SourceKind {
    if grade == Grade::Document {
        return SourceKind::Organisation;
    }
    // A story cites the same few sources again and again ("the ministry", "ONS figures"):
    // each source's kind is worked out once per thread (a pure function of its text) and
    // remembered, within a bound.
    thread_local! {
        static KINDS: RefCell<FastMap<Box<str>, SourceKind>> = RefCell::default();
    }
    const REMEMBERED: usize = 4096;
    if let Some(kind) = KINDS.with(|kinds| kinds.borrow().get(source).copied()) {
        return kind;
    }
    let kind = kind_of(source);
    KINDS.with(|kinds| {
        let mut kinds = kinds.borrow_mut();
        if kinds.len() >= REMEMBERED {
            kinds.clear();
        }
        kinds.insert(source.into(), kind);
    });
    kind
}

/// [`source_kind`] of a source that is no document, worked out from its words.
fn kind_of(source: &str) -> SourceKind {
    let t = Tokens::new(source);
    if let Some(head) = head_of(&t, 0, t.len()) {
        if t.lower_in(head, cues::PERSON_WORDS) {
            return SourceKind::Person;
        }
        if t.lower_in(head, cues::ORGANISATION_WORDS) {
            return SourceKind::Organisation;
        }
    }
    // A personal name after a role in lower case: "Met Office meteorologist Greg Dewhurst",
    // "Thames Water spokesman John Smith"; not "the Sleep Charity" or "analysts at Deutsche
    // Bank".
    let n = t.len();
    if n >= 3
        && (n - 2..n).all(|k| t.is_capitalised(k) && t.get(k).is_some_and(|x| x.is_word()))
        && t.get(n - 3).is_some_and(|x| x.is_word())
        && !t.is_capitalised(n - 3)
        && !t.is_stop(n - 3)
        && !(n - 2..n).any(|k| t.lower_in(k, cues::ORGANISATION_WORDS))
    {
        return SourceKind::Person;
    }
    // No telling head: a title or role anywhere names a person ("Council leader Helen
    // Marsh", "Chief executive Tim Cook"), else an organisation word an organisation.
    // (Each word lower-cased, its possessive trimmed.)
    let words = || (0..t.len()).filter(|&k| t.get(k).is_some_and(|x| x.is_word()));
    if words().any(|k| head_word_in_list(&t, k, cues::PERSON_WORDS)) {
        return SourceKind::Person;
    }
    if words().any(|k| head_word_in_list(&t, k, cues::ORGANISATION_WORDS)) {
        return SourceKind::Organisation;
    }
    SourceKind::Unknown
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`Tokens::lower_in`] answers an ASCII word by its id, ignoring case: the lists it is
    /// given must be lower-case, as the lower-cased word is compared with them exactly.
    #[test]
    fn the_lists_looked_up_by_id_are_lower_case() {
        for list in [
            cues::DOCUMENT_NOUNS,
            cues::VAGUE_NOUNS,
            cues::PERSON_WORDS,
            cues::ORGANISATION_WORDS,
            cues::PRONOUNS,
            INNER,
            CLAUSE_OPENERS,
        ] {
            for word in list {
                assert_eq!(*word, word.to_lowercase(), "{word}");
            }
        }
    }

    #[test]
    fn head_words_are_looked_up_without_their_possessive() {
        let t = Tokens::new("the Ministry's MINISTER’s Ministers");
        assert!(head_word_in_list(&t, 1, cues::ORGANISATION_WORDS));
        assert!(head_word_in_list(&t, 2, cues::PERSON_WORDS));
        assert_eq!(
            t.lower_in(3, cues::PERSON_WORDS),
            lookup::in_list(cues::PERSON_WORDS, "ministers")
        );
    }
}
