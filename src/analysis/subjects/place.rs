//! Scopes of place and means: a place named in words ("across the county", "in the town")
//! and the means by which counted people or things were moved ("by boat").

use crate::analysis::subjects::words::List;
use crate::analysis::text::nouns::lemma;
use crate::analysis::text::tokens::Tokens;

/// The means by which the counted things were moved or reached, in the counted noun's clause:
/// "rescued 40 people by boat" and "rescued 25 people overnight" count different groups
/// (issue 6's notes: a false conflict), as do "evacuated 200 by helicopter" and "300 by road".
pub(super) fn conveyance_after(t: &Tokens<'_>, from: usize, end: usize) -> Option<String> {
    const MEANS: &[&str] = &[
        "boat",
        "boats",
        "lifeboat",
        "lifeboats",
        "helicopter",
        "helicopters",
        "air",
        "sea",
        "road",
        "rail",
        "train",
        "trains",
        "bus",
        "buses",
        "coach",
        "coaches",
        "plane",
        "planes",
        "ambulance",
        "ambulances",
        "ferry",
        "ferries",
        "foot",
        "car",
        "cars",
        "hovercraft",
        "dinghy",
        "dinghies",
        "raft",
        "rafts",
        "truck",
        "trucks",
        "lorry",
        "lorries",
    ];
    for i in from..(from + 6).min(end) {
        if t.punct(i).is_some() {
            return None;
        }
        if t.word_in(i, &["by"]) && i + 1 < end && t.word_in(i + 1, MEANS) {
            return Some(lemma(t.text_of(i + 1)));
        }
    }
    None
}

/// Places named by a common noun anywhere in the sentence: "Across the county, 1,400 homes
/// flooded" and "80 homes had flooded in the town" count different areas. Capitalised places
/// after the noun are found by the caller; these are written in lower case, or open the
/// sentence before the figure.
pub(super) fn places_in_words(t: &Tokens<'_>, start: usize, end: usize) -> Vec<String> {
    const PLACE_NOUNS: &[&str] = &[
        "town", "city", "county", "village", "country", "region", "state", "borough", "district",
        "province", "capital", "area", "nation", "world", "north", "south", "east", "west",
    ];
    let mut out = Vec::new();
    let before = List::new(&["in", "across", "throughout", "at"]);
    for i in start..end {
        if !before.has(t, i) {
            continue;
        }
        let mut k = i + 1;
        if t.word_in(k, &["the", "this", "that", "each", "every"]) {
            k += 1;
        }
        // "in the worst-hit village": one modifier, hyphenated or not.
        for _ in 0..4 {
            if k < end && t.word_in(k, PLACE_NOUNS) {
                out.push(format!("@{}", t.text_of(k).to_lowercase()));
                break;
            }
            if !(k < end && (t.get(k).is_some_and(|x| x.is_word()) || t.punct(k) == Some('-'))) {
                break;
            }
            k += 1;
        }
    }
    out
}
