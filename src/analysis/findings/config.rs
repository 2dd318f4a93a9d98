//! What a desk can configure: severities per finding code, extra attribution cues, the
//! named-source policy, the diagnostics cap, ignored figures and the newsroom's source list.
//! This module holds the settings as the engine uses them; reading `copydesk.json` and editor
//! settings into them is the adapters' job (they share [`Config::from_json`]).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::analysis::findings::finding::{Code, Severity};
use crate::analysis::findings::json_text;
use crate::analysis::text::span::Span;

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

/// How unattributed claims are weighed (issue 17).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Policy {
    /// Estimates, tolls, statistics, interested claims and contested money are warnings;
    /// public-record facts, schedules, market data, results and headline figures hints.
    #[default]
    Editorial,
    /// Every unattributed claim is a warning, whatever its class.
    Strict,
}

/// A genre preset: the classes a genre's copy states without a source, switched off.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Preset {
    /// Markets copy: prices and moves need no source (market-data off).
    Markets,
    /// Sport copy: scores, results and fixtures need no source (award-or-result and
    /// schedule off).
    Sport,
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
    /// The JSON Schema an editor validates the file with; copydesk ignores it.
    #[serde(rename = "$schema", skip_serializing)]
    pub schema: Option<String>,
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
    /// The desk's ledger: figures checked across the drafts of a folder or workspace
    /// ([`super::desk`]).
    pub ledger: bool,
    /// The most bytes of drafts the language server indexes for the ledger in one workspace
    /// folder; drafts beyond it are left out of the index.
    pub ledger_max_bytes: u64,
    /// How unattributed claims are weighed: "editorial" (default) or "strict".
    pub policy: Policy,
    /// Severity or "off" per claim class ("market-data": "off"), over the policy.
    pub classes: BTreeMap<String, SeveritySetting>,
    /// A genre preset: "markets" or "sport".
    pub preset: Option<Preset>,
}

/// The default [`Config::ledger_max_bytes`]: 200 MB, some 50,000 drafts of 4 KB.
pub const DEFAULT_LEDGER_MAX_BYTES: u64 = 200_000_000;

impl Default for Config {
    fn default() -> Self {
        Config {
            schema: None,
            severity: BTreeMap::new(),
            cues: Vec::new(),
            named_sources: NamedSourcePolicy::Off,
            skip: Vec::new(),
            max_diagnostics: 1000,
            ignore: Vec::new(),
            sources: Vec::new(),
            ledger: true,
            ledger_max_bytes: DEFAULT_LEDGER_MAX_BYTES,
            policy: Policy::Editorial,
            classes: BTreeMap::new(),
            preset: None,
        }
    }
}

impl Config {
    /// The severity of an unattributed claim of `class`, or `None` when off: the class's own
    /// setting, else the preset's, else the policy's (under "editorial" the hint classes are
    /// hints), all within the `unattributed-claim` code's own severity.
    pub fn severity_of_class(
        &self,
        class: crate::analysis::findings::weight::ClaimClass,
    ) -> Option<Severity> {
        use crate::analysis::findings::weight::ClaimClass as C;
        let base = self.severity_of(Code::UnattributedClaim)?;
        if let Some(setting) = self.classes.get(class.as_str()) {
            return setting.severity();
        }
        match (self.preset, class) {
            (Some(Preset::Markets), C::MarketData)
            | (Some(Preset::Sport), C::AwardOrResult | C::Schedule) => return None,
            _ => {}
        }
        match self.policy {
            Policy::Strict => Some(base),
            Policy::Editorial if class.is_queried() => Some(base),
            Policy::Editorial => Some(Severity::Hint),
        }
    }

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
    /// column: bad JSON, a value of the wrong type, an unknown key, and everything the JSON
    /// Schema (`editors/schema/copydesk.schema.json`) checks besides (unknown finding codes,
    /// empty names, a source figure with no value, a URL without a scheme ...).
    pub fn from_json(text: &str) -> Result<Config, ConfigError> {
        // A byte order mark is legal in a file and invisible in an editor.
        let body = text.strip_prefix('\u{feff}').unwrap_or(text);
        let shift = text.len() - body.len();
        let config: Config = serde_json::from_str(body).map_err(|e| {
            let offset = shift + json_text::offset_of(body, e.line(), e.column());
            let tree = json_text::parse(body);
            // Point at the whole key or value the mistake is about, when the text parses.
            let span = tree
                .as_ref()
                .and_then(|t| innermost(t, offset - shift))
                .map(|s| Span::new(s.start + shift, s.end + shift))
                .unwrap_or_else(|| Span::new(offset, offset));
            ConfigError::at(text, span, plain_serde_message(&e.to_string()))
        })?;
        if let Some(problem) = config.problems().into_iter().next() {
            let tree = json_text::parse(body);
            let span = tree
                .as_ref()
                .and_then(|t| t.at(&problem.path))
                .map(|(node, key)| match (problem.on_key, key) {
                    (true, Some(key)) => key,
                    _ => node.span(),
                })
                .map_or(Span::new(0, 0), |s| {
                    Span::new(s.start + shift, s.end + shift)
                });
            return Err(ConfigError::at(text, span, problem.message));
        }
        Ok(config)
    }

    /// The mistakes serde cannot see, each with the path of the value it is about.
    fn problems(&self) -> Vec<Problem> {
        let mut out = Vec::new();
        self.name_problems(&mut out);
        self.list_problems(&mut out);
        self.ignore_problems(&mut out);
        self.source_problems(&mut out);
        out
    }

    /// Unknown finding codes and claim classes among the keys of "severity" and "classes".
    fn name_problems(&self, out: &mut Vec<Problem>) {
        for name in self.severity.keys() {
            if Code::parse(name).is_none() {
                out.push(Problem::of_key(
                    vec![key("severity"), key(name)],
                    format!(
                        "unknown finding code \"{name}\" in \"severity\" (known: {})",
                        Code::ALL.map(Code::as_str).join(", ")
                    ),
                ));
            }
        }
        for name in self.classes.keys() {
            if crate::analysis::findings::weight::ClaimClass::parse(name).is_none() {
                out.push(Problem::of_key(
                    vec![key("classes"), key(name)],
                    format!(
                        "unknown claim class \"{name}\" in \"classes\" (known: {})",
                        crate::analysis::findings::weight::ClaimClass::ALL
                            .map(|c| c.as_str())
                            .join(", ")
                    ),
                ));
            }
        }
    }

    /// Empty or repeated cues and empty skip globs.
    fn list_problems(&self, out: &mut Vec<Problem>) {
        use json_text::Step::Index;
        for (i, cue) in self.cues.iter().enumerate() {
            let path = || vec![key("cues"), Index(i)];
            if !Problem::blank(out, cue, path, "a cue") && self.cues[..i].contains(cue) {
                out.push(Problem::of_value(
                    path(),
                    format!("the cue \"{cue}\" is listed twice"),
                ));
            }
        }
        for (i, glob) in self.skip.iter().enumerate() {
            Problem::blank(out, glob, || vec![key("skip"), Index(i)], "a skip glob");
        }
    }

    /// Ignore entries without a figure, with a malformed sentence hash or an unknown code.
    fn ignore_problems(&self, out: &mut Vec<Problem>) {
        use json_text::Step::Index;
        for (i, entry) in self.ignore.iter().enumerate() {
            let at = |k: &str| vec![key("ignore"), Index(i), key(k)];
            Problem::blank(out, &entry.figure, || at("figure"), "\"figure\"");
            if entry.sentence.len() != 16
                || !entry
                    .sentence
                    .bytes()
                    .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
            {
                out.push(Problem::of_value(
                    at("sentence"),
                    "\"sentence\" should be the 16-digit hash copydesk's \"Ignore this figure\" \
                     quick-fix writes",
                ));
            }
            if let Some(code) = &entry.code
                && Code::parse(code).is_none()
            {
                out.push(Problem::of_value(
                    at("code"),
                    format!(
                        "unknown finding code \"{code}\" (known: {})",
                        Code::ALL.map(Code::as_str).join(", ")
                    ),
                ));
            }
        }
    }

    /// Source-list entries without a name, with empty aliases, a URL without a scheme or a figure without a value.
    fn source_problems(&self, out: &mut Vec<Problem>) {
        use json_text::Step::Index;
        for (i, source) in self.sources.iter().enumerate() {
            let at = |rest: &[json_text::Step]| {
                let mut path = vec![key("sources"), Index(i)];
                path.extend_from_slice(rest);
                path
            };
            Problem::blank(
                out,
                &source.name,
                || at(&[key("name")]),
                "a source's \"name\"",
            );
            for (j, alias) in source.aliases.iter().enumerate() {
                Problem::blank(out, alias, || at(&[key("aliases"), Index(j)]), "an alias");
            }
            if let Some(url) = &source.url
                && !has_scheme(url)
            {
                out.push(Problem::of_value(
                    at(&[key("url")]),
                    format!("\"{url}\" is not a URL (it should start with https:// or similar)"),
                ));
            }
            for (j, figure) in source.figures.iter().enumerate() {
                Problem::blank(
                    out,
                    &figure.subject,
                    || at(&[key("figures"), Index(j), key("subject")]),
                    "a figure's \"subject\"",
                );
                if figure.value.is_none() && figure.low.is_none() && figure.high.is_none() {
                    out.push(Problem::of_value(
                        at(&[key("figures"), Index(j)]),
                        format!(
                            "the figure for \"{}\" of \"{}\" needs \"value\", or \"low\" and/or \"high\"",
                            figure.subject, source.name
                        ),
                    ));
                } else if let (Some(low), Some(high)) = (figure.low, figure.high)
                    && low > high
                {
                    out.push(Problem::of_value(
                        at(&[key("figures"), Index(j), key("low")]),
                        format!("\"low\" ({low}) is above \"high\" ({high})"),
                    ));
                }
            }
        }
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

/// A mistake serde cannot see: where it is and what it is.
struct Problem {
    path: Vec<json_text::Step>,
    /// Underline the key rather than its value.
    on_key: bool,
    message: String,
}

impl Problem {
    /// A mistake in the value at `path`: the value is underlined.
    fn of_value(path: Vec<json_text::Step>, message: impl Into<String>) -> Problem {
        Problem {
            path,
            on_key: false,
            message: message.into(),
        }
    }

    /// A mistake in the key that ends `path` (an unknown name): the key is underlined.
    fn of_key(path: Vec<json_text::Step>, message: impl Into<String>) -> Problem {
        Problem {
            path,
            on_key: true,
            message: message.into(),
        }
    }

    /// The check the settings' lists and names share: pushes "`what` may not be empty" at
    /// the value at `path` when `value` is blank, and says whether it did.
    fn blank(
        out: &mut Vec<Problem>,
        value: &str,
        path: impl FnOnce() -> Vec<json_text::Step>,
        what: &str,
    ) -> bool {
        let blank = value.trim().is_empty();
        if blank {
            out.push(Problem::of_value(
                path(),
                format!("{what} may not be empty"),
            ));
        }
        blank
    }
}

/// The step of a problem's path into the member `k` of an object.
fn key(k: &str) -> json_text::Step {
    json_text::Step::Key(k.to_string())
}

/// True when `url` starts with a URI scheme ("https:", "mailto:").
fn has_scheme(url: &str) -> bool {
    let Some((scheme, rest)) = url.split_once(':') else {
        return false;
    };
    !rest.is_empty()
        && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

/// The innermost key or value whose span holds `offset`.
fn innermost(node: &json_text::Node, offset: usize) -> Option<Span> {
    use json_text::Node;
    let inside = |s: Span| s.start <= offset && offset < s.end.max(s.start + 1);
    match node {
        Node::Object { span, members } => members
            .iter()
            .find_map(|m| {
                if inside(m.key_span) {
                    Some(m.key_span)
                } else {
                    innermost(&m.value, offset)
                }
            })
            .or_else(|| inside(*span).then_some(*span)),
        Node::Array { span, items } => items
            .iter()
            .find_map(|item| innermost(item, offset))
            .or_else(|| inside(*span).then_some(*span)),
        Node::Scalar { span, .. } => inside(*span).then_some(*span),
    }
}

/// serde's words for people: its position suffix dropped (the position is shown in front),
/// Rust type names replaced by JSON ones.
fn plain_serde_message(message: &str) -> String {
    let message = match message.rfind(" at line ") {
        Some(at) if message[at..].contains(" column ") => &message[..at],
        _ => message,
    };
    message
        .replace("expected usize", "expected a whole number of 0 or more")
        .replace("expected f64", "expected a number")
        .replace("expected u64", "expected a whole number of 0 or more")
        .replace("expected a sequence", "expected a list [...]")
        .replace("expected a map", "expected an object {...}")
        .replace("expected struct Config", "expected an object {...}")
        .replace("expected struct Source", "expected an object {...}")
        .replace("expected struct SourceFigure", "expected an object {...}")
        .replace("expected struct IgnoredFigure", "expected an object {...}")
}

/// A mistake in a configuration, with its 1-based position (0 when it has none): the line,
/// and the column counting Unicode scalar values; `span` is the bytes it is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    pub line: usize,
    pub column: usize,
    pub message: String,
    pub span: Option<Span>,
}

impl ConfigError {
    /// A mistake about bytes `span` of `text`.
    fn at(text: &str, span: Span, message: String) -> Self {
        let (line, column) = json_text::line_column(text, span.start);
        ConfigError {
            line,
            column,
            message,
            span: Some(span),
        }
    }
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

    /// The mistake's line, column, underlined text and message.
    fn mistake(text: &str) -> (usize, usize, String, String) {
        match Config::from_json(text) {
            Ok(_) => panic!("accepted: {text}"),
            Err(e) => (
                e.line,
                e.column,
                e.span.map(|s| s.of(text).to_string()).unwrap_or_default(),
                e.message,
            ),
        }
    }

    #[test]
    fn unknown_keys_are_reported_with_position() {
        let (line, column, underlined, message) = mistake("{\n  \"sevrity\": {}\n}");
        assert_eq!((line, column, underlined.as_str()), (2, 3, "\"sevrity\""));
        assert!(message.starts_with("unknown field `sevrity`"), "{message}");
    }

    #[test]
    fn bad_json_is_reported_where_it_breaks() {
        let (line, column, _, message) = mistake("{\r\n  \"cues\": [\"put at\",]\r\n}");
        assert_eq!((line, column), (2, 21), "{message}");
        let (line, _, _, message) = mistake("{\n  \"cues\": [\"a\"]\n");
        assert_eq!(line, 3, "{message}");
        assert!(message.contains("EOF"), "{message}");
    }

    #[test]
    fn wrong_types_are_reported_on_the_value() {
        let (line, column, underlined, message) = mistake("{\n  \"maxDiagnostics\": \"lots\"\n}");
        assert_eq!((line, column, underlined.as_str()), (2, 21, "\"lots\""));
        assert!(message.contains("expected a whole number"), "{message}");
        let (_, _, underlined, message) = mistake(r#"{"namedSources": "loud"}"#);
        assert_eq!(underlined, "\"loud\"");
        assert!(message.contains("`off`, `hint`, `warning`"), "{message}");
        let (_, _, _, message) = mistake(r#"{"sources": {"name": "UN"}}"#);
        assert!(message.contains("expected a list"), "{message}");
    }

    #[test]
    fn unknown_codes_are_reported_on_their_key() {
        let text = "{\"severity\": {\n  \"unattributed-claim\": \"off\",\n  \"bogus\": \"off\"}}";
        let (line, column, underlined, message) = mistake(text);
        assert_eq!((line, column, underlined.as_str()), (3, 3, "\"bogus\""));
        assert!(
            message.contains("unknown finding code \"bogus\""),
            "{message}"
        );
        let (_, _, underlined, _) = mistake(
            r#"{"ignore": [{"figure": "300", "sentence": "0123456789abcdef", "code": "nope"}]}"#,
        );
        assert_eq!(underlined, "\"nope\"");
    }

    #[test]
    fn columns_count_characters_after_emoji_and_curly_quotes() {
        let text = "{\"sources\": [{\"name\": \"“UN” 😀\", \"url\": \"un.org\"}]}";
        let (line, column, underlined, message) = mistake(text);
        assert_eq!(underlined, "\"un.org\"");
        assert_eq!(
            (line, column),
            (
                1,
                text[..text.find("\"un.org").unwrap_or(0)].chars().count() + 1
            )
        );
        assert!(message.contains("not a URL"), "{message}");
    }

    #[test]
    fn what_the_schema_requires_the_loader_requires() {
        for (text, underlined, fragment) in [
            (r#"{"cues": [""]}"#, "\"\"", "may not be empty"),
            (r#"{"cues": ["x", "x"]}"#, "\"x\"", "listed twice"),
            (r#"{"skip": [" "]}"#, "\" \"", "may not be empty"),
            (
                r#"{"ignore": [{"figure": "", "sentence": "0123456789abcdef"}]}"#,
                "\"\"",
                "may not be empty",
            ),
            (
                r#"{"ignore": [{"figure": "3", "sentence": "Russia lost 3 tanks."}]}"#,
                "\"Russia lost 3 tanks.\"",
                "16-digit hash",
            ),
            (
                r#"{"ignore": [{"figure": "3"}]}"#,
                "{\"figure\": \"3\"}",
                "missing field `sentence`",
            ),
            (r#"{"sources": [{"name": ""}]}"#, "\"\"", "may not be empty"),
            (
                r#"{"sources": [{"aliases": []}]}"#,
                "{\"aliases\": []}",
                "missing field `name`",
            ),
            (
                r#"{"sources": [{"name": "UN", "aliases": [""]}]}"#,
                "\"\"",
                "alias",
            ),
            (
                r#"{"sources": [{"name": "UN", "figures": [{"subject": "deaths"}]}]}"#,
                "{\"subject\": \"deaths\"}",
                "needs \"value\"",
            ),
            (
                r#"{"sources": [{"name": "UN", "figures": [{"subject": "", "value": 1}]}]}"#,
                "\"\"",
                "\"subject\" may not be empty",
            ),
            (
                r#"{"sources": [{"name": "UN", "figures": [{"subject": "x", "low": 5, "high": 1}]}]}"#,
                "5",
                "above",
            ),
            (
                r#"{"sources": [{"name": "UN", "figures": [{"subject": "x", "value": 1, "units": "%"}]}]}"#,
                "\"units\"",
                "unknown field `units`",
            ),
        ] {
            let (_, _, got, message) = mistake(text);
            assert_eq!(got, underlined, "{text}: {message}");
            assert!(message.contains(fragment), "{text}: {message}");
        }
    }

    #[test]
    fn a_schema_key_and_a_byte_order_mark_are_accepted() {
        let text = "\u{feff}{\"$schema\": \"./copydesk.schema.json\", \"maxDiagnostics\": 3}";
        assert_eq!(Config::from_json(text).map(|c| c.max_diagnostics), Ok(3));
    }
}
