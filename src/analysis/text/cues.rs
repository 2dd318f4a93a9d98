//! The attribution lexicon: the verbs, prepositions and nouns news uses to say who says so
//! (after the groups of `attribution-cues.md`), plus a desk's extra phrases.

use std::sync::LazyLock;

use crate::analysis::text::lookup::{FastMap, FastSet, WordMap};

/// How a verb cue reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VerbClass {
    /// say, tell, add, claim ...: attributes whatever its subject is.
    Speech,
    /// show, find, estimate, indicate ...: attributes when its subject is a source.
    Data,
}

/// The grammatical form of a verb as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VerbForm {
    /// "say", "estimate": a verb only after a plural subject, a pronoun or a modal.
    Base,
    /// "says", "claims": a verb only when a clause follows ("Ukraine claims Russia ...").
    Third,
    /// "said", "claimed".
    Past,
}

/// A verb cue found in the lexicon.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VerbCue {
    pub lemma: &'static str,
    pub class: VerbClass,
    pub form: VerbForm,
}

/// (base, third person, past, past participle if different) per verb.
const SPEECH: &[(&str, &str, &str, &str)] = &[
    ("say", "says", "said", ""),
    ("tell", "tells", "told", ""),
    ("add", "adds", "added", ""),
    ("note", "notes", "noted", ""),
    ("explain", "explains", "explained", ""),
    ("state", "states", "stated", ""),
    ("declare", "declares", "declared", ""),
    ("announce", "announces", "announced", ""),
    // A launch announces the product's terms: "Orbit also unveiled:" before a list of prices.
    ("unveil", "unveils", "unveiled", ""),
    ("confirm", "confirms", "confirmed", ""),
    ("insist", "insists", "insisted", ""),
    ("argue", "argues", "argued", ""),
    ("claim", "claims", "claimed", ""),
    ("assert", "asserts", "asserted", ""),
    ("admit", "admits", "admitted", ""),
    ("acknowledge", "acknowledges", "acknowledged", ""),
    ("concede", "concedes", "conceded", ""),
    ("warn", "warns", "warned", ""),
    ("stress", "stresses", "stressed", ""),
    ("reply", "replies", "replied", ""),
    ("respond", "responds", "responded", ""),
    ("comment", "comments", "commented", ""),
    ("mention", "mentions", "mentioned", ""),
    ("write", "writes", "wrote", "written"),
    ("tweet", "tweets", "tweeted", ""),
    ("post", "posts", "posted", ""),
    ("testify", "testifies", "testified", ""),
    ("recall", "recalls", "recalled", ""),
    ("reiterate", "reiterates", "reiterated", ""),
    ("repeat", "repeats", "repeated", ""),
    ("maintain", "maintains", "maintained", ""),
    ("contend", "contends", "contended", ""),
    ("allege", "alleges", "alleged", ""),
    ("deny", "denies", "denied", ""),
    ("predict", "predicts", "predicted", ""),
    ("promise", "promises", "promised", ""),
    ("pledge", "pledges", "pledged", ""),
    ("vow", "vows", "vowed", ""),
    ("complain", "complains", "complained", ""),
    ("accuse", "accuses", "accused", ""),
    ("urge", "urges", "urged", ""),
    ("continue", "continues", "continued", ""),
    ("boast", "boasts", "boasted", ""),
    ("disclose", "discloses", "disclosed", ""),
    ("brief", "briefs", "briefed", ""),
    ("inform", "informs", "informed", ""),
    ("believe", "believes", "believed", ""),
    ("understand", "understands", "understood", ""),
];

const DATA: &[(&str, &str, &str, &str)] = &[
    ("show", "shows", "showed", "shown"),
    ("find", "finds", "found", ""),
    ("estimate", "estimates", "estimated", ""),
    ("suggest", "suggests", "suggested", ""),
    ("indicate", "indicates", "indicated", ""),
    ("reveal", "reveals", "revealed", ""),
    ("report", "reports", "reported", ""),
    ("record", "records", "recorded", ""),
    ("count", "counts", "counted", ""),
    ("calculate", "calculates", "calculated", ""),
    ("put", "puts", "put", ""),
    ("forecast", "forecasts", "forecast", "forecasted"),
    ("project", "projects", "projected", ""),
    ("measure", "measures", "measured", ""),
    ("publish", "publishes", "published", ""),
    ("release", "releases", "released", ""),
    ("conclude", "concludes", "concluded", ""),
    ("tally", "tallies", "tallied", ""),
    ("register", "registers", "registered", ""),
    ("document", "documents", "documented", ""),
    ("verify", "verifies", "verified", ""),
    ("list", "lists", "listed", ""),
    ("expect", "expects", "expected", ""),
];

static VERBS: LazyLock<WordMap<VerbCue>> = LazyLock::new(|| {
    let mut map = FastMap::default();
    for (table, class) in [(SPEECH, VerbClass::Speech), (DATA, VerbClass::Data)] {
        for &(base, third, past, participle) in table {
            map.insert(
                base,
                VerbCue {
                    lemma: base,
                    class,
                    form: VerbForm::Base,
                },
            );
            map.insert(
                third,
                VerbCue {
                    lemma: base,
                    class,
                    form: VerbForm::Third,
                },
            );
            map.insert(
                past,
                VerbCue {
                    lemma: base,
                    class,
                    form: VerbForm::Past,
                },
            );
            if !participle.is_empty() {
                map.insert(
                    participle,
                    VerbCue {
                        lemma: base,
                        class,
                        form: VerbForm::Past,
                    },
                );
            }
        }
    }
    // "point out" is matched as "pointed" + "out" by the attribution module.
    map.insert(
        "pointed",
        VerbCue {
            lemma: "point out",
            class: VerbClass::Speech,
            form: VerbForm::Past,
        },
    );
    map.insert(
        "points",
        VerbCue {
            lemma: "point out",
            class: VerbClass::Speech,
            form: VerbForm::Third,
        },
    );
    WordMap::from(map)
});

/// The verb cue a lower-case word is, if any.
pub fn verb(lower: &str) -> Option<VerbCue> {
    VERBS.get(lower)
}

/// Nouns that make a subject a document or statistic ("the latest UN count").
pub const DOCUMENT_NOUNS: &[&str] = &[
    "count",
    "counts",
    "figures",
    "figure",
    "data",
    "statistics",
    "stats",
    "report",
    "reports",
    "survey",
    "surveys",
    "poll",
    "polls",
    "study",
    "studies",
    "analysis",
    "estimate",
    "estimates",
    "update",
    "updates",
    "census",
    "tally",
    "records",
    "record",
    "document",
    "documents",
    "research",
    "filing",
    "filings",
    "accounts",
    "results",
    "index",
    "review",
    "audit",
    "assessment",
    "projections",
    "projection",
    "forecast",
    "forecasts",
    "post",
    "statement",
    "release",
    "modelling",
    "modeling",
    "calculations",
    "numbers",
    "dashboard",
    "database",
    "register",
    "bulletin",
    "briefing",
    "letter",
    "paper",
    "memo",
    "analysis",
    "investigation",
    "inquiry",
    "tracker",
    "model",
    "list",
    "budget",
    "release",
    "website",
    "draft",
    "drafts",
    "note",
    "notes",
    "minutes",
    "transcript",
    "submission",
    "prospectus",
    "papers",
    "returns",
    "chart",
    "charts",
    "table",
    "graph",
    "footage",
];

/// Heads of subjects that name nobody: "officials said", "sources say".
pub const VAGUE_NOUNS: &[&str] = &[
    "officials",
    "official",
    "sources",
    "source",
    "analysts",
    "experts",
    "observers",
    "diplomats",
    "insiders",
    "residents",
    "witnesses",
    "critics",
    "reports",
    "some",
    "many",
    "others",
    "authorities",
    "commentators",
    "insider",
    "people",
    "campaigners",
    "activists",
    "estimates",
    "rumours",
    "rumors",
    "media",
    "aides",
    "aide",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "representatives",
    "observers",
    "economists",
    "scientists",
    "researchers",
    "doctors",
    "locals",
    "critics",
    "supporters",
    "opponents",
];

/// Objects of "according to" that are not sources: "according to plan".
pub const NOT_SOURCES: &[&str] = &[
    "plan",
    "plans",
    "schedule",
    "script",
    "tradition",
    "custom",
    "legend",
    "protocol",
    "design",
    "instructions",
    "expectations",
    "form",
    "taste",
    "need",
    "needs",
    "size",
    "age",
    "rank",
    "merit",
    "type",
    "law",
    "the",
    "rules",
];

/// Words naming days and months: "said the ministry on Monday" ends the source at "on".
pub const CALENDAR_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Titles that mark a source as a person: "Dr Paul Gray", "chief executive Emma Revie".
pub const PERSON_WORDS: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "professor",
    "sir",
    "dame",
    "lord",
    "lady",
    "judge",
    "justice",
    "president",
    "minister",
    "secretary",
    "chancellor",
    "governor",
    "mayor",
    "senator",
    "rep",
    "representative",
    "mp",
    "councillor",
    "executive",
    "chief",
    "director",
    "manager",
    "chairman",
    "chairwoman",
    "chair",
    "economist",
    "analyst",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "leader",
    "head",
    "teacher",
    "officer",
    "commissioner",
    "founder",
    "boss",
    "coach",
    "captain",
    "prosecutor",
    "inspector",
    "superintendent",
    "constable",
    "detective",
    "sergeant",
    "general",
    "colonel",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "bishop",
    "researcher",
    "scientist",
    "author",
    "lecturer",
    "surgeon",
    "doctor",
    "nurse",
    "mother",
    "father",
    "owner",
    "resident",
    "organiser",
    "organizer",
    "partner",
    "editor",
    "correspondent",
    "ambassador",
    "envoy",
    "premier",
];

/// Words that mark a source as an organisation or a document: what "it" and "they" stand
/// for, never "he" or "she".
pub const ORGANISATION_WORDS: &[&str] = &[
    "ministry",
    "department",
    "office",
    "council",
    "company",
    "firm",
    "group",
    "government",
    "agency",
    "bank",
    "trust",
    "police",
    "service",
    "commission",
    "committee",
    "board",
    "authority",
    "union",
    "association",
    "institute",
    "university",
    "college",
    "court",
    "party",
    "army",
    "military",
    "staff",
    "command",
    "corporation",
    "inc",
    "ltd",
    "plc",
    "organisation",
    "organization",
    "charity",
    "hospital",
    "school",
    "club",
    "league",
    "federation",
    "bureau",
    "administration",
    "network",
    "survey",
    "centre",
    "center",
    "foundation",
    "fund",
    "society",
    "consortium",
    "regulator",
    "watchdog",
    "carmaker",
    "retailer",
    "airline",
    "insurer",
    "lender",
    "supermarket",
    "chain",
    "brands",
    "motor",
    "motors",
    "organisers",
    "organizers",
    // "the coast guard said", "the coastguard", "the National Guard".
    "coastguard",
    "guard",
];

/// Pronouns that stand for an earlier source.
pub const PRONOUNS: &[&str] = &["he", "she", "it", "they", "we", "i"];

/// Hedges that attribute to nobody: "reportedly", "allegedly".
pub const HEDGES: &[&str] = &[
    "reportedly",
    "allegedly",
    "purportedly",
    "supposedly",
    "apparently",
];

/// Court and hearing reports attribute to the proceedings themselves: "Fenwick stole
/// £250,000, the court heard." Built in because every court reporter writes them; a desk adds
/// its own with `cues` in copydesk.json.
const HEARING_PHRASES: &[&str] = &[
    "the court heard",
    "the court was told",
    "the jury heard",
    "the jury was told",
    "the inquest heard",
    "the inquest was told",
    "the hearing heard",
    "the hearing was told",
    "the tribunal heard",
    "the tribunal was told",
    "the committee heard",
    "the committee was told",
    "the inquiry heard",
    "the inquiry was told",
];

/// The cue phrases in force: the built-in lexicon plus a desk's extra phrases.
#[derive(Clone, Debug)]
pub struct Lexicon {
    /// Phrases matched whole (the built-in hearing phrases, then the configuration's), as
    /// lower-case word sequences.
    pub extra: Vec<Vec<String>>,
    /// The first word of every phrase in `extra` with the second words that follow it ("" for
    /// a one-word phrase): most words start no phrase, and the phrases that "the" starts
    /// differ in their second word, so two lookups rule a word out before any phrase is
    /// compared word by word.
    starts: FastMap<String, FastSet<String>>,
    /// What the keys of `starts` are made of, to turn most words away before hashing them:
    /// bit `n` set for a key `n` bytes long (63 for longer), and their first and last bytes.
    start_lengths: u64,
    start_first: [bool; 256],
    start_last: [bool; 256],
    /// Bit filters over the openings of `extra` that the attribution stage builds on first
    /// use and keeps here (once per lexicon instead of once per sentence); opaque to this
    /// module. Like `starts`, it assumes `extra` is not changed after construction.
    pub phrase_filter: std::sync::OnceLock<(u64, u64, u128)>,
}

impl Default for Lexicon {
    fn default() -> Self {
        Self::with_extra(&[])
    }
}

impl Lexicon {
    /// The built-in lexicon plus `extra` phrases from the configuration.
    pub fn with_extra(extra: &[String]) -> Self {
        let extra: Vec<Vec<String>> = HEARING_PHRASES
            .iter()
            .copied()
            .chain(extra.iter().map(String::as_str))
            .map(|e| {
                e.split_whitespace()
                    .map(str::to_lowercase)
                    .collect::<Vec<_>>()
            })
            .filter(|words| !words.is_empty())
            .collect();
        let mut starts: FastMap<String, FastSet<String>> = FastMap::default();
        for phrase in &extra {
            if let Some(first) = phrase.first() {
                let second = phrase.get(1).cloned().unwrap_or_default();
                starts.entry(first.clone()).or_default().insert(second);
            }
        }
        let mut start_lengths = 0u64;
        let mut start_first = [false; 256];
        let mut start_last = [false; 256];
        for first in starts.keys() {
            start_lengths |= 1 << first.len().min(63);
            if let (Some(&a), Some(&z)) = (first.as_bytes().first(), first.as_bytes().last()) {
                start_first[usize::from(a)] = true;
                start_last[usize::from(z)] = true;
            }
        }
        Lexicon {
            extra,
            starts,
            start_lengths,
            start_first,
            start_last,
            phrase_filter: std::sync::OnceLock::new(),
        }
    }

    /// True when some phrase in `extra` may start with `lower` (a lower-case word) followed by
    /// `next` (the next word as written).
    pub fn may_start_phrase(&self, lower: &str, next: &str) -> bool {
        // No phrase starts with an empty word (`with_extra` splits on whitespace).
        let bytes = lower.as_bytes();
        let (Some(&a), Some(&z)) = (bytes.first(), bytes.last()) else {
            return false;
        };
        if self.start_lengths & (1 << bytes.len().min(63)) == 0
            || !self.start_first[usize::from(a)]
            || !self.start_last[usize::from(z)]
        {
            return false;
        }
        self.starts.get(lower).is_some_and(|seconds| {
            seconds.contains("")
                || seconds.contains(crate::analysis::text::lookup::lower(next).as_ref())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hearing_phrases_are_built_in_and_a_desk_adds_its_own() {
        let lexicon = Lexicon::with_extra(&["put the figure at".to_string()]);
        let has = |p: &str| lexicon.extra.iter().any(|e| e.join(" ") == p);
        assert!(has("the court heard"));
        assert!(has("put the figure at"));
        assert!(
            Lexicon::default()
                .extra
                .iter()
                .any(|e| e.join(" ") == "the jury was told")
        );
    }

    #[test]
    fn verb_forms_are_known() {
        assert_eq!(verb("said").map(|v| v.lemma), Some("say"));
        assert_eq!(verb("claims").map(|v| v.form), Some(VerbForm::Third));
        assert_eq!(verb("indicated").map(|v| v.class), Some(VerbClass::Data));
        assert!(verb("tank").is_none());
    }

    #[test]
    fn extra_phrases_are_split_into_words() {
        let lexicon = Lexicon::with_extra(&["Put The Figure At".to_string()]);
        assert_eq!(
            lexicon.extra.last(),
            Some(&vec![
                "put".to_string(),
                "the".into(),
                "figure".into(),
                "at".into()
            ])
        );
    }
}
