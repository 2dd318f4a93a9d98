//! The named rules of claim weight ([`super::weight`]): the class each unattributed claim
//! gets, in the order they are tried. Under the default "editorial" policy the first five
//! classes are warnings and the last five hints.

use crate::analysis::rules::{Rule, rule};

rule!(HEADLINE, "weight.headline", "A headline figure that a sourced subheading restates is a hint (one the body sources takes its source: carry.headline-sourced-below).",
    fires: ["Inflation falls to 3.2%\n\nPrices rose 3.2% in May, the ONS said\n\nShoppers felt the squeeze."],
    spares: ["Inflation falls to 3.2%\n\nPrices rose more slowly in May."]);
rule!(RESULTS_LIST, "weight.results-list", "A figure in a list or table under a heading of results ('The result', 'League table', 'Medal table') is a result on the record, a hint; not a sum of money.",
    fires: ["## The result\n\n- Craig Pennington (Reform UK): 10,652\n- Louise Hartley (Conservative): 8,214\n"],
    spares: ["## The candidates\n\n- Craig Pennington (Reform UK): 10,652\n- Louise Hartley (Conservative): 8,214\n"]);
rule!(SCHEDULE_LIST, "weight.schedule-list", "A figure in a list under a heading of prices, fares, dates or times ('Prices', 'Tour dates', 'Timetable') is an operational detail, a hint.",
    fires: ["## Prices\n\nPay-as-you-go prices, set by the council's cabinet in January, are:\n\n- Adult swim: £5.40\n- Child swim (under 16): £3.20\n"],
    spares: ["## Costs\n\nThe council's own figures are:\n\n- Building work: £5.40m\n- Fees: £3.20m\n"]);
rule!(REPORTED_RESULTS, "weight.reported-results", "In a story of a company's reported results (its headline or lede says so, or names the trading period: 'sales fell 8% in the year to March'), the company's earnings, revenue and profit are on the record, a hint; not analysts' expectations nor a figure to come.",
    fires: [
        "Cascade Air posts record profit\n\nCascade Air reported a record annual profit on Thursday.\n\nThe carrier earned $842 million for the year, or $6.51 per share.",
        "Harlow Home to close 30 stores\n\nHarlow Home will close 30 stores after sales fell 8% in the year to March, the company said.\n\nPre-tax profit dropped to £18.2m from £41.5m."
    ],
    spares: ["Cascade Air posts record profit\n\nCascade Air reported a record annual profit on Thursday.\n\nAnalysts had expected earnings of $6.38 per share."]);
rule!(MARKET_MOVE, "weight.market-move", "In markets copy (a headline or lede about shares, indices or markets), a move in percent or points after a move verb, the level it moved to, or the value a share price gives is market data, a hint; not a move of the economy or the company's trade, nor a forecast.",
    fires: ["FTSE 100 slips as banks weigh after BoE holds\n\nBanks were the biggest drag. Lloyds fell 2.9% and NatWest lost 2.4%.", "Asian shares mixed as yen firms\n\nThe yen strengthened 0.6% to 146.85 per dollar after comments from a Bank of Japan board member."],
    spares: ["FTSE 100 slips as banks weigh after BoE holds\n\nLike-for-like sales at the chain fell 9.4% over the period.", "Lloyds fell 2.9% after the bank cut its forecast."]);
rule!(HEAD_COUNT, "weight.head-count", "A company's workforce or estate held now or then ('employs about 24,000 people', 'which has around 38,000 staff', 'operates a fleet of about 1,300 trucks') is an operational detail, a hint, also when rounded; not a promise of jobs nor jobs that go.",
    fires: ["Carlow employs about 4,300 people at three breweries and a cider mill in Herefordshire."],
    spares: ["The company will employ about 4,300 people at the new plant.", "Paragon will cut about 1,100 staff."]);
rule!(PAST_TOLL, "weight.past-toll", "The toll of a disaster in an earlier year ('In February 2023, two earthquakes killed more than 50,000 people') is an established fact, a hint; not a running count since then, nor a toll of now.",
    fires: ["In February 2023, two earthquakes in the same region killed more than 50,000 people in Turkey."],
    spares: ["The earthquake killed at least 60 people on Monday.", "Since 2020, 300 cyclists have been killed on the county's roads."]);
rule!(ATTENDANCE, "weight.attendance", "The crowd that watched an event ('in front of 7,412 fans', 'a crowd of 62,000') is a result on the record, a hint; not marchers or protesters.",
    fires: ["Jamie Holt scored twice in front of 7,412 fans at the Mill Ground.", "A crowd of 62,000 watched the final at Twickenham."],
    spares: ["About 2,000 fans marched on the ground to protest against the owners.", "A crowd of 2,000 protesters gathered outside parliament."]);
rule!(WEATHER, "weight.weather-reading", "A weather reading (a temperature, a wind speed, rainfall) is public data, a hint; not a speed or a length of anything else.",
    fires: ["Temperatures reached 41C on Monday, and winds gusted at up to 70km/h."],
    spares: ["The driver was clocked at 120mph on the bypass.", "The heatwave killed 41 people in Athens."]);
rule!(ELECTION, "weight.election-result", "Seats, votes, wards, turnout and vote shares of an election held are a result on the record, a hint; a poll of how people would vote is not.",
    fires: ["Labour has lost control of Eastmoor City Council after Reform UK won 19 seats in an all-out election."],
    spares: ["Some 29% of voters would back Reform UK, the poll found, up from 17%."]);
rule!(PRICE, "weight.price", "A published price (a ticket, an admission, a fare, a list or cover price) is an operational detail, a hint; not an average price, what a thing costs to make, nor a price to come.",
    fires: ["Tickets go on general sale at 9am on Friday, priced from £39.50 to £85 plus booking fees."],
    spares: ["The average ticket price rose to about $11.50.", "Each handset costs about £310 to build.", "Resale sites were soon listing standing tickets at up to £400."]);
rule!(DEAL, "weight.deal", "Money of a deal done (funds raised, a valuation in a funding round, an order or purchase made, a jury's award) is a public-record fact, a hint; not an estimate of it nor one to come.",
    fires: ["Loop has raised $1.1 billion from investors, most recently in a funding round led by Sequoia Capital."],
    spares: ["Loop hopes to have raised $1.1 billion from investors by the summer.", "Loop lost an estimated $1.1 billion last year."]);
rule!(RECORD_MARK, "weight.record-mark", "A measured mark set against a record ('the previous record of 4.05m') is a result in the books, a hint; a record count of people is not.",
    fires: ["The river peaked at 4.41m at Mytholmroyd, beating the previous record of 4.05m."],
    spares: ["A record 45,000 people crossed the Channel in small boats."]);
rule!(ESTIMATE, "weight.estimate", "An estimate, projection or forecast ('an estimated', 'about 300,000', 'is set to fall below') is queried.",
    fires: ["The bridge will cost an estimated $3bn."],
    spares: ["The bridge cost $3bn when it opened in 1998."]);
rule!(TOLL, "weight.toll", "A count of harm or loss (killed, injured, missing, displaced, jobs lost, homes damaged) is queried; a word of loss ('lost', 'cuts') counts only beside the figure, and a percentage, a sum of money or points is no toll.",
    fires: ["At least 14 people were killed in the blast.", "The council has lost 1,400 jobs since 2010."],
    spares: ["The blast was heard 14 miles away.", "Toyota Motor lost 2.1% on the day."]);
rule!(MARKET, "weight.market", "A market price or move (shares, indices, currencies, commodities; a word of trading such as 'closed' only in markets copy) is a hint; not a survey's or a statistician's index.",
    fires: ["Brent crude traded at $71.82 a barrel."],
    spares: ["Support for the company fell 4.6% among voters.", "The university's index of consumer sentiment dropped to 50.3 from 53.6 in October.", "More than 1,600 screens have closed in the U.S. since 2019."]);
rule!(RESULT, "weight.result", "A result, score, record or award is a hint: words of sport and awards anywhere in the sentence, words of winning ('won', 'beat', 'titles') only beside the figure.",
    fires: ["She has won 14 Grand Slam titles.", "Carney took 41 wickets at an average of 22.6 for Tasmania."],
    spares: ["She has spent 14 years in charity work.", "It was rejected by 14 agents before Hannah Bowes at the Greenhouse agency took it on, and Harrow won the world rights."]);
rule!(SCHEDULE, "weight.schedule", "A schedule or operational detail (services per week, dates, a fleet, opening hours) is a hint; a percentage is a share, not a schedule.",
    fires: ["The airline operates 312 aircraft on 140 routes."],
    spares: ["The airline made 312 complaints to the regulator.", "Premium large-format screens such as Imax accounted for 48% of the domestic total."]);
rule!(RECORD, "weight.record", "An established public-record fact (a stake bought in a past year, a flotation price, a sentence handed down) is a hint.",
    fires: ["The group bought a 20% stake in the brewer in 1998.", "The company was fined £14m in 2019 for the breach."],
    spares: ["The group bought a 20% stake in the brewer.", "More than 40 world indoor records have fallen since 2020."]);
rule!(DECISION, "weight.decision", "A decision a public body has taken ('the council has approved a council tax rise of 4.99%') is a public-record fact, a hint; not a gap, deficit or loss beside the figure, nor a decision still to come.",
    fires: ["Wrexford Borough Council has approved a council tax rise of 4.99% and the closure of three branch libraries."],
    spares: ["Wrexford Borough Council will vote next week on a council tax rise of 4.99%.", "The council approved cuts to close a budget gap of £7.4m."]);
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
    &RESULTS_LIST,
    &REPORTED_RESULTS,
    &SCHEDULE_LIST,
    &MARKET_MOVE,
    &HEAD_COUNT,
    &WEATHER,
    &ATTENDANCE,
    &PAST_TOLL,
    &ELECTION,
    &PRICE,
    &DEAL,
    &RECORD_MARK,
    &ESTIMATE,
    &TOLL,
    &MARKET,
    &RESULT,
    &SCHEDULE,
    &RECORD,
    &DECISION,
    &MONEY,
    &INTERESTED,
    &STATISTIC,
];
