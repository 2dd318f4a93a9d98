//! The JSON Schema for `copydesk.json` (editors/schema/copydesk.schema.json) and the loader
//! (`Config::from_json`) agree: every key the schema describes is accepted by the loader, every
//! key the loader knows is in the schema, every object both close, and the enums match.

use copydesk::analysis::findings::config::{IgnoredFigure, Source, SourceFigure};
use copydesk::analysis::{Code, Config};
use serde_json::{Map, Value, json};

fn schema() -> Value {
    let text = include_str!("../editors/schema/copydesk.schema.json");
    serde_json::from_str(text).unwrap_or_else(|e| panic!("the schema is not JSON: {e}"))
}

/// Resolves a local `$ref` ("#/$defs/severity").
fn resolve<'a>(schema: &'a Value, node: &'a Value) -> &'a Value {
    match node.get("$ref").and_then(Value::as_str) {
        Some(reference) => schema
            .pointer(reference.trim_start_matches('#'))
            .unwrap_or_else(|| panic!("dangling $ref {reference}")),
        None => node,
    }
}

/// A valid example of what `node` describes, using every property it lists.
fn example(schema: &Value, node: &Value) -> Value {
    let node = resolve(schema, node);
    if let Some(values) = node.get("enum").and_then(Value::as_array) {
        return values[values.len() - 1].clone();
    }
    match node.get("type").and_then(Value::as_str) {
        Some("object") => {
            let mut out = Map::new();
            for (key, child) in node["properties"].as_object().into_iter().flatten() {
                out.insert(key.clone(), example(schema, child));
            }
            // A figure with both a value and bounds is valid (anyOf); keep low below high.
            if out.contains_key("low") && out.contains_key("high") {
                out.insert("low".into(), json!(1));
                out.insert("high".into(), json!(2));
            }
            Value::Object(out)
        }
        Some("array") => json!([example(schema, &node["items"])]),
        Some("integer") => json!(3),
        Some("boolean") => json!(false),
        Some("number") => json!(1.5),
        Some("string") => match node.get("pattern").and_then(Value::as_str) {
            Some("^[0-9a-f]{16}$") => json!("0123456789abcdef"),
            Some(other) => panic!("no example for pattern {other}"),
            None if node.get("format").and_then(Value::as_str) == Some("uri") => {
                json!("https://example.org/")
            }
            None => json!("a value"),
        },
        other => panic!("no example for type {other:?}"),
    }
}

#[test]
fn an_example_using_every_schema_key_loads() {
    let schema = schema();
    let full = example(&schema, &schema);
    let loaded = Config::from_json(&full.to_string());
    assert!(loaded.is_ok(), "{loaded:?}\n{full:#}");
}

/// Every object in the schema, with the path to an example of it.
fn objects<'a>(schema: &'a Value, node: &'a Value, path: Vec<String>, out: &mut Vec<Vec<String>>) {
    let node = resolve(schema, node);
    if node.get("type").and_then(Value::as_str) == Some("object")
        && node.get("properties").is_some()
    {
        assert_eq!(
            node.get("additionalProperties"),
            Some(&json!(false)),
            "{path:?} is not closed"
        );
        out.push(path.clone());
        for (key, child) in node["properties"].as_object().into_iter().flatten() {
            let mut next = path.clone();
            next.push(key.clone());
            objects(schema, child, next, out);
        }
    }
    if let Some(items) = node.get("items") {
        let mut next = path;
        next.push("0".into());
        objects(schema, items, next, out);
    }
}

#[test]
fn an_unknown_key_anywhere_the_schema_closes_is_refused_by_the_loader() {
    let schema = schema();
    let full = example(&schema, &schema);
    let mut paths = Vec::new();
    objects(&schema, &schema, Vec::new(), &mut paths);
    assert!(paths.len() >= 5, "{paths:?}");
    for path in paths {
        let mut broken = full.clone();
        let pointer = format!("/{}", path.join("/"));
        let pointer = if path.is_empty() {
            String::new()
        } else {
            pointer
        };
        let Some(Value::Object(object)) = broken.pointer_mut(&pointer) else {
            panic!("no example object at {pointer}")
        };
        // The severity table is keyed by code: an unknown code is its unknown key.
        let (value, expected) = if pointer == "/severity" {
            (json!("off"), "unknown finding code \"surprise\"")
        } else {
            (json!(1), "unknown field `surprise`")
        };
        object.insert("surprise".into(), value);
        let loaded = Config::from_json(&broken.to_string());
        assert!(
            loaded.as_ref().is_err_and(|e| e.message.contains(expected)),
            "{pointer}: {loaded:?}"
        );
    }
}

/// Every key path (arrays as "0") of a JSON value.
fn key_paths(value: &Value, prefix: &str, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                let path = format!("{prefix}/{key}");
                out.push(path.clone());
                key_paths(child, &path, out);
            }
        }
        Value::Array(items) => {
            for item in items {
                key_paths(item, &format!("{prefix}/0"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn every_key_the_loader_knows_is_in_the_schema() {
    let schema = schema();
    let full_example = example(&schema, &schema);
    let mut config = Config {
        cues: vec!["put the figure at".into()],
        skip: vec!["archive/**".into()],
        ignore: vec![IgnoredFigure {
            figure: "300".into(),
            sentence: "0123456789abcdef".into(),
            code: Some("unattributed-claim".into()),
        }],
        sources: vec![Source {
            name: "the UN".into(),
            aliases: vec!["UN".into()],
            url: Some("https://un.org".into()),
            published: Some("19 March".into()),
            note: Some("counts verified deaths only".into()),
            figures: vec![SourceFigure {
                subject: "civilians killed".into(),
                value: Some(816.0),
                low: Some(816.0),
                high: Some(900.0),
                unit: Some("USD".into()),
            }],
        }],
        ..Config::default()
    };
    for code in Code::ALL {
        config.severity.insert(
            code.as_str().into(),
            copydesk::analysis::findings::config::SeveritySetting::Hint,
        );
    }
    let loader_value = serde_json::to_value(&config).unwrap_or_default();
    let (mut loader_keys, mut example_keys) = (Vec::new(), Vec::new());
    key_paths(&loader_value, "", &mut loader_keys);
    key_paths(&full_example, "", &mut example_keys);
    for key in &loader_keys {
        assert!(
            example_keys.contains(key),
            "the loader knows {key} but the schema does not"
        );
    }
    // `$schema` is read but never written back.
    assert!(example_keys.contains(&"/$schema".to_string()));
}

#[test]
fn the_schema_knows_the_same_codes_and_severities() {
    let schema = schema();
    let mut codes: Vec<&str> = schema["properties"]["severity"]["properties"]
        .as_object()
        .map(|o| o.keys().map(String::as_str).collect())
        .unwrap_or_default();
    codes.sort_unstable();
    let mut known = Code::ALL.map(Code::as_str).to_vec();
    known.sort_unstable();
    assert_eq!(codes, known);
    let ignore_codes = &schema["properties"]["ignore"]["items"]["properties"]["code"]["enum"];
    assert_eq!(ignore_codes, &json!(Code::ALL.map(Code::as_str)));
    for severity in schema["$defs"]["severity"]["enum"]
        .as_array()
        .into_iter()
        .flatten()
    {
        let text = format!(r#"{{"severity": {{"conflicting-figure": {severity}}}}}"#);
        assert!(Config::from_json(&text).is_ok(), "{text}");
    }
    for policy in schema["properties"]["namedSources"]["enum"]
        .as_array()
        .into_iter()
        .flatten()
    {
        let text = format!(r#"{{"namedSources": {policy}}}"#);
        assert!(Config::from_json(&text).is_ok(), "{text}");
    }
}
