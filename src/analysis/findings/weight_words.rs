//! The word lists of claim weight ([`super::weight`]): what the class rules look for in a
//! figure's sentence and beside it.

use std::sync::LazyLock;

use crate::analysis::text::lookup::FastMap;

/// Verbs of a decision taken.
pub(super) const DECISION_VERBS: List = List::new(
    0,
    &[
        "approved", "approves", "voted", "votes", "passed", "passes", "adopted", "adopts",
    ],
);

/// Bodies whose decisions are on the record.
pub(super) const PUBLIC_BODIES: List = List::new(
    1,
    &[
        "council",
        "councils",
        "cabinet",
        "committee",
        "board",
        "parliament",
        "congress",
        "senate",
        "assembly",
        "government",
        "regulator",
        "legislature",
        "lawmakers",
        "mps",
        "councillors",
    ],
);

/// Headings of a results list or table.
pub(super) const RESULTS_HEADINGS: List = List::new(
    2,
    &[
        "result",
        "results",
        "table",
        "standings",
        "league",
        "leaderboard",
        "scores",
        "scorers",
        "medal",
        "declaration",
    ],
);

/// Headings of a list of prices or times.
pub(super) const SCHEDULE_HEADINGS: List = List::new(
    3,
    &[
        "prices",
        "fares",
        "tickets",
        "timetable",
        "dates",
        "fixtures",
        "times",
        "opening",
    ],
);

/// Words of a published price.
pub(super) const PRICE_WORDS: List = List::new(
    4,
    &[
        "priced",
        "admission",
        "ticket",
        "tickets",
        "fare",
        "fares",
        "membership",
        "retails",
        "paperback",
        "hardback",
    ],
);

/// An average, a cost of making, a resale: prices nobody published as theirs.
pub(super) const NOT_PUBLISHED_PRICE: List = List::new(
    5,
    &[
        "average",
        "build",
        "make",
        "costs",
        "cost",
        "resale",
        "resold",
        "touts",
        "secondary",
        "listing",
    ],
);

/// Words of a deal done.
pub(super) const DEAL_WORDS: List = List::new(
    6,
    &[
        "raised",
        "valuation",
        "ordered",
        "bought",
        "acquired",
        "jury",
        "awarded",
        "granted",
    ],
);

/// Words of trading that name a market only in markets copy: shops close, too.
pub(super) const TRADING_WORDS: List =
    List::new(7, &["closed", "traded", "trading", "market", "markets"]);
/// An index that is a survey's or a statistician's, not a market's.
pub(super) const SURVEY_INDEX_WORDS: List = List::new(
    8,
    &[
        "sentiment",
        "confidence",
        "survey",
        "inflation",
        "cpi",
        "pmi",
        "unemployment",
        "purchasing",
    ],
);

pub(super) const ESTIMATE_BEFORE: List = List::new(
    9,
    &["could", "would", "might", "will", "expected", "forecast*"],
);
pub(super) const ESTIMATE_WORDS: List = List::new(
    10,
    &[
        "estimat*",
        "project*",
        "forecast*",
        "predict*",
        "expects",
        "expected",
        "set",
        "likely",
        "potentially",
        "could",
        "would",
    ],
);

/// Words of loss that make a toll only beside the figure ("lost 1,400 jobs", "homes
/// damaged").
pub(super) const LOSS_WORDS: List = List::new(
    11,
    &[
        "destroyed",
        "damaged",
        "flooded",
        "redundancies",
        "layoffs",
        "laid",
        "axed",
        "cuts",
        "lost",
    ],
);

/// What makes a figure still to come, not a fact of now or then.
pub(super) const AHEAD_WORDS: List = List::new(
    12,
    &[
        "will",
        "would",
        "could",
        "might",
        "may",
        "plans",
        "plan",
        "planned",
        "expected",
        "expects",
        "forecast*",
        "set",
        "likely",
        "promised",
        "pledged",
        "hopes",
    ],
);

/// Headline and lede words of markets copy.
pub(super) const MARKETS_COPY_WORDS: List = List::new(
    13,
    &[
        "shares",
        "stocks",
        "index",
        "indices",
        "ftse",
        "dow",
        "nasdaq",
        "nikkei",
        "kospi",
        "markets",
        "equities",
        "bourse",
        "sterling",
        "gilts",
        "treasuries",
    ],
);

/// Verbs and adverbs of a market move.
pub(super) const MOVE_VERBS: List = List::new(
    14,
    &[
        "fell",
        "fallen",
        "rose",
        "risen",
        "lost",
        "gained",
        "slid",
        "shed",
        "dipped",
        "climbed",
        "jumped",
        "tumbled",
        "slumped",
        "edged",
        "ended",
        "closed",
        "added",
        "advanced",
        "declined",
        "dropped",
        "strengthened",
        "weakened",
        "firmed",
        "eased",
        "rallied",
        "sank",
        "surged",
        "soared",
        "slipped",
        "down",
        "up",
        "higher",
        "lower",
    ],
);

/// Movers whose moves are figures of the economy or of a company's trade, not of a market.
pub(super) const ECONOMY_WORDS: List = List::new(
    15,
    &[
        "inflation",
        "unemployment",
        "gdp",
        "growth",
        "prices",
        "sales",
        "revenue",
        "profit",
        "profits",
        "earnings",
        "borrowing",
        "output",
        "wages",
        "pay",
        "spending",
        "bookings",
        "jobs",
        "exports",
        "imports",
        "production",
        "demand",
        "numbers",
        "use",
        "rents",
    ],
);

/// "employs", "has", "its": the company holds what follows.
pub(super) const HOLD_WORDS: List = List::new(
    16,
    &[
        "employs",
        "employ",
        "employing",
        "has",
        "have",
        "had",
        "its",
        "their",
        "operates",
        "runs",
        "covers",
        "holds",
    ],
);

/// A workforce.
pub(super) const WORKFORCE_WORDS: List = List::new(
    17,
    &[
        "staff",
        "employees",
        "workers",
        "drivers",
        "pilots",
        "attendants",
        "nurses",
        "doctors",
        "teachers",
        "officers",
        "engineers",
        "crew",
    ],
);

/// An estate or a fleet.
pub(super) const ESTATE_WORDS: List = List::new(
    18,
    &[
        "ships",
        "aircraft",
        "planes",
        "trucks",
        "lorries",
        "buses",
        "stores",
        "shops",
        "branches",
        "pubs",
        "hotels",
        "restaurants",
        "depots",
        "factories",
        "plants",
        "fleet",
        "beds",
        "sites",
        "outlets",
        "stations",
        "screens",
    ],
);

/// Words of the weather: a reading of it is public data.
pub(super) const WEATHER_WORDS: List = List::new(
    19,
    &[
        "temperature*",
        "wind",
        "winds",
        "gust*",
        "rain*",
        "snow*",
        "heat",
        "thermometer*",
        "mercury",
        "degrees",
    ],
);

/// Units a weather reading is given in.
pub(super) const WEATHER_UNITS: &[&str] = &[
    "C", "°C", "F", "°F", "°", "km/h", "kmh", "mph", "mm", "cm", "in", "inches", "knots",
];

/// An election held: its seats, votes, wards and turnout.
pub(super) const ELECTION_WORDS: List = List::new(
    20,
    &[
        "seats",
        "seat",
        "votes",
        "wards",
        "ward",
        "turnout",
        "councillors",
        "mps",
        "swing",
        "majority",
    ],
);

/// A poll or survey of how people would vote.
pub(super) const POLL_WORDS: List = List::new(
    21,
    &[
        "poll",
        "polls",
        "polling",
        "survey",
        "surveyed",
        "respondents",
        "intention",
        "would",
    ],
);

pub(super) const TOLL_WORDS: List = List::new(
    22,
    &[
        "killed",
        "dead",
        "died",
        "deaths",
        "death",
        "injured",
        "injuries",
        "wounded",
        "missing",
        "displaced",
        "evacuated",
        "casualties",
        "victims",
        "fatalities",
        "homeless",
    ],
);

pub(super) const MARKET_WORDS: List = List::new(
    23,
    &[
        "shares",
        "share",
        "stock",
        "stocks",
        "index",
        "indices",
        "ftse",
        "dow",
        "nasdaq",
        "s&p",
        "nikkei",
        "hang",
        "kospi",
        "dax",
        "cac",
        "yield",
        "yields",
        "bond",
        "bonds",
        "gilt",
        "gilts",
        "treasuries",
        "sterling",
        "dollar",
        "euro",
        "yen",
        "yuan",
        "currency",
        "brent",
        "crude",
        "oil",
        "gold",
        "copper",
        "bitcoin",
        "futures",
        "barrel",
        "ounce",
    ],
);

/// Words of sport and awards: a result wherever they stand in the sentence.
pub(super) const RESULT_WORDS: List = List::new(
    24,
    &[
        "goals",
        "goal",
        "wickets",
        "innings",
        "medal",
        "medals",
        "nominat*",
        "award*",
        "oscar*",
        "bafta*",
        "grammy*",
        "champion*",
        "semi-final",
        "unbeaten",
        "lap",
        "laps",
        "seed",
        "ranked",
        "attendance",
    ],
);

/// Words of winning and losing: a result only beside the figure ("won 14 titles",
/// "finishing third, 19 points behind"), not a sentence away ("rejected by 14 agents before the
/// publisher won an auction").
pub(super) const RESULT_NEAR_WORDS: List = List::new(
    25,
    &[
        "won",
        "win",
        "wins",
        "beat",
        "scored",
        "titles",
        "prize",
        "victory",
        "defeat",
        "finishing",
        "finished",
    ],
);

pub(super) const SCHEDULE_WORDS: List = List::new(
    26,
    &[
        "weekly",
        "daily",
        "flights",
        "services",
        "dates",
        "venues",
        "tour",
        "concerts",
        "opens",
        "fleet",
        "aircraft",
        "routes",
        "stores",
        "branches",
        "stations",
        "trains",
        "buses",
        "sailings",
        "operates",
        "timetable",
        "screens",
        "episodes",
        "staff",
        "employs",
        "employees",
        "workforce",
    ],
);

pub(super) const RECORD_WORDS: List = List::new(
    27,
    &[
        "founded",
        "bought",
        "acquired",
        "floated",
        "flotation",
        "listed",
        "priced",
        "stake",
        "elected",
        "majority",
        "turnout",
    ],
);

/// A sentence handed down is on the record whenever it was.
pub(super) const COURT_WORDS: List = List::new(28, &["sentenced", "jailed", "fined", "convicted"]);
pub(super) const MONEY_WORDS: List = List::new(
    29,
    &[
        "deficit",
        "loss",
        "losses",
        "damages",
        "cost",
        "costs",
        "costing",
        "bill",
        "overspend",
        "shortfall",
        "debt",
        "debts",
        "black",
        "hole",
        "compensation",
        "spend",
        "spending",
        "funding",
        "budget",
        "subsidy",
        "bailout",
        "price",
        "worth",
        "value",
        "valued",
        "fraud",
    ],
);

pub(super) const INTERESTED_WORDS: List = List::new(
    30,
    &[
        "copies",
        "players",
        "users",
        "subscribers",
        "downloads",
        "viewers",
        "listeners",
        "audience",
        "streams",
        "customers",
        "members",
        "followers",
        "visitors",
        "readers",
        "bookings",
        "orders",
        "sales",
        "sold",
    ],
);

pub(super) const PEOPLE_WORDS: List = List::new(
    31,
    &[
        "people",
        "adults",
        "voters",
        "households",
        "children",
        "pupils",
        "students",
        "patients",
        "workers",
        "residents",
        "respondents",
        "americans",
        "britons",
        "women",
        "men",
        "families",
        "renters",
        "homeowners",
        "drivers",
        "passengers",
        "consumers",
        "teenagers",
        "parents",
        "rate",
        "population",
        "share",
        "proportion",
    ],
);

/// Verbs of a company reporting its results.
pub(super) const REPORTED_WORDS: List =
    List::new(32, &["reported", "reports", "posted", "posts", "announced"]);
/// A company's results.
pub(super) const RESULTS_TERMS: List = List::new(
    33,
    &[
        "earned", "revenue", "revenues", "profit", "profits", "earnings", "turnover", "pre-tax",
        "ebitda", "dividend",
    ],
);

/// A word list of the class rules, with its bit in a word's [`mask_of`]: a rule asks
/// whether any word of a sentence is on a list with one AND of the words' masks, rather
/// than comparing every word with every entry of the list.
#[derive(Clone, Copy)]
pub(super) struct List {
    /// The list's bit: `1 << ` its place in [`LISTS`].
    pub(super) bit: u64,
    /// The entries: a word matches one exactly, or by its stem when it ends in `*`.
    pub(super) words: &'static [&'static str],
}

impl List {
    const fn new(index: u32, words: &'static [&'static str]) -> List {
        List {
            bit: 1 << index,
            words,
        }
    }

    /// `word` (lower case) is on the list: equal to an entry, or starting with an entry's
    /// stem.
    pub(super) fn matches(&self, word: &str) -> bool {
        word_matches(word, self.words)
    }
}

/// A word matches a list entry exactly, or by its stem when the entry ends in `*`.
pub(super) fn word_matches(word: &str, list: &[&str]) -> bool {
    list.iter().any(|e| match e.strip_suffix('*') {
        Some(stem) => word.starts_with(stem),
        None => word == *e,
    })
}

/// Every [`List`], each at the place its bit says.
pub(super) const LISTS: [&List; 34] = [
    &DECISION_VERBS,
    &PUBLIC_BODIES,
    &RESULTS_HEADINGS,
    &SCHEDULE_HEADINGS,
    &PRICE_WORDS,
    &NOT_PUBLISHED_PRICE,
    &DEAL_WORDS,
    &TRADING_WORDS,
    &SURVEY_INDEX_WORDS,
    &ESTIMATE_BEFORE,
    &ESTIMATE_WORDS,
    &LOSS_WORDS,
    &AHEAD_WORDS,
    &MARKETS_COPY_WORDS,
    &MOVE_VERBS,
    &ECONOMY_WORDS,
    &HOLD_WORDS,
    &WORKFORCE_WORDS,
    &ESTATE_WORDS,
    &WEATHER_WORDS,
    &ELECTION_WORDS,
    &POLL_WORDS,
    &TOLL_WORDS,
    &MARKET_WORDS,
    &RESULT_WORDS,
    &RESULT_NEAR_WORDS,
    &SCHEDULE_WORDS,
    &RECORD_WORDS,
    &COURT_WORDS,
    &MONEY_WORDS,
    &INTERESTED_WORDS,
    &PEOPLE_WORDS,
    &REPORTED_WORDS,
    &RESULTS_TERMS,
];

/// Every list's entries by word: the bits of the lists a word is on exactly, and the stems
/// with the bits of their lists (and their first byte, which turns most words away).
struct Index {
    exact: FastMap<&'static str, u64>,
    stems: Vec<(u8, &'static str, u64)>,
}

static INDEX: LazyLock<Index> = LazyLock::new(|| {
    let mut index = Index {
        exact: FastMap::default(),
        stems: Vec::new(),
    };
    for list in LISTS {
        for entry in list.words {
            match entry.strip_suffix('*') {
                Some(stem) => {
                    let first = stem.as_bytes().first().copied().unwrap_or(0);
                    index.stems.push((first, stem, list.bit));
                }
                None => *index.exact.entry(entry).or_default() |= list.bit,
            }
        }
    }
    index
});

/// The bits of every [`List`] that `word` (lower case) is on: `mask_of(w) & L.bit != 0`
/// exactly when `L.matches(w)`.
pub(super) fn mask_of(word: &str) -> u64 {
    let index = &*INDEX;
    let mut mask = index.exact.get(word).copied().unwrap_or(0);
    let first = word.as_bytes().first().copied().unwrap_or(0);
    for &(head, stem, bit) in &index.stems {
        if head == first && word.starts_with(stem) {
            mask |= bit;
        }
    }
    mask
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_list_has_its_own_bit_and_a_mask_says_what_matches_says() {
        for (i, list) in LISTS.iter().enumerate() {
            assert_eq!(list.bit, 1 << i, "list {i} is out of place");
        }
        let mut words: Vec<String> = LISTS
            .iter()
            .flat_map(|l| l.words.iter())
            .flat_map(|e| {
                let stem = e.trim_end_matches('*');
                [stem.to_string(), format!("{stem}s"), format!("x{stem}")]
            })
            .collect();
        words.extend(["", "the", "-", "estimates", "forecasters"].map(String::from));
        for w in &words {
            for list in LISTS {
                assert_eq!(mask_of(w) & list.bit != 0, list.matches(w), "{w:?}");
            }
        }
    }
}
