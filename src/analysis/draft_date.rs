//! A draft's date, for the desk's ledger ([`super::desk`]): from Markdown front matter
//! (`date: 2022-03-19`, with or without a time), else a date at the start of the file name
//! (`2022-03-19-losses.md`), else none. Pure: text and a file name in, a date out.

use crate::analysis::text::prose::Format;

/// A calendar date (proleptic Gregorian), ordered by time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DraftDate {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

/// The months' names, as a date is written in words (the desk's ledger reads them as no names
/// of a story too).
pub(crate) const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl DraftDate {
    /// A valid date, or `None` ("2022-02-30" is not one).
    pub fn new(year: u16, month: u8, day: u8) -> Option<DraftDate> {
        let leap =
            year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (year >= 1000 && (1..=days).contains(&day)).then_some(DraftDate { year, month, day })
    }

    /// Parses `YYYY-MM-DD` at the start of `text`, when what follows is not another digit.
    pub fn parse_prefix(text: &str) -> Option<DraftDate> {
        let b = text.as_bytes();
        let digits = |range: std::ops::Range<usize>| -> Option<u16> {
            let part = b.get(range)?;
            if !part.iter().all(u8::is_ascii_digit) {
                return None;
            }
            Some(part.iter().fold(0u16, |n, d| n * 10 + u16::from(d - b'0')))
        };
        if b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
            return None;
        }
        if b.get(10).is_some_and(u8::is_ascii_digit) {
            return None;
        }
        let year = digits(0..4)?;
        let month = u8::try_from(digits(5..7)?).ok()?;
        let day = u8::try_from(digits(8..10)?).ok()?;
        DraftDate::new(year, month, day)
    }

    /// `2022-03-19`, as JSON and CSV show it.
    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// `19 March 2022`.
    pub fn in_words(&self) -> String {
        format!("{} {}", self.day_and_month(), self.year)
    }

    /// `19 March`.
    pub fn day_and_month(&self) -> String {
        let month = MONTHS
            .get(usize::from(self.month).saturating_sub(1))
            .copied()
            .unwrap_or("");
        format!("{} {month}", self.day)
    }

    /// `19 March` when the reader's draft is of the same year, else `19 March 2022`.
    pub fn in_words_beside(&self, reader: Option<DraftDate>) -> String {
        match reader {
            Some(r) if r.year == self.year => self.day_and_month(),
            _ => self.in_words(),
        }
    }
}

impl std::fmt::Display for DraftDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.iso())
    }
}

/// The date of a draft: its Markdown front matter's `date:` (YAML, or `date =` in TOML
/// front matter between `+++` lines), else a `YYYY-MM-DD` starting its file name (`name`,
/// the last component of its path; directories do not count), else `None`.
pub fn draft_date(text: &str, format: Format, name: Option<&str>) -> Option<DraftDate> {
    let from_front_matter = match format {
        Format::Markdown => front_matter_date(text),
        Format::PlainText => None,
    };
    from_front_matter.or_else(|| {
        let name = name?;
        let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
        DraftDate::parse_prefix(base)
    })
}

/// The `date` of the front matter opening `text`, if it has one and it is a date.
fn front_matter_date(text: &str) -> Option<DraftDate> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.lines();
    let fence = lines.next()?.trim_end();
    let (closing, separator): (&[&str], char) = match fence {
        "---" => (&["---", "..."], ':'),
        "+++" => (&["+++"], '='),
        _ => return None,
    };
    // Front matter is short; a draft that opens with a rule and never closes it has none.
    let mut found = None;
    for line in lines.take(200) {
        let trimmed = line.trim_end();
        if closing.contains(&trimmed) {
            return found.flatten();
        }
        // Top-level keys only: an indented `date:` belongs to a nested map.
        if found.is_some() || line.starts_with([' ', '\t']) {
            continue;
        }
        let Some((key, value)) = trimmed.split_once(separator) else {
            continue;
        };
        if key.trim().eq_ignore_ascii_case("date") {
            let value = value.trim().trim_matches(['"', '\'']).trim();
            found = Some(DraftDate::parse_prefix(value));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: u16, m: u8, d: u8) -> Option<DraftDate> {
        DraftDate::new(y, m, d)
    }

    #[test]
    fn front_matter_with_or_without_a_time() {
        for text in [
            "---\ntitle: Losses\ndate: 2022-03-19\n---\n\nText.",
            "---\ndate: \"2022-03-19\"\n---\n",
            "---\r\ndate: 2022-03-19T10:30:00Z\r\n---\r\n",
            "---\nDate: 2022-03-19 10:30\n...\n",
            "+++\ntitle = \"Losses\"\ndate = 2022-03-19T10:30:00+01:00\n+++\n",
            "\u{feff}---\ndate: '2022-03-19'\n---\n",
        ] {
            assert_eq!(
                draft_date(text, Format::Markdown, None),
                date(2022, 3, 19),
                "{text:?}"
            );
        }
    }

    #[test]
    fn front_matter_wins_over_the_file_name() {
        let text = "---\ndate: 2022-03-26\n---\n";
        assert_eq!(
            draft_date(text, Format::Markdown, Some("2022-03-19-losses.md")),
            date(2022, 3, 26)
        );
    }

    #[test]
    fn the_file_name_when_there_is_no_front_matter_date() {
        assert_eq!(
            draft_date(
                "Text.",
                Format::Markdown,
                Some("drafts/2022-03-19-losses.md")
            ),
            date(2022, 3, 19)
        );
        assert_eq!(
            draft_date("Text.", Format::PlainText, Some("2022-03-19.txt")),
            date(2022, 3, 19)
        );
        // A front matter without a date falls back to the name.
        assert_eq!(
            draft_date(
                "---\ntitle: x\n---\n",
                Format::Markdown,
                Some("2021-12-31-x.md")
            ),
            date(2021, 12, 31)
        );
    }

    #[test]
    fn no_date_is_none() {
        for (text, name) in [
            ("Text.", Some("losses.md")),
            ("Text.", None),
            // The date must start the name, be a real date, and end where its digits end.
            ("Text.", Some("losses-2022-03-19.md")),
            ("Text.", Some("2022-02-30-x.md")),
            ("Text.", Some("2022-03-190.md")),
            ("Text.", Some("2022-3-19.md")),
            // Directories do not date a draft.
            ("Text.", Some("2022-03-19/losses.md")),
            // Not front matter: a rule that is never closed, a nested key, a bad value.
            ("---\ndate: 2022-03-19\n\nText.", None),
            ("---\nmeta:\n  date: 2022-03-19\n---\n", None),
            ("---\ndate: yesterday\n---\n", None),
            ("---\ndate: 2022-13-01\n---\n", None),
        ] {
            let got = draft_date(text, Format::Markdown, name);
            assert_eq!(got, None, "{text:?} {name:?}");
        }
    }

    #[test]
    fn plain_text_has_no_front_matter() {
        assert_eq!(
            draft_date("---\ndate: 2022-03-19\n---\n", Format::PlainText, None),
            None
        );
    }

    #[test]
    fn dates_in_words() {
        let d = DraftDate::new(2022, 3, 19).unwrap_or(DraftDate {
            year: 0,
            month: 0,
            day: 0,
        });
        assert_eq!(d.iso(), "2022-03-19");
        assert_eq!(d.in_words(), "19 March 2022");
        assert_eq!(d.in_words_beside(date(2022, 3, 26)), "19 March");
        assert_eq!(d.in_words_beside(date(2023, 3, 26)), "19 March 2022");
        assert_eq!(d.in_words_beside(None), "19 March 2022");
        assert!(date(2024, 2, 29).is_some());
        assert!(date(2023, 2, 29).is_none());
        assert!(date(1900, 2, 29).is_none());
        assert!(date(2000, 2, 29).is_some());
    }
}
