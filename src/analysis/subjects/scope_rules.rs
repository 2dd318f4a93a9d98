//! The named rules of subjects and scopes: what a figure's subject key is made of and every
//! decision that keeps two figures apart or makes a figure non-comparable. The code that
//! applies them is in `keys.rs` and the scope files beside it; each records its rule in the
//! figure's trail where it decides.

use crate::analysis::rules::{Rule, rule};

rule!(EVENT, "subject.event", "A count is keyed by what happened to it as well as by its noun: 'died' = 'killed' = 'deaths', so killed soldiers are not wounded ones.",
    fires: ["At least 300 soldiers were killed, the ministry said."],
    spares: ["The council owns 300 homes, the report said."]);
rule!(SOLDIERS_LOST, "subject.soldiers-lost", "Soldiers an army has lost, and the people in its 'combat losses', are soldiers killed.",
    fires: ["Russia has lost 14,400 soldiers, Ukraine said."],
    spares: ["Russia has lost 450 tanks, Ukraine said."]);
rule!(WHOLE_OF_PART, "subject.whole-of-part", "The whole a part is taken from ('21 of the 80 people') is not a count of what happened to the part.",
    fires: ["The crash injured 21 of the 80 people on board, police said."],
    spares: ["The crash injured 21 people, police said."]);
rule!(MONEY_FOR, "subject.money-for", "An amount of money is keyed by the thing it pays for or measures: '$40m in aid', '£3bn contract'.",
    fires: ["The US pledged $40m in aid, the State Department said."],
    spares: ["The deal was worth $40m, the company said."]);
rule!(SHARE_OF, "subject.share-of", "A percentage is keyed by what it is a share of ('52% of voters') or the share it names ('a stake of 20%').",
    fires: ["About 52% of voters backed the plan, the poll found."],
    spares: ["Prices rose by 5%, the ONS said."]);

rule!(DIFFERENT_YEAR, "scope.different-year", "A year in the sentence places the figure in that year: counts for 2021 and 2023 are two quantities.",
    fires: ["In 2021 the charity helped 4,000 families, it said."],
    spares: ["The charity helped 4,000 families, it said."]);
rule!(DATE, "scope.date", "A date or time reference in the sentence places the figure on that day, unless it only says when a thing was said.",
    fires: ["On 12 March 400 tanks were destroyed, the ministry said."],
    spares: ["The ministry said on 12 March that 400 tanks were destroyed."]);
rule!(LABEL, "scope.label", "A category label in the sentence ('grade 7', 'tier 2') scopes its counts.",
    fires: ["About 3,000 pupils got grade 7, the board said."],
    spares: ["About 3,000 pupils passed, the board said."]);
rule!(GROUP, "scope.group", "A capitalised modifier of the counted noun names a group: '300 Russian soldiers' are not '300 Ukrainian soldiers'.",
    fires: ["At least 300 Russian soldiers were killed, Kyiv said."],
    spares: ["At least 300 soldiers were killed, Kyiv said."]);
rule!(PLACE, "scope.place", "A named place just after the counted noun scopes it: '40 homes in Leeds'.",
    fires: ["About 40 homes in Leeds were flooded, the council said."],
    spares: ["About 40 homes were flooded, the council said."]);
rule!(PLACE_WORD, "scope.place-word", "A place named by a common noun ('across the county', 'in the town') scopes the sentence's counts.",
    fires: ["Across the county, 1,400 homes flooded, officials said."],
    spares: ["Overnight, 1,400 homes flooded, officials said."]);
rule!(COMPETITOR, "scope.competitor", "Votes, seats, goals, points and medals belong to a competitor named before them: two candidates' votes are never one count.",
    fires: ["Green candidate Fiona Carver received 1,842 votes, the council said."],
    spares: ["In all, 4,357 votes were cast, the council said."]);
rule!(BY_MEANS, "scope.by-means", "The means of a rescue or an evacuation ('by boat', 'by helicopter') keeps its count apart.",
    fires: ["Firefighters rescued 40 people by boat, the service said."],
    spares: ["Firefighters rescued 40 people overnight, the service said."]);
rule!(RANKED_PERIOD, "scope.ranked-period", "A period named by its rank ('his first season', 'the second quarter', 'its first three months') scopes the count.",
    fires: ["Haaland scored 36 goals in his first season, the club said.", "The game sold 900,000 copies in its first three months, the studio said."],
    spares: ["Haaland scored 36 goals for the first time, the club said."]);
rule!(PAST_PERIOD, "scope.past-period", "A past period named with 'last' ('last year', 'last March') scopes the count; not 'last week' or the day a thing was said.",
    fires: ["The firm sold 2.1m cars last year, it said."],
    spares: ["The firm sold 2.1m cars last week, it said."]);
rule!(ACT, "scope.unclassed-verb", "A verb or state of the counted noun that no event class covers ('homes flooded', 'homes left without power') keeps counts apart.",
    fires: ["About 300 homes were flooded, the council said."],
    spares: ["The council owns 300 homes, it said."]);
rule!(DAY_OR_MONTH, "scope.day-or-month", "A day or month named in words ('on Monday', 'by Wednesday') places the count in time; figures of different days are not compared.",
    fires: ["By Wednesday, 350 homes had been damaged, the council said."],
    spares: ["About 350 homes had been damaged, the council said on Thursday."]);

rule!(CHANGE, "scope.change", "A figure beside a verb or word of change ('rose', 'up', 'from') is a change, not a level: never compared.",
    fires: ["Sales rose 300 units, the firm said."],
    spares: ["The firm sold 300 units, it said."]);
rule!(COMPARED_WITH, "scope.compared-with", "A figure in a comparison ('compared with', 'more than last year than') is not the current level.",
    fires: ["The firm made 300 sales, compared with 250 a year ago, it said."],
    spares: ["The firm made 300 sales, it said."]);
rule!(EARLIER_VALUE, "scope.earlier-value", "A previous, initial, revised or record figure is another value of the quantity, not the current one.",
    fires: ["The previous estimate was 300 deaths, officials said."],
    spares: ["The estimate was 300 deaths, officials said."]);
rule!(FORECAST, "scope.forecast", "A forecast, target, plan or pledge ('expected to', 'aims to', 'could') is not what is.",
    fires: ["The firm is expected to hire 300 staff, it said."],
    spares: ["The firm hired 300 staff, it said."]);
rule!(RATE, "scope.rate", "A rate or average ('300 a day', 'per head', 'each', 'on average') is not a total.",
    fires: ["The clinic sees 300 patients a day, it said."],
    spares: ["The clinic saw 300 patients, it said."]);
rule!(INCREMENT, "scope.increment", "An increment ('seven more systems', '25 additional tanks') is never the total.",
    fires: ["Germany will send 25 additional tanks, Berlin said."],
    spares: ["Germany has sent 18 tanks, Berlin said."]);
rule!(CHANGE_BY, "scope.change-by", "A figure after 'by' ('cut by 3,000', 'revised down by a combined 167,000') is an amount of change.",
    fires: ["The firm cut its staff by 3,000 people, it said."],
    spares: ["The firm employs 3,000 people, it said."]);
rule!(SAME_FORECAST, "scope.same-forecast", "A forecast made with one modal and verb ('the group would employ') is compared only with the same forecast.",
    fires: ["The combined group would employ 12,000 people, the firms said."],
    spares: ["The combined group employs 12,000 people, the firms said."]);
rule!(GLOSS, "scope.gloss-in-brackets", "A bracketed figure right after another is a conversion or a gloss: '£100m ($130m)'.",
    fires: ["The deal is worth £100m ($130m) in aid, the firm said."],
    spares: ["The deal is worth £100m in aid, the firm said."]);
rule!(SAMPLE, "scope.sample", "A poll's sample ('surveyed 1,412 voters', 'among 705 voters' in a poll) is never compared.",
    fires: ["That poll surveyed 1,412 likely voters, the firm said."],
    spares: ["Turnout was 1,412 voters, the council said."]);
rule!(FROM_TO, "scope.change-from-to", "The ends of a change or range ('from 300 to 450') are not levels to compare.",
    fires: ["The toll went from 300 to 450 people, officials said."],
    spares: ["The toll was 450 people, officials said."]);
rule!(NEW_LEVEL, "scope.new-level", "A new level after a change ('rose to 450', 'reached 450') supersedes earlier figures and is what later ones must meet.",
    fires: ["The death toll rose to 450 people, officials said."],
    spares: ["The death toll rose by 450 people, officials said."]);

rule!(HOLDER_SUBJECT, "holder.clause-subject", "The subject of the clause that holds a count is its holder: 'Spain has pledged 20 howitzers'.",
    fires: ["Spain has pledged 20 howitzers, Madrid said."],
    spares: ["Madrid said 20 howitzers had been pledged."]);
rule!(HOLDER_SHARED_SUBJECT, "holder.shared-subject", "A verb joined by 'and' to the previous figure's clause shares that clause's subject as the holder: 'Corbel has 214 stores and employs 9,200 people'.",
    fires: ["Corbel has 214 stores and employs 9,200 people, the company said."],
    spares: ["Corbel has 214 stores and 9,200 staff, the company said."]);
rule!(HOLDER_POSSESSOR, "holder.possessor", "A possessor right before a count holds it: 'the GMB's 560,000 members'.",
    fires: ["The GMB's 560,000 members will vote, the union said."],
    spares: ["About 560,000 members will vote, the union said."]);
rule!(HOLDER_COMPLEMENT, "holder.complement", "A name after the counted noun and 'for', 'of' or 'at' holds it: 'nine nominations for Oppenheimer'.",
    fires: ["There were nine nominations for Oppenheimer, the academy said."],
    spares: ["There were nine nominations in all, the academy said."]);
rule!(HOLDER_HEADING, "holder.heading", "A place or group heading the sentence holds its counts: 'In Cumbria, 500 homes were flooded'.",
    fires: ["In Cumbria, 500 homes were flooded, officials said."],
    spares: ["In March, 500 homes were flooded, officials said."]);
rule!(HOLDER_PRONOUN, "holder.pronoun", "A pronoun or definite description ('it', 'the union') holds a count for the last holder named before it.",
    fires: ["The union has 560,000 members, its leader said."],
    spares: ["About 560,000 members voted, its leader said."]);
rule!(HOLDER_MERGED, "holder.merged-total", "A merged or combined total ('together the two firms employ 9,000') is no one member's figure.",
    fires: ["Together the two firms employ 9,000 people, they said."],
    spares: ["The firm employs 9,000 people, it said."]);
rule!(DIFFERENT_HOLDERS, "ledger.different-holders", "Where two holders have figures for one thing, figures of different holders are never compared.",
    fires: ["Spain has pledged 20 howitzers, Madrid said. Italy has pledged 12 howitzers, Rome said."],
    spares: ["Spain has pledged 20 howitzers, Madrid said. Spain has pledged 20 howitzers, officials said."]);
rule!(UNHELD_AMONG_RIVALS, "ledger.unheld-among-rivals", "A figure with no known holder is not compared with any holder's when two holders have figures for that thing.",
    fires: ["Spain has pledged 20 howitzers, Madrid said. Italy has pledged 12 howitzers, Rome said. In all, 32 howitzers were pledged, Nato said."],
    spares: ["Spain has pledged 20 howitzers, Madrid said. In all, 32 howitzers were pledged, Nato said."]);
rule!(RUNNING_COUNT, "time.running-count", "A count 'so far', 'to date', 'in total', 'since X began', 'as of' or 'by' a date is a running count: it may only grow.",
    fires: ["So far 1,200 people have crossed the border, the UN said."],
    spares: ["Last week 1,200 people crossed the border, the UN said."]);
rule!(RUNNING_UPDATE, "ledger.running-update", "A running count stated higher later in the draft is an update, not a contradiction; a lower one still conflicts.",
    fires: ["So far 1,200 people have crossed, the UN said. By Friday 1,500 people had crossed in total, the UN said."],
    spares: ["So far 1,200 people have crossed, the UN said. To date 900 people have crossed, the UN said."]);

rule!(MONEY_FOR_THING, "subject.money-for-thing", "Money stated after the thing it pays for is keyed by that thing: 'the stadium cost $1.1bn', 'the signing fee was £45m'.",
    fires: ["The stadium cost $1.1bn, the city said."],
    spares: ["The city raised $1.1bn, it said."]);
rule!(MEASURED_RATE, "subject.measured-rate", "A percentage stated after what it measures is keyed by that measure: 'the jobless rate was 4.1%', 'turnout was 62%'.",
    fires: ["The jobless rate was 4.1%, the ONS said."],
    spares: ["The rate was 4.1%, the ONS said."]);
rule!(SHARE_OF_GROUP, "subject.share-of-group", "A share of a narrower group ('47% of women over 65') is keyed apart from the share of the whole group.",
    fires: ["About 47% of women over 65 agreed, the poll found."],
    spares: ["About 52% of women agreed, the poll found."]);

rule!(CONVERTED_UNIT, "subject.converted-unit", "A length, weight, area, volume, speed or temperature is keyed by its dimension and the thing measured, and compared after conversion: '40 kilometres' = '25 miles'.",
    fires: ["The bypass is 40 kilometres long, the council said."],
    spares: ["She ran 40 kilometres on Sunday, her coach said."]);

rule!(MULTIPLIER, "subject.multiplier", "'Three times', '22 times' multiply or repeat: no count of a thing, never compared.",
    fires: ["The offer was three times oversubscribed, the bank said."],
    spares: ["The offer drew three bids, the bank said."]);
rule!(NARROWING_MODIFIER, "scope.narrowing-modifier", "A modifier that narrows the counted noun ('monthly users', 'paying subscribers', 'part-time staff') keeps its count apart from the bare noun's.",
    fires: ["The app has 200 million monthly users, it said."],
    spares: ["The app has 200 million users, it said."]);
rule!(CAPACITY, "subject.capacity", "People a thing is built, designed or has room for ('built for 20 people', 'seats for 500 people') are a capacity, not a count of people: never compared.",
    fires: ["These boats are built for 20 people at most, a rescuer said."],
    spares: ["About 20 people were rescued from the boat, a rescuer said."]);
rule!(HOLDER_SPEAKER, "holder.speaker", "A named source speaking of itself ('Loop says it has 200 million users') holds the count its pronoun states.",
    fires: ["Loop says it has 200 million users, a spokesman confirmed."],
    spares: ["The fire service said it had rescued 30 people, a spokesman confirmed."]);
rule!(UNHELD_NAMES_ANOTHER, "ledger.unheld-names-another", "A figure with no holder whose clause names someone else (not its source) is not compared with the one holder who has a figure for that thing.",
    fires: ["Norway's Sindre Aas cleared 6.29 metres, officials said. Kovacs broke the tape almost 40 metres clear of Kenya's Faith Wambui, officials said."],
    spares: ["Norway's Sindre Aas cleared 6.29 metres, officials said. Officials said 6.1 metres had been cleared."]);
rule!(SHARE_PLACE, "scope.share-place", "A share of a group in a named place ('61% of patients in England') is scoped by that place.",
    fires: ["About 61% of patients in England were seen within 62 days, the NHS said."],
    spares: ["About 61% of patients were seen within 62 days, the NHS said."]);
rule!(SHARE_VERB, "scope.share-verb", "What a share of a group does ('15% of customers hold crypto', '80% of customers are here', '38% of voters backed Labour': the verb and its named or definite object) keeps shares apart when both say it and differ.",
    fires: ["About 15% of customers already hold bitcoin, the firm said."],
    spares: ["About 15% of customers, the firm said, are new."]);
rule!(MONEY_KIND, "subject.money-kind", "Money for a named kind of thing is keyed by the money noun ('gap', 'fee', 'cost'), its modifier or thing ('budget gap', 'the stadium cost') a soft part: 'the £4.7m gap' meets 'a budget gap of £7.4m', 'the arena cost' is not 'the stadium cost'.",
    fires: ["The council faces a budget gap of £7.4m, officials said."],
    spares: ["The council raised £7.4m, officials said."]);
rule!(MONEY_HEADING, "subject.money-heading", "Money heading the sentence before a thing's cost ('At £16.8m, the centre cost ...') is that thing's cost.",
    fires: ["At £16.8m, the centre cost far more than planned, the council said."],
    spares: ["At 9am, the centre opened its doors to 300 swimmers, the council said."]);
rule!(OTHER_FIGURES_CHANGE, "scope.other-figures-change", "A change or comparison word after another figure ('£3.2m more than') belongs to that figure, not to one before it.",
    fires: ["The pool cost £16.8m, or £3.2m more than planned, the council said."],
    spares: ["The pool cost £16.8m more than planned, the council said."]);
rule!(SUPERLATIVE_SINCE, "time.superlative-since", "'Since 2010' after a superlative ('the largest since 2010') compares with the years since: no time of the figure and no running count.",
    fires: ["The £4.7m gap is the largest the council has faced since 2010, it said."],
    spares: ["Since 2010 the council has sold 300 homes, it said."]);
rule!(RUNNING_LATER_TIME, "ledger.running-later-time", "A running count stated for a later day, month or date ('by Wednesday' after 'by Monday') that is lower than the earlier one conflicts; a higher one is an update. A weekday or month stated later in the draft but earlier in the week or year is not compared (it may be next week's).",
    fires: ["By Monday 1,200 people had been evacuated, the council said. By Wednesday 900 people had been evacuated, the council said."],
    spares: ["By Monday 1,200 people had been evacuated, the council said. By Wednesday 1,500 people had been evacuated, the council said."]);
rule!(HOLDER_CONFIRMED_NAME, "holder.confirmed-name", "A capitalised word opening a sentence that may be a common noun ('Leeds has 24 players') is a holder's name when the draft names that holder for sure elsewhere ('Leeds's squad has 27 players').",
    fires: ["Leeds's squad has 27 players, the club said. Leeds has 24 players in its squad, a spokesman said."],
    spares: ["Leeds has 24 players in its squad, a spokesman said."]);
rule!(MONEY_PAID_FOR, "subject.money-paid-for", "Money a paying verb gives for a named or definite thing ('paid £107m for Fernandez', 'spent £12m on the bridge') is keyed by that thing: fees for two players never conflict, two fees for one player do.",
    fires: ["Chelsea paid £107m for Fernandez, the club said."],
    spares: ["Chelsea paid £107m in fees, the club said."]);
rule!(CURRENT_LEVEL, "scope.current-level", "A figure after 'down from' or 'up from' and before 'today' or 'now' is the current level of what the change's other end counts: compared, and not placed in that end's year.",
    fires: ["The closures will leave the chain with fewer than 200 shops by 2028, down from 221 today."],
    spares: ["The closures will leave the chain with fewer than 200 shops by 2028, down from 221 in 2019."]);
rule!(RELATIVE_CLAUSE, "scope.relative-clause", "A figure in a relative clause (', which has 212 stores,') states the holder's present state: the main clause's years and dates do not place it.",
    fires: ["The retailer, which has 212 stores, will close 25 shops by 2028, it said."],
    spares: ["The retailer will have 212 stores by 2028, it said."]);
rule!(VERB_OF_NEXT_FIGURE, "subject.verb-of-next-figure", "A verb after a figure and a conjunction that governs the next figure ('212 stores and employs 6,800 people') says nothing about this one.",
    fires: ["The retailer has 212 stores and employs about 6,800 people, it said."],
    spares: ["The retailer has 212 stores and about 6,800 staff, it said."]);
rule!(VERB_OF_PREVIOUS_FIGURE, "subject.verb-of-previous-figure", "A verb before a figure and a conjunction that closes the previous figure's clause ('12 people had been confirmed dead and 45 people had been injured') is not this figure's when its own verb follows it.",
    fires: ["By noon, 12 people had been confirmed dead and 45 people had been injured, police said."],
    spares: ["The attack killed 12 people and injured 45 others, police said."]);
rule!(HOLDER_UNRESOLVED, "ledger.holder-unresolved", "A pronoun or definite description ('the company') with no holder named before it holds the count for someone unsure: it meets no named holder's figure.",
    fires: ["The company employs 18,500 people, it said. Corbel has 214 stores and employs 9,200 people, the company said."],
    spares: ["Brightwell has 312 stores, it said. The company employs 18,500 people, it said."]);
rule!(DISTRIBUTIVE, "scope.distributive", "A count after a plural noun that a share or a quantifier picks out ('97% of members operate fewer than 10 trucks', 'most households own two cars') is what each has, not a total: never compared.",
    fires: ["She said 97% of the group's members operate fewer than 10 trucks."],
    spares: ["She said the group's members operate fewer than 10 trucks."]);
rule!(TIME_OF_DAY, "scope.time-of-day", "A clock time ('at 10am', 'by 3pm', 'at noon') places the count in time, as a part of a named day ('Monday evening', a time of its own within Monday) does: a state at two times is not compared; a running count at a later time may not fall.",
    fires: ["At 10am, 40 people were still trapped in the building, firefighters said."],
    spares: ["The trust said at 10am that 40 people were in hospital."]);

/// Every rule of subjects and scopes.
pub static RULES: &[&Rule] = &[
    &EVENT,
    &SOLDIERS_LOST,
    &WHOLE_OF_PART,
    &MONEY_FOR,
    &SHARE_OF,
    &DIFFERENT_YEAR,
    &DATE,
    &LABEL,
    &GROUP,
    &PLACE,
    &PLACE_WORD,
    &COMPETITOR,
    &BY_MEANS,
    &RANKED_PERIOD,
    &PAST_PERIOD,
    &ACT,
    &DAY_OR_MONTH,
    &CHANGE,
    &COMPARED_WITH,
    &EARLIER_VALUE,
    &FORECAST,
    &RATE,
    &INCREMENT,
    &CHANGE_BY,
    &SAME_FORECAST,
    &GLOSS,
    &SAMPLE,
    &FROM_TO,
    &NEW_LEVEL,
    &HOLDER_SUBJECT,
    &HOLDER_SHARED_SUBJECT,
    &HOLDER_POSSESSOR,
    &HOLDER_COMPLEMENT,
    &HOLDER_HEADING,
    &HOLDER_PRONOUN,
    &HOLDER_MERGED,
    &DIFFERENT_HOLDERS,
    &UNHELD_AMONG_RIVALS,
    &RUNNING_COUNT,
    &RUNNING_UPDATE,
    &MONEY_FOR_THING,
    &MEASURED_RATE,
    &SHARE_OF_GROUP,
    &CONVERTED_UNIT,
    &MULTIPLIER,
    &NARROWING_MODIFIER,
    &CAPACITY,
    &HOLDER_SPEAKER,
    &UNHELD_NAMES_ANOTHER,
    &SHARE_PLACE,
    &SHARE_VERB,
    &MONEY_KIND,
    &MONEY_HEADING,
    &OTHER_FIGURES_CHANGE,
    &SUPERLATIVE_SINCE,
    &RUNNING_LATER_TIME,
    &HOLDER_CONFIRMED_NAME,
    &MONEY_PAID_FOR,
    &CURRENT_LEVEL,
    &RELATIVE_CLAUSE,
    &VERB_OF_NEXT_FIGURE,
    &VERB_OF_PREVIOUS_FIGURE,
    &HOLDER_UNRESOLVED,
    &DISTRIBUTIVE,
    &TIME_OF_DAY,
];
