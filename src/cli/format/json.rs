//! The JSON format: one object holding every figure and every diagnostic of every file, as
//! the design brief's section 5 specifies. Lines and columns are 1-based, columns count
//! Unicode scalar values, end columns are exclusive.

use std::io::{self, Write};

use serde::Serialize;

use super::serialize_optional_number;
use crate::analysis::{Attribution, Figure, Finding, Kind};
use crate::cli::report::{CheckedFile, Summary};

/// The whole report.
#[derive(Debug, Serialize)]
struct JsonReport<'a> {
    files: Vec<JsonFile<'a>>,
    summary: JsonSummary,
}

/// One checked draft.
#[derive(Debug, Serialize)]
struct JsonFile<'a> {
    path: &'a str,
    /// The draft's date (`2022-03-19`), from its front matter or file name; null if none.
    date: Option<String>,
    figures: Vec<JsonFigure<'a>>,
    diagnostics: Vec<JsonDiagnostic<'a>>,
}

/// One recognised number, claim or not.
#[derive(Debug, Serialize)]
struct JsonFigure<'a> {
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    /// The phrase as written ("about 14400 people").
    text: &'a str,
    /// The numeral alone ("14400").
    figure: &'a str,
    kind: &'static str,
    /// Null for a vague quantity ("thousands"): it has no value.
    #[serde(serialize_with = "serialize_optional_number")]
    value: Option<f64>,
    #[serde(serialize_with = "serialize_optional_number")]
    low: Option<f64>,
    #[serde(serialize_with = "serialize_optional_number")]
    high: Option<f64>,
    unit: Option<&'a str>,
    subject: Option<&'a str>,
    qualifier: Option<&'a str>,
    attribution: Option<JsonAttribution<'a>>,
    /// The ids of the rules that decided the figure's kind, attribution and subject.
    rules: Vec<&'static str>,
    /// An unattributed claim's class ("estimate", "market-data"), when it has a finding.
    #[serde(skip_serializing_if = "Option::is_none")]
    class: Option<&'static str>,
}

/// Who says so.
#[derive(Debug, Serialize)]
struct JsonAttribution<'a> {
    /// The source as written; for a pronoun ("It added"), the source it stands for.
    source: &'a str,
    /// The cue's lemma ("according to", "say").
    cue: &'a str,
    /// The line the source is named on.
    line: usize,
    grade: &'static str,
    /// The entry of the configuration's source list the source names (its `name`); present
    /// only when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    listed: Option<&'a str>,
}

/// One finding.
#[derive(Debug, Serialize)]
struct JsonDiagnostic<'a> {
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    severity: &'static str,
    code: &'static str,
    message: &'a str,
    related: Vec<JsonRelated<'a>>,
    /// For `unattributed-claim`, the claim's class.
    #[serde(skip_serializing_if = "Option::is_none")]
    class: Option<&'static str>,
}

/// Another place a finding points to (the earlier figure of a conflict).
#[derive(Debug, Serialize)]
struct JsonRelated<'a> {
    /// The other draft, for a conflict across drafts (as given or found in a folder).
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<&'a str>,
    line: usize,
    column: usize,
    message: &'a str,
}

/// The totals.
#[derive(Debug, Serialize)]
struct JsonSummary {
    files: usize,
    claims: usize,
    unattributed: usize,
    conflicts: usize,
}

/// Writes the report as one pretty-printed JSON object and a newline.
pub fn write(files: &[CheckedFile], summary: &Summary, out: &mut dyn Write) -> io::Result<()> {
    let report = report(files, summary);
    // Serialised into memory first: serde_json writes a report in thousands of small pieces,
    // each a dynamic call through `out` (a third of `check --format json` on a large draft).
    let mut bytes = serde_json::to_vec_pretty(&report).map_err(io::Error::other)?;
    bytes.push(b'\n');
    out.write_all(&bytes)
}

/// The report as serde structs.
fn report<'a>(files: &'a [CheckedFile], summary: &Summary) -> JsonReport<'a> {
    JsonReport {
        files: files.iter().map(file).collect(),
        summary: JsonSummary {
            files: summary.files,
            claims: summary.claims,
            unattributed: summary.unattributed,
            conflicts: summary.conflicts,
        },
    }
}

fn file(file: &CheckedFile) -> JsonFile<'_> {
    JsonFile {
        path: &file.name,
        date: file.date.map(|d| d.iso()),
        figures: file
            .analysis
            .figures
            .iter()
            .enumerate()
            .map(|(i, f)| figure(file, i, f))
            .collect(),
        diagnostics: file
            .analysis
            .findings
            .iter()
            .enumerate()
            .map(|(i, f)| diagnostic(file, i, f))
            .collect(),
    }
}

fn figure<'a>(file: &'a CheckedFile, index: usize, figure: &'a Figure) -> JsonFigure<'a> {
    let listed = file
        .analysis
        .listed_source(index)
        .map(|(source, _)| source.name.as_str());
    let region = file.region(figure.span);
    JsonFigure {
        line: region.line,
        column: region.column,
        end_line: region.end_line,
        end_column: region.end_column,
        text: figure.span.of(&file.text),
        figure: figure.number.of(&file.text),
        kind: figure.kind.as_str(),
        value: known(figure).then_some(figure.value),
        low: figure.interval.low_value().filter(|_| known(figure)),
        high: figure.interval.high_value().filter(|_| known(figure)),
        unit: figure.unit.as_deref(),
        subject: figure.subject.as_deref(),
        qualifier: figure.qualifier.as_deref(),
        attribution: figure
            .attribution
            .as_ref()
            .map(|a| attribution(file, a, listed)),
        rules: figure.trail().iter().map(|r| r.id).collect(),
        class: file
            .analysis
            .findings
            .iter()
            .find(|f| f.figure == index && f.class.is_some())
            .and_then(|f| f.class)
            .map(|c| c.as_str()),
    }
}

/// False for a vague quantity, whose value and bounds are unknown, not zero.
fn known(figure: &Figure) -> bool {
    figure.kind != Kind::Vague
}

fn attribution<'a>(
    file: &'a CheckedFile,
    attribution: &'a Attribution,
    listed: Option<&'a str>,
) -> JsonAttribution<'a> {
    let named_at = if attribution.source_span.is_empty() {
        attribution.cue_span
    } else {
        attribution.source_span
    };
    JsonAttribution {
        source: attribution.effective_source(),
        cue: &attribution.cue,
        line: file.line_of(named_at.start),
        grade: attribution.grade.as_str(),
        listed,
    }
}

fn diagnostic<'a>(file: &'a CheckedFile, index: usize, finding: &'a Finding) -> JsonDiagnostic<'a> {
    let region = file.region(finding.span);
    JsonDiagnostic {
        line: region.line,
        column: region.column,
        end_line: region.end_line,
        end_column: region.end_column,
        severity: finding.severity.as_str(),
        code: finding.code.as_str(),
        message: &finding.message,
        related: finding
            .related
            .iter()
            .map(|related| {
                let region = file.region(related.span);
                JsonRelated {
                    path: None,
                    line: region.line,
                    column: region.column,
                    message: &related.message,
                }
            })
            .chain(file.elsewhere_of(index).iter().map(|other| JsonRelated {
                path: Some(&other.path),
                line: other.region.line,
                column: other.region.column,
                message: &other.message,
            }))
            .collect(),
        class: finding.class.map(|c| c.as_str()),
    }
}

#[cfg(test)]
mod tests {
    use super::super::serialize_number;
    use super::*;
    use crate::cli::report::tests::sample;
    use serde_json::{Value, json};

    fn output() -> Value {
        let files = [sample()];
        let mut out = Vec::new();
        assert!(write(&files, &Summary::of(&files), &mut out).is_ok());
        serde_json::from_slice(&out).unwrap_or(Value::Null)
    }

    #[test]
    fn has_the_contract_keys() {
        let value = output();
        assert_eq!(
            value["summary"],
            json!({"files": 1, "claims": 2, "unattributed": 1, "conflicts": 1})
        );
        let file = &value["files"][0];
        assert_eq!(file["path"], "news/draft.md");
        assert_eq!(file["figures"].as_array().map(Vec::len), Some(3));
        assert_eq!(file["diagnostics"].as_array().map(Vec::len), Some(2));
    }

    #[test]
    fn an_attributed_claim_carries_its_source_and_open_interval() {
        let value = output();
        let over = &value["files"][0]["figures"][1];
        assert_eq!(
            *over,
            json!({
                "line": 1, "column": 27, "end_line": 1, "end_column": 41,
                "text": "over 450 tanks", "figure": "450", "kind": "claim",
                "value": 450, "low": 450, "high": null,
                "unit": "tanks", "subject": "tanks lost", "qualifier": "over",
                "attribution": {"source": "the ministry", "cue": "say", "line": 1, "grade": "named"},
                "rules": []
            })
        );
    }

    #[test]
    fn non_claims_have_their_kind_and_no_attribution() {
        let value = output();
        let year = &value["files"][0]["figures"][0];
        assert_eq!(year["kind"], "year");
        assert_eq!(year["attribution"], Value::Null);
    }

    #[test]
    fn diagnostics_count_columns_in_scalar_values_and_point_to_related() {
        let value = output();
        let conflict = &value["files"][0]["diagnostics"][1];
        assert_eq!(
            *conflict,
            json!({
                "line": 3, "column": 8, "end_line": 3, "end_column": 17,
                "severity": "warning", "code": "conflicting-figure",
                "message": "\"400 tanks\" conflicts with \"over 450 tanks\" on line 1",
                "related": [{"line": 1, "column": 27, "message": "the earlier figure: \"over 450 tanks\""}]
            })
        );
    }

    #[test]
    fn whole_numbers_have_no_fraction_and_infinities_are_null() {
        #[derive(Serialize)]
        struct N {
            #[serde(serialize_with = "serialize_number")]
            a: f64,
            #[serde(serialize_with = "serialize_number")]
            b: f64,
            #[serde(serialize_with = "serialize_number")]
            c: f64,
        }
        let text = serde_json::to_string(&N {
            a: 14400.0,
            b: 2.5,
            c: f64::INFINITY,
        })
        .unwrap_or_default();
        assert_eq!(text, r#"{"a":14400,"b":2.5,"c":null}"#);
    }

    #[test]
    fn a_vague_quantity_has_a_null_value_and_bounds() {
        let mut files = [sample()];
        files[0].analysis.figures[0].kind = Kind::Vague;
        let mut out = Vec::new();
        assert!(write(&files, &Summary::of(&files), &mut out).is_ok());
        let value: Value = serde_json::from_slice(&out).unwrap_or(Value::Null);
        let vague = &value["files"][0]["figures"][0];
        assert_eq!(vague["kind"], "vague");
        assert_eq!(vague["value"], Value::Null);
        assert_eq!(vague["low"], Value::Null);
        assert_eq!(vague["high"], Value::Null);
        assert_eq!(value["files"][0]["figures"][1]["value"], 450);
    }
}
