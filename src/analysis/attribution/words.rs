//! Word lists of attribution: what may stand between a subject and its verb, inside a
//! source's name, or open the clause a reporting verb introduces.

/// Words that may sit between a subject and its verb: "the ministry also said", "he has
/// previously said".
pub(super) const BETWEEN_SUBJECT_AND_VERB: &[&str] = &[
    "also",
    "later",
    "previously",
    "separately",
    "further",
    "earlier",
    "recently",
    "repeatedly",
    "has",
    "have",
    "had",
    "would",
    "will",
    "then",
    "now",
    "again",
    "once",
    "already",
    "subsequently",
    "initially",
    "first",
    "originally",
    "publicly",
    "privately",
    "reportedly",
    "officially",
    "quickly",
    "simply",
    "just",
    "only",
    "still",
    "yet",
    "did",
    "does",
    "do",
    "itself",
    "himself",
    "herself",
    "themselves",
    "today",
    "yesterday",
];

/// Function words allowed inside a source's name: "the General Staff of the Armed Forces".
pub(super) const INNER: &[&str] = &[
    "the", "a", "an", "of", "for", "at", "with", "in", "on", "and", "de", "van", "von", "al",
    "bin", "la", "le", "du", "der", "&",
];

/// Words that open a clause after a reporting verb in the present tense: "Ukraine claims
/// Russia ...", "the data shows 300 ...".
pub(super) const CLAUSE_OPENERS: &[&str] = &[
    "that",
    "the",
    "a",
    "an",
    // Determiners that open the subject of a clause: "Rail Partners estimates each strike
    // day costs £55m".
    "each",
    "every",
    "both",
    "several",
    "this",
    "these",
    "those",
    "its",
    "their",
    "his",
    "her",
    "our",
    "some",
    "more",
    "over",
    "about",
    "around",
    "nearly",
    "almost",
    "at",
    "up",
    "fewer",
    "less",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "there",
    "how",
    "what",
    "no",
    "only",
    "just",
    "roughly",
    "approximately",
    "between",
    "as",
    "under",
    "below",
    "above",
    "most",
    "many",
    "half",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
];

/// Abbreviated titles written with a full stop before a name.
pub(super) const TITLE_ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "gen", "lt", "col", "sgt", "st", "rev",
    "hon", "supt", "insp", "det", "capt", "maj", "pres",
];

/// Words that link a source's head to a noun after it: "a source close to the company",
/// "economists polled by Reuters", "people familiar with the matter".
/// Participles after a document noun whose "by" names who made it ("figures compiled by X").
pub(super) const AGENT_PARTICIPLES: &[&str] = &[
    "compiled",
    "published",
    "collected",
    "gathered",
    "analysed",
    "analyzed",
    "produced",
    "released",
];

pub(super) const LINKING_PARTICIPLES: &[&str] = &[
    "close",
    "familiar",
    "surveyed",
    "polled",
    "questioned",
    "interviewed",
    "consulted",
    "briefed",
    "commissioned",
    "employed",
    "hired",
];

/// Verbs that report only before a clause or a quotation: "he added that", "she recalled:";
/// before a figure or a noun they are the verb's other sense ("employers added 275,000 jobs",
/// "Honda recalled 750,000 cars", "the army released 300 prisoners").
pub(super) const CLAUSE_ONLY_VERBS: &[&str] = &["add", "recall", "release"];

/// Reporting verbs whose third person is never a noun ("says", unlike "claims", "reports",
/// "shows", "notes").
pub(super) const ONLY_VERBS: &[&str] = &[
    "say",
    "tell",
    "warn",
    "insist",
    "argue",
    "admit",
    "deny",
    "confirm",
    "predict",
    "explain",
    "acknowledge",
    "concede",
    "suggest",
    "indicate",
    "reveal",
    // "The IMF expects growth of 2.1%": "expects" is never a noun.
    "expect",
];

/// Possessive determiners: "its accounts", "their figures".
pub(super) const POSSESSIVE_DETERMINERS: &[&str] =
    &["its", "their", "his", "her", "our", "my", "your"];

/// Counts a source revises: "It later raised the number of survivors to 41", "Officials
/// revised the death toll up to 300". Only a count's own noun takes the revision, so
/// "The Fed raised rates to 5.5%" and "Rescuers raised the boat to the surface" are no cues.
pub(super) const REVISED_COUNTS: &[&str] = &[
    "toll",
    "number",
    "count",
    "tally",
    "estimate",
    "estimates",
    "figure",
    "figures",
    "forecast",
    "forecasts",
    "total",
    "projection",
    "projections",
    "guidance",
];

/// Words that may open a sentence before its subject: "But Tim Mitchell, president of ...,
/// said".
pub(super) const SENTENCE_LINKS: &[&str] = &[
    "but",
    "and",
    "yet",
    "so",
    "meanwhile",
    "however",
    "still",
    "now",
    "separately",
    "instead",
    "elsewhere",
];

/// Words that make a headline's label before a colon a topic rather than a speaker.
pub(super) const HEADLINE_TOPICS: &[&str] = &[
    "storm",
    "hurricane",
    "typhoon",
    "cyclone",
    "tornado",
    "floods",
    "flooding",
    "earthquake",
    "wildfire",
    "wildfires",
    "heatwave",
    "war",
    "crisis",
    "election",
    "budget",
    "strike",
    "strikes",
    "inquiry",
    "trial",
    "live",
    "latest",
    "explained",
    "analysis",
    "updates",
    "update",
    "factbox",
    "timeline",
    "covid",
    "covid-19",
    "pandemic",
    "outbreak",
];
