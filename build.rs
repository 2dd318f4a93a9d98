//! Gathers the engine's vocabulary: every string literal under `src/analysis/` that is one
//! word (letters, inner apostrophes), ASCII lower-cased, one a line, into
//! `$OUT_DIR/vocabulary.txt`. The lexer gives each word token the id of its lower-case form in
//! this vocabulary (`src/analysis/text/vocabulary.rs`), so that every word list a rule names
//! is a bit set over ids and every list lookup one bit test. A word list written anywhere in
//! the engine is covered without being registered; a list with a word missing here (built at
//! run time, say) still works, by the slower lookup of its words' text.

use std::collections::BTreeSet;
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=src/analysis");
    let mut words = BTreeSet::new();
    collect(Path::new("src/analysis"), &mut words);
    let mut out = String::new();
    for word in words {
        out.push_str(&word);
        out.push('\n');
    }
    let Some(dir) = std::env::var_os("OUT_DIR") else {
        panic!("OUT_DIR is not set: run by cargo");
    };
    if let Err(e) = std::fs::write(Path::new(&dir).join("vocabulary.txt"), out) {
        panic!("cannot write the vocabulary: {e}");
    }
}

fn collect(dir: &Path, words: &mut BTreeSet<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, words);
        } else if path.extension().is_some_and(|e| e == "rs")
            && let Ok(source) = std::fs::read_to_string(&path)
        {
            literals(&source, words);
        }
    }
}

/// The one-word contents of the string literals in `source` (and, harmlessly, of quoted words
/// in comments: a few more words in the vocabulary cost nothing).
fn literals(source: &str, words: &mut BTreeSet<String>) {
    let mut rest = source;
    while let Some(open) = rest.find('"') {
        // A char literal '"' is not the start of a string.
        if rest[..open].ends_with('\'') && rest[open + 1..].starts_with('\'') {
            rest = &rest[open + 2..];
            continue;
        }
        let body = &rest[open + 1..];
        let mut end = None;
        let mut escaped = false;
        for (k, c) in body.char_indices() {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => {
                    end = Some(k);
                    break;
                }
                _ => {}
            }
        }
        let Some(end) = end else { break };
        let literal = &body[..end];
        if is_word(literal) {
            words.insert(literal.to_ascii_lowercase());
        }
        rest = &body[end + 1..];
    }
}

/// One word as the lexer reads one: letters or '_', inner apostrophes between them.
fn is_word(s: &str) -> bool {
    let chars: Vec<char> = s.chars().collect();
    let letter = |c: char| c.is_alphabetic() || c == '_';
    !chars.is_empty()
        && chars.len() <= 40
        && letter(chars[0])
        && letter(chars[chars.len() - 1])
        && chars.iter().all(|&c| letter(c) || c == '\'' || c == '’')
}
