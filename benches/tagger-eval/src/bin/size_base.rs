//! The engine alone: the baseline for the size harper-brill adds (see `size_brill.rs`).

use copydesk::analysis::{Config, Format, analyze};

fn main() {
    let text =
        std::fs::read_to_string(std::env::args().nth(1).unwrap_or_default()).unwrap_or_default();
    let analysis = analyze(&text, Format::PlainText, &Config::default());
    println!("{} figures", analysis.figures.len());
}
