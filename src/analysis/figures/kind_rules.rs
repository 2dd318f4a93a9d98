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
rule!(RATIO, "kind.ratio", "A ratio is one figure, a share: '1 in 10 patients' is 10%, 'nine out of 10 doctors' 90%, never a count of the patients.",
    fires: ["1 in 10 patients waited, the NHS said.", "Nine out of 10 doctors agree, the BMA said."],
    spares: ["Five children were hurt, the police said.", "He scored 2 in 5 minutes, the club said."]);
rule!(DESCRIPTIVE_COMPOUND, "kind.descriptive-compound", "A number inside a compound modifier describes, it does not count: 'the 435-member House', 'a 300-page report'.",
    fires: ["The 435-member House will vote on Friday.", "The 40,000-capacity stadium was half full."],
    spares: ["The House has 435 members, the clerk said.", "The stadium holds 40,000 fans, the club said."]);
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
rule!(FRACTION_OF_TIME, "kind.fraction-of-time", "A fraction of a stretch of time is a duration: 'for a quarter of a century'.",
    fires: ["She ran the company for a quarter of a century."],
    spares: ["A quarter of voters backed the plan, the poll found."]);
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
    fires: ["The quake struck at 14:30 local time.", "We meet at 11 oclock tomorrow."],
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
rule!(CLAIM, "kind.claim", "Any other number is a claim that someone asserts: '14,400 soldiers', '$1.2bn', '3.5 per cent'.",
    fires: ["Russia has lost more than 14,400 soldiers, Ukraine said."],
    spares: ["The invasion began on 24 February."]);
rule!(TABLE_CELL_SCORE, "kind.table-cell-score", "A table cell holding only a small hyphenated pair ('0-6') is a score.",
    fires: [],
    spares: ["The meeting lasted 10-12 minutes."]);

// Ages (kind_ages.rs), in the order they are tried.
rule!(AGE_YEAR_OLD, "kind.age-year-old", "An age joined to 'year-old': '45-year-old', 'a six-month-old baby'.",
    fires: ["The victim, a 45-year-old man, was taken to hospital."],
    spares: ["The firm agreed a 45-year lease on the site, it said."]);
rule!(AGE_YEARS_OLD, "kind.age-years-old", "An age followed by 'years old': 'he is 45 years old'.",
    fires: ["The driver was 19 years old."],
    spares: ["The bridge closed 19 years ago."]);
rule!(AGE_AGED, "kind.age-aged", "An age after 'aged' or 'age': 'aged 45', 'age 12'.",
    fires: ["A man aged 45 was arrested."],
    spares: ["A man with 45 convictions was arrested, police said."]);
rule!(AGE_AGED_BOUND, "kind.age-aged-bound", "An age bound after 'aged': 'aged over 65', 'aged between 68 and 91'.",
    fires: ["Residents aged over 65 will get the payment."],
    spares: ["Residents paid over 65 pounds each, the council said."]);
rule!(AGE_OF, "kind.age-of", "An age named by 'the age of': 'died at the age of 81' ('an average age of 77' is a statistic).",
    fires: ["She died at the age of 81."],
    spares: ["The average age of 77 was the highest on record, the ONS said."]);
rule!(AGE_AT, "kind.age-at", "An age at a life's milestone: 'left school at 15', 'retired at 38', 'joined the army at 18'.",
    fires: ["He left school at 15."],
    spares: ["He joined the rally at 18 pence a share, the broker said."]);
rule!(AGE_SUPERLATIVE, "kind.age-superlative", "The age of the oldest or youngest: 'the oldest of whom was 91'.",
    fires: ["The youngest victim was 12."],
    spares: ["The largest fine was 12 million pounds, the regulator said."]);
rule!(AGE_PEOPLE_BOUND, "kind.age-people-bound", "People named by an age bound: 'children under 5', 'people over 65'.",
    fires: ["Children under 5 travel free."],
    spares: ["Children under 5 feet tall travel free."]);
rule!(AGE_BECOMES, "kind.age-becomes", "The age someone reaches: 'until they are 18', 'when he turned 40'.",
    fires: ["Pupils stay in education until they are 18."],
    spares: ["Pupils stay in education until 18 June."]);
rule!(AGE_PEOPLE_ARE_OVER, "kind.age-people-are-over", "People said to be over or under an age: 'most of whom were under 25'.",
    fires: ["Nearly 30 per cent are over 80."],
    spares: ["Nearly 30 per cent are over 80 kilometres away, the survey found."]);
rule!(AGE_COMMA, "kind.age-comma", "An age between commas after a name: 'John Smith, 45, said'.",
    fires: ["John Smith, 45, said he was shocked."],
    spares: ["In March, 45 people were hurt, the police said."]);
rule!(AGE_PERSON_COMMA, "kind.age-person-comma", "An age between commas after a noun for one person: 'The champion, 37, had surgery'.",
    fires: ["The champion, 37, had surgery on Monday."],
    spares: ["The company, 37 per cent of which is owned by the state, said it would appeal."]);
rule!(AGE_WAS, "kind.age-was", "A person's age after 'was': 'The victim was 19.', 'One was 27 and the other 34'.",
    fires: ["The victim was 19.", "The patient, who was 34, recovered."],
    spares: ["The toll was 19, officials said."]);
rule!(AGE_BRACKETS, "kind.age-brackets", "An age in brackets after a name: 'Smith (45)'.",
    fires: ["The court heard that Smith (45) had no previous convictions."],
    spares: ["The court heard that the firm (45 staff) had no previous convictions."]);

// Names and codes (kind_names.rs), in the order they are tried.
rule!(PHONE_NUMBER, "kind.phone-number", "Digits with a leading zero or a '+' are a phone number or a code: '0161', '+44'; not a signed reading after a word of level or change ('fell to +21').",
    fires: ["Call 0161 496 0000 for details.", "Call +44 for the UK."],
    spares: ["Call 161 people for details, the council said.", "Its measure of confidence fell to +21, the survey found."]);
rule!(PHONE_GROUPS, "kind.phone-groups", "The later groups of a phone number: the '496' of '0161 496 0000', '1-888-327-4236'.",
    fires: ["Call 1-888-327-4236 for details."],
    spares: ["The toll rose to 327, officials said."]);
rule!(PHONE_SERVICE, "kind.phone-service", "A service number after a verb of calling: 'call 101', 'dial 999'.",
    fires: ["In an emergency, dial 999."],
    spares: ["The charity will call 999 donors this week."]);
rule!(NAME_HYPHEN_WORD, "kind.name-hyphen-word", "Digits joined by a hyphen to a capitalised word: '7-Eleven'.",
    fires: ["The robbery happened at a 7-Eleven store."],
    spares: ["The robbery lasted a 7-minute spell, police said."]);
rule!(NAME_WORD_HYPHEN, "kind.name-word-hyphen", "A word, a hyphen and digits make a name: 'Covid-19', 'F-35' (not 'near-90%').",
    fires: ["The F-35 programme is over budget."],
    spares: ["There is a near-90% chance of rain, forecasters said."]);
rule!(PHONE_PAIR, "kind.phone-pair", "Two digit groups joined by a hyphen, one of four digits or more: '555-1234'.",
    fires: ["For tickets, phone the box office on 5555-3456."],
    spares: ["The box office sold 5555 tickets, the club said."]);
rule!(NAME_NUMBER_SIGN, "kind.name-number-sign", "A number after '#' or 'No.' names a rank or an item: '#1', 'No. 10'.",
    fires: ["The song reached No. 5 in the charts."],
    spares: ["The song sold 5 million copies, the label said."]);
rule!(LIST_MARKER, "kind.list-marker", "A list or footnote marker: '(1)', '[3]', '1.' at the start of a line.",
    fires: ["The rules are listed in (3) below."],
    spares: ["The rules are listed in 3 documents, the clerk said."]);
rule!(NAME_LABEL_WORD, "kind.name-label-word", "A label word before a number the earlier rules could not place: 'Year 11', 'Grade 9'.",
    fires: ["Pupils in Year 11 sat the exam."],
    spares: ["Pupils in year 11 sat the exam, and 40 failed, the school said."]);
rule!(NAME_SECOND_OF_PAIR, "kind.name-second-of-pair", "The second number of a name's pair: 'junctions 10 and 16', 'Boeing 737 Max 9', '787-9'.",
    fires: ["The Boeing 737 Max 9 was grounded."],
    spares: ["Boeing delivered 737 jets and 9 freighters, it said."]);
rule!(NAME_INDEX, "kind.name-index", "A stock index named by its size: 'S&P 500'.",
    fires: ["The S&P 500 closed higher."],
    spares: ["The fund bought 500 shares, it said."]);
rule!(NAME_MODEL_NUMBER, "kind.name-model-number", "A bare number after a capitalised word names a model: 'Leopard 2 tanks', 'Zone 1 stations'.",
    fires: ["Crews of Leopard 2 tanks were trained in Germany."],
    spares: ["Germany sent 2 tanks, officials said."]);
rule!(NAME_CAPITALISED_AFTER, "kind.name-capitalised-after", "A bare number before a capitalised word that it does not count: 'the 737 Max'.",
    fires: ["Regulators grounded the 737 Max on Friday."],
    spares: ["Regulators grounded 737 jets on Friday, the agency said."]);

// Years (kind_dates.rs), in the order they are tried.
rule!(YEAR_RANGE, "kind.year-range", "A range whose ends are both years: '2020 to 2024'.",
    fires: ["Prices rose every year between 2020 and 2024."],
    spares: ["The firm cut between 2,020 and 2,024 jobs, it said."]);
rule!(YEAR_SPAN_TAIL, "kind.year-span-tail", "The short end of a span of years: the '22' of '2021-22'.",
    fires: ["The deficit grew in 2021-22."],
    spares: ["The team won 21-22 on Saturday."]);
rule!(YEAR_AFTER_MONTH, "kind.year-after-month", "A year after a month or a day: 'March 2022', 'March 19, 2022'.",
    fires: ["The plant closed in March 2022."],
    spares: ["The plant closed with 2022 jobs lost in March, the union said."]);
rule!(YEAR_PREPOSITION, "kind.year-preposition", "A year after a preposition or an article: 'in 2022', 'since 1998', 'the 2019 election'.",
    fires: ["The company was founded in 1998."],
    spares: ["The company employs 1,998 people, it said."]);
rule!(YEAR_MODIFIER, "kind.year-modifier", "A year as a modifier: 'a 2018 engine failure', 'below 2019 levels'.",
    fires: ["Emissions are still below 2019 levels."],
    spares: ["Emissions fell by 2019 tonnes, the agency said."]);
rule!(YEAR_BARE, "kind.year-bare", "A bare four-digit number that counts nothing is a year: '2022 was a hard year'.",
    fires: ["Sales fell sharply. 2022 was a hard year."],
    spares: ["Sales fell sharply. 2022 workers lost their jobs, the union said."]);

// Scores (kind_scores.rs), in the order they are tried.
rule!(SCORE_RESULTS_LINE, "kind.score-results-line", "A result line on its own: 'Chelsea 3 Aston Villa 1'.",
    fires: ["Chelsea 3 Aston Villa 1"],
    spares: ["Chelsea sold 3 players to Aston Villa, the club said."]);
rule!(SCORE_VOTE_TALLY, "kind.score-vote-tally", "A vote tally: 'by 38 votes to 21'.",
    fires: ["The motion passed by 38 votes to 21."],
    spares: ["The motion won 38 votes, the clerk said."]);
rule!(SCORE_CRICKET_GOLF, "kind.score-cricket-golf", "A cricket or golf score: '154 not out', 'shot a 65', '12 under par'.",
    fires: ["Root made 154 not out."],
    spares: ["Root sold 154 tickets, the club said."]);
rule!(SCORE_BOWLING, "kind.score-bowling", "A bowler's figures, wickets for runs: 'taking 6 for 41'.",
    fires: ["Anderson finished with figures of 6 for 41."],
    spares: ["The council voted 6 for 41 new homes, the clerk said."]);
rule!(SCORE_HYPHEN_RANGE, "kind.score-hyphen-range", "A small hyphenated pair in a match: 'lost 0-6 at West Ham'.",
    fires: ["Arsenal lost 0-6 at West Ham."],
    spares: ["The meeting lasted 10-12 minutes."]);
rule!(SCORE_HYPHEN_PAIR, "kind.score-hyphen-pair", "Two numbers joined by a hyphen in a match or a vote: 'won 3-1', 'passed 219-213'.",
    fires: ["Chelsea won 3-1 at Anfield."],
    spares: ["Prices rose 3.1 per cent, the ONS said."]);

// Time (kind_durations.rs).
rule!(TIME_FIXTURES, "kind.time-fixtures", "The window of fixtures a statistic covers: 'in his previous seven matches'.",
    fires: ["He has scored in his previous seven matches."],
    spares: ["He won his previous seven matches, the club said."]);
rule!(DURATION_FOR, "kind.duration-for", "A stretch of time after 'for': 'for six months', 'for about three hours'.",
    fires: ["The strike lasted for six months."],
    spares: ["Six people were hurt, the police said."]);
rule!(TIME_AGO, "kind.time-ago", "A time reference: 'three weeks ago', 'two days later'.",
    fires: ["The bridge collapsed three weeks ago."],
    spares: ["The bridge carried three million cars, officials said."]);
rule!(TIME_WINDOW, "kind.time-window", "A window of time: 'the last 12 months', 'within five days', 'the next two years'.",
    fires: ["Prices rose over the last 12 months.", "Rain is forecast in the 3 coming days."],
    spares: ["Prices rose for 12 products, the ONS said."]);
rule!(DURATION, "kind.duration", "A number of time units is a duration: 'a 10-year plan', 'six weeks of talks'.",
    fires: ["The government unveiled a 10-year plan."],
    spares: ["The government unveiled 10 plans, officials said."]);
// Clock times and calendar forms (kind_clock.rs), in the order they are tried.
rule!(DATE_DAY_ORDINAL, "kind.date-day-ordinal", "A day of the month named by its ordinal: 'on the 3rd', 'by the 21st of May'.",
    fires: ["The court sits again on the 3rd."],
    spares: ["The court sits again on the 3rd floor."]);
rule!(TIME_SPAN_START, "kind.time-span-start", "The first end of a span of hours whose second end is a clock time: 'from 4 to 7pm', 'between 9 and 10:45', '2-4 pm'.",
    fires: ["The shop opens from 4 to 7pm on weekdays.", "Voting runs between 9 and 10:45 on Sunday.", "Clinics run 2-4 pm on Tuesdays."],
    spares: ["Between 9 and 10 people were hurt, the police said."]);
rule!(TIME_LOOSE_MERIDIEM, "kind.time-loose-meridiem", "An hour before a meridiem the numeral reader left apart: '8.pm'.",
    fires: ["The show starts at 8.pm sharp."],
    spares: ["The show drew 8 people, organisers said."]);
rule!(TIME_AT_DOTTED, "kind.time-at-dotted", "A dotted time of the clock after 'at': 'at 7.15', unless a level leads in ('stood at 7.15').",
    fires: ["The train left at 7.15 on Monday."],
    spares: ["The index stood at 7.15 on Monday, the bank said."]);
rule!(TIME_AT_HOUR, "kind.time-at-hour", "An hour named with a day or a part of the day: 'on Fri at 6', 'at 5 in the morning', 'half past 9'.",
    fires: ["The rally is on Fri at 6 in the square.", "The bus leaves at 5 in the morning.", "The service starts at half past 9."],
    spares: ["The rate was cut to 6 on Friday, the bank said."]);
rule!(DATE_MONTH_SLASH, "kind.date-month-slash", "A month and a day joined by a slash: 'Nov/14'.",
    fires: ["The deadline is Nov/14 for all entries."],
    spares: ["The committee has 14 members, the Nov report said."]);
rule!(DATE_MONTH_YEAR, "kind.date-month-year", "A month and a year joined by a hyphen or slash: '11-2019', '03/2024'.",
    fires: ["The law took effect in 11-2019."],
    spares: ["Prices rose 11-20% in 2019, the ONS said."]);
rule!(DATE_WEEK_NUMBER, "kind.date-week-number", "A week of the year: 'week 42', unless it counts something ('in the last week 30 people applied').",
    fires: ["Sales peaked in week 42."],
    spares: ["In the last week 30 people applied, the council said."]);
rule!(DATE_DOTTED, "kind.date-dotted", "A day and a month joined by a dot after a weekday or before a year: 'Tuesday 4.9', '31.12.2024'.",
    fires: ["The court sits again on Tuesday 4.9.", "Entries close on 31.12.2024."],
    spares: ["On Tuesday 4.9 million people voted, officials said."]);
rule!(AGE_YO, "kind.age-yo", "An age in its short form: 'a 64 yo woman', '23 y.o.'.",
    fires: ["Police said a 64 yo woman was hurt.", "The suspect is a 23 y.o. man."],
    spares: ["Police said 64 women were hurt."]);

rule!(PERCENT_NOT_COUNTING, "kind.percent-not-counting", "A noun after a percentage that opens a clause ('the 0.4% economists polled by Reuters had forecast') is the clause's subject, not what the percentage counts.",
    fires: ["Retail sales rose 0.2% in September, less than the 0.4% economists polled by Reuters had forecast."],
    spares: ["Turnout among 18-24s was 40%, the commission said, with 12% voters undecided."]);

/// Every rule of this file, for the catalogue.
pub static RULES: &[&Rule] = &[
    &PERCENT_NOT_COUNTING,
    &VAGUE,
    &ORDINAL_WORD,
    &ORDINAL_SUFFIX,
    &MERIDIEM,
    &AGE_DECADE,
    &DECADE,
    &AGE_GROUP,
    &CODE_SUFFIX,
    &RATIO,
    &DESCRIPTIVE_COMPOUND,
    &MULTIPLIER,
    &NAMED_TARGET,
    &TO_SPLIT,
    &STREET_NUMBER,
    &DENOMINATION,
    &CALIBRE,
    &IDIOM,
    &NAME_WORD,
    &FRACTION_OF_TIME,
    &TOURNAMENT_STAGE,
    &ABSTENTIONS,
    &SMALL_WORD,
    &TIME_OF_DAY,
    &NUMERIC_DATE,
    &MONTH_DAY,
    &ROAD_OR_CODE,
    &LABEL_WORD,
    &CLAIM,
    &TABLE_CELL_SCORE,
    &AGE_YEAR_OLD,
    &AGE_YEARS_OLD,
    &AGE_AGED,
    &AGE_AGED_BOUND,
    &AGE_OF,
    &AGE_AT,
    &AGE_SUPERLATIVE,
    &AGE_PEOPLE_BOUND,
    &AGE_BECOMES,
    &AGE_PEOPLE_ARE_OVER,
    &AGE_COMMA,
    &AGE_PERSON_COMMA,
    &AGE_WAS,
    &AGE_BRACKETS,
    &PHONE_NUMBER,
    &PHONE_GROUPS,
    &PHONE_SERVICE,
    &NAME_HYPHEN_WORD,
    &NAME_WORD_HYPHEN,
    &PHONE_PAIR,
    &NAME_NUMBER_SIGN,
    &LIST_MARKER,
    &NAME_LABEL_WORD,
    &NAME_SECOND_OF_PAIR,
    &NAME_INDEX,
    &NAME_MODEL_NUMBER,
    &NAME_CAPITALISED_AFTER,
    &YEAR_RANGE,
    &YEAR_SPAN_TAIL,
    &YEAR_AFTER_MONTH,
    &YEAR_PREPOSITION,
    &YEAR_MODIFIER,
    &YEAR_BARE,
    &SCORE_RESULTS_LINE,
    &SCORE_VOTE_TALLY,
    &SCORE_CRICKET_GOLF,
    &SCORE_BOWLING,
    &SCORE_HYPHEN_RANGE,
    &SCORE_HYPHEN_PAIR,
    &TIME_FIXTURES,
    &DURATION_FOR,
    &TIME_AGO,
    &TIME_WINDOW,
    &DURATION,
    &DATE_DAY_ORDINAL,
    &TIME_SPAN_START,
    &TIME_LOOSE_MERIDIEM,
    &TIME_AT_DOTTED,
    &TIME_AT_HOUR,
    &DATE_MONTH_SLASH,
    &DATE_MONTH_YEAR,
    &DATE_WEEK_NUMBER,
    &DATE_DOTTED,
    &AGE_YO,
];
