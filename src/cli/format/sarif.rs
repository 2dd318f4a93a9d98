//! The SARIF 2.1.0 format, for code-scanning dashboards (GitHub code scanning, Azure DevOps,
//! IDE viewers): one run, the tool with a rule per finding code, one result per finding with
//! its region, and the earlier figure of a conflict as a related location.

use std::io::{self, Write};

use serde::Serialize;

use crate::analysis::{Code, Finding, Severity};
use crate::cli::report::{CheckedFile, Region};

/// The schema every SARIF log names.
pub const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

// The structs below are the SARIF 2.1.0 objects of the same names (sarifLog, run, tool,
// toolComponent, reportingDescriptor, result, location, ...), holding only what we fill in.

#[derive(Debug, Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: Vec<Run<'a>>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool,
    /// Our columns count Unicode scalar values, not UTF-16 code units.
    column_kind: &'static str,
    results: Vec<SarifResult<'a>>,
}

#[derive(Debug, Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    information_uri: &'static str,
    rules: Vec<Rule>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule {
    id: &'static str,
    name: String,
    short_description: Text,
    full_description: Text,
    help_uri: String,
    default_configuration: RuleConfiguration,
}

#[derive(Debug, Serialize)]
struct RuleConfiguration {
    level: &'static str,
    enabled: bool,
}

#[derive(Debug, Serialize)]
struct Text {
    text: String,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'static str,
    rule_index: usize,
    level: &'static str,
    message: Message<'a>,
    locations: Vec<Location<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<Location<'a>>,
}

#[derive(Debug, Serialize)]
struct Message<'a> {
    text: &'a str,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Location<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<usize>,
    physical_location: PhysicalLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<Message<'a>>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    region: SarifRegion,
}

#[derive(Debug, Serialize)]
struct ArtifactLocation {
    uri: String,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifRegion {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
}

impl From<Region> for SarifRegion {
    fn from(region: Region) -> Self {
        SarifRegion {
            start_line: region.line,
            start_column: region.column,
            end_line: region.end_line,
            end_column: region.end_column,
        }
    }
}

/// Writes the SARIF log, pretty-printed, and a newline.
pub fn write(files: &[CheckedFile], out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &log(files)).map_err(io::Error::other)?;
    writeln!(out)
}

/// The SARIF log for checked drafts.
fn log(files: &[CheckedFile]) -> Log<'_> {
    let results = files
        .iter()
        .flat_map(|file| {
            file.analysis
                .findings
                .iter()
                .enumerate()
                .map(move |(i, f)| result(file, i, f))
        })
        .collect();
    Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: vec![Run {
            tool: Tool {
                driver: Driver {
                    name: "copydesk",
                    version: env!("CARGO_PKG_VERSION"),
                    information_uri: "https://github.com/copydesk/copydesk",
                    rules: Code::ALL.iter().map(|&code| rule(code)).collect(),
                },
            },
            column_kind: "unicodeCodePoints",
            results,
        }],
    }
}

fn rule(code: Code) -> Rule {
    let (name, short, full) = match code {
        Code::UnattributedClaim => (
            "UnattributedClaim",
            "A numeric claim with no attribution",
            "A figure that is a claim (not a date, year, age, name or vague quantity) has no \
             source in its sentence or carried over to it: say who says so.",
        ),
        Code::ConflictingFigure => (
            "ConflictingFigure",
            "A figure that contradicts an earlier one",
            "A figure for the same thing as an earlier figure allows no value the earlier one \
             allows: one of them is wrong, or their scope differs and the draft should say so.",
        ),
        Code::VagueSource => (
            "VagueSource",
            "A claim attributed only to a vague source",
            "A claim is attributed only to a vague source (\"officials said\"); the desk asks \
             for named sources.",
        ),
    };
    Rule {
        id: code.as_str(),
        name: name.to_string(),
        short_description: Text {
            text: short.to_string(),
        },
        full_description: Text {
            text: full.to_string(),
        },
        help_uri: code.doc_url(),
        default_configuration: RuleConfiguration {
            level: code.default_severity().map_or("note", level),
            enabled: code.default_severity().is_some(),
        },
    }
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Information | Severity::Hint => "note",
    }
}

fn result<'a>(file: &'a CheckedFile, index: usize, finding: &'a Finding) -> SarifResult<'a> {
    let uri = artifact_uri(&file.name);
    let location = |span, id, message| Location {
        id,
        physical_location: PhysicalLocation {
            artifact_location: ArtifactLocation { uri: uri.clone() },
            region: file.region(span).into(),
        },
        message,
    };
    SarifResult {
        rule_id: finding.code.as_str(),
        rule_index: Code::ALL
            .iter()
            .position(|&c| c == finding.code)
            .unwrap_or(0),
        level: level(finding.severity),
        message: Message {
            text: &finding.message,
        },
        locations: vec![location(finding.span, None, None)],
        related_locations: finding
            .related
            .iter()
            .enumerate()
            .map(|(i, related)| {
                location(
                    related.span,
                    Some(i),
                    Some(Message {
                        text: &related.message,
                    }),
                )
            })
            .chain(
                file.elsewhere_of(index)
                    .iter()
                    .enumerate()
                    .map(|(k, other)| Location {
                        id: Some(finding.related.len() + k),
                        physical_location: PhysicalLocation {
                            artifact_location: ArtifactLocation {
                                uri: artifact_uri(&other.path),
                            },
                            region: other.region.into(),
                        },
                        message: Some(Message {
                            text: &other.message,
                        }),
                    }),
            )
            .collect(),
    }
}

/// A URI reference for a path as given: relative paths stay relative (with `/`), absolute
/// ones become `file://` URIs; anything outside the URI's unreserved characters is
/// percent-encoded.
pub fn artifact_uri(name: &str) -> String {
    let slashed = name.replace('\\', "/");
    let (prefix, path) = if slashed.starts_with('/') {
        ("file://", slashed.as_str())
    } else if slashed.as_bytes().get(1) == Some(&b':') {
        // A Windows drive path: C:/drafts/a.md.
        ("file:///", slashed.as_str())
    } else {
        ("", slashed.as_str())
    };
    let mut uri = String::from(prefix);
    for byte in path.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                uri.push(byte as char)
            }
            b':' if !prefix.is_empty() => uri.push(':'),
            _ => uri.push_str(&format!("%{byte:02X}")),
        }
    }
    uri
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::report::tests::sample;
    use serde_json::Value;

    fn output() -> Value {
        let mut out = Vec::new();
        assert!(write(&[sample()], &mut out).is_ok());
        serde_json::from_slice(&out).unwrap_or(Value::Null)
    }

    #[test]
    fn is_sarif_2_1_0_with_one_run() {
        let value = output();
        assert_eq!(value["version"], "2.1.0");
        assert_eq!(value["$schema"], SCHEMA);
        assert_eq!(value["runs"].as_array().map(Vec::len), Some(1));
        assert_eq!(value["runs"][0]["tool"]["driver"]["name"], "copydesk");
    }

    #[test]
    fn every_code_is_a_rule_with_help() {
        let value = output();
        let rules = value["runs"][0]["tool"]["driver"]["rules"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        assert_eq!(rules.len(), Code::ALL.len());
        for (rule, code) in rules.iter().zip(Code::ALL) {
            assert_eq!(rule["id"], code.as_str());
            assert_eq!(rule["helpUri"], code.doc_url());
        }
    }

    #[test]
    fn results_have_rule_level_message_and_region() {
        let value = output();
        let result = &value["runs"][0]["results"][1];
        assert_eq!(result["ruleId"], "conflicting-figure");
        assert_eq!(result["ruleIndex"], 1);
        assert_eq!(result["level"], "warning");
        let location = &result["locations"][0]["physicalLocation"];
        assert_eq!(location["artifactLocation"]["uri"], "news/draft.md");
        assert_eq!(location["region"]["startLine"], 3);
        assert_eq!(location["region"]["startColumn"], 8);
        assert_eq!(location["region"]["endColumn"], 17);
        let related = &result["relatedLocations"][0];
        assert_eq!(related["physicalLocation"]["region"]["startLine"], 1);
        assert_eq!(
            related["message"]["text"],
            "the earlier figure: \"over 450 tanks\""
        );
    }

    #[test]
    fn uris_are_relative_or_file_uris_and_encoded() {
        assert_eq!(artifact_uri("news/draft one.md"), "news/draft%20one.md");
        assert_eq!(artifact_uri("/tmp/a.md"), "file:///tmp/a.md");
        assert_eq!(artifact_uri("<stdin>"), "%3Cstdin%3E");
        assert_eq!(artifact_uri("notes/é.md"), "notes/%C3%A9.md");
    }
}
