//! The workspace index's tests.

use std::path::{Path, PathBuf};

use tower_lsp_server::ls_types::Uri;

use super::*;
use crate::analysis::Config;
use crate::analysis::desk;
use crate::analysis::{Format, analyze};
use crate::lsp::position::Encoding;

const EARLIER: &str = "# Russia's losses in Ukraine\n\nRussia has lost more than 450 tanks \
                       since the invasion began, Ukraine's General Staff said.\n";
const LATER: &str = "# Russia's losses in Ukraine\n\nRussia has lost 400 tanks since the \
                     invasion began, Ukraine's General Staff said.\n";

fn entry(name: &str, text: &str, open: bool) -> Entry {
    let path = PathBuf::from(format!("/desk/{name}"));
    let uri = Uri::from_file_path(&path).unwrap_or_else(|| panic!("no uri for {name}"));
    let analysis = analyze(text, Format::Markdown, &Config::default());
    let place = Place {
        path,
        uri,
        name: name.to_string(),
    };
    Entry::new(
        place,
        text,
        Format::Markdown,
        &analysis,
        Encoding::Utf16,
        open,
        &mut desk::SummaryCache::default(),
    )
}

fn conflicts(index: &Index, name: &str) -> Vec<String> {
    index
        .conflicts(Path::new(&format!("/desk/{name}")))
        .into_iter()
        .map(|c| {
            let (earlier, k) = &c.earlier;
            format!("{} {}", earlier.name, earlier.desk.claims[*k].text)
        })
        .collect()
}

#[test]
fn an_open_draft_is_checked_against_the_drafts_before_it() {
    let index = Index::default();
    index.put_disk(vec![
        entry("2022-03-19-a.md", EARLIER, false),
        entry("2022-03-26-b.md", LATER, false),
    ]);
    assert_eq!(
        conflicts(&index, "2022-03-26-b.md"),
        ["2022-03-19-a.md more than 450 tanks"]
    );
    // The earlier draft has nothing before it.
    assert!(conflicts(&index, "2022-03-19-a.md").is_empty());
    // Opened and edited, the earlier draft's new count is what the later one is held to,
    // though its keys did not change (the later draft's fold is made again).
    index.put_open(entry(
        "2022-03-19-a.md",
        &EARLIER.replace("450", "350"),
        true,
    ));
    assert!(conflicts(&index, "2022-03-26-b.md").is_empty());
    index.put_open(entry("2022-03-19-a.md", EARLIER, true));
    assert_eq!(conflicts(&index, "2022-03-26-b.md").len(), 1);
    // A draft read from disk does not replace an open one.
    index.put_disk(vec![entry(
        "2022-03-19-a.md",
        &EARLIER.replace("450", "350"),
        false,
    )]);
    assert_eq!(conflicts(&index, "2022-03-26-b.md").len(), 1);
    // Gone: nothing to conflict with.
    index.remove(Path::new("/desk/2022-03-19-a.md"), false);
    assert!(conflicts(&index, "2022-03-26-b.md").is_empty());
    assert_eq!(index.len(), 1);
    index.put_disk(vec![entry("2022-03-19-a.md", EARLIER, false)]);
    assert_eq!(conflicts(&index, "2022-03-26-b.md").len(), 1);
    index.remove_under(Path::new("/desk"));
    assert!(index.is_empty());
}

#[test]
fn mentions_and_claims_come_in_ledger_order() {
    let index = Index::default();
    index.put_disk(vec![
        entry("2022-03-26-b.md", LATER, false),
        entry("2022-03-19-a.md", EARLIER, false),
    ]);
    let later = index.get(Path::new("/desk/2022-03-26-b.md"));
    let keys = later
        .map(|e| e.desk.claims[0].keys.to_vec())
        .unwrap_or_default();
    let mentions = index.mentions(&keys, Path::new("/desk/2022-03-26-b.md"), 8);
    let names: Vec<&str> = mentions.iter().map(|(e, _)| e.name.as_str()).collect();
    assert_eq!(names, ["2022-03-19-a.md"]);
    let all = index.claims(10, |_, _| true);
    let names: Vec<&str> = all.iter().map(|(e, _)| e.name.as_str()).collect();
    assert_eq!(names, ["2022-03-19-a.md", "2022-03-26-b.md"]);
}
