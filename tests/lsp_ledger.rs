//! The desk's ledger in the language server, end to end over stdio with only the later draft
//! open: the workspace folder indexed in the background (honouring .gitignore and the
//! project file's `skip`) with `window/workDoneProgress`, the conflict with the earlier
//! draft published with `relatedInformation` in that file, the hover listing the same
//! subject in other drafts, `workspace/symbol` over every claim, and watched files keeping
//! the index current (the open draft's diagnostics published again).

mod common;

use std::path::Path;

use common::Client;
use serde_json::{Value, json};

/// 19 March, dated by its file name.
const EARLIER: &str = "# Russia's losses in Ukraine\n\nRussia has lost more than 450 tanks since \
                       the invasion began, Ukraine's General Staff said. It has also lost 1,450 \
                       armoured vehicles, the General Staff said.\n";
/// A week later, dated by its front matter: the running count fell.
const LATER: &str = "---\ndate: 2022-03-26\n---\n\n# Russia's losses in Ukraine\n\nRussia has lost \
                     400 tanks since the invasion began, Ukraine's General Staff said.\n";

fn file_uri(path: &Path) -> String {
    format!("file://{}", path.display())
}

fn write(path: &Path, text: &str) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("mkdir: {e}"));
    }
    std::fs::write(path, text).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
}

/// A server with `folder` as its one workspace folder, a client that takes progress reports
/// and watches files.
fn start(folder: &Path) -> Client {
    let mut client = Client::spawn(&["lsp"]);
    let mut capabilities = common::vscode_capabilities();
    capabilities["window"] = json!({"workDoneProgress": true});
    capabilities["workspace"]["didChangeWatchedFiles"] = json!({"dynamicRegistration": true});
    capabilities["workspace"]["symbol"] = json!({"dynamicRegistration": false});
    let params = json!({
        "processId": null,
        "rootUri": file_uri(folder),
        "workspaceFolders": [{"uri": file_uri(folder), "name": "desk"}],
        "capabilities": capabilities,
        "initializationOptions": {"copydesk": {"debounceMs": 0}}
    });
    let response = client.request("initialize", params);
    assert_eq!(
        response.pointer("/result/capabilities/workspaceSymbolProvider"),
        Some(&json!(true)),
        "{response}"
    );
    if let Some(encoding) = response
        .pointer("/result/capabilities/positionEncoding")
        .and_then(Value::as_str)
    {
        client.encoding = encoding.to_string();
    }
    client.notify("initialized", json!({}));
    client
}

/// Waits for the end of an indexing pass; returns its message.
fn indexed(client: &mut Client) -> String {
    let end = client.notification("$/progress", |p| p["value"]["kind"] == "end");
    end["value"]["message"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

/// Waits for diagnostics of `uri` that `accept` takes.
fn diagnostics_where(
    client: &mut Client,
    uri: &str,
    accept: impl Fn(&[Value]) -> bool,
) -> Vec<Value> {
    let params = client.notification("textDocument/publishDiagnostics", |p| {
        p["uri"] == uri
            && p["diagnostics"]
                .as_array()
                .is_some_and(|d| accept(d.as_slice()))
    });
    params["diagnostics"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

fn conflicts(diagnostics: &[Value]) -> Vec<&Value> {
    diagnostics
        .iter()
        .filter(|d| d["code"] == "conflicting-figure")
        .collect()
}

fn symbols(client: &mut Client, query: &str) -> Vec<Value> {
    client
        .result("workspace/symbol", json!({"query": query}))
        .as_array()
        .cloned()
        .unwrap_or_default()
}

#[test]
fn the_folder_is_indexed_and_the_later_draft_conflicts_with_the_earlier() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let root = dir.path();
    write(&root.join("2022-03-19-losses.md"), EARLIER);
    let later_path = root.join("drafts").join("later.md");
    write(&later_path, LATER);
    // Nearer in time, and higher: were they indexed, the conflict would point to them.
    write(&root.join(".gitignore"), "archive/\n");
    write(
        &root.join("archive/2022-03-25-losses.md"),
        &EARLIER.replace("more than 450", "more than 480"),
    );
    write(
        &root.join("old/2022-03-24-losses.md"),
        &EARLIER.replace("more than 450", "more than 470"),
    );
    write(&root.join("copydesk.json"), "{\"skip\": [\"old/**\"]}");
    let mut client = start(root);

    // Progress while the folder is indexed: created, begun, ended.
    client.wait_for("window/workDoneProgress/create", |m| {
        m["method"] == "window/workDoneProgress/create"
    });
    let begin = client.notification("$/progress", |p| p["value"]["kind"] == "begin");
    assert_eq!(begin["value"]["title"], "copydesk: indexing drafts");
    assert_eq!(indexed(&mut client), "2 drafts indexed");

    // Only the later draft is open.
    let later = file_uri(&later_path);
    let earlier = file_uri(&root.join("2022-03-19-losses.md"));
    client.open(&later, "markdown", LATER);
    let diagnostics = diagnostics_where(&mut client, &later, |d| !conflicts(d).is_empty());
    let conflict = conflicts(&diagnostics)[0];
    assert_eq!(
        conflict["message"],
        "\"400 tanks\" is lower than \"more than 450 tanks\" in 2022-03-19-losses.md (19 March \
         2022), line 3: a running count can only grow"
    );
    assert_eq!(
        conflict["range"],
        common::range_of(LATER, "400 tanks", &client.encoding)
    );
    let related = &conflict["relatedInformation"][0];
    assert_eq!(related["location"]["uri"], earlier);
    assert_eq!(
        related["location"]["range"],
        common::range_of(EARLIER, "more than 450 tanks", &client.encoding)
    );
    assert_eq!(
        related["message"],
        "the earlier figure: \"more than 450 tanks\" (19 March 2022)"
    );

    // The hover lists the same subject in the other draft, and the draft's date.
    let at = LATER.find("400 tanks").unwrap_or(0) + 1;
    let hover = client.result(
        "textDocument/hover",
        json!({"textDocument": {"uri": later}, "position": client.position(LATER, at)}),
    );
    let text = hover["contents"]["value"].as_str().unwrap_or_default();
    assert!(text.contains("In other drafts"), "{text}");
    assert!(
        text.contains(
            "19 March: more than 450 tanks, Ukraine's General Staff \
             (2022-03-19-losses.md, line 3) (conflicts)"
        ),
        "{text}"
    );
    assert!(text.contains("Draft date: 26 March 2022"), "{text}");
    assert!(text.contains("a running count can only grow"), "{text}");

    // Every claim of the workspace, by subject, source or text.
    let tanks = symbols(&mut client, "tanks");
    let names: Vec<&str> = tanks.iter().filter_map(|s| s["name"].as_str()).collect();
    assert_eq!(
        names,
        [
            "more than 450 tanks · tank lost · Ukraine's General Staff",
            "400 tanks · tank lost · Ukraine's General Staff"
        ]
    );
    assert_eq!(tanks[1]["location"]["uri"], later);
    assert_eq!(tanks[1]["containerName"], "drafts/later.md (26 March 2022)");
    assert_eq!(symbols(&mut client, "general staff").len(), 3);
    let armoured = symbols(&mut client, "1450");
    assert_eq!(armoured.len(), 1, "{armoured:?}");
    assert_eq!(armoured[0]["location"]["uri"], earlier);
    assert_eq!(
        armoured[0]["location"]["range"],
        common::range_of(EARLIER, "1,450 armoured vehicles", &client.encoding)
    );
    assert!(symbols(&mut client, "helicopters").is_empty());
    assert_eq!(symbols(&mut client, "").len(), 3);
    assert!(client.shutdown_and_exit().success());
}

#[test]
fn watched_files_keep_the_index_current_and_the_open_draft_is_published_again() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let root = dir.path();
    let later_path = root.join("later.md");
    write(&later_path, LATER);
    let mut client = start(root);
    // The server watches the drafts.
    let registration = client.wait_for("client/registerCapability", |m| {
        m["method"] == "client/registerCapability"
    });
    let globs: Vec<&str> =
        registration["params"]["registrations"][0]["registerOptions"]["watchers"]
            .as_array()
            .map(|w| w.iter().filter_map(|w| w["globPattern"].as_str()).collect())
            .unwrap_or_default();
    assert!(globs.contains(&"**/*.md"), "{globs:?}");
    assert_eq!(indexed(&mut client), "1 draft indexed");

    let later = file_uri(&later_path);
    client.open(&later, "markdown", LATER);
    let first = client.diagnostics(&later, 1);
    assert!(conflicts(&first).is_empty(), "{first:?}");

    // An earlier draft appears: the open draft's diagnostics are published again.
    let earlier_path = root.join("2022-03-19-losses.md");
    write(&earlier_path, EARLIER);
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": file_uri(&earlier_path), "type": 1}]}),
    );
    let again = diagnostics_where(&mut client, &later, |d| !conflicts(d).is_empty());
    assert_eq!(
        again[0]["relatedInformation"][0]["location"]["uri"],
        file_uri(&earlier_path)
    );

    // It is deleted: the conflict goes.
    std::fs::remove_file(&earlier_path).unwrap_or_else(|e| panic!("remove: {e}"));
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": file_uri(&earlier_path), "type": 3}]}),
    );
    diagnostics_where(&mut client, &later, |d| conflicts(d).is_empty());

    // Editing the open draft up to the earlier figure's count clears it too; lowering it
    // again brings it back, on the keystroke's own publication.
    write(&earlier_path, EARLIER);
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": file_uri(&earlier_path), "type": 1}]}),
    );
    diagnostics_where(&mut client, &later, |d| !conflicts(d).is_empty());
    let mut text = LATER.to_string();
    let at = text.find("400").unwrap_or(0);
    let change = common::edit(&mut text, at, at + 3, "500", &client.encoding);
    client.change(&later, 2, json!([change]));
    assert!(conflicts(&client.diagnostics(&later, 2)).is_empty());
    let at = text.find("500").unwrap_or(0);
    let change = common::edit(&mut text, at, at + 3, "300", &client.encoding);
    client.change(&later, 3, json!([change]));
    assert_eq!(conflicts(&client.diagnostics(&later, 3)).len(), 1);
    assert!(client.shutdown_and_exit().success());
}

#[test]
fn a_project_file_can_turn_the_ledger_off() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let root = dir.path();
    write(&root.join("2022-03-19-losses.md"), EARLIER);
    write(&root.join("later.md"), LATER);
    write(&root.join("copydesk.json"), "{\"ledger\": false}");
    let mut client = start(root);
    assert_eq!(indexed(&mut client), "0 drafts indexed");
    let later = file_uri(&root.join("later.md"));
    client.open(&later, "markdown", LATER);
    assert!(conflicts(&client.diagnostics(&later, 1)).is_empty());
    assert!(symbols(&mut client, "").is_empty());
    assert!(client.shutdown_and_exit().success());
}
