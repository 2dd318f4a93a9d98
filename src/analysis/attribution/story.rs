//! Sources the story gives across its blocks: a headline's figure that the body states
//! again with a source takes that source ([`super::context_rules::CARRY_HEADLINE`]).
//!
//! Runs over the whole draft's figures after the carry-over between blocks, and logs every
//! attribution it sets with the one before, for [`crate::analysis::reuse`] to undo.

use std::ops::Range;

use crate::analysis::attribution::context_rules as R;
use crate::analysis::figures::claims::{Attribution, Figure};

/// How far a rounded headline figure may be from the body's: "11,000" for 11,012.
const ROUNDING: f64 = 0.025;

/// True when `value` has at most two significant digits: a figure a headline rounds to.
fn is_round(value: f64) -> bool {
    if value == 0.0 || !value.is_finite() {
        return false;
    }
    let magnitude = 10f64.powi(value.abs().log10().floor() as i32 - 1);
    let scaled = value / magnitude;
    (scaled - scaled.round()).abs() < 1e-9
}

/// True when body figure `body` states headline figure `head` again: the same value (or the
/// value the headline rounds), in the same unit or one of them without one, or of the same
/// subject.
fn restates(head: &Figure, body: &Figure) -> bool {
    let close = head.value == body.value
        || (is_round(head.value)
            && body.value != 0.0
            && ((head.value - body.value) / body.value).abs() <= ROUNDING);
    let same_thing = match (&head.unit, &body.unit) {
        (Some(a), Some(b)) => a == b || (head.subject.is_some() && head.subject == body.subject),
        _ => true,
    };
    close && same_thing
}

/// Gives each unattributed claim of the headline blocks (`headlines`, ranges of figure
/// indices) the source of the first later figure that restates it with one, recording in
/// `log` each figure's index and its attribution before.
pub fn headline_sourced_below(
    headlines: &[Range<usize>],
    figures: &mut [Figure],
    log: &mut Vec<(usize, Option<Attribution>)>,
) {
    for range in headlines {
        for i in range.clone() {
            let head = &figures[i];
            if !head.is_claim() || head.attribution.is_some() {
                continue;
            }
            let source = figures[range.end..]
                .iter()
                .enumerate()
                .find(|(k, body)| {
                    let at = range.end + k;
                    body.is_claim()
                        && body.attribution.is_some()
                        && !headlines.iter().any(|h| h.contains(&at))
                        && restates(head, body)
                })
                .and_then(|(_, body)| body.attribution.clone());
            if let Some(mut a) = source {
                a.carried = true;
                a.rules.push(&R::CARRY_HEADLINE);
                let before = figures[i].attribution.replace(a);
                log.push((i, before));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::{Config, Format, analyze};

    /// Each claim of the Markdown draft `text` as written, with its source.
    fn sources(text: &str) -> Vec<(String, Option<String>)> {
        let analysis = analyze(text, Format::Markdown, &Config::default());
        analysis
            .figures
            .iter()
            .filter(|f| f.is_claim())
            .map(|f| {
                let source = f.attribution.as_ref().map(|a| a.source.to_string());
                (f.span.of(text).to_string(), source)
            })
            .collect()
    }

    #[test]
    fn a_headline_figure_takes_the_source_the_body_gives() {
        let got = sources(
            "# Carmaker to cut 1,100 jobs\n\nThe company said on Monday it would cut 1,100 jobs in Europe.\n",
        );
        assert_eq!(got[0].1.as_deref(), Some("The company"), "{got:?}");
        // A rounded headline figure, and a subheading.
        let got = sources(
            "# Screens keep teenagers awake\n\n## A study of 11,000 pupils\n\nThe study, published by the Sleep Trust, followed 11,012 pupils, the trust said.\n",
        );
        assert_eq!(got[0].1.as_deref(), Some("the trust"), "{got:?}");
    }

    #[test]
    fn a_headline_figure_the_body_does_not_source_stays_unattributed() {
        let got = sources(
            "# Quake kills at least 12\n\nRescuers said 700 people were hurt. At least 12 died.\n",
        );
        assert_eq!(got[0].1, None, "{got:?}");
        // A deleted attribution in the body leaves the headline's casualty count a warning.
        let analysis = analyze(
            "# Quake kills at least 12\n\nAt least 12 people died in the quake.\n",
            Format::Markdown,
            &Config::default(),
        );
        assert!(analysis.figures.iter().all(|f| f.attribution.is_none()));
    }
}
