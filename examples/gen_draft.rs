//! Writes a benchmark draft to stdout, for `benches/growth.sh` and `benches/compare.sh`:
//! `cargo run --release --example gen_draft -- distinct BYTES | seed COPIES | same-figure N`.
//! The drafts are the benches' own (benches/drafts.rs), deterministic.

#[path = "../benches/drafts.rs"]
mod drafts;

use std::io::Write;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let size = args.get(1).and_then(|n| n.parse::<usize>().ok());
    let text = match (args.first().map(String::as_str), size) {
        (Some("distinct"), Some(bytes)) => drafts::distinct(bytes),
        (Some("seed"), Some(copies)) => drafts::repeated_seed(copies),
        (Some("same-figure"), Some(n)) => drafts::same_figure(n),
        _ => {
            eprintln!("usage: gen_draft distinct BYTES | seed COPIES | same-figure N");
            std::process::exit(2);
        }
    };
    if std::io::stdout().lock().write_all(text.as_bytes()).is_err() {
        std::process::exit(1);
    }
}
