//! Issue 6's memory bound, through the real binary over stdio: 200 open drafts of about
//! 100 KB each, every one analysed and its diagnostics published, keep `copydesk lsp` under
//! 500 MB resident, both now (VmRSS) and at its peak (VmHWM, which covers the analyses
//! running side by side).
//!
//! The drafts are distinct realistic prose (`benches/drafts.rs`: the corpus articles with
//! every figure varied), cut from one 20 MB run so that no paragraph repeats across
//! documents either, as in a newsroom.
//!
//! A memory bound, not a timing: the test asserts bytes, and waits only with the client's
//! generous per-message guard against hangs.

mod common;

#[path = "../benches/drafts.rs"]
mod drafts;

use common::{Client, uri};

const DOCUMENTS: usize = 200;
const DRAFT_BYTES: usize = 100 * 1024;
const LIMIT_BYTES: u64 = 500 * 1024 * 1024;

/// `DOCUMENTS` drafts of at least `DRAFT_BYTES` each, cut at paragraph breaks.
fn drafts() -> Vec<String> {
    let all = drafts::distinct(DOCUMENTS * (DRAFT_BYTES + 2048));
    let mut drafts = Vec::with_capacity(DOCUMENTS);
    let mut current = String::with_capacity(DRAFT_BYTES + 4096);
    for paragraph in all.split_inclusive("\n\n") {
        current.push_str(paragraph);
        if current.len() >= DRAFT_BYTES {
            drafts.push(std::mem::take(&mut current));
            if drafts.len() == DOCUMENTS {
                break;
            }
        }
    }
    drafts
}

/// A field of `/proc/<pid>/status` in bytes ("VmRSS", "VmHWM"); `None` off Linux.
fn status_bytes(pid: u32, field: &str) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status
        .lines()
        .find(|l| l.starts_with(&format!("{field}:")))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}

#[test]
fn two_hundred_open_100_kb_drafts_stay_under_500_mb_resident() {
    let drafts = drafts();
    assert_eq!(drafts.len(), DOCUMENTS, "the generator made too few drafts");
    assert!(drafts.iter().all(|d| d.len() >= DRAFT_BYTES));

    let mut client = Client::vscode();
    for (i, draft) in drafts.iter().enumerate() {
        client.open(&uri(&format!("draft-{i:03}.txt")), "plaintext", draft);
    }
    let mut findings = 0;
    for i in 0..DOCUMENTS {
        findings += client
            .diagnostics(&uri(&format!("draft-{i:03}.txt")), 1)
            .len();
    }
    // Every document is still open and held: the server's copy of the last one is intact.
    let last = uri(&format!("draft-{:03}.txt", DOCUMENTS - 1));
    assert_eq!(client.document_text(&last).1, drafts[DOCUMENTS - 1]);

    let pid = client.pid();
    let (Some(resident), Some(peak)) = (status_bytes(pid, "VmRSS"), status_bytes(pid, "VmHWM"))
    else {
        eprintln!("no /proc/{pid}/status here: the memory bound is checked on Linux only");
        return;
    };
    let total: usize = drafts.iter().map(String::len).sum();
    // Shown with --nocapture; docs/robustness.md quotes it.
    println!(
        "{DOCUMENTS} drafts, {:.1} MB of text, {findings} diagnostics: VmRSS {:.1} MB, VmHWM {:.1} MB",
        total as f64 / 1e6,
        resident as f64 / 1048576.0,
        peak as f64 / 1048576.0,
    );
    assert!(
        resident < LIMIT_BYTES,
        "resident {resident} bytes with {DOCUMENTS} drafts open"
    );
    assert!(
        peak < LIMIT_BYTES,
        "peak resident {peak} bytes while analysing {DOCUMENTS} drafts"
    );
    assert!(client.shutdown_and_exit().success());
}
