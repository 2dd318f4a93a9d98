//! The output formats of `copydesk check`. Each turns the same checked drafts into text for
//! one audience: people ([`human`]), programs ([`json`]), code-scanning dashboards
//! ([`sarif`]) and GitHub Actions ([`github`]).

pub mod github;
pub mod human;
pub mod json;
pub mod sarif;

use std::io::{self, Write};

use super::args::OutputFormat;
use super::report::{CheckedFile, Summary};

/// How the human format looks.
#[derive(Clone, Copy, Debug)]
pub struct HumanOptions {
    /// ANSI colours.
    pub color: bool,
    /// Findings only: no summary line.
    pub quiet: bool,
    /// The width long source lines are trimmed to.
    pub width: usize,
    /// The rules that decided each finding's figure, under the finding.
    pub explain: bool,
}

/// Writes the report for `files` in `format`.
pub fn write(
    format: OutputFormat,
    files: &[CheckedFile],
    summary: &Summary,
    human: HumanOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        OutputFormat::Human => human::write(files, summary, human, out),
        OutputFormat::Json => json::write(files, summary, out),
        OutputFormat::Sarif => sarif::write(files, out),
        OutputFormat::Github => github::write(files, out),
    }
}

/// A number for JSON: whole values print without a fraction (`14400`, not `14400.0`);
/// infinities and NaN, which JSON cannot hold, print as null.
pub(crate) fn serialize_number<S: serde::Serializer>(value: &f64, s: S) -> Result<S::Ok, S::Error> {
    if !value.is_finite() {
        s.serialize_none()
    } else if let Some(whole) = crate::json_out::whole_number(*value) {
        s.serialize_i64(whole)
    } else {
        s.serialize_f64(*value)
    }
}

/// [`serialize_number`] for an optional value (null when absent).
pub(crate) fn serialize_optional_number<S: serde::Serializer>(
    value: &Option<f64>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match value {
        Some(value) => serialize_number(value, s),
        None => s.serialize_none(),
    }
}
