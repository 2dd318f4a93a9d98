//! Document synchronisation end to end: incremental edits in UTF-8 and UTF-16 with emoji,
//! CJK, CRLF, lone CR and curly quotes; clamping; ordering under a burst of edits; stale
//! versions and unknown documents logged, never fatal. The server's copy is read back with
//! `copydesk/documentText` and compared with the client's.

mod common;

use common::{Client, edit, uri};
use serde_json::{Value, json};

const MIXED: &str = "“Quoted” 😀 東京 held 300 tanks.\r\nSecond line 🎉 with 12 ships\rThird, lone CR line.\n‘Last’ 四 line";

fn both_encodings() -> [Client; 2] {
    [Client::vscode(), Client::neovim()]
}

#[test]
fn incremental_edits_keep_the_text_exact_in_both_encodings() {
    for mut client in both_encodings() {
        let encoding = client.encoding.clone();
        let doc = uri("mixed.txt");
        let mut text = MIXED.to_string();
        client.open(&doc, "plaintext", &text);
        let edits = [
            ("😀", "🚀🚀"),
            ("東京", "大阪"),
            ("\r\nSecond", "\nSecond"),
            ("🎉", ""),
            ("\rThird", "\r\nThird"),
            ("‘Last’", "“Last”"),
            ("四", "四五😀"),
        ];
        for (version, (from, to)) in edits.iter().enumerate() {
            let start = text
                .find(from)
                .unwrap_or_else(|| panic!("{from:?} missing"));
            let change = edit(&mut text, start, start + from.len(), to, &encoding);
            client.change(&doc, version as i64 + 2, json!([change]));
        }
        let end = text.len();
        let change = edit(&mut text, end, end, " appended “at the end”", &encoding);
        client.change(&doc, 20, json!([change]));
        assert_eq!(client.document_text(&doc), (20, text.clone()), "{encoding}");
        assert!(client.shutdown_and_exit().success());
    }
}

#[test]
fn several_changes_in_one_notification_apply_in_sequence() {
    for mut client in both_encodings() {
        let encoding = client.encoding.clone();
        let doc = uri("sequence.txt");
        let mut text = "Alpha 😀 beta\r\ngamma 東京 delta".to_string();
        client.open(&doc, "plaintext", &text);
        let mut changes = Vec::new();
        changes.push(edit(&mut text, 0, 5, "ALPHA", &encoding));
        let at = text.find("東京").unwrap_or(0);
        changes.push(edit(&mut text, at, at, "“", &encoding));
        let at = text.find("beta").unwrap_or(0);
        let end = text.len();
        changes.push(edit(&mut text, at, end, "b", &encoding));
        client.change(&doc, 2, json!(changes));
        assert_eq!(client.document_text(&doc).1, text, "{encoding}");
        assert_eq!(text, "ALPHA 😀 b");
        assert!(client.shutdown_and_exit().success());
    }
}

#[test]
fn range_length_is_ignored() {
    let mut client = Client::vscode();
    let doc = uri("range-length.txt");
    client.open(&doc, "plaintext", "abc def");
    let change = json!({"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 3}},
                        "rangeLength": 99, "text": "xyz"});
    client.change(&doc, 2, json!([change]));
    assert_eq!(client.document_text(&doc).1, "xyz def");
    assert!(client.shutdown_and_exit().success());
}

#[test]
fn columns_and_lines_past_the_end_are_clamped() {
    let mut client = Client::vscode();
    let doc = uri("clamp.txt");
    client.open(&doc, "plaintext", "ab😀\r\ncd\rend");
    let at = |line: u32, character: u32| json!({"line": line, "character": character});
    let insert = |line, character, text: &str| json!({"range": {"start": at(line, character), "end": at(line, character)}, "text": text});
    client.change(&doc, 2, json!([insert(0, 99, "!")]));
    assert_eq!(
        client.document_text(&doc).1,
        "ab😀!\r\ncd\rend",
        "past the end of a CRLF line"
    );
    client.change(&doc, 3, json!([insert(1, 50, "?")]));
    assert_eq!(
        client.document_text(&doc).1,
        "ab😀!\r\ncd?\rend",
        "past the end of a lone-CR line"
    );
    client.change(&doc, 4, json!([insert(40, 3, ".")]));
    assert_eq!(
        client.document_text(&doc).1,
        "ab😀!\r\ncd?\rend.",
        "a line past the end"
    );
    client.change(
        &doc,
        5,
        json!([{"range": {"start": at(0, 3), "end": at(0, 4)}, "text": "X"}]),
    );
    assert_eq!(
        client.document_text(&doc).1,
        "abX!\r\ncd?\rend.",
        "half a surrogate pair rounds down"
    );
    assert!(client.shutdown_and_exit().success());
}

#[test]
fn reversed_ranges_are_taken_in_order() {
    let mut client = Client::neovim();
    let doc = uri("reversed.txt");
    client.open(&doc, "plaintext", "one two three");
    let range = json!({"start": {"line": 0, "character": 7}, "end": {"line": 0, "character": 4}});
    client.change(&doc, 2, json!([{"range": range, "text": "2"}]));
    assert_eq!(client.document_text(&doc).1, "one 2 three");
    assert!(client.shutdown_and_exit().success());
}

#[test]
fn a_change_without_a_range_replaces_the_document() {
    let mut client = Client::vscode();
    let doc = uri("full.txt");
    client.open(&doc, "plaintext", "old text");
    client.change(&doc, 2, json!([{"text": "brand new 😀"}]));
    assert_eq!(client.document_text(&doc), (2, "brand new 😀".to_string()));
    assert!(client.shutdown_and_exit().success());
}

#[test]
fn five_hundred_rapid_edits_arrive_in_order() {
    for mut client in both_encodings() {
        let encoding = client.encoding.clone();
        let doc = uri("rapid.txt");
        let mut text = "Draft “start” 東京 😀\r\nThe depot held 300 tanks.\n".to_string();
        client.open(&doc, "plaintext", &text);
        let alphabet = ['a', ' ', '😀', '東', '“', '\n', '7', 'é'];
        for i in 0..500usize {
            let change = if i % 7 == 3 && !text.is_empty() {
                // delete the character (or CRLF) before the middle
                let at = settle(&text, text.len() / 2);
                let start = if text[..at].ends_with("\r\n") {
                    at - 2
                } else {
                    text[..at].char_indices().last().map_or(0, |(s, _)| s)
                };
                edit(&mut text, start, at, "", &encoding)
            } else {
                let at = settle(&text, (i * 31) % (text.len() + 1));
                let c = alphabet[i % alphabet.len()].to_string();
                edit(&mut text, at, at, &c, &encoding)
            };
            client.change(&doc, i as i64 + 2, json!([change]));
        }
        assert_eq!(
            client.document_text(&doc),
            (501, text.clone()),
            "{encoding}"
        );
        let last = client.diagnostics(&doc, 501);
        assert!(
            !last.is_empty(),
            "the final version is analysed and published"
        );
        let published: Vec<i64> = client
            .messages_so_far(&doc)
            .iter()
            .filter(|m| m["method"] == json!("textDocument/publishDiagnostics"))
            .filter_map(|m| m["params"]["version"].as_i64())
            .collect();
        assert!(
            published.windows(2).all(|w| w[0] <= w[1]),
            "never an older version after a newer: {published:?}"
        );
        assert!(client.shutdown_and_exit().success());
    }
}

/// `at` moved down to a char boundary that is not between the two bytes of a CRLF (the
/// protocol has no position there).
fn settle(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    if at > 0 && text.as_bytes()[at - 1] == b'\r' && text.as_bytes().get(at) == Some(&b'\n') {
        at -= 1;
    }
    at
}

#[test]
fn stale_versions_are_logged_and_the_change_kept() {
    let mut client = Client::vscode();
    let doc = uri("stale.txt");
    client.open(&doc, "plaintext", "abc");
    client.change(&doc, 5, json!([{"text": "five"}]));
    client.change(&doc, 3, json!([{"text": "three"}]));
    let message = client.log_message("stale version");
    assert!(message.contains("got 3 after 5"), "{message}");
    assert_eq!(client.document_text(&doc), (3, "three".to_string()));
    assert!(client.shutdown_and_exit().success());
}

#[test]
fn unknown_documents_are_logged_and_ignored() {
    let mut client = Client::vscode();
    let doc = uri("not-open.txt");
    client.change(&doc, 2, json!([{"text": "x"}]));
    client.log_message("a change for file:///drafts/not-open.txt, which is not open");
    client.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": doc}}),
    );
    client.log_message("a close for file:///drafts/not-open.txt");
    assert_eq!(
        client.result(
            "copydesk/documentText",
            json!({"textDocument": {"uri": doc}})
        ),
        Value::Null
    );
    assert!(client.shutdown_and_exit().success());
}

#[test]
fn closing_clears_diagnostics_and_forgets_the_text() {
    let mut client = Client::vscode();
    let doc = uri("close.txt");
    assert_eq!(
        client
            .open_and_check(&doc, "The depot held 300 tanks.")
            .len(),
        1
    );
    client.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": doc}}),
    );
    let cleared = client.notification("textDocument/publishDiagnostics", |p| {
        p["uri"] == json!(doc)
    });
    assert_eq!(cleared["diagnostics"], json!([]));
    assert_eq!(
        client.result(
            "copydesk/documentText",
            json!({"textDocument": {"uri": doc}})
        ),
        Value::Null
    );
    assert!(client.shutdown_and_exit().success());
}

#[test]
fn opening_again_replaces_the_text() {
    let mut client = Client::vscode();
    let doc = uri("reopen.txt");
    client.open(&doc, "plaintext", "first");
    client.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": doc, "languageId": "plaintext", "version": 9, "text": "second 😀"}}),
    );
    assert_eq!(client.document_text(&doc), (9, "second 😀".to_string()));
    assert!(client.shutdown_and_exit().success());
}
