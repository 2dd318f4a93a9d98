//! Findings: what copydesk reports about a draft. Each has a stable [`Code`] that is also the
//! configuration key, the diagnostic code, the CLI filter and the README anchor.

use serde::Serialize;

use crate::analysis::text::span::Span;

pub use crate::analysis::findings::code::{Code, Severity};

/// A place in the draft a finding points to besides its own span.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Related {
    pub span: Span,
    pub message: String,
}

/// What a quick-fix needs, worked out by the engine when a quick-fix is asked for
/// ([`fix`]): the adapters never re-derive where a clause ends or which sources are near.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "fix", rename_all = "kebab-case")]
pub enum Fix {
    /// Insert `, according to X` at `insert_at` (the end of the claim's clause, before its
    /// closing punctuation, inside or outside closing quotes as the sentence's style has it).
    ///
    /// Build the edit for one source with [`Fix::attribution_edit`]: it replaces
    /// `insert_at..replace_end` with `prefix + "according to " + source + suffix`.
    Attribute {
        insert_at: usize,
        replace_end: usize,
        prefix: String,
        suffix: String,
        /// Sources cited in the draft, nearest first, as written (at most five).
        candidates: Vec<String>,
    },
    /// Replace the numeral at `replace` with `with`, the earlier figure's numeral.
    UseEarlier { replace: Span, with: String },
}

/// One thing copydesk reports.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding {
    pub code: Code,
    pub severity: Severity,
    /// What is underlined.
    pub span: Span,
    /// Index of the figure in [`crate::analysis::Analysis::figures`] the finding is about.
    pub figure: usize,
    /// A sentence a journalist understands.
    pub message: String,
    /// Other places that matter (the earlier figure of a conflict).
    pub related: Vec<Related>,
    /// For an `unattributed-claim`, the claim's class (issue 17).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub class: Option<crate::analysis::findings::weight::ClaimClass>,
    /// The rule that gave the class, if one did.
    #[serde(skip)]
    pub class_rule: Option<&'static crate::analysis::rules::Rule>,
}

impl Fix {
    /// The edit that attributes the claim to `source`: the span to replace and its new text.
    /// `None` for fixes that are not attributions.
    pub fn attribution_edit(&self, source: &str) -> Option<(Span, String)> {
        match self {
            Fix::Attribute {
                insert_at,
                replace_end,
                prefix,
                suffix,
                ..
            } => Some((
                Span::new(*insert_at, *replace_end),
                format!("{prefix}according to {source}{suffix}"),
            )),
            Fix::UseEarlier { .. } => None,
        }
    }
}

use crate::analysis::attribution::sentence::Grade;
use crate::analysis::figures::claims::Figure;
use crate::analysis::findings::config::Config;
use crate::analysis::subjects::ledger::Ledger;
use crate::analysis::text::lines::LineIndex;
use crate::analysis::text::prose::Prose;

/// The holder and the time of figure `i` for a conflict's message, when the ledger knows
/// them: " (Spain)", " (Spain, Tuesday)", " (2 June)"; empty when it knows neither.
fn whose_and_when(ledger: &Ledger, figures: &[Figure], i: usize) -> String {
    use crate::analysis::subjects::holders::MERGED_HOLDER;
    let holder = ledger
        .holders
        .get(i)
        .and_then(|h| h.as_deref())
        // An unsure holder ("?Firefighters") may be a common noun: never named.
        .filter(|h| !h.starts_with(crate::analysis::subjects::holders::UNSURE_PREFIX))
        .map(|h| if h == MERGED_HOLDER { "combined" } else { h });
    let time = crate::analysis::subjects::ledger::time_of(&figures[i].scope);
    match (holder, time) {
        (Some(h), Some(t)) => format!(" ({h}, {t})"),
        (Some(h), None) => format!(" ({h})"),
        (None, Some(t)) => format!(" ({t})"),
        (None, None) => String::new(),
    }
}

/// What the findings of a draft are made from: the draft and the document-wide steps'
/// results.
pub struct Inputs<'a> {
    pub text: &'a str,
    pub index: &'a LineIndex,
    pub prose: &'a Prose<'a>,
    pub figures: &'a [Figure],
    pub ledger: &'a Ledger,
    pub config: &'a Config,
    pub listed: &'a crate::analysis::findings::source_list::Links<'a>,
}

/// Builds the findings for a draft in document order, capped at the configured maximum;
/// returns them and the number dropped by the cap. `classes` remembers unattributed claims'
/// classes from run to run.
pub fn collect(
    inputs: Inputs<'_>,
    classes: &mut crate::analysis::findings::class_memo::ClassMemo,
) -> (Vec<Finding>, usize) {
    let Inputs {
        text,
        index,
        prose,
        figures,
        ledger,
        config,
        listed,
    } = inputs;
    let switches = crate::analysis::findings::switches::Switches::new(text, prose, config);
    // Which findings there are is cheap to know; their messages are not. Only
    // the findings kept under the cap are built: on every keystroke in a long draft full of
    // unattributed figures, most would be dropped.
    let mut pending: Vec<Pending> = Vec::new();
    if config.severity_of(Code::UnattributedClaim).is_some() {
        let story = crate::analysis::findings::weight::Story::of(text, prose);
        let unattributed: Vec<usize> = (0..figures.len())
            .filter(|&i| {
                let f = &figures[i];
                f.is_claim()
                    && f.attribution.is_none()
                    && !is_gloss(text, figures, i)
                    && !is_asked(text, f)
                    && !switches.ignores(f, Code::UnattributedClaim, text)
            })
            .collect();
        let classed = classes.classes_of(text, prose, story, figures, &unattributed);
        for (&i, (class, rule)) in unattributed.iter().zip(classed) {
            if let Some(severity) = config.severity_of_class(class) {
                pending.push(Pending::Unattributed(i, severity, class, rule));
            }
        }
    }
    if let Some(severity) = config.severity_of(Code::VagueSource) {
        for (i, f) in figures.iter().enumerate() {
            if let Some(a) = &f.attribution
                && a.grade == Grade::Vague
                && !switches.ignores(f, Code::VagueSource, text)
            {
                pending.push(Pending::Vague(i, severity));
            }
        }
    }
    if let Some(severity) = config.severity_of(Code::ConflictingFigure) {
        for &(later, earlier) in &ledger.conflicts {
            if !switches.ignores(&figures[later], Code::ConflictingFigure, text) {
                pending.push(Pending::Conflict(later, earlier, severity));
            }
        }
        pending.extend(
            crate::analysis::findings::source_list::conflicts(
                text, figures, listed, &switches, severity,
            )
            .into_iter()
            .map(Pending::Ready),
        );
    }
    // Stable: findings at one place keep the order they were found in.
    pending.sort_by_key(|p| p.key(figures));
    let dropped = pending.len().saturating_sub(config.max_diagnostics);
    pending.truncate(config.max_diagnostics);

    let out = pending
        .into_iter()
        .map(|p| match p {
            Pending::Unattributed(i, severity, class, rule) => {
                let f = &figures[i];
                let tail = class.message_tail();
                Finding {
                    code: Code::UnattributedClaim,
                    severity,
                    span: f.span,
                    figure: i,
                    message: Message::new(f.span.len() + tail.len() + 2)
                        .quote(f.span.of(text))
                        .push(tail)
                        .done(),
                    related: Vec::new(),
                    class: Some(class),
                    class_rule: rule,
                }
            }
            Pending::Vague(i, severity) => {
                let f = &figures[i];
                let source = f.attribution.as_ref().map_or("", |a| a.source.as_str());
                Finding {
                    code: Code::VagueSource,
                    severity,
                    span: f.span,
                    figure: i,
                    message: Message::new(f.span.len() + source.len() + 68)
                        .quote(f.span.of(text))
                        .push(" is attributed only to a vague source (")
                        .quote(source)
                        .push("): who exactly says so?")
                        .done(),
                    related: Vec::new(),
                    class: None,
                    class_rule: None,
                }
            }
            Pending::Conflict(later, earlier, severity) => {
                let (f, e) = (&figures[later], &figures[earlier]);
                let line = index.line_number(e.span.start);
                let (f_whose, e_whose) = (
                    whose_and_when(ledger, figures, later),
                    whose_and_when(ledger, figures, earlier),
                );
                Finding {
                    code: Code::ConflictingFigure,
                    severity,
                    span: f.span,
                    figure: later,
                    message: Message::new(f.span.len() + e.span.len() + 40)
                        .quote(f.span.of(text))
                        .push(&f_whose)
                        .push(" conflicts with ")
                        .quote(e.span.of(text))
                        .push(&e_whose)
                        .push(" on line ")
                        .number(line)
                        .done(),
                    related: vec![Related {
                        span: e.span,
                        message: Message::new(e.span.len() + 22)
                            .push("the earlier figure: ")
                            .quote(e.span.of(text))
                            .done(),
                    }],
                    class: None,
                    class_rule: None,
                }
            }
            Pending::Ready(finding) => finding,
        })
        .collect();
    (out, dropped)
}

/// A finding known but not yet built: see [`collect`].
enum Pending {
    Unattributed(
        usize,
        Severity,
        crate::analysis::findings::weight::ClaimClass,
        Option<&'static crate::analysis::rules::Rule>,
    ),
    Vague(usize, Severity),
    Conflict(usize, usize, Severity),
    Ready(Finding),
}

impl Pending {
    /// The order of findings: by place, then by code.
    fn key(&self, figures: &[Figure]) -> (usize, Code) {
        match self {
            Pending::Unattributed(i, ..) => (figures[*i].span.start, Code::UnattributedClaim),
            Pending::Vague(i, _) => (figures[*i].span.start, Code::VagueSource),
            Pending::Conflict(later, _, _) => (figures[*later].span.start, Code::ConflictingFigure),
            Pending::Ready(f) => (f.span.start, f.code),
        }
    }
}

/// A figure's text on one line, for messages.
/// True when figure `i` restates, in brackets, the claim just before it: "about 800 miles
/// (1,290 kilometres)", "£100m ($130m)". One fact, one finding: the figure it glosses is
/// the one to attribute (a figure of its own in the brackets, "(from £10 to £10.50)", is
/// not a gloss).
fn is_gloss(text: &str, figures: &[Figure], i: usize) -> bool {
    let Some(head) = i.checked_sub(1).and_then(|h| figures.get(h)) else {
        return false;
    };
    let f = &figures[i];
    head.is_claim()
        && head.sentence == f.sentence
        && text
            .get(head.span.end..f.span.start)
            .is_some_and(|between| between.trim() == "(")
}

/// True when the figure is asked about rather than asserted: its clause ends in a question
/// mark ("Will 2,000 homes be built?") or it follows "whether" in the same clause ("Asked
/// whether 300 jobs were at risk, the spokesman declined to comment"). Nobody claims it, so
/// nobody needs to be cited for it.
fn is_asked(text: &str, f: &Figure) -> bool {
    let sentence = f.sentence.of(text);
    let (Some(before), Some(after)) = (
        f.span
            .start
            .checked_sub(f.sentence.start)
            .and_then(|i| sentence.get(..i)),
        f.span
            .end
            .checked_sub(f.sentence.start)
            .and_then(|i| sentence.get(i..)),
    ) else {
        return false;
    };
    // Bytes, not chars: this runs for every unattributed claim of the draft on every
    // keystroke, and the marks and the word looked for are ASCII.
    let question = memchr::memchr3(b'.', b'!', b'?', after.as_bytes())
        .is_some_and(|at| after.as_bytes()[at] == b'?');
    let clause = before.rsplit([',', ';', ':']).next().unwrap_or(before);
    let bytes = clause.as_bytes();
    let whether = memchr::memchr2_iter(b'w', b'W', bytes).any(|at| {
        let word_start = at == 0 || !is_word_char(clause, at, true);
        let word_end = at + 7 >= bytes.len() || !is_word_char(clause, at + 7, false);
        word_start
            && word_end
            && bytes
                .get(at..at + 7)
                .is_some_and(|w| w.eq_ignore_ascii_case(b"whether"))
    });
    question || whether
}

/// True when the character just before (`before`) or at byte `at` of `text` is
/// alphanumeric.
fn is_word_char(text: &str, at: usize, before: bool) -> bool {
    let c = if before {
        text.get(..at).and_then(|t| t.chars().next_back())
    } else {
        text.get(at..).and_then(|t| t.chars().next())
    };
    c.is_some_and(char::is_alphanumeric)
}

/// A finding's message, written into one buffer: every keystroke rebuilds the message of
/// every finding in the draft, and `format!` with a quoted figure made three allocations
/// where one does.
struct Message(String);

impl Message {
    /// A message of about `size` bytes: room for it all at once (every open draft's
    /// analysis keeps its messages, so no more room than that).
    fn new(size: usize) -> Self {
        Message(String::with_capacity(size))
    }

    fn push(mut self, text: &str) -> Self {
        self.0.push_str(text);
        self
    }

    /// `text` in double quotes, on one line: runs of whitespace (a figure broken over a line)
    /// become one space.
    fn quote(mut self, text: &str) -> Self {
        self.0.push('"');
        // ASCII with single spaces (nearly every figure) is
        // copied as it is.
        let bytes = text.as_bytes();
        let single_spaced = bytes.first() != Some(&b' ')
            && bytes.last() != Some(&b' ')
            && bytes.windows(2).all(|w| w != b"  ")
            && bytes
                .iter()
                .all(|&b| b.is_ascii() && (b == b' ' || !b.is_ascii_whitespace()) && b != 0x0b);
        if single_spaced {
            self.0.push_str(text);
        } else {
            for (k, word) in text.split_whitespace().enumerate() {
                if k > 0 {
                    self.0.push(' ');
                }
                self.0.push_str(word);
            }
        }
        self.0.push('"');
        self
    }

    fn number(mut self, n: usize) -> Self {
        use std::fmt::Write;
        let _ = write!(self.0, "{n}");
        self
    }

    fn done(self) -> String {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::fix::{fix, nearest_sources};
    use crate::analysis::{Format, analyze};

    #[test]
    fn a_bracketed_conversion_is_reported_with_the_figure_it_restates() {
        assert_eq!(
            unattributed("The storm was about 800 miles (1,290 kilometers) off the coast."),
            ["about 800 miles"]
        );
        assert_eq!(
            unattributed("The deal was worth £100m ($130m) to the club."),
            ["£100m"]
        );
        assert!(unattributed("The deal was worth £100m ($130m), the club said.").is_empty());
        // Figures of their own in the brackets, or a gloss of something that is no claim.
        assert_eq!(
            unattributed("Prices rose 5 per cent (from £10 to £10.50)."),
            ["5 per cent", "£10", "£10.50"]
        );
        assert_eq!(
            unattributed("In 2019 (300 tanks) the war began."),
            ["300 tanks"]
        );
    }

    fn fix_applied(text: &str, source: &str) -> String {
        let analysis = analyze(text, Format::PlainText, &Config::default());
        let finding = analysis
            .findings
            .iter()
            .find(|f| f.code == Code::UnattributedClaim);
        let Some((span, insert)) = finding
            .and_then(|f| fix(text, &analysis, f, &Config::default()))
            .and_then(|fix| fix.attribution_edit(source))
        else {
            return String::from("<no fix>");
        };
        format!("{}{}{}", &text[..span.start], insert, &text[span.end..])
    }

    fn unattributed(text: &str) -> Vec<String> {
        let analysis = analyze(text, Format::PlainText, &Config::default());
        analysis
            .findings
            .iter()
            .filter(|f| f.code == Code::UnattributedClaim)
            .map(|f| f.span.of(text).to_string())
            .collect()
    }

    #[test]
    fn a_figure_asked_about_needs_no_source() {
        assert!(unattributed("Will 2,000 more homes be built?").is_empty());
        assert!(
            unattributed("Asked whether 300 jobs were at risk, the spokesman declined to comment.")
                .is_empty()
        );
        assert!(unattributed("Whether 300 jobs go is unclear.").is_empty());
        // Asserted figures beside a question still need one.
        assert_eq!(
            unattributed("Why did 300 jobs go? Another 200 went in May."),
            ["200"]
        );
        assert_eq!(
            unattributed("The weather cost 300 jobs, and Whethersfield lost 20."),
            ["300 jobs", "20"]
        );
        assert_eq!(
            unattributed("Whether or not it rains, 5,000 people will march."),
            ["5,000 people"]
        );
    }

    #[test]
    fn attribution_goes_before_the_full_stop() {
        assert_eq!(
            fix_applied("Russia lost 300 tanks on Tuesday.", "the UN"),
            "Russia lost 300 tanks on Tuesday, according to the UN."
        );
    }

    #[test]
    fn attribution_goes_before_a_clause_comma() {
        assert_eq!(
            fix_applied("Russia lost 300 tanks, and the war went on.", "the UN"),
            "Russia lost 300 tanks, according to the UN, and the war went on."
        );
    }

    #[test]
    fn attribution_goes_after_a_closing_quote_holding_the_claim() {
        assert_eq!(
            fix_applied("The losses included “about 14400 people”.", "the UN"),
            "The losses included “about 14400 people”, according to the UN."
        );
    }

    #[test]
    fn a_stop_inside_the_quotes_becomes_a_comma() {
        assert_eq!(
            fix_applied("The banner read: “Russia lost 300 tanks.”", "the UN"),
            "The banner read: “Russia lost 300 tanks,” according to the UN."
        );
    }

    #[test]
    fn a_headline_without_a_stop_gets_it_at_the_end() {
        assert_eq!(
            fix_applied("Russia lost 300 tanks", "Ukraine"),
            "Russia lost 300 tanks, according to Ukraine"
        );
    }

    #[test]
    fn conflicts_name_the_earlier_line() {
        let text = "Russia lost over 450 tanks, the ministry said.\n\nRussia lost 400 tanks, the ministry said.";
        let analysis = analyze(text, Format::PlainText, &Config::default());
        let messages: Vec<&str> = analysis
            .findings
            .iter()
            .map(|f| f.message.as_str())
            .collect();
        assert_eq!(
            messages,
            vec!["\"400 tanks\" (Russia) conflicts with \"over 450 tanks\" (Russia) on line 1"]
        );
    }

    #[test]
    fn conflicts_name_holder_and_time_only_when_known() {
        let messages = |text: &str| -> Vec<String> {
            analyze(text, Format::PlainText, &Config::default())
                .findings
                .into_iter()
                .map(|f| f.message.to_string())
                .collect()
        };
        assert_eq!(
            messages(
                "On Monday 300 homes were flooded, the council said.\n\nOn Monday 500 homes were flooded, the council said."
            ),
            vec!["\"500 homes\" (Monday) conflicts with \"300 homes\" (Monday) on line 1"]
        );
        // Neither known: the message names neither.
        assert_eq!(
            messages("About 300 people died, police said.\n\nAbout 500 people died, police said."),
            vec!["\"About 500 people\" conflicts with \"About 300 people\" on line 1"]
        );
    }

    #[test]
    fn a_sentence_initial_article_is_lower_case_in_a_candidate() {
        let anchors = [(0, "The ministry"), (10, "The Hague tribunal")];
        assert_eq!(
            nearest_sources(&anchors, 0, 5),
            vec!["the ministry", "the Hague tribunal"]
        );
    }

    #[test]
    fn candidates_are_nearest_first() {
        let anchors = [(0, "A"), (100, "B"), (200, "A"), (300, "C")];
        assert_eq!(nearest_sources(&anchors, 250, 5), vec!["A", "C", "B"]);
    }
}
