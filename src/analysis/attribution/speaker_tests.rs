//! Tests of sources as speakers in whole drafts (issue 14, round 3): each named rule of
//! `source_rules`, `verb_rules` and `cue_rules` added for the political drafts, with a near
//! miss beside it.

use crate::analysis::findings::config::Config;
use crate::analysis::{Format, analyze};

/// The source (as written) and trail of the figure whose numeral is `numeral` in `text`.
fn figure(text: &str, numeral: &str) -> (Option<String>, Vec<&'static str>) {
    let analysis = analyze(text, Format::PlainText, &Config::default());
    let f = analysis
        .figures
        .iter()
        .find(|f| f.number.of(text) == numeral)
        .unwrap_or_else(|| panic!("no figure {numeral:?} in {text:?}"));
    let source = f.attribution.as_ref().map(|a| a.source.to_string());
    (source, f.trail().iter().map(|r| r.id).collect())
}

fn source(text: &str, numeral: &str) -> Option<String> {
    figure(text, numeral).0
}

#[test]
fn a_poll_puts_a_party_on_a_share() {
    let text = "The poll put Reform on 27%, Labour on 17% and the Conservatives on 17%.";
    assert_eq!(source(text, "27%").as_deref(), Some("The poll"));
    assert!(figure(text, "27%").1.contains(&"cue.put-on-share"));
    let text = "A new Opinium survey puts Labour on 31 per cent, four points ahead.";
    assert_eq!(
        source(text, "31 per cent").as_deref(),
        Some("A new Opinium survey")
    );
    // Near miss: putting things on a market or an alert reports nothing.
    assert_eq!(
        source("The council put 300 homes on the market last year.", "300"),
        None
    );
}

#[test]
fn a_name_keeps_its_joining_words() {
    let text = "More in Common's latest survey has Labour two points ahead of the Conservatives.";
    assert_eq!(source(text, "two").as_deref(), Some("More in Common"));
    // Near miss: a partitive "of" is no part of a name.
    let text = "Most of Labour's figures show a 3% rise.";
    assert_ne!(source(text, "3%").as_deref(), Some("Most of Labour"));
}

#[test]
fn the_pollster_is_the_source_of_its_sample() {
    let text = "YouGov interviewed 2,227 adults online on 9 and 10 November.";
    assert_eq!(source(text, "2,227").as_deref(), Some("YouGov"));
    assert_eq!(
        source("Ipsos surveyed more than 1,000 voters by phone.", "1,000").as_deref(),
        Some("Ipsos")
    );
    // Near miss: officials interviewing residents give no sample.
    assert_eq!(
        source("Officials interviewed 300 residents after the fire.", "300"),
        None
    );
    // The sample is the poll's method: the shares after it need the poll named for them.
    let text = "Reuters/Ipsos surveyed 4,385 adults. Some 29% of respondents approved.";
    assert_eq!(source(text, "4,385").as_deref(), Some("Reuters/Ipsos"));
    assert_eq!(source(text, "29%"), None);
    // Near miss: "That poll surveyed" names nobody; the poll named before goes on.
    let text = "A separate Quinnipiac University poll published on Wednesday put Mr Trump three points ahead. That poll surveyed 1,412 likely voters.";
    assert_eq!(
        source(text, "1,412").as_deref(),
        Some("A separate Quinnipiac University poll")
    );
}

#[test]
fn said_before_a_clause_credits_the_subject_before_the_apposition() {
    let text = "Robert Gardner, Nationwide's chief economist, said affordability remained \"stretched\", with mortgage rates of around 4.5%.";
    assert_eq!(source(text, "4.5%").as_deref(), Some("Robert Gardner"));
    assert!(
        figure(text, "4.5%")
            .1
            .contains(&"source.clause-not-speaker")
    );
    let text = "Jane Hill, the bank's chief economist, said demand was weak, with growth of 0.1%.";
    assert_eq!(source(text, "0.1%").as_deref(), Some("Jane Hill"));
    // Near miss: inversion after the figure names the speaker after "said".
    let text =
        "Mortgage rates were around 4.5%, said Robert Gardner, Nationwide's chief economist.";
    assert_eq!(source(text, "4.5%").as_deref(), Some("Robert Gardner"));
}

#[test]
fn on_record_is_a_noun() {
    let text = "Public sector borrowing reached £17.4bn in October, the third-highest October figure on record, official figures showed on Friday.";
    assert_eq!(source(text, "£17.4bn").as_deref(), Some("official figures"));
}

#[test]
fn a_verb_word_after_the_is_a_noun_in_a_source() {
    let text = "Income tax collections were $2.7 billion above forecast in October, according to the state Department of Finance.";
    assert_eq!(
        source(text, "$2.7 billion").as_deref(),
        Some("the state Department of Finance")
    );
    assert!(
        figure(text, "$2.7 billion")
            .1
            .contains(&"source.noun-after-determiner")
    );
    let text = "Receipts were $2.7 billion, according to the Department of Finance.";
    assert!(
        !figure(text, "$2.7 billion")
            .1
            .contains(&"source.noun-after-determiner")
    );
}

#[test]
fn a_survey_of_people_credits_the_survey() {
    let text = "The Royal Institution of Chartered Surveyors' monthly survey of its members found enquiries fell by 12%.";
    let s = source(text, "12%").unwrap_or_default();
    assert!(s.starts_with("The Royal Institution"), "{s}");
    // Near miss: "figures of" a body is not a survey of people.
    let text = "A survey by the CBI found 40% of firms planned price rises.";
    assert_eq!(source(text, "40%").as_deref(), Some("the CBI"));
}

#[test]
fn the_pronoun_of_a_figure_is_no_source() {
    let text = "About 61 percent said they expected unemployment to rise over the next year.";
    assert_eq!(source(text, "61 percent"), None);
    assert!(figure(text, "61 percent").1.contains(&"cue.none"));
    // Near miss: pollsters who say what they expect are a source.
    let text = "The pollsters said they expected 61 percent to vote.";
    assert!(source(text, "61 percent").is_some());
}

#[test]
fn a_percentage_does_not_count_the_subject_after_it() {
    let text = "Retail sales rose 0.2% in September, less than the 0.4% economists polled by Reuters had forecast.";
    let analysis = analyze(text, Format::PlainText, &Config::default());
    let f = analysis
        .figures
        .iter()
        .find(|f| f.number.of(text) == "0.4%")
        .expect("0.4%");
    assert_eq!(f.span.of(text), "0.4%");
    assert!(
        f.trail()
            .iter()
            .any(|r| r.id == "kind.percent-not-counting")
    );
    // Near miss: "40% of voters" counts its noun after "of".
    let text = "About 40% of voters backed the plan, the poll found.";
    let analysis = analyze(text, Format::PlainText, &Config::default());
    assert!(analysis.figures.iter().all(|f| {
        !f.trail()
            .iter()
            .any(|r| r.id == "kind.percent-not-counting")
    }));
}

#[test]
fn a_share_of_people_is_no_source() {
    // "Half of retailers expect ..., the CBI said": the CBI, not the retailers.
    let text = "Half of retailers expect sales volumes to fall next month, the CBI said.";
    assert_eq!(source(text, "Half").as_deref(), Some("the CBI"));
    // "42% of firms expect" is the survey's finding: the survey goes on to the next figure.
    let text = "The survey found 42% of firms expect rises. Its index fell to 21.";
    assert_eq!(source(text, "21").as_deref(), Some("The survey"));
    assert_eq!(
        source(
            "Some 42 percent of firms expect to raise prices.",
            "42 percent"
        ),
        None
    );
    // Near miss: a survey of a number of its members is still the survey.
    let text = "A survey of 2,000 of its members found 42% expect rises.";
    assert!(source(text, "42%").is_some_and(|s| s.starts_with("A survey")));
}

#[test]
fn a_campaigns_polling_and_a_poll_since_a_year_are_sources() {
    let text = "Best for Britain's latest polling has Labour three points ahead in 150 battleground seats.";
    assert_eq!(source(text, "three").as_deref(), Some("Best for Britain"));
    assert!(figure(text, "three").1.contains(&"source.own-polling"));
    let text = "About 54 percent said the state was on the wrong track, the highest share in a Marquette poll since 2022.";
    assert_eq!(
        source(text, "54 percent").as_deref(),
        Some("Marquette poll")
    );
    // Near miss: a campaign is no polling.
    let text = "Best for Britain's latest campaign has 150 volunteers.";
    assert_eq!(source(text, "150"), None);
}

#[test]
fn a_signed_reading_is_no_phone_number() {
    let text = "The survey found 42% of firms expect rises. Its measure of confidence fell to +21.";
    let analysis = analyze(text, Format::PlainText, &Config::default());
    let f = analysis
        .figures
        .iter()
        .find(|f| f.number.of(text) == "21")
        .expect("21");
    assert_eq!(f.kind, crate::analysis::figures::claims::Kind::Claim);
    // Near miss: a country code after "Call" stays a code.
    let analysis = analyze(
        "Call +44 for the UK.",
        Format::PlainText,
        &Config::default(),
    );
    assert!(
        analysis
            .figures
            .iter()
            .all(|f| f.kind != crate::analysis::figures::claims::Kind::Claim)
    );
}

#[test]
fn a_possessive_count_reported_by_a_speaker_is_the_speakers() {
    let text = "Spokesman Tyler Grant said the campaign's internal polling showed the race within 2 points.";
    assert_eq!(source(text, "2").as_deref(), Some("Spokesman Tyler Grant"));
    // Near miss: with no speaker, the possessive names the keeper.
    let text = "The campaign's internal polling showed the race within 2 points.";
    assert_eq!(source(text, "2").as_deref(), Some("The campaign"));
}
