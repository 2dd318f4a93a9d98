//! The language server's speed as an editor feels it, against the release binary over stdio:
//! opening a 36,000-word draft (the seed article repeated), and a single-character edit to
//! `publishDiagnostics`, with the default settings (edits 30 ms apart, a fast typist) and with
//! no debounce (edits back to back), on that draft and on 36,000 words of distinct prose
//! (`drafts.rs`); then the resident memory with 50 seed drafts open.
//!
//! `cargo bench --bench lsp_roundtrip` prints median and p95 for each, then runs criterion on
//! the keystroke round trip. Figures are printed, never asserted.
//! `LSP_BENCH=distinct cargo bench --bench lsp_roundtrip` prints only the keystrokes in
//! distinct prose (a minute rather than several).

#[path = "../tests/common/mod.rs"]
mod common;
#[path = "drafts.rs"]
mod drafts;

use std::time::{Duration, Instant};

use common::{Client, SEED_ARTICLE, position, uri, vscode_capabilities};
use criterion::Criterion;
use serde_json::{Value, json};

/// The length of the long draft, in words.
const WORDS: usize = 36_000;

/// The seed article repeated to [`WORDS`] words.
fn draft() -> String {
    let copies = WORDS.div_ceil(SEED_ARTICLE.split_whitespace().count());
    vec![SEED_ARTICLE; copies].join("\n\n")
}

/// [`WORDS`] words of distinct prose (no two paragraphs alike), as the engine bench's.
fn distinct_draft() -> String {
    drafts::first_words(&drafts::distinct(WORDS * 8), WORDS)
}

/// A keystroke's place: inside a paragraph in the middle of the draft.
fn keystroke_at(text: &str, encoding: &str) -> (Value, Value) {
    let middle = text.len() / 2;
    let anchor = "Russia’s combat losses";
    let at = match text[middle..].find(anchor) {
        Some(i) => middle + i + "Russia’s".len(),
        // Else inside the first word of four lower-case letters after the middle.
        None => {
            let bytes = text.as_bytes();
            let mut at = middle;
            while at + 4 < bytes.len() && !bytes[at..at + 4].iter().all(u8::is_ascii_lowercase) {
                at += 1;
            }
            at + 1
        }
    };
    let start = position(text, at, encoding);
    let mut end = start.clone();
    end["character"] = json!(end["character"].as_u64().unwrap_or(0) + 1);
    (start, end)
}

/// A session with one long draft open, ready for keystrokes.
struct Typing {
    client: Client,
    doc: String,
    version: i64,
    start: Value,
    end: Value,
}

impl Typing {
    fn new(text: &str, debounce_ms: Option<u64>) -> Typing {
        let options = match debounce_ms {
            Some(ms) => json!({"copydesk": {"debounceMs": ms}}),
            None => Value::Null,
        };
        let mut client = Client::start(vscode_capabilities(), options);
        let doc = uri("long-draft.txt");
        client.open(&doc, "plaintext", text);
        client.diagnostics(&doc, 1);
        let (start, end) = keystroke_at(text, &client.encoding);
        Typing {
            client,
            doc,
            version: 1,
            start,
            end,
        }
    }

    /// Types one character (or deletes it again) and waits for the diagnostics.
    fn keystroke(&mut self) -> Duration {
        self.version += 1;
        let change = if self.version % 2 == 0 {
            json!({"range": {"start": self.start, "end": self.start}, "text": "x"})
        } else {
            json!({"range": {"start": self.start, "end": self.end}, "text": ""})
        };
        let began = Instant::now();
        self.client.change(&self.doc, self.version, json!([change]));
        let diagnostics = self.client.diagnostics(&self.doc, self.version);
        // In hand: the time to free the client's copy of them is the client's, not the
        // round trip's (on the distinct draft, about 0.5 ms for 563 diagnostics as JSON
        // trees).
        let elapsed = began.elapsed();
        drop(diagnostics);
        elapsed
    }
}

fn summary(name: &str, mut samples: Vec<Duration>) {
    samples.sort();
    let at = |q: f64| samples[((samples.len() - 1) as f64 * q).round() as usize];
    println!(
        "{name}: median {:.2} ms, p95 {:.2} ms, max {:.2} ms ({} samples)",
        at(0.5).as_secs_f64() * 1e3,
        at(0.95).as_secs_f64() * 1e3,
        at(1.0).as_secs_f64() * 1e3,
        samples.len()
    );
}

/// The keystroke round trip in `text`: with the default settings, edits 30 ms apart, then with
/// no debounce, edits back to back.
fn keystrokes(text: &str) {
    let mut typing = Typing::new(text, None);
    let samples: Vec<Duration> = (0..300)
        .map(|_| {
            std::thread::sleep(Duration::from_millis(30));
            typing.keystroke()
        })
        .collect();
    summary(
        "keystroke -> publishDiagnostics, default settings, 30 ms apart",
        samples,
    );
    let mut typing = Typing::new(text, Some(0));
    let samples: Vec<Duration> = (0..1000).map(|_| typing.keystroke()).collect();
    summary(
        "keystroke -> publishDiagnostics, debounceMs 0, back to back",
        samples,
    );
}

fn resident_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn figures() {
    let text = draft();
    println!(
        "draft: the seed article repeated: {} words, {} bytes",
        text.split_whitespace().count(),
        text.len()
    );

    let mut client = Client::start(
        vscode_capabilities(),
        json!({"copydesk": {"debounceMs": 0}}),
    );
    let opens: Vec<Duration> = (0..20)
        .map(|i| {
            let doc = uri(&format!("open-{i}.txt"));
            let began = Instant::now();
            client.open(&doc, "plaintext", &text);
            client.diagnostics(&doc, 1);
            began.elapsed()
        })
        .collect();
    summary("didOpen -> publishDiagnostics", opens);
    drop(client);

    keystrokes(&text);

    // Prose the engine has never seen, figure-dense: every paragraph distinct.
    let distinct = distinct_draft();
    println!(
        "draft: distinct prose: {} words, {} bytes",
        distinct.split_whitespace().count(),
        distinct.len()
    );
    keystrokes(&distinct);

    let mut client = Client::start(
        vscode_capabilities(),
        json!({"copydesk": {"debounceMs": 0}}),
    );
    let before = resident_kib(client.pid()).unwrap_or(0);
    for i in 0..50 {
        let doc = uri(&format!("memory-{i}.txt"));
        client.open(&doc, "plaintext", &text);
        client.diagnostics(&doc, 1);
    }
    let after = resident_kib(client.pid()).unwrap_or(0);
    println!(
        "resident memory: {:.1} MB at start, {:.1} MB with 50 drafts open",
        before as f64 / 1024.0,
        after as f64 / 1024.0
    );
}

fn main() {
    let benching = std::env::args().any(|a| a == "--bench");
    if benching && std::env::var("LSP_BENCH").is_ok_and(|only| only == "distinct") {
        keystrokes(&distinct_draft());
        return;
    }
    if benching {
        figures();
    }
    let mut criterion = Criterion::default().configure_from_args();
    let mut typing = Typing::new(&draft(), Some(0));
    criterion.bench_function("lsp keystroke round trip (long draft, debounceMs 0)", |b| {
        b.iter_custom(|iterations| (0..iterations).map(|_| typing.keystroke()).sum())
    });
    criterion.final_summary();
}
