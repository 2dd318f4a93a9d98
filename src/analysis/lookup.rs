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
    /// The same for the last bytes.
    last: [bool; 256],
    /// Bit `n` is set when some entry is `n` bytes long (entries of 64 bytes or more set bit 63).
    lengths: u64,
}

impl WordSet {
    /// The words of `list`, compared exactly (`list.contains(&word)`).
    pub fn new(list: &[&'static str]) -> Self {
        let mut first = [false; 256];
        let mut last = [false; 256];
        let mut lengths = 0u64;
        for word in list {
            if let Some(b) = word.bytes().next() {
                first[usize::from(b.to_ascii_lowercase())] = true;
            }
            if let Some(b) = word.bytes().next_back() {
                last[usize::from(b.to_ascii_lowercase())] = true;
            }
            lengths |= length_bit(word.len());
        }
        WordSet {
            words: list.iter().copied().collect(),
            longest: list.iter().map(|w| w.len()).max().unwrap_or(0),
            first,
            last,
            lengths,
        }
    }

    /// Cheap necessary conditions for membership (ignoring ASCII case): length, first and
    /// last byte.
    pub fn may_hold(&self, word: &str) -> bool {
        let bytes = word.as_bytes();
        word.len() <= self.longest
            && self.lengths & length_bit(word.len()) != 0
            && bytes
                .first()
                .is_none_or(|b| self.first[usize::from(b.to_ascii_lowercase())])
            && bytes
                .last()
                .is_none_or(|b| self.last[usize::from(b.to_ascii_lowercase())])
    }

    /// True when `word` is in the list, exactly as `list.contains(&word)`.
    pub fn contains(&self, word: &str) -> bool {
        self.may_hold(word) && self.words.contains(word)
    }

    /// True when `word` equals an entry ignoring ASCII case, as
    /// `list.iter().any(|w| word.eq_ignore_ascii_case(w))` for a list of lower-case entries.
    pub fn contains_ignore_ascii_case(&self, word: &str) -> bool {
        if !self.may_hold(word) {
            return false;
        }
        // Lower-case into a buffer on the stack: a capitalised word at the start of every
        // sentence must not cost an allocation.
        let mut buffer = [0u8; 64];
        match buffer.get_mut(..word.len()) {
            Some(lowered) => {
                lowered.copy_from_slice(word.as_bytes());
                lowered.make_ascii_lowercase();
                // ASCII lower-casing keeps UTF-8 valid; the fallback never runs.
                std::str::from_utf8(lowered).is_ok_and(|w| self.words.contains(w))
            }
            None => self.words.contains(ascii_lower(word).as_ref()),
        }
    }
}

/// The bit of [`WordSet::lengths`] for a word `len` bytes long.
fn length_bit(len: usize) -> u64 {
    1u64 << len.min(63)
}

/// The [`WordSet`] of a constant word list, built on first use by this thread, passed to `f`
/// with whether every entry is lower-case. The key is the list's address and length: a
/// `'static` slice is never freed, so its address stays its own.
fn with_set_of<R>(list: &'static [&'static str], f: impl FnOnce(&WordSet, bool) -> R) -> R {
    thread_local! {
        static SETS: std::cell::RefCell<FastMap<(usize, usize), (WordSet, bool)>> =
            std::cell::RefCell::new(FastMap::default());
    }
    SETS.with(|sets| {
        let key = (list.as_ptr() as usize, list.len());
        if let Some((set, lower_case)) = sets.borrow().get(&key) {
            return f(set, *lower_case);
        }
        let set = WordSet::new(list);
        let lower_case = list
            .iter()
            .all(|w| !w.bytes().any(|b| b.is_ascii_uppercase()));
        let answer = f(&set, lower_case);
        sets.borrow_mut().insert(key, (set, lower_case));
        answer
    })
}

/// Lists up to this long are scanned: a set lookup costs about as much as eight compares.
const SCAN_LIMIT: usize = 8;

/// `list.contains(&word)` for a constant list, through a set when the list is long.
pub fn in_list(list: &'static [&'static str], word: &str) -> bool {
    if list.len() <= SCAN_LIMIT {
        list.contains(&word)
    } else {
        with_set_of(list, |set, _| set.contains(word))
    }
}

/// `list.iter().any(|w| word.eq_ignore_ascii_case(w))` for a constant list, through a set
/// when the list is long and lower-case.
pub fn in_list_ignore_ascii_case(list: &'static [&'static str], word: &str) -> bool {
    let scan = || list.iter().any(|w| word.eq_ignore_ascii_case(w));
    if list.len() <= SCAN_LIMIT {
        return scan();
    }
    with_set_of(list, |set, lower_case| {
        if lower_case {
            set.contains_ignore_ascii_case(word)
        } else {
            scan()
        }
    })
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
