//! The named rules of sources the story already gives: a release, poll or data set named
//! earlier in the paragraph that goes on sourcing its further figures, and a source named
//! just after the figures ("The numbers, compiled by the RAC, ..."), applied by
//! [`super::context`]; a headline figure the body sources, applied by [`super::story`].

use crate::analysis::rules::{Rule, rule};

rule!(CARRY_DATA_RELEASE, "carry.data-release", "A release, poll or data set named earlier in the paragraph ('Figures from the ONS show', 'a poll by YouGov', 'the survey found') goes on sourcing its further figures of the same kind, until another source is named.",
fires: [
    "Figures from the Office for Road Safety show 1,266 people died on the roads last year. Cyclist deaths fell 6% to 39.",
    "According to a poll by Ipsos for the Evening Standard, 45% of Londoners backed the congestion charge. Another 38% opposed it.",
    "Tax receipts rose 5.1% to £71.6bn, the figures showed. Spending rose by 6.3% to £87.4bn."
],
spares: [
    "Figures from the Office for Road Safety show 1,266 people died on the roads last year. The minister said the trend was worrying. Cyclist deaths fell 6% to 39.",
    "According to a poll by Ipsos for the Evening Standard, 45% of Londoners backed the congestion charge. The scheme will cost £90m to extend.",
    "The survey found 61% of nurses had considered quitting.\n\nCyclist deaths fell 6% to 39."
]);
rule!(CARRY_NAMED_AFTER, "carry.named-after", "A sentence that says where the paragraph's figures come from ('The numbers, compiled by the RAC, ...', 'The figures come from the ONS') sources the cue-less figures before it.",
fires: [
    "Breakdowns on motorways rose 12% to 3,400 last winter. The numbers, compiled by the RAC, cover England and Wales.",
    "Some 4,100 patients waited more than a year. The figures come from NHS England's monthly release."
],
spares: [
    "Breakdowns on motorways rose 12% to 3,400 last winter. The numbers worried the minister.",
    "Breakdowns on motorways rose 12% to 3,400 last winter. The AA said roads were poorly gritted. The numbers, compiled by the RAC, cover England."
]);

rule!(CARRY_HEADLINE, "carry.headline-sourced-below", "A headline's figure that the body states again with a source takes that source.",
    fires: ["Carmaker to cut 1,100 jobs\n\nThe company said on Monday it would cut 1,100 jobs in Europe."],
    spares: ["Carmaker to cut 1,100 jobs\n\nThe company said on Monday it would cut 900 jobs in Europe."]);

rule!(CARRY_COLON_QUOTE, "carry.colon-quote", "Quotations after 'X wrote in a note to clients:' are X's, also those that open new sentences after the first.",
    fires: ["Ian Ross of Barclays wrote in a note to clients: \"We expect two cuts this year.\" \"Inflation will fall to 3.25% by December.\""],
    spares: ["Ian Ross of Barclays wrote in a note to clients that cuts were coming. \"Inflation will fall to 3.25% by December.\""]);

rule!(CARRY_QUOTED_SPEAKER, "carry.quoted-speaker", "A paragraph that is more quotation, with no speaker of its own, continues the speaker quoted at the end of the paragraph before.",
    fires: ["\"We had forecast four cuts,\" said Maria Lopez, the bank's chief economist.\n\n\"Now we see 2 at most.\""],
    spares: ["\"We had forecast four cuts,\" said Maria Lopez, the bank's chief economist.\n\nRivals see 2 at most.\n\n\"Now we see 2 at most.\""]);

rule!(CARRY_RELEASE_NEXT_PARAGRAPH, "carry.release-next-paragraph", "A paragraph that goes on about a release's figures ('The survey of 1,214 voters ...') and names no source continues the release named at the end of the paragraph before.",
fires: [
    "Hollis leads by six points, according to a Marist College poll released on Wednesday.\n\nHollis drew 49% to Ambrose's 43%. The survey of 1,214 likely voters was taken in October.",
    "The waiting list rose to a record 96,000, according to NHS England figures published on Thursday.\n\nOf those, 4,120 have waited more than a year."
],
spares: [
    "Hollis leads by six points, according to a Marist College poll released on Wednesday.\n\nHollis has raised $38m for the race, more than any candidate in state history.",
    "Traders expect two cuts by December, according to LSEG data.\n\nThe FTSE 250 rose 0.8% after the figures were published.",
    "The waiting list rose to a record 96,000, according to NHS England figures published on Thursday.\n\nThe trust has 1,150 beds, of those 40 in intensive care."
]);

rule!(CARRY_POLL_STANDINGS, "carry.poll-standings", "A paragraph of shares with no source of its own ('Labour is on 31%, the Conservatives on 27%') after a poll or survey goes on giving its standings.",
fires: [
    "Labour's lead has narrowed to four points, according to a poll by Opinium for the Observer.\n\nLabour is on 31%, down two points, while the Conservatives are on 27%.",
    "Support for the plan has fallen, a YouGov survey found.\n\nSome 38% now back it, against 52% in March."
],
spares: [
    "Traders expect two cuts by December, according to LSEG data.\n\nThe FTSE 250 rose 0.8% after the figures were published.",
    "Labour's lead has narrowed to four points, according to a poll by Opinium for the Observer.\n\nThe party has lost 12,000 members since the spring.",
    "Labour's lead has narrowed to four points, according to a poll by Opinium for the Observer.\n\nLabour is on 31%, Ipsos said.",
    "Labour leads by six points, according to an Ipsos poll for the Standard.\n\nTurnout was 62% in 2019."
]);

/// Every rule of this file, for the catalogue.
pub static RULES: &[&Rule] = &[
    &CARRY_DATA_RELEASE,
    &CARRY_NAMED_AFTER,
    &CARRY_HEADLINE,
    &CARRY_COLON_QUOTE,
    &CARRY_QUOTED_SPEAKER,
    &CARRY_RELEASE_NEXT_PARAGRAPH,
    &CARRY_POLL_STANDINGS,
];
