//! The named rules of claim weight ([`super::weight`]): the class each unattributed claim
//! gets, in the order they are tried. Under the default "editorial" policy the first five
//! classes are warnings and the last five hints.

use crate::analysis::rules::{Rule, rule};

rule!(HEADLINE, "weight.headline", "A headline figure that a sourced subheading restates is a hint (one the body sources takes its source: carry.headline-sourced-below).",
    fires: ["Inflation falls to 3.2%\n\nPrices rose 3.2% in May, the ONS said\n\nShoppers felt the squeeze."],
    spares: ["Inflation falls to 3.2%\n\nPrices rose more slowly in May."]);
rule!(ESTIMATE, "weight.estimate", "An estimate, projection or forecast ('an estimated', 'about 300,000', 'is set to fall below') is queried.",
    fires: ["The bridge will cost an estimated $3bn."],
    spares: ["The bridge cost $3bn when it opened in 1998."]);
rule!(TOLL, "weight.toll", "A count of harm or loss (killed, injured, missing, displaced, jobs lost, homes damaged) is queried.",
    fires: ["At least 14 people were killed in the blast."],
    spares: ["The blast was heard 14 miles away."]);
rule!(MARKET, "weight.market", "A market price or move (shares, indices, currencies, commodities) is a hint.",
    fires: ["Shares in the company fell 4.6% in London."],
    spares: ["Support for the company fell 4.6% among voters."]);
rule!(RESULT, "weight.result", "A result, score, record or award is a hint.",
    fires: ["She has won 14 Grand Slam titles."],
    spares: ["She has spent 14 years in charity work."]);
rule!(SCHEDULE, "weight.schedule", "A schedule or operational detail (services per week, dates, a fleet, opening hours) is a hint.",
    fires: ["The airline operates 312 aircraft on 140 routes."],
    spares: ["The airline made 312 complaints to the regulator."]);
rule!(RECORD, "weight.record", "An established public-record fact (a stake bought in a past year, a flotation price, a sentence handed down) is a hint.",
    fires: ["The group bought a 20% stake in the brewer in 1998.", "The company was fined £14m in 2019 for the breach."],
    spares: ["The group bought a 20% stake in the brewer."]);
rule!(MONEY, "weight.money", "Contested money (a deficit, losses, damages, the cost of a project or policy) is queried.",
    fires: ["The council faces a deficit of £40m next year."],
    spares: ["The council meets at 7pm on the second Tuesday."]);
rule!(INTERESTED, "weight.interested", "A sales, audience or usage claim a party has an interest in ('five million players') is queried.",
    fires: ["The game now has five million players."],
    spares: ["The game was made by a team of five."]);
rule!(STATISTIC, "weight.statistic", "A statistic about people (a share, a rate, a survey result) is queried.",
    fires: ["Nearly 40% of renters are behind on payments."],
    spares: ["The tenancy lasted nine months."]);

/// Every rule of this file, for the catalogue.
pub static RULES: &[&Rule] = &[
    &HEADLINE,
    &ESTIMATE,
    &TOLL,
    &MARKET,
    &RESULT,
    &SCHEDULE,
    &RECORD,
    &MONEY,
    &INTERESTED,
    &STATISTIC,
];
