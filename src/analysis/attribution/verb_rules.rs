//! The named rules of the verb cue ([`super::verb_cue`]): the speaker found before or after
//! a verb of saying, the agents and hedges, and each reason a verb-like word is no cue.

use crate::analysis::rules::{Rule, rule};

rule!(SAID_BEFORE, "cue.said-before", "The subject before a verb of saying or showing is the source: 'the ministry said', 'ONS figures show'.",
    fires: ["The ministry said 300 people had been evacuated.", "ONS figures show prices rose 3.4% in May."],
    spares: ["More than 300 people were evacuated, said the ministry."]);
rule!(SAID_AFTER, "cue.said-after", "In inversion the source follows the verb: '..., said the ministry', '\"...,\" said Mr Smith'.",
    fires: ["More than 300 people were evacuated, said the ministry."],
    spares: ["The ministry said 300 people had been evacuated."]);
rule!(REDUCED_PASSIVE, "cue.reduced-passive", "A reduced passive names its agent: 'the 24 jets promised by the Netherlands'.",
    fires: ["Kyiv is waiting for the 24 jets promised by the Netherlands."],
    spares: ["Kyiv is waiting for the 24 jets the Netherlands promised."]);
rule!(DATA_AGENT, "cue.data-agent", "A data participle names its agent after 'by': 'the 3.5% forecast by economists', 'as estimated by the ONS'.",
    fires: ["Growth was 0.4%, below the 0.6% forecast by economists."],
    spares: ["Growth was 0.4%, below the 0.6% economists had hoped for last month."]);
rule!(PASSIVE_HEDGE, "cue.passive-hedge", "A passive verb of saying names nobody: 'is said to', 'were reported killed' (a vague source).",
    fires: ["At least 300 people were reported killed in the fighting."],
    spares: ["At least 300 people were killed in the fighting, the ministry reported."]);
rule!(PARTICIPLE_HEDGE, "cue.participle-hedge", "A participle after a noun hedges like 'reportedly': 'a fee reported to be about £30m' (a vague source).",
    fires: ["The club paid a fee reported to be about £30m."],
    spares: ["The club paid a fee of about £30m, it reported."]);
rule!(SHARED_SUBJECT, "cue.shared-subject", "A second verb shares the sentence's subject: 'Ray Dunne welcomed the signing but said 300 fans had complained'.",
    fires: ["Ray Dunne welcomed the signing but said 300 fans had complained."],
    spares: ["Prices climbed and rose 3% in May."]);
rule!(NOT_HYPHENATED, "cue.not-hyphenated", "A hyphenated participle is an adjective: 'self-reported', 'long-predicted'.",
    fires: ["The self-reported rate rose to 12%."],
    spares: ["The rate rose to 12%, it reported."]);
rule!(NOT_STATES, "cue.not-states", "'states' is the noun except before 'that', a colon or a quotation: 'across six states'.",
    fires: ["The storm cut power to 300,000 homes across six states."],
    spares: ["The report states that 300,000 homes lost power."]);
rule!(NOT_PARTICIPLE_ADJECTIVE, "cue.not-participle-adjective", "A participle between a determiner or preposition and its noun is an adjective: 'half of pledged equipment'.",
    fires: ["Only half of pledged equipment, worth $2bn, has arrived."],
    spares: ["Only $2bn has arrived, officials reported."]);
rule!(NOT_OBJECT_NOUN, "cue.not-object-noun", "After a relative pronoun and its verb, an '-s' word ends the object: 'which tracks aid pledges'.",
    fires: ["The institute, which tracks aid pledges, counts 300 tanks."],
    spares: ["The institute says 300 tanks were pledged."]);
rule!(NOT_CONCEDED_GOALS, "cue.not-conceded-goals", "A side concedes goals, not a point: 'had conceded 48 goals'.",
    fires: ["His side had conceded 48 goals by March."],
    spares: ["The minister conceded that 48 schools had closed."]);
rule!(NOT_POINT, "cue.not-point", "'point' reports only as 'point out'.",
    fires: ["The index gained 20 points to 7,400."],
    spares: ["Analysts point out that 7,400 is a record."]);
rule!(NOT_NOUN_AFTER_DETERMINER, "cue.not-noun-after-determiner", "After a determiner or a possessive the word is a noun or adjective: 'an estimated 300', 'the Bank's latest forecast'.",
    fires: ["An estimated 300 people attended."],
    spares: ["Police estimated 300 people attended."]);
rule!(NOT_TIME_AFTER_BY, "cue.not-time-after-by", "A time after a data participle's 'by' is no agent: 'recorded by mid-afternoon', 'counted by Friday'.",
    fires: ["More than 180 aftershocks had been recorded by mid-afternoon, the strongest of magnitude 5.8."],
    spares: ["More than 180 aftershocks had been recorded by the Central Weather Administration."]);
rule!(NOT_COUNTED_EXPECTED_TO, "cue.not-counted-expected-to", "What a figure counts 'expected to' do names nobody expecting it: '650 athletes from 140 countries expected to compete'.",
    fires: ["The championships take place in March, with about 650 athletes from 140 countries expected to compete."],
    spares: ["Analysts expected 300 job cuts at the bank."]);
rule!(NOT_AFTER_TO, "cue.not-after-to", "'declined to say', 'refused to comment': no source given.",
    fires: ["The club declined to say whether it paid £30m."],
    spares: ["The club said it paid £30m."]);
rule!(NOT_PARTICIPLE_AT, "cue.not-participle-at", "A participle giving the figure names nobody: 'damage estimated at £20m'.",
    fires: ["The storm caused damage estimated at £20m."],
    spares: ["Insurers estimated the damage at £20m."]);
rule!(NOT_PASSIVE, "cue.not-passive", "Other verbs after 'is' or 'were' are passives, not reports: 'were shown 300 slides'.",
    fires: ["Students were shown 300 slides."],
    spares: ["The survey showed 300 students had left."]);
rule!(NOT_CONDITION, "cue.not-condition", "A verb inside an 'if' or 'unless' clause states a condition: 'If current trends continue'.",
    fires: ["Unless the figures show a fall, 300 jobs will go."],
    spares: ["The figures show 300 jobs will go."]);
rule!(NOT_WITHOUT_CLAUSE, "cue.not-without-clause", "'continue', 'believe', 'list', 'post' and the like report only before a clause or quotation: 'continued to fight'.",
    fires: ["The firm posted a profit of £30m.", "The closures put about 1,400 jobs at risk."],
    spares: ["The firm believes that profit will reach £30m.", "The ministry put the death toll at 300."]);
rule!(NOT_CLAUSE_ONLY, "cue.not-clause-only", "'add', 'recall', 'release' report only before a clause or quotation: 'employers added 275,000 jobs'.",
    fires: ["Employers added 275,000 jobs in February."],
    spares: ["Employment rose by 275,000, the department added."]);
rule!(NO_SPEAKER, "cue.no-speaker", "A verb of saying with no phrase before or after it that could be its source, or only a relative pronoun ('which found').",
    fires: ["Said to be worth £30m, the house was sold."],
    spares: ["The agent said the house was worth £30m."]);
rule!(NOT_NOUN_PHRASE, "cue.not-noun-phrase", "A base form after 'a' closes a noun phrase: '..., a club record'.",
    fires: ["He scored 36 goals, a club record."],
    spares: ["He scored 36 goals, the club said."]);
rule!(NOT_VERB_FORM, "cue.not-verb-form", "A present form that could be a noun is a verb only before a clause: 'Insurance claims rose to 300'.",
    fires: ["Insurance claims rose to 300 last year."],
    spares: ["The insurer claims 300 homes were damaged.", "Rail Partners estimates each strike day costs the economy £55m."]);
rule!(NOT_SHOWN, "cue.not-shown", "'show' reports only with a document or a 'that' clause: 'The museum shows 300 paintings'.",
    fires: ["The museum shows 300 paintings."],
    spares: ["The report shows 300 paintings were lost."]);

rule!(PUT_ON_SHARE, "cue.put-on-share", "A poll or pollster 'puts' a party on a share: 'The poll put Reform on 27%'.",
    fires: ["The poll put Reform on 27%, Labour on 17% and the Conservatives on 17%."],
    spares: ["The council put 300 homes on the market last year."]);
rule!(NOT_NOUN_AFTER_PREPOSITION, "cue.not-noun-after-preposition", "A bare verb form after a preposition is a noun: 'the third-highest October figure on record', '$2.7 billion above forecast'.",
    fires: ["Borrowing reached £17.4bn, the third-highest October figure on record, official figures showed."],
    spares: ["Borrowing reached £17.4bn, official figures record."]);

/// Every rule of this file, for the catalogue.
pub static RULES: &[&Rule] = &[
    &SAID_BEFORE,
    &SAID_AFTER,
    &REDUCED_PASSIVE,
    &DATA_AGENT,
    &PASSIVE_HEDGE,
    &PARTICIPLE_HEDGE,
    &SHARED_SUBJECT,
    &NOT_HYPHENATED,
    &NOT_STATES,
    &NOT_PARTICIPLE_ADJECTIVE,
    &NOT_OBJECT_NOUN,
    &NOT_CONCEDED_GOALS,
    &NOT_POINT,
    &NOT_NOUN_AFTER_DETERMINER,
    &NOT_TIME_AFTER_BY,
    &NOT_COUNTED_EXPECTED_TO,
    &NOT_AFTER_TO,
    &NOT_PARTICIPLE_AT,
    &NOT_PASSIVE,
    &NOT_CONDITION,
    &NOT_WITHOUT_CLAUSE,
    &NOT_CLAUSE_ONLY,
    &NO_SPEAKER,
    &NOT_NOUN_PHRASE,
    &NOT_VERB_FORM,
    &NOT_SHOWN,
    &PUT_ON_SHARE,
    &NOT_NOUN_AFTER_PREPOSITION,
];
