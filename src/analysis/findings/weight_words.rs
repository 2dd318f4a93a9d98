//! The word lists of claim weight ([`super::weight`]): what the class rules look for in a
//! figure's sentence and beside it.

/// Verbs of a decision taken.
pub(super) const DECISION_VERBS: &[&str] = &[
    "approved", "approves", "voted", "votes", "passed", "passes", "adopted", "adopts",
];

/// Bodies whose decisions are on the record.
pub(super) const PUBLIC_BODIES: &[&str] = &[
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
];

/// Headings of a results list or table.
pub(super) const RESULTS_HEADINGS: &[&str] = &[
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
];

/// Headings of a list of prices or times.
pub(super) const SCHEDULE_HEADINGS: &[&str] = &[
    "prices",
    "fares",
    "tickets",
    "timetable",
    "dates",
    "fixtures",
    "times",
    "opening",
];

/// Words of a published price.
pub(super) const PRICE_WORDS: &[&str] = &[
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
];

/// An average, a cost of making, a resale: prices nobody published as theirs.
pub(super) const NOT_PUBLISHED_PRICE: &[&str] = &[
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
];

/// Words of a deal done.
pub(super) const DEAL_WORDS: &[&str] = &[
    "raised",
    "valuation",
    "ordered",
    "bought",
    "acquired",
    "jury",
    "awarded",
    "granted",
];

/// Words of trading that name a market only in markets copy: shops close, too.
pub(super) const TRADING_WORDS: &[&str] = &["closed", "traded", "trading", "market", "markets"];
/// An index that is a survey's or a statistician's, not a market's.
pub(super) const SURVEY_INDEX_WORDS: &[&str] = &[
    "sentiment",
    "confidence",
    "survey",
    "inflation",
    "cpi",
    "pmi",
    "unemployment",
    "purchasing",
];

pub(super) const ESTIMATE_BEFORE: &[&str] =
    &["could", "would", "might", "will", "expected", "forecast*"];
pub(super) const ESTIMATE_WORDS: &[&str] = &[
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
];

/// Words of loss that make a toll only beside the figure ("lost 1,400 jobs", "homes
/// damaged").
pub(super) const LOSS_WORDS: &[&str] = &[
    "destroyed",
    "damaged",
    "flooded",
    "redundancies",
    "layoffs",
    "laid",
    "axed",
    "cuts",
    "lost",
];

/// What makes a figure still to come, not a fact of now or then.
pub(super) const AHEAD_WORDS: &[&str] = &[
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
];

/// Headline and lede words of markets copy.
pub(super) const MARKETS_COPY_WORDS: &[&str] = &[
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
];

/// Verbs and adverbs of a market move.
pub(super) const MOVE_VERBS: &[&str] = &[
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
];

/// Movers whose moves are figures of the economy or of a company's trade, not of a market.
pub(super) const ECONOMY_WORDS: &[&str] = &[
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
];

/// "employs", "has", "its": the company holds what follows.
pub(super) const HOLD_WORDS: &[&str] = &[
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
];

/// A workforce.
pub(super) const WORKFORCE_WORDS: &[&str] = &[
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
];

/// An estate or a fleet.
pub(super) const ESTATE_WORDS: &[&str] = &[
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
];

/// Words of the weather: a reading of it is public data.
pub(super) const WEATHER_WORDS: &[&str] = &[
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
];

/// Units a weather reading is given in.
pub(super) const WEATHER_UNITS: &[&str] = &[
    "C", "°C", "F", "°F", "°", "km/h", "kmh", "mph", "mm", "cm", "in", "inches", "knots",
];

/// An election held: its seats, votes, wards and turnout.
pub(super) const ELECTION_WORDS: &[&str] = &[
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
];

/// A poll or survey of how people would vote.
pub(super) const POLL_WORDS: &[&str] = &[
    "poll",
    "polls",
    "polling",
    "survey",
    "surveyed",
    "respondents",
    "intention",
    "would",
];

pub(super) const TOLL_WORDS: &[&str] = &[
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
];

pub(super) const MARKET_WORDS: &[&str] = &[
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
];

/// Words of sport and awards: a result wherever they stand in the sentence.
pub(super) const RESULT_WORDS: &[&str] = &[
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
];

/// Words of winning and losing: a result only beside the figure ("won 14 titles",
/// "finishing third, 19 points behind"), not a sentence away ("rejected by 14 agents before the
/// publisher won an auction").
pub(super) const RESULT_NEAR_WORDS: &[&str] = &[
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
];

pub(super) const SCHEDULE_WORDS: &[&str] = &[
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
];

pub(super) const RECORD_WORDS: &[&str] = &[
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
];

/// A sentence handed down is on the record whenever it was.
pub(super) const COURT_WORDS: &[&str] = &["sentenced", "jailed", "fined", "convicted"];
pub(super) const MONEY_WORDS: &[&str] = &[
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
];

pub(super) const INTERESTED_WORDS: &[&str] = &[
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
];

pub(super) const PEOPLE_WORDS: &[&str] = &[
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
];

/// Verbs of a company reporting its results.
pub(super) const REPORTED_WORDS: &[&str] = &["reported", "reports", "posted", "posts", "announced"];
/// A company's results.
pub(super) const RESULTS_TERMS: &[&str] = &[
    "earned", "revenue", "revenues", "profit", "profits", "earnings", "turnover", "pre-tax",
    "ebitda", "dividend",
];
