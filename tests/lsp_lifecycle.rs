//! `copydesk lsp` end to end: initialize and what it negotiates, exit codes, and bad input
//! that must never take the server down.

mod common;

use common::{Client, uri, vscode_capabilities};
use serde_json::{Value, json};

#[test]
fn initialize_advertises_incremental_sync_and_the_features() {
    let mut client = Client::spawn(&["lsp"]);
    let result = client.initialize(vscode_capabilities(), Value::Null);
    let caps = &result["capabilities"];
    assert_eq!(caps["textDocumentSync"]["change"], json!(2), "incremental");
    assert_eq!(caps["textDocumentSync"]["openClose"], json!(true));
    assert_eq!(caps["hoverProvider"], json!(true));
    assert_eq!(
        caps["codeActionProvider"]["codeActionKinds"],
        json!(["quickfix"])
    );
    assert_eq!(caps["documentSymbolProvider"], json!(true));
    assert_eq!(caps["referencesProvider"], json!(true));
    assert_eq!(result["serverInfo"]["name"], json!("copydesk"));
    assert_eq!(
        result["serverInfo"]["version"],
        json!(env!("CARGO_PKG_VERSION"))
    );
    assert!(client.shutdown_and_exit().success());
}

#[test]
fn utf8_is_chosen_when_offered_and_utf16_otherwise() {
    let offers = [
        (
            json!({"general": {"positionEncodings": ["utf-16", "utf-8"]}}),
            "utf-8",
        ),
        (
            json!({"general": {"positionEncodings": ["utf-16"]}}),
            "utf-16",
        ),
        (
            json!({"general": {"positionEncodings": ["utf-32", "utf-16"]}}),
            "utf-16",
        ),
        (json!({}), "utf-16"),
    ];
    for (capabilities, expected) in offers {
        let mut client = Client::spawn(&["lsp"]);
        let result = client.initialize(capabilities.clone(), Value::Null);
        assert_eq!(
            result["capabilities"]["positionEncoding"],
            json!(expected),
            "{capabilities}"
        );
        assert!(client.shutdown_and_exit().success());
    }
}

#[test]
fn shutdown_then_exit_ends_with_status_0() {
    let client = Client::vscode();
    assert_eq!(client.shutdown_and_exit().code(), Some(0));
}

#[test]
fn exit_without_shutdown_ends_with_status_1() {
    let mut client = Client::vscode();
    client.notify("exit", Value::Null);
    assert_eq!(client.wait_exit().code(), Some(1));
}

#[test]
fn exit_before_initialize_ends_with_status_1() {
    let mut client = Client::spawn(&["lsp"]);
    client.notify("exit", Value::Null);
    assert_eq!(client.wait_exit().code(), Some(1));
}

#[test]
fn the_stdio_flag_is_accepted_both_ways() {
    for args in [&["lsp", "--stdio"][..], &["--stdio"][..]] {
        let mut client = Client::spawn(args);
        client.initialize(vscode_capabilities(), Value::Null);
        assert_eq!(client.shutdown_and_exit().code(), Some(0), "{args:?}");
    }
}

#[test]
fn requests_before_initialize_get_an_error_and_the_server_stays() {
    let mut client = Client::spawn(&["lsp"]);
    let response = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri("a.txt")}, "position": {"line": 0, "character": 0}}),
    );
    assert_eq!(response["error"]["code"], json!(-32002), "{response}");
    client.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri("a.txt")}}),
    );
    client.initialize(vscode_capabilities(), Value::Null);
    assert!(client.shutdown_and_exit().success());
}

#[test]
fn invalid_json_gets_a_parse_error_and_the_server_keeps_serving() {
    let mut client = Client::vscode();
    client.send_body("{this is not json");
    let error = client.wait_for("a parse error", |m| m["error"]["code"] == json!(-32700));
    assert_eq!(error["id"], Value::Null);
    client.send_body(r#"{"jsonrpc": "2.0", "id": "x", "method": 12}"#);
    let error = client.wait_for("an invalid request", |m| m["id"] == json!("x"));
    assert_eq!(error["error"]["code"], json!(-32600));
    client.send_body("[1, 2, 3]");
    let error = client.wait_for("an invalid request", |m| {
        m["error"]["code"] == json!(-32600)
    });
    assert_eq!(error["id"], Value::Null);
    client.send_raw(b"Content-Length: nonsense\r\n\r\n");
    client.wait_for("a parse error", |m| m["error"]["code"] == json!(-32700));
    client.send_raw(b"Content-Type: application/vscode-jsonrpc; charset=latin1\r\n\r\n");
    client.wait_for("a parse error", |m| m["error"]["code"] == json!(-32700));
    let text = "The depot held 300 tanks.";
    assert_eq!(
        client.open_and_check(&uri("after-garbage.txt"), text).len(),
        1
    );
    assert!(client.shutdown_and_exit().success());
}

#[test]
fn unknown_methods_get_method_not_found_and_notifications_are_ignored() {
    let mut client = Client::vscode();
    let response = client.request("copydesk/noSuchThing", json!({}));
    assert_eq!(response["error"]["code"], json!(-32601), "{response}");
    client.notify("copydesk/noSuchNotification", json!({"x": 1}));
    client.notify("$/someExtension", json!({}));
    let response = client.request("$/alsoUnknown", json!({}));
    assert_eq!(response["error"]["code"], json!(-32601), "{response}");
    assert_eq!(
        client
            .open_and_check(&uri("a.txt"), "The depot held 300 tanks.")
            .len(),
        1
    );
    assert!(client.shutdown_and_exit().success());
}

#[test]
fn wrong_params_get_invalid_params_and_bad_notifications_are_dropped() {
    let mut client = Client::vscode();
    let response = client.request("textDocument/hover", json!({"textDocument": 42}));
    assert_eq!(response["error"]["code"], json!(-32602), "{response}");
    let response = client.request("textDocument/documentSymbol", json!("not an object"));
    assert_eq!(response["error"]["code"], json!(-32602), "{response}");
    client.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": "not a uri at all"}}),
    );
    client.notify("textDocument/didChange", json!({"contentChanges": "nope"}));
    client.notify("textDocument/didChange", json!(null));
    assert_eq!(
        client
            .open_and_check(&uri("a.txt"), "The depot held 300 tanks.")
            .len(),
        1
    );
    assert!(client.shutdown_and_exit().success());
}

#[test]
fn requests_about_unknown_documents_answer_null() {
    let mut client = Client::vscode();
    let unknown = json!({"uri": uri("never-opened.txt")});
    let at = json!({"line": 0, "character": 0});
    for (method, params) in [
        (
            "textDocument/hover",
            json!({"textDocument": unknown, "position": at}),
        ),
        (
            "textDocument/documentSymbol",
            json!({"textDocument": unknown}),
        ),
        (
            "textDocument/references",
            json!({"textDocument": unknown, "position": at, "context": {"includeDeclaration": true}}),
        ),
        (
            "textDocument/codeAction",
            json!({"textDocument": unknown, "range": {"start": at, "end": at}, "context": {"diagnostics": []}}),
        ),
    ] {
        assert_eq!(client.result(method, params), Value::Null, "{method}");
    }
    assert!(client.shutdown_and_exit().success());
}

#[test]
fn end_of_input_without_exit_ends_the_server() {
    let mut client = Client::vscode();
    client.result("shutdown", Value::Null);
    client.close_input();
    assert_eq!(client.wait_exit().code(), Some(0));
}
