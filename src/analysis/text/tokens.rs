//! A small lexer for prose: words, numbers (digits with their separators and decimals) and
//! single punctuation characters, each with its byte span and whether whitespace precedes it.
//! URLs, e-mail addresses, handles and hashtags become one opaque token, so the digits inside
//! them are never taken for figures.

use crate::analysis::text::cues::VerbCue;
use crate::analysis::text::lookup::{self, fold_key};
use crate::analysis::text::nouns;
use crate::analysis::text::span::Span;
use crate::analysis::text::vocabulary::{Classes, Vocabulary, WordId, vocabulary};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// A run of letters, with inner apostrophes ("Russia’s") but not hyphens.
    Word,
    /// Digits with thousands separators and decimals: "14,400", "14 400", "3.5".
    Number,
    /// One character that is neither a letter, a digit nor whitespace.
    Punct,
    /// A URL, e-mail address, @handle or #hashtag.
    Opaque,
}

/// One token of a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
    /// Whitespace separates this token from the previous one.
    pub space_before: bool,
    /// A line break separates this token from the previous one.
    pub newline_before: bool,
    /// A word starting with an upper-case letter (asked of nearly every word, so kept).
    pub capitalised: bool,
}

impl Token {
    /// The token's text.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        self.span.of(text)
    }

    /// True for a word token.
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// True for a number token.
    pub fn is_number(&self) -> bool {
        self.kind == TokenKind::Number
    }

    /// The punctuation character, for a punctuation token.
    #[inline]
    pub fn punct(&self, text: &str) -> Option<char> {
        if self.kind != TokenKind::Punct {
            return None;
        }
        // ASCII punctuation (nearly all) from its byte, without decoding; `text` may be another
        // than the one lexed, so the whole span is checked as `Span::of` does.
        match text.as_bytes().get(self.span.start) {
            Some(&b) if b < 0x80 && self.span.end == self.span.start + 1 => Some(char::from(b)),
            _ => self.span.of(text).chars().next(),
        }
    }
}

/// What the lexer works out once about a word token, so that the rules' questions about it
/// ("is it 'said'?", "is it in this list?", "is it a stop word?") are answered by comparing
/// integers instead of lower-casing and comparing its text again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WordInfo {
    /// The word's packed key, ASCII lower-cased ([`lookup::fold_key`]): equal keys are equal
    /// words ignoring ASCII case. 0 for a token that is not a word, [`LONG`] for a word of
    /// more than 15 bytes (compared by its text).
    pub key: u128,
    /// Its lower-case form's id in the engine's vocabulary.
    pub id: WordId,
    /// Its word classes ([`Classes`]).
    pub classes: Classes,
}

/// The key of a word too long to pack.
pub const LONG: u128 = u128::MAX;

impl WordInfo {
    /// Not a word.
    const NONE: WordInfo = WordInfo {
        key: 0,
        id: WordId::NONE,
        classes: Classes(0),
    };

    /// The annotations of a word token's text; `ascii`: the word is ASCII (the lexer knows).
    #[inline]
    fn of(word: &str, capitalised: bool, ascii: bool, vocabulary: &Vocabulary) -> WordInfo {
        let (key, id) = match fold_key(word.as_bytes()) {
            Some(key) => (key, vocabulary.id_of_key(key)),
            None => (LONG, vocabulary.id_of(word)),
        };
        let mut classes = vocabulary.classes(id).0;
        if !id.is_known() && ascii && plural_by_ending(word.as_bytes()) {
            // The plural-noun test is a list and a suffix rule: words outside the lists are
            // plural by their ending.
            classes |= Classes::PLURAL_NOUN;
        }
        if capitalised {
            classes |= Classes::CAPITALISED;
        }
        if ascii {
            classes |= Classes::ASCII;
        }
        WordInfo {
            key,
            id,
            classes: Classes(classes),
        }
    }
}

/// [`nouns::is_plural_noun`] of an ASCII word outside the vocabulary (so outside its lists of
/// irregular plurals and of words in "-s" that are not plural): at least three letters, ending
/// in "s" but not "ss", "us" or "is".
fn plural_by_ending(word: &[u8]) -> bool {
    let lower = |k: usize| word[word.len() - k].to_ascii_lowercase();
    word.len() >= 3
        && lower(1) == b's'
        && !matches!(lower(2), b's' | b'u' | b'i')
        && word.iter().all(u8::is_ascii_alphabetic)
}

/// A text split into tokens, with helpers for looking around a position.
#[derive(Clone, Debug)]
pub struct Tokens<'a> {
    pub text: &'a str,
    pub list: Vec<Token>,
    /// The annotations of each token (parallel to `list`).
    info: Vec<WordInfo>,
}

impl<'a> Tokens<'a> {
    /// Tokenises `text`, annotating each word once.
    pub fn new(text: &'a str) -> Self {
        let (list, info) = lex(text);
        Tokens { text, list, info }
    }

    /// The annotations of token `i` (those of no word past the end or for a token that is not
    /// a word).
    #[inline]
    pub fn info(&self, i: usize) -> WordInfo {
        self.info.get(i).copied().unwrap_or(WordInfo::NONE)
    }

    /// The vocabulary id of word `i`'s lower-case form ([`WordId::NONE`] outside the
    /// vocabulary, or for a token that is not a word).
    #[inline]
    pub fn word_id(&self, i: usize) -> WordId {
        self.info(i).id
    }

    /// The word classes of token `i` (none for a token that is not a word).
    #[inline]
    pub fn classes(&self, i: usize) -> Classes {
        self.info(i).classes
    }

    /// True when token `i` is a stop word ([`nouns::is_stop`] of its lower-case form).
    #[inline]
    pub fn is_stop(&self, i: usize) -> bool {
        let info = self.info(i);
        if info.classes.has(Classes::ASCII) || info.key == 0 {
            info.classes.has(Classes::STOP)
        } else {
            nouns::is_stop(&lookup::lower(self.text_of(i)))
        }
    }

    /// True when word `i` is a plural noun ([`nouns::is_plural_noun`] of its lower-case form).
    #[inline]
    pub fn is_plural_noun(&self, i: usize) -> bool {
        let info = self.info(i);
        if info.classes.has(Classes::ASCII) || info.key == 0 {
            info.classes.has(Classes::PLURAL_NOUN)
        } else {
            nouns::is_plural_noun(&lookup::lower(self.text_of(i)))
        }
    }

    /// The cue verb word `i` is ([`cues::verb`](crate::analysis::text::cues::verb) of its
    /// lower-case form).
    #[inline]
    pub fn verb(&self, i: usize) -> Option<VerbCue> {
        let info = self.info(i);
        if info.classes.has(Classes::ASCII) || info.key == 0 {
            if info.classes.has(Classes::CUE_VERB) {
                vocabulary().verb(info.id)
            } else {
                None
            }
        } else {
            crate::analysis::text::cues::verb(&lookup::lower(self.text_of(i)))
        }
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// True when there are no tokens.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The token at `i`, if any.
    pub fn get(&self, i: usize) -> Option<&Token> {
        self.list.get(i)
    }

    /// The text of token `i`, or "" past the end.
    #[inline]
    pub fn text_of(&self, i: usize) -> &'a str {
        self.list.get(i).map_or("", |t| t.span.of(self.text))
    }

    /// True when token `i` is a word equal to `word`, ignoring ASCII case.
    ///
    /// One comparison of the token's key with the word's (a constant when `word` is).
    #[inline(always)]
    pub fn word_is(&self, i: usize, word: &str) -> bool {
        let Some(info) = self.info.get(i) else {
            return false;
        };
        match fold_key(word.as_bytes()) {
            // The empty word packs to 0, the key of every token that is not a word.
            Some(key) => key == info.key && !word.is_empty(),
            None => info.key == LONG && self.text_of(i).eq_ignore_ascii_case(word),
        }
    }

    /// True when token `i` is a word in `words`, ignoring ASCII case.
    ///
    /// Word lists are constants: each is a set of vocabulary ids built once (keyed by the
    /// list's address, which a `'static` slice keeps for good), so this is one bit test on the
    /// id the lexer gave the word. A list with a word outside the vocabulary is looked up by
    /// the token's text instead.
    #[inline(always)]
    pub fn word_in(&self, i: usize, words: &'static [&'static str]) -> bool {
        let Some(info) = self.info.get(i) else {
            return false;
        };
        if info.key == 0 {
            return false;
        }
        match lookup::list_ids(words) {
            Some(ids) => ids.contains(info.id),
            None => lookup::in_list_ignore_ascii_case(words, self.text_of(i)),
        }
    }

    /// True when the word at `i`, lower-cased, is on `list` (a list of lower-case words): an
    /// ASCII word by its vocabulary id ([`Tokens::word_in`]), any other by its lower-case text.
    #[inline]
    pub fn lower_in(&self, i: usize, list: &'static [&'static str]) -> bool {
        if self.classes(i).has(Classes::ASCII) {
            self.word_in(i, list)
        } else {
            lookup::in_list(list, lookup::lower(self.text_of(i)).as_ref())
        }
    }

    /// The punctuation character at `i`, if token `i` is punctuation.
    #[inline]
    pub fn punct(&self, i: usize) -> Option<char> {
        self.list.get(i).and_then(|t| t.punct(self.text))
    }

    /// True when token `i` exists and touches the previous token (no whitespace between).
    pub fn attached(&self, i: usize) -> bool {
        i > 0 && self.list.get(i).is_some_and(|t| !t.space_before)
    }

    /// True when the word at `i` starts with an upper-case letter.
    pub fn is_capitalised(&self, i: usize) -> bool {
        self.list.get(i).is_some_and(|t| t.capitalised)
    }

    /// Index of the first token starting at or after byte `offset`.
    pub fn index_at(&self, offset: usize) -> usize {
        self.list.partition_point(|t| t.span.start < offset)
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || c == '_'
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Non-breaking and thin spaces used as thousands separators ("14 400").
fn is_group_space(c: char) -> bool {
    matches!(c, '\u{00A0}' | '\u{202F}' | '\u{2009}' | ' ')
}

/// The start of the chunk holding the '@' at `at`: just past the last whitespace or closing
/// mark before it (what [`opaque_end`] ends a chunk at). An e-mail address can only start at
/// or after it, since its chunk must reach the '@'.
fn chunk_start_before(text: &str, at: usize) -> usize {
    text[..at]
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || matches!(c, ')' | ']' | '>' | '"' | '”'))
        .map_or(0, |(k, c)| k + c.len_utf8())
}

/// The end of a word starting at `start` whose first character is `width` bytes wide, and
/// whether every character after the first is ASCII.
#[inline]
fn word_end(text: &str, start: usize, width: usize) -> (usize, bool) {
    let bytes = text.as_bytes();
    let mut i = start + width;
    let mut ascii = true;
    while i < bytes.len() {
        // Eight bytes at a time while they are all ASCII letters or '_' (most of a word's),
        // then on to the first that is not.
        if let Some(chunk) = bytes.get(i..i + 8) {
            let mut eight = [0u8; 8];
            eight.copy_from_slice(chunk);
            let stops = non_word_bytes(u64::from_le_bytes(eight));
            if stops == 0 {
                i += 8;
                continue;
            }
            i += (stops.trailing_zeros() / 8) as usize;
        } else if bytes[i].is_ascii_alphabetic() || bytes[i] == b'_' {
            i += 1;
            continue;
        }
        let b = bytes[i];
        // Any other ASCII byte but an apostrophe ends the word: it is no letter.
        if b < 0x80 && b != b'\'' {
            break;
        }
        let Some(d) = text[i..].chars().next() else {
            break;
        };
        let inner_apostrophe = is_apostrophe(d)
            && text[i + d.len_utf8()..]
                .chars()
                .next()
                .is_some_and(is_word_char);
        if is_word_char(d) || inner_apostrophe {
            ascii &= d.is_ascii();
            i += d.len_utf8();
        } else {
            break;
        }
    }
    (i, ascii)
}

/// The high bit of each of eight bytes (little-endian) that is neither an ASCII letter nor
/// '_' (so also of every byte of a multi-byte character); 0 when all eight are.
#[inline(always)]
fn non_word_bytes(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Letters folded to lower case, on seven bits (no carries across bytes below).
    let folded = (x | (ONES * 0x20)) & !HIGH;
    let at_least_a = (folded + ONES * (0x80 - u64::from(b'a'))) & HIGH;
    let above_z = (folded + ONES * (0x80 - u64::from(b'z') - 1)) & HIGH;
    let letter = at_least_a & !above_z & !x;
    // '_': a zero byte of x ^ '_'s, found exactly (high bit set where the byte is not zero).
    let t = x ^ (ONES * u64::from(b'_'));
    let nonzero = (((t & !HIGH) + !HIGH) | t) & HIGH;
    let underscore = !nonzero & HIGH;
    !(letter | underscore) & HIGH
}

/// The tokens of `text` and the annotations of each (one pass: a word is annotated as it is
/// lexed).
fn lex(text: &str) -> (Vec<Token>, Vec<WordInfo>) {
    let vocabulary = vocabulary();
    // About one token per five bytes in prose; tables and lists of figures run denser, so
    // room for one per four (growing the vectors copies them).
    let mut tokens = Vec::with_capacity(text.len() / 4 + 4);
    let mut info = Vec::with_capacity(text.len() / 4 + 4);
    let mut i = 0;
    let mut space_before = false;
    let mut newline_before = false;
    // The next '@' at or after `i`: an e-mail address needs one, so the search for one is
    // skipped while there is none ahead, and in every chunk before the one holding it.
    let mut next_at = memchr::memchr(b'@', text.as_bytes());
    let mut at_chunk = next_at.map_or(usize::MAX, |at| chunk_start_before(text, at));
    let bytes = text.as_bytes();
    while i < text.len() {
        // ASCII, nearly all of an English draft, is classified from the byte.
        let c = match bytes[i] {
            b' ' => {
                space_before = true;
                i += 1;
                continue;
            }
            b @ 0..0x80 => char::from(b),
            _ => match text[i..].chars().next() {
                Some(c) => c,
                None => break,
            },
        };
        let width = c.len_utf8();
        if c.is_whitespace() {
            space_before = true;
            if c == '\n' || c == '\r' {
                newline_before = true;
            }
            i += width;
            continue;
        }
        let start = i;
        if next_at.is_some_and(|at| at < i) {
            next_at = memchr::memchr(b'@', &text.as_bytes()[i..]).map(|k| i + k);
            at_chunk = next_at.map_or(usize::MAX, |at| chunk_start_before(text, at));
        }
        let at_ahead = next_at.is_some() && i >= at_chunk;
        // Only these can open a URL ("http", "www"), handle, hashtag or e-mail address.
        let next_lower = bytes.get(i + 1).map(u8::to_ascii_lowercase);
        let may_be_opaque = match c {
            'h' | 'H' => next_lower == Some(b't'),
            'w' | 'W' => next_lower == Some(b'w'),
            '@' | '#' => true,
            _ => false,
        } || (at_ahead && c.is_alphanumeric());
        let mut ascii = c.is_ascii();
        let kind = if may_be_opaque && let Some(end) = opaque_end(text, i, at_ahead) {
            i = end;
            TokenKind::Opaque
        } else if c.is_ascii_digit() {
            i = number_end(text, i);
            TokenKind::Number
        } else if is_word_char(c) {
            let (end, rest_ascii) = word_end(text, i, width);
            ascii &= rest_ascii;
            i = end;
            TokenKind::Word
        } else {
            i += width;
            TokenKind::Punct
        };
        let capitalised = kind == TokenKind::Word && c.is_uppercase();
        tokens.push(Token {
            span: Span::new(start, i),
            kind,
            space_before,
            newline_before,
            capitalised,
        });
        info.push(if kind == TokenKind::Word {
            WordInfo::of(&text[start..i], capitalised, ascii, vocabulary)
        } else {
            WordInfo::NONE
        });
        space_before = false;
        newline_before = false;
    }
    (tokens, info)
}

/// End of a number starting at `start`: digits, then comma- or space-separated groups of
/// three, then one decimal part.
fn number_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let digits_from = |at: usize| -> usize {
        let mut j = at;
        while j < bytes.len() && bytes[j].is_ascii_digit() {
            j += 1;
        }
        j - at
    };
    let lead = digits_from(start);
    let mut i = start + lead;
    let mut grouped = false;
    // Comma groups: "14,400", "1,200,000".
    while i < bytes.len() && bytes[i] == b',' && digits_from(i + 1) == 3 && lead <= 3 {
        i += 4;
        grouped = true;
    }
    // Space groups: "14 400", with non-breaking, thin or plain spaces, only after one to
    // three digits and only when every group has exactly three digits.
    if !grouped && lead <= 3 {
        while let Some(c) = text[i..].chars().next() {
            if !is_group_space(c) {
                break;
            }
            let after = i + c.len_utf8();
            if digits_from(after) == 3 && !text[after + 3..].starts_with(['.', ',']) {
                i = after + 3;
            } else {
                break;
            }
        }
    }
    // A decimal part: "3.5", "1,200.75".
    if i + 1 < bytes.len() && bytes[i] == b'.' && bytes[i + 1].is_ascii_digit() {
        i += 1 + digits_from(i + 1);
    }
    i
}

/// End of a URL, e-mail address, @handle or #hashtag starting at `start`, if one does.
/// `at_ahead`: the text holds an '@' at or after `start` (else no e-mail address can start).
fn opaque_end(text: &str, start: usize, at_ahead: bool) -> Option<usize> {
    let rest = &text[start..];
    let chunk_end = |from: usize| {
        start
            + from
            + rest[from..]
                .find(|c: char| c.is_whitespace() || matches!(c, ')' | ']' | '>' | '"' | '”'))
                .unwrap_or(rest.len() - from)
    };
    let lower_starts = |p: &str| {
        rest.len() >= p.len()
            && rest.is_char_boundary(p.len())
            && rest[..p.len()].eq_ignore_ascii_case(p)
    };
    if lower_starts("http://") || lower_starts("https://") || lower_starts("www.") {
        let mut end = chunk_end(0);
        // A sentence's full stop or comma after a URL is not part of it.
        while end > start && text[..end].ends_with(['.', ',', ';', ':', '!', '?']) {
            end -= 1;
        }
        return Some(end);
    }
    let first = rest.chars().next()?;
    if (first == '@' || first == '#')
        && rest[1..]
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
        && !text[..start].ends_with(|c: char| c.is_alphanumeric())
    {
        let mut end = start + 1;
        while let Some(c) = text[end..].chars().next() {
            if c.is_alphanumeric() || c == '_' {
                end += c.len_utf8();
            } else {
                break;
            }
        }
        // "#1" and "#10" are ranks, not hashtags: keep them as punctuation and a number.
        if text[start + 1..end].chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        return Some(end);
    }
    if first.is_alphanumeric() && at_ahead {
        // An e-mail address: a word chunk holding '@' followed by a dotted domain.
        let end = chunk_end(0);
        let chunk = &text[start..end];
        if let Some(at) = chunk.find('@')
            && at > 0
            && chunk[at + 1..].contains('.')
            && !chunk[..at].contains(|c: char| !(c.is_alphanumeric() || "._-+".contains(c)))
        {
            let mut end = end;
            while end > start && text[..end].ends_with(['.', ',', ';', ':']) {
                end -= 1;
            }
            return Some(end);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(&str, TokenKind)> {
        Tokens::new(text)
            .list
            .iter()
            .map(|t| (t.span.of(text), t.kind))
            .collect()
    }

    #[test]
    fn annotations_answer_as_the_word_lists_do() {
        let text = "The Ministry SAID 14,400 troops, Über ones and wolves' dens per_cents Fridays";
        let t = Tokens::new(text);
        for i in 0..t.len() {
            let word = t.text_of(i);
            let is_word = t.get(i).is_some_and(|t| t.is_word());
            let lower = lookup::lower(word);
            assert_eq!(t.is_stop(i), is_word && nouns::is_stop(&lower), "{word}");
            assert_eq!(
                t.is_plural_noun(i),
                is_word && nouns::is_plural_noun(&lower),
                "{word}"
            );
            assert_eq!(
                t.verb(i),
                if is_word {
                    crate::analysis::text::cues::verb(&lower)
                } else {
                    None
                },
                "{word}"
            );
            for probe in ["said", "the", "troops", "über", "per_cents", ""] {
                assert_eq!(
                    t.word_is(i, probe),
                    is_word && word.eq_ignore_ascii_case(probe),
                    "{word} {probe}"
                );
            }
            assert_eq!(
                t.word_in(i, nouns::WEEKDAYS),
                is_word && nouns::WEEKDAYS.iter().any(|w| w.eq_ignore_ascii_case(word)),
                "{word}"
            );
        }
    }

    #[test]
    fn eight_bytes_at_a_time_find_the_same_word_ends() {
        for b in 0..=255u8 {
            let word_byte = b.is_ascii_alphabetic() || b == b'_';
            for at in 0..8 {
                let mut eight = *b"abcdefgh";
                eight[at] = b;
                let stops = non_word_bytes(u64::from_le_bytes(eight));
                let expected = if word_byte { 0 } else { 0x80u64 << (8 * at) };
                assert_eq!(stops, expected, "{b} at {at}");
            }
        }
        for text in [
            "per_cent's Russia’s wolves' dens",
            "abcdefghijklmnop q",
            "a\u{e9}bcdefghij",
        ] {
            let t = Tokens::new(text);
            let slow: Vec<&str> = text
                .split(|c: char| !(c.is_alphabetic() || c == '_' || c == '\'' || c == '’'))
                .filter(|w| !w.is_empty())
                .collect();
            let words: Vec<&str> = (0..t.len())
                .filter(|&i| t.get(i).is_some_and(|x| x.is_word()))
                .map(|i| t.text_of(i))
                .collect();
            assert_eq!(
                words,
                slow.iter()
                    .map(|w| w.trim_end_matches(['\'', '’']))
                    .collect::<Vec<_>>(),
                "{text}"
            );
        }
    }

    #[test]
    fn numbers_keep_separators_and_decimals() {
        let got = kinds("14,400 and 14 400 and 1,200.5 and 3.5.");
        let numbers: Vec<&str> = got
            .iter()
            .filter(|(_, k)| *k == TokenKind::Number)
            .map(|(t, _)| *t)
            .collect();
        assert_eq!(numbers, vec!["14,400", "14 400", "1,200.5", "3.5"]);
    }

    #[test]
    fn a_comma_list_is_not_one_number() {
        let got = kinds("1,2,3");
        assert_eq!(
            got.iter().filter(|(_, k)| *k == TokenKind::Number).count(),
            3
        );
    }

    #[test]
    fn year_then_count_is_not_grouped() {
        let got = kinds("In 2022 400 people");
        assert_eq!(got[1], ("2022", TokenKind::Number));
        assert_eq!(got[2], ("400", TokenKind::Number));
    }

    #[test]
    fn words_keep_apostrophes_and_split_on_hyphens() {
        let got = kinds("Russia’s 45-year-old");
        assert_eq!(got[0], ("Russia’s", TokenKind::Word));
        assert_eq!(got[1], ("45", TokenKind::Number));
        assert_eq!(got[2], ("-", TokenKind::Punct));
    }

    #[test]
    fn urls_emails_and_handles_are_opaque() {
        let got = kinds("See https://un.org/2022/816, mail a.b@un.org or @user123 #tag2022.");
        let opaque: Vec<&str> = got
            .iter()
            .filter(|(_, k)| *k == TokenKind::Opaque)
            .map(|(t, _)| *t)
            .collect();
        assert_eq!(
            opaque,
            vec![
                "https://un.org/2022/816",
                "a.b@un.org",
                "@user123",
                "#tag2022"
            ]
        );
    }

    #[test]
    fn emoji_and_cjk_do_not_break_lexing() {
        let got = kinds("😀 東京 14人");
        assert!(
            got.iter()
                .any(|(t, k)| *t == "14" && *k == TokenKind::Number)
        );
    }
}
