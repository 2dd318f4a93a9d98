//! Fast lookups for the per-word hot paths: hash sets built once from the word-list constants
//! (which stay the single place words are listed), and lower-casing that allocates only when
//! a word actually changes. Semantics match the linear scans they replace exactly.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

/// foldhash with a fixed seed: fast on short words and deterministic from run to run.
pub type FastState = foldhash::fast::FixedState;
/// A `HashSet` with [`FastState`].
pub type FastSet<T> = HashSet<T, FastState>;
/// A `HashMap` with [`FastState`].
pub type FastMap<K, V> = HashMap<K, V, FastState>;

/// `word.to_lowercase()`, borrowed when the word is already lower-case ASCII (most words).
pub fn lower(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

/// `word.to_ascii_lowercase()`, borrowed when nothing changes.
pub fn ascii_lower(word: &str) -> Cow<'_, str> {
    if word.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(word.to_ascii_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// A set of words built once from a word-list constant.
#[derive(Clone, Debug)]
pub struct WordSet {
    words: FastSet<&'static str>,
    /// The longest entry in bytes: longer words are rejected without hashing.
    longest: usize,
    /// The first bytes of the entries, ASCII lower-cased: other words are rejected without
    /// hashing.
    first: [bool; 256],
}

impl WordSet {
    /// The words of `list`, compared exactly (`list.contains(&word)`).
    pub fn new(list: &[&'static str]) -> Self {
        let mut first = [false; 256];
        for word in list {
            if let Some(b) = word.bytes().next() {
                first[usize::from(b.to_ascii_lowercase())] = true;
            }
        }
        WordSet {
            words: list.iter().copied().collect(),
            longest: list.iter().map(|w| w.len()).max().unwrap_or(0),
            first,
        }
    }

    /// Cheap necessary conditions for membership (ignoring ASCII case).
    fn may_hold(&self, word: &str) -> bool {
        word.len() <= self.longest
            && word
                .bytes()
                .next()
                .is_none_or(|b| self.first[usize::from(b.to_ascii_lowercase())])
    }

    /// True when `word` is in the list, exactly as `list.contains(&word)`.
    pub fn contains(&self, word: &str) -> bool {
        self.may_hold(word) && self.words.contains(word)
    }

    /// True when `word` equals an entry ignoring ASCII case, as
    /// `list.iter().any(|w| word.eq_ignore_ascii_case(w))` for a list of lower-case entries.
    pub fn contains_ignore_ascii_case(&self, word: &str) -> bool {
        self.may_hold(word) && self.words.contains(ascii_lower(word).as_ref())
    }
}

/// A map from each word of a list to the first group it appears in, as a linear
/// `groups.iter().find(|(_, words)| words.contains(&word))` would give.
pub fn first_group_of<G: Copy>(groups: &[(G, &[&'static str])]) -> FastMap<&'static str, G> {
    let mut map = FastMap::default();
    for (group, words) in groups {
        for word in *words {
            map.entry(*word).or_insert(*group);
        }
    }
    map
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_borrows_only_unchanged_ascii() {
        assert!(matches!(lower("tanks"), Cow::Borrowed("tanks")));
        assert_eq!(lower("Russia’s"), "russia’s");
        assert_eq!(lower("ÉTAT"), "état");
        assert_eq!(lower("財務省"), "財務省");
        assert_eq!(ascii_lower("ÉTAT"), "État");
    }

    #[test]
    fn caseless_lookup_matches_the_linear_scan() {
        const LIST: &[&str] = &["said", "according", "per"];
        let set = WordSet::new(LIST);
        for word in ["said", "SAID", "Said", "saidx", "", "Per", "pér", "🚗"] {
            assert_eq!(
                set.contains_ignore_ascii_case(word),
                LIST.iter().any(|w| word.eq_ignore_ascii_case(w)),
                "{word}"
            );
            assert_eq!(set.contains(word), LIST.contains(&word), "{word}");
        }
    }

    #[test]
    fn first_group_wins() {
        const A: &[&str] = &["killed", "dead"];
        const B: &[&str] = &["dead", "wounded"];
        let map = first_group_of(&[("killed", A), ("wounded", B)]);
        assert_eq!(map.get("dead"), Some(&"killed"));
        assert_eq!(map.get("wounded"), Some(&"wounded"));
    }
}
