//! The named rules that decide what a number is ([`crate::analysis::figures::kinds::classify`]), each with the
//! sentences it must and must not fire on. The order of the cascade is in `kinds.rs`; what
//! each step means is here.

use crate::analysis::rules::{Rule, rule};

rule!(VAGUE, "kind.vague-amount", "A vague amount in words is no exact figure: 'thousands', 'dozens of', 'a handful'.",
    fires: ["Thousands of people marched, the police said."],
    spares: ["Some 3,000 people marched, the police said."]);
rule!(ORDINAL_WORD, "kind.ordinal-word", "An ordinal in words ranks, it does not count: 'the third quarter'.",
    fires: ["Sales rose for the third quarter running, the company said."],
    spares: ["Sales rose by a third, the company said."]);
rule!(ORDINAL_SUFFIX, "kind.ordinal-suffix", "Digits with an ordinal suffix rank: '3rd', '21st', '123rd'.",
    fires: ["She is ranked 123rd in the world."],
    spares: ["She has won 123 matches, the tour said."]);
rule!(MERIDIEM, "kind.time-meridiem", "A number with am or pm is a clock time: '10am', '7.30pm'.",
    fires: ["The polls close at 10pm."],
    spares: ["The company said 10 people were hurt."]);
rule!(AGE_DECADE, "kind.age-decade", "A decade of life is an age: 'in their 40s'.",
    fires: ["Most of the patients were in their 40s."],
    spares: ["Prices rose sharply in the 1970s."]);
rule!(DECADE, "kind.decade", "A decade written with an s is a period of years: 'the 1970s'.",
    fires: ["Prices rose sharply in the 1970s."],
    spares: ["Most of the patients were in their 40s."]);
rule!(AGE_GROUP, "kind.age-group", "An age band glued to its sign is an age: 'over-65s', 'under-18s'.",
    fires: ["Free flu jabs are offered to over-65s."],
    spares: ["Boeing delivered 40 737 jets, it said."]);
rule!(CODE_SUFFIX, "kind.code-suffix", "Digits glued to letters make a code or a name: 'Covid-19', 'A380'.",
    fires: ["The firm sells 5G phones."],
    spares: ["Free flu jabs are offered to over-65s."]);
rule!(RATIO_HEAD, "kind.ratio-head", "The first number of a ratio ('1 in 10', 'One in five') is carried by its second.",
    fires: ["1 in 10 patients waited, the NHS said."],
    spares: ["Five children were hurt, the police said."]);
rule!(DESCRIPTIVE_COMPOUND, "kind.descriptive-compound", "A number inside a compound modifier describes, it does not count: 'the 435-member House', 'a 300-page report'.",
    fires: ["The 435-member House will vote on Friday."],
    spares: ["The House has 435 members, the clerk said."]);
rule!(MULTIPLIER, "kind.multiplier-name", "A multiplier glued to the next number names an event or a vehicle: '4x100m', 'a 4x4'.",
    fires: ["Britain won the 4x100m relay."],
    spares: ["Britain won 4 medals, the team said."]);
rule!(NAMED_TARGET, "kind.named-target", "A policy target named by its level is a name: 'the 1.5C target', 'the Fed's 2% target'.",
    fires: ["The bank kept its eye on the 2% target."],
    spares: ["Inflation rose to 2% last month."]);
rule!(TO_SPLIT, "kind.to-split", "Numbers joined by '-to-' are a score in a match or vote, else a split that counts nothing: 'a 60-to-40 vote'.",
    fires: ["The bill passed on a 60-to-40 vote."],
    spares: ["The bill passed with 60 votes, the clerk said."]);
rule!(STREET_NUMBER, "kind.street-number", "A house number before a street name is an address: '10 Downing Street'.",
    fires: ["The meeting was held at 10 Downing Street."],
    spares: ["Police said 10 people were arrested in Downing Street."]);
rule!(DENOMINATION, "kind.denomination", "A coin or banknote named by its value: 'the 50p coin', 'a £5 note'.",
    fires: ["The new £5 note enters circulation today."],
    spares: ["The energy bill rose by £5, the regulator said."]);
rule!(CALIBRE, "kind.calibre", "A gun's calibre names the weapon: '155mm artillery shells', 'a 9mm pistol'.",
    fires: ["The army fired 155mm artillery shells at the bridge."],
    spares: ["Rainfall reached 155mm overnight, the Met Office said."]);
rule!(IDIOM, "kind.idiom", "A set phrase where a number counts nothing: 'in two minds', 'a million miles from', 'one or two'.",
    fires: ["Voters are in two minds about the plan."],
    spares: ["Two voters were questioned, the police said."]);
rule!(NAME_WORD, "kind.name-word", "A capitalised number word inside a name: 'the Big Four', 'Channel Four'.",
    fires: ["The Big Four accountancy firms were criticised."],
    spares: ["Four accountancy firms were fined, the regulator said."]);
rule!(TIME_PHRASE, "kind.time-phrase", "A number of time units is a duration ('for six months', 'a 10-year plan') or a time reference ('three weeks ago').",
    fires: ["The strike lasted for six months.", "The bridge collapsed three weeks ago."],
    spares: ["Six people were hurt, the police said."]);
rule!(FRACTION_OF_TIME, "kind.fraction-of-time", "A fraction of a stretch of time is a duration: 'for a quarter of a century'.",
    fires: ["She ran the company for a quarter of a century."],
    spares: ["A quarter of voters backed the plan, the poll found."]);
rule!(AGE, "kind.age", "An age: '45-year-old', 'aged 45', 'Smith, 45, said', 'left school at 15', 'died at the age of 81'.",
    fires: ["The victim, a 45-year-old man, was taken to hospital.", "John Smith, 45, said he was shocked.", "He left school at 15."],
    spares: ["The company employs 45 people, it said."]);
rule!(TOURNAMENT_STAGE, "kind.tournament-stage", "A round of a knockout competition named by the players left: 'in the last 16'.",
    fires: ["Arsenal reached the last 16 after they won 2-1 on Tuesday."],
    spares: ["The last 16 years have been hard, the minister said."]);
rule!(ABSTENTIONS, "kind.abstentions", "The abstentions of a vote whose tally the sentence gives are part of the result.",
    fires: ["The motion passed by 41 votes to 29, with three abstentions."],
    spares: ["Three councillors resigned, the council said."]);
rule!(SMALL_WORD, "kind.small-word", "A small number in words that counts nothing named after it refers to known things: 'the two countries'.",
    fires: ["The two countries signed the treaty."],
    spares: ["Two people were hurt, the police said."]);
rule!(TIME_OF_DAY, "kind.time-of-day", "A clock time: '14:30', '1130 GMT', 'at 7.15'.",
    fires: ["The quake struck at 14:30 local time."],
    spares: ["The quake killed 1,430 people, officials said."]);
rule!(NUMERIC_DATE, "kind.numeric-date", "A date in digits: '19/03/2022', '2024-03-19'.",
    fires: ["The contract was signed on 19/03/2022."],
    spares: ["The contract is worth 19 million euros, the club said."]);
rule!(MONTH_DAY, "kind.month-day", "A day of a month: '24 February', 'March 19', 'Feb 6'.",
    fires: ["The invasion began on 24 February."],
    spares: ["The army lost 24 tanks in February, Ukraine said."]);
rule!(ROAD_OR_CODE, "kind.road-or-code", "Letters glued before the digits make a road or a code: 'the M25', 'B1050', 'FY2023'.",
    fires: ["Traffic was stopped on the M25 near Heathrow."],
    spares: ["Traffic fell by 25 per cent, the agency said."]);
rule!(LABEL_WORD, "kind.label-word", "A label word before the number makes it a name: 'Section 230', 'flight 1282', 'Radio 4'.",
    fires: ["The law rests on Section 230 of the act."],
    spares: ["The law covers 230 companies, the regulator said."]);
rule!(YEAR, "kind.year", "A four-digit number read as a year: 'in 2022', 'since 1998'.",
    fires: ["The company was founded in 1998."],
    spares: ["The company employs 1,998 people, it said."]);
rule!(SCORE, "kind.score", "A sports or vote score: 'won 3-1', 'a 2-0 lead', 'by 38 votes to 21'.",
    fires: ["Chelsea won 3-1 at Anfield."],
    spares: ["Prices rose 3.1 per cent, the ONS said."]);
rule!(NAME, "kind.name", "A number that is part of a name, model or code: 'Boeing 737', 'G7', 'iPhone 15', phone numbers.",
    fires: ["Call 0161 496 0000 for details."],
    spares: ["Boeing delivered 737 jets last year, it said."]);
rule!(CLAIM, "kind.claim", "Any other number is a claim that someone asserts: '14,400 soldiers', '$1.2bn', '3.5 per cent'.",
    fires: ["Russia has lost more than 14,400 soldiers, Ukraine said."],
    spares: ["The invasion began on 24 February."]);
rule!(TABLE_CELL_SCORE, "kind.table-cell-score", "A table cell holding only a small hyphenated pair ('0-6') is a score.",
    fires: [],
    spares: ["The meeting lasted 10-12 minutes."]);

/// Every rule of this file, for the catalogue.
pub static RULES: &[&Rule] = &[
    &VAGUE,
    &ORDINAL_WORD,
    &ORDINAL_SUFFIX,
    &MERIDIEM,
    &AGE_DECADE,
    &DECADE,
    &AGE_GROUP,
    &CODE_SUFFIX,
    &RATIO_HEAD,
    &DESCRIPTIVE_COMPOUND,
    &MULTIPLIER,
    &NAMED_TARGET,
    &TO_SPLIT,
    &STREET_NUMBER,
    &DENOMINATION,
    &CALIBRE,
    &IDIOM,
    &NAME_WORD,
    &TIME_PHRASE,
    &FRACTION_OF_TIME,
    &AGE,
    &TOURNAMENT_STAGE,
    &ABSTENTIONS,
    &SMALL_WORD,
    &TIME_OF_DAY,
    &NUMERIC_DATE,
    &MONTH_DAY,
    &ROAD_OR_CODE,
    &LABEL_WORD,
    &YEAR,
    &SCORE,
    &NAME,
    &CLAIM,
    &TABLE_CELL_SCORE,
];
