//! Claim weight (issue 17): every unattributed claim gets a class by named rules
//! ([`super::weight_rules`]), and the class decides how loudly copydesk asks "who says so?".
//! Estimates, tolls, statistics about people, interested claims and contested money are
//! what an editor queries; public-record facts, schedules, market data, results and awards,
//! and headline figures the body sources are what published copy states without a source.

use serde::{Deserialize, Serialize};

use crate::analysis::figures::claims::{Figure, Qualifier};
use crate::analysis::findings::weight_rules as W;
use crate::analysis::findings::weight_words::*;
use crate::analysis::rules::Rule;
use crate::analysis::text::prose::{BlockKind, Prose};

/// The class of an unattributed claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ClaimClass {
    /// "an estimated $3bn", "is set to fall below 2%".
    Estimate,
    /// Counts of harm or loss: killed, injured, displaced, jobs lost, homes damaged.
    Toll,
    /// Shares, rates and survey results about people.
    Statistic,
    /// Sales, audience and usage claims a party has an interest in.
    InterestedClaim,
    /// Deficits, losses, damages, the cost of a project or a policy.
    ContestedMoney,
    /// A claim no rule places: asked about, as every claim used to be.
    Claim,
    /// A stake bought in 1998, a flotation price, a sentence handed down.
    PublicRecord,
    /// Services per week, a tour's dates, opening hours, a fleet.
    Schedule,
    /// Share prices, indices, currencies, commodities and their moves.
    MarketData,
    /// Scores, results, records in the books, award nominations and wins.
    AwardOrResult,
    /// A headline figure the body of the story sources.
    Headline,
}

impl ClaimClass {
    /// Every class, query group first.
    pub const ALL: [ClaimClass; 11] = [
        ClaimClass::Estimate,
        ClaimClass::Toll,
        ClaimClass::Statistic,
        ClaimClass::InterestedClaim,
        ClaimClass::ContestedMoney,
        ClaimClass::Claim,
        ClaimClass::PublicRecord,
        ClaimClass::Schedule,
        ClaimClass::MarketData,
        ClaimClass::AwardOrResult,
        ClaimClass::Headline,
    ];

    /// The class's name in configuration and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimClass::Estimate => "estimate",
            ClaimClass::Toll => "toll",
            ClaimClass::Statistic => "statistic",
            ClaimClass::InterestedClaim => "interested-claim",
            ClaimClass::ContestedMoney => "contested-money",
            ClaimClass::Claim => "claim",
            ClaimClass::PublicRecord => "public-record",
            ClaimClass::Schedule => "schedule",
            ClaimClass::MarketData => "market-data",
            ClaimClass::AwardOrResult => "award-or-result",
            ClaimClass::Headline => "headline",
        }
    }

    /// The class with this name.
    pub fn parse(name: &str) -> Option<ClaimClass> {
        ClaimClass::ALL.into_iter().find(|c| c.as_str() == name)
    }

    /// True for the classes an editor queries (a warning under the editorial policy).
    pub fn is_queried(self) -> bool {
        self <= ClaimClass::Claim
    }

    /// The class in a few words, as the hover's "Class" line names it ("an estimate", "a
    /// market price").
    pub fn describe(self) -> &'static str {
        match self {
            ClaimClass::Estimate => "an estimate",
            ClaimClass::Toll => "a toll",
            ClaimClass::Statistic => "a statistic",
            ClaimClass::InterestedClaim => "a claim someone has an interest in",
            ClaimClass::ContestedMoney => "contested money",
            ClaimClass::Claim => "a claim",
            ClaimClass::PublicRecord => "a public-record fact",
            ClaimClass::Schedule => "a schedule or operational detail",
            ClaimClass::MarketData => "a market price",
            ClaimClass::AwardOrResult => "a result or award on the record",
            ClaimClass::Headline => "a headline figure the story sources below",
        }
    }

    /// The end of the message after the quoted figure: the class and the question, or why a
    /// hint is only a hint.
    pub fn message_tail(self) -> &'static str {
        match self {
            ClaimClass::Estimate => " is an estimate: who estimates it?",
            ClaimClass::Toll => " is a toll: who counted it?",
            ClaimClass::Statistic => " is a statistic: whose figures are these?",
            ClaimClass::InterestedClaim => " is a claim someone has an interest in: who says so?",
            ClaimClass::ContestedMoney => " is contested money: who puts it at that?",
            ClaimClass::Claim => " has no attribution: who says so?",
            ClaimClass::PublicRecord => {
                " is a public-record fact: usually fine without a source (a hint only)"
            }
            ClaimClass::Schedule => {
                " is a schedule or operational detail: usually fine without a source (a hint only)"
            }
            ClaimClass::MarketData => {
                " is a market price: usually fine without a source (a hint only)"
            }
            ClaimClass::AwardOrResult => {
                " is a result or award on the record: usually fine without a source (a hint only)"
            }
            ClaimClass::Headline => {
                " is a headline figure the story sources below: fine without a source (a hint only)"
            }
        }
    }
}

/// The lower-case words of the figure's sentence, split at anything but letters, digits,
/// hyphens and apostrophes.
fn words_of(sentence: &str) -> Vec<String> {
    sentence
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// What the class rules look at: the figure, its sentence's words, and the words just
/// before and after the figure.
pub struct Seen<'a> {
    pub figure: &'a Figure,
    /// The figure as written, lower case.
    pub phrase: String,
    /// Every word of the sentence, lower case ([`words_of`]).
    pub words: Vec<&'a str>,
    /// Up to six words before the figure's phrase.
    pub before: Vec<&'a str>,
    /// Up to six words after it.
    pub after: Vec<&'a str>,
    /// The lists ([`List`]) any word of the sentence is on, as bits.
    pub on_lists: u64,
    /// The lists any word of `before` is on.
    pub before_lists: u64,
    /// The lists any word of `before` or `after` is on.
    pub near_lists: u64,
    /// The figure's clause before it, lower case: the sentence before the figure from the
    /// last comma, semicolon or colon ("lloyds fell 2.9% and natwest lost ").
    pub clause: String,
    /// The figure stands in a headline.
    pub headline: bool,
    /// A later figure with the same value is attributed.
    pub sourced_below: bool,
    /// The sentence names a year before this one ("in 1998"): an established fact.
    pub past_year: bool,
    /// The draft is markets copy: its headline or first paragraph is about shares, indices
    /// or markets ([`Story::of`]).
    pub markets_copy: bool,
    /// The draft is a company's results story ([`Story::of`]).
    pub results_story: bool,
    /// For a figure in a list item or table cell, the lower-case words of the heading the
    /// list stands under (over its other items and one lead paragraph); else empty.
    pub list_heading: Vec<String>,
}

/// A character [`words_of`] keeps in a word.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '\'' || c == '’'
}

/// The words of a figure's sentence as the class rules read them, lower case in one
/// buffer (the arena) rather than a `String` each: the sentence's words as [`words_of`]
/// splits it, the last six words before the figure and the first six after (as
/// [`words_of`] splits the text before and after it), and the lists ([`List`]) they are
/// on, each word looked up once.
struct Near {
    /// Every word of the sentence: its place in the arena.
    words: Vec<std::ops::Range<usize>>,
    before: Vec<std::ops::Range<usize>>,
    after: Vec<std::ops::Range<usize>>,
    on_lists: u64,
    before_lists: u64,
    after_lists: u64,
}

impl Near {
    /// The words of `sentence` and those before byte `b` and after byte `e` of it (none
    /// when `b` or `e` is no character boundary), written lower case into `arena`.
    fn of(sentence: &str, b: usize, e: usize, arena: &mut String) -> Near {
        // Each word's bytes in the sentence.
        let mut spans: Vec<(usize, usize)> = Vec::with_capacity(48);
        let mut start = None;
        for (at, c) in sentence.char_indices() {
            if is_word_char(c) {
                start.get_or_insert(at);
            } else if let Some(s) = start.take() {
                spans.push((s, at));
            }
        }
        if let Some(s) = start {
            spans.push((s, sentence.len()));
        }
        arena.reserve(sentence.len() + 16);
        let words: Vec<_> = spans
            .iter()
            .map(|&(s, e)| push_lower(arena, &sentence[s..e]))
            .collect();
        let masks: Vec<u64> = words.iter().map(|r| mask_of(&arena[r.clone()])).collect();
        let mut near = Near {
            on_lists: masks.iter().fold(0, |all, m| all | m),
            words,
            before: Vec::new(),
            after: Vec::new(),
            before_lists: 0,
            after_lists: 0,
        };
        if sentence.is_char_boundary(b) {
            // The words wholly before the figure, and the part before it of a word it
            // starts inside.
            let whole = spans.partition_point(|&(_, end)| end <= b);
            let part = spans.get(whole).filter(|&&(s, _)| s < b).map(|&(s, _)| {
                let r = push_lower(arena, &sentence[s..b]);
                let mask = mask_of(&arena[r.clone()]);
                (r, mask)
            });
            let keep = 6 - usize::from(part.is_some());
            let kept = whole.saturating_sub(keep)..whole;
            for (word, mask) in near.words[kept.clone()].iter().zip(&masks[kept]) {
                near.before.push(word.clone());
                near.before_lists |= mask;
            }
            if let Some((r, mask)) = part {
                near.before.push(r);
                near.before_lists |= mask;
            }
        }
        if sentence.is_char_boundary(e) {
            // The part after the figure of a word it ends inside, then the words after.
            let first = spans.partition_point(|&(s, _)| s < e);
            if let Some(&(_, end)) = first.checked_sub(1).map(|k| &spans[k]).filter(|s| s.1 > e) {
                let r = push_lower(arena, &sentence[e..end]);
                near.after_lists |= mask_of(&arena[r.clone()]);
                near.after.push(r);
            }
            let room = 6 - near.after.len();
            let kept = first..(first + room).min(spans.len());
            for (word, mask) in near.words[kept.clone()].iter().zip(&masks[kept]) {
                near.after.push(word.clone());
                near.after_lists |= mask;
            }
        }
        near
    }
}

/// Appends `word` lower case to `arena`; returns where it is.
fn push_lower(arena: &mut String, word: &str) -> std::ops::Range<usize> {
    let start = arena.len();
    if word.is_ascii() {
        arena.push_str(word);
        arena[start..].make_ascii_lowercase();
    } else {
        arena.push_str(&word.to_lowercase());
    }
    start..arena.len()
}

/// What the class rules know of the whole draft, worked out once per draft.
#[derive(Clone, Copy, Debug, Default)]
pub struct Story {
    /// The headline or the first paragraph is about shares, indices or markets.
    pub markets_copy: bool,
    /// The headline or the first paragraph says a company reported its results ("Cascade
    /// Air reported a record annual profit").
    pub results_story: bool,
}

impl Story {
    /// The draft's story: its first two blocks (the headline and the lede) are read.
    pub fn of(text: &str, prose: &Prose<'_>) -> Story {
        let top = prose.blocks.iter().take(2);
        let markets_copy = top.into_iter().any(|b| {
            let lower = b.span.of(text).to_lowercase();
            words_of(&lower)
                .iter()
                .any(|w| MARKETS_COPY_WORDS.matches(w))
                || lower.contains("wall street")
                || lower.contains("s&p")
        });
        let results_story = prose.blocks.iter().take(3).any(|b| {
            let words = words_of(b.span.of(text));
            let trading = words.iter().any(|w| RESULTS_TERMS.matches(w));
            trading && words.iter().any(|w| REPORTED_WORDS.matches(w))
                || (trading || words.iter().any(|w| w == "sales")) && names_trading_period(&words)
        });
        Story {
            markets_copy,
            results_story,
        }
    }
}

/// "in the year to March", "in the six months to June", "full-year", "third-quarter": the
/// trading period a company reports its results for.
fn names_trading_period(words: &[String]) -> bool {
    words.windows(2).any(|w| {
        w[1] == "to" && word_matches(&w[0], &["year", "months", "weeks"])
            || w[1] == "quarter" && word_matches(&w[0], &["first", "second", "third", "fourth"])
    }) || words.iter().any(|w| {
        word_matches(
            w,
            &[
                "half-year",
                "full-year",
                "first-half",
                "interim",
                "quarterly",
                "third-quarter",
            ],
        )
    })
}

impl Seen<'_> {
    /// A word of the sentence is on `list`.
    fn any(&self, list: List) -> bool {
        self.on_lists & list.bit != 0
    }
    /// A word of the sentence matches an entry of `list` (a short list of the rule's own).
    fn any_of(&self, list: &[&str]) -> bool {
        self.words.iter().any(|w| word_matches(w, list))
    }
    /// A word just before or after the figure is on `list`.
    fn near(&self, list: List) -> bool {
        self.near_lists & list.bit != 0
    }
    /// A word just before or after the figure matches an entry of `list`.
    fn near_of(&self, list: &[&str]) -> bool {
        self.before
            .iter()
            .chain(&self.after)
            .any(|w| word_matches(w, list))
    }
    fn currency(&self) -> bool {
        self.figure
            .unit
            .as_deref()
            .is_some_and(|u| u.len() == 3 && u.chars().all(|c| c.is_ascii_uppercase()) || u == "p")
    }
    fn percent(&self) -> bool {
        self.figure
            .unit
            .as_deref()
            .is_some_and(|u| u == "%" || u == "percentage points")
            || self.phrase.contains(" in ")
            || self.phrase.contains("half")
            || self.phrase.contains("third")
            || self.phrase.contains("quarter")
    }
}

impl Seen<'_> {
    /// A percentage, a share ("a quarter") or a move in points.
    fn move_sized(&self) -> bool {
        self.percent() || self.figure.unit.as_deref() == Some("points")
    }
    /// The words just before the figure say it is still to come ("will", "could", "plans to").
    fn ahead(&self) -> bool {
        self.before_lists & AHEAD_WORDS.bit != 0
    }
}

/// One class rule: the rule, its class, and whether it applies.
type ClassRule = (&'static Rule, ClaimClass, fn(&Seen<'_>) -> bool);

/// The class rules in order: the first that applies decides.
const CLASS_RULES: &[ClassRule] = &[
    (&W::HEADLINE, ClaimClass::Headline, |s| {
        s.headline && s.sourced_below
    }),
    (&W::RESULTS_LIST, ClaimClass::AwardOrResult, is_results_list),
    (
        &W::REPORTED_RESULTS,
        ClaimClass::PublicRecord,
        is_reported_result,
    ),
    (&W::SCHEDULE_LIST, ClaimClass::Schedule, is_schedule_list),
    (&W::MARKET_MOVE, ClaimClass::MarketData, is_market_move),
    (&W::HEAD_COUNT, ClaimClass::Schedule, is_head_count),
    (&W::WEATHER, ClaimClass::PublicRecord, is_weather_reading),
    (&W::ATTENDANCE, ClaimClass::AwardOrResult, is_attendance),
    (&W::ELECTION, ClaimClass::AwardOrResult, is_election_result),
    (&W::PRICE, ClaimClass::Schedule, is_published_price),
    (&W::DEAL, ClaimClass::PublicRecord, is_completed_deal),
    (&W::RECORD_MARK, ClaimClass::AwardOrResult, is_record_mark),
    (&W::ESTIMATE, ClaimClass::Estimate, is_estimate),
    (&W::PAST_TOLL, ClaimClass::PublicRecord, |s| {
        is_toll(s) && s.past_year && !s.any_of(&["since", "so", "far", "date"])
    }),
    (&W::TOLL, ClaimClass::Toll, is_toll),
    (&W::DECISION, ClaimClass::PublicRecord, is_decision),
    (&W::MARKET, ClaimClass::MarketData, is_market_data),
    (&W::RESULT, ClaimClass::AwardOrResult, |s| {
        s.any(RESULT_WORDS) || s.near(RESULT_NEAR_WORDS)
    }),
    (&W::SCHEDULE, ClaimClass::Schedule, |s| {
        s.any(SCHEDULE_WORDS) && !s.currency() && !s.percent()
    }),
    (&W::RECORD, ClaimClass::PublicRecord, |s| {
        s.any(COURT_WORDS) || s.any(RECORD_WORDS) && s.past_year
    }),
    (&W::MONEY, ClaimClass::ContestedMoney, |s| {
        s.currency() && s.any(MONEY_WORDS)
    }),
    (&W::INTERESTED, ClaimClass::InterestedClaim, |s| {
        s.any(INTERESTED_WORDS)
    }),
    (&W::STATISTIC, ClaimClass::Statistic, |s| {
        s.percent() || s.near(PEOPLE_WORDS)
    }),
];

/// The class of figure `i`, an unattributed claim, and the rule that gave it (`None` for
/// the default class, [`ClaimClass::Claim`]).
pub fn classify(
    text: &str,
    prose: &Prose<'_>,
    story: Story,
    figures: &[Figure],
    i: usize,
) -> (ClaimClass, Option<&'static Rule>) {
    let f = &figures[i];
    let sentence = f.sentence.of(text);
    let rel = |at: usize| at.saturating_sub(f.sentence.start).min(sentence.len());
    let (b, e) = (rel(f.span.start), rel(f.span.end));
    let lead = sentence.get(..b).unwrap_or("");
    let clause = lead[lead.rfind([',', ';', ':']).map_or(0, |k| k + 1)..].to_lowercase();
    let mut arena = String::new();
    let near = Near::of(sentence, b, e, &mut arena);
    let block = block_of(prose, f);
    let headline = block.is_some_and(|k| {
        let bl = &prose.blocks[k];
        matches!(bl.kind, BlockKind::Heading(_))
            || (k == 0
                && !bl
                    .span
                    .of(text)
                    .trim_end()
                    .ends_with(['.', '!', '?', '”', '"', ':']))
    });
    let list_heading = block.map_or_else(Vec::new, |k| heading_over_list(text, prose, k));
    let words = near
        .words
        .iter()
        .map(|r| &arena[r.clone()])
        .collect::<Vec<_>>();
    let before = near.before.iter().map(|r| &arena[r.clone()]).collect();
    let after = near.after.iter().map(|r| &arena[r.clone()]).collect();
    let seen = Seen {
        list_heading,
        figure: f,
        phrase: f.span.of(text).to_lowercase(),
        past_year: words
            .iter()
            .any(|w| w.len() == 4 && w.parse::<u16>().is_ok_and(|y| (1800..2024).contains(&y))),
        words,
        before,
        after,
        on_lists: near.on_lists,
        before_lists: near.before_lists,
        near_lists: near.before_lists | near.after_lists,
        clause,
        headline,
        markets_copy: story.markets_copy,
        results_story: story.results_story,
        sourced_below: headline
            && figures[i + 1..]
                .iter()
                .any(|g| g.attribution.is_some() && g.value == f.value && g.unit == f.unit),
    };
    CLASS_RULES
        .iter()
        .find(|(_, _, applies)| applies(&seen))
        .map_or((ClaimClass::Claim, None), |&(rule, class, _)| {
            (class, Some(rule))
        })
}

/// A decision a public body has taken ("Wrexford Borough Council has approved a council
/// tax rise of 4.99% and the closure of three branch libraries"): on the record. Not a gap,
/// deficit or loss beside the figure, which stays contested money, and not one to come.
fn is_decision(s: &Seen<'_>) -> bool {
    !s.ahead()
        && s.any(DECISION_VERBS)
        && s.any(PUBLIC_BODIES)
        && !s.near_of(&[
            "gap",
            "deficit",
            "shortfall",
            "loss",
            "losses",
            "overspend",
            "debt",
        ])
}

/// In a story of a company's reported results, its earnings, revenue and profit ("earned
/// $842 million for the year, or $6.51 per share", "Revenue rose 9% to $11.3 billion"):
/// the results the story opens on, on the record. Not analysts' expectations nor a figure to
/// come.
fn is_reported_result(s: &Seen<'_>) -> bool {
    s.results_story
        && !s.ahead()
        && !s.any_of(&["analysts", "expected", "forecast", "estimated", "consensus"])
        && (s.near(RESULTS_TERMS) || s.words.windows(2).any(|w| w[0] == "per" && w[1] == "share"))
}

/// How many blocks back a list's heading is looked for: a long table is read no further.
const LIST_REACH: usize = 60;

/// The words of the heading over the list or table that block `k` belongs to: back over
/// the list's items or the table's cells and at most one lead paragraph ("Prices, set by
/// the cabinet, are:"). Empty for a block that is no list item or cell.
pub(crate) fn heading_over_list(text: &str, prose: &Prose<'_>, k: usize) -> Vec<String> {
    let listed = |b: &crate::analysis::text::prose::Block| match b.kind {
        BlockKind::ListItem | BlockKind::TableCell => true,
        // A plain-text list: lines opening with a list marker.
        BlockKind::Paragraph => {
            let body = b.span.of(text).trim_start();
            // "12. ": digits, then the body's first ". " (read without searching a long
            // paragraph for it).
            let digits = body.bytes().take_while(u8::is_ascii_digit).count();
            body.starts_with(['-', '*', '•', '|']) || digits > 0 && body[digits..].starts_with(". ")
        }
        _ => false,
    };
    // A plain-text subheading: one short line with no stop at its end.
    let heading = |b: &crate::analysis::text::prose::Block| {
        let body = b.span.of(text).trim();
        matches!(b.kind, BlockKind::Heading(_))
            || b.kind == BlockKind::Paragraph
                && body.len() <= 60
                && !body.contains('\n')
                && !body.ends_with(['.', '!', '?', ':', '"', '”', ','])
    };
    if !listed(&prose.blocks[k]) {
        return Vec::new();
    }
    let mut leads = 0;
    for b in prose.blocks[k.saturating_sub(LIST_REACH)..k].iter().rev() {
        if heading(b) {
            return words_of(b.span.of(text));
        }
        if !listed(b) {
            if b.kind != BlockKind::Paragraph || leads > 0 {
                break;
            }
            leads += 1;
        }
    }
    Vec::new()
}

/// A list or table under a heading of results ("The result", "National League North: top
/// four", "Medal table"): each figure is a result on the record.
fn is_results_list(s: &Seen<'_>) -> bool {
    !s.currency() && s.list_heading.iter().any(|w| RESULTS_HEADINGS.matches(w))
}

/// A list under a heading of prices, fares, dates or times ("Prices", "Tour dates",
/// "Timetable"): operational detail.
fn is_schedule_list(s: &Seen<'_>) -> bool {
    s.list_heading.iter().any(|w| SCHEDULE_HEADINGS.matches(w))
}

/// The block holding figure `f`. Blocks are in document order: a binary search, not a scan
/// per figure.
pub(crate) fn block_of(prose: &Prose<'_>, f: &Figure) -> Option<usize> {
    prose
        .blocks
        .partition_point(|bl| bl.span.start <= f.span.start)
        .checked_sub(1)
        .filter(|&k| f.span.start < prose.blocks[k].span.end)
}

/// "an estimated 300", "about 300,000", "is set to fall below", "could cost".
fn is_estimate(s: &Seen<'_>) -> bool {
    matches!(s.figure.qualifier_kind, Some(Qualifier::About))
        && s.figure
            .qualifier
            .as_deref()
            .is_some_and(|q| !q.eq_ignore_ascii_case("some"))
        || s.before_lists & ESTIMATE_BEFORE.bit != 0
        || s.any(ESTIMATE_WORDS)
}

/// A count of harm or loss: a word of death or injury anywhere in the sentence, or a word
/// of loss ("lost", "cuts", "damaged") beside the figure; a percentage, a sum of money or a
/// move in points is no head count of harm ("Lloyds lost 2.9%", "he lost £310,000 betting",
/// "lost three, finishing 19 points behind").
fn is_toll(s: &Seen<'_>) -> bool {
    if s.move_sized() || s.currency() {
        return false;
    }
    s.any(TOLL_WORDS) || s.near(LOSS_WORDS)
}

/// A move in markets copy: a percentage or points just after a move verb ("Lloyds fell
/// 2.9%", "closed down 1.2% at 38,412.07", "strengthened 0.6% to 146.85 per dollar"), or the
/// market value a share price gives ("valuing the group at about £130m"), where the mover
/// is no figure of the economy or the company's trade ("sales fell 9.4%" is the company's
/// figure; "inflation rose to 3.8%" an official one) and the move is not a forecast.
fn is_market_move(s: &Seen<'_>) -> bool {
    if !s.markets_copy || s.ahead() {
        return false;
    }
    let n = s.before.len();
    let recent = &s.before[n.saturating_sub(3)..];
    // The mover is read back from the verb over the clause ("Sales at the 100 biggest
    // developers fell"); a share of a market is the company's figure, not a market's.
    let clause = words_of(&s.clause);
    let verb_at = clause.iter().rposition(|w| MOVE_VERBS.matches(w));
    let mover = verb_at.map_or(&clause[..0], |v| &clause[..v]);
    if mover.iter().any(|w| ECONOMY_WORDS.matches(w))
        || mover.windows(2).any(|w| w[0] == "share" && w[1] == "of")
    {
        return false;
    }
    let moved = recent.iter().any(|w| MOVE_VERBS.matches(w));
    // The level a move ended at: "closed down 1.2% at 38,412.07", "lost 0.4% to 21,388.9".
    let level = matches!(s.before.last().copied(), Some("at" | "to"))
        && verb_at.is_some()
        && s.clause.contains('%');
    let valued = s.before.contains(&"valuing") && s.any_of(&["shares", "stock"]);
    moved && s.move_sized() || level || valued
}

/// A workforce or an estate held now or then ("employs about 24,000 people", "which has
/// around 38,000 staff", "its roughly 3,900 pilots", "operates a fleet of about 1,300
/// trucks"): a routine fact of the company's operations, also when rounded. Not a promise
/// ("will employ 500 people") and not jobs that go ("will cut 1,100 jobs").
/// "Temperatures reached 41C", "winds gusted at up to 70km/h": a reading in a unit of the
/// weather, in a sentence about the weather.
fn is_weather_reading(s: &Seen<'_>) -> bool {
    s.figure
        .unit
        .as_deref()
        .is_some_and(|u| WEATHER_UNITS.contains(&u))
        && s.any(WEATHER_WORDS)
}

/// "in front of 7,412 fans", "a crowd of 62,000 watched": the crowd at an event. Not
/// marchers or protesters, whose numbers are contested.
fn is_attendance(s: &Seen<'_>) -> bool {
    let n = s.before.len();
    let recent = &s.before[n.saturating_sub(3)..];
    let watching = recent
        .windows(2)
        .any(|w| w == ["front", "of"] || w == ["crowd", "of"]);
    if !watching {
        return false;
    }
    let phrase = words_of(&s.phrase);
    let audience = phrase
        .iter()
        .map(String::as_str)
        .skip(1)
        .chain(s.after.iter().copied().take(2))
        .any(|w| {
            word_matches(
                w,
                &["fans", "spectators", "supporters", "watched", "people"],
            )
        });
    audience && !s.any_of(&["protest*", "march*", "rally", "demonstrat*"])
}

fn is_head_count(s: &Seen<'_>) -> bool {
    if s.ahead() || s.currency() || s.move_sized() {
        return false;
    }
    let held = s.before.iter().rev().take(3).any(|w| HOLD_WORDS.matches(w));
    let employs = s
        .before
        .iter()
        .rev()
        .take(3)
        .any(|w| w.starts_with("employ"));
    if !(held || employs) {
        return false;
    }
    // The counted noun may be part of the figure as written ("about 4,300 people").
    let phrase = words_of(&s.phrase);
    let mut following = phrase
        .iter()
        .map(String::as_str)
        .skip(1)
        .chain(s.after.iter().copied().take(4));
    let noun = following
        .clone()
        .any(|w| WORKFORCE_WORDS.matches(w) || ESTATE_WORDS.matches(w));
    let people = following.any(|w| w == "people");
    (held || employs) && noun || employs && people
}

/// Seats, votes, wards and turnout of an election that has been held, beside the figure
/// ("Reform UK won 19 seats", "by 212 votes"), or a share of the vote ("Labour's share of
/// the vote fell to 31%"): a result on the record. A poll of how people would vote is no
/// result, and seats on planes or in a stadium are not beside an election's figure.
fn is_election_result(s: &Seen<'_>) -> bool {
    if s.ahead() || s.any(POLL_WORDS) {
        return false;
    }
    if s.currency() {
        return false;
    }
    // The counted noun may be part of the figure as written ("19 seats").
    s.near(ELECTION_WORDS)
        || words_of(&s.phrase)
            .iter()
            .any(|w| ELECTION_WORDS.matches(w))
        || s.words
            .windows(3)
            .any(|w| w[0] == "share" && w[1] == "of" && w[2] == "vote")
        || s.words
            .windows(4)
            .any(|w| w[0] == "share" && w[2] == "the" && w[3] == "vote")
}

/// A published price: a ticket, an admission, a fare, a list or cover price ("priced from
/// £39.50 to £85", "admission is £20 for adults", "a US list price of about $26,500 a
/// year"). Not an average price, which is a statistic, nor what a thing costs to make, nor a
/// resale price ("resale sites were listing tickets at up to £400"), nor a price to come.
fn is_published_price(s: &Seen<'_>) -> bool {
    if !s.currency() || s.ahead() || s.any(NOT_PUBLISHED_PRICE) {
        return false;
    }
    s.any(PRICE_WORDS)
        || s.words
            .windows(2)
            .any(|w| w[1] == "price" && matches!(w[0], "list" | "cover" | "retail" | "ticket"))
}

/// Money of a deal done, on the record: funds raised, a valuation in a funding round, an
/// order or a purchase made, a jury's award ("has raised about £300m from investors",
/// "ordered 18 electric single-deckers at a cost of £7.4m", "a jury ordered the company to
/// pay $286 million"). Not an estimate of it, and not one still to come.
fn is_completed_deal(s: &Seen<'_>) -> bool {
    if !s.currency() || s.ahead() || s.any_of(&["estimated", "estimate", "reportedly"]) {
        return false;
    }
    s.any(DEAL_WORDS)
}

/// A mark measured against a record ("improve his own world record" at 6.29 metres, "the
/// previous record of 4.05m"): a result in the books. Only a measured mark: "a record
/// 45,000 people crossed" is a count an editor queries.
fn is_record_mark(s: &Seen<'_>) -> bool {
    let measured = s.figure.unit.as_deref().is_some_and(|u| {
        matches!(
            u,
            "m" | "metres" | "meters" | "cm" | "km" | "seconds" | "s" | "kg"
        )
    }) || s
        .after
        .first()
        .is_some_and(|w| matches!(*w, "metres" | "meters" | "m" | "seconds"));
    // "4.41m" may be metres or millions: metres when no plural noun follows.
    let short_unit = !s.currency()
        && ["m", "cm", "km", "kg"].iter().any(|u| {
            s.phrase
                .strip_suffix(u)
                .is_some_and(|rest| rest.ends_with(|c: char| c.is_ascii_digit()))
        })
        // Nothing counted after it: "4.5m passengers" is millions.
        && s.after.first().is_none_or(|w| !w.ends_with('s') || *w == "as");
    (measured || short_unit) && s.any_of(&["record", "records"])
}

/// A market price or move: an instrument named in the sentence ("shares", "Brent", "the
/// FTSE"), or a word of trading ("closed", "the market") in markets copy; not a survey's
/// index ("the index of consumer sentiment") nor a figure about people.
fn is_market_data(s: &Seen<'_>) -> bool {
    (s.any(MARKET_WORDS) || s.markets_copy && s.any(TRADING_WORDS))
        && !s.any(PEOPLE_WORDS)
        && !s.any(SURVEY_INDEX_WORDS)
}

#[cfg(test)]
mod tests {
    use crate::analysis::{ClaimClass, Code, Config, Format, Severity, analyze};

    fn unattributed(text: &str, config: &Config) -> Vec<(Severity, Option<ClaimClass>, String)> {
        analyze(text, Format::PlainText, config)
            .findings
            .into_iter()
            .filter(|f| f.code == Code::UnattributedClaim)
            .map(|f| (f.severity, f.class, f.message))
            .collect()
    }

    #[test]
    fn editorial_policy_warns_on_tolls_and_hints_on_market_prices() {
        let text = "At least 14 people were killed in the blast.\n\nShares in the company fell 4.6% in London.\n";
        let found = unattributed(text, &Config::default());
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].0, Severity::Warning);
        assert_eq!(found[0].1, Some(ClaimClass::Toll));
        assert!(
            found[0].2.ends_with("is a toll: who counted it?"),
            "{}",
            found[0].2
        );
        assert_eq!(found[1].0, Severity::Hint);
        assert_eq!(found[1].1, Some(ClaimClass::MarketData));
        assert!(found[1].2.contains("usually fine without a source"));
    }

    #[test]
    fn strict_policy_warns_on_every_class_and_presets_switch_classes_off() {
        let text = "Shares in the company fell 4.6% in London.\n";
        let strict = Config::from_json(r#"{"policy": "strict"}"#).unwrap_or_default();
        assert_eq!(unattributed(text, &strict)[0].0, Severity::Warning);
        let markets = Config::from_json(r#"{"preset": "markets"}"#).unwrap_or_default();
        assert!(unattributed(text, &markets).is_empty());
        let own = Config::from_json(r#"{"classes": {"market-data": "error"}}"#).unwrap_or_default();
        assert_eq!(unattributed(text, &own)[0].0, Severity::Error);
        assert!(Config::from_json(r#"{"classes": {"bogus": "off"}}"#).is_err());
    }

    #[test]
    fn an_estimate_names_its_class() {
        let found = unattributed(
            "The bridge will cost an estimated $3bn.\n",
            &Config::default(),
        );
        assert_eq!(found[0].1, Some(ClaimClass::Estimate));
        assert!(
            found[0].2.contains("is an estimate: who estimates it?"),
            "{}",
            found[0].2
        );
    }

    #[test]
    fn a_casualty_count_without_its_attribution_stays_a_warning() {
        let text = "Russia has lost more than 14,400 soldiers since 24 February.\n";
        let found = unattributed(text, &Config::default());
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, Severity::Warning);
    }

    fn classes(text: &str) -> Vec<Option<ClaimClass>> {
        unattributed(text, &Config::default())
            .into_iter()
            .map(|f| f.1)
            .collect()
    }

    #[test]
    fn moves_in_markets_copy_are_market_data_and_the_economy_is_not() {
        let text = "FTSE 100 slips as banks weigh after BoE holds\n\n\
            The midcap FTSE 250 lost 0.4% to 21,388.9. Lloyds fell 2.9% and NatWest lost 2.4%.\n\n\
            Sales at the 100 biggest developers fell 18% in February.\n";
        let found = classes(text);
        assert_eq!(found.len(), 6, "{found:?}");
        assert!(
            found[..4]
                .iter()
                .all(|c| *c == Some(ClaimClass::MarketData)),
            "{found:?}"
        );
        // The developers' sales are theirs, not a market's move.
        assert_eq!(found[5], Some(ClaimClass::InterestedClaim));
        // The same moves outside markets copy are not placed by the move rule, and a
        // percentage lost is never a toll.
        let plain = classes("Lloyds fell 2.9% and NatWest lost 2.4%.\n");
        assert!(!plain.contains(&Some(ClaimClass::Toll)), "{plain:?}");
    }

    #[test]
    fn a_workforce_is_an_operational_detail_and_jobs_that_go_are_a_toll() {
        assert_eq!(
            classes("Carlow employs about 4,300 people in Herefordshire.\n"),
            vec![Some(ClaimClass::Schedule)]
        );
        assert_eq!(
            classes(
                "Its larger rival, which has about 21,000 staff, lost 1,900 jobs in January.\n"
            ),
            vec![Some(ClaimClass::Schedule), Some(ClaimClass::Toll)]
        );
        assert_eq!(
            classes("The company will employ about 4,300 people at the new plant.\n"),
            vec![Some(ClaimClass::Estimate)]
        );
    }

    #[test]
    fn seats_won_are_a_result_and_a_poll_is_not() {
        assert_eq!(
            classes("Reform UK won 19 seats in an all-out election.\n"),
            vec![Some(ClaimClass::AwardOrResult)]
        );
        assert_eq!(
            classes("Some 29% of voters backed Reform UK in the poll.\n"),
            vec![Some(ClaimClass::Statistic)]
        );
        // Seats on planes are no election.
        let fares = classes(
            "Jet fuel is on course to average about $2.40 a gallon as airlines add fewer seats.\n",
        );
        assert_eq!(fares, vec![Some(ClaimClass::Estimate)]);
    }

    #[test]
    fn published_prices_and_deals_done_are_hints_and_costs_to_come_are_not() {
        assert_eq!(
            classes("Admission is £20 for adults and £15 for over-65s.\n"),
            vec![Some(ClaimClass::Schedule), Some(ClaimClass::Schedule)]
        );
        assert_eq!(
            classes("Resale sites were soon listing standing tickets at up to £400.\n"),
            vec![Some(ClaimClass::Claim)]
        );
        assert_eq!(
            classes("Loop has raised $1.1 billion from investors.\n"),
            vec![Some(ClaimClass::PublicRecord)]
        );
        assert_eq!(
            classes("Lumen lost an estimated £61m last year.\n"),
            vec![Some(ClaimClass::Estimate)]
        );
    }

    #[test]
    fn a_measured_record_mark_is_a_result_and_a_record_count_is_not() {
        assert_eq!(
            classes("The river peaked at 4.41m, beating the previous record of 4.05m.\n"),
            vec![
                Some(ClaimClass::AwardOrResult),
                Some(ClaimClass::AwardOrResult)
            ]
        );
        assert_ne!(
            classes("A record 45,000 people crossed the Channel.\n"),
            vec![Some(ClaimClass::AwardOrResult)]
        );
    }

    #[test]
    fn class_words_far_from_the_figure_do_not_make_a_hint() {
        // "won" a clause away, "screens" beside a share, a survey's index, a running count
        // since a past year: each is asked about, as an editor would.
        for text in [
            "It was rejected by 14 agents before Hannah Bowes at the Greenhouse agency took it on, and Harrow won the world rights.\n",
            "Premium large-format screens such as Imax accounted for 48% of the domestic total.\n",
            "The university's index of consumer sentiment dropped to 50.3 in October.\n",
            "More than 40 world indoor records have fallen since 2020.\n",
        ] {
            let found = unattributed(text, &Config::default());
            assert!(
                found.iter().all(|f| f.0 == Severity::Warning),
                "{text}: {found:?}"
            );
        }
        // Words of sport anywhere still make a result.
        assert_eq!(
            classes("Carney took 41 wickets at an average of 22.6 for Tasmania.\n")[0],
            Some(ClaimClass::AwardOrResult)
        );
    }

    #[test]
    fn a_results_table_and_a_price_list_are_hints_and_a_list_of_costs_is_not() {
        let md = "# By-election\n\nThe count ended at 4am.\n\n## The result\n\n- Pennington (Reform UK): 10,652\n- Hartley (Conservative): 8,214\n\n## Prices\n\n- Adult swim: £5.40\n\n## Costs\n\n- Building work: £13.6m\n";
        let found: Vec<Option<ClaimClass>> = analyze(md, Format::Markdown, &Config::default())
            .findings
            .into_iter()
            .filter(|f| f.code == Code::UnattributedClaim)
            .map(|f| f.class)
            .collect();
        assert_eq!(
            found,
            vec![
                Some(ClaimClass::AwardOrResult),
                Some(ClaimClass::AwardOrResult),
                Some(ClaimClass::Schedule),
                Some(ClaimClass::Claim),
            ]
        );
    }

    #[test]
    fn a_decision_taken_is_on_the_record_and_the_gap_it_closes_is_not() {
        let found = classes(
            "Wrexford Borough Council has approved a council tax rise of 4.99% and the closure of three branch libraries as it tries to close a budget gap of £7.4m.\n",
        );
        assert_eq!(
            found,
            vec![
                Some(ClaimClass::PublicRecord),
                Some(ClaimClass::PublicRecord),
                Some(ClaimClass::ContestedMoney),
            ]
        );
        // A vote to come is no decision taken: still asked about.
        let ahead = classes("The council will vote next week on a council tax rise of 4.99%.\n");
        assert!(
            ahead.iter().all(|c| c.is_some_and(ClaimClass::is_queried)),
            "{ahead:?}"
        );
    }

    #[test]
    fn a_results_story_states_the_companys_results_and_asks_about_what_is_to_come() {
        let text = "Cascade Air posts record profit\n\nCascade Air reported a record annual profit on Thursday.\n\nThe carrier earned $842 million for the year. It could earn $900 million in profit next year.\n";
        let found = classes(text);
        assert_eq!(found[0], Some(ClaimClass::PublicRecord), "{found:?}");
        assert!(found[1].is_some_and(ClaimClass::is_queried), "{found:?}");
    }
}
