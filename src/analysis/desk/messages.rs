//! What the shells show of a conflict with another draft, and whether the writer switched
//! conflict findings off on a figure.

use super::{RUNNING_COUNT_ONLY_GROWS, Rule};
use crate::analysis::Analysis;
use crate::analysis::draft_date::DraftDate;

/// For each figure index of `figures`, whether the writer switched off conflict findings on
/// it (`<!-- copydesk-ignore -->`, `<!-- copydesk off -->`, the configuration's `ignore`
/// list): a conflict with another draft is a `conflicting-figure` like any other. Reads the
/// draft's switches once; meant for the few claims that conflict.
pub fn conflicts_switched_off(
    text: &str,
    format: crate::analysis::Format,
    config: &crate::analysis::Config,
    analysis: &Analysis,
    figures: &[usize],
) -> Vec<bool> {
    let prose = crate::analysis::text::prose::extract(text, format);
    let switches = crate::analysis::findings::switches::Switches::new(text, &prose, config);
    figures
        .iter()
        .map(|&i| {
            analysis.figures.get(i).is_some_and(|f| {
                switches.ignores(f, crate::analysis::Code::ConflictingFigure, text)
            })
        })
        .collect()
}

/// Where an earlier figure is, for messages: "drafts/a.md (19 March 2022), line 8".
pub fn place(name: &str, date: Option<DraftDate>, line: usize) -> String {
    match date {
        Some(date) => format!("{name} ({}), line {line}", date.in_words()),
        None => format!("{name} (undated), line {line}"),
    }
}

/// The message of a conflict with another draft's figure at `place` ([`place`]).
pub fn conflict_message(later: &str, earlier: &str, rule: &Rule, place: &str) -> String {
    if rule == &RUNNING_COUNT_ONLY_GROWS {
        format!("\"{later}\" is lower than \"{earlier}\" in {place}: a running count can only grow")
    } else {
        format!("\"{later}\" conflicts with \"{earlier}\" in {place}")
    }
}

/// The message beside the earlier figure of a conflict with another draft.
pub fn related_message(earlier: &str, date: Option<DraftDate>) -> String {
    match date {
        Some(date) => format!("the earlier figure: \"{earlier}\" ({})", date.in_words()),
        None => format!("the earlier figure: \"{earlier}\" (undated draft)"),
    }
}
