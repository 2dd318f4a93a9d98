//! Conflict pairs across issue 13's categories, written fresh: each is a short draft of two
//! or three paragraphs and whether a copy editor would call the last figure a contradiction
//! of an earlier one. Both ways: pairs that must conflict and near misses that must not.

use crate::analysis::{Config, Format, analyze};

/// `(paragraphs, must conflict, category)`.
pub(super) const PAIRS: &[(&[&str], bool, &str)] = &[
    // Holders: different known holders never conflict; the same holder does.
    (
        &[
            "Chelsea has 31 players in its squad, the club said.",
            "Arsenal has 26 players in its squad, the club said.",
        ],
        false,
        "holder subject",
    ),
    (
        &[
            "Unison's 1.3 million members will be balloted, the union said.",
            "Unite's 1.2 million members will be balloted, the union said.",
        ],
        false,
        "holder possessor",
    ),
    (
        &[
            "There were 13 nominations for Oppenheimer, the academy said.",
            "There were 11 nominations for Barbie, the academy said.",
        ],
        false,
        "holder complement",
    ),
    (
        &[
            "In Somerset, 240 homes were flooded, the council said.",
            "In Devon, 410 homes were flooded, the council said.",
        ],
        false,
        "holder heading",
    ),
    (
        &[
            "Tesco employs 330,000 people, it said.",
            "Together the two chains employ 480,000 people, they said.",
        ],
        false,
        "merged total",
    ),
    (
        &[
            "Barclays has 1,100 branches, a spokesman said.",
            "The bank has 900 branches, a spokesman said.",
        ],
        true,
        "definite description",
    ),
    (
        &[
            "Spain has sent 40 tanks, Madrid said.",
            "Spain has sent 25 tanks, officials said.",
        ],
        true,
        "same holder",
    ),
    (
        &[
            "Norway has donated 60 ambulances, Oslo said.",
            "About 45 ambulances were donated, officials said.",
        ],
        true,
        "unheld with a sole holder",
    ),
    (
        &[
            "Norway has donated 60 ambulances, Oslo said.",
            "Denmark has donated 20 ambulances, officials said.",
            "About 45 ambulances were donated, officials said.",
        ],
        false,
        "unheld among rivals",
    ),
    (
        &[
            "Kyiv said 500 drones were shot down overnight.",
            "Kyiv said 300 drones were shot down overnight.",
        ],
        true,
        "a source is no holder",
    ),
    (
        &[
            "Labour won 412 seats, the BBC said.",
            "The Conservatives won 121 seats, the BBC said.",
        ],
        false,
        "party seats",
    ),
    (
        &[
            "Labour won 412 seats, the BBC said.",
            "Labour won 409 seats, Sky News said.",
        ],
        true,
        "party seats",
    ),
    (
        &[
            "Oppenheimer won seven Oscars, the academy said.",
            "Poor Things won four Oscars, the academy said.",
        ],
        false,
        "awards",
    ),
    (
        &[
            "Oppenheimer won seven Oscars, the academy said.",
            "Oppenheimer won six Oscars, a report said.",
        ],
        true,
        "awards",
    ),
    (
        &[
            "The SNP took 39% of the vote, the BBC said.",
            "Labour took 35% of the vote, the BBC said.",
        ],
        false,
        "vote shares by party",
    ),
    (
        &[
            "Germany has pledged €2bn in aid, Berlin said.",
            "France has pledged €1bn in aid, Paris said.",
        ],
        false,
        "aid by country",
    ),
    (
        &[
            "Germany has pledged €2.5bn in aid, Berlin said.",
            "Germany has pledged €1.5bn in aid, officials said.",
        ],
        true,
        "aid by country",
    ),
    (
        &[
            "Together Unite and Unison have 2.5 million members, the TUC said.",
            "Unite has 1.2 million members, it said.",
        ],
        false,
        "merged total",
    ),
    (
        &[
            "Firefighters rescued 40 people, the service said.",
            "Paramedics treated 12 people, the trust said.",
            "Volunteers rescued 25 people, the charity said.",
        ],
        false,
        "unsure openers",
    ),
    // Rates and shares with no counted noun.
    (
        &[
            "The jobless rate was 4.1%, the ONS said.",
            "The jobless rate was 5.0%, officials said.",
        ],
        true,
        "rate",
    ),
    (
        &[
            "The jobless rate was 4.1%, the ONS said.",
            "The vacancy rate was 5.0%, the ONS said.",
        ],
        false,
        "rate",
    ),
    (
        &[
            "Turnout was 62%, the council said.",
            "Turnout was 58%, the returning officer said.",
        ],
        true,
        "turnout",
    ),
    (
        &[
            "About 52% of women backed the change, the poll found.",
            "About 41% of women over 65 backed it, the poll found.",
        ],
        false,
        "share of a group",
    ),
    (
        &[
            "Food inflation was 9.2%, the ONS said.",
            "Inflation was 3.9%, the minister said.",
        ],
        false,
        "rate",
    ),
    // Money for a named thing.
    (
        &[
            "The new stadium cost £450m, the club said.",
            "The stadium cost £380m, its owners said.",
        ],
        true,
        "money",
    ),
    (
        &[
            "The stadium cost £450m, the club said.",
            "The arena cost £200m, the council said.",
        ],
        false,
        "money",
    ),
    (
        &[
            "The transfer fee was £45m, the club said.",
            "The transfer fee was £60m, reports said.",
        ],
        true,
        "money",
    ),
    (
        &[
            "The transfer fee was £45m, the club said.",
            "The agent's fee was £6m, reports said.",
        ],
        false,
        "money",
    ),
    // Vague amounts.
    (
        &[
            "Dozens of cars were torched, police said.",
            "Police said 9 cars were torched.",
        ],
        true,
        "vague lower bound",
    ),
    (
        &[
            "Dozens of cars were torched, police said.",
            "Police said 70 cars were torched.",
        ],
        false,
        "vague lower bound",
    ),
    (
        &[
            "Hundreds of jobs are at risk, the union said.",
            "About 350 jobs are at risk, the firm said.",
        ],
        false,
        "vague lower bound",
    ),
    (
        &[
            "Thousands of fans were turned away, the club said.",
            "About 800 fans were turned away, the club said.",
        ],
        true,
        "vague lower bound",
    ),
    // Running counts and time.
    (
        &[
            "So far 1,200 migrants have crossed the Channel, the Home Office said.",
            "To date 900 migrants have crossed the Channel, officials said.",
        ],
        true,
        "running count falls",
    ),
    (
        &[
            "So far 1,200 migrants have crossed the Channel, the Home Office said.",
            "By Friday 1,450 migrants had crossed the Channel in total, officials said.",
        ],
        false,
        "running count grows",
    ),
    (
        &[
            "Since the war began late last month, 2,300 civilians have been killed, the UN said.",
            "So far 1,800 civilians have been killed, officials said.",
        ],
        true,
        "running count since",
    ),
    (
        &[
            "By 9am 14 people had been confirmed dead, police said.",
            "By noon 19 people had been confirmed dead, police said.",
        ],
        false,
        "count through a day",
    ),
    (
        &[
            "By 9am 14 people had been confirmed dead, police said.",
            "By noon 11 people had been confirmed dead, police said.",
        ],
        true,
        "count through a day",
    ),
    (
        &[
            "On Monday 15,000 homes were without water, the utility said.",
            "On Tuesday 6,000 homes were without water, the utility said.",
        ],
        false,
        "state at two times",
    ),
    (
        &[
            "On Monday 15,000 homes were without water, the utility said.",
            "On Monday 9,000 homes were without water, a spokesman said.",
        ],
        true,
        "state at one time",
    ),
    // Units.
    (
        &[
            "The bypass is 40 kilometres long, the council said.",
            "The bypass is 25 miles long, the council said.",
        ],
        false,
        "units agree",
    ),
    (
        &[
            "The bypass is 40 kilometres long, the council said.",
            "The bypass is 40 miles long, the council said.",
        ],
        true,
        "units disagree",
    ),
    (
        &[
            "The fish weighed 12kg, the angler said.",
            "The fish weighed 26lb, the club said.",
        ],
        false,
        "units agree",
    ),
    (
        &[
            "The fish weighed 12kg, the angler said.",
            "The fish weighed 12lb, the club said.",
        ],
        true,
        "units disagree",
    ),
    // Parts and wholes.
    (
        &[
            "Some 40 of the 600 staff surveyed reported bullying, the union said.",
            "The firm has 550 staff, it said.",
        ],
        false,
        "part of a surveyed whole",
    ),
    // Round 2: noun scoping, names, money of a kind, periods with a count.
    (
        &[
            "The lifeboat is rated for 12 people, the coxswain said.",
            "An estimated 35 people were on board the dinghy, the coxswain said.",
        ],
        false,
        "capacity",
    ),
    (
        &[
            "An estimated 35 people were on board the dinghy, the coxswain said.",
            "Only 20 people were on board the dinghy, the coxswain said.",
        ],
        true,
        "people on board",
    ),
    (
        &[
            "The streaming service has 90 million monthly subscribers, it said.",
            "In Germany it counts about 9 million subscribers, the company said.",
        ],
        false,
        "narrowing modifier",
    ),
    (
        &[
            "The streaming service has 90 million monthly subscribers, it said.",
            "The service has 60 million monthly subscribers, its chief executive said.",
        ],
        true,
        "same narrowing modifier",
    ),
    (
        &[
            "Norway's Ingrid Dahl threw 68.2 metres, the federation said.",
            "Dahl's rival won by 3 metres from Poland's Anna Nowak, the federation said.",
        ],
        false,
        "unheld names another",
    ),
    (
        &[
            "The bridge cost £42m, the council said.",
            "At £38m, the bridge cost the council dearly, officials said.",
        ],
        true,
        "money heading",
    ),
    (
        &[
            "The library's £2.1m funding gap worries officials, the report said.",
            "The £1.2m gap must be closed by April, the report said.",
        ],
        true,
        "money kind",
    ),
    (
        &[
            "The new stadium cost £300m, the club said.",
            "The training ground cost £40m, the club said.",
        ],
        false,
        "money for different things",
    ),
    (
        &[
            "The £900m deficit is the worst the trust has faced since 2015, it said.",
            "The trust's deficit of £600m was revealed, officials said.",
        ],
        true,
        "superlative since",
    ),
    (
        &[
            "About 30% of tenants in Leeds were behind on rent, the charity said.",
            "In Bradford, 24% of tenants were behind on rent, the charity said.",
        ],
        false,
        "share place",
    ),
    (
        &[
            "About 12% of patients taking the pill felt sick, the study found.",
            "About 3% of patients on placebo felt sick, the study found.",
        ],
        false,
        "share of a narrower group",
    ),
    (
        &[
            "Her first novel sold 40,000 copies in its first six weeks, the publisher said.",
            "Her first novel has sold 400,000 copies, the publisher said.",
        ],
        false,
        "ranked period with a count",
    ),
    (
        &[
            "The appeal was four times oversubscribed, the charity said.",
            "Donors have given to it 12 times this year, the charity said.",
        ],
        false,
        "multiplier",
    ),
    (
        &[
            "Northgate says it has 800,000 members, a spokeswoman confirmed.",
            "Southgate says it has 500,000 members, a spokeswoman confirmed.",
        ],
        false,
        "speaker holds",
    ),
];

#[test]
fn fresh_conflict_pairs_are_judged_as_a_copy_editor_would() {
    let mut wrong = Vec::new();
    for (paragraphs, expected, category) in PAIRS {
        let text = paragraphs.join("\n\n");
        let analysis = analyze(&text, Format::PlainText, &Config::default());
        let last_block = text.len() - paragraphs.last().map_or(0, |p| p.len());
        let found = analysis.findings.iter().any(|f| {
            f.code == crate::analysis::findings::code::Code::ConflictingFigure
                && f.span.start >= last_block
        });
        if found != *expected {
            wrong.push(format!(
                "[{category}] expected conflict={expected}: {paragraphs:?}"
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} pairs wrong:\n{}",
        wrong.len(),
        PAIRS.len(),
        wrong.join("\n")
    );
}

#[test]
fn there_are_forty_pairs_both_ways() {
    let must = PAIRS.iter().filter(|p| p.1).count();
    assert!(PAIRS.len() >= 40 && must >= 15 && PAIRS.len() - must >= 15);
}
