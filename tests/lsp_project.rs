//! The project file `copydesk.json` end to end over stdio: read per workspace folder (and
//! from `rootUri`), watched and reloaded, a broken file shown (message, diagnostic in the
//! file) while the last good settings stay, the source list in hovers and conflicts, and the
//! quick-fixes that write to the draft or the file, applied and round-tripped.

mod common;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use common::{Client, position, range_of};
use serde_json::{Value, json};

/// VS Code-like capabilities plus file watching and file creation.
fn capabilities(create_files: bool) -> Value {
    let mut caps = common::vscode_capabilities();
    caps["workspace"]["didChangeWatchedFiles"] = json!({"dynamicRegistration": true});
    caps["workspace"]["workspaceEdit"] = json!({
        "documentChanges": true,
        "resourceOperations": if create_files { json!(["create"]) } else { json!([]) }
    });
    caps
}

fn file_uri(path: &Path) -> String {
    format!("file://{}", path.display())
}

/// A server started with `folders` as its workspace folders (or only `root` as its rootUri).
fn start(folders: &[&Path], root: Option<&Path>, create_files: bool) -> Client {
    let mut client = Client::spawn(&["lsp"]);
    let folders: Vec<Value> = folders
        .iter()
        .map(|f| json!({"uri": file_uri(f), "name": "desk"}))
        .collect();
    let params = json!({
        "processId": null,
        "rootUri": root.map(file_uri),
        "workspaceFolders": if folders.is_empty() { Value::Null } else { json!(folders) },
        "capabilities": capabilities(create_files),
        "initializationOptions": {"copydesk": {"debounceMs": 0}}
    });
    let response = client.request("initialize", params);
    if let Some(encoding) = response
        .pointer("/result/capabilities/positionEncoding")
        .and_then(Value::as_str)
    {
        client.encoding = encoding.to_string();
    }
    client.notify("initialized", json!({}));
    client
}

fn tempdir() -> tempfile::TempDir {
    tempfile::tempdir().unwrap_or_else(|e| panic!("temporary directory: {e}"))
}

fn write(path: &Path, text: &str) {
    if let Some(parent) = path.parent() {
        let _ = std::fs::create_dir_all(parent);
    }
    std::fs::write(path, text).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
}

/// Tells the server a project file changed (1 created, 2 changed, 3 deleted).
fn file_changed(client: &mut Client, path: &Path, kind: i64) {
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": file_uri(path), "type": kind}]}),
    );
}

fn codes(diagnostics: &[Value]) -> Vec<String> {
    diagnostics
        .iter()
        .map(|d| d["code"].as_str().unwrap_or_default().to_string())
        .collect()
}

/// The next diagnostics published for `uri`, whatever the version.
fn next_diagnostics(client: &mut Client, uri: &str) -> Vec<Value> {
    let params = client.notification("textDocument/publishDiagnostics", |p| {
        p.get("uri") == Some(&json!(uri))
    });
    params["diagnostics"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

/// The byte offset of protocol position `at` in `text` (lines end at `\n`).
fn offset_at(text: &str, at: &Value, encoding: &str) -> usize {
    let line = at["line"].as_u64().unwrap_or(0) as usize;
    let character = at["character"].as_u64().unwrap_or(0) as usize;
    let mut start = 0;
    for _ in 0..line {
        start += text[start..]
            .find('\n')
            .map_or(text.len() - start, |n| n + 1);
    }
    let mut units = 0;
    for (i, c) in text[start..].char_indices() {
        if units >= character || c == '\n' {
            return start + i;
        }
        units += match encoding {
            "utf-8" => c.len_utf8(),
            "utf-32" => 1,
            _ => c.len_utf16(),
        };
    }
    text.len()
}

/// Applies a workspace edit: the draft's text is in `open` (by URI), other files are read
/// from and written to disk (created by a `create` operation).
fn apply(edit: &Value, open: &mut HashMap<String, String>, encoding: &str) {
    let mut file_edits: Vec<(String, Vec<Value>)> = Vec::new();
    if let Some(changes) = edit["documentChanges"].as_array() {
        for change in changes {
            if change["kind"] == "create" {
                let uri = change["uri"].as_str().unwrap_or_default();
                let path = PathBuf::from(uri.trim_start_matches("file://"));
                assert!(!path.exists(), "create over an existing file");
                write(&path, "");
            } else {
                let uri = change["textDocument"]["uri"].as_str().unwrap_or_default();
                let edits = change["edits"].as_array().cloned().unwrap_or_default();
                file_edits.push((uri.to_string(), edits));
            }
        }
    }
    if let Some(changes) = edit["changes"].as_object() {
        for (uri, edits) in changes {
            file_edits.push((uri.clone(), edits.as_array().cloned().unwrap_or_default()));
        }
    }
    assert!(!file_edits.is_empty(), "no edits in {edit}");
    for (uri, mut edits) in file_edits {
        let on_disk = !open.contains_key(&uri);
        let path = PathBuf::from(uri.trim_start_matches("file://"));
        let mut text = match open.get(&uri) {
            Some(text) => text.clone(),
            None => std::fs::read_to_string(&path).unwrap_or_default(),
        };
        let original = text.clone();
        edits.sort_by_key(|e| {
            std::cmp::Reverse(offset_at(&original, &e["range"]["start"], encoding))
        });
        for e in edits {
            let start = offset_at(&original, &e["range"]["start"], encoding);
            let end = offset_at(&original, &e["range"]["end"], encoding);
            text.replace_range(start..end, e["newText"].as_str().unwrap_or_default());
        }
        if on_disk {
            write(&path, &text);
        } else {
            open.insert(uri, text);
        }
    }
}

/// The code actions at `needle` of `text`, with `diagnostics` as context.
fn actions(
    client: &mut Client,
    uri: &str,
    text: &str,
    needle: &str,
    diagnostics: &[Value],
) -> Vec<Value> {
    let range = range_of(text, needle, &client.encoding);
    let result = client.result(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": range,
               "context": {"diagnostics": diagnostics}}),
    );
    result.as_array().cloned().unwrap_or_default()
}

fn titled<'a>(actions: &'a [Value], title: &str) -> &'a Value {
    actions
        .iter()
        .find(|a| a["title"] == title)
        .unwrap_or_else(|| panic!("no {title:?} among {actions:#?}"))
}

fn hover_text(client: &mut Client, uri: &str, text: &str, needle: &str) -> String {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} missing"))
        + 1;
    let hover = client.result(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": position(text, at, &client.encoding)}),
    );
    hover["contents"]["value"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

const TANKS: &str = "Russia lost 300 tanks.\n";

#[test]
fn the_server_asks_to_watch_copydesk_json_and_reloads_it() {
    let dir = tempdir();
    let file = dir.path().join("copydesk.json");
    write(&file, "{}\n");
    let mut client = start(&[dir.path()], None, true);
    let registration = client.wait_for("a file-watching registration", |m| {
        m["method"] == "client/registerCapability"
            && m.to_string().contains("workspace/didChangeWatchedFiles")
    });
    let watchers = &registration["params"]["registrations"][0]["registerOptions"]["watchers"];
    assert_eq!(
        watchers[0]["globPattern"], "**/copydesk.json",
        "{registration}"
    );

    let draft = file_uri(&dir.path().join("draft.txt"));
    let other = file_uri(&dir.path().join("news/other.txt"));
    assert_eq!(
        codes(&client.open_and_check(&draft, TANKS)),
        ["unattributed-claim"]
    );
    assert_eq!(
        codes(&client.open_and_check(&other, TANKS)),
        ["unattributed-claim"]
    );

    write(&file, "{\"severity\": {\"unattributed-claim\": \"off\"}}\n");
    file_changed(&mut client, &file, 2);
    // Every open draft is checked again under the new file.
    assert!(next_diagnostics(&mut client, &draft).is_empty());
    assert!(next_diagnostics(&mut client, &other).is_empty());

    std::fs::remove_file(&file).unwrap_or_else(|e| panic!("{e}"));
    file_changed(&mut client, &file, 3);
    assert_eq!(
        codes(&next_diagnostics(&mut client, &draft)),
        ["unattributed-claim"]
    );
    assert!(client.shutdown_and_exit().success());
}

#[test]
fn a_broken_file_is_shown_and_the_last_good_settings_stay() {
    let dir = tempdir();
    let file = dir.path().join("copydesk.json");
    let good = "{\r\n  \"severity\": {\"unattributed-claim\": \"off\"},\r\n  \"sources\": [{\"name\": \"“AP” 😀\"}]\r\n}\r\n";
    write(&file, good);
    let mut client = start(&[dir.path()], None, true);
    let draft = file_uri(&dir.path().join("draft.txt"));
    assert!(client.open_and_check(&draft, TANKS).is_empty());

    // An unknown code after curly quotes and an emoji on line 2.
    let broken = "{\r\n  \"severity\": {\"unattributed-claim\": \"off\", \"“x” 😀\": \"hint\"},\r\n  \"sources\": []\r\n}\r\n";
    write(&file, broken);
    file_changed(&mut client, &file, 2);
    let shown = client.notification("window/showMessage", |_| true);
    assert_eq!(shown["type"], 1, "an error: {shown}");
    let message = shown["message"].as_str().unwrap_or_default();
    assert!(
        message.contains(&format!("{}:2:45: unknown finding code", file.display()))
            && message.contains("“x” 😀"),
        "{message}"
    );
    let in_file = next_diagnostics(&mut client, &file_uri(&file));
    assert_eq!(in_file.len(), 1, "{in_file:?}");
    assert_eq!(in_file[0]["severity"], 1);
    assert_eq!(
        in_file[0]["range"],
        range_of(broken, "\"“x” 😀\"", &client.encoding),
        "the mistake is underlined where it is"
    );

    // The draft is still checked with the last good settings.
    client.change(&draft, 2, json!([{"text": "Russia lost 400 tanks.\n"}]));
    assert!(client.diagnostics(&draft, 2).is_empty());

    // Fixed: the diagnostic goes and the fixed file applies.
    write(&file, "{\"severity\": {\"unattributed-claim\": \"error\"}}");
    file_changed(&mut client, &file, 2);
    assert!(next_diagnostics(&mut client, &file_uri(&file)).is_empty());
    let now = next_diagnostics(&mut client, &draft);
    assert_eq!(now.len(), 1);
    assert_eq!(now[0]["severity"], 1);
    assert!(client.shutdown_and_exit().success());
}

#[test]
fn a_file_broken_from_the_start_is_shown_when_the_server_starts() {
    let dir = tempdir();
    let file = dir.path().join("copydesk.json");
    write(&file, "{\"maxDiagnostics\": -1}");
    let mut client = start(&[dir.path()], None, true);
    let shown = client.notification("window/showMessage", |_| true);
    let message = shown["message"].as_str().unwrap_or_default();
    assert!(message.contains("copydesk.json:1:20:"), "{message}");
    let draft = file_uri(&dir.path().join("draft.txt"));
    assert_eq!(
        codes(&client.open_and_check(&draft, TANKS)),
        ["unattributed-claim"]
    );
    assert!(client.shutdown_and_exit().success());
}

const UN_LIST: &str = "{\n  \"sources\": [\n    {\n      \"name\": \"the UN\",\n      \"aliases\": [\"UN human rights office\"],\n      \"url\": \"https://www.ohchr.org/\",\n      \"published\": \"19 March\",\n      \"note\": \"Verified deaths only; the real toll is higher\",\n      \"figures\": [{\"subject\": \"civilians killed\", \"low\": 816}]\n    }\n  ]\n}\n";

#[test]
fn a_linked_claim_shows_its_listed_source_and_conflicts_with_it() {
    let dir = tempdir();
    write(&dir.path().join("copydesk.json"), UN_LIST);
    let mut client = start(&[dir.path()], None, true);
    let draft = file_uri(&dir.path().join("draft.md"));
    let text = "# Toll 😀\r\n\r\nAbout 700 civilians have been killed, according to the UN’s human rights office.\r\n\r\nMore than 1,000 soldiers have been wounded, the UN said.\r\n";
    client.open(&draft, "markdown", text);
    let diagnostics = client.diagnostics(&draft, 1);
    assert_eq!(codes(&diagnostics), ["conflicting-figure"]);
    assert_eq!(
        diagnostics[0]["message"],
        "\"About 700 civilians\" conflicts with the UN's count (published 19 March): at least 816"
    );
    assert_eq!(
        diagnostics[0]["range"],
        range_of(text, "About 700 civilians", &client.encoding)
    );
    let hover = hover_text(&mut client, &draft, text, "700");
    for line in [
        "Listed source: the UN",
        "URL: https://www.ohchr.org/",
        "Published: 19 March",
        "Note: Verified deaths only; the real toll is higher",
        "Recorded figure: at least 816 (civilians killed)",
    ] {
        assert!(hover.contains(line), "{line}\n{hover}");
    }
    // Linked, but the list records nothing about wounded soldiers: say what it has.
    let other = hover_text(&mut client, &draft, text, "1,000");
    assert!(other.contains("Listed source: the UN"), "{other}");
    assert!(
        other.contains("Recorded figures: none for this claim's subject (soldier wounded); recorded: civilians killed"),
        "{other}"
    );
    assert!(client.shutdown_and_exit().success());
}

#[test]
fn attribute_to_offers_the_lists_sources_after_the_drafts() {
    let dir = tempdir();
    write(&dir.path().join("copydesk.json"), UN_LIST);
    let mut client = start(&[dir.path()], None, true);
    let draft = file_uri(&dir.path().join("draft.txt"));
    let text = "The ministry said 40 jets flew.\n\nRussia lost 300 tanks.\n";
    let diagnostics = client.open_and_check(&draft, text);
    let titles: Vec<String> = actions(&mut client, &draft, text, "300 tanks", &diagnostics)
        .iter()
        .map(|a| a["title"].as_str().unwrap_or_default().to_string())
        .collect();
    assert_eq!(
        titles[..2],
        [
            "Attribute to the ministry".to_string(),
            "Attribute to the UN".to_string()
        ]
    );
    assert!(client.shutdown_and_exit().success());
}

#[test]
fn add_to_the_source_list_inserts_into_the_file_and_links_after_the_reload() {
    let dir = tempdir();
    let file = dir.path().join("copydesk.json");
    let before = "{\r\n\t\"cues\": [\"tallied\"],\r\n\t\"sources\": [\r\n\t\t{\"name\": \"“AP” 😀\"}\r\n\t]\r\n}\r\n";
    write(&file, before);
    let mut client = start(&[dir.path()], None, true);
    let draft = file_uri(&dir.path().join("draft.txt"));
    let text = "The Ministry of Defence said 300 tanks were lost.\n";
    assert!(client.open_and_check(&draft, text).is_empty());
    let found = actions(&mut client, &draft, text, "300 tanks", &[]);
    let action = titled(&found, "Add \"the Ministry of Defence\" to the source list");
    let mut open = HashMap::new();
    apply(&action["edit"], &mut open, &client.encoding);
    let after = std::fs::read_to_string(&file).unwrap_or_default();
    assert_eq!(
        after,
        "{\r\n\t\"cues\": [\"tallied\"],\r\n\t\"sources\": [\r\n\t\t{\"name\": \"“AP” 😀\"},\r\n\t\t{\"name\": \"the Ministry of Defence\"}\r\n\t]\r\n}\r\n"
    );
    file_changed(&mut client, &file, 2);
    next_diagnostics(&mut client, &draft);
    let hover = hover_text(&mut client, &draft, text, "300");
    assert!(
        hover.contains("Listed source: the Ministry of Defence"),
        "{hover}"
    );
    // Listed now: no more offer.
    let again = actions(&mut client, &draft, text, "300 tanks", &[]);
    assert!(
        again
            .iter()
            .all(|a| !a["title"].as_str().unwrap_or_default().starts_with("Add"))
    );
    assert!(client.shutdown_and_exit().success());
}

#[test]
fn add_to_the_source_list_creates_the_file_only_when_the_client_can() {
    for create_files in [true, false] {
        let dir = tempdir();
        let file = dir.path().join("copydesk.json");
        let mut client = start(&[dir.path()], None, create_files);
        let draft = file_uri(&dir.path().join("sub/draft.txt"));
        let text = "Russia lost 300 tanks, the ministry said.\n";
        assert!(client.open_and_check(&draft, text).is_empty());
        let found = actions(&mut client, &draft, text, "the ministry", &[]);
        let title = "Add \"the ministry\" to the source list";
        if !create_files {
            assert!(found.iter().all(|a| a["title"] != title), "{found:?}");
            assert!(client.shutdown_and_exit().success());
            continue;
        }
        let action = titled(&found, title);
        assert_eq!(action["edit"]["documentChanges"][0]["kind"], "create");
        apply(&action["edit"], &mut HashMap::new(), &client.encoding);
        assert!(
            copydesk::analysis::Config::from_json(
                &std::fs::read_to_string(&file).unwrap_or_default()
            )
            .is_ok_and(|c| c.sources.len() == 1 && c.sources[0].name == "the ministry")
        );
        file_changed(&mut client, &file, 1);
        next_diagnostics(&mut client, &draft);
        let hover = hover_text(&mut client, &draft, text, "300");
        assert!(hover.contains("Listed source: the ministry"), "{hover}");
        assert!(client.shutdown_and_exit().success());
    }
}

#[test]
fn ignore_in_markdown_inserts_the_comment_and_the_finding_goes() {
    let dir = tempdir();
    let mut client = start(&[dir.path()], None, true);
    let draft = file_uri(&dir.path().join("draft.md"));
    let text = "# Losses 😀\r\n\r\n- “Quoted” intro.\r\n  - Russia lost 300 tanks.\r\n\r\n> Ukraine lost 20 jets.\r\n";
    client.open(&draft, "markdown", text);
    let mut latest = client.diagnostics(&draft, 1);
    assert_eq!(codes(&latest), ["unattributed-claim", "unattributed-claim"]);
    let mut open = HashMap::from([(draft.clone(), text.to_string())]);
    for (needle, version) in [("300 tanks", 2), ("20 jets", 3)] {
        let current = open[&draft].clone();
        let diagnostic: Vec<Value> = latest
            .iter()
            .filter(|d| d["range"] == range_of(&current, needle, &client.encoding))
            .cloned()
            .collect();
        assert_eq!(diagnostic.len(), 1, "{needle}");
        let found = actions(&mut client, &draft, &current, needle, &diagnostic);
        let action = titled(&found, "Ignore this figure");
        assert_eq!(
            action["edit"]["documentChanges"][0]["textDocument"]["version"],
            version - 1
        );
        apply(&action["edit"], &mut open, &client.encoding);
        client.change(&draft, version, json!([{"text": open[&draft]}]));
        latest = client.diagnostics(&draft, version);
    }
    assert_eq!(
        open[&draft],
        "# Losses 😀\r\n\r\n- “Quoted” intro.\r\n  <!-- copydesk-ignore unattributed-claim -->\r\n  - Russia lost 300 tanks.\r\n\r\n> <!-- copydesk-ignore unattributed-claim -->\r\n> Ukraine lost 20 jets.\r\n"
    );
    assert!(latest.is_empty(), "{latest:?}");
    assert!(client.shutdown_and_exit().success());
}

#[test]
fn ignore_in_plain_text_adds_to_the_files_ignore_list_and_the_finding_goes() {
    let dir = tempdir();
    let file = dir.path().join("copydesk.json");
    write(&file, "{\r\n  \"maxDiagnostics\": 50\r\n}\r\n");
    let mut client = start(&[dir.path()], None, true);
    let draft = file_uri(&dir.path().join("draft.txt"));
    let text = "Intro 😀 “quoted”.\r\n\r\nRussia lost 300 tanks. Ukraine lost 300 tanks.\r\n";
    let diagnostics = client.open_and_check(&draft, text);
    assert_eq!(diagnostics.len(), 2);
    let found = actions(&mut client, &draft, text, "300 tanks", &diagnostics[..1]);
    let action = titled(&found, "Ignore this figure");
    apply(&action["edit"], &mut HashMap::new(), &client.encoding);
    let after = std::fs::read_to_string(&file).unwrap_or_default();
    assert!(
        after.starts_with("{\r\n  \"maxDiagnostics\": 50,\r\n  \"ignore\": [\r\n    {\"figure\": \"300\", \"sentence\": \""),
        "{after}"
    );
    file_changed(&mut client, &file, 2);
    // Only the ignored sentence's figure is silenced; the same figure elsewhere is not.
    let now = next_diagnostics(&mut client, &draft);
    assert_eq!(now.len(), 1, "{now:?}");
    assert_eq!(now[0]["range"], diagnostics[1]["range"]);
    // The entry survives an edit elsewhere in the draft.
    client.change(
        &draft,
        2,
        json!([{"text": format!("New lede.\r\n\r\n{text}")}]),
    );
    assert_eq!(client.diagnostics(&draft, 2).len(), 1);
    assert!(client.shutdown_and_exit().success());
}

#[test]
fn each_workspace_folder_uses_its_own_file_and_root_uri_is_the_fallback() {
    let strict = tempdir();
    let relaxed = tempdir();
    write(
        &relaxed.path().join("copydesk.json"),
        "{\"severity\": {\"unattributed-claim\": \"off\"}}",
    );
    write(
        &strict.path().join("copydesk.json"),
        "{\"severity\": {\"unattributed-claim\": \"hint\"}}",
    );
    let mut client = start(&[strict.path(), relaxed.path()], None, true);
    let in_strict = file_uri(&strict.path().join("a/draft.txt"));
    let in_relaxed = file_uri(&relaxed.path().join("draft.txt"));
    let outside = "file:///nowhere/draft.txt";
    let strict_diagnostics = client.open_and_check(&in_strict, TANKS);
    assert_eq!(strict_diagnostics[0]["severity"], 4, "a hint");
    assert!(client.open_and_check(&in_relaxed, TANKS).is_empty());
    assert_eq!(
        client.open_and_check(outside, TANKS)[0]["severity"],
        2,
        "defaults"
    );
    assert!(client.shutdown_and_exit().success());

    let mut client = start(&[], Some(relaxed.path()), true);
    assert!(client.open_and_check(&in_relaxed, TANKS).is_empty());
    assert!(client.shutdown_and_exit().success());
}

#[test]
fn editor_settings_override_the_file_key_by_key() {
    let dir = tempdir();
    write(
        &dir.path().join("copydesk.json"),
        "{\"severity\": {\"unattributed-claim\": \"hint\", \"conflicting-figure\": \"off\"}}",
    );
    let mut client = start(&[dir.path()], None, true);
    let draft = file_uri(&dir.path().join("draft.txt"));
    let text = "Russia lost over 450 tanks.\n\nRussia lost 400 tanks.\n";
    let before = client.open_and_check(&draft, text);
    assert_eq!(codes(&before), ["unattributed-claim", "unattributed-claim"]);
    client.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"copydesk": {"severity": {"unattributed-claim": "error"}, "debounceMs": 0}}}),
    );
    let after = next_diagnostics(&mut client, &draft);
    // The editor's severity wins for its code; the file's "off" for the other code stays.
    assert_eq!(codes(&after), ["unattributed-claim", "unattributed-claim"]);
    assert!(after.iter().all(|d| d["severity"] == 1), "{after:?}");
    assert!(client.shutdown_and_exit().success());
}

#[test]
fn an_added_workspace_folder_brings_its_file_into_force() {
    let first = tempdir();
    let added = tempdir();
    write(
        &added.path().join("copydesk.json"),
        "{\"severity\": {\"unattributed-claim\": \"off\"}}",
    );
    let mut client = start(&[first.path()], None, true);
    let draft = file_uri(&added.path().join("draft.txt"));
    assert_eq!(
        codes(&client.open_and_check(&draft, TANKS)),
        ["unattributed-claim"]
    );
    client.notify(
        "workspace/didChangeWorkspaceFolders",
        json!({"event": {"added": [{"uri": file_uri(added.path()), "name": "added"}], "removed": []}}),
    );
    assert!(next_diagnostics(&mut client, &draft).is_empty());
    client.notify(
        "workspace/didChangeWorkspaceFolders",
        json!({"event": {"added": [], "removed": [{"uri": file_uri(added.path()), "name": "added"}]}}),
    );
    assert_eq!(
        codes(&next_diagnostics(&mut client, &draft)),
        ["unattributed-claim"]
    );
    assert!(client.shutdown_and_exit().success());
}

#[test]
fn a_client_that_cannot_watch_files_gets_the_file_reread_as_the_writer_types() {
    let dir = tempdir();
    let file = dir.path().join("copydesk.json");
    write(&file, "{}");
    let mut client = Client::spawn(&["lsp"]);
    let mut caps = common::neovim_capabilities();
    caps["workspace"]["didChangeWatchedFiles"] = json!({"dynamicRegistration": false});
    client.request(
        "initialize",
        json!({"processId": null, "rootUri": file_uri(dir.path()), "capabilities": caps,
               "initializationOptions": {"copydesk": {"debounceMs": 0}}}),
    );
    client.encoding = "utf-8".into();
    client.notify("initialized", json!({}));
    let draft = file_uri(&dir.path().join("draft.txt"));
    assert_eq!(
        codes(&client.open_and_check(&draft, TANKS)),
        ["unattributed-claim"]
    );
    // A different length, so the change shows even where modification times are coarse.
    write(&file, "{\"severity\": {\"unattributed-claim\": \"off\"}}");
    let later = std::time::SystemTime::now() + std::time::Duration::from_secs(5);
    let _ = std::fs::File::options()
        .append(true)
        .open(&file)
        .and_then(|f| f.set_modified(later));
    client.change(&draft, 2, json!([{"text": "Russia lost 400 tanks.\n"}]));
    let mut latest = client.diagnostics(&draft, 2);
    // The change itself may be published before the re-read file applies.
    if !latest.is_empty() {
        latest = next_diagnostics(&mut client, &draft);
    }
    assert!(latest.is_empty(), "{latest:?}");
    let messages = client.messages_so_far(&draft);
    assert!(
        messages
            .iter()
            .all(|m| m["method"] != "client/registerCapability"
                || !m.to_string().contains("didChangeWatchedFiles")),
        "no registration for a client that cannot take it"
    );
    assert!(client.shutdown_and_exit().success());
}
