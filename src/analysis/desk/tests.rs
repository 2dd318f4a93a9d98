//! The desk's ledger's tests.

use super::names::BlockNames;
use super::*;
use crate::analysis::draft_date::DraftDate;
use crate::analysis::figures::interval::Interval;
use crate::analysis::{Config, Format, analyze};

/// The interval and running-count cue of the first claim in `sentence`.
fn claim_in(sentence: &str) -> (Interval, Option<&'static str>) {
    let analysis = analyze(sentence, Format::PlainText, &Config::default());
    let Some(f) = analysis.claims().next() else {
        panic!("no claim in {sentence:?}");
    };
    (f.interval, running_count_cue(f.sentence.of(sentence)))
}

/// Rule `ledger.running-count-only-grows` on two sentences, the second later in time:
/// fires only for two running counts the later of which is lower.
fn fell(earlier: &str, later: &str) -> bool {
    let (a, a_runs) = claim_in(earlier);
    let (b, b_runs) = claim_in(later);
    a_runs.is_some() && b_runs.is_some() && running_count_fell(&a, &b)
}

#[test]
fn a_running_count_may_grow_but_not_fall() {
    // Must fire.
    for (earlier, later) in [
        (
            "Russia has lost more than 450 tanks since the invasion began, Ukraine said.",
            "Russia has lost 400 tanks since the invasion began, Ukraine said.",
        ),
        (
            "To date 1,200 people have crossed the border, the UN said.",
            "The UN said 900 people had crossed the border to date.",
        ),
        (
            "So far at least 816 civilians have been killed, the UN said.",
            "The UN said 700 civilians had been killed so far.",
        ),
        (
            "Since 24 February about 3,000 homes have been destroyed, officials said.",
            "Officials said 2,000 homes had been destroyed since 24 February.",
        ),
    ] {
        assert!(
            fell(earlier, later),
            "should fire: {earlier:?} then {later:?}"
        );
    }
    // Must not fire.
    for (earlier, later) in [
        // It grew.
        (
            "Russia has lost 400 tanks since the invasion began, Ukraine said.",
            "Russia has lost more than 450 tanks since the invasion began, Ukraine said.",
        ),
        // Honest rounding: about 450 may be 430.
        (
            "Russia has lost about 450 tanks since the invasion began, Ukraine said.",
            "Russia has lost 430 tanks since the invasion began, Ukraine said.",
        ),
        // No running count: a rate goes down as well as up.
        (
            "The jobless rate was 4.2%, the ONS said.",
            "The jobless rate was 3.9%, the ONS said.",
        ),
        // A count bound to a period that starts again.
        (
            "So far this year 300 people have died, police said.",
            "So far this year 20 people have died, police said.",
        ),
        // A record, not a running count.
        (
            "Prices rose 9% in a year, the highest since records began, the ONS said.",
            "Prices rose 4% in a year, the highest since records began, the ONS said.",
        ),
        // Only one of the two is a running count.
        (
            "Russia has lost more than 450 tanks since the invasion began, Ukraine said.",
            "Russia lost 400 tanks in the battle, Ukraine said.",
        ),
    ] {
        assert!(
            !fell(earlier, later),
            "should not fire: {earlier:?} then {later:?}"
        );
    }
}

#[test]
fn running_count_cues() {
    for (sentence, cue) in [
        (
            "Russia has lost 450 tanks since the invasion began.",
            "since ... began",
        ),
        (
            "It has lost 95 planes since the conflict began late last month.",
            "since ... began",
        ),
        (
            "Since the full-scale invasion began, 300 were killed.",
            "since ... began",
        ),
        (
            "300 were killed since the start of the war.",
            "since the start of",
        ),
        ("So far, 12 people have been rescued.", "so far"),
        ("To date 1,200 people have crossed.", "to date"),
        ("In total 40 people were arrested.", "in total"),
        ("In all, 40 people were arrested.", "in all"),
        ("The cumulative toll is 400.", "cumulative"),
        ("Since 24 February 300 have died.", "since <date>"),
        ("Since February 24, 300 have died.", "since <date>"),
        (
            "Since 2014, 14,000 people have been killed.",
            "since <date>",
        ),
    ] {
        assert_eq!(running_count_cue(sentence), Some(cue), "{sentence}");
    }
    for sentence in [
        "So far this year 300 people have died.",
        "The highest since records began: 9%.",
        "It was the first time since 2014 that 300 people marched.",
        "Since 300 jobs went, morale has fallen.",
        "Since Monday 40 people have been rescued.",
        "Since last week 40 people have been rescued.",
        "The list of 300 names is up to date.",
        "He went so far as to say 300 people came.",
        "In all cases 40 people were arrested.",
        "A total of 40 people were arrested.",
        "The jobless rate was 4.2%.",
    ] {
        assert_eq!(running_count_cue(sentence), None, "{sentence}");
    }
}

fn draft(text: &str, date: Option<DraftDate>) -> DeskDraft {
    let analysis = analyze(text, Format::Markdown, &Config::default());
    summarise(text, &analysis, date)
}

fn day(d: u8) -> Option<DraftDate> {
    DraftDate::new(2022, 3, d)
}

/// The conflicts between two drafts (the second later in ledger order): the later
/// claim's text, the earlier's, the rule.
fn conflicts(a: &DeskDraft, b: &DeskDraft) -> Vec<(String, String, &'static str)> {
    ledger(&[a, b])
        .into_iter()
        .map(|c| {
            let d = [a, b];
            (
                d[c.later.draft].claims[c.later.claim].text.to_string(),
                d[c.earlier.draft].claims[c.earlier.claim].text.to_string(),
                c.rule.id,
            )
        })
        .collect()
}

const TANKS_450: &str = "# Russia's losses in Ukraine\n\nRussia has lost more than 450 tanks \
                         since the invasion began, Ukraine's General Staff said.\n";
const TANKS_400: &str = "# Russia's losses in Ukraine\n\nRussia has lost 400 tanks since \
                         the invasion began, the General Staff of the Armed Forces of \
                         Ukraine said.\n";

#[test]
fn a_later_draft_may_not_lower_a_running_count() {
    let earlier = draft(TANKS_450, day(19));
    let later = draft(TANKS_400, day(26));
    assert_eq!(
        conflicts(&earlier, &later),
        vec![(
            "400 tanks".to_string(),
            "more than 450 tanks".to_string(),
            RUNNING_COUNT_ONLY_GROWS.id
        )]
    );
    // Raised a week later: an update.
    let raised = draft(&TANKS_400.replace("400 tanks", "500 tanks"), day(26));
    assert!(conflicts(&earlier, &raised).is_empty());
    // The same two drafts the other way round: 400, then more than 450 a week later.
    let first = draft(TANKS_400, day(19));
    let second = draft(TANKS_450, day(26));
    assert!(conflicts(&first, &second).is_empty());
    // An undated draft is the newest: it may not lower the count either; two undated
    // drafts are not compared.
    let undated = draft(TANKS_400, None);
    assert_eq!(conflicts(&earlier, &undated).len(), 1);
    assert!(conflicts(&draft(TANKS_450, None), &undated).is_empty());
}

const SHELTERS: &str = "# Floods in Devon\n\nDevon County Council said 1,150 people had \
                        been moved to emergency shelters.\n";

#[test]
fn a_count_that_changes_with_time_is_updated_on_another_date() {
    let earlier = draft(SHELTERS, day(19));
    let later = draft(&SHELTERS.replace("1,150", "800"), day(20));
    assert!(conflicts(&earlier, &later).is_empty());
    // Drafts of one date must agree, as the figures of one draft must.
    let same_day = draft(&SHELTERS.replace("1,150", "800"), day(19));
    assert_eq!(
        conflicts(&earlier, &same_day),
        vec![(
            "800 people".to_string(),
            "1,150 people".to_string(),
            SAME_DATE.id
        )]
    );
    // Nothing says when two undated drafts were written: never compared. An undated
    // draft is later than the dated ones: its count is an update.
    let undated = draft(SHELTERS, None);
    let undated_later = draft(&SHELTERS.replace("1,150", "800"), None);
    assert!(conflicts(&undated, &undated_later).is_empty());
    assert!(conflicts(&earlier, &undated_later).is_empty());
}

#[test]
fn different_stories_are_never_compared() {
    let tanks = draft(TANKS_450, day(19));
    let other = draft(
        "# Gaza\n\nIsrael has lost 30 tanks since the invasion began, the IDF said.\n",
        day(26),
    );
    assert!(conflicts(&tanks, &other).is_empty());
    let flood = draft(SHELTERS, day(19));
    let fire = draft(
        "# Fire in Leeds\n\nWest Yorkshire Fire Service said 300 people had been moved \
         to emergency shelters.\n",
        day(19),
    );
    assert!(conflicts(&flood, &fire).is_empty());
}

#[test]
fn the_same_story_shares_a_long_name_or_two_names_in_the_paragraph_or_the_headline() {
    // No name in the paragraph: the headline ties the claims to their story.
    let a = draft(
        "# Floods in Devon and Cornwall\n\nAbout 1,150 people were moved to shelters, the \
         council said.\n",
        day(19),
    );
    let b = draft(
        "# Floods hit Cornwall and Devon\n\nOnly 800 people were moved to shelters, the \
         council said.\n",
        day(19),
    );
    assert_eq!(conflicts(&a, &b).len(), 1);
    // One name in common is not enough: "Devon" could be another story.
    let c = draft(
        "# Storm in Devon\n\nOnly 800 people were moved to shelters, the council said.\n",
        day(19),
    );
    assert!(conflicts(&a, &c).is_empty());
    // A name of several words is.
    let d = draft(
        "# Storm\n\nOnly 800 people were moved to shelters, Devon County Council said.\n",
        day(19),
    );
    let e = draft(
        "# Floods\n\nAbout 1,150 people were moved to shelters, Devon County Council \
         said.\n",
        day(19),
    );
    assert_eq!(conflicts(&e, &d).len(), 1);
    // "Labour" in both paragraphs ties nothing.
    let f = draft(
        "# Poll\n\nA lead of this size would give Labour a majority of more than 200 \
         seats, Professor Curtice said.\n",
        day(19),
    );
    let g = draft(
        "# By-election\n\nThe result leaves Labour with 57 seats, the council said.\n",
        day(19),
    );
    assert!(conflicts(&f, &g).is_empty());
}

#[test]
fn different_holders_and_other_units_are_read_as_the_draft_reads_them() {
    let story = "# Military aid for Ukraine and Kyiv\n\n";
    let spain = draft(
        &format!("{story}Spain has pledged 20 howitzers, its defence ministry said.\n"),
        day(19),
    );
    let germany = draft(
        &format!("{story}Germany has pledged 12 howitzers, its defence ministry said.\n"),
        day(19),
    );
    // Different holders: never the same figure.
    assert!(conflicts(&spain, &germany).is_empty());
    let spain_again = draft(
        &format!("{story}Spain has pledged 26 howitzers, its defence ministry said.\n"),
        day(19),
    );
    assert_eq!(conflicts(&spain, &spain_again).len(), 1);
}

#[test]
fn lengths_in_other_units_are_compared_after_conversion() {
    let queue = |length: &str| {
        draft(
            &format!(
                "# Traffic on the M6\n\nThe queue was {length} long, Highways England \
                 said.\n"
            ),
            day(19),
        )
    };
    assert!(conflicts(&queue("40 kilometres"), &queue("25 miles")).is_empty());
    assert_eq!(
        conflicts(&queue("40 kilometres"), &queue("40 miles")).len(),
        1
    );
}

#[test]
fn names_are_runs_of_capitalised_words_and_their_parts() {
    let text = "Russia has lost 400 tanks, the General Staff of the Armed Forces of \
                Ukraine said. Officials in Kyiv said Mr Zelensky met the UN. Ukraine \
                rejoiced.";
    let part = BlockNames::of(text);
    // "Russia" and "Officials" open sentences: names only if written so elsewhere.
    let got: Vec<u64> = part
        .names
        .iter()
        .filter(|(_, opening)| opening.as_deref().is_none_or(|w| w == "ukraine"))
        .map(|(n, _)| n.hash)
        .collect();
    let want: Vec<u64> = [
        "general staff of the armed forces of ukraine",
        "general staff",
        "armed forces",
        "ukraine",
        "kyiv",
        "zelensky",
        "un",
    ]
    .iter()
    .map(|n| hash_of(*n))
    .collect();
    assert_eq!(got, want);
}

#[test]
fn a_folder_is_checked_in_linear_time() {
    let one = draft(TANKS_450, day(19));
    let drafts: Vec<&DeskDraft> = std::iter::repeat_n(&one, 20_000).collect();
    assert!(ledger(&drafts).is_empty());
}

#[test]
fn ledger_order_is_by_date_undated_last_then_name() {
    let mut drafts = [
        (None, "a.md"),
        (day(26), "b.md"),
        (day(19), "z.md"),
        (day(19), "c.md"),
        (None, "0.md"),
    ];
    drafts.sort_by(|a, b| ledger_order(*a, *b));
    let names: Vec<&str> = drafts.iter().map(|d| d.1).collect();
    assert_eq!(names, ["c.md", "z.md", "b.md", "0.md", "a.md"]);
}

#[test]
fn messages_say_where_and_why() {
    let place = place("drafts/a.md", day(19), 8);
    assert_eq!(place, "drafts/a.md (19 March 2022), line 8");
    assert_eq!(
        conflict_message(
            "400 tanks",
            "more than 450 tanks",
            &RUNNING_COUNT_ONLY_GROWS,
            &place
        ),
        "\"400 tanks\" is lower than \"more than 450 tanks\" in drafts/a.md (19 March 2022), \
         line 8: a running count can only grow"
    );
    assert_eq!(
        related_message("more than 450 tanks", None),
        "the earlier figure: \"more than 450 tanks\" (undated draft)"
    );
}

#[test]
fn days_and_months_are_no_names_of_a_story() {
    let text = "On Monday, March 3, officials in Kyiv said Mr Zelensky met the UN. Sunday \
                trains ran in July.";
    let got: Vec<u64> = BlockNames::of(text)
        .names
        .iter()
        .filter(|(_, opening)| opening.is_none())
        .map(|(n, _)| n.hash)
        .collect();
    let want: Vec<u64> = ["kyiv", "zelensky", "un"]
        .iter()
        .map(|n| hash_of(*n))
        .collect();
    assert_eq!(got, want);
}
