//! The engine with harper-brill's tagger and the neural chunker harper-core uses: against
//! `size_base.rs`, the size that would add to a binary.

use copydesk::analysis::{Config, Format, analyze};
use harper_brill::{Chunker, Tagger, brill_tagger, burn_chunker};

fn main() {
    let text =
        std::fs::read_to_string(std::env::args().nth(1).unwrap_or_default()).unwrap_or_default();
    let analysis = analyze(&text, Format::PlainText, &Config::default());
    let words: Vec<String> = text.split_whitespace().map(str::to_string).collect();
    let tags = brill_tagger().tag_sentence(&words);
    let chunks = burn_chunker().chunk_sentence(&words, &tags);
    println!(
        "{} figures, {} chunked",
        analysis.figures.len(),
        chunks.len()
    );
}
