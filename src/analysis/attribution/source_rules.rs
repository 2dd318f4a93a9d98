//! The named rules of a source as a speaker ([`super::speaker`]): an attribution's source is
//! a noun phrase that can say, publish or count (a person, an organisation, a body, a
//! document, a poll, a data set), never a unit, a number phrase, a verb phrase or a bare
//! noun for data; and its name is kept whole.

use crate::analysis::rules::{Rule, rule};

rule!(NOT_A_UNIT, "source.not-a-unit", "A unit is no source: 'About 45 percent said they would vote' is the voters' answer, not the percent's.",
    fires: ["About 45 percent said they would vote in the election."],
    spares: ["The ministry said 45 percent would vote in the election."]);
rule!(NOT_A_NUMBER_PHRASE, "source.not-a-number-phrase", "A number phrase is the figure, not its source: 'Nearly eight of 10 voters said'.",
    fires: ["Nearly eight of 10 voters said prices were rising too fast.", "Half of retailers expect sales volumes to fall next month, the CBI said.", "The survey found 42% of firms expect to raise prices."],
    spares: ["The G7 said prices were rising 10% too fast."]);
rule!(NOT_A_VERB_PHRASE, "source.not-a-verb-phrase", "A verb phrase names nobody: 'More than 300 deaths have been reported'.",
    fires: ["More than 300 deaths have been reported in the region since June."],
    spares: ["More than 300 deaths have been reported by the health ministry since June."]);
rule!(NOT_DATA_ALONE, "source.not-data-alone", "A bare noun for data with nobody behind it is no source: 'New numbers show 4.2 million ...'.",
    fires: ["New numbers show 4.2 million people are on the waiting list."],
    spares: ["New NHS numbers show 4.2 million people are on the waiting list."]);
rule!(DATA_AGENT_LATER, "source.data-agent-later", "Data published by someone credits the publisher even with a time between: 'figures published on Thursday by the JCQ'.",
    fires: ["The share of top grades rose to 27.8%, according to figures published on Thursday by the JCQ."],
    spares: ["The share of top grades rose to 27.8%, according to figures from the JCQ."]);
rule!(WHOLE_NAME, "source.whole-name", "A joint name stays whole: 'a New York Times/Siena College poll', not 'a New York Times'.",
    fires: ["Support for the mayor stands at 41%, according to a New York Times/Siena College poll.", "Reuters/Ipsos surveyed 4,385 adults nationwide."],
    spares: ["Support for the mayor stands at 41%, according to The New York Times."]);
rule!(POLL_NOT_PLACE, "source.poll-not-place", "The people or place a poll asked are not its source: 'a separate poll of Michigan voters' credits the poll.",
    fires: ["The governor trails by 6 points in a separate poll of Michigan voters released on Tuesday.", "The RICS's monthly survey of its members found prices fell for a fourth month. Its net balance stood at -19."],
    spares: ["The governor trails by 6 points in a poll by Marist College released on Tuesday."]);
rule!(RELATIVE_NOT_SPEAKER, "source.relative-not-speaker", "A relative clause's 'which found' speaks for its antecedent only when it can count: not 'The boats, which found 300 migrants'.",
    fires: ["The boats, which found 300 migrants off Lampedusa, returned to port."],
    spares: ["The survey, which found 300 migrants had left, was published on Monday."]);
rule!(NOT_PLEDGED_AMOUNT, "source.not-pledged-amount", "A promise of money is an act, not a report: 'Billionaire alumnus pledges £150m'.",
    fires: ["Billionaire alumnus pledges £150m to Oxford college."],
    spares: ["The college said the alumnus had given £150m."]);
rule!(PRONOUN_CUE_LESS, "pronoun.cue-less-subject", "A pronoun opening the sentence after one with no cue stands for that sentence's subject when it can speak, not for an older source: 'Pearson closed both runways. It said ...'.",
    fires: ["The ministry said snow was coming. Pearson closed both runways on Sunday. It said 120 flights were cancelled."],
    spares: ["The ministry said snow was coming. Pearson said it closed both runways. It said 120 flights were cancelled."]);

rule!(NAME_JOINERS, "source.name-joiners", "An organisation's name keeps the lower-case words joining its capitalised ones: 'More in Common's latest survey', not 'Common'.",
    fires: ["Labour is two points ahead in More in Common's latest survey."],
    spares: ["Labour is two points ahead in YouGov's latest survey."]);
rule!(CLAUSE_NOT_SPEAKER, "source.clause-not-speaker", "After 'X, a title, said', the words after 'said' open the reported clause ('said affordability remained stretched'), so the speaker is X before the apposition.",
    fires: ["Robert Gardner, Nationwide's chief economist, said affordability remained stretched, with mortgage rates of around 4.5%."],
    spares: ["Mortgage rates were around 4.5%, said Robert Gardner, Nationwide's chief economist."]);
rule!(NOUN_AFTER_DETERMINER, "source.noun-after-determiner", "A verb-like word after 'the' inside a source is a noun: 'the state Department of Finance', not a source cut at 'state'.",
    fires: ["Income tax collections were $2.7 billion above forecast, according to the state Department of Finance."],
    spares: ["Income tax collections were $2.7 billion above forecast, according to the Department of Finance."]);
rule!(PRONOUN_OF_FIGURE, "source.pronoun-of-figure", "'About 61 percent said they expected ...': the pronoun stands for the figure's own people, so it is no source.",
    fires: ["About 61 percent said they expected unemployment to rise over the next year."],
    spares: ["The pollsters said they expected 61 percent to vote."]);

rule!(POSSESSIVE_POLLING, "source.own-polling", "A pollster's or campaign's own polling names its keeper: 'Best for Britain's latest polling has Labour three points ahead'.",
    fires: ["Best for Britain's latest polling has Labour three points ahead in 150 battleground seats."],
    spares: ["Best for Britain's latest campaign has 150 volunteers."]);

/// Every rule of this file, for the catalogue.
pub static RULES: &[&Rule] = &[
    &NOT_A_UNIT,
    &NOT_A_NUMBER_PHRASE,
    &NOT_A_VERB_PHRASE,
    &NOT_DATA_ALONE,
    &DATA_AGENT_LATER,
    &WHOLE_NAME,
    &POLL_NOT_PLACE,
    &RELATIVE_NOT_SPEAKER,
    &NOT_PLEDGED_AMOUNT,
    &PRONOUN_CUE_LESS,
    &NAME_JOINERS,
    &CLAUSE_NOT_SPEAKER,
    &NOUN_AFTER_DETERMINER,
    &PRONOUN_OF_FIGURE,
    &POSSESSIVE_POLLING,
];
