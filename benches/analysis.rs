//! Analysis throughput on the seed article repeated 300 and 3,000 times (about 1 MB and
//! 10 MB). Two shapes: the article repeated as is (identical paragraphs, which the engine's
//! block cache analyses once per run) and a variant where every paragraph is made unique, so
//! every block is analysed from scratch: the engine's raw speed. Growth from ×300 to ×3,000
//! should be linear (the ledger sees each figure 3,000 times).
//!
//! `cargo bench --bench analysis`; the figures go in docs/performance.md.

use std::hint::black_box;

use copydesk::analysis::{Config, Format, analyze};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const SEED: &str = include_str!("../tests/corpus/ukraine-losses.txt");

/// The seed repeated `n` times as is.
fn repeated(n: usize) -> String {
    let mut text = String::with_capacity(SEED.len() * n + 2 * n);
    for _ in 0..n {
        text.push_str(SEED);
        text.push_str("\n\n");
    }
    text
}

/// The seed repeated `n` times with a unique letters-only tag at the end of every
/// paragraph, so no two blocks are alike.
fn distinct(n: usize) -> String {
    let mut text = String::with_capacity(SEED.len() * n * 11 / 10);
    let mut tag = 0usize;
    for _ in 0..n {
        for paragraph in SEED.split("\n\n") {
            text.push_str(paragraph);
            text.push_str(" Ref ");
            let mut k = tag;
            loop {
                text.push(char::from(b'a' + (k % 26) as u8));
                k /= 26;
                if k == 0 {
                    break;
                }
            }
            text.push_str(".\n\n");
            tag += 1;
        }
    }
    text
}

fn bench(c: &mut Criterion) {
    let config = Config::default();
    let mut group = c.benchmark_group("analysis");
    group.sample_size(10);
    for (name, text) in [
        ("seed_x300", repeated(300)),
        ("seed_x3000", repeated(3000)),
        ("distinct_x300", distinct(300)),
        ("distinct_x3000", distinct(3000)),
    ] {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| analyze(black_box(&text), Format::PlainText, &config))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
