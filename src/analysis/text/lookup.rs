//! Fast lookups for the per-word hot paths: hash sets built once from the word-list constants
//! (which stay the single place words are listed), and lower-casing that allocates only when
//! a word actually changes. Semantics match the linear scans they replace exactly.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::analysis::text::vocabulary::IdSet;

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

/// `word.to_lowercase()` into `buffer` when the word is ASCII and fits (no allocation for the
/// capitalised word opening every sentence), else as [`lower`].
pub fn lower_in<'a>(word: &'a str, buffer: &'a mut [u8; 64]) -> Cow<'a, str> {
    // One pass: lower-case ASCII (most words) is borrowed as is.
    let mut upper = false;
    for b in word.bytes() {
        if !b.is_ascii() {
            return lower(word);
        }
        upper |= b.is_ascii_uppercase();
    }
    if !upper {
        return Cow::Borrowed(word);
    }
    match buffer.get_mut(..word.len()) {
        Some(lowered) => {
            lowered.copy_from_slice(word.as_bytes());
            lowered.make_ascii_lowercase();
            match std::str::from_utf8(lowered) {
                Ok(lowered) => Cow::Borrowed(lowered),
                // ASCII stays UTF-8: never taken.
                Err(_) => lower(word),
            }
        }
        None => lower(word),
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
    /// Entries of up to [`PACKED`] bytes as packed keys: hashing and comparing one integer is
    /// several times cheaper than a string.
    short: KeyTable<()>,
    /// Longer entries.
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
            short: KeyTable::new(
                list.iter()
                    .filter_map(|w| packed(w.as_bytes(), false))
                    .map(|key| (key, ())),
            ),
            words: list.iter().copied().filter(|w| w.len() > PACKED).collect(),
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
        self.may_hold(word)
            && match packed(word.as_bytes(), false) {
                Some(key) => self.short.get(key).is_some(),
                None => self.words.contains(word),
            }
    }

    /// True when `word` equals an entry ignoring ASCII case, as
    /// `list.iter().any(|w| word.eq_ignore_ascii_case(w))` for a list of lower-case entries.
    pub fn contains_ignore_ascii_case(&self, word: &str) -> bool {
        self.may_hold(word)
            && match packed(word.as_bytes(), true) {
                Some(key) => self.short.get(key).is_some(),
                None => self.words.contains(ascii_lower(word).as_ref()),
            }
    }
}

/// A map from words to values, built once from a map of constants: the same cheap length and
/// letter checks as [`WordSet`] before any hashing, and packed integer keys for short words.
#[derive(Clone, Debug)]
pub struct WordMap<V> {
    filter: WordSet,
    short: KeyTable<V>,
    long: FastMap<&'static str, V>,
}

impl<V: Copy> From<FastMap<&'static str, V>> for WordMap<V> {
    fn from(map: FastMap<&'static str, V>) -> Self {
        let words: Vec<&'static str> = map.keys().copied().collect();
        let mut short = Vec::new();
        let mut long = FastMap::default();
        for (word, value) in map {
            match packed(word.as_bytes(), false) {
                Some(key) => short.push((key, value)),
                None => {
                    long.insert(word, value);
                }
            };
        }
        WordMap {
            filter: WordSet::new(&words),
            short: KeyTable::new(short),
            long,
        }
    }
}

impl<V: Copy> WordMap<V> {
    /// Cheap necessary conditions for `word`, ignoring ASCII case, to be a key: see
    /// [`WordSet::may_hold`].
    pub fn may_hold(&self, word: &str) -> bool {
        self.filter.may_hold(word)
    }

    /// The value of `word` ignoring ASCII case, for a map whose keys are all lower-case (as
    /// `map.iter().find(|(k, _)| word.eq_ignore_ascii_case(k))` would give).
    pub fn get_ignore_ascii_case(&self, word: &str) -> Option<V> {
        if !self.filter.may_hold(word) {
            return None;
        }
        match packed(word.as_bytes(), true) {
            Some(key) => self.short.get(key),
            None => self.long.get(ascii_lower(word).as_ref()).copied(),
        }
    }

    /// The value of `word`, compared exactly.
    pub fn get(&self, word: &str) -> Option<V> {
        if !self.filter.may_hold(word) {
            return None;
        }
        match packed(word.as_bytes(), false) {
            Some(key) => self.short.get(key),
            None => self.long.get(word).copied(),
        }
    }
}

/// A set or map of packed keys ([`packed`]): open addressing over a table at most half full,
/// probed linearly from a multiplicative hash of the key. One multiply and a compare or two
/// per lookup, where a general hash map hashes the key's 16 bytes first.
#[derive(Clone, Debug)]
struct KeyTable<V> {
    /// (key, value); key 0 marks an empty slot.
    slots: Vec<(u128, V)>,
    /// `slots.len() - 1`.
    mask: usize,
    /// The value of key 0 (the empty word's), which cannot be stored in a slot.
    zero: Option<V>,
}

impl<V: Copy> KeyTable<V> {
    /// The table of `entries` (the first value of a key repeated is kept).
    fn new(entries: impl IntoIterator<Item = (u128, V)>) -> Self {
        let entries: Vec<(u128, V)> = entries.into_iter().collect();
        let size = (entries.len() * 2).next_power_of_two().max(8);
        let mask = size - 1;
        let mut slots: Vec<(u128, Option<V>)> = vec![(0, None); size];
        let mut zero = None;
        for (key, value) in entries {
            if key == 0 {
                zero = zero.or(Some(value));
                continue;
            }
            let mut slot = key_slot(key, mask);
            while slots[slot].1.is_some() && slots[slot].0 != key {
                slot = (slot + 1) & mask;
            }
            if slots[slot].1.is_none() {
                slots[slot] = (key, Some(value));
            }
        }
        let filler = slots.iter().find_map(|(_, v)| *v).or(zero);
        let slots = match filler {
            // Empty slots keep key 0 and any value: lookups stop at key 0 without reading it.
            Some(filler) => slots
                .into_iter()
                .map(|(k, v)| (k, v.unwrap_or(filler)))
                .collect(),
            None => Vec::new(),
        };
        KeyTable { slots, mask, zero }
    }

    /// The value of `key`.
    #[inline]
    fn get(&self, key: u128) -> Option<V> {
        if key == 0 {
            return self.zero;
        }
        if self.slots.is_empty() {
            return None;
        }
        let mut slot = key_slot(key, self.mask);
        loop {
            let (k, value) = self.slots[slot];
            if k == key {
                return Some(value);
            }
            if k == 0 {
                return None;
            }
            slot = (slot + 1) & self.mask;
        }
    }
}

/// The home slot of a packed key in a [`KeyTable`].
#[inline(always)]
fn key_slot(key: u128, mask: usize) -> usize {
    let folded = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
    (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40) as usize & mask
}

/// Entries up to this many bytes are packed into a `u128` key: the bytes, then the length in
/// the last byte (so "ab" and "ab\0" differ).
const PACKED: usize = 15;

/// The packed key of `bytes` ASCII lower-cased, if it is at most 15 bytes long: the key the
/// lexer gives each word token and the vocabulary files each word under. Equal keys mean
/// equal words ignoring ASCII case. Inlined, so a constant word's key is a constant.
#[inline(always)]
pub fn fold_key(bytes: &[u8]) -> Option<u128> {
    packed(bytes, true)
}

/// The packed key of `bytes` (ASCII lower-cased when `fold`), if it is short enough.
#[inline(always)]
fn packed(bytes: &[u8], fold: bool) -> Option<u128> {
    let len = bytes.len();
    if len > PACKED {
        return None;
    }
    // Two overlapping fixed-width reads instead of a copy of variable length (a call to
    // memcpy) or a loop: words are short and this runs for most of them.
    let (lo, hi) = if len >= 8 {
        (
            read_u64(&bytes[..8]),
            read_u64(&bytes[len - 8..])
                .checked_shr(8 * (16 - len) as u32)
                .unwrap_or(0),
        )
    } else if len >= 4 {
        let head = u64::from(read_u32(&bytes[..4]));
        let tail = u64::from(read_u32(&bytes[len - 4..])) >> (8 * (8 - len));
        (head | tail << 32, 0)
    } else {
        let mut lo = 0u64;
        for (k, &b) in bytes.iter().enumerate() {
            lo |= u64::from(b) << (8 * k);
        }
        (lo, 0)
    };
    let (lo, hi) = if fold {
        // Most words fit in `lo`: an empty `hi` stays empty.
        let hi = if hi == 0 { 0 } else { ascii_lower_u64(hi) };
        (ascii_lower_u64(lo), hi)
    } else {
        (lo, hi)
    };
    // At most 15 bytes: the length goes in the last byte, so "ab" and "ab\0" differ.
    Some(u128::from(lo) | u128::from(hi) << 64 | (len as u128) << 120)
}

#[inline(always)]
fn read_u64(bytes: &[u8]) -> u64 {
    let mut word = [0u8; 8];
    word.copy_from_slice(&bytes[..8]);
    u64::from_le_bytes(word)
}

#[inline(always)]
fn read_u32(bytes: &[u8]) -> u32 {
    let mut word = [0u8; 4];
    word.copy_from_slice(&bytes[..4]);
    u32::from_le_bytes(word)
}

/// ASCII lower-casing of eight bytes at once: 0x20 added to every byte from 'A' to 'Z',
/// nothing else changed (bytes of 0x80 and above, UTF-8's, are left alone).
#[inline(always)]
fn ascii_lower_u64(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let ascii = !x & HIGH; // high bit set where the byte is ASCII
    let low7 = x & !HIGH;
    // High bit of each byte: byte >= 'A' and byte > 'Z', computed on the low seven bits
    // without carries across bytes.
    let at_least_a = (low7 + ONES * (0x80 - u64::from(b'A'))) & HIGH;
    let above_z = (low7 + ONES * (0x80 - u64::from(b'Z') - 1)) & HIGH;
    let upper = at_least_a & !above_z & ascii;
    x | (upper >> 2)
}

/// The bit of [`WordSet::lengths`] for a word `len` bytes long.
fn length_bit(len: usize) -> u64 {
    1u64 << len.min(63)
}

/// The [`WordSet`] of a constant word list, built once, with whether every entry is
/// lower-case and the list's ids in the vocabulary. The key is the list's address and length:
/// a `'static` slice is never freed, so its address stays its own. Each list's set is built
/// and leaked once (the lists are a fixed set of constants). An open-addressed table of
/// write-once slots, indexed directly by the address, finds it again in a few instructions
/// without a lock; a locked map behind
/// it serves a list whose probe sequence is full.
#[inline]
fn set_of(list: &'static [&'static str]) -> &'static ListSet {
    let key = (list.as_ptr() as usize, list.len());
    // The address in units of 16 bytes (one `&str`), taken modulo the table: two lists
    // that do not overlap start at least 16 bytes apart, so lists that all lie within
    // `16 * LIST_SLOTS` bytes of each other (the constants of one binary's read-only data) never
    // share a home slot. A hash of the address would make collisions a matter of link layout,
    // and a colliding list that is looked up often pays the slow path on every call.
    let home = (key.0 >> 4) % LIST_SLOTS;
    // Nearly always found in its home slot.
    if let Some(found) = LIST_TABLE[home].get()
        && found.key == key
    {
        return found;
    }
    set_of_slow(list, key, home)
}

/// Slots of the table of list sets: a power of two, spanning 1 MiB of addresses. The table
/// (16 bytes a slot) is read directly by every lookup: an index of smaller slots in front of it
/// would cost each lookup more instructions than the memory it saves is worth.
const LIST_SLOTS: usize = 1 << 16;

/// The table of list sets: see [`set_of`].
static LIST_TABLE: [OnceLock<&'static ListSet>; LIST_SLOTS] =
    [const { OnceLock::new() }; LIST_SLOTS];

/// [`set_of`] past the home slot: the rest of the probe sequence, else the locked map (which
/// builds the list's set the first time).
#[cold]
#[inline(never)]
fn set_of_slow(
    list: &'static [&'static str],
    key: (usize, usize),
    home: usize,
) -> &'static ListSet {
    use std::sync::{Mutex, PoisonError};
    const PROBES: usize = 8;
    static ALL: Mutex<Option<FastMap<(usize, usize), &'static ListSet>>> = Mutex::new(None);

    for probe in 0..PROBES {
        match LIST_TABLE[(home + probe) % LIST_SLOTS].get() {
            Some(found) if found.key == key => return found,
            Some(_) => continue,
            // Slots fill in probe order under the lock: past an empty one the list is not.
            None => break,
        }
    }
    let mut all = ALL.lock().unwrap_or_else(PoisonError::into_inner);
    let found: &'static ListSet = all
        .get_or_insert_with(FastMap::default)
        .entry(key)
        .or_insert_with(|| {
            Box::leak(Box::new(ListSet {
                key,
                list,
                set: OnceLock::new(),
                lower_case: list
                    .iter()
                    .all(|w| !w.bytes().any(|b| b.is_ascii_uppercase())),
                ids: IdSet::of(list),
            }))
        });
    // Placed in the first free slot of its probe sequence, unless it is there already (a
    // reader that found the list missing may have raced another to the lock).
    for probe in 0..PROBES {
        let slot = &LIST_TABLE[(home + probe) % LIST_SLOTS];
        match slot.get() {
            Some(there) if there.key == key => break,
            Some(_) => continue,
            None => {
                let _ = slot.set(found);
                break;
            }
        }
    }
    found
}

/// A constant list's set, as [`set_of`] keeps it.
struct ListSet {
    key: (usize, usize),
    list: &'static [&'static str],
    /// Built on first use: most lists are only ever looked up through their ids.
    set: OnceLock<WordSet>,
    lower_case: bool,
    /// The list as vocabulary ids, when every word of it is in the vocabulary.
    ids: Option<IdSet>,
}

impl ListSet {
    /// The list's [`WordSet`].
    fn set(&self) -> &WordSet {
        self.set.get_or_init(|| WordSet::new(self.list))
    }
}

/// The vocabulary ids of a constant list's words, when every one of them that a word token
/// can equal is in the vocabulary (then a word token is in the list, ignoring ASCII case, when
/// its id is in this set).
#[inline]
pub fn list_ids(list: &'static [&'static str]) -> Option<&'static IdSet> {
    set_of(list).ids.as_ref()
}

/// Lists up to this long are scanned: a set lookup costs about as much as eight compares.
const SCAN_LIMIT: usize = 8;

/// `list.contains(&word)` for a constant list, through a set when the list is long.
pub fn in_list(list: &'static [&'static str], word: &str) -> bool {
    if list.len() <= SCAN_LIMIT {
        list.contains(&word)
    } else {
        set_of(list).set().contains(word)
    }
}

/// `list.iter().any(|w| word.eq_ignore_ascii_case(w))` for a constant list, through a set
/// when the list is long and lower-case.
pub fn in_list_ignore_ascii_case(list: &'static [&'static str], word: &str) -> bool {
    let scan = || list.iter().any(|w| word.eq_ignore_ascii_case(w));
    if list.len() <= SCAN_LIMIT {
        return scan();
    }
    let found = set_of(list);
    if found.lower_case {
        found.set().contains_ignore_ascii_case(word)
    } else {
        scan()
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
        for word in [
            "tanks",
            "Tanks",
            "ÉTAT",
            "Russia’s",
            "",
            "A",
            &"X".repeat(80),
        ] {
            assert_eq!(lower_in(word, &mut [0; 64]), word.to_lowercase(), "{word}");
        }
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

    /// Long lists (through the cached sets) with short, packed and long entries, upper-case
    /// entries, and words that differ only in length or a trailing NUL.
    #[test]
    fn constant_list_lookups_match_the_linear_scan() {
        const LOWER: &[&str] = &[
            "a",
            "ab",
            "said",
            "according",
            "fifteen-letter!",
            "sixteen-letters!",
            "a-much-longer-entry-than-sixteen",
            "état",
            "財務省",
            "x",
            "y",
            "z",
        ];
        const MIXED: &[&str] = &["kW", "MWh", "GB", "mb", "x", "y", "z", "t", "l", "g", "C"];
        let words = [
            "a",
            "A",
            "ab",
            "AB",
            "ab\0",
            "a\0",
            "",
            "said",
            "SAID",
            "saidx",
            "according",
            "Fifteen-Letter!",
            "sixteen-letters!",
            "SIXTEEN-LETTERS!",
            "sixteen-letters",
            "A-MUCH-LONGER-ENTRY-THAN-SIXTEEN",
            "état",
            "ÉTAT",
            "財務省",
            "kw",
            "kW",
            "KW",
            "mwh",
            "MWh",
            "c",
            "C",
            "🚗",
        ];
        for list in [LOWER, MIXED] {
            for word in words {
                assert_eq!(in_list(list, word), list.contains(&word), "{word}");
                assert_eq!(
                    in_list_ignore_ascii_case(list, word),
                    list.iter().any(|w| word.eq_ignore_ascii_case(w)),
                    "{word}"
                );
            }
        }
    }

    #[test]
    fn lists_sharing_a_slot_keep_their_own_sets() {
        // Many distinct lists: some share a slot of the direct-mapped table.
        let lists: Vec<&'static [&'static str]> = (0..2000)
            .map(|n| -> &'static [&'static str] {
                let word: &'static str = Box::leak(format!("word{n}").into_boxed_str());
                Box::leak(vec![word; 9].into_boxed_slice())
            })
            .collect();
        for (n, list) in lists.iter().enumerate() {
            assert!(in_list(list, &format!("word{n}")));
            assert!(!in_list(list, &format!("word{}", n + 1)));
        }
    }

    #[test]
    fn key_tables_hold_every_entry_and_the_empty_word() {
        let mut words: Vec<&'static str> = (0..300)
            .map(|n| -> &'static str { Box::leak(format!("w{n}").into_boxed_str()) })
            .collect();
        words.push("");
        let set = WordSet::new(&words);
        for word in &words {
            assert!(set.contains(word), "{word}");
        }
        assert!(!set.contains("w300"));
        assert!(!WordSet::new(&["abc"]).contains(""));
        assert!(!WordSet::new(&[]).contains("abc"));
    }

    #[test]
    fn word_map_matches_the_hash_map() {
        let mut map: FastMap<&'static str, usize> = FastMap::default();
        for (n, word) in ["said", "says", "a-much-longer-entry-than-sixteen", "état"]
            .into_iter()
            .enumerate()
        {
            map.insert(word, n);
        }
        let words = WordMap::from(map.clone());
        for word in [
            "said",
            "Said",
            "SAYS",
            "A-Much-Longer-Entry-Than-Sixteen",
            "say",
            "a-much-longer-entry-than-sixteen",
            "état",
            "",
            "🚗",
        ] {
            assert_eq!(words.get(word), map.get(word).copied(), "{word}");
            assert_eq!(
                words.get_ignore_ascii_case(word),
                map.iter()
                    .find(|(k, _)| word.eq_ignore_ascii_case(k))
                    .map(|(_, v)| *v),
                "{word}"
            );
        }
    }

    #[test]
    fn packed_keys_fold_like_to_ascii_lowercase() {
        for word in [
            "",
            "a",
            "AB",
            "abc",
            "ABCD",
            "Hello",
            "WORLDS!",
            "@[`{AZaz",
            "MixedCase9",
            "ÉTAT-ÉTÉ",
            "fifteen-letter!",
            "財務省",
        ] {
            let lowered = word.to_ascii_lowercase();
            assert_eq!(
                packed(word.as_bytes(), true),
                packed(lowered.as_bytes(), false),
                "{word}"
            );
        }
        assert_ne!(packed(b"ab", false), packed(b"ab\0", false));
        assert_ne!(packed(b"abcdefgh", false), packed(b"abcdefg", false));
        assert_eq!(packed(b"sixteen-letters!", false), None);
        for b in 0..=255u8 {
            let x = u64::from_le_bytes([b; 8]);
            assert_eq!(
                ascii_lower_u64(x),
                u64::from_le_bytes([b.to_ascii_lowercase(); 8]),
                "{b}"
            );
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
