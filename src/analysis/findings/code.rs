//! The stable codes of findings and their severities: the configuration key, the diagnostic
//! code, the CLI filter and the README anchor of each kind of finding.

use serde::Serialize;

/// The stable identity of a kind of finding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Code {
    /// A numeric claim with no source in its sentence or carried over to it.
    UnattributedClaim,
    /// A figure whose interval cannot meet an earlier figure's for the same thing.
    ConflictingFigure,
    /// A claim attributed only to a vague source ("officials said"); off unless the
    /// configuration asks for named sources.
    VagueSource,
}

impl Code {
    /// Every code, in documentation order.
    pub const ALL: [Code; 3] = [
        Code::UnattributedClaim,
        Code::ConflictingFigure,
        Code::VagueSource,
    ];

    /// The code as written in configuration, diagnostics and output.
    pub fn as_str(self) -> &'static str {
        match self {
            Code::UnattributedClaim => "unattributed-claim",
            Code::ConflictingFigure => "conflicting-figure",
            Code::VagueSource => "vague-source",
        }
    }

    /// Parses a code as written; `None` for unknown names.
    pub fn parse(name: &str) -> Option<Code> {
        Code::ALL.into_iter().find(|code| code.as_str() == name)
    }

    /// The severity a finding of this code has unless configured otherwise; `None` is off.
    pub fn default_severity(self) -> Option<Severity> {
        match self {
            Code::UnattributedClaim | Code::ConflictingFigure => Some(Severity::Warning),
            Code::VagueSource => None,
        }
    }

    /// The README anchor documenting this code.
    pub fn doc_url(self) -> String {
        format!(
            "https://github.com/copydesk/copydesk/blob/main/README.md#{}",
            self.as_str()
        )
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How loudly a finding is reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Information,
    Hint,
}

impl Severity {
    /// The severity as written in configuration and output.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Information => "information",
            Severity::Hint => "hint",
        }
    }

    /// Parses "error", "warning", "information" (or "info") and "hint".
    pub fn parse(name: &str) -> Option<Severity> {
        match name {
            "error" => Some(Severity::Error),
            "warning" => Some(Severity::Warning),
            "information" | "info" => Some(Severity::Information),
            "hint" => Some(Severity::Hint),
            _ => None,
        }
    }
}
