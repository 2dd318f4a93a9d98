//! The analysis engine's speed (issue 6's list, plus issue 2's seed ×300 / ×3,000), on the
//! deterministic drafts of `benches/drafts.rs`:
//!
//! - `throughput/distinct_{100KB,1MB,10MB}`: news prose in which no two paragraphs are alike,
//!   so the engine's block cache cannot help: its raw speed, in bytes per second;
//! - `throughput/seed_x{300,3000}`: the seed article repeated as is (about 1 MB and 10 MB;
//!   identical paragraphs are analysed once per run, the ledger still sees every figure);
//! - `throughput/same_figure_30000`: one claim about the same quantity 30,000 times, the
//!   conflict ledger's worst case;
//! - `keystroke/*`: re-analysis after one keystroke in a 36,000-word draft with an
//!   [`Analyzer`] that has analysed it before. Two versions of the draft, differing by one
//!   character in one paragraph, alternate, so every iteration misses the cache for exactly
//!   one block and redoes the document-wide steps.
//!
//! `cargo bench --bench analysis` (a few minutes on two cores); one group at a time with
//! `cargo bench --bench analysis -- keystroke`. The engine analyses many blocks in parallel
//! (rayon), so these are all-core figures; `RAYON_NUM_THREADS=1 cargo bench --bench analysis`
//! gives one core's. The figures go in docs/performance.md.

#[path = "drafts.rs"]
mod drafts;

use std::hint::black_box;
use std::time::Duration;

use copydesk::analysis::{Analyzer, Config, Format, analyze};

/// The allocator of the `copydesk` binary, so the engine is measured as it runs there.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// The length of the keystroke drafts, in words (the language-server bench's long draft).
const WORDS: usize = 36_000;

fn throughput(c: &mut Criterion) {
    let config = Config::default();
    let mut group = c.benchmark_group("throughput");
    // Ten samples (criterion's least) of up to a few seconds each: the 10 MB drafts take
    // seconds per run, and the whole bench must fit in minutes on a shared two-core machine.
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(5));
    for (name, text) in [
        ("distinct_100KB", drafts::distinct(100_000)),
        ("distinct_1MB", drafts::distinct(1_000_000)),
        ("distinct_10MB", drafts::distinct(10_000_000)),
        ("seed_x300", drafts::repeated_seed(300)),
        ("seed_x3000", drafts::repeated_seed(3_000)),
        ("same_figure_30000", drafts::same_figure(30_000)),
    ] {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| analyze(black_box(&text), Format::PlainText, &config))
        });
    }
    group.finish();
}

/// Two versions of `text` that differ in one character: a letter of the first word of four
/// or more letters after the middle of the draft, typed as `x` in one and `y` in the other.
fn one_keystroke_apart(text: &str) -> (String, String) {
    let middle = text.len() / 2;
    let bytes = text.as_bytes();
    let mut at = middle;
    while at + 4 < bytes.len() && !bytes[at..at + 4].iter().all(u8::is_ascii_lowercase) {
        at += 1;
    }
    let at = at + 1; // inside the word, not at its start
    let with = |letter: &str| format!("{}{letter}{}", &text[..at], &text[at + 1..]);
    (with("x"), with("y"))
}

fn keystroke(c: &mut Criterion) {
    let config = Config::default();
    let mut group = c.benchmark_group("keystroke");
    group.sample_size(20);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(5));
    let seed_copies = WORDS.div_ceil(drafts::SEED.split_whitespace().count());
    for (name, text) in [
        (
            "distinct_36000_words",
            drafts::first_words(&drafts::distinct(WORDS * 8), WORDS),
        ),
        ("seed_36000_words", drafts::repeated_seed(seed_copies)),
    ] {
        let (a, b) = one_keystroke_apart(&text);
        let mut analyzer = Analyzer::new();
        let first = analyzer.analyze(&a, Format::PlainText, &config);
        let mut previous = analyzer.analyze(&b, Format::PlainText, &config);
        analyzer.recycle(first);
        // A sanity check of the setup, not of the speed: one block redone per keystroke.
        if analyzer.last_misses != 1 {
            eprintln!(
                "keystroke/{name}: {} blocks missed the cache, expected 1",
                analyzer.last_misses
            );
        }
        let mut flip = false;
        // As the language server runs it: the analysis a new one replaces goes back to the
        // analyser, for the next keystroke to build on.
        group.bench_function(name, |bench| {
            bench.iter(|| {
                flip = !flip;
                let version = if flip { &a } else { &b };
                let analysis = analyzer.analyze(black_box(version), Format::PlainText, &config);
                analyzer.recycle(std::mem::replace(&mut previous, analysis));
            })
        });
    }
    group.finish();
}

criterion_group!(benches, throughput, keystroke);
criterion_main!(benches);
