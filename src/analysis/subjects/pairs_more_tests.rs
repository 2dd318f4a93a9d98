//! Round 3's conflict pairs, written fresh for what was left of issue 13: running counts
//! ordered by explicit dates, states that change with time, aliases and definite
//! descriptions of a holder, possessor and subject holders, and money for named things.
//! Both ways. The metrics test scores every probe pair (these and `pairs_tests.rs`'s) and
//! prints accuracy and precision:
//! `cargo test --lib pairs_more -- --nocapture`.

use crate::analysis::{Config, Format, analyze};

/// `(paragraphs, must conflict, category)`.
pub(super) const PAIRS: &[(&[&str], bool, &str)] = &[
    // A definite description with no holder named before it: whose is it?
    (
        &[
            "The company employs 18,500 people and runs 312 stores, it said.",
            "Corbel has 214 stores and employs 9,200 people, the company said.",
        ],
        false,
        "unresolved 'the company' against a named holder",
    ),
    (
        &[
            "Corbel has 214 stores and employs 9,200 people, the company said.",
            "Corbel employs 2,900 people, a spokeswoman said later.",
        ],
        true,
        "a verb joined by 'and' shares the clause's holder",
    ),
    // Dead and injured in one sentence: each figure keeps its own verb.
    (
        &[
            "By 10am, 12 people had been confirmed dead and 45 people had been injured, the coastguard said.",
            "By 3pm, 27 people had been confirmed dead, the governor said.",
        ],
        false,
        "the injured are not the dead: a later dead count above the earlier one",
    ),
    (
        &[
            "By evening, 34 people had been confirmed dead and 112 people had been injured, the coastguard said.",
            "The operator said 90 people had been injured.",
        ],
        true,
        "the injured count falls with no new time",
    ),
    // Running counts ordered by explicit days and dates.
    (
        &[
            "By Monday 1,200 people had been evacuated, the council said.",
            "By Wednesday 900 people had been evacuated, the council said.",
        ],
        true,
        "running count falls by a later day",
    ),
    (
        &[
            "By Monday 1,200 people had been evacuated, the council said.",
            "By Wednesday 1,500 people had been evacuated, the council said.",
        ],
        false,
        "running count grows by a later day",
    ),
    (
        &[
            "By Thursday 640 claims had been lodged with the insurer, it said.",
            "By Tuesday 410 claims had been lodged with the insurer, it said.",
        ],
        false,
        "running count: earlier day lower, stated later",
    ),
    (
        &[
            "As of 3 March, 2,100 people had registered for the scheme, the council said.",
            "As of 10 March, 1,700 people had registered for the scheme, the council said.",
        ],
        true,
        "running count falls by a later date",
    ),
    (
        &[
            "As of 3 March, 2,100 people had registered for the scheme, the council said.",
            "As of 10 March, 2,650 people had registered for the scheme, the council said.",
        ],
        false,
        "running count grows by a later date",
    ),
    (
        &[
            "By 10am, 12 people had died in the fire, police said.",
            "By 3pm, 17 people had died in the fire, police said.",
            "By 6pm, 15 people had died in the fire, police said.",
        ],
        true,
        "casualty count through a day falls",
    ),
    // States that change with time are not compared across times.
    (
        &[
            "About 15,000 homes were without water on Monday, the utility said.",
            "Some 6,000 homes were still without water on Tuesday, the utility said.",
        ],
        false,
        "state on two days",
    ),
    (
        &[
            "Unemployment was 4.1% in March, the ONS said.",
            "Unemployment was 4.4% in June, the ONS said.",
        ],
        false,
        "rate in two months",
    ),
    (
        &[
            "Unemployment was 4.1% in March, the ONS said.",
            "In March unemployment stood at 4.6%, a minister said.",
        ],
        true,
        "rate in one month",
    ),
    (
        &[
            "About 15,000 homes were without water on Monday, the utility said.",
            "On Monday 8,000 homes were without water, a spokesman said.",
        ],
        true,
        "state on one day",
    ),
    // Aliases and definite descriptions of a holder.
    (
        &[
            "Unite has 1.2 million members, it said.",
            "The union has 900,000 members, its general secretary said.",
        ],
        true,
        "definite description",
    ),
    (
        &[
            "Unite has 1.2 million members, it said.",
            "The GMB has 560,000 members, it said.",
            "The union has 560,000 members, its general secretary said.",
        ],
        false,
        "definite description of the last holder",
    ),
    (
        &[
            "Rolls-Royce employs 42,000 people, it said.",
            "The engine maker employs 38,000 people, a spokesman said.",
        ],
        true,
        "two-word description",
    ),
    (
        &[
            "Rolls-Royce employs 42,000 people, it said.",
            "Airbus employs 134,000 people, a spokesman said.",
        ],
        false,
        "hyphenated holder and a rival",
    ),
    (
        &[
            "Manchester City has 26 players in its squad, the club said.",
            "City has 23 players in its squad, a spokesman said.",
        ],
        true,
        "short name",
    ),
    (
        &[
            "Manchester City has 26 players in its squad, the club said.",
            "Manchester United has 23 players in its squad, the club said.",
        ],
        false,
        "two clubs of one city",
    ),
    (
        &[
            "Leeds has 27 players in its squad, the club said.",
            "Burnley has 24 players in its squad, the club said.",
        ],
        false,
        "plural-looking holder and a rival",
    ),
    (
        &[
            "Leeds's squad has 27 players, the club said.",
            "Leeds has 24 players in its squad, a spokesman said.",
        ],
        true,
        "possessor and subject",
    ),
    // Money for named things.
    (
        &[
            "The council paid £12m for the bridge, it said.",
            "The council paid £7m for the library, it said.",
        ],
        false,
        "money for two things",
    ),
    (
        &[
            "Chelsea paid £107m for Fernandez, the club said.",
            "Chelsea paid £115m for Caicedo, the club said.",
        ],
        false,
        "fees for two players",
    ),
    (
        &[
            "Chelsea paid £107m for Fernandez, the club said.",
            "Chelsea paid £97m for Fernandez, reports said.",
        ],
        true,
        "fee for one player",
    ),
    (
        &[
            "The museum's refurbishment cost £3m, the trust said.",
            "The refurbishment cost £5m, a report said.",
        ],
        true,
        "cost of one thing",
    ),
    (
        &[
            "The bypass will cost £80m, the council said.",
            "The tram extension will cost £140m, the council said.",
        ],
        false,
        "forecast costs of two things",
    ),
    // Elections by party, vague amounts, units, rates.
    (
        &[
            "Labour won 32 seats on the council, the returning officer said.",
            "The Greens won 9 seats, the returning officer said.",
            "Labour won 30 seats on the council, a party spokesman said.",
        ],
        true,
        "party seats among rivals",
    ),
    (
        &[
            "A couple of dozen protesters gathered outside, police said.",
            "Police said 90 protesters gathered outside.",
        ],
        true,
        "vague interval",
    ),
    (
        &[
            "A dozen homes were flooded in the village, the council said.",
            "The council said 14 homes were flooded in the village.",
        ],
        false,
        "vague interval",
    ),
    (
        &[
            "A dozen homes were flooded in the village, the council said.",
            "The council said 30 homes were flooded in the village.",
        ],
        true,
        "vague interval",
    ),
    (
        &[
            "A few hundred fans waited at the gates, the club said.",
            "About 350 fans waited at the gates, the club said.",
        ],
        false,
        "vague interval agrees",
    ),
    (
        &[
            "The sea wall is 3 metres high, the council said.",
            "The sea wall is 10 feet high, the engineer said.",
        ],
        false,
        "units agree",
    ),
    (
        &[
            "The mortgage rate was 5.1%, the bank said.",
            "The mortgage rate was 4.2%, a broker said.",
        ],
        true,
        "rate",
    ),
    (
        &[
            "About 38% of voters backed Labour, the poll found.",
            "About 31% of voters backed Reform, the poll found.",
        ],
        false,
        "shares backing two parties",
    ),
    (
        &[
            "Hearth & Home has 212 stores, the company said.",
            "The chain has 221 stores, its chief executive said.",
        ],
        true,
        "a chain's stores",
    ),
    // A current level at the far end of a change; a relative clause's present state.
    (
        &[
            "The chain has 212 stores, the company said.",
            "It will have fewer than 200 shops by 2028, down from 221 today, the company said.",
        ],
        true,
        "current level",
    ),
    (
        &[
            "The chain has 212 stores, the company said.",
            "It will have fewer than 200 shops by 2028, down from 212 today, the company said.",
        ],
        false,
        "current level agrees",
    ),
    (
        &[
            "The retailer, which has 212 stores, will close 25 shops by 2028, it said.",
            "The retailer has 240 stores, its chief executive said.",
        ],
        true,
        "relative clause",
    ),
    (
        &[
            "The retailer will have 212 stores by 2028, it said.",
            "The retailer has 240 stores, its chief executive said.",
        ],
        false,
        "a count placed in a later year",
    ),
    (
        &[
            "Rolls-Royce employs 42,000 people, it said.",
            "Airbus employs 134,000 people, a spokesman said.",
            "The engine maker employs 38,000 people, a spokesman said.",
        ],
        false,
        "unresolved description among rivals",
    ),
    (
        &[
            "The chain has 212 stores, the company said.",
            "It will have fewer than 200 shops by 2028, down from 240 in 2019, the company said.",
        ],
        false,
        "the far end of a change in another year",
    ),
    (
        &[
            "The firm has 212 stores and employs 6,800 people, it said.",
            "The firm has 230 stores, a spokesman said.",
        ],
        true,
        "a verb of the next figure",
    ),
    (
        &[
            "The haulier operates 1,300 trucks, it said.",
            "About 97% of hauliers operate fewer than 10 trucks, the association said.",
        ],
        false,
        "what each member has",
    ),
    (
        &[
            "By March, 5,400 complaints had been made, the ombudsman said.",
            "By June, 4,800 complaints had been made, the ombudsman said.",
        ],
        true,
        "running count falls by a later month",
    ),
    // States and running counts through a day.
    (
        &[
            "At 10am, 40 people were still trapped in the building, firefighters said.",
            "At 3pm, 12 people were still trapped in the building, firefighters said.",
        ],
        false,
        "state at two clock times",
    ),
    (
        &[
            "At 10am, 40 people were still trapped in the building, firefighters said.",
            "At 10am, 25 people were still trapped in the building, the council said.",
        ],
        true,
        "state at one clock time",
    ),
    (
        &[
            "About 15,000 homes were without power on Monday morning, the utility said.",
            "By Monday evening 4,000 homes were without power, the utility said.",
        ],
        false,
        "state in two parts of a day",
    ),
];

/// True when the analysis of `paragraphs` finds a conflict in the last one.
pub(super) fn conflict_in_last(paragraphs: &[&str]) -> bool {
    let text = paragraphs.join("\n\n");
    let analysis = analyze(&text, Format::PlainText, &Config::default());
    let last_block = text.len() - paragraphs.last().map_or(0, |p| p.len());
    analysis.findings.iter().any(|f| {
        f.code == crate::analysis::findings::code::Code::ConflictingFigure
            && f.span.start >= last_block
    })
}

/// Pairs of this file the engine does not judge right yet, by category: they count against
/// the metrics and are listed in the report.
/// - "party seats among rivals": a round "30 seats" is read as rounded (25 to 35), so it
///   meets "32 seats"; seats are exact counts, but the interval is the figures stage's.
const KNOWN_MISSES: &[&str] = &["party seats among rivals"];

#[test]
fn round_three_pairs_are_judged_as_a_copy_editor_would() {
    let wrong: Vec<String> = PAIRS
        .iter()
        .filter(|(p, expected, category)| {
            conflict_in_last(p) != *expected && !KNOWN_MISSES.contains(category)
        })
        .map(|(p, expected, category)| format!("[{category}] expected conflict={expected}: {p:?}"))
        .collect();
    assert!(
        wrong.is_empty(),
        "{} of {} pairs wrong:\n{}",
        wrong.len(),
        PAIRS.len(),
        wrong.join("\n")
    );
    assert!(PAIRS.len() >= 20 && PAIRS.iter().filter(|p| p.1).count() >= 10);
}

#[test]
fn probe_pair_accuracy_and_precision() {
    let all = super::pairs_tests::PAIRS.iter().chain(PAIRS.iter());
    let (mut tp, mut fp, mut tn, mut fn_) = (0, 0, 0, 0);
    for (p, expected, category) in all {
        match (conflict_in_last(p), *expected) {
            (true, true) => tp += 1,
            (true, false) => {
                fp += 1;
                println!("false conflict [{category}]: {p:?}");
            }
            (false, false) => tn += 1,
            (false, true) => {
                fn_ += 1;
                println!("missed conflict [{category}]: {p:?}");
            }
        }
    }
    let total = tp + fp + tn + fn_;
    let accuracy = f64::from(tp + tn) / f64::from(total);
    let precision = f64::from(tp) / f64::from((tp + fp).max(1));
    let recall = f64::from(tp) / f64::from((tp + fn_).max(1));
    println!(
        "probe pairs: {total}, accuracy {accuracy:.3}, precision {precision:.3}, recall {recall:.3} \
         (tp {tp}, fp {fp}, tn {tn}, fn {fn_})"
    );
    assert!(
        precision >= 0.9 && accuracy >= 0.9,
        "precision {precision}, accuracy {accuracy}"
    );
}

/// Prints each figure's subject, scope and rules for the text in `COPYDESK_PROBE`: a
/// debugging aid (`COPYDESK_PROBE='...' cargo test --lib probe_scopes -- --nocapture`).
#[test]
fn probe_scopes() {
    let Ok(text) = std::env::var("COPYDESK_PROBE") else {
        return;
    };
    let text = text.replace("\\n", "\n");
    let analysis = analyze(&text, Format::PlainText, &Config::default());
    for f in &analysis.figures {
        println!(
            "{:?} kind={:?} subject={:?} scope={:?} comparable={} rules={:?}",
            f.span.of(&text),
            f.kind,
            f.subject,
            &*f.scope,
            f.comparable,
            f.trail().iter().map(|r| r.id).collect::<Vec<_>>()
        );
    }
    for c in &analysis.findings {
        println!("{:?}", c.message);
    }
}
