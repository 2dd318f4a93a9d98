//! The engine's vocabulary: every word its word lists name, each with a small integer id and
//! the word classes the text stage knows (stop word, plural noun, cue verb, weekday). Built
//! once, immutable: the lexer looks each word token up here once, so the rules' list lookups
//! become bit tests on the id (see [`IdSet`]) instead of lower-casing and hashing the word's
//! text again for every question asked of it.
//!
//! The words are gathered at build time from the string literals of `src/analysis/` (see
//! `build.rs`), so a list a rule adds is covered without being registered anywhere.

use std::sync::LazyLock;

use crate::analysis::text::cues::{self, VerbCue};
use crate::analysis::text::lookup::{FastMap, fold_key};
use crate::analysis::text::nouns;

/// The id of a word in the vocabulary; [`WordId::NONE`] for a word outside it (or a token
/// that is not a word).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct WordId(pub u32);

impl WordId {
    /// Not in the vocabulary.
    pub const NONE: WordId = WordId(u32::MAX);

    /// True for a word in the vocabulary.
    pub fn is_known(self) -> bool {
        self != WordId::NONE
    }
}

/// Word classes as bit flags, computed once per vocabulary word (and, for the classes that do
/// not depend on a list, once per word token when the lexer meets it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Classes(pub u32);

impl Classes {
    /// In [`nouns::STOP`]: ends a noun phrase.
    pub const STOP: u32 = 1;
    /// [`nouns::is_plural_noun`] of the word's lower-case form.
    pub const PLURAL_NOUN: u32 = 1 << 1;
    /// A cue verb in any form ([`cues::verb`]).
    pub const CUE_VERB: u32 = 1 << 2;
    /// A day of the week.
    pub const WEEKDAY: u32 = 1 << 3;
    /// The word starts with an upper-case letter (set on tokens, not vocabulary entries).
    pub const CAPITALISED: u32 = 1 << 4;
    /// The word is ASCII: its lower-case form is its ASCII lower-case form.
    pub const ASCII: u32 = 1 << 5;

    /// True when every bit of `class` is set.
    pub fn has(self, class: u32) -> bool {
        self.0 & class == class
    }
}

/// The vocabulary.
pub struct Vocabulary {
    /// Each word by id, ASCII lower-cased.
    words: Vec<&'static str>,
    /// Open addressing over the packed keys of words of up to 15 bytes: (key, id), key 0 for
    /// an empty slot (no word packs to 0: the length is part of the key).
    table: Vec<(u128, u32)>,
    /// `table.len() - 1`.
    mask: usize,
    /// Longer words.
    long: FastMap<&'static str, u32>,
    /// The classes of each word.
    classes: Vec<Classes>,
    /// The cue verb each word is, if any.
    verbs: Vec<Option<VerbCue>>,
}

/// The words, one a line, from `build.rs`.
const WORDS: &str = include_str!(concat!(env!("OUT_DIR"), "/vocabulary.txt"));

/// The vocabulary, built on first use.
pub static VOCABULARY: LazyLock<Vocabulary> = LazyLock::new(Vocabulary::build);

/// The vocabulary, built on first use.
pub fn vocabulary() -> &'static Vocabulary {
    &VOCABULARY
}

/// The table slot of a packed key.
#[inline(always)]
fn slot_of(key: u128, mask: usize) -> usize {
    let folded = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
    (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40) as usize & mask
}

impl Vocabulary {
    fn build() -> Vocabulary {
        let mut words: Vec<&'static str> = WORDS.lines().filter(|w| !w.is_empty()).collect();
        words.sort_unstable();
        words.dedup();
        let size = (words.len() * 2).next_power_of_two().max(64);
        let mut table = vec![(0u128, 0u32); size];
        let mask = size - 1;
        let mut long = FastMap::default();
        for (id, word) in words.iter().enumerate() {
            let id = id as u32;
            match fold_key(word.as_bytes()) {
                Some(key) => {
                    let mut slot = slot_of(key, mask);
                    while table[slot].0 != 0 {
                        slot = (slot + 1) & mask;
                    }
                    table[slot] = (key, id);
                }
                None => {
                    long.insert(*word, id);
                }
            }
        }
        let verbs: Vec<Option<VerbCue>> = words.iter().map(|w| cues::verb(w)).collect();
        let classes = words
            .iter()
            .zip(&verbs)
            .map(|(w, verb)| {
                let mut c = 0;
                if nouns::is_stop(w) {
                    c |= Classes::STOP;
                }
                if nouns::is_plural_noun(w) {
                    c |= Classes::PLURAL_NOUN;
                }
                if verb.is_some() {
                    c |= Classes::CUE_VERB;
                }
                if nouns::WEEKDAYS.contains(w) {
                    c |= Classes::WEEKDAY;
                }
                Classes(c)
            })
            .collect();
        Vocabulary {
            words,
            table,
            mask,
            long,
            classes,
            verbs,
        }
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// True when there are no words (never: the engine names many).
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The word with this id, ASCII lower-cased.
    pub fn word(&self, id: WordId) -> Option<&'static str> {
        self.words.get(id.0 as usize).copied()
    }

    /// The id of the word with this packed, ASCII-folded key (see [`fold_key`]).
    #[inline]
    pub fn id_of_key(&self, key: u128) -> WordId {
        let mut slot = slot_of(key, self.mask);
        loop {
            let (k, id) = self.table[slot];
            if k == key {
                return WordId(id);
            }
            if k == 0 {
                return WordId::NONE;
            }
            slot = (slot + 1) & self.mask;
        }
    }

    /// The id of `word`, ignoring ASCII case.
    pub fn id_of(&self, word: &str) -> WordId {
        match fold_key(word.as_bytes()) {
            Some(key) if !word.is_empty() => self.id_of_key(key),
            Some(_) => WordId::NONE,
            None => {
                let lowered = word.to_ascii_lowercase();
                self.long
                    .get(lowered.as_str())
                    .map_or(WordId::NONE, |&id| WordId(id))
            }
        }
    }

    /// The classes of a vocabulary word (none for [`WordId::NONE`]).
    #[inline]
    pub fn classes(&self, id: WordId) -> Classes {
        self.classes.get(id.0 as usize).copied().unwrap_or_default()
    }

    /// The cue verb a vocabulary word is.
    #[inline]
    pub fn verb(&self, id: WordId) -> Option<VerbCue> {
        self.verbs.get(id.0 as usize).copied().flatten()
    }
}

/// A set of vocabulary words: one bit per id.
#[derive(Clone, Debug)]
pub struct IdSet {
    bits: Vec<u64>,
}

impl IdSet {
    /// The ids of the words of `list` that a word token can equal (ignoring ASCII case), or
    /// `None` when one of them is outside the vocabulary (the list is then looked up by text).
    pub fn of(list: &[&str]) -> Option<IdSet> {
        let vocabulary = vocabulary();
        let mut bits = vec![0u64; vocabulary.len().div_ceil(64)];
        for word in list {
            if !is_one_word(word) {
                // No word token can equal it: "service members", "per cent", "".
                continue;
            }
            let id = vocabulary.id_of(word);
            if !id.is_known() {
                return None;
            }
            bits[id.0 as usize / 64] |= 1 << (id.0 % 64);
        }
        Some(IdSet { bits })
    }

    /// True when the word with this id is in the set.
    #[inline]
    pub fn contains(&self, id: WordId) -> bool {
        self.bits
            .get(id.0 as usize / 64)
            .is_some_and(|b| b & (1 << (id.0 % 64)) != 0)
    }
}

/// True when the lexer could read `word` as one word token: letters (or '_'), with
/// apostrophes only between them.
pub fn is_one_word(word: &str) -> bool {
    let letter = |c: char| c.is_alphabetic() || c == '_';
    let mut chars = word.chars().peekable();
    let mut previous_letter = false;
    let mut any = false;
    while let Some(c) = chars.next() {
        if letter(c) {
            previous_letter = true;
            any = true;
        } else if (c == '\'' || c == '’')
            && previous_letter
            && chars.peek().is_some_and(|&d| letter(d))
        {
            previous_letter = false;
        } else {
            return false;
        }
    }
    any
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_vocabulary_holds_the_text_stage_lists() {
        let v = vocabulary();
        for list in [
            nouns::STOP,
            nouns::WEEKDAYS,
            cues::PRONOUNS,
            cues::PERSON_WORDS,
        ] {
            assert!(IdSet::of(list).is_some());
        }
        assert!(v.id_of("said").is_known());
        assert_eq!(v.id_of("SAID"), v.id_of("said"));
        assert!(!v.id_of(&"zq".repeat(3)).is_known());
        assert!(v.classes(v.id_of("the")).has(Classes::STOP));
        assert!(v.classes(v.id_of("people")).has(Classes::PLURAL_NOUN));
        assert_eq!(v.verb(v.id_of("said")), cues::verb("said"));
        assert_eq!(v.word(v.id_of("Said")), Some("said"));
    }

    #[test]
    fn one_word_as_the_lexer_reads_it() {
        assert!(is_one_word("said"));
        assert!(is_one_word("o'clock"));
        assert!(is_one_word("Russia’s"));
        assert!(!is_one_word("service members"));
        assert!(!is_one_word("'s"));
        assert!(!is_one_word("co-op"));
        assert!(!is_one_word(""));
        assert!(!is_one_word("n'"));
    }
}
