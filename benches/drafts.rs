//! Deterministic drafts for the benches, the growth script and the peer comparison, built
//! from the corpus so they read like news: the same text every run, on every machine.
//!
//! - [`distinct`]: realistic prose of a given size in which no two paragraphs are alike (the
//!   corpus articles one after another, every figure's later digits varied per copy, and a
//!   paragraph that would still repeat given a "filed from" line with a made-up town), so the
//!   engine's block cache cannot make the measurement trivial.
//! - [`repeated_seed`]: the seed article repeated as is (issue 2's ×300 and ×3,000).
//! - [`same_figure`]: one claim repeated `n` times in distinct paragraphs: the conflict
//!   ledger's worst case.
//!
//! Shared by `benches/*.rs` (through `#[path]`) and `examples/draft.rs`.

#![allow(dead_code)] // each user takes part

use std::collections::HashSet;

/// The corpus drafts the prose is made of (plain text; CRLF normalised when read).
const SOURCES: &[&str] = &[
    include_str!("../tests/corpus/ukraine-losses.txt"),
    include_str!("../tests/corpus/central-bank.txt"),
    include_str!("../tests/corpus/council-budget.txt"),
    include_str!("../tests/corpus/court-report.txt"),
    include_str!("../tests/corpus/crime-figures.txt"),
    include_str!("../tests/corpus/eu-summit.txt"),
    include_str!("../tests/corpus/hospital-waiting.txt"),
    include_str!("../tests/corpus/housing-prices.txt"),
    include_str!("../tests/corpus/india-budget.txt"),
    include_str!("../tests/corpus/japan-exports-cjk.txt"),
    include_str!("../tests/corpus/marathon-crlf.txt"),
    include_str!("../tests/corpus/migration-figures.txt"),
    include_str!("../tests/corpus/recall-cars.txt"),
    include_str!("../tests/corpus/school-results.txt"),
    include_str!("../tests/corpus/storm-weather.txt"),
    include_str!("../tests/corpus/transport-strike.txt"),
    include_str!("../tests/corpus/wildfire-us.txt"),
    include_str!("../tests/corpus/wire-quake.txt"),
    include_str!("../tests/corpus/conflicts-money.txt"),
    include_str!("../tests/corpus/conflicts-scope.txt"),
    include_str!("../tests/corpus/conflicts-tanks.txt"),
    include_str!("../tests/corpus/carry-over.txt"),
];

/// The seed article (tests/corpus/ukraine-losses.txt).
pub const SEED: &str = include_str!("../tests/corpus/ukraine-losses.txt");

/// The seed article repeated `n` times as is, blank lines between copies.
pub fn repeated_seed(n: usize) -> String {
    let mut text = String::with_capacity((SEED.len() + 2) * n);
    for _ in 0..n {
        text.push_str(SEED);
        text.push_str("\n\n");
    }
    text
}

/// At least `bytes` bytes of news prose (whole paragraphs) in which every paragraph is unique.
pub fn distinct(bytes: usize) -> String {
    let paragraphs: Vec<String> = SOURCES
        .iter()
        .flat_map(|s| {
            s.replace("\r\n", "\n")
                .split("\n\n")
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect();
    let mut text = String::with_capacity(bytes + 4096);
    let mut seen = HashSet::new();
    let mut town = 0usize;
    let mut copy = 0u64;
    while text.len() < bytes {
        for (index, paragraph) in paragraphs.iter().enumerate() {
            let mut varied = vary_digits(paragraph, copy, index as u64);
            while !seen.insert(hash(&varied)) {
                varied.push_str(" The report was filed from ");
                varied.push_str(&town_name(town));
                varied.push('.');
                town += 1;
            }
            text.push_str(&varied);
            text.push_str("\n\n");
            if text.len() >= bytes {
                break;
            }
        }
        copy += 1;
    }
    text
}

/// One attributed claim about the same quantity, `n` times, in paragraphs of ten sentences
/// each made unique by a figure-free opening sentence.
pub fn same_figure(n: usize) -> String {
    const SENTENCE: &str = "Russia has lost over 450 tanks, the General Staff said.";
    let mut text = String::with_capacity(n * (SENTENCE.len() + 2) + n / 10 * 48);
    for i in 0..n {
        if i % 10 == 0 {
            if i > 0 {
                text.push_str("\n\n");
            }
            text.push_str("Dispatch from ");
            text.push_str(&town_name(i / 10));
            text.push('.');
        }
        text.push(' ');
        text.push_str(SENTENCE);
    }
    text.push('\n');
    text
}

/// Every digit after the first of each run of digits replaced by a pseudo-random digit that
/// depends on the copy, the paragraph and the place: the shape of every figure (separators,
/// length, leading digit) stays, its value changes.
fn vary_digits(paragraph: &str, copy: u64, index: u64) -> String {
    if copy == 0 {
        return paragraph.to_owned();
    }
    let mut state = copy
        .wrapping_mul(0x9E37_79B9_7F4A_7C15)
        .wrapping_add(index.wrapping_mul(0xBF58_476D_1CE4_E5B9))
        | 1;
    let mut out = String::with_capacity(paragraph.len());
    let mut previous_digit = false;
    for c in paragraph.chars() {
        if c.is_ascii_digit() && previous_digit {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            out.push(char::from(b'0' + (state % 10) as u8));
        } else {
            out.push(c);
        }
        previous_digit = c.is_ascii_digit() || (previous_digit && c == ',');
    }
    out
}

/// A made-up English town name, a different one for every `n`.
fn town_name(mut n: usize) -> String {
    const FIRST: [&str; 20] = [
        "Ash", "Bel", "Cor", "Dun", "El", "Fen", "Gar", "Hal", "Ire", "Kel", "Lin", "Mor", "Nor",
        "Pen", "Ros", "Sel", "Tam", "Ul", "Wen", "Yar",
    ];
    const MIDDLE: [&str; 10] = [
        "ber", "den", "ling", "mar", "ton", "bridge", "wor", "stan", "ham", "ford",
    ];
    const LAST: [&str; 10] = [
        "wick", "bury", "ford", "ham", "ley", "mouth", "stead", "by", "field", "gate",
    ];
    let mut name = String::from(FIRST[n % 20]);
    n /= 20;
    let last = LAST[n % 10];
    n /= 10;
    while n > 0 {
        name.push_str(MIDDLE[n % 10]);
        n /= 10;
    }
    name.push_str(last);
    name
}

fn hash(text: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    text.hash(&mut hasher);
    hasher.finish()
}

/// The first `words` words' worth of `text`, cut at a paragraph break.
pub fn first_words(text: &str, words: usize) -> String {
    let mut out = String::new();
    let mut count = 0;
    for paragraph in text.split("\n\n") {
        if count >= words {
            break;
        }
        count += paragraph.split_whitespace().count();
        out.push_str(paragraph);
        out.push_str("\n\n");
    }
    out
}
