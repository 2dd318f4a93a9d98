//! Property: any sequence of edits sent to the server leaves it with the same text as the
//! same edits applied to a `String` by an independent model of the protocol's rules (lines
//! end at `\n`, `\r\n` or `\r`; a column past a line's end means the end of its text; a line
//! past the end means the end of the text; a column inside a character means its start;
//! a reversed range is taken in order). One server per encoding serves every case.

mod common;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};

use common::{Client, uri};
use proptest::prelude::*;
use serde_json::{Value, json};

/// One edit as a client might send it: a range (or none: replace everything) and new text.
#[derive(Clone, Debug)]
struct Edit {
    range: Option<((u32, u32), (u32, u32))>,
    text: String,
}

fn piece() -> impl Strategy<Value = String> {
    const PARTS: [&str; 13] = [
        "a", "b", " ", "7", "😀", "東", "“", "”", "é", "\n", "\r\n", "\r", "𝄞",
    ];
    prop::collection::vec(prop::sample::select(&PARTS[..]), 0..6).prop_map(|v| v.concat())
}

fn edit() -> impl Strategy<Value = Edit> {
    let position = (0u32..8, 0u32..24);
    prop_oneof![
        20 => (position.clone(), position, piece()).prop_map(|(a, b, text)| Edit { range: Some((a, b)), text }),
        1 => piece().prop_map(|text| Edit { range: None, text }),
    ]
}

/// The model: a protocol position as a byte offset of `text`, by the rules above.
fn offset(text: &str, (line, character): (u32, u32), encoding: &str) -> usize {
    let mut starts = vec![0];
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
            starts.push(i + 1);
        }
    }
    let Some(&start) = starts.get(line as usize) else {
        return text.len();
    };
    let line_text = &text[start..];
    let end = line_text.find(['\r', '\n']).unwrap_or(line_text.len());
    let mut units = 0;
    for (at, c) in line_text[..end].char_indices() {
        let width = match encoding {
            "utf-8" => c.len_utf8(),
            "utf-32" => 1,
            _ => c.len_utf16(),
        };
        if units + width > character as usize {
            return start + at;
        }
        units += width;
    }
    start + end
}

fn apply(text: &mut String, edit: &Edit, encoding: &str) {
    match edit.range {
        None => *text = edit.text.clone(),
        Some((a, b)) => {
            let (a, b) = (offset(text, a, encoding), offset(text, b, encoding));
            text.replace_range(a.min(b)..a.max(b), &edit.text);
        }
    }
}

fn change(edit: &Edit) -> Value {
    match edit.range {
        None => json!({"text": edit.text}),
        Some(((l0, c0), (l1, c1))) => json!({
            "range": {"start": {"line": l0, "character": c0}, "end": {"line": l1, "character": c1}},
            "text": edit.text,
        }),
    }
}

fn server(encoding: &str) -> &'static Mutex<Client> {
    static UTF8: OnceLock<Mutex<Client>> = OnceLock::new();
    static UTF16: OnceLock<Mutex<Client>> = OnceLock::new();
    match encoding {
        "utf-8" => UTF8.get_or_init(|| Mutex::new(Client::neovim())),
        _ => UTF16.get_or_init(|| Mutex::new(Client::vscode())),
    }
}

static CASE: AtomicUsize = AtomicUsize::new(0);

fn check(
    encoding: &str,
    initial: &str,
    edits: &[Edit],
    one_notification: bool,
) -> Result<(), TestCaseError> {
    let mut client = server(encoding).lock().unwrap_or_else(|e| e.into_inner());
    prop_assert_eq!(&client.encoding, encoding);
    let doc = uri(&format!("prop-{}.txt", CASE.fetch_add(1, Ordering::SeqCst)));
    client.open(&doc, "plaintext", initial);
    let mut expected = initial.to_string();
    for e in edits {
        apply(&mut expected, e, encoding);
    }
    let changes: Vec<Value> = edits.iter().map(change).collect();
    if one_notification {
        client.change(&doc, 2, json!(changes));
    } else {
        for (i, c) in changes.into_iter().enumerate() {
            client.change(&doc, i as i64 + 2, json!([c]));
        }
    }
    let (_, text) = client.document_text(&doc);
    client.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": doc}}),
    );
    prop_assert_eq!(text, expected);
    Ok(())
}

fn initial() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..8).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn random_edits_in_utf16_match_a_string(text in initial(), edits in prop::collection::vec(edit(), 1..30), batch: bool) {
        check("utf-16", &text, &edits, batch)?;
    }

    #[test]
    fn random_edits_in_utf8_match_a_string(text in initial(), edits in prop::collection::vec(edit(), 1..30), batch: bool) {
        check("utf-8", &text, &edits, batch)?;
    }
}

#[test]
fn the_model_clamps_like_the_protocol() {
    let text = "a😀b\r\nc\rd";
    assert_eq!(offset(text, (0, 2), "utf-16"), 1, "inside a surrogate pair");
    assert_eq!(offset(text, (0, 3), "utf-16"), 5);
    assert_eq!(offset(text, (0, 99), "utf-8"), 6, "before the CRLF");
    assert_eq!(offset(text, (1, 9), "utf-16"), 9, "before the lone CR");
    assert_eq!(offset(text, (5, 0), "utf-16"), text.len());
}
