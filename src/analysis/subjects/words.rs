//! Word tests the subject rules ask of every token of a sentence, once per figure, answered
//! from the lexer's annotations (vocabulary ids, class bits) instead of lower-casing and
//! comparing the token's text. Each gives exactly the answer of the text test it replaces.

use crate::analysis::text::lookup;
use crate::analysis::text::tokens::Tokens;
use crate::analysis::text::vocabulary::{IdSet, WordId, vocabulary};

/// A constant word list looked up once for a loop over a sentence: [`Tokens::word_in`]
/// finds the list's id set on every call, which a scan of every token pays per token.
#[derive(Clone, Copy)]
pub(super) struct List {
    list: &'static [&'static str],
    ids: Option<&'static IdSet>,
}

impl List {
    /// The list's id set, found once.
    #[inline]
    pub(super) fn new(list: &'static [&'static str]) -> List {
        List {
            list,
            ids: lookup::list_ids(list),
        }
    }

    /// `t.word_in(i, list)`.
    #[inline]
    pub(super) fn has(&self, t: &Tokens<'_>, i: usize) -> bool {
        let info = t.info(i);
        if info.key == 0 {
            return false;
        }
        match self.ids {
            Some(ids) => ids.contains(info.id),
            None => lookup::in_list_ignore_ascii_case(self.list, t.text_of(i)),
        }
    }
}

/// [`Tokens::lower_in`] for a list of lower-case words of letters, which no token without
/// letters can be on.
#[inline]
pub(super) fn lower_in(t: &Tokens<'_>, i: usize, list: &'static [&'static str]) -> bool {
    let info = t.info(i);
    if info.key == 0 {
        // Digits, punctuation, a URL or past the end: no text of letters alone, which every
        // word of these lists is.
        return false;
    }
    t.lower_in(i, list)
}

/// The vocabulary words for which `test` holds, as a table by id: built by asking the text
/// test itself of every word, so a word token with an id gets the test's own answer. A word
/// outside the vocabulary is in no word list of the engine (every one-word string literal
/// under `src/analysis/` is in it, see `build.rs`), so the tests built on those lists, such
/// as `is_month_word`, are false for it.
pub(super) fn vocabulary_where(test: impl Fn(&str) -> bool) -> Vec<bool> {
    let v = vocabulary();
    (0..v.len())
        .map(|k| {
            let id = WordId(u32::try_from(k).unwrap_or(u32::MAX));
            v.word(id).is_some_and(&test)
        })
        .collect()
}

/// Whether word `id` is in a table from [`vocabulary_where`] (not for a word outside the
/// vocabulary).
#[inline]
pub(super) fn in_table(table: &[bool], id: WordId) -> bool {
    table.get(id.0 as usize).copied().unwrap_or(false)
}
