//! The JSON format: one object holding every figure and every diagnostic of every file, as
//! the design brief's section 5 specifies. Lines and columns are 1-based, columns count
//! Unicode scalar values, end columns are exclusive.

use std::io::{self, Write};

use rayon::prelude::*;

#[cfg(test)]
use serde::Serialize;

#[cfg(test)]
use super::serialize_optional_number;
use crate::analysis::{Attribution, Figure, Finding, Kind};
use crate::cli::report::{CheckedFile, Region, Summary};
use crate::json_out::{JsonOut, Pretty};

/// The whole report.
#[cfg(test)]
#[derive(Debug, Serialize)]
struct JsonReport<'a> {
    files: Vec<JsonFile<'a>>,
    summary: JsonSummary,
}

/// One checked draft.
#[cfg(test)]
#[derive(Debug, Serialize)]
struct JsonFile<'a> {
    path: &'a str,
    /// The draft's date (`2022-03-19`), from its front matter or file name; null if none.
    date: Option<String>,
    figures: Vec<JsonFigure<'a>>,
    diagnostics: Vec<JsonDiagnostic<'a>>,
}

/// One recognised number, claim or not.
#[cfg(test)]
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
#[derive(Debug)]
#[cfg_attr(test, derive(Serialize))]
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
    #[cfg_attr(test, serde(skip_serializing_if = "Option::is_none"))]
    listed: Option<&'a str>,
}

/// One finding.
#[cfg(test)]
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
#[cfg(test)]
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
#[cfg(test)]
#[derive(Debug, Serialize)]
struct JsonSummary {
    files: usize,
    claims: usize,
    unattributed: usize,
    conflicts: usize,
}

/// Writes the report as one pretty-printed JSON object and a newline.
///
/// Written by hand ([`JsonOut`]): serde_json spent a fifth of `check --format json` on a 4 MB
/// draft pretty-printing it. The serde structs above, kept for the tests, are the reference
/// it is held to byte for byte. A file's figures and diagnostics are written in runs on the
/// thread pool and each run goes to `out` as it is (see [`in_runs`]).
pub fn write(files: &[CheckedFile], summary: &Summary, out: &mut dyn Write) -> io::Result<()> {
    let mut json = JsonOut::with_capacity(1 << 16);
    let mut report = json.pretty(false, 0);
    let depth = report.inner();
    let mut list = report.key("files").pretty(true, depth);
    for file in files {
        let depth = list.inner();
        write_file(list.item(), file, depth, out)?;
    }
    list.end();
    let mut totals = report.key("summary").pretty(false, depth);
    totals.key("files").uint(summary.files as u64);
    totals.key("claims").uint(summary.claims as u64);
    totals.key("unattributed").uint(summary.unattributed as u64);
    totals.key("conflicts").uint(summary.conflicts as u64);
    totals.end();
    report.end();
    json.buf.push(b'\n');
    out.write_all(&json.buf)
}

fn write_file(
    json: &mut JsonOut,
    file: &CheckedFile,
    depth: usize,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut object = json.pretty(false, depth);
    object.key("path").string(&file.name);
    object
        .key("date")
        .optional_string(file.date.map(|d| d.iso()).as_deref());
    // Each figure's class, from its finding: looked up once, not per figure.
    let mut classes = vec![None; file.analysis.figures.len()];
    for finding in file.analysis.findings.iter().rev() {
        if let (Some(class), Some(slot)) = (finding.class, classes.get_mut(finding.figure)) {
            *slot = Some(class.as_str());
        }
    }
    let inner = object.inner();
    let mut figures = object.key("figures").pretty(true, inner);
    let count = file.analysis.figures.len();
    in_runs(count, inner, &mut figures, out, |i, items| {
        let depth = items.inner();
        let f = &file.analysis.figures[i];
        write_figure(items.item(), file, i, f, classes[i], depth);
    })?;
    figures.end();
    let mut diagnostics = object.key("diagnostics").pretty(true, inner);
    let count = file.analysis.findings.len();
    in_runs(count, inner, &mut diagnostics, out, |i, items| {
        let depth = items.inner();
        write_diagnostic(items.item(), file, i, &file.analysis.findings[i], depth);
    })?;
    diagnostics.end();
    object.end();
    Ok(())
}

/// Items of an array written per run of this many: each run on whichever thread is free.
const RUN: usize = 256;
/// Runs written at a time before they go to the output: enough for every thread, few
/// enough that a draft's whole report is never held in memory.
const RUNS_AT_ONCE: usize = 32;

/// Items `0..count` of `array` (at `depth`: a file's figures or diagnostics), written by
/// `item` in runs of [`RUN`] in parallel and then to `out` in order: a draft of megabytes
/// has tens of thousands of figures, and writing them one after the other was a serial
/// tail after the parallel analysis. The bytes are those written in one go.
fn in_runs<F>(
    count: usize,
    depth: usize,
    array: &mut Pretty<'_>,
    out: &mut dyn Write,
    item: F,
) -> io::Result<()>
where
    F: Fn(usize, &mut Pretty<'_>) + Sync,
{
    let runs = count.div_ceil(RUN);
    let write_run = |run: usize| {
        let mut json = JsonOut::with_capacity(RUN * 800);
        let mut items = json.items_apart(depth);
        for i in run * RUN..((run + 1) * RUN).min(count) {
            item(i, &mut items);
        }
        json
    };
    for first in (0..runs).step_by(RUNS_AT_ONCE) {
        let these = first..runs.min(first + RUNS_AT_ONCE);
        // One run is written here: handing it to the pool and waiting would cost more than
        // it saves, once per draft of a folder of short drafts.
        let written: Vec<JsonOut> = if these.len() > 1 {
            these.into_par_iter().map(write_run).collect()
        } else {
            these.map(write_run).collect()
        };
        for run in &written {
            array.write_run(run, out)?;
        }
    }
    Ok(())
}

fn write_figure(
    json: &mut JsonOut,
    file: &CheckedFile,
    index: usize,
    figure: &Figure,
    class: Option<&str>,
    depth: usize,
) {
    let region = file.region(figure.span);
    let known = known(figure);
    let mut object = json.pretty(false, depth);
    write_region(&mut object, region);
    object.key("text").string(figure.span.of(&file.text));
    object.key("figure").string(figure.number.of(&file.text));
    object.key("kind").string(figure.kind.as_str());
    object
        .key("value")
        .optional_number(known.then_some(figure.value));
    object
        .key("low")
        .optional_number(figure.interval.low_value().filter(|_| known));
    object
        .key("high")
        .optional_number(figure.interval.high_value().filter(|_| known));
    object.key("unit").optional_string(figure.unit.as_deref());
    object
        .key("subject")
        .optional_string(figure.subject.as_deref());
    object
        .key("qualifier")
        .optional_string(figure.qualifier.as_deref());
    let inner = object.inner();
    match &figure.attribution {
        Some(a) => {
            let listed = file
                .analysis
                .listed_source(index)
                .map(|(source, _)| source.name.as_str());
            let a = attribution(file, a, listed);
            let mut source = object.key("attribution").pretty(false, inner);
            source.key("source").string(a.source);
            source.key("cue").string(a.cue);
            source.key("line").uint(a.line as u64);
            source.key("grade").string(a.grade);
            if let Some(listed) = a.listed {
                source.key("listed").string(listed);
            }
            source.end();
        }
        None => object.key("attribution").raw("null"),
    }
    let mut rules = object.key("rules").pretty(true, inner);
    for rule in figure.trail().iter() {
        rules.item().string(rule.id);
    }
    rules.end();
    if let Some(class) = class {
        object.key("class").string(class);
    }
    object.end();
}

fn write_region(object: &mut Pretty<'_>, region: Region) {
    object.key("line").uint(region.line as u64);
    object.key("column").uint(region.column as u64);
    object.key("end_line").uint(region.end_line as u64);
    object.key("end_column").uint(region.end_column as u64);
}

fn write_diagnostic(
    json: &mut JsonOut,
    file: &CheckedFile,
    index: usize,
    finding: &Finding,
    depth: usize,
) {
    let mut object = json.pretty(false, depth);
    write_region(&mut object, file.region(finding.span));
    object.key("severity").string(finding.severity.as_str());
    object.key("code").string(finding.code.as_str());
    object.key("message").string(&finding.message);
    let inner = object.inner();
    let mut related = object.key("related").pretty(true, inner);
    let place = |related: &mut Pretty<'_>, path: Option<&str>, line, column, message: &str| {
        let depth = related.inner();
        let mut item = related.item().pretty(false, depth);
        if let Some(path) = path {
            item.key("path").string(path);
        }
        item.key("line").uint(line as u64);
        item.key("column").uint(column as u64);
        item.key("message").string(message);
        item.end();
    };
    for r in &finding.related {
        let region = file.region(r.span);
        place(&mut related, None, region.line, region.column, &r.message);
    }
    for other in file.elsewhere_of(index) {
        let (line, column) = (other.region.line, other.region.column);
        place(
            &mut related,
            Some(&other.path),
            line,
            column,
            &other.message,
        );
    }
    related.end();
    if let Some(class) = finding.class {
        object.key("class").string(class.as_str());
    }
    object.end();
}

/// The report as serde structs.
#[cfg(test)]
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

#[cfg(test)]
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

#[cfg(test)]
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

#[cfg(test)]
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

    /// The serde structs' output, the reference the hand-written JSON is held to.
    fn reference(files: &[CheckedFile]) -> String {
        let report = report(files, &Summary::of(files));
        let mut bytes = serde_json::to_vec_pretty(&report).unwrap_or_default();
        bytes.push(b'\n');
        String::from_utf8_lossy(&bytes).into_owned()
    }

    fn written(files: &[CheckedFile]) -> String {
        let mut out = Vec::new();
        assert!(write(files, &Summary::of(files), &mut out).is_ok());
        String::from_utf8_lossy(&out).into_owned()
    }

    #[test]
    fn the_hand_written_json_is_the_serde_structs_byte_for_byte() {
        // Real analyses: classes, conflicts, vague amounts, fractions, rules, dates, places in
        // other drafts, a listed source, emoji, CJK, CRLF, curly quotes and control characters.
        let drafts = [
            include_str!("../../../tests/corpus/ukraine-losses.txt"),
            "---\ndate: 2024-03-02\n---\n# Floods\n\nAbout 300 homes 🏠 were flooded, and \
             dozens of people were moved. Two and a half per cent of 東京 voters \u{1} said so.\r\n\r\n\
             “Over 1,200 people,” the council said. Later 900 people were counted.\n",
        ];
        let config = crate::analysis::Config {
            sources: serde_json::from_str(
                r#"[{"name": "Kyiv Independent", "aliases": ["the council"]}]"#,
            )
            .unwrap_or_default(),
            ..Default::default()
        };
        let mut files: Vec<CheckedFile> = drafts
            .iter()
            .enumerate()
            .map(|(i, text)| {
                let format = crate::analysis::Format::Markdown;
                let analysis = crate::analysis::analyze(text, format, &config);
                let filter = crate::cli::report::CodeFilter::default();
                CheckedFile::new(format!("desk/{i}.md"), text.to_string(), analysis, &filter)
            })
            .collect();
        files.push(sample());
        if let Some(first) = files[0].analysis.findings.first().cloned() {
            let region = files[0].region(first.span);
            let other = crate::cli::report::Elsewhere {
                path: "desk/earlier \"draft\".md".into(),
                region,
                message: "the earlier figure".into(),
                excerpt: String::new(),
                excerpt_span: 0..0,
            };
            files[0].add_findings(vec![(first, vec![other])]);
        }
        assert!(files.iter().any(|f| !f.elsewhere.is_empty()));
        assert_eq!(written(&files), reference(&files));
        assert_eq!(written(&[]), reference(&[]));
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
