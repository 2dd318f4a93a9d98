//! The fact-check sheet through the language server, end to end over stdio: the code lens at
//! the top of each draft ("N figures · N unattributed · N conflicts"), kept current as the
//! diagnostics change (`workspace/codeLens/refresh`), and `workspace/executeCommand`
//! `copydesk.report` answering with the sheet of the text as it stands.

mod common;

use common::{Client, uri, vscode_capabilities};
use serde_json::{Value, json};

/// A draft with an attributed claim, a conflict, an unattributed claim, a year, emoji, CJK,
/// curly quotes and markup that must stay text (whose "1" is a figure too).
const DRAFT: &str = "# Losses 😀 <script>alert(1)</script>\n\n\
                     Russia has lost over 450 tanks, the ministry said.\n\n\
                     The ministry later said “Russia had lost 400 tanks” in 東京.\n\n\
                     In 2023, 12 jets were shot down.\n";

/// VS Code's capabilities plus `workspace.codeLens.refreshSupport`.
fn refreshing_client() -> Client {
    let mut capabilities = vscode_capabilities();
    capabilities["workspace"]["codeLens"] = json!({"refreshSupport": true});
    Client::start(capabilities, json!({"copydesk": {"debounceMs": 0}}))
}

fn lens(client: &mut Client, doc: &str) -> Value {
    let lenses = client.result(
        "textDocument/codeLens",
        json!({"textDocument": {"uri": doc}}),
    );
    assert_eq!(lenses.as_array().map(Vec::len), Some(1), "{lenses}");
    lenses[0].clone()
}

#[test]
fn the_server_offers_lenses_and_the_report_command() {
    let mut client = Client::spawn(&["lsp"]);
    let result = client.initialize(vscode_capabilities(), json!({}));
    let capabilities = &result["capabilities"];
    assert_eq!(
        capabilities["codeLensProvider"],
        json!({"resolveProvider": false})
    );
    assert_eq!(
        capabilities["executeCommandProvider"]["commands"],
        json!(["copydesk.report"])
    );
    client.shutdown_and_exit();
}

#[test]
fn the_lens_counts_the_draft_and_opens_the_sheet() {
    for mut client in [Client::vscode(), Client::neovim()] {
        let doc = uri("draft.md");
        client.open(&doc, "markdown", DRAFT);
        client.diagnostics(&doc, 1);
        let lens = lens(&mut client, &doc);
        assert_eq!(
            lens["range"],
            json!({"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}})
        );
        assert_eq!(
            lens["command"]["title"],
            json!("5 figures · 1 unattributed · 1 conflict")
        );
        assert_eq!(lens["command"]["command"], json!("copydesk.report"));
        assert_eq!(lens["command"]["arguments"], json!([{"uri": doc}]));
        client.shutdown_and_exit();
    }
}

#[test]
fn the_report_command_answers_with_the_sheet_of_the_text_as_it_stands() {
    let mut client = Client::vscode();
    let doc = uri("draft.md");
    client.open(&doc, "markdown", DRAFT);
    // Changed before the diagnostics are even waited for: the sheet is of version 2.
    client.change(
        &doc,
        2,
        json!([{"text": format!("{DRAFT}\nNATO said 30 ships sank.\n")}]),
    );
    let report = client.result(
        "workspace/executeCommand",
        json!({"command": "copydesk.report", "arguments": [{"uri": doc}]}),
    );
    assert_eq!(report["uri"], json!(doc));
    assert_eq!(report["version"], json!(2));
    assert_eq!(report["title"], json!("Fact-check sheet: /drafts/draft.md"));
    assert_eq!(report["totals"]["claims"], json!(4));
    assert_eq!(
        report["totals"]["lens"],
        json!("6 figures · 1 unattributed · 1 conflict")
    );
    let html = report["html"].as_str().unwrap_or_default();
    assert!(html.starts_with("<!DOCTYPE html>"));
    for claim in ["over 450 tanks", "400 tanks", "12 jets", "30 ships"] {
        assert!(html.contains(&format!(">{claim}</td>")), "{claim}");
    }
    assert!(!html.contains("<script>"), "the draft's markup is text");
    assert!(html.contains("&lt;script&gt;alert("));
    assert!(html.contains("“Russia had lost <mark"), "curly quotes kept");
    assert!(html.contains("東京"));
    client.shutdown_and_exit();
}

#[test]
fn bad_arguments_and_unknown_documents_are_errors_not_crashes() {
    let mut client = Client::vscode();
    for (params, fragment) in [
        (
            json!({"command": "copydesk.report", "arguments": []}),
            "takes the document",
        ),
        (
            json!({"command": "copydesk.report", "arguments": [{"uri": uri("nope.md")}]}),
            "is not open",
        ),
        (
            json!({"command": "copydesk.other", "arguments": []}),
            "unknown command",
        ),
    ] {
        let response = client.request("workspace/executeCommand", params);
        let message = response["error"]["message"].as_str().unwrap_or_default();
        assert_eq!(response["error"]["code"], json!(-32602), "{response}");
        assert!(message.contains(fragment), "{message}");
    }
    let lenses = client.request(
        "textDocument/codeLens",
        json!({"textDocument": {"uri": uri("nope.md")}}),
    );
    assert_eq!(lenses["result"], Value::Null, "{lenses}");
    client.shutdown_and_exit();
}

#[test]
fn the_client_is_asked_to_refresh_lenses_when_the_counts_change() {
    let mut client = refreshing_client();
    let doc = uri("draft.md");
    client.open(
        &doc,
        "markdown",
        "Russia lost 300 tanks, the ministry said.\n",
    );
    client.diagnostics(&doc, 1);
    client.wait_for("a codeLens refresh after the first publication", |m| {
        m["method"] == json!("workspace/codeLens/refresh")
    });
    // The same counts: no refresh.
    client.change(
        &doc,
        2,
        json!([{"text": "Russia lost 310 tanks, the ministry said.\n"}]),
    );
    client.diagnostics(&doc, 2);
    // A new unattributed claim: the lens must change.
    client.change(
        &doc,
        3,
        json!([{"text": "Russia lost 310 tanks, the ministry said. It lost 20 jets.\n\nThen 9 ships sank.\n"}]),
    );
    client.diagnostics(&doc, 3);
    client.wait_for("a codeLens refresh after the counts changed", |m| {
        m["method"] == json!("workspace/codeLens/refresh")
    });
    let so_far = client.messages_so_far(&doc);
    let refreshes = so_far
        .iter()
        .filter(|m| m["method"] == json!("workspace/codeLens/refresh"))
        .count();
    assert_eq!(refreshes, 0, "one refresh per change of counts: {so_far:?}");
    assert_eq!(
        lens(&mut client, &doc)["command"]["title"],
        json!("3 figures · 2 unattributed · 0 conflicts")
    );
    client.shutdown_and_exit();
}

#[test]
fn clients_without_refresh_support_are_not_asked() {
    let mut client = Client::neovim();
    let doc = uri("draft.md");
    client.open(&doc, "markdown", "Russia lost 300 tanks.\n");
    client.diagnostics(&doc, 1);
    let so_far = client.messages_so_far(&doc);
    assert!(
        !so_far
            .iter()
            .any(|m| m["method"] == json!("workspace/codeLens/refresh")),
        "{so_far:?}"
    );
    client.shutdown_and_exit();
}

#[test]
fn the_sheet_names_a_draft_within_its_workspace_folder() {
    let mut client = Client::spawn(&["lsp"]);
    let response = client.request(
        "initialize",
        json!({"processId": null, "rootUri": "file:///drafts", "capabilities": vscode_capabilities(),
               "initializationOptions": {"copydesk": {"debounceMs": 0}}}),
    );
    assert!(response.get("result").is_some(), "{response}");
    client.notify("initialized", json!({}));
    let doc = uri("news.md");
    client.open(&doc, "markdown", "Russia lost 300 tanks.\n");
    let report = client.result(
        "workspace/executeCommand",
        json!({"command": "copydesk.report", "arguments": [doc]}),
    );
    assert_eq!(report["title"], json!("Fact-check sheet: news.md"));
    client.shutdown_and_exit();
}
