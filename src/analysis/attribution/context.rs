//! Sources the story already gives, inside one paragraph: a release, poll or data set named
//! in an earlier sentence goes on sourcing the paragraph's further figures of the same kind
//! until another source is named ([`super::context_rules::CARRY_DATA_RELEASE`]), and a
//! sentence that says where the figures come from sources the cue-less figures before it
//! ([`super::context_rules::CARRY_NAMED_AFTER`]).
//!
//! Both work on one block's sentences and cues, so their results are cached with the block
//! and need nothing undone when an edit reuses an earlier analysis.

use crate::analysis::attribution::context_rules as R;
use crate::analysis::attribution::grades::{grade_of, source_kind};
use crate::analysis::attribution::sentence::{Attribution, Cue, Grade};
use crate::analysis::attribution::source_phrase::source_after;
use crate::analysis::rules::Trail;
use crate::analysis::text::lookup;
use crate::analysis::text::shared_str::SharedStr;
use crate::analysis::text::span::Span;
use crate::analysis::text::tokens::Tokens;

/// Nouns that name a body of figures rather than someone who says something.
const DATA_NOUNS: &[&str] = &[
    "figures",
    "data",
    "statistics",
    "stats",
    "numbers",
    "poll",
    "polls",
    "polling",
    "survey",
    "surveys",
    "study",
    "report",
    "census",
    "results",
    "release",
    "accounts",
    "count",
    "tally",
    "analysis",
    "research",
    "findings",
    "audit",
    "estimates",
    "index",
    "register",
    "records",
];

/// Verbs by which a body of figures speaks: "figures show", "the survey found".
const DATA_VERBS: &[&str] = &["show", "find", "reveal", "indicate", "suggest"];

/// Words that make a sentence a count of harm: a release of such counts continues only to
/// another, and a poll's shares do not continue to one.
const HARM_WORDS: &[&str] = &[
    "killed",
    "died",
    "dead",
    "deaths",
    "death",
    "injured",
    "injuries",
    "wounded",
    "missing",
    "displaced",
    "evacuated",
    "casualties",
    "fatalities",
    "hospitalised",
    "hospitalized",
];

/// Words of estimating and rounding: an estimate is someone's, and continues only a release
/// that estimated too.
const ESTIMATE_WORDS: &[&str] = &[
    "estimated",
    "estimate",
    "estimates",
    "projected",
    "forecast",
    "forecasts",
    "expected",
    "predicted",
    "about",
    "around",
    "roughly",
    "approximately",
];

/// Currency marks and words: a money figure continues only a release that gave money.
const MONEY_WORDS: &[&str] = &[
    "pounds", "dollars", "euros", "yen", "bn", "billion", "m", "pence", "cents",
];

/// Participles before "by" that say who gathered the figures: "compiled by the RAC".
const GATHERED: &[&str] = &[
    "compiled",
    "collected",
    "collated",
    "published",
    "released",
    "gathered",
    "produced",
    "provided",
    "supplied",
    "issued",
    "kept",
    "analysed",
    "analyzed",
    "commissioned",
];

/// Words between "The" and the data noun of a back-reference: "The latest official figures".
const DATA_ADJECTIVES: &[&str] = &[
    "latest",
    "new",
    "official",
    "provisional",
    "monthly",
    "annual",
    "quarterly",
    "weekly",
    "same",
    "full",
];

/// Determiners that open a back-reference to figures just given.
const BACK_DETERMINERS: &[&str] = &["the", "these", "those"];

/// True when cue `c` names a release, poll or data set rather than a speaker.
pub(crate) fn is_release(t: &Tokens<'_>, c: &Cue) -> bool {
    let a = &c.attribution;
    if !matches!(a.grade, Grade::Named | Grade::Document) {
        return false;
    }
    // "The six-day poll surveyed 4,385 adults": a pollster's sample is its method, not a
    // finding; the shares after it need the poll named for them (cue.pollster-sample).
    if a.rules
        .contains(crate::analysis::attribution::cue_rules::POLLSTER_SAMPLE.id)
    {
        return false;
    }
    // (A set lookup per word rather than a scan of the list.)
    let in_words = |text: &str| {
        text.split(|ch: char| !ch.is_alphanumeric())
            .any(|w| lookup::in_list_ignore_ascii_case(DATA_NOUNS, w))
    };
    let cue = a.cue.as_str();
    // The cheap tests first.
    a.grade == Grade::Document
        || DATA_VERBS.contains(&cue)
        || (c.at > 0 && t.word_in(c.at - 1, DATA_NOUNS))
        || in_words(&a.source)
        || in_words(cue)
}

/// True when the sentence's last cue is a body of figures reporting what it found ("The
/// poll suggests ...", "the data show ..."): its figures may follow in the next sentences,
/// where a release that only sources its own sentence ("..., according to a tally") must
/// have given figures there to continue.
pub(crate) fn reports_findings(cues: &[Cue]) -> bool {
    cues.last()
        .is_some_and(|c| DATA_VERBS.contains(&c.attribution.cue.as_str()))
}

/// True when a sentence of the block (token ranges `sentences`) opens by referring back to a
/// body of figures: "The survey of 1,214 voters ...", "The latest figures ...", or the block
/// opens with a part of them: "Of those, ...". A mention further in ("after the figures were
/// published") is about something else.
pub(crate) fn refers_back(t: &Tokens<'_>, sentences: &[(usize, usize)]) -> bool {
    // "Of those, 4,120 have waited more than a year": a part of the figures just given.
    let part_of_those = sentences.first().is_some_and(|&(s, _)| {
        t.word_in(s, &["of", "among"]) && t.word_in(s + 1, &["those", "these", "them"])
    });
    part_of_those
        || sentences.iter().any(|&(s, e)| {
            let mut noun = s + 1;
            while noun < e && t.word_in(noun, DATA_ADJECTIVES) {
                noun += 1;
            }
            t.word_in(s, &["the", "this", "these"]) && t.word_in(noun, BACK_REFERENCES)
        })
}

/// Data nouns a later paragraph refers back with: not "count" or "index", which are as
/// often the subject itself.
const BACK_REFERENCES: &[&str] = &[
    "figures",
    "data",
    "statistics",
    "poll",
    "survey",
    "study",
    "report",
    "census",
    "results",
    "release",
    "findings",
];

/// True when tokens `[s, e)` hold a word of `words` or, for money, a currency mark.
fn has_word(t: &Tokens<'_>, (s, e): (usize, usize), words: &'static [&'static str]) -> bool {
    (s..e).any(|i| t.word_in(i, words))
}

/// Money in tokens `[s, e)`: a currency mark or word.
fn has_money(t: &Tokens<'_>, range: (usize, usize)) -> bool {
    has_word(t, range, MONEY_WORDS)
        || (range.0..range.1).any(|i| t.text_of(i).starts_with(['£', '$', '€', '¥']))
}

/// True when a figure in sentence `to` is of the same kind as the release's sentence
/// `from`: a count of harm only after one, an estimate only after one, money only after
/// money.
fn same_kind(t: &Tokens<'_>, from: (usize, usize), to: (usize, usize)) -> bool {
    let like = |words| !has_word(t, to, words) || has_word(t, from, words);
    like(HARM_WORDS) && like(ESTIMATE_WORDS) && (!has_money(t, to) || has_money(t, from))
}

/// The cue carried to a figure, recording `rule`.
pub(crate) fn carried(a: &Attribution, rule: &'static crate::analysis::rules::Rule) -> Attribution {
    let mut a = Attribution {
        carried: true,
        ..a.clone()
    };
    a.rules.push(rule);
    a
}

/// The release named in `earlier`, the nearest earlier sentence of the block with a cue,
/// carried to a claim in the sentence `here` that has no cue of its own. The caller checks
/// that the release's sentence gave figures of its own: it continues for further ones.
pub(crate) fn release_continued(
    t: &Tokens<'_>,
    earlier: ((usize, usize), &[Cue]),
    here: ((usize, usize), &[Cue]),
) -> Option<Attribution> {
    let ((from, cues), (to, own)) = (earlier, here);
    if !own.is_empty() {
        return None;
    }
    // A new speaker after the release ends it: the sentence's last cue must be the release.
    let last = cues.last().filter(|c| is_release(t, c))?;
    same_kind(t, from, to).then(|| carried(&last.attribution, &R::CARRY_DATA_RELEASE))
}

/// The source named by a later sentence of the block that says where the figures come from
/// ("The numbers, compiled by the RAC, ..."), for a claim in sentence `si` with no cue of its
/// own. Stops at the first later sentence with a cue of another sort: a new speaker.
pub(crate) fn named_after(
    t: &Tokens<'_>,
    si: usize,
    ranges: &[(usize, usize)],
    cues: &[Vec<Cue>],
) -> Option<Attribution> {
    if !cues[si].is_empty() {
        return None;
    }
    for (k, &(s, e)) in ranges.iter().enumerate().skip(si + 1) {
        if let Some(a) = source_of_back_reference(t, s, e) {
            return Some(a);
        }
        if !cues[k].is_empty() {
            return None;
        }
    }
    None
}

/// "The numbers, compiled by the RAC, ..." or "The figures come from X": the source such a
/// sentence (tokens `[s, e)`) names, when it opens by referring back to figures.
fn source_of_back_reference(t: &Tokens<'_>, s: usize, e: usize) -> Option<Attribution> {
    if !t.word_in(s, BACK_DETERMINERS) {
        return None;
    }
    let mut noun = s + 1;
    while noun < e && t.word_in(noun, DATA_ADJECTIVES) {
        noun += 1;
    }
    if !t.word_in(noun, DATA_NOUNS) {
        return None;
    }
    // Within a few words of the noun: "compiled by", "were published by", "come from".
    let window = (noun + 1)..(noun + 6).min(e);
    let (cue_start, from) = window.clone().find_map(|i| {
        let by = t.word_in(i, GATHERED) && t.word_is(i + 1, "by");
        let come = t.word_in(i, &["come", "came", "comes"]) && t.word_is(i + 1, "from");
        (by || come).then_some((i, i + 2))
    })?;
    let (s0, s1) = source_after(t, from, e)?;
    let grade = grade_of(t, s0, s1);
    if !matches!(grade, Grade::Named | Grade::Document) {
        return None;
    }
    let source_span = Span::new(t.list[s0].span.start, t.list[s1 - 1].span.end);
    let cue_span = Span::new(t.list[cue_start].span.start, t.list[cue_start + 1].span.end);
    let source = source_span.of(t.text);
    Some(Attribution {
        source: SharedStr::from(source),
        source_span,
        cue: SharedStr::from(cue_span.of(t.text).to_lowercase()),
        cue_span,
        grade,
        resolved: None,
        carried: true,
        rules: Trail::of(&R::CARRY_NAMED_AFTER),
        kind: source_kind(grade, source),
    })
}

#[cfg(test)]
mod tests {
    use crate::analysis::paragraph::analyze_block;
    use crate::analysis::text::cues::Lexicon;
    use crate::analysis::text::prose::BlockKind;

    /// Each claim of `text` as written, with its source and whether it was carried.
    fn claims_of(text: &str) -> Vec<(String, Option<String>)> {
        analyze_block(text, BlockKind::Paragraph, &Lexicon::default())
            .figures
            .into_iter()
            .filter(|f| f.is_claim())
            .map(|f| {
                let source = f.attribution.map(|a| a.source.to_string());
                (f.span.of(text).to_string(), source)
            })
            .collect()
    }

    #[test]
    fn a_release_goes_on_sourcing_the_paragraph() {
        let got = claims_of(
            "Figures from the Office for Road Safety show 1,266 people died on the roads last year. Cyclist deaths fell 6% to 39.",
        );
        assert!(
            got.iter()
                .all(|(_, s)| s.as_deref() == Some("the Office for Road Safety")),
            "{got:?}"
        );
    }

    #[test]
    fn a_poll_by_continues_but_not_to_money_or_past_a_speaker() {
        let got = claims_of(
            "According to a poll by YouGov, 45% of voters back the plan. Another 30% oppose it. It would cost £3bn.",
        );
        assert_eq!(got[1].1.as_deref(), Some("YouGov"), "{got:?}");
        assert_eq!(got[2].1, None, "{got:?}");
        let got = claims_of(
            "A YouGov poll found 45% of voters back the plan. The minister said he was pleased. Another 30% oppose it.",
        );
        assert_eq!(got.last().and_then(|c| c.1.clone()), None, "{got:?}");
        // An estimate is someone's: not the poll's.
        let got = claims_of(
            "A YouGov poll found 45% of voters back the plan. An estimated 2 million voters have not registered.",
        );
        assert_eq!(got.last().and_then(|c| c.1.clone()), None, "{got:?}");
    }

    #[test]
    fn a_release_that_gave_no_figures_does_not_continue() {
        let got = claims_of(
            "The raid was the 41st this year, according to a tally kept by the coastguard. The gang has sunk two boats.",
        );
        assert_eq!(got.last().and_then(|c| c.1.clone()), None, "{got:?}");
    }

    #[test]
    fn a_poll_reporting_findings_continues_to_its_figures() {
        let got = claims_of(
            "The Ipsos poll suggests the message has not yet landed. Asked which party would do better on the economy, 48% chose Labour.",
        );
        assert_eq!(got[0].1.as_deref(), Some("The Ipsos poll"), "{got:?}");
    }

    #[test]
    fn a_speaker_is_not_a_release() {
        // A casualty count after a spokesman's words keeps its warning.
        let got = claims_of(
            "The ministry said 300 people were evacuated. At least 40 people were killed.",
        );
        assert_eq!(got[1].1, None, "{got:?}");
    }

    #[test]
    fn a_source_named_after_the_figures_sources_them() {
        let got = claims_of(
            "Road deaths rose 4% to 1,266 last year. The numbers, compiled by the RAC, cover England and Wales.",
        );
        assert!(
            got.iter().all(|(_, s)| s.as_deref() == Some("the RAC")),
            "{got:?}"
        );
        let got =
            claims_of("Road deaths rose 4% to 1,266 last year. The numbers alarmed ministers.");
        assert!(got.iter().all(|(_, s)| s.is_none()), "{got:?}");
    }
}
