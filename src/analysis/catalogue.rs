//! Every named rule of the engine, gathered from the stages that apply them, and the means
//! to see which fire on a text: what `copydesk rules` lists and what the test of every
//! rule's examples runs.

use crate::analysis::rules::{self, Rule};
use crate::analysis::{
    Config, Format, analyze, attribution, figures, findings, paragraph, subjects, text,
};

/// The rule lists of every stage, in pipeline order.
fn lists() -> [&'static [&'static Rule]; 8] {
    [
        rules::RULES,
        figures::kind_rules::RULES,
        attribution::cue_rules::RULES,
        attribution::context_rules::RULES,
        attribution::verb_rules::RULES,
        attribution::source_rules::RULES,
        subjects::scope_rules::RULES,
        findings::weight_rules::RULES,
    ]
}

/// Every rule, in pipeline order.
pub fn all() -> Vec<&'static Rule> {
    lists().into_iter().flatten().copied().collect()
}

/// The rule with this id, if there is one.
pub fn find(id: &str) -> Option<&'static Rule> {
    lists().into_iter().flatten().copied().find(|r| r.id == id)
}

/// The ids of the rules that fire anywhere in `text`, read as a plain-text draft with the
/// default settings: the rules recorded on its figures and those that found a number to be
/// no figure at all.
pub fn fired(text: &str) -> Vec<&'static str> {
    let config = Config::default();
    let analysis = analyze(text, Format::PlainText, &config);
    let mut ids: Vec<&'static str> = analysis
        .figures
        .iter()
        .flat_map(|f| f.trail().iter().map(|r| r.id).collect::<Vec<_>>())
        .collect();
    ids.extend(
        analysis
            .findings
            .iter()
            .filter_map(|f| f.class_rule.map(|r| r.id)),
    );
    let prose = text::prose::extract(text, Format::PlainText);
    let lexicon = text::cues::Lexicon::with_extra(&config.cues);
    for block in &prose.blocks {
        let part = paragraph::analyze_block(block.span.of(&prose.masked), block.kind, &lexicon);
        ids.extend(part.dropped.iter().map(|r| r.id));
        let rejected = attribution::sentence::rejections_in(block.span.of(&prose.masked), &lexicon);
        ids.extend(rejected.iter().map(|r| r.id));
    }
    ids.sort_unstable();
    ids.dedup();
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_well_formed() {
        let mut seen = std::collections::HashSet::new();
        for rule in all() {
            assert!(seen.insert(rule.id), "two rules are called {}", rule.id);
            let (stage, name) = rule.id.split_once('.').expect("an id is stage.name");
            assert!(!stage.is_empty() && !name.is_empty(), "{}", rule.id);
            assert!(
                rule.id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '.' || c == '-'),
                "{}",
                rule.id
            );
            assert!(!rule.summary.is_empty(), "{} has no summary", rule.id);
        }
    }

    #[test]
    fn every_rule_fires_on_its_examples_and_spares_its_near_misses() {
        let mut wrong = Vec::new();
        for rule in all() {
            for text in rule.fires {
                if !fired(text).contains(&rule.id) {
                    wrong.push(format!(
                        "{} should fire on {text:?} (fired: {:?})",
                        rule.id,
                        fired(text)
                    ));
                }
            }
            for text in rule.spares {
                if fired(text).contains(&rule.id) {
                    wrong.push(format!("{} should not fire on {text:?}", rule.id));
                }
            }
        }
        assert!(
            wrong.is_empty(),
            "{} examples wrong:\n{}",
            wrong.len(),
            wrong.join("\n")
        );
    }

    #[test]
    fn every_rule_has_an_example_it_spares() {
        let missing: Vec<_> = all()
            .into_iter()
            .filter(|r| r.spares.is_empty())
            .map(|r| r.id)
            .collect();
        assert!(missing.is_empty(), "rules without a near miss: {missing:?}");
    }
}
