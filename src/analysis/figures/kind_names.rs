//! Numbers that are part of a name or a code: models ('Boeing 737'), labels ('Section 230'),
//! phone numbers, roads, addresses, coins and notes, calibres, named targets.

use crate::analysis::figures::kind_rules as R;
use crate::analysis::figures::kind_words::*;
use crate::analysis::figures::kinds::*;
use crate::analysis::figures::numerals::{Form, RawFigure, Unit};
use crate::analysis::rules::Rule;
use crate::analysis::text::lookup;
use crate::analysis::text::tokens::Tokens;

/// A policy target named by its level: "the 1.5C target", "the Fed's 2% target", "the
/// Bank of England's 2% inflation target". A target stated with "a" ("a 300,000 homes
/// target") or a level reached ("rose 1.5C") stays a claim.
pub(super) fn is_named_target(t: &Tokens<'_>, f: &RawFigure) -> bool {
    // Both forms below are of digits: a number in words is never a named target.
    if f.first == 0 || f.high.is_some() || f.form != Form::Digits {
        return false;
    }
    const TARGETS: &[&str] = &["target", "targets", "goal", "goals", "threshold", "ceiling"];
    // "The target for 95% of A&E patients to be seen", "the government's target of 300,000
    // homes": the determined target named before its level.
    let named_before = f.first >= 3
        && t.word_in(f.first - 1, &["of", "for"])
        && t.word_in(f.first - 2, &["target", "goal", "threshold", "ceiling"])
        && (t.word_is(f.first - 3, "the") || {
            let w = t.text_of(f.first - 3);
            t.get(f.first - 3).is_some_and(|x| x.is_word())
                && (w.ends_with("'s") || w.ends_with("’s"))
        });
    if named_before {
        return true;
    }
    let before = t.text_of(f.first - 1);
    let determined = t.word_is(f.first - 1, "the")
        || t.get(f.first - 1).is_some_and(|x| x.is_word())
            && (before.ends_with("'s") || before.ends_with("’s"));
    if !determined {
        return false;
    }
    let mut e = f.end;
    // One noun between: "2% inflation target", "the 300,000 homes target". A bare count
    // before "goals" ("the 3 goals he scored") is no target.
    if t.get(e).is_some_and(|x| x.is_word()) && !t.word_in(e, TARGETS) {
        e += 1;
    }
    (f.unit.is_some() || e > f.end) && t.word_in(e, TARGETS)
}

/// A coin or a banknote named by its value: "the 50p coin", "a £5 note". Not "bill": "a
/// £200 energy bill" and "a £200 bill" are charges, claims.
pub(super) fn is_denomination(t: &Tokens<'_>, f: &RawFigure) -> bool {
    // "the 50p tax rate", "the 45p top rate": a tax band named by its rate.
    // A headline drops the article: "Chancellor restores 50p tax rate".
    // A closure: only a sum of money gets this far.
    let tax_band = || {
        (t.word_is(f.end, "tax")
            || f.first > 0
                && t.word_is(f.first - 1, "the")
                && t.word_in(f.end, &["top", "basic", "higher", "additional"]))
            && t.word_in(f.end + 1, &["rate", "band"])
    };
    matches!(f.unit, Some(Unit::Currency(_)))
        && f.high.is_none()
        && !f.scaled
        && (tax_band()
            || t.word_in(
                f.end,
                &["coin", "coins", "note", "notes", "banknote", "banknotes"],
            ))
}

/// A gun's calibre names the weapon or its ammunition: "155mm artillery shells", "a 9mm
/// pistol", "120mm mortar rounds". The count, if any, is another figure ("250,000 rounds").
pub(super) fn is_calibre(t: &Tokens<'_>, f: &RawFigure) -> bool {
    const ARMS: &[&str] = &[
        "artillery",
        "shell",
        "shells",
        "round",
        "rounds",
        "ammunition",
        "munitions",
        "howitzer",
        "howitzers",
        "gun",
        "guns",
        "mortar",
        "mortars",
        "cannon",
        "pistol",
        "pistols",
        "rifle",
        "rifles",
        "projectiles",
        "calibre",
        "caliber",
    ];
    matches!(&f.unit, Some(Unit::Measure(m)) if m == "mm")
        && f.high.is_none()
        && !f.grouped
        && !f.scaled
        && t.word_in(f.end, ARMS)
}

/// A test of one form of name on the figure of a context.
type NameForm = fn(&Context<'_, '_>, usize) -> bool;

/// The forms of a number inside a name, each with its rule, in the order they are tried.
/// Each test gets the context and the figure's digits token.
const NAME_FORMS: [(&Rule, NameForm); 14] = [
    (&R::PHONE_NUMBER, phone_code),
    (&R::PHONE_GROUPS, phone_groups),
    (&R::PHONE_SERVICE, phone_service),
    (&R::NAME_HYPHEN_WORD, hyphen_word_after),
    // The same decision as the cascade's earlier road-or-code step, for digits after a sign.
    (&R::ROAD_OR_CODE, glued_letters),
    (&R::NAME_WORD_HYPHEN, word_hyphen_before),
    (&R::PHONE_PAIR, phone_pair),
    (&R::NAME_NUMBER_SIGN, number_sign),
    (&R::LIST_MARKER, list_marker),
    (&R::NAME_LABEL_WORD, label_word),
    (&R::NAME_SECOND_OF_PAIR, second_of_pair),
    (&R::NAME_INDEX, index_name),
    (&R::NAME_MODEL_NUMBER, capitalised_before),
    (&R::NAME_CAPITALISED_AFTER, capitalised_after),
];

/// The rule of the first form of name the figure takes ("Boeing 737", "G7", "Covid-19",
/// phone numbers, "No. 10"); `None` when it is no name.
pub(super) fn name_rule(ctx: &Context<'_, '_>) -> Option<&'static Rule> {
    let f = &ctx.figures[ctx.index];
    let d = digits_token(ctx.tokens, f)?;
    NAME_FORMS
        .iter()
        .find(|(_, form)| form(ctx, d))
        .map(|(rule, _)| *rule)
}

/// True for a word of [`NOT_NAMES`], ignoring ASCII case (a set lookup, not a scan).
fn is_not_name(word: &str) -> bool {
    lookup::in_list_ignore_ascii_case(NOT_NAMES, word)
}

/// True when the figure is part of a name in any form.
pub(super) fn is_name(ctx: &Context<'_, '_>) -> bool {
    name_rule(ctx).is_some()
}

/// Leading zeros and "+44" are codes and phone numbers.
fn phone_code(ctx: &Context<'_, '_>, d: usize) -> bool {
    let t = ctx.tokens;
    let digits = t.text_of(d);
    (digits.len() > 1 && digits.starts_with('0') && !digits.starts_with("0."))
        || (d > 0 && t.punct(d - 1) == Some('+') && t.attached(d) && !signed_reading(t, d - 1))
}

/// "fell to +21", "a balance of +14", "stood at +3": a '+' after a word of level or change
/// signs a reading (a survey's net balance), it opens no phone number.
fn signed_reading(t: &crate::analysis::text::tokens::Tokens<'_>, plus: usize) -> bool {
    plus > 0
        && t.word_in(
            plus - 1,
            &[
                "to", "at", "of", "from", "by", "was", "is", "were", "stood", "reached", "hit",
            ],
        )
}

/// The later digit groups of a spaced phone number: "0161 496 0000", "0800 123 4567";
/// hyphenated ones: "1-888-327-4236".
fn phone_groups(ctx: &Context<'_, '_>, d: usize) -> bool {
    let t = ctx.tokens;
    // A spaced group follows the figure before it, a chained one touches a hyphen: most
    // numbers do neither.
    let after_figure = ctx.index > 0 && ctx.figures[ctx.index - 1].end == d;
    let hyphen = t.punct(d + 1) == Some('-') || d > 0 && t.punct(d - 1) == Some('-');
    (after_figure || hyphen) && (in_spaced_phone_number(ctx, d) || in_hyphen_chain(t, d))
}

/// "call 101", "dial 999", "by calling 111".
fn phone_service(ctx: &Context<'_, '_>, d: usize) -> bool {
    let t = ctx.tokens;
    let f = &ctx.figures[ctx.index];
    d > 0
        && f.first == d
        && is_plain_integer(f)
        && t.word_in(
            d - 1,
            &[
                "call", "calling", "called", "dial", "dialling", "dialing", "ring", "text",
                "texting",
            ],
        )
        && !counts_something(t, f)
}

/// "7-Eleven", "3-D": digits joined by a hyphen to a capitalised word.
fn hyphen_word_after(ctx: &Context<'_, '_>, d: usize) -> bool {
    let t = ctx.tokens;
    !ctx.title_case
        && t.punct(d + 1) == Some('-')
        && t.attached(d + 1)
        && t.attached(d + 2)
        && t.get(d + 2).is_some_and(|x| x.is_word())
        && t.is_capitalised(d + 2)
        && !is_time_unit(t.text_of(d + 2))
}

/// Letters glued before the digits: "G7", "A380", "MP3", "FY2023".
fn glued_letters(ctx: &Context<'_, '_>, d: usize) -> bool {
    let t = ctx.tokens;
    d > 0 && t.get(d - 1).is_some_and(|x| x.is_word()) && t.attached(d)
}

/// Word-hyphen-number: "Covid-19", "F-35", "MH-17" (not "mid-2022", handled as years).
fn word_hyphen_before(ctx: &Context<'_, '_>, d: usize) -> bool {
    let t = ctx.tokens;
    d >= 2
        && t.punct(d - 1) == Some('-')
        && t.attached(d)
        && t.attached(d - 1)
        && t.get(d - 2).is_some_and(|x| x.is_word())
        && !crate::analysis::figures::numbers::is_number_word(t.text_of(d - 2))
        // "a near-90% chance", "an almost-50% share": a hedge joined to the figure.
        && !t.word_in(d - 2, &["near", "nearly", "almost", "roughly", "about", "around"])
}

/// Phone numbers: "555-1234", "(020) 7946 0958".
fn phone_pair(ctx: &Context<'_, '_>, d: usize) -> bool {
    let t = ctx.tokens;
    let f = &ctx.figures[ctx.index];
    let digits = t.text_of(d);
    f.hyphen_pair
        && ctx
            .figures
            .get(ctx.index + 1)
            .is_some_and(|b| t.text_of(b.first).len() >= 4)
        || f.after_hyphen && digits.len() >= 4 && !is_plain_year_text(digits)
}

/// "#1", "No. 10", "p. 12".
fn number_sign(ctx: &Context<'_, '_>, d: usize) -> bool {
    let t = ctx.tokens;
    d > 0 && t.punct(d - 1) == Some('#')
        || d >= 2
            && t.punct(d - 1) == Some('.')
            && t.word_in(
                d - 2,
                &["no", "nos", "vol", "p", "pp", "ch", "art", "sec", "fig"],
            )
}

/// A list or footnote marker: "(1)", "[3]", or "1." at the start of a line.
fn list_marker(ctx: &Context<'_, '_>, d: usize) -> bool {
    let t = ctx.tokens;
    if !is_plain_integer(&ctx.figures[ctx.index]) {
        return false;
    }
    let bracketed = d > 0
        && matches!(t.punct(d - 1), Some('(' | '['))
        && matches!(t.punct(d + 1), Some(')' | ']'));
    let line_start = (d == 0 || t.get(d).is_some_and(|x| x.newline_before))
        && matches!(t.punct(d + 1), Some('.' | ')'));
    bracketed || line_start
}

/// A label word before the number: "Radio 4", "Year 11" (not "year 11" in prose).
fn label_word(ctx: &Context<'_, '_>, d: usize) -> bool {
    let t = ctx.tokens;
    is_plain_integer(&ctx.figures[ctx.index])
        && d > 0
        && t.word_in(d - 1, &NAME_WORDS)
        && (t.is_capitalised(d - 1) || !t.word_is(d - 1, "year"))
}

/// The second number of a name's pair: "junctions 10 and 16", "Boeing 737 Max 9 jets",
/// "Boeing 787-9".
fn second_of_pair(ctx: &Context<'_, '_>, d: usize) -> bool {
    let t = ctx.tokens;
    let f = &ctx.figures[ctx.index];
    if !is_plain_integer(f) || ctx.index == 0 || d == 0 {
        return false;
    }
    let prev = &ctx.figures[ctx.index - 1];
    if prev.end + 1 != d {
        return false;
    }
    let prev_is_name = || {
        is_name(&Context {
            index: ctx.index - 1,
            ..*ctx
        })
    };
    // "junctions 10 and 16", "pages 4 to 6": the second label of a pair.
    let label_pair = t.word_in(d - 1, &["and", "or", "to", "&"])
        && prev.first > 0
        && t.word_in(prev.first - 1, &NAME_WORDS);
    // "Boeing 737 Max 9 jets": a number after a name's capitalised word.
    let after_capital =
        t.is_capitalised(d - 1) && t.get(d - 1).is_some_and(|x| x.is_word()) && !ctx.title_case;
    // "Boeing 787-9", "Airbus A321-200": a variant joined to a model by a hyphen.
    let variant =
        t.punct(d - 1) == Some('-') && t.attached(d - 1) && t.attached(d) && f.unit.is_none();
    (label_pair || after_capital || variant) && prev_is_name()
}

/// "FTSE 100", "S&P 500".
fn index_name(ctx: &Context<'_, '_>, d: usize) -> bool {
    let t = ctx.tokens;
    is_plain_integer(&ctx.figures[ctx.index])
        && d >= 2
        && t.text_of(d - 1) == "P"
        && t.punct(d - 2) == Some('&')
}

/// A capitalised word and a bare number that counts nothing: "Boeing 737 crashed", "Radio
/// 4", "Leopard 2 tanks"; a brand with an inner capital ("iOS 18") counts as capitalised.
fn capitalised_before(ctx: &Context<'_, '_>, d: usize) -> bool {
    let t = ctx.tokens;
    let f = &ctx.figures[ctx.index];
    let branded = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_lowercase())
            && w.chars().skip(1).any(|c| c.is_ascii_uppercase())
    };
    if !is_plain_integer(f)
        || ctx.title_case
        || d == 0
        || !(t.is_capitalised(d - 1) || branded(t.text_of(d - 1)))
        || !t.get(d).is_some_and(|x| x.space_before)
    {
        return false;
    }
    let word = t.text_of(d - 1);
    let not_name = is_not_name(word) || is_month(t, d - 1);
    !not_name && (!counts_something(t, f) || is_model_number(ctx, d))
}

/// A bare number before a capitalised word that counts nothing: "the 737 Max".
fn capitalised_after(ctx: &Context<'_, '_>, _d: usize) -> bool {
    let t = ctx.tokens;
    let f = &ctx.figures[ctx.index];
    // The cheap tests first: few figures precede a capitalised word.
    if !is_plain_integer(f)
        || !t.is_capitalised(f.end)
        || !t.get(f.end).is_some_and(|x| x.space_before)
        || ctx.title_case
        || f.end == 0
        || counts_something(t, f)
    {
        return false;
    }
    let next = t.text_of(f.end);
    // "40 Year 11 pupils": the capitalised word labels the next number, not this one.
    let labels_next = t.get(f.end + 1).is_some_and(|x| x.is_number());
    !is_not_name(next) && !next.chars().all(|c| c.is_uppercase()) && !labels_next
}

/// A small bare number right after a capitalised word inside a sentence names a model, a
/// zone or an edition even when a noun follows: "Leopard 2 tanks", "Zone 1 stations",
/// "Windows 11 users". Prose puts a comma or a verb between a proper noun and a count
/// ("In London, 300 people"), so the pair is a name; days and months are excluded ("on
/// Monday 300 people"), as is the first word of a sentence ("Some 300 people").
pub(super) fn is_model_number(ctx: &Context<'_, '_>, d: usize) -> bool {
    let t = ctx.tokens;
    let f = &ctx.figures[ctx.index];
    f.form == Form::Digits
        && is_plain_integer(f)
        && !f.grouped
        && f.low.value < 100.0
        && f.first == d
        && d > ctx.sentence_start + 1
        && t.get(d - 1).is_some_and(|x| x.is_word() && !x.newline_before)
        && !lookup::in_list_ignore_ascii_case(
            crate::analysis::text::cues::CALENDAR_WORDS,
            t.text_of(d - 1),
        )
        // "In Gaza 70 people died": an opening place phrase written without its comma.
        && !(d == ctx.sentence_start + 2
            && t.word_in(
                d - 2,
                &["in", "on", "at", "across", "from", "throughout", "since", "after"],
            ))
}

/// A house number: digits followed by capitalised words that end in a street word.
pub(super) fn is_street_number(t: &Tokens<'_>, f: &RawFigure) -> bool {
    if f.high.is_some()
        || f.grouped
        || f.decimal
        || matches!(f.unit, Some(Unit::Currency(_) | Unit::Percent))
    {
        return false;
    }
    let Some(d) = digits_token(t, f) else {
        return false;
    };
    // "221B": the letter is part of the number here, not a billion.
    let start = if t.get(d + 1).is_some_and(|x| x.is_word()) && t.attached(d + 1) {
        d + 2
    } else {
        d + 1
    };
    (start..start + 3)
        .take_while(|&i| t.is_capitalised(i) && t.get(i).is_some_and(|x| x.is_word()))
        .any(|i| i > start && t.word_in(i, STREET_WORDS))
}

/// A label word before the number makes it a name, even when it looks like a year:
/// "flight 1282", "Section 1983", "Room 2001".
pub(super) fn after_name_word(t: &Tokens<'_>, f: &RawFigure) -> bool {
    is_plain_integer(f)
        && f.first > 0
        && t.word_in(f.first - 1, &NAME_WORDS)
        && !t.word_in(
            f.first - 1,
            &["year", "no", "number", "mark", "bill", "act", "part"],
        )
}

/// Letters glued before the digits make a road number or a code, never a year: "B1050",
/// "A14", "M25", "FY2023".
pub(super) fn is_road_or_code(t: &Tokens<'_>, f: &RawFigure) -> bool {
    let Some(d) = digits_token(t, f) else {
        return false;
    };
    f.first == d && d > 0 && t.get(d - 1).is_some_and(|x| x.is_word()) && t.attached(d)
}

/// A capitalised number word inside a name: "the Big Four", "Channel Four".
pub(super) fn is_capitalised_name_word(ctx: &Context<'_, '_>) -> bool {
    let t = ctx.tokens;
    let f = &ctx.figures[ctx.index];
    let at = f.first;
    !ctx.title_case
        && at > ctx.sentence_start
        && t.is_capitalised(at)
        && t.get(at - 1).is_some_and(|x| x.is_word())
        && t.is_capitalised(at - 1)
        && !is_not_name(t.text_of(at - 1))
        && !is_month(t, at - 1)
        && at - 1 != ctx.sentence_start
}

/// The number sits in a chain of at least three digit groups joined by hyphens:
/// "1-888-327-4236".
pub(super) fn in_hyphen_chain(t: &Tokens<'_>, d: usize) -> bool {
    let joined = |i: usize| {
        t.punct(i) == Some('-')
            && t.attached(i)
            && t.attached(i + 1)
            && t.get(i + 1).is_some_and(|x| x.is_number())
    };
    let mut first = d;
    while first >= 2 && joined(first - 1) && t.get(first - 2).is_some_and(|x| x.is_number()) {
        first -= 2;
    }
    let mut last = d;
    while joined(last + 1) {
        last += 2;
    }
    (last - first) / 2 + 1 >= 3
}

/// A later digit group of a spaced phone number whose first group starts with 0: the "123"
/// and "4567" of "0800 123 4567".
pub(super) fn in_spaced_phone_number(ctx: &Context<'_, '_>, d: usize) -> bool {
    let t = ctx.tokens;
    let f = &ctx.figures[ctx.index];
    if f.first != d {
        return false;
    }
    let mut k = ctx.index;
    let mut start = d;
    while k > 0 {
        let prev = &ctx.figures[k - 1];
        let Some(p) = digits_token(t, prev) else {
            return false;
        };
        if prev.end != start || prev.first != p || !is_plain_integer(prev) {
            return false;
        }
        let text = t.text_of(p);
        if text.len() >= 3 && text.starts_with('0') && text.bytes().all(|b| b.is_ascii_digit()) {
            return true;
        }
        k -= 1;
        start = p;
    }
    false
}
