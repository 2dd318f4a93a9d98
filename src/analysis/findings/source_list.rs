//! The newsroom's source list (`sources` in `copydesk.json`) against a draft: which claims are
//! attributed to a listed source (by name or alias, ignoring case, a leading "the" and
//! possessives, also inside a longer phrase such as "a spokesperson for the UN human rights
//! office"), and which linked claims contradict the figure the source published for the same
//! subject. Owns nothing else: the ledger compares claims with each other, this module
//! compares them with the desk's records.
//!
//! Precision first: a listed name inside a longer phrase links only when the phrase is about
//! that body (it ends the phrase, "a report by the UN"; or what follows is one of the body's
//! documents or voices, "the latest UN count", "UN spokesperson Liz Throssell"). A name used
//! as a modifier of another body ("the UN refugee agency" against "UN") does not link.

use serde::Serialize;

use crate::analysis::figures::claims::Figure;
use crate::analysis::figures::interval::{Bound, Interval};
use crate::analysis::findings::config::{Source, SourceFigure};
use crate::analysis::subjects::keys::predicate_class;
use crate::analysis::text::nouns::lemma;

/// A claim's link to a listed source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Listed {
    /// Index into [`crate::analysis::Analysis::listed_sources`].
    pub source: usize,
    /// Index into that source's `figures` of the one recorded for the claim's subject.
    pub figure: Option<usize>,
}

/// Words that, right after a listed name, say the phrase is still that body speaking: its
/// documents and its voices.
const SAME_BODY_AFTER: &[&str] = &[
    "count",
    "counts",
    "tally",
    "figure",
    "figures",
    "data",
    "report",
    "reports",
    "statement",
    "statements",
    "estimate",
    "estimates",
    "survey",
    "analysis",
    "study",
    "statistics",
    "stats",
    "records",
    "record",
    "database",
    "update",
    "bulletin",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "spokespeople",
    "head",
    "chief",
    "director",
    "chair",
    "chairman",
    "chairwoman",
    "president",
    "secretary-general",
    "secretary",
    "researchers",
    "monitors",
    "monitoring",
    "mission",
];

/// Words that may stand before a listed name inside a longer phrase without making it another
/// body: prepositions ("the head of the UN") and the modifiers of a document ("the latest UN
/// count").
const PREPOSITIONS: &[&str] = &["of", "by", "at", "from", "for", "with", "to", "in", "on"];
const DOCUMENT_MODIFIERS: &[&str] = &[
    "latest",
    "new",
    "newest",
    "last",
    "recent",
    "most",
    "official",
    "provisional",
    "updated",
    "final",
    "own",
    "monthly",
    "annual",
    "weekly",
    "daily",
    "quarterly",
    "preliminary",
];

/// The list's names prepared for matching: per source, its name and aliases as words.
pub struct SourceList<'c> {
    sources: &'c [Source],
    names: Vec<(usize, Vec<String>)>,
}

impl<'c> SourceList<'c> {
    /// Prepares `sources` (the configuration's list) for matching.
    pub fn new(sources: &'c [Source]) -> Self {
        let mut names = Vec::new();
        for (i, source) in sources.iter().enumerate() {
            for name in std::iter::once(&source.name).chain(&source.aliases) {
                let words = name_words(name);
                if !words.is_empty() {
                    names.push((i, words));
                }
            }
        }
        SourceList { sources, names }
    }

    /// The listed source an attribution's source (as written) names, if any: the longest
    /// matching name or alias, the first listed on a tie.
    pub fn find(&self, written: &str) -> Option<usize> {
        let phrase = name_words(written);
        if phrase.is_empty() {
            return None;
        }
        let mut best: Option<(usize, usize)> = None;
        for (source, words) in &self.names {
            if best.is_some_and(|(_, len)| len >= words.len()) {
                continue;
            }
            if names_body(&phrase, words) {
                best = Some((*source, words.len()));
            }
        }
        best.map(|(source, _)| source)
    }

    /// The source at `index` of the list.
    pub fn source(&self, index: usize) -> Option<&'c Source> {
        self.sources.get(index)
    }
}

/// A name as words: lower case, a leading "the" dropped, possessive "'s" and full stops
/// inside abbreviations ("U.N.") removed, other punctuation splitting words.
pub fn name_words(name: &str) -> Vec<String> {
    let mut words = Vec::new();
    for chunk in name.split_whitespace() {
        let lower = chunk.to_lowercase();
        let trimmed = lower.trim_matches(|c: char| !c.is_alphanumeric());
        let trimmed = trimmed
            .strip_suffix("'s")
            .or_else(|| trimmed.strip_suffix("’s"))
            .or_else(|| trimmed.strip_suffix('\''))
            .or_else(|| trimmed.strip_suffix('’'))
            .unwrap_or(trimmed);
        let cleaned: String = trimmed.chars().filter(|c| *c != '.').collect();
        for word in cleaned.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '&')) {
            if !word.is_empty() {
                words.push(word.to_string());
            }
        }
    }
    if words.first().is_some_and(|w| w == "the") {
        words.remove(0);
    }
    words
}

/// True when the phrase `phrase` names the body `name` (both as [`name_words`]).
fn names_body(phrase: &[String], name: &[String]) -> bool {
    if name.len() > phrase.len() {
        return false;
    }
    if phrase == name {
        return true;
    }
    (0..=phrase.len() - name.len()).any(|at| {
        if phrase[at..at + name.len()] != *name {
            return false;
        }
        let before = phrase[..at]
            .iter()
            .rev()
            .find(|w| *w != "the")
            .map(String::as_str);
        let after = phrase.get(at + name.len()).map(String::as_str);
        match after {
            None => before.is_none_or(|w| crate::analysis::text::lookup::in_list(PREPOSITIONS, w)),
            Some(next) if crate::analysis::text::lookup::in_list(SAME_BODY_AFTER, next) => before
                .is_none_or(|w| {
                    crate::analysis::text::lookup::in_list(PREPOSITIONS, w)
                        || crate::analysis::text::lookup::in_list(DOCUMENT_MODIFIERS, w)
                }),
            Some(_) => false,
        }
    })
}

/// The subject key a listed figure stands for, built the way [`crate::analysis::subjects::keys`] keys claims:
/// the counted noun's lemma and the predicate's class ("civilians killed" → "civilian
/// killed", "deaths" → "dead"), prefixed by a currency code ("USD aid") or a percentage
/// ("% of voter").
pub fn subject_key(figure: &SourceFigure) -> Option<String> {
    let words: Vec<&str> = figure.subject.split_whitespace().collect();
    let unit = figure
        .unit
        .as_deref()
        .map(str::trim)
        .filter(|u| !u.is_empty());
    let (nouns, predicate): (Vec<&str>, Option<&'static str>) = {
        let mut nouns = Vec::new();
        let mut predicate = None;
        for (i, word) in words.iter().enumerate() {
            match predicate_class(word) {
                // A first word that is also a predicate ("deaths", "casualties") is the noun.
                Some(class) if i > 0 && predicate.is_none() => predicate = Some(class),
                _ if predicate.is_none() => nouns.push(*word),
                _ => {}
            }
        }
        (nouns, predicate)
    };
    let head = lemma(nouns.last()?);
    let counted = match predicate.filter(|p| *p != head && lemma(p) != head) {
        Some(p) => format!("{head} {p}"),
        None => head,
    };
    Some(match unit {
        None => counted,
        Some("%") | Some("per cent") | Some("percent") => {
            let rest = words.iter().skip_while(|w| w.eq_ignore_ascii_case("of"));
            let noun = rest.last().map(|w| lemma(w))?;
            format!("% of {noun}")
        }
        Some(code) if code.len() == 3 && code.chars().all(|c| c.is_ascii_alphabetic()) => {
            format!("{} {}", code.to_ascii_uppercase(), lemma(nouns.last()?))
        }
        Some(measure) => format!("{measure} {}", lemma(nouns.last()?)),
    })
}

/// The values a listed figure allows: the value itself, or `[low, high]` with a missing end
/// unbounded.
pub fn recorded_interval(figure: &SourceFigure) -> Interval {
    match (figure.value, figure.low, figure.high) {
        (Some(v), _, _) => Interval::closed(v, v),
        (None, low, high) => Interval {
            low: low.map(|value| Bound {
                value,
                inclusive: true,
            }),
            high: high.map(|value| Bound {
                value,
                inclusive: true,
            }),
        },
    }
}

/// Links every attributed claim of a draft to a listed source, and to the source's figure for
/// the claim's subject. Returns the links (one per figure) and the linked sources, each once,
/// in order of first link.
pub fn link(figures: &[Figure], sources: &[Source]) -> (Vec<Option<Listed>>, Vec<Source>) {
    let mut links = vec![None; figures.len()];
    let mut linked: Vec<Source> = Vec::new();
    let mut position: Vec<Option<usize>> = vec![None; sources.len()];
    if sources.is_empty() {
        return (links, linked);
    }
    let list = SourceList::new(sources);
    let mut found_by_name: std::collections::HashMap<&str, Option<usize>> =
        std::collections::HashMap::new();
    let keys: Vec<Vec<Option<String>>> = sources
        .iter()
        .map(|s| s.figures.iter().map(subject_key).collect())
        .collect();
    for (i, figure) in figures.iter().enumerate() {
        let Some(attribution) = figure.attribution.as_ref().filter(|_| figure.is_claim()) else {
            continue;
        };
        if attribution.grade == crate::analysis::attribution::Grade::Vague {
            continue;
        }
        // Drafts credit the same few sources many times over.
        let written = attribution.effective_source();
        let found = match found_by_name.get(written) {
            Some(found) => *found,
            None => {
                let found = list.find(written);
                found_by_name.insert(written, found);
                found
            }
        };
        let Some(found) = found else {
            continue;
        };
        let Some(source) = list.source(found) else {
            continue;
        };
        let at = *position[found].get_or_insert_with(|| {
            linked.push(source.clone());
            linked.len() - 1
        });
        let recorded = figure.subject.as_deref().and_then(|subject| {
            keys[found]
                .iter()
                .position(|k| k.as_deref() == Some(subject))
                .or_else(|| {
                    keys[found]
                        .iter()
                        .position(|k| k.as_deref().is_some_and(|k| noun_only_covers(k, subject)))
                })
        });
        links[i] = Some(Listed {
            source: at,
            figure: recorded,
        });
    }
    (links, linked)
}

/// A recorded subject that names only the counted noun (`"people"`) covers every claim
/// counting that noun, whatever happened to it ("2,000 people had been evacuated" is
/// "people displaced"); money and shares are keyed by their unit and stay exact.
fn noun_only_covers(recorded: &str, claim: &str) -> bool {
    !recorded.contains(' ')
        && recorded.starts_with(|c: char| c.is_lowercase())
        && claim
            .split_once(' ')
            .is_some_and(|(noun, _)| noun == recorded)
}

/// True when claim `f` may be checked against a listed figure: comparable, and not scoped to
/// a year or period the list does not record.
pub fn checkable(f: &Figure) -> bool {
    f.is_claim()
        && f.comparable
        && !f
            .scope
            .split_whitespace()
            .any(|tag| tag.starts_with('@') && tag[1..].starts_with(|c: char| c.is_ascii_digit()))
}

/// The message of a claim that contradicts its listed source: `"about 700 deaths" conflicts
/// with the UN's count (published 19 March): at least 816`.
pub fn conflict_message(claim: &str, source: &Source, figure: &SourceFigure) -> String {
    let what = if figure.unit.as_deref().is_some_and(|u| !u.trim().is_empty()) {
        "figure"
    } else {
        "count"
    };
    let published = source
        .published
        .as_deref()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map_or_else(String::new, |p| format!(" (published {p})"));
    format!(
        "\"{claim}\" conflicts with {}{what}{published}: {}",
        possessive(&source.name),
        recorded_in_words(figure)
    )
}

/// "the UN" → "the UN's ", "Reuters" → "Reuters' ".
fn possessive(name: &str) -> String {
    let name = name.trim();
    if name.ends_with('s') && !name.ends_with("ss") {
        format!("{name}' ")
    } else {
        format!("{name}'s ")
    }
}

/// A listed figure in words: "816", "at least 816", "at most 450", "between 10,000 and
/// 12,000", "$1.2 billion", "4.2%".
pub fn recorded_in_words(figure: &SourceFigure) -> String {
    let unit = figure.unit.as_deref().map(str::trim).unwrap_or_default();
    let amount = |v: f64| amount_in_words(v, unit);
    match (figure.value, figure.low, figure.high) {
        (Some(v), _, _) => amount(v),
        (None, Some(low), Some(high)) if low == high => amount(low),
        (None, Some(low), Some(high)) => format!("between {} and {}", amount(low), amount(high)),
        (None, Some(low), None) => format!("at least {}", amount(low)),
        (None, None, Some(high)) => format!("at most {}", amount(high)),
        (None, None, None) => "no value".to_string(),
    }
}

/// A number with its unit as a reader writes it.
fn amount_in_words(value: f64, unit: &str) -> String {
    let number = grouped(value);
    match unit.to_ascii_uppercase().as_str() {
        "" => number,
        "%" | "PER CENT" | "PERCENT" => format!("{number}%"),
        "USD" => format!("${number}"),
        "GBP" => format!("£{number}"),
        "EUR" => format!("€{number}"),
        "JPY" => format!("¥{number}"),
        "INR" => format!("₹{number}"),
        _ => format!("{number} {unit}"),
    }
}

/// "14400" → "14,400"; millions and above in words ("1.2 billion").
fn grouped(value: f64) -> String {
    if !value.is_finite() {
        return value.to_string();
    }
    let magnitude = value.abs();
    let (scaled, scale) = if magnitude >= 1e12 {
        (value / 1e12, " trillion")
    } else if magnitude >= 1e9 {
        (value / 1e9, " billion")
    } else if magnitude >= 1e6 {
        (value / 1e6, " million")
    } else {
        (value, "")
    };
    let fixed = format!("{scaled:.3}");
    let fixed = fixed.trim_end_matches('0').trim_end_matches('.');
    let (sign, digits) = fixed
        .strip_prefix('-')
        .map_or(("", fixed), |rest| ("-", rest));
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let mut out = String::new();
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    if !fraction.is_empty() {
        out.push('.');
        out.push_str(fraction);
    }
    format!("{sign}{out}{scale}")
}

/// The most "Attribute to X" candidates a finding carries: the draft's own sources (at most
/// five, nearest first), then the list's.
pub const MAX_CANDIDATES: usize = 8;

/// The list's names prepared once per draft for "Attribute to X" candidates.
pub struct CandidateNames {
    /// Per source: its name as offered, and its name and aliases as words.
    names: Vec<(String, Vec<Vec<String>>)>,
}

impl CandidateNames {
    /// Prepares the names of `sources`.
    pub fn new(sources: &[Source]) -> Self {
        CandidateNames {
            names: sources
                .iter()
                .filter(|s| !s.name.trim().is_empty())
                .map(|s| {
                    let words = std::iter::once(&s.name)
                        .chain(&s.aliases)
                        .map(|n| name_words(n))
                        .collect();
                    (s.name.trim().to_string(), words)
                })
                .collect(),
        }
    }

    /// Appends the listed sources' names to a finding's candidates, after the draft's own
    /// sources and without repeating one of them (by name or alias), up to
    /// [`MAX_CANDIDATES`].
    pub fn add_to(&self, candidates: &mut Vec<String>) {
        if self.names.is_empty() {
            return;
        }
        let drafted: Vec<Vec<String>> = candidates.iter().map(|c| name_words(c)).collect();
        for (name, words) in &self.names {
            if candidates.len() >= MAX_CANDIDATES {
                break;
            }
            if !words.iter().any(|w| drafted.contains(w)) {
                candidates.push(name.clone());
            }
        }
    }
}

/// The links of one draft, as [`link`] made them.
#[derive(Clone, Copy, Debug, Default)]
pub struct Links<'a> {
    /// One per figure.
    pub links: &'a [Option<Listed>],
    /// The sources the links point into.
    pub sources: &'a [Source],
}

/// `conflicting-figure` findings for linked claims outside their source's recorded figure.
pub fn conflicts(
    text: &str,
    figures: &[Figure],
    links: &Links<'_>,
    switches: &crate::analysis::findings::switches::Switches<'_>,
    severity: crate::analysis::findings::code::Severity,
) -> Vec<crate::analysis::findings::finding::Finding> {
    let mut out = Vec::new();
    for (i, (figure, link)) in figures.iter().zip(links.links).enumerate() {
        let Some(Listed {
            source,
            figure: Some(recorded),
        }) = *link
        else {
            continue;
        };
        let Some(source) = links.sources.get(source) else {
            continue;
        };
        let Some(recorded) = source.figures.get(recorded) else {
            continue;
        };
        if !checkable(figure)
            || figure.interval.overlaps(&recorded_interval(recorded))
            || switches.ignores(
                figure,
                crate::analysis::findings::code::Code::ConflictingFigure,
                text,
            )
        {
            continue;
        }
        let claim = figure
            .span
            .of(text)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        out.push(crate::analysis::findings::finding::Finding {
            code: crate::analysis::findings::code::Code::ConflictingFigure,
            severity,
            span: figure.span,
            figure: i,
            message: conflict_message(&claim, source, recorded),
            related: Vec::new(),
            class: None,
            class_rule: None,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Code, Config, Format, analyze};

    fn list(names: &[(&str, &[&str])]) -> Vec<Source> {
        names
            .iter()
            .map(|(name, aliases)| Source {
                name: (*name).into(),
                aliases: aliases.iter().map(|a| (*a).into()).collect(),
                ..Source::default()
            })
            .collect()
    }

    fn found<'a>(sources: &'a [Source], written: &str) -> Option<&'a str> {
        SourceList::new(sources)
            .find(written)
            .map(|i| sources[i].name.as_str())
    }

    #[test]
    fn names_match_ignoring_case_the_and_possessives() {
        let sources = list(&[("the UN human rights office", &["OHCHR"])]);
        for written in [
            "the UN human rights office",
            "The UN Human Rights Office",
            "UN human rights office",
            "the UN's human rights office",
            "the U.N. human rights office",
            "OHCHR",
            "ohchr",
        ] {
            assert_eq!(
                found(&sources, written),
                Some("the UN human rights office"),
                "{written}"
            );
        }
    }

    #[test]
    fn a_longer_phrase_about_the_same_body_links() {
        let sources = list(&[("UN", &["United Nations"])]);
        for written in [
            "the latest UN count",
            "a report by the United Nations",
            "the head of the UN",
            "UN spokesperson Stéphane Dujarric",
            "the UN's figures",
        ] {
            assert_eq!(found(&sources, written), Some("UN"), "{written}");
        }
    }

    #[test]
    fn a_name_modifying_another_body_does_not_link() {
        let sources = list(&[("UN", &[]), ("defence ministry", &[])]);
        for written in [
            "the UN refugee agency",
            "UN Women",
            "Russia's defence ministry",
            "the Russian defence ministry",
            "Unicef",
            "the UNHCR",
        ] {
            assert_eq!(found(&sources, written), None, "{written}");
        }
    }

    #[test]
    fn the_longest_name_wins() {
        let sources = list(&[("UN", &[]), ("the UN refugee agency", &["UNHCR"])]);
        assert_eq!(
            found(&sources, "the UN refugee agency"),
            Some("the UN refugee agency")
        );
        assert_eq!(found(&sources, "the UN"), Some("UN"));
    }

    #[test]
    fn subjects_key_like_the_ledger() {
        let figure = |subject: &str, unit: Option<&str>| SourceFigure {
            subject: subject.into(),
            unit: unit.map(Into::into),
            ..SourceFigure::default()
        };
        assert_eq!(
            subject_key(&figure("civilians killed", None)).as_deref(),
            Some("civilian killed")
        );
        assert_eq!(
            subject_key(&figure("deaths", None)).as_deref(),
            Some("dead")
        );
        assert_eq!(
            subject_key(&figure("aid", Some("USD"))).as_deref(),
            Some("USD aid")
        );
        assert_eq!(
            subject_key(&figure("of voters", Some("%"))).as_deref(),
            Some("% of voter")
        );
    }

    fn config_with_un(figure: SourceFigure) -> Config {
        Config {
            sources: vec![Source {
                name: "the UN".into(),
                aliases: vec!["UN human rights office".into()],
                published: Some("19 March".into()),
                figures: vec![figure],
                ..Source::default()
            }],
            ..Config::default()
        }
    }

    fn at_least_816() -> SourceFigure {
        SourceFigure {
            subject: "civilians killed".into(),
            low: Some(816.0),
            ..SourceFigure::default()
        }
    }

    #[test]
    fn a_claim_outside_the_listed_figure_conflicts() {
        let config = config_with_un(at_least_816());
        let text =
            "About 700 civilians have been killed, according to the UN's human rights office.";
        let analysis = analyze(text, Format::PlainText, &config);
        let messages: Vec<(Code, &str)> = analysis
            .findings
            .iter()
            .map(|f| (f.code, f.message.as_str()))
            .collect();
        assert_eq!(
            messages,
            vec![(
                Code::ConflictingFigure,
                "\"About 700 civilians\" conflicts with the UN's count (published 19 March): at least 816"
            )]
        );
        assert_eq!(analysis.listed_sources.len(), 1);
        assert!(analysis.listed[0].is_some_and(|l| l.figure == Some(0)));
    }

    #[test]
    fn honest_rounding_and_hedges_agree_with_the_listed_figure() {
        let config = config_with_un(at_least_816());
        for claim in [
            "About 900 civilians have been killed",
            "More than 800 civilians have been killed",
            "At least 816 civilians have been killed",
            "Some 800 civilians have been killed",
        ] {
            let text = format!("{claim}, the UN said.");
            let analysis = analyze(&text, Format::PlainText, &config);
            assert!(analysis.findings.is_empty(), "{claim}: {analysis:?}");
            assert!(analysis.listed[0].is_some(), "{claim}");
        }
    }

    #[test]
    fn another_subject_or_another_source_is_not_checked() {
        let config = config_with_un(at_least_816());
        for text in [
            "About 700 soldiers have been killed, the UN said.",
            "About 700 civilians have been killed, the ministry said.",
            "About 700 civilians have been killed, the UN refugee agency said.",
        ] {
            let analysis = analyze(text, Format::PlainText, &config);
            assert!(analysis.findings.is_empty(), "{text}");
        }
    }

    #[test]
    fn a_noun_only_subject_covers_every_claim_counting_the_noun() {
        assert!(noun_only_covers("people", "people displaced"));
        assert!(noun_only_covers("people", "people killed"));
        // Near misses: another noun, a recorded predicate, money.
        assert!(!noun_only_covers("people", "home displaced"));
        assert!(!noun_only_covers("people killed", "people displaced"));
        assert!(!noun_only_covers("USD", "USD aid"));
        let config = config_with_un(SourceFigure {
            subject: "people".into(),
            low: Some(2_000.0),
            high: Some(2_000.0),
            ..SourceFigure::default()
        });
        let text = "The UN said 1,500 people had been evacuated.";
        let analysis = analyze(text, Format::PlainText, &config);
        assert!(analysis.listed[0].is_some_and(|l| l.figure == Some(0)));
        assert!(
            analysis
                .findings
                .iter()
                .any(|f| f.code == Code::ConflictingFigure)
        );
    }

    #[test]
    fn a_claim_about_another_year_is_not_checked() {
        let config = config_with_un(at_least_816());
        let text = "In 2021, about 700 civilians were killed, the UN said.";
        let analysis = analyze(text, Format::PlainText, &config);
        assert!(analysis.findings.is_empty(), "{:?}", analysis.findings);
        assert!(analysis.listed.iter().any(Option::is_some), "still linked");
    }

    #[test]
    fn a_vague_source_is_never_linked() {
        let config = config_with_un(at_least_816());
        let text = "About 700 civilians were killed, UN officials said.";
        let analysis = analyze(text, Format::PlainText, &config);
        assert!(
            analysis.listed.iter().all(Option::is_none),
            "{:?}",
            analysis.figures
        );
        assert!(analysis.findings.is_empty());
    }

    #[test]
    fn a_single_recorded_value_must_lie_inside_the_claim() {
        let config = config_with_un(SourceFigure {
            subject: "civilians killed".into(),
            value: Some(816.0),
            ..SourceFigure::default()
        });
        let clash = analyze(
            "Nearly 800 civilians were killed, the UN said.",
            Format::PlainText,
            &config,
        );
        assert_eq!(clash.findings.len(), 1);
        assert!(clash.findings[0].message.ends_with(": 816"));
        let fine = analyze(
            "About 800 civilians were killed, the UN said.",
            Format::PlainText,
            &config,
        );
        assert!(fine.findings.is_empty());
    }

    #[test]
    fn recorded_figures_read_as_a_reader_writes_them() {
        let f = |value, low, high, unit: Option<&str>| SourceFigure {
            subject: "x".into(),
            value,
            low,
            high,
            unit: unit.map(Into::into),
        };
        assert_eq!(
            recorded_in_words(&f(None, Some(10_000.0), Some(12_000.0), None)),
            "between 10,000 and 12,000"
        );
        assert_eq!(
            recorded_in_words(&f(Some(1.2e9), None, None, Some("USD"))),
            "$1.2 billion"
        );
        assert_eq!(
            recorded_in_words(&f(None, None, Some(4.5), Some("%"))),
            "at most 4.5%"
        );
    }

    #[test]
    fn candidates_are_the_drafts_sources_then_the_lists() {
        let mut config = config_with_un(at_least_816());
        config
            .sources
            .extend(list(&[("Reuters", &["the ministry"])]));
        let text = "The ministry said 40 jets flew. Russia lost 300 tanks.";
        let analysis = analyze(text, Format::PlainText, &config);
        let candidates = analysis.findings.iter().find_map(|f| {
            match crate::analysis::fix(text, &analysis, f, &config) {
                Some(crate::analysis::Fix::Attribute { candidates, .. }) => Some(candidates),
                _ => None,
            }
        });
        // "Reuters" is left out: its alias is the draft's own "the ministry".
        assert_eq!(
            candidates,
            Some(vec!["the ministry".to_string(), "the UN".to_string()])
        );
    }

    #[test]
    fn possessive_of_a_name_ending_in_s() {
        assert_eq!(possessive("Reuters"), "Reuters' ");
        assert_eq!(possessive("the UN"), "the UN's ");
    }
}
