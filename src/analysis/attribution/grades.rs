//! What kind of source a phrase is: its grade (named, document, pronoun, vague), its head
//! noun, whether it is a proper name, and its source kind.

use crate::analysis::attribution::words::*;
use crate::analysis::figures::claims::{Grade, SourceKind};
use crate::analysis::text::cues::{self};
use crate::analysis::text::lookup;
use crate::analysis::text::nouns;
use crate::analysis::text::tokens::Tokens;

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
    let head_word = lookup::lower(t.text_of(head));
    let head_word = head_word.trim_end_matches("’s").trim_end_matches("'s");
    // A capitalised head inside a name is an organisation: "the US Geological Survey".
    let in_a_name = t.is_capitalised(head)
        && head > s0
        && t.is_capitalised(head - 1)
        && !t.word_in(head - 1, &["the", "a", "an"]);
    if lookup::in_list(cues::DOCUMENT_NOUNS, head_word) && !in_a_name {
        return Grade::Document;
    }
    let postmodified = (head + 1..s1).any(|k| t.get(k).is_some_and(|x| x.is_word()));
    if lookup::in_list(cues::VAGUE_NOUNS, head_word)
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
pub(super) fn head_in(t: &Tokens<'_>, s0: usize, s1: usize, words: &[&str]) -> bool {
    head_of(t, s0, s1).is_some_and(|h| {
        let w = lookup::lower(t.text_of(h));
        let w = w.trim_end_matches("’s").trim_end_matches("'s");
        words.contains(&w)
    })
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
    let t = Tokens::new(source);
    let words: Vec<String> = (0..t.len())
        .filter(|&k| t.get(k).is_some_and(|x| x.is_word()))
        .map(|k| {
            t.text_of(k)
                .to_lowercase()
                .trim_end_matches("’s")
                .trim_end_matches("'s")
                .to_string()
        })
        .collect();
    if let Some(head) = head_of(&t, 0, t.len()) {
        let head = lookup::lower(t.text_of(head));
        if lookup::in_list(cues::PERSON_WORDS, head.as_ref()) {
            return SourceKind::Person;
        }
        if lookup::in_list(cues::ORGANISATION_WORDS, head.as_ref()) {
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
        && !nouns::is_stop(&lookup::lower(t.text_of(n - 3)))
        && !(n - 2..n).any(|k| {
            lookup::in_list(
                cues::ORGANISATION_WORDS,
                lookup::lower(t.text_of(k)).as_ref(),
            )
        })
    {
        return SourceKind::Person;
    }
    // No telling head: a title or role anywhere names a person ("Council leader Helen
    // Marsh", "Chief executive Tim Cook"), else an organisation word an organisation.
    if words
        .iter()
        .any(|w| lookup::in_list(cues::PERSON_WORDS, w.as_str()))
    {
        return SourceKind::Person;
    }
    if words
        .iter()
        .any(|w| lookup::in_list(cues::ORGANISATION_WORDS, w.as_str()))
    {
        return SourceKind::Organisation;
    }
    SourceKind::Unknown
}
