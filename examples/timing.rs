//! Quick wall-clock figure for one analysis of a file: `cargo run --release --example timing -- FILE [REPEAT]`.
//! The criterion bench (`cargo bench --bench analysis`) is the measurement of record.

use copydesk::analysis::{Config, Format, analyze};

/// The same allocator as the `copydesk` binary.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(path), repeat) = (
        args.next(),
        args.next()
            .and_then(|r| r.parse::<usize>().ok())
            .unwrap_or(1),
    ) else {
        eprintln!("usage: timing FILE [REPEAT]");
        std::process::exit(2);
    };
    let Ok(one) = std::fs::read_to_string(&path) else {
        eprintln!("{path}: cannot read");
        std::process::exit(2);
    };
    let text = one.repeat(repeat);
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
