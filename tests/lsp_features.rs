//! Hover, code actions, document symbols and references end to end, in UTF-16 (VS Code-like,
//! Markdown, versioned edits) and UTF-8 (Neovim-like, plain text, plain `changes`).

mod common;

use common::{Client, position, range_of, uri};
use serde_json::{Value, json};

/// A Markdown draft with a conflict, an unattributed claim, emoji, CJK and curly quotes.
const DRAFT: &str = "# Losses 😀\n\n\
                     The ministry said 300 tanks were lost. A source said 900 tanks were lost.\n\n\
                     In 東京, “the depot” held 12 ships.\n\n\
                     - According to NATO, 40 jets flew on 24 February.\n";

fn open(client: &mut Client) -> (String, Vec<Value>) {
    let doc = uri("draft.md");
    client.open(&doc, "markdown", DRAFT);
    let diagnostics = client.diagnostics(&doc, 1);
    (doc, diagnostics)
}

/// The position of the first byte after the start of `needle` (inside it).
fn inside(client: &Client, needle: &str) -> Value {
    let start = DRAFT
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} missing"));
    position(DRAFT, start + 1, &client.encoding)
}

fn hover(client: &mut Client, doc: &str, needle: &str) -> Value {
    let at = inside(client, needle);
    client.result(
        "textDocument/hover",
        json!({"textDocument": {"uri": doc}, "position": at}),
    )
}

#[test]
fn hover_is_markdown_for_vscode_and_plain_for_neovim() {
    for mut client in [Client::vscode(), Client::neovim()] {
        let (doc, _) = open(&mut client);
        let hover = hover(&mut client, &doc, "12 ships");
        let value = hover["contents"]["value"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        assert_eq!(
            hover["range"],
            range_of(DRAFT, "12 ships", &client.encoding),
            "{}",
            client.encoding
        );
        assert!(value.contains("a numeric claim"), "{value}");
        assert!(value.contains("Value: 12 (11.5 to 12.5)"), "{value}");
        assert!(
            value.contains("Attribution: no attribution found"),
            "{value}"
        );
        // The class of the unattributed claim and what the policy makes of it.
        assert!(value.contains("Class: a claim — warned"), "{value}");
        if client.encoding == "utf-16" {
            assert_eq!(hover["contents"]["kind"], json!("markdown"));
            assert!(value.starts_with("**12 ships**"), "{value}");
        } else {
            assert_eq!(hover["contents"]["kind"], json!("plaintext"));
            assert!(value.starts_with("12 ships: a numeric claim"), "{value}");
        }
        assert!(client.shutdown_and_exit().success());
    }
}

#[test]
fn hover_names_the_source_cue_and_line() {
    let mut client = Client::vscode();
    let (doc, _) = open(&mut client);
    let value = hover(&mut client, &doc, "40 jets")["contents"]["value"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(
        value.contains("Attribution: NATO (cue “according to”, line 7)"),
        "{value}"
    );
    // The hover ends with the rules that made the call, so a writer can question one.
    let last = value.trim_end().lines().last().unwrap_or_default();
    assert!(last.contains("Rules: kind.claim, "), "{value}");
    assert!(last.ends_with(", cue.according-to"), "{value}");
    assert!(client.shutdown_and_exit().success());
}

#[test]
fn hover_marks_the_conflicting_mention() {
    let mut client = Client::neovim();
    let (doc, _) = open(&mut client);
    let earlier = hover(&mut client, &doc, "300 tanks")["contents"]["value"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(
        earlier.contains("Other mentions:\n  line 3: 900 tanks (conflicts)"),
        "{earlier}"
    );
    let later = hover(&mut client, &doc, "900 tanks")["contents"]["value"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(
        later.contains("Conflict: \"900 tanks\" conflicts with \"300 tanks\" on line 3"),
        "{later}"
    );
    assert!(later.contains("line 3: 300 tanks"), "{later}");
    assert!(client.shutdown_and_exit().success());
}

#[test]
fn hover_on_a_non_claim_says_what_it_is_and_elsewhere_gives_nothing() {
    let mut client = Client::vscode();
    let (doc, _) = open(&mut client);
    let value = hover(&mut client, &doc, "24 February")["contents"]["value"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(
        value.contains("a date") && value.contains("not a claim"),
        "{value}"
    );
    assert_eq!(hover(&mut client, &doc, "ministry"), Value::Null);
    let past_the_end = json!({"line": 400, "character": 9});
    let result = client.result(
        "textDocument/hover",
        json!({"textDocument": {"uri": doc}, "position": past_the_end}),
    );
    assert_eq!(result, Value::Null);
    assert!(client.shutdown_and_exit().success());
}

fn code_actions(client: &mut Client, doc: &str, diagnostic: &Value) -> Vec<Value> {
    let params = json!({"textDocument": {"uri": doc}, "range": diagnostic["range"],
                        "context": {"diagnostics": [diagnostic]}});
    client
        .result("textDocument/codeAction", params)
        .as_array()
        .cloned()
        .unwrap_or_default()
}

/// Applies a code action's single edit to `text`, in `encoding`.
fn apply(text: &str, action: &Value, uri: &str, encoding: &str) -> String {
    let edit = if action["edit"]["documentChanges"].is_array() {
        action["edit"]["documentChanges"][0]["edits"][0].clone()
    } else {
        action["edit"]["changes"][uri][0].clone()
    };
    let offset = |p: &Value| {
        (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .find(|&i| &position(text, i, encoding) == p)
            .unwrap_or_else(|| panic!("no offset for {p}"))
    };
    let (start, end) = (
        offset(&edit["range"]["start"]),
        offset(&edit["range"]["end"]),
    );
    let mut out = text.to_string();
    out.replace_range(start..end, edit["newText"].as_str().unwrap_or_default());
    out
}

#[test]
fn attribute_to_a_cited_source_with_versioned_or_plain_edits() {
    for mut client in [Client::vscode(), Client::neovim()] {
        let (doc, diagnostics) = open(&mut client);
        let ships = diagnostics
            .iter()
            .find(|d| d["code"] == json!("unattributed-claim"))
            .cloned()
            .unwrap_or_default();
        let actions = code_actions(&mut client, &doc, &ships);
        assert!(!actions.is_empty() && actions.len() <= 5, "{actions:#?}");
        let first = &actions[0];
        assert_eq!(first["kind"], json!("quickfix"));
        assert!(
            first["title"]
                .as_str()
                .is_some_and(|t| t.starts_with("Attribute to ")),
            "{first}"
        );
        assert_eq!(
            first["isPreferred"].as_bool().unwrap_or(false),
            actions.len() == 1
        );
        if client.encoding == "utf-16" {
            let versioned = &first["edit"]["documentChanges"][0]["textDocument"];
            assert_eq!(versioned["version"], json!(1));
            assert_eq!(versioned["uri"], json!(doc));
        } else {
            assert!(first["edit"]["changes"][&doc].is_array(), "{first}");
            assert!(first["edit"].get("documentChanges").is_none());
        }
        let source = first["title"]
            .as_str()
            .unwrap_or_default()
            .trim_start_matches("Attribute to ");
        let fixed = apply(DRAFT, first, &doc, &client.encoding);
        assert!(
            fixed.contains(&format!("held 12 ships, according to {source}.")),
            "{fixed}"
        );
        assert!(client.shutdown_and_exit().success());
    }
}

#[test]
fn use_the_earlier_figure_on_a_conflict() {
    for mut client in [Client::vscode(), Client::neovim()] {
        let (doc, diagnostics) = open(&mut client);
        let conflict = diagnostics
            .iter()
            .find(|d| d["code"] == json!("conflicting-figure"))
            .cloned()
            .unwrap_or_default();
        let related = &conflict["relatedInformation"][0]["location"];
        assert_eq!(
            related["range"],
            range_of(DRAFT, "300 tanks", &client.encoding)
        );
        let actions = code_actions(&mut client, &doc, &conflict);
        let titles: Vec<&str> = actions.iter().filter_map(|a| a["title"].as_str()).collect();
        assert_eq!(
            titles,
            ["Use the earlier figure (300)", "Ignore this figure"]
        );
        assert!(actions[0].get("isPreferred").is_none(), "not clearly right");
        let fixed = apply(DRAFT, &actions[0], &doc, &client.encoding);
        assert!(
            fixed.contains("A source said 300 tanks were lost."),
            "{fixed}"
        );
        assert!(client.shutdown_and_exit().success());
    }
}

#[test]
fn a_fix_is_rechecked_against_the_current_text() {
    let mut client = Client::vscode();
    let (doc, diagnostics) = open(&mut client);
    let ships = diagnostics
        .iter()
        .find(|d| d["code"] == json!("unattributed-claim"))
        .cloned()
        .unwrap_or_default();
    // A line added above moves the claim: the client shows the diagnostic one line lower.
    let mut text = DRAFT.to_string();
    let change = common::edit(&mut text, 0, 0, "New “first” line 😀\n", &client.encoding);
    client.change(&doc, 2, json!([change]));
    let mut moved = ships.clone();
    for end in ["start", "end"] {
        let line = moved["range"][end]["line"].as_i64().unwrap_or(0);
        moved["range"][end]["line"] = json!(line + 1);
    }
    let actions = code_actions(&mut client, &doc, &moved);
    assert!(!actions.is_empty());
    assert_eq!(
        actions[0]["edit"]["documentChanges"][0]["textDocument"]["version"],
        json!(2)
    );
    assert!(
        apply(&text, &actions[0], &doc, &client.encoding).contains("held 12 ships, according to")
    );
    // Rewriting the clause makes the old fix stale: no action.
    let at = text.find("12 ships").unwrap_or(0);
    let change = common::edit(&mut text, at, at + 8, "14 boats", &client.encoding);
    client.change(&doc, 3, json!([change]));
    assert_eq!(code_actions(&mut client, &doc, &moved), Vec::<Value>::new());
    assert!(client.shutdown_and_exit().success());
}

#[test]
fn only_filters_and_foreign_diagnostics_get_no_actions() {
    let mut client = Client::vscode();
    let (doc, diagnostics) = open(&mut client);
    let params = json!({"textDocument": {"uri": doc}, "range": diagnostics[0]["range"],
                        "context": {"diagnostics": diagnostics, "only": ["refactor"]}});
    assert_eq!(
        client.result("textDocument/codeAction", params),
        Value::Null
    );
    let mut foreign = diagnostics[0].clone();
    foreign["source"] = json!("spelling");
    assert_eq!(
        code_actions(&mut client, &doc, &foreign),
        Vec::<Value>::new()
    );
    // The server publishes no `data` and reads none: whatever a client puts there, the
    // fixes come from the analysis of the text.
    let titles = |actions: Vec<Value>| -> Vec<Value> {
        actions.iter().map(|a| a["title"].clone()).collect()
    };
    let clean = titles(code_actions(&mut client, &doc, &diagnostics[0]));
    let mut garbled = diagnostics[0].clone();
    garbled["data"] = json!({"fix": 12});
    assert!(!clean.is_empty());
    assert_eq!(titles(code_actions(&mut client, &doc, &garbled)), clean);
    assert!(client.shutdown_and_exit().success());
}

fn names(symbols: &Value) -> Vec<String> {
    symbols
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| s["name"].as_str().map(str::to_string))
        .collect()
}

#[test]
fn symbols_outline_every_claim_under_its_heading_and_paragraph() {
    let mut client = Client::vscode();
    let (doc, _) = open(&mut client);
    let symbols = client.result(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": doc}}),
    );
    assert_eq!(names(&symbols), ["Losses 😀"]);
    let heading = &symbols[0];
    let paragraphs = &heading["children"];
    assert_eq!(
        paragraphs.as_array().map(Vec::len),
        Some(3),
        "{paragraphs:#}"
    );
    assert_eq!(
        names(&paragraphs[0]["children"]),
        ["300 tanks — The ministry", "900 tanks — A source"]
    );
    assert_eq!(
        names(&paragraphs[1]["children"]),
        ["12 ships — no attribution"]
    );
    assert_eq!(names(&paragraphs[2]["children"]), ["40 jets — NATO"]);
    let ships = &paragraphs[1]["children"][0];
    assert_eq!(
        ships["range"],
        range_of(DRAFT, "12 ships", &client.encoding)
    );
    assert_eq!(ships["kind"], json!(16), "a number");
    assert_eq!(ships["detail"], json!("12 (11.5 to 12.5)"));
    assert!(client.shutdown_and_exit().success());
}

#[test]
fn symbols_are_flat_for_clients_without_nesting() {
    let mut capabilities = common::neovim_capabilities();
    capabilities["textDocument"]["documentSymbol"] = json!({});
    let mut client = Client::start(capabilities, json!({"debounceMs": 0}));
    let (doc, _) = open(&mut client);
    let symbols = client.result(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": doc}}),
    );
    assert_eq!(names(&symbols).len(), 4, "{symbols:#}");
    assert_eq!(symbols[2]["name"], json!("12 ships — no attribution"));
    assert_eq!(
        symbols[2]["location"]["range"],
        range_of(DRAFT, "12 ships", &client.encoding)
    );
    assert!(
        symbols[2]["containerName"]
            .as_str()
            .is_some_and(|c| c.starts_with("In 東京")),
        "{symbols:#}"
    );
    assert!(client.shutdown_and_exit().success());
}

#[test]
fn references_list_every_mention_of_the_quantity() {
    for mut client in [Client::vscode(), Client::neovim()] {
        let (doc, _) = open(&mut client);
        let at = inside(&client, "900 tanks");
        let params = |include: bool| json!({"textDocument": {"uri": doc}, "position": at, "context": {"includeDeclaration": include}});
        let all = client.result("textDocument/references", params(true));
        let ranges: Vec<Value> = all
            .as_array()
            .into_iter()
            .flatten()
            .map(|l| l["range"].clone())
            .collect();
        let encoding = client.encoding.clone();
        assert_eq!(
            ranges,
            [
                range_of(DRAFT, "300 tanks", &encoding),
                range_of(DRAFT, "900 tanks", &encoding)
            ]
        );
        let later = client.result("textDocument/references", params(false));
        assert_eq!(later.as_array().map(Vec::len), Some(1));
        let nowhere = json!({"textDocument": {"uri": doc}, "position": inside(&client, "ministry"),
                             "context": {"includeDeclaration": true}});
        assert_eq!(
            client.result("textDocument/references", nowhere),
            Value::Null
        );
        assert!(client.shutdown_and_exit().success());
    }
}
