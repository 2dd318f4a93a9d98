//! Quick wall-clock figures, for profiling by hand:
//!
//! - `cargo run --release --example timing -- FILE [REPEAT]`: one analysis of the file
//!   (repeated REPEAT times);
//! - `cargo run --release --example timing -- --keystrokes N FILE`: N keystrokes in the
//!   middle of the file, each re-analysed with the paragraph cache and the analysis it
//!   replaces handed back, as the language server does; prints the median.
//!
//! The criterion benches (`cargo bench --bench analysis`) are the measurements of record.

use copydesk::analysis::{Analyzer, Config, Format, analyze};

/// The same allocator as the `copydesk` binary.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|_| {
        eprintln!("{path}: cannot read");
        std::process::exit(2);
    })
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [flag, count, path] if flag == "--keystrokes" => {
            keystrokes(path, count.parse().unwrap_or(100));
        }
        [path] => once(path, 1),
        [path, repeat] => once(path, repeat.parse().unwrap_or(1)),
        _ => {
            eprintln!("usage: timing FILE [REPEAT] | timing --keystrokes N FILE");
            std::process::exit(2);
        }
    }
}

fn once(path: &str, repeat: usize) {
    let text = read(path).repeat(repeat);
    let start = std::time::Instant::now();
    let analysis = analyze(&text, Format::from_path(path.as_ref()), &Config::default());
    let elapsed = start.elapsed();
    println!(
        "{} bytes, {} figures, {} findings in {:.1} ms: {:.1} MB/s",
        text.len(),
        analysis.figures.len(),
        analysis.findings.len(),
        elapsed.as_secs_f64() * 1e3,
        text.len() as f64 / elapsed.as_secs_f64() / 1e6
    );
}

fn keystrokes(path: &str, count: usize) {
    let text = read(path);
    let format = Format::from_path(path.as_ref());
    let config = Config::default();
    // A letter inside the first word of four lower-case letters after the middle.
    let bytes = text.as_bytes();
    let mut at = text.len() / 2;
    while at + 4 < bytes.len() && !bytes[at..at + 4].iter().all(u8::is_ascii_lowercase) {
        at += 1;
    }
    let at = (at + 1).min(text.len().saturating_sub(1));
    let with = |letter: &str| format!("{}{letter}{}", &text[..at], &text[at + 1..]);
    let versions = [with("x"), with("y")];
    let mut analyzer = Analyzer::new();
    let mut previous = analyzer.analyze(&versions[0], format, &config);
    // As the language server runs it: the analysis a new one replaces goes back to the
    // analyser (and is freed, as there, outside the time of the next keystroke).
    let mut times: Vec<std::time::Duration> = (0..count)
        .map(|i| {
            let start = std::time::Instant::now();
            let analysis = analyzer.analyze(&versions[(i + 1) % 2], format, &config);
            let elapsed = start.elapsed();
            analyzer.recycle(std::mem::replace(&mut previous, analysis));
            elapsed
        })
        .collect();
    times.sort();
    println!(
        "{} keystrokes in {} bytes: median {:.2} ms, {} blocks re-analysed on the last",
        count,
        text.len(),
        times[times.len() / 2].as_secs_f64() * 1e3,
        analyzer.last_misses
    );
}
