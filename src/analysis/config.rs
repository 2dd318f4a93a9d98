//! What a desk can configure: severities per finding code, extra attribution cues, the
//! named-source policy, the diagnostics cap, ignored figures and the newsroom's source list.
//! This module holds the settings as the engine uses them; reading `copydesk.json` and editor
//! settings into them is the adapters' job (they share [`Config::from_json`]).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::findings::{Code, Severity};

/// How claims attributed only to vague sources ("officials said") are treated.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NamedSourcePolicy {
    /// A vague source counts as an attribution.
    #[default]
    Off,
    /// A vague source counts, but gets a `vague-source` hint.
    Hint,
    /// A vague source gets a `vague-source` warning.
    Warning,
}

/// A severity as configured: one of the four, or "off".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SeveritySetting {
    Off,
    Error,
    Warning,
    #[serde(alias = "info")]
    Information,
    Hint,
}

impl SeveritySetting {
    /// The severity, or `None` when off.
    pub fn severity(self) -> Option<Severity> {
        match self {
            SeveritySetting::Off => None,
            SeveritySetting::Error => Some(Severity::Error),
            SeveritySetting::Warning => Some(Severity::Warning),
            SeveritySetting::Information => Some(Severity::Information),
            SeveritySetting::Hint => Some(Severity::Hint),
        }
    }
}

/// A figure a source published, for checking claims attributed to it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceFigure {
    /// The subject key the figure is about ("civilians killed").
    pub subject: String,
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub unit: Option<String>,
}

/// One entry of the newsroom's source list.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    pub note: Option<String>,
    #[serde(default)]
    pub figures: Vec<SourceFigure>,
}

/// A figure the desk chose to ignore in a plain-text draft, keyed so that it survives edits
/// elsewhere: the figure as written and a hash of its sentence.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IgnoredFigure {
    pub figure: String,
    pub sentence: String,
    pub code: Option<String>,
}

/// Everything configurable, with the defaults a newsroom gets without a project file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
pub struct Config {
    /// Severity or "off" per finding code, by the code's name.
    pub severity: BTreeMap<String, SeveritySetting>,
    /// Extra phrases that attribute a claim ("put the figure at"), matched like "said".
    pub cues: Vec<String>,
    /// How vague sources are treated.
    pub named_sources: NamedSourcePolicy,
    /// Globs of files to skip.
    pub skip: Vec<String>,
    /// The most diagnostics reported for one document.
    pub max_diagnostics: usize,
    /// Figures ignored in plain-text drafts.
    pub ignore: Vec<IgnoredFigure>,
    /// The newsroom's source list.
    pub sources: Vec<Source>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            severity: BTreeMap::new(),
            cues: Vec::new(),
            named_sources: NamedSourcePolicy::Off,
            skip: Vec::new(),
            max_diagnostics: 1000,
            ignore: Vec::new(),
            sources: Vec::new(),
        }
    }
}

impl Config {
    /// The severity findings of `code` get, or `None` when the code is off.
    pub fn severity_of(&self, code: Code) -> Option<Severity> {
        match self.severity.get(code.as_str()) {
            Some(setting) => setting.severity(),
            None if code == Code::VagueSource => match self.named_sources {
                NamedSourcePolicy::Off => None,
                NamedSourcePolicy::Hint => Some(Severity::Hint),
                NamedSourcePolicy::Warning => Some(Severity::Warning),
            },
            None => code.default_severity(),
        }
    }

    /// Parses a configuration from JSON text, reporting the first mistake with its line and
    /// column.
    pub fn from_json(text: &str) -> Result<Config, ConfigError> {
        let config: Config = serde_json::from_str(text).map_err(|e| ConfigError {
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        })?;
        for name in config.severity.keys() {
            if Code::parse(name).is_none() {
                return Err(ConfigError {
                    line: 0,
                    column: 0,
                    message: format!(
                        "unknown finding code \"{name}\" in \"severity\" (known: {})",
                        Code::ALL.map(Code::as_str).join(", ")
                    ),
                });
            }
        }
        Ok(config)
    }

    /// A hash of everything that changes analysis results, for cache keys.
    pub fn fingerprint(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        serde_json::to_string(self)
            .unwrap_or_default()
            .hash(&mut hasher);
        hasher.finish()
    }
}

/// A mistake in a configuration, with its 1-based position (0 when it has none).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.line > 0 {
            write!(
                f,
                "line {}, column {}: {}",
                self.line, self.column, self.message
            )
        } else {
            f.write_str(&self.message)
        }
    }
}

impl std::error::Error for ConfigError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_warn_on_both_main_codes() {
        let config = Config::default();
        assert_eq!(
            config.severity_of(Code::UnattributedClaim),
            Some(Severity::Warning)
        );
        assert_eq!(
            config.severity_of(Code::ConflictingFigure),
            Some(Severity::Warning)
        );
        assert_eq!(config.severity_of(Code::VagueSource), None);
    }

    #[test]
    fn a_code_can_be_switched_off() {
        let config =
            Config::from_json(r#"{"severity": {"unattributed-claim": "off"}}"#).unwrap_or_default();
        assert_eq!(config.severity_of(Code::UnattributedClaim), None);
    }

    #[test]
    fn unknown_keys_are_reported_with_position() {
        let err = Config::from_json("{\n  \"sevrity\": {}\n}").err();
        assert!(matches!(err, Some(ConfigError { line: 2, .. })), "{err:?}");
    }

    #[test]
    fn unknown_codes_are_reported() {
        assert!(Config::from_json(r#"{"severity": {"bogus": "off"}}"#).is_err());
    }
}
