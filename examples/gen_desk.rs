//! Writes a desk's folder of drafts for the ledger benchmarks (`benches/ledger.sh`):
//! `cargo run --release --example gen_desk -- DIR COUNT [BYTES]` writes COUNT Markdown drafts
//! of about BYTES bytes each (default 4,096) into DIR as `draft-00000.md` ...
//!
//! The prose is the benches' distinct news prose (benches/drafts.rs: the corpus articles one
//! after another, every figure's later digits varied per copy), cut at paragraph breaks, so
//! the same stories, names and subjects come back again and again with other figures: a
//! pessimistic desk for the ledger, where every key is filed under thousands of drafts. Each
//! draft has a headline and a front-matter date, spread over two years in draft order.
//! Deterministic.

#[path = "../benches/drafts.rs"]
mod drafts;

use std::path::PathBuf;

/// The date `days` after 1 January 2022, as `YYYY-MM-DD`.
fn date_after(days: usize) -> String {
    let mut year = 2022;
    let mut left = days;
    loop {
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let length = if leap { 366 } else { 365 };
        if left < length {
            break;
        }
        left -= length;
        year += 1;
    }
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let months = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    let mut month = 0;
    while left >= months[month] {
        left -= months[month];
        month += 1;
    }
    format!("{year:04}-{:02}-{:02}", month + 1, left + 1)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(dir), Some(count)) = (
        args.first().map(PathBuf::from),
        args.get(1).and_then(|n| n.parse::<usize>().ok()),
    ) else {
        eprintln!("usage: gen_desk DIR COUNT [BYTES]");
        std::process::exit(2);
    };
    let size = args
        .get(2)
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap_or(4096);
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("gen_desk: cannot create {}: {e}", dir.display());
        std::process::exit(1);
    }
    let prose = drafts::distinct(count * (size + 200));
    let mut paragraphs = prose.split("\n\n").filter(|p| !p.trim().is_empty());
    for i in 0..count {
        let mut body = String::new();
        let mut headline = String::new();
        while body.len() < size {
            let Some(paragraph) = paragraphs.next() else {
                break;
            };
            if headline.is_empty() {
                headline = paragraph
                    .split_whitespace()
                    .take(9)
                    .collect::<Vec<_>>()
                    .join(" ");
            }
            body.push_str(paragraph);
            body.push_str("\n\n");
        }
        let date = date_after(i * 730 / count.max(1));
        let text = format!("---\ndate: {date}\n---\n\n# {headline}\n\n{body}");
        let path = dir.join(format!("draft-{i:05}.md"));
        if let Err(e) = std::fs::write(&path, text) {
            eprintln!("gen_desk: cannot write {}: {e}", path.display());
            std::process::exit(1);
        }
    }
}
