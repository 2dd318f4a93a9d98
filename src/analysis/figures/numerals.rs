//! Recognising numbers in prose: digits with separators, decimals, negatives, numbers in
//! words, scales (k, m, bn, tn, million ...), currencies ($ £ € ¥ ₹, USD, "euros"),
//! percentages (%, per cent, percentage points), ranges ("between 10,000 and 12,000",
//! "10-12", "10 to 12") and vague amounts ("thousands"). What a number *is* (a claim, a
//! date ...) is decided in [`crate::analysis::figures::kinds`].

use std::borrow::Cow;
use std::sync::LazyLock;

use crate::analysis::figures::numbers::{self, Spelled, WordStarts};
use crate::analysis::figures::numeral_reading::{
    Reading, read_after, read_degrees, read_glued, read_spaced_measure, read_spaced_meridiem,
};
use crate::analysis::figures::numeral_words::{
    CHANGE_BEFORE_FROM, after_lower_bound, compound_ordinal_end, upper_bound_len, vague_count_at,
};
use crate::analysis::text::lookup;
use crate::analysis::text::span::Span;
use crate::analysis::text::tokens::{TokenKind, Tokens};

/// The unit a numeral carries by itself.
#[derive(Clone, Debug, PartialEq)]
pub enum Unit {
    /// An ISO currency code: "USD", "GBP", "EUR", "JPY", "INR" ...
    Currency(&'static str),
    /// "%", "per cent", "percent"; fractions in words are converted to per cent.
    Percent,
    /// "percentage points", "pp".
    PercentagePoints,
    /// A unit of measure attached to the numeral: "km", "kg", "mph", "°C".
    Measure(String),
}

impl Unit {
    /// The unit as shown in output: "USD", "%", "percentage points", "km".
    pub fn label(&self) -> String {
        match self {
            Unit::Currency(code) => (*code).to_string(),
            Unit::Percent => "%".to_string(),
            Unit::PercentagePoints => "percentage points".to_string(),
            Unit::Measure(m) => m.clone(),
        }
    }
}

/// How the numeral is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    Digits,
    Words,
    /// "thousands", "dozens", "a handful".
    Vague,
    /// "eighth", "twenty-first".
    OrdinalWord,
}

/// A letter suffix attached to digits that says what they are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Suffix {
    None,
    /// "3rd", "21st".
    Ordinal,
    /// "10am", "2.30pm".
    Meridiem,
    /// "1990s", "80s".
    Decade,
    /// Unknown letters glued to digits: "5G", "3D".
    Code,
}

/// One end of a range, or a single number.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Value {
    pub value: f64,
    /// Half a unit of the last significant digit, scaled.
    pub half: f64,
}

/// A number as found in the text, before classification.
#[derive(Clone, Debug, PartialEq)]
pub struct RawFigure {
    /// The numeral with its currency, scale and percent: "$1.2bn", "3.5 per cent",
    /// "between 10,000 and 12,000".
    pub span: Span,
    /// Token range `[first, end)` of the numeral.
    pub first: usize,
    pub end: usize,
    /// The value, or the low end of a range.
    pub low: Value,
    /// The high end of a range.
    pub high: Option<Value>,
    pub unit: Option<Unit>,
    pub form: Form,
    pub suffix: Suffix,
    /// The digits had a thousands separator ("14,400").
    pub grouped: bool,
    /// The digits had a decimal part.
    pub decimal: bool,
    /// A scale word or letter applied ("million", "bn").
    pub scaled: bool,
    /// Approximate by its words ("a dozen", "half a million").
    pub approximate: bool,
    /// For numbers in words: a large number or a scale ("fourteen thousand"), not a bare
    /// small word ("three").
    pub large: bool,
    /// The numeral is joined by a hyphen to the next number and they did not form a range
    /// ("3-1", "2021-22").
    pub hyphen_pair: bool,
    /// The numeral comes right after a hyphen joining it to a number ("3-1").
    pub after_hyphen: bool,
}

impl RawFigure {
    /// The value (midpoint of a range).
    pub fn value(&self) -> f64 {
        match self.high {
            Some(high) => (self.low.value + high.value) / 2.0,
            None => self.low.value,
        }
    }
}

const CURRENCY_SYMBOLS: [(char, &str); 6] = [
    ('$', "USD"),
    ('£', "GBP"),
    ('€', "EUR"),
    ('¥', "JPY"),
    ('₹', "INR"),
    ('₽', "RUB"),
];

const CURRENCY_CODES: [&str; 12] = [
    "USD", "GBP", "EUR", "JPY", "INR", "CNY", "CHF", "AUD", "CAD", "RUB", "UAH", "HKD",
];

pub(super) fn currency_word(word: &str) -> Option<&'static str> {
    let lower = lookup::ascii_lower(word);
    Some(match lower.as_ref() {
        "dollar" | "dollars" => "USD",
        "euro" | "euros" => "EUR",
        "pound" | "pounds" | "sterling" => "GBP",
        "yen" => "JPY",
        "rupee" | "rupees" => "INR",
        "yuan" | "renminbi" => "CNY",
        "rouble" | "roubles" | "ruble" | "rubles" => "RUB",
        "hryvnia" | "hryvnias" => "UAH",
        _ => {
            return CURRENCY_CODES.iter().copied().find(|c| {
                c.eq_ignore_ascii_case(word) && word.chars().all(|ch| ch.is_ascii_uppercase())
            });
        }
    })
}

/// Every word [`currency_word`] names a currency by, lower case (codes count only in
/// capitals, which [`currency_word`] checks).
const CURRENCY_WORDS: &[&str] = &[
    "dollar", "dollars", "euro", "euros", "pound", "pounds", "sterling", "yen", "rupee", "rupees",
    "yuan", "renminbi", "rouble", "roubles", "ruble", "rubles", "hryvnia", "hryvnias", "usd",
    "gbp", "eur", "jpy", "inr", "cny", "chf", "aud", "cad", "rub", "uah", "hkd",
];

/// [`currency_word`] of token `i`: most tokens are turned away by one bit test on the word's
/// vocabulary id, before any lower-casing.
pub(super) fn currency_word_at(tokens: &Tokens<'_>, i: usize) -> Option<&'static str> {
    if tokens.word_in(i, CURRENCY_WORDS) {
        currency_word(tokens.text_of(i))
    } else {
        None
    }
}

/// Prefixes that make a "$" a different dollar: "US$", "A$", "C$", "HK$", "NZ$", "S$".
fn dollar_prefix(word: &str) -> Option<&'static str> {
    Some(match word {
        "US" => "USD",
        "A" | "AU" => "AUD",
        "C" | "CA" => "CAD",
        "HK" => "HKD",
        "NZ" => "NZD",
        "S" => "SGD",
        _ => return None,
    })
}

pub(super) const ORDINAL_WORDS: [&str; 29] = [
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
    "hundredth",
    "thousandth",
    "millionth",
    "billionth",
];

const VAGUE_WORDS: [&str; 7] = [
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "trillions",
    "dozens",
    "tens",
];

/// Every number in `tokens`, in order.
pub fn find(tokens: &Tokens<'_>) -> Vec<RawFigure> {
    let starts = figure_starts();
    let mut out: Vec<RawFigure> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let Some(token) = tokens.get(i) else { break };
        let found = match token.kind {
            TokenKind::Number => {
                super::ratios::ratio_at(tokens, i).or_else(|| digits_at(tokens, i, true))
            }
            TokenKind::Word if !starts.holds(tokens, i) => None,
            TokenKind::Word => super::ratios::ratio_at(tokens, i)
                .or_else(|| vague_count(tokens, i))
                .or_else(|| vague_at(tokens, i))
                .or_else(|| ordinal_word_at(tokens, i))
                .or_else(|| words_at(tokens, i)),
            // Currency symbols and minus signs are picked up from the digits after them.
            TokenKind::Punct | TokenKind::Opaque => None,
        };
        match found {
            Some(figure) => {
                i = figure.end.max(i + 1);
                out.push(figure);
            }
            None => i += 1,
        }
    }
    mark_hyphen_pairs(tokens, &mut out);
    out
}

/// The words a figure in words can start with: a vague amount ("thousands", "scores",
/// "handful"), an ordinal word, or a word a number in words can start with (an article,
/// "one", "half", a unit, tens or scale word). Every word-led branch of [`find`] needs one,
/// so nearly every word is turned away with one bit test on its vocabulary id.
fn figure_starts() -> &'static WordStarts {
    static STARTS: LazyLock<WordStarts> = LazyLock::new(|| {
        let words: Vec<&'static str> = VAGUE_WORDS
            .into_iter()
            .chain(["scores", "handful"])
            .chain(ORDINAL_WORDS)
            .chain(numbers::number_word_starts())
            .collect();
        WordStarts::new(&words)
    });
    &STARTS
}

/// Numbers joined by a hyphen that did not become a range ("3-1", "2021-22"): flag both.
fn mark_hyphen_pairs(tokens: &Tokens<'_>, figures: &mut [RawFigure]) {
    for k in 1..figures.len() {
        let (a, b) = (&figures[k - 1], &figures[k]);
        if a.end + 1 == b.first
            && matches!(tokens.punct(a.end), Some('-' | '–' | '—'))
            && tokens.attached(a.end)
            && tokens.attached(b.first)
        {
            figures[k - 1].hyphen_pair = true;
            figures[k].after_hyphen = true;
        }
    }
}

/// Digits at token `i`, with currency, sign, scale, percent and (when `allow_range`) a range.
fn digits_at(tokens: &Tokens<'_>, i: usize, allow_range: bool) -> Option<RawFigure> {
    let numeral = tokens.text_of(i);
    let mut first = i;
    let mut unit: Option<Unit> = None;

    // Currency before: "$5", "US$5", "USD 5", "€ 5".
    if i > 0
        && let Some(c) = tokens.punct(i - 1)
        && let Some((_, code)) = CURRENCY_SYMBOLS.iter().find(|(s, _)| *s == c)
    {
        first = i - 1;
        let mut code = *code;
        if c == '$'
            && i > 1
            && tokens.attached(i - 1)
            && let Some(prefixed) = dollar_prefix(tokens.text_of(i - 2))
        {
            code = prefixed;
            first = i - 2;
        }
        unit = Some(Unit::Currency(code));
    } else if i > 0
        && tokens.get(i - 1).is_some_and(|t| t.is_word())
        && let Some(code) = CURRENCY_CODES.iter().find(|c| **c == tokens.text_of(i - 1))
    {
        first = i - 1;
        unit = Some(Unit::Currency(code));
    }

    // A minus sign: "-5", "−3.2%" (not "1-5", not "Covid-19").
    let mut negative = false;
    if first == i
        && i > 0
        && matches!(tokens.punct(i - 1), Some('-' | '−'))
        && tokens.attached(i)
        && (i == 1 || !tokens.attached(i - 1))
    {
        negative = true;
        first = i - 1;
    } else if first == i
        && i > 0
        && tokens.word_in(i - 1, &["minus", "negative"])
        && !(i >= 3 && tokens.word_is(i - 2, "or") && tokens.word_is(i - 3, "plus"))
    {
        // "minus 8", "negative 3.5": a sign in words; "plus or minus 3.6" is a margin.
        negative = true;
        first = i - 1;
    }

    let mut buffer = [0u8; PLAIN_BUFFER];
    let plain = plain_digits(numeral, &mut buffer);
    let plain = plain.as_ref();
    let grouped = numeral.len() != plain.len();
    let decimal = plain.contains('.');
    let mut value: f64 = parse_plain(plain, decimal)?;
    let mut r = Reading {
        end: i + 1,
        unit,
        scale: 1.0,
        scaled: false,
        suffix: Suffix::None,
        extra: 0.0,
    };
    read_glued(tokens, numeral, &mut r);
    read_spaced_meridiem(tokens, value, &mut r);
    read_degrees(tokens, &mut r);
    read_spaced_measure(tokens, &mut r);
    read_after(tokens, &mut r);
    let Reading {
        end,
        unit,
        scale,
        scaled,
        suffix,
        extra,
    } = r;

    let half = if extra > 0.0 {
        numbers::half_unit_of_value(value * scale + extra)
    } else {
        numbers::half_unit(plain, scale)
    };
    value = value * scale + extra;
    if negative {
        value = -value;
    }
    let low = Value { value, half };
    let mut figure = RawFigure {
        span: Span::new(tokens.list[first].span.start, tokens.list[end - 1].span.end),
        first,
        end,
        low,
        high: None,
        unit,
        form: Form::Digits,
        suffix,
        grouped,
        decimal,
        scaled,
        approximate: false,
        large: true,
        hyphen_pair: false,
        after_hyphen: false,
    };
    if allow_range && suffix == Suffix::None {
        extend_range(tokens, &mut figure);
    }
    Some(figure)
}

/// Bytes of a numeral's digits kept on the stack (longer ones are collected into a string).
const PLAIN_BUFFER: usize = 40;

/// The digits and decimal point of a numeral, without its separators ("14,400" gives
/// "14400"), in `buffer` when they fit: no allocation per number.
fn plain_digits<'b>(numeral: &str, buffer: &'b mut [u8; PLAIN_BUFFER]) -> Cow<'b, str> {
    // Digits and '.' are ASCII: no byte of a multi-byte separator is one of them.
    let keep = |b: &u8| b.is_ascii_digit() || *b == b'.';
    let mut n = 0;
    for &b in numeral.as_bytes().iter().filter(|b| keep(b)) {
        let Some(slot) = buffer.get_mut(n) else {
            let plain: String = numeral
                .chars()
                .filter(|c| c.is_ascii_digit() || *c == '.')
                .collect();
            return Cow::Owned(plain);
        };
        *slot = b;
        n += 1;
    }
    match std::str::from_utf8(&buffer[..n]) {
        Ok(plain) => Cow::Borrowed(plain),
        // ASCII is UTF-8: never taken.
        Err(_) => Cow::Owned(String::new()),
    }
}

/// `plain.parse::<f64>()`, with whole numbers of up to 15 digits (exact in an `f64`, so the
/// same value) read without the float parser.
fn parse_plain(plain: &str, decimal: bool) -> Option<f64> {
    if !decimal && !plain.is_empty() && plain.len() <= 15 {
        let mut n = 0u64;
        for b in plain.bytes() {
            n = n * 10 + u64::from(b - b'0');
        }
        return Some(n as f64);
    }
    plain.parse().ok()
}

/// Turns `figure` into a range when a connector and a second number follow:
/// "10-12", "10–12", "10 to 12", "between 10,000 and 12,000".
fn extend_range(tokens: &Tokens<'_>, figure: &mut RawFigure) {
    let at = figure.end;
    let between = figure.first > 0 && tokens.word_is(figure.first - 1, "between");
    // "fell 3p to 480p", "rose 2% to 5.1%": a change and the new level, not a range.
    // "said from 20 to 30 people": a range, unless a change leads in ("rose from 20 to 30").
    let plain_from = figure.first > 0
        && tokens.word_is(figure.first - 1, "from")
        // "raised rates from 4% to 5%": a change a few words back counts too.
        && !(figure.first.saturating_sub(5)..figure.first - 1)
            .any(|k| tokens.word_in(k, &CHANGE_BEFORE_FROM));
    let from = !plain_from
        && figure.first > 0
        && tokens.word_in(
            figure.first - 1,
            &[
                "from",
                "rose",
                "fell",
                "gained",
                "lost",
                "added",
                "shed",
                "jumped",
                "dropped",
                "climbed",
                "slipped",
                "slid",
                "fall",
                "rise",
                "up",
                "down",
                "by",
                "increased",
                "decreased",
                "declined",
                "grew",
                "surged",
                "soared",
                "tumbled",
                "eased",
            ],
        );
    // The middle of a chain ("2024-03-19", "1-888-327-4236") is not the start of a range.
    if figure.first >= 2
        && matches!(tokens.punct(figure.first - 1), Some('-' | '/'))
        && tokens.attached(figure.first)
        && tokens.attached(figure.first - 1)
        && tokens.get(figure.first - 2).is_some_and(|t| t.is_number())
    {
        return;
    }
    let connector_len = match (tokens.punct(at), tokens.text_of(at)) {
        (Some('-'), _) if tokens.attached(at) && tokens.attached(at + 1) => 1,
        (Some('–' | '—'), _) => 1,
        (None, w) if w.eq_ignore_ascii_case("to") && !between && !from => 1,
        (None, w) if w.eq_ignore_ascii_case("and") && between => 1,
        // "above 12 and no more than 18": a lower and an upper bound make a closed range.
        (None, w) if w.eq_ignore_ascii_case("and") && after_lower_bound(tokens, figure.first) => {
            match upper_bound_len(tokens, at + 1) {
                Some(n) => 1 + n,
                None => return,
            }
        }
        // "15 through 40", "15 thru 40", "15~40": ranges, as "15 to 40" is.
        (None, w) if lookup::in_list(&["through", "thru"], w) && !between && !from => 1,
        (Some('~'), _) => 1,
        _ => return,
    };
    let next = at + connector_len;
    let Some(second) = (match tokens.get(next) {
        Some(t) if t.is_number() => digits_at(tokens, next, false),
        // A sign or currency symbol may open the second number ("$10-$12"); a sentence's
        // or clause's punctuation ends the range ("2—! 10" is two figures).
        Some(t)
            if t.kind == TokenKind::Punct
                && !matches!(tokens.punct(next), Some('!' | '?' | '.' | ',' | ';' | ':')) =>
        {
            tokens
                .get(next + 1)
                .filter(|t| t.is_number())
                .and_then(|_| digits_at(tokens, next + 1, false))
        }
        _ => None,
    }) else {
        return;
    };
    if second.suffix != Suffix::None {
        return;
    }
    // "from 20 to 30" makes a range only before what it counts ("from 20 to 30 people") or
    // after "anywhere"; "went from 15 through 40" stays two figures.
    // Amounts with a unit stay two figures: "taking Bank Rate from 0.1% to 5.25%" is a
    // change whatever verb leads in.
    if plain_from
        && (crate::analysis::text::nouns::counted_noun(tokens, second.end).is_none()
            || figure.unit.is_some()
            || second.unit.is_some())
        && !(figure.first > 1 && tokens.word_in(figure.first - 2, &["anywhere", "somewhere"]))
    {
        return;
    }
    // Share scale, currency and percent between the ends: "$1-2bn", "10-12%", "1.5 to 2 million".
    let mut low = figure.low;
    if second.scaled && !figure.scaled && figure.low.value * 1e3 < second.low.value {
        let scale = second.low.value / numeral_value(tokens, second.first, &second);
        low = Value {
            value: low.value * scale,
            half: low.half * scale,
        };
    }
    if low.value >= second.low.value {
        return;
    }
    // A connector "to" without "between" only makes a range when the ends share a unit
    // ("10 to 12 people", "5% to 7%"); otherwise "2 to 1" and "from 3 to 4" stay apart.
    let unit = match (&figure.unit, &second.unit) {
        (Some(a), Some(b)) if a != b => return,
        (a, b) => a.clone().or_else(|| b.clone()),
    };
    figure.low = low;
    figure.high = Some(second.low);
    figure.unit = unit;
    figure.scaled |= second.scaled;
    figure.end = second.end;
    figure.span = Span::new(figure.span.start, second.span.end);
}

/// The plain value of the digits token of a parsed figure (without scale).
fn numeral_value(tokens: &Tokens<'_>, first: usize, figure: &RawFigure) -> f64 {
    let mut i = first;
    while i < figure.end && !tokens.get(i).is_some_and(|t| t.is_number()) {
        i += 1;
    }
    let plain: String = tokens
        .text_of(i)
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    plain
        .parse::<f64>()
        .ok()
        .filter(|v| *v != 0.0)
        .unwrap_or(1.0)
}

/// "thousands", "tens of thousands", "hundreds of thousands", "dozens", "scores of",
/// "a handful".
fn vague_at(tokens: &Tokens<'_>, i: usize) -> Option<RawFigure> {
    let word = tokens.text_of(i);
    let lower = lookup::ascii_lower(word);
    let lower = lower.as_ref();
    let end = if VAGUE_WORDS.contains(&lower) {
        if lower == "tens"
            && !(tokens.word_is(i + 1, "of")
                && tokens.word_in(i + 2, &["thousands", "millions", "billions"]))
        {
            return None;
        }
        if tokens.word_is(i + 1, "of")
            && tokens.word_in(i + 2, &["thousands", "millions", "billions"])
        {
            i + 3
        } else {
            i + 1
        }
    } else if lower == "scores" && tokens.word_is(i + 1, "of") {
        i + 1
    } else if lower == "handful" && i > 0 && tokens.word_is(i - 1, "a") {
        return Some(vague(tokens, i - 1, i + 1));
    } else {
        return None;
    };
    Some(vague(tokens, i, end))
}

fn vague(tokens: &Tokens<'_>, first: usize, end: usize) -> RawFigure {
    RawFigure {
        span: Span::new(tokens.list[first].span.start, tokens.list[end - 1].span.end),
        first,
        end,
        low: Value {
            value: 0.0,
            half: 0.0,
        },
        high: None,
        unit: None,
        form: Form::Vague,
        suffix: Suffix::None,
        grouped: false,
        decimal: false,
        scaled: false,
        approximate: true,
        large: false,
        hyphen_pair: false,
        after_hyphen: false,
    }
}

/// "a couple of dozen", "a few hundred", "a score of": a vague amount with a known range,
/// read as an approximate number or a range in words (see [`vague_count_at`]).
fn vague_count(tokens: &Tokens<'_>, i: usize) -> Option<RawFigure> {
    let (end, low, high, approximate) = vague_count_at(tokens, i)?;
    let mut f = vague(tokens, i, end);
    f.form = Form::Words;
    f.low = Value {
        value: low,
        half: 0.0,
    };
    f.high = high.map(|value| Value { value, half: 0.0 });
    f.approximate = approximate;
    f.large = true;
    Some(f)
}

/// "eighth", "twenty-first".
fn ordinal_word_at(tokens: &Tokens<'_>, i: usize) -> Option<RawFigure> {
    let word = lookup::ascii_lower(tokens.text_of(i));
    let word = word.as_ref();
    let mut end = i + 1;
    let mut found = ORDINAL_WORDS.contains(&word);
    // "twenty-first", "thirty-second"
    if !found
        && tokens.punct(i + 1) == Some('-')
        && numbers::is_number_word(word)
        && tokens.attached(i + 1)
        && tokens.attached(i + 2)
        && tokens.word_in(
            i + 2,
            &[
                "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                "ninth",
            ],
        )
    {
        found = true;
        end = i + 3;
    }
    // "a third of" is a fraction, handled by words_at.
    if word == "third"
        && tokens.word_is(i + 1, "of")
        && i > 0
        && tokens.word_in(i - 1, &["a", "one"])
    {
        return None;
    }
    if !found {
        return None;
    }
    let mut f = vague(tokens, i, end);
    f.form = Form::OrdinalWord;
    f.approximate = false;
    f.low.value = ordinal_word_value(tokens, i, end);
    Some(f)
}

/// The number an ordinal word stands for: "eighth" is 8, "twenty-first" is 21.
fn ordinal_word_value(tokens: &Tokens<'_>, i: usize, end: usize) -> f64 {
    let word = tokens.text_of(end - 1).to_ascii_lowercase();
    let unit = match word.as_str() {
        "first" => 1.0,
        "second" => 2.0,
        _ => ORDINAL_WORDS
            .iter()
            .position(|w| *w == word)
            .map_or(0.0, |k| match k {
                0..=17 => k as f64 + 3.0,
                18..=24 => (k as f64 - 15.0) * 10.0,
                25 => 100.0,
                26 => 1e3,
                27 => 1e6,
                _ => 1e9,
            }),
    };
    if end > i + 1 {
        numbers::parse(tokens, i).map_or(0.0, |s| s.value) + unit
    } else {
        unit
    }
}

/// "a quarter of a percentage point", "half a percentage point", "a quarter-point cut": a
/// fraction of a percentage point, not a share of something.
fn fraction_of_a_point(tokens: &Tokens<'_>, i: usize) -> Option<RawFigure> {
    let mut j = i;
    if tokens.word_in(j, &["a", "one"]) && tokens.word_in(j + 1, &["quarter", "half", "tenth"]) {
        j += 1;
    }
    let (value, mut k) = match tokens.text_of(j).to_ascii_lowercase().as_str() {
        "half" => (0.5, j + 1),
        "quarter" if j > i => (0.25, j + 1),
        "tenth" if j > i => (0.1, j + 1),
        _ => numbers::parse(tokens, i)
            .filter(|s| s.fraction)
            .map(|s| (s.value, s.end))?,
    };
    // "a quarter-point cut", "a half-point lead", "by a quarter point".
    let end = if tokens.punct(k) == Some('-')
        && tokens.attached(k)
        && tokens.attached(k + 1)
        && tokens.word_is(k + 1, "point")
    {
        k + 2
    } else if j > i && tokens.word_is(k, "point") {
        k + 1
    } else {
        if tokens.word_is(k, "of") {
            k += 1;
        }
        if !tokens.word_in(k, &["a", "one"]) {
            return None;
        }
        if !(tokens.word_is(k + 1, "percentage") && tokens.word_in(k + 2, &["point", "points"])) {
            return None;
        }
        k + 3
    };
    let mut figure = vague(tokens, i, end);
    figure.form = Form::Words;
    figure.low = Value {
        value,
        half: value * 0.05,
    };
    figure.unit = Some(Unit::PercentagePoints);
    figure.approximate = false;
    figure.large = true;
    Some(figure)
}

/// A number in words; fractions become per cent.
fn words_at(tokens: &Tokens<'_>, i: usize) -> Option<RawFigure> {
    if let Some(point) = fraction_of_a_point(tokens, i) {
        return Some(point);
    }
    let Spelled {
        end,
        value,
        fraction,
        approximate,
        large,
    } = numbers::parse(tokens, i)?;
    // Bare "one" and "zero" are almost never figures ("one of the", "at one point").
    if !large && value < 2.0 && !fraction {
        return None;
    }
    let (value, half, unit) = if fraction {
        (value * 100.0, 5.0, Some(Unit::Percent))
    } else {
        (value, numbers::half_unit_of_value(value), None)
    };
    if let Some(ordinal_end) = compound_ordinal_end(tokens, end) {
        // "two hundred forty-seventh", "one hundred and first": an ordinal however long.
        let mut f = vague(tokens, i, ordinal_end);
        f.form = Form::OrdinalWord;
        f.approximate = false;
        f.low.value = value + ordinal_word_value(tokens, ordinal_end - 1, ordinal_end);
        return Some(f);
    }
    let mut figure = vague(tokens, i, end);
    figure.form = Form::Words;
    figure.low = Value { value, half };
    figure.unit = unit;
    figure.approximate = approximate;
    figure.large = large;
    // "negative three", "minus four": a sign in words, as for digits ("plus or minus
    // three" is a margin and keeps its size).
    if !fraction
        && i > 0
        && tokens.word_in(i - 1, &["minus", "negative"])
        && !(i >= 3 && tokens.word_is(i - 2, "or") && tokens.word_is(i - 3, "plus"))
    {
        figure.low.value = -value;
        figure.first = i - 1;
        figure.span = Span::new(tokens.list[i - 1].span.start, figure.span.end);
    }
    // "three million dollars", "ten per cent"
    if !fraction {
        if tokens.word_is(end, "per") && tokens.word_is(end + 1, "cent") {
            figure.unit = Some(Unit::Percent);
            figure.end = end + 2;
        } else if tokens.word_in(end, &["percent"]) {
            figure.unit = Some(Unit::Percent);
            figure.end = end + 1;
        } else if let Some(code) = currency_word_at(tokens, end)
            && !tokens.word_is(end + 1, "of")
        {
            figure.unit = Some(Unit::Currency(code));
            figure.end = end + 1;
        }
        figure.span = Span::new(figure.span.start, tokens.list[figure.end - 1].span.end);
    }
    Some(figure)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, f64, Option<f64>, Option<String>)> {
        let tokens = Tokens::new(text);
        find(&tokens)
            .into_iter()
            .map(|f| {
                (
                    f.span.of(text).to_string(),
                    f.low.value,
                    f.high.map(|h| h.value),
                    f.unit.as_ref().map(Unit::label),
                )
            })
            .collect()
    }

    #[test]
    fn digits_and_separators() {
        let got = found("14,400 and 14 400 and 14400 soldiers");
        assert_eq!(
            got.iter().map(|g| g.1).collect::<Vec<_>>(),
            vec![14400.0; 3]
        );
    }

    #[test]
    fn currencies_and_scales() {
        let got = found("$1.2bn, £300m, €5 million, US$3k, 20 euros, USD 7, ₹40bn");
        let values: Vec<(f64, Option<String>)> = got.iter().map(|g| (g.1, g.3.clone())).collect();
        assert_eq!(
            values,
            vec![
                (1.2e9, Some("USD".into())),
                (3e8, Some("GBP".into())),
                (5e6, Some("EUR".into())),
                (3e3, Some("USD".into())),
                (20.0, Some("EUR".into())),
                (7.0, Some("USD".into())),
                (4e10, Some("INR".into())),
            ]
        );
    }

    #[test]
    fn a_spaced_measure_is_the_unit() {
        let got =
            found("some 20 km (12 miles) east, gusts of 70 km/h, a 43 mph wind, 5 kg, 90km/h");
        let spans: Vec<(&str, Option<&str>)> =
            got.iter().map(|g| (g.0.as_str(), g.3.as_deref())).collect();
        assert_eq!(spans[0], ("20 km", Some("km")));
        assert_eq!(spans[2], ("70 km/h", Some("km/h")));
        assert_eq!(spans[3], ("43 mph", Some("mph")));
        assert_eq!(spans[4], ("5 kg", Some("kg")));
        assert_eq!(spans[5], ("90km/h", Some("km/h")));
        // Near-misses: abbreviations that are also words or grades stay outside the figure.
        let got = found("He scored 20 in London and got a 5 C grade; 300 t");
        assert_eq!(got[0].0, "20");
        assert_eq!(got[0].3, None);
        assert_eq!(got[1].0, "5");
        assert_eq!(got[2].0, "300");
    }

    #[test]
    fn per_cent_glued_as_pc() {
        let got = found("inflation of 3.2pc and 5pct, with 4 pc more");
        let read: Vec<(&str, Option<&str>)> =
            got.iter().map(|g| (g.0.as_str(), g.3.as_deref())).collect();
        assert_eq!(
            read,
            vec![
                ("3.2pc", Some("%")),
                ("5pct", Some("%")),
                ("4 pc", Some("%"))
            ]
        );
    }

    #[test]
    fn percentages() {
        let got = found("3.5 per cent, 4.2%, 7 percent and 2 percentage points");
        let units: Vec<Option<String>> = got.iter().map(|g| g.3.clone()).collect();
        assert_eq!(
            units,
            vec![
                Some("%".into()),
                Some("%".into()),
                Some("%".into()),
                Some("percentage points".into())
            ]
        );
    }

    #[test]
    fn ranges() {
        let got = found("between 10,000 and 12,000, 10-12, 10 to 12 and 10–12 and $1-2bn");
        let ranges: Vec<(f64, Option<f64>)> = got.iter().map(|g| (g.1, g.2)).collect();
        assert_eq!(
            ranges,
            vec![
                (10_000.0, Some(12_000.0)),
                (10.0, Some(12.0)),
                (10.0, Some(12.0)),
                (10.0, Some(12.0)),
                (1e9, Some(2e9))
            ]
        );
    }

    #[test]
    fn from_to_is_not_a_range() {
        let got = found("rose from 300 to 450");
        assert_eq!(got.len(), 2);
        assert_eq!(found("shares fell 3p to 480p").len(), 2);
        assert_eq!(found("dated 2024-03-19").len(), 3);
        assert_eq!(found("inflation rose 0.2% to 4.1%").len(), 2);
        assert_eq!(
            found("between 10 and 12 and 10 to 12 people")[1].2,
            Some(12.0)
        );
    }

    #[test]
    fn negative_numbers() {
        let got = found("fell by -3.2% to −5");
        assert_eq!(got[0].1, -3.2);
        assert_eq!(got[1].1, -5.0);
    }

    #[test]
    fn words_and_vague() {
        let got = found(
            "fourteen thousand people, two-thirds of voters, thousands of Russians, a handful, the eighth",
        );
        let texts: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "fourteen thousand",
                "two-thirds",
                "thousands",
                "a handful",
                "eighth"
            ]
        );
    }

    #[test]
    fn one_alone_is_not_a_figure() {
        assert!(found("one of the two").iter().all(|g| g.0 != "one"));
    }

    #[test]
    fn suffixes() {
        let tokens = Tokens::new("the 3rd at 10am in the 1990s with 5G");
        let suffixes: Vec<Suffix> = find(&tokens).iter().map(|f| f.suffix).collect();
        assert_eq!(
            suffixes,
            vec![
                Suffix::Ordinal,
                Suffix::Meridiem,
                Suffix::Decade,
                Suffix::Code
            ]
        );
    }

    #[test]
    fn hundred_metres_is_not_a_hundred_million() {
        let got = found("the 100m sprint");
        assert_eq!(got[0].1, 100.0);
    }

    #[test]
    fn track_events_are_metres_not_millions() {
        for text in [
            "the 5,000m world record",
            "the men's 10,000m",
            "third in the 1500m",
            "Kipyegon breaks 5,000m world record",
            "won 400m gold",
        ] {
            let got = found(text);
            assert_eq!(got[0].3, None, "{text}: {got:?}");
            assert!(got[0].1 < 1e5, "{text}: {got:?}");
        }
        // Near-misses: money in millions, and a distance not run as an event.
        let got = found("a £5,000m deficit");
        assert_eq!(got[0].1, 5e9);
        let got = found("raised 400m from investors");
        assert_eq!(got[0].1, 4e8);
    }

    #[test]
    fn pence_are_money() {
        let got = found("shares closed at 248p. The offer of 250p");
        assert_eq!(got.len(), 2);
        assert!((got[0].1 - 2.48).abs() < 1e-9);
        assert_eq!(got[0].3.as_deref(), Some("GBP"));
        assert_eq!(got[1].0, "250p");
        // Video resolutions are not pence; "p.m." is a time.
        assert_eq!(found("streams in 1080p")[0].3, None);
        assert_eq!(found("shot in 720p video")[0].3, None);
        assert_eq!(
            found("fell 3p to 480p in early trading")[1].3.as_deref(),
            Some("GBP")
        );
        let tokens = Tokens::new("at 6p.m. on Friday");
        assert_eq!(find(&tokens)[0].suffix, Suffix::Meridiem);
    }

    #[test]
    fn ordinal_words_have_their_value() {
        let tokens = Tokens::new("the eighth, the twentieth, the fortieth and the twenty-first");
        let values: Vec<f64> = find(&tokens).iter().map(|f| f.low.value).collect();
        assert_eq!(values, vec![8.0, 20.0, 40.0, 21.0]);
    }

    #[test]
    fn numbers_in_digits_and_words_together() {
        let value = |text: &str| found(text).first().map(|g| g.1);
        assert_eq!(value("7 hundred and 45 people"), Some(745.0));
        assert_eq!(value("6 thousand 2 hundred people"), Some(6200.0));
        assert_eq!(value("2 hundred people"), Some(200.0));
        assert_eq!(value("4.7 k people"), Some(4700.0));
        assert_eq!(value("5 dozen eggs"), Some(60.0));
        assert_eq!(value("four dozens eggs"), Some(48.0));
        assert_eq!(value("twenty one people"), Some(21.0));
        assert_eq!(value("Four hundred and eighty six people"), Some(486.0));
        assert_eq!(value("seventy  three people"), Some(73.0));
        assert_eq!(value("one and a half million people"), Some(1.5e6));
        assert_eq!(value("seven and three quarters"), Some(7.75));
        // Separate numbers stay apart: "in 2 hundred 2019", "3 hundred-year-old trees".
        assert_eq!(found("3 thousand 2019 people").len(), 2);
        assert_eq!(value("3 hundred-year-old trees"), Some(3.0));
    }

    #[test]
    fn signs_in_words_and_ranges_with_through() {
        let value = |text: &str| found(text).first().map(|g| g.1);
        assert_eq!(value("fell to minus 8 overnight"), Some(-8.0));
        assert_eq!(value("a reading of negative 2.5"), Some(-2.5));
        // A margin of error keeps its size.
        assert_eq!(value("a margin of plus or minus 3.6 points"), Some(3.6));
        let got = found("15 through 40 people, 15 thru 40 and 15~40");
        let ranges: Vec<(f64, Option<f64>)> = got.iter().map(|g| (g.1, g.2)).collect();
        assert_eq!(ranges, vec![(15.0, Some(40.0)); 3]);
        // "rose from 15 through 40" is no range either way.
        assert_eq!(found("went from 15 through 40").len(), 2);
    }

    #[test]
    fn ranges_signs_ordinals_and_vague_counts_of_round_two() {
        let first = |text: &str| found(text).first().map(|g| (g.1, g.2));
        assert_eq!(first("said from 20 to 30 people"), Some((20.0, Some(30.0))));
        assert_eq!(found("rose from 20 to 30 people").len(), 2);
        assert_eq!(found("raised rates from 4% to 5%").len(), 2);
        assert_eq!(found("taking Bank Rate from 0.1% to 5.25%").len(), 2);
        assert_eq!(
            found("priced from £39.50 to £85 plus booking fees").len(),
            2
        );
        assert_eq!(found("went from 15 through 40").len(), 2);
        assert_eq!(
            first("above 12 and no more than 18 people"),
            Some((12.0, Some(18.0)))
        );
        assert_eq!(first("stood at negative three"), Some((-3.0, None)));
        assert_eq!(
            first("the two hundred forty-seventh sitting"),
            Some((247.0, None))
        );
        assert_eq!(
            first("the one hundred and first session"),
            Some((101.0, None))
        );
        assert_eq!(first("some 400 first-time buyers"), Some((400.0, None)));
        assert_eq!(first("a couple of dozen protesters"), Some((24.0, None)));
        assert_eq!(first("a few hundred people"), Some((300.0, Some(900.0))));
        assert_eq!(first("a score of volunteers"), Some((20.0, None)));
        assert_eq!(first("with a score of 85 points"), Some((85.0, None)));
    }

    #[test]
    fn fractions_of_a_percentage_point() {
        let got = found("a cut of a quarter of a percentage point, then half a percentage point");
        assert_eq!(got[0].0, "a quarter of a percentage point");
        assert_eq!(got[0].1, 0.25);
        assert_eq!(got[0].3.as_deref(), Some("percentage points"));
        assert_eq!(got[1].0, "half a percentage point");
        assert_eq!(got[1].1, 0.5);
        let got = found("a quarter-point cut");
        assert_eq!((got[0].0.as_str(), got[0].1), ("a quarter-point", 0.25));
        let got = found("raised by a quarter point to 5.5%");
        assert_eq!((got[0].0.as_str(), got[0].1), ("a quarter point", 0.25));
        // A share of people stays a share.
        let got = found("a quarter of voters");
        assert_eq!(got[0].3.as_deref(), Some("%"));
    }

    #[test]
    fn a_range_does_not_reach_over_a_sentence_stop() {
        // Found by the property test: "1,2—!\t10:42" made one figure of "2—!\t10",
        // across the end of a sentence.
        let got = found("Prices rose 2—! 10 people left.");
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].0, "2");
        // A currency sign may still open the second number.
        let got = found("tickets cost $10-$12 each");
        assert_eq!(got.len(), 1, "{got:?}");
    }
}
