//! The named rules of attribution: each pattern that finds a cue in a sentence
//! ([`super::sentence::cues_in_sentence`]) and each way a cue reaches a figure outside its
//! own sentence (carry-over), with the sentences they must and must not fire on.

use crate::analysis::rules::{Rule, rule};

rule!(ACCORDING_TO, "cue.according-to", "'according to X' names X as the source, before or after the figure.",
    fires: ["More than 3,200 homes were flooded, according to the Environment Agency."],
    spares: ["More than 3,200 homes were flooded according to plan."]);
rule!(DESK_PHRASE, "cue.desk-phrase", "A cue phrase from the desk's own configuration ('the court heard', 'the jury was told').",
    fires: [],
    spares: ["The court has 12 judges, it said."]);
rule!(VERB, "cue.verb", "A verb of saying, estimating or showing with its subject or object as the source: 'the ministry said', 'said the ministry', 'figures show'.",
    fires: ["The ministry said 300 people had been evacuated.", "ONS figures show prices rose 3.4%."],
    spares: ["Insurance claims rose to 300 last year."]);
rule!(REVISION, "cue.revision", "Whoever revises a count is its source: 'It later raised the number of survivors to 41'.",
    fires: ["The coastguard later raised the number of survivors to 41."],
    spares: ["Heavy rain raised the number of flooded homes to 41."]);
rule!(PREPOSITIONAL, "cue.prepositional", "A prepositional cue names the source: 'Per X', 'Citing X', 'in a YouGov poll'.",
    fires: ["In a YouGov poll, 45% of voters backed the plan.", "About 54 percent said the state was on the wrong track, the highest share in a Marquette poll since 2022."],
    spares: ["The ministry evacuated 300 people per day."]);
rule!(POSSESSIVE, "cue.possessive", "A possessive count names its keeper: 'the UN's latest tally of 1,200 deaths'.",
    fires: ["The UN's latest tally of 1,200 deaths was published on Monday."],
    spares: ["The UN's building has 1,200 windows."]);
rule!(HEDGE, "cue.hedge", "A hedge with no source: 'reportedly', 'is understood to', 'sources say'.",
    fires: ["The club reportedly paid £45m for the striker."],
    spares: ["The club paid £45m for the striker, it said."]);
rule!(HEADLINE_COLON, "cue.headline-colon", "A headline's speaker before a colon: 'Putin: 300 tanks destroyed'.",
    fires: ["Putin: 300 Ukrainian tanks destroyed\n\nThe Russian leader spoke on Monday."],
    spares: ["Storm Claudia: 300 homes flooded\n\nThe storm hit on Monday."]);
rule!(HEADLINE_DASH, "cue.headline-dash", "A headline's speaker after a dash: '300 homes flooded - Environment Agency'.",
    fires: ["300 homes flooded - Environment Agency\n\nThe storm hit on Monday."],
    spares: ["300 homes flooded\n\nThe storm hit on Monday."]);
rule!(CARRY_QUOTATION, "carry.quotation", "A quotation running over several sentences carries the cue of any of them.",
    fires: ["\"More than 300 homes are gone. We lost everything,\" she said."],
    spares: ["She said the town had suffered. More than 300 homes are gone."]);
rule!(CARRY_REOPENED, "carry.reopened-quote", "A quotation reopened after its speaker keeps the speaker: '\"...,\" she said. \"... 300 tanks.\"'",
    fires: ["\"It was terrible,\" said Jenny Marsh, 52. \"We saw 300 people leave.\""],
    spares: ["\"It was terrible,\" said Jenny Marsh. The council later counted 300 people."]);
rule!(CARRY_GOVERNING, "carry.governing", "'According to X,' or a cue that opens a paragraph governs its following cue-less sentences.",
    fires: ["According to the ONS, prices rose 3.4% in May. Food prices rose 5.1%."],
    spares: ["Prices rose 3.4% in May.\n\nFood prices rose 5.1%."]);
rule!(CARRY_OPEN_QUOTE, "carry.open-quote", "A quotation left open at the end of a paragraph continues its speaker into the next.",
    fires: ["\"We have lost everything,\" the mayor said. \"The water came fast.\n\n\"More than 300 homes are gone.\""],
    spares: ["\"We have lost everything,\" the mayor said.\n\nMore than 300 homes are gone."]);
rule!(CARRY_SAID_COLON, "carry.said-colon", "A paragraph ending 'said:' gives its speaker to the next block or list.",
    fires: ["The company said:\n\n> Revenue rose to £2.1bn."],
    spares: ["The company reported results.\n\n> Revenue rose to £2.1bn."]);
rule!(CARRY_PRONOUN, "carry.pronoun", "A pronoun source ('It said', 'She added') stands for the nearest earlier source that fits.",
    fires: ["The ministry published its figures on Monday. It said 300 people had died."],
    spares: ["It said 300 people had died."]);

rule!(POLLSTER_SAMPLE, "cue.pollster-sample", "The pollster that interviewed or surveyed people is the source of the sample's size: 'YouGov interviewed 2,227 adults'.",
    fires: ["YouGov interviewed 2,227 adults online on 9 and 10 November."],
    spares: ["Officials interviewed 300 residents after the fire."]);

/// Every rule of this file, for the catalogue.
pub static RULES: &[&Rule] = &[
    &ACCORDING_TO,
    &DESK_PHRASE,
    &VERB,
    &REVISION,
    &PREPOSITIONAL,
    &POSSESSIVE,
    &HEDGE,
    &HEADLINE_COLON,
    &HEADLINE_DASH,
    &CARRY_QUOTATION,
    &CARRY_REOPENED,
    &CARRY_GOVERNING,
    &CARRY_OPEN_QUOTE,
    &CARRY_SAID_COLON,
    &CARRY_PRONOUN,
    &POLLSTER_SAMPLE,
];
