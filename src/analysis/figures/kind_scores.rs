//! Scores and results: '3-1', 'by 38 votes to 21', '6 for 41', 'the last 16'.

use crate::analysis::figures::kind_rules as R;
use crate::analysis::figures::kind_words::*;
use crate::analysis::figures::kinds::*;
use crate::analysis::figures::numerals::RawFigure;
use crate::analysis::rules::Rule;
use crate::analysis::text::tokens::Tokens;

/// "a 60-to-40 vote", "a 9-to-5 job": numbers joined by "-to-" describe a split, a tally
/// or a working day, not a count.
pub(super) fn is_to_split(t: &Tokens<'_>, f: &RawFigure) -> bool {
    is_plain_integer(f)
        && t.punct(f.end) == Some('-')
        && t.word_is(f.end + 1, "to")
        && t.punct(f.end + 2) == Some('-')
        && (f.end..f.end + 4).all(|k| t.attached(k))
        && t.get(f.end + 3).is_some_and(|x| x.is_number())
}

/// A test of one form of score on the figure of a context.
type ScoreForm = fn(&Context<'_, '_>) -> bool;

/// The forms of a score, each with its rule, in the order they are tried.
const SCORE_FORMS: [(&Rule, ScoreForm); 7] = [
    (&R::SCORE_RESULTS_LINE, is_results_line),
    (&R::SCORE_VOTE_TALLY, vote_tally),
    (&R::SCORE_CRICKET_GOLF, cricket_or_golf),
    (&R::SCORE_BOWLING, bowling_figures),
    (&R::SCORE_BOWLING, bowling_runs),
    (&R::SCORE_HYPHEN_RANGE, hyphen_range_score),
    (&R::SCORE_HYPHEN_PAIR, hyphen_pair_score),
];

/// The rule of the first form of score the figure takes ("won 3-1", "by 38 votes to 21",
/// "6 for 41"); `None` when it is no score.
pub(super) fn score_rule(ctx: &Context<'_, '_>) -> Option<&'static Rule> {
    SCORE_FORMS
        .iter()
        .find(|(_, form)| form(ctx))
        .map(|(rule, _)| *rule)
}

/// "by 38 votes to 21": a vote tally, both sides.
fn vote_tally(ctx: &Context<'_, '_>) -> bool {
    let f = &ctx.figures[ctx.index];
    let t = ctx.tokens;
    let tally = |votes: usize| t.word_is(votes, "votes") && t.word_is(votes + 1, "to");
    is_plain_integer(f)
        && (tally(f.end)
            || f.first >= 2
                && t.word_is(f.first - 1, "to")
                && tally(f.first - 2)
                && ctx.index > 0
                && ctx.figures[ctx.index - 1].end == f.first - 2)
}

/// Cricket and golf: "made 154 not out", "shot a 65", "at 12 under par".
fn cricket_or_golf(ctx: &Context<'_, '_>) -> bool {
    let f = &ctx.figures[ctx.index];
    let t = ctx.tokens;
    is_plain_integer(f)
        && (t.word_is(f.end, "not") && t.word_is(f.end + 1, "out")
            || t.word_in(f.end, &["under", "over"]) && t.word_is(f.end + 1, "par")
            || f.first >= 2
                && t.word_is(f.first - 1, "a")
                && t.word_in(
                    f.first - 2,
                    &["shot", "carded", "fired", "card", "shooting"],
                ))
}

/// The wickets of a bowler's figures: at most ten, after a verb of taking or in a sentence
/// about cricket.
fn bowling_head(ctx: &Context<'_, '_>, w: &RawFigure) -> bool {
    let t = ctx.tokens;
    let first = w.first;
    is_plain_integer(w)
        && w.low.value <= 10.0
        && first > 0
        && (t.word_in(
            first - 1,
            &["took", "taking", "take", "takes", "returned", "claimed"],
        ) || t.word_is(first - 1, "of") && first >= 2 && t.word_is(first - 2, "figures")
            || cricket_context(ctx, w.end + 2))
}

/// The runs after "for" in a bowler's figures.
fn runs_after(ctx: &Context<'_, '_>, w: &RawFigure) -> bool {
    ctx.tokens.word_is(w.end, "for")
        && ctx
            .figures
            .iter()
            .find(|g| g.first == w.end + 1)
            .is_some_and(|g| is_plain_integer(g) && g.low.value < 500.0 && g.end == g.first + 1)
}

/// A bowler's wickets: the "6" of "taking 6 for 41", "figures of 8 for 43".
fn bowling_figures(ctx: &Context<'_, '_>) -> bool {
    let f = &ctx.figures[ctx.index];
    bowling_head(ctx, f)
        && runs_after(ctx, f)
        && crate::analysis::text::nouns::counted_noun(ctx.tokens, f.end + 2).is_none()
}

/// A bowler's runs: the "41" of "taking 6 for 41".
fn bowling_runs(ctx: &Context<'_, '_>) -> bool {
    let f = &ctx.figures[ctx.index];
    let t = ctx.tokens;
    is_plain_integer(f)
        && f.first >= 2
        && t.word_is(f.first - 1, "for")
        && ctx.index > 0
        && {
            let w = &ctx.figures[ctx.index - 1];
            w.end == f.first - 1 && bowling_head(ctx, w) && runs_after(ctx, w)
        }
        && crate::analysis::text::nouns::counted_noun(t, f.end).is_none()
}

/// A small hyphenated pair read as a range, with no unit and no noun: a score candidate.
fn small_hyphen_range(ctx: &Context<'_, '_>) -> Option<f64> {
    let f = &ctx.figures[ctx.index];
    let t = ctx.tokens;
    f.high
        .filter(|high| {
            is_hyphen_range(t, f)
                && f.unit.is_none()
                && !f.grouped
                && !f.decimal
                && !f.scaled
                && f.low.value >= 0.0
                && high.value < 30.0
                && crate::analysis::text::nouns::counted_noun(t, f.end).is_none()
        })
        .map(|high| high.value)
}

/// "lost 0-6 at West Ham": a hyphenated pair read as a range, in a sporting sentence.
fn hyphen_range_score(ctx: &Context<'_, '_>) -> bool {
    let f = &ctx.figures[ctx.index];
    small_hyphen_range(ctx).is_some_and(|high| {
        sporting_context(ctx, f.end)
            || high <= 10.0 && f.low.value > high && cricket_context(ctx, f.end)
    })
}

/// "won 3-1", "passed the House 219-213", "312-6 at the close": two numbers joined by a
/// hyphen in a match or a vote.
fn hyphen_pair_score(ctx: &Context<'_, '_>) -> bool {
    let f = &ctx.figures[ctx.index];
    // Only a figure of a hyphenated pair can be one (below): most are not.
    if !f.hyphen_pair && !f.after_hyphen {
        return false;
    }
    // A small range is decided by its own form, score or not.
    if small_hyphen_range(ctx).is_some() {
        return false;
    }
    let (a, b) = if f.hyphen_pair {
        match ctx.figures.get(ctx.index + 1) {
            Some(b) => (f, b),
            None => return false,
        }
    } else if f.after_hyphen && ctx.index > 0 {
        (&ctx.figures[ctx.index - 1], f)
    } else {
        return false;
    };
    // Votes in a legislature run to hundreds: "passed the House 219-213".
    let vote = (ctx.sentence_start..ctx.tokens.len().min(b.end + 6)).any(|i| {
        ctx.tokens.word_in(
            i,
            &[
                "vote", "voted", "votes", "passed", "approved", "rejected", "defeated", "majority",
            ],
        )
    });
    // A cricket total runs to hundreds for at most ten wickets: "reached 312-6 at the close".
    let cricket = b.low.value <= 10.0 && cricket_context(ctx, b.end);
    let limit = if vote || cricket { 1000.0 } else { 200.0 };
    let small = |x: &RawFigure| is_plain_integer(x) && x.low.value < limit;
    small(a) && small(b) && (b.low.value <= a.low.value || sporting_context(ctx, b.end))
}

/// A result line on its own, as match reports print it under the headline: "Chelsea 3
/// Aston Villa 1", "Brighton & Hove Albion 2 Nott'm Forest 0". The whole block is two
/// names, each followed by a small whole number, and nothing else (a full stop at most).
pub(super) fn is_results_line(ctx: &Context<'_, '_>) -> bool {
    let t = ctx.tokens;
    let [a, b] = ctx.figures else {
        return false;
    };
    // A name: capitalised words, with "&", "'" or "." inside, and at least one word.
    let name = |from: usize, to: usize| {
        from < to
            && (from..to).all(|k| {
                t.get(k).is_some_and(|x| x.is_word()) && t.is_capitalised(k)
                    || matches!(t.punct(k), Some('&' | '\'' | '’' | '.' | '-')) && k > from
            })
            && t.get(from).is_some_and(|x| x.is_word())
    };
    let small = |x: &RawFigure| is_plain_integer(x) && x.end == x.first + 1 && x.low.value < 30.0;
    let tail_end = if t.punct(t.len().wrapping_sub(1)) == Some('.') {
        t.len() - 1
    } else {
        t.len()
    };
    small(a) && small(b) && name(0, a.first) && name(a.end, b.first) && b.end == tail_end
}

/// A round of a knockout competition named by the players left: "in the last 16", "the
/// round of 16", "reached the last eight", in a sentence about a match. "The last 16 were
/// freed" (no match) and "the last 16 years" stay what they were.
pub(super) fn is_tournament_stage(ctx: &Context<'_, '_>) -> bool {
    let f = &ctx.figures[ctx.index];
    let t = ctx.tokens;
    f.unit.is_none()
        && f.high.is_none()
        && !f.decimal
        && f.low.value <= 128.0
        && f.first >= 2
        && (t.word_is(f.first - 1, "last") && t.word_is(f.first - 2, "the")
            || t.word_is(f.first - 1, "of") && t.word_is(f.first - 2, "round"))
        && crate::analysis::text::nouns::counted_noun(t, f.end).is_none()
        && !t.word_in(f.end, &TIME_UNITS)
        && !t.word_in(f.end, &["were", "was", "are", "have", "had", "will"])
        && sporting_context(ctx, f.end)
}

/// The abstentions of a vote whose tally the sentence gives ("by 41 votes to 29, with three
/// abstentions"): part of the result, like the tally itself.
pub(super) fn is_abstentions(ctx: &Context<'_, '_>) -> bool {
    let f = &ctx.figures[ctx.index];
    let t = ctx.tokens;
    f.unit.is_none()
        && f.high.is_none()
        && t.word_in(f.end, &["abstentions", "abstention", "abstained"])
        && ctx.figures[..ctx.index].iter().any(|g| {
            g.first >= ctx.sentence_start
                && t.word_in(g.end, &["votes", "vote"])
                && t.word_is(g.end + 1, "to")
        })
}

/// A table cell holding nothing but a small hyphenated pair ("0-6" in a results table) is a
/// score: a range would carry a unit or a noun.
pub fn is_table_cell_score(t: &Tokens<'_>, figures: &[RawFigure]) -> bool {
    let [f] = figures else {
        return false;
    };
    f.first == 0
        && f.end == t.len()
        && is_hyphen_range(t, f)
        && f.unit.is_none()
        && !f.grouped
        && !f.decimal
        && !f.scaled
        && f.low.value >= 0.0
        && f.high.is_some_and(|h| h.value < 30.0)
}

/// A range written "0-6" with a hyphen or dash between the two numbers, nothing else.
pub(super) fn is_hyphen_range(t: &Tokens<'_>, f: &RawFigure) -> bool {
    f.end == f.first + 3
        && matches!(t.punct(f.first + 1), Some('-' | '–' | '—'))
        && t.get(f.first).is_some_and(|x| x.is_number())
}

/// The sentence speaks of cricket: "312-6 at the close of the second Test".
pub(super) fn cricket_context(ctx: &Context<'_, '_>, end: usize) -> bool {
    (ctx.sentence_start..ctx.tokens.len().min(end + 6)).any(|i| {
        ctx.tokens.word_in(
            i,
            &[
                "wickets", "wicket", "innings", "declared", "overs", "test", "batting", "bowled",
                "runs", "close", "stumps",
            ],
        )
    })
}

/// The sentence speaks of a match or a vote: "won", "drew", "Arsenal v Liverpool".
pub(super) fn sporting_context(ctx: &Context<'_, '_>, end: usize) -> bool {
    let t = ctx.tokens;
    (ctx.sentence_start..t.len().min(end + 6)).any(|i| {
        t.word_in(
            i,
            &[
                "won",
                "win",
                "wins",
                "beat",
                "beats",
                "beaten",
                "defeat",
                "defeated",
                "victory",
                "drew",
                "draw",
                "lost",
                "loss",
                "lead",
                "led",
                "score",
                "scored",
                "scoreline",
                "goals",
                "match",
                "game",
                "vote",
                "voted",
                "votes",
                "margin",
                "trail",
                "trailed",
                "series",
                "final",
                "set",
                "sets",
                "thrashed",
                "thrashing",
                "hammered",
                "v",
                "vs",
            ],
        )
    })
}
