//! Analysis of one block on its own: sentences, figures, kinds, claims and the attributions
//! found in or carried between its sentences. Spans are relative to the block, so results
//! can be cached by the block's text and reused wherever the block moves.

use crate::analysis::attribution::context;
use crate::analysis::attribution::context_rules;
use crate::analysis::attribution::cue_rules;
use crate::analysis::attribution::sentence::{self, Attribution, Cue, Grade};
use crate::analysis::attribution::story;
use crate::analysis::figures::claims::{self, Figure, Kind};
use crate::analysis::figures::kind_rules;
use crate::analysis::figures::kinds::{self, Call, Context};
use crate::analysis::figures::numerals;
use crate::analysis::rules::{Rule, Trail};
use crate::analysis::subjects::keys;
use crate::analysis::text::cues::Lexicon;
use crate::analysis::text::nouns;
use crate::analysis::text::prose::BlockKind;
use crate::analysis::text::sentences;
use crate::analysis::text::shared_str::SharedStr;
use crate::analysis::text::span::Span;
use crate::analysis::text::tokens::Tokens;

/// The results for one block, with spans relative to the block's start.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BlockAnalysis {
    /// Every figure, claims and non-claims, in order.
    pub figures: Vec<Figure>,
    /// The cues that name a source (named and document grades), in order, also those on
    /// sentences without figures: what pronouns in later sentences refer back to and what a
    /// quick-fix offers. A pronoun's or a vague source's cue is kept by its figure alone:
    /// every open draft's analysis holds these, so they are not kept twice.
    pub cues: Vec<Attribution>,
    /// The block has a cue of its own, of any grade (an open quotation from an earlier block
    /// does not run on past it).
    pub has_cues: bool,
    /// What the block hands to the next one: see [`carry_between_blocks`].
    pub hand_off: HandOff,
    /// The block reads as a headline or subheading: its figures may be sourced below.
    pub headline: bool,
    /// The block refers back to a body of figures ("the survey", "the figures"): a release
    /// named in the paragraph before goes on sourcing it.
    pub refers_back: bool,
    /// The rules that found a number to be no figure at all ("the two countries"): there is
    /// no figure to record them on, and `copydesk rules` examples need to see them fire.
    pub dropped: Vec<&'static Rule>,
}

/// How a block's speaker reaches past a paragraph break.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HandOff {
    /// End of a quotation that opens the block, if the block opens with one.
    pub opening_quote_end: Option<usize>,
    /// The block ends inside a quotation left open: the quote runs on into the next block.
    pub ends_in_open_quote: bool,
    /// The speaker of that open quotation, when the block names one.
    pub quote_speaker: Option<Attribution>,
    /// The speaker of a block that ends "..., the company said:", introducing what follows.
    pub colon_speaker: Option<Attribution>,
    /// The named speaker of a closed quotation in the block's last sentence ("\"...,\" said
    /// Maria Lopez."): a next paragraph that is only more quotation continues them.
    pub closing_quote_speaker: Option<Attribution>,
    /// The release, poll or data set named by the block's last sentence with a cue.
    pub release: Option<Attribution>,
}

/// Analyses one block's text.
pub fn analyze_block(text: &str, kind: BlockKind, lexicon: &Lexicon) -> BlockAnalysis {
    let t = Tokens::new(text);
    if t.is_empty() {
        return BlockAnalysis::default();
    }
    let sentences = sentences::split(text);
    let quotes = sentences::quotations(text);
    let ranges: Vec<(usize, usize)> = sentences
        .iter()
        .map(|s| (t.index_at(s.start), t.index_at(s.end)))
        .collect();
    // A list item or table cell reading "Revenue: £2.1bn" is a label, not a headline's
    // "Minister: ..." attribution.
    let headline = matches!(kind, BlockKind::Heading(_))
        || (!matches!(kind, BlockKind::ListItem | BlockKind::TableCell)
            && sentences.len() == 1
            && !text
                .trim_end()
                .ends_with(['.', '!', '?', '”', '"', '’', ':', ';', ','])
            && text.len() < 200);
    let title_case = headline && is_title_case(&t);

    let cues: Vec<Vec<Cue>> = ranges
        .iter()
        .map(|&(s, e)| sentence::cues_in_sentence(&t, s, e, &quotes, headline, lexicon))
        .collect();

    let raw = numerals::find(&t);
    let sentence_of = |token: usize| {
        ranges
            .iter()
            .position(|&(s, e)| s <= token && token < e)
            .unwrap_or(0)
    };
    let calls: Vec<Call> = (0..raw.len())
        .map(|index| {
            let sentence_start = ranges[sentence_of(raw[index].first)].0;
            kinds::classify(&Context {
                tokens: &t,
                figures: &raw,
                index,
                title_case,
                sentence_start,
            })
        })
        .collect();
    let table_score = kind == BlockKind::TableCell && kinds::is_table_cell_score(&t, &raw);
    let calls: Vec<Call> = if table_score {
        vec![Call::Figure(Kind::Score, &kind_rules::TABLE_CELL_SCORE)]
    } else {
        calls
    };
    let kinds: Vec<Option<Kind>> = calls.iter().map(|c| c.kind()).collect();
    // Which sentences state a claim: a release continues only after giving figures.
    let with_claims = sentences_with_claims(&raw, &kinds, sentence_of, ranges.len());
    let block = Sentences {
        ranges: &ranges,
        cues: &cues,
        with_claims: &with_claims,
    };
    let dropped: Vec<&'static Rule> = calls
        .iter()
        .filter_map(|c| match c {
            Call::Dropped(rule) => Some(*rule),
            Call::Figure(..) => None,
        })
        .collect();

    let mut out = Vec::with_capacity(raw.len());
    // What a sentence gives each of its figures' subjects, worked out once per sentence.
    let mut sentence_memo = keys::SentenceMemo::default();
    for (index, r) in raw.iter().enumerate() {
        let Some(kind) = kinds[index] else { continue };
        let si = sentence_of(r.first);
        let (s0, s1) = ranges[si];
        let noun = if kind == Kind::Claim {
            nouns::counted_noun(&t, r.end)
        } else {
            None
        };
        let subject_noun = noun.is_some_and(|n| claims::percent_noun_opens_clause(&t, r, n));
        let noun = noun.filter(|_| !subject_noun);
        let mut figure = claims::build(&t, r, kind, noun);
        figure.sentence = sentences[si];
        if let Call::Figure(_, rule) = calls[index] {
            figure.rules = Trail::of(rule);
        }
        if subject_noun {
            figure.rules.push(&kind_rules::PERCENT_NOT_COUNTING);
        }
        // "dozens of homes" is at least 24 homes: compared as a lower bound, never a claim.
        let vague_low = (kind == Kind::Vague)
            .then(|| keys::vague_lower_bound(&t, r))
            .flatten();
        if kind == Kind::Claim || vague_low.is_some() {
            let scoped_by = scoping_figures(&t, text, (&raw, &kinds), index, (s0, s1));
            let qualifier_start = claims::qualifier_before(&t, r.first).map_or(r.first, |(s, _)| s);
            let span = (qualifier_start, s0, s1);
            let subject = keys::subject_of_in(&t, r, span, &scoped_by, &mut sentence_memo);
            figure.subject = subject.key.map(SharedStr::from);
            figure.scope = subject.scope.into();
            figure.comparable = subject.comparable && is_compared(r, vague_low);
            figure.rules.extend(&subject.rules);
            match vague_low {
                Some(low) => {
                    figure.interval = crate::analysis::figures::interval::Interval::above(low, true)
                }
                None => figure.attribution = attribution_for(&t, r.first, si, &block, &quotes),
            }
        }
        out.push(figure);
    }
    let hand_off = hand_off(&t, text, &block, &quotes);
    BlockAnalysis {
        figures: out,
        has_cues: cues.iter().any(|sentence| !sentence.is_empty()),
        cues: cues
            .into_iter()
            .flatten()
            .map(|c| c.attribution)
            .filter(|a| matches!(a.grade, Grade::Named | Grade::Document))
            .collect(),
        hand_off,
        headline,
        refers_back: context::refers_back(&t, &ranges),
        dropped,
    }
}

/// What scopes the claim at `index` in the sentence spanning tokens `[s0, s1)`, as written:
/// years, dates and time references in the same sentence, and labels such as "grade 7"; not
/// the date a thing was said on or a count began. Figures are in token order: only the
/// sentence's own are looked at.
fn scoping_figures(
    t: &Tokens<'_>,
    text: &str,
    (raw, kinds): (&[numerals::RawFigure], &[Option<Kind>]),
    index: usize,
    (s0, s1): (usize, usize),
) -> Vec<String> {
    let lo = raw.partition_point(|r| r.first < s0);
    let hi = raw.partition_point(|r| r.first < s1);
    raw[lo..hi]
        .iter()
        .zip(&kinds[lo..hi])
        .enumerate()
        .map(|(j, pair)| (lo + j, pair))
        .filter(|&(j, (other, k))| {
            j != index
                && match k {
                    Some(Kind::Year) => true,
                    Some(Kind::Date | Kind::TimeReference) => {
                        !keys::is_incidental_time(t, other.first, s0)
                    }
                    Some(Kind::Name) => keys::is_scoping_label(t, other.first),
                    _ => false,
                }
        })
        .map(|(_, (other, k))| match k {
            // A date's phrase, so "12 March" and "12 April" differ.
            Some(kind @ (Kind::Date | Kind::TimeReference)) => claims::build(t, other, *kind, None)
                .span
                .of(text)
                .to_string(),
            Some(Kind::Name) => {
                format!("{} {}", t.text_of(other.first - 1), other.span.of(text)).to_lowercase()
            }
            _ => other.span.of(text).to_string(),
        })
        .collect()
}

/// Whether a figure's reading lets it be compared. Approximate counts ("a dozen", "a couple
/// of dozen", "half a million") are, over the wide interval their words give (see
/// `claims::interval_of`); a fraction in words ("about two-thirds of customers") is not:
/// shares of one group with different predicates share a key ("80% of our customers are
/// here"). A vague amount with a lower bound ("dozens of homes") is.
fn is_compared(r: &numerals::RawFigure, vague_low: Option<f64>) -> bool {
    let fraction = matches!(r.unit, Some(numerals::Unit::Percent));
    !r.approximate || !fraction || vague_low.is_some()
}

/// Per sentence, whether one of its figures is a claim.
fn sentences_with_claims(
    raw: &[numerals::RawFigure],
    kinds: &[Option<Kind>],
    sentence_of: impl Fn(usize) -> usize,
    sentences: usize,
) -> Vec<bool> {
    let mut out = vec![false; sentences];
    for (r, k) in raw.iter().zip(kinds) {
        if *k == Some(Kind::Claim) {
            out[sentence_of(r.first)] = true;
        }
    }
    out
}

/// A block's sentences as token ranges, with each sentence's cues and whether it states a
/// claim.
struct Sentences<'a> {
    ranges: &'a [(usize, usize)],
    cues: &'a [Vec<Cue>],
    with_claims: &'a [bool],
}

/// What a block passes to the next: an open quotation and its speaker, or the speaker of a
/// closing "said:".
fn hand_off(t: &Tokens<'_>, text: &str, block: &Sentences<'_>, quotes: &[Span]) -> HandOff {
    let (ranges, cues) = (block.ranges, block.cues);
    let trimmed = text.trim_end();
    let lead = text.len() - text.trim_start().len();
    let opening_quote_end = quotes.iter().find(|q| q.start == lead).map(|q| q.end);
    let last_quote = quotes.iter().max_by_key(|q| q.end);
    let ends_in_open_quote = last_quote
        .is_some_and(|q| q.end >= trimmed.len() && !trimmed.ends_with(['”', '"', '»', '’']));
    let quote_speaker = last_quote.filter(|_| ends_in_open_quote).and_then(|q| {
        let at = t.index_at(q.start).min(t.len().saturating_sub(1));
        let si = ranges
            .iter()
            .position(|&(s, e)| s <= at && at < e)
            .unwrap_or(0);
        attribution_for(t, at, si, block, quotes)
    });
    let colon_speaker = if trimmed.ends_with(':') {
        cues.last()
            .and_then(|last| last.last())
            .map(|c| c.attribution.clone())
    } else {
        None
    };
    let closing_quote_speaker = (!ends_in_open_quote)
        .then(|| closing_quote_speaker(t, block, quotes))
        .flatten();
    let release = cues
        .iter()
        .rev()
        .find_map(|sentence| sentence.last())
        .filter(|c| context::is_release(t, c))
        .map(|c| c.attribution.clone());
    HandOff {
        opening_quote_end,
        ends_in_open_quote,
        quote_speaker,
        colon_speaker,
        closing_quote_speaker,
        release,
    }
}

/// The speaker of a closed quotation in the block's last sentence, named there (or a
/// pronoun standing for one).
fn closing_quote_speaker(
    t: &Tokens<'_>,
    block: &Sentences<'_>,
    quotes: &[Span],
) -> Option<Attribution> {
    let last = block.ranges.iter().rposition(|&(s, e)| s < e)?;
    let (s, e) = block.ranges[last];
    let q = quotes.iter().rfind(|q| spans_touch(t, s, e, **q))?;
    let at = t.index_at(q.start).min(e - 1);
    sentence::nearest_cue(t, &block.cues[last], at)
        .map(|c| &c.attribution)
        .filter(|a| matches!(a.grade, Grade::Named | Grade::Pronoun))
        .cloned()
}

/// The hand-off of a block that hands nothing on.
static NO_HAND_OFF: HandOff = HandOff {
    opening_quote_end: None,
    ends_in_open_quote: false,
    quote_speaker: None,
    colon_speaker: None,
    closing_quote_speaker: None,
    release: None,
};

/// What [`carry_between_blocks`] needs of one block: where it is, its hand-off, how many
/// figures it has and whether it names a source of its own.
#[derive(Clone, Debug)]
pub struct BlockCarry {
    pub span: Span,
    /// `None` for a block that hands nothing on (most): the record is kept for every block
    /// of the draft and read on every keystroke, so it stays small.
    pub hand_off: Option<Box<HandOff>>,
    pub figures: usize,
    pub has_cues: bool,
    /// The block is an item of a list: a "said:" reaches every item of the list after it.
    pub list_item: bool,
    /// The block reads as a headline or subheading.
    pub headline: bool,
    /// The block refers back to a body of figures and names no source of its own.
    pub refers_back: bool,
    /// The block's claims are all shares (per cent, points), it names no source of its own
    /// and no year or date: poll standings that go on from a poll named before.
    pub shares_only: bool,
}

impl BlockCarry {
    /// The hand-off record of `part`, a block of `kind` at `span`.
    pub fn of(span: Span, kind: BlockKind, part: &BlockAnalysis) -> Self {
        BlockCarry {
            span,
            hand_off: (part.hand_off != NO_HAND_OFF).then(|| Box::new(part.hand_off.clone())),
            figures: part.figures.len(),
            has_cues: part.has_cues,
            // A plain-text paragraph that opens with a list marker ("2. ") is a list item.
            list_item: kind == BlockKind::ListItem
                || part.figures.first().is_some_and(|f| {
                    f.trail().iter().any(|r| {
                        std::ptr::eq(r, &crate::analysis::figures::kind_rules::LIST_MARKER)
                    })
                }),
            headline: part.headline,
            refers_back: part.refers_back && !part.has_cues,
            // A year or a date puts the shares at another time than the poll's ("Turnout
            // was 62% in 2019").
            shares_only: !part.has_cues
                && part.figures.iter().any(Figure::is_claim)
                && !part
                    .figures
                    .iter()
                    .any(|f| matches!(f.kind, Kind::Year | Kind::Date))
                && part.figures.iter().filter(|f| f.is_claim()).all(|f| {
                    matches!(
                        f.unit.as_deref(),
                        Some("%" | "percentage points" | "points")
                    )
                }),
        }
    }
}

/// Carries a speaker over paragraph breaks, for claims that have no source of their own: a
/// quotation left open at the end of a paragraph and reopened at the start of the next
/// continues its speaker; a paragraph ending "the company said:" gives its speaker to the
/// next block (a block quote, a paragraph). `figures` are the blocks' figures in order,
/// already at document offsets. Returns the figures whose attribution it set, each with the
/// one it had before (for [`crate::analysis::reuse`] to undo).
pub fn carry_between_blocks(
    blocks: &[BlockCarry],
    figures: &mut [Figure],
) -> Vec<(usize, Option<Attribution>)> {
    let mut log = Vec::new();
    let mut pending_quote: Option<Attribution> = None;
    let mut pending_colon: Option<(Attribution, bool)> = None;
    let mut pending_closing: Option<Attribution> = None;
    let mut pending_release: Option<Attribution> = None;
    let mut next = 0;
    for part in blocks {
        let block = part.span;
        let range = next..(next + part.figures).min(figures.len());
        next = range.end;
        let hand = part.hand_off.as_deref().unwrap_or(&NO_HAND_OFF);
        let quote_end = hand.opening_quote_end.map(|e| block.start + e);
        // A paragraph of more quotation, with no speaker of its own, after a quoted speaker.
        let continued = pending_closing
            .take()
            .filter(|_| quote_end.is_some() && !part.has_cues);
        let from_quote = pending_quote.take().filter(|_| quote_end.is_some());
        let (from_quote, quote_rule) = match (from_quote, continued) {
            (Some(a), _) => (Some(a), &cue_rules::CARRY_OPEN_QUOTE),
            (None, c) => (c, &context_rules::CARRY_QUOTED_SPEAKER),
        };
        // After the first item of a list, a "said:" reaches only the list's other items.
        let from_colon = pending_colon
            .take()
            .filter(|(_, list_only)| !list_only || part.list_item)
            .map(|(a, _)| a);
        let first = range.start;
        // A paragraph that goes on about the figures a release gave ("The survey of 1,214
        // voters ...") and names no source of its own is the release's; so is a paragraph of
        // standings after a poll ("Labour is on 31%, the Conservatives on 27%").
        let standings = part.shares_only && !part.refers_back;
        let release = pending_release
            .take()
            .filter(|a| part.refers_back || standings && is_poll(a));
        let release_rule = if standings {
            &context_rules::CARRY_POLL_STANDINGS
        } else {
            &context_rules::CARRY_RELEASE_NEXT_PARAGRAPH
        };
        if let Some(a) = &release {
            for (k, f) in figures[range.clone()].iter_mut().enumerate() {
                if f.is_claim() && f.attribution.is_none() {
                    let mut carried = a.clone();
                    carried.carried = true;
                    carried.rules.push(release_rule);
                    log.push((first + k, f.attribution.replace(carried)));
                }
            }
        }
        for (k, f) in figures[range].iter_mut().enumerate() {
            // A list item's "Revenue: £2.1bn" labels the figure; the source is the "said:".
            let labelled =
                from_colon.is_some() && f.attribution.as_ref().is_some_and(|a| a.cue == ":");
            if !f.is_claim() || (f.attribution.is_some() && !labelled) {
                continue;
            }
            let speaker = from_colon.as_ref().or(from_quote
                .as_ref()
                .filter(|_| quote_end.is_some_and(|end| f.span.start < end)));
            if let Some(a) = speaker {
                let mut carried = Attribution {
                    carried: true,
                    ..a.clone()
                };
                carried.rules.push(if from_colon.is_some() {
                    &cue_rules::CARRY_SAID_COLON
                } else {
                    quote_rule
                });
                let before = f.attribution.replace(carried);
                log.push((first + k, before));
            }
        }
        let shifted = |a: &Attribution| {
            let mut a = a.clone();
            shift_attribution(&mut a, block.start);
            a
        };
        // An open quotation with no speaker of its own runs on with the one it received.
        let received = from_quote.or_else(|| from_colon.clone());
        pending_quote = if hand.ends_in_open_quote {
            hand.quote_speaker
                .as_ref()
                .map(shifted)
                .or(received.filter(|_| !part.has_cues))
        } else {
            None
        };
        pending_closing = hand.closing_quote_speaker.as_ref().map(shifted);
        pending_release = hand.release.as_ref().map(shifted).or(release);
        pending_colon = match hand.colon_speaker.as_ref() {
            Some(a) => Some((shifted(a), false)),
            None => from_colon.filter(|_| part.list_item).map(|a| (a, true)),
        };
    }
    // Last, so a headline takes a source the body has only by carrying.
    let headlines = headline_ranges(blocks, figures.len());
    story::headline_sourced_below(&headlines, figures, &mut log);
    log
}

/// A release that is a poll or survey, whose standings a later paragraph may go on giving.
fn is_poll(a: &Attribution) -> bool {
    [a.cue.as_str(), a.source.as_str()].iter().any(|text| {
        let lower = text.to_lowercase();
        ["poll", "survey"].iter().any(|w| lower.contains(w))
    })
}

/// The ranges of figures, by index, of the blocks that read as headlines.
fn headline_ranges(blocks: &[BlockCarry], total: usize) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut next = 0;
    for part in blocks {
        let range = next..(next + part.figures).min(total);
        next = range.end;
        if part.headline && !range.is_empty() {
            out.push(range);
        }
    }
    out
}

/// The attribution of a claim at token `at` in sentence `si`: the nearest cue in its
/// sentence, else one carried by a quotation spanning sentences, else a governing
/// "According to X," earlier in the block.
fn attribution_for(
    t: &Tokens<'_>,
    at: usize,
    si: usize,
    block: &Sentences<'_>,
    quotes: &[Span],
) -> Option<Attribution> {
    let (ranges, cues) = (block.ranges, block.cues);
    if let Some(cue) = sentence::nearest_cue(t, &cues[si], at) {
        return Some(cue.attribution.clone());
    }
    let carried = context::carried;
    // A quotation that runs over several sentences carries the cue of any of them.
    let offset = t.list[at].span.start;
    for q in quotes
        .iter()
        .filter(|q| q.start <= offset && offset < q.end)
    {
        let nearest = ranges
            .iter()
            .enumerate()
            .filter(|(k, r)| *k != si && !cues[*k].is_empty() && spans_touch(t, r.0, r.1, *q))
            .min_by_key(|(k, _)| k.abs_diff(si));
        if let Some((k, _)) = nearest
            && let Some(cue) = cues[k].first()
        {
            return Some(carried(&cue.attribution, &cue_rules::CARRY_QUOTATION));
        }
    }
    // A quotation reopened after its speaker: "'...,' she said. '... 300 tanks.'"
    if let Some(cue) = quotes
        .iter()
        .find(|q| q.start <= offset && offset < q.end)
        .and_then(|q| speaker_before_reopened_quote(t, *q, quotes, ranges, cues))
    {
        return Some(carried(&cue.0.attribution, cue.1));
    }
    // "According to X, ..." governs the following cue-less sentences of its block, and a
    // release named in the nearest earlier sentence with a cue goes on sourcing them.
    for k in (0..si).rev() {
        if let Some(first) = cues[k].first() {
            let governing = cues[k]
                .iter()
                .find(|c| c.governing)
                .or(if first.governing { Some(first) } else { None })
                .map(|c| carried(&c.attribution, &cue_rules::CARRY_GOVERNING));
            return governing
                .or_else(|| {
                    context::release_continued(t, (ranges[k], &cues[k]), (ranges[si], &cues[si]))
                        .filter(|_| block.with_claims[k] || context::reports_findings(&cues[k]))
                })
                .or_else(|| context::named_after(t, si, ranges, cues));
        }
    }
    // "The numbers, compiled by the RAC, ..." sources the figures before it.
    context::named_after(t, si, ranges, cues)
}

/// The speaker named between quotation `q` and the quotation before it, when `q` reopens
/// the same speaker's words: `"...," she said. "...` or `"...," said Jenny Marsh, 52. "...`.
/// Quotations that follow each other with nothing between continue back to that speaker.
fn speaker_before_reopened_quote<'c>(
    t: &Tokens<'_>,
    q: Span,
    quotes: &[Span],
    ranges: &[(usize, usize)],
    cues: &'c [Vec<Cue>],
) -> Option<(&'c Cue, &'static Rule)> {
    /// Longest gap between two quotations of one speaker: a short attribution clause.
    const MAX_GAP: usize = 120;
    /// Quotations with nothing between them that still count as one run.
    const MAX_RUN: usize = 8;
    let mut current = q;
    for _ in 0..MAX_RUN {
        // Quotations are listed in the order they close.
        let before = quotes.partition_point(|p| p.end <= current.start);
        // The first of the run: a "wrote in a note to clients:" before it names its speaker.
        let Some(previous) = quotes[..before].last() else {
            return speaker_before_colon(t, current, ranges, cues);
        };
        let gap = Span::new(previous.end, current.start);
        if gap.end - gap.start > MAX_GAP {
            return speaker_before_colon(t, current, ranges, cues);
        }
        let between = gap.of(t.text);
        if between.trim().is_empty() {
            current = *previous;
            continue;
        }
        // A whole sentence of narrative between the two is the writer speaking again.
        let narrative = ranges.iter().any(|&(s, e)| {
            s < e && gap.start <= t.list[s].span.start && t.list[e - 1].span.end <= gap.end
        });
        if narrative {
            return None;
        }
        return cues
            .iter()
            .flatten()
            .find(|c| {
                let at = t.list[c.at].span.start;
                gap.start <= at && at < gap.end
            })
            .map(|c| (c, &cue_rules::CARRY_REOPENED));
    }
    None
}

/// The speaker of the sentence ending in a colon just before quotation `q` ("Ian Ross
/// wrote in a note to clients:"), when `q` opens a run of that speaker's quotations.
fn speaker_before_colon<'c>(
    t: &Tokens<'_>,
    q: Span,
    ranges: &[(usize, usize)],
    cues: &'c [Vec<Cue>],
) -> Option<(&'c Cue, &'static Rule)> {
    let before = t.text.get(..q.start)?.trim_end();
    if !before.ends_with(':') {
        return None;
    }
    let colon = t.index_at(before.len() - 1);
    let k = ranges.iter().position(|&(s, e)| s <= colon && colon < e)?;
    cues[k]
        .iter()
        .rfind(|c| c.at < colon && matches!(c.attribution.grade, Grade::Named | Grade::Pronoun))
        .map(|c| (c, &context_rules::CARRY_COLON_QUOTE))
}

/// True when the tokens `[s, e)` overlap the byte span `q`, counting a quotation that ends
/// right where the sentence begins.
fn spans_touch(t: &Tokens<'_>, s: usize, e: usize, q: Span) -> bool {
    if s >= e {
        return false;
    }
    let start = t.list[s].span.start;
    let end = t.list[e - 1].span.end;
    start < q.end && q.start < end
}

/// A headline in title case: most words capitalised.
fn is_title_case(t: &Tokens<'_>) -> bool {
    let words: Vec<usize> = (0..t.len())
        .filter(|&i| t.get(i).is_some_and(|x| x.is_word()) && t.text_of(i).len() > 3)
        .collect();
    words.len() >= 3
        && words.iter().filter(|&&i| t.is_capitalised(i)).count() * 4 >= words.len() * 3
}

/// A block-relative figure moved to document offsets.
pub fn shift_figure(figure: &Figure, block: Span) -> Figure {
    let mut f = figure.clone();
    shift_figure_in_place(&mut f, block);
    f
}

/// [`shift_figure`] without the copy, for a block result no one else holds.
pub fn shift_figure_in_place(f: &mut Figure, block: Span) {
    let by = block.start;
    f.span = f.span.shifted(by);
    f.number = f.number.shifted(by);
    f.sentence = f.sentence.shifted(by);
    if let Some(a) = &mut f.attribution {
        shift_attribution(a, by);
    }
}

/// A block-relative attribution moved to document offsets.
pub fn shift_attribution(a: &mut Attribution, by: usize) {
    a.source_span = a.source_span.shifted(by);
    a.cue_span = a.cue_span.shifted(by);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims_of(text: &str) -> Vec<(String, Option<String>)> {
        analyze_block(text, BlockKind::Paragraph, &Lexicon::default())
            .figures
            .into_iter()
            .filter(|f| f.is_claim())
            .map(|f| {
                let source = f.attribution.map(|a| a.source.into());
                (f.span.of(text).to_string(), source)
            })
            .collect()
    }

    #[test]
    fn a_quotation_over_two_sentences_carries_its_cue() {
        let got = claims_of("“We lost 300 tanks. We also lost 40 planes,” the minister said.");
        assert_eq!(got.len(), 2);
        assert!(
            got.iter()
                .all(|(_, s)| s.as_deref() == Some("the minister")),
            "{got:?}"
        );
    }

    #[test]
    fn according_to_governs_the_rest_of_the_paragraph() {
        let got =
            claims_of("According to the UN, 816 civilians have died. Another 1,333 were wounded.");
        assert!(
            got.iter().all(|(_, s)| s.as_deref() == Some("the UN")),
            "{got:?}"
        );
    }

    #[test]
    fn a_numbered_list_in_plain_text_takes_its_colon_lead_for_every_item() {
        let text = "Weekend ticket sales, according to Comscore:\n\n1. \u{201c}Starfall,\u{201d} $92 million.\n\n2. \u{201c}The Hollow 2,\u{201d} $21.4 million.\n\n3. \u{201c}Moss,\u{201d} $12.1 million.\n\nThe studio spent $200 million on the film.\n";
        let analysis = crate::analysis::analyze(
            text,
            crate::analysis::Format::PlainText,
            &crate::analysis::Config::default(),
        );
        let sources: Vec<(&str, Option<&str>)> = analysis
            .figures
            .iter()
            .filter(|f| f.is_claim())
            .map(|f| (f.span.of(text), f.attribution.as_ref().map(|a| &*a.source)))
            .collect();
        assert_eq!(sources.len(), 4, "{sources:?}");
        assert!(
            sources[..3].iter().all(|(_, s)| *s == Some("Comscore")),
            "{sources:?}"
        );
        // The list ends at a paragraph that is no item: the lead does not reach it.
        assert_eq!(sources[3].1, None, "{sources:?}");
    }

    #[test]
    fn a_new_sentence_without_a_cue_is_unattributed() {
        let got = claims_of("The UN said 816 civilians have died. Russia has 300 tanks.");
        assert_eq!(got[1].1, None);
    }

    fn scopes_of(text: &str) -> Vec<(String, String)> {
        analyze_block(text, BlockKind::Paragraph, &Lexicon::default())
            .figures
            .into_iter()
            .filter(|f| f.is_claim())
            .map(|f| (f.span.of(text).to_string(), f.scope.into()))
            .collect()
    }

    #[test]
    fn the_date_a_count_began_or_was_given_does_not_scope_it() {
        let got = scopes_of(
            "Ukraine said on Sunday that Russia had lost over 450 tanks since the invasion began on 24 February.",
        );
        // (Russia holds the running count: "who:Russia run:", no time.)
        assert!(!got[0].1.contains('@'), "{got:?}");
        let got = scopes_of("Zelensky said on 12 March that 1,300 soldiers were killed.");
        assert_eq!(got[0].1, "", "{got:?}");
        // A date that places the count keeps its scope.
        let got = scopes_of("On 12 March, 1,300 soldiers were killed.");
        assert_eq!(got[0].1, "@12 March", "{got:?}");
    }

    #[test]
    fn grade_labels_scope_percentages() {
        let a = scopes_of("Just under 22 per cent of entries were awarded grade 7 or above.");
        let b = scopes_of("Almost 68 per cent of entries achieved a grade 4, Ofqual said.");
        // What the share's group did is a soft part (issue 13: scope.share-verb).
        assert_eq!(a[0].1, "@grade 7 act:awarded");
        assert_eq!(b[0].1, "@grade 4 act:achieved nm:ofqual");
    }

    #[test]
    fn table_cells_with_a_lone_pair_are_scores() {
        let got = analyze_block("0-6", BlockKind::TableCell, &Lexicon::default());
        assert_eq!(got.figures[0].kind, Kind::Score);
        let got = analyze_block("0-6", BlockKind::Paragraph, &Lexicon::default());
        assert_eq!(got.figures[0].kind, Kind::Claim);
    }

    #[test]
    fn a_quotation_reopened_after_its_speaker_continues() {
        let got = claims_of(
            "“I thought I’d sell a dozen cakes,” said Jenny Marsh, 52. “We’ve had 1,400 orders.”",
        );
        assert_eq!(
            got.last().and_then(|c| c.1.as_deref()),
            Some("Jenny Marsh"),
            "{got:?}"
        );
        let got = claims_of(
            "\"It was a massive game,\" Arteta said. \"We had the crowd of 60,000 behind us.\"",
        );
        assert_eq!(got[0].1.as_deref(), Some("Arteta"), "{got:?}");
        // Narrative between two quotations breaks the thread.
        let got = claims_of(
            "\"It was a massive game,\" Arteta said. The club has since sold the stadium to a developer for a sum it would not disclose, and it said little. \"We had 60,000 fans.\"",
        );
        assert_eq!(got.last().and_then(|c| c.1.as_deref()), None, "{got:?}");
    }

    fn analyze_doc(paragraphs: &[(&str, BlockKind)]) -> Vec<(String, Option<String>)> {
        let mut text = String::new();
        let mut spans = Vec::new();
        for (p, _) in paragraphs {
            let start = text.len();
            text.push_str(p);
            spans.push(Span::new(start, text.len()));
            text.push_str("\n\n");
        }
        let parts: Vec<BlockAnalysis> = paragraphs
            .iter()
            .map(|(p, kind)| analyze_block(p, *kind, &Lexicon::default()))
            .collect();
        let mut figures: Vec<Figure> = parts
            .iter()
            .zip(&spans)
            .flat_map(|(part, span)| part.figures.iter().map(|f| shift_figure(f, *span)))
            .collect();
        let blocks: Vec<BlockCarry> = spans
            .iter()
            .zip(&parts)
            .zip(paragraphs)
            .map(|((span, part), (_, kind))| BlockCarry::of(*span, *kind, part))
            .collect();
        carry_between_blocks(&blocks, &mut figures);
        figures
            .into_iter()
            .filter(|f| f.is_claim())
            .map(|f| {
                (
                    f.span.of(&text).to_string(),
                    f.attribution.map(|a| a.source.into()),
                )
            })
            .collect()
    }

    #[test]
    fn a_quotation_running_over_a_paragraph_break_keeps_its_speaker() {
        let got = analyze_doc(&[
            (
                "“Our stores welcomed 40 million visitors,” she said. “Online orders doubled to 8 million.",
                BlockKind::Paragraph,
            ),
            (
                "“And we will open 25 new shops in 2025.”",
                BlockKind::Paragraph,
            ),
            ("Rivals plan 30 new shops.", BlockKind::Paragraph),
        ]);
        assert_eq!(got[1].1.as_deref(), Some("she"), "{got:?}");
        assert_eq!(got[2].1.as_deref(), Some("she"), "{got:?}");
        // A paragraph that does not reopen the quotation is the writer's own.
        assert_eq!(got[3].1, None, "{got:?}");
    }

    #[test]
    fn a_closed_quotation_reaches_only_a_paragraph_of_more_quotation() {
        // Issue 17: a paragraph that is only more quotation continues the speaker quoted
        // last (news style attributes a run of quotation once); before, it had no source.
        let got = analyze_doc(&[
            ("“Orders doubled,” she said.", BlockKind::Paragraph),
            (
                "“Rivals will open 25 new shops,” a trade body said, citing 30 leases.",
                BlockKind::Paragraph,
            ),
            ("“We have 40 stores.”", BlockKind::Paragraph),
            ("Rivals have 30 stores.", BlockKind::Paragraph),
        ]);
        assert_eq!(got[2].1.as_deref(), Some("a trade body"), "{got:?}");
        assert_eq!(got[3].1, None, "{got:?}");
    }

    #[test]
    fn a_paragraph_of_more_quotation_continues_the_speaker_before() {
        let got = analyze_doc(&[
            (
                "“We had forecast four cuts,” said Maria Lopez, the bank’s chief economist.",
                BlockKind::Paragraph,
            ),
            ("“Now we see 2 at most.”", BlockKind::Paragraph),
            ("Rivals see 3 cuts.", BlockKind::Paragraph),
            ("“We see 5.”", BlockKind::Paragraph),
        ]);
        assert_eq!(got[1].1.as_deref(), Some("Maria Lopez"), "{got:?}");
        // A paragraph of the writer's own ends the thread.
        assert_eq!(got[2].1, None, "{got:?}");
        assert_eq!(got[3].1, None, "{got:?}");
    }

    #[test]
    fn a_release_goes_on_into_a_paragraph_about_its_figures_only() {
        let got = analyze_doc(&[
            (
                "Labour leads by six points, according to an Ipsos poll for the Standard.",
                BlockKind::Paragraph,
            ),
            (
                "Labour drew 41% to 35% for the Tories. The poll of 1,100 adults was taken online.",
                BlockKind::Paragraph,
            ),
            ("Turnout was 62% in 2019.", BlockKind::Paragraph),
            ("The poll has Reform on 12%.", BlockKind::Paragraph),
        ]);
        assert_eq!(
            got[1].1.as_deref(),
            Some("an Ipsos poll for the Standard"),
            "{got:?}"
        );
        assert_eq!(
            got[3].1.as_deref(),
            Some("an Ipsos poll for the Standard"),
            "{got:?}"
        );
        // A paragraph about something else ends it, and it does not come back.
        assert_eq!(got[4].1, None, "{got:?}");
        assert_eq!(got[5].1, None, "{got:?}");
    }

    #[test]
    fn quotations_after_a_colon_are_the_speakers() {
        let got = claims_of(
            "Ian Ross wrote in a note to clients: “We expect two cuts.” “Inflation will fall to 3.25%.”",
        );
        assert!(
            got.iter().all(|(_, s)| s.as_deref() == Some("Ian Ross")),
            "{got:?}"
        );
    }

    #[test]
    fn a_block_after_said_colon_is_the_speakers() {
        let got = analyze_doc(&[
            ("In a statement, the company said:", BlockKind::Paragraph),
            (
                "\"Orders rose by 18 per cent in the quarter, to 2.3 million units.\"",
                BlockKind::Quote,
            ),
            ("Sales were 5 per cent higher.", BlockKind::Paragraph),
        ]);
        assert_eq!(got[0].1.as_deref(), Some("the company"), "{got:?}");
        assert_eq!(got[1].1.as_deref(), Some("the company"), "{got:?}");
        assert_eq!(got[2].1, None, "{got:?}");
    }

    #[test]
    fn a_list_after_according_to_colon_is_the_sources() {
        let got = analyze_doc(&[
            (
                "Key figures, according to the company's annual report:",
                BlockKind::Paragraph,
            ),
            ("Revenue: £2.1bn", BlockKind::ListItem),
            ("Staff: 41,000", BlockKind::ListItem),
            ("Stores: 2,300", BlockKind::ListItem),
            ("Rivals have 900 stores.", BlockKind::Paragraph),
        ]);
        let report = Some("the company's annual report");
        assert_eq!(got[0].1.as_deref(), report, "{got:?}");
        assert_eq!(got[2].1.as_deref(), report, "{got:?}");
        assert_eq!(got[3].1, None, "{got:?}");
    }

    #[test]
    fn a_quotation_after_said_colon_runs_on_over_paragraphs() {
        let got = analyze_doc(&[
            (
                "The chief executive, Maria Lopez, said:",
                BlockKind::Paragraph,
            ),
            ("“We sold 4,000 homes last year.", BlockKind::Quote),
            ("“And we will build 5,000 more.”", BlockKind::Quote),
            ("“Rivals built 300.”", BlockKind::Paragraph),
        ]);
        assert_eq!(got[0].1.as_deref(), Some("Maria Lopez"), "{got:?}");
        assert_eq!(got[1].1.as_deref(), Some("Maria Lopez"), "{got:?}");
        // The quotation closed: a new one with no speaker is nobody's.
        assert_eq!(got[2].1, None, "{got:?}");
    }
}
