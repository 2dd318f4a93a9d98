//! Figures in words for people, shared by the editor's hover and outline and by the
//! fact-check sheet: "more than 14,400", "between 10,000 and 12,000", "2.45 million".

use crate::analysis::{Figure, Qualifier};

/// A figure's value and interval in words: "more than 14,400", "between 10,000 and 12,000",
/// "about 14,400 (12,960 to 15,840)".
pub fn interval_in_words(figure: &Figure) -> String {
    let value = number_in_words(figure.value);
    let interval = figure.interval;
    match (interval.low, interval.high) {
        (None, None) => value,
        (Some(low), None) => {
            format!(
                "{} {}",
                if low.inclusive {
                    "at least"
                } else {
                    "more than"
                },
                number_in_words(low.value)
            )
        }
        (None, Some(high)) => {
            format!(
                "{} {}",
                if high.inclusive {
                    "at most"
                } else {
                    "less than"
                },
                number_in_words(high.value)
            )
        }
        (Some(low), Some(high)) if low.value == high.value => number_in_words(low.value),
        (Some(low), Some(high)) => {
            let (low, high) = (number_in_words(low.value), number_in_words(high.value));
            match figure.qualifier_kind {
                Some(Qualifier::Range) => format!("between {low} and {high}"),
                Some(Qualifier::About) => format!("about {value} ({low} to {high})"),
                Some(Qualifier::Nearly) => format!("nearly {value} ({low} to {high})"),
                _ => format!("{value} ({low} to {high})"),
            }
        }
    }
}

/// A number as a reader writes it: "14,400", "3.5", "2.45 million", "1.2 billion".
pub fn number_in_words(value: f64) -> String {
    if !value.is_finite() {
        return if value > 0.0 {
            "no limit".into()
        } else {
            "no lower limit".into()
        };
    }
    let magnitude = value.abs();
    let (scaled, scale) = if magnitude >= 1e12 {
        (value / 1e12, " trillion")
    } else if magnitude >= 1e9 {
        (value / 1e9, " billion")
    } else if magnitude >= 1e6 {
        (value / 1e6, " million")
    } else {
        (value, "")
    };
    let decimals = if scale.is_empty() { 2 } else { 3 };
    let fixed = format!("{:.*}", decimals, scaled);
    let trimmed = if fixed.contains('.') {
        fixed.trim_end_matches('0').trim_end_matches('.')
    } else {
        &fixed
    };
    let (sign, digits) = match trimmed.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", trimmed),
    };
    let (whole, fraction) = digits
        .split_once('.')
        .map_or((digits, None), |(w, f)| (w, Some(f)));
    let mut grouped = String::with_capacity(whole.len() + whole.len() / 3);
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    match fraction {
        Some(fraction) => format!("{sign}{grouped}.{fraction}{scale}"),
        None => format!("{sign}{grouped}{scale}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Interval, Kind, Span};

    fn figure(value: f64, interval: Interval, qualifier: Option<Qualifier>) -> Figure {
        Figure {
            span: Span::new(0, 1),
            number: Span::new(0, 1),
            kind: Kind::Claim,
            value,
            interval,
            unit: None,
            subject: None,
            scope: Default::default(),
            comparable: true,
            qualifier: None,
            qualifier_kind: qualifier,
            attribution: None,
            sentence: Span::new(0, 1),
            rules: Default::default(),
        }
    }

    #[test]
    fn intervals_read_as_a_reporter_would_say_them() {
        let more = figure(
            14400.0,
            Interval::above(14400.0, false),
            Some(Qualifier::MoreThan),
        );
        assert_eq!(interval_in_words(&more), "more than 14,400");
        let between = figure(
            11000.0,
            Interval::closed(10000.0, 12000.0),
            Some(Qualifier::Range),
        );
        assert_eq!(interval_in_words(&between), "between 10,000 and 12,000");
        let about = figure(
            14400.0,
            Interval::half_open(12960.0, 15840.0),
            Some(Qualifier::About),
        );
        assert_eq!(interval_in_words(&about), "about 14,400 (12,960 to 15,840)");
        let at_least = figure(
            816.0,
            Interval::above(816.0, true),
            Some(Qualifier::AtLeast),
        );
        assert_eq!(interval_in_words(&at_least), "at least 816");
        let fewer = figure(
            50.0,
            Interval::below(50.0, false),
            Some(Qualifier::LessThan),
        );
        assert_eq!(interval_in_words(&fewer), "less than 50");
        let exact = figure(300.0, Interval::closed(300.0, 300.0), None);
        assert_eq!(interval_in_words(&exact), "300");
        let bare = figure(400.0, Interval::half_open(350.0, 450.0), None);
        assert_eq!(interval_in_words(&bare), "400 (350 to 450)");
    }

    #[test]
    fn numbers_are_grouped_and_scaled() {
        assert_eq!(number_in_words(14400.0), "14,400");
        assert_eq!(number_in_words(1_333.0), "1,333");
        assert_eq!(number_in_words(3.5), "3.5");
        assert_eq!(number_in_words(-1250.5), "-1,250.5");
        assert_eq!(number_in_words(2_450_000.0), "2.45 million");
        assert_eq!(number_in_words(1.2e9), "1.2 billion");
        assert_eq!(number_in_words(200_000.0), "200,000");
        assert_eq!(number_in_words(0.0), "0");
    }
}
