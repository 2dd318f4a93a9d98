//! Diagnostics end to end: published on open, after changes and after settings changes, with
//! the document version, `source`, code, documentation link and exact ranges in both
//! encodings; settings from `initializationOptions`, `didChangeConfiguration` and
//! `workspace/configuration`; the cap; a 10 MB draft; a panicking analysis.
//!
//! The drafts here use plainly unattributed claims ("The depot held 300 tanks.") whose
//! findings do not depend on the finer points of the engine.

mod common;

use common::{Client, neovim_capabilities, range_of, uri, vscode_capabilities};
use serde_json::{Value, json};

const MIXED: &str =
    "“Quoted” 😀 東京 — the depot held 300 tanks.\r\nSecond line 🎉 had 12 ships\rThird line.\n";

#[test]
fn diagnostics_on_open_carry_version_source_code_and_exact_ranges() {
    for mut client in [Client::vscode(), Client::neovim()] {
        let doc = uri("mixed.txt");
        client.open(&doc, "plaintext", MIXED);
        let diagnostics = client.diagnostics(&doc, 1);
        assert_eq!(diagnostics.len(), 2, "{diagnostics:#?}");
        let tanks = &diagnostics[0];
        assert_eq!(
            tanks["range"],
            range_of(MIXED, "300 tanks", &client.encoding),
            "{}",
            client.encoding
        );
        assert_eq!(tanks["source"], json!("copydesk"));
        assert_eq!(tanks["code"], json!("unattributed-claim"));
        assert_eq!(tanks["severity"], json!(2));
        let href = tanks["codeDescription"]["href"]
            .as_str()
            .unwrap_or_default();
        assert!(href.ends_with("README.md#unattributed-claim"), "{href}");
        assert!(
            tanks["message"]
                .as_str()
                .is_some_and(|m| m.contains("300 tanks"))
        );
        let ships = &diagnostics[1];
        assert_eq!(
            ships["range"],
            range_of(MIXED, "12 ships", &client.encoding),
            "after a lone CR"
        );
        assert!(client.shutdown_and_exit().success());
    }
}

#[test]
fn diagnostics_follow_each_change() {
    let mut client = Client::vscode();
    let doc = uri("changing.txt");
    assert_eq!(client.open_and_check(&doc, MIXED).len(), 2);
    let mut text = MIXED.to_string();
    let at = text.find("300 tanks").unwrap_or(0);
    let change = common::edit(&mut text, at, at + 3, "many", &client.encoding);
    client.change(&doc, 2, json!([change]));
    let diagnostics = client.diagnostics(&doc, 2);
    assert_eq!(diagnostics.len(), 1);
    assert_eq!(
        diagnostics[0]["range"],
        range_of(&text, "12 ships", &client.encoding)
    );
    let at = text.find("🎉").unwrap_or(0);
    let change = common::edit(&mut text, at, at, "😀😀 ", &client.encoding);
    client.change(&doc, 3, json!([change]));
    let diagnostics = client.diagnostics(&doc, 3);
    assert_eq!(
        diagnostics[0]["range"],
        range_of(&text, "12 ships", &client.encoding),
        "moved by the emoji"
    );
    assert!(client.shutdown_and_exit().success());
}

#[test]
fn initialization_options_switch_a_code_off() {
    let options = json!({"copydesk": {"severity": {"unattributed-claim": "off"}, "debounceMs": 0}});
    let mut client = Client::start(vscode_capabilities(), options);
    assert_eq!(
        client.open_and_check(&uri("off.txt"), MIXED),
        Vec::<Value>::new()
    );
    assert!(client.shutdown_and_exit().success());
}

#[test]
fn a_configuration_change_republishes_every_open_document() {
    let mut client = Client::vscode();
    let (a, b) = (uri("a.txt"), uri("b.md"));
    assert_eq!(client.open_and_check(&a, MIXED).len(), 2);
    client.open(&b, "markdown", "# Heading\n\nThe depot held 300 tanks.\n");
    assert_eq!(client.diagnostics(&b, 1).len(), 1);
    let settings =
        json!({"copydesk": {"severity": {"unattributed-claim": "hint"}, "debounceMs": 0}});
    client.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": settings}),
    );
    for doc in [&a, &b] {
        let diagnostics = client.diagnostics(doc, 1);
        assert!(!diagnostics.is_empty());
        assert!(
            diagnostics.iter().all(|d| d["severity"] == json!(4)),
            "hints now: {diagnostics:#?}"
        );
    }
    let settings = json!({"copydesk": {"severity": {"unattributed-claim": "off"}}});
    client.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": settings}),
    );
    assert_eq!(client.diagnostics(&a, 1), Vec::<Value>::new());
    assert_eq!(client.diagnostics(&b, 1), Vec::<Value>::new());
    assert!(client.shutdown_and_exit().success());
}

#[test]
fn settings_are_pulled_when_the_change_does_not_carry_them() {
    let mut capabilities = neovim_capabilities();
    capabilities["workspace"]["configuration"] = json!(true);
    let mut client = Client::start(capabilities, json!({"copydesk": {"debounceMs": 0}}));
    let doc = uri("pulled.txt");
    assert_eq!(client.open_and_check(&doc, MIXED).len(), 2);
    *client
        .configuration
        .lock()
        .unwrap_or_else(|e| e.into_inner()) =
        json!([{"severity": {"unattributed-claim": "error"}, "debounceMs": 0}]);
    client.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": null}),
    );
    client.wait_for("the configuration pull", |m| {
        m["method"] == json!("workspace/configuration")
    });
    let diagnostics = client.diagnostics(&doc, 1);
    // The pulled severity raises every warning to an error; "had 12 ships" is a fleet, an
    // operational detail (weight.head-count), and stays the hint its class makes it.
    assert!(
        diagnostics.iter().any(|d| d["severity"] == json!(1))
            && diagnostics.iter().all(|d| d["severity"] != json!(2)),
        "{diagnostics:#?}"
    );
    assert!(client.shutdown_and_exit().success());
}

#[test]
fn settings_changes_are_registered_with_clients_that_want_it() {
    let mut capabilities = vscode_capabilities();
    capabilities["workspace"]["didChangeConfiguration"] = json!({"dynamicRegistration": true});
    let mut client = Client::start(capabilities, json!({"copydesk": {"debounceMs": 0}}));
    let request = client.wait_for("the registration", |m| {
        m["method"] == json!("client/registerCapability")
    });
    let registration = &request["params"]["registrations"][0];
    assert_eq!(
        registration["method"],
        json!("workspace/didChangeConfiguration")
    );
    assert!(client.shutdown_and_exit().success());
}

#[test]
fn broken_settings_are_reported_and_the_last_good_ones_stay() {
    let mut client = Client::start(
        vscode_capabilities(),
        json!({"copydesk": {"maxDiagnostic": 3}}),
    );
    let shown = client.notification("window/showMessage", |_| true);
    assert!(
        shown["message"]
            .as_str()
            .is_some_and(|m| m.contains("maxDiagnostic")),
        "{shown}"
    );
    let doc = uri("broken.txt");
    assert_eq!(
        client.open_and_check(&doc, MIXED).len(),
        2,
        "defaults in force"
    );
    client.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"copydesk": {"severity": 5}}}),
    );
    client.notification("window/showMessage", |_| true);
    let text = client.document_text(&doc).1;
    assert_eq!(text, MIXED, "still serving");
    assert!(client.shutdown_and_exit().success());
}

#[test]
fn the_cap_limits_diagnostics_and_says_so() {
    let options = json!({"copydesk": {"maxDiagnostics": 5, "debounceMs": 0}});
    let mut client = Client::start(vscode_capabilities(), options);
    let text = "The depot held 300 tanks.\n\n".repeat(30);
    let doc = uri("capped.txt");
    assert_eq!(client.open_and_check(&doc, &text).len(), 5);
    let note = client.log_message("shows its first 5 findings");
    assert!(note.contains("25 more"), "{note}");
    assert!(client.shutdown_and_exit().success());
}

#[test]
fn a_ten_megabyte_draft_is_analysed_and_capped_without_holding_up_a_short_one() {
    let mut client = Client::vscode();
    let paragraph = format!("{}\n\nThe depot held 300 tanks.\n\n", common::SEED_ARTICLE);
    let big = paragraph.repeat(10 * 1024 * 1024 / paragraph.len() + 1);
    assert!(big.len() > 10 * 1024 * 1024);
    let (big_doc, short_doc) = (uri("big.txt"), uri("short.txt"));
    client.open(&big_doc, "plaintext", &big);
    client.open(&short_doc, "plaintext", "The depot held 300 tanks.");
    let first = client.wait_for("diagnostics", |m| {
        m["method"] == json!("textDocument/publishDiagnostics")
    });
    assert_eq!(
        first["params"]["uri"],
        json!(short_doc),
        "the short draft is not held up by the long one"
    );
    let diagnostics = client.diagnostics(&big_doc, 1);
    assert_eq!(diagnostics.len(), 1000, "the default cap");
    let hover = client.result(
        "textDocument/hover",
        json!({"textDocument": {"uri": short_doc}, "position": {"line": 0, "character": 16}}),
    );
    assert!(
        hover["contents"]["value"]
            .as_str()
            .is_some_and(|v| v.contains("300")),
        "{hover}"
    );
    assert!(client.shutdown_and_exit().success());
}

#[test]
fn a_panicking_analysis_is_logged_and_the_server_keeps_serving() {
    let mut client = Client::spawn_with_env(&["lsp"], &[("COPYDESK_TEST_PANIC", "PANIC-HERE")]);
    client.initialize(
        vscode_capabilities(),
        json!({"copydesk": {"debounceMs": 0}}),
    );
    let doc = uri("panics.txt");
    client.open(&doc, "plaintext", "The depot held 300 tanks. PANIC-HERE");
    let message = client.log_message("failed");
    assert!(message.contains("panicked on purpose"), "{message}");
    assert!(message.contains(&doc), "{message}");
    assert_eq!(
        client
            .open_and_check(&uri("fine.txt"), "The depot held 300 tanks.")
            .len(),
        1
    );
    client.change(&doc, 2, json!([{"text": "The depot held 300 tanks."}]));
    assert_eq!(
        client.diagnostics(&doc, 2).len(),
        1,
        "analysed again once the text is fine"
    );
    let hover = client.result(
        "textDocument/hover",
        json!({"textDocument": {"uri": doc}, "position": {"line": 0, "character": 16}}),
    );
    assert!(!hover.is_null());
    assert!(client.shutdown_and_exit().success());
}

#[test]
fn the_default_debounce_still_publishes_every_final_version() {
    let mut client = Client::start(vscode_capabilities(), Value::Null);
    let doc = uri("debounced.txt");
    client.open(&doc, "plaintext", "The depot held 300 tanks.");
    for version in 2..=20 {
        client.change(
            &doc,
            version,
            json!([{"text": format!("The depot held {version} tanks.")}]),
        );
    }
    let diagnostics = client.diagnostics(&doc, 20);
    assert_eq!(diagnostics[0]["range"]["start"]["character"], json!(15));
    assert!(client.shutdown_and_exit().success());
}
